"""The R22 review's bugs, each on invented copy through the real entry point."""

from __future__ import annotations

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
