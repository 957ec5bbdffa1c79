#!/bin/bash
# End-to-end tests of `guidec lsp`: scripted JSON-RPC sessions piped into the server, each reply
# checked with jq. The lifecycle and its exit status, every request family on a rule file with
# French text (UTF-16 positions), document changes, and malformed messages of every kind, each
# answered by a JSON-RPC error while the session goes on. Then a session under valgrind, and
# the memory of a long session against a short one. Run by make e2e.
set -u
guidec=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
U=file:///tmp/lsp-e2e/sample.guide

# frame: each line of stdin (one JSON message) as an LSP message, Content-Length and all.
frame() {
    local m
    while IFS= read -r m; do
        [ -n "$m" ] && printf 'Content-Length: %d\r\n\r\n%s' "$(printf %s "$m" | LC_ALL=C wc -c)" "$m"
    done
}
# unframe: the messages of stdin one per line; fails on bytes that are not a framed message or
# on a Content-Length that is not the body's.
unframe() {
    perl -e 'local $/; my $s = <STDIN>;
        while ($s =~ s/\AContent-Length: (\d+)\r\n\r\n//) {
            my $b = substr($s, 0, $1, ""); die "unframe: short body\n" if length($b) != $1; print "$b\n"; }
        die "unframe: trailing bytes: $s\n" if length $s;'
}
# session NAME WANT_STATUS: the messages on stdin (one per line) through guidec lsp; the replies
# in $tmp/replies, one per line.
session() {
    local name=$1 want=$2
    frame > "$tmp/in"
    "$guidec" lsp < "$tmp/in" > "$tmp/out" 2> "$tmp/err"
    local rc=$?
    if ! unframe < "$tmp/out" > "$tmp/replies"; then
        echo "lsp: $name: the output is not a sequence of framed messages"; failed=$((failed + 1)); return
    fi
    if [ "$rc" -ne "$want" ]; then
        echo "lsp: $name: exit status $rc, expected $want"; head -5 "$tmp/err"; failed=$((failed + 1)); return
    fi
    passed=$((passed + 1))
}
# expect NAME JQ: the jq expression (over all the replies, slurped: an array) is true. r(ID) is
# the reply to request ID, pub the diagnostics notifications in order.
expect() {
    if jq -es "def r(\$i): map(select(.id == \$i))[0];
               def pub: map(select(.method == \"textDocument/publishDiagnostics\"));
               $2" "$tmp/replies" > /dev/null 2>&1; then passed=$((passed + 1)); else
        echo "lsp: $1: jq '$2' is not true on:"; cut -c1-400 "$tmp/replies" | head -20
        failed=$((failed + 1))
    fi
}
# The JSON string of a file's text.
text_of() { jq -Rs . < "$1"; }
open_msg() { echo "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"$U\",\"languageId\":\"guide\",\"version\":$1,\"text\":$2}}}"; }
at() { # ID METHOD LINE CHARACTER [EXTRA PARAMS]
    echo "{\"jsonrpc\":\"2.0\",\"id\":$1,\"method\":\"$2\",\"params\":{\"textDocument\":{\"uri\":\"$U\"},\"position\":{\"line\":$3,\"character\":$4}${5:+,$5}}}"
}
INIT='{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"capabilities":{}}}
{"jsonrpc":"2.0","method":"initialized","params":{}}'
BYE='{"jsonrpc":"2.0","id":99,"method":"shutdown"}
{"jsonrpc":"2.0","method":"exit"}'
sample="$root/tests/lsp/sample.guide"
SAMPLE=$(text_of "$sample")
# The 0-based line of the sample's first line holding a text.
line_of() { echo $(($(grep -nF -- "$1" "$sample" | head -1 | cut -d: -f1) - 1)); }
# The UTF-16 column of the first occurrence of TEXT in a line (no character of the sample is past
# U+FFFF, so code points are UTF-16 units here).
col16() { printf '%s\n' "$1" | perl -CSA -e 'my $l = <STDIN>; print index($l, $ARGV[0])' "$2"; }
line_text() { sed -n "$(($1 + 1))p" "$sample"; }

# ---- the verb ----------------------------------------------------------------------------------
cli() { # NAME WANT_STATUS TEXT ARGS...: guidec ARGS exits WANT_STATUS, TEXT in its output
    local name=$1 want=$2 text=$3
    shift 3
    "$guidec" "$@" > "$tmp/out" 2>&1 < /dev/null
    local rc=$?
    if [ $rc -eq "$want" ] && grep -qF -- "$text" "$tmp/out"; then passed=$((passed + 1)); else
        echo "lsp: $name: status $rc (expected $want), or no '$text' in:"; head -5 "$tmp/out"
        failed=$((failed + 1)); fi
}
cli "lsp --help" 0 "usage: guidec lsp" lsp --help
cli "help lsp" 0 "usage: guidec lsp" help lsp
cli "--help lists lsp" 0 "  lsp " --help
cli "lsp takes no operand" 2 "lsp takes no operands" lsp rules/gist.guide
cli "lsp --budget 0" 2 "--budget needs a positive number" lsp --budget 0

# ---- lifecycle -------------------------------------------------------------------------------
session "lifecycle" 0 <<END
{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{}}
$INIT
{"jsonrpc":"2.0","id":2,"method":"initialize","params":{"capabilities":{}}}
$BYE
END
expect "request before initialize" '.[0] | .id == 1 and .error.code == -32002'
expect "initialize: capabilities" '.[1].result.capabilities | .positionEncoding == "utf-16" and .textDocumentSync.change == 1 and .hoverProvider and .definitionProvider and .referencesProvider and .documentFormattingProvider and .documentSymbolProvider and (.completionProvider | type == "object")'
expect "initialize twice" '.[2] | .id == 2 and .error.code == -32600'
expect "shutdown" '.[3] | .id == 99 and .result == null and (has("error") | not)'
session "exit without shutdown" 1 <<END
$INIT
{"jsonrpc":"2.0","method":"exit"}
END
session "end of input without exit" 1 <<END
$INIT
END
session "request after shutdown" 0 <<END
$INIT
{"jsonrpc":"2.0","id":5,"method":"shutdown"}
{"jsonrpc":"2.0","id":6,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"$U"}}}
{"jsonrpc":"2.0","method":"exit"}
END
expect "request after shutdown" '.[2] | .id == 6 and .error.code == -32600'

# ---- malformed messages ----------------------------------------------------------------------
{
    printf '%s\n' "$INIT" | frame
    printf 'Content-Length: 9\r\n\r\n{"json":,'                    # not JSON
    printf 'Content-Type: application/json\r\n\r\n'                # no Content-Length
    printf 'Content-Length: x12\r\n\r\n'                           # a bad Content-Length
    printf 'Content-Length: 6\r\n\r\n[1, 2]'                       # not an object
    printf '%s\n' '{"id":7,"method":"shutdown"}' \
        '{"jsonrpc":"2.0","id":{"a":1},"method":"shutdown"}' \
        '{"jsonrpc":"2.0","id":8,"method":42}' \
        '{"jsonrpc":"2.0","id":9,"method":"textDocument/frobnicate","params":{}}' \
        '{"jsonrpc":"2.0","method":"$/frobnicate","params":{}}' \
        '{"jsonrpc":"2.0","id":10,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///nowhere.guide"},"position":{"line":0,"character":0}}}' \
        "$(open_msg 1 '"a\u0000b"')" \
        '{"jsonrpc":"2.0","id":11,"result":null}' \
        "$BYE" | frame
} > "$tmp/in"
"$guidec" lsp < "$tmp/in" > "$tmp/out" 2> "$tmp/err"
rc=$?
if unframe < "$tmp/out" > "$tmp/replies" && [ $rc -eq 0 ]; then passed=$((passed + 1)); else
    echo "lsp: malformed messages: status $rc or bad framing"; failed=$((failed + 1)); fi
expect "malformed JSON: parse error, no id" '.[1] | .id == null and .error.code == -32700'
expect "no Content-Length: parse error" '.[2].error.code == -32700 and (.[2].error.message | test("Content-Length"))'
expect "bad Content-Length: parse error" '.[3].error.code == -32700 and (.[3].error.message | test("x12"))'
expect "not an object: invalid request" '.[4] | .id == null and .error.code == -32600'
expect "no jsonrpc: invalid request with the id" '.[5] | .id == 7 and .error.code == -32600'
expect "an object as id: invalid request" '.[6] | .id == null and .error.code == -32600'
expect "a number as method: invalid request" '.[7] | .id == 8 and .error.code == -32600'
expect "unknown method: method not found" '.[8] | .id == 9 and .error.code == -32601 and (.error.message | test("frobnicate"))'
expect "unknown document: request failed" '.[9] | .id == 10 and .error.code == -32803 and (.error.message | test("nowhere"))'
expect "NUL in a text: parse error" '.[10].error.code == -32700'
expect "unknown notification and a response: no reply; shutdown answered" '.[11].id == 99 and length == 12'

# ---- a rule file: diagnostics, hover, definition, references, completion, symbols, format ---
rl=$(line_of 'rule imagerie')
broken=$(sed "$((rl + 1))s/{scanner}/{scaner}/" "$sample" | jq -Rs .)
tl=$(line_of '| taille_cm |')
row=$(line_of '| -    | -')
dl=$(line_of 'derive site')
il=$(line_of 'input localisation')
fmt_text=$("$guidec" fmt "$sample" | jq -Rs .)
# Diagnostics: published once no message is waiting, or before shutdown is answered (a session
# piped in whole has a message waiting until its end).
session "diagnostics" 0 <<END
$INIT
$(open_msg 1 "$broken")
$BYE
END
c=$(col16 "$(line_text "$rl" | sed 's/{scanner}/{scaner}/')" scaner)
expect "diagnostic: an error at the label, UTF-16 columns" "pub | length == 1 and (.[0].params | .version == 1 and (.diagnostics | length == 1) and .diagnostics[0].severity == 1 and .diagnostics[0].range == {start: {line: $rl, character: $c}, end: {line: $rl, character: $((c + 6))}})"
expect "diagnostic: hint in the message" 'pub[0].params.diagnostics[0].message | test("scaner") and test("\nhint: ")'
expect "diagnostics before the reply to shutdown" '.[1].method == "textDocument/publishDiagnostics" and .[2].id == 99'
session "changes in a burst: one analysis" 0 <<END
$INIT
$(open_msg 1 "$broken")
{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"$U","version":2},"contentChanges":[{"text":$broken}]}}
{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"$U","version":3},"contentChanges":[{"text":$SAMPLE}]}}
$BYE
END
expect "changes in a burst: the last version's diagnostics only" 'pub | length == 1 and .[0].params.version == 3 and .[0].params.diagnostics == []'

r1=$(line_of '| <= 5 cm |')
session "requests" 0 <<END
$INIT
$(open_msg 1 "$SAMPLE")
$(at 3 textDocument/hover "$tl" 5)
$(at 4 textDocument/hover "$row" 3)
$(at 5 textDocument/definition "$tl" "$(col16 "$(line_text "$tl")" 'site')")
$(at 6 textDocument/references "$il" 8 '"context":{"includeDeclaration":true}')
$(at 7 textDocument/references "$il" 8 '"context":{"includeDeclaration":false}')
{"jsonrpc":"2.0","id":8,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"$U"}}}
{"jsonrpc":"2.0","id":9,"method":"textDocument/formatting","params":{"textDocument":{"uri":"$U"},"options":{"tabSize":2,"insertSpaces":true}}}
$(at 10 textDocument/hover "$rl" 30)
$(at 11 textDocument/hover 400 0)
{"jsonrpc":"2.0","id":12,"method":"textDocument/hover","params":{"textDocument":{"uri":"$U"},"position":{"line":-1,"character":0}}}
$(at 14 textDocument/completion "$r1" "$(col16 "$(line_text "$r1")" 'gastrique')")
$(at 15 textDocument/completion "$r1" "$(col16 "$(line_text "$r1")" 'faible')")
$(at 16 textDocument/completion "$r1" 4)
$(at 17 textDocument/completion "$tl" 4)
$(at 18 textDocument/hover "$dl" 8)
{"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"$U"}}}
$(at 13 textDocument/hover "$tl" 5)
$BYE
END
expect "hover: a column's input" 'r(3).result.contents.value | test("input taille_cm : cm in \\[0, 100\\]") and test("range: \\[0, 100\\]")'
expect "hover: a row's citation" 'r(4).result.contents.value | test("§1.2 — au-delà")'
expect "definition: the derive" "r(5).result.range.start == {line: $dl, character: 7}"
expect "references: declaration, match, test" 'r(6).result | length == 3'
expect "references without the declaration" "r(7).result | length == 2 and all(.range.start.line != $il)"
expect "symbols: the outline in order" '[r(8).result[].name] == ["localisation","taille_cm","rupture","risque","examens","site","risque","imagerie","estomac, 3 cm"]'
expect "symbols: kinds" '[r(8).result[].kind] == [13,13,13,8,8,12,23,6,24]'
expect "formatting: the text of guidec fmt" "r(9).result | length == 1 and .[0].newText == $fmt_text and .[0].range.start == {line: 0, character: 0}"
expect "hover: a rule's citation with French text" 'r(10).result.contents.value | test("« scanner »")'
expect "hover past the end: null" 'r(11).result == null'
expect "a negative position: invalid params" 'r(12).error.code == -32602'
expect "didClose: diagnostics cleared, never published for the closed version" 'pub | length == 1 and .[0].params.diagnostics == [] and (.[0].params | has("version") | not)'
expect "a closed document: request failed" 'r(13).error.code == -32803'
expect "completion in a table cell: the column's labels" '[r(14).result[].label] == ["gastrique", "autre"]'
expect "completion in an output cell: the output's labels" '[r(15).result[].label] == ["faible", "eleve"]'
expect "completion in a number column: nothing" 'r(16).result == []'
expect "hover: a match's labels" 'r(18).result.contents.value | test("derived value `site`") and test("labels: `gastrique`, `autre`")'
expect "completion in a header row: names" '[r(17).result[].label] | index("taille_cm") != null'

# ---- completion, incremental changes, notes, formatting refused ------------------------------
cat > "$tmp/c.guide" <<'END'
guideline c "Complétion — « essai »" version "1" source "e2e"
input loc : enum { estomac, grele }
input n : integer in [0, 9]
output r : enum { a, b }
output s : set { x, y }
derive site = match loc { estomac -> gastrique; grele -> autre }
rule r1 cites "§1" when loc == estomac then r = a
rule r2 cites "§2" when n > 2 then r = b
END
C=$(text_of "$tmp/c.guide")
session "notes" 0 <<END
$INIT
$(open_msg 1 "$C")
$BYE
END
expect "a conflict: the note as related information" 'pub[0].params.diagnostics | any(.severity == 1 and (.relatedInformation | length >= 1) and (.relatedInformation[0].location.uri | test("sample.guide")))'
# Formatting once the analyses have run (the server waits for the next message): errors of the
# analyses do not stop it, as they do not stop guidec fmt.
{ printf '%s\n' "$INIT" "$(open_msg 1 "$C")" | frame; sleep 2
  printf '%s\n' '{"jsonrpc":"2.0","id":3,"method":"textDocument/formatting","params":{"textDocument":{"uri":"'"$U"'"}}}' "$BYE" | frame
} | "$guidec" lsp | unframe > "$tmp/replies"
expect "formatting a file whose analyses found a conflict" 'pub[0].params.diagnostics | length >= 1' &&
    expect "formatting a file whose analyses found a conflict" "r(3).result[0].newText == $("$guidec" fmt "$tmp/c.guide" | jq -Rs .)"
session "completion and changes" 0 <<END
$INIT
$(open_msg 1 "$C")
{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"$U","version":2},"contentChanges":[{"range":{"start":{"line":7,"character":39},"end":{"line":7,"character":40}},"text":"a"},{"range":{"start":{"line":8,"character":0},"end":{"line":8,"character":0}},"text":"rule r3 when site in {gastrique, "}]}}
$(at 3 textDocument/completion 8 32)
$(at 4 textDocument/completion 6 31)
$(at 5 textDocument/completion 6 26)
$(at 6 textDocument/completion 8 13)
{"jsonrpc":"2.0","id":7,"method":"textDocument/formatting","params":{"textDocument":{"uri":"$U"},"options":{"tabSize":2,"insertSpaces":true}}}
{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"$U","version":3},"contentChanges":[{"range":{"start":{"line":0,"character":0},"end":{"line":99,"character":0}},"text":"x"}]}}
$BYE
END
# The first change (after a §, one UTF-16 unit but two bytes) ends the conflict: only the second
# one, an unfinished rule, is left to report.
expect "incremental changes applied" 'pub | length == 1 and (.[0].params | .version == 2 and (.diagnostics | length >= 1) and all(.diagnostics[]; .range.start.line == 8))'
expect "completion in {: the labels of a match" '[r(3).result[].label] == ["gastrique", "autre"] and all(r(3).result[]; .kind == 20)'
expect "completion after ==: the labels of the enum" '[r(4).result[].label] == ["estomac", "grele"]'
expect "completion of names" '[r(5).result[].label] | sort == ["loc","n","r","s","site"]'
expect "completion after when: names" '[r(6).result[].label] | index("site") != null'
expect "formatting a file with errors: request failed" 'r(7).error.code == -32803 and (r(7).error.message | test("errors"))'
expect "a change with a range out of the text: logged" 'any(.[]; .method == "window/logMessage" and .params.type == 1)'

# ---- memory ----------------------------------------------------------------------------------
# Not for a build with AddressSanitizer (make check-sanitize): valgrind cannot run it, its
# quarantine holds freed memory, and its own leak check runs at exit anyway.
asan=0
grep -q __asan_init "$guidec" && asan=1
# A session of every request under valgrind: no error, nothing lost.
if [ $asan -eq 0 ] && command -v valgrind > /dev/null; then
    frame > "$tmp/vin" <<END
$INIT
$(open_msg 1 "$broken")
{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"$U","version":2},"contentChanges":[{"text":$SAMPLE}]}}
$(at 3 textDocument/hover "$tl" 5)
$(at 4 textDocument/hover "$row" 3)
$(at 5 textDocument/definition "$tl" 15)
$(at 6 textDocument/references "$il" 8 '"context":{"includeDeclaration":true}')
{"jsonrpc":"2.0","id":8,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"$U"}}}
{"jsonrpc":"2.0","id":9,"method":"textDocument/formatting","params":{"textDocument":{"uri":"$U"}}}
$(at 10 textDocument/completion "$rl" 30)
{"jsonrpc":"2.0","id":11,"method":"nope"}
{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"$U","version":3},"contentChanges":[{"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":3}},"text":"é"}]}}
$BYE
END
    valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=99 \
        "$guidec" lsp < "$tmp/vin" > /dev/null 2> "$tmp/verr"
    rc=$?
    if [ $rc -eq 0 ]; then passed=$((passed + 1)); else
        echo "lsp: valgrind: status $rc"; head -30 "$tmp/verr"; failed=$((failed + 1)); fi
fi
# The memory of 200 versions of a document is that of 20: each version's state is freed.
rss() { # N: the peak RSS (KiB) of a session of N changes, each followed by a hover
    { printf '%s\n' "$INIT" "$(open_msg 1 "$SAMPLE")"
      for i in $(seq 2 "$1"); do
          echo "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\"$U\",\"version\":$i},\"contentChanges\":[{\"text\":$SAMPLE}]}}"
          at "$i" textDocument/hover "$tl" 5
      done
      printf '%s\n' "$BYE"; } | frame > "$tmp/rin"
    /usr/bin/time -f %M "$guidec" lsp < "$tmp/rin" 2>&1 > /dev/null | tail -1
}
if [ $asan -eq 0 ] && [ -x /usr/bin/time ]; then
    small=$(rss 20) large=$(rss 200)
    if [ "$large" -le $((small + 1024)) ]; then passed=$((passed + 1)); else
        echo "lsp: memory grows with versions: $small KiB after 20, $large KiB after 200"; failed=$((failed + 1)); fi
fi

echo "lsp: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
