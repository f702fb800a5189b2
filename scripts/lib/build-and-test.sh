#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs inside the build environment: configure, build and test each preset.
# Usage: build-and-test.sh "PRESET [PRESET...]" [CTEST ARGS...]
set -euo pipefail
presets=$1
shift
export QT_QPA_PLATFORM=offscreen
status=0
for preset in $presets; do
    echo "== $preset: configure"
    cmake --preset "$preset" >/dev/null
    echo "== $preset: build"
    cmake --build --preset "$preset"
    echo "== $preset: test"
    ctest --preset "$preset" "$@" || status=1
done
exit $status
