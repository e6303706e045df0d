"""Importing notes from CSV, plain text and copdesk's session JSON."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from copdesk.core.errors import CopdeskError, ImportProblem
from copdesk.core.models import Note, NoteDraft, Session
from copdesk.core.note_import import notes_from_csv, notes_from_text, sniff_kind

if TYPE_CHECKING:
    from copdesk.desk.desk import Desk

MAX_IMPORT_BYTES = 50 * 1024 * 1024


def read_import_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ImportProblem(f"“{path.name}” is larger than 50 MB; copdesk does not import it.")
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise ImportProblem(f"There is no file “{path}”.") from exc
    except IsADirectoryError as exc:
        raise ImportProblem(f"“{path.name}” is a folder, not a file.") from exc
    except PermissionError as exc:
        raise ImportProblem(f"copdesk may not read “{path.name}”: permission denied.") from exc
    except OSError as exc:
        raise ImportProblem(f"“{path.name}” cannot be read ({exc.strerror}).") from exc


def drafts_from_bytes(name: str, data: bytes) -> list[NoteDraft]:
    """Note drafts from a CSV or text file's bytes (JSON is a whole session)."""
    kind = sniff_kind(name, data)
    if kind == "csv":
        return notes_from_csv(data)
    if kind == "json":
        raise ImportProblem("A session JSON file is imported as a session, not as notes.")
    return notes_from_text(data)


class ImportOps:
    def place_and_add(
        self: Desk,
        session_id: int,
        drafts: Sequence[NoteDraft],
        *,
        frame_title: str | None = None,
        origin: tuple[float, float] | None = None,
    ) -> list[Note]:
        """Lay drafts out (into their frames, growing them as needed, or a tidy
        grid) and add them at once; an unknown frame refuses them all."""
        return self.place_notes_with_room(
            session_id, drafts, frame_title=frame_title, origin=origin
        ).notes

    def import_notes(
        self: Desk, session_id: int, path: str | Path, *, frame_title: str | None = None
    ) -> list[Note]:
        """Import a CSV or text file into a session: all notes, or none."""
        p = Path(path)
        data = read_import_file(p)
        kind = sniff_kind(p.name, data)
        if kind == "json":
            return self.import_session_json(data, session_id=session_id)
        drafts = drafts_from_bytes(p.name, data)  # the parsers enforce the limits
        return self.place_and_add(session_id, drafts, frame_title=frame_title)

    def import_session_file(self: Desk, path: str | Path) -> Session:
        """Import a session JSON file as a new session."""
        notes = self.import_session_json(read_import_file(Path(path)))
        if notes:
            return self.session(notes[0].session_id)
        return self.sessions()[-1]

    def import_session_json(
        self: Desk, data: bytes | str, *, session_id: int | None = None
    ) -> list[Note]:
        """Import copdesk's session JSON into ``session_id`` (or a new session)."""
        from copdesk.desk.session_import import import_document

        try:
            from copdesk.core.session_json import parse_session_json
        except ImportError as exc:  # pragma: no cover - the format ships with copdesk
            raise CopdeskError("This copdesk cannot read session JSON files.") from exc
        document = parse_session_json(data)
        return import_document(self, document, session_id=session_id)
