#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CTest fixture cleanup: stops the server pg_start.sh started and deletes its data.
set -uo pipefail
state=${1:?usage: pg_stop.sh STATE_DIR}
[ -f "$state/datadir" ] || exit 0
data=$(cat "$state/datadir")
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
if [ -d "$data/db" ] && [ -n "$bindir" ]; then
    as_server=()
    [ "$(id -u)" = 0 ] && as_server=(runuser -u postgres --)
    "${as_server[@]}" "$bindir/pg_ctl" -D "$data/db" -m fast -w -t 30 stop >/dev/null 2>&1 \
        || "${as_server[@]}" "$bindir/pg_ctl" -D "$data/db" -m immediate -w stop >/dev/null 2>&1 || true
fi
case "$data" in */lectern-pg.*) rm -rf "$data" ;; esac
rm -f "$state/datadir" "$state/connection"
echo "pg_stop: stopped and removed $data"
