"""Orders, periodic penalties and the rules they cite, on invented sentences: orders worded as
what a decision or agreement requires, sums run up under a periodic penalty, penalties by the
week, and rulebook citations."""

from __future__ import annotations

from tests.test_facts_general import by_amount, extract, labels


def test_a_rulebook_rule_is_cited_once_with_its_sourcebook() -> None:
    facts = extract(
        "The Financial Conduct Authority fined Tamsin Lending Ltd £2,400,000 on Tuesday. "
        "The FCA found that Tamsin breached PRIN 2.1.1R and MCOB 13.3.2AR in its handling "
        "of borrowers in arrears."
    )
    assert labels(by_amount(facts, "2400000")) == {"PRIN 2.1.1R", "MCOB 13.3.2AR"}
