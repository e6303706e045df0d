"""Which screen the audience gets: pure logic on plain screen descriptors.

The facilitator keeps the screen the main window is on. The audience gets
another screen when there is one: the one the facilitator asked for, else a
non-primary screen (a projector is rarely the primary), else the biggest. Two
screens with the same geometry are a mirrored pair, i.e. one picture: then,
as with a single screen, the audience view takes that screen and a small
floating control bar keeps the facilitator's buttons within reach.

No Qt here at module level: :func:`screens_from_qt` converts ``QScreen``
objects when called, so the rules are tested with fake lists.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

Geometry = tuple[int, int, int, int]  # x, y, width, height (device independent pixels)


@dataclass(frozen=True, slots=True)
class ScreenInfo:
    """What the choice needs to know of one screen."""

    name: str
    geometry: Geometry
    is_primary: bool = False

    @property
    def area(self) -> int:
        return max(0, self.geometry[2]) * max(0, self.geometry[3])


@dataclass(frozen=True, slots=True)
class ScreenPlan:
    """Where the audience window goes and whether the control bar is needed.

    ``audience`` is None only when no screen is known at all; then the audience
    window opens as an ordinary window where the system puts it.
    """

    audience: ScreenInfo | None
    facilitator: ScreenInfo | None
    needs_control_bar: bool

    @property
    def shared(self) -> bool:
        """True when audience and facilitator look at the same picture."""
        return self.needs_control_bar


def _distinct(screens: Sequence[ScreenInfo]) -> list[ScreenInfo]:
    """Screens with a usable size, one per geometry (mirrored screens are one picture).

    Of a mirrored pair the primary one is kept, else the first.
    """
    by_geometry: dict[Geometry, ScreenInfo] = {}
    for screen in screens:
        if screen.geometry[2] <= 0 or screen.geometry[3] <= 0:
            continue
        kept = by_geometry.get(screen.geometry)
        if kept is None or (screen.is_primary and not kept.is_primary):
            by_geometry[screen.geometry] = screen
    return [s for s in screens if by_geometry.get(s.geometry) is s]


def _find(screens: Sequence[ScreenInfo], name: str | None) -> ScreenInfo | None:
    if not name:
        return None
    for screen in screens:
        if screen.name == name:
            return screen
    return None


def choose_screens(
    screens: Sequence[ScreenInfo],
    main_window_screen: str | None,
    preferred: str | None = None,
) -> ScreenPlan:
    """The plan for presenting.

    ``screens`` as the system lists them, ``main_window_screen`` the name of
    the screen the facilitator's window is on (None or unknown: the primary),
    ``preferred`` a screen the facilitator chose for the audience before.
    """
    distinct = _distinct(screens)
    if not distinct:
        return ScreenPlan(audience=None, facilitator=None, needs_control_bar=True)
    facilitator = _find(screens, main_window_screen)
    if facilitator is not None and facilitator not in distinct:
        # the main window is on one half of a mirrored pair: take the kept twin
        # (a screen without size finds no twin and counts as unknown)
        facilitator = next((s for s in distinct if s.geometry == facilitator.geometry), None)
    if facilitator is None:
        facilitator = next((s for s in distinct if s.is_primary), distinct[0])
    others = [s for s in distinct if s is not facilitator]
    if not others:
        return ScreenPlan(audience=facilitator, facilitator=facilitator, needs_control_bar=True)
    chosen = _find(others, preferred)
    if chosen is None:
        # not the primary first, then the biggest, then the order the system gives
        order = {id(s): i for i, s in enumerate(others)}
        chosen = min(others, key=lambda s: (s.is_primary, -s.area, order[id(s)]))
    return ScreenPlan(audience=chosen, facilitator=facilitator, needs_control_bar=False)


def screens_from_qt(qscreens: Sequence[Any], primary: Any | None) -> list[ScreenInfo]:
    """Descriptors of ``QScreen`` objects (imported by the caller, not here), in
    the same order. Names are made unique (separate X screens are all called
    "screen"), so a name identifies one screen of the list."""
    raw = [screen.name() or f"screen {i + 1}" for i, screen in enumerate(qscreens)]
    infos: list[ScreenInfo] = []
    for index, screen in enumerate(qscreens):
        rect = screen.geometry()
        name = raw[index] if raw.count(raw[index]) == 1 else f"{raw[index]} #{index + 1}"
        infos.append(
            ScreenInfo(
                name=name,
                geometry=(rect.x(), rect.y(), rect.width(), rect.height()),
                is_primary=screen is primary or (primary is not None and screen == primary),
            )
        )
    return infos
