#!/bin/sh
# tests/sql/sqlite.sh — the SQLite extension (build/guide_sqlite.so) against guidec batch.
#
#   tests/sql/sqlite.sh BUILD_DIR [N]
#
# Three streams of N cases each (default 3000) of rules/gist.guide, from bench_eval: the
# pathology-only stream (site, size, mitoses), cases with 20 % of all inputs given (sparse) and
# cases with every input given (complete). Each is loaded into a table of the sqlite3 shell and
# evaluated with guide_eval by the JIT and by the interpreter: every line must be the line guidec
# batch writes for the same case, byte for byte. guide_output, guide_state and the guide_batch
# table must agree with those lines, and a bad case must be a SQL error naming its field.
set -eu
B=${1:-build}
N=${2:-3000}
EXT=$B/guide_sqlite
RULES=rules/gist.guide
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "check-sqlite: $*" >&2; exit 1; }

"$B/bench/bench_eval" --emit jsonl "$N" > "$tmp/pathology.jsonl"
"$B/bench/bench_eval" --emit-sparse "$RULES" 20 "$N" > "$tmp/sparse.jsonl"
"$B/bench/bench_eval" --emit-sparse "$RULES" 100 "$N" > "$tmp/complete.jsonl"

for s in pathology sparse complete; do
    "$B/guidec" batch "$RULES" --in "$tmp/$s.jsonl" --out "$tmp/$s.batch" 2>/dev/null ||
        fail "$s: guidec batch failed"
    # .mode ascii: the unit separator between fields and the record separator between rows, so
    # that the JSON lines are imported as they are (no CSV quoting).
    tr '\n' '\036' < "$tmp/$s.jsonl" > "$tmp/$s.ascii"
    for backend in jit interp; do
        sqlite3 -bail "$tmp/$s.db" > "$tmp/$s.$backend" <<SQL || fail "$s ($backend): sqlite3 failed"
.load $EXT
CREATE TABLE IF NOT EXISTS cases(j TEXT);
DELETE FROM cases;
.mode ascii
.import $tmp/$s.ascii cases
.mode list
.output /dev/null
SELECT guide_load('gist', '$RULES', '$backend');
.output
SELECT guide_eval('gist', j) FROM cases ORDER BY rowid;
SQL
        cmp -s "$tmp/$s.batch" "$tmp/$s.$backend" ||
            fail "$s ($backend): guide_eval and guidec batch differ: $(cmp "$tmp/$s.batch" "$tmp/$s.$backend" 2>&1)"
    done
    n=$(wc -l < "$tmp/$s.batch")
    [ "$n" -eq "$N" ] || fail "$s: $n results for $N cases"
    # guide_output and guide_state, and the guide_batch table, against the JSON result line.
    sqlite3 -bail "$tmp/$s.db" > "$tmp/$s.agree" <<SQL || fail "$s: sqlite3 failed"
.load $EXT
.output /dev/null
SELECT guide_load('gist', '$RULES');
.output
CREATE TEMP TABLE r AS SELECT rowid AS n, j, guide_eval('gist', j) AS e FROM cases;
SELECT count(*) FROM r WHERE
    guide_output('gist', j, 'miettinen_risk') IS NOT json_extract(e, '\$.outputs.miettinen_risk')
 OR guide_output('gist', j, 'recurrence_pct') IS NOT json_extract(e, '\$.outputs.recurrence_pct')
 OR guide_output('gist', j, 'adjuvant_imatinib') IS NOT json_extract(e, '\$.outputs.adjuvant_imatinib')
 OR guide_output('gist', j, 'staging_exams') IS NOT json_extract(e, '\$.outputs.staging_exams')
 OR (guide_state('gist', j, 'miettinen_risk') = 'undetermined')
    IS NOT (json_extract(e, '\$.undetermined.miettinen_risk') IS NOT NULL)
 OR (guide_state('gist', j, 'miettinen_risk') = 'not applicable')
    IS NOT EXISTS (SELECT 1 FROM json_each(e, '\$.not_applicable') WHERE value = 'miettinen_risk');
CREATE VIRTUAL TABLE temp.d USING guide_batch(gist, 'SELECT j FROM cases ORDER BY rowid');
CREATE TEMP TABLE decisions AS SELECT rowid AS n, * FROM d;
SELECT count(*), count(error) FROM decisions;
SELECT count(*) FROM decisions JOIN r USING (n) WHERE
    decisions.id IS NOT json_extract(r.e, '\$.id')
 OR decisions.miettinen_risk IS NOT json_extract(r.e, '\$.outputs.miettinen_risk')
 OR decisions.recurrence_pct IS NOT json_extract(r.e, '\$.outputs.recurrence_pct')
 OR decisions.miettinen_few_cases IS NOT json_extract(r.e, '\$.outputs.miettinen_few_cases');
SQL
    printf '0\n%s|0\n0\n' "$N" | cmp -s - "$tmp/$s.agree" ||
        fail "$s: guide_output, guide_state or guide_batch disagree with guide_eval: $(tr '\n' ' ' < "$tmp/$s.agree")"
    echo "check-sqlite: $s: $N cases, guide_eval (jit and interp) gives the bytes of guidec batch; guide_output, guide_state and guide_batch agree"
done

# A bad case is a SQL error naming the field; the connection goes on.
sqlite3 :memory: > "$tmp/err.out" 2>&1 <<SQL || true
.load $EXT
.output /dev/null
SELECT guide_load('gist', '$RULES');
.output
SELECT guide_eval('gist', '{"location": "mars"}');
SELECT guide_eval('gist', '{"colour": "red"}');
SELECT guide_eval('gist', '{"location": ');
SELECT guide_output('gist', '{}', 'no_such_output');
SELECT guide_eval('nope', '{}');
SELECT guide_load('bad', '/nonexistent/x.guide');
SELECT 'still here';
SQL
for want in "field 'location': location: \"mars\" is not a declared label" \
            "field 'colour': \"colour\": not an input of gist" \
            "guide_eval: gist: invalid JSON at line 1" \
            "gist has no output named 'no_such_output'" \
            "no ruleset named 'nope' is loaded" \
            "guide_load: /nonexistent/x.guide cannot be read" \
            "still here"; do
    grep -qF "$want" "$tmp/err.out" || fail "bad input: no message '$want' in: $(cat "$tmp/err.out")"
done
echo "check-sqlite: bad JSON, unknown inputs and outputs, unknown rulesets: SQL errors naming them"
