"""A question about a company's person by their role: "what fine did X's director get".

Enforcement copy often sanctions a company and one of its people in one story ("X Ltd was
fined $200,000 … Its managing director, Jo Hale, was fined $15,000"). A user asks for the
person by the role the story gives them — "X's director", "the director of X", "X's CEO" —
naming only the company. The answer is the person's action, not the company's: the person
fact in the company's articles whose name the article writes next to that role.
The role words are data (`data/people.toml`).
"""

from __future__ import annotations

import re
from functools import cache

from .datafiles import load_toml
from .people import alternation


@cache
def _asked() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_toml("people.toml")["people"]
    # Not "the director of enforcement", "Director General": the regulator's people.
    not_theirs = (
        r"(?!\s+(?:general|of\s+(?:enforcement|the\s+(?:agency|regulator|commission|authority"
        r"|office))))"
    )
    # "its ex general manager", "their former deputy director": up to two words before it
    qualifier = rf"(?:(?:{alternation(data['asked_qualifiers'])})(?:\s+|-)){{0,2}}"
    # "X's manager", "its owner", "their founder": any role owned by the party named.
    owned = re.compile(
        rf"(?:['’]s?|\b(?:its|their))\s+{qualifier}"
        rf"(?P<role>{alternation(data['roles'] + data['shared_roles'])})\b{not_theirs}",
        re.I,
    )
    # "the te rapa timber director", "the director's fine": a role only a person holds.
    # "the ex general manager", "the former adviser": a role the party named was held by a
    # person, even one companies hold too
    plain = re.compile(
        rf"\b(?P<role>{alternation(data['roles'])})\b{not_theirs}"
        rf"|\bthe\s+(?:former|ex|then|one-time|erstwhile)(?:\s+|-){qualifier}"
        rf"(?P<was>{alternation(data['shared_roles'])})\b",
        re.I,
    )
    return owned, plain


def asked_role(question: str) -> str | None:
    """The role a question asks about a named party's person by, else None."""
    owned, plain = _asked()
    match = owned.search(question) or plain.search(question)
    return (match.group("role") or match.group("was")) if match else None


@cache
def _person_only() -> re.Pattern[str]:
    return re.compile(alternation(load_toml("people.toml")["people"]["roles"]), re.I)


# "the ceo of Cordillera Valores", "the managing director at Acme": the party's person
# asked with "of" (not "the director of enforcement", "the head of the regulator").
_ROLE_OF_PARTY = re.compile(
    r"\bthe\s+(?P<role>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:of|at)\s+(?!(?:the\s+)?(?:enforcement"
    r"|agency|regulator|commission|authority|office|board|watchdog|court|tribunal)\b)",
    re.I,
)


# A company's people asked about as a group, for a sanction on them: "did the ARDFM also
# fine the bank's managers personally?", "were its directors banned?", "was anyone fined
# personally?". Copy that sanctions only the company says nothing about them.
_PEOPLE = (
    r"managers|directors|executives|officers|officials|employees|staff|bosses|individuals"
    r"|board\s+members|management|owners|shareholders|partners"
)
_ASKS_PEOPLE_SANCTIONED = re.compile(
    r"\b(?:fin(?:e|ed|ing)|penali[sz](?:e|ed|ing)|sanction(?:ed|ing)?|ban(?:ned)?|barr?ed"
    r"|disqualif\w*|suspend\w*|punish\w*)\b[^?]*?(?:['’]s?|\b(?:its|their|the|any))\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?P<people>{_PEOPLE})\b"
    rf"|\b(?P<personal>{_PEOPLE})\s+(?:personally|individually|in\s+person)\b"
    # "were any of X's executives sanctioned?"
    rf"|(?:['’]s?|\b(?:its|their|the|any))\s+(?:[\w-]+\s+){{0,2}}?(?P<subject>{_PEOPLE})\b"
    r"[^?]*?\b(?:fined|penali[sz]ed|sanctioned|banned|barred|disqualified|suspended|punished)\b",
    re.I,
)
_SANCTIONED = (
    r"fined|penali[sz]ed|sanctioned|banned|barred|disqualified|suspended|struck\s+off"
    r"|prohibited|censured|reprimanded"
)


def asked_people(question: str) -> str | None:
    """The company's people a question asks a sanction on, as a group ("managers"), else
    None; a named role of one person is `asked_role`'s."""
    match = _ASKS_PEOPLE_SANCTIONED.search(question)
    if match is None:
        return None
    return match.group("people") or match.group("personal") or match.group("subject")


def people_sanctioned_in(body: str, group: str) -> bool:
    """Whether the article writes a sanction on people of the group asked about: "its two
    directors, A and B, were each fined", "fined its former managers" — not "directed its
    board of directors to submit a plan"."""
    stem = re.sub(r"s$", "", group.split()[-1], flags=re.I)
    people = rf"\b{re.escape(stem)}s?\b"
    return bool(
        re.search(
            rf"{people}[^.;\n]{{0,80}}?\b(?:was|were)\s+(?:\w+\s+){{0,2}}?(?:{_SANCTIONED})\b",
            body,
            re.I,
        )
        or re.search(rf"\b(?:{_SANCTIONED}|fined)\s+(?:[\w'’-]+\s+){{0,4}}?{people}", body, re.I)
    )


_ASKS_WHO_HOLDS = re.compile(r"^\W*(?:and\s+)?(?:who|whose|name)\b", re.I)


def owned_person_role(question: str) -> str | None:
    """A role only a person holds, asked as the named party's own: "X's chief executive",
    "its director", "the chief executive of X" (not "X's owner", which may be a company).
    Such a question is about the person, never about the company's own action."""
    match = _asked()[0].search(question)
    if match is None or not _person_only().fullmatch(match.group("role")):
        if _ASKS_WHO_HOLDS.match(question):
            return None  # "who is the boss of Clearview?": the person, not an action on them
        of_party = next(
            (
                m
                for m in _ROLE_OF_PARTY.finditer(question)
                for role in [re.sub(r"^(?:former|ex|then)[\s-]+", "", m.group("role"), flags=re.I)]
                if _person_only().fullmatch(role)
            ),
            None,
        )
        return of_party.group("role") if of_party else None
    return re.sub(r"^(?:['’]s?|its|their)\s+", "", match.group(0), flags=re.I)


@cache
def _initials() -> dict[str, str]:
    return load_toml("people.toml")["people"].get("initials", {})


def _role_words(role: str) -> str:
    """A pattern for the role as asked and as copy may write it: "ceo" is also "chief
    executive officer", and "chief financial officer" also "CFO" (people.toml initials)."""
    written = re.escape(role).replace(r"\ ", r"\s+")
    for initials, words in _initials().items():
        if role.casefold() == initials.casefold() or re.fullmatch(words, role, re.I):
            return rf"(?:{written}|{re.escape(initials)}|{words})"
    return written


def holds_role(body: str, name: str, role: str) -> bool:
    """Whether the article writes `name` next to `role`: "its sole director, Graham Hale",
    "director Graham Hale", "its director and chief executive, Graham Hale", "Graham Hale,
    61, the company's director"."""
    words = _role_words(role)
    person = re.escape(name).replace(r"\ ", r"\s+")
    # "its sole director and chief executive, Darren Keogh": a second role may come between
    also = r"(?:\s+and\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)?"
    # "its former conducting officer in charge of AML/CFT, Mr Pascal Weyland": what the role
    # is over, and a title, may come between
    over = r"(?:\s+(?:in\s+charge\s+of|responsible\s+for|for|of)\s+[^,.;\n]{1,40}?)?"
    title = r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
    before = rf"\b{words}\b{also}{over}[^.\n]{{0,3}}?\s*{title}{person}\b"
    after = (
        rf"\b{person}(?:,\s*\d+)?,?\s+(?:(?:the|its|his|her|their|a|an)\s+)?"
        rf"(?:[\w&.-]+['’]s\s+)?(?:[a-z][\w-]*\s+){{0,3}}?{words}\b"
    )
    return bool(re.search(before, body, re.I) or re.search(after, body, re.I))


# A follow-up that names a party only by its role in the story: "and the manager?", "what
# about the seller?", "and its auditor?" (one or two words, nothing else).
_FOLLOW_UP_ROLE = re.compile(
    r"^\W*(?:(?:and|but|so)\s+)?(?:(?:what|how)\s+about\s+|and\s+)(?:the|its|their)\s+"
    r"(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*\??\s*$",
    re.I,
)


def follow_up_role(question: str) -> str | None:
    """The role a follow-up names its party by ("and the seller?"), else None."""
    match = _FOLLOW_UP_ROLE.match(question)
    return match.group("role") if match else None


def written_with_role(body: str, name: str, role: str) -> bool:
    """Whether the article writes `name` as the one holding `role`, a person's ("its operations
    manager, Jo Hale") or a party's in a deal or case ("the seller, Maputo-based investment
    holding Grupo Lúrio", "Baobab Mills, the seller")."""
    if holds_role(body, name, role):
        return True
    words = _role_words(role)
    party = re.escape(name).replace(r"\ ", r"\s+")
    return bool(
        re.search(rf"\b{words},\s+(?:[^.;:\n]{{0,60}}?\s)?{party}\b", body, re.I)
        or re.search(rf"\b{party}(?:\s+\([^()]{{0,40}}\))?,\s+(?:the|its)\s+{words}\b", body, re.I)
    )
