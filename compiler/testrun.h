/* testrun.h — runs the tests embedded in a rule file (`guidec test`). */
#ifndef GUIDE_TESTRUN_H
#define GUIDE_TESTRUN_H

#include "interp.h"

typedef struct tr_summary {
    int passed, failed;
} tr_summary;

/* Runs every test of p with the interpreter; a failed expectation is reported through d at its
 * source location (expected and actual value). With verbose, prints each test's name and
 * outcome to out. */
void tr_run(const ir_program *p, interp *it, diag_ctx *d, FILE *out, int verbose, tr_summary *s);

#endif
