#!/usr/bin/env bash
# The real window as a merchant sees it: Xvfb with a window manager
# (openbox), a generated demo database whose newest payment has a signed
# PayByLink link of about 400 characters, and Paylink Desk filling the screen
# at 1024x700, 1400x900 and 1920x1080.
#
#   bash scripts/desk-screens.sh check BUILD_DIR
#       At each size, takes a screenshot of the whole screen (ImageMagick's
#       import) and decodes the QR panel's code from it with zbarimg, the way
#       a phone would read it from the screen. Exit 0 only when every size
#       gives exactly the payment's link. (ctest: tst_desk_screens)
#   bash scripts/desk-screens.sh shots BUILD_DIR [OUT_DIR]
#       The same, keeping the screenshots in OUT_DIR (docs/screenshots by
#       default) for the README. Look at them after every change to the window.
#
# Needs: xvfb, openbox, xdotool, imagemagick, zbar-tools, python3 (the test
# packages). Everything runs in a temporary HOME; nothing outside it is used.
set -euo pipefail

mode="${1:-}"
build="${2:-}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${3:-$(dirname "$here")/docs/screenshots}"
case "$mode" in
check | shots) ;;
*)
    echo "usage: bash scripts/desk-screens.sh check|shots BUILD_DIR [OUT_DIR]" >&2
    exit 2
    ;;
esac
[ -x "$build/app/paylink-desk" ] || { echo "no $build/app/paylink-desk: build first" >&2; exit 2; }
for tool in Xvfb openbox xdotool import zbarimg python3; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (see scripts/packages-test.txt)" >&2; exit 2; }
done

work="$(mktemp -d /tmp/paylink-screens.XXXXXX)"
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
    XDG_CACHE_HOME="$work/cache" XDG_STATE_HOME="$work/state" XDG_RUNTIME_DIR="$work/runtime" \
    PAYLINK_KEYCHAIN=session LC_ALL=C.UTF-8 LANGUAGE=en TZ=UTC
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME"
mkdir -m 0700 -p "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM WAYLAND_DISPLAY

# The demo database: thirty payments; the last row, shown first, has the
# long link (newest first is the table's order on a first start).
db="$work/demo.sqlite"
python3 - "$work/demo.csv" <<'EOF'
import sys
names = ["Jan Bakker", "Анна Петрова", "Müller GmbH", "Sophie de Vries", "Иван Смирнов",
         "Café Het Hoekje", "Lars Jansen", "Ольга Кузнецова",
         "Bloemenhandel Van der Berg-Hoogeveen", "Pieter van den Broek"]
rows = ["order;name;email;amount;description;expiry"]
for i in range(1, 30):
    cents = 500 + (i * 7919) % 250000
    rows.append("F2026-%05d;%s;klant%d@example.nl;%d,%02d;Factuur %d;31-12-2027"
                % (960 + i, names[i % len(names)], i, cents // 100, cents % 100, i))
rows.append("F2026-00994;Catering Grote Markt Groningen B.V.;evenementen@catering-grotemarkt.nl;"
            "2224,26;Catering voor 48 gasten in De Oosterpoort, 14 maart 2027;31-12-2027")
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(rows) + "\n")
EOF
PAYLINK_PASSWORD='T3st2016!' "$build/app/paylink" paybylink import "$work/demo.csv" \
    --entity-key 2b2b9bff-0c96-4f33-a20d-c831ac87e571 --user Secretapiuser --db "$db" >/dev/null
link="$("$build/app/paylink" list --db "$db" --search F2026-00994 --json \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["link"])')"
echo "demo link: ${#link} characters"

[ "$mode" = shots ] && mkdir -p "$out"
status=0
display=$((90 + RANDOM % 400))
stop() { # stop PID...: TERM, then KILL after 5 s
    local pid
    for pid in "$@"; do kill "$pid" 2>/dev/null || true; done
    for pid in "$@"; do
        timeout 5 tail --pid="$pid" -f /dev/null 2>/dev/null || kill -9 "$pid" 2>/dev/null || true
    done
}
for size in 1024x700 1400x900 1920x1080; do
    width="${size%x*}" height="${size#*x}"
    export DISPLAY=":$display"
    Xvfb "$DISPLAY" -screen 0 "${size}x24" -nolisten tcp >"$work/xvfb.log" 2>&1 &
    pids=($!)
    for _ in $(seq 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
    openbox >"$work/openbox.log" 2>&1 &
    pids+=($!)
    # Until openbox manages the screen (it sets the current desktop then): a
    # window mapped while it starts is never shown.
    for _ in $(seq 100); do xdotool get_desktop >/dev/null 2>&1 && break; sleep 0.1; done
    "$build/app/paylink-desk" --db "$db" >"$work/desk.log" 2>&1 &
    desk=$!
    pids+=($desk)
    window=""
    for _ in $(seq 300); do
        window="$(xdotool search --onlyvisible --pid "$desk" --name 'Paylink Desk' 2>/dev/null \
            | head -1 || true)"
        [ -n "$window" ] && break
        sleep 0.2
    done
    if [ -z "$window" ]; then
        echo "$size: FAILED: no Paylink Desk window within 60 s" >&2
        cat "$work/desk.log" >&2
        status=1
    else
        # Fill the screen as a maximised window would (openbox leaves no panel).
        xdotool windowmove "$window" 0 0 windowsize "$window" "$width" "$height"
        # Read the screen until the code is there (a loaded machine draws late).
        shot="$work/desk-$size.png"
        decoded=""
        for _ in $(seq 30); do
            sleep 1
            import -window root "$shot"
            decoded="$(zbarimg -q --raw "$shot" 2>/dev/null || true)"
            [ "$decoded" = "$link" ] && break
        done
        if [ "$decoded" = "$link" ]; then
            echo "$size: the QR panel's code reads back as the payment's link"
        else
            echo "$size: FAILED: zbarimg read \"${decoded:0:80}\" from the screen" >&2
            status=1
        fi
        [ "$mode" = shots ] && cp "$shot" "$out/desk-$size.png"
    fi
    stop "$desk"
    stop "${pids[@]}"
    pids=()
    display=$((display + 1))
done
exit $status
