#!/bin/sh
# tests/sql/postgres.sh — the PostgreSQL extension (ext/postgres/guide.so) against guidec batch,
# on a PostgreSQL 15 server of its own: initdb in a temporary directory, pg_ctl on a Unix socket
# there (no TCP), stopped at the end. No system cluster is touched. As root, the server runs as
# nobody.
#
#   tests/sql/postgres.sh BUILD_DIR [N]
#
# The three streams of tests/sql/sqlite.sh (N cases each, default 3000): every guide_eval result
# must be the jsonb of the line guidec batch writes, with one process and with parallel workers.
set -eu
B=${1:-build}
N=${2:-3000}
PGBIN=$(pg_config --bindir)
RULES=rules/gist.guide
tmp=$(mktemp -d)
chmod 755 "$tmp"
RUN=""
[ "$(id -u)" -eq 0 ] && RUN="runuser -u nobody --"
stop() {
    [ -f "$tmp/data/postmaster.pid" ] && $RUN "$PGBIN/pg_ctl" -D "$tmp/data" -m immediate stop > /dev/null 2>&1
    rm -rf "$tmp"
}
trap stop EXIT
fail() { echo "check-postgres: $*" >&2; [ -f "$tmp/log" ] && tail -20 "$tmp/log" >&2; exit 1; }

cp ext/postgres/guide.so "$RULES" "$tmp/"
mkdir "$tmp/data" && [ -z "$RUN" ] || chown nobody "$tmp" "$tmp/data"
$RUN "$PGBIN/initdb" -D "$tmp/data" -A trust -U guide > "$tmp/initdb.log" 2>&1 ||
    { cat "$tmp/initdb.log" >&2; fail "initdb failed"; }
$RUN "$PGBIN/pg_ctl" -D "$tmp/data" -l "$tmp/log" -w \
    -o "-c listen_addresses='' -k $tmp -p 5499 -c max_worker_processes=4 -c jit=off" start > /dev/null ||
    fail "the server did not start"
psql() { $RUN "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$tmp" -p 5499 -U guide -d postgres "$@"; }

# The extension's script, with the module's path for this build (CREATE EXTENSION needs it
# installed in the server's directories: make -C ext/postgres install).
sed -e "s|MODULE_PATHNAME|$tmp/guide.so|" -e '/^\\echo/d' ext/postgres/guide--0.1.sql > "$tmp/guide.sql"
chmod a+r "$tmp"/*
psql -f "$tmp/guide.sql" || fail "the extension's functions cannot be created"

for s in pathology sparse complete; do
    case $s in
    pathology) "$B/bench/bench_eval" --emit jsonl "$N" > "$tmp/$s.jsonl" ;;
    sparse) "$B/bench/bench_eval" --emit-sparse "$RULES" 20 "$N" > "$tmp/$s.jsonl" ;;
    complete) "$B/bench/bench_eval" --emit-sparse "$RULES" 100 "$N" > "$tmp/$s.jsonl" ;;
    esac
    "$B/guidec" batch "$RULES" --in "$tmp/$s.jsonl" --out "$tmp/$s.batch" 2>/dev/null ||
        fail "$s: guidec batch failed"
    chmod a+r "$tmp/$s.jsonl" "$tmp/$s.batch"
    cat > "$tmp/$s.sql" <<SQL
SET client_min_messages = warning;
DROP TABLE IF EXISTS cases, expected;
CREATE TABLE cases(n bigserial PRIMARY KEY, c jsonb);
CREATE TABLE expected(n bigserial PRIMARY KEY, e jsonb);
\\copy cases(c) FROM '$tmp/$s.jsonl' WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')
\\copy expected(e) FROM '$tmp/$s.batch' WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')
ANALYZE cases;
SET max_parallel_workers_per_gather = 0;
SELECT count(*), count(*) FILTER (WHERE guide_eval('$tmp/gist.guide', c) IS DISTINCT FROM e)
    FROM cases JOIN expected USING (n);
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off;
ANALYZE expected;
EXPLAIN SELECT count(*), count(*) FILTER (WHERE guide_eval('$tmp/gist.guide', c) IS DISTINCT FROM e)
    FROM cases JOIN expected USING (n);
SELECT count(*), count(*) FILTER (WHERE guide_eval('$tmp/gist.guide', c) IS DISTINCT FROM e)
    FROM cases JOIN expected USING (n);
SQL
    chmod a+r "$tmp/$s.sql"
    psql -t -A -f "$tmp/$s.sql" > "$tmp/$s.out" 2>&1 || fail "$s: psql failed: $(cat "$tmp/$s.out")"
    [ "$(sed -n 1p "$tmp/$s.out")" = "$N|0" ] || fail "$s: one process: $(cat "$tmp/$s.out")"
    grep -q "Workers Planned: 2" "$tmp/$s.out" || fail "$s: no parallel plan: $(cat "$tmp/$s.out")"
    [ "$(tail -1 "$tmp/$s.out")" = "$N|0" ] || fail "$s: parallel: $(cat "$tmp/$s.out")"
    echo "check-postgres: $s: $N cases, guide_eval gives the jsonb of guidec batch's lines, in one process and with 2 parallel workers"
done

# A bad case is an error naming the field.
msg=$(psql -c "SELECT guide_eval('$tmp/gist.guide', '{\"location\": \"mars\"}')" 2>&1) && fail "a bad case gave no error"
echo "$msg" | grep -qF "guide_eval: field 'location': location: \"mars\" is not a declared label" ||
    fail "a bad case: $msg"
msg=$(psql -c "SELECT guide_eval('$tmp/none.guide', '{}')" 2>&1) && fail "a missing rule file gave no error"
echo "$msg" | grep -qF "none.guide cannot be read" || fail "a missing rule file: $msg"
echo "check-postgres: a bad case and a missing rule file: errors naming them"
