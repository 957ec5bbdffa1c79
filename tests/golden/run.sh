#!/bin/sh
# Golden tests. tests/golden/err/X.guide: `guidec check X.guide`, run inside err/, must print
# exactly X.err on stderr and exit 1. tests/golden/ok/X.guide: `guidec --dump-ir` must print
# exactly X.ir, and when X.json (cases) and X.out exist, `guidec run --format json --trace`
# on them must print exactly X.out.
# GOLDEN_UPDATE=1 rewrites the expected files from the current output (review the diff!).
set -u
guidec=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

compare() { # name expected actual
    if [ "${GOLDEN_UPDATE:-}" = 1 ]; then cp "$3" "$2"; fi
    if diff -u "$2" "$3" > "$tmp/diff"; then
        passed=$((passed + 1))
    else
        echo "golden: $1 differs:"; cat "$tmp/diff"
        failed=$((failed + 1))
    fi
}

for f in "$here"/err/*.guide; do
    [ -e "$f" ] || continue
    name=$(basename "$f" .guide)
    (cd "$here/err" && "$guidec" check "$name.guide" 2> "$tmp/err" > /dev/null)
    rc=$?
    if [ $rc -ne 1 ]; then
        echo "golden: err/$name.guide: exit status $rc, expected 1"
        failed=$((failed + 1))
        continue
    fi
    compare "err/$name" "$here/err/$name.err" "$tmp/err"
done

for f in "$here"/ok/*.guide; do
    [ -e "$f" ] || continue
    name=$(basename "$f" .guide)
    (cd "$here/ok" && "$guidec" --dump-ir "$name.guide" > "$tmp/ir" 2> "$tmp/stderr")
    compare "ok/$name.ir" "$here/ok/$name.ir" "$tmp/ir"
    if [ -e "$here/ok/$name.json" ]; then
        (cd "$here/ok" && "$guidec" run --format json --trace "$name.guide" "$name.json" > "$tmp/out")
        compare "ok/$name.out" "$here/ok/$name.out" "$tmp/out"
    fi
done

echo "golden: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
