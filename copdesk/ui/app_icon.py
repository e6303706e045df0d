"""The copdesk application icon, for windows, dialogs and the task bar.

Built from the PNG sizes in ``resources/icons/hicolor`` (rendered from
``copdesk.svg`` by ``packaging/render_icons.py``) so that no size is scaled from
another; the SVG itself is the fallback when the PNGs are missing.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from copdesk.core.resource_paths import resource

#: The freedesktop / AppStream id: the ``.desktop`` file's name and the Wayland app id.
#: Pass it to ``QGuiApplication.setDesktopFileName`` so the desktop matches the window
#: to its launcher and icon.
DESKTOP_FILE_NAME = "io.github.copdesk.Copdesk"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The app icon with every bundled size; an empty icon only if none is bundled."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource("icons", "hicolor", f"{size}x{size}", "apps", "copdesk.png")
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    svg = resource("icons", "copdesk.svg")
    if icon.isNull() and svg.is_file():
        icon.addFile(str(svg))
    return icon
