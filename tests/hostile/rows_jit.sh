# rows_jit.sh — sourced by run.sh: the JIT and `guidec emit-llvm` on large tables and on files
# that cannot be written (uses ok, bad, bounded, $guidec, $probe, $tmp from run.sh).

# A hit unique table of 1,000 rows (10,000 cut the input into more cells than a decision
# diagram's level holds): code for each row took LLVM long; the row loop (emit_llvm_eval.c
# make_row_loop) compiles it in a few seconds. The answers must be the interpreter's.
if [ "${HOSTILE_QUICK:-}" != 1 ]; then
    [ -d "$tmp/large" ] || python3 "$probe/gen_large.py" "$tmp/large"
    head -n 2000 "$tmp/large/cases_200000.jsonl" > "$tmp/jit_cases.jsonl"
    printf '{"id":"edge%s","n":%s}\n' a 0.5 b 999.5 c 1000 d -1 e 1e6 >> "$tmp/jit_cases.jsonl"
    echo '{"id":"unknown"}' >> "$tmp/jit_cases.jsonl"
    awk '/^  \| \[1000,/ { print "end"; exit } { print }' "$tmp/large/unique_10000.guide" > "$tmp/large/unique_1000.guide"
    for f in unique_1000; do
        bounded 60 2048 "$guidec" batch "$tmp/large/$f.guide" --backend jit --in "$tmp/jit_cases.jsonl" \
            --out "$tmp/jit_out.jsonl"
        # exit 2: the cases past the input's range are error records
        if [ "$rc" -eq 2 ] && [ "$(wc -l < "$tmp/jit_out.jsonl")" -eq 2006 ]; then ok; else
            bad "batch $f.guide --backend jit" "exit status $rc (124: over 60 s)"; fi
        "$guidec" batch "$tmp/large/$f.guide" --backend interp --in "$tmp/jit_cases.jsonl" \
            --out "$tmp/interp_out.jsonl" 2> /dev/null
        if cmp -s "$tmp/jit_out.jsonl" "$tmp/interp_out.jsonl"; then ok; else
            bad "batch $f.guide" "the JIT's results differ from the interpreter's"; fi
    done
    # emit-llvm of a gap-free table of 1,000 rows (unique_1000 has a gap past its last row)
    sed 's/^  | \[999, 1000) /  | [999, 1000000] /' \
        "$tmp/large/unique_1000.guide" > "$tmp/jit_10000.guide"
    bounded 60 2048 "$guidec" emit-llvm "$tmp/jit_10000.guide" --emit=obj -o "$tmp/jit_10000.o"
    if [ "$rc" -eq 0 ] && [ -s "$tmp/jit_10000.o" ]; then ok; else
        bad "emit-llvm --emit=obj of 1,000 rows" "exit status $rc (124: over 60 s)"; fi
fi

# Writing to a full disk: one message naming the file, exit 2 (LLVM's writer aborted: exit 1).
for kind in ll bc obj; do
    "$guidec" emit-llvm "$here/ok_cases.guide" --emit=$kind -o /dev/full 2> "$tmp/err"
    rc=$?
    if [ $rc -eq 2 ] && [ "$(cat "$tmp/err")" = "guidec: emit-llvm: cannot write /dev/full: No space left on device" ]; then
        ok; else bad "emit-llvm --emit=$kind -o /dev/full" "exit status $rc: $(head -c 300 "$tmp/err")"; fi
done
# A path under a file, not a directory (root ignores a read-only directory).
"$guidec" emit-llvm "$here/ok_cases.guide" -o /dev/null/x.o 2> "$tmp/err"
rc=$?
if [ $rc -eq 2 ] && grep -q "cannot write /dev/null/x.o: Not a directory" "$tmp/err"; then ok; else
    bad "emit-llvm -o /dev/null/x.o" "exit status $rc: $(head -c 300 "$tmp/err")"; fi
# A file that grows past the size limit: the write fails half way, and no partial file is left.
(trap '' XFSZ; ulimit -f 4; "$guidec" emit-llvm "$here/ok_cases.guide" --emit=ll -o "$tmp/jit_part.ll" 2> "$tmp/err")
rc=$?
if [ $rc -eq 2 ] && grep -q "cannot write $tmp/jit_part.ll: File too large" "$tmp/err" && [ ! -e "$tmp/jit_part.ll" ]; then
    ok; else bad "emit-llvm past the file size limit" "exit status $rc, file left: $([ -e "$tmp/jit_part.ll" ] && echo yes || echo no): $(head -c 300 "$tmp/err")"; fi
