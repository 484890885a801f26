"""A regulator's acronym read inside a company's name: "on what grounds did the court throw
out the casa paulista fine" names the retailer Casa Paulista, not Australia's aviation
regulator CASA; "the Fida Holdings penalty" names a company, not a body called FIDA. The
question's words run on into a party name the sources give, so the body is not asked about
(the party is, and the question reads as if the body were never named)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .lexicon import Lexicon
from .parties import fold


def _words(text: str) -> list[str]:
    return re.findall(r"[\w&]+", fold(text))


def _runs_into(before: list[str], named: list[str], after: list[str], name: list[str]) -> bool:
    """Whether NAMED, with the question word before or after it, is a run of the party's
    NAME: "casa" then "paulista" in "Casa Paulista Eletro"."""
    size = len(named)
    for i in range(len(name) - size + 1):
        if name[i : i + size] != named:
            continue
        if after and i + size < len(name) and name[i + size] == after[0]:
            return True
        if before and i > 0 and name[i - 1] == before[-1]:
            return True
    return False


def bodies_in_party_names(text: str, lexicon: Lexicon, party_names: Iterable[str]) -> set[str]:
    """The regulators whose every mention in TEXT sits inside one of PARTY_NAMES (the names
    the sources write for the parties the question names)."""
    names = [_words(n) for n in party_names]
    inside: set[str] = set()
    outside: set[str] = set()
    for mention in lexicon.mentions(text):
        if mention.kind != "authority":
            continue
        named = _words(text[mention.start : mention.end])
        before, after = _words(text[: mention.start]), _words(text[mention.end :])
        if named and any(_runs_into(before, named, after, name) for name in names):
            inside.add(mention.key)
        else:
            outside.add(mention.key)
    return inside - outside
