"""Enforcement bodies of every region, read through extract_facts on invented copy: a body
named as its own country's copy names it (a bare name several countries' bodies share, told
apart by the dateline, a demonym, the currency), regional unions' bodies under the union's
own code (as EU bodies are under "EU"), and a body referred back to by the head noun of its
name ("the bank") when another body was named in between."""

from __future__ import annotations

import pytest

from tests.test_facts_general import extract


def _who(body: str, title: str = "Enforcement news") -> set[tuple[str | None, str | None]]:
    facts = [f for f in extract(body, title=title) if f.amount or f.action]
    assert facts, "no fact read"
    return {(f.authority, f.jurisdiction) for f in facts}


# --- Names several countries' bodies share, settled by the article's country ---------------

SHARED = [
    # Financial Services Commission: Belize, Barbados, Jamaica, Mauritius, South Korea
    (
        "BELMOPAN, 4 March - The Financial Services Commission (FSC) has imposed an "
        "administrative penalty of BZ$80,000 on Orange Walk Securities Ltd for late filings.",
        "FSC (BZ)",
        "BZ",
    ),
    (
        "PORT LOUIS - The Financial Services Commission has fined Mauritian management company "
        "Lagoon Trust Ltd Rs 1.5 million for weak anti-money-laundering controls.",
        "FSC (MU)",
        "MU",
    ),
    (
        "SEOUL, June 2 (Yonhap) - The Financial Services Commission fined Hanbit Securities "
        "4.2 billion won for selling unregistered derivatives to Korean retail investors.",
        "FSC (KR)",
        "KR",
    ),
    (
        "ROAD TOWN, British Virgin Islands - The Financial Services Commission fined BVI "
        "trust company Tortola Fiduciary Ltd US$40,000 for record-keeping failures.",
        "BVI FSC",
        "VG",
    ),
    # National Telecommunications Regulatory Commission: the ECTEL states each have one
    (
        "CASTRIES, Saint Lucia - The National Telecommunications Regulatory Commission (NTRC) "
        "fined operator Pitons Mobile EC$50,000 for failing to meet quality-of-service targets.",
        "NTRC (LC)",
        "LC",
    ),
    (
        "ST. GEORGE'S, Grenada - The National Telecommunications Regulatory Commission fined "
        "Spice Isle Telecom EC$75,000 for late licence fees.",
        "NTRC (GD)",
        "GD",
    ),
    # Fair Trading Commission: Barbados, Jamaica, Trinidad and Tobago, Seychelles
    (
        "BRIDGETOWN, Barbados - The Fair Trading Commission (FTC) has fined Speightstown "
        "Appliances Inc. BDS$60,000 for misleading warranty claims.",
        "Fair Trading Commission (BB)",
        "BB",
    ),
    (
        "KINGSTON, Jamaica - The Fair Trading Commission has fined Half Way Tree Motors J$3 "
        "million for advertising vehicles as new when they had been rebuilt.",
        "Fair Trading Commission (JM)",
        "JM",
    ),
    (
        "VICTORIA, Seychelles - The Fair Trading Commission (FTC) fined supermarket chain "
        "Anse Royale Stores SCR 250,000 for failing to display prices.",
        "FTC (SC)",
        "SC",
    ),
    # ARCEP: France and six francophone African regulators
    (
        "OUAGADOUGOU - ARCEP has fined Burkinabe mobile operator Faso Mobile 500 million CFA "
        "francs for the poor quality of its network.",
        "ARCEP Burkina",
        "BF",
    ),
    (
        "LOMÉ, Togo - The Regulatory Authority for Electronic Communications and Posts "
        "(ARCEP) has fined mobile operator Lac Togo Telecom 300 million CFA francs over "
        "dropped calls.",
        "ARCEP Togo",
        "TG",
    ),
    (
        "PARIS - Arcep has fined French operator Hexafibre EUR 2 million for missing its "
        "fibre roll-out commitments.",
        "Arcep",
        "FR",
    ),
    # Conseil de la concurrence / Competition Council: Morocco, Algeria, Tunisia, Madagascar
    (
        "TUNIS - The Competition Council (Conseil de la concurrence) has fined Tunisian "
        "dairy group Laiterie du Sahel TND 900,000 for fixing milk prices.",
        "Conseil de la concurrence (TN)",
        "TN",
    ),
    (
        "ALGIERS - Algeria's telecoms market: the Conseil de la concurrence fined the "
        "Algerian distributor Sahara Froid DA 45 million for abusing its dominant position.",
        "Conseil de la concurrence (DZ)",
        "DZ",
    ),
    (
        "RABAT - The Conseil de la concurrence has fined Moroccan fuel distributor Atlas "
        "Carburants 120 million dirhams for sharing out customers.",
        "Conseil de la concurrence",
        "MA",
    ),
    # Competition Commission: Switzerland, India, South Africa, Hong Kong, Pakistan, Namibia, …
    (
        "WINDHOEK, Namibia - The Competition Commission has fined Namibian fuel distributor "
        "Kalahari Oil N$2.4 million for implementing a merger without approval.",
        "NaCC",
        "NA",
    ),
    (
        "JOHANNESBURG - The Competition Commission fined South African poultry producer "
        "Highveld Chickens R12 million for fixing prices.",
        "Competition Commission (ZA)",
        "ZA",
    ),
    # Telecommunications Regulatory Authority: Bahrain, Oman, Lebanon
    (
        "MUSCAT - The Telecommunications Regulatory Authority fined Omani operator Sahel "
        "Mobile OMR 150,000 for failing to meet coverage obligations.",
        "TRA (OM)",
        "OM",
    ),
    # National Competition Commission: Senegal, Cameroon, Paraguay
    (
        "ASUNCIÓN, Paraguay - The National Competition Commission fined Paraguayan cement "
        "maker Cementos del Chaco 4,000 million guaraníes for sharing out customers.",
        "CONACOM",
        "PY",
    ),
    (
        "ANTANANARIVO, Madagascar - The Competition Council fined rice importer Vary Soa "
        "SARL 800 million ariary for fixing prices with two rivals.",
        "Conseil de la concurrence (MG)",
        "MG",
    ),
]


@pytest.mark.parametrize(("body", "authority", "jurisdiction"), SHARED)
def test_a_shared_name_is_the_body_of_the_article_s_country(
    body: str, authority: str, jurisdiction: str
) -> None:
    assert _who(body) == {(authority, jurisdiction)}


def test_a_financial_intelligence_unit_of_another_country_is_not_sri_lanka_s() -> None:
    found = _who(
        "PORT OF SPAIN - The Financial Intelligence Unit has fined Trinidadian money "
        "remitter Carib Send Ltd TT$250,000 for failing to file suspicious transaction reports."
    )
    assert ("FIU Sri Lanka", "LK") not in found


# --- Listed bodies across regions -----------------------------------------------------------

LISTED = [
    (
        "LUANDA - Angola's National Consumer Protection Institute (INADEC) has fined the "
        "Mercados Kianda chain 30 million kwanzas for selling expired products.",
        "INADEC",
        "AO",
    ),
    (
        "NASSAU - The Consumer Protection Commission (The Bahamas) fined Bay Street "
        "Electronics B$25,000 for refusing refunds.",
        "Consumer Protection Commission (BS)",
        "BS",
    ),
    (
        "GEORGETOWN, Guyana - The Guyana Energy Agency has fined Berbice Fuels Inc. G$4 "
        "million for selling adulterated gasoline.",
        "GEA (GY)",
        "GY",
    ),
    (
        "AUSTIN, Texas - The Texas Commission on Environmental Quality fined Gulf Coast "
        "Refining LLC $1.2 million for air permit violations.",
        "TCEQ",
        "US-TX",
    ),
    (
        "The Kansas Department of Health and Environment fined feedlot operator Prairie "
        "Cattle Co. $85,000 for discharging waste into a creek.",
        "KDHE",
        "US-KS",
    ),
    (
        "The Oklahoma Department of Securities fined Tulsa broker Red Earth Capital $150,000 "
        "for selling unregistered notes.",
        "Oklahoma Department of Securities",
        "US-OK",
    ),
    (
        "HOBART - WorkSafe Tasmania fined construction firm Derwent Build Pty Ltd A$90,000 "
        "after a worker fell from scaffolding.",
        "WorkSafe Tasmania",
        "AU-TAS",
    ),
]


@pytest.mark.parametrize(("body", "authority", "jurisdiction"), LISTED)
def test_a_listed_body_is_read_with_its_country(
    body: str, authority: str, jurisdiction: str
) -> None:
    assert _who(body) == {(authority, jurisdiction)}


# --- Regional unions' bodies carry the union's code --------------------------------------------

UNIONS = [
    (
        "LILONGWE - The COMESA Competition Commission has fined Zambian miller Kafue Grain "
        "US$ 150,000 for implementing a merger before it was approved.",
        "COMESA Competition Commission",
        "COMESA",
    ),
    (
        "DAKAR - The BCEAO fined Senegalese bank Banque du Fleuve 75 million CFA francs for "
        "breaching foreign exchange rules.",
        "BCEAO",
        "WAEMU",
    ),
    (
        "LIBREVILLE - COBAC has fined Gabonese lender Banque de l'Estuaire 120 million CFA "
        "francs for breaching prudential ratios.",
        "COBAC",
        "CEMAC",
    ),
    (
        "BASSETERRE - The Eastern Caribbean Central Bank fined Nevis Mutual Bank EC$200,000 "
        "for breaching its liquidity requirements.",
        "ECCB",
        "ECCU",
    ),
]


@pytest.mark.parametrize(("body", "authority", "jurisdiction"), UNIONS)
def test_a_union_s_body_has_the_union_s_code(body: str, authority: str, jurisdiction: str) -> None:
    assert _who(body) == {(authority, jurisdiction)}


# --- Must not fire ------------------------------------------------------------------------------


def test_a_us_ftc_story_stays_the_us_ftc() -> None:
    assert _who(
        "WASHINGTON - The Federal Trade Commission (FTC) fined data broker Kinetic Leads "
        "$5 million for selling consumers' location data.\n\nThe FTC also ordered the company "
        "to delete the data."
    ) == {("FTC", "US")}


def test_a_french_arcep_story_stays_french_without_a_dateline() -> None:
    assert _who(
        "Telecoms regulator Arcep fined operator Ondes Mobiles EUR 1.5 million for missing "
        "its coverage obligations."
    ) == {("Arcep", "FR")}


def test_a_company_named_like_an_agency_s_acronym_is_no_agency() -> None:
    facts = extract(
        "The Bundeskartellamt fined German engineering group GEA AG EUR 3 million for taking "
        "part in a cartel."
    )
    assert {f.authority for f in facts} == {"Bundeskartellamt"}
