"""Where copdesk's bundled resources (templates, fonts, sounds, icons) live.

From a checkout they sit in ``resources/`` beside the package; an installed
wheel carries them inside the package as ``copdesk/resources``. Computing a
path does no I/O beyond checking which of the two exists.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


@cache
def resources_dir() -> Path:
    """The folder holding ``templates/``, ``fonts/``, ``sounds/`` and ``icons/``."""
    frozen = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle
    candidates = [_PACKAGE / "resources", _PACKAGE.parent / "resources"]
    if frozen:
        candidates.insert(0, Path(frozen) / "copdesk" / "resources")
    for candidate in candidates:
        if (candidate / "templates").is_dir():
            return candidate
    return candidates[-1]


def resource(*parts: str) -> Path:
    """A path inside the resources folder, e.g. ``resource("fonts", "DejaVuSans.ttf")``."""
    return resources_dir().joinpath(*parts)
