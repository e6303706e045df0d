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

from PySide6.QtCore import QT_TRANSLATE_NOOP as T
from PySide6.QtCore import QCoreApplication, Qt
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
    ("file", T("menus", "&File")),
    ("edit", T("menus", "&Edit")),
    ("view", T("menus", "&View")),
    ("board", T("menus", "&Board")),
    ("community", T("menus", "&Community")),
    ("help", T("menus", "&Help")),
)

SEPARATOR = "-"

ACTIONS: tuple[ActionSpec | str, ...] = (
    ActionSpec(
        "file.new_session", T("actions", "&New Session…"), "file", SK.New, "new_session", edits=True
    ),
    ActionSpec(
        "file.open", T("actions", "&Open Community File…"), "file", SK.Open, "open_file_dialog"
    ),
    ActionSpec("file.recent", T("actions", "Open &Recent"), "file", None, ""),  # a submenu
    SEPARATOR,
    ActionSpec(
        "file.import", T("actions", "&Import Notes…"), "file", "Ctrl+I", "import_notes", edits=True
    ),
    ActionSpec("file.export", T("actions", "&Export…"), "file", "Ctrl+E", "export_session"),
    ActionSpec("file.save_copy", T("actions", "Save a &Copy…"), "file", SK.SaveAs, "save_copy"),
    SEPARATOR,
    ActionSpec("file.quit", T("actions", "&Quit"), "file", SK.Quit, "close"),
    ActionSpec(
        "edit.undo",
        T("actions", "&Undo"),
        "edit",
        SK.Undo,
        "undo",
        edits=True,
        toolbar=True,
    ),
    ActionSpec(
        "edit.redo",
        T("actions", "&Redo"),
        "edit",
        SK.Redo,
        "redo",
        edits=True,
        toolbar=True,
    ),
    SEPARATOR,
    ActionSpec("edit.cut", T("actions", "Cu&t"), "edit", SK.Cut, "cut", edits=True, scope="board"),
    ActionSpec("edit.copy", T("actions", "&Copy"), "edit", SK.Copy, "copy", scope="board"),
    ActionSpec(
        "edit.paste",
        T("actions", "&Paste"),
        "edit",
        SK.Paste,
        "paste",
        edits=True,
        scope="board",
    ),
    ActionSpec(
        "edit.delete",
        T("actions", "&Delete"),
        "edit",
        ("Del", "Backspace"),
        "delete",
        edits=True,
        scope="board",
    ),
    ActionSpec(
        "edit.duplicate", T("actions", "D&uplicate"), "edit", "Ctrl+D", "duplicate", edits=True
    ),
    SEPARATOR,
    ActionSpec(
        "edit.select_all",
        T("actions", "Select &All"),
        "edit",
        SK.SelectAll,
        "select_all",
        scope="board",
    ),
    ActionSpec("edit.find", T("actions", "&Find…"), "edit", SK.Find, "find", toolbar=True),
    ActionSpec(
        "view.zoom_in", T("actions", "Zoom &In"), "view", SK.ZoomIn, "zoom_in", toolbar=True
    ),
    ActionSpec(
        "view.zoom_out", T("actions", "Zoom &Out"), "view", SK.ZoomOut, "zoom_out", toolbar=True
    ),
    ActionSpec("view.fit", T("actions", "&Fit Board"), "view", "Home", "fit_board", toolbar=True),
    ActionSpec("view.actual", T("actions", "&100 %"), "view", "Ctrl+0", "actual_size"),
    SEPARATOR,
    ActionSpec(
        "view.full_screen",
        T("actions", "F&ull Screen"),
        "view",
        ("F11",),
        "toggle_full_screen",
        checkable=True,
    ),
    ActionSpec(
        "view.sidebar", T("actions", "&Sessions Sidebar"), "view", "Ctrl+Shift+E", "toggle_sidebar"
    ),
    ActionSpec(
        "view.present",
        T("actions", "&Present"),
        "view",
        ("F5",),
        "toggle_presenter",
        checkable=True,
        tip=T("actions", "The board for the room on the second screen (F5; Esc leaves)"),
    ),
    ActionSpec(
        "board.new_note",
        T("actions", "&New Note"),
        "board",
        "N",
        "new_note",
        edits=True,
        scope="board",
        toolbar=True,
        tip=T("actions", "A new note at the mouse (or double-click the board)"),
    ),
    ActionSpec(
        "board.edit_note",
        T("actions", "&Edit Note"),
        "board",
        ("F2", "Return", "Enter"),
        "edit_note",
        edits=True,
        scope="board",
    ),
    ActionSpec(
        "board.capture",
        T("actions", "&Capture Bar"),
        "board",
        "Ctrl+Return",
        "open_capture",
        edits=True,
        toolbar=True,
        tip=T("actions", "Type note after note; Enter adds, Tab changes the author"),
    ),
    ActionSpec(
        "board.raise",
        T("actions", "Bring to &Front"),
        "board",
        "Ctrl+Shift+]",
        "bring_to_front",
        edits=True,
    ),
    SEPARATOR,
    *(
        ActionSpec(
            f"board.color{i}",
            T("actions", "Colour &%1"),
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
        "board.add_frame", T("actions", "Add &Frame"), "board", None, "add_frame", edits=True
    ),
    ActionSpec(
        "board.rename_frame",
        T("actions", "&Rename Frame…"),
        "board",
        None,
        "rename_frame",
        edits=True,
    ),
    ActionSpec(
        "board.delete_frame",
        T("actions", "Delete F&rame"),
        "board",
        None,
        "delete_frame",
        edits=True,
    ),
    SEPARATOR,
    ActionSpec(
        "board.group",
        T("actions", "&Group"),
        "board",
        "Ctrl+G",
        "group_notes",
        edits=True,
    ),
    ActionSpec(
        "board.ungroup",
        T("actions", "&Ungroup"),
        "board",
        "Ctrl+Shift+G",
        "ungroup_clusters",
        edits=True,
    ),
    ActionSpec(
        "board.rename_cluster",
        T("actions", "Rename &Cluster…"),
        "board",
        None,
        "rename_cluster",
        edits=True,
    ),
    ActionSpec(
        "board.collapse_cluster",
        T("actions", "C&ollapse / Expand Cluster"),
        "board",
        "Ctrl+Shift+C",
        "toggle_cluster_collapsed",
        edits=True,
    ),
    ActionSpec(
        "board.tidy_cluster",
        T("actions", "&Tidy Cluster"),
        "board",
        "Ctrl+Shift+L",
        "tidy_cluster",
        edits=True,
    ),
    ActionSpec(
        "board.suggest_clusters",
        T("actions", "&Suggest Clusters…"),
        "board",
        None,
        "suggest_clusters",
        edits=True,
        tip=T(
            "actions", "Group notes by what their text means; you choose before anything changes"
        ),
    ),
    SEPARATOR,
    ActionSpec(
        "board.start_voting",
        T("actions", "Start &Voting…"),
        "board",
        None,
        "start_voting",
        edits=True,
    ),
    ActionSpec(
        "board.reveal_votes",
        T("actions", "Re&veal Votes"),
        "board",
        None,
        "reveal_votes",
        edits=True,
    ),
    ActionSpec(
        "board.arrange_by_votes",
        T("actions", "&Arrange by Votes"),
        "board",
        None,
        "arrange_by_votes",
        edits=True,
    ),
    ActionSpec("board.show_ranking", T("actions", "Show Ran&king"), "board", None, "show_ranking"),
    ActionSpec(
        "view.timer", T("actions", "&Timer Panel"), "view", "Ctrl+Shift+T", "toggle_timer_dock"
    ),
    ActionSpec(
        "view.agenda", T("actions", "&Agenda Panel"), "view", "Ctrl+Shift+A", "toggle_agenda_dock"
    ),
    ActionSpec(
        "view.questions",
        T("actions", "Guiding &Questions"),
        "view",
        "Ctrl+Shift+Q",
        "toggle_questions_dock",
    ),
    ActionSpec(
        "community.members", T("actions", "&Members…"), "community", "Ctrl+Shift+M", "show_members"
    ),
    ActionSpec(
        "community.circles", T("actions", "Learning &Circles…"), "community", None, "show_circles"
    ),
    ActionSpec(
        "community.actions", T("actions", "&Actions…"), "community", "Ctrl+Shift+K", "show_actions"
    ),
    ActionSpec(
        "community.rituals", T("actions", "&Rituals && Rhythm…"), "community", None, "show_rituals"
    ),
    ActionSpec(
        "help.shortcuts",
        T("actions", "&Keyboard Shortcuts"),
        "help",
        SK.HelpContents,
        "show_shortcuts",
    ),
    ActionSpec("help.about", T("actions", "&About copdesk"), "help", None, "show_about"),
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


def shortcut_rows() -> list[tuple[str, str]]:
    """(action, keys) pairs for the shortcuts help, in menu order."""
    rows = []
    for spec in specs():
        keys = ", ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in _sequences(spec.shortcut)
        )
        if keys:
            rows.append(
                (
                    spec.label()
                    .replace("&&", "\0")
                    .replace("&", "")
                    .replace("\0", "&")
                    .rstrip("…"),
                    keys,
                )
            )
    return rows
