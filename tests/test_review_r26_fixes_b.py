"""Defects a reviewer reproduced on invented articles after round 1 of session 26 (share b):
each rule checked on the reviewer's input and on one more differently worded."""

from __future__ import annotations

import random

from assistant import fact_dates
from assistant.article_context import _HEADING
from tests.test_facts_general import extract


def _amounts(facts) -> set[str]:
    return {f"{f.amount.currency} {f.amount.amount:f}" for f in facts if f.amount}


# --- 0. dating by month's day: headings and paragraphs indexed once -------------------------


def test_the_last_heading_before_a_point_is_the_windowed_scans() -> None:
    body = (
        "Intro line.\n\n**The penalty**\n\nText here, **bold** inline.\n## Background\n"
        "More.\n\n\n\n**Other cases**   \nEnd of it. # not a heading\n**x**"
    )
    for at in range(len(body) + 1):
        want = list(_HEADING.finditer(body, 0, at))
        got = fact_dates._last_heading_before(body, at)
        assert (got.span() if got else None) == (want[-1].span() if want else None), at


def test_paragraphs_apart_is_two_blank_line_runs_within() -> None:
    rng = random.Random(7)
    body = "".join(rng.choice(["a", "b ", "\n", "\n\n", "\n\n\n"]) for _ in range(300))
    import re

    breaks = [m.span() for m in re.finditer(r"\n{2,}", body)]
    for _ in range(2000):
        a, b = sorted(rng.randrange(len(body) + 1) for _ in range(2))
        if fact_dates._paragraphs_apart(breaks, a, b):
            assert body.count("\n\n", a, b) > 1


# --- 7. a fine split by charge: only the total's own party's, with a cue of charges ---------


def test_other_parties_fines_adding_up_to_a_named_fine_are_kept() -> None:
    facts = extract(
        "The ACCC fined Coastline Tours Pty Ltd $40,000 on 3 May. Reefway Travel Pty Ltd was "
        "fined $25,000 and Blue Lagoon Cruises Pty Ltd $15,000 in the same decision, together "
        "as much as the $40,000 imposed on Coastline Tours."
    )
    assert {f.amount.amount for f in facts if f.amount} >= {40000, 25000, 15000}


def test_two_directors_fines_equal_to_the_companys_are_kept() -> None:
    facts = extract(
        "The Securities Commission fined Kauri Capital Ltd NZ$300,000 last week for "
        "misleading investors.\n\nIts directors, Mere Tane and Paul Rua, were fined "
        "NZ$200,000 and NZ$100,000, matching the company's NZ$300,000 penalty."
    )
    assert {f.amount.amount for f in facts if f.amount} >= {300000, 200000, 100000}


# --- 8. a ruling on the action of the party that brought it, not one in an apposition ------


def _ruling_party(facts) -> str | None:
    (ruling,) = [f for f in facts if f.action == "ruling"]
    return ruling.respondent.text if ruling.respondent else None


def test_a_ruling_on_the_action_of_a_director_described_by_his_company() -> None:
    facts = extract(
        "The Competition Council fined Baltic Dairy €1 million and its director Janis Ozols "
        "€20,000 on 2 March 2023. Ozols, a former Baltic Dairy employee, brought an action "
        "before the Administrative District Court. On 9 April 2024 the court dismissed the "
        "action.",
        published="2024-05-01",
    )
    assert _ruling_party(facts) != "Baltic Dairy"


def test_a_ruling_on_the_action_of_a_manager_described_by_her_employer() -> None:
    facts = extract(
        "The Federal Cartel Office fined Nord Logistik GmbH €400,000 and its managing "
        "director Petra Lind €15,000 in June 2023.\n\nLind, the former head of Nord "
        "Logistik's sales unit, challenged her fine before the Düsseldorf Higher Regional "
        "Court. On 12 March 2024 the court dismissed her appeal.",
        published="2024-04-01",
    )
    assert _ruling_party(facts) != "Nord Logistik GmbH"


# --- 9. a court from a sentence about the party's earlier case is not the fine's -----------


def test_an_earlier_conviction_does_not_make_an_infringement_fee_the_courts() -> None:
    facts = extract(
        "WorkSafe New Zealand has issued Kapiti Timber Ltd with an infringement notice after "
        "a worker was hurt. Kapiti Timber paid an infringement fee of $9,000 last week.\n\n"
        "The company was convicted in the Wellington District Court in 2019 over a similar "
        "incident.",
        title="WorkSafe fines Kapiti Timber",
    )
    assert all("Court" not in (f.authority or "") for f in facts if f.amount)


def test_a_past_guilty_plea_does_not_make_a_penalty_notice_the_courts() -> None:
    facts = extract(
        "Hunter Scaffolds Pty Ltd has paid a $3,600 penalty for an unsecured scaffold, "
        "Safe Work NSW said.\n\nThe firm was sentenced in the Newcastle Local Court last "
        "year over a separate fall at a Maitland site.",
    )
    assert all("Court" not in (f.authority or "") for f in facts if f.amount)


def test_the_year_of_the_incident_does_not_make_the_sentencing_an_earlier_case() -> None:
    facts = extract(
        "A Waikato builder has been fined $48,000 after an apprentice fell through a roof.\n\n"
        "Kahu Roofing Ltd was sentenced in the Hamilton District Court on Tuesday over the "
        "fall at a Cambridge site in March 2024, in a prosecution brought by WorkSafe.",
        published="2025-06-12",
    )
    assert "District Court" in (next(f for f in facts if f.amount).authority or "")
