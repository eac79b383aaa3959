#!/usr/bin/env bash
# Installs a build into a scratch DESTDIR as the package would (prefix /usr)
# and checks the desktop integration there: the desktop entry and the
# AppStream metadata pass their validators, every hicolor icon exists at its
# size, the man pages and changelog are valid gzip, the copyright is there.
# Usage: packaging/validate-installed.sh BUILD_DIR   (a CTest test)
set -euo pipefail
build="$1"
id=org.paylinkdesk.PaylinkDesk
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
DESTDIR="$stage" cmake --install "$build" --prefix /usr >/dev/null
share="$stage/usr/share"
status=0
fail() { echo "FAIL: $*"; status=1; }

echo "desktop-file-validate $id.desktop"
out="$(desktop-file-validate "$share/applications/$id.desktop" 2>&1)" || fail "desktop-file-validate"
[ -z "$out" ] || { echo "$out"; fail "desktop-file-validate printed the above"; }

echo "appstreamcli validate --no-net $id.metainfo.xml"
appstreamcli validate --no-net "$share/metainfo/$id.metainfo.xml" || fail "appstreamcli validate"

for size in 16 22 24 32 48 64 128 256; do
    png="$share/icons/hicolor/${size}x${size}/apps/$id.png"
    got="$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]) if d[:8]==b"\x89PNG\r\n\x1a\n" else "not-png")' "$png" 2>/dev/null)" \
        || got="missing"
    [ "$got" = "${size}x${size}" ] || fail "icon ${size}x${size}: $got"
done
[ -s "$share/icons/hicolor/scalable/apps/$id.svg" ] || fail "scalable icon missing"

for f in man/man1/paylink.1.gz man/man1/paylink-desk.1.gz doc/paylink-desk/changelog.gz; do
    gzip -t "$share/$f" || fail "$f is not valid gzip"
done
[ -s "$share/doc/paylink-desk/copyright" ] || fail "copyright missing"
for b in paylink paylink-desk; do
    [ -x "$stage/usr/bin/$b" ] || fail "/usr/bin/$b missing"
done

[ $status -eq 0 ] && echo "installed desktop files: all checks passed"
exit $status
