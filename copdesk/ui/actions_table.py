"""Every menu and toolbar action, declared once: id, text, shortcut, handler.

The menus and the toolbar are built from :data:`ACTIONS`. A shortcut is a
``QKeySequence.StandardKey`` where the platform has one, else a portable string.
``scope="board"`` actions fire only while the board has the focus (single keys
such as N, 1–6, F2), so typing elsewhere never triggers them. ``edits=True``
actions are disabled while the file is read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

SK = QKeySequence.StandardKey
Shortcut = QKeySequence.StandardKey | str | tuple[str, ...] | None


@dataclass(frozen=True, slots=True)
class ActionSpec:
    id: str
    text: str
    menu: str  # "file", "edit", "view", "board", "help"
    shortcut: Shortcut
    handler: str  # method name on the window
    edits: bool = False
    scope: str = "window"  # or "board"
    toolbar: bool = False
    checkable: bool = False
    tip: str = ""
    number: str = ""  # fills "%1" in the text

    def label(self) -> str:
        """The menu text in the application's language."""
        return QCoreApplication.translate("actions", self.text).replace("%1", self.number)

    def tooltip(self) -> str:
        return QCoreApplication.translate("actions", self.tip) if self.tip else ""


MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("menus", "&File")),
    ("edit", QT_TRANSLATE_NOOP("menus", "&Edit")),
    ("view", QT_TRANSLATE_NOOP("menus", "&View")),
    ("board", QT_TRANSLATE_NOOP("menus", "&Board")),
    ("community", QT_TRANSLATE_NOOP("menus", "&Community")),
    ("help", QT_TRANSLATE_NOOP("menus", "&Help")),
)

SEPARATOR = "-"

ACTIONS: tuple[ActionSpec | str, ...] = (
    ActionSpec(
        "file.new_session",
        QT_TRANSLATE_NOOP("actions", "&New Session…"),
        "file",
        SK.New,
        "new_session",
        edits=True,
    ),
    ActionSpec(
        "file.open",
        QT_TRANSLATE_NOOP("actions", "&Open Community File…"),
        "file",
        SK.Open,
        "open_file_dialog",
    ),
    ActionSpec(
        "file.recent", QT_TRANSLATE_NOOP("actions", "Open &Recent"), "file", None, ""
    ),  # a submenu
    SEPARATOR,
    ActionSpec(
        "file.import",
        QT_TRANSLATE_NOOP("actions", "&Import Notes…"),
        "file",
        "Ctrl+I",
        "import_notes",
        edits=True,
    ),
    ActionSpec(
        "file.export", QT_TRANSLATE_NOOP("actions", "&Export…"), "file", "Ctrl+E", "export_session"
    ),
    ActionSpec(
        "file.save_copy",
        QT_TRANSLATE_NOOP("actions", "Save a &Copy…"),
        "file",
        SK.SaveAs,
        "save_copy",
    ),
    SEPARATOR,
    ActionSpec(
        "file.save_template",
        QT_TRANSLATE_NOOP("actions", "Save Session as &Template…"),
        "file",
        None,
        "save_as_template",
        edits=True,
    ),
    ActionSpec(
        "file.import_template",
        QT_TRANSLATE_NOOP("actions", "Import Te&mplate…"),
        "file",
        None,
        "import_template",
        edits=True,
    ),
    ActionSpec(
        "file.export_template",
        QT_TRANSLATE_NOOP("actions", "Export Temp&late…"),
        "file",
        None,
        "export_template",
    ),
    SEPARATOR,
    ActionSpec("file.quit", QT_TRANSLATE_NOOP("actions", "&Quit"), "file", SK.Quit, "close"),
    ActionSpec(
        "edit.undo",
        QT_TRANSLATE_NOOP("actions", "&Undo"),
        "edit",
        SK.Undo,
        "undo",
        edits=True,
        toolbar=True,
    ),
    ActionSpec(
        "edit.redo",
        QT_TRANSLATE_NOOP("actions", "&Redo"),
        "edit",
        SK.Redo,
        "redo",
        edits=True,
        toolbar=True,
    ),
    SEPARATOR,
    ActionSpec(
        "edit.cut",
        QT_TRANSLATE_NOOP("actions", "Cu&t"),
        "edit",
        SK.Cut,
        "cut",
        edits=True,
        scope="board",
    ),
    ActionSpec(
        "edit.copy", QT_TRANSLATE_NOOP("actions", "&Copy"), "edit", SK.Copy, "copy", scope="board"
    ),
    ActionSpec(
        "edit.paste",
        QT_TRANSLATE_NOOP("actions", "&Paste"),
        "edit",
        SK.Paste,
        "paste",
        edits=True,
        scope="board",
    ),
    ActionSpec(
        "edit.delete",
        QT_TRANSLATE_NOOP("actions", "&Delete"),
        "edit",
        ("Del", "Backspace"),
        "delete",
        edits=True,
        scope="board",
    ),
    ActionSpec(
        "edit.duplicate",
        QT_TRANSLATE_NOOP("actions", "D&uplicate"),
        "edit",
        "Ctrl+D",
        "duplicate",
        edits=True,
    ),
    SEPARATOR,
    ActionSpec(
        "edit.select_all",
        QT_TRANSLATE_NOOP("actions", "Select &All"),
        "edit",
        SK.SelectAll,
        "select_all",
        scope="board",
    ),
    ActionSpec(
        "edit.find", QT_TRANSLATE_NOOP("actions", "&Find…"), "edit", SK.Find, "find", toolbar=True
    ),
    ActionSpec(
        "view.zoom_in",
        QT_TRANSLATE_NOOP("actions", "Zoom &In"),
        "view",
        SK.ZoomIn,
        "zoom_in",
        toolbar=True,
    ),
    ActionSpec(
        "view.zoom_out",
        QT_TRANSLATE_NOOP("actions", "Zoom &Out"),
        "view",
        SK.ZoomOut,
        "zoom_out",
        toolbar=True,
    ),
    ActionSpec(
        "view.fit",
        QT_TRANSLATE_NOOP("actions", "&Fit Board"),
        "view",
        "Home",
        "fit_board",
        toolbar=True,
    ),
    ActionSpec(
        "view.actual", QT_TRANSLATE_NOOP("actions", "&100 %"), "view", "Ctrl+0", "actual_size"
    ),
    SEPARATOR,
    ActionSpec(
        "view.full_screen",
        QT_TRANSLATE_NOOP("actions", "F&ull Screen"),
        "view",
        ("F11",),
        "toggle_full_screen",
        checkable=True,
    ),
    ActionSpec(
        "view.sidebar",
        QT_TRANSLATE_NOOP("actions", "&Sessions Sidebar"),
        "view",
        "Ctrl+Shift+E",
        "toggle_sidebar",
    ),
    ActionSpec(
        "view.present",
        QT_TRANSLATE_NOOP("actions", "&Present"),
        "view",
        ("F5",),
        "toggle_presenter",
        checkable=True,
        tip=QT_TRANSLATE_NOOP(
            "actions", "The board for the room on the second screen (F5; Esc leaves)"
        ),
    ),
    ActionSpec(
        "board.new_note",
        QT_TRANSLATE_NOOP("actions", "&New Note"),
        "board",
        "N",
        "new_note",
        edits=True,
        scope="board",
        toolbar=True,
        tip=QT_TRANSLATE_NOOP("actions", "A new note at the mouse (or double-click the board)"),
    ),
    ActionSpec(
        "board.edit_note",
        QT_TRANSLATE_NOOP("actions", "&Edit Note"),
        "board",
        ("F2", "Return", "Enter"),
        "edit_note",
        edits=True,
        scope="board",
    ),
    ActionSpec(
        "board.capture",
        QT_TRANSLATE_NOOP("actions", "&Capture Bar"),
        "board",
        "Ctrl+Return",
        "open_capture",
        edits=True,
        toolbar=True,
        tip=QT_TRANSLATE_NOOP(
            "actions", "Type note after note; Enter adds, Tab changes the author"
        ),
    ),
    ActionSpec(
        "board.raise",
        QT_TRANSLATE_NOOP("actions", "Bring to &Front"),
        "board",
        "Ctrl+Shift+]",
        "bring_to_front",
        edits=True,
    ),
    SEPARATOR,
    *(
        ActionSpec(
            f"board.color{i}",
            QT_TRANSLATE_NOOP("actions", "Colour &%1"),
            "board",
            str(i + 1),
            f"recolor_{i}",
            edits=True,
            scope="board",
            number=str(i + 1),
        )
        for i in range(6)
    ),
    SEPARATOR,
    ActionSpec(
        "board.add_frame",
        QT_TRANSLATE_NOOP("actions", "Add &Frame"),
        "board",
        None,
        "add_frame",
        edits=True,
    ),
    ActionSpec(
        "board.rename_frame",
        QT_TRANSLATE_NOOP("actions", "&Rename Frame…"),
        "board",
        None,
        "rename_frame",
        edits=True,
    ),
    ActionSpec(
        "board.delete_frame",
        QT_TRANSLATE_NOOP("actions", "Delete F&rame"),
        "board",
        None,
        "delete_frame",
        edits=True,
    ),
    SEPARATOR,
    ActionSpec(
        "board.group",
        QT_TRANSLATE_NOOP("actions", "&Group"),
        "board",
        "Ctrl+G",
        "group_notes",
        edits=True,
    ),
    ActionSpec(
        "board.ungroup",
        QT_TRANSLATE_NOOP("actions", "&Ungroup"),
        "board",
        "Ctrl+Shift+G",
        "ungroup_clusters",
        edits=True,
    ),
    ActionSpec(
        "board.rename_cluster",
        QT_TRANSLATE_NOOP("actions", "Rename &Cluster…"),
        "board",
        None,
        "rename_cluster",
        edits=True,
    ),
    ActionSpec(
        "board.collapse_cluster",
        QT_TRANSLATE_NOOP("actions", "C&ollapse / Expand Cluster"),
        "board",
        "Ctrl+Shift+C",
        "toggle_cluster_collapsed",
        edits=True,
    ),
    ActionSpec(
        "board.tidy_cluster",
        QT_TRANSLATE_NOOP("actions", "&Tidy Cluster"),
        "board",
        "Ctrl+Shift+L",
        "tidy_cluster",
        edits=True,
    ),
    ActionSpec(
        "board.suggest_clusters",
        QT_TRANSLATE_NOOP("actions", "&Suggest Clusters…"),
        "board",
        None,
        "suggest_clusters",
        edits=True,
        tip=QT_TRANSLATE_NOOP(
            "actions", "Group notes by what their text means; you choose before anything changes"
        ),
    ),
    SEPARATOR,
    ActionSpec(
        "board.start_voting",
        QT_TRANSLATE_NOOP("actions", "Start &Voting…"),
        "board",
        None,
        "start_voting",
        edits=True,
    ),
    ActionSpec(
        "board.reveal_votes",
        QT_TRANSLATE_NOOP("actions", "Re&veal Votes"),
        "board",
        None,
        "reveal_votes",
        edits=True,
    ),
    ActionSpec(
        "board.arrange_by_votes",
        QT_TRANSLATE_NOOP("actions", "&Arrange by Votes"),
        "board",
        None,
        "arrange_by_votes",
        edits=True,
    ),
    ActionSpec(
        "board.show_ranking",
        QT_TRANSLATE_NOOP("actions", "Show Ran&king"),
        "board",
        None,
        "show_ranking",
    ),
    ActionSpec(
        "view.timer",
        QT_TRANSLATE_NOOP("actions", "&Timer Panel"),
        "view",
        "Ctrl+Shift+T",
        "toggle_timer_dock",
    ),
    ActionSpec(
        "view.agenda",
        QT_TRANSLATE_NOOP("actions", "&Agenda Panel"),
        "view",
        "Ctrl+Shift+A",
        "toggle_agenda_dock",
    ),
    ActionSpec(
        "view.questions",
        QT_TRANSLATE_NOOP("actions", "Guiding &Questions"),
        "view",
        "Ctrl+Shift+Q",
        "toggle_questions_dock",
    ),
    ActionSpec(
        "community.members",
        QT_TRANSLATE_NOOP("actions", "&Members…"),
        "community",
        "Ctrl+Shift+M",
        "show_members",
    ),
    ActionSpec(
        "community.circles",
        QT_TRANSLATE_NOOP("actions", "Learning &Circles…"),
        "community",
        None,
        "show_circles",
    ),
    ActionSpec(
        "community.actions",
        QT_TRANSLATE_NOOP("actions", "&Actions…"),
        "community",
        "Ctrl+Shift+K",
        "show_actions",
    ),
    ActionSpec(
        "community.rituals",
        QT_TRANSLATE_NOOP("actions", "&Rituals && Rhythm…"),
        "community",
        None,
        "show_rituals",
    ),
    SEPARATOR,
    ActionSpec(
        "community.export",
        QT_TRANSLATE_NOOP("actions", "&Export Community Overview…"),
        "community",
        None,
        "export_community",
    ),
    ActionSpec(
        "help.shortcuts",
        QT_TRANSLATE_NOOP("actions", "&Keyboard Shortcuts"),
        "help",
        SK.HelpContents,
        "show_shortcuts",
    ),
    ActionSpec(
        "help.about", QT_TRANSLATE_NOOP("actions", "&About copdesk"), "help", None, "show_about"
    ),
)


def specs() -> list[ActionSpec]:
    return [a for a in ACTIONS if isinstance(a, ActionSpec)]


def _sequences(shortcut: Shortcut) -> list[QKeySequence]:
    if shortcut is None:
        return []
    if isinstance(shortcut, QKeySequence.StandardKey):
        return QKeySequence.keyBindings(shortcut)
    if isinstance(shortcut, str):
        return [QKeySequence(shortcut)]
    return [QKeySequence(s) for s in shortcut]


def build_actions(
    window: QMainWindow, board: QWidget, handler: Callable[[str], Callable[[], object]]
) -> dict[str, QAction]:
    """Create every action with its shortcut; ``handler(name)`` finds the slot."""
    actions: dict[str, QAction] = {}
    for spec in specs():
        action = QAction(spec.label(), window)
        action.setObjectName(spec.id)
        action.setShortcuts(_sequences(spec.shortcut))
        action.setCheckable(spec.checkable)
        if spec.tip:
            action.setToolTip(spec.tooltip())
            action.setStatusTip(spec.tooltip())
        if spec.handler:
            slot = handler(spec.handler)
            action.triggered.connect(lambda _checked=False, s=slot: s())
        if spec.scope == "board":
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            board.addAction(action)
        else:
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)
        actions[spec.id] = action
    return actions


def build_menus(window: QMainWindow, actions: dict[str, QAction]) -> dict[str, QMenu]:
    menus: dict[str, QMenu] = {}
    for key, title in MENUS:
        menus[key] = window.menuBar().addMenu(QCoreApplication.translate("menus", title))
    current: str | None = None
    for entry in ACTIONS:
        if isinstance(entry, str):
            if current is not None:
                menus[current].addSeparator()
            continue
        current = entry.menu
        if entry.id == "file.recent":
            sub = menus["file"].addMenu(entry.label())
            sub.setObjectName("recentMenu")
            menus["recent"] = sub
            continue
        menus[entry.menu].addAction(actions[entry.id])
    return menus


def build_toolbar(window: QMainWindow, actions: dict[str, QAction]) -> QToolBar:
    bar = window.addToolBar(QCoreApplication.translate("menus", "Board"))
    bar.setObjectName("boardToolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for spec in specs():
        if spec.toolbar:
            bar.addAction(actions[spec.id])
    return bar


#: Keys some platforms add to a standard shortcut that no keyboard in a workshop
#: room has (the Sun "Cut" key, F20 …): left out of the shortcuts help.
_EXOTIC_KEYS = frozenset(
    {
        *(getattr(Qt.Key, f"Key_F{n}") for n in range(13, 36)),
        Qt.Key.Key_Cut,
        Qt.Key.Key_Copy,
        Qt.Key.Key_Paste,
        Qt.Key.Key_Undo,
        Qt.Key.Key_Redo,
        Qt.Key.Key_Open,
        Qt.Key.Key_Close,
        Qt.Key.Key_Find,
        Qt.Key.Key_Help,
        Qt.Key.Key_ZoomIn,
        Qt.Key.Key_ZoomOut,
        Qt.Key.Key_Save,
        Qt.Key.Key_New,
        Qt.Key.Key_Print,
    }
)


def _readable(sequence: QKeySequence) -> bool:
    return sequence.count() > 0 and sequence[0].key() not in _EXOTIC_KEYS


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(menu title, action, keys) for the shortcuts help, in menu order."""
    titles = {menu_id: QCoreApplication.translate("menus", text) for menu_id, text in MENUS}
    rows = []
    for spec in specs():
        keys = ", ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText)
            for s in _sequences(spec.shortcut)
            if _readable(s)
        )
        if keys:
            rows.append((_plain(titles[spec.menu]), _plain(spec.label()).rstrip("…"), keys))
    return rows


def _plain(text: str) -> str:
    """A menu text without its mnemonic ampersands ("&&" is a real "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")
