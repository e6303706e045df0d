"""What focus mode steps through: frames and clusters in board order.

Board order is reading order: frames row by row, left to right (a row is the
frames whose tops lie above the middle of the row's first frame); each frame is
followed by the clusters inside it, in the same order; clusters outside every
frame come last. Pure logic on the core dataclasses, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol, TypeVar

from copdesk.core.geometry import frame_at
from copdesk.core.models import Frame, Note

TargetKind = Literal["frame", "cluster"]
Rect = tuple[float, float, float, float]  # x, y, width, height in board units


@dataclass(frozen=True, slots=True)
class FocusTarget:
    """One stop of focus mode: a frame or a cluster, its title and its rectangle
    (and a frame's prompt, its guiding question)."""

    kind: TargetKind
    id: int
    title: str
    rect: Rect
    prompt: str = ""

    @property
    def key(self) -> tuple[TargetKind, int]:
        return (self.kind, self.id)


class _Boxed(Protocol):
    @property
    def x(self) -> float: ...

    @property
    def y(self) -> float: ...

    @property
    def height(self) -> float: ...


T = TypeVar("T", bound=_Boxed)


def reading_order(boxes: Iterable[T]) -> list[T]:
    """``boxes`` row by row, each row left to right."""
    remaining = sorted(boxes, key=lambda b: (b.y, b.x))
    ordered: list[T] = []
    while remaining:
        first = remaining[0]
        limit = first.y + first.height / 2
        row = [b for b in remaining if b.y < limit]
        ordered.extend(sorted(row, key=lambda b: (b.x, b.y)))
        remaining = [b for b in remaining if b.y >= limit]
    return ordered


@dataclass(frozen=True, slots=True)
class _Box:
    x: float
    y: float
    width: float
    height: float
    cluster_id: int


def _cluster_boxes(notes: Iterable[Note]) -> list[_Box]:
    bounds: dict[int, list[float]] = {}
    for note in notes:
        if note.deleted or note.cluster_id is None:
            continue
        b = bounds.get(note.cluster_id)
        right, bottom = note.x + note.width, note.y + note.height
        if b is None:
            bounds[note.cluster_id] = [note.x, note.y, right, bottom]
        else:
            b[0], b[1] = min(b[0], note.x), min(b[1], note.y)
            b[2], b[3] = max(b[2], right), max(b[3], bottom)
    return [_Box(b[0], b[1], b[2] - b[0], b[3] - b[1], cid) for cid, b in bounds.items()]


def focus_targets(
    frames: Sequence[Frame],
    notes: Iterable[Note],
    cluster_labels: Mapping[int, str] | None = None,
) -> list[FocusTarget]:
    """Every frame and every cluster with at least one note, in board order."""
    labels = cluster_labels or {}
    live = [f for f in frames if not f.deleted]
    inside: dict[int | None, list[_Box]] = {}
    for box in _cluster_boxes(notes):
        cx, cy = box.x + box.width / 2, box.y + box.height / 2
        owner = frame_at(live, cx, cy)
        inside.setdefault(owner.id if owner else None, []).append(box)

    def clusters_of(frame_id: int | None) -> list[FocusTarget]:
        return [
            FocusTarget(
                "cluster",
                b.cluster_id,
                labels.get(b.cluster_id) or "Cluster",
                (b.x, b.y, b.width, b.height),
            )
            for b in reading_order(inside.get(frame_id, []))
        ]

    targets: list[FocusTarget] = []
    for frame in reading_order(live):
        targets.append(
            FocusTarget(
                "frame",
                frame.id,
                frame.title,
                (frame.x, frame.y, frame.width, frame.height),
                frame.prompt,
            )
        )
        targets.extend(clusters_of(frame.id))
    targets.extend(clusters_of(None))
    return targets
