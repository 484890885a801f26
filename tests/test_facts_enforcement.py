"""How enforcement news words court rulings, orders and what happened next, on invented
sentences: each test states one rule of the extractor with wording that appears in no fixture."""

from __future__ import annotations

import pytest

from assistant.parties import respondent_key
from tests.test_facts_general import by_amount, extract


def statuses(fact) -> set[str]:
    return {s.status for s in fact.statuses}


# --- Court rulings ------------------------------------------------------------------------


def test_a_court_cutting_a_fine_on_a_company_with_a_legal_form_sets_the_new_figure() -> None:
    # The legal form's full stop ("B.V. for") does not end the clause "reduced … to".
    facts = extract(
        "The Utrecht District Court has cut the penalty that the Dutch Data Protection "
        "Authority imposed on courier firm Snelpost B.V. for tracking its drivers from "
        "€600,000 to €350,000."
    )
    ruling = by_amount(facts, "350000")
    assert ruling.action == "ruling"
    assert ruling.authority == "Utrecht District Court"
    assert "reduced" in statuses(ruling)
    fine = by_amount(facts, "600000")
    assert fine.action == "fine" and fine.authority == "AP (NL)"
    assert "reduced" in statuses(fine)


def test_a_court_upholding_a_fine_told_before_is_a_ruling_of_the_sections_country() -> None:
    # "Council of State" is the English name of several countries' courts: in a section on
    # Greece it is Greece's, not the French Conseil d'État the lexicon knows by that name.
    facts = extract(
        "## France\n\nThe CNIL fined Lumière Outils SAS €300,000 on 2 May 2024. The CNIL said "
        "the firm kept data too long. The CNIL also warned other retailers.\n\n"
        "## Greece\n\nThe Hellenic Data Protection Authority fined Olympos Tele S.A. €80,000 in "
        "2023. Last month the Council of State upheld that fine."
    )
    rulings = [f for f in facts if f.action == "ruling"]
    assert len(rulings) == 1
    assert rulings[0].authority == "Council of State of Greece"
    assert rulings[0].jurisdiction == "GR"
    assert rulings[0].respondent.text.startswith("Olympos Tele")
    assert "upheld" in statuses(by_amount(facts, "80000"))


def test_a_court_is_called_later_by_the_short_name_the_article_gave_it() -> None:
    facts = extract(
        "The ICO fined Harwick Clinics Ltd £200,000 in March. Harwick has appealed to the "
        "Information Rights Tribunal (IRT).\n\n"
        "Two years ago the IRT upheld the ICO's fine of £150,000 on Marlow Dental Ltd in full."
    )
    rulings = [f for f in facts if f.action == "ruling"]
    assert [r.authority for r in rulings] == ["IRT"]
    assert rulings[0].respondent.text.startswith("Marlow Dental")
    fine = next(f for f in facts if f.action == "fine" and f.amount.amount == 150000)
    assert fine.authority == "ICO" and {"upheld", "appealed"} <= statuses(fine)


def test_a_figure_cut_from_is_not_a_figure_upheld() -> None:
    facts = extract(
        "The Council of State (Consiglio di Stato) partially upheld an appeal by Vela Rossa "
        "S.p.A. against the Garante and cut the fine from EUR 3 mln to EUR 2.2 mln."
    )
    rulings = [f for f in facts if f.action == "ruling"]
    assert [r.amount.amount for r in rulings] == [2200000]


def test_a_judgment_filed_on_a_day_dates_the_ruling() -> None:
    facts = extract(
        "The Regional Administrative Court of Umbria has annulled the €500,000 fine the Garante "
        "imposed on Colle Verde S.r.l. The judgment of the court's second chamber was filed on "
        "4 June 2025.",
        published="2025-06-20",
    )
    ruling = next(f for f in facts if f.action == "ruling")
    assert ruling.date is not None and ruling.date.text == "2025-06-04"


# --- Amounts proposed, and the FCC's words ------------------------------------------------


def test_an_fcc_forfeiture_order_is_a_fine_not_an_order() -> None:
    facts = extract(
        "In March, the FCC issued a $640,000 forfeiture order against Lakeline Telecom Inc., "
        "which had ignored an earlier notice. Lakeline has not paid."
    )
    fine = by_amount(facts, "640000")
    assert fine.action == "fine" and fine.authority == "FCC"
    assert "not_paid" in statuses(fine)
    assert not [f for f in facts if f.action == "order"]


def test_an_amount_a_regulator_had_proposed_is_not_what_was_settled() -> None:
    facts = extract(
        "Harbor Mobile LLC will pay $900,000 under the settlement, far below the $2.6 million "
        "the FCC had originally proposed in a Notice of Apparent Liability."
    )
    assert [(f.action, f.amount.amount) for f in facts if f.amount] == [("settlement", 900000)]


def test_an_amount_proposed_or_sought_before_the_figure_is_not_imposed() -> None:
    facts = extract(
        "The FTC imposed a $3 million penalty on Redfern Apps Inc., below the $7 million fine "
        "its staff had requested. A year earlier the agency had proposed a penalty of "
        "$4 million against Redfern."
    )
    assert [f.amount.amount for f in facts if f.amount] == [3000000]


# --- Orders: undertakings and directions --------------------------------------------------


def test_an_enforceable_undertaking_given_to_a_regulator_is_an_order_against_the_giver() -> None:
    # The subject is far from "undertaking": a long clause describes it.
    facts = extract(
        "The OAIC fined Coastline Energy Pty Ltd A$500,000 on Monday. Coastline, which sells "
        "electricity to 120,000 homes in Queensland and New South Wales, has also given the "
        "OAIC a two-year court-enforceable undertaking."
    )
    orders = [f for f in facts if f.action == "order"]
    assert len(orders) == 1
    assert orders[0].respondent.text.startswith("Coastline")
    assert orders[0].authority == "OAIC"


def test_undertakings_a_regulator_accepted_from_a_company_are_an_order_against_it() -> None:
    facts = extract("The ICO accepted undertakings from Pennant Care Homes Ltd to encrypt laptops.")
    assert [(f.action, f.respondent.text, f.authority) for f in facts] == [
        ("order", "Pennant Care Homes Ltd", "ICO")
    ]


def test_undertakings_meaning_companies_are_no_order() -> None:
    facts = extract("The European Commission fined the undertakings concerned €30 million.")
    assert [f.action for f in facts] == ["fine"]


def test_a_regulator_saying_it_had_directed_a_company_on_a_day_dates_the_direction() -> None:
    # "on 3 March directed X": the date before the verb is no amount before a noun ("the
    # €75,000 fine"), and "said it had on 3 March" dates what it had done, not the saying.
    facts = extract(
        "Separately, Ofcom said it had on 3 March directed Brookline Broadband Ltd, a small "
        "fibre provider, to comply with its General Conditions."
    )
    order = next(f for f in facts if f.action == "order")
    assert order.respondent.text == "Brookline Broadband Ltd"
    assert order.authority == "Ofcom"
    assert order.date is not None and order.date.text == "2024-03-03"


# --- A legal form's full stop, and "that fine was paid" -----------------------------------


def test_a_legal_form_full_stop_before_the_amount_does_not_end_the_sentence() -> None:
    # (Portugal named: "CNPD" is Luxembourg's regulator too, and a shared name the article
    # gives no country for names neither.)
    facts = extract(
        "Portugal's CNPD fined Hospital Vale Claro, S.A. EUR 90,000 in May for losing patient "
        "files. "
        "It follows a smaller sanction last spring, when the CNPD fined the bakery chain "
        "Padaria Serra Alta, Lda. 8,500 euros for filming its staff. That penalty was paid."
    )
    small = by_amount(facts, "8500")
    assert small.respondent.text == "Padaria Serra Alta"
    assert small.authority == "CNPD (PT)"
    assert statuses(small) == {"paid"}
    assert "paid" not in statuses(by_amount(facts, "90000"))


def test_that_fine_was_paid_is_said_of_the_fine_told_last() -> None:
    facts = extract(
        "This week the Garante fined Trattoria Sole €150,000 over its loyalty app. In 2022 it "
        "had fined Pizzeria Bella €20,000 for hidden cameras. That fine was paid."
    )
    assert statuses(by_amount(facts, "20000")) == {"paid"}
    assert "paid" not in statuses(by_amount(facts, "150000"))


# --- What happened after a ban or an order ------------------------------------------------


def test_a_ban_is_complied_with_when_what_it_banned_is_taken_down() -> None:
    # The takedown complies with the ban, not with the order (decided with it) to write to
    # people; and "If it fails to comply" states no failure at all.
    facts = extract(
        "The Estonian Data Protection Inspectorate has banned the debt collector Kuldne Nõue OÜ "
        "from listing debtors on its website and ordered it to write to every person listed. If "
        "it fails to comply, the inspectorate may impose a penalty payment of 3,000 euros. The "
        "page had been taken down by Friday.",
        published="2024-06-07",
    )
    ban = next(f for f in facts if f.action == "ban")
    order = next(f for f in facts if f.action == "order")
    assert statuses(ban) == {"complied"}
    assert statuses(order) == set()


def test_a_lender_suspending_the_banned_app_complies_with_the_ban() -> None:
    facts = extract(
        "The National Privacy Commission banned Maharlika Quick Loans Corp. from processing "
        "borrowers' phone contacts on 2 May. The lender has since suspended the app."
    )
    assert [(f.action, statuses(f)) for f in facts] == [("ban", {"complied"})]


def test_what_was_ordered_deleted_having_been_deleted_complies_with_the_order() -> None:
    facts = extract(
        "The Garante ordered Ortofresco S.r.l. to delete the recordings. The recordings have "
        "since been deleted."
    )
    assert [(f.action, statuses(f)) for f in facts] == [("order", {"complied"})]


def test_a_hearing_requested_before_an_administrative_law_judge_is_an_appeal() -> None:
    facts = extract(
        "On 2 May the Bureau imposed a $90,000 civil money penalty on Seabright Clinic LLC. "
        "Seabright has requested a hearing before an administrative law judge."
    )
    assert "appealed" in statuses(by_amount(facts, "90000"))


def test_periodic_penalties_for_failing_to_act_state_that_the_order_is_unmet() -> None:
    facts = extract(
        "The European Commission imposed periodic penalty payments of €40,000 a day on the "
        "marketplace Kadoplein B.V. for failing to publish its ad library."
    )
    assert "not_complied" in statuses(by_amount(facts, "40000"))


def test_a_measure_in_the_same_decision_is_dated_by_the_decision_told_just_before() -> None:
    # Not by the later decision the article dates elsewhere ("adopted last Friday"), nor by
    # the fine's first, undated, mention at the top of the article.
    facts = extract(
        "BRUSSELS — The European Commission has imposed periodic penalty payments of €40,000 a "
        "day on Kadoplein B.V., five months after fining the company.\n\n"
        "The decision, adopted last Friday, applies from 1 July.\n\n"
        "Kadoplein was fined EUR 12 million on 4 February. In the same decision, the "
        "Commission ordered Kadoplein to publish its ad library within 60 days."
    )
    order = next(f for f in facts if f.action == "order")
    assert order.date is not None and order.date.text == "2024-02-04"


def test_a_deed_the_company_says_it_did_is_its_claim_of_compliance() -> None:
    facts = extract(
        "The Garante ordered Ortofresco S.r.l. to publish a corrected privacy notice. A "
        "spokeswoman said the company had published it in May."
    )
    order = next(f for f in facts if f.action == "order")
    assert [(s.status, s.claim_of) for s in order.statuses] == [("complied", "Ortofresco S.r.l.")]


def test_a_service_restored_after_the_company_addressed_the_issues_complied_with_the_ban() -> None:
    facts = extract(
        "In 2023 the Garante temporarily banned Lumina Chat S.r.l. from processing Italian "
        "users' data and ordered it to run an information campaign. The service was reactivated "
        "a month later, after Lumina addressed the issues."
    )
    assert [(f.action, statuses(f)) for f in facts] == [("ban", {"complied"}), ("order", set())]


def test_a_company_saying_it_no_longer_does_what_was_prohibited_claims_compliance() -> None:
    facts = extract(
        "The FTC banned Quickpost Inc from using contact data for advertising. Quickpost said it "
        "had fixed the issue and was no longer using the data for ads."
    )
    ban = next(f for f in facts if f.action == "ban")
    assert {(s.status, s.claim_of) for s in ban.statuses} == {("complied", "Quickpost Inc")}


def test_a_company_calling_the_measure_unjustified_disputes_it() -> None:
    facts = extract(
        "The Danish regulator banned Fjordlink A/S from tracking app users for advertising. A "
        "Fjordlink spokesperson said the company was surprised by the decision, which it "
        "described as 'unjustified and excessive'."
    )
    ban = next(f for f in facts if f.action == "ban")
    assert {(s.status, s.claim_of) for s in ban.statuses} == {("disputed", "Fjordlink A/S")}


def test_a_legal_form_with_a_slash_stays_whole_after_a_verb() -> None:
    facts = extract("The Danish regulator banned Havblik A/S from selling customer lists.")
    assert [f.respondent.text for f in facts] == ["Havblik A/S"]


# --- Respondents --------------------------------------------------------------------------


def test_a_headline_naming_the_company_with_its_countrys_possessive_names_the_company() -> None:
    # "Peru's Banco X appeals …": the country describes the company; the lead sentence,
    # naming no one sanctioned, is about that company.
    facts = extract(
        "Banco Altiplano Andino S.A.A. is fighting a fine of S/ 2.1 million imposed by the "
        "regulator in court, it said. In the same decision, the regulator fined the bank's "
        "former compliance officer, Lucía Quispe Rojas, S/ 40,000.",
        title="Peru's Banco Altiplano Andino appeals regulator fine",
    )
    assert by_amount(facts, "2100000").respondent.text == "Banco Altiplano Andino"
    assert by_amount(facts, "40000").respondent.text == "Lucía Quispe Rojas"


def test_the_company_a_which_clause_says_was_fined_is_the_respondent() -> None:
    facts = extract(
        "The ruling differs from the case of Borealis Fibra S.L., which the regulator had "
        "fined €450,000 in 2021 for blocking switches.",
        title="Court cuts fine on Norte Móvil",
    )
    assert by_amount(facts, "450000").respondent.text.startswith("Borealis Fibra")


def test_a_decision_document_named_in_its_own_language_dates_the_fine() -> None:
    # "Resolución", "Bescheid", "beschikking": what the decision is called where it was taken.
    facts = extract(
        "The AEPD has fined Ventanal Hogar S.L. €70,000 for unlawful calls, the company said "
        "on Monday. Under Resolución PS/00231/2024, dated 12 March 2024, the firm had called "
        "people on the Robinson list.",
        published="2024-04-02",
    )
    fine = by_amount(facts, "70000")
    assert fine.date is not None and fine.date.text == "2024-03-12"


def test_a_sentence_giving_the_fine_in_another_unit_adds_an_amount_to_it() -> None:
    # Not a second fine: the same one, restated in the unit it was set in.
    facts = extract(
        "The regulator fined Minera Quebrada Alta S.A. CLP 240 million on Monday for late "
        "disclosures. The penalty is equivalent to 6,500 UF, the regulator said.",
        title="Chile fines Minera Quebrada Alta",
    )
    fines = [f for f in facts if f.action == "fine"]
    assert len(fines) == 1
    assert [(o.amount, o.currency) for o in fines[0].other_amounts] == [(6500, "CLF")]


def test_a_person_fined_in_the_same_resolution_is_fined_on_the_decisions_day() -> None:
    facts = extract(
        "The AEPD fined Ventanal Hogar S.L. €70,000 on 12 March 2024 for unlawful calls.\n\n"
        "In the same resolution, the AEPD fined the firm's former marketing director, Pablo "
        "Ruiz Soto, €4,000.",
        published="2024-04-02",
    )
    person = by_amount(facts, "4000")
    assert person.respondent.text == "Pablo Ruiz Soto"
    assert person.date is not None and person.date.text == "2024-03-12"


def test_a_headline_naming_the_party_after_its_penalty_makes_it_the_main_party() -> None:
    # Two companies in the body, the second named more often: the headline says whose story.
    facts = extract(
        "The CRTC imposed a penalty of C$90,000 on 2 May 2025 for unsolicited texts.\n\n"
        "Separately, Pinecrest Loans Ltd. agreed to pay C$40,000. Pinecrest also committed to "
        "train its staff.",
        title="CRTC lowers CASL penalty for Lakeview Roofing after hearing",
    )
    assert by_amount(facts, "90000").respondent.text.startswith("Lakeview Roofing")


# --- Orders -------------------------------------------------------------------------------


def test_what_a_consent_order_says_the_company_must_submit_is_an_order() -> None:
    facts = extract(
        "Brightwater Mutual Insurance Co. has agreed to pay a $900,000 penalty to the New York "
        "State Department of Financial Services under a consent order signed on 3 April 2024. "
        "In addition to the penalty, Brightwater must submit an access-control audit to the "
        "department within 90 days.",
        published="2024-04-10",
    )
    orders = [f for f in facts if f.action == "order"]
    assert len(orders) == 1
    assert orders[0].respondent.text.startswith("Brightwater")
    assert orders[0].date is not None and orders[0].date.text == "2024-04-03"


def test_a_commitment_given_in_an_undertaking_is_an_order_against_who_gave_it() -> None:
    facts = extract(
        "Tamarack Credit Union entered into an undertaking with the CRTC on 4 March 2025 and "
        "agreed to pay C$30,000. Tamarack also undertook to appoint a compliance officer and "
        "to audit its consent records."
    )
    orders = [f for f in facts if f.action == "order"]
    assert [o.respondent.text for o in orders] == ["Tamarack"]
    assert orders[0].date is not None and orders[0].date.text == "2025-03-04"


def test_a_compliance_notice_issued_on_a_day_is_an_order_of_that_day() -> None:
    facts = extract(
        "The Office of the Privacy Commissioner issued a compliance notice to Tui Realty on "
        "3 February 2026 over its tenant forms. Tui Realty has done what the Commissioner "
        "told it to do, the office said.",
        published="2026-05-01",
    )
    (order,) = [f for f in facts if f.action == "order"]
    assert order.respondent.text == "Tui Realty"
    assert order.date is not None and order.date.text == "2026-02-03"
    assert "complied" in statuses(order)


# --- Court awards -------------------------------------------------------------------------


def test_damages_a_tribunal_orders_paid_are_its_ruling_against_the_company() -> None:
    # No regulator's fine: the tribunal's own award, in the country of the story's regulator,
    # and unpaid when the company is said not to have paid.
    facts = extract(
        "The NZ Privacy Commissioner warned landlords about tenant data. In April the Employment "
        "Relations Tribunal ordered Matai Finance Ltd, a lender, to pay $18,000 in damages to "
        "a former employee. Matai Finance has not paid, her lawyer said.",
        published="2026-06-01",
    )
    (ruling,) = [f for f in facts if f.action == "ruling"]
    assert ruling.amount is not None and (ruling.amount.amount, ruling.amount.currency) == (
        18000,
        "NZD",
    )
    assert ruling.respondent.text.startswith("Matai Finance")
    assert ruling.jurisdiction == "NZ"
    assert "not_paid" in statuses(ruling)
    assert not [f for f in facts if f.action == "fine"]


def test_what_the_rules_say_every_company_of_a_kind_must_do_is_no_order() -> None:
    facts = extract(
        "The ICO fined Arden Logistics Ltd £50,000 in May. Under the rules, Controllers must "
        "report breaches within 72 hours and Insurers must submit annual audits."
    )
    assert [f.action for f in facts] == ["fine"]


# --- Rulings told over several sentences --------------------------------------------------


def test_it_cutting_the_fine_right_after_a_sentence_on_the_judgment_is_the_courts_figure() -> None:
    facts = extract(
        "Portugal's Supreme Administrative Court has reduced the fine that the CNPD imposed on "
        "Lusomar Seguros S.A. for weak passwords, and has annulled a second sanction.\n\n"
        "In a judgment dated 4 March 2025, the court's chamber accepted the CNPD's findings. "
        "But it cut the fine from €900,000 to €640,000, citing the insurer's cooperation.",
        published="2025-03-20",
    )
    ruling = by_amount(facts, "640000")
    assert ruling.action == "ruling"
    assert ruling.respondent.text.startswith("Lusomar")
    assert {"reduced", "overturned"} <= statuses(ruling)
    fine = by_amount(facts, "900000")
    assert fine.action == "fine" and "reduced" in statuses(fine)


def test_a_court_called_later_by_its_own_name_upholds_the_fine_told_just_before() -> None:
    facts = extract(
        "Italy's Council of State (Consiglio di Stato) cut a fine on Vela Rossa S.p.A. to "
        "€100,000 in May.\n\n"
        "The case differs from that of Borgo Dati S.r.l., which the Garante fined €300,000 in "
        "2021. The Consiglio di Stato upheld that fine in full in 2024.",
        published="2025-06-01",
    )
    rulings = [f for f in facts if f.action == "ruling" and f.amount is None]
    assert len(rulings) == 1
    assert rulings[0].respondent.text.startswith("Borgo Dati")
    assert "upheld" in statuses(by_amount(facts, "300000"))


def test_a_regulator_reducing_the_penalty_it_had_proposed_reduced_it() -> None:
    facts = extract(
        "The CRTC imposed a penalty of C$120,000 on Birchwood Windows Inc. on 3 May 2025. "
        "The Commission upheld the violations but reduced the penalty, citing losses."
    )
    assert "reduced" in statuses(by_amount(facts, "120000"))


# --- What happened next -------------------------------------------------------------------


def test_a_statement_about_the_daily_penalty_is_about_it_not_the_fixed_one() -> None:
    facts = extract(
        "The CMA has imposed a fixed penalty of £90,000 on Quayside Tours Ltd and a daily "
        "penalty of £8,000 for every day it fails to produce the records it was asked for. "
        "Quayside has paid the £90,000 fixed penalty but has appealed the daily penalty to the "
        "Competition Appeal Tribunal.\n\n"
        "The CMA said on Friday that the company has still not supplied the records and that "
        "the daily penalty keeps accruing."
    )
    fixed, daily = by_amount(facts, "90000"), by_amount(facts, "8000")
    assert daily.action == "penalty_payment"
    assert statuses(fixed) == {"paid"}
    assert {"appealed", "not_complied"} <= statuses(daily)


def test_a_penalty_paid_after_the_appeal_was_rejected_was_appealed_and_upheld() -> None:
    facts = extract(
        "In 2022 the AEPD fined Viajes Costa Brava S.L. €45,000; the firm paid the fine after "
        "its appeal was dismissed."
    )
    assert {"appealed", "upheld", "paid"} <= statuses(by_amount(facts, "45000"))


def test_an_appeal_not_lodged_is_no_appeal() -> None:
    facts = extract(
        "The Czech ÚOOÚ fined Kolín Reality s.r.o. CZK 300,000 in March. The company did not "
        "lodge a remonstrance and has not filed a lawsuit, so the decision is final. Its "
        "neighbour Brod Media s.r.o., fined CZK 90,000, never lodged an appeal either."
    )
    assert "appealed" not in statuses(by_amount(facts, "300000"))
    assert "appealed" not in statuses(by_amount(facts, "90000"))


def test_a_remonstrance_lodged_is_an_appeal() -> None:
    # The Czech and Slovak administrative appeal (rozklad), as English copy translates it.
    facts = extract(
        "The ÚOOÚ fined Kolín Reality s.r.o. CZK 300,000 in March. The company has lodged a "
        "remonstrance against the decision."
    )
    assert "appealed" in statuses(by_amount(facts, "300000"))


def test_what_the_law_lets_a_regulator_impose_says_nothing_of_compliance() -> None:
    facts = extract(
        "The CMA has imposed a daily penalty of £8,000 on Quayside Tours Ltd. Under the Act, "
        "the CMA can impose a fixed penalty for failing to comply with an information notice, "
        "plus a daily penalty."
    )
    assert "not_complied" not in statuses(by_amount(facts, "8000"))


def test_a_court_named_in_one_sentence_cuts_the_fine_on_a_day_in_the_next() -> None:
    facts = extract(
        "The Council of State (Consiglio di Stato) partially upheld an appeal by Lago Blu S.p.A. "
        "On 6 May it confirmed the Garante's findings but cut the fine from EUR 800,000 to EUR "
        "500,000.",
        published="2025-05-20",
    )
    ruling = by_amount(facts, "500000")
    assert ruling.action == "ruling" and ruling.respondent.text.startswith("Lago Blu")
    assert "reduced" in statuses(by_amount(facts, "800000"))


# --- Not a fine ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Under the new law, fines for such breaches range from €20,000 to €2 million.",
        "Penalties vary between £5,000 and £50,000 depending on the size of the firm.",
        "Fines of between $1,000 and $10,000 apply to each late report.",
    ],
)
def test_a_range_the_law_sets_is_no_fine(sentence: str) -> None:
    facts = extract(f"The regulator fined Corran Mills Ltd £30,000 in May. {sentence}")
    assert [f.amount.amount for f in facts if f.amount] == [30000]


# --- Round-ups ----------------------------------------------------------------------------


def test_an_order_in_a_round_ups_section_is_the_sections_regulators() -> None:
    # The Danish item's regulator is named three times; the Irish section's order is the DPC's.
    facts = extract(
        "**Denmark: bank fined**\n\n"
        "Datatilsynet fined Fjordbank A/S DKK 400,000 on 2 May. Datatilsynet said the bank "
        "kept data too long. Datatilsynet also published guidance.\n\n"
        "**Ireland: gym told to stop**\n\n"
        "Ireland's Data Protection Commission imposed a fine of €15,000 on Liffey Fitness Ltd "
        "for fingerprint scanners. The decision, dated 20 May, also ordered the operator to remove "
        "the scanners within a month. Members say the scanners were taken down on Friday.",
        published="2025-06-10",
    )
    (order,) = [f for f in facts if f.action == "order"]
    assert order.jurisdiction == "IE" and order.authority == "DPC"
    assert "complied" in statuses(order)


def test_a_countrys_possessive_before_a_regulators_english_name_makes_it_that_countrys() -> None:
    # The Czech and Slovak offices share an English name; "Slovakia's" says which.
    facts = extract(
        "In other news, Slovakia's Office for Personal Data Protection fined the insurer "
        "Poistovna Javor EUR 20,000 in January."
    )
    fine = by_amount(facts, "20000")
    assert (fine.authority, fine.jurisdiction) == ("Slovak DPA", "SK")


def test_a_regulators_role_in_lower_case_names_no_other_regulator() -> None:
    # "personal data protection authority" is also the English name of Turkey's KVKK.
    facts = extract(
        "The ANPD, in its role as the national personal data protection authority, imposed a "
        "fine of R$ 50,000 on Telemar Saúde Ltda. for a leak."
    )
    fine = by_amount(facts, "50000")
    assert (fine.authority, fine.jurisdiction) == ("ANPD", "BR")


def test_what_a_ban_also_requires_is_an_order_of_the_bans_day() -> None:
    facts = extract(
        "Ohio's Attorney General fined Buckeye Leads LLC $40,000 on 12 February.\n\n"
        "The FTC on Monday announced a proposed consent order that bans Trailmark Signals, Inc. "
        "from selling location data.\n\n"
        "Besides the ban, it requires Trailmark to delete the data it holds. Trailmark neither "
        "admitted nor denied the allegations.",
        published="2026-03-05",
        title="Buckeye Leads fined in Ohio",
    )
    ban = next(f for f in facts if f.action == "ban")
    order = next(f for f in facts if f.action == "order")
    assert ban.date is not None and order.date is not None
    assert order.date.text == ban.date.text == "2026-03-02"
    assert "disputed" not in statuses(order) | statuses(ban)


def test_periodic_penalties_for_failing_to_act_leave_the_order_they_enforce_unmet() -> None:
    facts = extract(
        "The Commission has imposed periodic penalty payments of €90,000 a day on Kaapstad "
        "Markets B.V. for failing to fix its seller checks.\n\n"
        "Kaapstad was fined €12 million on 4 February. In the same decision, the Commission "
        "ordered Kaapstad to verify its sellers within 60 days.",
        published="2026-08-01",
    )
    (order,) = [f for f in facts if f.action == "order"]
    assert "not_complied" in statuses(order)


# --- Sums and parts --------------------------------------------------------------------------


def test_a_dateline_total_over_several_makers_is_the_sum_of_the_fines_told_next() -> None:
    facts = extract(
        "SEOUL, May 2 (Wire) – The Korea Fair Trade Commission on Thursday ordered three "
        "cement makers to pay surcharges totalling 9 billion won ($6.5 million) for fixing "
        "prices.\n\nHanbit Cement was fined 5 billion won, Dongyang Materials 3 billion won "
        "and Seorin Industries 1 billion won, the commission said.",
        title="Cement makers fined",
    )
    assert sorted(f.amount.amount for f in facts if f.amount) == [
        1_000_000_000,
        3_000_000_000,
        5_000_000_000,
    ]


@pytest.mark.parametrize(
    "split",
    [
        "Under the settlement, the airline will pay C$250,000 to the Receiver General within "
        "60 days, while the remaining C$350,000 is offset against compensation already paid "
        "to travellers, the department said.",
        "Under the consent order, Polar Wings will pay C$400,000 within 30 days and the "
        "balance of C$200,000 is suspended for two years.",
    ],
)
def test_how_a_fine_told_before_is_paid_is_no_action_of_its_own(split: str) -> None:
    facts = extract(
        "OTTAWA, March 4 (Wire) – Transport Canada on Monday fined Polar Wings Inc C$600,000 "
        f"for failing to refund passengers.\n\n{split}",
        title="Polar Wings fined",
    )
    assert [(f.action, f.amount.amount) for f in facts if f.amount] == [("fine", 600000)]


# --- Actions denied, names that name no one ------------------------------------------------


def test_a_company_not_fined_has_no_fine_and_is_who_the_story_goes_on_with() -> None:
    facts = extract(
        "Chile's competition agency fined Transportes Andinos SpA 900 million pesos and Ruta "
        "Sur SpA 400 million pesos for splitting bus routes.\n\n"
        "A third operator, Buses Pehuén Ltda, was not fined. It signed a leniency agreement, "
        "known locally as an ADL, with the agency in 2023 and agreed to pay 50 million pesos.",
        title="Bus operators fined",
    )
    assert not [f for f in facts if f.action == "fine" and f.amount is None]
    assert by_amount(facts, "50000000").respondent_key == respondent_key("Buses Pehuén Ltda")


@pytest.mark.parametrize(
    "told",
    [
        "It signed a judicial public interest agreement, known in France as a CJIP, with the "
        "prosecutor in May, under which it admitted the bribes, agreed to pay €2 million and "
        "named a monitor.",
        "It entered into what is known as a CJIP, with the prosecutor in May, under which it "
        "agreed to pay €2 million.",
    ],
)
def test_what_an_agreement_is_known_as_is_no_party_to_it(told: str) -> None:
    facts = extract(
        f"The PNF investigated Rivage Logistique SA for two years. {told}",
        title="Rivage Logistique settles",
    )
    assert by_amount(facts, "2000000").respondent_key == respondent_key("Rivage Logistique SA")


def test_a_ranking_of_fines_gives_each_amount_the_name_told_with_it() -> None:
    facts = extract(
        "Brisa Cargo SA received the largest fine, €4.2 million, followed by Nortemar Lda with "
        "€1.8 million and Atlanport SL with €600,000, the competition authority said.",
        title="Port operators fined",
    )
    assert [
        by_amount(facts, amount).respondent_key for amount in ("4200000", "1800000", "600000")
    ] == [respondent_key(name) for name in ("Brisa Cargo SA", "Nortemar Lda", "Atlanport SL")]


def test_paid_it_after_the_penalty_just_named_is_paid() -> None:
    facts = extract(
        "The inspectorate fined Severn Quarries Ltd £18,000 in January. The company did not "
        "appeal the penalty and paid it within a month."
    )
    assert statuses(by_amount(facts, "18000")) == {"not_appealed", "paid"}


def test_a_periodic_penalty_named_by_its_own_name_is_the_one_not_paid() -> None:
    facts = extract(
        "The prefect fined Rhodanis SAS €20,000 and imposed an astreinte of €500 per day until "
        "the tyres were removed.\n\n"
        "Rhodanis paid the €20,000 fine in May, but has not paid the astreinte."
    )
    assert statuses(by_amount(facts, "20000")) == {"paid"}
    assert "not_paid" in statuses(by_amount(facts, "500"))
