"""States of other federations, and days told by an abbreviated weekday or by "this week".

Every article here is invented. A body named with a state's, province's, Land's, canton's or
emirate's name is that place's (ISO 3166-2), as US, Canadian and Australian ones already were;
a national regulator's fine on a company "in" a state stays the national regulator's. "on
Wed." is a weekday as "on Wednesday" is; "earlier this week" names no day, only the month
when the whole week lies in one.
"""

from __future__ import annotations

from tests.test_facts_general import by_amount, extract


def test_an_indian_state_board_is_the_state_s() -> None:
    facts = extract(
        "PUNE, March 4 — The Maharashtra Pollution Control Board has fined Deccan Dyes Pvt Ltd "
        "₹25 lakh for discharging untreated effluent into the Mula river, the board said.",
        published="2025-03-04",
    )
    fine = by_amount(facts, "2500000")
    # Listed in the data since the subnational round (its id is its initials); read by
    # its state's name before that. Either way the state's, not India's.
    assert (fine.authority, fine.jurisdiction) == ("MPCB", "IN-MH")


def test_a_south_african_provincial_body_is_the_province_s() -> None:
    facts = extract(
        "The Gauteng Gambling Board fined Jozi Bet Lounge R400,000 for letting minors place "
        "bets at its Soweto branch."
    )
    fine = by_amount(facts, "400000")
    assert fine.jurisdiction == "ZA-GP"
    assert fine.amount.currency == "ZAR"


def test_a_nigerian_state_agency_named_by_its_capital_and_state() -> None:
    facts = extract(
        "The Kano State Consumer Protection Council has fined Sabon Gari Foods Ltd N3 million "
        "for selling expired baby formula."
    )
    assert by_amount(facts, "3000000").jurisdiction == "NG-KN"


def test_a_canton_and_a_mexican_state_named_by_their_own_words() -> None:
    canton = extract(
        "The Canton of Geneva's cantonal labour inspectorate fined Lac Léman Hôtels SA "
        "CHF 40,000 for undeclared work."
    )
    assert by_amount(canton, "40000").jurisdiction == "CH-GE"
    state = extract(
        "Jalisco's state environmental attorney fined Agave Real SA de CV MXN 900,000 for "
        "dumping vinasse into a creek near Guadalajara."
    )
    assert by_amount(state, "900000").jurisdiction == "MX-JAL"


def test_a_national_regulator_s_fine_on_a_company_in_a_state_stays_national() -> None:
    facts = extract(
        "MEXICO CITY, May 8 - Mexico's Federal Economic Competition Commission (COFECE) fined "
        "two bakeries for fixing bread prices. Panadería Norte SA was fined 12 million pesos "
        "and Harinas del Golfo SA, a mill in Tamaulipas, 8 million pesos.",
        published="2025-05-08",
    )
    assert by_amount(facts, "8000000").authority == "COFECE"


def test_an_abbreviated_weekday_is_a_day() -> None:
    facts = extract(
        "NEW YORK (Meridian Wire) - The SEC on Wed. fined Harbor Point Advisors $2 million for "
        "allocating profitable trades to favoured accounts.",
        published="2025-03-07",  # a Friday
    )
    fine = by_amount(facts, "2000000")
    assert fine.date is not None and fine.date.text == "2025-03-05"


def test_earlier_this_week_is_the_month_when_the_week_lies_in_one() -> None:
    body = (
        "NEW YORK (Meridian Wire) - The SEC earlier this week fined Harbor Point Advisors "
        "$2 million for allocating profitable trades to favoured accounts."
    )
    fine = by_amount(extract(body, published="2025-03-07"), "2000000")
    assert fine.date is not None and fine.date.text == "2025-03"
    # Published on Wednesday 2 April: Monday was in March, Tuesday in April; no month.
    fine = by_amount(extract(body, published="2025-04-02"), "2000000")
    assert fine.date is None or fine.date.text == "2025"
    # Published on a Tuesday, "earlier this week" can only be the Monday.
    fine = by_amount(extract(body, published="2025-04-01"), "2000000")
    assert fine.date is not None and fine.date.text == "2025-03-31"


def test_this_week_s_round_up_dates_no_action_in_it() -> None:
    # "this week's" names the newsletter's issue, not the day anything in it was done.
    body = (
        "Welcome to this week's round-up of licensing enforcement.\n\n"
        "## Ghana: licence suspended\n\n"
        "The Gaming Commission of Ghana has fined Kumasi Lucky Bet Ltd GH₵ 250,000 for "
        "failing to verify players' ages."
    )
    fine = by_amount(extract(body, published="2025-03-07"), "250000")
    assert fine.date is None or fine.date.text != "2025-03"
