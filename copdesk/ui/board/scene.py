"""The board scene: mirrors one session's frames and notes as the desk returns them.

The scene never writes. It reports finished gestures as facts (``notes_dragged``,
``frame_reshaped``, ``note_activated``, ``board_double_clicked``) and the window
turns each into one undo command. Changes come back through :meth:`apply_notes`,
:meth:`apply_frames` and :meth:`show_board`, which are harmless to repeat.

Later layers (clusters, vote badges) hook in through :meth:`show_board`'s
``Board`` and each note item's badge slot.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent

from copdesk.core.models import Board, Frame, Note, Vote, VotingRound
from copdesk.core.palette import note_color
from copdesk.ui.board.cluster_item import ClusterItem
from copdesk.ui.board.cluster_layer import ClusterLayer
from copdesk.ui.board.frame_item import FrameItem
from copdesk.ui.board.note_item import DIMMED, MATCHED, NORMAL, NoteItem

Geometry = tuple[float, float, float, float]
MARGIN = 1500.0
BACKGROUND = QColor("#f3f4f6")


def _dot_brush() -> QBrush:
    pixmap = QPixmap(28, 28)
    pixmap.fill(BACKGROUND)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#c9ced6"))
    painter.drawPoint(0, 0)
    painter.drawPoint(1, 0)
    painter.drawPoint(0, 1)
    painter.drawPoint(1, 1)
    painter.end()
    return QBrush(pixmap)


class BoardScene(QGraphicsScene):
    #: {note_id: ((old_x, old_y), (new_x, new_y))} after a drag moved something
    notes_dragged = Signal(object)
    #: {frame_id: (old_geometry, new_geometry)} after a frame was moved or resized
    frame_reshaped = Signal(object)
    #: a note was resized by its grip: (note_id, (old w, h), (new w, h))
    note_resized = Signal(int, object, object)
    #: a note was double-clicked (edit it)
    note_activated = Signal(int)
    #: the empty board (or a frame's body) was double-clicked at a scene point
    board_double_clicked = Signal(QPointF)
    #: a frame's header was double-clicked (rename it)
    frame_activated = Signal(int)
    #: a drag that changes clusters: ({note_id: (old, new)}, MembershipChange)
    notes_dropped = Signal(object, object)
    #: a cluster's label chip (or collapsed card) was double-clicked (rename it)
    cluster_activated = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.session_id: int | None = None
        self._notes: dict[int, NoteItem] = {}
        self._frames: dict[int, FrameItem] = {}
        self._drag_start: dict[int, QPointF] = {}
        self._dragging_cluster = False
        self.cluster_layer = ClusterLayer(self)
        #: the current voting round hides its counts: no badges on the board
        self.votes_hidden = False
        self._dotted = _dot_brush()
        self.setBackgroundBrush(self._dotted)
        self.find_query = ""
        self.editable = True
        #: zoomed far out: items keep hit-testing but the scene draws all notes
        #: in a few batched calls (per-item painting costs ~8 µs × thousands)
        self.overview = False
        self._overview_rects: list[tuple[QColor, int, list[QRectF]]] | None = None
        self.selectionChanged.connect(self._on_self_selection_changed)

    # -- the mirror ------------------------------------------------------------
    def show_board(self, board: Board) -> None:
        """Show a whole board (a fresh session or a reload)."""
        self.clear_board()
        self.session_id = board.session.id
        self.setSceneRect(QRectF())
        self.apply_frames(board.frames)
        self.apply_notes(board.notes)
        self.cluster_layer.apply_clusters(board.clusters)
        self.apply_votes(board)
        self._fit_scene_rect(reset=True)

    def clear_board(self) -> None:
        """Show nothing (no session chosen)."""
        self.clearSelection()
        self.cluster_layer.clear()
        for frame_item in self._frames.values():
            frame_item.show_questions(False)
        for item in [*self._notes.values(), *self._frames.values()]:
            self.removeItem(item)
        self._notes.clear()
        self._frames.clear()
        self._overview_rects = None

    def set_editable(self, editable: bool) -> None:
        """Read-only boards: notes can be selected, not moved."""
        self.editable = editable
        for item in self._notes.values():
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, editable)

    def apply_notes(self, notes: Iterable[Note]) -> None:
        """Create, update or remove the items of these notes (other sessions are ignored)."""
        notes = list(notes)
        add = self.addItem
        query = self.find_query
        for note in notes:
            if note.session_id != self.session_id:
                continue
            item = self._notes.get(note.id)
            if note.deleted:
                if item is not None:
                    self.removeItem(item)
                    del self._notes[note.id]
                continue
            if item is None:
                item = NoteItem(note)
                if self.overview:
                    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
                if not self.editable:
                    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, False)
                self._notes[note.id] = item
                add(item)
                if query:
                    item.set_find_state(MATCHED if _matches(note, query) else DIMMED)
            else:
                item.set_note(note)
                if query:
                    item.set_find_state(MATCHED if _matches(note, query) else DIMMED)
        self.cluster_layer.notes_applied(notes)
        self._overview_rects = None
        self._fit_scene_rect()

    def apply_frames(self, frames: Iterable[Frame]) -> None:
        for frame in frames:
            if frame.session_id != self.session_id:
                continue
            item = self._frames.get(frame.id)
            if frame.deleted:
                if item is not None:
                    item.show_questions(False)
                    self.removeItem(item)
                    del self._frames[frame.id]
                continue
            if item is None:
                item = FrameItem(frame)
                self._frames[frame.id] = item
                self.addItem(item)
            else:
                item.set_frame(frame)
        self.cluster_layer.frames_changed()
        self._fit_scene_rect()

    def apply_votes(self, board: Board) -> None:
        """Fill the badges from the current round's votes (the open round, else
        the latest; empty when no round ran)."""
        rounds = sorted(board.rounds, key=lambda r: (r.open, r.id))
        current = rounds[-1] if rounds else None
        votes = [v for v in board.votes if current is not None and v.round_id == current.id]
        self.show_votes(current, votes)

    def show_votes(self, voting_round: VotingRound | None, votes: Iterable[Vote]) -> None:
        """Badges on notes and clusters; nothing while the round hides its counts."""
        self.votes_hidden = voting_round is not None and voting_round.hidden
        notes: dict[int, int] = {}
        clusters: dict[int, int] = {}
        if not self.votes_hidden:
            for vote in votes:
                if vote.target_kind == "note":
                    notes[vote.target_id] = notes.get(vote.target_id, 0) + 1
                    owner = self.cluster_layer.cluster_of(vote.target_id)
                else:
                    owner = vote.target_id
                if owner is not None:
                    clusters[owner] = clusters.get(owner, 0) + 1
        for note_id, item in self._notes.items():
            n = notes.get(note_id, 0)
            item.set_badge(str(n) if n else "")
        self.cluster_layer.set_votes(clusters)

    # -- overview: far zoomed out --------------------------------------------------
    def set_overview(self, on: bool) -> None:
        if on == self.overview:
            return
        self.overview = on
        self._overview_rects = None
        flag = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
        for item in self._notes.values():
            item.setFlag(flag, on)
        self.update()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        if not self.overview:
            return
        if self._overview_rects is None:
            self._overview_rects = self._batched_rects()
        painter.setPen(Qt.PenStyle.NoPen)
        for color, state, rects in self._overview_rects:
            if state == DIMMED:
                painter.setOpacity(0.22)
            painter.setBrush(color)
            painter.drawRects(rects)
            painter.setOpacity(1.0)
        chosen = [i.sceneBoundingRect() for i in self.selectedItems() if isinstance(i, NoteItem)]
        found = [i.sceneBoundingRect() for i in self._notes.values() if i.find_state == MATCHED]
        for color, rects in ((QColor("#ff6d00"), found), (QColor("#1e6fd9"), chosen)):
            if rects:
                pen = QPen(color, 3.0)
                pen.setCosmetic(True)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRects(rects)

    def _batched_rects(self) -> list[tuple[QColor, int, list[QRectF]]]:
        groups: dict[tuple[int, int], list[QRectF]] = {}
        for item in sorted(self._notes.values(), key=lambda i: i.zValue()):
            if not item.isVisible():  # in a collapsed cluster
                continue
            n = item.note
            p = item.pos()
            key = (n.color, DIMMED if item.find_state == DIMMED else NORMAL)
            groups.setdefault(key, []).append(QRectF(p.x(), p.y(), n.width, n.height))
        return [
            (QColor(note_color(color)), state, rects)
            for (color, state), rects in sorted(
                groups.items(), key=lambda kv: kv[0][1], reverse=True
            )
        ]

    def _on_self_selection_changed(self) -> None:
        if self.overview:
            self.update()

    def invalidate_overview(self) -> None:
        if self.overview:
            self._overview_rects = None
            self.update()

    def _fit_scene_rect(self, *, reset: bool = False) -> None:
        content = self.content_rect()
        wanted = content.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        current = QRectF() if reset else self.sceneRect()
        if reset or not current.contains(wanted):
            self.setSceneRect(wanted.united(current) if not current.isEmpty() else wanted)

    def content_rect(self) -> QRectF:
        """The rectangle holding every frame and note, from the rows (no Qt calls per item)."""
        xs: list[float] = []
        ys: list[float] = []
        rights: list[float] = []
        bottoms: list[float] = []
        for f in (i.frame for i in self._frames.values()):
            xs.append(f.x)
            ys.append(f.y)
            rights.append(f.x + f.width)
            bottoms.append(f.y + f.height)
        for n in (i.note for i in self._notes.values()):
            xs.append(n.x)
            ys.append(n.y)
            rights.append(n.x + n.width)
            bottoms.append(n.y + n.height)
        if not xs:
            return QRectF(0.0, 0.0, 1200.0, 800.0)
        return QRectF(QPointF(min(xs), min(ys)), QPointF(max(rights), max(bottoms)))

    # -- lookups ---------------------------------------------------------------
    def note_item(self, note_id: int) -> NoteItem | None:
        return self._notes.get(note_id)

    def frame_item(self, frame_id: int) -> FrameItem | None:
        return self._frames.get(frame_id)

    def note_items(self) -> list[NoteItem]:
        return list(self._notes.values())

    def frame_items(self) -> list[FrameItem]:
        return list(self._frames.values())

    def notes(self) -> list[Note]:
        return [item.note for item in self._notes.values()]

    def frames(self) -> list[Frame]:
        return [item.frame for item in self._frames.values()]

    def selected_note_ids(self) -> list[int]:
        return [i.note.id for i in self.selectedItems() if isinstance(i, NoteItem)]

    def selected_notes(self) -> list[Note]:
        return [i.note for i in self.selectedItems() if isinstance(i, NoteItem)]

    def selected_frame_ids(self) -> list[int]:
        return [i.frame.id for i in self.selectedItems() if isinstance(i, FrameItem)]

    def select_notes(self, note_ids: Iterable[int]) -> None:
        self.clearSelection()
        for note_id in note_ids:
            item = self._notes.get(note_id)
            if item is not None:
                item.setSelected(True)

    def select_all_notes(self) -> None:
        for item in self._notes.values():
            item.setSelected(True)

    def notes_of_frame(self, frame_id: int) -> list[NoteItem]:
        return [i for i in self._notes.values() if i.note.frame_id == frame_id]

    def note_at(self, pos: QPointF) -> NoteItem | None:
        for item in self.items(pos, deviceTransform=QTransform()):
            if isinstance(item, NoteItem):
                return item
        return None

    def frame_at(self, pos: QPointF) -> FrameItem | None:
        for item in self.items(pos, deviceTransform=QTransform()):
            if isinstance(item, FrameItem):
                return item
        return None

    # -- find ------------------------------------------------------------------
    def highlight(self, query: str) -> list[int]:
        """Highlight notes containing ``query`` (case-insensitive) and dim the rest;
        an empty query clears it. Returns the matching ids in reading order."""
        self.find_query = query.casefold().strip()
        matches: list[Note] = []
        for item in self._notes.values():
            if not self.find_query:
                item.set_find_state(NORMAL)
            elif _matches(item.note, self.find_query):
                item.set_find_state(MATCHED)
                matches.append(item.note)
            else:
                item.set_find_state(DIMMED)
        self.invalidate_overview()
        matches.sort(key=lambda n: (n.y, n.x))
        return [n.id for n in matches]

    def set_dotted_background(self, dotted: bool) -> None:
        self.setBackgroundBrush(self._dotted if dotted else QBrush(BACKGROUND))

    # -- gestures ----------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        self._drag_start = {}
        self._dragging_cluster = False
        if event.button() == Qt.MouseButton.LeftButton and self.mouseGrabberItem() is not None:
            grabber = self.mouseGrabberItem()
            if isinstance(grabber, NoteItem):
                self._drag_start = {
                    i.note.id: i.pos() for i in self.selectedItems() if isinstance(i, NoteItem)
                }
            elif isinstance(grabber, ClusterItem) and self.editable:
                self._drag_start = grabber.member_positions()
                self._dragging_cluster = True

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if self._drag_start and not self._dragging_cluster:
            self.cluster_layer.follow_drag(self._drag_start)
        if self.overview and self._drag_start:
            self.invalidate_overview()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.invalidate_overview()
        if event.button() != Qt.MouseButton.LeftButton or not self._drag_start:
            return
        start, self._drag_start = self._drag_start, {}
        whole_cluster, self._dragging_cluster = self._dragging_cluster, False
        moved: dict[int, tuple[tuple[float, float], tuple[float, float]]] = {}
        for note_id, old in start.items():
            item = self._notes.get(note_id)
            if item is None:
                continue
            new = item.pos()
            if new != old:  # whole board units: clean numbers in the file
                moved[note_id] = ((old.x(), old.y()), (round(new.x()), round(new.y())))
        change = None
        if moved and not whole_cluster:
            change = self.cluster_layer.drop_change(moved, event.scenePos())
        self.cluster_layer.end_drag()
        if change is not None:
            self.notes_dropped.emit(moved, change)
        elif moved:
            self.notes_dragged.emit(moved)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        pos = event.scenePos()
        note = self.note_at(pos)
        if note is not None:
            self.note_activated.emit(note.note.id)
            event.accept()
            return
        cluster = self.cluster_layer.cluster_at(pos)
        if cluster is not None:
            self.cluster_activated.emit(cluster.cluster_id)
            event.accept()
            return
        frame = self.frame_at(pos)
        if frame is not None and frame.in_header(frame.mapFromScene(pos)):
            self.frame_activated.emit(frame.frame.id)
        else:
            self.board_double_clicked.emit(pos)
        event.accept()

    def frame_gesture_finished(self, frame_id: int, old: Geometry, new: Geometry) -> None:
        self.frame_reshaped.emit({frame_id: (old, new)})

    def note_resize_finished(
        self, note_id: int, old: tuple[float, float], new: tuple[float, float]
    ) -> None:
        self.note_resized.emit(note_id, old, new)


def _matches(note: Note, query: str) -> bool:
    return query in note.text.casefold() or query in note.author.casefold()
