"""Export all-MiniLM-L6-v2 to ONNX once per machine, from the packaged model files.

This is the only place that imports torch. The export is checked against the PyTorch
model before it is used and written atomically, so a killed export leaves no half file.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import warnings
from pathlib import Path

import numpy as np

from .embed import model_dir, model_identity
from .errors import AssistantError

EXPORT_VERSION = 2  # bump when the export procedure changes
_PROBES = [
    "has Clearview paid the Italian fine?",
    "The regulator imposed an overdue penalty payment of €5,200,000 on 13 April 2023.",
    "x",
]


class EncoderUnavailable(AssistantError):
    pass


def onnx_path(cache_dir: Path) -> Path:
    key = json.dumps({**model_identity(), "export": EXPORT_VERSION}, sort_keys=True)
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return cache_dir / f"all-MiniLM-L6-v2-{digest}.onnx"


def ensure_onnx(cache_dir: Path) -> Path:
    target = onnx_path(cache_dir)
    if target.is_file():
        return target
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise EncoderUnavailable(
            f"cannot create the model cache {cache_dir}: {exc.strerror}"
        ) from None
    # Two processes starting together on a fresh machine export once, not twice.
    with open(cache_dir / ".export.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if target.is_file():
            return target
        tmp = target.with_suffix(f".tmp-{os.getpid()}")
        try:
            _export(tmp)
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
    return target


def _export(out: Path) -> None:
    import torch
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as transformers_logging

    transformers_logging.set_verbosity_error()
    transformers_logging.disable_progress_bar()  # stderr is for our notes, not their bars

    source = str(model_dir())
    model = AutoModel.from_pretrained(source, attn_implementation="eager").eval()
    tokenizer = AutoTokenizer.from_pretrained(source)

    class LastHiddenState(torch.nn.Module):
        def __init__(self, bert: torch.nn.Module) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask, token_type_ids):  # type: ignore[no-untyped-def]
            return self.bert(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    sample = tokenizer(_PROBES, padding=True, return_tensors="pt")
    names = ["input_ids", "attention_mask", "token_type_ids"]
    axes = {name: {0: "batch", 1: "tokens"} for name in [*names, "last_hidden_state"]}
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")
        # The reference comes first: after tracing, the PyTorch module no longer computes
        # the same outputs (seen with torch 2.13), while the exported graph does.
        reference = model(**{k: sample[k] for k in names}).last_hidden_state.numpy()
        torch.onnx.export(
            LastHiddenState(model),
            tuple(sample[name] for name in names),
            str(out),
            input_names=names,
            output_names=["last_hidden_state"],
            dynamic_axes=axes,
            opset_version=17,
            dynamo=False,
        )
    _fuse(out, model.config.num_attention_heads, model.config.hidden_size)
    _verify(out, {k: sample[k].numpy() for k in names}, reference)


def _fuse(path: Path, heads: int, hidden: int) -> None:
    """Fuse the exported graph's attention, layer norms and GELUs into onnxruntime's BERT
    operators (254 nodes become 46). onnxruntime does not find these fusions in a
    torch export by itself; per-node overhead is a large share of encoding a 14-token
    question. Same arithmetic: `_verify` still holds the vectors to the model's."""
    from onnxruntime.transformers import optimizer

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fused = optimizer.optimize_model(
            str(path), model_type="bert", num_heads=heads, hidden_size=hidden, opt_level=1
        )
    fused.save_model_to_file(str(path))


def _verify(path: Path, feeds: dict[str, np.ndarray], reference: np.ndarray) -> None:
    import onnxruntime as ort

    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    got = session.run(None, feeds)[0]
    mask = feeds["attention_mask"][..., None]
    a = (got * mask).sum(1) / mask.sum(1)
    b = (reference * mask).sum(1) / mask.sum(1)
    cosine = (a * b).sum(1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))
    if float(cosine.min()) < 0.9999:
        raise EncoderUnavailable(
            f"the exported encoder disagrees with the model (cosine {cosine.min():.6f})"
        )
