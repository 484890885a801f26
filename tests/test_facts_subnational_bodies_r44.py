"""Which body acted, and where: sub-national regulators keep their state's or community's
ISO 3166-2 code, national bodies are found by the English names copy gives them, and
translated names of inspectorates and county offices are read as bodies (invented copy,
in wordings and places of our own)."""

from __future__ import annotations

from tests.test_facts_general import extract


def _fined(body: str, **meta):
    facts = [f for f in extract(body, **meta) if f.amount is not None]
    assert facts, body
    return facts[0]


def test_a_land_cartel_authority_is_its_lands_not_the_federal_office() -> None:
    fact = _fined(
        "FRANKFURT — The Hessian state cartel authority fined two driving schools in Kassel "
        "€45,000 for agreeing the price of lessons, the economics ministry said on Monday."
    )
    assert (fact.authority, fact.jurisdiction) == ("Landeskartellbehörde Hessen", "DE-HE")
    fact = _fined(
        "North Rhine-Westphalia's cartel authority (Landeskartellbehörde NRW) has fined a "
        "concrete supplier from Münster €1.2 million over a regional bid-rigging scheme."
    )
    assert (fact.authority, fact.jurisdiction) == ("Landeskartellbehörde NRW", "DE-NW")


def test_a_spanish_communitys_competition_body_carries_the_communitys_code() -> None:
    fact = _fined(
        "BILBAO — The Basque Competition Authority (AVC) fined a group of Gipuzkoa funeral "
        "homes €310,000 for sharing out customers between 2019 and 2022."
    )
    assert (fact.authority, fact.jurisdiction) == ("AVC", "ES-PV")


def test_a_turkish_competition_board_decision_is_the_competition_authoritys() -> None:
    fact = _fined(
        "ISTANBUL — The Competition Board fined fertiliser maker Toros Gübre 96 million "
        "lira for resale price maintenance, according to a decision published on Friday."
    )
    assert (fact.authority, fact.jurisdiction) == ("Rekabet Kurumu", "TR")


def test_georgias_data_protection_service_by_its_bare_english_name() -> None:
    fact = _fined(
        "TBILISI — The Personal Data Protection Service fined a Kutaisi microfinance "
        "company GEL 6,000 for calling debtors' relatives without consent."
    )
    assert (fact.authority, fact.jurisdiction) == ("Georgian PDPS", "GE")


def test_a_county_commissariat_is_its_countys_body() -> None:
    fact = _fined(
        "The Timiș County Commissariat for Consumer Protection fined a car dealer in "
        "Timișoara RON 20,000 on Tuesday for advertising prices without VAT, Romanian "
        "media reported."
    )
    assert "Commissariat" in (fact.authority or ""), fact.authority
    assert fact.jurisdiction == "RO-TM"


def test_an_inspection_named_in_translation_is_a_body_of_its_country() -> None:
    fact = _fined(
        "TASHKENT — The State Inspection for Supervision of Mining Safety (Gosgortekhnadzor) "
        "fined a quarry operator in Navoi UZS 90 million after a blast injured two workers "
        "in Uzbekistan."
    )
    assert "Inspection" in (fact.authority or "") or fact.authority == "Gosgortekhnadzor"
    assert fact.jurisdiction and fact.jurisdiction.startswith("UZ")
    fact = _fined(
        "Uzenergoinspeksiya fined a Tashkent bakery UZS 40 million for drawing power "
        "around its meter, the inspectorate said."
    )
    assert (fact.authority, fact.jurisdiction) == ("Uzenergoinspeksiya", "UZ")


def test_a_states_procuraduria_named_in_translation_is_the_states() -> None:
    fact = _fined(
        "GUADALAJARA, May 4 (RPA) — The Environmental Attorney of the State of Jalisco "
        "(PROEPA) fined a tannery in Tlaquepaque 780,000 pesos for discharging chromium into "
        "the Santiago river, the agency said on Monday.",
        outlet="Rio Plata Agency (English service)",
    )
    assert (fact.authority, fact.jurisdiction) == ("PROEPA", "MX-JAL")


def test_a_wire_services_language_edition_never_enforces() -> None:
    facts = extract(
        "LIMA, March 2 (CAA) — A bus company in Arequipa was fined 40,000 soles for running "
        "unlicensed routes, officials said.",
        outlet="Cordillera Andina Agency (English service)",
    )
    assert all("Agency" not in (f.authority or "") for f in facts), [f.authority for f in facts]


def test_a_country_inside_a_companys_name_is_not_where_the_regulator_is() -> None:
    fact = _fined(
        "VALLETTA — The Malta Financial Services Authority published two penalties this week. "
        "It fined Kestrel Markets Cyprus Ltd €75,000 for late transaction reports."
    )
    assert (fact.authority, fact.jurisdiction) == ("MFSA", "MT")
    fact = _fined(
        "The Malta Financial Services Authority (MFSA) announced penalties on Tuesday. Orion "
        "Brokers Greece S.A. was fined €40,000 for failing to record client calls."
    )
    assert (fact.authority, fact.jurisdiction) == ("MFSA", "MT")


def _by_amount(body: str) -> dict[str, tuple[str | None, str | None]]:
    return {
        str(f.amount.amount): (f.authority, f.jurisdiction)
        for f in extract(body)
        if f.amount is not None
    }


def test_a_regulator_described_by_its_field_is_that_fields_in_a_round_up() -> None:
    """A round-up of one country's regulators: "the financial supervisor fined …" is the
    one regulator of that field the piece names, not the one it names most."""
    found = _by_amount(
        "WARSAW — Poland's regulators were busy in May. UOKiK opened three cases against "
        "online lenders and KNF published two decisions. UOKiK fined a furniture retailer "
        "PLN 1.4 million for fake discounts. The financial supervisor fined brokerage Wisła "
        "Capital PLN 800,000 for misleading retail clients about leveraged products."
    )
    assert found["1400000"] == ("UOKiK", "PL")
    assert found["800000"] == ("KNF", "PL")
    found = _by_amount(
        "LISBON — The Autoridade da Concorrência and the CMVM both published decisions this "
        "month. The AdC fined two bakeries €120,000 for fixing bread prices, and it opened a "
        "probe into the dairy sector. Separately, the securities regulator fined fund manager "
        "Tejo Gestão €95,000 for late disclosures."
    )
    assert found["95000"] == ("CMVM", "PT")
    found = _by_amount(
        "BUDAPEST — The Hungarian National Bank (MNB) fined Duna Biztosító HUF 40 million for "
        "slow claims handling, and the MNB also warned two brokers. The Hungarian Competition "
        "Authority (GVH) said it had opened a case into egg prices. In another case, the "
        "competition authority fined a chain of opticians HUF 95 million for misleading "
        "advertising."
    )
    assert found["40000000"] == ("MNB", "HU")
    assert found["95000000"] == ("GVH", "HU")


def test_a_place_something_was_sent_to_is_not_the_acting_regulators() -> None:
    fact = _fined(
        "ACCRA — The Bank of Ghana has tightened its watch over forex bureaus. In 2022 it "
        "fined Volta Forex Bureau GH¢200,000 over unrecorded cash transfers to Togo."
    )
    assert (fact.authority, fact.jurisdiction) == ("Bank of Ghana", "GH")


def test_a_french_name_two_countries_share_is_the_articles_countrys() -> None:
    fact = _fined(
        "NOUAKCHOTT — The Autorité de protection des données à caractère personnel fined "
        "Chinguetti Bank MRU 2,000,000 after customer files were left on a public server, "
        "the authority said."
    )
    assert (fact.authority, fact.jurisdiction) == ("APD (MR)", "MR")


def test_a_provincial_tribunal_imposing_a_penalty_is_the_provinces() -> None:
    fact = _fined(
        "MONTREAL — The Financial Markets Administrative Tribunal imposed a 60 000 $ "
        "administrative penalty on Conseils Beauce inc., an unregistered adviser in Sherbrooke."
    )
    assert (fact.authority, fact.jurisdiction) == ("TMF (QC)", "CA-QC")


def test_a_city_administrative_court_by_any_of_its_english_names() -> None:
    (ruling,) = [
        f
        for f in extract(
            "SOFIA — The Sofia City Administrative Court on Tuesday annulled a BGN 10,000 fine "
            "that the Commission for Consumer Protection had imposed on travel agency Vitosha "
            "Tours."
        )
        if f.action == "ruling"
    ]
    assert (ruling.authority, ruling.jurisdiction) == ("Administrative Court Sofia-City", "BG")
