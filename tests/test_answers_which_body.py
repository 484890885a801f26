"""Entity questions read off the passages — on an article written for this test (invented
companies, real kinds of regulator):

- "Where can X appeal?" is answered by an appeals board when the appeal goes to one (an
  appeals board counts as where an appeal goes; this test guards it, the base answered it
  by luck here, while on a dev set it answered "However");
- "Which US agency is the CNIL working with?" is not the CNIL itself under its full name.
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

PARKING = """OSLO, Jan 21 (Test Wire) - Norway's data protection authority Datatilsynet has ordered the parking operator Stallpark AS to pay a coercive fine of NOK 20,000 a day until it deletes camera images older than 30 days.

Stallpark said it had already stopped sending data about paying customers to its debt collector in December. However, it disputes the retention requirement. "Images older than 30 days are sometimes needed to handle complaints about parking charges," the company said. It said it would appeal the fine and the order to the Privacy Appeals Board (Personvernnemnda).
"""

SCRAPER = """PARIS, May 10 (Test Wire) - The Commission Nationale de l'Informatique et des Libertés (CNIL) fined the image search firm Facetrawl €10 million for collecting photos of French residents.

Facetrawl has no office in France, so the French Data Protection Commission (CNIL) is working with the Federal Trade Commission (FTC) to enforce its order.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("which-body-corpus")
    write_article(corpus, "2025-01-21-datatilsynet-stallpark", PARKING, published="2025-01-21")
    write_article(corpus, "2025-05-10-cnil-facetrawl", SCRAPER, published="2025-05-10")
    return indexed_session(corpus, tmp_path_factory.mktemp("which-body-index"))


def test_where_to_appeal_is_an_appeals_board(session: Session) -> None:
    answer = session.ask("Where can Stallpark appeal Datatilsynet's decision?")
    assert answer.kind == "entity"
    assert "Privacy Appeals Board" in answer.answer


def test_the_agency_asked_for_is_not_the_one_the_question_names(session: Session) -> None:
    answer = session.ask("Which US agency is the CNIL working with?")
    assert answer.kind == "entity"
    first = answer.answer.split(". ")[0]
    assert "Federal Trade Commission" in first
    assert "Nationale" not in first
