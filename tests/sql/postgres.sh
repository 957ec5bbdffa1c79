#!/bin/sh
# tests/sql/postgres.sh — the PostgreSQL extension (ext/postgres) against guidec batch, on a
# PostgreSQL 15 server of its own (tests/sql/pg_server.sh: a private install tree and cluster in a
# temporary directory, a Unix socket there, stopped at the end; as root, the server runs as
# nobody). No system directory or cluster is touched.
#
#   tests/sql/postgres.sh BUILD_DIR [N [N_PATHOLOGY]]
#
# The extension is installed into the private tree by PGXS (make install DESTDIR=...) and created
# with CREATE EXTENSION guide; the server's own memory map must show guide.so (and postgres) from
# that tree. Then the streams of tests/sql/sqlite.sh: sparse and complete cases, N each (default
# 100,000), and the pathology-only stream, N_PATHOLOGY cases (default 10,000: its result lines are
# the longest, 13 KB each, and its cases the fewest kinds). Every guide_eval result must be the jsonb of the line guidec batch writes,
# in one process and with two parallel workers; guide_output and guide_state, for every output
# of every case, must be what that line says (its value, a label without quotes; its state).
# Errors: bad cases, unknown outputs, a rule file with errors, one that cannot be read.
set -eu
B=${1:-build}
N=${2:-100000}
NP=${3:-10000}
RULES=rules/gist.guide
tmp=$(mktemp -d)
chmod 755 "$tmp"
. tests/sql/pg_server.sh
trap 'pg_stop; rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM HUP
fail() { echo "check-postgres: $*" >&2; [ -f "$tmp/log" ] && tail -20 "$tmp/log" >&2; exit 1; }

pg_tree || fail "the private install tree cannot be made"
pg_start || fail "the server did not start"
cp "$RULES" "$tmp/"
chmod a+r "$tmp/gist.guide"
R=$tmp/gist.guide

# CREATE EXTENSION from the private tree, and proof that the server runs and loaded its files:
# the mappings of the backend that evaluated a case, as the kernel gives them.
psql -t -A > "$tmp/maps" <<SQL || fail "CREATE EXTENSION guide failed: $(cat "$tmp/maps")"
CREATE EXTENSION guide;
SELECT guide_eval('$R', '{}') IS NOT NULL;
SELECT pg_read_file('/proc/self/maps');
SQL
grep -q " $PG_PKGLIB/guide.so\$" "$tmp/maps" ||
    fail "the backend did not map $PG_PKGLIB/guide.so: $(grep -F guide.so "$tmp/maps")"
grep -q " $PG_BIN/postgres\$" "$tmp/maps" || fail "the server is not $PG_BIN/postgres"
grep -q " $(pg_config --pkglibdir)/guide.so\$" "$tmp/maps" &&
    fail "the backend mapped the system's $(pg_config --pkglibdir)/guide.so"
echo "check-postgres: CREATE EXTENSION guide from a private install tree (make install DESTDIR=$PG_ROOT); the backend mapped $PG_PKGLIB/guide.so"

. tests/sql/streams.sh
for s in pathology sparse complete; do
    sql_stream "$s"
    # one row per case: the case and the line, side by side (\002 between them)
    paste -d "$(printf '\002')" "$tmp/$s.jsonl" "$tmp/$s.batch" > "$tmp/$s.rows"
    rm "$tmp/$s.jsonl" "$tmp/$s.batch"
    chmod a+r "$tmp/$s.rows"
    # t.e: the line, stored as it is (EXTERNAL: a 13 KB line is not compressed, so that reading
    # it costs little). parts: every output's name is in exactly one part of a line (outputs
    # with its value, undetermined, not_applicable, conflicts), so that the parts of a case are
    # as many as the ruleset's outputs, and those of the first case name them all.
    cat > "$tmp/$s.sql" <<SQL
SET client_min_messages = warning;
DROP TABLE IF EXISTS t CASCADE;
CREATE UNLOGGED TABLE t(n bigserial PRIMARY KEY, c jsonb, e jsonb);
ALTER TABLE t ALTER e SET STORAGE EXTERNAL;
\\copy t(c, e) FROM '$tmp/$s.rows' WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')
ANALYZE t;
CREATE VIEW parts(n, c, o, state, v) AS
    SELECT n, c, key, 'concluded', value FROM t, jsonb_each(e->'outputs')
    UNION ALL SELECT n, c, key, 'undetermined', NULL FROM t, jsonb_each(e->'undetermined')
    UNION ALL SELECT n, c, value, 'not applicable', NULL FROM t, jsonb_array_elements_text(e->'not_applicable')
    UNION ALL SELECT n, c, value, 'conflict', NULL FROM t, jsonb_array_elements_text(e->'conflicts');
SET max_parallel_workers_per_gather = 0;
SELECT count(*), count(*) FILTER (WHERE guide_eval('$R', c) IS DISTINCT FROM e) FROM t;
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off;
EXPLAIN SELECT count(*), count(*) FILTER (WHERE guide_eval('$R', c) IS DISTINCT FROM e) FROM t;
SELECT count(*), count(*) FILTER (WHERE guide_eval('$R', c) IS DISTINCT FROM e) FROM t;
-- guide_state: the part that names the output; guide_output: its value there, a string's text
-- (#>> '{}'), a number's or boolean's JSON text (the same), an array as jsonb.
SELECT (SELECT count(*) FROM parts WHERE n = 1), count(*), count(*) FILTER (WHERE
        guide_state('$R', c, o) IS DISTINCT FROM state
     OR CASE jsonb_typeof(v)
            WHEN 'array' THEN guide_output('$R', c, o)::jsonb IS DISTINCT FROM v
            ELSE guide_output('$R', c, o) IS DISTINCT FROM v #>> '{}' END)
    FROM parts;
SQL
    chmod a+r "$tmp/$s.sql"
    psql -t -A -f "$tmp/$s.sql" > "$tmp/$s.out" 2>&1 || fail "$s: psql failed: $(cat "$tmp/$s.out")"
    [ "$(sed -n 1p "$tmp/$s.out")" = "$n|0" ] || fail "$s: one process: $(cat "$tmp/$s.out")"
    grep -q "Workers Planned: 2" "$tmp/$s.out" || fail "$s: no parallel plan: $(cat "$tmp/$s.out")"
    outs=$(tail -1 "$tmp/$s.out" | cut -d'|' -f1)
    [ "$(tail -2 "$tmp/$s.out" | head -1)" = "$n|0" ] || fail "$s: parallel: $(cat "$tmp/$s.out")"
    [ "$outs" -gt 0 ] && [ "$(tail -1 "$tmp/$s.out")" = "$outs|$((outs * n))|0" ] ||
        fail "$s: guide_output or guide_state differ from guidec batch's line: $(tail -1 "$tmp/$s.out") (outputs|outputs of all cases|that differ)"
    echo "check-postgres: $s: $n cases, guide_eval gives the jsonb of guidec batch's lines, in one process and with 2 parallel workers; guide_output and guide_state of its $outs outputs agree"
    rm "$tmp/$s.rows"
done

# Errors name the field, the output or the file (with the compiler's diagnostic).
printf 'guideline x "x"\n  input a : bool\n' > "$tmp/bad.guide"
chmod a+r "$tmp/bad.guide"
psql_err() {
    if psql -c "$1" 2>&1; then echo "no error"; fi
}
for q in "SELECT guide_eval('$R', '{\"location\": \"mars\"}')|guide_eval: field 'location': location: \"mars\" is not a declared label" \
         "SELECT guide_output('$R', '{\"colour\": \"red\"}', 'pT')|guide_output: field 'colour': \"colour\": not an input of gist" \
         "SELECT guide_state('$R', '[1, 2]', 'pT')|guide_state: the record is an array, not a JSON object" \
         "SELECT guide_output('$R', '{\"size_cm\": \"big\"}', 'pT')|guide_output: field 'size_cm': size_cm: \"big\" is not a number with a unit" \
         "SELECT guide_eval('$tmp/bad.guide', '{}')|$tmp/bad.guide:2:3: error: expected 'version'" \
         "SELECT guide_output('$R', '{}', 'no_such_output')|guide_output: $R has no output named 'no_such_output'" \
         "SELECT guide_state('$R', '{}', 'size_cm')|guide_state: $R has no output named 'size_cm'" \
         "SELECT guide_eval('$tmp/none.guide', '{}')|guide_eval: $tmp/none.guide cannot be read"; do
    msg=$(psql_err "${q%%|*}")
    echo "$msg" | grep -qF "${q#*|}" || fail "${q%%|*}: $msg"
done
[ "$(psql -t -A -c "SELECT guide_state('$R', '{}', 'pT'), guide_output('$R', '{}', 'pT') IS NULL")" = "undetermined|t" ] ||
    fail "an empty case: pT is not undetermined"
echo "check-postgres: bad cases (an unknown label or input, an array, a bad number), unknown outputs, a rule file with errors or missing: errors naming them"

# A case whose known inputs give a derived value that breaks a constraint (d = a + b over 10 cm
# needs flag, tests/golden/ok/constraint_derived.guide) is an error naming the constraint, as guidec run refuses it; a case that leaves an
# operand unknown is evaluated (docs/LANGUAGE.md).
cp tests/golden/ok/constraint_derived.guide "$tmp/cons.guide"
chmod a+r "$tmp/cons.guide"
msg=$(psql_err "SELECT guide_eval('$tmp/cons.guide', '{\"a\": 8, \"b\": 7, \"flag\": false}')")
echo "$msg" | grep -qF 'guide_eval: the case breaks constraint big_needs_flag (line 16, cites "§1"): a = 8 cm, b = 7 cm, flag = false' ||
    fail "a case whose derived value breaks a constraint: $msg"
[ "$(psql -t -A -c "SELECT guide_state('$tmp/cons.guide', '{\"a\": 11, \"flag\": false}', 'o')")" = concluded ] ||
    fail "a case with an operand unknown is not evaluated"
echo "check-postgres: a case whose derived value breaks a constraint: an error naming it"
