"""The platform's folders for copdesk's data, backups and logs (platformdirs).

``COPDESK_HOME`` overrides all of them (tests, portable installs).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

APP = "copdesk"


def _base(kind: str) -> Path:
    override = os.environ.get("COPDESK_HOME")
    if override:
        return Path(override) / kind
    import platformdirs

    if kind == "data":
        return Path(platformdirs.user_data_dir(APP, appauthor=False))
    if kind == "log":
        return Path(platformdirs.user_log_dir(APP, appauthor=False))
    return Path(platformdirs.user_config_dir(APP, appauthor=False))


def data_dir() -> Path:
    return _base("data")


def log_dir() -> Path:
    return _base("log")


def default_file() -> Path:
    """The community file copdesk opens when none is named."""
    return data_dir() / "community.copdesk"


def backups_dir(path: Path) -> Path:
    """The folder holding the rolling backups of one community file."""
    resolved = str(Path(path).resolve())
    digest = hashlib.sha1(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return data_dir() / "backups" / f"{Path(path).stem}-{digest}"
