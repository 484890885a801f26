"""Questions about money that is not the sanction — compensation paid out, a sum agreed with
third parties, what victims lost — on articles written for this test (invented companies,
real kinds of regulator):

- "how much compensation has X paid out so far" when the story gives only a rate per
  customer it was ordered to pay: no total is stated, so not found (not the rate, not the fine);
- "how much has X agreed to pay the villages" when the villages only claim losses: not found
  (not the regulator's fine), while a story saying the company agreed to pay the communities
  a sum is answered with that sum;
- "how much did the investors lose" when the story gives only the value of the trades and
  the fine: not found, while a story stating the loss is answered with it.
"""

from __future__ import annotations

import pytest

from assistant.session import Session

from .conftest import indexed_session, write_article

# A fine, and compensation ordered at a rate per customer; nothing said about payment.
YEREVAN = """YEREVAN, June 12 (Test Wire) - The Public Services Regulatory Commission on Tuesday fined the water utility Ararat Vodokanal CJSC AMD 12 million for repeated supply interruptions in the Kotayk region.

The commission also ordered Ararat Vodokanal to pay compensation of AMD 5,000 per affected subscriber by 31 July. The utility said it would comply.
"""

# A fine; villagers claim losses and want to be paid; no agreement.
TAKORADI = """ACCRA, Oct 3 (Test Wire) - Ghana's Environmental Protection Agency fined the miner Ankobra Ridge Gold Ltd GH¢2.5 million for a cyanide spill into the Ankobra river.

Chiefs of the fishing villages of Sanwoma and Asanta said they had counted losses of about GH¢14 million from dead fish and ruined nets, and they want the company to pay. The miner also pays the district assembly a yearly levy of GH¢90,000.
"""

# A fine, and a sum the company agreed to pay the communities.
KITWE = """LUSAKA, Feb 9 (Test Wire) - The Zambia Environmental Management Agency fined Kafue Copper Smelting Plc ZMW 1.8 million for sulphur dioxide emissions.

Kafue Copper Smelting separately agreed to pay ZMW 6 million to the farming communities around Chingola whose crops were damaged.
"""

# A fine on a broker; the value of the trades; no figure for losses.
DURBAN = """JOHANNESBURG, Nov 20 (Test Wire) - The Financial Sector Conduct Authority fined the stockbroker Umhlanga Securities (Pty) Ltd R3 million for front-running client orders.

The authority said clients had received worse prices on trades worth about R210 million, but it did not put a figure on the harm.
"""

# A fine, and the losses stated.
PERTH = """PERTH, Apr 2 (Test Wire) - ASIC said the Federal Court fined Swan River Advisers Pty Ltd $1.1 million over a managed investment scheme in which investors lost an estimated $7.4 million.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("money-kind-corpus")
    write_article(corpus, "2025-06-12-psrc-ararat-vodokanal", YEREVAN, published="2025-06-12")
    write_article(corpus, "2025-10-03-epa-ankobra-ridge", TAKORADI, published="2025-10-03")
    write_article(corpus, "2026-02-09-zema-kafue-copper", KITWE, published="2026-02-09")
    write_article(corpus, "2025-11-20-fsca-umhlanga", DURBAN, published="2025-11-20")
    write_article(corpus, "2026-04-02-asic-swan-river", PERTH, published="2026-04-02")
    return indexed_session(corpus, tmp_path_factory.mktemp("money-kind-index"))


def test_compensation_paid_out_is_not_a_rate_per_customer(session: Session) -> None:
    answer = session.ask(
        "how much compensation has ararat vodokanal paid out to subscribers so far"
    )
    assert not answer.found
    assert answer.kind == "not_found"


def test_the_rate_per_customer_is_still_answered(session: Session) -> None:
    answer = session.ask("how much compensation must ararat vodokanal pay each subscriber")
    assert answer.found
    assert answer.value.amount == 5_000


def test_a_sum_agreed_with_villages_is_not_the_fine(session: Session) -> None:
    answer = session.ask("how much has ankobra ridge agreed to pay the fishing villages")
    assert not answer.found
    assert answer.kind == "not_found"


def test_a_sum_agreed_with_communities_is_answered(session: Session) -> None:
    answer = session.ask("how much has kafue copper agreed to pay the farming communities")
    assert answer.found
    assert answer.value.amount == 6_000_000


def test_what_clients_lost_is_not_the_fine(session: Session) -> None:
    answer = session.ask("how much did umhlanga securities' clients lose from the front-running")
    assert not answer.found
    assert answer.kind == "not_found"


def test_a_stated_loss_is_answered(session: Session) -> None:
    answer = session.ask("how much did swan river advisers' investors lose")
    assert answer.found
    assert answer.value.amount == 7_400_000


def test_the_fine_is_still_answered(session: Session) -> None:
    answer = session.ask("what fine did ankobra ridge gold get")
    assert answer.found
    assert answer.value.amount == 2_500_000


def test_a_yearly_levy_is_no_payment_to_the_villages(session: Session) -> None:
    answer = session.ask("how much is ankobra ridge paying the fishing villages")
    assert not answer.found


def test_a_penalty_for_not_compensating_is_the_penalty(session: Session) -> None:
    answer = session.ask("PSRC penalty on ararat vodokanal for not compensating subscribers?")
    assert answer.found
    assert answer.value.amount == 12_000_000
