#!/bin/sh
# run.sh GUIDEC BENCH_EVAL [DIFF_C] — `make bench`: one table of timings (a benchmark, never a test):
# evaluation of the Miettinen case stream (bench_eval: hand-written, interpreter, backends),
# batch throughput (batch_rate.sh), rows per second in SQLite and PostgreSQL (sql_rate.sh, the
# build directory being GUIDEC's), `guidec check` on generated tables (check_scale.sh), then
# the differential test of the C backend with 1,000,000 random cases per rule file (DIFF_C, the
# tests/diff program; `make check` runs it with 100,000).
set -eu
here=$(dirname "$0")
one_core=""
command -v taskset > /dev/null 2>&1 && one_core="taskset -c 0"
$one_core "$2" "$here/miettinen.guide" || echo "bench: checksums differ from the hand-written one"
echo
"$here/batch_rate.sh" "$1" "$2"
echo
"$here/sql_rate.sh" "$(dirname "$1")"
echo
"$here/check_scale.sh" "$1"
echo
if [ -n "${3:-}" ]; then
    echo "differential test, C backend (gcc) against the interpreter: boundary cases and 1,000,000 random cases per rule file"
    "$3" --random 1000000 --variant 0 "$here"/../rules/*.guide
fi
