# rows_oom.sh — allocation failure (issue 22; sourced by run.sh after rows_io.sh): with the test
# hook GUIDE_FAIL_ALLOC_AFTER=N (runtime/oom.h: the arena, strbuf, the case reader, batch's
# buffers), every verb either ends as it does without the hook or exits 2 saying "out of
# memory"; never a signal, never exit 2 without a word. N sweeps 0..17711 (Fibonacci numbers:
# each run costs a compilation), and each verb must reach its normal end within the sweep.
oom_v1=$here/../../examples/versions/gist_v1.guide
oom_v2=$here/../../examples/versions/gist_v2.guide
# (guidec diff of these two needs more than 17,711 allocations: diff is swept on small files)
oom_ns="0 1 2 3 5 8 13 21 34 55 89 144 233 377 610 987 1597 2584 4181 6765 10946 17711"
# under the sanitizers (make check-hostile), every other one
[ -n "${ASAN_OPTIONS:-}" ] && oom_ns="0 1 3 8 21 55 144 377 987 2584 6765 17711"
python3 -c 'import json, sys
for f in sys.argv[1:]: print(json.dumps(json.load(open(f))))' "$here"/../../examples/cases/*.json > "$io/cases_gist.jsonl"
{ echo "id,n"; seq 1 300 | awk '{ print "c" $1 "," $1 }'; } > "$io/cases.csv"
oom_sweep() { # NAME CMD...
    local name=$1 n want seen_end=0
    shift
    "$@" > /dev/null 2> "$io/err"
    want=$?
    for n in $oom_ns; do
        GUIDE_FAIL_ALLOC_AFTER=$n "$@" > /dev/null 2> "$io/err"
        rc=$?
        if [ $rc -eq "$want" ] && ! grep -q "out of memory" "$io/err"; then seen_end=1; continue; fi
        if [ $rc -eq 2 ] && [ "$(grep -c "out of memory" "$io/err")" -eq 1 ]; then continue; fi
        bad "$name, GUIDE_FAIL_ALLOC_AFTER=$n" "exit status $rc (without the hook: $want): $(head -c 300 "$io/err")"
        return
    done
    if [ $seen_end -eq 1 ]; then ok; else bad "$name" "still out of memory at N=${n}: raise the sweep"; fi
}
oom_sweep "check" "$guidec" check "$rules"
oom_sweep "check --format json" "$guidec" check --format json "$io/small.guide"
oom_sweep "run" "$guidec" run --trace "$rules" "$gist_case"
head -n 300 "$io/cases.jsonl" > "$io/cases_300.jsonl"
oom_sweep "run 300 cases" "$guidec" run "$io/small.guide" "$io/cases_300.jsonl"
oom_sweep "test" "$guidec" test "$io/small.guide"
oom_sweep "batch interp" "$guidec" batch --backend interp "$rules" --in "$io/cases_gist.jsonl"
oom_sweep "batch jit, 2 threads" "$guidec" batch --backend jit --threads 2 "$io/small.guide" --in "$io/cases_300.jsonl"
oom_sweep "batch csv" "$guidec" batch --backend interp "$io/small.guide" --in "$io/cases.csv" --out-format csv
oom_sweep "batch --compare" "$guidec" batch --backend interp "$oom_v2" --compare "$oom_v1" --in "$io/cases_gist.jsonl"
sed 's/n > 5/n > 7/' "$io/small.guide" > "$io/small2.guide"
oom_sweep "diff" "$guidec" diff "$io/small.guide" "$io/small2.guide"
oom_sweep "fmt" "$guidec" fmt "$io/small.guide"
oom_sweep "graph" "$guidec" graph "$io/small.guide"
oom_sweep "report" "$guidec" report "$rules" "$gist_case" -o "$io/oom.html"
oom_sweep "emit-c" "$guidec" emit-c "$io/small.guide" -o "$io/oom-c"
oom_sweep "emit-llvm" "$guidec" emit-llvm "$io/small.guide" -o "$io/oom.ll"
oom_sweep "dump --dd" "$guidec" dump --dd "$io/small.guide"
