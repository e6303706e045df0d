"""``copdesk export`` never writes over the community file it reads from."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from copdesk.cli import main
from copdesk.desk import Desk


@pytest.fixture
def community(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "c.copdesk"
    with Desk.open(path, backup=False) as desk:
        sid = desk.create_session("community-retro", "Retro Q2").id
        desk.add_note(sid, "Keep the monthly demo", 0, 0)
    return path, sid


@pytest.mark.parametrize("spelling", ["same", "relative", "sidecar"])
def test_export_onto_the_community_file_itself_is_refused_and_the_file_kept(
    community: tuple[Path, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    spelling: str,
) -> None:
    path, sid = community
    monkeypatch.chdir(tmp_path)
    target = {
        "same": str(path),
        "relative": os.path.join(".", "sub", "..", path.name),
        "sidecar": str(path) + "-wal",
    }[spelling]
    (tmp_path / "sub").mkdir()
    before = path.read_bytes()
    rc = main(["export", str(path), "--session", str(sid), "--format", "json", "-o", target])
    err = capsys.readouterr().err
    assert rc == 1
    assert err.count("\n") == 1 and "community file" in err
    assert path.read_bytes() == before
    with Desk.open(path, create=False, read_only=True, backup=False) as desk:
        assert [n.text for n in desk.notes(sid)] == ["Keep the monthly demo"]


@pytest.fixture
def other(tmp_path: Path) -> Path:
    """A second community file, the one a typo in ``-o`` would hit."""
    path = tmp_path / "b.copdesk"
    with Desk.open(path, backup=False) as desk:
        desk.create_session("blank", "Other community's session")
    return path


def _export(path: Path, sid: int, fmt: str, out: str | Path) -> list[str]:
    return ["export", str(path), "--session", str(sid), "--format", fmt, "-o", str(out)]


def _one_line(err: str) -> str:
    assert err.startswith("copdesk: ") and err.count("\n") == 1 and "Traceback" not in err
    return err


@pytest.mark.parametrize("fmt", ["md", "json", "poster"])
@pytest.mark.parametrize("name", ["b.copdesk", "renamed.pdf", "renamed.md", "renamed.json"])
def test_export_never_replaces_another_community_file_whatever_its_name(
    community: tuple[Path, int],
    other: Path,
    capsys: pytest.CaptureFixture[str],
    fmt: str,
    name: str,
) -> None:
    path, sid = community
    target = other if name == other.name else other.rename(other.with_name(name))
    before = target.read_bytes()
    assert main(_export(path, sid, fmt, target)) == 1
    err = _one_line(capsys.readouterr().err)
    assert f"“{name}”" in err and "community file" in err
    assert target.read_bytes() == before
    beside = [p.name for p in target.parent.iterdir() if name in p.name and p != target]
    assert beside == []  # no temporary part, no journal made beside it


def test_export_onto_a_community_file_open_in_copdesk_is_refused(
    community: tuple[Path, int], other: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, sid = community
    with Desk.open(other, backup=False) as desk:  # the window holds it, locked
        desk.add_note(desk.sessions()[0].id, "typed while the export runs", 0, 0)
        assert main(_export(path, sid, "md", other)) == 1
        assert "community file" in _one_line(capsys.readouterr().err)
    with Desk.open(other, create=False, read_only=True, backup=False) as desk:
        assert [n.text for n in desk.notes(desk.sessions()[0].id)] == [
            "typed while the export runs"
        ]


@pytest.mark.parametrize(
    ("fmt", "name", "kind"),
    [
        ("poster", "victim.csv", "a CSV table"),
        ("summary", "notes.json", "JSON"),
        ("md", "new.copdesk", "a community file"),
        ("csv", "board.png", "a PNG image"),
        ("json", "poster.PDF", "a PDF"),
    ],
)
def test_a_name_meant_for_another_kind_of_file_is_refused(
    community: tuple[Path, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    fmt: str,
    name: str,
    kind: str,
) -> None:
    from copdesk.export.formats import FORMATS

    path, sid = community
    target = tmp_path / name
    existed = name == "victim.csv"
    if existed:
        target.write_text("id,name\n1,keep me\n", encoding="utf-8")
    assert main(_export(path, sid, fmt, target)) == 1
    err = _one_line(capsys.readouterr().err)
    extension = FORMATS[fmt].extension
    assert f"that name is for {kind}" in err
    assert f"ending in {extension}, such as “{Path(name).stem}{extension}”" in err
    if existed:
        assert target.read_text(encoding="utf-8") == "id,name\n1,keep me\n"
    else:
        assert not target.exists()


def test_re_exporting_over_a_file_of_the_same_kind_is_allowed(
    community: tuple[Path, int], tmp_path: Path
) -> None:
    path, sid = community
    poster = tmp_path / "poster.pdf"
    poster.write_bytes(b"%PDF-1.4 an older poster")
    assert main(_export(path, sid, "poster", poster)) == 0
    first = poster.read_bytes()
    assert first.startswith(b"%PDF") and b"an older poster" not in first
    assert main(_export(path, sid, "poster", poster)) == 0
    wiki = tmp_path / "wiki.txt"  # a suffix no format claims
    wiki.write_text("old", encoding="utf-8")
    assert main(_export(path, sid, "md", wiki)) == 0
    assert wiki.read_text(encoding="utf-8").startswith("# Retro Q2")


def test_export_template_never_replaces_a_community_file(
    community: tuple[Path, int], other: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = community
    for target in (path, other, tmp_path / "blank.pdf"):
        before = target.read_bytes() if target.exists() else None
        assert main(["export-template", str(path), "blank", "-o", str(target)]) == 1
        _one_line(capsys.readouterr().err)
        assert (target.read_bytes() if target.exists() else None) == before
    out = tmp_path / "blank.json"
    assert main(["export-template", str(path), "blank", "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == "blank"
