"""Provisions written as francophone, lusophone and African regulators number them (a number
within the year with the issuer's code, a number over a two-digit year, an issuer's coded
directive) and laws cited by their Dutch title."""

from __future__ import annotations

from assistant.provisions import find_instruments


def _laws(text: str) -> list[str]:
    return [law for law, _, _ in find_instruments(text)]


def test_a_law_numbered_within_its_year_with_the_assemblys_code() -> None:
    assert _laws(
        "The regulator relied on Law No. 045-2019/AN on consumer protection in Burkina Faso."
    ) == ["Law No. 045-2019/AN"]
    assert "Decree No. 112-2021/PRES" in _laws(
        "It found breaches of Decree No. 112-2021/PRES of 4 May 2021 on tariffs."
    )


def test_a_law_numbered_over_a_two_digit_year() -> None:
    assert (
        _laws("The fine was imposed under the Consumer Protection Law, Law No. 22/09 of 15 May.")[
            -1
        ]
        == "Law No. 22/09"
    )


def test_an_issuers_coded_directive() -> None:
    assert _laws(
        "All the penalties were imposed under the central bank's directive SBB/07/2023 on "
        "foreign exchange."
    ) == ["Directive SBB/07/2023"]
    assert _laws("It breached BoT Circular FX/12/2022 on bureaux de change.") == [
        "BoT Circular FX/12/2022"
    ]


def test_a_date_is_no_law_number() -> None:
    assert _laws("The law took effect on 15/09/2024 and the fine followed.") == []


def test_a_dutch_law_cited_by_its_title() -> None:
    assert _laws(
        "The bank fined the office for breaches of the Wet identificatie bij dienstverlening — "
        "chiefly failing to verify senders."
    ) == ["Wet identificatie bij dienstverlening"]
    assert _laws(
        "The supervisor relied on the Landsverordening melding ongebruikelijke transacties, "
        "which requires reports."
    ) == ["Landsverordening melding ongebruikelijke transacties"]


def test_wet_as_an_english_word_is_no_law() -> None:
    assert _laws("Wet weather delayed the inspection, the Authority said.") == []
