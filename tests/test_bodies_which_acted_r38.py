"""Which body acted and where: a name several countries' regulators share is the one of
the place the story is written from (its dateline town), not of a country it mentions in
passing. Articles invented for this test."""

from __future__ import annotations

from tests.test_facts_general import extract


def test_a_shared_name_is_the_dateline_towns_not_a_place_named_in_passing() -> None:
    body = (
        "BELMOPAN — The Financial Services Commission has fined Cayo Trust Services Ltd "
        "US$60,000 for failing to verify the owners of 22 client companies.\n\n"
        "The firm's former compliance officer, who has since moved to Jamaica, was not "
        "named in the decision."
    )
    facts = [f for f in extract(body, title="Trust firm fined") if f.amount]
    assert [(f.authority, f.jurisdiction) for f in facts] == [("FSC (BZ)", "BZ")]


def test_a_regulators_press_nickname_is_that_regulator() -> None:
    body = (
        "Kutaisi Online LLC will appeal a fine of GEL 310,000 that ComCom imposed on "
        "Thursday for throttling customers' video traffic, the company said."
    )
    facts = [f for f in extract(body, title="Operator to appeal fine") if f.amount]
    assert [(f.authority, f.jurisdiction) for f in facts] == [("GNCC", "GE")]
