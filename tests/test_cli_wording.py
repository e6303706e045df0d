"""The verbs' messages read as sentences: counts agree with their nouns, and a
format is named the way the help names it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from copdesk.cli import main
from copdesk.cli.wording import counted
from copdesk.desk import Desk


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@given(st.integers(min_value=0, max_value=10**6))
def test_counted_uses_the_singular_for_one_only(number: int) -> None:
    assert counted(number, "note") == (f"{number} note" if number == 1 else f"{number} notes")
    assert counted(number, "entry", "entries").endswith("entry" if number == 1 else "entries")


def test_one_note_and_one_session_read_in_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "a.copdesk"
    run(capsys, "new", str(file), "--template", "blank")
    source = tmp_path / "one.txt"
    source.write_text("Only note\n", encoding="utf-8")
    code, out, _ = run(capsys, "import", str(file), "--session", "1", str(source))
    assert code == 0 and out == "Imported 1 note into session 1.\n"
    _, out, _ = run(capsys, "check", str(file))
    assert "  1 session, " in out and ", 1 note, " in out and ", 0 clusters, " in out
    _, out, _ = run(capsys, "sessions", str(file))
    assert "  1 note  " in out and "notes" not in out
    two = tmp_path / "two.txt"
    two.write_text("One\nTwo\n", encoding="utf-8")
    _, out, _ = run(capsys, "import", str(file), "--session", "1", str(two))
    assert out == "Imported 2 notes into session 1.\n"


def test_one_cluster_reads_in_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "c.copdesk"
    with Desk.open(file, backup=False) as desk:
        sid = desk.create_session("blank", "Goals").id
        texts = ["Learn SQL joins", "SQL-Abfragen selbst schreiben", "Write SQL queries"]
        for i, text in enumerate(texts):
            desk.add_note(sid, text, 3000 + 250 * i, 3000)
    code, out, _ = run(capsys, "cluster", str(file), "--session", str(sid), "--apply")
    assert code == 0 and f"Created 1 cluster in session {sid}.\n" in out


def test_a_paper_the_format_does_not_print_on_is_named_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "a.copdesk"
    run(capsys, "new", str(file), "--template", "blank")
    out = tmp_path / "s.pdf"
    argv = ["export", str(file), "--session", "1", "-o", str(out)]
    code, _, err = run(capsys, *argv, "--format", "summary", "--paper", "A3")
    assert code == 1
    assert err == "copdesk: The export “Session summary (PDF, A4)” prints on A4 only, not A3.\n"
    code, _, err = run(capsys, *argv, "--format", "worksheet", "--paper", "A2")
    assert code == 1 and "prints on A4 or A3 only, not A2." in err
    assert not out.exists()


def test_one_broken_reference_reads_in_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    file = tmp_path / "a.copdesk"
    run(capsys, "new", str(file), "--template", "community-retro")
    conn = sqlite3.connect(file)  # foreign keys are off on a plain connection
    assert conn.execute("SELECT count(*) FROM frames").fetchone()[0] > 1
    conn.execute("UPDATE frames SET session_id = 999 WHERE id = (SELECT min(id) FROM frames)")
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "check", str(file))
    assert code == 1 and err == "copdesk: “a.copdesk” has 1 broken reference between tables.\n"
