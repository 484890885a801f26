from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.embed import WordPieces
from assistant.ingest import load_article
from assistant.text import Span, context_starts, fit_to_tokens, pack_chunks, paragraphs, sentences
from tests.conftest import SEED_CORPUS


@pytest.fixture(scope="module")
def word_pieces() -> WordPieces:
    return WordPieces()


def quotes(body: str) -> list[str]:
    return [body[s.start : s.end] for s in sentences(body)]


def test_sentences_are_exact_trimmed_spans() -> None:
    body = "  The CNIL fined Clearview €20 million. It said: “Pay up.” Clearview did not.\n"
    assert quotes(body) == [
        "The CNIL fined Clearview €20 million.",
        "It said: “Pay up.”",
        "Clearview did not.",
    ]


def test_abbreviations_do_not_end_sentences() -> None:
    body = "The U.S. company was fined by the U.K. regulator on Jan. 5. Mr. Ton-That disagreed."
    assert quotes(body) == [
        "The U.S. company was fined by the U.K. regulator on Jan. 5.",
        "Mr. Ton-That disagreed.",
    ]


def test_a_sentence_never_crosses_a_paragraph() -> None:
    body = "Related: Clearview Fined $9.4 Million by UK Regulator\n\nRelated: Canada Probe Concludes Clearview Breached Privacy Laws"
    assert quotes(body) == [
        "Related: Clearview Fined $9.4 Million by UK Regulator",
        "Related: Canada Probe Concludes Clearview Breached Privacy Laws",
    ]


def test_long_lines_are_paragraphs_even_without_blank_lines() -> None:
    first = "The New York start-up offers a tool to identify a person with their photograph " * 2
    body = f"{first.strip()}\nThe CNIL fined it twenty million euros on Thursday in a decision published today."
    assert len(paragraphs(body)) == 2


def test_hard_wrapped_paragraph_is_joined_but_headings_are_not() -> None:
    body = (
        "# Regulator fines Acme\n"
        "The Dutch authority fined Acme five million euros on Tuesday for the\n"
        "unlawful processing of the personal data of its customers and staff,\n"
        "the regulator said in a statement.\n"
        "- Acme says it will appeal.\n"
    )
    assert quotes(body) == [
        "# Regulator fines Acme",
        "The Dutch authority fined Acme five million euros on Tuesday for the\n"
        "unlawful processing of the personal data of its customers and staff,\n"
        "the regulator said in a statement.",
        "- Acme says it will appeal.",
    ]


def test_context_of_anaphoric_sentences_is_the_sentence_before() -> None:
    body = (
        "This is not the only fine. Similar fines were imposed in Italy and Greece. "
        "The UK has also imposed a penalty of £7.5 million. To date, none of these penalties have been paid.\n"
        "It is a new paragraph."
    )
    spans = sentences(body)
    starts = context_starts(body, spans)
    # "none of these penalties" needs "The UK has also…", which continues the list begun by
    # "Similar fines…" — two sentences back, and no further.
    assert starts[3] == 1
    # Self-contained sentences stand alone; a pronoun never reaches across a paragraph.
    assert starts[0] == 0 and starts[1] == 1 and starts[4] == 4


def test_every_seed_sentence_quotes_back_exactly() -> None:
    for path in SEED_CORPUS.glob("*.md"):
        body = load_article(path).body
        spans = sentences(body)
        assert spans, path
        previous_end = 0
        for span in spans:
            text = body[span.start : span.end]
            assert text == text.strip() and text
            assert span.start >= previous_end  # in order, never overlapping
            previous_end = span.end


def test_fit_to_tokens_splits_a_run_on_sentence(word_pieces: WordPieces) -> None:
    body = "fined " * 700  # one "sentence" of 700 word pieces
    spans = sentences(body)
    counts = word_pieces.count([body[s.start : s.end] for s in spans])
    fitted, fitted_counts = fit_to_tokens(body, spans, counts, 200, word_pieces.offsets)
    assert len(fitted) == 4 and max(fitted_counts) <= 200
    assert all(body[s.start : s.end].strip() == body[s.start : s.end] for s in fitted)
    assert sum(word_pieces.count([body[s.start : s.end] for s in fitted])) == 700


def test_pack_chunks_respects_budget_and_overlaps() -> None:
    counts = [50, 60, 70, 40, 30, 90, 10]
    chunks = pack_chunks(counts, max_tokens=150, overlap_tokens=40)
    assert chunks[0] == (0, 1)
    for first, last in chunks:
        assert sum(counts[first : last + 1]) <= 150 or first == last
    # Consecutive chunks share their boundary sentences when those fit the overlap budget.
    assert any(a[1] >= b[0] for a, b in itertools.pairwise(chunks))
    covered = {i for first, last in chunks for i in range(first, last + 1)}
    assert covered == set(range(len(counts)))


@given(st.lists(st.integers(min_value=1, max_value=300), max_size=60), st.integers(0, 120))
@settings(max_examples=200, deadline=None)
def test_pack_chunks_always_covers_in_order_and_terminates(counts: list[int], overlap: int) -> None:
    chunks = pack_chunks(counts, max_tokens=200, overlap_tokens=overlap)
    covered = [i for first, last in chunks for i in range(first, last + 1)]
    assert set(covered) == set(range(len(counts)))
    assert all(a[0] < b[0] and a[1] < b[1] for a, b in itertools.pairwise(chunks))


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
@settings(max_examples=300, deadline=None)
def test_sentences_of_any_text_are_exact_trimmed_spans(text: str) -> None:
    spans = sentences(text)
    for span in spans:
        assert isinstance(span, Span)
        quote = text[span.start : span.end]
        assert quote and quote == quote.strip()
    starts = context_starts(text, spans)
    assert all(0 <= s <= i for i, s in enumerate(starts))


def test_a_currency_abbreviation_does_not_end_a_sentence() -> None:
    body = "The agency imposed daily fines of kr. 5,000 from 1 March. Nordlys has not paid."
    assert [body[s.start : s.end] for s in sentences(body)] == [
        "The agency imposed daily fines of kr. 5,000 from 1 March.",
        "Nordlys has not paid.",
    ]


def test_a_number_sign_before_a_reference_does_not_end_a_sentence() -> None:
    body = (
        "The fine was set in Resolution No. RA-0912 of 3 March 2025. It was paid. Ranked No. One."
    )
    texts = [body[s.start : s.end] for s in sentences(body)]
    assert texts[0] == "The fine was set in Resolution No. RA-0912 of 3 March 2025."
    assert texts[1] == "It was paid."


def test_a_legal_form_then_a_word_that_opens_sentences_ends_the_sentence() -> None:
    body = (
        "The regulator fined Harrow Lane Ltd. Under the Act, it could have fined more. It fined "
        "Osprey Inc. In May the firm paid. It also fined Kite Co. Ltd. for late filings."
    )
    assert quotes(body) == [
        "The regulator fined Harrow Lane Ltd.",
        "Under the Act, it could have fined more.",
        "It fined Osprey Inc.",
        "In May the firm paid.",
        "It also fined Kite Co. Ltd. for late filings.",
    ]
