"""A realistic community-retro board for the presenter tests and screenshots."""

from __future__ import annotations

from pathlib import Path

from copdesk.core.models import NoteDraft
from copdesk.desk.desk import Desk

RETRO_NOTES: dict[str, list[tuple[str, int, str]]] = {
    "Keep": [
        ("Monthly demo sessions", 0, "Ana"),
        ("Book club on discovery habits", 0, "Ben"),
        ("Pairing on interview scripts", 4, "Chen"),
        ("Lightning talks, 5 min each", 0, "Dana"),
        ("Open notes after every circle", 4, "Eli"),
        ("Invite the design CoP", 3, "Fay"),
    ],
    "Drop": [
        ("Status round at the start", 2, "Ana"),
        ("Friday afternoon slots", 2, "Ben"),
        ("Slides nobody reads", 1, "Chen"),
        ("Two-hour meetings", 2, "Dana"),
    ],
    "Add": [
        ("Visit a meetup together", 3, "Eli"),
        ("Shared reading list", 3, "Fay"),
        ("Async channel digest", 5, "Ana"),
        ("Guest from sales", 1, "Ben"),
        ("Quarterly learning goals", 4, "Chen"),
    ],
}


def make_retro(path: Path) -> tuple[Path, int]:
    """A community retro with notes in Keep / Drop / Add, two clusters and a
    hidden voting round with a few votes."""
    desk = Desk.open(path)
    try:
        session = desk.create_session("community-retro", "Spring retro")
        placed: dict[str, list[int]] = {}
        for frame, notes in RETRO_NOTES.items():
            drafts = [NoteDraft(text=t, color=c, author=a) for t, c, a in notes]
            placed[frame] = [
                n.id for n in desk.place_and_add(session.id, drafts, frame_title=frame)
            ]
        desk.group_notes(session.id, placed["Keep"][:2], "Formats that work")
        desk.group_notes(session.id, placed["Add"][:2], "Learn outside")
        voting = desk.start_round(session.id, votes_per_person=3, hidden=True)
        for note_id in (placed["Keep"][0], placed["Keep"][0], placed["Add"][1]):
            desk.add_vote(voting.id, "note", note_id)
    finally:
        desk.close()
    return path, session.id
