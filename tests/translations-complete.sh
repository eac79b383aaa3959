#!/usr/bin/env bash
# Every shipped language is complete: lrelease reports 0 unfinished strings.
# Usage: tests/translations-complete.sh LRELEASE TS_FILE...   (a CTest test)
set -euo pipefail
lrelease="$1"
shift
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
status=0
for ts in "$@"; do
    report="$("$lrelease" "$ts" -qm "$out" 2>&1)"
    echo "$(basename "$ts"): $report"
    echo "$report" | grep -q ' 0 unfinished' || status=1
    echo "$report" | grep -qi 'warning\|error' && status=1
done
exit $status
