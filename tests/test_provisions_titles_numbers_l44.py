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
