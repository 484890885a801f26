"""A currency named in a question, and answers about amounts in currencies that share their
names and signs (pesos, dollars): the question resolves a shared name as an article's country
does. Invented companies, real regulators."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.lexicon import lexicon
from assistant.question_parse import parse
from assistant.session import Session

from .conftest import indexed_session, write_article


@pytest.mark.parametrize(
    ("question", "kind", "currency"),
    [
        ("What was Clínica Miraflores fined in soles?", "amount", "PEN"),
        ("What was Harbourline fined in kronor?", "amount", "SEK"),
        ("What was Harbourline fined for?", "passage", None),  # a reason, not an amount
        # A name several countries share is the one country's the question is about.
        ("How much did Mexico's INAI fine Banco Azteca in pesos?", "amount", "MXN"),
        ("Both SIC fines added together, total in pesos?", "calculation", "COP"),
        ("How much was Telecom Sur fined in Chilean pesos?", "amount", "CLP"),
        ("How much was Telecom Sur fined in pesos?", "amount", None),  # whose pesos?
        # Codes, and names with their country, as before.
        ("what is that in usd?", "passage", "USD"),
        ("what is the fine in british pounds?", "amount", "GBP"),
        # A currency name that is also a word only ends a clause.
        ("What was the fine in real terms?", "amount", None),
    ],
)
def test_the_currency_a_question_asks_for(question: str, kind: str, currency: str | None) -> None:
    query = parse(question, lexicon(), set())
    assert (query.kind, query.currency) == (kind, currency)


SIC = """Bogotá D.C., 4 March 2025

The Superintendence of Industry and Commerce (SIC) imposed a fine of $612.480.000 on \
Cobranzas del Valle S.A.S. for sharing debtors' data with third parties without authorization.

The SIC ordered the company to delete the data within 20 business days.
"""

PERU = """LIMA, Sept 12 (Test Wire) - Peru's Autoridad Nacional de Protección de Datos Personales \
fined Clínica Miraflores S.A.C. 60 UIT (S/ 321,000) for disclosing patient records to an insurer.

The clinic said it would appeal.
"""

TASMAN = """WELLINGTON, July 2 (Test Wire) - Tasman Energy Ltd has paid a NZ$900,000 ($540,000) \
penalty for sending marketing texts without consent, New Zealand's Privacy Commissioner said \
on Wednesday.

The commissioner said Tasman had also agreed to an independent audit of its marketing lists.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("currency-corpus")
    write_article(
        corpus,
        "2025-03-04-sic-fines-cobranzas-del-valle",
        SIC,
        published="2025-03-04",
        outlet="Superintendencia de Industria y Comercio (press release)",
        title="SIC fines Cobranzas del Valle",
    )
    write_article(corpus, "2025-09-12-peru-fines-clinica-miraflores", PERU, published="2025-09-12")
    write_article(corpus, "2025-07-02-tasman-energy-penalty", TASMAN, published="2025-07-02")
    return indexed_session(corpus, tmp_path_factory.mktemp("currency-index"))


def test_a_colombian_regulator_s_dollar_sign_is_pesos(session: Session) -> None:
    answer = session.ask("How much did the SIC fine Cobranzas del Valle?")
    assert (answer.value.amount, answer.value.currency) == (Decimal(612_480_000), "COP"), (
        answer.answer
    )


def test_a_fine_set_in_tax_units_is_answered_in_money(session: Session) -> None:
    answer = session.ask("What was Clínica Miraflores fined in soles?")
    assert (answer.value.amount, answer.value.currency) == (Decimal(321_000), "PEN"), answer.answer


def test_wire_copy_s_bracketed_dollars_are_us_dollars(session: Session) -> None:
    history = ["What penalty did Tasman Energy pay?"]
    first = session.ask(history[0])
    assert (first.value.amount, first.value.currency) == (Decimal(900_000), "NZD"), first.answer
    answer = session.ask("and in US dollars?", history)
    assert (answer.value.amount, answer.value.currency) == (Decimal(540_000), "USD"), answer.answer
