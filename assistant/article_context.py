"""What an article tells every sentence in it: the regulator whose story it is, the main
party, whose currency "$" is, the courts and persons named so far (`_ArticleContext`), and
the section headings after which "the company" and "the regulator" start again.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import cache, cached_property

from .datafiles import load_toml
from .fact_model import Amount
from .lexicon import Lexicon
from .models import Article
from .money import find_money
from .parties import (
    Party,
    described_parties,
    description_noun,
    headline_subject,
    indefinite_referent,
    is_indefinite,
    main_respondent,
    party_nouns,
    respondent_key,
    respondents,
)
from .pattern_cache import compiled
from .people import Person, looks_personal, people, personal_pronouns
from .provisions import defined_laws, find_instruments, instrument_jurisdiction

# A story of an agreement: redress it mentions is among the terms agreed ("will pay a
# $300,000 civil penalty and provide $1 million in refunds"), not an order to compensate.
_SETTLES = compiled(
    r"\b(?:settle(?:d|s|ment|ments)?|consent\s+(?:order|judgm?ent|decree)|assurance\s+of"
    r"\s+(?:voluntary\s+)?(?:compliance|discontinuance)|enforceable\s+undertaking)\b",
    re.I,
)


class _ArticleContext:
    @cached_property
    def settles(self) -> bool:
        """The article tells of a settlement (read once, when a sum of redress is met)."""
        return _SETTLES.search(f"{self.title}\n{self.body}") is not None

    def __init__(self, article: Article, lexicon: Lexicon) -> None:
        body = self.body = article.body
        self.lexicon = lexicon
        self.published = article.published
        self.title = article.title
        countries = (
            _article_countries(article, lexicon)
            if lexicon.ambiguous(body) or lexicon.ambiguous(article.outlet or "")
            else Counter()
        )
        named = _resolve_by_country(
            [m for m in lexicon.mentions(body) if m.kind == "authority"], countries, lexicon, body
        )
        # Which regulator each shared name in the body is ("CMA" under "## Kenya": Kenya's),
        # by where it stands: for the sentences that name it (`shared_in`). A name the
        # article gives no country for ("the Competition Commission" in a story about a
        # country none of its holders is in) names none of them: None there.
        # (Two bodies of one country left sharing a name leave no country in doubt: the one
        # listed last stands.)
        spans = Counter((m.start, m.end) for m in lexicon.mentions(body) if m.kind == "authority")
        homes: dict[tuple[int, int], set[str]] = {}
        for m in named:
            homes.setdefault((m.start, m.end), set()).add(lexicon.authorities[m.key].jurisdiction)
        self._chosen: dict[int, str | None] = {
            m.start: m.key if len(homes[(m.start, m.end)]) == 1 else None
            for m in named
            if spans[(m.start, m.end)] > 1
        }
        named = [m for m in named if len(homes[(m.start, m.end)]) == 1]
        counts = Counter(m.key for m in named)
        # Where each regulator is named, for "the regulator" in the sentences after it.
        self._named = [(m.end, m.key) for m in named if lexicon.authorities[m.key].kind != "court"]
        # A regulator's own press release: the outlet is the authority, and "we" is it.
        publisher = [
            m.key
            for m in _resolve_by_country(
                [m for m in lexicon.mentions(article.outlet or "") if m.kind == "authority"],
                countries,
                lexicon,
            )
        ]
        self.publisher = _state_office(article.outlet or "", publisher, lexicon)
        # A headline names the regulator acting; the body may name others in passing ("Other
        # states are watching: Connecticut's Attorney General …") as often as it.
        headline = {m.key for m in lexicon.mentions(article.title) if m.kind == "authority"}
        # The regulator whose story it is, before a court that reviewed it (named as often).
        regulators = Counter(
            {k: n for k, n in counts.items() if lexicon.authorities[k].kind != "court"}
        )
        regulators.update(_referred_by_head(body, regulators, lexicon))
        self.main_authority = (
            self.publisher
            or (next(iter(headline)) if len(headline) == 1 else None)
            or (regulators.most_common(1)[0][0] if regulators else None)
            or (counts.most_common(1)[0][0] if counts else None)
        )
        places = Counter(m.key for m in lexicon.mentions(body) if m.kind == "jurisdiction")
        # Its towns too: "Auckland Council fined a builder $3,000" is New Zealand's "$".
        places.update(lexicon.places_by_city(body))
        home = self.main_authority and lexicon.authorities[self.main_authority].jurisdiction
        code = home or (places.most_common(1)[0][0] if places else None)
        article_currency = (
            lexicon.jurisdictions[code].currency if code in lexicon.jurisdictions else None
        )
        # A name two regulators share that the article leaves open ("Datatilsynet": Denmark's
        # or Norway's) says no country: the article's currency stands there.
        named_at = Counter(end for end, _ in self._named)
        unsettled = {key for end, key in self._named if named_at[end] > 1}

        def currency(at: int) -> str | None:
            """Whose "$", "pesos" or "kr" the text at `at` writes: the acting regulator's
            country's (in a round-up it changes from section to section), else the article's."""
            key = self.regulator_before(at)
            # A round-up's section naming no regulator the data know ("## Nevada: $3.25m
            # settlement"): the "$" of the country the section is about.
            if (
                self.section
                and not self._named_in_section(at)
                and (local := _currency_of(self._places_in_section(at), lexicon)) is not None
            ):
                return local
            settled = key is not None and key not in unsettled
            place = lexicon.authorities[key].jurisdiction if settled else None
            local = (
                lexicon.jurisdictions[place].currency if place in lexicon.jurisdictions else None
            )
            return local or article_currency

        self.currency = currency
        # The law each other name the article gives one stands for ("Act 1044": the
        # Anti-Money Laundering Act 2020), and the laws it names, by those.
        self.defined_laws: dict[str, str | None] = dict(defined_laws(body))
        laws = find_instruments(body)
        # A law's short name the article gives its regulator ("the CCPA": India's consumer
        # authority, not California's privacy act) names no law here.
        regulators = {
            (m.start, m.end): lexicon.authorities[m.key].jurisdiction
            for m in lexicon.mentions(body)
            if m.kind == "authority"
        }
        not_laws = {
            law
            for law, start, end in laws
            if (start, end) in regulators
            and (home := instrument_jurisdiction(law))
            and not _related(home, regulators[(start, end)], lexicon)
        }
        self._laws = [
            (self.defined_laws.get(i) or i, s, e) for i, s, e in laws if i not in not_laws
        ]
        instruments = Counter(i for i, _, _ in self._laws)
        self.instrument = instruments.most_common(1)[0][0] if instruments else None
        for law in not_laws:
            self.defined_laws[law] = self.instrument
        # The kind of regulator a bare place or "the Dutch regulator" stands for: its data
        # protection authority only in a story about data protection — in one about energy
        # prices, "the Czech regulator" is not the Czech data protection office.
        self.domain = (
            "data_protection" if _ABOUT_DATA_PROTECTION.search(f"{article.title}\n{body}") else None
        )
        # The court named last, for "the court ruled": its name, authority id and country.
        self.last_court: tuple[str, list[str], str | None] | None = None
        # The court the headline names ("Court of First Instance cuts CBCS fine …"), read by
        # fact_rulings once: the one "the Court" stands for until the body names another.
        self.title_court_read = False
        # The last court named of each kind ("tribunal", "board"): "the tribunal fined" is the
        # tribunal named before, though a court it may be appealed to was named since.
        self.last_of_kind: dict[str, tuple[str, list[str], str | None]] = {}
        # The day told with the court named last ("appeared at X Court on Tuesday"): the
        # hearing's, and so that of what its judge did there.
        self.court_date = None
        self.court_shorts: dict[str, tuple[str, list[str], str | None]] = {}  # "CBb": as above
        # A court named in full before the article gives its short name: "Court of Competition
        # and Consumer Protection" → "SOKiK", one court.
        self.court_renamed: dict[str, str] = {}
        self.last_party: tuple[str, int] | None = None  # sanctioned last, and where
        self.sanctioned: list[str] = []  # every party named as sanctioned so far
        # Where the last sentence about a court ends, and whether it is the one just before:
        # "… the court's chamber upheld the finding. But it cut the fine to €1.75 million."
        self.court_told_to: int | None = None
        self.court_just_before = False
        self.restated: list[Amount] = []  # "The fine is equivalent to …": see _RESTATED_AS
        self.sums: list = []  # the sums over several parties' shares dropped as facts
        self.section = 0  # where the current section (after a heading) starts
        self._section_regulators: dict[int, str | None] = {}  # by heading line: `country_regulator`
        subject = headline_subject(article.title, lexicon)
        # (a court the title names is where the case went, never the party sanctioned: "…
        # as Commission takes case to Court of Appeal")
        in_title = [
            p
            for p in respondents(article.title, lexicon)
            if not _A_COURT.fullmatch(p.name)
            and not _place_of_business(article.title, p, body, lexicon)
        ] or ([subject] if subject else [])
        # A party the title names is the main one: the whole body is read for parties (as
        # long as reading all its sentences) only when the title names none.
        in_body = [] if any(not p.pronoun for p in in_title) else respondents(body, lexicon)
        self.main_respondent = main_respondent(in_body, in_title, article.title)
        self._people: list[Person] | None = None  # read when a sentence needs them
        self._described: list[tuple[str, Party]] | None = None  # as `_people`
        # Parties named in the article that look like people ("fined Jo Hale … banned him").
        self.named_individuals: list[tuple[str, int]] = []

    def people(self) -> list[Person]:
        """The persons the article introduces by a role ("Jo Hale, its former director")."""
        if self._people is None:
            self._people = people(self.body, self.lexicon)
        return self._people

    def descriptions(self) -> list[tuple[str, Party]]:
        """The parties the article introduces by what they are, each with that noun ("courier
        company Kyma Couriers"): read when a sentence first needs them."""
        if self._described is None:
            self._described = described_parties(self.body, self.lexicon)
        return self._described

    def described(self, pronoun: str, at: int) -> str | None:
        """The party "the plant" (`pronoun`) at `at` stands for: the one the article described
        with that noun last before ("the Kestrel Quarry cement plant"). (Not one described
        after: in a round-up, "the company" before that is the one the section is about.)"""
        if is_indefinite(pronoun):
            # "A Suva bakery has been fined": the party the next sentence names
            return indefinite_referent(self.body, pronoun, at, self.lexicon)
        noun = description_noun(pronoun)
        if noun is None:
            return None
        before = [p for n, p in self.descriptions() if n in (noun, "*") and p.end <= at]
        if not before:
            return None
        # "courier company Kyma Couriers" two paragraphs up, then "fined debt collector
        # Dalmatinska Naplata … also ordered the company to …": the party sanctioned since.
        # (Not when that is the one described, told again by a shorter name: "cement
        # producer Volta Cement Ltd … Volta Cement was also fined … ordered the producer".)
        if (
            self.last_party
            and respondent_key(self.last_party[0]) != respondent_key(before[-1].name)
            and before[-1].end < self.last_party[1]
            and at - self.last_party[1] < _ANAPHORA_REACH
            and self.body.rfind(self.last_party[0], 0, at) > before[-1].end
        ):
            return None
        return before[-1].name

    def main_company(self) -> str | None:
        """The story's main party that is no person, for "it" and "the company" in a story
        whose parties named as sanctioned are people ("a penalty on the company; a penalty on
        its CFO, Ana Ruiz"): the company the title names, else the one named most often."""
        if self.main_respondent and not self.is_someone(self.main_respondent):
            return self.main_respondent
        named = [p for _, p in self.descriptions()] + [
            p for p in respondents(self.body, self.lexicon) if not p.pronoun
        ]
        companies = [p for p in named if not self.is_someone(p.name)]
        return main_respondent(companies, [], self.title)

    def is_someone(self, name: str) -> bool:
        """A person the article introduces by a role, or such a person's surname alone ("Kask"
        after "its site manager, Margus Kask")."""
        if self.is_individual(name):
            return True
        surname = respondent_key(name, personal=True)
        return " " not in name.strip() and any(
            respondent_key(p.name, personal=True) == surname for p in self.people()
        )

    def is_person(self, name: str) -> bool:
        """A party written as a person's name whose surname the article introduces as a
        person's ("Jo Hale, its former director", "Mr Hale"): not "Enel Energia"."""
        if not looks_personal(name, self.lexicon):
            return False
        surname = respondent_key(name, personal=True)
        return any(respondent_key(p.name, personal=True) == surname for p in self.people())

    def is_individual(self, name: str) -> bool:
        """A person the article introduces by a role: never "it" or "the company"."""
        key = respondent_key(name)
        return any(respondent_key(p.name) == key for p in self.people())

    def personal_parties(self, text: str, offset: int) -> list[Party]:
        """ "the FCA's decision to fine him £310,000", "she was disqualified": the person the
        pronoun stands for, named last before it in the paragraph."""
        found = []
        for start, end in personal_pronouns(text):
            who = self._person_before(offset + start)
            if who:
                found.append(Party(who, start, end))
        return found

    def _person_before(self, at: int) -> str | None:
        paragraph = self.body.rfind("\n\n", 0, at)
        named = [(p.end, p.name) for p in self.people() if paragraph < p.start and p.end <= at]
        # Without a role: a party named as a person ("fined Jo Hale £5,000 and banned him").
        named += [(end, name) for name, end in self.named_individuals if paragraph < end <= at]
        return max(named)[1] if named else None

    def laws_before(self, at: int) -> list[str]:
        """The laws the article names before `at`, in order: what "the Act" refers back to."""
        return [law for law, _, end in self._laws if end <= at]

    def law_places(self, at: int) -> tuple[str, ...]:
        """The country whose laws the text at `at` cites: the acting regulator's."""
        key = self.regulator_before(at)
        return (self.lexicon.authorities[key].jurisdiction,) if key else ()

    def regulator_named_before(self, at: int) -> bool:
        """Whether the article names a regulator (not a court) anywhere before `at`."""
        return bool(self._named) and self._named[0][0] <= at

    def _named_in_section(self, at: int) -> bool:
        """Whether the current section names a regulator before `at`."""
        return any(self.section < end <= at for end, _ in self._named)

    def _places_in_section(self, at: int) -> list[str]:
        """The countries (regions) the current section names before `at`, in order."""
        text = self.body[self.section : at]
        # "US$628,000", "HK$2 million": a currency's sign, no place the section is about.
        named = [
            m
            for m in self.lexicon.mentions(text)
            if m.kind == "jurisdiction" and not text.startswith("$", m.end)
        ]
        return [
            m.key for m in sorted(named + self.lexicon.city_mentions(text), key=lambda m: m.start)
        ]

    def shared_in(self, start: int, end: int) -> dict[int, str | None]:
        """The regulator each name several share stands for in body[start:end], by its offset
        there: the one its section (else the article) points at."""
        return {at - start: key for at, key in self._chosen.items() if start <= at < end}

    def story_authority(self, at: int) -> str | None:
        """The regulator whose story the sentence at `at` tells: in a round-up's section on
        another country, naming its regulator ("**Ghana: Bank of Ghana names three
        institutions**" in a digest mostly about Bangladesh's BSEC), the section's; else the
        article's."""
        main = self.main_authority
        # "The federal CMS … acted separately. In a letter dated March 5 it imposed a civil
        # money penalty …": "it" imposing is the body named just before, not the story's.
        if not self.publisher and _IT_IMPOSES.match(self.body, at):
            index = bisect.bisect_left(self._named, (at, ""))
            if index and at - self._named[index - 1][0] < _IT_REACH:
                return self._named[index - 1][1]
        if self.publisher or not self.section or main is None:
            return main
        home = self.lexicon.authorities[main].jurisdiction
        inside = [
            key
            for end, key in self._named
            if self.section < end <= at and self.lexicon.authorities[key].jurisdiction != home
        ]
        named_home = any(
            self.section < end <= at and self.lexicon.authorities[key].jurisdiction == home
            for end, key in self._named
        )
        if named_home:
            return main
        return inside[0] if inside else self._section_regulator() or main

    def regulator_before(self, at: int) -> str | None:
        """ "It was a busy week for Ofcom … On Thursday the regulator fined …": in a round-up
        the regulator is the one named last before, not the one the article names most."""
        if self.publisher:
            return self.publisher
        index = bisect.bisect_left(self._named, (at, ""))
        if index:
            end, key = self._named[index - 1]
            if at - end < _ANAPHORA_REACH and end > self.section:
                return key
        return self._section_regulator() or self.main_authority

    def _section_regulator(self) -> str | None:
        """ "### Brunei: remittance firm fined … The central bank penalised …": in a round-up's
        section whose heading names one country, the regulator the article names of that
        country (in its table or lead), not the one it names most."""
        if not self.section:
            return None
        return self.country_regulator(self.section)

    def country_regulator(self, heading_start: int) -> str | None:
        """The one regulator the article names (in its table or lead) of the one country the
        heading line at `heading_start` names; None if the line names another number of
        countries, or the article that number of their regulators."""
        if heading_start not in self._section_regulators:
            line_end = self.body.find("\n", heading_start)
            heading = self.body[heading_start : line_end if line_end != -1 else len(self.body)]
            countries = {
                m.key.partition("-")[0]
                for m in self.lexicon.mentions(heading)
                if m.kind == "jurisdiction"
            }
            theirs = {
                key
                for _, key in self._named
                if self.lexicon.authorities[key].jurisdiction.partition("-")[0] in countries
            }
            self._section_regulators[heading_start] = (
                next(iter(theirs)) if len(countries) == 1 and len(theirs) == 1 else None
            )
        return self._section_regulators[heading_start]


# A business's noun after a name, perhaps with words saying what it makes: "Wexford chemical
# plant", "Suva bakery", "Ballarat gold mine".
_BUSINESS_AFTER = compiled(
    rf"(?:[ \t]+[a-z][\w-]*){{0,3}}?[ \t]+(?:{party_nouns()}|bakery|restaurant|farm|brewery)(?![\w-])"
)
# Before a name, words that make it a place: "in Linden", "near Wexford", "outside Kolding".
_PLACE_BEFORE = ("in ", "near ", "outside ", "at ", "town of ", "city of ")


def _place_of_business(title: str, party: Party, body: str, lexicon: Lexicon) -> bool:
    """ "State hits Linden chemical plant with $1.18M penalty": a name a title sets before a
    business's noun is where the business is when it is a place — a town the data know, or
    one the body writes as a place ("LINDEN —" as its dateline, "in Linden"); not "BASF
    chemical plant", whose owner it names."""
    if not _BUSINESS_AFTER.match(title, party.end):
        return False
    name = party.name
    towns = lexicon.city_mentions(name)
    if towns and towns[0].start == 0 and towns[-1].end == len(name):
        return True
    folded, key = body.casefold(), name.casefold()
    at = folded.find(key)
    while at != -1:
        line_start = body.rfind("\n", 0, at) + 1
        after = body[at + len(name) : at + len(name) + 3].lstrip(" \t")
        if not body[line_start:at].strip() and after[:1] in {"—", "–", "-", ","}:
            return True  # its dateline
        if folded.endswith(_PLACE_BEFORE, max(0, at - 8), at) and not after[:1].isupper():
            return True
        at = folded.find(key, at + len(key))
    return False


def _related(one: str, other: str, lexicon: Lexicon) -> bool:
    """Whether two places are one, or one lies within the other ("US-CA" and "US"), or both
    in the EU (an EU law a member state's regulator applies)."""

    def up(code: str) -> set[str]:
        place = lexicon.jurisdictions.get(code)
        groups = set(place.groups) if place else set()
        return {code, *([place.parent] if place and place.parent else []), *groups}

    return bool(up(one) & up(other))


def _currency_of(places: list[str], lexicon: Lexicon) -> str | None:
    """The currency of the first place one is known for ("US-NV": the country's, "US")."""
    for place in places:
        for code in (place, place.split("-")[0]):
            if code in lexicon.jurisdictions and lexicon.jurisdictions[code].currency:
                return lexicon.jurisdictions[code].currency
    return None


_ANAPHORA_REACH = 1500  # characters: a few paragraphs
_IT_REACH = 300  # characters: "it" names what the sentence before did
# A sentence whose subject "it" imposes something (after a short opening phrase).
_IT_IMPOSES = compiled(
    r"(?:[^.;:\n]{0,60}?\s)?\bit\s+(?:(?:has|had|also|then|later)\s+){0,2}"
    r"(?:imposed|fined|levied|assessed|issued|ordered|sanctioned|penali[sz]ed)\b"
)
# A section heading: "## Australia", "**UK: Ofcom fines two telcos**".
# A party's name that is a court's: "Court of Appeal", "the High Court", "Competition Tribunal".
_A_COURT = compiled(
    r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:Court|Tribunal)s?"
    r"(?:\s+(?:of|for)(?:\s+(?:the|[A-Z][\w'’-]*)){1,5})?"
)
_HEADING = compiled(r"[ \t]*(?:#{1,6}\s|\*\*[^*\n]+\*\*[ \t]*$)", re.M)


@cache
def _the_head() -> re.Pattern[str]:
    """ "the Commission", "the Board": a body named before, by the head noun its name ends
    with (not "the Board of Directors" nor "the Commission Regulation", other things)."""
    heads = "|".join(load_toml("authorities.toml")["unlisted"]["heads"])
    return compiled(rf"\b[Tt]he\s+(?P<head>{heads})\b(?!['’]?\s+(?:of|for|on)\b)(?![ \t]+[A-Z])")


def _referred_by_head(body: str, named: Counter[str], lexicon: Lexicon) -> Counter[str]:
    """How often the body refers again to each regulator it names by its name's head ("the
    Nevada Gaming Commission … the Commission fined …"): a head only one of them has. The
    body the story is about is referred to so most, though another ("FinCEN") may be named
    by its own name more often."""
    heads: dict[str, set[str]] = {}
    for key in named:
        authority = lexicon.authorities[key]
        for name in {authority.name, authority.english_name}:
            if len(words := name.split()) > 1:
                heads.setdefault(words[-1], set()).add(key)
    referred: Counter[str] = Counter()
    for match in _the_head().finditer(body):
        if len(keys := heads.get(match["head"], ())) == 1:
            referred.update(keys)
    return referred


def _article_countries(article: Article, lexicon: Lexicon) -> Counter[str]:
    """How often an article points at each country: places it names, regulators only one
    country has, and amounts in a currency only one country uses (NOK: Norway)."""
    countries: Counter[str] = Counter()
    spans: Counter[tuple[int, int]] = Counter()
    mentions = lexicon.mentions(article.body)
    for m in mentions:
        if m.kind == "authority":
            spans[(m.start, m.end)] += 1
    for m in mentions:
        if m.kind == "jurisdiction":
            countries[m.key] += 1
        elif m.kind == "authority" and spans[(m.start, m.end)] == 1:
            countries[lexicon.authorities[m.key].jurisdiction] += 1
    # The headline's places too: "Danish optician fined" says whose "Datatilsynet" it is.
    for m in lexicon.mentions(article.title or ""):
        if m.kind == "jurisdiction":
            countries[m.key] += 1
    countries.update(lexicon.places_by_city(article.body))
    users = lexicon.currency_users()
    for money in find_money(article.body):
        owners = users.get(money.money.currency, []) if money.money else []
        if len(owners) == 1:
            countries[owners[0]] += 1
    return countries


def _resolve_by_country(
    found: list, countries: Counter[str], lexicon: Lexicon, body: str | None = None
) -> list:
    """A name two regulators share ("Datatilsynet": Norway's and Denmark's; "CMA": the UK's,
    Kenya's, Saudi Arabia's) is the one whose country the section it stands in points at
    most (a round-up's "## Kenya"), else the article; a tie leaves both."""
    spans: dict[tuple[int, int], list] = {}
    for m in found:
        spans.setdefault((m.start, m.end), []).append(m)
    dropped: set[int] = set()
    for (start, _), same in spans.items():
        if len(same) < 2:
            continue
        local = (
            _countries_in(body[slice(*_section_around(body, start))], lexicon)
            if body is not None
            else Counter()
        )
        for counts in (local, countries):
            scores = {id(m): counts[lexicon.authorities[m.key].jurisdiction] for m in same}
            best = max(scores.values())
            if best and sum(1 for v in scores.values() if v == best) == 1:
                dropped.update(k for k, v in scores.items() if v != best)
                break
    return [m for m in found if id(m) not in dropped]


# A section of a round-up: after a heading line ("## Kenya", "**Bahrain — CBB**") or a
# paragraph opening with a bold lead-in ("**Bahrain** — The central bank …").
_SECTION_START = compiled(
    r"^(?:[ \t]*#{1,6}\s|\*\*[^*\n]+\*\*[ \t]*$|\*\*[^*\n]{2,60}\*\*[ \t]*[—–:-])", re.M
)


def _section_around(body: str, at: int) -> tuple[int, int]:
    """The section of `body` the text at `at` stands in (the whole body if it has none)."""
    start = max((m.start() for m in _SECTION_START.finditer(body, 0, at + 1)), default=0)
    after = _SECTION_START.search(body, at + 1)
    return start, after.start() if after else len(body)


# "(about US$360,000)": a conversion for readers elsewhere says nothing of the country.
_CONVERSION = compiled(r"\((?:about|approx(?:imately|\.)?|around|some|c\.|ca\.)?\s*$", re.I)


def _countries_in(text: str, lexicon: Lexicon) -> Counter[str]:
    """How often a piece of text points at each country: places, regulators only one country
    has, and amounts in a currency only one country uses (SAR: Saudi Arabia, BD: Bahrain)."""
    countries: Counter[str] = Counter()
    mentions = lexicon.mentions(text)
    spans = Counter((m.start, m.end) for m in mentions if m.kind == "authority")
    for m in mentions:
        if m.kind == "jurisdiction" and not re.match(r"\$", text[m.end : m.end + 1]):
            countries[m.key.partition("-")[0]] += 1
        elif m.kind == "authority" and spans[(m.start, m.end)] == 1:
            countries[lexicon.authorities[m.key].jurisdiction.partition("-")[0]] += 1
    for code, n in lexicon.places_by_city(text).items():
        countries[code.partition("-")[0]] += n
    users = lexicon.currency_users()
    for money in find_money(text):
        if _CONVERSION.search(text, max(0, money.start - 16), money.start):
            continue
        owners = users.get(money.money.currency, []) if money.money else []
        if len(owners) == 1:
            countries[owners[0]] += 1
    return countries


def _state_office(outlet: str, named: list[str], lexicon: Lexicon) -> str | None:
    """The authority publishing under `outlet`. "State of California Department of Justice,
    Office of the Attorney General" is California's attorney general, not the U.S.
    Department of Justice whose name it shares."""
    if not named:
        return None
    states = {m.key for m in lexicon.mentions(outlet) if m.kind == "jurisdiction" and "-" in m.key}
    national = lexicon.authorities[named[0]].jurisdiction
    for state in sorted(states):
        if state.split("-")[0] != national:
            continue
        general = [
            a.id
            for a in lexicon.authorities.values()
            if a.jurisdiction == state and a.kind == "attorney_general"
        ]
        if general and re.search(r"\b(?:Justice|Attorney\s+General)\b", outlet):
            return general[0]
    return named[0]


_ABOUT_DATA_PROTECTION = compiled(
    r"\b(?:GDPR|RGPD|DSGVO|AVG|UK\s+GDPR|data[\s-]protection|personal\s+data|privacy|personal\s+information"
    r"|data\s+breach|(?:customers?|users?|patients?|employees?|children)['’]?\s+data)\b",
    re.I,
)
