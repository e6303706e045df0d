"""The community file's schema, as forward migrations in order.

Migrations run through sqlite-utils' own :class:`~sqlite_utils.migrations.Migrations`
(each in its own transaction, recorded in ``_sqlite_migrations``). After they run,
``PRAGMA user_version`` and the ``meta`` row ``schema_version`` both hold the
number of applied migrations, so any SQLite client can read the version.

Never edit a released migration: append a new function instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SET = "copdesk"

_INITIAL = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    template_id TEXT NOT NULL DEFAULT 'blank',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE frames (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    key TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    prompt TEXT NOT NULL DEFAULT '',
    x REAL NOT NULL, y REAL NOT NULL,
    width REAL NOT NULL, height REAL NOT NULL,
    color TEXT NOT NULL DEFAULT '#ffffff',
    z REAL NOT NULL DEFAULT 0,
    questions TEXT NOT NULL DEFAULT '[]',
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX frames_session ON frames(session_id);
CREATE TABLE clusters (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    label TEXT NOT NULL DEFAULT '',
    collapsed INTEGER NOT NULL DEFAULT 0,
    color INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX clusters_session ON clusters(session_id);
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    text TEXT NOT NULL DEFAULT '',
    x REAL NOT NULL, y REAL NOT NULL,
    width REAL NOT NULL DEFAULT 200, height REAL NOT NULL DEFAULT 140,
    color INTEGER NOT NULL DEFAULT 0,
    frame_id INTEGER REFERENCES frames(id) ON DELETE SET NULL,
    cluster_id INTEGER REFERENCES clusters(id) ON DELETE SET NULL,
    author TEXT NOT NULL DEFAULT '',
    z REAL NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX notes_session ON notes(session_id, deleted);
CREATE INDEX notes_cluster ON notes(cluster_id);
CREATE TABLE voting_rounds (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    votes_per_person INTEGER NOT NULL DEFAULT 3,
    hidden INTEGER NOT NULL DEFAULT 0,
    open INTEGER NOT NULL DEFAULT 1,
    started_at TEXT NOT NULL
);
CREATE INDEX voting_rounds_session ON voting_rounds(session_id);
CREATE TABLE votes (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES voting_rounds(id) ON DELETE CASCADE,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('note', 'cluster')),
    target_id INTEGER NOT NULL,
    participant TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX votes_round ON votes(round_id);
CREATE TABLE agenda_steps (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    minutes REAL NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    actual_seconds REAL NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX agenda_session ON agenda_steps(session_id);
CREATE TABLE timers (
    session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
    step_id INTEGER REFERENCES agenda_steps(id) ON DELETE SET NULL,
    state TEXT NOT NULL DEFAULT 'idle' CHECK (state IN ('idle', 'running', 'paused')),
    duration_seconds REAL NOT NULL DEFAULT 0,
    ends_at REAL,
    remaining_seconds REAL,
    started_at REAL
);
CREATE TABLE actions (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    due TEXT,
    status TEXT NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'done', 'carried', 'dropped')),
    session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX actions_session ON actions(session_id);
CREATE TABLE action_reviews (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    outcome TEXT NOT NULL CHECK (outcome IN ('done', 'carried', 'dropped')),
    created_at TEXT NOT NULL
);
CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    team TEXT NOT NULL DEFAULT '',
    interests TEXT NOT NULL DEFAULT '[]',
    goals TEXT NOT NULL DEFAULT '[]',
    contact TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE circle_rounds (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    started_on TEXT NOT NULL,
    seed INTEGER NOT NULL DEFAULT 0,
    session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE circles (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES circle_rounds(id) ON DELETE CASCADE,
    topic TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE circle_members (
    circle_id INTEGER NOT NULL REFERENCES circles(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    PRIMARY KEY (circle_id, member_id)
);
CREATE TABLE rituals (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    cadence TEXT NOT NULL,
    duration_minutes REAL NOT NULL DEFAULT 60,
    people INTEGER NOT NULL DEFAULT 1,
    first_date TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE custom_templates (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    json TEXT NOT NULL,
    created_at TEXT NOT NULL
);
"""


def _run_script(db: Database, script: str) -> None:
    # executescript() would COMMIT the migration's transaction: run statement by statement.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


#: The migrations' names, in order. Opening a file checks them without building
#: the migrations (that imports sqlite-utils, which start-up does not need);
#: a test keeps this list equal to what :func:`build_migrations` registers.
MIGRATION_NAMES = ("0001_initial",)


def build_migrations() -> object:
    """The ordered migrations of a community file."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)

    @migrations(name=MIGRATION_NAMES[0])
    def initial(db: Database) -> None:
        _run_script(db, _INITIAL)

    return migrations


def migration_names() -> list[str]:
    return list(MIGRATION_NAMES)


def built_migration_names() -> list[str]:
    """What :func:`build_migrations` registers (for the test that keeps the two equal)."""
    return [m.name for m in build_migrations()._migrations]  # type: ignore[attr-defined]


SCHEMA_VERSION = 1  # == len(MIGRATION_NAMES); checked by a test

#: What the current file format needs: every table and its columns. Opening a
#: file compares them with what the file holds (one query, no sqlite-utils); a
#: test keeps them equal to what the migrations build. Extra tables or columns
#: are allowed.
REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "meta": ("key", "value"),
    "sessions": ("id", "title", "template_id", "created_at", "updated_at", "position", "deleted"),
    "frames": (
        "id",
        "session_id",
        "key",
        "title",
        "prompt",
        "x",
        "y",
        "width",
        "height",
        "color",
        "z",
        "questions",
        "deleted",
    ),
    "clusters": ("id", "session_id", "label", "collapsed", "color", "deleted"),
    "notes": (
        "id",
        "session_id",
        "text",
        "x",
        "y",
        "width",
        "height",
        "color",
        "frame_id",
        "cluster_id",
        "author",
        "z",
        "created_at",
        "updated_at",
        "deleted",
    ),
    "voting_rounds": ("id", "session_id", "votes_per_person", "hidden", "open", "started_at"),
    "votes": ("id", "round_id", "target_kind", "target_id", "participant", "created_at"),
    "agenda_steps": (
        "id",
        "session_id",
        "position",
        "title",
        "minutes",
        "notes",
        "actual_seconds",
        "deleted",
    ),
    "timers": (
        "session_id",
        "step_id",
        "state",
        "duration_seconds",
        "ends_at",
        "remaining_seconds",
        "started_at",
    ),
    "actions": (
        "id",
        "text",
        "owner",
        "due",
        "status",
        "session_id",
        "created_at",
        "updated_at",
        "deleted",
    ),
    "action_reviews": ("id", "session_id", "action_id", "outcome", "created_at"),
    "members": ("id", "name", "team", "interests", "goals", "contact", "created_at", "deleted"),
    "circle_rounds": ("id", "title", "started_on", "seed", "session_id", "created_at"),
    "circles": ("id", "round_id", "topic", "position"),
    "circle_members": ("circle_id", "member_id"),
    "rituals": (
        "id",
        "name",
        "cadence",
        "duration_minutes",
        "people",
        "first_date",
        "notes",
        "deleted",
    ),
    "custom_templates": ("id", "name", "json", "created_at"),
}


def missing_structure(found: dict[str, set[str]]) -> list[str]:
    """What the current format needs and ``found`` (table -> columns) lacks, in
    plain words: a missing table once, else each missing column."""
    problems: list[str] = []
    for table, columns in REQUIRED_COLUMNS.items():
        have = found.get(table)
        if have is None:
            problems.append(f"the table “{table}” is missing")
            continue
        problems.extend(
            f"the column “{column}” of the table “{table}” is missing"
            for column in columns
            if column not in have
        )
    return problems
