"""Retrieval quality over a question set: recall@k and MRR, per retrieval mode.

A case is a question, the article that answers it and a phrase from the answering sentence;
it is found at rank r when the r-th evidence span contains the phrase (white space and case
ignored). The span may come from another article only if that article carries the very same
words (syndicated copy: a summary quoting the original verbatim).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from .retrieve import Mode, Retriever


@dataclass(frozen=True)
class RetrievalCase:
    question: str
    article_id: str
    phrase: str


@dataclass
class RetrievalScore:
    mode: str
    cases: int
    recall: float  # share of cases found in the top k
    mrr: float  # mean of 1/rank (0 when not found)
    misses: list[RetrievalCase]


def load_cases(path: Path) -> list[RetrievalCase]:
    with open(path, encoding="utf-8") as handle:
        return [RetrievalCase(**json.loads(line)) for line in handle if line.strip()]


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def score_retrieval(
    retriever: Retriever, cases: list[RetrievalCase], mode: Mode, k: int = 5
) -> RetrievalScore:
    found = 0
    reciprocal = 0.0
    misses = []
    for case in cases:
        evidence = retriever.search(case.question, k=k, mode=mode)
        rank = next(
            (
                r
                for r, e in enumerate(evidence, start=1)
                if _norm(case.phrase) in _norm(retriever.body(e.article_id)[e.start : e.end])
            ),
            None,
        )
        if rank is None:
            misses.append(case)
        else:
            found += 1
            reciprocal += 1.0 / rank
    n = max(len(cases), 1)
    return RetrievalScore(mode, len(cases), found / n, reciprocal / n, misses)


# --- Answers ------------------------------------------------------------------------------

# Kinds that answer with the same value: a count a calculation produced is still the count.
_SAME_KIND = [{"count", "calculation"}, {"amount", "calculation"}, {"date", "calculation"}]


@dataclass
class AnswerCase:
    id: str
    question: str
    kind: str
    found: bool
    verdict: str | None = None
    value: dict | None = None
    cite: str | None = None
    history: list[str] | None = None
    note: str | None = None


@dataclass
class AnswerResult:
    case: AnswerCase
    problems: list[str]
    answer: str

    @property
    def passed(self) -> bool:
        return not self.problems


def load_answer_cases(path: Path) -> list[AnswerCase]:
    cases = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                data = json.loads(line)
                data.setdefault("id", f"line-{number}")
                cases.append(
                    AnswerCase(
                        **{k: v for k, v in data.items() if k in AnswerCase.__dataclass_fields__}
                    )
                )
    return cases


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("“", '"').replace("”", '"').split()).casefold()


def _as_answered(value: dict, got: dict) -> dict:
    """A sum of money a question file writes as a number with its currency for unit
    ({"number": 1050000, "unit": "USD"}) is the money value {"amount", "currency"} answers
    carry: the same value, written the other way."""
    unit = value.get("unit")
    money = isinstance(unit, str) and re.fullmatch(r"[A-Z]{3}", unit)
    if "number" in value and money and "amount" in got:
        return {"amount": value["number"], "currency": unit}
    return value


def _same_number(got: Decimal, expected: Decimal, unit: str | None) -> bool:
    """Equal, or for a percentage the same value as far as both roundings tell, but never
    judged coarser than one decimal place: question writers round a share to two places
    ("42.22") or one ("81.5") and the answer shows one place above 10% (three significant
    figures below). Each rounded figure stands for the values that round to it (42.2 for
    42.15–42.25, 42.22 for 42.215–42.225); they agree when those ranges meet. So 42.2
    answers 42.22, and 33.3 answers 33.35 (both 33.3495 rounded; rounding 33.35 again to
    one place would give 33.4) — but 26.4 does not answer 26. Sums of money and counts must
    be exact."""
    if got == expected:
        return True
    if unit != "percent":
        return False

    def half_step(value: Decimal) -> Decimal:
        return Decimal(5).scaleb(-max(1, -value.as_tuple().exponent) - 1)

    return abs(got - expected) <= half_step(got) + half_step(expected)


def check_answer(case: AnswerCase, answer) -> list[str]:
    problems = []
    if answer.found != case.found:
        problems.append(f"found {answer.found}, expected {case.found}")
    kinds_match = answer.kind == case.kind or any(
        {answer.kind, case.kind} <= same for same in _SAME_KIND
    )
    if case.kind != "passage" and not kinds_match:
        problems.append(f"kind {answer.kind}, expected {case.kind}")
    if case.verdict and answer.verdict != case.verdict:
        problems.append(f"verdict {answer.verdict}, expected {case.verdict}")
    if case.value:
        got = answer.value.model_dump() if answer.value is not None else {}
        for key, expected in _as_answered(case.value, got).items():
            if key == "entity":
                if _fold(expected) not in _fold(answer.answer):
                    problems.append(f"answer lacks {expected!r}")
            elif key in {"amount", "number"}:
                if got.get(key) is None or not _same_number(
                    Decimal(str(got[key])), Decimal(str(expected)), case.value.get("unit")
                ):
                    problems.append(f"{key} {got.get(key)}, expected {expected}")
            elif (key == "currency" or key == "date") and got.get(key) != expected:
                problems.append(f"{key} {got.get(key)}, expected {expected}")
    if case.cite and not any(_fold(case.cite) in _fold(c.quote) for c in answer.citations):
        problems.append(f"no citation contains {case.cite!r}")
    return problems


def run_answers(ask, cases: list[AnswerCase]) -> list[AnswerResult]:
    results = []
    for case in cases:
        try:
            answer = ask(case.question, case.history or [])
        except Exception as exc:
            results.append(AnswerResult(case, [f"error: {type(exc).__name__}: {exc}"], ""))
            continue
        results.append(AnswerResult(case, check_answer(case, answer), answer.answer))
    return results


def summarise(results: list[AnswerResult]) -> str:
    lines = []
    for result in results:
        mark = "PASS" if result.passed else "FAIL"
        lines.append(f"{mark} {result.case.id:<8} {result.case.kind:<11} {result.case.question}")
        for problem in result.problems:
            lines.append(f"       {problem}")
    by_kind: dict[str, list[bool]] = {}
    for result in results:
        by_kind.setdefault(result.case.kind, []).append(result.passed)
    lines.append("")
    for kind, passed in sorted(by_kind.items()):
        lines.append(f"{kind:<12} {sum(passed):>3}/{len(passed):<3}")
    total = sum(r.passed for r in results)
    lines.append(
        f"{'total':<12} {total:>3}/{len(results):<3} ({100 * total / max(len(results), 1):.1f}%)"
    )
    return "\n".join(lines)
