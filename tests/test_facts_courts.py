"""Courts as the deciding authority, the dates of actions decided together, and what is
stated about a measure afterwards — on invented sentences (no fixture's wording)."""

from __future__ import annotations

from assistant.facts import Fact

from .test_facts_general import extract


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
