"""The data files (`assistant/data/*.toml`), parsed once per machine and change.

`tomllib` is pure Python: parsing the data files costs ~50 ms per file per process, paid by
every one-shot question. Each file's parsed form is therefore kept as JSON (which the C
parser reads in well under a millisecond) in the model cache, keyed by a hash of the TOML
bytes: editing a data file changes the key, so a stale copy is never read. A file whose
data JSON cannot hold exactly (TOML dates) is simply parsed each time.
"""

from __future__ import annotations

import hashlib
import json
import os
import tomllib
from pathlib import Path
from typing import Any

from .config import DATA_DIR, configured_cache_dir


def _cache_dir() -> Path:
    return configured_cache_dir() / "data"


def load_toml(name: str) -> dict[str, Any]:
    """`assistant/data/NAME` parsed, as `tomllib` would return it (a fresh object each call)."""
    raw = (DATA_DIR / name).read_bytes()
    key = hashlib.blake2b(raw, digest_size=12).hexdigest()
    cached = _cache_dir() / f"{Path(name).stem}-{key}.json"
    try:
        return json.loads(cached.read_bytes())
    except (OSError, ValueError):
        pass
    data = tomllib.loads(raw.decode("utf-8"))
    try:
        text = json.dumps(data, ensure_ascii=False)
        if json.loads(text) == data:
            cached.parent.mkdir(parents=True, exist_ok=True)
            tmp = cached.with_suffix(f".tmp-{os.getpid()}")
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, cached)
    except (TypeError, ValueError, OSError):
        pass  # not representable as JSON, or the cache is not writable: parse every time
    return data
