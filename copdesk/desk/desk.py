"""The Desk: one open community file and every operation on it."""

from __future__ import annotations

import logging
from pathlib import Path

from copdesk.desk.agenda_ops import AgendaOps
from copdesk.desk.base import DeskBase
from copdesk.desk.board_ops import BoardOps
from copdesk.desk.cluster_ops import ClusterOps
from copdesk.desk.community_ops import CommunityOps
from copdesk.desk.frames_ops import FrameOps
from copdesk.desk.gather_ops import GatherOps
from copdesk.desk.import_ops import ImportOps
from copdesk.desk.notes_ops import NoteOps
from copdesk.desk.sessions_ops import SessionOps
from copdesk.desk.templates_ops import TemplateOps
from copdesk.desk.vote_ops import VoteOps

log = logging.getLogger("copdesk.desk")


class Desk(
    SessionOps,
    NoteOps,
    FrameOps,
    ImportOps,
    ClusterOps,
    VoteOps,
    AgendaOps,
    CommunityOps,
    TemplateOps,
    BoardOps,
    GatherOps,
    DeskBase,
):
    """An open community file. Only the desk writes it; each call is one transaction."""

    @classmethod
    def open(
        cls,
        path: str | Path | None = None,
        *,
        create: bool = True,
        read_only: bool = False,
        backup: bool = True,
    ) -> Desk:
        """Open (and with ``create``, first create) a community file.

        With no path, the default file in the user data folder is used. A file
        opened for writing is backed up first (the newest 10 are kept).
        """
        from copdesk.store.backups import newest_backup, take_backup
        from copdesk.store.database import open_file
        from copdesk.store.user_dirs import default_file

        if path is None:
            target = default_file()
            target.parent.mkdir(parents=True, exist_ok=True)
        else:
            # absolute: recent files, the last file and exports must not depend on
            # the folder copdesk was started from
            target = Path(path).expanduser().absolute()
        existed = target.exists()
        opened = open_file(
            target,
            create=create,
            read_only=read_only,
            newest_backup=newest_backup(target) if existed else None,
            before_migration=(lambda: take_backup(target)) if backup else None,
        )
        desk = cls(opened)
        if backup and existed and not desk.read_only and opened.migrated_from is None:
            try:
                take_backup(target)
            except Exception:  # a failed backup must not stop the work; it is logged
                log.exception("backup on open failed")
        return desk
