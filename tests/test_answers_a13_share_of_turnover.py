"""A fine as a share of the company's turnover when the turnover is written with a sign
several currencies share ("FCFA 60 milliards": the Central or the West African franc; "$"):
the turnover is read in the currency of the fine it is divided into, as the article's own
figures are. Articles invented for this test (invented companies, real kinds of regulator).
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

GABON = """LIBREVILLE, 4 February (Test Wire) - Gabon's telecommunications regulator ARCEP has imposed a pecuniary sanction of FCFA 900 millions on the mobile operator Okoumé Télécom for repeated failures to meet its network coverage obligations in Ogooué-Maritime province.

The regulator said the sanction took account of the operator's size. Okoumé Télécom declared a turnover of FCFA 60 milliards for the 2024 financial year.
"""

SENEGAL = """DAKAR, 19 May (Test Wire) - Senegal's Commission nationale de la concurrence has fined the cement maker Teranga Ciment SA FCFA 1,5 milliard for abusing its dominant position in the supply of cement to building-materials dealers.

Teranga Ciment, which reported sales of FCFA 50 milliards last year, said it would study the decision before deciding whether to appeal.
"""

NEW_ZEALAND = """WELLINGTON, 8 August (Test Wire) - The High Court has ordered Kauri Freight Ltd to pay a penalty of $2.4 million in proceedings brought by the Commerce Commission over misleading fuel surcharges.

Kauri Freight's annual turnover was $80 million, the court heard.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("share-of-turnover-corpus")
    write_article(corpus, "2025-02-04-arcep-gabon-sanctions-okoume", GABON, published="2025-02-04")
    write_article(corpus, "2025-05-19-cnc-fines-teranga-ciment", SENEGAL, published="2025-05-19")
    write_article(corpus, "2025-08-08-kauri-freight-penalty", NEW_ZEALAND, published="2025-08-08")
    return indexed_session(corpus, tmp_path_factory.mktemp("share-of-turnover-index"))


def test_central_african_francs(session: Session) -> None:
    answer = session.ask("okoume telecom's arcep sanction as a % of its 2024 turnover")
    assert answer.kind == "calculation", answer.answer
    assert answer.answer.startswith("1.5%"), answer.answer


def test_west_african_francs_sales(session: Session) -> None:
    answer = session.ask("what percentage of teranga ciment's turnover was the fine")
    assert answer.kind == "calculation", answer.answer
    assert answer.answer.startswith("3%") or answer.answer.startswith("3.0%"), answer.answer


def test_dollars_in_a_dollar_country_unchanged(session: Session) -> None:
    answer = session.ask("kauri freight penalty as a percentage of its turnover")
    assert answer.kind == "calculation", answer.answer
    assert answer.answer.startswith("3%") or answer.answer.startswith("3.0%"), answer.answer


def test_a_cap_question_is_not_a_share(session: Session) -> None:
    answer = session.ask("what is the maximum fine arcep could impose as a share of turnover")
    assert not answer.answer.startswith("1.5%"), answer.answer
