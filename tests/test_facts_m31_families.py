"""Reading families met in unseen sets, on invented copy: a local dollar written "A$" or "C$"
once and "$" after it (the local dollar, not the US one), orders told as "told to", shops
closed for a number of days, and fines listed in a table."""

from __future__ import annotations

from tests.test_facts_general import extract


def _amounts(facts) -> set[str]:
    return {f"{f.amount.currency} {f.amount.amount}" for f in facts if f.amount}


# --- A local dollar marked once, then written bare ------------------------------------------


def test_australian_copy_marking_its_dollar_once_keeps_the_bare_sign_australian() -> None:
    facts = extract(
        "SYDNEY — Payday lender Kestrel Cash Pty Ltd will pay a A$1.5 million penalty after the "
        "Federal Court found it charged fees above the legal cap, the Australian Securities and "
        "Investments Commission said on Wednesday.\n\nThe court also fined Kestrel's former "
        "director, Mark Ellis, $200,000 and disqualified him from managing corporations."
    )
    assert _amounts(facts) == {"AUD 1500000", "AUD 200000"}


def test_canadian_copy_marking_its_dollar_once_keeps_the_bare_sign_canadian() -> None:
    facts = extract(
        "VANCOUVER — The British Columbia Securities Commission fined Cascadia Crypto Corp. "
        "C$750,000 on Monday for distributing securities without a prospectus.\n\nA panel also "
        "ordered its founder, Liam Chen, to pay an administrative penalty of $150,000."
    )
    assert _amounts(facts) == {"CAD 750000", "CAD 150000"}


def test_taiwanese_copy_with_nt_dollars_then_a_bare_sign_is_all_nt_dollars() -> None:
    facts = extract(
        "The Financial Supervisory Commission fined Formosa Peak Securities NT$6 million on "
        "Tuesday over lax controls, and Jade Bay Bank $3 million."
    )
    assert _amounts(facts) == {"TWD 6000000", "TWD 3000000"}


def test_wire_copy_converting_into_a_bare_sign_keeps_it_for_the_us_dollar() -> None:
    [fact] = extract(
        "SYDNEY, June 4 (Wire) - The Australian Securities and Investments Commission said a "
        "court had fined Southern Cross Super Pty Ltd A$2.4 million ($1.6 million) for "
        "misleading members about fees."
    )
    assert fact.amount is not None and fact.amount.currency == "AUD"
    assert [a.currency for a in fact.other_amounts] == ["USD"]


# --- Orders told plainly ---------------------------------------------------------------------


def _actions(facts) -> set[tuple[str, str | None]]:
    return {(f.action, f.respondent.text if f.respondent else None) for f in facts}


def test_a_party_told_to_stop_is_ordered_to() -> None:
    facts = extract(
        "JOHANNESBURG — The Information Regulator has told Mzansi Cellular (Pty) Ltd to stop "
        "sharing subscribers' numbers with debt collectors, after finding it breached the "
        "Protection of Personal Information Act."
    )
    assert _actions(facts) == {("order", "Mzansi Cellular (Pty) Ltd")}


def test_a_party_also_told_to_stop_beside_its_fine_is_an_order_too() -> None:
    facts = extract(
        "SYDNEY — NSW Fair Trading has fined a Parramatta used-car dealer, Western Wheels Pty "
        "Ltd, $66,000 for winding back odometers, the regulator said on Tuesday.\n\nWestern "
        'Wheels was also told to stop advertising vehicles as "certified" until an independent '
        "inspector reviews its stock."
    )
    assert {f.action for f in facts} == {"fine", "order"}


def test_telling_reporters_is_no_order() -> None:
    facts = extract(
        "The Ministry of Commerce fined Golden Rice Traders 2 million kyat on Monday, a ministry "
        "official said. The official told reporters to expect more inspections."
    )
    assert {f.action for f in facts} == {"fine"}


# --- Shops and sites closed for a time -------------------------------------------------------


def test_a_shop_sealed_for_days_is_a_ban() -> None:
    facts = extract(
        "LAGOS — The Federal Competition and Consumer Protection Commission (FCCPC) sealed Prime "
        "Mart Stores Ltd's Ikeja outlet for seven days on Monday after inspectors found expired "
        "baby formula on its shelves."
    )
    assert _actions(facts) == {("ban", "Prime Mart Stores Ltd")}


def test_ordered_closed_for_days_is_one_ban_not_also_an_order() -> None:
    facts = extract(
        "CAIRO — The Consumer Protection Agency ordered Nile Sweets Co. closed for 14 days after "
        "a food-poisoning outbreak, the agency said on Sunday."
    )
    assert [f.action for f in facts] == ["ban"]


def test_a_business_shut_down_for_months_is_a_ban() -> None:
    facts = extract(
        "HANOI — Inspectors shut down Minh Long Karaoke Co. for three months after finding it "
        "had no fire exits, the city's police said."
    )
    assert [f.action for f in facts] == ["ban"]


def test_a_market_closed_for_days_is_no_sanction() -> None:
    facts = extract(
        "The Competition Commission fined Harbour Fish Traders Ltd 500,000 shillings on Friday. "
        "The market closed for two days during the investigation, traders said."
    )
    assert {f.action for f in facts} == {"fine"}


# --- Fines a digest lists under a heading, or gives as a table --------------------------------


def _fined(facts) -> set[tuple[str, str | None, str]]:
    return {
        (
            f.action,
            f.respondent.text if f.respondent else None,
            f"{f.amount.currency} {f.amount.amount}",
        )
        for f in facts
        if f.amount
    }


def test_a_list_under_a_heading_that_names_fines_lists_fines() -> None:
    facts = extract(
        "The Health and Safety Executive published its monthly enforcement figures on "
        "Thursday.\n\n## Fines imposed in May\n\n- Alder Logistics Ltd (Leeds): £40,000\n"
        "- Birch Foods plc: £12,500\n\n## Prohibition notices\n\n- Cedar Scaffolding Ltd, Bristol\n"
    )
    assert _fined(facts) == {
        ("fine", "Alder Logistics Ltd", "GBP 40000"),
        ("fine", "Birch Foods plc", "GBP 12500"),
    }


def test_a_list_under_a_bold_line_of_penalties() -> None:
    facts = extract(
        "The Securities Commission Malaysia's round-up for the quarter.\n\n**Penalties**\n"
        "- Kiara Capital Sdn Bhd — RM500,000\n- Lembah Trust Bhd — RM250,000\n"
    )
    assert _fined(facts) == {
        ("fine", "Kiara Capital Sdn Bhd", "MYR 500000"),
        ("fine", "Lembah Trust Bhd", "MYR 250000"),
    }


def test_a_table_of_fines_gives_each_row_its_party_regulator_and_sum() -> None:
    facts = extract(
        "# Penalties issued in March\n\n| Company | Regulator | Penalty |\n|---|---|---|\n"
        "| Baltic Freight AS | Estonian Competition Authority | €120,000 |\n"
        "| Riga Foods SIA | Latvian Consumer Rights Protection Centre | €45,000 |\n\n"
        "Both companies have said they will appeal.\n"
    )
    assert _fined(facts) == {
        ("fine", "Baltic Freight AS", "EUR 120000"),
        ("fine", "Riga Foods SIA", "EUR 45000"),
    }
    assert {f.jurisdiction for f in facts} == {"EE", "LV"}


def test_a_table_headed_amount_under_a_caption_of_fines_with_dates() -> None:
    facts = extract(
        "The Polish data protection authority (UODO) had a busy month.\n\n"
        "Administrative fines issued in March:\n\n| Date | Controller | Amount |\n"
        "|:-----|:-----------|-------:|\n| 4 March 2025 | **Kredyt Plus sp. z o.o.** | PLN "
        "1,400,000 |\n| 19 March 2025 | Medica Plus S.A. | PLN 250,000 |\n",
        published="2025-04-02",
    )
    assert _fined(facts) == {
        ("fine", "Kredyt Plus sp. z o.o.", "PLN 1400000"),
        ("fine", "Medica Plus S.A.", "PLN 250000"),
    }
    assert {f.date.text for f in facts if f.date} == {"2025-03-04", "2025-03-19"}


def test_a_table_of_turnover_or_revenue_lists_no_fines() -> None:
    facts = extract(
        "The Competition Authority fined Nordic Cement AS NOK 12 million on Monday.\n\n"
        "| Company | Turnover 2024 |\n|---|---|\n| Nordic Cement AS | NOK 4.1 billion |\n"
        "| Fjord Betong AS | NOK 2.3 billion |\n\nMarket shares, for context:\n\n"
        "| Operator | Revenue | Amount |\n|---|---|---|\n| Kestrel Mobile | KES 40 billion | 12 |\n"
    )
    assert _fined(facts) == {("fine", "Nordic Cement AS", "NOK 12000000")}


# --- Money the business dealt in, told beside its fine ----------------------------------------


def _sums(body: str) -> set[str]:
    return {f.amount.text for f in extract(body) if f.amount}


def test_a_licence_fee_the_firm_charged_is_no_fine() -> None:
    assert _sums(
        "The Competition Commission fined Alder Ltd R2 million for charging customers a licence "
        "fee of R5,000 without disclosure."
    ) == {"R2 million"}


def test_what_customers_were_charged_is_no_fine() -> None:
    assert _sums(
        "The regulator fined Birch Pty Ltd $300,000; the firm had charged customers $49 a month "
        "for a service they never received."
    ) == {"$300,000"}


def test_sales_income_fares_and_loans_told_for_scale_are_no_fines() -> None:
    assert _sums("The FTC fined Golf Apps Inc. $2 million; the app had sales of $40 million.") == {
        "$2 million"
    }
    assert _sums(
        "The ministry fined Lima Airlines N20 million after the carrier collected fares of "
        "N150,000 per passenger without operating the flights."
    ) == {"N20 million"}
    assert _sums(
        "The regulator fined Papa Lending KSh 3 million; the lender had issued loans of KSh 200 "
        "million to unregistered borrowers."
    ) == {"KSh 3 million"}


def test_damages_a_claimant_sought_are_no_fine_but_a_penalty_fee_is() -> None:
    assert _sums(
        "The court fined Delta Ltd £50,000, although the victims had claimed damages of £400,000."
    ) == {"£50,000"}
    assert _sums(
        "Spelinspektionen imposed a sanction fee of SEK 4 million on Tärning Interactive AB."
    ) == {"SEK 4 million"}


# --- A digest's line that opens on its party ---------------------------------------------------


def test_digest_lines_opening_on_a_bold_party_name_it_and_keep_its_ban() -> None:
    facts = extract(
        "# This week in enforcement\n\n**Alder Marketing Ltd** (ICO) — £40,000 fine for 1.2 "
        "million nuisance calls.\n\n**Birch Energy plc** (Ofgem) — £2.5m settlement over "
        "switching failures.\n\n**Cedar Loans Ltd** (FCA) — banned from lending for six months.\n"
    )
    assert _actions(facts) == {
        ("fine", "Alder Marketing Ltd"),
        ("settlement", "Birch Energy plc"),
        ("ban", "Cedar Loans Ltd"),
    }


def test_a_bold_place_or_dateline_opening_a_line_is_no_party() -> None:
    facts = extract(
        "**NAIROBI** – A court fined a Mombasa trader KSh 500,000 on Monday for selling fake "
        "fertiliser.\n\n**Ghana** — The Food and Drugs Authority banned a bakery from selling "
        "bread.\n"
    )
    assert "NAIROBI" not in {f.respondent.text for f in facts if f.respondent}
    assert "Ghana" not in {f.respondent.text for f in facts if f.respondent}


# --- Amounts in words --------------------------------------------------------------------------


def test_fines_written_in_words_with_parts_after_the_scale_or_a_fraction_of_it() -> None:
    assert _amounts(
        extract(
            "The Financial Sector Conduct Authority fined Umhlanga Brokers (Pty) Ltd three and a "
            "half million rand on Monday for misleading advertising."
        )
    ) == {"ZAR 3500000"}
    assert _amounts(
        extract(
            "The Information Commissioner's Office fined Fenwick Dental Ltd twelve thousand "
            "five hundred pounds for losing patient records."
        )
    ) == {"GBP 12500"}
    assert _amounts(
        extract(
            "The Information Commissioner's Office fined Harrow Leisure Ltd a quarter of a "
            "million pounds for nuisance calls."
        )
    ) == {"GBP 250000"}


# --- Payments told by their purpose or by an order to pay -----------------------------------


def test_paying_to_resolve_allegations_is_a_settlement() -> None:
    facts = extract(
        "Cedar Pharmacy Ltd will pay $400,000 to resolve allegations that it overbilled "
        "Medicaid, the New York attorney general said on Tuesday."
    )
    assert {(f.action, f.amount.text) for f in facts if f.amount} == {("settlement", "$400,000")}


def test_an_infringement_notice_paid_is_a_fine() -> None:
    facts = extract(
        "Foxtrot Motors Pty Ltd paid an infringement notice of $13,320 issued by the Australian "
        "Competition and Consumer Commission for misleading advertising."
    )
    assert {(f.action, f.amount.currency) for f in facts if f.amount} == {("fine", "AUD")}


def test_a_party_ordered_by_a_regulator_to_pay_a_sum_is_fined() -> None:
    facts = extract(
        "Golf Telecom Ltd was ordered by the Tanzania Communications Regulatory Authority to pay "
        "TSh 50 million for billing errors."
    )
    assert _amounts(facts) == {"TZS 50000000"}


def test_a_share_of_the_costs_parties_were_ordered_to_pay_is_no_fine() -> None:
    facts = extract(
        "The Ontario Securities Commission fined Lakeview Notes Inc. $700,000 on Monday. Both "
        "respondents were also ordered to pay $60,000 of the costs of the investigation."
    )
    assert _amounts(facts) == {"CAD 700000"}


def test_compensation_a_party_was_ordered_to_pay_is_no_fine() -> None:
    facts = extract(
        "Golf Telecom Ltd was ordered by the Tanzania Communications Regulatory Authority to pay "
        "TSh 5 million in compensation to a customer."
    )
    assert {f.action for f in facts if f.amount} <= {"order", "ruling"}
