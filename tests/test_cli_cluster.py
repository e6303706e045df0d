"""``copdesk cluster FILE --session ID [--json] [--apply]``, run in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from copdesk.cli import main
from copdesk.desk import Desk

NOTES = [
    "Learn SQL joins",
    "SQL-Abfragen selbst schreiben",
    "Write SQL queries for dashboards",
    "Run user interviews",
    "Nutzerinterviews führen",
    "Customer interviews every week",
    "🎉",
]


@pytest.fixture
def community(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "c.copdesk"
    with Desk.open(path, backup=False) as desk:
        sid = desk.create_session("blank", "Goals").id
        for i, text in enumerate(NOTES):
            desk.add_note(sid, text, 3000 + 250 * i, 3000)
    return path, sid


def test_json_proposal_lists_every_note_once(
    community: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    path, sid = community
    assert main(["cluster", str(path), "--session", str(sid), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    ids = sorted(i for g in data["groups"] for i in g["note_ids"])
    assert ids == list(range(1, len(NOTES) + 1))
    assert data["applied"] is False and data["clusters"] == []
    assert any(g["rest"] for g in data["groups"])
    with Desk.open(path, backup=False) as desk:
        assert desk.clusters(sid) == []  # without --apply nothing changes


def test_apply_changes_the_file(
    community: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    path, sid = community
    assert main(["cluster", str(path), "--session", str(sid), "--apply"]) == 0
    out = capsys.readouterr().out
    assert "label" in out and "Created 2 clusters" in out
    with Desk.open(path, backup=False) as desk:
        clusters = desk.clusters(sid)
        assert len(clusters) == 2
        grouped = {frozenset(n.id for n in desk.cluster_notes(c.id)) for c in clusters}
    assert grouped == {frozenset({1, 2, 3}), frozenset({4, 5, 6})}


def test_unknown_session_and_missing_file_are_one_line_errors(
    community: tuple[Path, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = community
    assert main(["cluster", str(path), "--session", "99"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("copdesk: ") and err.count("\n") == 1
    assert main(["cluster", str(tmp_path / "none.copdesk"), "--session", "1"]) == 1
    assert "no community file" in capsys.readouterr().err
