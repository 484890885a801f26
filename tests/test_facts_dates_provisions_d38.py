"""Decision days and provisions first met in blind sets 35 and 36, on invented copy: a
sitting dated in a release's opening that adopted the decisions listed after it, the day a
daily penalty starts to run (not the decision's), "October of 2023" as translated copy
writes a month and year, …"""

from __future__ import annotations

from tests.test_facts_general import extract


def _days(facts) -> dict[tuple[str, int | None], str | None]:
    return {
        (f.action, int(f.amount.amount) if f.amount else None): f.date.text if f.date else None
        for f in facts
    }


def test_a_sitting_dated_in_the_opening_dates_the_decisions_listed_after_it() -> None:
    facts = extract(
        "On 14 March 2025 at the State Competition Agency of the Kyrgyz Republic (hereinafter "
        "— the Agency), a meeting of the Board for consideration of cases on violation of "
        "competition legislation was held.\n\n"
        "By the results of consideration of 4 cases, the Board adopted the following "
        "decisions:\n\n"
        '**1.** Limited liability company "Osh Un" was recognized as occupying a dominant '
        "position on the market of wheat flour. For this violation a fine in the amount of "
        '2,000 calculation indices, that is KGS 200,000, was imposed on LLC "Osh Un".\n\n'
        '**2.** Open joint-stock company "Naryn Transit" was recognized as having violated '
        'Article 7 of the Law "On competition". A fine of KGS 50,000 was imposed on OJSC '
        '"Naryn Transit", and the company was instructed within 10 days to amend its tariffs.\n',
        published="2025-03-20",
    )
    days = _days(facts)
    assert days[("fine", 200_000)] == "2025-03-14"
    assert days[("fine", 50_000)] == "2025-03-14"
    assert days[("order", None)] == "2025-03-14"


def test_the_day_a_daily_penalty_starts_to_run_is_not_the_decisions() -> None:
    facts = extract(
        "On 12 May 2025 the Danish Consumer Ombudsman found that Nordlys Energi A/S had "
        "marketed a variable tariff as fixed. The Ombudsman imposed a fine of DKK 900 000.\n\n"
        'In the same decision it prohibited Nordlys from using the word "fixed" and attached '
        "a daily penalty of DKK 20 000 for each day the prohibition was breached after "
        "1 July 2025.\n",
        published="2026-01-10",
    )
    days = _days(facts)
    assert days[("fine", 900_000)] == "2025-05-12"
    assert days[("penalty_payment", 20_000)] == "2025-05-12"


def test_a_deadline_beyond_which_a_daily_sum_accrues_does_not_date_the_order() -> None:
    facts = extract(
        "The Punjab State Electricity Regulatory Commission, in an order dated 4 September "
        "2025, imposed a penalty of Rs 10 lakh on Doaba Power Ltd for poor supply.\n\n"
        "The Commission also directed the licensee to refund Rs 2 crore to consumers, and "
        "warned that a further Rs 5,000 would be levied for each day the default continues "
        "beyond 30 November 2025.\n",
        published="2025-10-05",
    )
    assert {f.date.text for f in facts if f.date} == {"2025-09-04"}


def test_a_month_of_a_year_as_translated_copy_writes_it() -> None:
    facts = extract(
        "It is not the first time the dairy is sanctioned. In March of 2022 the federal "
        "agency ordered Lacteos Sur to withdraw a batch of cheese from the market.\n",
        published="2025-06-12",
    )
    (order,) = [f for f in facts if f.action == "order"]
    assert order.date is not None and order.date.text == "2022-03"


def _provisions(body: str, published: str = "2025-06-12") -> list[list[str]]:
    return [[p.text for p in f.provisions] for f in extract(body, published=published) if f.amount]


def test_a_law_titled_with_its_country_before_its_subject() -> None:
    (cited,) = _provisions(
        "YEREVAN — By decision of 14 November 2024, the Public Services Regulatory Commission "
        "found that Batumi Gas LLC had overcharged subscribers, in breach of the tariff rules "
        "adopted under the Law of Armenia on Energy. The Commission imposed a fine of "
        "AMD 1,150,000.\n"
    )
    assert "Law of Armenia on Energy" in cited


def test_two_laws_named_together_stay_two_and_a_states_law_keeps_its_state() -> None:
    (cited,) = _provisions(
        "The Federal Commission fined Lacteos Sur 500,000 pesos. According with the "
        "resolution, the sanction was applied on the basis of the General Health Law and the "
        "Health Law of the State of Puebla, article 412.\n"
    )
    assert "General Health Law" in cited
    assert "Health Law of the State of Puebla Art. 412" in cited


def test_a_law_titled_in_quotes_as_cis_laws_are_rendered() -> None:
    (cited,) = _provisions(
        'The Service fined OJSC "Pamir Air" TJS 22,500 for violating Article 15 of the Law '
        '"On protection of competition" and the legislation on protection of consumer rights.\n'
    )
    assert cited == ["Law on Protection of Competition Art. 15"]


def test_a_regulators_numbered_standards_cited_by_number_alone() -> None:
    (cited,) = _provisions(
        "TORONTO — The Registrar of the Gaming Commission today announced actions for "
        "breaches of the Registrar's Standards for Lottery Gaming (the Standards).\n\n"
        "The Registrar issued a monetary penalty of $125,000 to Lakeshore Bets Inc. for "
        "advertising bonuses, contrary to Standard 2.03.\n",
        published="2025-04-16",
    )
    assert "Registrar's Standards for Lottery Gaming Standard 2.03" in cited


def test_a_digests_row_dates_the_measure_its_section_tells_by_the_same_sum() -> None:
    facts = extract(
        "*Monthly round-up of fisheries and environment enforcement in the Caribbean.*\n\n"
        "**May at a glance**\n\n"
        "| Date | Country | Authority | Respondent | Measure | Amount |\n"
        "|---|---|---|---|---|---|\n"
        "| 6 May | Grenada | Magistrate's Court, St George's | Ocean Star Fishing Ltd | Fine "
        "| EC$120,000 |\n"
        "| 21 May | Belize | Department of the Environment | Toledo Timber Co. | Penalty "
        "| BZ$85,000 |\n\n"
        "**Belize: logging firm penalised**\n\n"
        "The Department of the Environment issued Toledo Timber Co. with a penalty of "
        "BZ$85,000 for clearing mangroves near Punta Gorda without approval.\n",
        published="2025-06-05",
    )
    (penalty,) = [f for f in facts if f.amount and f.amount.amount == 85_000]
    assert penalty.date is not None and penalty.date.text == "2025-05-21"


def test_a_follow_ups_session_that_pronounced_the_measures_dates_them() -> None:
    facts = extract(
        "*Follow-up to our post of 4 March 2025.*\n\n"
        "As we wrote in March, the Securities Commission of Montenegro on its session held on "
        "27 February 2025 pronounced measures against the brokerage house Lovćen Broker a.d. "
        "Podgorica and its director, Mr. Marko Vuković, for insider dealing.\n\n"
        "The Commission pronounced to Lovćen Broker a fine in the amount of EUR 20.000, and "
        "to Mr. Vuković a fine of EUR 4.000.\n\n"
        "**Since then**\n\n"
        "Mr. Vuković initiated an administrative dispute before the Administrative Court, "
        "which on Tuesday last week confirmed the fine.\n",
        published="2025-09-10",
    )
    fines = [f for f in facts if f.action == "fine"]
    assert len(fines) == 2
    assert {f.date.text if f.date else None for f in fines} == {"2025-02-27"}
