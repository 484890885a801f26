"""Who was sanctioned and how much, on invented sentences: lists of parties each with its own
sum, respondents that are no parties, and figures that are not sanctions (totals, payments
made, exchange rates)."""

from __future__ import annotations

from tests.test_facts_general import by_amount, extract


def _who(facts, amount: str) -> str | None:
    fact = by_amount(facts, amount)
    return fact.respondent.text if fact.respondent else None


def test_each_party_of_a_wire_list_after_was_fined_is_its_own_sum_s() -> None:
    facts = extract(
        "The Competition Council of Ruritania said on Tuesday it had fined three bakeries for "
        "fixing bread prices.\n\nPekara Novak d.o.o. was fined 50.200.000 korunas, Hleb "
        "Zvezda a.d. 30.100.000 korunas and Zito Market d.o.o. 10.200.000 korunas, the "
        "council said."
    )
    assert _who(facts, "50200000") == "Pekara Novak d.o.o."
    assert _who(facts, "30100000") == "Hleb Zvezda a.d."
    assert _who(facts, "10200000") == "Zito Market d.o.o."


def test_a_list_with_conversions_in_brackets_keeps_each_party() -> None:
    facts = extract(
        "Kazakhstan's competition agency fined four fuel traders for sharing price plans. "
        "It fined Altyn Fuel LLP KZT 42.6 million (about $0.09 million), Sary Oil LLP KZT 30.1 "
        "million, Aral Petro LLP KZT 20.2 million and Shymkent Gas JSC KZT 15.3 million."
    )
    assert _who(facts, "30100000") == "Sary Oil LLP"
    assert _who(facts, "20200000") == "Aral Petro LLP"
    assert _who(facts, "15300000") == "Shymkent Gas JSC"


def test_a_list_after_a_colon_with_amounts_in_brackets() -> None:
    facts = extract(
        "The National Bank of Ukraine has sanctioned three lenders for late reports. The fines "
        "imposed were: Dnipro Savings and Credit Ltd (UAH 1.4 million), Karpaty Bank PLC "
        "(UAH 600,000) and Polissia Finance Ltd (UAH 250,000)."
    )
    assert _who(facts, "1400000") == "Dnipro Savings and Credit Ltd"
    assert _who(facts, "600000") == "Karpaty Bank PLC"
    assert _who(facts, "250000") == "Polissia Finance Ltd"


def test_a_currency_code_glued_to_its_figure_is_no_name() -> None:
    facts = extract(
        "Indonesia's Financial Services Authority (OJK) said on Monday that trader Budi "
        "Santoso Wijaya was fined IDR2.5 billion for spreading false rumours about a listed bank."
    )
    assert _who(facts, "2500000000") == "Budi Santoso Wijaya"


def test_a_role_opening_the_sentence_is_not_part_of_the_person_s_name() -> None:
    facts = extract(
        "The Securities Commission Malaysia said on Monday that Investor Tan Boon Huat was "
        "fined MYR 300,000 for insider trading."
    )
    assert _who(facts, "300000") == "Tan Boon Huat"


def test_a_legal_form_after_a_bank_s_name_keeps_the_name() -> None:
    facts = extract(
        "The National Bank of Kazakhstan on 3 March fined Tien Shan Savings Bank OJSC "
        "KZT 2,400,000 for weak controls over foreign transfers."
    )
    assert _who(facts, "2400000") == "Tien Shan Savings Bank OJSC"


def test_a_person_in_apposition_after_an_acronym() -> None:
    facts = extract(
        "The Financial Market Authority said on Monday that the firm's former officer in charge "
        "of KYC/AML, Ms Ilse Brunner, has been fined EUR 30,000."
    )
    assert _who(facts, "30000") == "Ilse Brunner"


def test_the_company_itself_is_the_company_not_a_party_fined_after_it() -> None:
    facts = extract(
        "Sao Mai Foods JSC was investigated by Vietnam's State Securities Commission for "
        "late disclosures. Its chairman, Le Van Hung, was fined VND500 million. The company "
        "itself was fined VND300 million for a late report, and its auditor, Minh Tri "
        "Auditing Co, was fined VND200 million for weak work.",
        title="Sao Mai Foods fined over late disclosures",
    )
    assert _who(facts, "300000000") == "Sao Mai Foods"
    assert _who(facts, "200000000") == "Minh Tri Auditing Co"


def test_a_place_after_near_is_no_party() -> None:
    facts = extract(
        "A gravel company operating near Kilingi has been fined 18 000 euros after silt ran into "
        "a river.\n\nThe Environmental Board said it had concluded proceedings against "
        "Kruusamaa OÜ and its works manager, Peeter Lill. Lill was fined 800 euros. Lill said he "
        "would appeal. The board also ordered Kruusamaa to fence the pit by August."
    )
    assert _who(facts, "18000") in {"Kruusamaa", "Kruusamaa OÜ"}


def _amounts(facts) -> set[str]:
    return {str(f.amount.amount) for f in facts if f.amount}


def test_a_lead_total_over_several_doers_is_not_a_fine_of_its_own() -> None:
    facts = extract(
        "Peru's competition authority Indecopi has fined three fish exporters a combined "
        "PEN 7.5 million for sharing export prices.\n\nPacifico Marino S.A.C. was fined PEN "
        "4.2 million, Anchoveta Norte S.A.C. PEN 2.1 million and Callao Fish S.A.C. PEN 1.2 "
        "million, the authority said."
    )
    assert "7500000" not in _amounts(facts)
    assert _who(facts, "2100000") == "Anchoveta Norte S.A.C."


def test_a_total_told_after_its_list_is_not_a_fine_of_its_own() -> None:
    facts = extract(
        "The Central Bank of Kenya said it had penalised three lenders for late reports. The "
        "penalties were: Tana Credit Ltd (KES 12 million), Rift Savings Ltd (KES 5 million) and "
        "Lamu Microfinance Bank PLC (KES 3 million), KES 20 million in all."
    )
    assert "20000000" not in _amounts(facts)
    assert _who(facts, "5000000") == "Rift Savings Ltd"


def test_a_total_before_items_each_told_on_its_own_is_not_a_fine_of_its_own() -> None:
    facts = extract(
        "The Monetary Authority of Singapore today announced that Merlion Assurance Pte Ltd has "
        "been fined a total of SGD 900,000.\n\n1. For failing to keep proper records, Merlion "
        "Assurance is fined SGD 600,000.\n\n2. For failing to report suspicious transactions, "
        "Merlion Assurance is fined SGD 300,000."
    )
    assert _amounts(facts) == {"600000", "300000"}


def test_a_total_split_in_one_sentence_after_it_stays_the_action() -> None:
    facts = extract(
        "The authority fined Northwind a total of €50 million. Of this amount, €30 million is "
        "imposed on Northwind Inc and €20 million on Northwind Europe Ltd."
    )
    assert "50000000" in _amounts(facts)


def test_a_list_item_described_between_commas_is_its_own_party() -> None:
    facts = extract(
        "Chile's FNE said on Monday that Oxigas Sur S.A. was fined 300 million pesos and "
        "Andes Gas S.A., a smaller supplier in Arica, 120 million pesos."
    )
    assert _who(facts, "120000000") == "Andes Gas S.A."


def test_an_exchange_rate_is_no_fine_and_a_party_s_fine_restated_is_its_own() -> None:
    facts = extract(
        "Hungary's competition authority GVH fined two bakeries on Monday. Pekseg Buda Kft. was "
        "fined 90 million forints and Kenyer Pest Kft. 40 million forints. At the central "
        "bank's official rate of 395.5 forints per euro, Pekseg Buda's fine is equivalent to "
        "€227,560."
    )
    assert _amounts(facts) == {"90000000", "40000000"}
    assert [o.text for o in by_amount(facts, "90000000").other_amounts] == ["€227,560"]


def test_a_part_paid_so_far_of_a_fine_with_its_amount_is_no_fine() -> None:
    facts = extract(
        "Kazakhstan's competition agency fined Karaganda Cement JSC KZT 4 billion in March. "
        "Under an instalment plan the company has so far paid KZT 1.5 billion of its KZT 4 "
        "billion fine."
    )
    assert _amounts(facts) == {"4000000000"}


def test_a_fine_imposed_on_a_day_in_may_is_no_fine_that_may_be_imposed() -> None:
    facts = extract(
        "The Financial Supervisory Authority of Norway on 14 May fined Fjellbank ASA "
        "NOK 3 400 000 for weak controls over cross-border payments."
    )
    assert _who(facts, "3400000") == "Fjellbank ASA"


def test_an_amount_each_is_every_listed_party_s() -> None:
    facts = extract(
        "The Securities and Exchange Board of India on 4 June fined Ganga Textiles Ltd Rs 20 "
        "lakh and fined its managing director Ravi Menon and directors Asha Pillai and Vikram "
        "Rao Rs 5 lakh each for misstating the company's accounts."
    )
    each = sorted(f.respondent.text for f in facts if f.amount and f.amount.amount == 500000)
    assert each == ["Asha Pillai", "Ravi Menon", "Vikram Rao"]


def test_a_rounded_total_over_counted_parties_told_before_their_amounts() -> None:
    facts = extract(
        "Two of Portugal's largest flour millers have agreed to pay a total of more than 50 "
        "million euros to close a competition investigation, the Competition Authority said on "
        "Monday.\n\nUnder the agreements, Moinhos do Norte will pay a settlement amount of 30.4 "
        "million euros and "
        "Moagem Lisboa 20.1 million euros."
    )
    assert "50000000" not in _amounts(facts)
    assert {"30400000", "20100000"} <= _amounts(facts)


def test_a_party_called_by_the_short_form_it_was_given_is_named_in_full() -> None:
    facts = extract(
        "The Energy Market Authority is still waiting for Kedah Hydro Supply Sdn Bhd (KHSSB) "
        "to file its plan.\n\nIn an order dated 2 May, the authority fined KHSSB RM800,000 for "
        "repeated outages."
    )
    assert _who(facts, "800000").startswith("Kedah Hydro Supply")


def test_a_fine_told_by_its_payment_after_a_legal_form_with_a_full_stop_is_that_partys() -> None:
    facts = extract(
        "Earlier this year the Budapest court annulled a HUF 12 million fine the authority had "
        "imposed on travel agency Balaton Utazás Kft.\n\n"
        "Other firms have chosen to pay. Furniture chain Tisza Bútor Kft. paid its HUF 25 "
        "million fine in full last year, the authority said, and did not go to court.",
        published="2025-06-10",
    )
    paid = by_amount(facts, "25000000")
    assert paid.respondent is not None and paid.respondent.text.startswith("Tisza Bútor")
    assert "paid" in [s.status for s in paid.statuses]


# --- Sums told for context, not sanctions -------------------------------------------------


def test_statutory_maxima_per_kind_of_violation_are_no_fines() -> None:
    facts = extract(
        "The Health and Safety Authority fined Boreal Meats Ltd €45,000 on Monday for exposing "
        "workers to chlorine. For context, the authority's current maximum penalties are €20,000 "
        "for each serious violation and €200,000 for each wilful or repeated violation."
    )
    assert _amounts(facts) == {"45000"}


def test_a_private_claim_settled_and_its_costs_are_no_sanction() -> None:
    facts = extract(
        "The Mining Inspectorate fined Quarry Norte SA $52,000 on Friday. Separately, Quarry "
        "Norte settled a personal injury claim brought by one of its drivers; his lawyer said "
        "hospital bills alone exceeded $300,000."
    )
    assert _amounts(facts) == {"52000"}


def test_this_year_s_penalties_added_up_against_last_year_s_total_are_no_fine() -> None:
    facts = extract(
        "The Financial Supervisory Authority fined Nordvik Bank SEK 12 million in May. The three "
        "penalties imposed this year add up to more than the total of SEK 9 million that the "
        "authority imposed in the whole of 2023."
    )
    assert _amounts(facts) == {"12000000"}


def test_a_company_s_profit_told_for_scale_is_no_fine() -> None:
    facts = extract(
        "The Central Bank fined Harbour Finance PLC Rs. 2 million in June. By comparison, Harbour "
        "Finance reported a net profit of Rs. 5.1 billion for 2024, so the penalty is small."
    )
    assert _amounts(facts) == {"2000000"}


def test_the_suspended_part_of_a_fine_and_a_loss_pleaded_are_no_fines() -> None:
    facts = extract(
        "A magistrate fined Kunene Fisheries N$500 000, of which N$200 000 is suspended for three "
        "years, for misreporting catches. The defence had argued the company lost about N$2 "
        "million in contracts because of the case."
    )
    assert _amounts(facts) == {"500000"}


def test_credits_to_customers_bills_are_no_fine() -> None:
    facts = extract(
        "The energy regulator fined Costa Power SA $900,000 in March. Separately from the "
        "sanctions, Costa Power has credited about $2.1 million to customers' bills as "
        "compensation for outages."
    )
    assert _amounts(facts) == {"900000"}


def test_what_a_late_payment_surcharge_would_come_to_is_no_periodic_penalty() -> None:
    facts = extract(
        "The competition authority fined Delta Fuel LLC UAH 20 million. If it does not pay within "
        "two months, a penalty of 1.5% of the fine accrues for each day of delay, which would "
        "amount to roughly UAH 300,000 a day."
    )
    assert _amounts(facts) == {"20000000"}


def test_counted_parties_fined_a_combined_sum_years_ago_are_no_fine_of_this_party() -> None:
    facts = extract(
        "The Communications Authority fined Savanna Mobile KES 400 million on Tuesday. The fine "
        "is the largest since 2021, when it fined three operators a combined KES 250 million "
        "over the same failures."
    )
    assert _amounts(facts) == {"400000000"}


# --- Who: names in bold, questions, judges, ages ------------------------------------------


def test_a_name_in_bold_opening_a_list_item_is_the_party() -> None:
    facts = extract(
        "The Capital Markets Authority has published two penalty notices since March.\n\n"
        "- **Mombasa Securities Ltd** was fined KES 4 million in March for late trade "
        "reporting.\n- **Rift Capital Ltd**, a licensed broker, was fined KES 2 million in "
        "April for poor record keeping."
    )
    assert _who(facts, "4000000") == "Mombasa Securities Ltd"
    assert _who(facts, "2000000") == "Rift Capital Ltd"


def test_an_explainer_s_question_heading_names_no_party() -> None:
    facts = extract(
        "The Capital Markets Authority has published one penalty notice since March.\n\n"
        "**Who has been penalised this year?**\n\nMombasa Securities Ltd was fined KES 4 "
        "million in March for late trade reporting.\n\n**What else did the CMA order?**\n\n"
        "The CMA also directed the broker to appoint an independent auditor."
    )
    assert {f.respondent.text for f in facts if f.respondent} == {"Mombasa Securities Ltd"}
    facts = extract(
        "**Who was fined, and why?**\n\nThe Insurance Regulatory Authority fined the insurer "
        "R3 million in May for mis-selling funeral policies."
    )
    assert _who(facts, "3000000") != "Who"


def test_a_magistrate_who_fined_the_company_is_not_the_party() -> None:
    facts = extract(
        "Lake Fisheries Ltd pleaded guilty in the Kisumu Law Courts on Monday to landing "
        "undersized tilapia.\n\nMagistrate Peter Kamau fined the company KES 900 000, of which "
        "KES 300 000 is suspended for two years."
    )
    assert _who(facts, "900000") == "Lake Fisheries Ltd"
    facts = extract(
        "Atlantic Trawlers (Pty) Ltd was convicted on Monday of misdeclaring its catch. Judge "
        "Maria Santos fined the company N$1.2 million."
    )
    assert _who(facts, "1200000") == "Atlantic Trawlers (Pty) Ltd"


def test_a_person_s_age_in_brackets_and_a_vessel_in_italics_are_no_part_of_the_party() -> None:
    facts = extract(
        "A fishing company was fined N$500 000 in the Lüderitz Magistrate's Court on Tuesday.\n\n"
        "The master of the trawler *Orange Star*, Tomas Nandi (47), was fined N$20 000 or six "
        "months' imprisonment."
    )
    assert _who(facts, "20000") == "Tomas Nandi"


def test_what_someone_told_reporters_names_no_party() -> None:
    from assistant.lexicon import lexicon
    from assistant.parties import respondents

    text = "Its chief told journalists that NIN verification was not optional."
    assert respondents(text, lexicon()) == []


def test_the_operator_in_a_round_up_s_section_is_the_telecom_company_fined_in_it() -> None:
    facts = extract(
        "Three regulators acted in January.\n\n### Kenya: CA fines Savanna Mobile KSh120 million"
        "\n\nThe Communications Authority of Kenya said on Monday that it had fined Savanna "
        "Mobile KSh120 million for missing coverage targets.\n\n### South Africa: ICASA fines "
        "Karoo Telecom\n\nThe Independent Communications Authority of South Africa (ICASA) "
        "imposed a penalty of R5 million on Karoo Telecom on 9 January for failing to notify "
        "subscribers of a tariff increase.\n\nICASA also ordered the operator to refund the "
        "difference to affected customers."
    )
    orders = [f for f in facts if f.action == "order"]
    assert [f.respondent.text for f in orders] == ["Karoo Telecom"]


def test_a_second_employer_cited_beside_the_first_is_its_own_party() -> None:
    facts = extract(
        "The Occupational Safety and Health Administration (OSHA) fined Northgate Foods LLC "
        "$140,000 in March after a chlorine leak. OSHA also cited QuickHire Personnel, the "
        "temporary staffing agency that had placed two of the injured workers, for one serious "
        "violation of the training rules, with proposed penalties of $12,400."
    )
    assert _who(facts, "140000") == "Northgate Foods LLC"
    assert _who(facts, "12400") == "QuickHire Personnel"


def test_a_contractor_named_with_its_form_and_town_that_signed_and_agreed_to_pay() -> None:
    facts = extract(
        "The Department of Environmental Protection fined Ridgeway Pipeline LLC $400,000 for "
        "drilling spills. The drilling contractor on the project, Cole Boring, Inc., of Erie, "
        "signed a separate consent order and agreed to pay a civil penalty of $55,000 for its "
        "part in the spills."
    )
    assert _who(facts, "55000") == "Cole Boring"


def test_two_banks_in_one_list_keep_their_own_names() -> None:
    facts = extract(
        "The central bank fined two lenders: Harbour Bank KES 3 million and Lakeside Bank KES "
        "1 million."
    )
    assert _who(facts, "3000000") == "Harbour Bank"
    assert _who(facts, "1000000") == "Lakeside Bank"


def test_southern_and_eastern_african_currencies_end_the_name_before_them() -> None:
    for sign, code in (
        ("MK500 million", "MWK"),
        ("Br 500 million", "ETB"),
        ("Kz 500 million", "AOA"),
    ):
        facts = extract(
            f"The regulator fined Lakeshore Telecom {sign} on Monday for dropped calls."
        )
        fact = by_amount(facts, "500000000")
        assert fact.respondent.text == "Lakeshore Telecom"
        assert fact.amount.currency == code


def test_a_decision_annulled_as_regards_one_party_is_that_party_s_ruling() -> None:
    facts = extract(
        "The competition council fined Beta Oil SRL RON 20 million and Gamma Fuel SRL RON 5 "
        "million in 2023 for fixing prices. Gamma Fuel paid its fine. On 3 June 2025 the "
        "Bucharest Court of Appeal annulled the council's decision as regards Beta Oil SRL, "
        "finding the evidence insufficient."
    )
    rulings = [f for f in facts if f.action == "ruling"]
    assert [f.respondent.text for f in rulings] == ["Beta Oil SRL"]


def test_sums_the_defence_or_prosecution_asked_the_court_for_are_no_fines() -> None:
    facts = extract(
        "The magistrate fined Kunene Fisheries N$500 000 on Tuesday. The defence had asked the "
        "court to impose a fine of no more than N$100 000, while the prosecutor asked for N$1 "
        "million."
    )
    assert _amounts(facts) == {"500000"}
    facts = extract(
        "The court fined Nordic Timber AB SEK 2 million. The prosecutor had demanded a fine of "
        "SEK 5 million, and the company's lawyer suggested a fine of SEK 500,000."
    )
    assert _amounts(facts) == {"2000000"}


def test_a_company_in_apposition_after_its_relation_is_the_party_fined() -> None:
    facts = extract(
        "Pakistan's competition commission on Monday fined Indus Beverages Ltd Rs 40 million "
        "for abusing its dominance. The commission also fined its distributor, Sindh Retail "
        "Network, Rs 8 million."
    )
    assert _who(facts, "40000000") == "Indus Beverages Ltd"
    assert _who(facts, "8000000") == "Sindh Retail Network"
    facts = extract(
        "The data protection office fined Lumen Media GmbH EUR 2 million on Tuesday. It also "
        "fined its parent company, Lumen Holding AG, EUR 500,000."
    )
    assert _who(facts, "500000") == "Lumen Holding AG"


def test_bulleted_amounts_with_a_dotted_currency_and_a_conversion_are_each_party_s() -> None:
    facts = extract(
        "The Fair Trading Office of Ruritania said on Monday that, by decision of 3 March "
        "2025, it had sanctioned two cement makers for sharing customers.\n\n"
        "Considering the gravity of the conduct, the Office imposed the following fines:\n\n"
        "- Cementos Andinos S.A.: Gs. 1.200.000.000 (approximately US$ 150,000);\n"
        "- Hormigón del Sur S.R.L.: Gs. 640.000.000.\n"
    )
    first = by_amount(facts, "1200000000")
    assert first.respondent.text == "Cementos Andinos S.A."
    assert [(o.amount, o.currency) for o in first.other_amounts] == [(150000, "USD")]
    assert _who(facts, "640000000") == "Hormigón del Sur S.R.L."


def test_a_party_described_by_where_it_operates_and_one_a_regulator_settled_with() -> None:
    facts = extract(
        "On May 2, EPA announced that Harbor Point Chemicals, Inc., which operates a "
        "fertilizer warehouse on the Ohio River in St. Charles County, Missouri, had agreed to "
        "pay a $140,000 penalty to resolve alleged failures to file emergency plans.\n\n"
        "In a separate case earlier this year, EPA Region 5 settled with Ohio food processor "
        "Maple Ridge Foods for $48,000 in March over refrigeration violations.\n\n"
        "Separately, EPA issued an administrative compliance order under Section 113(a) of the "
        "Clean Air Act requiring Dunmore Paper Mills to install a leak detector by June 30, 2026."
    )
    assert _who(facts, "140000") == "Harbor Point Chemicals"
    assert _who(facts, "48000") == "Maple Ridge Foods"
    orders = [f for f in facts if f.action == "order"]
    assert [o.respondent.text for o in orders if o.respondent] == ["Dunmore Paper Mills"]


def test_a_party_described_by_two_trades_joined_by_and() -> None:
    facts = extract(
        "The telecoms regulator fined mobile operator Kestrel Mobile 300 million colones for "
        "blocking number transfers. In a second decision, it fined fixed-line and internet "
        "provider Rio Azul Redes 40 million colones for billing errors."
    )
    assert _who(facts, "300000000") == "Kestrel Mobile"
    assert _who(facts, "40000000") == "Rio Azul Redes"


def test_a_party_settling_with_the_regulator_s_staff_is_the_party_not_the_staff() -> None:
    facts = extract(
        "A third respondent, former vice-president of sales Jane Holt, settled with OSC Staff "
        "before the merits hearing. Under a settlement agreement approved by the Commission on "
        "March 3, 2024, Ms. Holt agreed to pay $25,000 and accepted a five-year trading ban."
    )
    assert all(f.respondent is None or f.respondent.text != "Staff" for f in facts)


def test_two_roles_joined_by_and_before_a_person_are_no_trades() -> None:
    facts = extract(
        "The securities regulator imposed a penalty of ₹40 lakh on promoter and managing "
        "director Anil Mehra and a penalty of ₹10 lakh on the CFO, Kavita Rao.\n\n"
        "For the CFO, a ₹10 lakh penalty is a clear signal that she ought to have known."
    )
    assert {f.respondent.text for f in facts if f.amount and f.amount.amount == 1000000} == {
        "Kavita Rao"
    }


def test_a_second_conversion_in_the_same_brackets_is_no_fine_of_its_own() -> None:
    # The amount restated in the country's code, then converted for foreign readers.
    facts = extract(
        "Kenya's energy regulator fined Rift Valley Power KSh 12 million (KES 12,000,000; about "
        "US$93,000) for failing to restore supply to three counties within the required time."
    )
    fines = [f for f in facts if f.amount is not None]
    assert len(fines) == 1, [(f.action, f.amount) for f in facts]
    assert "USD" in {o.currency for o in fines[0].other_amounts}
