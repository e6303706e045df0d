"""``copdesk restore FILE BACKUP`` takes a backup as ``copdesk backups FILE`` lists it."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from copdesk.cli import main
from copdesk.store.backups import list_backups


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def titles(capsys: pytest.CaptureFixture[str], path: Path) -> list[str]:
    code, out, _ = run(capsys, "sessions", str(path), "--json")
    assert code == 0
    return [s["title"] for s in json.loads(out)]


@pytest.fixture
def guild(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """x.copdesk with one backup, taken when "Second" was added."""
    path = tmp_path / "x.copdesk"
    run(capsys, "new", str(path), "--title", "First")
    run(capsys, "new", str(path), "--title", "Second")
    assert len(list_backups(path)) == 1
    return path


def listed(capsys: pytest.CaptureFixture[str], path: Path) -> str:
    code, out, _ = run(capsys, "backups", str(path))
    assert code == 0
    return out.splitlines()[0].split()[-1]


@pytest.mark.parametrize("spelling", ["name", "full path", "relative path"])
def test_restore_takes_the_backup_as_listed(
    guild: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    spelling: str,
) -> None:
    full = Path(listed(capsys, guild))
    monkeypatch.chdir(full.parent.parent)
    argument = {
        "name": full.name,
        "full path": str(full),
        "relative path": os.path.join(full.parent.name, full.name),
    }[spelling]
    code, out, err = run(capsys, "restore", str(guild), argument)
    assert (code, err) == (0, "")
    assert f"Restored “x.copdesk” from {full.name}." in out
    assert titles(capsys, guild) == ["First"]


def test_restore_refuses_a_community_file_that_is_not_its_backup(
    guild: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    g = tmp_path / "g.copdesk"
    run(capsys, "new", str(g), "--title", "Other community")
    run(capsys, "new", str(g), "--title", "Other again")  # g has a backup of its own
    g_backup = listed(capsys, g)
    before = digest(guild)
    for wrong in (str(g), g.name, g_backup, Path(g_backup).name):
        code, out, err = run(capsys, "restore", str(guild), wrong)
        assert code == 1 and out == ""
        assert err.count("\n") == 1 and "Traceback" not in err
        assert f"“{wrong}” is not a backup of “x.copdesk”" in err
        assert f"copdesk backups {guild}" in err
    assert digest(guild) == before
    assert titles(capsys, guild) == ["First", "Second"]


def test_a_file_without_backups_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "fresh.copdesk"
    run(capsys, "new", str(path))
    code, _, err = run(capsys, "restore", str(path), "fresh@20260101-000000-000000.copdesk")
    assert code == 1 and "has no backups yet" in err


@given(
    wanted=st.text(
        st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1
    ).filter(lambda s: not s.startswith("-"))
)
def test_any_other_argument_is_refused_in_one_line_and_changes_nothing(
    tmp_path_factory: pytest.TempPathFactory, wanted: str
) -> None:
    import contextlib
    import io

    base = tmp_path_factory.getbasetemp() / "restore-fuzz"
    path = base / "x.copdesk"
    if not path.exists():
        base.mkdir(exist_ok=True)
        for title in ("First", "Second"):
            assert main(["new", str(path), "--title", title]) == 0
    real = {b.path.name for b in list_backups(path)} | {str(b.path) for b in list_backups(path)}
    if wanted in real:
        return
    before = digest(path)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["restore", str(path), wanted])
    assert code == 1 and out.getvalue() == ""
    assert err.getvalue().startswith("copdesk: ") and err.getvalue().count("\n") == 1
    assert digest(path) == before
