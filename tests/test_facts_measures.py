"""Measures told in the words of other enforcement regimes: a US citation's proposed
penalties, a settlement's payment, a review judge affirming penalties, a commitment accepted
instead of a fine, a quota or fishing rights suspended — on invented copy (no fixture's
wording)."""

from __future__ import annotations

from decimal import Decimal

from .test_facts_general import extract


def _summary(facts):
    return [
        (
            f.action,
            f.respondent.text if f.respondent else None,
            f.amount.amount if f.amount else None,
        )
        for f in facts
    ]


def test_a_citation_s_proposed_penalties_are_its_fine() -> None:
    facts = extract(
        "Following an inspection, OSHA on June 3 cited Granite Hollow Quarry LLC for four "
        "serious violations of the machine-guarding standard. OSHA proposed penalties totaling "
        "$118,250."
    )
    assert ("fine", Decimal("118250")) in [(f.action, f.amount and f.amount.amount) for f in facts]


def test_what_is_paid_under_the_agreement_just_told_is_the_settlement() -> None:
    facts = extract(
        "On May 2, Harbor Point Foods LLC and the Environmental Protection Agency entered into a "
        "settlement agreement resolving an ammonia release. Under the agreement, which an "
        "administrative law judge approved on May 20, Harbor Point will pay $95,000 in "
        "penalties and will hire an independent auditor."
    )
    paid = [f for f in facts if f.amount and f.amount.amount == Decimal("95000")]
    assert [f.action for f in paid] == ["settlement"]


def test_a_review_judge_affirming_penalties_is_a_ruling_with_that_figure() -> None:
    facts = extract(
        "Settling is not always the outcome. In March, an OSHRC administrative law judge "
        "affirmed $158,000 in penalties against Lakeshore Millwork Inc., a Michigan cabinet "
        "maker that had contested its citations all the way to a hearing."
    )
    assert [(f.action, f.amount.amount if f.amount else None) for f in facts] == [
        ("ruling", Decimal("158000"))
    ]


def test_a_commitment_accepted_instead_of_a_fine_is_a_settlement() -> None:
    for sentence, party in [
        (
            "In the same case, the competition authority accepted a cessation commitment "
            "(compromiso de cese) offered by Droguería Inca S.A.C., one of the distributors.",
            "Droguería Inca",
        ),
        (
            "The competition council has approved a commitment decision, accepting a commitment "
            "from Baltic Grain Terminal AS to open its silos to rival shippers.",
            "Baltic Grain Terminal",
        ),
    ]:
        facts = extract(sentence)
        settled = [f for f in facts if f.action == "settlement"]
        assert len(settled) == 1, _summary(facts)
        assert settled[0].respondent and settled[0].respondent.text.startswith(party)
        assert settled[0].amount is None


def test_a_quota_or_fishing_rights_suspended_is_a_ban() -> None:
    for sentence in [
        "On Tuesday the fisheries ministry said it has suspended Cabo Frio Pesca's hake quota "
        "for six months.",
        "The ministry has suspended Kestrel Trawling Ltd's fishing rights until the inquiry ends.",
    ]:
        facts = extract(sentence)
        assert [f.action for f in facts] == ["ban"], _summary(facts)
