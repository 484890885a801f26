"""Who decided, where, and on what basis: places that share a name, bodies named after a
clause's opening words, courts named with their seat, statutes cited by number or year.

Every regulator, company and sentence here is invented.
"""

from __future__ import annotations

from assistant.lexicon import lexicon
from tests.test_facts_general import by_amount, extract, labels


def test_a_shared_place_name_is_the_country_the_article_is_about() -> None:
    facts = extract(
        "Georgia's National Energy Regulator fined Kura Gas Distribution GEL 800,000 for "
        "billing errors, the regulator said in Tbilisi on Monday. Georgian consumer groups "
        "welcomed the fine."
    )
    assert by_amount(facts, "800000").jurisdiction == "GE"
    # With no listed regulator to go by, the town and the currency settle it (the US state is
    # listed first in the data files).
    facts = extract(
        "Regulators in Georgia fined Kura Gas Distribution GEL 800,000 for billing errors, the "
        "agency said in Tbilisi on Monday."
    )
    assert by_amount(facts, "800000").jurisdiction == "GE"


def test_a_shared_place_name_is_the_us_state_in_a_us_story() -> None:
    facts = extract(
        "The Georgia Department of Insurance fined Peachtree Mutual Insurance $250,000 for "
        "late claim payments, the department said in Atlanta on Monday."
    )
    assert by_amount(facts, "250000").jurisdiction == "US-GA"


def test_a_question_naming_a_shared_place_keeps_both_places() -> None:
    codes = {m.key for m in lexicon().mentions("fines in Georgia") if m.kind == "jurisdiction"}
    assert codes == {"GE", "US-GA"}


def test_a_body_named_after_a_clause_opener_leaves_the_opener_out() -> None:
    facts = extract(
        "When Slovenia's Market Surveillance Inspectorate fined Sava Electronics d.o.o. "
        "€400,000 in March, the company said it would appeal. Since Slovenia's Market "
        "Surveillance Inspectorate rarely fines retailers, the case drew attention."
    )
    fine = by_amount(facts, "400000")
    assert fine.authority == "Market Surveillance Inspectorate"


def test_a_court_of_appeals_named_with_its_city_keeps_what_it_hears() -> None:
    facts = extract(
        "Bulgaria's Commission for Protection of Competition fined Rodopi Mills AD "
        "BGN 3 million in 2023. On 4 June the Plovdiv Court of Appeals annulled the fine "
        "on procedural grounds."
    )
    rulings = [f for f in facts if f.action == "ruling"]
    assert rulings and rulings[0].authority == "Plovdiv Court of Appeals"


def test_a_supreme_courts_initials_named_first_are_the_court_deciding() -> None:
    facts = extract(
        "Romania's Competition Council fined Dacia Feed SRL RON 2 million in 2023; the "
        "Cluj Court of Appeal cut the fine to RON 1 million. On 3 March the ÎCCJ dismissed "
        "the council's appeal, upholding the Court of Appeal's judgment."
    )
    rulings = [f for f in facts if f.action == "ruling" and "ÎCCJ" in f.authority]
    assert rulings and rulings[0].jurisdiction == "RO"


def test_a_round_up_sections_unnamed_fines_are_its_own_regulators() -> None:
    facts = extract(
        "**Nigeria: FCCPC fines Lagoon Foods and orders a recall**\n\n"
        "The FCCPC on 3 May fined Lagoon Foods Plc ₦200 million for misleading labels. "
        "The FCCPC also ordered Lagoon Foods to recall the products. Lagoon Foods said it "
        "would comply with the FCCPC order.\n\n"
        "**Kenya: Competition Authority of Kenya sanctions two retailers**\n\n"
        "The Competition Authority of Kenya said in May it had sanctioned Lagoon Foods' "
        "two Kenyan distributors for abuse of buyer power. The penalties were: Lagoon Foods "
        "(KSh 12 million) and Lagoon Foods (KSh 8 million).\n\n"
        "**Nigeria, continued**\n\nThe FCCPC said Lagoon Foods had paid."
    )
    fine = by_amount(facts, "12000000")
    assert (fine.authority, fine.jurisdiction) == ("Competition Authority of Kenya", "KE")


def test_statutes_numbered_as_their_countries_number_them() -> None:
    from assistant.provisions import find_provisions

    cases = {
        "in breach of article 9 of Law No. 17.250.": "Law No. 17.250 Art. 9",
        "contrary to Article 4 of Law 31-08 on consumer protection.": "Law 31-08 Art. 4",
        "under Article 21 of Decree No. 98/2020/ND-CP, the ministry said.": (
            "Decree No. 98/2020/ND-CP Art. 21"
        ),
        "The notice cites section 12 of Act 987.": "Act 987 Sec. 12",
        "under Article 5 of the Law on Competition 2018.": "Law on Competition 2018 Art. 5",
    }
    for sentence, label in cases.items():
        assert label in [p.label for p in find_provisions(sentence)], sentence


def test_a_law_the_article_names_several_ways_is_cited_by_its_full_name() -> None:
    facts = extract(
        "Kenya's Capital Markets Authority fined Tana Brokers Ltd KSh 400,000 for breaches "
        "of the Securities Dealers Act, 2016 (Act 41). The authority said it acted under "
        "section 80 of Act 41.\n\n"
        "Separately, the Luxembourg regulator CSSF fined Sûre Payments S.A. EUR 90,000 for "
        'breaches of the Law of 10 November 2009 on payment services (the "2009 Law"). The '
        "fine was imposed under Article 40 of the 2009 Law."
    )
    assert "Securities Dealers Act 2016 Sec. 80" in labels(by_amount(facts, "400000"))
    assert "2009 Law Art. 40" in labels(by_amount(facts, "90000"))


def test_a_clause_of_an_article_is_a_subdivision_of_it() -> None:
    from assistant.provisions import find_provisions

    found = find_provisions(
        "fined under Point b, Clause 2, Article 57 of Decree No. 15/2020/ND-CP."
    )
    assert [p.label for p in found] == ["Decree No. 15/2020/ND-CP Art. 57(2)(b)"]


def test_the_penalties_cited_once_are_every_penalty_of_that_section() -> None:
    facts = extract(
        "**Nigeria: SEC fines Niger Delta Textiles and its chief executive**\n\n"
        "The Securities and Exchange Commission of Nigeria fined Niger Delta Textiles Plc "
        "NGN 5 million and fined its chief executive Emeka Obi NGN 2 million for late "
        "disclosure of a related-party loan. The commission also barred Obi from acting as "
        "a director for three years. The penalties were imposed under section 40 of the "
        "Investments and Securities Act, 2025, for violations of section 96 of the Act.\n\n"
        "**Kenya: CMA penalises a fund manager**\n\n"
        "Kenya's Capital Markets Authority fined Rift Valley Asset Managers KSh 1 million in May."
    )
    for amount in ("5000000", "2000000"):
        assert "Investments and Securities Act 2025 Sec. 96" in labels(by_amount(facts, amount)), (
            amount
        )


def test_a_notice_citing_a_section_names_the_breach() -> None:
    facts = extract(
        "The Bank of Uganda fined Nile Trust Bank Ltd USh 80 million for late suspicious "
        "transaction reports. The notice cites section 21 of the Anti-Money Laundering "
        "Act, 2013."
    )
    assert "Anti-Money Laundering Act 2013 Sec. 21" in labels(by_amount(facts, "80000000"))


def test_a_law_numbered_in_brackets_is_one_sentence_and_one_statute() -> None:
    facts = extract(
        "The Central Bank of Oman fined Muscat Exchange Co. OMR 50,000 under Article 9 of "
        "Royal Decree-Law No. (30) of 2016 on money laundering. The exchange house has paid."
    )
    fine = by_amount(facts, "50000")
    # (the kind's own word is the law's name: Oman's "Royal Decree-Law")
    assert "Royal Decree-Law No. 30 of 2016 Art. 9" in labels(fine)


def test_a_court_named_in_its_own_language_is_the_listed_court() -> None:
    facts = extract(
        "Chile's SMA fined miner Cerro Alto SpA 900 UTA in 2024 for dust emissions. On 2 "
        "March the Santiago-based court (Segundo Tribunal Ambiental) annulled the fine."
    )
    rulings = [f for f in facts if f.action == "ruling"]
    assert rulings and rulings[0].authority == "Second Environmental Court"


def test_a_regulators_short_name_that_is_also_a_foreign_laws_is_the_regulator() -> None:
    facts = extract(
        "India's Central Consumer Protection Authority (CCPA) fined Gyanpath Tutorials Pvt "
        "Ltd ₹4 lakh for misleading advertisements under the Consumer Protection Act, 2019. "
        "Relying on Section 20, the CCPA ordered Gyanpath to withdraw the ads."
    )
    for fact in facts:
        assert not any(label.startswith("CCPA") for label in labels(fact)), labels(fact)
    assert any("Consumer Protection Act 2019 Sec. 20" in labels(f) for f in facts)


def test_a_subsection_inserted_later_keeps_its_decimal() -> None:
    from assistant.provisions import find_provisions

    found = find_provisions("contrary to section 57(2.1) of the Securities Act, the panel found.")
    assert [p.label for p in found] == ["Securities Act Sec. 57(2.1)"]


def test_statute_titles_with_a_subject_list_a_chapter_or_rules_and_a_year() -> None:
    from assistant.provisions import find_instruments, find_provisions

    cases = {
        "under section 12 of the Fisheries, Forestry and Wildlife Act (Cap. 226).": (
            "Fisheries, Forestry and Wildlife Act Cap. 226 Sec. 12"
        ),
        "for breaches of rule 19 of the Drugs and Cosmetics Rules, 1945.": (
            "Drugs and Cosmetics Rules 1945 Rule 19"
        ),
    }
    for sentence, label in cases.items():
        assert label in [p.label for p in find_provisions(sentence)], sentence
    # A clause's comma is no title's: "In Kenya, Gaming Act breaches rose."
    assert [law for law, _, _ in find_instruments("In Uganda, Lotteries Act breaches rose.")] == [
        "Lotteries Act"
    ]
    assert [law for law, _, _ in find_instruments("the Consumer Credit Act, 1974, which")] == [
        "Consumer Credit Act 1974"
    ]


def test_regulations_cited_by_their_title_without_a_year() -> None:
    from assistant.provisions import find_provisions

    found = find_provisions("in breach of regulation 14B of the Payday Lending Regulations.")
    assert [p.label for p in found] == ["Payday Lending Regulations Reg. 14B"]


def test_two_laws_named_together_stay_two_laws() -> None:
    from assistant.provisions import find_instruments

    found = find_instruments("violations of the Clean Air Law, the Water Quality and Wells Act and")
    assert [law for law, _, _ in found] == ["Clean Air Law", "Water Quality and Wells Act"]
    found = find_instruments(
        "breaches of Article 3 of the Banking Law and the Deposit Regulations."
    )
    # two laws, not one name run across "and the" (the regulations breached too)
    assert [law for law, _, _ in found] == ["Banking Law", "Deposit Regulations"]
