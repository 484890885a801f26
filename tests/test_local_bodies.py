"""A generic or borrowed name means the body of the country the article's own places point
at (dateline, towns, currency, a section's heading, a possessive): "the FCC" in a Dar es
Salaam wire story in shillings is Tanzania's, "the Personal Data Protection Agency" in a
Sarajevo story in marks is Bosnia and Herzegovina's, "Portugal's civil aviation authority
ANAC" is Portugal's. A story naming the body's own country keeps it. Invented articles,
read by `extract_facts`."""

from __future__ import annotations

from pathlib import Path

from assistant.facts import extract_facts
from assistant.ingest import load_article
from assistant.lexicon import lexicon
from assistant.text import context_starts, sentences

FOLDER = Path(__file__).parent / "fixtures" / "local_bodies"


def _fines(name: str) -> list[tuple[str | None, str | None]]:
    article = load_article(next(FOLDER.glob(f"*{name}*.md")))
    spans = sentences(article.body)
    contexts = [spans[i].start for i in context_starts(article.body, spans)]
    facts = extract_facts(article, spans, contexts, lexicon())
    return [(f.authority, f.jurisdiction) for f in facts if f.action == "fine" and f.amount]


def test_an_acronym_other_countries_bodies_use_is_the_datelines_countrys() -> None:
    assert _fines("mbeya-cement") == [("FCC (TZ)", "TZ")]


def test_a_generic_name_is_the_body_of_the_town_and_currency_of_the_story() -> None:
    assert _fines("sarajevo-clinic") == [("AZLP (BA)", "BA")]


def test_a_generic_name_keeps_its_body_when_the_story_names_its_country() -> None:
    assert _fines("zagreb-telecom") == [("AZOP", "HR")]


def test_a_body_introduced_with_its_country_keeps_that_country_in_a_roundup() -> None:
    assert _fines("aviation-roundup") == [("ANAC (PT)", "PT")]


def test_an_acronym_is_the_states_body_whose_name_without_the_state_spells_it() -> None:
    assert _fines("geelong-recycler") == [("EPA Victoria", "AU-VIC")]
