"""Counts in the verbs' messages: ``1 note``, ``2 notes``, never ``1 notes``."""

from __future__ import annotations


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """``number`` with its noun in singular or plural (default: singular + s)."""
    noun = singular if number == 1 else (plural or f"{singular}s")
    return f"{number} {noun}"
