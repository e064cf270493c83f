#!/usr/bin/env bash
# Index rebuild rate on a larger database than the demo's: seeds N synthetic posts (with comments)
# into the PostgreSQL database of a stack started with `./guildhall run` against PostgreSQL, then
# runs `./guildhall reindex`, which reports documents per second while indexing.
#
#   createdb -h 127.0.0.1 -U postgres guildhall_bench
#   GUILDHALL_DB_DRIVER=postgresql GUILDHALL_DB_URL=jdbc:postgresql://127.0.0.1:5432/guildhall_bench \
#     GUILDHALL_DB_USER=postgres GUILDHALL_DB_PASSWORD=postgres ./guildhall run
#   bench/reindex.sh [posts]        (default 100000)
#
# The synthetic rows are inserted with SQL, already rendered, above the ids Hibernate hands out;
# they stay in the benchmark database (use a database of its own).
set -euo pipefail
cd "$(dirname "$0")/.."
POSTS=${1:-100000}
DB=${GUILDHALL_BENCH_DB:-guildhall_bench}
psql=(psql -h 127.0.0.1 -U postgres -d "$DB" -q -v ON_ERROR_STOP=1)

echo "Seeding $POSTS posts and $((POSTS / 2)) comments into $DB"
"${psql[@]}" <<SQL
insert into post (id, author_id, network_id, title, body, body_html, body_text, excerpt, reading_minutes,
                  render_version, status, publish_at, created_at, updated_at, comment_count, thanks_count, version)
select 100000000 + g,
       (select id from person order by id offset (g % (select count(*) from person)) limit 1),
       case when g % 3 = 0 then null
            else (select id from network where status = 'ACTIVE' order by id offset (g % (select count(*) from network where status = 'ACTIVE')) limit 1) end,
       'Synthetic post ' || g || ' about ' || (array['kubernetes','forecasting','privacy','sourcing','design'])[1 + g % 5],
       'Body of synthetic post ' || g || '. ' || repeat('Knowledge flows across departments. ', 20),
       '<p>Body of synthetic post ' || g || '.</p>',
       'Body of synthetic post ' || g || '. ' || repeat('Knowledge flows across departments. ', 20),
       'Body of synthetic post ' || g || '.', 1, 1, 'PUBLISHED', now() - (g || ' minutes')::interval, now(), now(),
       case when g % 2 = 0 then 1 else 0 end, 0, 0
from generate_series(1, $POSTS) g;
insert into post_tag (post_id, tag) select 100000000 + g, 'synthetic' from generate_series(1, $POSTS) g;
insert into post_comment (id, post_id, author_id, body, body_html, body_text, render_version, created_at, thanks_count, version)
select 100000000 + g, 100000000 + g, (select min(id) from person), 'A comment on post ' || g,
       '<p>A comment on post ' || g || '</p>', 'A comment on post ' || g, 1, now(), 0, 0
from generate_series(2, $POSTS, 2) g;
select setval('post_seq', greatest((select max(id) from post), 100000000 + $POSTS) + 1000);
select setval('post_comment_seq', greatest((select max(id) from post_comment), 100000000 + $POSTS) + 1000);
SQL
./guildhall reindex
