"""The open actions of a community, grouped by owner."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from copdesk.core.models import Action
from copdesk.export.actions_pdf import NO_OWNER, actions_pdf, open_actions_by_owner
from copdesk.export.paper import page_size
from tests.export.pdf_reading import (
    all_text,
    assert_fonts_embedded,
    assert_qpdf_clean,
    assert_texts_present,
    page_sizes,
)

ACTIONS = (
    Action(1, "Set up the book club channel", "Anna", "2025-07-01", session_id=2),
    Action(2, "Ask the meetup organisers", "Jörg", "2025-07-15", session_id=2),
    Action(3, "Write the facilitation rota", "", None, session_id=3),
    Action(4, "Finished already", "Anna", "2025-05-01", status="done"),
    Action(5, "Removed", "Anna", deleted=True),
    Action(6, "Book a room", "anna", "2025-06-01"),
)


def test_groups_open_actions_by_owner_with_no_owner_last() -> None:
    groups = open_actions_by_owner(ACTIONS)
    assert [owner for owner, _ in groups] == ["anna", "Anna", "Jörg", NO_OWNER] or [
        owner for owner, _ in groups
    ] == ["Anna", "anna", "Jörg", NO_OWNER]
    assert all(a.status == "open" and not a.deleted for _, items in groups for a in items)


def test_pdf_lists_open_actions_only(tmp_path: Path) -> None:
    data = actions_pdf(
        "Product CoP", ACTIONS, session_titles={2: "Retro Q2"}, today=date(2025, 7, 10)
    )
    assert_texts_present(data, [a.text for a in ACTIONS if a.status == "open" and not a.deleted])
    text = all_text(data)
    assert "Finished already" not in text and "Removed" not in text
    assert "(overdue)" in text  # the book club channel was due on 1 July
    assert "Retro Q2" in text
    assert page_sizes(data) == [pytest.approx(page_size("A4"), abs=0.5)]
    assert_fonts_embedded(data)
    assert_qpdf_clean(data, tmp_path)


def test_no_open_actions_says_so() -> None:
    assert "No open actions" in all_text(actions_pdf("CoP", []))
