"""Importing session JSON keeps a session's rule: at most one open voting round."""

from __future__ import annotations

from pathlib import Path

from copdesk.core.session_json import board_to_json_text
from copdesk.desk import Desk


def test_importing_a_board_with_an_open_round_keeps_the_live_round_the_only_open_one(
    tmp_path: Path,
) -> None:
    with Desk.open(tmp_path / "c.copdesk") as desk:
        old = desk.create_session("blank", "Last time")
        note = desk.add_note(old.id, "old idea", 0, 0)
        old_round = desk.start_round(old.id)
        desk.add_vote(old_round.id, "note", note.id)
        exported = board_to_json_text(desk.board(old.id))

        live = desk.create_session("blank", "Today")
        live_round = desk.start_round(live.id)
        desk.import_session_json(exported, session_id=live.id)
        open_rounds = [r.id for r in desk.rounds(live.id) if r.open]
        assert open_rounds == [live_round.id]
        assert desk.current_round(live.id).id == live_round.id
        assert len(desk.rounds(live.id)) == 2


def test_a_document_with_several_open_rounds_imports_with_only_the_last_open(
    tmp_path: Path,
) -> None:
    with Desk.open(tmp_path / "c.copdesk") as desk:
        s = desk.create_session("blank", "Votes")
        desk.add_note(s.id, "idea", 0, 0)
        desk.start_round(s.id)
        desk.start_round(s.id)
        desk.db.execute("UPDATE voting_rounds SET open = 1")  # a hand-edited file
        exported = board_to_json_text(desk.board(s.id))
        imported = desk.import_session_json(exported)
        rounds = desk.rounds(imported[0].session_id)
        assert [r.open for r in rounds] == [False, True]
