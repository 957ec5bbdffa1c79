/* cbackend_cli.c — the verbs of the C backend: `guidec emit-c`, `guidec build`, and the test
 * runner behind `guidec test --backend c`. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "analyse.h"
#include "cbackend.h"
#include "compile.h"
#include "emit_c.h"
#include "interp.h"

enum { EXIT_USAGE = 2 };

const char emitc_usage[] =
    "usage: guidec emit-c [options] FILE -o DIR\n"
    "\n"
    "Writes the rules of FILE as C: DIR/NAME.c and DIR/NAME.h, NAME being the guideline's\n"
    "name. The header declares the ABI: NAME_input (a field per input and a mask of the known\n"
    "ones), NAME_output (per output a field, its state, how it was decided, ND, and the inputs\n"
    "to ask for), NAME_eval (the trace may be NULL) and NAME_info (names, labels, units,\n"
    "citations, version, SHA-256) for libguide's case reader and printers. The code computes\n"
    "what 'guidec run' computes, allocates nothing, compiles with guide.h and guide_gen.h\n"
    "(runtime/) on the include path and links against nothing but -lm; the same rule file\n"
    "always gives the same bytes. FILE is checked first, as by 'guidec check'.\n"
    "\n"
    "options:\n"
    "  -o, --output DIR    directory to write into (created if missing)\n"
    "  --help              print this help\n"
    "\n"
    "exit status: 0 written, 2 the rule file has errors, a file cannot be written, or bad usage\n";

const char build_usage[] =
    "usage: guidec build [options] FILE -o DIR\n"
    "\n"
    "Compiles the rules of FILE with the system C compiler into DIR/libNAME.a and\n"
    "DIR/libNAME.so and writes DIR/NAME.h ('guidec help emit-c' describes the ABI). Link a\n"
    "program with libNAME.a (or -lNAME) and -lm, and with libguide to read cases and print\n"
    "results and traces. The compiler is $CC, else cc. The runtime headers are taken from\n"
    "$GUIDE_RUNTIME_DIR, else runtime/ beside the directory of guidec (build/guidec), else\n"
    "the source tree guidec was built from. FILE is checked first, as by 'guidec check'.\n"
    "\n"
    "options:\n"
    "  -o, --output DIR    directory to write into (created if missing)\n"
    "  --help              print this help\n"
    "\n"
    "exit status: 0 built, 2 the rule file has errors, the C compiler is missing or fails, a\n"
    "file cannot be written, or bad usage\n";

static int usage(const char *text, const char *msg)
{
    fprintf(stderr, "guidec: %s\n\n%s", msg, text);
    return EXIT_USAGE;
}

/* Parses FILE -o DIR (in any order); returns 0, or the exit status of a usage error. */
static int parse(int argc, char **argv, const char *text, const char **file, const char **dir, int *done)
{
    static const struct option opts[] = {{"output", required_argument, 0, 'o'},
                                         {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    int c;
    *done = 0;
    *dir = NULL;
    while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
        switch (c) {
        case 'o': *dir = optarg; break;
        case 'h':
            fputs(text, stdout);
            *done = 1;
            return 0;
        default: return usage(text, "unknown option");
        }
    }
    if (argc - optind != 1)
        return usage(text, "expected one rule file");
    if (!*dir || !**dir)
        return usage(text, "missing -o DIR: the directory to write into");
    *file = argv[optind];
    return 0;
}

/* Compiles path with every check; returns 0, or prints why not and returns the exit status. */
static int compile_checked(compilation *comp, const char *path)
{
    int rc = compile_file(comp, path, stderr, COMPILE_ANALYSE, AN_DEFAULT_BUDGET);
    if (rc == 1)
        fprintf(stderr, "guidec: %s has errors; nothing written\n", path);
    return rc ? EXIT_USAGE : 0;
}

int emitc_main(int argc, char **argv)
{
    const char *file, *dir;
    int done, rc = parse(argc, argv, emitc_usage, &file, &dir, &done);
    if (rc || done)
        return rc;
    compilation comp;
    if ((rc = compile_checked(&comp, file)) == 0) {
        char err[1024];
        if (cb_ensure_dir(dir, err, sizeof err) || emitc_to_dir(comp.ir, dir, err, sizeof err)) {
            fprintf(stderr, "guidec: %s\n", err);
            rc = EXIT_USAGE;
        }
    }
    compile_free(&comp);
    return rc;
}

int build_main(int argc, char **argv)
{
    const char *file, *dir;
    int done, rc = parse(argc, argv, build_usage, &file, &dir, &done);
    if (rc || done)
        return rc;
    compilation comp;
    if ((rc = compile_checked(&comp, file)) == 0) {
        char err[1024];
        if (cb_build(comp.ir, dir, NULL, err, sizeof err)) {
            fprintf(stderr, "guidec: build: %s\n", err);
            rc = EXIT_USAGE;
        }
    }
    compile_free(&comp);
    return rc;
}

/* ---- test --backend c ---------------------------------------------------------------------------- */

/* The messages are those of testrun.c, which evaluates with the interpreter; here the results
 * come from the compiled code, and each rule's status from the trace it wrote. */

static const char *state_name(guide_state s)
{
    switch (s) {
    case GUIDE_NOT_APPLICABLE: return "not applicable";
    case GUIDE_CONCLUDED: return "concluded";
    case GUIDE_UNDETERMINED: return "undetermined";
    case GUIDE_CONFLICT: return "conflict";
    }
    return "?";
}

static const char *status_name(int st)
{
    static const char *const names[] = {"not fired", "fired", "undetermined",
                                        "excepted (its unless held)", "shadowed"};
    return st >= 0 && st <= 4 ? names[st] : "?";
}

static void describe(const ir_program *p, const guide_frame *f, int var, char *buf, size_t len)
{
    const guide_output *o = &f->out[var - guide_first_output(&p->info)];
    if (o->state != GUIDE_CONCLUDED) {
        snprintf(buf, len, "%s", state_name(o->state));
        return;
    }
    ir_value v = {f->val[var], o->is_null};
    ir_format_value(p, var, &v, buf, len);
}

static int check_expect(const ir_program *p, const ir_test *t, const ir_expect *e,
                        const guide_frame *f, const uint8_t *status, diag_ctx *d)
{
    char got[256], want[256];
    if (e->kind == IR_X_FIRED || e->kind == IR_X_NOT_FIRED) {
        int fired = status[e->target] == GUIDE_CL_FIRED;
        if (fired == (e->kind == IR_X_FIRED))
            return 1;
        diag_error(d, e->sp, "test \"%s\": rule %s was expected %s, but it was %s", t->name,
                   p->clauses[e->target].name, e->kind == IR_X_FIRED ? "to fire" : "not to fire",
                   status_name(status[e->target]));
        return 0;
    }
    const ir_var *v = &p->vars[e->target];
    const guide_output *o = &f->out[e->target - guide_first_output(&p->info)];
    int ok;
    switch (e->kind) {
    case IR_X_VALUE: {
        ir_value actual = {f->val[e->target], o->is_null};
        ok = o->state == GUIDE_CONCLUDED && ir_value_equal(p, e->target, &actual, &e->val);
        ir_format_value(p, e->target, &e->val, want, sizeof want);
        break;
    }
    case IR_X_UNDETERMINED:
        ok = o->state == GUIDE_UNDETERMINED;
        snprintf(want, sizeof want, "undetermined");
        break;
    case IR_X_NA:
        ok = o->state == GUIDE_NOT_APPLICABLE;
        snprintf(want, sizeof want, "not applicable");
        break;
    default:
        ok = o->state == GUIDE_CONFLICT;
        snprintf(want, sizeof want, "conflict");
        break;
    }
    if (ok)
        return 1;
    describe(p, f, e->target, got, sizeof got);
    diag_error(d, e->sp, "test \"%s\": expected %s = %s, got %s", t->name, v->name, want, got);
    return 0;
}

void cb_test_run(const ir_program *p, const cb_ruleset *cb, diag_ctx *d, FILE *out, int verbose,
                 tr_summary *s)
{
    guide_frame *f = guide_frame_new(cb_info(cb));
    /* Each rule, row, derived value and output appears at most once in one evaluation's trace. */
    guide_trace *t = guide_trace_new((size_t)p->nvars + (size_t)p->nclauses + 1);
    uint8_t *status = calloc((size_t)p->nclauses + 1, 1);
    memset(s, 0, sizeof *s);
    s->covered = calloc((size_t)p->nclauses + 1, 1);
    for (int i = 0; i < p->ntests; i++) {
        const ir_test *test = &p->tests[i];
        guide_frame_clear(f);
        for (int g = 0; g < test->ngiven; g++) {
            f->val[test->given_vars[g]] = test->given_vals[g].v;
            f->known[test->given_vars[g]] = 1;
        }
        t->len = 0;
        t->overflow = 0;
        int bad = cb_eval(cb, f, t, INTERP_DEFAULT_BUDGET);
        memset(status, GUIDE_CL_NOT_FIRED, (size_t)p->nclauses);
        for (size_t k = 0; k < t->len; k++)
            if (t->ev[k].kind == GUIDE_EV_CLAUSE)
                status[t->ev[k].index] = t->ev[k].status;
        for (int c = 0; c < p->nclauses; c++)
            if (status[c] == GUIDE_CL_FIRED)
                s->covered[c] = 1;
        int ok = 1;
        if (bad) {
            diag_error(d, test->sp, "test \"%s\": the compiled code rejects input %s", test->name,
                       p->vars[bad - 1].name);
            ok = 0;
        }
        for (int k = 0; k < test->nexpect; k++)
            ok &= check_expect(p, test, &test->expect[k], f, status, d);
        if (ok)
            s->passed++;
        else
            s->failed++;
        if (verbose)
            fprintf(out, "%-4s %s\n", ok ? "ok" : "FAIL", test->name);
    }
    free(status);
    guide_trace_free(t);
    guide_frame_free(f);
}
