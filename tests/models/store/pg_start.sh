#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CTest fixture: starts a throwaway PostgreSQL server on 127.0.0.1, on a free
# port, with its data in a fresh temporary folder, and writes
# "host port user" to STATE/connection for the store tests. pg_stop.sh stops
# it and deletes the folder. initdb refuses root, so as root the server runs
# as the postgres user.
set -euo pipefail
state=${1:?usage: pg_start.sh STATE_DIR}
here=$(cd "$(dirname "$0")" && pwd)
bash "$here/pg_stop.sh" "$state" || true
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "pg_start: no PostgreSQL server found (Debian package postgresql, see packaging/build-deps.txt)" >&2
    exit 1
fi
mkdir -p "$state"
data=$(mktemp -d "${TMPDIR:-/tmp}/lectern-pg.XXXXXX")
echo "$data" >"$state/datadir"
as_server=()
if [ "$(id -u)" = 0 ]; then
    chown postgres: "$data"
    as_server=(runuser -u postgres --)
fi
"${as_server[@]}" "$bindir/initdb" -D "$data/db" -U lectern -A trust -E UTF8 --no-sync >"$state/initdb.log" 2>&1 \
    || { cat "$state/initdb.log" >&2; exit 1; }
for attempt in $(seq 1 20); do
    port=$((20000 + RANDOM % 30000))
    if "${as_server[@]}" "$bindir/pg_ctl" -D "$data/db" -l "$data/server.log" -w -t 30 \
        -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null; then
        echo "127.0.0.1 $port lectern" >"$state/connection"
        echo "pg_start: PostgreSQL on 127.0.0.1:$port, data in $data"
        exit 0
    fi
    echo "pg_start: port $port did not work (attempt $attempt); trying another" >&2
done
cat "$data/server.log" >&2 || true
exit 1
