# rows_diff.sh — the `guidec diff` rows of probe/README.md, sourced by run.sh (which provides ok,
# bad, bounded, $guidec, $probe and $tmp). Each check asserts the real answer, not only "no
# crash": every region printed in full, a changed set reported, a file equivalent to itself.
# has_line NAME FILE LINE: FILE has LINE as a whole line.
has_line() {
    if grep -qxF -- "$3" "$2"; then ok; else bad "$1" "no line '$(printf %s "$3" | head -c 200)…' in: $(head -c 300 "$2")"; fi
}
# diff_rc NAME EXPECTED ARGS...: runs `guidec diff ARGS` in $probe into $tmp/out, $tmp/err.
diff_rc() {
    local name=$1 want=$2
    shift 2
    if [ -n "${ASAN_OPTIONS:-}" ]; then # ASan's shadow memory needs more than any ulimit -v
        (cd "$probe" && exec timeout 300 "$guidec" diff "$@" > "$tmp/out" 2> "$tmp/err")
    else
        (cd "$probe" && bounded 60 2048 "$guidec" diff "$@" > "$tmp/out" 2> "$tmp/err"; exit $rc)
    fi
    rc=$?
    if [ "$rc" -eq "$want" ]; then ok; else bad "$name" "exit status $rc, expected $want: $(head -c 300 "$tmp/err")"; fi
}

# ---- a region's text longer than any fixed buffer (was SIGSEGV past a 4 KiB stack buffer) ----
# e and f: enums of 64 labels of ~100 bytes; rule r1 covers L00..L49 of both, and the versions
# swap the answers. The first region names 100 labels: about 10 KB on one line.
labels() { # FROM TO: "Lxx_…, Lyy_…" from the declaration of e
    grep -o 'L[0-9][0-9]_x*' "$probe/diff_overflow_old.guide" | awk -v a="$1" -v b="$2" \
        '!seen[$0]++ { n = substr($0, 2, 2) + 0; if (n >= a && n <= b) printf "%s%s", (c++ ? ", " : ""), $0 }'
}
low=$(labels 0 49)
high=$(labels 50 63)
diff_rc "diff of long regions" 1 diff_overflow_old.guide diff_overflow_new.guide
has_line "diff of long regions: count" "$tmp/out" "o: 3 regions changed"
has_line "diff of long regions: e and f low, whole" "$tmp/out" "  e in {$low}, f in {$low}"
has_line "diff of long regions: e high, whole" "$tmp/out" "  e in {$high}, f in {$low}"
has_line "diff of long regions: f high, whole" "$tmp/out" "  f in {$high}"
has_line "diff of long regions: verdict" "$tmp/out" "the versions differ"
diff_rc "diff of long regions, json" 1 --format json diff_overflow_old.guide diff_overflow_new.guide
if jq -e --arg c "e in {$low}, f in {$low}" \
    '.equivalent == false and ([.changes[] | select(.unknown_inputs | not)] | length) == 3 and any(.changes[]; .condition == $c and .old == "a" and .new == "b")' \
    "$tmp/out" > /dev/null; then ok; else bad "diff of long regions, json" "$(head -c 300 "$tmp/out")"; fi

# ---- a set answer longer than 256 bytes (was "equivalent", exit 0: texts cut to 256 bytes) ----
set13="tumor_necrosis, tumor_rupture, marginal_or_incomplete_excision, high_mitotic_index, large_tumor_size, non_gastric_location, kit_exon9_mutation, serosa_invaded, adjacent_organ_invaded, nodal_involvement, peritoneal_spread, liver_metastasis_present, pdgfra_d842v_mutation"
diff_rc "diff of a long set" 1 diff_set_old.guide diff_set_new.guide
has_line "diff of a long set: count" "$tmp/out" "factors: 1 region changed"
has_line "diff of a long set: region" "$tmp/out" "  b"
if grep -qF -- "      {$set13} -> {$set13, sdh_deficient}    e.g. {\"b\":true}" "$tmp/out"; then ok; else
    bad "diff of a long set: old -> new" "$(head -c 600 "$tmp/out")"; fi
has_line "diff of a long set: verdict" "$tmp/out" "the versions differ"
# the same sets with the labels declared in another order: the answers are the same sets
sed 's/output factors : set { tumor_necrosis, tumor_rupture,/output factors : set { tumor_rupture, tumor_necrosis,/' \
    "$probe/diff_set_old.guide" > "$tmp/set_reordered.guide"
diff_rc "diff of a set with labels reordered" 0 diff_set_old.guide "$tmp/set_reordered.guide"
has_line "diff of a set with labels reordered: verdict" "$tmp/out" "the versions are equivalent"

# ---- an input of more than 64 cells (was "not compared", "the versions differ", exit 1) ------
diff_rc "diff of many cut points with itself" 0 many_cut_points.guide many_cut_points.guide
has_line "diff of many cut points with itself: verdict" "$tmp/out" "the versions are equivalent"
if grep -q "not compared" "$tmp/out"; then bad "diff of many cut points with itself" "an output not compared"; else ok; fi
# another file with the same rules (not the same bytes): every cell compared, none differs
sed 's/version "1"/version "2"/' "$probe/many_cut_points.guide" > "$tmp/cuts_v2.guide"
diff_rc "diff of many cut points, new version" 0 many_cut_points.guide "$tmp/cuts_v2.guide"
has_line "diff of many cut points, new version: verdict" "$tmp/out" "the versions are equivalent"
# one row of 100 changed: exactly its interval is reported
sed 's/^  | \[37, 38) || true |$/  | [37, 38) || false |/' "$probe/many_cut_points.guide" > "$tmp/cuts_row37.guide"
diff_rc "diff of many cut points, one row changed" 1 many_cut_points.guide "$tmp/cuts_row37.guide"
has_line "diff of many cut points, one row changed: count" "$tmp/out" "o: 1 region changed"
has_line "diff of many cut points, one row changed: region" "$tmp/out" "  n in [37, 38)"
# the budget is the one limit left: past it an output is listed as not compared, and the verdict
# says the versions may differ (never that they differ, nor that they are equivalent)
diff_rc "diff over the budget" 1 --budget 10 many_cut_points.guide many_cut_points.guide
if grep -q "^o: not compared: .* cells exceed the budget of 10 (--budget)$" "$tmp/out"; then ok; else
    bad "diff over the budget: message" "$(head -c 300 "$tmp/out")"; fi
has_line "diff over the budget: verdict" "$tmp/out" "the versions may differ: 1 output not compared"
