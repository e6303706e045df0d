"""File ▸ Save Session as Template, Export Template and Import Template."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from tests.ui.board_fixtures import make_file, open_window


def test_save_export_and_import_a_template(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, sid = make_file(tmp_path / "c.copdesk", ["a note that must not travel"])
    window = open_window(qtbot, path)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Our retro", True)))
    window.actions_by_id["file.save_template"].trigger()
    saved = next(t for t in window.desk.templates() if not t.builtin)
    assert saved.name.get("en") == "Our retro"
    assert len(saved.frames) == len(window.desk.frames(sid)) and saved.agenda

    out = tmp_path / "our-retro.json"
    monkeypatch.setattr(
        QInputDialog,
        "getItem",
        staticmethod(lambda *a, **k: (f"Our retro ({saved.id})", True)),
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    window.actions_by_id["file.export_template"].trigger()
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["id"] == saved.id
    assert "a note that must not travel" not in out.read_text(encoding="utf-8")

    data["id"] = "team-retro"
    data["name"] = {"en": "Team retro", "de": "Team-Retro"}
    again = tmp_path / "team-retro.json"
    again.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(again), ""))
    )
    window.actions_by_id["file.import_template"].trigger()
    assert "team-retro" in {t.id for t in window.desk.templates()}
    new = window.desk.create_session("team-retro")
    assert [f.title for f in window.desk.frames(new.id)] == [
        f.title.get("en") for f in saved.frames
    ]


def test_importing_a_broken_template_explains_and_changes_nothing(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _sid = make_file(tmp_path / "c.copdesk", ["x"])
    window = open_window(qtbot, path)
    broken = tmp_path / "broken.json"
    broken.write_text('{"id": "x", "frames": [{"title": 3}]}', encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(
        "copdesk.ui.window_templates.show_error",
        lambda parent, error, title="": shown.append(str(error)),
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(broken), ""))
    )
    before = [t.id for t in window.desk.templates()]
    window.actions_by_id["file.import_template"].trigger()
    assert shown and "broken.json" in shown[0]
    assert [t.id for t in window.desk.templates()] == before
