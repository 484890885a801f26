"""`assistant.datafiles`: a data file continued by a folder of the same stem, and the facts'
version key following every one of those files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant import datafiles, index_keys

_MAIN = """\
[unlisted]
heads = ["Authority"]

[[authority]]
id = "One"
name = "First Authority"
jurisdiction = "FR"
kind = "consumer_protection"
"""

_REGION = """\
[[authority]]
id = "Two"
name = "Second Authority"
jurisdiction = "BO"
kind = "telecoms"
"""


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    (data / "authorities").mkdir(parents=True)
    (data / "authorities.toml").write_text(_MAIN, encoding="utf-8")
    monkeypatch.setattr(datafiles, "DATA_DIR", data)
    monkeypatch.setenv("ASSISTANT_CACHE", str(tmp_path / "cache"))
    return data


def test_a_folder_of_the_same_stem_appends_its_tables(data_dir: Path) -> None:
    assert [a["id"] for a in datafiles.load_toml("authorities.toml")["authority"]] == ["One"]
    (data_dir / "authorities" / "americas.toml").write_text(_REGION, encoding="utf-8")
    loaded = datafiles.load_toml("authorities.toml")
    assert [a["id"] for a in loaded["authority"]] == ["One", "Two"]
    assert loaded["unlisted"]["heads"] == ["Authority"]
    # Read again from the JSON copy the first read left in the cache (as a new process would:
    # not the copy this one keeps): the same.
    datafiles._LOADED.clear()
    assert datafiles.load_toml("authorities.toml") == loaded


def test_a_data_file_is_read_once_per_process_until_it_changes(data_dir: Path) -> None:
    first = datafiles.load_toml("authorities.toml")
    assert datafiles.load_toml("authorities.toml") is first
    (data_dir / "authorities.toml").write_text(
        _MAIN.replace('"One"', '"Uno"'), encoding="utf-8"
    )  # a size of its own: the change shows whatever the clock's resolution
    changed = datafiles.load_toml("authorities.toml")
    assert [a["id"] for a in changed["authority"]] == ["Uno"]
    (data_dir / "authorities" / "americas.toml").write_text(_REGION, encoding="utf-8")
    assert [a["id"] for a in datafiles.load_toml("authorities.toml")["authority"]] == ["Uno", "Two"]


def test_a_folder_file_may_not_reset_a_setting(data_dir: Path) -> None:
    (data_dir / "authorities" / "bad.toml").write_text('[unlisted]\nheads = ["Office"]\n')
    with pytest.raises(ValueError, match=r"bad\.toml: \[unlisted\]"):
        datafiles.load_toml("authorities.toml")


def test_adding_a_folder_file_changes_the_facts_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    shutil.copytree(index_keys.DATA_DIR, data)
    monkeypatch.setattr(index_keys, "DATA_DIR", data)
    before = index_keys.derived_version()
    (data / "authorities").mkdir(exist_ok=True)
    (data / "authorities" / "extra.toml").write_text(_REGION, encoding="utf-8")
    assert index_keys.derived_version() != before


def test_a_value_kept_between_processes_is_rebuilt_when_its_data_changes(data_dir: Path) -> None:
    calls: list[int] = []

    def build() -> dict:
        calls.append(1)
        return {"a b": [["authority", "One"]], "n": 3}

    first = datafiles.kept_between_processes("t", ["authorities.toml"], b"v1", build)
    again = datafiles.kept_between_processes("t", ["authorities.toml"], b"v1", build)
    assert first == again == {"a b": [["authority", "One"]], "n": 3} and len(calls) == 1
    datafiles.kept_between_processes("t", ["authorities.toml"], b"v2", build)  # other code
    assert len(calls) == 2
    (data_dir / "authorities" / "more.toml").write_text(_REGION, encoding="utf-8")
    datafiles.kept_between_processes("t", ["authorities.toml"], b"v1", build)
    assert len(calls) == 3


def test_the_name_tables_read_back_from_the_cache_are_the_ones_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.lexicon import Lexicon

    monkeypatch.setenv("ASSISTANT_CACHE", str(tmp_path / "cache"))
    built = Lexicon()

    def no_building(*_args: object) -> None:
        raise AssertionError("the tables were built again, not read from the cache")

    monkeypatch.setattr(Lexicon, "_add_forms", no_building)
    read = Lexicon()
    assert (read._exact, read._folded, read._longest) == (
        built._exact,
        built._folded,
        built._longest,
    )
    assert [m.key for m in read.mentions("the Garante and the CNIL fined an Italian firm")] == [
        m.key for m in built.mentions("the Garante and the CNIL fined an Italian firm")
    ]
