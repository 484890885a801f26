"""Turn evidence into an `Answer`: numbered citations whose quotes are exact article spans."""

from __future__ import annotations

from collections.abc import Sequence

from .models import Answer, Citation
from .retrieve import Evidence
from .store import IndexReader


def cite(
    evidence: Sequence[Evidence], reader: IndexReader, bodies: dict[str, str] | None = None
) -> list[Citation]:
    citations = []
    for n, item in enumerate(evidence, start=1):
        meta = reader.article_meta(item.article_id)
        body = (
            bodies[item.article_id]
            if bodies and item.article_id in bodies
            else reader.article_body(item.article_id)
        )
        citations.append(
            Citation(
                n=n,
                article_id=item.article_id,
                title=meta.title,
                outlet=meta.outlet,
                published=meta.published,
                url=meta.url,
                start=item.start,
                end=item.end,
                quote=body[item.start : item.end],
            )
        )
    return citations


def newest_date(citations: Sequence[Citation]) -> str | None:
    """The latest publication date among the cited sources ("2022-10" sorts before "2022-10-20")."""
    dates = [c.published for c in citations if c.published]
    return max(dates, key=lambda d: d + "-00" * (2 - d.count("-")), default=None)


def passage_answer(question: str, citations: list[Citation]) -> Answer:
    """The best evidence, quoted. (The answer engine replaces this for questions it can answer.)"""
    if not citations:
        return Answer(
            question=question,
            kind="not_found",
            found=False,
            answer="The sources don't say: no passage in the corpus matches this question.",
        )
    markers = "".join(f"[{c.n}]" for c in citations[1:])
    lead = " ".join(citations[0].quote.split())
    text = f"“{lead}” [1]"
    if markers:
        text += f"\n\nSee also {markers}."
    return Answer(
        question=question,
        kind="passage",
        found=True,
        answer=text,
        citations=citations,
        as_of=newest_date(citations),
    )
