"""Amounts and outcomes as other countries' copy writes them, on invented articles: a
currency letter its country writes a space apart from the figure ("K 3 million" kwacha, "P
1.2 million" pula), Samoa's "ST$"; compensation, refunds and back pay a court or regulator
orders (owed to those harmed: no fine); a court that "scrapped" or "threw out" a fine."""

from __future__ import annotations

from tests.test_facts_general import extract


def _money(facts) -> list[tuple[str, str, str | None]]:
    return [
        (f.action, f"{f.amount.amount}", f.amount.currency) for f in facts if f.amount is not None
    ]


# --- Local currency signs ------------------------------------------------------------------


def test_a_kwacha_letter_spaced_from_its_figure_in_zambian_copy() -> None:
    facts = extract(
        "LUSAKA - The Energy Regulation Board has fined Copperbelt Fuels Limited K 3 million "
        "for selling diesel above the approved pump price, the regulator said on Thursday."
    )
    assert _money(facts) == [("fine", "3000000", "ZMW")]
    assert facts[0].respondent.text == "Copperbelt Fuels Limited"  # not "… Limited K"


def test_a_pula_letter_spaced_from_its_figure_in_botswana_copy() -> None:
    facts = extract(
        "The Bank of Botswana fined Kgalagadi Savings Bank P 1.2 million for breaches of "
        "anti-money laundering rules."
    )
    assert _money(facts) == [("fine", "1200000", "BWP")]
    assert facts[0].respondent.text == "Kgalagadi Savings Bank"


def test_a_kina_letter_spaced_with_a_thousands_separator() -> None:
    facts = extract(
        "PORT MORESBY - The Independent Consumer and Competition Commission fined Lae Biscuits "
        "Limited K 500,000 for misleading shelf prices in Papua New Guinea."
    )
    assert _money(facts) == [("fine", "500000", "PGK")]


def test_a_spaced_letter_is_no_money_outside_its_country_nor_without_a_size() -> None:
    facts = extract(
        "The Environment Agency fined Harbour Logistics £40,000 after a grade K 3 tank leaked "
        "at its Class P 2 site."
    )
    assert _money(facts) == [("fine", "40000", "GBP")]


def test_samoan_tala_written_st_dollars() -> None:
    facts = extract(
        "APIA - The Central Bank of Samoa fined Vaitele Finance Ltd ST$40,000 for breaches of "
        "the Money Laundering Prevention Act."
    )
    assert _money(facts) == [("fine", "40000", "WST")]


# --- Redress ordered is no fine -------------------------------------------------------------


def test_back_pay_ordered_beside_a_fine_is_not_a_second_fine() -> None:
    facts = extract(
        "The Employment Court ordered Waikato Orchards Ltd to pay $85,000 in arrears of wages "
        "to 14 seasonal workers, and fined it $30,000."
    )
    assert _money(facts) == [("fine", "30000", "USD")]


def test_compensation_a_court_orders_beside_a_fine_is_an_order() -> None:
    facts = extract(
        "NAIROBI - The court fined Mombasa Grain Millers KSh 500,000 and ordered it to "
        "compensate farmers KSh 2 million."
    )
    assert _money(facts) == [("fine", "500000", "KES")]
    assert "order" in {f.action for f in facts}


def test_remediation_a_regulator_requires_is_no_fine() -> None:
    facts = extract(
        "The Australian Securities and Investments Commission said Coastal Credit Pty Ltd must "
        "pay $2.1 million in remediation to 3,000 customers."
    )
    assert not [f for f in facts if f.action == "fine"]


def test_restitution_under_a_settlement_stays_the_settlements() -> None:
    facts = extract(
        "Under the settlement with the Attorney General, Bayview Motors LLC will pay a "
        "$200,000 civil penalty and provide $1.1 million in restitution to car buyers."
    )
    assert ("settlement", "1100000", "USD") in _money(facts)


# --- A court undoing a fine in plain words ----------------------------------------------------


def test_a_court_that_threw_out_a_fine_overturned_it() -> None:
    facts = extract(
        "The High Court in Nairobi threw out a KSh 10 million fine the Communications Authority "
        "had imposed on Jambo Telecom."
    )
    assert "overturned" in {s.status for f in facts for s in f.statuses}


def test_an_appeals_court_that_scrapped_a_fine_overturned_it() -> None:
    facts = extract(
        "A Paris appeals court has scrapped the €5 million fine that the CNIL imposed on "
        "Lumière Média SA in 2022."
    )
    assert "overturned" in {s.status for f in facts for s in f.statuses}


def test_a_fine_scrapped_by_a_court_in_the_passive() -> None:
    facts = extract(
        "The Competition Authority fined Dalmatia Foods HRK 2 million in 2021. The fine was "
        "later scrapped by the High Administrative Court."
    )
    assert "overturned" in {s.status for f in facts for s in f.statuses}


def test_a_company_that_paid_without_appealing_did_not_appeal() -> None:
    facts = extract(
        "Bluewater Fisheries Ltd paid the $50,000 fine imposed by the Fisheries Authority last "
        "March without appealing."
    )
    statuses = {s.status for f in facts for s in f.statuses}
    assert "not_appealed" in statuses and "appealed" not in statuses
