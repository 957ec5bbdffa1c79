#!/bin/sh
# sql_rate.sh BUILD_DIR — the SQL rows of `make bench`: rows per second of the extensions on the
# same N cases of rules/gist.guide with 20 % of the inputs known (bench_eval --emit-sparse, N =
# BENCH_SQL_CASES, default 100,000), already in a table: SQLite's guide_eval with the JIT and with
# the interpreter and its guide_batch table (JIT), each in one query of the sqlite3 shell;
# PostgreSQL's guide_eval (the interpreter) in one process and with two parallel workers
# (max_parallel_workers_per_gather 0 and 2, the leader not evaluating), on a server of its own
# (tests/sql/pg_server.sh); and guidec batch for reference, reading and writing JSON Lines. Each
# query returns a count, so that the rows are evaluated and their results built (guide_eval's
# JSON, guide_batch's columns) but nothing is printed; the time is the query's own (.timer,
# \timing), the ruleset compiled before it (except in PostgreSQL's parallel workers, new
# processes for each query, which compile it in the query: about 0.3 s each). A database that is
# not installed gets a row that says so.
set -eu
B=$1
N=${BENCH_SQL_CASES:-100000}
RULES=rules/gist.guide
tmp=$(mktemp -d)
chmod 755 "$tmp"
trap 'pg_stop 2>/dev/null; rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM HUP

# row LABEL SECONDS: one row of the table
row() {
    awk -v f="$1" -v s="$2" -v n="$N" 'BEGIN { printf "%-44s %12.0f %10.1f %9.2f\n", f, n / s, s * 1e6 / n, s }'
}
printf '%-44s %12s %10s %9s\n' "rules/gist.guide, 20% of inputs known ($N)" "rows/s" "us/row" "query s"
"$B/bench/bench_eval" --emit-sparse "$RULES" 20 "$N" > "$tmp/cases.jsonl"

# SQLite: the last "Run Time: real S" of the shell's .timer is the query's
sqlite_row() {
    label=$1 backend=$2 query=$3
    s=$(sqlite3 "$tmp/cases.db" <<SQL | sed -n 's/^Run Time: real \([0-9.]*\).*/\1/p' | tail -1
.load $B/guide_sqlite
.output /dev/null
SELECT guide_load('gist', '$RULES', '$backend');
CREATE VIRTUAL TABLE temp.d USING guide_batch(gist, 'SELECT j FROM cases');
.output
.timer on
$query
SQL
)
    row "$label" "$s"
}
if command -v sqlite3 > /dev/null && [ -f "$B/guide_sqlite.so" ]; then
    tr '\n' '\036' < "$tmp/cases.jsonl" > "$tmp/cases.ascii"
    sqlite3 "$tmp/cases.db" "CREATE TABLE cases(j TEXT)" ".mode ascii" ".import $tmp/cases.ascii cases"
    sqlite_row "SQLite guide_eval, jit" jit "SELECT count(guide_eval('gist', j)) FROM cases;"
    sqlite_row "SQLite guide_eval, interp" interp "SELECT count(guide_eval('gist', j)) FROM cases;"
    sqlite_row "SQLite guide_batch table, jit" jit "SELECT count(miettinen_risk), count(error) FROM d;"
else
    echo "SQLite: not measured (sqlite3 or $B/guide_sqlite.so missing)"
fi

# PostgreSQL: psql's \timing of the query, "Time: MS ms"
if command -v pg_config > /dev/null && [ -x "$(pg_config --bindir)/postgres" ] &&
    [ -f ext/postgres/guide.so ]; then
    . tests/sql/pg_server.sh
    if pg_tree && pg_start; then
        cp "$RULES" "$tmp/gist.guide"
        chmod a+r "$tmp/cases.jsonl" "$tmp/gist.guide"
        psql <<SQL
CREATE EXTENSION guide;
CREATE UNLOGGED TABLE cases(c jsonb);
\\copy cases FROM '$tmp/cases.jsonl' WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')
ANALYZE cases;
SQL
        for w in 0 2; do
            ms=$(psql -t -A <<SQL | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -1
SET max_parallel_workers_per_gather = $w;
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET parallel_leader_participation = off;
SELECT count(guide_eval('$tmp/gist.guide', '{}')); -- the ruleset compiled in this backend
\\timing on
SELECT count(guide_eval('$tmp/gist.guide', c)) FROM cases;
SQL
)
            if [ "$w" = 0 ]; then label="PostgreSQL guide_eval, 1 process"; else label="PostgreSQL guide_eval, 2 parallel workers"; fi
            row "$label" "$(echo "$ms" | awk '{ print $1 / 1000 }')"
        done
    else
        echo "PostgreSQL: not measured (the server did not start: $(tail -1 "$tmp/log" 2>/dev/null))"
    fi
else
    echo "PostgreSQL: not measured (not installed, or ext/postgres/guide.so not built)"
fi

# guidec batch: the summary line's elapsed time, "guidec batch: N records, E errors, S s (...)"
for backend in interp jit; do
    "$B/guidec" batch "$RULES" --backend "$backend" --in "$tmp/cases.jsonl" --out /dev/null 2> "$tmp/summary"
    row "guidec batch, $backend (reference)" \
        "$(sed -n 's/^guidec batch: .* errors, \([0-9.]*\) s (.*/\1/p' "$tmp/summary")"
done
