#!/bin/sh
# batch_rate.sh GUIDEC BENCH_EVAL — the batch rows of `make bench`: `guidec batch` on the
# Miettinen stream (bench/miettinen.guide) from JSON Lines and from CSV, with the interpreter, the
# rules compiled to C and the JIT, one thread, output discarded; cases per second and peak memory
# (/usr/bin/time). The c and jit rows include compiling the rules; the peak memory of the c rows
# is that of the C compiler, the largest process of the run.
set -eu
guidec=$1
bench_eval=$2
here=$(dirname "$0")
n=${BENCH_BATCH_CASES:-1048576}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
one_core=""
command -v taskset > /dev/null 2>&1 && one_core="taskset -c 0"
printf '%-34s %14s %10s %10s  %s\n' "guidec batch ($n cases, 1 thread)" "cases/s" "ns/case" "seconds" "peak MiB"
for fmt in jsonl csv; do
    "$bench_eval" --emit "$fmt" "$n" > "$tmp/cases.$fmt"
    for backend in interp c jit; do
        $one_core /usr/bin/time -f '%e %M' -o "$tmp/time" "$guidec" batch "$here/miettinen.guide" \
            --backend "$backend" --in "$tmp/cases.$fmt" --out /dev/null 2> /dev/null
        read -r secs kb < "$tmp/time"
        awk -v n="$n" -v s="$secs" -v kb="$kb" -v f="batch from $fmt, $backend" \
            'BEGIN { r = s > 0 ? n / s : 0; printf "%-34s %14.0f %10.1f %10.2f  %.1f\n", f, r, s * 1e9 / n, s, kb / 1024 }'
    done
done
