"""The open community file: every operation, one transaction each. The only writer."""

from copdesk.desk.desk import Desk

__all__ = ["Desk"]
