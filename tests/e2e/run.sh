#!/bin/bash
# End-to-end tests of the guidec command line: every verb, its help, its exit status, and bad
# input of every kind (rule files, cases, flags). Each check runs a real command.
set -u
guidec=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
gist="$root/rules/gist.guide"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

# run NAME EXPECTED_STATUS CMD...: runs CMD, keeps stdout in $tmp/out and stderr in $tmp/err.
run() {
    local name=$1 want=$2
    shift 2
    "$@" > "$tmp/out" 2> "$tmp/err"
    local rc=$?
    if [ "$rc" -ne "$want" ]; then
        echo "e2e: $name: exit status $rc, expected $want"; sed 's/^/  stderr: /' "$tmp/err" | head -20
        failed=$((failed + 1))
        return 1
    fi
    passed=$((passed + 1))
}
# has NAME FILE TEXT: FILE contains TEXT (fixed string).
has() {
    if grep -qF -- "$3" "$2"; then passed=$((passed + 1)); else
        echo "e2e: $1: expected to find '$3' in:"; sed 's/^/  | /' "$2" | head -30
        failed=$((failed + 1))
    fi
}
# json NAME JQ_EXPR: the jq expression is true on the first line of stdout.
json() {
    if head -n 1 "$tmp/out" | jq -e "$2" > /dev/null 2>&1; then passed=$((passed + 1)); else
        echo "e2e: $1: jq '$2' is not true on:"; head -n 1 "$tmp/out"
        failed=$((failed + 1))
    fi
}

# file_ok NAME FILE: FILE exists and is not empty.
file_ok() {
    if [ -s "$2" ]; then passed=$((passed + 1)); else echo "e2e: $1: $2 missing or empty"; failed=$((failed + 1)); fi
}
# same NAME A B: files A and B are identical.
same() {
    if cmp -s "$2" "$3"; then passed=$((passed + 1)); else
        echo "e2e: $1: $2 and $3 differ:"; diff "$2" "$3" | head -20; failed=$((failed + 1)); fi
}

# ---- general ------------------------------------------------------------------------------
run "version" 0 "$guidec" --version && has "version" "$tmp/out" "guidec "
run "help" 0 "$guidec" --help && has "help lists verbs" "$tmp/out" "run FILE [CASES]"
run "no arguments" 2 "$guidec" && has "no arguments: usage" "$tmp/err" "usage: guidec"
run "unknown verb" 2 "$guidec" frobnicate x && has "unknown verb" "$tmp/err" "unknown verb 'frobnicate'"
for verb in check run test; do
    run "$verb --help" 0 "$guidec" "$verb" --help && has "$verb --help" "$tmp/out" "usage: guidec $verb"
    run "help $verb" 0 "$guidec" help "$verb" && has "help $verb" "$tmp/out" "usage: guidec $verb"
done
# The README's command table has a row for every verb `guidec help` lists, and no row for a
# verb it does not list.
run "help, for the README" 0 "$guidec" help
help_verbs=$(sed -n '/^verbs:/,/^$/p' "$tmp/out" | sed -n 's/^  \([a-z][a-z-]*\).*/\1/p' | sort -u)
readme_verbs=$(sed -n '/^## The command line/,/^## /p' "$root/README.md" |
    sed -n 's/^| `guidec \([a-z][a-z-]*\).*/\1/p' | sort -u)
if [ -n "$help_verbs" ] && [ "$help_verbs" = "$readme_verbs" ]; then passed=$((passed + 1)); else
    echo "e2e: README command table and guidec help differ (< help, > README):"
    diff <(echo "$help_verbs") <(echo "$readme_verbs") | grep '^[<>]'
    failed=$((failed + 1))
fi

# ---- check ----------------------------------------------------------------------------------
run "check gist" 0 "$guidec" check "$gist" && has "check gist ok" "$tmp/out" "ok: gist 2022-11-07"
run "check missing file" 2 "$guidec" check "$tmp/nope.guide" && has "check missing file" "$tmp/err" "nope.guide"
run "check two files" 2 "$guidec" check "$gist" "$gist"
run "check bad option" 2 "$guidec" check --frob "$gist"
cat > "$tmp/bad.guide" <<'G'
guideline g "t" version "1" source "s"
input size_cm : cm in [0, 100]
output big : bool
rule r when size_cm > 3 mg then big = true
rule s when sise_cm > 5 then big = true
G
run "check type errors" 1 "$guidec" check "$tmp/bad.guide"
has "check: unit error located" "$tmp/err" "bad.guide:4:23: error: cannot compare size_cm"
has "check: caret" "$tmp/err" "^~~~"
has "check: second error reported" "$tmp/err" "bad.guide:5:13: error: unknown name 'sise_cm'"
has "check: error count" "$tmp/err" "2 errors"
printf '' > "$tmp/empty.guide"
run "check empty file" 1 "$guidec" check "$tmp/empty.guide"
has "check empty file" "$tmp/err" "empty.guide:1:1: error:"
printf 'guideline g "t" version "1" source "s"\ninput a : bool\x00\n' > "$tmp/nul.guide"
run "check NUL byte" 2 "$guidec" check "$tmp/nul.guide"
has "check NUL byte" "$tmp/err" "NUL"

cat > "$tmp/conflict.guide" <<'G'
guideline c "t" version "1" source "s"
input size_cm : cm in [0, 100]
output x : enum { yes, no }
rule big cites "s" when size_cm > 5 cm then x = yes
rule small cites "s" when size_cm <= 10 cm then x = no
G
run "check json conflict" 1 "$guidec" check --format json "$tmp/conflict.guide"
json "json: not ok, one error" '.ok == false and .errors == 1'
json "json: conflict located" '.diagnostics[0].level == "error" and .diagnostics[0].line == 5 and (.diagnostics[0].message | test("rule .big. and rule .small."))'
json "json: note and example" '(.diagnostics[0].notes[0].line == 4) and (.diagnostics[0].hints[0] | test("for example: size_cm = "))'
# a gap and an overlap name their bands, on the terminal and in the JSON
cat > "$tmp/bands.guide" <<'G'
guideline t "t" version "1" source "s"
input breslow_mm : mm in [0, 100]
input ulceration : bool
output t : enum { T1, T2, T3 }
table ajcc cites "s" hit unique
  | breslow_mm | ulceration || t  |
  | <= 1 mm    | -          || T1 |
  | (1, 2] mm  | false      || T2 |
  | >= 2 mm    | -          || T3 |
end
G
run "check bands" 1 "$guidec" check "$tmp/bands.guide"
has "check: gap band" "$tmp/err" "band: breslow_mm in (1, 2) mm, ulceration"
has "check: overlap band" "$tmp/err" "band: breslow_mm = 2 mm, not ulceration"
has "check: example kept" "$tmp/err" "hint: for example: breslow_mm = 1.5 mm, ulceration = true"
run "check bands json" 1 "$guidec" check --format json "$tmp/bands.guide"
json "json: gap band" '.diagnostics[0].bands == ["breslow_mm in (1, 2) mm, ulceration"] and (.diagnostics[0].hints[0] | test("for example"))'
json "json: overlap band" '.diagnostics[1].bands == ["breslow_mm = 2 mm, not ulceration"]'
json "json: every record has bands" '.diagnostics | map(.bands | type == "array") | all'
run "check json syntax errors" 1 "$guidec" check --format json "$tmp/bad.guide"
json "json: two errors" '.errors == 2 and (.diagnostics | length) == 2'
run "check json ok" 0 "$guidec" check --format json "$gist"
json "json: ok with ruleset" '.ok and .ruleset.name == "gist" and (.ruleset.sha256 | length) == 64'
run "check json missing file" 2 "$guidec" check --format json "$tmp/nope.guide"

# --strict: a number without the unit of what it is compared with fails the check
for f in "$root"/rules/*.guide; do
    run "check --strict $(basename "$f")" 0 "$guidec" check --strict "$f"
done
cat > "$tmp/bare.guide" <<'G'
guideline bare "t" version "1" source "s"
input size_cm : cm in [0, 100]
output big : bool
rule r cites "x" when size_cm > 3 then big = true
rule s cites "x" when size_cm <= 30 mm then big = false
G
run "check bare number: a warning" 0 "$guidec" check "$tmp/bare.guide"
has "check bare number: located" "$tmp/err" "bare.guide:4:33: warning: 3 has no unit: it is read in cm, the unit of size_cm"
has "check bare number: fix-it" "$tmp/err" "hint: write 3 cm"
has "check bare number: ok with warnings" "$tmp/out" "(with warnings)"
run "check --strict bare number" 1 "$guidec" check --strict "$tmp/bare.guide"
has "check --strict: warnings count as errors" "$tmp/err" "1 warning, which --strict counts as errors"
run "check --strict --format json" 1 "$guidec" check --strict --format json "$tmp/bare.guide"
json "check --strict json: not ok" '(.ok | not) and .warnings == 1 and .errors == 0'

# ---- run ------------------------------------------------------------------------------------
echo '{"id": "j12", "location": "jejunum", "size_cm": 12}' > "$tmp/j12.json"
run "run jejunum 12 cm json" 0 "$guidec" run --format json "$gist" "$tmp/j12.json"
json "high without mitoses" '.outputs.miettinen_risk == "high"'
json "recurrence undetermined" '.undetermined.recurrence_pct == ["mitoses_per_5mm2"]'
json "ruleset named" '.ruleset.name == "gist" and .ruleset.version == "2022-11-07" and (.ruleset.sha256 | length) == 64'
json "sha256 is the file's" ".ruleset.sha256 == \"$(sha256sum "$gist" | cut -d' ' -f1)\""
json "id echoed" '.id == "j12"'
run "run from stdin" 0 sh -c "echo '{\"location\": \"jejunum\", \"size_cm\": 12}' | '$guidec' run --format json '$gist'"
json "stdin: high" '.outputs.miettinen_risk == "high"'
run "run from -" 0 sh -c "'$guidec' run --format json '$gist' - < '$tmp/j12.json'"
json "dash: high" '.outputs.miettinen_risk == "high"'
run "run text trace" 0 "$guidec" run --trace "$gist" "$tmp/j12.json"
has "text trace header" "$tmp/out" "gist 2022-11-07"
has "text trace row" "$tmp/out" "table miettinen row"
has "text trace cites" "$tmp/out" "§2.5"
has "text: decided without, with the values tried" "$tmp/out" "= Elevé (high), decided without mitoses_per_5mm2 (< 5, 5, > 5): each gives the same answer"
# The row that matched shows its cells as written, under its line; --trace=fired leaves out the
# rules and rows that did not fire or match, and keeps every output's line.
echo '{"id": "s3", "location": "stomach", "size_cm": 3, "mitoses_per_5mm2": 3, "resection": "R0", "tumor_rupture": false}' > "$tmp/s3.json"
run "trace: cells of the matched row" 0 "$guidec" run --trace "$gist" "$tmp/s3.json"
tr -s ' ' < "$tmp/out" > "$tmp/squeezed"
has "trace: matched row, then its cells" "$tmp/squeezed" "cells: mitoses_per_5mm2: <= 5 mitoses_per_5mm2, size_cm: (2, 5] cm, site: stomach"
has "trace: all keeps what did not match" "$tmp/out" "not matched"
if [ "$(grep -c 'cells: ' "$tmp/out")" -eq "$(grep ' matched ' "$tmp/out" | grep -vc 'not matched')" ]; then passed=$((passed + 1)); else
    echo "e2e: trace: a cells line for each matched row, no other"; failed=$((failed + 1)); fi
cp "$tmp/out" "$tmp/trace_all.txt"
run "trace=fired" 0 "$guidec" run "$gist" --trace=fired "$tmp/s3.json"
has "trace=fired: the matched row" "$tmp/out" "cells: mitoses_per_5mm2: <= 5 mitoses_per_5mm2"
has "trace=fired: the rule that fired" "$tmp/out" "rule netsarc_rcp_and_pathology_review"
has "trace=fired: outputs' lines" "$tmp/out" "output miettinen_risk"
if grep -qE "not matched|not fired|shadowed|excepted|  undetermined +cites" "$tmp/out"; then
    echo "e2e: trace=fired shows what did not fire"; grep -E "not matched|not fired|shadowed|excepted" "$tmp/out" | head -3; failed=$((failed + 1))
else passed=$((passed + 1)); fi
if [ "$(grep -E '^    (rule|table) .* (fired|matched) ' "$tmp/trace_all.txt" | grep -vcE 'not (fired|matched)')" -eq "$(grep -cE '^    (rule|table) ' "$tmp/out")" ]; then
    passed=$((passed + 1)); else echo "e2e: trace=fired: not the fired events of --trace"; failed=$((failed + 1)); fi
run "trace=all is --trace" 0 "$guidec" run --trace=all "$gist" "$tmp/s3.json"
same "trace=all: the same text as --trace" "$tmp/trace_all.txt" "$tmp/out"
run "trace=bogus" 2 "$guidec" run --trace=bogus "$gist" "$tmp/s3.json"
has "trace=bogus: named" "$tmp/err" "unknown --trace 'bogus' (expected all or fired)"
run "trace=fired json" 0 "$guidec" run --format json --trace=fired "$gist" "$tmp/s3.json"
json "trace=fired json: only fired and matched clauses" '[.trace[] | select(.status) | .status] | unique == ["fired", "matched"]'
json "trace=fired json: the cells of the matched row" '[.trace[] | select(.table == "miettinen")] == [{"table": "miettinen", "row": 2, "column": "stomach", "cite": "§2.5 classification de Miettinen", "line": 343, "status": "matched", "values": {"site": "stomach", "mitoses_per_5mm2": 3, "size_cm": 3}, "cells": "mitoses_per_5mm2: <= 5 mitoses_per_5mm2, size_cm: (2, 5] cm, site: stomach"}]'
for b in c jit; do
    run "trace=fired --backend $b" 0 "$guidec" run --backend "$b" --format json --trace=fired "$gist" "$tmp/s3.json"
    json "trace=fired --backend $b: the same cells" '[.trace[] | select(.table == "miettinen")][0].cells == "mitoses_per_5mm2: <= 5 mitoses_per_5mm2, size_cm: (2, 5] cm, site: stomach"'
done
run "run missing" 0 "$guidec" run --missing "$gist" "$tmp/j12.json"
has "missing lists inputs" "$tmp/out" "ask for mitoses_per_5mm2"
# An undetermined output names the answers it can still take: the leaves of its decision
# diagram that the walk reached. A colonic GIST of 6 cm: the rules leave disease_category open
# between localized and advanced, and pretreatment_biopsy between required and not applicable.
echo '{"id": "c6", "location": "colon", "size_cm": 6, "mitoses_per_5mm2": 10}' > "$tmp/c6.json"
run "run possible json" 0 "$guidec" run --format json "$gist" "$tmp/c6.json"
json "possible: disease_category" '.possible.disease_category == ["localized", "advanced"]'
json "possible: not applicable is a state" '.possible.pretreatment_biopsy == ["required", {"state": "not applicable"}]'
json "possible: numbers as outputs has them" '.possible.imatinib_dose_mg == [400, 800, {"state": "not applicable"}]'
json "possible: ranges as [min, max]" '.possible.neoadjuvant_duration_months == [[6, 12], {"state": "not applicable"}]'
json "possible: the undetermined outputs, no other" '(.possible | keys) == (.undetermined | keys) and (.possible | has("pT") | not)'
# JSON names the outputs that are not applicable (no rule concludes them for the case), in the
# ruleset's order, so that "no decision needed" is not mistaken for "output missing".
echo '{"location": "colon", "size_cm": 12, "mitoses_per_5mm2": 20}' > "$tmp/na.json"
run "run not_applicable json" 0 "$guidec" run --format json "$gist" "$tmp/na.json"
json "not_applicable: the Miettinen outputs for a colonic GIST, in order" \
    '.not_applicable[0:3] == ["miettinen_risk", "recurrence_pct", "miettinen_few_cases"]'
json "not_applicable: every output in exactly one of outputs, undetermined, not_applicable" \
    '([.outputs, .undetermined | keys[]] + .not_applicable | length) == ([.outputs, .undetermined | keys[]] + .not_applicable | unique | length)'
json "not_applicable: with outputs and undetermined, every output of gist.guide" \
    '([.outputs, .undetermined | keys[]] + .not_applicable | length) == '"$(grep -c '^output ' "$gist")"
run "run possible text" 0 "$guidec" run "$gist" "$tmp/c6.json"
tr -s ' ' < "$tmp/out" > "$tmp/squeezed"
has "text: possible values" "$tmp/squeezed" "Catégorie de la maladie (disease_category) undetermined GIST localisée (localized) or GIST avancée ou métastatique (advanced)"
has "text: not applicable among them" "$tmp/squeezed" "(pretreatment_biopsy) undetermined Biopsie nécessaire (required) or not applicable"
has "text: three values" "$tmp/squeezed" "(next_drug) undetermined Imatinib (imatinib), Sunitinib (sunitinib), Régorafénib (regorafenib), Ripretinib (ripretinib), Avapritinib (avapritinib) or not applicable"
has "text: many answers, the rest counted" "$tmp/squeezed" "(poor_prognostic_factors) undetermined {}, {Nécrose tumorale"
has "text: many answers, the rest counted: how many" "$tmp/squeezed" "Exérèse marginale ou incomplète (marginal_or_incomplete_excision)} or 72 other answers"
if grep -q "ask for" "$tmp/out"; then echo "e2e: text without --missing asks"; failed=$((failed + 1)); else passed=$((passed + 1)); fi
run "run possible --missing" 0 "$guidec" run --missing "$gist" "$tmp/c6.json"
tr -s ' ' < "$tmp/out" > "$tmp/squeezed"
has "missing: possible values, then asks" "$tmp/squeezed" \
    "(pretreatment_biopsy) undetermined Biopsie nécessaire (required) or not applicable; ask for metastatic, locally_advanced_unresectable, planned_treatment"
# Location unknown, 6 cm, 3 mitoses: the Miettinen percentage is 3.6 (stomach), 24 (small
# bowel), ND (duodenum, rectum: the cell prints none) or not applicable (colon, oesophagus).
echo '{"id": "u6", "size_cm": 6, "mitoses_per_5mm2": 3}' > "$tmp/u6.json"
run "run possible ND" 0 "$guidec" run --format json --trace "$gist" "$tmp/u6.json"
json "possible: ND is null" '.possible.recurrence_pct == [3.6, 24, null, {"state": "not applicable"}] and .undetermined.recurrence_pct == ["location"]'
json "possible: labels in their order" '.possible.miettinen_risk == ["low", "moderate", "high", {"state": "not applicable"}]'
json "possible: in the trace" '[.trace[] | select(.output == "recurrence_pct")] == [{"output": "recurrence_pct", "decided": "depends", "possible": [3.6, 24, null, {"state": "not applicable"}], "ask": ["location"]}]'
json "possible: not for decided outputs in the trace" '[.trace[] | select(.output == "pT") | has("possible")] == [false]'
run "run possible ND text" 0 "$guidec" run --trace --missing "$gist" "$tmp/u6.json"
tr -s ' ' < "$tmp/out" > "$tmp/squeezed"
has "text: ND as no value" "$tmp/squeezed" " recurrence_pct undetermined 3.6 %, 24 %, no value or not applicable; ask for location"
has "text trace: possible values" "$tmp/squeezed" " output recurrence_pct undetermined 3.6 %, 24 %, no value or not applicable; ask for location"
if grep -q "budget" "$tmp/out"; then echo "e2e: a result mentions a budget"; failed=$((failed + 1)); else passed=$((passed + 1)); fi
run "run json trace" 0 "$guidec" run --format json --trace "$gist" "$tmp/j12.json"
json "json trace has rows" '[.trace[] | select(.table == "miettinen")] | length > 0'
json "json trace has outputs" '[.trace[] | select(.output == "miettinen_risk" and .decided == "search")] | length == 1'
echo '{"id": "mm", "location": "stomach", "size_cm": "35 mm", "mitoses_per_5mm2": 3}' > "$tmp/mm.json"
run "run unit string" 0 "$guidec" run --format json "$gist" "$tmp/mm.json"
json "35 mm is 3.5 cm" '.outputs.miettinen_risk == "very_low" and .outputs.recurrence_pct == 1.9 and .outputs.pT == "T2"'
echo '{"id": "n", "location": "stomach", "size_cm": null, "mitoses_per_5mm2": 3}' > "$tmp/null.json"
run "run null is unknown" 0 "$guidec" run --format json "$gist" "$tmp/null.json"
json "null size: pT undetermined" '.undetermined.pT == ["size_cm"]'
cat > "$tmp/mixed.jsonl" <<'J'
{"id": "a", "location": "stomach", "size_cm": 3, "mitoses_per_5mm2": 3}
{"id": "b", "location": "stomack"}
{"id": "c", "size_cm": 500}
{"id": "d", "size_cm": "3 mg"}
{"id": "e", "nonsense": 1}
not json at all
{"id": "f", "location": "rectum", "size_cm": 1, "mitoses_per_5mm2": 1}
J
run "run mixed cases" 2 "$guidec" run --format json "$gist" "$tmp/mixed.jsonl"
if [ "$(wc -l < "$tmp/out")" -eq 7 ]; then passed=$((passed + 1)); else
    echo "e2e: one output line per case: got $(wc -l < "$tmp/out")"; failed=$((failed + 1)); fi
sed -n 2p "$tmp/out" > "$tmp/line" && has "bad label names field" "$tmp/line" '"field":"location"'
has "bad label names case" "$tmp/line" '"id":"b"'
sed -n 3p "$tmp/out" > "$tmp/line" && has "out of range" "$tmp/line" '"field":"size_cm"'
sed -n 4p "$tmp/out" > "$tmp/line" && has "wrong dimension" "$tmp/line" 'mass'
sed -n 5p "$tmp/out" > "$tmp/line" && has "unknown key" "$tmp/line" '"field":"nonsense"'
sed -n 6p "$tmp/out" > "$tmp/line" && has "bad json" "$tmp/line" '"error"'
sed -n 7p "$tmp/out" > "$tmp/line" && has "run goes on after errors" "$tmp/line" '"id":"f"'
run "run bad format" 2 "$guidec" run --format xml "$gist" "$tmp/j12.json"
has "bad format named" "$tmp/err" "unknown format 'xml'"
run "run --backend jit" 0 "$guidec" run --backend jit "$gist" "$tmp/j12.json"
run "run bad backend" 2 "$guidec" run --backend llvm "$gist" "$tmp/j12.json"
has "bad backend named" "$tmp/err" "unknown backend 'llvm' (expected interp, c or jit)"
run "run bad budget" 2 "$guidec" run --search-budget -3 "$gist" "$tmp/j12.json"
run "run --search-budget: accepted, ignored" 0 "$guidec" run --search-budget 3 --format json "$gist" "$tmp/j12.json"
cp "$tmp/out" "$tmp/budget3.out"
run "run without --search-budget" 0 "$guidec" run --format json "$gist" "$tmp/j12.json"
same "--search-budget changes no result" "$tmp/out" "$tmp/budget3.out"
# An output that reads an output with no value (ND) is undetermined whatever the missing inputs:
# the result says so, and that the guideline does not decide the case, not a blank.
cat > "$tmp/nd.guide" <<'G'
guideline nd "ND upstream" version "1" source "t"
input a : bool
output x : % in [0, 100]
output y : enum { hi, lo }
rule x1 cites "1" when a then x = ND
rule x2 cites "1" when not a then x = 5 %
rule y1 cites "2" when x > 3 % then y = hi
rule y2 cites "2" when x <= 3 % then y = lo
G
echo '{"a": true}' > "$tmp/nd.json"
run "run: an output reading ND" 0 "$guidec" run "$tmp/nd.guide" "$tmp/nd.json"
has "undetermined whatever the missing inputs" "$tmp/out" "y  undetermined  whatever the missing inputs: a rule reads an output that has no value or is in conflict; the guideline does not decide this case"
echo '{}' > "$tmp/nd0.json"
run "run: nothing known, json" 0 "$guidec" run --format json "$tmp/nd.guide" "$tmp/nd0.json"
json "possible answers of an output reading ND" '.possible.x == [5, null] and .possible.y == ["hi", {"state": "undetermined"}] and .undetermined.y == ["a"]'
# GNU habits: options before or after the operands, `--` ends them.
run "run: options after the operands" 0 "$guidec" run "$gist" "$tmp/j12.json" --format json --missing
json "run: options after the operands are taken" '.ruleset.name == "gist"'
run "run: -- ends the options" 2 "$guidec" run --format json -- "$gist" --trace
has "run: after --, --trace is a case file" "$tmp/err" "cannot read cases from --trace"
run "check: options after the file" 0 "$guidec" check "$root/rules/net.guide" --stats
has "check: --stats after the file" "$tmp/out" "decision diagrams:"
run "test: options after the file" 0 "$guidec" test "$root/rules/net.guide" --verbose
has "test: --verbose after the file" "$tmp/out" "ok "
run "diff: options after the files" 0 "$guidec" diff "$gist" "$gist" --format json
json "diff: --format json after the files" '.equivalent'
run "run missing case file" 2 "$guidec" run "$gist" "$tmp/none.json"
run "run broken rules" 2 "$guidec" run "$tmp/bad.guide" "$tmp/j12.json"
has "run broken rules says check" "$tmp/err" "guidec check"

# A decision the guideline does not make is named, in text and JSON (issue 17): a colonic GIST
# after R0 has no Miettinen class, so neither adjuvant treatment nor surveillance is given.
run "run: guideline gap, json" 0 "$guidec" run --format json "$gist" "$root/examples/cases/colon_r0_guideline_gap.json"
json "guideline gap named" '.outputs.guideline_gap == ["adjuvant_treatment", "surveillance"] and (.outputs | has("adjuvant_imatinib") | not) and .outputs.refer_to_netsarc'
run "run: guideline gap, text" 0 "$guidec" run "$gist" "$root/examples/cases/colon_r0_guideline_gap.json"
tr -s ' ' < "$tmp/out" > "$tmp/squeezed"
has "text: guideline gap" "$tmp/squeezed" "(guideline_gap) {Traitement adjuvant (adjuvant_treatment), Surveillance (surveillance)}"

# ---- diff ---------------------------------------------------------------------------------
v1="$root/examples/versions/gist_v1.guide"
v2="$root/examples/versions/gist_v2.guide"
run "diff with itself" 0 "$guidec" diff "$v1" "$v1" && has "diff itself equivalent" "$tmp/out" "the versions are equivalent"
# guideline_gap reads every input of the adjuvant and surveillance decisions: 1,016,064 cells,
# over diff's default budget of 1,000,000 (rules/README.md, « Budgets »).
run "diff of gist with itself, json" 0 "$guidec" diff --format json "$gist" "$gist"
json "self diff json: nothing" '.equivalent and (.changes | length) == 0 and (.inputs | length) == 0'
run "diff v1 v2" 1 "$guidec" diff "$v1" "$v2"
has "diff: moved boundary" "$tmp/out" "mitoses_per_5mm2 = 5"
has "diff: changed cell" "$tmp/out" "location in {stomach}, size_cm > 10 cm, mitoses_per_5mm2 <= 5"
has "diff: old -> new" "$tmp/out" "moderate -> high"
has "diff: added rule" "$tmp/out" "not_recommended -> discuss"
run "diff v1 v2 json" 1 "$guidec" diff --format json "$v1" "$v2"
# exactly the known changes: the cell, the boundary at 5 mitoses, the new R1 rule
json "diff: only the known regions" '[.changes[] | select(.unknown_inputs | not) | select((.condition | test("mitoses_per_5mm2 = 5|resection in \\{R1\\}|location in \\{stomach\\}, size_cm > 10 cm, mitoses_per_5mm2 <= 5")) | not)] | length == 0'
# and with inputs unknown: a stomach GIST over 10 cm, mitoses unknown, was moderate or high and
# is now high whatever the mitoses
json "diff: with mitoses unknown" '[.changes[] | select(.unknown_inputs and .output == "miettinen_risk" and .condition == "location in {stomach}, size_cm > 10 cm, mitoses_per_5mm2 unknown" and .old == "undetermined (moderate or high; ask for mitoses_per_5mm2)" and .new == "high")] | length == 1'
json "diff: the stomach cell" '[.changes[] | select(.output == "miettinen_risk" and .old == "moderate" and .new == "high" and (.condition | test("stomach")) and (.condition | test("> 10")))] | length == 1'
json "diff: the new rule" '[.changes[] | select(.output == "adjuvant_imatinib" and .new == "discuss")] | length > 0'
# every example really differs when evaluated with both versions
answer() { # FILE CASE OUTPUT -> the output's value; when undetermined, the inputs to ask for
    # and the possible answers; or "not applicable"
    echo "$2" | "$guidec" run --format json "$1" - | jq -c --arg o "$3" \
        'if .outputs | has($o) then .outputs[$o] elif .undetermined | has($o) then [.undetermined[$o], .possible[$o]] else "not applicable" end'
}
head -n 1 "$tmp/out" | jq -c '.changes[] | [.output, (.example | tostring)]' > "$tmp/examples"
bad=0
while IFS= read -r line; do
    o=$(echo "$line" | jq -r '.[0]'); c=$(echo "$line" | jq -r '.[1]')
    [ "$(answer "$v1" "$c" "$o")" != "$(answer "$v2" "$c" "$o")" ] || { bad=1; echo "e2e: diff example does not differ: $o $c"; }
done < "$tmp/examples"
if [ "$bad" -eq 0 ] && [ -s "$tmp/examples" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
cat > "$tmp/d1.guide" <<'G'
guideline d "t" version "1" source "s"
input a : bool
input gone : bool
input size_cm : cm in [0, 100]
output x : enum { p, q }
output old_only : bool
rule r when a and size_cm > 2 cm then x = p
rule s when gone then old_only = true
G
cat > "$tmp/d2.guide" <<'G'
guideline d "t" version "2" source "s"
input a : bool
input size_cm : cm in [0, 50]
input extra : bool
output x : enum { p, q }
rule r when a and size_cm > 2 cm then x = p
rule t when extra and not a then x = q
G
run "diff inputs and outputs" 1 "$guidec" diff "$tmp/d1.guide" "$tmp/d2.guide"
has "diff: removed input" "$tmp/out" "removed input gone"
has "diff: added input" "$tmp/out" "added input extra"
has "diff: range change" "$tmp/out" "input size_cm: range [0, 100] -> [0, 50]"
has "diff: removed output" "$tmp/out" "removed output old_only"
has "diff: region from the added input" "$tmp/out" "not a, extra"
run "diff one file" 2 "$guidec" diff "$v1"
run "diff broken file" 2 "$guidec" diff "$v1" "$tmp/bad.guide"
run "diff bad format" 2 "$guidec" diff --format xml "$v1" "$v2"
run "diff --help" 0 "$guidec" diff --help && has "diff help" "$tmp/out" "usage: guidec diff"
has "diff help: md" "$tmp/out" "--format text|json|md"
has "diff help: unchanged" "$tmp/out" "unchanged: a, b"

# ---- diff for a release: the same version string, unchanged outputs, a Markdown note --------
cat > "$tmp/r1.guide" <<'G'
guideline r "t" version "1.0" source "s"
input size_cm : cm in [0, 100]
input rupture : bool
output risk : enum { low, high }
output follow : enum { yearly, never }
output watch : bool
rule big cites "s" when size_cm > 5 cm then risk = high
rule small cites "s" when size_cm <= 5 cm then risk = low
rule f cites "s" when rupture then follow = yearly
rule w cites "s" when size_cm > 1 cm then watch = true
G
sed 's/> 5 cm/> 2 cm/; s/<= 5 cm/<= 2 cm/' "$tmp/r1.guide" > "$tmp/r2.guide"
sed 's/version "1.0"/version "1.1"/' "$tmp/r2.guide" > "$tmp/r3.guide"
run "diff same version" 1 "$guidec" diff "$tmp/r1.guide" "$tmp/r2.guide"
has "diff: same version warned" "$tmp/err" 'warning: both versions carry version "1.0" but differ'
has "diff: the change" "$tmp/out" "size_cm in (2, 5] cm"
has "diff: unchanged outputs" "$tmp/out" "unchanged: follow, watch"
run "diff new version" 1 "$guidec" diff "$tmp/r1.guide" "$tmp/r3.guide"
if grep -q "warning" "$tmp/err"; then echo "e2e: diff warned on two version strings"; failed=$((failed + 1)); else passed=$((passed + 1)); fi
run "diff same file, same version" 0 "$guidec" diff "$tmp/r1.guide" "$tmp/r1.guide"
if [ -s "$tmp/err" ]; then echo "e2e: diff of a file with itself wrote to stderr"; failed=$((failed + 1)); else passed=$((passed + 1)); fi
has "diff itself: every output unchanged" "$tmp/out" "unchanged: risk, follow, watch"
run "diff same version json" 1 "$guidec" diff --format json "$tmp/r1.guide" "$tmp/r2.guide"
has "diff json: warned on stderr too" "$tmp/err" "both versions carry version"
json "diff json: warning" '.warnings == ["both versions carry version \"1.0\" but differ: give the new one its own version, so that a trace names which rules produced it"]'
json "diff json: unchanged" '.unchanged == ["follow", "watch"] and .verdict == "the versions differ" and .rulesets.new.file != null'
run "diff new version json" 1 "$guidec" diff --format json "$tmp/r1.guide" "$tmp/r3.guide"
json "diff json: no warning" '.warnings == []'
run "diff md" 1 "$guidec" diff "$tmp/r1.guide" "$tmp/r3.guide" --format md
has "diff md: title" "$tmp/out" "# r 1.1: what changed since 1.0"
has "diff md: verdict" "$tmp/out" "**Verdict:** the versions differ."
has "diff md: output heading" "$tmp/out" "### risk"
has "diff md: table head" "$tmp/out" "| cases | old | new | example |"
has "diff md: region row" "$tmp/out" '| size_cm in (2, 5] cm | low | high | `{"size_cm":3.5}` |'
has "diff md: unchanged" "$tmp/out" "## Unchanged outputs"
has "diff md: unchanged list" "$tmp/out" "follow, watch"
run "diff md same version" 1 "$guidec" diff --format md "$tmp/r1.guide" "$tmp/r2.guide"
has "diff md: warning" "$tmp/out" '> **Warning:** both versions carry version "1.0" but differ'
run "diff md v1 v2" 1 "$guidec" diff --format md "$v1" "$v2"
has "diff md: changed inputs unknown" "$tmp/out" "With some inputs unknown:"
has "diff md: gist unchanged" "$tmp/out" "## Unchanged outputs"

# ---- test -----------------------------------------------------------------------------------
run "test gist" 0 "$guidec" test "$gist" && has "test gist summary" "$tmp/out" "0 failed"
cat > "$tmp/failing.guide" <<'G'
guideline g "t" version "1" source "s"
input a : bool
output x : enum { p, q }
rule r when a then x = p
test "passes" given a = true expect x = p, rule r fired
test "fails" given a = true expect x = q
test "unknown input" given a = unknown expect x is undetermined
G
run "test with a failure" 1 "$guidec" test --verbose "$tmp/failing.guide"
has "test: summary" "$tmp/out" "2 passed, 1 failed"
has "test: failure located" "$tmp/err" "failing.guide:6:"
has "test: expected vs got" "$tmp/err" "expected x = q, got p"
has "test: verbose" "$tmp/out" "FAIL fails"
cat > "$tmp/uncovered.guide" <<'G'
guideline g "t" version "1" source "s"
input a : bool
output x : enum { p, q }
rule r cites "§1" when a then x = p
rule never cites "§2" when not a then x = q
test "r" given a = true expect x = p
G
run "coverage with an uncovered rule" 1 "$guidec" test --coverage "$tmp/uncovered.guide"
has "coverage names the rule" "$tmp/out" "uncovered.guide:5: not covered: rule never (§2)"
has "coverage names the citation" "$tmp/out" 'not covered: citation "§2"'
has "coverage percentage" "$tmp/out" "coverage 50.0% of rules and rows (1 of 2), 1 of 2 citations"
run "coverage of gist" 0 "$guidec" test --coverage "$gist"
has "gist fully covered" "$tmp/out" "coverage 100.0%"
run "test broken rules" 2 "$guidec" test "$tmp/bad.guide"

# `rule R fired in every case`: decided by R's decision diagram over the unknown inputs
cat > "$tmp/every.guide" <<'G'
guideline every "x" version "1" source "t"
input location : enum { stomach, jejunum, colon }
input size_cm : cm in [0, 100]
input mitoses : integer in [0, 1000]
output risk : enum { low, high }
rule big cites "x" when size_cm > 10 cm then risk = high
rule busy cites "x" when mitoses > 5 and location != stomach then risk = high
rule small cites "x" when size_cm <= 10 cm and (mitoses <= 5 or location == stomach) then risk = low
rule either cites "x" when mitoses > 5 or mitoses <= 5 then risk = low
test "large, mitoses unknown" {
  given size_cm = 12 cm
  expect rule big fired in every case, rule either fired in every case
}
test "busy when colon" {
  given mitoses = 8, location = colon
  expect rule busy fired in every case, rule busy fired
}
G
for b in interp c jit; do
    run "test fired in every case ($b)" 0 "$guidec" test --backend "$b" "$tmp/every.guide"
    has "test fired in every case ($b)" "$tmp/out" "2 passed, 0 failed"
done
cat >> "$tmp/every.guide" <<'G'
test "busy depends" {
  given mitoses = 8
  expect rule busy fired in every case
}
test "small never" {
  given size_cm = 12 cm
  expect rule small fired in every case
}
G
run "test fired in every case, failures" 1 "$guidec" test "$tmp/every.guide"
has "test fired in every case: depends" "$tmp/err" "rule busy was expected to fire in every case, but whether it fires depends on location"
has "test fired in every case: never" "$tmp/err" "rule small was expected to fire in every case, but it never fires for this case"
has "test fired in every case: counts" "$tmp/out" "2 passed, 2 failed"

# ---- graph --------------------------------------------------------------------------------
cases="$root/examples/cases"
for verb in graph report fmt; do
    run "$verb --help" 0 "$guidec" "$verb" --help && has "$verb --help" "$tmp/out" "usage: guidec $verb"
    run "help $verb" 0 "$guidec" help "$verb" && has "help $verb" "$tmp/out" "usage: guidec $verb"
done
run "graph gist dot" 0 "$guidec" graph "$gist"
has "graph: a digraph" "$tmp/out" 'digraph "gist"'
has "graph: French citation kept" "$tmp/out" "§2.5 classification de Miettinen"
has "graph: rule node" "$tmp/out" '"r:adjuvant_imatinib_rupture"'
has "graph: table feeds output" "$tmp/out" '"t:miettinen" -> "v:miettinen_risk"'
cp "$tmp/out" "$tmp/gist.dot"
run "graph renders with dot" 0 dot -Tsvg "$tmp/gist.dot"
run "graph -o" 0 "$guidec" graph -o "$tmp/gist2.dot" "$gist"
if cmp -s "$tmp/gist.dot" "$tmp/gist2.dot"; then passed=$((passed + 1)); else
    echo "e2e: graph is not reproducible (stdout and -o differ)"; failed=$((failed + 1)); fi
run "graph -o -" 0 "$guidec" graph "$gist" -o - && has "graph -o -: stdout" "$tmp/out" 'digraph "gist"'
run "graph svg" 0 "$guidec" graph --format svg -o "$tmp/gist.svg" "$gist"
has "graph svg is svg" "$tmp/gist.svg" "<svg"
has "graph svg keeps UTF-8" "$tmp/gist.svg" "§7.2 situation adjuvante"
run "graph svg to stdout" 0 "$guidec" graph --format svg "$gist" && has "svg on stdout" "$tmp/out" "</svg>"
run "graph --case" 0 "$guidec" graph --case "$cases/jejunum_12cm_mitoses_unknown.json" "$gist"
has "graph --case names the case" "$tmp/out" "case jejunum_12cm_mitoses_unknown"
has "graph --case: concluded output" "$tmp/out" "= high"
has "graph --case: undetermined output" "$tmp/out" "ask for: mitoses_per_5mm2"
has "graph --case: possible values" "$tmp/out" "<b>undetermined: 52 % or 90 %</b>"
has "graph --case: decided without" "$tmp/out" "decided without: mitoses_per_5mm2"
has "graph --case: undetermined style" "$tmp/out" 'style=dashed'
cp "$tmp/out" "$tmp/case.dot"
run "graph --case renders" 0 dot -Tsvg "$tmp/case.dot"
run "graph --case svg" 0 "$guidec" graph --case "$cases/stomach_low_risk.json" --format svg -o "$tmp/case.svg" "$gist"
has "graph --case svg: fired rule" "$tmp/case.svg" "no_adjuvant_low_risk"
run "graph --case matched" 0 "$guidec" graph --case "$cases/stomach_low_risk.json" "$gist"
has "graph --case: matched cell" "$tmp/out" "matched: row 3, stomach"
run "graph --case with lists" 0 "$guidec" graph --case "$cases/metastatic_pet_per_lesion.json" "$gist"
has "graph --case: a list input's elements" "$tmp/out" "= list (12.4; 8.1; 6.5) SUV"
cat "$cases"/*.json > "$tmp/all.jsonl"
run "graph --case with several cases" 2 "$guidec" graph --case "$tmp/all.jsonl" "$gist"
has "graph: one case only" "$tmp/err" "exactly one"
run "graph --case unreadable" 2 "$guidec" graph --case "$tmp/none.json" "$gist"
has "graph: unreadable case named" "$tmp/err" "cannot read the case from $tmp/none.json"
echo '{"id": "b", "location": "stomack"}' > "$tmp/badcase.json"
run "graph --case bad record" 2 "$guidec" graph --case "$tmp/badcase.json" "$gist"
has "graph: bad record names field" "$tmp/err" "location"
run "graph unknown format" 2 "$guidec" graph --format png "$gist"
has "graph: unknown format named" "$tmp/err" "unknown format 'png' (expected dot or svg)"
run "graph broken rules" 2 "$guidec" graph "$tmp/bad.guide"
run "graph two files" 2 "$guidec" graph "$gist" "$gist"
run "graph unwritable output" 2 "$guidec" graph -o "$tmp/no/such/dir.dot" "$gist"

# ---- report -------------------------------------------------------------------------------
run "report" 0 "$guidec" report "$gist" "$tmp/all.jsonl" -o "$tmp/report.html"
for f in "$cases"/*.json; do
    id=$(jq -r .id "$f")
    has "report names case $id" "$tmp/report.html" "$id"
done
has "report: doctype" "$tmp/report.html" "<!DOCTYPE html>"
has "report: ruleset sha256" "$tmp/report.html" "$(sha256sum "$gist" | cut -d' ' -f1)"
has "report: version" "$tmp/report.html" "2022-11-07"
has "report: print styles" "$tmp/report.html" "@media print"
has "report: citation" "$tmp/report.html" "§7.2 situation adjuvante, effraction / rupture tumorale"
has "report: source line" "$tmp/report.html" "when resection in {R0, R1} and tumor_rupture"
has "report: ask for" "$tmp/report.html" "ask for <code>mitoses_per_5mm2</code>"
has "report: possible values" "$tmp/report.html" '<span class="ask">undetermined</span>: 52 % or 90 %</td>'
has "report: possible values, then asks" "$tmp/report.html" "<li><code>recurrence_pct</code>: 52 % or 90 %; ask for <code>mitoses_per_5mm2</code></li>"
if grep -q "budget" "$tmp/report.html"; then echo "e2e: the report mentions a budget"; failed=$((failed + 1)); else passed=$((passed + 1)); fi
# The "how" of each output in words: from the case, whatever an unknown input is (with the
# values tried), or undetermined with what to ask for.
has "report: how, from the case" "$tmp/report.html" "<td>decided from the case</td>"
has "report: how, whatever an input is" "$tmp/report.html" 'decided whatever <code>mitoses_per_5mm2</code> is <span class="read">(values tried: mitoses_per_5mm2 (&lt; 5, 5, &gt; 5))</span>'
has "report: how, undetermined: ask for" "$tmp/report.html" "<td>undetermined: ask for <code>sdhb_expression_lost</code></td>"
has "report: how, not applicable" "$tmp/report.html" "<td>not applicable: no rule concludes it for this case, no decision is needed</td>"
has "report: unknown input" "$tmp/report.html" '<span class="unknown">unknown</span>'
has "report: matched cell" "$tmp/report.html" '<td class="hit">'
if grep -qiE '<script|<link|<img|<iframe|src=|https?:' "$tmp/report.html"; then
    echo "e2e: report is not self-contained:"; grep -noiE '<script|<link|<img|<iframe|src=|https?:' "$tmp/report.html" | head -5
    failed=$((failed + 1)); else passed=$((passed + 1)); fi
run "report to stdout" 0 "$guidec" report "$gist" "$cases/stomach_low_risk.json" -o -
has "report -o -" "$tmp/out" "stomach_low_risk"
cat > "$tmp/report-bad.jsonl" <<'J'
{"id": "<script>alert(1)</script>", "location": "stomach", "size_cm": 3}
{"id": "x", "location": "stomack"}
not json at all
{"id": "after", "location": "rectum", "size_cm": 1, "mitoses_per_5mm2": 1}
J
run "report with bad records" 2 "$guidec" report "$gist" "$tmp/report-bad.jsonl" -o "$tmp/bad.html"
has "report: bad record in place" "$tmp/bad.html" 'is not a declared label'
has "report: bad JSON in place" "$tmp/bad.html" 'invalid JSON'
has "report: goes on after errors" "$tmp/bad.html" 'Case 4: after'
has "report: ids escaped" "$tmp/bad.html" '&lt;script&gt;alert(1)&lt;/script&gt;'
if grep -q '<script' "$tmp/bad.html"; then echo "e2e: report: unescaped id"; failed=$((failed + 1)); else passed=$((passed + 1)); fi
has "report: stderr counts errors" "$tmp/err" "2 cases of"
run "report without -o" 2 "$guidec" report "$gist" "$tmp/all.jsonl"
has "report: -o required" "$tmp/err" "report needs -o OUT.html"
run "report unreadable cases" 2 "$guidec" report "$gist" "$tmp/none.json" -o "$tmp/x.html"
has "report: unreadable cases named" "$tmp/err" "cannot read cases from $tmp/none.json"
run "report broken rules" 2 "$guidec" report "$tmp/bad.guide" "$tmp/all.jsonl" -o "$tmp/x.html"
run "report one argument" 2 "$guidec" report "$gist" -o "$tmp/x.html"

# ---- fmt ----------------------------------------------------------------------------------
fmtdir="$root/tests/golden/fmt"
cp "$fmtdir/messy.guide" "$tmp/messy.guide"
run "fmt to stdout" 0 "$guidec" fmt "$tmp/messy.guide"
has "fmt keeps comments" "$tmp/out" "# a comment between the header and the rows"
has "fmt aligns tables" "$tmp/out" "  | <= 5    | > 5     || high ** | ND   | # the guideline prints no value"
cp "$tmp/out" "$tmp/messy.fmt"
run "fmt --check unformatted" 1 "$guidec" fmt --check "$tmp/messy.guide"
has "fmt --check names the line" "$tmp/err" "messy.guide:3: not formatted"
run "fmt --in-place" 0 "$guidec" fmt --in-place "$tmp/messy.guide"
if cmp -s "$tmp/messy.guide" "$tmp/messy.fmt"; then passed=$((passed + 1)); else
    echo "e2e: fmt --in-place differs from fmt"; failed=$((failed + 1)); fi
run "fmt --check formatted" 0 "$guidec" fmt --check "$tmp/messy.guide"
run "fmt twice changes nothing" 0 "$guidec" fmt "$tmp/messy.guide"
if cmp -s "$tmp/out" "$tmp/messy.guide"; then passed=$((passed + 1)); else
    echo "e2e: fmt is not idempotent"; failed=$((failed + 1)); fi
cp "$root/tests/golden/ok/small.guide" "$tmp/small.guide"
run "fmt --check several files" 1 "$guidec" fmt --check "$tmp/messy.guide" "$tmp/small.guide"
has "fmt --check names the unformatted one" "$tmp/err" "small.guide:"
run "fmt --check and --in-place" 2 "$guidec" fmt --check --in-place "$tmp/messy.guide"
run "fmt two files to stdout" 2 "$guidec" fmt "$tmp/messy.guide" "$tmp/small.guide"
run "fmt broken rules" 2 "$guidec" fmt "$tmp/bad.guide"
has "fmt broken rules says so" "$tmp/err" "fmt only formats files that compile"
run "fmt missing file" 2 "$guidec" fmt "$tmp/none.guide"
run "fmt no file" 2 "$guidec" fmt --check
# Spacing in declarations, and a rule, a constraint and a test written on one line: each
# clause on its own line at column 2, as the docs write them.
cat > "$tmp/oneline.guide" <<'G'
guideline g "t" version "1" source "s"
input size_cm:cm in[0,100]   # size
input site "Site, organe":enum{stomach ,colon}
input rupture:bool
output plan:enum {watch,treat}
rule treat cites "§7 when large" when size_cm > 5 cm and not rupture unless site == colon then plan = treat
constraint c cites "§1" when rupture then size_cm > 0 cm
test "t" given size_cm = 6, site = stomach, rupture = false expect plan = treat
G
cat > "$tmp/oneline.want" <<'G'
guideline g "t" version "1" source "s"
input size_cm : cm in [0, 100]   # size
input site "Site, organe" : enum { stomach, colon }
input rupture : bool
output plan : enum { watch, treat }

rule treat cites "§7 when large"
  when size_cm > 5 cm and not rupture
  unless site == colon
  then plan = treat

constraint c cites "§1"
  when rupture
  then size_cm > 0 cm

test "t"
  given size_cm = 6, site = stomach, rupture = false
  expect plan = treat
G
run "fmt: spacing and one-line rules" 0 "$guidec" fmt "$tmp/oneline.guide"
same "fmt: declarations spaced, one clause a line" "$tmp/oneline.want" "$tmp/out"
run "fmt --check: a one-line rule is not formatted" 1 "$guidec" fmt --check "$tmp/oneline.guide"
has "fmt --check: the first line to change" "$tmp/err" "oneline.guide:2: not formatted"
run "fmt --in-place: one-line rules" 0 "$guidec" fmt --in-place "$tmp/oneline.guide"
same "fmt --in-place: one-line rules wrapped" "$tmp/oneline.want" "$tmp/oneline.guide"
run "fmt --check: wrapped rules are formatted" 0 "$guidec" fmt --check "$tmp/oneline.guide"
run "fmt: the wrapped rules test as before" 0 "$guidec" test "$tmp/oneline.guide"

# ---- the encoded guidelines stay formatted ----------------------------------------------------
run "rules are formatted" 0 "$guidec" fmt --check "$root"/rules/*.guide

# ---- batch ----------------------------------------------------------------------------------
v1="$root/examples/versions/gist_v1.guide"
v2="$root/examples/versions/gist_v2.guide"
# gen_cases N: N GIST cases (ids c1..cN), some inputs missing, deterministic.
gen_cases() {
    awk -v n="$1" 'BEGIN { srand(2009); split("stomach jejunum ileum duodenum rectum colon esophagus", L, " ")
        split("R0 R1 R2 none", R, " "); split("none D842V exon12", P, " ")
        for (i = 1; i <= n; i++) {
            s = "{\"id\":\"c" i "\""
            if (rand() < .9) s = s ",\"location\":\"" L[int(rand() * 7) + 1] "\""
            if (rand() < .9) s = s ",\"size_cm\":" int(rand() * 200) / 10
            if (rand() < .8) s = s ",\"mitoses_per_5mm2\":" int(rand() * 21)
            if (rand() < .7) s = s ",\"resection\":\"" R[int(rand() * 4) + 1] "\""
            if (rand() < .7) s = s ",\"tumor_rupture\":" (rand() < .3 ? "true" : "false")
            if (rand() < .7) s = s ",\"pdgfra_mutation\":\"" P[int(rand() * 3) + 1] "\""
            print s "}" } }'
}
run "batch --help" 0 "$guidec" batch --help && has "batch --help" "$tmp/out" "usage: guidec batch"
cat > "$tmp/b.jsonl" <<'J'
{"id": "a", "location": "stomach", "size_cm": 3, "mitoses_per_5mm2": 2}
not json
{"id": "b", "location": "stomak", "size_cm": 3}

{"id": "c", "location": "jejunum", "size_cm": "120 mm"}
{"id": "d", "location": "rectum", "size_cm": 1, "mitoses_per_5mm2": 1} {"id": "e"}
{"id": "f", "location": "rectum", "size_cm": 1000}
{"id": "g", "location": "duodenum", "size_cm": 4, "mitoses_per_5mm2": 8}
J
run "batch with bad lines" 2 "$guidec" batch "$v1" --in "$tmp/b.jsonl" --out "$tmp/b.out"
if [ "$(jq -r '.id // "-"' "$tmp/b.out" | tr '\n' ' ')" = "a - b c - f g " ] &&
   [ "$(jq -r '.error.line // 0' "$tmp/b.out" | tr '\n' ' ')" = "0 2 3 0 6 7 0 " ]; then
    passed=$((passed + 1)); else echo "e2e: batch: bad lines lose count or order:"; cat "$tmp/b.out"; failed=$((failed + 1)); fi
has "batch: error names the field" "$tmp/b.out" '"field":"location"'
has "batch: range error names the field" "$tmp/b.out" '"field":"size_cm"'
has "batch: summary" "$tmp/err" "7 records, 4 errors"
# The same lines through `guidec run` give the same result lines (blank lines are no records).
grep -v '^$' "$tmp/b.jsonl" | sed -n '1p;3,4p;7p' > "$tmp/b-good.jsonl"
"$guidec" run --format json "$v1" "$tmp/b-good.jsonl" > "$tmp/b-run.out" 2>/dev/null
if [ "$(grep -v '"error"' "$tmp/b.out")" = "$(grep -v '"error"' "$tmp/b-run.out")" ]; then
    passed=$((passed + 1)); else echo "e2e: batch lines differ from run --format json"; failed=$((failed + 1)); fi
# CSV in gives the same results as JSON Lines in; CSV out uses explicit markers.
cat > "$tmp/b.csv" <<'C'
id,location,size_cm,mitoses_per_5mm2,tumor_rupture,resection
a,stomach,3,2,,
"c, quoted",jejunum,"120 mm",,,
"g ""q""",duodenum,4,8,false,R0
h,colon,"0.5
",,true,R1
C
printf '%s\n' '{"id":"a","location":"stomach","size_cm":3,"mitoses_per_5mm2":2}' \
    '{"id":"c, quoted","location":"jejunum","size_cm":"120 mm"}' \
    '{"id":"g \"q\"","location":"duodenum","size_cm":4,"mitoses_per_5mm2":8,"tumor_rupture":false,"resection":"R0"}' \
    '{"id":"h","location":"colon","size_cm":0.5,"tumor_rupture":true,"resection":"R1"}' > "$tmp/b-csv.jsonl"
run "batch CSV in" 0 "$guidec" batch "$v1" --in "$tmp/b.csv" --out "$tmp/b-csv.out"
run "batch JSONL in" 0 "$guidec" batch "$v1" --in "$tmp/b-csv.jsonl" --out "$tmp/b-jsonl.out"
if cmp -s "$tmp/b-csv.out" "$tmp/b-jsonl.out"; then passed=$((passed + 1)); else
    echo "e2e: batch: CSV in differs from JSON Lines in"; diff "$tmp/b-csv.out" "$tmp/b-jsonl.out" | head; failed=$((failed + 1)); fi
run "batch CSV out" 0 "$guidec" batch "$v1" --in "$tmp/b.csv" --out - --out-format csv
has "batch CSV header" "$tmp/out" "id,miettinen_risk,recurrence_pct,miettinen_few_cases,pT,adjuvant_imatinib,adjuvant_duration,error"
has "batch CSV quoted id, markers" "$tmp/out" '"c, quoted",high,#undetermined,'
has "batch CSV not applicable" "$tmp/out" "#not_applicable"
if grep -q ',,' "$tmp/out"; then echo "e2e: batch CSV has an empty value cell"; failed=$((failed + 1)); else passed=$((passed + 1)); fi
printf 'id,location,size_cm\nx,stomach,3 mg\ny,"stomach\nz,stomach\n' > "$tmp/bad.csv"
run "batch bad CSV records" 2 "$guidec" batch "$v1" --in "$tmp/bad.csv" --out-format csv
has "batch CSV unit error" "$tmp/out" "line 2, field size_cm: size_cm:"
has "batch CSV unclosed quote" "$tmp/out" "line 3: invalid CSV"
printf 'id,locaton\nx,stomach\n' > "$tmp/badhdr.csv"
run "batch bad CSV header" 2 "$guidec" batch "$v1" --in "$tmp/badhdr.csv"
has "batch bad header named" "$tmp/err" "'locaton', is not an input"
# Backends: the rules compiled by the JIT and to C give the same bytes as the interpreter, JSON
# Lines and CSV, error records included; auto takes the JIT, and needs no C compiler.
for f in jsonl csv; do
    run "batch interp ($f out)" 2 "$guidec" batch "$v1" --backend interp --in "$tmp/b.jsonl" --out-format "$f"
    mv "$tmp/out" "$tmp/b-interp.$f"
    has "batch interp: summary names it" "$tmp/err" "interpreter)"
    for be in c jit; do
        run "batch $be ($f out)" 2 "$guidec" batch "$v1" --backend "$be" --in "$tmp/b.jsonl" --out-format "$f"
        has "batch $be: summary names it" "$tmp/err" "$([ "$be" = c ] && echo "rules compiled to C)" || echo "rules compiled by the JIT)")"
        same "batch --backend $be ($f) = interpreter" "$tmp/b-interp.$f" "$tmp/out"
    done
done
run "batch auto without a C compiler" 0 env CC=/nonexistent/cc "$guidec" batch "$v1" --in "$tmp/b.csv"
has "batch auto: the JIT" "$tmp/err" "rules compiled by the JIT)"
run "batch c without a C compiler" 2 env CC=/nonexistent/cc "$guidec" batch "$v1" --backend c --in "$tmp/b.csv"
has "batch c without cc: says so" "$tmp/err" "--backend c: cannot run the C compiler"
run "batch bogus backend" 2 "$guidec" batch "$v1" --backend bogus --in "$tmp/b.csv"
has "batch bogus backend named" "$tmp/err" "unknown backend 'bogus'"
run "batch --trace CSV out" 2 "$guidec" batch "$v1" --trace --in "$tmp/b.csv" --out-format csv
run "batch --trace" 0 "$guidec" batch "$v1" --trace --in "$tmp/b.csv"
json "batch --trace has a trace" '.trace | length > 0'
run "batch --trace=fired" 0 "$guidec" batch "$v1" --trace=fired --in "$tmp/b.csv"
json "batch --trace=fired: no clause that did not fire" '[.trace[] | select(.status) | .status] - ["fired", "matched"] == []'
run "batch --trace=bogus" 2 "$guidec" batch "$v1" --trace=bogus --in "$tmp/b.csv"
# Threads: byte-identical output.
gen_cases 3000 > "$tmp/gen.jsonl"
run "batch 1 thread" 0 "$guidec" batch "$v1" --in "$tmp/gen.jsonl" --out "$tmp/t1.jsonl"
run "batch 2 threads" 0 "$guidec" batch "$v1" --in - --out "$tmp/t2.jsonl" --threads 2 < "$tmp/gen.jsonl"
if [ "$(wc -l < "$tmp/t1.jsonl")" -eq 3000 ] && cmp -s "$tmp/t1.jsonl" "$tmp/t2.jsonl"; then
    passed=$((passed + 1)); else echo "e2e: batch --threads 2 differs from one thread"; failed=$((failed + 1)); fi
# A pathology registry's stream through rules/gist.guide: location, size and mitoses known, the
# other inputs unknown, so that nearly every output is decided or left open by its diagram. The
# same bytes from the interpreter, the C, the JIT and two threads, possible answers included.
awk 'BEGIN { srand(7); split("stomach jejunum ileum duodenum rectum colon esophagus", L, " ")
    for (i = 1; i <= 3000; i++)
        printf "{\"id\":\"p%d\",\"location\":\"%s\",\"size_cm\":%g,\"mitoses_per_5mm2\":%g}\n",
               i, L[int(rand() * 7) + 1], int(rand() * 240) / 10, int(rand() * 24) / 2 }' > "$tmp/path.jsonl"
run "batch pathology only, interp" 0 "$guidec" batch "$gist" --backend interp --in "$tmp/path.jsonl" --out "$tmp/path-interp.jsonl"
if [ "$(grep -c '"possible":{' "$tmp/path-interp.jsonl")" -eq 3000 ]; then passed=$((passed + 1)); else
    echo "e2e: batch pathology only: not every result lists possible answers"; failed=$((failed + 1)); fi
for be in c jit; do
    run "batch pathology only, $be" 0 "$guidec" batch "$gist" --backend "$be" --in "$tmp/path.jsonl" --out "$tmp/path-$be.jsonl"
    same "batch pathology only: $be = interpreter" "$tmp/path-interp.jsonl" "$tmp/path-$be.jsonl"
done
run "batch pathology only, 2 threads" 0 "$guidec" batch "$gist" --threads 2 --in "$tmp/path.jsonl" --out "$tmp/path-t2.jsonl"
same "batch pathology only: 2 threads = interpreter" "$tmp/path-interp.jsonl" "$tmp/path-t2.jsonl"
# --compare lists exactly the cases whose outputs differ under `guidec run` on both versions.
run "batch --compare" 1 "$guidec" batch "$v2" --compare "$v1" --in "$tmp/gen.jsonl" --out "$tmp/cmp.jsonl"
has "compare: known flip (1)" "$tmp/err" "miettinen_risk: moderate→high"
has "compare: known flip (2)" "$tmp/err" "recurrence_pct: 12→86"
has "compare: known flip (3)" "$tmp/err" "adjuvant_imatinib: not_recommended→discuss"
if grep -q '^pT:' "$tmp/err"; then echo "e2e: compare: pT flips"; failed=$((failed + 1)); else passed=$((passed + 1)); fi
canon='[(.outputs | to_entries[] | {(.key): .value}), (.undetermined | keys[] | {(.): "#undetermined"})] | add // {}'
"$guidec" run --format json "$v1" "$tmp/gen.jsonl" 2>/dev/null | jq -c "$canon" > "$tmp/old.c"
"$guidec" run --format json "$v2" "$tmp/gen.jsonl" 2>/dev/null | jq -c "$canon" > "$tmp/new.c"
paste -d '\t' "$tmp/old.c" "$tmp/new.c" | awk -F '\t' '$1 != $2 { print NR }' > "$tmp/differ.want"
jq -r '.line' "$tmp/cmp.jsonl" > "$tmp/differ.got"
if [ -s "$tmp/differ.want" ] && cmp -s "$tmp/differ.want" "$tmp/differ.got"; then passed=$((passed + 1)); else
    echo "e2e: compare lists other cases than those run finds different"; failed=$((failed + 1)); fi
# Each listed change is what run gives: old and new values side by side.
if jq -e -n --slurpfile o "$tmp/old.c" --slurpfile n "$tmp/new.c" --slurpfile c "$tmp/cmp.jsonl" '
    def val($m; $k): if $m | has($k) then $m[$k] else "#not_applicable" end;
    [$c[] | .line as $l | .changes | to_entries[]
     | .value == {old: val($o[$l - 1]; .key), new: val($n[$l - 1]; .key)}] | length > 0 and all' > /dev/null
then passed=$((passed + 1)); else echo "e2e: compare: a listed change is not what run gives"; failed=$((failed + 1)); fi
for be in interp c; do
    run "batch --compare, $be" 1 "$guidec" batch "$v2" --compare "$v1" --backend "$be" --in "$tmp/gen.jsonl" --out "$tmp/cmp-$be.jsonl"
    same "batch --compare: JIT = $be" "$tmp/cmp.jsonl" "$tmp/cmp-$be.jsonl"
done
# SIGINT: a complete prefix, and how far it got. Over a FIFO the batch waits for more input
# after the last full chunk; the interrupt then finishes the records in flight: all of them.
mkfifo "$tmp/fifo"
"$guidec" batch "$v1" --in "$tmp/fifo" --out "$tmp/int.jsonl" 2> "$tmp/int.err" &
pid=$!
exec 3> "$tmp/fifo"
cat "$tmp/gen.jsonl" >&3
for _ in $(seq 100); do [ "$(wc -l < "$tmp/int.jsonl" 2>/dev/null || echo 0)" -ge 2560 ] && break; sleep 0.1; done
kill -INT "$pid"; wait "$pid"; rc=$?
exec 3>&-
if [ "$rc" -eq 130 ] && cmp -s "$tmp/int.jsonl" "$tmp/t1.jsonl"; then passed=$((passed + 1)); else
    echo "e2e: batch SIGINT over a pipe: status $rc, $(wc -l < "$tmp/int.jsonl") lines"; failed=$((failed + 1)); fi
has "batch SIGINT says how far" "$tmp/int.err" "interrupted: the output holds the results of the first 3000 records"
# Interrupted in the middle of a big file: complete JSON lines, in order, a prefix.
# The interpreter, and SIGINT once the first results are out: the run must still be going.
for _ in $(seq 200); do cat "$tmp/gen.jsonl"; done | awk '{ i = index($0, ","); print "{\"id\":\"c" NR "\"" (i ? "," substr($0, i + 1) : "}") }' > "$tmp/big.jsonl"
"$guidec" batch "$v1" --backend interp --in "$tmp/big.jsonl" --out "$tmp/big.out" 2> "$tmp/big.err" &
pid=$!
for _ in $(seq 200); do [ -s "$tmp/big.out" ] && break; sleep 0.02; done
kill -INT "$pid"; wait "$pid"; rc=$?
n=$(wc -l < "$tmp/big.out")
if [ "$rc" -eq 130 ] && [ "$n" -lt "$(wc -l < "$tmp/big.jsonl")" ] &&
   [ "$(tail -c 1 "$tmp/big.out" | od -An -c | tr -d ' ')" = '\n' ] &&
   jq -e -s --argjson n "$n" 'length == $n and ([.[].id] == [range(1; $n + 1) | "c\(.)"])' "$tmp/big.out" > /dev/null; then
    passed=$((passed + 1)); else echo "e2e: batch SIGINT: not a complete prefix (status $rc, $n lines)"; failed=$((failed + 1)); fi


# ---- inputs recorded to a step ---------------------------------------------------------------
cat > "$tmp/step.guide" <<'G'
guideline mel "t" version "1" source "AJCC"
input breslow : mm in [0, 100] step 0.1
output t : enum { T1, T2 }
table tt cites "AJCC" hit unique
  | breslow   || t  |
  | <= 1.0 mm || T1 |
  | > 1.05 mm || T2 |
end
G
printf 'id,breslow\na,1.04\nb,1.05\nc,0.105 cm\nd,100.04\ne,100.05\n' > "$tmp/step.csv"
for b in interp c jit; do
    run "batch step ($b)" 2 "$guidec" batch --backend "$b" --in "$tmp/step.csv" --out-format csv "$tmp/step.guide"
    mv "$tmp/out" "$tmp/step.$b"
    has "batch step ($b): 1.04 rounds down" "$tmp/step.$b" "a,T1,"
    has "batch step ($b): 1.05 rounds up" "$tmp/step.$b" "b,T2,"
    has "batch step ($b): 0.105 cm is 1.05 mm" "$tmp/step.$b" "c,T2,"
    has "batch step ($b): 100.04 rounds into the range" "$tmp/step.$b" "d,T2,"
    has "batch step ($b): 100.05 rounds out of it" "$tmp/step.$b" "100.05 (100.1 at its step of 0.1) is outside the declared range"
done
same "batch step: c = interp" "$tmp/step.interp" "$tmp/step.c"
same "batch step: jit = interp" "$tmp/step.interp" "$tmp/step.jit"
echo '{"id": "x", "breslow": 1.04}' > "$tmp/step.json"
run "run step trace" 0 "$guidec" run --trace "$tmp/step.guide" "$tmp/step.json"
has "run step: rounded and recorded" "$tmp/out" "breslow = 1 mm (recorded 1.04 mm, step 0.1)"
run "run step json" 0 "$guidec" run --trace --format json "$tmp/step.guide" "$tmp/step.json"
json "run step json: rounded value, recorded value" '.trace[0].values.breslow == 1 and .trace[0].recorded.breslow == 1.04'
run "check step: no gap" 0 "$guidec" check --strict "$tmp/step.guide"
sed 's/ step 0.1//' "$tmp/step.guide" > "$tmp/nostep.guide"
run "check without step: the gap" 1 "$guidec" check "$tmp/nostep.guide"
has "check without step: the gap" "$tmp/err" "has a gap"
run "diff adds a step" 1 "$guidec" diff "$tmp/nostep.guide" "$tmp/step.guide"
has "diff: the step named" "$tmp/out" "input breslow: step none -> 0.1"
has "diff: the gap's region now concluded" "$tmp/out" "not applicable -> T1"

# ---- emit-c, build, --backend c ------------------------------------------------------------
for verb in emit-c build; do
    run "$verb --help" 0 "$guidec" "$verb" --help && has "$verb --help" "$tmp/out" "usage: guidec $verb"
    run "help $verb" 0 "$guidec" help "$verb" && has "help $verb" "$tmp/out" "usage: guidec $verb"
done
has "help lists emit-c" <("$guidec" --help) "emit-c FILE -o DIR"
run "emit-c gist" 0 "$guidec" emit-c "$gist" -o "$tmp/emit"
file_ok "emit-c writes gist.c" "$tmp/emit/gist.c"
file_ok "emit-c writes gist.h" "$tmp/emit/gist.h"
has "emit-c: the header carries the source hash" "$tmp/emit/gist.h" "$(sha256sum "$gist" | cut -d' ' -f1)"
has "emit-c: citations and lines in comments" "$tmp/emit/gist.c" "(§2.5 classification de Miettinen), line"
run "emit-c again" 0 "$guidec" emit-c "$gist" -o "$tmp/emit2"
same "emit-c is reproducible (.c)" "$tmp/emit/gist.c" "$tmp/emit2/gist.c"
same "emit-c is reproducible (.h)" "$tmp/emit/gist.h" "$tmp/emit2/gist.h"
for cc in gcc clang; do
    run "generated C compiles with $cc -Werror" 0 "$cc" -std=c11 -Wall -Wextra -Wpedantic -Werror -O2 \
        -I"$root/runtime" -I"$tmp/emit" -c "$tmp/emit/gist.c" -o "$tmp/gist-$cc.o"
done
run "emit-c without -o" 2 "$guidec" emit-c "$gist"
has "emit-c without -o: says so" "$tmp/err" "missing -o DIR"
run "emit-c two rule files" 2 "$guidec" emit-c "$gist" "$gist" -o "$tmp/emit3"
touch "$tmp/a-file"
run "emit-c into a file" 2 "$guidec" emit-c "$gist" -o "$tmp/a-file"
has "emit-c into a file: not a directory" "$tmp/err" "not a directory"
run "emit-c into an unwritable directory" 2 "$guidec" emit-c "$gist" -o /proc/guidec-nowhere
has "emit-c unwritable: names the directory" "$tmp/err" "/proc/guidec-nowhere"
run "emit-c broken rules" 2 "$guidec" emit-c "$tmp/bad.guide" -o "$tmp/emit4"
has "emit-c broken rules: nothing written" "$tmp/err" "has errors; nothing written"
run "emit-c missing file" 2 "$guidec" emit-c "$tmp/nope.guide" -o "$tmp/emit4"

run "build gist" 0 "$guidec" build "$gist" -o "$tmp/lib"
file_ok "build writes libgist.a" "$tmp/lib/libgist.a"
file_ok "build writes libgist.so" "$tmp/lib/libgist.so"
file_ok "build writes gist.h" "$tmp/lib/gist.h"
cat > "$tmp/tiny.c" <<'C'
/* A program using the generated library: jejunum, 12 cm, mitoses unknown. */
#include <stdio.h>

#include "gist.h"

int main(void)
{
    gist_input in = {0};
    gist_output out;
    in.location = gist_location_jejunum;
    GIST_KNOW(&in, GIST_IN_location);
    in.size_cm = 12;
    GIST_KNOW(&in, GIST_IN_size_cm);
    if (gist_eval(&in, &out, NULL) != 0)
        return 1;
    const guide_output *risk = &out.state[GIST_OUT_miettinen_risk];
    printf("risk %s, decided without mitoses %d, pct undetermined %d\n",
           risk->state == GUIDE_CONCLUDED ? gist_info.vars[GIST_OUT_miettinen_risk + GIST_NINPUTS + GIST_NDERIVED].labels[out.miettinen_risk] : "?",
           (int)(out.asks[GIST_OUT_miettinen_risk][0] >> GIST_IN_mitoses_per_5mm2 & 1),
           out.state[GIST_OUT_recurrence_pct].state == GUIDE_UNDETERMINED);
    in.size_cm = 500; /* outside [0, 100] */
    printf("out of range: %d\n", gist_eval(&in, &out, NULL));
    return 0;
}
C
# The generated code calls libguide's guide_dd_walk and its aggregates of lists (lists.c, which
# rounds to steps: step.c): the program links them, here from their source (the libguide.a
# beside guidec may be built with sanitizers).
run "link a program with libgist.a" 0 cc -std=c11 -Wall -Wextra -Werror -I"$tmp/lib" -I"$root/runtime" \
    "$tmp/tiny.c" "$tmp/lib/libgist.a" "$root/runtime/dd_walk.c" "$root/runtime/lists.c" \
    "$root/runtime/step.c" -lm -o "$tmp/tiny"
run "the program runs" 0 "$tmp/tiny"
has "the program: high without mitoses" "$tmp/out" "risk high, decided without mitoses 1, pct undetermined 1"
has "the program: input out of range" "$tmp/out" "out of range: 2"
run "link a program with libgist.so" 0 cc -std=c11 -I"$tmp/lib" -I"$root/runtime" "$tmp/tiny.c" \
    "$root/runtime/dd_walk.c" "$root/runtime/lists.c" "$root/runtime/step.c" -L"$tmp/lib" -lgist -lm \
    -Wl,-rpath,"$tmp/lib" -o "$tmp/tiny-so"
run "the program runs (shared)" 0 "$tmp/tiny-so"
has "the program (shared): high" "$tmp/out" "risk high"
# The direct path (bench/miettinen.guide: every output a lookup on inputs): a case with every
# column known is answered by it; a known input out of range or not a label still says which
# (the general path's return value) and leaves every output undetermined, with both backends.
run "build miettinen" 0 "$guidec" build "$root/bench/miettinen.guide" -o "$tmp/mlib"
run "emit-llvm miettinen" 0 "$guidec" emit-llvm "$root/bench/miettinen.guide" --emit=obj -o "$tmp/mlib/m.o"
cat > "$tmp/direct.c" <<'C'
#include <math.h>
#include <stdio.h>

#include "gist_miettinen.h"

static void one(const char *what, int location, double size, double mitoses)
{
    gist_miettinen_input in = {{0}, location, size, mitoses};
    gist_miettinen_output out;
    GIST_MIETTINEN_KNOW(&in, GIST_MIETTINEN_IN_location);
    GIST_MIETTINEN_KNOW(&in, GIST_MIETTINEN_IN_size_cm);
    GIST_MIETTINEN_KNOW(&in, GIST_MIETTINEN_IN_mitoses_per_5mm2);
    int rc = gist_miettinen_eval(&in, &out, NULL);
    const guide_output *r = &out.state[GIST_MIETTINEN_OUT_miettinen_risk];
    printf("%s: rc %d, risk state %d, risk %d, pct %g, undetermined %d\n", what, rc, r->state,
           out.miettinen_risk, out.recurrence_pct,
           out.state[GIST_MIETTINEN_OUT_recurrence_pct].state == GUIDE_UNDETERMINED);
}

int main(void)
{
    one("jejunum 8 cm 3", gist_miettinen_location_jejunum, 8, 3);
    one("size 500", gist_miettinen_location_jejunum, 500, 3);
    one("mitoses NaN", gist_miettinen_location_jejunum, 8, NAN);
    one("location 99", 99, 8, 3);
    one("location -1", -1, 8, 3);
    /* the ends of a range from 0, as eval_direct tests it on the bits of the double */
    one("size -0", gist_miettinen_location_jejunum, -0.0, 3);
    one("size 100", gist_miettinen_location_jejunum, 100, 3);
    one("size -1e-300", gist_miettinen_location_jejunum, -1e-300, 3);
    one("size next above 100", gist_miettinen_location_jejunum, nextafter(100, 200), 3);
    one("size inf", gist_miettinen_location_jejunum, INFINITY, 3);
    return 0;
}
C
for lib in "libgist_miettinen.a" "m.o"; do
    # both call libguide's guide_dd_walk for outputs with unknown inputs
    run "direct path: link with $lib" 0 cc -std=c11 -Wall -Wextra -Werror -I"$tmp/mlib" -I"$root/runtime" \
        "$tmp/direct.c" "$tmp/mlib/$lib" "$root/runtime/dd_walk.c" -lm -o "$tmp/direct"
    run "direct path: runs ($lib)" 0 "$tmp/direct"
    has "direct path ($lib): answered" "$tmp/out" \
        "jejunum 8 cm 3: rc 0, risk state 1, risk 3, pct 24, undetermined 0"
    has "direct path ($lib): size out of range" "$tmp/out" "size 500: rc 2, risk state 2, risk 0, pct 0, undetermined 1"
    has "direct path ($lib): NaN" "$tmp/out" "mitoses NaN: rc 3, risk state 2, risk 0, pct 0, undetermined 1"
    has "direct path ($lib): not a label" "$tmp/out" "location 99: rc 1, risk state 2, risk 0, pct 0, undetermined 1"
    has "direct path ($lib): negative label" "$tmp/out" "location -1: rc 1, risk state 2"
    has "direct path ($lib): -0 is in [0, 100]" "$tmp/out" "size -0: rc 0, risk state 1, risk 0, pct 0, undetermined 0"
    has "direct path ($lib): 100 is in [0, 100]" "$tmp/out" "size 100: rc 0, risk state 1, risk 4, pct 52, undetermined 0"
    has "direct path ($lib): below 0" "$tmp/out" "size -1e-300: rc 2, risk state 2"
    has "direct path ($lib): above 100" "$tmp/out" "size next above 100: rc 2, risk state 2"
    has "direct path ($lib): infinity" "$tmp/out" "size inf: rc 2, risk state 2"
done
run "build without a C compiler" 2 env CC=/nonexistent/cc "$guidec" build "$gist" -o "$tmp/lib2"
has "build without cc: says so" "$tmp/err" "cannot run the C compiler '/nonexistent/cc'"
run "build with a failing C compiler" 2 env CC=false "$guidec" build "$gist" -o "$tmp/lib2"
has "build with a failing cc: says so" "$tmp/err" "failed with exit status 1"
run "build without -o" 2 "$guidec" build "$gist"

# --backend c gives the interpreter's results and traces, to the byte; its temporary directory
# is removed.
cat "$root"/examples/cases/*.json "$tmp/j12.json" "$tmp/null.json" "$tmp/mm.json" > "$tmp/cases.jsonl"
mkdir -p "$tmp/tmpdir"
for fmt in text json; do
    run "run interp ($fmt)" 0 "$guidec" run --trace --missing --format "$fmt" "$gist" "$tmp/cases.jsonl"
    mv "$tmp/out" "$tmp/interp.$fmt"
    run "run --backend c ($fmt)" 0 env TMPDIR="$tmp/tmpdir" "$guidec" run --backend c --trace --missing \
        --format "$fmt" "$gist" "$tmp/cases.jsonl"
    same "run --backend c ($fmt) = interp" "$tmp/interp.$fmt" "$tmp/out"
done
if [ -z "$(ls -A "$tmp/tmpdir")" ]; then passed=$((passed + 1)); else
    echo "e2e: --backend c left files in TMPDIR: $(ls "$tmp/tmpdir")"; failed=$((failed + 1)); fi
run "run interp, bad cases" 2 "$guidec" run --format json "$gist" "$tmp/mixed.jsonl"
mv "$tmp/out" "$tmp/interp.mixed"
run "run --backend c, bad cases" 2 "$guidec" run --backend c --format json "$gist" "$tmp/mixed.jsonl"
same "run --backend c: error records as interp" "$tmp/interp.mixed" "$tmp/out"
run "run interp, budget 5" 0 "$guidec" run --search-budget 5 --trace "$gist" "$tmp/cases.jsonl"
mv "$tmp/out" "$tmp/interp.budget"
run "run --backend c, budget 5" 0 "$guidec" run --backend c --search-budget 5 --trace "$gist" "$tmp/cases.jsonl"
same "run --backend c: the budget as interp" "$tmp/interp.budget" "$tmp/out"
run "run --backend c without a C compiler" 2 env CC=/nonexistent/cc "$guidec" run --backend c "$gist" "$tmp/j12.json"
has "run --backend c without cc: says so" "$tmp/err" "--backend c: cannot run the C compiler"
run "test interp" 0 "$guidec" test --verbose "$gist"
mv "$tmp/out" "$tmp/interp.test"
run "test --backend c" 0 "$guidec" test --verbose --backend c "$gist"
same "test --backend c = interp" "$tmp/interp.test" "$tmp/out"
run "test interp, a failure" 1 "$guidec" test --verbose --coverage "$tmp/failing.guide"
mv "$tmp/out" "$tmp/interp.fail"
mv "$tmp/err" "$tmp/interp.fail.err"
run "test --backend c, a failure" 1 "$guidec" test --verbose --coverage --backend c "$tmp/failing.guide"
same "test --backend c, a failure: same report" "$tmp/interp.fail" "$tmp/out"
same "test --backend c, a failure: same diagnostics" "$tmp/interp.fail.err" "$tmp/err"
run "test --backend bogus" 2 "$guidec" test --backend bogus "$gist"

# ---- emit-llvm, --backend jit ----------------------------------------------------------------
run "emit-llvm --help" 0 "$guidec" emit-llvm --help && has "emit-llvm --help" "$tmp/out" "usage: guidec emit-llvm"
run "help emit-llvm" 0 "$guidec" help emit-llvm && has "help emit-llvm" "$tmp/out" "--emit=ll|bc|obj"
has "help lists emit-llvm" <("$guidec" --help) "emit-llvm FILE -o OUT"
run "emit-llvm ll" 0 "$guidec" emit-llvm "$gist" --emit=ll -o "$tmp/gist.ll"
file_ok "emit-llvm writes .ll" "$tmp/gist.ll"
has "emit-llvm: .ll names the rules" "$tmp/gist.ll" "@rule.adjuvant_imatinib_moderate_high_risk(ptr"
has "emit-llvm: .ll names the outputs" "$tmp/gist.ll" "@answer.miettinen_risk(ptr"
has "emit-llvm: .ll lists clauses, citations, lines" "$tmp/gist.ll" '!"clause 0: table tnm8_pT row 1 (\C2\A72, \C2\A74 (TNM 8e \C3\A9dition)), line 313"'
has "emit-llvm: .ll carries the source hash" "$tmp/gist.ll" "$(sha256sum "$gist" | cut -d' ' -f1)"
if llvm-as-19 "$tmp/gist.ll" -o "$tmp/gist.as.bc" 2> "$tmp/err" && opt-19 -passes=verify "$tmp/gist.as.bc" -o /dev/null 2>> "$tmp/err"; then
    passed=$((passed + 1)); else echo "e2e: emit-llvm .ll: llvm-as-19 / opt-19 -passes=verify reject it:"; head "$tmp/err"; failed=$((failed + 1)); fi
run "emit-llvm again" 0 "$guidec" emit-llvm "$gist" --emit=ll -o "$tmp/gist2.ll"
same "emit-llvm is reproducible (.ll)" "$tmp/gist.ll" "$tmp/gist2.ll"
run "emit-llvm bc" 0 "$guidec" emit-llvm "$gist" --emit=bc -o "$tmp/gist.bc"
if llvm-dis-19 "$tmp/gist.bc" -o "$tmp/gist.dis.ll" 2> "$tmp/err"; then passed=$((passed + 1)); else
    echo "e2e: emit-llvm .bc: llvm-dis-19 rejects it"; head "$tmp/err"; failed=$((failed + 1)); fi
run "emit-llvm obj" 0 "$guidec" emit-llvm "$gist" --emit=obj -o "$tmp/gist.o"
has "emit-llvm obj: an ELF object" <(file "$tmp/gist.o") "ELF 64-bit LSB relocatable"
has "emit-llvm obj: defines gist_eval" <(nm "$tmp/gist.o") "T gist_eval"
has "emit-llvm obj: defines gist_info" <(nm "$tmp/gist.o") " gist_info"
run "emit-llvm kind from the extension" 0 "$guidec" emit-llvm "$gist" -o "$tmp/ext.ll"
has "emit-llvm .ll by extension" "$tmp/ext.ll" "target triple"
run "emit-llvm portable object" 0 "$guidec" emit-llvm "$gist" --cpu generic -o "$tmp/generic.o"
run "emit-llvm another target" 0 "$guidec" emit-llvm "$gist" --target aarch64-linux-gnu -o "$tmp/arm.o"
has "emit-llvm aarch64 object" <(file "$tmp/arm.o") "ARM aarch64"
run "emit-llvm for Windows" 0 "$guidec" emit-llvm "$gist" --target x86_64-pc-windows-msvc --emit=ll -o "$tmp/win.ll"
has "emit-llvm Windows: gist_eval takes no budget" "$tmp/win.ll" "ptr %out, ptr %trace) local_unnamed_addr {"
has "emit-llvm Windows: walks with libguide's guide_dd_walk" "$tmp/win.ll" "declare i32 @guide_dd_walk(ptr, i32, ptr, ptr, ptr, ptr, ptr, ptr, ptr)"
run "emit-llvm 32-bit object" 0 "$guidec" emit-llvm "$gist" --target i686-linux-gnu -o "$tmp/i686.o"
has "emit-llvm i686 object" <(file "$tmp/i686.o") "ELF 32-bit LSB relocatable, Intel 80386"
run "emit-llvm bad target" 2 "$guidec" emit-llvm "$gist" --target nonsense-cpu-os -o "$tmp/x.o"
has "emit-llvm bad target: says so" "$tmp/err" "unknown target 'nonsense-cpu-os'"
run "emit-llvm bad cpu" 2 "$guidec" emit-llvm "$gist" --target x86_64-linux-gnu --cpu frobnicator -o "$tmp/x.o"
has "emit-llvm bad cpu: says so" "$tmp/err" "unknown CPU 'frobnicator' for target 'x86_64"
run "emit-llvm bad cpu, host" 2 "$guidec" emit-llvm "$gist" --cpu frobnicator -o "$tmp/x.o"
run "emit-llvm named cpu" 0 "$guidec" emit-llvm "$gist" --cpu x86-64-v2 -o "$tmp/v2.o"
run "emit-llvm bad --emit" 2 "$guidec" emit-llvm "$gist" --emit=asm -o "$tmp/x.s"
has "emit-llvm bad --emit: says so" "$tmp/err" "unknown --emit 'asm' (expected ll, bc or obj)"
run "emit-llvm bad option" 2 "$guidec" emit-llvm --frob "$gist" -o "$tmp/x.o"
run "emit-llvm without -o" 2 "$guidec" emit-llvm "$gist"
has "emit-llvm without -o: says so" "$tmp/err" "missing -o OUT"
run "emit-llvm two rule files" 2 "$guidec" emit-llvm "$gist" "$gist" -o "$tmp/x.o"
run "emit-llvm unwritable" 2 "$guidec" emit-llvm "$gist" -o /proc/guidec-nowhere/x.ll
has "emit-llvm unwritable: names the file" "$tmp/err" "/proc/guidec-nowhere/x.ll"
run "emit-llvm broken rules" 2 "$guidec" emit-llvm "$tmp/bad.guide" -o "$tmp/x.o"
has "emit-llvm broken rules: nothing written" "$tmp/err" "has errors; nothing written"
if [ ! -e "$tmp/x.o" ]; then passed=$((passed + 1)); else echo "e2e: emit-llvm wrote a file after an error"; failed=$((failed + 1)); fi
run "emit-llvm missing file" 2 "$guidec" emit-llvm "$tmp/nope.guide" -o "$tmp/x.o"

# --backend jit gives the interpreter's results and traces, to the byte
for fmt in text json; do
    run "run --backend jit ($fmt)" 0 "$guidec" run --backend jit --trace --missing --format "$fmt" "$gist" "$tmp/cases.jsonl"
    same "run --backend jit ($fmt) = interp" "$tmp/interp.$fmt" "$tmp/out"
done
for g in sarcoma net; do
    cat "$root"/examples/$g/*.json > "$tmp/$g.jsonl"
    run "run interp ($g)" 0 "$guidec" run --trace --missing --format json "$root/rules/$g.guide" "$tmp/$g.jsonl"
    mv "$tmp/out" "$tmp/interp.$g"
    run "run --backend jit ($g)" 0 "$guidec" run --backend jit --trace --missing --format json "$root/rules/$g.guide" "$tmp/$g.jsonl"
    same "run --backend jit ($g) = interp" "$tmp/interp.$g" "$tmp/out"
done
run "run --backend jit, bad cases" 2 "$guidec" run --backend jit --format json "$gist" "$tmp/mixed.jsonl"
same "run --backend jit: error records as interp" "$tmp/interp.mixed" "$tmp/out"
run "run --backend jit, budget 5" 0 "$guidec" run --backend jit --search-budget 5 --trace "$gist" "$tmp/cases.jsonl"
same "run --backend jit: the budget as interp" "$tmp/interp.budget" "$tmp/out"
run "test --backend jit" 0 "$guidec" test --verbose --backend jit "$gist"
same "test --backend jit = interp" "$tmp/interp.test" "$tmp/out"
run "test --backend jit, a failure" 1 "$guidec" test --verbose --coverage --backend jit "$tmp/failing.guide"
same "test --backend jit, a failure: same report" "$tmp/interp.fail" "$tmp/out"
same "test --backend jit, a failure: same diagnostics" "$tmp/interp.fail.err" "$tmp/err"
run "run --backend jit, broken rules" 2 "$guidec" run --backend jit "$tmp/bad.guide" "$tmp/j12.json"

# ---- display texts and readings (docs/LANGUAGE.md) ----------------------------------------------
echo '{"id": "p1", "location": "stomach", "size_cm": 3, "mitoses_per_5mm2": 3, "resection": "R0", "tumor_rupture": false, "pdgfra_mutation": "none", "kit_exon": "exon11", "metastatic": false}' > "$tmp/lab.json"
run "labels: run text" 0 "$guidec" run "$gist" "$tmp/lab.json"
has "labels: output name and value with their texts" "$tmp/out" "Risque de récidive selon Miettinen (miettinen_risk)"
has "labels: value text keeps the identifier" "$tmp/out" "Très faible (very_low)"
run "labels: run --trace text" 0 "$guidec" run --trace "$gist" "$tmp/lab.json"
has "labels: trace says cites" "$tmp/out" 'cites "§2.5'
has "labels: trace says reading" "$tmp/out" 'reading 13 "the §7.2 indications are read as exhaustive"'
has "labels: trace values with texts" "$tmp/out" "location = Estomac (stomach)"
run "labels: json without --labels" 0 "$guidec" run --format json --trace "$gist" "$tmp/lab.json"
json "labels: json keeps identifiers only" '(has("labels") | not) and .outputs.miettinen_risk == "very_low" and ([.trace[] | select(.output) | has("label")] | any | not)'
json "labels: json trace reading" '[.trace[] | select(.rule == "no_adjuvant_low_risk")][0].reading == {"number": 13, "text": "the §7.2 indications are read as exhaustive"}'
json "labels: json trace quotation has no reading" '[.trace[] | select(.rule == "adjuvant_imatinib_rupture")][0] | (has("reading") | not) and (.cite | startswith("§7.2"))'
run "labels: json --labels" 0 "$guidec" run --format json --trace --labels "$gist" "$tmp/lab.json"
json "labels: json --labels top level" '.labels.miettinen_risk == {"label": "Risque de récidive selon Miettinen", "value_label": "Très faible"} and .labels.size_cm == {"label": "Taille tumorale"} and .outputs.miettinen_risk == "very_low"'
json "labels: json --labels set value" '.labels.staging_exams.value_label == ["Scanner thoraco-abdomino-pelvien"]'
json "labels: json --labels trace event" '[.trace[] | select(.output == "miettinen_risk")][0] | .label == "Risque de récidive selon Miettinen" and .value_label == "Très faible" and .value == "very_low"'
run "labels: run --backend jit --labels" 0 "$guidec" run --backend jit --format json --trace --labels "$gist" "$tmp/lab.json"
mv "$tmp/out" "$tmp/lab.jit"
run "labels: run --backend interp --labels" 0 "$guidec" run --format json --trace --labels "$gist" "$tmp/lab.json"
same "labels: jit = interp with --labels" "$tmp/lab.jit" "$tmp/out"
run "labels: batch --labels" 0 "$guidec" batch --backend interp --labels --in "$tmp/lab.json" --out "$tmp/lab.out.jsonl" "$gist"
has "labels: batch --labels writes texts" "$tmp/lab.out.jsonl" '"value_label":"Très faible"'
run "labels: batch without --labels" 0 "$guidec" batch --backend interp --in "$tmp/lab.json" --out "$tmp/lab.plain.jsonl" "$gist"
if grep -q '"labels"\|Très faible' "$tmp/lab.plain.jsonl"; then echo "e2e: labels: batch without --labels has texts"; failed=$((failed + 1)); else passed=$((passed + 1)); fi
cp "$tmp/lab.json" "$tmp/lab.jsonl"
run "labels: batch --labels csv refused" 2 "$guidec" batch --labels --in "$tmp/lab.jsonl" --out "$tmp/lab.csv" "$gist"
has "labels: batch --labels csv says why" "$tmp/err" "--labels needs JSON Lines output"
run "labels: report" 0 "$guidec" report "$gist" "$tmp/lab.json" -o "$tmp/lab.html"
has "labels: report shows value texts" "$tmp/lab.html" "Très faible (very_low)"
has "labels: report tells readings" "$tmp/lab.html" 'class="reading">reading 13'
has "labels: report tells quotations" "$tmp/lab.html" 'class="cite">cites'
run "labels: graph" 0 "$guidec" graph "$gist"
has "labels: graph shows readings" "$tmp/out" "reading 13 "
has "labels: graph shows display texts" "$tmp/out" "<i>Imatinib adjuvant</i>"
printf 'guideline g "t" version "1" source "s"\ninput n : integer in [0, 9]\noutput d : bool\nrule r when n > 5 then d = true\n' > "$tmp/nosource.guide"
run "readings: check warns on a rule without source" 0 "$guidec" check "$tmp/nosource.guide"
has "readings: the warning" "$tmp/err" "warning: rule 'r' has neither 'cites' nor 'reading'"
for g in gist sarcoma net; do
    run "readings: rules/$g.guide has no such warning" 0 "$guidec" check "$root/rules/$g.guide"
    if grep -q "neither 'cites' nor 'reading'" "$tmp/err"; then echo "e2e: rules/$g.guide: uncited rule"; failed=$((failed + 1)); else passed=$((passed + 1)); fi
    run "labels: fmt --check rules/$g.guide" 0 "$guidec" fmt --check "$root/rules/$g.guide"
done

# ---- Constraints (docs/LANGUAGE.md, « Constraints ») -------------------------------------------
net="$root/rules/net.guide"
printf '%s\n' '{"id":"impossible","liver_dominant_disease":true,"liver_metastases":false}' \
    '{"id":"decided","liver_dominant_disease":true,"hormonal_secretion_symptoms":false}' > "$tmp/k.json"
for b in interp c jit; do
    run "constraints: run --backend $b refuses the broken case" 2 "$guidec" run --backend "$b" --format json "$net" "$tmp/k.json"
    json "constraints: $b: the error names the constraint" '.error.message | startswith("the case breaks constraint liver_dominant_has_liver_metastases")'
    has "constraints: $b: the error names the values" "$tmp/out" 'liver_metastases = false, liver_dominant_disease = true'
    has "constraints: $b: the next case is decided" "$tmp/out" '"liver_directed_treatment_indicated":true'
    mv "$tmp/out" "$tmp/k.$b"
done
same "constraints: c = interp" "$tmp/k.interp" "$tmp/k.c"
same "constraints: jit = interp" "$tmp/k.interp" "$tmp/k.jit"
run "constraints: text names the constraint behind a decision" 2 "$guidec" run "$net" "$tmp/k.json"
has "constraints: decided without, with the constraint" "$tmp/out" "decided without liver_metastases (false, true): each gives the same answer (constraints: liver_dominant_has_liver_metastases)"
sed -n 2p "$tmp/k.json" > "$tmp/k2.json"
run "constraints: --trace --format json" 0 "$guidec" run --trace --format json "$net" "$tmp/k2.json"
json "constraints: the JSON event names the constraint behind a decision" \
    '[.trace[] | select(.without != null and (.without | index("liver_metastases"))) | .constraints] | any(. == ["liver_dominant_has_liver_metastases"])'
printf 'id,liver_metastases,liver_dominant_disease\nbad,false,true\ngood,true,true\n' > "$tmp/k.csv"
run "constraints: batch CSV refuses the broken record" 2 "$guidec" batch "$net" --in "$tmp/k.csv" --out "$tmp/k.out.jsonl"
has "constraints: batch error record" "$tmp/k.out.jsonl" '"id":"bad","error":{"field":null,"message":"the case breaks constraint liver_dominant_has_liver_metastases'
has "constraints: batch goes on" "$tmp/k.out.jsonl" '"id":"good","ruleset"'
# GIST: R0 with the margin unknown asks no one for the margin; R0 with a positive margin is refused.
printf '%s\n' '{"id":"r0","resection":"R0","serosa_invaded":false,"potentially_curable_by_surgery":true}' > "$tmp/r0.json"
run "constraints: gist R0, margin unknown" 0 "$guidec" run --format json "$gist" "$tmp/r0.json"
json "constraints: no output asks for the visceral margin after R0" '[.undetermined[]? | .[]] | index("visceral_margin_positive") == null'
printf '%s\n' '{"id":"r0+","resection":"R0","visceral_margin_positive":true}' > "$tmp/r0p.json"
run "constraints: gist R0 with a positive margin is refused" 2 "$guidec" run --format json "$gist" "$tmp/r0p.json"
json "constraints: gist names positive_margin_needs_r1_or_r2" '.error.message | contains("positive_margin_needs_r1_or_r2") and contains("reading 44")'
# A test of a case that cannot occur fails, naming the constraint.
cat > "$tmp/kt.guide" <<'G'
guideline g "t" version "1" source "s"
input a : bool
input b : bool
output o : bool
rule r cites "s" when a and b then o = true
constraint a_needs_b cites "s" when a then b
test "impossible" given a = true, b = false expect o is not_applicable
G
run "constraints: a test of an impossible case fails" 1 "$guidec" test "$tmp/kt.guide"
has "constraints: the test's error" "$tmp/err" 'test "impossible": the case breaks constraint a_needs_b'
printf 'guideline g "t" version "1" source "s"\ninput a : bool\noutput o : bool\nrule r cites "s" when a then o = true\nconstraint c when a then a\n' > "$tmp/kw.guide"
run "constraints: check warns" 0 "$guidec" check "$tmp/kw.guide"
has "constraints: uncited constraint" "$tmp/err" "warning: constraint 'c' has neither 'cites' nor 'reading'"
has "constraints: a constraint that excludes nothing" "$tmp/err" "warning: constraint c holds in every case"
# A constraint on a derived value (a sum; a count, in tests/golden/ok/constraint_derived.guide)
# is checked once the case is evaluated: a case whose known inputs give a sum that breaks it is
# refused by every verb and backend, with the record of a constraint on inputs; a case that
# leaves an operand unknown is evaluated (the sum could be anything).
cp "$root/tests/golden/ok/constraint_derived.guide" "$tmp/kd.guide"
kd_broken='the case breaks constraint big_needs_flag (line 16, cites "§1"): a = 8 cm, b = 7 cm, flag = false'
printf '%s\n' '{"id":"broken","a":8,"b":7,"flag":false}' '{"id":"open","a":11,"flag":false}' \
    '{"id":"small","a":3,"b":4,"flag":false}' > "$tmp/kd.json"
for b in interp c jit; do
    run "derived constraint: run --backend $b refuses the broken case" 2 "$guidec" run --backend "$b" --format json "$tmp/kd.guide" "$tmp/kd.json"
    json "derived constraint: $b: the error record" ".id == \"broken\" and .error.message == $(jq -Rn --arg m "$kd_broken" '$m')"
    has "derived constraint: $b: an operand unknown is evaluated" "$tmp/out" '{"id":"open","ruleset"'
    has "derived constraint: $b: the next case is evaluated" "$tmp/out" '{"id":"small","ruleset"'
    mv "$tmp/out" "$tmp/kd.$b"
done
same "derived constraint: c = interp" "$tmp/kd.interp" "$tmp/kd.c"
same "derived constraint: jit = interp" "$tmp/kd.interp" "$tmp/kd.jit"
run "derived constraint: run, text" 2 "$guidec" run "$tmp/kd.guide" "$tmp/kd.json"
has "derived constraint: text error" "$tmp/out" "case broken (record 1, line 1): error: $kd_broken"
# batch: JSON Lines in, CSV in, CSV out, and on two threads over several chunks (a broken case
# every 7th of 1500): the same records as on one.
run "derived constraint: batch jsonl" 2 "$guidec" batch "$tmp/kd.guide" --in "$tmp/kd.json" --out "$tmp/kd.out.jsonl"
has "derived constraint: batch jsonl error record" "$tmp/kd.out.jsonl" '{"id":"broken","error":{"field":null,"message":"the case breaks constraint big_needs_flag'
has "derived constraint: batch jsonl goes on" "$tmp/kd.out.jsonl" '{"id":"small","ruleset"'
printf 'id,a,b,flag\nbroken,8,7,false\nopen,11,,false\nsmall,3,4,false\n' > "$tmp/kd.csv"
run "derived constraint: batch csv" 2 "$guidec" batch "$tmp/kd.guide" --in "$tmp/kd.csv" --out "$tmp/kd.csv.jsonl"
has "derived constraint: batch csv error record" "$tmp/kd.csv.jsonl" "\"message\":\"the case breaks constraint big_needs_flag (line 16, cites \\\"§1\\\"): a = 8 cm, b = 7 cm, flag = false\",\"record\":2,\"line\":2}"
has "derived constraint: batch csv goes on" "$tmp/kd.csv.jsonl" '{"id":"small","ruleset"'
run "derived constraint: batch csv out" 2 "$guidec" batch "$tmp/kd.guide" --in "$tmp/kd.csv" --out-format csv
has "derived constraint: batch csv out error" "$tmp/out" 'broken,#error,"line 2: the case breaks constraint big_needs_flag'
for i in $(seq 1500); do
    if [ $((i % 7)) -eq 0 ]; then echo "{\"id\":\"$i\",\"a\":8,\"b\":7,\"flag\":false}"; else echo "{\"id\":\"$i\",\"a\":3,\"b\":4,\"flag\":false}"; fi
done > "$tmp/kd.many.jsonl"
run "derived constraint: batch --threads 1" 2 "$guidec" batch "$tmp/kd.guide" --in "$tmp/kd.many.jsonl" --out "$tmp/kd.t1" --threads 1
run "derived constraint: batch --threads 2" 2 "$guidec" batch "$tmp/kd.guide" --in "$tmp/kd.many.jsonl" --out "$tmp/kd.t2" --threads 2
same "derived constraint: batch --threads 2 = --threads 1" "$tmp/kd.t1" "$tmp/kd.t2"
if [ "$(grep -c '"message":"the case breaks constraint big_needs_flag' "$tmp/kd.t2")" -eq 214 ]; then passed=$((passed + 1)); else
    echo "e2e: derived constraint: batch --threads 2: not 214 error records"; failed=$((failed + 1)); fi
sed 's/d > 10 cm/d > 20 cm/' "$tmp/kd.guide" > "$tmp/kd_old.guide"
run "derived constraint: batch --compare, the old version refuses" 2 "$guidec" batch "$tmp/kd_old.guide" --compare "$tmp/kd.guide" --in "$tmp/kd.json"
has "derived constraint: --compare names the old version" "$tmp/out" '"message":"the old version refuses it: the case breaks constraint big_needs_flag'
# test: givens whose sum breaks the constraint fail the test, on every backend.
{ cat "$tmp/kd.guide"; echo 'test "impossible sum" given a = 8 cm, b = 7 cm, flag = false expect o = false'
  echo 'test "one operand" given a = 11 cm, flag = false expect o = false'; } > "$tmp/kdt.guide"
for b in interp c jit; do
    run "derived constraint: test --backend $b fails the impossible case" 1 "$guidec" test --verbose --backend "$b" "$tmp/kdt.guide"
    has "derived constraint: test --backend $b: the error" "$tmp/err" "test \"impossible sum\": $kd_broken"
    has "derived constraint: test --backend $b: the other test passes" "$tmp/out" "ok   one operand"
done
run "derived constraint: report" 2 "$guidec" report "$tmp/kd.guide" "$tmp/kd.json" -o "$tmp/kd.html"
has "derived constraint: report shows the refusal" "$tmp/kd.html" "the case breaks constraint big_needs_flag (line 16"
sed -n 1p "$tmp/kd.json" > "$tmp/kd1.json"
run "derived constraint: graph --case refuses" 2 "$guidec" graph --case "$tmp/kd1.json" "$tmp/kd.guide"
has "derived constraint: graph --case error" "$tmp/err" "case broken: $kd_broken"

# ---- Lists and aggregates (docs/LANGUAGE.md, « Lists and aggregates ») ------------------------
lists="$root/tests/golden/ok/lists.guide"
printf '%s\n' '{"id":"r","suv_baseline":[10,6],"suv_post":[1,"3 SUV"]}' '{"id":"empty","suv_baseline":[],"suv_post":[]}' \
    '{"id":"unknown"}' '{"id":"hole","suv_baseline":[1,null]}' > "$tmp/l.json"
for b in interp c jit; do
    run "lists: run --backend $b" 2 "$guidec" run --backend "$b" --format json --trace "$lists" "$tmp/l.json"
    json "lists: $b: the means decide" '.outputs.pet_response == "responder" and .outputs.many_lesions == true'
    has "lists: $b: an empty list is known: all of none hold" "$tmp/out" '"id":"empty","ruleset"'
    has "lists: $b: the mean of an empty list has no value" "$tmp/out" '"derived":"baseline_mean","state":"not computable","reason":"division by zero, a result that is not a finite number, or the mean, min or max of an empty list"'
    has "lists: $b: an unknown list is asked for" "$tmp/out" '"pet_response":["suv_baseline","suv_post"]'
    has "lists: $b: an unknown element is refused" "$tmp/out" '"message":"suv_baseline[1]: an element cannot be unknown (null); leave the whole list out when it is not known"'
    mv "$tmp/out" "$tmp/l.$b"
done
same "lists: c = interp" "$tmp/l.interp" "$tmp/l.c"
same "lists: jit = interp" "$tmp/l.interp" "$tmp/l.jit"
printf 'id,suv_baseline,suv_post\nr,10;6,1;3 SUV\nempty,[],[]\nunknown,,\nbad,1;x,\n' > "$tmp/l.csv"
run "lists: batch CSV cells" 2 "$guidec" batch "$lists" --in "$tmp/l.csv" --out "$tmp/l.out.jsonl"
has "lists: CSV 10;6 and 1;3 SUV" "$tmp/l.out.jsonl" '"id":"r","ruleset":{"name":"lists","version":"1","sha256":'
has "lists: CSV error names the element" "$tmp/l.out.jsonl" '"message":"suv_baseline[1]: \"x\" is not a number'
if grep '"id":"r"' "$tmp/l.out.jsonl" | grep -q '"pet_response":"responder"'; then passed=$((passed + 1)); else
    echo "e2e: lists: CSV case r is not a responder"; failed=$((failed + 1)); fi
run "lists: test" 0 "$guidec" test "$lists"
run "lists: emit-c" 0 "$guidec" emit-c "$lists" -o "$tmp/lc"
has "lists: a list is a guide_list in the input struct" "$tmp/lc/lists.h" 'guide_list  suv_baseline; /* list of numbers, SUV, in [0, 100] */'
run "lists: diff of a file with itself" 0 "$guidec" diff "$lists" "$lists"
has "lists: the same logic is equivalent" "$tmp/out" 'the versions are equivalent'
sed 's/| > 70 %   |/| > 75 %   |/; s/| <= 70 %  |/| <= 75 %  |/' "$lists" > "$tmp/lists2.guide"
run "lists: diff says what it cannot compare" 1 "$guidec" diff "$lists" "$tmp/lists2.guide"
has "lists: diff names the list" "$tmp/out" 'pet_response: not compared: input suv_post is a list'
has "lists: the other outputs are compared" "$tmp/out" 'the versions may differ: 1 output not compared'
cat > "$tmp/lbad.guide" <<'G'
guideline g "t" version "1" source "s"
input l : list of cm in [0, 10]
input n : cm in [0, 10]
output o : bool
derive a : cm = median(l)
derive b : cm = mean(n)
derive c : number = count (x in l: x > 2 cm and n > 1 cm)
derive d : bool = mean(l)
derive e : number = any (x in l: x > 2 cm) + 1
derive f : cm = l + 1 cm
rule r cites "s" when l > 2 cm then o = true
G
run "lists: check" 1 "$guidec" check "$tmp/lbad.guide"
has "lists: unknown aggregate" "$tmp/err" "error: unknown aggregate 'median'"
has "lists: aggregate of a number" "$tmp/err" "error: mean(...) takes a list input; n is a number"
has "lists: element condition reads another input" "$tmp/err" "error: the condition of count(...) may read only its element, x; it reads n"
has "lists: a bool from a mean" "$tmp/err" "error: d is a bool: compute it with any (x in L: ...) or all (x in L: ...)"
has "lists: any in arithmetic" "$tmp/err" "error: any and all are true or false, not numbers"
has "lists: arithmetic on a list" "$tmp/err" "hint: compute with an aggregate of it: mean(l), min, max, sum or count"
has "lists: a list compared" "$tmp/err" "error: cannot compare l (a list) with a number"
printf 'guideline g "t" version "1" source "s"\ninput l : list of enum { a, b }\noutput o : bool\n' > "$tmp/lenum.guide"
run "lists: list of labels" 1 "$guidec" check "$tmp/lenum.guide"
has "lists: a list holds numbers" "$tmp/err" "error: a list holds numbers"
# ---- the case format (docs/CASES-FORMAT.md): what the reader accepts and refuses -------------
cat > "$tmp/cf.jsonl" <<'J'
{"id": "units", "location": "jejunum", "size_cm": "35 mm", "mitoses_per_5mm2": 3, "tumor_rupture": false}
{"id": "bare", "size_cm": 3.5, "current_dose_mg": "400 mg/day", "previous_lines": 2.0, "kit_exon": null}
{"id": "display text", "location": "Jéjunum"}
{"id": "string number", "size_cm": "3.5"}
{"id": "other dimension", "size_cm": "3 mg"}
{"id": "string bool", "tumor_rupture": "true"}
{"id": "integer", "previous_lines": 1.5}
{"id": "output", "miettinen_risk": null}
J
run "case format: JSON, bad records exit 2" 2 "$guidec" run --format json "$gist" "$tmp/cf.jsonl"
has "case format: a unit inside a value" "$tmp/out" '{"id":"units","ruleset"'
has "case format: a bare number in the declared unit, mg/day, 2.0 for an integer, null" "$tmp/out" '{"id":"bare","ruleset"'
has "case format: a display text is not a label" "$tmp/out" '"id":"display text","error":{"field":"location","message":"location: \"Jéjunum\" is not a declared label'
has "case format: a number in a string needs a unit" "$tmp/out" 'size_cm: \"3.5\" has no unit: give the unit (\"3.5 cm\") or a JSON number'
has "case format: a unit of another dimension" "$tmp/out" 'size_cm: \"3 mg\" is in mg (mass), which cannot be converted to cm (length)'
has "case format: a bool is not a string" "$tmp/out" 'tumor_rupture: expected true or false, got the string \"true\"'
has "case format: an integer is whole" "$tmp/out" 'previous_lines: 1.5 is not a whole number'
has "case format: an output, even null, is refused" "$tmp/out" '\"miettinen_risk\": not an input of gist (it is an output)'
printf '%s\n' 'id,location,size_cm,tumor_rupture,previous_lines' 'c1,jejunum,35 mm,false,2' 'c2,stomach,4.5,,' \
    'c3,stomach,null,,' 'c4,Jéjunum,,,' 'c5,stomach,,TRUE,' 'c6,stomach,"3,5 cm",,' '"c7, quoted",colon,"30 mm",,"2"' > "$tmp/cf.csv"
run "case format: CSV, bad records exit 2" 2 "$guidec" batch "$gist" --in "$tmp/cf.csv" --out "$tmp/cf.out.jsonl"
has "case format: CSV cells with and without a unit, empty = unknown" "$tmp/cf.out.jsonl" '{"id":"c2","ruleset"'
has "case format: CSV label, unit, bool, integer" "$tmp/cf.out.jsonl" '{"id":"c1","ruleset"'
has "case format: CSV null is text, not unknown" "$tmp/cf.out.jsonl" 'size_cm: \"null\" is not a number with a unit'
has "case format: CSV display text refused" "$tmp/cf.out.jsonl" '"id":"c4","error":{"field":"location"'
has "case format: CSV TRUE refused" "$tmp/cf.out.jsonl" 'tumor_rupture: expected true or false, got the string \"TRUE\"'
has "case format: CSV decimal comma refused" "$tmp/cf.out.jsonl" 'unknown unit \",5 cm\" in \"3,5 cm\"'
has "case format: CSV quoted cells read as bare ones" "$tmp/cf.out.jsonl" '{"id":"c7, quoted","ruleset"'
has "case format: CSV record numbers count the header" "$tmp/cf.out.jsonl" '"id":"c3","error":{"field":"size_cm","message":"size_cm: \"null\" is not a number with a unit (such as \"7.5 cm\")","record":4,"line":4}'

# ---- dump --plan: the backends' plan (the golden tests pin it for tests/golden/ok) -------------
run "dump --plan gist" 0 "$guidec" dump --plan "$gist"
has "dump --plan: the header" "$tmp/out" "plan of gist: "
has "dump --plan: the Miettinen table is looked up" "$tmp/out" "table miettinen: used, looked up"
has "dump --plan: an output answered by a lookup" "$tmp/out" "output miettinen_risk: answered by the lookup of table miettinen"
run "dump --plan, options after the file" 0 "$guidec" dump "$root/bench/miettinen.guide" --plan
has "dump --plan: the direct path" "$tmp/out" "direct path: yes"
has "dump --plan: classes" "$tmp/out" "answers of miettinen_risk, by classes:"
run "dump --plan with an output" 2 "$guidec" dump --plan "$gist" pT
has "dump --plan with an output: why" "$tmp/err" "--plan takes the rule file alone"
run "dump --plan --dd" 2 "$guidec" dump --plan --dd "$gist"
has "dump --plan --dd: why" "$tmp/err" "--dd and --plan are dumped one at a time"
run "dump --plan --format dot" 2 "$guidec" dump --plan --format dot "$gist"
has "dump --plan --format dot: why" "$tmp/err" "--format dot is for --dd"
run "dump without what" 2 "$guidec" dump "$gist"
has "dump without what: why" "$tmp/err" "say what to dump: --dd or --plan"
run "dump --plan of a file with errors" 2 "$guidec" dump --plan "$tmp/bad.guide"

# ---- web: the tumour-board page (make check-web drives it in headless Chromium) ----------------
run "web --help" 0 "$guidec" web --help && has "web --help" "$tmp/out" "usage: guidec web"
run "help web" 0 "$guidec" help web && has "help web: the compiler it runs" "$tmp/out" "GUIDE_WASM_CC"
run "web without -o" 2 "$guidec" web "$gist" && has "web without -o: says so" "$tmp/err" "-o DIR"
run "web without a rule file" 2 "$guidec" web -o "$tmp/site"
run "web without the kit" 2 env GUIDE_WASM_DIR="$tmp/nokit" "$guidec" web "$gist" -o "$tmp/site" &&
    has "web without the kit: says how to make it" "$tmp/err" "cannot find the WebAssembly kit"
mkdir -p "$tmp/fakekit" && touch "$tmp/fakekit/"{libguide.a,guide_web.o,index.html,page.js,page.css}
printf 'guideline x "x"\ninput a : frob\n' > "$tmp/webbad.guide"
run "web on a rule file with errors" 2 env GUIDE_WASM_DIR="$tmp/fakekit" "$guidec" web "$tmp/webbad.guide" -o "$tmp/site" &&
    has "web on a rule file with errors: says so" "$tmp/err" "has errors"
run "web without its compiler" 2 env GUIDE_WASM_DIR="$tmp/fakekit" GUIDE_WASM_CC=/nonexistent/clang "$guidec" web "$gist" -o "$tmp/site" &&
    has "web without its compiler: says so" "$tmp/err" "cannot run the WebAssembly compiler '/nonexistent/clang'"
if [ -s "$(dirname "$guidec")/wasm/libguide.a" ] && command -v "${GUIDE_WASM_CC:-clang-19}" > /dev/null; then
    run "web gist" 0 "$guidec" web "$gist" -o "$tmp/site"
    for f in index.html page.js page.css gist.wasm; do file_ok "web gist: $f" "$tmp/site/$f"; done
    has "web gist: the script names the ruleset's SHA-256" "$tmp/site/page.js" "$(sha256sum "$gist" | cut -c1-64)"
    sed -n 's/^const GUIDE_WASM = "\(.*\)";$/\1/p' "$tmp/site/page.js" | base64 -d > "$tmp/site.wasm"
    same "web gist: the script carries the bytes of gist.wasm" "$tmp/site.wasm" "$tmp/site/gist.wasm"
    run "web gist again, options after the operand" 0 "$guidec" web -o "$tmp/site2" "$gist"
    same "web gist: reproducible" "$tmp/site/page.js" "$tmp/site2/page.js"
else
    echo "e2e: web: no WebAssembly kit beside guidec (make wasm): the page itself is not built here"
fi

echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
