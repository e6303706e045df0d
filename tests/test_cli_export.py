"""``copdesk export FILE --session ID --format … -o OUT``, run in-process."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from copdesk.cli import main
from copdesk.core.session_json import parse_session_json
from copdesk.desk import Desk
from tests.export.pdf_reading import assert_texts_present, page_sizes

NOTES = ["Keep the monthly demo", "Grüße aus Köln", "学习产品发现", "=HYPERLINK(evil)"]


@pytest.fixture
def community(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "c.copdesk"
    with Desk.open(path, backup=False) as desk:
        sid = desk.create_session("community-retro", "Retro Q2").id
        frame = desk.board(sid).frames[0]
        for i, text in enumerate(NOTES):
            desk.add_note(sid, text, frame.x + 20 + 220 * (i % 2), frame.y + 200 + 160 * (i // 2))
        desk.add_action("Write the rota", owner="Anna", session_id=sid)
        desk.add_action("Done thing", owner="Mei", session_id=sid, status="done")
    return path, sid


@pytest.mark.parametrize("fmt", ["poster", "summary"])
def test_pdf_formats_contain_every_note(
    community: tuple[Path, int], tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path, sid = community
    out = tmp_path / f"out-{fmt}.pdf"
    assert main(["export", str(path), "--session", str(sid), "--format", fmt, "-o", str(out)]) == 0
    assert "Wrote" in capsys.readouterr().out
    assert_texts_present(out.read_bytes(), NOTES)


def test_summary_lists_the_communitys_rituals(community: tuple[Path, int], tmp_path: Path) -> None:
    path, sid = community
    with Desk.open(path, backup=False) as desk:
        desk.add_ritual("Learning circle", "every two weeks", 45, 3, "2025-01-06")
        desk.add_ritual("Community retro", "quarterly", 120, 10, "2025-03-01")
    out = tmp_path / "summary.pdf"
    assert (
        main(["export", str(path), "--session", str(sid), "--format", "summary", "-o", str(out)])
        == 0
    )
    data = out.read_bytes()
    assert_texts_present(data, ["Rituals and rhythm", "Learning circle", "Community retro"])
    # Every two weeks, 45 min: 26/12 × 0.75 h ≈ 1 h 38 min per person and month.
    assert_texts_present(data, ["every two weeks", "1 h 38 min", "every quarter", "40 min"])


def test_poster_paper_and_orientation(community: tuple[Path, int], tmp_path: Path) -> None:
    path, sid = community
    out = tmp_path / "p.pdf"
    argv = ["export", str(path), "--session", str(sid), "--format", "poster", "--paper", "a2"]
    assert main([*argv, "--portrait", "--questions", "-o", str(out)]) == 0
    ((width, height),) = page_sizes(out.read_bytes())
    assert (round(width), round(height)) == (1191, 1684)


def test_actions_list_needs_no_session(community: tuple[Path, int], tmp_path: Path) -> None:
    path, _ = community
    out = tmp_path / "actions.pdf"
    assert main(["export", str(path), "--format", "actions", "-o", str(out)]) == 0
    assert_texts_present(out.read_bytes(), ["Write the rota", "Anna", "Retro Q2"])


def test_worksheet_from_a_template_needs_no_file(tmp_path: Path) -> None:
    out = tmp_path / "ws.pdf"
    argv = ["export", "--format", "worksheet", "--template", "community-canvas"]
    assert main([*argv, "--paper", "A3", "--lang", "de", "-o", str(out)]) == 0
    assert_texts_present(out.read_bytes(), ["Datum"])


def test_text_formats(community: tuple[Path, int], tmp_path: Path) -> None:
    path, sid = community
    base = ["export", str(path), "--session", str(sid)]
    assert main([*base, "--format", "md", "-o", str(tmp_path / "s.md")]) == 0
    assert "# Retro Q2" in (tmp_path / "s.md").read_text(encoding="utf-8")
    assert main([*base, "--format", "csv", "-o", str(tmp_path / "s.csv")]) == 0
    rows = list(csv.reader(io.StringIO((tmp_path / "s.csv").read_text(encoding="utf-8-sig"))))
    assert "'=HYPERLINK(evil)" in [r[0] for r in rows]
    assert main([*base, "--format", "json", "-o", str(tmp_path / "s.json")]) == 0
    document = parse_session_json((tmp_path / "s.json").read_bytes())
    assert sorted(n.text for n in document.notes) == sorted(NOTES)
    json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))


def test_png(community: tuple[Path, int], tmp_path: Path, qapp: object) -> None:
    path, sid = community
    out = tmp_path / "b.png"
    argv = ["export", str(path), "--session", str(sid), "--format", "png", "--scale", "0.5"]
    assert main([*argv, "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"\x89PNG")


def test_problems_are_one_plain_line(
    community: tuple[Path, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, sid = community
    assert main(["export", str(path), "--format", "poster", "-o", str(tmp_path / "x.pdf")]) == 1
    assert "--session" in capsys.readouterr().err
    missing = tmp_path / "no-such-folder" / "x.pdf"
    argv = ["export", str(path), "--session", str(sid), "--format", "poster", "-o", str(missing)]
    assert main(argv) == 1
    assert "does not exist" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "nope.copdesk"), "--session", "1", "--format", "md"]) == 1
