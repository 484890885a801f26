"""Laws, regulations, directives, rulebook modules and state codes the data files do not list,
read from how enforcement copy cites them: a regulator's rules named by their subject in lower
case, a rulebook's module, a directive or regulations named by title where the copy says they
were breached, a law's short form after the article's number, a US state code's section — and
a title that never runs on into the next law's name. Invented articles through
`extract_facts`; the laws are made up or from countries the data files do not cover."""

from __future__ import annotations

from assistant.provisions import find_instruments, find_provisions

from .test_facts_general import by_amount, extract, labels


def test_a_law_on_a_subject_stops_before_the_next_issuers_rules() -> None:
    facts = extract(
        "Kyrgyzstan's National Bank fined microlender Ala-Too Kredit 2.4 million soms on "
        "Monday. The lapses violated the Law on Consumer Lending and the NBKR's regulation on "
        "debt collection, the bank said.",
        title="National Bank fines Ala-Too Kredit",
    )
    assert labels(by_amount(facts, "2400000")) == {
        "Law on Consumer Lending",
        "NBKR regulation on debt collection",
    }


def test_an_issuers_rules_need_an_issuer_named_by_its_initials() -> None:
    assert find_instruments("It broke the company's rules on gifts.") == []
    assert [i for i, _, _ in find_instruments("It ignored the CMA's guidelines on tipping.")] == [
        "CMA guidelines on tipping"
    ]


def test_a_rulebook_module_is_labelled_by_its_issuer_and_short_form() -> None:
    facts = extract(
        "The Astana Financial Services Authority (AFSA) fined Steppe Brokerage Ltd USD 310,000 "
        "on 4 March for onboarding clients without checks, in breach of the AFSA's Conduct of "
        "Business and Client Assets Module (COB) and Article 12 of the Financial Services "
        "Framework Regulations.",
        title="AFSA fines Steppe Brokerage",
    )
    assert {"AFSA COB Module", "Financial Services Framework Regulations Art. 12"} <= labels(
        by_amount(facts, "310000")
    )


def test_a_module_cited_by_number_is_no_module_by_name() -> None:
    assert all("Module" not in i for i, _, _ in find_instruments("See Module 10 of the bylaws."))


def test_a_directive_named_with_its_issuer_and_year() -> None:
    facts = extract(
        "Sri Lanka's civil aviation authority (CAASL) fined Lanka Skyways LKR 750,000 on 9 May "
        "for failing to refund cancelled tickets as required by the Consumer Refunds Directive "
        "issued by CAASL in 2023.",
        title="CAASL fines Lanka Skyways",
    )
    assert labels(by_amount(facts, "750000")) == {"CAASL Consumer Refunds Directive 2023"}


def test_regulations_named_by_title_where_a_duty_under_them_was_breached() -> None:
    facts = extract(
        "The Malta Gaming Authority fined Lux Spin Ltd €95,000 on 2 June after it failed to pay "
        "out winnings owed under the Player Funds Protection Regulations within the required "
        "time.",
        title="MGA fines Lux Spin",
    )
    assert labels(by_amount(facts, "95000")) == {"Player Funds Protection Regulations"}


def test_a_law_cited_by_its_short_form_after_the_article_number() -> None:
    facts = extract(
        "The Financial Market Authority (FMA) fined Vaduz Privatbank AG CHF 120,000 on 8 May. "
        "The bank had failed to verify beneficial owners, as required by Articles 5 and 11a "
        "BankG, and did not keep records in accordance with Article 20 BankG.",
        title="FMA fines Vaduz Privatbank",
    )
    found = labels(by_amount(facts, "120000"))
    assert {"BankG Art. 5", "BankG Art. 11a"} <= found
    assert "Art. 5" not in found


def test_places_and_currencies_after_a_number_are_no_laws() -> None:
    assert [p.label for p in find_provisions("It breached Article 6 EU, the court said.")] == [
        "Art. 6"
    ]


def test_us_state_statutes_cited_by_their_codes_section() -> None:
    facts = extract(
        "The Nevada Attorney General settled with Silver Sage Lending LLC for $340,000 on 12 "
        "March over violations of NRS 598.0915 and NRS 604A.5038.",
        title="Nevada AG settles with Silver Sage Lending",
    )
    assert {"NRS 598.0915", "NRS 604A.5038"} <= labels(by_amount(facts, "340000"))
    found = find_provisions("It violated Cal. Bus. & Prof. Code § 17200 and Fla. Stat. § 501.204.")
    assert [p.label for p in found] == ["Cal. Bus. & Prof. Code § 17200", "Fla. Stat. § 501.204"]


def test_a_state_codes_letters_before_a_sum_are_no_section() -> None:
    assert find_provisions("The fine was HRS 12 million.") == []


def test_a_law_defined_by_its_own_languages_title_and_short_form() -> None:
    facts = extract(
        "Austria's Financial Market Authority (FMA) fined Donau Vorsorgebank AG €210,000 on 14 "
        "April. The bank had breached its duties under the Banking Act (Bankwesengesetz, BWG) "
        "by lending to insiders without approval.",
        title="FMA fines Donau Vorsorgebank",
    )
    assert labels(by_amount(facts, "210000")) == {"BWG"}
