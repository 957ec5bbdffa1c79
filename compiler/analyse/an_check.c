/* an_check.c — gaps and overlaps of unique tables, unreachable rows of first tables, and
 * conflicting conclusions; see analyse.h. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "an_region.h"
#include "analyse.h"
#include "guide_limits.h"
#include "name_map.h"
#include "strbuf.h"
#include "xalloc.h"

const char *an_clause_label(arena *a, const ir_clause *c)
{
    if (c->kind == GUIDE_CLAUSE_RULE)
        return arena_printf(a, "rule '%s'", c->name);
    if (c->column)
        return arena_printf(a, "row %d (%s) of table '%s'", c->row, c->column, c->name);
    return arena_printf(a, "row %d of table '%s'", c->row, c->name);
}

static void report_bands(diag_ctx *d, const an_bands *b)
{
    for (int i = 0; i < b->n; i++)
        diag_band(d, "%s", b->text[i]);
}

void an_report_table(arena *a, diag_ctx *d, const ir_program *p, const ir_table *tb,
                     const an_table_findings *f)
{
    if (f->gaps && tb->hit == GUIDE_HIT_UNIQUE) {
        diag_error(d, tb->sp, "table '%s' (hit unique) has a gap: no row matches some cases", tb->name);
        report_bands(d, &f->gap_bands);
        diag_hint(d, "for example: %s", f->gap_example);
    }
    for (int i = 0; i < f->npairs; i++) {
        const ir_clause *r1 = &p->clauses[tb->first_clause + f->pairs[2 * i]];
        const ir_clause *r2 = &p->clauses[tb->first_clause + f->pairs[2 * i + 1]];
        const char *l1 = an_clause_label(a, r1), *l2 = an_clause_label(a, r2);
        if (r1->column)
            diag_error(d, r2->sp, "%s and %s (hit unique) both match some cases", l1, l2);
        else
            diag_error(d, r2->sp, "rows %d and %d of table '%s' (hit unique) both match some cases",
                       r1->row, r2->row, tb->name);
        diag_note(d, r1->sp, "%s is here", l1);
        report_bands(d, &f->pair_bands[i]);
        diag_hint(d, "for example: %s", f->pair_examples[i]);
    }
    if (f->more_pairs)
        diag_note(d, tb->sp, "%ld more overlapping pairs of rows in table '%s' are not listed",
                  f->more_pairs, tb->name);
    if (tb->shadows)
        for (int r = 0; r < tb->nrows; r++)
            if (!f->reached[r])
                diag_warning(d, p->clauses[tb->first_clause + r].sp,
                             "%s can never match: earlier rows take every case it covers",
                             an_clause_label(a, &p->clauses[tb->first_clause + r]));
}

/* ---- tables ----------------------------------------------------------------------------------- */

typedef struct table_scan {
    const ir_program *p;
    const ir_table   *tb;
    const an_worlds  *w;
    long              gaps;           /* worlds the guard admits where no row matches */
    const char       *gap_example;
    an_boxes          gap_boxes;      /* the cells of those worlds */
    int              *pair_index;     /* unique: [nrows * nrows] overlapping pairs found, -1: not */
    int              *pairs;          /* overlapping pairs, in order found */
    const char      **pair_examples;
    an_boxes         *pair_boxes;     /* the cells of the worlds where both rows match */
    int               npairs;
    uint8_t          *reached;        /* first: rows that conclude in some world */
    uint8_t          *truth;          /* [nrows]: scratch, the rows matching the current world */
    int              *cell;           /* [dims]: scratch, the current world's cells */
    arena            *a;
} table_scan;

static int scan_table_world(void *ctx, interp *it, const guide_frame *f)
{
    table_scan *s = ctx;
    const ir_table *tb = s->tb;
    if (!an_world_possible(f) || interp_cond(s->p, f, tb->guard) != K_TRUE)
        return 0;
    /* each row's own truth, evaluated here: a row that concludes nothing is still a row */
    uint8_t *truth = s->truth;
    for (int r = 0; r < tb->nrows; r++) {
        const ir_clause *c = &s->p->clauses[tb->first_clause + r];
        int w = interp_cond(s->p, f, c->when);
        int u = c->unless ? interp_cond(s->p, f, c->unless) : K_FALSE;
        truth[r] = w == K_TRUE && u == K_FALSE;
    }
    (void)it;
    int n = 0;
    if (tb->hit == GUIDE_HIT_UNIQUE)
        an_world_cells(s->w, f, s->cell);
    for (int r = 0; r < tb->nrows; r++) {
        if (!truth[r])
            continue;
        if (tb->shadows && n == 0)
            s->reached[r] = 1;
        /* every pair of matching rows overlaps, not only pairs with the first */
        for (int q = 0; q < r && tb->hit == GUIDE_HIT_UNIQUE; q++) {
            if (!truth[q])
                continue;
            int *k = &s->pair_index[q * tb->nrows + r];
            if (*k < 0) {
                *k = s->npairs++;
                s->pairs[2 * *k] = q;
                s->pairs[2 * *k + 1] = r;
                s->pair_examples[*k] = an_format_world(s->a, s->w, f);
                s->pair_boxes[*k].ndims = s->gap_boxes.ndims;
            }
            an_boxes_add_cells(s->a, &s->pair_boxes[*k], s->cell);
        }
        n++;
    }
    if (n == 0 && tb->hit == GUIDE_HIT_UNIQUE) {
        if (s->gaps++ == 0)
            s->gap_example = an_format_world(s->a, s->w, f);
        an_boxes_add_cells(s->a, &s->gap_boxes, s->cell);
    }
    return 0;
}

void an_enum_table(arena *a, diag_ctx *d, const ir_program *p, const ir_table *tb, interp *it,
                   guide_frame *f, long *left, an_eval what)
{
    if (tb->hit == GUIDE_HIT_COLLECT || tb->nrows == 0)
        return;
    int *rows = arena_alloc(a, sizeof *rows * (size_t)tb->nrows);
    for (int r = 0; r < tb->nrows; r++)
        rows[r] = tb->first_clause + r;
    an_worlds w;
    an_worlds_for(a, p, rows, tb->nrows, what, &w);
    if (w.count > (double)*left) {
        diag_warning(d, tb->sp, "table '%s' was not checked for gaps and overlaps: %.0f cases to "
                     "try exceed the %ld left of the budget", tb->name, w.count, *left);
        return;
    }
    table_scan s = {.p = p, .tb = tb, .w = &w, .a = a, .gap_example = ""};
    size_t npairs = (size_t)tb->nrows * (size_t)tb->nrows;
    s.pair_index = arena_alloc(a, sizeof *s.pair_index * npairs);
    for (size_t k = 0; k < npairs; k++)
        s.pair_index[k] = -1;
    s.pairs = arena_alloc(a, sizeof *s.pairs * 2 * npairs);
    s.pair_examples = arena_alloc(a, sizeof *s.pair_examples * npairs);
    s.pair_boxes = arena_alloc(a, sizeof *s.pair_boxes * npairs);
    s.reached = arena_alloc(a, (size_t)tb->nrows);
    s.truth = arena_alloc(a, (size_t)tb->nrows);
    /* the bands are in the cells of the worlds' variables: the inputs (and arithmetic values)
     * the rows read, which for a column on a derived value are the inputs it comes from */
    an_dim *dims = arena_alloc(a, sizeof *dims * (size_t)(w.nvars + 1));
    s.gap_boxes.ndims = an_world_dims(a, &w, dims);
    s.cell = arena_alloc(a, sizeof *s.cell * (size_t)(w.nvars + 1));
    an_enumerate(&w, it, f, left, scan_table_world, &s);
    an_bands gap_bands, *pair_bands = arena_alloc(a, sizeof *pair_bands * (size_t)(s.npairs + 1));
    gap_bands.text = an_boxes_texts(a, &s.gap_boxes, dims, &gap_bands.n);
    for (int i = 0; i < s.npairs; i++)
        pair_bands[i].text = an_boxes_texts(a, &s.pair_boxes[i], dims, &pair_bands[i].n);
    an_table_findings fd = {s.gaps, s.gap_example, gap_bands, s.npairs, s.pairs,
                            (const char *const *)s.pair_examples, pair_bands, 0, s.reached};
    an_report_table(a, d, p, tb, &fd);
}

/* ---- conditions as boxes of cells ----------------------------------------------------------- */

/* The cells of one input that a condition admits: a range of cell indices for a number or an
 * integer (their cells increase), a set of cells for an enum or a bool (cell = label). */
typedef struct cell_set {
    int      var;
    int      lo, hi;  /* number: cells lo..hi; empty when lo > hi */
    uint64_t mask;    /* enum, bool */
} cell_set;

/* A clause whose status in a world depends only on whether each input's cell lies in a set: a
 * rule or a row of a unique or collect table, without `unless`, whose condition is a
 * conjunction of atoms on inputs. In such a clause's worlds it fires exactly in the product of
 * its sets, so two clauses fire together iff their sets meet on every input, and the first
 * world of the enumeration where they do takes on each input the first cell of the meeting. */
typedef struct cell_box {
    int       state; /* 0: not computed yet, 1: a box, -1: not one (enumerate instead) */
    int       n;
    cell_set *sets;  /* one per input the clause reads, in the order of its reads */
} cell_box;

static int is_numeric(const ir_var *v) { return guide_type_is_numeric(v->type); }

/* The first cell from which interval atom a's lower bound holds (it holds from some cell on:
 * the cells increase), tested by the interpreter's own atom with the upper bound removed. */
static int first_cell_from(const ir_var *v, const ir_atom *a)
{
    ir_atom lower = *a;
    lower.hi = HUGE_VAL;
    lower.hi_closed = 1;
    int lo = 0, hi = v->ncells;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (ir_atom_holds(&lower, &v->cells[mid]))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

/* The last cell up to which interval atom a's upper bound holds (it holds up to some cell). */
static int last_cell_to(const ir_var *v, const ir_atom *a)
{
    ir_atom upper = *a;
    upper.lo = -HUGE_VAL;
    upper.lo_closed = 1;
    int lo = 0, hi = v->ncells;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (ir_atom_holds(&upper, &v->cells[mid]))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo - 1;
}

/* Narrows the clause's sets by one atom, negated or not; returns 0 when the atom cannot be
 * expressed so. */
static int box_atom(const ir_program *p, cell_box *b, const ir_atom *a, int negated)
{
    const ir_var *v = &p->vars[a->var];
    cell_set *cs = NULL;
    for (int i = 0; i < b->n; i++)
        if (b->sets[i].var == a->var)
            cs = &b->sets[i];
    if (!cs || v->kind != GUIDE_VAR_INPUT || v->ncells == 0)
        return 0;
    if (is_numeric(v) && a->kind == IR_A_INTERVAL && !negated) {
        int lo = first_cell_from(v, a), hi = last_cell_to(v, a);
        cs->lo = lo > cs->lo ? lo : cs->lo;
        cs->hi = hi < cs->hi ? hi : cs->hi;
        return 1;
    }
    if (guide_type_is_discrete(v->type) && v->ncells <= 64 &&
        (a->kind == IR_A_LABELS || a->kind == IR_A_BOOL)) {
        uint64_t m = 0;
        for (int c = 0; c < v->ncells; c++) {
            int holds = ir_atom_holds(a, &v->cells[c]);
            if (holds != negated)
                m |= (uint64_t)1 << c;
        }
        cs->mask &= m;
        return 1;
    }
    return 0;
}

static int box_cond(const ir_program *p, cell_box *b, const ir_cond *c)
{
    switch (c->kind) {
    case IR_C_TRUE: return 1;
    case IR_C_ATOM: return box_atom(p, b, &c->atom, 0);
    case IR_C_NOT: return c->kids[0]->kind == IR_C_ATOM && box_atom(p, b, &c->kids[0]->atom, 1);
    case IR_C_AND:
        for (int i = 0; i < c->nkids; i++)
            if (!box_cond(p, b, c->kids[i]))
                return 0;
        return 1;
    default: return 0;
    }
}

static const cell_box *box_of_clause(arena *a, const ir_program *p, cell_box *boxes, int ci)
{
    cell_box *b = &boxes[ci];
    if (b->state)
        return b;
    const ir_clause *c = &p->clauses[ci];
    b->state = -1;
    if (c->unless || c->shadowable)
        return b;
    b->sets = arena_alloc(a, sizeof *b->sets * (size_t)(c->nreads + 1));
    b->n = 0;
    for (int i = 0; i < c->nreads; i++) {
        const ir_var *v = &p->vars[c->reads[i]];
        if (v->kind != GUIDE_VAR_INPUT)
            return b;
        int dup = 0;
        for (int j = 0; j < b->n; j++)
            dup |= b->sets[j].var == v->index;
        if (dup || v->ncells == 0)
            continue; /* an input without cells stays unknown in every world: no atom reads it */
        cell_set cs = {v->index, 0, v->ncells - 1,
                       v->ncells >= 64 ? ~(uint64_t)0 : (((uint64_t)1 << v->ncells) - 1)};
        b->sets[b->n++] = cs;
    }
    if (box_cond(p, b, c->when))
        b->state = 1;
    return b;
}

static int set_empty(const ir_program *p, const cell_set *cs)
{
    return is_numeric(&p->vars[cs->var]) ? cs->lo > cs->hi : cs->mask == 0;
}

/* The first cell of a set (which is not empty). */
static int set_first(const ir_program *p, const cell_set *cs)
{
    if (is_numeric(&p->vars[cs->var]))
        return cs->lo;
    int c = 0;
    while (!((cs->mask >> c) & 1))
        c++;
    return c;
}

/* Intersects y's sets into a copy of x's; returns 0 when some input has no cell both admit. The
 * meeting, one set per input either reads, goes to out (room for x->n + y->n). */
static int boxes_meet(const ir_program *p, const cell_box *x, const cell_box *y, cell_set *out, int *nout)
{
    int n = x->n;
    memcpy(out, x->sets, sizeof *out * (size_t)x->n);
    for (int j = 0; j < y->n; j++) {
        const cell_set *ys = &y->sets[j];
        int i = 0;
        while (i < n && out[i].var != ys->var)
            i++;
        if (i == n) {
            out[n++] = *ys;
            continue;
        }
        if (ys->lo > out[i].lo)
            out[i].lo = ys->lo;
        if (ys->hi < out[i].hi)
            out[i].hi = ys->hi;
        out[i].mask &= ys->mask;
    }
    *nout = n;
    for (int i = 0; i < n; i++)
        if (set_empty(p, &out[i]))
            return 0;
    return 1;
}

/* The first world of w's enumeration in the meeting: each input at the first cell of its set,
 * every other variable of w at its first cell. */
static const char *meeting_example(arena *a, const ir_program *p, const an_worlds *w,
                                   const cell_set *sets, int n, guide_frame *f)
{
    guide_frame_clear(f);
    for (int i = 0; i < w->nvars; i++) {
        const ir_var *v = &p->vars[w->vars[i]];
        if (v->ncells == 0)
            continue;
        int c = 0;
        for (int j = 0; j < n; j++)
            if (sets[j].var == v->index)
                c = set_first(p, &sets[j]);
        f->val[v->index] = v->cells[c];
        f->known[v->index] = 1;
    }
    return an_format_world(a, w, f);
}

/* ---- conflicts -------------------------------------------------------------------------------- */

typedef struct conflict_scan {
    const ir_program *p; /* NULL: the clauses' statuses from the whole outputs' evaluation */
    int         a, b;
    int         found;
    const char *example;
    const an_worlds *w;
    arena      *ar;
} conflict_scan;

static int scan_conflict_world(void *ctx, interp *it, const guide_frame *f)
{
    conflict_scan *s = ctx;
    int both;
    if (!an_world_possible(f)) {
        both = 0;
    } else if (s->p) {
        both = interp_clause_status_in(s->p, f, s->a) == GUIDE_CL_FIRED &&
               interp_clause_status_in(s->p, f, s->b) == GUIDE_CL_FIRED;
    } else {
        const uint8_t *st = interp_clause_status(it);
        both = st[s->a] == GUIDE_CL_FIRED && st[s->b] == GUIDE_CL_FIRED;
    }
    if (both) {
        s->found = 1;
        s->example = an_format_world(s->ar, s->w, f);
        return 1;
    }
    return 0;
}

/* Rows of one unique or first table never conclude together (an overlap is reported above). */
static int exclusive_by_table(const ir_program *p, const ir_clause *x, const ir_clause *y)
{
    return x->table >= 0 && x->table == y->table && p->tables[x->table].hit != GUIDE_HIT_COLLECT;
}

static const ir_value *value_for(const ir_clause *c, int var)
{
    for (int k = 0; k < c->nconcl; k++)
        if (c->concl[k].var == var)
            return &c->concl[k].val;
    return NULL;
}

/* What the budget left unexamined, for the warning that names it. */
typedef struct skipped {
    long             n;
    const ir_clause *x, *y; /* the first pair (y NULL: a single clause) */
} skipped;

static void skip(skipped *k, const ir_clause *x, const ir_clause *y)
{
    if (k->n++ == 0)
        k->x = x, k->y = y;
}

/* Whether a constraint reads an input that one of vars[0..n) depends on: the boxes and the
 * sweep do not see constraints, so what such a variable decides is enumerated instead. */
static int reads_constrained(const ir_program *p, const int *vars, int n)
{
    for (int i = 0; p->consistent && i < n; i++)
        for (int w = 0; w < guide_input_words(&p->info); w++)
            if (p->vars[vars[i]].cone[w] & p->consistent->cone[w])
                return 1;
    return 0;
}

/* Whether clauses x and y fire together in some world; sets *example. Returns -1, trying
 * nothing, when the budget left cannot cover them. */
static int fire_together(arena *a, const ir_program *p, interp *it, guide_frame *f, long *left,
                         cell_box *boxes, unsigned how, const ir_clause *x, const ir_clause *y,
                         const char **example)
{
    int pair[2] = {x->index, y->index};
    if (reads_constrained(p, x->reads, x->nreads) || reads_constrained(p, y->reads, y->nreads))
        how &= ~(unsigned)AN_BY_BOXES;
    const cell_box *bx = how & AN_BY_BOXES ? box_of_clause(a, p, boxes, x->index) : NULL;
    const cell_box *by = how & AN_BY_BOXES ? box_of_clause(a, p, boxes, y->index) : NULL;
    if (bx && by && bx->state > 0 && by->state > 0) {
        if (*left < 1)
            return -1;
        --*left;
        cell_set *meet = guide_xmalloc(sizeof *meet * (size_t)(bx->n + by->n + 1), "the analyses");
        int n, found = boxes_meet(p, bx, by, meet, &n);
        if (found) {
            an_worlds w;
            an_worlds_for(a, p, pair, 2, AN_EVAL_READS, &w);
            *example = meeting_example(a, p, &w, meet, n, f);
        }
        free(meet);
        return found;
    }
    an_worlds w;
    int by_clause = (how & AN_BY_CLAUSE) != 0;
    an_worlds_for(a, p, pair, 2, by_clause ? AN_EVAL_READS : AN_EVAL_OUTPUTS, &w);
    conflict_scan s = {.p = by_clause ? p : NULL, .a = x->index, .b = y->index, .w = &w, .ar = a};
    if (an_enumerate(&w, it, f, left, scan_conflict_world, &s))
        return -1;
    *example = s.example;
    return s.found;
}

/* A number per distinct concluded value of output vi (equal as ir_value_equal says), so that
 * the pairs left once the budget is spent can be counted without comparing every two. */
static int *value_classes(arena *a, const ir_program *p, int vi, int *nclasses)
{
    const ir_var *o = &p->vars[vi];
    int *cls = arena_alloc(a, sizeof *cls * (size_t)(o->nconcluders + 1));
    name_map seen = {0};
    *nclasses = 0;
    for (int i = 0; i < o->nconcluders; i++) {
        const ir_value *v = value_for(&p->clauses[o->concluders[i]], vi);
        const char *key;
        if (v->is_null)
            key = "ND";
        else
            switch (guide_type_repr(o->type)) {
            case GUIDE_REPR_TRUTH: key = v->v.b ? "t" : "f"; break;
            case GUIDE_REPR_LABEL: key = arena_printf(a, "l%lld", (long long)v->v.label); break;
            case GUIDE_REPR_RANGE:
                key = arena_printf(a, "%a,%a", v->v.range.lo == 0 ? 0.0 : v->v.range.lo,
                                   v->v.range.hi == 0 ? 0.0 : v->v.range.hi);
                break;
            default: key = arena_printf(a, "%a", v->v.num == 0 ? 0.0 : v->v.num); break; /* -0 == 0 */
            }
        cls[i] = nmap_put(a, &seen, key, *nclasses);
        if (cls[i] == *nclasses)
            ++*nclasses;
    }
    return cls;
}

/* The pairs of concluders (i, j), i from `from` on and j past i's block, whose values differ:
 * what is left untried once the budget is spent, counted in one pass from the end with the
 * count of each value in the suffix. *first gets the first such i (-1: none). */
static long count_untried(const int *cls, const int *block_end, int n, int from, int nclasses,
                          int *first)
{
    long *in = guide_xcalloc((size_t)nclasses + 1, sizeof *in, "the analyses");
    long total = 0;
    int s = n;
    *first = -1;
    for (int i = n - 1; i >= from; i--) {
        while (s > block_end[i])
            in[cls[--s]]++;
        long differ = (long)(n - s) - in[cls[i]];
        total += differ;
        if (differ)
            *first = i;
    }
    free(in);
    return total;
}

static void check_conflicts(arena *a, diag_ctx *d, const ir_program *p, interp *it, guide_frame *f,
                            long budget, long *left, cell_box *boxes, unsigned how)
{
    for (int vi = guide_first_output(&p->info); vi < p->nvars; vi++) {
        const ir_var *o = &p->vars[vi];
        if (guide_type_repr(o->type) == GUIDE_REPR_SET)
            continue;
        /* Rows of one unique or first table are contiguous among the concluders and never
         * conclude together: start each inner loop after the block of its own table. */
        int *block_end =
            guide_xmalloc(sizeof *block_end * (size_t)(o->nconcluders + 1), "the analyses");
        for (int i = o->nconcluders - 1; i >= 0; i--) {
            const ir_clause *x = &p->clauses[o->concluders[i]];
            int same = i + 1 < o->nconcluders &&
                       exclusive_by_table(p, x, &p->clauses[o->concluders[i + 1]]);
            block_end[i] = same ? block_end[i + 1] : i + 1;
        }
        skipped sk = {0};
        for (int i = 0; i < o->nconcluders; i++) {
            if (*left <= 0) { /* nothing more can be tried: count what is left, in one pass */
                int nclasses, first;
                int *cls = value_classes(a, p, vi, &nclasses);
                long rest = count_untried(cls, block_end, o->nconcluders, i, nclasses, &first);
                for (int j = first < 0 ? o->nconcluders : block_end[first]; j < o->nconcluders; j++)
                    if (cls[j] != cls[first]) {
                        skip(&sk, &p->clauses[o->concluders[first]], &p->clauses[o->concluders[j]]);
                        sk.n += rest - 1;
                        break;
                    }
                break;
            }
            for (int j = block_end[i]; j < o->nconcluders; j++) {
                const ir_clause *x = &p->clauses[o->concluders[i]];
                const ir_clause *y = &p->clauses[o->concluders[j]];
                const ir_value *vx = value_for(x, vi), *vy = value_for(y, vi);
                if (exclusive_by_table(p, x, y) || ir_value_equal(p, vi, vx, vy))
                    continue;
                const char *example = NULL;
                int r = *left > 0 ? fire_together(a, p, it, f, left, boxes, how, x, y, &example)
                                  : -1;
                if (r < 0)
                    skip(&sk, x, y);
                if (r <= 0)
                    continue;
                const char *lx = an_clause_label(a, x), *ly = an_clause_label(a, y);
                strbuf bx = STRBUF_INIT, by = STRBUF_INIT;
                ir_value_text(&bx, p, vi, vx);
                ir_value_text(&by, p, vi, vy);
                diag_error(d, y->sp, "%s and %s can conclude different values for %s (%s and %s) "
                           "on the same case", lx, ly, o->name, sb_str(&bx), sb_str(&by));
                sb_free(&bx);
                sb_free(&by);
                diag_note(d, x->sp, "%s is here", lx);
                diag_hint(d, "for example: %s", example);
            }
        }
        free(block_end);
        if (sk.n) {
            diag_warning(d, o->sp, "%ld pair%s of rules or rows that conclude different values for "
                         "%s %s not checked for a conflict: the budget of %ld cases to try ran out",
                         sk.n, sk.n == 1 ? "" : "s", o->name, sk.n == 1 ? "was" : "were", budget);
            diag_note(d, sk.y->sp, "the first not checked: %s and %s", an_clause_label(a, sk.x),
                      an_clause_label(a, sk.y));
        }
    }
}

/* ---- rules that can never fire --------------------------------------------------------------- */

typedef struct reach_scan {
    const ir_program *p; /* NULL: the clause's status from the whole outputs' evaluation */
    int index;
    int fired;
} reach_scan;

static int scan_reach_world(void *ctx, interp *it, const guide_frame *f)
{
    reach_scan *s = ctx;
    s->fired = an_world_possible(f) && (s->p ? interp_clause_status_in(s->p, f, s->index)
                                             : interp_clause_status(it)[s->index]) == GUIDE_CL_FIRED;
    return s->fired;
}

static void check_reachable(arena *a, diag_ctx *d, const ir_program *p, interp *it, guide_frame *f,
                            long budget, long *left, cell_box *boxes, unsigned how)
{
    skipped sk = {0};
    for (int i = 0; i < p->nclauses; i++) {
        const ir_clause *c = &p->clauses[i];
        if (c->kind != GUIDE_CLAUSE_RULE)
            continue;
        int fires;
        const cell_box *b = how & AN_BY_BOXES && !reads_constrained(p, c->reads, c->nreads) ? box_of_clause(a, p, boxes, i) : NULL;
        if (*left < 1) {
            skip(&sk, c, NULL);
            continue;
        }
        if (b && b->state > 0) {
            --*left;
            fires = 1;
            for (int k = 0; k < b->n; k++)
                fires &= !set_empty(p, &b->sets[k]);
        } else {
            an_worlds w;
            int by_clause = (how & AN_BY_CLAUSE) != 0;
            an_worlds_for(a, p, &i, 1, by_clause ? AN_EVAL_READS : AN_EVAL_OUTPUTS, &w);
            reach_scan s = {by_clause ? p : NULL, i, 0};
            if (an_enumerate(&w, it, f, left, scan_reach_world, &s)) {
                skip(&sk, c, NULL);
                continue;
            }
            fires = s.fired;
        }
        if (!fires)
            diag_warning(d, c->sp, "rule '%s' can never fire: no case within the declared ranges "
                         "and labels satisfies its condition%s", c->name,
                         c->unless ? " without its exception" : "");
    }
    if (sk.n)
        diag_warning(d, sk.x->sp, "%ld rule%s %s not checked for whether %s can fire, starting "
                     "with rule '%s': the budget of %ld cases to try ran out", sk.n,
                     sk.n == 1 ? "" : "s", sk.n == 1 ? "was" : "were", sk.n == 1 ? "it" : "they",
                     sk.x->name, budget);
}

/* ---- boundaries no rule covers ----------------------------------------------------------------- */

typedef struct band_scan {
    int      out;     /* output variable */
    uint8_t *states;  /* per world, in enumeration order */
    long     k;
} band_scan;

static int scan_band_world(void *ctx, interp *it, const guide_frame *f)
{
    band_scan *s = ctx;
    (void)it;
    /* a world no case is in counts as neither answered nor not: no band is told from it */
    s->states[s->k++] = an_world_possible(f) ? (uint8_t)f->out[s->out - guide_first_output(f->rs)].state
                                             : UINT8_MAX;
    return 0;
}

/* Bands such as `size_cm < 2` in one rule and `size_cm > 2` in another leave the boundary itself
 * to no rule: the output is concluded just below and just above a constant but not at it. */
static void check_boundaries(arena *a, diag_ctx *d, const ir_program *p, interp *it, guide_frame *f,
                             long budget, long *left, skipped *sk)
{
    for (int vi = guide_first_output(&p->info); vi < p->nvars; vi++) {
        const ir_var *o = &p->vars[vi];
        if (o->nconcluders < 2 || o->nconcluders > 64)
            continue;
        /* a unique table's missing boundary is already reported as its gap */
        int t0 = p->clauses[o->concluders[0]].table, one_unique = t0 >= 0 &&
                 p->tables[t0].hit == GUIDE_HIT_UNIQUE;
        for (int i = 1; i < o->nconcluders && one_unique; i++)
            one_unique = p->clauses[o->concluders[i]].table == t0;
        if (one_unique)
            continue;
        an_worlds w;
        an_worlds_for(a, p, o->concluders, o->nconcluders, AN_EVAL_OUTPUTS, &w);
        /* a heuristic, tried when the output's worlds fit in the budget */
        if (w.count > (double)budget || w.count < 3)
            continue;
        if (w.count > (double)*left) {
            skip(sk, &p->clauses[o->concluders[0]], NULL);
            continue;
        }
        band_scan s = {vi, guide_xmalloc((size_t)w.count + 1, "the analyses"), 0};
        an_enumerate(&w, it, f, left, scan_band_world, &s);
        long stride = 1;
        int reported = 0;
        for (int k = 0; k < w.nvars && !reported; k++) {
            const ir_var *v = &p->vars[w.vars[k]];
            int nc = v->ncells ? v->ncells : 1;
            if (guide_type_is_numeric(v->type)) {
                for (long wi = 0; wi < (long)w.count && !reported; wi++) {
                    int c = (int)((wi / stride) % nc);
                    if (c == 0 || c == nc - 1 || s.states[wi] != GUIDE_NOT_APPLICABLE ||
                        s.states[wi - stride] != GUIDE_CONCLUDED || s.states[wi + stride] != GUIDE_CONCLUDED)
                        continue;
                    int is_cut = 0;
                    for (int q = 0; q < v->ncuts; q++)
                        is_cut |= v->cuts[q] == v->cells[c].num;
                    if (!is_cut)
                        continue;
                    /* rebuild the world for the example */
                    guide_frame_clear(f);
                    long rest = wi;
                    for (int j = 0; j < w.nvars; j++) {
                        const ir_var *u = &p->vars[w.vars[j]];
                        int ncj = u->ncells ? u->ncells : 1;
                        if (u->ncells) {
                            f->val[u->index] = u->cells[rest % ncj];
                            f->known[u->index] = 1;
                        }
                        rest /= ncj;
                    }
                    /* a number with its unit's name */
                    char val[64 + GUIDE_MAX_NAME];
                    const char *ex = an_format_world(a, &w, f);
                    guide_format_value(&p->info, v->index, &v->cells[c], val, sizeof val);
                    diag_warning(d, o->sp, "no rule concludes %s when %s is exactly %s, though rules "
                                 "conclude it just below and just above", o->name, v->name, val);
                    diag_hint(d, "for example: %s; check whether the guideline puts the boundary "
                              "in one of the bands (<= or >=)", ex);
                    reported = 1;
                }
            }
            stride *= nc;
        }
        free(s.states);
    }
}

void an_check_with(arena *a, diag_ctx *d, const ir_program *p, long budget, unsigned how)
{
    interp *it = interp_new(p);
    guide_frame *f = guide_xcheck(guide_frame_new(&p->info), "a case's values");
    long left = budget;
    cell_box *boxes = arena_alloc(a, sizeof *boxes * (size_t)(p->nclauses + 1));
    an_check_sources(d, p);
    for (int t = 0; t < p->ntables; t++) {
        const ir_table *tb = &p->tables[t];
        if (tb->hit != GUIDE_HIT_COLLECT && (reads_constrained(p, tb->in_vars, tb->nin) || !an_sweep_table(a, d, p, tb)))
            an_enum_table(a, d, p, tb, it, f, &left,
                          how & AN_BY_CLAUSE ? AN_EVAL_READS : AN_EVAL_OUTPUTS);
    }
    check_conflicts(a, d, p, it, f, budget, &left, boxes, how);
    check_reachable(a, d, p, it, f, budget, &left, boxes, how);
    skipped bands = {0};
    check_boundaries(a, d, p, it, f, budget, &left, &bands);
    if (bands.n)
        diag_warning(d, p->vars[bands.x->concl[0].var].sp, "%ld output%s not checked for "
                     "boundaries no rule covers: the budget of %ld cases to try ran out", bands.n,
                     bands.n == 1 ? " was" : "s were", budget);
    for (int vi = guide_first_output(&p->info); vi < p->nvars; vi++)
        if (p->vars[vi].nconcluders == 0)
            diag_warning(d, p->vars[vi].sp, "no rule or table concludes output '%s'", p->vars[vi].name);
    guide_frame_free(f);
    interp_free(it);
}

void an_check(arena *a, diag_ctx *d, const ir_program *p, long budget)
{
    an_check_with(a, d, p, budget, AN_BY_BOXES | AN_BY_CLAUSE);
}
