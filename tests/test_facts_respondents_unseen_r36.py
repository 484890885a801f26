"""Who each fact is against, where copy names several parties or refers back to one.

Every article here is invented (regulators' cases, companies, people, sums): a list of a
company and its officers, each with its sum "respectively"; a lead that describes the party
as the object of the regulator's act and names it in the next sentence; a paragraph opening
on a title; the bank fined beside another party and ordered after; a company described by a
carrier's noun whose name reads like a person's; a party the sentence before names, by a
company's name or as the one asked about.
"""

from __future__ import annotations

from tests.test_facts_general import by_amount, extract


def _who(facts, amount: str) -> str | None:
    fact = by_amount(facts, amount)
    return fact.respondent.text if fact.respondent else None


def test_a_company_and_its_officers_listed_by_role_each_take_their_sum() -> None:
    facts = extract(
        "The Capital Markets Authority said on Tuesday that it had ordered Nile Ridge "
        "Securities Ltd., its managing director Amina Okello and compliance officer Peter "
        "Mwangi to pay penalties of KSh 5 million, KSh 2 million and KSh 500,000 respectively."
    )
    assert _who(facts, "5000000") == "Nile Ridge Securities Ltd"
    assert _who(facts, "2000000") == "Amina Okello"
    assert _who(facts, "500000") == "Peter Mwangi"


def test_a_lead_s_object_described_is_the_company_the_next_sentence_names() -> None:
    body = (
        "WOLLONGONG — State environment regulators have fined a Port Kembla coke plant "
        "$450,000 over dust emissions and ordered the company to fit new filters by June.\n\n"
        "The Environment Protection Authority issued the penalty notice to Illawarra Coke "
        "Works Pty Ltd on Tuesday, the authority said."
    )
    facts = extract(body, title="State hits Wollongong coke plant with $450,000 penalty")
    assert _who(facts, "450000") == "Illawarra Coke Works Pty Ltd"
    orders = [f for f in facts if f.action == "order" and f.start < body.index("\n\n")]
    assert orders and all(f.respondent.text == "Illawarra Coke Works Pty Ltd" for f in orders)


def test_an_earlier_owner_named_between_commas_after_its_legal_form_is_the_party() -> None:
    facts = extract(
        "In 2019 the agency fined the site's former operator, Coastal Resins Inc., $40,000 "
        "for failing to keep discharge records."
    )
    assert _who(facts, "40000") == "Coastal Resins Inc"


def test_a_paragraph_opening_on_a_title_is_no_party() -> None:
    body = (
        "The Ghana Environmental Protection Authority has fined Obuasi Gravel Works Ltd "
        "GH₵900,000 after a settling pond collapsed into the Offin River.\n\n"
        "Prof. Mensah said the company must also repair the pond and remove the silt from "
        "the riverbank within 60 days."
    )
    facts = extract(body, title="Gravel firm fined over river spill")
    orders = [f for f in facts if f.action == "order"]
    assert orders and all(f.respondent.text.startswith("Obuasi Gravel Works") for f in orders)


def test_the_bank_fined_beside_another_party_is_the_bank_ordered_after() -> None:
    body = (
        "The data protection office fined the bank 60.000 euros and Seguros Tramuntana "
        "12.000 euros. It also ordered the bank to make sure that Tramuntana deleted the "
        "customer files it had received."
    )
    facts = extract(body, title="Data regulator fines Banc Vallnord over customer files")
    assert _who(facts, "60000") == "Banc Vallnord"
    assert _who(facts, "12000") == "Seguros Tramuntana"
    orders = [f for f in facts if f.action == "order"]
    assert [f.respondent.text for f in orders] == ["Banc Vallnord"]


def test_a_carrier_whose_name_reads_like_a_person_s_is_the_carrier_ordered() -> None:
    body = (
        "The civil aviation authority has fined seaplane operator Coral Wings Ltd MVR 900,000 "
        "for gaps in its maintenance records.\n\n"
        "In the same statement the authority said it had fined regional carrier Reef Air MVR "
        "150,000 for late refunds. Reef Air paid the fine on Monday, the authority said. "
        "The carrier was also ordered to refund all affected "
        "passengers within 30 days."
    )
    facts = extract(body, title="Coral Wings fined MVR 900,000")
    orders = [f for f in facts if f.action == "order"]
    assert [f.respondent.text for f in orders] == ["Reef Air"]


def test_the_dealer_is_the_company_the_sentence_before_names() -> None:
    body = (
        "**Who was fined?**\n\n"
        "The main case concerns Harbour View Motors Ltd, one of the largest used-car "
        "importers in Suva. On 3 March the commission fined the dealer FJ$40,000 for "
        "advertising a warranty it did not honour.\n\n"
        "Separately, the commission fined Lautoka Hardware Ltd FJ$5,000 for unmarked prices. "
        "Lautoka Hardware Ltd has paid."
    )
    facts = extract(body, title="Explainer: the commission's recent fines")
    assert _who(facts, "40000") == "Harbour View Motors Ltd"


def test_the_bank_asked_about_in_the_sentence_before_is_the_bank_fined() -> None:
    body = (
        "### Rwanda: microlender fined\n\n"
        "The central bank fined Umurage Credit Ltd RWF 30 million for weak customer checks. "
        "The lender paid within a week.\n\n"
        "### Looking back\n\n"
        "A reader asked whether the central bank has fined Kivu Savings Bank before. It has: "
        "in 2022 the bank was fined RWF 12 million for late reports."
    )
    facts = extract(body, title="Newsletter: central bank penalties")
    assert _who(facts, "12000000") == "Kivu Savings Bank"


def test_a_regulator_fining_an_unnamed_business_names_no_party() -> None:
    facts = extract("Separately, the regulator fined a pharmacy chain NZ$40,000 for mislabelling.")
    assert _who(facts, "40000") is None


def test_the_company_is_never_the_person_the_sentence_before_fined() -> None:
    body = (
        "**Who was fined?**\n\n"
        "Trader Ana Whetu was fined NZ$90,000 for ramping the shares of Kauri Timber Ltd. The "
        "company itself was fined NZ$30,000 for disclosing a loan late."
    )
    facts = extract(body, title="Explainer: the market regulator's latest fines")
    assert _who(facts, "30000") == "Kauri Timber Ltd"


def test_a_lead_s_object_is_named_by_a_next_sentence_with_an_irregular_verb() -> None:
    body = (
        "KISUMU — The county has fined a lakeside hotel KSh 500,000 and ordered the business "
        "to close its kitchen.\n\n"
        "Lakeview Resort Ltd was found to have discharged sewage into the lake."
    )
    facts = extract(body, title="Kisumu hotel fined over sewage")
    assert {f.respondent.text for f in facts if f.respondent} == {"Lakeview Resort Ltd"}
    assert _who(facts, "500000") == "Lakeview Resort Ltd"


def test_an_unnamed_business_fined_in_an_earlier_case_is_not_the_story_s_party() -> None:
    body = (
        "The Consumer Council has fined Kibo Supermarkets Ltd TSh 40 million for selling "
        "expired goods.\n\n"
        "It is not the first time the council has acted. Last year it fined a phone importer "
        "TSh 5 million for selling handsets without a warranty."
    )
    facts = extract(body, title="Kibo Supermarkets fined TSh 40 million")
    assert _who(facts, "40000000") == "Kibo Supermarkets Ltd"
    assert by_amount(facts, "40000000").date is None
    assert _who(facts, "5000000") is None
