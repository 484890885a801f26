"""The authority of a prosecution is the court that sentenced (P27): a penalty told without
who imposed it, in a story telling where the party was sentenced or appeared, is that
court's — even after the judge and the default term, even when the court sentence cites a
law with its year — and not a court told as the place of an earlier case or of a challenge
to the regulator's fine. Invented articles through `extract_facts`."""

from __future__ import annotations

from .test_facts_general import by_amount, extract, labels


def test_fined_when_they_appeared_before_a_magistrate_at_the_courts() -> None:
    facts = extract(
        "A Lautoka hardware retailer and its manager were on Monday fined a total of $60,000 "
        "after pleading guilty to selling unsafe electrical cables.\n\n"
        "Nadi Hardware Pte Ltd was fined $45,000, while its store manager, Ravin Prasad, 41, of "
        "Namaka, was fined $15,000 or three months' imprisonment in default, when they appeared "
        "before Resident Magistrate Salote Tuilau at the Lautoka Magistrates' Courts.\n\n"
        "The charges, brought by the Fijian Competition and Consumer Commission (FCCC), stated "
        "that the company sold cables that failed safety tests.",
        title="Hardware retailer fined",
        published="2025-03-12",
    )
    for amount in ("45000", "15000"):
        fact = by_amount(facts, amount)
        assert (fact.authority, fact.jurisdiction) == ("Lautoka Magistrates' Courts", "FJ")


def test_a_laws_year_in_the_court_sentence_is_no_earlier_case() -> None:
    facts = extract(
        "A Tongan fishing company has been fined $20,000 pa'anga after a deckhand was injured "
        "on board.\n\n"
        "Pacific Catch Limited was sentenced in the Magistrate's Court in Nuku'alofa on Friday "
        "after pleading guilty to two charges under the Shipping Act 1985, brought by the "
        "Ministry of Infrastructure.\n\n"
        "Its master, Sione Vake, was fined $2,000 pa'anga for failing to ensure the crew "
        "complied with the Act.",
        title="Fishing company fined",
        published="2025-08-04",
    )
    assert by_amount(facts, "20000").authority == "Magistrate's Court"
    # "complied with the Act": the law of that kind the article cited before
    assert "Shipping Act 1985" in labels(by_amount(facts, "2000"))


def test_an_earlier_cases_court_is_not_the_regulators_fine() -> None:
    facts = extract(
        "The Environment Protection Authority fined Riverbend Meats Pty Ltd $15,000 on 3 May for "
        "a wastewater spill.\n\n"
        "In 2019 the company was convicted in the Land and Environment Court over a similar "
        "spill.",
        title="EPA fines Riverbend Meats",
        published="2025-05-06",
    )
    assert by_amount(facts, "15000").authority == "EPA"


def test_a_court_the_party_went_to_against_the_fine_did_not_impose_it() -> None:
    facts = extract(
        "The Competition and Markets Authority said on Monday it had completed its "
        "investigation into Acme Parts Ltd.\n\n"
        "Acme Parts Ltd was fined £2 million for sharing pricing information. The company "
        "appeared before the Competition Appeal Tribunal on Friday to challenge the fine.",
        title="CMA fines Acme Parts",
        published="2025-05-06",
    )
    assert by_amount(facts, "2000000").authority == "CMA"


# --- The court a headline names is the one "the Court" stands for -------------------------


def test_the_court_the_headline_names_is_the_courts() -> None:
    facts = extract(
        "The Centrale Bank van Aruba fined Oranjestad Trust N.V. AWG 300.000 in June 2024 for "
        "late reporting of unusual transactions. The company appealed to the Court.\n\n"
        "On 3 March 2025 the Court reduced the fine to AWG 150.000.",
        title="Court of First Instance halves CBA fine on Oranjestad Trust",
        published="2025-03-05",
    )
    assert by_amount(facts, "150000").authority == "Court of First Instance"


def test_a_tribunal_the_headline_names_is_the_tribunals() -> None:
    facts = extract(
        "ICASA fined Karoo Telecom (Pty) Ltd R2 million in 2024 for quality-of-service "
        "failures. Karoo took the decision on review.\n\n"
        "On 4 May the Tribunal dismissed the review and upheld the fine.",
        title="Competition Appeal Tribunal upholds ICASA fine on Karoo Telecom",
        published="2025-05-06",
    )
    (ruling,) = [f for f in facts if f.action == "ruling"]
    assert ruling.authority == "Competition Appeal Tribunal"


def test_a_court_the_body_names_before_the_court_is_that_one() -> None:
    facts = extract(
        "The Fair Trading Commission fined Speightstown Motors Ltd BDS$90,000 in 2024. The High "
        "Court cut the fine to BDS$50,000 in 2025.\n\n"
        "On 4 May the court dismissed the company's further challenge to the costs order.",
        title="Court of Appeal to hear Commission's challenge in Speightstown Motors case",
        published="2026-05-06",
    )
    rulings = [f for f in facts if f.action == "ruling"]
    assert rulings and all(f.authority == "High Court (BB)" for f in rulings)


def test_a_court_the_headline_names_is_never_the_party() -> None:
    facts = extract(
        "The Consumer Affairs Commission imposed a fine of JMD 4 million on the dealer in March "
        "2025 for winding back odometers.\n\n"
        "On January 12, 2026, the Supreme Court reduced the fine to JMD 2.5 million.",
        title="Kingston Auto Depot still paying off reduced fine as Commission takes case to "
        "Court of Appeal",
        published="2026-03-02",
    )
    assert all(f.respondent is None or "Court" not in f.respondent.text for f in facts), [
        (f.action, f.respondent) for f in facts
    ]


def test_a_court_the_case_went_to_is_never_a_rulings_party() -> None:
    facts = extract(
        "Two years after the Consumer Affairs Commission fined Kingston Auto Depot, the case is "
        "still not over.\n\n"
        "The company has been paying a reduced fine since the Supreme Court cut the penalty in "
        "January, but the Commission has now gone to the Court of Appeal to have the original "
        "figure restored.\n\n"
        "In a decision dated March 3, 2025, the Commission imposed a fine of JMD 4 million on "
        "Kingston Auto Depot for winding back odometers.",
        title="Kingston Auto Depot still paying off reduced fine as Commission takes case to "
        "Court of Appeal",
        published="2026-03-02",
    )
    assert all(f.respondent is None or "Court" not in f.respondent.text for f in facts), [
        (f.action, f.respondent) for f in facts
    ]
