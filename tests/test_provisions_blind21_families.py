"""Provisions as blind sets 20 and 21 cite them, on invented copy: sibling subdivisions of one
article ("Article 25(a) and (c)", "Article 25, letters a) and c)"), instruments numbered within
their year ("Decree No. 2017-193", "Loi n° 2016-1691"), and an issuer's numbered order
("CPA Order No. 65 of 2004")."""

from __future__ import annotations

from assistant.provisions import find_instruments, find_provisions


def _labels(text: str) -> list[str]:
    return [p.label for p in find_provisions(text)]


def test_sibling_letters_in_brackets_are_each_a_provision() -> None:
    labels = _labels("The practice breached Article 25(a) and (c) of the Competition Law.")
    assert labels == ["Competition Law Art. 25(a)", "Competition Law Art. 25(c)"]


def test_sibling_paragraphs_after_a_nested_subdivision() -> None:
    labels = _labels("It infringed Section 12(1)(b), (c) and (e) of the Payments Act.")
    assert labels == [
        "Payments Act Sec. 12(1)(b)",
        "Payments Act Sec. 12(1)(c)",
        "Payments Act Sec. 12(1)(e)",
    ]


def test_letters_written_as_words_after_the_article() -> None:
    labels = _labels(
        "prohibited by Article 25, letters a) and c), of the Competition Law (Ley de "
        "Competencia), which bans agreements to fix prices"
    )
    assert labels == ["Competition Law Art. 25(a)", "Competition Law Art. 25(c)"]


def test_a_single_letter_written_as_a_word() -> None:
    labels = _labels("in breach of Article 9, literal b), of the Consumer Protection Law")
    assert labels == ["Consumer Protection Law Art. 9(b)"]


def test_an_article_without_letters_is_unchanged() -> None:
    assert _labels("under Article 25 of the Competition Law, which") == ["Competition Law Art. 25"]


def _instruments(text: str) -> list[str]:
    return [name for name, _, _ in find_instruments(text)]


def test_a_decree_numbered_within_its_year() -> None:
    assert _instruments(
        "in breach of Decree No. 2017-193 on the identification of subscribers"
    ) == ["Decree No. 2017-193"]


def test_a_law_numbered_within_its_year_in_french_copy() -> None:
    assert "Law No. 2016-1691" in _instruments(
        "the fine was imposed under Law No. 2016-1691 of 9 December 2016 on transparency"
    )


def test_an_issuers_numbered_order_relied_on() -> None:
    assert _instruments(
        "The regulator relied on its powers under CPA Order No. 65 of 2004, which established it."
    ) == ["CPA Order No. 65 of 2004"]


def test_a_decisions_own_order_number_is_no_law() -> None:
    assert _instruments("By Order No. 12 of 2025 the commission fined Tigris Net.") == []


def test_a_regulation_titled_with_its_subject_in_brackets_and_no_year() -> None:
    assert _instruments(
        "for failing to publish its accounts within the period required by the Securities "
        "(Continuing Disclosure Obligations of Issuers) Regulation."
    ) == ["Securities (Continuing Disclosure Obligations of Issuers) Regulation"]


def test_rules_titled_with_a_bracketed_subject() -> None:
    assert _instruments("in breach of the Banking (Liquidity Coverage) Rules, it said") == [
        "Banking (Liquidity Coverage) Rules"
    ]


def test_a_bodys_acronym_in_brackets_before_order_is_no_law() -> None:
    assert _instruments("under the Securities and Exchange Commission (SEC) Order, it paid") == []
