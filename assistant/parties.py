"""Who was sanctioned, and by whom, in a sentence of enforcement news.

No named-entity model: enforcement copy puts the parties in a handful of grammatical
positions — "X was fined", "fined X", "a fine on X", "X agreed to pay"; "the Dutch
regulator", "the CNIL", "Data Protection Authorities in Italy and Greece" — and the lexicon
knows every regulator, place and demonym. A pronoun ("it", "the company") is the article's
main respondent.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from . import plain_letters
from .datafiles import load_toml
from .lexicon import Lexicon
from .name_lookup import lookup_form
from .needles import Guarded, GuardSet, _fewest_of, _needles_of, compile_guarded
from .numbers import SMALL_COUNT_WORDS, parse_number_words
from .pattern_cache import cached_pattern, compile_pattern, compiled
from .people import role_phrase, titles

# A proper name: capitalised words, with the joiners names contain ("Bank of America",
# "Procter & Gamble", "Clearview AI"). Possessive 's is not part of it.
# Legal forms written after a company's name, several in lower case or with a slash: "Nordlys
# A/S", "Kovanda Retail a.s.", "Teplotech s.r.o.", "Vistula Kurier sp. z o.o.", "Hoshimura
# Systems Co., Ltd." They belong to the name (and never become a name of their own, "S").
_LEGAL_FORM = (
    # Latin America's compound forms first: "Oxinova Industrial S.A. de C.V." (Mexico), "S. de
    # R.L. de C.V.", "Andina Móvil S.A.C." (Peru) — a shorter form would leave "C.V" a name.
    r"(?:S\.\s?A\.(?:\s?[BC]\.)?\s+de\s+C\.\s?V\.|S\.\s+de\s+R\.\s?L\.(?:\s+de\s+C\.\s?V\.)?|S\.A\.[CA]\.|"
    r"[AIKP]/S|a\.\s?s\.|a\.\s?d\.|s\.\s?r\.\s?o\.|spol\.\s+s\s+r\.\s?o\.|sp\.\s+z\s+o\.\s?o\.|d\.\s?o\.\s?o\.|d\.\s?d\.|"
    r"s\.\s?a\.|S\.\s?A\.|S\.p\.A\.|S\.r\.l\.|S\.L\.|B\.V\.|N\.V\.|Co\.,\s+Ltd\.?|K\.K\.|e\.V\.|Sp\.\s+z\s+o\.o\.|"
    # American forms with full stops: "Cumberland Ridge Bank, N.A." (a national bank), "Lone
    # Pine Roofing, L.L.C.", "Harlan Dental, P.C." — never "N.A" read as a name of its own.
    r"N\.\s?A\.|(?:P\.\s?)?L\.\s?L\.\s?C\.|L\.\s?L\.\s?P\.|P\.\s?C\.)"
)
# A capital letter, Latin script: "Šypsenos Studija", "Łódź", "Ørsted" start names too.
_UPPER = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper())
# A name may start with a digit when it has letters or an ampersand too ("1&1", "7-Eleven").
# A lone capital is a word ("Company X"), not the start of a legal form ("Fjordlink A/S").
# (The capital is written once for both words it starts — "Acme", "X" — as compiling the
# set of capitals costs most of compiling a name.)


@cache
def _letter_sign_set() -> frozenset[str]:
    """Currency signs of two or more letters, capitalised, written against the figure
    (currencies.toml): Malaysia's "RM800,000", Indonesia's "Rp1,5 miliar", Brazil's "R$2
    milhões", Kenya's "KSh 15 million", Morocco's "DH 96 millions". Such a sign and its figure
    are no word of a name ("fined Kenanga Jaya Bhd RM1.5 million", "Sahel Aliments DH 96")."""
    return frozenset(
        symbol
        for currency in load_toml("currencies.toml")["currency"]
        for symbol in currency["symbols"]
        if len(symbol) > 1
        and symbol[0].isupper()
        and not (len(symbol) == 3 and symbol.isalpha() and symbol.isupper())  # ISO codes
    )


def _letter_signs() -> str:
    """The signs of `_letter_sign_set`, as one alternation (longest first)."""
    signs = _letter_sign_set()
    return "|".join(re.escape(s) for s in sorted(signs, key=lambda s: (-len(s), s)))


def _sign_then_figure() -> str:
    """A local sign and its figure ("RM800,000"), where no word of a name starts.

    Each sign is `shortest`-`longest` characters, then maybe a space, so a figure's first
    digit stands that many characters on (or one more). That digit is looked for first: most
    capitalised words have none there and fail at once, rather than after every one of the
    ~170 signs is tried. The same matches: without such a digit no sign can match."""
    lengths = [len(sign) for sign in _letter_sign_set()]
    shortest, longest = min(lengths), max(lengths)
    return rf"(?=[\s\S]{{{shortest},{longest + 1}}}?\d){_LOCAL_SIGN}\d"


def _single_letter_signs() -> str:
    """Currency signs of one capital letter (currencies.toml): Zambia's "K", Nigeria's "N",
    South Africa's "R"."""
    signs = {
        symbol
        for currency in load_toml("currencies.toml")["currency"]
        for symbol in currency["symbols"]
        if len(symbol) == 1 and symbol.isupper()
    }
    return "|".join(sorted(signs))


_LOCAL_SIGN = rf"(?:{_letter_signs()})\s?"
_SIGN_THEN_FIGURE = _sign_then_figure()
# Where an amount starts: a sign or code, maybe, then a figure.
# (Any currency sign: Unicode's block of them, "₸48 600 000", "₾9.1 million", and the older
# ones before it.)
AMOUNT_STARTS = rf"(?:[$¢£¥֏৳฿\u20a0-\u20cf]\s?|[A-Z]{{3}}\s?|{_LOCAL_SIGN})?\d"
# (The capital is looked for before the local signs are ruled out: the same matches, but a
# word in lower case fails at its first letter instead of after a hundred signs are tried;
# every pattern with a name tries this at each word of each sentence.)
_WORD = rf"(?:Co\.,\s+Ltd\.?|(?=[{_UPPER}])(?!{_SIGN_THEN_FIGURE})[{_UPPER}](?:[\w'’.&-]*[\w&]|(?!/))|\d+&\d+|\d+-?[A-Z][a-z][\w-]*)"
# Where a name can start (its first word's first character), looked for before what a name
# may not be is ruled out: the same matches, sooner refused at a word in lower case.
_NAME_STARTS = rf"(?=[{_UPPER}]|\d)"
_NAME = (
    # "Gases Médicos del Bajío", "Banco do Nordeste", "Cassa di Risparmio": joiners inside names
    # A legal form is the name's tail below, never one of its words: "Gases Médicos S.A. de
    # C.V." is not "Gases Médicos S.A" (a word) with the rest left over.
    rf"{_WORD}(?:\s+(?:(?:of|de|del|della|di|da|do|dos|das|du|des|la|le|van|von|der|&)\s+)?(?!{_LEGAL_FORM}(?![\w/])){_WORD})*"
    # "Spice Garden (Mexborough) Ltd": a place in brackets inside a company's registered name
    r"(?:\s+\([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\)(?=\s+(?:Ltd|Limited|plc|LLP|LLC|Inc|GmbH|Pty)\b)"
    rf"\s+{_WORD})?"
    rf"(?:,?\s+{_LEGAL_FORM}(?![\w/])|,\s+(?:Inc|Corp|Ltd|LLC|LLP|L\.P|PLC|plc)\b)?"
)
# Lower-case descriptors before a name: "ride-hailing app Uber", "US firm Clearview AI".
# (Never a conjunction: "told reporters that SIM registration was …" names no party "SIM".)
# ("fined fixed-line and internet provider X": two words joined by "and" before the noun.)
_DESCRIPTOR = rf"(?:(?!(?:for|by|with|from|in|of|on|at|to|into|over|after|under|because|as|and|or|the|last|this|since|until|before|during|per|that|which|whether|if|when|while|who|what|how|an?)\b)(?:[a-z][\w-]*|[A-Z]{{2,4}})\s+(?:and\s+(?=[a-z][\w-]*\s+[a-z])(?!{role_phrase()}))?){{0,4}}"


@cache
def party_nouns() -> str:
    """Nouns describing a party ("mill", "subcontractor", "carmaker"), as one alternation:
    `[parties] nouns` in people.toml."""
    nouns = load_toml("people.toml")["parties"]["nouns"]
    return "|".join(f"(?:{n})" for n in nouns)


# A description that refers back to the party named before: "also ordered the school to
# remove the cameras", "told the lender to stop", "fined the plant".
_PRONOUN = rf"(?:it|them|they|[Tt]he\s+(?:{party_nouns()})(?![\w-]))"
_COMMON_NP = (
    r"(?:[Aa]n?|[Tt]he)\s+((?:[a-z][\w-]*\s+){0,3}(?:company|firm|authority|hospital|bank|council|school|retailer|"
    r"insurer|operator|provider|website|app|agency|department|municipality|police|university|charity|"
    r"employer|landlord|business|developer|broker|lender|clinic|pharmacy))\b"
)
_SANCTIONED = r"(?:fined|ordered|banned|sanctioned|penalised|penalized|barred|forced|told|instructed|directed|hit|slapped|reprimanded|enjoined|punished|charged)"
# Kept out of a trade or of running companies — only ever passive here: "Ombudsman has
# prohibited the operator …" is the regulator acting.
_KEPT_OUT = r"(?:disqualified|debarred|prohibited|struck\s+off)"
# "was fined", "has already been banned", "had also been ordered", "will be fined"
_AUX = r"(?:was|were|is|are|has|have|had|got|gets|being|will|would)\s+(?:\w+\s+){0,2}?(?:been\s+|be\s+)?"
# ("a compound of RM250,000 to X": Malaysia's and Singapore's settled offence; not "compound feed")
_SANCTION_NOUN = r"(?:fines?|penalt(?:y|ies)(?:\s+payments?)?|sanctions?|orders?|bans?|injunctions?|payments?|notices?|compound(?=\s+of\b))"

_RELATED = "|".join(
    n.replace(" ", r"\s+")
    for n in sorted(load_toml("people.toml")["parties"]["related"], key=lambda n: (-len(n), n))
)
# "St. Louis County", "Mt. Vernon": a place's abbreviated first word (`[parties]
# place_abbreviations` in people.toml), its full stop ending no sentence.
_PLACE_ABBREVIATION = (
    r"\b(?:"
    + "|".join(re.escape(a) for a in load_toml("people.toml")["parties"]["place_abbreviations"])
    + r")\.\s"
)
# A person by the role they held at the company: "its former director, Marek Dvořák".
_OWNER = r"(?:its|their|the\s+(?:company|firm|bank)['’]s)"
_ROLE = role_phrase()
_PERSON = rf"[{_UPPER}][\w'’-]+(?:\s+[{_UPPER}][\w'’-]+){{1,3}}"
_PERSONAL_SANCTION = (
    r"(?:fined|sanctioned|penali[sz]ed|banned|barred|debarred|disqualified|prohibited|censured)"
)
# The US SEC's bars: "an officer-and-director bar", "an industry bar".
_BAR = r"(?:officer[-\s]and[-\s]director|industry|penny[-\s]stock|associational)\s+bars?"

# Abbreviated scales written before a currency: "1,1 Mio. Euro", "3 mld. Kč", "2 tys. zł".
_SCALE_ABBREVIATIONS = ("Mio", "Mrd", "Mill", "Md", "Mln", "mln", "mld", "Tsd", "tys", "mil", "bn")
# From a sanction's noun to the preposition before its party, within the sentence: a full stop
# only inside a number ("€1.5 million") or after a scale's abbreviation.
_AFTER_SCALE = "|".join(rf"(?<=\b{scale})" for scale in _SCALE_ABBREVIATIONS)
_UP_TO_THE_PARTY = rf"(?:[^.;]|\.(?=\d)|(?:{_AFTER_SCALE})\.){{0,100}}?\b"
# A permission a regulator suspends or takes away, and the verbs for doing so ("suspended
# the approval of …", "cancelled X's registration"): a ban on whoever held it.
_WITHDRAWN = (
    r"(?:suspend(?:s|ed)?|cancel(?:s|led|ed)?|revok(?:es|ed)|withdr(?:ew|aws)|rescind(?:s|ed))"
)
_PERMISSION = (
    r"(?:licen[cs]es?|registrations?|approvals?|designations?|authori[sz]ations?|permits?"
    r"|accreditations?|certificates?|certifications?|concessions?)"
)
# What a party is given when it is sanctioned: "X received the largest fine", "Y got an order".
# (And the ways a subject "takes" a penalty in other copy: "incurred a £90,000 fine", "faces
# a RM2 million penalty", "has been handed a fine", "copped a fine".)
_GIVEN = (
    r"(?:received|receives|got|gets|incurred|incurs|faces|faced|copped|"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:given|handed|issued|served\s+with|"
    r"landed\s+with|saddled\s+with))"
)
# A word before a sanction's noun, its amount among them: "a £90,000 fine", "a RM2.5m penalty".
_WORD_OR_SUM = r"(?:[\w-]+|[^\s\w]{1,3}[\d][\d.,]*\w*|[A-Z]{1,3}[^\s\w]?\d[\d.,]*\w*)"

# Where a party is described as being, before the verb: "a firm near Tori", "based in Leeds".
_PLACE_WORD = r"(?:near|outside|in|at|around)"
# "A peat extraction company operating near Tori has been fined": the company, not the place
# (an indefinite description, which `_respondents` marks as one).
_DESCRIBED_AT_A_PLACE = rf"(?P<who>{_COMMON_NP})\s+(?:[a-z][\w-]*\s+){{0,2}}?{_PLACE_WORD}\s+{_NAME}\s+{_AUX}{_SANCTIONED}\b"
# A news lead describing the party rather than naming it: "A Suva bakery has been fined",
# "A Parika-based fuel wholesaler and its operations manager were fined" — its name comes in
# the next sentence ("Island Loaf Bakery Ltd was sentenced …"): see `named_after`.
_INDEFINITE_DESCRIPTION = (
    rf"[Aa]n?\s+(?:[\w'’-]+\s+){{0,3}}?(?:{party_nouns()}|bakery|restaurant|farm|brewery)(?![\w-])"
)
_DESCRIBED_IN_A_LEAD = (
    rf"(?P<who>{_INDEFINITE_DESCRIPTION})"
    rf"(?:\s+and\s+(?:its|their)\s+(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*)?\s+{_AUX}{_SANCTIONED}\b"
)
# The same description as the object of a regulator's act: "regulators have fined a Tremley
# Point chemical plant $1.18 million", "has ordered a Kelowna company and two of its
# principals to pay" — the company the next sentence names, not the place describing it.
# (Done, not what a law allows: "may fine a company up to 4 %" describes no party.)
_OBJECT_VERB = (
    r"\b(?:fined|penali[sz]ed|sanctioned|ordered|banned|barred|directed|hit|slapped|censured"
    r"|reprimanded)\s+"
)
_DESCRIBED_AS_OBJECT = (
    rf"{_OBJECT_VERB}(?P<who>{_INDEFINITE_DESCRIPTION})"
    rf"(?=\s+(?:and\s+|to\s+|{AMOUNT_STARTS}|with\s))"
)
_OBJECT_VERB_BEFORE = compiled(rf"{_OBJECT_VERB}$")
# A public body's name, known to the lexicon or not ("the Securities Commission"): it agrees
# to a penalty as the side imposing it.
_A_BODY = (
    rf"(?:[{_UPPER}][\w'’-]*\s+){{0,4}}(?:Commission|Authority|Agency|Board|Council|Court|"
    r"Tribunal|Ministry|Regulator|Department|Administration|Bureau|Inspectorate|Ombudsman)\b"
)
# The verbs of "X fined Y" (a pattern of its own below), and what the pattern can start with.
_SANCTIONED_VERBS = r"(?:fine[sd]?|fining|sanction(?:s|ed)|penalis(?:es|ed)|order(?:s|ed)|ban(?:s|ned)|bar(?:s|red)|suspend(?:s|ed)|debarred|disqualif(?:ies|ied)|prohibit(?:s|ed)|forb(?:ade|ids)|reprimand(?:s|ed)|slap(?:s|ped)|hits?|punish(?:es|ed)|enjoins?|instructed|direct(?:s|ed)|restrain(?:s|ed|ing)|told|sealed|shut\s+down|closed\s+down|shuttered|padlocked|doled\s+out\s+[\w\s-]{0,30}?\s+to)"


def _first_letters(alternation: str) -> str:
    """Every letter a word of `alternation` can start with (and perhaps a few more: any letter
    after a "(", "|" or ":"), for a look-ahead that lets a pattern tried at every character of
    a sentence fail at once where none of its words starts."""
    return "".join(sorted(set(re.findall(r"(?:^|[(|:])([a-z])", alternation))))


# "Its sole director, Jo Hale, was separately fined": the person's own sanction, told apart.
_APART = r"(?:also|separately|personally|individually|additionally|further|likewise)"


# A finite verb of a clause of its own: "X, the company is fined" is no apposition.
_CLAUSE_VERB = r"(?:is|was|are|were|has|have|had|will|would|been|be|must|may|can)"


_RESPONDENT_PATTERNS = [
    _DESCRIBED_IN_A_LEAD,
    _DESCRIBED_AS_OBJECT,
    # A list under "The panel ordered:", each item naming whom and then what: "- **Prairie
    # Summit Capital Corp.** to pay an administrative penalty of $600,000, and …".
    rf"(?:^|\n)[ \t]*[-*\u2022][ \t]+(?:\*\*|__)?(?P<who>{_NAME})\.?(?:\*\*|__)?,?\s+to\s+(?:pay|be|permanently|cease|stop|refrain|comply|submit|disgorge)\b",
    # "Clearview AI was fined", "the firm has also been ordered", "A medical company has been
    # fined", "Northbridge, a Manchester marketing firm, was fined"
    # ("The company itself was fined": the company, told apart from its people.)
    rf"(?P<who>{_NAME}|{_PRONOUN}|{_COMMON_NP})\.?(?:\s+(?:itself|themselves))?(?:,\s.{{1,140}}?,)?\s+{_AUX}{_SANCTIONED}\b",
    _DESCRIBED_AT_A_PLACE,
    # "Harbourside Home Solutions has paid in full"
    # "A second company, Harbourside Home Solutions Ltd, has paid the £85,000 penalty"
    rf"(?P<who>{_NAME}|{_PRONOUN})\.?,?\s+(?:has|have|had)\s+(?:\w+\s+){{0,2}}?paid\b",
    # "Kolomaz a.s. is contesting its CZK 90,000 fine", "X said it would not pay its fine"
    rf"(?P<who>{_NAME})\s+(?!(?:was|were|is|has|had)\s+(?:\w+\s+)?(?:fined|ordered)\b)[^.;,]{{0,60}}?\bits\s+(?:(?:[^\s.;]|\.(?=\d))+\s+){{0,3}}?(?:fine|penalty|sanction)s?\b",
    # "Online pharmacy Apteka Zdrowie Plus paid its PLN 420,000 fine in full"
    rf"(?P<who>{_NAME})\.?\s+(?:already\s+|promptly\s+|duly\s+)?paid\s+(?:its|the|their|a|an|that|this|in\s+full)\b",
    # "Last October, Kestrel Securities Inc. paid $300,000 to settle similar charges": who paid
    # an amount to settle is the party settling.
    rf"(?P<who>{_NAME})\.?\s+(?:also\s+)?paid\s+[^\s.;]*\d[^.;]{{0,30}}?\s+to\s+(?:settle|resolve)\b",
    # Headlines: "Clearview AI Fined $9.4 Million", "Clearview fined again", "X Slapped with"
    # (Not a verb with its object: "Magistrate Ndapewa Hamutenya fined the company N$800 000",
    # "Judge Ana Ruiz ordered Acme to pay": the one who decided, not the party.)
    rf"^(?:\w+:\s+)?(?P<who>{_NAME})\s+(?:{_SANCTIONED}\b(?!\s+(?!{AMOUNT_STARTS})(?:(?:the|its|his|her|their|both)\s|[{_UPPER}][a-z]))|(?:Fined|Slapped|Hit|Ordered|Banned)\b)",
    # "fined Clearview", "fines Amazon's French unit", "slapped TikTok with", "told it to stop"
    # Not after an article: "the hit video game Fortnite" is no verb; nor after an amount or
    # a determiner: "annulled the €75,000 fine the Chamber had imposed" (a noun). A verb in
    # the past after a number follows a date: "had on July 29 directed X to comply".
    # (The word's start, `\b`, is tested before the look-behinds: all test the one position,
    # so their order changes no match, and most letters stand inside a word.)
    rf"(?=[{_first_letters(_SANCTIONED_VERBS)}])\b(?<!\b[Tt]he\s)(?<!\b[Aa]\s)(?:(?<!\d\s)(?<!\d[mkMKbn]\s)(?<!\dbn\s)(?<!illion\s)(?<!mln\s)|(?=\w+ed\s))"
    rf"(?<!\b[Ii]ts\s)(?<!\b[Tt]his\s)(?:(?<!\b[Tt]hat\s)|(?=\w+(?:s|ed)\s))(?<!\b[Tt]heir\s)\b{_SANCTIONED_VERBS}\s+(?:also\s+)?(?:the\s+)?{_DESCRIPTOR}(?P<who>{_NAME}|{_PRONOUN})",
    # "fined the broker X CZK 4 million and its former director, Marek Dvořák, CZK 200,000":
    # the person, fined an amount of their own.
    # (Also with no owner and a sign of two letters: "and former chief financial officer
    # Nurul Aisyah RM400,000".)
    rf"\b(?:and|or)\s+(?:{_OWNER}\s+)?{_ROLE}"
    rf"\s*,?\s+(?P<who>{_PERSON}),?(?=\s+(?:[A-Z]{{3}}\s?\d|{_LOCAL_SIGN}\d|[€$£¥₩₺]|\d))",
    # "fined its former chief executive, Lena Ortiz", "an officer-and-director bar against its
    # former finance chief, Lena Ortiz": the person the role names.
    rf"\b(?:{_PERSONAL_SANCTION}|(?:{_SANCTION_NOUN}|{_BAR})\b(?:[^.;]|\.(?=\d)){{0,100}}?\b(?:on|against))"
    rf"\s+(?:{_OWNER}|the)\s+{_ROLE}\s*,?\s+(?P<who>{_PERSON})",
    # "also fined its distributor, Kestrel Trading, 6 million dinars", "fined a subsidiary,
    # Y": the company in apposition after the relation (`[parties] related`), not the party
    # "its" points back to.
    rf"\b{_PERSONAL_SANCTION}\s+(?:{_OWNER}|an?|the)\s+(?:(?:former|then|local|sole|main)\s+)?"
    rf"(?i:{_RELATED})\s*,\s+(?P<who>{_NAME})(?=\s*,)",
    # A gapped list: "Alder was fined €3 million and Birchwood €1.2 million", "fined Alder
    # NOK 2 million, Birchwood NOK 900 000": the name before each further amount is its party.
    # (Also with the currency after the figure: "… 400 million pesos and Pudú 150 million pesos".)
    # (Or what each will pay: "X will pay 184,6 millions de dirhams, Y DH 96 millions and Z …")
    rf"\b(?:{_SANCTIONED}|(?:ordered|agreed|will|must|shall)\s+(?:to\s+)?pay)\s+[^.;]{{0,60}}?(?:[€$£¥₹₩₺]\s?|[A-Z]{{3}}\s?|\b)\d(?:[^.;]|\.(?=\d)){{0,30}}?"
    # (With what it is between commas: "and Criogas SA, a smaller supplier in Sinaloa, 135.7
    # million pesos".)
    rf"(?:,\s*and|,|\s+and)\s+(?P<who>{_NAME})(?:,\s+(?:an?|the)\s[^,;.]{{1,60}},)?\s+(?=(?:[€$£¥₹₩₺]\s?|[A-Z]{{3}}\s?|{_LOCAL_SIGN})?\d)",
    # A ranking of amounts: "X received the largest fine, €4 million, followed by Y with €2
    # million and Z with €1 million": the name before "with" and an amount is its party.
    rf"(?:\bfollowed\s+by|\band|,)\s+(?P<who>{_NAME})\s+with\s+(?=(?:[€$£¥₹₩₺]\s?|[A-Z]{{3}}\s?)\d)",
    # "fined the county hospital in Leszno (Szpital Powiatowy w Lesznie)": named in brackets
    rf"\b(?:fined|sanctioned|penalised|penalized)\s+(?P<who>{_COMMON_NP})(?=(?:\s+(?:in|of|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})?\s+\([A-Z])",
    # "a fine on ride-hailing app Uber", "£11 million fine to Equifax", "penalty … on Clearview AI",
    # "a fine of 2,5 Mio. Euro on X"; an administrative fee is a sanction against someone
    # ("an infringement fee of NOK 90 000 against X"), but a fee paid "to" someone is a price.
    rf"\b(?:{_SANCTION_NOUN}\b{_UP_TO_THE_PARTY}(?:on|against|to)|fees?\b{_UP_TO_THE_PARTY}(?:on|against))"
    rf"\s+(?:the\s+)?{_DESCRIPTOR}(?P<who>{_NAME}|{_PRONOUN})",
    # A court ruling on a fine: "dismissed an appeal by the clinic X", "a complaint brought by
    # Y against the decision" — who appealed is the party fined.
    # A UK tribunal "reference" is an appeal too: "dismissed a reference brought by Jo Hale".
    rf"\b(?:appeals?|complaints?|challenges?|actions?|objections?|references?)\s+(?:(?:brought|lodged|filed|made)\s+)?by\s+(?:the\s+)?{_DESCRIPTOR}(?P<who>{_NAME}|{_PRONOUN})",
    # "the tribunal cut British Airways' fine to £20m", "upheld Acme Ltd's €18,000 penalty":
    # a court's ruling on a sanction the possessive names the owner of.
    rf"\b(?:cut|cuts|reduc(?:ed|es)|lower(?:ed|s)|halv(?:ed|es)|slash(?:ed|es)|trimm(?:ed)|quash(?:ed|es)|annull(?:ed|s)|overturn(?:ed|s)|upheld|upholds|confirm(?:ed|s)|increas(?:ed|es)|rais(?:ed|es)|set\s+aside|struck\s+down)"
    rf"\s+(?P<who>{_NAME})(?:['’]s|(?<=s)['’])\s+(?:[^\s.;]+\s+){{0,3}}?(?:{_SANCTION_NOUN})\b",
    # A court's ruling on a decision as it concerns one of its parties: "annulled the AMCU
    # decision as regards Zakhidnyi Palyvnyi Alians", "set aside the fine in respect of Beta
    # Oil", "upheld the decision against Gamma Ltd".
    rf"\b(?:annull?(?:ed|s)?|overturn(?:ed|s)?|quash(?:ed|es)?|upheld|upholds|set\s+aside|revers(?:ed|es)|confirm(?:ed|s))\s+(?:the|its|that|this)\s+[^.;]{{0,50}}?\b(?:decision|fine|penalty|sanction|order|ruling)s?\s+(?:as\s+regards|in\s+respect\s+of|with\s+respect\s+to|insofar\s+as\s+it\s+concern(?:s|ed)|so\s+far\s+as\s+it\s+concern(?:s|ed)|concerning|against|on)\s+(?:the\s+)?{_DESCRIPTOR}(?P<who>{_NAME})",
    # "upheld the appeal of Wisła Energia S.A. against a decision of the regulator": whose
    # appeal against a decision is the party of that decision.
    # (Or whose action a court dismissed: "dismissed as unfounded the separate action of the
    # flour producer Sana Mlin d.d., leaving its fine unchanged".)
    rf"\b(?:appeals?|complaints?|challenges?|objections?)\s+of\s+(?:the\s+)?{_DESCRIPTOR}(?P<who>{_NAME})(?=,?\s+against\b)",
    rf"\b(?:dismissed|rejected|threw\s+out|upheld|allowed)\s+(?:as\s+[a-z-]+\s+|in\s+(?:full|part)\s+)?(?:the|an?)\s+(?:[a-z-]+\s+)?(?:appeals?|complaints?|challenges?|objections?|actions?|claims?)\s+of\s+(?:the\s+)?{_DESCRIPTOR}(?P<who>{_NAME})",
    # "EPA Region 7 settled with Nebraska grain processor Platte Valley Milling for $96,500":
    # the party the regulator settled with, after what it is (a place's name may open that).
    # (Not "settled with ASC Staff": the regulator's staff, told by no description.)
    rf"\bsettle[sd]?\s+with\s+(?:the\s+)?(?:[{_UPPER}][\w'’-]+\s+)?(?:[a-z][\w-]*\s+){{1,4}}?(?P<who>{_NAME})",
    # "announced a settlement with Sephora, Inc.", "a consent decree with the company"
    rf"\b(?:settlements?|agreements?|consent\s+(?:orders?|decrees?|judgm?ents?))\s+with\s+(?:the\s+)?{_DESCRIPTOR}(?P<who>{_NAME}|{_PRONOUN})",
    # "the consent judgment requires Copperleaf to …"
    # "…, which also requires it to carry out a corrective action plan", "it requires X to
    # delete all historic data": the settlement's or order's own requirement.
    rf"\b(?:judgm?ents?|judgements?|orders?|decrees?|decisions?|settlements?|agreements?|it|which|that)\s+(?:also\s+)?requires\s+(?:the\s+)?{_DESCRIPTOR}(?P<who>{_NAME}|{_PRONOUN})\s+to\b",
    # "Ostwind GmbH is prohibited from …", "the broker is also required to delete …"
    rf"(?P<who>{_NAME}|{_PRONOUN})\.?(?:,\s[^.;]{{1,140}}?,)?\s+(?:(?:is|are|will\s+be)\s+(?:also\s+|now\s+|further\s+)?(?:prohibited\s+from|barred\s+from|required\s+to|obliged\s+to)|must\s+(?:also\s+)?(?:delete|erase|destroy|stop|cease|remove|notify|appoint|implement|submit|file|engage|hire|retain|adopt|establish|conduct|commission|report|train|overhaul|undergo|complete|restore|remediate|repair))\b",
    # "Vardø Sjømat AS received an infringement fee of NOK 90 000", "Alpha received the largest
    # fine, …", "the company has also received an order to …": who is given the sanction.
    rf"(?P<who>{_NAME}|{_PRONOUN})\.?(?:,\s[^.;]{{1,140}}?,)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?{_GIVEN}"
    rf"\s+(?:(?:the|an?|its|their|this|that)\s+)?(?:{_WORD_OR_SUM}\s+){{0,3}}?(?:{_SANCTION_NOUN}|fees?)\b",
    # The accused in a criminal case, whom the court's sentence is about: "Benguela Deep Sea
    # Fishing (Pty) Ltd pleaded guilty through its managing director", "Kestrel Haulage Ltd
    # admitted two breaches", "the company was convicted of …".
    # ("The operator of the vessel Hai Xiang 18, Hai Xiang Fishing Co., pleaded guilty": the
    # name in apposition, its closing comma before the verb.)
    rf"(?P<who>{_NAME}|{_PRONOUN})\.?(?:,\s[^.;]{{1,140}}?,|,)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|earlier\s+|previously\s+)?(?:pleaded|pled|pleads)\s+(?:guilty|no\s+contest|nolo\s+contendere)\b",
    # A sentence opening on the company that settles or means to contest: "Harbour Freight
    # Logistics has settled with the Federal Maritime Commission", "Sunrise Telecom said it
    # would appeal the NT$3 million fine" (the party the sentence's sanction is about; one that
    # only means to contest, with no sum, states none: "said it would challenge the fine
    # before the criminal judgeship of peace" is no ruling of that court).
    # (Not a quote's speaker: '"We will appeal," a spokesperson said'.)
    rf"(?P<who>{_NAME_STARTS}(?!{_A_BODY})(?!(?:We|I|You|They|It|He|She)\b){_NAME})\.?(?:,\s[^.;]{{1,140}}?,)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
    rf"(?:settled\s+(?:with|(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:charges?|claims?|allegations?|case|matter|lawsuit|suit|action|proceedings?|dispute|investigation|probe)\b)|agreed\s+to\s+settle|(?:said|says|stated|announced)\s+(?:that\s+)?(?:it|they)\s+(?:would|will|was\s+going\s+to|plans?\s+to|planned\s+to|intends?\s+to|intended\s+to|may|might|could)\s+"
    rf"(?:appeal|challenge|contest)(?=[^.;]*\d)|(?:will|would|plans?\s+to|intends?\s+to)\s+(?:appeal|challenge|contest)(?=[^.;]*\d)|(?:has\s+)?appealed\s+against|(?:lodged|filed)\s+an?\s+appeal\s+against|is\s+(?:appealing|challenging|contesting))\b",
    rf"(?P<who>{_NAME}|{_PRONOUN})\.?(?:,\s[^.;]{{1,140}}?,)?\s+(?:was|were|has\s+been|had\s+been)\s+(?:also\s+)?convicted\b",
    # "Northfield also committed to implement a compliance program": who made the commitment.
    rf"(?P<who>{_NAME}|{_PRONOUN})\.?(?:,\s[^.;]{{1,140}}?,)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:committed|undertook|pledged)\s+(?:also\s+)?to\b",
    # "an order requiring Meta Ireland to suspend …", "a notice directing the firm to …"
    # "a specific condition of registration requiring Holloway to report …"
    # ("an administrative compliance order under Section 113(a) of the Clean Air Act
    # requiring X to …": the law it was issued under between.)
    rf"\b(?:{_SANCTION_NOUN}|conditions?)\b[^.;]{{0,60}}?\b(?:requiring|directing|compelling|obliging|instructing|ordering)\s+(?:the\s+)?{_DESCRIPTOR}(?P<who>{_NAME}|{_PRONOUN})\s+to\b",
    # "€14.5 million imposed on real estate group Deutsche Wohnen", "a penalty levied on X"
    rf"\b(?:impos(?:e|ed|es|ing)|levi(?:ed|es)|levy|levying)\s+(?:\w+\s+){{0,3}}?on\s+(?:the\s+)?{_DESCRIPTOR}(?P<who>{_NAME}|{_PRONOUN})",
    # "Sephora agreed to pay", "the company will pay"
    # "Epic Games, the company behind Fortnite, will pay": the appositive is not the payer.
    # "Kade Transport will forfeit €1,000 per week": who stands to pay a periodic penalty.
    # (After another thing it did: "Brennan Drilling, Inc., of Canonsburg, signed a separate
    # consent order and agreed to pay …".)
    # ("X, Inc., which operates a terminal in St. Louis County, Missouri, had agreed to pay":
    # a place's abbreviation inside the clause between commas ends nothing.)
    rf"(?P<who>{_NAME}|{_PRONOUN})\.?(?:,\s(?:[^.;]|{_PLACE_ABBREVIATION}){{1,140}}?,)?\s+(?:(?:signed|entered\s+into|accepted|admitted|reached|settled)\s+[^.;,]{{1,40}}?\s+and\s+)?(?:has\s+|have\s+|had\s+)?(?:agreed|agrees|will|must|(?:is|are)\s+to|to)(?:\s+(?:on|in|last|this|earlier)\s+[^.;]{{1,25}}?)?\s+(?:to\s+)?(?:pay|forfeit)\b",
    # Who agreed to, accepted or consented to a sanction: "Ridgeway agreed to a civil penalty
    # of $85 million", "X had accepted a fine of €250,000", "X consented to a cease-and-desist
    # order" — not "accepted the fine", one told before (a regulator agreeing to one is no
    # party: `_A_BODY`).
    rf"(?P<who>{_NAME_STARTS}(?!{_A_BODY}){_NAME}|{_PRONOUN})\.?(?:,\s[^.;]{{1,140}}?,)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
    rf"(?:agreed\s+to|accepted|consented\s+to)\s+an?\s+(?:{_WORD_OR_SUM}\s+){{0,3}}?"
    rf"(?:{_SANCTION_NOUN}|settlements?)\b",
    # A case cited by its name: "*Lilongwe Poultry Producers Association v CFTC*: the High
    # Court upheld a K45 million fine", "In Competition Commission v Sahel Cement Ltd, …": the
    # side that is no regulator (`_clean` drops the regulator's).
    rf"(?P<who>{_NAME_STARTS}(?!{_A_BODY}){_NAME})\*?\s+vs?\.?\s+(?:the\s+)?[{_UPPER}]",
    rf"(?<![\w'’.&/-]){_NAME}\s+vs?\.?\s+(?:the\s+)?(?P<who>{_NAME_STARTS}(?!{_A_BODY}){_NAME})",
    # A US agency's citation: "OSHA also cited ProLink Staffing, the staffing agency that
    # placed the worker, for two serious violations", "EPA cited the refinery for …".
    rf"\bcit(?:ed|es)\s+(?:the\s+)?{_DESCRIPTOR}(?P<who>{_NAME}|{_PRONOUN})(?=\.?(?:,\s[^.;]{{1,140}}?,)?\s+(?:for|with)\b)",
    # A permission taken away or suspended (see the ban's patterns in enforcement.toml):
    # "suspended the approval of the airline's head of training, Jo Hale", "cancelled the
    # registration of X as a credit provider", "has suspended the licence held by X".
    rf"\b{_WITHDRAWN}\s+the\s+(?:[\w-]+\s+){{0,2}}?{_PERMISSION}\s+(?:of|held\s+by|granted\s+to)\s+(?:the\s+)?{_DESCRIPTOR}"
    # (not "of its supervising pharmacist, Aoife Byrne": hers, the pattern after this one)
    rf"(?!its\s+(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*,\s+[{_UPPER}])(?P<who>{_NAME}|{_PRONOUN})",
    # "revoked the qualification certificate of that official, Aram Petrosyan": the one named
    # in apposition to who held it.
    rf"\b{_WITHDRAWN}\s+the\s+(?:[\w-]+\s+){{0,2}}?{_PERMISSION}\s+(?:of|held\s+by|granted\s+to)\s+(?:the|that|this|its|their)\s+(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*,\s+(?P<who>{_NAME})(?=,|\.(?!\w)|;|\s+(?:for|from|until|with|and)\b)",
    # "suspended Holloway's designation for student support", "revoked Acme Ltd's licence"
    rf"\b{_WITHDRAWN}\s+(?P<who>{_NAME})(?:['’]s|(?<=s)['’])\s+(?:[\w-]+\s+){{0,2}}?{_PERMISSION}\b",
    # "Kestrel Power, which sells gas in Victoria, has also given the regulator a three-year
    # court-enforceable undertaking", "the bank signed an undertaking": who gave it.
    rf"(?P<who>{_NAME}|{_PRONOUN})\.?(?:,\s[^.;]{{1,140}}?,)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:given|gave|offered|signed|entered\s+into)\s+(?:[^.;]{{0,60}}?\s)?undertakings?\b",
    # "accepted an enforceable undertaking from X", "undertakings given by X"
    # "accepted commitments from home-and-garden chain Kertmester Kft." (a competition case
    # closed on commitments)
    # "accepted a cessation commitment (compromiso de cese) offered by X": one commitment,
    # its name in the original language between.
    rf"\b(?:undertakings?|commitments?)\s+(?:\([^()]{{1,60}}\)\s+)?(?:(?:given|offered|signed|proposed)\s+)?(?:from|by)\s+(?:the\s+)?{_DESCRIPTOR}(?P<who>{_NAME}|{_PRONOUN})",
    # "enjoins the company Clearview"
    rf"\b(?:enjoins?|orders?|ordered)\s+the\s+company\s+(?P<who>{_NAME})",
    # Round-ups: "Corvo Logistics Ltd, fined £45,000 in March, paid …", "X, which was fined"
    rf"(?P<who>{_NAME}),\s+(?:(?:which|who)\s+(?:was|were|had\s+been)\s+)?(?:also\s+)?{_SANCTIONED}\b",
    # "Those fined were Alpha Freight Ltd, which must pay K2 million, and Beta Haulage Ltd,
    # which must pay K1 million": each with what it must pay.
    rf"(?P<who>{_NAME}),\s+(?:which|who)\s+(?:must|will|(?:has|have)\s+to|is\s+to)\s+(?:also\s+)?pay\b",
    # "Its former sales manager, Jo Hale, was disqualified", "a second firm, Kodo Ltd, was
    # fined": a name between the commas of an apposition to a noun.
    # ("Its officer in charge of AML/CFT, Mr Jo Hale, has been fined": after an acronym too.)
    # (Also after a name in italics: "the trawler *Skeleton Coast*, Jo Hale, was fined", its
    # marks blanked out in `_respondents`.)
    # ("…, Boreal Line Services Inc., was separately fined": its legal form's full stop.)
    rf"(?:(?<=[a-z],\s)|(?<=[a-z],\s\s)|(?<=[A-Z]{{2}},\s))(?P<who>{_NAME})\.?,\s+(?:was|were|has\s+been|had\s+been|is|will\s+be)\s+(?:{_APART}\s+)?(?:{_SANCTIONED}|{_KEPT_OUT})\b",
    # "Its sister company, Kestrel Ltd, must pay a fee of …", "a second bank, Y, will pay"
    rf"(?<=[a-z],\s)(?P<who>{_NAME}),\s+(?:must|will|(?:has|have)\s+to|is\s+to|agreed\s+to)\s+(?:also\s+)?pay\b",
    # "Dean Morrow was disqualified from managing corporations", "she has been struck off"
    rf"(?P<who>{_NAME}|{_PRONOUN})\.?(?:,\s[^.;]{{1,140}}?,)?\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+(?:\w+\s+)?{_KEPT_OUT}\b",
    # "fined another employment agency, Grensland B.V., €90,000", "a penalty on a second
    # lender, Kredyt Szybki, …": a party described first and named between commas.
    rf"\b(?:fin(?:ed|es|ing)|sanction(?:ed|s)|penali[sz](?:ed|es)|ordered|banned|barred|reprimanded|censured|{_SANCTION_NOUN}[^.;]{{0,60}}?\b(?:on|against))"
    rf"\s+(?:another|an?\s+(?:second|third|fourth|further|separate|different)|one\s+more)\s+(?:[\w-]+\s+){{0,3}}?[a-z][\w-]*,\s+(?P<who>{_NAME})\.?,",
    # "fined the acquirer, Munich-based Alpen Holding GmbH, EUR 1.5 million", "ordered the
    # target's former owner, fund Acacia Partners, to …": a party introduced by its role in
    # the case, named (with what it is) between commas.
    rf"\b(?:fin(?:ed|es|ing)|sanction(?:ed|s)|penali[sz](?:ed|es)|ordered|banned|barred|reprimanded|censured|{_SANCTION_NOUN}[^.;]{{0,60}}?\b(?:on|against))"
    rf"\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){{0,3}}?[a-z][\w-]*,\s+(?:[{_UPPER}][\w'’-]*-based\s+)?{_DESCRIPTOR}(?P<who>{_NAME})\.?,",
    # "fined the mobile money subsidiary of Sahel Mobile, Sahel Money, 150 millions FCFA", "a
    # penalty on the insurance arm of Acme Group, Acme Insure,": the party named after its
    # parent, between commas (not after a branch or unit: "the local branch of Meridian Bank,
    # Mombasa," is a place).
    rf"\b(?:fin(?:ed|es|ing)|sanction(?:ed|s)|penali[sz](?:ed|es)|ordered|banned|barred|reprimanded|censured|{_SANCTION_NOUN}[^.;]{{0,60}}?\b(?:on|against))"
    rf"\s+(?:the|its|their|an?)\s+(?:[\w-]+\s+){{0,3}}?(?:subsidiary|arm|affiliate|division|sister\s+company)\s+of\s+{_NAME},\s+(?P<who>{_NAME})\.?,",
    # "fined Airtel Africa's local unit, Airtel Malawi plc, MK500 million", "fined Orange's
    # Senegalese subsidiary Sonatel CFA 5 billion": the unit named after its parent's
    # possessive is the party, not the parent.
    rf"\b(?:{_PERSONAL_SANCTION}|ordered|directed)\s+{_NAME}['’]s?\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?i:{_RELATED}|unit|arm|division|operating\s+company)\s*,?\s+(?P<who>{_NAME})"
    rf"(?=\s*,|\s+(?:to|for|over|plc)\b|\s+{AMOUNT_STARTS})",
    # "fined a Winnipeg bar, the Red River Tap House, $7,500": a party described first and
    # named between commas, then what it was fined or told.
    rf"\b(?:fin(?:ed|es|ing)|sanction(?:ed|s)|penali[sz](?:ed|es)|ordered|banned|barred|directed)"
    rf"\s+an?\s+(?:[\w'’-]+\s+){{0,3}}?[a-z][\w-]*,\s+(?:the\s+)?(?P<who>{_NAME})\.?,"
    rf"(?=\s+(?:to\b|{AMOUNT_STARTS}))",
    # "the fate of Vestra Telecom S.A., which the regulator fined €600,000 in 2022", "X, whom
    # the AEPD had sanctioned": the name the relative clause is about, the sanction's object.
    rf"(?P<who>{_NAME}),\s+(?:which|whom|who)\s+(?:the\s+)?[^.;,]{{1,60}}?\s+(?:had\s+|has\s+)?(?:also\s+)?{_SANCTIONED}\b",
    # "Skovbryn Tandklinik ApS, a dental clinic fined 150,000 kroner by …"
    # (A noun phrase, not a clause with its own verb: "… Judge Holt in Omaha, the company is
    # also permanently barred" is the company's bar, not Omaha's.)
    rf"(?P<who>{_NAME}),\s+(?:an?|the)\s+(?:(?!{_CLAUSE_VERB}\b)[a-z][\w-]*\s+){{1,4}}?{_SANCTIONED}\b",
    # "issued Santo Hardwoods Ltd with a penalty notice of VT 4.5 million", "served the
    # operator with an infringement notice": whom the notice is issued to, not a place named
    # after the amount.
    rf"\b(?:issued|served|handed|hit|slapped)\s+(?:the\s+)?{_DESCRIPTOR}(?P<who>{_NAME}|{_PRONOUN})\s+with\s+(?:an?|the|its|their)\s+(?:{_WORD_OR_SUM}\s+){{0,3}}?(?:{_SANCTION_NOUN}|fees?)\b",
    # "pronounced to Vrbas Broker a.d. a fine of KM 30.000", "imposed on the bank a penalty
    # of …" (translated copy puts the party before the sanction): the party, not one named
    # later in the sentence; and the next of the list, "… and to Mr Petrović a fine of …".
    rf"\b(?:pronounced|imposed|issued|levied|handed(?:\s+down)?|applied|meted\s+out|,?\s*and)\s+(?:to|on|upon|against)\s+(?:the\s+)?{_DESCRIPTOR}(?P<who>{_NAME}|{_PRONOUN})\s+(?:an?|the)\s+(?:{_WORD_OR_SUM}\s+){{0,3}}?(?:{_SANCTION_NOUN})\b",
    # "Cedar Fork Poultry Inc. and Platte Valley Beef Co. were assessed civil money penalties
    # of …", "the company was assessed a $40,000 penalty": US copy's passive of a penalty.
    rf"(?P<who>{_NAME}|{_PRONOUN})\.?,?\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are|will\s+be)\s+(?:also\s+|separately\s+)?assessed\s+(?:(?:an?|the)\s+)?(?:{_WORD_OR_SUM}\s+){{0,4}}?(?:fines?|penalt(?:y|ies))\b",
    # "the agency settled its case against Coquina Bay Assisted Living": the party sued.
    rf"\bsettle[sd]?\s+(?:its|their|the)\s+(?:[a-z][\w-]*\s+)?(?:case|claim|action|complaint|proceedings?|lawsuit|suit)s?\s+against\s+(?:the\s+)?{_DESCRIPTOR}(?P<who>{_NAME}|{_PRONOUN})",
    # A list after a colon, each name with its amount: "The penalties were: Alder Savings and
    # Loans Ltd (₴1.2 million), Birch Bank …", "Those fined: Cedar AS NOK 2 million, …". (A
    # name may have an "and" of its own here: its amount follows it.)
    # (What the parties were, and why, may come before the colon: "fined three banks for
    # breaching anti-money-laundering rules: …".)
    rf"\b(?:{_SANCTION_NOUN}|{_SANCTIONED}|{_KEPT_OUT})\b[^.;:]{{0,80}}:\s*"
    # (An amount in a country's one-letter sign too: "Swazi Trust Bank (E1.2 million)".)
    rf"(?P<who>{_NAME}(?:\s+and\s+{_NAME})?)\s*"
    rf"(?=\(?\s*(?:{AMOUNT_STARTS}|(?:{_single_letter_signs()})\d))",
]
_DESCRIBED_AT_A_PLACE_NUMBER = _RESPONDENT_PATTERNS.index(_DESCRIBED_AT_A_PLACE)
_DESCRIBED_NUMBERS = {
    _RESPONDENT_PATTERNS.index(_DESCRIBED_IN_A_LEAD),
    _RESPONDENT_PATTERNS.index(_DESCRIBED_AS_OBJECT),
}
# A case's name ("Acme Ltd v Regulator"): its "v" stands between spaces, which the word
# guards cannot tell from any word with a "v" in it, so the patterns were tried on nearly
# every sentence (a sixth of the time respondents' patterns took, nearly all finding nothing).
_CASE_NAME = r"\s+vs?\.?\s+"
_CASE_NAME_NUMBERS = {n for n, pattern in enumerate(_RESPONDENT_PATTERNS) if _CASE_NAME in pattern}
_CASE_NAME_CUE = compiled(r"\svs?\.?\s")
# Patterns whose party is the object of a verb or preposition ("fined X", "a fine on X").
# Day and month names: never a party, and glued to names by word order ("Clearview AI Wednesday").
_CALENDAR = frozenset(w.casefold() for w in (*calendar.day_name, *calendar.month_name) if w)
_OBJECT_PATTERNS = {
    number
    for number, pattern in enumerate(_RESPONDENT_PATTERNS)
    if not pattern.startswith(("(?P<who>", "^"))
}
_STOP_BETWEEN = {
    "for",
    "by",
    "with",
    "from",
    "in",
    "of",
    "on",
    "at",
    "to",
    "into",
    "over",
    "after",
    "under",
    "because",
    "as",
    "and",
    "or",
    "the",
    "was",
    "were",
    "is",
    "are",
    "has",
    "have",
    "had",
    "last",
    "this",
    "since",
    "until",
    "before",
    "during",
    "per",
    "a",
    "an",
    "which",
    "who",
    "that",
    # An amount's qualifier: "fined the lender Pesa Credit roughly KSh 4.9 million"
    "roughly",
    "about",
    "around",
    "approximately",
    "nearly",
    "almost",
    "some",
    "just",
}
_NOT_A_NAME_START = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "however",
    "but",
    "and",
    "in",
    "on",
    "at",
    "last",
    "it",
    "its",
    "they",
    "he",
    "she",
    "mr",
    "ms",
    "related",
    "from",
    "for",
    "with",
    "by",
    "after",
    "before",
    "under",
    "since",
    "to",
    "of",
    "as",
    "if",
    "when",
    "while",
    "safe",
    "whether",
    "similar",
    "music",
    "european",
    "french",
    "data",
    "privacy",
    "compliance",
    "advertisement",
    # A question is no party: an explainer's heading "Who was penalised, and for what?",
    # "Which firms were fined?", "Have they paid?"
    "who",
    "whom",
    "whose",
    "which",
    "what",
    "how",
    "why",
    "where",
    "have",
    "has",
    "did",
    "does",
    # A sentence adverb before the comma of "X, the regulator fined …": "Separately, the
    # regulator fined a pharmacy chain" names no party "Separately".
    "separately",
    "meanwhile",
    "elsewhere",
    "additionally",
    "also",
    "further",
    "furthermore",
    "moreover",
    "likewise",
    "similarly",
    "earlier",
    "later",
    "previously",
    "subsequently",
    "finally",
    "accordingly",
    "consequently",
    "nonetheless",
    "nevertheless",
    "instead",
    "overall",
    "today",
    "yesterday",
} | _CALENDAR
_CORPORATE = {
    "ltd",
    "limited",
    "inc",
    "plc",
    "llc",
    "llp",
    "gmbh",
    "sa",
    "spa",
    "ag",
    "bv",
    "nv",
    "ab",
    "asa",
    "as",
    "sas",
    "sarl",
    "corp",
    "corporation",
    "co",
    "group",
    "holdings",
    "se",
    "oy",
    "oyj",
    "pte",
    "pty",
    "bhd",
    "sdn",
    "aps",
    "srl",
    "sro",
}
# Legal-form words, for callers telling a name's own words from its form.
CORPORATE_WORDS = frozenset(
    _CORPORATE | {"uab", "zrt", "kft", "ehf", "hf", "a.s", "sp", "z", "o.o"}
)
# Nouns that say what kind of party a name is ("the car-park operator Parkvik").
DESCRIPTOR_NOUNS = {
    "firm",
    "company",
    "startup",
    "start-up",
    "giant",
    "app",
    "platform",
    "group",
    "maker",
    "provider",
    "operator",
    "service",
    "site",
    "network",
    "retailer",
    "bank",
    "insurer",
    "unit",
}
# Words glued to the end of a name by word order: "Clearview AI Wednesday".
_NOT_A_NAME_END = {
    "gdpr",
    "today",
    "yesterday",
} | _CALENDAR
_NOT_A_NAME = {
    "ai",
    "gdpr",
    "eu",
    "us",
    "uk",
    "data",
    "protection",
    "authority",
    "authorities",
    "commission",
    "regulator",
    "government",
    "police",
    # Who receives a payment: "a $500,000 civil penalty to the Commonwealth"
    "commonwealth",
    "state",
    # The Crown in a case's name: "R v Muskeg Creek Pipelines Ltd", "Regina v X"
    "r",
    "regina",
    "rex",
    "crown",
    "treasury",
    "exchequer",
} | _CALENDAR
# A kind of party in the plural, capitalised only by starting a sentence: "Controllers must
# report breaches within 72 hours", "Insurers must submit …" state what the law requires of
# everyone, not an order against someone.
_EVERYONE_OF_A_KIND = frozenset(
    """
    companies firms businesses controllers processors insurers banks lenders operators
    providers platforms employers landlords retailers agencies organisations organizations
    brokers telcos carriers hospitals schools apps websites developers publishers traders
    sellers merchants advertisers marketers entities institutions licensees
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# The public purse a penalty is paid into, however the copy names it: "the United States
# Treasury", "HM Treasury", "the state Exchequer".
_PAYEES = frozenset({"treasury", "exchequer"})
_NOT_A_NAME_OR_EVERYONE = frozenset(_NOT_A_NAME | _EVERYONE_OF_A_KIND)  # checked per candidate


_DESCRIBED_BY_WHERE = ("-based", "-listed", "-quoted", "-registered", "-headquartered")

# A name that, with the full stop after it, ends in a legal form ("Bank X S.A."): `_clean`.
_ENDS_IN_A_DOTTED_FORM = compiled(rf"(?:\s|^){_LEGAL_FORM}$")
_ENDS_IN_FORM = compiled(rf"(?:\s|^){_LEGAL_FORM}$|\b(?:Ltd|Inc|Corp|Co)\.$")


@dataclass(frozen=True)
class Party:
    name: str
    start: int
    end: int
    pronoun: bool = False  # "it", "the company": stands for the article's main respondent


# Each respondent pattern as compiled: one starting with the name is not tried where a name
# runs on from a word before it.
_RESPONDENT_SOURCES = [
    f"(?<![\\w'’.&/-]){p}" if p.startswith("(?P<who>") else p for p in _RESPONDENT_PATTERNS
]
_NAME_FIRST = [p.startswith("(?P<who>") for p in _RESPONDENT_PATTERNS]


@cache
def _respondent_patterns() -> list[tuple[Guarded, bool]]:
    """Each pattern, and whether it starts with the party's name."""
    # A name starts a word: trying the name's alternatives at every letter of a sentence
    # cost more than all the rest of reading it. Each pattern also needs its verb or noun
    # ("fined", "undertaking"): a sentence without is not searched for it.
    return [
        (compile_guarded(source), name_first)
        for source, name_first in zip(_RESPONDENT_SOURCES, _NAME_FIRST, strict=True)
    ]


def _read_respondent_patterns(_parsed: object) -> list[list[object]]:
    """For each respondent pattern, the words `compile_guarded` reads off it (the fewest) and
    its flags as compiled."""
    from re import _parser  # (only called where pattern_cache has it)

    read = []
    for source in _RESPONDENT_SOURCES:
        parsed = _parser.parse(source, 0)
        read.append([_fewest_of(_needles_of(parsed)), int(parsed.state.flags)])
    return read


@cache
def _respondent_reads() -> tuple[tuple[tuple[tuple[str, ...], ...], int], ...]:
    """What `_respondent_patterns` gives of each pattern but the pattern itself: its words
    and its flags, kept together for all (pattern_cache, under the patterns' sources). A
    process reads a pattern only when a text has its words (47 of the 62 in the 24 seed and
    dev articles), instead of all ~630,000 code words of them as it starts."""
    _, read = compile_pattern(
        "", 0, _read_respondent_patterns, kind="\0".join(("respondents", *_RESPONDENT_SOURCES))
    )
    if read is None:  # no parser to read patterns with (another Python)
        return tuple((g.needles, g.pattern.flags) for g, _ in _respondent_patterns())
    return tuple((tuple(tuple(words) for words in needles), int(flags)) for needles, flags in read)


# Each respondent pattern (and what follows its name, `_respondent_rests`) compiled when a
# text first calls for it.
_respondent_pattern_of: list[re.Pattern[str] | None] = [None] * len(_RESPONDENT_SOURCES)
_NOT_READ = object()
_respondent_rest_of: list[object] = [_NOT_READ] * len(_RESPONDENT_SOURCES)


def _respondent_pattern(number: int) -> re.Pattern[str]:
    """`_respondent_patterns()[number][0].pattern`, read the first time it is asked for."""
    pattern = _respondent_pattern_of[number]
    if pattern is None:
        # (the entry `compile_guarded` keeps: the same pattern)
        pattern = compile_pattern(_RESPONDENT_SOURCES[number], 0, _needles_of)[0]
        _respondent_pattern_of[number] = pattern
    return pattern


# A pattern's text up to its next bracket of a group: escaped characters and classes ("[()]")
# passed over whole (`_after_opening_group`).
_TO_A_GROUP_BRACKET = compiled(r"(?:[^\\()\[]++|\\.|\[\^?\]?(?:[^\\\]]|\\.)*+\])*+[()]", re.DOTALL)


def _after_opening_group(source: str) -> str:
    """What a pattern says after the group it opens with (`(?P<who>…)`) closes."""
    for group in (f"(?P<who>{_NAME})", f"(?P<who>{_NAME}|{_PRONOUN})"):  # most patterns'
        if source.startswith(group):
            return source[len(group) :]
    depth = 0
    for bracket in _TO_A_GROUP_BRACKET.finditer(source):
        depth += 1 if bracket[0][-1] == "(" else -1
        if not depth:
            return source[bracket.end() :]
    raise ValueError(f"no group opens {source[:40]!r}")


def _respondent_rests() -> list[re.Pattern[str] | None]:
    """For each pattern starting with the name, what follows the name, alone: every match
    of the whole has it in the text (where the name ends), so a text it is not in (most
    sentences, for most patterns) is not searched from every capital letter for a name.
    None for the others, and where what follows opens with spaces (a search for it from
    every space costs what the whole one does)."""
    return [_respondent_rest(number) for number in range(len(_RESPONDENT_PATTERNS))]


def _respondent_rest(number: int) -> re.Pattern[str] | None:
    """`_respondent_rests()[number]`, compiled the first time it is asked for."""
    rest = _respondent_rest_of[number]
    if rest is _NOT_READ:
        source = _RESPONDENT_PATTERNS[number]
        after = _after_opening_group(source) if _NAME_FIRST[number] else ""
        flags = _respondent_reads()[number][1]
        rest = compiled(after, flags) if after[:2] not in ("", r"\s") else None
        _respondent_rest_of[number] = rest
    return rest  # type: ignore[return-value]


@cache
def _respondent_guards() -> GuardSet:
    """Whether each respondent pattern may match a text, from one look for all their words."""
    return GuardSet([_Words(needles) for needles, _ in _respondent_reads()])


@dataclass(frozen=True)
class _Words:
    """A pattern's words alone, as `GuardSet` reads them (`Guarded.needles`)."""

    needles: tuple[tuple[str, ...], ...]


def _matches(pattern: re.Pattern[str], text: str, name_first: bool) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`; for a pattern starting with the name, not where a wire
    story's dateline starts ("MADRID, May 6 (Reuters) -": its comma looks like an
    appositive's). That is `(?!dateline)` in front of the pattern, checked where a match
    starts rather than at every word, and compiled once rather than into each pattern."""
    if not name_first:
        yield from pattern.finditer(text)
        return
    at = 0
    while match := pattern.search(text, at):
        if _DATELINE.match(text, match.start()):
            at = match.start() + 1
            continue
        yield match
        at = match.end()  # never where it started: a name has a letter


# After a name in object position, "London pharmacy Doorstep Dispensaree": the first name
# was a descriptor of the second.
_THEN_NAME = compiled(
    rf"(?:\s+(?!(?:{'|'.join(sorted(_STOP_BETWEEN))})\b)[a-z][\w-]*){{1,3}}\s+(?P<who>{_NAME})"
)


def respondents(text: str, lexicon: Lexicon) -> list[Party]:
    """Parties the text says were sanctioned, in order of appearance."""
    # The lexicon itself, not its id: an article's own lexicon (`Lexicon.with_authorities`)
    # is freed after the article, and a later one may be given the same id.
    key = (text, lexicon)
    cached = _RESPONDENTS.get(key)
    if cached is None:
        if len(_RESPONDENTS) > 4096:
            _RESPONDENTS.clear()
        cached = _RESPONDENTS[key] = tuple(_respondents(text, lexicon))
    return list(cached)


# A name after a preposition of place inside a clause is the place, not the subject of the
# verb after it: "A quarry operator based in Leeds was fined", "a firm near Tori has been fined".
# ("A contractor that cleans slaughterhouses across the Plains will pay": the region too.)
_AFTER_A_PLACE_WORD = compiled(
    rf"\b[a-z][\w-]*\s+(?:{_PLACE_WORD}|across|throughout)\s+(?:the\s+)?$"
)


_EMPHASIS = compiled(r"(?:\*\*?|__)([,;:)]?)")
_AGE = compiled(r"\s\(\d{1,3}\)([,;:]?)(?=\s)")
_CAPITALISED_END = compiled(rf"\b[{_UPPER}][a-z'’-]+$")


_IN_A_BOLD_LINE = compiled(r"[ \t]*(?:\*\*|__)[^\n]*(?:\*\*|__)[ \t]*(?:\n|$)")


def _line_start(match: re.Match[str]) -> int:
    return match.string.rfind("\n", 0, match.start()) + 1


def _moved_up(match: re.Match[str]) -> str:
    """The mark blanked out, what punctuation followed it moved up to where it started."""
    return match[1] + " " * (len(match[0]) - len(match[1]))


# A sentence is read for its parties several times (its facts, its statuses, its claimant).
_RESPONDENTS: dict[tuple[str, Lexicon], tuple[Party, ...]] = {}


def _respondents(text: str, lexicon: Lexicon) -> list[Party]:
    found: dict[int, Party] = {}
    # Offsets inside a party found already (a set, not a scan of `found`: a whole long
    # article has thousands of parties).
    covered: set[int] = set()
    text = _without_laws(text)
    if "*" in text or "__" in text:
        # "- **Serendib Merchant Bank** was penalised", "the trawler *Skeleton Coast*": bold
        # and italics mark no part of a name (the punctuation after them moved up to the
        # name: "**X Ltd**, a broker," → "X Ltd,")
        # (A line all in bold is a heading, kept as it is: "**Subcontractor has paid**".)
        text = _EMPHASIS.sub(
            lambda m: m[0] if _IN_A_BOLD_LINE.match(m.string, _line_start(m)) else _moved_up(m),
            text,
        )
    if "(" in text:
        # "Johannes Shikongo (52), was fined": a person's age is no part of the name
        text = _AGE.sub(
            lambda m: _moved_up(m) if _CAPITALISED_END.search(m.string, 0, m.start()) else m[0],
            text,
        )
    if "." in text:
        # "on Mr. Rolando Baide": the title's full stop ends nothing (read as "Mr Rolando Baide")
        text = _DOTTED_TITLE.sub(lambda m: m[0][:-1] + " ", text)
    folded = lookup_form(text)
    case_name = _CASE_NAME_CUE.search(text) is not None
    may_match = _respondent_guards().may_match(folded)
    for number, name_first in enumerate(_NAME_FIRST):
        if not may_match[number] or (number in _CASE_NAME_NUMBERS and not case_name):
            continue
        rest = _respondent_rest_of[number]
        if rest is _NOT_READ:
            rest = _respondent_rest(number)
        if rest is not None and rest.search(text) is None:  # type: ignore[attr-defined]
            continue  # what follows the name is nowhere in the text
        pattern = _respondent_pattern_of[number] or _respondent_pattern(number)
        for match in _matches(pattern, text, name_first):
            if name_first and _AFTER_A_PLACE_WORD.search(
                text, max(0, match.start("who") - 40), match.start("who")
            ):
                continue  # "a peat company operating near Tori has been fined": not Tori
            if number in _DESCRIBED_NUMBERS:
                # the description as written ("A Suva bakery"): the party named next, if the
                # text goes on to name it, else the description itself
                party = _described_in_a_lead(text, match, lexicon)
                if party.start not in covered:
                    found[party.start] = party
                    covered.update(range(match.start("who"), match.end("who")))
                continue
            party = _clean(match, lexicon)
            if party and number == _DESCRIBED_AT_A_PLACE_NUMBER:
                # an indefinite description: the party the article names, not a name
                party = Party(party.name, party.start, party.end, pronoun=True)
            if number in _OBJECT_PATTERNS and (party is None or not party.pronoun):
                later = _THEN_NAME.match(text, match.end("who"))
                if later:
                    party = _clean(later, lexicon) or party
            if party and party.start not in covered:
                found[party.start] = party
                covered.update(range(party.start, party.end))
    if "," in text:
        for party in _named_in_apposition(text, lexicon):
            if party.start not in covered:
                found[party.start] = party
                covered.update(range(party.start, party.end))
    for party in list(found.values()):
        # "fined Alder €3 million, Birchwood €1.2 million and Cedar €800,000": each name after
        # a party's amount, with an amount of its own, is one more party.
        at = party.end
        while (more := _LIST_GOES_ON.match(text, at)) and (extra := _clean(more, lexicon)):
            if extra.start in covered:
                break
            if " and " in extra.name and _SHARED_SUM.match(text, extra.end):
                break  # "… and Birch and Cedar £1 million each": two parties, not one name
            found[extra.start] = extra
            covered.update(range(extra.start, extra.end))
            at = extra.end
    return [found[k] for k in sorted(found)]


# Each amount may be in brackets after its name ("A Ltd (GH₵1.2 million), B Ltd (GH₵450,000)
# and C PLC (GH₵310,000)") or be followed by its conversion in brackets ("A LLC GEL 12.6
# million (about $4.6 million), B LLC GEL 9.1 million").
# (A country's one-letter sign counts here: "fined Jo Banda K150,000 and Ann Phiri K90,000".
# An item may say what the party is: "… and the payments firm Ludgate Pay Ltd £1.3 million".)
_PARTY_AMOUNT = rf"(?:{AMOUNT_STARTS}|(?:{_single_letter_signs()})\d)"
_LIST_GOES_ON = compiled(
    rf"\s*(?P<open>\(\s*)?{_PARTY_AMOUNT}(?:[^.;,()]|[.,](?=\d)){{0,30}}?"
    rf"(?(open)\)|(?:\s*\([^()]{{1,40}}\))?)"
    rf"(?:,\s*and|,|\s+and)\s+(?:(?:the|its|their)\s+(?:[a-z][\w-]*\s+){{1,3}}?)?"
    # (a name may hold "and" here, the sum after it closing it: "Tano Savings and Loans GH¢850,000")
    rf"(?P<who>{_NAME}(?:\s+and\s+{_NAME})?)\s+(?=\(?\s*{_PARTY_AMOUNT})"
)


# The party described, then named in apposition: "fined two mobile network operators, Nile Tel
# Ltd and Kyoga Mobile Ltd, Shs9.2 billion and …", "imposed a penalty of M250,000 on a smaller
# lender, Senqu Credit Services (Pty) Ltd, for …", "fined two abattoir operators in Agege, A
# and B, ₦2 million each": the names, as many as counted (one after "a", "the").
_DESCRIBED_THEN_NAMED = compiled(
    # (a sanction's noun with its sum: not "notices published on the bureau's website, X")
    rf"\b(?:{_PERSONAL_SANCTION}|ordered|(?:{_SANCTION_NOUN})\s+of\s+[^\s\d.;]{{0,4}}\d(?:[^.;]|\.(?=\d)){{0,40}}?\s(?:on|upon|against))\s+"
    rf"(?:(?P<count>{SMALL_COUNT_WORDS}|\d{{1,2}})|an?|the)\s+(?:[a-z][\w'’-]*\s+){{0,4}}?[a-z][\w'’-]*"
    rf"(?:\s+(?:in|of|at|from)\s+[{_UPPER}][\w'’-]*(?:\s+[{_UPPER}][\w'’-]*)?)?,\s+(?P<who>{_NAME})"
)
_NEXT_NAMED = compiled(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<who>{_NAME})")


def _named_in_apposition(text: str, lexicon: Lexicon) -> list[Party]:
    """The parties a sanction's object names after describing them (`_DESCRIBED_THEN_NAMED`)."""
    named: list[Party] = []
    for match in _DESCRIBED_THEN_NAMED.finditer(text):
        first = _clean(match, lexicon)
        if first is None or first.pronoun or _is_place_or_city(first.name, lexicon):
            continue  # ("the local branch of Meridian Bank, Mombasa, KES 5 million": its town)
        count = match["count"]
        size = int(parse_number_words(count) or 0) if count else 1
        listed = [first]
        at = first.end
        while len(listed) < size and (item := _NEXT_NAMED.match(text, at)):
            more = _clean(item, lexicon)
            if more is None or more.pronoun:
                break
            listed.append(more)
            at = more.end
        if len(listed) == size:  # (a count the names do not fill is no such list)
            named += listed
    return named


# A sum two parties share or each pay alike: "£1 million each", "$2m jointly".
_SHARED_SUM = compiled(
    rf"\s+\(?\s*{_PARTY_AMOUNT}[^;]{{0,30}}?\b(?:each|apiece|jointly|together|between\s+them)\b"
)


def _described_in_a_lead(text: str, match: re.Match[str], lexicon: Lexicon) -> Party:
    start, end = match.span("who")
    named = named_after(text, start, lexicon)
    if named is not None:
        return named
    if _ends_sentence_at(text, end):
        # a sentence read alone: the article's context resolves it (`indefinite_referent`)
        return Party(match["who"], start, end, pronoun=True)
    if not compiled(_COMMON_NP).fullmatch(match["who"]):
        return Party(match["who"], start, end, pronoun=True)
    inner = _ARTICLE_OPENING.sub("", match["who"])
    return Party(inner, end - len(inner), end)


_ARTICLE_OPENING = compiled(r"^[Aa]n?\s+")
_NEXT_SENTENCE = compiled(r"[.!?][\"”’)*]*\s+[\"“*]*[A-Z]")


def _ends_sentence_at(text: str, at: int) -> bool:
    """No further sentence after the one at `at` in `text`."""
    return _NEXT_SENTENCE.search(text, at) is None  # (no look-behind: as in `text[at:]`)


# A sentence opening on another case: "Separately, X was fined", "In a second case, …".
_ANOTHER_CASE = compiled(
    r"[\W_]*(?:separately|meanwhile|elsewhere|also|in\s+(?:a|another)\s+(?:separate|second|"
    r"third|further|related|different|other)?\s*(?:case|decision|matter|development)|in\s+"
    r"another|in\s+other|earlier|last\s+(?:year|month|week))\b",
    re.I,
)


_BYLINE_OR_HEADING = compiled(
    r"[*_#\s]*[Bb]y\s+[^\n]*|(?:\*\*?|__?)[^\n*_]*(?:\*\*?|__?)|#+\s[^\n]*"
)


def is_indefinite(description: str) -> bool:
    """ "A Suva bakery", "an Auckland firm": a party described, to be named later."""
    return _INDEFINITE_OPENING.match(description) is not None


_INDEFINITE_OPENING = compiled(r"[Aa]n?\s")


def named_after(text: str, at: int, lexicon: Lexicon) -> Party | None:
    """The company the sentence after the one at `at` names as its subject, or as the party
    it tells sanctioned: the party a lead described ("A Suva bakery has been fined $18,000 …
    Island Loaf Bakery Ltd was sentenced on Monday"). None where that sentence tells another
    case ("Separately, …"), names only a regulator, or there is none."""
    from .people import looks_personal
    from .text import sentences

    spans = sentences(text)
    following = [s for s in spans if s.start > at]
    if not following:
        return None
    # past a byline or a heading between the lead and the story ("*By Mere Tawhiri*")
    following = [
        s for s in following if not _BYLINE_OR_HEADING.fullmatch(text[s.start : s.end].strip())
    ]
    if not following:
        return None
    nxt = following[0]
    sentence = text[nxt.start : nxt.end]
    if _ANOTHER_CASE.match(sentence):
        return None
    opener = opening_party(sentence, lexicon)
    if opener is not None:
        where = sentence.find(opener)
        return Party(opener, nxt.start + where, nxt.start + where + len(opener))
    for party in respondents(sentence, lexicon):
        if party.pronoun or looks_personal(party.name, lexicon):
            continue
        if _is_known_non_respondent(party.name, lexicon):
            continue
        return Party(party.name, nxt.start + party.start, nxt.start + party.end)
    return None


_A_NAME = compiled(rf"(?<![\w'’&.-])(?P<who>{_NAME})")


def named_before(text: str, at: int, lexicon: Lexicon) -> list[Party]:
    """The companies the sentence before the one at `at` names, in its paragraph: those it
    tells sanctioned (the ones it describes as pronouns: "the bank"), and the names it writes
    as a company's ("The biggest case concerns Anse Royale Motors (Pty) Ltd, … On 24
    September the FTC fined the dealer"). Offsets are in `text`; its sentences are the
    article's own (`text.sentences`), as `named_after` reads the one after."""
    from .people import business_name
    from .text import sentences

    paragraph = text.rfind("\n", 0, at) + 1
    before = [s for s in sentences(text) if paragraph <= s.start and s.end <= at]
    if not before:
        return []
    start = before[-1].start
    sentence = text[start : before[-1].end]
    found = [
        Party(p.name, start + p.start, start + p.end, p.pronoun)
        for p in respondents(sentence, lexicon)
        # (a name, capitalised: not "the central bank has fined X", the regulator)
        if p.pronoun or (p.name[0].isupper() and not _is_known_non_respondent(p.name, lexicon))
    ]
    for match in _A_NAME.finditer(sentence):
        party = _clean(match, lexicon)
        if (
            party is not None
            and not party.pronoun
            and (business_name(party.name) or _ENDS_IN_FORM.search(party.name))
            and not _is_known_non_respondent(party.name, lexicon)
        ):
            found.append(Party(party.name, start + party.start, start + party.end))
    # not one who raised the case: "Coastal Telecom, a rival operator, complained …"
    return [p for p in found if not _THIRD_PARTY_OPENING.match(text, p.end)]


def unnamed_object(body: str, at: int, description: str, lexicon: Lexicon) -> bool:
    """ "the regulator fined a pharmacy chain NZ$40,000" with no name for it in the sentence
    after: a description the article never resolves, no party of its own (a lead's subject,
    "A Suva bakery has been fined", stands as written)."""
    return (
        is_indefinite(description)
        and _OBJECT_VERB_BEFORE.search(body, max(0, at - 20), at) is not None
        and named_after(body, at, lexicon) is None
    )


def indefinite_referent(body: str, description: str, at: int, lexicon: Lexicon) -> str:
    """The party a lead's description at `at` in `body` stands for: the one named next, else
    the description without its article ("local construction company")."""
    named = named_after(body, at, lexicon)
    if named is not None:
        return named.name
    return _ARTICLE_OPENING.sub("", description)


_LAW_WORD = compiled(r"\b(?:Act|Law|Code|Ordinance|Regulations?|Directive)\b")


def _without_laws(text: str) -> str:
    """The text with the laws it names blanked out (offsets kept): "an order under Article 148
    of the Act on the Protection of Personal Information to Hoshimura" — a law's name is
    never the party, and the party may come after it."""
    if not _LAW_WORD.search(text):
        return text
    from .provisions import find_instruments

    for _, start, end in find_instruments(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# "the airline's Chief of Flight Operations, Capt. Jo Hale": a role may name its department,
# and a person a title written before the name.
_TITLE = rf"(?:{'|'.join(titles())})\.?"
_DOTTED_TITLE = compiled(rf"(?<![\w.])(?:{'|'.join(titles())})\.(?=\s+[{_UPPER}])")
_ROLE_THEN_PERSON = compiled(
    rf"\s+{_ROLE}(?:\s+of\s+(?:[\w-]+\s+){{0,2}}?[\w-]+)?\s*,?\s+(?:{_TITLE}\s+)?(?P<who>{_PERSON})"
)
_PERSON_AFTER_ROLE = compiled(rf"\s*,?\s+(?P<who>{_PERSON})")


_NAME_IN_BRACKETS = compiled(
    r"(?:\s+(?:in|of|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\s+\("
    r"(?P<name>[A-Z][\w'’.&-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’.&-]*){0,6})\)"
)


# "A second lender, Kovar Credit s.r.o., was fined": the name the description is given.
# … its town after it: "A fourth company, Zuidwest Cargo B.V. from Bergen op Zoom, was not".
# (With what it is before the name: "the seller, Maputo-based investment holding Grupo Lúrio,".)
_NAME_IN_APPOSITION = compiled(
    rf",\s+(?:[{_UPPER}][\w'’-]*-based\s+)?{_DESCRIPTOR}(?P<name>{_NAME})(?:\s+(?:from|of|in|based\s+in)\s+[A-Z][\w'’-]*"
    rf"(?:\s+(?:[a-z]{{1,3}}\s+)?[A-Z][\w'’-]*){{0,3}})?,"
)


# A wire story's dateline, "MADRID, May 6 (Reuters) -" or "OSLO, 9 January -": where the
# story was written, never a party (its comma looks like an appositive's).
_DATELINE = compiled(
    rf"[{_UPPER}][{_UPPER}'’. -]*(?:,\s+[{_UPPER}][\w'’. -]*)?,\s+"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?\s*"
    r"(?:\([^()]{1,40}\)\s*)?[-–—]"
)


@cache
def _body_word() -> str:
    """A body's name cut to its last word: "the Council", "the Commission", "the Board" (the
    head nouns of authorities.toml's [unlisted], and the heads only referred to)."""
    data = load_toml("authorities.toml")["unlisted"]
    return "(?:" + "|".join(data["heads"] + data["referred_heads"]) + ")"


# A body cut to that last word and acted on by the regulator: "ordered the Council to retrain
# its staff", "also fined the Agency €20,000", "reprimanded the Directorate". Elsewhere ("to
# the Council", "the fine the Superintendency of the Environment imposed") it is a body named
# before, not a party.
_BODY_ACTED_ON = compiled(
    r"\b(?:fined|ordered|reprimanded|sanctioned|penali[sz]ed|censured|banned|suspended|warned"
    r"|directed|instructed|required|cautioned|admonished)\s+(?:also\s+)?the\s+$",
    re.I,
)


_SPACED_FIGURE = compiled(r"[ \u00a0]\d")
_COMMA_FORM = compiled(r",\s+(?:Inc|Corp|Ltd|LLC|LLP|L\.P|PLC|plc)$")
# "the Ikeja outlet of Mama Cass Foods", "the Lekki branch of X": a place names which of the
# company's premises; the company after "of" is the party.
_PREMISES_OF = compiled(
    r"\s+(?:branch|outlet|store|shop|office|franchise|plant|factory|warehouse|depot|restaurant|"
    r"hotel|clinic|pharmacy|supermarket|showroom|premises|facility|site)\s+of\s+(?:the\s+)?"
    rf"(?P<who>{_NAME})"
)


# `_clean`'s small patterns, compiled once (as `re.search(r"…")` found them in `re`'s cache
# on every call of the hottest reader of names).
_THE_BEFORE = compiled(r"\bthe\s+$", re.IGNORECASE)
_ENDS_POSSESSIVE = compiled(r"['’]s$")
_POSSESSIVE_MARK = compiled(r"['’]s?(?=\s)")
_POSSESSIVE_INSIDE = compiled(r"['’]s(?=\s)")
_POSSESSIVE_END = compiled(r"['’]s\b")
_A_COURT = compiled(r"\b(?:Court|Tribunal|Chamber)$")
_THE_RIGHT_BEFORE = compiled(r"\bthe\s+$")
_KNOWN = compiled(r"\bknown\b")


@cache
def _body_word_pattern() -> re.Pattern[str]:
    return compiled(_body_word())


def _clean(match: re.Match[str], lexicon: Lexicon) -> Party | None:
    start, end = match.span("who")
    name = match.group("who")
    if comma_form := _COMMA_FORM.search(name):
        # "Brennan Directional Drilling, Inc., of Canonsburg, agreed to pay": read through its
        # form after a comma, the name is the words before it (as "Sephora" in "Sephora, Inc.")
        name, end = name[: comma_form.start()], start + comma_form.start()
    if (premises := _PREMISES_OF.match(match.string, end)) and _THE_BEFORE.search(
        match.string[max(0, start - 4) : start]
    ):
        return _clean(_Group(premises, "who"), lexicon)
    if match.string[end : end + 1] == "." and _ENDS_IN_A_DOTTED_FORM.search(name + "."):
        # "fined Bank X S.A. 3.76 million": the legal form's last full stop is the name's.
        name, end = name + ".", end + 1
    if match.string[end : end + 1] == "$":
        # "R$2.4 million", "A$5m": a currency, not a party — nor part of the name before it
        # ("fined Orchid Lane Pte Ltd S$ 18,000").
        name = name[: -len(name.split()[-1])].rstrip()
        end = start + len(name)
        if not name:
            return None
    if _glued_amount().fullmatch(name.split()[-1]) or (
        name.split()[-1] in _spaced_letters() and _SPACED_FIGURE.match(match.string, end)
    ):
        # "fined Karoo Telecom R5 million", "fined Sahel Wireless N2.3 billion": the amount's
        # currency letter glued to its digits is not the last word of the name; nor is one
        # its country's copy writes a space apart ("fined Mansa Millers K 450,000").
        name = name[: -len(name.split()[-1])].rstrip()
        end = start + len(name)
        if not name:
            return None
    # "fined Przelewik's former chief executive, Anna Nowak": the person, not the company.
    owner = end if _ENDS_POSSESSIVE.search(name) else None
    if possessive := _POSSESSIVE_MARK.match(match.string[end : end + 3]):
        # "the firm's former chief executive, Jean Weber"; a plural's "Mumias Holdings'
        # procurement director, Peter Wekesa"
        owner = end + possessive.end()
    elif owner is None and (inside := _POSSESSIVE_INSIDE.search(name)):
        owner = start + inside.end()  # "X's Chief of Flight Operations, Capt. Jo Hale" read whole
    if owner is not None:
        person = _ROLE_THEN_PERSON.match(match.string, owner)
        if person and not _is_known_non_respondent(person.group("who"), lexicon):
            return Party(person.group("who"), person.start("who"), person.end("who"))
    if compiled(_ROLE).fullmatch(name):
        # "a penalty on the CFO, Ana Ruiz": the person the role names; a role alone names no
        # one ("fined the CEO" is whoever the article introduced as such).
        person = _PERSON_AFTER_ROLE.match(match.string, end)
        if person is None or _is_known_non_respondent(person.group("who"), lexicon):
            return None
        return Party(person.group("who"), person.start("who"), person.end("who"))
    if _is_known_non_respondent(name, lexicon):
        return None  # "the order to the Privacy Appeals Board": a regulator, before trimming
    noun = _NOUN_AFTER.match(match.string, end)
    if (
        noun
        and (noun["next"] is None or noun["next"] in _currency_codes())
        and _THE_BEFORE.search(match.string[max(0, start - 4) : start])
    ):
        # "fined the Delhi institute Rs 5,00,000", "the Lisbon firm": a place or a brand
        # before a noun describes the party told of before; it does not name one.
        return Party(match.string[start : noun.end("noun")], start, noun.end("noun"), pronoun=True)
    if compiled(_PRONOUN, re.IGNORECASE).fullmatch(name):
        # "fined the seller, Kafue Ventures Ltd, K400,000": a party introduced by its role in
        # the case and named in apposition is the one named, not the one told of before.
        named = (
            None
            if name.casefold() in ("it", "them", "they")
            else _NAME_IN_APPOSITION.match(match.string, end)
        )
        if named and not _is_known_non_respondent(named.group("name"), lexicon):
            return Party(named.group("name"), named.start("name"), named.end("name"))
        return Party(name, start, end, pronoun=True)
    common = compiled(_COMMON_NP).fullmatch(name)
    if common:
        # "fined the county hospital in Leszno (Szpital Powiatowy w Lesznie)": the name the
        # brackets give is the party's.
        named = _NAME_IN_BRACKETS.match(match.string, end) or _NAME_IN_APPOSITION.match(
            match.string, end
        )
        if named and not _is_known_non_respondent(named.group("name"), lexicon):
            return Party(named.group("name"), named.start("name"), named.end("name"))
        inner = common.group(1)
        return Party(inner, start + name.index(inner), end)
    # A place's possessive describes the name after it: "Chile's Banco X", "Germany's
    # Deutsche Wohnen" (the company, not the country).
    place = _PLACE_POSSESSIVE.match(name)
    if place and _is_place(place.group(1), lexicon):
        start += place.end()
        name = name[place.end() :]
    # A possessive ends the name: "Amazon's French warehouses unit" is Amazon's.
    name = _POSSESSIVE_END.split(name)[0]
    words = name.split()
    # "fined VND1.5 billion", "Alder VND850 million": a currency's code glued to its figure is
    # the amount, never a word of a name.
    while words and _CODE_THEN_FIGURE.fullmatch(words[-1]) and words[-1][:3] in _currency_codes():
        words = words[:-1]
    if not words:
        return None
    # "Investor Tran Van Khoa was fined": a role opening the sentence says who the person is.
    if len(words) > 2 and compiled(_ROLE).fullmatch(words[0]) and words[0][0].isupper():
        start += len(words[0]) + 1
        words = words[1:]
    # "fined Nordkap Bank DKK 3 million": the amount's currency code is not part of the name
    # (dropped first, or "Bank" would read as a descriptor of "DKK").
    while len(words) > 1 and words[-1] in _currency_codes():
        words = words[:-1]
    while words and words[0].casefold().strip("’'") in _NOT_A_NAME_START:
        start += len(words[0]) + 1
        words = words[1:]
    # Title-case descriptors: "Facial Recognition Firm Clearview AI" is Clearview AI (but
    # "Interserve Group Ltd" keeps its "Group").
    # A name ending in its legal form is the registered name, descriptors and all: "Bank X
    # S.A.", "X Dental Group Pte Ltd".
    registered = bool(_ENDS_IN_FORM.search(" ".join(words))) or (
        len(words) > 1
        and (
            words[-1].casefold().strip(".,") in _CORPORATE - {"group"}
            or words[-1] in _written_forms()  # "Steppe Commercial Bank JSC"
        )
    )
    for index, word in enumerate(words[:-1] if not registered else []):
        rest = words[index + 1 :]
        if (
            word.casefold() in DESCRIPTOR_NOUNS
            and any(w.casefold().rstrip(".") not in _CORPORATE for w in rest)
            # "Equity Bank Kenya", "Stanbic Bank Uganda": a country after the noun is the
            # name's own last word (the group's national arm), not the party.
            and not _is_place(" ".join(rest).rstrip(".,"), lexicon)
        ):
            start += sum(len(w) + 1 for w in words[: index + 1])
            words = words[index + 1 :]
            break
    # "Bursa-listed Mega Jaya Holdings Bhd", "Nasdaq-listed Orbitix Inc": where a company is
    # based or listed describes it; it is no word of its name.
    while len(words) > 1 and words[0].casefold().endswith(_DESCRIBED_BY_WHERE):
        start += len(words[0]) + 1
        words = words[1:]
    words = [w for w in words if not w.casefold().endswith("-based")]  # "US-based", "Paris-based"
    # "fined Fjordpark NOK 4 million": the currency code is not part of the name.
    while len(words) > 1 and (
        words[-1].casefold() in _NOT_A_NAME_END or words[-1] in _currency_codes()
    ):
        words = words[:-1]
    name = " ".join(words).rstrip(",")
    if not _ENDS_IN_FORM.search(name):
        name = name.rstrip(".,")  # a sentence's full stop, not "a.s." or "Co., Ltd."
    # Words dropped above are counted with one space after each: "Mr. Marko Vuković", its
    # title's full stop blanked out ("Mr  Marko"), has two.
    while start < len(match.string) and match.string[start].isspace():
        start += 1
    end = start + len(name)
    if not name or name.casefold() in _NOT_A_NAME_OR_EVERYONE or not any(c.isalpha() for c in name):
        return None
    if name in _currency_codes():
        # "fined the company EUR 20,000": the currency code is the amount's, and the party is
        # the description before it (told of before). Not "fined the streaming company SEK 58
        # million" read as a name: that is the description too.
        before = _DESCRIPTION_BEFORE.search(match.string, max(0, start - 60), start)
        if before:
            return Party(before["what"], before.start("what"), before.end("what"), pronoun=True)
        return None
    if name.split()[-1].casefold() in _PAYEES:
        return None  # "will pay a civil penalty of $4 million to the United States Treasury"
    if _A_COURT.search(name):
        return None  # "the Market Court annulled in its entirety the fine": the judge, not a party
    if (
        _body_word_pattern().fullmatch(name)
        and _THE_RIGHT_BEFORE.search(match.string[max(0, start - 4) : start])
        and not _BODY_ACTED_ON.search(match.string[max(0, start - 30) : start])
    ):
        # "a fine imposed by the Competition Council rather than returning the case to the
        # Council": the body named before by the last word of its name, not a party. (But
        # "ordered the Council to retrain its staff", "also fined the Agency €20,000": the
        # body the regulator acts on is one.)
        return None
    if _is_known_non_respondent(name, lexicon) or _in_a_regulator_s_name(
        match.string, start, lexicon
    ):
        return None
    if _a_description_opening(match.string, start, name):
        return None  # "**Contractor has paid**": the word is capitalised by its place only
    if _NAMES_A_KIND.search(match.string, max(0, start - 40), start) and (
        name.isupper() or _KNOWN.search(match.string[max(0, start - 40) : start])
    ):
        return None  # "an agreement, known in Brazil as a TCC,": what it is called, no one
    return Party(name, start, end)


# "the company " right before an amount's currency code.
_DESCRIPTION_BEFORE = compiled(
    rf"(?P<what>\b[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{party_nouns()}))\s+$"
)


# (Not "the Split-based debt collector Jadran Naplata": the noun then has its name — but
# "the Delhi institute Rs 5,00,000" has the amount's currency.)
_NOUN_AFTER = compiled(
    rf"\s+(?P<noun>{party_nouns()})(?![\w-])(?:,?\s+(?P<next>[{_UPPER}][\w.]*))?"
)


# Before a word that names a kind of thing, not a party: "known (in Brazil) as (a) TCC",
# "an NDA", "a DPA with the prosecutor".
_NAMES_A_KIND = compiled(r"(?:\bknown\s+(?:[^,.;]{0,30}\s)?as\s+(?:an?\s+|the\s+)?|\b[Aa]n?\s+)$")


# What may come before the first word of a heading or a sentence: markup, a bullet, a quote,
# or the end of the sentence before.
_OPENING = compiled(r"(?:^|\n)[ \t>*#_\-\u2022\"'“‘(]*$|[.!?:;][\"'”’)*_]*\s+[\"'“‘(*_]*$")


def _a_description_opening(text: str, start: int, name: str) -> bool:
    """A single capitalised noun that describes a party ("Mill", "Subcontractor"), where any
    word is capitalised — opening a heading, a title or a sentence — is no name."""
    if " " in name or not compiled(party_nouns()).fullmatch(name.casefold()):
        return False
    return _OPENING.search(text, max(0, start - 12), start) is not None or start == 0


def _in_a_regulator_s_name(text: str, at: int, lexicon: Lexicon) -> bool:
    """ "agreed to pay a penalty to settle Securities and Exchange Commission charges": the
    name read is the first word of a regulator's."""
    return any(m.kind == "authority" and m.start <= at < m.end for m in lexicon.mentions(text))


_PLACE_POSSESSIVE = compiled(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s+(?=[A-Z])")


def _is_place(text: str, lexicon: Lexicon) -> bool:
    """The whole of `text` is a country or state the lexicon knows ("Chile", "New York")."""
    return any(
        m.kind in {"jurisdiction", "region"} and m.start == 0 and m.end == len(text)
        for m in lexicon.mentions(text)
    )


def _is_place_or_city(text: str, lexicon: Lexicon) -> bool:
    """`_is_place`, or the whole of `text` is a town the lexicon knows ("Mombasa")."""
    return _is_place(text, lexicon) or any(
        m.start == 0 and m.end == len(text) for m in lexicon.city_mentions(text)
    )


_CODE_THEN_FIGURE = compiled(r"[A-Z]{3}\d[\d.,]*")


@cache
def _written_forms() -> frozenset[str]:
    """Legal forms as copy writes them, before or after a name (people.toml): "JSC", "LLP"."""
    data = load_toml("people.toml")["parties"]
    return frozenset(data["legal_forms"] + data["legal_forms_first"])


@cache
def _glued_amount() -> re.Pattern[str]:
    """A currency letter glued to a number ("R5", "N2.3"): [glued] in currencies.toml."""
    from .money import glued_currency_letters

    letters = "".join(re.escape(g) for g in sorted(glued_currency_letters()))
    return compiled(rf"[{letters}]\d[\d.,]*") if letters else compiled(r"(?!)")


@cache
def _spaced_letters() -> frozenset[str]:
    """Currency letters a country's copy writes spaced from the figure ("K 3 million")."""
    from .money import spaced_currency_letters

    return spaced_currency_letters()


@cache
def _currency_codes() -> frozenset[str]:
    from .datafiles import load_toml

    # With the symbols written like a word of a name: "fined the institute Rs 5,00,000", "fined
    # PT Samudra Lintas Rp 24,6 miliar" — the amount's currency, not the party or its last word.
    currencies = load_toml("currencies.toml")["currency"]
    worded = {
        s for c in currencies for s in c["symbols"] if len(s) > 1 and s.isalpha() and s[0].isupper()
    }
    return frozenset(c["code"] for c in currencies) | worded


def _is_known_non_respondent(name: str, lexicon: Lexicon) -> bool:
    """Regulators, places, laws and currencies are never the party sanctioned (by name alone)."""
    mentions = lexicon.mentions(name)
    if any(m.start == 0 and m.end >= len(name.rstrip(".")) - 1 for m in mentions):
        return True
    # "the Maltese IDPC", "Croatia's AZOP": a country's regulator, named with its country.
    return (
        len(mentions) == 2
        and mentions[0].kind == "jurisdiction"
        and mentions[0].start == 0
        and mentions[1].kind == "authority"
        and not name[mentions[0].end : mentions[1].start].strip(" '’s")
        and mentions[1].end >= len(name.rstrip(".")) - 1
    )


# Words between "the" and the noun of a description ("the Kestrel Quarry cement plant", "a
# Lyon-based fish-feed producer"): not a verb or a word that ends the phrase ("the FCA fined
# the firm").
_MODIFIERS = (
    r"(?:(?!(?:the|an?|and|or|of|in|on|at|to|by|for|with|from|was|were|is|are|has|had|have|"
    r"which|that|who|its|their|said|says)\b)(?:\w+-[\w-]+|[a-z]\w*(?<!ed))\s+){0,3}?"
)


@cache
def _description_patterns() -> tuple[re.Pattern[str], ...]:
    noun = rf"(?P<noun>{party_nouns()})(?![\w-])"
    return (
        # "Nordvik Feed AS, a fish-feed producer", "Vestra SA, the country's largest carrier"
        # (Not a clause after a place: "… by Judge Holt in Omaha, the company is also barred".)
        compiled(
            rf"(?P<who>{_NAME}),\s+(?:an?|the)\s+(?:[\w-]+['’]s\s+)?{_MODIFIERS}{noun}"
            rf"(?!\s+(?:also\s+|now\s+)?{_CLAUSE_VERB}\b)"
        ),
        # "the Kestrel Quarry Ltd. cement plant", "the Halden mill"
        compiled(rf"\b[Tt]he\s+(?P<who>{_NAME})\.?\s+{_MODIFIERS}{noun}"),
        # "the subcontractor Halden Bygg AS", "a second lender, Kovar Credit s.r.o.,"
        compiled(rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts)\s+{_MODIFIERS}{noun},?\s+(?P<who>{_NAME})"),
        # News style drops the article: "fined cottonseed-oil producer Oltin Don Yog' JSC",
        # "involved mobile operator Sharq Mobile", "against retailer Kestrel Ltd" (after a
        # word in lower case: the description is not the sentence's subject). The modifiers
        # before the noun are words in lower case themselves, so the noun is what follows
        # one (the same matches as allowing them, at a third of the time: tried from every
        # word, the modifiers' look-aheads cost most).
        compiled(rf"(?<=[a-z,] ){noun}\s+(?P<who>{_NAME})"),
        # … or starts the sentence with it: "Airline Silk Sky Air escaped a fine".
        compiled(
            rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<noun>(?i:{party_nouns()}))(?![\w-])\s+(?P<who>{_NAME})",
            re.M,
        ),
    )


@cache
def _description_rests() -> tuple[re.Pattern[str] | None, ...]:
    """For each of `_description_patterns` that starts with the name, what follows the name
    alone, as `_respondent_rests` (None for the others)."""
    return tuple(
        compiled(_after_opening_group(p.pattern), p.flags)
        if p.pattern.startswith("(?P<who>") and _after_opening_group(p.pattern)[:2] != r"\s"
        else None
        for p in _description_patterns()
    )


# A sentence opening on a company it is about: "Tonle Sap Holdings Plc, a property group,
# published its report late", "Nordlys Kraft AS missed the deadline".
# Verbs in the past that do not end in "-ed": "Lakeview Resort Ltd was found to have …".
_IRREGULAR_PAST = (
    r"(?:found|held|run|ran|made|told|given|gave|caught|taken|took|known|built|sold|brought"
    r"|bought|kept|left|sent|spent|lost|shut|became|began|drew|drawn|wrote|written|spoke"
    r"|broke|broken|chose|chosen|met|led|fell|fallen)"
)
_OPENING_PARTY = compiled(
    rf"[\W_]*(?P<who>{_NAME})(?:,\s+(?:an?|one\s+of)\s|\s+(?:(?:has|had|was|is)\s+)?"
    rf"(?:also\s+|repeatedly\s+|again\s+)?(?:[a-z]+ed|{_IRREGULAR_PAST})\b)"
)


def opening_party(text: str, lexicon: Lexicon) -> str | None:
    """The company a sentence telling no sanction opens on as its subject, if any (not a
    regulator, a place or a person)."""
    match = _OPENING_PARTY.match(text)
    if match is None:
        return None
    name = match["who"]
    if len(name) < 3 or name.split()[0].casefold() in _NOT_A_NAME_START:
        return None
    from .people import looks_personal

    if _is_known_non_respondent(name, lexicon) or looks_personal(name, lexicon):
        return None
    if _THIRD_PARTY_OPENING.match(text, match.end("who")):
        return None  # "Coastal Telecom, a rival operator, complained": who raised the case
    return name


# After an opening name, what makes it the one who raised the case, not the one it is about:
# described as a rival, customer or complainant, or doing what they do (complained, lodged a
# complaint, alerted the regulator; not "welcomed the ruling": the party itself may).
_THIRD_PARTY_OPENING = compiled(
    r",\s+(?:an?|one\s+of\s+(?:the|its|their|his|her))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:rivals?|competitors?|customers?|clients?|complainants?|whistleblowers?|suppliers?"
    r"|shareholders?|investors?|consumer\s+groups?)\b"
    r"|(?:,[^,]{1,60},)?\s+(?:(?:has|had)\s+)?(?:also\s+|first\s+|then\s+)?"
    r"(?:complained|alerted|tipped\s+off|petitioned|blew\s+the\s+whistle"
    r"|(?:filed|lodged|made|submitted)\s+(?:a|the|its|an?\s+\w+)\s+complaint)\b"
)


# (Not a paragraph opening on a title, "Dr. Sesay said the company must …", or on an answer
# that is no name: "Yes. The FTC also ordered …".)
_BARE_NAME_ANSWER = compiled(
    rf"(?:^|(?<=\n))(?!(?:{'|'.join(titles())}|Yes|No|None|Not\s+yet)\.)"
    rf"(?P<who>{_NAME})\.[ \t]+(?=[A-Z])"
)


def described_parties(text: str, lexicon: Lexicon) -> list[tuple[str, Party]]:
    """Each party the text introduces with a noun describing it, as (noun, party), in order:
    "the Kestrel Quarry cement plant" is ("plant", Kestrel Quarry). Copy then writes only
    "the plant" for it."""
    found: dict[int, tuple[str, Party]] = {}
    for match in _BARE_NAME_ANSWER.finditer(text):
        # "Kilima Beverages Holdings. On 23 October, the CCC fined the brewer …": a Q&A's
        # answer opening on the bare name of the party it goes on to describe ("*": any noun)
        party = _clean(match, lexicon)
        if party is not None and not party.pronoun:
            found[party.start] = ("*", party)
    for pattern, rest in zip(_description_patterns(), _description_rests(), strict=True):
        if rest is not None and rest.search(text) is None:
            continue  # what follows the name is nowhere in the text (`_respondent_rests`)
        for match in pattern.finditer(text):
            party = _clean(match, lexicon)
            if party is not None and not party.pronoun and party.start not in found:
                found[party.start] = (_noun_of(match.group("noun")), party)
    return [found[k] for k in sorted(found)]


def _noun_of(description: str) -> str:
    """The noun a description ends in, as the key descriptions are matched by ("plant")."""
    return description.split()[-1].casefold()


def description_noun(pronoun: str) -> str | None:
    """ "the plant" → "plant"; "it", "they" → None."""
    words = pronoun.split()
    return _noun_of(pronoun) if len(words) > 1 else None


# Who makes a product the sanction names: "ChatGPT maker OpenAI", "Epic Games, the company
# behind the hit video game Fortnite", "Instagram, which is owned by Meta". A ban on ChatGPT
# is an action against OpenAI.
_MAKER_ROLE = r"(?:maker|developer|owner|operator|creator|publisher|parent|provider)"
# Each as the name it starts with and the rest: a text the rest is not in (most bodies, once
# "maker" or "by" is in them) is not searched from every capital letter for the whole.
_MAKER_SHAPES = (
    (rf"(?P<product>{_NAME})", rf"\s+{_MAKER_ROLE}\s+(?P<maker>{_NAME})"),
    (
        rf"(?P<maker>{_NAME})",
        rf",\s+(?:the|a)\s+(?:[\w-]+\s+){{0,2}}?(?:company|firm|group|{_MAKER_ROLE})\s+"
        rf"(?:behind|of|that\s+(?:makes|owns|runs|operates|developed))\s+(?:the\s+|an?\s+)?"
        rf"(?:[a-z][\w-]*\s+){{0,4}}(?P<product>{_NAME})",
    ),
    (
        rf"(?P<product>{_NAME})",
        rf",\s+(?:which\s+is\s+|a\s+[\w\s-]{{1,30}}?)?"
        rf"(?:owned|operated|run|made|developed)\s+by\s+(?P<maker>{_NAME})",
    ),
)
_MAKER_PATTERNS = tuple(
    (compile_guarded(name + rest), compile_pattern(rest)[0]) for name, rest in _MAKER_SHAPES
)


def makers(text: str, lexicon: Lexicon) -> dict[str, Party]:
    """Respondent key of a product → the party that makes it, as the text says."""
    found: dict[str, Party] = {}
    folded = lookup_form(text)
    for guarded, rest in _MAKER_PATTERNS:
        if not guarded.may_match(folded):
            continue  # no "maker", "behind", "owned by" …: most bodies
        if rest.search(text) is None:
            continue  # every match has its rest in the text
        for match in guarded.pattern.finditer(text):
            product = _clean(_Group(match, "product"), lexicon)
            maker = _clean(_Group(match, "maker"), lexicon)
            if product and maker and respondent_key(product.name) != respondent_key(maker.name):
                found.setdefault(respondent_key(product.name), maker)
    return found


class _Group:
    """A match seen through one of its named groups as `who`, for `_clean`."""

    def __init__(self, match: re.Match[str], name: str) -> None:
        self.string, self._match, self._name = match.string, match, name

    def span(self, _: str) -> tuple[int, int]:
        return self._match.span(self._name)

    def group(self, _: str) -> str:
        return self._match.group(self._name)


@lru_cache(maxsize=8192)  # names and quotes are folded again for every fact and question
def initials(name: str) -> str:
    """ "British Airways" is BA: the initials of its capitalised words (a legal form's too:
    "Visayan Grid Power Distribution Corp." is VGPDC)."""
    return "".join(w[0] for w in re.findall(r"[\w&'’-]+", name) if w[:1].isupper())


@lru_cache(maxsize=4096)  # a sentence and its body are folded again for each fact
def fold(text: str) -> str:
    """Lower case without accents, as respondent keys are written ("Łąkowa" is "lakowa":
    `plain_letters`)."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    if folded.isascii():
        return folded  # no combining accents to drop (most text)
    return "".join(c for c in folded if not unicodedata.combining(c)).translate(plain_letters.LOWER)


def find_respondent(text: str, key: str) -> int | None:
    """Where `text` names the respondent with this key ("Saúde Prime" for "saude"), or None.
    Folding keeps one character per character here (NFC text), so positions carry over."""
    folded = fold(text)
    if key not in folded:  # most sentences: no search, and no pattern compiled
        return None
    match = cached_pattern(rf"\b{re.escape(key)}").search(folded)
    return match.start() if match else None


@lru_cache(maxsize=4096)  # compared pairwise when an article's facts are merged
def respondent_key(name: str, personal: bool = False) -> str:
    """Grouping key: "Clearview AI", "Clearview" and "CLEARVIEW" are one respondent, and
    "Saúde Prime" is "saude prime" as people type it. A person (`personal`) is their surname,
    as copy and questions call them after the first mention: "Jo Hale" is "hale"."""
    words = re.findall(r"[\w&]+", fold(name))
    if personal and words:
        return words[-1]
    # "Bank X S.A." is X as the article calls it later: a generic first word is not the key.
    if len(words) > 1 and words[0] in _GENERIC_FIRST and words[1] not in _JOINERS:
        return words[1]
    return words[0] if words else name.casefold()


# Words naming what kind of business a company is, written first in many languages' company
# names ("Clínicas Atlântico Saúde", "Farmácias Ribeira Verde", "Stadtwerke Emden"): news and
# questions drop them ("Atlântico Saúde"), so the next word is the name. So do legal forms
# written first: Indonesia's "PT Samudra Lintas" is Samudra Lintas.
_GENERIC_FIRST = frozenset(
    """
    bank banca banco banque groupe grupo gruppo
    clinic clinics clinica clinicas clinique cliniques klinik kliniken klinikum
    hospital hospitales hospitais ospedale krankenhaus ziekenhuis szpital
    pharmacy pharmacies farmacia farmacias farmacie pharmacie apotheke apotheek apteka
    hotel hotels hoteles hoteis albergo
    laboratorios laboratoires laboratori transportes transports trasporti
    seguros assicurazioni inversiones industrias construcciones servicios servicos
    distribuidora supermercados almacenes cooperativa
    sociedad sociedade societe societa compania companhia compagnie compagnia
    caja caisse cassa sparkasse stadtwerke stichting vereniging
    """.split()  # noqa: SIM905 - a word list reads best as words
) | {form.casefold() for form in load_toml("people.toml")["parties"]["legal_forms_first"]}
_JOINERS = {"of", "de", "du", "des", "di", "del", "la", "le", "van", "von", "der", "and", "&"}


# A headline's subject doing what respondents do next: "Spotify appeals SEK 58m fine",
# "Acme to challenge ICO penalty", "Borex loses appeal".
_HEADLINE_SUBJECT = compiled(
    rf"^(?:[\w ]+:\s+)?(?P<who>{_NAME})\s+(?:appeals?|challenges?|contests?|disputes?|pays?|settles?|"
    r"agrees?|loses|wins|faces|must|refuses|(?:to|will)\s+(?:pay|appeal|challenge|contest|settle))\b"
)


# A headline naming the party after its sanction: "Regulator cuts penalty for Acme Ltd",
# "€2m fine for Borex upheld". (In a body, "a fine for" is followed by the reason.)
_HEADLINE_OBJECT = compiled(
    rf"\b(?:fines?|penalt(?:y|ies)|sanctions?)\s+(?:for|on|against)\s+(?P<who>{_NAME})"
)


def headline_subject(title: str, lexicon: Lexicon) -> Party | None:
    match = _HEADLINE_SUBJECT.match(title) or _HEADLINE_OBJECT.search(title)
    return _clean(match, lexicon) if match else None


def main_respondent(
    parties: list[Party], title_parties: list[Party], title: str = ""
) -> str | None:
    """The party the article is about: named in its title, else the one named most often."""
    named = [p.name for p in title_parties if not p.pronoun]
    if named:
        return named[0]
    counts = Counter(respondent_key(p.name) for p in parties if not p.pronoun)
    if not counts:
        return None
    # A party the title names in words the patterns do not read ("Temp agency Kuvio racks up
    # €50,000 in penalties") is the story's, however often a second company is named.
    in_title = [k for k in counts if len(k) > 2 and find_respondent(title, k) is not None]
    key = max(in_title, key=counts.__getitem__) if in_title else counts.most_common(1)[0][0]
    return max((p.name for p in parties if respondent_key(p.name) == key), key=len)


# --- Authorities --------------------------------------------------------------------------

_HEAD = r"(?:watchdogs?|regulators?|inspectorates?|authorit(?:y|ies)|agenc(?:y|ies)|bod(?:y|ies)|commissions?|supervisors?|DPAs?|supervisory\s+authorit(?:y|ies)|bureau|commissioner|ombudsman)"
DOMAIN_KINDS = {  # a field's word -> the kind of its regulator
    "privacy": "data_protection",
    "data protection": "data_protection",
    "data-protection": "data_protection",
    "data": "data_protection",
    "financial": "financial",
    "competition": "competition",
    "antitrust": "competition",
    "consumer": "consumer_protection",
    "communications": "telecoms",
    "media": "telecoms",
}


@dataclass(frozen=True)
class AuthorityMention:
    authority: str | None  # id in authorities.toml; None when only the place is known
    jurisdiction: str | None
    start: int
    end: int


@cache
def _phrase_patterns() -> tuple[Guarded, ...]:
    """Guarded: most sentences lack a word each needs (the regulator's head noun, a verb of
    imposing), and are not searched (half the time of searching every one)."""
    domain = (
        "(?i:" + "|".join(re.escape(d) for d in sorted(DOMAIN_KINDS, key=len, reverse=True)) + ")"
    )
    head = f"(?i:{_HEAD})"
    place = r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?"
    places = rf"{place}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?{place})*"
    return (
        # "the Dutch data protection authority", "UK’s financial watchdog", "French watchdog"
        compile_guarded(
            rf"(?P<place>\b{place})(?:['’]s)?\s+(?:(?P<domain>{domain})\s+)?(?:(?i:protection)\s+)?{head}\b"
        ),
        # "Data Protection Authorities in Italy and Greece", "regulators in France"
        compile_guarded(
            rf"\b(?:(?P<domain>{domain})\s+)?(?:(?i:protection)\s+)?{head}\s+(?:in|of|from)\s+(?:the\s+)?(?P<places>{places})"
        ),
        # A place as the one acting: "The UK has also imposed a penalty", "Italy fined …"
        compile_guarded(
            rf"(?P<place>\b{place})\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|again\s+|now\s+|previously\s+)?(?:imposed|fined|issued|levied|sanctioned|slapped|penalised|penalized)\b"
        ),
    )


# "the Washington State Attorney General's Office", "Attorney General of the State of Ohio":
# a state's attorney general however the copy words it.
_ATTORNEY_GENERAL = compiled(
    r"(?P<place>\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:['’]s)?\s+(?:State\s+)?Attorney[- ]General\b"
    r"|\bAttorney[- ]General\s+(?:of|for)\s+(?:the\s+(?:State|Commonwealth)\s+of\s+)?"
    r"(?P<place2>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)"
)


# Every match of `_phrase_patterns`' "after" ("Data Protection Authorities in Italy") has its
# head noun then "in", "of" or "from": in the text as folded too (`lookup_form`: each
# character one, lower-cased, a word character or not as before). Most texts with the noun
# have it nowhere so, and are not searched from every word for the field's words.
_HEAD_THEN_PLACE = compiled(rf"\b(?i:{_HEAD})\s+(?:in|of|from)\s")


@cache
def _generic_pattern() -> re.Pattern[str]:
    return compiled(rf"\bthe\s+(?:restricted\s+committee|{_HEAD}|committee)\b", re.IGNORECASE)


def authorities(
    text: str,
    lexicon: Lexicon,
    default: str | None,
    domain: str | None = "data_protection",
    chosen: Mapping[int, str | None] | None = None,
) -> list[AuthorityMention]:
    """Regulators the text names or describes, in order of appearance.

    `default` is the article's main authority, for "the regulator"; `domain` the kind of
    regulator a bare place or demonym stands for ("the UK imposed a penalty"); `chosen` the
    regulator a name several share stands for at an offset, as its article decided.
    """
    chosen = chosen or {}
    found: list[AuthorityMention] = []
    taken: list[tuple[int, int]] = []

    def add(item: AuthorityMention) -> None:
        if not any(s < item.end and item.start < e for s, e in taken):
            found.append(item)
            taken.append((item.start, item.end))

    # "acting as the national personal data protection authority": a name written wholly in
    # lower case describes a role (here the SIC's), it does not name Turkey's "Personal Data
    # Protection Authority".
    named = [
        m
        for m in lexicon.mentions(text)
        if m.kind == "authority" and not _DESCRIBED.fullmatch(text, m.start, m.end)
    ]
    # A shared name the article leaves open names no regulator it lists; one the sentence
    # does not resolve otherwise ("Datatilsynet") is the one the article chose.
    named = [m for m in named if m.start not in chosen or chosen[m.start] is not None]
    # "Boursa Kuwait-listed Sadeem", "a company listed on the Warsaw Stock Exchange": the
    # exchange a company is listed on, not one acting.
    named = [
        m
        for m in named
        if not _LISTED_ON.match(text, m.end)
        and not _LISTED_BEFORE.search(text, max(0, m.start - 30), m.start)
    ]
    named.sort(key=lambda m: (m.start, m.key != chosen.get(m.start, default)))
    for mention in named:
        authority = lexicon.authorities[mention.key]
        owner = owner_country(text, mention.start, lexicon)
        if owner and owner != authority.jurisdiction and authority.jurisdiction != "EU":
            # "Slovakia's Office for Personal Data Protection": the name the Czech office
            # has in English, but Slovakia's; its regulator of that kind.
            add(_national(lexicon, owner, authority.kind, mention.start, mention.end))
            continue
        add(AuthorityMention(authority.id, authority.jurisdiction, mention.start, mention.end))
    before, after, acting = _phrase_patterns()
    folded = lookup_form(text)
    after_matches = (
        after.pattern.finditer(text)
        if after.may_match(folded) and _HEAD_THEN_PLACE.search(folded)
        else ()
    )
    for match in after_matches:
        kind = DOMAIN_KINDS.get((match.group("domain") or "").casefold(), domain)
        offset = match.start("places")
        for place in lexicon.mentions(match.group("places")):
            if place.kind == "jurisdiction":
                add(_national(lexicon, place.key, kind, offset + place.start, offset + place.end))
    for guarded in (before, acting):
        for match in guarded.pattern.finditer(text) if guarded.may_match(folded) else ():
            regional = lexicon.regional_authority(match.group("place"))
            if regional is not None:  # "Berlin's data protection authority"
                add(
                    AuthorityMention(regional.id, regional.jurisdiction, match.start(), match.end())
                )
                continue
            # The place is all the words before the head ("A German data protection
            # regulator"): "the Czech Energy Regulatory Office" names a body of its own, not
            # the Czech regulator of the article's kind.
            named_place = re.sub(r"^(?:The|A|An|Its|Their)\s+", "", match.group("place"))
            places = [
                m
                for m in lexicon.mentions(named_place)
                if m.kind == "jurisdiction" and m.start == 0 and m.end == len(named_place)
            ]
            if places:
                kind = DOMAIN_KINDS.get((match.groupdict().get("domain") or "").casefold(), domain)
                add(_national(lexicon, places[-1].key, kind, match.start(), match.end()))
    if "ttorney" in text:
        for match in _ATTORNEY_GENERAL.finditer(text):
            place = match.group("place") or match.group("place2")
            codes = [
                m.key
                for m in lexicon.mentions(place)
                if m.kind == "jurisdiction" and (lexicon.jurisdictions[m.key].parent == "US")
            ]
            if codes:
                add(_national(lexicon, codes[-1], "attorney_general", match.start(), match.end()))
    if default is not None:  # (no article's authority: "the regulator" names none)
        for match in _generic_pattern().finditer(text):
            add(
                AuthorityMention(
                    default, lexicon.authorities[default].jurisdiction, match.start(), match.end()
                )
            )
    if default is not None:
        # "the Competition Council … In October the Council also fined …": the regulator
        # named before, by the head of its name.
        body = lexicon.authorities[default]
        words = set(f"{body.name} {body.english_name}".split())
        for match in _THE_HEAD.finditer(text):
            if match["head"] in words:
                add(AuthorityMention(default, body.jurisdiction, match.start(), match.end()))
    return sorted(found, key=lambda a: a.start)


# A body's head noun after "the", capitalised as for a name: "the Council", "the Board" (not
# "the Board of Directors", another body).
_THE_HEAD = compiled(
    r"\b[Tt]he\s+(?P<head>Council|Board|Ministry|Directorate|Superintendency|Superintendence"
    r"|Office|Department|Administration|Secretariat|Prefecture|Unit)\b(?!\s+(?:of|for|on)\b)"
)


_LISTED_ON = compiled(r"-(?:listed|quoted|traded)\b")
_LISTED_BEFORE = compiled(r"\b(?:listed|quoted|traded)\s+(?:on|in)\s+(?:the\s+)?$")
_DESCRIBED = compiled(r"[a-z]+(?:[\s-]+[a-z]+){2,}")
_COUNTRY_POSSESSIVE = compiled(r"(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s+(?:own\s+)?$")


def owner_country(text: str, at: int, lexicon: Lexicon) -> str | None:
    """The country whose possessive comes right before `at` ("Slovakia's …"), if any."""
    owner = _COUNTRY_POSSESSIVE.search(text, max(0, at - 40), at)
    if owner is None:
        return None
    places = [
        m
        for m in lexicon.mentions(owner.group("place"))
        if m.kind == "jurisdiction" and m.end == len(owner.group("place"))
    ]
    return places[-1].key if places else None


def _national(lexicon: Lexicon, code: str, kind: str, start: int, end: int) -> AuthorityMention:
    return AuthorityMention(national_regulator(lexicon, code, kind), code, start, end)


def national_regulator(lexicon: Lexicon, code: str, kind: str) -> str | None:
    """The regulator a place stands for ("the Dutch regulator"): named only when the place has
    exactly one of that kind — "a German regulator" could be any of sixteen, "U.S. regulators"
    any of several — and for a US state its attorney general."""
    place = lexicon.jurisdictions.get(code)
    if code == "EU" or place is None:
        return None
    wanted = "attorney_general" if place.parent == "US" and kind == "data_protection" else kind
    candidates = lexicon.regulators_of(code, wanted)
    if len(candidates) > 1:
        # "the Norwegian regulator" is Datatilsynet, not the Privacy Appeals Board that
        # reviews its decisions.
        candidates = [a for a in candidates if "appeal" not in a.english_name.casefold()]
    return candidates[0].id if len(candidates) == 1 else None
