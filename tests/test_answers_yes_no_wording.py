"""Yes/no answers where the sources put the predicate in other words: "did it reply to the
notice?" is answered by "the notice went unanswered" (reply, respond and answer are one
group), and "In the regulator's view, did it have a lawful basis?" does not require the
sources to use "view" (whose view is how the question is asked); and a count stated per
day, "every night for five days", counts five nights — on articles written for this test
(invented companies, real kinds of regulator)."""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

VELDMARK = """THE HAGUE, Feb 12 (Test Wire) - The Dutch Data Protection Authority said on Wednesday it had fined the marketing firm Veldmark Media €600,000 for selling the e-mail addresses of newsletter subscribers to advertisers.

The regulator sent Veldmark Media a warning letter in March 2024, which went unanswered.

The authority found that Veldmark Media had no legal basis for sharing the addresses with third parties.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("yes-no-wording-corpus")
    write_article(corpus, "2025-02-12-ap-fines-veldmark", VELDMARK, published="2025-02-12")
    return indexed_session(corpus, tmp_path_factory.mktemp("yes-no-wording-index"))


def test_a_letter_left_unanswered_answers_did_it_reply_with_no(session: Session) -> None:
    answer = session.ask("Did Veldmark Media ever reply to the warning letter?")
    assert answer.verdict == "no"
    assert any("went unanswered" in c.quote for c in answer.citations[:1])


def test_whose_view_is_asked_is_not_a_word_the_sources_must_use(session: Session) -> None:
    answer = session.ask(
        "In the regulator's view, did Veldmark Media have a lawful basis for sharing the addresses?"
    )
    assert answer.found
    assert answer.verdict == "no"


KANAAL = """ATHENS, Nov 3 (Test Wire) - Greece's National Council for Radio and Television fined the broadcaster Kanal Ena €90,000 over a talk show that named the child victim of a crime.

The council also ordered Kanal Ena to read out a summary of its decision at the start of the main news bulletin, every night for five days.
"""


@pytest.fixture(scope="module")
def broadcaster(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("every-night-corpus")
    write_article(corpus, "2025-11-03-esr-fines-kanal-ena", KANAAL, published="2025-11-03")
    return indexed_session(corpus, tmp_path_factory.mktemp("every-night-index"))


def test_every_night_for_five_days_counts_five_nights(broadcaster: Session) -> None:
    answer = broadcaster.ask("on how many nights did kanal ena have to read out the decision?")
    assert answer.kind == "count"
    assert answer.value.number == 5
