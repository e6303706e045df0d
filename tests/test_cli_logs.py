"""The log file: rotated at start once past its size, three old ones kept."""

from __future__ import annotations

from pathlib import Path

from copdesk.cli.logs import rotate


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def test_a_small_log_is_left_alone(tmp_path: Path) -> None:
    log = tmp_path / "copdesk.log"
    _write(log, "short")
    rotate(log, max_bytes=100)
    assert log.read_text(encoding="utf-8") == "short"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copdesk.log"]


def test_a_big_log_moves_along_and_the_oldest_drops_out(tmp_path: Path) -> None:
    log = tmp_path / "copdesk.log"
    for generation in ("first", "second", "third", "fourth", "fifth"):
        _write(log, generation * 50)
        rotate(log, max_bytes=100, keep=3)
    assert not log.exists()
    assert (tmp_path / "copdesk.log.1").read_text(encoding="utf-8").startswith("fifth")
    assert (tmp_path / "copdesk.log.2").read_text(encoding="utf-8").startswith("fourth")
    assert (tmp_path / "copdesk.log.3").read_text(encoding="utf-8").startswith("third")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "copdesk.log.1",
        "copdesk.log.2",
        "copdesk.log.3",
    ]


def test_a_missing_log_is_fine(tmp_path: Path) -> None:
    rotate(tmp_path / "copdesk.log", max_bytes=1)
    assert list(tmp_path.iterdir()) == []
