"""Who a fact names, written the ways copy from other countries writes the party.

Every sentence here is invented (regulators' cases, companies, sums): a sentence adverb
before the regulator's clause, the premises of a company named by their place, a group's
national arm whose name ends in its country, a listing or base before the name, and a
sentence that opens on the company settling or contesting.
"""

from __future__ import annotations

from tests.test_facts_general import by_amount, extract


def _party(body: str, amount: str) -> str | None:
    fact = by_amount(extract(body), amount)
    if fact.respondent is None:
        return None
    # the span read is the name's own place in the text
    assert body[fact.respondent.start : fact.respondent.end] == fact.respondent.text
    return fact.respondent.text


def test_a_sentence_adverb_before_the_regulator_s_clause_is_no_party() -> None:
    body = "Separately, the regulator fined a pharmacy chain NZ$40,000 for mislabelling."
    assert _party(body, "40000") is None
    body = "Meanwhile, the authority fined a Harare bureau de change US$15,000."
    assert _party(body, "15000") is None


def test_the_premises_of_a_company_named_by_their_place_are_the_company_s() -> None:
    body = (
        "The Lagos State Consumer Protection Agency fined the Lekki branch of Mama Cass "
        "Foods N2 million over hygiene breaches."
    )
    assert _party(body, "2000000") == "Mama Cass Foods"
    body = "Inspectors fined the Gulshan outlet of Dhaka Burger House Tk50,000 for expired food."
    assert _party(body, "50000") == "Dhaka Burger House"


def test_a_name_ending_in_its_country_is_the_whole_name() -> None:
    body = (
        "The Central Bank of Kenya fined Equity Bank Kenya KSh10 million for anti-money "
        "laundering lapses."
    )
    assert _party(body, "10000000") == "Equity Bank Kenya"
    body = "The regulator fined Stanbic Bank Uganda USh200 million for late reports."
    assert _party(body, "200000000") == "Stanbic Bank Uganda"


def test_where_a_company_is_listed_describes_it_and_is_no_part_of_its_name() -> None:
    body = (
        "The Securities Commission Malaysia fined Bursa-listed Mega Jaya Holdings Bhd "
        "RM500,000 for false statements."
    )
    assert _party(body, "500000") == "Mega Jaya Holdings Bhd"
    body = "The SEC fined Nasdaq-listed Orbitix Inc $2 million for misleading investors."
    assert _party(body, "2000000") == "Orbitix Inc"


def test_a_sentence_opening_on_the_company_that_settles_names_it() -> None:
    body = (
        "Harbour Freight Logistics has settled with the Federal Maritime Commission, "
        "agreeing to pay $300,000 to resolve allegations of unlawful detention charges."
    )
    assert _party(body, "300000") == "Harbour Freight Logistics"
    body = (
        "Kiwi Home Loans Ltd has settled the Commerce Commission's case over its lending "
        "ads, paying NZ$250,000."
    )
    assert _party(body, "250000") == "Kiwi Home Loans Ltd"


def test_a_sentence_opening_on_the_company_that_will_appeal_names_it() -> None:
    body = (
        "Sunrise Telecom said it would appeal the NT$3 million fine imposed by the National "
        "Communications Commission."
    )
    assert _party(body, "3000000") == "Sunrise Telecom"
    body = (
        "Medline Pharma, the country's largest drug distributor, said it would challenge "
        "the Rs 12 crore penalty imposed by the Competition Commission of India."
    )
    assert _party(body, "120000000") == "Medline Pharma"


def test_a_sentence_opening_on_the_company_that_takes_a_penalty_names_it() -> None:
    # The penalty's amount between the article and the noun ("a £90,000 fine") and the ways
    # other copy says the company got it.
    for verb in (
        "faces a RM2,000,000 fine from",
        "was handed a RM2,000,000 fine by",
        "has been landed with a RM2,000,000 penalty by",
        "has accepted a RM2,000,000 penalty from",
        "incurred a RM2,000,000 fine from",
        "is challenging the RM2,000,000 fine imposed by",
        "has lodged an appeal against the RM2,000,000 fine imposed by",
    ):
        body = f"Tanjung Ferries Sdn Bhd {verb} the Malaysian Maritime Department."
        assert _party(body, "2000000") == "Tanjung Ferries Sdn Bhd", verb


def test_a_company_that_is_to_pay_is_the_party() -> None:
    body = "Kestrel Airways is to pay £90,000 after the Civil Aviation Authority found lapses."
    assert _party(body, "90000") == "Kestrel Airways"
