"""Legal provisions cited in text: "Articles 12, 15 and 17 of the GDPR", "Art. 46(1) GDPR",
"Section 5 of the FTC Act", "regulation 21 of PECR", "s. 6(2)(c)", "23 NYCRR 500.12".

Instruments and their aliases come from instruments.toml. A provision with no instrument
beside it ("a violation of Article 31") belongs to the instrument the sentence names
elsewhere, else to the caller's default (the instrument the article is about).

A name several countries give their law ("PDPA": Singapore's, Thailand's, Malaysia's …) is the
law of the country named nearest it (a place, a demonym, a regulator), else of a country the
caller says the text is about, else the default's if that is one of them; left open, it is the
name itself, as a statute the data files do not list would be.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from .datafiles import load_toml
from .literal_spots import spots
from .name_lookup import Candidates, NameTable, lookup_form
from .needles import compile_guarded
from .pattern_cache import compiled

_UNITS = {
    "article": "Art.",
    "articles": "Art.",
    "art": "Art.",
    "arts": "Art.",
    "section": "Sec.",
    "sections": "Sec.",
    "sec": "Sec.",
    "secs": "Sec.",
    "s": "Sec.",
    "ss": "Sec.",
    # "paragraph 6(1)(a)": a paragraph of section 6, as Canadian and UK statutes are cited.
    "paragraph": "Sec.",
    "paragraphs": "Sec.",
    "para": "Sec.",
    "paras": "Sec.",
    "§": "§",
    "§§": "§",
    "regulation": "Reg.",
    "regulations": "Reg.",
    "reg": "Reg.",
    "regs": "Reg.",
    "principle": "Principle",
    "principles": "Principle",
    "rule": "Rule",
    "rules": "Rule",
    "chapter": "Chapter",
    "chapters": "Chapter",
    # a regulator's numbered standards: "Standard 2.03 of the Registrar's Standards for …"
    "standard": "Standard",
    "standards": "Standard",
    "amendment": "Amendment",
    "amendments": "Amendment",
}
# "46(1)", "30A", "3.5" (Quebec's and Nigeria's numbering), "500.12(a)"; India's sections
# inserted later carry two capitals ("Section 15HA", "11AA" of the SEBI Act).
# French codes put the part of the code before the number ("Article L. 171-8", "R.512-1");
# "7-2" (Japan's Antimonopoly Act), "10-4" (Norway's acts) number an article inserted after
# another or within a chapter: one number, not a range (see _expand).
_CODE_PART = r"(?:(?-i:[LRD])(?:\.\s?|(?=\d)))?"
_ONE_NUMBER = (
    rf"{_CODE_PART}\d+(?:\.\d+)*(?:-\d+)?"
    # "92(4.1)": Canadian statutes number a subsection inserted later with a decimal
    r"(?:(?-i:[A-Z]{2})(?![A-Za-z])|[a-z])?(?:\s?\(\s?[0-9a-z]{1,4}(?:\.\d{1,2})?\s?\))*"
)
# Sibling subdivisions of the one provision: "Article 25(a) and (c)", "Section 12(1)(b), (c)
# and (e)" (each replaces the last subdivision written); and letters written as words after
# the number, as Latin American and Southern European copy cites them: "Article 25, letters
# a) and c), of the Competition Law", "Article 9, literal b)", "Art. 5, lit. c". Read by
# `_expand` into "25(a)", "25(c)".
_SIBLINGS = (
    r"(?:\s*(?:,\s*(?:and\s+|or\s+|&\s+)?|\s+(?:and|or)\s+|\s*&\s*)\(\s?[0-9a-z]{1,4}\s?\))+"
)
# A letter bare of its bracket ends the citation or goes on with the list: "Article 12 points a,
# b and c of its Rules", "letter a and Article 9" — not the English article ("in breach of
# Article 12 points a serious risk": "points" is the verb).
_LETTER = r"(?-i:[a-z])(?:\)|(?![\w)])(?=\s*(?:[,;.:]|(?:and|or|y|e|et|of|de|del|to)\b|$)))"
_LETTERS = (
    rf",?\s+(?:letters?|lit(?:\.|erals?)|points?)\s+{_LETTER}"
    rf"(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|y|e|et)\s+){_LETTER})*(?:,(?=\s+of\b))?"
)
_NUMBER = rf"{_ONE_NUMBER}(?:{_SIBLINGS}|{_LETTERS})?"
_LIST = rf"{_NUMBER}(?:\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*|\s*(?:-|–|to)\s*){_NUMBER})*"
# "s. 6(2)(c)" only in lower case ("S. 1409" is a Senate bill) and not ending a word ("Inc.'s.");
# Australian and New Zealand copy writes it without the full stop ("s 224", "ss 18 and 29").
# "paragraph" only with a subdivision ("paragraph 6(1)(a)"): "paragraph 3" of an EU article
# says nothing about which article. A chapter counts only of a law cited by chapters.
_UNIT = (
    r"(?:Articles?|Arts?\.?|Sections?|Secs?\.?|(?<![\w.'’])(?-i:ss?)(?:\.|(?=\s\d))|§§?"
    r"|Regulations?|Regs?\.?"
    r"|Principles?|Rules?|Chapters?|Amendments?(?:\s+No\.?)?|(?-i:Standards?)(?=\s+\d+\.\d)"
    r"|(?:paragraphs?|paras?\.)(?=\s*\d+[a-z]?\s?\()"
    # … or of a code by its title, as the Crown Dependencies' and the Gulf's AML codes are
    # numbered in paragraphs: "paragraphs 8, 12 and 15 of the AML/CFT Code 2019"
    r"|(?:paragraphs?|paras?\.)(?=\s*\d+[a-z]?(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)\d+[a-z]?)*"
    r"\s+of\s+(?:the\s+|its\s+)?(?:[A-Z][\w/'’-]*\s+(?:(?:and|of|the|on|for|to|in)\s+){0,2}){1,8}Code\b))"
)
# A chapter numbered within a part ("Chapter 20-10" of Chile's RAN) is one number, not a range.
_CHAPTER_NUMBER = compiled(r"\d+(?:[-–.]\d+)*")
# "Article 107 of the same law": the law already cited, which the caller's default stands for;
# so do the capitalised short forms statutes define for themselves: "regulation 7(4) of the
# Regulations", "regulation 19(1) of the 2013 Regulations", "Article 7-2 of the Act".
_SAME_LAW = compiled(
    r"\s+of\s+(?:the\s+)?(?:(?:same|that|this|said)\s+(?:law|act|statute|regulation|code|decree)\b"
    # ending the name: not "the Act against Unfair Competition", "the Act on Fines"
    r"|(?-i:(?:(?:19|20)\d\d\s+)?(?:Act|Regulations|Ordinance|Code|Law|Decree)|decree)\b"
    r"(?=[ \t]*(?:[,.;:)—–]|$)|[ \t]+(?!(?:of|on|against|for|to|in)\b)[a-z]))",
    re.IGNORECASE,
)


def _law_cited_before(short: str, before: Sequence[str]) -> str | None:
    """ "section 57 of the Act" after "the National Credit Act 34 of 2005": the last law
    cited before that the short form names by its kind ("Act", "Regulations"); "the same
    law" is the last one cited, whatever its kind."""
    kind = short.split()[-1].casefold().rstrip("s")
    year = re.search(r"\b(?:19|20)\d\d\b", short)
    if year:  # "the 2004 Law": the law cited before with that year
        dated = [law for law in before if year.group() in law]
        before = dated or before
    for law in reversed(before):
        if kind in {"law", "statute"} or any(
            kind in (w.rstrip("s") for w in name.casefold().split())
            for name in instrument_names(law)
        ):
            return law
    return None


# Swedish and Finnish statutes number sections within chapters: "Chapter 2, Section 1 and
# Chapter 3, Section 1 of the Money Laundering Act", "chapter 14, section 11".
_CHAPTER_SECTION = compiled(
    rf"\bChapter\s+(?P<chapter>\d+[a-z]?)\s*,?\s+(?:Sections?|§§?|ss?\.)\s*(?P<numbers>{_LIST})",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Provision:
    instrument: str | None  # instruments.toml id, e.g. "GDPR"; None when nothing says which law
    unit: str  # "Art.", "Sec.", "Reg.", "§", "Principle", "Rule", "Chapter", "Amendment"
    number: str  # "46(1)", "5(1)(f)", "21"
    start: int  # the span of the whole citation ("Articles 12, 15, and 17 of the GDPR")
    end: int
    stem: str | None = None  # the label's words when the data gives them ("Ofcom GC")

    @property
    def label(self) -> str:
        """ "GDPR Art. 46(1)": the normalised form facts and answers use."""
        if self.stem:
            return f"{self.stem} {self.number}".rstrip()
        law = instrument_label(self.instrument) if self.instrument else None
        return f"{law + ' ' if law else ''}{self.unit} {self.number}"


@cache
def _data() -> tuple[dict, ...]:
    return tuple(load_toml("instruments.toml")["instrument"])


@cache
def _coded_not_rules() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_toml("instruments.toml")["coded_not_rules"])


@cache
def _units() -> dict[str, str]:
    """Instrument id -> the abbreviation its provisions take ("GDPR" -> "Art.")."""
    return {i["id"]: _UNITS.get(i["unit"].casefold(), i["unit"]) for i in _data()}


@cache
def _jurisdictions() -> dict[str, str]:
    return {i["id"]: i["jurisdiction"] for i in _data()}


def instrument_jurisdiction(instrument: str) -> str | None:
    """The country of a law the data files list, else None."""
    return _jurisdictions().get(instrument)


def instrument_label(instrument: str) -> str:
    """How a law is written in a label: its id, without the country an id carries only to
    tell apart laws that share a name ("PDPA (TH)" -> "PDPA"; the fact has its country)."""
    country = _jurisdictions().get(instrument)
    suffix = f" ({country})"
    return instrument[: -len(suffix)] if country and instrument.endswith(suffix) else instrument


def instrument_names(instrument: str) -> tuple[str, ...]:
    """Every name the data gives a law: its id, official name and aliases."""
    for entry in _data():
        if entry["id"] == instrument:
            return (entry["id"], entry["name"], *entry.get("aliases", ()))
    return (instrument,)


@dataclass(frozen=True)
class _Names:
    table: NameTable  # every name as the data writes it, longest first (the match order)
    owners: dict[str, tuple[str, ...]]  # folded name -> the laws it names (several: shared)
    written: dict[str, str]  # folded name -> as the data writes it ("PDPA")


def _fold(name: str) -> str:
    return " ".join(name.replace("’", "'").split()).casefold()


@cache
def _names() -> _Names:
    owners: dict[str, list[str]] = {}
    written: dict[str, str] = {}
    exact: set[str] = set()
    for instrument in _data():
        # An acronym that is also a word ("RAN") is the law only as written.
        exact.update(instrument.get("exact_aliases", ()))
        for form in (instrument["id"], instrument["name"], *instrument.get("aliases", ())):
            ids = owners.setdefault(_fold(form), [])
            if instrument["id"] not in ids:
                ids.append(instrument["id"])
            written.setdefault(_fold(form), form)
    return _Names(
        NameTable(sorted(written.values(), key=len, reverse=True), exact),
        {form: tuple(ids) for form, ids in owners.items()},
        written,
    )


def _law_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of every law name in the text: a whole word or words, "the" before it or
    not (not part of it), case-insensitive but for the names matched only as written."""
    table = _names().table
    found = table.candidates(text)
    return [(start, end) for _, start, end in table.whole_names(found)] if found.indexes else []


def _owners() -> dict[str, tuple[str, ...]]:
    return _names().owners


def _places_near(text: str, at: int) -> list[str]:
    """Countries the paragraph around `at` names (places, demonyms, regulators), nearest first."""
    from .lexicon import lexicon  # the lexicon is built only when a shared name needs it

    start = max(text.rfind("\n\n", 0, at), 0)
    end = text.find("\n\n", at)
    end = len(text) if end < 0 else end
    lex = lexicon()
    found: list[tuple[int, str]] = []
    for mention in lex.mentions(text[start:end]):
        distance = abs(start + mention.start - at)
        if mention.kind == "jurisdiction":
            found.append((distance, mention.key))
        elif mention.kind == "authority":
            found.append((distance, lex.authorities[mention.key].jurisdiction))
    return [code for _, code in sorted(found)]


def _parent(code: str) -> str | None:
    from .lexicon import lexicon

    place = lexicon().jurisdictions.get(code)
    return place.parent if place else None


def _narrow(candidates: tuple[str, ...], codes: Sequence[str]) -> tuple[str, ...]:
    """The candidates of the first country in `codes` that has one: its own law, else the
    laws of its states or provinces ("Canadian" leaves Alberta's and B.C.'s PIPA, not Korea's)."""
    country = _jurisdictions()
    for code in codes:
        own = tuple(c for c in candidates if country[c] == code)
        if own:
            return own
        within = tuple(c for c in candidates if _parent(country[c]) == code)
        if within:
            return within
    return candidates


def _resolve(written: str, at: int, text: str, places: Sequence[str], default: str | None) -> str:
    """The law a name stands for: its one owner, or for a shared name the one of the country
    named nearest, else of `places`, else the default; left open, the name as the data has it."""
    name = _fold(re.sub(r"^the\s+", "", written, flags=re.IGNORECASE))
    names = _names()
    candidates = names.owners[name]
    if len(candidates) == 1:
        return candidates[0]
    for codes in (_places_near(text, at), places):
        candidates = _narrow(candidates, codes)
        if len(candidates) == 1:
            return candidates[0]
    if default in candidates:
        return default
    return names.written[name]


@cache
def _prefixed() -> tuple[re.Pattern[str] | None, dict[str, tuple[str, str]]]:
    """Words that cite one instrument's provisions by themselves: "General Condition A3" is
    Ofcom's, "DPP4" Hong Kong's PDPO's (`prefixes` in instruments.toml)."""
    words: dict[str, tuple[str, str]] = {}
    for instrument in _data():
        for word, prefix in instrument.get("prefixes", {}).items():
            words[" ".join(word.split()).casefold()] = (instrument["id"], prefix)
    if not words:
        return None, words
    alternation = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )
    number = r"(?:[A-Z](?=\d))?\d+(?:\.\d+)*[a-z]?"
    return (
        compiled(
            rf"\b(?P<word>{alternation})\s*(?P<numbers>{number}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:{number}))*)\b",
            re.IGNORECASE,
        ),
        words,
    )


def _prefixed_provisions(text: str) -> list[Provision]:
    pattern, words = _prefixed()
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        instrument, prefix = words[" ".join(match.group("word").split()).casefold()]
        for number in re.findall(
            r"(?:[A-Z](?=\d))?\d+(?:\.\d+)*[a-z]?", match.group("numbers"), re.I
        ):
            found.append(
                Provision(instrument, "", number.upper(), match.start(), match.end(), stem=prefix)
            )
    return found


# "Article 6 of the GDPR" | "Art. 46(1) GDPR" | "GDPR Article 6" | "the GDPR's Article 6" |
# "Amendment 13 to the Protection of Privacy Law": a unit and its numbers, with a law's name
# before or after them. One pattern held every law's name twice; read in parts instead (see
# name_lookup), with the name tried where the pattern would try it:
#   (?:(?P<before>NAME)(?:['’]s)?\s+)?(?P<unit>UNIT)\s*(?P<numbers>LIST)
#   (?:\s+(?:(?:of|to)\s+)?(?P<after>NAME)(?![\w]))?       NAME = (?:the\s+)?(name|name|…)
_CITATION = compiled(rf"(?P<unit>{_UNIT})\s*(?P<numbers>{_LIST})", re.IGNORECASE)
# Where a citation can start without a name: every place, overlapping ones too.
# ("Part 1 of Article 14.31" cites no "art 1": `_PART_BEFORE` reads it as the article's part)
_CITATION_STARTS = compiled(
    rf"(?=(?:{_UNIT})\s*{_CODE_PART}\d)"
    r"(?!(?<=p)art\s*\d+[a-z]?\s+of\s+(?:the\s+)?(?:Art|Sec|§|Para))",
    re.IGNORECASE,
)
_POSSESSIVE_GAP = compiled(r"(?:['’]s)?\s+", re.IGNORECASE)
_OF_OR_TO = compiled(r"(?:of|to)\s+", re.IGNORECASE)
_SPACES = compiled(r"\s+")
_WORD_CHAR = re.compile(r"\w")


class _Citation:
    """A citation's parts, read like a match of the one pattern (`group`, `start`, `end`)."""

    def __init__(self, text: str, spans: dict[str, tuple[int, int] | None]) -> None:
        self._text, self._spans = text, spans

    def group(self, name: str) -> str | None:
        span = self._spans[name]
        return None if span is None else self._text[span[0] : span[1]]

    def start(self, name: str = "") -> int:
        span = self._spans[name]
        return -1 if span is None else span[0]

    def end(self, name: str = "") -> int:
        span = self._spans[name]
        return -1 if span is None else span[1]


def _citations(text: str) -> list[_Citation]:
    """Every citation, as `finditer` of the one pattern would give them. The name before a
    citation may start inside a word (the pattern reads "GDPR" in "XGDPR Article 5"), so its
    first word is looked up among the endings of the text's words."""
    table = _names().table
    names = table.candidates(text, inside_words=True)
    starts = {m.start() for m in _CITATION_STARTS.finditer(text)}
    starts.update(table.starts(names))
    found: list[_Citation] = []
    reached = 0
    for at in sorted(starts):
        if at >= reached:
            citation = _citation_at(names, at)
            if citation:
                found.append(citation)
                reached = citation.end()
    return found


def _citation_at(names: Candidates, at: int) -> _Citation | None:
    """The citation starting at `at`: with a name before it if one leads into a unit and its
    numbers (the first name the pattern would try that does), else without."""
    text, table = names.text, _names().table
    for _, end in table.ways(names, at):
        # The gap never backtracks: a unit starts with neither a space nor "'s".
        gap = _POSSESSIVE_GAP.match(text, end)
        core = gap and _CITATION.match(text, gap.end())
        if core:
            return _with_name_after(names, core, (at, end))
    core = _CITATION.match(text, at)
    return _with_name_after(names, core, None) if core else None


def _with_name_after(
    names: Candidates, core: re.Match[str], before: tuple[int, int] | None
) -> _Citation:
    """The citation with the name after its numbers, if the optional part matches: its spaces
    are all taken (no name, "of" or "to" starts with one), "of"/"to" tried first."""
    spans = {
        "before": before,
        "unit": core.span("unit"),
        "numbers": core.span("numbers"),
        "after": None,
        "": (before[0] if before else core.start(), core.end()),
    }
    text = names.text
    spaces = _SPACES.match(text, core.end())
    if spaces:
        joined = _OF_OR_TO.match(text, spaces.end())
        table = _names().table
        for at in (joined.end(), spaces.end()) if joined else (spaces.end(),):
            for _, end in table.ways(names, at):
                if not _WORD_CHAR.match(text, end):
                    spans["after"], spans[""] = (at, end), (spans[""][0], end)
                    return _Citation(text, spans)
    return _Citation(text, spans)


# Statutes cited by number, as Central European, Spanish and Latin American legal systems write
# them: "Act No. 480/2004 Coll.", "Law No. 18/2018 Z.z.", "Decree No. 13/2023", "Law 11/2022",
# "Law 2300 of 2023", "Ley 2300 de 2023".
_NUMBERED_STATUTE = compiled(
    r"\b(Decree-Law|Act|Law|Decree|Ordinance|Ley|Lei|Decreto|Proclamation)\s+(No\.?\s*|N[°º]\s*)?"
    # Vietnam numbers decrees within the year and the issuing body: "Decree No.
    # 156/2020/ND-CP".
    r"(\d{1,4}/\d{4}(?:/[A-Z]{2,5}(?:-[A-Z]{2,5})?)?(?![\w/])"
    # Burkina Faso, Niger and others number them within the year with the issuing body's code:
    # "Law No. 061-2008/AN" (the national assembly), "Decree No. 112-2021/PRES".
    r"|\d{1,4}-(?:19|20)\d\d/[A-Z]{2,6}(?:-[A-Z]{2,6})?(?![\w/])"
    # Cameroon and others number them after the year: "Law No. 2010/013", "Decree No.
    # 2015/3759/PM" (the issuing body's code after)
    r"|(?:19|20)\d\d/\d{1,4}(?:/[A-Z]{2,5}(?:-[A-Z]{2,5})?)?(?![\w/]|[.,]\d)"
    # Angola and Mozambique over the year's last two digits: "Law No. 15/03".
    r"|\d{1,4}/\d{2}(?![\w/])"
    # (the Gulf states bracket the number: "Federal Decree-Law No. (20) of 2018")
    r"|\(?\d{1,5}\)?\s+(?:of|de|do)\s+(?:19|20)\d\d\b"
    # Algeria numbers decrees within the year's last two digits first: "Executive Decree No.
    # 20-254"; Peru with the year and the ministry after: "Supreme Decree No. 019-2009-MINAM".
    r"|\d{2}-\d{3,4}(?![\w/-])|\d{1,4}-(?:19|20)\d\d-(?-i:[A-Z]{2,8})(?![\w/-])"
    # Hungary numbers its acts in Roman numerals within the year: "Act XLVII of 2008",
    # "Act CLXXXV of 2010", "Act I of 2012".
    r"|[IVXLCDM]{1,9}\s+of\s+(?:19|20)\d\d\b"
    # Uruguay's laws run in thousands ("Law No. 18.159"); Morocco's carry the year's last
    # two digits ("Law No. 104-12"); Ghana's acts, Quebec's laws and a decree cited again
    # go by their number alone ("Act 1044", "Law 25", "Decree 156") — never a year.
    # Honduras, Guatemala and others number decrees and laws within the full year: "Decree
    # No. 45-2019" (not a span of years: "2019-2020").
    r"|(?!(?:19|20)\d\d-)\d{1,4}-(?:19|20)\d\d(?![\w/-]|[.,]\d)"
    r"|\d{1,3}\.\d{3}(?!\d|\.\d)|\d{1,4}-\d{2}(?![\d-])"
    # France and the francophone states number laws and decrees within the year: "Decree No.
    # 2017-193", "Law No. 2016-1691" (not a span of years: "2019-2020").
    r"|(?:19|20)\d\d-(?!(?:19|20)\d\d\b)\d{3,4}(?![\d-])"
    # Russia's federal laws carry the letters of their kind: "Federal Law No. 135-FZ"
    r"|\d{1,4}-(?-i:FZ|FKZ)(?![\w-])"
    r"|(?!(?:19|20)\d\d\b)\d{2,5}(?![\w/-]|[.,]\d)"
    r")(?:\s+(?:Coll|Z\.\s?z|Sb)\.)?"
)


# Regulations numbered within their year with the issuer's code, as Indonesia's regulators write
# them: "POJK No. 10/POJK.05/2022", "PBI No. 22/23/PBI/2020"; and a regulator's resolution
# breached, as Latin American agencies number them: "breaches of Resolution No. 400/2016",
# "in violation of ANAC Resolution No. 400/2016" (not the decision's own number: "through
# Resolution 0145/2025 it fined …", which no "of"/"under" introduces).
_CODED_REGULATION = compiled(
    r"\b(?P<law>[A-Z][A-Za-z]{1,9}\s+No\.?\s*\d{1,4}(?:/[\dA-Z][\w.-]*)*/[A-Z][\w.-]*/(?:19|20)\d\d)\b"
    r"|\b(?:of|under|with)\s+(?:the\s+)?(?P<law2>(?:[A-Z]{2,8}\s+)?(?:Resolution|Resoluci[oó]n|Resolu[cç][aã]o)"
    r"\s+(?:No\.?\s*|N[°º]\s*)?\d{1,5}/(?:19|20)\d\d)\b"
)


# An issuer's numbered order, instruction or circular relied on or breached, as authorities
# cite the instruments that give them their powers: "its powers under CPA Order No. 65 of
# 2004", "in breach of CBN Circular No. 12 of 2021" (not the decision's own number: "By Order
# No. 12 of 2025 the commission fined …", which no "under"/"of" introduces).
# "of" only as a breach or a provision is "of" it: "in breach of", "the requirements of",
# "Article 5 of" — not "by means of Resolution No. 12345 of 2024, the SIC sanctioned …", "an
# appeal of Order No. 15 of 2024", "the reasoning of …" (the decision's own number); nor one
# the next words say the decision itself is ("…, by which it was fined").
_ISSUER_NUMBERED = compiled(
    r"(?:\b(?:under|pursuant\s+to)|(?-i:\bwith)"
    r"|\b(?:breach(?:es)?|violations?|contraventions?|infringements?|requirements|provisions"
    r"|terms|(?:Art(?:icle)?s?\.?|Sections?|Sec\.|§)\s*\d[\w()]*)\s+of)"
    r"\s+(?:the\s+)?"
    r"(?P<law>(?:[A-Z]{2,8}\s+)?(?:Order|Instruction|Circular|Directive|Resolution)\s+"
    r"(?:No\.?\s*|N[°º]\s*)?\d{1,5}\s+of\s+(?:19|20)\d\d)\b"
    r"(?!,?\s+(?:by|through|in|under)\s+which\b|,?\s+which\s+(?:fined|sanctioned|imposed|penali[sz]ed)\b)"
)


# An issuer's directive or circular coded with letters, a number and the year, as central
# banks write them: "the NBE's foreign exchange directive FXD/01/2024" (labelled "NBE
# Directive FXD/01/2024"), "BoT Circular FX/12/2022".
_CODED_DIRECTIVE = compiled(
    r"(?:\b(?P<issuer>(?=\w*[A-Z]\w*[A-Z])[A-Z][A-Za-z]{1,7})(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,3})?"
    r"\b(?P<kind>(?i:directive|circular|instruction))\s+(?:No\.?\s*)?"
    r"(?P<code>[A-Z]{2,8}/\d{1,4}/(?:19|20)\d\d)\b"
)


# A law cited by its Dutch title, as the Dutch Caribbean and Suriname write them: "the Wet ter
# voorkoming en bestrijding van witwassen en financieren van terrorisme", "the
# Landsverordening melding ongebruikelijke transacties". "Wet" opens a title only before a
# Dutch word ("Wet weather delayed …" is English).
_DUTCH_TITLE = compiled(
    r"\b(?:(?:Rijkswet|Landsverordening|Landsbesluit)\s+(?:[a-z][\w-]*\s+){0,14}?"
    r"|Wet\s+(?:ter|op|van|inzake|tot|houdende|betreffende|identificatie|melding|bescherming"
    r"|toezicht|financieel|economische|handhaving|bestrijding|voorkoming|bevordering)\s+"
    r"(?:[a-z][\w-]*\s+){0,14}?)"
    r"[a-z][\w-]*(?=\s*(?:[—–(),.;:]|$)|\s+(?:and|or|which|that|as|for|when|after)\b)"
)


# EU legislation the data files do not list, by its number: "Regulation (EU) No 165/2014",
# "Regulation (EC) No 561/2006", "Directive (EU) 2019/1937". Labelled as the Official Journal
# writes it.
_EU_NUMBERED = compiled(
    r"\b(Regulation|Directive|Decision)\s+\((EU|EC|EEC|Euratom)\)\s+(?:(No\.?)\s*)?"
    r"(\d{1,4}/\d{4}|\d{4}/\d{1,4})\b"
)


def _eu_label(match: re.Match[str]) -> str:
    number = "No " if match.group(3) else ""
    return f"{match.group(1)} ({match.group(2)}) {number}{match.group(4)}"


# The kind's own words and the title before a numbered statute, as the writers of the law
# give them: "Legislative Decree 206/2005", "Government Emergency Ordinance No. 111/2011",
# "Banking Law No. 1 of 2005", "General Telecommunications Law No. 153-98" (a title only
# before "No."). Read back from the kind, once a statute is found.
_NUMBERED_QUALIFIER = compiled(
    r"(?<![\w-])(?:Royal\s+Legislative|Government\s+Emergency|Legislative|Royal|Presidential"
    r"|Executive|Supreme|Emergency|Organic|Federal|Ministerial|Cabinet|Urgent)\s+$"
)
_NUMBERED_TITLE = compiled(r"(?<![\w'’-])(?:(?-i:[A-Z][\w-]+)\s+(?:(?:and|of|on|for)\s+)?){1,5}$")


def _numbered_statute(match: re.Match[str], text: str) -> tuple[str, int]:
    """ "Act No. 480/2004" as before; a statute cited without "No." keeps its words
    ("Law 11/2022", "Ley 2300 de 2023"), and the words of its kind and title before it
    ("Legislative Decree 206/2005", "Banking Law No. 1 of 2005"). With where it starts."""
    number = re.sub(r"^\((\d+)\)", r"\1", " ".join(match.group(3).split()))
    words, start = _numbered_title(match, text)
    kind = f"{words}{match.group(1)}"
    return (f"{kind} No. {number}" if match.group(2) else f"{kind} {number}"), start


def _numbered_title(match: re.Match[str], text: str) -> tuple[str, int]:
    """The words before a numbered statute's kind that belong to its name: its kind's own
    ("Legislative", "Government Emergency"), or a title, without the words that open a clause
    or name a country ("Under Law No. 5", "Turkish Law No. 4054" are Law No. …)."""
    at = match.start()
    if at == 0 or not text[at - 1].isspace():
        return "", at
    qualifier = _NUMBERED_QUALIFIER.search(text, max(0, at - 30), at)
    if qualifier:
        return " ".join(qualifier.group().split()) + " ", qualifier.start()
    if not match.group(2) or match.group(1) not in {"Law", "Code", "Ordinance", "Decree"}:
        return "", at
    title = _NUMBERED_TITLE.search(text, max(0, at - 80), at)
    if title is None:
        return "", at
    start, words = title.start(), title.group().split()
    while words and (words[0].casefold() in _NOT_A_TITLE or _names_a_country(words[0])):
        start = text.index(words[0], start) + len(words[0])
        words = words[1:]
    while words and words[-1] in {"and", "of", "on", "for"}:
        words = words[:-1]
    if not words:
        return "", at
    return " ".join(words) + " ", text.index(words[0], start)


def _numbered_label(match: re.Match[str]) -> str:
    number = re.sub(r"^\((\d+)\)", r"\1", " ".join(match.group(3).split()))
    return f"{match.group(1)} No. {number}" if match.group(2) else f"{match.group(1)} {number}"


def _names_a_country(word: str) -> bool:
    from .lexicon import lexicon  # only for the rare title before a numbered statute

    return any(m.kind == "jurisdiction" for m in lexicon().mentions(word))


# A statute the data files do not list, named the way statutes are: "the Payment Services
# Act", "the Act on Conditional Fines", "the Consumer Credit Act 2010", and as Indian, Pakistani
# and other South Asian statutes are written, "the Consumer Protection Act, 2019". Its name is
# the label, the year without its comma ("Consumer Protection Act 2019").
# A title word, or one in brackets: "the Money Laundering (Prevention) Act", "the Food Safety
# and Hygiene (England) Regulations 2013".
# A bracket may hold several words: "the Merchant Shipping and Fishing Vessels (Health and
# Safety at Work) Regulations 1997".
_TITLE_WORD = r"(?:[A-Z][\w'’-]*(?:/[A-Z][\w'’-]*)?|(?<![\w)/])\([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|on|and|for|the|in|to|at|&)){0,7}\))"
# "the Health and Safety at Work etc. Act 1974": a title's "at", and its "etc." before "Act"
# (the full stop of an abbreviation, not the end of the name).
_JOINER = r"(?:of|on|and|for|the|in|to|at|&)"
# The country a law's English title names before its subject: "Georgia", "the Republic of
# Moldova", "the Kyrgyz Republic" (one or two capitalised words, a state's form before them).
_COUNTRY_OF = (
    r"(?:(?:Republic|Kingdom|Principality|Federation|State|Grand\s+Duchy)\s+of\s+(?:the\s+)?)?"
    r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?"
)
# Where a law the data files lack is named as what was breached or relied on, so that a
# title ending "Law" or "Code" is a statute's, not "EU competition law" in passing.
# (one look back at "the " first: most places in a text are not after it, and fail there)
_CITED_THE = (
    r"(?<=the\s)(?:(?<=\bof\sthe\s)|(?<=\bunder\sthe\s)|(?<=\bbreached\sthe\s)|(?<=\bviolated\sthe\s)"
    r"|(?<=\bcontravened\sthe\s)|(?<=\binfringed\sthe\s)|(?<=\bbreaching\sthe\s)"
    r"|(?<=\bviolating\sthe\s)|(?<=\bwith\sthe\s)"
    # the law a decision cites or rests on: "citing the Lagos State … Law, 2017", "pursuant
    # to the …", "relied on the …"; and the duty it sets, as translated copy says it ("the 24
    # hours that establishes the General Law …", "the deadlines set by the …")
    r"|(?<=\bciting\sthe\s)|(?<=\bcited\sthe\s)|(?<=\bcites\sthe\s)|(?<=\bto\sthe\s)"
    r"|(?<=\bon\sthe\s)|(?<=\bestablishes\sthe\s)|(?<=\bset\sby\sthe\s)"
    r"|(?<=\brequired\sby\sthe\s)|(?<=\bprovided\sby\sthe\s)|(?<=\bprovided\sin\sthe\s)"
    # the second law a breach names: "violated the Labour Code and the Tax Code"
    r"|(?<=\bLaw\sand\sthe\s)|(?<=\bAct\sand\sthe\s)|(?<=\bCode\sand\sthe\s))"
)
_NAMED_STATUTE = compiled(
    # (a list of subjects in the title: "the Betting, Lotteries and Gaming Act")
    rf"(?<![\w(])(?:{_TITLE_WORD}(?:,(?!\s+the\b))?\s+(?:{_JOINER}\s+){{0,2}}){{0,6}}{_TITLE_WORD}(?:\s+etc\.?)?\s+(?:Act|Ordinance)\b"
    # the year may follow the short form the text defines: "the Federal Competition and
    # Consumer Protection Act (FCCPA) 2018"
    r"(?:(?:,\s*|\s+(?:of\s+)?|\s+\((?-i:[A-Z][A-Za-z&]{1,9})\)\s+)(?:19|20)\d\d\b(?!,\d))?"
    # Sweden's statutes carry their number in the code of statutes (SFS) after the title:
    # "the Money Laundering … Act (2017:630)", "the Consumer Credit Act (SFS 2010:1846)"
    r"(?:\s*\((?:SFS\s+)?(?:19|20)\d\d:\d{1,4}\))?"
    # the chapter of the laws of Kenya, Uganda or Hong Kong it is: "(Cap. 131)"; the
    # Caribbean's revised laws write it out after a comma: "the Water Industry Act, Chapter 222"
    # (Trinidad and Tobago's within a title: "Chap. 54:40")
    r"(?:,?\s*\(?Cap\.?\s*\d{1,4}[A-Z]?\b\)?|(?:,\s*|\s*\((?=Chap))(?:Chapter|Chap\.)\s*\d{1,4}(?::\d{1,3})?[A-Z]?\b\)?)?"
    # A UK statutory instrument by its title and year: "the Money Laundering Regulations 2017";
    # India's rules likewise: "the Aircraft Rules, 1937"
    # (and the UK's orders likewise, a bracket before "Order": "the Regulatory Reform (Fire
    # Safety) Order 2005" — not "the Court Order 2015")
    rf"|(?<![\w(])(?:{_TITLE_WORD}\s+(?:{_JOINER}\s+){{0,2}}){{1,8}}(?:Regulations|Rules|(?<=\)\s)Order),?\s+(?:19|20)\d\d\b(?!,\d)"
    # … and without it when a citation names them: "regulation 23A of the National Credit
    # Regulations"
    # (no other law's name in it: "of the Capital Market Law and the Investment Funds …")
    # … or the second law a breach names: "violations of the Capital Market Law and the
    # Investment Funds Regulations"
    # (or after the number a bracket gives that law: "the Civil Aviation Act (Law No. 2/2012)
    # and the Maldivian Civil Aviation Regulations Part-M" — the part of aviation
    # regulations, numbered or lettered, their label's)
    rf"|(?:(?<=\bof\sthe\s)|(?<=\bLaw\sand\sthe\s)|(?<=\bAct\sand\sthe\s)|(?<=\bCode\sand\sthe\s)|(?<=\)\sand\sthe\s))(?<![\w(])(?:(?!(?:Law|Act|Code|Ordinance)\b){_TITLE_WORD}\s+(?:{_JOINER}\s+){{0,2}}){{1,6}}Regulations?\b(?!\s+(?:19|20)\d\d)"
    r"(?:\s+Part[- ]?(?:[A-Z]{1,3}|\d{1,3}[A-Z]?)\b)?"
    # (never into another's name: "the Law on Combating Money Laundering and the FRC's …")
    # (and the country whose law it is, as Georgian, Moldovan or Ukrainian laws are rendered:
    # "the Law of Georgia on Electronic Communications", "the Law of the Republic of Moldova
    # on Electronic Communications")
    rf"|\b(?:Act|Law)(?:\s+of\s+(?:the\s+)?{_COUNTRY_OF})?\s+on\s+(?:the\s+)?{_TITLE_WORD}(?![\w'’])(?<!['’]s)(?:\s+(?:{_JOINER}\s+){{0,2}}{_TITLE_WORD}(?![\w'’])(?<!['’]s)){{0,7}}"
    # Vietnam's and other laws titled "Law on …" carry their year: "the Law on Securities 2019"
    r"(?:\s+(?:19|20)\d\d\b(?!\d|[,.]\d))?"
    # A law titled "… Law", as Polish, Spanish or Chinese statutes are in English, when a
    # citation names it: "Article 56(6a) of the Energy Law", "under the General
    # Telecommunications Law" — not "EU competition law" in passing.
    # (no other law's name in it: "the General Health Law and the Health Law of the State")
    rf"|{_CITED_THE}(?<![\w(])(?:(?!(?:Law|Act|Code)\b){_TITLE_WORD}\s+(?:{_JOINER}\s+){{0,2}}){{0,5}}{_TITLE_WORD}\s+Law\b(?!\s+(?:on|Act|Firm|Society)\b)"
    # (a state's or province's own law names it: "the Health Law of the State of Jalisco")
    r"(?:\s+of\s+the\s+(?:State|Province|Canton|Region|Emirate)\s+of\s+[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+)?"
    # (or the subject after it, as Latin American laws are rendered: "the Federal Law for the
    # Protection of Consumers", "the General Law of Ecological Balance and Environmental
    # Protection" — two title words at least after "of": "the Competition Law of Chile" is
    # a country's law, not its title)
    rf"|\s+for\s+(?:the\s+)?{_TITLE_WORD}(?:\s+(?:(?:{_JOINER}|with)\s+){{0,2}}{_TITLE_WORD}){{0,7}}"
    rf"|\s+of\s+(?:the\s+)?(?!(?:State|Province|Republic|Kingdom|Federation)\b){_TITLE_WORD}"
    rf"(?:\s+(?:(?:{_JOINER}|with)\s+){{0,2}}{_TITLE_WORD}){{1,7}})?"
    # (its year, after a comma as Nigerian and Indian copy writes it: "… Law, 2017")
    r"(?:,?\s+(?:19|20)\d\d\b(?!\d|[,.]\d))?"
    # … or "… Code", as the French-speaking world's codes are in English: "Articles 176 and
    # 179 of the Electronic Communications Code", "breaches of the Grid Distribution Code".
    # (no other law's name in it: "of the Civil Code and the Labour Code")
    # Under a code or breaching one names it too: "imposed under the Competition Code",
    # "breached the Grid Code"; its year is the title's ("the AML/CFT Code 2019").
    rf"|{_CITED_THE}(?<![\w(])(?:(?!(?:Law|Act|Code)\b){_TITLE_WORD}\s+(?:{_JOINER}\s+){{0,2}}){{0,5}}(?!(?:Law|Act|Code)\b){_TITLE_WORD}\s+Code\b"
    # (a code of conduct or practice by its title: "the Banking Code of Conduct"; never "the
    # Electronic Communications Code of Kenya")
    r"(?:\s+of\s+(?:Conduct|Practice|Ethics)\b|(?!\s+(?:of|on)\b))"
    r"(?:\s+(?:19|20)\d\d\b(?!\d|[,.]\d))?"
    # … or titled "Code of …", as the CIS states' codes are in English: "Article 14.31 of the
    # Code of Administrative Offences", "the Code on Administrative Offences"
    rf"|{_CITED_THE}Code\s+(?:of|on)\s+(?:the\s+)?(?!Conduct\b|Practice\b)(?:{_TITLE_WORD}\s+(?:{_JOINER}\s+){{0,2}}){{0,4}}{_TITLE_WORD}"
    r"(?<!['’]s)(?:\s+(?:19|20)\d\d\b(?!\d|[,.]\d))?"
    # A regulation titled "Regulation on …" when a citation names it: "Article 38 of its
    # Regulation on Quality of Service"
    rf"|(?<=\bof\s(?:the|its)\s)Regulations?\s+on\s+(?:the\s+)?{_TITLE_WORD}(?:\s+(?:{_JOINER}\s+){{0,2}}{_TITLE_WORD}){{0,7}}"
    # A regulation or rules titled with their subject in brackets, as Commonwealth
    # instruments are, cited without a year: "the Securities (Continuing Disclosure
    # Obligations of Issuers) Regulation", "the Banking (Liquidity Coverage) Rules". (Not a
    # body's initials in brackets: "the Securities and Exchange Commission (SEC) Order".)
    r"|(?<![\w(])(?:[A-Z][\w'’-]*\s+(?:(?:and|of|&)\s+)?){1,4}\((?=[^()]*[a-z])[A-Z][^()\n]{2,80}\)"
    r"\s+(?:Regulations?|Rules)\b"
)
_COMMA_YEAR = compiled(r",\s*((?:19|20)\d\d)$")
# A title's comma lists its subjects, closed by "and": "Betting, Lotteries and Gaming Act".
# (the title before "Act"; never a list of laws: "the Clean Streams Law, the Dam Safety Act")
_SUBJECT_LIST = compiled(
    r"^(?:(?!\b(?:Law|Act|Code)\b)[^,])+(?:,\s+(?!the\b)(?:(?!\b(?:Law|Act|Code)\b)[^,])+)+"
    r"\s+and\s+[^,]+$"
)
_CAP = compiled(r",?\s*\(?(?:Cap\.?|Chapter|Chap\.)\s*(\d{1,4}(?::\d{1,3})?[A-Z]?)\)?$")
_SHORT_FORM_BEFORE_YEAR = compiled(r"\s+\([A-Z][A-Za-z&]{1,9}\)\s+(?=(?:19|20)\d\d$)")
_PART_OF = compiled(r"(?:Part|Chapter|Schedule|Title)\s+\S+\s+of\s+(?:the\s+)?")
# Words that open a sentence or a clause, never a statute's name: "Under the Data Act".
_NOT_A_TITLE = frozenset(
    [
        "the",
        "a",
        "an",
        "under",
        "in",
        "on",
        "by",
        "this",
        "that",
        "its",
        "their",
        "his",
        "her",
        "our",
        "as",
        "if",
        "when",
        "while",
        "since",
        "after",
        "before",
        "and",
        "or",
        "but",
        "with",
        "for",
        "from",
        "to",
        "of",
    ]
)


# A regulator's own instrument named by its subject in lower case, as wire copy names rules
# it has no title for: "the FRC's regulation on digital lending", "the CBK's guidelines on
# mobile lending" (labelled "FRC regulation on digital lending"). The issuer is an acronym:
# "the company's rules on gifts" names no instrument.
_ISSUERS_RULES = compiled(
    r"\b(?P<issuer>(?-i:[A-Z][A-Z&]{1,7}))(?:['’]s)?\s+"
    r"(?P<kind>regulations?|rules|directives?|guidelines|circular|instructions?)\s+on\s+"
    r"(?P<subject>(?:(?-i:[a-z])[\w-]*\s+){0,6}?(?-i:[a-z])[\w-]*)"
    r"(?=\s*(?:[,.;:)—–]|$)|\s+(?:and|or|which|that|as|when|by|after|since)\b)"
)
# A rulebook's module, as the DFSA, FSRA and QFCRA rulebooks are divided: "the DFSA's
# Anti-Money Laundering, Counter-Terrorist Financing and Sanctions Module (AML)", "the
# Conduct of Business Module (COB)", "the AML Module". Labelled by the issuer and the short
# form the copy gives it ("DFSA AML Module"), else its title. (Not "Module 10" of a bylaw,
# cited by number.)
_MODULE_WORD = r"(?-i:[A-Z][\w-]*)"
_RULEBOOK_MODULE = compiled(
    r"(?:\b(?P<issuer>(?-i:[A-Z][A-Z&]{1,7}))(?:['’]s)?\s+)?"
    rf"(?P<title>{_MODULE_WORD}(?:(?:,\s+|\s+(?:(?:and|of|for|&)\s+)?){_MODULE_WORD}){{0,9}})"
    r"\s+Module\b(?!\s*\d)(?:\s*\(\s*(?P<short>(?-i:[A-Z][A-Z&]{1,7}))\s*\))?"
)
# A regulator's instrument named by its title, not a statute's kind, where the copy says it
# was breached or relied on: "owed under the Air Passenger Protection Regulations", "as
# required by the Passenger Rights Directive issued by CAAN in 2024", "breached the Fair
# Lending Guidelines" (not "the amendments to the Aircraft Rules": no duty; a code by its
# title is `_NAMED_STATUTE`'s, where a citation names it). The issuer and year the copy gives join the label ("CAAN Passenger
# Rights Directive 2024").
_BY_TITLE = compiled(
    r"(?:(?<=\bunder\sthe\s)|(?<=\bby\sthe\s)|(?<=\bof\sthe\s)|(?<=\bwith\sthe\s)"
    r"|(?<=\bbreached\sthe\s)|(?<=\bviolated\sthe\s)|(?<=\bcontravened\sthe\s)"
    r"|(?<=\binfringed\sthe\s)|(?<=\bcontrary\sto\sthe\s))"
    r"(?P<title>(?:(?-i:[A-Z][\w'’-]*)\s+(?:(?:of|on|and|for|&)\s+)?){1,6}"
    r"(?-i:Regulations?|Directive|Guidelines|Rules))\b(?!\s+(?-i:[A-Z])|['’-])"
    r"(?:,?\s+issued\s+by\s+(?:the\s+)?(?P<issuer>(?-i:[A-Z][A-Z&]{1,7}))\b"
    r"(?:\s+in\s+(?P<year>(?:19|20)\d\d)\b)?)?"
)


# A regulator's own book of numbered standards, by its title: "the Registrar's Standards for
# Internet Gaming", "the Board's Standards of Practice for Pharmacists", "the Standards for
# Licensed Money Lenders" (labelled as titled).
_STANDARDS_BOOK = compiled(
    r"(?<=\bthe\s)(?P<title>(?:(?-i:[A-Z][\w-]*)(?:['’]s)?\s+){0,3}Standards\s+(?:of\s+"
    r"(?-i:[A-Z])\w+\s+)?(?:for|on|of)\s+(?:(?-i:[A-Z][\w-]*)\s+(?:(?:and|of|for|&)\s+)?){0,5}"
    r"(?-i:[A-Z][\w-]*))"
)


# The kinds each of `_ISSUERS_RULES` and `_BY_TITLE` needs, as written (both match case):
# a text without one is not searched.
_ISSUERS_RULES_KINDS = ("regulation", "rules", "directive", "guidelines", "circular", "instruction")
_BY_TITLE_KINDS = ("Regulation", "Directive", "Guidelines", "Rules")


def _regulators_instruments(text: str) -> list[tuple[str, int, int]]:
    """(label, start, end) of instruments named by a regulator's words (see above)."""
    found = []
    if " on " in text and any(map(text.__contains__, _ISSUERS_RULES_KINDS)):
        for m in _ISSUERS_RULES.finditer(text):
            label = f"{m['issuer']} {m['kind'].casefold()} on {' '.join(m['subject'].split())}"
            found.append((label, m.start(), m.end()))
    if "Standards " in text:
        for m in _STANDARDS_BOOK.finditer(text):
            found.append((" ".join(m["title"].split()), m.start(), m.end()))
    if "Module" in text:
        for m in _RULEBOOK_MODULE.finditer(text):
            name = m["short"] or " ".join(m["title"].split())
            issuer = f"{m['issuer']} " if m["issuer"] and m["issuer"] != name else ""
            found.append((f"{issuer}{name} Module", m.start(), m.end()))
    if " the " in text and any(map(text.__contains__, _BY_TITLE_KINDS)):
        for m in _BY_TITLE.finditer(text):
            title = " ".join(m["title"].split())
            if title.split()[0] in {"Act", "Law", "The", "This", "That"}:
                continue
            issuer = f"{m['issuer']} " if m["issuer"] else ""
            year = f" {m['year']}" if m["year"] else ""
            found.append((f"{issuer}{title}{year}", m.start(), m.end()))
    return found


def find_instruments(text: str, places: Sequence[str] = ()) -> list[tuple[str, int, int]]:
    """(instrument id, start, end) for every law the text names. A statute cited by number
    that the data files do not list is named by its number ("Act No. 480/2004"), one cited
    by its title by that title ("Payment Services Act"). `places`: countries the text is
    about, nearest first, for a name several countries' laws share."""
    return list(_find_instruments(text, tuple(places)))


# A law titled in quotes after its kind, as CIS and Balkan laws are rendered in English: the
# Law "On protection of competition", the Law of the Republic of Tajikistan "On Advertising",
# Law No. 48 «On Banks» — labelled as titled ("Law on Protection of Competition").
_QUOTED_TITLE = compiled(
    rf"\b(?P<kind>Law|Act|Code|Decree)(?:\s+of\s+(?:the\s+)?{_COUNTRY_OF})?"
    r"(?:\s+No\.?\s*[\w/-]*\d[\w/-]*)?\s+[\"“«„](?i:on)\s+(?P<subject>[^\"”»“\n]{3,120}?)[\"”»“]"
)
_SMALL_WORDS = frozenset(("of", "on", "and", "for", "the", "in", "to", "at", "with", "from", "by"))


def _quoted_label(match: re.Match[str]) -> str:
    words = match["subject"].split()
    titled = [w if w in _SMALL_WORDS and i else w[:1].upper() + w[1:] for i, w in enumerate(words)]
    return f"{match['kind']} on {' '.join(titled)}"


# A title that is the law's kind and its subject: "Law on Securities", "Law of Georgia on …".
_LAW_ON = compiled(rf"(?:Act|Law)(?:\s+of\s+(?:the\s+)?{_COUNTRY_OF})?\s+on\b")


# The words each of these patterns needs (needles.py): a text without them is not searched
# (most have a "/" or " of " and no directive, circular or resolution coded with a year).
_CODED_REGULATION_WORDS = compile_guarded(_CODED_REGULATION.pattern, _CODED_REGULATION.flags)
_ISSUER_NUMBERED_WORDS = compile_guarded(_ISSUER_NUMBERED.pattern, _ISSUER_NUMBERED.flags)
_CODED_DIRECTIVE_WORDS = compile_guarded(_CODED_DIRECTIVE.pattern, _CODED_DIRECTIVE.flags)


@lru_cache(maxsize=4096)  # an article's sentences are read for laws several times
def _find_instruments(text: str, places: tuple[str, ...]) -> tuple[tuple[str, int, int], ...]:
    matches = _law_names(text)
    found = [(_resolve(text[s:e], s, text, places, None), s, e) for s, e in matches]
    # A shared name the text settles once ("Thailand's PDPA") is that law where the text
    # leaves it open too ("The PDPA took full effect in 2022").
    settled: dict[str, set[str]] = {}
    for law, start, end in found:
        settled.setdefault(_fold(text[start:end]), set()).add(law)
    for index, (law, start, end) in enumerate(found):
        laws = settled[_fold(text[start:end])] - {law}
        if law not in _jurisdictions() and len(laws) == 1:
            found[index] = (laws.pop(), start, end)
    if '"' in text or "«" in text or "“" in text or "„" in text:
        for m in _QUOTED_TITLE.finditer(text):
            if not any(s < m.end() and m.start() < e for _, s, e in found):
                found.append((_quoted_label(m), m.start(), m.end()))
    for m in _NUMBERED_STATUTE.finditer(text):
        if not any(s < m.end() and m.start() < e for _, s, e in found):
            label, start = _numbered_statute(m, text)
            if any(s < m.start() and start < e for _, s, e in found):
                label, start = _numbered_label(m), m.start()  # the title is another law's
            found.append((label, start, m.end()))
    folded = lookup_form(text)
    if "/" in text and _CODED_REGULATION_WORDS.may_match(folded):
        for m in _CODED_REGULATION.finditer(text):
            if m.group("law") and m.group("law").split()[0].casefold() in _coded_not_rules():
                continue  # "In Decision No. 12/KPPU-I/2023, the KPPU fined …": its own number
            group = "law" if m.group("law") else "law2"
            start, end = m.span(group)
            if not any(s < end and start < e for _, s, e in found):
                found.append((" ".join(m.group(group).split()), start, end))
    if " of " in text and _ISSUER_NUMBERED_WORDS.may_match(folded):
        for m in _ISSUER_NUMBERED.finditer(text):
            start, end = m.span("law")
            if not any(s < end and start < e for _, s, e in found):
                found.append((" ".join(m.group("law").split()), start, end))
    if "/" in text and _CODED_DIRECTIVE_WORDS.may_match(folded):
        for m in _CODED_DIRECTIVE.finditer(text):
            issuer = f"{m['issuer']} " if m["issuer"] else ""
            start = m.start("issuer") if m["issuer"] else m.start("kind")
            if not any(s < m.end() and start < e for _, s, e in found):
                found.append((f"{issuer}{m['kind'].capitalize()} {m['code']}", start, m.end()))
    if "Wet " in text or "Lands" in text or "Rijkswet" in text:
        for m in _DUTCH_TITLE.finditer(text):
            if not any(s < m.end() and m.start() < e for _, s, e in found):
                found.append((m.group(), m.start(), m.end()))
    if "(E" in text:
        for m in _EU_NUMBERED.finditer(text):
            if not any(s < m.end() and m.start() < e for _, s, e in found):
                found.append((_eu_label(m), m.start(), m.end()))
    if "(" in text and _ACRONYM_DEFINED_WORDS.may_match(folded):
        for m in _acronyms_defined(text):
            if not any(s < m.end() and m.start() < e for _, s, e in found):
                # "the … Rules 2019 (AML/CFTR)": the short form with the year the title
                # gives, which tells that version from the rules it replaced
                year = _YEAR.search(m.group("title"))
                short = f"{m['short']} {year.group()}" if year else m["short"]
                found.append((short, m.start("title"), m.end()))
    if any(
        w in text
        for w in ("Act", "Law on", "Ordinance", "Regulation", " Law", "Rules", " Code", " Order")
    ):
        for m in _NAMED_STATUTE.finditer(text):
            start, title = m.start(), m.group()
            part = _PART_OF.match(title)  # "Part IIIC of the Central Bank Act 1942"
            if part:
                start, title = start + part.end(), title[part.end() :]
            # (the year a comma sets after the title is no list: "… Law, 2017")
            head = re.split(
                r"\s(?:Act|Ordinance|Regulations|Rules|Order)\b", _COMMA_YEAR.sub("", title)
            )[0]
            if "," in head and not _SUBJECT_LIST.search(head):
                cut = head.rfind(",")
                start += (
                    len(title[: cut + 1]) + len(title[cut + 1 :]) - len(title[cut + 1 :].lstrip())
                )
                title = title[cut + 1 :].lstrip()
            while (word := title.split(" ", 1)[0]).casefold() in _NOT_A_TITLE and " " in title:
                start += len(word) + 1
                title = title[len(word) + 1 :].lstrip()
            if title.split()[0] in {"Act", "Law"} and not _LAW_ON.match(title):
                continue
            if not any(s < m.end() and start < e for _, s, e in found):
                title = _CAP.sub(r" Cap. \1", title)
                title = _SHORT_FORM_BEFORE_YEAR.sub(" ", _COMMA_YEAR.sub(r" \1", title))
                found.append((title, start, m.end()))
    for label, start, end in _regulators_instruments(text):
        if not any(s < end and start < e for _, s, e in found):
            found.append((label, start, end))
    if "(" in text:
        for m in _QUOTED_SHORT.finditer(text):
            short = " ".join(m.group("short").split())
            if len(short.split()) > 1 and not any(
                s < m.end() and m.start() < e for _, s, e in found
            ):
                found.append((short, m.start("short"), m.end("short")))
    # A title set in italics is quoted whole, its article too, as the prairie provinces name
    # their statutes: "under *The Payday Loans Act*" is "The Payday Loans Act".
    for index, (law, start, end) in enumerate(found):
        if (
            law == text[start:end]
            and text[max(0, start - 5) : start] == "*The "
            and text[end : end + 1] == "*"
        ):
            found[index] = (f"The {law}", start - 4, end)
    found.sort(key=lambda item: item[1])
    return tuple(found)


# A law named by its title and the acronym a bracket defines for it, as copy names a statute
# it goes on citing by letters (the article's own name for it, its label): "the National
# Ordinance on the Reporting of Unusual Transactions (LMOT)", "the Payment Systems and
# Services Act (PSSA)", "the Consumer Protection Act 2019 (CPA)". The law's kind heads the
# title: it ends it or the subject follows it ("Law on …", "Ordinance on …") — "the Law
# Society of Kenya (LSK)", "the Capital Markets Authority (CMA)" are bodies.
_LAW_KIND = r"(?:Act|Law|Ordinance|Code|Decree|Regulations?|Rules|Statute|Landsverordening)"
_TITLE_PART = r"[A-Z][\w'’-]*"
_TITLE_JOIN = r"(?:of|on|and|for|the|in|to|at|when|with|concerning|regarding|against|&)"
_ACRONYM_DEFINED = compiled(
    rf"(?<![\w(])(?P<title>(?:(?!{_LAW_KIND}\b){_TITLE_PART}\s+(?:{_TITLE_JOIN}\s+){{0,2}}){{0,6}}"
    rf"{_LAW_KIND}\b(?:\s+(?:on|of|concerning|regarding|for|against)\s+(?:the\s+)?"
    rf"(?:{_TITLE_PART}\s+(?:{_TITLE_JOIN}\s+){{0,2}}){{0,10}}{_TITLE_PART})?"
    r"(?:,?\s+(?:19|20)\d\d)?)"
    # (the title in the law's own language first, as German and Nordic copy gives it: "the
    # Due Diligence Act (Sorgfaltspflichtgesetz, SPG)", "(Bankengesetz; BankG)")
    r"\s*\(\s*(?:[A-Z][\w-]{3,40}(?:\s+[\w-]+){0,3}\s*[,;]\s*)?"
    r"(?:the\s+)?[\"“]?(?P<short>(?=(?:[a-z&/]*[A-Z]){2})[A-Z][A-Za-z&/]{1,7})[\"”]?\s*\)"
    # (its year after the bracket is the title's: "the … Protection Act (FCCPA) 2018")
    r"(?!\s*,?\s*(?:19|20)\d\d\b)"
)
# (the law's kind and the bracket: a text without them is not searched)
_ACRONYM_DEFINED_WORDS = compile_guarded(_ACRONYM_DEFINED.pattern, _ACRONYM_DEFINED.flags)
# A short form an article defines for a law in brackets: 'the Law of 12 November 2004 on …
# (the "2004 Law")', '(hereinafter "the Competition Law")'. A bare kind ("the Act") is
# `_SAME_LAW`'s.
_QUOTED_SHORT = compiled(
    r"\(\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+)?)?(?:the\s+)?[\"“”]\s*(?:the\s+)?"
    r"(?P<short>(?:(?:19|20)\d\d\s+)?(?:[A-Z][\w-]*\s+){0,4}"
    r"(?:Law|Act|Code|Decree|Ordinance|Regulations?))\s*[\"“”]\s*\)"
)
# What a bracket right after a law's name calls it: "the Anti-Money Laundering Act, 2020
# (Act 1044)", '… on Competition (the "Competition Law")'.
_BRACKET_ALIAS = compiled(
    r",?\s*\(\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+)?)?(?:the\s+)?[\"“”]?\s*(?:the\s+)?"
    r"(?P<alias>[^()\"“”\n]{2,40}?)\s*[\"“”]?\s*\)"
)
# (the kind's own words before it: "Legislative Decree No. 206/2005" … "Decree 206")
_NUMBER_ONLY = compiled(r"(?:[\w-]+\s+)*?(?P<kind>\w+)\s+(?:No\.\s*)?(?P<number>[\d.-]+)$")
_NUMBER_IN = compiled(r"(?:[\w-]+\s+)*?(?P<kind>\w+)\s+(?:No\.\s*)?(?P<number>\d[\w./-]*)")


_YEAR_OR_NUMBER_AFTER = compiled(r"(?:,? (?:19|20)\d\d| No\. \d[\w./-]*(?: of (?:19|20)\d\d)?)")


def defined_laws(body: str) -> dict[str, str]:
    """The law each name an article gives one stands for, where it names one law several
    ways: the number a bracket gives it after its title ("the Anti-Money Laundering Act, 2020
    (Act 1044)" — "Act 1044" is that act), a decree cited again by its number alone
    ("Decree No. 156/2020/ND-CP" … "Decree 156"), the short title of a law cited with its
    year before ("the Capital Markets and Services Act 2007" … "the Capital Markets and
    Services Act"). Each maps to the fullest name the article gives first."""
    laws = find_instruments(body)
    defined: dict[str, str] = {}
    for index, (law, _, end) in enumerate(laws):
        bracket = _BRACKET_ALIAS.match(body, end)
        if bracket is None:
            continue
        inside = [
            other
            for other, s, _ in laws[index + 1 :]
            if bracket.start("alias") <= s < bracket.end("alias")
        ]
        for alias in inside or [" ".join(bracket.group("alias").split())]:
            if (
                alias in inside
                and not re.search(r"\d", law)
                and re.search(r"\d", alias)
                and alias not in defined
            ):
                # "the Law on Regulation and Promotion of Microfinance (Law 769)": a title
                # without its year is known by its title and by the number the bracket gives
                # it, each a name of its own.
                continue
            # "the Anti-Money Laundering Act, 2020 (Act 1044)": the act by its title; a number
            # with its year ("(Law 11/2022)") says which law itself, as cited.
            if alias != law and law not in defined and _law_word(alias) and not _YEAR.search(alias):
                defined.setdefault(alias, law)
    labels = list(dict.fromkeys(law for law, _, _ in laws))
    for law in labels:
        if law in defined:
            continue
        short = _NUMBER_ONLY.fullmatch(law)
        if short:
            # "Decree 156" after "Decree No. 156/2020/ND-CP"; "Law 104-12" after "Law No. 104-12"
            for full in labels:
                number = _NUMBER_IN.fullmatch(full)
                if (
                    full != law
                    and number
                    and number.group("kind") == short.group("kind")
                    and re.fullmatch(
                        rf"{re.escape(short.group('number'))}(?:/.*)?", number.group("number")
                    )
                ):
                    defined[law] = full
                    break
            continue
        # (`full` is the law, then its year or number, matched whole: "the Banking Law"
        # after "the Banking Law No. 28 of 2000")
        dated = [
            full
            for full in labels
            if full.startswith(law) and _YEAR_OR_NUMBER_AFTER.fullmatch(full, len(law))
        ]
        if len(dated) == 1:
            defined[law] = dated[0]
    return {alias: defined.get(law, law) for alias, law in defined.items()}


@lru_cache(maxsize=64)
def defined_acronyms(body: str) -> frozenset[str]:
    """The acronyms an article defines for laws it names by title ("the Payment Systems and
    Services Act (PSSA)"): how it cites them again ("for breaching the PSSA")."""
    if "(" not in body or not _ACRONYM_DEFINED_WORDS.may_match(lookup_form(body)):
        return frozenset()
    return frozenset(m.group("short") for m in _acronyms_defined(body))


@lru_cache(maxsize=256)  # a body is read for them twice, a sentence for each place it is in
def _acronyms_defined(text: str) -> tuple[re.Match[str], ...]:
    return tuple(_ACRONYM_DEFINED.finditer(text))


# `(?<![\w/&-])short(?![\w/&-])`, for `spots`: an acronym written whole.
_ACRONYM_EDGE = compiled(r"[\w/&-]")
_NO_ACRONYM_AFTER = compiled(r"(?![\w/&-])")


def acronyms_cited(text: str, acronyms: frozenset[str]) -> list[tuple[str, int, int]]:
    """(acronym, start, end) of every law the text cites by an acronym the article defined."""
    found = []
    for short in acronyms:
        if short in text:
            for start in spots(text, short, _ACRONYM_EDGE, _NO_ACRONYM_AFTER):
                found.append((short, start, start + len(short)))
    return sorted(found, key=lambda item: item[1])


_YEAR = compiled(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _law_word(name: str) -> bool:
    return bool(re.search(r"\b(?:Law|Act|Code|Decree|Ordinance|Regulations?|Cap)\b", name))


_SUBDIVISION = compiled(rf"(?:Articles?|Art\.|Sections?|Sec\.)\s*{_NUMBER},?\s*$", re.I)
_ANY_UNIT = compiled(rf"{_UNIT}\s*{_CODE_PART}\d", re.IGNORECASE)
_DIGIT = re.compile(r"\d")  # what `_ANY_UNIT` needs; half the sentences have none


# US statutes and regulations by their code's citation: title, code, section. "49 U.S.C. §
# 41712" (the United States Code); "45 C.F.R. §
# 164.308(a)(1)(ii)(A)", "16 CFR 312.5", "47 C.F.R. Section 64.2010" (the Code of Federal
# Regulations); "23 NYCRR 500.12", "23 NYCRR §§ 500.9 and 500.17" (New York's Codes, Rules and
# Regulations). Each code's label keeps the citation's form.
_REG_NUMBER = r"\d+[a-z]?(?:\.\d+[a-z]?)?(?:\s?\([0-9a-zA-Z]{1,4}\))*"
_NEXT_REG_NUMBER = (
    r"(?:§\s*)?\d+\.\d+[a-z]?(?:\s?\([0-9a-zA-Z]{1,4}\))*"  # "and 500.17", not "and 2,500"
)
_CODES = {"CFR": "C.F.R. §", "NYCRR": "NYCRR", "USC": "U.S.C. §"}
# After "§§" every number in the list is a section, whole ones too ("§§ 5531 and 5536"; never
# a sum: "2,500").
_LISTED_REG_NUMBER = rf"(?:§\s*)?{_REG_NUMBER}(?!\d|[.,]\d)"
_CODE_OF_REGULATIONS = compiled(
    r"\b(?P<title>\d{1,3})\s+(?P<code>C\.?\s?F\.?\s?R|N\.?\s?Y\.?\s?C\.?\s?R\.?\s?R|U\.\s?S\.\s?C|USC)\.?\s+"
    rf"(?:§§\s*(?P<listed>{_LISTED_REG_NUMBER}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+){_LISTED_REG_NUMBER})*)"
    # a whole part of a code of regulations: "16 CFR Part 312", "23 NYCRR Part 500"
    r"|(?P<part>[Pp]art\s*)?(?:§|[Ss]ec(?:tion|\.)?)?\s*"
    rf"(?P<numbers>{_REG_NUMBER}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+){_NEXT_REG_NUMBER})*))"
)
# A US state's administrative code, by title, the state's abbreviation and chapter or section:
# "25 Pa. Code Chapter 102", "25 Pa. Code § 102.4", "7 Pa. Code Ch. 46". Labelled by title,
# code and chapter ("25 Pa. Code Ch. 102").
_STATE_CODE = compiled(
    r"\b(?P<title>\d{1,3})\s+(?P<state>(?:[A-Z][a-z]{0,4}\.\s?){1,2})\s*(?P<code>Code|Admin\.\s?Code)\s+"
    r"(?:(?P<chapter>Ch(?:apter|\.)\s*)|§§?\s*|[Ss]ec(?:tion|\.)\s*)(?P<number>\d+[A-Za-z]?(?:\.\d+[a-z]?)?)"
)
# A right named by its law: "the HIPAA right of access", "the GDPR right to erasure".
_NAMED_RIGHT = compiled(
    r"\b(?P<law>[A-Z]{2,6})\s+(?P<right>right\s+(?:of|to)\s+(?:access|erasure|deletion|"
    r"portability|data\s+portability|rectification|object|be\s+forgotten))\b"
)


# A rulebook's rules, as the UK FCA and PRA handbooks and the rulebooks modelled on them
# (Dubai's DFSA, Abu Dhabi's FSRA, Qatar's QFCRA) number them: the sourcebook's code, then
# chapter.section.paragraph and the provision's kind (R rule, G guidance, E evidential, D
# direction, P principle, C conclusive): "CONC 7.3.4R", "SYSC 6.1.1R(1)", "DEPP 6.5A.3G",
# "COBS 4.2.1R and 4.2.3G". The kind letter makes the form unambiguous: without it "DSS 4.0.1"
# is a version number.
_RULE_NUMBER = r"\d+[A-Z]?(?:\.\d+[A-Z]?){2,}[RGEDPC](?:\(\d{1,2}\)|\([a-z]{1,3}\))*"
_HANDBOOK_RULE = compiled(
    rf"(?<![\w-])(?P<code>[A-Z]{{2,6}})\s+(?P<numbers>{_RULE_NUMBER}"
    rf"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+){_RULE_NUMBER})*)(?!\w|\.\d)"
)


@cache
def _state_code() -> re.Pattern[str]:
    """US state codes by abbreviation and section (`state_codes` in instruments.toml): "ORS
    468B.025", "Cal. Civ. Code § 1798.100", "Mass. Gen. Laws ch. 93A, § 2"."""
    codes = sorted(load_toml("instruments.toml").get("state_codes", ()), key=len, reverse=True)
    names = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in codes)
    return compiled(
        rf"(?<![\w.])(?P<code>{names})(?!\w)\s*(?P<mark>(?:ch\.|c\.)\s*\d+[A-Z]?,?\s*)?"
        r"(?P<section>§§?\s*)?"
        r"(?P<number>\d+[A-Z]?(?:[.-]\d+[A-Za-z]?)*(?:\([0-9a-zA-Z]{1,4}\))*)(?![\w/])"
        # (a sum, not a section: "HRS 12 million")
        r"(?!\s*(?:million|billion|thousand|per\s*cent|percent|%))"
    )


def _state_statutes(text: str) -> list[Provision]:
    found = []
    for m in _state_code().finditer(text):
        code = " ".join(m["code"].split())
        mark = f" {' '.join(m['mark'].rstrip(', ').split())}," if m["mark"] else ""
        section = " §" if m["section"] else ""
        stem = f"{code}{mark}{section}"
        found.append(Provision(None, "§", m["number"], m.start(), m.end(), stem=stem))
    if found:  # a code the data files list as a law is theirs ("RCW 90.48")
        listed = _law_names(text)
        found = [p for p in found if not any(s < p.end and p.start < e for s, e in listed)]
    return found


def _handbook_rules(text: str) -> list[Provision]:
    found = []
    for m in _HANDBOOK_RULE.finditer(text):
        for number in re.findall(_RULE_NUMBER, m.group("numbers")):
            found.append(Provision(None, "", number, m.start(), m.end(), stem=m.group("code")))
    return found


def _codified_and_rights(text: str) -> list[Provision]:
    found = []
    for m in _CODE_OF_REGULATIONS.finditer(text):
        code = _CODES[re.sub(r"[^A-Z]", "", m.group("code"))]
        if m.group("part"):
            code = code.removesuffix(" §") + " Part"
        stem = f"{m.group('title')} {code}"
        for number in re.findall(_REG_NUMBER, m.group("listed") or m.group("numbers")):
            number = re.sub(r"\s", "", number)
            found.append(Provision(None, "§", number, m.start(), m.end(), stem=stem))
    for m in _STATE_CODE.finditer(text):
        state = " ".join(m.group("state").split())
        unit = "Ch." if m.group("chapter") else "§"
        stem = f"{m.group('title')} {state} {' '.join(m.group('code').split())} {unit}"
        found.append(Provision(None, unit, m.group("number"), m.start(), m.end(), stem=stem))
    names = _owners()
    for m in _NAMED_RIGHT.finditer(text):
        law = names.get(m.group("law").casefold())
        if law and len(law) == 1:
            right = " ".join(m.group("right").split())
            found.append(
                Provision(
                    law[0], "", "", m.start(), m.end(), stem=f"{instrument_label(law[0])} {right}"
                )
            )
    return found


def find_provisions(
    text: str,
    default_instrument: str | None = None,
    places: Sequence[str] = (),
    cited_before: Sequence[str] = (),
    defined: Mapping[str, str | None] | None = None,
) -> list[Provision]:
    """Provisions the text cites. `default_instrument`: the law a provision cited alone belongs
    to; `places`: countries the text is about, nearest first, for a law's shared name;
    `cited_before`: the laws the article named before the text, in order (the one "the Act"
    refers back to); `defined`: the law each other name the article gives one stands for
    (`defined_laws`)."""
    found = list(_find_provisions(text, default_instrument, tuple(places), tuple(cited_before)))
    if defined:
        found = [
            replace(p, instrument=defined[p.instrument] or default_instrument)
            if p.instrument in defined
            else p
            for p in found
        ]
    return found


@lru_cache(maxsize=1024)  # a sentence is read for the same provisions by several passes
def _find_provisions(
    text: str,
    default_instrument: str | None,
    places: tuple[str, ...],
    cited_before: tuple[str, ...],
) -> tuple[Provision, ...]:
    return tuple(_provisions_in(text, default_instrument, places, cited_before))


def _provisions_in(
    text: str,
    default_instrument: str | None,
    places: Sequence[str],
    cited_before: Sequence[str],
) -> list[Provision]:
    found: list[Provision] = _prefixed_provisions(text) + _handbook_rules(text)
    if "C" in text or "right" in text:
        found += _codified_and_rights(text)
    if _DIGIT.search(text):
        found += _state_statutes(text)
    if not (_DIGIT.search(text) and _ANY_UNIT.search(text)):
        return found  # no "Article 6", "Section 5", "§ 3": nothing more to parse
    named = find_instruments(text, places)
    found += _chapter_sections(text, named, default_instrument)
    for match in _citations(text):
        if any(s <= match.start() and match.end() <= e for _, s, e in named):
            continue  # "Regulations 2013" in "the Food Safety Regulations 2013": the law's name
        if any(
            p.start < match.end() and match.start() < p.end
            for p in found
            if p.stem or p.unit == "Ch."
        ):
            continue  # "Data Protection Principle 4" is the PDPO's DPP4, read already
        if match.group("unit").startswith("§") and _SUBDIVISION.search(text, 0, match.start()):
            continue  # "Article 100, §1, 12°": a paragraph of the article just cited
        unit_word = match.group("unit").split()[0].rstrip(".").casefold()
        unit = _UNITS.get(unit_word, _UNITS.get(unit_word.rstrip("s"), unit_word))
        if unit_word.startswith("para") and "(" not in match.group("numbers"):
            unit = "para."  # a code's own paragraph ("paragraph 8 of the AML/CFT Code")
        written = match.group("after") or match.group("before")
        if written:
            side = "after" if match.group("after") else "before"
            instrument: str | None = _resolve(
                written, match.start(side), text, places, default_instrument
            )
            if instrument not in _jurisdictions():  # a shared name left open here
                same = [i for i, s, _ in named if match.start(side) <= s < match.end(side)]
                instrument = same[0] if same else instrument
        elif (same := _SAME_LAW.match(text, match.end())) and not any(
            same.start() < s < same.end() for _, s, _ in named
        ):  # "of Act XLVII of 2008" names its law: not "the Act" cited before
            before = [*cited_before, *(i for i, _, e in named if e <= match.start())]
            instrument = _law_cited_before(same.group().strip(), before) or default_instrument
        elif (short := _ACRONYM_AFTER.match(text, match.end())) and short[
            "short"
        ] not in _NOT_A_LAW:
            # "Articles 7a and 9 SPG", "Art. 30a SPG": continental copy writes the law's
            # short form after the number; one the data files lack is its own label
            instrument = short["short"]
        else:
            # Nearest law named after the citation in the same text, else before it, else default.
            after = [i for i, s, _ in named if s >= match.end()]
            before = [i for i, _, e in named if e <= match.start()]
            instrument = (after[:1] or before[-1:] or [None])[0] or _unnamed(
                unit, default_instrument
            )
            if unit == "Standard" and not (after or before):
                # "contrary to Standard 2.03": the book of standards the article named before
                books = [law for law in cited_before if "Standards" in law]
                instrument = books[-1] if books else instrument
        if unit == "Chapter":
            if _units().get(instrument or "") != "Chapter":
                continue  # "Chapter 11" is bankruptcy, "Chapter 3 of the GDPR" a whole part
            numbers = _CHAPTER_NUMBER.findall(match.group("numbers"))
        else:
            numbers = _expand(match.group("numbers"))
        clause = _CLAUSE_BEFORE.search(text, max(0, match.start() - 40), match.start())
        part = _PART_BEFORE.search(text, max(0, match.start() - 20), match.start())
        if part and unit in {"Art.", "Sec."} and len(numbers) == 1 and "(" not in numbers[0]:
            # "Part 1 of Article 14.31", "paragraph 3 of Article 5": the article's part
            numbers = [f"{numbers[0]}({part.group(1)})"]
        elif clause and unit == "Art." and len(numbers) == 1 and "(" not in numbers[0]:
            # "Point b, Clause 3, Article 12": Article 12(3)(b), as Vietnam's laws are cited
            within = clause.group(1) or clause.group(3)
            point = f"({clause.group(2)})" if clause.group(2) else ""
            numbers = [f"{numbers[0]}({within}){point}"]
        for number in numbers:
            found.append(Provision(instrument, unit, number, match.start(), match.end()))
    return _law_named_once(found)


# A law's short form right after a provision's number, ending the citation: "Article 17 SPG.",
# "Articles 7a and 9 SPG, the FMA said", "Art. 5 LCD and Art. 6 LCD" (not a name going on:
# "Section 5 FTC Act", read from the data; nor a possessive or a compound).
_ACRONYM_AFTER = compiled(
    r"[ \t]+(?P<short>(?-i:[A-Z][A-Za-z]{0,3}[A-Z]{1,6}))(?![\w'’&/-])"
    r"(?=[ \t]*(?:[.,;:)]|$)|[ \t]+(?:and|or)\b)"
)
# Places, unions and currencies are written so too, never a law: "Article 6 EU".
_NOT_A_LAW = frozenset({"EU", "EC", "EEA", "UK", "US", "USA", "UN", "EUR", "USD", "GBP", "CHF"})


_CLAUSE_BEFORE = compiled(
    r"(?<![\w,])Clause\s+(\d{1,3})\s*,\s*$|(?<![\w,])Point\s+([a-z])\s*,\s*Clause\s+(\d{1,3})\s*,\s*$",
    re.I,
)


# A part of the article cited next, as the CIS states' codes and EU acts are cited: "Part 1 of
# Article 14.31", "paragraph 3 of Article 5".
_PART_BEFORE = compiled(r"(?<![\w,])(?:Part|Paragraph)\s+(\d{1,3})\s+of\s+$", re.I)


def _law_named_once(found: list[Provision]) -> list[Provision]:
    """ "issued under Article 7 and the payment orders under Article 7-2 of the Act": a
    citation naming no law is of the law the next citation of its kind in the text names."""
    for index, provision in enumerate(found):
        if provision.instrument is not None or provision.stem:
            continue
        later = [
            p
            for p in found
            if p.start >= provision.end and p.unit == provision.unit and p.instrument
        ]
        if later:
            nearest = min(later, key=lambda p: p.start)
            found[index] = replace(provision, instrument=nearest.instrument)
    return found


def _chapter_sections(
    text: str, named: Sequence[tuple[str, int, int]], default: str | None
) -> list[Provision]:
    """ "Chapter 14, Section 1 of the Gambling Act" -> "Gambling Act Ch. 14 s. 1": the law
    named next after it, else before it, else the default."""
    found = []
    for m in _CHAPTER_SECTION.finditer(text):
        after = [i for i, s, _ in named if s >= m.end()]
        before = [i for i, _, e in named if e <= m.start()]
        instrument = (after[:1] or before[-1:] or [default])[0]
        for number in _expand(m.group("numbers")):
            chapter = m.group("chapter")
            found.append(Provision(instrument, "Ch.", f"{chapter} s. {number}", m.start(), m.end()))
    return found


def _unnamed(unit: str, default: str | None) -> str | None:
    """The law of a provision cited alone: the default if its provisions take this unit (an
    amendment can be of any law), else the only law whose provisions do ("Principle 3" is the
    FCA's PRIN), else unknown."""
    units = _units()
    if default and (units.get(default) == unit or unit == "Amendment"):
        return default
    if unit == "Chapter":
        return None  # one law cited by chapters does not make "Chapter 11" its own
    matching = [instrument for instrument, u in units.items() if u == unit]
    return matching[0] if len(matching) == 1 else None


# `_expand`'s readings of a provision's numbers: "15-17", each "30A", and a number's head.
_RANGE = compiled(rf"\s*({_NUMBER})\s*(?:-|–|to)\s*({_NUMBER})\s*", re.I)
_EACH_NUMBER = compiled(_NUMBER, re.IGNORECASE)
_FIRST_NUMBER = compiled(rf"\s*{_ONE_NUMBER}", re.IGNORECASE)


def _expand(numbers: str) -> list[str]:
    """ "12, 15, and 17" -> 12, 15, 17; "5 and 6" -> 5, 6; "15-17" -> 15, 16, 17; "7-2" and
    "L. 171-8" are one number each (a branch, a code's article)."""
    ranged = _RANGE.fullmatch(numbers)
    if ranged and ranged.group(1).isdigit() and ranged.group(2).isdigit():
        low, high = int(ranged.group(1)), int(ranged.group(2))
        if 0 < high - low <= 20:
            return [str(n) for n in range(low, high + 1)]
    found: list[str] = []
    for written in _EACH_NUMBER.findall(numbers):  # "section 30A"
        head = _FIRST_NUMBER.match(written)
        assert head is not None
        if head.end() < len(written):  # "25(a) and (c)", "25, letters a) and c)"
            first = re.sub(r"\s", "", head.group())
            stem = re.sub(r"\([^()]*\)$", "", first) if first.endswith(")") else first
            siblings = re.findall(
                r"(?<![\w])([0-9a-z]{1,4})\s?\)|(?<=\s)([a-z])(?![\w)])", written[head.end() :]
            )
            letters = [a or b for a, b in siblings]
            found += ([first] if first.endswith(")") else []) + [f"{stem}({x})" for x in letters]
            continue
        item = re.sub(r"\s", "", written)
        pair = re.fullmatch(r"(\d+)-(\d+)", item)
        low, high = (int(n) for n in pair.groups()) if pair else (0, 0)
        if pair and 0 < high - low <= 20:
            found += [str(n) for n in range(low, high + 1)]
        elif pair and high > low:
            found += list(pair.groups())  # a range too long to list: its ends, as written
        else:
            found.append(re.sub(r"^([LRD])\.?(?=\d)", r"\1. ", item))  # "L.171-8" -> "L. 171-8"
    return found
