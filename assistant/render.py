"""Answers as plain text for a terminal, or as the JSON object of DESIGN.md.

Article text is untrusted: it may carry terminal escape sequences or other control
characters. Both renderings show them as visible escapes, never as raw bytes a terminal
would act on.
"""

from __future__ import annotations

import json
import re
import textwrap
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the TUI draws its first frame before pydantic is imported
    from .models import Answer, Citation

# C0 controls except tab and newline, DEL, and C1 controls (U+0080-U+009F; U+009B is CSI).
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Bidirectional overrides and isolates can reorder what a reader sees (Trojan Source).
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")


def safe_text(text: str) -> str:
    text = _UNSAFE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
    return _BIDI.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def to_json(answer: Answer) -> str:
    return safe_json(json.dumps(answer.to_json(), ensure_ascii=False, indent=2))


def safe_json(text: str) -> str:
    """JSON text that a terminal shows literally: json.dumps escapes C0 controls itself;
    DEL, C1 and bidi controls are escaped too (still valid JSON, the same strings)."""
    return re.sub(
        r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069]", lambda m: f"\\u{ord(m.group()):04x}", text
    )


def citation_line(citation: Citation) -> str:
    parts = [
        citation.outlet or "unknown outlet",
        citation.published or "undated",
        citation.article_id,
    ]
    return " · ".join(safe_text(p) for p in parts) + f" · chars {citation.start}–{citation.end}"


def to_text(answer: Answer, width: int = 100) -> str:
    lines = [safe_text(answer.answer), ""]
    if answer.calculation:
        lines.append(f"Working: {safe_text(answer.calculation.formula)}")
        lines.extend(
            f"  {i}. {safe_text(step)}" for i, step in enumerate(answer.calculation.steps, 1)
        )
        lines.append("")
    for conflict in answer.conflicts:
        lines.append(f"Sources disagree: {safe_text(conflict.claim)} [{conflict.citation}]")
    if answer.conflicts:
        lines.append("")
    for citation in answer.citations:
        quote = " ".join(citation.quote.split())
        wrapped = textwrap.wrap(f"“{safe_text(quote)}”", width=width - 5) or [""]
        lines.append(f"[{citation.n}] " + wrapped[0])
        lines.extend("    " + line for line in wrapped[1:])
        lines.append("    " + citation_line(citation))
    if answer.as_of and answer.found:
        lines.append("")
        lines.append(f"Sources as of {answer.as_of}.")
    return "\n".join(lines).rstrip() + "\n"
