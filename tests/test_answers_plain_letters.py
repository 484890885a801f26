"""Names with letters a reader types plainly (`plain_letters`): Turkish ı, Polish ł, Nordic
ø. Asked on an English keyboard ("kuzey yatirim", "przychodnia lakowa", "fjordlos"), the
question named words "the sources never use", and the party was not found (unless the
spelling corrector happened to map the word back, which depends on the rest of the
corpus). Invented articles; the real model and index."""

from __future__ import annotations

import pytest

from assistant.parties import fold
from assistant.session import Session

from .conftest import cites, indexed_session, write_article

ISTANBUL = """ISTANBUL (Test Wire) - Turkey's Capital Markets Board (SPK) fined brokerage Kuzey Yatırım Menkul Değerler 3.2 million lira, its weekly bulletin showed on Tuesday, for executing client orders at prices worse than the market.

The board said Kuzey Yatırım had failed to keep records of how orders were routed between 2022 and 2023.

Separately, Norwegian fund manager Fjordkraft Kapitalforvaltning was not sanctioned, the bulletin said.
"""

LODZ = """The President of the Personal Data Protection Office (UODO) has fined Przychodnia Łąkowa, a private clinic in Łódź, PLN 480,000 for failing to secure patient records that were later found on a public server, the office said on Monday.

The clinic has paid the fine, the office said, and will not appeal.
"""

OSLO = """OSLO (Test Wire) - The Norwegian Data Protection Authority (Datatilsynet) fined the ferry operator Fjordløs Ferjer AS NOK 1,500,000 on Wednesday for tracking passengers' phones in its terminals without telling them.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("plain-letters-corpus")
    write_article(
        corpus,
        "2025-03-04-spk-kuzey-yatirim",
        ISTANBUL,
        published="2025-03-04",
        title="Turkish markets board fines Istanbul brokerage over client order handling",
    )
    write_article(
        corpus,
        "2025-05-12-uodo-przychodnia-lakowa",
        LODZ,
        published="2025-05-12",
        title="Polish data watchdog fines Łódź clinic over leaked patient files",
    )
    write_article(corpus, "2025-06-11-datatilsynet-fjordlos", OSLO, published="2025-06-11")
    return indexed_session(corpus, tmp_path_factory.mktemp("plain-letters-index"))


@pytest.mark.parametrize(
    ("question", "amount", "currency", "phrase"),
    [
        ("how much was kuzey yatirim fined", 3_200_000, "TRY", "Kuzey Yatırım Menkul"),
        ("how much did UODO fine przychodnia lakowa", 480_000, "PLN", "Przychodnia Łąkowa"),
        ("what did datatilsynet fine fjordlos ferjer", 1_500_000, "NOK", "Fjordløs Ferjer AS"),
        # as written in the article, too
        ("how much was Kuzey Yatırım fined", 3_200_000, "TRY", "Kuzey Yatırım Menkul"),
    ],
)
def test_a_name_asked_with_plain_letters_is_found(
    session: Session, question: str, amount: int, currency: str, phrase: str
) -> None:
    answer = session.ask(question)
    assert answer.found, answer.answer
    assert answer.kind == "amount"
    assert (answer.value.amount, answer.value.currency) == (amount, currency)
    assert cites(answer, phrase)


def test_the_status_of_a_name_asked_with_plain_letters(session: Session) -> None:
    answer = session.ask("has przychodnia lakowa paid the fine?")
    assert answer.verdict == "yes", answer.answer
    assert cites(answer, "The clinic has paid the fine")


def test_folding_keeps_one_character_per_character() -> None:
    # positions found in folded text are positions in the text (`find_respondent`)
    for name in ["Kuzey Yatırım", "Przychodnia Łąkowa", "Fjordløs", "Đakovo", "Ħamrun", "ŧ"]:
        assert len(fold(name)) == len(name)
        assert fold(name).isascii()
