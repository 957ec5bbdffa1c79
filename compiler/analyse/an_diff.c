/* an_diff.c — the semantic difference of two versions of a ruleset; see an_diff.h.
 *
 * Nothing here has a fixed size: an input has as many cells as its cuts make, an output's cone
 * as many inputs as it reads, a region's cells are runs of cell indices, and every text (a
 * condition, an answer, a message) is a strbuf. Answers are compared as values (labels by
 * name), never as text. */
#include "an_diff.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "an_region.h"
#include "interp.h"
#include "strbuf.h"
#include "value_text.h"
#include "xalloc.h"

/* An input as both versions see it. */
typedef struct dvar {
    const char  *name;
    int          vo, vn;  /* index in the old and the new version, -1 when absent */
    guide_type   type;
    const char  *unit;
    int          ncells;
    int          cap;     /* cells allocated (in the arena; a grown array abandons the old one) */
    an_cell     *cells;   /* an interval (or a point) of a number, one label, or one bool */
    guide_value *old_rep, *new_rep; /* [cells]: the value in each version (labels numbered apart) */
    const char  *problem; /* why its cells cannot be compared, NULL when they can */
} dvar;

/* As a region sees d. */
static an_dim dim_of(const dvar *d)
{
    an_dim x = {d->name, d->type, d->unit, d->ncells, d->cells};
    return x;
}

/* A cell (or, after merging, a region) whose answer changed is an an_box (an_region.h) whose tag
 * is the index into the distinct old -> new pairs. */

/* The answer of an output in one version: its state and, when concluded, its value. */
typedef struct answer {
    uint8_t     state;
    uint8_t     is_null;
    guide_value val;
} answer;

/* A distinct old -> new pair of answers of one output. */
typedef struct change {
    answer old, neu;
} change;

typedef struct differ {
    const ir_program *old, *neu;
    const diff_opts  *o;
    int               nvars;
    dvar             *vars;
    FILE             *out;
    int               collect;     /* JSON or Markdown: the report is gathered, then written */
    json_t           *jchanges, *jskipped;
    int               differs;     /* a difference was found */
    int               not_compared; /* outputs left out (over the budget) */
} differ;


/* ---- inputs --------------------------------------------------------------------------------- */

static int find_var(const ir_program *p, const char *name, guide_var_kind kind)
{
    for (int i = 0; i < p->nvars; i++)
        if (p->vars[i].kind == kind && strcmp(p->vars[i].name, name) == 0)
            return i;
    return -1;
}

/* A value strictly inside (a, b), or at a / b where that end is included; 0 when there is none
 * (an integer input between two consecutive integers). */
static int pick(guide_type t, double a, int a_in, double b, int b_in, double *x)
{
    double v;
    if (!isfinite(a) && !isfinite(b))
        v = 0;
    else if (!isfinite(a))
        v = b - 1;
    else if (!isfinite(b))
        v = a + 1;
    else
        v = (a + b) / 2;
    if (guide_type_is_integral(t))
        v = isfinite(a) ? (a_in ? ceil(a) : floor(a) + 1) : floor(b) - 1;
    *x = v;
    return (a_in ? v >= a : v > a) && (b_in ? v <= b : v < b);
}

/* Copies n elements of `size` bytes into a new arena array of cap elements. */
static void *regrow(arena *a, const void *old, size_t size, int n, int cap)
{
    void *p = arena_alloc(a, size * (size_t)cap);
    if (n)
        memcpy(p, old, size * (size_t)n);
    return p;
}

/* A new cell at the end of d's cells, zeroed; the arrays double when full. Returns its index. */
static int new_cell(arena *a, dvar *d)
{
    if (d->ncells == d->cap) {
        int cap = d->cap ? 2 * d->cap : 8;
        d->cells = regrow(a, d->cells, sizeof *d->cells, d->ncells, cap);
        d->old_rep = regrow(a, d->old_rep, sizeof *d->old_rep, d->ncells, cap);
        d->new_rep = regrow(a, d->new_rep, sizeof *d->new_rep, d->ncells, cap);
        d->cap = cap;
    }
    return d->ncells++;
}

static void add_cell(arena *a, dvar *d, double lo, int lo_in, double hi, int hi_in, double rep)
{
    int k = new_cell(a, d);
    an_cell *c = &d->cells[k];
    c->lo = lo;
    c->hi = hi;
    c->lo_closed = (uint8_t)lo_in;
    c->hi_closed = (uint8_t)hi_in;
    d->old_rep[k].num = d->new_rep[k].num = rep;
}

/* Splits a numeric input at every constant either version compares it with. */
static void numeric_cells(arena *ar, dvar *d, const ir_var *a, const ir_var *b)
{
    double lo = a->lo > b->lo ? a->lo : b->lo, hi = a->hi < b->hi ? a->hi : b->hi;
    double *cuts = arena_alloc(ar, sizeof *cuts * ((size_t)a->ncuts + (size_t)b->ncuts + 1));
    int n = 0;
    const ir_var *both[2] = {a, b};
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < both[k]->ncuts; i++)
            if (both[k]->cuts[i] >= lo && both[k]->cuts[i] <= hi)
                cuts[n++] = both[k]->cuts[i];
    int u = ir_sort_cuts(cuts, n);
    double prev = lo;
    int prev_in = 1;
    for (int i = 0; i <= u; i++) {
        double next = i < u ? cuts[i] : hi;
        int next_in = i == u;
        double x;
        if (prev < next || (prev == next && prev_in && next_in))
            if (pick(d->type, prev, prev_in, next, next_in, &x))
                add_cell(ar, d, prev, prev_in, next, next_in, x);
        if (i < u && (!guide_type_is_integral(d->type) || cuts[i] == floor(cuts[i])))
            add_cell(ar, d, cuts[i], 1, cuts[i], 1, cuts[i]);
        prev = next;
        prev_in = 0;
    }
}

/* Prints a line of the report, or adds it to a JSON array. */
static void report(differ *df, json_t *arr, const char *line)
{
    if (df->collect)
        json_array_append_new(arr, json_string(line));
    else
        fprintf(df->out, "%s\n", line);
}

/* Why an output that reads a list is not compared (unless its logic is the same in both). */
static const char list_problem[] = "is a list (diff compares regions of single values)";

/* Whether output vo of the old version and vn of the new one have the same decision logic,
 * declarations, rules, tables and constraints alike (ir_dump_logic). */
static int same_logic(const ir_program *po, int vo, const ir_program *pn, int vn)
{
    char *a = NULL, *b = NULL;
    size_t na = 0, nb = 0;
    FILE *fa = guide_xmemstream(&a, &na, "the analyses");
    FILE *fb = guide_xmemstream(&b, &nb, "the analyses");
    ir_dump_logic(fa, po, vo);
    ir_dump_logic(fb, pn, vn);
    guide_xmemstream_close(fa, "the analyses");
    guide_xmemstream_close(fb, "the analyses");
    int same = na == nb && memcmp(a, b, na) == 0;
    free(a);
    free(b);
    return same;
}

/* Reports inputs added, removed or changed, and builds the cells of those both versions have. */
static void compare_inputs(differ *df, arena *a)
{
    const ir_program *po = df->old, *pn = df->neu;
    df->vars = arena_alloc(a, sizeof *df->vars * (size_t)(po->ninputs + pn->ninputs + 1));
    json_t *jin = json_array();
    for (int pass = 0; pass < 2; pass++) {
        const ir_program *p = pass ? pn : po, *other = pass ? po : pn;
        for (int i = 0; i < p->ninputs; i++) {
            if (pass && find_var(other, p->vars[i].name, GUIDE_VAR_INPUT) >= 0)
                continue; /* already met in the old version */
            dvar *d = &df->vars[df->nvars++];
            d->name = p->vars[i].name;
            d->vo = pass ? -1 : i;
            d->vn = pass ? i : find_var(pn, d->name, GUIDE_VAR_INPUT);
            d->type = p->vars[i].type;
            d->unit = p->vars[i].unit ? p->vars[i].unit->name : NULL;
        }
    }
    strbuf what = STRBUF_INIT;
    for (int k = 0; k < df->nvars; k++) {
        dvar *d = &df->vars[k];
        const ir_var *a_ = d->vo >= 0 ? &po->vars[d->vo] : NULL, *b_ = d->vn >= 0 ? &pn->vars[d->vn] : NULL;
        const ir_var *one = a_ ? a_ : b_;
        sb_clear(&what);
        if (!a_ || !b_) {
            sb_printf(&what, "%s input %s", a_ ? "removed" : "added", d->name);
        } else if (a_->type != b_->type || (a_->unit != b_->unit &&
                   (!a_->unit || !b_->unit || strcmp(a_->unit->name, b_->unit->name) != 0))) {
            sb_printf(&what, "input %s changed type or unit", d->name);
            d->problem = "changed type or unit";
        } else if (a_->lo != b_->lo || a_->hi != b_->hi) {
            sb_printf(&what, "input %s: range [%g, %g] -> [%g, %g]", d->name, a_->lo, a_->hi, b_->lo,
                      b_->hi);
        }
        if (a_ && b_ && a_->step != b_->step && !d->problem) {
            /* the regions below compare the values as cases give them, rounded by each version */
            char from[32] = "none", to[32] = "none";
            if (a_->step > 0)
                snprintf(from, sizeof from, "%g", a_->step);
            if (b_->step > 0)
                snprintf(to, sizeof to, "%g", b_->step);
            sb_printf(&what, "%sinput %s: step %s -> %s", what.len ? "; " : "", d->name, from, to);
        }
        if (a_ && b_ && guide_type_repr(a_->type) == GUIDE_REPR_LABEL && a_->type == b_->type) {
            for (int s = 0; s < 2; s++) {
                const ir_var *x = s ? b_ : a_, *y = s ? a_ : b_;
                for (int l = 0; l < x->nlabels; l++) {
                    int found = 0;
                    for (int m = 0; m < y->nlabels; m++)
                        found |= strcmp(x->labels[l], y->labels[m]) == 0;
                    if (!found)
                        sb_printf(&what, "%sinput %s: label %s %s", what.len ? "; " : "", d->name,
                                  x->labels[l], s ? "added" : "removed");
                }
            }
        }
        if (what.len) {
            df->differs = 1;
            report(df, jin, sb_str(&what));
        }
        /* a list has no cells to enumerate */
        if (!d->problem && guide_type_repr(one->type) == GUIDE_REPR_LIST)
            d->problem = list_problem;
        if (d->problem)
            continue;
        switch (guide_type_repr(one->type)) {
        case GUIDE_REPR_TRUTH:
            for (int b = 0; b < 2; b++) {
                int at = new_cell(a, d);
                d->old_rep[at].b = d->new_rep[at].b = b;
            }
            break;
        case GUIDE_REPR_LABEL:
            for (int l = 0; l < one->nlabels; l++) {
                const ir_var *other = one == a_ ? b_ : a_;
                int m = -1;
                if (other)
                    for (int j = 0; j < other->nlabels; j++)
                        if (strcmp(other->labels[j], one->labels[l]) == 0)
                            m = j;
                if (other && m < 0)
                    continue; /* a label only one version knows cannot be compared */
                int at = new_cell(a, d);
                d->cells[at].label = one->labels[l];
                d->old_rep[at].label = one == a_ ? l : m;
                d->new_rep[at].label = one == a_ ? m : l;
            }
            break;
        default:
            numeric_cells(a, d, a_ ? a_ : b_, b_ ? b_ : a_);
            break;
        }
    }
    sb_free(&what);
    if (df->collect)
        json_object_set_new(df->jchanges, "inputs", jin);
    else
        json_decref(jin);
}

/* ---- answers -------------------------------------------------------------------------------- */

/* One output as both versions see it, for comparing its answers across them. */
typedef struct dout {
    const ir_program *po, *pn;
    int               vo, vn;
    guide_type        type;
    int               same_unit; /* numbers and ranges: both in the same unit (or none) */
    int              *lmap;      /* enums and sets: [old label] = the new label, -1 when absent */
} dout;

/* Whether neither version can have the case (each breaks one of its constraints). */
static int impossible_in_both(const guide_frame *fo, const guide_frame *fn)
{
    return fo->rs->nconstraints && fn->rs->nconstraints &&
           guide_constraints_check(fo->rs, fo->val, fo->known, fo->check_work) >= 0 &&
           guide_constraints_check(fn->rs, fn->val, fn->known, fn->check_work) >= 0;
}

static answer answer_of(const ir_program *p, const guide_frame *f, int v)
{
    const guide_output *o = &f->out[v - guide_first_output(&p->info)];
    answer r;
    memset(&r, 0, sizeof r);
    r.state = o->state;
    if (o->state == GUIDE_CONCLUDED) {
        r.is_null = o->is_null != 0;
        if (!r.is_null)
            r.val = f->val[v];
    }
    return r;
}

/* Numbers equal as values (0 and -0 alike, NaN equal to NaN so a pair is found again). */
static int num_eq(double a, double b) { return a == b || (isnan(a) && isnan(b)); }

/* Whether two answers of output v of one version are the same: the same state and, when
 * concluded, values equal as ir_value_equal says. */
static int same_answer(const ir_program *p, int v, const answer *a, const answer *b)
{
    if (a->state != b->state)
        return 0;
    if (a->state != GUIDE_CONCLUDED)
        return 1;
    ir_value x = {a->val, a->is_null}, y = {b->val, b->is_null};
    return ir_value_equal(p, v, &x, &y);
}

/* Whether the old answer ao and the new answer an mean the same for a patient: labels are
 * matched by name, numbers and ranges by value and unit. */
static int equal_across(const dout *x, const answer *ao, const answer *an)
{
    if (ao->state != an->state || ao->is_null != an->is_null)
        return 0;
    if (ao->state != GUIDE_CONCLUDED || ao->is_null)
        return 1;
    switch (guide_type_repr(x->type)) {
    case GUIDE_REPR_TRUTH: return ao->val.b == an->val.b;
    case GUIDE_REPR_LABEL:
        return ao->val.label >= 0 && ao->val.label < x->po->vars[x->vo].nlabels &&
               x->lmap[ao->val.label] >= 0 && x->lmap[ao->val.label] == an->val.label;
    case GUIDE_REPR_SET: {
        uint64_t t = 0;
        int nl = x->po->vars[x->vo].nlabels;
        for (int i = 0; i < 64; i++)
            if ((ao->val.set >> i) & 1) {
                if (i >= nl || x->lmap[i] < 0)
                    return 0; /* a label the new version does not have */
                t |= (uint64_t)1 << x->lmap[i];
            }
        return t == an->val.set;
    }
    case GUIDE_REPR_RANGE:
        return x->same_unit && num_eq(ao->val.range.lo, an->val.range.lo) &&
               num_eq(ao->val.range.hi, an->val.range.hi);
    default: return x->same_unit && num_eq(ao->val.num, an->val.num);
    }
}

static uint64_t mix(uint64_t h, uint64_t x)
{
    h ^= x + 0x9e3779b97f4a7c15u + (h << 6) + (h >> 2);
    return h;
}

static uint64_t num_bits(double x)
{
    uint64_t u;
    if (x == 0)
        x = 0; /* -0 hashes as 0, since they compare equal */
    if (isnan(x))
        return 0x7ff8000000000000u;
    memcpy(&u, &x, sizeof u);
    return u;
}

/* A hash consistent with same_answer. */
static uint64_t hash_answer(guide_type type, const answer *a)
{
    uint64_t h = mix((uint64_t)a->state * 3 + a->is_null, 0);
    if (a->state != GUIDE_CONCLUDED || a->is_null)
        return h;
    switch (guide_type_repr(type)) {
    case GUIDE_REPR_TRUTH: return mix(h, (uint64_t)a->val.b);
    case GUIDE_REPR_LABEL: return mix(h, (uint64_t)(uint32_t)a->val.label);
    case GUIDE_REPR_RANGE: return mix(mix(h, num_bits(a->val.range.lo)), num_bits(a->val.range.hi));
    case GUIDE_REPR_SET: return mix(h, a->val.set);
    default: return mix(h, num_bits(a->val.num));
    }
}

/* Appends the answer as text ("high", "12.5 cm", "{a, b}", "ND", "not applicable", ...);
 * digits: the significant digits of numbers (15; 17 tells apart two that 15 print alike). */
static void answer_text(strbuf *sb, const ir_program *p, int v, const answer *a, int digits)
{
    if (a->state != GUIDE_CONCLUDED) {
        sb_puts(sb, guide_state_word(a->state));
        return;
    }
    if (a->is_null) {
        sb_puts(sb, "ND");
        return;
    }
    const ir_var *x = &p->vars[v];
    const char *unit = x->unit ? x->unit->name : NULL;
    if (guide_type_is_numeric(x->type))
        sb_printf(sb, "%.*g%s%s", digits, a->val.num, unit ? " " : "", unit ? unit : "");
    else if (guide_type_repr(x->type) == GUIDE_REPR_RANGE && digits > 15)
        /* the bounds to the last digit, -0 as 0 */
        sb_printf(sb, "[%.*g, %.*g]%s%s", digits, a->val.range.lo == 0 ? 0.0 : a->val.range.lo,
                  digits, a->val.range.hi == 0 ? 0.0 : a->val.range.hi, unit ? " " : "",
                  unit ? unit : "");
    else /* labels, sets, bools and ranges as every other verb prints them */
        guide_value_text(sb, &p->info, v, &a->val);
}

/* The distinct old -> new pairs of one output, found by hash in constant time. */
typedef struct changes {
    change *items;
    int     n, cap;
    int    *slot;  /* [nslots]: index into items, -1 when empty */
    size_t  nslots; /* a power of two, at least twice n */
} changes;

static uint64_t hash_pair(guide_type type, const answer *ao, const answer *an)
{
    return mix(hash_answer(type, ao), hash_answer(type, an));
}

/* The index of the pair ao -> an, added when new. */
static int change_index(changes *cs, const dout *x, const answer *ao, const answer *an)
{
    if ((size_t)cs->n * 2 >= cs->nslots) {
        size_t ns = cs->nslots ? 2 * cs->nslots : 64;
        int *slot = guide_xmalloc(sizeof *slot * ns, "the analyses");
        for (size_t i = 0; i < ns; i++)
            slot[i] = -1;
        for (int i = 0; i < cs->n; i++) {
            size_t h = (size_t)hash_pair(x->type, &cs->items[i].old, &cs->items[i].neu) & (ns - 1);
            while (slot[h] >= 0)
                h = (h + 1) & (ns - 1);
            slot[h] = i;
        }
        free(cs->slot);
        cs->slot = slot;
        cs->nslots = ns;
    }
    size_t h = (size_t)hash_pair(x->type, ao, an) & (cs->nslots - 1);
    for (; cs->slot[h] >= 0; h = (h + 1) & (cs->nslots - 1)) {
        const change *c = &cs->items[cs->slot[h]];
        if (same_answer(x->po, x->vo, &c->old, ao) && same_answer(x->pn, x->vn, &c->neu, an))
            return cs->slot[h];
    }
    if (cs->n == cs->cap) {
        cs->cap = cs->cap ? 2 * cs->cap : 8;
        cs->items = guide_xrealloc(cs->items, sizeof *cs->items * (size_t)cs->cap, "the analyses");
    }
    cs->items[cs->n].old = *ao;
    cs->items[cs->n].neu = *an;
    cs->slot[h] = cs->n;
    return cs->n++;
}

/* ---- outputs -------------------------------------------------------------------------------- */

static void set_input(guide_frame *f, int v, guide_value val)
{
    if (v < 0)
        return;
    f->val[v] = val;
    f->known[v] = 1;
}

/* The old and new answers of change c as text, with enough digits to tell them apart. */
static void change_texts(const dout *x, const change *c, strbuf *ko, strbuf *kn)
{
    for (int digits = 15;; digits = 17) {
        sb_clear(ko);
        sb_clear(kn);
        answer_text(ko, x->po, x->vo, &c->old, digits);
        answer_text(kn, x->pn, x->vn, &c->neu, digits);
        if (digits == 17 || strcmp(sb_str(ko), sb_str(kn)) != 0)
            return;
    }
}

/* A region's example case: each input at the first cell of the region (an input the region
 * leaves unknown, cell ncells, is absent). */
static json_t *region_example(const differ *df, const int *dims, int nd, const an_box *b)
{
    json_t *example = json_object();
    for (int k = 0; k < nd; k++) {
        const dvar *d = &df->vars[dims[k]];
        int c0 = b->dim[k].r[0].lo;
        if (c0 == d->ncells)
            continue;
        const guide_value *rep = &d->old_rep[c0];
        json_t *jv = guide_type_repr(d->type) == GUIDE_REPR_TRUTH ? json_boolean(rep->b)
                   : guide_type_repr(d->type) == GUIDE_REPR_LABEL ? json_string(d->cells[c0].label)
                   : rep->num == floor(rep->num) && fabs(rep->num) < 1e15
                       ? json_integer((json_int_t)rep->num)
                       : json_real(rep->num);
        json_object_set_new(example, d->name, jv);
    }
    return example;
}

/* One changed region of output `name`: printed, or added to the JSON changes (partial: a
 * region with inputs unknown). Takes the example. */
static void put_change(differ *df, const char *name, strbuf *cond, const strbuf *ko, const strbuf *kn,
                       json_t *example, int partial)
{
    df->differs = 1;
    if (!cond->len)
        sb_puts(cond, "every case");
    if (df->collect) {
        json_t *j = json_object();
        json_object_set_new(j, "output", json_string(name));
        json_object_set_new(j, "condition", json_string(sb_str(cond)));
        json_object_set_new(j, "old", json_string(sb_str(ko)));
        json_object_set_new(j, "new", json_string(sb_str(kn)));
        if (partial)
            json_object_set_new(j, "unknown_inputs", json_true());
        json_object_set_new(j, "example", example);
        json_array_append_new(json_object_get(df->jchanges, "changes"), j);
        return;
    }
    char *ex = json_dumps(example, JSON_COMPACT | JSON_REAL_PRECISION(15));
    fprintf(df->out, "  %s\n      %s -> %s    e.g. %s\n", sb_str(cond), sb_str(ko), sb_str(kn), ex);
    free(ex);
    json_decref(example);
}

static int compare_partial(differ *df, arena *a, const char *name, const dout *x, const int *dims,
                           int nd, int changed, interp *io, interp *in, guide_frame *fo,
                           guide_frame *fn);

/* Compares output `name` (vo in the old version, vn in the new); returns the number of regions
 * whose answer changed, or -1 when it was not compared (wholly or on cases with inputs unknown). */
static int compare_output(differ *df, arena *a, const char *name, int vo, int vn, interp *io,
                           interp *in, guide_frame *fo, guide_frame *fn)
{
    const ir_program *po = df->old, *pn = df->neu;
    /* The cone: inputs either version's output depends on. */
    int *dims = arena_alloc(a, sizeof *dims * (size_t)(df->nvars + 1)), nd = 0;
    const char *problem = NULL, *culprit = NULL;
    double worlds = 1;
    for (int k = 0; k < df->nvars; k++) {
        const dvar *d = &df->vars[k];
        int in_o = d->vo >= 0 && ((po->vars[vo].cone[d->vo / 64] >> (d->vo % 64)) & 1);
        int in_n = d->vn >= 0 && ((pn->vars[vn].cone[d->vn / 64] >> (d->vn % 64)) & 1);
        if (!in_o && !in_n)
            continue;
        if (d->problem) {
            problem = d->problem;
            culprit = d->name;
            continue;
        }
        dims[nd++] = k;
        worlds *= d->ncells;
    }
    /* an output that reads a list cannot be enumerated; written the same way, it is the same */
    if (problem == list_problem && same_logic(po, vo, pn, vn))
        return 0;
    if (problem || worlds > (double)df->o->budget) {
        char *msg = problem ? sb_format("%s: not compared: input %s %s", name, culprit, problem)
                            : sb_format("%s: not compared: %.0f cells exceed the budget of %ld (--budget)",
                                        name, worlds, df->o->budget);
        report(df, df->jskipped, msg);
        free(msg);
        df->not_compared++; /* equivalence was not shown */
        return -1;
    }
    dout x = {po, pn, vo, vn, po->vars[vo].type, 1, NULL};
    const ir_var *xo = &po->vars[vo], *xn = &pn->vars[vn];
    if (xo->unit != xn->unit)
        x.same_unit = xo->unit && xn->unit && strcmp(xo->unit->name, xn->unit->name) == 0;
    if (guide_type_has_labels(x.type)) {
        x.lmap = arena_alloc(a, sizeof *x.lmap * (size_t)(xo->nlabels + 1));
        for (int l = 0; l < xo->nlabels; l++) {
            x.lmap[l] = -1;
            for (int m = 0; m < xn->nlabels; m++)
                if (strcmp(xo->labels[l], xn->labels[m]) == 0)
                    x.lmap[l] = m;
        }
    }
    long n = (long)worlds;
    /* Only the cells that changed are kept; their cell sets live in the arena. */
    an_box *bx = NULL;
    changes cs = {0};
    int nb = 0, cap = 0;
    int *digit = arena_alloc(a, sizeof *digit * (size_t)(nd + 1));
    for (long w = 0; w < n; w++) {
        guide_frame_clear(fo);
        guide_frame_clear(fn);
        for (int k = 0; k < nd; k++) {
            const dvar *d = &df->vars[dims[k]];
            set_input(fo, d->vo, d->old_rep[digit[k]]);
            set_input(fn, d->vn, d->new_rep[digit[k]]);
        }
        /* only what the output depends on */
        interp_eval_some(io, fo, NULL, xo->cone_vars, xo->ncone_vars);
        interp_eval_some(in, fn, NULL, xn->cone_vars, xn->ncone_vars);
        answer ao = answer_of(po, fo, vo), an = answer_of(pn, fn, vn);
        if (!impossible_in_both(fo, fn) && !equal_across(&x, &ao, &an)) {
            bx = an_add_cell_box(a, bx, &nb, &cap, change_index(&cs, &x, &ao, &an), digit, nd);
        }
        for (int k = 0; k < nd; k++) {
            if (++digit[k] < df->vars[dims[k]].ncells)
                break;
            digit[k] = 0;
        }
    }
    nb = an_merge_boxes(a, bx, nb, nd);
    if (nb && !df->collect)
        fprintf(df->out, "%s: %d region%s changed\n", name, nb, nb == 1 ? "" : "s");
    strbuf cond = STRBUF_INIT, ko = STRBUF_INIT, kn = STRBUF_INIT;
    for (int i = 0; i < nb; i++) {
        sb_clear(&cond);
        for (int k = 0; k < nd; k++) {
            an_dim dk = dim_of(&df->vars[dims[k]]);
            an_region_text(&cond, &dk, &bx[i].dim[k]);
        }
        change_texts(&x, &cs.items[bx[i].tag], &ko, &kn);
        put_change(df, name, &cond, &ko, &kn, region_example(df, dims, nd, &bx[i]), 0);
    }
    sb_free(&cond);
    sb_free(&ko);
    sb_free(&kn);
    free(bx);
    free(cs.items);
    free(cs.slot);
    int np = compare_partial(df, a, name, &x, dims, nd, nb > 0, io, in, fo, fn);
    return np < 0 ? (nb ? nb : -1) : nb + np;
}

/* ---- cases with unknown inputs ------------------------------------------------------------- */

/* An answer to a case with unknown inputs: the answer and, when undetermined, its possible
 * answers (leaves of the version's diagram) and the inputs to ask for. */
typedef struct panswer {
    answer    a;
    uint64_t *possible; /* [leaf words] */
    uint64_t *asks;     /* [input words] */
} panswer;

typedef struct pchange {
    panswer old, neu;
} pchange;

static panswer panswer_of(arena *a, const ir_program *p, const guide_frame *f, int v)
{
    int o = v - guide_first_output(&p->info);
    panswer r = {answer_of(p, f, v), NULL, NULL};
    if (r.a.state != GUIDE_UNDETERMINED)
        return r;
    size_t lw = (size_t)guide_dd_leaf_words(&p->dds[o]), iw = (size_t)guide_input_words(&p->info);
    r.possible = arena_alloc(a, sizeof *r.possible * (lw + 1));
    r.asks = arena_alloc(a, sizeof *r.asks * (iw + 1));
    memcpy(r.possible, guide_possible(f, o), sizeof *r.possible * lw);
    memcpy(r.asks, guide_asks(f, o), sizeof *r.asks * iw);
    return r;
}

static answer leaf_answer(const guide_dd_leaf *l)
{
    answer r;
    memset(&r, 0, sizeof r);
    r.state = l->state;
    r.is_null = l->is_null;
    if (l->state == GUIDE_CONCLUDED && !l->is_null)
        r.val = l->v;
    return r;
}

static int has_bit(const uint64_t *set, int i) { return (int)((set[i / 64] >> (i % 64)) & 1); }

/* Two answers of one version: equal when their answers, possible answers and asks are. */
static int same_panswer(const ir_program *p, int v, const panswer *x, const panswer *y)
{
    if (!same_answer(p, v, &x->a, &y->a))
        return 0;
    if (x->a.state != GUIDE_UNDETERMINED)
        return 1;
    const guide_dd *dd = &p->dds[v - guide_first_output(&p->info)];
    return memcmp(x->possible, y->possible, sizeof *x->possible * (size_t)guide_dd_leaf_words(dd)) == 0 &&
           memcmp(x->asks, y->asks, sizeof *x->asks * (size_t)guide_input_words(&p->info)) == 0;
}

/* Whether every possible answer of version p (leaves `set` of diagram dd) is one of version q's. */
static int possible_within(const dout *x, int old_first, const uint64_t *set, const uint64_t *other)
{
    const ir_program *p = old_first ? x->po : x->pn, *q = old_first ? x->pn : x->po;
    const guide_dd *dp = &p->dds[(old_first ? x->vo : x->vn) - guide_first_output(&p->info)];
    const guide_dd *dq = &q->dds[(old_first ? x->vn : x->vo) - guide_first_output(&q->info)];
    for (int k = 0; k < dp->nleaves; k++) {
        if (!has_bit(set, k))
            continue;
        answer ak = leaf_answer(&dp->leaves[k]);
        int found = 0;
        for (int j = 0; j < dq->nleaves && !found; j++) {
            if (!has_bit(other, j))
                continue;
            answer aj = leaf_answer(&dq->leaves[j]);
            found = old_first ? equal_across(x, &ak, &aj) : equal_across(x, &aj, &ak);
        }
        if (!found)
            return 0;
    }
    return 1;
}

/* Whether the inputs to ask for are the same, by name. */
static int same_asks(const dout *x, const uint64_t *ao, const uint64_t *an)
{
    for (int pass = 0; pass < 2; pass++) {
        const ir_program *p = pass ? x->pn : x->po, *q = pass ? x->po : x->pn;
        const uint64_t *s = pass ? an : ao, *t = pass ? ao : an;
        for (int i = 0; i < p->ninputs; i++) {
            if (!has_bit(s, i))
                continue;
            int j = find_var(q, p->vars[i].name, GUIDE_VAR_INPUT);
            if (j < 0 || !has_bit(t, j))
                return 0;
        }
    }
    return 1;
}

static int pequal_across(const dout *x, const panswer *o, const panswer *n)
{
    if (!equal_across(x, &o->a, &n->a))
        return 0;
    if (o->a.state != GUIDE_UNDETERMINED)
        return 1;
    return possible_within(x, 1, o->possible, n->possible) && possible_within(x, 0, n->possible, o->possible) &&
           same_asks(x, o->asks, n->asks);
}

/* "undetermined (T1a or T1b; ask for ulceration)", or the answer as answer_text writes it. */
static void panswer_text(strbuf *sb, const ir_program *p, int v, const panswer *pa, int digits)
{
    answer_text(sb, p, v, &pa->a, digits);
    if (pa->a.state != GUIDE_UNDETERMINED)
        return;
    const guide_dd *dd = &p->dds[v - guide_first_output(&p->info)];
    int n = 0, k = 0;
    for (int i = 0; i < dd->nleaves; i++)
        n += has_bit(pa->possible, i);
    sb_puts(sb, " (");
    for (int i = 0; i < dd->nleaves; i++) {
        if (!has_bit(pa->possible, i))
            continue;
        sb_puts(sb, k == 0 ? "" : k == n - 1 ? " or " : ", ");
        answer ai = leaf_answer(&dd->leaves[i]);
        answer_text(sb, p, v, &ai, digits);
        k++;
    }
    k = 0;
    for (int i = 0; i < p->ninputs; i++)
        if (has_bit(pa->asks, i))
            sb_printf(sb, "%s%s", k++ ? ", " : "; ask for ", p->vars[i].name);
    sb_putc(sb, ')');
}

/* The condition of a region of cases with unknown inputs: cell ncells of an input is
 * "unknown". */
static void pregion_text(strbuf *sb, arena *a, const dvar *d, const an_cellset *s)
{
    int unknown = s->r[s->n - 1].hi > d->ncells;
    an_cellset known = {0, arena_alloc(a, sizeof(an_run) * (size_t)(s->n + 1))};
    for (int i = 0; i < s->n; i++) {
        an_run r = s->r[i];
        if (r.hi > d->ncells)
            r.hi = d->ncells;
        if (r.lo < r.hi)
            known.r[known.n++] = r;
    }
    int all = known.n == 1 && known.r[0].lo == 0 && known.r[0].hi == d->ncells;
    const char *sep = sb->len ? ", " : "";
    if (unknown && all)
        return; /* any value, or none */
    if (!known.n) {
        sb_printf(sb, "%s%s unknown", sep, d->name);
        return;
    }
    if (all) {
        sb_printf(sb, "%s%s known", sep, d->name);
        return;
    }
    an_dim dd = dim_of(d);
    an_region_text(sb, &dd, &known);
    if (unknown)
        sb_puts(sb, " or unknown"); /* "size_cm > 5 or unknown" */
}

/* The changes of output x on cases with some of its inputs unknown: every combination of a cell
 * or "unknown" per input of its cone, with at least one unknown, evaluated by each version (the
 * outputs left open decided by their diagrams). Run when the output changed on known cases (or
 * reads an arithmetic value): otherwise both versions are one function of the inputs, and so
 * give the same answer, possible answers and asks for every case. */
static int compare_partial(differ *df, arena *a, const char *name, const dout *x, const int *dims,
                           int nd, int changed, interp *io, interp *in, guide_frame *fo,
                           guide_frame *fn)
{
    const ir_program *po = x->po, *pn = x->pn;
    const ir_var *xo = &po->vars[x->vo], *xn = &pn->vars[x->vn];
    int arith = 0;
    for (int k = 0; k < xo->ncone_vars; k++)
        arith |= po->vars[xo->cone_vars[k]].kind == GUIDE_VAR_DERIVED && !po->vars[xo->cone_vars[k]].is_match;
    for (int k = 0; k < xn->ncone_vars; k++)
        arith |= pn->vars[xn->cone_vars[k]].kind == GUIDE_VAR_DERIVED && !pn->vars[xn->cone_vars[k]].is_match;
    if ((!changed && !arith) || nd == 0)
        return 0;
    double worlds = 1;
    for (int k = 0; k < nd; k++)
        worlds *= df->vars[dims[k]].ncells + 1;
    if (worlds > (double)df->o->budget) {
        char *msg = sb_format("%s: cases with unknown inputs not compared: %.0f combinations exceed the "
                              "budget of %ld (--budget)", name, worlds, df->o->budget);
        report(df, df->jskipped, msg);
        free(msg);
        if (!changed)
            df->not_compared++;
        return -1;
    }
    long n = (long)worlds;
    an_box *bx = NULL;
    pchange *pc = NULL;
    int nb = 0, cap = 0, npc = 0, pcap = 0;
    int *digit = arena_alloc(a, sizeof *digit * (size_t)(nd + 1));
    arena scratch;
    arena_init(&scratch);
    for (long w = 0; w < n; w++) {
        int some_unknown = 0;
        for (int k = 0; k < nd; k++)
            some_unknown |= digit[k] == df->vars[dims[k]].ncells;
        if (some_unknown) {
            guide_frame_clear(fo);
            guide_frame_clear(fn);
            for (int k = 0; k < nd; k++) {
                const dvar *d = &df->vars[dims[k]];
                if (digit[k] == d->ncells)
                    continue;
                set_input(fo, d->vo, d->old_rep[digit[k]]);
                set_input(fn, d->vn, d->new_rep[digit[k]]);
            }
            /* no real case in it: neither version answers it */
            if (!impossible_in_both(fo, fn)) {
                interp_eval_cone(io, fo, xo->cone_vars, xo->ncone_vars);
                interp_eval_cone(in, fn, xn->cone_vars, xn->ncone_vars);
                panswer ao = panswer_of(&scratch, po, fo, x->vo), an = panswer_of(&scratch, pn, fn, x->vn);
                if (!pequal_across(x, &ao, &an)) {
                    int c = 0;
                    while (c < npc && !(same_panswer(po, x->vo, &pc[c].old, &ao) &&
                                        same_panswer(pn, x->vn, &pc[c].neu, &an)))
                        c++;
                    if (c == npc) {
                        if (npc == pcap) {
                            pcap = pcap ? 2 * pcap : 8;
                            pc = guide_xrealloc(pc, sizeof *pc * (size_t)pcap, "the analyses");
                        }
                        pc[npc].old = panswer_of(a, po, fo, x->vo);
                        pc[npc].neu = panswer_of(a, pn, fn, x->vn);
                        npc++;
                    }
                    bx = an_add_cell_box(a, bx, &nb, &cap, c, digit, nd);
                }
                arena_free(&scratch);
                arena_init(&scratch);
            }
        }
        for (int k = 0; k < nd; k++) {
            if (++digit[k] <= df->vars[dims[k]].ncells)
                break;
            digit[k] = 0;
        }
    }
    arena_free(&scratch);
    nb = an_merge_boxes(a, bx, nb, nd);
    if (nb && !df->collect)
        fprintf(df->out, "%s, with inputs unknown: %d region%s changed\n", name, nb, nb == 1 ? "" : "s");
    strbuf cond = STRBUF_INIT, ko = STRBUF_INIT, kn = STRBUF_INIT;
    for (int i = 0; i < nb; i++) {
        sb_clear(&cond);
        for (int k = 0; k < nd; k++)
            pregion_text(&cond, a, &df->vars[dims[k]], &bx[i].dim[k]);
        const pchange *c = &pc[bx[i].tag];
        for (int digits = 15;; digits = 17) {
            sb_clear(&ko);
            sb_clear(&kn);
            panswer_text(&ko, po, x->vo, &c->old, digits);
            panswer_text(&kn, pn, x->vn, &c->neu, digits);
            if (digits == 17 || strcmp(sb_str(&ko), sb_str(&kn)) != 0)
                break;
        }
        put_change(df, name, &cond, &ko, &kn, region_example(df, dims, nd, &bx[i]), 1);
    }
    sb_free(&cond);
    sb_free(&ko);
    sb_free(&kn);
    free(bx);
    free(pc);
    return nb;
}

/* "removed output x", "added output x", "output x changed type": a difference. */
static void output_line(differ *df, json_t *jout, char *msg)
{
    df->differs = 1;
    report(df, jout, msg);
    free(msg);
}

/* The verdict, as the text report's last line says it. */
static const char *verdict(const differ *df)
{
    if (df->differs)
        return "the versions differ";
    if (df->not_compared)
        return "the versions may differ";
    return "the versions are equivalent";
}

/* The warning for two versions that differ under one version string: a trace names the version
 * that produced it, so two different rulesets must not share one. */
static char *same_version_warning(const ir_program *old, const ir_program *neu)
{
    return sb_format("both versions carry version \"%s\" but differ: give the new one its own "
                     "version, so that a trace names which rules produced it", neu->version);
}

static json_t *ruleset_json(const ir_program *p)
{
    return json_pack("{s:s,s:s,s:s,s:s}", "name", p->name, "version", p->version, "sha256",
                     p->sha256, "file", p->file->path);
}

int an_diff(const ir_program *old, const ir_program *neu, const diff_opts *o, FILE *out)
{
    arena a;
    arena_init(&a);
    differ df = {.old = old, .neu = neu, .o = o, .out = out, .collect = o->format != DIFF_TEXT};
    df.jchanges = json_object();
    df.jskipped = json_array();
    json_object_set_new(df.jchanges, "changes", json_array());
    if (!df.collect)
        fprintf(out, "--- %s %s (%s)\n+++ %s %s (%s)\n", old->name, old->version, old->file->path,
                neu->name, neu->version, neu->file->path);
    compare_inputs(&df, &a);
    json_t *jout = json_array();
    for (int pass = 0; pass < 2; pass++) {
        const ir_program *p = pass ? neu : old, *other = pass ? old : neu;
        for (int v = guide_first_output(&p->info); v < p->nvars; v++)
            if (find_var(other, p->vars[v].name, GUIDE_VAR_OUTPUT) < 0)
                output_line(&df, jout, sb_format("%s output %s", pass ? "added" : "removed", p->vars[v].name));
    }
    interp *io = interp_new(old), *in = interp_new(neu);
    guide_frame *fo = guide_xcheck(guide_frame_new(&old->info), "a case's values");
    guide_frame *fn = guide_xcheck(guide_frame_new(&neu->info), "a case's values");
    json_t *junchanged = json_array();
    for (int vo = guide_first_output(&old->info); vo < old->nvars; vo++) {
        int vn = find_var(neu, old->vars[vo].name, GUIDE_VAR_OUTPUT);
        if (vn < 0)
            continue;
        const ir_var *x = &old->vars[vo], *y = &neu->vars[vn];
        if (x->type != y->type) {
            output_line(&df, jout, sb_format("output %s changed type", x->name));
            continue;
        }
        if (compare_output(&df, &a, x->name, vo, vn, io, in, fo, fn) == 0)
            json_array_append_new(junchanged, json_string(x->name));
    }
    json_t *jwarn = json_array();
    if (df.differs && strcmp(old->version, neu->version) == 0) {
        char *w = same_version_warning(old, neu);
        if (o->err)
            fprintf(o->err, "guidec: warning: %s\n", w);
        json_array_append_new(jwarn, json_string(w));
        free(w);
    }
    if (df.collect) {
        json_t *root = json_object();
        json_object_set_new(root, "equivalent", json_boolean(!df.differs && !df.not_compared));
        json_object_set_new(root, "verdict", json_string(verdict(&df)));
        json_object_set_new(root, "rulesets", json_pack("{s:o,s:o}", "old", ruleset_json(old),
                                                        "new", ruleset_json(neu)));
        json_object_set_new(root, "warnings", json_incref(jwarn));
        json_object_set(root, "inputs", json_object_get(df.jchanges, "inputs"));
        json_object_set_new(root, "outputs", jout);
        json_object_set(root, "changes", json_object_get(df.jchanges, "changes"));
        json_object_set_new(root, "unchanged", json_incref(junchanged));
        json_object_set(root, "not_compared", df.jskipped);
        if (o->format == DIFF_MD) {
            an_diff_md(root, out);
        } else {
            json_dumpf(root, out, JSON_COMPACT | JSON_REAL_PRECISION(15));
            fputc('\n', out);
        }
        json_decref(root);
    } else {
        json_decref(jout);
        if (json_array_size(junchanged)) {
            fputs("unchanged:", out);
            for (size_t i = 0; i < json_array_size(junchanged); i++)
                fprintf(out, "%s %s", i ? "," : "", json_string_value(json_array_get(junchanged, i)));
            fputc('\n', out);
        }
        if (!df.differs && df.not_compared)
            fprintf(out, "%s: %d output%s not compared\n", verdict(&df), df.not_compared,
                    df.not_compared == 1 ? "" : "s");
        else
            fprintf(out, "%s\n", verdict(&df));
    }
    json_decref(junchanged);
    json_decref(jwarn);
    json_decref(df.jchanges);
    json_decref(df.jskipped);
    guide_frame_free(fo);
    guide_frame_free(fn);
    interp_free(io);
    interp_free(in);
    arena_free(&a);
    return df.differs || df.not_compared;
}
