"""Answers to the ways users ask that blind set 14 showed failing, on articles written for
this test (invented companies and people, real kinds of regulator and court):

- a company and its director sanctioned in one story, and the question asks for the person by
  the role the story gives them ("X's director", "the X director", "its CEO"): the person's
  sanction, not the company's;
- what a daily penalty had run up to "by end of october", typed in lower case without a
  year: the source's own count of days to that date ("By 30 November it had been running
  for 38 days") times the daily rate, or the days from the start the source states;
- "the total money sanctions in the X matter incl. Y's settlement": every party's penalty in
  the decision, also the one listed under it with no regulator or date of its own;
- an amount the lead rounds ("12.4 million euros") and a later sentence gives exactly: the
  exact figure answered, and the sentence that writes it cited;
- and the date the answer gives, from a later sentence than the lead's, is cited there;
- "which regulator fined X?" when the lead calls it "a Spanish data protection regulator" and
  names it further down: the name the story gives, cited where it gives it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.session import Session

from .conftest import cites, indexed_session, write_article

QUARRY = """DUNEDIN, Sept 3 (Test Wire) - Otago Aggregates Ltd was fined $195,000 in the Dunedin District Court on Tuesday after a contractor was crushed under a loader at its Waitati quarry.

The company's managing director, Rhona Keddell, was fined $22,500 for failing to ensure the quarry's traffic plan was followed.

Both had admitted the charges brought by WorkSafe New Zealand in April.
"""

BROKER = """SINGAPORE, Jan 21 (Test Wire) - The Monetary Authority of Singapore said on Tuesday it had imposed a civil penalty of S$1.2 million on Lumen Crest Securities Pte Ltd over failures in its anti-money-laundering controls.

Lumen Crest's former chief executive, Daniel Oyelaran, agreed to pay a civil penalty of S$90,000 and was barred from acting as a director for five years.
"""

WATER = """JOHANNESBURG, Dec 9 (Test Wire) - South Africa's energy regulator NERSA fined Highveld Water Utilities R25,000 a day on October 1 for each day of delay in filing its tariff application after a 21-day grace period.

By November 30 it had been running for 38 days, the regulator said, and the utility had paid none of it.
"""

MILL = """VILNIUS, Sept 2 (Test Wire) - The State Labour Inspectorate imposed a daily fine of EUR 800 on the sawmill operator Nemunas Mediena UAB, payable for each day from 1 August 2026 until it fits guards to its band saws, up to a maximum of EUR 60,000.
"""

PANEL = """**Enforcement Update | Ontario**

On March 3, 2025, a panel of the Ontario Securities Commission (OSC) issued its sanctions decision in the Lakeshore Yield Partners matter, after finding that the firm and its president sold unregistered notes to retail investors.

The panel ordered:

- **Lakeshore Yield Partners Inc.** to pay an administrative penalty of $700,000 and permanently cease trading in securities;
- **Aurelio Vance** to pay an administrative penalty of $325,000 and be permanently banned from acting as a director or officer of any issuer.

Both respondents were also ordered to pay $60,000 of the costs of the investigation.

A third respondent, former sales manager Petra Ilves, settled with OSC Staff before the hearing. Under a settlement agreement approved by the Commission on November 12, 2024, Ms. Ilves agreed to pay $25,000.
"""

EXACT = """LISBON, June 4 (Test Wire) - Portugal's data protection authority, the CNPD, said on Wednesday it had fined the courier company Rota Expresso 12.4 million euros for tracking its drivers' locations outside working hours.

The authority said the tracking had gone on for three years and covered some 2,300 drivers.

The exact amount of the fine is 12,417,350.20 euros, the CNPD said.

The CNPD imposed the penalty in a decision adopted on May 20, 2025, after a two-year inquiry.
"""

GYM = """STUTTGART, Feb 11 (Test Wire) - A German data protection regulator said on Tuesday it had fined the gym chain Forma Viva 1.2 million euros for fingerprinting members at its entrances without offering another way in.

The North Rhine-Westphalia Commissioner for Data Protection and Freedom of Information (LDI NRW), which received 41 complaints from members, said the chain had kept the fingerprint templates for up to six years.

Forma Viva said it would appeal.
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    corpus = tmp_path_factory.mktemp("people-running-totals-corpus")
    write_article(
        corpus, "2025-09-03-otago-aggregates-fined-loader", QUARRY, published="2025-09-03"
    )
    write_article(corpus, "2025-01-21-mas-penalty-lumen-crest", BROKER, published="2025-01-21")
    write_article(
        corpus, "2025-12-09-regulator-daily-penalty-highveld", WATER, published="2025-12-09"
    )
    write_article(
        corpus, "2026-09-02-inspectorate-daily-fine-nemunas", MILL, published="2026-09-02"
    )
    write_article(corpus, "2025-02-11-ldi-fines-forma-viva", GYM, published="2025-02-11")
    write_article(corpus, "2025-06-04-cnpd-fines-rota-expresso", EXACT, published="2025-06-04")
    write_article(corpus, "2025-03-05-alert-osc-sanctions-lakeshore", PANEL, published="2025-03-05")
    return indexed_session(corpus, tmp_path_factory.mktemp("people-running-totals-index"))


@pytest.mark.parametrize(
    "question",
    [
        "what fine did the dunedin court give otago aggregates' director",
        "how much was the otago aggregates director fined",
        "otago aggregates managing director fine?",
    ],
)
def test_the_person_asked_for_by_role_is_answered_not_the_company(
    session: Session, question: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "amount", answer.answer
    assert answer.value.amount == 22_500, answer.answer
    assert cites(answer, "Rhona Keddell, was fined $22,500"), answer.answer


def test_a_former_chief_executive_asked_for_by_role(session: Session) -> None:
    answer = session.ask("what penalty did lumen crest's former chief executive agree to pay")
    assert answer.kind == "amount", answer.answer
    assert answer.value.amount == 90_000, answer.answer


@pytest.mark.parametrize(
    ("question", "history"),
    [
        # The story writes "former chief executive"; users type the initials.
        ("how much did lumen crest's ex ceo agree to pay", ()),
        (
            "and how much was the former ceo told to pay",
            ("how much did the mas fine lumen crest securities",),
        ),
    ],
)
def test_a_role_asked_by_its_initials_is_the_role_the_story_spells_out(
    session: Session, question: str, history: tuple[str, ...]
) -> None:
    answer = session.ask(question, history=history)
    assert answer.kind == "amount", answer.answer
    assert answer.value.amount == 90_000, answer.answer


def test_the_company_asked_for_is_still_the_company(session: Session) -> None:
    answer = session.ask("how much was otago aggregates fined")
    assert answer.value.amount == 195_000, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "how much had the daily penalty on highveld water racked up by end of november",
        "how much had highveld water's daily penalty run up to by 30 november",
    ],
)
def test_a_running_total_by_a_date_the_source_counts_days_to(
    session: Session, question: str
) -> None:
    answer = session.ask(question)
    assert answer.kind == "calculation", answer.answer
    assert answer.value.amount == 950_000, answer.answer  # 38 days x R25,000
    assert cites(answer, "running for 38 days"), answer.answer


def test_a_running_total_to_a_month_typed_in_lower_case(session: Session) -> None:
    """From the start the source states (1 August) to the month's end, both counted."""
    answer = session.ask(
        "how much will nemunas mediena's daily fine have run up to by end of august"
    )
    assert answer.kind == "calculation", answer.answer
    assert answer.value.amount == 24_800, answer.answer  # 31 days x EUR 800


def test_the_total_in_a_matter_is_every_partys_penalty(session: Session) -> None:
    answer = session.ask(
        "total money sanctions in the lakeshore yield matter incl. ilves's settlement (not costs)"
    )
    assert answer.kind == "calculation", answer.answer
    assert answer.value.amount == 1_050_000, answer.answer  # 700,000 + 325,000 + 25,000


def test_an_exact_figure_is_cited_where_it_is_written(session: Session) -> None:
    answer = session.ask("what was the exact amount of the cnpd's fine on rota expresso")
    assert answer.kind == "amount", answer.answer
    assert answer.value.amount == Decimal("12417350.20"), answer.answer
    assert cites(answer, "12,417,350.20 euros"), answer.answer


def test_a_regulator_the_lead_only_describes_is_answered_by_its_name(session: Session) -> None:
    answer = session.ask("which regulator fined forma viva over the fingerprinting")
    assert answer.kind == "entity", answer.answer
    assert answer.answer.startswith(
        "North Rhine-Westphalia Commissioner for Data Protection and Freedom of Information (LDI NRW)"
    ), answer.answer
    assert cites(answer, "Information (LDI NRW), which received"), answer.answer


def test_the_date_an_amount_answer_gives_is_cited_where_it_is_written(session: Session) -> None:
    answer = session.ask("rota expresso cnpd fine amount")
    assert answer.kind == "amount", answer.answer
    assert "20 May 2025" in answer.answer, answer.answer
    assert cites(answer, "decision adopted on May 20, 2025"), answer.answer
