"""Paper sizes for the PDF exports, in PostScript points (1/72 inch)."""

from __future__ import annotations

from typing import Literal

from copdesk.core.errors import ExportProblem

_MM = 72 / 25.4

#: Portrait width and height of every paper copdesk prints on.
PAPER_SIZES: dict[str, tuple[float, float]] = {
    "A4": (210 * _MM, 297 * _MM),
    "A3": (297 * _MM, 420 * _MM),
    "A2": (420 * _MM, 594 * _MM),
    "A1": (594 * _MM, 841 * _MM),
    "Letter": (612.0, 792.0),
    "Tabloid": (792.0, 1224.0),
}

Orientation = Literal["portrait", "landscape"]


def paper_name(name: str) -> str:
    """The canonical spelling of a paper name given in any case ("a3" → "A3")."""
    for known in PAPER_SIZES:
        if known.lower() == name.strip().lower():
            return known
    choices = ", ".join(PAPER_SIZES)
    raise ExportProblem(f"Unknown paper size '{name}'. Choose one of {choices}.")


def page_size(name: str, orientation: Orientation = "portrait") -> tuple[float, float]:
    """Width and height of paper ``name`` in points, turned to ``orientation``."""
    width, height = PAPER_SIZES[paper_name(name)]
    if orientation == "landscape":
        return (height, width)
    return (width, height)
