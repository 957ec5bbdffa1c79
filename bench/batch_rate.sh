#!/bin/sh
# batch_rate.sh GUIDEC BENCH_EVAL — the batch rows of `make bench`: `guidec batch` on the
# Miettinen stream (bench/miettinen.guide) from JSON Lines and from CSV, with the interpreter, the
# rules compiled to C and the JIT, one thread, output discarded; cases per second and peak memory
# (/usr/bin/time). cases/s and ns/case are the batch's own figures, from its summary line: the
# stream of records, read, evaluated and written. set-up s is the rest of the run, mostly the
# rules compiled by the C compiler (c) or by LLJIT (jit); total s is the whole run. The peak
# memory of the c rows is that of the C compiler, the largest process of the run.
set -eu
guidec=$1
bench_eval=$2
here=$(dirname "$0")
n=${BENCH_BATCH_CASES:-1048576}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
one_core=""
command -v taskset > /dev/null 2>&1 && one_core="taskset -c 0"
printf '%-34s %14s %10s %10s %10s  %s\n' "guidec batch ($n cases, 1 thread)" "cases/s" "ns/case" "set-up s" "total s" "peak MiB"
for fmt in jsonl csv; do
    "$bench_eval" --emit "$fmt" "$n" > "$tmp/cases.$fmt"
    for backend in interp c jit; do
        $one_core /usr/bin/time -f '%e %M' -o "$tmp/time" "$guidec" batch "$here/miettinen.guide" \
            --backend "$backend" --in "$tmp/cases.$fmt" --out /dev/null 2> "$tmp/summary"
        read -r secs kb < "$tmp/time"
        # the batch's summary line: "guidec batch: N records, E errors, S s (R records/s, ...)"
        el=$(sed -n 's/^guidec batch: .* errors, \([0-9.]*\) s (.*/\1/p' "$tmp/summary")
        rate=$(sed -n 's/^guidec batch: .* s (\([0-9]*\) records\/s.*/\1/p' "$tmp/summary")
        awk -v s="$secs" -v el="${el:-0}" -v r="${rate:-0}" -v kb="$kb" -v f="batch from $fmt, $backend" \
            'BEGIN { printf "%-34s %14.0f %10.1f %10.2f %10.2f  %.1f\n", f, r, (r > 0 ? 1e9 / r : 0), s - el, s, kb / 1024 }'
    done
done
