"""Names of places, regulators and words, read from `assistant/data/*.toml`.

Adding a regulator, a country or an alias is a data change: the matchers are compiled from
the files. Short all-caps forms ("US", "AP", "DPC") match case-sensitively so that "us" the
pronoun is not the United States; everything else matches case-insensitively.
"""

from __future__ import annotations

import copy
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import compress, count, islice
from operator import itemgetter
from pathlib import Path

from .datafiles import kept_between_processes, load_toml
from .pattern_cache import compiled

# What builds the name tables: part of their cache key (see `Lexicon.__init__`).
_LEXICON_SOURCE = Path(__file__).read_bytes()


@dataclass(frozen=True)
class Jurisdiction:
    code: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    currency: str
    groups: tuple[str, ...]
    parent: str | None = None
    cities: tuple[str, ...] = ()
    # A territory that uses its state's money (Greenland, the kroner: "DK"): that money still
    # points at the state alone.
    currency_of: str | None = None


@dataclass(frozen=True)
class Authority:
    id: str
    name: str
    english_name: str
    aliases: tuple[str, ...]
    jurisdiction: str
    kind: str


@dataclass(frozen=True)
class Mention:
    kind: str  # "jurisdiction" | "authority" | "region"
    key: str  # jurisdiction code, authority id or region name
    start: int
    end: int
    text: str


def _load(name: str) -> dict:
    return load_toml(name)


# Words as the matcher sees them: internal dots, apostrophes, hyphens and "&" belong to the
# word ("U.S.", "l'informatique", "Ton-That", "H&M"). (Written as runs of word characters
# joined by apostrophes and hyphens, what `[^\W_](?:[\w&'’.-]*[\w&.])?` matches, without
# that pattern's step back at each word's end: a fifth less time.)
_TOKEN = compiled(r"[^\W_][\w&.]*(?:['’-]+[\w&.]+)*")


def _normalise(token: str) -> str:
    """A token without a possessive or a sentence's full stop ("France's", "Italy."), with
    typographic apostrophes as plain ones ("l’informatique")."""
    token = token.replace("’", "'")
    for suffix in ("'s",):
        if token.endswith(suffix):
            token = token[: -len(suffix)]
    if token.endswith(".") and token.count(".") == 1:
        token = token[:-1]
    return token


_WHOLE_MATCH = itemgetter(0)  # a match's text, as `match[0]`


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


# A neutral case citation, "[2025] FCA 688", "[2023] UKSC 5": the letters name a court's
# series of judgments, whatever regulator shares them.
_CITATION_BEFORE = compiled(r"\[(?:19|20)\d\d\]\s+$")
_CITATION_AFTER = compiled(r"\s+\d+\b")


def _in_citation(text: str, start: int, end: int) -> bool:
    return bool(
        _CITATION_BEFORE.search(text, max(0, start - 10), start)
        and _CITATION_AFTER.match(text, end)
    )


def _subdivision(code: str, places: dict[str, Jurisdiction]) -> Jurisdiction:
    """A state, province or city the data files do not list (ISO 3166-2 "CN-SH"), as a part
    of its country: named as `subdivision_names.toml` names it, its country's money."""
    country = places[code.partition("-")[0]]
    names = load_toml("subdivision_names.toml").get(country.code, {})
    name = next((n for n, c in names.items() if c == code), code)
    return Jurisdiction(
        code=code,
        name=name,
        aliases=(),
        demonyms=(),
        currency=country.currency,
        groups=country.groups,
        parent=country.code,
    )


def _add_authority_forms(
    forms: dict[str, list[tuple[str, str]]], authorities: Iterable[Authority]
) -> None:
    """Every name a regulator goes by, as a form naming it."""
    for a in authorities:
        for form in {a.id, a.name, a.english_name, *a.aliases}:
            forms.setdefault(form, []).append(("authority", a.id))


# Regulators' acronyms that are also words in questions: "[sic]", "inter alia", "pts".
_NOT_ACRONYMS = frozenset({"sic", "alia", "pts", "ppc", "npc"})


class _Words:
    """A text's tokens, as written (normalised) and folded, as names are looked up."""

    def __init__(self, text: str) -> None:
        self.text = text
        # The words' matches, for their positions, and the words as strings, from one pass:
        # `findall` alone costs what `finditer` does, and the positions of most of the text
        # read (an article's body, its long sentences) are asked for.
        self.tokens = _tokens(text)
        self.written = [
            # Only a word with a curly apostrophe, or ending in "s" or a full stop, can change
            # (a third of the time of normalising every word of an article).
            _normalise(w) if w[-1] in "s." or "’" in w else w
            for w in map(_WHOLE_MATCH, self.tokens)
        ]
        self.folded = [w.casefold() for w in self.written]


def _words(text: str) -> _Words:
    """The words of `text`, read once however many callers read them: an article's
    sentences and body are read for regulators, places and towns, each by several lexicons
    (the data files', then the article's own). `_Words` is never changed once made."""
    words = _WORDS_READ.get(text)
    if words is None:
        if len(_WORDS_READ) > 4_000:
            _WORDS_READ.clear()
        words = _WORDS_READ[text] = _Words(text)
    return words


_WORDS_READ: dict[str, _Words] = {}


def _case_sensitive(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return len(letters) <= 5 and all(c.isupper() for c in letters)


class Lexicon:
    def __init__(self) -> None:
        places, regulators = _load("jurisdictions.toml"), _load("authorities.toml")
        self.jurisdictions = {
            j["code"]: Jurisdiction(
                code=j["code"],
                name=j["name"],
                aliases=tuple(j.get("aliases", ())),
                demonyms=tuple(j.get("demonyms", ())),
                currency=j["currency"],
                groups=tuple(j.get("groups", ())),
                parent=j.get("parent"),
                cities=tuple(j.get("cities", ())),
                currency_of=j.get("currency_of"),
            )
            for j in places["jurisdiction"]
        }
        # Words that tell which of two places sharing a name an article means (`settle_places`).
        self._currency_words = _currency_words()
        self.authorities = {
            a["id"]: Authority(
                id=a["id"],
                name=a["name"],
                english_name=a.get("english_name", a["name"]),
                aliases=tuple(a.get("aliases", ())),
                jurisdiction=a["jurisdiction"],
                kind=a["kind"],
            )
            for a in regulators["authority"]
        }
        self.regions = {r["name"]: tuple(r["members"]) for r in places.get("region", [])}
        region_forms = {
            form: r["name"] for r in places.get("region", []) for form in (r["name"], *r["aliases"])
        }
        self._regional = {
            a["region"].casefold(): self.authorities[a["id"]]
            for a in regulators["authority"]
            if a.get("region") and a["kind"] == "data_protection"
        }
        language = _load("language.toml")
        self.stopwords = frozenset(language["english"]["stopwords"])
        self.framing = frozenset(language["english"].get("framing", ()))
        self.foreign_words = {
            lang: frozenset(w for w in spec["function_words"] if w not in self.stopwords)
            for lang, spec in language["other"].items()
        }
        # Names as word tuples: exact for short capitals ("US", "AP"), case-folded otherwise.
        # Looked up word by word, longest first, so matching costs one dict probe per word
        # however many names the data files hold.
        self._exact: dict[tuple[str, ...], list[tuple[str, str]]] = {}
        self._folded: dict[tuple[str, ...], list[tuple[str, str]]] = {}
        self._longest: dict[str, int] = {}  # first word (folded) -> most words a name has
        # First two words (folded) -> most words a name opening with them has: "the" opens
        # names of up to seven words, "the federal" only short ones, so most words after a
        # first word are looked up at one or two lengths, not seven (see `_found`).
        self._longest_pair: dict[tuple[str, str], int] = {}
        self._cache: dict[str, list[Mention]] = {}  # one article's sentences are read several times
        # The texts of `_cache` whose names before `_resolve_shared` had one two regulators
        # share, with those names (see `mentions_joined`).
        self._shared: dict[str, list[Mention]] = {}
        # The texts of `_cache` read as a piece of a longer one (`places_in_pieces`): their
        # names as read there, where the text around may tell a citation or a currency.
        self._in_context: set[str] = set()
        self._acronyms: dict[str, str] | None = None  # see `acronym`
        self._by_place: dict[tuple[str, str], list[Authority]] | None = None  # see `regulators_of`
        self._currency_users: dict[str, list[str]] | None = None  # see `currency_users`
        self._bound: frozenset[tuple[str, ...]] = frozenset()  # see `with_short_forms`
        # The towns' table, and the towns found in texts read (see `city_mentions`).
        self._towns: tuple[dict, dict, frozenset[str], dict[str, list[Mention]]] | None = None

        def tables() -> tuple[dict, dict, dict]:
            forms: dict[str, list[tuple[str, str]]] = {}
            for j in self.jurisdictions.values():
                for form in (j.name, *j.aliases, *j.demonyms):
                    forms.setdefault(form, []).append(("jurisdiction", j.code))
            _add_authority_forms(forms, self.authorities.values())
            for form, region in region_forms.items():
                forms.setdefault(form, []).append(("region", region))
            self._add_forms(forms)
            return self._exact, self._folded, self._longest

        # Tokenising every name of ~2,000 regulators costs ~0.1 s, paid by every one-shot
        # question: the tables are kept between processes, as the data files' parse is.
        self._exact, self._folded, self._longest = kept_between_processes(
            "lexicon",
            ("jurisdictions.toml", "authorities.toml"),
            _LEXICON_SOURCE,
            tables,
            _tables_to_json,
            _tables_from_json,
        )
        for table in (self._exact, self._folded):
            for words in table:
                self._note_pair(words)

    def _add_forms(self, forms: dict[str, list[tuple[str, str]]]) -> None:
        for form, keys in forms.items():
            words = tuple(_normalise(t.group()) for t in _tokens(form))
            if not words:
                continue
            table, words = (
                (self._exact, words)
                if _case_sensitive(form)
                else (self._folded, tuple(w.casefold() for w in words))
            )
            # A new list, never the old one extended: a derived lexicon shares the tables'
            # lists with the one it came from (`with_authorities`).
            known = table.get(words, [])
            table[words] = known + [k for k in keys if k not in known]
            first = words[0].casefold()
            self._longest[first] = max(self._longest.get(first, 0), len(words))
            self._note_pair(words)

    def _note_pair(self, words: tuple[str, ...]) -> None:
        """Count a name of the tables in `_longest_pair` (names of two words or more)."""
        if len(words) > 1:
            pair = (words[0].casefold(), words[1].casefold())
            self._longest_pair[pair] = max(self._longest_pair.get(pair, 0), len(words))

    def _derived(self) -> Lexicon:
        """A copy for one article: its name tables its own to add to, its caches empty; the
        shared lexicon is never changed."""
        derived = copy.copy(self)
        derived._exact, derived._folded = dict(self._exact), dict(self._folded)
        derived._longest = dict(self._longest)
        derived._longest_pair = dict(self._longest_pair)
        # (`_by_place` indexes the same regulators: `with_authorities` adds to it)
        derived._cache, derived._acronyms = {}, None
        derived._shared, derived._in_context = {}, set()
        return derived

    def with_authorities(self, extra: Sequence[Authority]) -> Lexicon:
        """This lexicon with regulators and courts one article introduces that the data files
        do not list (`unlisted_bodies`): the same names, matched the same way, for that
        article only. The data files' lexicon is shared and never changes."""
        if not extra:
            return self
        derived = self._derived()
        added = {a.id: a for a in extra}
        derived.authorities = {**self.authorities, **added}
        # The index by place: this one's lists with the new bodies after (the order of
        # `authorities`), unless a new one takes a listed one's place in that order.
        derived._by_place = None
        if self._by_place is not None and not any(key in self.authorities for key in added):
            by_place = dict(self._by_place)
            for authority in added.values():
                key = (authority.jurisdiction, authority.kind)
                by_place[key] = [*by_place.get(key, ()), authority]
            derived._by_place = by_place
        # "Shanghai Municipal Administration for Market Regulation": a body of a state or
        # city the data files do not list (CN-SH) is a place of its country, with its money.
        unlisted_places = {
            a.jurisdiction
            for a in extra
            if a.jurisdiction not in self.jurisdictions
            and a.jurisdiction.partition("-")[0] in self.jurisdictions
        }
        if unlisted_places:
            derived.jurisdictions = {
                **self.jurisdictions,
                **{code: _subdivision(code, self.jurisdictions) for code in unlisted_places},
            }
        forms: dict[str, list[tuple[str, str]]] = {}
        _add_authority_forms(forms, extra)
        derived._add_forms(forms)
        return derived

    def with_short_forms(self, defined: dict[str, str]) -> Lexicon:
        """This lexicon with the short forms one article gives regulators ("Capital Market
        Authority (CMA)": Saudi Arabia's): in that article each names that regulator only,
        whichever others the data files give it to."""
        defined = {
            short: key
            for short, key in defined.items()
            if key in self.authorities and [k for _, k in self._authority_keys(short)] != [key]
        }
        if not defined:
            return self
        derived = self._derived()
        for short, key in defined.items():
            words = tuple(_normalise(t.group()) for t in _tokens(short))
            if not words:
                continue
            if not _case_sensitive(short):
                words = tuple(w.casefold() for w in words)
            table = derived._exact if _case_sensitive(short) else derived._folded
            others = [k for k in table.get(words, []) if k[0] != "authority"]
            table[words] = [*others, ("authority", key)]
            first = words[0].casefold()
            derived._longest[first] = max(derived._longest.get(first, 0), len(words))
            derived._note_pair(words)
            if _case_sensitive(short):
                # "CBB" written so is Bahrain's central bank here, not the Dutch "CBb" too.
                derived._bound = derived._bound | {words}
        return derived

    def settle_places(self, text: str) -> Lexicon:
        """This lexicon with each name two places share ("Georgia": the country and the US
        state) standing for the one the text means: the one whose other names (a demonym,
        a town, its currency, a regulator, its parent country) the text gives most, else the
        one the data files list first. The shared lexicon is never changed."""
        mentions = self.mentions(text)
        spans: dict[tuple[int, int], list[str]] = {}
        for m in mentions:
            if m.kind == "jurisdiction":
                spans.setdefault((m.start, m.end), []).append(m.key)
        shared = {tuple(codes) for codes in spans.values() if len(codes) > 1}
        if not shared:
            return self
        named: Counter[str] = Counter()
        for codes in spans.values():
            if len(codes) == 1:
                named[codes[0]] += 1
        for m in mentions:
            if m.kind == "authority":
                named[self.authorities[m.key].jurisdiction] += 1
        words = _words(text).folded
        order = list(self.jurisdictions)

        def evidence(code: str) -> int:
            """How often the text names the place otherwise: itself, its parent country, its
            regulators, its towns, its currency."""
            place = self.jurisdictions[code]
            score = named[code] + (named[place.parent] if place.parent else 0)
            for form in (*place.cities, *self._currency_words.get(place.currency, ())):
                score += _count_words(words, form)
            return score

        settled: dict[str, str] = {}  # the code a shared name loses -> the one it keeps
        for codes in shared:
            best = max(codes, key=lambda c: (evidence(c), -order.index(c)))
            settled.update({c: best for c in codes if c != best})
        derived = self._derived()
        for table in (derived._exact, derived._folded):
            for form, keys in table.items():
                if sum(1 for kind, _ in keys if kind == "jurisdiction") > 1:
                    kept = [
                        k
                        for k in keys
                        if not (
                            k[0] == "jurisdiction" and settled.get(k[1]) in {v for _, v in keys}
                        )
                    ]
                    if kept != keys:
                        table[form] = kept
        return derived

    def _authority_keys(self, form: str) -> list[tuple[str, str]]:
        words = _words(form)
        if not words.written:
            return []
        exact = self._exact.get(tuple(words.written), [])
        loose = self._folded.get(tuple(words.folded), [])
        return [k for k in exact + loose if k[0] == "authority"]

    def acronym(self, word: str) -> str | None:
        """The regulator's acronym a lower-case word is ("kftc": "KFTC"), if any. Three
        letters at least, and never a word questions use otherwise ("sic", "alia")."""
        if self._acronyms is None:
            self._acronyms = {
                words[0].casefold(): words[0]
                for words, keys in self._exact.items()
                if len(words) == 1
                and len(words[0]) >= 3
                and words[0].casefold() not in _NOT_ACRONYMS
                and any(kind == "authority" for kind, _ in keys)
            }
        return self._acronyms.get(word) if word.islower() else None

    def mentions(self, text: str) -> list[Mention]:
        """Places, regulators and regions the text names, longest names first, no overlaps."""
        cached = self._cache.get(text)
        if cached is None:
            cached = self._find(text)
        return cached

    def mentions_joined(self, parts: Sequence[str]) -> list[Mention]:
        """`mentions("\\n".join(parts))`, from each part's own mentions (an article's title
        and body: the body is read alone for its places before). The same: no token runs over
        a line's end, and a part's names are the whole text's there unless a name may run on
        into the next part (the bound `_found` reads), a figure opens the next part (a
        currency's code, a citation's series) or a "]" closes the one before (a citation).
        A name two regulators share is settled by the whole text's places and towns: those of
        the parts, unless a town may stand at a join (`_joined_towns`). The whole text is
        read when these may differ."""
        text = "\n".join(parts)
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        found: list[Mention] = []
        shared = False
        offset = 0
        for k, part in enumerate(parts):
            if part in self._in_context:
                # Read inside another text (see `_in_context`): its names read alone here.
                words = _words(part)
                mentions = self._found(words, 0, len(words.written), 0)
                shared = shared or bool(_shared_spans(mentions))
            else:
                mentions = self.mentions(part)
                if part in self._shared:
                    shared, mentions = True, self._shared[part]
            if k + 1 < len(parts) and self._runs_on(part, text, offset):
                return self._find(text)
            if offset:
                found.extend(
                    Mention(m.kind, m.key, m.start + offset, m.end + offset, m.text)
                    for m in mentions
                )
            else:
                found.extend(mentions)
            offset += len(part) + 1
        if not shared:
            return self._remember(text, found)
        spans = _shared_spans(found)
        places = {m.key for m in found if m.kind == "jurisdiction"}
        towns = self._joined_towns(parts, text)
        if towns is None:
            return self._find(text)
        certain, uncertain = towns
        places |= certain
        if any(
            self.authorities[m.key].jurisdiction in uncertain - places
            for same in spans
            for m in same
        ):
            return self._find(text)
        return self._remember(text, self._settled(found, spans, places), raw=found)

    def _runs_on(self, part: str, text: str, offset: int) -> bool:
        """Whether reading `part` alone may find other names there than reading `text`, where
        it stands at `offset` with more after it (see `mentions_joined`)."""
        end = offset + len(part)
        if _FIGURE_NEXT.match(text, end) or _CLOSES_BRACKET.search(text, max(0, end - 40), end):
            return True
        words = _words(part)
        written, folded = words.written, words.folded
        n = len(folded)
        longest, longest_pair = self._longest, self._longest_pair
        # The words after `part`, as far as a name may reach, as `_Words` reads them.
        next_written: list[str] | None = None
        for i, word in enumerate(folded):
            most = longest.get(word, 0)
            if i + most <= n:
                continue
            if next_written is None:
                next_written = _words_after(text, end, max(longest.values()))
                next_folded = [w.casefold() for w in next_written]
            if not next_written:
                return False
            # The lengths `_found` tries here that reach past `part`: none may be a name.
            after = folded[i + 1] if i + 1 < n else next_folded[0]
            most = min(most, n - i + len(next_written), longest_pair.get((word, after), 1))
            for length in range(n - i + 1, most + 1):
                more = length - (n - i)
                if (*written[i:], *next_written[:more]) in self._exact or (
                    *folded[i:],
                    *next_folded[:more],
                ) in self._folded:
                    return True
        return False

    def _joined_towns(self, parts: Sequence[str], text: str) -> tuple[set[str], set[str]] | None:
        """The places of the towns `text` (`parts` joined) names (`city_mentions` of its
        words' span, as `_resolve_shared` reads them), from each part's: those certain, and
        those a town at a join may name or not (its word before or after, or a dateline, are
        the next part's); None when a town's name may run over a join."""
        if self._towns is None:
            self._towns = _town_table(self.jurisdictions.values())
        table, longest = self._towns[0], self._towns[1]
        worded = [k for k, part in enumerate(parts) if _words(part).written]
        certain: set[str] = set()
        uncertain: set[str] = set()
        offset = 0
        for k, part in enumerate(parts):
            words = _words(part)
            written = words.written
            offset += len(part) + 1
            if not written:
                continue
            n = len(written)
            if k != worded[-1]:
                # No town may run on into the next part.
                reach = max(longest.values())
                following: list[str] | None = None
                for i, word in enumerate(written):
                    most = longest.get(word, 0)
                    if i + most <= n:
                        continue
                    if following is None:
                        following = _words_after(text, offset - 1, reach)
                    for length in range(n - i + 1, min(most, n - i + len(following)) + 1):
                        if (*written[i:], *following[: length - (n - i)]) in table:
                            return None
                # Any town ending at its last word.
                for length in range(1, min(n, max(longest.values())) + 1):
                    uncertain.update(table.get(tuple(written[n - length :]), ()))
            if k != worded[0]:
                # Any town opening at its first word.
                for length in range(1, min(n, longest.get(written[0], 0)) + 1):
                    uncertain.update(table.get(tuple(written[:length]), ()))
            tokens = words.tokens
            span = part[tokens[0].start() : tokens[-1].end()]
            for town in self.city_mentions(span):
                at_join = (k != worded[0] and town.start == 0) or (
                    k != worded[-1] and town.end == len(span)
                )
                if not at_join:
                    certain.add(town.key)
        return certain, uncertain

    def city_mentions(self, text: str) -> list[Mention]:
        """The towns `text` names (the data files' `cities`), each a mention of kind "city"
        keyed by its place's code. Only a town as written, capitalised ("Sydney's west",
        "in Port Louis") or, opening the text as a dateline, in capitals ("NAIROBI, 3 May
        —"); not a town inside a longer proper name: after a capitalised word ("Carlos
        Lima") or before one that is no body's or court's head ("Nairobi Bottlers Ltd";
        "Auckland Council", "Nairobi City County" stand)."""
        if self._towns is None:
            self._towns = _town_table(self.jurisdictions.values())
        table, longest, keeps, seen = self._towns
        if text in seen:
            return seen[text]
        if len(seen) > 20_000:
            seen.clear()
        words = _words(text)
        written = words.written
        found: list[Mention] = []
        resume = 0  # the first word not inside a town already read
        # Only a word some town opens with can start one: the others are passed over at once.
        for i in list(compress(count(), map(longest.__contains__, written))):
            if i < resume:
                continue
            n = min(longest[written[i]], len(written) - i)
            while n and tuple(written[i : i + n]) not in table:
                n -= 1
            if not n:
                continue
            tokens = words.tokens
            start, end = tokens[i].start(), tokens[i + n - 1].end()
            name = tuple(written[i : i + n])
            codes = table[name]
            capitals = all(w.isupper() for w in name if any(c.isalpha() for c in w))
            before = tokens[i - 1] if i else None
            after = tokens[i + n] if i + n < len(tokens) else None
            inside = (
                (
                    before is not None
                    and not text[before.end() : start].strip()
                    and not before.group().endswith(".")  # "… in Kenya. Nairobi's council"
                    and written[i - 1][:1].isupper()
                    and words.folded[i - 1] not in self.stopwords
                )
                or (
                    after is not None
                    and not text[end : after.start()].strip()
                    and written[i + n][:1].isupper()
                    and written[i + n] not in keeps
                )
            )
            dateline = not text[:start].strip(" \t\n#*") and bool(
                re.match(r"\s*[,:(—–-]", text[end:])
            )
            if len(codes) == 1 and not inside and (dateline or not capitals):
                found.append(
                    Mention(
                        "dateline" if dateline else "city", codes[0], start, end, text[start:end]
                    )
                )
            resume = i + n
        seen[text] = found
        return found

    def places_by_city(self, text: str) -> Counter[str]:
        """How often `text` points at each place by its towns: once a town, three times for
        the town of its dateline."""
        counts: Counter[str] = Counter()
        for m in self.city_mentions(text):
            counts[m.key] += 3 if m.kind == "dateline" else 1
        return counts

    def _remember(
        self, text: str, found: list[Mention], raw: list[Mention] | None = None
    ) -> list[Mention]:
        """`found` kept as the mentions of `text`; `raw`, what they were before a name two
        regulators share was settled, when one was."""
        if len(self._cache) > 20_000:
            self._cache.clear()
            self._shared.clear()
            self._in_context.clear()
        self._cache[text] = found
        if raw is not None:
            self._shared[text] = raw
        return found

    def _find(self, text: str) -> list[Mention]:
        words = _words(text)
        return self._read(text, words, 0, len(words.written), 0)

    def _read(self, text: str, words: _Words, low: int, high: int, offset: int) -> list[Mention]:
        """`_found`, remembered as the mentions of `text`."""
        names = self._found(words, low, high, offset)
        found = self._resolve_shared(names, words, low, high)
        # (`_resolve_shared` hands back the very list when no name is shared)
        return self._remember(text, found, raw=None if found is names else names)

    def _found(self, words: _Words, low: int, high: int, offset: int) -> list[Mention]:
        """The names among tokens low..high of `words`, at offsets from `offset`, a name two
        regulators share not yet settled (`_resolve_shared`)."""
        written, folded = words.written, words.folded
        text = words.text
        longest, longest_pair = self._longest, self._longest_pair
        found: list[Mention] = []
        resume = low  # the first word not inside a name already read
        # Only a word some name opens with can start one: the others are passed over at once.
        for i in list(compress(range(low, high), map(longest.__contains__, folded[low:high]))):
            if i < resume:
                continue
            # The most words a name starting here may have. A bound only: a name of n words
            # matching here, exact or folded, has the folded text's first word and, for
            # n > 1, its first two words, so none is longer (each length is still looked up).
            most = min(longest[folded[i]], high - i)
            if most > 1:
                most = min(most, longest_pair.get((folded[i], folded[i + 1]), 1))
            for n in range(most, 0, -1):
                as_written = tuple(written[i : i + n])
                exact = self._exact.get(as_written)
                loose = self._folded.get(tuple(folded[i : i + n]))
                # "CBB": Bahrain's central bank as written, the Dutch "CBb" as folded; both
                # are candidates, for the text around it to decide (`_resolve_shared`).
                keys = (
                    exact + [k for k in loose if k not in exact]
                    if exact
                    and loose
                    and any(k[0] == "authority" for k in exact)
                    and as_written not in self._bound
                    else exact or loose
                )
                if keys:
                    tokens = words.tokens
                    start, end = tokens[i].start(), tokens[i + n - 1].end()
                    if _in_citation(text, start, end):
                        resume = i + n  # "[2025] FCA 688": a court's reports, not the FCA
                        break
                    if n == 1 and (
                        _currency_before_figure(text, start, end) or _letters_of_a_sign(text, start)
                    ):
                        break  # "fined X MGA 500 million": Madagascar's ariary, not a regulator
                    found.extend(
                        Mention(kind, key, start - offset, end - offset, text[start:end])
                        for kind, key in keys
                    )
                    resume = i + n
                    break
        return found

    def places_in_pieces(
        self, text: str, pieces: Sequence[tuple[int, int]]
    ) -> list[frozenset[str]]:
        """`places(text[start:end])` for each piece, reading the text's words once: a piece
        that starts and ends between words has exactly the words of the text inside it (the
        text's mentions are kept too: they are read next)."""
        words = _words(text)
        if text not in self._cache:
            self._read(text, words, 0, len(words.written), 0)
        starts = [t.start() for t in words.tokens]
        found = []
        for start, end in pieces:
            piece = text[start:end]
            if piece not in self._cache:
                low, high = bisect_left(starts, start), bisect_left(starts, end)
                inside = (low == 0 or words.tokens[low - 1].end() <= start) and (
                    high == 0 or words.tokens[high - 1].end() <= end
                )
                if inside:
                    self._read(piece, words, low, max(low, high), start)
                    self._in_context.add(piece)
            found.append(self.places(piece))
        return found

    def _resolve_shared(
        self, found: list[Mention], words: _Words, low: int, high: int
    ) -> list[Mention]:
        """A name two regulators share ("Datatilsynet": Norway's and Denmark's) is the one
        whose country the same text names; otherwise both stay, for the caller to decide."""
        spans = _shared_spans(found)
        if not spans:
            return found
        places = {m.key for m in found if m.kind == "jurisdiction"}
        # Its towns name a country too ("ROAD TOWN, Tortola —" above a story that mentions
        # Barbados once): else one passing place would settle the name for the whole text.
        if low < high:
            tokens = words.tokens
            places.update(
                self.places_by_city(words.text[tokens[low].start() : tokens[high - 1].end()])
            )
        return self._settled(found, spans, places)

    def _settled(
        self, found: list[Mention], spans: list[list[Mention]], places: set[str]
    ) -> list[Mention]:
        """`found` without the holders of each shared name (`spans`) not of `places`, when
        some are."""
        dropped = set()
        for same in spans:
            named = [m for m in same if self.authorities[m.key].jurisdiction in places]
            if named and len(named) < len(same):
                dropped.update(id(m) for m in same if m not in named)
        return [m for m in found if id(m) not in dropped]

    def ambiguous(self, text: str) -> bool:
        """Whether the text names a regulator by a name another regulator shares."""
        spans = Counter((m.start, m.end) for m in self.mentions(text) if m.kind == "authority")
        return any(n > 1 for n in spans.values())

    def currency_users(self) -> dict[str, list[str]]:
        """The countries each currency is the money of: not a state's subdivisions, nor
        territories using the state's money. A currency with one user points at it."""
        if self._currency_users is None:
            users: dict[str, list[str]] = {}
            for j in self.jurisdictions.values():
                if j.currency and j.parent is None and j.currency_of is None:
                    users.setdefault(j.currency, []).append(j.code)
            self._currency_users = users
        return self._currency_users

    def places(self, text: str) -> frozenset[str]:
        """Jurisdiction codes the text names: directly, through a regulator, or a region."""
        codes: set[str] = set()
        for mention in self.mentions(text):
            if mention.kind == "jurisdiction":
                codes.add(mention.key)
            elif mention.kind == "authority":
                codes.add(self.authorities[mention.key].jurisdiction)
            else:
                codes.update(self.regions[mention.key])
        return frozenset(codes)

    def regulators_of(self, code: str, kind: str) -> list[Authority]:
        """The listed bodies of one place and kind, in the data files' order (an index made
        once a lexicon: "the Dutch regulator" is asked for in most sentences naming a place)."""
        if self._by_place is None:
            self._by_place = {}
            for authority in self.authorities.values():
                key = (authority.jurisdiction, authority.kind)
                self._by_place.setdefault(key, []).append(authority)
        return self._by_place.get((code, kind), [])

    def regional_authority(self, place: str) -> Authority | None:
        """The data protection authority of a sub-national region ("Berlin", "Bavaria")."""
        return self._regional.get(place.strip().casefold())

    def data_protection_authorities(self, code: str) -> list[Authority]:
        return [
            a
            for a in self.authorities.values()
            if a.jurisdiction == code and a.kind == "data_protection"
        ]

    def expand(self, question: str) -> list[str]:
        """Extra search terms for the places and regulators a question names.

        "the Italian fine" also searches "Italy" and "Garante"; "the Garante" also searches
        "Italy" and "Italian". Articles name a regulator, its country or the adjective,
        rarely all three.
        """
        terms: list[str] = []
        for mention in self.mentions(question):
            if mention.kind == "region":
                for code in self.regions[mention.key]:
                    place = self.jurisdictions[code]
                    terms.extend([place.name, *place.demonyms])
                continue
            if mention.kind == "jurisdiction":
                place = self.jurisdictions[mention.key]
                regulators = self.data_protection_authorities(place.code)
            else:
                authority = self.authorities[mention.key]
                regulators = [authority]
                place = self.jurisdictions.get(authority.jurisdiction)
            if place is not None and place.parent is None:
                terms.extend([place.name, *place.demonyms])
            for regulator in regulators[:3]:
                if "(" not in regulator.id:  # "AP (NL)" is an id, not something articles say
                    terms.append(regulator.id)
                terms.extend(alias for alias in regulator.aliases if _case_sensitive(alias))
        seen = {question.casefold()}
        unique = []
        for term in terms:
            if term.casefold() not in seen and term.casefold() not in question.casefold():
                seen.add(term.casefold())
                unique.append(term)
        return unique

    def foreign_language(self, words: list[str]) -> str | None:
        """The language code when `words` look like a non-English question, else None."""
        lowered = [w.casefold() for w in words]
        if any(w in self.stopwords for w in lowered):
            return None
        best, hits = None, 0
        for lang, vocabulary in self.foreign_words.items():
            count = sum(1 for w in lowered if w in vocabulary)
            if count > hits:
                best, hits = lang, count
        return best if hits >= 2 else None


def _shared_spans(found: list[Mention]) -> list[list[Mention]]:
    """The regulators' mentions of each span several share (a name two regulators share)."""
    if len(found) < 2:
        return []
    spans: dict[tuple[int, int], list[Mention]] = {}
    for mention in found:
        if mention.kind == "authority":
            spans.setdefault((mention.start, mention.end), []).append(mention)
    return [same for same in spans.values() if len(same) > 1]


def _words_after(text: str, at: int, most: int) -> list[str]:
    """The first `most` words of `text` from `at`, as `_Words` writes them."""
    return [_normalise(t[0]) for t in islice(_TOKEN.finditer(text, at), most)]


@cache
def _currency_codes() -> frozenset[str]:
    return frozenset(c["code"] for c in _load("currencies.toml")["currency"])


_FIGURE_AFTER = compiled(r"\s?\d")
# What ends a text or opens the next that may change how names at the join read (see
# `Lexicon._runs_on`): a figure ("FCA" + "\n688"), a "]" ("[2025]" + "\nFCA …").
_FIGURE_NEXT = compiled(r"\s*\d")
_CLOSES_BRACKET = compiled(r"\]\s*$")


def _letters_of_a_sign(text: str, start: int) -> bool:
    """ "EC$50,000", "NT$2 million": letters glued to a currency sign are the currency's."""
    from .money import lettered_signs  # (late: money's tables are loaded on first use)

    sign = _SIGN_THEN_FIGURE.match(text, start)
    return sign is not None and sign[1] in lettered_signs()


_SIGN_THEN_FIGURE = compiled(r"([A-Za-z]+[$¥£¢₵/][A-Za-z.]*?)\s?\d")


def _currency_before_figure(text: str, start: int, end: int) -> bool:
    """ "MGA 500 million", "BAM 125,000": a regulator's acronym that is also a currency's code,
    written straight before a figure, is the currency."""
    return text[start:end] in _currency_codes() and _FIGURE_AFTER.match(text, end) is not None


@cache
def _currency_words() -> dict[str, tuple[str, ...]]:
    """Each currency's names and symbols that name it alone ("lari", "GEL"; not "dollar",
    "$"), as folded words."""
    found = {}
    for c in _load("currencies.toml")["currency"]:
        ambiguous = {*c.get("ambiguous_names", ()), *c.get("ambiguous_symbols", ())}
        forms = [f for f in (*c.get("names", ()), *c.get("symbols", ())) if f not in ambiguous]
        found[c["code"]] = tuple(f for f in forms if _tokens(f))
    return found


def _town_table(
    places: Iterable[Jurisdiction],
) -> tuple[dict[tuple[str, ...], list[str]], dict[str, int], frozenset[str], dict]:
    """The towns of `places` as written and in capitals (word tuple -> place codes), the most
    words a town opening with each word has, and the words that may follow a town's name in
    the name of its own body ("Auckland Council", "Nairobi City County")."""
    table: dict[tuple[str, ...], list[str]] = {}
    for place in places:
        for city in place.cities:
            words = tuple(_normalise(t.group()) for t in _tokens(city))
            for form in {words, tuple(w.upper() for w in words)}:
                if place.code not in table.setdefault(form, []):
                    table[form].append(place.code)
    longest: dict[str, int] = {}
    for words in table:
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    bodies = _load("authorities.toml").get("unlisted", {})
    towns = _load("jurisdictions.toml").get("towns", {})
    keeps = frozenset(
        (*bodies.get("heads", ()), *bodies.get("court_heads", ()), *towns.get("body_words", ()))
    )
    return table, longest, keeps, {}


def _count_words(words: list[str], form: str) -> int:
    """How many times the words of `form` stand together among the text's folded words."""
    wanted = [_normalise(t.group()).casefold() for t in _tokens(form)]
    n = len(wanted)
    return sum(1 for i in range(len(words) - n + 1) if words[i : i + n] == wanted) if n else 0


def _tables_to_json(tables: tuple[dict, dict, dict]) -> dict:
    def rows(table: dict[tuple[str, ...], list[tuple[str, str]]]) -> list:
        return [[list(words), [list(k) for k in keys]] for words, keys in table.items()]

    exact, folded, longest = tables
    return {"exact": rows(exact), "folded": rows(folded), "longest": longest}


def _tables_from_json(data: dict) -> tuple[dict, dict, dict]:
    def table(rows: list) -> dict[tuple[str, ...], list[tuple[str, str]]]:
        return {tuple(words): [(kind, key) for kind, key in keys] for words, keys in rows}

    return table(data["exact"]), table(data["folded"]), dict(data["longest"])


@cache
def lexicon() -> Lexicon:
    return Lexicon()
