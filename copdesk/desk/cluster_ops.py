"""ClusterOps: operations owned by a teammate (being written now)."""

from __future__ import annotations


class ClusterOps:
    pass
