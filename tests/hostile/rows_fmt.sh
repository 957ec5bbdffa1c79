# rows_fmt.sh — the `guidec fmt` rows of probe/README.md, sourced by run.sh (which provides ok,
# bad, bounded, $guidec, $probe and $tmp). Each check fails on the fmt before these fixes.

fmtd=$tmp/fmt
mkdir -p "$fmtd"
messy=$probe/../../golden/fmt/messy.guide

# fmt_moves_table.guide: the blank line fmt adds before the table moves its first row from line
# 9 to 10; a digit-by-digit mask of the IR's line numbers took that for a change of meaning.
bounded 20 512 "$guidec" fmt "$probe/fmt_moves_table.guide" > "$fmtd/moves.fmt" 2> "$fmtd/err"
if [ "$rc" -eq 0 ]; then ok; else bad "fmt fmt_moves_table" "exit status $rc, expected 0: $(head -c 300 "$fmtd/err")"; fi
cp "$fmtd/moves.fmt" "$fmtd/moves.guide"
bounded 20 512 "$guidec" fmt "$fmtd/moves.guide" > "$fmtd/again" 2> "$fmtd/err"
if [ "$rc" -eq 0 ] && cmp -s "$fmtd/again" "$fmtd/moves.guide"; then ok; else
    bad "fmt fmt_moves_table" "formatting the output again changes it (exit status $rc)"; fi
"$guidec" --dump-ir "$probe/fmt_moves_table.guide" 2> /dev/null | sed -E 's/ line [0-9]+/ line #/' > "$fmtd/ir1"
"$guidec" --dump-ir "$fmtd/moves.guide" 2> /dev/null | sed -E 's/ line [0-9]+/ line #/' > "$fmtd/ir2"
if [ -s "$fmtd/ir1" ] && cmp -s "$fmtd/ir1" "$fmtd/ir2"; then ok; else bad "fmt fmt_moves_table" "the output has another IR"; fi

# fmt /dev/zero: read through the other verbs' reader, which stops past 64 MiB.
bounded 20 512 "$guidec" fmt /dev/zero > /dev/null 2> "$fmtd/err"
fmt_first=$(head -n 1 "$fmtd/err")
if [ "$rc" -eq 2 ] && [ "$fmt_first" = "/dev/zero: error: file too large: more than 64 MiB, the limit for a rule file" ]; then
    ok; else bad "fmt /dev/zero" "exit status $rc (124: out of time), first line '$fmt_first'"; fi

# fmt --in-place F with a symlink planted at the old fixed temporary name F.fmt-tmp: the link
# and its target are left alone, F is formatted and keeps its permission bits, and no
# temporary file is left behind.
mkdir -p "$fmtd/sym"
cp "$messy" "$fmtd/sym/F.guide"
chmod 640 "$fmtd/sym/F.guide"
echo "not to be overwritten" > "$fmtd/sym/target"
ln -s target "$fmtd/sym/F.guide.fmt-tmp"
"$guidec" fmt "$messy" > "$fmtd/sym.expected" 2> /dev/null
bounded 20 512 "$guidec" fmt --in-place "$fmtd/sym/F.guide" > /dev/null 2> "$fmtd/err"
if [ "$rc" -eq 0 ]; then ok; else bad "fmt --in-place, symlink at F.fmt-tmp" "exit status $rc: $(head -c 300 "$fmtd/err")"; fi
if [ -L "$fmtd/sym/F.guide.fmt-tmp" ] && [ "$(readlink "$fmtd/sym/F.guide.fmt-tmp")" = target ] &&
    [ "$(cat "$fmtd/sym/target")" = "not to be overwritten" ]; then ok; else
    bad "fmt --in-place, symlink at F.fmt-tmp" "the planted link or its target was changed"; fi
if [ ! -L "$fmtd/sym/F.guide" ] && cmp -s "$fmtd/sym/F.guide" "$fmtd/sym.expected"; then ok; else
    bad "fmt --in-place, symlink at F.fmt-tmp" "F is not the formatted text"; fi
if [ "$(stat -c %a "$fmtd/sym/F.guide")" = 640 ]; then ok; else
    bad "fmt --in-place, symlink at F.fmt-tmp" "F's permissions are $(stat -c %a "$fmtd/sym/F.guide"), expected 640"; fi
if [ "$(ls -A "$fmtd/sym" | wc -l)" -eq 3 ]; then ok; else
    bad "fmt --in-place, symlink at F.fmt-tmp" "files left behind: $(ls -A "$fmtd/sym" | tr '\n' ' ')"; fi

# fmt F > /dev/full: exit 2 with a message naming F and the output.
bounded 20 512 "$guidec" fmt "$messy" > /dev/full 2> "$fmtd/err"
if [ "$rc" -eq 2 ] && grep -q "cannot write the formatted .*messy.guide to standard output: No space left on device" "$fmtd/err"; then
    ok; else bad "fmt > /dev/full" "exit status $rc, message '$(head -c 300 "$fmtd/err")'"; fi

# fmt --in-place on a full disk (a file size limit of 0 blocks): exit 2, one message naming F,
# F intact, no temporary file left; with SIGXFSZ ignored by the caller, and with its default
# action (fmt must not be killed half-way).
for fmt_xfsz in ignored default; do
    mkdir -p "$fmtd/full_$fmt_xfsz"
    cp "$messy" "$fmtd/full_$fmt_xfsz/F.guide"
    (
        cd "$fmtd/full_$fmt_xfsz" || exit 99
        [ $fmt_xfsz = ignored ] && trap '' XFSZ
        ulimit -f 0
        exec timeout 20 "$guidec" fmt --in-place F.guide
    ) 2>&1 > /dev/null | cat > "$fmtd/err"
    rc=${PIPESTATUS[0]}
    if [ "$rc" -eq 2 ] && [ "$(wc -l < "$fmtd/err")" -eq 1 ] &&
        grep -q "^guidec: cannot write F.guide: .*File too large; the file is unchanged" "$fmtd/err"; then
        ok; else bad "fmt --in-place, disk full (SIGXFSZ $fmt_xfsz)" "exit status $rc, message '$(head -c 300 "$fmtd/err")'"; fi
    if cmp -s "$fmtd/full_$fmt_xfsz/F.guide" "$messy" && [ "$(ls -A "$fmtd/full_$fmt_xfsz" | wc -l)" -eq 1 ]; then
        ok; else bad "fmt --in-place, disk full (SIGXFSZ $fmt_xfsz)" "F changed or files left behind: $(ls -A "$fmtd/full_$fmt_xfsz" | tr '\n' ' ')"; fi
done
