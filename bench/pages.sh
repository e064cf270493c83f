#!/usr/bin/env bash
# Server-time benchmark for the budgets in DESIGN.md (p95 <= 50 ms for a page, <= 100 ms for a
# search, at 50 concurrent users). Runs against a stack started with `./guildhall run` (demo data),
# loopback only, for a bounded time per scenario.
#
#   bench/pages.sh [seconds-per-scenario]        (needs wrk: apt-get install wrk)
set -euo pipefail
SECONDS_EACH=${1:-20}
BASE=${GUILDHALL_BENCH_URL:-http://localhost:8080}
KEYCLOAK=${GUILDHALL_BENCH_KEYCLOAK:-http://localhost:8180}
USER_NAME=${GUILDHALL_BENCH_USER:-sam}

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
token=$(curl -fsS -d grant_type=password -d client_id=guildhall-tests \
  -d username="$USER_NAME" -d password="${GUILDHALL_DEMO_PASSWORD:-guildhall}" \
  "$KEYCLOAK/realms/guildhall/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
# Tokens live 5 minutes: keep each scenario shorter than that.
scripts=$(mktemp -d)
trap 'rm -rf "$scripts"' EXIT

script_for() { # accept header -> a wrk Lua script that authenticates and reports percentiles
  local file="$scripts/$(echo "$1" | tr -c 'a-z' '_').lua"
  cat >"$file" <<LUA
wrk.headers["Authorization"] = "Bearer $token"
wrk.headers["Accept"] = "$1"
done = function(summary, latency, requests)
  io.write(string.format("  requests %d, errors %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
LUA
  echo "$file"
}

run() { # name path [accept]
  echo "$1  ($2)"
  wrk -t2 -c50 -d"${SECONDS_EACH}s" -s "$(script_for "${3:-text/html}")" "$BASE$2" | grep -E '^  requests|Non-2xx' || true
}

run "home page" "/"
run "network directory" "/networks"
run "network home" "/networks/machine-learning-guild"
run "membership directory" "/networks/machine-learning-guild/members"
run "people search" "/people?q=research"
run "network search (API)" "/api/v1/networks?q=learning" "application/json"
