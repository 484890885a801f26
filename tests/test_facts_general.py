"""How enforcement news is written in general, on invented sentences: each test states one
rule of the extractor with wording that appears in no fixture."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.facts import Fact, extract_facts
from assistant.lexicon import lexicon
from assistant.models import Article
from assistant.provisions import find_instruments, find_provisions
from assistant.text import context_starts, sentences


def extract(body: str, title: str = "Enforcement news", published: str = "2024-06-03", **meta):
    article = Article(
        id="invented",
        title=title,
        published=published,
        path="invented.md",
        format="md",
        body=body,
        sha256="0",
        **meta,
    )
    spans = sentences(body)
    contexts = [spans[i].start for i in context_starts(body, spans)]
    return extract_facts(article, spans, contexts, lexicon())


def assert_the_one_fine(
    body: str, amount: str, currency: str, authority: str, jurisdiction: str
) -> None:
    """BODY states one sum, read with its currency, regulator and country (the world-data
    tests' check, one invented sentence per regulator)."""
    facts = [f for f in extract(body) if f.amount is not None]
    assert len(facts) == 1, [(f.action, f.amount, f.authority) for f in facts]
    (fact,) = facts
    assert (fact.amount.amount, fact.amount.currency) == (Decimal(amount), currency)
    assert (fact.authority, fact.jurisdiction) == (authority, jurisdiction)


def labels(fact: Fact) -> set[str]:
    return {p.text for p in fact.provisions}


def by_amount(facts: list[Fact], amount: str) -> Fact:
    found = [f for f in facts if f.amount and f.amount.amount == Decimal(amount)]
    assert len(found) == 1, [(f.action, f.amount) for f in facts]
    return found[0]


# --- Provisions ---------------------------------------------------------------------------


def test_statutes_cited_by_number_are_named_by_their_number() -> None:
    text = "The inspectors relied on Act No. 127/2005 Coll. and on the regional ordinance."
    assert [i for i, _, _ in find_instruments(text)] == ["Act No. 127/2005"]


def test_provisions_cited_by_their_own_words_carry_their_instrument() -> None:
    found = find_provisions("It was in breach of General Conditions C5 and C7.")
    assert [p.label for p in found] == ["Ofcom GC C5", "Ofcom GC C7"]
    found = find_provisions("a failure that contravened DPP2 of the Ordinance")
    assert [p.label for p in found] == ["PDPO DPP 2"]


def test_a_paragraph_sign_after_an_article_is_part_of_that_article() -> None:
    found = find_provisions(
        "under Article 41, §2, 3° of the Law of 3 December 2017 establishing the Data "
        "Protection Authority"
    )
    assert [p.label for p in found] == ["Belgian DPA Act Art. 41"]


def test_lettered_section_numbers_keep_their_letter() -> None:
    found = find_provisions("contrary to section 12B of the CJA 2010")
    assert [p.label for p in found] == ["CJA 2010 Sec. 12B"]


def test_national_laws_cited_away_from_the_fine_are_attached_to_it() -> None:
    facts = extract(
        "The Irish watchdog fined Corrib Lettings Ltd €80,000 on Monday.\n\n"
        "Corrib had mailed tenants' bank details to the wrong addresses. The watchdog said the "
        "firm failed to keep the data secure as required by Article 32 of the GDPR.\n\n"
        "The letting agent also sent marketing texts in breach of the Irish Data Protection "
        "Act 2018."
    )
    fine = by_amount(facts, "80000")
    assert {"GDPR Art. 32", "Irish DPA 2018"} <= labels(fine)


def test_a_finding_that_cites_a_provision_is_a_breach_of_it() -> None:
    facts = extract(
        "The regulator fined Brightwater Foods S.A. €60,000 last week. The regulator found "
        "weak passwords (Article 32 GDPR) and a late breach report (Article 33 GDPR)."
    )
    assert {"GDPR Art. 32", "GDPR Art. 33"} <= labels(by_amount(facts, "60000"))


def test_a_breach_sentence_naming_no_one_goes_on_with_the_story_just_told() -> None:
    facts = extract(
        "**Britain**\n\nOfcom fined Larkline Telecom Ltd £200,000 for billing errors, in breach "
        "of General Condition C1.\n\n"
        "**Sweden**\n\nThe Swedish IMY fined Granskog Bygg AB SEK 900,000 on Tuesday. The "
        "authority held that this breached Article 5(1)(c) GDPR.",
        title="Weekly round-up",
    )
    assert labels(by_amount(facts, "200000")) == {"Ofcom GC C1"}
    assert "GDPR Art. 5(1)(c)" in labels(by_amount(facts, "900000"))


# --- Who acted ----------------------------------------------------------------------------


def test_the_headline_regulator_acts_and_one_named_in_passing_does_not() -> None:
    facts = extract(
        "The Ohio Attorney General's office announced a settlement on Monday. Under it, "
        "Quillfeather Apps Inc. agreed to pay $240,000 to the State.\n\n"
        "Elsewhere, Michigan's Attorney General has also looked at period-tracking apps "
        "under the Michigan Consumer Protection Act, without any settlement so far.\n\n"
        "Michigan's Attorney General declined to comment, and so did Michigan's Attorney "
        "General's office.",
        title="Ohio Attorney General settles with Quillfeather over app data",
    )
    deal = by_amount(facts, "240000")
    assert (deal.authority, deal.jurisdiction) == ("Ohio AG", "US-OH")


def test_a_ruling_is_not_dated_by_the_decision_it_reviewed() -> None:
    """A court's story (the court in the headline) tells the regulator's decision in a
    sentence of its own that names no court: that day is not the court's, which its own
    judgment sentence gives."""
    facts = extract(
        "The Audiencia Nacional on Tuesday cut a €900,000 fine imposed by the Spanish data "
        "protection agency (AEPD) on the courier Vialtra SL to €300,000.\n\n"
        "The fine was imposed by the agency's sanctions directorate in a decision of 3 March "
        "2023, for tracking "
        "drivers' phones outside working hours.\n\n"
        "In its judgment of 20 May 2025, the court upheld the infringement but found the "
        "amount disproportionate.",
        title="Audiencia Nacional cuts Vialtra's data protection fine",
        published="2025-05-23",
    )
    fine, ruling = by_amount(facts, "900000"), by_amount(facts, "300000")
    assert fine.authority == "AEPD" and ruling.action == "ruling"
    assert ruling.authority == "Audiencia Nacional"
    assert ruling.date.text == "2025-05-20"


def test_a_state_attorney_general_however_the_copy_words_it() -> None:
    from assistant.parties import authorities

    for text in (
        "the Oregon State Attorney General's Office filed suit",
        "the Attorney General of the State of Oregon filed suit",
        "Oregon's Attorney-General filed suit",
    ):
        found = authorities(text, lexicon(), None)
        assert [(a.authority, a.jurisdiction) for a in found] == [("Oregon AG", "US-OR")], text


# --- Amounts that are not another action --------------------------------------------------


def test_the_parts_of_a_stated_payment_are_not_payments_of_their_own() -> None:
    facts = extract(
        "Under the decree, Brightline Dental agreed to pay $900,000 to the State. The $900,000 "
        "comprises $700,000 in civil penalties and $200,000 for the costs of the investigation."
    )
    assert [f.amount.amount for f in facts if f.amount] == [Decimal("900000")]


def test_a_headline_total_of_amounts_listed_together_is_not_another_action() -> None:
    facts = extract(
        "Harrow Gyms Inc. has agreed to pay $1.3 million to settle the case. Harrow will pay a "
        "$300,000 civil penalty and provide $1 million in refunds to members."
    )
    amounts = sorted(f.amount.amount for f in facts if f.amount)
    assert amounts == [Decimal("300000"), Decimal("1000000")]


def test_a_combined_figure_for_several_parties_is_the_sum_of_their_fines_told_next() -> None:
    facts = extract(
        "Chile's competition regulator on Monday fined three salmon exporters and one of their "
        "managers a combined 9.6 billion pesos for fixing freight prices.\n\n"
        "Austral Mar SA received the largest fine, 5.1 billion pesos. Pesquera Lenga SA was "
        "fined 3.2 billion pesos, and Ruta Sur SA 1.1 billion pesos, while the manager, Tomás "
        "Ibarra, was ordered to pay 200 million pesos.",
        title="Salmon exporters fined",
    )
    amounts = sorted(f.amount.amount for f in facts if f.amount)
    assert Decimal("9600000000") not in amounts, amounts
    assert Decimal("5100000000") in amounts


def test_two_fines_told_apart_are_not_the_parts_of_a_third() -> None:
    facts = extract(
        "The regulator fined Orvane SA a total of €30 million. In 2021 it had fined Orvane "
        "€20 million, and in 2019 it imposed a €10 million fine on Orvane."
    )
    assert len([f for f in facts if f.amount]) == 3


# --- Dates --------------------------------------------------------------------------------


def test_the_day_a_law_took_effect_dates_nothing_and_a_filed_decree_dates_the_deal() -> None:
    facts = extract(
        "On May 6, 2024, the Ohio Attorney General filed a consent decree with Quillfeather "
        "Apps Inc. Under the decree, Quillfeather agreed to pay $240,000.\n\n"
        "It is the first case under the state's new privacy law, which took effect on "
        "January 1, 2024.",
        title="Ohio Attorney General settles with Quillfeather",
    )
    assert by_amount(facts, "240000").date.text == "2024-05-06"


# --- Round-ups: "the regulator", "the company" and "the decision" are the story's ---------


ROUND_UP = (
    "**Ireland**\n\nThe DPC had a quiet month. The Irish regulator's only decision concerned "
    "Ballycross Credit Union, which it reprimanded.\n\n"
    "**Norway**\n\nIt was a busy week for Datatilsynet, which fined two firms. On Monday the "
    "regulator fined Fjordlys Energi AS NOK 2,000,000 over its customer portal. In a decision "
    "dated 3 June 2024, the authority found that Fjordlys had kept logs too long, in breach of "
    "Article 5(1)(e) GDPR. The regulator also ordered the company to delete the old logs.\n\n"
    "**Hong Kong**\n\nThe PCPD served an enforcement notice on Lantau Ferries Ltd after a "
    "breach, finding that the firm had contravened DPP4. The DPC, the PCPD and the Irish "
    "regulator's staff met in May; the PCPD said the DPC was helpful and the DPC thanked the PCPD."
)


def test_the_regulator_and_the_company_are_those_just_named() -> None:
    facts = extract(ROUND_UP, title="Weekly round-up", published="2024-06-10")
    fine = by_amount(facts, "2000000")
    assert fine.authority == "Datatilsynet (NO)"
    order = next(f for f in facts if f.action == "order" and f.authority == "Datatilsynet (NO)")
    assert order.respondent.text.startswith("Fjordlys")


def test_a_decision_dated_after_a_round_up_item_dates_that_story() -> None:
    facts = extract(ROUND_UP, title="Weekly round-up", published="2024-06-10")
    fjordlys = [f for f in facts if f.respondent and f.respondent.text.startswith("Fjordlys")]
    assert {f.action for f in fjordlys} == {"fine", "order"}
    assert {f.date.text for f in fjordlys if f.date} == {"2024-06-03"}
    assert "GDPR Art. 5(1)(e)" in labels(by_amount(facts, "2000000"))


def test_an_enforcement_notice_is_an_order_and_carries_its_grounds() -> None:
    facts = extract(ROUND_UP, title="Weekly round-up", published="2024-06-10")
    notice = next(f for f in facts if f.authority == "PCPD")
    assert (notice.action, notice.respondent.text, notice.jurisdiction) == (
        "order",
        "Lantau Ferries Ltd",
        "HK",
    )
    assert labels(notice) == {"PDPO DPP 4"}


def test_a_payer_set_off_by_commas_is_the_one_who_paid() -> None:
    facts = extract(
        "Kilnworth Ltd was fined £40,000 in May and has not paid. Another firm, Pellmore "
        "Windows Ltd, has paid the £25,000 penalty it received in April.",
        title="Regulator updates on two penalties",
    )
    paid = by_amount(facts, "25000")
    assert paid.respondent.text == "Pellmore Windows Ltd"
    assert {s.status for s in paid.statuses} == {"paid"}
    assert {s.status for s in by_amount(facts, "40000").statuses} == {"not_paid"}


# --- Courts that fine; names as companies write them --------------------------------------


def test_a_court_that_imposes_the_fine_is_its_authority() -> None:
    facts = extract(
        "Datatilsynet reported the clinic to the police. Lindholm Optik ApS, an optician, "
        "was fined 80,000 kroner by the Odense City Court in March for losing patient files.",
        title="Danish optician fined",
        published="2024-05-02",
    )
    fine = by_amount(facts, "80000")
    assert (fine.authority, fine.jurisdiction) == ("Odense City Court", "DK")
    assert fine.respondent.text == "Lindholm Optik ApS"


def test_a_court_named_short_is_the_country_s_court_of_that_name() -> None:
    facts = extract(
        "The OAIC brought proceedings against Wattle Clinics Pty Ltd in 2023. On 2 May 2025 a "
        "judge of the Federal Court ordered Wattle Clinics to pay a civil penalty of "
        "A$ 900,000.",
        title="Wattle Clinics penalised",
        published="2025-05-05",
    )
    penalty = by_amount(facts, "900000")
    assert (penalty.authority, penalty.jurisdiction) == ("Federal Court of Australia", "AU")
    assert not [f for f in facts if f.action == "order"]  # ordered to pay: the penalty itself


def test_legal_forms_belong_to_the_name() -> None:
    from assistant.parties import respondents

    cases = {
        "The office fined Hradec Foods a.s. CZK 300,000.": "Hradec Foods a.s.",
        "It fined Bratislava Parking s.r.o. EUR 9,000.": "Bratislava Parking s.r.o.",
        "Vejle Boliger A/S was fined on Monday.": "Vejle Boliger A/S",
        "It ordered Kansai Freight Co., Ltd. to stop.": "Kansai Freight Co., Ltd.",
        "UODO fined Mazury Logistyka sp. z o.o. PLN 50,000.": "Mazury Logistyka sp. z o.o.",
        "The court fined 2&4 Mobile GmbH €10,000.": "2&4 Mobile GmbH",
    }
    for text, name in cases.items():
        assert [p.name for p in respondents(text, lexicon()) if not p.pronoun] == [name], text


def test_a_law_s_name_is_never_the_party() -> None:
    from assistant.parties import respondents

    text = (
        "The commission issued an order under Article 12 of the Act on the Protection of "
        "Personal Information to Sakura Ledger Co., Ltd., a payroll firm."
    )
    assert [p.name for p in respondents(text, lexicon())] == ["Sakura Ledger Co., Ltd."]


# --- Respondents: descriptions, roles, headings, subjects ------------------------------------


def named_parties(text: str) -> list[str]:
    from assistant.parties import respondents

    return [p.name for p in respondents(text, lexicon()) if not p.pronoun]


@pytest.mark.parametrize(
    "text",
    [
        "**Contractor has paid**",
        "Refinery has paid its emissions penalty in full",
        "Importer Fined Again",
        "The board met. Distributor was fined twice, the filing says.",
    ],
)
def test_a_capitalised_description_opening_a_heading_or_sentence_is_no_name(text: str) -> None:
    assert named_parties(text) == []


def test_a_heading_does_not_become_the_article_s_main_party() -> None:
    facts = extract(
        "**Wholesaler has paid**\n\nThe CNIL fined the wholesaler €40,000 in May.",
        title="Penalty for a timber wholesaler in Uppsala",
    )
    fine = by_amount(facts, "40000")
    assert fine.respondent is None or fine.respondent.text != "Wholesaler"


@pytest.mark.parametrize(
    ("body", "amount", "party"),
    [
        (
            "Inspectors visited the Kestrel Quarry Ltd. cement plant twice last year.\n\n"
            "The EPA fined the plant $300,000 on May 3, 2024, for dust emissions.",
            "300000",
            "Kestrel Quarry Ltd",
        ),
        (
            "The CNIL audited the logistics group Marnevale SAS and the carrier Rhodanie "
            "Fret SARL. It fined the carrier €75,000 for tracking its drivers.",
            "75000",
            "Rhodanie Fret SARL",
        ),
        (
            "Vistara Kitchens Pvt Ltd, a Pune-based appliance maker, sold refurbished units as "
            "new. The tribunal imposed a penalty of ₹40 lakh on the maker.",
            "4000000",
            "Vistara Kitchens Pvt Ltd",
        ),
    ],
)
def test_a_description_stands_for_the_party_the_article_described_with_it(
    body: str, amount: str, party: str
) -> None:
    fine = by_amount(extract(body, title="Enforcement roundup"), amount)
    assert fine.respondent is not None and fine.respondent.text.startswith(party)


def test_a_description_with_a_name_in_apposition_is_that_name() -> None:
    assert named_parties("A second lender, Kovar Credit s.r.o., was fined on Monday.") == [
        "Kovar Credit s.r.o."
    ]


def test_a_description_does_not_reach_forward_to_a_party_described_later() -> None:
    facts = extract(
        "The AEPD fined Lumbre Energía S.L. €20,000 and ordered the company to answer its "
        "customers within a month. Separately, it fined the telecoms company Ondaluz SA "
        "€30,000.",
        title="Spanish roundup",
    )
    order = next(f for f in facts if f.action == "order")
    assert order.respondent.text.startswith("Lumbre")


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Nordhavn Fisk AS received an infringement fee of NOK 90 000 in May.", "Nordhavn Fisk AS"),
        ("Carrow Freight received the largest fine, £4 million.", "Carrow Freight"),
        ("Dalsgaard ApS has also received an order to delete the recordings.", "Dalsgaard ApS"),
        (
            "The inspectorate decided on a fee of SEK 300 000 against Vänern Bygg AB.",
            "Vänern Bygg AB",
        ),
        (
            "The office imposed a fine of 2,5 Mio. Euro on Rheinblick Versand GmbH.",
            "Rheinblick Versand GmbH",
        ),
    ],
)
def test_the_party_given_a_sanction_or_named_after_against(text: str, party: str) -> None:
    assert named_parties(text) == [party]


def test_a_fee_paid_to_someone_is_a_price_not_a_sanction() -> None:
    assert named_parties("The insurer paid consultancy fees to Harwick Advisory Ltd.") == []


def test_a_person_named_after_a_role_is_the_party_not_the_role() -> None:
    text = "The FCA imposed a penalty of £80,000 on the COO, Marta Lindqvist, for the breach."
    assert named_parties(text) == ["Marta Lindqvist"]
    assert named_parties("The regulator also fined the CEO.") == []


def test_the_company_is_never_the_person_fined_beside_it() -> None:
    facts = extract(
        "Harbour Ridge Ltd, a Leeds-based lender, misled borrowers. The FCA's notice imposes "
        "a penalty of £2,000,000 on the company and a penalty of £300,000 on the chief "
        "financial officer, Daniel Okoro.",
        title="Harbour Ridge: the FCA's notice explained",
    )
    assert by_amount(facts, "2000000").respondent.text == "Harbour Ridge Ltd"


def test_a_gapped_list_gives_each_amount_its_own_party() -> None:
    facts = extract(
        "The Swiss competition commission fined the two wholesalers in May. Alder Handel AG "
        "was fined CHF 3.2 million and Birchwood CHF 1.15 million.",
        title="Wholesale cartel",
    )
    assert by_amount(facts, "3200000").respondent.text.startswith("Alder")
    assert by_amount(facts, "1150000").respondent.text == "Birchwood"


def test_a_gapped_list_with_the_currency_after_the_figure() -> None:
    facts = extract(
        "Chile's consumer agency fined two grocers in June. Tienda Quillay was fined 400 million "
        "pesos and Almacenes Pudú 150 million pesos.",
        title="Grocers fined",
    )
    assert by_amount(facts, "400000000").respondent.text == "Tienda Quillay"
    assert by_amount(facts, "150000000").respondent.text == "Almacenes Pudú"


def test_the_company_resolves_to_a_company_when_the_party_named_is_a_person() -> None:
    facts = extract(
        "Harbour Ridge Ltd, a Leeds-based lender, misled borrowers.\n\n"
        "- The notice imposes a penalty of £2,000,000 on the company.\n"
        "- It imposes a penalty of £300,000 on the chief financial officer, Daniel Okoro.",
        title="Harbour Ridge: the FCA's notice explained",
    )
    assert by_amount(facts, "2000000").respondent.text == "Harbour Ridge Ltd"
    assert by_amount(facts, "300000").respondent.text == "Daniel Okoro"


def test_a_sentence_does_not_end_inside_a_provision_citation() -> None:
    facts = extract(
        "Datatilsynet reported the optician to the police. "
        "On 4 March 2024 the Odense City Court found that Lindholm Optik had breached "
        "Article 5(1)(f) GDPR, and fined the company 80,000 kroner.",
        title="Danish optician fined",
        published="2024-05-02",
    )
    fine = by_amount(facts, "80000")
    assert fine.date.text == "2024-03-04"
    assert fine.authority == "Odense City Court"


def test_an_order_requiring_a_party_to_act_is_an_order_against_it() -> None:
    facts = extract(
        "The decision has two parts. First, a fine of €2 million on Baltic Cargo SIA. Second, "
        "an order, made under Article 58(2)(f) GDPR, requiring Baltic Cargo SIA to stop the "
        "processing within a month."
    )
    order = next(f for f in facts if f.action == "order")
    assert order.respondent.text.startswith("Baltic Cargo")


def test_australian_privacy_principles_are_cited_as_apps() -> None:
    found = find_provisions(
        "failed to take reasonable steps, as Australian Privacy Principle 11.1 requires"
    )
    assert [p.label for p in found] == ["APP 11.1"]


def test_a_heading_summarises_the_section_it_opens() -> None:
    body = (
        "## Spain\n\nThe AEPD fined Ribera Seguros S.A. €70,000 for spam.\n\n"
        "## Canada: C$250,000 penalty for a lender\n\n"
        "On 3 May the Federal Court ordered Maple Ridge Credit Inc. to pay a civil penalty "
        "of C$250,000."
    )
    facts = extract(body, title="Round-up", published="2024-05-20")
    penalty = by_amount(facts, "250000")  # one fact, not one for the heading too
    assert penalty.respondent.text == "Maple Ridge Credit Inc"
    assert (penalty.authority, penalty.jurisdiction) == ("Federal Court", "CA")  # C$: Canada
    assert body[penalty.start :].startswith("On 3 May")  # quoted from the body


# --- What happened next -------------------------------------------------------------------


def test_challenges_in_court_are_appeals_and_intentions_are_the_company_s_claim() -> None:
    facts = extract(
        "The office fined Lumenhaus s.r.o. CZK 800,000 in May. Lumenhaus has challenged that "
        "decision before the Regional Court in Brno.\n\n"
        "It also fined Dravex a.s. CZK 200,000, and Dravex said it intends to lodge an appeal.\n\n"
        "Separately, Kolomaz a.s. is contesting its CZK 90,000 fine in court, while Strela a.s. "
        "said it would seek annulment of its CZK 50,000 fine.",
        title="Czech regulator round-up",
    )
    assert "appealed" in {s.status for s in by_amount(facts, "800000").statuses}
    dravex = {s.status for s in by_amount(facts, "200000").statuses}
    assert "disputed" in dravex and "appealed" not in dravex
    assert "appealed" in {s.status for s in by_amount(facts, "90000").statuses}
    strela = by_amount(facts, "50000")
    assert strela.respondent.text == "Strela a.s."
    assert {s.status for s in strela.statuses} == {"disputed"}  # not Kolomaz's appeal


def test_a_court_that_cut_a_fine_from_one_decimal_figure_to_another_reduced_it() -> None:
    facts = extract(
        "The Supreme Court on Monday reduced the penalty imposed on Orla Telecom Ltd, the "
        "mobile operator, from €2.4 million to €1.1 million.",
        title="Court cuts Orla fine",
    )
    fine = by_amount(facts, "2400000")
    assert {"reduced", "appealed"} <= {s.status for s in fine.statuses}


def test_a_payer_named_before_paid_is_the_one_who_paid() -> None:
    facts = extract(
        "The authority fined Brezno Logistika PLN 300,000 in March.\n\n"
        "Other companies paid. Online shop Kwiatek Dom paid its PLN 40,000 fine in full.",
        title="Polish round-up",
    )
    assert by_amount(facts, "40000").respondent.text == "Kwiatek Dom"


def test_an_action_told_next_in_a_paragraph_shares_its_date_and_regulator() -> None:
    facts = extract(
        "On April 9 the Consumer Financial Protection Bureau fined Harlow Remit Inc. $900,000 "
        "over missing disclosures. The Bureau also banned Harlow from offering transfers for "
        "a year.",
        title="CFPB round-up",
    )
    ban = next(f for f in facts if f.action == "ban")
    assert (ban.authority, ban.date.text) == ("CFPB", "2024-04-09")


def test_the_court_means_the_court_named_before_as_it_was_resolved() -> None:
    facts = extract(
        "Greece's Council of State on 2 May annulled a €80,000 fine that the HDPA had imposed "
        "on Lefka Tours S.A. The court ruled that the hearing had been unfair.",
        title="Greek court annuls fine",
    )
    rulings = [f for f in facts if f.action == "ruling"]
    assert {(r.authority, r.jurisdiction) for r in rulings} == {
        ("Council of State of Greece", "GR")
    }


# --- Courts' rulings -----------------------------------------------------------------------


COURT_STORY = (
    "The Regional Court of Graz on Tuesday cut a GDPR fine imposed on the retailer Murtal "
    "Handel GmbH by two thirds, ruling that the breach was a minor one. The judgment, dated "
    "7 May 2024, was published on Friday.\n\n"
    "The fine of €3.3 million had been imposed by the Austrian data protection authority in "
    "2022 for a breach of Article 32 GDPR. The court reduced it to €1,100,000."
)


def test_a_court_cutting_a_fine_rules_even_before_it_names_the_figure() -> None:
    facts = extract(COURT_STORY, title="Graz court cuts Murtal fine", published="2024-05-17")
    ruling = by_amount(facts, "1100000")
    assert ruling.action == "ruling"
    assert ruling.respondent.text.startswith("Murtal")
    assert ruling.date.text == "2024-05-07"  # the judgment's own date, not Tuesday's report


def test_a_ruling_on_a_fine_concerns_the_breaches_the_fine_was_for() -> None:
    facts = extract(COURT_STORY, title="Graz court cuts Murtal fine", published="2024-05-17")
    assert "GDPR Art. 32" in labels(by_amount(facts, "1100000"))


def test_a_long_object_does_not_hide_the_figure_a_court_reduced_a_fine_to() -> None:
    facts = extract(
        "The Federal Administrative Court has reduced the fine imposed by the national data "
        "protection authority (the supervisory body for the whole federal territory) on the "
        "Innsbruck heating supplier Tiroler Waerme AG from €1.25 million to €400,000.",
        title="Court cuts fine",
    )
    assert by_amount(facts, "400000").action == "ruling"


def test_the_same_court_is_the_court_named_before_in_any_sentence() -> None:
    facts = extract(
        "Lublin Trans sp. z o.o. filed a complaint with the Voivodeship Administrative Court "
        "(WSA) in Lublin in May.\n\n"
        "In October, the same court annulled a PLN 90,000 fine that UODO had imposed on the "
        "insurer Wisla Ubezpieczenia S.A.",
        title="Polish courts and UODO",
    )
    ruling = next(f for f in facts if f.action == "ruling")
    assert (ruling.authority, ruling.jurisdiction) == (
        "Lublin Voivodeship Administrative Court",
        "PL",
    )


def test_a_regulator_confirming_a_payment_is_no_court_upholding_a_fine() -> None:
    facts = extract(
        "The pharmacy chain Zdrowa Linia paid its PLN 75,000 fine in full, UODO confirmed, and "
        "did not go to court.",
        title="Polish round-up",
    )
    fine = by_amount(facts, "75000")
    assert fine.action == "fine"
    # paid, and not taken to court: no court upheld anything
    assert sorted(s.status for s in fine.statuses) == ["not_appealed", "paid"]


def test_a_deadline_dates_nothing() -> None:
    facts = extract(
        "Today we have fined Corrib Payments Limited €400,000. We have also directed Corrib to "
        "complete a remediation programme by 30 June 2025.",
        title="Central Bank fines Corrib Payments",
        published="2024-09-02",
        outlet="Central Bank of Ireland",
    )
    order = next(f for f in facts if f.action == "order")
    assert order.date is None or order.date.text != "2025-06-30"


def test_a_settlement_with_a_party_is_against_it() -> None:
    facts = extract(
        "The Attorney General today announced a settlement with Glowline Beauty, Inc. over its "
        "data sales.\n\nUnder the settlement, Glowline has agreed to pay $600,000 in penalties.",
        title="Attorney General settles with Glowline",
        published="2024-03-05",
    )
    deal = by_amount(facts, "600000")
    assert deal.date.text == "2024-03-05"  # the day the settlement was announced


def test_a_body_that_reviewed_a_fine_did_not_impose_it() -> None:
    facts = extract(
        "Datatilsynet also pointed to its record.\n\nThe Danish regulator has been busy. Its "
        "largest fine so far, DKK 4 million imposed on the app maker Sundby Apps in 2021, was "
        "upheld by Finanstilsynet after Sundby appealed.",
        title="Danish regulator's record",
    )
    fine = by_amount(facts, "4000000")
    assert (fine.authority, fine.jurisdiction) == ("Datatilsynet (DK)", "DK")


def test_asking_a_court_to_lift_a_ban_is_an_appeal() -> None:
    facts = extract(
        "The authority imposed a temporary ban on Harbo Social on 2 June. Harbo has asked the "
        "Bergen District Court for an injunction to lift the ban.",
        title="Norway bans Harbo Social's ad profiling",
    )
    ban = next(f for f in facts if f.action == "ban")
    assert "appealed" in {s.status for s in ban.statuses}


def test_measures_of_the_same_paragraph_rest_on_the_same_breaches() -> None:
    facts = extract(
        "On May 2 the CFPB fined Quayside Remit Inc. $500,000 for failing to refund lost "
        "transfers, in violation of the Electronic Fund Transfer Act. The Bureau also banned "
        "Quayside from offering transfers for a year.",
        title="CFPB round-up",
    )
    ban = next(f for f in facts if f.action == "ban")
    assert "EFTA" in labels(ban)


def test_a_measure_of_the_decision_or_deal_that_fined_is_dated_by_it() -> None:
    facts = extract(
        "By a decision of 3 April 2024, we have imposed an administrative fine of €80,000 on "
        "Moselle Assurances S.A.\n\n"
        "What we found\n\nThe insurer kept claims data for twenty years.\n\n"
        "In addition to the fine, we have ordered Moselle to delete the old claims data.\n\n"
        "Separately, Glenrock Gyms LLC agreed on March 4, 2024 to pay a $50,000 civil penalty."
        "\n\nThe consent judgment also requires Glenrock to offer online cancellation.",
        title="Enforcement notes",
        published="2024-04-10",
    )
    orders = {f.respondent.text.split()[0]: f for f in facts if f.action == "order"}
    assert orders["Moselle"].date.text == "2024-04-03"
    assert orders["Glenrock"].date.text == "2024-03-04"


def test_a_fine_appealed_and_reduced_in_the_passive_was_both() -> None:
    facts = extract(
        "Our largest fine so far, SEK 40 million imposed on Norrsken AB in 2021, was appealed "
        "by the company and reduced to SEK 25 million by the Administrative Court in Malmo.",
        title="IMY fines a bank",
    )
    fine = by_amount(facts, "40000000")
    assert {"appealed", "reduced"} <= {s.status for s in fine.statuses}
    assert by_amount(facts, "25000000").action == "ruling"


def test_measures_enumerated_as_items_are_told_apart() -> None:
    facts = extract(
        "The decision imposes three measures on Lakeview Data Ltd. First, a fine of €300,000. "
        "Second, an order requiring Lakeview Data Ltd to delete the scraped profiles. Third, "
        "an order requiring Lakeview Data Ltd to appoint a data protection officer.",
        title="Lakeview Data fined",
    )
    assert len([f for f in facts if f.action == "order"]) == 2


# --- Jurisdiction of a name two regulators share ------------------------------------------


def test_a_shared_regulator_name_takes_the_country_the_article_points_at() -> None:
    body = (
        "Bergen, 4 March 2024\n\n"
        "Datatilsynet has fined the ferry operator Skjærgård Linjer AS NOK 900,000 for "
        "keeping passenger lists for ten years."
    )
    facts = extract(body, title="Datatilsynet fines a ferry operator", outlet="Datatilsynet")
    assert by_amount(facts, "900000").jurisdiction == "NO"
    body = (
        "Datatilsynet has fined the bakery chain Rugbrød ApS DKK 300,000 for "
        "camera surveillance of staff in Aarhus, Denmark."
    )
    facts = extract(body, title="Datatilsynet fines a bakery", outlet="Datatilsynet")
    assert by_amount(facts, "300000").jurisdiction == "DK"


def test_a_provincial_regulator_fines_in_its_province() -> None:
    facts = extract(
        "The Commission d'accès à l'information said it had imposed an administrative "
        "monetary penalty of C$12,000 on the clinic Santé Laurier inc. for a late breach "
        "report.",
        title="Quebec privacy penalty",
    )
    assert by_amount(facts, "12000").jurisdiction == "CA-QC"


def test_an_amount_restated_in_another_currency_in_brackets_is_one_fine() -> None:
    facts = extract(
        "The authority fined Dunărea Logistics S.R.L. RON 74,650 (the equivalent of EUR 15,000) "
        "for unlawful camera surveillance of drivers.",
        title="Romanian regulator fines a haulier",
    )
    fines = [f for f in facts if f.action == "fine"]
    assert len(fines) == 1, [(f.action, f.amount) for f in facts]
    assert [a.text for a in fines[0].other_amounts] == ["EUR 15,000"]


# --- Regulators outside Europe: names with their country, shared words, local currencies --


def _fine(facts: list[Fact]) -> Fact:
    fines = [f for f in facts if f.action == "fine" and f.amount]
    assert len(fines) == 1, [(f.action, f.amount) for f in facts]
    return fines[0]


def test_a_country_s_own_data_protection_commissioner_is_not_ireland_s() -> None:
    fine = _fine(
        extract(
            "Kenya's Office of the Data Protection Commissioner fined the microlender Tala "
            "Tena Ltd 3 million shillings for calling borrowers' relatives.",
            title="Kenyan regulator fines a lender",
        )
    )
    assert (fine.authority, fine.jurisdiction) == ("ODPC", "KE")
    assert (fine.amount.amount, fine.amount.currency) == (Decimal("3000000"), "KES")
    fine = _fine(
        extract(
            "The Nigeria Data Protection Commission imposed a remedial fee of 25 million naira "
            "on the payments app Zobo Pay Ltd over its consent forms.",
            title="Payments app penalised",
        )
    )
    assert (fine.authority, fine.jurisdiction, fine.amount.currency) == ("NDPC", "NG", "NGN")


def test_shillings_and_pesos_are_the_article_s_country_s() -> None:
    fine = _fine(
        extract(
            "Uganda's Personal Data Protection Office fined the betting firm Kasozi Bets Ltd "
            "40 million shillings for sharing customers' phone numbers.",
            title="Betting firm fined",
        )
    )
    assert (fine.authority, fine.jurisdiction, fine.amount.currency) == ("PDPO", "UG", "UGX")
    fine = _fine(
        extract(
            "Colombia's Superintendence of Industry and Commerce fined the delivery app "
            "Rapidito S.A.S. 850 million pesos for processing location data without consent.",
            title="Delivery app fined",
        )
    )
    assert (fine.authority, fine.jurisdiction, fine.amount.currency) == ("SIC", "CO", "COP")


def test_a_name_two_countries_regulators_share_takes_the_article_s_country() -> None:
    fine = _fine(
        extract(
            "Thailand's PDPC fined the private hospital Chao Phraya Care Co. 1.5 million baht "
            "after patient records leaked online.",
            title="Thai hospital fined",
        )
    )
    assert (fine.authority, fine.jurisdiction, fine.amount.currency) == ("PDPC (TH)", "TH", "THB")
    fine = _fine(
        extract(
            "Slovenia's Information Commissioner fined the insurer Lipa Zavarovanje d.d. "
            "EUR 15,000 for sending policy documents to the wrong clients.",
            title="Slovenian insurer fined",
        )
    )
    assert (fine.authority, fine.jurisdiction) == ("IP (SI)", "SI")
    fine = _fine(
        extract(
            "The UK's Information Commissioner fined Harrowgate Lettings Ltd £80,000 for "
            "unsolicited marketing texts.",
            title="Lettings agent fined",
        )
    )
    assert (fine.authority, fine.jurisdiction) == ("ICO", "GB")


def test_hhs_civil_rights_office_and_surcharges_are_regulators_fines() -> None:
    fine = _fine(
        extract(
            "The Office for Civil Rights imposed a $125,000 civil money penalty on Brookfield "
            "Dental Group for ignoring a patient's request for her records.",
            title="Dental group penalised",
        )
    )
    assert (fine.authority, fine.jurisdiction) == ("HHS OCR", "US")
    fine = _fine(
        extract(
            "The Korea Fair Trade Commission imposed a penalty surcharge of 2.1 billion won on "
            "the retailer Hanbit Mart for unfair dealings with suppliers.",
            title="Retailer hit with surcharge",
        )
    )
    assert (fine.authority, fine.jurisdiction, fine.amount.currency) == ("KFTC", "KR", "KRW")


# --- Names with their legal forms ---------------------------------------------------------


def test_a_registered_name_keeps_its_descriptors_and_its_legal_form() -> None:
    facts = extract(
        "The commission fined Maple Harbour Veterinary Group Pte Ltd S$9,000 for leaving "
        "client records on an open server.",
        title="Singapore privacy fines",
    )
    assert by_amount(facts, "9000").respondent.text == "Maple Harbour Veterinary Group Pte Ltd"
    facts = extract(
        "The regulator said it had fined Bank Wiślański Rolny S.A. 1.2 million zlotys for a "
        "late breach notification. Wiślański said it would appeal.",
        title="Polish bank fined",
    )
    fine = by_amount(facts, "1200000")
    assert fine.respondent.text == "Bank Wiślański Rolny S.A."
    assert fine.respondent_key == "wislanski"


# --- Amounts that are not a new action ----------------------------------------------------


def test_a_running_total_of_fines_is_not_a_fine() -> None:
    facts = extract(
        "The authority fined Kestrel Parcels Ltd £40,000 on Monday. The regulator has imposed "
        "fines totalling more than £1.3 million since January, according to a count by a "
        "trade newsletter.",
        title="ICO fines a courier",
    )
    assert [f.amount.amount for f in facts if f.amount] == [Decimal("40000")]
    facts = extract(
        "The regulator fined Kestrel Parcels Ltd £40,000, bringing its tally for the year to "
        "£1.5 million.",
        title="ICO fines a courier",
    )
    assert [f.amount.amount for f in facts if f.amount] == [Decimal("40000")]


def test_the_ceiling_of_a_daily_penalty_is_not_a_penalty() -> None:
    facts = extract(
        "When Lindqvist Foods missed the deadline, the authority imposed a daily fine of "
        "€2,000 from 1 March, capped at €150,000.",
        title="Daily fine for a food company",
    )
    assert [f.amount.amount for f in facts if f.amount] == [Decimal("2000")]


def test_a_fine_after_its_amount_is_a_noun_not_a_verb() -> None:
    facts = extract(
        "The Administrative Court quashed in its entirety the €40,000 fine the Sanctions Chamber had "
        "imposed on "
        "the hotel operator Duinzicht Hotels BV for unanswered access requests.",
        title="Court annuls hotel fine",
    )
    fine = by_amount(facts, "40000")
    assert fine.respondent.text == "Duinzicht Hotels BV"


# --- Dates told by reference to the action before ----------------------------------------


def test_an_action_told_as_the_same_day_has_the_date_of_the_one_before() -> None:
    facts = extract(
        "**Ireland**\n\nOn Tuesday the commission fined Larkspur Couriers Ltd €30,000 for "
        "losing parcel manifests.\n\nOn the same day, the commission fined Tidewell Opticians "
        "Ltd €12,000 for marketing emails sent without consent.",
        title="Weekly round-up",
        published="2024-06-07",
    )
    assert by_amount(facts, "30000").date.text == "2024-06-04"
    assert by_amount(facts, "12000").date.text == "2024-06-04"


def test_the_same_regulator_also_fining_in_the_next_paragraph_is_the_same_decision() -> None:
    facts = extract(
        "On May 14 the Garante imposed a fine of €300,000 on Verdant Rides Srl for leaving "
        "trip logs unprotected.\n\nThe Garante also fined Verdant Rides Srl €9,000 for "
        "notifying riders late.",
        title="Verdant Rides fined",
        published="2024-05-20",
    )
    assert by_amount(facts, "9000").date.text == "2024-05-14"


def test_an_action_told_in_the_same_statement_is_dated_by_it_and_contested_in_court() -> None:
    facts = extract(
        "The authority said on Tuesday that it had fined Brazda Tours SRL RON 30,000.\n\n"
        "In the same statement, the authority said it had fined Olt Asigurări S.A. RON 45,000 "
        "for a misdirected mailing. Olt said it had contested the fine before the Sibiu "
        "District Court.",
        title="Romanian regulator fines two companies",
        published="2024-06-07",
    )
    fine = by_amount(facts, "45000")
    assert (fine.date or fine.announced).text == "2024-06-04"
    assert "appealed" in {s.status for s in fine.statuses}


# --- Statuses -----------------------------------------------------------------------------


def test_a_status_naming_an_amount_is_that_fines_alone() -> None:
    facts = extract(
        "On 2 April 2024 the Garante imposed two fines on Cortile Servizi Srl: €90,000 for "
        "selling customer lists and €15,000 for ignoring access requests.\n\n"
        "Cortile has challenged the larger fine in court. The company has not paid the "
        "90,000 euros, its lawyers said.",
        title="Garante fines Cortile Servizi",
    )
    assert "not_paid" in {s.status for s in by_amount(facts, "90000").statuses}
    assert "not_paid" not in {s.status for s in by_amount(facts, "15000").statuses}


def test_the_month_a_fine_was_paid_is_not_when_it_was_imposed() -> None:
    facts = extract(
        "On 3 March 2024 the Garante fined Vellutino Srl €20,000 for unsolicited calls.\n\n"
        "Vellutino paid the €20,000 fine in April, the company said.",
        title="Garante fines Vellutino",
        published="2024-06-10",
    )
    fine = by_amount(facts, "20000")
    assert fine.date.text == "2024-03-03"
    assert "paid" in {s.status for s in fine.statuses}


def test_the_day_of_a_filing_is_when_it_was_said_not_when_a_fine_was_imposed() -> None:
    facts = extract(
        "In a decision dated 2 February 2024 the Garante fined Orsolina Srl €35,000 for "
        "unsolicited calls.\n\nAccording to Tuesday's filing with the stock exchange, "
        "Orsolina paid the €35,000 fine in March.",
        title="Garante fines Orsolina",
        published="2024-06-14",
    )
    fine = by_amount(facts, "35000")
    assert fine.date.text == "2024-02-02"
    assert "paid" in {s.status for s in fine.statuses}


def test_complying_with_an_order_complies_with_the_daily_penalty_enforcing_it() -> None:
    facts = extract(
        "The Garante ordered Brunello Srl to delete the recordings. When Brunello missed the "
        "deadline, the Garante imposed a daily penalty of €1,000 from 1 May 2024. Brunello "
        "has now complied with the order, the Garante said.",
        title="Garante and Brunello",
        published="2024-06-14",
    )
    daily = by_amount(facts, "1000")
    assert daily.action == "penalty_payment"
    assert "complied" in {s.status for s in daily.statuses}


def test_a_party_described_then_named_in_brackets_is_the_name() -> None:
    facts = extract(
        "The authority fined the district clinic in Tarnowo (Przychodnia Rejonowa w Tarnowie) "
        "40,000 zlotys for a lost laptop.",
        title="Polish regulator fines a clinic",
    )
    assert by_amount(facts, "40000").respondent.text == "Przychodnia Rejonowa w Tarnowie"


# --- Regulators, statuses, round-ups, laws (blind-6 failure classes) ----------------------


def test_a_national_financial_supervisor_is_known_by_its_acronym() -> None:
    facts = extract(
        "Luxembourg's CSSF has fined the fund administrator Moselle Fund Services S.A. "
        "EUR 410,000 for weak anti-money-laundering controls.",
        title="CSSF fines fund administrator",
    )
    fine = by_amount(facts, "410000")
    assert (fine.authority, fine.jurisdiction) == ("CSSF", "LU")


def test_a_financial_supervisor_is_not_the_countrys_data_protection_authority() -> None:
    facts = extract(
        "The Czech National Bank fined the payment institution Vltava Platby s.r.o. "
        "CZK 2,000,000 for late reporting.",
        title="Czech central bank fines a payment firm",
    )
    fine = by_amount(facts, "2000000")
    assert (fine.authority, fine.jurisdiction) == ("CNB", "CZ")


def test_a_state_department_of_justice_is_its_attorney_generals_office() -> None:
    facts = extract(
        "Last year Brightmoor Apps paid $250,000 to settle an inquiry by the Wisconsin "
        "Department of Justice.",
        title="Brightmoor Apps settles",
    )
    fine = by_amount(facts, "250000")
    assert fine.jurisdiction == "US-WI"


def test_a_statute_the_data_does_not_list_is_named_by_its_title() -> None:
    found = find_instruments("The bank breached the Deposit Guarantee Schemes Act 2015 twice.")
    assert [i for i, _, _ in found] == ["Deposit Guarantee Schemes Act 2015"]
    found = find_instruments("a penalty under the Act on Electronic Communications Services")
    assert [i for i, _, _ in found] == ["Act on Electronic Communications Services"]
    found = find_instruments("under Part 4 of the Consumer Credit Act 1974")
    assert [i for i, _, _ in found] == ["Consumer Credit Act 1974"]


def test_a_fine_for_breaching_a_named_statute_cites_it() -> None:
    facts = extract(
        "The Bank of Lithuania fined the lender Nemunas Kreditas UAB EUR 75,000 for "
        "breaching the Consumer Credit Act.",
        title="Bank of Lithuania fines lender",
    )
    fine = by_amount(facts, "75000")
    assert "Consumer Credit Act" in labels(fine)
    assert fine.respondent.text.startswith("Nemunas Kreditas")


def test_a_law_named_in_the_sentence_is_never_the_party() -> None:
    facts = extract(
        "The regulator imposed a periodic penalty under the Act on Enforcement Measures: "
        "EUR 2 000 for each day the retailer Lumikki Kauppa Oy keeps the records.",
        title="Periodic penalty for Lumikki Kauppa",
    )
    assert all(f.respondent is None or "Enforcement" not in f.respondent.text for f in facts)


def test_a_state_privacy_law_is_known_by_its_name() -> None:
    facts = extract(
        "In May, Harrowgate Analytics paid $90,000 to settle an inquiry by the Montana "
        "Department of Justice under the Montana Consumer Data Privacy Act.",
        title="Harrowgate Analytics settles in Montana",
    )
    deal = by_amount(facts, "90000")
    assert deal.jurisdiction == "US-MT"
    assert "Montana Consumer Data Privacy Act" in labels(deal)
    assert "paid" in {s.status for s in deal.statuses}


def test_a_fine_that_has_been_paid_is_paid() -> None:
    facts = extract(
        "The Garante fined Valtellina Servizi S.r.l. €60,000 for unlawful telemarketing. "
        "The company will not go to court and the fine has been paid.",
        title="Garante fines Valtellina Servizi",
    )
    assert "paid" in {s.status for s in by_amount(facts, "60000").statuses}


def test_a_fine_taken_before_a_court_is_appealed_but_not_one_not_appealed() -> None:
    facts = extract(
        "The AEPD fined Costa Brava Hoteles S.L. €90,000 and ordered it to delete the "
        "guests' passport scans. Costa Brava Hoteles has taken the fine to the National High "
        "Court.\n\nThe AEPD also fined Meseta Viajes S.L. €20,000. Meseta Viajes has not "
        "appealed the decision.",
        title="AEPD fines two travel firms",
    )
    assert "appealed" in {s.status for s in by_amount(facts, "90000").statuses}
    assert "appealed" not in {s.status for s in by_amount(facts, "20000").statuses}


def test_a_request_for_reconsideration_or_a_cassation_appeal_is_an_appeal() -> None:
    facts = extract(
        "The CNB fined the broker Vltava Invest a.s. CZK 800,000 for late reports. Vltava "
        "Invest has filed a request for reconsideration with the bank's board.",
        title="CNB fines Vltava Invest",
    )
    assert "appealed" in {s.status for s in by_amount(facts, "800000").statuses}


def test_a_status_saying_which_measure_it_is_about_is_that_measures() -> None:
    facts = extract(
        "The Datatilsynet ordered Fjellvik Eiendom AS to hand over the tenants' access logs "
        "and banned it from sharing them with its bailiff. Fjellvik Eiendom has not complied "
        "with the order.",
        title="Datatilsynet and Fjellvik Eiendom",
    )
    order = next(f for f in facts if f.action == "order")
    ban = next(f for f in facts if f.action == "ban")
    assert "not_complied" in {s.status for s in order.statuses}
    assert "not_complied" not in {s.status for s in ban.statuses}


def test_a_sentence_opening_with_the_company_is_about_the_party_told_last() -> None:
    facts = extract(
        "In May the CNIL fined Ardoise Media SAS €150,000.\n\nIn June it fined Brioche "
        "Express SARL €30,000 for cookie walls. The company has since paid the fine in full.",
        title="CNIL fines Ardoise Media",
    )
    assert "paid" in {s.status for s in by_amount(facts, "30000").statuses}
    assert "paid" not in {s.status for s in by_amount(facts, "150000").statuses}


def test_a_person_fined_is_the_respondent_and_named_later_by_surname() -> None:
    facts = extract(
        "The CSSF fined Moselle Fund Services S.A. EUR 300,000 and fined the firm's former "
        "chief executive, Jean Weber, EUR 40,000. Weber has yet to pay.",
        title="CSSF fines Moselle Fund Services",
    )
    person = by_amount(facts, "40000")
    assert person.respondent.text == "Jean Weber"
    assert "not_paid" in {s.status for s in person.statuses}
    assert "not_paid" not in {s.status for s in by_amount(facts, "300000").statuses}


def test_who_appealed_a_fine_a_court_upheld_is_the_party_fined() -> None:
    facts = extract(
        "Separately, the Supreme Administrative Court dismissed an appeal by the Riga "
        "pharmacy SIA Ābeļzieds Aptieka and upheld the €12,000 fine the DVI had imposed on it.",
        title="Latvian court rulings",
    )
    fine = next(f for f in facts if f.action == "fine")
    assert "Ābeļzieds Aptieka" in fine.respondent.text


def test_who_brought_a_reference_to_a_tribunal_is_the_party_of_its_ruling() -> None:
    facts = extract(
        "The FCA fined Calder Pensions Ltd £3 million in 2023.\n\n"
        "Last week the Upper Tribunal dismissed a reference made by Moira Tate, formerly a "
        "director of Calder Pensions, who had challenged the FCA's decision to ban her.",
        title="FCA fines Calder Pensions",
    )
    ruling = next(f for f in facts if f.action == "ruling")
    assert ruling.respondent.text == "Moira Tate"


def test_a_notice_ordering_a_party_is_against_that_party() -> None:
    facts = extract(
        "The ICO served an enforcement notice ordering Pennine Leads Ltd to stop sending "
        "marketing texts to people who had not consented.",
        title="ICO notice for Pennine Leads",
    )
    order = next(f for f in facts if f.action == "order")
    assert order.respondent.text.startswith("Pennine Leads")


def test_a_status_sentence_naming_the_court_appealed_to_is_about_the_party() -> None:
    facts = extract(
        "The UODO fined the insurer Wisła Ubezpieczenia S.A. 900,000 zlotys for a lost "
        "server. The insurer said it had filed a complaint against the decision with the "
        "Voivodeship Administrative Court in Warsaw.",
        title="UODO fines Wisła Ubezpieczenia",
    )
    assert "appealed" in {s.status for s in by_amount(facts, "900000").statuses}


def test_a_court_written_with_its_seat_either_way_is_one_court_of_its_country() -> None:
    facts = extract(
        "In March the Supreme Administrative Court of Poland dismissed an appeal by the "
        "retailer Odra Handel sp. z o.o. and upheld the 75,000 zlotys fine the UODO had "
        "imposed on it.",
        title="Court upholds UODO fine",
    )
    ruling = next(f for f in facts if f.action == "ruling")
    assert (ruling.authority, ruling.jurisdiction) == (
        "Supreme Administrative Court of Poland",
        "PL",
    )


def test_the_day_a_daily_penalty_starts_running_does_not_date_it() -> None:
    facts = extract(
        "The Ombudsman ordered Saimaa Vuokraus Oy in a decision dated 2 May 2024 to delete "
        "the recordings, backed by a conditional fine of EUR 800 for each day from 1 July "
        "2024 that it fails to comply. Saimaa Vuokraus has not complied with the order.",
        title="Ombudsman orders Saimaa Vuokraus",
        published="2024-07-20",
    )
    daily = by_amount(facts, "800")
    assert daily.date is None or daily.date.text == "2024-05-02"
    assert "not_complied" in {s.status for s in daily.statuses}


def test_a_measure_told_next_in_the_paragraph_has_its_announcement_day() -> None:
    facts = extract(
        "Croatia's AZOP announced on 4 March a fine of EUR 30,000 on Jadran Telekom d.d. for "
        "ignoring access requests. AZOP also ordered the company to answer them within a "
        "month.",
        title="AZOP fines Jadran Telekom",
        published="2024-03-10",
    )
    order = next(f for f in facts if f.action == "order")
    assert (order.date or order.announced).text == "2024-03-04"


def test_a_fine_a_court_upheld_is_the_regulators_called_the_inspectorate() -> None:
    facts = extract(
        "Latvia's Data State Inspectorate (DVI) fined Daugava Klīnika SIA €18,000 in 2023.\n\n"
        "On Monday the Supreme Administrative Court of Lithuania dismissed an appeal by the "
        "Vilnius optician UAB Regėjimo Centras and upheld the €9,000 fine the Inspectorate "
        "had imposed on it.",
        title="Baltic rulings",
    )
    fine = next(f for f in facts if f.action == "fine" and f.amount.amount == 9000)
    assert fine.authority != "Supreme Administrative Court of Lithuania"


# --- A legal form's full stop inside a sentence -----------------------------------------


def test_a_legal_forms_full_stop_does_not_end_the_sentence_before_the_amount() -> None:
    facts = extract(
        "In May the NAIH fined the bakery chain Tisza Pékség Kft. HUF 25 million for "
        "filming its staff, and the Garante fined Brenta Logistica S.p.A. €120,000 for "
        "unlawful calls.",
        title="Two fines",
    )
    assert by_amount(facts, "25000000").respondent.text.startswith("Tisza Pékség")
    assert by_amount(facts, "120000").respondent.text.startswith("Brenta Logistica")
    facts = extract(
        "The Icelandic authority fined the dairy Mjólkurbú Suðurlands ehf. 2.4 million "
        "krónur for keeping job applicants' files for ten years.",
        title="Dairy fined",
    )
    assert by_amount(facts, "2400000").respondent.text.startswith("Mjólkurbú Suðurlands")


def test_a_legal_form_that_does_end_a_sentence_still_ends_it() -> None:
    facts = extract(
        "The inspectorate fined the builder Kaleva Rakennus Oy. The company paid EUR 9,000 "
        "of costs in March.",
        title="Builder fined",
    )
    assert all(f.action != "fine" or f.amount is None for f in facts)


# --- Datelines and bans with an object --------------------------------------------------


def test_a_wire_dateline_is_never_the_party_banned() -> None:
    facts = extract(
        "LISBON, Oct 14 (Iberia Wire) - Portugal's data protection commission, the CNPD, has "
        "barred the car rental firm Ribeira Rent S.A. from keeping drivers' location "
        "history for more than a month.",
        title="Portugal bars car rental firm",
    )
    ban = next(f for f in facts if f.action == "ban")
    assert ban.respondent.text.startswith("Ribeira Rent")


def test_a_dateline_before_a_subject_leaves_the_subject_the_party() -> None:
    facts = extract(
        "VIENNA, 3 February (Alpen Press) - Grazer Wohnbau GmbH was fined 75,000 euros by "
        "the Austrian authority for keeping tenants' bank statements.",
        title="Landlord fined",
    )
    assert by_amount(facts, "75000").respondent.text.startswith("Grazer Wohnbau")


def test_prohibited_or_forbade_someone_from_is_a_ban_on_them() -> None:
    facts = extract(
        "Finland's Ombudsman has prohibited the parking operator Kaista Pysäköinti Oy from "
        "photographing number plates at its car parks.",
        title="Parking operator banned",
    )
    assert [(f.action, f.respondent.text) for f in facts] == [("ban", "Kaista Pysäköinti Oy")]
    facts = extract(
        "The Croatian agency forbade the lottery operator Sretna Kugla from sending "
        "text-message advertising without consent.",
        title="Lottery operator banned",
    )
    assert [(f.action, f.respondent.text) for f in facts] == [("ban", "Sretna Kugla")]


# --- A person fined with a company -------------------------------------------------------


def test_he_and_his_lawyer_are_the_person_fined_not_the_company() -> None:
    facts = extract(
        "The Czech National Bank fined the broker Vltava Invest a.s. CZK 4 million and its "
        "former director, Marek Dvořák, CZK 200,000 for mis-selling bonds.\n\n"
        "Vltava Invest has paid its fine, the company said. Dvořák has not paid. His "
        "lawyer said he would contest the decision in court.",
        title="CNB fines Vltava Invest and its former director",
    )
    company, person = by_amount(facts, "4000000"), by_amount(facts, "200000")
    assert {s.status for s in company.statuses} == {"paid"}
    assert "paid" not in {s.status for s in person.statuses}
    disputed = [s for s in person.statuses if s.status in {"disputed", "appealed"}]
    assert disputed and all(s.claim_of in {None, "Marek Dvořák"} for s in disputed)


def test_a_status_named_by_a_companys_distinctive_word_is_that_companys() -> None:
    facts = extract(
        "In March the authority fined the insurer Pojišťovna Morava S.A. CZK 2 million. It "
        "also fined the lender Kredit Slezsko CZK 1 million.\n\nMorava paid the fine in April.",
        title="Two fines",
    )
    assert "paid" in {s.status for s in by_amount(facts, "2000000").statuses}
    assert "paid" not in {s.status for s in by_amount(facts, "1000000").statuses}


def test_him_or_her_after_a_person_introduced_by_role_is_that_person() -> None:
    facts = extract(
        "The Central Bank of Ireland fined Liffey Mortgages DAC €1.2 million in March.\n\n"
        "Separately, the Central Bank concluded its inquiry into Aoife Brennan, the former "
        "head of compliance at Liffey Mortgages, and decided to fine her €45,000.",
        title="Central Bank fines Liffey Mortgages",
    )
    assert by_amount(facts, "45000").respondent.text == "Aoife Brennan"
    assert by_amount(facts, "1200000").respondent.text.startswith("Liffey Mortgages")


def test_a_pronoun_stands_for_the_person_named_last_before_it() -> None:
    facts = extract(
        "The FSA fined Nordhavn Kapital A/S DKK 5 million.\n\n"
        "Its former chief executive, Mads Holm, was fined DKK 200,000. Its former compliance "
        "officer, Sofie Lund, was also sanctioned: the FSA decided to fine her DKK 80,000.",
        title="FSA fines Nordhavn Kapital",
    )
    assert by_amount(facts, "200000").respondent.text == "Mads Holm"
    assert by_amount(facts, "80000").respondent.text == "Sofie Lund"


def test_a_person_named_in_apposition_to_their_role_is_the_party_sanctioned() -> None:
    facts = extract(
        "The Polish regulator fined Kestrel Tours sp. z o.o. PLN 900,000.\n\n"
        "Kestrel's former finance director, Piotr Malek, was ordered to pay a PLN 80,000 "
        "penalty.",
        title="Kestrel Tours fined",
    )
    assert by_amount(facts, "80000").respondent.text == "Piotr Malek"


def test_a_second_company_named_after_its_description_is_the_party() -> None:
    facts = extract(
        "The Garante fined Policlinico Aurora €200,000 for a data breach.\n\n"
        "In May the Garante also fined another hospital, Ospedale San Vito S.r.l., €60,000 "
        "for leaving patient files in a corridor. San Vito has paid the fine.",
        title="Garante fines Policlinico Aurora",
    )
    second = by_amount(facts, "60000")
    assert second.respondent.text.startswith("Ospedale San Vito")
    assert "paid" in {s.status for s in second.statuses}
    assert "paid" not in {s.status for s in by_amount(facts, "200000").statuses}


def test_a_second_company_paying_to_settle_is_the_party_of_that_settlement() -> None:
    facts = extract(
        "The FTC fined Larkspur Data Inc. $2 million on Tuesday.\n\n"
        "In 2023, Osprey Analytics LLC paid $450,000 to settle similar charges.",
        title="FTC fines Larkspur Data",
    )
    assert by_amount(facts, "450000").respondent.text.startswith("Osprey Analytics")


def test_a_regulator_s_name_after_to_settle_is_not_the_party() -> None:
    facts = extract(
        "Harlow Ticketing Ltd, a Leeds reseller, has agreed to pay a £900,000 penalty to "
        "settle Competition and Markets Authority proceedings over its booking fees.",
        title="Harlow Ticketing settles",
    )
    assert by_amount(facts, "900000").respondent.text.startswith("Harlow Ticketing")


def test_a_person_fined_beside_the_company_is_never_it_or_the_company() -> None:
    facts = extract(
        "The CNMV fined Tajo Valores S.A. €900,000 and its chief executive, Lucía Ferrer Gil, "
        "€60,000. The regulator also ordered the company to review its client files.",
        title="Enforcement update",
    )
    order = next(f for f in facts if f.action == "order")
    assert order.respondent.text.startswith("Tajo Valores")


def test_the_company_a_title_names_in_free_wording_is_the_story_s_party() -> None:
    # The second company is named (and sanctioned) more often; the title says whose story.
    facts = extract(
        # (Not "has forfeited PLN 50,000": a sum run up under an existing penalty is no fact.)
        "Courier firm Rapidex Kurier Sp. z o.o. must pay PLN 50,000 in penalty payments, "
        "the regulator said. In March it fined Rapidex PLN 200,000.\n\n"
        "Separately, the regulator fined the courier Pakiet Ekspres S.A. PLN 20,000. "
        "Pakiet Ekspres has paid the fine.",
        title="Rapidex racks up PLN 50,000 in penalties for ignoring deadlines",
    )
    assert by_amount(facts, "50000").respondent.text.startswith("Rapidex")


# --- Bans on people: prohibitions, disqualifications, bars ------------------------------


@pytest.mark.parametrize(
    ("body", "who"),
    [
        (
            "The FCA has made a prohibition order against Tomas Keane, a former mortgage "
            "adviser at Redbrook Home Loans, after finding that he forged payslips.",
            "Tomas Keane",
        ),
        (
            "The Supreme Court of Victoria disqualified Dean Morrow, a former director of "
            "Kinglake Finance Pty Ltd, from managing corporations for seven years.",
            "Dean Morrow",
        ),
        (
            "The SEC fined Corvale Analytics Inc. $4 million. It also obtained an "
            "officer-and-director bar against its former chief financial officer, Lena Ortiz.",
            "Lena Ortiz",
        ),
        (
            "Marlow Freight Ltd was fined £2 million. Its former safety director, Owen Pike, "
            "was disqualified from acting as a company director for six years.",
            "Owen Pike",
        ),
        (
            "The Central Bank fined Liffey Mortgages DAC €1.2 million. Its former head of "
            "compliance, Aoife Brennan, was fined €45,000 and the bank decided to prohibit her "
            "from holding any senior role at a regulated firm.",
            "Aoife Brennan",
        ),
    ],
)
def test_a_person_kept_out_of_a_trade_or_of_running_companies_is_banned(
    body: str, who: str
) -> None:
    bans = [f for f in extract(body) if f.action == "ban"]
    assert [f.respondent.text for f in bans] == [who]


# --- Doing (or not) what the order said, in its own verb ------------------------------


def test_the_party_doing_what_it_was_ordered_to_do_complied() -> None:
    facts = extract(
        "Slovenia's Information Commissioner fined the hotel group Bled Resort d.o.o. "
        "EUR 40,000 and ordered it to disconnect the microphones in its lobby. The company "
        "disconnected the microphones two weeks later but is challenging the fine in court.",
        title="Hotel group fined",
    )
    order = next(f for f in facts if f.action == "order")
    assert {s.status for s in order.statuses} == {"complied"}


def test_the_party_not_yet_doing_what_it_was_ordered_to_do_has_not_complied() -> None:
    facts = extract(
        "The Maltese IDPC ordered the gaming operator Lucky Reef Ltd to erase the "
        "self-excluded players' records by June.\n\nLucky Reef has not yet erased them, "
        "the commissioner said in September.",
        title="IDPC order to Lucky Reef",
    )
    order = next(f for f in facts if f.action == "order")
    assert {s.status for s in order.statuses} == {"not_complied"}
    facts = extract(
        "The regulator directed Harbour Telecom to notify the affected customers. Harbour "
        "Telecom has yet to notify them.",
        title="Harbour Telecom directed to notify customers",
    )
    order = next(f for f in facts if f.action == "order")
    assert {s.status for s in order.statuses} == {"not_complied"}


def test_someone_else_doing_the_deed_is_not_the_partys_compliance() -> None:
    facts = extract(
        "The authority ordered Castello Parking S.r.l. to dismantle the cameras at its "
        "garage. A neighbouring garage dismantled its own cameras the same week.",
        title="Garage ordered to dismantle cameras",
    )
    order = next(f for f in facts if f.action == "order")
    assert not order.statuses


def test_a_regulator_named_with_its_country_opening_a_sentence_is_not_the_party() -> None:
    facts = extract(
        "The Croatian AZOP ordered the retailer Konzum Plus to stop filming customers at its "
        "tills.",
        title="AZOP order",
    )
    assert [(f.action, f.respondent.text) for f in facts] == [("order", "Konzum Plus")]


# --- A measure's legal basis, and a round-up item's publication day ---------------------


def test_the_legal_basis_a_measure_relies_on_is_its_provision() -> None:
    facts = extract(
        "**Belgium: a processing ban for a dating app**\n\n"
        "The Belgian DPA prohibited the dating app Flirtlo BV from sharing users' locations "
        "with advertisers. The order, published on 12 February, is based on Article "
        "58(2)(f) GDPR.\n\n"
        "**Ireland: a reprimand**\n\n"
        "The DPC reprimanded the charity Helping Hands Ireland on 3 February for a "
        "mailing-list error.",
        title="February round-up",
        published="2025-03-02",
    )
    ban = next(f for f in facts if f.action == "ban")
    assert any(p.startswith("GDPR Art. 58") for p in labels(ban))
    assert (ban.date or ban.announced).text == "2025-02-12"
    other = next(f for f in facts if f.respondent and "Helping" in f.respondent.text)
    assert not any(p.startswith("GDPR Art. 58") for p in labels(other))
    assert (other.date or other.announced).text == "2025-02-03"


def test_a_measure_taken_pursuant_to_a_section_cites_it() -> None:
    facts = extract(
        "The Commissioner ordered Southern Cross Clinics to stop sharing patient lists "
        "with a marketing firm. The order was made pursuant to Section 28 of the Privacy "
        "Act.",
        title="Clinic ordered to stop sharing",
    )
    order = next(f for f in facts if f.action == "order")
    assert any("28" in p for p in labels(order))


# --- Announcement dates and decision dates ------------------------------------------------


def test_said_on_a_weekday_under_a_dateline_is_the_announcement_and_dated_is_the_decision() -> None:
    facts = extract(
        "ATHENS, March 14 (Aegean Wire) - Greece's data protection authority said on Monday "
        "it had fined the courier firm Hermes Express S.A. 220,000 euros for losing parcels' "
        "recipient lists. The authority's decision is dated Feb. 20.\n\n"
        "In a separate decision published the same day, the authority fined the pharmacy "
        "chain Pharmakon Plus 35,000 euros for emailing prescriptions to the wrong patients.",
        title="Greek watchdog fines courier Hermes Express",
        published="2025-03-14",
    )
    courier, pharmacy = by_amount(facts, "220000"), by_amount(facts, "35000")
    assert courier.date.text == "2025-02-20"
    assert courier.announced.text == "2025-03-10"
    assert pharmacy.date is None or pharmacy.date.text != "2025-02-20"
    assert pharmacy.announced.text == "2025-03-10"


def test_on_a_day_the_regulator_announced_dates_the_announcement_not_the_decision() -> None:
    facts = extract(
        "On 5 June 2025, the Danish Datatilsynet announced that it had fined the fitness "
        "chain Fitwell ApS DKK 600,000 for keeping members' fingerprints. The fine notice of "
        "22 May 2025 has not been challenged.",
        title="Fitwell fined",
        published="2025-06-10",
    )
    fine = by_amount(facts, "600000")
    assert fine.date.text == "2025-05-22"
    assert fine.announced.text == "2025-06-05"


def test_a_company_confident_the_court_will_annul_disputes_the_fine() -> None:
    facts = extract(
        "The Slovak authority fined the utility Tatra Energia a.s. EUR 90,000 in May. Tatra "
        "Energia said it was confident the court would annul the decision, and the company "
        "argues that no customer data left its systems.",
        title="Utility fined",
    )
    fine = by_amount(facts, "90000")
    assert "disputed" in {s.status for s in fine.statuses}


def test_a_period_s_bounds_are_not_the_decision_date() -> None:
    facts = extract(
        "ATHENS, May 2 (Test Wire) - Greece's HDPA said on Thursday it had fined courier "
        "Egnatia Express S.A. €310,000 for leaking parcel recipients' phone numbers.\n\n"
        "Customers complained between 2022 and 2023. The authority has fined several "
        "couriers since 2021.",
        published="2024-05-02",
    )
    fine = by_amount(facts, "310000")
    assert fine.date is None or fine.date.text not in {"2021", "2022", "2023"}
    assert fine.announced is not None and fine.announced.text == "2024-05-02"


def test_a_consent_order_that_bans_and_requires_is_a_ban_and_an_order_on_the_party() -> None:
    facts = extract(
        "The Consumer Protection Bureau on Monday announced a proposed consent order that bans "
        "Tallgrass Signals, Inc., an Oregon-based advertising broker, from selling health data. "
        "Besides the ban, it requires Tallgrass to destroy all the profiles it has built."
    )
    ban = [f for f in facts if f.action == "ban"]
    order = [f for f in facts if f.action == "order"]
    assert [f.respondent.text for f in ban] == ["Tallgrass Signals"]
    assert [f.respondent.text for f in order] == ["Tallgrass"]


def test_a_settlement_that_also_requires_the_party_to_act_is_an_order_against_it() -> None:
    facts = extract(
        "Brightwater Dental Group has agreed to pay $310,000 to the state health department, "
        "which also requires it to adopt a new security plan."
    )
    order = [f for f in facts if f.action == "order"]
    assert [f.respondent.text for f in order] == ["Brightwater Dental Group"]


def test_a_party_required_to_or_prohibited_from_is_ordered_or_banned() -> None:
    facts = extract("Under the agreement, Kestrel Mobility Ltd is required to erase the trip logs.")
    assert [(f.action, f.respondent.text) for f in facts if f.action == "order"] == [
        ("order", "Kestrel Mobility Ltd")
    ]
    facts = extract("Kestrel Mobility Ltd is also prohibited from sharing trip logs with insurers.")
    assert [(f.action, f.respondent.text) for f in facts] == [("ban", "Kestrel Mobility Ltd")]


def test_an_order_against_a_description_is_against_the_party_named_before() -> None:
    facts = extract(
        "The data protection authority fined Larchmont Academy Ltd 9,000 euros over its "
        "classroom cameras. The decision also ordered the school to take the cameras down."
    )
    order = [f for f in facts if f.action == "order"]
    assert [f.respondent.text for f in order] == ["Larchmont Academy Ltd"]


def test_a_regulator_s_total_for_a_year_is_not_a_fine() -> None:
    facts = extract(
        "The commissioner's yearly review puts its total administrative fines for 2023 at just "
        "over €2.3 million. Separately, the regulator's total of penalties for 2022 came to €1.1 million."
    )
    assert [f for f in facts if f.amount] == []


def test_a_bracketed_conversion_of_an_unread_amount_is_never_a_fine() -> None:
    facts = extract(
        "The regulator said it had fined the courier Bembe Logistics 7.2 million zaires "
        "($310,000) for leaking parcel data."
    )
    assert [f for f in facts if f.amount] == []
    fine = [f for f in facts if f.action == "fine"]
    assert [[o.text for o in f.other_amounts] for f in fine] == [["$310,000"]]


def test_filing_a_request_or_action_with_a_court_is_an_appeal_and_replacing_is_compliance() -> None:
    facts = extract(
        "The inspectorate fined Drava Net d.o.o. EUR 22,000. Drava Net has filed a request for "
        "judicial review of the fine with the Administrative Court in Maribor."
    )
    assert "appealed" in {s.status for s in by_amount(facts, "22000").statuses}
    facts = extract(
        "The commission ordered Orla Couriers Ltd to stop tracking drivers at home. Orla "
        "Couriers is challenging the order before the High Court in Accra."
    )
    order = [f for f in facts if f.action == "order"]
    assert ["appealed" in {s.status for s in f.statuses} for f in order] == [True]
    facts = extract(
        "The regulator banned the gym Kettle House Ltd from using palm scanners. Kettle House "
        "has since replaced the scanners with key cards."
    )
    ban = [f for f in facts if f.action == "ban"]
    assert ["complied" in {s.status for s in f.statuses} for f in ban] == [True]


def test_a_qualifier_before_an_amount_is_not_the_party() -> None:
    facts = extract("The agency fined the lender Pesa Mkopo Ltd roughly KSh 2.5 million last year.")
    assert [f.respondent.text for f in facts if f.action == "fine"] == ["Pesa Mkopo Ltd"]


def test_us_regulations_by_cfr_citation_and_a_right_named_by_its_law_are_provisions() -> None:
    found = [p.label for p in find_provisions("as required by 16 CFR 312.5(a)(1) of the rule")]
    assert found == ["16 C.F.R. § 312.5(a)(1)"]
    facts = extract(
        "Lakemoor Clinic has agreed to pay $240,000 to settle the agency's investigation. The "
        "agency found that Lakemoor had never encrypted its laptops, as required by "
        "45 C.F.R. § 164.312(a)(2)(iv)."
    )
    assert labels(by_amount(facts, "240000")) == {"45 C.F.R. § 164.312(a)(2)(iv)"}
    facts = extract(
        "The agency imposed a $90,000 civil money penalty on Fernway Orthopedics, in violation "
        "of the HIPAA right of access."
    )
    assert labels(by_amount(facts, "90000")) == {"HIPAA right of access"}


def test_a_court_named_only_in_english_is_the_story_s_country_s_court() -> None:
    facts = extract(
        "The Italian Data Protection Authority (Garante) fined Lumo Telecom S.p.A. EUR 3 mln in "
        "2023. On 2 May the Council of State (Consiglio di Stato) cut the fine from EUR 3 mln "
        "to EUR 1.8 mln."
    )
    ruling = [f for f in facts if f.action == "ruling"]
    assert [(f.authority, f.jurisdiction) for f in ruling] == [("Council of State of Italy", "IT")]


def test_a_bracketed_conversion_after_an_unknown_currency_sign_is_never_a_fine() -> None:
    # "₯" (the drachma, gone since 2002) is in no data file; "₭" (Lao kip) and "₮" (the
    # tugrik) used to be, until the data files listed LAK and MNT: then the fine is the amount
    # in that currency (below).
    facts = extract(
        "The commission imposed a fine of ₯41,000,000 (approximately US$1,900) on the courier "
        "Mekong Express Co."
    )
    assert [f for f in facts if f.amount] == []


def test_a_fine_in_a_listed_sign_keeps_its_bracketed_conversion_as_another_amount() -> None:
    facts = extract(
        "The commission imposed a fine of ₮4,100,000 (approximately US$1,200) on the courier "
        "Steppe Express LLC."
    )
    fines = [f for f in facts if f.amount]
    assert [(f.amount.currency, f.amount.amount) for f in fines] == [("MNT", 4_100_000)]


def test_a_lender_s_loans_and_penalty_notices_worth_a_sum_are_not_fines() -> None:
    facts = extract(
        "The regulator fined Mkopo Haraka Ltd 3 million rand. Mkopo Haraka, which has disbursed "
        "more than 2 billion rand in loans, said it would pay. Since 2021 the regulator has "
        "issued penalty notices worth more than 40 million rand in total."
    )
    assert [f.amount.amount for f in facts if f.amount] == [Decimal("3000000")]


def test_an_unnamed_party_is_not_the_article_s_company() -> None:
    facts = extract(
        "SEOUL, Oct 17 (Test Wire) - South Korea's PIPC said on Thursday it had imposed a penalty "
        "surcharge of KRW 900 million on online retailer Daebak Mall Co. for a breach.\n\n"
        "The PIPC has stepped up its enforcement this year. In May it imposed a surcharge of "
        "KRW 4.1 billion on a messaging platform operator over a data leak.",
        published="2024-10-17",
    )
    assert by_amount(facts, "900000000").respondent.text.startswith("Daebak Mall")
    assert by_amount(facts, "4100000000").respondent is None


def test_a_stated_maximum_is_not_a_fine() -> None:
    facts = extract(
        "Ghana's Data Protection Commission said it had fined Tamale Microfinance Ltd "
        "200,000 cedis. The law caps such penalties: the maximum is 1 million cedis.",
        published="2025-02-10",
    )
    assert [f.amount.amount for f in facts if f.amount] == [Decimal(200_000)]


def test_a_fine_carries_the_provision_of_its_countrys_data_protection_law() -> None:
    kenya = extract(
        "The Office of the Data Protection Commissioner fined Mwangaza Lenders Ltd KSh 4.5 "
        "million in breach of section 25 of Kenya's Data Protection Act 2019."
    )
    assert labels(by_amount(kenya, "4500000")) == {"Kenya DPA 2019 Sec. 25"}
    china = extract(
        "The Cyberspace Administration of China fined Lanxi Mobile Technology Co. 2 million yuan "
        "for processing personal information without consent under Article 13 of the PIPL."
    )
    assert labels(by_amount(china, "2000000")) == {"PIPL Art. 13"}
    south_africa = extract(
        "The Information Regulator imposed an administrative fine of R1.5 million on Umhlanga "
        "Debt Recoveries (Pty) Ltd for breaching section 19 of POPIA."
    )
    assert labels(by_amount(south_africa, "1500000")) == {"POPIA Sec. 19"}


def test_a_decision_document_named_by_its_kind_or_number_dates_the_action() -> None:
    """Regulators decide by documents news names in many ways: a numbered resolution, a
    deliberation reference, a precept, a consent decree "adopted" on a day."""
    cases = [
        (
            "Mexico's data protection institute fined the retailer Tiendas Sol Azul S.A. de C.V. "
            "MXN 2,400,000 for selling customer lists. The penalty was set in Resolution No. "
            "RA-0912 of 3 March 2025, signed by the plenary.",
            "2025-03-03",
        ),
        (
            "The Croatian data protection agency fined the insurer Jadran Osiguranje d.d. "
            "EUR 85,000 for emailing claims files to the wrong clients. In Decision/2025/44 of 11 "
            "February 2025, the agency found the insurer had no access controls.",
            "2025-02-11",
        ),
        (
            "The Estonian inspectorate has banned the gym chain Sportlik OÜ from using fingerprint "
            "scanners. The precept, dated 2 April, follows complaints from members.",
            "2025-04-02",
        ),
        (
            "Cascade Telecom LLC agreed to pay a $900,000 civil penalty to settle a Federal "
            "Communications Commission inquiry. The consent decree, adopted Feb. 12, also "
            "requires a compliance plan.",
            "2025-02-12",
        ),
    ]
    for body, decided in cases:
        facts = extract(body, title="Regulator acts", published="2025-04-20")
        assert facts, body
        assert all(f.date is not None and f.date.text == decided for f in facts), (
            body,
            [(f.action, f.date) for f in facts],
        )


def test_a_court_judgment_s_date_is_not_the_regulator_s_decision_date() -> None:
    facts = extract(
        "The Riga administrative court has reduced the fine that Latvia's data State "
        "Inspectorate imposed on the courier Baltic Parcel SIA from EUR 300,000 to EUR 180,000. "
        "The judgment is dated 14 May 2025.",
        title="Court cuts courier's fine",
        published="2025-05-30",
    )
    fine = by_amount(facts, "300000")
    assert fine.date is None or fine.date.text != "2025-05-14"


def test_a_sentence_summing_sanctions_told_before_is_no_new_fine_and_dates_them() -> None:
    facts = extract(
        "Croatia's data protection agency fined the retailer Adria Market d.o.o. €300,000 for "
        "filming changing rooms.\n\n"
        "It also fined Adria Market €90,000 for ignoring the agency's questions.\n\n"
        "The agency adopted both sanctions in a decision of 2 June 2025, for a combined "
        "€390,000.",
        title="Adria Market fined",
        published="2025-06-20",
    )
    amounts = sorted(f.amount.amount for f in facts if f.amount)
    assert amounts == [Decimal(90000), Decimal(300000)], amounts
    assert all(f.date and f.date.text == "2025-06-02" for f in facts if f.amount)


def test_a_fine_called_a_total_at_first_telling_is_still_the_action() -> None:
    facts = extract(
        "France's CNIL fined Orvane SAS a total of €6 million for tracking cookies: €4 million "
        "for Orvane SAS and €2 million for its subsidiary.",
        title="Orvane fined",
    )
    assert any(f.amount and f.amount.amount == Decimal(6_000_000) for f in facts)


def test_a_judgment_s_date_beside_a_fine_does_not_keep_the_decision_date_from_it() -> None:
    facts = extract(
        "A Zagreb court has reduced the fine Croatia's data protection agency imposed on the "
        "retailer Adria Market d.o.o.\n\n"
        "In a judgment dated 3 March 2026, the court cut the fine from €300,000 to €200,000.\n\n"
        "The agency had imposed the fine in a decision of 2 June 2025.",
        title="Court cuts Adria Market fine",
        published="2026-03-10",
    )
    fine = by_amount(facts, "300000")
    assert fine.date is not None and fine.date.text == "2025-06-02"


def test_a_law_named_by_a_name_several_countries_share_is_the_acting_regulator_s() -> None:
    """A round-up: "the PDPA" in the Malaysian item is Malaysia's act, in the Thai item
    Thailand's; a duty "not complied with" is the provision breached."""
    facts = extract(
        "**Malaysia**\n\nMalaysia's Personal Data Protection Commissioner fined Kedai Runcit Sdn Bhd "
        "MYR 200,000 for breaching section 9 of the PDPA.\n\n"
        "**Thailand**\n\nThailand's PDPC fined Siam Orchid Co., Ltd. 2 million baht because "
        "it had not complied with section 37 of the PDPA.",
        title="Round-up",
        published="2025-11-06",
    )
    malaysian, thai = by_amount(facts, "200000"), by_amount(facts, "2000000")
    assert malaysian.jurisdiction == "MY" and thai.jurisdiction == "TH"
    assert any("37" in p.text for p in thai.provisions), labels(thai)


def test_a_regulation_not_complied_with_is_the_provision_breached() -> None:
    facts = extract(
        "Israel's Privacy Protection Authority fined the clinic chain Galil Dental Ltd. NIS "
        "500,000.\n\nThe authority found that Galil Dental had not complied with the Privacy "
        "Protection (Data Security) Regulations when it left referral letters online.",
        title="Galil Dental fined",
        published="2026-03-05",
    )
    fine = by_amount(facts, "500000")
    assert any("Data Security" in p.text for p in fine.provisions), labels(fine)


@pytest.mark.parametrize(
    "sentence",
    [
        # What each side argued for in court.
        "The OAIC had asked the court for a penalty of A$12 million, while Quokka Health "
        "argued A$3 million was enough.",
        # A regulator's haul over the years.
        "Since 2019 the bureau has obtained more than $14 million in penalties in "
        "drip-pricing cases.",
        # Many sanctions summed.
        "Since March the restricted committee has adopted 9 sanctions under the simplified "
        "procedure, for a total of €185,000.",
        # Costs and redress paid beside a penalty.
        "Tamarack Rentals will also pay $90,000 toward the costs of the bureau's inquiry.",
        "Separately, Fernlea Credit has paid approximately £3.4 million to around 9,000 "
        "customers under a redress scheme.",
    ],
)
def test_amounts_argued_for_summed_or_paid_beside_a_penalty_are_no_fines(sentence: str) -> None:
    facts = extract(sentence, title="Enforcement round-up", published="2025-06-20")
    assert not [f for f in facts if f.amount], [(f.action, f.amount) for f in facts]


def test_the_day_a_document_dated_otherwise_was_published_is_its_announcement() -> None:
    facts = extract(
        "On 14 March 2025 the Financial Conduct Authority published a Final Notice, dated 10 "
        "March 2025, imposing a financial penalty of £820,000 on Ashgrove Lending Limited.",
        title="FCA fines Ashgrove Lending",
        published="2025-03-17",
    )
    fine = by_amount(facts, "820000")
    assert fine.date is not None and fine.date.text == "2025-03-10"
    assert fine.announced is not None and fine.announced.text == "2025-03-14"


# --- Decisions accepted, not challenged ---------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The Finnish FIN-FSA fined Saimaa Laina Oy EUR 240,000. The company did not appeal.",
        "Tallinn's Data Protection Inspectorate fined Kalev Kindlustus EUR 90,000; the insurer has "
        "not lodged an objection and paid the fine.",
        "The Financial Conduct Authority fined Marlow Credit £1.2 million. Marlow agreed to "
        "resolve the matter and qualified for a 30% settlement discount.",
        "The Danish FSA fined Nordkap Bank DKK 3 million. Nordkap said it had decided not to "
        "challenge the decision.",
    ],
)
def test_a_decision_accepted_is_recorded_as_not_appealed(body: str) -> None:
    fine = next(f for f in extract(body) if f.action == "fine")
    assert "not_appealed" in {s.status for s in fine.statuses}
    assert "appealed" not in {s.status for s in fine.statuses}


def test_not_disputing_the_findings_is_no_dispute() -> None:
    facts = extract(
        "The Irish Central Bank fined Liffey Payments €600,000. Liffey did not dispute the "
        "findings."
    )
    fine = next(f for f in facts if f.action == "fine")
    assert "disputed" not in {s.status for s in fine.statuses}


def test_a_currency_code_after_a_name_ending_in_a_descriptor_is_not_the_party() -> None:
    """ "Bank" is a descriptor word; the name is not "DKK", the amount's currency."""
    fine = next(f for f in extract("Finanstilsynet fined Nordkap Bank DKK 3 million.") if f.amount)
    assert fine.respondent is not None and fine.respondent.text == "Nordkap Bank"


@pytest.mark.parametrize(
    ("body", "authority", "place"),
    [
        # A body of its own the data does not list: itself (unlisted_bodies.py), never the
        # country's regulator of another kind.
        (
            "The Alberta Securities Commission fined Timberline Realty Inc. C$400,000.",
            "Alberta Securities Commission",
            "CA-AB",
        ),
        (
            "The Czech Energy Regulatory Office fined power trader Ostrava Proud a.s. CZK 8 "
            "million for manipulating wholesale prices.",
            "Czech Energy Regulatory Office",
            "CZ",
        ),
        # A bare place in a story that is not about data protection: nobody can say which.
        (
            "Czech authorities fined power trader Ostrava Proud a.s. CZK 8 million for "
            "manipulating wholesale prices.",
            None,
            "CZ",
        ),
    ],
)
def test_an_unlisted_regulator_is_not_guessed_from_its_country(
    body: str, authority: str | None, place: str
) -> None:
    fine = next(f for f in extract(body) if f.amount)
    assert (fine.authority, fine.jurisdiction) == (authority, place)


def test_the_country_s_regulator_in_a_data_protection_story_is_its_dpa() -> None:
    fine = next(
        f
        for f in extract("The Dutch regulator fined Kaasland B.V. EUR 400,000 for a data breach.")
        if f.amount
    )
    assert fine.authority == "AP (NL)"


def test_a_sum_paid_of_an_earlier_penalty_is_no_new_penalty() -> None:
    facts = extract(
        "The Ontario Securities Commission fined Timberline Realty Inc. C$400,000 in 2024.\n\n"
        "Timberline paid the penalty in December after an early-payment reduction: C$300,000 "
        "was transferred to the commission, the company said."
    )
    assert [f.amount.amount for f in facts if f.amount] == [Decimal(400_000)]
    assert "paid" in {s.status for s in facts[0].statuses}


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Keelung Telecom did not fully implement the recommendation.", "not_complied"),
        ("The insurer has not followed the regulator's instructions.", "not_complied"),
        ("Bayview Bank has implemented all the corrective measures required.", "complied"),
    ],
)
def test_a_recommendation_carried_out_or_not(sentence: str, status: str) -> None:
    from assistant.actions import find_statuses

    assert [m.kind for m in find_statuses(sentence)] == [status]


# --- A fact's date: its verb's, its document's, its decision's ---------------------------


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        (
            "Ofcom on 14 March fined Brightwave Telecom Ltd £1.2 million for failing to block "
            "scam calls, in breach of rules the regulator issued in 2021.",
            "2024-03-14",
        ),
        (
            "The Central Bank of Ireland has on 3 May 2024 imposed a €2 million penalty on "
            "Liffey Payments Ltd for breaching a direction issued in 2019.",
            "2024-05-03",
        ),
    ],
)
def test_the_date_told_with_the_sanction_verb_beats_another_things_date(
    sentence: str, date: str
) -> None:
    (fine,) = [f for f in extract(sentence) if f.amount]
    assert fine.date is not None and fine.date.text == date


@pytest.mark.parametrize(
    "body",
    [
        "Last Thursday the Data Protection Commission published a decision fining Harbourline "
        "Hotels Ltd €640,000 for failing to secure guest records before a data breach in 2022. "
        "The decision is dated 12 May 2024.",
        "On Friday Ofcom announced a penalty notice fining Quayside Broadband Ltd £310,000 over "
        "a network outage in 2023 that cut off emergency calls.\n\nThe notice was signed on "
        "May 12, 2024.",
    ],
)
def test_a_document_dated_in_the_next_sentence_dates_the_fine_not_the_wrongs_year(
    body: str,
) -> None:
    (fine,) = [f for f in extract(body) if f.amount]
    assert fine.date is not None and fine.date.text == "2024-05-12"


@pytest.mark.parametrize(
    ("body", "date"),
    [
        (
            "Datatilsynet has made decision about infringement fine of NOK 2 000 000 against "
            "Fjellnett AS. The company must also delete the recordings.\n\n"
            "Decision about the fine was made 4. March 2024.",
            "2024-03-04",
        ),
        (
            "The Finnish Data Protection Ombudsman imposed an administrative fine of EUR 230,000 "
            "on Kuopio Lending Oy for unlawful credit checks.\n\nThe sanctions board decision was "
            "made 14 May 2024, and the company may appeal to the Administrative Court.",
            "2024-05-14",
        ),
    ],
)
def test_a_decision_said_made_on_a_day_in_a_sentence_of_its_own_dates_the_fine(
    body: str, date: str
) -> None:
    (fine,) = [f for f in extract(body) if f.amount]
    assert fine.date is not None and fine.date.text == date


@pytest.mark.parametrize(
    "lead_in",
    [
        "The order (dated 14 February 2024) does three things:",
        "In its decision of 14 February 2024 the Commission took the following measures:",
    ],
)
def test_measures_listed_after_a_dated_lead_in_are_that_decisions(lead_in: str) -> None:
    facts = extract(
        "The Competition Commission of India has come down hard on Nilgiri Leaf Ltd.\n\n"
        f"{lead_in}\n\n"
        "- it imposes a penalty of ₹2 crore on Nilgiri Leaf Ltd;\n"
        "- it imposes a penalty of ₹40 lakh on director Arjun Menon and bars him from holding "
        "any board post for three years;\n"
        "- it directs Nilgiri Leaf to stop the tied sales within 60 days.\n\n"
        "Menon's lawyers told us on Thursday that he would appeal.",
        published="2024-03-01",
    )
    director = by_amount(facts, "4000000")
    assert director.date is not None and director.date.text == "2024-02-14"
    assert all(f.date and f.date.text == "2024-02-14" for f in facts), [
        (f.action, f.date) for f in facts
    ]


def test_a_daily_penalty_that_runs_from_a_day_was_decided_with_the_order() -> None:
    facts = extract(
        "Arbetsmiljöverket has ordered Granfors Bygg AB to fence the site, with a conditional "
        "fine of SEK 20 000 per day.\n\n"
        "The decision was taken on 5 February 2024. Because the fence is still missing, the "
        "fine of SEK 20 000 per day now runs from 1 March 2024.",
        published="2024-03-10",
    )
    (daily,) = [f for f in facts if f.amount]
    assert daily.date is not None and daily.date.text == "2024-02-05"


def test_an_order_the_regulator_also_gave_in_the_next_paragraph_shares_the_fines_date() -> None:
    facts = extract(
        "The Australian Communications and Media Authority on 3 May fined Lakeside Mobile Pty "
        "Ltd A$2.1 million for selling pre-activated SIM cards.\n\n"
        "The ACMA also directed Lakeside to deactivate every unverified service within two "
        "weeks. Lakeside said it would comply.",
    )
    (order,) = [f for f in facts if f.action == "order"]
    assert order.date is not None and order.date.text == "2024-05-03"


def test_each_partys_share_of_a_decision_against_several_takes_its_date() -> None:
    facts = extract(
        "MADRID, May 29 (Iberia Wire) - Spain's competition watchdog CNMC on Wednesday fined "
        "three road-salt suppliers and two of their managers a combined 41 million euros for "
        "sharing out municipal contracts.\n\n"
        "Salinas del Tajo S.A. received the biggest fine, 22 million euros. Sales Norte S.L. "
        "was fined 15 million euros, and its former sales chief Julio Arrieta was ordered to "
        "pay 60,000 euros.\n\n"
        "Sales Norte said it would appeal.",
        published="2024-05-29",
    )
    for amount in ("22000000", "15000000", "60000"):
        fact = by_amount(facts, amount)
        assert fact.date is not None and fact.date.text == "2024-05-29", amount


def test_a_fine_told_under_the_next_heading_is_no_share_of_the_decision_before() -> None:
    facts = extract(
        "The CNMC on Wednesday fined three road-salt suppliers a combined 41 million euros for "
        "sharing out municipal contracts.\n\n"
        "## Earlier cases\n\n"
        "Sales Norte S.L. was fined 90,000 euros for a late filing.",
        published="2024-05-29",
    )
    assert by_amount(facts, "90000").date is None


@pytest.mark.parametrize("plural", ["All three penalties were", "The three fines were each"])
def test_a_provision_cited_for_all_the_penalties_counted_attaches_to_each(plural: str) -> None:
    facts = extract(
        "The Securities and Exchange Board of India has fined Kaveri Finserv Ltd ₹40 lakh for "
        "mis-selling bonds to retirees. Its director Meera Iyer was fined ₹10 lakh, and "
        "compliance officer Sunil Rao was fined ₹5 lakh.\n\n"
        f"{plural} imposed under Section 15HB of the SEBI Act."
    )
    for amount in ("4000000", "1000000", "500000"):
        assert "SEBI Act Sec. 15HB" in labels(by_amount(facts, amount)), amount


def test_a_provision_naming_no_one_after_a_decision_against_several_is_every_shares() -> None:
    facts = extract(
        "ATHENS, May 14 (Aegean Wire) - The Hellenic Competition Commission on Tuesday fined "
        "three ferry operators and one of their managers a combined 12 million euros for "
        "fixing fares on island routes.\n\n"
        "Kyma Lines received the largest fine, 7 million euros. Ionian Ferries was fined 4.9 "
        "million euros, and its former sales director Nikos Pappas was ordered to pay 100,000 "
        "euros.\n\n"
        "The conduct violated Article 101 TFEU, the HCC found.",
        published="2024-05-14",
    )
    for amount in ("7000000", "4900000", "100000"):
        fact = by_amount(facts, amount)
        assert any("101" in label for label in labels(fact)), amount
        assert fact.date is not None and fact.date.text == "2024-05-14", amount


def test_the_companys_breach_is_not_its_managers_told_beside_it() -> None:
    facts = extract(
        "The Italian Competition Authority (AGCM) has fined Vitalsole S.r.l. EUR 2,400,000 for "
        "advertising sun creams as medicines. Marco Bellandi, the company's chief executive, "
        "was fined EUR 90,000.\n\n"
        "The practices infringe Article 21 of the Consumer Code. The fine on Mr Bellandi was "
        "imposed under Article 27 of the Consumer Code.",
        title="AGCM fines Vitalsole over sun cream claims",
    )
    assert labels(by_amount(facts, "2400000")) == {"Consumer Code Art. 21"}
    assert labels(by_amount(facts, "90000")) == {"Consumer Code Art. 27"}


def test_each_fine_takes_the_date_told_with_its_own_verb() -> None:
    facts = extract(
        "Ofcom, which on 2 March 2021 fined Halcyon Voice Ltd £100,000, on 14 March fined "
        "Brightwave Telecom Ltd £1.2 million for the same failings."
    )
    assert by_amount(facts, "100000").date.text == "2021-03-02"
    assert by_amount(facts, "1200000").date.text == "2024-03-14"


def test_an_earlier_case_told_after_a_decision_against_several_is_no_share_of_it() -> None:
    facts = extract(
        "MADRID, May 29 (Iberia Wire) - The CNMC on Wednesday fined three road-salt suppliers a "
        "combined 41 million euros for sharing out municipal contracts.\n\n"
        "Salinas del Tajo S.A. received the biggest fine, 22 million euros.\n\n"
        "The CNMC had previously fined Sales Norte S.L. 900,000 euros for the same conduct.",
        published="2024-05-29",
    )
    assert by_amount(facts, "22000000").date.text == "2024-05-29"
    assert by_amount(facts, "900000").date is None


# --- Provisions and dates told apart from the amount (blind-12 failure classes) -----------


def test_one_date_for_several_decision_documents_dates_their_measures() -> None:
    facts = extract(
        "The Lotteries Board has decided to fine the operator Fjellspill AS NOK 9 million "
        "and to warn its sister company. The decisions were adopted on 14 January 2024.\n\n"
        "The board found that Fjellspill had failed to verify the age of its customers."
    )
    assert by_amount(facts, "9000000").date.text == "2024-01-14"


def test_the_appellant_in_the_lead_is_the_story_s_party_not_one_in_a_related_note() -> None:
    body = (
        "On 3 March the Regional Court partially upheld the appeal of Vistra Power S.A. "
        "against a decision of the energy regulator and reduced the financial penalty to "
        "PLN 900,000. The regulator had fined the company PLN 2 million in 2023.\n\n"
        "**Related**\n\n"
        "In a separate decision, the regulator imposed a penalty of PLN 50,000 on heat "
        "supplier Ciepłownia Opole sp. z o.o. for unapproved tariffs."
    )
    facts = extract(body)
    fined = by_amount(facts, "2000000")
    assert fined.respondent is not None and fined.respondent.text.startswith("Vistra Power")


def test_a_role_on_a_board_of_the_company_before_a_name_is_a_person_s() -> None:
    facts = extract(
        "The regulator imposed a fine of NOK 200,000 on the bank's former chair of the "
        "supervisory board, Henrik Vold, for approving the scheme."
    )
    fine = by_amount(facts, "200000")
    assert fine.respondent is not None and fine.respondent.text == "Henrik Vold"


def test_a_party_named_in_apposition_before_must_pay_owes_its_amount() -> None:
    facts = extract(
        "The regulator fined Aurora Bet Ltd SEK 6 million. Its sister company, Polar Play "
        "Ltd, must pay a penalty of SEK 1.2 million."
    )
    fine = by_amount(facts, "1200000")
    assert fine.respondent is not None and fine.respondent.text == "Polar Play Ltd"


def test_a_place_in_brackets_is_part_of_a_registered_company_name() -> None:
    facts = extract(
        "Magistrates fined the owner £2,000. His company, Golden Wok (Rotherham) Ltd, was "
        "fined £5,000 for the same offences."
    )
    fine = by_amount(facts, "5000")
    assert fine.respondent is not None and fine.respondent.text == "Golden Wok (Rotherham) Ltd"


def test_a_licensee_s_key_individual_is_a_person() -> None:
    facts = extract(
        "The authority withdrew the licence of Karoo Advisers and debarred the firm's key "
        "individual, Thandi Mokoena, for three years."
    )
    bans = [f for f in facts if f.action == "ban"]
    assert any(f.respondent and f.respondent.text == "Thandi Mokoena" for f in bans), [
        (f.action, f.respondent) for f in facts
    ]


def test_a_penalty_on_the_president_of_the_management_board_is_on_that_person() -> None:
    facts = extract(
        "The regulator fined Odra Paliwa S.A. PLN 2 million. It also imposed a penalty of "
        "PLN 40,000 on the company's former president of the management board, Jan "
        "Wierzbicki, who did not appeal his penalty and paid it in March."
    )
    fine = by_amount(facts, "40000")
    assert fine.respondent.text == "Jan Wierzbicki"
    assert "paid" in {s.status for s in fine.statuses}


def test_a_company_named_between_commas_that_must_pay_is_the_party_of_its_fee() -> None:
    facts = extract(
        "The authority imposed a sanction fee of SEK 9 million on Solkust Casino Ltd. Its "
        "sister company, Bergsjö Play Ltd, must pay a sanction fee of SEK 2 million."
    )
    assert by_amount(facts, "2000000").respondent.text == "Bergsjö Play Ltd"


def test_a_uk_company_with_its_place_in_brackets_is_named_in_full() -> None:
    facts = extract(
        "Magistrates fined the owner, Rafe Connolly, £3,200. His firm, Golden Wok (Barnsley) "
        "Ltd, which ran the restaurant, was fined £9,000 for the same offences."
    )
    assert by_amount(facts, "9000").respondent.text == "Golden Wok (Barnsley) Ltd"


def test_a_firm_s_key_individual_debarred_is_the_person_banned() -> None:
    facts = extract(
        "The FSCA fined Karoo Capital Advisers R900,000. The FSCA also debarred the firm's "
        "key individual, Thandeka Mokoena, for three years."
    )
    (ban,) = [f for f in facts if f.action == "ban"]
    assert ban.respondent.text == "Thandeka Mokoena"


# --- Appeals written as applications, and decisions dated together -----------------------


@pytest.mark.parametrize(
    "applied",
    [
        "Kestrel has applied to the Markets Appeals Tribunal for reconsideration of the fine.",
        "The firm petitioned the Securities Review Board for a review of the decision.",
    ],
)
def test_applying_to_a_tribunal_for_reconsideration_is_an_appeal(applied: str) -> None:
    facts = extract(
        "The Capital Markets Authority fined Kestrel Advisers Ltd KSh 8 million on 2 May "
        f"2024 for mis-selling bonds. {applied}",
        title="Kestrel Advisers fined",
    )
    assert "appealed" in {s.status for s in by_amount(facts, "8000000").statuses}


def test_both_orders_dated_together_date_the_last_two_decisions() -> None:
    facts = extract(
        "**Kenya: CMA penalty and ban**\n\n"
        "The Capital Markets Authority has imposed a penalty of KSh 5 million on Baraka "
        "Wealth Ltd under section 25A of the Capital Markets Act.\n\n"
        "The CMA also barred the firm's chief executive, Amani Otieno, for three years. "
        "Both orders are dated 12 April 2024.",
        title="Enforcement round-up",
    )
    fine = by_amount(facts, "5000000")
    (ban,) = [f for f in facts if f.action == "ban"]
    assert ban.date is not None and ban.date.text == "2024-04-12"
    assert fine.date is not None and fine.date.text == "2024-04-12"


def test_the_decisions_dated_together_date_every_action_their_paragraph_told() -> None:
    facts = extract(
        "The Lotteries Authority has decided to impose a penalty fee of NOK 6 million on "
        "Fjellspill AS. Its sister company, Nordlys Bet AS, must pay a penalty fee of NOK 2 "
        "million. The decisions were taken on 14 May 2024.",
        title="Two gaming firms penalised",
    )
    for amount in ("6000000", "2000000"):
        fact = by_amount(facts, amount)
        assert fact.date is not None and fact.date.text == "2024-05-14", amount


def test_a_party_out_of_compliance_with_the_order_has_not_complied() -> None:
    facts = extract(
        "The Oregon Department of Environmental Quality fined Cascade Pulp LLC $90,000 on "
        "3 April 2024 and ordered it to install a new scrubber by 1 March 2025.\n\n"
        "A department spokesperson said this week that the plant is out of compliance with "
        "the order.",
        published="2025-04-10",
    )
    (order,) = [f for f in facts if f.action == "order"]
    assert "not_complied" in {s.status for s in order.statuses}


def test_what_the_consent_order_also_directs_is_of_the_fine_s_day() -> None:
    facts = extract(
        "The Federal Maritime Commission on Monday fined Bluewake Lines $600,000 for "
        "charging unlawful detention fees.\n\n"
        "Under a consent order, Bluewake will pay $300,000 within 30 days.\n\n"
        "The order also directs Bluewake to refund the fees to affected shippers.",
        published="2024-06-07",
    )
    (order,) = [f for f in facts if f.action == "order"]
    assert order.date is not None and order.date.text == "2024-06-03"


def test_a_round_up_item_s_decision_date_does_not_date_another_regulator_s_item() -> None:
    facts = extract(
        "**Austria: RTR fines call centre**\n\n"
        "The RTR has imposed a fine of €400,000 on Wiener Anruf GmbH for unsolicited calls. "
        "The decision was taken on 3 May.\n\n"
        "**Kenya: CA fines operator**\n\n"
        "The Communications Authority of Kenya on 20 May fined Savanna Mobile Ltd KSh 30 "
        "million for unregistered SIM cards.\n\n"
        "The Authority also directed Savanna to disconnect all unregistered lines within "
        "14 days.",
        title="Savanna Mobile fined KSh 30 million by the Communications Authority of Kenya",
        published="2024-06-07",
    )
    (order,) = [f for f in facts if f.action == "order"]
    assert order.date is None or order.date.text == "2024-05-20", order.date


# --- Lists of fines -----------------------------------------------------------------------


def test_each_item_of_a_list_of_fines_is_a_fine_of_the_regulator_introducing_it() -> None:
    facts = extract(
        "The Danish Competition and Consumer Authority has fined three bakery companies a total of "
        "DKK 9,000,000 for fixing bread prices.\n\n"
        "On 3 March 2024 the authority imposed the following fines:\n\n"
        "- Ølstykke Brød A/S (Roskilde): DKK 5,000,000;\n"
        "- Nørre Bageri ApS (Aarhus): DKK 3,000,000;\n"
        "- Sydhavn Kager A/S: DKK 1,000,000.\n\n"
        "The companies infringed section 6 of the Danish Competition Act.",
        title="Bakeries fined for price fixing",
    )
    fines = sorted(
        (f for f in facts if f.action == "fine"), key=lambda f: -f.amount.amount if f.amount else 0
    )
    assert [f.respondent.text for f in fines if f.respondent] == [
        "Ølstykke Brød A/S",
        "Nørre Bageri ApS",
        "Sydhavn Kager A/S",
    ]
    assert {f.amount.amount for f in fines if f.amount} == {
        Decimal(5_000_000),
        Decimal(3_000_000),
        Decimal(1_000_000),
    }  # the total is no fine of its own
    assert all(f.authority and f.date and f.date.text == "2024-03-03" for f in fines)


def test_a_list_under_a_line_that_fines_no_one_states_no_fines() -> None:
    facts = extract(
        "The Danish Competition and Consumer Authority fined Ølstykke Brød A/S DKK 5,000,000 "
        "on Monday. The bakeries' turnover last year was:\n\n"
        "- Nørre Bageri ApS: DKK 30,000,000;\n"
        "- Sydhavn Kager A/S: DKK 10,000,000.\n",
        title="Bakery fined for price fixing",
    )
    assert [f.amount.amount for f in facts if f.amount] == [Decimal(5_000_000)]


def test_a_breach_told_of_the_parties_of_a_list_is_each_listed_partys() -> None:
    facts = extract(
        "The Hellenic Competition Commission fined four cement makers for a cartel under "
        "Article 1 of Law 3959/2011:\n\n"
        "- Kyklos Tsimenta A.E.: €4,200,000\n"
        "- Argos Domika A.E.: €2,100,000\n\n"
        "The companies also breached Article 101 TFEU.",
        title="Cement cartel fined",
    )
    for amount in ("4200000", "2100000"):
        assert {"Law 3959/2011 Art. 1", "TFEU Art. 101"} <= labels(by_amount(facts, amount))


# --- Amounts that are no sanction ---------------------------------------------------------


def fined_amounts(body: str) -> set[Decimal]:
    return {
        f.amount.amount
        for f in extract(body, title="Company fined")
        if f.amount and f.action in {"fine", "penalty_payment", "settlement"}
    }


@pytest.mark.parametrize(
    ("body", "imposed"),
    [
        (  # a court's surcharge for victims' services punishes no one
            "Harrow Crown Court fined Kelso Scaffolding Ltd £30,000. Its director Ian Kelso was "
            "fined £2,000 and must pay a victim surcharge of £190.",
            {"30000", "2000"},
        ),
        (  # how a fine is paid
            "The Health and Safety Executive fined Dunmore Quarries Ltd £60,000. Because of its "
            "finances the court let Dunmore Quarries pay the fine in monthly instalments of £2,500.",
            {"60000"},
        ),
        (  # the starting point a discount is taken from
            "Leeds Magistrates' Court fined Ashby Foods Ltd £40,000 on Friday. The judge said she "
            "had reduced the fine from £60,000 by a third for its guilty plea.",
            {"40000"},
        ),
        (  # money owed back to customers
            "The Central Bank of Ireland fined Corrib Credit DAC €900,000 and ordered Corrib "
            "Credit to refund €3.1 million to borrowers it overcharged.",
            {"900000"},
        ),
        (  # a lender's size
            "The Bank of Ghana fined Adom Microfinance GH₵ 400,000. Adom, which had a loan book "
            "of about GH₵ 95 million at the end of 2024, must pay the fine within 30 days.",
            {"400000"},
        ),
        (  # a part of the fine paid so far
            "The Romanian Competition Council fined Carpat Beton S.A. RON 14 million in March. "
            "Carpat Beton has so far paid RON 5 million of its fine.",
            {"14000000"},
        ),
        (  # an earlier case told as history
            "Norway's Consumer Authority fined Fjordkraft Strøm AS NOK 2 million on Monday. The "
            "first fine under the marketing act, imposed in 2021, was NOK 500,000.",
            {"2000000"},
        ),
    ],
)
def test_amounts_told_beside_a_sanction_are_not_sanctions(body: str, imposed: set[str]) -> None:
    assert fined_amounts(body) == {Decimal(a) for a in imposed}


def test_a_list_of_fines_is_dated_by_the_decision_the_paragraph_before_dates() -> None:
    facts = extract(
        "In its decision of 11 October 2023, the Hellenic Competition Commission found that "
        "two cement makers had shared out public contracts.\n\n"
        "The commission fined the companies for a cartel:\n\n"
        "- Kyklos Tsimenta A.E.: €4,200,000\n"
        "- Argos Domika A.E.: €2,100,000\n",
        title="Cement cartel fined",
    )
    for amount in ("4200000", "2100000"):
        fine = by_amount(facts, amount)
        assert fine.date is not None and fine.date.text == "2023-10-11"


# --- "the Act": the statute named last before -----------------------------------------------


def test_the_act_is_the_statute_named_last_before_not_the_one_named_most() -> None:
    facts = extract(
        "The Gaming Board fined Redcap Bet Ltd £90,000 under the Gambling Act 2005. The "
        "Gambling Act 2005 requires operators to check their customers' funds.\n\n"
        "The board also found that Redcap breached the Consumer Rights Act 2015.\n\n"
        "It also banned Redcap from direct marketing under section 12 of the Act — a measure "
        "that runs for a year."
    )
    ban = next(f for f in facts if f.action == "ban")
    assert labels(ban) == {"Consumer Rights Act 2015 Sec. 12"}


def test_a_title_with_etc_is_one_statute() -> None:
    found = find_provisions(
        "Tarnfield Ltd admitted breaching section 3(1) of the Health and Safety at Work etc. "
        "Act 1974 and was fined."
    )
    assert [p.instrument for p in found] == ["Health and Safety at Work etc. Act 1974"]


# --- Amounts told "respectively" ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Competition Tribunal fined Alder Credit Ltd and its subsidiary Birchfield Loans "
            "R800,000 and R300,000 respectively on Monday.",
            [("Alder Credit Ltd", "800000"), ("Birchfield Loans", "300000")],
        ),
        (
            "The regulator fined Corvo Ltd, Dunmore Foods and Ebb Ltd £30,000, £20,000 and "
            "£10,000, respectively.",
            [("Corvo Ltd", "30000"), ("Dunmore Foods", "20000"), ("Ebb Ltd", "10000")],
        ),
    ],
)
def test_amounts_told_respectively_go_to_the_parties_in_their_order(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    facts = sorted((f for f in extract(sentence) if f.amount), key=lambda f: f.amount.start)
    assert [(f.respondent.text, str(f.amount.amount)) for f in facts] == expected
    assert len({f.date.text if f.date else None for f in facts}) == 1  # one decision, one day


# --- A fact's date is not its history's ------------------------------------------------------


def test_a_year_a_regime_was_introduced_is_not_the_day_it_was_used() -> None:
    facts = extract(
        "Korea's fair trade regulator has ordered Hanbit Foods to pay a surcharge of ₩800 "
        "million, only the third time the surcharge system introduced in 2019 has been used.",
        published="2025-07-03",
    )
    fine = by_amount(facts, "800000000")
    assert fine.date is None or not fine.date.text.startswith("2019")


def test_an_earlier_fine_told_as_history_does_not_date_the_new_one() -> None:
    facts = extract(
        "The inspectorate fined Delta Haulage B.V. € 80.000 on 2 April. The fine was doubled "
        "because the company had already been fined for similar violations in 2020.\n\n"
        "The inspectorate also fined Delta Haulage B.V.'s director, Piet Smit, € 10.000 in his "
        "personal capacity. Messages on his phone showed he told planners to falsify records. "
        "This fine was imposed on 20 March 2025.",
        published="2025-04-09",
    )
    director = by_amount(facts, "10000")
    assert director.date is not None and director.date.text == "2025-03-20"


def test_compound_legal_forms_and_name_joiners_stay_with_the_name() -> None:
    from assistant.parties import respondents

    cases = {
        "Ferrocarriles Norteños S.A. de C.V. was fined 12 million pesos.": (
            "Ferrocarriles Norteños S.A. de C.V."
        ),
        "A fine was imposed on Aceros del Norte S.A.B. de C.V. last week.": (
            "Aceros del Norte S.A.B. de C.V."
        ),
        "The penalty was imposed on Transportes do Vale S. de R.L. de C.V.": (
            "Transportes do Vale S. de R.L. de C.V."
        ),
    }
    for text, name in cases.items():
        assert [p.name for p in respondents(text, lexicon()) if not p.pronoun] == [name], text


def test_a_currency_written_like_a_word_is_not_the_party_nor_its_last_word() -> None:
    facts = extract("Indonesia's KPPU fined PT Bumi Sejahtera Rp 3,1 miliar on Monday.")
    fine = by_amount(facts, "3100000000")
    assert fine.respondent is not None and fine.respondent.text == "Bumi Sejahtera"
    facts = extract(
        "Kalpana Tutorials Pvt Ltd ran adverts promising top ranks.\n\n"
        "SEBI fined the Pune academy Rs 2,00,000 on Monday.",
        title="Regulator fines Kalpana Tutorials over misleading adverts",
    )
    fine = by_amount(facts, "200000")
    assert fine.respondent is not None and fine.respondent.text.startswith("Kalpana")


def test_a_fine_for_not_notifying_a_deal_is_a_fine() -> None:
    facts = extract(
        "The competition authority fined Halvard Shipping AS NOK 2 million for failing to "
        "notify its acquisition of a ferry operator."
    )
    assert by_amount(facts, "2000000").action == "fine"


# --- Court sentencing reports (New Zealand, UK, Australian style) ---------------------------


def test_a_sentencing_court_fines_and_reparation_and_costs_are_not_fines() -> None:
    facts = extract(
        "Ruapehu Joinery Ltd was fined $95,000 in the Rotorua District Court on Tuesday and "
        "ordered to pay $40,000 in reparation to the injured apprentice, plus $3,200 towards "
        "WorkSafe New Zealand's prosecution costs.",
        published="2025-05-08",
    )
    fine = by_amount(facts, "95000")
    assert fine.authority == "Rotorua District Court"
    assert fine.amount is not None and fine.amount.currency == "NZD"
    assert [f.amount.amount for f in facts if f.amount] == [Decimal("95000")]


def test_headlines_in_a_box_of_links_to_other_stories_are_not_this_story_s_fines() -> None:
    facts = extract(
        "Ruapehu Joinery Ltd was fined $95,000 in the Rotorua District Court on Tuesday.\n\n"
        "**Read more**\n\n"
        "- Quarry operator fined $210,000 over conveyor death (2021)\n"
        "- Forestry crews targeted in safety blitz\n",
        published="2025-05-08",
    )
    assert [f.amount.amount for f in facts if f.amount] == [Decimal("95000")]


def test_a_prohibition_notice_barring_the_company_is_an_order_against_it() -> None:
    facts = extract(
        "Ruapehu Joinery Ltd was fined $95,000 in the Rotorua District Court on Tuesday.\n\n"
        "Inspectors from WorkSafe New Zealand issued a prohibition notice after the accident, "
        "preventing the company from using the press until it was guarded.",
        published="2025-05-08",
    )
    [order] = [f for f in facts if f.action == "order"]
    assert order.respondent is not None and order.respondent.text.startswith("Ruapehu")
    assert order.authority == "WorkSafe New Zealand"


# --- Periodic penalties and what a settlement requires -------------------------------------


def test_stipulated_daily_penalties_owed_for_each_missed_deadline_are_penalty_payments() -> None:
    facts = extract(
        "The state environment agency fined Susquenango Pipeline LLC $640,000 on Monday.\n\n"
        "Susquenango will owe $1,000 per day for each day it misses a cleanup deadline, and "
        "$250 per day for each day a sampling report is overdue."
    )
    for amount in ("1000", "250"):
        daily = by_amount(facts, amount)
        assert (daily.action, daily.per) == ("penalty_payment", "day")


def test_a_project_the_company_agrees_to_fund_is_not_a_fine() -> None:
    facts = extract(
        "The state environment agency fined Susquenango Pipeline LLC $640,000 on Monday.\n\n"
        "Beside the penalty, the company has agreed to fund a $150,000 wetland project run by "
        "the county conservation district."
    )
    assert [f.amount.amount for f in facts if f.amount] == [Decimal("640000")]


def test_what_a_consent_order_says_the_company_must_complete_is_an_order() -> None:
    facts = extract(
        "The state environment agency fined Susquenango Pipeline LLC $640,000 on Monday.\n\n"
        "Under the consent order, Susquenango must complete the replanting of the damaged "
        "riverbank by June 2026."
    )
    assert [f.action for f in facts if f.action == "order"] == ["order"]


# --- Sanctions listed after "The panel ordered:", and bans with other verbs ----------------


def test_each_item_of_an_ordered_list_is_against_the_party_it_opens_with() -> None:
    facts = extract(
        "The tribunal of the Manitoba Securities Commission ordered:\n\n"
        "- **Redwater Yield Partners Inc.** to pay an administrative penalty of $300,000, and "
        "permanently cease trading in any securities;\n"
        "- **Lorna Bexley** to pay an administrative penalty of $120,000, and be permanently "
        "banned from acting as a director of any issuer.\n"
    )
    assert by_amount(facts, "300000").respondent.text.startswith("Redwater Yield Partners")
    assert by_amount(facts, "120000").respondent.text == "Lorna Bexley"
    bans = sorted(f.respondent.text for f in facts if f.action == "ban" and f.respondent)
    assert len(bans) == 2 and bans[0] == "Lorna Bexley"


def test_a_ban_accepted_in_a_settlement_is_a_ban() -> None:
    facts = extract(
        "Under a settlement approved by the commission in May, Tomas Vinter agreed to pay "
        "$25,000 and accepted a five-year ban from trading in securities."
    )
    assert [f.respondent.text for f in facts if f.action == "ban"] == ["Tomas Vinter"]


def test_a_penalty_the_panel_declined_to_impose_is_not_a_fine() -> None:
    facts = extract(
        "The panel fined Redwater Yield Partners Inc. $300,000. It declined the executive "
        "director's request for an administrative penalty of $500,000 against its founder."
    )
    assert [f.amount.amount for f in facts if f.amount] == [Decimal("300000")]


# --- Not this story's sanctions: sums over many parties, background, commitments -----------


def test_a_lead_total_over_five_parties_is_not_a_fine_of_its_own() -> None:
    facts = extract(
        "The competition authority fined three bakeries and two of their managers a combined "
        "MXN 31.5 million on Monday.\n\n"
        "Panificadora Alba was fined MXN 12 million, Hornos Rivera MXN 9 million and "
        "Trigal Norte MXN 8 million. Its manager Ana Ruiz was fined MXN 1.5 million and "
        "Luis Peña MXN 1 million."
    )
    amounts = {f.amount.amount for f in facts if f.amount}
    assert Decimal("12000000") in amounts and Decimal("31500000") not in amounts


def test_fines_on_unnamed_companies_told_as_background_are_not_facts() -> None:
    facts = extract(
        "The commission fined Harbour Freight Lines €2 million on Monday.\n\n"
        "In 2019 the commission fined companies and individuals €14 million for similar "
        "collusion."
    )
    assert [f.amount.amount for f in facts if f.amount] == [Decimal("2000000")]


def test_commitments_accepted_without_a_fine_are_a_settlement_with_no_amount() -> None:
    facts = extract(
        "In a separate case, the authority in March accepted commitments from furniture chain "
        "Bútorház Kft., which promised to refund customers about HUF 40 million; no fine was "
        "imposed."
    )
    assert [(f.action, f.amount) for f in facts] == [("settlement", None)]
    assert facts[0].respondent is not None and facts[0].respondent.text.startswith("Bútorház")


def test_an_amount_restated_in_brackets_is_one_amount_and_a_conversion_after_the_noun() -> None:
    facts = extract(
        "The court cut the fine to HUF 510 million (510 millió forint). The regulator had "
        "imposed the N900m penalty (about $600,000 at the time) on Zuma Foods Ltd in 2024."
    )
    amounts = sorted(f.amount.amount for f in facts if f.amount)
    assert amounts == [Decimal("510000000"), Decimal("900000000")]
    [naira] = [f for f in facts if f.amount and f.amount.currency == "NGN"]
    assert [o.amount for o in naira.other_amounts] == [Decimal("600000")]


def test_a_listed_court_named_by_its_initials_alone_rules_on_the_appeal() -> None:
    facts = extract(
        "The consumer authority fined Vidyarthi Coaching Pvt Ltd Rs 2,00,000 in March 2023. "
        "Vidyarthi appealed. In May, the NCDRC dismissed the appeal.",
        published="2024-01-10",
    )
    [ruling] = [f for f in facts if f.action == "ruling"]
    assert ruling.authority == "NCDRC"
    assert ruling.respondent is not None and ruling.respondent.text.startswith("Vidyarthi")


def test_a_sanctions_decision_dates_its_list_and_a_dated_settlement_only_its_own_party() -> None:
    facts = extract(
        "On May 2, 2025, a panel of the Manitoba Securities Commission issued its sanctions "
        "decision in the Redwater Yield Partners matter.\n\n"
        "The panel ordered:\n\n"
        "- **Redwater Yield Partners Inc.** to pay an administrative penalty of $300,000;\n"
        "- **Lorna Bexley** to pay an administrative penalty of $120,000.\n\n"
        "Under a settlement agreement approved by the Commission on March 3, 2024, Tomas "
        "Vinter agreed to pay $25,000.",
        title="Securities commission sanctions Redwater Yield Partners",
        published="2025-05-20",
    )
    assert by_amount(facts, "300000").date.text == "2025-05-02"
    assert by_amount(facts, "25000").date.text == "2024-03-03"
    bexley = by_amount(facts, "120000")
    assert bexley.date is None or bexley.date.text != "2024-03-03"


def test_a_boards_vote_to_sanction_dates_every_share_of_the_decision() -> None:
    # A board or plenary decides by voting: the day of the vote is the decision's, for each
    # party's share of the combined fine, not only the largest.
    body = (
        "BRASILIA, June 6 (Wire) - Brazil's antitrust watchdog CADE has fined two cement "
        "makers a combined 210 million reais for dividing up markets in the north-east, the "
        "regulator said.\n\n"
        "CADE's tribunal voted on Wednesday to sanction the companies for allocating "
        "customers between 2016 and 2021.\n\n"
        "The largest fine, 120 million reais, was imposed on Cimentos Aurora S.A. Pedra "
        "Branca Ltda was fined 90 million reais."
    )
    facts = extract(body, published="2024-06-06")
    for amount in ("120000000", "90000000"):
        fine = by_amount(facts, amount)
        assert fine.date is not None and fine.date.text == "2024-06-05", amount


def test_an_act_numbered_in_roman_numerals_within_its_year_is_the_law_cited() -> None:
    # Hungarian statutes: "Act LVII of 1996", "Act CLXXXV of 2010" — the numeral and year
    # name the law; "of Act …" is not "the Act" cited before.
    body = (
        "The Hungarian Competition Authority (GVH) fined Pannon Kredit Zrt. HUF 96 million "
        "for misleading loan advertisements. It found that the lender had breached Section "
        "11(2) of Act LVII of 1996 on the prohibition of unfair market practices."
    )
    fine = by_amount(extract(body), "96000000")
    assert [p.text for p in fine.provisions] == ["Act LVII of 1996 Sec. 11(2)"]


def test_each_clause_of_a_sentence_cites_its_own_partys_breaches() -> None:
    # "The company admitted …, and Lindqvist …": each clause names its party and the sections
    # it admitted; the second's "the Act" is the law the first named.
    body = (
        "Coastline Scaffolding Pty Ltd was fined $180,000 in the Brisbane Magistrates Court "
        "on Friday. Its director, Erik Lindqvist, was fined $12,000.\n\n"
        "The company pleaded guilty to a charge under sections 19(1) and 32 of the Work "
        "Health and Safety Act 2011, and Lindqvist to a charge under section 27 of the Act."
    )
    facts = extract(body, published="2024-06-10")
    company, director = by_amount(facts, "180000"), by_amount(facts, "12000")
    assert [p.text for p in company.provisions] == [
        "Work Health and Safety Act 2011 Sec. 19(1)",
        "Work Health and Safety Act 2011 Sec. 32",
    ]
    assert [p.text for p in director.provisions] == ["Work Health and Safety Act 2011 Sec. 27"]


def test_a_statutes_year_after_its_bracketed_short_form_is_part_of_its_name() -> None:
    body = (
        "The Competition Authority of Kenya fined Rift Cement Ltd KSh 40 million for abusing its "
        "dominant position, in breach of the Competition and Fair Trading Act (CFTA) 2021."
    )
    fine = next(f for f in extract(body) if f.amount is not None)
    assert [p.text for p in fine.provisions] == ["Competition and Fair Trading Act 2021"]


def test_the_same_day_is_the_day_just_told_even_when_no_action_was_taken_on_it() -> None:
    # A court report tells the incident's day, then "the same day" for the regulator's notice:
    # that day, not the sentencing day the report opened with.
    body = (
        "Harbour Freight Movers Ltd was fined $95,000 in the Napier District Court on "
        "Tuesday.\n\n"
        "The court heard that on March 3, 2023, a forklift tipped over on the wharf and "
        "crushed a worker's leg.\n\n"
        "Maritime New Zealand issued an improvement notice the same day, ordering the company "
        "to retrain its forklift drivers."
    )
    facts = extract(body, published="2024-06-06")
    order = next(f for f in facts if f.action == "order")
    assert order.date is not None and order.date.text == "2023-03-03"


@pytest.mark.parametrize(
    ("sentence", "authority", "place"),
    [
        (
            "The Central Bank of the UAE (CBUAE) imposed a financial sanction of AED 3,400,000 "
            "on Desert Rose Exchange for weak anti-money-laundering controls.",
            "CBUAE",
            "AE",
        ),
        (
            "Indonesia's Otoritas Jasa Keuangan (OJK) fined PT Cahaya Pinjam Rp1,5 miliar for "
            "abusive debt collection.",
            "OJK",
            "ID",
        ),
        (
            "The Michigan Department of Environment, Great Lakes, and Energy (EGLE) fined "
            "Northshore Coatings Inc. $96,000 for discharging untreated rinse water.",
            "EGLE",
            "US-MI",
        ),
        (
            "Chile's Superintendencia del Medio Ambiente (SMA) fined Pesquera Austral S.A. "
            "CLP 410 million for exceeding its authorised production.",
            "SMA",
            "CL",
        ),
    ],
)
def test_regulators_of_the_gulf_asia_and_latin_america_are_known(
    sentence: str, authority: str, place: str
) -> None:
    """A regulator the data files list is named and placed from its own name, not read as a
    namesake elsewhere or left without a country."""
    (fine,) = [f for f in extract(sentence) if f.amount]
    assert fine.authority == authority and fine.jurisdiction == place


def test_a_list_item_may_set_its_amount_off_with_a_dash() -> None:
    """ "- SIA Alfa – EUR 1 284 500;": a dash between spaces sets a listed party's fine off as a
    colon does, amounts written with spaces between the thousands."""
    facts = extract(
        "By a decision of 4 February 2025, the Competition Council fined three paving firms "
        "for rigging bids.\n\n"
        "The Competition Council imposed the following fines:\n\n"
        "- SIA Akmens Ceļi – EUR 702 400;\n"
        "- SIA Rīgas Bruģis — EUR 95 000.\n",
        published="2025-02-06",
    )
    first, second = by_amount(facts, "702400"), by_amount(facts, "95000")
    assert first.respondent.text == "SIA Akmens Ceļi" and first.action == "fine"
    assert second.respondent.text == "SIA Rīgas Bruģis"


@pytest.mark.parametrize(
    ("body", "kept", "dropped"),
    [
        (
            "The Hessen environment ministry fined Rheinwerk GmbH €240,000 for repeated "
            "discharges. The order also requires Rheinwerk to spend at least €80,000 on new "
            "filtration equipment, which does not count toward the fine.",
            "240000",
            "80000",
        ),
        (
            "The agency fined Lumen Credit PLN 900,000. Under the Payment Services Act of "
            "2021, administrative fines for some breaches can now reach PLN 50 million, far "
            "above the old limits.",
            "900000",
            "50000000",
        ),
        (
            "The council fined Radio Delta RON 40,000 in March. Most of its fines are small, "
            "but fines of RON 150,000 or more are no longer rare.",
            "40000",
            "150000",
        ),
    ],
)
def test_money_to_spend_a_ceiling_the_law_allows_and_a_class_of_fines_are_no_sanctions(
    body: str, kept: str, dropped: str
) -> None:
    """Beside a fine, copy tells money the party must spend on compliance ("spend at least
    €80,000 on"), what fines "can now reach" under a law, and a kind of fine ("fines of RON
    150,000 or more"): none is a sanction."""
    facts = extract(body)
    by_amount(facts, kept)
    assert not [f for f in facts if f.amount and f.amount.amount == Decimal(dropped)]


def test_an_officer_listed_after_another_with_an_amount_of_their_own() -> None:
    """ "…was ordered to pay RM600,000 and former chief financial officer Siti Rahmah Idris
    RM300,000": the officer the role names (no "its" before it) is the party of the amount
    after them, whose sign is two letters."""
    facts = extract(
        "The Securities Commission Malaysia (SC) fined Kenanga Jaya Bhd RM1.5 million, "
        "while its former chief executive officer Tan Ah Kow was ordered to pay RM600,000 and "
        "former chief financial officer Siti Rahmah Idris RM300,000.",
        published="2025-05-08",
    )
    assert by_amount(facts, "600000").respondent.text == "Tan Ah Kow"
    assert by_amount(facts, "300000").respondent.text == "Siti Rahmah Idris"


def test_a_two_letter_currency_sign_ends_the_name_before_it() -> None:
    """ "fined Kenanga Jaya Bhd RM1.5 million": "RM1.5" is the amount, not a word of the
    name fined."""
    facts = extract("The Securities Commission Malaysia fined Kenanga Jaya Bhd RM1.5 million.")
    assert by_amount(facts, "1500000").respondent.text == "Kenanga Jaya Bhd"
