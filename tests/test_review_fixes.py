"""The R22 review's bugs, each on invented copy through the real entry point."""

from __future__ import annotations

import pytest

from assistant.session import Session
from tests.conftest import cites, indexed_session, write_article
from tests.test_facts_general import extract

_THREE_BANKS = (
    "On 3 May 2024 the Central Bank of Ireland fined Alpha Bank €2 million, Beta Bank €1 million "
    "and Gamma Bank €500,000 for late reporting.\n\n"
)


def _statuses(facts, name):
    return [
        s.status for f in facts if f.respondent and f.respondent.text == name for s in f.statuses
    ]


def test_the_others_not_is_only_the_bare_auxiliary():
    """'the other two have not said whether they will' denies nothing; 'the other two have
    not.' denies the statement just made."""
    for rest in (
        "the other two have not said whether they will.",
        "the other two did not respond to requests for comment.",
        "the other two have not decided.",
    ):
        facts = extract(_THREE_BANKS + "Alpha Bank has appealed; " + rest)
        assert _statuses(facts, "Alpha Bank") == ["appealed"]
        assert _statuses(facts, "Beta Bank") == [], rest
        assert _statuses(facts, "Gamma Bank") == [], rest
    facts = extract(_THREE_BANKS + "Alpha Bank has appealed; the other two have not.")
    assert _statuses(facts, "Beta Bank") == ["not_appealed"]
    assert _statuses(facts, "Gamma Bank") == ["not_appealed"]


def test_an_agency_setting_the_fine_is_not_a_reduction_because_an_appeal_is_named():
    """'set the fine at' is a court's recalculation only when a court is told doing it; a
    decision the company 'may appeal' names no court."""
    facts = extract(
        "On 3 May 2024 the Competition Authority fined Acme Foods. The authority set the fine "
        "at €1 million, a decision Acme may appeal."
    )
    assert "reduced" not in _statuses(facts, "Acme Foods")
    facts = extract(
        "On 3 May 2024 the Competition Authority fined Acme Foods €3 million. On appeal, it set the "
        "fine at €1 million."
    )
    assert "reduced" in _statuses(facts, "Acme Foods")


_PROFIT = """NAIROBI, 4 March 2025 (Test Wire) - The Competition Authority of Kenya fined Savanna Dairies KES 40 million for fixing milk prices with two rivals.

Savanna Dairies reported a profit of KES 10 million for 2023.
"""

_STOPPED_AFTER_ORDER = """ACCRA, 12 June 2025 (Test Wire) - The Bank of Ghana fined Obuasi Savings and Loans GH¢2 million on 3 June 2025 for charging borrowers an undisclosed processing fee.

Obuasi Savings and Loans, which was ordered in 2024 to stop charging the fee, has now stopped charging it, the bank said.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory) -> Session:
    root = tmp_path_factory.mktemp("review_fixes")
    corpus = root / "corpus"
    corpus.mkdir()
    write_article(corpus, "cak-savanna-dairies", _PROFIT, published="2025-03-04")
    write_article(corpus, "bog-obuasi-savings", _STOPPED_AFTER_ORDER, published="2025-06-12")
    return indexed_session(corpus, root / "index")


def test_how_many_times_one_thing_is_another_is_a_multiple(session: Session) -> None:
    """'how many times was the fine X' compares two sums; 'how many times was Acme fined'
    counts occasions."""
    for question in (
        "How many times was the fine Savanna Dairies' 2023 profit?",
        "How many times is the KES 40 million fine the KES 10 million profit?",
    ):
        answer = session.ask(question)
        # read as a multiple: the figures are quoted, not an occasion count looked for
        assert answer.kind != "not_found", answer.answer
        assert cites(answer, "profit of KES 10 million"), answer.answer


def test_a_dated_opening_does_not_date_a_separate_decision():
    """'On 3 May the AMF fined A … Separately, the AMF fined B': B's decision is its own,
    undated; a measure the same sentence goes on with keeps the day."""
    for separate in (
        "Separately, the AMF fined Beta Finance €1 million for late disclosures.",
        "In another decision, the AMF fined Beta Finance €1 million for late disclosures.",
    ):
        for gap in (" ", "\n\n"):
            facts = extract(
                "On 3 May 2024 the AMF fined Alpha Gestion €2 million for market abuse."
                + gap
                + separate
            )
            dates = {f.respondent.text: f.date and f.date.text for f in facts if f.respondent}
            assert dates == {"Alpha Gestion": "2024-05-03", "Beta Finance": None}, (gap, separate)


def test_at_the_same_time_another_regulator_is_not_the_same_decision():
    """'At the same time, Italy's Garante has fined …' after the CNIL's dated fine: meanwhile,
    another regulator's decision, not dated by the CNIL's; the regulator's own 'at the same
    time it ordered' still is."""
    facts = extract(
        "The CNIL fined Clearview AI €20 million on 20 October 2022.\n\n"
        "At the same time, Italy's Garante has fined Clearview AI €20 million, the HIPAA Guide "
        "reported."
    )
    assert [f.date and f.date.text for f in facts] == ["2022-10-20", None]
    facts = extract(
        "The CNIL fined Clearview AI €20 million on 20 October 2022.\n\n"
        "At the same time, the CNIL ordered Clearview AI to delete the data of French residents."
    )
    assert [f.date and f.date.text for f in facts] == ["2022-10-20", "2022-10-20"]


_PUBLISH_ORDER = (
    "On 4 March 2024 the Utilities Regulatory Authority fined Volta Power 2 million rupees and "
    "ordered it to publish a report on the outage within 60 days.\n\n"
)


def test_the_thing_ordered_is_the_partys_own():
    """'ordered it to publish a report on the outage …' then 'The authority's own annual
    report was published': another's report, not the one ordered."""
    for later in (
        "The authority's own annual report was published in April.",
        "The ministry's report on tariffs was published in April.",
    ):
        facts = extract(_PUBLISH_ORDER + later)
        (order,) = [f for f in facts if f.action == "order"]
        assert [s.status for s in order.statuses] == [], later
    facts = extract(_PUBLISH_ORDER + "Its final report was published in April.")
    (order,) = [f for f in facts if f.action == "order"]
    assert [s.status for s in order.statuses] == ["complied"]


def test_a_decisions_own_coded_number_is_not_a_provision():
    """'In Decision No. 12/KPPU-I/2023, the KPPU fined …': the decision's number, not a rule
    breached; the law it cites and a coded regulation breached still are."""
    (fact,) = extract(
        "In Decision No. 12/KPPU-I/2023, the KPPU fined PT Alpha Logistik Rp 5 billion for "
        "breaching Article 19 of Law No. 5/1999."
    )
    assert [p.text for p in fact.provisions] == ["Law No. 5/1999 Art. 19"]
    (fact,) = extract(
        "In Case No. 45/PDT/2021, the OJK fined PT Beta Finance Rp 800 million for breaching "
        "POJK No. 10/POJK.05/2022."
    )
    assert [p.text for p in fact.provisions] == ["POJK No. 10/POJK.05/2022"]


def test_a_place_after_a_branch_of_a_bank_is_not_the_party():
    """'fined the local branch of Meridian Bank, Mombasa, KES 5 million': the place the branch
    is in, not a company named after its parent."""
    facts = extract(
        "The Central Bank of Kenya fined the local branch of Meridian Bank, Mombasa, KES 5 million "
        "for weak anti-money-laundering controls."
    )
    assert "Mombasa" not in [f.respondent.text for f in facts if f.respondent]
    (fact,) = extract(
        "The Central Bank of Kenya fined the insurance arm of Meridian Group, Meridian Assure, "
        "KES 5 million for weak controls."
    )
    assert fact.respondent.text == "Meridian Assure"


def test_the_same_day_as_a_decision_named_with_accents():
    """'on the same day as the Société Générale fine': the party's name as written, accents
    and all, names the dated measure (not the one dated last)."""
    facts = extract(
        "The AMF fined Société Générale €2 million on 3 May 2024. The ACPR fined Crédit Nordique "
        "€1 million on 10 June 2024.\n\n"
        "The CNIL fined Banque Alpha €50,000 on the same day as the Société Générale fine."
    )
    dates = {f.respondent.text: f.date and f.date.text for f in facts if f.respondent}
    assert dates["Banque Alpha"] == "2024-05-03", dates


def test_an_order_in_a_relative_clause_does_not_hide_the_main_verb(session: Session) -> None:
    """'X, which was ordered in 2024 to stop charging the fee, has now stopped charging it':
    the order is the relative clause's; the main verb says it stopped."""
    answer = session.ask("Has Obuasi Savings and Loans stopped charging the fee?")
    assert answer.answer.startswith("Yes"), answer.answer
    assert cites(answer, "has now stopped charging it"), answer.answer
