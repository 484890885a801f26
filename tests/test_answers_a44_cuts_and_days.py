"""Calculations over two events or two figures of one case, asked the way readers ask them:
the percentage by which a court or an appeals board cut a fine, when the copy states only the
new figure ("cut the fine to CLP 520 million") beside the fine imposed earlier; and the days
from a regulator's decree to the final judgment, when a lower court ruled in between."""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import cites, indexed_session, write_article

CHILE = """**Santiago, 12 March 2026.** In August 2024 the Superintendencia de Electricidad y Combustibles (SEC) fined the distributor Luz Andina S.A. CLP 800 million for failing to restore supply to 40,000 homes within the legal time after a winter storm.

Luz Andina appealed. On Tuesday the Santiago Court of Appeals upheld the infringement but cut the fine to CLP 520 million, finding that the regulator had overstated the number of customers affected.

The distributor said it would pay the reduced amount.
"""

SLOVAKIA = """**Bratislava, 9 April 2026.** The Regulatory Office for Network Industries (ÚRSO) said on Wednesday that its Council had decided the appeal of the gas supplier Tatra Plyn s.r.o. against last year's fine.

In October 2025 ÚRSO fined Tatra Plyn €240,000 for switching household customers to a more expensive tariff without notice.

The Council confirmed the breach but lowered the fine to €204,000, because the supplier had refunded the customers in full before the decision.
"""

ROMANIA = """**Bucharest, 20 March 2026.** Romania's High Court of Cassation and Justice has had the last word in the dispute between the energy regulator and the supplier Dunărea Power SRL.

By a sanctioning decree dated 3 June 2024, the National Energy Regulatory Authority (ANRE) imposed a fine of RON 450,000 on Dunărea Power for failing to pass on a price cap to household customers.

On 10 February 2025 the Bucharest Court of Appeal annulled the decree. ANRE appealed. In a final judgment handed down on 16 March 2026, the High Court of Cassation and Justice overturned that ruling and upheld the RON 450,000 fine.
"""

NEW_ZEALAND = """**Wellington, 18 June 2026.** The remittance firm Kauri Remit Limited has paid its anti-money laundering penalty, after the High Court confirmed the sanction on 15 June.

The Financial Markets Authority (FMA) announced on 2 April that it had censured and fined Kauri Remit Limited NZ$1.2 million for failing to verify the identity of customers sending money overseas.

Because the remitter settled, the penalty could not take effect until a judge had confirmed it.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("a44-cuts-corpus")
    write_article(corpus, "2026-03-12-luz-andina-fine-cut", CHILE, published="2026-03-12")
    write_article(corpus, "2026-04-09-tatra-plyn-appeal", SLOVAKIA, published="2026-04-09")
    write_article(corpus, "2026-03-20-dunarea-power-final", ROMANIA, published="2026-03-20")
    write_article(corpus, "2026-06-18-kauri-remit-pays", NEW_ZEALAND, published="2026-06-18")
    return indexed_session(corpus, tmp_path_factory.mktemp("a44-cuts-index"))


def test_a_court_cut_to_a_figure_as_a_percentage_of_the_fine(session: Session) -> None:
    answer = session.ask("by what percent did the court trim luz andina's SEC fine")
    assert answer.kind == "calculation", answer.answer
    assert answer.value.number == 35 and answer.value.unit == "percent", answer.answer
    assert cites(answer, "cut the fine to CLP 520 million"), answer.answer


def test_a_board_cut_to_a_figure_as_a_percentage_of_the_fine(session: Session) -> None:
    answer = session.ask("by how much in % did the URSO council reduce tatra plyn's fine")
    assert answer.kind == "calculation", answer.answer
    assert answer.value.number == 15 and answer.value.unit == "percent", answer.answer
    assert cites(answer, "lowered the fine to €204,000"), answer.answer


def test_days_from_a_decree_to_the_final_judgment(session: Session) -> None:
    answer = session.ask(
        "how many days from the ANRE sanctioning decree on dunarea power to the final judgment"
    )
    assert answer.kind == "calculation", answer.answer
    # 3 June 2024 to 16 March 2026, not to the Court of Appeal's judgment in between
    assert answer.value.number == 651 and answer.value.unit == "days", answer.answer


def test_days_from_a_sanction_announced_to_the_court_confirming_it(session: Session) -> None:
    answer = session.ask(
        "how many days went by between the FMA announcing the kauri remit penalty and the "
        "high court confirming it"
    )
    assert answer.kind == "calculation", answer.answer
    assert answer.value.number == 74 and answer.value.unit == "days", answer.answer
    assert cites(answer, "announced on 2 April"), answer.answer
