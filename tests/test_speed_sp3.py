"""The shortcuts of actions._Chooser give what each kind's own `pattern_for` gives.

`_Chooser` finds every word of the actions' and outcomes' patterns a text has in one look
(by runs of word characters, `needles.WordBits`) and reads each kind's answer off the bits
those words set: these tests compare it, words and pattern, with the plain way on varied
texts.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant import actions
from assistant.name_lookup import lookup_form

_CORPUS = sorted(Path(__file__).resolve().parents[1].joinpath("corpus").glob("*.md"))[:40]
_SENTENCES = [
    line.strip()
    for path in _CORPUS
    for line in path.read_text(encoding="utf-8").split(". ")
    if line.strip()
]


def _all_words() -> list[str]:
    vocab = actions.vocabulary()
    guards = (*vocab.actions.values(), *vocab.statuses.values())
    words = {w for guard in guards for w in guard.words}
    return sorted(words | {w for guard in guards for ws in guard.needles for w in ws})


def _plain_find_statuses(text: str) -> list[actions.Match]:
    """find_statuses as written before the shortcut: each status's own pattern_for."""
    kept: list[actions.Match] = []
    folded = lookup_form(text)
    for kind, status in actions.vocabulary().statuses.items():
        pattern = status.pattern_for(folded)
        if pattern is None:
            continue
        for m in pattern.finditer(text):
            if actions._not_stated(kind, text, m):
                continue
            overlapping = [k for k in kept if k.start < m.end() and m.start() < k.end]
            if overlapping and all(
                m.start() <= k.start and k.end <= m.end() and (k.end - k.start) < len(m.group())
                for k in overlapping
            ):
                kept = [k for k in kept if k not in overlapping]
                overlapping = []
            if not overlapping:
                kept.append(actions.Match(kind, m.start(), m.end()))
    return sorted(kept, key=lambda m: m.start)


def _check(text: str) -> None:
    folded = lookup_form(text)
    vocab = actions.vocabulary()
    for chooser, kinds in (
        (actions._actions_chooser(), vocab.actions),
        (actions._statuses_chooser(), vocab.statuses),
    ):
        # The words present: exactly those `in` the folded text.
        words = actions._choosers()[2]
        expected = 0
        for word, bits in words._bits.items():
            if word in folded:
                expected |= bits
        assert words(folded) == expected
        plain = [(k, g.pattern_for(folded)) for k, g in kinds.items()]
        assert list(chooser.patterns(text)) == [(k, p) for k, p in plain if p is not None]
    assert actions.find_statuses(text) == _plain_find_statuses(text)
    assert actions.mentions_action(text) == any(
        (p := g.pattern_for(folded)) is not None and p.search(text) is not None
        for g in vocab.actions.values()
    )


def test_corpus_sentences_choose_as_pattern_for() -> None:
    for sentence in _SENTENCES:
        _check(sentence)


_PIECES = st.sampled_from(
    [
        *_all_words()[::7],
        "has paid",
        "has not paid",
        "appealed against the fine",
        "complied with the order",
        "the court upheld",
        "İ",
        "ſ",
        "\u212a",
        "“",
        "'",
        "-",
        "_",
        "non-compliance",
        "unpaid",
        "Paid",
        "APPEALED",
        " ",
        ", ",
        ". ",
        "x",
        "7",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_built_texts_choose_as_pattern_for(text: str) -> None:
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("apideloncufrt İſ\u212a’'“-_. "), max_size=40))
def test_odd_characters_choose_as_pattern_for(text: str) -> None:
    _check(text)


def test_surname_in_is_surname_in_keys() -> None:
    """fact_violations._surname_in answers as `_surname(fact, ctx) in keys` for the facts of
    corpus articles and the capitalised words of each of their sentences (and odd keys)."""
    import re

    from assistant import fact_violations as fv
    from assistant.article_context import _ArticleContext
    from assistant.facts import extract_facts
    from assistant.ingest import load_article
    from assistant.lexicon import lexicon
    from assistant.text import context_starts, sentences
    from assistant.unlisted_bodies import article_lexicon

    for path in _CORPUS[:25]:
        article = load_article(path)
        spans = sentences(article.body)
        starts = [spans[i].start for i in context_starts(article.body, spans)]
        facts = extract_facts(article, spans, starts, lexicon())
        ctx = _ArticleContext(article, article_lexicon(article, lexicon()))
        surnames = {fv._surname(f, ctx) for f in facts}
        for span in spans[:40]:
            text = article.body[span.start : span.end]
            capitalised = {fv._word_key(w) for w in re.findall(r"\b[A-Z][\w&]+", text)}
            for keys in (capitalised, capitalised | surnames, {""}, set()):
                for fact in facts:
                    assert fv._surname_in(fact, ctx, keys) == (fv._surname(fact, ctx) in keys)
