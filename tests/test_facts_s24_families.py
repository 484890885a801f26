"""Statuses, respondents and rulings as enforcement copy tells them, on invented articles
(other regulators, countries and phrasing than the blind sets they were first met in):

- a party introduced by its role in the case and named in apposition ("fined the seller,
  Ndola-based holding company Kafue Ventures Ltd, …") is the one named;
"""

from __future__ import annotations

from tests.test_facts_general import by_amount, extract


def _who(facts, amount: str) -> str:
    return by_amount(facts, amount).respondent.text


def test_a_party_named_in_apposition_to_its_role_is_the_one_fined() -> None:
    facts = extract(
        "The Zambian Competition and Consumer Protection Commission on Tuesday fined Lusaka "
        "Breweries ZMW 2.1 million for breaching the merger control rules."
        "\n\nThe commission also fined the seller, Ndola-based holding company Kafue "
        "Ventures Ltd, ZMW 400,000 for its part in the transaction."
    )
    assert _who(facts, "2100000") == "Lusaka Breweries"
    assert _who(facts, "400000") == "Kafue Ventures Ltd"


def test_a_role_of_any_kind_named_in_apposition() -> None:
    facts = extract(
        "Kenya's Competition Authority fined Savannah Foods KES 20 million on 3 May for closing "
        "its purchase of Mara Mills early.\n\nIt also fined the target's former owner, private "
        "equity fund Acacia Partners, KES 5 million."
    )
    assert _who(facts, "5000000") == "Acacia Partners"
    facts = extract(
        "The Bundeskartellamt fined Rheinstahl AG EUR 4 million for gun-jumping. The authority "
        "also fined the acquirer, Munich-based Alpen Holding GmbH, EUR 1.5 million."
    )
    assert _who(facts, "1500000") == "Alpen Holding GmbH"


def test_a_clause_between_commas_after_the_party_names_no_one() -> None:
    facts = extract(
        "The Finnish FIN-FSA fined Pohjola Broker Oy EUR 300,000 on Monday. It also fined the "
        "company, which had cooperated, a further EUR 50,000 for late reporting."
    )
    assert _who(facts, "50000") == "Pohjola Broker Oy"


def _statuses(fact) -> set[str]:
    return {s.status for s in fact.statuses}


def test_a_fine_confirmed_by_the_courts_was_appealed_and_upheld() -> None:
    facts = extract(
        "The Portuguese Competition Authority fined dairy Lacticínios do Norte €1.2 million on 4 "
        "May for price fixing. In 2019 the authority fined cheese maker Queijaria Serra €300,000 "
        "for a similar cartel; that fine was confirmed by the courts and has been paid in full."
    )
    assert _statuses(by_amount(facts, "300000")) == {"appealed", "upheld", "paid"}
    assert _statuses(by_amount(facts, "1200000")) == set()
    facts = extract(
        "Finland's FIN-FSA fined Pohjola Broker Oy EUR 300,000 in 2022. The penalty was "
        "confirmed on appeal by the Helsinki Administrative Court in 2024."
    )
    assert _statuses(by_amount(facts, "300000")) == {"appealed", "upheld"}
    facts = extract(
        "Croatia's AZTN fined Slavonka d.d. EUR 1,200,000 in 2021, a penalty since confirmed by "
        "the High Administrative Court."
    )
    assert _statuses(by_amount(facts, "1200000")) == {"appealed", "upheld"}


def test_a_fine_confirmed_by_a_spokesperson_is_only_said_so() -> None:
    facts = extract(
        "The Polish UOKiK fined Mleko Polska PLN 2 million on Monday. The fine was confirmed by "
        "the office's spokesperson, who said the company had cooperated."
    )
    assert _statuses(by_amount(facts, "2000000")) == set()


EXPLAINER = """Latvia's financial regulator has become more active. Here is what happened.

**What did Daugava Broker do?**

Daugava Broker AS failed to segregate client money, the regulator said. On 3 March the FKTK fined Daugava Broker EUR 60,000. The firm paid the fine in April.

**And the insurer?**

Baltic Re AS, a reinsurer listed in Riga, filed its 2024 accounts four months late. The FKTK decided on 2 May to fine the company EUR 20,000 and its chairman, Janis Ozols, EUR 5,000. Baltic Re has appealed against its fine.
"""


def test_a_section_that_opens_on_a_company_is_about_it() -> None:
    facts = extract(EXPLAINER)
    assert _who(facts, "60000") == "Daugava Broker"
    assert _who(facts, "20000") == "Baltic Re AS"
    assert _who(facts, "5000") == "Janis Ozols"
    assert _statuses(by_amount(facts, "20000")) == {"appealed"}
    assert _statuses(by_amount(facts, "60000")) == {"paid"}
    facts = extract(
        "## Case one\n\nThe Norwegian NVE fined Fjellkraft AS NOK 2 million on 4 June for late "
        "reporting.\n\n## Case two\n\nNordlys Kraft AS missed the deadline to install new "
        "meters by six months. The NVE ordered it to finish the work by December."
    )
    orders = [f for f in facts if f.action == "order"]
    assert [f.respondent.text for f in orders] == ["Nordlys Kraft AS"]


def test_a_section_that_opens_on_the_regulator_keeps_the_story_s_party() -> None:
    facts = extract(
        "The Norwegian NVE fined Fjellkraft AS NOK 2 million on 4 June for late reporting.\n\n"
        "## What next\n\nThe NVE said it would publish guidance. It also ordered the company "
        "to install new meters by December."
    )
    orders = [f for f in facts if f.action == "order"]
    assert [f.respondent.text for f in orders] == ["Fjellkraft AS"]


def test_the_party_appealing_its_own_fine_is_the_fine_s_status() -> None:
    facts = extract(
        "The FKTK fined Nordbank AS EUR 20,000 on 2 May. Nordbank has appealed against its fine."
    )
    assert [(f.action, _statuses(f)) for f in facts] == [("fine", {"appealed"})]
    facts = extract(
        "The FCA fined Thames Savings plc £20,000 on 2 May for late reporting.\n\nThames "
        "Savings is appealing its penalty, a spokesperson said."
    )
    assert [(f.action, _statuses(f)) for f in facts] == [("fine", {"appealed"})]


def test_one_instalment_told_paid_in_the_passive_or_a_relative_clause() -> None:
    facts = extract(
        "The Ontario Securities Commission approved a settlement under which Maple Ledger Inc. "
        "agreed to pay an administrative penalty of $300,000. Maple Ledger will pay its penalty "
        "in two instalments; the first instalment of $150,000 was paid on signing, and the "
        "balance is due by June 30."
    )
    assert _statuses(by_amount(facts, "300000")) == {"partially_paid"}
    facts = extract(
        "Under the settlement with OSHA, Prairie Foods agreed to pay $120,000 in penalties. The "
        "penalty is payable in 6 monthly installments, the first of which Prairie Foods paid on "
        "May 2."
    )
    assert _statuses(by_amount(facts, "120000")) == {"partially_paid"}


def test_instalments_only_scheduled_are_not_paid() -> None:
    facts = extract(
        "The FCA fined Thames Savings plc £20,000 on 2 May. The fine is payable in two "
        "instalments, the first of which is due in June."
    )
    assert _statuses(by_amount(facts, "20000")) == set()


def test_a_payment_told_of_a_sum_is_told_of_each_fact_with_that_sum() -> None:
    facts = extract(
        "On 4 March 2025 Granite Mills Inc. and OSHA entered into a settlement agreement under "
        "which Granite Mills will pay $90,000 in penalties.\n\nUnder the settlement agreement:"
        "\n\n- the total penalty is reduced to $90,000, payable in 6 monthly installments, the "
        "first of which Granite Mills paid on April 1;\n- Granite Mills withdraws its notice of "
        "contest.\n"
    )
    assert all("partially_paid" in _statuses(f) for f in facts if f.amount)


def test_the_regulator_by_the_last_word_of_its_name_is_no_party() -> None:
    facts = extract(
        "The Competition Council fined Drina Market KM 1.200.000,00 in 2024. The Court later "
        "re-set a fine imposed by the Competition Council rather than returning the case to the "
        "Council. Drina Market had already paid the first of three instalments of the fine."
    )
    assert not any(f.respondent and f.respondent.text == "Council" for f in facts)
    assert "partially_paid" in _statuses(by_amount(facts, "1200000"))


JUDGMENT = """The Administrative Court of Sofia on 3 June partly upheld the appeal brought by the bakery chain Hlebozavod Sever AD against the decision of the Commission for Protection of Competition of 12 January 2024, and reduced the fine imposed on the company from BGN 800,000 to BGN 500,000. It dismissed as unfounded the separate appeal of the mill Melnitsa Yug AD, leaving its fine of BGN 200,000 unchanged.

In its decision of 12 January 2024 the Commission fined Hlebozavod Sever AD BGN 800,000 and Melnitsa Yug AD BGN 200,000.
"""


def test_the_court_dismissing_a_second_party_s_action_rules_on_that_party() -> None:
    facts = extract(JUDGMENT)
    fine = by_amount(facts, "200000")
    assert fine.respondent.text == "Melnitsa Yug AD"
    assert {"appealed", "upheld"} <= _statuses(fine) and "reduced" not in _statuses(fine)
    rulings = {f.respondent.text for f in facts if f.action == "ruling"}
    assert "Melnitsa Yug AD" in rulings
    facts = extract(
        "The Romanian Competition Council fined Transilvania Lapte SA RON 3 million and Carpati "
        "Dairy SRL RON 1 million in 2023.\n\nThe Bucharest Court of Appeal on 9 May annulled "
        "the fine on Transilvania Lapte. It rejected the action of Carpati Dairy SRL, leaving "
        "that fine in place."
    )
    rulings = {f.respondent.text: _statuses(f) for f in facts if f.action == "ruling"}
    assert rulings["Carpati Dairy SRL"] == {"appealed", "upheld"}
    assert rulings["Transilvania Lapte"] == {"appealed", "overturned"}
    assert _statuses(by_amount(facts, "1000000")) == {"appealed", "upheld"}


def _order(facts):
    orders = [f for f in facts if f.action == "order"]
    assert len(orders) == 1, [(f.action, f.respondent) for f in facts]
    return orders[0]


def test_a_deadline_missed_leaves_the_order_unmet() -> None:
    facts = extract(
        "The Uganda Communications Commission on 2 March ordered Nile Wave Telecom to restore "
        "service at 30 masts by 30 April. Nile Wave missed the April deadline, the commission "
        "said on Monday."
    )
    assert _statuses(_order(facts)) == {"not_complied"}
    facts = extract(
        "Ofgem ordered Brightside Energy to refund overcharged customers by the end of June. The "
        "deadline was missed, and Ofgem has opened enforcement proceedings."
    )
    assert _statuses(_order(facts)) == {"not_complied"}
    facts = extract(
        "The Competition Authority ordered Tlotlo Stores to remove exclusivity clauses from its "
        "leases within six months.\n\nAccording to an authority compliance report, three leases "
        "still contain them, more than a year after the six-month deadline expired."
    )
    assert _statuses(_order(facts)) == {"not_complied"}


def test_a_payment_deadline_or_a_deadline_met_is_no_order_unmet() -> None:
    facts = extract(
        "The FCA fined Thames Savings plc £20,000 on 2 May and ordered it to appoint a skilled "
        "person. Thames Savings missed the payment deadline for the fine."
    )
    assert "not_complied" not in _statuses(_order(facts))
    facts = extract(
        "The FCA ordered Thames Savings plc on 2 May to appoint a skilled person by 1 July. "
        "Thames Savings met the deadline."
    )
    assert "not_complied" not in _statuses(_order(facts))
    facts = extract(
        "The regulator ordered Costa Power to file an investment plan within 30 days and set a "
        "daily fine of $5,000 for every day of delay.\n\nCosta Power is refusing to pay the "
        "daily fines that piled up while it missed the deadline. The plan was submitted on 15 "
        "December."
    )
    assert "not_complied" not in _statuses(_order(facts))


def _ruling(facts):
    rulings = [f for f in facts if f.action == "ruling"]
    assert len(rulings) == 1, [(f.action, f.respondent) for f in facts]
    return rulings[0]


def test_a_court_ruling_naming_no_one_rules_on_the_party_that_went_to_court() -> None:
    facts = extract(
        "The Competition Authority of Kenya fined Lumo Foods KES 3 million in 2024 and fined "
        "its managing director, Peter Otieno, KES 200,000. Mr Otieno paid his fine.\n\nLumo "
        "Foods brought an action before the High Court. On 9 April 2025 the High Court "
        "dismissed the action and upheld the decision in full."
    )
    assert _ruling(facts).respondent.text == "Lumo Foods"
    assert _statuses(by_amount(facts, "200000")) == {"paid"}
    assert _statuses(by_amount(facts, "3000000")) == {"appealed", "upheld"}


def test_a_court_ruling_naming_no_one_after_a_single_fine() -> None:
    facts = extract(
        "The CNIL fined Acme SAS €5 million in 2023. The Council of State upheld the fine in 2024."
    )
    assert _ruling(facts).respondent.text == "Acme SAS"


def test_a_court_challenge_announced_as_an_action_is_disputed() -> None:
    facts = extract(
        "In December the KZK fined supermarket chain Vardar Market EUR 42,000 for failing to "
        "notify a takeover. Vardar Market has said it will bring an action before the "
        "Administrative Court."
    )
    assert _statuses(by_amount(facts, "42000")) == {"disputed"}
    facts = extract(
        "Brazil's CADE fined Rio Verde Logística R$4 million in May. Rio Verde said it would "
        "take the decision to court."
    )
    assert _statuses(by_amount(facts, "4000000")) == {"disputed"}
    facts = extract(
        "Brazil's CADE fined Rio Verde Logística R$4 million in May. Rio Verde said it would "
        "not go to court."
    )
    assert "disputed" not in _statuses(by_amount(facts, "4000000"))


def test_an_action_filed_with_a_court_is_an_appeal() -> None:
    facts = extract(
        "ASEP fined Costa Power B/.200,000 in January. Costa Power has not paid. Instead, it "
        "filed a contentious-administrative action (demanda contencioso-administrativa) with "
        "the Third Chamber of the Supreme Court in February."
    )
    assert _statuses(by_amount(facts, "200000")) == {"not_paid", "appealed"}


def test_a_licensed_professional_named_after_their_role_is_the_one_banned() -> None:
    facts = extract(
        "Nepal's CAAN fined Himal Air NPR 2 million for fatigue breaches. CAAN also suspended "
        "the licence of the airline's chief pilot, Captain Ram Thapa, for three months, and "
        "ordered Himal Air to install a fatigue risk system."
    )
    bans = [f for f in facts if f.action == "ban"]
    assert [f.respondent.text for f in bans] == ["Ram Thapa"]
    assert _order(facts).respondent.text == "Himal Air"
    facts = extract(
        "The FRC fined Dunmore Audit LLP £400,000 and fined the audit engineer Paul Reed £50,000."
    )
    assert _who(facts, "400000") == "Dunmore Audit LLP"
    assert _who(facts, "50000") == "Paul Reed"


def test_a_higher_court_confirming_the_lower_court_s_judgment_upholds_that_ruling() -> None:
    facts = extract(
        "Poland's UOKiK fined Mleko Polska PLN 2 million in 2022. In 2024 the Warsaw Court of "
        "Appeal cut the fine to PLN 1 million. The Supreme Court last week affirmed the ruling "
        "of the appeal court."
    )
    assert _statuses(by_amount(facts, "1000000")) == {"appealed", "reduced", "upheld"}
    assert "upheld" not in _statuses(by_amount(facts, "2000000"))
