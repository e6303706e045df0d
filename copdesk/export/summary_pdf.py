"""The session summary: an A4 report of as many pages as needed.

Title and date, the agenda with planned against actual minutes, a vector
thumbnail of the board, every frame and cluster with its notes ranked by votes,
the decisions, the action table, the community's rituals and rhythm (when
given) and "Page N of M" on every page.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from copdesk.core import palette
from copdesk.core.models import Action, Board, Ritual
from copdesk.core.rituals import (
    LABELS,
    format_hours,
    format_person_hours,
    monthly_time,
    next_ritual_dates,
    parse_cadence,
    readable_rituals,
    total_monthly_time,
)
from copdesk.export.board_drawing import Progress
from copdesk.export.board_facts import BoardFacts
from copdesk.export.fonts import SANS, register_fonts

MARGIN = 56.0  # points, about 2 cm


def _count(number: int, word: str) -> str:
    return f"{number} {word}{'' if number == 1 else 's'}"


def _minutes(value: float) -> str:
    return f"{value:.0f}" if abs(value - round(value)) < 0.05 else f"{value:.1f}"


def decisions(facts: BoardFacts, limit: int = 5) -> tuple[str, list[tuple[str, int]]]:
    """The decisions of a session: the ones recorded on the board
    (``board.extra["decisions"]``), else the most-voted clusters and notes."""
    recorded = facts.board.extra.get("decisions")
    if isinstance(recorded, list | tuple) and recorded:
        return ("recorded", [(str(d), -1) for d in recorded if str(d).strip()])
    items: list[tuple[str, int]] = [
        (c.label or "Cluster", facts.cluster_total(c)) for c in facts.clusters
    ]
    items += [(n.text, facts.note_votes[n.id]) for n in facts.notes if n.cluster_id is None]
    top = sorted((i for i in items if i[1] > 0), key=lambda i: -i[1])[:limit]
    return ("votes", top)


def summary_pdf(
    board: Board,
    progress: Progress | None = None,
    *,
    rituals: Sequence[Ritual] | None = None,
    today: date | None = None,
) -> bytes:
    """The summary of ``board`` as PDF bytes (A4 portrait).

    With ``rituals`` (the community's), a last section lists them with their
    rhythm and time per month; with ``today`` also their next dates.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Table, TableStyle

    from copdesk.export.pdf_flowables import BoardThumbnail, TextBlock, build_a4_document

    register_fonts()
    facts = BoardFacts.of(board)
    if progress:
        progress(0.05, "Collecting the session")
    width = A4[0] - 2 * MARGIN
    grid = palette.hex_to_rgb(palette.FRAME_BORDER)
    story: list[Any] = []

    def heading(text: str, size: float = 14.0) -> None:
        story.append(TextBlock(text, size, bold=True, space_before=size * 0.9, space_after=4))

    def muted(text: str, size: float = 9.0) -> TextBlock:
        return TextBlock(text, size, color=palette.MUTED_TEXT, space_after=3)

    def table(rows: list[list[Any]], widths: list[float], header: bool = True) -> Table:
        t = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), SANS),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, grid),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        if header:
            style.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, grid))
        t.setStyle(TableStyle(style))
        return t

    def cell(text: str, bold: bool = False, align: str = "left", size: float = 9.5) -> TextBlock:
        return TextBlock(text, size, bold=bold, align=align)

    story.append(TextBlock(facts.title, 22, bold=True, space_after=6))
    meta = " · ".join(p for p in (facts.community, facts.date, board.session.template_id) if p)
    story.append(muted(meta, 10))
    story.append(
        muted(
            " · ".join(
                _count(n, w)
                for n, w in (
                    (len(facts.notes), "note"),
                    (len(facts.clusters), "cluster"),
                    (facts.vote_count, "vote"),
                )
            )
        )
    )

    # Agenda: planned against actual minutes.
    heading("Agenda")
    steps = sorted(board.agenda, key=lambda s: s.position)
    if steps:
        rows: list[list[Any]] = [
            [
                cell("Step", True),
                cell("Planned", True, "right"),
                cell("Actual", True, "right"),
                cell("Difference", True, "right"),
            ]
        ]
        planned_total = actual_total = 0.0
        for step in steps:
            actual = step.actual_seconds / 60
            planned_total += step.minutes
            actual_total += actual
            ran = step.actual_seconds > 0
            diff = f"{actual - step.minutes:+.0f} min" if ran else "–"
            rows.append(
                [
                    cell(step.title),
                    cell(f"{_minutes(step.minutes)} min", align="right"),
                    cell(f"{_minutes(actual)} min" if ran else "not run", align="right"),
                    cell(diff, align="right"),
                ]
            )
        rows.append(
            [
                cell("Total", True),
                cell(f"{_minutes(planned_total)} min", True, "right"),
                cell(f"{_minutes(actual_total)} min", True, "right"),
                cell(f"{actual_total - planned_total:+.0f} min", True, "right"),
            ]
        )
        story.append(table(rows, [width - 3 * 70, 70, 70, 70]))
    else:
        story.append(muted("No agenda was planned for this session."))

    heading("Board")
    story.append(BoardThumbnail(facts, max_height=250))
    if progress:
        progress(0.2, "Listing the notes")

    # Every frame with its clusters and notes, ranked by votes.
    heading("Results", 16)
    votes_col = 34.0
    for frame, clusters, loose in facts.sections():
        heading(frame.title if frame else "Elsewhere on the board", 13)
        if frame is not None and frame.prompt.strip():
            story.append(muted(frame.prompt))
        if not clusters and not loose:
            story.append(muted("No notes."))
        for cluster in clusters:
            total = facts.cluster_total(cluster)
            label = cluster.label.strip() or "Cluster"
            story.append(
                TextBlock(
                    f"{label} — {total} vote{'s' if total != 1 else ''}",
                    11,
                    bold=True,
                    space_before=6,
                    space_after=2,
                )
            )
            story.extend(_note_rows(facts, facts.ranked(facts.cluster_notes(cluster)), votes_col))
        if loose:
            if clusters:
                story.append(
                    TextBlock("Not clustered", 11, bold=True, space_before=6, space_after=2)
                )
            story.extend(_note_rows(facts, loose, votes_col))
    if progress:
        progress(0.6, "Decisions and actions")

    kind, items = decisions(facts)
    heading("Decisions")
    if kind == "recorded":
        for text, _ in items:
            story.append(TextBlock(f"• {text}", 10, space_after=2))
    elif items:
        story.append(muted("The room's priorities, by votes:"))
        for text, votes in items:
            story.append(
                TextBlock(f"• {text} ({votes} vote{'s' if votes != 1 else ''})", 10, space_after=2)
            )
    else:
        story.append(muted("No decisions recorded and no votes cast."))

    heading("Actions")
    story.append(action_table(board.actions, width, table, cell) or muted("No actions recorded."))

    if rituals is not None:
        heading("Rituals and rhythm")
        live = readable_rituals(rituals)
        if live:
            when = f" Next dates from {today.isoformat()}." if today is not None else ""
            story.append(muted(f"The community's recurring rituals and the time they take.{when}"))
            story.append(ritual_table(live, today, width, table, cell))
        else:
            story.append(muted("No rituals defined yet."))

    data = build_a4_document(
        story,
        margin=MARGIN,
        title=facts.title,
        author=facts.community,
        subject="copdesk session summary",
        footer=" · ".join(p for p in (facts.community, facts.title, facts.date) if p),
    )
    if progress:
        progress(1.0, "Summary ready")
    return data


def _note_rows(facts: BoardFacts, notes: list[Any], votes_col: float) -> list[Any]:
    """One ruled row per note: its vote count in a left gutter, then its text."""
    from copdesk.export.pdf_flowables import TextBlock

    return [
        TextBlock(
            n.text,
            10,
            gutter=votes_col,
            label=str(facts.note_votes.get(n.id, 0) or ""),
            rule=True,
            space_before=2,
        )
        for n in notes
    ]


def action_table(
    actions: tuple[Action, ...] | list[Action], width: float, table: Any, cell: Any
) -> Any | None:
    """The action table (action, owner, due date, status), or None without actions."""
    live = [a for a in actions if not a.deleted]
    if not live:
        return None
    rows: list[list[Any]] = [
        [cell("Action", True), cell("Owner", True), cell("Due", True), cell("Status", True)]
    ]
    for action in sorted(live, key=lambda a: (a.status != "open", a.due or "9999", a.id)):
        rows.append(
            [
                cell(action.text),
                cell(action.owner or "—"),
                cell(action.due or "—"),
                cell(action.status),
            ]
        )
    return table(rows, [width - 110 - 70 - 50, 110, 70, 50])


def ritual_table(
    rituals: Sequence[Ritual], today: date | None, width: float, table: Any, cell: Any
) -> Any:
    """Name, rhythm, length, people, time per month (per person and in total) and,
    with ``today``, the next three dates; a total row below.

    The five short columns are at least as wide as their longest value (within
    reason), so a number never runs into its neighbour or breaks in two."""
    head = ["Ritual", "Rhythm", "Length", "People", "Per person / month", "Total / month"]
    if today is not None:
        head.append("Next dates")
    rows: list[list[tuple[str, bool, float]]] = [[(h, True, 8.5) for h in head]]
    for ritual in rituals:
        t = monthly_time(ritual)
        row = [
            (ritual.name, True, 9.0),
            (LABELS[parse_cadence(ritual.cadence)], False, 9.0),
            (format_hours(ritual.duration_minutes / 60), False, 9.0),
            (f"{ritual.people:,}", False, 9.0),
            (format_hours(t.hours_per_person), False, 9.0),
            (format_person_hours(t.person_hours), False, 9.0),
        ]
        if today is not None:
            upcoming = ", ".join(d.isoformat() for d in next_ritual_dates(ritual, today, 3))
            row.append((upcoming, False, 8.5))
        rows.append(row)
    total = total_monthly_time(rituals)
    footer = [
        ("All rituals", True, 9.0),
        *[("", False, 9.0)] * 3,
        (format_hours(total.hours_per_person), True, 9.0),
        (format_person_hours(total.person_hours), True, 9.0),
    ]
    if today is not None:
        footer.append(("someone at every ritual / everyone together", False, 8.0))
    rows.append(footer)
    fixed = [
        _column_width([r[col] for r in rows], least)
        for col, least in enumerate((72.0, 58.0, 42.0, 60.0, 46.0), start=1)
    ]  # rhythm, length, people, per person, total
    rest = width - sum(fixed)
    widths = [rest * 0.5, *fixed, rest * 0.5] if today is not None else [rest, *fixed]
    return table([[cell(text, bold, size=size) for text, bold, size in r] for r in rows], widths)


_CELL_PADDING = 3.0 + 3.0 + 0.5  # left and right padding of the summary's tables, and a hair
_MOST_SHORT_COLUMN = 80.0  # five of them leave the name and the dates room to read


def _column_width(cells: Sequence[tuple[str, bool, float]], least: float) -> float:
    """Wide enough for every value on one line (the header wraps between words),
    at least ``least``, at most :data:`_MOST_SHORT_COLUMN`."""
    from copdesk.export.fonts import text_width

    header, *values = cells
    needed = max(text_width(word, header[2], header[1]) for word in header[0].split() or [""])
    for text, bold, size in values:
        needed = max(needed, text_width(text, size, bold))
    return min(max(least, needed + _CELL_PADDING), _MOST_SHORT_COLUMN)
