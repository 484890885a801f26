"""Status questions asked from the other side or in everyday words — on articles written for
this test (invented companies, real kinds of regulator):

- "did the commission get its money from X?" is whether X paid: Yes from "has paid the fine";
- "did the fine on X survive in the Conseil d'État?" names a court without calling it one:
  No from the court's annulment.
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import cites, indexed_session, write_article

ULAANBAATAR = """ULAANBAATAR, Oct 2 (Test Wire) - The Energy Regulatory Commission of Mongolia fined Khan Uul Steel LLC MNT 80 million on 12 September for connecting a furnace to the grid without a permit.

The commission said on Wednesday that the steelworks has paid the fine in full.
"""

PARIS = """PARIS, Jan 15 (Test Wire) - In a decision of 12 January, the Conseil d'État annulled the €400,000 fine that ARCEP had imposed in 2023 on the regional operator Telecom Loire SAS for missing its fibre roll-out obligations.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("status-sideways-corpus")
    write_article(corpus, "2025-10-02-erc-khan-uul-steel", ULAANBAATAR, published="2025-10-02")
    write_article(corpus, "2026-01-15-conseil-etat-telecom-loire", PARIS, published="2026-01-15")
    return indexed_session(corpus, tmp_path_factory.mktemp("status-sideways-index"))


def test_the_regulator_got_its_money_when_the_company_paid(session: Session) -> None:
    answer = session.ask("did the mongolian energy regulator get its money from khan uul steel")
    assert answer.found
    assert answer.verdict == "yes"
    assert cites(answer, "has paid the fine in full")


def test_a_fine_annulled_did_not_survive_the_named_court(session: Session) -> None:
    answer = session.ask("did the fine on Telecom Loire survive in the Conseil d'État?")
    assert answer.found
    assert answer.verdict == "no"


def test_a_fine_reduced_is_not_a_fine_paid(session: Session) -> None:
    answer = session.ask("did telecom loire get its fine reduced by the court?")
    assert answer.verdict != "yes"
