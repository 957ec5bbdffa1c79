# rows_emitc.sh — probe rows of the C backend (sourced by run.sh): a long output name, a
# guideline named after a header the generated code includes, a write that fails half way.
cc_for_test=${CC:-cc}

# A name of 86 bytes made a generated line of more than 160 bytes, cut into C that did not compile.
rm -rf "$tmp/emitc" && mkdir -p "$tmp/emitc"
if "$guidec" emit-c "$probe/long_output_name.guide" -o "$tmp/emitc" 2> "$tmp/err" \
    && $cc_for_test -std=c11 -Wall -Werror -I"$here/../../runtime" -c "$tmp/emitc/g.c" -o "$tmp/emitc/g.o" 2>> "$tmp/err"; then
    ok; else bad "emit-c long_output_name.guide" "$(head -c 400 "$tmp/err")"; fi

# A guideline named guide would write guide.h over libguide's: refused, nothing written.
rm -rf "$tmp/emitc" && mkdir -p "$tmp/emitc"
"$guidec" emit-c "$probe/guideline_named_guide.guide" -o "$tmp/emitc" 2> "$tmp/err"
rc=$?
if [ $rc -eq 2 ] && grep -q "the guideline is named 'guide': the C backend would write guide.h" "$tmp/err" \
    && [ -z "$(ls -A "$tmp/emitc")" ]; then
    ok; else bad "emit-c guideline_named_guide.guide" "exit $rc, $(ls "$tmp/emitc"): $(head -c 300 "$tmp/err")"; fi

# A full disk (a file size limit) half way through gist.c: exit 2 naming the file, and no file
# left, neither gist.c, nor gist.h, nor a temporary one.
rm -rf "$tmp/emitc" && mkdir -p "$tmp/emitc"
(ulimit -f 16; trap '' XFSZ; exec "$guidec" emit-c "$here/../../rules/gist.guide" -o "$tmp/emitc") 2> "$tmp/err"
rc=$?
if [ $rc -eq 2 ] && grep -q "cannot write $tmp/emitc/gist.c: File too large" "$tmp/err" && [ -z "$(ls -A "$tmp/emitc")" ]; then
    ok; else bad "emit-c on a full disk" "exit $rc, left: $(ls -A "$tmp/emitc"): $(head -c 300 "$tmp/err")"; fi
