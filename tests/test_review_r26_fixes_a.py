"""Round-1 review defects (statuses and dates), each on the reviewer's invented input and one
more differently worded, with a case where the rule must still fire."""

from __future__ import annotations

from tests.test_facts_general import extract


def _statuses(body: str, **kw) -> list[tuple[str, list[str]]]:
    return [(f.action, sorted({s.status for s in f.statuses})) for f in extract(body, **kw)]


# --- 1. A court action the regulator announces is its enforcement, not a dispute ----------


def test_the_regulator_taking_the_matter_to_court_is_no_dispute():
    for body in (
        "Spain's CNMC fined Transportes Iberia SL €400,000. The regulator said it would take "
        "the matter to court if the company did not pay within a month.",
        "The Federal Trade Commission fined Acme Widgets Inc. $2 million on Tuesday and said it "
        "would bring an action in federal court to collect the penalty if needed.",
        "Poland's UOKiK fined Wisla Foods PLN 3 million. The office warned that it would go to "
        "court to recover the fine if it remained unpaid.",
    ):
        assert all("disputed" not in st for _, st in _statuses(body)), body


def test_the_party_taking_the_fine_to_court_still_disputes_it():
    for body in (
        "Spain's CNMC fined Transportes Iberia SL €400,000. The company said it would take the "
        "matter to court.",
        "The CNMC fined Transportes Iberia SL €400,000 and the company said it would go to court.",
        "Acme Widgets Inc., which the FTC fined $2 million on Tuesday, said it would bring an "
        "action in federal court against the decision.",
        # the regulator named only as the owner of what is disputed
        "Italy's Garante fined Lazio Energia €2 million. Lazio Energia said it did not share the "
        "Garante's conclusions and would challenge the decision in court.",
    ):
        assert [st for a, st in _statuses(body) if a == "fine"] == [["disputed"]], body


# --- 2. "confirmed in court" / "by the court" ends on the court itself ---------------------


def test_confirmed_in_court_filings_or_by_a_registrar_is_no_ruling():
    for body in (
        "The Bank of Ghana fined Volta Savings GHS 400,000 on Tuesday. The fine was confirmed "
        "in court filings seen by Reuters.",
        "The Bank of Ghana fined Volta Savings GHS 400,000 on Tuesday, as confirmed by the "
        "court's registrar in Accra.",
        "Malta's FIAU fined Gozo Payments Ltd €90,000. The amount was confirmed in court "
        "documents filed by the company's creditors.",
        "Malta's FIAU fined Gozo Payments Ltd €90,000, as confirmed by a court clerk in Valletta.",
    ):
        assert _statuses(body) == [("fine", [])], body


def test_a_fine_confirmed_by_the_court_is_still_upheld():
    for body in (
        "Malta's FIAU fined Gozo Payments Ltd €90,000 in 2022. The fine was confirmed by the "
        "Court of Appeal in March.",
        "Malta's FIAU fined Gozo Payments Ltd €90,000 in 2022. The fine was confirmed in court "
        "last week.",
        "The Bank of Ghana fined Volta Savings GHS 400,000 in 2021, a penalty since confirmed by "
        "the High Court.",
    ):
        assert _statuses(body) == [("fine", ["appealed", "upheld"])], body


# --- 3. A claim turned down is the party's challenge failing only when it is one ----------


def test_a_claim_turned_down_that_is_no_challenge_of_the_fine_is_not_upheld():
    for body in (
        "The Hungarian Competition Authority fined Duna Foods Kft. HUF 50 million on Monday. "
        "Earlier this year the authority rejected the complaint of Duna Foods against a rival "
        "retailer.",
        "Norway's Competition Authority fined Fjell Bygg AS NOK 2 million in 2022. The Market "
        "Council rejected the objections of Fjell Bygg in a decision last week and the company "
        "said it would pay.",
        "The regulator fined Orbit Telecom Ltd KES 5 million on 2 May. The Tribunal, however, "
        "dismissed the claims of consumers against Orbit Telecom for compensation.",
        "Romania's ANCOM fined Carpat Net SRL RON 300,000. A Bucharest court dismissed the "
        "lawsuit brought by Carpat Net against a former supplier over unpaid invoices.",
        "Romania's ANCOM fined Carpat Net SRL RON 300,000. The court turned down the claims "
        "filed by former subscribers, who had sought refunds.",
    ):
        assert all("upheld" not in st for _, st in _statuses(body)), body


def test_the_party_s_challenge_turned_down_by_a_court_is_upheld():
    for body in (
        "Romania's ANCOM fined Carpat Net SRL RON 300,000 in 2022. In May the Bucharest Court of "
        "Appeal dismissed the action brought by Carpat Net against the fine.",
        "Norway's Competition Authority fined Fjell Bygg AS NOK 2 million in 2022. The Borgarting "
        "Court of Appeal rejected the appeal of Fjell Bygg last week.",
        "The regulator fined Orbit Telecom Ltd KES 5 million on 2 May. The Tribunal dismissed "
        "the appeal by the company in October.",
    ):
        assert [st for a, st in _statuses(body) if a == "fine"] == [["appealed", "upheld"]], body


def test_a_challenge_against_the_regulator_turned_down_is_upheld():
    body = (
        "Ireland's Central Bank fined Liffey Credit €300,000 in 2022. The High Court dismissed "
        "the appeal brought by Liffey Credit against the Central Bank in June."
    )
    assert [st for a, st in _statuses(body) if a == "fine"] == [["appealed", "upheld"]]


# --- 4. A missed deadline is the order's only when it is the order's own ------------------


def test_a_missed_deadline_for_something_else_leaves_the_order_alone():
    for body in (
        "Ofcom fined Solent Broadband £200,000 on Monday and ordered it to publish its complaint "
        "figures. Solent Broadband had missed the deadline to submit its annual return in 2023, "
        "which led to the investigation.",
        "The Norwegian Data Protection Authority ordered Fjord Fitness AS on 4 April to delete "
        "the CCTV footage within two weeks. Fjord Fitness had already missed a deadline to "
        "answer the authority's questions in January.",
        "Brazil's ANPD ordered Sertao Saude Ltda to appoint a data protection officer. The "
        "clinic chain failed to meet the deadline for responding to the agency's inquiry last "
        "year.",
    ):
        assert all("not_complied" not in st for _, st in _statuses(body)), body


def test_a_missed_deadline_of_what_the_order_required_is_not_complied():
    for body in (
        "Brazil's ANPD ordered Sertao Saude Ltda to appoint a data protection officer by March. "
        "Sertao Saude missed the deadline to appoint one, the agency said.",
        "Ofcom ordered Solent Broadband to publish its complaint figures by 1 May. Solent "
        "Broadband failed to meet the deadline for publishing them.",
        "The Norwegian Data Protection Authority ordered Fjord Fitness AS to delete the CCTV "
        "footage by 4 April. Fjord Fitness missed the April deadline.",
    ):
        assert [st for a, st in _statuses(body) if a == "order"] == [["not_complied"]], body


# --- 5. A dated decision that is no enforcement does not date the measures after it -------


def _dates(body: str, **kw) -> list[tuple[str, str | None]]:
    return [(f.action, f.date.text if f.date else None) for f in extract(body, **kw)]


def test_a_merger_approval_or_new_guidelines_do_not_date_a_later_fine():
    for body in (
        "On 12 February 2024 the Kenya Competition Authority approved the merger of Rift Millers "
        "and Nakuru Grain. The Competition Authority of Kenya has now fined Rift Millers KES 10 "
        "million for gun-jumping, it said on Monday.",
        "On 4 March 2024 the Competition Authority of Albania issued new guidelines for two "
        "industries. Separately, the Competition Authority of Albania fined Tirana Foods Sh.p.k. "
        "ALL 3 million for misleading labels.",
        "On 9 January 2024 the Competition Authority of Albania adopted new rules for two "
        "sectors. The Competition Authority of Albania fined Tirana Foods Sh.p.k. ALL 3 million "
        "for misleading labels.",
    ):
        assert _dates(body) == [("fine", None)], body


def test_a_dated_enforcement_decision_still_dates_its_measures():
    for body in (
        "On 12 February 2024 the Competition Authority of Kenya adopted a decision against Rift "
        "Millers and Nakuru Grain for bid rigging. Rift Millers was fined KES 10 million.",
        "On 9 January 2024 the Competition Authority of Albania concluded its investigation "
        "into two food producers. It fined Tirana Foods Sh.p.k. ALL 3 million.",
    ):
        assert ("fine", None) not in _dates(body), body


# --- 6. A sentence opening on a month dates the measures after it only if it decides ------


def test_an_investigation_opened_in_a_month_does_not_date_the_fine_told_next():
    for body in (
        "In January the Financial Conduct Authority opened an investigation into Severn Brokers "
        "Ltd. The FCA fined Severn Brokers Ltd £450,000, the regulator announced.",
        "On 2 February 2024 the Central Bank of Ireland launched an inquiry into Liffey Credit "
        "DAC. The Central Bank fined Liffey Credit DAC €300,000.",
        "In April the Danish Financial Supervisory Authority received a complaint about Nordhavn "
        "Pension A/S. The authority fined Nordhavn Pension A/S DKK 2 million.",
    ):
        assert _dates(body) == [("fine", None)], body


def test_a_decision_opening_on_its_month_still_dates_the_fine_told_next():
    for body in (
        "In January the Financial Conduct Authority decided to sanction Severn Brokers Ltd. The "
        "FCA fined Severn Brokers Ltd £450,000 and banned its director.",
        "In April the Danish Financial Supervisory Authority concluded that Nordhavn Pension A/S "
        "had breached its investment rules. The authority fined Nordhavn Pension A/S DKK 2 "
        "million.",
    ):
        dates = dict(_dates(body))
        assert dates["fine"] == ("2024-01" if "January" in body else "2024-04"), body


# --- 13. A month's meeting still to come, or a court's hearing, does not date the measure --


def test_a_meeting_to_come_or_the_appeal_hearing_does_not_date_the_fine():
    for body in (
        "Harbour Foods' appeal against the €500,000 fine imposed by the authority will be heard "
        "at the tribunal's September hearing.",
        "The regulator will decide at its September meeting whether to fine Harbour Foods "
        "€500,000, the regulator's spokesman said.",
        "Lisbon Fresh's challenge to the €80,000 penalty is due to be decided at the court's "
        "November sitting.",
        "The board is expected to consider at its October session whether to fine Douro Wines "
        "€200,000.",
    ):
        assert all(d is None for _, d in _dates(body)), body


def test_a_measure_decided_at_a_past_month_s_meeting_still_has_that_month():
    for body in (
        "Spain's CNMC fined Iberia Foods SL €300,000 at its March meeting.",
        "At the board's April session, the regulator fined Douro Wines €200,000.",
    ):
        assert [d for _, d in _dates(body)] == ["2024-03" if "March" in body else "2024-04"], body


# --- 17. "Other sanctions" is the same decision's other measures, not other cases ---------


def test_a_section_of_the_decision_s_other_sanctions_is_dated_by_the_decision():
    for heading in ("**Other sanctions**", "## Other penalties"):
        body = (
            "On 13 November 2025, a panel of the Manitoba Securities Commission approved a "
            "settlement agreement with Red River Capital Inc. and its chief executive, Dale "
            "Toews.\n\n**The penalty**\n\nRed River Capital agreed to pay an administrative "
            f"penalty of $150,000.\n\n{heading}\n\nMr. Toews is prohibited from acting as a "
            "director of any issuer for seven years."
        )
        dates = dict(_dates(body, published="2025-11-20"))
        assert dates["ban"] == "2025-11-13", heading


def test_a_section_of_earlier_sanctions_is_still_other_cases():
    body = (
        "On 13 November 2025, a panel of the Manitoba Securities Commission approved a "
        "settlement agreement with Red River Capital Inc.\n\n**The penalty**\n\nRed River "
        "Capital agreed to pay an administrative penalty of $150,000.\n\n**Earlier sanctions**"
        "\n\nThe commission also fined Red River Capital $40,000 for late filings."
    )
    assert dict(_dates(body, published="2025-11-20"))["fine"] is None


# --- _same_sum: what is paid of one decision's sum is not paid of another year's ----------


def test_an_instalment_of_an_earlier_years_fine_is_not_paid_of_this_years():
    for body in (
        "The Croatian Competition Agency fined Adria Mills d.d. €100,000 on 4 March 2024 for "
        "price fixing. In 2021 it had fined Adria Mills d.d. €100,000 for a different cartel; "
        "the first instalment of that fine was paid in 2022.",
        "Slovenia's AVK fined Sava Foods d.o.o. €50,000 on 2 May 2024. Sava Foods d.o.o. was "
        "also fined €50,000 in 2020, and has so far paid half of that fine.",
    ):
        facts = extract(body)
        paid = sorted(
            f.date.text[:4] for f in facts if any(s.status == "partially_paid" for s in f.statuses)
        )
        assert paid in (["2021"], ["2020"]), (body, paid)


def test_a_decision_to_open_an_inquiry_does_not_date_the_fine_told_next():
    for body in (
        "On 5 January 2024 Ireland's Data Protection Commission decided to open an inquiry into "
        "Liffey Apps Ltd. The Data Protection Commission fined Liffey Apps Ltd €300,000 for "
        "failing to respond to access requests.",
        "On 8 March 2024 the Competition Authority of Albania resolved to launch a formal "
        "investigation into Tirana Foods Sh.p.k. The Competition Authority of Albania fined "
        "Tirana Foods Sh.p.k. ALL 3 million.",
    ):
        assert _dates(body) == [("fine", None)], body
