"""A decision's day told once, in a sentence of its own, reaching the measures the next
sentences tell ("It fined …", "It also ordered …"), on invented copy of other countries and
styles: a subject put after an adverbial clause ("On 3 April 2025, after a year-long
inquiry into …, the Authority found …"), and an opening act that is itself a measure on the
spot (a plant sealed, a shop shut) followed by the fine and the orders."""

from __future__ import annotations

from tests.test_facts_general import extract


def _days(body: str, published: str) -> dict[tuple[str, int | None], str | None]:
    return {
        (f.action, int(f.amount.amount) if f.amount else None): (f.date.text if f.date else None)
        for f in extract(body, published=published)
    }


def test_the_day_reaches_the_measures_after_an_interjected_clause() -> None:
    days = _days(
        "On 3 April 2025, after a year-long inquiry into roaming charges in four provinces, "
        "the Communications Regulatory Authority of Zambia found that two operators had "
        "overcharged subscribers. It fined Chambeshi Mobile K12 million and Luangwa Telecom "
        "K4 million. Chambeshi Mobile was also ordered to refund affected customers within "
        "60 days.\n\nBoth operators said they were studying the decision.",
        published="2025-09-02",
    )
    assert days[("fine", 12_000_000)] == "2025-04-03"
    assert days[("fine", 4_000_000)] == "2025-04-03"
    assert days[("order", None)] == "2025-04-03"


def test_a_wire_report_with_the_subject_after_a_long_clause() -> None:
    days = _days(
        "On March 11, following a complaint lodged by a farmers' group in Los Lagos, Chile's "
        "Superintendency of the Environment found that Salmonera Austral had breached its "
        "permit. The regulator fined the company 2,000 million pesos and ordered it to close "
        "two pens.",
        published="2025-06-30",
    )
    assert days[("fine", 2_000_000_000)] == "2025-03-11"


def test_a_plant_sealed_on_the_day_dates_the_fine_and_orders_told_next() -> None:
    days = _days(
        "**What happened in May**\n\n"
        "On 14 May 2025, inspectors of Ghana's Environmental Protection Agency sealed "
        "the Tema warehouse of Volta Paints Ltd after neighbours complained of fumes. The "
        "agency imposed a fine of GH¢400,000 on the company and ordered it to install "
        "air filters by 30 June 2025. It also imposed a penalty of GH¢5,000 for each day "
        "the filters were not in place after that deadline.\n\n"
        "**What happened since**\n\nThe warehouse reopened on Monday.",
        published="2025-08-21",
    )
    assert days[("fine", 400_000)] == "2025-05-14"
    assert days[("penalty_payment", 5_000)] == "2025-05-14"


def test_a_decision_rendered_or_delivered_on_a_day_dates_the_penalties_told_next() -> None:
    # a court report: the tribunal's decision dated in a sentence of findings, the penalties
    # and a bar in the sentences after it
    days = _days(
        "Kenya's Competition Tribunal has ordered a Mombasa freight forwarder and its director "
        "to pay penalties totalling KSh 60 million.\n\n"
        "In a 52-page decision rendered on Tuesday, 8 April, the tribunal found that Pwani "
        "Logistics Ltd had shared customers with two rivals between 2020 and 2023. The "
        "matter had been referred by the Competition Authority of Kenya.\n\n"
        "The Tribunal imposed a penalty of KSh 50 million on the firm and ordered its "
        "director to pay KSh 10 million.",
        published="2025-04-11",
    )
    assert days[("fine", 50_000_000)] == "2025-04-08"


def test_a_decision_delivered_on_a_day_in_a_regulators_release() -> None:
    days = _days(
        "The Securities Commission Malaysia has sanctioned a fund manager for misleading "
        "investors.\n\n"
        "In a decision delivered on 19 February 2025 the Commission found that Teratai Asset "
        "Management Bhd had misstated the risk of two funds. The Commission imposed a penalty "
        "of RM1.5 million on the firm and directed it to compensate investors.",
        published="2025-02-27",
    )
    assert days[("fine", 1_500_000)] == "2025-02-19"


def _announced(body: str, published: str) -> dict[tuple[str, int | None], str | None]:
    return {
        (f.action, int(f.amount.amount) if f.amount else None): (
            f.announced.text if f.announced else None
        )
        for f in extract(body, published=published)
    }


def test_announcing_the_decision_on_a_weekday_is_the_day_it_was_made_public() -> None:
    # a local paper: the fine in the lead, the day it was announced in the next paragraph,
    # another body speaking on another day later on
    told = _announced(
        "LUSAKA — The Zambia Environmental Management Agency (ZEMA) has fined Kafue Copper "
        "Smelters Ltd K2.5 million for a sulphuric acid spill into the Kafue River.\n\n"
        "Announcing the sanction at a press briefing in Lusaka on Tuesday, the agency's "
        "director-general said the company had ignored two warnings.\n\n"
        "The agency also ordered the company to suspend production at the smelter until the "
        "river is cleaned up.\n\n"
        "The Ministry of Green Economy said on Wednesday it was studying the report.",
        published="2025-07-10",
    )
    assert told[("fine", 2_500_000)] == "2025-07-08"
    assert told[("order", None)] == "2025-07-08"


def test_presenting_the_decision_to_reporters_on_a_day() -> None:
    told = _announced(
        "Senegal's Autorité de Régulation des Télécommunications et des Postes (ARTP) fined "
        "Teranga Mobile 1.2 billion CFA francs for poor network quality.\n\n"
        "Presenting the decision to reporters in Dakar on 12 March, the ARTP's director "
        "general said the operator had missed its targets for two years.\n\n"
        "Teranga Mobile said on 14 March that it would appeal.",
        published="2025-03-15",
    )
    assert told[("fine", 1_200_000_000)] == "2025-03-12"


def test_a_deadline_in_the_measures_sentence_does_not_stop_the_decisions_day() -> None:
    # a follow-up piece: the decision's day told in its own paragraph, the fine and an order
    # with a deadline ("by 30 June 2025") in the next, a daily penalty after that deadline
    days = _days(
        "Four months after the fine, the dispute is still not settled.\n\n"
        "**The decision**\n\n"
        "On 4 March 2025, the Environmental Protection Agency (Ghana) found that Akosombo "
        "Textiles Ltd had discharged dye into the Volta without a permit.\n\n"
        "The agency imposed a fine of GH¢900,000 on the company and ordered it to build a "
        "treatment plant by 30 June 2025. It also imposed a penalty of GH¢8,000 for each day "
        "the plant was not working after that deadline.",
        published="2025-07-15",
    )
    assert days[("fine", 900_000)] == "2025-03-04"
    assert days[("penalty_payment", 8_000)] == "2025-03-04"


def test_a_deadline_told_as_within_or_no_later_than_a_day() -> None:
    days = _days(
        "On 9 September 2024, the Communications Authority of Kenya concluded its inquiry "
        "into Rift Broadband Ltd. The authority fined the company KSh 3 million and ordered "
        "it to restore service to rural subscribers no later than 31 October 2024.",
        published="2024-09-20",
    )
    assert days[("fine", 3_000_000)] == "2024-09-09"


def test_a_judgment_two_days_later_is_two_days_after_the_one_told_before() -> None:
    # a law-firm note: the first judgment dated in its case box, a related one "two days
    # later, on Thursday" under another heading; published the week after, so "Thursday"
    # alone would be the wrong Thursday
    body = (
        "*Case: Court of Appeal of Kenya, judgment of 4 March 2025, Civil Appeal No. 112 of "
        "2024.*\n\n"
        "**The judgment**\n\n"
        "The Court of Appeal reduced the fine on Nyali Freight Ltd to KSh 6 million.\n\n"
        "**Related judgment**\n\n"
        "In a separate judgment handed down two days later, on Thursday, a different bench "
        "of the Court of Appeal upheld a fine of KSh 2 million on Kisumu Cargo Ltd."
    )
    rulings = sorted(
        (f.date.text if f.date else None)
        for f in extract(body, published="2025-03-14")
        if f.action == "ruling"
    )
    assert rulings == ["2025-03-04", "2025-03-06"]


def test_a_regulators_second_fine_a_week_later() -> None:
    days = _days(
        "Latvia's Consumer Rights Protection Centre (PTAC) fined Daugava Travel SIA EUR "
        "50,000 on 4 June 2025 for misleading package prices. A week later, the PTAC fined "
        "Jurmala Tours SIA EUR 20,000 for the same practice.",
        published="2025-07-02",
    )
    assert days[("fine", 50_000)] == "2025-06-04"
    assert days[("fine", 20_000)] == "2025-06-11"


def test_two_days_later_on_a_weekday_in_wire_copy() -> None:
    days = _days(
        "WARSAW, May 30 (Wire) - Poland's competition authority UOKiK fined Vistula Foods "
        "PLN 4 million on Monday, 12 May. Two days later, on Wednesday, it fined Baltic "
        "Snacks PLN 1.5 million over the same loyalty scheme.",
        published="2025-05-30",
    )
    assert days[("fine", 4_000_000)] == "2025-05-12"
    assert days[("fine", 1_500_000)] == "2025-05-14"


def test_earlier_in_the_month_of_a_digest_is_still_the_tables_row() -> None:
    # a monthly digest: "Earlier in the month" tells an item of the month its table dates,
    # not an earlier case the copy recalls
    body = (
        "Welcome to our May round-up of Andean consumer enforcement.\n\n"
        "| Country | Regulator | Company | Measure | Date |\n"
        "|---|---|---|---|---|\n"
        "| Peru | Indecopi | Inca Rail Tours SAC | Fine | 22 May 2025 |\n"
        "| Peru | Indecopi | Miraflores Dental SAC | Order | 6 May 2025 |\n\n"
        "Indecopi fined Inca Rail Tours SAC 120 UIT for hidden booking fees.\n\n"
        "Earlier in the month, Indecopi ordered Miraflores Dental SAC to stop advertising "
        "free check-ups that were not free.\n\n"
        "Earlier, in 2023, Indecopi had fined Miraflores Dental SAC for a similar campaign."
    )
    orders = [f for f in extract(body, published="2025-06-03") if f.action == "order"]
    assert [f.date.text if f.date else None for f in orders] == ["2025-05-06"]
