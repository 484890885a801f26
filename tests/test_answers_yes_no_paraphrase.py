"""Yes/no questions in everyday words the sources put otherwise, and sentences about a
right or a time limit that say nothing of a step taken — on articles written for this test
(invented companies, real kinds of regulator):

- "Is the watchdog talking to US authorities about X?" is answered by "is working with the
  Federal Trade Commission on X": an everyday verb the articles never use ("talking") is
  paraphrase when the question's other words are there;
- an uncommon word they never use still means the sources don't say;
- "the admin court" is the administrative court (not a misspelt "admit");
- "can be appealed … within three weeks", "waived its right to appeal" (another company),
  "companies have six months to file a lawsuit": no appeal or lawsuit is reported.
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

WATCHDOG = """PARIS, June 2 (Test Wire) - France's CNIL fined the facial recognition firm Visagium €15 million for scraping photos of French residents without a legal basis.

The watchdog said it is working with the Federal Trade Commission on enforcing its order against Visagium, which has no office in Europe.
"""

GAMING = """STOCKHOLM, March 12 (Test Wire) - The Swedish Gambling Authority has imposed sanction fees on two online casino operators, Skarv Spel and Norrfjord Gaming, for failing to verify players' identities.

Skarv Spel has waived its right to appeal and has already paid the sanction fee. The decision concerning Norrfjord Gaming can be appealed to the Administrative Court in Linköping within three weeks of the company receiving it.
"""

SURCHARGE = """TOKYO, July 8 (Test Wire) - The Japan Fair Trade Commission ordered the valve maker Kazeyama Industries to pay a surcharge of ¥1.2 billion for joining a price cartel.

Kazeyama said it would examine the orders before deciding on its response. Companies have six months to file a lawsuit at the Tokyo District Court seeking to revoke JFTC orders.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("paraphrase-corpus")
    write_article(corpus, "2025-06-02-cnil-fines-visagium", WATCHDOG, published="2025-06-02")
    write_article(corpus, "2025-03-12-spelinspektionen-fees", GAMING, published="2025-03-12")
    write_article(corpus, "2025-07-08-jftc-kazeyama", SURCHARGE, published="2025-07-08")
    return indexed_session(corpus, tmp_path_factory.mktemp("paraphrase-index"))


def test_an_everyday_verb_the_sources_put_otherwise(session: Session) -> None:
    answer = session.ask(
        "Is the French watchdog talking to US authorities about enforcing its order against Visagium?"
    )
    assert answer.found
    assert answer.verdict == "yes"
    assert any("working with the Federal Trade Commission" in c.quote for c in answer.citations)


def test_an_uncommon_word_they_never_use_is_still_not_said(session: Session) -> None:
    answer = session.ask("Has Visagium paid the CNIL fine in instalments?")
    assert not answer.found


def test_can_be_appealed_is_no_appeal_lodged(session: Session) -> None:
    answer = session.ask("has norrfjord appealed to the admin court in linkoping")
    assert not answer.found
    assert answer.verdict is None


def test_a_time_limit_to_sue_is_no_lawsuit(session: Session) -> None:
    answer = session.ask("has kazeyama filed a lawsuit to get the jftc orders revoked?")
    assert not answer.found
    assert answer.verdict is None


def test_another_company_waiving_its_right_to_appeal_says_nothing(session: Session) -> None:
    answer = session.ask("has norrfjord appealed to the administrative court in linkoping")
    assert not answer.found
    assert answer.verdict is None
