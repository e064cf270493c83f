#!/usr/bin/env bash
# A wiki page edited many times (10,000 by default): how the history, old revisions, diffs and the
# page itself hold up, and what the revisions cost in the database. Runs against a stack started
# with `GUILDHALL_DB=postgres ./guildhall run` (demo data: Alice owns Cloud Platform Community).
#
#   bench/wiki.sh [revisions]
#   GUILDHALL_BENCH_WIKI_PAGE=slug bench/wiki.sh [revisions]    (measure a page written by an earlier run)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
REVISIONS=${1:-10000}
BASE=${GUILDHALL_BENCH_URL:-http://localhost:8080}
NETWORK=${GUILDHALL_BENCH_NETWORK:-cloud-platform-community}
PG_DATABASE=${GUILDHALL_PG_DATABASE:-guildhall}
TITLE="Edited ${REVISIONS} times $(date +%s)"

if [ -n "${GUILDHALL_BENCH_WIKI_PAGE:-}" ]; then
  SLUG=$GUILDHALL_BENCH_WIKI_PAGE
else
echo "Writing one page ${REVISIONS} times (a 4 KB page, one line changed per save)..."
start=$(date +%s)
SLUG=$(python3 - "$BASE" "$NETWORK" "$TITLE" "$REVISIONS" "$(bench_token alice)" "$KEYCLOAK" <<'PY'
import http.client, json, sys, time, urllib.parse, urllib.request
base, network, title, revisions, token, keycloak = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5], sys.argv[6]
url = urllib.parse.urlparse(base)
conn = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=30)
issued = time.time()
def headers():
    global token, issued
    if time.time() - issued > 240:  # tokens live 5 minutes
        data = urllib.parse.urlencode({"grant_type": "password", "client_id": "guildhall-tests", "username": "alice",
                                       "password": "guildhall"}).encode()
        token = json.load(urllib.request.urlopen(keycloak + "/realms/guildhall/protocol/openid-connect/token", data))["access_token"]
        issued = time.time()
    return {"Authorization": "Bearer " + token, "Content-Type": "application/json", "Accept": "application/json"}
lines = ["Line %d of the runbook: check the %s before the next step." % (i, "dashboard") for i in range(60)]
def call(method, path, body):
    conn.request(method, path, json.dumps(body), headers())
    r = conn.getresponse(); data = r.read()
    if r.status >= 300:
        sys.exit("%s %s -> %d %s" % (method, path, r.status, data[:300]))
    return json.loads(data)
wiki = "/api/v1/networks/%s/wiki/pages" % network
page = call("POST", wiki, {"title": title, "body": "\n".join(lines)})
slug = page["slug"]
for n in range(2, revisions + 1):
    lines[n % 60] = "Line %d, revised in revision %d: check the dashboard and the error budget." % (n % 60, n)
    call("PUT", "%s/%s" % (wiki, slug), {"title": title, "body": "\n".join(lines), "baseRevision": n - 1,
                                          "summary": "revision %d" % n, "minor": n % 5 == 0})
print(slug)
PY
)
echo "  ${REVISIONS} saves in $(( $(date +%s) - start )) s: /networks/${NETWORK}/wiki/${SLUG}"
fi

psql -h 127.0.0.1 -U postgres -d "$PG_DATABASE" -At -F ' | ' -c "
  select 'wiki_revision rows', count(*)::text from wiki_revision r join wiki_page p on p.id = r.page_id where p.slug = '${SLUG}'
  union all select 'wiki_revision table with TOAST and indexes', pg_size_pretty(pg_total_relation_size('wiki_revision'))
  union all select 'text of every revision, uncompressed', pg_size_pretty(sum(octet_length(r.body))::bigint)
    from wiki_revision r join wiki_page p on p.id = r.page_id where p.slug = '${SLUG}'
  union all select 'stored size of those bodies', pg_size_pretty(sum(pg_column_size(r.body))::bigint)
    from wiki_revision r join wiki_page p on p.id = r.page_id where p.slug = '${SLUG}'"

PAGE="$BASE/networks/${NETWORK}/wiki/${SLUG}"
BENCH_USER=bob
for scenario in "page|$PAGE" "history, newest|$PAGE/history" "history, page 150 of 200|$PAGE/history?page=150" \
                "revision 5000|$PAGE/revisions/$(( REVISIONS / 2 ))" "diff of the first and the last|$PAGE/diff?from=1&to=${REVISIONS}" \
                "wiki search|$BASE/networks/${NETWORK}/wiki/-/search?q=runbook+dashboard"; do
  label=${scenario%%|*}; url=${scenario#*|}
  bench_open "$label" --header 'Accept: text/html' "$url"
  bench_closed "$label" --header 'Accept: text/html' "$url"
done
bench_table "$BENCH_RESULTS"
