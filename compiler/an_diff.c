/* an_diff.c — the semantic difference of two versions of a ruleset; see an_diff.h. */
#include "an_diff.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "interp.h"

enum { MAX_CELLS = 64, MAX_DIMS = 64, KEY_LEN = 256, COND_LEN = 4096 };

/* One cell of an input: an interval (or a point) of a number, one label, or one bool. */
typedef struct dcell {
    double      lo, hi;
    uint8_t     lo_closed, hi_closed;
    guide_value old_rep, new_rep; /* the cell's value in each version (labels numbered apart) */
    const char *label;            /* enum: the label */
} dcell;

/* An input as both versions see it. */
typedef struct dvar {
    const char *name;
    int         vo, vn;  /* index in the old and the new version, -1 when absent */
    guide_type  type;
    const char *unit;
    int         ncells;
    dcell       cells[MAX_CELLS];
    const char *problem; /* why its cells cannot be compared, NULL when they can */
} dvar;

/* A cell (or, after merging, a region) whose answer changed. */
typedef struct box {
    int       change; /* index into the distinct old -> new pairs */
    uint64_t *mask;   /* [dimensions]: the cells of each input of the output's cone */
} box;

typedef struct differ {
    const ir_program *old, *neu;
    const diff_opts  *o;
    int               nvars;
    dvar             *vars;
    FILE             *out;
    json_t           *jchanges, *jskipped;
    int               differs;
} differ;

/* ---- inputs --------------------------------------------------------------------------------- */

static int find_var(const ir_program *p, const char *name, guide_var_kind kind)
{
    for (int i = 0; i < p->nvars; i++)
        if (p->vars[i].kind == kind && strcmp(p->vars[i].name, name) == 0)
            return i;
    return -1;
}

static int cmp_double(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return (a > b) - (a < b);
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
    if (t == GUIDE_INTEGER)
        v = isfinite(a) ? (a_in ? ceil(a) : floor(a) + 1) : floor(b) - 1;
    *x = v;
    return (a_in ? v >= a : v > a) && (b_in ? v <= b : v < b);
}

static void add_cell(dvar *d, double lo, int lo_in, double hi, int hi_in, double rep)
{
    if (d->ncells == MAX_CELLS) {
        d->problem = "splits into too many cells to compare";
        return;
    }
    dcell *c = &d->cells[d->ncells++];
    c->lo = lo;
    c->hi = hi;
    c->lo_closed = (uint8_t)lo_in;
    c->hi_closed = (uint8_t)hi_in;
    c->old_rep.num = c->new_rep.num = rep;
}

/* Splits a numeric input at every constant either version compares it with. */
static void numeric_cells(dvar *d, const ir_var *a, const ir_var *b)
{
    double lo = a->lo > b->lo ? a->lo : b->lo, hi = a->hi < b->hi ? a->hi : b->hi;
    double cuts[2 * MAX_CELLS];
    int n = 0;
    const ir_var *both[2] = {a, b};
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < both[k]->ncuts && n < 2 * MAX_CELLS; i++)
            if (both[k]->cuts[i] >= lo && both[k]->cuts[i] <= hi)
                cuts[n++] = both[k]->cuts[i];
    qsort(cuts, (size_t)n, sizeof *cuts, cmp_double);
    int u = 0;
    for (int i = 0; i < n; i++)
        if (u == 0 || cuts[u - 1] != cuts[i])
            cuts[u++] = cuts[i];
    double prev = lo;
    int prev_in = 1;
    for (int i = 0; i <= u; i++) {
        double next = i < u ? cuts[i] : hi;
        int next_in = i == u;
        double x;
        if (prev < next || (prev == next && prev_in && next_in))
            if (pick(d->type, prev, prev_in, next, next_in, &x))
                add_cell(d, prev, prev_in, next, next_in, x);
        if (i < u && (d->type != GUIDE_INTEGER || cuts[i] == floor(cuts[i])))
            add_cell(d, cuts[i], 1, cuts[i], 1, cuts[i]);
        prev = next;
        prev_in = 0;
    }
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
    for (int k = 0; k < df->nvars; k++) {
        dvar *d = &df->vars[k];
        const ir_var *a_ = d->vo >= 0 ? &po->vars[d->vo] : NULL, *b_ = d->vn >= 0 ? &pn->vars[d->vn] : NULL;
        const ir_var *one = a_ ? a_ : b_;
        char what[512] = "";
        if (!a_ || !b_) {
            snprintf(what, sizeof what, "%s input %s", a_ ? "removed" : "added", d->name);
        } else if (a_->type != b_->type || (a_->unit != b_->unit &&
                   (!a_->unit || !b_->unit || strcmp(a_->unit->name, b_->unit->name) != 0))) {
            snprintf(what, sizeof what, "input %s changed type or unit", d->name);
            d->problem = "changed type or unit";
        } else if (a_->lo != b_->lo || a_->hi != b_->hi) {
            snprintf(what, sizeof what, "input %s: range [%g, %g] -> [%g, %g]", d->name, a_->lo,
                     a_->hi, b_->lo, b_->hi);
        }
        if (a_ && b_ && (a_->type == GUIDE_ENUM) && a_->type == b_->type) {
            size_t o = strlen(what);
            for (int s = 0; s < 2; s++) {
                const ir_var *x = s ? b_ : a_, *y = s ? a_ : b_;
                for (int l = 0; l < x->nlabels; l++) {
                    int found = 0;
                    for (int m = 0; m < y->nlabels; m++)
                        found |= strcmp(x->labels[l], y->labels[m]) == 0;
                    if (!found && o < sizeof what - 80)
                        o += (size_t)snprintf(what + o, sizeof what - o, "%sinput %s: label %s %s",
                                              o ? "; " : "", d->name, x->labels[l],
                                              s ? "added" : "removed");
                }
            }
        }
        if (what[0]) {
            df->differs = 1;
            if (df->o->json)
                json_array_append_new(jin, json_string(what));
            else
                fprintf(df->out, "%s\n", what);
        }
        if (d->problem)
            continue;
        switch (one->type) {
        case GUIDE_BOOL:
            for (int b = 0; b < 2; b++) {
                d->cells[d->ncells].old_rep.b = d->cells[d->ncells].new_rep.b = b;
                d->ncells++;
            }
            break;
        case GUIDE_ENUM:
            for (int l = 0; l < one->nlabels; l++) {
                const ir_var *other = one == a_ ? b_ : a_;
                int m = -1;
                if (other)
                    for (int j = 0; j < other->nlabels; j++)
                        if (strcmp(other->labels[j], one->labels[l]) == 0)
                            m = j;
                if (other && m < 0)
                    continue; /* a label only one version knows cannot be compared */
                if (d->ncells == MAX_CELLS) {
                    d->problem = "has too many labels";
                    break;
                }
                dcell *c = &d->cells[d->ncells++];
                c->label = one->labels[l];
                c->old_rep.label = one == a_ ? l : m;
                c->new_rep.label = one == a_ ? m : l;
            }
            break;
        default:
            numeric_cells(d, a_ ? a_ : b_, b_ ? b_ : a_);
            break;
        }
    }
    if (df->o->json)
        json_object_set_new(df->jchanges, "inputs", jin);
    else
        json_decref(jin);
}

/* ---- answers -------------------------------------------------------------------------------- */

/* The answer of output v in frame f, as text ("high", "ND", "not applicable", "conflict"). */
static void answer_key(const ir_program *p, const guide_frame *f, int v, char *buf, size_t len)
{
    const guide_output *o = &f->out[v - guide_first_output(&p->info)];
    switch (o->state) {
    case GUIDE_NOT_APPLICABLE: snprintf(buf, len, "not applicable"); return;
    case GUIDE_UNDETERMINED: snprintf(buf, len, "undetermined"); return;
    case GUIDE_CONFLICT: snprintf(buf, len, "conflict"); return;
    case GUIDE_CONCLUDED: break;
    }
    if (o->is_null) {
        snprintf(buf, len, "ND");
        return;
    }
    const ir_var *x = &p->vars[v];
    if (x->type == GUIDE_NUMBER || x->type == GUIDE_INTEGER)
        snprintf(buf, len, "%.15g%s%s", f->val[v].num, x->unit ? " " : "", x->unit ? x->unit->name : "");
    else
        guide_format_value(&p->info, v, &f->val[v], buf, len);
}

/* ---- regions -------------------------------------------------------------------------------- */

static int ndims_sort; /* qsort has no context argument: the dimension being merged */
static int skip_dim_sort;

static int cmp_box(const void *x, const void *y)
{
    const box *a = x, *b = y;
    if (a->change != b->change)
        return a->change < b->change ? -1 : 1;
    for (int d = 0; d < ndims_sort; d++) {
        if (d == skip_dim_sort || a->mask[d] == b->mask[d])
            continue;
        return a->mask[d] < b->mask[d] ? -1 : 1;
    }
    return 0;
}

/* Merges boxes that agree on every dimension but one, dimension by dimension: each merge is
 * exact (the union of two such boxes is a box), and a few passes leave few regions. */
static int merge_boxes(box *bx, int n, int ndims)
{
    if (n == 0)
        return 0; /* bx may be NULL then, and qsort must not see it */
    ndims_sort = ndims;
    for (int pass = 0; pass < 3; pass++) {
        for (int d = 0; d < ndims; d++) {
            skip_dim_sort = d;
            qsort(bx, (size_t)n, sizeof *bx, cmp_box);
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (m > 0 && cmp_box(&bx[m - 1], &bx[i]) == 0)
                    bx[m - 1].mask[d] |= bx[i].mask[d];
                else
                    bx[m++] = bx[i];
            }
            n = m;
        }
    }
    skip_dim_sort = -1;
    return n;
}

static void fmt_num(char *buf, size_t len, double x) { snprintf(buf, len, "%g", x); }

/* Appends the condition a region puts on one input ("size_cm in (5, 10]"), or nothing when the
 * region allows every value. */
static size_t region_text(const dvar *d, uint64_t mask, char *buf, size_t len, size_t o)
{
    uint64_t all = d->ncells >= 64 ? ~(uint64_t)0 : (((uint64_t)1 << d->ncells) - 1);
    if ((mask & all) == all || o >= len - 1)
        return o;
    const char *sep = o ? ", " : "";
    if (d->type == GUIDE_BOOL)
        return o + (size_t)snprintf(buf + o, len - o, "%s%s%s", sep, mask & 2 ? "" : "not ", d->name);
    if (d->type == GUIDE_ENUM) {
        o += (size_t)snprintf(buf + o, len - o, "%s%s in {", sep, d->name);
        for (int c = 0, first = 1; c < d->ncells && o < len - 1; c++)
            if ((mask >> c) & 1) {
                o += (size_t)snprintf(buf + o, len - o, "%s%s", first ? "" : ", ", d->cells[c].label);
                first = 0;
            }
        return o + (size_t)snprintf(buf + o, len - o, "}");
    }
    /* numbers: runs of consecutive cells are intervals */
    int first = 1;
    for (int c = 0; c < d->ncells && o < len - 1; c++) {
        if (!((mask >> c) & 1))
            continue;
        int e = c;
        while (e + 1 < d->ncells && ((mask >> (e + 1)) & 1))
            e++;
        const dcell *a = &d->cells[c], *b = &d->cells[e];
        char lo[64], hi[64];
        fmt_num(lo, sizeof lo, a->lo);
        fmt_num(hi, sizeof hi, b->hi);
        /* mitoses_per_5mm2 <= 5, not mitoses_per_5mm2 <= 5 mitoses_per_5mm2 */
        int show_unit = d->unit && strcmp(d->unit, d->name) != 0;
        const char *u = show_unit ? d->unit : "";
        const char *us = show_unit ? " " : "";
        o += (size_t)snprintf(buf + o, len - o, "%s", first ? sep : " or ");
        if (a->lo == b->hi)
            o += (size_t)snprintf(buf + o, len - o, "%s = %s%s%s", d->name, lo, us, u);
        else if (c == 0 && a->lo_closed)
            o += (size_t)snprintf(buf + o, len - o, "%s %s %s%s%s", d->name, b->hi_closed ? "<=" : "<",
                                  hi, us, u);
        else if (e == d->ncells - 1 && b->hi_closed)
            o += (size_t)snprintf(buf + o, len - o, "%s %s %s%s%s", d->name, a->lo_closed ? ">=" : ">",
                                  lo, us, u);
        else
            o += (size_t)snprintf(buf + o, len - o, "%s in %c%s, %s%c%s%s", d->name,
                                  a->lo_closed ? '[' : '(', lo, hi, b->hi_closed ? ']' : ')', us, u);
        first = 0;
        c = e;
    }
    return o;
}

/* ---- outputs -------------------------------------------------------------------------------- */

static void set_input(const ir_program *p, guide_frame *f, int v, guide_value val)
{
    if (v < 0)
        return;
    f->val[v] = val;
    f->known[v] = 1;
    (void)p;
}

static void compare_output(differ *df, arena *a, const char *name, int vo, int vn, interp *io,
                           interp *in, guide_frame *fo, guide_frame *fn)
{
    const ir_program *po = df->old, *pn = df->neu;
    /* The cone: inputs either version's output depends on. */
    int dims[MAX_DIMS], nd = 0;
    const char *problem = NULL, *culprit = NULL;
    double worlds = 1;
    for (int k = 0; k < df->nvars; k++) {
        const dvar *d = &df->vars[k];
        int in_o = d->vo >= 0 && ((po->vars[vo].cone[d->vo / 64] >> (d->vo % 64)) & 1);
        int in_n = d->vn >= 0 && ((pn->vars[vn].cone[d->vn / 64] >> (d->vn % 64)) & 1);
        if (!in_o && !in_n)
            continue;
        if (d->problem || nd == MAX_DIMS) {
            problem = d->problem ? d->problem : "depends on too many inputs";
            culprit = d->name;
            continue;
        }
        dims[nd++] = k;
        worlds *= d->ncells;
    }
    if (!problem && worlds > (double)df->o->budget) {
        problem = "has more cells than the budget";
        culprit = NULL;
    }
    if (problem) {
        char msg[512];
        snprintf(msg, sizeof msg, "%s: not compared: input %s %s", name, culprit ? culprit : "-",
                 problem);
        if (!culprit)
            snprintf(msg, sizeof msg, "%s: not compared: %.0f cells exceed the budget of %ld (--budget)",
                     name, worlds, df->o->budget);
        if (df->o->json)
            json_array_append_new(df->jskipped, json_string(msg));
        else
            fprintf(df->out, "%s\n", msg);
        df->differs = 1; /* equivalence was not shown */
        return;
    }
    long n = (long)worlds;
    /* Only the cells that changed are kept; masks live in the arena. */
    box *bx = NULL;
    char (*keys)[2][KEY_LEN] = NULL;
    int nchanges = 0, nb = 0, cap = 0, kcap = 0;
    int digit[MAX_DIMS] = {0};
    for (long w = 0; w < n; w++) {
        guide_frame_clear(fo);
        guide_frame_clear(fn);
        for (int k = 0; k < nd; k++) {
            const dvar *d = &df->vars[dims[k]];
            set_input(po, fo, d->vo, d->cells[digit[k]].old_rep);
            set_input(pn, fn, d->vn, d->cells[digit[k]].new_rep);
        }
        /* only what the output depends on */
        interp_eval_some(io, fo, NULL, po->vars[vo].cone_vars, po->vars[vo].ncone_vars);
        interp_eval_some(in, fn, NULL, pn->vars[vn].cone_vars, pn->vars[vn].ncone_vars);
        char ko[KEY_LEN], kn[KEY_LEN];
        answer_key(po, fo, vo, ko, sizeof ko);
        answer_key(pn, fn, vn, kn, sizeof kn);
        if (strcmp(ko, kn) != 0) {
            int c = 0;
            while (c < nchanges && (strcmp(keys[c][0], ko) || strcmp(keys[c][1], kn)))
                c++;
            if (c == nchanges) {
                if (nchanges == kcap) {
                    kcap = kcap ? 2 * kcap : 8;
                    keys = realloc(keys, sizeof *keys * (size_t)kcap);
                }
                memcpy(keys[c][0], ko, KEY_LEN);
                memcpy(keys[c][1], kn, KEY_LEN);
                nchanges++;
            }
            if (nb == cap) {
                cap = cap ? 2 * cap : 64;
                bx = realloc(bx, sizeof *bx * (size_t)cap);
            }
            bx[nb].mask = arena_alloc(a, sizeof(uint64_t) * (size_t)(nd + 1));
            bx[nb].change = c;
            for (int k = 0; k < nd; k++)
                bx[nb].mask[k] = (uint64_t)1 << digit[k];
            nb++;
        }
        for (int k = 0; k < nd; k++) {
            if (++digit[k] < df->vars[dims[k]].ncells)
                break;
            digit[k] = 0;
        }
    }
    nb = merge_boxes(bx, nb, nd);
    if (nb && !df->o->json)
        fprintf(df->out, "%s: %d region%s changed\n", name, nb, nb == 1 ? "" : "s");
    for (int i = 0; i < nb; i++) {
        df->differs = 1;
        char cond[COND_LEN];
        size_t o = 0;
        cond[0] = '\0';
        json_t *example = json_object();
        for (int k = 0; k < nd; k++) {
            const dvar *d = &df->vars[dims[k]];
            o = region_text(d, bx[i].mask[k], cond, sizeof cond, o);
            int c = 0;
            while (!((bx[i].mask[k] >> c) & 1))
                c++;
            const dcell *cell = &d->cells[c];
            json_t *jv = d->type == GUIDE_BOOL ? json_boolean(cell->old_rep.b)
                       : d->type == GUIDE_ENUM ? json_string(cell->label)
                       : cell->old_rep.num == floor(cell->old_rep.num) && fabs(cell->old_rep.num) < 1e15
                           ? json_integer((json_int_t)cell->old_rep.num)
                           : json_real(cell->old_rep.num);
            json_object_set_new(example, d->name, jv);
        }
        if (!cond[0])
            snprintf(cond, sizeof cond, "every case");
        const char *ko = keys[bx[i].change][0], *kn = keys[bx[i].change][1];
        if (df->o->json) {
            json_t *j = json_object();
            json_object_set_new(j, "output", json_string(name));
            json_object_set_new(j, "condition", json_string(cond));
            json_object_set_new(j, "old", json_string(ko));
            json_object_set_new(j, "new", json_string(kn));
            json_object_set_new(j, "example", example);
            json_array_append_new(json_object_get(df->jchanges, "changes"), j);
        } else {
            char *ex = json_dumps(example, JSON_COMPACT | JSON_REAL_PRECISION(15));
            fprintf(df->out, "  %s\n      %s -> %s    e.g. %s\n", cond, ko, kn, ex);
            free(ex);
            json_decref(example);
        }
    }
    free(bx);
    free(keys);
}

int an_diff(const ir_program *old, const ir_program *neu, const diff_opts *o, FILE *out)
{
    arena a;
    arena_init(&a);
    differ df = {.old = old, .neu = neu, .o = o, .out = out};
    df.jchanges = json_object();
    df.jskipped = json_array();
    json_object_set_new(df.jchanges, "changes", json_array());
    if (!o->json)
        fprintf(out, "--- %s %s (%s)\n+++ %s %s (%s)\n", old->name, old->version, old->file->path,
                neu->name, neu->version, neu->file->path);
    compare_inputs(&df, &a);
    json_t *jout = json_array();
    for (int pass = 0; pass < 2; pass++) {
        const ir_program *p = pass ? neu : old, *other = pass ? old : neu;
        for (int v = guide_first_output(&p->info); v < p->nvars; v++) {
            if (find_var(other, p->vars[v].name, GUIDE_VAR_OUTPUT) >= 0)
                continue;
            df.differs = 1;
            char msg[256];
            snprintf(msg, sizeof msg, "%s output %s", pass ? "added" : "removed", p->vars[v].name);
            if (o->json)
                json_array_append_new(jout, json_string(msg));
            else
                fprintf(out, "%s\n", msg);
        }
    }
    interp *io = interp_new(old, 0), *in = interp_new(neu, 0);
    guide_frame *fo = guide_frame_new(&old->info), *fn = guide_frame_new(&neu->info);
    for (int vo = guide_first_output(&old->info); vo < old->nvars; vo++) {
        int vn = find_var(neu, old->vars[vo].name, GUIDE_VAR_OUTPUT);
        if (vn < 0)
            continue;
        const ir_var *x = &old->vars[vo], *y = &neu->vars[vn];
        if (x->type != y->type) {
            df.differs = 1;
            char msg[256];
            snprintf(msg, sizeof msg, "output %s changed type", x->name);
            if (o->json)
                json_array_append_new(jout, json_string(msg));
            else
                fprintf(out, "%s\n", msg);
            continue;
        }
        compare_output(&df, &a, x->name, vo, vn, io, in, fo, fn);
    }
    if (o->json) {
        json_t *root = json_object();
        json_object_set_new(root, "equivalent", json_boolean(!df.differs));
        json_t *jr = json_object();
        json_object_set_new(jr, "old", json_pack("{s:s,s:s,s:s}", "name", old->name, "version",
                                                 old->version, "sha256", old->sha256));
        json_object_set_new(jr, "new", json_pack("{s:s,s:s,s:s}", "name", neu->name, "version",
                                                 neu->version, "sha256", neu->sha256));
        json_object_set_new(root, "rulesets", jr);
        json_object_set(root, "inputs", json_object_get(df.jchanges, "inputs"));
        json_object_set_new(root, "outputs", jout);
        json_object_set(root, "changes", json_object_get(df.jchanges, "changes"));
        json_object_set(root, "not_compared", df.jskipped);
        json_dumpf(root, out, JSON_COMPACT | JSON_REAL_PRECISION(15));
        fputc('\n', out);
        json_decref(root);
    } else {
        json_decref(jout);
        fprintf(out, df.differs ? "the versions differ\n" : "the versions are equivalent\n");
    }
    json_decref(df.jchanges);
    json_decref(df.jskipped);
    guide_frame_free(fo);
    guide_frame_free(fn);
    interp_free(io);
    interp_free(in);
    arena_free(&a);
    return df.differs;
}
