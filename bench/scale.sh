#!/usr/bin/env bash
# The benchmark at scale (DESIGN.md budgets), against a stack started with
# `GUILDHALL_DB=postgres ./guildhall run` and filled with `./guildhall seed --scale large`.
#
#   bench/scale.sh [seconds-per-run]          (default 20; each scenario runs closed, then open)
#   BENCH_ONLY='typo|write' bench/scale.sh    (only the scenarios whose label matches)
#
# For every scenario: closed loop at 50 connections (throughput, p50/p95/p99) and open loop at a
# constant 50 requests/s (p50/p95/p99 measured from the scheduled send, so a slow answer cannot
# hide by lowering the rate), both with errors. Floors measured in the same run: a static file
# from the same WildFly, and each search query sent straight to Elasticsearch. WildFly's heap is
# sampled throughout (jstat). Prints a Markdown table for docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

BENCH_DURATION=${1:-20}s
BASE=${GUILDHALL_BENCH_URL:-http://localhost:8080}
ES=${GUILDHALL_BENCH_ES:-http://127.0.0.1:9200}
PREFIX=${GUILDHALL_ES_INDEX_PREFIX:-guildhall}
DB=${GUILDHALL_PG_DATABASE:-guildhall}
SOURCE=${GUILDHALL_BENCH_SOURCE:-seed-large}
MANIFEST=${GUILDHALL_BENCH_MANIFEST:-.guildhall/seed/large-42/manifest.json}
BENCH_RESULTS=$(mktemp "${TMPDIR:-/tmp}/scale-results.XXXXXX")
export BENCH_RESULTS BENCH_DURATION
sql() { psql -h 127.0.0.1 -U postgres -d "$DB" -tAq -c "$1"; }
manifest() { python3 -c "import json,sys; print(json.load(open('$MANIFEST'))$1)"; }
internal() { sql "select internal_id from import_key where source = '$SOURCE' and kind = '$1' and external_id = '$2'"; }

[ -f "$MANIFEST" ] || { echo "no $MANIFEST: run ./guildhall seed --scale large first" >&2; exit 1; }
big_network=$(sql "select slug from network where id = $(internal network "$(manifest "['bench']['bigNetwork']['id']")")")
busy_post=$(internal post "$(manifest "['bench']['busyPost']['id']")")
busy_question=$(internal question "$(manifest "['bench']['busyQuestion']['id']")")
busy_question_title=$(manifest "['bench']['busyQuestion']['title']")
person=$(manifest "['bench']['samplePerson']['username']")
common=$(manifest "['bench']['commonWord']")
rare=$(manifest "['bench']['rareWord']")
phrase=$(manifest "['bench']['phrase']")
typo=$(manifest "['bench']['typo']")
topic=$(sql "select topic from network_topic group by topic order by count(*) desc limit 1")
# The bench user is the dataset's busiest author, signed in through Keycloak like anyone: the
# account is created once (with the demo password), and its email finds the imported profile.
ensure_account() { # username email first-name last-name
  local admin realm="$KEYCLOAK/admin/realms/guildhall"
  admin=$(curl -fsS -d grant_type=password -d client_id=admin-cli -d username=admin \
    -d password="${GUILDHALL_KEYCLOAK_ADMIN_PASSWORD:-admin}" "$KEYCLOAK/realms/master/protocol/openid-connect/token" \
    | sed -nE 's/.*"access_token":"([^"]+)".*/\1/p')
  if ! curl -fsS -H "Authorization: Bearer $admin" "$realm/users?username=$1&exact=true" | grep -q '"id"'; then
    curl -fsS -o /dev/null -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -d "{\"username\":\"$1\",
      \"email\":\"$2\",\"emailVerified\":true,\"enabled\":true,\"firstName\":\"$3\",\"lastName\":\"$4\",
      \"credentials\":[{\"type\":\"password\",\"value\":\"${GUILDHALL_DEMO_PASSWORD:-guildhall}\",\"temporary\":false}]}" "$realm/users"
    local id role
    id=$(curl -fsS -H "Authorization: Bearer $admin" "$realm/users?username=$1&exact=true" | sed -nE 's/^\[\{"id":"([^"]+)".*/\1/p')
    role=$(curl -fsS -H "Authorization: Bearer $admin" "$realm/roles/employee")
    curl -fsS -o /dev/null -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -d "[$role]" \
      "$realm/users/$id/role-mappings/realm"
  fi
}
BENCH_USER=${GUILDHALL_BENCH_USER:-$person}
export BENCH_USER
name=$(manifest "['bench']['samplePerson']['name']")
ensure_account "$BENCH_USER" "$(manifest "['bench']['samplePerson']['email']")" "${name%% *}" "${name#* }"
curl -fsS -o /dev/null -H "Authorization: Bearer $(bench_token "$BENCH_USER")" "$BASE/api/v1/me"
enc() { python3 -c "import urllib.parse,sys; print(urllib.parse.quote(sys.argv[1]))" "$1"; }

echo "Dataset: $(sql "select count(*) from person") people, $(sql "select count(*) from network") networks," \
  "$(sql "select count(*) from post") posts, $(sql "select count(*) from post_comment") comments," \
  "$(sql "select count(*) from thanks") thanks; big network $big_network ($(sql "select member_count from network where slug = '$big_network'") members)," \
  "busy post $busy_post; bench user $BENCH_USER"

port=${BASE##*:}; port=${port%%/*}
wildfly_pid=$(pgrep -f "jboss-modules.jar.*jboss.http.port=$port" | head -1 || true)
heap_log=$(mktemp)
if [ -n "$wildfly_pid" ] && command -v jstat >/dev/null; then
  # Survivor, eden and old occupancy (KiB) every 2 s while the benchmark runs.
  jstat -gc "$wildfly_pid" 2000 >"$heap_log" 2>/dev/null &
  jstat_pid=$!
  trap 'kill $jstat_pid 2>/dev/null || true' EXIT
fi

# BENCH_ONLY=regex runs only the scenarios whose label matches (e.g. to re-measure after a fix).
wanted() { [ -z "${BENCH_ONLY:-}" ] || [[ $1 =~ $BENCH_ONLY ]]; }

both() { # label target...
  wanted "$1" || return 0
  bench_closed "$@"
  bench_open "$@"
}

html=(--header 'Accept: text/html')
json=(--header 'Accept: application/json')

echo "== floors"
BENCH_USER= BENCH_TOKEN= both "static file (floor)" "$BASE/static/flash.js"

# The bench user follows more than their networks, as a keen reader would: the big network, the
# commonest topic as a tag, and the five most prolific authors (idempotent: following twice is once).
follow() { curl -fsS -o /dev/null -H "Authorization: Bearer $(bench_token "$BENCH_USER")" -H 'Content-Type: application/json' \
  -d "{\"kind\":\"$1\",\"target\":\"$2\"}" "$BASE/api/v1/me/following"; }
follow network "$big_network"
follow tag "$topic"
for author in $(sql "select p.username from person p join post on post.author_id = p.id where p.username <> '$BENCH_USER'
                     group by p.username order by count(*) desc limit 5"); do
  follow person "$author"
done
echo "Bench user follows $(sql "select count(*) from follow f join person p on p.id = f.person_id where p.username = '$BENCH_USER'") things"

echo "== pages"
both "home" "${html[@]}" "$BASE/"
both "home stream, older page (JSON)" "${json[@]}" "$BASE/api/v1/me/stream?before=$(curl -fsS -H "Authorization: Bearer $(bench_token "$BENCH_USER")" "$BASE/api/v1/me/stream" | python3 -c 'import json,sys; print(json.load(sys.stdin)["next"])')"
both "notifications" "${html[@]}" "$BASE/notifications"
both "network directory (topic, by size)" "${html[@]}" "$BASE/networks?topic=$(enc "$topic")&sort=size"
both "network home" "${html[@]}" "$BASE/networks/$big_network"
both "member list (big network)" "${html[@]}" "$BASE/networks/$big_network/members"
both "latest posts" "${html[@]}" "$BASE/blog"
both "post with 200 comments" "${html[@]}" "$BASE/blog/posts/$busy_post"
both "question with 100 answers (first page of 30)" "${html[@]}" "$BASE/questions/$busy_question"
both "question with 2 answers" "${html[@]}" "$BASE/questions/$(sql "select id from question where answer_count = 2 and network_id is null order by id limit 1")"
both "questions, not solved yet" "${html[@]}" "$BASE/questions?state=unsolved"
both "profile" "${html[@]}" "$BASE/people/$person"

echo "== knowledge flow (figures computed once before the run; see docs/performance.md)"
if wanted "flow|connections|connected|department"; then
  curl -fsS -o /dev/null -H "Authorization: Bearer $(bench_token olivia)" -X POST "$BASE/api/v1/flow/runs" || true
  start=$(date +%s.%N)
  until curl -fsS -H "Authorization: Bearer $(bench_token olivia)" "$BASE/api/v1/flow" | grep -q '"asOf"' \
        && ! curl -fsS -H "Authorization: Bearer $(bench_token olivia)" "$BASE/api/v1/flow" | grep -q '"running":{'; do sleep 5; done
  echo "knowledge flow computed (or already there) after $(echo "$(date +%s.%N) - $start" | bc) s"
fi
stranger=$(sql "select p.username from person p where p.department is distinct from (select department from person where username = '$BENCH_USER')
                and p.left_at is null order by p.id desc limit 1")
both "person graph (connections), the busiest author" "${html[@]}" "$BASE/people/$BENCH_USER/connections"
both "person graph (JSON), the busiest author" "${json[@]}" "$BASE/api/v1/people/$BENCH_USER/connections"
both "person graph (connections), a colleague elsewhere" "${html[@]}" "$BASE/people/$stranger/connections"
both "how am I connected to someone in another department" "${html[@]}" "$BASE/people/$stranger/path"
both "department map (12 months)" "${html[@]}" "$BASE/flow/departments"
both "department map (JSON)" "${json[@]}" "$BASE/api/v1/flow/departments"
both "networks' reach" "${html[@]}" "$BASE/flow/networks"

echo "== moderation and health (as an administrator, who may see every network's)"
curl -fsS -o /dev/null -H "Authorization: Bearer $(bench_token olivia)" "$BASE/api/v1/me"
if wanted "company health"; then
  start=$(date +%s.%N)
  curl -fsS -X POST -H "Authorization: Bearer $(bench_token olivia)" "$BASE/api/v1/admin/health/recompute"
  echo " (health snapshots of every network recomputed in $(python3 -c "print(round($(date +%s.%N) - $start, 1))") s)"
fi
BENCH_USER=olivia both "network health (big network, 90 days)" "${html[@]}" "$BASE/networks/$big_network/health?days=90"
BENCH_USER=olivia both "network health (big network, a year)" "${html[@]}" "$BASE/networks/$big_network/health?days=365"
BENCH_USER=olivia both "review queue (big network)" "${html[@]}" "$BASE/networks/$big_network/moderation"
BENCH_USER=olivia both "company health (every network)" "${html[@]}" "$BASE/admin/health"

echo "== search, through Guildhall and straight to Elasticsearch"
# The bench user's grant keys, as Guildhall's audience filter sends them (access/Grants).
readers=$(sql "select 'everyone' union all
               select 'network-' || m.network_id || '-' || s from membership m join person p on p.id = m.person_id,
                 unnest(case m.role when 'OWNER' then array['active','moderator','owner'] when 'MODERATOR' then array['active','moderator']
                        else array['active'] end) s
               where p.username = '$BENCH_USER' and m.state = 'ACTIVE'" | paste -sd, -)
# The exact query PostSearch sends for these words: the Elasticsearch floor.
es_query() { # text
  python3 - "$1" "$readers" <<'PY'
import json, sys
text, readers = sys.argv[1], sys.argv[2].split(",")
phrase = len(text) > 2 and text.startswith('"') and text.endswith('"')
match = {"query": text[1:-1] if phrase else text, "type": "phrase" if phrase else "best_fields",
         "fields": ["title^3", "tags.text^2", "body", "comments", "authorName", "networkName"]}
print(json.dumps({"from": 0, "size": 20, "_source": False, "track_total_hits": 10000,
    "query": {"bool": {"filter": [{"terms": {"readers": readers}}, {"range": {"publishAt": {"lte": "now"}}}],
                       "must": [{"multi_match": match}]}},
    "highlight": {"encoder": "html", "pre_tags": ["<mark>"], "post_tags": ["</mark>"],
                  "fields": {"body": {"number_of_fragments": 1, "fragment_size": 180},
                             "comments": {"number_of_fragments": 1, "fragment_size": 180},
                             "title": {"number_of_fragments": 0}}}}))
PY
}
both "people search" "${json[@]}" "$BASE/api/v1/people?q=$(enc "$(manifest "['bench']['samplePerson']['username']" | cut -d. -f2)")"
for q in "common:$common" "rare:$rare" "phrase:\"$phrase\"" "typo:$typo"; do
  name=${q%%:*} text=${q#*:}
  both "post search, $name word ($text)" "${json[@]}" "$BASE/api/v1/posts?q=$(enc "$text")"
  body=$(mktemp)
  # A typo finds nothing exactly; Guildhall asks Elasticsearch for the closest words and searches
  # for those exactly: the floor is that last query (the exact miss and the suggestion take ~3 ms).
  if [ "$name" = typo ]; then
    text=$(curl -fsS -H 'Content-Type: application/json' "$ES/$PREFIX-posts/_search" -d "{\"size\":0,\"suggest\":{\"w\":
      {\"text\":\"$text\",\"term\":{\"field\":\"body\",\"suggest_mode\":\"missing\",\"size\":1}}}}" \
      | python3 -c "import json,sys; print(json.load(sys.stdin)['suggest']['w'][0]['options'][0]['text'])")
  fi
  es_query "$text" >"$body"
  BENCH_USER= BENCH_TOKEN= both "post search, $name word, Elasticsearch (floor)" \
    --header 'Content-Type: application/json' "POST:$ES/$PREFIX-posts/_search@$body"
done

echo "== the one search (mixed types, facets, typeahead), through Guildhall and straight to Elasticsearch"
# The query UnifiedSearch sends for plain words, with its facets: the Elasticsearch floor.
es_unified() { # text [type]
  python3 - "$1" "${2:-}" "$readers" <<'PY'
import json, sys
text, picked, readers = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
fields = ["title^3.0", "tags.text^2.0", "text^1.0", "authorName.text", "networkName.text", "department.text"]
must = [{"multi_match": {"query": w, "fields": fields, "type": "best_fields", "operator": "and"}} for w in text.split()]
ranked = {"function_score": {"query": {"function_score": {"query": {"bool": {"must": must}}, "functions": [
    {"weight": 1.0}, {"weight": 0.5, "exp": {"at": {"origin": "now", "scale": "180d", "decay": 0.5}}},
    {"weight": 0.3, "field_value_factor": {"field": "appreciation", "modifier": "log1p", "missing": 0}}],
    "score_mode": "sum", "boost_mode": "multiply"}}, "functions": [
    {"weight": 0.7, "filter": {"range": {"reviewBy": {"lt": "now/d"}}}}], "score_mode": "multiply", "boost_mode": "multiply"}}
type_pick = {"terms": {"type": [picked]}} if picked else {"match_all": {}}
terms = lambda f: {"terms": {"field": f, "size": 10}}
named = lambda f, n: {"terms": {"field": f, "size": 10}, "aggs": {"name": {"terms": {"field": n, "size": 1}}}}
print(json.dumps({"from": 0, "size": 10, "track_total_hits": 10000,
    "_source": {"excludes": ["text", "readers", "spelling"]},
    "query": {"bool": {"filter": [{"terms": {"readers": readers}}, {"range": {"at": {"lte": "now"}}}], "must": [ranked]}},
    "post_filter": type_pick,
    "aggs": {"type": terms("type"), "within": {"filter": type_pick, "aggs": {
        "tag": terms("tags"), "network": named("networkSlug", "networkName"), "skill": terms("skills"),
        "department": terms("department"),
        "author": {"filter": {"bool": {"must_not": {"term": {"type": "person"}}}}, "aggs": {"values": named("author", "authorName")}},
        "since": {"date_range": {"field": "at", "ranges": [{"key": "week", "from": "now-7d/d"}, {"key": "month", "from": "now-30d/d"},
                                                           {"key": "year", "from": "now-365d/d"}, {"key": "older", "to": "now-365d/d"}]}}}}},
    "highlight": {"encoder": "html", "pre_tags": ["<mark>"], "post_tags": ["</mark>"],
                  "fields": {"title": {"number_of_fragments": 0}, "text": {"number_of_fragments": 1, "fragment_size": 180}}}}))
PY
}
for q in "common:$common" "rare:$rare" "typo:$typo"; do
  name=${q%%:*} text=${q#*:}
  both "one search, $name word ($text)" "${html[@]}" "$BASE/search?q=$(enc "$text")"
  both "one search API, $name word ($text)" "${json[@]}" "$BASE/api/v1/search?q=$(enc "$text")"
  body=$(mktemp)
  # A typo finds nothing exactly; the floor is the corrected query, as for post search.
  if [ "$name" = typo ]; then
    text=$(curl -fsS -H 'Content-Type: application/json' "$ES/$PREFIX-everything/_search" -d "{\"size\":0,\"suggest\":{\"w\":
      {\"text\":\"$text\",\"term\":{\"field\":\"spelling\",\"suggest_mode\":\"always\",\"size\":1}}}}" \
      | python3 -c "import json,sys; print(json.load(sys.stdin)['suggest']['w'][0]['options'][0]['text'])")
  fi
  es_unified "$text" >"$body"
  BENCH_USER= BENCH_TOKEN= both "one search, $name word, Elasticsearch (floor)" \
    --header 'Content-Type: application/json' "POST:$ES/$PREFIX-everything/_search@$body"
done
both "one search, posts in the big network tagged $topic" "${json[@]}" \
  "$BASE/api/v1/search?q=$(enc "$common")&type=post&network=$big_network&tag=$(enc "$topic")"
body=$(mktemp)
es_unified "$common" post >"$body"
BENCH_USER= BENCH_TOKEN= both "one search, type picked, Elasticsearch (floor)" \
  --header 'Content-Type: application/json' "POST:$ES/$PREFIX-everything/_search@$body"
both "typeahead (${common:0:4})" "${html[@]}" "$BASE/search/suggestions?q=$(enc "${common:0:4}")"

echo "== similar questions while a title is typed, through Guildhall and straight to Elasticsearch"
typed=${busy_question_title#How do we }
both "similar questions (${typed:0:20}…)" "${json[@]}" "$BASE/api/v1/questions/similar?title=$(enc "$typed")"
body=$(mktemp)
python3 - "$typed" "$readers" >"$body" <<'PY'
import json, sys
text, readers = sys.argv[1], sys.argv[2].split(",")
print(json.dumps({"from": 0, "size": 5, "track_total_hits": 10000, "_source": False,
    "query": {"bool": {"filter": [{"terms": {"readers": readers}}], "must": [{"bool": {"should": [
        {"match": {"title.english": {"query": text, "minimum_should_match": "2<40%", "fuzziness": "AUTO", "prefix_length": 1, "boost": 3}}},
        {"multi_match": {"query": text, "fields": ["body", "tags.text", "skills", "answers"], "minimum_should_match": "60%"}}],
        "minimum_should_match": 1}}]}},
    "highlight": {"encoder": "html", "pre_tags": ["<mark>"], "post_tags": ["</mark>"],
                  "fields": {"body": {"number_of_fragments": 1, "fragment_size": 180},
                             "answers": {"number_of_fragments": 1, "fragment_size": 180}}}}))
PY
BENCH_USER= BENCH_TOKEN= both "similar questions, Elasticsearch (floor)" \
  --header 'Content-Type: application/json' "POST:$ES/$PREFIX-questions/_search@$body"

echo "== expert search"
# The dataset's most common network topic as a skill (created once), with its vocabulary learned
# from what is tagged with it (the dataset declares no skills).
if wanted "expert search"; then
  admin_token=$(bench_token olivia)
  curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $admin_token" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$topic\",\"category\":\"Benchmark\"}" "$BASE/api/v1/admin/skills" 2>/dev/null || true
  job=$(curl -fsS -X POST -H "Authorization: Bearer $admin_token" -H 'Accept: application/json' "$BASE/api/v1/admin/expertise/vocabulary" \
    | python3 -c "import json,sys; print(json.load(sys.stdin)['id'])")
  until curl -fsS -H "Authorization: Bearer $(bench_token olivia)" -H 'Accept: application/json' "$BASE/api/v1/admin/expertise/vocabulary" \
      | python3 -c "import json,sys; j=json.load(sys.stdin); sys.exit(0 if j['id']==$job and j['state'] in ('DONE','FAILED') else 1)"; do
    sleep 3
  done
  both "expert search ($topic)" "${json[@]}" "$BASE/api/v1/experts?skill=$(enc "$topic")"
  both "expert page ($topic)" "${html[@]}" "$BASE/experts?skills=$(enc "$topic")"
fi

echo "== writes (open loop only: post, comment, thanks)"
BENCH_USER=$person
write_dir=$(mktemp -d)
printf '{"title":"Benchmark post","body":"Written by the benchmark.","publishing":"now","tags":["bench"]}' >"$write_dir/post.json"
printf '{"body":"A benchmark comment."}' >"$write_dir/comment.json"
printf '' >"$write_dir/empty"
targets=()
for id in $(sql "select id from post where author_id <> (select id from person where username = '$person') and status = 'PUBLISHED'
                 and network_id in (select network_id from membership m join person p on p.id = m.person_id where p.username = '$person')
                 and id not in (select post_id from thanks t join person p on p.id = t.person_id where p.username = '$person' and post_id is not null)
                 order by id desc limit 600"); do
  targets+=("POST:$BASE/api/v1/posts/$id/thanks@$write_dir/empty" "POST:$BASE/api/v1/posts@$write_dir/post.json"
            "POST:$BASE/api/v1/posts/$busy_post/comments@$write_dir/comment.json")
done
wanted "write mix" && bench_open "write mix (post, comment, thanks)" --header 'Content-Type: application/json' "${json[@]}" "${targets[@]}"
rm -rf "$write_dir"

if [ -s "$heap_log" ]; then
  kill "${jstat_pid:-0}" 2>/dev/null || true
  max_heap=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > max) max = used } END { printf "%.0f", max / 1024 }' "$heap_log")
  echo "WildFly heap used, highest sample: ${max_heap} MiB"
fi
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%Y-%m-%d)"
bench_table "$BENCH_RESULTS"
