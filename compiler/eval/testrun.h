/* testrun.h — runs the tests embedded in a rule file (`guidec test`). */
#ifndef GUIDE_TESTRUN_H
#define GUIDE_TESTRUN_H

#include "interp.h"

typedef struct tr_summary {
    int      passed, failed;
    uint8_t *covered; /* [nclauses]: fired (rule) or matched (row) in some test; owned, may be NULL */
} tr_summary;

/* Prints the rules, table rows and citations no test exercises, and the percentage covered;
 * returns the number of clauses not covered. */
int tr_print_coverage(const ir_program *p, const tr_summary *s, FILE *out);
void tr_summary_free(tr_summary *s);

/* Runs every test of p with the interpreter; a failed expectation is reported through d at its
 * source location (expected and actual value). With verbose, prints each test's name and
 * outcome to out. */
void tr_run(const ir_program *p, interp *it, diag_ctx *d, FILE *out, int verbose, tr_summary *s);

/* A compiled ruleset's evaluation of the case in f (NAME_eval_frame): returns 0, or 1 + the
 * index of an input it rejects. */
typedef int (*tr_eval_fn)(const void *ctx, guide_frame *f, guide_trace *t);

/* tr_run with compiled code evaluating the tests (--backend c, jit): a rule's status is read
 * from the trace it writes, the frame is made for rs (the compiled code's NAME_info); the
 * messages and summary are tr_run's. */
void tr_run_compiled(const ir_program *p, const guide_ruleset_info *rs, tr_eval_fn eval,
                     const void *ctx, diag_ctx *d, FILE *out, int verbose, tr_summary *s);

#endif
