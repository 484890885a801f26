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
