"""How copy cites a law by its title with its year or number, in general (L44): a state's or
country's law titled "… Law" with its year after a comma ("the Ogun State Environmental
Sanitation Law, 2014"), cited after "citing" or "pursuant to"; a law titled "… Law for/of
the …" as Latin American laws are rendered ("the Federal Law for the Protection of
Consumers"); a Swedish statute with its SFS number ("the Consumer Credit Act (2010:1846)");
US codes citing several sections at once ("15 U.S.C. §§ 45(a) and 53(b)") or a whole part
("16 CFR Part 312"). Invented articles from other countries, through `extract_facts`."""

from __future__ import annotations

from assistant.provisions import find_instruments, find_provisions

from .test_facts_general import by_amount, extract, labels


def _laws(text: str) -> list[str]:
    return [law for law, _, _ in find_instruments(text)]


def _labels(text: str) -> list[str]:
    return [p.label for p in find_provisions(text)]


# --- A titled "… Law" with its year, cited however the copy cites it ----------------------


def test_a_state_law_with_its_year_after_a_comma_cited_by_the_fine() -> None:
    facts = extract(
        "The Ogun State Environmental Protection Agency fined Abeokuta Plastics Ltd ₦8 million "
        "on Monday for dumping waste into the Ogun River, citing the Ogun State Environmental "
        "Sanitation Law, 2014.",
        title="OGEPA fines plastics maker",
    )
    assert "Ogun State Environmental Sanitation Law 2014" in labels(by_amount(facts, "8000000"))


def test_a_titled_law_relied_on_or_pursuant_to() -> None:
    assert _laws(
        "The agency acted pursuant to the Kaduna State Urban Planning and Development Law, "
        "2018 and sealed the site."
    ) == ["Kaduna State Urban Planning and Development Law 2018"]
    assert _laws("The ministry relied on the Rwanda Mining Law 2018 to suspend the licence.") == [
        "Rwanda Mining Law 2018"
    ]


def test_a_law_for_or_of_a_subject_as_latin_american_laws_are_rendered() -> None:
    facts = extract(
        "Mexico's consumer agency PROFECO fined Telecable del Bajío 2.1 million pesos for "
        "breaching the Federal Law for the Protection of Consumers.",
        title="PROFECO fines cable operator",
    )
    assert "Federal Law for the Protection of Consumers" in labels(by_amount(facts, "2100000"))
    assert _laws(
        "Guatemala's environment ministry said the miner had not met the deadlines set by the "
        "General Law of Ecological Balance and Environmental Protection."
    ) == ["General Law of Ecological Balance and Environmental Protection"]
    # a translated "que establece la Ley …": the duty the law establishes
    assert _laws(
        "The firm did not file the report within the 30 days that establishes the General Law "
        "for the Inclusion of Persons with Disabilities."
    ) == ["General Law for the Inclusion of Persons with Disabilities"]
    # a law of a country is not a law titled so
    assert "Competition Law of Chile" not in _laws(
        "It was fined under the Competition Law of Chile."
    )


# --- A Swedish statute with its SFS number -------------------------------------------------


def test_a_swedish_statute_keeps_its_sfs_number() -> None:
    facts = extract(
        "Finansinspektionen fined Fjällbank AB SEK 45 million for breaching the Banking and "
        "Financing Business Act (2004:297).",
        title="FI fines Fjällbank",
    )
    assert "Banking and Financing Business Act (2004:297)" in labels(by_amount(facts, "45000000"))
    assert _laws("The lender breached the Consumer Credit Act (2010:1846), the agency said.") == [
        "Consumer Credit Act (2010:1846)"
    ]


# --- US codes: several sections at once, a whole part ---------------------------------------


def test_several_sections_of_a_us_code_after_a_double_section_mark() -> None:
    assert _labels("The complaint was brought under 15 U.S.C. §§ 45(a) and 53(b).") == [
        "15 U.S.C. § 45(a)",
        "15 U.S.C. § 53(b)",
    ]
    assert _labels("It violated 42 U.S.C. §§ 7411, 7413 and 7661a, the EPA said.") == [
        "42 U.S.C. § 7411",
        "42 U.S.C. § 7413",
        "42 U.S.C. § 7661a",
    ]
    # not a sum after a single section
    assert _labels("under 12 U.S.C. § 1818 and 2,500 other rules") == ["12 U.S.C. § 1818"]


def test_a_whole_part_of_a_code_of_regulations_is_cited_as_a_part() -> None:
    facts = extract(
        "The Federal Trade Commission said Pebble Kids Apps Inc. will pay a $1.2 million civil "
        "penalty for violating the COPPA Rule, 16 CFR Part 312.",
        title="FTC settles with app maker",
    )
    assert "16 C.F.R. Part 312" in labels(by_amount(facts, "1200000"))
    assert _labels("breaches of the state's rules, 11 NYCRR Part 420, were found") == [
        "11 NYCRR Part 420"
    ]


# --- A UK order by its title and year ------------------------------------------------------


def test_a_uk_order_by_its_title_and_year() -> None:
    facts = extract(
        "Belfast Crown Court fined Lagan Lettings Ltd £18,000 after the company admitted "
        "breaching the Fire and Rescue Services (Northern Ireland) Order 2006.",
        title="Landlord fined over fire doors",
    )
    assert "Fire and Rescue Services (Northern Ireland) Order 2006" in labels(
        by_amount(facts, "18000")
    )
    assert _laws(
        "The penalty was imposed under the Regulatory Reform (Fire Safety) Order 2005."
    ) == ["Regulatory Reform (Fire Safety) Order 2005"]
    # an order of a court or regulator by its date is no law
    assert _laws("The Court Order 2015 was appealed.") == []


# --- A numbered statute keeps the words of its kind and its title --------------------------


def test_a_numbered_statute_keeps_its_kind_and_title() -> None:
    facts = extract(
        "Italy's data protection authority fined Lario Servizi S.p.A. €120,000 for breaching "
        "Articles 4 and 7 of Legislative Decree No. 231/2001.",
        title="Garante fines Lario Servizi",
    )
    assert labels(by_amount(facts, "120000")) >= {
        "Legislative Decree No. 231/2001 Art. 4",
        "Legislative Decree No. 231/2001 Art. 7",
    }
    assert _laws(
        "The fine was based on Presidential Decree 131/2003 and Royal Decree 1720/2007."
    ) == [
        "Presidential Decree 131/2003",
        "Royal Decree 1720/2007",
    ]
    assert _laws("The bank breached Article 12 of the Insurance Law No. 9 of 2010.") == [
        "Insurance Law No. 9 of 2010"
    ]
    # the words opening a clause or naming a country are not the title
    assert _laws("Under Law No. 4054 the board acted; Turkish Law No. 4054 applies.") == [
        "Law No. 4054",
        "Law No. 4054",
    ]


def test_decrees_numbered_as_north_african_and_andean_states_number_them() -> None:
    assert _laws("The ministry cited Executive Decree No. 21-178 on tariffs.") == [
        "Executive Decree No. 21-178"
    ]
    assert _laws("The fine was imposed under Supreme Decree No. 004-2017-MINAM.") == [
        "Supreme Decree No. 004-2017-MINAM"
    ]
    assert _laws("The authority relied on Proclamation No. 813/2013 on trade competition.") == [
        "Proclamation No. 813/2013"
    ]


# --- A numbered law cited again by its title alone ------------------------------------------


def test_a_numbered_law_cited_again_by_its_title_is_the_same_law() -> None:
    facts = extract(
        "The Central Bank of Jordan fined Petra Commercial Bank JD 150,000 on Sunday. The bank "
        "is licensed under the Banking Law No. 28 of 2000.\n\n"
        "The central bank said Petra Commercial Bank had breached the Banking Law by lending "
        "to related parties.",
        title="CBJ fines Petra",
    )
    assert labels(by_amount(facts, "150000")) == {"Banking Law No. 28 of 2000"}
