"""Font fallback per character, Arabic shaping, bidi order and the placeholder."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from copdesk.export.fonts import (
    CJK,
    EMOJI,
    FONT_FILES,
    HANGUL,
    PLACEHOLDER,
    SANS,
    SANS_BOLD,
    SCREEN_FONTS,
    clean_text,
    draw_line,
    font_path,
    has_glyph,
    register_fonts,
    runs,
    shape_arabic,
    text_width,
    visual_line,
    width1,
)
from copdesk.export.text_fit import fit_text


def test_bundled_fonts_exist_with_their_licences() -> None:
    assert set(SCREEN_FONTS) == set(FONT_FILES)  # the screen registers every PDF font
    folder = font_path(SANS).parent
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for name in FONT_FILES:
        path = font_path(name)
        assert path.is_file() and path.suffix == ".ttf"
        data = path.read_bytes()
        assert data[:4] in (b"\x00\x01\x00\x00", b"true")  # TrueType, not CFF ("OTTO")
        assert b"glyf" in data[:1024]  # with glyf outlines, the kind ReportLab embeds
        assert path.name in readme
    for licence in ("DejaVu", "DroidSansFallback", "Nanum", "NotoEmoji"):
        assert (folder / f"LICENSE-{licence}.txt").is_file()


def test_the_hangul_subset_is_renamed_and_keeps_its_copyright() -> None:
    """The OFL lets a modified NanumGothic not carry its Reserved Font Names."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    face = TTFontFile(str(font_path(HANGUL)))
    assert face.familyName == b"Copdesk Hangul" and face.name == b"CopdeskHangul-Regular"
    data = font_path(HANGUL).read_bytes()
    assert "NHN Corporation".encode("utf-16-be") in data  # the copyright notice stays
    assert "Open Font License".encode("utf-16-be") in data
    hangul = {c for c in face.charToGlyph if 0xAC00 <= c <= 0xD7A3}
    assert len(hangul) == 11172  # every modern Hangul syllable


def test_korean_falls_back_to_the_hangul_font_and_spaces_stay_in_the_main_font() -> None:
    pieces = runs(clean_text("회고 notes: 안녕하세요 ㄱㄴ"))
    assert pieces == [
        (HANGUL, "회고"),
        (SANS, " notes: "),
        (HANGUL, "안녕하세요"),
        (SANS, " "),
        (HANGUL, "ㄱㄴ"),
    ]
    assert runs("회고", bold=True) == [(HANGUL, "회고")]  # one weight for both


def test_emoji_fall_back_to_the_emoji_font() -> None:
    text = clean_text("Carla 🎉 🙂🚀 👩🏽‍💻")
    assert PLACEHOLDER not in text
    assert runs(text) == [
        (SANS, "Carla "),
        (EMOJI, "🎉"),
        (SANS, " "),
        (EMOJI, "🙂🚀"),
        (SANS, " "),
        (EMOJI, "👩💻"),  # ZWJ and skin tone dropped; unshaped, the parts stand side by side
    ]
    assert runs("❤", bold=True) == [(SANS_BOLD, "❤")]  # DejaVu's own heart comes first


def test_a_line_is_measured_with_the_fonts_it_is_drawn_in() -> None:
    from reportlab.pdfbase import pdfmetrics

    for text in ("Team 学习 review", "회고 notes 안녕하세요", "Carla 🎉 🙂 done"):
        for bold in (False, True):
            drawn = sum(pdfmetrics.stringWidth(piece, name, 1) for name, piece in runs(text, bold))
            assert abs(drawn - width1(text, bold)) < 1e-6, (text, bold)


def test_umlauts_and_accents_stay_in_the_main_font() -> None:
    text = clean_text("Grüße aus Köln: Äpfel, Öl, Übung, café, naïve, ß")
    assert runs(text) == [(SANS, text)]
    assert PLACEHOLDER not in text


def test_cjk_characters_fall_back_to_the_cjk_font() -> None:
    pieces = runs(clean_text("Team 学习 review"))
    assert pieces == [(SANS, "Team "), (CJK, "学习"), (SANS, " review")]


def test_bold_uses_the_bold_face() -> None:
    assert runs("Keep", bold=True) == [(SANS_BOLD, "Keep")]


def test_arabic_letters_take_their_contextual_forms() -> None:
    shaped = shape_arabic("سلام")
    forms = [unicodedata.decomposition(c).split()[0] for c in shaped]
    assert forms == ["<initial>", "<final>", "<isolated>"]  # seen, lam-alef ligature, meem
    assert unicodedata.normalize("NFKC", shaped) == "سلام"
    assert "\ufefb" in shape_arabic("لا")  # lam-alef ligature


def test_right_to_left_lines_are_reversed_for_display() -> None:
    assert visual_line("שלום") == "םולש"
    assert visual_line("Team שלום") == "Team םולש"
    assert visual_line("plain text") == "plain text"


def test_characters_no_font_has_become_a_visible_placeholder() -> None:
    malayalam = "\u0d05"  # no bundled font has the script
    assert not has_glyph(malayalam)
    assert clean_text(f"a{malayalam}b") == f"a{PLACEHOLDER}b"
    assert clean_text("lone \ud800 surrogate") == f"lone {PLACEHOLDER} surrogate"


def test_controls_and_invisible_format_characters_are_dropped() -> None:
    assert clean_text("a\x00b\x07c\u200bd\ufeffe\u200d") == "abcde"
    assert clean_text("tab\there\r\nline") == "tab here\nline"
    assert clean_text("heart \u2764\ufe0f") == "heart \u2764"
    assert clean_text("wave \U0001f44b\U0001f3fd") == "wave \U0001f44b"  # skin tone


def test_a_2000_character_word_fits_a_note_without_error() -> None:
    fitted = fit_text("W" * 2000, 180, 120, max_size=14, min_size=5)
    assert fitted.truncated and fitted.lines[-1].text.endswith("…")
    assert all(line.width <= 180 + 0.01 for line in fitted.lines)


@given(st.text(max_size=300))
def test_any_text_cleans_measures_and_splits_without_error(text: str) -> None:
    cleaned = clean_text(text)
    assert all(has_glyph(c) or c == "\n" for c in cleaned)
    assert text_width(cleaned, 10) >= 0
    assert "".join(piece for _, piece in runs(cleaned.replace("\n", " "))) == cleaned.replace(
        "\n", " "
    )


def _ink(pgm: bytes) -> set[tuple[int, int]]:
    """The dark pixels of a binary PGM (P5) image."""
    match = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", pgm)
    assert match, pgm[:20]
    width = int(match.group(1))
    pixels = pgm[match.end() :]
    return {(i % width, i // width) for i, value in enumerate(pixels) if value < 128}


def test_hangul_and_emoji_print_as_their_glyphs_not_as_boxes(tmp_path: Path) -> None:
    """Rendered by poppler: 회 and 🎉 look unlike the □ placeholder, which a
    character no font has (Malayalam) does become."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.skip("pdftoppm is not installed (.ci/run installs it); rendering check skipped")
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    samples = {"box": PLACEHOLDER, "missing": "\u0d05", "hangul": "회", "emoji": "🎉"}
    pdf = tmp_path / "glyphs.pdf"
    canvas = Canvas(str(pdf), pagesize=(100, 100))
    for text in samples.values():
        draw_line(canvas, 10, 25, clean_text(text), 60)
        canvas.showPage()
    canvas.save()
    subprocess.run([pdftoppm, "-gray", "-r", "72", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.pgm"))
    ink = dict(zip(samples, (_ink(page.read_bytes()) for page in pages), strict=True))

    def overlap(a: str, b: str) -> float:
        return len(ink[a] & ink[b]) / len(ink[a] | ink[b])

    assert all(len(dots) > 100 for dots in ink.values()), {k: len(v) for k, v in ink.items()}
    assert overlap("missing", "box") == 1.0  # the check can tell a box when it sees one
    assert overlap("hangul", "box") < 0.5 and overlap("emoji", "box") < 0.5
    assert overlap("hangul", "emoji") < 0.5
