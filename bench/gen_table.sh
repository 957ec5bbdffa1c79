#!/bin/sh
# gen_table.sh N — writes a ruleset with one `hit unique` table of about N rows over 6 numeric
# inputs: a grid of bands per input (the shape of real guideline tables, such as Miettinen's),
# with no gap and no overlap, so `guidec check` must prove both for every row.
# Usage: bench/gen_table.sh 10000 > /tmp/t10k.guide
n=${1:?usage: gen_table.sh ROWS}
awk -v n="$n" 'BEGIN {
    # bands per input: as equal as possible, product >= n
    k = 6; b = int(exp(log(n) / k)); if (b < 2) b = 2
    for (i = 0; i < k; i++) bands[i] = b
    prod = b ^ k
    for (i = 0; i < k && prod < n; i++) { prod = prod / bands[i] * (bands[i] + 1); bands[i]++ }
    print "guideline bench \"generated table\" version \"" n "\" source \"bench/gen_table.sh\""
    for (i = 0; i < k; i++) print "input x" i " : cm in [0, 100]"
    print "output risk : enum { low, moderate, high }"
    print "table grid cites \"generated\" hit unique"
    hdr = "  |"; for (i = 0; i < k; i++) hdr = hdr " x" i " |"; print hdr "| risk |"
    for (r = 0; r < prod; r++) {
        line = "  |"; q = r; s = 0
        for (i = 0; i < k; i++) {
            j = q % bands[i]; q = int(q / bands[i]); s += j
            w = 100 / bands[i]; lo = j * w; hi = (j + 1) * w
            if (j == 0) cell = "<= " hi
            else if (j == bands[i] - 1) cell = "> " lo
            else cell = "(" lo ", " hi "]"
            line = line " " cell " |"
        }
        print line "| " (s % 3 == 0 ? "low" : s % 3 == 1 ? "moderate" : "high") " |"
    }
    print "end"
}'
