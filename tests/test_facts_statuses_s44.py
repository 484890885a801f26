"""What happened next, told in follow-up and round-up copy (invented, other countries and
regulators): a fine not yet paid with days left to pay, a penalty settled or wired by its
sum, a payment begun or its first instalment paid, a fine "paid and not challenged", a
measure the regulator "considers complied with", and a person called by one of the words of
a double surname ("Julián Arrieta Sanz" … "Mr Arrieta") — each given to the fact it is
about, and never to another party's fact."""

from __future__ import annotations

from assistant.facts import Fact

from .test_facts_general import by_amount, extract


def statuses(fact: Fact) -> set[str]:
    return {s.status for s in fact.statuses}


def of_kind(facts: list[Fact], action: str) -> list[Fact]:
    return [f for f in facts if f.action == action]


# --- Not paid: still to come -------------------------------------------------------------------


def test_a_fine_not_yet_paid_with_days_left_to_pay_is_not_paid() -> None:
    facts = extract(
        "**Jamaica.** The Financial Services Commission fined Montego Assurance Ltd J$4 million "
        "on 3 March for late filings. The fine has not yet been paid; the insurer has 30 days "
        "to pay.\n\n"
        "**Belize.** The Central Bank fined Corozal Credit Union BZ$60,000, which it paid."
    )
    assert "not_paid" in statuses(by_amount(facts, "4000000"))
    assert "not_paid" not in statuses(by_amount(facts, "60000"))


def test_days_left_to_pay_alone_is_not_paid() -> None:
    facts = extract(
        "Botswana's Non-Bank Financial Institutions Regulatory Authority fined Kgalagadi Micro "
        "Lenders (Pty) Ltd P350,000 on Monday for lending without affordability checks. The "
        "lender has fourteen days to pay or to ask for a review."
    )
    assert "not_paid" in statuses(by_amount(facts, "350000"))


# --- Paid: the sum named, other verbs -----------------------------------------------------------


def test_a_penalty_settled_by_its_sum_is_paid() -> None:
    facts = extract(
        "Securities dealer Cibao Valores S.A. has settled the RD$12 million penalty that the "
        "Dominican securities superintendency imposed on it in January, the firm said."
    )
    assert "paid" in statuses(by_amount(facts, "12000000"))


def test_a_fine_transferred_or_wired_is_paid() -> None:
    facts = extract(
        "The Slovenian Securities Market Agency fined Sava Capital d.o.o. €45,000 in April for "
        "late reporting. Sava Capital has since transferred the full amount to the agency.\n\n"
        "Separately the agency fined Kras Invest d.d. €120,000. Kras Invest said it disagrees "
        "with the findings."
    )
    assert "paid" in statuses(by_amount(facts, "45000"))
    assert "paid" not in statuses(by_amount(facts, "120000"))


def test_which_the_company_paid_at_the_end_of_the_sentence_is_paid() -> None:
    facts = extract(
        "The Insurance Regulatory Authority of Kenya fined Tana Mutual Assurance KSh 3 million "
        "in November for late filing of its solvency returns, which the company paid."
    )
    assert "paid" in statuses(by_amount(facts, "3000000"))


# --- Paid in part -------------------------------------------------------------------------------


def test_a_first_payment_wired_is_paid_in_part() -> None:
    facts = extract(
        "Colombia's Superintendency of Industry and Commerce fined Andes Pagos S.A.S. 900 "
        "million pesos in August. A spokesperson said the first payment of 300 million pesos "
        "had already been wired to the superintendency, with the rest due in June."
    )
    fine = by_amount(facts, "900000000")
    assert "partially_paid" in statuses(fine)
    assert "paid" not in statuses(fine)


def test_a_payment_begun_is_paid_in_part() -> None:
    facts = extract(
        "Ukrainian telecoms operator Karpaty Zv'yazok has begun paying the UAH 8 million fine "
        "the national regulator imposed in March, in monthly instalments."
    )
    assert "partially_paid" in statuses(by_amount(facts, "8000000"))


def test_the_first_instalment_told_without_its_noun_is_paid_in_part() -> None:
    facts = extract(
        "The Czech Trade Inspection Authority fined Vltava Reisen s.r.o. CZK 1.2 million. The "
        "company was allowed to pay the fine in four quarterly instalments. The first was paid "
        "in January, the inspectorate said."
    )
    assert "partially_paid" in statuses(by_amount(facts, "1200000"))


# --- Not appealed ----------------------------------------------------------------------------


def test_paid_and_not_challenged_is_paid_and_not_appealed() -> None:
    facts = extract(
        "The Lithuanian Competition Council fined Nemunas Logistika UAB €150,000 in 2023 for "
        "bid rigging. That fine was paid and never challenged."
    )
    assert {"paid", "not_appealed"} <= statuses(by_amount(facts, "150000"))


# --- Complied -----------------------------------------------------------------------------------


def test_a_prohibition_the_regulator_considers_complied_with_is_complied() -> None:
    facts = extract(
        "Croatia's State Inspectorate banned Jadran Putovanja d.o.o. from advertising its tours "
        "as 'all inclusive'. The inspectorate said it now considers the ban complied with."
    )
    assert "complied" in statuses(of_kind(facts, "ban")[0])


def test_an_order_deemed_complied_with_is_complied() -> None:
    facts = extract(
        "The Ghana Data Protection Commission ordered Accra Fitness Hub Ltd to remove its CCTV "
        "cameras from changing rooms. The order has been deemed complied with after an "
        "inspection in May."
    )
    assert "complied" in statuses(of_kind(facts, "order")[0])


# --- A person called by one word of a double surname ---------------------------------------


def test_a_person_called_by_the_first_of_two_surnames_disputes_their_own_fine() -> None:
    facts = extract(
        "Mexico's securities regulator fined broker Bajío Bursátil S.A. 4 million pesos for "
        "misleading clients. Its former director, Carlos Méndez Ortega, was fined 600,000 pesos "
        "and barred from the market for two years.\n\n"
        "Bajío Bursátil paid the fine within the deadline. Mr Méndez, by contrast, has announced "
        "that he will contest both the fine and the ban in court."
    )
    assert "disputed" in statuses(by_amount(facts, "600000"))
    assert "disputed" in statuses(of_kind(facts, "ban")[0])
    assert "disputed" not in statuses(by_amount(facts, "4000000"))


def test_months_left_to_pay_the_rest_is_paid_in_part_not_unpaid() -> None:
    facts = extract(
        "The Georgian Competition Agency fined Kolkheti Fuel LLC GEL 2 million in 2024. The "
        "company paid GEL 1 million before going to court and now has three months to pay the "
        "remaining half."
    )
    fine = by_amount(facts, "2000000")
    assert "partially_paid" in statuses(fine)
    assert "not_paid" not in statuses(fine)


def test_a_table_row_naming_a_person_with_a_role_is_that_persons_fine() -> None:
    facts = extract(
        "| Date | Regulator | Party | Sanction |\n"
        "|---|---|---|---|\n"
        "| 4 Mar | CMVM | Rui Pedro Couto Amaral (former chairman) | €75.000 |\n\n"
        "The Portuguese securities regulator fined Tejo Gestão de Ativos S.A. €400.000 for "
        "breaching conflict-of-interest rules. Its former chairman, Rui Pedro Couto Amaral, "
        "was fined €75.000.\n\n"
        "Tejo Gestão paid its fine. Mr Couto Amaral, however, said he will challenge the fine "
        "in court."
    )
    assert "disputed" in statuses(by_amount(facts, "75000"))
    assert "disputed" not in statuses(by_amount(facts, "400000"))


# --- A court's outcome for each measure and each party -----------------------------------------


def test_a_suspension_set_aside_in_the_passive_is_the_bans_outcome() -> None:
    facts = extract(
        "The Bank of Namibia imposed a penalty of N$2 million on Etosha Cash Loans (Pty) Ltd "
        "and suspended its microlending licence for three months. Etosha Cash Loans applied to "
        "the High Court to review the decision.\n\n"
        "The court reduced the penalty to N$800,000. The suspension of the licence was set "
        "aside in its entirety."
    )
    assert "overturned" in statuses(of_kind(facts, "ban")[0])
    fine = by_amount(facts, "2000000")
    assert "reduced" in statuses(fine)
    assert "overturned" not in statuses(fine)


def test_each_partys_fate_in_a_court_report_reaches_its_own_measures() -> None:
    facts = extract(
        "The Bank of Namibia imposed a penalty of N$2 million on Etosha Cash Loans (Pty) Ltd "
        "and suspended its microlending licence for three months. In the same month it fined "
        "Kunene Credit (Pty) Ltd N$300,000 for late returns. Both lenders asked the High Court "
        "to set aside the decisions.\n\n"
        "The court reduced Etosha's penalty to N$800,000 and set aside the suspension. "
        "Kunene's application was dismissed and its N$300,000 penalty stands. Kunene Credit "
        "has since paid its penalty."
    )
    assert "overturned" in statuses(of_kind(facts, "ban")[0])
    kunene = by_amount(facts, "300000")
    assert {"upheld", "paid"} <= statuses(kunene)
    assert "reduced" not in statuses(kunene)
    assert "upheld" not in statuses(by_amount(facts, "2000000"))


def test_the_fine_stands_at_a_figure_is_not_a_judgment() -> None:
    facts = extract(
        "Italy's AGCM fined Tirreno Traghetti S.p.A. €3 million for misleading fares. The fine "
        "stands as the largest the authority has imposed on a ferry operator."
    )
    assert "upheld" not in statuses(by_amount(facts, "3000000"))


# --- Disputed, told by the company -------------------------------------------------------------


def test_a_company_that_does_not_share_the_authoritys_criteria_and_will_file_a_recurso() -> None:
    facts = extract(
        "LIMA, March 3 (NNA) — Peru's environmental enforcement agency OEFA informed that it "
        "imposed on Pesquera Costa Azul S.A.C. a fine of S/ 2,400,000 for dumping fish waste.\n\n"
        'In a statement, Pesquera Costa Azul said that "it does not share" the criteria of the '
        "authority and that it will file a recurso de apelación against the resolution."
    )
    assert "disputed" in statuses(by_amount(facts, "2400000"))


def test_asking_the_board_to_reconsider_or_an_intention_to_appeal_is_disputed() -> None:
    facts = extract(
        "The Jamaican telecoms regulator fined Blue Mountain Mobile Ltd J$9 million on 4 May "
        "for late number porting. Blue Mountain Mobile said it would ask the board to "
        "reconsider.\n\n"
        "The regulator also fined Negril Broadband Ltd J$2 million. Negril Broadband has "
        "indicated its intention to appeal."
    )
    assert "disputed" in statuses(by_amount(facts, "9000000"))
    assert "disputed" in statuses(by_amount(facts, "2000000"))


def test_the_regulator_saying_it_would_go_to_court_is_not_the_company_disputing() -> None:
    facts = extract(
        "The Kenyan competition authority fined Mombasa Millers Ltd KSh 12 million. The "
        "authority said it would go to court to collect the penalty if it was not paid."
    )
    assert "disputed" not in statuses(by_amount(facts, "12000000"))


# --- Complied -----------------------------------------------------------------------------------


def test_an_order_the_company_says_it_has_done_is_complied() -> None:
    facts = extract(
        "Armenia's Personal Data Protection Agency fined Yerevan Smile Clinic LLC AMD 500,000 "
        "and ordered the clinic to remove the cameras from its treatment rooms within ten "
        "days; the clinic told local media it had done so within the week."
    )
    assert "complied" in statuses(of_kind(facts, "order")[0])


def test_an_order_not_done_so_is_not_complied() -> None:
    facts = extract(
        "Armenia's Personal Data Protection Agency fined Yerevan Smile Clinic LLC AMD 500,000 "
        "and ordered the clinic to remove the cameras from its treatment rooms within ten "
        "days; the agency said the clinic has not done so."
    )
    assert "complied" not in statuses(of_kind(facts, "order")[0])


def test_a_decision_that_a_court_confirmed_and_the_company_paid_is_upheld_and_paid() -> None:
    facts = extract(
        "It is not the first time the Lithuanian Competition Council has fined Baltic Ferries "
        "UAB. In 2021 it fined the company €400,000 for unfair booking fees, a decision that the "
        "Regional Administrative Court in Vilnius confirmed in 2022 and that the carrier paid."
    )
    fine = by_amount(facts, "400000")
    assert {"upheld", "paid"} <= statuses(fine)


def test_a_fine_which_the_company_confirmed_paying_is_not_upheld() -> None:
    facts = extract(
        "The Czech Competition Office fined Morava Foods a.s. CZK 8 million, a fine which the "
        "company confirmed it had paid."
    )
    assert "upheld" not in statuses(by_amount(facts, "8000000"))


def test_the_two_other_companies_appealing_is_not_the_named_companys_appeal() -> None:
    facts = extract(
        "In March 2022 the Portuguese Competition Authority fined three flour mills a combined "
        "€41 million. The individual fines were:\n\n"
        "- Moagem Atlântica S.A.: €22 million\n"
        "- Farinhas do Douro Lda: €12 million\n"
        "- Cereal Minho S.A.: €7 million\n\n"
        "Cereal Minho did not challenge the decision and has paid its fine. The two other "
        "companies appealed to the Competition Court in Santarém."
    )
    minho = by_amount(facts, "7000000")
    assert {"not_appealed", "paid"} <= statuses(minho)
    assert "appealed" not in statuses(minho)
