"""The one exception family of copdesk.

Every error a facilitator may see is a :class:`CopdeskError` whose message is a
plain sentence they can act on. Details for developers go to the log file.
"""

from __future__ import annotations


class CopdeskError(Exception):
    """An error with a message a facilitator can read and act on."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}" if self.hint else self.message


class FileProblem(CopdeskError):
    """The community file cannot be opened, read or written."""


class ReadOnlyFile(FileProblem):
    """The community file can only be read (permissions, medium, lock)."""


class FileInUse(FileProblem):
    """Another running copdesk holds the community file."""


class DiskFull(FileProblem):
    """The disk holding the community file has no space left; the file is fine."""


class DamagedFile(FileProblem):
    """The community file itself is broken; restoring a backup is the way out.

    ``problems`` lists what is wrong, one plain phrase each (the message may
    name only the first few)."""

    def __init__(
        self, message: str, *, hint: str | None = None, problems: tuple[str, ...] = ()
    ) -> None:
        super().__init__(message, hint=hint)
        self.problems = problems


class ImportProblem(CopdeskError):
    """An import source (CSV, text, JSON) cannot be imported as a whole."""


class TemplateProblem(CopdeskError):
    """A template file is malformed; the message names the file and field."""


class ExportProblem(CopdeskError):
    """An export could not be written."""


class NotFound(CopdeskError):
    """A session, note or other record does not exist (any more)."""
