"""Write an export so that a crash or a full disk never leaves a half-written file.

The bytes go to a temporary file in the destination folder, are flushed to disk
with ``fsync`` and then moved over the destination with ``os.replace``: a reader
sees either the old file or the complete new one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from copdesk.core.errors import ExportProblem


def write_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically; failures raise :class:`ExportProblem`."""
    target = Path(path)
    folder = target.parent
    if target.is_dir():
        raise ExportProblem(
            f"Cannot save the export as {target}: that is a folder. Choose a file name."
        )
    if not folder.is_dir():
        raise ExportProblem(
            f"Cannot save the export: the folder {folder} does not exist. Choose another folder."
        )
    tmp_name: str | None = None
    try:
        remove_stale_parts(target)
        fd, tmp_name = tempfile.mkstemp(
            dir=folder, prefix=f".{target.name}.{os.getpid()}.", suffix=".part"
        )
        if os.name == "posix":  # mkstemp makes 0600: give the export a normal file's mode
            os.fchmod(fd, _mode_for(target))
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
        _sync_folder(folder)
    except OSError as exc:
        raise problem_for(exc, target) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return target


def _mode_for(target: Path) -> int:
    """The permission bits a new file gets from the user's umask, or those of the
    file the export replaces (so a shared PDF stays readable by the others)."""
    with contextlib.suppress(OSError):
        return stat.S_IMODE(target.stat().st_mode)
    return 0o666 & ~_umask()


def _umask() -> int:
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    current = os.umask(0o022)  # no /proc: read it by setting it back at once
    os.umask(current)
    return current


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # no cheap check: leave other processes' files alone
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def remove_stale_parts(target: Path) -> list[Path]:
    """Delete temporary files that an export killed mid-write left beside ``target``.

    A temporary file carries the writing process's id; one whose process is
    gone can never be finished.
    """
    removed = []
    for part in target.parent.glob(f".{glob_escape(target.name)}.*.part"):
        pid_text = part.name[len(target.name) + 2 :].split(".", 1)[0]
        if pid_text.isdigit() and int(pid_text) != os.getpid() and not _alive(int(pid_text)):
            with contextlib.suppress(OSError):
                part.unlink()
                removed.append(part)
    return removed


def glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def problem_for(exc: OSError, target: Path) -> ExportProblem:
    """A plain-words :class:`ExportProblem` for an operating-system error."""
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return ExportProblem(
            f"Cannot save {target.name}: the disk is full.",
            hint="Free some space or save to another drive, then export again.",
        )
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportProblem(
            f"Cannot save {target.name}: copdesk may not write to the folder {target.parent}.",
            hint="Choose a folder you can write to, such as your Documents folder.",
        )
    if code == errno.ENOENT:
        return ExportProblem(
            f"Cannot save {target.name}: the folder {target.parent} does not exist.",
            hint="Choose another folder.",
        )
    reason = exc.strerror or type(exc).__name__
    return ExportProblem(f"Cannot save {target.name}: {reason}.")


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows (POSIX)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def refuse_own_file(out: str | os.PathLike[str], community: str | os.PathLike[str]) -> None:
    """An export must never replace the community file (or its journal) it reads."""
    out, community = Path(out), Path(community)
    own = community.resolve()
    protected = {own, *(own.with_name(own.name + s) for s in ("-wal", "-shm", "-journal"))}
    try:
        same = out.resolve() in protected or (out.exists() and out.samefile(community))
    except OSError:
        same = False
    if same:
        raise ExportProblem(
            f"Cannot export onto “{out}”: that is the community file itself. "
            "Choose another file name."
        )
