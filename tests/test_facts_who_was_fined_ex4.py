"""Who a fine is against, on invented copy (classes first met in blind sets 31 and 32): the
amounts of a list told "respectively" after a list of parties that is the verb's subject, a sum
"each" given to the parties listed after it, a company's officer "separately fined", a fine
"imposed on him" after a person is named, and an item's label ("Compliance schedule:") that
is no party."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from assistant.facts import extract_facts
from assistant.ingest import load_article
from assistant.lexicon import lexicon
from assistant.text import context_starts, sentences
from tests.test_facts_general import extract

_FOLDER = Path(__file__).parent / "fixtures" / "who_was_fined"


def _facts(name: str):
    article = load_article(next(_FOLDER.glob(f"{name}*.md")))
    spans = sentences(article.body)
    contexts = [spans[i].start for i in context_starts(article.body, spans)]
    return extract_facts(article, spans, contexts, lexicon())


def _fines(facts) -> set[tuple[str, Decimal]]:
    return {(f.respondent.text, f.amount.amount) for f in facts if f.amount and f.respondent}


def test_amounts_told_respectively_go_to_the_parties_listed_before_the_verb() -> None:
    fines = _fines(_facts("2025-03-11"))
    assert ("Kiwi Dash Couriers", Decimal(240000)) in fines
    assert ("Southern Swift Freight", Decimal(95000)) in fines
    assert ("Southern Swift Freight", Decimal(240000)) not in fines


def test_three_parties_told_respectively_in_another_phrasing() -> None:
    facts = extract(
        "The Competition Authority of Kenya said on Monday that cement makers Rift Valley "
        "Cement, Athi Basin Cement and Coastline Clinker Ltd had been penalised KSh 12 million, "
        "KSh 8 million and KSh 3 million respectively for sharing price information."
    )
    assert _fines(facts) == {
        ("Rift Valley Cement", Decimal(12_000_000)),
        ("Athi Basin Cement", Decimal(8_000_000)),
        ("Coastline Clinker Ltd", Decimal(3_000_000)),
    }


def test_a_sum_each_to_the_parties_listed_after_it_is_one_fine_per_party() -> None:
    fines = _fines(_facts("2025-03-11"))
    assert ("Tui Post Shop", Decimal(1000)) in fines
    assert ("Manukau Parcel Point", Decimal(1000)) in fines
    assert not any(who == "Auckland" for who, _ in fines)


def test_each_to_a_counted_list_after_a_dash() -> None:
    facts = extract(
        "The council issued fixed penalty notices of £400 each last week to three takeaways in "
        "Leeds — Golden Wok, Pizza Palazzo and Kebab Corner — for failing to display hygiene "
        "ratings."
    )
    assert _fines(facts) == {
        ("Golden Wok", Decimal(400)),
        ("Pizza Palazzo", Decimal(400)),
        ("Kebab Corner", Decimal(400)),
    }


def test_an_officer_separately_fined_is_fined_not_the_company() -> None:
    fines = _fines(_facts("2025-03-11"))
    assert ("Aroha Ngata", Decimal(18000)) in fines


def test_a_fine_imposed_on_him_is_the_person_named_before() -> None:
    fines = _fines(_facts("2026-02-04"))
    assert ("Seven Mile Fund Services Ltd", Decimal(800000)) in fines
    assert ("Devon Ebanks", Decimal(50000)) in fines or ("Mr Devon Ebanks", Decimal(50000)) in fines


def test_a_fine_imposed_on_her_in_another_phrasing() -> None:
    facts = extract(
        "The Malta Financial Services Authority fined Valletta Wealth Ltd €150,000. Ms Rita "
        "Camilleri, the firm's former compliance officer, ignored red flags for two years. The "
        "MFSA imposed a penalty of €12,000 on her."
    )
    [twelve] = [f for f in facts if f.amount and f.amount.amount == 12000]
    assert "Camilleri" in twelve.respondent.text


def test_a_labelled_part_of_a_sum_is_no_party_s_fine() -> None:
    facts = extract(
        "Washington Ecology and Cascade Pulp Mill Inc. have signed an agreed order resolving the "
        "case.\n\nThe order has three parts:\n\n- **Cash penalty:** $40,000, payable within 30 "
        "days.\n- **Corrective action plan:** Cascade Pulp must install new scrubbers by "
        "December 31, 2026."
    )
    named = {f.respondent.text for f in facts if f.respondent}
    assert not named & {"Cash penalty", "Corrective action plan"}
