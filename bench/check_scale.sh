#!/bin/sh
# check_scale.sh GUIDEC — times `guidec check` on generated tables of 1k, 10k and 100k rows
# (bench/gen_table.sh) and prints one row per size: seconds, peak memory, and the time per row.
set -eu
guidec=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
here=$(dirname "$0")
printf '%-28s %10s %12s %14s\n' "guidec check, table rows" "seconds" "peak MiB" "µs per row"
for n in 1000 10000 100000; do
    "$here/gen_table.sh" "$n" > "$tmp/t.guide"
    rows=$(grep -c '^  | [^x]' "$tmp/t.guide")
    /usr/bin/time -f '%e %M' -o "$tmp/time" "$guidec" check "$tmp/t.guide" > /dev/null
    read -r secs kb < "$tmp/time"
    awk -v n="$rows" -v s="$secs" -v kb="$kb" \
        'BEGIN { printf "%-28d %10.2f %12.1f %14.2f\n", n, s, kb / 1024, s * 1e6 / n }'
done
