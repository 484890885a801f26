"""Retrieval quality over a question set: recall@k and MRR, per retrieval mode.

A case is a question, the article that answers it and a phrase from the answering sentence;
it is found at rank r when the r-th evidence span contains the phrase (white space and case
ignored). The span may come from another article only if that article carries the very same
words (syndicated copy: a summary quoting the original verbatim).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
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
