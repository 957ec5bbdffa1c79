/* an_sweep.c — gaps, overlaps and unreachable rows of a table by sweeping, one input at a time.
 *
 * Every row of a table is a box: per input, an interval or a set of labels (the conjunction of
 * its cells and of the table's guard). On the first input, the sweep cuts the domain at every
 * row's bounds, and for each elementary segment collects the rows that cover it; it recurses on
 * the next input with those rows only, and only once per distinct set of rows. At the last input
 * the rows left all match the same cases: none is a gap, two or more an overlap (a `first` table
 * uses the first of them). This is the sweep-line method for decision-table analysis; it never
 * builds the product of all cells, and on tables shaped like grids its cost is near-linear in
 * the number of rows.
 *
 * Consecutive segments covered by the same rows are one region of that input: the sweep recurses
 * once for them, and a gap's band is the product of those regions along the way, in the cells of
 * each input (an_region.h); an overlap's band is the meeting of the two rows' boxes. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "an_region.h"
#include "analyse.h"
#include "guide_limits.h"
#include "strbuf.h"
#include "xalloc.h"

enum { MAX_PAIRS = 20 };

/* One input of the sweep, and one row's constraint on it. */
typedef struct sw_dim {
    int         var;
    guide_type  type;
    int         nlabels;
    double      lo, hi;      /* numeric domain (the declared range, narrowed by the guard) */
    uint8_t     lo_in, hi_in;
    uint64_t    labels;      /* enum / bool domain */
} sw_dim;

typedef struct sw_box {
    double   lo, hi;
    uint8_t  lo_in, hi_in;
    uint64_t labels;
} sw_box;

/* The cells of one input a region covers: a range for a number, a set of labels otherwise. */
typedef struct sw_cells {
    int      lo, hi;  /* number: cells lo .. hi */
    uint64_t mask;    /* enum, bool */
} sw_cells;

typedef struct sweep {
    const ir_program *p;
    const ir_table   *tb;
    int               ndims;
    sw_dim           *dims;
    sw_box           *box;     /* [row * ndims + dim] */
    guide_value      *example; /* [ndims]: the segment chosen so far on each input */
    an_dim           *cells;   /* [ndims]: each input's cells, for the bands */
    int              *decl;    /* [ndims]: the dimensions in declaration order */
    sw_cells         *region;  /* [ndims]: the region chosen so far on each input */
    sw_cells         *domain;  /* [ndims]: the cells of each input's domain */
    an_boxes          gap_boxes;
    /* findings */
    long              gaps;
    guide_value      *gap_example;
    int               npairs;
    int               pairs[MAX_PAIRS][2];
    guide_value      *pair_examples[MAX_PAIRS];
    long              more_pairs;
    uint8_t          *pair_seen; /* only for small tables; NULL otherwise */
    uint8_t          *reached;
    arena            *a;
} sweep;

static sw_box *box_of(const sweep *s, int row, int d) { return &s->box[(size_t)row * (size_t)s->ndims + (size_t)d]; }

static int dim_of(sweep *s, int var, int create)
{
    for (int d = 0; d < s->ndims; d++)
        if (s->dims[d].var == var)
            return d;
    if (!create)
        return -1;
    const ir_var *v = &s->p->vars[var];
    sw_dim *dm = &s->dims[s->ndims];
    dm->var = var;
    dm->type = v->type;
    dm->nlabels = guide_type_repr(v->type) == GUIDE_REPR_TRUTH ? 2 : v->nlabels;
    dm->lo = v->lo;
    dm->hi = v->hi;
    dm->lo_in = dm->hi_in = 1;
    dm->labels = dm->nlabels >= 64 ? ~(uint64_t)0 : (((uint64_t)1 << dm->nlabels) - 1);
    return s->ndims++;
}

/* Narrows a box by one atom (negated or not); returns 0 when it cannot be a box. */
static int narrow(sw_box *b, const ir_atom *a, int negated, int nlabels)
{
    uint64_t all = nlabels >= 64 ? ~(uint64_t)0 : (((uint64_t)1 << nlabels) - 1);
    switch (a->kind) {
    case IR_A_BOOL: {
        uint64_t m = (uint64_t)1 << (negated ? !a->b : a->b);
        b->labels &= m;
        return 1;
    }
    case IR_A_LABELS:
        b->labels &= negated ? all & ~a->labels : a->labels;
        return 1;
    case IR_A_INTERVAL:
        if (negated)
            return 0; /* the complement of an interval is two intervals */
        if (a->lo > b->lo || (a->lo == b->lo && !a->lo_closed)) {
            b->lo = a->lo;
            b->lo_in = a->lo_closed;
        }
        if (a->hi < b->hi || (a->hi == b->hi && !a->hi_closed)) {
            b->hi = a->hi;
            b->hi_in = a->hi_closed;
        }
        return 1;
    }
    return 0;
}

/* Collects the atoms of a conjunction; returns 0 if the condition is not one. */
static int conj_atoms(const ir_cond *c, const ir_cond **atoms, int *neg, int *n, int cap)
{
    switch (c->kind) {
    case IR_C_TRUE: return 1;
    case IR_C_ATOM:
        if (*n == cap)
            return 0;
        atoms[*n] = c;
        neg[(*n)++] = 0;
        return 1;
    case IR_C_NOT:
        if (c->kids[0]->kind != IR_C_ATOM || *n == cap)
            return 0;
        atoms[*n] = c->kids[0];
        neg[(*n)++] = 1;
        return 1;
    case IR_C_AND:
        for (int i = 0; i < c->nkids; i++)
            if (!conj_atoms(c->kids[i], atoms, neg, n, cap))
                return 0;
        return 1;
    default: return 0;
    }
}

/* The variables a sweep may treat as free: inputs and arithmetic values (as the enumeration
 * does); an output or a match value in a cell is computed, so the sweep does not apply. */
static int free_var(const ir_program *p, int v)
{
    const ir_var *x = &p->vars[v];
    return x->kind == GUIDE_VAR_INPUT || (x->kind == GUIDE_VAR_DERIVED && !x->is_match);
}

/* Builds the boxes; returns 0 when some row or the guard is not a conjunction of atoms. */
static int build(sweep *s)
{
    const ir_program *p = s->p;
    const ir_table *tb = s->tb;
    enum { CAP = 256 };
    const ir_cond *atoms[CAP];
    int neg[CAP];
    s->dims = arena_alloc(s->a, sizeof *s->dims * (size_t)(p->nvars + 1));
    /* dimensions: every variable any row or the guard mentions */
    for (int r = -1; r < tb->nrows; r++) {
        const ir_cond *c = r < 0 ? tb->guard : p->clauses[tb->first_clause + r].when;
        int n = 0;
        if (r >= 0 && p->clauses[tb->first_clause + r].unless)
            return 0;
        if (!conj_atoms(c, atoms, neg, &n, CAP))
            return 0;
        for (int i = 0; i < n; i++) {
            if (!free_var(p, atoms[i]->atom.var))
                return 0;
            dim_of(s, atoms[i]->atom.var, 1);
        }
    }
    /* the guard narrows the domain */
    int n = 0;
    conj_atoms(tb->guard, atoms, neg, &n, CAP);
    for (int i = 0; i < n; i++) {
        sw_dim *dm = &s->dims[dim_of(s, atoms[i]->atom.var, 0)];
        sw_box b = {dm->lo, dm->hi, dm->lo_in, dm->hi_in, dm->labels};
        if (!narrow(&b, &atoms[i]->atom, neg[i], dm->nlabels))
            return 0;
        dm->lo = b.lo, dm->hi = b.hi, dm->lo_in = b.lo_in, dm->hi_in = b.hi_in, dm->labels = b.labels;
    }
    s->box = arena_alloc(s->a, sizeof *s->box * (size_t)tb->nrows * (size_t)(s->ndims + 1));
    for (int r = 0; r < tb->nrows; r++) {
        for (int d = 0; d < s->ndims; d++) {
            const sw_dim *dm = &s->dims[d];
            sw_box b = {dm->lo, dm->hi, dm->lo_in, dm->hi_in, dm->labels};
            *box_of(s, r, d) = b;
        }
        n = 0;
        conj_atoms(p->clauses[tb->first_clause + r].when, atoms, neg, &n, CAP);
        for (int i = 0; i < n; i++) {
            int d = dim_of(s, atoms[i]->atom.var, 0);
            if (!narrow(box_of(s, r, d), &atoms[i]->atom, neg[i], s->dims[d].nlabels))
                return 0;
        }
    }
    return 1;
}

/* ---- the sweep ------------------------------------------------------------------------------- */

static guide_value *snapshot(sweep *s)
{
    guide_value *v = arena_alloc(s->a, sizeof *v * (size_t)(s->ndims + 1));
    memcpy(v, s->example, sizeof *v * (size_t)s->ndims);
    return v;
}

/* A value of a dimension's domain, for the inputs a gap leaves unswept. */
static guide_value any_value(const sw_dim *dm)
{
    guide_value v;
    memset(&v, 0, sizeof v);
    if (guide_type_is_discrete(dm->type)) {
        int l = 0;
        while (l < dm->nlabels && !((dm->labels >> l) & 1))
            l++;
        if (guide_type_repr(dm->type) == GUIDE_REPR_LABEL)
            v.label = l;
        else
            v.b = l;
    } else {
        v.num = isfinite(dm->lo) ? (guide_type_is_integral(dm->type) ? ceil(dm->lo) : dm->lo) : 0;
    }
    return v;
}

/* The region chosen so far as cell sets, in declaration order (runs: room for 33 per input, the
 * most a set of 64 labels makes). */
static void region_sets(const sweep *s, an_cellset *sets, an_run *runs)
{
    for (int i = 0; i < s->ndims; i++) {
        int d = s->decl[i];
        const sw_cells *r = &s->region[d];
        an_cellset *cs = &sets[i];
        cs->r = &runs[33 * i];
        cs->n = 0;
        if (!guide_type_is_discrete(s->dims[d].type)) {
            cs->r[cs->n++] = (an_run){r->lo, r->hi + 1};
            continue;
        }
        for (int c = 0; c < s->cells[d].ncells && c < 64; c++) {
            if (!((r->mask >> c) & 1))
                continue;
            if (cs->n && cs->r[cs->n - 1].hi == c)
                cs->r[cs->n - 1].hi = c + 1;
            else
                cs->r[cs->n++] = (an_run){c, c + 1};
        }
    }
}

static void leaf(sweep *s, const int *rows, int n)
{
    if (n == 0) {
        if (s->gaps++ == 0)
            s->gap_example = snapshot(s);
        an_cellset *sets = guide_xmalloc(sizeof *sets * (size_t)(s->ndims + 1), "the analyses");
        an_run *runs = guide_xmalloc(sizeof *runs * 33 * (size_t)(s->ndims + 1), "the analyses");
        region_sets(s, sets, runs);
        an_boxes_add(s->a, &s->gap_boxes, sets);
        free(sets);
        free(runs);
        return;
    }
    int first = rows[0];
    for (int i = 1; i < n; i++)
        if (rows[i] < first)
            first = rows[i];
    s->reached[first] = 1;
    if (s->tb->hit != GUIDE_HIT_UNIQUE || n < 2)
        return;
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
            int a = rows[i], b = rows[j];
            if (a >= b)
                continue;
            size_t key = (size_t)a * (size_t)s->tb->nrows + (size_t)b;
            if (s->pair_seen) {
                if (s->pair_seen[key])
                    continue;
                s->pair_seen[key] = 1;
            }
            if (s->npairs < MAX_PAIRS) {
                s->pairs[s->npairs][0] = a;
                s->pairs[s->npairs][1] = b;
                s->pair_examples[s->npairs++] = snapshot(s);
            } else {
                s->more_pairs++;
            }
        }
    }
}

static int same_rows(const int *a, int na, const int *b, int nb)
{
    return na == nb && memcmp(a, b, sizeof *a * (size_t)na) == 0;
}

static int covers(const sw_box *b, double lo, double hi, int point)
{
    if (point)
        return (b->lo < lo || (b->lo == lo && b->lo_in)) && (lo < b->hi || (lo == b->hi && b->hi_in));
    /* the open segment (lo, hi) */
    return (b->lo <= lo) && (b->hi >= hi);
}

static int cmp_int(const void *x, const void *y)
{
    int a = *(const int *)x, b = *(const int *)y;
    return (a > b) - (a < b);
}

/* qsort has no context argument in C11: the sweep and the dimension whose lower bounds order
 * the rows (set just before sorting, read only by cmp_row_lo). */
static const sweep *sort_ctx;
static int          sort_dim;

static int cmp_row_lo(const void *x, const void *y)
{
    int a = *(const int *)x, b = *(const int *)y;
    double la = box_of(sort_ctx, a, sort_dim)->lo, lb = box_of(sort_ctx, b, sort_dim)->lo;
    return la < lb ? -1 : la > lb ? 1 : (a > b) - (a < b);
}

static void sweep_dim(sweep *s, int d, const int *rows, int n);

/* Recurses on the next input with the rows covering the region just chosen on input d (its
 * example and cells set): none is a gap whatever the inputs after d are. */
static void descend(sweep *s, int d, const int *rows, int n)
{
    if (n == 0) {
        for (int k = d + 1; k < s->ndims; k++) {
            s->example[k] = any_value(&s->dims[k]);
            s->region[k] = s->domain[k];
        }
        leaf(s, rows, 0);
    } else {
        sweep_dim(s, d + 1, rows, n);
    }
}

/* The segments of input d covered by the same rows, gathered until the rows change: then the
 * region they make is swept further (a segment covered by the same rows as the one before it
 * gives no other finding, only a larger band). */
typedef struct pending {
    int        *rows, n;
    int         have;
    guide_value example; /* the first segment's */
    sw_cells    cells;
} pending;

static void flush(sweep *s, int d, pending *pd)
{
    if (!pd->have)
        return;
    s->example[d] = pd->example;
    s->region[d] = pd->cells;
    descend(s, d, pd->rows, pd->n);
    pd->have = 0;
}

/* Adds segment `cells` (example x), covered by rows cur, to the pending region, or flushes it
 * and starts another when the rows differ. */
static void gather(sweep *s, int d, pending *pd, const int *cur, int ncur, guide_value x, sw_cells cells)
{
    if (pd->have && same_rows(pd->rows, pd->n, cur, ncur)) {
        pd->cells.hi = cells.hi;
        pd->cells.mask |= cells.mask;
        return;
    }
    flush(s, d, pd);
    memcpy(pd->rows, cur, sizeof *cur * (size_t)ncur);
    pd->n = ncur;
    pd->have = 1;
    pd->example = x;
    pd->cells = cells;
}

/* Input d, an enum or a boolean: label by label, the rows that allow it (cur: scratch). */
static void sweep_labels(sweep *s, int d, const int *rows, int n, int *cur, pending *pd)
{
    const sw_dim *dm = &s->dims[d];
    for (int l = 0; l < dm->nlabels; l++) {
        if (!((dm->labels >> l) & 1))
            continue;
        int ncur = 0;
        for (int i = 0; i < n; i++)
            if ((box_of(s, rows[i], d)->labels >> l) & 1)
                cur[ncur++] = rows[i];
        guide_value x;
        memset(&x, 0, sizeof x);
        if (guide_type_repr(dm->type) == GUIDE_REPR_LABEL)
            x.label = l;
        else
            x.b = l;
        /* labels are not ordered: compare with the previous label only, which groups the
         * usual runs and is still exact (each distinct set is swept at least once) */
        gather(s, d, pd, cur, ncur, x, (sw_cells){0, -1, (uint64_t)1 << l});
    }
}

/* The bounds of the rows on numeric input d inside its domain, sorted and unique, into e
   (room for 2n + 2); returns how many. */
static int row_bounds(const sweep *s, int d, const int *rows, int n, double *e)
{
    const sw_dim *dm = &s->dims[d];
    int ne = 0;
    e[ne++] = dm->lo;
    e[ne++] = dm->hi;
    for (int i = 0; i < n; i++) {
        const sw_box *b = box_of(s, rows[i], d);
        if (b->lo > dm->lo && b->lo < dm->hi)
            e[ne++] = b->lo;
        if (b->hi > dm->lo && b->hi < dm->hi)
            e[ne++] = b->hi;
    }
    return ir_sort_cuts(e, ne);
}

/* A value of numeric input dm in the point {lo} (point) or the open segment (lo, hi), into x;
   0 when the segment has none the input can take (outside the domain, no integer in it). */
static int segment_example(const sw_dim *dm, double lo, double hi, int point, double *x)
{
    if (point && ((lo == dm->lo && !dm->lo_in) || (lo == dm->hi && !dm->hi_in)))
        return 0;
    if (point && !isfinite(lo))
        return 0;
    if (point) {
        *x = lo;
        return !(guide_type_is_integral(dm->type) && *x != floor(*x));
    }
    if (!isfinite(lo)) {
        /* below the first cut of a value with no lower bound (an arithmetic value):
         * a segment like any other, which the sweep once skipped */
        *x = !isfinite(hi) ? 0 : guide_type_is_integral(dm->type) ? ceil(hi) - 1 : hi - 1;
        return 1;
    }
    if (guide_type_is_integral(dm->type)) {
        *x = floor(lo) + 1;
        return *x < hi;
    }
    *x = hi - lo > 2 ? lo + 1 : (lo + hi) / 2;
    return 1;
}

/* The rows of a numeric input as the sweep passes its segments: sorted by lower bound, they
   enter as the sweep passes them and leave once it is past their upper bound, so each segment
   tests only the rows that may cover it (n rows side by side: O(n log n), not n * 2n). */
typedef struct row_scan {
    int *order, next, n;
    int *active, nactive;
} row_scan;

/* The rows covering segment (lo, hi) or point {lo} of input d, in table order, into cur;
   returns how many. */
static int rows_covering(const sweep *s, int d, row_scan *rs, double lo, double hi, int point,
                         int *cur)
{
    /* a row covers this segment only if it starts at or before lo and ends at or after
     * lo; lo only grows, so a row that ended before it never covers a later segment */
    while (rs->next < rs->n && box_of(s, rs->order[rs->next], d)->lo <= lo)
        rs->active[rs->nactive++] = rs->order[rs->next++];
    int ncur = 0, kept = 0;
    for (int i = 0; i < rs->nactive; i++) {
        const sw_box *b = box_of(s, rs->active[i], d);
        if (b->hi < lo)
            continue;
        rs->active[kept++] = rs->active[i];
        if (covers(b, lo, hi, point))
            cur[ncur++] = rs->active[i];
    }
    rs->nactive = kept;
    /* the rows in their table order, as the callers and the findings expect */
    if (ncur > 1)
        qsort(cur, (size_t)ncur, sizeof *cur, cmp_int);
    return ncur;
}

/* Input d, a number: segment by segment between the rows' bounds, {e0}, (e0, e1), {e1}, ...,
   the rows that cover it (cur: scratch). */
static void sweep_numbers(sweep *s, int d, const int *rows, int n, int *cur, pending *pd)
{
    const sw_dim *dm = &s->dims[d];
    double *e = guide_xmalloc(sizeof *e * (size_t)(2 * n + 2), "the analyses");
    int u = row_bounds(s, d, rows, n, e);
    row_scan rs = {guide_xmalloc(sizeof *rs.order * (size_t)(n + 1), "the analyses"), 0, n,
                   guide_xmalloc(sizeof *rs.active * (size_t)(n + 1), "the analyses"), 0};
    memcpy(rs.order, rows, sizeof *rs.order * (size_t)n);
    sort_ctx = s;
    sort_dim = d;
    qsort(rs.order, (size_t)n, sizeof *rs.order, cmp_row_lo);
    for (int k = 0; k < 2 * u - 1; k++) {
        int point = k % 2 == 0;
        double lo = e[k / 2], hi = point ? lo : e[k / 2 + 1], x;
        if (!segment_example(dm, lo, hi, point, &x))
            continue;
        int ncur = rows_covering(s, d, &rs, lo, hi, point, cur);
        guide_value ex;
        memset(&ex, 0, sizeof ex);
        ex.num = x;
        const an_dim *cd = &s->cells[d];
        sw_cells sc = {point ? an_cell_from(cd, lo, 1) : an_cell_from(cd, lo, 0),
                       point ? an_cell_to(cd, lo, 1) : an_cell_to(cd, hi, 0), 0};
        gather(s, d, pd, cur, ncur, ex, sc);
    }
    free(e);
    free(rs.order);
    free(rs.active);
}

/* Sweeps input d and the ones after it, over the region covered by rows. */
static void sweep_dim(sweep *s, int d, const int *rows, int n)
{
    if (d == s->ndims) {
        leaf(s, rows, n);
        return;
    }
    const sw_dim *dm = &s->dims[d];
    int *cur = guide_xmalloc(sizeof *cur * (size_t)(n + 1), "the analyses");
    pending pd = {guide_xmalloc(sizeof *pd.rows * (size_t)(n + 1), "the analyses"), 0, 0, {0},
                  {0, 0, 0}};
    if (guide_type_is_discrete(dm->type))
        sweep_labels(s, d, rows, n, cur, &pd);
    else
        sweep_numbers(s, d, rows, n, cur, &pd);
    flush(s, d, &pd);
    free(cur);
    free(pd.rows);
}

/* ---- entry ------------------------------------------------------------------------------------ */

/* An example over the sweep's inputs, in declaration order, as text in the arena. */
static const char *format_example(const sweep *s, const guide_value *ex)
{
    strbuf sb = STRBUF_INIT;
    int first = 1;
    for (int v = 0; v < s->p->nvars; v++) {
        for (int d = 0; d < s->ndims; d++) {
            if (s->dims[d].var != v)
                continue;
            /* a label (at most GUIDE_MAX_NAME bytes), a bool, or a number with its unit's name */
            char val[4 * GUIDE_MAX_NAME];
            guide_value x = ex[d];
            guide_format_value(&s->p->info, v, &x, val, sizeof val);
            sb_printf(&sb, "%s%s = %s", first ? "" : ", ", s->p->vars[v].name, val);
            first = 0;
        }
    }
    const char *text = arena_strdup(s->a, sb_str(&sb));
    sb_free(&sb);
    return text;
}

/* The cells of each input, its domain's, and the order in which the bands name the inputs. */
static void prepare_bands(sweep *s)
{
    int nd = s->ndims;
    s->cells = arena_alloc(s->a, sizeof *s->cells * (size_t)(nd + 1));
    s->decl = arena_alloc(s->a, sizeof *s->decl * (size_t)(nd + 1));
    s->region = arena_alloc(s->a, sizeof *s->region * (size_t)(nd + 1));
    s->domain = arena_alloc(s->a, sizeof *s->domain * (size_t)(nd + 1));
    int k = 0;
    for (int v = 0; v < s->p->nvars; v++)
        for (int d = 0; d < nd; d++)
            if (s->dims[d].var == v)
                s->decl[k++] = d;
    for (int d = 0; d < nd; d++) {
        const sw_dim *dm = &s->dims[d];
        an_dim_of_var(s->a, s->p, dm->var, &s->cells[d]);
        if (guide_type_is_discrete(dm->type))
            s->domain[d] = (sw_cells){0, -1, dm->labels};
        else
            s->domain[d] = (sw_cells){an_cell_from(&s->cells[d], dm->lo, dm->lo_in),
                                      an_cell_to(&s->cells[d], dm->hi, dm->hi_in), 0};
    }
    s->gap_boxes.ndims = nd;
}

/* The band of overlapping rows ra and rb: where both boxes meet. */
static an_bands pair_band(sweep *s, int ra, int rb, const an_dim *dims)
{
    for (int d = 0; d < s->ndims; d++) {
        const sw_box *x = box_of(s, ra, d), *y = box_of(s, rb, d);
        if (guide_type_is_discrete(s->dims[d].type)) {
            s->region[d] = (sw_cells){0, -1, x->labels & y->labels};
            continue;
        }
        const sw_box *lo = x->lo > y->lo || (x->lo == y->lo && !x->lo_in) ? x : y;
        const sw_box *hi = x->hi < y->hi || (x->hi == y->hi && !x->hi_in) ? x : y;
        s->region[d] = (sw_cells){an_cell_from(&s->cells[d], lo->lo, lo->lo_in),
                                  an_cell_to(&s->cells[d], hi->hi, hi->hi_in), 0};
    }
    an_boxes bs = {.ndims = s->ndims};
    an_cellset *sets = guide_xmalloc(sizeof *sets * (size_t)(s->ndims + 1), "the analyses");
    an_run *runs = guide_xmalloc(sizeof *runs * 33 * (size_t)(s->ndims + 1), "the analyses");
    region_sets(s, sets, runs);
    an_boxes_add(s->a, &bs, sets);
    free(sets);
    free(runs);
    an_bands b;
    b.text = an_boxes_texts(s->a, &bs, dims, &b.n);
    return b;
}

int an_sweep_table(arena *a, diag_ctx *d, const ir_program *p, const ir_table *tb)
{
    sweep s = {.p = p, .tb = tb, .a = a};
    if (!build(&s))
        return 0;
    s.example = arena_alloc(a, sizeof *s.example * (size_t)(s.ndims + 1));
    s.reached = arena_alloc(a, (size_t)tb->nrows + 1);
    prepare_bands(&s);
    if ((double)tb->nrows * tb->nrows <= 4e6)
        s.pair_seen = guide_xcalloc((size_t)tb->nrows * (size_t)tb->nrows + 1, 1, "the analyses");
    int *rows = guide_xmalloc(sizeof *rows * (size_t)(tb->nrows + 1), "the analyses");
    int n = 0;
    for (int r = 0; r < tb->nrows; r++) {
        int empty = 0;
        for (int k = 0; k < s.ndims; k++) {
            const sw_box *b = box_of(&s, r, k);
            if (guide_type_is_discrete(s.dims[k].type))
                empty |= b->labels == 0;
            else
                empty |= b->lo > b->hi || (b->lo == b->hi && !(b->lo_in && b->hi_in));
        }
        if (!empty)
            rows[n++] = r;
    }
    sweep_dim(&s, 0, rows, n);
    free(rows);
    free(s.pair_seen);

    /* examples and bands as text, then the report shared with the enumeration */
    an_dim *dims = arena_alloc(a, sizeof *dims * (size_t)(s.ndims + 1));
    for (int i = 0; i < s.ndims; i++)
        dims[i] = s.cells[s.decl[i]];
    const char *gap_text = s.gaps ? format_example(&s, s.gap_example) : "";
    an_bands gap_bands;
    gap_bands.text = an_boxes_texts(a, &s.gap_boxes, dims, &gap_bands.n);
    const char **pair_texts = arena_alloc(a, sizeof *pair_texts * (MAX_PAIRS + 1));
    an_bands *pair_bands = arena_alloc(a, sizeof *pair_bands * (MAX_PAIRS + 1));
    for (int i = 0; i < s.npairs; i++) {
        pair_texts[i] = format_example(&s, s.pair_examples[i]);
        pair_bands[i] = pair_band(&s, s.pairs[i][0], s.pairs[i][1], dims);
    }
    an_table_findings fd = {s.gaps, gap_text, gap_bands, s.npairs, &s.pairs[0][0],
                            (const char *const *)pair_texts, pair_bands, s.more_pairs, s.reached};
    an_report_table(a, d, p, tb, &fd);
    return 1;
}
