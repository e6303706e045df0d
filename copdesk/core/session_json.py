"""The JSON form of one session, for backup, hand-over and re-import.

:func:`board_to_json` writes everything of a session (frames, notes, clusters,
voting rounds and votes, agenda, timer, actions) with their ids;
:func:`parse_session_json` reads such a text back into a
:class:`SessionDocument` after validating every field, or raises
:class:`ImportProblem` with a plain sentence. The ids in a document are only
references between its parts: the desk gives imported rows new ids.
The format is documented in ``docs/file-format.md`` ("Session JSON").
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, get_args

from copdesk.core.errors import ImportProblem
from copdesk.core.models import (
    NOTE_COLOR_COUNT,
    Action,
    ActionStatus,
    AgendaStep,
    Board,
    Cluster,
    Frame,
    Note,
    Session,
    TimerRunState,
    TimerState,
    Vote,
    VotingRound,
)

FORMAT = "copdesk-session"
VERSION = 1
MAX_BYTES = 64 * 1024 * 1024
MAX_TEXT = 2_000
MAX_NOTES = 10_000
MAX_FRAMES = 500
MAX_CLUSTERS = 10_000
MAX_ROUNDS = 1_000
MAX_VOTES = 200_000
MAX_STEPS = 200
MAX_ACTIONS = 10_000
MAX_QUESTIONS = 50
MAX_COORD = 1_000_000.0
MAX_ID = 2**63 - 1


@dataclass(frozen=True, slots=True)
class SessionDocument:
    """A parsed session file; ids are references within the document only."""

    community: str
    session: Session
    frames: tuple[Frame, ...] = ()
    notes: tuple[Note, ...] = ()
    clusters: tuple[Cluster, ...] = ()
    rounds: tuple[VotingRound, ...] = ()
    votes: tuple[Vote, ...] = ()
    agenda: tuple[AgendaStep, ...] = ()
    timer: TimerState | None = None
    actions: tuple[Action, ...] = ()
    extra: dict[str, object] = field(default_factory=dict)

    def to_board(self) -> Board:
        """The document as a :class:`Board` with the document's ids."""
        return Board(
            community=self.community,
            session=self.session,
            frames=self.frames,
            notes=self.notes,
            clusters=self.clusters,
            rounds=self.rounds,
            votes=self.votes,
            agenda=self.agenda,
            timer=self.timer,
            actions=self.actions,
            extra=dict(self.extra),
        )


# --- writing -----------------------------------------------------------------


def _json_safe(value: object) -> bool:
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError, RecursionError):
        return False
    return True


def board_to_json(board: Board) -> dict[str, Any]:
    """Everything of ``board`` as a JSON-ready dict (deleted rows left out)."""
    s = board.session
    live_notes = [n for n in board.notes if not n.deleted]
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "community": board.community,
        "session": {
            "id": s.id,
            "title": s.title,
            "template_id": s.template_id,
            "created_at": s.created_at,
            "updated_at": s.updated_at,
            "position": s.position,
        },
        "frames": [
            {
                "id": f.id,
                "key": f.key,
                "title": f.title,
                "prompt": f.prompt,
                "x": f.x,
                "y": f.y,
                "width": f.width,
                "height": f.height,
                "color": f.color,
                "z": f.z,
                "questions": list(f.questions),
            }
            for f in board.frames
            if not f.deleted
        ],
        "notes": [
            {
                "id": n.id,
                "text": n.text,
                "x": n.x,
                "y": n.y,
                "width": n.width,
                "height": n.height,
                "color": n.color,
                "frame_id": n.frame_id,
                "cluster_id": n.cluster_id,
                "author": n.author,
                "z": n.z,
                "created_at": n.created_at,
            }
            for n in live_notes
        ],
        "clusters": [
            {"id": c.id, "label": c.label, "collapsed": c.collapsed, "color": c.color}
            for c in board.clusters
            if not c.deleted
        ],
        "rounds": [
            {
                "id": r.id,
                "votes_per_person": r.votes_per_person,
                "hidden": r.hidden,
                "open": r.open,
                "started_at": r.started_at,
            }
            for r in board.rounds
        ],
        "votes": [
            {
                "id": v.id,
                "round_id": v.round_id,
                "target_kind": v.target_kind,
                "target_id": v.target_id,
                "participant": v.participant,
            }
            for v in board.votes
        ],
        "agenda": [
            {
                "id": a.id,
                "position": a.position,
                "title": a.title,
                "minutes": a.minutes,
                "notes": a.notes,
                "actual_seconds": a.actual_seconds,
            }
            for a in board.agenda
        ],
        "timer": None,
        "actions": [
            {
                "id": a.id,
                "text": a.text,
                "owner": a.owner,
                "due": a.due,
                "status": a.status,
                "created_at": a.created_at,
            }
            for a in board.actions
            if not a.deleted
        ],
        "extra": {k: v for k, v in board.extra.items() if _json_safe(v)},
    }
    if board.timer is not None:
        t = board.timer
        data["timer"] = {
            "step_id": t.step_id,
            "state": t.state,
            "duration_seconds": t.duration_seconds,
            "ends_at": t.ends_at,
            "remaining_seconds": t.remaining_seconds,
            "started_at": t.started_at,
        }
    return data


def board_to_json_text(board: Board) -> str:
    """:func:`board_to_json` as indented UTF-8 text."""
    return json.dumps(board_to_json(board), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


# --- reading -----------------------------------------------------------------


class _Reader:
    """Reads typed fields, raising ImportProblem that names the field."""

    @staticmethod
    def fail(path: str, why: str) -> ImportProblem:
        return ImportProblem(f"The session file is not valid: '{path}' {why}.")

    def obj(self, value: object, path: str) -> Mapping[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(path, "must be an object")
        return value

    def items(self, value: object, path: str, limit: int) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(path, "must be a list")
        if len(value) > limit:
            raise self.fail(path, f"has {len(value):,} entries; at most {limit:,} can be imported")
        return value

    def text(self, value: object, path: str, *, limit: int = MAX_TEXT, default: str = "") -> str:
        if value is None:
            return default
        if not isinstance(value, str):
            raise self.fail(path, "must be text")
        if len(value) > limit:
            raise self.fail(path, f"is longer than {limit:,} characters")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise self.fail(path, "contains a broken character (a lone surrogate)") from None
        return value

    def optional_text(self, value: object, path: str) -> str | None:
        return None if value is None else self.text(value, path)

    def ident(self, value: object, path: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_ID:
            raise self.fail(path, "must be a whole number id")
        return value

    def optional_ident(self, value: object, path: str) -> int | None:
        return None if value is None else self.ident(value, path)

    def number(
        self, value: object, path: str, *, low: float, high: float, default: float | None = None
    ) -> float:
        if value is None and default is not None:
            return default
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(path, "must be a number")
        # compared as given (NaN and infinities fail it): float() of a huge
        # integer would overflow
        if not low <= value <= high:
            raise self.fail(path, f"must be between {low:g} and {high:g}")
        return float(value)

    def optional_number(self, value: object, path: str, *, low: float, high: float) -> float | None:
        return None if value is None else self.number(value, path, low=low, high=high)

    def integer(self, value: object, path: str, *, low: int, high: int, default: int) -> int:
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(path, f"must be a whole number between {low} and {high}")
        return value

    def flag(self, value: object, path: str, default: bool) -> bool:
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.fail(path, "must be true or false")
        return value

    def choice(self, value: object, path: str, options: tuple[str, ...], default: str) -> str:
        if value is None:
            return default
        if value not in options:
            raise self.fail(path, f"must be one of {', '.join(options)}")
        return str(value)

    def color(self, value: object, path: str) -> str:
        text = self.text(value, path, default="#ffffff")
        if (
            len(text) != 7
            or text[0] != "#"
            or any(c not in "0123456789abcdefABCDEF" for c in text[1:])
        ):
            raise self.fail(path, "must be a colour like #a1b2c3")
        return text.lower()

    def unique(self, ids: list[int], path: str) -> set[int]:
        seen: set[int] = set()
        for i, value in enumerate(ids):
            if value in seen:
                raise self.fail(f"{path}[{i}].id", "repeats an id used earlier")
            seen.add(value)
        return seen


def _load(text: str | bytes) -> Any:
    if isinstance(text, bytes | bytearray):
        if len(text) > MAX_BYTES:
            raise ImportProblem("The session file is too large to import (over 64 MB).")
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ImportProblem("The session file is not UTF-8 text.") from None
    if not isinstance(text, str):
        raise ImportProblem("The session file is not text.")
    if len(text) > MAX_BYTES:
        raise ImportProblem("The session file is too large to import (over 64 MB).")

    def no_constant(name: str) -> Any:
        raise ImportProblem(f"The session file contains {name}, which is not a number JSON allows.")

    try:
        return json.loads(text.lstrip("\ufeff"), parse_constant=no_constant)
    except RecursionError:
        raise ImportProblem(
            "The session file is nested too deeply to be a copdesk session."
        ) from None
    except json.JSONDecodeError as exc:
        where = f" (line {exc.lineno}, column {exc.colno})"
        raise ImportProblem(f"The session file is not valid JSON{where}.") from None
    except ValueError:
        where = ""
        raise ImportProblem(f"The session file is not valid JSON{where}.") from None


def parse_session_json(text: str | bytes) -> SessionDocument:
    """Validate a session file's text and return its document, or raise ImportProblem."""
    try:
        return _parse(_load(text))
    except ImportProblem:
        raise
    except (RecursionError, ValueError, TypeError, OverflowError) as exc:
        raise ImportProblem(f"The session file could not be read ({type(exc).__name__}).") from None


def _parse(data: Any) -> SessionDocument:
    r = _Reader()
    top = r.obj(data, "(top level)")
    if top.get("format") != FORMAT:
        raise ImportProblem(
            "This is not a copdesk session file (its 'format' is missing or other)."
        )
    version = top.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise r.fail("version", "must be a whole number")
    if version > VERSION:
        raise ImportProblem(
            "This session file comes from a newer copdesk.", hint="Update copdesk, then import it."
        )
    raw = r.obj(top.get("session"), "session")
    sid = r.ident(raw.get("id", 0), "session.id")
    session = Session(
        id=sid,
        title=r.text(raw.get("title"), "session.title"),
        template_id=r.text(raw.get("template_id"), "session.template_id", limit=200),
        created_at=r.text(raw.get("created_at"), "session.created_at", limit=64),
        updated_at=r.text(raw.get("updated_at"), "session.updated_at", limit=64),
        position=r.integer(raw.get("position"), "session.position", low=0, high=10**9, default=0),
    )
    coord = {"low": -MAX_COORD, "high": MAX_COORD}
    size = {"low": 1.0, "high": MAX_COORD}

    frames: list[Frame] = []
    for i, item in enumerate(r.items(top.get("frames"), "frames", MAX_FRAMES)):
        p = f"frames[{i}]"
        f = r.obj(item, p)
        questions = tuple(
            r.text(q, f"{p}.questions[{j}]")
            for j, q in enumerate(r.items(f.get("questions"), f"{p}.questions", MAX_QUESTIONS))
        )
        frames.append(
            Frame(
                id=r.ident(f.get("id"), f"{p}.id"),
                session_id=sid,
                title=r.text(f.get("title"), f"{p}.title"),
                prompt=r.text(f.get("prompt"), f"{p}.prompt"),
                x=r.number(f.get("x"), f"{p}.x", **coord),
                y=r.number(f.get("y"), f"{p}.y", **coord),
                width=r.number(f.get("width"), f"{p}.width", **size),
                height=r.number(f.get("height"), f"{p}.height", **size),
                color=r.color(f.get("color"), f"{p}.color"),
                z=r.number(f.get("z"), f"{p}.z", **coord, default=0.0),
                key=r.text(f.get("key"), f"{p}.key", limit=200),
                questions=questions,
            )
        )
    frame_ids = r.unique([f.id for f in frames], "frames")

    clusters: list[Cluster] = []
    for i, item in enumerate(r.items(top.get("clusters"), "clusters", MAX_CLUSTERS)):
        p = f"clusters[{i}]"
        c = r.obj(item, p)
        clusters.append(
            Cluster(
                id=r.ident(c.get("id"), f"{p}.id"),
                session_id=sid,
                label=r.text(c.get("label"), f"{p}.label"),
                collapsed=r.flag(c.get("collapsed"), f"{p}.collapsed", False),
                color=r.integer(
                    c.get("color"), f"{p}.color", low=0, high=NOTE_COLOR_COUNT - 1, default=0
                ),
            )
        )
    cluster_ids = r.unique([c.id for c in clusters], "clusters")

    notes: list[Note] = []
    for i, item in enumerate(r.items(top.get("notes"), "notes", MAX_NOTES)):
        p = f"notes[{i}]"
        n = r.obj(item, p)
        frame_id = r.optional_ident(n.get("frame_id"), f"{p}.frame_id")
        if frame_id is not None and frame_id not in frame_ids:
            raise r.fail(f"{p}.frame_id", "refers to a frame that is not in the file")
        cluster_id = r.optional_ident(n.get("cluster_id"), f"{p}.cluster_id")
        if cluster_id is not None and cluster_id not in cluster_ids:
            raise r.fail(f"{p}.cluster_id", "refers to a cluster that is not in the file")
        notes.append(
            Note(
                id=r.ident(n.get("id"), f"{p}.id"),
                session_id=sid,
                text=r.text(n.get("text"), f"{p}.text"),
                x=r.number(n.get("x"), f"{p}.x", **coord),
                y=r.number(n.get("y"), f"{p}.y", **coord),
                width=r.number(n.get("width"), f"{p}.width", **size, default=200.0),
                height=r.number(n.get("height"), f"{p}.height", **size, default=140.0),
                color=r.integer(
                    n.get("color"), f"{p}.color", low=0, high=NOTE_COLOR_COUNT - 1, default=0
                ),
                frame_id=frame_id,
                cluster_id=cluster_id,
                author=r.text(n.get("author"), f"{p}.author", limit=200),
                z=r.number(n.get("z"), f"{p}.z", **coord, default=0.0),
                created_at=r.text(n.get("created_at"), f"{p}.created_at", limit=64),
            )
        )
    note_ids = r.unique([n.id for n in notes], "notes")

    rounds: list[VotingRound] = []
    for i, item in enumerate(r.items(top.get("rounds"), "rounds", MAX_ROUNDS)):
        p = f"rounds[{i}]"
        v = r.obj(item, p)
        rounds.append(
            VotingRound(
                id=r.ident(v.get("id"), f"{p}.id"),
                session_id=sid,
                votes_per_person=r.integer(
                    v.get("votes_per_person"), f"{p}.votes_per_person", low=0, high=1000, default=3
                ),
                hidden=r.flag(v.get("hidden"), f"{p}.hidden", False),
                open=r.flag(v.get("open"), f"{p}.open", True),
                started_at=r.text(v.get("started_at"), f"{p}.started_at", limit=64),
            )
        )
    round_ids = r.unique([v.id for v in rounds], "rounds")

    votes: list[Vote] = []
    for i, item in enumerate(r.items(top.get("votes"), "votes", MAX_VOTES)):
        p = f"votes[{i}]"
        v = r.obj(item, p)
        round_id = r.ident(v.get("round_id"), f"{p}.round_id")
        if round_id not in round_ids:
            raise r.fail(f"{p}.round_id", "refers to a voting round that is not in the file")
        kind = r.choice(v.get("target_kind"), f"{p}.target_kind", ("note", "cluster"), "")
        target = r.ident(v.get("target_id"), f"{p}.target_id")
        if target not in (note_ids if kind == "note" else cluster_ids):
            raise r.fail(f"{p}.target_id", f"refers to a {kind} that is not in the file")
        votes.append(
            Vote(
                id=r.ident(v.get("id"), f"{p}.id"),
                round_id=round_id,
                target_kind="note" if kind == "note" else "cluster",
                target_id=target,
                participant=r.text(v.get("participant"), f"{p}.participant", limit=200),
            )
        )
    r.unique([v.id for v in votes], "votes")

    agenda: list[AgendaStep] = []
    for i, item in enumerate(r.items(top.get("agenda"), "agenda", MAX_STEPS)):
        p = f"agenda[{i}]"
        a = r.obj(item, p)
        agenda.append(
            AgendaStep(
                id=r.ident(a.get("id"), f"{p}.id"),
                session_id=sid,
                position=r.integer(
                    a.get("position"), f"{p}.position", low=0, high=10**6, default=i
                ),
                title=r.text(a.get("title"), f"{p}.title"),
                minutes=r.number(a.get("minutes"), f"{p}.minutes", low=0, high=24 * 60),
                notes=r.text(a.get("notes"), f"{p}.notes"),
                actual_seconds=r.number(
                    a.get("actual_seconds"), f"{p}.actual_seconds", low=0, high=10**7, default=0.0
                ),
            )
        )
    step_ids = r.unique([a.id for a in agenda], "agenda")

    timer = None
    if top.get("timer") is not None:
        t = r.obj(top.get("timer"), "timer")
        step_id = r.optional_ident(t.get("step_id"), "timer.step_id")
        if step_id is not None and step_id not in step_ids:
            raise r.fail("timer.step_id", "refers to an agenda step that is not in the file")
        epoch = {"low": 0.0, "high": 1e11}
        timer = TimerState(
            session_id=sid,
            step_id=step_id,
            state=_run_state(
                r.choice(t.get("state"), "timer.state", get_args(TimerRunState), "idle")
            ),
            duration_seconds=r.number(
                t.get("duration_seconds"), "timer.duration_seconds", low=0, high=10**7, default=0.0
            ),
            ends_at=r.optional_number(t.get("ends_at"), "timer.ends_at", **epoch),
            remaining_seconds=r.optional_number(
                t.get("remaining_seconds"), "timer.remaining_seconds", low=0, high=10**7
            ),
            started_at=r.optional_number(t.get("started_at"), "timer.started_at", **epoch),
        )

    actions: list[Action] = []
    for i, item in enumerate(r.items(top.get("actions"), "actions", MAX_ACTIONS)):
        p = f"actions[{i}]"
        a = r.obj(item, p)
        due = r.optional_text(a.get("due"), f"{p}.due")
        if due is not None:
            try:
                date.fromisoformat(due)
            except ValueError:
                raise r.fail(f"{p}.due", "must be a date like 2025-06-30") from None
        actions.append(
            Action(
                id=r.ident(a.get("id"), f"{p}.id"),
                text=r.text(a.get("text"), f"{p}.text"),
                owner=r.text(a.get("owner"), f"{p}.owner", limit=200),
                due=due,
                status=_status(
                    r.choice(a.get("status"), f"{p}.status", get_args(ActionStatus), "open")
                ),
                session_id=sid,
                created_at=r.text(a.get("created_at"), f"{p}.created_at", limit=64),
            )
        )
    r.unique([a.id for a in actions], "actions")

    extra = top.get("extra") or {}
    r.obj(extra, "extra")
    _check_strings(extra, r, "extra", depth=0)
    return SessionDocument(
        community=r.text(top.get("community"), "community", limit=200),
        session=session,
        frames=tuple(frames),
        notes=tuple(notes),
        clusters=tuple(clusters),
        rounds=tuple(rounds),
        votes=tuple(votes),
        agenda=tuple(agenda),
        timer=timer,
        actions=tuple(actions),
        extra=dict(extra),
    )


def _run_state(value: str) -> TimerRunState:
    return "running" if value == "running" else "paused" if value == "paused" else "idle"


def _status(value: str) -> ActionStatus:
    for option in get_args(ActionStatus):
        if option == value:
            return option  # type: ignore[no-any-return]
    return "open"


def _check_strings(value: object, r: _Reader, path: str, depth: int) -> None:
    """Every string inside ``extra`` must be encodable; nesting stays shallow."""
    if depth > 20:
        raise r.fail(path, "is nested too deeply")
    if isinstance(value, str):
        r.text(value, path, limit=100_000)
    elif isinstance(value, dict):
        for key, item in value.items():
            r.text(key, f"{path} key", limit=200)
            _check_strings(item, r, f"{path}.{key}", depth + 1)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _check_strings(item, r, f"{path}[{i}]", depth + 1)
