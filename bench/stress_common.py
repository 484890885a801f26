"""Shared by the stress scripts (bench/stress_*.py, `make stress`): folders, the CLI in a
subprocess, memory readings and tables. The checks themselves are tests/reliability_helpers.py,
the same ones the test suite uses."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

WORK = Path(os.environ.get("STRESS_DIR", "/tmp/enforcement-desk-stress"))
SEED_CORPUS = ROOT / "corpus"
PYTHON = sys.executable

QUESTIONS = [
    "has Clearview paid the Italian fine?",
    "How much was the CNIL fine in October 2022?",
    "When did the CNIL impose the overdue penalty payment?",
    "How many days of non-compliance does €5.2M cover?",
    "Which US agency is the CNIL working with?",
    "what is the most a GDPR fine could be for a €1bn company?",
    "Did Clearview appeal?",
    "How much was the UK fine against Clearview?",
]

REGULATORS = ["CNIL", "Garante", "ICO", "AEPD", "Dutch AP", "Hellenic DPA", "Irish DPC"]
COMPANIES = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne"]


def fresh(name: str) -> Path:
    folder = WORK / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def seed_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for path in SEED_CORPUS.glob("*.md"):
        shutil.copy2(path, folder / path.name)
    return folder


def filler_article(
    folder: Path, n: int, sentences: int = 40, rng: random.Random | None = None
) -> Path:
    """A plausible enforcement article of about `sentences` sentences."""
    rng = rng or random.Random(n)
    lines = []
    for i in range(sentences):
        regulator, company = rng.choice(REGULATORS), rng.choice(COMPANIES)
        lines.append(
            f"The {regulator} fined {company} {n} €{rng.randint(1, 900)} million on "
            f"{rng.randint(1, 28)} May 20{rng.randint(10, 24)} for breach number {i}."
        )
    path = folder / f"2024-01-{n % 28 + 1:02d}-filler-{n}.md"
    path.write_text(
        f"---\ntitle: Filler {n}\noutlet: Stress Wire\npublished: '2024-01-{n % 28 + 1:02d}'\n---\n"
        + " ".join(lines)
        + "\n",
        encoding="utf-8",
    )
    return path


def folders(corpus: Path, index: Path) -> list[str]:
    return ["--corpus", str(corpus), "--index", str(index)]


def assistant(*args: str, timeout: float = 1800, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PYTHON, "-m", "assistant", *args],
        capture_output=True,
        text=True,
        env=os.environ,
        timeout=timeout,
        **kwargs,
    )


def popen(*args: str, **kwargs) -> subprocess.Popen[str]:
    kwargs.setdefault("stdout", subprocess.PIPE)
    kwargs.setdefault("stderr", subprocess.PIPE)
    return subprocess.Popen([PYTHON, "-m", "assistant", *args], text=True, env=os.environ, **kwargs)


def rss_mb(pid: int | str = "self") -> float:
    """Resident memory now (not the peak), from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    cells = [[str(h) for h in headers], *[[_cell(v) for v in row] for row in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cells[0], widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells[1:]]
    return "\n".join(lines)


def _cell(value: object) -> str:
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def load_note() -> str:
    one, five, _ = os.getloadavg()
    return f"{os.cpu_count()} CPUs, load average {one:.1f} (1 min) {five:.1f} (5 min)"
