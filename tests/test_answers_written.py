"""Answers read from what the sources say, on articles written for this test (invented
companies and people, real regulators), so no rule can lean on the seed articles' wording:
yes/no questions no stored outcome answers, and names asked for by what they did."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answerability import correct_spelling
from assistant.question_parse import parse
from assistant.session import Session

from .conftest import cites, indexed_session, write_article

LAKESIDE = """DUBLIN, March 4 (Test Wire) - Ireland's Data Protection Commission said on Monday it had fined Lakeside Mobile 4.2 million euros for keeping customers' location data for years longer than it needed to.

The data of 1.8 million customers was kept, including about 240,000 on business accounts.

The regulator also ordered the operator to delete the data within three months.

Lakeside Mobile can appeal the decision to the Circuit Court within 28 days. The decision is not final.

The terms of the payment plan agreed with the regulator were not disclosed.

Commissioner Maeve Collins announced the decision at a press conference in Dublin.

In a statement, Lakeside said it had not met the standards its customers expected and was committed to complying with the order.
"""

ROUNDUP = """LONDON, June 2 (Test Wire) - The Information Commissioner's Office published its enforcement update on Thursday.

Brightpath Media Ltd, which made 90,000 unsolicited marketing calls, was fined £60,000 in February. The ICO said the company has not paid the penalty and that it has started recovery action.

Brightpath can appeal to the First-tier Tribunal (Information Rights).

Corvo Logistics Ltd, fined £45,000 in March for sending spam texts, paid the penalty in full in April, the ICO said.
"""


VERDANT_FINE = """ROME, Feb 10 (Test Wire) - Italy's data protection authority, the Garante, said on Friday it had fined Verdant Energia 3.6 million euros for unlawful telemarketing.

The company said it would challenge the decision in court.
"""

VERDANT_RULING = """ROME, May 17 (Test Wire) - A Rome court on Friday upheld a 3.6 million euro fine imposed on Verdant Energia by the Garante in February 2023.

The company has 60 days to lodge a further appeal.
"""


AURORA = """BRASILIA, Feb 12 (Test Wire) - Brazil's National Data Protection Authority (ANPD) said on Wednesday that clinic chain Clínica Aurora Ltda. has not paid the R$1.8 million fine it was given last year.

Clínica Aurora said it had filed a lawsuit in federal court seeking to annul the decision.

With interest, the amount owed now stands at about R$2.1 million, the ANPD said.

($1 = 5.40 reais)

Not every company has resisted. The ANPD said that pharmacy group Farmavida, which was fined R$75,000 in October, paid the fine in full in January.
"""

PARKVIK = """OSLO, Jan 20 (Test Wire) - Norway's data protection authority, Datatilsynet, said on Monday it had fined car-park operator Parkvik AS NOK 2 million ($190,000) for sharing number-plate data with a debt collector.

Parkvik reported net sales of NOK 900 million in 2023.
"""

HARLOW = """BRUSSELS, Oct 3 (Test Wire) - The Market Court of the Brussels Court of Appeal on Tuesday reduced a €400,000 fine imposed by the Belgian Data Protection Authority on insurer Harlow Assurances SA to €150,000.

The court said the authority had not explained how it arrived at the amount.

The Market Court cannot impose fines itself, while insurers such as Harlow can be fined up to the GDPR maximum. Rival insurer Meridian Mutuelle was not part of the case.
"""

WESTMERE = """DUBLIN, Nov 6 (Test Wire) - Ireland's Data Protection Commission said on Wednesday it had fined Westmere Games, the company behind the mobile game Skyforge, €1.2 million for profiling children without a lawful basis.

Without the reduction for cooperating with the inquiry, the fine would have been €1.5 million.

The decision is dated 4 November 2024. It also orders Westmere to delete the profiles it built within 60 days of the decision.

Last year, the regulator temporarily banned Skyforge's in-game chat for users under 16.

Westmere, which was founded in 2011, reported worldwide turnover of €800 million for 2023.

If the profiles are not deleted in time, a penalty payment of €10,000 per day will apply, starting to accrue on 10 January 2025. Westmere may appeal within 28 days of the day it received the decision. A payment plan it proposed still requires approval from the High Court. Westmere has until 31 January 2025 to pay the fine.
"""

GRANLY = """COPENHAGEN, April 10 (Test Wire) - In Granly's case, the Danish data protection agency recommended a fine of DKK 1.5 million.

On 28 November 2024 the Copenhagen City Court fined the company DKK 1.2 million.
"""

ORBISOFT = """PARIS, Jan 6 (Test Wire) - France's CNIL said on Thursday it had fined Orbisoft a total of €30 million for cookie banners that made refusing harder than accepting.

Of this amount, €20 million is imposed on Orbisoft Inc and €10 million on Orbisoft Europe Ltd.
"""

HOLLIS = """MONTPELIER, Vt., Sept 9 (Test Wire) - Vermont's attorney general said on Monday it had reached a $310,000 settlement with outdoor retailer Hollis Outfitters Inc. over claims that it sold shoppers' browsing histories to data brokers.
"""

HOLLIS_NY = """ALBANY, N.Y., Oct 21 (Test Wire) - New York's attorney general said on Monday it had reached a $90,000 settlement with Hollis Outfitters Inc. over the same sales of browsing data.
"""

LUMIERE = """MONTREAL, Aug 14 (Test Wire) - Quebec's Commission d'accès à l'information said on Tuesday it had imposed an administrative monetary penalty of C$30,000 on travel agency Lumière Voyages inc. for failing to report a breach of its clients' passport scans.
"""

BREVIA = """PARIS, Oct 2 (Test Wire) - France's CNIL said on Wednesday it had ordered Brevia SAS, which runs a price-comparison site, to stop dropping advertising cookies before visitors consent.

The order carries a penalty payment of €500 per day of delay, starting on 1 September 2024 and capped at €30,000, the regulator said. Brevia has not yet complied.
"""

SOLANA = """MADRID, May 6 (Test Wire) - Spain's data protection agency, the AEPD, said on Monday it had banned travel agency Solana Viajes S.L. from selling its customers' booking histories to advertisers.

Solana has until 30 June to stop the sales and delete the data it shared.
"""

PELHAM = """MADRID, July 8 (Test Wire) - Spain's data protection agency, the AEPD, said on Tuesday it had fined Pelham Hoteles S.L. €60,000 for losing a laptop holding guests' passport details.

Pelham paid voluntarily before the decision, so the penalty was reduced by 20 per cent.
"""

MIRADOURO = """LISBON, March 3 (Test Wire) - Portugal's data protection authority, the CNPD, fined insurer Miradouro Seguros S.A. €900,000 for keeping call recordings for a decade.

Miradouro's annual turnover is about €140 million, and Article 83(5) GDPR allows fines of up to €20 million or 4% of worldwide annual turnover, whichever is higher.
"""

VANTOR = """VIENNA, Sept 3 (Test Wire) - Austria's data protection authority, the DSB, said on Tuesday it had fined Vantor Telekom GmbH €2 million for selling subscribers' location data.

In 2019 the DSB fined Vantor €40,000 for sending marketing texts without consent.
"""

BROOKFIELD = """ALBANY, N.Y., June 4 (Test Wire) - Brookfield Learning Inc. will pay $2 million under a settlement with New York state over a breach of student records.

Under the agreement, Brookfield will pay $1.6 million in civil penalties and $400,000 in costs.
"""

TIDEWAY = """Ofcom said on Thursday it had directed Harbour Link Telecom Ltd, a broadband reseller, to comply with its rules on contract summaries. Separately, it fined the mobile operator Tideway Mobile £400,000 for overcharging customers.

Pelican Link Telecom, a rival reseller, said it welcomed the clarity.
"""

HORIZONTE = """MADRID, May 20 (Test Wire) - Spain's data protection agency, the AEPD, fined Clínicas Horizonte Azul, S.L. €310,000 for leaving scanned patient files on a shared drive.

Under Article 83(4) GDPR the theoretical maximum for a breach of the security rules was accordingly €10 million.

The agency could have fined the clinic group up to 2% of its turnover, but it imposed €310,000 after taking account of its cooperation.
"""

DUNAJSKA = """BRATISLAVA, March 2 (Test Wire) - Slovakia's data protection office said on Monday it had fined insurer Dunajská poisťovňa, a.s. EUR 40,000 for sending claim files to the wrong customers.

The office said the insurer had cooperated with the inquiry.
"""

KESTREL = """VILNIUS, June 3 (Test Wire) - Lithuania's State Data Protection Inspectorate (VDAI) issued a compliance notice to Kestrelwood UAB on 12 March, ordering it to stop asking tenants for bank statements.

Kestrelwood initially lodged an appeal against the notice with the regional administrative court, but withdrew it in May.

Separately, the VDAI fined Brantley Couriers UAB EUR 30,000; Brantley has appealed the fine to the regional administrative court.

In Canada, the CRTC imposed an administrative monetary penalty of $60,000 on Maple Ridge Marketing Inc. for sending spam. The notice of violation had proposed a penalty of $90,000.
"""

BROOKVALE = """LONDON, Sept 24 (Test Wire) - The CMA has imposed a fixed penalty of £50,000 on Brookvale Tickets Ltd and a daily penalty of £2,000 for every day it fails to answer an information notice.

The penalty notice, dated 20 September 2026, was published on Monday.
"""

RILA = """SOFIA, April 16 (Test Wire) - Bulgaria's Commission for Personal Data Protection fined the electricity supplier Rila Power EAD BGN 120,000 (about EUR 61,000) for mailing bills to the wrong customers.

In the same decision, the Commission imposed a second sanction of BGN 15,000 on Rila Power for reporting the breach late.
"""

VELTRA = """OSLO, March 3 (Test Wire) - Norway's data protection authority, Datatilsynet, ordered the retailer Veltra AS to stop filming its staff in break rooms.

In a separate case, Datatilsynet has referred the parking operator Fjordpark AS to the police over its number-plate cameras.
"""

MBEGU = """NAIROBI, Sept 9 (Test Wire) - The Competition Tribunal has suspended the 40 million shilling penalty the Competition Authority of Kenya imposed on seed supplier Mbegu Agro Ltd in June, pending its appeal, on condition that 20 per cent of the fine is paid upfront.
"""

TALLOWOOD = """MELBOURNE, May 21 (Test Wire) - The Federal Court has ordered energy retailer Tallowood Power Pty Ltd to pay A$9 million in penalties for misleading customers about discounts, in proceedings brought by the Australian Competition and Consumer Commission.

The ACCC had sought A$14 million.
"""

HALDENPAY = """COPENHAGEN, Oct 2 (Test Wire) - Denmark's Financial Supervisory Authority said on Thursday that payments firm Haldenpay ApS had supplied only some of the transaction records it had requested before the September deadline.
"""

OSTRAVA = """PRAGUE, March 2 (Test Wire) - Energy trader Ostrava Proud a.s. has paid only a quarter of the CZK 8 million fine the Czech Energy Regulatory Office imposed last year, the office said on Monday.
"""

TIMBERLINE = """TORONTO, Jan 9 (Test Wire) - The Ontario Securities Commission fined Timberline Realty Inc. C$400,000 in 2024.

Timberline paid the penalty in December after an early-payment reduction: C$300,000 was transferred to the commission, the company said.
"""

FJALLA = """REYKJAVIK, June 5 (Test Wire) - Iceland's data protection authority, Persónuvernd, has ordered the cafe chain Fjallakaffi ehf. to delete its staff recordings. No fine will follow as long as Fjallakaffi complies, the authority said.
"""

KORVATH = """BUDAPEST, Nov 14 (Test Wire) - The Budapest-Capital Regional Court on Thursday annulled the 90 million forint fine the Hungarian data protection authority, NAIH, imposed on the debt collector Korvath Kft. last year, ruling that the authority had missed its own procedural deadline.

The authority said it was studying the judgment and had valid grounds for a further appeal.
"""

SOUTHGATE = """SYDNEY, July 30 (Test Wire) - The Australian Communications and Media Authority said it had directed Southgate Telco Pty Ltd to comply with the Telecommunications Consumer Protections Code after finding it failed to give customers critical information summaries.
"""

WESTBRIDGE = """LONDON, Feb 13 (Test Wire) - The Financial Conduct Authority fined Westbridge Credit Limited £900,000 for unaffordable lending.

Westbridge agreed to settle at an early stage. Without that, the regulator would have imposed a penalty of £1,285,700.

In a separate matter, the Upper Tribunal dismissed a reference brought by Anna Kowal, the former chief executive of Brookhill Loans Limited, against the FCA's decision to fine her £120,000.
"""

HOLLOWAY = """MELBOURNE, Oct 2 (Test Wire) - The Federal Court ordered debt collector Holloway Recoveries Pty Ltd to pay A$3 million in penalties for harassing debtors.

In the case brought by the ACCC, Justice Mira Lowe said Holloway Recoveries Pty Ltd had used undue harassment against debtors, some of whom it called 40 times a day.

Holloway's former operations manager, Tessa Brandt, was ordered to pay a penalty of A$90,000 and was disqualified from managing corporations for three years.
"""

MWANGAZA = """NAIROBI, Aug 6 (Test Wire) - Kenya's Office of the Data Protection Commissioner said on Monday it had fined Mwangaza Loans Ltd 4 million shillings for calling borrowers' relatives.

The law caps such penalties: the maximum is 5 million shillings.
"""

DRAKON = """WARSAW, May 6 (Test Wire) - Poland's competition office, UOKiK, said on Tuesday it had fined energy-drink maker Drakon Napoje Sp. z o.o. PLN 2,400,000 for claiming its drinks cured fatigue.

Its former sales director, Jerzy Malinowski, was fined PLN 150,000. The law allows the office to fine a manager up to PLN 2 million.

The office received 312 complaints about the company. Sales staff read from scripts saying that Vigorex "restores energy within minutes".
"""

KVITFJELL = """The Labour Inspection Authority has imposed a coercive fine of NOK 5 000 per day on Kvitfjell Bygg AS until the company registers the working hours of its staff.

The coercive fine can run up to a maximum amount of NOK 400 000.
"""

ASHGROVE = """ZAGREB, Feb 3 (Test Wire) - Croatia's data protection agency, AZOP, fined the garden-centre chain Ashgrove Vrtni Centri d.o.o. EUR 1.6 million on Monday for failing to protect customers' card details.

The agency noted that the group's worldwide annual turnover was EUR 900 million.

Ashgrove had 30 days to appeal to the Administrative Court in Zagreb. The company said it will not appeal and intends to pay.
"""

PRICE_TAGS = """SANTIAGO, Aug 5 (Test Wire) - Chile's consumer watchdog fined three supermarket chains on Monday for shelf prices that did not match the prices charged at the till.

Mercado Andino received the largest fine, 900 million pesos. Supermercados Copihue was fined 400 million pesos and Almacenes Pudú 150 million pesos.

Supermercados Copihue has taken the watchdog to court over its penalty.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("yes-no-corpus")
    write_article(corpus, "2024-03-04-dpc-fines-lakeside-mobile", LAKESIDE, published="2024-03-04")
    write_article(corpus, "2024-06-02-ico-enforcement-update", ROUNDUP, published="2024-06-02")
    write_article(corpus, "2023-02-10-garante-fines-verdant", VERDANT_FINE, published="2023-02-10")
    write_article(
        corpus, "2024-05-17-court-upholds-verdant-fine", VERDANT_RULING, published="2024-05-17"
    )
    write_article(corpus, "2025-02-12-anpd-clinica-aurora-unpaid", AURORA, published="2025-02-12")
    write_article(corpus, "2025-01-20-datatilsynet-fines-parkvik", PARKVIK, published="2025-01-20")
    write_article(
        corpus, "2024-10-03-market-court-cuts-harlow-fine", HARLOW, published="2024-10-03"
    )
    write_article(corpus, "2024-11-06-dpc-fines-westmere-games", WESTMERE, published="2024-11-06")
    write_article(corpus, "2022-01-06-cnil-fines-orbisoft", ORBISOFT, published="2022-01-06")
    write_article(corpus, "2025-04-10-granly-court-fine", GRANLY, published="2025-04-10")
    write_article(corpus, "2024-09-09-vermont-ag-hollis", HOLLIS, published="2024-09-09")
    write_article(corpus, "2024-10-21-new-york-ag-hollis", HOLLIS_NY, published="2024-10-21")
    write_article(corpus, "2025-08-14-cai-fines-lumiere", LUMIERE, published="2025-08-14")
    write_article(corpus, "2024-10-02-cnil-orders-brevia", BREVIA, published="2024-10-02")
    write_article(corpus, "2025-05-06-aepd-bars-solana", SOLANA, published="2025-05-06")
    write_article(corpus, "2025-07-08-ico-fines-pelham", PELHAM, published="2025-07-08")
    write_article(corpus, "2025-03-03-cnpd-fines-miradouro", MIRADOURO, published="2025-03-03")
    write_article(corpus, "2024-09-03-dsb-fines-vantor", VANTOR, published="2024-09-03")
    write_article(corpus, "2025-06-04-brookfield-new-york", BROOKFIELD, published="2025-06-04")
    write_article(corpus, "2025-08-06-odpc-fines-mwangaza", MWANGAZA, published="2025-08-06")
    write_article(corpus, "2025-05-20-aepd-fines-horizonte-azul", HORIZONTE, published="2025-05-20")
    write_article(
        corpus, "2026-03-02-slovak-office-fines-dunajska", DUNAJSKA, published="2026-03-02"
    )
    write_article(corpus, "2026-06-03-vdai-notice-kestrelwood", KESTREL, published="2026-06-03")
    write_article(corpus, "2026-09-24-cma-penalises-brookvale", BROOKVALE, published="2026-09-24")
    write_article(corpus, "2025-04-16-cpdp-fines-rila-power", RILA, published="2025-04-16")
    write_article(corpus, "2025-02-13-fca-fines-westbridge", WESTBRIDGE, published="2025-02-13")
    write_article(corpus, "2025-10-02-court-penalises-holloway", HOLLOWAY, published="2025-10-02")
    write_article(corpus, "2025-07-30-acma-directs-southgate", SOUTHGATE, published="2025-07-30")
    write_article(corpus, "2025-11-14-court-annuls-korvath-fine", KORVATH, published="2025-11-14")
    write_article(corpus, "2026-03-03-datatilsynet-veltra", VELTRA, published="2026-03-03")
    write_article(corpus, "2025-06-05-personuvernd-fjallakaffi", FJALLA, published="2025-06-05")
    write_article(corpus, "2026-03-02-ero-ostrava-quarter-paid", OSTRAVA, published="2026-03-02")
    write_article(corpus, "2026-01-09-bcfsa-timberline-paid", TIMBERLINE, published="2026-01-09")
    write_article(corpus, "2025-10-02-dfsa-haldenpay-records", HALDENPAY, published="2025-10-02")
    write_article(corpus, "2025-05-21-court-orders-tallowood", TALLOWOOD, published="2025-05-21")
    write_article(
        corpus, "2025-09-09-tribunal-suspends-mbegu-penalty", MBEGU, published="2025-09-09"
    )
    write_article(corpus, "2025-05-06-uokik-fines-drakon", DRAKON, published="2025-05-06")
    write_article(corpus, "2025-08-05-chile-price-tag-fines", PRICE_TAGS, published="2025-08-05")
    write_article(
        corpus, "2026-04-01-labour-inspection-kvitfjell", KVITFJELL, published="2026-04-01"
    )
    write_article(corpus, "2026-02-03-azop-fines-ashgrove", ASHGROVE, published="2026-02-03")
    write_article(
        corpus,
        "2025-09-11-ofcom-directs-harbour-link",
        TIDEWAY,
        published="2025-09-11",
        outlet="Telecom Compliance Weekly",
    )
    return indexed_session(corpus, tmp_path_factory.mktemp("yes-no-index"))


def _facts_about(session: Session, key: str) -> list:
    return [f for f in session.reader().facts() if f.respondent_key == key]


@pytest.mark.parametrize(
    ("question", "verdict", "phrase"),
    [
        ("Can Lakeside Mobile appeal the decision?", "yes", "can appeal the decision"),
        (
            "Is the DPC's decision against Lakeside Mobile final?",
            "no",
            "The decision is not final.",
        ),
        ("Will Lakeside comply with the order?", "yes", "committed to complying with the order"),
        ("Has Brightpath Media paid the penalty?", "no", "has not paid the penalty"),
        ("Has Corvo Logistics paid its fine?", "yes", "paid the penalty in full"),
    ],
)
def test_the_verdict_is_read_from_the_sentence_that_says_it(
    session: Session, question: str, verdict: str, phrase: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "status", answer.answer
    assert answer.verdict == verdict, answer.answer
    assert cites(answer, phrase), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        # The sources say only that it may appeal: not that it did.
        "Did Lakeside Mobile appeal the fine?",
        # Nothing mentions instalments; the payment plan was not disclosed.
        "Is Lakeside Mobile paying the fine in instalments?",
        # Another company's sentence in the same round-up does not answer for this one.
        "Has Brightpath Media appealed?",
    ],
)
def test_what_the_sources_do_not_say_is_not_answered(session: Session, question: str) -> None:
    answer = session.ask(question)
    assert answer.kind == "not_found", answer.answer
    assert answer.verdict is None
    assert answer.answer.startswith("The sources don't say")


def test_a_company_sharing_a_word_with_an_outlet_is_still_the_company_asked_about(
    session: Session,
) -> None:
    """ "Harbour Link Telecom" is a company, not the outlet "Telecom Compliance Weekly": the
    question asks about it, and no fine against it is in the sources."""
    answer = session.ask("How much was Harbour Link Telecom fined?")
    assert answer.kind == "not_found", answer.answer
    assert "400,000" not in answer.answer
    # A company no action is reported against is still a name the sources do not answer for.
    answer = session.ask("How much was Pelican Link Telecom fined?")
    assert answer.kind == "not_found", answer.answer
    answer = session.ask(
        "How much was Tideway Mobile fined, according to Telecom Compliance Weekly?"
    )
    assert answer.kind == "amount" and answer.value.amount == Decimal("400000"), answer.answer


def test_a_company_named_right_after_the_first_word_is_still_a_name(session: Session) -> None:
    """ "Has Pelican Link Telecom paid …": the capitalised first word does not hide the name
    after it, so another company's payment never answers."""
    answer = session.ask("Has Pelican Link Telecom paid its fine?")
    assert answer.kind == "not_found", answer.answer
    assert answer.verdict is None
    # Typed in lower case, the name is still one the sources write capitalised.
    answer = session.ask("how much was pelican fined?")
    assert answer.kind == "not_found", answer.answer


def test_the_rest_of_a_company_s_name_is_not_what_a_yes_no_question_asks(
    session: Session,
) -> None:
    """ "Did Dunajská poisťovňa challenge …": "poisťovňa" is the rest of the name, so the
    sentence reporting the fine, which repeats it, says nothing about a challenge."""
    answer = session.ask("Did Dunajská poisťovňa challenge the fine?")
    assert answer.verdict != "yes", answer.answer


@pytest.mark.parametrize(
    ("question", "status"),
    [
        ("Has Dunajská handed over the documents the regulator asked for?", "complied"),
        ("Has Dunajská handed over the money yet?", "paid"),
        ("Did Dunajská supply the information it was told to?", "complied"),
        # A status word inside a company's name is the name ("Harbour Pay").
        ("Did Harbour Pay go along with the ban?", "complied"),
        ("Has Northgate obeyed the order?", "complied"),
        ("Has Verdant Energia accepted the fine?", "accepted"),
    ],
)
def test_handing_over_documents_is_complying_and_handing_over_money_is_paying(
    session: Session, question: str, status: str
) -> None:
    reader = session.reader()
    query = parse(question, session.lexicon, reader.respondent_keys())
    assert query.status == status


def test_a_company_that_said_it_would_challenge_has_not_accepted_the_fine(
    session: Session,
) -> None:
    answer = session.ask("Has Verdant Energia accepted the fine?")
    assert answer.kind == "status" and answer.verdict == "no", answer.answer
    assert cites(answer, "challenge the decision in court"), answer.answer


@pytest.mark.parametrize(
    ("question", "verdict", "cited"),
    [
        ("Is the NAIH fine on Korvath still in force?", "no", "annulled the 90 million forint"),
        ("does the korvath kft fine still stand", "no", "annulled the 90 million forint"),
        ("Is Verdant Energia's fine still valid?", "yes", "upheld a 3.6 million euro fine"),
        ("Does the Harlow fine still apply?", "yes", "reduced a €400,000 fine"),
    ],
)
def test_whether_a_measure_still_stands_is_what_a_court_did_with_it(
    session: Session, question: str, verdict: str, cited: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "status" and answer.verdict == verdict, answer.answer
    assert cites(answer, cited), answer.answer


def test_a_measure_no_court_ruled_on_is_not_said_to_stand_or_fall(session: Session) -> None:
    """No ruling on Lakeside's fine: "the sources don't say", not a yes or no read from a
    sentence that happens to say "valid" or "in force" about something else."""
    answer = session.ask("Is the Lakeside Mobile fine still valid?")
    assert not answer.found and answer.verdict is None, answer.answer


def test_an_appeal_withdrawn_later_in_the_sentence_is_no_longer_being_fought(
    session: Session,
) -> None:
    """A company typed in lower case is still the company asked about (not Brantley, whose
    appeal stands), and "lodged an appeal …, but withdrew it" answers No."""
    answer = session.ask("is kestrelwood still fighting the notice in court?")
    assert answer.verdict == "no", answer.answer
    assert cites(answer, "but withdrew it in May"), answer.answer


def test_a_country_s_regulator_named_by_another_country_s_generic_name(session: Session) -> None:
    """ "Lithuania's data protection commission" is Lithuania's regulator, whatever Ireland's
    DPC is called in English."""
    answer = session.ask(
        "How much did Lithuania's data protection commission fine Brantley Couriers?"
    )
    assert answer.kind == "amount" and answer.value.amount == Decimal(30_000), answer.answer


def test_how_much_below_the_amount_a_notice_proposed_in_the_article_s_dollars(
    session: Session,
) -> None:
    """ "$" in a Canadian story is the Canadian dollar for the proposal as for the fine, and the
    proposal is read from the sentence proposing it even when the question says "penalty"."""
    answer = session.ask(
        "How much lower was the CRTC penalty on Maple Ridge Marketing than the notice of violation?"
    )
    assert answer.kind == "calculation", answer.answer
    assert (answer.value.amount, answer.value.currency) == (Decimal(30_000), "CAD"), answer.answer


@pytest.mark.parametrize(
    ("question", "kind", "value"),
    [
        ("What's the date on the CMA's penalty notice to Brookvale?", "date", "2026-09-20"),
        ("what did brookvale get fined", "amount", Decimal(50_000)),
        (
            "If Brookvale holds out for 10 days, what do the daily penalties add up to?",
            "calculation",
            Decimal(20_000),
        ),
    ],
)
def test_everyday_wordings_of_dates_amounts_and_accruals(
    session: Session, question: str, kind: str, value
) -> None:
    answer = session.ask(question)
    assert answer.kind == kind, answer.answer
    got = answer.value.date if kind == "date" else answer.value.amount
    assert got == value, answer.answer


def test_a_follow_up_in_another_currency_takes_the_action_the_sources_give_in_it(
    session: Session,
) -> None:
    answer = session.ask("and in euros?", ["How much did the CPDP fine Rila Power?"])
    assert answer.kind == "amount", answer.answer
    assert (answer.value.amount, answer.value.currency) == (Decimal(61_000), "EUR"), answer.answer


def test_a_decision_asked_about_by_its_local_name(session: Session) -> None:
    answer = session.ask("When is the DPC deliberation on Westmere dated?")
    assert answer.kind == "date" and answer.value.date == "2024-11-04", answer.answer


def test_a_law_asked_about_by_another_of_its_names(session: Session) -> None:
    """The question says "TCP Code"; the source writes the code's full title."""
    answer = session.ask("Which company did the ACMA direct to comply with the TCP Code?")
    assert answer.kind == "entity" and "Southgate Telco" in answer.answer, answer.answer


def test_a_regulator_typed_in_lower_case_still_selects_its_actions(session: Session) -> None:
    """ "naih" is Hungary's NAIH: the answer is its fine, not "the sources don't say"."""
    answer = session.ask("how much did the naih fine korvath")
    assert answer.found and answer.value.currency == "HUF", answer.answer
    assert answer.value.amount == Decimal(90_000_000), answer.answer
    reader = session.reader()
    question = correct_spelling("did the naih fine korvath", reader, session.lexicon)
    assert parse(question, session.lexicon, reader.respondent_keys()).authorities == ("NAIH",)


def test_the_share_of_a_penalty_to_put_up_is_worked_out_from_the_stated_percentage(
    session: Session,
) -> None:
    answer = session.ask("How much does Mbegu Agro have to pay upfront to keep the suspension?")
    assert answer.kind == "calculation", answer.answer
    assert (answer.value.amount, answer.value.currency) == (Decimal(8_000_000), "KES")
    assert len([i for i in answer.calculation.inputs if i.citation]) == 2, answer.answer


def test_how_far_a_penalty_fell_short_of_what_the_regulator_sought(session: Session) -> None:
    answer = session.ask("How far below what the ACCC wanted was the Tallowood Power penalty?")
    assert answer.kind == "calculation", answer.answer
    assert (answer.value.amount, answer.value.currency) == (Decimal(5_000_000), "AUD")
    assert cites(answer, "had sought A$14 million"), answer.answer


def test_something_done_only_in_part_is_not_done(session: Session) -> None:
    answer = session.ask(
        "Has Haldenpay handed over the transaction records the regulator requested?"
    )
    assert answer.kind == "status" and answer.verdict == "no", answer.answer
    assert cites(answer, "only some of the transaction records"), answer.answer


def test_what_a_party_would_owe_after_some_days_late_is_the_daily_penalty_accrued(
    session: Session,
) -> None:
    answer = session.ask(
        "If Brookvale is 12 days late answering, what does it owe in daily penalties?"
    )
    assert answer.kind == "calculation", answer.answer
    assert (answer.value.amount, answer.value.currency) == (Decimal(24_000), "GBP"), answer.answer


@pytest.mark.parametrize(
    "question",
    ["What AMP did the CRTC impose on Westbridge?", "what CMP did HHS set for Westbridge"],
)
def test_a_monetary_penalty_asked_for_by_its_initials_is_an_amount(
    session: Session, question: str
) -> None:
    query = parse(question, session.lexicon, session.reader().respondent_keys())
    assert (query.kind, query.action) == ("amount", "fine")


def test_what_settling_saved_is_the_penalty_before_the_discount_less_the_one_imposed(
    session: Session,
) -> None:
    answer = session.ask("How much did settling save Westbridge Credit?")
    assert answer.kind == "calculation", answer.answer
    assert (answer.value.amount, answer.value.currency) == (Decimal(385_700), "GBP"), answer.answer


@pytest.mark.parametrize(
    "question", ["Did Westbridge Credit contest the FCA fine?", "Has Westbridge appealed?"]
)
def test_a_settled_penalty_was_not_challenged(session: Session, question: str) -> None:
    answer = session.ask(question)
    assert answer.kind == "status" and answer.verdict == "no", answer.answer
    assert cites(answer, "agreed to settle at an early stage"), answer.answer


@pytest.mark.parametrize(
    ("question", "amount", "currency"),
    [
        ("How much has Ostrava Proud actually paid so far?", 2_000_000, "CZK"),
        ("how much did timberline realty end up paying", 300_000, "CAD"),
    ],
)
def test_what_was_actually_paid_is_the_sum_the_sources_say_was_paid(
    session: Session, question: str, amount: int, currency: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "amount", answer.answer
    assert (answer.value.amount, answer.value.currency) == (Decimal(amount), currency)


def test_a_condition_is_no_statement_that_it_was_met(session: Session) -> None:
    """ "as long as Fjallakaffi complies" says nothing about whether it has."""
    answer = session.ask("Has Fjallakaffi complied with the order?")
    assert answer.verdict != "yes", answer.answer


@pytest.mark.parametrize(
    ("question", "court"),
    [
        ("Which court cut Harlow's fine?", "Market Court"),
        ("which court annulled the korvath fine", "Budapest-Capital Regional Court"),
    ],
)
def test_the_court_that_ruled_on_a_measure_is_named_from_the_ruling(
    session: Session, question: str, court: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "entity" and answer.answer.startswith(court), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What is Harlow Assurances' fine after the appeal?",
        "harlow's reduced fine?",
        "Harlow's fine after the Court of Appeal judgment?",
    ],
)
def test_the_fine_after_an_appeal_is_the_amount_the_court_set(
    session: Session, question: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "amount" and answer.value.amount == Decimal(150_000), answer.answer


def test_a_count_asked_for_by_another_word_for_the_same_people(session: Session) -> None:
    """The source counts "customers"; the question says "subscribers"."""
    answer = session.ask("How many subscribers did Lakeside Mobile keep location data on?")
    assert answer.kind == "count" and answer.value.number == 1_800_000, answer.answer
    assert answer.answer.startswith("1,800,000 customers"), answer.answer


def test_a_party_asked_for_by_what_was_done_to_it_is_not_the_regulator_s_other_party(
    session: Session,
) -> None:
    """Datatilsynet's recorded actions are Veltra's order and Parkvik's fine; the question asks whom it referred
    to the police, which only the passage says."""
    answer = session.ask("Which company did Norway's Datatilsynet refer to the police?")
    assert answer.kind == "entity" and "Fjordpark" in answer.answer, answer.answer
    assert "Veltra" not in answer.answer.split(".")[0], answer.answer


def test_who_was_banned_in_a_company_s_case_names_the_person_banned(session: Session) -> None:
    """The question names the company; the one disqualified is its former manager."""
    answer = session.ask("who got banned from being a company director in the holloway case?")
    assert answer.kind == "entity" and answer.answer.startswith("Tessa Brandt"), answer.answer


def test_a_person_s_fine_is_not_the_fine_of_the_company_they_worked_for(
    session: Session,
) -> None:
    """The sentence names Brookhill Loans, but the £120,000 is its former chief executive's."""
    answer = session.ask("how much did the FCA fine Brookhill Loans?")
    assert answer.kind == "not_found", answer.answer
    answer = session.ask("how much did the FCA fine Westbridge Credit?")
    assert answer.kind == "amount" and answer.value.amount == Decimal(900_000), answer.answer


def test_an_undisclosed_detail_is_reported_as_unknown(session: Session) -> None:
    answer = session.ask("Has Lakeside Mobile agreed a payment plan with the regulator?")
    assert answer.kind == "not_found", answer.answer
    assert cites(answer, "were not disclosed"), answer.answer


@pytest.mark.parametrize(
    ("question", "name", "phrase"),
    [
        (
            "Where can Lakeside Mobile appeal?",
            "Circuit Court",
            "appeal the decision to the Circuit Court",
        ),
        (
            "Where can Brightpath Media appeal its fine?",
            "First-tier Tribunal (Information Rights)",
            "First-tier Tribunal (Information Rights)",
        ),
        ("Who announced the Lakeside Mobile decision?", "Maeve Collins", "announced the decision"),
    ],
)
def test_a_name_is_read_by_what_the_question_says_it_did(
    session: Session, question: str, name: str, phrase: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "entity", answer.answer
    assert answer.answer.startswith(name) or f" {name}" in answer.answer.split(".")[0], (
        answer.answer
    )
    assert cites(answer, phrase), answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # The court's "on Friday" dates the ruling, not the fine it upheld.
        ("When did the court rule on Verdant Energia's fine?", "2024-05-17"),
        ("When did the Garante fine Verdant Energia?", "2023-02-10"),
    ],
)
def test_a_ruling_and_the_fine_it_rules_on_keep_their_own_dates(
    session: Session, question: str, expected: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "date", answer.answer
    assert answer.value is not None and answer.value.date == expected, answer.answer


def test_one_fine_reported_by_two_articles_is_counted_once(session: Session) -> None:
    answer = session.ask("What is the total Verdant Energia has been fined?")
    assert answer.kind == "calculation", answer.answer
    assert (answer.value.amount, answer.value.currency) == (Decimal(3_600_000), "EUR"), (
        answer.answer
    )


@pytest.mark.parametrize(
    ("question", "amount", "currency", "step"),
    [
        # "zloty to the euro": 1 euro = 4.50 zloty, whichever way the amount goes.
        ("At 4.50 zloty to the euro, what is PLN 9,000,000 in euros?", 2_000_000, "EUR", "÷ 4.5"),
        ("At 4.50 zloty to the euro, what is €2 million in zloty?", 9_000_000, "PLN", "× 4.5"),
        (
            "At 4.5 zloty to the euro, what is PLN 1,000,000 in euros?",
            Decimal("222222.22"),
            "EUR",
            "≈",
        ),
    ],
)
def test_a_stated_rate_converts_in_the_direction_it_is_quoted(
    session: Session, question: str, amount, currency: str, step: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "calculation", answer.answer
    assert (answer.value.amount, answer.value.currency) == (Decimal(amount), currency), (
        answer.answer
    )
    assert any(step in s for s in answer.calculation.steps), answer.calculation.steps


def test_a_percentage_is_given_to_one_decimal_place(session: Session) -> None:
    answer = session.ask("What share of an €8.15m total is €6m?")
    assert answer.kind == "calculation", answer.answer
    assert answer.value.number == Decimal("73.6") and answer.value.unit == "percent", answer.answer


def test_a_question_about_something_else_is_not_answered_with_a_place_name(
    session: Session,
) -> None:
    answer = session.ask("what's the weather like in Dublin this weekend?")
    assert answer.kind == "not_found", answer.answer
    assert "weather" in answer.answer


def test_why_is_answered_with_the_reason_the_sources_give(session: Session) -> None:
    answer = session.ask("Why was Lakeside Mobile fined?")
    assert answer.kind == "passage", answer.answer
    assert cites(answer, "for keeping customers' location data"), answer.answer


def test_a_contraction_is_not_an_unknown_word(session: Session) -> None:
    answer = session.ask("Hasn't Brightpath Media paid the penalty?")
    assert answer.kind == "status" and answer.verdict == "no", answer.answer


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("How many customers' data did Lakeside Mobile keep?", 1_800_000),
        # "including about 240,000 on business accounts": the subset the question names
        ("How many business customers' data did Lakeside Mobile keep?", 240_000),
    ],
)
def test_a_count_and_its_named_subset(session: Session, question: str, number: int) -> None:
    answer = session.ask(question)
    assert answer.kind == "count", answer.answer
    assert answer.value.number == number, answer.answer


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # Typed without the accent; "R$" is a currency, not a company called R.
        ("has clinica aurora paid its fine?", "no"),
        ("Has Farmavida paid the ANPD fine?", "yes"),
    ],
)
def test_round_up_statuses_belong_to_the_company_each_sentence_names(
    session: Session, question: str, verdict: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "status" and answer.verdict == verdict, answer.answer


def test_a_lawsuit_seeking_to_annul_is_not_an_annulment(session: Session) -> None:
    answer = session.ask("Was the Clínica Aurora fine annulled?")
    assert answer.verdict != "yes", answer.answer


def test_a_shared_regulator_name_is_resolved_by_the_country_named(session: Session) -> None:
    answer = session.ask("Which regulator fined Parkvik?")
    assert answer.kind == "entity", answer.answer
    assert "Norw" in answer.answer, answer.answer


def test_net_sales_are_not_a_fine(session: Session) -> None:
    answer = session.ask("How much was Parkvik fined?")
    assert (answer.value.amount, answer.value.currency) == (Decimal(2_000_000), "NOK"), (
        answer.answer
    )


def test_a_court_reduction_gives_the_new_figure_and_keeps_the_original(session: Session) -> None:
    reduced = session.ask("What did the court reduce Harlow Assurances' fine to?")
    assert (reduced.value.amount, reduced.value.currency) == (Decimal(150_000), "EUR"), (
        reduced.answer
    )
    ruled = session.ask("When did the court rule on Harlow's fine?")
    assert ruled.value.date == "2024-10-01", ruled.answer


def test_another_regulator_s_action_is_not_an_answer(session: Session) -> None:
    answer = session.ask("How much was Lakeside Mobile fined by the CNIL?")
    assert answer.kind == "not_found", answer.answer
    assert "What they do report" in answer.answer and "4,200,000" in answer.answer, answer.answer


def test_a_question_about_something_else_entirely(session: Session) -> None:
    answer = session.ask("who won the 2024 champions league final")
    assert answer.kind == "not_found", answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What were Parkvik's net sales?", (Decimal(900_000_000), "NOK")),
        # Only a figure stated as revenue answers; the fine is not one.
        ("What was Lakeside Mobile's annual revenue?", None),
    ],
)
def test_a_non_penalty_amount_is_read_only_where_it_is_stated(
    session: Session, question: str, expected
) -> None:
    answer = session.ask(question)
    if expected is None:
        assert answer.kind == "not_found", answer.answer
    else:
        assert (answer.value.amount, answer.value.currency) == expected, answer.answer


def test_a_round_up_names_the_regulator_once_for_every_action(session: Session) -> None:
    answer = session.ask("Which regulator fined Brightpath Media?")
    assert answer.kind == "entity", answer.answer
    assert "ICO" in answer.answer.split(".")[0] or "Information Commissioner" in answer.answer


def test_the_gdpr_maximum_uses_the_turnover_the_sources_state(session: Session) -> None:
    answer = session.ask(
        "What is the maximum fine the DPC could have imposed on Westmere under Art. 83(5) GDPR,"
        " given its turnover?"
    )
    assert answer.kind == "calculation", answer.answer
    assert (answer.value.amount, answer.value.currency) == (Decimal(32_000_000), "EUR")
    assert cites(answer, "turnover of €800 million"), answer.answer


def test_a_fine_that_would_have_been_is_not_the_fine(session: Session) -> None:
    answer = session.ask("How much did the DPC fine Westmere Games?")
    assert (answer.value.amount, answer.value.currency) == (Decimal(1_200_000), "EUR")
    facts = _facts_about(session, "westmere")
    amounts = {f.amount.amount for f in facts if f.amount}
    assert Decimal(1_500_000) not in amounts and Decimal(1_200_000) in amounts


def test_an_action_against_a_product_is_against_its_maker(session: Session) -> None:
    facts = _facts_about(session, "westmere")
    assert {f.action for f in facts} >= {"fine", "ban"}, facts
    assert not _facts_about(session, "skyforge")


def test_a_place_does_not_make_a_question_about_enforcement(session: Session) -> None:
    answer = session.ask("what's the weather in Dublin this weekend")
    assert answer.kind == "not_found", answer.answer


def test_a_deadline_is_counted_from_the_decision_the_sources_date(session: Session) -> None:
    answer = session.ask("By what date must Westmere delete the profiles?")
    assert answer.kind == "calculation", answer.answer
    assert answer.value.date == "2025-01-03", answer.answer
    assert any("4 November 2024 + 60 days" in step for step in answer.calculation.steps)
    assert cites(answer, "within 60 days of the decision"), answer.answer


@pytest.mark.parametrize(
    ("question", "number", "names"),
    [
        ("How many companies did the Irish DPC fine?", 2, ("Lakeside", "Westmere")),
        ("how many firms has the ICO fined", 2, ("Brightpath", "Corvo")),
    ],
)
def test_a_count_no_source_states_is_counted_from_the_actions_each_cited(
    session: Session, question: str, number: int, names: tuple[str, ...]
) -> None:
    answer = session.ask(question)
    assert answer.kind == "count" and answer.value.number == number, answer.answer
    assert all(name in answer.answer for name in names), answer.answer
    assert len(answer.citations) >= number


@pytest.mark.parametrize(
    ("question", "kind", "value"),
    [
        ("By what percentage did the court cut Harlow's fine?", "calculation", Decimal("62.5")),
        (
            "How many days of Westmere's daily penalty would equal its €1.2 million fine?",
            "calculation",
            Decimal(120),
        ),
    ],
)
def test_calculations_read_their_inputs_from_the_sources(
    session: Session, question: str, kind: str, value: Decimal
) -> None:
    answer = session.ask(question)
    assert answer.kind == kind and answer.value.number == value, answer.answer


def test_a_deadline_from_a_date_the_user_gives_and_a_period_the_sources_set(
    session: Session,
) -> None:
    answer = session.ask(
        "If Westmere received the decision on 5 November 2024, what is the last day it can appeal?"
    )
    assert answer.kind == "calculation" and answer.value.date == "2024-12-03", answer.answer
    assert cites(answer, "within 28 days of the day it received the decision"), answer.answer


def test_the_date_of_an_event_still_to_come_is_not_another_event_s_date(
    session: Session,
) -> None:
    answer = session.ask("When did the High Court approve Westmere's payment plan?")
    assert answer.kind == "not_found", answer.answer
    assert "not happened yet" in answer.answer and cites(answer, "still requires approval")


def test_a_deadline_the_sources_state_as_a_date(session: Session) -> None:
    answer = session.ask("What is Westmere's deadline to pay the fine?")
    assert answer.value.date == "2025-01-31", answer.answer
    assert cites(answer, "has until 31 January 2025 to pay"), answer.answer


def test_an_amount_in_another_currency_is_the_source_s_conversion(session: Session) -> None:
    answer = session.ask("Parkvik's fine in US dollars?")
    assert (answer.value.amount, answer.value.currency) == (Decimal(190_000), "USD"), answer.answer
    assert "conversion of the NOK 2,000,000 fine" in answer.answer


def test_and_the_other_country_s_one_is_that_country_s_action_whoever_it_was_against(
    session: Session,
) -> None:
    answer = session.ask("and the Norwegian one?", ["How much did the DPC fine Lakeside Mobile?"])
    assert (answer.value.amount, answer.value.currency) == (Decimal(2_000_000), "NOK"), (
        answer.answer
    )
    assert "Parkvik" in answer.answer


def test_whether_a_body_can_fine_is_not_answered_by_who_can_be_fined(session: Session) -> None:
    answer = session.ask("Can the Market Court fine insurers itself?")
    assert answer.verdict == "no", answer.answer
    assert cites(answer, "cannot impose fines itself"), answer.answer


def test_a_company_the_sources_only_mention_gets_no_other_company_s_figure(
    session: Session,
) -> None:
    answer = session.ask("How much was Meridian Mutuelle fined?")
    assert answer.kind == "not_found", answer.answer


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Has Brightpath actually handed over the money?", "no"),
        ("Did Corvo cough up?", "yes"),
    ],
)
def test_paying_said_otherwise(session: Session, question: str, verdict: str) -> None:
    answer = session.ask(question)
    assert answer.kind == "status" and answer.verdict == verdict, answer.answer


def test_a_role_no_source_mentions_is_not_answered_with_some_name(session: Session) -> None:
    answer = session.ask("Who is the current chair of the ICO?")
    assert answer.kind == "not_found", answer.answer


def test_a_daily_charge_is_the_daily_penalty(session: Session) -> None:
    answer = session.ask("What daily charge does Westmere face if it misses the deadline?")
    assert (answer.value.amount, answer.value.currency) == (Decimal(10_000), "EUR"), answer.answer


def test_when_a_company_was_set_up_is_not_when_it_was_fined(session: Session) -> None:
    answer = session.ask("What year was Westmere set up?")
    assert answer.kind == "date" and answer.value.date.startswith("2011"), answer.answer


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        (
            "For a company with €2bn turnover, what is the highest AI Act fine for a prohibited"
            " practice?",
            Decimal(140_000_000),
        ),
        ("What is the GDPR cap for a less serious infringement with €2bn turnover?", 40_000_000),
        ("Maximum GDPR fine for a company with a turnover of €2bn?", Decimal(80_000_000)),
    ],
)
def test_the_maximum_follows_the_instrument_and_tier_asked_about(
    session: Session, question: str, amount: Decimal
) -> None:
    answer = session.ask(question)
    assert answer.kind == "calculation" and answer.value.amount == amount, answer.answer


def test_when_a_daily_penalty_starts_is_not_when_it_was_imposed(session: Session) -> None:
    answer = session.ask("From what date does Westmere's daily penalty start to accrue?")
    assert answer.value.date == "2025-01-10", answer.answer


def test_a_future_event_is_not_dated_by_a_past_one(session: Session) -> None:
    answer = session.ask("When is the High Court expected to decide on Westmere's payment plan?")
    assert answer.kind == "not_found", answer.answer


def test_a_fine_cut_on_appeal_was_not_scrapped(session: Session) -> None:
    answer = session.ask("Did the Brussels judges scrap Harlow's fine altogether?")
    assert answer.verdict == "no", answer.answer


def test_another_currency_at_the_rate_the_source_states_or_not_at_all(session: Session) -> None:
    converted = session.ask("What is Clínica Aurora's fine in US dollars?")
    assert converted.kind == "calculation", converted.answer
    assert (converted.value.amount, converted.value.currency) == (Decimal("333333.33"), "USD")
    assert cites(converted, "$1 = 5.40 reais"), converted.answer
    unstated = session.ask("What is Lakeside Mobile's fine in US dollars?")
    assert unstated.kind == "not_found" and "no USD figure" in unstated.answer, unstated.answer


def test_a_count_for_a_period_counts_only_that_period(session: Session) -> None:
    answer = session.ask("How many companies did the Irish DPC fine in November 2024?")
    assert answer.kind == "count" and answer.value.number == 1, answer.answer
    assert "Westmere" in answer.answer and "Lakeside" not in answer.answer


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        ("How much of the €30 million fine falls on Orbisoft Europe?", Decimal(10_000_000)),
        ("How much of the €30m was imposed on Orbisoft Inc?", Decimal(20_000_000)),
    ],
)
def test_the_part_of_a_stated_total_that_falls_on_one_party(
    session: Session, question: str, amount: Decimal
) -> None:
    answer = session.ask(question)
    assert answer.value.amount == amount, answer.answer


def test_what_is_owed_now_is_not_the_fine_imposed(session: Session) -> None:
    answer = session.ask("How much does Clínica Aurora owe the ANPD now?")
    assert (answer.value.amount, answer.value.currency) == (Decimal(2_100_000), "BRL"), (
        answer.answer
    )


def test_a_numbered_name_no_article_has_is_not_found(session: Session) -> None:
    answer = session.ask("Did the ICO fine Company3 £4 million?")
    assert answer.kind == "not_found" and "Company3" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        ("How much did the Copenhagen court fine Granly?", Decimal(1_200_000)),
        ("What is Harlow's fine after the appeal?", Decimal(150_000)),
        (
            "Under the GDPR 4%-or-€20m rule, what's the maximum fine Westmere could have faced"
            " based on its turnover?",
            Decimal(32_000_000),
        ),
    ],
)
def test_the_figure_asked_for_not_a_recommended_original_or_rule_amount(
    session: Session, question: str, amount: Decimal
) -> None:
    answer = session.ask(question)
    assert answer.value is not None and answer.value.amount == amount, answer.answer


def test_accrual_over_a_date_range_the_user_gives(session: Session) -> None:
    answer = session.ask(
        "If Westmere's daily penalty ran from 10 January to 19 January 2025 inclusive, how much"
        " would have accrued?"
    )
    assert (answer.value.amount, answer.value.currency) == (Decimal(100_000), "EUR"), answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much was the Canadian fine on Lumière Voyages?", Decimal(30_000)),
        ("What penalty did Quebec impose on Lumière Voyages?", Decimal(30_000)),
    ],
)
def test_a_country_named_includes_its_states_and_provinces(
    session: Session, question: str, expected: Decimal
) -> None:
    answer = session.ask(question)
    assert answer.value is not None and answer.value.amount == expected, answer.answer


def test_the_country_s_actions_are_all_its_states(session: Session) -> None:
    answer = session.ask("How much did the American authorities get from Hollis Outfitters?")
    assert answer.value is not None, answer.answer
    assert "$310,000" in answer.answer and "$90,000" in answer.answer, answer.answer


def test_a_state_named_is_not_the_whole_country(session: Session) -> None:
    answer = session.ask("How much did California fine Hollis Outfitters?")
    assert answer.kind == "not_found", answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # 1-30 September, both counted: 30 days at €500.
        ("How much will Brevia's penalty payment have accrued by 30 September 2024?", 15_000),
        # 1 September - 31 December is 122 days (€61,000): the stated maximum applies.
        (
            "If Brevia never complies, how much will its daily penalty have run up to by the end of December 2024?",
            30_000,
        ),
    ],
)
def test_a_daily_penalty_runs_from_its_stated_start_up_to_its_maximum(
    session: Session, question: str, expected: int
) -> None:
    answer = session.ask(question)
    assert answer.kind == "calculation", answer.answer
    assert answer.value.amount == Decimal(expected), answer.answer
    steps = " ".join(answer.calculation.steps)
    assert "1 September 2024" in steps and "€30,000" in steps, steps
    assert cites(answer, "starting on 1 September 2024 and capped at €30,000")


def test_days_until_a_daily_penalty_reaches_its_maximum(session: Session) -> None:
    answer = session.ask("After how many days of delay does Brevia's penalty hit its cap?")
    assert answer.kind == "calculation" and answer.value.number == 60, answer.answer


@pytest.mark.parametrize(
    "question", ["Did the AEPD fine Solana Viajes?", "Has the Spanish regulator fined Solana?"]
)
def test_another_measure_is_no_to_whether_a_fine_was_imposed(
    session: Session, question: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "status" and answer.verdict == "no", answer.answer
    assert "ban" in answer.answer and cites(answer, "had banned travel agency Solana Viajes")


def test_fighting_a_fine_is_asking_whether_it_is_challenged(session: Session) -> None:
    answer = session.ask("Is Verdant Energia going to fight the Garante's fine?")
    assert answer.kind == "status" and answer.verdict == "yes", answer.answer
    # A dispute that is not an intention to appeal does not answer it.
    disputed = session.ask("Will Lakeside Mobile appeal the DPC's decision?")
    assert disputed.verdict != "yes" or cites(disputed, "appeal"), disputed.answer


@pytest.mark.parametrize(
    "question",
    ["How much will Harlow Assurances get back?", "How much is Harlow due to be refunded?"],
)
def test_what_comes_back_after_a_court_cut_is_the_difference(
    session: Session, question: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "calculation", answer.answer
    assert (answer.value.amount, answer.value.currency) == (Decimal(250_000), "EUR"), answer.answer


def test_a_follow_up_adding_a_place_totals_both_actions(session: Session) -> None:
    answer = session.ask(
        "plus the New York settlement, what's the total?",
        ["How much did Vermont get from Hollis Outfitters?"],
    )
    assert answer.kind == "calculation", answer.answer
    assert (answer.value.amount, answer.value.currency) == (Decimal(400_000), "USD"), answer.answer


def test_days_left_run_from_the_report_to_the_deadline_it_states(session: Session) -> None:
    answer = session.ask("How many days does Solana Viajes have left to stop the sales?")
    assert answer.kind == "calculation" and answer.value.number == 55, answer.answer
    steps = " ".join(answer.calculation.steps)
    assert "6 May 2025" in steps and "30 June 2025" in steps, steps


def test_names_with_accents_are_not_spelling_mistakes(session: Session) -> None:
    from assistant.answerability import correct_spelling

    question = "When did the ANPD say Clínica Aurora had not paid?"
    assert correct_spelling(question, session.reader(), session.lexicon) == question


def test_a_stated_discount_is_taken_off_the_fine(session: Session) -> None:
    answer = session.ask("How much did Pelham Hoteles pay after the reduction?")
    assert answer.kind == "calculation", answer.answer
    assert (answer.value.amount, answer.value.currency) == (Decimal(48_000), "EUR"), answer.answer
    assert cites(answer, "reduced by 20 per cent"), answer.answer


def test_a_turnover_stated_beside_the_cap_rule_is_the_turnover(session: Session) -> None:
    answer = session.ask("What's the most the CNPD could have fined Miradouro given its turnover?")
    assert answer.kind == "calculation", answer.answer
    assert answer.value.amount == Decimal(20_000_000), answer.answer
    assert "Annual turnover: €140,000,000" in " ".join(answer.calculation.steps)


def test_an_accrual_over_a_stated_range_can_add_up(session: Session) -> None:
    answer = session.ask(
        "If Brevia's daily penalty ran from 1 to 10 September 2024 inclusive, how much did it add up to?"
    )
    assert answer.kind == "calculation" and answer.value.amount == Decimal(5_000), answer.answer


def test_whats_without_an_apostrophe_asks_for_an_amount(session: Session) -> None:
    answer = session.ask("whats the fine the DPC put on Lakeside Mobile")
    assert answer.kind == "amount" and answer.value.amount == Decimal(4_200_000), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Taking one euro as $1.10, what is Lakeside Mobile's fine worth in dollars?",
        "With 1 EUR = 1.10 USD, what is the Lakeside Mobile fine in dollars?",
    ],
)
def test_a_rate_given_as_one_unit_s_worth_converts(session: Session, question: str) -> None:
    answer = session.ask(question)
    assert answer.kind == "calculation", answer.answer
    assert (answer.value.amount, answer.value.currency) == (Decimal(4_620_000), "USD"), (
        answer.answer
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # This year's fine, not the background one the same article recalls.
        ("How much did the DSB fine Vantor Telekom?", Decimal(2_000_000)),
        # The part of a settlement the question names.
        ("How much in civil penalties is Brookfield Learning paying?", Decimal(1_600_000)),
    ],
)
def test_of_two_actions_the_one_the_question_asks_about(
    session: Session, question: str, expected: Decimal
) -> None:
    answer = session.ask(question)
    assert answer.value is not None and answer.value.amount == expected, answer.answer


def test_when_a_fine_was_paid_is_the_day_the_payment_is_said_to_be(session: Session) -> None:
    paid = session.ask("When did Corvo Logistics pay its fine?")
    assert paid.kind == "date" and paid.value.date == "2024-04", paid.answer
    assert cites(paid, "paid the penalty in full in April"), paid.answer
    never_said = session.ask("When did Lakeside Mobile pay its fine?")
    assert never_said.kind == "not_found", never_said.answer


def test_how_far_below_a_stated_maximum(session: Session) -> None:
    answer = session.ask("How far below the statutory maximum was the CNPD's fine on Miradouro?")
    assert answer.kind == "calculation", answer.answer
    assert (answer.value.amount, answer.value.currency) == (Decimal(19_100_000), "EUR"), (
        answer.answer
    )


def test_how_far_below_a_maximum_for_a_company_named_without_its_business_word(
    session: Session,
) -> None:
    """ "Clínicas Horizonte Azul" is "Horizonte Azul" as people ask; the maximum is stated a
    clause away from its word; the amount imposed after "but" is no maximum."""
    answer = session.ask("How far below the theoretical max was the Horizonte Azul fine?")
    assert answer.kind == "calculation", answer.answer
    assert (answer.value.amount, answer.value.currency) == (Decimal(9_690_000), "EUR"), (
        answer.answer
    )
    assert cites(answer, "theoretical maximum for a breach"), answer.answer


@pytest.mark.parametrize(
    "question", ["austria dsb fine on vantor telekom?", "Vantor Telekom's fine from the DSB?"]
)
def test_a_penalty_named_without_a_question_word_asks_its_amount(
    session: Session, question: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "amount" and answer.value.amount == Decimal(2_000_000), answer.answer


def test_a_follow_up_asking_in_another_currency_is_the_amount(session: Session) -> None:
    answer = session.ask("what's that in dollars", ["How much did Datatilsynet fine Parkvik?"])
    assert answer.kind == "amount", answer.answer
    assert (answer.value.amount, answer.value.currency) == (Decimal(190_000), "USD"), answer.answer


def test_how_far_below_a_maximum_named_in_shared_currency_words(session: Session) -> None:
    answer = session.ask("How far below the statutory maximum was the fine on Mwangaza Loans?")
    assert answer.kind == "calculation", answer.answer
    assert (answer.value.amount, answer.value.currency) == (Decimal(1_000_000), "KES"), (
        answer.answer
    )


def test_a_headline_of_names_around_a_penalty_word_asks_its_amount(session: Session) -> None:
    answer = session.ask("UOKiK fine drakon napoje")
    assert answer.kind == "amount" and answer.value.amount == Decimal(2_400_000), answer.answer


def test_a_count_asked_as_number_of(session: Session) -> None:
    answer = session.ask("number of complaints uokik received re drakon")
    assert answer.kind == "count" and answer.value.number == 312, answer.answer


def test_days_until_a_daily_fine_reaches_a_maximum_told_in_its_own_sentence(
    session: Session,
) -> None:
    answer = session.ask("how many days can kvitfjell's coercive fine run before it hits the max")
    assert answer.kind == "calculation" and answer.value.number == 80, answer.answer
    assert cites(answer, "a maximum amount of NOK 400 000"), answer.answer


def test_a_fine_as_a_share_of_the_maximum_the_sources_state(session: Session) -> None:
    answer = session.ask("Jerzy Malinowski's fine as a % of the max UOKiK can give a manager?")
    assert answer.kind == "calculation" and answer.value.number == Decimal("7.5"), answer.answer
    assert cites(answer, "fine a manager up to PLN 2 million"), answer.answer


def test_the_cap_for_a_turnover_told_without_the_company_name(session: Session) -> None:
    answer = session.ask(
        "what's the most AZOP could have fined ashgrove under the GDPR, given its turnover"
    )
    assert answer.kind == "calculation", answer.answer
    assert (answer.value.amount, answer.value.currency) == (Decimal(36_000_000), "EUR"), (
        answer.answer
    )
    assert cites(answer, "worldwide annual turnover was EUR 900 million"), answer.answer


@pytest.mark.parametrize(
    "question", ["Is Ashgrove appealing to the Administrative Court?", "will ashgrove appeal?"]
)
def test_a_right_to_appeal_does_not_answer_whether_it_will(session: Session, question: str) -> None:
    answer = session.ask(question)
    assert answer.kind == "status" and answer.verdict == "no", answer.answer
    assert cites(answer, "will not appeal"), answer.answer


def test_whom_something_was_said_to_is_not_what_a_passage_must_be_about(
    session: Session,
) -> None:
    answer = session.ask("what exactly did drakon tell people Vigorex could do")
    assert answer.kind == "passage", answer.answer
    assert cites(answer, "restores energy within minutes"), answer.answer


def test_that_plus_another_fine_adds_the_last_answer_and_the_one_named(session: Session) -> None:
    answer = session.ask(
        "and what's that plus the Miradouro fine?", ["How much did the AEPD fine Pelham Hoteles?"]
    )
    assert answer.kind == "calculation", answer.answer
    assert (answer.value.amount, answer.value.currency) == (Decimal(960_000), "EUR"), answer.answer


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("which company got the biggest fine in the supermarket price tag case", "Mercado Andino"),
        ("which company got the smallest fine in the supermarket shelf price case", "Pudú"),
        ("which company took the watchdog to court over the shelf prices", "Supermercados Copihue"),
    ],
)
def test_which_company_by_the_size_or_outcome_of_its_penalty(
    session: Session, question: str, name: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "entity" and name in answer.answer, answer.answer
    if "court" in question:
        assert cites(answer, "has taken the watchdog to court"), answer.answer


def test_what_a_party_agreed_to_pay_asks_an_amount(session: Session) -> None:
    answer = session.ask("what did hollis outfitters agree to pay vermont")
    assert answer.kind == "amount" and answer.value.amount == Decimal(310_000), answer.answer
