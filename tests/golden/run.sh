#!/bin/sh
# Golden tests. tests/golden/err/X.guide: `guidec check X.guide`, run inside err/, must print
# exactly X.err on stderr and exit 1. tests/golden/ok/X.guide: `guidec --dump-ir` must print
# exactly X.ir, and when X.json (cases) and X.out exist, `guidec run --format json --trace`
# on them must print exactly X.out; when X.c exists, `guidec emit-c` must write exactly X.c and
# X.h, and `guidec run --backend c` must print X.out too; when X.ll exists, `guidec emit-llvm
# --emit=ll` (for x86_64-unknown-linux-gnu, CPU generic) must write exactly X.ll, which must
# pass llvm-as-19 and opt-19 -passes=verify, and `guidec run --backend jit` must print X.out.
# When X.dd exists, `guidec dump --dd` must print exactly X.dd (the decision diagrams), and when
# X.dd.dot exists, `guidec dump --dd --format dot` exactly X.dd.dot, which must render.
# `guidec dump --plan` must print exactly X.plan: the plan both backends compile from.
# tests/golden/graph/X.guide: `guidec graph` must print exactly X.dot, and with X.json (one
# case) `guidec graph --case` exactly X.case.dot; both must render with Graphviz.
# tests/golden/fmt/X.guide: `guidec fmt` must print exactly X.fmt; formatting X.fmt again must
# change nothing (`fmt --check` exits 0 on it, 1 on X.guide when they differ), and both files
# must have the same `--dump-ir`, line numbers aside.
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
    (cd "$here/ok" && "$guidec" dump --plan "$name.guide" > "$tmp/plan" 2> /dev/null)
    compare "ok/$name.plan" "$here/ok/$name.plan" "$tmp/plan"
    if [ -e "$here/ok/$name.dd" ]; then
        (cd "$here/ok" && "$guidec" dump --dd "$name.guide" > "$tmp/dd")
        compare "ok/$name.dd" "$here/ok/$name.dd" "$tmp/dd"
    fi
    if [ -e "$here/ok/$name.dd.dot" ]; then
        (cd "$here/ok" && "$guidec" dump --dd --format dot "$name.guide" > "$tmp/dd.dot")
        compare "ok/$name.dd.dot" "$here/ok/$name.dd.dot" "$tmp/dd.dot"
        if command -v dot > /dev/null 2>&1 && ! dot -Tsvg "$tmp/dd.dot" > /dev/null 2> "$tmp/doterr"; then
            echo "golden: ok/$name.dd.dot does not render:"; cat "$tmp/doterr"
            failed=$((failed + 1))
        fi
    fi
    if [ -e "$here/ok/$name.json" ]; then
        (cd "$here/ok" && "$guidec" run --format json --trace "$name.guide" "$name.json" > "$tmp/out")
        compare "ok/$name.out" "$here/ok/$name.out" "$tmp/out"
    fi
    # X.c and X.h: the generated C (guidec emit-c; the guideline is named X), and the results
    # of the compiled code, which must be X.out to the byte.
    if [ -e "$here/ok/$name.c" ]; then
        rm -rf "$tmp/emit" && mkdir "$tmp/emit"
        (cd "$here/ok" && "$guidec" emit-c "$name.guide" -o "$tmp/emit")
        compare "ok/$name.c" "$here/ok/$name.c" "$tmp/emit/$name.c"
        compare "ok/$name.h" "$here/ok/$name.h" "$tmp/emit/$name.h"
        if [ -e "$here/ok/$name.json" ]; then
            (cd "$here/ok" && "$guidec" run --backend c --format json --trace "$name.guide" "$name.json" > "$tmp/outc")
            compare "ok/$name.out (--backend c)" "$here/ok/$name.out" "$tmp/outc"
        fi
    fi
    if [ -e "$here/ok/$name.ll" ]; then
        (cd "$here/ok" && "$guidec" emit-llvm "$name.guide" --emit=ll --target x86_64-unknown-linux-gnu \
            --cpu generic -o "$tmp/$name.ll")
        # The same text whichever compiler built guidec (the sanitizer build is clang's).
        compare "ok/$name.ll" "$here/ok/$name.ll" "$tmp/$name.ll"
        if llvm-as-19 "$tmp/$name.ll" -o "$tmp/$name.bc" 2> "$tmp/stderr" &&
            opt-19 -passes=verify "$tmp/$name.bc" -o /dev/null 2>> "$tmp/stderr"; then
            passed=$((passed + 1))
        else
            echo "golden: ok/$name.ll does not verify: $(cat "$tmp/stderr")"; failed=$((failed + 1))
        fi
        if [ -e "$here/ok/$name.json" ]; then
            (cd "$here/ok" && "$guidec" run --backend jit --format json --trace "$name.guide" "$name.json" > "$tmp/outj")
            compare "ok/$name.out (--backend jit)" "$here/ok/$name.out" "$tmp/outj"
        fi
    fi
done

# ok NAME: count a check that passed; bad NAME MESSAGE: one that failed.
ok() { passed=$((passed + 1)); }
bad() { echo "golden: $1: $2"; failed=$((failed + 1)); }

for f in "$here"/graph/*.guide; do
    [ -e "$f" ] || continue
    name=$(basename "$f" .guide)
    (cd "$here/graph" && "$guidec" graph "$name.guide" > "$tmp/dot" 2> "$tmp/stderr")
    compare "graph/$name.dot" "$here/graph/$name.dot" "$tmp/dot"
    if dot -Tsvg "$tmp/dot" > /dev/null 2> "$tmp/stderr"; then ok; else bad "graph/$name.dot" "dot cannot render it: $(cat "$tmp/stderr")"; fi
    if [ -e "$here/graph/$name.json" ]; then
        (cd "$here/graph" && "$guidec" graph --case "$name.json" "$name.guide" > "$tmp/dot" 2> "$tmp/stderr")
        compare "graph/$name.case.dot" "$here/graph/$name.case.dot" "$tmp/dot"
        if dot -Tsvg "$tmp/dot" > /dev/null 2> "$tmp/stderr"; then ok; else bad "graph/$name.case.dot" "dot cannot render it: $(cat "$tmp/stderr")"; fi
    fi
done

# The IR dump with line numbers masked: formatting may move lines, never change meaning.
ir_masked() { "$guidec" --dump-ir "$1" | sed -E 's/ line [0-9]+/ line #/g'; }

for f in "$here"/fmt/*.guide; do
    [ -e "$f" ] || continue
    name=$(basename "$f" .guide)
    "$guidec" fmt "$f" > "$tmp/fmt" 2> "$tmp/stderr" || bad "fmt/$name" "fmt failed: $(cat "$tmp/stderr")"
    compare "fmt/$name.fmt" "$here/fmt/$name.fmt" "$tmp/fmt"
    cp "$here/fmt/$name.fmt" "$tmp/again.guide"
    "$guidec" fmt "$tmp/again.guide" > "$tmp/again" 2> "$tmp/stderr"
    if cmp -s "$tmp/again" "$tmp/again.guide"; then ok; else bad "fmt/$name.fmt" "formatting twice changes it"; fi
    if "$guidec" fmt --check "$tmp/again.guide" 2> "$tmp/stderr"; then ok; else bad "fmt/$name.fmt" "fmt --check rejects a formatted file"; fi
    if ! cmp -s "$f" "$here/fmt/$name.fmt"; then
        "$guidec" fmt --check "$f" 2> "$tmp/stderr"
        if [ $? -eq 1 ]; then ok; else bad "fmt/$name.guide" "fmt --check should exit 1"; fi
    fi
    ir_masked "$f" > "$tmp/ir1"
    ir_masked "$tmp/again.guide" > "$tmp/ir2"
    if [ -s "$tmp/ir1" ] && cmp -s "$tmp/ir1" "$tmp/ir2"; then ok; else bad "fmt/$name" "the formatted file has another IR"; fi
done

echo "golden: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
