#!/usr/bin/env bash
# Starts the local PostgreSQL cluster the tracking store's contract tests run against and prints the connection
# string to export as LEGALREVIEW_TEST_POSTGRES. Idempotent: safe to run when the cluster already runs, and creates
# the cluster when the postgresql package is installed but no cluster exists (a fresh machine).
set -euo pipefail

PG_PORT="${PG_PORT:-5432}"
PG_CLUSTER="${PG_CLUSTER:-main}"
PG_DB="${PG_DB:-legalreview_test}"
PG_PASSWORD="${PG_PASSWORD:-postgres}"

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

PG_VERSION="${PG_VERSION:-$(ls /usr/lib/postgresql | sort -V | tail -n 1)}"

if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "${PG_VERSION} ${PG_CLUSTER}"; then
  pg_createcluster "${PG_VERSION}" "${PG_CLUSTER}" --port "${PG_PORT}" >/dev/null
fi

if ! pg_lsclusters -h | awk -v v="${PG_VERSION}" -v c="${PG_CLUSTER}" '$1==v && $2==c {print $4}' | grep -qx online; then
  pg_ctlcluster "${PG_VERSION}" "${PG_CLUSTER}" start
fi

for _ in $(seq 1 30); do
  if su postgres -c "pg_isready -q -p ${PG_PORT}"; then
    break
  fi
  sleep 1
done

su postgres -c "psql -q -p ${PG_PORT} -c \"ALTER USER postgres PASSWORD '${PG_PASSWORD}'\""
if ! su postgres -c "psql -tA -p ${PG_PORT} -c \"SELECT 1 FROM pg_database WHERE datname = '${PG_DB}'\"" | grep -qx 1; then
  su postgres -c "createdb -p ${PG_PORT} ${PG_DB}"
fi

echo "Host=127.0.0.1;Port=${PG_PORT};Username=postgres;Password=${PG_PASSWORD};Database=${PG_DB}"
