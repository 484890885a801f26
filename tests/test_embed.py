from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.embed import DIMENSION, Encoder, Passage, load_encoder, model_dir
from assistant.ingest import load_article
from tests.conftest import SEED_CORPUS

PROBES = [
    "has Clearview paid the Italian fine?",
    "How many days of non-compliance does €5.2M cover?",
    "x",
    "Ĭlearview was also contacted for a response. Īt the time…",
    "What is the most a GDPR fine could be for a €1bn company? " * 30,  # beyond 256 word pieces
    "CNIL 😀 — «amende» de 20 000 000 € · 罚款",
]


@pytest.fixture(scope="module")
def encoder(offline_environment: Path) -> Encoder:
    return load_encoder(offline_environment)


def test_onnx_vectors_match_sentence_transformers(encoder: Encoder) -> None:
    from sentence_transformers import SentenceTransformer

    reference = SentenceTransformer(str(model_dir()), device="cpu")
    texts = [*PROBES, *(load_article(p).body[:1500] for p in sorted(SEED_CORPUS.glob("*.md")))]
    expected = reference.encode(texts, normalize_embeddings=True, batch_size=8)
    got = encoder.encode_queries(texts)
    cosine = (got * expected).sum(axis=1)
    assert got.shape == (len(texts), DIMENSION)
    assert cosine.min() >= 0.9999


def test_vectors_are_normalised_and_batch_order_does_not_matter(encoder: Encoder) -> None:
    one_by_one = np.stack([encoder.encode_queries([t])[0] for t in PROBES])
    together = encoder.encode_queries(PROBES)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    assert np.allclose(one_by_one, together, atol=1e-4)


def test_segment_vectors_pool_their_own_tokens(encoder: Encoder) -> None:
    text = "The CNIL fined Clearview twenty million euros. The weather in Paris was sunny and warm."
    cut = text.index(" The weather") + 1
    vectors, segments = encoder.encode_passages([Passage(text, [(0, cut - 1), (cut, len(text))])])
    fine, weather = segments[0]
    query = encoder.encode_queries(["How much did the CNIL fine Clearview?"])[0]
    assert segments[0].shape == (2, DIMENSION)
    assert float(fine @ query) > float(weather @ query) + 0.2
    # Each segment vector is closer to its own text encoded alone than to the other's.
    alone = encoder.encode_queries([text[: cut - 1], text[cut:]])
    assert float(fine @ alone[0]) > float(fine @ alone[1])
    assert float(weather @ alone[1]) > float(weather @ alone[0])
    assert np.isclose(np.linalg.norm(vectors[0]), 1.0, atol=1e-5)


def test_word_pieces_count_and_offsets(encoder: Encoder) -> None:
    pieces = encoder.word_pieces
    text = "Ĭlearview’s €5,200,000 fine"
    offsets = pieces.offsets(text)
    assert pieces.count([text]) == [len(offsets)]
    assert text[offsets[0][0] : offsets[0][1]] == "Ĭle"  # offsets are Python string indices
    assert pieces.truncate(text, 3) == text[: offsets[2][1]]


def test_a_stop_ends_the_model_run_in_progress(encoder: Encoder) -> None:
    # The watcher thread is the first to see the stop, while the first batch is running:
    # the run is terminated, not finished, and the encoder stays usable.
    passages = [Passage("Clearview was fined by the Garante. " * 40)] * 48
    seen: list[str] = []

    def should_stop() -> bool:
        import threading

        seen.append(threading.current_thread().name)
        return "encode-stop" in seen

    encoded: list[int] = []
    vectors, _ = encoder.encode_passages(passages, progress=encoded.append, should_stop=should_stop)
    assert encoded == []  # the first batch (~0.2-5 s of work) was cut short
    assert not np.any(vectors)
    again = encoder.encode_queries([PROBES[0]])
    assert np.allclose(again, encoder.encode_queries([PROBES[0]]))
