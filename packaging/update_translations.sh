#!/usr/bin/env bash
# Refresh the German UI translation: collect every tr()/translate()/QT_TRANSLATE_NOOP
# string of copdesk/ui into resources/i18n/copdesk_de.ts (new ones come in as
# "unfinished"; translate them in Qt Linguist or by editing the XML), then compile
# the .qm file the app loads. The Qt-free modules whose English texts the window
# shows mark them with copdesk.core.localtext.QT_TRANSLATE_NOOP and are listed too.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${VENV_BIN:-.venv/bin}"
mapfile -t sources < <(find copdesk/ui -name '*.py' | sort)
sources+=(copdesk/export/formats.py copdesk/core/rituals.py)
"$bin/pyside6-lupdate" -no-obsolete -locations none "${sources[@]}" -ts resources/i18n/copdesk_de.ts
"$bin/pyside6-lrelease" resources/i18n/copdesk_de.ts -qm resources/i18n/copdesk_de.qm
