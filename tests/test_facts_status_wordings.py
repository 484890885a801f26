"""How copy in other countries and styles says what happened to a measure after it was taken,
on invented articles: a fine settled, recovered or still outstanding, a decision contested
before a council of state or under appeal, set aside by a court, orders complied with in
other words — and statuses told of several parties at once ("all three banks have paid")."""

from __future__ import annotations

import pytest

from assistant.facts import Fact

from .test_facts_general import by_amount, extract


def statuses(fact: Fact) -> set[str]:
    return {s.status for s in fact.statuses}


def of_party(facts: list[Fact], word: str, action: str) -> Fact:
    found = [f for f in facts if f.action == action and f.respondent and word in f.respondent.text]
    assert len(found) == 1, [(f.action, f.respondent) for f in facts]
    return found[0]


# A Belgian business daily, a Kenyan wire, a Maltese follow-up: the fine told, then its fate.
_BRUSSELS = (
    "BRUSSELS — The Belgian Competition Authority has fined Vandersteen Bouwmaterialen NV, a "
    "builders' merchant, EUR 3.1 million for fixing the prices of roof tiles with two rivals. "
)
_VALLETTA = (
    "VALLETTA — The Malta Financial Services Authority fined the payment institution Qormi "
    "Payments Ltd EUR 215,000 in March for weak anti-money-laundering controls. "
)


@pytest.mark.parametrize(
    "told",
    [
        "Vandersteen has since settled the penalty, a spokesperson said.",
        "The fine has since been settled, according to the authority's annual report.",
        "The sum was recovered in full in May.",
        "The penalty was collected by the tax office in June.",
        "Vandersteen has discharged the penalty.",
    ],
)
def test_a_fine_settled_or_recovered_is_paid(told: str) -> None:
    fine = by_amount(extract(_BRUSSELS + told), "3100000")
    assert "paid" in statuses(fine)


@pytest.mark.parametrize(
    "told",
    [
        "Six months on, the fine remains outstanding.",
        "The penalty is still outstanding, the regulator said.",
        "Qormi Payments has not settled the fine.",
        "The amount has not been settled, the authority said.",
    ],
)
def test_a_fine_outstanding_is_not_paid(told: str) -> None:
    fine = by_amount(extract(_VALLETTA + told), "215000")
    assert statuses(fine) & {"not_paid"}
    assert "paid" not in statuses(fine)


def test_a_fine_settled_at_a_figure_is_not_paid() -> None:
    fine = by_amount(
        extract(_VALLETTA + "The penalty was settled at the lower end of the range."), "215000"
    )
    assert "paid" not in statuses(fine)


@pytest.mark.parametrize(
    "told",
    [
        "Vandersteen is contesting the decision before the Council of State.",
        "An appeal has been lodged with the Brussels Market Court.",
        "The decision is under appeal.",
        "The fine is the subject of an appeal before the Market Court.",
        "Vandersteen has brought an action for annulment.",
        "Vandersteen sought judicial review of the decision in April.",
        "Vandersteen is challenging the fine.",
    ],
)
def test_a_challenge_in_other_words_is_an_appeal(told: str) -> None:
    fine = by_amount(extract(_BRUSSELS + told), "3100000")
    assert "appealed" in statuses(fine)


@pytest.mark.parametrize(
    "told",
    [
        "At the time of writing, we are not aware that an appeal has been filed.",
        "The decision is subject to appeal within 30 days.",
        "No appeal was lodged.",
    ],
)
def test_an_appeal_not_vouched_for_is_none(told: str) -> None:
    fine = by_amount(extract(_BRUSSELS + told), "3100000")
    assert "appealed" not in statuses(fine)


@pytest.mark.parametrize(
    "told",
    [
        "In October the Market Court set aside the fine.",
        "The fine was later cancelled by the Market Court.",
    ],
)
def test_a_court_undoing_the_fine_overturns_it(told: str) -> None:
    fine = by_amount(extract(_BRUSSELS + "Vandersteen appealed. " + told), "3100000")
    assert "overturned" in statuses(fine)


def test_a_penalty_paid_without_challenge_is_paid_and_not_appealed() -> None:
    facts = extract(
        "In November the Commission fined Harbourview Motors Ltd NZ$40,000 for misleading "
        "odometer readings, a penalty the dealer paid without challenge."
    )
    fine = by_amount(facts, "40000")
    assert {"paid", "not_appealed"} <= statuses(fine)


# A Scandinavian regulator's order, and a Pacific court report: what was ordered, done.
_ORDERED = (
    "The Data Inspectorate fined Kestrel Retail AB SEK 2 million on 3 March and ordered it to "
    "stop filming staff in its break rooms. "
)


@pytest.mark.parametrize(
    "told",
    [
        "Kestrel Retail has since brought its systems into line.",
        "Kestrel Retail has since remedied the breaches, the inspectorate said.",
        "The company complied with the order within a week.",
    ],
)
def test_an_order_carried_out_in_other_words_is_complied_with(told: str) -> None:
    order = of_party(extract(_ORDERED + told), "Kestrel", "order")
    assert "complied" in statuses(order)


@pytest.mark.parametrize(
    "told",
    [
        "The order has yet to be complied with.",
        "Kestrel Retail has yet to comply.",
    ],
)
def test_an_order_still_to_be_carried_out_is_not_complied_with(told: str) -> None:
    order = of_party(extract(_ORDERED + told), "Kestrel", "order")
    assert "not_complied" in statuses(order)


def test_a_duty_to_see_compliance_is_no_compliance() -> None:
    facts = extract(
        _ORDERED + "It also fined the former store manager, Lars Berg, SEK 50,000 for failing "
        "to ensure that the company complied with the order."
    )
    assert "complied" not in statuses(of_party(facts, "Kestrel", "order"))


# Several parties fined in one decision, then one statement about all of them.
_THREE_BANKS = (
    "LUSAKA — The Bank of Zambia fined Mpika Commercial Bank ZMW 3 million, Luangwa Savings "
    "Bank ZMW 2 million and Kafue Trust Bank ZMW 4 million for breaching foreign exchange "
    "rules.\n\n"
)


@pytest.mark.parametrize(
    ("told", "status"),
    [
        ("All three banks have paid, the central bank said.", "paid"),
        ("The banks have since paid.", "paid"),
        ("The fines have been paid in full.", "paid"),
        ("All three have lodged appeals with the High Court.", "appealed"),
    ],
)
def test_a_statement_about_every_party_is_each_one_s(told: str, status: str) -> None:
    facts = extract(_THREE_BANKS + told)
    for amount in ("3000000", "2000000", "4000000"):
        assert status in statuses(by_amount(facts, amount)), amount


def test_both_is_the_two_parties_told_last() -> None:
    facts = extract(
        "The Bank of Zambia fined Mpika Commercial Bank ZMW 3 million in January.\n\n"
        "In March it fined Luangwa Savings Bank ZMW 2 million and Kafue Trust Bank ZMW 4 "
        "million for late reporting. Both banks have appealed."
    )
    assert "appealed" not in statuses(by_amount(facts, "3000000"))
    assert "appealed" in statuses(by_amount(facts, "2000000"))
    assert "appealed" in statuses(by_amount(facts, "4000000"))


def test_the_other_banks_are_not_every_bank() -> None:
    facts = extract(
        _THREE_BANKS + "Mpika Commercial Bank has paid. The other two banks have appealed."
    )
    assert "appealed" not in statuses(by_amount(facts, "3000000"))


# A court report in Norway, told from the party's side as often as from the court's.
_OSLO = (
    "OSLO — The Competition Authority fined Norvik Foods AS NOK 12 million in March for "
    "price fixing. "
)


@pytest.mark.parametrize(
    ("told", "status"),
    [
        ("Norvik Foods lost its appeal in November.", "upheld"),
        ("Norvik Foods won its appeal in November.", "overturned"),
        ("The Market Court threw out the fine in November.", "overturned"),
        ("Norvik Foods has launched legal proceedings to overturn the decision.", "appealed"),
        ("Norvik Foods has made the payment, the authority said.", "paid"),
    ],
)
def test_the_party_s_side_of_the_outcome(told: str, status: str) -> None:
    fine = by_amount(extract(_OSLO + told), "12000000")
    assert status in statuses(fine)


def test_each_clause_tells_its_own_party_s_status() -> None:
    facts = extract(
        _OSLO + "\n\nIn a separate decision, it fined Fjord Bakeri AS NOK 3 million.\n\n"
        "Norvik Foods has since paid its fine, while Fjord Bakeri is appealing."
    )
    assert statuses(by_amount(facts, "12000000")) == {"paid"}
    assert statuses(by_amount(facts, "3000000")) == {"appealed"}


def test_a_court_outcome_naming_the_fine_is_not_the_daily_penalty_s() -> None:
    facts = extract(
        "The Financial Supervisory Authority fined Saaremaa Laenud AS EUR 400,000 in May and "
        "imposed a penalty payment of EUR 2,000 a day until it fixes its credit checks. "
        "The company lost its legal challenge to the fine itself in October."
    )
    assert "upheld" in statuses(by_amount(facts, "400000"))
    assert "upheld" not in statuses(by_amount(facts, "2000"))


@pytest.mark.parametrize(
    ("told", "status"),
    [
        ("Each bank has paid its fine.", "paid"),
        ("None of the banks has paid.", "not_paid"),
        ("The three lenders, which deny wrongdoing, have appealed.", "appealed"),
        ("They have all paid, the central bank said.", "paid"),
    ],
)
def test_every_party_in_other_words(told: str, status: str) -> None:
    facts = extract(_THREE_BANKS + told)
    for amount in ("3000000", "2000000", "4000000"):
        assert status in statuses(by_amount(facts, amount)), amount
    if status == "not_paid":
        assert "paid" not in statuses(by_amount(facts, "3000000"))


def test_a_name_s_kind_word_names_no_one_bank() -> None:
    facts = extract(
        _THREE_BANKS + "Mpika Commercial Bank and Kafue Trust Bank have paid; Luangwa Savings "
        "Bank has appealed."
    )
    assert statuses(by_amount(facts, "2000000")) == {"appealed"}
    assert statuses(by_amount(facts, "3000000")) == {"paid"}


@pytest.mark.parametrize(
    ("told", "status"),
    [
        ("Norvik Foods paid on 2 May.", "paid"),
        ("The decision was challenged in court by Norvik Foods.", "appealed"),
        ("The decision was contested before the Market Court.", "appealed"),
    ],
)
def test_paid_on_a_date_and_challenged_in_the_passive(told: str, status: str) -> None:
    fine = by_amount(extract(_OSLO + "\n\n" + told), "12000000")
    assert status in statuses(fine)


@pytest.mark.parametrize(
    "told",
    [
        "Rio Coco has filed a recurso de revisión with the Superintendent.",
        "Rio Coco lodged a recurso de apelación in December.",
    ],
)
def test_a_challenge_named_in_its_own_language_is_an_appeal(told: str) -> None:
    facts = extract(
        "MANAGUA — The banking superintendency fined Financiera Rio Coco, S.A. C$1,200,000 "
        "over abusive debt collection. " + told
    )
    assert "appealed" in statuses(by_amount(facts, "1200000"))


def test_a_review_of_the_fine_and_the_suspension_is_of_both() -> None:
    facts = extract(
        "ADDIS ABABA — The central bank fined three banks on Tuesday.\n\nVolta Heritage Bank "
        "must pay 18.5 million birr and has been suspended from trading on the interbank "
        "foreign exchange market for three months, the statement said.\n\nVolta Heritage has "
        "lodged a request for review of both the fine and the suspension with the central "
        "bank's board."
    )
    assert "appealed" in statuses(by_amount(facts, "18500000"))
    assert "appealed" in statuses(of_party(facts, "Volta", "ban"))
