"""Several parties in one sentence, each with its own sum (P44): a list of "name sum" pairs
after a lead-in, a name holding "and" ("Savings and Loans") inside such a list, a sum told
"on" the party after it ("Rs5 million on A and Rs1 million on its chief executive, B"), and
a business word in the language of the name ("… Bankası", "… Sigorta", "… Versicherung")
that keeps one bank from being renamed after another. Invented articles through
`extract_facts`."""

from __future__ import annotations

from .test_facts_general import by_amount, extract


def _who(facts, amount: str) -> str | None:
    fact = by_amount(facts, amount)
    return fact.respondent.text if fact.respondent else None


def test_a_list_of_names_each_with_its_sum_after_a_colon() -> None:
    facts = extract(
        "ACCRA, 4 March — The Bank of Ghana has sanctioned three rural banks for breaches of "
        "its anti-money laundering directives.\n\n"
        "The penalties were shared out as follows: Akuapem Rural Bank GH¢1.2 million, Tano "
        "Savings and Loans GH¢850,000 and Volta Community Bank GH¢400,000.",
        title="Bank of Ghana sanctions three rural banks",
    )
    assert _who(facts, "1200000") == "Akuapem Rural Bank"
    assert _who(facts, "850000") == "Tano Savings and Loans"
    assert _who(facts, "400000") == "Volta Community Bank"


def test_names_sharing_a_foreign_business_word_stay_apart() -> None:
    facts = extract(
        "ISTANBUL, May 7 — Turkey's banking watchdog BDDK fined Boğaziçi Yatırım Bankası 40 "
        "million liras, Kapadokya Kalkınma Bankası 12 million liras and Trabzon Sigorta 3 "
        "million liras for late reporting of large exposures.",
        title="BDDK fines Boğaziçi Yatırım Bankası",
    )
    assert _who(facts, "40000000") == "Boğaziçi Yatırım Bankası"
    assert _who(facts, "12000000") == "Kapadokya Kalkınma Bankası"
    assert _who(facts, "3000000") == "Trabzon Sigorta"


def test_german_names_ending_alike_stay_apart() -> None:
    facts = extract(
        "BaFin hat gegen die Rheinland Versicherung AG ein Bußgeld verhängt. BaFin fined "
        "Rheinland Versicherung €2.1 million and Mosel Versicherung €700,000 for weak "
        "outsourcing controls.",
        title="BaFin fines Rheinland Versicherung",
    )
    assert _who(facts, "700000") == "Mosel Versicherung"


def test_each_sum_told_on_the_party_after_it() -> None:
    facts = extract(
        "The Securities and Exchange Commission of Pakistan imposed penalties of Rs5 million "
        "on Indus Brokerage Ltd and Rs1 million on its chief executive, Kamran Aziz, for "
        "misusing client funds.",
        title="SECP penalises broker",
    )
    assert _who(facts, "5000000") == "Indus Brokerage Ltd"
    assert _who(facts, "1000000") == "Kamran Aziz"


def test_each_sum_told_against_the_party_after_it_in_a_court_report() -> None:
    facts = extract(
        "The Financial Markets Tribunal in Santiago imposed a fine of 4,000 UF against Andes "
        "Corredores de Bolsa S.A. and a fine of 800 UF against its manager, Rodrigo Salas.",
        title="Tribunal fines Andes Corredores",
    )
    assert _who(facts, "800") == "Rodrigo Salas"


def test_counted_parties_named_in_apposition_take_their_sums_in_order() -> None:
    facts = extract(
        "NAIROBI — The Communications Authority of Kenya has fined two internet providers, "
        "Savanna Fibre Ltd and Rift Link Ltd, KSh48 million and KSh12 million respectively for "
        "failing to register SIM cards.",
        title="CA fines two internet providers",
    )
    assert _who(facts, "48000000") == "Savanna Fibre Ltd"
    assert _who(facts, "12000000") == "Rift Link Ltd"


def test_counted_parties_named_in_apposition_each_pay_the_same() -> None:
    facts = extract(
        "KINGSTON — The National Environment and Planning Agency last week fined three quarry "
        "operators in St Catherine, Tulloch Aggregates, Linstead Stone Works and Riversdale "
        "Sand Company, J$1.5 million each for mining outside their permitted boundaries.",
        title="NEPA fines quarry operators",
    )
    found = [f for f in facts if f.amount is not None]
    assert sorted(f.respondent.text for f in found) == [
        "Linstead Stone Works",
        "Riversdale Sand Company",
        "Tulloch Aggregates",
    ]


def test_a_sum_on_a_party_described_then_named() -> None:
    facts = extract(
        "LILONGWE — The Reserve Bank of Malawi fined Chikondi Microfinance K45 million in "
        "April. In the same month it imposed a penalty of K8 million on a smaller lender, "
        "Mzuzu Credit Trust Ltd, for failing to submit quarterly returns.",
        title="RBM fines Chikondi Microfinance",
    )
    assert _who(facts, "8000000") == "Mzuzu Credit Trust Ltd"


def test_a_national_bank_keeps_its_name_before_n_a() -> None:
    facts = extract(
        "The Office of the Comptroller of the Currency ordered Prairie Heartland Bank, N.A., "
        "which is based in Wichita, Kansas, to pay a $3 million civil money penalty for flood "
        "insurance violations.",
        title="OCC penalises Prairie Heartland Bank",
    )
    assert _who(facts, "3000000") == "Prairie Heartland Bank, N.A."


def test_a_professional_corporation_keeps_its_name() -> None:
    facts = extract(
        "Harlan Family Dental, P.C. was fined $40,000 by the Kentucky Board of Dentistry for "
        "letting unlicensed assistants take X-rays.",
        title="Dental practice fined",
    )
    assert _who(facts, "40000") == "Harlan Family Dental, P.C."


def test_respectively_ends_the_list_before_a_later_sum() -> None:
    facts = extract(
        "The Hellenic Competition Commission also sanctioned the ferry agents Aegean Tickets "
        "S.A. and Kyklades Booking S.A., with fines of €640,000 and €210,000 respectively, "
        "because they added a booking charge of between €4 and €11 to every fare.",
        title="Greek watchdog fines ferry agents",
    )
    assert _who(facts, "640000") == "Aegean Tickets S.A."
    assert _who(facts, "210000") == "Kyklades Booking S.A."
