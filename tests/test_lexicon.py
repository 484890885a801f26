from __future__ import annotations

import pytest

from assistant.errors import BadQuestion
from assistant.lexical import fts_query, query_terms, searchable, synonyms_of
from assistant.lexicon import lexicon
from assistant.question import clean_question


def test_demonyms_expand_to_country_and_regulator() -> None:
    terms = lexicon().expand("has Clearview paid the Italian fine?")
    assert "Italy" in terms and "Garante" in terms


def test_regulators_expand_to_their_country() -> None:
    assert {"Italy", "Italian"} <= set(lexicon().expand("What did the Garante decide?"))
    assert {"France", "French"} <= set(lexicon().expand("Has the CNIL fined Uber?"))


def test_regions_expand_to_members() -> None:
    assert {"Sweden", "Norway", "Denmark"} <= set(lexicon().expand("fines in Scandinavia"))


def test_us_is_a_place_only_in_capitals() -> None:
    assert lexicon().places("the US regulator") == {"US"}
    assert lexicon().places("tell us about it") == frozenset()


@pytest.mark.parametrize(
    ("word", "acronym"),
    [("kftc", "KFTC"), ("uodo", "UODO"), ("ico", "ICO"), ("aepd", "AEPD"), ("cnil", "CNIL")],
)
def test_a_regulator_s_acronym_typed_in_lower_case_is_the_regulator(word, acronym) -> None:
    assert lexicon().acronym(word) == acronym


@pytest.mark.parametrize("word", ["sic", "alia", "us", "ap", "fine", "Kftc", "the"])
def test_words_and_short_or_capitalised_forms_are_no_acronyms(word: str) -> None:
    """Two letters ("us", "ap" — the Dutch AP) are too often words; "Kftc" is not typed
    in lower case, so it is left to the spelling check."""
    assert lexicon().acronym(word) is None


def test_places_come_from_names_regulators_and_demonyms() -> None:
    text = "Similar fines were imposed by the Garante and the Hellenic DPA; the UK's ICO followed."
    assert {"IT", "GR", "GB"} <= lexicon().places(text)


def test_currency_symbols_and_percent_are_searchable_words() -> None:
    text = searchable("a fine of £7.5 million, 4% of turnover, $9.4M in the U.S.")
    assert "pound GBP" in text and "percent" in text and "dollar USD" in text and "usa" in text
    assert "pounds" in query_terms("how much in pounds", lexicon().stopwords)


def test_synonyms_match_by_stem_and_phrase() -> None:
    assert "image" in synonyms_of("how many photos")
    assert "spokesperson" in synonyms_of("who does their public relations")


def test_fts_query_quotes_every_term() -> None:
    query = fts_query(['fine"', "or"], ["data protection"])
    assert query == '"fine""" OR "or" OR "data protection"'


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("x" * 20_000, "20,000 characters"),
        ("Wie hoch war das Bußgeld gegen Uber?", "German"),
        ("La CNIL a-t-elle infligé une amende à Clearview ?", "French"),
        ("¿Cuánto fue la multa que pagó la empresa?", "Spanish"),
        ("Клирвью оштрафовали во Франции?", "not in English"),
    ],
)
def test_questions_that_cannot_be_asked(question: str, message: str) -> None:
    with pytest.raises(BadQuestion, match=message):
        clean_question(question, lexicon(), 1000)


@pytest.mark.parametrize(
    "question", ["Has CNIL fined Uber?", "Clearview Garante", "GDPR Art. 83 cap for €1bn?"]
)
def test_short_english_questions_are_accepted(question: str) -> None:
    assert clean_question(question, lexicon(), 1000) == question


def test_control_characters_are_removed_from_questions() -> None:
    assert (
        clean_question("has\x1b[31m Clearview\x00 paid?", lexicon(), 1000)
        == "has [31m Clearview paid?"
    )


def test_a_neutral_case_citation_names_no_regulator() -> None:
    lex = lexicon()
    cited = "Regulator v Harbour Tiles Pty Ltd [2024] FCA 1215 concerned the same scheme."
    assert not [m for m in lex.mentions(cited) if m.kind == "authority"]
    assert [m.key for m in lex.mentions("The FCA fined the broker.") if m.kind == "authority"]
