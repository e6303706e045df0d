"""Focus mode's stops: frames and clusters in board order (pure logic)."""

from __future__ import annotations

from copdesk.core.models import Frame, Note
from copdesk.ui.presenter.focus_targets import focus_targets, reading_order


def frame(fid: int, title: str, x: float, y: float, w: float = 600, h: float = 800) -> Frame:
    return Frame(fid, 1, title, "", x, y, w, h, "#ffffff")


def note(nid: int, x: float, y: float, cluster: int | None = None, **kw: object) -> Note:
    return Note(nid, 1, f"note {nid}", x, y, cluster_id=cluster, **kw)  # type: ignore[arg-type]


def test_frames_row_by_row_left_to_right() -> None:
    frames = [
        frame(3, "Purpose", 0, 900, 1000, 500),
        frame(2, "Add", 1300, 10),
        frame(1, "Keep", 0, 0),
        frame(4, "Drop", 650, 5),
        frame(5, "Actions", 1100, 880, 400, 600),
    ]
    titles = [t.title for t in focus_targets(frames, [])]
    assert titles == ["Keep", "Drop", "Add", "Purpose", "Actions"]


def test_clusters_follow_their_frame_and_loose_ones_come_last() -> None:
    frames = [frame(1, "Keep", 0, 0), frame(2, "Drop", 700, 0)]
    notes = [
        note(1, 20, 100, cluster=10),
        note(2, 240, 100, cluster=10),
        note(3, 720, 400, cluster=20),
        note(4, 720, 100, cluster=30),
        note(5, 3000, 3000, cluster=40),
        note(6, 40, 500),  # in no cluster
        note(7, 900, 900, cluster=50, deleted=True),
    ]
    targets = focus_targets(frames, notes, {10: "Formats", 20: "Slots", 30: "Status"})
    assert [(t.kind, t.id) for t in targets] == [
        ("frame", 1),
        ("cluster", 10),
        ("frame", 2),
        ("cluster", 30),
        ("cluster", 20),
        ("cluster", 40),
    ]
    formats = targets[1]
    assert formats.title == "Formats"
    assert formats.rect == (20, 100, 420, 140)
    assert targets[-1].title == "Cluster"  # no label known


def test_deleted_frames_are_skipped() -> None:
    frames = [frame(1, "Keep", 0, 0), Frame(2, 1, "Gone", "", 700, 0, 10, 10, "", deleted=True)]
    assert [t.title for t in focus_targets(frames, [])] == ["Keep"]


def test_reading_order_of_nothing() -> None:
    assert reading_order([]) == []
    assert focus_targets([], []) == []
