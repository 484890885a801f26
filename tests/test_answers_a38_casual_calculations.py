"""Calculations people ask casually, and the follow-up that leans on the question before:
a sum over parties read from the one sentence listing their amounts ("… respectively", "…
each"), a price rise as a percentage, what a daily penalty "beyond" a date runs up through a
whole month, what is "still to be paid" of a cut penalty, a fine "at trial" and what the
appeal court "put in its place". Articles invented for this test (invented companies, real
kinds of regulator and court).
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import cites, indexed_session, write_article

MOLDOVA = """CHISINAU, 4 March (Test Wire) - The Competition Council of Moldova has concluded its investigation into bread prices in the capital.

Three bakeries, "Franzeluta Nord", "Pita Buna" and "Cuptorul Vechi", were recognised as having agreed on the retail price of white bread. For the agreement, fines were imposed on "Franzeluta Nord", "Pita Buna" and "Cuptorul Vechi" in the amount of MDL 240,000, MDL 180,000 and MDL 95,000 respectively.

Separately, the dairy "Lapte Alb" was found to have abused its dominant position: between May and October 2024 it raised the wholesale price of milk from MDL 12.50 to MDL 16.00 per litre without justification.
"""

ZAMBIA = """LUSAKA, 10 November (Test Wire) - The Energy Regulation Board (ERB) on 3 November 2025 fined Kafue Grid Services Ltd ZMW 400,000 for repeated supply interruptions in the Copperbelt.

The Board also warned that a further ZMW 5,000 would be charged for each day the interruptions continue beyond 30 November 2025.
"""

SEYCHELLES = """VICTORIA, 20 May (Test Wire) - The Supreme Court of Seychelles has reduced the penalty the Financial Services Authority imposed on Anse Royale Trust Ltd to SCR 300,000.

Anse Royale paid SCR 120,000 into court when it lodged its appeal, as a condition of the stay it obtained. That sum now goes to the Authority, and the balance of SCR 180,000 is due within 30 days.
"""

NEW_ZEALAND = """WELLINGTON, 2 October (Test Wire) - The Court of Appeal of New Zealand on 24 September 2025 allowed the Crown's sentence appeal against Tasman Quarry Works Ltd, substituting a fine of NZ$420,000 for the NZ$150,000 imposed at trial.

In May 2024 Judge A. Ngata of the District Court at Nelson fined Tasman Quarry Works Ltd NZ$150,000 for discharging sediment into the Motueka River, noting its guilty plea.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("a38-casual-corpus")
    write_article(corpus, "2025-03-04-competition-council-bread", MOLDOVA, published="2025-03-04")
    write_article(corpus, "2025-11-10-erb-kafue-grid", ZAMBIA, published="2025-11-10")
    write_article(corpus, "2026-05-20-seychelles-anse-royale", SEYCHELLES, published="2026-05-20")
    write_article(corpus, "2025-10-02-nz-tasman-quarry", NEW_ZEALAND, published="2025-10-02")
    return indexed_session(corpus, tmp_path_factory.mktemp("a38-casual-index"))


def test_listed_respectively_summed_between_them(session: Session) -> None:
    answer = session.ask("what did the three bakeries pay in fines between them")
    assert answer.kind == "calculation", answer.answer
    assert answer.value is not None and answer.value.amount == 515000, answer.answer
    assert cites(answer, "MDL 240,000, MDL 180,000 and MDL 95,000 respectively")


def test_price_rise_as_a_percentage(session: Session) -> None:
    answer = session.ask("by what percentage did lapte alb put up its milk price")
    assert answer.kind == "calculation", answer.answer
    assert answer.value is not None and answer.value.number == 28, answer.answer


def test_daily_penalty_beyond_a_date_through_a_month(session: Session) -> None:
    answer = session.ask(
        "if kafue grid keeps interrupting supply through all of december 2025, "
        "how much extra would it have run up"
    )
    assert answer.kind == "calculation", answer.answer
    # 1-31 December, both counted: 31 days at ZMW 5,000
    assert answer.value is not None and answer.value.amount == 155000, answer.answer


def test_still_to_be_paid_of_a_cut_penalty(session: Session) -> None:
    answer = session.ask("how much of anse royale's reduced penalty is still to be paid")
    assert answer.kind == "calculation", answer.answer
    assert answer.value is not None and answer.value.amount == 180000, answer.answer
    assert cites(answer, "the balance of SCR 180,000 is due within 30 days"), answer.answer


def test_fine_at_trial_then_what_the_appeal_court_put_in_its_place(session: Session) -> None:
    first = "tasman quarry - what was the fine at trial"
    answer = session.ask(first)
    assert answer.value is not None and answer.value.amount == 150000, answer.answer
    answer = session.ask("and what did the court of appeal put in its place?", [first])
    assert answer.found, answer.answer
    assert answer.value is not None and answer.value.amount == 420000, answer.answer
