"""Payment and appeal statuses told in the ways follow-ups and digests tell them: a sum paid
"of" the fine, the rest "outstanding", "paid within a week", a participle clause paying a
discounted sum, "that airline has paid", headings, and an appeal announced before a court
(invented articles)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.facts import Fact, extract_facts
from assistant.ingest import load_article
from assistant.lexicon import lexicon
from assistant.text import context_starts, sentences

from .test_facts_general import by_amount, extract

DIGEST = (
    Path(__file__).parent
    / "fixtures"
    / "ex3_payment_statuses"
    / "2025-10-14-roundup-aviation-and-health-fines.md"
)


def statuses(fact: Fact) -> set[str]:
    return {s.status for s in fact.statuses}


@pytest.fixture(scope="module")
def digest() -> list[Fact]:
    article = load_article(DIGEST)
    spans = sentences(article.body)
    contexts = [spans[i].start for i in context_starts(article.body, spans)]
    return extract_facts(article, spans, contexts, lexicon())


def test_the_airline_and_that_airline_are_the_carriers_named_last(digest: list[Fact]) -> None:
    condor = by_amount(digest, "480000")
    pampa = by_amount(digest, "95000")
    assert "not_paid" in statuses(condor)
    assert "paid" not in statuses(condor)
    assert "paid" in statuses(pampa)
    assert "not_paid" not in statuses(pampa)


def test_a_challenge_before_a_ministry_is_disputed_not_appealed(digest: list[Fact]) -> None:
    condor = by_amount(digest, "480000")
    assert "disputed" in statuses(condor)
    assert "appealed" not in statuses(condor)


def test_paying_a_discounted_sum_under_a_half_payment_rule_settles_it(digest: list[Fact]) -> None:
    clinic = by_amount(digest, "40000000")
    body = load_article(DIGEST).body
    # told by the clause that pays, not by the next section's heading "what has been paid"
    told = [body[s.start : s.end] for s in clinic.statuses if s.status == "paid"]
    assert told
    assert all("paying" in t and "#" not in t for t in told)
    assert "partially_paid" not in statuses(clinic)


def test_a_sum_paid_of_the_fine_and_the_rest_outstanding_is_paid_in_part(
    digest: list[Fact],
) -> None:
    andinanet = by_amount(digest, "300000")
    assert "partially_paid" in statuses(andinanet)
    assert "paid" not in statuses(andinanet)  # nor by the heading "What has been paid"


def test_paid_within_a_week(digest: list[Fact]) -> None:
    quitel = by_amount(digest, "25000")
    assert statuses(quitel) == {"paid"}


@pytest.mark.parametrize(
    "told",
    [
        "Hanseatic Freight said it would appeal to the Higher Regional Court in Düsseldorf.",
        "Hanseatic Freight said it would seek annulment of the decision before the Federal "
        "Administrative Court.",
    ],
)
def test_an_appeal_announced_before_a_court_is_appealed(told: str) -> None:
    facts = extract(
        "Germany's Federal Cartel Office fined Hanseatic Freight GmbH €2.4 million for sharing "
        f"customers with a rival haulier. {told}\n",
        published="2025-06-11",
    )
    fine = by_amount(facts, "2400000")
    assert {"appealed", "disputed"} <= statuses(fine)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The remaining Rs 1.5 crore is outstanding.", "partially_paid"),
        ("The balance of $20,000 remains unpaid.", "partially_paid"),
        ("Kestrel paid €40,000 of its penalty in March.", "partially_paid"),
        ("Sagar Net paid within a week, the authority said.", "paid"),
    ],
)
def test_wordings_read(sentence: str, expected: str) -> None:
    from assistant.actions import find_statuses

    assert [m.kind for m in find_statuses(sentence)] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The fine must be paid within 30 days.",
        "The remaining provisions are due to take effect in June.",
        "It paid all of the fine.",
    ],
)
def test_wordings_not_read_as_payment_in_part(sentence: str) -> None:
    from assistant.actions import find_statuses

    assert "partially_paid" not in [m.kind for m in find_statuses(sentence)]
