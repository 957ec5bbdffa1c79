# rows_front.sh — probe rows of the front end (sourced by run.sh): a dependency cycle of long
# names, a bad byte under a long path, a chain of derived values past the limit.

# The cycle is reported whole: every member named, however long the names (1 KiB once overflowed).
(cd "$probe" && "$guidec" check cycle_long_names.guide > /dev/null 2> "$tmp/err")
rc=$?
members=$(head -n 1 "$tmp/err" | grep -o ' -> ' | wc -l)
outputs=$(grep -c '^output' "$probe/cycle_long_names.guide")
if [ $rc -eq 1 ] && [ "$members" -eq "$outputs" ] && head -n 1 "$tmp/err" | grep -q "depends on itself: o00_y*"; then
    ok; else bad "check cycle_long_names.guide" "exit $rc, $members arrows for $outputs outputs: $(head -c 200 "$tmp/err")"; fi

# A bad byte in a file reached by a path of 2 KiB: the whole path, the line and a caret.
long=$(printf './%.0s' $(seq 1025))bad_utf8.guide
(cd "$probe" && "$guidec" check "$long" > /dev/null 2> "$tmp/err")
rc=$?
if [ $rc -eq 2 ] && [ "$(head -n 1 "$tmp/err")" = "$long:1:14: error: invalid UTF-8 (byte 0xFF)" ] \
    && [ "$(sed -n 3p "$tmp/err")" = "             ^~~~" ]; then
    ok; else bad "check <2 KiB path>/bad_utf8.guide" "exit $rc: $(tail -c 300 "$tmp/err")"; fi

# A chain of derived values: 4096 variables are checked (iteratively: no recursion as deep as the
# chain), one more is refused at its declaration.
chain() { # N: a file with N derived values, each the one before
    awk -v n="$1" 'BEGIN {
        print "guideline t \"T\"\n  version \"1\"\n  source \"s\"\ninput x : cm in [0, 10]\noutput o : bool"
        print "derive d0 : cm = x"
        for (i = 1; i < n; i++) printf "derive d%d : cm = d%d\n", i, i - 1
        printf "rule r cites \"x\" when d%d > 3 then o = true\n", n - 1 }' > "$tmp/chain$1.guide"
}
chain 4094
bounded 60 1024 "$guidec" check "$tmp/chain4094.guide" > /dev/null 2> "$tmp/err"
if [ $rc -eq 0 ]; then ok; else bad "check of 4094 chained derived values" "exit $rc: $(head -c 300 "$tmp/err")"; fi
chain 4095
bounded 60 1024 "$guidec" check "$tmp/chain4095.guide" > /dev/null 2> "$tmp/err"
if [ $rc -eq 1 ] && grep -q "error: more than 4096 inputs, derived values and outputs in one file" "$tmp/err"; then
    ok; else bad "check of 4097 variables" "exit $rc: $(head -c 300 "$tmp/err")"; fi
