""" "Did the tribunal stay X's ban?" asks whether that step was taken: a sentence sharing only
another word of the question with it ("restrains him from the securities market") says
nothing of a stay, and answers neither Yes nor No — on an article written for this test
(invented person, real kinds of regulator and tribunal), with no sentence about a stay at all
(`test_answers_not_said` has one, which answers by itself)."""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

BARRED = """MUMBAI, Feb 11 (Test Wire) - SEBI's order imposes a penalty of ₹25 lakh on promoter Ravi Kulkarni and restrains him from accessing the securities market for two years.

Kulkarni has filed an appeal before the Securities Appellate Tribunal (SAT), his lawyers said; the matter is likely to be listed in March.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("step-asked-corpus")
    write_article(corpus, "2026-02-11-sebi-kulkarni", BARRED, published="2026-02-11")
    return indexed_session(corpus, tmp_path_factory.mktemp("step-asked-index"))


def test_a_sentence_sharing_only_market_does_not_say_the_ban_was_stayed(session: Session) -> None:
    answer = session.ask("did SAT stay kulkarni's market ban")
    assert answer.verdict != "yes"
