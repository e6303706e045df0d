"""The open actions of a community, grouped by owner (A4 portrait)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from copdesk.core import palette
from copdesk.core.models import Action
from copdesk.export.board_drawing import Progress
from copdesk.export.fonts import SANS, register_fonts

MARGIN = 56.0
NO_OWNER = "No owner yet"


def open_actions_by_owner(actions: Iterable[Action]) -> list[tuple[str, list[Action]]]:
    """Open, live actions grouped by owner (alphabetically, "no owner" last),
    each group sorted by due date (undated last)."""
    groups: dict[str, list[Action]] = {}
    for action in actions:
        if action.deleted or action.status != "open":
            continue
        groups.setdefault(action.owner.strip(), []).append(action)
    ordered = sorted(groups, key=lambda owner: (owner == "", owner.casefold()))
    return [
        (owner or NO_OWNER, sorted(groups[owner], key=lambda a: (a.due or "9999-99-99", a.id)))
        for owner in ordered
    ]


def actions_pdf(
    community: str,
    actions: Iterable[Action],
    *,
    session_titles: Mapping[int, str] | None = None,
    today: date | None = None,
    progress: Progress | None = None,
) -> bytes:
    """PDF bytes listing the open actions of ``community`` by owner."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Table, TableStyle

    from copdesk.export.pdf_flowables import TextBlock, build_a4_document

    register_fonts()
    today = today or date.today()
    titles = session_titles or {}
    width = A4[0] - 2 * MARGIN
    grid = palette.hex_to_rgb(palette.FRAME_BORDER)
    groups = open_actions_by_owner(actions)
    count = sum(len(items) for _, items in groups)
    story: list[Any] = [
        TextBlock(
            f"Open actions — {community}" if community else "Open actions",
            20,
            bold=True,
            space_after=6,
        ),
        TextBlock(
            f"{count} open action{'s' if count != 1 else ''} · {today.isoformat()}",
            10,
            color=palette.MUTED_TEXT,
            space_after=8,
        ),
    ]
    if not groups:
        story.append(TextBlock("No open actions. Well done.", 11))
    for owner, items in groups:
        story.append(
            TextBlock(f"{owner} ({len(items)})", 13, bold=True, space_before=12, space_after=4)
        )
        rows: list[list[Any]] = [
            [
                TextBlock("Action", 9.5, bold=True),
                TextBlock("Due", 9.5, bold=True),
                TextBlock("From session", 9.5, bold=True),
            ]
        ]
        for action in items:
            overdue = bool(action.due) and (action.due or "") < today.isoformat()
            due = (action.due or "—") + (" (overdue)" if overdue else "")
            session = titles.get(action.session_id or -1, "")
            rows.append(
                [
                    TextBlock(action.text, 10),
                    TextBlock(
                        due,
                        9.5,
                        bold=overdue,
                        color=palette.VOTE_DOT if overdue else palette.TEXT_COLOR,
                    ),
                    TextBlock(session or "—", 9.5, color=palette.MUTED_TEXT),
                ]
            )
        t = Table(rows, colWidths=[width - 95 - 130, 95, 130], repeatRows=1)
        t.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), SANS),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, grid),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, grid),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        story.append(t)
    data = build_a4_document(
        story,
        margin=MARGIN,
        title="Open actions",
        author=community,
        footer=f"{community} · open actions · {today}",
    )
    if progress:
        progress(1.0, "Actions ready")
    return data
