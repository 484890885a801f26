"""Which body acted and where: a name several countries' regulators share is the one of
the place the story is written from (its dateline town), not of a country it mentions in
passing. Articles invented for this test."""

from __future__ import annotations

from tests.test_facts_general import extract


def test_a_shared_name_is_the_dateline_towns_not_a_place_named_in_passing() -> None:
    body = (
        "BELMOPAN — The Financial Services Commission has fined Cayo Trust Services Ltd "
        "US$60,000 for failing to verify the owners of 22 client companies.\n\n"
        "The firm's former compliance officer, who has since moved to Jamaica, was not "
        "named in the decision."
    )
    facts = [f for f in extract(body, title="Trust firm fined") if f.amount]
    assert [(f.authority, f.jurisdiction) for f in facts] == [("FSC (BZ)", "BZ")]


def test_a_possessive_written_with_the_apostrophe_alone_is_not_in_the_name() -> None:
    body = (
        "Honduras' Ministry of Natural Resources and Environment on 14 May fined Aguan Palm "
        "Oil S.A. 3.2 million lempiras after effluent from its mill killed fish in the river."
    )
    facts = [f for f in extract(body, title="Palm oil mill fined") if f.amount]
    assert [(f.authority, f.jurisdiction) for f in facts] == [
        ("Ministry of Natural Resources and Environment", "HN")
    ]


def test_a_body_signing_as_its_press_service_published_the_article() -> None:
    body = (
        "On 12 March 2025 the Fuel and Energy Supervision Service under the Ministry of "
        "Energy of the Kyrgyz Republic (hereinafter — the Service) considered the results of "
        "inspections of filling stations in Osh.\n\n"
        "The Service imposed a fine of 180,000 som on Alai Oil LLC for selling petrol that "
        "did not meet the declared octane rating."
    )
    facts = extract(
        body,
        title="Results of inspections of filling stations",
        outlet="Fuel and Energy Supervision Service under the Ministry of Energy of the "
        "Kyrgyz Republic — press service",
    )
    assert [(f.authority, f.jurisdiction) for f in facts if f.amount] == [
        ("Fuel and Energy Supervision Service", "KG")
    ]


_ROUND_UP = """Our monthly round-up of water and food safety enforcement. Kenya's regulators were busiest in May.

**Kenya: county water company fined**

The Water Services Regulatory Board fined Kisumu Water and Sewerage Ltd KSh 2 million on 5 May for repeated supply cuts in Kenya's third city.

**Lake zone: bottler penalised over contamination**

The Lake Zone Water Quality Board (LZWQB) fined Victoria Springs Ltd TSh 15 million on 12 May after samples from its plant in Mwanza failed purity tests.

**Dairy fined over adulterated milk**

The Food Safety Authority of Sindh (FSAS) fined Indus Dairies Ltd PKR 500,000 on 20 May after inspectors in Karachi found milk diluted with water.
"""


def test_a_round_ups_item_is_of_the_country_its_own_item_names() -> None:
    facts = extract(_ROUND_UP, title="Water Watch — May round-up")
    got = {f.respondent.text: (f.authority, f.jurisdiction) for f in facts if f.amount}
    assert got["Victoria Springs Ltd"] == ("LZWQB", "TZ")
    assert got["Indus Dairies Ltd"] == ("FSAS", "PK-SD")


def test_an_entitys_own_regulator_is_the_entitys() -> None:
    body = (
        "TUZLA — The Securities Commission of the Federation of BiH fined brokerage Solana "
        "Invest d.d. KM 12.000 for executing orders without written client instructions."
    )
    facts = [f for f in extract(body, title="Broker fined") if f.amount]
    assert [(f.authority, f.jurisdiction) for f in facts] == [("KVP FBiH", "BA-BIH")]


def test_a_states_body_carrying_a_national_bodys_name_is_the_states() -> None:
    body = (
        "MONTERREY, May 7 — The Commission for the Protection against Sanitary Risks of the "
        "State of Nuevo León (Coprisnl) fined restaurant chain Cabritos del Norte S.A. de C.V. "
        "250,000 pesos after inspectors found spoiled meat in three of its kitchens. The "
        "federal Cofepris was not involved in the inspections."
    )
    facts = [f for f in extract(body, title="Restaurant chain fined") if f.amount]
    assert [f.jurisdiction for f in facts] == ["MX-NLE"]
    assert facts[0].authority != "Cofepris"


def test_the_body_the_story_refers_back_to_acts_in_a_later_section() -> None:
    body = (
        "BENGALURU — The Karnataka Electricity Regulatory Commission has fined Malnad Power "
        "Distribution Ltd ₹18 lakh for failing to restore supply within the standard times. "
        "The Commission said the licensee had ignored two warnings, and the Commission's order "
        "gives it 30 days to pay.\n\n"
        "**Background**\n\n"
        "The Central Electricity Authority (CEA) had flagged the licensee in a 2024 survey, "
        "and CEA norms set the restoration times it breached. CEA figures show outages in the "
        "district have doubled in three years.\n\n"
        "**Other orders**\n\n"
        "The Commission also fined Coastal Karnataka Power Ltd ₹4 lakh for late filing of its "
        "tariff petition."
    )
    facts = [f for f in extract(body, title="Discom fined over outages") if f.amount]
    assert [(f.authority, f.jurisdiction) for f in facts] == [("KERC", "IN-KA")] * 2


def test_a_place_describing_a_thing_is_no_regulator_acting() -> None:
    body = (
        "CARSON CITY — The Nevada Gaming Commission on Thursday approved a settlement with "
        "Linda Marsh, a former casino credit manager at the Opal Sands Casino.\n\n"
        "Marsh agreed to pay $40,000 and will not seek a Nevada gaming licence for five years."
    )
    facts = [f for f in extract(body, title="Former credit manager settles") if f.amount]
    assert [(f.authority, f.jurisdiction) for f in facts] == [("Nevada Gaming Commission", "US-NV")]


def test_it_imposing_is_the_body_named_just_before() -> None:
    body = (
        "**Who has penalised the insurer?**\n\n"
        "Two agencies. Florida's Office of Insurance Regulation (OIR), which licenses insurers "
        "in the state, filed an administrative complaint on Feb. 24 seeking an administrative "
        "fine of $84,000 against Gulfstream Mutual Insurance Co. The office cited seven "
        "violations of the claims handling rules.\n\n"
        "The Federal Emergency Management Agency (FEMA), which runs the flood programme the "
        "insurer sells, acted separately. In a letter dated March 5 it imposed a civil money "
        "penalty of $60,000 for the late filing of flood claims reports."
    )
    facts = [
        f for f in extract(body, title="Gulfstream: two regulators, two penalties") if f.amount
    ]
    assert [f.authority for f in facts] == ["Florida Office of Insurance Regulation", "FEMA"]
