"""What happened next, told in other words (invented copy, other countries and regulators):
a company that does not agree with a fine or is considering its options, an appeal announced
in its own language, a hearing asked for at a hearings office, an administrative dispute
before a court, a table's outcome column, "accepted the decision and paid", paid within the
deadline, the accrued amount of a periodic penalty paid, an order the company complied with,
a court's ruling on one part of a decision, a person's appeal dismissed — each given to the
fact it is about, and never to another party's or another measure's fact."""

from __future__ import annotations

from assistant.fact_model import Located
from assistant.fact_statuses import _named_at
from assistant.facts import Fact

from .test_facts_general import by_amount, extract


def statuses(fact: Fact) -> set[str]:
    return {s.status for s in fact.statuses}


def of_kind(facts: list[Fact], action: str) -> list[Fact]:
    return [f for f in facts if f.action == action]


# --- Disputed ---------------------------------------------------------------------------------


def test_a_company_that_does_not_agree_with_the_fine_disputes_it() -> None:
    facts = extract(
        "The Bank of Ghana fined Adom Savings Ltd GH₵ 600,000 on Monday for weak customer "
        'checks. A spokesman told reporters the lender "does not agree with the size of the '
        'fine" and is preparing its arguments.'
    )
    assert "disputed" in statuses(by_amount(facts, "600000"))


def test_considering_its_options_on_the_penalty_is_for_the_penalty_told_before() -> None:
    facts = extract(
        "The Fiji Commerce Commission imposed a penalty of FJ$900,000 on Bula Mobile Ltd for "
        "misleading data plans.\n\n"
        'Bula Mobile said it was "considering all options" on the penalty, including a court '
        "review.\n\n"
        "In 2021 the commission fined Bula Mobile FJ$40,000 over roaming charges. That fine "
        "was paid."
    )
    assert "disputed" in statuses(by_amount(facts, "900000"))
    assert "disputed" not in statuses(by_amount(facts, "40000"))


def test_a_recurso_announced_is_disputed_and_the_measure_not_challenged_is_not_the_fine() -> None:
    facts = extract(
        "The health authority of Nuevo León fined Carnes del Norte S.A. de C.V. 900,000 pesos "
        "for selling meat kept at unsafe temperatures. Carnes del Norte said it will interpose a "
        "recurso de revocación against the fine, and that it will not challenge the closure."
    )
    fine = by_amount(facts, "900000")
    assert "disputed" in statuses(fine)
    assert "not_appealed" not in statuses(fine)


# --- Appealed -----------------------------------------------------------------------------------


def test_a_hearing_requested_at_a_hearings_office_to_contest_the_fine_is_an_appeal() -> None:
    facts = extract(
        "The Oregon Health Authority fined Willamette Care Homes LLC $48,000 for staffing "
        "violations. Willamette Care Homes has requested a contested case hearing at the Office "
        "of Administrative Hearings to contest the fine, its lawyer said."
    )
    assert statuses(by_amount(facts, "48000")) == {"appealed"}


def test_an_administrative_dispute_before_a_court_is_an_appeal_not_a_dispute() -> None:
    facts = extract(
        "The Securities Commission of Montenegro fined Lovćen Invest a.d. EUR 12,000 for "
        "market abuse. Lovćen Invest initiated an administrative dispute before the "
        "Administrative Court against the fine."
    )
    assert statuses(by_amount(facts, "12000")) == {"appealed"}


def test_a_tables_outcome_column_tells_appeals_and_payments() -> None:
    facts = extract(
        "| Country | Regulator | Company | Penalty | Status |\n"
        "|---|---|---|---|---|\n"
        "| Kenya | EPRA | Rift Valley Power Ltd | KSh 5 million fine | Appeal filed at the "
        "tribunal |\n"
        "| Uganda | ERA | Nile Basin Energy Ltd | USh 90 million fine | Paid |\n"
    )
    assert "appealed" in statuses(by_amount(facts, "5000000"))
    assert "paid" in statuses(by_amount(facts, "90000000"))
    assert "paid" not in statuses(by_amount(facts, "5000000"))


# --- Paid ---------------------------------------------------------------------------------------


def test_accepted_the_decision_and_paid_is_paid_and_not_appealed() -> None:
    facts = extract(
        "The Danish Consumer Ombudsman fined Fjordstrøm A/S DKK 400,000 for misleading "
        "price claims. Fjordstrøm has accepted the decision and paid, the ombudsman said."
    )
    assert statuses(by_amount(facts, "400000")) == {"paid", "not_appealed"}


def test_did_not_appeal_and_paid_within_the_deadline_is_paid() -> None:
    facts = extract(
        "The Cayman Islands Monetary Authority fined Seven Mile Trust Ltd. CI$25,000 for late "
        "filings. That firm did not appeal and paid within the 30-day deadline."
    )
    assert statuses(by_amount(facts, "25000")) == {"paid", "not_appealed"}


def test_the_accrued_amount_paid_is_the_periodic_penalty_not_the_fine() -> None:
    facts = extract(
        "The Swedish Consumer Agency imposed a market disruption fee of SEK 2 000 000 on "
        "Norrsken Energi AB and ordered it to stop its misleading adverts, with a conditional "
        "fine of SEK 50 000 for each day the order was breached. Norrsken Energi paid the "
        "accrued amount in June."
    )
    assert "paid" not in statuses(by_amount(facts, "2000000"))
    assert "paid" in statuses(by_amount(facts, "50000"))


def test_a_last_word_of_another_name_does_not_name_a_party() -> None:
    # "Kinabalu Biomass Power" does not name "Nam Xeuang Hydro Power" by its last word
    first = Fact(
        article_id="invented",
        action="fine",
        respondent=Located(text="Stung Tatay Hydro Power Co., Ltd.", start=0, end=33),
        start=0,
        end=40,
    )
    assert _named_at("fined Mukah Biomass Power Sdn Bhd RM80,000.", first) is None
    assert _named_at("Hydro Power said it had paid.", first) == len("Hydro ")
    assert _named_at("The regulator said Power had paid.", first) is not None


# --- Complied -----------------------------------------------------------------------------------


def test_an_order_that_the_company_complied_with_is_complied() -> None:
    facts = extract(
        "In 2022 the Chilean health institute ordered Lácteos del Sur S.A. to recall a batch "
        "of yoghurt without labels, an order that the company complied with, the institute "
        "said at the time."
    )
    assert [statuses(f) for f in of_kind(facts, "order")] == [{"complied"}]


# --- Courts ruling on one part of a decision ----------------------------------------------------


def test_a_court_annulling_the_part_on_the_ban_and_confirming_the_fine() -> None:
    facts = extract(
        "The Securities Commission of North Macedonia fined Vardar Broker AD MKD 300.000 and "
        "banned its director, Mr. Goran Ilievski, from management posts for three years, with "
        "a fine of MKD 60.000 on him.\n\n"
        "Mr. Ilievski initiated an administrative dispute before the Administrative Court "
        "against both the fine and the ban. The court annulled the part of the decision "
        "relating to the ban. The part of the decision on the fine imposed on Mr. Ilievski was "
        "confirmed."
    )
    ban = of_kind(facts, "ban")
    assert ban and "overturned" in statuses(ban[0])
    fine = by_amount(of_kind(facts, "fine"), "60000")
    assert "upheld" in statuses(fine)
    assert "overturned" not in statuses(fine)


def test_her_appeal_dismissed_is_the_persons_not_the_companys() -> None:
    facts = extract(
        "In a judgment delivered on Monday in the Royal Court, Justice Mary Vibert reduced the "
        "penalty on Grève Fund Services Ltd to £150,000. The Commission had imposed a penalty "
        "of £200,000 on Grève Fund Services Ltd in 2024.\n\n"
        "**Former officer loses her appeal**\n\n"
        "The regulator had also fined Grève's former compliance officer, Anne Le Quesne, "
        "£20,000 for failing to report suspicious transfers. Justice Vibert dismissed her "
        "appeal and upheld that penalty in full.\n"
    )
    assert {"upheld", "appealed"} <= statuses(by_amount(facts, "20000"))
    assert "upheld" not in statuses(by_amount(facts, "200000"))


def test_not_at_issue_on_appeal_is_no_appeal() -> None:
    facts = extract(
        "The Saskatchewan energy regulator imposed an administrative penalty of $40,000 on "
        "Prairie Crude Ltd. in 2022. That penalty was paid and was not at issue on appeal."
    )
    assert statuses(by_amount(facts, "40000")) == {"paid"}
