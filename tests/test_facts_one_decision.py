"""One decision dated and grounded once: the measures it took, told in later sentences, list
items and sections, have its date, regulator and provisions (invented articles)."""

from __future__ import annotations

import pytest

from assistant.facts import Fact
from tests.test_facts_general import by_amount, extract, labels


def test_list_items_under_a_dated_decision_against_several_parties_have_its_day_and_basis() -> None:
    facts = extract(
        "**Bundeskartellamt fines two paving firms EUR 900,000 for bid rigging**\n\n"
        "By a decision of 4 February 2025, the Bundeskartellamt found that Asphalt Nord GmbH "
        "and Strassenbau Weber GmbH had rigged bids in breach of Section 1 of the Act against "
        "Restraints of Competition.\n\n"
        "**Fines**\n\n"
        "The authority imposed the following fines:\n\n"
        "- Asphalt Nord GmbH – EUR 700,000;\n"
        "- Strassenbau Weber GmbH – EUR 200,000.\n",
        published="2025-02-10",
    )
    for amount in ("700000", "200000"):
        fact = by_amount(facts, amount)
        assert fact.date is not None and fact.date.text == "2025-02-04"
        assert any("1" in p for p in labels(fact))


def test_what_a_consent_agreement_requires_later_is_dated_by_it() -> None:
    facts = extract(
        "Cascade Pulp LLC agreed on 4 March 2025 to pay a civil penalty of $310,000 under a "
        "consent agreement with the Washington Department of Ecology, resolving violations of "
        "the Water Pollution Control Act.\n\n"
        "Cascade Pulp will owe $1,000 per day for each day it misses a deadline in the "
        "agreement.",
        published="2025-03-06",
    )
    daily = by_amount(facts, "1000")
    assert daily.per == "day"
    assert daily.date is not None and daily.date.text == "2025-03-04"


def test_a_party_listed_without_its_regulator_is_the_decision_s() -> None:
    facts = extract(
        "On 9 June 2025 the Ontario Securities Commission issued its sanctions decision. "
        "The panel ordered:\n\n"
        "- Maple Ridge Capital Inc. to pay an administrative penalty of $300,000;\n"
        "- Jonas Whitfield to pay an administrative penalty of $120,000.\n",
        published="2025-06-12",
    )
    person = by_amount(facts, "120000")
    assert person.authority == by_amount(facts, "300000").authority is not None
    assert person.date is not None and person.date.text == "2025-06-09"


def test_an_earlier_case_told_after_the_decision_keeps_no_day_of_it() -> None:
    facts = extract(
        "The ICO fined Harbour Lettings Ltd £120,000 on 3 March 2025 for failing to secure "
        "tenants' data.\n\n"
        "The ICO had previously fined Harbour Lettings Ltd £15,000 for late registration.",
        published="2025-03-05",
    )
    assert by_amount(facts, "15000").date is None


def test_a_new_section_about_another_party_is_another_story() -> None:
    facts = extract(
        "## Harbour Lettings\n\n"
        "The ICO fined Harbour Lettings Ltd £120,000 on 3 March 2025 for breaching Article 32 "
        "of the UK GDPR.\n\n"
        "## Kestrel Couriers\n\n"
        "The ICO fined Kestrel Couriers Ltd £40,000 for unsolicited marketing calls.",
        published="2025-03-05",
    )
    other = by_amount(facts, "40000")
    assert other.date is None and not other.provisions


def test_a_section_that_goes_on_with_the_decision_shares_its_day_and_basis() -> None:
    facts = extract(
        "MADRID, May 7 (Wire) - Spain's competition authority (CNMC) has fined two builders and "
        "one of their executives a combined 14.06 million euros for rigging road tenders, the "
        "regulator said.\n\n"
        "The CNMC's council voted on Monday to sanction the companies. Obras Levante S.A. was "
        "fined 9 million euros and Constructora Duero S.A. 5 million euros.\n\n"
        "**Executive fined and barred**\n\n"
        "In addition to the company fines, the CNMC sanctioned a manager who took part in the "
        "scheme.\n\n"
        "Javier Ortega Ruiz, commercial director of Obras Levante, was fined 60,000 euros and "
        "barred from managing any company for two years.\n\n"
        "The CNMC said the conduct breached Article 1 of the Competition Act.",
        published="2025-05-07",
    )
    decided = by_amount(facts, "9000000").date
    assert decided is not None
    for fact in facts:
        assert fact.date is not None and fact.date.text == decided.text
        assert "Competition Act Art. 1" in labels(fact)


def test_a_section_named_for_a_part_of_the_story_goes_on_with_its_decision() -> None:
    facts = extract(
        "In an order dated 3 March 2025, the Financial Conduct Authority fined Brightwell "
        "Savings Ltd £80,000 for misleading promotions.\n\n"
        "**The presenter**\n\n"
        "The more interesting part concerns Tom Reilly, who fronted the adverts. The FCA "
        "prohibited Mr Reilly from performing any function in regulated activities.",
        published="2025-03-10",
    )
    ban = next(f for f in facts if f.action == "ban")
    assert ban.date is not None and ban.date.text == "2025-03-03"


def test_a_measure_told_after_one_made_public_that_day_was_made_public_with_it() -> None:
    facts = extract(
        "SINGAPORE, March 5 (Wire) - The Monetary Authority of Singapore (MAS) said on Tuesday "
        "it fined Orchid Capital Pte Ltd S$1.2 million for anti-money laundering failures.\n\n"
        "Its former compliance head, Daniel Koh, was also barred from any regulated role for "
        "five years, the regulator said in a statement.",
        published="2025-03-05",
    )
    fine = by_amount(facts, "1200000")
    ban = next(f for f in facts if f.action == "ban")
    day = (fine.date or fine.announced).text
    assert day == "2025-03-04"
    assert day in {d.text for d in (ban.date, ban.announced) if d is not None}


def test_the_day_a_consent_order_was_signed_dates_what_it_requires() -> None:
    facts = extract(
        "A Salem foundry has agreed to pay $96,000 under a consent order with state regulators "
        "over air-permit violations.\n\n"
        "The Oregon Department of Environmental Quality and Willamette Foundry Inc. signed the "
        "administrative consent order Monday, according to a copy of the order.\n\n"
        "Under the order, Willamette Foundry must pay a civil penalty of $96,000 to the state.",
        published="2025-06-12",
    )
    assert {f.date.text if f.date else None for f in facts if f.amount} == {"2025-06-09"}


# --- The provision that empowers a penalty is the penalty's, not the decision's other measures


def test_the_section_a_penalty_was_levied_under_stays_with_the_penalties() -> None:
    facts = extract(
        "The Capital Markets Board passed a final order on 3 March 2025 against Orchid "
        "Textiles Ltd and its chairman:\n\n"
        "- it imposes a penalty of ₹40 lakh on chairman Vikram Sethi and bars him from the "
        "securities market for three years;\n"
        "- it directs the company to refund investors within 60 days.\n\n"
        "The penalty was levied under Section 15G of the Securities Act. Orchid was found to "
        "have breached Regulation 4 of the Fraud Regulations.",
        published="2025-03-05",
    )
    penalty = by_amount(facts, "4000000")
    assert any("15G" in p for p in labels(penalty))
    for fact in facts:
        if fact.action in {"ban", "order"}:
            assert not any("15G" in p for p in labels(fact)), (fact.action, labels(fact))


def test_a_fine_cap_article_is_not_an_order_s_basis() -> None:
    facts = extract(
        "The Data Inspectorate fined Nordvik Logistikk AS NOK 2 million on 4 April for "
        "processing drivers' location data without a legal basis, in breach of Article 6 "
        "GDPR. It also ordered Nordvik to delete the data. Under Article 83(5) GDPR, such "
        "infringements may be punished by fines of up to €20 million.",
        published="2025-04-10",
    )
    (order,) = [f for f in facts if f.action == "order"]
    assert not any("83" in p for p in labels(order)), labels(order)


def test_an_article_which_provides_for_fines_is_the_fine_s_alone() -> None:
    facts = extract(
        "On 9 May the Broadcasting Council fined Radio Delta SRL 80,000 lei for airing "
        "unverified claims, in breach of Article 12 of the Broadcasting Code. The fine was "
        "imposed under Article 95 of the Broadcasting Law, which provides for fines of up to "
        "200,000 lei. The council also ordered Radio Delta to broadcast a correction.",
        published="2025-05-12",
    )
    (fine,) = [f for f in facts if f.action == "fine"]
    assert any("95" in p for p in labels(fine)), labels(fine)
    (order,) = [f for f in facts if f.action == "order"]
    assert not any("95" in p for p in labels(order)), labels(order)


# --- An explainer: the decision dated first, its measures told after ------------------------


def _explainer() -> list[Fact]:
    return extract(
        "Chile's markets regulator has sanctioned a trader and two firms. Here is what it means.\n\n"
        "**What did the regulator decide?**\n\n"
        "On 3 February the Financial Market Commission issued four sanctioning resolutions. "
        "Trader Rodrigo Fuentes was fined CLP 90 million for spreading false rumours about shares of "
        "Viña Austral SA. Viña Austral itself was fined CLP 12 million for a late disclosure.\n\n"
        "**What else must Mr Fuentes do?**\n\n"
        "As an additional measure, Mr Fuentes is barred from acting as a director for three "
        "years.",
        published="2025-02-10",
    )


def test_a_paragraph_opening_with_the_dated_decisions_tells_their_measures() -> None:
    facts = _explainer()
    fines = [f for f in facts if f.action == "fine"]
    assert len(fines) == 2
    assert [f.date.text if f.date else None for f in fines] == ["2025-02-03", "2025-02-03"]


def test_an_explainers_question_headings_go_on_with_one_story() -> None:
    (ban,) = [f for f in _explainer() if f.action == "ban"]
    assert ban.date is not None and ban.date.text == "2025-02-03"


def test_a_second_measure_in_the_sentence_dated_for_the_first_has_its_day() -> None:
    facts = extract(
        "At a board meeting on 14 March, the Securities Commission of Sri Lanka fined Lanka "
        "Tea Exports PLC Rs. 2 million and fined its directors Anura Silva and Dilani Perera "
        "Rs. 500,000 each for late disclosures.\n\n"
        "The commission also ordered the company to republish its 2023 annual report within "
        "30 days.",
        published="2025-03-20",
    )
    shares = [f for f in facts if f.action == "fine" and f.amount and f.amount.amount < 1000000]
    assert shares and all(f.date is not None and f.date.text == "2025-03-14" for f in shares)
    (order,) = [f for f in facts if f.action == "order"]
    assert order.date is not None and order.date.text == "2025-03-14"


@pytest.mark.parametrize("start", ["starting 1 June 2025", "beginning on 1 June 2025"])
def test_the_day_a_ban_starts_to_apply_is_not_its_decisions_day(start: str) -> None:
    facts = extract(
        "On 6 March 2025 the Hellenic Capital Market Commission fined Aegean Brokers S.A. "
        f"€320,000 for mis-selling bonds. Aegean Brokers is also barred from taking on new retail "
        f"clients for nine months, {start}.",
        published="2025-03-10",
    )
    (ban,) = [f for f in facts if f.action == "ban"]
    assert ban.date is not None and ban.date.text == "2025-03-06"


def test_a_decision_dated_in_the_sentence_before_its_fines_dates_them() -> None:
    facts = extract(
        "Montenegro's competition agency fined three bakeries a total of €1.4 million this "
        "spring.\n\n"
        "The agency's decision of 12 March found that the bakeries had fixed bread prices "
        "across Podgorica between 2023 and 2024. It fined Hljeb Dobri d.o.o. €800,000, Pekara "
        "Sjever d.o.o. €400,000 and Stara Peć d.o.o. €200,000.",
        published="2025-06-02",
    )
    for amount in ("800000", "400000", "200000"):
        fine = by_amount(facts, amount)
        assert fine.date is not None and fine.date.text == "2025-03-12"


def test_a_measure_with_a_vague_time_of_its_own_keeps_no_day_of_another() -> None:
    facts = extract(
        "The Consumer Authority on Monday fined Nordvik Energi 4 million kronor for doorstep "
        "sales.\n\n"
        "In June 2021 the authority fined rival Fjellkraft AS a total of 2.5 million kronor for "
        "similar practices, while broadband provider Linjenett was fined 1.2 million kronor in "
        "late 2021.",
        published="2023-05-10",
    )
    assert by_amount(facts, "2500000").date.text == "2021-06"
    assert by_amount(facts, "1200000").date is None  # "in late 2021": not June's decision


def test_the_fines_a_clause_says_were_imposed_under_a_provision_are_every_fine_told() -> None:
    facts = extract(
        "Ratai UAB, a haulage company based in Kaunas, has been fined 18 000 euros after oil "
        "from its depot reached the Nevėžis river.\n\n"
        "The Environmental Protection Department said its depot manager, Tomas Vaitkus, was "
        "also fined 900 euros for not reporting the leak for two days.\n\n"
        "According to the department, the company breached Article 12 of the Water Law, and "
        "the fines were imposed under Article 59 of the same law.\n",
        published="2025-05-20",
    )
    for amount in ("18000", "900"):
        assert labels(by_amount(facts, amount)) == {"Water Law Art. 12", "Water Law Art. 59"}


def test_a_decision_against_several_parties_dated_in_the_lead_dates_the_measures_told_on() -> None:
    # The lead dates the decision and counts its parties; the fines come in a list sections
    # later, the orders after them. A fine from an earlier year stays its own.
    facts = extract(
        "The Fair Trading Authority said on Monday that its council, in Decision No. 7/2024 of "
        "3 September 2024, sanctioned four cement producers for sharing customers in the "
        "northern provinces between 2019 and 2022.\n\n"
        "The case began with a complaint from a builders' association in 2022.\n\n"
        "**Penalties**\n\n"
        "Having regard to the duration of the conduct, the council imposed these fines:\n\n"
        "- Granite Ridge Cement Ltd: 1,200,000 lari;\n"
        "- Northstone Industries Ltd: 950,000 lari;\n"
        "- Ashfield Binders Ltd: 410,000 lari;\n"
        "- Kestrel Mix Ltd: 75,000 lari.\n\n"
        "**Other measures**\n\n"
        "The council also ordered the four producers to stop exchanging customer lists.\n\n"
        "**Background**\n\n"
        "In March 2021 the authority fined Harbour Quarries Ltd 60,000 lari for failing to "
        "notify a merger.",
        published="2024-09-09",
    )
    for amount in ("1200000", "950000", "410000", "75000"):
        assert by_amount(facts, amount).date.text == "2024-09-03", amount
    assert by_amount(facts, "60000").date.text == "2021-03"
