#!/bin/sh
# ll-same.sh EMIT_LL_A EMIT_LL_B FILE... — two builds of the LLVM backend (make check: the gcc
# one and the clang sanitizer build, each's tests/emit_ll) must write the same .ll, byte for
# byte, for every rule file FILE (the Makefile passes those of the differential tests,
# DIFF_GUIDES): emit_llvm.c appends instructions in an order its source fixes, not the C
# compiler that built it.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

a=$1
b=$2
shift 2
[ $# -gt 0 ] || { echo "usage: ll-same.sh EMIT_LL_A EMIT_LL_B FILE..." >&2; exit 2; }
for f in "$@"; do
    name=$f
    if "$a" "$f" "$tmp/a.ll" && "$b" "$f" "$tmp/b.ll" && cmp -s "$tmp/a.ll" "$tmp/b.ll"; then
        passed=$((passed + 1))
    else
        echo "ll-same: $name: the two builds write different .ll (or cannot write it):"
        diff "$tmp/a.ll" "$tmp/b.ll" | head -20
        failed=$((failed + 1))
    fi
done

echo "ll-same: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
