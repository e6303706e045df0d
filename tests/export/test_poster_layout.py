"""The poster reads like the board: cluster labels large enough for a printed
poster, clear of frame titles and notes, and note texts centred as on screen."""

from __future__ import annotations

import io
import itertools
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from copdesk.core.label_spot import Box, FrameHeader, grown, overlap
from copdesk.core.models import Board, Frame, NoteDraft
from copdesk.desk.desk import Desk
from copdesk.export.board_drawing import (
    LABEL_CLEARANCE,
    Placement,
    draw_board,
    draw_clusters,
    frame_header,
    frame_texts,
)
from copdesk.export.board_facts import BoardFacts
from copdesk.export.fonts import SANS, register_fonts, text_width
from copdesk.export.paper import page_size
from copdesk.export.poster_pdf import PosterOptions, poster_pdf
from tests.export.sample_boards import big_board, community_canvas_board
from tests.ui.presenter_board import make_retro


@pytest.fixture(scope="module")
def retro(tmp_path_factory: pytest.TempPathFactory) -> Board:
    """A community retro whose clusters sit in the first row of Keep and Add."""
    path, sid = make_retro(tmp_path_factory.mktemp("retro") / "retro.copdesk")
    with Desk.open(path, backup=False) as desk:
        return desk.board(sid)


def poster_header(frame: Frame, at: Placement, keep: tuple[Box, ...] = ()) -> FrameHeader:
    """The header the poster keeps clear around ``frame``'s title and prompt."""
    texts = frame_texts(frame, at, questions=False, min_size=4.0)
    return frame_header(frame, at, texts, keep=keep)


def _runs(data: bytes) -> list[tuple[str, float, float, float]]:
    """(text, x, y, size) of every text run on the first page."""
    runs: list[tuple[str, float, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            runs.append((text.strip(), tm[4], tm[5], size * tm[0]))

    PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=visit)
    return runs


def _label_sizes(data: bytes, board: Board) -> list[float]:
    labels = {c.label for c in board.clusters}
    return [size for text, _x, _y, size in _runs(data) if text.split(" · ")[0] in labels]


@pytest.mark.parametrize(("paper", "least"), [("A3", 9.5), ("A2", 13.0)])
def test_cluster_labels_are_large_enough_to_read_on_paper(
    retro: Board, paper: str, least: float
) -> None:
    for board in (retro, community_canvas_board()):
        sizes = _label_sizes(poster_pdf(board, PosterOptions(paper=paper)), board)
        assert len(sizes) == 2
        assert min(sizes) >= least


def _placed(board: Board, paper: str = "A3") -> tuple[BoardFacts, Placement, list]:
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    facts = BoardFacts.of(board)
    width, height = page_size(paper, "landscape")
    c = Canvas(io.BytesIO(), pagesize=(width, height), initialFontName=SANS)
    box = (28.0, 46.0, width - 56.0, height - 120.0)
    at = draw_board(c, facts, box, cluster_label_size=10.0)
    headers = [poster_header(f, at) for f in facts.frames]
    labels = draw_clusters(
        c, facts, at, min_size=4.0, votes_word="votes", label_size=10.0, headers=headers
    )
    return facts, at, list(zip(facts.clusters, labels, strict=True))


@pytest.mark.parametrize("which", ["retro", "canvas"])
def test_cluster_labels_cover_no_frame_title_and_no_note(retro: Board, which: str) -> None:
    board = retro if which == "retro" else community_canvas_board()
    facts, at, labels = _placed(board)
    headers = [poster_header(f, at) for f in facts.frames]
    for cluster, box in labels:
        for header in headers:
            assert all(overlap(box, keep) == 0 for keep in header.keep), cluster.label
        for note in facts.notes:
            if note.cluster_id != cluster.id:
                assert overlap(box, (note.x, note.y, note.width, note.height)) == 0, note.text


def test_note_text_is_centred_in_its_note_as_on_screen() -> None:
    from reportlab.pdfgen.canvas import Canvas

    canvas = community_canvas_board()
    short = tuple(replace(n, text=f"Idea {n.id}") for n in canvas.notes)  # one line each
    board = replace(canvas, notes=short)
    register_fonts()
    facts = BoardFacts.of(board)
    out = io.BytesIO()
    width, height = page_size("A3", "landscape")
    c = Canvas(out, pagesize=(width, height), initialFontName=SANS)
    at = draw_board(c, facts, (28.0, 46.0, width - 56.0, height - 120.0))
    c.showPage()
    c.save()
    runs = {text: (x, y, size) for text, x, y, size in _runs(out.getvalue())}
    checked = 0
    for note in facts.notes:
        if note.text not in runs or facts.note_votes.get(note.id):
            continue  # wrapped over several lines, or narrowed by a vote badge
        x, y, size = runs[note.text]
        left, bottom, w, h = at.rect(note.x, note.y, note.width, note.height)
        centre_x = x + text_width(note.text, size) / 2
        assert centre_x == pytest.approx(left + w / 2, abs=1.0), note.text
        assert y + size * 0.35 == pytest.approx(bottom + h / 2, abs=size * 0.6), note.text
        checked += 1
    assert checked >= 40


def _two_clusters_in_drops_first_row(path: Path) -> Board:
    """QA's board: "managers" and "meeting" side by side under Drop's title."""
    with Desk.open(path, backup=False) as desk:
        session = desk.create_session("community-retro", "Community retro")
        texts = [
            "Managers dominate the talk",
            "Meetings without an agenda",
            "Meeting runs over",
            "Too many channels",
            "Meeting notes nobody reads",
            "Status round",
        ]
        drafts = [NoteDraft(text=t) for t in texts]
        ids = [n.id for n in desk.place_and_add(session.id, drafts, frame_title="Drop")]
        desk.group_notes(session.id, ids[:1], "managers")
        desk.group_notes(session.id, ids[1:3], "meeting")
        return desk.board(session.id)


def test_labels_of_two_clusters_in_a_first_row_sit_side_by_side(tmp_path: Path) -> None:
    board = _two_clusters_in_drops_first_row(tmp_path / "drop.copdesk")
    facts, at, labels = _placed(board)
    (_, managers), (_, meeting) = labels
    clearance = LABEL_CLEARANCE / at.scale
    assert overlap(grown(managers, clearance * 0.99), meeting) == 0  # apart, not touching
    drop = next(f for f in facts.frames if f.title == "Drop")
    for box in (managers, meeting):  # both beside Drop's title, above its notes
        assert drop.y <= box[1] and box[1] + box[3] < min(n.y for n in facts.notes)
    # read back: the two captions do not touch on paper either
    data = poster_pdf(board)
    found = {
        text: (x, y, size) for text, x, y, size in _runs(data) if text in ("managers", "meeting")
    }
    boxes = [(x, y - 0.25 * s, text_width(t, s, True), 1.2 * s) for t, (x, y, s) in found.items()]
    assert len(boxes) == 2 and overlap(*boxes) == 0
    assert "vote" not in "".join(found)  # no voting round: no "0 votes"


def test_labels_on_a_crowded_board_never_overlap_each_other_or_titles() -> None:
    board = big_board(300)
    facts, at, labels = _placed(board)
    headers = [poster_header(f, at) for f in facts.frames]
    clearance = LABEL_CLEARANCE / at.scale
    assert len(labels) == 40
    for (a_cluster, a), (b_cluster, b) in itertools.combinations(labels, 2):
        assert overlap(grown(a, clearance * 0.99), b) == 0, (a_cluster.label, b_cluster.label)
    for cluster, box in labels:
        for header in headers:
            assert all(overlap(box, keep) == 0 for keep in header.keep), cluster.label


def test_labels_leave_the_guiding_questions_clear(retro: Board) -> None:
    from reportlab.pdfgen.canvas import Canvas

    from copdesk.export.question_room import question_room

    register_fonts()
    width, height = page_size("A3", "landscape")
    box = (28.0, 46.0, width - 56.0, height - 120.0)
    facts, blocks = question_room(BoardFacts.of(retro), box, min_size=4.0)
    keep = {frame_id: block.boxes() for frame_id, block in blocks.items()}
    c = Canvas(io.BytesIO(), pagesize=(width, height), initialFontName=SANS)
    at = draw_board(c, facts, box, cluster_label_size=10.0, keep_clear=keep)
    headers = [poster_header(f, at, keep=keep.get(f.id, ())) for f in facts.frames]
    labels = draw_clusters(
        c, facts, at, min_size=4.0, votes_word=None, label_size=10.0, headers=headers
    )
    assert len(labels) == 2
    for label in labels:
        for boxes in keep.values():
            assert all(overlap(label, b) == 0 for b in boxes)
