"""A town an article names is evidence of where it is (data: `cities` in
assistant/data/jurisdictions*.toml; code: `Lexicon.city_mentions`/`places_by_city`).

The family: local enforcement copy often names no country, only its town ("Auckland Council
fined a Ponsonby builder $3,000", a dateline "NAIROBI, 3 May (Reuters) —"). The town then
says whose "$" it is and which country an unlisted council belongs to. A town named in
passing in another country's regulator's story, a surname that is a town, or a company
named after a town says nothing against the story's own country."""

from __future__ import annotations

import pytest

from assistant.lexicon import lexicon
from tests.test_facts_general import extract


def _fines(body: str) -> list[tuple[str, str, str | None, str | None]]:
    facts = extract(body, title="Enforcement news", published="2025-05-04")
    return [
        (f.amount.text, f.amount.currency, f.authority, f.jurisdiction)
        for f in facts
        if f.amount is not None
    ]


@pytest.mark.parametrize(
    ("body", "currency", "authority", "jurisdiction"),
    [
        (
            "Penrith City Council in Sydney's west fined a local builder $3,000 for working "
            "outside approved hours.",
            "AUD",
            "Penrith City Council",
            "AU",
        ),
        (
            "Auckland Council fined a Ponsonby builder $3,000 for breaching noise rules.",
            "NZD",
            "Auckland Council",
            # the Auckland region's council: that region's (ISO 3166-2), its country's dollar
            "NZ-AUK",
        ),
        (
            "The Suva City Council fined a market vendor $500 for trading without a licence.",
            "FJD",
            "Suva City Council",
            "FJ",
        ),
        (
            "Brisbane City Council fined a developer $12,000 for clearing protected trees.",
            "AUD",
            "Brisbane City Council",
            "AU-QLD",
        ),
        # A town's government named by "City of", "Municipality of": the town's place.
        (
            "The City of Toronto fined a Scarborough landlord $15,000 for failing to "
            "maintain heating.",
            "CAD",
            "City of Toronto",
            "CA-ON",
        ),
        (
            "The Municipality of Anchorage fined a contractor $8,000 for blocking a sidewalk.",
            "USD",
            "Municipality of Anchorage",
            "US-AK",
        ),
    ],
)
def test_a_town_places_a_council_and_its_dollar(body, currency, authority, jurisdiction):
    assert [f[1:] for f in _fines(body)] == [(currency, authority, jurisdiction)]


@pytest.mark.parametrize(
    ("body", "currency"),
    [
        # A dateline: the town opening the body, in capitals.
        ("AUCKLAND, May 3 — A district court fined a builder $30,000 for dumping asbestos.", "NZD"),
        (
            "TORONTO (Reuters) — A mining company was fined $2 million by the provincial "
            "environment ministry for a tailings spill.",
            "CAD",
        ),
    ],
)
def test_a_town_says_whose_dollar(body, currency):
    assert [f[1] for f in _fines(body)] == [currency]


def test_a_dateline_is_strong_evidence():
    text = "NAIROBI, 3 May (Reuters) — A magistrate in Kampala fined a trader."
    places = lexicon().places_by_city(text)
    assert places["KE"] == 3 and places["UG"] == 1
    assert lexicon().places_by_city("Port Louis: The commission fined a trader.")["MU"] == 3
    assert lexicon().places_by_city("SUVA, Fiji — The council fined a vendor.")["FJ"] == 3


def test_a_town_in_passing_leaves_the_regulators_country():
    body = (
        "The FCA fined a London broker that had an office in Sydney £40,000 for poor "
        "record keeping."
    )
    assert _fines(body) == [("£40,000", "GBP", "FCA", "GB")]
    body = (
        "The SEC fined a New York adviser $400,000; the firm's Sydney and Tokyo affiliates "
        "were not charged."
    )
    assert _fines(body) == [("$400,000", "USD", "SEC", "US")]


@pytest.mark.parametrize(
    "body",
    [
        "Riverside Borough Council fined a landlord $5,000 for an unsafe stairway, council "
        "spokeswoman Sydney Brown said.",
        "Riverside Borough Council fined a landlord $5,000 for an unsafe stairway, said "
        "council spokesman Paul Wellington.",
    ],
)
def test_a_persons_name_is_no_town(body):
    assert [f[1] for f in _fines(body)] == ["USD"]
    assert not lexicon().city_mentions("said spokeswoman Sofia Lima.")


def test_a_company_named_after_a_town_is_no_town():
    body = (
        "The Jinja Municipal Council fined Nairobi Bottlers Ltd 4 million shillings for "
        "dumping waste into the river."
    )
    assert [f[1:] for f in _fines(body)] == [("UGX", "Jinja Municipal Council", "UG")]
    assert not lexicon().city_mentions("Nairobi Bottlers Ltd appealed.")
    assert [m.key for m in lexicon().city_mentions("Nairobi City County fined it.")] == ["KE"]


def test_a_town_in_lower_case_or_capitals_mid_text_is_no_town():
    # "cork stoppers"; a shouted headline word is no dateline.
    assert not lexicon().city_mentions("The importer sold wine with cork stoppers.")
    assert not lexicon().city_mentions("The regulator said: MILAN OFFICE CLOSED.")


@pytest.mark.parametrize(
    "body",
    [
        "Nairobi City County fined a matatu operator KSh 50,000.",
        "NAIROBI, 3 May (Reuters) — Nairobi City County fined a matatu operator 50,000 "
        "shillings for overloading.",
    ],
)
def test_a_county_government_acting_is_a_body(body):
    # Nairobi City is one of Kenya's counties, KE-30 (ISO 3166-2): its government is its.
    assert [f[1:] for f in _fines(body)] == [("KES", "Nairobi City County", "KE-30")]


def test_a_county_named_in_passing_is_no_body():
    body = (
        "An Orange County resident was fined $2,000 by the Federal Communications "
        "Commission for jamming signals."
    )
    assert _fines(body) == [("$2,000", "USD", "FCC", "US")]


def test_a_city_of_a_firm_is_no_body():
    body = (
        "A City of London brokerage was fined £50,000 by the Financial Conduct Authority for "
        "poor record keeping."
    )
    assert _fines(body) == [("£50,000", "GBP", "FCA", "GB")]
