"""The bundled fonts, and text prepared so that ReportLab can draw any of it.

ReportLab draws one TrueType font per string and has no per-glyph fallback, so
text is split into *runs*: each character goes to the first bundled font that
has a glyph for it (DejaVu Sans for Latin, Greek, Cyrillic, Arabic, Hebrew and
symbols; Copdesk Hangul, a subset of NanumGothic, for Korean; Droid Sans
Fallback for Chinese and Japanese; Noto Emoji for emoji, in black and white). A
character no font has is drawn as a visible placeholder (``□``), never an error.
A space is drawn in the font it is measured in (DejaVu Sans), so a line is as
wide on paper as it was measured.

Right-to-left text: Arabic letters are shaped into their contextual forms
(isolated, initial, medial, final, and the lam-alef ligatures) from Unicode's
presentation forms, and each *line* is reordered for display with python-bidi
after wrapping. Not covered: Arabic mark positioning beyond the font's default,
optional ligatures other than lam-alef, Indic and other complex scripts that
need a shaping engine (their characters print in logical order, unshaped), and
emoji sequences: without shaping, a flag prints as its two regional-indicator
letters and a ZWJ sequence (👩‍💻) as its parts side by side; colour emoji fonts
(CBDT, COLR, sbix) cannot be embedded by ReportLab at all.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from copdesk.core.errors import ExportProblem
from copdesk.core.resource_paths import resource

PLACEHOLDER = "\u25a1"  # □ WHITE SQUARE, in DejaVu Sans
ELLIPSIS = "\u2026"

SANS = "CopdeskSans"
SANS_BOLD = "CopdeskSans-Bold"
HANGUL = "CopdeskHangul"
CJK = "CopdeskCJK"
EMOJI = "CopdeskEmoji"

#: ReportLab font name → bundled file (``packaging/make_fonts.py`` makes the
#: Hangul and emoji files from their sources).
FONT_FILES: dict[str, str] = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    HANGUL: "CopdeskHangul-Regular.ttf",
    CJK: "DroidSansFallbackFull.ttf",
    EMOJI: "NotoEmoji-Regular.ttf",
}
#: The fallback order per weight. Hangul comes before Droid Sans Fallback so that
#: all of a Korean text (Droid has a few jamo) is in one design.
_CHAIN = {False: (SANS, HANGUL, CJK, EMOJI), True: (SANS_BOLD, HANGUL, CJK, EMOJI)}
#: The files the screen (Qt) registers, in the same fallback order.
SCREEN_FONTS = (SANS, SANS_BOLD, HANGUL, CJK, EMOJI)

_lock = threading.Lock()
_registered = False


def font_path(name: str) -> Path:
    """The bundled file of ReportLab font ``name`` (also used by the Qt side)."""
    return resource("fonts", FONT_FILES[name])


def register_fonts() -> None:
    """Register the bundled fonts with ReportLab once per process."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFError, TTFont

        _mend_to_unicode()
        for name, file in FONT_FILES.items():
            path = resource("fonts", file)
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except (OSError, TTFError) as exc:
                raise ExportProblem(
                    f"The bundled font {file} is missing or damaged.",
                    hint="Reinstall copdesk.",
                ) from exc
        _registered = True


def _utf16_hex(code: int) -> str:
    return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()


def _mend_to_unicode() -> None:
    """Make ReportLab write characters beyond U+FFFF (emoji) into a font's
    ToUnicode map as UTF-16 surrogate pairs, as the PDF format asks.

    ReportLab 5.1 writes them as five hex digits (``<1F642>``), which PDF
    readers reject, so the emoji would not copy or search as text. The
    original map is kept and only those entries are rewritten.
    """
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "_copdesk_mended", False):
        return

    def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
        cmap: str = original(fontname, subset)
        for index, code in enumerate(subset):
            if code > 0xFFFF:
                cmap = cmap.replace(
                    f"\n<{index:02X}> <{code:04X}>\n", f"\n<{index:02X}> <{_utf16_hex(code)}>\n"
                )
        return cmap

    make_to_unicode_cmap._copdesk_mended = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap


@dataclass(frozen=True, slots=True)
class _Face:
    name: str
    glyphs: frozenset[int]
    widths: dict[int, float]
    default_width: float


@cache
def _face(name: str) -> _Face:
    register_fonts()
    from reportlab.pdfbase import pdfmetrics

    font = pdfmetrics.getFont(name)
    face = font.face
    return _Face(name, frozenset(face.charToGlyph), face.charWidths, face.defaultWidth)


_char_cache: dict[tuple[str, bool], tuple[str, float]] = {}


def char_font(ch: str, bold: bool = False) -> tuple[str, float]:
    """The font drawing ``ch`` and its advance width at size 1 (in points)."""
    key = (ch, bold)
    hit = _char_cache.get(key)
    if hit is not None:
        return hit
    code = ord(ch)
    result: tuple[str, float] | None = None
    for name in _CHAIN[bold]:
        face = _face(name)
        if code in face.glyphs:
            result = (name, face.widths.get(code, face.default_width) / 1000)
            break
    if result is None:  # not drawable: measured as the placeholder
        face = _face(_CHAIN[bold][0])
        result = (face.name, face.widths.get(ord(PLACEHOLDER), face.default_width) / 1000)
    _char_cache[key] = result
    return result


class _GlyphTable(dict[str, bool]):
    def __missing__(self, ch: str) -> bool:
        found = any(ord(ch) in _face(name).glyphs for name in _CHAIN[False])
        self[ch] = found
        return found


class _WidthTable(dict[str, float]):
    """Advance width at size 1 per character, filled on first use."""

    def __init__(self, bold: bool) -> None:
        super().__init__()
        self.bold = bold

    def __missing__(self, ch: str) -> float:
        width = char_font(ch, self.bold)[1]
        self[ch] = width
        return width

    def measure(self, text: str) -> float:
        return sum(map(self.__getitem__, text))


class _WordWidthTable(dict[str, float]):
    """Width at size 1 per word (cleaned text), filled on first use.

    Words repeat within a board, so wrapping measures most of them once. The
    table is emptied when it grows past :attr:`LIMIT` entries.
    """

    LIMIT = 200_000

    def __init__(self, chars: _WidthTable) -> None:
        super().__init__()
        self.chars = chars

    def __missing__(self, word: str) -> float:
        if len(self) >= self.LIMIT:
            self.clear()
        width = sum(map(self.chars.__getitem__, word))
        self[word] = width
        return width


_glyphs = _GlyphTable()
WIDTHS = {False: _WidthTable(False), True: _WidthTable(True)}
WORD_WIDTHS = {bold: _WordWidthTable(table) for bold, table in WIDTHS.items()}


def has_glyph(ch: str) -> bool:
    """Whether some bundled font can draw ``ch``."""
    return _glyphs[ch]


def width1(text: str, bold: bool = False) -> float:
    """Width of cleaned ``text`` at size 1 (points)."""
    return sum(map(WIDTHS[bold].__getitem__, text))


# --- cleaning ---------------------------------------------------------------

_TAB = re.compile(r"\t")


def clean_text(text: str) -> str:
    """Text ready to measure: NFC, Arabic shaped, controls, invisible format
    characters, emoji variation selectors and skin-tone modifiers removed,
    undrawable characters replaced by :data:`PLACEHOLDER`.

    Newlines are kept (they separate paragraphs); tabs become spaces.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\t" in text:
        text = _TAB.sub(" ", text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    # Fast path: every character is known to stay as it is.
    cleaned = text if _KEPT.issuperset(text) else "".join(map(_CLEAN.__getitem__, text))
    if _ARABIC.search(cleaned):
        cleaned = shape_arabic(cleaned)
    return cleaned


class _CleanTable(dict[str, str]):
    """What each character becomes in :func:`clean_text`, filled on first use."""

    def __missing__(self, ch: str) -> str:
        category = unicodedata.category(ch)
        if ch == "\n":
            out = ch
        elif category in ("Cc", "Cf"):
            out = ""  # controls, ZWJ/ZWNJ, bidi marks, BOM, soft hyphen
        elif category == "Mn" and 0xFE00 <= ord(ch) <= 0xFE0F:
            out = ""  # variation selectors (emoji presentation)
        elif 0x1F3FB <= ord(ch) <= 0x1F3FF:
            out = ""  # skin-tone modifiers: a black-and-white emoji cannot show them
        else:
            out = ch if has_glyph(ch) else PLACEHOLDER
        self[ch] = out
        if out == ch:
            _KEPT.add(ch)
        return out


_CLEAN = _CleanTable()
_KEPT: set[str] = set()  # characters clean_text keeps unchanged


# --- Arabic shaping from Unicode presentation forms --------------------------

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f]")
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_FORMS = ("isolated", "final", "initial", "medial")
_ALEFS = "\u0622\u0623\u0625\u0627"


@cache
def _arabic_tables() -> tuple[dict[str, dict[str, str]], dict[tuple[str, str, str], str]]:
    forms: dict[str, dict[str, str]] = {}
    ligatures: dict[tuple[str, str, str], str] = {}
    for start, end in ((0xFE70, 0xFEFF), (0xFB50, 0xFDFF)):
        for code in range(start, end + 1):
            decomposition = unicodedata.decomposition(chr(code)).split()
            if len(decomposition) < 2 or decomposition[0].strip("<>") not in _FORMS:
                continue
            form = decomposition[0].strip("<>")
            letters = [chr(int(part, 16)) for part in decomposition[1:]]
            if len(letters) == 1:
                forms.setdefault(letters[0], {}).setdefault(form, chr(code))
            elif len(letters) == 2 and letters[0] == "\u0644" and letters[1] in _ALEFS:
                ligatures.setdefault((letters[0], letters[1], form), chr(code))
    return forms, ligatures


def _joining(ch: str, forms: dict[str, dict[str, str]]) -> str:
    """ "D" dual-joining, "R" right-joining, "T" transparent, "U" non-joining."""
    if ch == "\u0640":  # tatweel joins both ways
        return "D"
    if unicodedata.category(ch) in ("Mn", "Me"):
        return "T"
    shapes = forms.get(ch)
    if not shapes:
        return "U"
    return "D" if "initial" in shapes or "medial" in shapes else "R"


def shape_arabic(text: str) -> str:
    """Replace Arabic letters by their contextual presentation forms."""
    forms, ligatures = _arabic_tables()
    kinds = [_joining(ch, forms) for ch in text]
    n = len(text)

    def neighbour(i: int, step: int) -> int:
        j = i + step
        while 0 <= j < n and kinds[j] == "T":
            j += step
        return j if 0 <= j < n else -1

    out: list[str] = []
    i = 0
    while i < n:
        ch, kind = text[i], kinds[i]
        if kind not in ("D", "R") or ch not in forms:
            out.append(ch)
            i += 1
            continue
        prev = neighbour(i, -1)
        joins_prev = prev >= 0 and kinds[prev] == "D"
        nxt = neighbour(i, 1)
        if ch == "\u0644" and nxt == i + 1:
            lig = ligatures.get((ch, text[nxt], "final" if joins_prev else "isolated"))
            if lig and has_glyph(lig):
                out.append(lig)
                i += 2
                continue
        joins_next = kind == "D" and nxt >= 0 and kinds[nxt] in ("D", "R")
        form = {
            (True, True): "medial",
            (True, False): "final",
            (False, True): "initial",
            (False, False): "isolated",
        }[(joins_prev, joins_next)]
        shapes = forms[ch]
        shaped = shapes.get(form) or shapes.get("isolated") or ch
        out.append(shaped if has_glyph(shaped) else ch)
        i += 1
    return "".join(out)


def needs_reordering(text: str) -> bool:
    """Whether ``text`` holds right-to-left characters (lines need :func:`visual_line`)."""
    return _RTL.search(text) is not None


def visual_line(line: str) -> str:
    """One wrapped line in display order (right-to-left runs reversed)."""
    if not _RTL.search(line):
        return line
    from bidi import get_display

    return str(get_display(line))


# --- measuring and drawing ----------------------------------------------------


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width of cleaned ``text`` at ``size`` points, over all fallback fonts."""
    return width1(text, bold) * size


class _FontTable(dict[str, str]):
    """The font drawing each character, filled on first use."""

    def __init__(self, bold: bool) -> None:
        super().__init__()
        self.bold = bold

    def __missing__(self, ch: str) -> str:
        name = char_font(ch, self.bold)[0]
        self[ch] = name
        if name == _CHAIN[self.bold][0]:
            _PRIMARY[self.bold].add(ch)
        return name


_FONTS = {False: _FontTable(False), True: _FontTable(True)}
_PRIMARY: dict[bool, set[str]] = {False: set(), True: set()}  # characters of the main font


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """``(font name, text)`` pieces of cleaned ``text``.

    A space stays in the main font even between two fallback characters: the
    fallback fonts' spaces are of other widths (Noto Emoji's is four times as
    wide), and the line was measured with the main font's."""
    if not text:
        return []
    if _PRIMARY[bold].issuperset(text):
        return [(_CHAIN[bold][0], text)]  # the common case: all in the main font
    table = _FONTS[bold]
    names = list(map(table.__getitem__, text))
    if names.count(names[0]) == len(names):
        return [(names[0], text)]  # the common case: one font
    pieces: list[tuple[str, str]] = []
    current = ""
    buffer: list[str] = []
    for ch, name in zip(text, names, strict=True):
        if name != current and buffer:
            pieces.append((current, "".join(buffer)))
            buffer = []
        current = name
        buffer.append(ch)
    if buffer:
        pieces.append((current, "".join(buffer)))
    return pieces


class CanvasLike:  # pragma: no cover - typing aid for reportlab's Canvas
    def beginText(self, x: float, y: float) -> object: ...
    def drawText(self, text: object) -> None: ...


def draw_line(
    canvas: object, x: float, y: float, line: str, size: float, bold: bool = False
) -> None:
    """Draw one cleaned, display-ordered line with its baseline at ``(x, y)``."""
    draw_lines(canvas, [(x, y, line)], size, bold)


def draw_lines(
    canvas: object, lines: list[tuple[float, float, str]], size: float, bold: bool = False
) -> None:
    """Draw cleaned, display-ordered lines (x, baseline y, text) in one text object,
    switching fonts only where a run needs another one."""
    if not lines:
        return
    text = canvas.beginText()  # type: ignore[attr-defined]
    current = ""
    for x, y, line in lines:
        text.setTextOrigin(x, y)
        for name, piece in runs(line, bold):
            if name != current:
                text.setFont(name, size)
                current = name
            text.textOut(piece)
    canvas.drawText(text)  # type: ignore[attr-defined]
