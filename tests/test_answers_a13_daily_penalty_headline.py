"""A daily penalty asked as a headline, with who set it and the verb a reader would use
("daily dwangsom the AFM put on X", "astreinte the CNIL attached to the Y order", "daily
penalty Datatilsynet slapped on Z"): the rate per day, not the one-off fine beside it.
Articles invented for this test (invented companies, real kinds of regulator).
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

NETHERLANDS = """AMSTERDAM, 3 March (Test Wire) - The Dutch Authority for the Financial Markets (AFM) has fined the online broker Tulpvest B.V. EUR 400.000 for failing to warn clients about the risks of leveraged products.

The AFM also imposed a last onder dwangsom: unless Tulpvest adds the required risk warnings to its app within six weeks, it will forfeit EUR 5.000 for every day it remains in breach.
"""

FRANCE = """PARIS, 12 June (Test Wire) - France's data protection authority, the CNIL, has fined the retailer Maison Brevard SAS EUR 750,000 for keeping customer data far longer than necessary.

The CNIL also ordered the retailer to delete the data within three months. The order was accompanied by an astreinte of EUR 2,000 per day of delay.
"""

NORWAY = """OSLO, 20 September (Test Wire) - The Norwegian Data Protection Authority (Datatilsynet) has fined the fitness chain Fjordtrening AS NOK 1,200,000 for tracking members' visits without a lawful basis.

Datatilsynet also set a coercive fine (tvangsmulkt) of NOK 25,000 per day until the chain stops the tracking.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("daily-headline-corpus")
    write_article(corpus, "2025-03-03-afm-fines-tulpvest", NETHERLANDS, published="2025-03-03")
    write_article(corpus, "2025-06-12-cnil-fines-maison-brevard", FRANCE, published="2025-06-12")
    write_article(
        corpus, "2025-09-20-datatilsynet-fines-fjordtrening", NORWAY, published="2025-09-20"
    )
    return indexed_session(corpus, tmp_path_factory.mktemp("daily-headline-index"))


def test_dwangsom_put_on(session: Session) -> None:
    answer = session.ask("daily dwangsom the afm put on tulpvest")
    assert answer.kind == "amount", answer.answer
    assert "5,000" in answer.answer.split(".")[0], answer.answer


def test_astreinte_attached_to_an_order(session: Session) -> None:
    answer = session.ask("astreinte cnil attached to the maison brevard deletion order")
    assert answer.kind == "amount", answer.answer
    assert "2,000" in answer.answer.split(".")[0], answer.answer


def test_daily_penalty_slapped_on(session: Session) -> None:
    answer = session.ask("daily penalty datatilsynet slapped on fjordtrening")
    assert answer.kind == "amount", answer.answer
    assert "25,000" in answer.answer.split(".")[0], answer.answer


def test_the_fine_asked_as_a_headline_stays_the_fine(session: Session) -> None:
    answer = session.ask("fine the afm imposed on tulpvest")
    assert answer.kind == "amount", answer.answer
    assert "400,000" in answer.answer.split(".")[0], answer.answer
