"""Hostile note text through the desk, every export format and the board scene.

Notes of 2,000 characters, one 2,000-character word, emoji, right-to-left and
mixed scripts, zero-width and control characters: the desk stores them (controls
stripped), CSV, Markdown and JSON carry them exactly, the PDFs show every
character a bundled font can draw (read back with pypdf; right-to-left text is
compared by its characters, since shaping and bidi reordering change the order),
the PNG and the board scene render them without error.
"""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from copdesk.core.models import Board, Circle, CircleRound, Member, NoteDraft
from copdesk.desk import Desk
from copdesk.export.community_pdf import CommunityOverview
from copdesk.export.fonts import ELLIPSIS, PLACEHOLDER, has_glyph
from copdesk.export.formats import FORMATS, ExportOptions, render

HOSTILE = {
    "long": ("Lernziel sharing " * 125)[:2000].strip(),
    "one word": "W" + "x" * 1998 + "Z",
    "emoji": "Retro 🙂 👩🏽‍💻 🇩🇪 🚀 ❤️ done",
    "arabic": "ناقش أهداف التعلم معا",
    "hebrew": "שלום עולם ותודה",
    "mixed": "Plan: 学习 Python, ناقش mit Ελληνικά und Привет",
    "devanagari": "सीखना Learning",
    "korean": "회고: 잘한 점과 아쉬운 점, 김민준",
    "zero width": "zero\u200bwidth\u200djoin\ufeffbom\u200emark\u2066iso\u2069",
    "controls": "bell\x07esc\x1b\x7fdone\x00!",
}
RTL = re.compile("[\u0590-\u08ff]")
DRAWN_SCRIPTS = ("long", "one word", "arabic", "hebrew", "mixed", "korean")
EMOJI_FONT, HANGUL_FONT = "NotoEmoji-Regular", "CopdeskHangul-Regular"


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory) -> Board:
    path = tmp_path_factory.mktemp("hostile") / "hostile.copdesk"
    with Desk.open(path, backup=False) as desk:
        sid = desk.create_session("community-retro", "Hostile text").id
        drafts = [
            NoteDraft(text, 60.0 + 260 * (i % 4), 300.0 + 200 * (i // 4))
            for i, text in enumerate(HOSTILE.values())
        ]
        notes = desk.add_notes(sid, drafts)
        desk.group_notes(sid, [notes[2].id, notes[3].id], HOSTILE["mixed"])
        for text in HOSTILE.values():
            desk.add_action(text[:500], owner=HOSTILE["arabic"], session_id=sid)
        return desk.board(sid)


def _stored(board: Board, key: str) -> str:
    return board.notes[list(HOSTILE).index(key)].text


def _flat(text: str) -> str:
    return re.sub(r"\s", "", unicodedata.normalize("NFC", text))


def _letters(text: str) -> set[str]:
    """The characters of text, Arabic presentation forms folded to letters (NFKC)."""
    return set(_flat(unicodedata.normalize("NFKC", text)))


def _visible(text: str) -> str:
    """What a PDF can show of ``text``: invisible format characters, variation
    selectors and skin-tone modifiers dropped, characters no bundled font has
    become the placeholder."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        category = unicodedata.category(ch)
        if category in ("Cc", "Cf") or 0xFE00 <= ord(ch) <= 0xFE0F or 0x1F3FB <= ord(ch) <= 0x1F3FF:
            continue
        out.append(ch if has_glyph(ch) else PLACEHOLDER)
    return _flat("".join(out))


def _pdf_text(data: bytes) -> str:
    """All pages' text without the page footers ("community · session · date",
    "Page 2 of 3"), so a note running over a page break reads as one."""
    pages = PdfReader(io.BytesIO(data)).pages
    kept: list[str] = []
    for number, page in enumerate(pages, start=1):
        lines = page.extract_text().splitlines()
        if len(pages) > 1 and lines and lines[-1].strip() == f"Page {number} of {len(pages)}":
            lines = lines[:-2] if len(lines) > 1 and " · " in lines[-2] else lines[:-1]
        kept += lines
    return _flat("\n".join(kept))


def test_the_desk_keeps_the_text_and_strips_only_controls(board: Board) -> None:
    for key, text in HOSTILE.items():
        expected = text if key != "controls" else "bellescdone!"
        assert _stored(board, key) == expected, key
    assert len(_stored(board, "long")) == 2000 and len(_stored(board, "one word")) == 2000


@pytest.mark.parametrize("format_id", ["csv", "md", "json"])
def test_text_exports_carry_every_note_exactly(board: Board, format_id: str) -> None:
    text = render(format_id, board).decode("utf-8")
    if format_id == "json":
        import json

        notes = json.loads(text)["notes"]
        assert {n["text"] for n in notes} == {n.text for n in board.notes}
        return
    if format_id == "csv":
        import csv

        rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
        cells = {cell for row in rows for cell in row}
        for note in board.notes:
            assert note.text in cells or ("'" + note.text) in cells, note.text[:30]
        return
    unescaped = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|<>~])", r"\1", text)  # Markdown escapes
    for note in board.notes:
        assert note.text in unescaped, note.text[:30]


def test_the_bundled_fonts_draw_every_script_but_devanagari() -> None:
    for key in DRAWN_SCRIPTS:
        missing = {ch for ch in HOSTILE[key] if not ch.isspace() and not has_glyph(ch)}
        assert not missing, (key, missing)
    assert PLACEHOLDER not in _visible(HOSTILE["emoji"])  # all but the invisible joiners
    assert PLACEHOLDER in _visible(HOSTILE["devanagari"])


@pytest.mark.parametrize("format_id", ["summary", "poster"])
def test_pdf_shows_every_drawable_character(board: Board, format_id: str) -> None:
    shown = _pdf_text(render(format_id, board))
    for key in HOSTILE:
        want = _visible(_stored(board, key))
        if RTL.search(want):  # shaped and reordered: compare the characters
            assert _letters(want) <= _letters(shown), (key, _letters(want) - _letters(shown))
        elif format_id == "poster" and len(want) > 200:
            # one page: a 2,000-character note is cut, visibly, with an ellipsis
            cut = shown.find(want[:40])
            assert cut >= 0, key
            rest = shown[cut:]
            end = rest.find(ELLIPSIS)
            assert end > 40 and want.startswith(rest[:end]), key
        else:
            assert want in shown, (key, want[:60])


def test_actions_pdf_shows_hostile_action_texts(board: Board) -> None:
    shown = _pdf_text(render("actions", board))
    for action in board.actions:
        want = _visible(action.text)
        if RTL.search(want):
            assert _letters(want) <= _letters(shown), action.text[:30]
        else:
            assert want in shown, action.text[:30]


def _hostile_overview(board: Board) -> CommunityOverview:
    """The community formats' input: members, a circle and a round named in hostile text."""
    texts = list(HOSTILE.values())
    members = tuple(
        Member(i, text[:200], team=texts[-i][:80], interests=(text[:120],), contact=text[:60])
        for i, text in enumerate(texts, 1)
    )
    return CommunityOverview(
        community=HOSTILE["mixed"],
        today=date(2025, 6, 1),
        members=members,
        circle_round=CircleRound(1, HOSTILE["emoji"], "2025-06-02"),
        circles=(Circle(1, 1, HOSTILE["arabic"], (1, 2, 3)), Circle(2, 1, "", (4, 99))),
        actions=board.actions,
        names={m.id: m.name for m in members},
    )


def test_every_registered_format_renders_the_hostile_board(board: Board, qapp: object) -> None:
    overview = _hostile_overview(board)
    for format_id, fmt in FORMATS.items():
        if fmt.render is not None:
            data = render(format_id, board, ExportOptions(overview=overview))
        else:  # drawn by the window layer
            from copdesk.ui.board_png import render_board_image

            data = render_board_image(board, 0.5)
        assert len(data) > 100, format_id


def _font_names(data: bytes) -> set[str]:
    """The base names of the fonts a PDF's pages use (subset prefix removed)."""
    names = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for ref in page["/Resources"]["/Font"].values():
            names.add(str(ref.get_object()["/BaseFont"]).split("+", 1)[-1])
    return names


def test_pdf_draws_emoji(board: Board) -> None:
    data = render("summary", board)
    shown = _pdf_text(data)
    for emoji in ("🙂", "👩💻", "🚀", "🇩🇪"):  # joiner and skin tone dropped
        assert emoji in shown, emoji
    assert EMOJI_FONT in _font_names(data)


@pytest.mark.parametrize("format_id", ["summary", "poster", "actions"])
def test_pdf_draws_korean_in_the_hangul_font(board: Board, format_id: str) -> None:
    data = render(format_id, board)
    assert _visible(HOSTILE["korean"]) in _pdf_text(data)
    assert HANGUL_FONT in _font_names(data)


def test_actions_pdf_draws_an_owner_with_emoji(tmp_path: Path) -> None:
    """QA's case: "Carla 🎉" printed as "Carla □" in the actions PDF."""
    with Desk.open(tmp_path / "owners.copdesk", backup=False) as desk:
        sid = desk.create_session("community-retro", "회고 Q3 🎉").id
        desk.add_action("Raum buchen 🎉", owner="Carla 🎉", session_id=sid)
        desk.add_action("결과 공유하기", owner="김민준", session_id=sid)
        board = desk.board(sid)
    data = render("actions", board)
    shown = _pdf_text(data)
    for text in ("Carla🎉", "Raumbuchen🎉", "결과공유하기", "김민준"):
        assert text in shown, text
    assert PLACEHOLDER not in shown
    assert {EMOJI_FONT, HANGUL_FONT} <= _font_names(data)


def test_board_scene_renders_hostile_notes(board: Board, qapp: object, tmp_path: Path) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from copdesk.ui.board.scene import BoardScene

    scene = BoardScene()
    scene.show_board(board)
    assert {item.note.text for item in scene.note_items()} == {n.text for n in board.notes}
    rect = scene.itemsBoundingRect()
    image = QImage(1600, 1000, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    assert not image.isNull()
    colours = {image.pixel(x, y) for x in range(0, 1600, 37) for y in range(0, 1000, 29)}
    assert len(colours) > 3  # notes, frames and text were painted
    for item in scene.note_items():
        item.text_layout()  # fitting 2,000 characters into a note does not fail
