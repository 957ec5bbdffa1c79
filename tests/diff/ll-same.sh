#!/bin/sh
# ll-same.sh EMIT_LL_A EMIT_LL_B — two builds of the LLVM backend (make check: the gcc one and
# the clang sanitizer build, each's tests/emit_ll) must write the same .ll, byte for byte, for
# every rule file the differential test takes: emit_llvm.c appends instructions in an order its
# source fixes, not the C compiler that built it.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

for f in "$root"/rules/*.guide "$root"/tests/golden/ok/*.guide "$root"/tests/diff/stress.guide \
    "$root"/tests/diff/direct.guide "$root"/tests/diff/names.guide "$root"/bench/miettinen.guide; do
    name=${f#"$root"/}
    if "$1" "$f" "$tmp/a.ll" && "$2" "$f" "$tmp/b.ll" && cmp -s "$tmp/a.ll" "$tmp/b.ll"; then
        passed=$((passed + 1))
    else
        echo "ll-same: $name: the two builds write different .ll (or cannot write it):"
        diff "$tmp/a.ll" "$tmp/b.ll" | head -20
        failed=$((failed + 1))
    fi
done

echo "ll-same: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
