"""``copdesk export … -o -`` prints a text export on standard output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from copdesk.cli import main
from copdesk.core.session_json import parse_session_json
from copdesk.desk import Desk


@pytest.fixture
def community(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, int]:
    monkeypatch.chdir(tmp_path)  # a file named "-" would land here
    path = tmp_path / "c.copdesk"
    with Desk.open(path, backup=False) as desk:
        sid = desk.create_session("community-retro", "Retro Q2").id
        frame = desk.board(sid).frames[0]
        desk.add_note(sid, "Grüße aus Köln", frame.x + 20, frame.y + 200)
        desk.add_note(sid, "=HYPERLINK(evil)", frame.x + 240, frame.y + 200)
    return path, sid


def _argv(path: Path, sid: int, fmt: str, out: str) -> list[str]:
    return ["export", str(path), "--session", str(sid), "--format", fmt, "-o", out]


@pytest.mark.parametrize("fmt", ["md", "csv", "json"])
def test_text_formats_print_the_same_bytes_the_file_would_hold(
    community: tuple[Path, int],
    tmp_path: Path,
    capsysbinary: pytest.CaptureFixture[bytes],
    fmt: str,
) -> None:
    path, sid = community
    assert main(_argv(path, sid, fmt, str(tmp_path / f"file.{fmt}"))) == 0
    capsysbinary.readouterr()
    assert main(_argv(path, sid, fmt, "-")) == 0
    out, err = capsysbinary.readouterr()
    assert out == (tmp_path / f"file.{fmt}").read_bytes()
    assert "Grüße aus Köln".encode() in out
    assert err == b""
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize(("fmt", "kind"), [("poster", "A PDF"), ("png", "A PNG image")])
def test_binary_formats_are_refused_plainly(
    community: tuple[Path, int],
    tmp_path: Path,
    capsysbinary: pytest.CaptureFixture[bytes],
    fmt: str,
    kind: str,
) -> None:
    path, sid = community
    assert main(_argv(path, sid, fmt, "-")) == 1
    out, err = capsysbinary.readouterr()
    assert out == b""
    text = err.decode()
    assert text.count("\n") == 1 and f"{kind} is not text" in text and "-o" in text
    assert not (tmp_path / "-").exists()


def test_a_file_named_dash_is_still_reachable_as_dot_slash_dash(
    community: tuple[Path, int], tmp_path: Path
) -> None:
    path, sid = community
    assert main(_argv(path, sid, "md", os.path.join(".", "-"))) == 0
    assert (tmp_path / "-").read_text(encoding="utf-8").startswith("# Retro Q2")


def test_export_template_prints_its_json(
    community: tuple[Path, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = community
    assert main(["export-template", str(path), "community-retro", "-o", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == "community-retro"
    assert not (tmp_path / "-").exists()


def test_a_real_pipe_carries_session_json_that_imports_again(
    community: tuple[Path, int], tmp_path: Path
) -> None:
    path, sid = community
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}  # the bytes must not go through it
    done = subprocess.run(
        [sys.executable, "-m", "copdesk", *_argv(path, sid, "json", "-")],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    document = parse_session_json(done.stdout)
    assert sorted(n.text for n in document.notes) == ["=HYPERLINK(evil)", "Grüße aus Köln"]
    assert not (tmp_path / "-").exists()
