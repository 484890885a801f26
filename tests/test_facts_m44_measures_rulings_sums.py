"""Measures, rulings and fines read, and figures that are no penalty left out, on invented copy
from other countries and styles than the sets the rules were checked on: measures told in the
passive or as a supervisor's written order ("was obliged to recalculate", "issued a written
instruction requiring", "was suspended from onboarding", "must also offer"), court outcomes in
court reports' words ("acquitted", "the application was dismissed", "a decision that the court
confirmed", "had lost before the court", "the Senate cut"), penalties told as "assessed" or
as what a party "forfeits" each week, and sums that are none: a total over several penalties,
a firm's assets, an estimate of refunds, a scale of fixed penalties, a rule for a whole class,
what a running penalty has reached, and a fine converted into a new currency."""

from __future__ import annotations

from decimal import Decimal

from tests.test_facts_general import extract

_LEAD = (
    "The Insurance Regulatory Authority of Zambia fined Kafue Mutual Assurance Ltd K2 million "
    "on 4 March 2025 for selling funeral policies without approval.\n\n"
)


def _told(facts, body: str, words: str) -> set[str]:
    """The actions whose quote holds WORDS."""
    at = body.index(words)
    return {f.action for f in facts if any(s <= at < e for s, e in f.mentions)}


def _amounts(facts) -> set[tuple[Decimal, str]]:
    return {(f.amount.amount, f.amount.currency) for f in facts if f.amount}


# --- Measures without money ----------------------------------------------------------------


def test_measures_told_in_the_passive_or_as_a_written_order_are_read() -> None:
    measures = {
        "Kafue Mutual must also offer each affected policyholder a full refund.": "order",
        "The regulator issued a written instruction requiring Kafue Mutual to appoint a new "
        "actuary within 60 days.": "order",
        "The company was obliged to recalculate the premiums charged since 2023.": "order",
        "The company was also suspended from onboarding new policyholders until an audit is "
        "completed.": "ban",
        "The Authority ordered the total temporary closure of the company's Ndola branch.": "ban",
    }
    for sentence, action in measures.items():
        body = _LEAD + sentence
        facts = extract(body, title="Zambian insurer sanctioned", published="2025-03-05")
        assert action in _told(facts, body, sentence[:30]), (sentence, facts)


def test_a_suspension_of_a_named_activity_is_a_ban() -> None:
    body = (
        "The Environmental Protection Agency of Ghana fined Ashanti Gold Recovery Ltd GH₵400,000 "
        "on 8 July 2025 after cyanide leaked into the Offin river. In addition to the fine, the "
        "agency ordered the immediate suspension of all ore processing at the Dunkwa plant."
    )
    facts = extract(body, title="Gold processor fined", published="2025-07-09")
    assert "ban" in _told(facts, body, "ordered the immediate suspension")


# --- Court outcomes --------------------------------------------------------------------------


def test_court_reports_other_words_for_a_decision_are_rulings() -> None:
    body = (
        "The Financial Supervisory Authority of Norway fined Fjordkraft Sparebank NOK 4 million "
        "in May 2023 for weak anti-money-laundering controls. The bank appealed to the Oslo "
        "District Court.\n\n"
        "The Borgarting Court of Appeal heard the bank's further challenge in January 2026. "
        "The application was dismissed and the fine stands.\n\n"
        "The Authority had also fined Nordlys Finans AS NOK 800,000 in 2022, a decision that "
        "the Oslo District Court confirmed in October 2024.\n\n"
        "Vestland Kreditt AS had lost before the Bergen District Court as well."
    )
    facts = extract(body, title="Norwegian bank loses appeal", published="2026-02-01")
    for words in ("The application was dismissed", "a decision that", "had lost before"):
        assert "ruling" in _told(facts, body, words), (words, [f.action for f in facts])


def test_a_courts_senate_deciding_is_a_ruling_with_its_figure() -> None:
    body = (
        "The Federal Cartel Office fined Elbe Zement AG €30 million in 2021. The company "
        "appealed to the Higher Regional Court in Hamburg.\n\n"
        "The Senate confirmed the infringement but cut the fine to €21 million."
    )
    facts = extract(body, title="Court cuts cement fine", published="2025-11-02")
    rulings = [f for f in facts if f.action == "ruling"]
    assert (Decimal(21_000_000), "EUR") in _amounts(rulings), facts


# --- Penalties in other words ---------------------------------------------------------------


def test_a_sum_assessed_and_a_sum_forfeited_each_week_are_penalties() -> None:
    body = (
        "The Capital Markets Authority of Uganda announced sanctions on 2 June 2025.\n\n"
        "Nile Grain Holdings Ltd filed its accounts 45 days late and was therefore assessed "
        "UGX 45,000,000.\n\n"
        "If it does not publish them by 30 June, Nile Grain forfeits UGX 5,000,000 for every "
        "week of delay."
    )
    facts = extract(body, title="CMA sanctions late filer", published="2025-06-03")
    assert ("fine", Decimal(45_000_000)) in {(f.action, f.amount.amount) for f in facts if f.amount}
    assert ("penalty_payment", Decimal(5_000_000)) in {
        (f.action, f.amount.amount) for f in facts if f.amount
    }


# --- Figures that are no penalty -----------------------------------------------------------


def test_totals_assets_refunds_and_scales_are_no_penalties() -> None:
    body = (
        "**Division Announces $4.2 Million in Penalties Against Two Lenders**\n\n"
        "The Oregon Division of Financial Regulation fined Cascade Home Loans LLC $3 million and "
        "Willamette Credit Corp $1.2 million on 12 May 2025 for unlicensed lending.\n\n"
        "Combined, the two regulators imposed $5.4 million in penalties on the lenders this "
        "year.\n\n"
        "Cascade manages about $8.1 billion in mortgage servicing rights.\n\n"
        "Across all affected borrowers that adds up to roughly $6 million in overcharged fees.\n\n"
        "Under the Division's rules, late annual reports attract fixed penalties set at $250, "
        "$500 or $1,000 depending on the delay."
    )
    facts = extract(body, title="Oregon fines two lenders", published="2025-05-13")
    assert _amounts(facts) == {(Decimal(3_000_000), "USD"), (Decimal(1_200_000), "USD")}, [
        (f.action, f.amount) for f in facts
    ]


def test_a_rule_for_a_class_and_a_refund_estimate_are_no_penalties() -> None:
    body = (
        "The Portuguese energy regulator ERSE fined Lusa Energia SA €1.2 million on 3 March "
        "2025 for billing errors. Besides the fine, ERSE ordered the company to refund the "
        "overcharged amounts, which it puts at around €3.4 million, within two months.\n\n"
        "Under ERSE's rules, a supplier is not exempt: any licensee that misses a billing "
        "deadline is charged €500 for each day of delay."
    )
    facts = extract(body, title="ERSE fines Lusa Energia", published="2025-03-04")
    assert _amounts(facts) == {(Decimal(1_200_000), "EUR")}, [(f.action, f.amount) for f in facts]


def test_a_conversion_and_a_running_total_are_no_new_fines() -> None:
    body = (
        "The Croatian Energy Regulatory Agency fined Slavonija Toplina d.o.o. HRK 150,000 in "
        "2022 for charging unapproved heating prices. Since Croatia adopted the euro on 1 "
        "January 2023, the fine is payable as EUR 19,908.42, converted at the fixed rate of "
        "7.5345 kuna per euro.\n\n"
        "The Jamaican regulator also imposed a daily penalty of J$15,000 on Port Royal Pensions "
        "Ltd for late filings. The penalty has been accruing since 1 March and had reached "
        "J$1.8 million by 30 June, the regulator said."
    )
    facts = extract(body, title="Heat supplier and pension firm fined", published="2025-07-02")
    assert _amounts(facts) == {(Decimal(150_000), "HRK"), (Decimal(15_000), "JMD")}, [
        (f.action, f.amount) for f in facts
    ]


def test_a_fine_or_a_prison_term_keeps_the_fine() -> None:
    facts = extract(
        "The Katima Mulilo Magistrate's Court fined Zambezi Fishing Ltd N$40 000 or 12 months' "
        "imprisonment for using illegal nets.",
        title="Fishing company fined",
        published="2025-05-16",
    )
    assert (Decimal(40_000), "NAD") in _amounts(facts)


def test_a_headline_sum_over_two_consent_orders_is_no_penalty() -> None:
    body = (
        "**Commissioner Announces $1.45 Million in Penalties Against Insurer and Agency**\n\n"
        "The Georgia Office of Insurance and Safety Fire Commissioner said on 4 June 2025 that "
        "Peachtree Mutual Life Company will pay a civil penalty of $1,200,000 under a consent "
        "order.\n\n"
        "Under a second consent order, Savannah Benefit Agency LLC will pay a civil penalty of "
        "$250,000."
    )
    facts = extract(body, title="Insurer and agency penalised", published="2025-06-05")
    assert _amounts(facts) == {(Decimal(1_200_000), "USD"), (Decimal(250_000), "USD")}, [
        (f.action, f.amount) for f in facts
    ]
