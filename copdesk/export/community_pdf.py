"""The community overview (A4 portrait): members by team, current circles,
rituals with their monthly time and next dates, open actions by owner."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from copdesk.core import palette
from copdesk.core.errors import CopdeskError
from copdesk.core.models import Action, Circle, CircleRound, Member, Ritual
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
from copdesk.export.actions_pdf import open_actions_by_owner
from copdesk.export.atomic_file import write_atomic
from copdesk.export.board_drawing import Progress
from copdesk.export.fonts import SANS, register_fonts

if TYPE_CHECKING:
    from copdesk.desk.desk import Desk

MARGIN = 50.0
NO_TEAM = "No team given"


@dataclass(frozen=True)
class CommunityOverview:
    """Everything the overview shows, read from the desk in one go."""

    community: str
    today: date
    members: tuple[Member, ...] = ()
    circle_round: CircleRound | None = None
    circles: tuple[Circle, ...] = ()
    rituals: tuple[Ritual, ...] = ()
    actions: tuple[Action, ...] = ()
    names: Mapping[int, str] = field(default_factory=dict)  # member id → name, removed too
    session_titles: Mapping[int, str] = field(default_factory=dict)


def overview_from_desk(desk: Desk, today: date) -> CommunityOverview:
    latest = desk.latest_round()
    circle_round, circles = latest if latest else (None, [])
    members = desk.members()
    in_circles = [i for c in circles for i in c.member_ids]
    return CommunityOverview(
        community=desk.community_name,
        today=today,
        members=tuple(members),
        circle_round=circle_round,
        circles=tuple(circles),
        rituals=tuple(desk.rituals()),
        actions=tuple(desk.actions(status="open")),
        names={m.id: m.name for m in desk.members_by_id(in_circles)},
        session_titles={s.id: s.title for s in desk.sessions(include_deleted=True)},
    )


def members_by_team(members: tuple[Member, ...]) -> list[tuple[str, list[Member]]]:
    """Live members grouped by team, teams A to Z, "no team" last."""
    groups: dict[str, list[Member]] = {}
    spelling: dict[str, str] = {}
    for member in members:
        if member.deleted:
            continue
        key = member.team.strip().casefold()
        spelling.setdefault(key, member.team.strip())
        groups.setdefault(key, []).append(member)
    order = sorted(groups, key=lambda k: (k == "", k))
    return [
        (spelling[k] or NO_TEAM, sorted(groups[k], key=lambda m: m.name.casefold())) for k in order
    ]


def _cadence(ritual: Ritual) -> str:
    try:
        return LABELS[parse_cadence(ritual.cadence)]
    except CopdeskError:
        return ritual.cadence


def community_pdf(overview: CommunityOverview, progress: Progress | None = None) -> bytes:
    """PDF bytes of the community overview."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import CondPageBreak, Table, TableStyle

    from copdesk.export.pdf_flowables import TextBlock, build_a4_document

    register_fonts()
    width = A4[0] - 2 * MARGIN
    grid = palette.hex_to_rgb(palette.FRAME_BORDER)
    band = palette.hex_to_rgb(palette.FRAME_FILL)
    story: list[Any] = []

    def heading(text: str, size: float = 15.0) -> None:
        story.append(CondPageBreak(90))
        story.append(TextBlock(text, size, bold=True, space_before=14, space_after=5))

    def cell(text: str, *, bold: bool = False, muted: bool = False, size: float = 9.5) -> Any:
        color = palette.MUTED_TEXT if muted else palette.TEXT_COLOR
        return TextBlock(text or "—", size, bold=bold, color=color)

    def table(rows: list[list[Any]], widths: list[float], total: bool = False) -> Any:
        t = Table(rows, colWidths=widths, repeatRows=1)
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), SANS),  # else an unembedded Helvetica
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, grid),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, grid),
            ("BACKGROUND", (0, 0), (-1, 0), band),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        if total:
            style.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, grid))
        t.setStyle(TableStyle(style))
        return t

    teams = members_by_team(overview.members)
    live = sum(len(ms) for _, ms in teams)
    named_teams = sum(1 for _, ms in teams if ms[0].team.strip())  # "no team" is not a team
    rituals = readable_rituals(overview.rituals)
    time = total_monthly_time(rituals)
    title = "Community overview"
    story.append(
        TextBlock(
            f"{title} — {overview.community}" if overview.community else title,
            22,
            bold=True,
            space_after=4,
        )
    )
    facts = [
        f"{_count(live, 'member')} in {_count(named_teams, 'team')}",
        _count(len(overview.circles), "learning circle"),
        f"{format_person_hours(time.person_hours)} of community time per month (person-hours)",
        overview.today.isoformat(),
    ]
    story.append(TextBlock(" · ".join(facts), 10.5, color=palette.MUTED_TEXT, space_after=6))

    # -- members ----------------------------------------------------------------
    heading("Members by team")
    if not teams:
        story.append(cell("No members yet.", muted=True, size=10.5))
    for team, members in teams:
        story.append(CondPageBreak(60))
        story.append(
            TextBlock(f"{team} ({len(members)})", 12, bold=True, space_before=8, space_after=3)
        )
        rows = [
            [
                cell("Name", bold=True),
                cell("Interests", bold=True),
                cell("Learning goals", bold=True),
            ]
        ]
        for m in members:
            rows.append([cell(m.name), cell(", ".join(m.interests)), cell(", ".join(m.goals))])
        story.append(table(rows, [width * 0.26, width * 0.37, width * 0.37]))
    if progress:
        progress(0.4, "Members laid out")

    # -- circles ------------------------------------------------------------------
    if overview.circle_round is None:
        heading("Learning circles")
        story.append(cell("No round of learning circles saved yet.", muted=True, size=10.5))
    else:
        r = overview.circle_round
        heading(f"Learning circles — {r.title}")
        story.append(
            TextBlock(f"Started on {r.started_on}", 10, color=palette.MUTED_TEXT, space_after=4)
        )
        rows = [[cell("#", bold=True), cell("Topic", bold=True), cell("Members", bold=True)]]
        for n, c in enumerate(overview.circles, 1):
            people = ", ".join(overview.names.get(i, "(removed)") for i in c.member_ids)
            rows.append(
                [cell(str(n)), cell(c.topic or "Open topic", bold=bool(c.topic)), cell(people)]
            )
        story.append(table(rows, [24, width * 0.38, width - 24 - width * 0.38]))

    # -- rituals ---------------------------------------------------------------------
    heading("Rituals and rhythm")
    if not rituals:
        story.append(cell("No rituals defined yet.", muted=True, size=10.5))
    else:
        head = [
            "Ritual",
            "Rhythm",
            "Length",
            "People",
            "Per person / month",
            "Total / month",
            "Next dates",
        ]
        rows = [[cell(h, bold=True, size=8.5) for h in head]]
        for ritual in rituals:
            t = monthly_time(ritual)
            upcoming = ", ".join(
                d.isoformat() for d in next_ritual_dates(ritual, overview.today, 3)
            )
            rows.append(
                [
                    cell(ritual.name, bold=True),
                    cell(_cadence(ritual)),
                    cell(format_hours(ritual.duration_minutes / 60)),
                    cell(str(ritual.people)),
                    cell(format_hours(t.hours_per_person)),
                    cell(format_person_hours(t.person_hours)),
                    cell(upcoming, size=8.5),
                ]
            )
        rows.append(
            [
                cell("All rituals", bold=True),
                cell(""),
                cell(""),
                cell(""),
                cell(format_hours(time.hours_per_person), bold=True),
                cell(format_person_hours(time.person_hours), bold=True),
                cell("someone at every ritual / everyone together", muted=True, size=8),
            ]
        )
        fixed = [62, 44, 42, 64, 52]
        rest = width - sum(fixed)
        story.append(
            table(
                rows,
                [rest * 0.42, fixed[0], fixed[1], fixed[2], fixed[3], fixed[4], rest * 0.58],
                total=True,
            )
        )
    if progress:
        progress(0.7, "Rituals laid out")

    # -- actions --------------------------------------------------------------------
    heading("Open actions by owner")
    groups = open_actions_by_owner(overview.actions)
    if not groups:
        story.append(cell("No open actions.", muted=True, size=10.5))
    for owner, actions in groups:
        story.append(CondPageBreak(50))
        story.append(
            TextBlock(f"{owner} ({len(actions)})", 12, bold=True, space_before=8, space_after=3)
        )
        rows = [
            [cell("Action", bold=True), cell("Due", bold=True), cell("From session", bold=True)]
        ]
        today = overview.today.isoformat()
        for a in actions:
            overdue = bool(a.due) and (a.due or "") < today
            rows.append(
                [
                    cell(a.text),
                    cell((a.due or "—") + (" (overdue)" if overdue else ""), bold=overdue),
                    cell(overview.session_titles.get(a.session_id or -1, ""), muted=True),
                ]
            )
        story.append(table(rows, [width - 190, 80, 110]))

    data = build_a4_document(
        story,
        margin=MARGIN,
        title="Community overview",
        author=overview.community,
        footer=f"{overview.community} · community overview · {overview.today}",
    )
    if progress:
        progress(1.0, "Overview ready")
    return data


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def export_community_pdf(desk: Desk, path: str | Path, today: date | None = None) -> Path:
    """Write the community overview of ``desk`` to ``path`` (atomically)."""
    overview = overview_from_desk(desk, today or date.today())
    return write_atomic(path, community_pdf(overview))
