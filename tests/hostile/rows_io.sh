# rows_io.sh — the probe's rows on files and streams (sourced by run.sh, in tests/hostile):
# `run` reads its cases in one linear pass, `batch` refuses to write over its input, and every
# verb that writes says so when a write fails (exit 2 naming the file) and leaves no cut file.
rules=$here/../../rules/gist.guide
gist_case=$here/../../examples/cases/stomach_low_risk.json
io=$tmp/io
mkdir -p "$io"
printf '%s\n' 'guideline t "T"' '  version "1"' '  source "s"' 'input n : number in [0, 1000000]' \
    'output o : bool' 'rule r cites "x" when n > 5 then o = true' > "$io/small.guide"

# io_expect NAME WANT_RC STDERR_TEXT: the last command ($rc, $io/err) exited WANT_RC and said
# STDERR_TEXT (a fixed string) on stderr.
io_expect() {
    if [ "$rc" -ne "$2" ]; then bad "$1" "exit status $rc, expected $2: $(head -c 300 "$io/err")"; return; fi
    if grep -qF -- "$3" "$io/err"; then ok; else bad "$1" "no '$3' on stderr: $(head -c 300 "$io/err")"; fi
}
# full_disk KIB CMD...: runs CMD where a file may not grow past KIB KiB (the write fails with
# EFBIG: SIGXFSZ is ignored), stderr to $io/err; sets $rc.
full_disk() {
    local kib=$1
    shift
    ( trap '' XFSZ; ulimit -f "$kib"; exec "$@" ) > /dev/null 2> "$io/err"
    rc=$?
}

# ---- run: linear in the number of cases, streaming ------------------------------------------
if [ "${HOSTILE_QUICK:-}" != 1 ]; then
    [ -d "$tmp/large" ] || python3 "$probe/gen_large.py" "$tmp/large" > /dev/null
    head -n 20000 "$tmp/large/cases_200000.jsonl" > "$io/cases_20000.jsonl"
    t0=$(date +%s%N)
    bounded 60 2048 "$guidec" run --format json "$io/small.guide" "$io/cases_20000.jsonl" > "$io/out20k" 2> "$io/err"
    t1=$(date +%s%N)
    # The quadratic reader took 17 s here (0.7 s now): each record searched the rest of the input.
    bounded 10 2048 "$guidec" run --format json "$io/small.guide" "$tmp/large/cases_200000.jsonl" > "$io/out200k" 2> "$io/err"
    t2=$(date +%s%N)
    if [ "$rc" -eq 0 ] && [ "$(wc -l < "$io/out200k")" -eq 200000 ]; then ok; else
        bad "run 200k cases" "exit status $rc (124: over 10 s), $(wc -l < "$io/out200k") result lines"; fi
    small=$(( (t1 - t0) / 1000000 )) large=$(( (t2 - t1) / 1000000 ))
    # Ten times the cases: at most about ten times the time (start-up aside), not a hundred.
    if [ "$large" -le $(( 20 * small + 1500 )) ]; then ok; else
        bad "run 200k cases" "${large} ms, where 20k took ${small} ms: not linear"; fi
fi
# Standard output that fails: exit 2, naming it (the old run said nothing and exited 0).
printf '{"n": %d}\n' $(seq 1 3000) > "$io/cases.jsonl"
"$guidec" run "$io/small.guide" "$io/cases.jsonl" > /dev/full 2> "$io/err"
rc=$?
io_expect "run >/dev/full" 2 "cannot write standard output: No space left on device"
"$guidec" check "$io/small.guide" > /dev/full 2> "$io/err"
rc=$?
io_expect "check >/dev/full" 2 "cannot write standard output"
# Appending the results to the case file read would never end.
cp "$io/cases.jsonl" "$io/append.jsonl"
timeout 20 "$guidec" run "$io/small.guide" "$io/append.jsonl" >> "$io/append.jsonl" 2> "$io/err"
rc=$? # (no memory bound here: the sanitizer run gets this far)
io_expect "run F >> F" 2 "is the case file"
if cmp -s "$io/cases.jsonl" "$io/append.jsonl"; then ok; else bad "run F >> F" "the case file changed"; fi

# ---- batch: the output is the input ---------------------------------------------------------
cp "$io/cases.jsonl" "$io/in.jsonl"
ln -sf in.jsonl "$io/link.jsonl"
ln -f "$io/in.jsonl" "$io/hard.jsonl"
for out in in.jsonl link.jsonl hard.jsonl; do
    (cd "$io" && "$guidec" batch --backend interp small.guide --in in.jsonl --out "$out" 2> err)
    rc=$?
    io_expect "batch --in in.jsonl --out $out" 2 "is the input in.jsonl itself"
    if cmp -s "$io/cases.jsonl" "$io/in.jsonl"; then ok; else bad "batch --in in.jsonl --out $out" "the input changed"; fi
done
(cd "$io" && "$guidec" batch --backend interp small.guide --in in.jsonl >> in.jsonl 2> err)
rc=$?
io_expect "batch --in F >> F" 2 "is the input in.jsonl itself"

# ---- writes that fail: /dev/full, and a file that may not grow (a full disk) ----------------
"$guidec" batch --backend interp "$io/small.guide" --in "$io/cases.jsonl" --out /dev/full 2> "$io/err"
rc=$?
io_expect "batch --out /dev/full" 2 "cannot write /dev/full: No space left on device"
"$guidec" graph "$rules" -o /dev/full 2> "$io/err"
rc=$?
io_expect "graph -o /dev/full" 2 "cannot write /dev/full: No space left on device"
"$guidec" report "$rules" "$gist_case" -o /dev/full 2> "$io/err"
rc=$?
io_expect "report -o /dev/full" 2 "cannot write /dev/full: No space left on device"

# no_file NAME PATH: PATH was not left behind, nor a temporary file beside it.
no_file() {
    if [ -e "$2" ]; then bad "$1" "left $2 ($(wc -c < "$2") bytes)"; else ok; fi
    if ls -a "$(dirname "$2")" | grep -q '^\..*\.[A-Za-z0-9]\{6\}$'; then bad "$1" "left a temporary file"; else ok; fi
}
rm -f "$io"/full.*
full_disk 16 "$guidec" batch --backend interp "$io/small.guide" --in "$io/cases.jsonl" --out "$io/full.jsonl"
io_expect "batch --out on a full disk" 2 "cannot write $io/full.jsonl: File too large"
no_file "batch --out on a full disk" "$io/full.jsonl"
# batch writes its output as it goes (a reader may follow it; SIGINT leaves a prefix), and
# removes it when a write fails; the other verbs rename a whole temporary file into place.
echo "old results" > "$io/kept.jsonl"
full_disk 16 "$guidec" batch --backend interp "$io/small.guide" --in "$io/cases.jsonl" --out "$io/kept.jsonl"
io_expect "batch --out over a file, disk full" 2 "File too large"
no_file "batch --out over a file, disk full" "$io/kept.jsonl"
echo "old page" > "$io/kept.html"
full_disk 8 "$guidec" report "$rules" "$gist_case" -o "$io/kept.html"
io_expect "report -o over a file, disk full" 2 "File too large"
if [ "$(cat "$io/kept.html")" = "old page" ]; then ok; else bad "report -o over a file, disk full" "the old file was not kept"; fi
full_disk 8 "$guidec" graph "$rules" -o "$io/full.dot"
io_expect "graph -o on a full disk" 2 "cannot write $io/full.dot: File too large"
no_file "graph -o on a full disk" "$io/full.dot"
full_disk 8 "$guidec" report "$rules" "$gist_case" -o "$io/full.html"
io_expect "report -o on a full disk" 2 "cannot write $io/full.html: File too large"
no_file "report -o on a full disk" "$io/full.html"
rm -rf "$io/emit"
full_disk 64 "$guidec" emit-c "$rules" -o "$io/emit"
io_expect "emit-c on a full disk" 2 "cannot write $io/emit/gist.c: File too large"
no_file "emit-c on a full disk" "$io/emit/gist.c"
no_file "emit-c on a full disk" "$io/emit/gist.h"

# ---- a directory that cannot be written (issue 22) ------------------------------------------
# chmod 555 stops anyone but root; root writes there all the same, and gets /sys instead (a
# sysfs directory refuses to create a file, even for root).
mkdir -p "$io/ro" && chmod 555 "$io/ro"
ro=$io/ro
if touch "$ro/probe" 2> /dev/null; then rm -f "$ro/probe"; ro=/sys; fi
for verb in "batch --backend interp $io/small.guide --in $io/cases.jsonl --out $ro/out.jsonl" \
            "graph $io/small.guide -o $ro/out.dot" "report $rules $gist_case -o $ro/out.html" \
            "emit-c $io/small.guide -o $ro/emit"; do
    # shellcheck disable=SC2086
    "$guidec" $verb > /dev/null 2> "$io/err"
    rc=$?
    io_expect "${verb%% *} into a read-only directory" 2 "$ro/"
    if [ "$(grep -c . "$io/err")" -eq 1 ]; then ok; else
        bad "${verb%% *} into a read-only directory" "more than one line: $(head -c 300 "$io/err")"; fi
done
ls "$io/ro" | grep -q . && bad "read-only directory" "something was written in it"
chmod 755 "$io/ro"

# ---- SIGPIPE: a reader that stops early (issue 22) ------------------------------------------
# guidec ends as cat does: killed by SIGPIPE (141), nothing on stderr, even when its parent
# left SIGPIPE ignored (guidec restores the default: else every verb said "Broken pipe").
for ign in "" "trap '' PIPE;"; do
    for verb in "batch --backend interp $io/small.guide --in $io/cases.jsonl" \
                "batch --backend interp --threads 4 $io/small.guide --in $io/cases.jsonl" \
                "run $io/small.guide $io/cases.jsonl" "run --format json $io/small.guide $io/cases.jsonl"; do
        # shellcheck disable=SC2086
        bash -c "$ign"' exec "$@"' guidec "$guidec" $verb 2> "$io/err" | head -1 > "$io/first"
        rc=${PIPESTATUS[0]}
        name="${ign:+(SIGPIPE ignored) }${verb%% /*} | head -1"
        if [ "$rc" -eq 141 ]; then ok; else bad "$name" "exit status $rc, expected 141 (SIGPIPE)"; fi
        if [ ! -s "$io/err" ] && [ -s "$io/first" ]; then ok; else bad "$name" "stderr: $(head -c 300 "$io/err")"; fi
    done
done

# ---- a record of 10 MB on one line (issue 22) -----------------------------------------------
# A 10 MB string where a label is expected, a 10 MB field that names no input, a list of 90,000
# elements, then a good case: each gets its own record (the error names the field, shows the
# start of the value only), in 512 MiB of address space. Under less, each run must exit 2 with
# one "out of memory" message or finish: a memory limit once crashed jansson's reader (256 MiB)
# or made batch stop reading without a word, as if the input had ended (192 MiB).
if [ "${HOSTILE_QUICK:-}" != 1 ] && [ -z "${ASAN_OPTIONS:-}" ]; then
    python3 - "$io" <<'PY'
import json, sys
d = sys.argv[1]
big = [{"id": "label", "location": "s" * 10_000_000},
       {"id": "field", "location": "stomach", "size_cm": 5, "note": "x" * 10_000_000},
       {"id": "list", "location": "stomach", "size_cm": 5, "suvmax_post_lesions": [2.5] * 90_000},
       {"id": "ok", "location": "stomach", "size_cm": 5, "mitoses_per_5mm2": 3}]
with open(d + "/big.jsonl", "w") as f:
    for r in big:
        f.write(json.dumps(r) + "\n")
with open(d + "/big.csv", "w") as f:
    f.write("id,location,size_cm,suvmax_post_lesions\n")
    f.write("label," + "s" * 10_000_000 + ",5,\n")
    f.write("list,stomach,5,\"" + ";".join(["2.5"] * 90_000) + "\"\n")
    f.write("ok,stomach,5,\n")
PY
    for in in big.jsonl big.csv; do
        bounded 60 512 "$guidec" batch --backend interp "$rules" --in "$io/$in" --out "$io/big.out" 2> "$io/err"
        want=$(grep -c . "$io/$in") && [ "$in" = big.csv ] && want=$((want - 1))
        if [ "$rc" -eq 2 ] && [ "$(wc -l < "$io/big.out")" -eq "$want" ] &&
            grep -q '"id":"label","error":{"field":"location","message":"location: \\"sss' "$io/big.out" &&
            grep -q '"id":"ok","ruleset"' "$io/big.out" && grep -q '"id":"list","ruleset"' "$io/big.out" &&
            [ "$(head -1 "$io/big.out" | wc -c)" -lt 1000 ]; then ok; else
            bad "batch $in (10 MB lines)" "exit status $rc, $(wc -l < "$io/big.out") lines: $(head -c 300 "$io/err")"; fi
    done
    bounded 60 512 "$guidec" run "$rules" "$io/big.jsonl" > "$io/big.out" 2> "$io/err"
    if [ "$rc" -eq 2 ] && [ "$(grep -c '^case .*: error: ' "$io/big.out")" -eq 2 ] &&
        grep -q '^case ok ' "$io/big.out"; then ok; else
        bad "run big.jsonl (10 MB lines)" "exit status $rc: $(head -c 300 "$io/err")"; fi
    for mib in 192 208 224 240 256 272 288; do
        for v in "run $rules $io/big.jsonl" "batch --backend interp $rules --in $io/big.jsonl --out -" \
                 "batch --backend interp $rules --in $io/big.csv --out -"; do
            # shellcheck disable=SC2086
            bounded 60 "$mib" "$guidec" $v > "$io/big.out" 2> "$io/err"
            if grep -q "error while loading shared libraries" "$io/err"; then continue; fi # below the start
            name="${v%% /*} ${v##*/} in $mib MiB"
            if [ "$rc" -ne 2 ]; then bad "$name" "exit status $rc, expected 2: $(head -c 300 "$io/err")"
            elif grep -q "out of memory" "$io/err" && [ "$(grep -c . "$io/err")" -ne 1 ]; then
                bad "$name" "more than the one message: $(head -c 300 "$io/err")"
            elif ! grep -q "out of memory" "$io/err" && ! grep -q '"ok"\|^case ok ' "$io/big.out"; then
                bad "$name" "neither out of memory nor the last case: $(head -c 300 "$io/err")"
            else ok; fi
        done
    done
fi
