"""How enforcement copy cites the law breached, in general (P36): a law by its title with its
year, chapter or part ("the Fair Trading Act 2016", "the Port Authority Act, Chapter 210",
"the Civil Aviation Regulations Part-145"), a code by title and paragraph, a regulation
named beside the statute, a code the fine was imposed under; and the provisions told in a
sentence other than the fine's ("The regulator found that the firm breached …", "Both
sanctions were based on …", "The labelling cases were brought under the same Act").
Invented articles from other countries, through `extract_facts`."""

from __future__ import annotations

from assistant.provisions import find_instruments, find_provisions

from .test_facts_general import by_amount, extract, labels

# --- How a law is named ------------------------------------------------------------------


def test_a_regulation_named_beside_the_statute_breached() -> None:
    facts = extract(
        "Jamaica's Office of Utilities Regulation (OUR) fined Blue Mountain Telecom Ltd J$12 "
        "million on Monday. Blue Mountain Telecom was found to have breached section 41 of the "
        "Telecommunications Act and the Quality of Service Regulation by failing to restore "
        "faults within the time allowed.",
        title="OUR fines Blue Mountain Telecom",
    )
    assert "Quality of Service Regulation" in labels(by_amount(facts, "12000000"))


def test_a_code_the_fine_was_imposed_under() -> None:
    facts = extract(
        "The Competition Agency of Georgia fined Kartli Cement LLC GEL 1.2 million for refusing "
        "to supply independent builders' merchants. The fine was imposed under the Competition "
        "Code that took effect last year.",
        title="Georgian cement maker fined",
    )
    assert labels(by_amount(facts, "1200000")) == {"Competition Code"}


def test_paragraphs_of_a_code_by_its_title_and_year() -> None:
    facts = extract(
        "The Jersey Financial Services Commission imposed a civil financial penalty of "
        "£245,000 on Gorey Trust Company Limited. The Commission found that the firm had "
        "contravened paragraphs 4, 9 and 11 of the Financial Crime Prevention Code 2022.",
        title="JFSC penalises Gorey Trust",
    )
    assert labels(by_amount(facts, "245000")) >= {
        "Financial Crime Prevention Code 2022 para. 4",
        "Financial Crime Prevention Code 2022 para. 9",
        "Financial Crime Prevention Code 2022 para. 11",
    }
    # a paragraph of an article is that article's, not one of a code
    assert [p.label for p in find_provisions("under paragraph 3 of Article 5 of the Act")] == [
        "Art. 5(3)"
    ]


def test_an_acronym_defined_for_a_dated_title_keeps_its_year() -> None:
    found = find_instruments(
        "The firm breached the Anti-Money Laundering and Counter-Terrorist Financing Rules "
        "2021 (AMLR) and Article 9 of the Law."
    )
    assert [law for law, _, _ in found] == ["AMLR 2021"]


def test_a_chapter_of_the_revised_laws_written_out() -> None:
    facts = extract(
        "The Bahamas Utilities Regulation and Competition Authority fined Exuma Ferries Ltd "
        "B$60,000.\n\n"
        "2. Exuma Ferries is fined the sum of B$60,000.00 pursuant to the Port Authority Act, "
        "Chapter 210.",
        title="URCA fines Exuma Ferries",
    )
    assert "Port Authority Act Cap. 210" in labels(by_amount(facts, "60000"))
    found = find_instruments("fined pursuant to the Water and Sewerage Act, Chap. 54:40, today")
    assert [law for law, _, _ in found] == ["Water and Sewerage Act Cap. 54:40"]


def test_a_part_of_aviation_regulations() -> None:
    facts = extract(
        "The Civil Aviation Authority of Fiji fined Nadi Island Air Ltd FJ$85,000 after an "
        "audit found that it had not kept maintenance records as required under the Air "
        "Navigation Act and the Civil Aviation Regulations Part-145.",
        title="CAAF fines Nadi Island Air",
    )
    assert "Civil Aviation Regulations Part-145" in labels(by_amount(facts, "85000"))


def test_conduct_prohibited_by_an_article() -> None:
    facts = extract(
        "Paraguay's National Competition Commission (CONACOM) fined Yerbatera Guaraní S.A. "
        "₲ 2.500.000.000 for refusing to supply rival packers.\n\n"
        "The conduct constitutes an abuse of a dominant position prohibited by article 9 of "
        "Law No. 4956/2013.",
        title="CONACOM fines Yerbatera Guaraní",
    )
    assert "Law No. 4956/2013 Art. 9" in labels(facts[0])


# --- Provisions told apart from the fine ---------------------------------------------------


def test_the_firm_found_in_breach_is_the_firm_not_the_officer_told_last() -> None:
    facts = extract(
        "The Astana Financial Services Authority (AFSA) fined Steppe Capital Partners Ltd USD "
        "640,000 for anti-money laundering failures.\n\n"
        "In the same decision, the regulator imposed on the firm's former chief executive, Mr. "
        "Arman Seitkali, a penalty of USD 70,000 and banned him from any role in an AIFC firm "
        "for three years.\n\n"
        "The AFSA found that the firm breached Article 12 of the Market Conduct Rules. Mr. "
        "Seitkali, the regulator said, approved the accounts himself.\n\n"
        "Last month the AFSA fined Esil Brokers Ltd USD 150,000 for late reporting.",
        title="AFSA fines Steppe Capital Partners",
    )
    assert "Market Conduct Rules Art. 12" in labels(by_amount(facts, "640000"))


def test_both_sanctions_include_the_first_when_an_order_of_its_decision_comes_between() -> None:
    facts = extract(
        "By decision of 3 March 2025, the regulator (ARCEP Togo) imposed on Kara Mobile SA a "
        "pecuniary sanction of 900 million CFA francs (XOF 900,000,000).\n\n"
        "In the same decision ARCEP Togo ordered Kara Mobile to complete the roll-out of 4G in "
        "the two departments before 31 December 2025.\n\n"
        "By a separate decision, ARCEP Togo sanctioned Lomé Net SARL with a fine of XOF "
        "150,000,000.\n\n"
        "Both sanctions were based on Article 40 of Law No. 2017-20.",
        title="ARCEP Togo fines two operators",
    )
    for amount in ("900000000", "150000000"):
        assert "Law No. 2017-20 Art. 40" in labels(by_amount(facts, amount)), amount


def test_cases_named_by_their_subject_under_the_same_act() -> None:
    facts = extract(
        "The Fair Trading Commission of Barbados fined Speightstown Autos Ltd BBD 40,000 for "
        "advertising a warranty that its small print took away.\n\n"
        "Separately, the Commission fined Oistins Mart and Holetown Grocers BBD 8,000 each "
        "for mislabelling imported meat as local.\n\n"
        "The Commission relied on section 12 of the Consumer Protection Act 2016. The "
        "labelling cases were brought under the same Act.",
        title="FTC Barbados fines car dealer and grocers",
    )
    grocers = [f for f in facts if f.amount and f.amount.amount == 8000]
    assert len(grocers) == 2
    for fact in grocers:
        assert "Consumer Protection Act 2016" in labels(fact), fact.respondent


# --- More ways copy names a law --------------------------------------------------------------


def test_a_code_titled_code_of_and_a_part_of_its_article() -> None:
    text = (
        "The Kazakh competition agency fined Altyn Cement LLP under Part 1 of Article 14.31 of "
        "the Code of Administrative Offences."
    )
    assert [law for law, _, _ in find_instruments(text)] == ["Code of Administrative Offences"]
    assert [p.label for p in find_provisions(text)] == [
        "Code of Administrative Offences Art. 14.31(1)"
    ]
    # a paragraph of an article is that article's too
    assert [p.label for p in find_provisions("in breach of paragraph 3 of Article 5 GDPR")] == [
        "GDPR Art. 5(3)"
    ]


def test_codes_of_conduct_and_a_second_code_named() -> None:
    assert [
        law for law, _, _ in find_instruments("The bank breached the Banking Code of Conduct 2021.")
    ] == ["Banking Code of Conduct 2021"]
    assert [
        law for law, _, _ in find_instruments("It violated the Labour Code and the Tax Code.")
    ] == [
        "Labour Code",
        "Tax Code",
    ]
    # never a code of a place
    assert find_instruments("the Electronic Communications Code of Kenya applies") == []


def test_titles_with_slashed_acronyms_bracketed_chapters_and_federal_law_numbers() -> None:
    found = find_provisions(
        "The firm was found in breach of sections 11 and 15 of the AML/CFT Act."
    )
    assert [p.label for p in found] == ["AML/CFT Act Sec. 11", "AML/CFT Act Sec. 15"]
    found = find_provisions("It contravened section 47 of the Competition Act (Chapter 50B).")
    assert [p.label for p in found] == ["Competition Act Cap. 50B Sec. 47"]
    found = find_provisions("It violated Article 14 of Federal Law No. 38-FZ On Advertising.")
    # (the kind's own word is the law's name: "Federal Law No. 38-FZ", as the law is titled)
    assert [p.label for p in found] == ["Federal Law No. 38-FZ Art. 14"]
