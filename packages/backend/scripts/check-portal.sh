#!/usr/bin/env bash
# Installs the portal built by build-portal.sh the way a server would (production dependencies
# only), starts it in production on a fresh PostgreSQL database and checks that it serves the
# Overlevering API, the app and the Microsoft sign-in, and no demo sign-in. Cleans up after
# itself, also on failure.
#
#   packages/backend/scripts/check-portal.sh [portal-dir]   (default: dist/portal)
#
# PostgreSQL from BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING (default
# postgresql://postgres@127.0.0.1:5432); the backend listens on PORTAL_CHECK_PORT (7103).
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
portal="$(cd "${1:-$root/dist/portal}" && pwd)"
pg="${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-postgresql://postgres@127.0.0.1:5432}"
port="${PORTAL_CHECK_PORT:-7103}"
base="http://localhost:$port"
db="overlevering_portal_check_$$"

step() { printf '== %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"; }
fail() { echo "FAILED: $*" >&2; tail -40 "$log" >&2 || true; exit 1; }

step "npm ci --omit=dev in $portal"
(cd "$portal" && npm ci --omit=dev --workspace backend --no-audit --no-fund >/dev/null)

log="$(mktemp)"
override="$(mktemp --suffix=.json)"
pid=""
cleanup() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  psql "$pg/postgres" -qc "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1 || true
  rm -f "$log" "$override"
}
trap cleanup EXIT

step "database $db"
psql "$pg/postgres" -qc "CREATE DATABASE \"$db\""
host=$(node -e 'console.log(new URL(process.argv[1]).hostname)' "$pg")
pgport=$(node -e 'console.log(new URL(process.argv[1]).port || 5432)' "$pg")
user=$(node -e 'console.log(decodeURIComponent(new URL(process.argv[1]).username) || "postgres")' "$pg")
password=$(node -e 'console.log(decodeURIComponent(new URL(process.argv[1]).password))' "$pg")
# One database with a schema per plugin, so that the check leaves nothing behind.
cat >"$override" <<JSON
{"backend": {"listen": {"port": $port},
  "database": {"pluginDivisionMode": "schema", "connection": {"database": "$db"}}}}
JSON

step "starting the packaged backend on $base"
(
  cd "$portal/packages/backend"
  exec env NODE_ENV=production APP_BASE_URL="$base" \
    POSTGRES_HOST="$host" POSTGRES_PORT="$pgport" POSTGRES_USER="$user" \
    POSTGRES_PASSWORD="$password" \
    AUTH_MICROSOFT_CLIENT_ID=check-client AUTH_MICROSOFT_CLIENT_SECRET=check-secret \
    AUTH_MICROSOFT_TENANT_ID=check-tenant \
    node . --config ../../app-config.yaml --config ../../app-config.production.yaml \
    --config "$override"
) >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 90); do
  curl -sf -m 3 "$base/.backstage/health/v1/readiness" >/dev/null && break
  kill -0 "$pid" 2>/dev/null || fail "the backend exited"
  sleep 1
done
curl -sf -m 3 "$base/.backstage/health/v1/readiness" >/dev/null || fail "not ready after 90 s"

step "checks"
[ "$(curl -s -m 10 "$base/api/overlevering/health")" = '{"status":"ok"}' ] ||
  fail "/api/overlevering/health"
curl -s -m 10 "$base/" | grep -q '<title>Overlevering til produksjon</title>' ||
  fail "the app's index.html at /"
curl -s -m 10 "$base/overlevering" | grep -q '<title>Overlevering til produksjon</title>' ||
  fail "the app's index.html at /overlevering"
location=$(curl -s -m 10 -o /dev/null -w '%{redirect_url}' "$base/api/auth/microsoft/start?env=production")
case "$location" in
  https://login.microsoftonline.com/check-tenant/oauth2/v2.0/authorize*client_id=check-client*) ;;
  *) fail "Microsoft sign-in redirects to '$location'" ;;
esac
status=$(curl -s -m 10 -o /dev/null -w '%{http_code}' -H 'x-overlevering-demo-user: kari.nordmann' \
  "$base/api/auth/demo/refresh")
[ "$status" = 404 ] || fail "the demo sign-in answered $status"
grep -q 'Database is PostgreSQL, using database store' "$log" ||
  fail "the events backend does not use the database as its bus"
echo "packaged portal OK: API, app, Microsoft sign-in, no demo sign-in, events bus on PostgreSQL"
