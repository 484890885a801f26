"""Facts missed and figures misread, on invented copy: a court's decision told by "it" or in
the passive after the sentence about the court, bans and orders told as a moratorium, a
suspension of activities or a stop-work order on a concession, a rate "levied for each day",
and figures beside a fine that are none (a catch's value, a statutory unit's worth, the
revenue a company says the fine should have been based on, a sum a complaint alleged)."""

from __future__ import annotations

from decimal import Decimal

from tests.test_facts_general import extract


def _amounts(facts) -> set[tuple[Decimal, str]]:
    return {(f.amount.amount, f.amount.currency) for f in facts if f.amount}


def _kinds(facts, respondent_word: str) -> set[str]:
    return {f.action for f in facts if f.respondent and respondent_word in f.respondent.text}


# --- Rulings told after the sentence naming the court ----------------------------------------


def test_a_court_upholding_by_it_after_its_reasons_is_a_ruling() -> None:
    body = (
        "The Consumer Ombudsman fined Nordvik Strøm AB SEK 2 million in March 2025 for "
        'misleading "fixed price" advertising. Nordvik Strøm appealed.\n\n'
        "Nordvik Strøm's case went before the Patent and Market Court in Stockholm. It held "
        'that consumers would read "fixed price" as a price that does not change. It upheld '
        "both the ban and the fine in full."
    )
    facts = extract(body, title="Market Court backs Ombudsman", published="2026-01-20")
    upheld = body.index("It upheld")
    rulings = [f for f in facts if f.action == "ruling"]
    assert any(any(s <= upheld < e for s, e in f.mentions) for f in rulings), [
        (f.action, f.mentions) for f in facts
    ]


def test_a_fine_upheld_in_the_passive_after_the_court_is_a_ruling() -> None:
    body = (
        "The Competition Authority fined Ljusdal Energi AB SEK 400,000 in May 2025. "
        "Ljusdal took the case to the Administrative Court in Falun, which found that the "
        "company had been properly heard. The fine was upheld in full."
    )
    facts = extract(body, title="Court backs fine on Ljusdal Energi", published="2026-02-02")
    upheld = body.index("The fine was upheld")
    rulings = [f for f in facts if f.action == "ruling"]
    assert any(any(s <= upheld < e for s, e in f.mentions) for f in rulings), [
        (f.action, f.mentions) for f in facts
    ]


def test_an_annulment_told_by_it_stays_a_status_of_the_ban() -> None:
    facts = extract(
        "The Environment Superintendency fined Salmones Austral SA 900 UTA and ordered the "
        "temporary closure of its Isla Chaffers farm for 30 days. The company appealed to "
        "the Third Environmental Court.\n\n"
        "On the closure, the court held that the closure had not been justified. It annulled "
        "that part of the resolution.",
        title="Court annuls salmon farm closure",
        published="2025-06-10",
    )
    ban = next(f for f in facts if f.action == "ban")
    assert "overturned" in {s.status for s in ban.statuses}


# --- Bans and orders told otherwise ------------------------------------------------------------


def test_a_moratorium_and_a_suspension_of_activities_are_bans() -> None:
    facts = extract(
        "The Food and Drugs Authority fined Tema Dairies Ltd GH₵30,000 after listeria was "
        "found in its yoghurt. The authority also ordered the suspension of activities of the "
        "Tema plant until the company proves it has fixed its hygiene failures.\n\n"
        "The Health Facilities Regulatory Agency fined Korle Care Home Ltd GH₵15,000 for "
        "understaffing. The agency also imposed an immediate moratorium on admissions.",
        title="Ghana regulators act against dairy and care home",
    )
    assert "ban" in _kinds(facts, "Tema Dairies")
    assert "ban" in _kinds(facts, "Korle Care")


def test_a_stop_work_order_covering_the_companys_concession_is_an_order() -> None:
    facts = extract(
        "The Environmental Protection Agency fined Ada Timber Ltd GH₵80,000 for clearing "
        "mangroves outside its permit. The agency also issued a stop-work order covering the "
        "company's Ada mangrove concession until a restoration plan is approved.",
        title="EPA fines timber firm",
    )
    assert "order" in _kinds(facts, "Ada Timber")


def test_a_rate_levied_for_each_day_of_default_is_a_periodic_penalty() -> None:
    facts = extract(
        "The Energy Regulatory Commission fined Mindanao Power Distribution Inc ₱2 million on "
        "3 June for repeated outages, and warned that a further ₱50,000 would be levied for "
        "every day the default continues beyond 31 July.",
        title="ERC fines Mindanao distributor",
    )
    daily = [f for f in facts if f.amount and f.amount.amount == Decimal(50000)]
    assert [(f.action, f.per) for f in daily] == [("penalty_payment", "day")]


# --- Figures beside a fine that are no fine ----------------------------------------------------


def test_a_catch_valued_by_a_ministry_is_no_fine() -> None:
    facts = extract(
        "ACCRA — The Fisheries Commission fined Blue Marlin Trawlers Ltd GH₵400,000 on Monday "
        "for fishing in a closed zone and ordered the forfeiture of the catch, some 8 tonnes of "
        "mackerel valued by the fisheries ministry at GH₵95,000.",
        title="Trawler fined for closed-zone fishing",
    )
    assert _amounts(facts) == {(Decimal(400000), "GHS")}


def test_the_worth_of_a_statutory_unit_is_no_fine() -> None:
    facts = extract(
        "ALMATY — The Competition Agency fined Steppe Cement LLP 2,000 monthly calculation "
        "indices, or KZT 7.86 million. One monthly calculation index is worth KZT 3,932 in "
        "2025.\n\n"
        "MONTERREY, Nuevo León — The state health commission fined the meat packer Cárnicos "
        "del Norte 3,000 UMAs, that is MXN 339,420. The UMA is the reference unit used in "
        "Mexico to calculate fines, and for 2025 its daily value is MXN 113.14.",
        title="Fines set in statutory units",
    )
    assert (Decimal("3932"), "KZT") not in _amounts(facts)
    assert (Decimal("113.14"), "MXN") not in _amounts(facts)
    assert (Decimal("339420"), "MXN") in _amounts(facts)


def test_the_revenue_a_company_argues_for_is_no_fine() -> None:
    facts = extract(
        "The National Communications Authority fined Volta Telecom Ltd GH₵2 million, set at 2% "
        "of its total turnover. Volta Telecom paid the fine but challenged it, arguing that "
        "only revenue from its mobile data business, GH₵40 million, should have been used.",
        title="NCA fines Volta Telecom",
    )
    assert _amounts(facts) == {(Decimal(2000000), "GHS")}


def test_a_sum_a_complaint_alleged_is_no_settlement() -> None:
    facts = extract(
        "The Securities Commission settled with Coastal Bank Ltd, which will pay a fine of "
        "GH₵3 million. The settlement resolves a complaint alleging that the bank let a client "
        "move roughly GH₵60 million through dormant accounts.",
        title="Coastal Bank settles with regulator",
    )
    assert (Decimal(60000000), "GHS") not in _amounts(facts)


# --- A court's own figure --------------------------------------------------------------------


def test_a_figure_set_by_a_judge_in_words_then_digits_is_the_rulings() -> None:
    facts = extract(
        "The Financial Services Authority fined Grand Anse Trust Ltd US$300,000 in 2024 for "
        "weak anti-money laundering controls. Grand Anse appealed to the High Court. In a "
        "judgment delivered on Monday, Justice Marie Laporte reduced the administrative "
        "penalty on Grand Anse Trust Ltd. to two hundred thousand United States dollars "
        "(US$200,000).",
        title="Court cuts FSA penalty on Grand Anse Trust",
        published="2026-05-20",
    )
    assert [(f.action, f.amount.amount) for f in facts if f.amount] == [
        ("fine", Decimal(300000)),
        ("ruling", Decimal(200000)),
    ]


def test_a_fine_substituted_on_a_sentence_appeal_is_the_rulings() -> None:
    facts = extract(
        "Last week the Court of Appeal for Saskatchewan allowed the Crown's sentence appeal in "
        "R v Prairie Rail Ltd, substituting a fine of $450,000 for the $120,000 imposed at "
        "trial.",
        title="Appeal court raises rail spill fine",
        published="2025-09-16",
    )
    assert ("ruling", Decimal(450000)) in {(f.action, f.amount.amount) for f in facts if f.amount}
    assert ("fine", Decimal(450000)) not in {(f.action, f.amount.amount) for f in facts if f.amount}


# --- Payments agreed -------------------------------------------------------------------------


def test_an_undertaking_under_which_the_party_pays_is_a_settlement() -> None:
    facts = extract(
        "The Environment Protection Authority fined Murray Vale Wines Pty Ltd A$15,000 in May "
        "for a wastewater spill. Separately, the EPA accepted an enforceable undertaking under "
        "which Murray Vale Wines will pay A$120,000 to a wetland restoration project run by "
        "the local council and upgrade its treatment plant by 2027.\n\n"
        "The ACMA accepted a court-enforceable undertaking from Koala Mobile Pty Ltd to appoint "
        "an independent auditor.",
        title="EPA accepts undertaking from winery",
    )
    paid = {(f.action, f.amount.amount) for f in facts if f.amount}
    assert ("settlement", Decimal(120000)) in paid
    assert "order" in _kinds(facts, "Koala Mobile")  # no payment: still an order


def test_compensation_agreed_beside_a_fine_already_told_is_no_settlement() -> None:
    facts = extract(
        "Cambodia's Ministry of Mines and Energy on 3 May fined Stung Hydro Co., Ltd. 800 "
        "million riel for releasing water without warning. The company paid the fine within "
        "days, and separately agreed to pay 1.2 billion riel in compensation to 140 farming "
        "families.",
        title="Hydro developer fined over flood release",
    )
    assert _amounts(facts) == {(Decimal(800000000), "KHR")}


def test_restitution_among_a_settlements_terms_stays_the_settlements() -> None:
    facts = extract(
        "Under a consent judgment filed on Monday, Harborline Gyms LLC will pay a $300,000 "
        "civil penalty to the state and provide $1.2 million in restitution to members who "
        "were charged after cancelling, the Attorney General said.",
        title="Gym chain settles cancellation case",
    )
    assert (Decimal(1200000), "USD") in _amounts(facts)
