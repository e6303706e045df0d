"""Plain dataclasses for everything in a community file.

The desk returns these from every read; the UI and the exports only ever see
these, never rows or SQL. They are frozen: a change is a new object.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

#: Default size of a new sticky note in board units (1 unit = 1 px at 100 %).
NOTE_WIDTH = 200.0
NOTE_HEIGHT = 140.0

#: Number of note colours (indices into :data:`copdesk.core.palette.NOTE_COLORS`).
NOTE_COLOR_COUNT = 6

VoteTarget = Literal["note", "cluster"]
TimerRunState = Literal["idle", "running", "paused"]
ActionStatus = Literal["open", "done", "carried", "dropped"]


@dataclass(frozen=True, slots=True)
class Session:
    """One board: a workshop, a retro or a canvas."""

    id: int
    title: str
    template_id: str
    created_at: str  # ISO 8601, UTC
    updated_at: str
    position: int = 0  # order in the sidebar
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class Frame:
    """A titled area on a board (a template's column, bucket or lane)."""

    id: int
    session_id: int
    title: str
    prompt: str
    x: float
    y: float
    width: float
    height: float
    color: str  # "#rrggbb"
    z: float = 0.0
    key: str = ""  # stable id from the template, e.g. "keep", "purpose"
    questions: tuple[str, ...] = ()  # guiding questions shown in the frame
    deleted: bool = False

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.width and self.y <= y <= self.y + self.height


@dataclass(frozen=True, slots=True)
class Note:
    """A sticky note."""

    id: int
    session_id: int
    text: str
    x: float
    y: float
    width: float = NOTE_WIDTH
    height: float = NOTE_HEIGHT
    color: int = 0  # 0 .. NOTE_COLOR_COUNT - 1
    frame_id: int | None = None
    cluster_id: int | None = None
    author: str = ""
    z: float = 0.0
    created_at: str = ""
    deleted: bool = False

    @property
    def center(self) -> tuple[float, float]:
        return (self.x + self.width / 2, self.y + self.height / 2)


@dataclass(frozen=True, slots=True)
class Cluster:
    """A named group of notes that moves as a unit."""

    id: int
    session_id: int
    label: str
    collapsed: bool = False
    color: int = 0
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class VotingRound:
    """A dot-voting round of a session."""

    id: int
    session_id: int
    votes_per_person: int = 3
    hidden: bool = False  # counts hidden until revealed
    open: bool = True
    started_at: str = ""


@dataclass(frozen=True, slots=True)
class Vote:
    """One dot on a note or a cluster."""

    id: int
    round_id: int
    target_kind: VoteTarget
    target_id: int
    participant: str = ""  # "" = a room count, no names


@dataclass(frozen=True, slots=True)
class AgendaStep:
    """One timeboxed step of a session's agenda."""

    id: int
    session_id: int
    position: int
    title: str
    minutes: float
    notes: str = ""
    actual_seconds: float = 0.0  # time actually spent, logged by the timer


@dataclass(frozen=True, slots=True)
class TimerState:
    """The persisted state of a session's countdown.

    ``ends_at`` is wall-clock epoch seconds so that a running timer survives a
    restart; while running, the UI maps it onto a monotonic deadline.
    """

    session_id: int
    step_id: int | None = None
    state: TimerRunState = "idle"
    duration_seconds: float = 0.0
    ends_at: float | None = None  # epoch seconds, while running
    remaining_seconds: float | None = None  # while paused
    started_at: float | None = None  # epoch seconds the current run began


@dataclass(frozen=True, slots=True)
class Action:
    """An action with an owner, from a retro or a workshop."""

    id: int
    text: str
    owner: str = ""
    due: str | None = None  # ISO date
    status: ActionStatus = "open"
    session_id: int | None = None
    created_at: str = ""
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class Member:
    """A member of the community."""

    id: int
    name: str
    team: str = ""
    interests: tuple[str, ...] = ()
    goals: tuple[str, ...] = ()
    contact: str = ""
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class CircleRound:
    """One round of learning circles."""

    id: int
    title: str
    started_on: str  # ISO date
    seed: int = 0


@dataclass(frozen=True, slots=True)
class Circle:
    """A 2-3 person learning circle within a round."""

    id: int
    round_id: int
    topic: str
    member_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Ritual:
    """A recurring community ritual (circles, monthly session, retro, off-site)."""

    id: int
    name: str
    cadence: str  # "weekly", "biweekly", "monthly", "quarterly", "yearly"
    duration_minutes: float
    people: int
    first_date: str  # ISO date of the first occurrence
    notes: str = ""
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class Board:
    """Everything that belongs to one session, as read in one go.

    The exports and the scene are built from a Board.
    """

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

    def vote_count(self, kind: VoteTarget, target_id: int) -> int:
        return sum(1 for v in self.votes if v.target_kind == kind and v.target_id == target_id)


@dataclass(frozen=True, slots=True)
class NoteDraft:
    """A note about to be created (from typing, pasting or an import)."""

    text: str
    x: float = 0.0
    y: float = 0.0
    color: int = 0
    author: str = ""
    frame_id: int | None = None
    width: float = NOTE_WIDTH
    height: float = NOTE_HEIGHT
    frame_title: str = ""  # an import may name the frame by title
