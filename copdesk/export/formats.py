"""Every export format, declared once; the CLI and the export dialog read this table.

Each format renders a :class:`Board` (plus :class:`ExportOptions`) to bytes;
:func:`export_file` writes them atomically. The PNG needs Qt, so its renderer
lives in ``copdesk.ui.board_png`` and the table only describes it. What a format
reads from the whole community file (open actions, rituals, members and circles)
is read by :func:`with_community_data`, the same for the window and the CLI.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from copdesk.core.errors import CopdeskError, ExportProblem
from copdesk.core.localtext import QT_TRANSLATE_NOOP
from copdesk.core.models import Action, Board, Ritual
from copdesk.core.templates import Template
from copdesk.export.atomic_file import write_atomic
from copdesk.export.board_drawing import Progress
from copdesk.export.paper import PAPER_SIZES, Orientation, paper_name

if TYPE_CHECKING:
    from copdesk.desk.desk import Desk
    from copdesk.export.community_pdf import CommunityOverview

log = logging.getLogger(__name__)

ALL_PAPERS = tuple(PAPER_SIZES)


@dataclass(frozen=True, slots=True)
class ExportOptions:
    paper: str | None = None  # None: the format's default
    orientation: Orientation | None = None  # None: the format's default
    questions: bool | None = None  # guiding questions (poster, worksheet); None: the default
    language: str = "en"
    scale: float = 1.0  # PNG: device pixels per board unit
    template: Template | None = None  # worksheet: print this template instead of the board
    actions: tuple[Action, ...] | None = None  # actions list: the community's (else the board's)
    session_titles: Mapping[int, str] | None = None  # actions list: where each action came from
    rituals: tuple[Ritual, ...] | None = None  # summary: the community's rituals (None: no section)
    today: date | None = None  # summary, overview: the next ritual dates count from this day
    overview: CommunityOverview | None = None  # community overview, circles: the community


Renderer = Callable[[Board | None, ExportOptions, Progress | None], bytes]
Reader = Callable[["Desk", ExportOptions], ExportOptions]


@dataclass(frozen=True, slots=True)
class ExportFormat:
    id: str
    extension: str  # with the dot
    description: str  # English; the window translates it in the context "ExportFormat"
    papers: tuple[str, ...] = ()  # empty: no paper choice
    default_paper: str | None = None
    default_orientation: Orientation | None = None
    uses_questions: bool = False
    default_questions: bool = False  # without a choice, are the questions printed?
    needs_board: bool = True
    community_wide: bool = False  # the whole community file, not one session
    needs_qt: bool = False
    render: Renderer | None = None  # None: rendered by the UI layer (needs Qt)
    reads: Reader | None = None  # what it reads from the community file besides a board

    def paper(self, options: ExportOptions) -> str:
        chosen = paper_name(options.paper) if options.paper else (self.default_paper or "A4")
        if self.papers and chosen not in self.papers:
            papers = " or ".join(self.papers)
            raise ExportProblem(
                f"The export “{self.description}” prints on {papers} only, not {chosen}."
            )
        return chosen

    def questions(self, options: ExportOptions) -> bool:
        """Whether the guiding questions are printed: as chosen, else the default."""
        if not self.uses_questions:
            return False
        return self.default_questions if options.questions is None else options.questions


def _need(board: Board | None) -> Board:
    if board is None:
        raise ExportProblem("Choose a session to export.")
    return board


def _poster(board: Board | None, o: ExportOptions, progress: Progress | None) -> bytes:
    from copdesk.export.poster_pdf import PosterOptions, poster_pdf

    fmt = FORMATS["poster"]
    options = PosterOptions(fmt.paper(o), o.orientation or "landscape", fmt.questions(o))
    return poster_pdf(_need(board), options, progress)


def _summary(board: Board | None, o: ExportOptions, progress: Progress | None) -> bytes:
    from copdesk.export.summary_pdf import summary_pdf

    FORMATS["summary"].paper(o)
    return summary_pdf(_need(board), progress, rituals=o.rituals, today=o.today)


def _actions(board: Board | None, o: ExportOptions, progress: Progress | None) -> bytes:
    from copdesk.export.actions_pdf import actions_pdf

    FORMATS["actions"].paper(o)
    actions = o.actions if o.actions is not None else _need(board).actions
    community = board.community if board is not None else ""
    return actions_pdf(community, actions, session_titles=o.session_titles, progress=progress)


def _worksheet(board: Board | None, o: ExportOptions, progress: Progress | None) -> bytes:
    from copdesk.export.worksheet_pdf import template_from_board, worksheet_pdf

    fmt = FORMATS["worksheet"]
    template = o.template or template_from_board(_need(board))
    return worksheet_pdf(
        template,
        o.language,
        paper=fmt.paper(o),
        orientation=o.orientation,
        questions=fmt.questions(o),
        progress=progress,
    )


def _overview(o: ExportOptions) -> CommunityOverview:
    if o.overview is None:
        raise ExportProblem("Open the community file to export its overview.")
    return o.overview


def _community(board: Board | None, o: ExportOptions, progress: Progress | None) -> bytes:
    from copdesk.export.community_pdf import community_pdf

    FORMATS["community"].paper(o)
    return community_pdf(_overview(o), progress)


def _circles(board: Board | None, o: ExportOptions, progress: Progress | None) -> bytes:
    from copdesk.export.circles_markdown import circles_markdown

    overview = _overview(o)
    if overview.circle_round is None:
        raise ExportProblem(
            "There is no saved round of learning circles yet.",
            hint="Suggest circles and save the round in Community ▸ Learning circles first.",
        )
    text = circles_markdown(
        overview.circle_round, overview.circles, overview.members, overview.community
    )
    return text.encode("utf-8", errors="replace")


def _markdown(board: Board | None, o: ExportOptions, progress: Progress | None) -> bytes:
    from copdesk.export.markdown import board_markdown

    return board_markdown(_need(board)).encode("utf-8", errors="replace")


def _csv(board: Board | None, o: ExportOptions, progress: Progress | None) -> bytes:
    from copdesk.export.notes_csv import notes_csv

    return notes_csv(_need(board), o.language)


def _json(board: Board | None, o: ExportOptions, progress: Progress | None) -> bytes:
    from copdesk.core.session_json import board_to_json_text

    return board_to_json_text(_need(board)).encode("utf-8", errors="replace")


def _read_actions(desk: Desk, o: ExportOptions) -> ExportOptions:
    titles = {s.id: s.title for s in desk.sessions()}
    return replace(o, actions=tuple(desk.actions(status="open")), session_titles=titles)


def _read_rituals(desk: Desk, o: ExportOptions) -> ExportOptions:
    return replace(o, rituals=tuple(desk.rituals()), today=o.today or date.today())


def _read_overview(desk: Desk, o: ExportOptions) -> ExportOptions:
    from copdesk.export.community_pdf import overview_from_desk

    today = o.today or date.today()
    return replace(o, overview=overview_from_desk(desk, today), today=today)


def with_community_data(format_id: str, desk: Desk, options: ExportOptions) -> ExportOptions:
    """``options`` plus what format ``format_id`` reads from the community file."""
    fmt = export_format(format_id)
    return fmt.reads(desk, options) if fmt.reads is not None else options


FORMATS: dict[str, ExportFormat] = {
    f.id: f
    for f in (
        ExportFormat(
            "poster",
            ".pdf",
            QT_TRANSLATE_NOOP("ExportFormat", "Canvas poster (PDF, one page)"),
            ALL_PAPERS,
            "A3",
            "landscape",
            uses_questions=True,
            render=_poster,
        ),
        ExportFormat(
            "summary",
            ".pdf",
            QT_TRANSLATE_NOOP("ExportFormat", "Session summary (PDF, A4)"),
            ("A4",),
            "A4",
            "portrait",
            render=_summary,
            reads=_read_rituals,
        ),
        ExportFormat(
            "actions",
            ".pdf",
            QT_TRANSLATE_NOOP("ExportFormat", "Open actions by owner (PDF, A4)"),
            ("A4",),
            "A4",
            "portrait",
            community_wide=True,
            render=_actions,
            reads=_read_actions,
        ),
        ExportFormat(
            "community",
            ".pdf",
            QT_TRANSLATE_NOOP("ExportFormat", "Community overview (PDF, A4)"),
            ("A4",),
            "A4",
            "portrait",
            needs_board=False,
            community_wide=True,
            render=_community,
            reads=_read_overview,
        ),
        ExportFormat(
            "worksheet",
            ".pdf",
            QT_TRANSLATE_NOOP("ExportFormat", "Blank worksheet (PDF)"),
            ("A4", "A3"),
            "A4",
            None,
            uses_questions=True,
            default_questions=True,
            needs_board=False,
            render=_worksheet,
        ),
        ExportFormat(
            "md",
            ".md",
            QT_TRANSLATE_NOOP("ExportFormat", "Markdown for a wiki page"),
            render=_markdown,
        ),
        ExportFormat(
            "csv",
            ".csv",
            QT_TRANSLATE_NOOP("ExportFormat", "Notes as CSV for a spreadsheet"),
            render=_csv,
        ),
        ExportFormat(
            "circles",
            ".md",
            QT_TRANSLATE_NOOP("ExportFormat", "Learning circles as Markdown"),
            needs_board=False,
            community_wide=True,
            render=_circles,
            reads=_read_overview,
        ),
        ExportFormat(
            "json",
            ".json",
            QT_TRANSLATE_NOOP("ExportFormat", "Session JSON (re-importable)"),
            render=_json,
        ),
        ExportFormat(
            "png", ".png", QT_TRANSLATE_NOOP("ExportFormat", "Board image (PNG)"), needs_qt=True
        ),
    )
}


def export_format(format_id: str) -> ExportFormat:
    try:
        return FORMATS[format_id]
    except KeyError:
        raise ExportProblem(
            f"Unknown export format '{format_id}'. Choose one of {', '.join(FORMATS)}."
        ) from None


def render(
    format_id: str,
    board: Board | None,
    options: ExportOptions = ExportOptions(),
    progress: Progress | None = None,
) -> bytes:
    """The bytes of ``board`` in format ``format_id``; failures are ExportProblem."""
    fmt = export_format(format_id)
    if fmt.render is None:
        raise ExportProblem(f"The export “{fmt.description}” is drawn by the window (it needs Qt).")
    try:
        return fmt.render(board, options, progress)
    except CopdeskError:
        raise
    except (Exception, RecursionError) as exc:  # a bug must not reach the user as a traceback
        log.exception("export %s failed", format_id)
        raise ExportProblem(
            f"The export “{fmt.description}” could not be made ({type(exc).__name__}).",
            hint="Details are in the log file.",
        ) from exc


def export_file(
    format_id: str,
    board: Board | None,
    path: str | Path,
    options: ExportOptions = ExportOptions(),
    progress: Progress | None = None,
) -> Path:
    """Render and write atomically to ``path``: the old file survives any failure."""
    data = render(format_id, board, options, progress)
    return write_atomic(path, data)


_UNSAFE = re.compile(r"[^\w\-. ]+", re.UNICODE)


def default_file_name(
    format_id: str, board: Board | None, template: Template | None = None, community: str = ""
) -> str:
    """A file name like ``Community-retro-Q2-summary.pdf``; an export of the whole
    community (no session) is named after the community."""
    fmt = export_format(format_id)
    if template is not None and format_id == "worksheet":
        base = template.id
    elif board is not None and board.session.id:
        base = board.session.title or "session"
    else:
        base = community or (board.community if board is not None else "") or "copdesk"
    stem = _UNSAFE.sub("", base).strip().replace(" ", "-")[:60].strip("-.") or "session"
    suffix = {"md": "", "csv": "-notes", "json": "", "png": ""}.get(format_id, f"-{format_id}")
    return f"{stem}{suffix}{fmt.extension}"
