/* interp.c — the reference interpreter; see interp.h for the semantics. */
#include "interp.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "emit_plan.h"
#include "interp_index.h"
#include "xalloc.h"

/* One evaluation's clause results, kept for the trace and the tests. */
typedef struct eval_state {
    guide_frame *f;
    guide_trace *trace;
    unsigned     gen;    /* evaluation number; a clause is evaluated when done[i] != gen */
    unsigned    *done;
    uint8_t     *status; /* guide_clause_status */
    uint8_t     *truth;  /* when and not unless, before shadowing */
    uint8_t     *eff;    /* whether it concludes: truth after first-hit shadowing */
} eval_state;

/* An output's answer. */
typedef struct answer {
    uint8_t     state;
    uint8_t     is_null;
    guide_value v;
} answer;

struct interp {
    const ir_program *p;
    eval_state        main;
    int32_t          *work;    /* the diagram walk's scratch, for the largest diagram */
    guide_dd_memo   **memo;    /* [noutputs]: what walks of each diagram found */
    interp_index     *ix;      /* NULL: every table row by row (interp_new) */
};

static void state_init(eval_state *s, int nclauses)
{
    size_t n = (size_t)nclauses + 1;
    s->done = guide_xcalloc(n, sizeof *s->done, "the interpreter");
    s->status = guide_xcalloc(n, 1, "the interpreter");
    s->truth = guide_xcalloc(n, 1, "the interpreter");
    s->eff = guide_xcalloc(n, 1, "the interpreter");
    s->gen = 0;
}

static void state_free(eval_state *s)
{
    free(s->done);
    free(s->status);
    free(s->truth);
    free(s->eff);
}

interp *interp_new(const ir_program *p)
{
    interp *it = guide_xcalloc(1, sizeof *it, "the interpreter");
    it->p = p;
    state_init(&it->main, p->nclauses);
    size_t work = 1;
    for (int o = 0; o < p->noutputs; o++)
        if (guide_dd_work_size(&p->dds[o]) > work)
            work = guide_dd_work_size(&p->dds[o]);
    it->work = guide_xcalloc(work, sizeof *it->work, "the interpreter");
    it->memo = guide_xcalloc((size_t)p->noutputs + 1, sizeof *it->memo, "the interpreter");
    for (int o = 0; o < p->noutputs; o++)
        it->memo[o] = guide_dd_memo_new(&p->dds[o]);
    return it;
}

interp *interp_new_indexed(const ir_program *p)
{
    interp *it = interp_new(p);
    it->ix = interp_index_new(p);
    return it;
}

void interp_free(interp *it)
{
    if (!it)
        return;
    interp_index_free(it->ix);
    state_free(&it->main);
    free(it->work);
    for (int o = 0; o < it->p->noutputs; o++)
        guide_dd_memo_free(it->memo[o]);
    free(it->memo);
    free(it);
}

const uint8_t *interp_clause_status(const interp *it) { return it->main.status; }
const uint8_t *interp_clause_truth(const interp *it) { return it->main.truth; }

/* ---- conditions ------------------------------------------------------------------------------- */

static int atom_truth(const ir_program *p, const guide_frame *f, const ir_atom *a)
{
    int v = a->var, first = p->ninputs + p->nderived;
    if (!f->known[v]) {
        /* An output no rule concludes for this case has no value: no label, bool or number
         * test holds for it. Undetermined, conflicting and ND outputs stay unknown. */
        if (v >= first && f->out[v - first].state == GUIDE_NOT_APPLICABLE)
            return K_FALSE;
        return K_UNKNOWN;
    }
    return ir_atom_holds(a, &f->val[v]) ? K_TRUE : K_FALSE;
}

/* A kid of and / or: atoms, the most common kids, without a call. */
static inline int kid_truth(const ir_program *p, const guide_frame *f, const ir_cond *c)
{
    return c->kind == IR_C_ATOM ? atom_truth(p, f, &c->atom) : interp_cond(p, f, c);
}

int interp_cond(const ir_program *p, const guide_frame *f, const ir_cond *c)
{
    switch (c->kind) {
    case IR_C_TRUE: return K_TRUE;
    case IR_C_ATOM: return atom_truth(p, f, &c->atom);
    case IR_C_NOT: return guide_k_not(interp_cond(p, f, c->kids[0]));
    case IR_C_AND: { /* stops at the first false kid: nothing after it can change the answer */
        int r = K_TRUE;
        for (int i = 0; i < c->nkids && r != K_FALSE; i++)
            r = guide_k_and(r, kid_truth(p, f, c->kids[i]));
        return r;
    }
    case IR_C_OR: { /* stops at the first true kid */
        int r = K_FALSE;
        for (int i = 0; i < c->nkids && r != K_TRUE; i++)
            r = guide_k_or(r, kid_truth(p, f, c->kids[i]));
        return r;
    }
    }
    return K_UNKNOWN;
}

/* ---- clauses ---------------------------------------------------------------------------------- */

/* A clause's status from its own condition (`when` and not `unless`, in Kleene logic), and its
 * truth in *truth. `unless` is not looked at when `when` is false: the clause is not fired,
 * and false, whatever it says. */
static uint8_t own_status(const ir_program *p, const guide_frame *f, const ir_clause *c,
                          uint8_t *truth)
{
    int w = interp_cond(p, f, c->when);
    if (w == K_FALSE) {
        *truth = K_FALSE;
        return GUIDE_CL_NOT_FIRED;
    }
    int u = c->unless ? interp_cond(p, f, c->unless) : K_FALSE;
    int t = guide_k_and(w, guide_k_not(u));
    *truth = (uint8_t)t;
    if (u == K_TRUE)
        return GUIDE_CL_EXCEPTED;
    return t == K_TRUE ? GUIDE_CL_FIRED : GUIDE_CL_UNDETERMINED;
}

/* First-hit shadowing of a row of own truth t, given whether an earlier row matched: sets
 * whether it concludes (*eff), adjusts its status, and returns whether this row or an earlier
 * one matched. */
static int first_hit(int earlier, int t, uint8_t *status, uint8_t *eff)
{
    *eff = (uint8_t)guide_k_and(t, guide_k_not(earlier));
    if (t == K_TRUE && earlier == K_TRUE)
        *status = GUIDE_CL_SHADOWED;
    else if (*eff == K_UNKNOWN && *status == GUIDE_CL_FIRED)
        *status = GUIDE_CL_UNDETERMINED;
    return guide_k_or(earlier, t);
}

static void eval_one(const ir_program *p, eval_state *s, int i)
{
    s->status[i] = own_status(p, s->f, &p->clauses[i], &s->truth[i]);
    s->eff[i] = s->truth[i];
    s->done[i] = s->gen;
}

/* A first-hit table is evaluated whole, in row order: a row concludes only if no earlier row
 * matched (and when an earlier row's match is unknown, neither is this row's turn). */
static void eval_first_table(const ir_program *p, eval_state *s, const ir_table *tb)
{
    int earlier = K_FALSE;
    for (int r = 0; r < tb->nrows; r++) {
        int i = tb->first_clause + r;
        eval_one(p, s, i);
        earlier = first_hit(earlier, s->truth[i], &s->status[i], &s->eff[i]);
    }
}

int interp_clause_status_in(const ir_program *p, const guide_frame *f, int i)
{
    const ir_clause *c = &p->clauses[i];
    uint8_t t, eff, status = own_status(p, f, c, &t);
    /* a row that does not match is neither shadowed nor undetermined by the rows above it */
    if (t == K_FALSE || !c->shadowable)
        return status;
    int earlier = K_FALSE;
    for (int k = p->tables[c->table].first_clause; k < i && earlier != K_TRUE; k++) {
        uint8_t tk;
        own_status(p, f, &p->clauses[k], &tk);
        earlier = guide_k_or(earlier, tk);
    }
    first_hit(earlier, t, &status, &eff);
    return status;
}

static void eval_clause(const ir_program *p, eval_state *s, int i)
{
    if (s->done[i] == s->gen)
        return;
    const ir_clause *c = &p->clauses[i];
    int first = i, last = i;
    if (c->shadowable) {
        const ir_table *tb = &p->tables[c->table];
        eval_first_table(p, s, tb);
        first = tb->first_clause;
        last = first + tb->nrows - 1;
    } else {
        eval_one(p, s, i);
    }
    for (int k = first; k <= last; k++)
        guide_trace_add(s->trace, GUIDE_EV_CLAUSE, s->status[k], k);
}

/* ---- derived values --------------------------------------------------------------------------- */

enum { EXPR_UNKNOWN = 0, EXPR_KNOWN = 1, EXPR_NOT_COMPUTABLE = -1 };

/* Sets *out and returns EXPR_KNOWN when the expression's value is known; EXPR_UNKNOWN when an
 * operand is unknown; EXPR_NOT_COMPUTABLE for a division by zero or a non-finite result. */
static int eval_expr(const ir_expr *e, const guide_frame *f, double *out)
{
    double l, r;
    switch (e->kind) {
    case IR_E_NUM: *out = e->num; return EXPR_KNOWN;
    case IR_E_VAR:
        if (e->var < 0 || !f->known[e->var])
            return EXPR_UNKNOWN;
        *out = guide_step_round(f->val[e->var].num, e->step);
        return EXPR_KNOWN;
    case IR_E_AGG:
        if (e->var < 0 || !f->known[e->var])
            return EXPR_UNKNOWN;
        return guide_list_aggregate(e->agg, f->val[e->var].list.items, f->val[e->var].list.n,
                                    e->step, &e->test, out)
                   ? EXPR_KNOWN
                   : EXPR_NOT_COMPUTABLE;
    case IR_E_NEG: {
        int k = eval_expr(e->l, f, &l);
        *out = -l;
        return k;
    }
    case IR_E_ELSE: {
        int k = eval_expr(e->l, f, out);
        return k != EXPR_UNKNOWN ? k : eval_expr(e->r, f, out);
    }
    default: break;
    }
    int kl = eval_expr(e->l, f, &l), kr = eval_expr(e->r, f, &r);
    if (kl != EXPR_KNOWN || kr != EXPR_KNOWN)
        return kl == EXPR_NOT_COMPUTABLE || kr == EXPR_NOT_COMPUTABLE ? EXPR_NOT_COMPUTABLE
                                                                      : EXPR_UNKNOWN;
    switch (e->kind) {
    case IR_E_ADD: *out = l + r; break;
    case IR_E_SUB: *out = l - r; break;
    case IR_E_MUL: *out = l * r; break;
    default:
        if (r == 0)
            return EXPR_NOT_COMPUTABLE;
        *out = l / r;
        break;
    }
    return isfinite(*out) ? EXPR_KNOWN : EXPR_NOT_COMPUTABLE;
}

/* Computes a derived value; returns nonzero when it is not computable from known operands. */
static int eval_derived(const ir_program *p, guide_frame *f, const ir_var *v)
{
    if (v->is_match) {
        f->known[v->index] = v->src >= 0 && f->known[v->src];
        if (f->known[v->index])
            f->val[v->index].label = v->map[f->val[v->src].label];
        return 0;
    }
    double x;
    int k = eval_expr(v->expr, f, &x);
    f->known[v->index] = k == EXPR_KNOWN;
    if (k == EXPR_KNOWN && guide_type_repr(v->type) == GUIDE_REPR_TRUTH)
        f->val[v->index].b = x != 0; /* any, all */
    else if (k == EXPR_KNOWN)
        f->val[v->index].num = x;
    return k == EXPR_NOT_COMPUTABLE;
}

/* ---- outputs ---------------------------------------------------------------------------------- */

/* What Kleene logic alone says about output o; returns nonzero when that is definite. */
static int kleene_answer(const ir_program *p, eval_state *s, const ir_var *o, answer *ans)
{
    memset(ans, 0, sizeof *ans);
    int any_true = 0, any_unknown = 0, definite = 1, conflict = 0;
    ir_value cur = {{0}, 0};
    /* Every concluder is evaluated, even after a conflict: the trace shows them all. */
    for (int i = 0; i < o->nconcluders; i++) {
        int ci = o->concluders[i];
        if (s->done[ci] != s->gen)
            eval_clause(p, s, ci);
        if (s->eff[ci] == K_TRUE) {
            const ir_value *val = eplan_concl_for(&p->clauses[ci], o->index);
            if (guide_type_repr(o->type) == GUIDE_REPR_SET)
                cur.v.set |= val->v.set;
            else if (!any_true)
                cur = *val;
            else if (!ir_value_equal(p, o->index, &cur, val))
                conflict = 1;
            any_true = 1;
        } else if (s->eff[ci] == K_UNKNOWN) {
            any_unknown = 1;
        }
    }
    if (conflict) {
        /* Two true clauses disagree: more knowledge cannot undo that. */
        ans->state = GUIDE_CONFLICT;
        return 1;
    }
    if (any_unknown) {
        /* Unknown clauses matter only if they could change the answer. */
        if (!any_true)
            definite = 0;
        for (int i = 0; i < o->nconcluders && definite; i++) {
            int ci = o->concluders[i];
            if (s->eff[ci] != K_UNKNOWN)
                continue;
            const ir_value *val = eplan_concl_for(&p->clauses[ci], o->index);
            if (guide_type_repr(o->type) == GUIDE_REPR_SET ? (val->v.set & ~cur.v.set) != 0
                                     : !ir_value_equal(p, o->index, &cur, val))
                definite = 0;
        }
    }
    if (!definite) {
        ans->state = GUIDE_UNDETERMINED;
        return 0;
    }
    ans->state = any_true ? GUIDE_CONCLUDED : GUIDE_NOT_APPLICABLE;
    ans->is_null = cur.is_null;
    ans->v = cur.v;
    return 1;
}

static void store_answer(guide_frame *f, int var, int out_index, const answer *a, guide_how how)
{
    f->out[out_index] = (guide_output){a->state, (uint8_t)how, a->is_null, 0};
    f->val[var] = a->v;
    f->known[var] = a->state == GUIDE_CONCLUDED && !a->is_null;
}

/* Output o's answer from its table's lookup (interp_index.h), when the lookup can say: the
 * answer kleene_answer would give with every concluder true or false. */
static int lookup_answer(interp *it, const eval_state *s, const ir_var *o, answer *ans)
{
    unsigned key = s->gen;
    int code = interp_index_answer(it->ix, s->f, o->index, key);
    if (code < 0)
        return 0;
    memset(ans, 0, sizeof *ans);
    if (code < 2) {
        ans->state = code ? GUIDE_CONFLICT : GUIDE_NOT_APPLICABLE;
        return 1;
    }
    const ir_value *val = eplan_answer(it->p, o->index, code);
    ans->state = GUIDE_CONCLUDED;
    ans->is_null = val->is_null;
    ans->v = val->v;
    return 1;
}

/* Output o, left open by Kleene logic: its decision diagram walked for the case (guide.h
 * guide_dd_walk). One reachable answer is the answer, decided without the unknown inputs of its
 * cone; with more, o is undetermined, its possible answers and the inputs that matter set. */
static void walk_output(interp *it, guide_frame *f, const ir_var *o)
{
    const ir_program *p = it->p;
    int oi = o->index - guide_first_output(&p->info), leaf;
    const guide_dd *dd = &p->dds[oi];
    uint64_t *possible = guide_possible(f, oi);
    int n = guide_dd_walk(dd, p->ninputs, f->val, f->known, it->work, it->memo[oi], possible,
                          guide_asks(f, oi), &leaf);
    answer a;
    memset(&a, 0, sizeof a);
    if (n == 1) {
        a.state = dd->leaves[leaf].state;
        a.is_null = dd->leaves[leaf].is_null;
        a.v = dd->leaves[leaf].v;
        memset(possible, 0, sizeof *possible * (size_t)guide_dd_leaf_words(dd));
        store_answer(f, o->index, oi, &a, GUIDE_HOW_SEARCH);
    } else {
        a.state = GUIDE_UNDETERMINED;
        store_answer(f, o->index, oi, &a, GUIDE_HOW_DEPENDS);
    }
}

static void run(interp *it, guide_frame *f, guide_trace *t, int walk, const uint8_t *pinned,
                const int *order, int norder)
{
    const ir_program *p = it->p;
    eval_state *s = &it->main;
    s->f = f;
    s->trace = t;
    s->gen++;
    memset(f->asks, 0, sizeof *f->asks * (size_t)p->noutputs * (size_t)guide_input_words(&p->info));
    memset(f->possible, 0, sizeof *f->possible * f->possible_at[p->noutputs]);
    for (int k = 0; k < norder; k++) {
        const ir_var *v = &p->vars[order[k]];
        if (v->kind == GUIDE_VAR_DERIVED) {
            if ((!pinned || !pinned[v->index]) && eval_derived(p, f, v))
                guide_trace_add(t, GUIDE_EV_NOT_COMPUTABLE, 0, v->index);
            continue;
        }
        int oi = v->index - guide_first_output(&p->info);
        answer a;
        if (it->ix && !t && lookup_answer(it, s, v, &a))
            store_answer(f, v->index, oi, &a, GUIDE_HOW_DIRECT);
        else if (kleene_answer(p, s, v, &a) || !walk)
            store_answer(f, v->index, oi, &a, a.state == GUIDE_UNDETERMINED ? GUIDE_HOW_DEPENDS
                                                                            : GUIDE_HOW_DIRECT);
        else
            walk_output(it, f, v);
        guide_trace_add(t, GUIDE_EV_OUTPUT, f->out[oi].how, oi);
    }
}

void interp_eval(interp *it, guide_frame *f, guide_trace *t)
{
    run(it, f, t, 1, NULL, it->p->order, it->p->norder);
}

void interp_eval_plain(interp *it, guide_frame *f, const uint8_t *pinned)
{
    run(it, f, NULL, 0, pinned, it->p->order, it->p->norder);
}

void interp_eval_some(interp *it, guide_frame *f, const uint8_t *pinned, const int *order, int n)
{
    run(it, f, NULL, 0, pinned, order, n);
}

void interp_eval_cone(interp *it, guide_frame *f, const int *order, int n)
{
    run(it, f, NULL, 1, NULL, order, n);
}
