"""Regulators and laws from the data files, recognised in invented enforcement news.

Each sentence is made up (companies, amounts and wording are not from any article); it names a
regulator the way the press does (acronym, official name, English name or a country's
possessive) and must resolve, through the real lexicon and the real extractor, to the right
authority and country.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.lexicon import lexicon
from assistant.provisions import find_instruments
from tests.test_facts_general import extract


def named_authorities(text: str) -> set[str]:
    """The authority ids the lexicon finds in `text`."""
    return {m.key for m in lexicon().mentions(text) if m.kind == "authority"}


def fine_of(body: str, amount: str):
    """The one fine of `amount` the extractor finds in `body`."""
    found = [f for f in extract(body) if f.amount and f.amount.amount == Decimal(amount)]
    assert len(found) == 1, [(f.action, f.authority, f.amount) for f in extract(body)]
    return found[0]


# --- Australia: ACMA and the laws it enforces ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Australian Communications and Media Authority issued a formal warning to Tallow Bay Pty Ltd.",
        "ACMA said the retailer had sent 9,400 texts without an unsubscribe link.",
    ],
)
def test_acma_is_recognised(text: str) -> None:
    assert named_authorities(text) == {"ACMA"}
    assert lexicon().authorities["ACMA"].jurisdiction == "AU"


def test_acma_spam_fine_cites_the_spam_act_with_or_without_its_year() -> None:
    body = (
        "The ACMA has fined Wattlegrove Energy Pty Ltd A$415,000 for sending marketing emails "
        "without consent, in breach of the Spam Act. The regulator found the messages breached "
        "section 16 of the Spam Act 2003."
    )
    fine = fine_of(body, "415000")
    assert (fine.authority, fine.jurisdiction) == ("ACMA", "AU")
    assert fine.amount.currency == "AUD"
    assert {"Spam Act 2003", "Spam Act 2003 Sec. 16"} <= {p.text for p in fine.provisions}


@pytest.mark.parametrize(
    "text,instrument",
    [
        (
            "It contravened the Do Not Call Register Act by calling listed numbers.",
            "Do Not Call Register Act 2006",
        ),
        (
            "The provider breached the Telecommunications Act 1997 (Cth).",
            "Telecommunications Act 1997",
        ),
        (
            "It failed to follow the TCP Code's complaint-handling rules.",
            "Telecommunications Consumer Protections Code",
        ),
        (
            "The ACMA directed the reseller to comply with the Telecommunications Consumer Protections Code.",
            "Telecommunications Consumer Protections Code",
        ),
        # The US statute keeps its own name: "CAN-SPAM Act" is not Australia's Spam Act.
        ("The FTC said the mailer violated the CAN-SPAM Act.", "CAN-SPAM"),
    ],
)
def test_australian_telecoms_instruments(text: str, instrument: str) -> None:
    assert [i for i, _, _ in find_instruments(text)] == [instrument]


# --- Telecoms and media regulators -----------------------------------------------------------


@pytest.mark.parametrize(
    "text,authority,country",
    [
        ("Germany's Bundesnetzagentur imposed a penalty on a call centre.", "BNetzA", "DE"),
        ("The BNetzA said the cold calls were made without consent.", "BNetzA", "DE"),
        ("Arcep put the operator on formal notice.", "Arcep", "FR"),
        ("ComReg secured convictions against the mobile operator.", "ComReg", "IE"),
        ("The Commission for Communications Regulation brought the case.", "ComReg", "IE"),
        ("UKE fined the operator for breaching number portability rules.", "UKE", "PL"),
        ("The BIPT imposed an administrative fine on the operator.", "BIPT", "BE"),
        ("Selon l'annonce, IBPT a infligé une amende à l'opérateur.", "BIPT", "BE"),
        ("ANACOM fined the operator for failing to publish its prices.", "ANACOM", "PT"),
        ("The PTS ordered the carrier to restore the service.", "PTS", "SE"),
        ("Nkom fined the telecoms company NOK 1.5 million.", "Nkom", "NO"),
        ("Traficom ordered the operator to fix its network.", "Traficom", "FI"),
        ("The Czech Telecommunication Office (ČTÚ) fined the provider.", "ČTÚ", "CZ"),
        ("The NMHH fined the broadcaster.", "NMHH", "HU"),
        ("ANCOM fined the provider RON 200,000.", "ANCOM", "RO"),
        ("HAKOM ordered the operator to refund its users.", "HAKOM", "HR"),
        ("AKOS fined the operator.", "AKOS", "SI"),
        ("The EETT imposed fines on two operators.", "EETT", "GR"),
        ("Η ΕΕΤΤ επέβαλε πρόστιμο.", "EETT", "GR"),
        ("The RRT fined the company for spam messages.", "RRT", "LT"),
        ("The CRTC issued an administrative monetary penalty to the sender.", "CRTC", "CA"),
        (
            "The Canadian Radio-television and Telecommunications Commission fined the firm.",
            "CRTC",
            "CA",
        ),
        ("TRAI directed operators to block unregistered telemarketers.", "TRAI", "IN"),
        ("Anatel fined the carrier BRL 3 million.", "Anatel", "BR"),
        ("The IFT sanctioned the operator.", "IFT", "MX"),
        ("ICASA fined the broadcaster R500,000.", "ICASA", "ZA"),
        ("The IMDA fined the telco S$400,000.", "IMDA", "SG"),
        ("OFCA said the operator breached its licence.", "OFCA", "HK"),
        ("The BTK imposed an administrative fine on the operator.", "BTK", "TR"),
        ("RTÜK fined the streaming platform.", "RTÜK", "TR"),
        ("The Korea Communications Commission fined the app store operator.", "KCC", "KR"),
        (
            "The eSafety Commissioner issued an infringement notice to the platform.",
            "eSafety Commissioner",
            "AU",
        ),
    ],
)
def test_telecoms_regulators(text: str, authority: str, country: str) -> None:
    assert named_authorities(text) == {authority}
    assert lexicon().authorities[authority].jurisdiction == country
    assert lexicon().authorities[authority].kind in {"telecoms", "government"}


@pytest.mark.parametrize(
    "text,authority",
    [
        ("Portugal's National Communications Authority fined the operator.", "ANACOM"),
        ("Ghana's National Communications Authority fined the operator.", "NCA (GH)"),
    ],
)
def test_a_shared_english_name_is_the_named_countrys_regulator(text: str, authority: str) -> None:
    assert named_authorities(text) == {authority}


@pytest.mark.parametrize(
    "text",
    [
        # Acronyms left out because they name other things in the same kind of news.
        "NCC Group said the breach exposed customer records.",
        "The MCA fined the company under the Companies Act.",
        "The EU sanctioned RTR Planeta and three other channels.",
        "The complaint invoked the CRC, the children's rights convention.",
    ],
)
def test_risky_acronyms_name_no_regulator(text: str) -> None:
    assert named_authorities(text) == set()


def test_polish_telecoms_fine_is_ukes() -> None:
    body = (
        "Poland's Office of Electronic Communications (UKE) has fined the mobile operator "
        "Vistula Mobile Sp. z o.o. PLN 2.4 million for charging customers for services they "
        "had not ordered."
    )
    fine = fine_of(body, "2400000")
    assert (fine.authority, fine.jurisdiction) == ("UKE", "PL")
    assert fine.amount.currency == "PLN"


def test_canadian_anti_spam_fine_is_the_crtcs_under_casl() -> None:
    body = (
        "The CRTC imposed a C$150,000 administrative monetary penalty on Maplebrook Deals Inc. "
        "for sending commercial emails without consent, in violation of Canada's Anti-Spam "
        "Legislation."
    )
    fine = fine_of(body, "150000")
    assert (fine.authority, fine.jurisdiction) == ("CRTC", "CA")
    assert "CASL" in {p.text for p in fine.provisions}


def test_the_us_telecommunications_act_is_not_australias() -> None:
    text = "The carrier was accused of violating the Telecommunications Act of 1996."
    assert "Telecommunications Act 1997" not in [i for i, _, _ in find_instruments(text)]


def test_new_zealand_spam_law() -> None:
    text = "The sender breached the Unsolicited Electronic Messages Act 2007."
    assert [i for i, _, _ in find_instruments(text)] == ["Unsolicited Electronic Messages Act 2007"]


# --- Competition and consumer protection authorities ----------------------------------------


@pytest.mark.parametrize(
    "text,authority,country",
    [
        ("Spain's CNMC fined the telecom operator Ribera Telecom S.A.", "CNMC", "ES"),
        (
            "The Comisión Nacional de los Mercados y la Competencia opened proceedings.",
            "CNMC",
            "ES",
        ),
        ("UOKiK fined the lender for unfair contract terms.", "UOKiK", "PL"),
        ("The President of UOKiK imposed a penalty.", "UOKiK", "PL"),
        ("The ÚOHS fined the retail chain.", "ÚOHS", "CZ"),
        ("Hungary's GVH fined the online marketplace.", "GVH", "HU"),
        ("The ANPC fined the supermarket chain RON 50,000.", "ANPC", "RO"),
        (
            "The Hellenic Competition Commission fined the cartel members.",
            "Hellenic Competition Commission",
            "GR",
        ),
        (
            "Konkurrensverket sued the company in the Patent and Market Court.",
            "Konkurrensverket",
            "SE",
        ),
        (
            "Forbrukertilsynet ordered the gym chain to stop the practice.",
            "Forbrukertilsynet",
            "NO",
        ),
        (
            "Forbrugerombudsmanden reported the webshop to the police.",
            "Forbrugerombudsmanden",
            "DK",
        ),
        ("The CCPC prosecuted the trader.", "CCPC", "IE"),
        ("Austria's BWB applied for a fine at the Cartel Court.", "BWB", "AT"),
        (
            "The Belgian Competition Authority imposed a fine.",
            "Belgian Competition Authority",
            "BE",
        ),
        (
            "The Autoridade da Concorrência fined the distributors.",
            "Autoridade da Concorrência",
            "PT",
        ),
        (
            "The Competition Bureau reached a settlement with the retailer.",
            "Competition Bureau",
            "CA",
        ),
        ("CADE fined the fuel distributors.", "CADE", "BR"),
        ("Senacon fined the airline BRL 9 million.", "Senacon", "BR"),
        ("COFECE fined the pharmaceutical distributors.", "COFECE", "MX"),
        ("Profeco fined the airline.", "Profeco", "MX"),
        ("The CCI imposed a penalty of ₹213 crore.", "CCI", "IN"),
        ("The Competition Commission of India fined the platform.", "CCI", "IN"),
        ("The Rekabet Kurumu fined the search engine.", "Rekabet Kurumu", "TR"),
        ("The CCCS fined the travel platform.", "CCCS", "SG"),
        (
            "The Commerce Commission filed charges against the retailer.",
            "Commerce Commission",
            "NZ",
        ),
        ("The FCCPC fined the social media company $220 million.", "FCCPC", "NG"),
        ("SAMR fined the e-commerce group.", "SAMR", "CN"),
        ("Indecopi fined the bank.", "Indecopi", "PE"),
        ("The Consumer Affairs Agency issued a surcharge order.", "Consumer Affairs Agency", "JP"),
    ],
)
def test_competition_and_consumer_authorities(text: str, authority: str, country: str) -> None:
    assert named_authorities(text) == {authority}
    assert lexicon().authorities[authority].jurisdiction == country
    assert lexicon().authorities[authority].kind in {"competition", "consumer_protection"}


@pytest.mark.parametrize(
    "text,authority",
    [
        (
            "South Africa's Competition Commission referred the case to the Tribunal.",
            "Competition Commission (ZA)",
        ),
        (
            "In Hong Kong, the Competition Commission brought proceedings.",
            "Competition Commission (HK)",
        ),
        ("The Swiss Competition Commission fined the banks.", "COMCO"),
        ("The Competition Commission fined the Swiss banks.", "COMCO"),
        ("In India, the Competition Commission fined the platform.", "CCI"),
        ("Latvia's Competition Council fined the retailers.", "Konkurences padome"),
        ("Lithuania's Competition Council fined the retailers.", "Konkurencijos taryba"),
        ("The Romanian Competition Council fined the banks.", "Consiliul Concurenței"),
        ("The Competition Council of Romania fined the banks.", "Consiliul Concurenței"),
        ("Sweden's KKV fined the asphalt companies.", "Konkurrensverket"),
        ("Finland's KKV fined the asphalt companies.", "KKV (FI)"),
        ("The Swedish Consumer Ombudsman sued the retailer.", "Konsumentverket"),
        ("In Denmark, the Consumer Ombudsman criticised the webshop.", "Forbrugerombudsmanden"),
    ],
)
def test_shared_names_resolve_by_the_country_named(text: str, authority: str) -> None:
    assert named_authorities(text) == {authority}


def test_a_shared_name_with_no_country_names_every_holder() -> None:
    """Nothing in the sentence says which country: the caller (the article) decides."""
    holders = {
        "COMCO",
        "CCI",
        "CCP",
        "Competition Commission (ZA)",
        "Competition Commission (HK)",
        "Eswatini Competition Commission",
        "CCM (MU)",
        "NaCC",
        "BCC (BD)",
        "Myanmar Competition Commission",
        "Cambodia Competition Commission",
        "BCCC (MV)",
    }
    assert named_authorities("The Competition Commission opened an inquiry.") == holders


@pytest.mark.parametrize(
    "text",
    [
        "The ADC payload was licensed to a biotech.",  # Portugal's "AdC"
        "The BMA said doctors' data had leaked.",  # Belgium's competition authority
        "The CCPA gives Californians a right to delete.",  # India's consumer authority
        "The CAA fined the airline for late refunds.",  # Japan's Consumer Affairs Agency
        "The Illinois Commerce Commission approved the rate case.",  # not New Zealand's
    ],
)
def test_other_bodies_acronyms_are_not_these_authorities(text: str) -> None:
    assert not named_authorities(text) & {
        "Autoridade da Concorrência",
        "Belgian Competition Authority",
        "Central Consumer Protection Authority",
        "Consumer Affairs Agency",
        "Commerce Commission",
    }


def test_spanish_telecom_fine_is_the_cnmcs() -> None:
    body = (
        "Spain's CNMC fined the telecom operator Ribera Telecom S.A. €1.2 million for "
        "switching customers' contracts without their consent."
    )
    fine = fine_of(body, "1200000")
    assert (fine.authority, fine.jurisdiction) == ("CNMC", "ES")
    assert fine.amount.currency == "EUR"


def test_south_african_article_reads_the_shared_name_as_its_commission() -> None:
    body = (
        "The Competition Commission has fined Karoo Freight (Pty) Ltd R12 million for price "
        "fixing. The South African regulator said the company had admitted the conduct."
    )
    fine = fine_of(body, "12000000")
    assert (fine.authority, fine.jurisdiction) == ("Competition Commission (ZA)", "ZA")


def test_new_zealand_commerce_commission_case() -> None:
    body = (
        "Kauri Home Appliances Ltd was fined NZ$480,000 in the Auckland District Court in a case "
        "brought by the Commerce Commission for misleading customers about their consumer "
        "guarantee rights."
    )
    fine = fine_of(body, "480000")
    assert (fine.authority, fine.jurisdiction) == ("Commerce Commission", "NZ")


# --- More data protection authorities --------------------------------------------------------


@pytest.mark.parametrize(
    "text,authority,country",
    [
        (
            "The Tanzanian Personal Data Protection Commission fined the hospital.",
            "Tanzania PDPC",
            "TZ",
        ),
        ("Serbia's Poverenik ordered the retailer to delete the data.", "Poverenik", "RS"),
    ],
)
def test_more_data_protection_authorities(text: str, authority: str, country: str) -> None:
    assert named_authorities(text) == {authority}
    assert lexicon().authorities[authority].jurisdiction == country
    assert lexicon().authorities[authority].kind == "data_protection"


def test_serbia_is_a_place() -> None:
    assert lexicon().places("A Serbian bank was fined.") == frozenset({"RS"})


def test_pdpc_alone_stays_singapores_or_thailands() -> None:
    assert named_authorities("Singapore's PDPC fined the clinic.") == {"PDPC"}
    assert "Tanzania PDPC" not in named_authorities("The PDPC fined the clinic.")


@pytest.mark.parametrize(
    "text,authority,country",
    [
        ("The ADAE fined the mobile operator over the interception of calls.", "ADAE", "GR"),
        ("The Secretaría Anticorrupción y Buen Gobierno fined the lender.", "SABG", "MX"),
    ],
)
def test_privacy_enforcers_of_another_kind(text: str, authority: str, country: str) -> None:
    """Greece's communications privacy authority and Mexico's ministry enforce privacy law but
    are not the country's data protection authority, which a place alone still names."""
    assert named_authorities(text) == {authority}
    assert lexicon().authorities[authority].jurisdiction == country
    assert lexicon().authorities[authority].kind != "data_protection"
    national = {"GR": "HDPA", "MX": "INAI"}[country]
    assert [a.id for a in lexicon().data_protection_authorities(country)] == [national]


def test_a_countrys_data_protection_authority_is_still_named_from_the_place() -> None:
    body = (
        "Greece's data protection authority fined the courier company Aegean Parcels S.A. "
        "€85,000 for failing to answer access requests."
    )
    fine = fine_of(body, "85000")
    assert (fine.authority, fine.jurisdiction) == ("HDPA", "GR")


# --- Coverage of the member states -----------------------------------------------------------


def members(group: str) -> set[str]:
    return {j.code for j in lexicon().jurisdictions.values() if group in j.groups}


def test_every_eu_member_has_a_competition_authority() -> None:
    kinds = {"competition", "consumer_protection"}
    have = {a.jurisdiction for a in lexicon().authorities.values() if a.kind in kinds}
    assert members("EU") - have == set()


def test_every_eea_country_has_a_telecoms_regulator() -> None:
    """Spain's CNMC and Estonia's TTJA regulate telecoms too but are classed by their main
    fining activity (competition, consumer protection)."""
    have = {a.jurisdiction for a in lexicon().authorities.values() if a.kind == "telecoms"}
    assert members("EEA") - have == {"ES", "EE"}


# --- Names copy gives more than one regulator, financial regulators ---------------------------


@pytest.mark.parametrize(
    "text,authority,country",
    [
        # "Office for Personal Data Protection" is the English name of both the Czech and the
        # Slovak office: the country named beside it decides.
        (
            "Slovakia's Office for Personal Data Protection fined Dunaj Poistenie a.s.",
            "Slovak DPA",
            "SK",
        ),
        (
            "The Czech Republic's Office for Personal Data Protection fined Vltava Energie.",
            "ÚOOÚ",
            "CZ",
        ),
        (
            "The Úrad na ochranu osobných údajov opened proceedings against the hospital.",
            "Slovak DPA",
            "SK",
        ),
        # A generic English name names its regulator with the country or the acronym beside it.
        ("Turkey's Personal Data Protection Authority fined the hotel chain.", "KVKK", "TR"),
        ("The Personal Data Protection Authority (KVKK) fined Anadolu Kargo.", "KVKK", "TR"),
        ("Brazil's National Data Protection Authority fined the telecoms group.", "ANPD", "BR"),
        ("DFS fined the insurer $1 million over its access controls.", "NYDFS", "US-NY"),
        ("The Reserve Bank of India (RBI) imposed a penalty on the lender.", "RBI", "IN"),
        ("The RBI cancelled the company's certificate of registration.", "RBI", "IN"),
        ("Chile's Comisión para el Mercado Financiero fined the broker.", "CMF", "CL"),
        ("The CMF fined the insurer 1,200 UF.", "CMF", "CL"),
    ],
)
def test_regulators_named_by_a_shared_or_generic_name(
    text: str, authority: str, country: str
) -> None:
    assert named_authorities(text) == {authority}
    assert lexicon().authorities[authority].jurisdiction == country


@pytest.mark.parametrize(
    "text",
    [
        "The agency, acting as the national personal data protection authority, opened an inquiry.",
        "As the country's personal data protection authority, it fined the lender.",
        "The superintendency is the national data protection authority.",
        "The dfs column of the table was empty.",
    ],
)
def test_a_regulators_role_described_names_no_other_regulator(text: str) -> None:
    assert named_authorities(text) == set()


def test_a_regulator_acting_as_the_data_protection_authority_keeps_its_fine() -> None:
    body = (
        "The Superintendence of Industry and Commerce (SIC), in its role as the personal data "
        "protection authority, fined Cobranzas Andinas S.A.S. $250.000.000 for calling debtors' "
        "relatives."
    )
    fine = fine_of(body, "250000000")
    assert (fine.authority, fine.jurisdiction) == ("SIC", "CO")


def test_a_slovak_fine_is_slovakias() -> None:
    body = (
        "Slovakia's Office for Personal Data Protection fined the utility Dunajská energetika a.s. "
        "EUR 40,000 for sending customer lists to a call centre."
    )
    fine = fine_of(body, "40000")
    assert (fine.authority, fine.jurisdiction) == ("Slovak DPA", "SK")


def test_a_dfs_settlement_is_new_yorks() -> None:
    body = (
        "In March, DFS reached a $900,000 settlement with Kingsbridge Mutual, a Buffalo insurer, "
        "over its failure to encrypt policyholder data."
    )
    settled = [f for f in extract(body) if f.amount and f.amount.amount == Decimal("900000")]
    assert [(f.authority, f.jurisdiction) for f in settled] == [("NYDFS", "US-NY")]


# --- Laws of the regulators above -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text,instrument",
    [
        (
            "The CMA acted under the Digital Markets, Competition and Consumers Act 2024.",
            "DMCC Act 2024",
        ),
        ("It was the CMA's first direct fine under the DMCC Act.", "DMCC Act 2024"),
        ("The penalty was imposed under the Reserve Bank of India Act, 1934.", "RBI Act"),
        ("It breached the Banking Regulation Act, 1949.", "Banking Regulation Act 1949"),
        (
            "It failed to follow the Master Direction - Know Your Customer (KYC) Direction, 2016.",
            "KYC Master Direction 2016",
        ),
        (
            "It failed to follow the Know Your Customer (KYC) Directions, 2016.",
            "KYC Master Direction 2016",
        ),
        (
            "The clinic breached the Privacy Protection (Data Security) Regulations.",
            "Privacy Protection (Data Security) Regulations",
        ),
        ("The collector breached Ley 2300 de 2023 by calling on a Sunday.", "Law 2300 of 2023"),
        ("The operator called numbers listed on the No Llame registry.", "No Llame registry"),
        ("It breached Law 26.951 on unsolicited calls.", "No Llame registry"),
        ("The CNMC applied Ley 11/2022 to the operator.", "Law 11/2022"),
        ("The AGCM applied the Codice del Consumo.", "Consumer Code (IT)"),
    ],
)
def test_laws_of_financial_consumer_and_telecoms_regulators(text: str, instrument: str) -> None:
    assert [i for i, _, _ in find_instruments(text)] == [instrument]


def test_a_consumer_code_is_the_named_countrys() -> None:
    italian = "Italy's AGCM found practices contrary to the Consumer Code."
    french = "France's DGCCRF found practices contrary to the Consumer Code."
    assert [i for i, _, _ in find_instruments(italian)] == ["Consumer Code (IT)"]
    assert [i for i, _, _ in find_instruments(french)] == ["Consumer Code (FR)"]


def test_a_uk_consumer_fine_cites_the_dmcc_act() -> None:
    body = (
        "The CMA fined Larkspur Homewares Ltd £400,000 under the DMCC Act for advertising "
        "discounts from prices it had never charged."
    )
    fine = fine_of(body, "400000")
    assert (fine.authority, fine.jurisdiction) == ("CMA", "GB")
    assert "DMCC Act 2024" in {p.text for p in fine.provisions}


def test_an_israeli_fine_cites_the_amendment_it_was_imposed_under() -> None:
    body = (
        "The Privacy Protection Authority fined Carmel Dental Ltd NIS 600,000 under Amendment 13 "
        "to the Protection of Privacy Law after patient files were exposed."
    )
    fine = fine_of(body, "600000")
    assert "Privacy Protection Law Amendment 13" in {p.text for p in fine.provisions}


@pytest.mark.parametrize(
    "text,court,country",
    [
        # Appeal courts news names in the local language or by initials.
        ("Last year the CBb upheld the regulator's fine in full.", "CBb", "NL"),
        ("The Audiencia Nacional cut the fine to €1 million.", "Audiencia Nacional", "ES"),
        ("The Human Rights Review Tribunal awarded damages.", "Human Rights Review Tribunal", "NZ"),
    ],
)
def test_appeal_courts(text: str, court: str, country: str) -> None:
    lex = lexicon()
    found = [m.key for m in lex.mentions(text) if m.kind == "authority"]
    assert found == [court]
    assert lex.authorities[court].kind == "court"
    assert lex.authorities[court].jurisdiction == country
