"""Regulators and laws from the data files, recognised in invented enforcement news.

Each sentence is made up (companies, amounts and wording are not from any article); it names a
regulator the way the press does (acronym, official name, English name or a country's
possessive) and must resolve, through the real lexicon and the real extractor, to the right
authority and country.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.lexicon import lexicon
from assistant.provisions import find_instruments
from tests.test_facts_general import extract


def named_authorities(text: str) -> list[str]:
    """The authority ids the lexicon finds in `text`, in order."""
    return [m.key for m in lexicon().mentions(text) if m.kind == "authority"]


def fine_of(body: str, amount: str):
    """The one fine of `amount` the extractor finds in `body`."""
    found = [f for f in extract(body) if f.amount and f.amount.amount == Decimal(amount)]
    assert len(found) == 1, [(f.action, f.authority, f.amount) for f in extract(body)]
    return found[0]


# --- Australia: ACMA and the laws it enforces ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Australian Communications and Media Authority issued a formal warning to Tallow Bay Pty Ltd.",
        "ACMA said the retailer had sent 9,400 texts without an unsubscribe link.",
    ],
)
def test_acma_is_recognised(text: str) -> None:
    assert named_authorities(text) == ["ACMA"]
    assert lexicon().authorities["ACMA"].jurisdiction == "AU"


def test_acma_spam_fine_cites_the_spam_act_with_or_without_its_year() -> None:
    body = (
        "The ACMA has fined Wattlegrove Energy Pty Ltd A$415,000 for sending marketing emails "
        "without consent, in breach of the Spam Act. The regulator found the messages breached "
        "section 16 of the Spam Act 2003."
    )
    fine = fine_of(body, "415000")
    assert (fine.authority, fine.jurisdiction) == ("ACMA", "AU")
    assert fine.amount.currency == "AUD"
    assert {"Spam Act 2003", "Spam Act 2003 Sec. 16"} <= {p.text for p in fine.provisions}


@pytest.mark.parametrize(
    "text,instrument",
    [
        (
            "It contravened the Do Not Call Register Act by calling listed numbers.",
            "Do Not Call Register Act 2006",
        ),
        (
            "The provider breached the Telecommunications Act 1997 (Cth).",
            "Telecommunications Act 1997",
        ),
        (
            "It failed to follow the TCP Code's complaint-handling rules.",
            "Telecommunications Consumer Protections Code",
        ),
        (
            "The ACMA directed the reseller to comply with the Telecommunications Consumer Protections Code.",
            "Telecommunications Consumer Protections Code",
        ),
        # The US statute keeps its own name: "CAN-SPAM Act" is not Australia's Spam Act.
        ("The FTC said the mailer violated the CAN-SPAM Act.", "CAN-SPAM"),
    ],
)
def test_australian_telecoms_instruments(text: str, instrument: str) -> None:
    assert [i for i, _, _ in find_instruments(text)] == [instrument]
