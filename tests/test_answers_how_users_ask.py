"""Answers to the ways users ask that the blind sets showed failing, on articles written for
this test (invented companies and people, real kinds of regulator and court):

- a count whose question writes a name before the counted noun ("how many nhs contracts"),
  and one about a project the story leads with, read from the next paragraph;
- the party that "got away without a fine" when the others' fines are recorded;
- "which judge sentenced X?": the judge, not the company the question names, in full;
- "who is the influencer the regulator barred?": the person, named in full, citing the
  sentence that says what was done to them;
- "deadline for X to finish …?", "when must X …?": the date the order sets;
- a fine "in US dollars at the rate the article gives" when the rate has a thousands comma
  ("($1 = 1,385 won)");
- "has X taken this further step?" when the sources say only that it may ("may ask the
  supreme court to review it"): not found, not yes; and "intended to appeal; … no notice of
  appeal had been filed": no;
- "why did the court cut the fine?" when the story answers under a heading ("**Why the
  tribunal lowered the penalty**"): the paragraph under it, not the heading.
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import cites, indexed_session, write_article

CARTEL = """MADRID, May 14 (Test Wire) - Spain's competition authority, the CNMC, said on Wednesday it had fined two distributors of surgical gloves a combined 61 million euros for rigging public tenders run by regional health services.

Guantes Ibéricos S.A. was fined 38 million euros and Medisur Distribución S.L. 23 million euros.

The CNMC said the cartel covered at least 318 hospital contracts in 11 regions between 2016 and 2021.

A third distributor, Farmacias del Valle, was not fined because it was the first to report the cartel under the leniency programme.
"""

RESERVOIR = """CARDIFF, Feb 3 (Test Wire) - Natural Resources Wales said on Monday that water company Dyffryn Water Ltd will pay £640,000 under an enforcement undertaking over pollution from the construction of its Kestlemoor Reservoir scheme in Powys.

Inspectors recorded 27 overflows of untreated sewage into the river between March 2023 and June 2024.

Dyffryn Water must complete repairs to the riverbank by 31 October 2025, under the undertaking.

Separately, the regulator fined Pantglas Quarries Ltd £45,000 after inspectors recorded 9 overflows of silt from its settling ponds.
"""

SAWMILL = """BALLARAT, Aug 19 (Test Wire) - Sawmill operator Wendouree Hardwoods Pty Ltd was fined A$310,000 in the Ballarat Magistrates' Court on Tuesday after a worker lost three fingers in an unguarded planer.

Magistrate Helen Corrigan said the guard had been removed two years before the incident.

Magistrate Corrigan also ordered the company to pay the prosecution's costs.
"""

INFLUENCER = """MUMBAI, July 7 (Test Wire) - The consumer regulator's order against the online tutoring firm GyanPath also dealt with its best-known promoter.

Priya Nair, a fitness influencer with 4 million followers who fronted the firm's video adverts, was named in the order.

The regulator barred Ms Nair from endorsing any product for three months.
"""

HANBIT = """SEOUL, Oct 2 (Test Wire) - The Korea Fair Trade Commission (KFTC) said on Thursday it had fined Hanbit Logistics 13.85 billion won for forcing subcontracted drivers to buy its branded fuel cards.

The company said it would review the decision.

($1 = 1,385 won)
"""

BRNO = """BRNO, March 12 (Test Wire) - The Regional Court in Brno has cut the fine the Czech Office for the Protection of Competition imposed on the bakery chain Pekárny Morava a.s. from CZK 90 million to CZK 55 million.

The judgment is final, but the office may ask the Supreme Administrative Court to review it. The office said it would decide after reading the written reasons.
"""

GRANITE = """CALGARY, May 2 (Test Wire) - A hearing panel of the provincial securities commission has banned the former adviser Corbin Thale from trading for ten years and ordered him to pay an administrative penalty of C$250,000.

Thale has 30 days to appeal to the provincial Court of Appeal. His lawyer told the panel that Thale intended to appeal the decision; as of Friday, no notice of appeal had been filed.
"""

SOLVIK = """OSLO, Sept 9 (Test Wire) - The Competition Appeals Board has lowered the penalty the Norwegian Competition Authority imposed on the ferry operator Solvik Sjøtransport AS from NOK 410 million to NOK 260 million.

The authority had fined Solvik in 2023 for sharing planned timetable changes with a rival operator, and said at the time that the infringement was among the most serious it had seen.

**Why the tribunal lowered the penalty**

The board agreed that Solvik had broken the law. However, it concluded that the authority had counted sales on routes where the two operators never competed, which inflated the basis for the fine by about a third.

Solvik said it welcomed the decision.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("how-users-ask-corpus")
    write_article(corpus, "2025-05-14-cnmc-fines-glove-cartel", CARTEL, published="2025-05-14")
    write_article(
        corpus, "2025-02-03-nrw-dyffryn-water-undertaking", RESERVOIR, published="2025-02-03"
    )
    write_article(
        corpus, "2025-08-19-wendouree-hardwoods-fined-planer", SAWMILL, published="2025-08-19"
    )
    write_article(corpus, "2025-07-07-gyanpath-order-promoter", INFLUENCER, published="2025-07-07")
    write_article(corpus, "2025-10-02-kftc-fines-hanbit-logistics", HANBIT, published="2025-10-02")
    write_article(corpus, "2025-03-12-brno-court-cuts-pekarny-fine", BRNO, published="2025-03-12")
    write_article(corpus, "2025-05-02-panel-bans-corbin-thale", GRANITE, published="2025-05-02")
    write_article(corpus, "2025-09-09-board-lowers-solvik-penalty", SOLVIK, published="2025-09-09")
    return indexed_session(corpus, tmp_path_factory.mktemp("how-users-ask-index"))


def test_a_count_whose_question_names_something_before_the_counted_noun(session: Session) -> None:
    """ "how many nhs contracts": "nhs" ends in s but is a name; the contracts are counted."""
    answer = session.ask("how many nhs contracts did the glove cartel cover")
    assert answer.kind == "count", answer.answer
    assert answer.value.number == 318, answer.answer


def test_a_count_in_the_story_a_named_project_leads(session: Session) -> None:
    """The project is named in the lead; the count is in the next paragraph, and the other
    company's count in the same story does not answer."""
    answer = session.ask("how many overflows of sewage did inspectors record at kestlemoor")
    assert answer.kind == "count", answer.answer
    assert answer.value.number == 27, answer.answer
    assert cites(answer, "recorded 27 overflows"), answer.answer


def test_the_party_that_got_away_without_a_fine(session: Session) -> None:
    answer = session.ask("which distributor got away without a cnmc fine")
    assert answer.kind == "entity", answer.answer
    assert answer.answer.startswith("Farmacias del Valle"), answer.answer
    assert cites(answer, "was not fined because"), answer.answer


def test_the_judge_who_sentenced_a_company_is_the_judge_in_full(session: Session) -> None:
    answer = session.ask("which magistrate sentenced wendouree hardwoods")
    assert answer.kind == "entity", answer.answer
    assert "Helen Corrigan" in answer.answer, answer.answer
    assert "Wendouree Hardwoods Pty" not in answer.answer.split(".")[0], answer.answer


def test_a_person_named_by_title_is_answered_by_full_name(session: Session) -> None:
    answer = session.ask("who is the influencer the regulator barred from endorsing")
    assert answer.kind == "entity", answer.answer
    assert answer.answer.startswith("Priya Nair"), answer.answer
    assert cites(answer, "barred Ms Nair from endorsing"), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "deadline for dyffryn water to finish the riverbank repairs?",
        "when must dyffryn water complete the riverbank repairs?",
        "when does dyffryn water have to complete the riverbank repairs?",
    ],
)
def test_a_deadline_asked_plainly_is_the_date_the_order_sets(
    session: Session, question: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "date", answer.answer
    assert answer.value.date == "2025-10-31", answer.answer


def test_a_conversion_at_a_stated_rate_with_a_thousands_comma(session: Session) -> None:
    answer = session.ask("hanbit's kftc fine in US dollars at the rate the article gives")
    assert answer.found, answer.answer
    assert answer.value.amount == 10_000_000 and answer.value.currency == "USD", answer.answer
    assert cites(answer, "($1 = 1,385 won)"), answer.answer


def test_a_step_the_sources_say_only_may_be_taken_is_not_found(session: Session) -> None:
    answer = session.ask("has the office asked the supreme administrative court to review it")
    assert answer.kind == "not_found" and not answer.found, answer.answer
    assert answer.verdict is None, answer.answer
    assert cites(answer, "may ask the Supreme Administrative Court"), answer.answer


def test_an_intended_appeal_not_yet_filed_is_a_no(session: Session) -> None:
    answer = session.ask("has thale appealed to the court of appeal?")
    assert answer.kind == "status", answer.answer
    assert answer.verdict == "no", answer.answer
    assert cites(answer, "no notice of appeal had been filed"), answer.answer


def test_a_why_question_answered_under_a_heading_cites_the_paragraph(session: Session) -> None:
    answer = session.ask("why did the tribunal lower solvik's penalty")
    assert answer.kind == "passage", answer.answer
    assert "**Why" not in answer.answer, answer.answer
    # the answer quotes it first
    assert "counted sales on routes where the two operators never competed" in answer.answer, (
        answer.answer
    )
