"""Measures told in the words of other enforcement regimes: a US citation's proposed
penalties, a settlement's payment, a review judge affirming penalties, a commitment accepted
instead of a fine, a quota or fishing rights suspended — on invented copy (no fixture's
wording)."""

from __future__ import annotations

from decimal import Decimal

from .test_facts_general import extract


def _summary(facts):
    return [
        (
            f.action,
            f.respondent.text if f.respondent else None,
            f.amount.amount if f.amount else None,
        )
        for f in facts
    ]


def test_a_citation_s_proposed_penalties_are_its_fine() -> None:
    facts = extract(
        "Following an inspection, OSHA on June 3 cited Granite Hollow Quarry LLC for four "
        "serious violations of the machine-guarding standard. OSHA proposed penalties totaling "
        "$118,250."
    )
    assert ("fine", Decimal("118250")) in [(f.action, f.amount and f.amount.amount) for f in facts]


def test_what_is_paid_under_the_agreement_just_told_is_the_settlement() -> None:
    facts = extract(
        "On May 2, Harbor Point Foods LLC and the Environmental Protection Agency entered into a "
        "settlement agreement resolving an ammonia release. Under the agreement, which an "
        "administrative law judge approved on May 20, Harbor Point will pay $95,000 in "
        "penalties and will hire an independent auditor."
    )
    paid = [f for f in facts if f.amount and f.amount.amount == Decimal("95000")]
    assert [f.action for f in paid] == ["settlement"]


def test_a_review_judge_affirming_penalties_is_a_ruling_with_that_figure() -> None:
    facts = extract(
        "Settling is not always the outcome. In March, an OSHRC administrative law judge "
        "affirmed $158,000 in penalties against Lakeshore Millwork Inc., a Michigan cabinet "
        "maker that had contested its citations all the way to a hearing."
    )
    assert [(f.action, f.amount.amount if f.amount else None) for f in facts] == [
        ("ruling", Decimal("158000"))
    ]


def test_a_commitment_accepted_instead_of_a_fine_is_a_settlement() -> None:
    for sentence, party in [
        (
            "In the same case, the competition authority accepted a cessation commitment "
            "(compromiso de cese) offered by Droguería Inca S.A.C., one of the distributors.",
            "Droguería Inca",
        ),
        (
            "The competition council has approved a commitment decision, accepting a commitment "
            "from Baltic Grain Terminal AS to open its silos to rival shippers.",
            "Baltic Grain Terminal",
        ),
    ]:
        facts = extract(sentence)
        settled = [f for f in facts if f.action == "settlement"]
        assert len(settled) == 1, _summary(facts)
        assert settled[0].respondent and settled[0].respondent.text.startswith(party)
        assert settled[0].amount is None


def test_a_quota_or_fishing_rights_suspended_is_a_ban() -> None:
    for sentence in [
        "On Tuesday the fisheries ministry said it has suspended Cabo Frio Pesca's hake quota "
        "for six months.",
        "The ministry has suspended Kestrel Trawling Ltd's fishing rights until the inquiry ends.",
    ]:
        facts = extract(sentence)
        assert [f.action for f in facts] == ["ban"], _summary(facts)


def test_a_bold_dateline_is_the_news_s_day_not_the_decision_s() -> None:
    facts = extract(
        "**Lima, 9 June 2025.** The Superintendencia de Mercados has imposed a fine of USD "
        "410.000 on Ferretería Andes S.A. for abusing its dominant position.\n\nThe sanction is "
        "contained in a resolution of the commission dated 2 June 2025, which closes an "
        "investigation opened in 2023.\n",
        published="2025-06-09",
    )
    (fine,) = facts
    assert fine.date is not None and fine.date.text == "2025-06-02"


def test_a_later_resolution_does_not_redate_the_measures_of_the_first() -> None:
    facts = extract(
        "**DAVID** — When the Autoridad Nacional de los Servicios Públicos (ASEP) fined water "
        "utility Compañía de Aguas Río Sur, S.A. last March, it was the largest penalty the "
        "regulator had imposed on a utility.\n\n**The decision**\n\n"
        "In a resolution dated 3 March 2025, ASEP fined Río Sur B/.900,000.00 for repeated "
        "supply cuts in Veraguas.\n\n"
        "The regulator also ordered the utility to submit a network renewal plan within 60 days "
        "of notification, and set a daily fine of B/.2,000 for every day of delay.\n\n"
        "**The daily fines**\n\nThe plan was not filed until 30 June 2025. In a resolution "
        "issued on 14 October 2025, ASEP set the total accrued at B/.90,000 and gave the "
        "utility ten working days to pay.\n",
        title="Río Sur still refusing to pay ASEP daily fines",
        published="2025-11-04",
    )
    dated = {f.action: f.date.text if f.date else None for f in facts if f.action != "fine"}
    assert dated == {"order": "2025-03-03", "penalty_payment": "2025-03-03"}, dated


def test_proposed_penalties_are_dated_by_the_citation_not_the_later_settlement() -> None:
    facts = extract(
        "On July 7, 2025, Bayside Metals Inc. and the Environmental Protection Agency signed a "
        "settlement agreement resolving its air-permit violations.\n\n"
        "After an inspection, EPA on February 11, 2025, cited Bayside Metals for six violations "
        "of its air permit. EPA proposed penalties totaling $212,400.\n\n"
        "EPA also cited the site's contractor, Hollis Industrial Services, for two violations, "
        "with proposed penalties of $18,600.\n",
        published="2025-08-01",
    )
    dated = {
        f.amount.amount: f.date.text if f.date else None for f in facts if f.amount is not None
    }
    assert dated.get(Decimal("212400")) == "2025-02-11", dated
    assert dated.get(Decimal("18600")) == "2025-02-11", dated


def test_both_companies_breached_cites_for_each_though_a_project_bears_one_s_name() -> None:
    facts = extract(
        "The Competition Commission of Pakistan on Tuesday imposed a penalty of Rs 90 million on "
        "Lakeview Towers Developers (Pvt) Ltd for advertising an unapproved housing scheme.\n\n"
        "The commission also fined the developer's sales agent, Apex Realty Network, Rs 12 "
        "million for spreading the same claims on property portals.\n\n"
        "In its order, the commission held that both companies had engaged in deceptive "
        "marketing in violation of Section 10 of the Competition Act, 2010, by misstating the "
        "legal status of the Lakeview Towers Residencia project.\n",
        published="2025-09-03",
    )
    cited = {f.respondent.text: sorted(p.text for p in f.provisions) for f in facts if f.amount}
    assert all(any("Sec. 10" in p for p in labels) for labels in cited.values()), cited
    assert len(cited) == 2, cited


def test_the_actions_taken_under_a_power_rest_every_measure_on_it() -> None:
    facts = extract(
        "The Securities Commission Malaysia (SC) penalised Kenanga Teguh Bhd RM900,000, while "
        "its former finance director Ong Chee Meng was penalised RM300,000.\n\n"
        "Ong was also barred from acting as a director of any listed company for three years.\n\n"
        "The actions were taken under section 354 of the Capital Markets and Services Act 2007, "
        "which allows the SC to impose a penalty of up to RM1 million for each breach, for "
        "breaches of section 369 of the Act.\n",
        published="2025-02-11",
    )
    (ban,) = [f for f in facts if f.action == "ban"]
    # the power every action rests on, though a power is otherwise the fine's alone
    assert "Capital Markets and Services Act 2007 Sec. 354" in {p.text for p in ban.provisions}


def _statuses(fact) -> set[str]:
    return {s.status for s in fact.statuses}


def test_a_higher_court_undoing_the_annulment_restores_the_fine() -> None:
    facts = extract(
        "On 3 June 2025 the Supreme Administrative Court set aside the regional court's judgment "
        "that had annulled the competition office's decision against Baltic Fuel Trading UAB, "
        "and left in force the ruling dismissing the company's claim.\n\n"
        "The office had fined Baltic Fuel Trading UAB €2.4 million in March 2023 for price "
        "coordination. The company paid €1.2 million before going to court and now has two "
        "months to pay the remaining half.\n",
        published="2025-06-10",
    )
    (fine,) = [f for f in facts if f.action == "fine"]
    assert {"upheld", "partially_paid"} <= _statuses(fine), _statuses(fine)


def test_a_court_restoring_or_reinstating_a_fine_upholds_it() -> None:
    facts = extract(
        "The consumer authority fined Nordlys Energi AS NOK 4 million in 2023. The district "
        "court annulled the fine in 2024, but on 12 May the Court of Appeal reinstated the "
        "fine.",
        published="2025-05-20",
    )
    (fine,) = [f for f in facts if f.action == "fine"]
    assert "upheld" in _statuses(fine), _statuses(fine)


def test_a_two_word_legal_form_does_not_end_the_fact_s_quote() -> None:
    body = (
        "The authority accepted a cessation commitment offered by Droguería Austral Cía. "
        "Ltda., one of the suppliers, and closed the case without a fine."
    )
    facts = extract(body)
    (settled,) = [f for f in facts if f.action == "settlement"]
    assert "Cía. Ltda., one of the suppliers" in body[settled.start : settled.end]


def test_the_deciding_body_s_later_measure_is_of_its_decision() -> None:
    facts = extract(
        "KARACHI, March 6 (Wire) - The Competition Commission of Pakistan (CCP) on Wednesday "
        "imposed a penalty of Rs 60 million on Indus Valley Foods (Pvt) Ltd for labelling "
        "blended oil as pure olive oil.\n\n"
        "The commission also fined its distributor, Sindh Retail Network, Rs 8 million.\n\n"
        "In its order, a two-member bench of the commission held that both companies had "
        "misled consumers.\n\n"
        "The bench directed Indus Valley Foods to withdraw the mislabelled stock within 15 "
        "days.\n",
        published="2024-03-06",
    )
    (order,) = [f for f in facts if f.action == "order"]
    assert order.date is not None and order.date.text == "2024-03-06", order.date


def test_the_deciding_body_named_with_its_number_of_members_is_that_body() -> None:
    facts = extract(
        "NAIROBI, May 14 (Wire) - The Competition Authority of Kenya on Tuesday fined Savannah "
        "Cement Ltd KES 45 million for sharing price lists with rival producers.\n\n"
        "In its ruling, a five-member panel of the authority found that the firm had fixed "
        "prices.\n\n"
        "The five-member panel also ordered Savannah Cement to publish its price list within "
        "30 days.\n",
        published="2024-05-14",
    )
    (order,) = [f for f in facts if f.action == "order"]
    assert order.date is not None and order.date.text == "2024-05-14", order.date


def test_a_fine_upheld_as_imposed_keeps_its_figure_and_the_ruling_has_none() -> None:
    # The tables' convention: a ruling that only upholds records no figure of its own; the
    # fine it upholds keeps the regulator's figure and takes the outcome.
    facts = extract(
        "Two dairies went to court over the Competition Commission's 2022 decision on shared "
        "prices. In March 2024 the Federal Administrative Court upheld the commission's fine "
        "of CHF 400,000 on Alpenmilch AG."
    )
    rulings = [f for f in facts if f.action == "ruling"]
    assert [(r.respondent.text if r.respondent else None, r.amount) for r in rulings] == [
        ("Alpenmilch AG", None)
    ]
    fines = [f for f in facts if f.action == "fine"]
    assert {f.amount.amount for f in fines if f.amount} == {Decimal("400000")}
    assert any("upheld" in {s.status for s in f.statuses} for f in fines)


def test_the_same_month_dates_a_measure_by_the_month_told_before() -> None:
    facts = extract(
        "The Bank of Zambia fined Kafue Microcredit Ltd K2 million in March 2025 for weak "
        "customer checks. In a separate decision the same month, the bank fined Luangwa "
        "Savings Ltd K500,000 for late returns."
    )
    dates = {f.respondent.text: f.date.text if f.date else None for f in facts if f.respondent}
    assert dates.get("Luangwa Savings Ltd") == "2025-03", dates
