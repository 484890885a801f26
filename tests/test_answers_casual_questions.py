"""Questions as users type them and answers shaped as they need: shorthand and contractions
without apostrophes, a possessive without its apostrophe, a word only the headline uses, a
person behind a job title, a date that belongs to another step of the case, what is left to
pay, counts the copy writes in several ways, and sums and inputs the sources state too.

Every article here is invented; the real index build and engine answer.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.models import DateValue, MoneyValue, NumberValue
from assistant.session import Session

from .conftest import indexed_session, write_article

# A regulator's round-up of three fines and a director's, with a stated sub-total.
BUS_OPERATORS = """Italy's competition authority, the AGCM, has fined three coach operators from the northern regions a total of € 900.000 for a price-fixing cartel on school trips.

The AGCM fined Alpenbus S.p.A. € 500.000. It fined Kestrel Coaches S.r.l. € 250.000. It fined Vireo Viaggi S.r.l. € 150.000.

The AGCM also fined the managing director of Alpenbus, Mr Carlo Ferri, € 30.000 in his personal capacity.

A fourth operator, Brandywine Tours S.r.l., was not fined, but the AGCM has imposed an order subject to a penalty payment on the company. Brandywine must refund the parents it overcharged within six weeks. If it does not, it will forfeit € 2.000 for each day that it remains in breach, up to a maximum of € 50.000.

Kestrel Coaches has paid its fine in full; its owner said he didn't want a long fight. Vireo Viaggi, which did not challenge the decision in court, paid in March. Alpenbus has appealed to the regional administrative court.

During its checks the authority examined 310 coaches and lorries. In 57 lorries its officers found devices that switch off the speed limiter. "A driver who has been awake for 20 hours in a 40-tonne lorry fitted with such devices is a danger to everyone," the authority's chair said.
"""

# A court cutting one fine and a payment in part.
COURT_CUT = """The Regional Court in Marrow has reduced the fine on Quillon Foods from ZAR 80 million to ZAR 60 million, upholding the competition commission's finding that the company had fixed bread prices.

Quillon Foods has so far paid ZAR 15 million of its fine.

The commission said it would study the judgment.
"""

# A round-up whose court step is dated and whose regulator's step is not.
ROUNDUP = """## Gondor: Palantir Bet licence suspended

The Gaming Board of Gondor has suspended the licence of Palantir Bet Ltd for three months for failing to pay out winnings.

Palantir Bet went to the High Court to challenge the suspension, but on Tuesday the court dismissed its application.

Palantir Bet shares fell 4% in Osgiliath trading on the day the order to close its shops was announced. In a parallel step, the Osgiliath City Council, which licenses the company's betting shops in the region, ordered the company to close its shops for ten days.

## Aviation

In addition to the fine, the Civil Aviation Directorate suspended the approval of Windrose Air's Head of Training, Capt. Oskar Brandt, for six months, holding him responsible for the falsified records.
"""

# Parties counted by the copy, under a noun no list of company words has.
FINTECHS = """Italy's markets regulator, Consob, fined four fintechs for mis-selling crypto bonds to retail savers, it said on Monday. It did not name them.
"""

# A measure written with its number: no count of lorries.
ROADSIDE = """Police in Lothlórien stopped a 44-tonne lorry on the forest road whose driver had been at the wheel for 19 hours.
"""

# A figure announced one day and corrected another.
CORRECTION = """In a statement issued on 3 March, the Lottery Commission of Rohan said it had fined Mirkwood Games Ltd €80,000 for running unlicensed lotteries.

The commission on Friday corrected the amount of the fine to €60,000, citing a calculation error.
"""

# A daily penalty repeated in several sentences, a total given once.
DAILY = """The Data Inspectorate of Arcadia ordered Nimbus Analytics to stop processing location data, under a penalty of 20,000 euros per day of delay.

The inspectorate warned that the penalty of 20,000 euros a day would run until Nimbus complied.

A penalty of 20,000 euros for each day would be charged, the inspectorate repeated.

In its second decision the inspectorate imposed an overdue penalty payment of €1,400,000 on Nimbus Analytics.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("casual-corpus")
    write_article(
        corpus,
        "2025-03-20-agcm-fines-coach-operators",
        BUS_OPERATORS,
        title="AGCM fines three coach hauliers and a director over school-trip cartel",
        published="2025-03-20",
    )
    write_article(corpus, "2025-05-02-marrow-court-cuts-fine", COURT_CUT, published="2025-05-02")
    write_article(corpus, "2025-06-13-gaming-roundup", ROUNDUP, published="2025-06-13")
    write_article(corpus, "2025-07-01-arcadia-daily-penalty", DAILY, published="2025-07-01")
    write_article(corpus, "2025-03-12-mirkwood-fine-corrected", CORRECTION, published="2025-03-12")
    write_article(corpus, "2025-04-01-lothlorien-roadside-check", ROADSIDE, published="2025-04-01")
    write_article(corpus, "2025-04-08-consob-fintechs", FINTECHS, published="2025-04-08")
    return indexed_session(corpus, tmp_path_factory.mktemp("casual-index"))


def test_a_who_question_gets_the_person_a_job_title_introduces(session: Session) -> None:
    answer = session.ask("who was the training head the directorate suspended")
    assert answer.kind == "entity"
    assert "Oskar Brandt" in answer.answer


def test_a_subject_set_off_by_a_relative_clause_is_who_did_it(session: Session) -> None:
    answer = session.ask("who ordered palantir bet to close its shops")
    assert answer.kind == "entity"
    assert "Osgiliath City Council" in answer.answer


def test_a_date_of_another_step_of_the_case_does_not_date_the_one_asked(
    session: Session,
) -> None:
    answer = session.ask("when did the gaming board suspend palantir bet's licence")
    assert not (isinstance(answer.value, DateValue))
    assert answer.kind == "not_found"


def test_the_date_of_the_step_asked_is_still_read(session: Session) -> None:
    answer = session.ask("when did the court dismiss palantir bet's application")
    assert isinstance(answer.value, DateValue)
    assert answer.value.date == "2025-06-10"


def test_a_step_the_facts_do_not_date_is_read_off_its_own_sentence(session: Session) -> None:
    answer = session.ask("when did the lottery commission correct the mirkwood figure")
    assert isinstance(answer.value, DateValue)
    assert answer.value.date == "2025-03-07"


def test_days_to_a_cap_read_from_a_sentence_no_fact_holds(session: Session) -> None:
    answer = session.ask("how many days of non compliance before brandywine hits the cap")
    assert answer.kind == "calculation"
    assert isinstance(answer.value, NumberValue) and answer.value.number == 25


def test_a_possessive_typed_without_its_apostrophe_names_the_company(session: Session) -> None:
    answer = session.ask("by what % did the marrow court cut quillons fine")
    assert answer.kind == "calculation"
    assert isinstance(answer.value, NumberValue) and answer.value.number == 25


def test_what_is_still_owed_is_the_fine_less_the_part_paid(session: Session) -> None:
    answer = session.ask("how much does quillon foods still owe on its fine")
    assert answer.kind == "calculation"
    assert isinstance(answer.value, MoneyValue)
    assert answer.value.amount == Decimal("45000000") and answer.value.currency == "ZAR"
    assert any("so far paid" in c.quote for c in answer.citations)


def test_a_count_reads_a_plural_in_ies_and_not_a_measure(session: Session) -> None:
    answer = session.ask("number of lorries where officers found devices")
    assert answer.kind == "count"
    assert isinstance(answer.value, NumberValue) and answer.value.number == 57


def test_a_number_joined_to_a_measure_counts_nothing(session: Session) -> None:
    answer = session.ask("how many lorries did the police in lothlorien stop on the forest road")
    assert not (isinstance(answer.value, NumberValue) and answer.value.number == 44)


def test_a_count_of_companies_reads_the_number_fined(session: Session) -> None:
    answer = session.ask("how many companies were in the consob crypto bond case")
    assert isinstance(answer.value, NumberValue) and answer.value.number == 4
    assert any("fined four fintechs" in c.quote for c in answer.citations)


def test_shorthand_is_written_out_and_a_stated_subtotal_cited(session: Session) -> None:
    answer = session.ask("total fined by the agcm incl the director personally")
    assert answer.kind == "calculation"
    assert isinstance(answer.value, MoneyValue) and answer.value.amount == Decimal("930000")
    # the source's own sub-total, stated and cited beside the sum worked out
    assert "€900,000" in answer.answer
    assert any("a total of € 900.000" in c.quote for c in answer.citations)


def test_a_word_only_the_headline_uses_is_known(session: Session) -> None:
    answer = session.ask("which of the italian hauliers has already paid")
    assert answer.kind == "entity"
    assert "Kestrel" in answer.answer


def test_a_denied_status_asks_for_the_party_without_it(session: Session) -> None:
    answer = session.ask("which coach operator didnt challenge the agcm decision")
    assert answer.kind == "entity"
    assert "Vireo" in answer.answer


def test_every_input_the_user_gives_is_cited_where_the_sources_state_it(
    session: Session,
) -> None:
    answer = session.ask("At €20,000 a day, how many days does €1.4m cover?")
    assert isinstance(answer.value, NumberValue) and answer.value.number == 70
    assert any("€1,400,000" in c.quote for c in answer.citations)
