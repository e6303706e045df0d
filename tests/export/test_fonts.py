"""Font fallback per character, Arabic shaping, bidi order and the placeholder."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from copdesk.export.fonts import (
    CJK,
    PLACEHOLDER,
    SANS,
    SANS_BOLD,
    clean_text,
    font_path,
    has_glyph,
    runs,
    shape_arabic,
    text_width,
    visual_line,
)
from copdesk.export.text_fit import fit_text


def test_bundled_fonts_exist_with_their_licences() -> None:
    for name in (SANS, SANS_BOLD, CJK):
        path = font_path(name)
        assert path.is_file() and path.suffix == ".ttf"
        assert path.read_bytes()[:4] in (b"\x00\x01\x00\x00", b"true")  # TrueType outlines
    folder = font_path(SANS).parent
    assert (folder / "LICENSE-DejaVu.txt").is_file()
    assert (folder / "LICENSE-DroidSansFallback.txt").is_file()
    assert "DroidSansFallbackFull.ttf" in (folder / "README.md").read_text(encoding="utf-8")


def test_umlauts_and_accents_stay_in_the_main_font() -> None:
    text = clean_text("Grüße aus Köln: Äpfel, Öl, Übung, café, naïve, ß")
    assert runs(text) == [(SANS, text)]
    assert PLACEHOLDER not in text


def test_cjk_characters_fall_back_to_the_cjk_font() -> None:
    pieces = runs(clean_text("Team 学习 review"))
    assert pieces == [(SANS, "Team "), (CJK, "学习 "), (SANS, "review")]


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
    unicorn = "\U0001f984"
    assert not has_glyph(unicorn)
    assert clean_text(f"a{unicorn}b") == f"a{PLACEHOLDER}b"
    assert clean_text("lone \ud800 surrogate") == f"lone {PLACEHOLDER} surrogate"


def test_controls_and_invisible_format_characters_are_dropped() -> None:
    assert clean_text("a\x00b\x07c\u200bd\ufeffe\u200d") == "abcde"
    assert clean_text("tab\there\r\nline") == "tab here\nline"
    assert clean_text("heart \u2764\ufe0f") == "heart \u2764"


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
