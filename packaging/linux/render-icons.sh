#!/bin/sh
# Renders the hicolor PNG icons of Paylink Desk from the one SVG master:
#   icons/hicolor/scalable/apps/org.paylinkdesk.PaylinkDesk.svg
# into icons/hicolor/<N>x<N>/apps/org.paylinkdesk.PaylinkDesk.png.
#
# The PNGs are committed; the build does not run this. Run it again after
# editing the SVG and commit the result:
#     sh packaging/linux/render-icons.sh
# Needs rsvg-convert (Debian: librsvg2-bin). optipng, when present, shrinks
# the files losslessly; without it the PNGs are larger but look the same.
set -eu

app_id=org.paylinkdesk.PaylinkDesk
here=$(cd "$(dirname "$0")" && pwd)
icons="$here/icons/hicolor"
master="$icons/scalable/apps/$app_id.svg"
sizes="16 22 24 32 48 64 128 256"

if ! command -v rsvg-convert >/dev/null 2>&1; then
    echo "render-icons.sh: rsvg-convert is missing (apt-get install librsvg2-bin)" >&2
    exit 1
fi
if [ ! -f "$master" ]; then
    echo "render-icons.sh: no master icon at $master" >&2
    exit 1
fi

for n in $sizes; do
    dir="$icons/${n}x${n}/apps"
    mkdir -p "$dir"
    out="$dir/$app_id.png"
    rsvg-convert --width "$n" --height "$n" --format png --output "$out" "$master"
    if command -v optipng >/dev/null 2>&1; then
        # -strip all drops metadata such as timestamps, so a re-run gives
        # the same bytes.
        optipng -quiet -o7 -strip all "$out"
    fi
    echo "$out"
done
