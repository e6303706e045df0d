"""Realistic boards built straight from the core dataclasses (no desk needed)."""

from __future__ import annotations

import random

from copdesk.core.models import (
    Action,
    AgendaStep,
    Board,
    Cluster,
    Frame,
    Note,
    Session,
    Vote,
    VotingRound,
)

CANVAS_FRAMES = (
    (
        "purpose",
        "Purpose, Values & Success Definition",
        "Why do we exist? How do we know it works?",
        ("Why does this community exist?", "What does success look like in a year?"),
    ),
    (
        "rituals",
        "Rituals & Rhythm",
        "How and when do we meet?",
        ("Which formats do we repeat?", "How often, how long?"),
    ),
    (
        "incentives",
        "Incentives & Sponsoring",
        "What makes it worth the time?",
        ("Who sponsors us?", "What do members get out of it?"),
    ),
    (
        "roles",
        "Roles, Channels & Platform",
        "Who does what, and where?",
        ("Who facilitates?", "Which channels do we use?"),
    ),
    (
        "contents",
        "Contents & Curation",
        "What do we learn, and how is it kept?",
        ("Which topics come first?", "Where do results live?"),
    ),
)

CANVAS_TEXTS = {
    "purpose": [
        "Help product people learn discovery from each other",
        "Wir lernen voneinander statt nebeneinander",
        "Success = three teams run interviews on their own by Q4",
        "Fewer features nobody uses",
        "Share what worked and what failed, openly",
        "Grüße aus Köln: Öffentliche Lernziele für alle Teams",
        "Build a shared language for outcomes",
        "产品发现社区",
        "مشاركة المعرفة بين الفرق",
        "A long one: we want a place where a new product manager can find, within her first two "
        "weeks, the people who already solved the problem she is facing, and the notes they left "
        "behind, without having to ask in five different chat channels first",
        "Measure learning, not attendance",
        "Einmal im Quartal ein Rückblick mit allen",
    ],
    "rituals": [
        "Monthly demo hour",
        "Learning circles of 2–3 people",
        "Book club: Continuous Discovery Habits",
        "Lunch & learn on Thursdays",
        "Quarterly retro of the community",
        "Visit a meetup together",
        "Watch a conference talk together, then discuss",
        "Kaffeerunde am Freitag, 15 Minuten",
        "Open office hours for interview practice",
        "Annual off-site with the design CoP",
        "Rotate the facilitator every month",
        "Short async updates in the channel",
    ],
    "incentives": [
        "4 hours a month of working time, agreed with leads",
        "Budget for books and meetup tickets",
        "Sponsor: Head of Product",
        "Visible in the yearly feedback",
        "Speaker slot at the all-hands",
        "Certificates are not the point",
        "Pizza for the demo hour",
        "Weiterbildungsbudget nutzen",
        "Learning time protected in sprint planning",
        "Recognition in the newsletter",
        "Travel to one conference per year",
        "Mentoring for new PMs",
    ],
    "roles": [
        "Two co-facilitators, rotating every quarter",
        "Channel #product-cop",
        "Wiki page for results",
        "Shared board in copdesk",
        "Sponsor joins the retro",
        "Ansprechpartnerin pro Standort",
        "Calendar series owned by the community",
        "Newcomer buddy",
        "Notes keeper for each session",
        "Survey owner for the yearly check",
        "Moderation des Kanals",
        "Tooling: one place, not five",
    ],
    "contents": [
        "Discovery interviews",
        "Opportunity solution trees",
        "Pricing experiments",
        "Metrics that matter: activation",
        "Writing good problem statements",
        "Roadmaps without dates?",
        "Stakeholder management",
        "Nutzerforschung mit wenig Budget",
        "Accessibility basics for PMs",
        "Case studies from our own teams",
        "Reading list in the wiki",
        "Talk recordings with a 3-line summary",
    ],
}


def community_canvas_board() -> Board:
    """A community canvas with 60 notes: German, one long, one CJK, one Arabic."""
    session = Session(
        1,
        "Community Canvas — Product CoP",
        "community-canvas",
        "2025-03-14T09:00:00+00:00",
        "2025-03-14T12:00:00+00:00",
    )
    frames: list[Frame] = []
    notes: list[Note] = []
    colors = {"purpose": 0, "rituals": 1, "incentives": 2, "roles": 3, "contents": 4}
    width, height = 1000.0, 820.0
    for i, (key, title, prompt, questions) in enumerate(CANVAS_FRAMES):
        x = (i % 3) * (width + 40) if i < 3 else (i - 3) * (width + 40) + (width + 40) / 2
        y = 0.0 if i < 3 else height + 40
        frames.append(
            Frame(
                i + 1,
                1,
                title,
                prompt,
                x,
                y,
                width,
                height,
                "#f1f4f8",
                key=key,
                questions=questions,
            )
        )
        for j, text in enumerate(CANVAS_TEXTS[key]):
            nid = len(notes) + 1
            nx = x + 30 + (j % 4) * 240
            ny = y + 200 + (j // 4) * 200
            notes.append(
                Note(
                    nid,
                    1,
                    text,
                    nx,
                    ny,
                    color=colors[key] if j % 5 else 5,
                    frame_id=i + 1,
                    author=["Anna", "Jörg", "Mei", "Samir"][j % 4],
                )
            )
    clusters = (Cluster(1, 1, "Learning formats"), Cluster(2, 1, "Time & budget"))
    # Notes 14-16 (rituals) form "Learning formats"; 25-26 (incentives) "Time & budget".
    notes = [
        Note(**{**_fields(n), "cluster_id": 1})
        if n.id in (14, 15, 16)
        else Note(**{**_fields(n), "cluster_id": 2})
        if n.id in (25, 26)
        else n
        for n in notes
    ]
    rnd = random.Random(7)
    votes = [Vote(k + 1, 1, "note", rnd.choice([1, 3, 4, 14, 15, 25, 37, 49])) for k in range(30)]
    votes.append(Vote(100, 1, "cluster", 1))
    return Board(
        "Product CoP",
        session,
        tuple(frames),
        tuple(notes),
        clusters,
        (VotingRound(1, 1),),
        tuple(votes),
    )


def _fields(note: Note) -> dict[str, object]:
    return {name: getattr(note, name) for name in note.__slots__}  # type: ignore[attr-defined]


def retro_board() -> Board:
    """A community retro: Keep / Drop / Add, votes, agenda with actual times, actions."""
    session = Session(
        2,
        "Community retro Q2",
        "community-retro",
        "2025-06-20T14:00:00+00:00",
        "2025-06-20T16:00:00+00:00",
    )
    frames = (
        Frame(1, 2, "Keep", "What should we keep doing?", 0, 0, 600, 900, "#e3f4e6", key="keep"),
        Frame(2, 2, "Drop", "What should we stop?", 650, 0, 600, 900, "#fbe4e4", key="drop"),
        Frame(3, 2, "Add", "What should we try?", 1300, 0, 600, 900, "#e4ecfb", key="add"),
    )
    texts = (
        (
            "Monthly demo sessions",
            "Pairing on discovery interviews",
            "Lightning talks",
            "Die Kaffee-Runde am Freitag",
        ),
        ("Long status updates", "Meetings without an agenda", "=SUM(A1:A3) in the notes doc"),
        (
            "Book club on Continuous Discovery",
            "Visit a meetup together",
            "Rotate facilitation",
            "Learning circles of 2–3 people",
        ),
    )
    notes: list[Note] = []
    for fi, column in enumerate(texts):
        for j, text in enumerate(column):
            f = frames[fi]
            notes.append(
                Note(
                    len(notes) + 1,
                    2,
                    text,
                    f.x + 30 + (j % 2) * 260,
                    f.y + 160 + (j // 2) * 180,
                    color=(fi * 2) % 6,
                    frame_id=f.id,
                    cluster_id=1 if fi == 2 and j < 2 else None,
                    author="Anna",
                )
            )
    votes = tuple(Vote(i + 1, 1, "note", 1 + (i * 7) % len(notes)) for i in range(17))
    agenda = (
        AgendaStep(1, 2, 0, "Check-in", 10, actual_seconds=720),
        AgendaStep(2, 2, 1, "Keep / Drop / Add", 30, actual_seconds=2100),
        AgendaStep(3, 2, 2, "Dot voting", 10, actual_seconds=480),
        AgendaStep(4, 2, 3, "Actions", 15),
    )
    actions = (
        Action(1, "Set up the book club channel", "Anna", "2025-07-01", session_id=2),
        Action(2, "Ask the meetup organisers for a group slot", "Jörg", "2025-07-15", session_id=2),
        Action(3, "Write the facilitation rota", "", None, session_id=2),
        Action(4, "Old action that is done", "Mei", "2025-05-01", status="done", session_id=2),
    )
    return Board(
        "Product CoP",
        session,
        frames,
        tuple(notes),
        (Cluster(1, 2, "Learning formats"),),
        (VotingRound(1, 2),),
        votes,
        agenda,
        None,
        actions,
    )


def big_board(count: int = 1000, seed: int = 1) -> Board:
    """``count`` notes of varied length over six frames, with clusters and votes."""
    rnd = random.Random(seed)
    words = [
        "learning",
        "discovery",
        "interview",
        "roadmap",
        "outcome",
        "community",
        "Köln",
        "Übung",
        "talk",
        "book",
        "meetup",
        "retro",
        "metric",
        "pricing",
        "ritual",
        "sponsor",
        "channel",
        "wiki",
        "design",
        "research",
    ]
    session = Session(3, "Big session", "blank", "2025-01-01T00:00:00+00:00", "")
    cols = 6
    per_frame = -(-count // cols)
    rows = -(-per_frame // 8)
    frames = tuple(
        Frame(i + 1, 3, f"Frame {i + 1}", "", i * 2000.0, 0, 1960, 200 + rows * 160, "#f1f4f8")
        for i in range(cols)
    )
    notes = []
    for i in range(count):
        f = frames[i % cols]
        k = i // cols
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(2, 18)))
        notes.append(
            Note(
                i + 1,
                3,
                text,
                f.x + 20 + (k % 8) * 240,
                180 + (k // 8) * 160,
                color=i % 6,
                frame_id=f.id,
                cluster_id=(i % 40) + 1 if i % 3 == 0 else None,
            )
        )
    clusters = tuple(Cluster(c + 1, 3, f"Cluster {c + 1}") for c in range(40))
    votes = tuple(Vote(v + 1, 1, "note", rnd.randint(1, count)) for v in range(count))
    return Board("Big CoP", session, frames, tuple(notes), clusters, (VotingRound(1, 3),), votes)
