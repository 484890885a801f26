from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.provisions import find_instruments, find_provisions, instrument_label


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "in violation of Articles 12, 15, and 17 of the GDPR.",
            ["GDPR Art. 12", "GDPR Art. 15", "GDPR Art. 17"],
        ),
        ("Clearview breached Art. 46(1) GDPR", ["GDPR Art. 46(1)"]),
        (
            "Article 5(1)(f) and Arts. 6 and 7 GDPR",
            ["GDPR Art. 5(1)(f)", "GDPR Art. 6", "GDPR Art. 7"],
        ),
        ("the GDPR’s Article 83(5)", ["GDPR Art. 83(5)"]),
        ("Articles 15-17 of the GDPR", ["GDPR Art. 15", "GDPR Art. 16", "GDPR Art. 17"]),
        ("under Section 5 of the FTC Act", ["FTC Act Sec. 5"]),
        ("regulation 21 of PECR", ["PECR Reg. 21"]),
        ("Article 82 of the French Data Protection Act", ["Loi Informatique et Libertés Art. 82"]),
        ("UK GDPR Article 8", ["UK GDPR Art. 8"]),
        (
            "breached Principles 3, 6 and 7",
            ["PRIN Principle 3", "PRIN Principle 6", "PRIN Principle 7"],
        ),
    ],
)
def test_provisions_are_normalised(text: str, labels: list[str]) -> None:
    assert [p.label for p in find_provisions(text)] == labels


def test_a_bare_article_takes_the_articles_law() -> None:
    assert [p.label for p in find_provisions("a violation of Article 31", "GDPR")] == [
        "GDPR Art. 31"
    ]
    assert [p.label for p in find_provisions("a violation of Article 31")] == ["Art. 31"]


def test_spans_cover_the_whole_citation() -> None:
    text = "in violation of Articles 12, 15, and 17 of the GDPR."
    provision = find_provisions(text)[0]
    assert text[provision.start : provision.end] == "Articles 12, 15, and 17 of the GDPR"


def test_instruments_by_any_name() -> None:
    found = [
        i
        for i, _, _ in find_instruments(
            "the RGPD, COPPA and the General Data Protection Regulation"
        )
    ]
    assert found == ["GDPR", "COPPA", "GDPR"]


@pytest.mark.parametrize(
    "text", ["Regulation (EU) 2016/679 applies", "a €20 million fine", "in 2023"]
)
def test_things_that_are_not_provisions(text: str) -> None:
    assert find_provisions(text) == []


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_never_raises_and_spans_are_in_range(text: str) -> None:
    for provision in find_provisions(text, "GDPR"):
        assert 0 <= provision.start < provision.end <= len(text)


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "The ODPC found it in breach of section 25 of Kenya's Data Protection Act 2019.",
            ["Kenya DPA 2019 Sec. 25"],
        ),
        ("The CAC said the app breached Article 13 of the PIPL.", ["PIPL Art. 13"]),
        (
            "contrary to section 39 of the Nigeria Data Protection Act 2023 (NDPA), and section 40 "
            "of the NDPA",
            ["NDPA Sec. 39", "NDPA Sec. 40"],
        ),
        ("as section 69 of POPIA requires", ["POPIA Sec. 69"]),
        (
            "Rule 30(a) of Regulation S-P and Rule 201 of Regulation S-ID",
            ["Regulation S-P Rule 30(a)", "Regulation S-ID Rule 201"],
        ),
        (
            "Article 10 of Law 25.326 and Article 17 of Law 1581 of 2012",
            ["Law 25.326 Art. 10", "Law 1581 of 2012 Art. 17"],
        ),
        ("section 27 of the Thai PDPA", ["PDPA Sec. 27"]),
        ("Article 5 of Law No. 151 of 2020", ["PDPL Art. 5"]),
        ("Section 11 of the Philippine Data Privacy Act", ["Data Privacy Act of 2012 Sec. 11"]),
        (
            "in breach of Information Privacy Principle 5 of the Privacy Act 2020",
            ["IPP 5"],
        ),
        ("Article 22 of the UAE PDPL", ["PDPL Art. 22"]),
    ],
)
def test_data_protection_laws_beyond_europe(text: str, labels: list[str]) -> None:
    assert [p.label for p in find_provisions(text)] == labels


def test_each_country_keeps_its_own_law() -> None:
    text = (
        "Uganda's Data Protection and Privacy Act 2019, Ghana's Data Protection Act 2012, "
        "the Personal Data Protection Act 2010, the New Jersey Data Privacy Act, Quebec's Law 25 "
        "and the Saudi PDPL"
    )
    assert [i for i, _, _ in find_instruments(text)] == [
        "Uganda DPPA 2019",
        "Ghana DPA 2012",
        "PDPA (MY)",
        "NJDPA",
        "Quebec Private Sector Act",
        "PDPL (SA)",
    ]


def test_a_bare_rule_names_no_law() -> None:
    # Several laws' provisions are Rules (Regulation S-P, S-ID, the DPDP Rules): a "Rule 3"
    # alone says nothing about which.
    assert [p.label for p in find_provisions("the firm breached Rule 3")] == ["Rule 3"]


# --- A law's label and the names countries share ---------------------------------------------


def test_a_label_names_the_law_as_copy_does_and_the_id_keeps_the_country() -> None:
    # "PDPA (TH)" is an id that tells Thailand's law from Singapore's; the fact has the country.
    [provision] = find_provisions("a breach of section 19 of the Thai PDPA")
    assert (provision.instrument, provision.label) == ("PDPA (TH)", "PDPA Sec. 19")
    assert instrument_label("PDPA (TH)") == "PDPA"
    assert instrument_label("GDPR") == "GDPR"
    assert instrument_label("Law No. 18/2018") == "Law No. 18/2018"  # not in the data files


@pytest.mark.parametrize(
    ("text", "instrument"),
    [
        (
            "Malaysia's commissioner found that Kedai Bintang Sdn Bhd breached the PDPA.",
            "PDPA (MY)",
        ),
        ("Singapore's regulator fined Orchid Lane Pte Ltd under the PDPA.", "PDPA (SG)"),
        ("The Thai committee said Chao Phraya Mart broke the PDPA.", "PDPA (TH)"),
        ("Bahrain's authority found the retailer in breach of the PDPL.", "PDPL (BH)"),
        ("The UAE Data Office said the clinic breached the PDPL.", "PDPL (AE)"),
        (
            "Korea's PIPC found Hanbit Games in breach of the Personal Information Protection Act.",
            "PIPA (KR)",
        ),
        (
            "In Alberta, the commissioner found the Personal Information Protection Act was breached.",
            "Alberta PIPA",
        ),
        (
            "British Columbia's commissioner ordered Fraser Valley Dental to comply with PIPA.",
            "BC PIPA",
        ),
        ("Peru's authority fined Lima Norte S.A.C. under the LPDP.", "Law 29733"),
        ("Argentina's AAIP said the LPDP had been breached.", "Law 25.326"),
        ("The Saudi regulator applied the Personal Data Protection Law.", "PDPL (SA)"),
        ("Turkey's Personal Data Protection Law was applied.", "Law No. 6698"),
    ],
)
def test_a_shared_name_is_the_law_of_the_country_named_beside_it(
    text: str, instrument: str
) -> None:
    assert [i for i, _, _ in find_instruments(text)] == [instrument]


def test_a_shared_name_left_open_is_the_name_and_never_another_countrys_law() -> None:
    assert [i for i, _, _ in find_instruments("Kestrel Apps breached the PDPA.")] == ["PDPA"]
    # A Canadian provincial act is one of the provinces', not Korea's, even if the text does not
    # say which province.
    canadian = "A Canadian commissioner found a breach of the Personal Information Protection Act."
    assert [i for i, _, _ in find_instruments(canadian)] == ["Personal Information Protection Act"]
    assert [p.label for p in find_provisions("section 8 of the PDPA")] == ["PDPA Sec. 8"]


def test_a_shared_name_takes_the_callers_country_or_default_when_the_text_names_none() -> None:
    text = "Kestrel Apps breached section 13 of the PDPA."
    assert [i for i, _, _ in find_instruments(text, places=["MY"])] == ["PDPA (MY)"]
    assert [p.instrument for p in find_provisions(text, places=["TH"])] == ["PDPA (TH)"]
    assert [p.instrument for p in find_provisions(text, "PDPA (SG)")] == ["PDPA (SG)"]
    # The country the text names beats the caller's.
    named = "Malaysia's commissioner said Kestrel Apps breached section 13 of the PDPA."
    assert [p.instrument for p in find_provisions(named, "PDPA (SG)", ["TH"])] == ["PDPA (MY)"]


def test_in_a_round_up_each_paragraph_names_its_own_countrys_law() -> None:
    body = (
        "**Thailand**\n\nThe Thai regulator fined Lotus Grocer under the PDPA.\n\n"
        "**Malaysia**\n\nIn Malaysia, Kedai Bintang was charged under the PDPA."
    )
    assert [i for i, _, _ in find_instruments(body)] == ["PDPA (TH)", "PDPA (MY)"]


def test_an_acronym_that_is_also_a_word_names_a_law_only_in_capitals() -> None:
    assert [i for i, _, _ in find_instruments("It ran the campaign for a year.")] == []
    assert [i for i, _, _ in find_instruments("It breached the bank rules (RAN).")] == ["CMF RAN"]
    assert find_instruments("Les dijo que no llame más.") == []
    assert [i for i, _, _ in find_instruments("Kestrel Apps broke APPs 1 and 11.")] == ["APPs"]


# --- Citation forms ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # Dotted sections are whole numbers, not a section and a full stop.
        ("under section 12.4 of the Quebec Privacy Act", ["Quebec Private Sector Act Sec. 12.4"]),
        ("in breach of Article 2.10 of the NDPR", ["NDPR Art. 2.10"]),
        # New York's codified rules, one or several sections.
        ("as 11 NYCRR 420.18 requires", ["11 NYCRR 420.18"]),
        (
            "contrary to 3 NYCRR §§ 300.4 and 300.11, which 2,000 customers relied on",
            ["3 NYCRR 300.4", "3 NYCRR 300.11"],
        ),
        ("under 12 C.F.R. § 1005.10(b), and 3,000 consumers", ["12 C.F.R. § 1005.10(b)"]),
        # Canadian and UK forms: "s.", "ss.", "paragraph 9(2)(b)".
        ("contrary to s. 10(1) of CASL", ["CASL Sec. 10(1)"]),
        (
            "breaching ss. 7 and 9 of the Spam Act 2003",
            ["Spam Act 2003 Sec. 7", "Spam Act 2003 Sec. 9"],
        ),
        ("contrary to paragraph 9(2)(b) of CASL", ["CASL Sec. 9(2)(b)"]),
        # A law's amendment is cited with the law.
        (
            "the first sanction under Amendment No. 7 to the Protection of Privacy Law",
            ["Privacy Protection Law Amendment 7"],
        ),
        # A chapter of a law cited by chapters.
        (
            "in breach of Chapter 1-13 and Chapter 20-7 of the RAN",
            ["CMF RAN Chapter 1-13", "CMF RAN Chapter 20-7"],
        ),
    ],
)
def test_citation_forms(text: str, labels: list[str]) -> None:
    assert [p.label for p in find_provisions(text)] == labels


@pytest.mark.parametrize(
    "text",
    [
        "S. 2201 passed the Senate on Tuesday.",  # a Senate bill, not a section
        "The retailer's 5 stores closed.",
        "as paragraph 4 of the decision explains",  # a paragraph says nothing without its section
        "The lender filed for Chapter 11 protection.",  # bankruptcy
        "Chapter 3 of the GDPR sets out the rights of data subjects.",  # a whole part of a law
    ],
)
def test_forms_that_are_no_provision(text: str) -> None:
    assert find_provisions(text, "GDPR") == []


def test_the_same_law_is_the_law_already_cited() -> None:
    text = "a minor infringement under Article 108 of the same law."
    assert [p.label for p in find_provisions(text, "Law 11/2022")] == ["Law 11/2022 Art. 108"]
    # Even when the default's provisions take another unit: the text says which law.
    assert [p.label for p in find_provisions(text, "Spam Act 2003")] == ["Spam Act 2003 Art. 108"]


@pytest.mark.parametrize(
    ("text", "instrument"),
    [
        ("in breach of Law 1480 of 2011", "Law 1480 of 2011"),
        ("contrary to Ley 34/2002 on electronic commerce", "Ley 34/2002"),
        ("under Law 9/2014", "Law 9/2014"),
        ("under Act No. 480/2004 Coll.", "Act No. 480/2004"),
    ],
)
def test_statutes_cited_by_number_and_year(text: str, instrument: str) -> None:
    assert [i for i, _, _ in find_instruments(text)] == [instrument]


def test_a_shared_name_the_text_settles_once_is_that_law_throughout() -> None:
    body = (
        "Thailand's regulator fined Lotus Grocer under the PDPA.\n\n"
        "The PDPA took full effect in 2022; section 83 sets the fines."
    )
    assert [i for i, _, _ in find_instruments(body)] == ["PDPA (TH)", "PDPA (TH)"]
    text = (
        "Malaysia's commissioner fined Kedai Bintang under the PDPA.\n\n"
        "It breached section 5 of the PDPA."
    )
    assert [p.instrument for p in find_provisions(text)] == ["PDPA (MY)"]


# --- Rulebooks and statutes named with their year ------------------------------------------


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # The FCA and PRA handbooks' form: sourcebook, chapter.section.paragraph, kind letter.
        (
            "Tamsin Lending breached SYSC 6.1.1R(1), COBS 4.2.1R and 4.2.3G.",
            ["SYSC 6.1.1R(1)", "COBS 4.2.1R", "COBS 4.2.3G"],
        ),
        ("in breach of DEPP 6.5A.3G, the Authority found", ["DEPP 6.5A.3G"]),
        # Rulebooks modelled on it: Dubai's DFSA, Abu Dhabi's FSRA.
        ("The DFSA found that Orchid Capital contravened GEN 5.3.1R.", ["GEN 5.3.1R"]),
        ("It did not meet PRIN 2.1.1R or MCOB 11.6.2R.", ["PRIN 2.1.1R", "MCOB 11.6.2R"]),
    ],
)
def test_rulebook_rules(text: str, labels: list[str]) -> None:
    assert [p.label for p in find_provisions(text)] == labels


@pytest.mark.parametrize(
    "text",
    [
        "Merchants must meet PCI DSS 4.0.1 by next March.",  # a standard's version
        "Users on iOS 17.4.1 were affected.",
        "The bank lent 5.2.1 million to SMEs.",
    ],
)
def test_dotted_numbers_without_a_rules_kind_are_no_rule(text: str) -> None:
    assert find_provisions(text) == []


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # India's competition statute, from the data files.
        (
            "the CCI found breaches of Section 3(4)(b) and 3(4)(d) of the Competition Act, 2002",
            ["Competition Act 2002 Sec. 3(4)(b)", "Competition Act 2002 Sec. 3(4)(d)"],
        ),
        # A statute the data files do not list, named with a comma before its year.
        (
            "contrary to Section 12(1)(a) of the Consumer Protection Act, 2019, the forum held",
            ["Consumer Protection Act 2019 Sec. 12(1)(a)"],
        ),
        (
            "under section 27 of the Prevention of Electronic Crimes Act, 2016",
            ["Prevention of Electronic Crimes Act 2016 Sec. 27"],
        ),
    ],
)
def test_statutes_named_with_a_comma_before_their_year(text: str, labels: list[str]) -> None:
    assert [p.label for p in find_provisions(text)] == labels


def test_a_month_and_year_after_a_statute_are_not_its_year() -> None:
    found = find_instruments("banned under the Competition Act since June, 2022.")
    assert [i for i, _, _ in found] == ["Competition Act"]


def _labels(text: str, default: str | None = None) -> list[str]:
    return [p.label for p in find_provisions(text, default)]


def test_sections_within_chapters_name_both() -> None:
    text = (
        "The board held that Spelbolaget breached Chapter 4, Section 3 and Chapter 5, "
        "Sections 2 and 6 of the Lotteries Act (2019:411)."
    )
    # (the act keeps its SFS number, which tells it from others of its title)
    assert _labels(text) == [
        "Lotteries Act (2019:411) Ch. 4 s. 3",
        "Lotteries Act (2019:411) Ch. 5 s. 2",
        "Lotteries Act (2019:411) Ch. 5 s. 6",
    ]


def test_a_section_written_without_its_full_stop() -> None:
    assert _labels("contravened ss 33 and 34(2)(b) of the Australian Consumer Law") == [
        "Australian Consumer Law Sec. 33",
        "Australian Consumer Law Sec. 34(2)(b)",
    ]
    assert _labels("The company's 3 stores", "Australian Consumer Law") == []


def test_a_code_article_with_its_part_letter_and_a_branch_number() -> None:
    assert _labels("under Article R. 512-39 of the Environmental Code") == [
        "Environmental Code Art. R. 512-39"
    ]
    assert _labels("under Article 8-3 of the Act", "Antimonopoly Act") == [
        "Antimonopoly Act Art. 8-3"
    ]
    assert _labels("Articles 12-14 GDPR") == ["GDPR Art. 12", "GDPR Art. 13", "GDPR Art. 14"]


def test_the_united_states_code_by_title_and_section() -> None:
    assert _labels("The agency said it violated 15 U.S.C. § 1681b and 12 CFR 1022.54.") == [
        "15 U.S.C. § 1681b",
        "12 C.F.R. § 1022.54",
    ]


def test_ordinances_and_regulations_by_title_are_laws_and_their_short_forms_refer_back() -> None:
    text = "a breach of section 12 of the Gaming (Licensing) Ordinance"
    assert _labels(text) == ["Gaming (Licensing) Ordinance Sec. 12"]
    named = "pleaded guilty under the Animal Feed (Wales) Regulations 2016"
    assert [i for i, _, _ in find_instruments(named)] == ["Animal Feed (Wales) Regulations 2016"]
    assert _labels(named) == []  # "Regulations 2016" is the law's name, no provision
    assert _labels(
        "contrary to regulation 4(2) of the 2016 Regulations",
        "Animal Feed (Wales) Regulations 2016",
    ) == ["Animal Feed (Wales) Regulations 2016 Reg. 4(2)"]
    # A short form that goes on to a longer name is that name, not the default.
    assert _labels("under § 5 of the Act against Restraints of Competition", "X") != ["X § 5"]


# --- Which measure a provision is cited for ----------------------------------------------


def test_a_law_named_once_after_two_citations_is_the_first_one_s_too() -> None:
    text = (
        "The compliance directions were given under Article 12 and the penalty payment "
        "notices under Article 12-3 of the Act."
    )
    assert [p.label for p in find_provisions(text, "Fair Dealing Act")] == [
        "Fair Dealing Act Art. 12",
        "Fair Dealing Act Art. 12-3",
    ]


def _facts(body: str):
    from tests.test_facts_general import extract

    return extract(body, published="2024-06-07")


def test_each_provision_goes_to_the_measure_named_just_before_it() -> None:
    from tests.test_facts_general import by_amount

    facts = _facts(
        "On Monday the Federal Court ordered Opal Lending Pty Ltd to pay a penalty of $2 "
        "million. Its director, Hana Ruiz, was ordered to pay a penalty of $150,000 and was "
        "disqualified from managing corporations for six years.\n\n"
        "The penalty against Ms Ruiz was imposed under s 224 of the Australian Consumer Law "
        "and the disqualification order under s 248."
    )
    (ban,) = [f for f in facts if f.action == "ban"]
    assert [p.text for p in ban.provisions] == ["Australian Consumer Law Sec. 248"]
    assert "Australian Consumer Law Sec. 248" not in {
        p.text for p in by_amount(facts, "150000").provisions
    }
    assert "Australian Consumer Law Sec. 224" in {
        p.text for p in by_amount(facts, "150000").provisions
    }


def test_an_order_named_by_its_kind_rests_on_the_regulation_cited_for_it() -> None:
    facts = _facts(
        "Tomas Berg, 39, was fined £2,500 at Leeds Magistrates' Court on Wednesday and "
        "made subject to a hygiene emergency prohibition order banning him from running "
        "a food business.\n\n"
        "**Background**\n\n"
        "The prohibition order was made under regulation 8(2) of the Food Hygiene "
        "Regulations 2006."
    )
    (ban,) = [f for f in facts if f.action == "ban"]
    assert any(p.text.endswith("Reg. 8(2)") for p in ban.provisions)
    (fine,) = [f for f in facts if f.action == "fine"]
    assert not any(p.text.endswith("Reg. 8(2)") for p in fine.provisions)


def test_both_actions_are_the_last_two_decisions_told() -> None:
    facts = _facts(
        "**Singapore**\n\n"
        "The Monetary Authority of Singapore on Tuesday reprimanded and fined Merlion "
        "Brokers Pte Ltd S$400,000 for weak anti-money laundering controls.\n\n"
        "In a separate decision, MAS banned its former compliance officer, Daniel Tan, "
        "from the industry for three years.\n\n"
        "Both actions were taken under section 101 of the Securities and Futures Act."
    )
    told = [f for f in facts if f.action in {"fine", "ban"}]
    assert len(told) == 2
    for fact in told:
        assert any(p.text.endswith("101") for p in fact.provisions), fact


def test_a_fine_for_the_same_offences_rests_on_the_same_provisions() -> None:
    from tests.test_facts_general import by_amount

    facts = _facts(
        "Karl Weiss was fined £3,000 at Derby Magistrates' Court on Monday. His company, "
        "Linden Bakes Ltd, was fined £9,000 for the same offences.\n\n"
        "Prosecuting, Ana Costa said Mr Weiss's offences were contrary to regulation 4 of the "
        "Food Hygiene Regulations 2006."
    )
    assert {p.text for p in by_amount(facts, "9000").provisions} >= {
        p.text for p in by_amount(facts, "3000").provisions
    }
    assert any(p.text.endswith("Reg. 4") for p in by_amount(facts, "9000").provisions)


def test_a_breach_told_after_a_decision_against_several_makers_is_each_one_s() -> None:
    from tests.test_facts_general import by_amount

    facts = _facts(
        "The Korea Fair Trade Commission on Monday ordered four cable makers to pay fines "
        "totalling 9 billion won for price fixing.\n\n"
        "Daeyang Cable was fined 4 billion won, Hanul Wire 3 billion won, Sori Cable 1.5 "
        "billion won and Mirae Cable 0.5 billion won, the commission said.\n\n"
        "The KFTC said the conduct violated Article 40 of the Fair Trade Act."
    )
    for amount in ("4000000000", "3000000000", "1500000000", "500000000"):
        assert any("40" in p.text for p in by_amount(facts, amount).provisions), amount


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("a penalty under Article 12(3) of the Water Law.", ["Water Law Art. 12(3)"]),
        (
            "in breach of Article 88 of the General Audiovisual Law",
            ["General Audiovisual Law Art. 88"],
        ),
    ],
)
def test_a_law_titled_law_is_named_when_a_citation_names_it(text: str, labels: list[str]) -> None:
    assert [p.label for p in find_provisions(text)] == labels


@pytest.mark.parametrize(
    "text", ["a breach of EU Competition Law", "a partner at the Harbour Law firm"]
)
def test_law_in_passing_is_no_title(text: str) -> None:
    assert find_instruments(text) == []


def test_the_orders_issued_with_a_decision_against_several_parties_share_its_breach() -> None:
    facts = _facts(
        "The Competition Commission on Friday fined three cement producers a combined "
        "R90 million for fixing prices.\n\n"
        "Karoo Cement was fined R50 million and Vaal Binders R40 million.\n\n"
        "The commission also issued compliance orders to Karoo Cement and Vaal Binders "
        "requiring them to report their prices quarterly.\n\n"
        "The commission said the conduct breached section 4(1)(b) of the Competition Act."
    )
    orders = [f for f in facts if f.action == "order"]
    assert orders
    for fact in orders:
        assert any("4(1)(b)" in p.text for p in fact.provisions), fact.provisions


def test_a_breach_told_in_a_paragraph_about_one_party_is_that_party_s() -> None:
    from tests.test_facts_general import by_amount

    facts = _facts(
        "The Gaming Board fined Alba Play Ltd £900,000 and Corrie Games Ltd £300,000 on "
        "Tuesday.\n\n"
        "**Alba Play**\n\n"
        "Alba Play failed to check where its customers' money came from. The Board found "
        "breaches of section 12 of the Gaming Act.\n\n"
        "The Board also ordered Alba Play to commission an independent audit.\n\n"
        "**Corrie Games**\n\n"
        "Corrie Games ignored 80 alerts of problem gambling. The Board considers this a "
        "breach of section 27 of the Gaming Act."
    )
    corrie = {p.text for p in by_amount(facts, "300000").provisions}
    assert any(t.endswith("27") for t in corrie), corrie
    assert not any(
        t.endswith("27") for t in {p.text for p in by_amount(facts, "900000").provisions}
    )


def test_a_decision_against_several_parties_told_without_sums_dates_and_grounds_the_shares() -> (
    None
):
    from tests.test_facts_general import by_amount

    facts = _facts(
        "The EU's General Court on Tuesday upheld the fines on two tyre makers.\n\n"
        "The European Commission fined the two companies in a decision of 9 February 2022, "
        "finding that they had fixed prices in breach of Article 101 of the Treaty on the "
        "Functioning of the European Union. Rollmark was fined €21 million and Gomatec "
        "€8.5 million."
    )
    for amount in ("21000000", "8500000"):
        fact = by_amount(facts, amount)
        assert fact.date is not None and fact.date.text == "2022-02-09", amount
        assert "TFEU Art. 101" in {p.text for p in fact.provisions}, amount


def test_unlisted_eu_legislation_is_cited_by_its_number() -> None:
    text = (
        "The carrier breached Article 7(2) of Regulation (EU) No 1177/2010 and Article 4 of "
        "Directive (EU) 2019/882."
    )
    labels = [p.label for p in find_provisions(text, None, [])]
    assert labels == ["Regulation (EU) No 1177/2010 Art. 7(2)", "Directive (EU) 2019/882 Art. 4"]


def test_a_regulations_title_may_hold_several_words_in_brackets() -> None:
    text = (
        "It admitted an offence under the Construction (Design and Management of Works) "
        "Regulations 2015, contrary to regulation 13."
    )
    labels = [p.label for p in find_provisions(text, None, [])]
    assert labels == ["Construction (Design and Management of Works) Regulations 2015 Reg. 13"]
