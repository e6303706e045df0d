"""Help ▸ About copdesk: version, licence, and the credits of every bundled file.

The credits come from ``resources/CREDITS.json`` (the same list that
``THIRD_PARTY_LICENSES.md`` is generated from) and the licence text from
``resources/LICENSE.txt``, so the dialog works the same from a checkout, an
installed wheel and the app bundle. Open it with ``open()``.
"""

from __future__ import annotations

import logging
import platform
import sys
from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from copdesk import __version__
from copdesk.core.credits import Credit, Library, parse_credits, parse_libraries
from copdesk.core.errors import CopdeskError
from copdesk.core.resource_paths import resource
from copdesk.ui.app_icon import app_icon

log = logging.getLogger("copdesk.ui")

LICENSE_NAME = "MIT"
COPYRIGHT = "Copyright © 2026 The copdesk developers"


def load_credits() -> tuple[tuple[Credit, ...], tuple[Library, ...]]:
    """The bundled credits and libraries; empty (and logged) if the file is missing or bad."""
    path = resource("CREDITS.json")
    try:
        text = path.read_text(encoding="utf-8")
        return parse_credits(text), parse_libraries(text)
    except (OSError, UnicodeDecodeError, CopdeskError) as exc:
        log.warning("cannot read the credits in %s: %s", path, exc)
        return (), ()


def load_license_text() -> str | None:
    """The text of copdesk's licence, or None when it is not bundled."""
    try:
        return resource("LICENSE.txt").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("cannot read the licence text: %s", exc)
        return None


def runtime_summary() -> str:
    """ "Qt 6.11.3 · PySide6 6.11.3 · Python 3.11.7 · Linux" — what to quote in a bug report."""
    python = ".".join(str(part) for part in sys.version_info[:3])
    return f"Qt {qVersion()} · PySide6 {pyside_version} · Python {python} · {platform.system()}"


class AboutDialog(QDialog):
    """Name, version, licence and credits, in three tabs."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        credits: tuple[Credit, ...] | None = None,
        libraries: tuple[Library, ...] | None = None,
        license_text: str | None = None,
    ) -> None:
        super().__init__(parent)
        if credits is None or libraries is None:
            loaded_credits, loaded_libraries = load_credits()
            credits = loaded_credits if credits is None else credits
            libraries = loaded_libraries if libraries is None else libraries
        if license_text is None:
            license_text = load_license_text()
        self.setWindowTitle(self.tr("About copdesk"))
        self.setWindowIcon(app_icon())
        self.resize(680, 560)

        self.version_label = QLabel(self.tr("Version {version}").format(version=__version__))
        self.version_label.setObjectName("version")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._about_tab(), self.tr("About"))
        self.credits_view = self._credits_view(credits, libraries)
        self.tabs.addTab(self.credits_view, self.tr("Credits"))
        self.license_view = self._license_view(license_text)
        self.tabs.addTab(self.license_view, self.tr("Licence"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _header(self) -> QHBoxLayout:
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setFixedSize(72, 72)
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        name = QLabel("copdesk")
        font = QFont(name.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        name.setFont(font)
        texts = QVBoxLayout()
        texts.addWidget(name)
        texts.addWidget(self.version_label)
        texts.addStretch(1)
        header = QHBoxLayout()
        header.addWidget(icon)
        header.addLayout(texts, 1)
        return header

    def _about_tab(self) -> QWidget:
        page = QWidget()
        description = QLabel(
            self.tr(
                "An offline desktop app for facilitators of a product Community of Practice: "
                "sticky-note boards for learning-goal workshops and community retros, a timer "
                "the room can read, learning circles, and Community Canvas posters to print."
            )
        )
        description.setWordWrap(True)
        self.license_label = QLabel(
            self.tr("Free software under the {license} licence.").format(license=LICENSE_NAME)
        )
        copyright_label = QLabel(COPYRIGHT)
        credits_hint = QLabel(
            self.tr("It bundles fonts and a sound by other authors: see Credits.")
        )
        credits_hint.setWordWrap(True)
        runtime = QLabel(runtime_summary())
        runtime.setObjectName("runtime")
        runtime.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        runtime.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(page)
        for widget in (description, self.license_label, copyright_label, credits_hint):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(runtime)
        return page

    def _kind_title(self, kind: str) -> str:
        titles = {
            "font": self.tr("Fonts"),
            "sound": self.tr("Sounds"),
            "icon": self.tr("Icons"),
            "data": self.tr("Data"),
        }
        return titles.get(kind, kind)

    def _credits_html(self, credits: tuple[Credit, ...], libraries: tuple[Library, ...]) -> str:
        parts: list[str] = []
        kinds = list(dict.fromkeys(credit.kind for credit in credits))
        for kind in kinds:
            parts.append(f"<h3>{escape(self._kind_title(kind))}</h3>")
            for credit in (c for c in credits if c.kind == kind):
                lines = [f"<b>{escape(credit.name)}</b>"]
                if credit.use:
                    lines[0] += f" — {escape(credit.use)}"
                lines.append(
                    escape(self.tr("by {author} · licence: {license}")).format(
                        author=escape(credit.author), license=escape(credit.license)
                    )
                )
                small = escape(", ".join(credit.files))
                if credit.url:
                    url = escape(credit.url, quote=True)
                    small += f' · <a href="{url}">{escape(credit.url)}</a>'
                lines.append(f"<small>{small}</small>")
                parts.append("<p>" + "<br>".join(lines) + "</p>")
        if libraries:
            parts.append(f"<h3>{escape(self.tr('Libraries'))}</h3><table cellpadding='2'>")
            for library in libraries:
                name = escape(library.name)
                if library.url:
                    name = f'<a href="{escape(library.url, quote=True)}">{name}</a>'
                parts.append(
                    f"<tr><td>{name}</td><td>&nbsp;&nbsp;{escape(library.license)}</td></tr>"
                )
            parts.append("</table>")
        if not credits and not libraries:
            parts.append(
                f"<p>{escape(self.tr('The list of credits is missing from this copy.'))}</p>"
            )
        return "".join(parts)

    def _credits_view(
        self, credits: tuple[Credit, ...], libraries: tuple[Library, ...]
    ) -> QTextBrowser:
        view = QTextBrowser()
        view.setOpenExternalLinks(True)
        view.setHtml(self._credits_html(credits, libraries))
        return view

    def _license_view(self, text: str | None) -> QPlainTextEdit:
        view = QPlainTextEdit()
        view.setReadOnly(True)
        view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        view.setPlainText(
            text
            if text
            else self.tr("copdesk is under the {license} licence; see the LICENSE file.").format(
                license=LICENSE_NAME
            )
        )
        return view
