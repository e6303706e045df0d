"""Screenshots for the README and the AppStream metadata: ``python packaging/take_screenshots.py``.

Builds a sample community file (a community retro and a Community Canvas with
notes in their frames), opens the real main window on Qt's offscreen platform
and saves ``docs/screenshot-retro.png``, ``docs/screenshot-canvas.png`` and
``docs/screenshot-about.png``. Deterministic apart from dates in the window.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SIZE = (1280, 800)

RETRO = {
    "Keep": [
        "Monthly demo hour: people actually come",
        "Pairing on code reviews across teams",
        "The shared reading list",
    ],
    "Drop": ["Slides nobody reads after the meetup", "Two chat channels for the same thing"],
    "Add": [
        "A newcomer buddy for the first month",
        "Visit a meetup together once a quarter",
        "Book club: one chapter every two weeks",
    ],
    "Purpose of our community": ["Learn faster from each other than alone"],
    "How we define success": ["Three teams reuse one approach we shared"],
}
CANVAS = {
    "Purpose, Values & Success Definition": [
        "Help product people grow their discovery skills",
        "Openness: share drafts, not only results",
    ],
    "Rituals & Rhythm": ["Demo hour, first Thursday", "Learning circles of 2-3, six weeks"],
    "Incentives & Sponsoring": ["4 hours a month on company time", "Sponsor: Head of Product"],
    "Roles, Channels & Platform": ["Two rotating hosts", "One chat channel, one wiki page"],
    "Contents & Curation": ["Reading list curated by the hosts", "Talk recordings with notes"],
}


#: Note colours by position, so a board shows the palette as a room would use it.
COLORS = ("yellow", "blue", "green", "orange", "pink", "lilac")


def _fill(desk_file: Path, template: str, title: str, notes: dict[str, list[str]]) -> int:
    import csv

    from copdesk.cli import main

    session = _new(desk_file, template, title)
    source = desk_file.parent / f"{template}.csv"
    with source.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["text", "color", "frame"])
        for texts, frame in ((texts, frame) for frame, texts in notes.items()):
            for index, text in enumerate(texts):
                writer.writerow([text, COLORS[(index + len(frame)) % len(COLORS)], frame])
    if main(["import", str(desk_file), "--session", str(session), str(source)]) != 0:
        raise SystemExit(f"take_screenshots: importing the notes of “{title}” failed")
    return session


def _new(desk_file: Path, template: str, title: str) -> int:
    from copdesk.desk import Desk

    with Desk.open(desk_file, create=True) as desk:
        return desk.create_session(template, title, lang="en").id


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from copdesk.ui.app import make_application
    from copdesk.ui.dialogs.about_dialog import AboutDialog
    from copdesk.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["COPDESK_HOME"] = str(Path(tmp) / "home")
        file = Path(tmp) / "product-guild.copdesk"
        retro = _fill(file, "community-retro", "Guild retro, spring", RETRO)
        canvas = _fill(file, "community-canvas", "Our Community Canvas", CANVAS)
        app = make_application([])
        from copdesk.desk import Desk

        desk = Desk.open(file, create=False)
        window = MainWindow(desk)
        window.resize(*SIZE)
        window.show()
        shots = (("screenshot-retro.png", retro), ("screenshot-canvas.png", canvas))
        for name, session in shots:
            window.show_session(session)
            for _ in range(5):
                app.processEvents()
            window.fit_board()
            app.processEvents()
            window.grab().save(str(DOCS / name))
            print(f"docs/{name}")
        about = AboutDialog(window)
        about.show()
        app.processEvents()
        about.grab().save(str(DOCS / "screenshot-about.png"))
        print("docs/screenshot-about.png")
        about.close()
        window.close()
        desk.close()
        QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
