#!/bin/bash
# Threads (issue 22): `guidec batch --threads N` on N_RECORDS mixed good and bad records (wrong
# types, unknown labels, values out of range, units, broken JSON, a CSV copy of the same cases)
# must write the same bytes for N = 1, 2, 4, 8, with each backend named, and one result record
# per input record.
#   tests/threads/run.sh GUIDEC [N_RECORDS [BACKENDS]]     (defaults: 20000, "interp jit")
# make hostile runs it on 100,000 records through tests/hostile/rows_threads.sh; make check-tsan
# on 100,000 (make check: 20,000) with a guidec built with -fsanitize=thread, where any TSan
# report fails the run.
set -u
guidec=$1
n=${2:-20000}
backends=${3:-interp jit}
here=$(cd "$(dirname "$0")" && pwd)
rules=$here/../../rules/gist.guide
# THREADS_KEEP=DIR keeps the cases and outputs in DIR, to look at
if [ -n "${THREADS_KEEP:-}" ]; then tmp=$THREADS_KEEP && mkdir -p "$tmp"; else
    tmp=$(mktemp -d) && trap 'rm -rf "$tmp"' EXIT; fi
passed=0
failed=0
ok() { passed=$((passed + 1)); }
bad() { echo "threads: $1: $2"; failed=$((failed + 1)); }

# One record in eight is bad in one of eight ways; the good ones set a random part of the
# inputs of rules/gist.guide. Deterministic (srand(22)), so a failure can be replayed.
awk -v n="$n" 'BEGIN {
    srand(22)
    nl = split("stomach jejunum ileum duodenum rectum colon esophagus", L, " ")
    nk = split("none exon9 exon11 exon13 exon17 other", K, " ")
    nr = split("R0 R1 R2 none", R, " ")
    nb = split("metastatic tumor_rupture ntrk_fusion pediatric on_imatinib serosa_invaded", B, " ")
    for (i = 1; i <= n; i++) {
        kind = (rand() < 0.125) ? int(rand() * 8) : -1
        s = sprintf("{\"id\":\"c%d\"", i)
        if (rand() < 0.9) s = s sprintf(",\"location\":\"%s\"", L[int(rand() * nl) + 1])
        u = rand()
        if (u < 0.6) s = s sprintf(",\"size_cm\":%g", int(rand() * 300) / 10)
        else if (u < 0.8) s = s sprintf(",\"size_cm\":\"%d mm\"", int(rand() * 300))
        if (rand() < 0.8) s = s sprintf(",\"mitoses_per_5mm2\":%g", int(rand() * 30) / 2)
        if (rand() < 0.5) s = s sprintf(",\"kit_exon\":\"%s\"", K[int(rand() * nk) + 1])
        if (rand() < 0.5) s = s sprintf(",\"resection\":\"%s\"", R[int(rand() * nr) + 1])
        if (rand() < 0.3) s = s ",\"years_since_surgery\":\"" int(rand() * 40) " months\""
        for (b = 1; b <= nb; b++)
            if (rand() < 0.3) s = s sprintf(",\"%s\":%s", B[b], rand() < 0.5 ? "true" : "false")
        if (kind == 0) s = s ",\"suvmax_post\":\"large\""                  # wrong type
        if (kind == 1) s = s ",\"tumor_necrosis\":3"                        # wrong type
        if (kind == 2) s = s ",\"new_lesions\":\"liver\""                   # unknown label
        if (kind == 3) s = s sprintf(",\"previous_lines\":%d", 21 + int(rand() * 900)) # out of range
        if (kind == 4) s = s ",\"size_change_pct\":-150"                    # out of range
        if (kind == 5) s = s ",\"current_dose_mg\":\"5 parsecs\""          # unknown unit
        if (kind == 6) { print s ",\"location\":"; continue }               # broken JSON
        if (kind == 7) s = s ",\"no_such_input\":1"                         # unknown field
        print s "}"
        if (rand() < 0.01) print ""                                         # not a record
    }
}' > "$tmp/cases.jsonl"
records=$(grep -c . "$tmp/cases.jsonl")

# batch_sum NAME ARGS...: runs guidec batch ARGS, writing to standard output (100,000 results
# of rules/gist.guide are 800 MB): NAME.sum gets its SHA-256, NAME.lines its line count; sets $rc.
batch_sum() {
    local name=$1
    shift
    "$guidec" batch "$rules" "$@" --out - 2> "$tmp/err" |
        awk -v lines="$tmp/$name.lines" '{ print } END { print NR > lines }' | sha256sum > "$tmp/$name.sum"
    rc=${PIPESTATUS[0]}
}
ref=
for be in $backends; do
    for t in 1 2 4 8; do
        batch_sum "$be-$t" --backend "$be" --threads "$t" --in "$tmp/cases.jsonl"
        # 2: some records could not be read (error records, in place)
        if [ $rc -eq 2 ]; then ok; else bad "$be, $t threads" "exit status $rc, expected 2: $(head -c 300 "$tmp/err")"; continue; fi
        if [ "$(cat "$tmp/$be-$t.lines")" -eq "$records" ]; then ok; else
            bad "$be, $t threads" "$(cat "$tmp/$be-$t.lines") result lines for $records records"; fi
        if [ -z "$ref" ]; then
            ref=$be-1
            # every kind of bad record is there, as an error record
            errs=$(sed -n 's/.* records, \([0-9]*\) errors.*/\1/p' "$tmp/err")
            if [ "${errs:-0}" -gt $((records / 10)) ] && [ "$errs" -lt $((records / 4)) ]; then ok; else
                bad "$be, 1 thread" "${errs:-no} error records of $records: not the mix generated"; fi
        elif cmp -s "$tmp/$ref.sum" "$tmp/$be-$t.sum"; then ok; else
            bad "$be, $t threads" "not the bytes of $ref thread"
        fi
    done
done
# The same cases as CSV (the good records' columns), out as CSV: the same bytes on 1 and 8 threads.
python3 - "$tmp/cases.jsonl" "$tmp/cases.csv" <<'PY'
import csv, json, sys
rows, cols = [], ["id"]
for line in open(sys.argv[1]):
    try:
        r = json.loads(line)
    except ValueError:
        continue
    for k in r:
        if k not in cols and k != "no_such_input":  # a header naming no input is refused whole
            cols.append(k)
    rows.append(r)
with open(sys.argv[2], "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(cols)
    for r in rows:
        w.writerow(["" if r.get(c) is None else str(r[c]).lower() if isinstance(r[c], bool) else r[c] for c in cols])
PY
be=${backends%% *}
for t in 1 8; do
    batch_sum "csv-$t" --backend "$be" --threads "$t" --in "$tmp/cases.csv" --out-format csv
    if [ $rc -eq 2 ]; then ok; else bad "csv, $t threads" "exit status $rc, expected 2: $(head -c 300 "$tmp/err")"; fi
done
if [ "$(cat "$tmp/csv-1.lines")" -gt $((records / 2)) ] && cmp -s "$tmp/csv-1.sum" "$tmp/csv-8.sum"; then ok; else
    bad "csv" "8 threads differ from 1, or too few rows"; fi

echo "threads: $records records, backends $backends, 1/2/4/8 threads: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
