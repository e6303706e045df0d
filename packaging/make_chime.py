"""Make the timer chime: ``python packaging/make_chime.py [OUT.wav]``.

A soft bell: two partials (a fundamental and a brighter, faster-fading upper
partial at an inharmonic ratio, as in a small bell) with exponential decay,
a 6 ms attack so it starts without a click and a short fade to silence at the
end. 1.2 s, 44.1 kHz, 16-bit mono, normalised to -1 dBFS. Deterministic: the
same script always writes the same bytes. Only the standard library is used.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 44_100
SECONDS = 1.2
PEAK_DBFS = -1.0
ATTACK = 0.006
FADE_OUT = 0.08
#: (frequency Hz, relative amplitude, decay time constant s)
PARTIALS = ((880.0, 1.0, 0.42), (880.0 * 2.76, 0.32, 0.16), (880.0 * 0.5, 0.18, 0.6))

OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds" / "chime.wav"


def envelope(t: float) -> float:
    attack = min(1.0, t / ATTACK)
    tail = min(1.0, (SECONDS - t) / FADE_OUT)
    return attack * max(0.0, tail)


def samples() -> list[float]:
    out = []
    for n in range(int(RATE * SECONDS)):
        t = n / RATE
        value = sum(
            a * math.exp(-t / tau) * math.sin(2 * math.pi * f * t) for f, a, tau in PARTIALS
        )
        out.append(value * envelope(t))
    return out


def to_pcm(values: list[float]) -> bytes:
    peak = max(abs(v) for v in values) or 1.0
    gain = 10 ** (PEAK_DBFS / 20) / peak
    ints = [max(-32767, min(32767, round(v * gain * 32767))) for v in values]
    return struct.pack(f"<{len(ints)}h", *ints)


def write(path: Path = OUT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(to_pcm(samples()))
    return path


if __name__ == "__main__":
    print(write(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
