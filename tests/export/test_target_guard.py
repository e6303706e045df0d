"""Where an export may be written: :func:`refuse_unsafe_target`, without the CLI."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from copdesk.core.errors import ExportProblem
from copdesk.export.formats import FORMATS
from copdesk.export.target_guard import (
    TEXT_EXTENSIONS,
    known_suffixes,
    refuse_unsafe_target,
    suffix_of,
)
from copdesk.store.database import create_file
from copdesk.store.file_lock import FileLock

EXTENSIONS = sorted({f.extension for f in FORMATS.values()})
UNCLAIMED = [".markdown", ".bak", ".pdf2", ""]


@pytest.fixture(scope="module")
def community_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("guard") / "made.copdesk"
    create_file(path)
    conn = sqlite3.connect(path)  # as copdesk leaves it: in WAL mode
    assert conn.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)
    conn.close()
    return path


def test_every_export_suffix_and_the_community_suffix_are_known() -> None:
    assert known_suffixes() == {*EXTENSIONS, ".copdesk", ".txt"}
    assert suffix_of(Path("guild.copdesk-wal")) == ".copdesk"
    assert suffix_of(Path("Poster.PDF")) == ".pdf"


stems = st.text(
    st.characters(whitelist_categories=("L", "N"), whitelist_characters=" -_.()"),
    min_size=1,
    max_size=30,
).filter(lambda s: s.strip(" .") != "")


@given(
    stem=stems,
    suffix=st.sampled_from([*EXTENSIONS, ".copdesk", ".txt", *UNCLAIMED]),
    upper=st.booleans(),
    extension=st.sampled_from(EXTENSIONS),
)
def test_a_new_name_is_refused_exactly_when_its_suffix_promises_another_kind(
    tmp_path_factory: pytest.TempPathFactory, stem: str, suffix: str, upper: bool, extension: str
) -> None:
    folder = tmp_path_factory.getbasetemp() / "names"
    folder.mkdir(exist_ok=True)
    out = folder / (stem + (suffix.upper() if upper else suffix))
    claimed = suffix_of(out)
    text_as_txt = claimed == ".txt" and extension in TEXT_EXTENSIONS
    if claimed != extension and claimed in known_suffixes() and not text_as_txt:
        with pytest.raises(ExportProblem) as info:
            refuse_unsafe_target(out, extension)
        assert f"ending in {extension}" in str(info.value)
        assert "\n" not in str(info.value)
    else:
        refuse_unsafe_target(out, extension)  # allowed: nothing raised
    assert not out.exists()  # the guard only looks


@given(name=stems, suffix=st.sampled_from([*EXTENSIONS, ".copdesk", *UNCLAIMED]))
def test_a_community_file_is_refused_whatever_its_name(
    tmp_path_factory: pytest.TempPathFactory, community_file: Path, name: str, suffix: str
) -> None:
    folder = tmp_path_factory.getbasetemp() / "renamed"
    folder.mkdir(exist_ok=True)
    out = folder / (name + suffix)
    if out.exists() or out.is_symlink():
        out.unlink()
    shutil.copyfile(community_file, out)
    before = out.read_bytes()
    for extension in EXTENSIONS:
        with pytest.raises(ExportProblem, match="community file"):
            refuse_unsafe_target(out, extension)
    assert out.read_bytes() == before
    made = [out.with_name(out.name + s) for s in ("-wal", "-shm", "-journal")]
    assert not any(p.exists() for p in made)  # looking made no journal beside it
    out.unlink()


def test_another_programs_database_is_refused_too(tmp_path: Path) -> None:
    out = tmp_path / "notes.md"
    conn = sqlite3.connect(out)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    with pytest.raises(ExportProblem, match="it is a database"):
        refuse_unsafe_target(out, ".md")


@pytest.mark.parametrize("sidecar", ["-wal", "-shm", "-journal"])
def test_the_journal_files_beside_a_community_file_are_refused(
    community_file: Path, sidecar: str
) -> None:
    out = community_file.with_name(community_file.name + sidecar)
    with pytest.raises(ExportProblem, match=f"belongs to “{community_file.name}”"):
        refuse_unsafe_target(out, ".json")
    assert not out.exists()


def test_a_file_held_by_a_running_copdesk_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "held.md"
    out.write_text("not a database, yet held like a community file\n")
    lock = FileLock(out)
    assert lock.acquire()
    try:
        with pytest.raises(ExportProblem, match="open in copdesk"):
            refuse_unsafe_target(out, ".md")
    finally:
        lock.release()
    refuse_unsafe_target(out, ".md")  # released: an ordinary Markdown file again


def test_an_existing_file_of_the_same_kind_may_be_replaced(tmp_path: Path) -> None:
    for name, extension in [("poster.pdf", ".pdf"), ("Notes.CSV", ".csv"), ("wiki.txt", ".md")]:
        out = tmp_path / name
        out.write_bytes(b"an earlier export")
        refuse_unsafe_target(out, extension)


def test_a_pdf_or_image_never_takes_a_plain_text_name(tmp_path: Path) -> None:
    for extension in (".pdf", ".png"):
        with pytest.raises(ExportProblem) as info:
            refuse_unsafe_target(tmp_path / "report.txt", extension)
        assert "a text file" in str(info.value)
    for extension in (".md", ".csv", ".json"):
        refuse_unsafe_target(tmp_path / "report.txt", extension)
