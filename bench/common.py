"""Shared by the benchmarks: paths, synthetic indexes, the sampled encoder, tables, memory."""

from __future__ import annotations

import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import time
import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from assistant.config import Settings  # noqa: E402
from assistant.embed import DIMENSION, Encoder, Passage  # noqa: E402

# Where synthetic corpora and their indexes are kept between runs (rebuilt when missing).
WORK = Path(os.environ.get("BENCH_DIR", "/tmp/enforcement-desk-bench"))
SEED_QUESTIONS = [
    "has Clearview paid the Italian fine?",
    "How much was the CNIL fine in October 2022?",
    "When did the CNIL impose the overdue penalty payment?",
    "How many days of non-compliance does €5.2M cover?",
    "Which US agency is the CNIL working with?",
    "what is the most a GDPR fine could be for a €1bn company?",
    "Did Clearview appeal?",
    "How much was the UK fine?",
]
SYNTHETIC_QUESTIONS = [
    "How much did IMY fine Telnet?",
    "Has Coballytics paid the fine?",
    "Which company was ordered to pay by the Garante?",
    "When did the CNIL sanction Quanlink?",
    "What penalty payment per day did the AEPD attach to the order?",
    "Did Velbanc appeal the decision?",
    "How much was the settlement with Brightcore?",
    "Was the fine on Orbdata upheld on appeal?",
]


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    load = os.getloadavg()[0]
    return (
        f"{os.cpu_count()} cores ({cpu}), {ram:.0f} GiB RAM, Python {platform.python_version()},"
        f" load average {load:.1f} at start"
    )


def table(headers: Sequence[str], rows: Sequence[Sequence[object]], title: str = "") -> str:
    cells = [[str(c) for c in row] for row in rows]
    widths = [
        max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)
    ]
    lines = [f"\n{title}"] if title else []
    lines.append("| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |")
    lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in cells:
        lines.append("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
    return "\n".join(lines)


def percentile(values: Sequence[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def peak_rss_mb() -> float:
    """This process's peak resident set size (ru_maxrss is in KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class TimedOut(RuntimeError):
    pass


def run_measured(
    args: Sequence[str],
    env: dict[str, str] | None = None,
    timeout: float | None = None,
    cpu: list[float] | None = None,
) -> tuple[float, float, str]:
    """Run a command as a new process: (wall seconds, its own peak RSS in MB, stdout).
    Its CPU seconds (user + system) are appended to `cpu` when given: on a shared machine
    they show what the process itself cost, whatever else was running.
    Raises TimedOut (after killing it) when it runs longer than `timeout` seconds."""
    import tempfile

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            list(args),
            stdout=out,
            stderr=err,
            # The checkout this benchmark belongs to, whatever is installed in the venv.
            env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
            cwd=ROOT,
        )
        while True:
            pid, status, usage = os.wait4(process.pid, 0 if timeout is None else os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - started > timeout:
                process.kill()
                os.wait4(process.pid, 0)
                raise TimedOut(f"no answer within {timeout:.0f} s")
            time.sleep(0.01)
        wall = time.perf_counter() - started
        if cpu is not None:
            cpu.append(usage.ru_utime + usage.ru_stime)
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if process.returncode != 0:
            raise RuntimeError(
                f"{' '.join(args)} failed ({process.returncode}): {err.read().decode()[-800:]}"
            )
        return wall, usage.ru_maxrss / 1024, out.read().decode()


class SampledEncoder:
    """The real encoder for the first `real_budget` passages; after that, vectors derived
    from the real ones (labelled "sampled" in every table that uses it).

    A derived passage vector is the real vector of a sampled passage (picked by a hash of the
    text) plus Gaussian noise (sigma 0.025 per dimension: cosine ~0.9 to its source), then
    normalised; its sentence vectors are that vector plus the same noise again. The index
    thus has the clustered geometry of real embeddings (which matters to HNSW recall), at
    the size being measured, without the hours the real model would take at 100k chunks.
    """

    def __init__(self, encoder: Encoder, real_budget: int, seed: int = 0) -> None:
        self.encoder = encoder
        self.word_pieces = encoder.word_pieces
        self.real_budget = real_budget
        self.bank: list[np.ndarray] = []
        self.real = 0
        self.derived = 0
        self.real_seconds = 0.0
        self.rng = np.random.default_rng(seed)

    def encode_passages(
        self, passages: Sequence[Passage], batch_size: int = 16, progress=None, should_stop=None
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        n_real = max(0, min(len(passages), self.real_budget - self.real))
        vectors = np.zeros((len(passages), DIMENSION), np.float32)
        segments: list[np.ndarray] = []
        if n_real:
            started = time.perf_counter()
            real, real_segments = self.encoder.encode_passages(
                passages[:n_real], batch_size=batch_size, progress=progress, should_stop=should_stop
            )
            self.real_seconds += time.perf_counter() - started
            vectors[:n_real] = real
            segments.extend(real_segments)
            self.bank.extend(real)
            self.real += n_real
        for i, passage in enumerate(passages[n_real:], start=n_real):
            if not self.bank:
                raise RuntimeError("SampledEncoder needs real_budget >= 1")
            source = self.bank[zlib.crc32(passage.text.encode()) % len(self.bank)]
            vectors[i] = _unit(source + self.rng.normal(0, 0.025, DIMENSION))
            segments.append(
                np.stack(
                    [
                        _unit(vectors[i] + self.rng.normal(0, 0.025, DIMENSION))
                        for _ in passage.segments
                    ]
                )
                if passage.segments
                else np.zeros((0, DIMENSION), np.float32)
            )
        self.derived += len(passages) - n_real
        if progress is not None and len(passages) > n_real:
            progress(len(passages) - n_real)
        return vectors, segments


def _unit(v: np.ndarray) -> np.ndarray:
    return (v / np.linalg.norm(v)).astype(np.float32)


def load_real_encoder() -> Encoder:
    from assistant.embed import load_encoder

    return load_encoder(Settings.load().cache_dir)


# Real vectors in a synthetic index built when none exists and the caller names no number.
DEFAULT_REAL = 200
REAL_HELP = (
    "real vectors per synthetic index (default: reuse the index already built, whatever its "
    f"number; else build one with {DEFAULT_REAL}). A number that differs from the built "
    "index's rebuilds it: at 100k chunks that is ~15 minutes"
)


def synthetic_index(
    chunks: int, real_budget: int | None = None, note=print
) -> tuple[Settings, dict]:
    """A synthetic corpus of about `chunks` chunks and its index, built once and reused.

    An index already built is reused unless the caller asks for another number of real
    vectors (a benchmark's default must not silently throw away a 100k build made with
    another one).

    The build runs as its own process (`python bench/common.py CHUNKS REAL`), so its wall
    time and peak RSS are its own. Returns the settings and the build's record: seconds,
    peak RSS, chunks, articles, real and sampled vector counts.
    """
    folder = WORK / f"syn-{chunks}"
    settings = Settings.load(corpus=folder / "corpus", index=folder / "index")
    marker = folder / "build.json"
    if marker.is_file() and (folder / "index" / "manifest.json").is_file():
        info = json.loads(marker.read_text())
        if real_budget is None or info.get("real_budget") == real_budget:
            return settings, info
        note(
            f"the {chunks:,}-chunk synthetic index was built with {info.get('real_budget')} "
            f"real vectors; rebuilding it with {real_budget} as asked"
        )
    if real_budget is None:
        real_budget = DEFAULT_REAL
    shutil.rmtree(folder, ignore_errors=True)
    note(
        f"building the {chunks:,}-chunk synthetic index ({real_budget} real vectors, rest sampled)…"
    )
    wall, rss, out = run_measured(
        [sys.executable, str(Path(__file__)), str(chunks), str(real_budget)]
    )
    info = {**json.loads(out.strip().splitlines()[-1]), "wall": wall, "peak_rss_mb": rss}
    marker.write_text(json.dumps(info))
    return settings, info


def _build_synthetic(chunks: int, real_budget: int) -> None:
    from synthetic import articles_for, write_corpus

    from assistant.indexer import update_index

    folder = WORK / f"syn-{chunks}"
    settings = Settings.load(corpus=folder / "corpus", index=folder / "index")
    write_corpus(settings.corpus_dir, articles_for(chunks))
    sampled = SampledEncoder(load_real_encoder(), real_budget)
    started = time.perf_counter()
    summary = update_index(settings, get_encoder=lambda: sampled)
    print(
        json.dumps(
            {
                "seconds": time.perf_counter() - started,
                "chunks": summary.chunks,
                "articles": summary.articles,
                "real_budget": real_budget,
                "real": sampled.real,
                "sampled": sampled.derived,
                "real_seconds": sampled.real_seconds,
            }
        )
    )


if __name__ == "__main__":
    _build_synthetic(int(sys.argv[1]), int(sys.argv[2]))
