#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The install test, run on the host by scripts/test after the release build:
# makes the Debian package and the source tarball in build/release, checks the
# tarball against git, then installs the package with apt into a throwaway
# copy of a clean Debian 13 root and runs both programs from it.
#
# The clean root is made once with debootstrap (like the build root, by
# scripts/devroot's own functions) and kept in LECTERN_PKGTEST_ROOT (default
# /var/tmp/lectern-pkgtest-root); it is made anew after a week so its package
# lists stay current. The package is never installed into it, only into a
# copy that is deleted afterwards. Downloaded .debs are kept beside it.
set -euo pipefail
# shellcheck source=../devroot
source "$(dirname "${BASH_SOURCE[0]}")/../devroot"

pristine=${LECTERN_PKGTEST_ROOT:-/var/tmp/lectern-pkgtest-root}
debs=$pristine.debs
build=$repo/build/release
cd "$repo"
step() { printf '== package: %s\n' "$*"; }
started=$SECONDS

[ "$(id -u)" -eq 0 ] || die "the install test makes a Debian root and so needs root"

step "cpack: the Debian package and the source tarball"
"$self" run bash -c 'cd build/release && rm -f lectern_*.deb lectern-*.tar.gz &&
    nice -n 10 cpack -G DEB >/dev/null && cpack --config CPackSourceConfig.cmake >/dev/null &&
    dpkg-deb -I lectern_*.deb | grep -E "^ (Package|Version|Installed-Size|Depends|Recommends):"'
deb=$(cd "$build" && ls lectern_*.deb)
tarball=$(cd "$build" && ls lectern-*.tar.gz)
printf '%s: %s bytes; %s: %s bytes\n' "$deb" "$(stat -c %s "$build/$deb")" "$tarball" "$(stat -c %s "$build/$tarball")"

# Cheaper than building the unpacked tarball (docs/packaging.md records that
# once): every tracked file is in it, and nothing the ignore list names.
step "source tarball against git ls-files"
if git -C "$repo" rev-parse --git-dir >/dev/null 2>&1; then
    missing=$(comm -23 <(git -C "$repo" ls-files | sort) \
        <(tar tzf "$build/$tarball" | sed 's|^[^/]*/||; /\/$/d; /^$/d' | sort))
    [ -z "$missing" ] || die "tracked files missing from $tarball: $missing"
    stray=$(tar tzf "$build/$tarball" | grep -E '/(build|\.git|\.fuzz|\.cache)/|/\.devcorpus\.|\.lectern\.sqlite' || true)
    [ -z "$stray" ] || die "$tarball holds files it should not: $stray"
    echo "every tracked file is in $tarball, and no build output or scratch file"
else
    echo "not a git checkout: skipped"
fi

step "clean Debian 13 root in $pristine"
pristine_stale() {
    [ ! -f "$pristine/.lectern-pkgtest-complete" ] || [ -n "$(find "$pristine/.lectern-pkgtest-complete" -mtime +7)" ]
}
# Shared while the root is only copied; exclusive only to make it anew.
exec 9>>"$pristine.lock"
flock -s 9
if pristine_stale; then
    flock -u 9
    flock -x 9
fi
if pristine_stale; then
    ensure_debootstrap
    root=$pristine.partial
    undo_stale_mounts
    rm -rf "$root" "$pristine"
    echo "making it with debootstrap --variant=minbase (a few minutes, once a week)"
    bootstrap_into "$root" "$pristine.log"
    enter_root / bash -c 'apt-get update -qq'
    touch "$root/.lectern-pkgtest-complete"
    mv "$root" "$pristine"
else
    echo "reusing it (made $(date -r "$pristine/.lectern-pkgtest-complete" -u '+%F %H:%M UTC'))"
fi
flock -s 9

root=$(mktemp -d /var/tmp/lectern-pkgtest.XXXXXX)
trap 'undo_stale_mounts; rm -rf "$root"' EXIT
step "installing $deb into a copy of it ($root)"
cp -a "$pristine/." "$root/"
mkdir -p "$debs"
cp -a "$debs/." "$root/var/cache/apt/archives/" 2>/dev/null || true

enter_root "$build" bash -c '
    set -euo pipefail
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq --no-install-recommends "./$1" >/tmp/apt.log 2>&1 || { tail -n 30 /tmp/apt.log; exit 1; }
    echo "installed: $(dpkg-query -W -f "\${Package} \${Version}" lectern)"
    cd /
    sample=/usr/share/lectern/samples/newsroom
    echo "\$ lectern-cli --version"; lectern-cli --version
    echo "\$ lectern-cli info $sample/bundle.json"; lectern-cli info "$sample/bundle.json"
    echo "\$ QT_QPA_PLATFORM=offscreen lectern --screenshot /tmp/shot.png $sample/bundle.json"
    QT_QPA_PLATFORM=offscreen lectern --screenshot /tmp/shot.png "$sample/bundle.json"
    size=$(stat -c %s /tmp/shot.png)
    [ "$(head -c 8 /tmp/shot.png | od -An -tx1 | tr -d " \n")" = 89504e470d0a1a0a ] || { echo "not a PNG"; exit 1; }
    [ "$size" -gt 20000 ] || { echo "the screenshot is only $size bytes"; exit 1; }
    cp /tmp/shot.png "$2/package-test-shot.png"
    echo "screenshot: a PNG of $size bytes (copied to build/release/package-test-shot.png)"
    for page in lectern lectern-cli; do [ -s /usr/share/man/man1/$page.1.gz ] || { echo "no man page for $page"; exit 1; }; done
    echo "man pages: lectern(1), lectern-cli(1)"
' _ "$deb" "$build"
cp -a "$root/var/cache/apt/archives/." "$debs/" 2>/dev/null || true
rm -rf "$debs/partial" "$debs/lock"
step "passed in $((SECONDS - started)) s"
