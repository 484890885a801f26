"""Recall@10 of the approximate vector index against exact search, per index size.

    .venv/bin/python bench/ann.py [--sizes 1000,10000] [--queries 200]

Queries are real encodings (the ONNX encoder) of article titles and questions from the
synthetic corpus. Exact = IndexFlatIP over the same vectors. Where an index is below the
threshold (it is exact already), the approximate index the production code would build at
30,001 vectors (IVF) is built from its vectors for comparison, and the table says so.
`--hnsw` adds HNSW (M=32) at several efSearch values: the alternative that was rejected.
"""

from __future__ import annotations

import argparse
import time

import numpy as np
from common import (
    REAL_HELP,
    SYNTHETIC_QUESTIONS,
    load_real_encoder,
    machine,
    synthetic_index,
    table,
)

from assistant.manifest import read_manifest
from assistant.store import (
    EXACT_MAX_VECTORS,
    VECTORS_NAME,
    build_vector_index,
    stored_vectors,
    vector_index_spec,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--real", type=int, default=None, help=REAL_HELP)
    parser.add_argument("--hnsw", action="store_true", help="also measure HNSW (rejected)")
    args = parser.parse_args()
    import faiss

    print(f"approximate vs exact search, top 10 · {machine()}")
    encoder = load_real_encoder()
    rows = []
    for size in args.sizes.split(","):
        settings, info = synthetic_index(int(size), args.real, note=print)
        manifest = read_manifest(settings.index_dir)
        stored = faiss.read_index(str(settings.index_dir / manifest.generation / VECTORS_NAME))
        ids, vectors = stored_vectors(stored)
        exact = faiss.IndexFlatIP(vectors.shape[1])
        exact.add(vectors)
        note = "production index"
        if manifest.vector_index["type"] == "IDMap2,Flat":
            started = time.perf_counter()
            approx = build_vector_index(ids, vectors, vector_index_spec(EXACT_MAX_VECTORS + 1))
            note = f"built for comparison in {time.perf_counter() - started:.1f} s (this size uses Flat)"
        else:
            approx = stored
            faiss.extract_index_ivf(approx).nprobe = manifest.vector_index["nprobe"]
        kind = f"IVF nlist={faiss.extract_index_ivf(approx).nlist} nprobe={faiss.extract_index_ivf(approx).nprobe}"
        titles = [
            p.read_text().split("\n")[1].removeprefix("title: ").strip("'\"")
            for p in sorted(settings.corpus_dir.glob("*.md"))
        ]
        rng = np.random.default_rng(0)
        texts = [
            *SYNTHETIC_QUESTIONS,
            *rng.choice(titles, size=args.queries - len(SYNTHETIC_QUESTIONS), replace=False),
        ]
        queries = encoder.encode_queries(texts)
        _, truth = exact.search(queries, 10)
        truth = ids[truth]
        started = time.perf_counter()
        for q in queries:
            exact.search(q.reshape(1, -1), 10)
        exact_ms = (time.perf_counter() - started) * 1000 / len(queries)
        candidates = [(kind, approx, note)]
        if args.hnsw:
            started = time.perf_counter()
            hnsw = faiss.IndexIDMap2(
                faiss.IndexHNSWFlat(vectors.shape[1], 32, faiss.METRIC_INNER_PRODUCT)
            )
            faiss.downcast_index(hnsw.index).hnsw.efConstruction = 80
            hnsw.add_with_ids(vectors, ids)
            built = time.perf_counter() - started
            for ef in (128, 512):
                copy = faiss.clone_index(hnsw)
                faiss.downcast_index(copy.index).hnsw.efSearch = ef
                candidates.append(
                    (f"HNSW M=32 efC=80 efS={ef}", copy, f"rejected; built in {built:.0f} s")
                )
        for label, index, remark in candidates:
            got, seconds = [], 0.0
            for q in queries:  # one at a time, as questions arrive
                started = time.perf_counter()
                _, found = index.search(q.reshape(1, -1), 10)
                seconds += time.perf_counter() - started
                got.append(found[0])
            recall = np.mean([len(set(g) & set(t)) / 10 for g, t in zip(got, truth, strict=True)])
            rows.append(
                [
                    f"{len(ids):,}",
                    f"{info['real']} real + {info['sampled']} sampled",
                    manifest.vector_index["type"],
                    label,
                    f"{recall:.3f}",
                    f"{exact_ms:.2f}",
                    f"{seconds * 1000 / len(queries):.2f}",
                    remark,
                ]
            )
    print(
        table(
            [
                "vectors",
                "vectors are",
                "index in use",
                "approximate index",
                "recall@10",
                "exact ms/query",
                "approx ms/query",
                "note",
            ],
            rows,
        )
    )
    print(f"\nexact search up to {EXACT_MAX_VECTORS:,} vectors; target recall@10 >= 0.95")


if __name__ == "__main__":
    main()
