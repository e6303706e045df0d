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
from tests.export.pdf_reading import (
    all_text,
    assert_qpdf_clean,
    assert_texts_present,
    page_sizes,
    squash,
)

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


def _members_and_a_round(path: Path) -> None:
    from copdesk.core.circles import SuggestedCircle

    with Desk.open(path, backup=False) as desk:
        desk.set_community_name("Product CoP")
        ada = desk.add_member("Ada Lovelace", "Checkout", ["Discovery"])
        ming = desk.add_member("李明", "Search", ["Discovery"], contact="ming@example.org")
        desk.save_round("Autumn", "2025-09-01", [SuggestedCircle("Discovery", (ada.id, ming.id))])
        desk.add_ritual("Community retro", "quarterly", 120, 10, "2025-03-01")


def test_community_overview_needs_no_session(
    community: tuple[Path, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = community
    _members_and_a_round(path)
    out = tmp_path / "overview.pdf"
    assert main(["export", str(path), "--format", "community", "-o", str(out)]) == 0
    assert "Wrote" in capsys.readouterr().out
    data = out.read_bytes()
    assert_texts_present(
        data,
        ["Community overview — Product CoP", "Ada Lovelace", "李明", "Autumn", "Discovery"],
    )
    assert_texts_present(data, ["Community retro", "every quarter", "Write the rota", "Anna"])
    assert "Done thing" not in all_text(data)
    assert [(round(w), round(h)) for w, h in page_sizes(data)] == [(595, 842)]
    assert_qpdf_clean(data, tmp_path)


def test_circles_markdown_needs_no_session(community: tuple[Path, int], tmp_path: Path) -> None:
    path, _ = community
    _members_and_a_round(path)
    out = tmp_path / "circles.md"
    assert main(["export", str(path), "--format", "circles", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Learning circles — Autumn\n")
    assert "## 1. Discovery" in text
    assert "- **Ada Lovelace** (Checkout) — Discovery" in text
    assert "- **李明** (Search) — Discovery · ming@example.org" in text


def test_circles_without_a_saved_round_is_one_plain_line(
    community: tuple[Path, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = community
    out = tmp_path / "circles.md"
    assert main(["export", str(path), "--format", "circles", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "no saved round of learning circles" in err and "Traceback" not in err
    assert not out.exists()


def test_every_export_format_is_a_cli_choice() -> None:
    from copdesk.cli import build_parser
    from copdesk.export.formats import FORMATS

    parser = build_parser()
    for format_id in FORMATS:
        args = parser.parse_args(["export", "c.copdesk", "--format", format_id])
        assert args.format == format_id
    assert {"community", "circles"} <= set(FORMATS)


@pytest.mark.parametrize(
    ("flag", "printed"), [([], True), (["--questions"], True), (["--no-questions"], False)]
)
def test_worksheet_questions_flag(tmp_path: Path, flag: list[str], printed: bool) -> None:
    """A worksheet prints its guiding questions unless --no-questions (a full
    canvas cuts some of its 85 questions for room: most must be there)."""
    from copdesk.store.template_files import builtin_templates

    template = builtin_templates()["community-canvas"]
    questions = [q for f in template.frames for q in f.questions.get("en") if len(q) > 30]
    out = tmp_path / "ws.pdf"
    argv = ["export", "--format", "worksheet", "--template", "community-canvas", *flag]
    assert main([*argv, "-o", str(out)]) == 0
    text = squash(all_text(out.read_bytes()))
    found = [q for q in questions if squash(q) in text]
    if printed:
        assert len(found) > len(questions) // 2, (len(found), len(questions))
    else:
        assert found == []
    assert squash(template.frames[0].title.get("en")) in text


def test_poster_questions_only_when_asked(community: tuple[Path, int], tmp_path: Path) -> None:
    path, sid = community
    with Desk.open(path, backup=False) as desk:
        question = desk.board(sid).frames[0].questions[0]
    texts = {}
    for flag in ([], ["--questions"], ["--no-questions"]):
        out = tmp_path / f"p{len(texts)}.pdf"
        argv = ["export", str(path), "--session", str(sid), "--format", "poster", *flag]
        assert main([*argv, "-o", str(out)]) == 0
        texts[" ".join(flag)] = squash(all_text(out.read_bytes()))
    wanted = squash(question)[:30]
    assert wanted in texts["--questions"]
    assert wanted not in texts[""] and wanted not in texts["--no-questions"]


def test_default_names_follow_the_session_or_else_the_community(
    community: tuple[Path, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, sid = community
    with Desk.open(path, backup=False) as desk:
        desk.set_community_name("Product Guild")
        title = desk.session(sid).title
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(out)
    assert main(["export", str(path), "--format", "community"]) == 0
    assert main(["export", str(path), "--format", "actions"]) == 0
    assert main(["export", str(path), "--session", str(sid), "--format", "summary"]) == 0
    stem = title.replace(" ", "-")
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["Product-Guild-community.pdf", "Product-Guild-actions.pdf", f"{stem}-summary.pdf"]
    )
