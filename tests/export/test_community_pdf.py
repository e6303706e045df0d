"""The community overview PDF and the circles Markdown, read back."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from copdesk.core.circles import SuggestedCircle
from copdesk.core.errors import ExportProblem
from copdesk.core.models import Circle, CircleRound, Member
from copdesk.desk import Desk
from copdesk.export.circles_markdown import circles_markdown
from copdesk.export.community_pdf import (
    CommunityOverview,
    community_pdf,
    export_community_pdf,
    members_by_team,
    overview_from_desk,
)
from copdesk.export.formats import ExportOptions, render, with_community_data
from tests.export.pdf_reading import (
    assert_fonts_embedded,
    assert_qpdf_clean,
    assert_texts_present,
    page_sizes,
)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    d = Desk.open(tmp_path / "community.copdesk", backup=False)
    d.set_community_name("Product CoP")
    ada = d.add_member("Ada Lovelace", "Checkout", ["UX Research"], ["Kotlin"])
    jurgen = d.add_member("Jürgen Groß", "Search", ["ux research", "SQL"])
    ming = d.add_member("李明", "", ["SQL"])
    d.save_round(
        "Spring", "2025-03-03", [SuggestedCircle("UX Research", (ada.id, jurgen.id, ming.id))]
    )
    d.add_ritual("Learning circles", "biweekly", 45, 12, "2025-03-03")
    d.add_ritual("Community retro", "quarterly", 120, 20, "2025-01-15")
    retro = d.create_session("community-retro", "Retro Q1")
    d.add_action("Book a room", "Ada Lovelace", "2025-02-01", session_id=retro.id)
    done = d.add_action("Already done", "Ada Lovelace")
    d.set_action_status([done.id], "done")
    yield d
    d.close()


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_the_overview_lists_members_circles_rituals_and_open_actions(
    desk: Desk, tmp_path: Path
) -> None:
    target = export_community_pdf(desk, tmp_path / "overview.pdf", today=date(2025, 4, 10))
    text = _text(target.read_bytes())
    for expected in (
        "Community overview",
        "Product CoP",
        "Ada Lovelace",
        "Jürgen Groß",
        "李明",
        "Checkout",
        "Spring",
        "UX Research",
        "Learning circles",
        "Community retro",
        "every two weeks",
        "2025-04-14",  # next learning-circle date after 10 April
        "2025-07-15",  # next quarterly retro
        "Book a room",
        "overdue",
        "Retro Q1",
    ):
        assert expected in text, expected
    assert "Already done" not in text


def test_an_empty_community_still_gives_a_readable_overview() -> None:
    data = community_pdf(CommunityOverview("Empty", date(2025, 1, 1)))
    text = _text(data)
    assert "No members yet" in text and "No rituals" in text and "No open actions" in text


def test_a_ritual_with_an_unreadable_cadence_is_left_out(desk: Desk) -> None:
    overview = overview_from_desk(desk, date(2025, 4, 10))
    from dataclasses import replace

    broken = replace(overview.rituals[0], cadence="sometimes")
    data = community_pdf(replace(overview, rituals=(broken, overview.rituals[1])))
    assert "Community retro" in _text(data)


def test_members_by_team_sorts_teams_and_puts_no_team_last() -> None:
    members = (
        Member(1, "Zoe", "search"),
        Member(2, "Al", ""),
        Member(3, "Bo", "Search"),
        Member(4, "Cy", "Apps"),
        Member(5, "Gone", "Apps", deleted=True),
    )
    grouped = [(team, [m.name for m in ms]) for team, ms in members_by_team(members)]
    assert grouped == [("Apps", ["Cy"]), ("search", ["Bo", "Zoe"]), ("No team given", ["Al"])]


def test_circles_markdown() -> None:
    members = [Member(1, "Ada *A*", "Checkout", ("SQL",), contact="ada@x.org"), Member(2, "Bo")]
    text = circles_markdown(
        CircleRound(1, "Spring", "2025-03-03"),
        [Circle(1, 1, "SQL", (1, 2)), Circle(2, 1, "", (3,))],
        members,
        community="CoP",
    )
    assert text.startswith("# Learning circles — Spring\n")
    assert "Starting on 2025-03-03 · CoP · 2 circles, 3 members" in text
    assert "## 1. SQL" in text and "## 2. Open topic" in text
    assert "- **Ada \\*A\\*** (Checkout) — SQL · ada@x.org" in text
    assert "- (a removed member)" in text


# -- through the export table (what the window and `copdesk export` use) --------------


def test_the_overview_format_reads_the_community_file(desk: Desk, tmp_path: Path) -> None:
    options = with_community_data("community", desk, ExportOptions(today=date(2025, 4, 10)))
    data = render("community", None, options)
    assert_texts_present(
        data,
        ["Community overview — Product CoP", "3 members in 2 teams", "Jürgen Groß", "李明"],
    )
    assert_texts_present(data, ["Spring", "UX Research", "2025-04-14", "Book a room", "Retro Q1"])
    assert "Already done" not in _text(data)
    assert [(round(w), round(h)) for w, h in page_sizes(data)] == [(595, 842)]
    assert_fonts_embedded(data)
    assert_qpdf_clean(data, tmp_path)


def test_the_circles_format_writes_the_latest_round_as_markdown(desk: Desk) -> None:
    desk.save_round("Summer", "2025-06-02", [SuggestedCircle("SQL", (3,))])
    text = render("circles", None, with_community_data("circles", desk, ExportOptions()))
    lines = text.decode("utf-8").splitlines()
    assert lines[0] == "# Learning circles — Summer"
    assert "Starting on 2025-06-02 · Product CoP · 1 circles, 1 members" in lines
    assert "## 1. SQL" in lines and "- **李明** — SQL" in lines
    assert "Spring" not in text.decode("utf-8")


def test_the_circles_format_without_a_saved_round_says_so(tmp_path: Path) -> None:
    with Desk.open(tmp_path / "new.copdesk", backup=False) as fresh:
        fresh.add_member("Ada", "Apps", ["SQL"])
        options = with_community_data("circles", fresh, ExportOptions())
    with pytest.raises(ExportProblem) as caught:
        render("circles", None, options)
    assert "no saved round of learning circles" in caught.value.message
    assert caught.value.hint and "Learning circles" in caught.value.hint


def test_the_community_formats_need_the_community_file() -> None:
    with pytest.raises(ExportProblem, match="community file"):
        render("community", None, ExportOptions())


def test_an_overview_counts_members_without_a_team_but_not_as_a_team() -> None:
    members = (Member(1, "Al", ""), Member(2, "Bo", "Apps"), Member(3, "Cy", ""))
    text = _text(community_pdf(CommunityOverview("C", date(2025, 1, 1), members=members)))
    assert "3 members in 1 team" in text
