"""Answers on articles written for this test (invented companies, real kinds of regulator):
the measure a court changed (the regulator's original fine, its date, the days to the ruling),
what a discount saved, whether a decision is final, penalties the sources do not report
imposed, whether an appeal won anything, a daily penalty by its local name, what a regulator
said it might impose, a party's full name, the total of a decision's penalties, small shares
to three significant figures, and amounts read off a passage in the story's own currency."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

TISZA = """BUDAPEST, June 3 (Test Wire) - The Metropolitan Court in Budapest has reduced a fine imposed by the energy regulator MEKH on gas supplier Tisza Gaz Zrt from HUF 90 million to HUF 40 million.

In a decision dated 9 May 2023, MEKH had fined Tisza Gaz HUF 90 million for late meter readings.
"""

LAPPI = """HELSINKI, July 1 (Test Wire) - Finland's National Police Board said on Tuesday it had imposed a sanction fee of EUR 1.3 million on online casino Lappi Casino Oy for failing to verify its players' identities.

Lappi Casino's turnover from gaming in Finland was EUR 41 million in 2024.
"""

KAURI = """AUCKLAND, May 14 (Test Wire) - The High Court on Wednesday ordered lender Kauri Finance Ltd to pay penalties of $1.8 million, in a case brought by the Commerce Commission over unaffordable car loans.

Its managing director, Ms Aroha Tane, was ordered to pay a penalty of $95,000 and was banned from being a company director for three years.

Kauri Finance reported revenue of $42 million last year.
"""


DONAU = """VIENNA, March 14 (Test Wire) - Austria's Federal Administrative Court (Bundesverwaltungsgericht, BVwG) on 12 March 2025 reduced to EUR 150,000 a fine the DSB had imposed on insurer Donau Sicher AG.

In a decision dated 20 June 2023, the DSB had fined Donau Sicher EUR 400,000 for keeping customers' health data too long.
"""


HARROWGATE = """LONDON, Feb 6 (Test Wire) - The Prudential Regulation Authority on Thursday fined Harrowgate Bank plc £3,150,000 for weaknesses in its liquidity reporting.

Harrowgate agreed to settle and qualified for a 30% discount. Without the discount, the fine would have been £4,500,000.
"""

VELA = """MADRID, Sept 9 (Test Wire) - Spain's data protection agency AEPD has fined Vela Telecom S.L. €800,000 for sending marketing texts without consent.

Vela admitted the breach and paid before the resolution, earning two reductions of 15% each. The amount it actually paid was €560,000.
"""


RUFWERK = """**Germany: fine for a robocall marketer**

The Bundesnetzagentur has imposed a fine of EUR 450,000 on Rufwerk Vertrieb GmbH, a robocall marketer based in Kassel, for robocall marketing without consent.

Rufwerk has lodged an objection against the decision.
"""

PEBBLECRAFT = """WASHINGTON, Aug 11 (Test Wire) - The Federal Trade Commission said on Monday that toy maker Pebblecraft Inc. will pay $4 million to settle allegations that its app collected children's voice recordings without parental consent.

The settlement, filed as a proposed court order, must still be approved by a federal judge in Oregon.
"""

KREUZER = """**Austria: data fine for a debt collection agency**

The DSB has imposed a fine of EUR 220,000 on Inkasso Kreuzer GmbH, a debt collection agency in Graz, for passing debtors' data to call centres.

The decision is not final.
"""


BRACKWATER = """LEEDS, Feb 20 (Test Wire) - The Environment Agency has fined Brackwater Paper Ltd £180,000 for polluting the River Aire and ordered it to fit new filters by 30 June 2025.

Further penalties of up to £5,000 per day could follow if the mill misses the deadline, the agency said.
"""

RIDGELINE = """WASHINGTON, Sept 3 (Test Wire) - The Federal Railroad Administration has proposed a $310,000 civil penalty against Ridgeline Freight LLC over brake inspection records.

Ridgeline has 30 days to respond to the proposal.
"""


APPEALS = """PARIS, Nov 4 (Test Wire) - The Paris Administrative Court of Appeal on Tuesday upheld in full the €600,000 fine the CNIL imposed on the ticketing firm Lumio SAS, rejecting all of Lumio's grounds of appeal.

In a separate judgment, the same court reduced the CNIL's fine on the dating app Ardent SARL from €400,000 to €250,000.
"""


ZEESTROOM = """THE HAGUE, May 20 (Test Wire) - The Dutch competition regulator ACM has ordered Zeestroom Energie B.V. to correct its customers' bills and imposed a coercive fine of EUR 10,000 per day until it does so.
"""


BRIGHTLANE = """LONDON, Jan 15 (Test Wire) - Britain's Information Commissioner's Office fined Brightlane Telecom £4.2 million on Wednesday for losing customers' call records.

The fine is a third of the £12.6 million the ICO had said last spring that it could impose.
"""


FLOUR = """BRASILIA, June 12 (Test Wire) - Brazil's antitrust tribunal CADE on Wednesday convicted Moinho Serra Azul Ltda and Trigobras Alimentos S.A. of fixing flour prices for school meals in Minas Gerais.

Serra Azul received the largest fine, 22.4 million reais. Trigobras was fined 15.1 million reais.
"""


HARBOURVIEW = """HONG KONG, March 4 (Test Wire) - The Securities and Futures Commission on Monday fined Harbourview Asset Management Limited HK$6 million for failing to manage conflicts of interest.

In the same decision, the SFC fined Chan Tai-ming, the firm's former chief executive, HK$1.2 million.

The SFC also fined Wong Mei-ling, its former compliance officer, HK$400,000.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("originals-corpus")
    write_article(corpus, "2025-06-03-court-cuts-tisza-fine", TISZA, published="2025-06-03")
    write_article(corpus, "2025-07-01-sanction-fee-lappi", LAPPI, published="2025-07-01")
    write_article(corpus, "2025-05-14-high-court-kauri", KAURI, published="2025-05-14")
    write_article(corpus, "2025-03-14-bvwg-cuts-donau-fine", DONAU, published="2025-03-14")
    write_article(corpus, "2025-02-06-pra-fines-harrowgate", HARROWGATE, published="2025-02-06")
    write_article(corpus, "2025-09-09-aepd-fines-vela", VELA, published="2025-09-09")
    write_article(corpus, "2025-04-02-bnetza-fines-rufwerk", RUFWERK, published="2025-04-02")
    write_article(corpus, "2025-08-11-ftc-pebblecraft", PEBBLECRAFT, published="2025-08-11")
    write_article(corpus, "2025-10-06-dsb-fines-kreuzer", KREUZER, published="2025-10-06")
    write_article(corpus, "2025-02-20-ea-fines-brackwater", BRACKWATER, published="2025-02-20")
    write_article(corpus, "2025-09-03-fra-ridgeline", RIDGELINE, published="2025-09-03")
    write_article(corpus, "2025-11-04-paris-court-appeals", APPEALS, published="2025-11-04")
    write_article(corpus, "2025-05-20-acm-zeestroom", ZEESTROOM, published="2025-05-20")
    write_article(corpus, "2025-01-15-ico-fines-brightlane", BRIGHTLANE, published="2025-01-15")
    write_article(corpus, "2024-06-12-cade-flour-cartel", FLOUR, published="2024-06-12")
    write_article(corpus, "2025-03-04-sfc-harbourview", HARBOURVIEW, published="2025-03-04")
    return indexed_session(corpus, tmp_path_factory.mktemp("originals-index"))


ORIGINAL = "what was the original MEKH fine on tisza gaz before the court cut it"


def test_the_original_fine_before_the_court_cut_it_is_the_regulator_s(session: Session) -> None:
    answer = session.ask(ORIGINAL)
    assert answer.kind == "amount", answer.answer
    assert (answer.value.amount, answer.value.currency) == (Decimal(90_000_000), "HUF")


def test_the_date_of_that_decision_is_the_regulator_s(session: Session) -> None:
    answer = session.ask("and when was that decision issued?", [ORIGINAL])
    assert answer.kind == "date" and answer.value.date == "2023-05-09", answer.answer


def test_a_share_under_ten_percent_keeps_three_significant_figures(session: Session) -> None:
    answer = session.ask(
        "lappi casino's sanction fee as a percentage of its finnish gaming turnover"
    )
    assert answer.kind == "calculation", answer.answer
    # 1.3 / 41 = 3.1707…%: "3.2%" would hide a tenth of a point of turnover
    assert (answer.value.number, answer.value.unit) == (Decimal("3.17"), "percent"), answer.answer


def test_a_dollar_read_off_a_passage_is_the_story_s_own_dollar(session: Session) -> None:
    answer = session.ask("what was kauri finance's annual revenue")
    assert answer.kind == "amount", answer.answer
    assert (answer.value.amount, answer.value.currency) == (Decimal(42_000_000), "NZD")


@pytest.mark.parametrize(
    "question",
    [
        # the court by a mixed-case acronym no list has, and no party named
        "how many days between the DSB decision and the BVwG judgment",
        # asked as a headline, without "how many"
        "days between the dsb's fine and the bvwg ruling on donau sicher",
    ],
)
def test_days_from_the_regulator_s_decision_to_the_court_s_ruling(
    session: Session, question: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "calculation", answer.answer
    assert (answer.value.number, answer.value.unit) == (631, "days"), answer.answer


@pytest.mark.parametrize(
    ("question", "history", "amount", "currency"),
    [
        # against the fine the source says it would have been without the discount
        ("how much did harrowgate bank save through the settlement discount", [], 1_350_000, "GBP"),
        # against what was actually paid after reductions for paying early
        (
            "so how much did paying early save them",
            ["how much did vela telecom actually pay the aepd"],
            240_000,
            "EUR",
        ),
    ],
)
def test_what_a_discount_saved(
    session: Session, question: str, history: list[str], amount: int, currency: str
) -> None:
    answer = session.ask(question, history)
    assert answer.kind == "calculation", answer.answer
    assert (answer.value.amount, answer.value.currency) == (Decimal(amount), currency), (
        answer.answer
    )


@pytest.mark.parametrize(
    ("question", "phrase"),
    [
        # an objection lodged, or a judge's approval still to come: not final
        ("is the rufwerk robocall marketing fine final", "has lodged an objection"),
        ("is pebblecraft's settlement already final?", "must still be approved"),
        # the headline shares the question's words about the fine, but says nothing of finality
        ("is the inkasso kreuzer debt collection data fine final", "The decision is not final."),
    ],
)
def test_whether_a_decision_is_final_is_read_from_a_sentence_about_finality(
    session: Session, question: str, phrase: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "status" and answer.verdict == "no", answer.answer
    assert any(phrase in c.quote for c in answer.citations), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        # a penalty for missing a deadline that none was charged for: not the deadline's date
        "what daily penalty is the environment agency charging brackwater paper for missing the"
        " june 30 deadline",
        # only proposed: nothing it "ended up" fining
        "what did the federal railroad administration end up fining ridgeline freight",
        "how much did the federal railroad administration end up fining ridgeline freight",
    ],
)
def test_a_penalty_the_sources_do_not_report_imposed_is_not_found(
    session: Session, question: str
) -> None:
    answer = session.ask(question)
    assert not answer.found and answer.kind == "not_found", answer.answer


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # an appeal made and lost: it got nothing (not "yes, it appealed")
        ("did lumio get anything out of its appeal?", "no"),
        ("did ardent win its appeal against the cnil fine", "yes"),
    ],
)
def test_whether_an_appeal_won_anything(session: Session, question: str, verdict: str) -> None:
    answer = session.ask(question)
    assert answer.kind == "status" and answer.verdict == verdict, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        # the Dutch name of a penalty running by the day, asked as a headline
        "zeestroom dwangsom per day",
        "zeestroom energie coercive fine per day",
    ],
)
def test_a_daily_penalty_asked_by_its_local_name_or_as_a_headline(
    session: Session, question: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "amount", answer.answer
    assert (answer.value.amount, answer.value.currency) == (Decimal(10_000), "EUR")


def test_what_the_regulator_had_said_it_might_impose(session: Session) -> None:
    answer = session.ask(
        "what had the regulator originally said it might impose?",
        ["how much did the ico fine brightlane telecom"],
    )
    assert answer.kind == "amount", answer.answer
    assert (answer.value.amount, answer.value.currency) == (Decimal(12_600_000), "GBP")


def test_the_party_with_the_biggest_fine_is_named_as_its_article_introduces_it(
    session: Session,
) -> None:
    answer = session.ask("which company got the biggest fine in the school meals flour case")
    assert answer.kind == "entity" and "Moinho Serra Azul Ltda" in answer.answer, answer.answer


def test_the_total_of_all_penalties_in_a_decision_counts_its_officers_too(
    session: Session,
) -> None:
    answer = session.ask("total of all penalties in the harbourview asset management sfc decision")
    assert answer.kind == "calculation", answer.answer
    assert (answer.value.amount, answer.value.currency) == (Decimal(7_600_000), "HKD")
