"""Where copy tells the law a measure was taken under, in general (P27): a law named by its
title and the acronym or number a bracket defines for it, then cited by it; an issuer's
numbered instrument that is the decision itself, not a law breached; a letter after an
article that is English, not a point of it. Invented articles through `extract_facts`."""

from __future__ import annotations

from assistant.provisions import find_instruments, find_provisions

from .test_facts_general import by_amount, extract, labels

# --- A law defined by an acronym or number in brackets, then cited by it -------------------


def test_laws_defined_by_acronyms_are_labelled_by_them() -> None:
    facts = extract(
        "The Centrale Bank van Aruba (CBA) fined Palm Beach Exchange N.V. AWG 150.000 for "
        "violations of the State Ordinance on the Prevention and Combating of Money Laundering "
        "(SOPCML) and the State Ordinance on the Supervision of Money Transfer Companies "
        "(SOSMTC).",
        title="CBA fines Palm Beach Exchange",
    )
    assert labels(by_amount(facts, "150000")) == {"SOPCML", "SOSMTC"}


def test_a_title_without_its_year_is_known_by_the_number_in_its_bracket() -> None:
    facts = extract(
        "Honduras's banking commission (CNBS) fined Banco Lempira S.A. L 2,000,000 over unlawful "
        "collection calls. The resolution was grounded in the Law on Financial Consumer "
        "Protection (Decree No. 45-2019) and the commission's rules on complaints.",
        title="CNBS fines Banco Lempira",
    )
    assert labels(by_amount(facts, "2000000")) == {
        "Law on Financial Consumer Protection",
        "Decree No. 45-2019",
    }


def test_a_law_cited_again_by_the_acronym_the_article_defined() -> None:
    facts = extract(
        "Under the National Payment Systems and Services Act (NPSSA), licensed operators must "
        "keep customer funds in trust accounts.\n\n"
        "The Bank of Zambia fined Kafue Pay Ltd K500,000 on 3 March for breaching the NPSSA.",
        title="BoZ fines Kafue Pay",
    )
    assert labels(by_amount(facts, "500000")) == {"NPSSA"}


def test_bodies_defined_by_acronyms_are_no_laws() -> None:
    facts = extract(
        "The Capital Markets Authority (CMA) fined Tana Securities Ltd KSh 2 million for late "
        "disclosures, the Law Society of Kenya (LSK) said in a statement.",
        title="CMA fines Tana Securities",
    )
    assert labels(by_amount(facts, "2000000")) == set()
    assert find_instruments("the Law Society of Kenya (LSK) said") == []


def test_a_year_after_the_acronym_keeps_the_title() -> None:
    found = [
        i
        for i, _, _ in find_instruments(
            "under the Federal Competition and Consumer Protection Act (FCCPA) 2018"
        )
    ]
    assert found == ["Federal Competition and Consumer Protection Act 2018"]


def test_a_span_of_years_is_no_decree_number() -> None:
    assert find_instruments("the Law for 2019-2020 budgets") == []


# --- The decision's own number is no law breached (review r26) -----------------------------


def test_the_decisions_own_resolution_is_no_law() -> None:
    for text in [
        "By means of Resolution No. 12345 of 2024, the SIC sanctioned Andes Retail for "
        "breaching Article 5.",
        "The bank filed an appeal of Order No. 15 of 2024 before the court.",
        "Article 5 was breached, according to the reasoning of Resolution No. 12345 of 2024.",
        "The SIC found that Andes Retail breached Article 5 of Resolution No. 12345 of 2024, by "
        "which it was fined.",
    ]:
        assert "Resolution No. 12345 of 2024" not in {i for i, _, _ in find_instruments(text)}
        assert all("of 20" not in p.label for p in find_provisions(text)), text
    # … but one breached, or relied on, is
    assert [i for i, _, _ in find_instruments("in breach of CBN Circular No. 12 of 2021")] == [
        "CBN Circular No. 12 of 2021"
    ]
    facts = extract(
        "Colombia's Superintendency of Industry and Commerce fined Andes Retail S.A.S. COP 500 "
        "million by means of Resolution No. 12345 of 2024 for misleading advertising.",
        title="Colombia fines Andes Retail",
    )
    assert labels(by_amount(facts, "500000000")) == set()


# --- A letter after an article that is English, not a point of it (review r26) -------------


def test_an_english_article_after_points_is_no_letter() -> None:
    assert [p.label for p in find_provisions("in breach of Article 12 points a serious risk")] == [
        "Art. 12"
    ]
    assert [
        p.label for p in find_provisions("for breaching Article 12 points a, b and c of its Rules")
    ] == ["Art. 12(a)", "Art. 12(b)", "Art. 12(c)"]
    assert [p.label for p in find_provisions("under Article 6, letter a and Article 9")] == [
        "Art. 6(a)",
        "Art. 9",
    ]


# --- A decision's whole set of measures taken under a law cited once -----------------------


def test_both_decisions_taken_under_a_law_cited_whole() -> None:
    facts = extract(
        "Niger's telecoms regulator ARCEP announced on Monday that it had suspended the licence "
        "of internet provider Tillabéri Net SARL for three months over unpaid fees.\n\n"
        "In a separate decision the same day, ARCEP fined mobile operator Sahel Mobile SA FCFA "
        "900 millions for poor network coverage. Both decisions were taken under Law No. "
        "045-2018/AN on electronic communications.",
        title="ARCEP Niger sanctions two operators",
        published="2026-02-04",
    )
    (ban,) = [f for f in facts if f.action == "ban"]
    assert "Law No. 045-2018/AN" in labels(ban)
    assert "Law No. 045-2018/AN" in labels(by_amount(facts, "900000000"))


def test_one_decision_told_is_not_both() -> None:
    facts = extract(
        "The regulator fined Sahel Mobile SA FCFA 900 millions for poor coverage on 3 March. "
        "The company said both decisions of the board were taken under Law No. 2018-45/AN.",
        title="Sahel Mobile fined",
        published="2026-03-04",
    )
    assert [f.action for f in facts if f.action in {"ban", "order"}] == []


# --- Laws numbered after their year; a press release's own number is none -----------------


def test_laws_numbered_after_their_year() -> None:
    assert [
        i
        for i, _, _ in find_instruments(
            "under Law No. 2010/013 of 21 December 2010 and Decree No. 2015/3759/PM"
        )
    ] == ["Law No. 2010/013", "Decree No. 2015/3759/PM"]
    assert [
        p.label for p in find_provisions("Article 65 of the above-mentioned Law No. 2010/013")
    ] == ["Law No. 2010/013 Art. 65"]


def test_a_press_releases_number_is_no_law() -> None:
    facts = extract(
        "**PRESS RELEASE No. 0112/ARPT/DG/2025**\n\n"
        "Chad's telecoms regulator ARCEP has imposed on Ndjamena Mobile S.A. a pecuniary sanction of FCFA 400 000 "
        "000 pursuant to Article 41.",
        title="ARPT sanctions Ndjamena Mobile",
        published="2025-06-02",
    )
    assert all("RELEASE" not in label for label in labels(by_amount(facts, "400000000")))
    assert find_instruments("NOTICE No. 12/CNC/DG/2024 of the Council") == []
    assert find_instruments("PRESS RELEASE No. 0047/ART/DG/2025") == []


def test_a_duty_done_without_what_a_decree_requires() -> None:
    facts = extract(
        "The audit found that Kivu Telecom S.A. had activated 80 000 SIM cards without the "
        "identity checks required by the regulations in force, in particular Decree No. "
        "2019/1187/PM on subscriber identification.\n\n"
        "Cameroon's regulator ART fined Kivu Telecom FCFA 300 000 000 on 2 June.",
        title="Regulator fines Kivu Telecom",
        published="2025-06-04",
    )
    assert "Decree No. 2019/1187/PM" in labels(by_amount(facts, "300000000"))


# --- A finding about a decision against several parties, the fines listed after ------------


def test_a_finding_before_the_listed_fines_is_every_named_partys() -> None:
    facts = extract(
        "Peru's Indecopi resolved on 2 May 2025 to impose fines totalling more than S/ 3.5 "
        "million on two bus operators, after finding that they and a third agreed on fares.\n\n"
        "The investigation found that the managers of Transportes Andinos S.A.C., Rutas del Sur "
        "S.A.C. and Expreso Cusco S.A.C. met monthly to set fares on the Lima-Cusco route. The "
        "Commission concluded that the conduct was a cartel prohibited by Article 11 of the "
        "Competition Law.\n\n"
        "**The fines**\n\n"
        "On the basis of Article 46 of the Competition Law, the Commission decided:\n\n"
        "- to fine Transportes Andinos S.A.C. the sum of S/ 2,000,000;\n"
        "- to fine Rutas del Sur S.A.C. the sum of S/ 1,500,000.\n\n"
        "Expreso Cusco S.A.C. was exempted under the leniency programme.\n\n"
        "**Background**\n\n"
        "In 2021 Indecopi fined Turismo Sierra S.A.C. S/ 300,000 for a similar agreement.",
        title="Indecopi fines bus operators",
        published="2025-05-05",
    )
    for amount in ("2000000", "1500000"):
        assert "Competition Law Art. 11" in labels(by_amount(facts, amount))
    # an earlier case's fine, its party not among the decision's
    assert labels(by_amount(facts, "300000")) == set()


# --- An order to cease the violations charged rests on each party's own breaches ----------


def test_cease_and_desist_orders_rest_on_each_partys_breaches() -> None:
    facts = extract(
        "On Tuesday the Securities and Exchange Commission settled charges against adviser "
        "Brightline Advisers LLC and its former chief compliance officer, Maria Tovar.\n\n"
        "The SEC found that Brightline violated Section 206(4) of the Advisers Act and Rule "
        "206(4)-7 thereunder, and that Tovar violated Section 207 of the Advisers Act.\n\n"
        "Brightline agreed to pay a $2 million civil penalty and Tovar agreed to pay a civil "
        "penalty of $75,000. The order also requires both respondents to cease and desist from "
        "committing or causing any future violations of the provisions charged, and requires "
        "Brightline to retain a compliance consultant.",
        title="SEC settles with Brightline Advisers",
        published="2025-10-09",
    )
    orders = [f for f in facts if f.action == "order"]
    tovar = [f for f in orders if f.respondent_key == "tovar"]
    assert tovar and "Advisers Act Sec. 207" in labels(tovar[0])
    assert all("Advisers Act Sec. 207" not in labels(f) for f in orders if f not in tovar)


def test_another_regulators_earlier_breach_is_not_the_orders() -> None:
    facts = extract(
        "The CFTC on Monday ordered Ridgeway Futures LLC to cease and desist from further "
        "violations of the Commodity Exchange Act and to pay a $900,000 civil monetary penalty "
        "for failing to supervise its staff.\n\n"
        "**Prior history**\n\n"
        "In 2021 the National Futures Association fined Ridgeway $60,000 for breaching NFA "
        "Compliance Rule 2-9.",
        title="CFTC settles with Ridgeway Futures",
        published="2025-11-05",
    )
    orders = [f for f in facts if f.action == "order"]
    assert orders and all("2-9" not in " ".join(labels(f)) for f in orders)


# --- A finding about the parties in the plural: every share told together -----------------


def test_a_finding_about_the_producers_is_every_share_told_together() -> None:
    facts = extract(
        "Sweden's Competition Authority said on Monday it had reached settlements with Nordic "
        "Feed, Baltic Mills and Vestkorn under the settlement procedure of Chapter 3, Section 15 "
        "of the Competition Act.\n\n"
        "Under the settlements, Nordic Feed AB will pay SEK 40 million, Baltic Mills AB SEK 25 "
        "million and Vestkorn AB SEK 10 million.\n\n"
        "**Shared lists**\n\n"
        "According to the authority, the producers shared customer lists between 2020 and 2023, "
        "conduct it considers contrary to Chapter 2, Section 1 of the Competition Act.\n\n"
        "**Earlier case**\n\n"
        "In 2022 the authority fined Skåne Grain AB SEK 3 million for an unnotified merger.",
        title="Nordic Feed and two rivals settle cartel case",
        published="2025-09-09",
    )
    for amount in ("40000000", "25000000", "10000000"):
        assert "Competition Act Ch. 2 s. 1" in labels(by_amount(facts, amount)), amount
    assert labels(by_amount(facts, "3000000")) == set()


def test_a_sentence_right_after_several_shares_is_about_each() -> None:
    facts = extract(
        "The Reserve Bank of Malawi said in June that it had penalised three licensed institutions "
        "for late reporting. The penalties were: Shire Savings Ltd (MK 12 million), Lilongwe Credit Ltd "
        "(MK 8 million) and Mzuzu Finance Ltd (MK 5 million). The notice cites section 41 of "
        "the Financial Crimes Act, 2017.\n\n"
        "Mzuzu Finance has paid. Shire Savings said separately that it breached section 12 of "
        "the Banking Act, 2010 by filing late.",
        title="RBM penalises three lenders",
        published="2025-07-02",
    )
    for amount in ("12000000", "8000000", "5000000"):
        assert "Financial Crimes Act 2017 Sec. 41" in labels(by_amount(facts, amount)), amount
    # a sentence naming its party is that party's alone
    assert "Banking Act 2010 Sec. 12" not in labels(by_amount(facts, "8000000"))


# --- A case named by the law it was under -------------------------------------------------


def test_a_case_named_by_its_law() -> None:
    facts = extract(
        "The previous record for a HIPAA settlement was set in 2018, when Anthem Inc. agreed to "
        "pay US$ 16 million to settle allegations brought by the HHS Office for Civil Rights.",
        title="Hospital chain settles HIPAA claims",
        published="2025-04-02",
    )
    assert "HIPAA" in labels(by_amount(facts, "16000000"))


def test_a_regulators_initials_before_case_are_no_law() -> None:
    facts = extract(
        "The SEC settlement requires Norbridge Capital LLC to pay a $3 million penalty.",
        title="Norbridge settles with SEC",
        published="2025-04-02",
    )
    assert labels(by_amount(facts, "3000000")) == set()
