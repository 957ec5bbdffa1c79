# tests/sql/streams.sh — sourced by sqlite.sh and postgres.sh: sql_stream S writes the stream S
# (pathology: $NP cases with site, size and mitoses only; sparse: $N cases, 20 % of the inputs
# given; complete: $N cases, every input) of $RULES into $tmp/S.jsonl, and guidec batch's lines
# for it into $tmp/S.batch; sets n to its number of cases. Needs B, RULES, N, NP, tmp and fail.
sql_stream() {
    n=$N
    case $1 in
    pathology) n=$NP; "$B/bench/bench_eval" --emit jsonl "$n" > "$tmp/$1.jsonl" ;;
    sparse) "$B/bench/bench_eval" --emit-sparse "$RULES" 20 "$n" > "$tmp/$1.jsonl" ;;
    complete) "$B/bench/bench_eval" --emit-sparse "$RULES" 100 "$n" > "$tmp/$1.jsonl" ;;
    esac
    "$B/guidec" batch "$RULES" --in "$tmp/$1.jsonl" --out "$tmp/$1.batch" 2>/dev/null ||
        fail "$1: guidec batch failed"
}
