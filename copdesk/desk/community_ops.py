"""The community beyond one session: members, learning circles, actions, rituals.

Each area lives in its own mixin module; :class:`CommunityOps` is what the
:class:`~copdesk.desk.desk.Desk` composes.
"""

from __future__ import annotations

from copdesk.desk.actions_ops import ActionOps
from copdesk.desk.circles_ops import CircleOps
from copdesk.desk.members_ops import MemberImport, MemberOps
from copdesk.desk.rituals_ops import RitualOps

__all__ = ["CommunityOps", "MemberImport"]


class CommunityOps(MemberOps, CircleOps, ActionOps, RitualOps):
    """Members, circle rounds, actions across sessions and rituals."""
