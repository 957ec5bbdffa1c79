#!/bin/sh
# run.sh BUILD_DIR SECONDS — `make fuzz`: runs each libFuzzer harness of tests/fuzz for SECONDS
# seconds on its corpus in BUILD_DIR/corpus/NAME, seeded from the kept corpus
# tests/fuzz/corpus/NAME (what earlier campaigns found, minimised), rules/, examples/ and
# tests/golden/ (and tests/fuzz/regress/NAME, the inputs of fixed bugs). Crashes, leaks and
# hangs are written to BUILD_DIR/artifacts/; the run fails if any harness finds one.
# FUZZ_ONLY=NAME runs one harness; FUZZ_JOBS=N runs N harnesses at a time (default 1);
# FUZZ_TIMEOUT=S reports an input that takes more than S seconds as a hang (default 20: raise it
# for a campaign niced below other work, where a slow input is not a hang).
# FUZZ_KEEP=1 then merges each harness's corpus into tests/fuzz/corpus/NAME with -merge=1 (only
# the inputs that add coverage are kept): commit it after a long campaign.
set -u
b=$1
secs=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$b/artifacts"

seed() { # NAME FILES...: copies the seed files into the harness's corpus
    name=$1
    shift
    mkdir -p "$b/corpus/$name"
    for f in "$@"; do
        [ -f "$f" ] && cp "$f" "$b/corpus/$name/seed-$(echo "$f" | tr '/' '_')"
    done
    if [ -d "$root/tests/fuzz/corpus/$name" ]; then
        cp "$root"/tests/fuzz/corpus/"$name"/* "$b/corpus/$name/" 2> /dev/null
    fi
    if [ -d "$root/tests/fuzz/regress/$name" ]; then
        cp "$root"/tests/fuzz/regress/"$name"/* "$b/corpus/$name/" 2> /dev/null
    fi
}
cd "$root"
seed fuzz_front rules/*.guide examples/versions/*.guide tests/golden/*/*.guide tests/hostile/*.guide
seed fuzz_fmt rules/*.guide examples/versions/*.guide tests/golden/*/*.guide tests/hostile/*.guide
seed fuzz_cases examples/cases/*.json examples/*/*.json tests/golden/*/*.json tests/hostile/*.json
seed fuzz_line
seed fuzz_diff examples/cases/*.json
# fuzz_dd: a byte picks the rule file (fuzz_dd.c), then a case of it (fuzz_decode.h): every
# input unknown (no byte), or 96 bytes of 0 (first labels, false, numbers unknown), of 1
# (second labels, true, numbers at a constant) or of 2 (bools unknown, numbers at an end of
# their range or between two constants)
seed fuzz_dd
for k in 0 1 2 3 4 5 6 7 8; do
    printf "\\$(printf %o "$k")" > "$b/corpus/fuzz_dd/seed-$k-unknown"
    for fill in 0 1 2; do
        { printf "\\$(printf %o "$k")"; head -c 96 /dev/zero | tr '\0' "\\$fill"; } > "$b/corpus/fuzz_dd/seed-$k-$fill"
    done
done
# fuzz_versions: each file alone (diffed with itself), and pairs of versions joined by its
# separator line
seed fuzz_versions rules/*.guide examples/versions/*.guide tests/hostile/probe/*.guide
pair() { # NAME OLD NEW
    [ -f "$2" ] && [ -f "$3" ] && { cat "$2"; printf '\n----8<----\n'; cat "$3"; } > "$b/corpus/fuzz_versions/pair-$1"
}
pair gist examples/versions/gist_v1.guide examples/versions/gist_v2.guide
pair set tests/hostile/probe/diff_set_old.guide tests/hostile/probe/diff_set_new.guide
pair overflow tests/hostile/probe/diff_overflow_old.guide tests/hostile/probe/diff_overflow_new.guide
# fuzz_check: two steering bytes (name length, mode and path length), then a rule file
seed fuzz_csv tests/hostile/*.csv
printf 'id,site,size,count,rupture\nc1,stomach,7.5,3,true\nc2,colon,"35 mm",12,\nc3,liver,5 km,-1,yes\n' > "$b/corpus/fuzz_csv/seed-rows"
seed fuzz_check
for f in rules/*.guide tests/hostile/*.guide; do
    for ctl in '\050\001' '\061\376' '\103\202'; do # names of 100, 109, 127 bytes; paths of 0.5-8.5 KiB
        { printf "$ctl"; cat "$f"; } > "$b/corpus/fuzz_check/seed-$(printf %s "$ctl" | tr -d '\\')-$(echo "$f" | tr '/' '_')"
    done
done

fuzz() { # NAME MAX_LEN
    "$b/fuzz/$1" -max_total_time="$secs" -timeout="${FUZZ_TIMEOUT:-20}" -rss_limit_mb=2048 -max_len="$2" \
        -print_final_stats=1 -artifact_prefix="$b/artifacts/$1-" "$b/corpus/$1" \
        > "$b/fuzz/$1.log" 2>&1
    rc=$?
    # the summary line: runs, exec/s, coverage
    stats=$(grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' "$b/fuzz/$1.log" | sed 's/stat:://' | tr '\n' ' ')
    if [ $rc -eq 0 ]; then
        echo "fuzz: $1: ${secs}s, no crash, leak or hang; $stats"
    else
        echo "fuzz: $1: FOUND A BUG (exit $rc): see $b/fuzz/$1.log and $b/artifacts/"
        grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$b/fuzz/$1.log" | head -5
    fi
    if [ $rc -eq 0 ] && [ "${FUZZ_KEEP:-}" = 1 ]; then
        # Minimise into a directory that holds the seeds (files of the repository already):
        # -merge=1 adds only the inputs that cover more than they do; the seeds are then
        # taken out again, and what is left replaces the kept corpus. Only inputs of at most
        # FUZZ_KEEP_MAX bytes (default 2048) are offered, so that the corpora stay small:
        # mutations of a large rule file are many and large, and the seeds have its coverage.
        rm -rf "$b/kept-$1" "$b/small-$1" && mkdir -p "$b/kept-$1" "$b/small-$1" "$root/tests/fuzz/corpus/$1"
        cp "$b/corpus/$1"/seed-* "$b/corpus/$1"/pair-* "$b/kept-$1/" 2> /dev/null
        find "$root/tests/fuzz/corpus/$1" "$b/corpus/$1" -type f -size -"$((${FUZZ_KEEP_MAX:-2048} + 1))"c \
            ! -name 'seed-*' ! -name 'pair-*' -exec cp {} "$b/small-$1/" \;
        "$b/fuzz/$1" -merge=1 -max_len="$2" -timeout=20 -rss_limit_mb=2048 "$b/kept-$1" \
            "$b/small-$1" > "$b/fuzz/$1.merge.log" 2>&1 &&
            rm -f "$b/kept-$1"/seed-* "$b/kept-$1"/pair-* &&
            rm -rf "$root/tests/fuzz/corpus/$1" && mv "$b/kept-$1" "$root/tests/fuzz/corpus/$1" &&
            echo "fuzz: $1: kept $(ls "$root/tests/fuzz/corpus/$1" | wc -l) inputs ($(cat "$root/tests/fuzz/corpus/$1"/* 2> /dev/null | wc -c) bytes) in tests/fuzz/corpus/$1"
    fi
    return $rc
}

jobs=${FUZZ_JOBS:-1}
failed=0
pids=""
n=0
for h in "fuzz_front 16384" "fuzz_cases 8192" "fuzz_line 4096" "fuzz_diff 256" \
    "fuzz_versions 81920" "fuzz_check 16384" "fuzz_csv 4096" "fuzz_fmt 16384" "fuzz_dd 256"; do
    set -- $h
    [ -n "${FUZZ_ONLY:-}" ] && [ "$FUZZ_ONLY" != "$1" ] && continue
    if [ "$jobs" -gt 1 ]; then
        fuzz "$1" "$2" &
        pids="$pids $!"
        n=$((n + 1))
        if [ "$n" -ge "$jobs" ]; then
            for p in $pids; do wait "$p" || failed=1; done
            pids=""
            n=0
        fi
    else
        fuzz "$1" "$2" || failed=1
    fi
done
for p in $pids; do wait "$p" || failed=1; done
[ "$failed" -eq 0 ]
