#!/bin/sh
# run.sh GUIDEC BENCH_EVAL — `make bench`: one table of timings (a benchmark, never a test):
# evaluation of the Miettinen case stream (bench_eval: hand-written, interpreter, backends),
# batch throughput (batch_rate.sh), then `guidec check` on generated tables (check_scale.sh).
set -eu
here=$(dirname "$0")
one_core=""
command -v taskset > /dev/null 2>&1 && one_core="taskset -c 0"
$one_core "$2" "$here/miettinen.guide" || echo "bench: checksums differ from the hand-written one"
echo
"$here/batch_rate.sh" "$1" "$2"
echo
"$here/check_scale.sh" "$1"
