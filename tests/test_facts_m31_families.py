"""Reading families met in unseen sets, on invented copy: a local dollar written "A$" or "C$"
once and "$" after it (the local dollar, not the US one), orders told as "told to", shops
closed for a number of days, and fines listed in a table."""

from __future__ import annotations

from tests.test_facts_general import extract


def _amounts(facts) -> set[str]:
    return {f"{f.amount.currency} {f.amount.amount}" for f in facts if f.amount}


# --- A local dollar marked once, then written bare ------------------------------------------


def test_australian_copy_marking_its_dollar_once_keeps_the_bare_sign_australian() -> None:
    facts = extract(
        "SYDNEY — Payday lender Kestrel Cash Pty Ltd will pay a A$1.5 million penalty after the "
        "Federal Court found it charged fees above the legal cap, the Australian Securities and "
        "Investments Commission said on Wednesday.\n\nThe court also fined Kestrel's former "
        "director, Mark Ellis, $200,000 and disqualified him from managing corporations."
    )
    assert _amounts(facts) == {"AUD 1500000", "AUD 200000"}


def test_canadian_copy_marking_its_dollar_once_keeps_the_bare_sign_canadian() -> None:
    facts = extract(
        "VANCOUVER — The British Columbia Securities Commission fined Cascadia Crypto Corp. "
        "C$750,000 on Monday for distributing securities without a prospectus.\n\nA panel also "
        "ordered its founder, Liam Chen, to pay an administrative penalty of $150,000."
    )
    assert _amounts(facts) == {"CAD 750000", "CAD 150000"}


def test_taiwanese_copy_with_nt_dollars_then_a_bare_sign_is_all_nt_dollars() -> None:
    facts = extract(
        "The Financial Supervisory Commission fined Formosa Peak Securities NT$6 million on "
        "Tuesday over lax controls, and Jade Bay Bank $3 million."
    )
    assert _amounts(facts) == {"TWD 6000000", "TWD 3000000"}


def test_wire_copy_converting_into_a_bare_sign_keeps_it_for_the_us_dollar() -> None:
    [fact] = extract(
        "SYDNEY, June 4 (Wire) - The Australian Securities and Investments Commission said a "
        "court had fined Southern Cross Super Pty Ltd A$2.4 million ($1.6 million) for "
        "misleading members about fees."
    )
    assert fact.amount is not None and fact.amount.currency == "AUD"
    assert [a.currency for a in fact.other_amounts] == ["USD"]
