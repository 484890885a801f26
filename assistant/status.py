"""`assistant status`: where things are, how big, whether the index is stale or damaged, and
which articles carry the same text under different ids."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from .config import Settings
from .embed import DIMENSION, MODEL_NAME
from .errors import CorpusError, IndexError_
from .manifest import read_manifest
from .session import check_freshness
from .store import DB_NAME, IndexReader


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
    try:  # the whole manifest: the report counts articles and lists skipped files
        manifest = read_manifest(settings.index_dir) if freshness.manifest else None
    except IndexError_:
        manifest = None
    if manifest is not None:
        report.update(
            generation=manifest.generation,
            built_at=manifest.built_at,
            articles=len(manifest.articles),
            chunks=manifest.chunks,
            sentences=manifest.sentences,
            vector_index=manifest.vector_index.get("type"),
            skipped={name: entry.error for name, entry in manifest.skipped.items()},
            duplicates=duplicate_groups(settings.index_dir),
        )
    report["state"] = "up to date" if freshness.fresh else "stale"
    if not freshness.fresh:
        report["problem"] = freshness.stale_because
    elif manifest is not None:
        damage = _damage(settings.index_dir)  # checksums, SQLite, vector count
        if damage:
            report.update(state="damaged", problem=damage)
    return report


def _damage(index_dir: Path) -> str | None:
    try:
        IndexReader(index_dir).close()
    except IndexError_ as exc:
        return str(exc)
    return None


def duplicate_groups(index_dir: Path) -> list[list[str]]:
    """Article ids whose bodies are identical, one list per text. All are kept and indexed;
    they are flagged because a story saved twice counts as two sources in answers."""
    try:
        manifest = read_manifest(index_dir)
    except IndexError_:
        return []
    if manifest is None or len(manifest.articles) < 2:
        return []
    database = (index_dir / manifest.generation / DB_NAME).resolve()
    try:
        db = sqlite3.connect(f"{database.as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            rows = db.execute(
                "SELECT group_concat(id, char(10)) FROM articles GROUP BY body HAVING count(*) > 1"
            ).fetchall()
        finally:
            db.close()
    except sqlite3.DatabaseError:
        return []  # a damaged index is reported as such, not here
    return sorted(sorted(row[0].split("\n")) for row in rows)


def to_lines(report: dict[str, Any]) -> list[str]:
    lines = [f"corpus   {report['corpus']}", f"index    {report['index']}"]
    if "generation" in report:
        lines.append(
            f"         {report['articles']} articles, {report['chunks']} chunks, "
            f"{report['sentences']} sentences ({report['generation']}, built {report['built_at']})"
        )
    lines.append(f"model    {report['model']} ({report['dimension']} dimensions)")
    state = report["state"]
    if state == "damaged":
        state += f": {report['problem']} — run `assistant index --rebuild`"
    elif state != "up to date":
        state += f": {report['problem']} — run `assistant index`"
    lines.append(f"state    {state}")
    for name, error in (report.get("skipped") or {}).items():
        lines.append(f"skipped  {name}: {error}")
    for group in report.get("duplicates") or []:
        lines.append(
            f"same     {' = '.join(group)}: the same text under {len(group)} ids (all kept)"
        )
    return lines
