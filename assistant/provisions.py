"""Legal provisions cited in text: "Articles 12, 15 and 17 of the GDPR", "Art. 46(1) GDPR",
"Section 5 of the FTC Act", "regulation 21 of PECR".

Instruments and their aliases come from instruments.toml. A provision with no instrument
beside it ("a violation of Article 31") belongs to the instrument the sentence names
elsewhere, else to the caller's default (the instrument the article is about).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache

from .config import DATA_DIR

_UNITS = {
    "article": "Art.",
    "articles": "Art.",
    "art": "Art.",
    "arts": "Art.",
    "section": "Sec.",
    "sections": "Sec.",
    "sec": "Sec.",
    "secs": "Sec.",
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
}
_NUMBER = r"\d+[a-z]?(?:\s?\(\s?[0-9a-z]{1,4}\s?\))*"
_LIST = rf"{_NUMBER}(?:\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*|\s*(?:-|–|to)\s*){_NUMBER})*"
_UNIT = r"(?:Articles?|Arts?\.?|Sections?|Secs?\.?|§§?|Regulations?|Regs?\.?|Principles?|Rules?)"


@dataclass(frozen=True)
class Provision:
    instrument: str | None  # instruments.toml id, e.g. "GDPR"; None when nothing says which law
    unit: str  # "Art.", "Sec.", "Reg.", "§", "Principle", "Rule"
    number: str  # "46(1)", "5(1)(f)", "21"
    start: int  # the span of the whole citation ("Articles 12, 15, and 17 of the GDPR")
    end: int
    stem: str | None = None  # the label's words when the data gives them ("Ofcom GC")

    @property
    def label(self) -> str:
        """ "GDPR Art. 46(1)": the normalised form facts and answers use."""
        if self.stem:
            return f"{self.stem} {self.number}".rstrip()
        return f"{self.instrument + ' ' if self.instrument else ''}{self.unit} {self.number}"


@cache
def _units() -> dict[str, str]:
    """Instrument id -> the abbreviation its provisions take ("GDPR" -> "Art.")."""
    with open(DATA_DIR / "instruments.toml", "rb") as handle:
        data = tomllib.load(handle)
    return {i["id"]: _UNITS.get(i["unit"].casefold(), i["unit"]) for i in data["instrument"]}


@cache
def _instruments() -> tuple[re.Pattern[str], dict[str, str]]:
    with open(DATA_DIR / "instruments.toml", "rb") as handle:
        data = tomllib.load(handle)
    names: dict[str, str] = {}
    for instrument in data["instrument"]:
        for form in (instrument["id"], instrument["name"], *instrument.get("aliases", ())):
            names.setdefault(form.casefold(), instrument["id"])
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:the\s+)?({alternation})(?![\w])", re.IGNORECASE), names


@cache
def _prefixed() -> tuple[re.Pattern[str] | None, dict[str, tuple[str, str]]]:
    """Words that cite one instrument's provisions by themselves: "General Condition A3" is
    Ofcom's, "DPP4" Hong Kong's PDPO's (`prefixes` in instruments.toml)."""
    with open(DATA_DIR / "instruments.toml", "rb") as handle:
        data = tomllib.load(handle)
    words: dict[str, tuple[str, str]] = {}
    for instrument in data["instrument"]:
        for word, prefix in instrument.get("prefixes", {}).items():
            words[" ".join(word.split()).casefold()] = (instrument["id"], prefix)
    if not words:
        return None, words
    alternation = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )
    number = r"(?:[A-Z](?=\d))?\d+(?:\.\d+)*[a-z]?"
    return (
        re.compile(
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


def _citation_pattern() -> re.Pattern[str]:
    instrument, _ = _instruments()
    name = instrument.pattern.replace("(?<![\\w])", "").replace("(?![\\w])", "")
    # "Article 6 of the GDPR" | "Art. 46(1) GDPR" | "GDPR Article 6" | "the GDPR's Article 6"
    return re.compile(
        rf"(?:(?P<before>{name})(?:['’]s)?\s+)?(?P<unit>{_UNIT})\s*(?P<numbers>{_LIST})"
        rf"(?:\s+(?:of\s+)?(?P<after>{name})(?![\w]))?",
        re.IGNORECASE,
    )


@cache
def _citations() -> re.Pattern[str]:
    return _citation_pattern()


# Statutes cited by number, as Central European and many other legal systems write them:
# "Act No. 480/2004 Coll.", "Law No. 18/2018 Z.z.", "Decree No. 13/2023".
_NUMBERED_STATUTE = re.compile(
    r"\b(Act|Law|Decree|Ordinance)\s+No\.?\s*(\d{1,4}/\d{4})(?:\s+(?:Coll|Z\.\s?z|Sb)\.)?"
)


# A statute the data files do not list, named the way statutes are: "the Payment Services
# Act", "the Act on Conditional Fines", "the Consumer Credit Act 2010". Its name is the label.
_TITLE_WORD = r"[A-Z][\w'’-]*"
_JOINER = r"(?:of|on|and|for|the|in|to|&)"
_NAMED_STATUTE = re.compile(
    rf"\b(?:{_TITLE_WORD}\s+(?:{_JOINER}\s+){{0,2}}){{0,6}}{_TITLE_WORD}\s+Act\b(?:\s+(?:of\s+)?(?:19|20)\d\d\b)?"
    rf"|\b(?:Act|Law)\s+on\s+(?:the\s+)?{_TITLE_WORD}(?:\s+(?:{_JOINER}\s+){{0,2}}{_TITLE_WORD}){{0,7}}"
)
_PART_OF = re.compile(r"(?:Part|Chapter|Schedule|Title)\s+\S+\s+of\s+(?:the\s+)?")
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


def find_instruments(text: str) -> list[tuple[str, int, int]]:
    """(instrument id, start, end) for every law the text names. A statute cited by number
    that the data files do not list is named by its number ("Act No. 480/2004"), one cited
    by its title by that title ("Payment Services Act")."""
    return list(_find_instruments(text))


@lru_cache(maxsize=4096)  # an article's sentences are read for laws several times
def _find_instruments(text: str) -> tuple[tuple[str, int, int], ...]:
    pattern, names = _instruments()
    found = [(names[m.group(1).casefold()], m.start(1), m.end(1)) for m in pattern.finditer(text)]
    if "No" in text:
        for m in _NUMBERED_STATUTE.finditer(text):
            if not any(s < m.end() and m.start() < e for _, s, e in found):
                found.append((f"{m.group(1)} No. {m.group(2)}", m.start(), m.end()))
    if "Act" in text or "Law on" in text:
        for m in _NAMED_STATUTE.finditer(text):
            start, title = m.start(), m.group()
            part = _PART_OF.match(title)  # "Part IIIC of the Central Bank Act 1942"
            if part:
                start, title = start + part.end(), title[part.end() :]
            while (word := title.split(" ", 1)[0]).casefold() in _NOT_A_TITLE and " " in title:
                start += len(word) + 1
                title = title[len(word) + 1 :].lstrip()
            if title.split()[0] in {"Act", "Law"} and not title.startswith(("Act on", "Law on")):
                continue
            if not any(s < m.end() and start < e for _, s, e in found):
                found.append((title, start, m.end()))
    found.sort(key=lambda item: item[1])
    return tuple(found)


_SUBDIVISION = re.compile(rf"(?:Articles?|Art\.|Sections?|Sec\.)\s*{_NUMBER},?\s*$", re.I)
_ANY_UNIT = re.compile(rf"{_UNIT}\s*\d", re.IGNORECASE)


# US federal regulations by their Code of Federal Regulations citation: "45 C.F.R. §
# 164.308(a)(1)(ii)(A)", "16 CFR 312.5", "47 C.F.R. Section 64.2010".
_CFR = re.compile(
    r"\b(?P<title>\d{1,2})\s+C\.?\s?F\.?\s?R\.?\s+(?:§§?|[Ss]ec(?:tion|\.)?|[Pp]art)?\s*"
    r"(?P<number>\d+(?:\.\d+[a-z]?)?(?:\s?\([0-9a-zA-Z]{1,4}\))*)"
)
# A right named by its law: "the HIPAA right of access", "the GDPR right to erasure".
_NAMED_RIGHT = re.compile(
    r"\b(?P<law>[A-Z]{2,6})\s+(?P<right>right\s+(?:of|to)\s+(?:access|erasure|deletion|"
    r"portability|data\s+portability|rectification|object|be\s+forgotten))\b"
)


def _cfr_and_rights(text: str) -> list[Provision]:
    found = [
        Provision(
            None,
            "§",
            re.sub(r"\s", "", m.group("number")),
            m.start(),
            m.end(),
            stem=f"{m.group('title')} C.F.R. §",
        )
        for m in _CFR.finditer(text)
    ]
    _, names = _instruments()
    for m in _NAMED_RIGHT.finditer(text):
        law = names.get(m.group("law").casefold())
        if law:
            right = " ".join(m.group("right").split())
            found.append(Provision(law, "", "", m.start(), m.end(), stem=f"{law} {right}"))
    return found


def find_provisions(text: str, default_instrument: str | None = None) -> list[Provision]:
    found: list[Provision] = _prefixed_provisions(text)
    if "C" in text or "right" in text:
        found += _cfr_and_rights(text)
    if not _ANY_UNIT.search(text):
        return found  # no "Article 6", "Section 5", "§ 3": nothing more to parse
    _, names = _instruments()
    named = find_instruments(text)
    for match in _citations().finditer(text):
        if any(p.start < match.end() and match.start() < p.end for p in found if p.stem):
            continue  # "Data Protection Principle 4" is the PDPO's DPP4, read already
        if match.group("unit").startswith("§") and _SUBDIVISION.search(text, 0, match.start()):
            continue  # "Article 100, §1, 12°": a paragraph of the article just cited
        unit_word = match.group("unit").rstrip(".").casefold()
        unit = _UNITS.get(unit_word, _UNITS.get(unit_word.rstrip("s"), unit_word))
        written = match.group("after") or match.group("before")
        if written:
            instrument: str | None = names[re.sub(r"^the\s+", "", written, flags=re.I).casefold()]
        else:
            # Nearest law named after the citation in the same text, else before it, else default.
            after = [i for i, s, _ in named if s >= match.end()]
            before = [i for i, _, e in named if e <= match.start()]
            instrument = (after[:1] or before[-1:] or [None])[0] or _unnamed(
                unit, default_instrument
            )
        for number in _expand(match.group("numbers")):
            found.append(Provision(instrument, unit, number, match.start(), match.end()))
    return found


def _unnamed(unit: str, default: str | None) -> str | None:
    """The law of a provision cited alone: the default if its provisions take this unit, else
    the only law whose provisions do ("Principle 3" is the FCA's PRIN), else unknown."""
    units = _units()
    if default and units.get(default) == unit:
        return default
    matching = [instrument for instrument, u in units.items() if u == unit]
    return matching[0] if len(matching) == 1 else None


def _expand(numbers: str) -> list[str]:
    """ "12, 15, and 17" -> 12, 15, 17; "5 and 6" -> 5, 6; "15-17" -> 15, 16, 17."""
    items = re.findall(_NUMBER, numbers, re.IGNORECASE)  # "section 30A"
    cleaned = [re.sub(r"\s", "", item) for item in items]
    ranged = re.fullmatch(rf"\s*({_NUMBER})\s*(?:-|–|to)\s*({_NUMBER})\s*", numbers, re.I)
    if ranged and ranged.group(1).isdigit() and ranged.group(2).isdigit():
        low, high = int(ranged.group(1)), int(ranged.group(2))
        if 0 < high - low <= 20:
            return [str(n) for n in range(low, high + 1)]
    return cleaned
