"""The headless verbs, run in-process as a user would type them."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from copdesk.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_new_import_check_round(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "a.copdesk"
    code, out, _ = run(capsys, "new", str(file), "--template", "community-retro")
    assert code == 0 and out.strip().isdigit()
    sid = out.strip()
    csv_file = tmp_path / "notes.csv"
    csv_file.write_text('text,author\nKeep the demos,Ana\n"Zwei\nZeilen",Ben\n', encoding="utf-8")
    code, out, _ = run(capsys, "import", str(file), "--session", sid, str(csv_file))
    assert code == 0 and "Imported 2 notes" in out
    code, out, _ = run(capsys, "check", str(file))
    assert code == 0 and "integrity: ok" in out and "2 notes" in out
    conn = sqlite3.connect(file)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    conn.close()
    code, out, _ = run(capsys, "sessions", str(file), "--json")
    data = json.loads(out)
    assert data[0]["id"] == int(sid) and data[0]["notes"] == 2


def test_templates_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    _code, out, _ = run(capsys, "templates", "--json")
    ids = {t["id"] for t in json.loads(out)}
    assert {"blank", "community-retro"} <= ids
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("copdesk ")


def _bad_files(tmp_path: Path) -> dict[str, Path]:
    not_sqlite = tmp_path / "text.copdesk"
    not_sqlite.write_text("hello")
    other = tmp_path / "other.copdesk"
    conn = sqlite3.connect(other)
    conn.execute("create table t(x)")
    conn.commit()
    conn.close()
    return {"not-sqlite": not_sqlite, "other-sqlite": other}


@pytest.mark.parametrize("verb", ["check", "sessions", "import"])
def test_bad_files_exit_1_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], verb: str
) -> None:
    src = tmp_path / "n.txt"
    src.write_text("a note\n")
    for path in _bad_files(tmp_path).values():
        before = hashlib.sha256(path.read_bytes()).hexdigest()
        argv = [verb, str(path)] + (["--session", "1", str(src)] if verb == "import" else [])
        code, _out, err = run(capsys, *argv)
        assert code == 1
        assert err.count("\n") == 1 and err.startswith("copdesk: ") and "Traceback" not in err
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_import_bad_csv_names_line_and_imports_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "a.copdesk"
    run(capsys, "new", str(file), "--template", "blank")
    src = tmp_path / "bad.csv"
    src.write_text("text,color\ngood,1\nbad,99\n")
    code, _, err = run(capsys, "import", str(file), "--session", "1", str(src))
    assert code == 1 and "Line 3" in err
    code, out, _ = run(capsys, "check", str(file), "--json")
    assert json.loads(out)["counts"]["notes"] == 0


def test_missing_session_and_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "a.copdesk"
    run(capsys, "new", str(file))
    src = tmp_path / "n.txt"
    src.write_text("x\n")
    code, _, err = run(capsys, "import", str(file), "--session", "42", str(src))
    assert code == 1 and "no longer exists" in err
    code, _, err = run(capsys, "import", str(file), "--session", "1", str(tmp_path / "nope.csv"))
    assert code == 1 and "There is no file" in err


def test_backups_and_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "a.copdesk"
    run(capsys, "new", str(file), "--template", "blank", "--title", "First")
    run(capsys, "new", str(file), "--template", "blank", "--title", "Second")  # backup on open
    code, out, _ = run(capsys, "backups", str(file))
    lines = [line for line in out.splitlines() if line.strip()]
    assert code == 0 and len(lines) == 1
    backup = lines[0].split()[-1]
    code, out, _ = run(capsys, "restore", str(file), backup)
    assert code == 0 and "Restored" in out
    code, out, _ = run(capsys, "sessions", str(file), "--json")
    assert [s["title"] for s in json.loads(out)] == ["First"]
    code, out, _ = run(capsys, "backups", str(file))
    assert len([line for line in out.splitlines() if line.strip()]) >= 2


def test_backups_keep_the_newest_ten(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "a.copdesk"
    for i in range(13):
        run(capsys, "new", str(file), "--title", f"s{i}")
    _code, out, _ = run(capsys, "backups", str(file))
    assert len(out.strip().splitlines()) == 10


def test_restore_refuses_a_bad_backup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from copdesk.store.user_dirs import backups_dir

    file = tmp_path / "a.copdesk"
    run(capsys, "new", str(file))
    junk = backups_dir(file) / "a@20260101-120000-000000.copdesk"  # listed, but not SQLite
    junk.parent.mkdir(parents=True, exist_ok=True)
    junk.write_text("nope")
    before = hashlib.sha256(file.read_bytes()).hexdigest()
    code, _, err = run(capsys, "restore", str(file), junk.name)
    assert code == 1 and "not a copdesk" in err
    assert hashlib.sha256(file.read_bytes()).hexdigest() == before


def test_verb_list_matches_the_parser() -> None:
    from copdesk.cli import VERBS, build_parser, verbs

    assert verbs(build_parser()) == set(VERBS)


def _break(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_check_names_every_missing_table_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "a.copdesk"
    run(capsys, "new", str(file), "--template", "community-retro")
    run(capsys, "new", str(file))  # a backup is taken on open
    _break(
        file,
        "DROP TABLE notes",
        "DROP TABLE votes",
        "DROP TABLE rituals",
        "ALTER TABLE sessions DROP COLUMN position",
        "ALTER TABLE frames DROP COLUMN questions",
    )
    code, out, err = run(capsys, "check", str(file))
    assert code == 1 and out == ""
    assert err.startswith("copdesk: “a.copdesk” is damaged: ") and err.count("\n") == 1
    for missing in ("“notes”", "“votes”", "“rituals”", "“position”", "“questions”"):
        assert missing in err
    assert "copdesk restore a.copdesk" in err
    assert "unexpected" not in err and "Traceback" not in err


@pytest.mark.parametrize("verb", ["sessions", "new", "import"])
def test_a_missing_table_is_damage_not_a_surprise(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], verb: str
) -> None:
    file = tmp_path / "a.copdesk"
    run(capsys, "new", str(file), "--template", "community-retro")
    _break(file, "DROP TABLE notes")
    src = tmp_path / "n.txt"
    src.write_text("a note\n")
    argv = [verb, str(file)] + (["--session", "1", str(src)] if verb == "import" else [])
    code, _, err = run(capsys, *argv)
    assert code == 1
    assert err == "copdesk: “a.copdesk” is damaged: the table “notes” is missing. " + (
        "No backup of it exists yet.\n"
    )


def test_new_and_import_on_a_full_disk_say_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import copdesk.store.database as database
    import copdesk.store.sqlite_errors as sqlite_errors

    file = tmp_path / "full.copdesk"
    run(capsys, "new", str(file), "--template", "community-retro")
    before = hashlib.sha256(file.read_bytes()).hexdigest()
    real = database.connect

    def connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
        if read_only:
            return real(path, read_only=True)
        raise sqlite3.OperationalError("disk I/O error")  # the -shm side file cannot grow

    monkeypatch.setattr(database, "connect", connect)
    monkeypatch.setattr(sqlite_errors, "_drive", lambda path: sqlite_errors.Condition.FULL)
    src = tmp_path / "n.txt"
    src.write_text("a note\n")
    for argv in (["new", str(file)], ["import", str(file), "--session", "1", str(src)]):
        code, _, err = run(capsys, *argv)
        assert code == 1 and "the disk holding it is full" in err and "Free some space" in err
        assert "damaged" not in err and "restore" not in err
    code, out, _ = run(capsys, "check", str(file))
    assert code == 0 and "integrity: ok" in out
    assert hashlib.sha256(file.read_bytes()).hexdigest() == before
