#!/bin/sh
# Check a built copdesk bundle: packaging/check_bundle.sh [dist/copdesk/copdesk]
#
# Runs the frozen binary far from the checkout, headless (offscreen Qt): --version,
# the template list, a new community file, a note import, and Markdown, poster PDF
# and PNG exports. Each step's output is checked; the first failure stops the run
# with a message naming the step.
set -eu

BIN=${1:-dist/copdesk/copdesk}
case $BIN in /*) ;; *) BIN=$(pwd)/$BIN ;; esac
[ -x "$BIN" ] || { echo "check_bundle: no executable at $BIN (run make package first)" >&2; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$WORK"
export QT_QPA_PLATFORM=offscreen COPDESK_HOME="$WORK/home" HOME="$WORK"
export XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config" XDG_CACHE_HOME="$WORK/cache"
export XDG_STATE_HOME="$WORK/state" XDG_RUNTIME_DIR="$WORK/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

fail() { echo "check_bundle: FAILED: $*" >&2; exit 1; }
step() { printf 'check_bundle: %s\n' "$*"; }

step "--version"
version=$("$BIN" --version) || fail "--version exited $?"
case $version in "copdesk "[0-9]*) ;; *) fail "--version printed '$version'" ;; esac

step "Qt plugins (a real window, SVG icons, the chime)"
INTERNAL=$(dirname "$BIN")/_internal
if [ -d "$INTERNAL/PySide6/Qt/plugins" ]; then
    for plugin in platforms/libqxcb.so platforms/libqwayland.so iconengines/libqsvgicon.so \
        imageformats/libqsvg.so multimedia/libffmpegmediaplugin.so; do
        [ -f "$INTERNAL/PySide6/Qt/plugins/$plugin" ] || fail "the bundle lacks the Qt plugin $plugin"
    done
    for resource in templates/community-canvas.json fonts/DejaVuSans.ttf \
        fonts/CopdeskHangul-Regular.ttf fonts/NotoEmoji-Regular.ttf sounds/chime.wav \
        icons/copdesk.svg CREDITS.json LICENSE.txt; do
        [ -f "$INTERNAL/copdesk/resources/$resource" ] || fail "the bundle lacks $resource"
    done
fi

step "templates (bundled resources)"
"$BIN" templates > templates.txt || fail "templates exited $?"
grep -q community-canvas templates.txt || fail "template list lacks community-canvas"
grep -q community-retro templates.txt || fail "template list lacks community-retro"

step "new"
session=$("$BIN" new guild.copdesk --template community-canvas --title "Guild canvas") ||
    fail "new exited $?"
[ -s guild.copdesk ] || fail "new wrote no community file"
head -c 15 guild.copdesk | grep -q "SQLite format 3" || fail "the community file is not SQLite"

step "import"
printf '%s\n' "Share what we learn every month" "Büchertausch für alle" "每月学习小组" \
    "회고 모임 🎉" > notes.txt
"$BIN" import guild.copdesk --session "$session" notes.txt > import.txt || fail "import exited $?"
grep -q "4 notes" import.txt || fail "import reported: $(cat import.txt)"

step "export --format md"
"$BIN" export guild.copdesk --session "$session" --format md -o guild.md > /dev/null ||
    fail "markdown export exited $?"
grep -q "^# Guild canvas" guild.md || fail "markdown lacks the session title"
grep -q "Büchertausch für alle" guild.md || fail "markdown lacks an imported note"

step "export --format poster"
"$BIN" export guild.copdesk --session "$session" --format poster --paper A2 -o poster.pdf \
    > /dev/null || fail "poster export exited $?"
[ "$(head -c 5 poster.pdf)" = "%PDF-" ] || fail "poster.pdf is not a PDF"
grep -aq "DejaVuSans" poster.pdf || fail "poster.pdf does not embed the bundled DejaVu Sans"
grep -aq "DroidSansFallback" poster.pdf || fail "poster.pdf lacks the bundled CJK fallback"
grep -aq "CopdeskHangul" poster.pdf || fail "poster.pdf lacks the bundled Hangul fallback"
grep -aq "NotoEmoji" poster.pdf || fail "poster.pdf lacks the bundled emoji fallback"

step "export --format png (Qt offscreen)"
"$BIN" export guild.copdesk --session "$session" --format png -o board.png > /dev/null ||
    fail "png export exited $?"
[ "$(head -c 4 board.png | tail -c 3)" = "PNG" ] || fail "board.png is not a PNG"

if [ -f "$(dirname "$BIN")/linux/install-linux.sh" ]; then
    step "Linux desktop integration for the bundle"
    sh "$(dirname "$BIN")/linux/install-linux.sh" --prefix "$WORK/prefix" > install.txt 2>&1 ||
        fail "install-linux.sh exited $?: $(cat install.txt)"
    desktop=$WORK/prefix/share/applications/io.github.copdesk.Copdesk.desktop
    grep -qx "Exec=$BIN %f" "$desktop" || fail "the menu entry does not run $BIN"
    [ -f "$WORK/prefix/share/icons/hicolor/256x256/apps/io.github.copdesk.Copdesk.png" ] ||
        fail "install-linux.sh installed no icon"
    [ -f "$WORK/prefix/share/mime/packages/io.github.copdesk.Copdesk.xml" ] ||
        fail "install-linux.sh installed no MIME type"
fi

step "check"
"$BIN" check guild.copdesk > check.txt || fail "check exited $?"
grep -q "4 notes" check.txt || fail "check reported: $(cat check.txt)"

if command -v timeout >/dev/null 2>&1; then
    step "the window opens and stays open (offscreen, 8 s)"
    status=0
    timeout 8 "$BIN" guild.copdesk > window.txt 2>&1 || status=$?
    [ "$status" = 124 ] || fail "the window closed by itself (exit $status): $(cat window.txt)"
    if grep -rqs "Traceback" "$COPDESK_HOME/log"; then
        fail "the window logged an error: $(grep -rh -A3 Traceback "$COPDESK_HOME/log" | head -20)"
    fi
fi

step "all passed ($version)"
