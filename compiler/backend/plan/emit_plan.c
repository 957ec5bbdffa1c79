/* emit_plan.c — the plan both backends compile from (emit_plan.h). */
#include "emit_plan.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "interp.h"
#include "xalloc.h"

void eplan_digits(long combo, const int *radix, int n, int *digits)
{
    for (int k = n - 1; k >= 0; k--) {
        digits[k] = (int)(combo % radix[k]);
        combo /= radix[k];
    }
}

/* ---- Tables ----------------------------------------------------------------------------------- */

/* Variables a condition reads, appended to list (each once, in order of first mention). */
static void cond_vars(const ir_cond *c, uint8_t *seen, int *list, int *n)
{
    if (!c)
        return;
    if (c->kind == IR_C_ATOM && !seen[c->atom.var]) {
        seen[c->atom.var] = 1;
        list[(*n)++] = c->atom.var;
    }
    for (int i = 0; i < c->nkids; i++)
        cond_vars(c->kids[i], seen, list, n);
}

/* A value standing for every value of numeric cell `cell` of a column cut at cuts[0..n). */
static double cell_rep(const double *cuts, int n, int cell)
{
    if (n == 0)
        return 0;
    if (cell % 2 == 1)
        return cuts[cell / 2];
    if (cell == 0) {
        double x = cuts[0] - 1;
        return x < cuts[0] ? x : nextafter(cuts[0], -HUGE_VAL);
    }
    if (cell == 2 * n) {
        double x = cuts[n - 1] + 1;
        return x > cuts[n - 1] ? x : nextafter(cuts[n - 1], HUGE_VAL);
    }
    double a = cuts[cell / 2 - 1], b = cuts[cell / 2], m = a + (b - a) / 2;
    /* When no double lies strictly between a and b the cell is empty and never looked up. */
    return m > a && m < b ? m : nextafter(a, b);
}

/* The variables table tb's rows read, into tp->vars (each once, in order of first mention). */
static void plan_columns(eplan_table *tp, const ir_program *p, arena *a, const ir_table *tb)
{
    uint8_t *seen = arena_alloc(a, (size_t)p->nvars + 1);
    tp->vars = arena_alloc(a, sizeof(int) * ((size_t)p->nvars + 1));
    for (int r = 0; r < tb->nrows; r++) {
        const ir_clause *c = &p->clauses[tb->first_clause + r];
        cond_vars(c->when, seen, tp->vars, &tp->nv);
        cond_vars(c->unless, seen, tp->vars, &tp->nv);
    }
}

/* The cut points of numeric column k (variable v) that table tb's rows compare against. */
static void plan_cuts(eplan_table *tp, const ir_program *p, arena *a, const ir_table *tb, int k,
                      const ir_var *v)
{
    int cap = 0;
    for (int r = 0; r < tb->nrows; r++) {
        const ir_clause *c = &p->clauses[tb->first_clause + r];
        cap += 2 * (ir_cond_atoms(c->when) + ir_cond_atoms(c->unless));
    }
    double *cuts = arena_alloc(a, sizeof(double) * ((size_t)cap + 1));
    int n = 0;
    for (int r = 0; r < tb->nrows; r++) {
        const ir_clause *c = &p->clauses[tb->first_clause + r];
        ir_cond_cuts(c->when, v->index, cuts, &n, cap);
        ir_cond_cuts(c->unless, v->index, cuts, &n, cap);
    }
    int u = ir_sort_cuts(cuts, n);
    tp->ncuts[k] = u;
    tp->cuts[k] = cuts;
    tp->ncells[k] = 2 * u + 1;
}

/* The cells of every column; whether the table can be looked up (tp->fast): few enough rows,
   only boolean, enum and numeric columns, few enough combinations of cells. */
static void plan_cells(eplan_table *tp, const ir_program *p, arena *a, const ir_table *tb)
{
    tp->ncuts = arena_alloc(a, sizeof(int) * ((size_t)tp->nv + 1));
    tp->cuts = arena_alloc(a, sizeof(double *) * ((size_t)tp->nv + 1));
    tp->ncells = arena_alloc(a, sizeof(int) * ((size_t)tp->nv + 1));
    int fast = tb->nrows <= EPLAN_MAX_ROWS;
    double combos = 1;
    for (int k = 0; k < tp->nv; k++) {
        const ir_var *v = &p->vars[tp->vars[k]];
        if (guide_type_repr(v->type) == GUIDE_REPR_TRUTH)
            tp->ncells[k] = 2;
        else if (guide_type_repr(v->type) == GUIDE_REPR_LABEL)
            tp->ncells[k] = v->nlabels > 0 ? v->nlabels : 1;
        else if (guide_type_is_numeric(v->type))
            plan_cuts(tp, p, a, tb, k, v);
        else
            fast = 0;
        combos *= tp->ncells[k];
    }
    if (combos > EPLAN_MAX_COMBOS)
        fast = 0;
    tp->fast = fast;
    if (fast)
        tp->ncombos = (long)combos;
}

/* Outputs table t alone concludes (sets fold by union and are left to the rows). */
static void plan_fast_outputs(eplan *pl, const ir_program *p, arena *a, int t)
{
    const ir_table *tb = &p->tables[t];
    eplan_table *tp = &pl->tp[t];
    tp->fast_vars = arena_alloc(a, sizeof(int) * ((size_t)p->nvars + 1));
    for (int vi = guide_first_output(&p->info); vi < p->nvars; vi++) {
        const ir_var *o = &p->vars[vi];
        int only = o->nconcluders > 0 && guide_type_repr(o->type) != GUIDE_REPR_SET;
        for (int i = 0; i < o->nconcluders && only; i++)
            only = o->concluders[i] >= tb->first_clause &&
                   o->concluders[i] < tb->first_clause + tb->nrows;
        if (only) {
            pl->fast_table[vi] = t;
            pl->fast_slot[vi] = tp->nfast;
            tp->fast_vars[tp->nfast++] = vi;
        }
    }
    tp->ans = arena_alloc(a, sizeof(int *) * ((size_t)tp->nfast + 1));
    for (int j = 0; j < tp->nfast; j++)
        tp->ans[j] = arena_alloc(a, sizeof(int) * (size_t)tp->ncombos);
}

/* Puts into fr the value standing for each column's cell in combination cb (cellv: scratch). */
static void set_combo_values(const eplan_table *tp, const ir_program *p, guide_frame *fr, long cb,
                             int *cellv)
{
    eplan_digits(cb, tp->ncells, tp->nv, cellv);
    for (int k = 0; k < tp->nv; k++) {
        int cell = cellv[k];
        const ir_var *v = &p->vars[tp->vars[k]];
        if (guide_type_repr(v->type) == GUIDE_REPR_TRUTH)
            fr->val[v->index].b = cell;
        else if (guide_type_repr(v->type) == GUIDE_REPR_LABEL)
            fr->val[v->index].label = cell;
        else
            fr->val[v->index].num = cell_rep(tp->cuts[k], tp->ncuts[k], cell);
    }
}

/* Each row's status under fr, every column known, so each row is true or false (interp.c
   eval_one, eval_first_table); pairs gets (row, status) of the rows not "not fired", ended by -1.
   Returns the length of pairs without its end. */
static int row_statuses(const ir_program *p, const ir_table *tb, const guide_frame *fr,
                        int *status, int *pairs)
{
    int earlier = 0, np = 0;
    for (int r = 0; r < tb->nrows; r++) {
        const ir_clause *c = &p->clauses[tb->first_clause + r];
        int w = interp_cond(p, fr, c->when);
        int u = c->unless ? interp_cond(p, fr, c->unless) : K_FALSE;
        int truth = w == K_TRUE && u == K_FALSE;
        int st = w == K_FALSE ? GUIDE_CL_NOT_FIRED : u == K_TRUE ? GUIDE_CL_EXCEPTED
                                                                  : GUIDE_CL_FIRED;
        if (tb->shadows && truth && earlier)
            st = GUIDE_CL_SHADOWED;
        earlier |= truth;
        status[r] = st;
        if (st != GUIDE_CL_NOT_FIRED) {
            pairs[np++] = r;
            pairs[np++] = st;
        }
    }
    pairs[np] = -1;
    return np;
}

/* Length of status list li of tp, its end (-1) excluded. */
static int list_len(const eplan_table *tp, int li)
{
    int len = 0;
    while (tp->lists[li][len] >= 0)
        len++;
    return len;
}

/* The index of status list pairs[0..np] in tp->lists, added (with its offset) if new. */
static int intern_list(eplan_table *tp, arena *a, const int *pairs, int np)
{
    int li = 0;
    while (li < tp->nlists && memcmp(tp->lists[li], pairs, sizeof(int) * ((size_t)np + 1)) != 0)
        li++;
    if (li == tp->nlists) {
        tp->lists[li] = arena_alloc(a, sizeof(int) * ((size_t)np + 1));
        memcpy(tp->lists[li], pairs, sizeof(int) * ((size_t)np + 1));
        tp->list_off[li] = li ? tp->list_off[li - 1] + list_len(tp, li - 1) + 1 : 0;
        tp->nlists++;
    }
    return li;
}

/* The answer code of each output tp concludes in combination cb, given the rows' statuses
   (interp.c kleene_answer with every concluder true or false). */
static void combo_answers(eplan_table *tp, const eplan *pl, const ir_program *p,
                          const ir_table *tb, const int *status, long cb)
{
    for (int j = 0; j < tp->nfast; j++) {
        const ir_var *o = &p->vars[tp->fast_vars[j]];
        int firstp = -1, code = 0;
        for (int i = 0; i < o->nconcluders; i++) {
            int ci = o->concluders[i];
            if (status[ci - tb->first_clause] != GUIDE_CL_FIRED)
                continue;
            if (firstp < 0) {
                firstp = i;
                code = 2 + i;
            } else if (pl->klass[o->index][i] != pl->klass[o->index][firstp]) {
                code = 1;
                break;
            }
        }
        tp->ans[j][cb] = code;
        if (code > 255)
            tp->ans_wide = 1;
    }
}

/* The lookup plan of table t (fr: a scratch frame of p): its columns and their cells, then for
   each combination of cells the rows' statuses and the answers. */
static void plan_table(eplan *pl, const ir_program *p, arena *a, int t, guide_frame *fr)
{
    const ir_table *tb = &p->tables[t];
    eplan_table *tp = &pl->tp[t];
    plan_columns(tp, p, a, tb);
    plan_cells(tp, p, a, tb);
    if (!tp->fast)
        return;
    tp->combo_list = arena_alloc(a, sizeof(int) * (size_t)tp->ncombos);
    tp->lists = arena_alloc(a, sizeof(int *) * (size_t)tp->ncombos);
    tp->list_off = arena_alloc(a, sizeof(int) * (size_t)tp->ncombos);
    plan_fast_outputs(pl, p, a, t);

    int *status = arena_alloc(a, sizeof(int) * ((size_t)tb->nrows + 1));
    int *pairs = arena_alloc(a, sizeof(int) * (2 * (size_t)tb->nrows + 1));
    int *cellv = arena_alloc(a, sizeof(int) * ((size_t)tp->nv + 1));
    guide_frame_clear(fr);
    for (int k = 0; k < tp->nv; k++)
        fr->known[tp->vars[k]] = 1;
    for (long cb = 0; cb < tp->ncombos; cb++) {
        set_combo_values(tp, p, fr, cb, cellv);
        int np = row_statuses(p, tb, fr, status, pairs);
        tp->combo_list[cb] = intern_list(tp, a, pairs, np);
        combo_answers(tp, pl, p, tb, status, cb);
    }
    int last = tp->nlists - 1;
    tp->off_wide = tp->list_off[last] + list_len(tp, last) + 1 > 65535;
}

/* ---- The direct path ----------------------------------------------------------------------------- */

/* Whether answer codes x and y of output vi (eplan_table.ans) say the same: the same code, or
 * two concluders with the same value. */
static int same_code(const ir_program *p, int vi, int x, int y)
{
    if (x == y)
        return 1;
    const ir_value *a = eplan_answer(p, vi, x), *b = eplan_answer(p, vi, y);
    return a && b && ir_value_equal(p, vi, a, b);
}

/* Nonzero if cells j and j2 of column k give every fast output of tp the same answer (the same
 * state and value: the direct path keeps no concluder), whatever the cells of the other
 * columns. */
static int same_slices(const ir_program *p, const eplan_table *tp, int k, int j, int j2)
{
    long stride = 1;
    for (int i = k + 1; i < tp->nv; i++)
        stride *= tp->ncells[i];
    for (long cb = 0; cb < tp->ncombos; cb++) {
        if ((cb / stride) % tp->ncells[k] != j)
            continue;
        long cb2 = cb + (long)(j2 - j) * stride;
        for (int f = 0; f < tp->nfast; f++)
            if (!same_code(p, tp->fast_vars[f], tp->ans[f][cb], tp->ans[f][cb2]))
                return 0;
    }
    return 1;
}

/* Whether cell j of numeric column k of tp holds no integer: a cut that is not one, or an
 * interval between two integers next to each other. Such a cell of an integer column is never
 * reached, so it joins its neighbour's class instead of making thresholds of its own. */
static int holds_no_integer(const ir_var *v, const eplan_table *tp, int k, int j)
{
    const double *cuts = tp->cuts[k];
    int u = tp->ncuts[k];
    if (j % 2)
        return cuts[j / 2] != floor(cuts[j / 2]);
    double lo = j == 0 ? v->lo : cuts[j / 2 - 1], hi = j / 2 < u ? cuts[j / 2] : v->hi;
    double x = j == 0 ? ceil(lo) : floor(lo) + 1; /* the least integer in the cell, if any */
    return j / 2 < u ? !(x < hi) : !(x <= hi);
}

/* The classes of each column of table tp, and the answers by combination of classes. Merging
 * column by column is sound: if cells a, b of one column agree whatever the others hold, and
 * so do c, d of another, then (a, c), (b, c) and (b, d) all answer alike. */
static void plan_classes(eplan_table *tp, const ir_program *p, arena *a)
{
    tp->nclass = arena_alloc(a, sizeof(int) * ((size_t)tp->nv + 1));
    tp->class_of = arena_alloc(a, sizeof(int *) * ((size_t)tp->nv + 1));
    int **first_cell = arena_alloc(a, sizeof(int *) * ((size_t)tp->nv + 1));
    tp->nclass_combos = 1;
    for (int k = 0; k < tp->nv; k++) {
        const ir_var *v = &p->vars[tp->vars[k]];
        int n = tp->ncells[k], numeric = guide_type_is_numeric(v->type);
        tp->class_of[k] = arena_alloc(a, sizeof(int) * (size_t)n);
        first_cell[k] = arena_alloc(a, sizeof(int) * (size_t)n);
        int last = -1; /* numeric: the last cell that can be reached */
        for (int j = 0; j < n; j++) {
            int cls = -1;
            if (guide_type_is_integral(v->type) && holds_no_integer(v, tp, k, j)) {
                /* never reached: the class of the cell before it, else of the one after */
                tp->class_of[k][j] = j > 0 ? tp->class_of[k][j - 1] : -1;
                continue;
            }
            if (numeric) {
                if (last >= 0 && same_slices(p, tp, k, last, j))
                    cls = tp->class_of[k][last];
                last = j;
            } else
                for (int c = 0; c < tp->nclass[k] && cls < 0; c++)
                    if (same_slices(p, tp, k, first_cell[k][c], j))
                        cls = c;
            if (cls < 0) {
                cls = tp->nclass[k]++;
                first_cell[k][cls] = j;
            }
            tp->class_of[k][j] = cls;
        }
        for (int j = n - 1; j >= 0; j--) /* unreachable cells at the start join the first class */
            if (tp->class_of[k][j] < 0)
                tp->class_of[k][j] = j + 1 < n ? tp->class_of[k][j + 1] : 0;
        if (tp->nclass[k] == 0) { /* no cell can be reached: one class all the same */
            tp->nclass[k] = 1;
            first_cell[k][0] = 0;
        }
        tp->nclass_combos *= tp->nclass[k];
    }
    tp->class_ans = arena_alloc(a, sizeof(int *) * ((size_t)tp->nfast + 1));
    for (int f = 0; f < tp->nfast; f++)
        tp->class_ans[f] = arena_alloc(a, sizeof(int) * (size_t)tp->nclass_combos);
    int *cls = arena_alloc(a, sizeof(int) * ((size_t)tp->nv + 1));
    for (long cc = 0; cc < tp->nclass_combos; cc++) {
        eplan_digits(cc, tp->nclass, tp->nv, cls);
        long cb = 0;
        for (int k = 0; k < tp->nv; k++)
            cb = cb * tp->ncells[k] + first_cell[k][cls[k]];
        for (int f = 0; f < tp->nfast; f++)
            tp->class_ans[f][cc] = tp->ans[f][cb];
    }
}

int eplan_class_array(const ir_program *p, const eplan_table *tp, int k)
{
    guide_type t = p->vars[tp->vars[k]].type;
    int numeric = guide_type_is_numeric(t);
    if (tp->nclass[k] < 2)
        return 0;
    return numeric ? tp->nclass[k] - 1 > EPLAN_MAX_THRESHOLDS : tp->nclass[k] != tp->ncells[k];
}

int eplan_direct_by_bits(const ir_var *v, double *rhi, int *hic)
{
    double rlo = v->lo;
    int loc = 1, fraction = guide_type_is_numeric(v->type) && !guide_type_is_integral(v->type);
    *rhi = v->hi;
    *hic = 1;
    if (fraction && v->step > 0)
        ir_step_bounds(v->step, &rlo, &loc, rhi, hic);
    return fraction && rlo == 0 && !signbit(rlo) && loc && isfinite(*rhi) && *rhi > 0;
}

int eplan_thresholds_on_bits(const ir_program *p, const eplan_table *tp, int k)
{
    double rhi;
    int hic;
    if (!eplan_direct_by_bits(&p->vars[tp->vars[k]], &rhi, &hic))
        return 0;
    for (int j = 0; j + 1 < tp->ncells[k]; j++)
        if (tp->class_of[k][j] != tp->class_of[k][j + 1] && !(tp->cuts[k][j / 2] >= 0))
            return 0;
    return 1;
}

int eplan_answers_all(const ir_program *p, const eplan_table *tp)
{
    int first = guide_first_output(&p->info);
    if (tp->nfast == 0 || tp->nfast != p->noutputs)
        return 0;
    for (int j = 0; j < tp->nfast; j++)
        if (tp->fast_vars[j] != first + j)
            return 0;
    return 1;
}

/* Whether p qualifies for the direct path (eplan.direct), and if so the classes of its tables. */
static void plan_direct(eplan *pl, const ir_program *p, arena *a)
{
    int direct = p->noutputs > 0;
    for (int i = guide_first_output(&p->info); i < p->nvars && direct; i++)
        direct = pl->fast_table[i] >= 0;
    for (int i = p->ninputs; i < guide_first_output(&p->info) && direct; i++)
        direct = p->vars[i].is_match && p->vars[i].src < p->ninputs;
    for (int t = 0; t < p->ntables && direct; t++)
        for (int k = 0; k < pl->tp[t].nv && pl->tp[t].nfast; k++)
            direct = direct && pl->tp[t].vars[k] < p->ninputs;
    pl->direct = direct;
    for (int t = 0; t < p->ntables && direct; t++)
        if (pl->tp[t].nfast)
            plan_classes(&pl->tp[t], p, a);
}

/* ---- The plan ---------------------------------------------------------------------------------- */

void eplan_make(eplan *pl, const ir_program *p, arena *a)
{
    int nv = p->nvars, first_out = guide_first_output(&p->info);
    memset(pl, 0, sizeof *pl);
    pl->fast_table = arena_alloc(a, sizeof(int) * ((size_t)nv + 1));
    pl->fast_slot = arena_alloc(a, sizeof(int) * ((size_t)nv + 1));
    pl->klass = arena_alloc(a, sizeof(int *) * ((size_t)nv + 1));
    for (int i = 0; i < nv; i++) {
        const ir_var *v = &p->vars[i];
        pl->fast_table[i] = -1;
        /* Value classes of the concluders: equal values share the first one's position. */
        pl->klass[i] = arena_alloc(a, sizeof(int) * ((size_t)v->nconcluders + 1));
        for (int x = 0; x < v->nconcluders; x++) {
            const ir_value *vx = eplan_concl_for(&p->clauses[v->concluders[x]], i);
            pl->klass[i][x] = x;
            for (int y = 0; y < x; y++)
                if (ir_value_equal(p, i, eplan_concl_for(&p->clauses[v->concluders[y]], i), vx)) {
                    pl->klass[i][x] = pl->klass[i][y];
                    break;
                }
        }
    }

    /* Units: each table, then each rule. */
    size_t nu = (size_t)p->nclauses + (size_t)p->ntables + 1;
    pl->unit_of = arena_alloc(a, sizeof(int) * ((size_t)p->nclauses + 1));
    pl->unit_clause = arena_alloc(a, sizeof(int) * nu);
    pl->unit_used = arena_alloc(a, sizeof(int) * nu);
    for (int t = 0; t < p->ntables; t++) {
        pl->unit_clause[pl->nunits] = -1;
        for (int r = 0; r < p->tables[t].nrows; r++)
            pl->unit_of[p->tables[t].first_clause + r] = pl->nunits;
        pl->nunits++;
    }
    for (int i = 0; i < p->nclauses; i++)
        if (p->clauses[i].table < 0) {
            pl->unit_clause[pl->nunits] = i;
            pl->unit_of[i] = pl->nunits++;
        }
    for (int i = first_out; i < nv; i++)
        for (int k = 0; k < p->vars[i].nconcluders; k++)
            pl->unit_used[pl->unit_of[p->vars[i].concluders[k]]] = 1;

    /* Tables: a lookup where the columns split into few enough cells and an output needs it. */
    pl->tp = arena_alloc(a, sizeof(eplan_table) * ((size_t)p->ntables + 1));
    guide_frame *fr = guide_xcheck(guide_frame_new(&p->info), "a case's values");
    for (int t = 0; t < p->ntables; t++) {
        eplan_table *tp = &pl->tp[t];
        tp->used = pl->unit_used[pl->unit_of[p->tables[t].first_clause]] && p->tables[t].nrows > 0;
        if (p->tables[t].nrows > 0)
            plan_table(pl, p, a, t, fr);
        if (!(tp->fast && (tp->used || tp->nfast)))
            tp->fast = 0;
    }
    guide_frame_free(fr);
    plan_direct(pl, p, a);

    /* Where the trace records each rule and row: when an output first needs it, in evaluation
     * order (interp.c eval_clause), a first-hit table all at once. Every concluder of every
     * output is evaluated, so this is the same in every evaluation. */
    pl->emit = arena_alloc(a, sizeof(int *) * ((size_t)nv + 1));
    uint8_t *emitted = arena_alloc(a, (size_t)p->nclauses + 1);
    for (int k = 0; k < p->norder; k++) {
        const ir_var *o = &p->vars[p->order[k]];
        if (o->kind != GUIDE_VAR_OUTPUT)
            continue;
        int *list = arena_alloc(a, sizeof(int) * (2 * (size_t)o->nconcluders + 1)), n = 0;
        for (int i = 0; i < o->nconcluders; i++) {
            int ci = o->concluders[i], lo = ci, hi = ci;
            if (emitted[ci])
                continue;
            const ir_clause *cl = &p->clauses[ci];
            if (cl->shadowable) {
                lo = p->tables[cl->table].first_clause;
                hi = lo + p->tables[cl->table].nrows - 1;
            }
            for (int j = lo; j <= hi; j++)
                emitted[j] = 1;
            if (n > 0 && list[n - 1] + 1 == lo)
                list[n - 1] = hi;
            else {
                list[n++] = lo;
                list[n++] = hi;
            }
        }
        list[n] = -1;
        pl->emit[o->index] = list;
    }
}
