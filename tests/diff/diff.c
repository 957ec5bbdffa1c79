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
 * The compiled code's batch entries are checked on the same cases, gathered in batches of
 * BATCH rows: NAME_eval_many on input structs and NAME_eval_columns on columns, some columns
 * left out (an input unknown in every row, an output not written), the known masks given or
 * not, and a row now and then holding an input outside its range; each row must give what the
 * interpreter gives for it (the rows changed for the batch evaluated again), and a row out of
 * range what NAME_eval gives: its number, every output undetermined. With emit-c --inline, each
 * row also goes through the header's NAME_eval_inline (out of line in the .so, as
 * NAME_eval_inline_test), whose results, asks and possible answers must be NAME_eval_many's.
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

#include "compile.h"
#include "emit_llvm.h"
#include "emit_plan.h"
#include "evaluator.h"
#include "interp.h"

#define WERROR "-Wall -Wextra -Wpedantic -Werror"

typedef struct variant {
    const char *label;
    const char *cc;
    const char *cflags;
    int         boundary; /* run the boundary cases too */
    double      share;    /* fraction of the random cases */
    evaluator_kind backend; /* C, JIT (the LLVM backend through LLJIT) or INTERP (the
                               interpreter with its table lookups, interp_new_indexed) */
    int         inline_header; /* C: emit-c --inline, whose NAME.c takes its direct path
                                  from the header */
} variant;

static const variant variants[] = {
    {"gcc", "gcc", WERROR, 1, 1.0, EVALUATOR_C, 0},
    {"clang", "clang", WERROR, 1, 1.0, EVALUATOR_C, 0},
    {"jit", NULL, NULL, 1, 1.0, EVALUATOR_JIT, 0},
    {"interpreter + lookups", NULL, NULL, 1, 1.0, EVALUATOR_INTERP, 0},
    {"gcc, emit-c --inline", "gcc", WERROR, 1, 0.2, EVALUATOR_C, 1},
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

/* An input recorded to a step takes values whose rounding lies in its range (step.c). */
static int admissible(const ir_var *v, double x)
{
    double r = guide_step_round(x, v->step);
    if (!isfinite(x) || r < v->lo || r > v->hi)
        return 0;
    return !guide_type_is_integral(v->type) || x == floor(x);
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

/* ---- list inputs ----------------------------------------------------------------------------------- */

/* A list's elements live in a ring of slots, longer than the rows a batch holds, or in the
 * boundary lists made once (never freed: they last the run). */
enum { LIST_RING = 16384, LIST_LEN = 6 };
static double list_ring[LIST_RING][LIST_LEN];
static int    list_next;

/* The constants an aggregate of list `list` is compared with, and those its element tests cut
 * at: elements there (a mean, least or greatest equal to a threshold; an element on the cut of
 * `count (x in L: x > c)`) are the cases that tell evaluators apart. */
static values element_values(const ir_program *p, const ir_var *list)
{
    values vs = {0, NULL};
    int cap = 8;
    for (int d = p->ninputs; d < p->nvars; d++)
        cap += 6 * p->vars[d].ncuts;
    for (int d = p->ninputs; d < p->nvars; d++)
        for (const ir_expr *x = p->vars[d].expr; x; x = NULL)
            if (x->kind == IR_E_AGG)
                cap += 6 * x->test.ncuts;
    vs.v = calloc((size_t)cap, sizeof *vs.v);
    double lo = isfinite(list->lo) ? list->lo : -1000, hi = isfinite(list->hi) ? list->hi : 1000;
    add_num(list, &vs, lo);
    add_num(list, &vs, hi);
    add_num(list, &vs, (lo + hi) / 2);
    for (int d = p->ninputs; d < p->nvars; d++) {
        const ir_var *v = &p->vars[d];
        if (v->kind != GUIDE_VAR_DERIVED || !v->expr || !((v->cone[list->index / 64] >> (list->index % 64)) & 1))
            continue;
        for (int k = 0; k < v->ncuts; k++) {
            add_num(list, &vs, v->cuts[k]);
            add_num(list, &vs, nextafter(v->cuts[k], -HUGE_VAL));
            add_num(list, &vs, nextafter(v->cuts[k], HUGE_VAL));
        }
        if (v->expr->kind == IR_E_AGG)
            for (int k = 0; k < v->expr->test.ncuts; k++) {
                add_num(list, &vs, v->expr->test.cuts[k]);
                add_num(list, &vs, nextafter(v->expr->test.cuts[k], -HUGE_VAL));
                add_num(list, &vs, nextafter(v->expr->test.cuts[k], HUGE_VAL));
            }
    }
    return vs;
}

/* A list of up to LIST_LEN elements, each an element of one of the boundary lists (lists, the
 * last slot unknown) or a random number in range. */
static guide_list random_list(const ir_var *v, const values *lists)
{
    double *slot = list_ring[list_next++ % LIST_RING];
    int n = rndn(LIST_LEN + 1);
    double lo = isfinite(v->lo) ? v->lo : -1000, hi = isfinite(v->hi) ? v->hi : 1000;
    for (int i = 0; i < n; i++) {
        const guide_list *b = lists->n > 1 ? &lists->v[rndn(lists->n - 1)].list : NULL;
        double x = b && b->n && rndn(2) ? b->items[rndn(b->n)] : round((lo + (hi - lo) * rnd01()) * 10) / 10;
        slot[i] = admissible(v, x) ? (x == 0 ? 0 : x) : lo;
    }
    return (guide_list){slot, n};
}

/* The boundary lists of v: empty, one element of each element value, two of them. */
static values boundary_lists(const ir_program *p, const ir_var *v)
{
    values el = element_values(p, v), vs = {0, NULL};
    vs.v = calloc((size_t)(2 * el.n + 3), sizeof *vs.v);
    vs.v[vs.n++].list = (guide_list){NULL, 0};
    double *one = calloc((size_t)el.n + 1, sizeof *one), *two = calloc(2 * (size_t)el.n + 1, sizeof *two);
    for (int i = 0; i < el.n; i++) {
        one[i] = el.v[i].num;
        vs.v[vs.n++].list = (guide_list){&one[i], 1};
        two[2 * i] = el.v[i].num;
        two[2 * i + 1] = el.v[(i + 1) % el.n].num;
        vs.v[vs.n++].list = (guide_list){&two[2 * i], 2};
    }
    free(el.v);
    vs.n++; /* unknown */
    return vs;
}

/* The interesting values of input v, then one slot for unknown. */
static values boundary_values(const ir_var *v)
{
    values vs = {0, NULL};
    int cap = 16 + 8 * v->ncuts + v->nlabels;
    vs.v = calloc((size_t)cap, sizeof *vs.v);
    if (guide_type_repr(v->type) == GUIDE_REPR_TRUTH) {
        vs.v[0].b = 0;
        vs.v[1].b = 1;
        vs.n = 2;
    } else if (guide_type_repr(v->type) == GUIDE_REPR_LABEL) {
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
        if (v->step > 0) {
            /* off-step values: just inside the rounded range, and either side of a halfway */
            add_num(v, &vs, lo - 0.4 * v->step);
            add_num(v, &vs, hi + 0.4 * v->step);
            double half = guide_step_boundary(floor((lo + hi) / 2 / v->step), v->step);
            add_num(v, &vs, half);
            add_num(v, &vs, half - 0.01 * v->step);
        }
    }
    vs.n++; /* unknown */
    return vs;
}

/* A random value of input v (a boundary value now and then). */
static void random_value(const ir_var *v, const values *vs, guide_value *out)
{
    if (guide_type_repr(v->type) == GUIDE_REPR_LIST) {
        if (rndn(3) == 0 && vs->n > 1)
            *out = vs->v[rndn(vs->n - 1)];
        else
            out->list = random_list(v, vs);
        return;
    }
    if (guide_type_repr(v->type) == GUIDE_REPR_TRUTH) {
        out->b = rndn(2);
        return;
    }
    if (guide_type_repr(v->type) == GUIDE_REPR_LABEL) {
        out->label = rndn(v->nlabels);
        return;
    }
    if (rndn(3) == 0 && vs->n > 1) {
        *out = vs->v[rndn(vs->n - 1)];
        return;
    }
    double lo = isfinite(v->lo) ? v->lo : -1000, hi = isfinite(v->hi) ? v->hi : 1000;
    double x = lo + (hi - lo) * rnd01();
    if (guide_type_is_integral(v->type))
        x = floor(x);
    else if (v->step > 0 && rndn(2))
        x = round(x / v->step * 20) / 20 * v->step; /* off the step, often on a halfway */
    else if (rndn(2))
        x = round(x * 10) / 10; /* values as people write them */
    if (!admissible(v, x))
        x = lo;
    out->num = x == 0 ? 0 : x;
}

/* ---- comparison ---------------------------------------------------------------------------------- */

/* The batch entries of the code under test (C or JIT) and the batch being gathered. */
/* rows per batch: a full block of the columns entry (its loops that gcc vectorises) and part of
 * another */
enum { BATCH = EPLAN_COLUMN_BLOCK + 44 };

typedef size_t (*many_fn)(size_t n, const void *in, void *out);
typedef size_t (*columns_fn)(size_t n, const void *columns);
typedef void (*from_frame_fn)(const guide_frame *f, void *in);
typedef void (*to_frame_fn)(const void *in, const void *out, guide_frame *f);
typedef int (*eval_fn)(const void *in, void *out, guide_trace *trace);

typedef struct batch {
    many_fn            many;
    columns_fn         columns;
    from_frame_fn      from_frame;
    to_frame_fn        to_frame;
    eval_fn            eval_inline; /* emit-c --inline: its NAME_eval_inline (cb_load exports it
                                       as NAME_eval_inline_test); else NULL */
    emitll_layout_info l;        /* the structs' sizes and fields */
    guide_frame       *row[BATCH]; /* the rows: inputs, and the interpreter's results */
    int                n;
    guide_frame       *got;      /* a row's results from the code under test */
    long               rows, bad_rows, batches;
    uint64_t           rng;      /* its own random numbers: the cases stay those of the test */
} batch;

typedef struct ruleset {
    const ir_program *p;
    interp           *it;           /* the reference */
    evaluator        *ev;           /* the evaluator under test */
    guide_frame      *fi, *fc, *fu; /* reference, under test with trace, under test without */
    guide_trace      *ti, *tc;
    values           *bv;           /* [ninputs] */
    long              passed, failed, printed;
    /* what the cases exercised: output states, how outputs were decided, clause statuses */
    long              states[4], hows[4], statuses[5], not_computable;
    const char       *label;
    batch            *b;            /* NULL: the batch entries are not checked (interpreter) */
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
    switch (guide_type_repr(t)) {
    case GUIDE_REPR_TRUTH: return a->b == b->b;
    case GUIDE_REPR_LABEL: return a->label == b->label;
    case GUIDE_REPR_NUMBER: return a->num == b->num && signbit(a->num) == signbit(b->num);
    case GUIDE_REPR_RANGE:
        return a->range.lo == b->range.lo && a->range.hi == b->range.hi;
    case GUIDE_REPR_SET: return a->set == b->set;
    case GUIDE_REPR_LIST:
        return a->list.n == b->list.n &&
               (a->list.n == 0 || memcmp(a->list.items, b->list.items, sizeof(double) * (size_t)a->list.n) == 0);
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
    guide_print_opts json = {GUIDE_FMT_JSON, 1, 1, 1}, text = {GUIDE_FMT_TEXT, 1, 1, 0};
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

/* ---- the batch entries ------------------------------------------------------------------------ */

static void frame_copy(const ir_program *p, guide_frame *to, const guide_frame *from)
{
    size_t nv = (size_t)p->nvars, no = (size_t)p->noutputs;
    memcpy(to->val, from->val, sizeof *from->val * nv);
    memcpy(to->known, from->known, nv);
    memcpy(to->out, from->out, sizeof *from->out * no);
    memcpy(to->asks, from->asks, sizeof *from->asks * no * (size_t)guide_input_words(&p->info));
    memcpy(to->possible, from->possible, sizeof *from->possible * from->possible_at[no]);
}

/* Bytes of a value of variable v in a struct or a column. */
static size_t value_size(const ir_var *v)
{
    return guide_type_c_size(v->type);
}

static void put_value(const ir_var *v, const guide_value *x, unsigned char *to)
{
    memcpy(to, guide_type_is_discrete(v->type) ? (const void *)&x->label : (const void *)x,
           value_size(v));
}

static guide_value get_value(const ir_var *v, const unsigned char *from)
{
    guide_value x;
    memset(&x, 0, sizeof x);
    memcpy(guide_type_is_discrete(v->type) ? (void *)&x.label : (void *)&x, from, value_size(v));
    return x;
}

/* A value of input v outside its type or range: a label past the last, a bool 2, NaN, or a
 * number past a finite bound. */
static guide_value bad_value(const ir_var *v)
{
    guide_value x;
    memset(&x, 0, sizeof x);
    static double bad_elems[2]; /* a list with an element past the range, or NaN */
    if (guide_type_repr(v->type) == GUIDE_REPR_LIST) {
        bad_elems[0] = isfinite(v->lo) ? v->lo : 0;
        bad_elems[1] = isfinite(v->hi) ? v->hi + 1 + v->step : NAN;
        int pick = rndn(3);
        x.list = pick == 0 ? (guide_list){bad_elems, 2} : pick == 1 ? (guide_list){NULL, 2}
                                                                    : (guide_list){bad_elems, -1};
    } else if (guide_type_repr(v->type) == GUIDE_REPR_TRUTH)
        x.b = 2;
    else if (guide_type_repr(v->type) == GUIDE_REPR_LABEL)
        x.label = rndn(2) ? v->nlabels : -1;
    else if (rndn(2) && isfinite(v->hi))
        x.num = v->hi + 1 + v->step; /* past the range once rounded to a step too */
    else if (guide_type_is_integral(v->type) && isfinite(v->lo) && v->lo + 0.5 <= v->hi)
        x.num = v->lo + 0.5;
    else
        x.num = NAN;
    return x;
}

/* Row k's results from the code under test, in b->got, against the interpreter's in b->row[k]
 * (bad: 1 + the input out of range, whose row must be all undetermined). */
static int batch_same(ruleset *r, int k, int bad, const char *what)
{
    batch *b = r->b;
    if (!bad)
        return same_frames(r->p, b->row[k], b->got, what);
    for (int o = 0; o < r->p->noutputs; o++)
        if (b->got->out[o].state != GUIDE_UNDETERMINED || b->got->out[o].how != GUIDE_HOW_DIRECT) {
            say("%s: input %s out of range, but output %d is not undetermined", what,
                r->p->vars[bad - 1].name, o);
            return 0;
        }
    return 1;
}

/* NAME_columns, pointer by pointer: a column per input, the known masks, a value column per
 * output, a state column per output (one at least: C has no empty arrays), then the asks, the
 * possible answers and the return codes. */
static size_t output_slots(const ir_program *p)
{
    return (size_t)(p->noutputs > 0 ? p->noutputs : 1);
}

static size_t asks_column(const ir_program *p)
{
    return (size_t)p->ninputs + 1 + (size_t)p->noutputs + output_slots(p);
}

static size_t column_count(const ir_program *p)
{
    return asks_column(p) + 3; /* asks, possible, rc */
}

/* Words of a row's known mask in the columns (one at least). */
static size_t known_words(const ir_program *p)
{
    int words = guide_input_words(&p->info);
    return (size_t)(words > 0 ? words : 1);
}

/* Output o of row k in the columns (NULL where not asked for) into b->got, as to_frame would;
 * bad: the row has an input out of range. */
static void column_result(ruleset *r, void **cols, int k, int o, int bad)
{
    const ir_program *p = r->p;
    batch *b = r->b;
    int ni = p->ninputs, no = p->noutputs, first = guide_first_output(&p->info);
    int words = guide_input_words(&p->info);
    const ir_var *v = &p->vars[first + o];
    unsigned char *val = cols[ni + 1 + o];
    uint8_t *st = cols[ni + 1 + no + o]; /* a byte a row: guide_state_byte */
    uint64_t *asks = cols[asks_column(p)], *possible = cols[asks_column(p) + 1];
    /* a column not asked for: the interpreter's, so that the comparison skips it */
    guide_output undetermined = {GUIDE_UNDETERMINED, GUIDE_HOW_DIRECT, 0, 0};
    b->got->out[o] = st ? guide_state_of_byte(st[k]) : bad ? undetermined : b->row[k]->out[o];
    b->got->val[first + o] = val ? get_value(v, val + value_size(v) * (size_t)k) : b->row[k]->val[first + o];
    b->got->known[first + o] = b->got->out[o].state == GUIDE_CONCLUDED && !b->got->out[o].is_null;
    if (!val)
        b->got->known[first + o] = b->row[k]->known[first + o];
    size_t pw = b->got->possible_at[o + 1] - b->got->possible_at[o];
    int walked = b->got->out[o].how != GUIDE_HOW_DIRECT;
    if (asks && walked)
        memcpy(guide_asks(b->got, o), asks + ((size_t)k * (size_t)no + (size_t)o) * (size_t)words,
               sizeof *asks * (size_t)words);
    else if (asks || !walked)
        memset(guide_asks(b->got, o), 0, sizeof *asks * (size_t)words);
    else
        memcpy(guide_asks(b->got, o), guide_asks(b->row[k], o), sizeof *asks * (size_t)words);
    if (possible && walked)
        memcpy(guide_possible(b->got, o), possible + (size_t)k * b->l.possible_words + b->got->possible_at[o],
               sizeof *possible * pw);
    else if (possible || !walked)
        memset(guide_possible(b->got, o), 0, sizeof *possible * pw);
    else
        memcpy(guide_possible(b->got, o), guide_possible(b->row[k], o), sizeof *possible * pw);
}

/* How one batch is given to the batch entries, drawn from the batch's own random numbers: what
 * the steps of batch_run share. */
typedef struct batch_plan {
    int          n;      /* rows */
    int          masks;  /* known masks given; else every input of every row is known */
    uint8_t     *absent; /* [ninputs]: the input's column left out, unknown in every row */
    int         *bad;    /* [n]: 1 + the row's input outside its range, or 0 */
    guide_value *bad_v;  /* [n]: that input's value */
    long         nbad;   /* rows with an input outside its range */
} batch_plan;

/* Draws how the columns are given: known masks or none (every input of every row known), and
 * inputs left out (unknown in every row); changes the rows accordingly, and the interpreter
 * evaluates each changed row again. */
static void batch_shape_rows(ruleset *r, batch_plan *bp)
{
    const ir_program *p = r->p;
    int ni = p->ninputs;
    bp->masks = rndn(3) != 0;
    bp->absent = calloc((size_t)ni + 1, 1);
    for (int i = 0; i < ni; i++)
        bp->absent[i] = bp->masks && rndn(8) == 0;
    for (int k = 0; k < bp->n; k++) {
        guide_frame *f = r->b->row[k];
        int changed = 0;
        for (int i = 0; i < ni; i++) {
            if (bp->absent[i] && f->known[i])
                f->known[i] = 0, changed = 1;
            else if (!bp->masks && !f->known[i]) {
                random_value(&p->vars[i], &r->bv[i], &f->val[i]);
                f->known[i] = 1;
                changed = 1;
            }
        }
        if (changed)
            interp_eval(r->it, f, NULL);
    }
}

/* Now and then a row with one input outside its range (an input whose column is given). */
static void batch_spoil_rows(ruleset *r, batch_plan *bp)
{
    const ir_program *p = r->p;
    int ni = p->ninputs;
    bp->bad = calloc((size_t)bp->n, sizeof *bp->bad);
    bp->bad_v = calloc((size_t)bp->n, sizeof *bp->bad_v);
    for (int k = 0; k < bp->n; k++) {
        int i = ni ? rndn(ni) : 0;
        if (ni && !bp->absent[i] && rndn(8) == 0) {
            bp->bad[k] = 1 + i;
            bp->bad_v[k] = bad_value(&p->vars[i]);
            bp->nbad++;
        }
    }
}

static void batch_plan_free(batch_plan *bp)
{
    free(bp->absent);
    free(bp->bad);
    free(bp->bad_v);
}

/* bytes filled with garbage, where the code under test writes its results */
static void *garbage(size_t bytes)
{
    void *m = malloc(bytes);
    memset(m, 0xa5, bytes);
    return m;
}

/* Row k as NAME_eval_many's input struct at in: from_frame, then the row's input out of range,
 * if any, written over its value and marked known. */
static void many_input(ruleset *r, const batch_plan *bp, int k, unsigned char *in)
{
    batch *b = r->b;
    b->from_frame(b->row[k], in);
    if (!bp->bad[k])
        return;
    int i = bp->bad[k] - 1;
    put_value(&r->p->vars[i], &bp->bad_v[k], in + b->l.var_off[i]);
    uint64_t word;
    memcpy(&word, in + 8 * (size_t)(i / 64), 8);
    word |= UINT64_C(1) << (i % 64);
    memcpy(in + 8 * (size_t)(i / 64), &word, 8);
}

/* NAME_eval_inline on row k's input struct in, over an output struct filled with garbage as
 * NAME_eval_many's `many` was: its return code must say the row's input out of range, its results
 * be the interpreter's, and its asks and possible answers be NAME_eval_many's byte for byte
 * (left as they were by the direct path, zero after the general path, in both). */
static int inline_same(ruleset *r, const batch_plan *bp, int k, const unsigned char *in,
                       const unsigned char *many)
{
    batch *b = r->b;
    unsigned char *out = garbage(b->l.out_size);
    int rc = b->eval_inline(in, out, NULL), ok = rc == bp->bad[k];
    if (!ok)
        say("NAME_eval_inline: row %d returns %d, not %d", k, rc, bp->bad[k]);
    size_t asks = output_slots(r->p) * known_words(r->p) * 8, possible = b->l.possible_words * 8;
    if (ok && (memcmp(out + b->l.asks_off, many + b->l.asks_off, asks) != 0 ||
               memcmp(out + b->l.possible_off, many + b->l.possible_off, possible) != 0)) {
        say("NAME_eval_inline: row %d: asks or possible answers differ from NAME_eval_many's", k);
        ok = 0;
    }
    if (ok) {
        b->to_frame(in, out, b->got);
        ok = batch_same(r, k, bp->bad[k], "NAME_eval_inline");
    }
    free(out);
    return ok;
}

/* NAME_eval_many on input structs, over output structs filled with garbage. Returns whether the
 * count of rows out of range and every row's results are right (if not, the reason is in why). */
static int batch_check_many(ruleset *r, const batch_plan *bp)
{
    batch *b = r->b;
    int n = bp->n;
    size_t isz = b->l.in_size, osz = b->l.out_size;
    unsigned char *ins = calloc((size_t)n, isz), *outs = garbage((size_t)n * osz);
    for (int k = 0; k < n; k++)
        many_input(r, bp, k, ins + isz * (size_t)k);
    size_t got_bad = b->many((size_t)n, ins, outs);
    int ok = got_bad == (size_t)bp->nbad;
    if (!ok)
        say("NAME_eval_many: %zu rows out of range, not %ld", got_bad, bp->nbad);
    for (int k = 0; k < n && ok; k++) {
        b->to_frame(ins + isz * (size_t)k, outs + osz * (size_t)k, b->got);
        ok = batch_same(r, k, bp->bad[k], "NAME_eval_many");
        if (ok && b->eval_inline)
            ok = inline_same(r, bp, k, ins + isz * (size_t)k, outs + osz * (size_t)k);
    }
    free(ins);
    free(outs);
    return ok;
}

/* Input i's column (the input out of range where a row has it there); sets its bit in the known
 * masks, if given, in each row where it is known or out of range. */
static void *input_column(ruleset *r, const batch_plan *bp, int i, uint64_t *known)
{
    const ir_var *v = &r->p->vars[i];
    size_t wdim = known_words(r->p);
    unsigned char *col = calloc((size_t)bp->n, value_size(v));
    for (int k = 0; k < bp->n; k++) {
        const guide_frame *f = r->b->row[k];
        int spoilt = bp->bad[k] == 1 + i;
        if (!f->known[i] && !spoilt)
            continue;
        put_value(v, spoilt ? &bp->bad_v[k] : &f->val[i], col + value_size(v) * (size_t)k);
        if (known)
            known[(size_t)k * wdim + (size_t)(i / 64)] |= UINT64_C(1) << (i % 64);
    }
    return col;
}

/* The columns for NAME_eval_columns, in the order of NAME_columns: a column per input not left
 * out, the known masks if drawn, and result columns filled with garbage, some not asked for. */
static void **batch_columns(ruleset *r, const batch_plan *bp)
{
    const ir_program *p = r->p;
    int n = bp->n, ni = p->ninputs, no = p->noutputs, first = guide_first_output(&p->info);
    size_t at = asks_column(p);
    void **cols = calloc(column_count(p), sizeof *cols);
    uint64_t *known = bp->masks ? calloc((size_t)n * known_words(p), sizeof *known) : NULL;
    for (int i = 0; i < ni; i++)
        if (!bp->absent[i])
            cols[i] = input_column(r, bp, i, known);
    cols[ni] = known;
    for (int o = 0; o < no; o++) {
        if (rndn(5))
            cols[ni + 1 + o] = garbage((size_t)n * value_size(&p->vars[first + o]));
        if (rndn(5))
            cols[ni + 1 + no + o] = garbage((size_t)n);
    }
    if (rndn(4))
        cols[at] = garbage((size_t)n * output_slots(p) * known_words(p) * 8);
    if (rndn(4))
        cols[at + 1] = garbage((size_t)n * r->b->l.possible_words * 8);
    cols[at + 2] = rndn(4) ? malloc((size_t)n * sizeof(int32_t)) : NULL; /* rc */
    return cols;
}

static void columns_free(const ir_program *p, void **cols)
{
    for (size_t i = 0; i < column_count(p); i++)
        free(cols[i]);
    free(cols);
}

/* NAME_eval_columns on cols. Returns whether the count of rows out of range, every row's return
 * code (if asked for) and results (in the columns asked for) are right (if not, the reason is in
 * why). */
static int batch_check_columns(ruleset *r, const batch_plan *bp, void **cols)
{
    const ir_program *p = r->p;
    batch *b = r->b;
    const int32_t *rc = cols[asks_column(p) + 2];
    size_t got_bad = b->columns((size_t)bp->n, cols);
    if (got_bad != (size_t)bp->nbad) {
        say("NAME_eval_columns: %zu rows out of range, not %ld", got_bad, bp->nbad);
        return 0;
    }
    for (int k = 0; k < bp->n; k++) {
        if (rc && rc[k] != bp->bad[k]) {
            say("NAME_eval_columns: row %d returns %d, not %d", k, rc[k], bp->bad[k]);
            return 0;
        }
        /* the inputs and derived values as the interpreter's: the columns hold outputs only */
        frame_copy(p, b->got, b->row[k]);
        for (int o = 0; o < p->noutputs; o++)
            column_result(r, cols, k, o, bp->bad[k]);
        if (!batch_same(r, k, bp->bad[k], "NAME_eval_columns"))
            return 0;
    }
    return 1;
}

/* Evaluates the gathered rows with NAME_eval_many (and NAME_eval_inline) and NAME_eval_columns
 * and compares; the batch's random numbers are its own, so the cases stay those of the test. */
static void batch_run(ruleset *r)
{
    batch *b = r->b;
    batch_plan bp = {.n = b->n};
    if (!bp.n)
        return;
    b->n = 0;
    b->batches++;
    uint64_t saved = rng_state;
    rng_state = b->rng;
    batch_shape_rows(r, &bp);
    batch_spoil_rows(r, &bp);
    int ok = batch_check_many(r, &bp);
    void **cols = batch_columns(r, &bp); /* drawn even after a failure: the same numbers */
    ok = ok && batch_check_columns(r, &bp, cols);
    if (!ok && r->failed++ < 5) {
        fprintf(stderr, "diff: %s (%s, batch entries, %s, %d rows): %s\n", r->p->file->path, r->label,
                bp.masks ? "known masks" : "no masks", bp.n, why);
    } else if (ok) {
        b->rows += bp.n;
        b->bad_rows += bp.nbad;
    }
    columns_free(r->p, cols);
    batch_plan_free(&bp);
    b->rng = rng_state;
    rng_state = saved;
}

/* Adds the case in r->fi, evaluated by the interpreter, to the batch; runs a full batch. */
static void batch_add(ruleset *r)
{
    frame_copy(r->p, r->b->row[r->b->n++], r->fi);
    if (r->b->n == BATCH)
        batch_run(r);
}

/* The batch entries of the code under test, or NULL when it lacks one (said in err). */
static batch *batch_new(ruleset *r, const guide_ruleset_info *info, char *err, size_t errlen)
{
    const ir_program *p = r->p;
    static const char *const names[4] = {"eval_many", "eval_columns", "from_frame", "to_frame"};
    void *sym[4];
    for (int i = 0; i < 4; i++) {
        char *name = sb_format("%s_%s", p->name, names[i]);
        sym[i] = evaluator_symbol(r->ev, name);
        if (!sym[i])
            snprintf(err, errlen, "no %s", name);
        free(name);
        if (!sym[i])
            return NULL;
    }
    batch *b = calloc(1, sizeof *b);
    memcpy(&b->many, &sym[0], sizeof sym[0]); /* POSIX: a function's address as an object pointer */
    memcpy(&b->columns, &sym[1], sizeof sym[1]);
    memcpy(&b->from_frame, &sym[2], sizeof sym[2]);
    memcpy(&b->to_frame, &sym[3], sizeof sym[3]);
    char *inl = sb_format("%s_eval_inline_test", p->name);
    void *inl_sym = evaluator_symbol(r->ev, inl);
    free(inl);
    memcpy(&b->eval_inline, &inl_sym, sizeof inl_sym);
    b->l.var_off = calloc((size_t)p->nvars + 1, sizeof *b->l.var_off);
    strbuf e = STRBUF_INIT;
    if (emitll_layout(p, &b->l, &e) != 0) {
        snprintf(err, errlen, "%s", sb_str(&e));
        sb_free(&e);
        free(b->l.var_off);
        free(b);
        return NULL;
    }
    sb_free(&e);
    for (int k = 0; k < BATCH; k++)
        b->row[k] = guide_frame_new(info);
    b->got = guide_frame_new(info);
    b->rng = 0x2545F4914F6CDD1Du;
    return b;
}

static void batch_free(batch *b)
{
    if (!b)
        return;
    for (int k = 0; k < BATCH; k++)
        guide_frame_free(b->row[k]);
    guide_frame_free(b->got);
    free(b->l.var_off);
    free(b);
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
    int bad = evaluator_eval(r->ev, r->fc, r->tc);
    bad |= evaluator_eval(r->ev, r->fu, NULL);
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
    if (ok && r->b)
        batch_add(r);
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
            x->nlabels != y->nlabels || x->line != y->line || !STR_EQ(x->display, y->display) ||
            !x->label_display != !y->label_display || !NUM_EQ(x->step, y->step)) {
            say("ruleset descriptions differ at variable %d", i);
            return 0;
        }
        for (int l = 0; l < x->nlabels; l++)
            if (!STR_EQ(x->labels[l], y->labels[l]) ||
                (x->label_display && !STR_EQ(x->label_display[l], y->label_display[l]))) {
                say("ruleset descriptions differ at a label of variable %d", i);
                return 0;
            }
    }
    for (int i = 0; i < a->nclauses; i++) {
        const guide_clause_info *x = &a->clauses[i], *y = &b->clauses[i];
        if (x->kind != y->kind || !STR_EQ(x->name, y->name) || x->table != y->table ||
            x->row != y->row || !STR_EQ(x->column, y->column) || !STR_EQ(x->cite, y->cite) ||
            x->line != y->line || x->nreads != y->nreads || x->reading != y->reading ||
            !STR_EQ(x->reading_text, y->reading_text) ||
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

/* Runs the boundary and random cases of p (its inputs' boundary values in bv) through variant
 * va against the interpreter, prints what it found, and adds its counts to the totals. */
static void run_variant(const variant *va, const ir_program *p, values *bv, const char *file,
                        long nrandom, long *total_passed, long *total_failed)
{
    /* $GUIDE_DIFF_CFLAGS: more flags for the generated code (sanitizers, say) */
    char cflags[1024];
    const char *extra = getenv("GUIDE_DIFF_CFLAGS");
    snprintf(cflags, sizeof cflags, "%s %s", va->cflags, extra ? extra : "");
    cb_options o = {va->cc, cflags, 0, va->inline_header};
    char err[1024];
    ruleset r;
    memset(&r, 0, sizeof r);
    r.p = p;
    r.label = va->label;
    r.bv = bv;
    strbuf failed = STRBUF_INIT;
    r.ev = evaluator_open_with(va->backend, p, &o, &failed);
    const guide_ruleset_info *info = r.ev ? evaluator_info(r.ev) : NULL;
    snprintf(err, sizeof err, "%s", sb_str(&failed)); /* for the line below, cut */
    sb_free(&failed);
    if (!info) {
        fprintf(stderr, "diff: %s (%s): %s\n", file, va->label, err);
        (*total_failed)++;
        return;
    }
    if (!same_info(&p->info, info)) {
        fprintf(stderr, "diff: %s (%s): %s\n", file, va->label, why);
        r.failed++;
    }
    r.it = interp_new(p);
    if (va->backend != EVALUATOR_INTERP) {
        r.b = batch_new(&r, info, err, sizeof err);
        if (!r.b) {
            fprintf(stderr, "diff: %s (%s): the batch entries: %s\n", file, va->label, err);
            r.failed++;
        }
    }
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
    if (r.b)
        batch_run(&r);
    printf("diff: %s (%s): %ld passed, %ld failed (%ld printed results compared)\n", file,
           va->label, r.passed, r.failed, r.printed);
    if (r.b)
        printf("  batch entries: %ld rows in %ld batches, %ld of them out of range, through "
               "NAME_eval_many%s and NAME_eval_columns\n", r.b->rows, r.b->batches, r.b->bad_rows,
               r.b->eval_inline ? ", NAME_eval_inline" : "");
    printf("  outputs: %ld concluded, %ld not applicable, %ld undetermined, %ld conflict; "
           "%ld decided by the diagram, %ld depends; rows and rules: %ld fired, "
           "%ld undetermined, %ld excepted, %ld shadowed; %ld not computable\n",
           r.states[GUIDE_CONCLUDED], r.states[GUIDE_NOT_APPLICABLE],
           r.states[GUIDE_UNDETERMINED], r.states[GUIDE_CONFLICT], r.hows[GUIDE_HOW_SEARCH],
           r.hows[GUIDE_HOW_DEPENDS], r.statuses[GUIDE_CL_FIRED],
           r.statuses[GUIDE_CL_UNDETERMINED], r.statuses[GUIDE_CL_EXCEPTED],
           r.statuses[GUIDE_CL_SHADOWED], r.not_computable);
    *total_passed += r.passed;
    *total_failed += r.failed;
    guide_trace_free(r.ti);
    guide_trace_free(r.tc);
    guide_frame_free(r.fi);
    guide_frame_free(r.fc);
    guide_frame_free(r.fu);
    interp_free(r.it);
    batch_free(r.b);
    evaluator_close(r.ev);
}

int main(int argc, char **argv)
{
    long nrandom = 100000;
    int only = -1, first_file = 1;
    evaluator_kind backend = EVALUATOR_AUTO; /* AUTO: every variant, else those of one kind */
    for (; first_file < argc && strncmp(argv[first_file], "--", 2) == 0; first_file += 2) {
        if (first_file + 1 >= argc)
            break;
        if (strcmp(argv[first_file], "--random") == 0)
            nrandom = atol(argv[first_file + 1]);
        else if (strcmp(argv[first_file], "--variant") == 0)
            only = atoi(argv[first_file + 1]);
        else if (strcmp(argv[first_file], "--backend") == 0) {
            strbuf err = STRBUF_INIT;
            if (evaluator_kind_parse(argv[first_file + 1], 0, &backend, &err) < 0) {
                fprintf(stderr, "diff: %s\n", sb_str(&err));
                sb_free(&err);
                return 2;
            }
        }
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
            bv[i] = guide_type_repr(p->vars[i].type) == GUIDE_REPR_LIST ? boundary_lists(p, &p->vars[i])
                                                                        : boundary_values(&p->vars[i]);
        for (size_t k = 0; k < sizeof variants / sizeof *variants; k++) {
            const variant *va = &variants[k];
            if ((only >= 0 && (size_t)only != k) || (backend != EVALUATOR_AUTO && backend != va->backend))
                continue;
            run_variant(va, p, bv, argv[fi], nrandom, &total_passed, &total_failed);
        }
        for (int i = 0; i < p->ninputs; i++)
            free(bv[i].v);
        free(bv);
        compile_free(&comp);
    }
    printf("diff: %ld passed, %ld failed\n", total_passed, total_failed);
    return total_failed ? 1 : 0;
}
