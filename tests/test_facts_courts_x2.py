"""Courts and their rulings (X2): a court introduced by its judge ("Wichita District Judge
Carla Odom", "Tunis's single criminal judge") is that court; a case note's paragraph opening
on one party ("As regards Kirchberg Leasing, …", "As to the bank, …") rules on that party's
fine, not on the party told last. Invented articles through `extract_facts`."""

from __future__ import annotations

from .test_facts_general import by_amount, extract


def test_a_judge_introduced_by_town_and_court_names_that_court() -> None:
    facts = extract(
        "TOPEKA — A judge has trimmed the record penalty Kansas regulators imposed on pipeline "
        "operator Prairie Gas Transmission LLC.\n\n"
        "The Kansas Corporation Commission fined Prairie Gas Transmission $1,800,000 in June "
        "2025 for failing to inspect compressor stations.\n\n"
        "Wichita District Judge Carla Odom on Thursday reduced the penalty to $1,150,000, "
        "finding that the commission had double-counted 40 inspection lapses.",
        title="Judge cuts Prairie Gas penalty imposed by Kansas regulators",
        published="2026-04-14",
    )
    ruling = by_amount(facts, "1150000")
    assert ruling.action == "ruling"
    assert (ruling.authority, ruling.jurisdiction) == ("Wichita District Court", "US-KS")
    assert by_amount(facts, "1800000").authority == "Kansas Corporation Commission"


def test_a_single_judge_sitting_as_the_court_fines_in_its_town() -> None:
    facts = extract(
        "Tunis's single criminal judge fined bakery chain Boulangerie Carthage SARL TND 85,000 "
        "for selling subsidised bread above the regulated price, in a case brought by "
        "inspectors of the Ministry of Commerce.\n\n"
        "The company said it would appeal.",
        title="Tunis court fines bakery chain for price gouging",
        published="2026-02-03",
    )
    fine = by_amount(facts, "85000")
    assert (fine.authority, fine.jurisdiction) == ("Tunis Single Criminal Judge", "TN")


def test_a_judge_of_no_named_seat_is_still_the_court_named_before() -> None:
    facts = extract(
        "Harbour Foods Ltd appeared at Plymouth Magistrates' Court on Tuesday.\n\n"
        "District Judge Ian Rowe fined Harbour Foods £6,400 for selling mislabelled meat.",
        title="Harbour Foods fined",
        published="2026-02-03",
    )
    assert by_amount(facts, "6400").authority == "Plymouth Magistrates' Court"


_CASE_NOTE = (
    "**The facts**\n\n"
    "The National Commission for Data Protection (CNPD) of Luxembourg found that Banque "
    "Moselle SA had shared customer files with its leasing subsidiary, Kirchberg Leasing SA, "
    "which used them to sell car loans.\n\n"
    "The CNPD fined the bank 120.000 euros and Kirchberg Leasing 40.000 euros.\n\n"
    "**The judgment**\n\n"
    "The Administrative Court has now partly allowed the appeal of Banque Moselle and fully "
    "allowed that of Kirchberg Leasing.\n\n"
)
_ON_THE_LEASING_ARM = (
    "As regards Kirchberg Leasing, the Court held that the CNPD had not shown that the "
    "subsidiary knew the bank lacked a legal basis. The Court annulled the 40.000 euros fine "
    "in full.\n\n"
)
_ON_THE_BANK = (
    "As to the bank, the Court agreed that the sharing was unlawful. However, it held that the "
    "CNPD had overstated the number of customers affected. The Court therefore reduced the "
    "fine to 70.000 euros.\n\n"
)


def _rulings(body: str) -> dict[str, int | None]:
    facts = extract(
        body,
        title="Case note: court cuts CNPD fine on Banque Moselle, annuls penalty on leasing arm",
        published="2026-03-10",
    )
    return {
        f.respondent.text: (int(f.amount.amount) if f.amount else None)
        for f in facts
        if f.action == "ruling" and f.respondent
    }


def test_each_paragraph_of_a_case_note_rules_on_the_party_it_opens_on() -> None:
    # the party named last before the bank's paragraph is the leasing arm: not its ruling
    rulings = _rulings(_CASE_NOTE + _ON_THE_LEASING_ARM + _ON_THE_BANK)
    assert rulings == {"Banque Moselle": 70000, "Kirchberg Leasing": None}


def test_a_case_note_told_in_the_other_order_reads_the_same() -> None:
    rulings = _rulings(_CASE_NOTE + _ON_THE_BANK + _ON_THE_LEASING_ARM)
    assert rulings == {"Banque Moselle": 70000, "Kirchberg Leasing": None}


# --- A fine told first as the sum a court changed, then again with its conversion ---------


def test_the_conversion_of_a_fine_restated_after_the_ruling_is_the_fines() -> None:
    facts = extract(
        "The Supreme Court of Montenegro partly upheld the action of Lovćen Telekom AD and "
        "reduced the fine imposed on it from €3.100.000,00 to €1.900.000,00.\n\n"
        "In its decision of 14 May 2024, the Agency for Protection of Competition found that "
        "Lovćen Telekom had abused its dominant position. The Agency fined Lovćen Telekom "
        "€3.100.000,00 (approximately US$3.4 million), corresponding to roughly 2.4% of its "
        "turnover.",
        title="Supreme Court of Montenegro cuts fine on Lovćen Telekom",
        published="2026-03-02",
    )
    fine = by_amount(facts, "3100000")
    assert fine.action == "fine"
    assert [(o.text, o.currency) for o in fine.other_amounts] == [("US$3.4 million", "USD")]
    assert by_amount(facts, "1900000").other_amounts == []


def test_a_sum_set_in_euros_and_paid_in_local_money_keeps_its_local_figure() -> None:
    facts = extract(
        "In a judgment delivered on 12 February 2026, the Administrative Court of Appeal "
        "reduced the fine imposed on brokerage Vlora Invest SHA by the Albanian Financial "
        "Supervisory Authority from EUR 240,000 to EUR 95,000 in lek equivalent (ALL "
        "9,400,000).\n\n"
        "The authority had imposed on Vlora Invest a fine of EUR 240,000 in lek equivalent "
        "(ALL 23,700,000), which corresponded to 3.1% of its turnover in 2023.",
        title="Albanian court trims fine on Vlora Invest",
        published="2026-03-02",
    )
    fine = by_amount(facts, "240000")
    assert [o.text for o in fine.other_amounts] == ["ALL 23,700,000"]
    assert [o.text for o in by_amount(facts, "95000").other_amounts] == ["ALL 9,400,000"]


def test_a_judge_named_by_title_rules_for_the_court_named_before() -> None:
    facts = extract(
        "The Competition and Fair Trading Commission fined Mwale Foods Ltd K 48 million in "
        "January for fixing cooking oil prices.\n\n"
        "Mwale Foods challenged the fine in the High Court in Lilongwe. In a ruling on 4 March, "
        "Justice Chikondi Banda reduced the fine to K 30 million, finding that the commission "
        "had overstated the company's turnover.",
        title="Court cuts CFTC fine on Mwale Foods",
        published="2026-04-01",
    )
    ruling = by_amount(facts, "30000000")
    assert ruling.action == "ruling"
    assert ruling.respondent is not None and ruling.respondent.text.startswith("Mwale Foods")
    assert "High Court" in (ruling.authority or "")
    assert ruling.date is not None and ruling.date.text == "2026-03-04"
