#!/bin/sh
# Runs every cmocka unit-test program given and sums up: the programs print their own details.
passed=0
failed=0
for t in "$@"; do
    if "$t"; then
        passed=$((passed + 1))
    else
        echo "unit: $t FAILED" >&2
        failed=$((failed + 1))
    fi
done
echo "unit programs: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
