from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.provisions import find_instruments, find_provisions


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "in violation of Articles 12, 15, and 17 of the GDPR.",
            ["GDPR Art. 12", "GDPR Art. 15", "GDPR Art. 17"],
        ),
        ("Clearview breached Art. 46(1) GDPR", ["GDPR Art. 46(1)"]),
        (
            "Article 5(1)(f) and Arts. 6 and 7 GDPR",
            ["GDPR Art. 5(1)(f)", "GDPR Art. 6", "GDPR Art. 7"],
        ),
        ("the GDPR’s Article 83(5)", ["GDPR Art. 83(5)"]),
        ("Articles 15-17 of the GDPR", ["GDPR Art. 15", "GDPR Art. 16", "GDPR Art. 17"]),
        ("under Section 5 of the FTC Act", ["FTC Act Sec. 5"]),
        ("regulation 21 of PECR", ["PECR Reg. 21"]),
        ("Article 82 of the French Data Protection Act", ["Loi Informatique et Libertés Art. 82"]),
        ("UK GDPR Article 8", ["UK GDPR Art. 8"]),
        (
            "breached Principles 3, 6 and 7",
            ["PRIN Principle 3", "PRIN Principle 6", "PRIN Principle 7"],
        ),
    ],
)
def test_provisions_are_normalised(text: str, labels: list[str]) -> None:
    assert [p.label for p in find_provisions(text)] == labels


def test_a_bare_article_takes_the_articles_law() -> None:
    assert [p.label for p in find_provisions("a violation of Article 31", "GDPR")] == [
        "GDPR Art. 31"
    ]
    assert [p.label for p in find_provisions("a violation of Article 31")] == ["Art. 31"]


def test_spans_cover_the_whole_citation() -> None:
    text = "in violation of Articles 12, 15, and 17 of the GDPR."
    provision = find_provisions(text)[0]
    assert text[provision.start : provision.end] == "Articles 12, 15, and 17 of the GDPR"


def test_instruments_by_any_name() -> None:
    found = [
        i
        for i, _, _ in find_instruments(
            "the RGPD, COPPA and the General Data Protection Regulation"
        )
    ]
    assert found == ["GDPR", "COPPA", "GDPR"]


@pytest.mark.parametrize(
    "text", ["Regulation (EU) 2016/679 applies", "a €20 million fine", "in 2023"]
)
def test_things_that_are_not_provisions(text: str) -> None:
    assert find_provisions(text) == []


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_never_raises_and_spans_are_in_range(text: str) -> None:
    for provision in find_provisions(text, "GDPR"):
        assert 0 <= provision.start < provision.end <= len(text)


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "The ODPC found it in breach of section 25 of Kenya's Data Protection Act 2019.",
            ["Kenya DPA 2019 Sec. 25"],
        ),
        ("The CAC said the app breached Article 13 of the PIPL.", ["PIPL Art. 13"]),
        (
            "contrary to section 39 of the Nigeria Data Protection Act 2023 (NDPA), and section 40 "
            "of the NDPA",
            ["NDPA Sec. 39", "NDPA Sec. 40"],
        ),
        ("as section 69 of POPIA requires", ["POPIA Sec. 69"]),
        (
            "Rule 30(a) of Regulation S-P and Rule 201 of Regulation S-ID",
            ["Regulation S-P Rule 30(a)", "Regulation S-ID Rule 201"],
        ),
        (
            "Article 10 of Law 25.326 and Article 17 of Law 1581 of 2012",
            ["Law 25.326 Art. 10", "Law 1581 of 2012 Art. 17"],
        ),
        ("section 27 of the Thai PDPA", ["PDPA (TH) Sec. 27"]),
        ("Article 5 of Law No. 151 of 2020", ["PDPL (EG) Art. 5"]),
        ("Section 11 of the Philippine Data Privacy Act", ["Data Privacy Act of 2012 Sec. 11"]),
        (
            "in breach of Information Privacy Principle 5 of the Privacy Act 2020",
            ["IPP 5"],
        ),
        ("Article 22 of the UAE PDPL", ["PDPL (AE) Art. 22"]),
    ],
)
def test_data_protection_laws_beyond_europe(text: str, labels: list[str]) -> None:
    assert [p.label for p in find_provisions(text)] == labels


def test_each_country_keeps_its_own_law() -> None:
    text = (
        "Uganda's Data Protection and Privacy Act 2019, Ghana's Data Protection Act 2012, "
        "the Personal Data Protection Act 2010, the New Jersey Data Privacy Act, Quebec's Law 25 "
        "and the Saudi PDPL"
    )
    assert [i for i, _, _ in find_instruments(text)] == [
        "Uganda DPPA 2019",
        "Ghana DPA 2012",
        "PDPA (MY)",
        "NJDPA",
        "Quebec Private Sector Act",
        "PDPL (SA)",
    ]


def test_a_bare_rule_names_no_law() -> None:
    # Several laws' provisions are Rules (Regulation S-P, S-ID, the DPDP Rules): a "Rule 3"
    # alone says nothing about which.
    assert [p.label for p in find_provisions("the firm breached Rule 3")] == ["Rule 3"]
