"""A session as Markdown, ready to paste into a wiki page."""

from __future__ import annotations

import re

from copdesk.core.models import Board
from copdesk.export.board_facts import BoardFacts

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!~])")
_LIST_START = re.compile(r"^(\s*)([-+]|\d+[.)])(\s)")


def md_escape(text: str) -> str:
    """Inline Markdown: special characters escaped, line breaks kept as ``<br>``."""
    lines = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = _SPECIAL.sub(r"\\\1", line)
        line = _LIST_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}{m.group(3)}", line)
        lines.append(line.strip())
    return "<br>".join(line for line in lines if line)


def _votes(n: int) -> str:
    return f" **({n} vote{'s' if n != 1 else ''})**" if n else ""


def board_markdown(board: Board) -> str:
    """The session: title, agenda, frames with clusters and notes ranked by votes,
    and the actions, as GitHub-flavoured Markdown."""
    facts = BoardFacts.of(board)
    out: list[str] = [f"# {md_escape(facts.title)}", ""]
    meta = [p for p in (facts.community, facts.date, board.session.template_id) if p]
    out += [md_escape(" · ".join(meta)), ""]
    steps = sorted(board.agenda, key=lambda s: s.position)
    if steps:
        out += ["## Agenda", "", "| Step | Planned | Actual |", "| --- | ---: | ---: |"]
        for step in steps:
            actual = f"{step.actual_seconds / 60:.0f} min" if step.actual_seconds else "–"
            out.append(f"| {md_escape(step.title)} | {step.minutes:g} min | {actual} |")
        out.append("")
    for frame, clusters, loose in facts.sections():
        out += [f"## {md_escape(frame.title) if frame else 'Elsewhere on the board'}", ""]
        if frame is not None and frame.prompt.strip():
            out += [f"*{md_escape(frame.prompt)}*", ""]
        for cluster in clusters:
            label = md_escape(cluster.label) or "Cluster"
            out += [f"### {label}{_votes(facts.cluster_total(cluster))}", ""]
            for note in facts.ranked(facts.cluster_notes(cluster)):
                out.append(f"- {md_escape(note.text)}{_votes(facts.note_votes[note.id])}")
            out.append("")
        if loose:
            if clusters:
                out += ["### Not clustered", ""]
            for note in loose:
                out.append(f"- {md_escape(note.text)}{_votes(facts.note_votes[note.id])}")
            out.append("")
    actions = [a for a in board.actions if not a.deleted]
    if actions:
        out += ["## Actions", "", "| Action | Owner | Due | Status |", "| --- | --- | --- | --- |"]
        for a in actions:
            out.append(
                f"| {md_escape(a.text)} | {md_escape(a.owner) or '—'} | {a.due or '—'} "
                f"| {a.status} |"
            )
        out.append("")
    return "\n".join(out).rstrip() + "\n"
