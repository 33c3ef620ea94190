#!/bin/sh
# Installs what tests/distributed/test_postgres.py drives: Debian's PostgreSQL server (initdb,
# pg_ctl, postgres). The test starts its own throwaway cluster on a Unix socket; the cluster that
# the Debian package creates and starts is not used. Safe to rerun; quiet when nothing is to do.
set -eu

if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    run_as_root=""
elif command -v sudo >/dev/null 2>&1; then
    run_as_root="sudo"
else
    echo "install_postgres.sh: need root (or sudo) to apt-get install postgresql" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
$run_as_root apt-get update -qq
$run_as_root apt-get install -y -qq --no-install-recommends postgresql >/dev/null
ls /usr/lib/postgresql/*/bin/initdb
