#!/bin/sh
# tests/sql/sqlite.sh — the SQLite extension (build/guide_sqlite.so) against guidec batch.
#
#   tests/sql/sqlite.sh BUILD_DIR [N [N_PATHOLOGY]]
#
# Three streams of rules/gist.guide cases from bench_eval: cases with 20 % of all inputs given
# (sparse) and with every input given (complete), N each (default 100,000), and the
# pathology-only stream (site, size, mitoses), N_PATHOLOGY cases (default 10,000: its result lines
# are the longest, 13 KB each, and its cases the fewest kinds). Each is loaded into a
# table of the sqlite3 shell and evaluated with guide_eval by the JIT and by the interpreter, the
# whole stream through both (each costs about as much as guidec batch itself): every line must be
# the line guidec batch writes for the same case, byte for byte. guide_output and guide_state of
# every output of every case must be what that line says, the guide_batch table's columns what
# guide_output says, and a bad case must be a SQL error naming its field.
set -eu
B=${1:-build}
N=${2:-100000}
NP=${3:-10000}
EXT=$B/guide_sqlite
RULES=rules/gist.guide
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "check-sqlite: $*" >&2; exit 1; }

# The ruleset's outputs: guide_batch's columns but id and error. cols compares each column of a
# guide_batch row with guide_output on its case.
outs=$(sqlite3 :memory: ".load $EXT" ".output /dev/null" "SELECT guide_load('gist', '$RULES', 'interp')" \
    ".output" "CREATE VIRTUAL TABLE temp.d USING guide_batch(gist, 'SELECT 1')" \
    "SELECT count(*) - 2 FROM pragma_table_info('d')")
cols=$(sqlite3 :memory: ".load $EXT" ".output /dev/null" "SELECT guide_load('gist', '$RULES', 'interp')" \
    ".output" "CREATE VIRTUAL TABLE temp.d USING guide_batch(gist, 'SELECT 1')" \
    "SELECT group_concat(printf('OR decisions.\"%s\" IS NOT guide_output(''gist'', j, ''%s'')', name, name), ' ')
     FROM pragma_table_info('d') WHERE name NOT IN ('id', 'error')")
[ "$outs" -gt 0 ] || fail "guide_batch has no output column"

. tests/sql/streams.sh
for s in pathology sparse complete; do
    sql_stream "$s"
    [ "$(wc -l < "$tmp/$s.batch")" -eq "$n" ] || fail "$s: guidec batch wrote no line per case"
    # .mode ascii: the unit separator between fields and the record separator between rows, so
    # that the JSON lines are imported as they are (no CSV quoting).
    tr '\n' '\036' < "$tmp/$s.jsonl" > "$tmp/$s.ascii"
    rm "$tmp/$s.jsonl"
    sqlite3 -bail "$tmp/$s.db" <<SQL || fail "$s: the cases cannot be imported"
CREATE TABLE cases(j TEXT);
.mode ascii
.import $tmp/$s.ascii cases
SQL
    rm "$tmp/$s.ascii"
    for backend in jit interp; do
        # the results go straight to cmp: a stream's lines take up to 1.3 GB
        { sqlite3 -bail "$tmp/$s.db" <<SQL || echo "sqlite3 failed"; } | cmp "$tmp/$s.batch" - > "$tmp/cmp" 2>&1 ||
.load $EXT
.output /dev/null
SELECT guide_load('gist', '$RULES', '$backend');
.output
SELECT guide_eval('gist', j) FROM cases ORDER BY rowid;
SQL
            fail "$s ($backend): guide_eval and guidec batch differ: $(cat "$tmp/cmp")"
    done
    rm "$tmp/$s.batch"
    # guide_output and guide_state against the result line: every output is named in exactly one
    # part of it (outputs with its value, undetermined, not_applicable, conflicts), so that the
    # parts must hold as many entries as the ruleset has outputs times the cases. Then the
    # guide_batch table: the id of each case, no error, and a column per output, each equal to
    # guide_output (the outputs of one row are consecutive calls on one case, evaluated once).
    sqlite3 -bail "$tmp/$s.db" > "$tmp/$s.agree" <<SQL || fail "$s: sqlite3 failed: $(cat "$tmp/$s.agree")"
.load $EXT
.output /dev/null
SELECT guide_load('gist', '$RULES');
.output
CREATE TEMP TABLE r AS SELECT rowid AS n, j, guide_eval('gist', j) AS e FROM cases;
WITH parts(j, o, state, value) AS (
    SELECT j, key, 'concluded', value FROM r, json_each(r.e, '\$.outputs')
    UNION ALL SELECT j, key, 'undetermined', NULL FROM r, json_each(r.e, '\$.undetermined')
    UNION ALL SELECT j, value, 'not applicable', NULL FROM r, json_each(r.e, '\$.not_applicable')
    UNION ALL SELECT j, value, 'conflict', NULL FROM r, json_each(r.e, '\$.conflicts'))
SELECT count(*), count(*) FILTER (WHERE guide_state('gist', j, o) IS NOT state
                                     OR guide_output('gist', j, o) IS NOT value)
    FROM parts;
DROP TABLE r;
CREATE VIRTUAL TABLE temp.d USING guide_batch(gist, 'SELECT j FROM cases ORDER BY rowid');
CREATE TEMP TABLE decisions AS SELECT rowid AS n, * FROM d;
SELECT count(*), count(error) FROM decisions;
SELECT count(*) FROM decisions JOIN cases ON cases.rowid = decisions.n WHERE
    decisions.id IS NOT json_extract(j, '\$.id') $cols;
SQL
    printf '%s|0\n%s|0\n0\n' "$((outs * n))" "$n" | cmp -s - "$tmp/$s.agree" ||
        fail "$s: guide_output, guide_state or guide_batch disagree with guide_eval: $(tr '\n' ' ' < "$tmp/$s.agree")"
    rm "$tmp/$s.db"
    echo "check-sqlite: $s: $n cases, guide_eval (jit and interp) gives the bytes of guidec batch; guide_output and guide_state of its $outs outputs, and guide_batch's columns, agree"
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

# A case whose known inputs give a derived value that breaks a constraint (d = a + b over 10 cm
# needs flag, tests/golden/ok/constraint_derived.guide) is refused as guidec run refuses it: a SQL error of guide_eval, guide_batch's error
# column, on each backend; a case that leaves an operand unknown is evaluated (docs/LANGUAGE.md).
cp tests/golden/ok/constraint_derived.guide "$tmp/cons.guide"
broken='the case breaks constraint big_needs_flag (line 16, cites "§1"): a = 8 cm, b = 7 cm, flag = false'
for backend in jit interp; do
    sqlite3 :memory: > "$tmp/cons.out" 2>&1 <<SQL || true
.load $EXT
.output /dev/null
SELECT guide_load('cons', '$tmp/cons.guide', '$backend');
.output
CREATE TABLE cases(j TEXT);
INSERT INTO cases VALUES ('{"id":"broken","a":8,"b":7,"flag":false}'), ('{"id":"open","a":11,"flag":false}');
CREATE VIRTUAL TABLE temp.d USING guide_batch(cons, 'SELECT j FROM cases ORDER BY rowid');
SELECT id, o, error FROM d;
SELECT 'open: ' || guide_state('cons', j, 'o') FROM cases WHERE rowid = 2;
SELECT guide_eval('cons', j) FROM cases WHERE rowid = 1;
SQL
    for want in "broken||$broken" "open|0|" "open: concluded" "guide_eval: cons: $broken"; do
        grep -qF -- "$want" "$tmp/cons.out" ||
            fail "constraint on a derived value ($backend): no line '$want' in: $(cat "$tmp/cons.out")"
    done
done
echo "check-sqlite: a case whose derived value breaks a constraint: refused by guide_eval and guide_batch (jit and interp)"
