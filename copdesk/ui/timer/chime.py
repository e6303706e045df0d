"""The chime played when a countdown reaches zero.

Sound is a bonus, never a requirement: QtMultimedia is imported inside a
``try``, and if the module, its backend or an audio device is missing the chime
is silent and the caller's visual alert carries the message. Nothing raises.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QUrl

from copdesk.core.resource_paths import resource

log = logging.getLogger("copdesk.ui.timer")


class Sounder(Protocol):
    """Anything that can play the chime (the real one, or a test's recorder)."""

    def play(self) -> bool: ...


def chime_path() -> Path:
    return resource("sounds", "chime.wav")


class Chime(QObject):
    """Plays ``chime.wav`` through ``QSoundEffect`` when it can; otherwise stays silent."""

    def __init__(
        self, path: Path | None = None, parent: QObject | None = None, *, volume: float = 0.8
    ) -> None:
        super().__init__(parent)
        self.muted = False
        self._effect: Any = None
        self._reason = ""
        self._load(path or chime_path(), volume)

    @property
    def available(self) -> bool:
        """True when a sound backend took the file (it may still have no device)."""
        return self._effect is not None

    @property
    def unavailable_reason(self) -> str:
        return self._reason

    def _load(self, path: Path, volume: float) -> None:
        if not path.is_file():
            self._reason = f"the chime file is missing ({path.name})"
            return
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except Exception as exc:  # ImportError, or a missing shared library behind it
            self._reason = f"Qt Multimedia is not available ({exc})"
            log.info("timer chime is silent: %s", self._reason)
            return
        try:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(max(0.0, min(volume, 1.0)))
        except Exception as exc:  # a backend failing while it starts
            self._reason = f"the sound backend failed ({exc})"
            log.info("timer chime is silent: %s", self._reason)
            return
        self._effect = effect

    def play(self) -> bool:
        """Start the chime; returns False (and does nothing else) when it cannot sound."""
        if self.muted or self._effect is None:
            return False
        try:
            if self._effect.status() == self._effect.Status.Error:
                return False
            self._effect.play()
        except Exception:  # a device unplugged mid-session: stay silent
            log.info("timer chime could not play", exc_info=True)
            return False
        return True
