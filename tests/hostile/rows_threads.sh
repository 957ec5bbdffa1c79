# rows_threads.sh — batch on 1, 2, 4 and 8 threads writes the same bytes (issue 22; sourced by
# run.sh): tests/threads/run.sh on 100,000 mixed good and bad records with the interpreter and the
# JIT (about a minute on two cores; 2,000 under ASan and UBSan). make check-tsan runs it under
# ThreadSanitizer (make check: on 20,000 records).
if [ -n "${ASAN_OPTIONS:-}" ]; then threads_n=2000; else threads_n=100000; fi
if "$here/../threads/run.sh" "$guidec" "$threads_n" "interp jit" > "$tmp/threads.out" 2>&1; then ok; else
    bad "threads" "$(grep -v ' passed, ' "$tmp/threads.out" | head -5)"; fi
