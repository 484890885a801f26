"""A follow-up that names another party of the same story only by its role: "how much was X
fined?" then "and the manager?", "and the seller?", "what about the buyer?". The story writes
that party next to the role ("its operations manager, Jo Hale, was fined …", "the seller,
Nairobi-based Baobab Mills Ltd, …"): the answer is that party's, not the first one's again.
Articles invented for this test (invented companies, real kinds of regulator and court).
"""

from __future__ import annotations

import re

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

IRELAND = """LIMERICK, 5 May (Test Wire) - A haulage company and its transport manager were fined a total of €45,000 at Limerick Circuit Court on Monday after pleading guilty to falsifying drivers' tachograph records.

Shannon Haulage Ltd was fined €40,000, while its transport manager, Declan Moore, 52, of Castletroy, was fined €5,000. The prosecution was brought by the Road Safety Authority.
"""

KENYA = """NAIROBI, 18 November (Test Wire) - The Competition Authority of Kenya (CAK) has fined both parties to a flour-milling deal for completing it before approval.

The buyer, Tembo Holdings Ltd, was fined KSh 10 million. The Authority also fined the seller, the family-owned Baobab Mills Ltd of Eldoret, KSh 2 million for its part in closing the transaction early.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("follow-up-role-corpus")
    write_article(corpus, "2025-05-05-shannon-haulage-fined", IRELAND, published="2025-05-05")
    write_article(corpus, "2025-11-18-cak-fines-tembo-baobab", KENYA, published="2025-11-18")
    return indexed_session(corpus, tmp_path_factory.mktemp("follow-up-role-index"))


def test_and_the_manager(session: Session) -> None:
    answer = session.ask("and the manager?", ["how much was shannon haulage fined"])
    assert answer.kind == "amount", answer.answer
    assert re.search(r"(?<![\d,])5,000", answer.answer.split(".")[0]), answer.answer
    assert "40,000" not in answer.answer.split(".")[0], answer.answer


def test_and_the_seller(session: Session) -> None:
    answer = session.ask("and the seller?", ["what did the cak fine tembo holdings"])
    assert answer.kind == "amount", answer.answer
    assert "2,000,000" in answer.answer.split(".")[0], answer.answer


def test_what_about_the_buyer(session: Session) -> None:
    answer = session.ask("what about the buyer?", ["how much was baobab mills fined"])
    assert answer.kind == "amount", answer.answer
    assert "10,000,000" in answer.answer.split(".")[0], answer.answer


def test_a_follow_up_about_the_same_party_stays_on_it(session: Session) -> None:
    answer = session.ask("and the court?", ["how much was shannon haulage fined"])
    assert "Declan" not in answer.answer.split(".")[0], answer.answer
    assert not re.search(r"(?<![\d,])5,000", answer.answer.split(".")[0]), answer.answer
