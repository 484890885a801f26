"""Statuses told in ways met in blind sets 22 and 23, on invented copy (S26, round 2)."""

from __future__ import annotations

from tests.test_facts_general import extract


def _statuses(facts, amount: int) -> set[str]:
    return {s.status for f in facts if f.amount and f.amount.amount == amount for s in f.statuses}


# --- Nothing paid, "so far" ----------------------------------------------------------------


def test_paid_nothing_so_far_is_not_paid() -> None:
    facts = extract(
        "The Energy Regulatory Office fined Balkan Grid d.o.o. €450,000 in March for failing to "
        "publish its tariffs. The regulator says Balkan Grid has paid nothing so far."
    )
    assert "not_paid" in _statuses(facts, 450000)
    assert "partially_paid" not in _statuses(facts, 450000)


def test_nothing_has_been_paid_is_not_paid() -> None:
    facts = extract(
        "The Telecommunications Authority imposed a fine of N25 million on Lagos Wave Ltd in "
        "June. Eight months on, nothing has been paid, the authority said."
    )
    assert _statuses(facts, 25000000) == {"not_paid"}


def test_paid_most_of_it_so_far_is_still_a_part_paid() -> None:
    facts = extract(
        "The Competition Authority fined Adriatic Cement €2 million in 2024. Adriatic has "
        "paid €1.5 million so far."
    )
    assert "partially_paid" in _statuses(facts, 2000000)


# --- A payment still to come: time given to pay, paying once a judgment is final ----------


def test_time_granted_to_pay_is_not_paid_yet() -> None:
    facts = extract(
        "Magistrate Ruth Mensah fined Tema Oil Depot Ltd GH₵80,000 on Tuesday for storing "
        "fuel in unapproved tanks. The company was given 21 days to pay."
    )
    assert _statuses(facts, 80000) == {"not_paid"}


def test_paying_once_the_judgment_is_final_is_not_paid_yet() -> None:
    facts = extract(
        "The Administrative Court cut the fine the Financial Supervisory Authority had imposed "
        "on Baltic Pension Fund from €300,000 to €120,000. The fund said it would pay the "
        "reduced fine once the judgment becomes final."
    )
    assert "not_paid" in _statuses(facts, 120000) | _statuses(facts, 300000)
    assert "paid" not in _statuses(facts, 120000) | _statuses(facts, 300000)


def test_an_appeal_suspending_payment_leaves_it_unpaid() -> None:
    facts = extract(
        "The Competition Commission fined Savanna Breweries Ltd US$ 300,000 for failing to "
        "notify a merger. Savanna has appealed, and the appeal suspends payment of the fine."
    )
    assert {"appealed", "not_paid"} <= _statuses(facts, 300000)


def test_a_fine_paid_within_the_time_given_is_paid() -> None:
    facts = extract(
        "The magistrate fined Tema Oil Depot Ltd GH₵80,000 and gave it 21 days to pay. The "
        "company paid the fine a week later."
    )
    assert "paid" in _statuses(facts, 80000)


# --- An order complied with: "which it did", done late -----------------------------------


def _order_statuses(facts) -> set[str]:
    return {s.status for f in facts if f.action == "order" for s in f.statuses}


def test_an_order_followed_by_which_the_company_did_is_complied_with() -> None:
    facts = extract(
        "The Communications Authority fined Lakeview Broadband Ltd KSh 3 million. The "
        "authority ordered Lakeview to take down the unlicensed transmitters within 72 hours, "
        "which the company did."
    )
    assert "complied" in _order_statuses(facts)


def test_an_order_done_days_after_its_deadline_is_complied_with_late() -> None:
    facts = extract(
        "The Fair Trading Commission fined Harbour Motors Ltd BDS$60,000 and ordered it to "
        "publish corrective notices within 14 days.\n\nThe notices ran in both papers on "
        "May 3, nine days after the deadline, the Commission said."
    )
    assert "complied" in _order_statuses(facts)


def test_an_order_the_company_did_not_carry_out_is_not_complied_with() -> None:
    facts = extract(
        "The Communications Authority ordered Lakeview Broadband Ltd to take down the "
        "transmitters within 72 hours, which the company did not do."
    )
    assert "complied" not in _order_statuses(facts)


def test_a_report_filed_weeks_late_is_complied_with() -> None:
    facts = extract(
        "The Data Protection Authority ordered Northwind Telecom AS to file an audit report "
        "by 1 March and fined it NOK 2 million. The report was filed three weeks late."
    )
    assert "complied" in _order_statuses(facts)


# --- A review not sought ------------------------------------------------------------------


def test_review_not_sought_is_not_appealed() -> None:
    facts = extract(
        "In the same decision, the Competition Authority fined Blantyre Feeds Ltd MWK 30 million. "
        "Blantyre Feeds did not seek review of the decision and paid the fine in June."
    )
    assert {"not_appealed", "paid"} <= _statuses(facts, 30000000)


def test_judicial_review_never_applied_for_is_not_appealed() -> None:
    facts = extract(
        "The Gambling Commission fined Lucky Star Betting Ltd £400,000. The operator has not "
        "applied for judicial review, and the deadline has passed."
    )
    assert "not_appealed" in _statuses(facts, 400000)


def test_judicial_review_sought_is_no_review_not_sought() -> None:
    facts = extract(
        "The Gambling Commission fined Lucky Star Betting Ltd £400,000. The operator has "
        "applied for judicial review of the decision."
    )
    assert "not_appealed" not in _statuses(facts, 400000)


# --- The party calling its sanction excessive ---------------------------------------------


def test_a_party_considering_its_fine_excessive_disputes_it() -> None:
    facts = extract(
        "The consumer authority fined Shoprite Mozambique 4,5 milhões de meticais for selling "
        "expired goods. The chain's director said it considers the amount of the fine "
        "excessive but has paid it."
    )
    assert {"disputed", "paid"} <= _statuses(facts, 4500000)


def test_a_party_calling_its_penalty_disproportionate_disputes_it() -> None:
    facts = extract(
        "The Information Commissioner fined Northgate Clinics Ltd £120,000. Northgate called "
        "the penalty disproportionate."
    )
    assert "disputed" in _statuses(facts, 120000)


def test_a_regulator_explaining_a_fine_is_not_excessive_is_no_dispute() -> None:
    facts = extract(
        "The Information Commissioner fined Northgate Clinics Ltd £120,000 and said the fine "
        "was not excessive given the company's turnover."
    )
    assert "disputed" not in _statuses(facts, 120000)


def test_payment_an_appeal_does_not_suspend_is_not_a_payment_to_come() -> None:
    facts = extract(
        "The Competition Council fined Brasov Motors SRL RON 4 million in March 2024. Because "
        "an appeal does not suspend payment, the dealer paid the fine in full in May 2024 and "
        "then challenged it in court.",
        published="2025-02-10",
    )
    statuses = {s.status for s in next(f for f in facts if f.amount).statuses}
    assert "paid" in statuses and "not_paid" not in statuses
