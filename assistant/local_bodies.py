"""Which listed body a generic or borrowed name means in one article.

The data files give some names to one country's body although any country's body of the kind
goes by them ("Personal Data Protection Agency": Croatia's), and give acronyms to bodies of
some countries while another country's body spells the same letters ("ANAC": Brazil's and
Argentina's, and Portugal's Autoridade Nacional da Aviação Civil). An article about Skopje,
in denars, that never names Croatia means North Macedonia's agency; a section headed
"Portugal" that writes "Portugal's civil aviation authority ANAC" means Portugal's. Here such
a name is bound, for that article only, to the body of the country the article's own places
point at — when the data files list exactly one there that fits.
"""

from __future__ import annotations

import re
from collections import Counter

from .lexicon import Authority, Lexicon, Mention
from .money import find_money
from .pattern_cache import compiled

# "Portugal's civil aviation authority ANAC": a country's possessive, a few lower-case words.
_OWNER_BEFORE = compiled(
    r"(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s+(?:[a-z][\w-]*\s+){0,4}(?:the\s+)?$"
)
# "(about US$48,000)": a conversion's currency, not a place.
_CURRENCY_AFTER = compiled(r"\$|\s?(?:dollars?|cents?)\b")
_HEADING_START = compiled(r"^(?:#+\s|\*\*|---\s*$)", re.MULTILINE)
_ACRONYM = compiled(r"[A-Z][A-Za-z&]{1,8}[A-Z]")
_BRACKETED = compiled(r"\([^()]*\)")
_CAPITALISED = compiled(r"\b[A-ZÀ-Ý][\w'’-]*")


def local_bodies(body: str, lexicon: Lexicon) -> dict[str, str]:
    """Name as written -> the listed body it stands for in this article (see module)."""
    mentions = [m for m in lexicon.mentions(body) if m.kind == "authority"]
    if not mentions:
        return {}
    named = _places_named(body, lexicon)
    spans: dict[tuple[int, int], list[Mention]] = {}
    for m in mentions:
        spans.setdefault((m.start, m.end), []).append(m)
    bound: dict[str, set[str]] = {}
    for same in spans.values():
        homes = [lexicon.authorities[m.key] for m in same]
        if any(_home_named(a.jurisdiction, named, lexicon) for a in homes):
            continue  # the article names the body's own country: it may well be that one
        form = same[0].text
        acronym = _ACRONYM.fullmatch(form) is not None
        if not acronym and (len(homes) > 1 or _names_a_place(form, lexicon)):
            continue  # "Croatian DPA" says whose it is
        local = _local_country(body, same[0].start, lexicon)
        if local is None or any(a.jurisdiction.partition("-")[0] == local for a in homes):
            continue
        target = (
            _spelled_by(form, local, lexicon)
            if acronym
            else _one_of_kind(local, {a.kind for a in homes}, lexicon)
        )
        if target is not None:
            bound.setdefault(form, set()).add(target)
    # A name two sections give two countries' bodies decides nothing.
    return {form: keys.pop() for form, keys in bound.items() if len(keys) == 1}


def _places_named(body: str, lexicon: Lexicon) -> set[str]:
    """Places the article names itself (not through a body's name): countries and towns."""
    codes = {
        m.key
        for m in lexicon.mentions(body)
        if m.kind == "jurisdiction" and not _CURRENCY_AFTER.match(body, m.end)
    }
    codes.update(lexicon.places_by_city(body))
    return codes


def _home_named(code: str, named: set[str], lexicon: Lexicon) -> bool:
    if code == "EU" or code in named:
        return True  # a union's bodies are any member's too
    place = lexicon.jurisdictions.get(code)
    return place is None or (place.parent is not None and place.parent in named)


def _names_a_place(form: str, lexicon: Lexicon) -> bool:
    return any(
        m.kind in ("jurisdiction", "region")
        for word in form.split()
        for m in lexicon.mentions(word)
    )


def _local_country(body: str, at: int, lexicon: Lexicon) -> str | None:
    """The country a body's mention sits in: a possessive just before it, else the one its
    section names most (places, towns, a currency only one country uses)."""
    owner = _OWNER_BEFORE.search(body, max(0, at - 80), at)
    if owner is not None:
        places = [m for m in lexicon.mentions(owner.group("place")) if m.kind == "jurisdiction"]
        if places:
            return places[-1].key.partition("-")[0]
    starts = [h.start() for h in _HEADING_START.finditer(body)]
    start = max((s for s in starts if s <= at), default=0)
    end = min((s for s in starts if s > at), default=len(body))
    section = body[start:end]
    counts: Counter[str] = Counter()
    for m in lexicon.mentions(section):
        if m.kind == "jurisdiction" and not _CURRENCY_AFTER.match(section, m.end):
            counts[m.key.partition("-")[0]] += 1
    for code, n in lexicon.places_by_city(section).items():
        counts[code.partition("-")[0]] += n
    users = lexicon.currency_users()
    for currency in _currency_codes(section):
        owners = users.get(currency, [])
        if len(owners) == 1:
            counts[owners[0]] += 1
    counts.pop("EU", None)
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _currency_codes(text: str) -> list[str]:
    return [m.money.currency for m in find_money(text) if m.money is not None]


def _initials(name: str) -> str:
    """ "Autoridade Nacional da Aviação Civil": ANAC; a bracketed "(Chile)" is no word of it."""
    return "".join(w[0] for w in _CAPITALISED.findall(_BRACKETED.sub("", name))).upper()


def _spelled_by(acronym: str, country: str, lexicon: Lexicon) -> str | None:
    """The one listed body of `country` whose name's capitals spell the acronym."""
    letters = acronym.upper()
    found = [
        a.id
        for a in _bodies_of(country, lexicon)
        if letters in {_initials(a.name), _initials(a.english_name), *a.aliases}
    ]
    return found[0] if len(found) == 1 else None


def _one_of_kind(country: str, kinds: set[str], lexicon: Lexicon) -> str | None:
    """The one listed body of `country` of the kind (courts are never guessed so)."""
    if len(kinds) != 1 or "court" in kinds:
        return None
    kind = next(iter(kinds))
    found = [a.id for a in _bodies_of(country, lexicon) if a.kind == kind]
    return found[0] if len(found) == 1 else None


def _bodies_of(country: str, lexicon: Lexicon) -> list[Authority]:
    return [
        a
        for a in lexicon.authorities.values()
        if a.jurisdiction == country or a.jurisdiction.startswith(f"{country}-")
    ]
