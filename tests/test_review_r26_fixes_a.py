"""Round-1 review defects (statuses and dates), each on the reviewer's invented input and one
more differently worded, with a case where the rule must still fire."""

from __future__ import annotations

from tests.test_facts_general import extract


def _statuses(body: str, **kw) -> list[tuple[str, list[str]]]:
    return [(f.action, sorted({s.status for s in f.statuses})) for f in extract(body, **kw)]


# --- 1. A court action the regulator announces is its enforcement, not a dispute ----------


def test_the_regulator_taking_the_matter_to_court_is_no_dispute():
    for body in (
        "Spain's CNMC fined Transportes Iberia SL €400,000. The regulator said it would take "
        "the matter to court if the company did not pay within a month.",
        "The Federal Trade Commission fined Acme Widgets Inc. $2 million on Tuesday and said it "
        "would bring an action in federal court to collect the penalty if needed.",
        "Poland's UOKiK fined Wisla Foods PLN 3 million. The office warned that it would go to "
        "court to recover the fine if it remained unpaid.",
    ):
        assert all("disputed" not in st for _, st in _statuses(body)), body


def test_the_party_taking_the_fine_to_court_still_disputes_it():
    for body in (
        "Spain's CNMC fined Transportes Iberia SL €400,000. The company said it would take the "
        "matter to court.",
        "The CNMC fined Transportes Iberia SL €400,000 and the company said it would go to court.",
        "Acme Widgets Inc., which the FTC fined $2 million on Tuesday, said it would bring an "
        "action in federal court against the decision.",
    ):
        assert [st for a, st in _statuses(body) if a == "fine"] == [["disputed"]], body
