"""The facts scorer's provision key: two labels cite the same provision when they cite the
same number within their law, whatever the law's own number or year."""

from __future__ import annotations

import pytest

from assistant.fact_check import _provision_key, compare
from assistant.lexicon import lexicon
from tests.test_facts_general import by_amount, extract


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("GDPR Art. 5(1)(f)", "GDPR Art. 5"),
        ("Securities and Exchange Ordinance 1969 s. 22", "SEO Sec. 22"),
        ("14 CFR 260.6", "14 C.F.R. § 260.6"),
        ("Ley 1581 de 2012 art. 17", "Art. 17"),
        ("Civil Code Art. 1240 para. 2", "Civil Code Art. 1240"),
        ("Merchant Shipping Regulations 1997 reg. 5", "Reg. 5"),
    ],
)
def test_same_provision(one: str, other: str) -> None:
    assert _provision_key(one) == _provision_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # a law's number or year is not the provision cited
        ("Law No. 104-12 Art. 37", "Law No. 104-12 Art. 6"),
        ("Anti-Money Laundering Act 2020", "Anti-Money Laundering Act 2020 s. 52"),
        (
            "Securities and Exchange Ordinance 1969 s. 18",
            "Securities and Exchange Ordinance 1969 s. 22",
        ),
    ],
)
def test_different_provisions(one: str, other: str) -> None:
    assert _provision_key(one) != _provision_key(other)


# --- Authorities named without our country tag -------------------------------------------


def _table(authority: str, jurisdiction: str) -> dict:
    return {
        "invented": [
            {
                "action": "fine",
                "respondent": "Kilimanjaro Traders",
                "authority": authority,
                "jurisdiction": jurisdiction,
                "amount": "45000000",
                "currency": "TZS",
                "evidence": "fined Kilimanjaro Traders",
            }
        ]
    }


_TANZANIA = (
    "DAR ES SALAAM — The Tanzania Revenue Authority has fined Kilimanjaro Traders "
    "TSh 45,000,000 for failing to issue electronic fiscal receipts."
)


@pytest.mark.parametrize("name", ["TRA", "Tanzania Revenue Authority"])
def test_a_table_names_a_tagged_body_by_its_name_or_short_form(name: str) -> None:
    facts = {"invented": extract(_TANZANIA)}
    assert by_amount(facts["invented"], "45000000").authority == "TRA (TZ)"
    report = compare(facts, {"invented": _TANZANIA}, _table(name, "TZ"), lexicon())
    assert report.perfect, report.wrong


def test_a_short_form_of_a_body_of_another_place_is_another_body() -> None:
    # Bahrain's telecoms TRA is not Tanzania's revenue authority, short forms alike.
    facts = {"invented": extract(_TANZANIA)}
    report = compare(facts, {"invented": _TANZANIA}, _table("TRA", "BH"), lexicon())
    assert any("authority" in w for w in report.wrong)
