"""Rows ↔ models: the only place that knows column names of every table."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from copdesk.core.models import (
    Action,
    AgendaStep,
    Cluster,
    Frame,
    Member,
    Note,
    Ritual,
    Session,
    TimerState,
    Vote,
    VotingRound,
)

Row = Mapping[str, Any]


def _tags(value: object) -> tuple[str, ...]:
    try:
        data = json.loads(value) if isinstance(value, str) else []
    except ValueError:
        return ()
    return tuple(str(v) for v in data) if isinstance(data, list) else ()


def session(r: Row) -> Session:
    return Session(
        id=r["id"],
        title=r["title"],
        template_id=r["template_id"],
        created_at=r["created_at"],
        updated_at=r["updated_at"],
        position=r["position"],
        deleted=bool(r["deleted"]),
    )


def frame(r: Row) -> Frame:
    return Frame(
        id=r["id"],
        session_id=r["session_id"],
        title=r["title"],
        prompt=r["prompt"],
        x=r["x"],
        y=r["y"],
        width=r["width"],
        height=r["height"],
        color=r["color"],
        z=r["z"],
        key=r["key"],
        questions=_tags(r["questions"]),
        deleted=bool(r["deleted"]),
    )


def note(r: Row) -> Note:
    return Note(
        id=r["id"],
        session_id=r["session_id"],
        text=r["text"],
        x=r["x"],
        y=r["y"],
        width=r["width"],
        height=r["height"],
        color=r["color"],
        frame_id=r["frame_id"],
        cluster_id=r["cluster_id"],
        author=r["author"],
        z=r["z"],
        created_at=r["created_at"],
        deleted=bool(r["deleted"]),
    )


def cluster(r: Row) -> Cluster:
    return Cluster(
        id=r["id"],
        session_id=r["session_id"],
        label=r["label"],
        collapsed=bool(r["collapsed"]),
        color=r["color"],
        deleted=bool(r["deleted"]),
    )


def voting_round(r: Row) -> VotingRound:
    return VotingRound(
        id=r["id"],
        session_id=r["session_id"],
        votes_per_person=r["votes_per_person"],
        hidden=bool(r["hidden"]),
        open=bool(r["open"]),
        started_at=r["started_at"],
    )


def vote(r: Row) -> Vote:
    return Vote(
        id=r["id"],
        round_id=r["round_id"],
        target_kind=r["target_kind"],
        target_id=r["target_id"],
        participant=r["participant"],
    )


def agenda_step(r: Row) -> AgendaStep:
    return AgendaStep(
        id=r["id"],
        session_id=r["session_id"],
        position=r["position"],
        title=r["title"],
        minutes=r["minutes"],
        notes=r["notes"],
        actual_seconds=r["actual_seconds"],
    )


def timer(r: Row) -> TimerState:
    return TimerState(
        session_id=r["session_id"],
        step_id=r["step_id"],
        state=r["state"],
        duration_seconds=r["duration_seconds"],
        ends_at=r["ends_at"],
        remaining_seconds=r["remaining_seconds"],
        started_at=r["started_at"],
    )


def action(r: Row) -> Action:
    return Action(
        id=r["id"],
        text=r["text"],
        owner=r["owner"],
        due=r["due"],
        status=r["status"],
        session_id=r["session_id"],
        created_at=r["created_at"],
        deleted=bool(r["deleted"]),
    )


def member(r: Row) -> Member:
    return Member(
        id=r["id"],
        name=r["name"],
        team=r["team"],
        interests=_tags(r["interests"]),
        goals=_tags(r["goals"]),
        contact=r["contact"],
        deleted=bool(r["deleted"]),
    )


def ritual(r: Row) -> Ritual:
    return Ritual(
        id=r["id"],
        name=r["name"],
        cadence=r["cadence"],
        duration_minutes=r["duration_minutes"],
        people=r["people"],
        first_date=r["first_date"],
        notes=r["notes"],
        deleted=bool(r["deleted"]),
    )


def tags_json(values: tuple[str, ...] | list[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)
