"""Argument types shared by the verbs: each turns a typo into a plain message."""

from __future__ import annotations

import argparse


def session_id(value: str) -> int:
    """A positive session number."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a session id is a number, not “{value}”") from None
    if number < 1:
        raise argparse.ArgumentTypeError("a session id is a positive number")
    return number
