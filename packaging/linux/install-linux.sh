#!/bin/sh
# Install copdesk's desktop integration on Linux: the launcher entry, the icon,
# the .copdesk file type (double-click opens copdesk) and the AppStream metadata.
#
#   packaging/linux/install-linux.sh                 # for you: into ~/.local/share
#   sudo packaging/linux/install-linux.sh --prefix /usr/local    # for everyone
#   packaging/linux/install-linux.sh --exec /opt/copdesk/copdesk # a given binary
#   packaging/linux/install-linux.sh --uninstall     # remove what it installed
#
# The launcher runs the copdesk found (in this order) by --exec, next to this
# script in an app bundle (dist/copdesk/linux/ -> dist/copdesk/copdesk), or on
# PATH (pip, pipx); it writes that absolute path into the .desktop file, so the
# menu works even when ~/.local/bin is not on the desktop session's PATH.
set -eu

APP_ID=io.github.copdesk.Copdesk
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
EXEC=""
ACTION=install

usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
    case $1 in
        --prefix) [ $# -ge 2 ] || { usage >&2; exit 2; }; PREFIX=$2; shift 2 ;;
        --prefix=*) PREFIX=${1#--prefix=}; shift ;;
        --exec) [ $# -ge 2 ] || { usage >&2; exit 2; }; EXEC=$2; shift 2 ;;
        --exec=*) EXEC=${1#--exec=}; shift ;;
        --uninstall) ACTION=uninstall; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "install-linux: unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
done

DATA=$PREFIX/share
SIZES="16 32 48 64 128 256 512"

# The icons: from a checkout (packaging/linux -> resources/icons) or an app bundle
# (dist/copdesk/linux -> dist/copdesk/_internal/copdesk/resources/icons).
ICONS=""
for candidate in "$HERE/../../resources/icons" "$HERE/../_internal/copdesk/resources/icons"; do
    if [ -f "$candidate/copdesk.svg" ]; then ICONS=$(cd "$candidate" && pwd); break; fi
done

refresh() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATA/applications" || true
    fi
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$DATA/mime" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$DATA/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -f -t "$DATA/icons/hicolor" || true
    fi
    if command -v xdg-desktop-menu >/dev/null 2>&1; then xdg-desktop-menu forceupdate || true; fi
}

installed_files() {
    echo "$DATA/applications/$APP_ID.desktop"
    echo "$DATA/metainfo/$APP_ID.metainfo.xml"
    echo "$DATA/mime/packages/$APP_ID.xml"
    echo "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
    echo "$DATA/icons/hicolor/scalable/mimetypes/application-x-copdesk.svg"
    for size in $SIZES; do
        echo "$DATA/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
        echo "$DATA/icons/hicolor/${size}x${size}/mimetypes/application-x-copdesk.png"
    done
}

if [ "$ACTION" = uninstall ]; then
    installed_files | while IFS= read -r file; do rm -f "$file"; done
    [ -d "$DATA/mime/packages" ] && refresh
    echo "install-linux: removed copdesk's desktop integration from $DATA"
    exit 0
fi

[ -n "$ICONS" ] || { echo "install-linux: cannot find copdesk's icons beside $HERE" >&2; exit 1; }

if [ -z "$EXEC" ] && [ -x "$HERE/../copdesk" ] && [ -f "$HERE/../copdesk" ]; then
    EXEC=$(cd "$HERE/.." && pwd)/copdesk
fi
if [ -z "$EXEC" ]; then
    EXEC=$(command -v copdesk 2>/dev/null || true)
fi
if [ -z "$EXEC" ]; then
    echo "install-linux: copdesk is not on PATH; the menu entry will run “copdesk”." >&2
    echo "  Install it first (pipx install .) or pass --exec /path/to/copdesk." >&2
    EXEC=copdesk
fi
case $EXEC in
    /*|copdesk) ;;
    *) EXEC=$(cd "$(dirname "$EXEC")" && pwd)/$(basename "$EXEC") ;;
esac

# The Exec key quotes a path with spaces or other reserved characters (Desktop Entry spec).
case $EXEC in
    *[!A-Za-z0-9_./-]*) exec_value="\"$(printf '%s' "$EXEC" | sed 's/[\\"`$]/\\\\&/g')\"" ;;
    *) exec_value=$EXEC ;;
esac

mkdir -p "$DATA/applications" "$DATA/metainfo" "$DATA/mime/packages" \
    "$DATA/icons/hicolor/scalable/apps" "$DATA/icons/hicolor/scalable/mimetypes"

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
while IFS= read -r line; do
    case $line in
        Exec=*) printf 'Exec=%s %%f\n' "$exec_value" ;;
        TryExec=*) printf 'TryExec=%s\n' "$EXEC" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$HERE/$APP_ID.desktop" > "$tmp"
install -m 644 "$tmp" "$DATA/applications/$APP_ID.desktop"
install -m 644 "$HERE/$APP_ID.metainfo.xml" "$DATA/metainfo/$APP_ID.metainfo.xml"
install -m 644 "$HERE/copdesk-mime.xml" "$DATA/mime/packages/$APP_ID.xml"
install -m 644 "$ICONS/copdesk.svg" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
install -m 644 "$ICONS/copdesk.svg" "$DATA/icons/hicolor/scalable/mimetypes/application-x-copdesk.svg"
for size in $SIZES; do
    png=$ICONS/hicolor/${size}x${size}/apps/copdesk.png
    [ -f "$png" ] || continue
    mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps" "$DATA/icons/hicolor/${size}x${size}/mimetypes"
    install -m 644 "$png" "$DATA/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    install -m 644 "$png" "$DATA/icons/hicolor/${size}x${size}/mimetypes/application-x-copdesk.png"
done

refresh
echo "install-linux: installed copdesk's menu entry, icon and .copdesk file type into $DATA"
echo "  The menu entry runs: $EXEC"
