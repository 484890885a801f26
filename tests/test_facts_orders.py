"""Orders, periodic penalties and the rules they cite, on invented sentences: orders worded as
what a decision or agreement requires, sums run up under a periodic penalty, penalties by the
week, and rulebook citations."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.parties import respondent_key
from tests.test_facts_general import by_amount, extract, labels


def test_a_rulebook_rule_is_cited_once_with_its_sourcebook() -> None:
    facts = extract(
        "The Financial Conduct Authority fined Tamsin Lending Ltd £2,400,000 on Tuesday. "
        "The FCA found that Tamsin breached PRIN 2.1.1R and MCOB 13.3.2AR in its handling "
        "of borrowers in arrears."
    )
    assert labels(by_amount(facts, "2400000")) == {"PRIN 2.1.1R", "MCOB 13.3.2AR"}


# --- Periodic penalties by the week ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Datainspektionen ordered Norrsken Bostad AB to delete the recordings and set a "
        "penalty of SEK 50,000 for each week of non-compliance.",
        "The inspectorate also imposed a weekly penalty of SEK 50,000 on Norrsken Bostad AB "
        "until the recordings are deleted.",
        "The inspectorate ordered Norrsken Bostad AB to restore its tenants' access, failing "
        "which the landlord must pay SEK 50,000 a week.",
    ],
)
def test_a_penalty_by_the_week_is_a_periodic_penalty_at_a_weekly_rate(sentence: str) -> None:
    fact = by_amount(extract(sentence), "50000")
    assert (fact.action, fact.per) == ("penalty_payment", "week")


def test_the_most_a_weekly_penalty_can_reach_is_no_penalty_of_its_own() -> None:
    facts = extract(
        "The Garante ordered Vellutina S.r.l. to answer the complaints within 30 days, or pay "
        "€8,000 for each week it stays in default, up to a maximum of €96,000."
    )
    assert [(f.action, f.amount.amount, f.per) for f in facts if f.amount] == [
        ("penalty_payment", Decimal("8000"), "week")
    ]


def test_answers_say_a_rate_with_its_period() -> None:
    from assistant.wording import per_period

    assert [per_period(p) for p in ("day", "week", None)] == [" a day", " a week", ""]


# --- Sums run up under a periodic penalty --------------------------------------------------


@pytest.mark.parametrize(
    "later",
    [
        "By October Vellutina had forfeited €64,000 in penalty payments, the Garante said.",
        "The Garante said €64,000 in penalty payments has now accrued and that it will "
        "collect the sum.",
        "Vellutina has so far incurred periodic penalty payments of €64,000.",
        "The Garante will start collecting the €64,000 forfeited so far in penalty payments.",
    ],
)
def test_a_sum_run_up_under_a_periodic_penalty_is_no_new_penalty(later: str) -> None:
    facts = extract(
        "The Garante ordered Vellutina S.r.l. to answer its customers' complaints, under a "
        f"penalty payment of €8,000 for each week of delay.\n\n{later}"
    )
    assert [(f.action, f.amount.amount) for f in facts if f.amount] == [
        ("penalty_payment", Decimal("8000"))
    ]


def test_penalty_payments_run_up_say_the_order_is_not_complied_with() -> None:
    facts = extract(
        "The Norwegian regulator ordered Fjordlys Energi AS to stop the recordings and set "
        "daily fines of NOK 20,000 until they stop.\n\n"
        "Fjordlys has so far run up NOK 600,000 in daily fines, the regulator said on Friday."
    )
    daily = by_amount(facts, "20000")
    assert "not_complied" in {s.status for s in daily.statuses}
    assert not any(f.amount and f.amount.amount == Decimal("600000") for f in facts)


def test_a_fine_incurred_is_still_a_fine() -> None:
    facts = extract("Brisa Telecom S.A. incurred a €150,000 fine from the regulator on Monday.")
    assert by_amount(facts, "150000").action == "fine"


# --- Orders ---------------------------------------------------------------------------------


def test_an_order_imposed_with_its_periodic_penalty_is_against_that_penalty_s_party() -> None:
    facts = extract(
        "The Belgian DPA fined Brabantse Zorg NV €60,000 on Monday.\n\n"
        "It also imposed an order under penalty: unless the records are corrected within a "
        "month, it will owe €1,500 for each week of delay."
    )
    orders = [f for f in facts if f.action == "order"]
    assert [o.respondent.text for o in orders if o.respondent] == ["Brabantse Zorg NV"]
    assert by_amount(facts, "1500").per == "week"


@pytest.mark.parametrize(
    "sentence",
    [
        "Under the judgment, Harwick Motors must pay a $3.1 million civil penalty and refund "
        "all late fees it charged.",
        "Under the settlement, Harwick Motors will also pay $400,000 toward the costs of the "
        "inquiry and cease charging the documentation fee.",
        "Under the court's order Harwick Motors has to pay $3.1 million and refrain from "
        "calling consumers who opted out.",
    ],
)
def test_what_a_decision_requires_beside_the_payment_is_an_order(sentence: str) -> None:
    facts = extract(
        "Harwick Motors Inc. will pay a $2.2 million penalty to settle the attorney general's "
        f"case over its financing ads.\n\n{sentence}"
    )
    orders = [f for f in facts if f.action == "order"]
    assert len(orders) == 1 and orders[0].respondent is not None
    assert orders[0].respondent.text.startswith("Harwick Motors")


def test_a_plan_is_no_order() -> None:
    facts = extract(
        "Harwick Motors Inc. was fined $50,000 in May. Buyers will pay less and stop waiting "
        "for paperwork, its chief executive said."
    )
    assert [f.action for f in facts] == ["fine"]


def test_a_cease_and_desist_notice_is_an_order() -> None:
    facts = extract(
        "The state regulator issued a cease-and-desist notice to Lumen Ledger LLC on Tuesday "
        "over its unlicensed lending."
    )
    assert [f.action for f in facts] == ["order"]


def test_an_order_in_the_paragraph_of_the_breach_cites_it_too() -> None:
    facts = extract(
        "The Consumer Financial Protection Bureau issued a consent order against Harwick "
        "Motors LLC on 4 May. The Bureau found unfair practices under the Consumer Financial "
        "Protection Act of 2010 (CFPA). Harwick must pay a $3.1 million civil penalty and "
        "refund all late fees to borrowers."
    )
    orders = [f for f in facts if f.action == "order"]
    assert orders and "CFPA" in labels(orders[0])


@pytest.mark.parametrize(
    "question",
    [
        "Has Lumen Ledger done what the regulator ordered?",
        "Did Lumen Ledger do everything the notice required of it?",
    ],
)
def test_doing_what_was_ordered_is_asked_as_complying(question: str) -> None:
    from assistant.lexicon import lexicon
    from assistant.question_parse import parse

    assert parse(question, lexicon(), {"lumen ledger"}).status == "complied"


def test_an_order_first_named_as_not_obeyed_is_an_order_not_complied_with() -> None:
    facts = extract(
        "The Irish regulator fined Corrib Lettings Ltd €40,000 in May. The regulator said the "
        "company has also refused to obey a compliance notice requiring it to correct its "
        "tenant records."
    )
    orders = [f for f in facts if f.action == "order"]
    assert len(orders) == 1
    assert orders[0].respondent is not None and orders[0].respondent.text.startswith("Corrib")
    assert "not_complied" in {s.status for s in orders[0].statuses}


# --- Orders and bans told without naming whom they bind ------------------------------------


def _measures(facts, action: str) -> list:
    return [f for f in facts if f.action == action]


def test_an_order_requiring_the_party_by_what_it_is_is_against_that_party() -> None:
    facts = extract(
        "The Oregon Department of Environmental Quality fined Copperline Smelting Co. $95,000 "
        "in March. The agency also issued an administrative order requiring the smelter to "
        "install new baghouse filters by June 30.",
        title="Copperline Smelting fined",
    )
    (order,) = _measures(facts, "order")
    assert order.respondent_key == respondent_key("Copperline Smelting Co.")


def test_an_order_a_party_received_is_an_order_in_translated_copy() -> None:
    facts = extract(
        "The Working Environment Authority has made decision about infringement fee of DKK "
        "90 000 against Halvorsen Bygg ApS. In the same decision Halvorsen received order to "
        "keep records of the hours each employee works.",
        title="Halvorsen Bygg",
    )
    assert len(_measures(facts, "order")) == 1


def test_directing_the_company_is_an_order_against_the_company_not_the_person_before() -> None:
    facts = extract(
        "The regulator's final order against Ostara Seeds Ltd does three things:\n\n"
        "- it imposes a penalty of ₹2 crore on Ostara Seeds Ltd;\n"
        "- it imposes a penalty of ₹40 lakh on managing director Vikram Sethi;\n"
        "- it directs the company to return the ₹9 crore it moved to related firms.",
        title="SEBI order on Ostara Seeds",
    )
    (order,) = _measures(facts, "order")
    assert order.respondent_key == respondent_key("Ostara Seeds Ltd")


def test_a_person_restrained_from_a_market_is_banned() -> None:
    facts = extract(
        "The Securities and Exchange Board of India imposed a penalty of ₹12 lakh on Meera "
        "Kulkarni, a former finance head of Tarang Textiles Ltd, and restrains her from "
        "the securities market for three years.",
    )
    assert len(_measures(facts, "ban")) == 1


def test_both_companies_barred_is_one_ban_for_each_company_told_before() -> None:
    facts = extract(
        "Colombia's competition authority fined Aseo Capital SAS 4 billion pesos for rigging "
        "street-cleaning tenders. Limpiar Andina SAS was fined 2.5 billion pesos.\n\n"
        "Both companies were also barred from public contracts for four years.",
        title="Cleaning firms fined",
    )
    bans = _measures(facts, "ban")
    assert sorted(b.respondent_key for b in bans) == sorted(
        respondent_key(n) for n in ("Aseo Capital SAS", "Limpiar Andina SAS")
    )


# --- One order for each party listed, orders told by what they direct --------------------


def test_orders_issued_to_a_list_of_companies_are_one_order_each() -> None:
    facts = extract(
        "The Korea Fair Trade Commission fined four cement makers on Monday. It also issued "
        "corrective orders to Hanbit Cement, Dongyang Materials and a third maker, Seorin "
        "Industries Co, requiring them to report their prices to the agency.",
        title="Cement makers fined",
    )
    orders = _measures(facts, "order")
    assert sorted(o.respondent_key for o in orders) == sorted(
        respondent_key(n) for n in ("Hanbit Cement", "Dongyang Materials", "Seorin Industries Co")
    )
    assert {o.authority for o in orders} == {"KFTC"}


def test_a_name_between_commas_is_no_second_party_without_a_closing_and() -> None:
    facts = extract(
        "The Korea Fair Trade Commission issued a corrective order to Hanbit Cement, Seoul "
        "Metro said, requiring it to report its prices.",
        title="Cement maker ordered",
    )
    assert [o.respondent_key for o in _measures(facts, "order")] == [
        respondent_key("Hanbit Cement")
    ]


def test_a_decision_that_directs_a_company_to_stop_is_an_order_against_it() -> None:
    facts = extract(
        "The Competition and Markets Authority on Monday fined Brackwell Foods £2.1 million "
        "over price fixing. The decision also directs Brackwell to stop sharing price lists "
        "with rivals.",
        title="Brackwell Foods fined",
    )
    (order,) = _measures(facts, "order")
    assert order.respondent_key == respondent_key("Brackwell Foods")


def test_an_injunction_the_court_granted_is_an_order_of_the_court_named_before() -> None:
    facts = extract(
        "The Federal Court ordered Maplecrest Realty Pty Ltd to pay $400,000 in penalties for "
        "misleading buyers. The Court also granted an injunction restraining Maplecrest, for "
        "five years, from advertising homes it does not own.",
        title="ASIC v Maplecrest Realty",
    )
    (order,) = _measures(facts, "order")
    assert order.respondent_key == respondent_key("Maplecrest Realty Pty Ltd")
    assert order.authority == "Federal Court of Australia"


@pytest.mark.parametrize(
    "later",
    [
        "The daily penalty ran for 45 days, representing €22,500.",
        "The periodic penalty applied for six weeks, or a total of €22,500.",
    ],
)
def test_how_long_a_periodic_penalty_ran_and_what_it_came_to_is_no_new_penalty(
    later: str,
) -> None:
    facts = extract(
        "The Garante imposed a daily penalty of €500 on Vellutina S.r.l. until it restores "
        f"its customers' access.\n\n{later}"
    )
    assert [(f.action, f.amount.amount) for f in facts if f.amount] == [
        ("penalty_payment", Decimal("500"))
    ]


def test_an_order_the_decision_also_makes_is_where_the_fine_against_that_party_is() -> None:
    facts = extract(
        "WASHINGTON, June 3 (Wire) – The U.S. Maritime Administration on Tuesday fined "
        "Gulfline Ferries $800,000 for overbooking sailings, the agency said.\n\n"
        "The agency said the company had sold more tickets than seats on 40 sailings.\n\n"
        "The order also directs Gulfline to refund affected passengers within 60 days.",
        title="Gulfline Ferries fined",
    )
    (order,) = _measures(facts, "order")
    fine = by_amount(facts, "800000")
    assert (order.authority, order.jurisdiction) == (fine.authority, fine.jurisdiction)
    assert order.jurisdiction == "US"


# --- Permissions taken away, businesses suspended -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "The regulator also cancelled the registration of Rivergate Finance Ltd as a "
            "credit provider.",
            "Rivergate Finance Ltd",
        ),
        (
            "The board has suspended the licence of Bluefin Bet Ltd for four months.",
            "Bluefin Bet Ltd",
        ),
        (
            "The council suspended Larkspur College's designation for student loans.",
            "Larkspur College",
        ),
        ("The authority revoked Calder Couriers Ltd's operating permit.", "Calder Couriers Ltd"),
    ],
)
def test_a_permission_suspended_or_taken_away_is_a_ban_on_its_holder(
    sentence: str, who: str
) -> None:
    facts = extract(sentence)
    assert [(f.action, f.respondent.text) for f in facts] == [("ban", who)]


def test_permissions_left_alone_are_no_ban() -> None:
    assert extract("The inspectorate said the licences are not revoked for now.") == []


def test_an_officers_approval_suspended_bans_the_officer_and_the_company_is_directed() -> None:
    facts = extract(
        "By an order dated 6 May 2025, the Civil Aviation Authority imposed a penalty of "
        "£30,000 on Kestrel Air Ltd for roster breaches.\n\n"
        "In addition to the financial penalty, the authority suspended the approval of "
        "Kestrel's head of training, Capt. Jane Moss, for six months. The airline has been "
        "directed to appoint an interim post holder within 30 days."
    )
    ban = next(f for f in facts if f.action == "ban")
    order = next(f for f in facts if f.action == "order")
    # the officer banned, on the day of the decision that fined the airline
    assert (ban.respondent.text, ban.date.text) == ("Jane Moss", "2025-05-06")
    # "the airline" is the company, never the officer told just before
    assert order.respondent.text == "Kestrel Air Ltd"


@pytest.mark.parametrize(
    "sentence",
    [
        "The prefecture fined Sakura Foods K.K. ¥3 million on 2 June and ordered the company to "
        "suspend its sales business for ten days.",
        "The prefecture fined Sakura Foods K.K. ¥3 million on 2 June. The city also issued a "
        "business suspension order to the company.",
    ],
)
def test_a_business_suspended_for_a_time_is_a_ban(sentence: str) -> None:
    facts = extract(sentence)
    assert sorted(f.action for f in facts) == ["ban", "fine"]
    assert {f.respondent.text for f in facts} == {"Sakura Foods K.K."}


def test_the_tribunal_is_the_tribunal_named_before_not_the_court_named_last() -> None:
    facts = extract(
        "The Competition Tribunal fined Kestrel Lending Ltd R1 million on Monday. Kestrel said "
        "it would take the decision to the High Court.\n\n"
        "The tribunal also cancelled the registration of Kestrel Lending Ltd as a credit "
        "provider."
    )
    ban = next(f for f in facts if f.action == "ban")
    assert ban.authority == "Competition Tribunal"


# --- Periodic penalties told as what the company will forfeit -------------------------------


@pytest.mark.parametrize(
    ("sentence", "per"),
    [
        ("Kade Transport will forfeit €1,000 per week until it hands over the records.", "week"),
        (
            "The inspectorate ordered Kade Transport B.V. to fit the devices by 1 June. If it "
            "does not, it will forfeit € 2.500 for each day that it remains in breach, up to a "
            "maximum of € 50.000.",
            "day",
        ),
    ],
)
def test_an_amount_to_be_forfeited_each_day_is_a_periodic_penalty(sentence: str, per: str) -> None:
    facts = [f for f in extract(sentence) if f.amount]
    assert [(f.action, f.per, f.respondent.text) for f in facts] == [
        ("penalty_payment", per, "Kade Transport" + (" B.V." if per == "day" else ""))
    ]


def test_a_sum_already_forfeited_is_still_no_new_penalty() -> None:
    facts = extract(
        "The inspectorate ordered Kade Transport B.V. to fit the devices, under a penalty "
        "payment of €1,000 for each day of delay.\n\nBy October Kade had forfeited €9,000."
    )
    assert [f.amount.amount for f in facts if f.amount] == [Decimal("1000")]


def test_a_party_named_in_apposition_with_its_town_is_the_one_the_order_is_against() -> None:
    facts = extract(
        "A fourth company, Kade Transport B.V. from Hoek van Holland, was not fined. However, "
        "the inspectorate imposed an order on the company. If it does not comply, it will "
        "forfeit € 2.500 for each day that it remains in breach."
    )
    assert {f.respondent.text for f in facts} == {"Kade Transport B.V."}


def test_a_measure_told_once_against_a_list_of_parties_has_one_day() -> None:
    facts = extract(
        "In its decision of 3 May 2024, the Competition Office fined four builders:\n\n"
        "- Alder Stavby a.s.: CZK 40 mil.\n- Birch Cesty s.r.o.: CZK 20 mil.\n\n"
        "The office also banned Alder Stavby, Birch Cesty and Cedar Most from public tenders "
        "for three years."
    )
    bans = [f for f in facts if f.action == "ban"]
    assert len(bans) == 3
    assert {f.date.text if f.date else None for f in bans} == {"2024-05-03"}


def test_a_condition_imposed_on_a_registration_is_an_order() -> None:
    facts = extract(
        "The Office for Students fined Larkspur College Ltd £40,000.\n\n"
        "It also imposed a specific ongoing condition of registration requiring Larkspur to "
        "send the regulator attendance data every quarter.\n\n"
        "The licence conditions require operators to report breaches."
    )
    orders = [f for f in facts if f.action == "order"]
    assert [respondent_key(f.respondent.text) for f in orders] == [respondent_key("Larkspur")]


def test_a_person_agreeing_never_to_reapply_for_a_licence_is_banned() -> None:
    facts = extract(
        "Under the same settlement the company's former chief executive, Marta Lind, will pay "
        "a $90,000 fine and surrender her key employee licence. She agreed not to reapply for "
        "any racing licence for five years."
    )
    bans = [f for f in facts if f.action == "ban"]
    assert [f.respondent.text for f in bans] == ["Marta Lind"]


# --- Kept from doing something, a site closed, duties imposed --------------------------------


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "The Central Bank of Oman also suspended Wadi Remit LLC from onboarding new "
            "customers for six months.",
            "Wadi Remit LLC",
        ),
        (
            "The authority also suspended the firm's head of compliance, Salma Idrissi, from "
            "working in the sector for two years.",
            "Salma Idrissi",
        ),
        (
            "Separately, the Financial Services Authority imposed a restriction that bars "
            "Kredit Kilat Nusantara from disbursing new loans until it has replaced its "
            "collection agents.",
            "Kredit Kilat Nusantara",
        ),
    ],
)
def test_a_party_suspended_or_barred_from_doing_something_is_banned(
    sentence: str, who: str
) -> None:
    bans = [f for f in extract(sentence) if f.action == "ban"]
    assert [f.respondent.text for f in bans] == [who]


def test_a_restriction_lasting_until_the_party_acts_is_not_complied_with() -> None:
    (ban,) = extract(
        "The Financial Services Authority imposed a restriction that bars Kredit Kilat "
        "Nusantara from disbursing new loans until it has replaced its collection agents."
    )
    assert ban.statuses == []


def test_a_site_closed_by_the_decision_is_a_ban() -> None:
    facts = extract(
        "The environment superintendency fined Acuícola Puerto Sur S.A. 300 UTM (about CLP "
        "20 million) and ordered the temporary closure of its Isla Verde farm for two months."
    )
    assert sorted((f.action, f.amount.amount if f.amount else None) for f in facts) == [
        ("ban", None),
        ("fine", Decimal("20000000")),
    ]


def test_a_duty_imposed_on_named_parties_is_an_order_against_each() -> None:
    facts = extract(
        "In addition to the fines, the Competition Council imposed a legal obligation on "
        "Vilkas Statyba and Baltic Roads to refrain from exchanging information on tenders."
    )
    orders = [f for f in facts if f.action == "order"]
    assert {respondent_key(f.respondent.text) for f in orders} == {
        respondent_key("Vilkas Statyba"),
        respondent_key("Baltic Roads"),
    }


def test_what_the_regulator_also_required_is_an_order() -> None:
    facts = extract(
        "The Capital Markets Authority fined Rawabi Securities Company KES 4 million on 3 "
        "March. The authority also required the firm to appoint an "
        "independent compliance reviewer within 60 days."
    )
    assert [f.action for f in facts if f.amount is None] == ["order"]


# --- Other words for a fine -------------------------------------------------------------------


def test_a_party_penalised_an_amount_is_fined_and_its_officers_with_it() -> None:
    facts = extract(
        "The Securities Commission penalised Tanjung Emas Bhd RM900,000, while its former "
        "chief financial officer Farid Rahman was ordered to pay RM150,000."
    )
    assert sorted((f.action, f.respondent.text, f.amount.amount) for f in facts) == [
        ("fine", "Farid Rahman", Decimal("150000")),
        ("fine", "Tanjung Emas Bhd", Decimal("900000")),
    ]


def test_a_compound_issued_to_a_party_is_a_fine_on_it() -> None:
    (fact,) = extract(
        "Last month the commission also issued a compound of RM75,000 to Seri Mutiara "
        "Capital Sdn Bhd for failing to keep proper records, which the firm has paid."
    )
    assert (fact.action, fact.respondent.text, fact.amount.amount) == (
        "fine",
        "Seri Mutiara Capital Sdn Bhd",
        Decimal("75000"),
    )


def test_compound_feed_is_no_compound() -> None:
    assert (
        extract(
            "Three compound feed producers reported sales of MAD 2 billion last year, the "
            "industry association said."
        )
        == []
    )


# --- A list of parties, each with its sum ---------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The agency fined Alder Ltd €3 million, Birchwood Ltd €1.2 million and Cedar Ltd "
        "€800,000 for rigging tenders.",
        "Under the settlements, Alder Ltd will pay €3 million, Birchwood Ltd €1.2 million and "
        "Cedar Ltd €800,000.",
    ],
)
def test_each_party_in_a_list_gets_its_own_sum(sentence: str) -> None:
    facts = extract(sentence)
    assert sorted((f.respondent.text, f.amount.amount) for f in facts) == [
        ("Alder Ltd", Decimal("3000000")),
        ("Birchwood Ltd", Decimal("1200000")),
        ("Cedar Ltd", Decimal("800000")),
    ]


def test_a_moroccan_dirham_sign_in_a_list_is_money_not_part_of_a_name() -> None:
    facts = extract(
        "Morocco's Conseil de la concurrence said the feed makers settled. Under the "
        "settlement agreements, Atlas Mills will pay 120 millions de dirhams, Souss Grains "
        "DH 45 millions and Oriental Feed MAD 12.5 million."
    )
    assert sorted((f.respondent.text, f.amount.amount, f.amount.currency) for f in facts) == [
        ("Atlas Mills", Decimal("120000000"), "MAD"),
        ("Oriental Feed", Decimal("12500000"), "MAD"),
        ("Souss Grains", Decimal("45000000"), "MAD"),
    ]


def test_companies_whose_legal_form_comes_first_stay_apart() -> None:
    facts = extract(
        "The competition council fined SIA Rīgas Asfalts EUR 900 000 and SIA Vidzemes Ceļi "
        "EUR 450 000 for sharing out road tenders."
    )
    keys = sorted(f.respondent_key for f in facts)
    assert keys == sorted([respondent_key("Rīgas Asfalts"), respondent_key("Vidzemes Ceļi")])
    assert keys[0] != keys[1]


def test_a_payment_plan_for_the_rest_of_a_fine_is_no_settlement() -> None:
    facts = extract(
        "The Competition Council fined Daugava Freight SIA EUR 1.1 million on 4 June. Daugava "
        "Freight has paid EUR 300,000 of the fine and agreed to pay the remainder in three "
        "instalments."
    )
    assert [(f.action, str(f.amount.amount) if f.amount else None) for f in facts] == [
        ("fine", "1100000")
    ]


@pytest.mark.parametrize(
    ("text", "amount", "code"),
    [
        ("fined Altyn Dala Bank JSC ₸36 400 000 for", "36400000", "KZT"),
        ("fined the sponsor-director Tk 20 lakh for", "2000000", "BDT"),
        ("fined Kolkheti Oil LLC GEL 4.3 million for", "4300000", "GEL"),
        ("was fined VND2.1 billion for", "2100000000", "VND"),
    ],
)
def test_currencies_of_kazakhstan_bangladesh_georgia_and_vietnam(
    text: str, amount: str, code: str
) -> None:
    from assistant.money import Money, find_money

    (mention,) = find_money(text)
    assert mention.money == Money(Decimal(amount), code)


@pytest.mark.parametrize(
    ("sentence", "authority", "country"),
    [
        (
            "The Bangladesh Securities and Exchange Commission (BSEC) fined Rupali Jute Mills "
            "PLC Tk 40 lakh on Sunday.",
            "BSEC",
            "BD",
        ),
        (
            "The State Securities Commission fined investor Nguyễn Văn Bình VND1.2 billion "
            "for manipulating the shares of Hoa Sen Logistics.",
            "SSC (VN)",
            "VN",
        ),
        (
            "Serbia's competition commission, the KZK, fined Novi Mlin d.o.o. 90.000.000 "
            "dinars for fixing flour prices.",
            "KZK",
            "RS",
        ),
    ],
)
def test_regulators_of_bangladesh_vietnam_and_serbia(
    sentence: str, authority: str, country: str
) -> None:
    (fact,) = extract(sentence)
    assert (fact.authority, fact.jurisdiction) == (authority, country)


# --- Orders and bans in other words; sums that are no sanction -----------------------------


def test_an_order_told_as_enjoining_the_party_by_its_short_name() -> None:
    facts = extract(
        "The Luxembourg regulator fined Ardennes Capital Partners S.A. EUR 300,000 on Monday. "
        "The CSSF has also enjoined Ardennes to update its investor files by 31 March 2027."
    )
    (order,) = [f for f in facts if f.action == "order"]
    assert order.respondent_key == respondent_key("Ardennes Capital Partners S.A.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The inspectorate also issued a precept ordering Vilnius Cargo to repair the loading "
        "ramps by 1 May.",
        "The inspectorate also issued a decision ordering Vilnius Cargo to repair the loading "
        "ramps by 1 May.",
    ],
)
def test_a_precept_or_decision_ordering_the_party_is_an_order(sentence: str) -> None:
    facts = extract("The Labour Inspectorate fined Vilnius Cargo UAB 2 000 euros. " + sentence)
    assert [f.action for f in facts] == ["fine", "order"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a later rate of the same periodic penalty
        "If it misses a milestone, Kestrel faces stipulated penalties of $1,000 per day, rising "
        "to $3,000 per day after two weeks.",
        # what the rules set for a kind of breach
        "For a plater, the penalty for late discharge reports is $3,000 a day, so bigger sums "
        "combine several breaches.",
        # a bill for a service
        "The county water utility separately billed Kestrel Plating $3,000 in surcharges for "
        "extra treatment in 2024.",
    ],
)
def test_a_later_rate_a_statutory_rate_or_a_bill_is_no_sanction(sentence: str) -> None:
    facts = extract(
        "The Department of Environmental Quality fined Kestrel Plating Co. $20,000 on "
        "Monday. " + sentence
    )
    assert not [f for f in facts if f.amount and f.amount.amount == 3000]


@pytest.mark.parametrize(
    "sentence",
    [
        "In May, Saginaw Forge Inc. agreed to pay a $18,000 fine under a consent order with the "
        "Department of Environmental Quality for stormwater violations.",
        "Under the same settlement with the Department of Environmental Quality, Saginaw Forge "
        "Inc. will pay an administrative fine of $18,000 and replace its filters.",
    ],
)
def test_a_sum_the_settlement_names_a_fine_is_a_fine(sentence: str) -> None:
    facts = extract(sentence)
    assert [(f.action, f.amount.amount if f.amount else None) for f in facts if f.amount] == [
        ("fine", Decimal("18000"))
    ]
    assert "settlement" not in [f.action for f in facts]


def test_a_civil_penalty_agreed_to_still_settles() -> None:
    (fact,) = extract(
        "Saginaw Forge Inc. agreed to pay a $18,000 civil penalty to settle the Department of "
        "Environmental Quality's claims."
    )
    assert fact.action == "settlement"


@pytest.mark.parametrize(
    ("sentence", "last"),
    [
        (
            "The Competition Council also banned Baltic Roads, Riga Asfalts and Kurzeme Build "
            "from public procurement for three years, and Latgale Ceļi for two years.",
            "Latgale Ceļi",
        ),
        (
            "The Securities Commission Malaysia banned Jo Hale from the capital market for ten "
            "years and Ann Cole for five years.",
            "Ann Cole",
        ),
    ],
)
def test_a_party_banned_for_a_term_of_its_own_with_the_verb_left_out(
    sentence: str, last: str
) -> None:
    bans = [f for f in extract(sentence) if f.action == "ban"]
    assert bans[-1].respondent is not None and bans[-1].respondent.text == last


@pytest.mark.parametrize("verb", ["install", "design, build and operate"])
def test_what_the_company_must_also_build_is_an_order_against_it(verb: str) -> None:
    facts = extract(
        "The Department of Environmental Quality fined Saginaw Forge Inc. $20,000 on Monday. "
        f"The company must also {verb} a new stormwater filter by June 30, 2026."
    )
    (order,) = [f for f in facts if f.action == "order"]
    assert order.respondent_key == respondent_key("Saginaw Forge Inc.")


def test_a_site_closed_by_the_decision_is_a_ban_on_the_company_running_it() -> None:
    facts = extract(
        "The SMA fined Salmones Austral S.A. CLP 900 million on 3 March 2025 for exceeding its "
        "production limits.\n\nThe SMA classified the breaches as serious and, in addition to "
        "the fine, ordered the temporary closure of the Punta Larga centre for two months."
    )
    (ban,) = [f for f in facts if f.action == "ban"]
    assert ban.respondent_key == respondent_key("Salmones Austral S.A.")


def _parties_measured(facts, action: str) -> list[str]:
    return sorted(f.respondent.text for f in facts if f.action == action and f.respondent)


def test_a_certificate_revoked_of_an_official_named_in_apposition_is_a_ban_on_them() -> None:
    facts = extract(
        "On the same day the board fined the lender Ararat Credit 9 million dram and ordered "
        "it to dismiss its head of compliance. The central bank also revoked the qualification "
        "certificate of that official, Aram Petrosyan, which means he cannot work as a "
        "compliance officer at any bank."
    )
    assert _parties_measured(facts, "ban") == ["Aram Petrosyan"]


def test_companies_counted_in_a_measure_are_each_of_the_ones_fined_before() -> None:
    facts = extract(
        "The road transport authority fined two coach operators for overcharging. Sahara "
        "Express was fined Rwf 2 million and Lake Kivu Shuttle Rwf 1 million. Both companies "
        "were ordered to refund passengers the excess fares."
    )
    assert _parties_measured(facts, "order") == ["Lake Kivu Shuttle", "Sahara Express"]
    facts = extract(
        "The Fair Trading Office fined three cement makers for sharing customers: Alder "
        "Cement S.A. was fined €3 million, Birch Beton AG €2 million and Cedar Mix Ltd €1 "
        "million.\n\nThe Office also ordered the three companies to end the conduct and to "
        "adopt a compliance programme within 60 days."
    )
    assert _parties_measured(facts, "order") == [
        "Alder Cement S.A.",
        "Birch Beton AG",
        "Cedar Mix Ltd",
    ]


def test_a_named_party_that_must_do_something_under_a_settlement_is_ordered() -> None:
    facts = extract(
        "Ohio's EPA said on Tuesday that Riverbend Plating Co. had agreed to pay a $41,000 "
        "civil penalty for wastewater violations.\n\nUnder the consent order, Riverbend "
        "Plating Co. must also install a new pretreatment system by June 30, 2027."
    )
    orders = [f for f in facts if f.action == "order"]
    assert [f.respondent_key for f in orders] == [respondent_key("Riverbend Plating Co.")]


def test_an_order_issued_on_a_workplace_is_against_its_operator() -> None:
    facts = extract(
        "WorkSafeBC fined Coastline Sawmills Ltd $85,000 after a worker lost two fingers in "
        "an unguarded edger.\n\nAn officer who attended the next day issued a stop-use order "
        "on the edger line, which was lifted once new guards were fitted."
    )
    orders = [f for f in facts if f.action == "order"]
    assert [f.respondent.text for f in orders if f.respondent] == ["Coastline Sawmills Ltd"]
