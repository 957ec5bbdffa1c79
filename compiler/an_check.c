/* an_check.c — gaps and overlaps of unique tables, unreachable rows of first tables, and
 * conflicting conclusions; see analyse.h. */
#include <stdlib.h>
#include <string.h>

#include "analyse.h"

enum { EXAMPLE_LEN = 1024 };

const char *an_clause_label(arena *a, const ir_clause *c)
{
    if (c->kind == GUIDE_CLAUSE_RULE)
        return arena_printf(a, "rule '%s'", c->name);
    if (c->column)
        return arena_printf(a, "row %d (%s) of table '%s'", c->row, c->column, c->name);
    return arena_printf(a, "row %d of table '%s'", c->row, c->name);
}

void an_report_table(arena *a, diag_ctx *d, const ir_program *p, const ir_table *tb,
                     const an_table_findings *f)
{
    if (f->gaps && tb->hit == GUIDE_HIT_UNIQUE) {
        diag_error(d, tb->sp, "table '%s' (hit unique) has a gap: no row matches some cases", tb->name);
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
        diag_hint(d, "for example: %s", f->pair_examples[i]);
    }
    if (f->more_pairs)
        diag_note(d, tb->sp, "%ld more overlapping pairs of rows in table '%s' are not listed",
                  f->more_pairs, tb->name);
    if (tb->hit == GUIDE_HIT_FIRST)
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
    char              gap_example[EXAMPLE_LEN];
    uint8_t          *pair_seen;      /* unique: [nrows * nrows] overlapping pairs reported */
    int              *pairs;          /* overlapping pairs, in order found */
    char            **pair_examples;
    int               npairs;
    uint8_t          *reached;        /* first: rows that conclude in some world */
    uint8_t          *truth;          /* [nrows]: scratch, the rows matching the current world */
    arena            *a;
} table_scan;

static int scan_table_world(void *ctx, interp *it, const guide_frame *f)
{
    table_scan *s = ctx;
    const ir_table *tb = s->tb;
    if (interp_cond(s->p, f, tb->guard) != K_TRUE)
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
    for (int r = 0; r < tb->nrows; r++) {
        if (!truth[r])
            continue;
        if (tb->hit == GUIDE_HIT_FIRST && n == 0)
            s->reached[r] = 1;
        /* every pair of matching rows overlaps, not only pairs with the first */
        for (int q = 0; q < r && tb->hit == GUIDE_HIT_UNIQUE; q++) {
            if (!truth[q] || s->pair_seen[q * tb->nrows + r])
                continue;
            s->pair_seen[q * tb->nrows + r] = 1;
            s->pairs[2 * s->npairs] = q;
            s->pairs[2 * s->npairs + 1] = r;
            s->pair_examples[s->npairs] = arena_alloc(s->a, EXAMPLE_LEN);
            an_format_world(s->w, f, s->pair_examples[s->npairs], EXAMPLE_LEN);
            s->npairs++;
        }
        n++;
    }
    if (n == 0 && tb->hit == GUIDE_HIT_UNIQUE) {
        if (s->gaps++ == 0)
            an_format_world(s->w, f, s->gap_example, sizeof s->gap_example);
    }
    return 0;
}

void an_enum_table(arena *a, diag_ctx *d, const ir_program *p, const ir_table *tb, interp *it,
                   guide_frame *f, long budget)
{
    if (tb->hit == GUIDE_HIT_COLLECT || tb->nrows == 0)
        return;
    int *rows = arena_alloc(a, sizeof *rows * (size_t)tb->nrows);
    for (int r = 0; r < tb->nrows; r++)
        rows[r] = tb->first_clause + r;
    an_worlds w;
    an_worlds_for(a, p, rows, tb->nrows, &w);
    table_scan s = {.p = p, .tb = tb, .w = &w, .a = a};
    s.pair_seen = arena_alloc(a, (size_t)tb->nrows * (size_t)tb->nrows);
    s.pairs = arena_alloc(a, sizeof *s.pairs * 2 * (size_t)tb->nrows * (size_t)tb->nrows);
    s.pair_examples = arena_alloc(a, sizeof *s.pair_examples * (size_t)tb->nrows * (size_t)tb->nrows);
    s.reached = arena_alloc(a, (size_t)tb->nrows);
    s.truth = arena_alloc(a, (size_t)tb->nrows);
    if (an_enumerate(&w, it, f, budget, scan_table_world, &s)) {
        diag_warning(d, tb->sp, "table '%s' was not checked for gaps and overlaps: %.0f cases to "
                     "try exceed the budget of %ld", tb->name, w.count, budget);
        return;
    }
    an_table_findings fd = {s.gaps, s.gap_example, s.npairs, s.pairs,
                            (const char *const *)s.pair_examples, 0, s.reached};
    an_report_table(a, d, p, tb, &fd);
}

/* ---- conflicts -------------------------------------------------------------------------------- */

typedef struct conflict_scan {
    int   a, b;
    int   found;
    char  example[EXAMPLE_LEN];
    const an_worlds *w;
} conflict_scan;

static int scan_conflict_world(void *ctx, interp *it, const guide_frame *f)
{
    conflict_scan *s = ctx;
    const uint8_t *st = interp_clause_status(it);
    if (st[s->a] == GUIDE_CL_FIRED && st[s->b] == GUIDE_CL_FIRED) {
        s->found = 1;
        an_format_world(s->w, f, s->example, sizeof s->example);
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


static void check_conflicts(arena *a, diag_ctx *d, const ir_program *p, interp *it, guide_frame *f,
                            long budget)
{
    for (int vi = guide_first_output(&p->info); vi < p->nvars; vi++) {
        const ir_var *o = &p->vars[vi];
        if (o->type == GUIDE_SET)
            continue;
        /* Rows of one unique or first table are contiguous among the concluders and never
         * conclude together: start each inner loop after the block of its own table. */
        int *block_end = malloc(sizeof *block_end * (size_t)(o->nconcluders + 1));
        for (int i = o->nconcluders - 1; i >= 0; i--) {
            const ir_clause *x = &p->clauses[o->concluders[i]];
            int same = i + 1 < o->nconcluders &&
                       exclusive_by_table(p, x, &p->clauses[o->concluders[i + 1]]);
            block_end[i] = same ? block_end[i + 1] : i + 1;
        }
        for (int i = 0; i < o->nconcluders; i++) {
            for (int j = block_end[i]; j < o->nconcluders; j++) {
                const ir_clause *x = &p->clauses[o->concluders[i]];
                const ir_clause *y = &p->clauses[o->concluders[j]];
                const ir_value *vx = value_for(x, vi), *vy = value_for(y, vi);
                if (exclusive_by_table(p, x, y) || ir_value_equal(p, vi, vx, vy))
                    continue;
                int pair[2] = {x->index, y->index};
                an_worlds w;
                an_worlds_for(a, p, pair, 2, &w);
                conflict_scan s = {.a = x->index, .b = y->index, .w = &w};
                const char *lx = an_clause_label(a, x), *ly = an_clause_label(a, y);
                if (an_enumerate(&w, it, f, budget, scan_conflict_world, &s)) {
                    diag_warning(d, y->sp, "%s and %s were not checked for a conflict on %s: %.0f "
                                 "cases to try exceed the budget of %ld", lx, ly, o->name, w.count,
                                 budget);
                    continue;
                }
                if (!s.found)
                    continue;
                char bx[256], by[256];
                ir_format_value(p, vi, vx, bx, sizeof bx);
                ir_format_value(p, vi, vy, by, sizeof by);
                diag_error(d, y->sp, "%s and %s can conclude different values for %s (%s and %s) "
                           "on the same case", lx, ly, o->name, bx, by);
                diag_note(d, x->sp, "%s is here", lx);
                diag_hint(d, "for example: %s", s.example);
            }
        }
        free(block_end);
    }
}

/* ---- rules that can never fire --------------------------------------------------------------- */

typedef struct reach_scan {
    int index;
    int fired;
} reach_scan;

static int scan_reach_world(void *ctx, interp *it, const guide_frame *f)
{
    reach_scan *s = ctx;
    (void)f;
    s->fired = interp_clause_status(it)[s->index] == GUIDE_CL_FIRED;
    return s->fired;
}

static void check_reachable(arena *a, diag_ctx *d, const ir_program *p, interp *it, guide_frame *f,
                            long budget)
{
    for (int i = 0; i < p->nclauses; i++) {
        const ir_clause *c = &p->clauses[i];
        if (c->kind != GUIDE_CLAUSE_RULE)
            continue;
        an_worlds w;
        an_worlds_for(a, p, &i, 1, &w);
        reach_scan s = {i, 0};
        if (an_enumerate(&w, it, f, budget, scan_reach_world, &s) || s.fired)
            continue;
        diag_warning(d, c->sp, "rule '%s' can never fire: no case within the declared ranges and "
                     "labels satisfies its condition%s", c->name, c->unless ? " without its exception" : "");
    }
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
    s->states[s->k++] = (uint8_t)f->out[s->out - guide_first_output(f->rs)].state;
    return 0;
}

/* Bands such as `size_cm < 2` in one rule and `size_cm > 2` in another leave the boundary itself
 * to no rule: the output is concluded just below and just above a constant but not at it. */
static void check_boundaries(arena *a, diag_ctx *d, const ir_program *p, interp *it, guide_frame *f,
                             long budget)
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
        an_worlds_for(a, p, o->concluders, o->nconcluders, &w);
        if (w.count > (double)budget || w.count < 3)
            continue;
        band_scan s = {vi, malloc((size_t)w.count + 1), 0};
        an_enumerate(&w, it, f, budget, scan_band_world, &s);
        long stride = 1;
        int reported = 0;
        for (int k = 0; k < w.nvars && !reported; k++) {
            const ir_var *v = &p->vars[w.vars[k]];
            int nc = v->ncells ? v->ncells : 1;
            if (v->type == GUIDE_NUMBER || v->type == GUIDE_INTEGER) {
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
                    char ex[1024], val[64];
                    an_format_world(&w, f, ex, sizeof ex);
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

void an_check(arena *a, diag_ctx *d, const ir_program *p, long budget)
{
    interp *it = interp_new(p, INTERP_DEFAULT_BUDGET);
    guide_frame *f = guide_frame_new(&p->info);
    for (int t = 0; t < p->ntables; t++) {
        const ir_table *tb = &p->tables[t];
        if (tb->hit != GUIDE_HIT_COLLECT && !an_sweep_table(a, d, p, tb))
            an_enum_table(a, d, p, tb, it, f, budget);
    }
    check_conflicts(a, d, p, it, f, budget);
    check_reachable(a, d, p, it, f, budget);
    check_boundaries(a, d, p, it, f, budget);
    for (int vi = guide_first_output(&p->info); vi < p->nvars; vi++)
        if (p->vars[vi].nconcluders == 0)
            diag_warning(d, p->vars[vi].sp, "no rule or table concludes output '%s'", p->vars[vi].name);
    guide_frame_free(f);
    interp_free(it);
}
