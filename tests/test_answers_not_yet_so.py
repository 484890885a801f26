"""What the sources do not say happened, on articles written for this test (invented
companies, real kinds of regulator and court):

- "how much in damages did the worker get?" — "has filed a claim … seeking £450,000 in
  damages": a sum claimed is not one received;
- "did X replace the lines by the deadline?" — "ordered X to replace all lead service lines by
  31 December 2026": an order to do it is no statement that it was done;
- "has X lodged an appeal?" — "has 14 days from notification of the reasoned decision to lodge
  an appeal": the time to act is not the act.
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

FACTORY = """LEEDS, 14 October 2025 (Test Wire) - Harwick Foods Ltd was fined £220,000 at Leeds Crown Court after an employee lost two fingers in an unguarded slicing machine.

The injured employee has filed a civil claim in the High Court seeking £450,000 in damages from Harwick Foods. The company is defending the claim.
"""

WATER = """DENVER, 3 March 2026 (Test Wire) - The state health department fined the utility Cobalt Water Co. $380,000 for lead levels above the action limit in 2024.

The department also ordered Cobalt Water to replace all lead service lines by 31 December 2026 and to report its progress each quarter. Cobalt Water said the work had begun.
"""

COURT = """SOFIA, 20 February 2026 (Test Wire) - Bulgaria's Competition Protection Commission fined the grain trader Zlaten Klas AD BGN 2 million for abusing its dominant position in grain storage around Ruse.

Zlaten Klas has 14 days from notification of the reasoned decision to lodge an appeal with the Supreme Administrative Court.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory) -> Session:
    root = tmp_path_factory.mktemp("not_yet_so")
    corpus = root / "corpus"
    corpus.mkdir()
    write_article(corpus, "harwick-foods-fined-worker-injury", FACTORY, published="2025-10-14")
    write_article(corpus, "cobalt-water-lead-fine", WATER, published="2026-03-03")
    write_article(corpus, "cpc-fines-zlaten-klas", COURT, published="2026-02-20")
    return indexed_session(corpus, root / "index")


def test_damages_claimed_are_not_damages_got(session: Session) -> None:
    answer = session.ask("how much in damages did the injured harwick worker get")
    assert not answer.found, answer.answer


def test_an_order_to_do_it_is_not_done(session: Session) -> None:
    answer = session.ask("did cobalt water replace the lead service lines by the deadline")
    assert answer.verdict != "yes", answer.answer


def test_time_to_appeal_is_not_an_appeal(session: Session) -> None:
    answer = session.ask("has zlaten klas lodged an appeal at the supreme administrative court")
    assert answer.verdict != "yes", answer.answer
