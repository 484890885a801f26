"""Dates as enforcement copy tells them (invented articles, through `extract_facts`).

Family 1 — a decision dated once: "On 13 November the panel approved the settlement", "The
Board resolved on 21 March to impose fines …", and then its measures (each party's fine,
orders, bans, settlement terms in bullets) told in later sentences, lists and sections with
no date of their own. Each measure belongs to that decision and has its date — not an
earlier case the background recalls, not a court's later ruling, not another regulator's
story in a round-up.
"""

from __future__ import annotations

from assistant.facts import Fact
from tests.test_facts_general import by_amount, extract


def _dated(fact: Fact) -> str | None:
    return fact.date.text if fact.date else None


def test_a_boards_resolution_dates_the_fines_listed_and_the_orders_in_later_sections() -> None:
    facts = extract(
        "*Port Louis, 2 August 2024.* The Commission of the Competition Commission of "
        "Mauritius resolved on 29 July 2024 to impose penalties on two cement importers for "
        "rigging bids in public tenders between 2019 and 2022.\n\n"
        "The investigation found that the sales managers of both firms met before each "
        "tender and agreed who would win it.\n\n"
        "**Penalties**\n\n"
        "Under section 59 of the Competition Act, the Commission decided:\n\n"
        "- to impose a financial penalty of Rs 42 million on Lagoon Cement Ltd;\n"
        "- to impose a financial penalty of Rs 17 million on Island Bulk Ltd.\n\n"
        "**Remedies**\n\n"
        "The Commission also directed both companies to adopt a competition compliance "
        "programme within six months.\n\n"
        "**Background**\n\n"
        "The Commission had previously fined Coral Aggregates Ltd Rs 3 million for a similar "
        "agreement.\n",
        published="2024-08-02",
    )
    assert _dated(by_amount(facts, "42000000")) == "2024-07-29"
    assert _dated(by_amount(facts, "17000000")) == "2024-07-29"
    orders = [f for f in facts if f.action == "order"]
    assert orders and all(_dated(o) == "2024-07-29" for o in orders)
    # an earlier case the background recalls is not this decision's
    assert _dated(by_amount(facts, "3000000")) is None


def test_a_settlement_approved_on_a_day_dates_its_terms_told_in_bullets() -> None:
    facts = extract(
        "**What happened**\n\n"
        "On 2 October 2024, a panel of the Alberta Securities Commission approved a settlement "
        "agreement between Commission staff and Foothills Wealth Partners Inc. and its "
        "president, Dana Kowalczyk.\n\n"
        "Foothills admitted that it sold high-risk notes to clients for whom they were "
        "unsuitable.\n\n"
        "**Terms**\n\n"
        "Under the settlement:\n\n"
        "- Foothills agreed to pay an administrative penalty of $275,000;\n"
        "- Ms. Kowalczyk agreed to pay an administrative penalty of $60,000;\n"
        "- Ms. Kowalczyk is prohibited from acting as a director or officer of any registrant "
        "for five years.\n",
        published="2024-10-09",
    )
    assert _dated(by_amount(facts, "275000")) == "2024-10-02"
    assert _dated(by_amount(facts, "60000")) == "2024-10-02"
    bans = [f for f in facts if f.action == "ban"]
    assert bans and all(_dated(b) == "2024-10-02" for b in bans)


def test_a_decision_dated_once_does_not_date_the_court_ruling_on_it() -> None:
    facts = extract(
        "On 14 May 2024 the Philippine Competition Commission decided to fine rice trader "
        "Golden Harvest Corp. PHP 80 million for fixing wholesale prices.\n\n"
        "**The fine**\n\n"
        "Golden Harvest must pay PHP 80 million within 30 days.\n\n"
        "**Appeal**\n\n"
        "Golden Harvest appealed, and the Court of Appeals set the fine aside, finding that the "
        "Commission had denied the company a hearing.\n",
        published="2025-03-01",
    )
    rulings = [f for f in facts if f.action == "ruling"]
    assert all(r.date is None or r.date.text != "2024-05-14" for r in rulings)


def test_a_decision_in_one_round_up_item_does_not_date_another_regulators_item() -> None:
    facts = extract(
        "**Mauritius**\n\n"
        "On 29 July 2024 the Competition Commission of Mauritius resolved to fine Lagoon Cement "
        "Ltd Rs 42 million for bid rigging.\n\n"
        "**Namibia**\n\n"
        "The Namibian Competition Commission fined Kalahari Freight N$2 million for failing "
        "to notify a merger.\n",
        published="2024-08-30",
    )
    assert _dated(by_amount(facts, "2000000")) is None


def test_a_decision_day_without_its_year_dates_the_measures_of_its_summary_and_body() -> None:
    facts = extract(
        "**Key points**\n\n"
        "- Kestrel Trading Ltd is banned from dealing in securities for three years.\n\n"
        "**The decision**\n\n"
        "On 21 March the Board of the Securities Commission of The Bahamas resolved to "
        "sanction Kestrel Trading Ltd for market manipulation.\n\n"
        "The broker had placed hundreds of orders it never meant to fill.\n\n"
        "**Sanctions**\n\n"
        "- Kestrel Trading Ltd must pay a penalty of B$150,000;\n"
        "- Kestrel Trading Ltd is banned from dealing in securities for three years.\n",
        published="2025-04-02",
    )
    assert _dated(by_amount(facts, "150000")) == "2025-03-21"
    bans = [f for f in facts if f.action == "ban"]
    assert bans and all(_dated(b) == "2025-03-21" for b in bans)


# Family 2 — an act dated by its month in one place and by its day in another ("Last month,
# on 11 August, …", "In June the tribunal dismissed … The tribunal, ruling on 17 June, …"):
# the day. Not a deadline or a payment day of the same month.


def test_a_ruling_told_last_month_on_a_day_has_the_day() -> None:
    facts = extract(
        "Coral Telecom challenged the fine before the Competition Tribunal. Last month, on 11 "
        "August, the Competition Tribunal rejected the appeal and upheld the fine of Rs 8 "
        "million imposed by the Competition Commission of Mauritius.\n",
        published="2026-09-09",
    )
    rulings = [f for f in facts if f.action == "ruling"]
    assert rulings and all(_dated(r) == "2026-08-11" for r in rulings)


def test_a_fine_in_a_month_has_the_day_a_later_sentence_gives_its_decision() -> None:
    facts = extract(
        "In June the Namibian Competition Commission fined Kalahari Freight N$2 million for "
        "failing to notify a merger.\n\n"
        "The Namibian Competition Commission said it fined the company on 17 June after a "
        "two-year investigation.\n",
        published="2025-09-01",
    )
    assert _dated(by_amount(facts, "2000000")) == "2025-06-17"


def test_a_deadline_in_the_same_month_is_not_the_fines_day() -> None:
    facts = extract(
        "In March the Namibian Competition Commission fined Kalahari Freight N$2 million and "
        "gave it until 31 March to pay. The Namibian Competition Commission said the fine was "
        "due on 31 March.\n",
        published="2025-09-01",
    )
    assert _dated(by_amount(facts, "2000000")) == "2025-03"


def test_another_partys_decision_later_that_month_does_not_give_the_day() -> None:
    facts = extract(
        "Etosha Mills has not paid. In a resolution issued on 20 January 2026, the Namibian "
        "Competition Commission set the daily penalties it owes at N$900,000 in total.\n\n"
        "In January, the Namibian Competition Commission fined Kalahari Freight N$2 "
        "million for failing to notify a merger.\n",
        published="2026-03-01",
    )
    assert _dated(by_amount(facts, "2000000")) == "2026-01"


# Family 3 — a tribunal deciding the case itself ("The Tribunal held that the clauses were
# unlawful, and on 24 March it imposed a fine of …", "The Tribunal also ordered …"): its
# finding and its fine are one decision of one day, and so are the orders told with it.


def test_a_tribunals_own_fine_has_the_day_of_its_finding() -> None:
    facts = extract(
        "On a referral by the Competition Commission, the Competition Tribunal of South Africa "
        "found that Karoo Fresh Produce had fixed prices. The Tribunal held that this "
        "contravened section 4 of the Competition Act, and on 3 May 2024 it imposed an "
        "administrative penalty of R50 million on Karoo Fresh Produce (Pty) Ltd.\n\n"
        "The Tribunal also ordered Karoo to stop sharing price lists with its rivals.\n",
        published="2025-01-15",
    )
    assert _dated(by_amount(facts, "50000000")) == "2024-05-03"
    orders = [f for f in facts if f.action == "order"]
    assert orders and all(_dated(o) == "2024-05-03" for o in orders)


def test_a_kenyan_tribunal_fining_on_a_day_after_its_finding() -> None:
    facts = extract(
        "The Competition Tribunal of Kenya ruled that Mavuno Stores had abused its buyer power "
        "over suppliers, and on 12 February 2025 it fined the retailer KSh 40 million.\n",
        published="2025-06-01",
    )
    assert _dated(by_amount(facts, "40000000")) == "2025-02-12"


def test_a_court_upholding_another_bodys_fine_on_a_day_does_not_date_that_fine() -> None:
    facts = extract(
        "In 2022 the Competition Commission of Mauritius fined Lagoon Cement Ltd Rs 42 million "
        "for bid rigging. On 3 May 2024 the Supreme Court of Mauritius upheld the fine of Rs 42 "
        "million.\n",
        published="2024-06-01",
    )
    fines = [f for f in facts if f.action == "fine"]
    assert fines and all(_dated(f) != "2024-05-03" for f in fines)


# Family 4 — a decision named by its month ("In the same January round of decisions, it fined
# …", "At its March meeting the board fined …"): that month. Not a deadline named so.


def test_a_round_of_decisions_named_by_its_month_dates_its_fine() -> None:
    facts = extract(
        "In the same January round of decisions, the Communications Regulatory Authority of "
        "Namibia fined smaller operator Kunene Net N$750,000 for similar failures.\n",
        published="2026-09-09",
    )
    assert _dated(by_amount(facts, "750000")) == "2026-01"


def test_a_boards_meeting_named_by_its_month_dates_its_fine() -> None:
    facts = extract(
        "At its March meeting the board of the Securities Commission of The Bahamas fined "
        "Kestrel Trading Ltd B$150,000 for late filings.\n",
        published="2025-06-02",
    )
    assert _dated(by_amount(facts, "150000")) == "2025-03"


def test_a_deadline_named_by_its_month_does_not_date_the_fine() -> None:
    facts = extract(
        "Kestrel Trading Ltd, fined B$150,000 by the Securities Commission of The Bahamas, "
        "has until the June deadline to pay.\n",
        published="2025-06-02",
    )
    assert _dated(by_amount(facts, "150000")) != "2025-06"


# Family 5 — a sentence opening on the month its body acted ("In June the Committee found
# that the adverts were misleading. It fined the operator …"): the measures told in it and
# the next sentences have that month, as they would have the day of an "On 3 May …" opening.


def test_a_finding_opening_on_its_month_dates_the_fine_told_next() -> None:
    facts = extract(
        "The most visible case involved mobile operator Kunene Net. In June the Namibian "
        "Competition Commission found that its unlimited-data adverts were misleading. It "
        "fined the operator N$375,000 and ordered it to withdraw the adverts within ten days.\n",
        published="2025-09-24",
    )
    assert _dated(by_amount(facts, "375000")) == "2025-06"
    orders = [f for f in facts if f.action == "order"]
    assert orders and all(_dated(o) == "2025-06" for o in orders)


def test_a_conclusion_opening_on_month_and_year_dates_the_penalty_told_next() -> None:
    facts = extract(
        "In March 2024, the Competition Commission of Mauritius concluded that Island Bulk Ltd "
        "had abused its dominant position in cement imports. The Commission imposed a "
        "financial penalty of Rs 9 million on the company.\n",
        published="2025-01-10",
    )
    assert _dated(by_amount(facts, "9000000")) == "2024-03"


def test_a_month_opening_does_not_date_a_court_ruling_told_after_a_heading() -> None:
    facts = extract(
        "In June the Namibian Competition Commission found that Kunene Net's adverts were "
        "misleading.\n\n"
        "**Appeal**\n\n"
        "The High Court of Namibia later cut the fine to N$200,000.\n",
        published="2025-09-24",
    )
    assert all(_dated(f) != "2025-06" for f in facts if f.action == "ruling")


def test_a_month_opening_naming_the_regulator_by_its_role_dates_the_fine_told_next() -> None:
    facts = extract(
        "The Namibian Competition Commission has had a busy year.\n\n"
        "In June the Commission found that Kunene Net's adverts were misleading. It fined the "
        "operator N$375,000.\n",
        published="2025-09-24",
    )
    assert _dated(by_amount(facts, "375000")) == "2025-06"
