"""Timestamps in one format: ISO 8601 in UTC with seconds."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
