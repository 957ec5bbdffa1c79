#!/bin/bash
# valgrind.sh GUIDEC [quick] — `make valgrind`: the command line under valgrind (memcheck, full
# leak check) on every rule file of rules/ and examples/versions/ (check, test, graph, fmt) and
# every example case (run --trace, text and JSON with --missing), plus one run of each other verb
# (diff, report, batch, run --backend c) and `check` of every tests/hostile rule file. Any
# invalid access, use of an uninitialised value, or definite / possible leak fails the run.
# valgrind exits 99 on an error (--error-exitcode=99), so that its verdict is never mistaken
# for guidec's own exit status (1: findings, 2: input error).
# `quick` (what `make check` runs, about a minute): check and test of rules/net.guide and
# rules/sarcoma.guide, and every example case; the full run adds rules/gist.guide, whose
# analyses and 292 tests take minutes under valgrind, and the other verbs.
set -u
guidec=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
quick=${2:-}
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
command -v valgrind > /dev/null || { echo "valgrind: not installed (make deps)"; exit 1; }
passed=0
failed=0

vg() { # NAME CMD...: runs CMD under valgrind; fails on any valgrind error
    local name=$1
    shift
    valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,possible \
        --log-file="$tmp/vg.log" "$@" > /dev/null 2> "$tmp/err" < /dev/null
    local rc=$?
    if [ $rc -eq 99 ] || [ -s "$tmp/vg.log" ]; then
        echo "valgrind: $name: errors:"; sed 's/^/  /' "$tmp/vg.log" | head -40
        failed=$((failed + 1))
    elif [ $rc -ge 128 ]; then
        echo "valgrind: $name: killed by signal $((rc - 128))"; failed=$((failed + 1))
    else
        passed=$((passed + 1))
    fi
}

cd "$root"
rules="rules/*.guide examples/versions/*.guide"
[ "$quick" = quick ] && rules="rules/net.guide rules/sarcoma.guide"
for f in $rules; do
    vg "check $f" "$guidec" check "$f"
    vg "test $f" "$guidec" test "$f"
    [ "$quick" = quick ] && continue
    vg "graph $f" "$guidec" graph "$f"
    vg "fmt $f" "$guidec" fmt "$f"
done
cases() { # RULES CASE...
    local r=$1
    shift
    for c in "$@"; do
        vg "run --trace $r $c" "$guidec" run --trace "$r" "$c"
        vg "run --format json --trace --missing $r $c" "$guidec" run --format json --trace --missing "$r" "$c"
    done
}
cases rules/gist.guide examples/cases/*.json
cases rules/sarcoma.guide examples/sarcoma/*.json
cases rules/net.guide examples/net/*.json
[ "$quick" = quick ] || {
    vg "diff" "$guidec" diff examples/versions/gist_v1.guide examples/versions/gist_v2.guide
    vg "report" "$guidec" report rules/gist.guide examples/cases/stomach_low_risk.json -o "$tmp/r.html"
    cat examples/cases/*.json | jq -c . > "$tmp/cases.jsonl"
    vg "batch" "$guidec" batch rules/gist.guide --in "$tmp/cases.jsonl" --out "$tmp/out.jsonl"
    vg "batch --threads 2" "$guidec" batch --threads 2 rules/gist.guide --in "$tmp/cases.jsonl" --out "$tmp/out.jsonl"
    vg "run --backend c" "$guidec" run --backend c --trace rules/gist.guide examples/cases/stomach_low_risk.json
    for f in tests/hostile/*.guide; do vg "check $f" "$guidec" check "$f"; done
    vg "run hostile cases" "$guidec" run --format json tests/hostile/ok_cases.guide tests/hostile/nested.json
    vg "run hostile bytes" "$guidec" run --format json tests/hostile/ok_cases.guide tests/hostile/bytes.json
}
echo "valgrind: $passed runs clean, $failed with errors"
[ "$failed" -eq 0 ]
