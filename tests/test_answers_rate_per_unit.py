"""A fine converted at the rate the article states per unit of the other currency ("the central
bank's official rate stood at 117.3 dinars per euro"), asked with the bank whose rate it
is ("at the NBS official rate"): the bank is where the rate comes from, not who fined."""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import cites, indexed_session, write_article

MILLS = """BELGRADE, March 11 (Test Wire) - Serbia's Commission for Protection of Competition has fined the flour mills Vojvodina Mlin d.o.o. and Žitoprodukt a.d. for agreeing wholesale prices.

Vojvodina Mlin d.o.o. was fined 86.000.000 dinars and Žitoprodukt a.d. 41.000.000 dinars, the commission said. The decision was taken when the central bank's official rate stood at 117.3 dinars per euro.
"""

# The rate in the body's very first sentence: quoted from its first character.
KORUNA = """Exchange rate used below: 24.6 koruna per euro (central bank, 1 April).

The Czech competition office has fined Vltava Logistika s.r.o. 12,300,000 koruna for sharing planned freight prices with two rivals.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("rate-per-unit-corpus")
    write_article(corpus, "2025-03-11-serbia-fines-flour-mills", MILLS, published="2025-03-11")
    write_article(corpus, "2025-04-02-czech-office-fines-vltava", KORUNA, published="2025-04-02")
    return indexed_session(corpus, tmp_path_factory.mktemp("rate-per-unit-index"))


@pytest.mark.parametrize(
    "question",
    [
        "vojvodina mlin's fine in euros at the rate in the article?",
        "vojvodina mlin fine in euros at the nbs official rate",
    ],
)
def test_a_fine_at_the_rate_per_unit_the_article_states(session: Session, question: str) -> None:
    answer = session.ask(question)
    assert answer.kind == "calculation", answer.answer
    assert answer.value.currency == "EUR", answer.answer
    assert round(answer.value.amount) == 733_163, answer.answer
    assert cites(answer, "official rate stood at 117.3 dinars per euro"), answer.answer


def test_a_rate_in_the_first_sentence_is_quoted_from_its_first_letter(session: Session) -> None:
    answer = session.ask("vltava logistika fine in euros at the rate in the article?")
    assert answer.kind == "calculation", answer.answer
    assert answer.value.amount == 500_000, answer.answer
    rate = [c for c in answer.citations if "24.6 koruna per euro" in c.quote]
    assert rate, answer.answer
    assert rate[0].start == 0 and rate[0].quote.startswith("Exchange rate used below"), rate
