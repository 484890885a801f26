"""money's `_chosen`, kept per text, gives what reading the text afresh gives."""

from __future__ import annotations

from pathlib import Path

from assistant import money

_CORPUS = sorted(Path(__file__).resolve().parents[1].joinpath("corpus").glob("*.md"))[:30]


def test_kept_amounts_are_read_afresh() -> None:
    for path in _CORPUS:
        body = path.read_text(encoding="utf-8")
        for text in (body, *body.split(". ")):
            assert list(money._chosen(text)) == money._chosen_afresh(text)
            assert list(money._chosen(text)) == money._chosen_afresh(text)  # kept
