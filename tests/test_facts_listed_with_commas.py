"""A list of parties fined, each item giving its figure after a comma ("- Bondi Pizza Pty
Ltd, $4,400;"), as councils and food authorities publish penalty notices; a party's legal
form after a comma stays in its name. Articles invented for this test."""

from __future__ import annotations

from tests.test_facts_general import extract


def test_items_with_their_figure_after_a_comma_are_each_a_fine() -> None:
    facts = extract(
        "The NSW Food Authority issued penalty notices to two Sydney restaurants:\n\n"
        "- Bondi Pizza Pty Ltd, $4,400;\n- Coogee Cafe Pty Ltd, $2,200.",
        published="2025-05-04",
    )
    assert [(f.respondent.text, f.amount.text) for f in facts if f.amount] == [
        ("Bondi Pizza Pty Ltd", "$4,400"),
        ("Coogee Cafe Pty Ltd", "$2,200"),
    ]


def test_a_legal_form_after_a_comma_stays_in_the_name() -> None:
    facts = extract(
        "The Superintendency of Industry and Commerce fined three dairies:\n\n"
        "1. Lácteos del Valle, S.A., COP 900 million\n2. Finca Verde, S.A.S., COP 450 million",
        published="2025-05-04",
    )
    assert [f.respondent.text for f in facts if f.amount] == [
        "Lácteos del Valle, S.A.",
        "Finca Verde, S.A.S.",
    ]


def test_an_item_with_a_comma_but_no_figure_after_it_is_no_fine() -> None:
    facts = extract(
        "The regulator fined the following operators:\n\n- Harbour Ferries, of Devonport\n"
        "- Tamar Cruises, of Launceston",
        published="2025-05-04",
    )
    assert not [f for f in facts if f.amount]
