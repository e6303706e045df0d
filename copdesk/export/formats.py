"""Every export format, declared once; the CLI and the export dialog read this table.

Each format renders a :class:`Board` (plus :class:`ExportOptions`) to bytes;
:func:`export_file` writes them atomically. The PNG needs Qt, so its renderer
lives in ``copdesk.ui.board_png`` and the table only describes it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from copdesk.core.errors import CopdeskError, ExportProblem
from copdesk.core.models import Action, Board, Ritual
from copdesk.core.templates import Template
from copdesk.export.atomic_file import write_atomic
from copdesk.export.board_drawing import Progress
from copdesk.export.paper import PAPER_SIZES, Orientation, paper_name

log = logging.getLogger(__name__)

ALL_PAPERS = tuple(PAPER_SIZES)


@dataclass(frozen=True, slots=True)
class ExportOptions:
    paper: str | None = None  # None: the format's default
    orientation: Orientation | None = None  # None: the format's default
    questions: bool = False  # guiding questions on the poster
    language: str = "en"
    scale: float = 1.0  # PNG: device pixels per board unit
    template: Template | None = None  # worksheet: print this template instead of the board
    actions: tuple[Action, ...] | None = None  # actions list: the community's (else the board's)
    session_titles: Mapping[int, str] | None = None  # actions list: where each action came from
    rituals: tuple[Ritual, ...] | None = None  # summary: the community's rituals (None: no section)
    today: date | None = None  # summary: the next ritual dates count from this day


Renderer = Callable[[Board | None, ExportOptions, Progress | None], bytes]


@dataclass(frozen=True, slots=True)
class ExportFormat:
    id: str
    extension: str  # with the dot
    description: str
    papers: tuple[str, ...] = ()  # empty: no paper choice
    default_paper: str | None = None
    default_orientation: Orientation | None = None
    uses_questions: bool = False
    needs_board: bool = True
    needs_qt: bool = False
    render: Renderer | None = None  # None: rendered by the UI layer (needs Qt)

    def paper(self, options: ExportOptions) -> str:
        chosen = paper_name(options.paper) if options.paper else (self.default_paper or "A4")
        if self.papers and chosen not in self.papers:
            papers = " or ".join(self.papers)
            raise ExportProblem(
                f"The export “{self.description}” prints on {papers} only, not {chosen}."
            )
        return chosen


def _need(board: Board | None) -> Board:
    if board is None:
        raise ExportProblem("Choose a session to export.")
    return board


def _poster(board: Board | None, o: ExportOptions, progress: Progress | None) -> bytes:
    from copdesk.export.poster_pdf import PosterOptions, poster_pdf

    fmt = FORMATS["poster"]
    options = PosterOptions(fmt.paper(o), o.orientation or "landscape", o.questions)
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

    template = o.template or template_from_board(_need(board))
    paper = FORMATS["worksheet"].paper(o)
    return worksheet_pdf(
        template, o.language, paper=paper, orientation=o.orientation, progress=progress
    )


def _markdown(board: Board | None, o: ExportOptions, progress: Progress | None) -> bytes:
    from copdesk.export.markdown import board_markdown

    return board_markdown(_need(board)).encode("utf-8", errors="replace")


def _csv(board: Board | None, o: ExportOptions, progress: Progress | None) -> bytes:
    from copdesk.export.notes_csv import notes_csv

    return notes_csv(_need(board), o.language)


def _json(board: Board | None, o: ExportOptions, progress: Progress | None) -> bytes:
    from copdesk.core.session_json import board_to_json_text

    return board_to_json_text(_need(board)).encode("utf-8", errors="replace")


FORMATS: dict[str, ExportFormat] = {
    f.id: f
    for f in (
        ExportFormat(
            "poster",
            ".pdf",
            "Canvas poster (PDF, one page)",
            ALL_PAPERS,
            "A3",
            "landscape",
            uses_questions=True,
            render=_poster,
        ),
        ExportFormat(
            "summary",
            ".pdf",
            "Session summary (PDF, A4)",
            ("A4",),
            "A4",
            "portrait",
            render=_summary,
        ),
        ExportFormat(
            "actions",
            ".pdf",
            "Open actions by owner (PDF, A4)",
            ("A4",),
            "A4",
            "portrait",
            render=_actions,
        ),
        ExportFormat(
            "worksheet",
            ".pdf",
            "Blank worksheet (PDF)",
            ("A4", "A3"),
            "A4",
            None,
            uses_questions=True,
            needs_board=False,
            render=_worksheet,
        ),
        ExportFormat("md", ".md", "Markdown for a wiki page", render=_markdown),
        ExportFormat("csv", ".csv", "Notes as CSV for a spreadsheet", render=_csv),
        ExportFormat("json", ".json", "Session JSON (re-importable)", render=_json),
        ExportFormat("png", ".png", "Board image (PNG)", needs_qt=True),
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


def default_file_name(format_id: str, board: Board | None, template: Template | None = None) -> str:
    """A file name like ``Community-retro-Q2-summary.pdf``."""
    fmt = export_format(format_id)
    if template is not None and format_id == "worksheet":
        base = template.id
    elif board is not None:
        base = board.session.title or "session"
    else:
        base = "copdesk"
    stem = _UNSAFE.sub("", base).strip().replace(" ", "-")[:60].strip("-.") or "session"
    suffix = {"md": "", "csv": "-notes", "json": "", "png": ""}.get(format_id, f"-{format_id}")
    return f"{stem}{suffix}{fmt.extension}"
