"""The bundled fonts on screen, so the board uses the same typeface as the PDFs."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from copdesk.export.fonts import CJK, SANS, SANS_BOLD, font_path

log = logging.getLogger("copdesk.ui")

_families: list[str] = []


def load_bundled_fonts() -> list[str]:
    """Register the bundled TTFs with Qt once; returns their family names
    (main face first, then the CJK fallback)."""
    if _families:
        return list(_families)
    for name in (SANS, SANS_BOLD, CJK):
        font_id = QFontDatabase.addApplicationFont(str(font_path(name)))
        if font_id < 0:
            log.warning("bundled font %s could not be loaded", name)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in _families:
                _families.append(family)
    return list(_families)


@cache
def board_families() -> tuple[str, ...]:
    families = load_bundled_fonts()
    return tuple(families) or ("Sans Serif",)


def board_font(pixel_size: int, *, bold: bool = False) -> QFont:
    """A font for board text: DejaVu Sans, falling back per glyph to the CJK face."""
    font = QFont()
    font.setFamilies(list(board_families()))
    font.setPixelSize(max(1, int(pixel_size)))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font
