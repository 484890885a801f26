"""A figure first proposed under a name the question abbreviates: "How much less than the
proposed NPA amount did X pay?" where the story writes "a Notice of Proposed Action" and
never "NPA", and the lead sentence (which "announced" makes look like a proposal) states
only the sum paid — on an article written for this test (invented company, real kind of
regulator)."""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

HARBOR = """WASHINGTON, Sept 3 (Test Wire) - Coastal carrier Pelican Mobile Inc has agreed to pay a $1,200,000 civil penalty to settle a Federal Communications Commission inquiry into its handling of emergency calls, the agency announced Wednesday.

The settlement is well below the $2.8 million the Commission had proposed in a Notice of Proposed Action issued last year.

Pelican Mobile did not admit liability.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("proposed-acronym-corpus")
    write_article(corpus, "2025-09-03-fcc-pelican-mobile", HARBOR, published="2025-09-03")
    return indexed_session(corpus, tmp_path_factory.mktemp("proposed-acronym-index"))


def test_an_acronym_the_story_writes_out_is_no_unknown_word(session: Session) -> None:
    answer = session.ask(
        "How much less than the proposed NPA amount did Pelican Mobile end up paying?"
    )
    assert answer.found
    assert answer.kind == "calculation"
    assert answer.value.amount == 1_600_000
    assert "first proposed" in answer.answer


def test_an_acronym_nothing_spells_out_is_still_unknown(session: Session) -> None:
    answer = session.ask(
        "How much less than the proposed QZX amount did Pelican Mobile end up paying?"
    )
    assert not answer.found
