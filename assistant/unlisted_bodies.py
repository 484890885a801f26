"""Regulators an article introduces that the data files do not list.

No data file can list every regulator in the world: a story about Sweden's gambling
regulator, a French prefect or a Canadian provincial safety board names a body
`authorities.toml` does not have. Enforcement copy introduces such a body in a few set ways,
and this module reads them:

- its name built around a head noun, often with a short form or its own-language name in
  brackets: "the Department of Transportation (DOT)", "the Court of Competition and
  Consumer Protection (UOKiK)";
- its own name with an English gloss in brackets: "Spelinspektionen (Swedish Gambling
  Authority)";
- an office named by its seat: "the prefect of Isère";
- a one-word name acting: "WorkSafeBC penalises Surrey roofer";
- a name the copy describes as a regulator: "water regulator Ofwat", "Ofgem, Britain's
  energy regulator, …".

A headed name counts only when the article shows it as an enforcer — it gets a short form,
publishes the article, acts ("fined", "imposed", "ordered") or something is imposed "by"
it — so "the Board of Directors" or "the Home Office" in passing is never one. Each body is
an `Authority` of the article alone, with its country read from its name, else from the
section around it, else from the article (places, currencies only one country uses, the
country-code domain it was published on). `Lexicon.with_authorities` then matches its names
like any listed regulator's for that article.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from urllib.parse import urlsplit

from .datafiles import load_toml
from .lexicon import Authority, Lexicon, Mention
from .literal_spots import spots
from .models import Article
from .money import find_money
from .parties import authorities, national_regulator, owner_country
from .pattern_cache import cached_pattern, compiled
from .people import legal_forms, titles

# A capitalised word of a name: "U.S.", "Magistrates'", "Sąd", "Wisła".
# Never a weekday or a month: "the Energy Regulatory Office on Monday fined …".
_CAP = (
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June"
    r"|July|August|September|October|November|December)\b)(?:[A-Z][\w’'&.-]*[\w'’.]|[A-Z])"
)
# Words joining the capitalised words of a name after its head noun: "Department of
# Transportation", "Court of Competition and Consumer Protection".
# ("Commission against Corruption", "Commission for the Protection against Sanitary Risks")
_JOIN = r"(?:of|for|and|against|&|de|du|des|di|del|della|der|für|i)"
_SHORT_FORM = compiled(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*")  # "DOT", "SOKiK", "WorkSafeBC"


@cache
def _vocabulary() -> dict[str, list[str]]:
    return load_toml("authorities.toml")["unlisted"]


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    words = _vocabulary()
    heads = "|".join(words["heads"] + words["court_heads"])
    towns = "|".join(words.get("town_heads", ())) or "(?!)"
    verbs = "|".join(words["acting_verbs"])
    seated = "|".join(words["seated"])
    described = "|".join(w.replace(" ", r"\s+") for w in words["described_as"])
    gap = r"[^\S\n]+"  # a name never runs over a line's end
    headed = (
        # "Directorate General of Civil Aviation": a head may carry "General".
        # "Liquor, Gaming and Cannabis Authority": a list of its fields before the head.
        rf"(?:{_CAP}(?:,{gap}{_CAP}){{1,3}},?{gap}(?:and|&){gap})?"
        rf"(?:{_CAP}{gap}(?:(?:and|&|for){gap})?){{0,5}}(?:{heads})(?:{gap}General)?\b"
        rf"(?:{gap}(?:of|for|on|in){gap}(?:the{gap})?{_CAP}"
        # "Ministry of Health, Labour and Welfare": a list of its fields, closed by "and"
        # (a field of two or three words: "Ministry of Labour, Industrial Relations and
        # Employment Creation")
        rf"(?:(?:{gap}{_CAP}){{0,2}}(?:,{gap}{_CAP}(?:{gap}{_CAP}){{0,2}}){{1,3}}{gap}(?:and|&)"
        rf"{gap}{_CAP}(?:{gap}{_CAP}){{0,2}}"
        # ("… of the State of Jalisco": a joining word may take "the")
        rf"|(?:{gap}(?:{_JOIN}{gap}(?:the{gap})?)?{_CAP}){{0,5}}))?"
        # "the City of Toronto", "the Town of Oakville": a town's government, named by it.
        rf"|(?:{towns}){gap}of{gap}{_CAP}(?:{gap}{_CAP}){{0,2}}"
    )
    return {
        "headed": compiled(
            rf"(?<![\w’'])(?P<name>{headed})(?P<aside>\s*\((?P<inside>[^()\n]{{1,90}})\))?"
        ),
        # "Spelinspektionen (Swedish Gambling Authority)": its own name, then the gloss.
        "glossed": compiled(rf"(?<![\w’'.-])(?P<own>[A-Z][\w’'-]{{3,}})\s*\((?P<gloss>{headed})\)"),
        # "the prefect of Isère", "the prefecture of the Rhône"
        "seated": compiled(
            rf"\bthe\s+(?P<office>{seated})\s+(?:of|de)\s+(?:the\s+|l['’])?(?P<seat>{_CAP}(?:[\s-]+{_CAP}){{0,2}})"
        ),
        # "WorkSafeBC penalises …", "FINRA on Monday fined …": a one-word name acting.
        "acting_word": compiled(
            rf"(?:^|(?<=[\s:(]))(?P<own>[A-Z][a-z]*[A-Z][\w]*)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
            rf"(?:{verbs})\s+(?=[A-Z\d]|the\b|an?\b|two\b|three\b|four\b|its\b)",
            re.M,
        ),
        # A headed name acting, or acted for: "The U.S. Department of Transportation on
        # Tuesday fined …", "a penalty imposed by the Energy Regulatory Office".
        # (Also after a clause about it: "the Tokyo Metropolitan Government, which holds the
        # licence, ordered …".)
        "acts": compiled(
            rf"(?:(?:\s+[\w.,]+){{0,4}}?|,\s+which\s[^.;()]{{1,140}}?,)\s+(?:has\s+|have\s+|had\s+)?"
            rf"(?:also\s+)?(?:{verbs})\b"
        ),
        # "water regulator Ofwat", "the energy watchdog Ofgem": the name after the noun.
        "described_before": compiled(
            rf"\b(?:{described})[^\S\n]+(?P<own>{_CAP}(?:[^\S\n]+{_CAP}){{0,3}})"
        ),
        # "Ofwat, the water regulator for England and Wales, …": the name before it.
        "described_after": compiled(
            rf"(?<![\w’'])(?P<own>{_CAP}(?:[^\S\n]+{_CAP}){{0,3}}),[^\S\n]+"
            rf"(?:the|an?|[A-Z][\w.]*['’]s)[^\S\n]+(?:[\w-]+[^\S\n]+){{0,3}}?(?:{described})\b(?!['’])"
        ),
        "cheap": compiled(rf"\b(?:{heads}|{seated}|{towns})\b|\(|[a-z][A-Z]|\b(?:{described})\b"),
        "by": compiled(
            r"\b(?:imposed|issued|ordered|levied|decision|decided|fined|penalty|fine|sanction)"
            # "was fined $80,000 by the …": a sum may stand between
            r"\s+(?:[\w$€£¥.,]+\s+){0,3}?(?:by|of|from)\s+(?:the\s+)?$"
        ),
    }


# (A possessive of up to three words: "Western Australia's Department of Mines, …", or of a
# name ending in "s" written with the apostrophe alone: "Honduras' Ministry of …".)
_OPENER = compiled(
    r"(?:(?:[A-Z]\S*\s+){0,2}[A-Z]\S*(?:['’]s|(?<=s)['’])\s+|(?P<word>[A-Z][a-z]*)\s+)"
)


def _without_opener(name: str, lexicon: Lexicon) -> str:
    """ "The …", "Austria's …", "When Georgia's …", "After the …": the name starts after the
    words that open a sentence or clause before it (function words, a possessive)."""
    while (opener := _OPENER.match(name)) and (
        opener.group("word") is None
        or opener.group("word").casefold() in lexicon.stopwords
        or opener.group("word").casefold() in _vocabulary().get("openers", ())
    ):
        name = name[opener.end() :]
    return name


_IN_PLACE = compiled(r"\s+in\s+(?:the\s+)?(?P<place>.+)$")


# A country written after a name, then its short form: " Sierra Leone (EPA-SL)"; the short
# form may end with the country's code.
_PLACE_CLOSING = compiled(
    r"[^\S\n]+(?P<place>[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,2})[^\S\n]*"
    r"\((?P<short>[A-Z][A-Za-z&]{1,9}(?:-[A-Z]{2,3})?)\)"
)
# A short form with its country's code: "EPA-SL", "CAA-UG".
_CODED_SHORT = compiled(r"(?P<short>[A-Z][A-Za-z&]{1,9})-(?P<code>[A-Z]{2,3})")


_LONGER_NAME = compiled(r" (?:of|for|on) ")
_NEWSROOM = compiled(r"\b(?:News|Press|Media|Broadcasting|Newswire)\b")


def _the_place(words: str, lexicon: Lexicon) -> str | None:
    """The place `words` name, all of them and nothing else ("Sierra Leone"), if one."""
    places = {
        m.key
        for m in lexicon.mentions(words)
        if m.kind == "jurisdiction" and (m.start, m.end) == (0, len(words))
    }
    return next(iter(places)) if len(places) == 1 else None


def _without_place(name: str, lexicon: Lexicon) -> str:
    """ "Penrith City Council in Sydney's west": the name ends before "in" and the place or
    town it is in."""
    tail = _IN_PLACE.search(name)
    if tail is None:
        return name
    place = tail.group("place")
    named = [m for m in lexicon.mentions(place) if m.kind == "jurisdiction" and m.start == 0]
    return name[: tail.start()] if named or lexicon.city_mentions(place) else name


@dataclass
class _Body:
    names: list[str]  # as written, the first the one it was introduced by
    short: str | None = None  # its short form, if the article gives one
    own: str | None = None  # its own-language name, if given beside an English one
    at: int = 0  # where it is first named
    court: bool = False
    country: str | None = None  # the country its name places it in, when read from there
    keys: set[str] = field(default_factory=set)


def unlisted_bodies(article: Article, lexicon: Lexicon, courts: bool = False) -> list[Authority]:
    """The enforcers `article` introduces that `lexicon` does not know, as authorities.

    Courts only with `courts`: the extractor names the courts the data files lack itself
    (fact_rulings.py), by the names lists of courts use; a table of facts may name one by
    any name the article gives it ("BVwG", "the Federal Administrative Court")."""
    parts = (article.title, article.outlet or "", article.body)
    text = "\n".join(parts)
    if not _might_name_one(text):
        return []
    # Names the data files' regulators go by, and phrases that stand for one ("Belgium's
    # Data Protection Authority", "the Dutch regulator").
    listed_countries = [
        (m.start, m.end, lexicon.authorities[m.key].jurisdiction)
        for m in lexicon.mentions_joined(parts)
        if m.kind == "authority"
    ]
    listed = [(start, end) for start, end, _ in listed_countries]
    # (A bare place standing for its regulator is no name: "Ontario" inside "the Alcohol and
    # Gaming Commission of Ontario" is not the Ontario privacy commissioner.)
    listed += [
        (a.start, a.end)
        for a in authorities(text, lexicon, None)
        if a.authority and not lexicon.places(text[a.start : a.end])
    ]
    outlet_at = (len(article.title) + 1, len(article.title) + 1 + len(article.outlet or ""))
    bodies: list[_Body] = []
    foreign: set[str] = set()  # short forms listed bodies elsewhere go by as well

    def add(body: _Body) -> None:
        body.keys = {_key(n, lexicon) for n in body.names if n} | (
            {body.short.casefold()} if body.short else set()
        )
        for other in bodies:
            if other.keys & body.keys:
                other.names += [n for n in body.names if n not in other.names]
                other.short = other.short or body.short
                other.own = other.own or body.own
                other.keys |= body.keys
                return
        bodies.append(body)

    def known(start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in listed)

    def elsewhere(match: re.Match[str]) -> str | None:
        """The country a headed name places itself in ("Nauru's Office of Fair Trading", "the
        Falkland Islands Financial Services Commission", "… Unit of Sark") when every listed
        body its words name is another country's: a body of that country the data files
        lack, named like theirs."""
        at, end = match.start("name"), match.end("name")
        # (Its own code: "Ontario's …" is a body of Ontario, CA-ON, as listed ones are.)
        own = {m.key for m in lexicon.mentions(match.group("name")) if m.kind == "jurisdiction"}
        # (or a town: "the Lagos State Environmental Protection Agency" is no US EPA)
        own = own or set(lexicon.places_by_city(match.group("name")))
        own.discard("EU")
        countries = {code.partition("-")[0] for code in own}
        listed_here = {c for s, e, c in listed_countries if s < end and at < e}
        theirs = {c.partition("-")[0] for c in listed_here}
        if len(own) > 1 and len(countries) == 1:
            own = {c for c in own if "-" in c} or own  # "Ontario, Canada": the province
        if len(own) != 1 or not theirs:
            return None
        code = next(iter(own))
        # "the Commission for the Protection against Sanitary Risks of the State of Jalisco":
        # a national body's name carried by a state's own body is the state's.
        state_of_theirs = "-" in code and listed_here == {code.partition("-")[0]}
        return code if state_of_theirs or not countries & theirs else None

    patterns = _patterns()
    court_heads = re.compile(rf"\b(?:{'|'.join(_vocabulary()['court_heads'])})\b")
    headed = [
        (match, _without_place(name, lexicon), match.end("name") - len(name))
        for match in patterns["headed"].finditer(text)
        # "The …", "Austria's …": the name starts after them.
        for name in [_without_opener(match.group("name"), lexicon)]
    ]
    # "State Service for Antimonopoly and Consumer Market Control" (in a table), then "the
    # State Service fined …": the short name is the full one's.
    in_full = {name for _, name, _ in headed}
    full_names = {
        name: longer[0]
        for name in in_full
        if len(
            longer := [
                n for n in in_full if _LONGER_NAME.match(n, len(name)) and n.startswith(name)
            ]
        )
        == 1
    }
    # A regulator's unit, named once after its possessive, is that unit wherever it is named.
    units = {name for _, name, start in headed if _unit_of_known(text, start, known)}
    for match, name, start in headed:
        short, own = _aside(match.group("inside") or "", lexicon)
        placed = elsewhere(match)
        closing = None if match.group("inside") else _PLACE_CLOSING.match(text, match.end("name"))
        if closing and (code := _the_place(closing.group("place"), lexicon)):
            # "Environment Protection Agency Sierra Leone (EPA-SL)": a name closing with its
            # country, and the short form given after it.
            short, placed = closing.group("short"), code
            name, bare = f"{name} {closing.group('place')}", name
        else:
            bare = ""
        if (
            (known(start, match.end("name")) and placed is None)
            or _is_company(text, match.end())
            or _KIND_ONLY.fullmatch(name)
            or " " not in name  # "the Commission", "the Ombudsman": a body named before
            # "Data Protection Authority (GBA)": the listed GBA, unless the name places
            # itself elsewhere ("Civil Aviation Authority of Botswana (CAAB)": not Bangladesh's)
            or (
                short
                and lexicon.mentions(short)
                and not _short_of_another(name, short, lexicon, foreign)
            )
            or (not courts and court_heads.search(name))
            or name in units
            # "Indian Ocean News Agency (IONA)": a newsroom reports enforcement, never enforces.
            or _NEWSROOM.search(name)
        ):
            continue
        # (Not the body it is "under": "… Service under the Ministry of Energy — press
        # service" is the service's, not the ministry's.)
        published = (
            outlet_at[0] <= start < outlet_at[1]
            and bool(_RELEASE.search(article.outlet or ""))
            and not _UNDER.search(text, max(0, start - 12), start)
        )
        acting = _acts_at(text, start, match.end("name"), patterns)
        if not (short or own or published or acting):
            continue
        # "Manitoba's Liquor, Gaming and Cannabis Authority": the place whose possessive
        # opens the name is the body's (a province's own code, CA-MB).
        placed = placed or owner_country(text, start, lexicon)
        names = [name, own or "", bare]
        if name in full_names:
            names = [full_names[name], *names]
        if placed is None and _STATE_BEFORE.search(text, max(0, start - 12), start):
            full, placed = _of_the_state(name, text, lexicon)
            names = [full, *names] if placed else names
        add(_Body(names, short, own, start, bool(court_heads.search(name)), placed))
    institutions = _institution_words()
    for name, short, at, end in _initialled_names(text):
        if (
            not institutions.intersection(name.split())
            or known(at, end)
            or (lexicon.mentions(short) and not _short_of_another(name, short, lexicon, foreign))
            or _is_company(text, end)
            or not (_acts_at(text, at, end, patterns) or _acts_somewhere(short, text, patterns))
        ):
            continue
        add(_Body([name], short, name, at))
    for match in patterns["glossed"].finditer(text):
        own = match.group("own")
        if known(match.start("own"), match.end("own")) or own.casefold() in lexicon.stopwords:
            continue
        gloss = re.sub(r"^(?:The|the)\s+", "", match.group("gloss"))
        add(_Body([own, gloss], own, own, match.start()))
    for match in patterns["seated"].finditer(text):
        seat = match.group("seat")
        names = [f"{office} of {seat}" for office in _vocabulary()["seated"]]
        add(_Body([f"{match.group('office')} of {seat}", *names], None, None, match.start()))
        bodies[-1].names += [o for o in _vocabulary()["seated"] if o not in bodies[-1].names]
    for match in patterns["acting_word"].finditer(text):
        own = match.group("own")
        if (
            known(match.start("own"), match.end("own"))
            or lexicon.mentions(own)
            # "The Information Commissioner (IP) …, the IP ordered": a short form in brackets
            # is the name's before it, and that name is no new body.
            or (f"({own})" in text and not any(b.short == own for b in bodies))
            or _persons_name(text, match.start("own"), own)
        ):
            continue
        add(_Body([own], own, None, match.start()))
    for match in _described(text, patterns):
        own = match.group("own")
        if (
            known(match.start("own"), match.end("own"))
            or lexicon.mentions(own)
            or lexicon.places(own)
            or own.casefold() in lexicon.stopwords
            or _is_company(text, match.end("own"))
            or not _acts_somewhere(own, text, patterns)
        ):
            continue
        add(_Body([own], None, None, match.start("own")))
    if not bodies:
        return []
    country = _article_country(article, lexicon)
    found = []
    for body in bodies:
        names = [n for n in body.names if n]
        # "the Tokyo Metropolitan Government" is then "the Tokyo government"
        names += [
            f"{n.split()[0]} government"
            for n in names
            if n.endswith(" Government") and len(n.split()) > 2
        ]
        english = names[0] if body.own != names[0] or len(names) == 1 else names[1]
        found.append(
            Authority(
                id=body.short or names[0],
                name=body.own or english,
                english_name=english,
                aliases=tuple(n for n in names if n not in (body.short, english, body.own)),
                jurisdiction=_subdivision_named(
                    names, body.country or _country(body, text, lexicon) or country or ""
                ),
                kind="court" if body.court else "unlisted",
            )
        )
    # A short form a listed body of another place goes by too ("CAAB": Bangladesh's) is
    # told apart by the body's place, as listed ones sharing a short form are: "CAAB (BW)".
    return [
        replace(a, id=f"{a.id} ({a.jurisdiction})", aliases=(*a.aliases, a.id))
        if a.id in lexicon.authorities
        else a
        for a in found
        if a.jurisdiction and (a.id not in lexicon.authorities or a.id in foreign)
    ]


# "the state Department of Environmental Protection", "the provincial Ministry of Labour":
# a body of the state the article is about, named without it.
_STATE_BEFORE = compiled(r"\b(?:state|provincial|state's|province's)\s+$")


def _of_the_state(name: str, text: str, lexicon: Lexicon) -> tuple[str, str | None]:
    """The body's name with its state's, and that state's code, when the article names one
    state or province only ("LINDEN — New Jersey environmental regulators …"); else as it is."""
    states = {m.key for m in lexicon.mentions(text) if m.kind == "jurisdiction" and "-" in m.key}
    if len(states) != 1:
        return name, None
    code = next(iter(states))
    return f"{lexicon.jurisdictions[code].name} {name}", code


@cache
def _subdivisions() -> dict[str, dict[str, str]]:
    """Each country's states, provinces and municipalities by name (ISO 3166-2)."""
    return load_toml("subdivision_names.toml")


def _subdivision_named(names: list[str], country: str) -> str:
    """ "Shanghai Municipal Administration for Market Regulation", "Taipei City Department of
    Environmental Protection": a body of `country` whose name opens with one of its states,
    provinces or cities is that place's (CN-SH, TW-TPE); so is one closing with "of" one
    ("Energy Commission of Sabah": MY-12). Only the country's own places are looked up,
    and only at the name's start or after its last "of", so "Delta" or "Central" elsewhere
    is no state."""
    if not country or "-" in country:
        return country
    places = _subdivisions().get(country)
    if not places:
        return country
    for name in names:
        words = name.split()
        for n in range(min(3, len(words) - 1), 0, -1):
            code = places.get(" ".join(words[:n]))
            if code is not None:
                return code
        # "Energy Commission of Sabah": or one closing it, after "of".
        head, of, place = name.rpartition(" of ")
        if of and head and (code := places.get(place.removeprefix("the "))) is not None:
            return code
    return country


def _short_of_another(name: str, short: str, lexicon: Lexicon, foreign: set[str]) -> bool:
    """Whether `short` names only listed bodies of places other than the one `name` places
    itself in ("Civil Aviation Authority of Botswana (CAAB)" beside Bangladesh's CAAB); such
    a short form is added to `foreign`."""
    own = {m.key for m in lexicon.mentions(name) if m.kind == "jurisdiction"}
    own = {code.partition("-")[0] for code in own or lexicon.places_by_city(name)}
    theirs = {
        lexicon.authorities[m.key].jurisdiction.partition("-")[0]
        for m in lexicon.mentions(short)
        if m.kind == "authority"
    }
    if own - {"EU"} and theirs and not own & theirs:
        foreign.add(short)
        return True
    return False


# A name that only says what kind of regulator it is: the data files list every country's
# data protection authority, found by the country the text gives ("the Data Protection
# Authority" of a Belgian story is the GBA).
_KIND_ONLY = compiled(
    r"(?:(?:Personal\s+)?Data\s+Protection|Privacy)\s+(?:Authority|Office|Commission|Commissioner"
    r"|Agency|Board|Inspectorate|Ombudsman|Supervisor)",
    re.I,
)


# "the authority's Disciplinary Board", "the Commission's Enforcement Division": a unit of
# the regulator the copy is about, named by its kind before the possessive.
_UNIT_OWNER = compiled(
    r"(?:\b(?i:the|its)\s+(?i:authority|regulator|commission|agency|watchdog|ministry|bureau"
    r"|office|council|board|supervisor|inspectorate|department|directorate)['’]s"
    r"|\b(?i:its)|(?P<owner>\S)['’]s)\s+$"
)


def _unit_of_known(text: str, start: int, known) -> bool:
    """A headed name after a regulator's possessive is one of its units acting for it ("FERC's
    Office of Enforcement", "the authority's Disciplinary Board fined …"), not a body of its
    own; a place's possessive ("Austria's Data Protection Authority") still opens a name."""
    match = _UNIT_OWNER.search(text, max(0, start - 40), start)
    if match is None:
        return False
    if match.group("owner") is None:
        return True
    end = match.end("owner")
    return known(end - 1, end)


# Surnames written with a capital inside: "MacIsaac", "McKenzie", "DiMaggio", "LeBlanc".
_SURNAME = compiled(r"(?:Ma?c|Fitz|D[aeiu]|L[ae]|Van|Von|O['’]?)[A-Z][a-z]+")


@cache
def _title_before() -> re.Pattern[str]:
    words = "|".join(re.escape(t) for t in sorted(titles(offices=True), key=len, reverse=True))
    return compiled(rf"\b(?:{words})\.?\s+(?:[A-Z][\w'’-]*\.?\s+){{0,2}}$")


def _persons_name(text: str, start: int, own: str) -> bool:
    """ "Judge Alana MacIsaac imposed the fine", "Ms McKenzie ordered …": a person acting (a
    judge, an official), not a body named in one word like "WorkSafeBC"."""
    before = text[max(0, start - 60) : start]
    if _title_before().search(before):
        return True
    return bool(_SURNAME.fullmatch(own)) and re.search(r"\b[A-Z][a-z]+\s+$", before) is not None


def _described(text: str, patterns: dict[str, re.Pattern[str]]) -> list[re.Match[str]]:
    return [
        *patterns["described_before"].finditer(text),
        *patterns["described_after"].finditer(text),
    ]


def _acts_somewhere(name: str, text: str, patterns: dict[str, re.Pattern[str]]) -> bool:
    """Whether the article shows `name` enforcing anywhere: acting after it ("Ofwat has
    fined …") or something imposed by it ("a penalty imposed by Ofwat")."""
    return any(
        _acts_at(text, m.start(), m.end(), patterns)
        for m in re.finditer(rf"(?<![\w’']){re.escape(name)}\b", text)
    )


def _acts_at(text: str, start: int, end: int, patterns: dict[str, re.Pattern[str]]) -> bool:
    """Whether the name at text[start:end] acts ("… has fined") or is acted for ("a penalty
    imposed by …")."""
    return bool(
        patterns["acts"].match(text, end) or patterns["by"].search(text, max(0, start - 40), start)
    )


# A short form in brackets: "(OPT)", "(ARPT)", "(FinCEN)".
_BRACKETED_SHORT = compiled(r"\((?P<short>[A-Z][A-Za-z&]{1,9})\)")


@cache
def _institution_words() -> frozenset[str]:
    words = _vocabulary()
    return frozenset(
        words["heads"] + words["court_heads"] + words["opening_heads"] + words["institution_words"]
    )


def _initialled_names(text: str) -> list[tuple[str, str, int, int]]:
    """Names in any language given a short form of their own initials: "the Office des
    Postes et Télécommunications (OPT)", "la Autorité de Régulation des Postes et
    Télécommunications (ARPT)" — (name, short form, where the name starts, where its
    brackets end). The name is the fewest words before the brackets whose capitals spell the
    short form, joining words (de, des, del, van, …) in between."""
    found = []
    joiners = frozenset(_vocabulary()["name_joiners"])
    for bracket in _BRACKETED_SHORT.finditer(text):
        short = bracket.group("short")
        letters = "".join(c for c in short if c.isupper())
        if len(letters) < 2:
            continue
        line_start = text.rfind("\n", 0, bracket.start()) + 1
        words = list(re.finditer(r"[\w’'.&-]+", text[line_start : bracket.start()]))[-14:]
        capitals = ""
        for index in range(len(words) - 1, -1, -1):
            word = words[index].group()
            folded = word.casefold()
            if word[0].isupper():
                capitals = unicodedata.normalize("NFD", word[0])[0].upper() + capitals
            elif folded.replace("’", "'") not in joiners:
                break
            if capitals == letters and word[0].isupper():
                start = line_start + words[index].start()
                name = text[start : line_start + words[-1].end()]
                if (
                    " " in name
                    and text[line_start + words[-1].end() : bracket.start()].strip() == ""
                ):
                    found.append((name, short, start, bracket.end()))
                break
            if len(capitals) > len(letters):
                break
    return found


def _might_name_one(text: str) -> bool:
    """A cheap first test: a head noun, brackets, a seat's office or a "WorkSafeBC"."""
    return bool(_patterns()["cheap"].search(text))


# A one-word name in its own language: a capital, then six letters or more in lower case
# ("Spillemyndigheden", "Finanstilsynet", "Datainspektionen").
_OWN_WORD = compiled(r"[A-ZÆØÅÄÖÜÉ][a-zæøåäöüéèßłńśźżčřšžăâîșțõ]{5,}")


# A newsroom's language edition after its name: "Noticias Norte Agency (English service)",
# "Baltic Wire (Russian edition)" (lower-case head: an own-language name is capitalised).
_EDITION = compiled(r"[A-Z][a-z]+\s+(?:service|edition|version|desk|feed)")


def _aside(inside: str, lexicon: Lexicon) -> tuple[str | None, str | None]:
    """What brackets after a name give: its short form, its own-language name, or neither
    ("(approx. EUR 350,000)", "(England)", "(the regulator)")."""
    short = own = None
    # '("DGCA")': a short form may be quoted.
    for part in (p.strip(" \"'“”‘’") for p in re.split(r"[,;]\s*|\s+or\s+", inside)):
        if _SHORT_FORM.fullmatch(part) and len(part) <= 12:
            short = short or part
            continue
        words = part.split()
        if _EDITION.fullmatch(part):
            continue
        if (
            len(words) == 1
            and _OWN_WORD.fullmatch(part)
            and part.casefold() not in lexicon.stopwords
            and not lexicon.places(part)
        ):
            own = own or part  # "the Danish Gambling Authority (Spillemyndigheden)"
            continue
        if (
            2 <= len(words) <= 8
            and not any(c.isdigit() for c in part)
            and not any(w.casefold() in lexicon.stopwords and len(w) > 1 for w in words)
            and not lexicon.places(part)
            and any(w[:1].isupper() for w in words)  # a name, not "(three judges)"
        ):
            own = own or part
    return short, own


# An outlet that is a body's own release, not a newspaper or a wire service.
# (or its press office's outlet: "Antimonopoly Service under the Government of … — press
# service", as ministries of the former Soviet states sign their news)
_RELEASE = compiled(
    r"\b(?:press|news|media)\s+release|\bpress\s+(?:statement|service|office|cent(?:re|er))"
    r"|\bannouncement",
    re.I,
)
_UNDER = compiled(r"\bunder\s+(?:the\s+)?$")
_LEGAL_FORM = compiled(rf",?\s+(?:{legal_forms()})(?![\w/])")


def _is_company(text: str, end: int) -> bool:
    """ "Home Service Ltd" is a company, not a service of the state."""
    return bool(_LEGAL_FORM.match(text, end))


def _key(name: str, lexicon: Lexicon) -> str:
    """A body's name without the place it opens with: "U.S. Department of Transportation"
    and "Department of Transportation" are one body."""
    return " ".join(_without_places_before(name.split(), lexicon)).casefold()


def _without_places_before(words: list[str], lexicon: Lexicon) -> list[str]:
    """A name's words without the places it opens with ("U.S.", "Colorado"), one word kept."""
    while len(words) > 1 and lexicon.places(words[0]):
        words = words[1:]
    return words


def _country(body: _Body, text: str, lexicon: Lexicon) -> str | None:
    """The country a body's names say ("Swedish Gambling Authority"), else the one the
    section naming it points at (a round-up's "**Canada: …**")."""
    for name in body.names:
        # "Alberta Securities Commission": the province's code (CA-AB), as listed ones have.
        # "Auckland Council", "Brisbane City Council": a town in its name, its place (AU-QLD).
        places = set(lexicon.places(name)) - {"EU"} or set(lexicon.places_by_city(name))
        if len(places) == 1:
            return next(iter(places))
    # "| Bhutan | Royal Monetary Authority (RMA) | …": a round-up's table gives each body's
    # country in its row.
    row_start = text.rfind("\n", 0, body.at) + 1
    if text.startswith("|", row_start):
        row_end = text.find("\n", body.at)
        row = text[row_start : row_end if row_end != -1 else len(text)]
        in_row = {
            m.key.partition("-")[0]
            for m in lexicon.mentions(row)
            if m.kind == "jurisdiction" and not _CURRENCY_PREFIX.match(row, m.end)
        } - {"EU"}
        if len(in_row) == 1:
            return next(iter(in_row))
    start = max(text.rfind("\n#", 0, body.at), text.rfind("\n**", 0, body.at), 0)
    following = [i for i in (text.find("\n#", body.at), text.find("\n**", body.at)) if i != -1]
    section = text[start : min(following, default=len(text))]
    countries = Counter(
        code.partition("-")[0]
        for m in lexicon.mentions(section)
        # "₹30 lakh (approximately US$35,000)": a conversion's currency is no place
        if m.kind in ("jurisdiction", "authority") and not _CURRENCY_PREFIX.match(section, m.end)
        for code in (
            [m.key] if m.kind == "jurisdiction" else [lexicon.authorities[m.key].jurisdiction]
        )
        if code != "EU"
    )
    ranked = countries.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) and start > 0:
        return ranked[0][0]
    # A round-up's item naming its place by a town or its money only ("**Sabah: …**" over
    # "… fined X RM150,000 …"): that item's country, not the article's first.
    return _section_place(section, lexicon) if start > 0 else None


_IN_BRACKETS = compiled(r"\([^()]*$")
_CURRENCY_PREFIX = compiled(r"\$|\s?(?:dollars?|cents?)\b")


def _article_country(article: Article, lexicon: Lexicon, regulators: bool = True) -> str | None:
    """The country an article points at most: places it names, regulators (unless not
    `regulators`) and currencies only one country has, and last the country-code domain it
    was published on."""
    countries: Counter[str] = Counter()
    text = f"{article.title}\n{article.body}"
    for m in lexicon.mentions_joined((article.title, article.body)):
        if m.kind == "jurisdiction" and _CURRENCY_PREFIX.match(text, m.end):
            continue  # "(about US$48,000)": a conversion's currency is no place
        if m.kind == "jurisdiction":
            countries[m.key.partition("-")[0]] += 1
        elif m.kind == "authority" and regulators:
            countries[lexicon.authorities[m.key].jurisdiction.partition("-")[0]] += 1
    # Its towns: "Penrith City Council in Sydney's west" is an Australian body.
    for part in (article.title, article.body):  # a dateline opens the body
        for code, n in lexicon.places_by_city(part or "").items():
            countries[code.partition("-")[0]] += n
    users = lexicon.currency_users()
    for money in find_money(article.body):
        if _IN_BRACKETS.search(article.body, max(0, money.start - 25), money.start):
            continue  # "₹40 lakh (about US$48,000)": a conversion for readers elsewhere
        owners = users.get(money.money.currency, []) if money.money else []
        if len(owners) == 1:
            countries[owners[0]] += 1
    countries.pop("EU", None)
    ranked = countries.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    host = urlsplit(article.url or "").hostname or ""
    domain = host.rpartition(".")[2].upper()
    domain = "GB" if domain == "UK" else domain
    place = lexicon.jurisdictions.get(domain)
    return place.code if place is not None and place.parent is None else None


def article_lexicon(article: Article, lexicon: Lexicon, courts: bool = False) -> Lexicon:
    """`lexicon` with the short forms the article defines for listed bodies, the bodies it
    introduces that it does not list, and the initials it uses for listed ones; a name two
    places share is the one the article means."""
    lexicon = lexicon.settle_places(article.body)
    lexicon = lexicon.with_short_forms(_defined_short_forms(article.body, lexicon))
    extra = unlisted_bodies(article, lexicon, courts)
    # "Civil Aviation Authority of Botswana (CAAB)", "the Lagos State Environmental
    # Protection Agency (LASEPA)": here the short form is that body's only, whatever listed
    # body (Bangladesh's CAAB, the US EPA) goes by it or by the name's last words.
    own_shorts = {
        short: a.id
        for a in extra
        for short in (
            a.aliases[-1] if a.aliases and a.id == f"{a.aliases[-1]} ({a.jurisdiction})" else a.id,
        )
        if _SHORT_FORM.fullmatch(short) and short != a.english_name
    }
    # "EPA-SL" and, in this article, "EPA" alone: the short form without its country's code.
    own_shorts |= {
        coded["short"]: a.id
        for a in extra
        if (coded := _CODED_SHORT.fullmatch(a.id))
        and coded["code"] == a.jurisdiction.partition("-")[0]
    }
    initialled = _initialled(article.body, lexicon, extra)
    # "The PUC fined …" read alone as a body of its own is the listed one those are the
    # initials of ("the Colorado Public Utilities Commission").
    known_initials = {alias for a in initialled for alias in a.aliases}
    extra = [a for a in extra if not (a.id in known_initials and a.name == a.id)] + initialled
    lexicon = lexicon.with_authorities(extra + _by_opening_word(article.body, lexicon, extra))
    return lexicon.with_short_forms(
        local_bodies(article.body, lexicon)
        | own_shorts
        | _without_their_place(article.body, lexicon)
        | _local_body(article, lexicon)
    )


def _place_splits(name: str) -> Iterator[tuple[str, str]]:
    """(place, the rest) for each way `name` may open with a place ("Kenya Civil Aviation
    Authority", "Tuvalu's …") or close with one ("Consumer Affairs Authority of Tuvalu")."""
    words = name.split()
    for n in range(1, min(4, len(words) - 1)):
        yield " ".join(words[:n]), " ".join(words[n:])
    for of in re.finditer(r"\s+of\s+(?:the\s+)?", name):
        yield name[of.end() :], name[: of.start()]


def _local_body(article: Article, lexicon: Lexicon) -> dict[str, str]:
    """ "The Civil Aviation Authority fined the carrier … on its Nairobi route": a listed
    body's name with no place in it (the UK's CAA), in an article about another country that
    never names the UK, is that country's body of the kind named so with its place ("Kenya
    Civil Aviation Authority") when the data files list one."""
    mentions = lexicon.mentions(article.body)
    named = {m.key.partition("-")[0] for m in mentions if m.kind == "jurisdiction"}
    foreign = [
        m
        for m in mentions
        if m.kind == "authority"
        and " " in m.text
        and lexicon.authorities[m.key].jurisdiction.partition("-")[0] not in named | {"EU"}
    ]
    if not foreign:
        return {}
    # (Its country by all else it names: the body's own name would count for the UK.)
    country = _article_country(article, lexicon, regulators=False)
    found: dict[str, str] = {}
    for m in foreign:
        listed = lexicon.authorities[m.key]
        if country is None or listed.jurisdiction.partition("-")[0] == country:
            continue
        wanted = m.text.casefold()
        for local in lexicon.regulators_of(country, listed.kind):
            names = {local.name, local.english_name, *local.aliases}
            if any(
                rest.casefold() == wanted
                and lexicon.places(re.sub(r"['’]s$", "", place)) == {country}
                for name in names
                for place, rest in _place_splits(name)
            ):
                found[m.text] = local.id
                break
    return found


def _without_their_place(body: str, lexicon: Lexicon) -> dict[str, str]:
    """ "The Kenya Civil Aviation Authority … the Civil Aviation Authority fined": a body named
    in full with its place, then without it, in words the data files give another country's
    body (the UK's CAA). In this article those words name the body it named in full — unless
    it names the other body's country too."""
    found: dict[str, str] = {}
    mentions = lexicon.mentions(body)
    named = {m.key.partition("-")[0] for m in mentions if m.kind == "jurisdiction"}
    for m in mentions:
        if m.kind != "authority" or " " not in m.text:
            continue
        home = lexicon.authorities[m.key].jurisdiction.partition("-")[0]
        for place, rest in _place_splits(m.text):
            if rest in found or " " not in rest:
                continue
            place = re.sub(r"['’]s$", "", place)
            if not any(
                p.kind == "jurisdiction"
                and (p.start, p.end) == (0, len(place))
                and p.key.partition("-")[0] == home
                for p in lexicon.mentions(place)
            ):
                continue
            others = [o for o in lexicon.mentions(rest) if o.kind == "authority"]
            theirs = {lexicon.authorities[o.key].jurisdiction.partition("-")[0] for o in others}
            if (
                others
                and all((o.start, o.end) == (0, len(rest)) for o in others)
                and home not in theirs
                and not theirs & named
            ):
                found[rest] = m.key
    return found


# Around a word written alone: no word character (nor an apostrophe or hyphen) before it,
# none after it (`spots`: found by `str.find`, not a pattern compiled for each word).
_WORD_OR_MARK = compiled(r"[\w’'-]")
_NO_WORD_AFTER = compiled(r"(?![\w-])")
_THE_BEFORE = compiled(r"\b[Tt]he\s+$")


def _by_opening_word(body: str, lexicon: Lexicon, introduced: list[Authority]) -> list[Authority]:
    """ "The Conseil de la concurrence … the Conseil fined …": a listed body named in full
    by a name opening with its kind of body, then by that word alone. Only where that word
    stands for nothing else in the article: every other time it is written, it is "the
    <word>" with no name after it."""
    heads = set(_vocabulary()["heads"]) | set(_vocabulary().get("opening_heads", []))
    mentions = [m for m in lexicon.mentions(body) if m.kind == "authority"]
    opened: dict[str, set[str]] = {}
    for m in mentions:
        words = m.text.split()
        if len(words) > 1 and words[0] in heads:
            opened.setdefault(words[0], set()).add(m.key)
    taken = {a.id for a in introduced}
    found = []
    for word, keys in opened.items():
        if len(keys) != 1 or (key := next(iter(keys))) in taken:
            continue
        inside = [(m.start, m.end) for m in mentions if m.key == key]
        alone = 0
        for start in spots(body, word, _WORD_OR_MARK, _NO_WORD_AFTER):
            if any(s <= start < e for s, e in inside):
                continue
            if not _THE_BEFORE.search(body[max(0, start - 5) : start]) or _ANOTHER_BODY_AFTER.match(
                body, start + len(word)
            ):
                alone = -1  # "Conseil d'État", "the Board of Directors": another body
                break
            alone += 1
        if alone <= 0:
            continue
        named = lexicon.authorities[key]
        found.append(
            Authority(
                id=named.id,
                name=named.name,
                english_name=named.english_name,
                aliases=(*named.aliases, f"the {word}"),
                jurisdiction=named.jurisdiction,
                kind=named.kind,
            )
        )
    return found


# A short form inside the brackets after a name, alone or beside its own-language name:
# "(CMA)", "(the CMA)", '("CBB")', "(Consiliul Național al Audiovizualului, CNA)".
_BRACKETS = compiled(r"[^\S\n]*\(([^()\n]{1,120})\)")
_SHORT_PART = compiled(r"(?:the\s+)?[\"“']?([A-Z][A-Za-z&]{0,7}[A-Z][a-z]?)[\"”']?")


def _defined_short_forms(body: str, lexicon: Lexicon) -> dict[str, str]:
    """ "Capital Market Authority (CMA)": the short form an article gives a listed body in
    brackets after its name, which names that body throughout the article — even when the
    data files give it to another body as well (the UK's CMA) or leave it out. A short form
    the article gives two bodies decides nothing."""
    defined: dict[str, set[str]] = {}
    mentions = [m for m in lexicon.mentions(body) if m.kind == "authority"]
    spans = Counter((m.start, m.end) for m in mentions)
    for m in mentions:
        if spans[(m.start, m.end)] > 1:
            continue  # a name several bodies share, the text leaves open
        if (possessed := _possessed(body, m, lexicon)) is not None:
            defined.setdefault(m.text, set()).add(possessed)
        brackets = _BRACKETS.match(body, m.end)
        if brackets is None:
            continue
        for part in re.split(r"[,;]\s*", brackets.group(1)):
            short = _SHORT_PART.fullmatch(part.strip())
            if short and short.group(1) != m.text:
                defined.setdefault(short.group(1), set()).add(m.key)
    return {short: keys.pop() for short, keys in defined.items() if len(keys) == 1}


def _possessed(body: str, mention, lexicon: Lexicon) -> str | None:
    """ "Ontario's Financial Services Regulatory Authority", "Kenya's Competition Authority":
    a listed body's name after another place's possessive is that place's body of the kind
    (when the data files list exactly one), not the listed body it shares its words with."""
    owner = owner_country(body, mention.start, lexicon)
    home = lexicon.authorities[mention.key].jurisdiction
    if owner is None or home == "EU" or home == owner or home.startswith(f"{owner}-"):
        return None
    key = national_regulator(lexicon, owner, lexicon.authorities[mention.key].kind)
    return key if key != mention.key else None


# A short form in brackets right after a name: "(DEP)", "(CCPA)"; capitals, maybe an "&".
_DEFINED_SHORT = compiled(r"\s*\((?:the\s+)?([A-Z][A-Za-z&]{1,7}[A-Z])\)")


_WORD_OR_HYPHEN = compiled(r"[\w-]")
_INITIALS_END = compiled(r"(?![\w-])(?!\s+[A-Z])")
_LETTERS = compiled(r"[A-Za-z&]+")


def _stands_alone(initials: str, body: str) -> bool:
    r"""`re.search(rf"(?<![\w-]){initials}(?![\w-])(?!\s+[A-Z])", body)`: initials written as
    a word of their own, not before a capitalised word ("NCC said", not "NCC Group")."""
    if not _LETTERS.fullmatch(initials):
        return bool(cached_pattern(rf"(?<![\w-]){initials}(?![\w-])(?!\s+[A-Z])").search(body))
    return next(spots(body, initials, _WORD_OR_HYPHEN, _INITIALS_END), None) is not None


def _initialled(body: str, lexicon: Lexicon, introduced: list[Authority]) -> list[Authority]:
    """ "The Nigerian Communications Commission fined … NCC said": a listed body named in
    full, then by its initials alone, goes by them in this article — even when the data
    files leave the initials out because several bodies share them."""
    taken = {a.id for a in introduced}
    found = []
    mentions = [m for m in lexicon.mentions(body) if m.kind == "authority"]
    # "The Pennsylvania Department of Environmental Protection (DEP) today announced": the
    # short form a release defines in brackets after the full name, whatever its letters.
    defined = {
        m.key: short.group(1) for m in mentions if (short := _DEFINED_SHORT.match(body, m.end))
    }
    for key in dict.fromkeys(m.key for m in mentions):
        body_named = lexicon.authorities[key]
        words = re.findall(r"\b[A-Z][\w'’-]*", body_named.english_name or body_named.name)
        # "The Colorado Public Utilities Commission … the PUC fined": a state's or city's body
        # goes by the initials of its name without its place as well.
        unplaced = _without_places_before(words, lexicon)
        choices = ["".join(w[0] for w in words), "".join(w[0] for w in unplaced)]
        if key in defined and key not in taken and defined[key] not in body_named.aliases:
            choices = [defined[key]]
        if key in taken:
            continue
        used = [
            initials
            for initials in dict.fromkeys(choices)
            if len(initials) >= 3
            and initials not in body_named.aliases
            # the initials name a listed body already: that one's
            and not any(m.kind == "authority" for m in lexicon.mentions(initials))
            # "NCC said", not the company "NCC Group"
            and _stands_alone(initials, body)
        ]
        if used:
            aliases = (*body_named.aliases, *used)
            found.append(
                Authority(
                    id=body_named.id,
                    name=body_named.name,
                    english_name=body_named.english_name,
                    aliases=aliases,
                    jurisdiction=body_named.jurisdiction,
                    kind=body_named.kind,
                )
            )
    return found


def bodies_named(named: dict[str, str | None], lexicon: Lexicon) -> list[Authority]:
    """Bodies an index's facts name that `lexicon` does not list (`IndexReader.
    authorities_named`), for questions to name them as they name listed ones ("how many days
    between the URE decision and the SOKiK judgment"). A generic name a court was given
    ("Court", "Competition Court" is kept: it names one) is no name to look for."""
    generic = {w.casefold() for w in _vocabulary()["heads"]} | {"court", "tribunal", "the", "of"}
    return [
        Authority(
            id=name,
            name=name,
            english_name=name,
            aliases=(),
            jurisdiction=place,
            kind="unlisted",
        )
        for name, place in named.items()
        if place and not {w.casefold() for w in name.split()} <= generic
    ]


# --- Generic or borrowed names of listed bodies ----------------------------------------
# Which listed body a generic or borrowed name means in one article.
#
# The data files give some names to one country's body although any country's body of the kind
# goes by them ("Personal Data Protection Agency": Croatia's), and give acronyms to bodies of
# some countries while another country's body spells the same letters ("ANAC": Brazil's and
# Argentina's, and Portugal's Autoridade Nacional da Aviação Civil). An article about Skopje,
# in denars, that never names Croatia means North Macedonia's agency; a section headed
# "Portugal" that writes "Portugal's civil aviation authority ANAC" means Portugal's. Here such
# a name is bound, for that article only, to the body of the country the article's own places
# point at — when the data files list exactly one there that fits.


# "Portugal's civil aviation authority ANAC": a country's possessive, a few lower-case words.
_OWNER_BEFORE = compiled(
    r"(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s+(?:[a-z][\w-]*\s+){0,4}(?:the\s+)?$"
)
_HEADING_START = compiled(r"^(?:#+\s|\*\*|---\s*$)", re.MULTILINE)
_ACRONYM = compiled(r"[A-Z][A-Za-z&]{1,8}[A-Z]")
_WORD_NEXT = compiled(r"[ \t]+([A-Z][\w'’-]*)")
_BRACKETED = compiled(r"\([^()]*\)")
_CAPITALISED = compiled(r"\b[A-ZÀ-Ý][\w'’-]*")


def local_bodies(body: str, lexicon: Lexicon) -> dict[str, str]:
    """Name as written -> the listed body it stands for in this article (see module)."""
    mentions = [m for m in lexicon.mentions(body) if m.kind == "authority"]
    if not mentions:
        return {}
    # The places named as places and towns first; the currencies' (a search of the whole
    # body for money) only for a body those leave unplaced — a place more can only make
    # `_home_named` true, so the answer is the same.
    named = _places_named(body, lexicon, currencies=False)
    with_currencies: set[str] | None = None
    spans: dict[tuple[int, int], list[Mention]] = {}
    for m in mentions:
        spans.setdefault((m.start, m.end), []).append(m)
    bound: dict[str, set[str]] = {}
    sections: dict[tuple[int, int], str | None] = {}
    named_before: tuple[int, str] | None = None  # where a name rebound here ends, its body
    for same in spans.values():
        homes = [lexicon.authorities[m.key] for m in same]
        form = same[0].text
        if _ACRONYM.fullmatch(form) and body[max(0, same[0].start - 1) : same[0].start] == "(":
            # "Capital Markets Authority (CMA)": the name before it says whose — the body
            # that name was found to mean here, if it was.
            if named_before is not None and body[named_before[0] : same[0].start].strip() == "(":
                bound.setdefault(form, set()).add(named_before[1])
            continue
        named_before = None
        if any(_home_named(a.jurisdiction, named, lexicon) for a in homes):
            continue  # the article names the body's own country: it may well be that one
        if with_currencies is None:
            with_currencies = named | _currency_places(body, lexicon)
        if with_currencies != named and any(
            _home_named(a.jurisdiction, with_currencies, lexicon) for a in homes
        ):
            continue
        acronym = _ACRONYM.fullmatch(form) is not None
        if not acronym and (
            len(homes) > 1 or not form[:1].isupper() or _names_a_place(form, lexicon)
        ):
            continue  # "Croatian DPA" says whose it is; "the civil aviation authority" is no name
        if (
            acronym
            and (after := _WORD_NEXT.match(body, same[0].end))
            and _names_a_place(after.group(1), lexicon)
        ):
            # "FIU Suriname": a name of its own with its place, left to the data files — the
            # bare acronym elsewhere in the story may still be the other country's body.
            continue
        local = _local_country(body, same[0].start, lexicon, sections)
        country = local.partition("-")[0] if local else None
        if local is None or any(a.jurisdiction.partition("-")[0] == country for a in homes):
            continue
        target = (
            _spelled_by(form, local, lexicon)
            if acronym
            else _one_of_kind(local, {a.kind for a in homes}, lexicon)
        )
        if target is not None:
            bound.setdefault(form, set()).add(target)
            named_before = (same[0].end, target)
    # A name two sections give two countries' bodies decides nothing.
    return {form: keys.pop() for form, keys in bound.items() if len(keys) == 1}


def _places_named(body: str, lexicon: Lexicon, currencies: bool = True) -> set[str]:
    """Places the article names itself (not through a body's name): countries and towns.
    `currencies`: and those its amounts' currencies name (`_currency_places`)."""
    codes = {code for code, _ in _places_in(body, lexicon)}
    codes.update(lexicon.places_by_city(body))
    if currencies:
        codes |= _currency_places(body, lexicon)
    return codes


def _currency_places(body: str, lexicon: Lexicon) -> set[str]:
    """ "KSh 8 million": a currency only one country uses names it too."""
    codes = set()
    users = lexicon.currency_users()
    for currency in _currency_codes(body):
        if len(owners := users.get(currency, [])) == 1:
            codes.add(owners[0])
    return codes


def _places_in(text: str, lexicon: Lexicon) -> list[tuple[str, int]]:
    """(code, where) of each place the text names: as a place, or in a body's name that
    carries it ("NSW Land and Environment Court") — not a conversion's "US$"."""
    found = []
    for m in lexicon.mentions(text):
        if m.kind == "jurisdiction" and not _CURRENCY_PREFIX.match(text, m.end):
            found.append((m.key, m.start))
        elif m.kind == "authority" and _names_a_place(m.text, lexicon):
            found.append((lexicon.authorities[m.key].jurisdiction, m.start))
    return found


def _home_named(code: str, named: set[str], lexicon: Lexicon) -> bool:
    if code == "EU" or code in named or (len(code) > 2 and "-" not in code):
        return True  # a union's bodies ("EU", "ECCU") are any member's too
    place = lexicon.jurisdictions.get(code)
    return place is None or (place.parent is not None and place.parent in named)


def _names_a_place(form: str, lexicon: Lexicon) -> bool:
    return any(
        m.kind in ("jurisdiction", "region")
        for word in form.split()
        for m in lexicon.mentions(word)
    )


def _local_country(
    body: str, at: int, lexicon: Lexicon, sections: dict[tuple[int, int], str | None]
) -> str | None:
    """The place a body's mention sits in: a possessive just before it, else the country its
    section names most (places, towns, a currency only one country uses) — or the state or
    province of that country it names, if only one. `sections` keeps each section's answer."""
    owner = _OWNER_BEFORE.search(body, max(0, at - 80), at)
    if owner is not None:
        places = [m for m in lexicon.mentions(owner.group("place")) if m.kind == "jurisdiction"]
        if places:
            return places[-1].key
    starts = [h.start() for h in _HEADING_START.finditer(body)]
    bounds = (
        max((s for s in starts if s <= at), default=0),
        min((s for s in starts if s > at), default=len(body)),
    )
    if bounds not in sections:
        sections[bounds] = _section_place(body[bounds[0] : bounds[1]], lexicon)
    return sections[bounds]


def _section_place(section: str, lexicon: Lexicon) -> str | None:
    counts: Counter[str] = Counter()
    subdivisions: set[str] = set()
    for code, _ in _places_in(section, lexicon):
        counts[code.partition("-")[0]] += 1
        subdivisions.add(code)
    for code, n in lexicon.places_by_city(section).items():
        counts[code.partition("-")[0]] += n
        subdivisions.add(code)
    users = lexicon.currency_users()
    for currency in _currency_codes(section):
        owners = users.get(currency, [])
        if len(owners) == 1:
            counts[owners[0]] += 1
    counts.pop("EU", None)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    country = ranked[0][0]
    states = {code for code in subdivisions if code.startswith(f"{country}-")}
    return states.pop() if len(states) == 1 else country


def _currency_codes(text: str) -> list[str]:
    """Currencies written so that they say whose they are: not a bare "$" (any dollar)."""
    return [
        m.money.currency
        for m in find_money(text)
        if m.money is not None and not text.startswith("$", m.start)
    ]


# After a head word, what makes it part of another body's name: "Conseil d'État", "the Board
# of Directors".
_ANOTHER_BODY_AFTER = compiled(r"['’]?\s+(?:[A-Z]|(?:of|for|de|du|des|d['’]|di|del|della|on)\b)")


def _initials(name: str) -> str:
    """ "Autoridade Nacional da Aviação Civil": ANAC; a bracketed "(Chile)" is no word of it."""
    return "".join(w[0] for w in _CAPITALISED.findall(_BRACKETED.sub("", name))).upper()


def _spelled_by(acronym: str, place: str, lexicon: Lexicon) -> str | None:
    """The one listed body of `place` whose name's capitals spell the acronym, or whose name
    or acronym does once its place is left out ("NSW EPA", "New South Wales Environment
    Protection Authority": the EPA of a story set in New South Wales)."""
    letters = acronym.upper()
    found = []
    for a in _bodies_of(place, lexicon):
        spelled = {_initials(a.name), _initials(a.english_name), *a.aliases}
        for form in (a.name, a.english_name, *a.aliases):
            bare = _without_its_place(form, a.jurisdiction, lexicon)
            if bare != form:
                spelled |= {bare, _initials(bare)}
        if letters in spelled:
            found.append(a.id)
    return found[0] if len(found) == 1 else None


def _without_its_place(form: str, code: str, lexicon: Lexicon) -> str:
    """The name without its place's names ("NSW EPA": "EPA")."""
    while code:
        place = lexicon.jurisdictions.get(code)
        if place is None:
            break
        for name in sorted((place.name, *place.aliases, *place.demonyms), key=len, reverse=True):
            if name and name in form:
                form = " ".join(form.replace(name, " ").split())
        code = place.parent or ""
    return form


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
