"""Questions as wire readers ask them, over invented wire stories from regulators the
dev sets never had (Kenya's CA, Peru's Indecopi, the Philippines' NPC, Malaysia's MyCC,
Sri Lanka's SEC, Chile's CMF, Zambia's ZICTA, Mexico's IFT, Bangladesh Bank):

- the penalty asked with the verbs wire copy uses ("slap X with", "hit with");
- a regulator asked by an acronym several countries' regulators share ("the SEC"), which
  the story gives its own regulator ("… of Sri Lanka (SEC)");
- "who" as the subject of a party's step ("who appealed", "who paid") or of what only a
  court does ("who quashed"); "who was fined" not answered with the party spared;
- the date of the second of two steps ("when was the penalty quashed / confirmed", "when did
  it revoke the concession") rather than the first's;
- whether a fine "survived" a court challenge; a question about a regulator's own step not
  answered from another regulator's story; a company's chief executive asked "the ceo of X";
- a sum over "the three banks" whose fines are listed without dates, asked as "sum of";
- a misspelt word corrected to the word the sources write, not to its stem.

The articles are in tests/fixtures/wire_phrasings; the real index build and engine answer.
"""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from assistant.models import DateValue, MoneyValue
from assistant.session import Session

from .conftest import indexed_session

ARTICLES = Path(__file__).parent / "fixtures" / "wire_phrasings"


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("wire-phrasings-corpus")
    for path in ARTICLES.glob("*.md"):
        shutil.copy2(path, corpus / path.name)
    return indexed_session(corpus, tmp_path_factory.mktemp("wire-phrasings-index"))


def _money(answer) -> tuple[Decimal, str] | None:
    if isinstance(answer.value, MoneyValue):
        return answer.value.amount, answer.value.currency
    return None


@pytest.mark.parametrize(
    ("question", "amount", "currency"),
    [
        ("what did the kenyan regulator slap tembo telecom with", "15000000", "KES"),
        ("what was pesonow hit with by the philippine privacy regulator", "3000000", "PHP"),
    ],
)
def test_the_penalty_asked_with_wire_verbs(
    session: Session, question: str, amount: str, currency: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "amount"
    assert _money(answer) == (Decimal(amount), currency)


def test_an_acronym_several_regulators_share_is_the_one_the_story_introduces(
    session: Session,
) -> None:
    answer = session.ask("how much did the SEC slap lotus equities with")
    assert _money(answer) == (Decimal("5000000"), "LKR")
    total = session.ask("how much did the SEC fine the two brokers altogether")
    assert _money(total) == (Decimal("7000000"), "LKR")


def test_who_took_a_step_is_the_party_or_court_reported_taking_it(session: Session) -> None:
    answer = session.ask("who appealed the CA's SIM card fines")
    assert answer.kind == "entity"
    assert "Savanna Mobile" in answer.answer
    assert "Communications Authority" not in answer.answer.split("[")[0]
    assert "Tembo Telecom" in session.ask("who paid the CA fine").answer
    quashed = session.ask("who quashed the chongwe cellular fine")
    assert "High Court" in quashed.answer
    assert "ZICTA" not in quashed.answer.split(".")[0]


@pytest.mark.parametrize(
    ("question", "day"),
    [
        ("when was chongwe cellular's penalty quashed", "2025-08-18"),
        ("when was the andes sky penalty confirmed", "2025-09-02"),
        ("when did the mexican regulator revoke telecable's concession", "2025-08-20"),
    ],
)
def test_the_date_of_the_later_step_asked(session: Session, question: str, day: str) -> None:
    answer = session.ask(question)
    assert isinstance(answer.value, DateValue)
    assert answer.value.date == day


def test_a_fine_a_court_quashed_did_not_survive_the_challenge(session: Session) -> None:
    answer = session.ask("did the zambian regulator's fine on chongwe survive the court challenge?")
    assert answer.verdict == "no"


def test_a_regulators_own_step_is_not_read_from_another_regulators_story(
    session: Session,
) -> None:
    answer = session.ask("has zicta appealed the ruling")
    assert answer.verdict != "yes"
    assert not any("Andes Sky" in c.quote for c in answer.citations[:1])


def test_who_was_fined_lists_the_parties_fined_not_the_one_spared(session: Session) -> None:
    answer = session.ask("who was fined by the mycc")
    assert "Seri Gandum" in answer.answer
    assert "Tanjung" not in answer.answer


def test_a_word_capitalised_only_in_a_regulators_name_names_no_party(session: Session) -> None:
    answer = session.ask("who got slapped with a fine by the malaysian competition watchdog")
    assert answer.kind == "entity"
    assert "Seri Gandum" in answer.answer


def test_the_chief_executive_of_a_company_is_not_the_company(session: Session) -> None:
    answer = session.ask("how much was the ceo of cordillera valores fined")
    assert answer.kind == "not_found"
    assert "CLF" not in answer.answer.split("Nearest")[0]


def test_fines_listed_without_dates_belong_to_the_one_decision(session: Session) -> None:
    answer = session.ask("how much were the three banks fined altogether")
    assert _money(answer) == (Decimal("10000000"), "BDT")
    summed = session.ask("sum of the fines on the three banks")
    assert summed.kind == "calculation"
    assert _money(summed) == (Decimal("10000000"), "BDT")


def test_a_misspelt_word_is_corrected_to_the_word_written(session: Session) -> None:
    answer = session.ask("when was the chongwe cellular fine quashd")
    assert isinstance(answer.value, DateValue)
    assert answer.value.date == "2025-08-18"


def test_an_amparo_is_a_challenge(session: Session) -> None:
    answer = session.ask("has telecable challenged the revocation")
    assert answer.verdict == "yes"


def test_a_name_the_sources_never_use_is_not_a_misspelt_word(session: Session) -> None:
    answer = session.ask("how much did the kenyan regulator fine airtel")
    assert answer.kind == "not_found"
    assert "airtel" in answer.answer


def test_a_sum_to_repay_is_not_the_fine_beside_it(session: Session) -> None:
    answer = session.ask("how much was lotus equities ordered to repay its clients")
    assert answer.kind == "not_found"


def test_a_yes_no_with_wire_verbs_and_a_lower_case_party(session: Session) -> None:
    assert session.ask("did the sri lankan sec slap lotus equities with a fine").verdict == "yes"
    assert session.ask("did the ncc fine delta wave").verdict == "yes"
    # Nigeria's NCC (an acronym the data leaves out) fined Delta Wave, not Tembo Telecom
    assert session.ask("did the ncc fine tembo telecom").verdict != "yes"
    assert (
        "Malaysia Competition Commission"
        in session.ask("who hit pelangi flour with a penalty").answer
    )


def test_an_everyday_word_in_a_party_name_is_no_regulators_acronym(session: Session) -> None:
    # "mart" is also Belarus's competition ministry (MART) in the data
    for question in (
        "what was mombasa mega mart fined",
        "how much did the cak fine mombasa mega mart",
    ):
        assert _money(session.ask(question)) == (Decimal("12000000"), "KES")


def test_a_party_of_another_years_action_does_not_answer(session: Session) -> None:
    answer = session.ask("which ghanaian operator did the NCA fine in 2024")
    assert answer.kind == "not_found"
    # nor the regulator the question names
    assert not answer.answer.startswith("National Communications Authority")


def test_an_appeal_dropped_is_no_appeal_under_way(session: Session) -> None:
    answer = session.ask("is pearl waves still appealing?")
    assert answer.verdict == "no"
