"""Templates: loading and validating every built-in file, and painting the previews.

Loading (read, decode, JSON, validate) is reported beside a bare ``json.loads`` of
the same files; painting the ten previews of the new-session dialog beside plain
QPainter rectangles at the same positions, without titles.
"""

from __future__ import annotations

import json

from benchmarks.report import Report, best_of
from copdesk.store.template_files import load_builtin_folder, template_files


def run(report: Report) -> None:
    files = template_files()
    texts = [p.read_text(encoding="utf-8") for p in files]
    load = best_of(lambda: load_builtin_folder(files), repeat=20)
    bare = best_of(lambda: [json.loads(t) for t in texts], repeat=20)
    report(
        f"load + validate {len(files)} built-in templates",
        load * 1000,
        "ms",
        baseline=bare * 1000,
        baseline_unit="ms (json.loads only)",
        target="< 50 ms",
    )

    from PySide6.QtCore import QRectF, QSize
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

    from copdesk.ui.dialogs.template_preview import render_template_image

    app = QGuiApplication.instance() or QGuiApplication([])
    templates = list(load_builtin_folder(files).values())
    size = QSize(480, 300)

    def previews() -> None:
        for t in templates:
            render_template_image(t, "en", size)

    def rectangles() -> None:
        for t in templates:
            image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
            painter = QPainter(image)
            for f in t.frames:
                painter.fillRect(
                    QRectF(f.x / 10, f.y / 10, f.width / 10, f.height / 10), QColor(f.color)
                )
            painter.end()

    report(
        f"paint {len(templates)} previews (480 x 300)",
        best_of(previews, repeat=5) * 1000,
        "ms",
        baseline=best_of(rectangles, repeat=5) * 1000,
        baseline_unit="ms (bare rectangles)",
        target="< 100 ms",
    )
    del app
