"""`assistant status`: where things are, how big, and whether the index is stale."""

from __future__ import annotations

from typing import Any

from .config import Settings
from .embed import DIMENSION, MODEL_NAME
from .errors import CorpusError
from .session import check_freshness


def describe(settings: Settings) -> dict[str, Any]:
    report: dict[str, Any] = {
        "corpus": str(settings.corpus_dir),
        "index": str(settings.index_dir),
        "model": MODEL_NAME,
        "dimension": DIMENSION,
    }
    try:
        freshness = check_freshness(settings)
    except CorpusError as exc:
        report.update(state="corpus missing", problem=str(exc))
        return report
    manifest = freshness.manifest
    if manifest is not None:
        report.update(
            generation=manifest.generation,
            built_at=manifest.built_at,
            articles=len(manifest.articles),
            chunks=manifest.chunks,
            sentences=manifest.sentences,
            vector_index=manifest.vector_index.get("type"),
            skipped={name: entry.error for name, entry in manifest.skipped.items()},
        )
    report["state"] = "up to date" if freshness.fresh else "stale"
    if not freshness.fresh:
        report["problem"] = freshness.stale_because
    return report


def to_lines(report: dict[str, Any]) -> list[str]:
    lines = [f"corpus   {report['corpus']}", f"index    {report['index']}"]
    if "generation" in report:
        lines.append(
            f"         {report['articles']} articles, {report['chunks']} chunks, "
            f"{report['sentences']} sentences ({report['generation']}, built {report['built_at']})"
        )
    lines.append(f"model    {report['model']} ({report['dimension']} dimensions)")
    state = report["state"]
    if state != "up to date":
        state += f": {report['problem']} — run `assistant index`"
    lines.append(f"state    {state}")
    for name, error in (report.get("skipped") or {}).items():
        lines.append(f"skipped  {name}: {error}")
    return lines
