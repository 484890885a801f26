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


# --- A measure's legal basis named as a whole law, in the sentence after it -------------------


def _provisions(body: str) -> list[str]:
    from tests.test_facts_general import extract

    facts = [f for f in extract(body) if f.amount]
    assert len(facts) == 1
    return [p.text for p in facts[0].provisions]


def test_the_law_a_regulator_relied_on_is_the_fines() -> None:
    assert "Energy Commission Act 1997" in _provisions(
        "The Public Utilities Regulatory Commission fined Volta Power Ltd GH₵ 2 million on 3 "
        "May for repeated outages. The commission relied on the Energy Commission Act 1997 and "
        "the licence conditions on supply quality."
    )


def test_the_law_a_resolution_was_based_on_is_the_fines() -> None:
    assert "Law on Microfinance Institutions" in _provisions(
        "Honduras's banking commission (CNBS) fined Microcrédito Copán, S.A. L 1,200,000 over "
        "abusive collection calls. The resolution, signed on 2 June by the commissioner, was "
        "based on the Law on Microfinance Institutions (Law 842) and the commission's rules."
    )


def test_relying_on_reports_cites_no_law() -> None:
    assert (
        _provisions(
            "The Public Utilities Regulatory Commission fined Volta Power Ltd GH₵ 2 million on 3 "
            "May for repeated outages. The commission relied on Reuters reports and on complaints "
            "from customers."
        )
        == []
    )


def test_an_italic_title_keeps_its_article() -> None:
    assert _laws(
        "The FCAA fined Prairie Cash Ltd. $9,000 under *The Cost of Credit Disclosure Act* "
        "on Monday."
    ) == ["The Cost of Credit Disclosure Act"]
    assert _laws("The FCAA fined Prairie Cash Ltd. $9,000 under the Cost of Credit Act.") == [
        "Cost of Credit Act"
    ]


def test_an_italic_title_a_fine_was_imposed_under_is_the_fines() -> None:
    assert _provisions(
        "On March 2, the FCAA imposed an administrative penalty of $9,000 on Prairie Cash Ltd. "
        "under *The Cost of Credit Disclosure Act* after finding that it hid fees."
    ) == ["The Cost of Credit Disclosure Act"]
