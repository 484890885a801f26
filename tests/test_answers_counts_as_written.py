"""How many of something the article states, as enforcement copy writes counts, on articles
written for this test (invented companies, real kinds of regulator):

- "affected about 85,000 fixed and mobile lines": two words for the kind, joined by "and";
- "Two further charges, including one of failing to train staff, were withdrawn": the part named after
  "including" is not the count asked for when nothing asked follows it;
- "in six of the retailer's fourteen branches": what inspectors found there is in the part;
- "on at least nine occasions", "14 instances in which drivers exceeded …": how many times
  something happened, however the question calls it (times, breaches);
- a round-up's story about one company, whose count sits in a paragraph not naming it.
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import cites, indexed_session, write_article

OUTAGE = """QUITO, 4 March 2025 (Test Wire) - Ecuador's telecoms regulator ARCOTEL fined the operator Telnova S.A. USD 310,000 for a network outage in Guayaquil last August.

The regulator found that the outage lasted 12 hours and affected about 85,000 fixed and mobile lines. Telnova said it would pay.
"""

CHARGES = """HALIFAX, 9 October 2025 (Test Wire) - Kestrel Timber Ltd. pleaded guilty in provincial court to one charge under the Occupational Health and Safety Act of failing to guard a saw. Two further charges, including one of failing to train staff, were withdrawn by the prosecution.

The company was fined $60,000.
"""

BRANCHES = """SANTO DOMINGO, 2 June 2025 (Test Wire) - The consumer agency fined the supermarket chain Freshway Markets RD$1,200,000 after inspectors recorded, in six of the retailer's fourteen branches, that food past its expiry date was on sale.

Freshway said it had retrained its staff.
"""

CARTEL = """LIMA, 12 May 2025 (Test Wire) - Peru's competition authority fined the cement distributors Andes Cementos and Pacífico Mix a combined S/ 4.8 million for coordinating prices.

The authority found simultaneous and identical price increases by the two companies on at least nine occasions between 2021 and 2023.
"""

HAULIER = """LONDON, 20 November 2025 (Test Wire) - The traffic commissioner fined the haulier Redgate Freight Ltd £45,000 after a roadside audit.

The audit found 14 instances in which drivers exceeded the daily driving limits in January and February.
"""

ROUNDUP = """Our monthly round-up of enforcement by water regulators.

### Peru: SUNASS fines Sedapar over water quality

Peru's regulator SUNASS fined Sedapar S.A. 120 UIT over chlorine levels in Arequipa, where 40 samples failed the standard.

### Chile: SISS fines Aguas del Valle over complaint handling

Chile's water regulator SISS announced on 3 May that it had fined Aguas del Valle S.A. 1,500 UTM for failing to answer customer complaints within the legal time limit.

The regulator's review found that, at the end of March, 2,318 complaints about billing and supply cuts had gone unanswered beyond the thirty-day limit.

The SISS also ordered the utility to answer every one of them by 30 June.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory) -> Session:
    root = tmp_path_factory.mktemp("counts_as_written")
    corpus = root / "corpus"
    corpus.mkdir()
    write_article(corpus, "arcotel-telnova-outage", OUTAGE, published="2025-03-04")
    write_article(corpus, "kestrel-timber-guilty-plea", CHARGES, published="2025-10-09")
    write_article(corpus, "freshway-expired-food", BRANCHES, published="2025-06-02")
    write_article(corpus, "peru-cement-price-cartel", CARTEL, published="2025-05-12")
    write_article(corpus, "redgate-freight-driving-hours", HAULIER, published="2025-11-20")
    write_article(corpus, "water-regulators-roundup-may", ROUNDUP, published="2025-05-10")
    return indexed_session(corpus, root / "index")


def _count(answer) -> int:
    assert answer.kind == "count" and answer.value is not None, answer.answer
    return int(answer.value.number)


def test_count_of_a_kind_in_two_joined_words(session: Session) -> None:
    answer = session.ask("how many lines were affected by the telnova outage")
    assert _count(answer) == 85000, answer.answer
    assert cites(answer, "affected about 85,000 fixed and mobile lines")


def test_count_not_the_part_named_after_including(session: Session) -> None:
    answer = session.ask("how many charges did the prosecution withdraw against kestrel timber")
    assert _count(answer) == 2, answer.answer


def test_count_of_the_part_where_something_was_found(session: Session) -> None:
    answer = session.ask("in how many freshway branches did inspectors find expired food")
    assert _count(answer) == 6, answer.answer


def test_how_many_times_counted_as_occasions(session: Session) -> None:
    answer = session.ask("how many times did the cement distributors raise prices together")
    assert _count(answer) == 9, answer.answer


def test_breaches_counted_as_instances(session: Session) -> None:
    answer = session.ask("how many driving hour breaches did the audit find at redgate freight")
    assert _count(answer) == 14, answer.answer


def test_count_in_the_story_about_the_company(session: Session) -> None:
    answer = session.ask("how many complaints were unanswered at aguas del valle at end of march")
    assert _count(answer) == 2318, answer.answer
    assert cites(answer, "2,318 complaints about billing")
