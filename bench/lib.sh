# Helpers for benchmark scripts, on top of bench/Load.java (JDK 17 only). Source it, e.g.:
#
#   . "$(dirname "$0")/lib.sh"
#   BENCH_USER=sam                                   # fresh Keycloak token before every run
#   bench_closed "home page" http://localhost:8080/
#   bench_open   "home page" http://localhost:8080/
#   bench_open   "post search" --header 'Accept: application/json' "$BASE/api/v1/posts?q=a" "$BASE/api/v1/posts?q=b"
#   bench_table  "$BENCH_RESULTS"
#
# Anything after the label goes to Load.java as is: options (--header, --method, --body-file, ...)
# and targets (URL, METHOD:URL, METHOD:URL@bodyfile), used round-robin.
#
# Environment (default):
#   KEYCLOAK            Keycloak base URL (http://localhost:8180, or $GUILDHALL_BENCH_KEYCLOAK)
#   BENCH_USER          if set, a token for this user is fetched before every run (tokens live 5 min)
#   BENCH_TOKEN         otherwise, a token to send as "Authorization: Bearer ..." (none if empty)
#   BENCH_DURATION      measured time per run (20s)      BENCH_WARMUP       unmeasured warm-up (5s)
#   BENCH_CONNECTIONS   closed-loop connections (50)     BENCH_RATE         open-loop requests/s (50)
#   BENCH_RESULTS       file the RESULT lines are appended to (a new temporary file)
#   BENCH_JAVA_OPTS     JVM options of the load generator (-XX:+UseSerialGC -Xmx256m)

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
KEYCLOAK=${KEYCLOAK:-${GUILDHALL_BENCH_KEYCLOAK:-http://localhost:8180}}
BENCH_DURATION=${BENCH_DURATION:-20s}
BENCH_WARMUP=${BENCH_WARMUP:-5s}
BENCH_CONNECTIONS=${BENCH_CONNECTIONS:-50}
BENCH_RATE=${BENCH_RATE:-50}
BENCH_RESULTS=${BENCH_RESULTS:-$(mktemp "${TMPDIR:-/tmp}/bench-results.XXXXXX")}
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:--XX:+UseSerialGC -Xmx256m}

# bench_token USER -> prints an access token for USER (password grant, client guildhall-tests).
bench_token() {
  local json token
  json=$(curl -fsS -d grant_type=password -d client_id=guildhall-tests -d username="$1" \
    -d password="${GUILDHALL_DEMO_PASSWORD:-guildhall}" \
    "$KEYCLOAK/realms/guildhall/protocol/openid-connect/token") || return 1
  token=$(printf '%s' "$json" | sed -nE 's/.*"access_token"[[:space:]]*:[[:space:]]*"([^"]+)".*/\1/p')
  [ -n "$token" ] || { echo "bench_token: no access_token for $1 in: $json" >&2; return 1; }
  printf '%s\n' "$token"
}

# _bench_run MODE LABEL [options] TARGET... : one Load.java run; prints its output and appends
# its RESULT line to $BENCH_RESULTS. Returns Load.java's status (2 = bad usage).
_bench_run() {
  local mode=$1 label=$2 out rc=0 auth=()
  shift 2
  if [ -n "${BENCH_USER:-}" ]; then BENCH_TOKEN=$(bench_token "$BENCH_USER") || return 1; fi
  [ -n "${BENCH_TOKEN:-}" ] && auth=(--header "Authorization: Bearer $BENCH_TOKEN")
  # shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of JVM options
  out=$(java $BENCH_JAVA_OPTS "$BENCH_DIR/Load.java" --mode "$mode" --name "$label" \
    --connections "$BENCH_CONNECTIONS" --rate "$BENCH_RATE" \
    --duration "$BENCH_DURATION" --warmup "$BENCH_WARMUP" ${auth[@]+"${auth[@]}"} "$@") || rc=$?
  [ -n "$out" ] && printf '%s\n' "$out"
  printf '%s\n' "$out" | grep '^RESULT ' >>"$BENCH_RESULTS" || true
  return "$rc"
}

# bench_closed LABEL [options] TARGET... : closed loop, $BENCH_CONNECTIONS back-to-back workers.
bench_closed() { _bench_run closed "$@"; }

# bench_open LABEL [options] TARGET... : open loop, $BENCH_RATE requests/s on a fixed schedule,
# latency from the scheduled send time.
bench_open() { _bench_run open "$@"; }

# bench_table FILE : Markdown table of the RESULT lines in FILE, one row per label (in order of
# first appearance; '_' in labels shown as spaces). "errors" adds failed requests and non-2xx/3xx
# responses of all its runs; a label's later run of the same mode replaces the earlier figures.
bench_table() {
  awk '
    /^RESULT / {
      split("", f)
      for (i = 2; i <= NF; i++) { eq = index($i, "="); f[substr($i, 1, eq - 1)] = substr($i, eq + 1) }
      n = f["name"]
      if (!(n in seen)) { seen[n] = 1; order[++rows] = n }
      if (f["mode"] == "closed") { crps[n] = f["rps"]; cp95[n] = f["p95"] }
      else { o50[n] = f["p50"]; o95[n] = f["p95"]; o99[n] = f["p99"] }
      err[n] += f["errors"] + f["non2xx"]
    }
    function v(x) { return x == "" ? "-" : x }
    END {
      print "| scenario | closed rps | closed p95 (ms) | open p50 (ms) | open p95 (ms) | open p99 (ms) | errors |"
      print "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
      for (r = 1; r <= rows; r++) {
        n = order[r]; label = n; gsub(/_/, " ", label)
        printf "| %s | %s | %s | %s | %s | %s | %d |\n", label, v(crps[n]), v(cp95[n]), v(o50[n]), v(o95[n]), v(o99[n]), err[n]
      }
    }' "$1"
}
