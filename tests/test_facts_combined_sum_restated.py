"""A sentence that calls a sum "the combined penalty" after each party's own penalty was told
restates their sum: it is no action of its own, whoever the parties are (the sentence names
none of them, and the extractor gives it the party named last). Invented articles through
`extract_facts`."""

from __future__ import annotations

from decimal import Decimal

from .test_facts_general import extract


def _amounts(facts) -> list[Decimal]:
    return sorted(f.amount.amount for f in facts if f.amount and f.action == "fine")


def test_the_combined_penalty_of_two_operators_is_not_a_third_fine() -> None:
    facts = extract(
        "LUSAKA, 12 May — The Zambia Information and Communications Technology Authority "
        "(ZICTA) has fined two internet providers over repeated outages.\n\n"
        "ZICTA fined Copperbelt Link K2.5 million and Kafue Net K1.5 million for failing to "
        "meet the quality-of-service targets in their licences.\n\n"
        "The combined penalty of K4 million is the largest the authority has imposed on the "
        "sector. Both companies said they would pay.",
        title="ZICTA fines two internet providers",
    )
    assert _amounts(facts) == [Decimal("1500000"), Decimal("2500000")]


def test_the_combined_fines_said_of_three_lenders_are_their_sum() -> None:
    facts = extract(
        "The Reserve Bank of Malawi has fined three microfinance lenders for charging "
        "undisclosed fees. Chikwawa Credit was fined MK40 million, Shire Loans MK25 million "
        "and Nyika Finance MK15 million. The combined fines of MK80 million must be paid "
        "within 30 days, the central bank said.",
        title="Reserve Bank fines three lenders",
    )
    assert _amounts(facts) == [Decimal("15000000"), Decimal("25000000"), Decimal("40000000")]


def test_a_combined_figure_that_is_not_the_sum_is_kept() -> None:
    # Not a restatement: the figures told before add up to something else.
    facts = extract(
        "The Ghana Revenue Authority fined Tema Shipping GH¢300,000 in March. The combined "
        "penalty of GH¢900,000 announced on Friday covers its three sister companies.",
        title="GRA penalties",
    )
    assert Decimal("900000") in _amounts(facts)
