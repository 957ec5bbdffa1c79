/* interp.c — the reference interpreter; see interp.h for the semantics. */
#include "interp.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "emit_plan.h"
#include "interp_index.h"

/* One evaluation's clause results. The main evaluation and the search's worlds each have their
 * own, so that searching never disturbs what the trace and the tests see. */
typedef struct eval_state {
    guide_frame *f;
    guide_trace *trace;
    unsigned     gen;    /* evaluation number; a clause is evaluated when done[i] != gen */
    unsigned    *done;
    uint8_t     *status; /* guide_clause_status */
    uint8_t     *truth;  /* when and not unless, before shadowing */
    uint8_t     *eff;    /* whether it concludes: truth after first-hit shadowing */
} eval_state;

/* An output's answer in one world, compared across worlds by the search. */
typedef struct answer {
    uint8_t     state;
    uint8_t     is_null;
    guide_value v;
} answer;

struct interp {
    const ir_program *p;
    long              budget;
    eval_state        main, world;
    guide_frame      *scratch; /* the world being evaluated */
    int              *search_vars; /* of the current search */
    int              *others;      /* the search variables but one (matters) */
    int              *probe;       /* the cells of a world whose answer differs from the first */
    int              *digits;
    interp_index     *ix;      /* NULL: every table row by row (interp_new) */
};

static void state_init(eval_state *s, int nclauses)
{
    size_t n = (size_t)nclauses + 1;
    s->done = calloc(n, sizeof *s->done);
    s->status = calloc(n, 1);
    s->truth = calloc(n, 1);
    s->eff = calloc(n, 1);
    s->gen = 0;
}

static void state_free(eval_state *s)
{
    free(s->done);
    free(s->status);
    free(s->truth);
    free(s->eff);
}

interp *interp_new(const ir_program *p, long budget)
{
    interp *it = calloc(1, sizeof *it);
    it->p = p;
    it->budget = budget > 0 ? budget : INTERP_DEFAULT_BUDGET;
    state_init(&it->main, p->nclauses);
    state_init(&it->world, p->nclauses);
    it->scratch = guide_frame_new(&p->info);
    it->search_vars = calloc((size_t)p->nvars + 1, sizeof *it->search_vars);
    it->others = calloc((size_t)p->nvars + 1, sizeof *it->others);
    it->probe = calloc((size_t)p->nvars + 1, sizeof *it->probe);
    it->digits = calloc((size_t)p->nvars + 1, sizeof *it->digits);
    return it;
}

interp *interp_new_indexed(const ir_program *p, long budget)
{
    interp *it = interp_new(p, budget);
    it->ix = interp_index_new(p);
    return it;
}

void interp_free(interp *it)
{
    if (!it)
        return;
    interp_index_free(it->ix);
    state_free(&it->main);
    state_free(&it->world);
    guide_frame_free(it->scratch);
    free(it->search_vars);
    free(it->others);
    free(it->probe);
    free(it->digits);
    free(it);
}

const uint8_t *interp_clause_status(const interp *it) { return it->main.status; }
const uint8_t *interp_clause_truth(const interp *it) { return it->main.truth; }

/* ---- conditions ------------------------------------------------------------------------------- */

int interp_atom_holds(const ir_atom *a, const guide_value *v)
{
    switch (a->kind) {
    case IR_A_BOOL: return v->b == a->b;
    case IR_A_LABELS: return (int)((a->labels >> v->label) & 1);
    case IR_A_INTERVAL: {
        double x = v->num;
        int lo_ok = a->lo_closed ? x >= a->lo : x > a->lo;
        int hi_ok = a->hi_closed ? x <= a->hi : x < a->hi;
        return lo_ok && hi_ok;
    }
    }
    return 0;
}

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
    return interp_atom_holds(a, &f->val[v]) ? K_TRUE : K_FALSE;
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
    case IR_C_NOT: {
        int k = interp_cond(p, f, c->kids[0]);
        return k == K_UNKNOWN ? K_UNKNOWN : !k;
    }
    case IR_C_AND: {
        int r = K_TRUE;
        for (int i = 0; i < c->nkids; i++) {
            int k = kid_truth(p, f, c->kids[i]);
            if (k == K_FALSE)
                return K_FALSE;
            if (k == K_UNKNOWN)
                r = K_UNKNOWN;
        }
        return r;
    }
    case IR_C_OR: {
        int r = K_FALSE;
        for (int i = 0; i < c->nkids; i++) {
            int k = kid_truth(p, f, c->kids[i]);
            if (k == K_TRUE)
                return K_TRUE;
            if (k == K_UNKNOWN)
                r = K_UNKNOWN;
        }
        return r;
    }
    }
    return K_UNKNOWN;
}

static int k_and(int a, int b)
{
    if (a == K_FALSE || b == K_FALSE)
        return K_FALSE;
    return a == K_TRUE && b == K_TRUE ? K_TRUE : K_UNKNOWN;
}
static int k_not(int a) { return a == K_UNKNOWN ? K_UNKNOWN : !a; }
static int k_or(int a, int b)
{
    if (a == K_TRUE || b == K_TRUE)
        return K_TRUE;
    return a == K_UNKNOWN || b == K_UNKNOWN ? K_UNKNOWN : K_FALSE;
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
    int t = k_and(w, k_not(u));
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
    *eff = (uint8_t)k_and(t, k_not(earlier));
    if (t == K_TRUE && earlier == K_TRUE)
        *status = GUIDE_CL_SHADOWED;
    else if (*eff == K_UNKNOWN && *status == GUIDE_CL_FIRED)
        *status = GUIDE_CL_UNDETERMINED;
    return k_or(earlier, t);
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
    if (t == K_FALSE || c->table < 0 || p->tables[c->table].hit != GUIDE_HIT_FIRST)
        return status;
    int earlier = K_FALSE;
    for (int k = p->tables[c->table].first_clause; k < i && earlier != K_TRUE; k++) {
        uint8_t tk;
        own_status(p, f, &p->clauses[k], &tk);
        earlier = k_or(earlier, tk);
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
    if (c->table >= 0 && p->tables[c->table].hit == GUIDE_HIT_FIRST) {
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
        *out = f->val[e->var].num;
        return EXPR_KNOWN;
    case IR_E_NEG: {
        int k = eval_expr(e->l, f, &l);
        *out = -l;
        return k;
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
    if (k == EXPR_KNOWN)
        f->val[v->index].num = x;
    return k == EXPR_NOT_COMPUTABLE;
}

/* ---- outputs ---------------------------------------------------------------------------------- */

static int answer_equal(const ir_program *p, int var, const answer *a, const answer *b)
{
    if (a->state != b->state)
        return 0;
    if (a->state != GUIDE_CONCLUDED)
        return 1;
    ir_value x = {a->v, a->is_null}, y = {b->v, b->is_null};
    return ir_value_equal(p, var, &x, &y);
}

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
            if (o->type == GUIDE_SET)
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
            if (o->type == GUIDE_SET ? (val->v.set & ~cur.v.set) != 0
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
    /* the main evaluation and the search's worlds count apart: even and odd keys */
    unsigned key = 2u * s->gen + (s == &it->world);
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

/* Evaluates the world held in it->scratch for output o (no search, no trace). Returns whether
 * o is decided: always so when every search variable is known. */
static int eval_world(interp *it, const ir_var *o, const uint8_t *is_search_var, answer *ans)
{
    int decided = 0;
    const ir_program *p = it->p;
    eval_state *s = &it->world;
    s->f = it->scratch;
    s->trace = NULL;
    s->gen++;
    for (int k = 0; k < o->ncone_vars; k++) {
        const ir_var *v = &p->vars[o->cone_vars[k]];
        if (v->kind == GUIDE_VAR_DERIVED) {
            if (!is_search_var[v->index])
                eval_derived(p, s->f, v);
        } else {
            answer a;
            int d = (it->ix && lookup_answer(it, s, v, &a)) || kleene_answer(p, s, v, &a);
            store_answer(s->f, v->index, v->index - guide_first_output(&p->info), &a,
                         GUIDE_HOW_DIRECT);
            if (v == o)
                *ans = a, decided = d;
        }
    }
    return decided;
}

static void add_input_bits(const ir_program *p, uint64_t *asks, const ir_var *v,
                           const guide_frame *f)
{
    if (v->kind == GUIDE_VAR_INPUT) {
        asks[v->index / 64] |= (uint64_t)1 << (v->index % 64);
        return;
    }
    /* A searched derived value: ask for its unknown inputs. */
    for (int i = 0; i < p->ninputs; i++)
        if (((v->cone[i / 64] >> (i % 64)) & 1) && !f->known[i])
            asks[i / 64] |= (uint64_t)1 << (i % 64);
}

/* The number of cells a search variable takes, at least 1. */
static int ncells_of(const ir_var *v) { return v->ncells ? v->ncells : 1; }

/* The worlds of a search are taken in odometer order, the first search variable turning
 * fastest, a block at a time: the first `level` variables of sv left unknown, the others at
 * their cell in digit. When Kleene logic, with those left unknown, decides the output, every
 * world of the block has that answer (Kleene logic is sound); otherwise the block is split,
 * one variable fewer left unknown; at level 0 it is a single world. set_block sets the
 * world frame to a block and returns its number of worlds. */
static long set_block(interp *it, const int *sv, int n, const int *digit, int level)
{
    const ir_program *p = it->p;
    guide_frame *w = it->scratch;
    long block = 1;
    for (int k = 0; k < n; k++) {
        const ir_var *v = &p->vars[sv[k]];
        w->known[v->index] = k >= level;
        w->val[v->index] = v->cells[digit[k]];
        if (k < level)
            block *= ncells_of(v);
    }
    return block;
}

/* Moves digit past the block of the given level (the odometer carries from digit level).
 * Returns the level of the next block: the digit that moved, n when no world is left. */
static int next_block(const ir_program *p, const int *sv, int n, int *digit, int level)
{
    int k = level;
    while (k < n && ++digit[k] == ncells_of(&p->vars[sv[k]]))
        digit[k++] = 0;
    return k;
}

/* Whether o's answer changes with search variable x alone, every other search variable set
 * in the world frame: x's cells one by one. */
static int differs_in(interp *it, const ir_var *o, const uint8_t *is_search, const ir_var *x)
{
    guide_frame *w = it->scratch;
    answer a, b;
    w->known[x->index] = 1;
    for (int c = 0; c < ncells_of(x); c++) {
        w->val[x->index] = x->cells[c];
        eval_world(it, o, is_search, c ? &b : &a);
        if (c && !answer_equal(it->p, o->index, &a, &b))
            return 1;
    }
    return 0;
}

/* Whether search variable sv[k] alone changes o's answer in some world (of nworlds): the
 * other variables a block at a time with sv[k] left unknown, since a block Kleene logic
 * decides does not change with sv[k]; in a world of the others that it leaves open, the cells
 * of sv[k] are tried one by one. */
static int matters(interp *it, const ir_var *o, const uint8_t *is_search, int n, int k, long nworlds)
{
    const ir_program *p = it->p;
    guide_frame *w = it->scratch;
    const int *sv = it->search_vars;
    const ir_var *x = &p->vars[sv[k]];
    int *ot = it->others, *digit = it->digits, m = 0, nc = ncells_of(x);
    for (int j = 0; j < n; j++)
        if (j != k)
            ot[m++] = sv[j];
    memset(digit, 0, sizeof *digit * (size_t)n);
    int level = m;
    for (long at = 0; at < nworlds / nc;) {
        long block = set_block(it, ot, m, digit, level);
        w->known[x->index] = 0;
        answer a;
        if (!eval_world(it, o, is_search, &a)) {
            if (level > 0) {
                level--;
                continue;
            }
            if (differs_in(it, o, is_search, x))
                return 1;
        }
        at += block;
        level = next_block(p, ot, m, digit, level);
    }
    return 0;
}

/* Resolves output o, left open by Kleene logic, over every cell of the unknown variables it
 * depends on: the same answer in every world is the answer; otherwise o is undetermined, and
 * the variables that alone change it somewhere are the ones to ask for. */
static void search_output(interp *it, guide_frame *f, const ir_var *o)
{
    const ir_program *p = it->p;
    int oi = o->index - guide_first_output(&p->info);
    uint64_t *asks = guide_asks(f, oi);
    int words = guide_input_words(&p->info);
    memset(asks, 0, sizeof *asks * (size_t)words);

    /* The search variables: unknown inputs of the cone, and unknown arithmetic values (searched
     * over their own cells rather than through their continuous inputs). */
    uint8_t *is_search = calloc((size_t)p->nvars + 1, 1);
    int *sv = it->search_vars, n = 0;
    double worlds = 1;
    for (int i = 0; i < p->ninputs; i++)
        if (((o->cone[i / 64] >> (i % 64)) & 1) && !f->known[i])
            sv[n++] = i;
    for (int k = 0; k < o->ncone_vars; k++) {
        const ir_var *v = &p->vars[o->cone_vars[k]];
        if (v->kind == GUIDE_VAR_DERIVED && !v->is_match && !f->known[v->index])
            sv[n++] = v->index;
    }
    for (int k = 0; k < n; k++) {
        is_search[sv[k]] = 1;
        worlds *= ncells_of(&p->vars[sv[k]]);
    }
    answer result;
    memset(&result, 0, sizeof result);
    result.state = GUIDE_UNDETERMINED;
    if (worlds > (double)it->budget) {
        for (int k = 0; k < n; k++)
            add_input_bits(p, asks, &p->vars[sv[k]], f);
        store_answer(f, o->index, oi, &result, GUIDE_HOW_BUDGET);
        free(is_search);
        return;
    }
    long nworlds = (long)worlds;
    guide_frame *w = it->scratch;
    memcpy(w->val, f->val, sizeof *w->val * (size_t)p->nvars);
    memcpy(w->known, f->known, (size_t)p->nvars);
    /* The worlds a block at a time (set_block), until two answers differ. */
    int *digit = it->digits, same = 1, level = n;
    memset(digit, 0, sizeof *digit * (size_t)n);
    answer first, a;
    for (long at = 0; at < nworlds && same;) {
        long block = set_block(it, sv, n, digit, level);
        if (!eval_world(it, o, is_search, &a) && level > 0) {
            level--;
            continue;
        }
        if (at == 0)
            first = a;
        else
            same = answer_equal(p, o->index, &first, &a);
        if (!same)
            memcpy(it->probe, digit, sizeof *digit * (size_t)n);
        at += block;
        level = next_block(p, sv, n, digit, level);
    }
    if (same) {
        for (int k = 0; k < n; k++)
            add_input_bits(p, asks, &p->vars[sv[k]], f);
        store_answer(f, o->index, oi, &first, GUIDE_HOW_SEARCH);
        free(is_search);
        return;
    }
    /* A value that alone changes the answer in one of the two worlds found to differ (the
     * first world, and the first of the block that differs from it) needs no more search. */
    for (int k = 0; k < n; k++) {
        const ir_var *x = &p->vars[sv[k]];
        memset(digit, 0, sizeof *digit * (size_t)n);
        set_block(it, sv, n, digit, 0);
        int yes = differs_in(it, o, is_search, x);
        if (!yes) {
            set_block(it, sv, n, it->probe, 0);
            yes = differs_in(it, o, is_search, x);
        }
        if (yes || matters(it, o, is_search, n, k, nworlds))
            add_input_bits(p, asks, &p->vars[sv[k]], f);
    }
    store_answer(f, o->index, oi, &result, GUIDE_HOW_DEPENDS);
    free(is_search);
}

static void run(interp *it, guide_frame *f, guide_trace *t, int search, const uint8_t *pinned,
                const int *order, int norder)
{
    const ir_program *p = it->p;
    eval_state *s = &it->main;
    s->f = f;
    s->trace = t;
    s->gen++;
    memset(f->asks, 0, sizeof *f->asks * (size_t)p->noutputs * (size_t)guide_input_words(&p->info));
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
        else if (kleene_answer(p, s, v, &a) || !search)
            store_answer(f, v->index, oi, &a, a.state == GUIDE_UNDETERMINED ? GUIDE_HOW_DEPENDS
                                                                            : GUIDE_HOW_DIRECT);
        else
            search_output(it, f, v);
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
