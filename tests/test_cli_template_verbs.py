"""save-template, export-template and import-template from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from copdesk.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_template_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "a.copdesk"
    _, out, _ = run(capsys, "new", str(file), "--template", "sailboat")
    sid = out.strip()
    code, out, _ = run(capsys, "save-template", str(file), "--session", sid, "--name", "Our boat")
    assert code == 0
    tid = out.strip()
    target = tmp_path / "boat.json"
    code, out, _ = run(capsys, "export-template", str(file), tid, "-o", str(target))
    assert code == 0 and target.exists()
    data = json.loads(target.read_text(encoding="utf-8"))
    data["id"] = "boat-two"
    copy = tmp_path / "boat-two.json"
    copy.write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = run(capsys, "import-template", str(file), str(copy))
    assert code == 0 and out.strip() == "boat-two"
    code, out, _ = run(capsys, "new", str(file), "--template", "boat-two")
    assert code == 0 and out.strip().isdigit()


def test_bad_template_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "a.copdesk"
    run(capsys, "new", str(file))
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    code, _, err = run(capsys, "import-template", str(file), str(bad))
    assert code == 1 and err.count("\n") == 1 and "bad.json" in err
    code, _, err = run(capsys, "export-template", str(file), "no-such-template")
    assert code == 1 and err.startswith("copdesk: ")
