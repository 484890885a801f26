"""Property fuzzing of everything that reads untrusted text: no exception escapes but the
documented one, and every span quotes back exactly (`text[start:end] == quote`).

Inputs are built from fragments that look like what the readers look for (front matter,
abbreviations, amounts, dates, question openings) mixed with arbitrary Unicode, which finds
more than uniform random text. The suite runs a few hundred examples in total;
`bench/stress_fuzz.py` runs the same properties for minutes (FUZZ_SCALE multiplies every
example count). Complements the per-module properties in test_money.py, test_numbers.py,
test_dates.py, test_provisions.py and test_text.py.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.config import ChunkSettings
from assistant.dates import find_dates
from assistant.embed import WordPieces
from assistant.errors import ArticleError, BadQuestion
from assistant.indexer import derive
from assistant.ingest import load_article, normalise_text
from assistant.lexicon import lexicon
from assistant.models import PARTIAL_DATE, Article
from assistant.money import find_money
from assistant.numbers import find_durations, find_numbers, parse_number_words
from assistant.provisions import find_provisions
from assistant.question import clean_question
from assistant.question_parse import parse
from assistant.text import context_starts, fit_to_tokens, pack_chunks, sentences

SCALE = max(1, int(os.environ.get("FUZZ_SCALE", "1")))


def examples(n: int):
    return settings(
        max_examples=n * SCALE,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )


def mixed(fragments: list[str], size: int = 30) -> st.SearchStrategy[str]:
    noise = st.text(alphabet=st.characters(codec="utf-8"), max_size=6)
    return st.lists(st.one_of(st.sampled_from(fragments), noise), max_size=size).map("".join)


UNICODE = [
    "Ĭlearview",
    "Ī",
    "×",
    "\u00a0",
    "\u2009",
    "\u202f",
    "\u200b",
    "\ufeff",
    "\u202e",
    "\u2066",
    "👩\u200d👩\u200d👧",
    "🇪🇺",
    "e\u0301",
    "Z\u0335a\u0335",
    "مرحبا",
    "غرامة",
    "中文",
    "罚款。",
    "\x1b[31m",
    "\x9b",
    "\x00",
    "\r\n",
    "\r",
    "\t",
    "’",
    "“",
    "”",
    "…",
    "—",
    "–",
]

# Front matter --------------------------------------------------------------------------------

YAML_BITS = [
    "title",
    "outlet",
    "published",
    "author",
    "url",
    ": ",
    ":",
    "\n",
    "\n  ",
    "- ",
    "[",
    "]",
    "{",
    "}",
    ", ",
    "&a ",
    "*a",
    "!!str ",
    "!!int ",
    "!!binary ",
    "!!timestamp ",
    "!!python/object/apply:os.system ",
    "!!set ",
    "? ",
    "|\n  ",
    ">\n  ",
    "'",
    '"',
    "\\u",
    "\\ud800",
    "# ",
    "---",
    "...",
    "%YAML 1.1\n",
    "2023-05-10",
    "2023-02-31",
    "2023-13",
    "2022-10",
    "10 May 2023",
    "2023-05-10T10:00:00Z",
    "null",
    "~",
    "yes",
    "0x1F",
    "1e999",
    ".nan",
    "<<: *a",
    "€20m",
    "https://example.com/a?b=c#d",
    *UNICODE,
]
BODY_BITS = [
    "The CNIL fined Clearview AI €20 million.",
    "\n\n",
    "\n",
    "---\n",
    "Mr. Ton-That said: “We will appeal.” ",
    "# Heading\n",
    "- item\n",
    " ",
    *UNICODE,
]


@st.composite
def markdown_files(draw: st.DrawFn) -> bytes:
    body = draw(mixed(BODY_BITS, 12))
    kind = draw(st.sampled_from(["fuzzed", "valid", "bytes", "no-fence"]))
    if kind == "bytes":
        return draw(st.binary(max_size=200))
    if kind == "no-fence":
        return body.encode("utf-8", "surrogatepass")
    if kind == "valid":
        fields = draw(
            st.dictionaries(
                st.sampled_from(["title", "outlet", "published", "author", "url", "extra"]),
                st.one_of(
                    st.text(max_size=20),
                    st.sampled_from(["2023-05-10", "2023-05", "2023", "2023-02-31"]),
                    st.integers(),
                    st.none(),
                    st.lists(st.text(max_size=3), max_size=2),
                ),
                max_size=6,
            )
        )
        import yaml

        front = yaml.safe_dump(fields, allow_unicode=True)
    else:
        front = draw(mixed(YAML_BITS, 25))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    text = f"---{newline}{front}{newline}---{newline}{body}"
    return text.encode("utf-8", "surrogatepass")


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@examples(150)
@given(data=markdown_files(), suffix=st.sampled_from([".md", ".txt"]))
def test_front_matter_reader_raises_only_article_errors(
    scratch: Path, data: bytes, suffix: str
) -> None:
    path = scratch / f"fuzzed{suffix}"
    path.write_bytes(data)
    try:
        article = load_article(path)
    except ArticleError as error:
        assert str(error).startswith(str(path)) and error.problem
        return
    body = article.body
    assert any(c.isalnum() for c in body) and "\r" not in body
    assert body == body.strip("\n") and all(line == line.rstrip() for line in body.split("\n"))
    assert unicodedata.is_normalized("NFC", body)
    assert article.published is None or PARTIAL_DATE.match(article.published)
    for value in (article.title, article.outlet, article.author, article.url, body):
        if value is not None:
            value.encode("utf-8")  # strict: no lone surrogate may reach SQLite or a terminal
    assert article.title


# Sentences, chunks and what is read off them ---------------------------------------------------

TEXT_BITS = [
    "The CNIL fined Clearview AI €20 million on 20 October 2022.",
    "The U.S. company was fined by the U.K. regulator on Jan. 5.",
    "Mr. Ton-That disagreed.",
    "It said: “Pay up.” ",
    "To date, none of these penalties have been paid.",
    "e.g. ",
    "No. 5 ",
    "Art. 83(5) GDPR ",
    "3.5 ",
    "€5.2m. ",
    "http://x.y/a.b ",
    "exam-\nple ",
    "\n",
    "\n\n",
    "  \n",
    "- item\n",
    "# Heading\n",
    "1. first\n",
    "?! ",
    "(",
    ")",
    '"',
    "»",
    "«",
    " " * 3,
    "x" * 120,
    *UNICODE,
]


@pytest.fixture(scope="module")
def word_pieces() -> WordPieces:
    return WordPieces()


@examples(100)
@given(raw=mixed(TEXT_BITS, 40), budget=st.integers(min_value=4, max_value=60))
def test_sentences_chunks_and_token_pieces_quote_back_exactly(
    word_pieces: WordPieces, raw: str, budget: int
) -> None:
    body = normalise_text(raw)
    spans = sentences(body)
    previous = 0
    for span in spans:
        quote = body[span.start : span.end]
        assert 0 <= previous <= span.start < span.end <= len(body)
        assert quote == quote.strip() and re.search(r"\w", quote)
        previous = span.end
    starts = context_starts(body, spans)
    assert all(0 <= s <= i for i, s in enumerate(starts))
    counts = word_pieces.count([body[s.start : s.end] for s in spans])
    fitted, fitted_counts = fit_to_tokens(body, spans, counts, budget, word_pieces.offsets)
    assert max(fitted_counts, default=0) <= budget
    for span in fitted:
        quote = body[span.start : span.end]
        assert 0 <= span.start < span.end <= len(body) and quote == quote.strip()
    chunks = pack_chunks(fitted_counts, budget * 3, budget)
    covered = {i for first, last in chunks for i in range(first, last + 1)}
    assert covered == set(range(len(fitted)))


@examples(60)
@given(raw=mixed(TEXT_BITS, 30), published=st.sampled_from([None, "2023", "2022-10", "2023-05-10"]))
def test_places_and_facts_read_off_any_text_stay_in_the_body(
    raw: str, published: str | None
) -> None:
    """What `assistant index` runs on every article: one odd article must not crash an
    update of the whole corpus."""
    body = normalise_text(raw)
    if not body.strip():
        return
    article = Article(
        id="a", title="T", path="a.md", format="md", body=body, sha256="0" * 64, published=published
    )
    spans = sentences(body)
    contexts = [spans[i].start for i in context_starts(body, spans)]
    places, facts = derive(article, spans, contexts)
    assert len(places) == len(spans)
    for fact in facts:
        assert 0 <= fact.start < fact.end <= len(body)
        for located in (fact.respondent, fact.date, fact.amount, fact.authority_at):
            if located is not None:
                assert 0 <= located.start <= located.end <= len(body)


# Money, dates, numbers, provisions -------------------------------------------------------------

NUMBER_BITS = [
    "€",
    "£",
    "$",
    "US$",
    "C$",
    "kr",
    "SEK ",
    "EUR ",
    " euros",
    " pounds",
    "1",
    "20",
    "5.2",
    "0.5",
    "1,000",
    "1,50,000",
    "1.234.567,89",
    "1 000",
    "1,5",
    " million",
    "m",
    "bn",
    "k",
    "MM",
    " trillion",
    "-",
    " to ",
    " and ",
    "between ",
    "up to ",
    " per day",
    " a day",
    "%",
    " per cent",
    "twenty",
    "twenty-one",
    "half a",
    "a hundred",
    "two-million-euro",
    " days",
    " months",
    " years",
    "10 May 2023",
    "May 10, 2023",
    "2023-05-10",
    "last October",
    "on Wednesday",
    "yesterday",
    "31 February 2023",
    "0001-01-01",
    "9999-12-31",
    "Article 17 May",
    "Art. 83(5)",
    "Articles 5, 6 and 17",
    "Section 5-9",
    "§ 3",
    "in 2022",
    "since 2019",
    "Jan.",
    "Sept ",
    " 1e309",
    "9" * 30,
    ".",
    ",",
    " ",
    *UNICODE,
]


def exact(text: str, start: int, end: int, quoted: str) -> None:
    assert 0 <= start <= end <= len(text) and text[start:end] == quoted


@examples(150)
@given(
    text=mixed(NUMBER_BITS, 25),
    currency=st.sampled_from([None, "EUR", "GBP", "SEK", "USD"]),
    published=st.sampled_from([None, "2023", "2022-10", "2023-05-10", "0001-01-01", "9999-12-31"]),
)
def test_money_dates_numbers_and_provisions_never_raise_and_quote_exactly(
    text: str, currency: str | None, published: str | None
) -> None:
    end = 0
    for money in find_money(text, default_currency=currency):
        exact(text, money.start, money.end, money.text)
        assert money.start >= end and money.amount.is_finite()
        end = money.end
    end = 0
    for mention in find_dates(text, published):
        exact(text, mention.start, mention.end, mention.text)
        assert mention.start >= end
        end = mention.end
    for mention in [*find_numbers(text), *find_durations(text)]:
        exact(text, mention.start, mention.end, mention.text)
        assert mention.value.is_finite()
    for provision in find_provisions(text, "GDPR"):
        assert 0 <= provision.start <= provision.end <= len(text)
    value = parse_number_words(text)
    assert value is None or value.is_finite()


# Questions -------------------------------------------------------------------------------------

QUESTION_BITS = [
    "has ",
    "Has ",
    "did ",
    "was ",
    "is it true that ",
    "how much ",
    "how many ",
    "when ",
    "which regulator ",
    "who ",
    "what is the maximum GDPR fine for ",
    "and the Greek one?",
    "has it been paid?",
    "Clearview ",
    "Clearview AI ",
    "Uber ",
    "the CNIL ",
    "the Garante ",
    "the ICO ",
    "Italian ",
    "French ",
    "Dutch ",
    "fine",
    "fined ",
    "paid ",
    "appealed ",
    "complied ",
    "overdue penalty ",
    "€100,000 a day ",
    "€5.2M ",
    "a turnover of €1 billion ",
    "in pounds ",
    "at 1.15 euros to the pound ",
    "two months after 20 October 2022 ",
    "between 13 April 2023 and 10 May 2023 ",
    "90 days ",
    "%",
    "?",
    '"fine" OR NEAR(a b) *',
    "'; DROP TABLE articles; --",
    "[bold]",
    *UNICODE,
]


@pytest.fixture(scope="module")
def words():
    return lexicon()


KINDS = {"status", "amount", "date", "count", "entity", "calculation", "overview", "passage"}


@examples(150)
@given(question=mixed(QUESTION_BITS, 14), previous=mixed(QUESTION_BITS, 8))
def test_question_cleaning_and_parsing_never_raise(words, question: str, previous: str) -> None:
    try:
        text = clean_question(question, words, 1000)
    except BadQuestion as problem:
        assert "\n" not in str(problem)
        return
    assert text == text.strip() and len(text) <= 1000
    assert not any(unicodedata.category(c)[0] == "C" for c in text)
    assert clean_question(text, words, 1000) == text  # idempotent
    history = [parse(previous, words, {"clearview", "uber"})] if previous.strip() else None
    query = parse(text, words, {"clearview", "uber"}, history)
    assert query.kind in KINDS
    if not query.inherited:  # a follow-up's amounts may be the earlier question's
        for money in query.money:
            exact(text, money.start, money.end, money.text)


def test_chunk_settings_fit_the_model() -> None:
    """The budget the chunk fuzzing above relies on: title + body + [CLS]/[SEP] <= 256."""
    chunking = ChunkSettings()
    assert chunking.max_tokens + chunking.title_tokens + 2 <= 256
