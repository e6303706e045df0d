"""How closely the timer display follows the clock, beside a naive tick counter.

The real :class:`TimerPanel` (offscreen) runs a countdown on the Qt event loop
with the system clock for 30 s (``COPDESK_BENCH_TIMER_SECONDS`` to change). Every
time its display text changes, the moment is compared with the ideal
whole-second boundary of the monotonic deadline. In the same run a naive
``QTimer(1000)`` counter (``remaining = duration - ticks``) counts along.

The first 60 % of the run is quiet. Then the UI thread is blocked three times
for 1.6 s, 3 s apart (a slow export or file check on the UI thread), and the
last seconds are quiet again: a tick counter loses the time it missed for good;
the deadline-based display is late only while the thread is blocked and is back
on the whole-second boundaries at its next update.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.report import Report

STEP_MINUTES = 60.0
STALL_MS = 1600
STALL_EVERY_MS = 3000
STALLS = 3


class _Silent:
    def play(self) -> bool:
        return False


def _signed_drift(t: float, deadline: float) -> float:
    """Seconds from the nearest whole-second boundary (deadline - k) to ``t``; + is late."""
    frac = (deadline - t) % 1.0
    return -frac if frac < 0.5 else 1.0 - frac


def _busy(ms: int) -> None:
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        pass


def run(report: Report) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from copdesk.core.localtext import LocalText
    from copdesk.core.templates import Template, TemplateStep
    from copdesk.desk import Desk
    from copdesk.ui.timer.timer_panel import TimerPanel

    seconds = float(os.environ.get("COPDESK_BENCH_TIMER_SECONDS", "30"))
    quiet_seconds = seconds * 0.6
    app = QApplication.instance() or QApplication([])
    plan = Template(
        id="bench",
        name=LocalText.of("Bench"),
        description=LocalText.of(""),
        frames=(),
        agenda=(TemplateStep(LocalText.of("One long step"), STEP_MINUTES),),
    )
    with tempfile.TemporaryDirectory() as tmp:
        desk = Desk.open(Path(tmp) / "bench.copdesk", backup=False)
        sid = desk.create_session_from(plan, "Bench").id
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        panel = TimerPanel(desk, sid, None, settings=settings, chime=_Silent())
        panel.resize(640, 320)
        panel.show()

        updates: list[tuple[float, str]] = []
        set_time = panel.display.set_time

        def spy(text: str) -> None:
            if not updates or updates[-1][1] != text:
                updates.append((time.monotonic(), text))
            set_time(text)

        panel.display.set_time = spy  # type: ignore[method-assign]

        naive_ticks: list[float] = []
        naive = QTimer()
        naive.setInterval(1000)  # a plain QTimer: coarse, and it drops ticks it missed
        naive.timeout.connect(lambda: naive_ticks.append(time.monotonic()))

        stall = QTimer()
        stall.setInterval(STALL_EVERY_MS)
        stalled: list[float] = []

        def block() -> None:
            if len(stalled) >= STALLS:
                stall.stop()
                return
            stalled.append(time.monotonic())
            _busy(STALL_MS)

        stall.timeout.connect(block)

        loop = QEventLoop()
        stall_on = QTimer()
        stall_on.setSingleShot(True)
        stall_on.setTimerType(Qt.TimerType.PreciseTimer)
        stall_on.timeout.connect(lambda: (stall.start(), block()))
        stop = QTimer()
        stop.setSingleShot(True)
        stop.setTimerType(Qt.TimerType.PreciseTimer)
        stop.timeout.connect(loop.quit)
        stall_on.start(int(quiet_seconds * 1000))
        stop.start(int(seconds * 1000) + 300)

        controller = panel.controller
        controller.start()
        naive.start()
        t0 = time.monotonic()
        deadline = controller.countdown.deadline
        assert deadline is not None
        loop.exec()
        stall.stop()
        naive.stop()
        controller.shutdown()
        panel.close()
        desk.close()
        app.processEvents()

    quiet_end = t0 + quiet_seconds
    ours = [_signed_drift(t, deadline) * 1000 for t, _ in updates[1:] if t < quiet_end]
    theirs = [(t - (t0 + k + 1)) * 1000 for k, t in enumerate(naive_ticks) if t < quiet_end]
    if not ours or not theirs:
        raise RuntimeError("the timer produced no display updates to measure")
    note = f"{len(ours)} updates in {quiet_seconds:.0f} s quiet"
    report(
        "timer display drift, worst (quiet)",
        max(abs(d) for d in ours),
        "ms",
        baseline=max(abs(d) for d in theirs),
        baseline_unit="ms (naive QTimer(1000) counter)",
        target="≤ 50 ms",
        note=note,
    )
    report(
        "timer display drift, mean (quiet)",
        statistics.fmean(abs(d) for d in ours),
        "ms",
        baseline=statistics.fmean(abs(d) for d in theirs),
        baseline_unit="ms (naive counter)",
        note=f"signed mean {statistics.fmean(ours):+.2f} ms (+ = late)",
    )
    # After the stalls: how far off are both displays in the quiet tail?
    tail_start = stalled[-1] + STALL_MS / 1000 + 0.05 if stalled else quiet_end
    tail = [(t, text) for t, text in updates if t > tail_start]
    if not tail or not naive_ticks:
        raise RuntimeError("the run was too short to measure after the stalls")
    for t, text in tail:  # the text itself must be the correct one for its moment
        if text != controller_text_at(t, deadline):
            raise RuntimeError(f"display showed {text} at a moment it should not")
    ours_tail = max(abs(_signed_drift(t, deadline)) * 1000 for t, _ in tail)
    naive_lag = ((naive_ticks[-1] - t0) - len(naive_ticks)) * 1000
    if os.environ.get("COPDESK_BENCH_VERBOSE"):
        print("naive tick times:", [round(t - t0, 3) for t in naive_ticks])
        print("stalls at:", [round(t - t0, 3) for t in stalled])
    report(
        "timer lag after UI stalls",
        ours_tail,
        "ms",
        baseline=naive_lag,
        baseline_unit="ms (naive counter)",
        target="≤ 50 ms",
        note=f"{len(stalled)} stalls of {STALL_MS} ms; worst of {len(tail)} updates after them",
    )


def controller_text_at(t: float, deadline: float) -> str:
    """What a correct display shows at monotonic time ``t``."""
    from copdesk.core.countdown import format_seconds, shown_seconds

    shown = shown_seconds(deadline - t)
    return ("+" if shown < 0 else "") + format_seconds(shown)


def _parse(text: str) -> float:
    sign = -1.0 if text.startswith("+") else 1.0
    total = 0
    for part in text.lstrip("+").split(":"):
        total = total * 60 + int(part)
    return sign * total
