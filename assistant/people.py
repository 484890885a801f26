"""People named in enforcement news, and the pronouns that stand for them.

Enforcement copy reports sanctions against individuals beside the company: a chief
executive fined, a director disqualified, a compliance officer banned. It introduces each
person by a role ("Jan Kowalski, the former chief executive of X", "its compliance officer,
Ana Ruiz", "Mr Kowalski") and then writes "him" or "her" — "the FCA's decision to fine him
£50,000". Those pronouns are the person's, never the article's company's. The vocabulary is
data (`data/people.toml`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .datafiles import load_toml
from .lexicon import Lexicon
from .pattern_cache import compiled

# A capital letter, Latin script ("Ørsted", "Łukasz").
_UPPER = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper())
# Legal-form and business words: a name holding one is a company's, not a person's.
# ("bank" in the languages names are written in: "Banco Lótus Oriente", "Banca Pirinenca".)
_NOT_PERSONAL = frozenset(
    """
    ltd limited inc plc llc llp gmbh sa spa ag bv nv ab asa as sas sarl corp corporation co
    group holdings se oy oyj pte pty bhd sdn aps srl sro uab kft zrt ehf hf sp spol doo dd kk
    pvt pt tbk ev bank capital credit loans banco banca banque banc banka
    finance financial securities services solutions partners media energy insurance
    authority commission court tribunal office agency department ministry council
    """.split()  # noqa: SIM905 - a word list reads best as words
)


@dataclass(frozen=True)
class Person:
    name: str
    start: int
    end: int


@dataclass(frozen=True)
class _Patterns:
    before_name: re.Pattern[str]  # a letter, then a capital: where a role may end
    role_word: re.Pattern[str]  # a word that is a role by itself ("director", "CEO")
    role_ends: re.Pattern[str]  # the role ending where the name starts
    role_after_name: re.Pattern[str]  # ", the former chief executive" (after "Callum Reddy")
    name_before: re.Pattern[str]  # the name that ends right before `role_after_name`
    name_at: re.Pattern[str]  # the name that starts right after a role
    honorific: re.Pattern[str]  # "Mr Reddy"
    pronoun: re.Pattern[str]  # "fine him", "he was banned"
    held: re.Pattern[str]  # an owner or a time before a shared role: "its", "former"
    not_first_names: frozenset[str]  # "General" in "Director General Merle Sepp"
    name: str  # a personal name


@dataclass(frozen=True)
class _Introduction:
    """A name and the role next to it."""

    name_start: int
    name_end: int
    role_start: int
    role_end: int
    shared: bool  # a role companies hold too


def alternation(items: list[str]) -> str:
    return "|".join(f"(?:{item})" for item in items)


def _roles(data: dict) -> str:
    """The role words, grouped as `role` or `shared` (a role companies hold too)."""
    roles, shared = alternation(data["roles"]), alternation(data["shared_roles"])
    return rf"(?:(?P<role>(?i:{roles}))|(?P<shared>(?i:{shared})))"


@cache
def role_phrase() -> str:
    """A role as copy writes it before a person's name, for other modules' patterns: "former
    national sales manager", "chief executive"."""
    data = load_toml("people.toml")["people"]
    roles = alternation(data["roles"] + data["shared_roles"])
    qualifier = alternation(data["qualifiers"])
    return rf"(?:(?i:{qualifier})\s*)?(?:[a-z][\w-]*\s+){{0,3}}?(?i:{roles})"


@cache
def titles(offices: bool = False) -> tuple[str, ...]:
    """The titles and ranks copy writes before a person's name ("Mr", "Capt."), without
    their full stop; with `offices`, titles of office too ("Judge", "Commissioner")."""
    data = load_toml("people.toml")["people"]
    return tuple(data["honorifics"] + data["ranks"] + (data["offices"] if offices else []))


@cache
def sentence_openers() -> frozenset[str]:
    """Capitalised words that open a sentence and are no name ("However", "Separately")."""
    data = load_toml("people.toml")["people"]
    return _patterns().not_first_names | frozenset(data["sentence_openers"])


@cache
def legal_forms() -> str:
    """An alternation of the legal forms written after a company's name (people.toml),
    longest first; a space in a form matches any run of spaces."""
    forms = load_toml("people.toml")["parties"]["legal_forms"]
    return "|".join(
        re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True)
    )


@cache
def _patterns() -> _Patterns:
    data = load_toml("people.toml")["people"]
    particles = alternation(data["particles"])
    # Not a possessive or a contraction: "FBI Chief Says He’s …" is a headline, not a name.
    word = rf"[{_UPPER}][\w'’-]*[a-zà-ÿ][\w'’-]*(?<!['’]s)(?![\w'’-])"
    # Two to four capitalised words, with particles and initials: "Pablo Ruiz Soto", "Jan van
    # der Berg", "John F. Hale".
    name = rf"{word}(?:\s+(?:(?:{particles})\s+)*(?:[{_UPPER}]\.\s+)?{word}){{1,3}}"
    qualifier = alternation(data["qualifiers"])
    verbs = alternation(data["sanction_verbs"])
    sanctioned = alternation(data["sanctioned"])
    # "to fine her €45,000", "to prohibit her from …", not "to fine her lender": "her" before
    # a lower-case word other than these is a possessive.
    followers = alternation(data["after_object_her"])
    return _Patterns(
        # Found from the word before a capital, not by trying every role at every word of an
        # article (which cost more than reading the rest of it).
        before_name=compiled(rf"(?<=[A-Za-z])(?:\s*,)?\s+(?=[{_UPPER}])"),
        role_word=compiled(rf"(?i:{alternation(data['roles'] + data['shared_roles'])})"),
        role_ends=compiled(rf"\b{_roles(data)}\Z"),
        role_after_name=compiled(
            r"(?:,\s+|\s+\()(?:(?:the|an?|its|their|his|her)\s+)?(?:[\w&.-]+['’]s\s+)?"
            rf"(?:(?i:{qualifier})\s*)?(?:[a-z][\w-]*\s+){{0,3}}?{_roles(data)}\b"
        ),
        name_before=compiled(rf"(?<![\w'’-])(?:{name})$"),
        name_at=compiled(rf"(?:{name})\b"),
        honorific=compiled(
            rf"\b(?:{alternation(data['honorifics'])})\.?\s+(?P<who>{word}(?:\s+{word})?)"
        ),
        pronoun=compiled(
            rf"\b(?i:{verbs})\s+(?P<object>him|her(?!\s+(?!(?:{followers})\b)[a-z]))\b"
            rf"|\b(?P<subject>[Hh]e|[Ss]he)\s+(?:(?:was|is|has\s+been|had\s+been|will\s+be|would\s+be)"
            rf"\s+(?:\w+\s+)?(?:{sanctioned})"
            # a settlement's term the person accepts: "he agreed not to reapply for a licence"
            rf"|(?:also\s+)?(?:agreed|undertook|promised)\s+not\s+to)\b"
            # "imposed a fine of USD 140,000 on him": the sum's word before it, not a verb
            r"|\b(?:fines?|penalt(?:y|ies)|sanctions?)\s+of\s+\S+(?:\s+\S+){0,3}?"
            r"\s+(?:on|upon|against)\s+(?P<upon>him|her)\b"
        ),
        held=compiled(rf"\b(?:its|their|his|her|(?i:{qualifier}))\b|['’]s\b|\bex-"),
        not_first_names=frozenset(data["not_first_names"]),
        name=name,
    )


def people(text: str, lexicon: Lexicon) -> list[Person]:
    """Persons the text introduces as individuals (by a role or a title), in order. Officials
    of a regulator or court ("ACCC deputy chair Mark Tulloch") are not among them."""
    patterns = _patterns()
    found: dict[int, Person] = {}
    for introduction in _introductions(text):
        person = _introduced(text, introduction, lexicon)
        if person is not None:
            found.setdefault(person.start, person)
    for match in patterns.honorific.finditer(text):
        start, end = match.span("who")
        if any(p.start <= start < p.end for p in found.values()):
            continue
        surname = match.group("who").split()[-1]
        # "Mr Reddy" after "Callum Reddy": the person named before, by their full name.
        earlier = [p for p in found.values() if p.end <= start and p.name.endswith(surname)]
        name = earlier[-1].name if earlier else match.group("who")
        if _personal(surname, lexicon):
            found[start] = Person(name, start, end)
    return [found[k] for k in sorted(found)]


def _introductions(text: str) -> list[_Introduction]:
    """Names next to a role: "former sales manager, Jared Mulvey", "Callum Reddy, the former
    chief executive of …"."""
    patterns = _patterns()
    found = []
    for gap in patterns.before_name.finditer(text):
        word = _WORD_BEFORE.search(text, max(0, gap.start() - 30), gap.start())
        if word is None or not _a_role(word.group()):
            continue
        role = patterns.role_ends.search(text, max(0, gap.start() - 40), gap.start())
        name = patterns.name_at.match(text, gap.end())
        if role is None or name is None:
            continue
        kind = "role" if role.group("role") else "shared"
        found.append(_Introduction(*name.span(), *role.span(kind), shared=kind == "shared"))
    for match in patterns.role_after_name.finditer(text):
        name = patterns.name_before.search(text, max(0, match.start() - 80), match.start())
        if name is None:
            continue
        role = "role" if match.group("role") else "shared"
        found.append(_Introduction(*name.span(), *match.span(role), shared=role == "shared"))
    return found


_WORD_BEFORE = compiled(r"[\w-]+\Z")


@lru_cache(maxsize=4096)
def _a_role(word: str) -> bool:
    """Whether a word is a role by itself: every role ends in one ("chief executive")."""
    return _patterns().role_word.fullmatch(word) is not None


def holds_a_role(phrase: str) -> bool:
    """Whether a phrase is a job title: one of its words is a role by itself ("SkyLark's
    Chief of Flight Operations", "Head of Compliance")."""
    return any(_a_role(word) for word in re.findall(r"[\w-]+", phrase))


# A legal form right after a name makes it a company's: "the property manager Nordlys
# Boligadministration A/S".
_FORM_AFTER = compiled(r",?\s+([\w./]+)")


def _introduced(text: str, found: _Introduction, lexicon: Lexicon) -> Person | None:
    """The person a role names, unless the name is a company's or an official's."""
    patterns = _patterns()
    start, end = found.name_start, found.name_end
    words = text[start:end].split()
    while words and words[0] in patterns.not_first_names:
        start += len(words[0]) + 1
        words = words[1:]
    name = text[start:end]
    if len(words) < 2 or not _personal(name, lexicon):
        return None
    form = _FORM_AFTER.match(text, end)
    if form and re.sub(r"[./]", "", form.group(1)).casefold() in _NOT_PERSONAL:
        return None
    if found.shared:
        # "the broker Vltava Invest": a company, unless an owner or a time says a person.
        at = found.role_start
        before = text[end:at] if end < at else text[max(0, at - 60) : at]
        if not patterns.held.search(" ".join(before.split()[-4:])):
            return None
    if _an_official(text, found, lexicon):
        return None
    return Person(name, start, end)


def personal_pronouns(text: str) -> list[tuple[int, int]]:
    """Where a "him", "her", "he" or "she" is the one sanctioned: "to fine him", "she was
    banned"."""
    return [
        match.span(next(g for g in ("object", "upon", "subject") if match.group(g)))
        for match in _patterns().pronoun.finditer(text)
    ]


def looks_personal(name: str, lexicon: Lexicon) -> bool:
    """A name written as a person's ("Tomasz Wrzos"), not a company's ("Wrzos Capital Ltd")."""
    return compiled(_patterns().name).fullmatch(name) is not None and _personal(name, lexicon)


def business_name(name: str) -> bool:
    """Whether a name holds a legal-form or business word ("Nile Delta Securities", "Karoo
    Telecom"): a company's."""
    words = _business_words()
    return any(w in _NOT_PERSONAL or w in words for w in re.findall(r"[\w&]+", name.casefold()))


@cache
def _business_words() -> frozenset[str]:
    return frozenset(load_toml("people.toml")["parties"]["business_words"])


def _personal(name: str, lexicon: Lexicon) -> bool:
    words = re.findall(r"[\w&]+", name.casefold())
    if not words or business_name(name):
        return False
    return not lexicon.mentions(name)  # a regulator, a court, a place


# A role held at a regulator or court: "ACCC deputy chair Mark Tulloch", "the AP's board
# member, Sanne Verhoeven", "Jo Hale, a member of the CNIL". Not "the FCA fined its former
# director, Jo Hale": a determiner or a verb between the regulator and the role ends the
# words describing the role.
_HELD_AT_AFTER = compiled(r"\s+(?:of|at)\s+(?:the\s+)?(?P<at>[^,;.()]{1,60})")
_ENDS_DESCRIPTION = compiled(
    r"(?i:the|an?|its|their|his|her|and|or|of|to|by|for|with|as|was|is|has|had|said|says)$"
    r"|[a-z]\w*(?:ed|es|ing)$"  # a verb: "fined", "imposes", "banning"
)


def _an_official(text: str, found: _Introduction, lexicon: Lexicon) -> bool:
    """Whether the role is held at a regulator or court, which makes the person one of its
    officials, not a party."""
    if found.name_end <= found.role_start:  # the name first: "Jo Hale, a member of …"
        after = _HELD_AT_AFTER.match(text, found.role_end)
        held_at = after.group("at") if after else ""
        return any(m.kind == "authority" and m.start == 0 for m in lexicon.mentions(held_at))
    words = text[max(0, found.role_start - 60) : found.role_start].split()[-4:]
    kept: list[str] = []
    for word in reversed(words):
        if _ENDS_DESCRIPTION.match(word.strip(",")) or word.endswith(","):
            break
        kept.insert(0, word)
    return any(m.kind == "authority" for m in lexicon.mentions(" ".join(kept)))
