"""The backup on open runs in an executor, not on the UI thread."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest

from copdesk.desk.desk import Desk
from copdesk.store.backups import list_backups
from copdesk.ui import app


def test_backup_runs_in_the_executor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "c.copdesk"
    Desk.open(path).close()
    threads: list[str] = []
    import copdesk.store.backups as backups

    real = backups.take_backup

    def spy(p: Path, **kw: object) -> Path:
        threads.append(threading.current_thread().name)
        return real(p)

    monkeypatch.setattr(backups, "take_backup", spy)
    loop = asyncio.new_event_loop()
    try:
        with Desk.open(path, backup=False) as desk:
            assert list_backups(path) == []
            future = app.back_up_in_background(loop, desk)
            assert future is not None
            loop.run_until_complete(future)
    finally:
        loop.run_until_complete(loop.shutdown_default_executor())
        loop.close()
    assert threads and threads[0] != threading.main_thread().name
    assert len(list_backups(path)) == 1


def test_no_backup_of_a_read_only_file(tmp_path: Path) -> None:
    path = tmp_path / "c.copdesk"
    Desk.open(path).close()
    loop = asyncio.new_event_loop()
    try:
        with Desk.open(path, read_only=True, backup=False) as desk:
            assert app.back_up_in_background(loop, desk) is None
    finally:
        loop.close()
    assert list_backups(path) == []
