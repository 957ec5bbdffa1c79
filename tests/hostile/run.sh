#!/bin/bash
# Hostile input: every file here must end in a result or a clear error, never a crash.
#   X.guide   `guidec check X.guide`, run in this directory, must print exactly X.err on stderr
#             and exit 1 (errors) or 2 (a file that cannot be read); ok_X.guide must exit 0.
#   X.json    `guidec run --format json --trace RULES X.json` must print exactly X.out and exit 0
#             (all cases read) or 2 (some could not be: error records, in place, in order);
#             RULES is X.guide when it exists, else ok_cases.guide.
#   X.csv     `guidec batch ok_cases.guide --in X.csv` must print exactly X.out.
# Then inputs too large to keep in the repository are generated: nesting 10^4-10^5 deep, a name
# of 10^5 characters, a file past the size limit, more rules and rows than the limit; each
# must give its error (the first line is compared) on `file:line:col` with a caret line.
# Last, each rows_*.sh beside this script runs the rows of probe/README.md for its subject (the
# inputs of a hostile-input probe, kept as found; probe/gen_large.py writes the large ones).
# HOSTILE_QUICK=1 skips the largest generated ones (the sanitizer run uses it).
# GOLDEN_UPDATE=1 rewrites X.err and X.out from the current output (review the diff!).
set -u
guidec=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
ok() { passed=$((passed + 1)); }
bad() { echo "hostile: $1: $2"; failed=$((failed + 1)); }

compare() { # NAME EXPECTED ACTUAL
    if [ "${GOLDEN_UPDATE:-}" = 1 ]; then cp "$3" "$2"; fi
    if diff -u "$2" "$3" > "$tmp/diff"; then ok; else bad "$1" "differs:"; head -40 "$tmp/diff"; fi
}

cd "$here"
for f in *.guide; do
    name=${f%.guide}
    "$guidec" check "$f" > /dev/null 2> "$tmp/err"
    rc=$?
    case $name in
    ok_*) if [ $rc -eq 0 ]; then ok; else bad "$f" "exit status $rc, expected 0"; sed 's/^/  /' "$tmp/err" | head -5; fi ;;
    *)
        if [ $rc -eq 1 ] || [ $rc -eq 2 ]; then ok; else bad "$f" "exit status $rc, expected 1 or 2"; fi
        [ -e "$name.err" ] || [ "${GOLDEN_UPDATE:-}" = 1 ] || { bad "$f" "no $name.err"; continue; }
        compare "$f" "$name.err" "$tmp/err"
        ;;
    esac
done

for f in *.json; do
    name=${f%.json}
    rules=ok_cases.guide
    [ -e "$name.guide" ] && rules=$name.guide
    "$guidec" run --format json --trace "$rules" "$f" > "$tmp/out" 2> "$tmp/err"
    rc=$?
    if [ $rc -eq 0 ] || [ $rc -eq 2 ]; then ok; else bad "$f" "exit status $rc, expected 0 or 2"; sed 's/^/  /' "$tmp/err" | head -5; fi
    if [ "$(wc -l < "$tmp/out")" -eq "$(wc -l < "$f")" ]; then ok; else bad "$f" "not one result per record"; fi
    compare "$f" "$name.out" "$tmp/out"
done

for f in *.csv; do
    name=${f%.csv}
    "$guidec" batch ok_cases.guide --in "$f" > "$tmp/out" 2> "$tmp/err"
    rc=$?
    if [ $rc -eq 0 ] || [ $rc -eq 2 ]; then ok; else bad "$f" "exit status $rc, expected 0 or 2"; sed 's/^/  /' "$tmp/err" | head -5; fi
    compare "$f" "$name.out" "$tmp/out"
done

# ---- regressions ----------------------------------------------------------------------------
# guidec diff of two equivalent versions: merge_boxes once gave qsort a NULL array (UBSan, under
# make check-hostile / check-sanitize).
if "$guidec" diff ok_cases.guide ok_cases.guide > "$tmp/out" 2> "$tmp/err" && grep -q "equivalent" "$tmp/out"; then
    ok; else bad "diff of a file with itself" "exit status or output: $(head -c 300 "$tmp/out" "$tmp/err")"; fi

# ---- generated ------------------------------------------------------------------------------
header='guideline g "t" version "1" source "s"
input a : bool
input x : cm in [0, 100]
output o : bool'
# gen NAME AWK_PROGRAM: writes $tmp/NAME.guide, the header then what the program prints.
gen() { { echo "$header"; awk "BEGIN { $2 }"; } > "$tmp/$1.guide"; }
# expect NAME STATUS FIRST_LINE: `guidec check` exits STATUS, its first line of stderr is
# FIRST_LINE, and when it has a position a caret line follows the source line.
expect() {
    (cd "$tmp" && "$guidec" check "$1.guide" > /dev/null 2> "$tmp/err")
    local rc=$?
    if [ $rc -ne "$2" ]; then bad "$1" "exit status $rc, expected $2"; head -c 300 "$tmp/err"; return; fi
    local first
    first=$(head -n 1 "$tmp/err")
    if [ "$first" = "$3" ]; then ok; else bad "$1" "first line '$first', expected '$3'"; return; fi
    case $3 in
    *:*:*:\ error:*) if sed -n 3p "$tmp/err" | grep -q '^ *^'; then ok; else bad "$1" "no caret line"; fi ;;
    esac
}

gen and_chain 'printf "rule r when a"; for (i = 0; i < 200000; i++) printf " and a"; print " then o = true"'
expect and_chain 1 "and_chain.guide:5:613: error: condition nested more than 100 levels deep"
gen sum_chain 'printf "derive d : cm = x"; for (i = 0; i < 200000; i++) printf " + x"; print ""; print "rule r when d > 3 then o = true"'
expect sum_chain 1 "sum_chain.guide:5:417: error: arithmetic nested more than 100 levels deep"
gen parens 'printf "rule r when "; for (i = 0; i < 20000; i++) printf "("; printf "a"; for (i = 0; i < 20000; i++) printf ")"; print " then o = true"'
expect parens 1 "parens.guide:5:10006: error: too deeply nested; the parser gives up here"
gen nots 'printf "rule r when "; for (i = 0; i < 20000; i++) printf "not "; print "a then o = true"'
expect nots 1 "nots.guide:5:39985: error: too deeply nested; the parser gives up here"
gen expr_parens 'printf "derive d : cm = "; for (i = 0; i < 20000; i++) printf "("; printf "x"; for (i = 0; i < 20000; i++) printf ")"; print ""; print "rule r when d > 3 then o = true"'
expect expr_parens 1 "expr_parens.guide:5:10009: error: too deeply nested; the parser gives up here"
gen huge_name 'printf "rule "; for (i = 0; i < 100000; i++) printf "r"; print " when a then o = true"'
expect huge_name 1 "huge_name.guide:5:6: error: a name of 100000 bytes; the limit is 100"
gen huge_number 'printf "rule r when x > 1"; for (i = 0; i < 100000; i++) printf "0"; print " then o = true"'
expect huge_number 1 "huge_number.guide:5:17: error: a number of 100001 characters; the limit is 100"
gen huge_string 'printf "rule r cites \""; for (i = 0; i < 100000; i++) printf "§"; print "\" when a then o = true"'
expect huge_string 1 "huge_string.guide:5:14: error: a string of 200000 bytes; the limit is 4096"
if [ "${HOSTILE_QUICK:-}" != 1 ]; then
    # 64 MiB of comments and one byte more
    { echo "$header"; yes '# a comment line of 32 bytes....' | head -c $((64 * 1024 * 1024)); } > "$tmp/big_file.guide"
    expect big_file 2 "big_file.guide: error: file too large: more than 64 MiB, the limit for a rule file"
    gen many_rows 'print "table t hit first"; print "  | a || o |"; for (i = 0; i <= 1000000; i++) print "  | - || true |"; print "end"'
    expect many_rows 1 "many_rows.guide:1000007:3: error: more than 1000000 rules and table rows in one file"
fi

# ---- the hostile-input probe (tests/hostile/probe, one rows_*.sh per subject) --------------
# bounded SECONDS MEBIBYTES CMD...: runs CMD with a time bound and a limit on its address space
# (not under ASan, whose shadow memory needs more); sets $rc (124: out of time).
bounded() {
    local secs=$1 mib=$2
    shift 2
    # ASan reserves terabytes of shadow address space: under the sanitizers only the time is bounded
    if [ -n "${ASAN_OPTIONS:-}" ]; then
        timeout "$secs" "$@"
    else
        ( ulimit -v $((mib * 1024)); exec timeout "$secs" "$@" )
    fi
    rc=$?
}
probe=$here/probe
for rows in "$here"/rows_*.sh; do
    [ -e "$rows" ] && . "$rows"
done
cd "$here"

echo "hostile: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
