#!/bin/sh
# batch_rate.sh GUIDEC BENCH_EVAL — the batch rows of `make bench`: `guidec batch` on the
# Miettinen stream (bench/miettinen.guide) from JSON Lines and from CSV, with the interpreter, the
# rules compiled to C and the JIT, one thread, output discarded; cases per second and peak memory
# (/usr/bin/time). cases/s and ns/case are the batch's own figures, from its summary line: the
# stream of records, read, evaluated and written. set-up s is the rest of the run, mostly the
# rules compiled by the C compiler (c) or by LLJIT (jit); total s is the whole run. The peak
# memory of the c rows is that of the C compiler, the largest process of the run. Then the same
# for rules/gist.guide: on the Miettinen stream itself (location, size and mitoses known, the
# other 47 inputs unknown: what a pathology registry has), with each backend and with two
# threads, and on cases with 20% and 50% of the inputs known (bench_eval --emit-sparse). Every
# output Kleene logic leaves open is decided by its decision diagram. Before the diagrams (the
# budgeted search, commit 7202407), the pathology row ran at about 2,400 cases/s with the JIT.
set -eu
guidec=$1
bench_eval=$2
here=$(dirname "$0")
n=${BENCH_BATCH_CASES:-1048576}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
one_core=""
command -v taskset > /dev/null 2>&1 && one_core="taskset -c 0"
# batch_row LABEL RULES CASES BACKEND [OPTION...]: one row
batch_row() {
    label=$1 rules=$2 cases=$3 backend=$4
    shift 4
    $one_core /usr/bin/time -f '%e %M' -o "$tmp/time" "$guidec" batch "$rules" \
        --backend "$backend" --in "$cases" --out /dev/null "$@" 2> "$tmp/summary"
    read -r secs kb < "$tmp/time"
    # the batch's summary line: "guidec batch: N records, E errors, S s (R records/s, ...)"
    el=$(sed -n 's/^guidec batch: .* errors, \([0-9.]*\) s (.*/\1/p' "$tmp/summary")
    rate=$(sed -n 's/^guidec batch: .* s (\([0-9]*\) records\/s.*/\1/p' "$tmp/summary")
    awk -v s="$secs" -v el="${el:-0}" -v r="${rate:-0}" -v kb="$kb" -v f="$label" \
        'BEGIN { printf "%-34s %14.0f %10.1f %10.2f %10.2f  %.1f\n", f, r, (r > 0 ? 1e9 / r : 0), s - el, s, kb / 1024 }'
}
printf '%-34s %14s %10s %10s %10s  %s\n' "guidec batch ($n cases, 1 thread)" "cases/s" "ns/case" "set-up s" "total s" "peak MiB"
for fmt in jsonl csv; do
    "$bench_eval" --emit "$fmt" "$n" > "$tmp/cases.$fmt"
    for backend in interp c jit; do
        batch_row "batch from $fmt, $backend" "$here/miettinen.guide" "$tmp/cases.$fmt" "$backend"
    done
done
# Missing data: rules/gist.guide on cases with few inputs known, where most outputs are
# decided by their diagrams.
path=${BENCH_PATHOLOGY_CASES:-200000}
echo
printf '%-34s %14s %10s %10s %10s  %s\n' "rules/gist.guide, pathology only ($path)" "cases/s" "ns/case" "set-up s" "total s" "peak MiB"
"$bench_eval" --emit jsonl "$path" > "$tmp/path.jsonl"
for backend in interp c jit; do
    batch_row "location, size, mitoses; $backend" "$here/../rules/gist.guide" "$tmp/path.jsonl" "$backend"
done
# two threads: not on one core
one_core_saved=$one_core
one_core=""
batch_row "the same, jit, 2 threads" "$here/../rules/gist.guide" "$tmp/path.jsonl" jit --threads 2
one_core=$one_core_saved
sparse=${BENCH_SPARSE_CASES:-10000}
echo
printf '%-34s %14s %10s %10s %10s  %s\n' "rules/gist.guide ($sparse cases)" "cases/s" "ns/case" "set-up s" "total s" "peak MiB"
for pct in 20 50; do
    "$bench_eval" --emit-sparse "$here/../rules/gist.guide" "$pct" "$sparse" > "$tmp/sparse.jsonl"
    for backend in interp c jit; do
        batch_row "$pct% of inputs known, $backend" "$here/../rules/gist.guide" "$tmp/sparse.jsonl" "$backend"
    done
done
