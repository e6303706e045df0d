"""Flags a view sets on its viewport so the shared board items paint for the room.

The audience view is a second ``QGraphicsView`` on the *same* scene as the
facilitator's board, so a flag on the scene would change both pictures. Items
get the viewport they are painted for as ``paint()``'s ``widget`` argument
(also when they paint into their per-view device cache), so a Qt dynamic
property on that viewport is a per-view switch:

``copdesk_presentation``  high-contrast, room-legible painting (no author
                          line, bigger text, no selection or resize marks)
``copdesk_votes_hidden``  the current voting round is hidden: no vote badges

Items call :func:`presenting` / :func:`votes_hidden` with their ``widget``;
:func:`presentation_text` is the note text laid out for the room.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from copdesk.core.models import Note
from copdesk.ui.board.note_text import FittedLayout, fit_note_text

PRESENTATION = "copdesk_presentation"
VOTES_HIDDEN = "copdesk_votes_hidden"


_painting: list[QWidget] = []  # the audience viewport being painted right now, if any


def painting_for(viewport: QWidget | None) -> None:
    """Called by an audience view around its paint: Qt hands items no ``widget``
    when they paint into their device cache, so the view says who paints."""
    _painting.clear()
    if viewport is not None:
        _painting.append(viewport)


def _target(widget: QWidget | None) -> QWidget | None:
    return widget if widget is not None else (_painting[0] if _painting else None)


def presenting(widget: QWidget | None) -> bool:
    """True when ``widget`` (the viewport being painted) is an audience view."""
    target = _target(widget)
    return target is not None and bool(target.property(PRESENTATION))


def votes_hidden(widget: QWidget | None) -> bool:
    """True when vote counts must not show on ``widget``."""
    target = _target(widget)
    return target is not None and bool(target.property(VOTES_HIDDEN))


def presentation_text(note: Note) -> FittedLayout:
    """A note's text as the audience sees it: the whole note height, no author line."""
    return fit_note_text(note.text, note.width, note.height)
