"""A saved circle round only holds members who are still on the roster."""

from __future__ import annotations

from pathlib import Path

import pytest

from copdesk.core.circles import SuggestedCircle
from copdesk.core.errors import CopdeskError
from copdesk.desk import Desk


@pytest.fixture
def desk(tmp_path: Path):
    with Desk.open(tmp_path / "c.copdesk") as d:
        yield d


def test_a_round_with_a_member_removed_meanwhile_is_refused_and_nothing_saved(
    desk: Desk,
) -> None:
    ada, grace, linus = (desk.add_member(n).id for n in ("Ada", "Grace", "Linus"))
    circles = [SuggestedCircle("SQL", (ada, grace, linus))]
    desk.remove_members([linus])
    with pytest.raises(CopdeskError, match="no longer exist"):
        desk.save_round("Spring", "2025-03-03", circles)
    assert desk.circle_rounds() == []
    desk.restore_members([linus])
    _round, saved = desk.save_round("Spring", "2025-03-03", circles)
    assert saved[0].member_ids == (ada, grace, linus)
