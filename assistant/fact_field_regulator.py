"""The regulator a sentence describes by its field: "The securities regulator fined …" in a
newsletter naming the CNMC and the CNMV, "the competition watchdog" beside the central bank.
A round-up of one country names several regulators, and a sentence naming none by its name
is not the story's main regulator's when it says which field's it is: it is the one of that
field the article names (one only), in the same country."""

from __future__ import annotations

from .article_context import _ArticleContext
from .fact_model import Fact
from .parties import DOMAIN_KINDS
from .pattern_cache import compiled

# A field's word -> the kind of regulator (authorities.toml `kind`): the fields
# `parties` reads in a regulator's description ("the Dutch data protection authority"), but
# not a bare "data", and the fields of markets, banking and telecoms besides.
_FIELDS = {word: kind for word, kind in DOMAIN_KINDS.items() if word != "data"} | {
    "securities": "financial",
    "markets": "financial",
    "market": "financial",
    "capital markets": "financial",
    "banking": "financial",
    "insurance": "financial",
    "pensions": "financial",
    "cartel": "competition",
    "consumer protection": "consumer_protection",
    "telecoms": "telecoms",
    "telecom": "telecoms",
    "telecommunications": "telecoms",
}
_DESCRIBED = compiled(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]his)\s+(?:country's\s+|national\s+|state\s+)?"
    r"(?P<field>" + "|".join(sorted(_FIELDS, key=len, reverse=True)) + r")\s+"
    r"(?:regulator|watchdog|supervisor|authority|agency)\b"
)


def field_regulators(facts: list[Fact], body: str, ctx: _ArticleContext) -> None:
    """Each fact whose own words describe its regulator by a field other than the one of
    the regulator it was given takes the article's one regulator of that field, of the
    fact's country."""
    if not any(w in body for w in (" regulator", " watchdog", " supervisor", " authority")):
        return
    for fact in facts:
        current = ctx.lexicon.authorities.get(fact.authority or "")
        if current is None or current.kind == "court" or fact.amount is None:
            continue
        # The words before the amount in the fact's own sentence: who did it.
        start = body.rfind("\n", 0, fact.amount.start) + 1
        start = max(start, body.rfind(". ", 0, fact.amount.start) + 2)
        # (the last one before the amount: the one acting)
        match = next(reversed(list(_DESCRIBED.finditer(body, start, fact.amount.start))), None)
        if match is None:
            continue
        kind = _FIELDS[match["field"].casefold()]
        if current.kind == kind:
            continue
        country = current.jurisdiction.partition("-")[0]
        named = {
            key
            for _, key in ctx._named
            if ctx.lexicon.authorities[key].kind == kind
            and ctx.lexicon.authorities[key].jurisdiction.partition("-")[0] == country
        }
        if len(named) == 1:
            chosen = ctx.lexicon.authorities[named.pop()]
            fact.authority, fact.jurisdiction = chosen.id, chosen.jurisdiction
