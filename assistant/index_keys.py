"""What an index was built with, for deciding whether it is still good: cheap to import.

`build_key` is what shapes the stored data (a difference means rebuilding); `derived_version`
changes with the fact extractor's code and data files (a difference means re-reading facts,
no re-embedding). Every question checks both, so this module imports neither the extractor
nor the sentence splitter's dependents.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from .config import DATA_DIR, Settings
from .embed import model_identity
from .ingest import INGEST_VERSION
from .lexical import LEXICAL_VERSION


def build_key(settings: Settings) -> dict[str, object]:
    """Everything that shapes the stored data: if any differs, update in place is wrong."""
    import syntok

    chunking = settings.chunking
    return {
        "model": model_identity(),
        "chunking": {
            "max_tokens": chunking.max_tokens,
            "overlap_tokens": chunking.overlap_tokens,
            "title_tokens": chunking.title_tokens,
        },
        "ingest_version": INGEST_VERSION,
        "lexical_version": LEXICAL_VERSION,
        # "+2": currency abbreviations ("kr. 5,000") no longer end a sentence.
        "sentence_splitter": f"syntok=={getattr(syntok, '__version__', '1.4.4')}+2",
    }


# Parts of the build key an update can bring up to date without re-embedding: the lexical
# search text is re-made from the stored bodies and spans (seconds, against minutes of
# embedding for a large corpus).
REFRESHED_IN_PLACE = frozenset({"lexical_version"})


def rebuild_key(key: dict[str, object]) -> dict[str, object]:
    """The part of build key `key` an index must match to be updated in place at all."""
    return {name: value for name, value in key.items() if name not in REFRESHED_IN_PLACE}


def derived_version() -> str:
    """Changes whenever the extractor's code or a data file it reads changes, so stored facts
    and places are re-read (cheaply: no re-embedding) and never go stale."""
    # The sources' bytes, not an imported version number: importing the extractor here
    # would put it on every question's start-up (facts.EXTRACTOR_VERSION is in those bytes).
    digest = hashlib.sha256(b"extractor")
    package = Path(__file__).parent
    for path in [*(package / name for name in _DERIVED_FROM), *sorted(DATA_DIR.rglob("*.toml"))]:
        name = path.name if path.parent in (package, DATA_DIR) else path.relative_to(DATA_DIR)
        digest.update(str(name).encode() + path.read_bytes())
    return digest.hexdigest()[:16]


_DERIVED_FROM = (
    "facts.py",
    "article_context.py",
    "body_headings.py",
    "plain_letters.py",
    "fact_sentences.py",
    "fact_tables.py",
    "fact_table_dates.py",
    "fact_told_days.py",
    "fact_field_regulator.py",
    "fact_fields.py",
    "fact_rulings.py",
    "fact_merge.py",
    "fact_passes.py",
    "fact_statuses.py",
    "fact_violations.py",
    "fact_dates.py",
    "fact_days_later.py",
    "fact_totals.py",
    "fact_model.py",
    "actions.py",
    "parties.py",
    "money.py",
    "dates.py",
    "event_clauses.py",
    "provisions.py",
    "lexicon.py",
    "numbers.py",
    "people.py",
    "name_lookup.py",
    "needles.py",
    "literal_spots.py",
    "unlisted_bodies.py",
)
# Modules the extractor imports that cannot change what it reads off a text: settings,
# caches, errors, the models' shapes, and what the build key already covers (sentences and
# chunks: INGEST_VERSION and the splitter; lexical search: LEXICAL_VERSION; the encoder).
# tests/test_indexer.py checks every other module the extractor imports is in _DERIVED_FROM.
NOT_DERIVING = frozenset(
    {
        "config.py",
        "datafiles.py",
        "embed.py",
        "errors.py",
        "index_keys.py",
        "ingest.py",
        "lexical.py",
        "models.py",
        "pattern_cache.py",
        "first_chars.py",  # where `re` may skip, never what it matches (test_first_chars)
        "text.py",
    }
)
