# rows_oom.sh — allocation failure (issue 22; sourced by run.sh after rows_io.sh): with the test
# hook GUIDE_FAIL_ALLOC_AFTER=N (runtime/oom.h: every allocation of the compiler, through
# xalloc.h, and of libguide, through oom.h; jansson's in guidec), every verb either ends as it
# does without the hook or exits 2 saying "out of memory"; never a signal, never exit 2 without
# a word. N sweeps 0..17711 (Fibonacci numbers: each run costs a compilation), and each verb must
# reach its normal end within the sweep. Then the same under a real limit, ulimit -v (below).
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

# Out of memory under a limit on the address space (ulimit -v). The hook above fails only the
# allocations guidec makes through xalloc.h and oom.h; a real limit also fails those of libc
# (open_memstream, getline), jansson, flex and LLVM, which allocates with C++'s operator new:
# its std::bad_alloc ended guidec in an abort (SIGABRT, "terminate called"), and a NULL from an
# unchecked malloc in the analyses in a SIGSEGV. Every run must succeed as it does without a
# limit, or say "out of memory" once with status 2; never a signal.
# Below some limit guidec never reaches main: the loader cannot map a library (status 127), or
# libLLVM's static constructors run out (an abort before any handler of guidec's can be
# installed). So the sweep starts at ul_base, the lowest limit at which `guidec --version` runs
# (to 16 KiB: it is where main is reached, whatever the verb), and
# goes up in steps of STEP KiB until the verb has succeeded 3 times in a row; each verb must run
# out at least once on the way. The window is small (the libraries map about 190 MiB; what a verb
# allocates for a small file is 100 KiB to a few MiB more), and found anew on each machine, so it
# holds where the libraries differ in size. (Not under ASan, whose shadow memory needs terabytes.)
if [ -z "${ASAN_OPTIONS:-}" ]; then
    # (the braces keep bash's "Aborted" notes of the runs that do not reach main off the output)
    ul_starts() { { (ulimit -v "$1"; exec "$guidec" --version) > /dev/null 2>&1; } 2> /dev/null; }
    ul_base=$((64 * 1024))
    while [ $ul_base -lt $((1024 * 1024)) ] && ! ul_starts $ul_base; do ul_base=$((ul_base + 1024)); done
    ul_base=$((ul_base - 1024))
    while ! ul_starts $ul_base; do ul_base=$((ul_base + 16)); done
    ul_whats=""
    ul_sweep() { # NAME STEP_KIB CMD...
        local name=$1 step=$2 k rc want in_a_row=0 ran_out=0
        shift 2
        "$@" > /dev/null 2> "$io/err"
        want=$?
        for ((k = ul_base; k < ul_base + 128 * 1024 && in_a_row < 3; k += step)); do
            { (ulimit -v $k; exec "$@") > /dev/null 2> "$io/err"; } 2> /dev/null
            rc=$?
            if [ $rc -eq "$want" ] && ! grep -q "out of memory" "$io/err"; then
                in_a_row=$((in_a_row + 1))
            elif [ $rc -eq 2 ] && [ "$(grep -c "out of memory" "$io/err")" -eq 1 ]; then
                in_a_row=0 ran_out=$((ran_out + 1))
                ul_whats="$ul_whats $(grep -o "out of memory (.*)" "$io/err" | tr ' ' _)"
            else
                bad "$name under ulimit -v $k" "exit status $rc (without a limit: $want): $(head -c 300 "$io/err")"
                return
            fi
        done
        if [ $in_a_row -lt 3 ]; then bad "$name under ulimit -v" "no success up to $k KiB"
        elif [ $ran_out -eq 0 ]; then bad "$name under ulimit -v" "never out of memory from $ul_base KiB: use a smaller step"
        else ok; fi
        [ -z "${UL_VERBOSE:-}" ] || echo "ulimit -v: $name: out of memory $ran_out times from $ul_base KiB, then 3 successes up to $k KiB"
    }
    ul_sweep "check" 32 "$guidec" check "$io/small.guide"
    ul_sweep "check --format json" 32 "$guidec" check --format json "$io/small.guide"
    ul_sweep "run" 32 "$guidec" run --trace --missing "$io/small.guide" "$io/cases_300.jsonl"
    ul_sweep "run --format json" 32 "$guidec" run --format json --trace "$io/small.guide" "$io/cases_300.jsonl"
    ul_sweep "batch interp" 32 "$guidec" batch --backend interp "$io/small.guide" --in "$io/cases_300.jsonl"
    ul_sweep "batch csv" 32 "$guidec" batch --backend interp "$io/small.guide" --in "$io/cases.csv" --out-format csv
    ul_sweep "test" 32 "$guidec" test --backend interp "$io/small.guide"
    ul_sweep "diff" 32 "$guidec" diff "$io/small.guide" "$io/small2.guide"
    ul_sweep "graph" 32 "$guidec" graph "$io/small.guide"
    ul_sweep "report" 32 "$guidec" report "$io/small.guide" "$io/cases_300.jsonl" -o "$io/oom.html"
    ul_sweep "emit-c" 32 "$guidec" emit-c "$io/small.guide" -o "$io/oom-c"
    ul_sweep "fmt" 32 "$guidec" fmt "$io/small.guide"
    # a larger file: its analyses allocate more (an unchecked malloc of them was the SIGSEGV)
    ul_sweep "check of a version of GIST" 64 "$guidec" check "$oom_v2"
    ul_sweep "diff of two versions of GIST" 64 "$guidec" diff "$oom_v1" "$oom_v2"
    ul_sweep "emit-llvm --emit=obj" 128 "$guidec" emit-llvm --emit=obj "$io/small.guide" -o "$io/oom.o"
    ul_sweep "run --backend jit" 128 "$guidec" run --backend jit "$io/small.guide" "$io/cases_300.jsonl"
    ul_sweep "batch jit, 2 threads" 128 "$guidec" batch --backend jit --threads 2 "$io/small.guide" --in "$io/cases_300.jsonl"
    # LLVM's own allocations (emit_llvm_oom.c) must have been among those that ran out
    if echo "$ul_whats" | grep -q "(LLVM)"; then ok
    else bad "LLVM under ulimit -v" "never out of memory in LLVM itself:$ul_whats"; fi
fi
