"""Members of the community: add, edit, remove and restore, import a roster."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from copdesk.core.errors import CopdeskError, ImportProblem
from copdesk.core.member_fields import (
    MAX_MEMBERS_PER_IMPORT,
    MemberDraft,
    clean_member,
    merge_drafts,
    name_key,
)
from copdesk.core.models import Member
from copdesk.core.tags import split_tags
from copdesk.store import rows

if TYPE_CHECKING:
    from sqlite_utils import Database

    from copdesk.desk.desk import Desk

_CHUNK = 500


def as_tags(values: str | Sequence[str]) -> tuple[str, ...]:
    """Tags as given, or split from one text the way a roster cell is split."""
    return split_tags(values) if isinstance(values, str) else tuple(values)


@dataclass(frozen=True, slots=True)
class MemberImport:
    """What an import did: members added, and members updated (before, after)."""

    added: tuple[Member, ...]
    updated: tuple[tuple[Member, Member], ...]


def _draft_of(member: Member) -> MemberDraft:
    return MemberDraft(member.name, member.team, member.interests, member.goals, member.contact)


def _insert(db: Database, draft: MemberDraft, now: str) -> int:
    cur = db.execute(
        "INSERT INTO members(name, team, interests, goals, contact, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            draft.name,
            draft.team,
            rows.tags_json(draft.interests),
            rows.tags_json(draft.goals),
            draft.contact,
            now,
        ],
    )
    return int(cur.lastrowid or 0)


def _update(db: Database, member_id: int, draft: MemberDraft) -> None:
    db.execute(
        "UPDATE members SET name = ?, team = ?, interests = ?, goals = ?, contact = ? WHERE id = ?",
        [
            draft.name,
            draft.team,
            rows.tags_json(draft.interests),
            rows.tags_json(draft.goals),
            draft.contact,
            member_id,
        ],
    )


class MemberOps:
    # -- reads -----------------------------------------------------------------
    def members(self: Desk, *, include_deleted: bool = False) -> list[Member]:
        """Members A to Z by name."""
        where = "" if include_deleted else "WHERE deleted = 0"
        found = [rows.member(r) for r in self._rows(f"SELECT * FROM members {where}")]
        return sorted(found, key=lambda m: (m.name.casefold(), m.id))

    def member(self: Desk, member_id: int) -> Member:
        return rows.member(self._row("SELECT * FROM members WHERE id = ?", [member_id], "member"))

    def members_by_id(self: Desk, ids: Iterable[int]) -> list[Member]:
        wanted = list(dict.fromkeys(ids))
        found: dict[int, Member] = {}
        for start in range(0, len(wanted), _CHUNK):
            part = wanted[start : start + _CHUNK]
            marks = ",".join("?" * len(part))
            for r in self._rows(f"SELECT * FROM members WHERE id IN ({marks})", part):
                found[r["id"]] = rows.member(r)
        return [found[i] for i in wanted if i in found]

    # -- writes ----------------------------------------------------------------
    def add_member(
        self: Desk,
        name: str,
        team: str = "",
        interests: str | Sequence[str] = (),
        goals: str | Sequence[str] = (),
        contact: str = "",
    ) -> Member:
        """Interests and goals are tags, or one text of tags ("pricing, discovery")."""
        draft = clean_member(MemberDraft(name, team, as_tags(interests), as_tags(goals), contact))
        with self._write() as db:
            member_id = _insert(db, draft, self._now())
        return self.member(member_id)

    def update_member(
        self: Desk,
        member_id: int,
        *,
        name: str | None = None,
        team: str | None = None,
        interests: str | Sequence[str] | None = None,
        goals: str | Sequence[str] | None = None,
        contact: str | None = None,
    ) -> Member:
        """Change the given fields of a member; the others stay as they are."""
        old = self.member(member_id)
        draft = clean_member(
            MemberDraft(
                old.name if name is None else name,
                old.team if team is None else team,
                old.interests if interests is None else as_tags(interests),
                old.goals if goals is None else as_tags(goals),
                old.contact if contact is None else contact,
            )
        )
        with self._write() as db:
            _update(db, member_id, draft)
        return self.member(member_id)

    def remove_members(self: Desk, ids: Iterable[int]) -> list[Member]:
        """Mark members removed (undo with :meth:`restore_members`); returns them."""
        return self._set_members_deleted(list(ids), True)

    def restore_members(self: Desk, ids: Iterable[int]) -> list[Member]:
        return self._set_members_deleted(list(ids), False)

    def _set_members_deleted(self: Desk, ids: list[int], deleted: bool) -> list[Member]:
        with self._write() as db:
            db.conn.executemany(
                "UPDATE members SET deleted = ? WHERE id = ?", [(int(deleted), i) for i in ids]
            )
        return self.members_by_id(ids)

    def put_members(self: Desk, members: Iterable[Member]) -> list[Member]:
        """Write members back exactly as given (an undo of an edit or an import)."""
        members = list(members)
        with self._write() as db:
            for m in members:
                _update(db, m.id, _draft_of(m))
                db.execute("UPDATE members SET deleted = ? WHERE id = ?", [int(m.deleted), m.id])
        return self.members_by_id(m.id for m in members)

    def import_members(self: Desk, drafts: Sequence[MemberDraft]) -> MemberImport:
        """Add a roster in one transaction: all members or none.

        A draft whose name matches a current member updates that member
        instead: the team and contact when given, the interests and goals merged.
        """
        if len(drafts) > MAX_MEMBERS_PER_IMPORT:
            raise ImportProblem(
                f"A roster can hold at most {MAX_MEMBERS_PER_IMPORT:,} members; "
                f"this one has {len(drafts):,}."
            )
        cleaned: list[MemberDraft] = []
        for draft in drafts:
            try:
                cleaned.append(clean_member(draft))
            except CopdeskError as exc:
                where = f"Line {draft.line}: " if draft.line else ""
                raise ImportProblem(f"{where}{exc.message}", hint=exc.hint) from exc
        merged_drafts: dict[str, MemberDraft] = {}
        for draft in cleaned:
            key = name_key(draft.name) or draft.name
            before = merged_drafts.get(key)
            merged_drafts[key] = draft if before is None else merge_drafts(before, draft)
        existing = {name_key(m.name) or m.name: m for m in self.members()}
        added_ids: list[int] = []
        updated: list[tuple[Member, Member]] = []
        now = self._now()
        with self._write() as db:
            for key, draft in merged_drafts.items():
                old = existing.get(key)
                if old is None:
                    added_ids.append(_insert(db, draft, now))
                    continue
                m = merge_drafts(_draft_of(old), draft)
                new = replace(
                    old, team=m.team, interests=m.interests, goals=m.goals, contact=m.contact
                )
                if new != old:
                    _update(db, old.id, _draft_of(new))
                    updated.append((old, new))
        return MemberImport(tuple(self.members_by_id(added_ids)), tuple(updated))
