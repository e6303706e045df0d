"""A round of learning circles as Markdown, for a wiki page or a chat message."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from copdesk.core.models import Circle, CircleRound, Member
from copdesk.export.markdown import md_escape


def circles_markdown(
    circle_round: CircleRound,
    circles: Sequence[Circle],
    members: Iterable[Member],
    community: str = "",
) -> str:
    """Markdown listing each circle's topic and members with their team and interests."""
    by_id = {m.id: m for m in members}
    title = f"Learning circles — {circle_round.title}"
    lines = [f"# {md_escape(title)}", ""]
    intro = f"Starting on {circle_round.started_on}"
    if community:
        intro += f" · {md_escape(community)}"
    count = sum(len(c.member_ids) for c in circles)
    lines += [f"{intro} · {len(circles)} circles, {count} members", ""]
    for n, circle in enumerate(circles, 1):
        topic = md_escape(circle.topic) if circle.topic else "Open topic (to be agreed)"
        lines += [f"## {n}. {topic}", ""]
        for member_id in circle.member_ids:
            member = by_id.get(member_id)
            if member is None:
                lines.append("- (a removed member)")
                continue
            entry = f"- **{md_escape(member.name)}**"
            if member.team:
                entry += f" ({md_escape(member.team)})"
            if member.interests:
                entry += " — " + ", ".join(md_escape(t) for t in member.interests)
            if member.contact:
                entry += f" · {md_escape(member.contact)}"
            lines.append(entry)
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
