#!/bin/sh
# Renders the HTML report of examples/cases with headless Chromium and checks that the page was
# drawn (a PNG of non-trivial size) and names every case. The page and its picture are kept in
# build/render/ for a person to look at.
set -u
guidec=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(dirname "$guidec")/render
mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
passed=0
failed=0
fail() { echo "render: $1"; failed=$((failed + 1)); }

cat "$root"/examples/cases/*.json > "$out/cases.jsonl"
if "$guidec" report "$root/rules/gist.guide" "$out/cases.jsonl" -o "$out/report.html"; then
    passed=$((passed + 1)); else fail "guidec report failed"; fi
for f in "$root"/examples/cases/*.json; do
    id=$(jq -r .id "$f")
    if grep -qF -- "$id" "$out/report.html"; then passed=$((passed + 1)); else fail "the page does not name case $id"; fi
done

rm -f "$out/report.png"
timeout 180 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --screenshot="$out/report.png" --window-size=1200,2000 \
    "file://$out/report.html" > "$out/chromium.log" 2>&1
size=$(wc -c < "$out/report.png" 2>/dev/null || echo 0)
# A blank 1200x2000 page compresses to a few kB; the report's text and tables make far more.
if [ "$size" -gt 50000 ] && [ "$(head -c 4 "$out/report.png" | tail -c 3)" = PNG ]; then
    passed=$((passed + 1))
else
    fail "no page rendered ($out/report.png: $size bytes); chromium said:"
    tail -5 "$out/chromium.log"
fi

echo "render: $passed passed, $failed failed ($out/report.png)"
[ "$failed" -eq 0 ]
