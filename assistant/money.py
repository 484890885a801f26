"""Money: an exact amount in whole currency units with its ISO 4217 code, and finding it in text.

`Decimal`, never float: 5.2 million is Decimal("5200000") exactly. Currency symbols, codes and
names come from `assistant/data/currencies.toml`; adding a currency is a data change.

`find_money` reports each amount with the exact span it was written in, so that a fact can
cite it: `text[m.start:m.end] == m.text` always. What surrounds an amount is reported beside
it, not inside the span: "up to €20 million" is the span "€20 million" with qualifier
"up to"; "€100,000 per day" is "€100,000" with per "day".
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache, lru_cache

from .datafiles import load_toml
from .numbers import NUMBER_WORDS, parse_number_words, read_digits, scaled
from .pattern_cache import compile_pattern, compiled


@dataclass(frozen=True, order=False)
class Money:
    amount: Decimal
    currency: str  # ISO 4217, e.g. "EUR"

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Decimal):
            raise TypeError("Money.amount must be a Decimal")
        if not self.amount.is_finite():
            raise ValueError(f"not an amount: {self.amount!r}")
        if len(self.currency) != 3 or not self.currency.isupper():
            raise ValueError(f"not an ISO 4217 code: {self.currency!r}")


@dataclass(frozen=True)
class MoneyMention:
    money: Money | None  # None when the currency cannot be resolved ("kr" with no context)
    start: int
    end: int
    # == text[start:end]: the whole expression, "€10-20 million", "20-million-euro", and an
    # amount set in a unit that is not money with its worth: "95 UIT (S/ 508,250)"
    text: str
    currency_text: str  # as written: "€", "euros", "kr", "SEK", "US$"
    qualifier: str | None  # lower-cased words right before: "up to", "more than", "between"
    range_end: Money | None  # the high end of a range; `money` is then the low end
    per: str | None  # "day", "week", "month", "year", "hour" for rates ("€100,000 per day")
    amount: Decimal = Decimal(0)  # the (low) amount, known even when the currency is not


def format_money(money: Money) -> str:
    """ "€5,200,000", "£7,552,800.50", "C$1,000", "SEK 58,000,000": exact digits, never rounded.

    A symbol is used only when it names this currency alone (or is its ambiguous default,
    "$" for USD), so the text reads back to the same currency with `find_money`.
    """
    amount = abs(money.amount)
    if amount == amount.to_integral_value():
        digits = f"{amount:,.0f}"
    else:
        exponent = int(amount.normalize().as_tuple().exponent)  # finite: always an int
        places = max(2, -exponent)
        digits = f"{amount:,.{places}f}"
    sign = "-" if money.amount < 0 else ""
    symbol = _table().display.get(money.currency)
    return f"{sign}{symbol}{digits}" if symbol else f"{sign}{money.currency} {digits}"


def find_money(
    text: str, default_currency: str | None = None, article: str | None = None
) -> list[MoneyMention]:
    """Every amount of money in `text`, in order, with exact spans.

    `default_currency` (the jurisdiction's currency) resolves strings several currencies
    share ("kr", "$", "crowns") when it is one of them; otherwise `[ambiguous_default]` in
    currencies.toml decides, and failing that the mention has money=None.

    Except for a bare "$" (or "dollars") in an `article` (default: `text` itself) that also
    writes the default currency in a form of its own, as wire copy does: in "A$1.26 million
    ($820,000)" or "120 million pesos ($6.5 million)" the "$" is the US dollar.

    An amount written twice, in figures and in words, is one mention: "$ 6.000.000 (six
    million pesos)" is six million pesos, whatever the "$" alone would have been.
    """
    return list(_find_money(text, default_currency, article))


# The same sentences are read again and again: by the extractor for each fact it builds, and
# by the answer engine for each question whose evidence they are (~0.3 ms a sentence).
@lru_cache(maxsize=4096)
def _find_money(
    text: str, default_currency: str | None, article: str | None
) -> tuple[MoneyMention, ...]:
    chosen = _chosen(text)
    if not chosen:
        return ()
    table = _table()
    marked = default_currency is not None and default_currency in _marked(
        text if article is None else article
    )
    twins = _written_twice(chosen, text)
    restatements = set(twins.values())
    return tuple(
        _mention(c, text, default_currency, marked, table, chosen[twins[i]] if i in twins else None)
        for i, c in enumerate(chosen)
        if i not in restatements
    )


@lru_cache(maxsize=64)
def _chosen(text: str) -> tuple[_Candidate, ...]:
    """`_chosen_afresh(text)`, kept: an article's body is read whole for the countries its
    amounts point at (article_context) and again for the currencies it marks (`_marked`),
    and a sentence once for each jurisdiction's currency it is read with."""
    return tuple(_chosen_afresh(text))


def _chosen_afresh(text: str) -> list[_Candidate]:
    """The amounts in `text`, each read once, before their currency is resolved."""
    # Only the forms that can match this text are compiled (~10 ms each) and tried; most
    # questions have neither digits nor a scale word, and then none can.
    kinds = [kind for kind in _KINDS if _KIND_NEEDS[kind].search(text)]
    if not kinds:
        return []
    candidates: list[_Candidate] = []
    for kind in kinds:
        pattern = _compiled(kind)
        search = _search_words if kind == "words" else pattern.search
        position = 0
        while match := search(text, position):
            candidate = _candidate(kind, match)
            if candidate is not None and _plausible_range(candidate, text):
                candidates.append(candidate)
                position = match.end()
            elif kind == "words":  # "three two-million-euro fines": try "two-million-euro"
                position = _next_word(text, match.start())
            else:
                position = match.end()
    candidates = _sign_then_word(candidates)
    # Leftmost, then longest: "€10-20 million" beats "€10"; "€20 million euros" is "€20 million".
    candidates.sort(key=lambda c: (c.start, c.start - c.end))
    chosen: list[_Candidate] = []
    for candidate in candidates:
        if not chosen or candidate.start >= chosen[-1].end:
            chosen.append(candidate)
    return [_with_units(c, text) for c in _merge_ranges(chosen, text)]


_WORD_START = compiled(r"(?<![\w-])\w")


def _search_words(text: str, position: int) -> re.Match[str] | None:
    """`_compiled("words").search(text, position)`, tried only where a match can start.

    An amount in words has a scale word ("two million euros"), and only letters, spaces and
    hyphens between its start and that word (`_WORDS`): it starts at a word within the run of
    those before a scale word. Those starts are tried in order, each with `match` (what
    `search` finds at the leftmost start it matches at), instead of the pattern's long
    alternation of number words at every word of the text."""
    pattern = _compiled("words")
    tried = position  # every start before this is tried (or cannot be one)
    for scale in _KIND_NEEDS["words"].finditer(text, position):
        at = scale.start()
        run = at  # the run of word characters, spaces and hyphens ending at the scale word
        while run > tried and (text[run - 1].isalnum() or text[run - 1] in "_ -"):
            run -= 1
        for start in _WORD_START.finditer(text, max(run, tried), at):
            found = pattern.match(text, start.start())
            if found is not None:
                return found
        tried = max(tried, at)
    return None


def _sign_then_word(candidates: list[_Candidate]) -> list[_Candidate]:
    """ "$40,000 tala", "$5,000 pa'anga", "¥2 million yuan": a sign several currencies share,
    and after the same figure the word of one of them, as the press of countries whose money
    is written with a "$" puts it. One amount, in the currency the word names: the word is
    read over the whole ("$40,000 tala" is WST, not USD)."""
    table = _table()
    posts = {c.low_start: c for c in candidates if c.kind == "post" and c.high is None}
    if not posts:
        return candidates
    out = []
    for candidate in candidates:
        word = posts.get(candidate.low_start) if candidate.kind == "pre" else None
        if (
            word is not None
            and candidate.high is None
            and word.end > candidate.end
            and len(_codes(candidate.currency_text, table)) > 1
            and _fold(word.currency_text) in table.names
            # the word must name money the sign can stand for: "$3 million won by investors"
            # is dollars a class action won, not won ("₩"); "$40,000 tala" is the tala's "$"
            and _codes(word.currency_text, table) & _codes(candidate.currency_text, table)
        ):
            candidate = replace(word, start=candidate.start, kind="pre")
        out.append(candidate)
    return out


# --------------------------------------------------------------------------------------------
# Currency table and patterns

_SP = "[ \u00a0\u2009\u202f]"  # space, no-break space, thin space, narrow no-break space
# Digits as news writes them across Europe; what they are worth is `numbers.read_digits`.
# "1.234.567,89", "845.000", "40'000" (Swiss, also with ’), "1 250 000" (also thin spaces),
# "1,5" and "1,234.56".
_NUM = (
    r"(?:\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?"
    r"|\d{1,3}(?:\.\d{3})+,\d+"
    r"|\d{1,3}(?:['’]\d{3})+(?:\.\d+)?"  # Swiss: CHF 1'250'000.50
    r"|\d{1,3}(?:,\d{2})+,\d{3}(?:\.\d+)?"  # Indian lakh grouping: 1,50,000
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    rf"|\d{{1,3}}(?:{_SP}\d{{3}})+(?:[.,]\d{{1,2}})?(?!{_SP}?\d)"
    r"|\d+,\d{1,2}"
    r"|\d+(?:\.\d+)?)"
    r"(?![.,'’]?\d)"
)
_MULTIPLIERS = {
    "trillion": 10**12, "tn": 10**12, "billion": 10**9, "bn": 10**9, "b": 10**9,
    "million": 10**6, "mln": 10**6, "mn": 10**6, "m": 10**6, "mm": 10**6,
    # As European copy abbreviates them: German Mio./Mrd., Polish and Italian mld., Czech
    # and Slovak mil./mld., Danish mio./mia., Norwegian mill./mrd., Swedish and Finnish milj.
    "mio": 10**6, "mrd": 10**9, "mld": 10**9, "mil": 10**6, "mill": 10**6, "milj": 10**6,
    "mia": 10**9, "mdr": 10**9,
    "crore": 10**7, "lakh": 10**5, "thousand": 10**3, "k": 10**3,
}  # fmt: skip
# Words may stand apart ("5 million", "20-million"); single letters are glued ("€5.4m").
_MULT_EN = (
    r"[ \u00a0\u2009\u202f-]?(?i:trillion|billion|million|thousand|crore|lakh|mln|mn|bn|tn)(?i:s)?"
    # "2,3 Mio. Euro", "CZK 96,3 mil.", "DKK 1,2 mia.": the point is the word's
    r"|[ \u00a0\u2009\u202f]?(?i:mio|mrd|mld|milj|mill|mil|mia|mdr)\.?"
    r"|MM|[mMbBkK]"
)


@cache
def _scales() -> dict[str, int]:
    """Scale words of other languages ("milhões", "miliar", "milliárd"): `[scales]` in
    currencies.toml, casefolded → power of ten."""
    return {_fold(w): p for w, p in load_toml("currencies.toml").get("scales", {}).items()}


@cache
def _mult() -> str:
    """A scale after the figure: English and its abbreviations, then the data's words
    ("R$ 2,3 milhões", "Rp 24,6 miliar"), longest first so that "milhões" is not "mil"."""
    words = sorted(_scales(), key=lambda w: (-len(w), w))
    foreign = "|".join(re.escape(w) for w in words)
    local = rf"|{_SP}(?i:{foreign})" if foreign else ""
    return rf"(?:{_MULT_EN}{local})(?![^\W_])"


@cache
def _joined() -> str:
    """A word some languages put between a figure and its currency: "450.000 de lei",
    "2,3 milhões de reais" (`joiners` in currencies.toml)."""
    data = load_toml("currencies.toml")
    words = data.get("joiners", [])
    # French and Italian elide it before a vowel: "5,5 millions d'euros".
    elided = data.get("elided_joiners", [])
    if not words and not elided:
        return "(?!)"
    spaced = [rf"(?:{'|'.join(re.escape(w) for w in words)}){_SP}+"] if words else []
    # The data writes the apostrophe plainly; copy writes it either way ("d’euros").
    forms = [re.escape(w).replace("'", "['’]") for w in elided]
    tight = [rf"(?:{'|'.join(forms)})"] if forms else []
    return rf"{_SP}+(?:{'|'.join(spaced + tight)})"


def _multiplier(key: str) -> int:
    return _MULTIPLIERS[key] if key in _MULTIPLIERS else 10 ** _scales()[key]


_END = rf"(?![^\W_]|{_SP}?%)"
_CUR_END = rf"(?![^\W_])(?!{_SP}?\d)"  # "in 2023 €5m" is not "2023 €"
_CONN = rf"(?:{_SP}?[-–—]{_SP}?|{_SP}+(?:to|and){_SP}+)"  # "and" only after "between"
_WORD = "|".join(sorted(NUMBER_WORDS, key=lambda w: (-len(w), w)))  # alike in every process
# "two million", "a million", "half a million", "three hundred thousand": always with a scale.
# At most 13 words, so that a long run of words that is not money costs linear time.
# Also with what follows the scale ("twelve thousand five hundred"), and with a fraction of
# it ("three and a half million", "a quarter of a million", "three quarters of a million").
_WORDS = (
    rf"(?i:(?:(?:{_WORD})[ ]+and[ ]+a[ ]+half|(?:a|one|three)[ ]+quarters?[ ]+of[ ]+a"
    rf"|half[ -]an?|an?|(?:{_WORD})(?:(?:[ -]+|[ ]+and[ ]+)(?:{_WORD})){{0,12}})"
    r"[ -]+(?:thousand|million|billion|trillion)s?"
    rf"(?:(?:[ -]+|[ ]+and[ ]+)(?!(?:thousand|million|billion|trillion)\b)(?:{_WORD})"
    rf"(?:(?:[ -]+|[ ]+and[ ]+)(?:{_WORD})){{0,4}}(?<!thousand)(?<!million)(?<!billion))?)"
)


@dataclass(frozen=True)
class _Table:
    symbols: dict[str, frozenset[str]]  # symbol as written (or capitalised) → ISO codes
    names: dict[str, frozenset[str]]  # casefolded name → ISO codes
    defaults: dict[str, str]  # ambiguous string → ISO code
    display: dict[str, str]  # ISO code → the symbol format_money writes
    # Also words or acronyms ("5 real reasons", "PHP 8"): casefolded, need a sizeable amount.
    wordlike: frozenset[str]
    # Capital letters that are a currency only glued to the digits after them ("R5 million").
    glued: frozenset[str]
    # Single letters a currency lists as ambiguous ("L": the lempira's, and the lek's, leu's,
    # loti's in their countries' copy): read only in an article of that currency's country,
    # even where the data files give the letter to one currency alone. So are the symbols
    # listed in `local` ("Q4,850,000.00" quetzales, "DA 120 million" Algerian dinars).
    letters: frozenset[str] = frozenset()
    # ISO code → the codes of the same money before and after a redenomination (the old
    # leone SLL and the new SLE), itself included: `replaced` in currencies.toml.
    units: dict[str, frozenset[str]] = field(default_factory=dict)
    replaced: dict[str, str] = field(default_factory=dict)  # new unit's code → the old's


@cache
def _table() -> _Table:
    data = load_toml("currencies.toml")
    symbols: dict[str, set[str]] = {}
    names: dict[str, set[str]] = {}
    for currency in data["currency"]:
        for symbol in currency["symbols"]:
            symbols.setdefault(symbol, set()).add(currency["code"])
            if symbol.isalpha() and symbol.islower():  # "Kr" starting a sentence
                symbols.setdefault(symbol.capitalize(), set()).add(currency["code"])
        for name in currency["names"]:
            names.setdefault(_fold(name), set()).add(currency["code"])
    defaults = dict(data.get("ambiguous_default", {}))
    display = {}
    for currency in data["currency"]:
        for symbol in currency["symbols"]:
            sign = any(not c.isalpha() and c != "." for c in symbol)
            own = symbols[symbol] == {currency["code"]} or defaults.get(symbol) == currency["code"]
            if sign and own:
                display[currency["code"]] = symbol
                break
    return _Table(
        symbols={k: frozenset(v) for k, v in symbols.items()},
        names={k: frozenset(v) for k, v in names.items()},
        defaults=defaults,
        display=display,
        wordlike=frozenset(_fold(w) for w in data.get("wordlike", [])),
        glued=frozenset(data.get("glued", [])),
        letters=frozenset(
            symbol
            for currency in data["currency"]
            for symbol in currency.get("ambiguous_symbols", [])
            if len(symbol) == 1 and symbol.isalpha()
        )
        | frozenset(data.get("local", [])),
        units=_redenominations(data["currency"]),
        replaced={c["code"]: c["replaced"] for c in data["currency"] if c.get("replaced")},
    )


def _redenominations(currencies: list[dict]) -> dict[str, frozenset[str]]:
    """Each code's chain of units (`replaced`, followed both ways): "Le 800 million (old
    leones)" names the unit of that chain the amount is in."""
    chains: dict[str, set[str]] = {}
    for currency in currencies:
        if old := currency.get("replaced"):
            chain = chains.get(currency["code"], {currency["code"]}) | chains.get(old, {old})
            for code in chain:
                chains[code] = chain
    return {code: frozenset(chain) for code, chain in chains.items()}


_KINDS = ("range_pre", "range_post", "pre", "post", "words")  # tried in this order
# What each form cannot match without: a range has two numbers (digits, something else,
# digits); an amount in words has a scale word; the others have digits.
_KIND_NEEDS = {
    "range_pre": compiled(r"\d\D+\d"),
    "range_post": re.compile(r"\d\D+\d"),
    "pre": compiled(r"\d"),
    "post": re.compile(r"\d"),
    "words": compiled(r"thousand|million|billion|trillion", re.I),
}


@cache
def _compiled(kind: str) -> re.Pattern[str]:
    """One money pattern, compiled on first use (~10 ms each: they spell out every
    currency; kept between processes): formatting an amount, or a question with one
    number, needs few or none."""
    return compile_pattern(_pattern_texts()[kind])[0]


@cache
def _pattern_texts() -> dict[str, str]:
    table = _table()
    return _patterns(set(table.symbols), set(table.names), table.glued, spaced_currency_letters())


@cache
def dotted_symbols() -> frozenset[str]:
    """Currency symbols written with a full stop ("Gs.", "Rs.", "kr.", "Tk."): a sentence
    splitter may take the stop for a sentence's end before the amount."""
    return frozenset(s for s in _table().symbols if s.endswith(".") and s[:-1].isalpha())


@cache
def lettered_signs() -> frozenset[str]:
    """Currency symbols made of letters and a sign ("EC$", "HK$", "NT$", "GH₵", "S/."):
    the letters glued to the sign are the currency's, not a name ("EC" is no Commission)."""
    return frozenset(s for s in _table().symbols if re.fullmatch(r"[A-Za-z]+[$¥£¢₵/][A-Za-z.]*", s))


@cache
def _currency_words() -> re.Pattern[str]:
    """Every currency's names and symbols of more than one character, longest first."""
    table = _table()
    written = {*table.names, *(s.casefold() for s in table.symbols if len(s) > 1)}
    # Alphabetical within a length: the same source in every process, so the pattern
    # cache finds it (set order changes with each process's string hashing).
    words = sorted(written, key=lambda word: (-len(word), word))
    return compile_pattern(
        "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in words), re.I
    )[0]


def currency_named_at(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] (a place, as the lexicon reads one) begins the name or sign of
    a currency that runs on past it: "U.S. dollars", "US$", "Hong Kong dollars". The money's
    country, not where anything happened: "4.06 million yuan (around 565,000 U.S. dollars)"
    tells of a fine in Shanghai, and "prices only in US dollars" of a shop in Beirut."""
    found = _currency_words().match(text, start)
    return found is not None and found.end() > end


def glued_currency_letters() -> frozenset[str]:
    """Capital letters that are a currency only glued to digits ("R5 million", "N2.3bn")."""
    return _table().glued


def spaced_currency_letters() -> frozenset[str]:
    """Glued letters also read only in their own country's copy ("K", "P", "Q"): there the
    press writes them spaced from the figure as often as glued ("K 3 million" kwacha, "P 1.2
    million" pula), and the country check keeps "Class K 3" elsewhere from being money."""
    table = _table()
    return table.glued & table.letters


def _patterns(
    symbols: set[str], names: set[str], glued: frozenset[str], spaced: frozenset[str]
) -> dict[str, str]:
    # Longest first; of one length, alphabetical: the same pattern text in every process (a
    # set's order changes from one to the next), so its compiled form can be kept.
    signs = sorted(symbols - glued, key=lambda s: (-len(s), s))
    # ZAR's "R" and NGN's "N" only glued to digits ("R5 million", "N2 billion"), never inside
    # "R$" (BRL) or before a word.
    # A letter read only in its country's copy may stand a space apart ("K 3 million").
    gap = {g: "[ \u00a0]?" if g in spaced else "" for g in glued}
    # The signs, then the letters: each as its first character and the pattern of the rest
    # (`_after_first_character` writes the first once for the forms it starts).
    pre = _after_first_character(
        [(s[0], re.escape(s[1:])) for s in signs]
        + [(g[0], rf"{re.escape(g[1:])}(?={gap[g]}\d)") for g in sorted(glued)]
    )
    # After a number "kr." would swallow a full stop: write the symbol without the dot.
    after = {s for s in symbols if not s.endswith(".") and s not in glued}
    space = "[ \u00a0]+"
    words = {n: "(?i:" + space.join(re.escape(w) for w in n.split()) + ")" for n in names}
    forms = {re.escape(s): s for s in after} | {pattern: n for n, pattern in words.items()}
    post = _by_first_character(
        sorted(forms, key=lambda p: (-len(forms[p]), p)),
        {pattern: written[0] for pattern, written in forms.items()},
    )
    # Each form is tried at every character of a sentence: what its first character can be
    # is checked first (a sign's first letter, a digit), so that elsewhere it fails at once
    # instead of after each of some three hundred signs. The same matches.
    firsts = {s[0] for s in symbols - glued} | {g[0] for g in glued}
    pre_at = r"(?<![^\W_])(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"
    num_at = r"(?<![\w.,])(?=\d)"
    sep = r"[ \u00a0\u2009\u202f-]?"
    mult = _mult()
    one = rf"(?P<n1>{_NUM})(?P<m1>{mult})?"
    two = rf"(?P<n2>{_NUM})(?P<m2>{mult})?"
    forms_in_order = {
        "range_pre": rf"{pre_at}(?P<cur>{pre}){_SP}?{one}(?P<conn>{_CONN})(?:(?P=cur){_SP}?)?{two}{_END}",
        "range_post": rf"{num_at}{one}(?P<conn>{_CONN}){two}{sep}(?P<cur>{post}){_CUR_END}",
        "pre": rf"{pre_at}(?P<cur>{pre}){_SP}?{one}{_END}",
        "post": rf"{num_at}{one}(?:{_joined()}|{sep})(?P<cur>{post}){_CUR_END}",
        "words": rf"(?<![\w-])(?P<words>{_WORDS}){sep}(?P<cur>{post}){_CUR_END}",
    }
    assert tuple(forms_in_order) == _KINDS
    return forms_in_order


def _by_first_character(forms: list[str], firsts: dict[str, str]) -> str:
    """`(?:f1|f2|…)`, the forms (patterns, in order) grouped by the character their matches
    start with: `(?:(?=(?i:[aA]))(?:…)|(?=(?i:[bB]))(?:…)|…)`, each group's forms in their
    order (`firsts`: each form's first character as written).

    At a position of a text the alternation tries its forms in order and takes the first
    with which the rest of the pattern matches; a form that cannot start with the text's
    character there fails at once. The forms are grouped by that character as `re` matches
    it ignoring case (`_case_class`; a form that heeds case matches a part of its group's
    characters), so the forms that can start with a text's character are all in one group,
    in the same order, and the other groups are passed over after one look at their
    characters: the same matches, without trying some four hundred forms one by one after
    each figure ("2023 the")."""
    if _sre_case is None:  # pragma: no cover - another Python
        return "(?:" + "|".join(forms) + ")"
    groups: dict[object, list[str]] = {}
    for form in forms:
        groups.setdefault(_case_class(firsts[form]), []).append(form)
    parts = []
    for members in groups.values():
        starts = sorted({firsts[member] for member in members})
        look = "(?=(?i:[" + "".join(re.escape(c) for c in starts) + "]))"
        parts.append(look + "(?:" + "|".join(members) + ")")
    return "(?:" + "|".join(parts) + ")"


def _after_first_character(forms: list[tuple[str, str]]) -> str:
    """`(?:c1r1|c2r2|…)` for forms (a first character, matched as it is, and the pattern of
    the rest), in order, written `(?:c1(?:r1|r3)|c2(?:r2)|…)`: the forms of one first
    character in their order, and no two groups matching at one position (their first
    characters differ), so the same matches."""
    rests: dict[str, list[str]] = {}
    for first, rest in forms:
        rests.setdefault(first, []).append(rest)
    return "(?:" + "|".join(f"{re.escape(c)}(?:{'|'.join(r)})" for c, r in rests.items()) + ")"


try:  # how `re` matches a character ignoring case (its compiler's own tables)
    import _sre
    from re._casefix import _EXTRA_CASES

    _sre_case = (_sre.unicode_iscased, _sre.unicode_tolower, _EXTRA_CASES)
except (ImportError, AttributeError):  # pragma: no cover - another Python
    _sre_case = None


def _case_class(char: str) -> object:
    """The same for two characters exactly when `(?i:…)` of one can match a character that
    of the other can: a character that is neither upper nor lower case matches only itself;
    another, those whose lower case is its lower case or one `re` counts the same (a
    Kelvin sign's "k", a long s's "s")."""
    iscased, tolower, extra = _sre_case  # type: ignore[misc]
    code = ord(char)
    if not iscased(code):
        return char
    lower = tolower(code)
    return min((lower, *extra.get(lower, ())))


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


# --------------------------------------------------------------------------------------------
# Candidates: amounts before their context (qualifier, rate) is read


@dataclass(frozen=True)
class _Amount:
    number: Decimal  # as written: 5.2 in "€5.2 million"
    multiplier: int | None  # 10**6 for "million", "m", "mn"; None when none is written

    @property
    def value(self) -> Decimal:
        return scaled(self.number, self.multiplier or 1)


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    currency_text: str
    low: _Amount
    high: _Amount | None = None
    connector: str | None = None  # "-", "to", "and" for ranges
    in_words: bool = False  # "six million pesos"
    kind: str = ""  # which of _KINDS read it
    low_start: int = -1  # where its (first) figure starts

    @property
    def low_value(self) -> Decimal:
        """ "€10-20 million": the low end takes the high end's multiplier when it is smaller."""
        low, high = self.low, self.high
        if high and low.multiplier is None and high.multiplier and low.number < high.number:
            return scaled(low.number, high.multiplier)
        return low.value


def _candidate(kind: str, match: re.Match[str]) -> _Candidate | None:
    currency = match.group("cur")
    if kind == "words":
        value = _words_value(match.group("words"))
        if value is None:
            return None
        return _Candidate(
            match.start(), match.end(), currency, _Amount(value, 1), in_words=True, kind=kind
        )
    if _reference_number(kind, match):
        return None
    low = _amount(match.group("n1"), match.group("m1"))
    if low is None:
        return None
    if (
        (
            currency in _table().glued
            or (len(currency) == 1 and currency.isascii() and currency.isalpha())
        )
        and low.multiplier is None
        and re.fullmatch(r"[\d.]+", match.group("n1"))
    ):
        # "R2" is a road or a droid, "N95" a mask; "R5 million" and "R2,000" are money. So is
        # a Latin letter spaced from its figure: "L 24,650,000.00" (lempiras), never "L 121-1"
        # (a sign of another script is no letter of a name or a code: "5 元", "3 円").
        return None
    if _fold(currency) in _table().wordlike and low.multiplier is None and low.number < 1000:
        return None
    if not kind.startswith("range"):
        return _Candidate(
            match.start(), match.end(), currency, low, kind=kind, low_start=match.start("n1")
        )
    high = _amount(match.group("n2"), match.group("m2"))
    if high is None:
        return None
    if low.multiplier is None and high.multiplier is not None:
        # "€1.250-2.500 million": the low end is in millions too, so its dot is a point.
        shared = _amount(match.group("n1"), None, scaled=True)
        if shared is not None and shared.number < high.number:
            low = shared
    connector = match.group("conn").strip(" \u00a0\u2009\u202f").lower()
    bare_high = kind == "range_pre" and match.start("n2") == match.end("conn")
    if bare_high and connector in ("to", "and") and high.multiplier is None:
        return None  # "paid €10 to 20 people"; "€10 to 20 million" and "€10-20" are ranges
    return _Candidate(
        match.start(),
        match.end(),
        currency,
        low,
        high,
        connector,
        kind=kind,
        low_start=match.start("n1"),
    )


def _reference_number(kind: str, match: re.Match[str]) -> bool:
    """Case and resolution numbers that hold a currency's letters: "Resolution ATT-DJ-RAR-TL
    0145/2025" (not Turkish lira), "Decision No. KD-12/2024": a figure followed by a slash and
    digits is a number of a series, and letters hyphen-joined to a code before them are a
    reference's parts, not a currency."""
    text = match.string
    if re.match(r"/\d", text[match.end() :]):
        return True
    currency = match.group("cur")
    if kind in ("pre", "range_pre") and currency.isalpha():
        before = text[max(0, match.start("cur") - 40) : match.start("cur")]
        # "(VAT number RO 12345678)", "CUI RO12345678": a tax or registration number whose
        # country prefix is a currency's letters (Romania's "RO", Oman's rial).
        if _IDENTIFIER_LABEL.search(before):
            return True
    return (
        kind in ("pre", "range_pre")
        and currency.isalpha()
        and re.search(r"[^\W_]-$", text[: match.start("cur")]) is not None
    )


_IDENTIFIER_LABEL = compiled(
    r"\b(?:(?:VAT|tax|fiscal|registration|company|identification|trade\s+register)\s+"
    r"(?:number|no\.?|nr\.?|code|ID|identification\s+(?:number|code))"
    r"|cod\s+(?:fiscal|unic(?:\s+de\s+înregistrare)?)"
    r"|(?-i:CUI|CIF|NIF|NIP|TIN|EIN|VATIN|VAT\s+ID|Reg\.\s+No\.))\s*[:#]?\s*$",
    re.I,
)


def _plausible_range(candidate: _Candidate, text: str) -> bool:
    if candidate.high is None:
        return True
    if candidate.low_value >= candidate.high.value:
        return False  # "$555-123" is not a range, nor "from 2021 to 5 million euros"
    if candidate.connector == "and":  # "fines of €10m and €20m" are two fines
        return _between(text, candidate.start)
    # "raised from €10m to €20m" is a change; "ranging from €10m to €20m" is a range.
    return not (candidate.connector == "to" and _changes_from(text, candidate.start))


def _between(text: str, start: int) -> bool:
    return re.search(r"(?i)\bbetween\s+$", text[max(0, start - 20) : start]) is not None


def _changes_from(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start]
    return bool(re.search(r"(?i)\bfrom\s+$", before)) and not re.search(
        r"(?i)\brang(?:e|es|ed|ing)\s+from\s+$", before
    )


_GAP = compiled(rf"{_SP}*(?:[-–—]|to|and){_SP}*", re.I)


def _merge_ranges(chosen: list[_Candidate], text: str) -> list[_Candidate]:
    """ "between €10m and €20m", "€10m to €20m": two amounts that are one range."""
    merged: list[_Candidate] = []
    for candidate in chosen:
        previous = merged[-1] if merged else None
        if previous is None or previous.high is not None or candidate.high is not None:
            merged.append(candidate)
            continue
        gap = _GAP.fullmatch(text, previous.end, candidate.start)
        connector = gap.group(0).strip(" \u00a0\u2009\u202f").lower() if gap else None
        same = _fold(previous.currency_text) == _fold(candidate.currency_text)
        pair = _Candidate(
            previous.start,
            candidate.end,
            previous.currency_text,
            previous.low,
            candidate.low,
            connector,
        )
        if connector and same and _plausible_range(pair, text):
            merged[-1] = pair
        else:
            merged.append(candidate)
    return merged


# An amount set in a unit that is not money, its worth in brackets: "95 UIT (S/ 508,250)".
_CLOSE = compiled(rf"{_SP}*\)")


@cache
def _units_before() -> re.Pattern[str]:
    units = load_toml("currencies.toml").get("value_units", [])
    if not units:
        return re.compile(r"(?!)")
    alternation = "|".join(
        f"{_SP}+".join(re.escape(word) for word in unit.split())
        for unit in sorted(units, key=len, reverse=True)
    )
    # The worth may be given as an estimate: "450 UTA (about CLP 355 million)".
    approximately = rf"(?i:about|approximately|approx\.|around|roughly|some|circa|c\.|ca\.){_SP}+"
    return compiled(
        rf"(?<![\w.,]){_NUM}{_SP}+(?i:{alternation}){_SP}*\({_SP}*(?:{approximately})?$"
    )


def _with_units(candidate: _Candidate, text: str) -> _Candidate:
    """ "fined X 95 UIT (S/ 508,250)", "450 UTA (about CLP 355 million)": the money is the
    amount and the units say how it was set; one expression, so that what is read around it
    ("up to 100 UIT (…)", "… per day") is read around the whole."""
    close = _CLOSE.match(text, candidate.end)
    if close is None:
        return candidate
    units = _units_before().search(text, max(0, candidate.start - 40), candidate.start)
    if units is None:
        return candidate
    return replace(candidate, start=units.start(), end=close.end())


_TWIN_GAP = compiled(rf"{_SP}*\({_SP}*")


def _written_twice(chosen: tuple[_Candidate, ...], text: str) -> dict[int, int]:
    """ "$ 6.000.000 (six million pesos)", "five thousand dollars ($5,000)": an amount in
    figures and again in words, in brackets, as legal texts write it. Index of the first →
    index of its restatement; the two are one amount, in a currency both can be."""
    table = _table()
    twins: dict[int, int] = {}
    for index, (first, second) in enumerate(itertools.pairwise(chosen)):
        if (
            first.in_words != second.in_words
            and first.high is None
            and second.high is None
            and first.low_value == second.low_value
            and _TWIN_GAP.fullmatch(text, first.end, second.start)
            and _CLOSE.match(text, second.end)
            and _codes(first.currency_text, table) & _codes(second.currency_text, table)
        ):
            twins[index] = index + 1
    return twins


@lru_cache(maxsize=16)
def _marked(article: str) -> frozenset[str]:
    """Currencies `article` writes in a form no dollar sign shares: "A$", "AUD", "Australian
    dollars", "pesos". Its bare "$" is then not theirs (see `find_money`)."""
    table = _table()
    dollar = table.defaults.get("$")
    chosen = _chosen(article)
    twins = _written_twice(chosen, article)
    restated = {*twins, *twins.values()}  # "$ 6.000.000 (six million pesos)" marks nothing
    marked: set[str] = set()
    converts = False
    for index, candidate in enumerate(chosen):
        codes = _codes(candidate.currency_text, table)
        if index not in restated and dollar not in codes:
            marked |= codes
        elif (
            marked
            and index not in restated
            and _default(candidate.currency_text, table) == dollar
            and _CONVERSION_BEFORE.search(
                article, max(chosen[index - 1].end, candidate.start - 40), candidate.start
            )
        ):
            converts = True
    # Only copy that gives its bare "$" as the conversion of another currency's amount
    # ("A$1.26 million ($820,000)", "That is about $2 million") keeps it for the US dollar;
    # local copy that writes "A$" in a heading or lead and "$" after it means its own dollar
    # by both.
    return frozenset(marked) if converts else frozenset()


# What introduces a conversion: "A$2.4 million ($1.6 million)", "C$750,000, or about
# $545,000", "NZ$900,000. That is about $540,000", "equivalent to $2.6 million", and a
# rough figure set off by a comma or dash: "A$1.26 million, about $820,000".
_CONVERSION_BEFORE = compiled(
    r"(?:(?:\(|\b(?:or|(?:that|this|which)\s+is|i\.e\.|equivalent\s+to|equal\s+to|worth"
    r"|converts?\s+to))[ \u00a0]*"
    r"(?:(?:about|around|approximately|approx\.|roughly|some|nearly|almost|just\s+over|over"
    r"|just\s+under|under)[ \u00a0]+|[~≈][ \u00a0]*)?"
    r"|(?:(?<=\w)|(?<=\w[ \u00a0]))[,—–][ \u00a0]*(?:about|around|approximately|approx\.|roughly|some)[ \u00a0]+)$",
    re.I,
)


# --------------------------------------------------------------------------------------------
# Numbers


def _mult_key(multiplier: str) -> str:
    word = multiplier.strip(" \u00a0\u2009\u202f-.")
    # (casefolded, as the patterns match it: "millionſ", with a long s, is "millions")
    key = word.casefold()
    if key not in _MULTIPLIERS and key not in _scales() and key.endswith("s"):
        key = key[:-1]  # "millions", "crores"
    return key


def _amount(digits: str, multiplier: str | None, scaled: bool = False) -> _Amount | None:
    # "EUR 845.000" is 845,000 but "€2.500 million" is 2.5 million.
    value = read_digits(digits, scaled=scaled or multiplier is not None)
    if value is None:
        return None
    return _Amount(value, _multiplier(_mult_key(multiplier)) if multiplier else None)


_WORD_AND_SPACE = compiled(r"\w+\W*")


def _next_word(text: str, position: int) -> int:
    after = _WORD_AND_SPACE.match(text, position)
    return after.end() if after else position + 1


_FRACTION = compiled(
    r"(?:(?P<whole>.+) and a half|(?P<quarters>a|one|three) quarters? of a) (?P<scale>\w+?)s?$"
)


def _words_value(words: str) -> Decimal | None:
    folded = " ".join(words.replace("-", " ").split()).lower()
    scale = folded.rsplit(" ", 1)[-1].removesuffix("s")
    if folded.startswith("half "):
        return scaled(Decimal("0.5"), _MULTIPLIERS[scale])
    if (fraction := _FRACTION.match(folded)) is not None:
        # "three and a half million" 3.5 million, "three quarters of a million" 750,000
        if fraction["whole"]:
            whole = parse_number_words(fraction["whole"])
            number = None if whole is None else whole + Decimal("0.5")
        else:
            number = Decimal("0.75") if fraction["quarters"] == "three" else Decimal("0.25")
        return None if number is None else scaled(number, _MULTIPLIERS[fraction["scale"]])
    return parse_number_words(folded.rsplit(" ", 1)[0] + " " + scale)


# --------------------------------------------------------------------------------------------
# Context: currency, qualifier, rate

_QUALIFIERS = (
    "up to|no more than|not more than|more than|less than|no less than|not less than|"
    "at least|at most|in excess of|as much as|as high as|as little as|upwards of|"
    "just over|just under|well over|almost|nearly|around|about|approximately|approx\\.|"
    "roughly|some|over|under|above|below|close to|circa|an estimated|estimated|"
    "a maximum of|a minimum of|between"
)
_QUALIFIER = compiled(rf"(?:(?<![\w])(?P<q>{_QUALIFIERS})|(?P<s>~|≈))[ \u00a0]*$", re.I)
_PERIODS = {
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "annually": "year",
    "yearly": "year",
}
_PER_AFTER = compiled(
    # A converted amount in brackets may stand between ("NOK 1 million ($98,500) a day"),
    # or the amount may be that converted one, inside the brackets.
    rf"(?:{_SP}*\([^()\n]{{0,80}}\)|\))?{_SP}*"
    # "€100,000 a day", "€100,000-a-day", "€100,000 per overdue day", "€100,000/day"
    rf"(?:-?(?:(?:per|a|an|each|every)(?:{_SP}+|-)(?:(?:overdue|calendar|working|business|additional"
    rf"|further|extra|single){_SP}+)?|/{_SP}?)(?P<unit>day|week|month|year|hour)(?![^\W_])"
    rf"(?!{_SP}+(?:ago|earlier|later|before|after)\b)"  # "€20m a year ago" is no rate
    rf"|(?P<adverb>daily|weekly|monthly|annually|yearly)\b)",
    re.I,
)
_PER_BEFORE = compiled(
    r"\b(?P<adverb>daily|weekly|monthly)\s+(?:[\w-]+\s+)?"
    r"(?:penalty|penalties|fines?|payments?|sums?|amounts?|charges?|rate)\s+(?:of|at)\s+$",
    re.I,
)


def _mention(
    candidate: _Candidate,
    text: str,
    default_currency: str | None,
    marked: bool,
    table: _Table,
    twin: _Candidate | None,
) -> MoneyMention:
    codes = _codes(candidate.currency_text, table)
    fallback = _default(candidate.currency_text, table)
    if twin is not None:  # "$ 6.000.000 (six million pesos)": pesos, not dollars
        codes &= _codes(twin.currency_text, table)
        fallback = fallback if fallback in codes else _default(twin.currency_text, table)
    code = _resolve(codes, fallback, default_currency, marked, table)
    if candidate.currency_text in table.letters and code != default_currency:
        code = None  # "L 24,650,000.00" outside Honduran copy: no telling whose
    if code is not None and code in table.units:
        code = _unit_noted(text, candidate.end, code, table)
    before = text[max(0, candidate.start - 60) : candidate.start]
    qualifier_match = _QUALIFIER.search(before)
    qualifier = None
    if qualifier_match:
        qualifier = " ".join((qualifier_match.group("q") or qualifier_match.group("s")).split())
        qualifier = qualifier.lower()
        before = before[: qualifier_match.start()]
        if qualifier == "between" and candidate.high is None:
            qualifier = None
    return MoneyMention(
        money=Money(candidate.low_value, code) if code else None,
        start=candidate.start,
        end=candidate.end,
        text=text[candidate.start : candidate.end],
        currency_text=candidate.currency_text,
        qualifier=qualifier,
        range_end=Money(candidate.high.value, code) if code and candidate.high else None,
        per=_per(text, candidate.end, before),
        amount=candidate.low_value,
    )


# The unit an amount is in, told in brackets after it where a currency was redenominated:
# "Le 800 million (old leones)", "TL 5 trillion (in old lira)", "K2 billion (old kwacha)".
_UNIT_NOTE = compiled(
    r"[ \u00a0]*\((?:in[ \u00a0]+)?(?P<unit>(?:old|new|former|pre-redenomination|rebased"
    r"|unrebased)[ \u00a0]+[^\W\d][^()\d\n]{0,40}?)[ \u00a0]*\)",
    re.I,
)
# "(old currency)", "(in old units)": the unit the amount's own currency replaced.
_OLD_UNIT = compiled(
    r"(?:old|former|pre-redenomination|unrebased)\s+(?:currency|units?|money)", re.I
)


def _unit_noted(text: str, end: int, code: str, table: _Table) -> str:
    """The amount's currency as the note after it corrects it: SLL for "Le 800 million (old
    leones)", though "Le" alone is the new leone. Only to a unit of the same money."""
    note = _UNIT_NOTE.match(text, end)
    if note is None:
        return code
    chain = table.units[code]
    unit = note["unit"]
    if _OLD_UNIT.fullmatch(unit):
        return table.replaced.get(code, code)
    named = _codes(unit, table) & chain
    return next(iter(named)) if len(named) == 1 else code


def _codes(written: str, table: _Table) -> frozenset[str]:
    """Every currency a string written with an amount can be: "$" is USD, CAD, AUD, COP …"""
    return table.symbols.get(written) or table.names.get(_fold(written), frozenset())


def _default(written: str, table: _Table) -> str | None:
    """[ambiguous_default]'s reading of a shared string: "$" is USD, "pounds" GBP."""
    key = written if written in table.symbols else _fold(written)
    lowered = key[0].lower() + key[1:] if key else key  # "Kr" is listed as "kr"
    return table.defaults.get(key) or table.defaults.get(lowered)


def _resolve(
    codes: frozenset[str],
    fallback: str | None,
    default_currency: str | None,
    marked: bool,
    table: _Table,
) -> str | None:
    if len(codes) == 1:
        return next(iter(codes))
    # Wire copy that writes "A$1.26 million" keeps its bare "$" for the US dollar.
    dollar_sign = fallback is not None and fallback == table.defaults.get("$")
    if default_currency in codes and not (marked and dollar_sign):
        return default_currency
    return fallback if fallback in codes else None


# "a coercive fine of NOK 100,000 will accrue for each day", "is payable for every day of delay"
_PER_ACCRUING = compiled(
    r"(?:[ \u00a0]+(?:will|would|shall|is\s+to|are\s+to)?[ \u00a0]*(?:accrue|accrues|be\s+(?:due|payable"
    r"|charged|imposed)|is\s+(?:due|payable|charged|imposed)))?[ \u00a0]+(?:for|on)[ \u00a0]+(?:each|every)[ \u00a0]+"
    r"(?:(?:further|additional|calendar|working)[ \u00a0]+)?(?P<unit>day|week|month)\b",
    re.I,
)


def _per(text: str, end: int, before: str) -> str | None:
    accruing = _PER_ACCRUING.match(text, end)
    if accruing:
        return accruing.group("unit").lower()
    after = _PER_AFTER.match(text, end)
    if after:
        return (
            after.group("unit").lower()
            if after.group("unit")
            else _PERIODS[after.group("adverb").lower()]
        )
    ahead = _PER_BEFORE.search(before)
    return _PERIODS[ahead.group("adverb").lower()] if ahead else None
