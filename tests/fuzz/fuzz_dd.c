/* fuzz_dd.c — libFuzzer harness of the decision-diagram walk against brute force: the first
 * byte picks a rule file (rules/gist.guide or a .guide file of tests/golden/ok, by name), each
 * compiled once at start; the rest is decoded into a case of it (fuzz_decode.h). A case that
 * breaks a constraint, with its inputs or once evaluated with its derived values, is skipped
 * (the readers refuse it); otherwise every output's answer,
 * possible answers and asks after interp_eval must be what the brute force of
 * tests/unit/dd_oracle.h finds over the cells of the unknown inputs. Any difference aborts. */
#include <glob.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "fuzz_decode.h"
#include "interp.h"

#define DD_FAIL() abort()
/* Under the sanitizers the unit test's bound (20,000 worlds an output) allowed about 6 cases a
 * second; this one leaves out only outputs with many unknown inputs, which the unit test has. */
#define DD_MAX_WORLDS 1024
#include "../unit/dd_oracle.h"

#ifndef GUIDE_SOURCE_DIR
#define GUIDE_SOURCE_DIR "."
#endif

enum { MAX_RULESETS = 32 };

/* One rule file with its interpreters (one that walks the diagrams, one for the oracle's
 * worlds) and the frames of a case. */
typedef struct ruleset {
    compilation  comp;
    interp      *it, *plain;
    guide_frame *c, *f;
} ruleset;

static ruleset sets[MAX_RULESETS];
static int     nsets;

static void add_ruleset(const char *path)
{
    if (nsets == MAX_RULESETS) {
        fprintf(stderr, "fuzz_dd: more than %d rule files\n", MAX_RULESETS);
        exit(1);
    }
    ruleset *r = &sets[nsets++];
    FILE *quiet = fopen("/dev/null", "w"); /* the golden files' warnings are expected */
    if (!quiet || compile_file(&r->comp, path, quiet, COMPILE_LOWER, 0) != 0) {
        fprintf(stderr, "fuzz_dd: %s does not compile (guidec check shows why)\n", path);
        exit(1);
    }
    fclose(quiet);
    r->it = interp_new(r->comp.ir);
    r->plain = interp_new(r->comp.ir);
    r->c = guide_frame_new(&r->comp.ir->info);
    r->f = guide_frame_new(&r->comp.ir->info);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    add_ruleset(GUIDE_SOURCE_DIR "/rules/gist.guide");
    glob_t g;
    if (glob(GUIDE_SOURCE_DIR "/tests/golden/ok/*.guide", 0, NULL, &g) != 0) {
        fprintf(stderr, "fuzz_dd: no rule file in %s/tests/golden/ok\n", GUIDE_SOURCE_DIR);
        exit(1);
    }
    for (size_t i = 0; i < g.gl_pathc; i++)
        add_ruleset(g.gl_pathv[i]);
    globfree(&g);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    ruleset *r = &sets[data[0] % nsets];
    const ir_program *p = r->comp.ir;
    bytes b = {data + 1, size - 1};
    fuzz_decode_case(&b, r->c, p);
    if (guide_constraints_check(&p->info, r->c->val, r->c->known, r->c->check_work) >= 0)
        return 0; /* a case that cannot occur */
    guide_frame_clear(r->f);
    memcpy(r->f->val, r->c->val, sizeof *r->f->val * (size_t)p->nvars);
    memcpy(r->f->known, r->c->known, (size_t)p->nvars);
    interp_eval(r->it, r->f, NULL);
    guide_case_error err;
    if (guide_check_evaluated(r->f, &err) < 0)
        return 0; /* its derived values break a constraint: the readers refuse it too */
    for (int v = guide_first_output(&p->info); v < p->nvars; v++)
        dd_oracle_check_output(p, r->plain, r->c, r->f, &p->vars[v]);
    return 0;
}
