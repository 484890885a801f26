"""Amounts that are not fines of their own (invented copy).

A conversion told after a comma ("JMD 18 million, or roughly US$115,000"), after the bracket
that restates the fine ("(OMR 120,000), equivalent to US$312,000"), or after the amount again
in words, is the fine's other amount. So is one in a digest table's cell. A figure the copy
calls a total, whose parts it tells after, is no action of its own; nor is what the fine
"would have been worth" once.
"""

from __future__ import annotations

from tests.test_facts_general import extract


def _fines(facts) -> list[tuple[str, str, list[str]]]:
    return [
        (str(f.amount.amount), f.amount.currency, [o.currency for o in f.other_amounts])
        for f in facts
        if f.amount is not None
    ]


def test_a_conversion_after_a_comma_and_or() -> None:
    facts = extract(
        "KINGSTON - The Bank of Jamaica fined Portmore Credit Union JMD 18 million, or roughly "
        "US$115,000, for breaching its large-exposure rules, the central bank said on Monday."
    )
    assert _fines(facts) == [("18000000", "JMD", ["USD"])]


def test_a_conversion_after_the_amount_again_in_words() -> None:
    facts = extract(
        "Decision No. 4. A financial penalty of KWD 75,000.000 (seventy-five thousand Kuwaiti "
        "Dinars), approximately US$245,000, is imposed on Gulf Link Telecom K.S.C. for "
        "billing customers for services they had not ordered, the Communication and "
        "Information Technology Regulatory Authority said."
    )
    assert _fines(facts) == [("75000", "KWD", ["USD"])]


def test_a_conversion_after_the_figures_in_brackets() -> None:
    facts = extract(
        "MUSCAT - The Telecommunications Regulatory Authority fined Dhofar Broadband SAOC one "
        "hundred and twenty thousand Omani rials (OMR 120,000), equivalent to US$312,000, for "
        "missing its rural coverage obligations."
    )
    assert _fines(facts) == [("120000", "OMR", ["USD"])]


def test_two_fines_in_a_list_stay_two() -> None:
    facts = extract(
        "The regulator fined Alder Shipping Ltd KES 4 million, and its Ugandan agent "
        "UGX 90 million, for the same breaches."
    )
    assert sorted((a, c) for a, c, _ in _fines(facts)) == [
        ("4000000", "KES"),
        ("90000000", "UGX"),
    ]


def test_a_digest_rows_conversion_is_the_rows_other_amount() -> None:
    facts = extract(
        "Our monthly round-up of competition decisions.\n\n"
        "| Country | Authority | Party | Sanction | Date |\n"
        "|---|---|---|---|---|\n"
        "| Kazakhstan | Agency for Protection and Development of Competition | Qazaq Cement JSC "
        "| Fine of KZT 450 million (about US$870,000) | 3 Mar 2025 |\n",
        published="2025-04-02",
    )
    assert ("450000000", "KZT", ["USD"]) in _fines(facts)
    assert all(c != "USD" for _, c, _ in _fines(facts))


def test_a_combined_sum_over_counted_parties_told_after() -> None:
    facts = extract(
        "KUALA LUMPUR - The Malaysia Competition Commission said on Tuesday it fined two bakery "
        "chains and one delivery app a combined 3.2 million ringgit for fixing delivery "
        "prices.\n\n"
        "Roti Emas Sdn Bhd and Kek Manis Sdn Bhd were fined RM800,000 and RM400,000 "
        "respectively.\n\n"
        "The largest penalty, RM2 million, was imposed on the app's operator, Hantar Cepat "
        "Sdn Bhd.",
        published="2025-03-05",
    )
    amounts = sorted(a for a, _, _ in _fines(facts))
    assert "3200000" not in amounts
    assert amounts == ["2000000", "400000", "800000"]


def test_a_digest_rows_total_with_the_parts_in_the_story() -> None:
    facts = extract(
        "| Country | Authority | Party | Sanction | Date |\n"
        "|---|---|---|---|---|\n"
        "| Jordan | Competition Directorate | Amman Dairy; Zarqa Milk; Irbid Foods "
        "| Settlement payments, JOD 900,000 in total | 4 May 2025 |\n\n"
        "**Jordan: dairy makers settle**\n\n"
        "Amman Dairy, Zarqa Milk and Irbid Foods agreed to pay JOD 500,000, JOD 250,000 and "
        "JOD 150,000 respectively to settle the price-fixing case.",
        published="2025-06-01",
    )
    amounts = sorted(a for a, _, _ in _fines(facts))
    assert "900000" not in amounts
    assert {"500000", "250000", "150000"} <= set(amounts)


def test_what_the_fine_would_once_have_been_worth_is_no_fine() -> None:
    facts = extract(
        "A Harare magistrate fined grocery chain Msasa Stores ZWG 2 million for selling "
        "expired food.\n\n"
        "Lawyers said the fine is among the largest imposed under the act, though before the "
        "currency reform the same amount would have been worth about US$400,000."
    )
    assert [(a, c) for a, c, _ in _fines(facts)] == [("2000000", "ZWG")]


def _orders(facts) -> list[tuple[str, str | None]]:
    return sorted(
        (f.respondent.text if f.respondent else "", str(f.amount.amount) if f.amount else None)
        for f in facts
        if f.action == "order"
    )


def test_an_order_to_pay_over_gains_carries_its_sum() -> None:
    facts = extract(
        "HALIFAX - A Nova Scotia Securities Commission panel on Monday ordered Bluenose Crypto "
        "Ltd. and Fundy Capital Inc., jointly and severally, to pay $780,000 to the "
        "Commission, which represents the amount they obtained from investors through the "
        "scheme.",
        published="2025-09-10",
    )
    orders = _orders(facts)
    assert orders and all(a == "780000" for _, a in orders)
    assert all(f.action != "fine" for f in facts)


def test_an_order_to_refund_customers_stays_without_a_sum() -> None:
    facts = extract(
        "The Consumer Council ordered Pampas Travel S.A. to pay ARS 12 million back to the "
        "customers whose bookings it cancelled, as a refund of the fares they had paid.",
        published="2025-09-10",
    )
    assert all(f.amount is None for f in facts if f.action == "order")


def test_conversions_set_off_by_dashes_and_relative_clauses() -> None:
    facts = extract(
        "TBILISI - The Georgian National Communications Commission fined Kavkaz Telecom "
        "GEL 3 million, equivalent to around US$1.1 million, for coverage failures.\n\n"
        "The commission fined Batumi Net LLC GEL 400,000 — roughly US$147,000 — for late "
        "reporting.\n\n"
        "It also fined Kutaisi Cable JSC GEL 90,000, which is about US$33,000, for misleading "
        "tariffs.",
        published="2025-02-11",
    )
    assert sorted(_fines(facts)) == [
        ("3000000", "GEL", ["USD"]),
        ("400000", "GEL", ["USD"]),
        ("90000", "GEL", ["USD"]),
    ]


def test_a_bare_dollar_after_a_comma_and_about_is_the_us_dollar() -> None:
    facts = extract(
        "SYDNEY (Wire) - The Federal Court ordered Koala Freight Pty Ltd to pay a penalty of "
        "A$1.26 million, about $820,000, for misleading delivery claims."
    )
    assert _fines(facts) == [("1260000", "AUD", ["USD"])]


def _penalty_payments(facts) -> list[tuple[str, str | None]]:
    return sorted(
        (str(f.amount.amount), f.per)
        for f in facts
        if f.action == "penalty_payment" and f.amount is not None
    )


def test_what_a_daily_penalty_ran_up_is_no_penalty_of_its_own() -> None:
    facts = extract(
        "ACCRA - The Environmental Protection Agency fined Tarkwa Quarry Ltd GH₵200,000 in "
        "January and ordered it to fence its blasting site within 30 days, with a daily penalty "
        "of GH₵2,000 for each day the site stayed open.\n\n"
        "The fence was not finished until 20 April, meaning the daily penalty ran for 50 days, "
        "a total of GH₵100,000.\n\n"
        "A second operator's daily fine, which hit its ceiling in March, now stands at "
        "GH₵180,000, the agency said.",
        published="2025-05-02",
    )
    assert _penalty_payments(facts) == [("2000", "day")]


def test_a_daily_penalty_set_in_a_sentence_that_says_it_runs_stays() -> None:
    facts = extract(
        "The Environmental Protection Agency ordered Tarkwa Quarry Ltd to fence its blasting "
        "site and imposed a daily penalty, which will run until the fence is finished, of "
        "GH₵2,000 a day.",
        published="2025-05-02",
    )
    assert _penalty_payments(facts) == [("2000", "day")]
