"""What the window remembers between runs: geometry, the last file and
session, recent files, capture-bar authors. One typed accessor per setting."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10
DEFAULT_AUTHORS = ("Table 1", "Table 2", "Table 3", "Table 4", "Table 5", "Table 6")


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        if qsettings is None:
            home = os.environ.get("COPDESK_HOME")
            if home:
                path = Path(home) / "config" / "copdesk.ini"
                qsettings = QSettings(str(path), QSettings.Format.IniFormat)
            else:
                qsettings = QSettings("copdesk", "copdesk")
        self._q = qsettings

    def sync(self) -> None:
        self._q.sync()

    # -- window ----------------------------------------------------------------
    def geometry(self) -> QByteArray | None:
        value = self._q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self._q.setValue("window/geometry", value)

    def window_state(self) -> QByteArray | None:
        value = self._q.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def set_window_state(self, value: QByteArray) -> None:
        self._q.setValue("window/state", value)

    # -- files -------------------------------------------------------------------
    def last_file(self) -> str:
        return str(self._q.value("files/last", "") or "")

    def set_last_file(self, path: str) -> None:
        self._q.setValue("files/last", _absolute(path))

    def recent_files(self) -> list[str]:
        value = self._q.value("files/recent", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in value or []][:MAX_RECENT]

    def add_recent_file(self, path: str) -> list[str]:
        path = _absolute(path)
        files = [path, *(f for f in self.recent_files() if f != path)][:MAX_RECENT]
        self._q.setValue("files/recent", files)
        return files

    def clear_recent_files(self) -> None:
        self._q.setValue("files/recent", [])

    # -- sessions ----------------------------------------------------------------
    def last_session(self, path: str) -> int | None:
        value = self._q.value(f"sessions/{_key(path)}", None)
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def set_last_session(self, path: str, session_id: int) -> None:
        self._q.setValue(f"sessions/{_key(path)}", session_id)

    def pinned_question(self, path: str, session_id: int) -> str:
        return str(self._q.value(f"pinned/{_key(path)}/{session_id}", "") or "")

    def set_pinned_question(self, path: str, session_id: int, question: str) -> None:
        key = f"pinned/{_key(path)}/{session_id}"
        if question:
            self._q.setValue(key, question)
        else:
            self._q.remove(key)

    # -- capture bar -------------------------------------------------------------
    def authors(self) -> list[str]:
        value = self._q.value("capture/authors", list(DEFAULT_AUTHORS))
        if isinstance(value, str):
            value = [value]
        names = [str(v).strip() for v in value or [] if str(v).strip()]
        return names or list(DEFAULT_AUTHORS)

    def set_authors(self, names: list[str]) -> None:
        self._q.setValue("capture/authors", [n for n in names if n.strip()])


def _key(path: str) -> str:
    """A settings key for a file path (QSettings keys must not contain slashes)."""
    import hashlib

    return hashlib.sha1(str(Path(path).resolve()).encode("utf-8", "surrogatepass")).hexdigest()


def _absolute(path: str) -> str:
    """A file remembered across starts must not depend on the folder copdesk was
    started from."""
    return str(Path(path).expanduser().absolute())
