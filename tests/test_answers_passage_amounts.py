"""Amount questions about a party whose action the facts table missed, answered from the
sentence that says what the party pays (articles written for this test: invented companies,
real kinds of regulator and places):

- a settlement with a state attorney general two companies "agreed to pay … in civil
  penalties" jointly, asked of one of them and the state;
- a regulator that put a penalty on a brokerage and "ordered" two dealers "to pay penalties
  of … and … respectively", asked of each: the sum in that dealer's place;
- a consumer body's fine written right after a company's "Ltda.", and a court's own fine;
- traps that stay not found: a fine the company "faces" of up to a sum, a penalty the
  regulator only proposed, a sum the regulator sought, and a question naming a regulator
  whose story is not the sentence's.
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import cites, indexed_session, write_article

# A joint settlement with a state, the penalty sentence naming both companies.
OMAHA = """LINCOLN, Neb. (Test Wire) — Two firms that bought location pings from weather apps will pay the state $3.4 million and purge their archives under a settlement the Nebraska attorney general's office announced on Tuesday.

The attorney general had sued the companies in 2024, alleging they sold the movements of Nebraskans to insurers and advertisers without asking.

Under the consent judgment, entered in Lancaster County district court, Prairie Pixel Analytics and Harvest Beacon Data agreed to pay $3.4 million in civil penalties under the Nebraska Consumer Protection Act.

The judgment also bars Prairie Pixel Analytics from selling precise location data for seven years, and orders Harvest Beacon Data to delete its archive within 60 days.
"""

# A tribunal's penalties on two advisers, paired by "respectively".
KUALA = """KUALA LUMPUR (Test Wire) — A disciplinary panel has come down on a Penang brokerage and two of its dealers over trades placed for elderly clients without instructions.

The Securities Commission Malaysia imposed a penalty of RM400,000 on the brokerage and ordered dealers Ahmad Faizal Rahman and Lim Wei Ling to pay penalties of RM150,000 and RM90,000 respectively, under section 354 of the Capital Markets and Services Act.

The brokerage said it had retrained its staff.
"""

# Traps: a maximum the company faces, a proposed penalty, a sum sought, compensation.
GLASGOW = """GLASGOW (Test Wire) — Scotland's drinking water regulator has opened proceedings against a bottler over contaminated batches.

The Drinking Water Quality Regulator for Scotland ordered Kelpie Springs Ltd to recall the batches on Friday. Kelpie Springs Ltd faces a fine of up to £2 million if the case is proved.

Separately, the Office of Rail and Road ordered the freight operator Corran Haulage to suspend night runs. The regulator proposed a penalty of £800,000 against Corran Haulage, which has 28 days to respond.

The Competition and Markets Authority ordered Thistle Ferries Ltd to publish its fares. The CMA sought £1.2 million from Thistle Ferries Ltd in a claim filed on Monday.

Food Standards Scotland ordered Kelso Grain Ltd to withdraw two flour lines in March 2025. In 2019 Kelso Grain Ltd paid a penalty of £40,000 to Food Standards Scotland over labelling. Kelso Grain Ltd said its former miller, Tweed Mills, agreed to pay a penalty of £65,000 to Food Standards Scotland.

Ofgem ordered Ben Nevis Energy Ltd to fix its billing system. Ben Nevis Energy Ltd agreed to pay £350,000 in compensation to customers who were overcharged, the Office of Gas and Electricity Markets said.
"""


# A consumer body's fine written after a company's legal form ("Ltda."), which a sentence
# splitter takes for a full stop.
CURITIBA = """CURITIBA — Paraná's consumer protection agency, Procon-PR, on Tuesday fined the online pharmacy Farmácia Araucária Ltda. R$ 2.350.000,00 (about US$430,000) for delivering expired medicines and refusing refunds on orders it had cancelled, the agency said.

Procon-PR also ordered Farmácia Araucária to publish a notice to its customers.
"""

# A district court's own fine, and in the same story a regulator's fine the court reviews.
TRONDHEIM = """TRONDHEIM (Test Wire) — The Trøndelag District Court on Thursday fined the fish feed maker Nidaros Fôr AS NOK 2,400,000 for discharging ammonia into the fjord.

Separately, the fish farmer Hitra Laks AS was fined NOK 900,000 in 2024 for late sea-lice reports and has asked the Trøndelag District Court to review the decision. The Norwegian Food Safety Authority ordered Hitra Laks to slaughter one pen.
"""

# Sums in a party's sentences that are not what it was made to pay: another party's sum the
# story compares with, a subsidiary's penalty, dividends, a deal only agreed in principle or
# still to be approved, a critic's quoted view, an expectation.
CORK = """CORK (Test Wire) — The Central Bank of Ireland ordered Munster Savings Ltd to suspend new lending.

The action against Munster Savings is the strongest since the regulator ordered Kerry Mutual Credit to pay €3 million in 2021.
"""
LONDON = """LONDON (Test Wire) — The Financial Conduct Authority ordered Harrowgate Group plc to review its advice files.

Albion Wealth Ltd, a subsidiary of Harrowgate Group plc, agreed to pay £4.2 million in penalties for unsuitable pension transfers.
"""
MADRID = """MADRID (Test Wire) — Spain's competition regulator, the CNMC, ordered Iberia Logística SA to end exclusive deals with ports.

Iberia Logística paid €34 million in dividends last year.
"""
NEW_YORK = """NEW YORK (Test Wire) — Lakeside Bancorp has reached a deal with the Securities and Exchange Commission over misleading statements about its loan book.

The SEC ordered Lakeside Bancorp to retain a compliance consultant. Lakeside Bancorp agreed in principle to pay $25 million, subject to approval by the commission.
"""
CHICAGO = """CHICAGO (Test Wire) — The Commodity Futures Trading Commission ordered Osprey Grain Trading LLC to keep better records.

Osprey Grain Trading will pay $6 million, subject to approval by the commission.
"""
TORONTO = """TORONTO (Test Wire) — The Ontario Securities Commission ordered Muskoka Capital Inc. to stop selling unregistered notes.

"Muskoka Capital will pay $2 million and that is not enough," said Dana Frost, a lawyer for investors.
"""
HALIFAX = """HALIFAX (Test Wire) — The Nova Scotia Securities Commission ordered Bluenose Mortgage Corp. to stop lending to unlicensed brokers.

"The firm got off lightly. Bluenose Mortgage will pay $900,000 and keep its licence," said Ian Fraser, a lawyer for borrowers.
"""
ROME = """ROME (Test Wire) — Italy's data protection authority, the Garante, ordered Vesuvio Energia SpA to stop telemarketing calls.

Vesuvio Energia expects to pay €3 million once the inquiry closes.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("passage-amounts-corpus")
    write_article(corpus, "2025-04-08-nebraska-ag-location-data", OMAHA, published="2025-04-08")
    write_article(corpus, "2025-07-14-sc-malaysia-seri-mutiara", KUALA, published="2025-07-14")
    write_article(corpus, "2025-11-19-scotland-round-up", GLASGOW, published="2025-11-19")
    write_article(
        corpus, "2025-05-20-procon-pr-farmacia-araucaria", CURITIBA, published="2025-05-20"
    )
    write_article(corpus, "2025-10-09-trondelag-court-nidaros", TRONDHEIM, published="2025-10-09")
    for name, body in [
        ("2025-03-05-cbi-munster-savings", CORK),
        ("2025-08-12-fca-harrowgate", LONDON),
        ("2025-11-18-cnmc-iberia-logistica", MADRID),
        ("2025-06-10-sec-lakeside", NEW_YORK),
        ("2025-06-11-cftc-osprey", CHICAGO),
        ("2025-06-12-osc-muskoka", TORONTO),
        ("2025-06-14-garante-vesuvio", ROME),
        ("2025-06-18-nssc-bluenose", HALIFAX),
    ]:
        write_article(corpus, name, body, published=name[:10])
    return indexed_session(corpus, tmp_path_factory.mktemp("passage-amounts-index"))


def _read_from_passage(answer, amount: int, currency: str, phrase: str) -> None:
    assert answer.found, answer.answer
    assert answer.kind == "amount"
    assert answer.value.amount == amount
    assert answer.value.currency == currency
    assert cites(answer, phrase)
    assert "read from the passage" in answer.answer


def test_a_joint_settlement_is_read_for_one_of_the_companies(session: Session) -> None:
    answer = session.ask("how much is prairie pixel paying nebraska to settle the location case")
    _read_from_passage(answer, 3_400_000, "USD", "agreed to pay $3.4 million in civil penalties")


def test_respectively_pairs_each_adviser_with_their_sum(session: Session) -> None:
    # the firm's own penalty comes first in the sentence; each adviser's is in its place
    first = session.ask("what penalty did the malaysian tribunal give ahmad faizal")
    second = session.ask("what penalty did the malaysian tribunal give lim wei ling")
    _read_from_passage(first, 150_000, "MYR", "RM150,000 and RM90,000 respectively")
    _read_from_passage(second, 90_000, "MYR", "RM150,000 and RM90,000 respectively")


def test_a_sum_after_a_legal_form_abbreviation(session: Session) -> None:
    answer = session.ask("procon-pr fine on farmácia araucária?")
    _read_from_passage(answer, 2_350_000, "BRL", "R$ 2.350.000,00")


def test_a_court_s_own_fine(session: Session) -> None:
    answer = session.ask("how much did the trøndelag district court fine nidaros fôr")
    _read_from_passage(answer, 2_400_000, "NOK", "fined the fish feed maker Nidaros")


@pytest.mark.parametrize(
    "question",
    [
        "how much did the scottish water regulator fine kelpie springs",
        "what penalty did the ORR impose on corran haulage",
        "how much did the CMA fine thistle ferries",
        # a sum from another year, and one a party the company names paid
        "how much did food standards scotland fine kelso grain in 2025",
        # what a regulator asked a court for is not what the court imposed
        "what fine did the norwegian food safety authority ask the court to impose on hitra laks",
        # a fine the court is only asked to review is not the court's
        "how much did the trøndelag district court fine hitra laks",
        # the right sentence, but another regulator's story
        "how much did the CMA fine prairie pixel",
    ],
)
def test_no_sum_imposed_stays_not_found(session: Session, question: str) -> None:
    answer = session.ask(question)
    assert not answer.found, answer.answer
    assert answer.kind == "not_found"


@pytest.mark.parametrize(
    "question",
    [
        # another party's sum the story compares with
        "how much did the central bank of ireland fine munster savings",
        # the penalty of a subsidiary, not of the group asked about
        "how much did the FCA fine harrowgate group",
        # dividends paid, not a sanction
        "how much did the CNMC fine iberia logística",
        # a deal agreed in principle, or still to be approved
        "how much is lakeside bancorp paying the SEC",
        "how much will osprey grain trading pay the CFTC",
        # a lawyer's quoted words
        "how much did the ontario securities commission fine muskoka capital",
        # a quotation opened in the sentence before the sum's
        "how much did the nova scotia securities commission fine bluenose mortgage",
        # what the company expects to pay
        "how much did the garante fine vesuvio energia",
    ],
)
def test_a_sum_the_party_was_not_made_to_pay_stays_not_found(
    session: Session, question: str
) -> None:
    answer = session.ask(question)
    assert not answer.found, answer.answer
    assert "read from the passage" not in answer.answer
