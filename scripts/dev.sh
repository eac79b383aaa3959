#!/usr/bin/env bash
# The README's two commands:
#   bash scripts/dev.sh run    install what is missing, build, start Paylink Desk
#   bash scripts/dev.sh test   install what is missing, build, run all tests
# Both are idempotent: a second run installs nothing and rebuilds only changes.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
build="${PAYLINK_BUILD_DIR:-$root/build}"
mode="${1:-}"
shift || true

case "$mode" in
run | test) ;;
*)
    echo "usage: bash scripts/dev.sh run|test [arguments for paylink-desk]" >&2
    exit 2
    ;;
esac

declare -a phase_names=()
declare -a phase_seconds=()
phase() { # phase NAME COMMAND...
    local name="$1" start end status=0
    shift
    echo "==> $name"
    start=$(date +%s)
    "$@" || status=$?
    end=$(date +%s)
    phase_names+=("$name")
    phase_seconds+=($((end - start)))
    echo "<== $name: $((end - start)) s"
    return $status
}
summary() {
    local i
    echo "---- phase times ----"
    for i in "${!phase_names[@]}"; do
        printf '%-14s %5d s\n' "${phase_names[$i]}" "${phase_seconds[$i]}"
    done
}
trap summary EXIT

wanted_packages() {
    local files=("$here/packages-build.txt")
    [ "$mode" = test ] && files+=("$here/packages-test.txt")
    grep -hv '^\s*#' "${files[@]}" | sed '/^\s*$/d'
}

install_packages() {
    local missing=() pkg
    for pkg in $(wanted_packages); do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$pkg")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        echo "all packages present"
        return 0
    fi
    echo "installing: ${missing[*]}"
    if [ "$(id -u)" -ne 0 ]; then
        echo "run as root (or install the packages above by hand)" >&2
        return 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    if [ ! -f "$build/CMakeCache.txt" ]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$build" -j "$(nproc)"
}

format_check() {
    local files
    mapfile -t files < <(cd "$root" && git ls-files '*.cpp' '*.h' 2>/dev/null \
        || find app model ui tests -name '*.cpp' -o -name '*.h')
    (cd "$root" && clang-format --dry-run -Werror "${files[@]}")
}

run_tests() {
    (cd "$build" && ctest --output-on-failure -j 2 --timeout 900)
}

phase packages install_packages
phase build configure_and_build

if [ "$mode" = run ]; then
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "No display found: starting offscreen (QT_QPA_PLATFORM=offscreen)."
        export QT_QPA_PLATFORM=offscreen
    fi
    trap - EXIT
    summary
    exec "$build/app/paylink-desk" "$@"
fi

# The instrumented build (CMakePresets.json "asan", clang 14): the unit,
# integration and CLI tests under ASan and UBSan, then every fuzz target for
# 60 s, two at a time. PAYLINK_QUICK=1 skips both (for a fast local loop).
sanitizer_tests() {
    (cd "$root" && cmake --preset asan >/dev/null && cmake --build --preset asan -j "$(nproc)" \
        && ctest --preset asan)
}

fuzz_targets() {
    local seconds="${PAYLINK_FUZZ_SECONDS:-60}" dir="$root/build-asan/tests/fuzz" status=0
    local targets=(csv bitrix24 paybylink qr weblink) pids=() names=() i
    run_one() { # run_one TARGET: its own working corpus (seeds copied in), a log
        local t="$1" work="$dir/work-$1"
        rm -rf "$work" && mkdir -p "$work/corpus" "$work/crashes"
        cp "$root/tests/fuzz/corpus/$t/"* "$work/corpus/"
        (cd "$work" && "$dir/fuzz_$t" -max_total_time="$seconds" -print_final_stats=1 \
            -artifact_prefix="$work/crashes/" corpus >"$work/log" 2>&1)
    }
    for ((i = 0; i < ${#targets[@]}; i += 2)); do
        pids=() names=()
        for t in "${targets[@]:i:2}"; do
            run_one "$t" &
            pids+=($!) names+=("$t")
        done
        for j in "${!pids[@]}"; do
            if wait "${pids[$j]}"; then
                printf 'fuzz_%-10s %s\n' "${names[$j]}" \
                    "$(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$dir/work-${names[$j]}/log" | tr -s ' ')"
            else
                echo "fuzz_${names[$j]} FOUND A PROBLEM; input kept in $dir/work-${names[$j]}/crashes/:"
                tail -40 "$dir/work-${names[$j]}/log"
                status=1
            fi
        done
    done
    return $status
}

# The Debian package (cpack -G DEB), checked by lintian (no errors allowed;
# the warnings are listed), then installed into a clean Debian 12 root by
# packaging/test-install.sh. PAYLINK_QUICK=1 skips both too.
package_deb() {
    rm -f "$build"/paylink-desk_*.deb
    (cd "$build" && cpack -G DEB >cpack.log 2>&1) || { tail -30 "$build/cpack.log"; return 1; }
    local deb
    deb="$(ls "$build"/paylink-desk_*.deb)"
    echo "built $deb ($(du -h "$deb" | cut -f1))"
    lintian --fail-on error --display-info "$deb"
}

install_test() {
    bash "$root/packaging/test-install.sh" "$(ls "$build"/paylink-desk_*.deb)"
}

phase format format_check
phase tests run_tests
if [ "${PAYLINK_QUICK:-0}" != 1 ]; then
    phase sanitizers sanitizer_tests
    phase fuzzing fuzz_targets
    phase package package_deb
    phase "install test" install_test
fi
