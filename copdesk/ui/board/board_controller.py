"""Board gestures → undo commands → desk calls → the scene.

The controller is the commands' target: it mirrors what the desk returns on the
scene, and turns every finished gesture (drag, edit, key, paste, drop, capture)
into exactly one undo command.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, QPointF, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication

from copdesk.core.errors import CopdeskError, ImportProblem
from copdesk.core.models import NOTE_HEIGHT, NOTE_WIDTH, Frame, Note, NoteDraft, Session
from copdesk.core.note_import import sniff_kind
from copdesk.desk.desk import Desk
from copdesk.desk.import_ops import drafts_from_bytes, read_import_file
from copdesk.ui.board.clipboard import drafts_from_mime, notes_to_mime, text_drafts
from copdesk.ui.board.commands import (
    NUDGE_ID,
    FrameLayoutCommand,
    FrameTitleCommand,
    NotesCommand,
    PlaceNotesCommand,
    SessionCommand,
)
from copdesk.ui.board.note_editor import NoteEditor
from copdesk.ui.board.note_item import NoteItem
from copdesk.ui.board.scene import BoardScene
from copdesk.ui.board.view import BoardView

NUDGE = 10.0
BIG_NUDGE = 50.0
PASTE_OFFSET = 30.0
DRAFT_ID = -1


class BoardController(QObject):
    failed = Signal(object)  # a CopdeskError to show
    #: the desk changed a session other than the shown one (undo/redo elsewhere)
    session_needed = Signal(int)
    #: a session-level change is done: refresh the sidebar (select this id)
    sessions_changed = Signal(object)
    notes_shown = Signal()
    #: a session JSON file became a new session (shown now): the Session
    session_imported = Signal(object)

    def __init__(self, desk: Desk, undo_stack: QUndoStack, scene: BoardScene, view: BoardView):
        super().__init__()
        self.desk = desk
        self.undo_stack = undo_stack
        self.scene = scene
        self.view = view
        self.editor: NoteEditor | None = None
        self._draft_item: NoteItem | None = None
        scene.notes_dragged.connect(self._on_scene_notes_dragged)
        scene.frame_reshaped.connect(self._on_scene_frame_reshaped)
        scene.note_resized.connect(self._on_scene_note_resized)
        scene.note_activated.connect(self.edit_note)
        scene.board_double_clicked.connect(self._on_scene_board_double_clicked)
        view.dropped.connect(self._on_view_dropped)

    @property
    def session_id(self) -> int:
        if self.scene.session_id is None:
            raise CopdeskError(self.tr("Choose or create a session first."))
        return self.scene.session_id

    @property
    def editable(self) -> bool:
        return not self.desk.read_only and self.scene.session_id is not None

    # -- BoardTarget -------------------------------------------------------------
    def show_notes(self, session_id: int, notes: Sequence[Note], *, select: bool) -> None:
        if session_id != self.scene.session_id:
            self.session_needed.emit(session_id)
            return
        # notes coming or going: deleting the last notes of a cluster retires it,
        # bringing them back revives it (the desk decided; show what it holds)
        clusters = sorted(
            {
                n.cluster_id
                for n in notes
                if n.cluster_id is not None and (self.scene.note_item(n.id) is None) != n.deleted
            }
        )
        self.scene.apply_notes(notes)
        if clusters:
            self.scene.cluster_layer.apply_clusters([self.desk.cluster(c) for c in clusters])
        if select:
            self.scene.select_notes(n.id for n in notes if not n.deleted)
        self.notes_shown.emit()

    def show_layout(self, session_id: int, frames: Sequence[Frame], notes: Sequence[Note]) -> None:
        if session_id != self.scene.session_id:
            self.session_needed.emit(session_id)
            return
        self.scene.apply_frames(frames)
        self.scene.apply_notes(notes)
        self.notes_shown.emit()

    def show_sessions(self, select: int | None) -> None:
        self.sessions_changed.emit(select)

    def report_failure(self, error: CopdeskError) -> None:
        self.failed.emit(error)

    # -- helpers -------------------------------------------------------------------
    def _push(self, command: QUndoCommand) -> bool:
        if not self.editable:
            return False
        self.undo_stack.push(command)
        return not getattr(command, "failed", False)

    def _notes_command(
        self, text: str, operation: object, before: Sequence[Note] | None, **kw: object
    ) -> NotesCommand:
        return NotesCommand(self, text, self.session_id, operation, before, **kw)  # type: ignore[arg-type]

    def _selected(self) -> list[Note]:
        return self.scene.selected_notes()

    def _on_scene_board_double_clicked(self, pos: QPointF) -> None:
        self.new_note_at(pos)

    # -- create --------------------------------------------------------------------
    def new_note_at(self, pos: QPointF) -> None:
        """Open the editor on a new note centred at ``pos``; it is created on commit."""
        if not self.editable:
            return
        self.close_editor()
        note = Note(
            id=DRAFT_ID,
            session_id=self.session_id,
            text="",
            x=pos.x() - NOTE_WIDTH / 2,
            y=pos.y() - NOTE_HEIGHT / 2,
            z=1e12,
        )
        item = NoteItem(note)
        item.setFlag(NoteItem.GraphicsItemFlag.ItemIsMovable, False)
        self.scene.addItem(item)
        self._draft_item = item
        self._open_editor(item)

    def add_drafts(
        self,
        drafts: Sequence[NoteDraft],
        *,
        text: str,
        frame_id: int | None = None,
        origin: tuple[float, float] | None = None,
        placed: bool = False,
    ) -> list[Note]:
        """Add notes in one undo step: as placed, or laid out in a tidy grid
        (a frame they go into grows to hold them; undo shrinks it back)."""
        if not drafts:
            return []
        sid = self.session_id
        command: NotesCommand | PlaceNotesCommand
        if placed:
            command = self._notes_command(
                text, lambda: self.desk.add_notes(sid, drafts), None, select=True
            )
        else:
            command = PlaceNotesCommand(
                self,
                text,
                sid,
                lambda: self.desk.place_notes_with_room(
                    sid, drafts, frame_id=frame_id, origin=origin
                ),
                select=True,
            )
        self._push(command)
        return command.after or []

    # -- edit ------------------------------------------------------------------------
    def edit_note(self, note_id: int | None = None) -> None:
        if not self.editable:
            return
        if note_id is None:
            selected = self.scene.selected_note_ids()
            if not selected:
                return
            note_id = selected[-1]
        item = self.scene.note_item(note_id)
        if item is None:
            return
        self.close_editor()
        self._open_editor(item)

    def _open_editor(self, item: NoteItem) -> None:
        editor = NoteEditor(item)
        editor.committed.connect(self._on_editor_committed)
        editor.cancelled.connect(self._on_editor_cancelled)
        self.editor = editor
        self.view.setFocus()
        editor.start()

    def close_editor(self) -> None:
        if self.editor is not None:
            self.editor.finish(commit=True)

    def _drop_draft(self) -> None:
        item, self._draft_item = self._draft_item, None
        if item is not None:
            item.hide()
            # removed later: we may be inside the editor's own key or focus event
            QTimer.singleShot(0, lambda: item.scene() and item.scene().removeItem(item))

    def _on_editor_committed(self, note_id: int, text: str) -> None:
        self.editor = None
        if note_id == DRAFT_ID:
            draft = self._draft_item
            self._drop_draft()
            if draft is not None and text.strip():
                n = draft.note
                self.add_drafts(
                    [NoteDraft(text=text, x=n.x, y=n.y, color=n.color)],
                    text=self.tr("Add note"),
                    placed=True,
                )
            return
        item = self.scene.note_item(note_id)
        if item is None or text == item.note.text:
            return
        before = [item.note]
        desk = self.desk
        self._push(
            self._notes_command(
                self.tr("Edit note"), lambda: [desk.edit_note(note_id, text)], before
            )
        )

    def _on_editor_cancelled(self, note_id: int) -> None:
        self.editor = None
        if note_id == DRAFT_ID:
            self._drop_draft()

    def recolor(self, color: int) -> None:
        notes = [n for n in self._selected() if n.color != color]
        if not notes:
            return
        desk = self.desk
        colors = {n.id: color for n in notes}
        self._push(
            self._notes_command(self.tr("Recolour"), lambda: desk.recolor_notes(colors), notes)
        )

    def delete_selected(self) -> None:
        notes = self._selected()
        if notes:
            ids = [n.id for n in notes]
            desk = self.desk
            label = (
                self.tr("Delete note")
                if len(ids) == 1
                else self.tr("Delete %1 notes").replace("%1", str(len(ids)))
            )
            self._push(self._notes_command(label, lambda: desk.delete_notes(ids), notes))
            return
        if self.scene.selected_frame_ids():
            self.delete_frames(self.scene.selected_frame_ids())

    def bring_to_front(self) -> None:
        notes = self._selected()
        if notes:
            ids = [n.id for n in notes]
            desk = self.desk
            self._push(
                self._notes_command(self.tr("Bring to front"), lambda: desk.raise_notes(ids), notes)
            )

    def duplicate(self) -> None:
        notes = self._selected()
        drafts = [
            NoteDraft(
                text=n.text,
                x=n.x + PASTE_OFFSET,
                y=n.y + PASTE_OFFSET,
                color=n.color,
                author=n.author,
                width=n.width,
                height=n.height,
            )
            for n in sorted(notes, key=lambda n: n.z)
        ]
        self.add_drafts(drafts, text=self.tr("Duplicate"), placed=True)

    # -- move --------------------------------------------------------------------------
    def _on_scene_notes_dragged(self, moved: dict[int, tuple[tuple[float, float], ...]]) -> None:
        self.move_notes({i: new for i, (_old, new) in moved.items()}, self.tr("Move"), merge=False)

    def nudge(self, dx: float, dy: float) -> None:
        notes = self._selected()
        if notes:
            positions = {n.id: (n.x + dx, n.y + dy) for n in notes}
            self.move_notes(positions, self.tr("Nudge"), merge=True)

    def move_notes(
        self, positions: dict[int, tuple[float, float]], text: str, *, merge: bool
    ) -> None:
        before = [item.note for i in positions if (item := self.scene.note_item(i))]
        if not before:
            return
        desk = self.desk
        command = self._notes_command(
            text if len(before) == 1 else f"{text} {len(before)} notes",
            lambda: desk.move_notes(positions),
            before,
            merge_id=NUDGE_ID if merge else -1,
        )
        if not self._push(command):  # refused (read-only, error): put the items back
            self.scene.apply_notes(before)

    def _on_scene_note_resized(
        self, note_id: int, _old: tuple[float, float], new: tuple[float, float]
    ) -> None:
        self.resize_notes({note_id: new})

    def resize_notes(self, sizes: dict[int, tuple[float, float]]) -> None:
        """One undo step; a refused resize puts the notes back as they were."""
        before = [item.note for i in sizes if (item := self.scene.note_item(i))]
        if not before:
            return
        desk = self.desk
        text = self.tr("Resize note") if len(before) == 1 else self.tr("Resize notes")
        command = self._notes_command(text, lambda: desk.resize_notes(sizes), before)
        if not self._push(command):
            for note in before:
                item = self.scene.note_item(note.id)
                if item is not None:
                    item.restore_size()

    def _on_scene_frame_reshaped(self, changes: dict[int, tuple[tuple, tuple]]) -> None:
        geometry = {fid: new for fid, (_old, new) in changes.items()}
        desk = self.desk
        command = FrameLayoutCommand(
            self,
            self.tr("Move frame"),
            self.session_id,
            lambda: desk.set_frame_geometry(geometry),
            list(geometry),
        )
        if not self._push(command):
            self.show_layout(
                self.session_id, desk.frames(self.session_id), desk.notes(self.session_id)
            )

    def add_frame(self, pos: QPointF, title: str = "") -> None:
        title = title or self.tr("New frame")

        desk, sid = self.desk, self.session_id
        self._push(
            FrameLayoutCommand(
                self,
                self.tr("Add frame"),
                sid,
                lambda: [desk.add_frame(sid, title, pos.x(), pos.y(), 660.0, 700.0)],
            )
        )

    def rename_frame(self, frame_id: int, title: str) -> None:
        old = self.desk.frame(frame_id).title
        if title.strip() and title != old:
            self._push(FrameTitleCommand(self, self.session_id, frame_id, old, title))

    def delete_frames(self, frame_ids: list[int]) -> None:
        desk = self.desk
        self._push(
            FrameLayoutCommand(
                self,
                self.tr("Delete frame"),
                self.session_id,
                lambda: [desk.delete_frame(fid) for fid in frame_ids],
                frame_ids,
            )
        )

    # -- clipboard ------------------------------------------------------------------------
    def copy(self) -> bool:
        notes = self._selected()
        if not notes:
            return False
        QApplication.clipboard().setMimeData(notes_to_mime(notes))
        return True

    def cut(self) -> None:
        if self.copy():
            notes = self._selected()
            ids = [n.id for n in notes]
            desk = self.desk
            self._push(self._notes_command(self.tr("Cut"), lambda: desk.delete_notes(ids), notes))

    def paste(self, at: QPointF | None = None) -> None:
        mime = QApplication.clipboard().mimeData()
        if mime is None:
            return
        try:
            self.paste_mime(mime, at or self.view.cursor_scene_pos(), text=self.tr("Paste"))
        except CopdeskError as error:  # too many lines: refused, nothing added
            self.report_failure(error)

    def paste_mime(self, mime: QMimeData, at: QPointF, *, text: str) -> None:
        drafts, placed = drafts_from_mime(mime, (at.x(), at.y()))
        if placed:
            self.add_drafts(drafts, text=text, placed=True)
        else:
            self.add_drafts(drafts, text=text, origin=(at.x(), at.y()))

    # -- drops and imports --------------------------------------------------------------
    def _on_view_dropped(self, mime: QMimeData, at: QPointF) -> None:
        try:
            files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
            if files:
                for path in files:
                    self.import_file(path, at)
            elif mime.hasText() or mime.hasFormat("application/x-copdesk-notes"):
                self.paste_mime(mime, at, text=self.tr("Drop notes"))
        except CopdeskError as error:
            self.report_failure(error)

    def import_file(self, path: str, at: QPointF | None = None) -> list[Note]:
        """Notes from a .csv or .txt file, laid out at ``at`` (or into their frames).

        A session JSON file becomes a new session instead (see
        :meth:`import_session`); no notes are returned for it."""
        p = Path(path)
        data = read_import_file(p)
        if sniff_kind(p.name, data) == "json":
            self.import_session(p)
            return []
        drafts = drafts_from_bytes(p.name, data)
        if not drafts:
            raise ImportProblem(self.tr("“%1” holds no notes.").replace("%1", p.name))
        origin = (at.x(), at.y()) if at is not None else None
        return self.add_drafts(
            drafts, text=self.tr("Import %1").replace("%1", p.name), origin=origin
        )

    def paste_text_lines(self, text: str, at: QPointF) -> list[Note]:
        return self.add_drafts(text_drafts(text), text=self.tr("Paste"), origin=(at.x(), at.y()))

    def import_session(self, path: str | Path) -> Session | None:
        """A session JSON file as a new session, in one undo step, then shown.

        A refusal (not a copdesk session, damaged, read-only file) is reported
        through :attr:`failed` and leaves the file and the undo stack as they were."""
        if self.desk.read_only:
            return None
        desk = self.desk
        hint = self.tr(
            "A session file is what File ▸ Export saves as “Session JSON”. "
            "A template is imported with File ▸ Import Template."
        )

        def operation() -> Session:
            try:
                return desk.import_session_file(path)
            except ImportProblem as problem:
                if problem.hint:
                    raise
                raise ImportProblem(problem.message, hint=hint) from problem

        command = SessionCommand(
            self,
            self.tr("Import session"),
            operation,
            revert=lambda s: desk.delete_session(s.id),
            redo_again=lambda s: desk.restore_session(s.id),
        )
        self.undo_stack.push(command)
        if command.failed or command.session is None:
            return None
        self.session_imported.emit(command.session)
        return command.session
