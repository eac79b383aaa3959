#!/usr/bin/env bash
# Proves that the .deb declares every dependency: a clean Debian 12 root
# (debootstrap, minbase), the package installed there with apt and without
# Recommends from bookworm, bookworm-updates and the security archive, then
# `paylink --version`, `paylink paybylink sign` of the PayByLink manual's
# vector, and `paylink-desk` started offscreen, up, and quit by SIGTERM.
# Usage (as root): packaging/test-install.sh path/to/paylink-desk_*.deb
# The base root and the downloaded packages are cached in
# $PAYLINK_INSTALL_CACHE (default /var/cache/paylink-desk/install-test), so a
# second run downloads only the package indexes.
set -euo pipefail
[ $# -eq 1 ] && [ -f "$1" ] || { echo "usage: $0 PACKAGE.deb" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "$0: needs root (debootstrap, chroot, mount)" >&2; exit 2; }
deb="$(realpath "$1")"
cache="${PAYLINK_INSTALL_CACHE:-/var/cache/paylink-desk/install-test}"
mirror="${PAYLINK_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
security="${PAYLINK_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}"
mkdir -p "$cache/debootstrap" "$cache/archives/partial"

step() { echo "--- $* ($(date +%T))"; }

base="$cache/bookworm-minbase.tar"
if [ ! -s "$base" ] || [ -n "$(find "$base" -mtime +7)" ]; then
    step "debootstrap bookworm (minbase) from $mirror"
    fresh="$(mktemp -d /var/tmp/paylink-debootstrap.XXXXXX)"
    debootstrap --variant=minbase --cache-dir="$cache/debootstrap" bookworm "$fresh" "$mirror" \
        >"$cache/debootstrap.log" 2>&1 || { tail -30 "$cache/debootstrap.log"; exit 1; }
    tar -C "$fresh" -cf "$base.new" . && mv "$base.new" "$base"
    rm -rf --one-file-system "$fresh"
fi

root="$(mktemp -d /var/tmp/paylink-install.XXXXXX)"
cleanup() {
    for m in "$root/var/cache/apt/archives" "$root/proc"; do
        mountpoint -q "$m" && umount "$m"
    done
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
step "clean root in $root"
tar -C "$root" -xf "$base"
cat >"$root/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security bookworm-security main
SOURCES
mount -t proc proc "$root/proc"
mount --bind "$cache/archives" "$root/var/cache/apt/archives"
cp "$deb" "$root/tmp/"
in_root() {
    chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

step "apt-get install --no-install-recommends ./$(basename "$deb")"
in_root apt-get -o APT::Sandbox::User=root update -qq
in_root apt-get -o APT::Sandbox::User=root install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" >/dev/null
in_root dpkg-query -W -f='${Package} ${Version} ${Status}\n' paylink-desk

step "paylink --version"
version="$(in_root paylink --version)"
echo "$version"
expected_version="$(dpkg-deb -f "$deb" Version)"
[[ "$version" == *"$expected_version"* ]] || { echo "FAIL: expected $expected_version"; exit 1; }

step "paylink paybylink sign (the manual's vector)"
printf 'T3st2016!\n' >"$root/tmp/password"
link="$(in_root paylink paybylink sign --entity-key 2b2b9bff-0c96-4f33-a20d-c831ac87e571 \
    --user Secretapiuser --password-file /tmp/password --mt CreatePaymentLinkMapping \
    --exu https://www.paybylink.com --eru https://www.paybylink.com/en/about-us/contact/ \
    --param L=nl-NL --param C=EUR --param A=28,50 --param Ex=2016-02-29 \
    --param Or=201601171959 --param Pn=Belastingaanslag --param G=M \
    --param 'N=Jan Bakker' --param M=jan@paybylink.com --param P=06-12345678)"
echo "$link"
[[ "$link" == *"&h=73B58BA21342A257B21A96394818B5C5E61071EE6205FF076AD4450631C2EB62" ]] \
    || { echo "FAIL: not the manual's hash"; exit 1; }

step "paylink-desk, offscreen"
log="$root/root/.local/share/paylinkdesk/paylink-desk/logs/paylink-desk.log"
chroot "$root" env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    paylink-desk >"$root/tmp/desk.out" 2>&1 &
desk=$!
for _ in $(seq 1 60); do
    grep -q 'started on' "$log" 2>/dev/null && break
    kill -0 "$desk" 2>/dev/null || break
    sleep 0.5
done
if ! grep -q 'started on' "$log" 2>/dev/null; then
    echo "FAIL: paylink-desk did not come up"
    cat "$root/tmp/desk.out" "$log" 2>/dev/null
    kill -9 "$desk" 2>/dev/null || true
    exit 1
fi
grep 'started on' "$log"
kill -TERM "$desk"
code=0
wait "$desk" || code=$?
grep -q 'Paylink Desk stopped' "$log" || { echo "FAIL: no clean stop in the log"; exit 1; }
[ $code -eq 0 ] || { echo "FAIL: paylink-desk exited with $code"; cat "$root/tmp/desk.out"; exit 1; }
echo "paylink-desk came up and quit cleanly (exit 0)"
echo "install test passed"
