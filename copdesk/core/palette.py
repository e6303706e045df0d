"""The colours of copdesk boards, shared by the board scene, the PDFs and the PNG.

Six note colours, light enough for near-black text on a projector and on paper,
saturated enough to tell apart from the back of the room. Each is ``"#rrggbb"``.
"""

from __future__ import annotations

from copdesk.core.models import NOTE_COLOR_COUNT

#: Fill colours of sticky notes, indexed by ``Note.color``.
NOTE_COLORS: tuple[str, ...] = (
    "#fff176",  # yellow
    "#ffb86b",  # orange
    "#f7a1c4",  # pink
    "#8fd0f5",  # blue
    "#a8e0a0",  # green
    "#cdb4f0",  # lilac
)

#: Names of the note colours per language, in the order of :data:`NOTE_COLORS`.
NOTE_COLOR_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("yellow", "orange", "pink", "blue", "green", "lilac"),
    "de": ("gelb", "orange", "rosa", "blau", "grün", "lila"),
}

#: A slightly darker edge for each note colour (outline in print and on screen).
NOTE_BORDERS: tuple[str, ...] = (
    "#d4c23c",
    "#d98c3a",
    "#cf6f98",
    "#4f9ccc",
    "#6bb062",
    "#9a7ccc",
)

TEXT_COLOR = "#1a1a1a"  # note and frame text
MUTED_TEXT = "#5a5f66"  # prompts, guiding questions, footers
BOARD_BACKGROUND = "#ffffff"
FRAME_FILL = "#f4f6f8"  # used when a frame has no colour of its own
FRAME_BORDER = "#8a949e"
FRAME_TITLE = "#22272e"
CLUSTER_OUTLINE = "#3d4a57"
CLUSTER_LABEL = "#1f2d3a"
VOTE_DOT = "#c62828"  # dot-voting badge
VOTE_TEXT = "#ffffff"
WRITING_LINE = "#c9d0d6"  # ruled lines on blank worksheets

assert len(NOTE_COLORS) == NOTE_COLOR_COUNT == len(NOTE_BORDERS)


def note_color(index: int) -> str:
    """The fill of note colour ``index``; out-of-range indices wrap around."""
    return NOTE_COLORS[index % NOTE_COLOR_COUNT]


def note_border(index: int) -> str:
    """The outline of note colour ``index``."""
    return NOTE_BORDERS[index % NOTE_COLOR_COUNT]


def note_color_name(index: int, language: str = "en") -> str:
    """The human name of note colour ``index`` ("yellow", "gelb", ...)."""
    names = NOTE_COLOR_NAMES.get(language.split("_")[0], NOTE_COLOR_NAMES["en"])
    return names[index % NOTE_COLOR_COUNT]


def hex_to_rgb(color: str) -> tuple[float, float, float]:
    """``"#rrggbb"`` as three floats 0..1; anything malformed reads as white."""
    text = color.lstrip("#")
    if len(text) != 6:
        return (1.0, 1.0, 1.0)
    try:
        value = int(text, 16)
    except ValueError:
        return (1.0, 1.0, 1.0)
    return ((value >> 16 & 255) / 255, (value >> 8 & 255) / 255, (value & 255) / 255)


def contrast_ratio(first: str, second: str) -> float:
    """The WCAG 2 contrast ratio of two ``"#rrggbb"`` colours (1 to 21)."""

    def luminance(color: str) -> float:
        def linear(c: float) -> float:
            return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

        r, g, b = (linear(c) for c in hex_to_rgb(color))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_on(background: str) -> str:
    """White or the dark label colour, whichever reads better on ``background``."""
    white = "#ffffff"
    if contrast_ratio(white, background) > contrast_ratio(CLUSTER_LABEL, background):
        return white
    return CLUSTER_LABEL
