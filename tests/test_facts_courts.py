"""Courts as the deciding authority, the dates of actions decided together, and what is
stated about a measure afterwards — on invented sentences (no fixture's wording)."""

from __future__ import annotations

from assistant.facts import Fact

from .test_facts_general import by_amount, extract


def statuses(fact: Fact) -> set[str]:
    return {s.status for s in fact.statuses}


def rulings(facts: list[Fact]) -> list[Fact]:
    return [f for f in facts if f.action == "ruling"]


# --- Courts named in their own language ---------------------------------------------------


def test_a_court_named_in_its_own_language_rules() -> None:
    facts = extract(
        "Not every sanction survives. On 14 May the Cour d'appel de Paris annulled the €300,000 "
        "fine the CNIL imposed in 2022 on Brasserie Lumière SAS, ruling that the inspection "
        "had been unlawful."
    )
    (ruling,) = rulings(facts)
    assert (ruling.authority, ruling.jurisdiction) == ("Cour d'appel de Paris", "FR")
    assert ruling.date is not None and ruling.date.text == "2024-05-14"
    assert "overturned" in statuses(ruling)


def test_german_and_spanish_courts_are_named_with_their_seat_or_rank() -> None:
    facts = extract(
        "The Bavarian data protection office fined Alpenmilch GmbH €120,000 in 2023. In April "
        "the Oberlandesgericht München reduced the fine to €45,000.",
        published="2024-06-03",
    )
    assert [(r.authority, r.amount.text if r.amount else None) for r in rulings(facts)] == [
        ("Oberlandesgericht München", "€45,000")
    ]
    facts = extract(
        "The AEPD fined Telefonía Brava S.L. €900,000 in 2021. On 2 May the Tribunal Supremo "
        "upheld that fine."
    )
    (ruling,) = rulings(facts)
    assert (ruling.authority, ruling.jurisdiction) == ("Tribunal Supremo", "ES")


def test_the_date_of_the_fine_a_court_annulled_is_not_the_court_s() -> None:
    facts = extract(
        "In March the Tribunale di Milano annulled the €80,000 fine the Garante imposed in "
        "2023 on Ortofrutta S.r.l."
    )
    (ruling,) = rulings(facts)
    assert ruling.date is not None and ruling.date.text == "2024-03"


# --- What is said of a measure afterwards ---------------------------------------------------


def test_a_court_staying_a_penalty_means_it_is_under_appeal() -> None:
    facts = extract(
        "Earlier this month the Bombay High Court stayed a 3 crore rupee penalty that SEBI "
        "imposed in March on brokerage Kautilya Securities Ltd, on condition that it deposit a "
        "quarter of the amount. The court will hear Kautilya's appeal in August."
    )
    penalty = by_amount(facts, "30000000")
    assert "appealed" in statuses(penalty)
    assert penalty.date is not None and penalty.date.text == "2024-03"  # imposed, not stayed
    facts = extract(
        "The Court of Appeal granted a stay of the £400,000 fine the ICO imposed on Harrow "
        "Lettings Ltd last year."
    )
    assert "appealed" in statuses(by_amount(facts, "400000"))


def test_a_penalty_never_collected_is_not_paid() -> None:
    facts = extract(
        "In 2019 the Federal Court ordered the operator of the now-defunct Banksia Academy to "
        "pay $40 million, a penalty that has never been recovered because the company went "
        "into administration."
    )
    assert "not_paid" in statuses(by_amount(facts, "40000000"))


def test_paying_part_of_a_fine_to_close_the_case_is_paid_and_reduced_not_appealed() -> None:
    facts = extract(
        "ROME – Rivabella Gas S.p.A. has settled its case with the Garante by paying half of "
        "the €600,000 fine imposed in May.\n\n"
        "Under Italian law a company can settle the dispute by paying half of the fine within "
        "the time limit for challenging the decision in court, giving up the right to appeal."
    )
    fine = by_amount(facts, "600000")
    assert statuses(fine) == {"paid", "reduced"}


def test_a_case_brought_against_another_company_is_no_appeal_of_the_main_one() -> None:
    facts = extract(
        "Alder Homes Ltd will pay a $1.2-million penalty to settle allegations of misleading "
        "advertising, the Competition Bureau announced.\n\n"
        "In May the bureau filed an application with the Competition Tribunal against "
        "furniture retailer Lindqvist Möbler Inc., alleging hidden fees. Lindqvist is "
        "contesting the case."
    )
    assert statuses(by_amount(facts, "1200000")) == set()


def test_a_choice_to_contest_told_as_fact_is_an_appeal() -> None:
    facts = extract(
        "The AEPD fined Solmar Telecom S.L. €300,000 in April. Solmar could have paid less by "
        "acknowledging responsibility, the agency said, but decided to challenge the fine."
    )
    assert "appealed" in statuses(by_amount(facts, "300000"))
