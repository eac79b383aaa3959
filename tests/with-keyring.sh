#!/bin/sh
# Runs one test program inside its own D-Bus session with a freshly created,
# unlocked GNOME Keyring under a private HOME, so keychain tests use a real
# Secret Service and never the developer's own keychain.
# Usage: with-keyring.sh PROGRAM [ARGS...]
set -eu

root=$(mktemp -d "${TMPDIR:-/tmp}/paylink-keyring.XXXXXX")
trap 'rm -rf "$root"' EXIT INT TERM

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring.sh: $tool is missing (install dbus-daemon and gnome-keyring)" >&2
        exit 1
    fi
done

mkdir -p "$root/home" "$root/runtime"
chmod 700 "$root/runtime"

status=0
HOME="$root/home" XDG_DATA_HOME="$root/home/.local/share" XDG_RUNTIME_DIR="$root/runtime" \
PAYLINK_TEST_KEYRING=1 dbus-run-session -- sh -c '
    printf "%s" "test-keyring-login" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' with-keyring "$@" || status=$?

# The daemon leaves with the session bus; make sure nothing of ours lingers.
pkill -f "gnome-keyring-daemon.*$root" 2>/dev/null || true
exit "$status"
