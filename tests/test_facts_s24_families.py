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
