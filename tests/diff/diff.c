/* diff.c — the differential test of the C and LLVM backends, and of the interpreter's table
 * lookups, against the reference interpreter.
 *
 * For each rule file given, the rules are compiled to C (guidec's own C backend: emit, cc,
 * dlopen) with each compiler variant below, with -Wall -Wextra -Wpedantic -Werror, and lowered
 * to LLVM IR and compiled in process by LLJIT (the variants marked jit), and loaded into an
 * interpreter with its table lookups (interp_new_indexed, what `run` and `batch` use); every
 * case is evaluated three times: by the reference interpreter with a trace, by the code under
 * test with a trace, and by the code under test without one (its fast paths). Outputs, states, how each was
 * decided, ND, asks, derived values and trace events must all be identical; so must the ruleset
 * description and, on a sample, the printed results (JSON and text, with traces).
 *
 * Cases: every boundary value of every input (each constant the rules compare it with, the
 * doubles just below and above it, a value between consecutive constants, the ends of its
 * range; every label; both bools; unknown) — all combinations when there are few enough, else
 * each boundary value with the other inputs random; then random cases with random unknowns.
 *
 * usage: diff_c [--random N] [--seed S] [--variant K] [--backend c|jit|interp] FILE...
 * Prints "N passed, M failed". */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cbackend.h"
#include "compile.h"
#include "emit_llvm.h"
#include "interp.h"

#define WERROR "-Wall -Wextra -Wpedantic -Werror"

enum { B_C, B_JIT, B_INTERP };

typedef struct variant {
    const char *label;
    const char *cc;
    const char *cflags;
    int         boundary; /* run the boundary cases too */
    double      share;    /* fraction of the random cases */
    int         backend;  /* B_C, B_JIT: the LLVM backend through LLJIT; B_INTERP: the
                             interpreter with its table lookups (interp_new_indexed) */
} variant;

static const variant variants[] = {
    {"gcc", "gcc", WERROR, 1, 1.0, 0},
    {"clang", "clang", WERROR, 1, 1.0, 0},
    {"jit", NULL, NULL, 1, 1.0, 1},
    {"interpreter + lookups", NULL, NULL, 1, 1.0, B_INTERP},
};

/* ---- random numbers (xorshift64*, seeded: runs are reproducible) ------------------------------- */

static uint64_t rng_state = 0x9E3779B97F4A7C15u;

static uint64_t rnd(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 2685821657736338717u;
}

static double rnd01(void)
{
    return (double)(rnd() >> 11) / 9007199254740992.0;
}

static int rndn(int n)
{
    return n > 0 ? (int)(rnd() % (uint64_t)n) : 0;
}

/* ---- boundary values ----------------------------------------------------------------------------- */

typedef struct values {
    int          n;
    guide_value *v; /* the last one stands for unknown */
} values;

static int admissible(const ir_var *v, double x)
{
    if (!isfinite(x) || x < v->lo || x > v->hi)
        return 0;
    return v->type != GUIDE_INTEGER || x == floor(x);
}

static void add_num(const ir_var *v, values *vs, double x)
{
    if (x == 0)
        x = 0; /* the case reader gives no -0 */
    if (!admissible(v, x))
        return;
    for (int i = 0; i < vs->n; i++)
        if (vs->v[i].num == x)
            return;
    vs->v[vs->n++].num = x;
}

/* The interesting values of input v, then one slot for unknown. */
static values boundary_values(const ir_var *v)
{
    values vs = {0, NULL};
    int cap = 16 + 8 * v->ncuts + v->nlabels;
    vs.v = calloc((size_t)cap, sizeof *vs.v);
    if (v->type == GUIDE_BOOL) {
        vs.v[0].b = 0;
        vs.v[1].b = 1;
        vs.n = 2;
    } else if (v->type == GUIDE_ENUM) {
        for (int l = 0; l < v->nlabels; l++)
            vs.v[vs.n++].label = l;
    } else {
        double lo = isfinite(v->lo) ? v->lo : -1000, hi = isfinite(v->hi) ? v->hi : 1000;
        add_num(v, &vs, lo);
        add_num(v, &vs, hi);
        for (int k = 0; k < v->ncuts; k++) {
            double c = v->cuts[k];
            add_num(v, &vs, c);
            add_num(v, &vs, nextafter(c, -HUGE_VAL));
            add_num(v, &vs, nextafter(c, HUGE_VAL));
            add_num(v, &vs, c - 1);
            add_num(v, &vs, c + 1);
            add_num(v, &vs, k + 1 < v->ncuts ? (c + v->cuts[k + 1]) / 2 : (c + hi) / 2);
        }
        if (v->ncuts == 0)
            add_num(v, &vs, (lo + hi) / 2);
    }
    vs.n++; /* unknown */
    return vs;
}

/* A random value of input v (a boundary value now and then). */
static void random_value(const ir_var *v, const values *vs, guide_value *out)
{
    if (v->type == GUIDE_BOOL) {
        out->b = rndn(2);
        return;
    }
    if (v->type == GUIDE_ENUM) {
        out->label = rndn(v->nlabels);
        return;
    }
    if (rndn(3) == 0 && vs->n > 1) {
        *out = vs->v[rndn(vs->n - 1)];
        return;
    }
    double lo = isfinite(v->lo) ? v->lo : -1000, hi = isfinite(v->hi) ? v->hi : 1000;
    double x = lo + (hi - lo) * rnd01();
    if (v->type == GUIDE_INTEGER)
        x = floor(x);
    else if (rndn(2))
        x = round(x * 10) / 10; /* values as people write them */
    if (!admissible(v, x))
        x = lo;
    out->num = x == 0 ? 0 : x;
}

/* ---- comparison ---------------------------------------------------------------------------------- */

typedef struct ruleset {
    const ir_program *p;
    interp           *it;
    cb_ruleset       *cb;
    emitll_jit       *jit;
    interp           *ix;           /* B_INTERP */
    guide_frame      *fi, *fc, *fu; /* interpreter, compiled with trace, compiled without */
    guide_trace      *ti, *tc;
    values           *bv;           /* [ninputs] */
    long              passed, failed, printed;
    /* what the cases exercised: output states, how outputs were decided, clause statuses */
    long              states[4], hows[4], statuses[5], not_computable;
    const char       *label;
} ruleset;

static char why[4096];

static void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void say(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, sizeof why, fmt, ap);
    va_end(ap);
}

static int same_value(guide_type t, const guide_value *a, const guide_value *b)
{
    switch (t) {
    case GUIDE_BOOL: return a->b == b->b;
    case GUIDE_ENUM: return a->label == b->label;
    case GUIDE_NUMBER:
    case GUIDE_INTEGER: return a->num == b->num && signbit(a->num) == signbit(b->num);
    case GUIDE_RANGE:
        return a->range.lo == b->range.lo && a->range.hi == b->range.hi;
    case GUIDE_SET: return a->set == b->set;
    }
    return 0;
}

/* Whether frames a (the interpreter's) and b agree on everything a result shows. */
static int same_frames(const ir_program *p, const guide_frame *a, const guide_frame *b, const char *what)
{
    int first_out = guide_first_output(&p->info), words = guide_input_words(&p->info);
    for (int v = 0; v < p->nvars; v++) {
        const ir_var *x = &p->vars[v];
        if (a->known[v] != b->known[v]) {
            say("%s: %s is %s by the interpreter, %s by C", what, x->name,
                a->known[v] ? "known" : "unknown", b->known[v] ? "known" : "unknown");
            return 0;
        }
        if (x->kind != GUIDE_VAR_OUTPUT) {
            if (a->known[v] && !same_value(x->type, &a->val[v], &b->val[v])) {
                say("%s: value of %s differs", what, x->name);
                return 0;
            }
            continue;
        }
        int o = v - first_out;
        const guide_output *oa = &a->out[o], *ob = &b->out[o];
        if (oa->state != ob->state || oa->how != ob->how || oa->is_null != ob->is_null) {
            say("%s: output %s: interpreter state %d how %d null %d, C state %d how %d null %d", what,
                x->name, oa->state, oa->how, oa->is_null, ob->state, ob->how, ob->is_null);
            return 0;
        }
        if (oa->state == GUIDE_CONCLUDED && !oa->is_null && !same_value(x->type, &a->val[v], &b->val[v])) {
            say("%s: output %s: values differ", what, x->name);
            return 0;
        }
        if (memcmp(guide_asks(a, o), guide_asks(b, o), sizeof(uint64_t) * (size_t)words) != 0) {
            say("%s: output %s: asks differ (interpreter %llx, C %llx)", what, x->name,
                (unsigned long long)guide_asks(a, o)[0], (unsigned long long)guide_asks(b, o)[0]);
            return 0;
        }
        size_t pw = a->possible_at[o + 1] - a->possible_at[o];
        if (b->possible_at[o + 1] - b->possible_at[o] != pw ||
            memcmp(guide_possible(a, o), guide_possible(b, o), sizeof(uint64_t) * pw) != 0) {
            say("%s: output %s: possible answers differ (interpreter %llx, C %llx)", what, x->name,
                pw ? (unsigned long long)guide_possible(a, o)[0] : 0ull,
                b->possible_at[o + 1] > b->possible_at[o] ? (unsigned long long)guide_possible(b, o)[0] : 0ull);
            return 0;
        }
    }
    return 1;
}

static int same_traces(const guide_trace *a, const guide_trace *b)
{
    if (a->len != b->len || a->overflow != b->overflow) {
        say("traces: %zu events from the interpreter, %zu from C", a->len, b->len);
        return 0;
    }
    for (size_t i = 0; i < a->len; i++)
        if (a->ev[i].kind != b->ev[i].kind || a->ev[i].status != b->ev[i].status ||
            a->ev[i].index != b->ev[i].index) {
            say("traces differ at event %zu: interpreter (%d, %d, %d), C (%d, %d, %d)", i,
                a->ev[i].kind, a->ev[i].status, a->ev[i].index, b->ev[i].kind, b->ev[i].status,
                b->ev[i].index);
            return 0;
        }
    return 1;
}

/* The printed result, in both formats, with the trace and the asks. */
static char *printed(const guide_frame *f, const guide_trace *t, size_t *len)
{
    char *buf = NULL;
    FILE *m = open_memstream(&buf, len);
    guide_print_opts json = {GUIDE_FMT_JSON, 1, 1}, text = {GUIDE_FMT_TEXT, 1, 1};
    guide_print_result(m, f, t, &json);
    guide_print_result(m, f, t, &text);
    fclose(m);
    return buf;
}

static void show_case(const ruleset *r, const guide_frame *f)
{
    fprintf(stderr, "  case:");
    for (int i = 0; i < r->p->ninputs; i++) {
        char buf[256] = "unknown";
        if (f->known[i])
            guide_format_value(&r->p->info, i, &f->val[i], buf, sizeof buf);
        fprintf(stderr, " %s = %s;", r->p->vars[i].name, buf);
    }
    fputc('\n', stderr);
}

/* Evaluates the inputs held in r->fi every way and compares. */
static void check_case(ruleset *r)
{
    const ir_program *p = r->p;
    size_t nv = (size_t)p->nvars;
    memcpy(r->fc->val, r->fi->val, sizeof *r->fi->val * nv);
    memcpy(r->fc->known, r->fi->known, nv);
    memcpy(r->fu->val, r->fi->val, sizeof *r->fi->val * nv);
    memcpy(r->fu->known, r->fi->known, nv);
    r->ti->len = r->tc->len = 0;
    r->ti->overflow = r->tc->overflow = 0;
    interp_eval(r->it, r->fi, r->ti);
    int bad = 0;
    if (r->ix) {
        interp_eval(r->ix, r->fc, r->tc);
        interp_eval(r->ix, r->fu, NULL);
    } else {
        bad = r->jit ? emitll_jit_eval(r->jit, r->fc, r->tc) : cb_eval(r->cb, r->fc, r->tc);
        bad |= r->jit ? emitll_jit_eval(r->jit, r->fu, NULL) : cb_eval(r->cb, r->fu, NULL);
    }
    int ok = !bad;
    if (bad)
        say("the compiled code rejected the case");
    ok = ok && same_frames(p, r->fi, r->fc, "traced") && same_traces(r->ti, r->tc) &&
         same_frames(p, r->fi, r->fu, "untraced");
    if (ok && (r->passed + r->failed) % 97 == 0) {
        size_t la, lb;
        char *a = printed(r->fi, r->ti, &la), *b = printed(r->fc, r->tc, &lb);
        if (la != lb || memcmp(a, b, la) != 0) {
            say("printed results differ:\n--- interpreter\n%s--- %s\n%s", a, r->label, b);
            ok = 0;
        }
        r->printed++;
        free(a);
        free(b);
    }
    if (ok) {
        r->passed++;
        for (int o = 0; o < p->noutputs; o++) {
            r->states[r->fi->out[o].state & 3]++;
            r->hows[r->fi->out[o].how & 3]++;
        }
        for (size_t i = 0; i < r->ti->len; i++) {
            if (r->ti->ev[i].kind == GUIDE_EV_CLAUSE && r->ti->ev[i].status < 5)
                r->statuses[r->ti->ev[i].status]++;
            r->not_computable += r->ti->ev[i].kind == GUIDE_EV_NOT_COMPUTABLE;
        }
        return;
    }
    if (r->failed++ < 5) {
        fprintf(stderr, "diff: %s (%s): %s\n", p->file->path, r->label, why);
        show_case(r, r->fi);
    }
}

/* Sets the inputs of r->fi: input i to boundary value vi[i] (the last index: unknown). */
static void set_inputs(ruleset *r, const int *vi)
{
    guide_frame_clear(r->fi);
    for (int i = 0; i < r->p->ninputs; i++) {
        if (vi[i] == r->bv[i].n - 1)
            continue;
        r->fi->val[i] = r->bv[i].v[vi[i]];
        r->fi->known[i] = 1;
    }
}

/* Random inputs, each unknown with probability pu. */
static void random_inputs(ruleset *r, double pu)
{
    guide_frame_clear(r->fi);
    for (int i = 0; i < r->p->ninputs; i++) {
        if (rnd01() < pu)
            continue;
        random_value(&r->p->vars[i], &r->bv[i], &r->fi->val[i]);
        r->fi->known[i] = 1;
    }
}

/* Random inputs of which a random few are unknown: mostly 0 to 3, sometimes up to 8, and in
 * one case of five a random share of all (registries send pathology alone). */
static void random_case(ruleset *r)
{
    int n = r->p->ninputs, k, pick = rndn(100);
    if (pick < 20) {
        random_inputs(r, 0.1 + 0.85 * rnd01());
        return;
    }
    random_inputs(r, 0);
    k = pick < 35 ? 0 : pick < 55 ? 1 : pick < 70 ? 2 : pick < 85 ? 3 : 4 + rndn(5);
    for (int j = 0; j < k && n > 0; j++)
        r->fi->known[rndn(n)] = 0;
}

/* The chance that an input is unknown, for cases around a boundary value. */
static double random_unknown_share(void)
{
    static const double shares[] = {0, 0, 0.02, 0.05, 0.1};
    return shares[rndn((int)(sizeof shares / sizeof *shares))];
}

static void run_boundary(ruleset *r)
{
    const ir_program *p = r->p;
    int n = p->ninputs;
    int *vi = calloc((size_t)n + 1, sizeof *vi);
    double product = 1;
    for (int i = 0; i < n; i++)
        product *= r->bv[i].n;
    if (product <= 200000) {
        /* every combination of boundary values */
        for (long k = 0; k < (long)product; k++) {
            long rest = k;
            for (int i = 0; i < n; i++) {
                vi[i] = (int)(rest % r->bv[i].n);
                rest /= r->bv[i].n;
            }
            set_inputs(r, vi);
            check_case(r);
        }
    } else {
        /* each boundary value of each input (unknown included), the others random */
        for (int i = 0; i < n; i++)
            for (int b = 0; b < r->bv[i].n; b++)
                for (int rep = 0; rep < 24; rep++) {
                    random_inputs(r, random_unknown_share());
                    if (b == r->bv[i].n - 1)
                        r->fi->known[i] = 0;
                    else {
                        r->fi->val[i] = r->bv[i].v[b];
                        r->fi->known[i] = 1;
                    }
                    check_case(r);
                }
    }
    /* each input unknown, every other one known */
    for (int i = 0; i < n; i++)
        for (int rep = 0; rep < 50; rep++) {
            random_inputs(r, 0);
            r->fi->known[i] = 0;
            check_case(r);
        }
    free(vi);
}

/* Compares the description the generated code carries with the compiler's. */
static int same_info(const guide_ruleset_info *a, const guide_ruleset_info *b)
{
#define STR_EQ(x, y) ((!(x) && !(y)) || ((x) && (y) && strcmp((x), (y)) == 0))
#define NUM_EQ(x, y) ((x) == (y) || (isnan(x) && isnan(y)))
    if (!STR_EQ(a->name, b->name) || !STR_EQ(a->title, b->title) || !STR_EQ(a->version, b->version) ||
        !STR_EQ(a->source, b->source) || !STR_EQ(a->sha256, b->sha256) || !STR_EQ(a->path, b->path) ||
        a->nvars != b->nvars || a->ninputs != b->ninputs || a->nderived != b->nderived ||
        a->noutputs != b->noutputs || a->nclauses != b->nclauses || a->ntables != b->ntables ||
        a->nunits != b->nunits) {
        say("ruleset descriptions differ in the header or counts");
        return 0;
    }
    for (int i = 0; i < a->nvars; i++) {
        const guide_var_info *x = &a->vars[i], *y = &b->vars[i];
        if (!STR_EQ(x->name, y->name) || x->kind != y->kind || x->type != y->type ||
            !STR_EQ(x->unit, y->unit) || !NUM_EQ(x->lo, y->lo) || !NUM_EQ(x->hi, y->hi) ||
            x->nlabels != y->nlabels || x->line != y->line) {
            say("ruleset descriptions differ at variable %d", i);
            return 0;
        }
        for (int l = 0; l < x->nlabels; l++)
            if (!STR_EQ(x->labels[l], y->labels[l])) {
                say("ruleset descriptions differ at a label of variable %d", i);
                return 0;
            }
    }
    for (int i = 0; i < a->nclauses; i++) {
        const guide_clause_info *x = &a->clauses[i], *y = &b->clauses[i];
        if (x->kind != y->kind || !STR_EQ(x->name, y->name) || x->table != y->table ||
            x->row != y->row || !STR_EQ(x->column, y->column) || !STR_EQ(x->cite, y->cite) ||
            x->line != y->line || x->nreads != y->nreads ||
            (x->nreads && memcmp(x->reads, y->reads, sizeof(int) * (size_t)x->nreads) != 0)) {
            say("ruleset descriptions differ at clause %d", i);
            return 0;
        }
    }
    for (int i = 0; i < a->ntables; i++) {
        const guide_table_info *x = &a->tables[i], *y = &b->tables[i];
        if (!STR_EQ(x->name, y->name) || !STR_EQ(x->cite, y->cite) || x->line != y->line ||
            x->hit != y->hit || x->first_clause != y->first_clause || x->nrows != y->nrows) {
            say("ruleset descriptions differ at table %d", i);
            return 0;
        }
    }
    for (int i = 0; i < a->nunits; i++) {
        const guide_unit *x = &a->units[i], *y = &b->units[i];
        if (!STR_EQ(x->name, y->name) || !STR_EQ(x->dimension, y->dimension) || x->mul != y->mul ||
            x->div != y->div || !STR_EQ(x->desc, y->desc)) {
            say("ruleset descriptions differ at unit %d", i);
            return 0;
        }
    }
    return 1;
#undef STR_EQ
#undef NUM_EQ
}

int main(int argc, char **argv)
{
    long nrandom = 100000;
    int only = -1, first_file = 1, backend = -1; /* -1 all, else B_C, B_JIT, B_INTERP */
    for (; first_file < argc && strncmp(argv[first_file], "--", 2) == 0; first_file += 2) {
        if (first_file + 1 >= argc)
            break;
        if (strcmp(argv[first_file], "--random") == 0)
            nrandom = atol(argv[first_file + 1]);
        else if (strcmp(argv[first_file], "--variant") == 0)
            only = atoi(argv[first_file + 1]);
        else if (strcmp(argv[first_file], "--backend") == 0)
            backend = strcmp(argv[first_file + 1], "jit") == 0      ? B_JIT
                      : strcmp(argv[first_file + 1], "interp") == 0 ? B_INTERP
                                                                    : B_C;
        else if (strcmp(argv[first_file], "--seed") == 0)
            rng_state = strtoull(argv[first_file + 1], NULL, 0) | 1;
        else {
            fprintf(stderr, "usage: diff [--random N] [--seed S] [--variant K] [--backend c|jit|interp] FILE...\n");
            return 2;
        }
    }
    if (first_file >= argc) {
        fprintf(stderr, "usage: diff [--random N] [--seed S] [--variant K] [--backend c|jit|interp] FILE...\n");
        return 2;
    }
    long total_passed = 0, total_failed = 0;
    for (int fi = first_file; fi < argc; fi++) {
        compilation comp;
        if (compile_file(&comp, argv[fi], stderr, COMPILE_LOWER, 0) != 0) {
            fprintf(stderr, "diff: %s does not compile\n", argv[fi]);
            compile_free(&comp);
            total_failed++;
            continue;
        }
        const ir_program *p = comp.ir;
        values *bv = calloc((size_t)p->ninputs + 1, sizeof *bv);
        for (int i = 0; i < p->ninputs; i++)
            bv[i] = boundary_values(&p->vars[i]);
        for (size_t k = 0; k < sizeof variants / sizeof *variants; k++) {
            const variant *va = &variants[k];
            if ((only >= 0 && (size_t)only != k) || (backend >= 0 && backend != va->backend))
                continue;
            /* $GUIDE_DIFF_CFLAGS: more flags for the generated code (sanitizers, say) */
            char cflags[1024];
            const char *extra = getenv("GUIDE_DIFF_CFLAGS");
            snprintf(cflags, sizeof cflags, "%s %s", va->cflags, extra ? extra : "");
            cb_options o = {va->cc, cflags, 0};
            char err[1024];
            ruleset r;
            memset(&r, 0, sizeof r);
            r.p = p;
            r.label = va->label;
            r.bv = bv;
            const guide_ruleset_info *info = NULL;
            if (va->backend == B_INTERP) {
                r.ix = interp_new_indexed(p);
                info = &p->info;
            } else if (va->backend == B_JIT) {
                strbuf failed = STRBUF_INIT;
                r.jit = emitll_jit_load(p, &failed);
                info = r.jit ? emitll_jit_info(r.jit) : NULL;
                snprintf(err, sizeof err, "%s", sb_str(&failed)); /* for the line below, cut */
                sb_free(&failed);
            } else {
                strbuf failed = STRBUF_INIT;
                r.cb = cb_load(p, &o, &failed);
                info = r.cb ? cb_info(r.cb) : NULL;
                snprintf(err, sizeof err, "%s", sb_str(&failed)); /* for the line below, cut */
                sb_free(&failed);
            }
            if (!info) {
                fprintf(stderr, "diff: %s (%s): %s\n", argv[fi], va->label, err);
                total_failed++;
                continue;
            }
            if (!same_info(&p->info, info)) {
                fprintf(stderr, "diff: %s (%s): %s\n", argv[fi], va->label, why);
                r.failed++;
            }
            r.it = interp_new(p);
            r.fi = guide_frame_new(&p->info);
            r.fc = guide_frame_new(info);
            r.fu = guide_frame_new(info);
            size_t cap = (size_t)p->nvars + (size_t)p->nclauses + 16;
            r.ti = guide_trace_new(cap);
            r.tc = guide_trace_new(cap);
            if (va->boundary)
                run_boundary(&r);
            long nr = (long)(nrandom * va->share);
            for (long c = 0; c < nr; c++) {
                random_case(&r);
                check_case(&r);
            }
            printf("diff: %s (%s): %ld passed, %ld failed (%ld printed results compared)\n", argv[fi],
                   va->label, r.passed, r.failed, r.printed);
            printf("  outputs: %ld concluded, %ld not applicable, %ld undetermined, %ld conflict; "
                   "%ld decided by the diagram, %ld depends; rows and rules: %ld fired, "
                   "%ld undetermined, %ld excepted, %ld shadowed; %ld not computable\n",
                   r.states[GUIDE_CONCLUDED], r.states[GUIDE_NOT_APPLICABLE],
                   r.states[GUIDE_UNDETERMINED], r.states[GUIDE_CONFLICT], r.hows[GUIDE_HOW_SEARCH],
                   r.hows[GUIDE_HOW_DEPENDS], r.statuses[GUIDE_CL_FIRED],
                   r.statuses[GUIDE_CL_UNDETERMINED], r.statuses[GUIDE_CL_EXCEPTED],
                   r.statuses[GUIDE_CL_SHADOWED], r.not_computable);
            total_passed += r.passed;
            total_failed += r.failed;
            guide_trace_free(r.ti);
            guide_trace_free(r.tc);
            guide_frame_free(r.fi);
            guide_frame_free(r.fc);
            guide_frame_free(r.fu);
            interp_free(r.it);
            cb_unload(r.cb);
            emitll_jit_free(r.jit);
            interp_free(r.ix);
        }
        for (int i = 0; i < p->ninputs; i++)
            free(bv[i].v);
        free(bv);
        compile_free(&comp);
    }
    printf("diff: %ld passed, %ld failed\n", total_passed, total_failed);
    return total_failed ? 1 : 0;
}
