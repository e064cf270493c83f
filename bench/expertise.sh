#!/usr/bin/env bash
# Expertise quality: how well expert search and the hidden-talent view find planted experts, next to
# two baselines on the same data (declared skills only; counting the skill's name in content). Runs
# against a stack started with `./guildhall run`.
#
#   bench/expertise.sh [seed]                  (default 7)
#   EXPERTISE_SKIP_IMPORT=1 bench/expertise.sh (score what is already imported)
#
# 1. Generates the organisation once per seed into .guildhall/seed/expertise-<seed>/
#    (bench/expertise/generate.py: ~1,500 people, 24 skills with planted experts, ~8,000 posts and comments).
# 2. Imports the HR directory, then the content, with ./guildhall import (idempotent: a second run
#    changes nothing), and waits until search has caught up (GET /api/v1/admin/outbox).
# 3. Has every skill's vocabulary learned (POST /api/v1/admin/expertise/vocabulary as olivia) and waits
#    for the job (at most 10 minutes), then for search again.
# 4. Scores expert search as alice and the hidden-talent view as hana (HR) with bench/expertise/evaluate.py:
#    P@5, nDCG@10 and hidden-talent recall@10 per method, and per skill for Guildhall.
#    Targets: P@5 >= 0.8 and hidden-talent recall@10 >= 0.8. Report on stdout and in
#    .guildhall/expertise-results.md.
#
# Environment: GUILDHALL_BENCH_URL (http://localhost:8080), KEYCLOAK and GUILDHALL_DEMO_PASSWORD (bench/lib.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

SEED=${1:-7}
BASE=${GUILDHALL_BENCH_URL:-http://localhost:8080}
DIR=.guildhall/seed/expertise-$SEED
RESULTS=.guildhall/expertise-results.md
VOCABULARY=/api/v1/admin/expertise/vocabulary

say() { printf '\033[1m==>\033[0m %s\n' "$*"; }
die() { printf 'bench/expertise.sh: %s\n' "$*" >&2; exit 1; }

# field NAME < JSON -> a top-level field of a JSON object ("" when absent or null).
field() { python3 -c 'import json, sys; v = json.load(sys.stdin).get(sys.argv[1]); print("" if v is None else v)' "$1"; }

# admin METHOD PATH -> the answer's body, as olivia (a fresh token each time: tokens live 5 minutes).
admin() {
  local token
  token=$(bench_token olivia) || return 1
  curl -fsS -X "$1" -H "Authorization: Bearer $token" -H 'Accept: application/json' "$BASE$2"
}

wait_for_search() {
  local pending deadline=$((SECONDS + 600))
  while :; do
    pending=$(admin GET /api/v1/admin/outbox | field pending) || die "cannot read $BASE/api/v1/admin/outbox as olivia"
    [ "${pending:-0}" -gt 0 ] || return 0
    [ $SECONDS -lt $deadline ] || die "search still has $pending changes to index after 10 minutes"
    printf '  search: %s changes still to index\n' "$pending"
    sleep 5
  done
}

if [ ! -f "$DIR/truth.json" ]; then  # truth.json is written last: its presence means a complete dataset
  say "Generating the expertise organisation (seed $SEED) in $DIR"
  python3 bench/expertise/generate.py --out "$DIR" --seed "$SEED"
fi

if [ "${EXPERTISE_SKIP_IMPORT:-0}" != 1 ]; then
  ./guildhall import "$DIR/hr-directory.csv"
  ./guildhall import "$DIR/content.jsonl"
fi
wait_for_search

say "Learning every skill's vocabulary"
job=$(admin POST "$VOCABULARY") || die "the app refused to learn the vocabulary (POST $BASE$VOCABULARY as olivia)"
deadline=$((SECONDS + 600))
while :; do
  state=$(printf '%s' "$job" | field state | tr '[:lower:]' '[:upper:]')
  printf '  job %s %-8s %s / %s\n' "$(printf '%s' "$job" | field id)" "$state" \
    "$(printf '%s' "$job" | field done)" "$(printf '%s' "$job" | field total)"
  case $state in
    DONE) break ;;
    FAILED) die "learning the vocabulary failed: $job" ;;
  esac
  [ $SECONDS -lt $deadline ] || die "learning the vocabulary did not finish within 10 minutes"
  sleep 3
  job=$(admin GET "$VOCABULARY") || die "lost the app at $BASE (GET $VOCABULARY)"
done
wait_for_search

say "Scoring expert search (as alice) and the hidden-talent view (as hana)"
employee=$(bench_token alice) || die "no token for alice from $KEYCLOAK"
hr=$(bench_token hana) || die "no token for hana from $KEYCLOAK"
python3 bench/expertise/evaluate.py --truth "$DIR/truth.json" --base "$BASE" \
  --token-employee "$employee" --token-hr "$hr" --out "$RESULTS"
say "Report: $RESULTS"
