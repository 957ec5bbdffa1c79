/* emit_llvm_eval.c — the LLVM backend's evaluation of a case: the evaluation state, Kleene logic
 * and conditions, the trace, derived values, rules and tables (lookups, the row loop), each
 * output's answer, and the walk of an output's decision diagram. */
#include "emit_llvm_internal.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

/* ---- The evaluation state -------------------------------------------------------------------- */


/* &s->out[var - FIRST_OUTPUT] */
static LLVMValueRef s_out(emitll *e, LLVMValueRef s, LLVMValueRef oi)
{
    LLVMValueRef out = load(e, e->ptr, field(e, e->st, s, S_OUT), "out");
    return gep(e, e->go, out, &oi, 1);
}

/* *o = (guide_output){state, how, is_null, 0}: state and how are i32, is_null an i8; the
 * fields are bytes (runtime/guide.h). */
static void store_output(emitll *e, LLVMValueRef o, LLVMValueRef state, LLVMValueRef how, LLVMValueRef is_null)
{
    LLVMValueRef st8 = trunc_(e, state, e->i8);
    LLVMValueRef how8 = trunc_(e, how, e->i8);
    store(e, st8, field(e, e->go, o, 0));
    store(e, how8, field(e, e->go, o, 1));
    store(e, is_null, field(e, e->go, o, 2));
    store(e, c8(e, 0), field(e, e->go, o, 3));
}

/* o->state, as an i32. */
LLVMValueRef el_output_state(emitll *e, LLVMValueRef o)
{
    return zext(e, load(e, e->i8, field(e, e->go, o, 0), "state"), e->i32);
}


/* Forgets which rules and tables were evaluated and the lookups' cells (emit_c_eval.c reset). */
void el_reset(emitll *e, LLVMValueRef s)
{
    LLVMBuildMemSet(e->b, field(e, e->st, s, S_DONE), c8(e, 0), c64(e, imax(e->plan.nunits, 1)), 1);
    LLVMBuildMemSet(e->b, field(e, e->st, s, S_COMBO), c8(e, 0xff), c64(e, 4LL * imax(e->p->ntables, 1)), 4);
}


/* The trace event helper (guide.h guide_trace_add). */
void el_trace_call(emitll *e, LLVMValueRef t, int kind, LLVMValueRef status, LLVMValueRef index)
{
    LLVMValueRef args[4] = {t, c32(e, kind), status, index};
    call(e, e->trace_add, args, 4, "");
}

/* Whether an answer of this state (i32) and is_null (i8) gives its variable a known value. */
LLVMValueRef el_answer_known(emitll *e, LLVMValueRef state, LLVMValueRef is_null)
{
    LLVMValueRef concluded = eq(e, state, c32(e, GUIDE_CONCLUDED));
    return and_(e, concluded, eq(e, is_null, c8(e, 0)));
}

/* interp.c store_answer / emit_c_eval.c put: state, how, is_null, value (v: a guide_value) of output
 * oi (i32, among the outputs), variable var (i32). */
static void put_at(emitll *e, LLVMValueRef s, LLVMValueRef oi, LLVMValueRef var, LLVMValueRef state,
                   LLVMValueRef how, LLVMValueRef is_null, LLVMValueRef v)
{
    LLVMValueRef o = s_out(e, s, oi);
    store_output(e, o, state, how, is_null);
    store(e, v, elem(e, e->st, s, S_V, var));
    LLVMValueRef k8 = zext(e, el_answer_known(e, state, is_null), e->i8);
    store(e, k8, elem(e, e->st, s, S_K, var));
}

/* put_at for output variable var. */
static void put(emitll *e, LLVMValueRef s, int var, LLVMValueRef state, LLVMValueRef how,
                LLVMValueRef is_null, LLVMValueRef v)
{
    put_at(e, s, c32(e, var - e->first_out), c32(e, var), state, how, is_null, v);
}

static void put_state(emitll *e, LLVMValueRef s, int var, int state, int how)
{
    put(e, s, var, c32(e, state), c32(e, how), c8(e, 0), LLVMConstNull(e->val));
}

/* ---- Kleene logic: guide.h's truth tables (guide_k_and ...), on its i32 values 0, 1, 2 ---- */

static LLVMValueRef k_and(emitll *e, LLVMValueRef a, LLVMValueRef b)
{
    LLVMValueRef any_f = any_eq(e, a, b, c32(e, K_FALSE));
    LLVMValueRef both_t = both_eq(e, a, b, c32(e, K_TRUE));
    return sel(e, any_f, c32(e, K_FALSE), sel(e, both_t, c32(e, K_TRUE), c32(e, K_UNKNOWN)));
}

static LLVMValueRef k_or(emitll *e, LLVMValueRef a, LLVMValueRef b)
{
    LLVMValueRef any_t = any_eq(e, a, b, c32(e, K_TRUE));
    LLVMValueRef both_f = both_eq(e, a, b, c32(e, K_FALSE));
    return sel(e, any_t, c32(e, K_TRUE), sel(e, both_f, c32(e, K_FALSE), c32(e, K_UNKNOWN)));
}

static LLVMValueRef k_not(emitll *e, LLVMValueRef a)
{
    LLVMValueRef unknown = eq(e, a, c32(e, K_UNKNOWN));
    return sel(e, unknown, c32(e, K_UNKNOWN), LLVMBuildSub(e->b, c32(e, 1), a, ""));
}

/* interp.c interp_cond on an atom. */
static LLVMValueRef atom(emitll *e, LLVMValueRef s, const ir_atom *a)
{
    const ir_var *x = &e->p->vars[a->var];
    LLVMValueRef vp = s_v(e, s, a->var), holds;
    switch (a->kind) {
    case IR_A_BOOL:
        holds = eq(e, load(e, e->i32, vp, x->name), c32(e, a->b));
        break;
    case IR_A_LABELS: {
        LLVMValueRef l = load(e, e->i32, vp, x->name);
        l = zext(e, and_(e, l, c32(e, 63)), e->i64);
        LLVMValueRef bit = LLVMBuildLShr(e->b, LLVMConstInt(e->i64, a->labels, 0), l, "");
        holds = trunc_(e, bit, e->i1);
        break;
    }
    default: {
        LLVMValueRef v = load(e, e->f64, vp, x->name);
        int has_lo = isfinite(a->lo), has_hi = isfinite(a->hi);
        holds = LLVMConstInt(e->i1, 1, 0);
        if (has_lo && has_hi && a->lo == a->hi && a->lo_closed && a->hi_closed)
            holds = fcmp(e, LLVMRealOEQ, v, a->lo);
        else {
            if (has_lo)
                holds = fcmp(e, a->lo_closed ? LLVMRealOGE : LLVMRealOGT, v, a->lo);
            if (has_hi) {
                LLVMValueRef h = fcmp(e, a->hi_closed ? LLVMRealOLE : LLVMRealOLT, v, a->hi);
                holds = has_lo ? and_(e, holds, h) : h;
            }
        }
        break;
    }
    }
    LLVMValueRef kn = known(e, s, a->var);
    LLVMValueRef r = sel(e, kn, zext(e, holds, e->i32), c32(e, K_UNKNOWN));
    if (x->kind == GUIDE_VAR_OUTPUT) {
        /* An output no rule concludes for the case has no value: every test on it is false. */
        LLVMValueRef o = s_out(e, s, c32(e, a->var - e->first_out));
        LLVMValueRef na = eq(e, el_output_state(e, o), c32(e, GUIDE_NOT_APPLICABLE));
        r = sel(e, na, c32(e, K_FALSE), r);
    }
    return r;
}

static LLVMValueRef cond(emitll *e, LLVMValueRef s, const ir_cond *c)
{
    switch (c->kind) {
    case IR_C_TRUE: return c32(e, K_TRUE);
    case IR_C_ATOM: return atom(e, s, &c->atom);
    case IR_C_NOT: return k_not(e, cond(e, s, c->kids[0]));
    case IR_C_AND:
    case IR_C_OR: break;
    }
    LLVMValueRef r = c32(e, c->kind == IR_C_AND ? K_TRUE : K_FALSE);
    for (int i = 0; i < c->nkids; i++) {
        LLVMValueRef k = cond(e, s, c->kids[i]);
        r = c->kind == IR_C_AND ? k_and(e, r, k) : k_or(e, r, k);
    }
    return r;
}

/* ---- Helpers (emit_c_eval.c ec_machinery) -------------------------------------------------------------- */

void el_make_trace_add(emitll *e)
{
    LLVMTypeRef pt[4] = {e->ptr, e->i32, e->i32, e->i32};
    LLVMValueRef f = e->trace_add = function(e, "guide_trace_add", e->vd, pt, 4, 1);
    begin(e, f);
    LLVMValueRef t = LLVMGetParam(f, 0);
    LLVMBasicBlockRef ret = block(e, "ret"), some = block(e, "trace"), full = block(e, "full"),
                      add = block(e, "add");
    condbr(e, LLVMBuildIsNull(e->b, t, ""), ret, some);
    at(e, some);
    LLVMValueRef len = load(e, e->isz, field(e, e->tr, t, 1), "len");
    LLVMValueRef cap = load(e, e->isz, field(e, e->tr, t, 2), "cap");
    condbr(e, eq(e, len, cap), full, add);
    at(e, full);
    store(e, c32(e, 1), field(e, e->tr, t, 3));
    br(e, ret);
    at(e, add);
    LLVMValueRef ev = load(e, e->ptr, field(e, e->tr, t, 0), "ev");
    LLVMValueRef slot = gep(e, e->ev, ev, &len, 1);
    LLVMValueRef kind = trunc_(e, LLVMGetParam(f, 1), e->i8);
    store(e, kind, field(e, e->ev, slot, 0));
    LLVMValueRef status = trunc_(e, LLVMGetParam(f, 2), e->i8);
    store(e, status, field(e, e->ev, slot, 1));
    store(e, LLVMGetParam(f, 3), field(e, e->ev, slot, 2));
    LLVMValueRef len1 = LLVMBuildAdd(e->b, len, ci(e->isz, 1), "");
    store(e, len1, field(e, e->tr, t, 1));
    br(e, ret);
    at(e, ret);
    LLVMBuildRetVoid(e->b);
}

/* ---- Derived values ---------------------------------------------------------------------------- */

enum { X_NC = -1, X_UNKNOWN = 0, X_KNOWN = 1 };

/* An aggregate's element test (guide_elem_test) as a private constant, or a null pointer. */
static LLVMValueRef elem_test(emitll *e, const ir_expr *x)
{
    if (!x->test.holds)
        return LLVMConstNull(e->ptr);
    int n = x->test.ncuts, k = e->ntests++;
    LLVMValueRef *cuts = zalloc(e, sizeof(LLVMValueRef) * (size_t)(n + 1));
    LLVMValueRef *holds = zalloc(e, sizeof(LLVMValueRef) * (size_t)(2 * n + 1));
    for (int i = 0; i < n; i++)
        cuts[i] = cdouble(e, x->test.cuts[i]);
    for (int i = 0; i <= 2 * n; i++)
        holds[i] = c8(e, x->test.holds[i]);
    name_of(e, "test%d.cuts", k);
    LLVMValueRef gc = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->f64, cuts, (uint64_t)n));
    name_of(e, "test%d.holds", k);
    LLVMValueRef gh = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->i8, holds, (uint64_t)(2 * n + 1)));
    LLVMValueRef f[3] = {c32(e, n), gc, gh};
    name_of(e, "test%d", k);
    return cglobal(e, sb_str(&e->nm), LLVMConstStructInContext(e->cx, f, 3, 0));
}

/* libguide's guide_list_aggregate of a list input (interp.c eval_expr): *k the state. */
static LLVMValueRef aggregate(emitll *e, LLVMValueRef s, const ir_expr *x, LLVMValueRef *k)
{
    if (x->var < 0) {
        *k = c32(e, X_UNKNOWN);
        return cdouble(e, 0);
    }
    if (!e->list_agg) {
        LLVMTypeRef pt[6] = {e->i32, e->ptr, e->i32, e->f64, e->ptr, e->ptr};
        e->list_agg = function(e, "guide_list_aggregate", e->i32, pt, 6, 0);
    }
    LLVMValueRef kn = known(e, s, x->var);
    LLVMValueRef l = load(e, e->list, s_v(e, s, x->var), e->p->vars[x->var].name);
    LLVMValueRef items = LLVMBuildExtractValue(e->b, l, 0, "items");
    LLVMValueRef n = LLVMBuildExtractValue(e->b, l, 1, "n");
    n = sel(e, kn, n, c32(e, 0)); /* an unknown list is not read */
    LLVMValueRef out = local(e, e->f64, "agg");
    store(e, cdouble(e, 0), out);
    LLVMValueRef args[6] = {c32(e, (int)x->agg), items, n, cdouble(e, x->step), elem_test(e, x), out};
    LLVMValueRef ok = ne(e, call(e, e->list_agg, args, 6, "has"), c32(e, 0));
    *k = sel(e, kn, sel(e, ok, c32(e, X_KNOWN), c32(e, X_NC)), c32(e, X_UNKNOWN));
    LLVMValueRef has = eq(e, *k, c32(e, X_KNOWN)); /* one instruction per statement (above) */
    LLVMValueRef value = load(e, e->f64, out, "x");
    return sel(e, has, value, cdouble(e, 0));
}

/* interp.c eval_expr: *k gets the state (i32), the result the value (0 when not known). */
static LLVMValueRef expr(emitll *e, LLVMValueRef s, const ir_expr *x, LLVMValueRef *k)
{
    LLVMValueRef l, r, kl, kr;
    switch (x->kind) {
    case IR_E_NUM: *k = c32(e, X_KNOWN); return cdouble(e, x->num);
    case IR_E_VAR:
        if (x->var < 0) {
            *k = c32(e, X_UNKNOWN);
            return cdouble(e, 0);
        } else {
            LLVMValueRef kn = known(e, s, x->var);
            *k = sel(e, kn, c32(e, X_KNOWN), c32(e, X_UNKNOWN));
            LLVMValueRef v = load(e, e->f64, s_v(e, s, x->var), e->p->vars[x->var].name);
            if (x->step > 0) {
                /* libguide's rounding to the input's step (step.c), as interp.c and the C */
                if (!e->step_round) {
                    LLVMTypeRef pt[2] = {e->f64, e->f64};
                    e->step_round = function(e, "guide_step_round", e->f64, pt, 2, 0);
                }
                LLVMValueRef args[2] = {v, cdouble(e, x->step)};
                v = call(e, e->step_round, args, 2, "");
            }
            return sel(e, kn, v, cdouble(e, 0));
        }
    case IR_E_AGG:
        return aggregate(e, s, x, k);
    case IR_E_NEG:
        l = expr(e, s, x->l, k);
        return LLVMBuildFNeg(e->b, l, "");
    default: break;
    }
    l = expr(e, s, x->l, &kl);
    r = expr(e, s, x->r, &kr);
    if (x->kind == IR_E_ELSE) { /* l when known or not computable, else r (interp.c) */
        LLVMValueRef left = ne(e, kl, c32(e, X_UNKNOWN));
        *k = sel(e, left, kl, kr);
        return sel(e, left, l, r);
    }
    LLVMValueRef res;
    switch (x->kind) {
    case IR_E_ADD: res = LLVMBuildFAdd(e->b, l, r, ""); break;
    case IR_E_SUB: res = LLVMBuildFSub(e->b, l, r, ""); break;
    case IR_E_MUL: res = LLVMBuildFMul(e->b, l, r, ""); break;
    default: res = LLVMBuildFDiv(e->b, l, r, ""); break;
    }
    LLVMValueRef both = both_eq(e, kl, kr, c32(e, X_KNOWN));
    LLVMValueRef any_nc = any_eq(e, kl, kr, c32(e, X_NC));
    LLVMValueRef join = sel(e, any_nc, c32(e, X_NC), c32(e, X_UNKNOWN));
    LLVMValueRef below = fcmp(e, LLVMRealOLT, res, HUGE_VAL);
    LLVMValueRef finite = and_(e, below, fcmp(e, LLVMRealOGT, res, -HUGE_VAL));
    if (x->kind == IR_E_DIV)
        finite = and_(e, finite, fcmp(e, LLVMRealONE, r, 0));
    LLVMValueRef ok = sel(e, finite, c32(e, X_KNOWN), c32(e, X_NC));
    *k = sel(e, both, ok, join);
    return sel(e, both, res, cdouble(e, 0));
}

/* The label match derivation vi maps lab (i32) to when kn (i1), its source known; else 0. An
 * unknown source's label is not read: index 0. */
LLVMValueRef el_mapped_label(emitll *e, int vi, LLVMValueRef kn, LLVMValueRef lab)
{
    LLVMValueRef ix = sel(e, kn, lab, c32(e, 0));
    LLVMValueRef mapped = load(e, e->i32, global_elem(e, e->map[vi], ix), "");
    return sel(e, kn, mapped, c32(e, 0));
}

void el_make_derived(emitll *e, int vi)
{
    const ir_program *p = e->p;
    const ir_var *v = &p->vars[vi];
    LLVMValueRef s;
    e->derive[vi] = state_function(e, "derive", v->name, e->i32, &s);
    LLVMValueRef zero = LLVMConstNull(e->val);
    if (v->is_match) {
        if (v->src < 0) {
            store(e, c8(e, 0), s_k(e, s, vi));
            store(e, zero, s_v(e, s, vi));
            LLVMBuildRet(e->b, c32(e, 0));
            return;
        }
        const ir_var *src = &p->vars[v->src];
        int nl = imax(src->nlabels, 1);
        LLVMValueRef *el = zalloc(e, sizeof(LLVMValueRef) * (size_t)nl);
        for (int l = 0; l < nl; l++)
            el[l] = c32(e, l < src->nlabels ? v->map[l] : 0);
        name_of(e, "map.%s", v->name);
        e->map[vi] = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->i32, el, (uint64_t)nl));
        LLVMValueRef ks = load(e, e->i8, s_k(e, s, v->src), "k");
        store(e, ks, s_k(e, s, vi));
        LLVMValueRef lab = load(e, e->i32, s_v(e, s, v->src), src->name);
        LLVMValueRef kn = ne(e, ks, c8(e, 0));
        LLVMValueRef label = el_mapped_label(e, vi, kn, lab);
        store(e, zero, s_v(e, s, vi));
        store(e, label, s_v(e, s, vi));
        LLVMBuildRet(e->b, c32(e, 0));
        return;
    }
    if (!v->expr) {
        store(e, c8(e, 0), s_k(e, s, vi));
        store(e, zero, s_v(e, s, vi));
        LLVMBuildRet(e->b, c32(e, 0));
        return;
    }
    LLVMValueRef k, x = expr(e, s, v->expr, &k);
    LLVMValueRef kn = eq(e, k, c32(e, X_KNOWN));
    LLVMValueRef kn8 = zext(e, kn, e->i8);
    store(e, kn8, s_k(e, s, vi));
    store(e, zero, s_v(e, s, vi));
    int truth = guide_type_repr(v->type) == GUIDE_REPR_TRUTH; /* any, all */
    LLVMValueRef xv = truth ? zext(e, and_(e, kn, fcmp(e, LLVMRealONE, x, 0)), e->i32) : sel(e, kn, x, cdouble(e, 0));
    store(e, xv, s_v(e, s, vi));
    LLVMBuildRet(e->b, zext(e, eq(e, k, c32(e, X_NC)), e->i32));
}

/* ---- Rules and tables -------------------------------------------------------------------------- */

/* A clause's truth t and, in *st, its status (emit_c_eval.c set_clause). */
static LLVMValueRef set_clause(emitll *e, LLVMValueRef w, LLVMValueRef u, LLVMValueRef *st)
{
    LLVMValueRef t = k_and(e, w, k_not(e, u));
    LLVMValueRef not_fired = eq(e, w, c32(e, K_FALSE));
    LLVMValueRef excepted = eq(e, u, c32(e, K_TRUE));
    LLVMValueRef fired = eq(e, t, c32(e, K_TRUE));
    *st = sel(e, not_fired, c32(e, GUIDE_CL_NOT_FIRED),
              sel(e, excepted, c32(e, GUIDE_CL_EXCEPTED),
                  sel(e, fired, c32(e, GUIDE_CL_FIRED), c32(e, GUIDE_CL_UNDETERMINED))));
    return t;
}

static void store_clause(emitll *e, LLVMValueRef s, int ci, LLVMValueRef st, LLVMValueRef eff)
{
    LLVMValueRef st8 = trunc_(e, st, e->i8);
    store(e, st8, elem(e, e->st, s, S_ST, c32(e, ci)));
    LLVMValueRef eff8 = trunc_(e, eff, e->i8);
    store(e, eff8, elem(e, e->st, s, S_EFF, c32(e, ci)));
}


/* The cell (i32) of number x among the cuts of column k of table t, found by binary search in
 * a constant array of the cuts (gk_cell, as the C backend and the interpreter find it). */
LLVMValueRef el_cell_by_search(emitll *e, int t, int k, LLVMValueRef x)
{
    const eplan_table *tp = &e->plan.tp[t];
    table_gen *tg = &e->tg[t];
    if (!tg->cuts_g)
        tg->cuts_g = zalloc(e, sizeof(LLVMValueRef) * ((size_t)tp->nv + 1));
    if (!tg->cuts_g[k]) {
        LLVMValueRef *el = zalloc(e, sizeof(LLVMValueRef) * (size_t)tp->ncuts[k]);
        for (int i = 0; i < tp->ncuts[k]; i++)
            el[i] = cdouble(e, tp->cuts[k][i]);
        name_of(e, "cuts.%s.%s", e->p->tables[t].name, e->p->vars[tp->vars[k]].name);
        tg->cuts_g[k] = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->f64, el, (uint64_t)tp->ncuts[k]));
    }
    LLVMValueRef args[3] = {tg->cuts_g[k], c32(e, tp->ncuts[k]), x};
    return call(e, e->gk_cell, args, 3, "cell");
}
/* The combination of cells table t's columns fall in, or -2 when a column is unknown, computed
 * once per evaluation (emit_c_eval.c cells_x). */
void el_make_cells(emitll *e, int t)
{
    const ir_program *p = e->p;
    eplan_table *tp = &e->plan.tp[t];
    table_gen *tg = &e->tg[t];
    LLVMValueRef s;
    tg->cells_fn = state_function(e, "cells", p->tables[t].name, e->i32, &s);
    LLVMValueRef cp = elem(e, e->st, s, S_COMBO, c32(e, t));
    LLVMValueRef c = load(e, e->i32, cp, "combo");
    LLVMBasicBlockRef after = if_begin(e, ne(e, c, c32(e, -1)), "cached");
    LLVMBuildRet(e->b, c);
    if_end(e, after);
    LLVMValueRef unknown = LLVMConstInt(e->i1, 0, 0);
    for (int k = 0; k < tp->nv; k++)
        unknown = or_(e, unknown, LLVMBuildNot(e->b, known(e, s, tp->vars[k]), ""));
    after = if_begin(e, unknown, "unknown");
    store(e, c32(e, -2), cp);
    LLVMBuildRet(e->b, c32(e, -2));
    if_end(e, after);
    LLVMValueRef cell = c32(e, 0);
    for (int k = 0; k < tp->nv; k++) {
        const ir_var *v = &p->vars[tp->vars[k]];
        LLVMValueRef vp = s_v(e, s, v->index), ix;
        if (guide_type_is_discrete(v->type))
            ix = load(e, e->i32, vp, v->name);
        else {
            LLVMValueRef x = load(e, e->f64, vp, v->name);
            ix = c32(e, 0);
            if (tp->ncuts[k] > EMITLL_LINEAR_CUTS) {
                /* gk_cell gives the same cell: 2i between cuts i - 1 and i, 2i + 1 at cut i */
                ix = el_cell_by_search(e, t, k, x);
            }
            for (int i = 0; i < tp->ncuts[k] && tp->ncuts[k] <= EMITLL_LINEAR_CUTS; i++) {
                ix = LLVMBuildAdd(e->b, ix, zext(e, fcmp(e, LLVMRealOGT, x, tp->cuts[k][i]), e->i32), "");
                ix = LLVMBuildAdd(e->b, ix, zext(e, fcmp(e, LLVMRealOGE, x, tp->cuts[k][i]), e->i32), "");
            }
        }
        cell = LLVMBuildAdd(e->b, LLVMBuildMul(e->b, cell, c32(e, tp->ncells[k]), ""), ix, "");
    }
    store(e, cell, cp);
    LLVMBuildRet(e->b, cell);

    /* the rows each combination matches: (row, status) pairs, END_ROWS after each list */
    int total = 0;
    for (int li = 0; li < tp->nlists; li++) {
        int n = 0;
        while (tp->lists[li][n] >= 0)
            n++;
        total += n + 1;
    }
    LLVMValueRef *el = zalloc(e, sizeof(LLVMValueRef) * (size_t)(total + 1));
    int n = 0;
    for (int li = 0; li < tp->nlists; li++) {
        for (int k = 0; tp->lists[li][k] >= 0; k++)
            el[n++] = ci(LLVMInt16TypeInContext(e->cx), tp->lists[li][k]);
        el[n++] = LLVMConstInt(LLVMInt16TypeInContext(e->cx), EMITLL_END_ROWS, 0);
    }
    name_of(e, "rows.%s", p->tables[t].name);
    tg->rows = cglobal(e, sb_str(&e->nm), LLVMConstArray2(LLVMInt16TypeInContext(e->cx), el, (uint64_t)n));
    LLVMValueRef *off = zalloc(e, sizeof(LLVMValueRef) * (size_t)tp->ncombos);
    for (long cb = 0; cb < tp->ncombos; cb++)
        off[cb] = c32(e, tp->list_off[tp->combo_list[cb]]);
    name_of(e, "combos.%s", p->tables[t].name);
    tg->offs = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->i32, off, (uint64_t)tp->ncombos));
    tg->ansg = zalloc(e, sizeof(LLVMValueRef) * ((size_t)tp->nfast + 1));
    for (int j = 0; j < tp->nfast; j++) {
        for (long cb = 0; cb < tp->ncombos; cb++)
            off[cb] = c32(e, tp->ans[j][cb]);
        name_of(e, "answers.%s.%s", p->tables[t].name, p->vars[tp->fast_vars[j]].name);
        tg->ansg[j] = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->i32, off, (uint64_t)tp->ncombos));
    }
}

LLVMValueRef el_int_list(emitll *e, const char *name, const int *v, int n)
{
    if (!n)
        return LLVMConstPointerNull(e->ptr);
    LLVMValueRef *el = zalloc(e, sizeof(LLVMValueRef) * (size_t)n);
    for (int i = 0; i < n; i++)
        el[i] = c32(e, v[i]);
    return cglobal(e, name, LLVMConstArray2(e->i32, el, (uint64_t)n));
}

/* Whether condition c is an atom the row loop evaluates: on an input or derived value (an
 * output's atom is false when no rule concludes it, which the loop does not test). */
static int plain_atom(const ir_program *p, const ir_cond *c)
{
    return c->kind == IR_C_ATOM && p->vars[c->atom.var].kind != GUIDE_VAR_OUTPUT;
}

/* Whether c is a plain atom or a conjunction of them. */
static int plain_and(const ir_program *p, const ir_cond *c)
{
    if (c->kind != IR_C_AND)
        return plain_atom(p, c);
    for (int i = 0; i < c->nkids; i++)
        if (!plain_and(p, c->kids[i]))
            return 0;
    return 1;
}

/* Whether row cl of a table is plain: no unless, and a when that is true, a plain atom or a
 * conjunction of plain atoms (a table row's cells, and its guard's). */
static int plain_row(const ir_program *p, const ir_clause *cl)
{
    const ir_cond *w = cl->when;
    return !cl->unless && w && (w->kind == IR_C_TRUE || plain_and(p, w));
}

/* The atoms of plain condition c. */
static int count_plain(const ir_cond *c)
{
    int n = c->kind == IR_C_ATOM;
    for (int i = 0; c->kind == IR_C_AND && i < c->nkids; i++)
        n += count_plain(c->kids[i]);
    return n;
}

/* Whether table t is evaluated row by row by the row loop (make_row_loop). */
static int row_loop(const ir_program *p, int t)
{
    const ir_table *tb = &p->tables[t];
    if (tb->nrows <= EMITLL_LOOP_ROWS)
        return 0;
    for (int r = 0; r < tb->nrows; r++)
        if (!plain_row(p, &p->clauses[tb->first_clause + r]))
            return 0;
    return 1;
}

/* Appends the atoms of plain condition c to the row loop's arrays at *n. */
static void row_atoms(emitll *e, const ir_cond *c, LLVMValueRef *var, LLVMValueRef *flags,
                      LLVMValueRef *lo, LLVMValueRef *hi, LLVMValueRef *bits, int *n)
{
    if (c->kind == IR_C_AND) {
        for (int i = 0; i < c->nkids; i++)
            row_atoms(e, c->kids[i], var, flags, lo, hi, bits, n);
        return;
    }
    if (c->kind != IR_C_ATOM)
        return;
    const ir_atom *a = &c->atom;
    int f = a->kind == IR_A_BOOL ? RA_BOOL : a->kind == IR_A_LABELS ? RA_LABELS : RA_INTERVAL;
    uint64_t b = a->kind == IR_A_BOOL ? (uint64_t)a->b : a->kind == IR_A_LABELS ? a->labels : 0;
    if (f == RA_INTERVAL) {
        f |= (isfinite(a->lo) ? RA_HAS_LO : 0) | (a->lo_closed ? RA_LO_CLOSED : 0);
        f |= (isfinite(a->hi) ? RA_HAS_HI : 0) | (a->hi_closed ? RA_HI_CLOSED : 0);
    }
    var[*n] = c32(e, a->var);
    flags[*n] = c32(e, f);
    lo[*n] = cdouble(e, isfinite(a->lo) ? a->lo : 0);
    hi[*n] = cdouble(e, isfinite(a->hi) ? a->hi : 0);
    bits[*n] = LLVMConstInt(e->i64, b, 0);
    (*n)++;
}


/* Whether x is within one bound of a row-loop atom: the bound is absent (flag has clear), or x
 * compares to it as `closed` when the flag closed is set, else as `open`. */
static LLVMValueRef bound_holds(emitll *e, LLVMValueRef fl, LLVMValueRef x, LLVMValueRef bound,
                                LLVMRealPredicate closed, LLVMRealPredicate open, int closed_flag,
                                int has_flag)
{
    LLVMValueRef if_closed = LLVMBuildFCmp(e->b, closed, x, bound, "");
    LLVMValueRef if_open = LLVMBuildFCmp(e->b, open, x, bound, "");
    LLVMValueRef is_closed = ne(e, and_(e, fl, c32(e, closed_flag)), c32(e, 0));
    LLVMValueRef within = sel(e, is_closed, if_closed, if_open);
    LLVMValueRef absent = eq(e, and_(e, fl, c32(e, has_flag)), c32(e, 0));
    return or_(e, absent, within);
}

/* The row loop's constant arrays: each row's first atom, and each atom's variable, flags, bounds
 * and bits (labels, or a bool's value). */
typedef struct row_arrays {
    LLVMValueRef start, var, flags, lo, hi, bits;
} row_arrays;

/* Table t's row loop arrays, @row_atoms.<table> and @atom_*.<table>, from its rows' atoms. */
static void row_atom_arrays(emitll *e, int t, row_arrays *g)
{
    const ir_program *p = e->p;
    const ir_table *tb = &p->tables[t];
    int natoms = 0;
    for (int r = 0; r < tb->nrows; r++) {
        natoms += count_plain(p->clauses[tb->first_clause + r].when);
    }
    size_t na = (size_t)natoms + 1;
    LLVMValueRef *start = zalloc(e, sizeof(LLVMValueRef) * ((size_t)tb->nrows + 1));
    LLVMValueRef *var = zalloc(e, sizeof(LLVMValueRef) * na), *flags = zalloc(e, sizeof(LLVMValueRef) * na);
    LLVMValueRef *lo = zalloc(e, sizeof(LLVMValueRef) * na), *hi = zalloc(e, sizeof(LLVMValueRef) * na);
    LLVMValueRef *bits = zalloc(e, sizeof(LLVMValueRef) * na);
    int n = 0;
    for (int r = 0; r < tb->nrows; r++) {
        start[r] = c32(e, n);
        row_atoms(e, p->clauses[tb->first_clause + r].when, var, flags, lo, hi, bits, &n);
    }
    start[tb->nrows] = c32(e, n);
    /* an empty array would have no element to point at: one unused atom at the end */
    var[n] = c32(e, 0);
    flags[n] = c32(e, RA_BOOL);
    lo[n] = hi[n] = cdouble(e, 0);
    bits[n] = LLVMConstInt(e->i64, 0, 0);
    name_of(e, "row_atoms.%s", tb->name);
    g->start = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->i32, start, (uint64_t)tb->nrows + 1));
    name_of(e, "atom_var.%s", tb->name);
    g->var = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->i32, var, na));
    name_of(e, "atom_flags.%s", tb->name);
    g->flags = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->i32, flags, na));
    name_of(e, "atom_lo.%s", tb->name);
    g->lo = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->f64, lo, na));
    name_of(e, "atom_hi.%s", tb->name);
    g->hi = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->f64, hi, na));
    name_of(e, "atom_bits.%s", tb->name);
    g->bits = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->i64, bits, na));
}

/* Kleene and of the atoms a0 to a1 of a row: *any_false if one is false, else *any_unknown if one
 * is unknown. */
static void atoms_and(emitll *e, LLVMValueRef s, const row_arrays *g, LLVMValueRef a0, LLVMValueRef a1,
                      LLVMValueRef any_false, LLVMValueRef any_unknown)
{
    LLVMValueRef g_var = g->var, g_flags = g->flags, g_lo = g->lo, g_hi = g->hi, g_bits = g->bits;
    loop atoms;
    LLVMValueRef a = loop_begin(e, &atoms, e->i32, a0, a1);
    LLVMValueRef v = load(e, e->i32, global_elem(e, g_var, a), "var");
    LLVMValueRef fl = load(e, e->i32, global_elem(e, g_flags, a), "flags");
    LLVMValueRef k = load(e, e->i8, elem(e, e->st, s, S_K, v), "k");
    LLVMBasicBlockRef is_known = block(e, "known"), unk = block(e, "unknown");
    condbr(e, ne(e, k, c8(e, 0)), is_known, unk);
    at(e, unk);
    store(e, LLVMConstInt(e->i1, 1, 0), any_unknown);
    br(e, atoms.step);
    at(e, is_known);
    LLVMValueRef vp = elem(e, e->st, s, S_V, v);
    LLVMValueRef kind = and_(e, fl, c32(e, RA_KIND));
    LLVMValueRef holds = local(e, e->i1, "holds");
    LLVMBasicBlockRef b_bool = block(e, "bool"), b_labels = block(e, "labels"),
                      b_num = block(e, "interval"), b_done = block(e, "tested");
    LLVMValueRef sw = LLVMBuildSwitch(e->b, kind, b_num, 2);
    LLVMAddCase(sw, c32(e, RA_BOOL), b_bool);
    LLVMAddCase(sw, c32(e, RA_LABELS), b_labels);
    at(e, b_bool);
    LLVMValueRef bv = load(e, e->i32, vp, "b");
    LLVMValueRef want = load(e, e->i64, global_elem(e, g_bits, a), "want");
    LLVMValueRef want32 = trunc_(e, want, e->i32);
    store(e, eq(e, bv, want32), holds);
    br(e, b_done);
    at(e, b_labels);
    LLVMValueRef l = load(e, e->i32, vp, "label");
    LLVMValueRef l63 = and_(e, l, c32(e, 63));
    LLVMValueRef sh = zext(e, l63, e->i64);
    LLVMValueRef set = load(e, e->i64, global_elem(e, g_bits, a), "labels");
    LLVMValueRef bit = LLVMBuildLShr(e->b, set, sh, "");
    store(e, trunc_(e, bit, e->i1), holds);
    br(e, b_done);
    at(e, b_num);
    LLVMValueRef x = load(e, e->f64, vp, "x");
    LLVMValueRef lov = load(e, e->f64, global_elem(e, g_lo, a), "lo");
    LLVMValueRef hiv = load(e, e->f64, global_elem(e, g_hi, a), "hi");
    LLVMValueRef ok_lo = bound_holds(e, fl, x, lov, LLVMRealOGE, LLVMRealOGT, RA_LO_CLOSED, RA_HAS_LO);
    LLVMValueRef ok_hi = bound_holds(e, fl, x, hiv, LLVMRealOLE, LLVMRealOLT, RA_HI_CLOSED, RA_HAS_HI);
    store(e, and_(e, ok_lo, ok_hi), holds);
    br(e, b_done);
    at(e, b_done);
    LLVMValueRef h = load(e, e->i1, holds, "holds");
    LLVMBasicBlockRef is_false = block(e, "false");
    condbr(e, h, atoms.step, is_false);
    at(e, is_false);
    store(e, LLVMConstInt(e->i1, 1, 0), any_false);
    loop_end(e, &atoms);
}

/* The rows of table t in Kleene logic as a loop over constant arrays of their atoms (row_loop):
 * the same statuses and effects as the code el_make_unit writes for each row. */
static void make_row_loop(emitll *e, int t, LLVMValueRef s)
{
    const ir_program *p = e->p;
    const ir_table *tb = &p->tables[t];
    row_arrays g;
    row_atom_arrays(e, t, &g);
    int first_hit = tb->shadows;
    LLVMValueRef earlier = local(e, e->i32, "earlier");
    store(e, c32(e, K_FALSE), earlier);
    LLVMValueRef any_false = local(e, e->i1, "any_false"), any_unknown = local(e, e->i1, "any_unknown");
    loop rows;
    LLVMValueRef r = loop_begin(e, &rows, e->i32, c32(e, 0), c32(e, tb->nrows));
    store(e, LLVMConstInt(e->i1, 0, 0), any_false);
    store(e, LLVMConstInt(e->i1, 0, 0), any_unknown);
    LLVMValueRef a0 = load(e, e->i32, global_elem(e, g.start, r), "from");
    LLVMValueRef r1 = LLVMBuildAdd(e->b, r, c32(e, 1), "");
    LLVMValueRef a1 = load(e, e->i32, global_elem(e, g.start, r1), "to");
    atoms_and(e, s, &g, a0, a1, any_false, any_unknown);
    LLVMValueRef f = load(e, e->i1, any_false, "any_false");
    LLVMValueRef u = load(e, e->i1, any_unknown, "any_unknown");
    LLVMValueRef tu = sel(e, u, c32(e, K_UNKNOWN), c32(e, K_TRUE));
    LLVMValueRef w = sel(e, f, c32(e, K_FALSE), tu), st;
    LLVMValueRef tr = set_clause(e, w, c32(e, K_FALSE), &st), eff = tr;
    if (first_hit) {
        /* as el_make_unit's code for each row */
        LLVMValueRef ea = load(e, e->i32, earlier, "earlier");
        eff = k_and(e, tr, k_not(e, ea));
        LLVMValueRef shadowed = both_eq(e, tr, ea, c32(e, K_TRUE));
        LLVMValueRef eff_unknown = eq(e, eff, c32(e, K_UNKNOWN));
        LLVMValueRef undet = and_(e, eff_unknown, eq(e, st, c32(e, GUIDE_CL_FIRED)));
        LLVMValueRef st2 = sel(e, undet, c32(e, GUIDE_CL_UNDETERMINED), st);
        st = sel(e, shadowed, c32(e, GUIDE_CL_SHADOWED), st2);
        store(e, k_or(e, ea, tr), earlier);
    }
    LLVMValueRef cl = LLVMBuildAdd(e->b, r, c32(e, tb->first_clause), "clause");
    LLVMValueRef st8 = trunc_(e, st, e->i8);
    store(e, st8, elem(e, e->st, s, S_ST, cl));
    LLVMValueRef eff8 = trunc_(e, eff, e->i8);
    store(e, eff8, elem(e, e->st, s, S_EFF, cl));
    loop_end(e, &rows);
}

void el_make_unit(emitll *e, int u)
{
    const ir_program *p = e->p;
    int ci = e->plan.unit_clause[u];
    const ir_table *tb = ci < 0 ? &p->tables[u] : NULL;
    LLVMValueRef s;
    e->unit_fn[u] = state_function(e, tb ? "table" : "rule", tb ? tb->name : p->clauses[ci].name,
                                   e->vd, &s);
    store(e, c8(e, 1), elem(e, e->st, s, S_DONE, c32(e, u)));
    int first = tb ? tb->first_clause : ci, n = tb ? tb->nrows : 1;
    if (tb && e->plan.tp[u].fast) {
        LLVMTypeRef i16 = LLVMInt16TypeInContext(e->cx);
        /* every column known: the rows the lookup lists matched, were excepted or shadowed; the
         * others did not match (emit_c_eval.c fill_rows) */
        table_gen *tg = &e->tg[u];
        LLVMValueRef cell = call(e, tg->cells_fn, &s, 1, "cell");
        LLVMBasicBlockRef after = if_begin(e, LLVMBuildICmp(e->b, LLVMIntSGE, cell, c32(e, 0), ""), "lookup");
        LLVMBuildMemSet(e->b, elem(e, e->st, s, S_ST, c32(e, first)), c8(e, GUIDE_CL_NOT_FIRED), c64(e, n), 1);
        LLVMBuildMemSet(e->b, elem(e, e->st, s, S_EFF, c32(e, first)), c8(e, K_FALSE), c64(e, n), 1);
        LLVMValueRef pos = local(e, e->i32, "pos");
        store(e, load(e, e->i32, global_elem(e, tg->offs, cell), "off"), pos);
        LLVMBasicBlockRef head = block(e, "pair"), body = block(e, "hit"), done = block(e, "filled");
        br(e, head);
        at(e, head);
        LLVMValueRef at_ = load(e, e->i32, pos, "");
        LLVMValueRef row = load(e, i16, global_elem(e, tg->rows, at_), "row");
        condbr(e, eq(e, row, LLVMConstInt(i16, EMITLL_END_ROWS, 0)), done, body);
        at(e, body);
        LLVMValueRef st = load(e, i16, global_elem(e, tg->rows, LLVMBuildAdd(e->b, at_, c32(e, 1), "")), "status");
        LLVMValueRef cl = LLVMBuildAdd(e->b, zext(e, row, e->i32), c32(e, first), "");
        LLVMValueRef st8 = trunc_(e, st, e->i8);
        store(e, st8, elem(e, e->st, s, S_ST, cl));
        LLVMValueRef fired = eq(e, st, LLVMConstInt(i16, GUIDE_CL_FIRED, 0));
        LLVMValueRef eff8 = sel(e, fired, c8(e, K_TRUE), c8(e, K_FALSE));
        store(e, eff8, elem(e, e->st, s, S_EFF, cl));
        store(e, LLVMBuildAdd(e->b, at_, c32(e, 2), ""), pos);
        br(e, head);
        at(e, done);
        LLVMBuildRetVoid(e->b);
        if_end(e, after);
        /* a column is unknown: each row in Kleene logic */
    }
    if (tb && row_loop(p, u)) {
        make_row_loop(e, u, s);
        LLVMBuildRetVoid(e->b);
        return;
    }
    int first_hit = tb && tb->shadows;
    LLVMValueRef earlier = c32(e, K_FALSE);
    for (int r = 0; r < n; r++) {
        const ir_clause *cl = &p->clauses[first + r];
        LLVMValueRef w = cond(e, s, cl->when);
        LLVMValueRef un = cl->unless ? cond(e, s, cl->unless) : c32(e, K_FALSE), st;
        LLVMValueRef t = set_clause(e, w, un, &st), eff = t;
        if (first_hit) {
            /* emit_c_eval.c first_row / interp.c eval_first_table */
            eff = k_and(e, t, k_not(e, earlier));
            LLVMValueRef shadowed = both_eq(e, t, earlier, c32(e, K_TRUE));
            LLVMValueRef eff_unknown = eq(e, eff, c32(e, K_UNKNOWN));
            LLVMValueRef undet = and_(e, eff_unknown, eq(e, st, c32(e, GUIDE_CL_FIRED)));
            st = sel(e, shadowed, c32(e, GUIDE_CL_SHADOWED), sel(e, undet, c32(e, GUIDE_CL_UNDETERMINED), st));
            earlier = k_or(e, earlier, t);
        }
        store_clause(e, s, first + r, st, eff);
    }
    LLVMBuildRetVoid(e->b);
}

/* ---- Outputs ----------------------------------------------------------------------------------- */

/* An output's fold (el_make_answer): its constant arrays, and the locals the loop over its
 * concluders folds into. */
typedef struct answer_fold {
    int          n, set;     /* its concluders; whether it is a set output */
    LLVMValueRef gv, gn;     /* value and is_null by concluder (not a set) */
    LLVMValueRef gc, gk, gb; /* clause, value class and labels (a set) by concluder */
    LLVMValueRef first, cls, clash, unknown, acc; /* the fold's locals */
} answer_fold;

/* @values.<output> and @nulls.<output>: the value and is_null of each concluder. */
static void answer_values(emitll *e, int vi, answer_fold *f)
{
    const ir_program *p = e->p;
    const ir_var *o = &p->vars[vi];
    if (guide_type_repr(o->type) != GUIDE_REPR_SET) {
        LLVMValueRef *vals = zalloc(e, sizeof(LLVMValueRef) * (size_t)o->nconcluders);
        LLVMValueRef *nulls = zalloc(e, sizeof(LLVMValueRef) * (size_t)o->nconcluders);
        for (int i = 0; i < o->nconcluders; i++) {
            const ir_value *val = eplan_concl_for(&p->clauses[o->concluders[i]], vi);
            vals[i] = cvalue(e, vi, &val->v);
            nulls[i] = c8(e, val->is_null);
        }
        name_of(e, "values.%s", o->name);
        f->gv = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->val, vals, (uint64_t)o->nconcluders));
        name_of(e, "nulls.%s", o->name);
        f->gn = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->i8, nulls, (uint64_t)o->nconcluders));
    }
}

/* With no trace and every column known, the answer from its table's lookup. */
static void answer_from_lookup(emitll *e, int vi, LLVMValueRef s, const answer_fold *f)
{
    int ft = e->plan.fast_table[vi];
    if (ft >= 0 && e->plan.tp[ft].fast) {
        /* no trace and every column known: the answer is in the lookup (emit_c_eval.c decode) */
        table_gen *tg = &e->tg[ft];
        LLVMValueRef t = load(e, e->ptr, field(e, e->st, s, S_TRACE), "trace");
        LLVMBasicBlockRef after = if_begin(e, LLVMBuildIsNull(e->b, t, ""), "untraced");
        LLVMValueRef cell = call(e, tg->cells_fn, &s, 1, "cell");
        LLVMBasicBlockRef a2 = if_begin(e, LLVMBuildICmp(e->b, LLVMIntSGE, cell, c32(e, 0), ""), "lookup");
        LLVMValueRef code = load(e, e->i32, global_elem(e, tg->ansg[e->plan.fast_slot[vi]], cell), "code");
        LLVMBasicBlockRef a3 = if_begin(e, LLVMBuildICmp(e->b, LLVMIntSLT, code, c32(e, 2), ""), "no_value");
        LLVMValueRef state = sel(e, eq(e, code, c32(e, 1)), c32(e, GUIDE_CONFLICT), c32(e, GUIDE_NOT_APPLICABLE));
        put(e, s, vi, state, c32(e, GUIDE_HOW_DIRECT), c8(e, 0), LLVMConstNull(e->val));
        LLVMBuildRet(e->b, c32(e, 1));
        if_end(e, a3);
        LLVMValueRef k = LLVMBuildSub(e->b, code, c32(e, 2), "");
        LLVMValueRef v = load(e, e->val, global_elem(e, f->gv, k), "value");
        LLVMValueRef isn = load(e, e->i8, global_elem(e, f->gn, k), "is_null");
        put(e, s, vi, c32(e, GUIDE_CONCLUDED), c32(e, GUIDE_HOW_DIRECT), isn, v);
        LLVMBuildRet(e->b, c32(e, 1));
        if_end(e, a2);
        if_end(e, after);
    }
}

/* The rules and tables an output needs, each evaluated once per evaluation. */
static void eval_units_needed(emitll *e, int vi, LLVMValueRef s)
{
    const ir_var *o = &e->p->vars[vi];
    uint8_t *needed = zalloc(e, (size_t)e->plan.nunits + 1);
    for (int i = 0; i < o->nconcluders; i++) {
        int u = e->plan.unit_of[o->concluders[i]];
        if (needed[u])
            continue;
        needed[u] = 1;
        LLVMValueRef done = load(e, e->i8, elem(e, e->st, s, S_DONE, c32(e, u)), "done");
        LLVMBasicBlockRef after = if_begin(e, eq(e, done, c8(e, 0)), "eval");
        call(e, e->unit_fn[u], &s, 1, "");
        if_end(e, after);
    }
}

/* The trace records each rule and row when an output first needs it. */
static void trace_clauses(emitll *e, int vi, LLVMValueRef s)
{
    const int *em = e->plan.emit[vi];
    if (em[0] >= 0) {
        LLVMValueRef t = load(e, e->ptr, field(e, e->st, s, S_TRACE), "trace");
        LLVMBasicBlockRef after = if_begin(e, LLVMBuildIsNotNull(e->b, t, ""), "trace");
        for (int k = 0; em[k] >= 0; k += 2) {
            if (em[k] == em[k + 1]) {
                LLVMValueRef st = zext(e, load(e, e->i8, elem(e, e->st, s, S_ST, c32(e, em[k])), "st"), e->i32);
                el_trace_call(e, t, GUIDE_EV_CLAUSE, st, c32(e, em[k]));
                continue;
            }
            loop l;
            LLVMValueRef c = loop_begin(e, &l, e->i32, c32(e, em[k]), c32(e, em[k + 1] + 1));
            LLVMValueRef st = zext(e, load(e, e->i8, elem(e, e->st, s, S_ST, c), "st"), e->i32);
            el_trace_call(e, t, GUIDE_EV_CLAUSE, st, c);
            loop_end(e, &l);
        }
        if_end(e, after);
    }
}

/* The fold's constant arrays (@concluders, @classes, @labels of an output) and its locals, set
 * to nothing found yet. */
static void fold_arrays(emitll *e, int vi, answer_fold *f)
{
    const ir_program *p = e->p;
    const ir_var *o = &p->vars[vi];
    int n = f->n, set = f->set;
    int *conc = zalloc(e, sizeof(int) * (size_t)n);
    LLVMValueRef *bitsv = zalloc(e, sizeof(LLVMValueRef) * (size_t)n);
    for (int i = 0; i < n; i++) {
        conc[i] = o->concluders[i];
        bitsv[i] = LLVMConstInt(e->i64, eplan_concl_for(&p->clauses[conc[i]], vi)->v.set, 0);
    }
    name_of(e, "concluders.%s", o->name);
    f->gc = el_int_list(e, sb_str(&e->nm), conc, n);
    name_of(e, "classes.%s", o->name);
    f->gk = el_int_list(e, sb_str(&e->nm), e->plan.klass[vi], n);
    f->gb = NULL;
    if (set) {
        name_of(e, "labels.%s.concluded", o->name);
        f->gb = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->i64, bitsv, (uint64_t)n));
    }
    f->first = local(e, e->i32, "first");
    f->cls = local(e, e->i32, "cls");
    f->clash = local(e, e->i1, "clash");
    f->unknown = local(e, e->i1, "unknown");
    f->acc = local(e, e->i64, "set");
    store(e, c32(e, -1), f->first);
    store(e, c32(e, -1), f->cls);
    store(e, LLVMConstInt(e->i1, 0, 0), f->clash);
    store(e, LLVMConstInt(e->i1, 0, 0), f->unknown);
    store(e, c64(e, 0), f->acc);
}

/* The fold is a loop over constant arrays (clause, value class or labels of each concluder),
 * with branches: most concluders do not hold, and a loop predicts well where a chain of
 * selects over every concluder would not. */
static void fold_loop(emitll *e, LLVMValueRef s, const answer_fold *f)
{
    int n = f->n, set = f->set;
    LLVMValueRef gc = f->gc, gk = f->gk, gb = f->gb;
    LLVMValueRef first = f->first, cls = f->cls, clash = f->clash, unknown = f->unknown,
                 acc = f->acc;
    loop l;
    LLVMValueRef i = loop_begin(e, &l, e->i32, c32(e, 0), c32(e, n));
    LLVMValueRef c = load(e, e->i32, global_elem(e, gc, i), "clause");
    LLVMValueRef ef = load(e, e->i8, elem(e, e->st, s, S_EFF, c), "eff");
    LLVMBasicBlockRef holds = block(e, "holds"), other = block(e, "other"), unk = block(e, "unknown");
    condbr(e, eq(e, ef, c8(e, K_TRUE)), holds, other);
    at(e, other);
    condbr(e, eq(e, ef, c8(e, K_UNKNOWN)), unk, l.step);
    at(e, unk);
    store(e, LLVMConstInt(e->i1, 1, 0), unknown);
    br(e, l.step);
    at(e, holds);
    if (set) {
        /* every concluder that holds adds its labels (emit_c_eval.c fold_set) */
        LLVMValueRef bits = load(e, e->i64, global_elem(e, gb, i), "bits");
        store(e, or_(e, load(e, e->i64, acc, ""), bits), acc);
        store(e, c32(e, 0), first);
    } else {
        /* the first that holds gives the value; another class is a conflict (emit_c_eval.c fold) */
        LLVMValueRef k = load(e, e->i32, global_elem(e, gk, i), "class");
        LLVMBasicBlockRef take = block(e, "take"), cmp = block(e, "compare");
        condbr(e, LLVMBuildICmp(e->b, LLVMIntSLT, load(e, e->i32, first, ""), c32(e, 0), ""), take, cmp);
        at(e, take);
        store(e, i, first);
        store(e, k, cls);
        br(e, l.step);
        at(e, cmp);
        LLVMValueRef other_class = ne(e, load(e, e->i32, cls, ""), k);
        store(e, or_(e, load(e, e->i1, clash, ""), other_class), clash);
    }
    loop_end(e, &l);
}

/* Some concluders unknown: undetermined if one of them could change the answer, else on to after. */
static void fold_unknown_scan(emitll *e, int vi, LLVMValueRef s, const answer_fold *f, LLVMValueRef none,
                              LLVMBasicBlockRef after)
{
    int n = f->n, set = f->set;
    LLVMValueRef gc = f->gc, gk = f->gk, gb = f->gb;
    LLVMValueRef cls = f->cls, acc = f->acc;
    LLVMBasicBlockRef undet = block(e, "undetermined");
    LLVMBasicBlockRef scan = block(e, "scan");
    condbr(e, none, undet, scan);
    at(e, scan);
    LLVMValueRef got = set ? load(e, e->i64, acc, "set") : load(e, e->i32, cls, "cls");
    loop l;
    LLVMValueRef i = loop_begin(e, &l, e->i32, c32(e, 0), c32(e, n));
    LLVMValueRef c = load(e, e->i32, global_elem(e, gc, i), "clause");
    LLVMValueRef ef = load(e, e->i8, elem(e, e->st, s, S_EFF, c), "eff");
    LLVMValueRef changes;
    if (set) {
        LLVMValueRef bits = load(e, e->i64, global_elem(e, gb, i), "bits");
        changes = ne(e, and_(e, bits, LLVMBuildNot(e->b, got, "")), c64(e, 0));
    } else {
        changes = ne(e, got, load(e, e->i32, global_elem(e, gk, i), "class"));
    }
    LLVMBasicBlockRef cont = block(e, "cont");
    condbr(e, and_(e, eq(e, ef, c8(e, K_UNKNOWN)), changes), undet, cont);
    at(e, cont);
    loop_end(e, &l);
    br(e, after);
    at(e, undet);
    put_state(e, s, vi, GUIDE_UNDETERMINED, GUIDE_HOW_DIRECT);
    LLVMBuildRet(e->b, c32(e, 0));
}

/* The answer the fold comes to: a conflict, undetermined when an unknown concluder could change
 * it, not applicable, or the value. */
static void fold_result(emitll *e, int vi, LLVMValueRef s, const answer_fold *f)
{
    int set = f->set;
    LLVMValueRef gv = f->gv, gn = f->gn, first = f->first, clash = f->clash, unknown = f->unknown,
                 acc = f->acc;
    LLVMBasicBlockRef after;
    if (!set) {
        /* two rules or rows that hold disagree: more knowledge cannot undo that */
        after = if_begin(e, load(e, e->i1, clash, ""), "conflict");
        put_state(e, s, vi, GUIDE_CONFLICT, GUIDE_HOW_DIRECT);
        LLVMBuildRet(e->b, c32(e, 1));
        if_end(e, after);
    }
    LLVMValueRef none = LLVMBuildICmp(e->b, LLVMIntSLT, load(e, e->i32, first, "first"), c32(e, 0), "none");
    /* unknown rules and rows matter only if they could change the answer */
    after = if_begin(e, load(e, e->i1, unknown, ""), "some_unknown");
    fold_unknown_scan(e, vi, s, f, none, after);
    at(e, after);
    after = if_begin(e, none, "not_applicable");
    put_state(e, s, vi, GUIDE_NOT_APPLICABLE, GUIDE_HOW_DIRECT);
    LLVMBuildRet(e->b, c32(e, 1));
    if_end(e, after);
    if (set) {
        LLVMValueRef v = LLVMBuildInsertValue(e->b, LLVMConstNull(e->val), load(e, e->i64, acc, ""), 0, "");
        put(e, s, vi, c32(e, GUIDE_CONCLUDED), c32(e, GUIDE_HOW_DIRECT), c8(e, 0), v);
        LLVMBuildRet(e->b, c32(e, 1));
        return;
    }
    LLVMValueRef fi = load(e, e->i32, first, "");
    LLVMValueRef v = load(e, e->val, global_elem(e, gv, fi), "value");
    LLVMValueRef isn = load(e, e->i8, global_elem(e, gn, fi), "is_null");
    put(e, s, vi, c32(e, GUIDE_CONCLUDED), c32(e, GUIDE_HOW_DIRECT), isn, v);
    LLVMBuildRet(e->b, c32(e, 1));
}

/* interp.c kleene_answer / emit_c_eval.c ec_emit_answer. Returns nonzero (i32) when decided. */
void el_make_answer(emitll *e, int vi)
{
    const ir_program *p = e->p;
    const ir_var *o = &p->vars[vi];
    LLVMValueRef s;
    e->answer[vi] = state_function(e, "answer", o->name, e->i32, &s);
    if (!o->nconcluders) {
        put_state(e, s, vi, GUIDE_NOT_APPLICABLE, GUIDE_HOW_DIRECT);
        LLVMBuildRet(e->b, c32(e, 1));
        return;
    }
    answer_fold f;
    memset(&f, 0, sizeof f);
    f.n = o->nconcluders;
    f.set = guide_type_repr(o->type) == GUIDE_REPR_SET;
    answer_values(e, vi, &f);
    answer_from_lookup(e, vi, s, &f);
    eval_units_needed(e, vi, s);
    trace_clauses(e, vi, s);
    fold_arrays(e, vi, &f);
    fold_loop(e, s, &f);
    fold_result(e, vi, s, &f);
}

/* ---- Outputs Kleene logic leaves open: the decision diagrams ----------------------------------- */

/* guide_dd_walk (guide.h), libguide's one walk of a decision diagram: linked from libguide
 * with the object, and registered with the JIT. */
void el_declare_dd_walk(emitll *e)
{
    LLVMTypeRef pt[9] = {e->ptr, e->i32, e->ptr, e->ptr, e->ptr, e->ptr, e->ptr, e->ptr, e->ptr};
    e->dd_walk = function(e, "guide_dd_walk", e->i32, pt, 9, 0);
}

/* walk(s, o, asks, possible) (interp.c walk_output): output o, which Kleene logic left open,
 * from its diagram @dds[o] walked for the case. One reachable answer is the answer, decided
 * without the unknown inputs of its cone (asks); with more, o is undetermined, and asks and
 * possible say which inputs matter and which answers remain. The first walk of an evaluation
 * zeroes the scratch; every walk leaves it zeroed. */
void el_make_walk(emitll *e)
{
    static const char *const names[4] = {"s", "o", "asks", "possible"};
    LLVMTypeRef pt[4] = {e->ptr, e->i32, e->ptr, e->ptr};
    LLVMValueRef f = e->walk = function(e, "walk", e->vd, pt, 4, 1);
    /* one copy, not one per output: the walk itself costs far more than the call */
    add_attr(e, f, LLVMAttributeFunctionIndex, "noinline");
    begin(e, f);
    for (unsigned i = 0; i < 4; i++)
        LLVMSetValueName2(LLVMGetParam(f, i), names[i], strlen(names[i]));
    LLVMValueRef s = LLVMGetParam(f, 0), o = LLVMGetParam(f, 1), asks = LLVMGetParam(f, 2),
                 possible = LLVMGetParam(f, 3);
    LLVMValueRef leaf = local(e, e->i32, "leaf");
    LLVMValueRef work = field(e, e->st, s, S_WORK);
    LLVMValueRef zp = field(e, e->st, s, S_WORK_ZEROED);
    LLVMValueRef zeroed = load(e, e->i8, zp, "zeroed");
    LLVMBasicBlockRef after = if_begin(e, eq(e, zeroed, c8(e, 0)), "zero");
    LLVMBuildMemSet(e->b, work, c8(e, 0), c64(e, 4 * (long long)e->work), 4);
    store(e, c8(e, 1), zp);
    if_end(e, after);
    LLVMValueRef dx[2] = {c32(e, 0), o};
    LLVMValueRef dd = gep(e, LLVMGlobalGetValueType(e->dds), e->dds, dx, 2);
    LLVMValueRef val = field(e, e->st, s, S_V);
    LLVMValueRef kn = field(e, e->st, s, S_K);
    /* the frame's memo of this diagram, when the evaluation has the frame's memos */
    LLVMValueRef memos = load(e, e->ptr, field(e, e->st, s, S_MEMO), "memos");
    LLVMValueRef has = LLVMBuildIsNotNull(e->b, memos, "has_memos");
    LLVMBasicBlockRef get = block(e, "memo"), got = block(e, "walk");
    LLVMBasicBlockRef here = LLVMGetInsertBlock(e->b);
    condbr(e, has, get, got);
    at(e, get);
    LLVMValueRef m1 = load(e, e->ptr, gep(e, e->ptr, memos, &o, 1), "m");
    LLVMBuildBr(e->b, got);
    at(e, got);
    LLVMValueRef m = LLVMBuildPhi(e->b, e->ptr, "memo");
    LLVMValueRef inc[2] = {LLVMConstNull(e->ptr), m1};
    LLVMBasicBlockRef from[2] = {here, get};
    LLVMAddIncoming(m, inc, from, 2);
    LLVMValueRef args[9] = {dd, c32(e, e->p->ninputs), val, kn, work, m, possible, asks, leaf};
    LLVMValueRef n = call(e, e->dd_walk, args, 9, "n");
    LLVMValueRef var = LLVMBuildAdd(e->b, o, c32(e, e->first_out), "var");
    LLVMBasicBlockRef one = block(e, "decided"), more = block(e, "undetermined");
    condbr(e, eq(e, n, c32(e, 1)), one, more);
    at(e, one);
    LLVMValueRef leaves = load(e, e->ptr, field(e, e->ddt, dd, 9), "leaves");
    LLVMValueRef k = load(e, e->i32, leaf, "k");
    LLVMValueRef lf = gep(e, e->ddleaf, leaves, &k, 1);
    LLVMValueRef state = zext(e, load(e, e->i8, field(e, e->ddleaf, lf, 0), "state"), e->i32);
    LLVMValueRef isn = load(e, e->i8, field(e, e->ddleaf, lf, 1), "is_null");
    LLVMValueRef v = load(e, e->val, field(e, e->ddleaf, lf, 2), "value");
    put_at(e, s, o, var, state, c32(e, GUIDE_HOW_SEARCH), isn, v);
    /* decided: no possible answers to list (guide_dd_leaf_words of the diagram) */
    LLVMValueRef nl = load(e, e->i32, field(e, e->ddt, dd, 8), "nleaves");
    LLVMValueRef words = LLVMBuildUDiv(e->b, LLVMBuildAdd(e->b, nl, c32(e, 63), ""), c32(e, 64), "words");
    LLVMValueRef bytes = LLVMBuildMul(e->b, zext(e, words, e->i64), c64(e, 8), "");
    LLVMBuildMemSet(e->b, possible, c8(e, 0), bytes, 8);
    LLVMBuildRetVoid(e->b);
    at(e, more);
    put_at(e, s, o, var, c32(e, GUIDE_UNDETERMINED), c32(e, GUIDE_HOW_DEPENDS), c8(e, 0), LLVMConstNull(e->val));
    LLVMBuildRetVoid(e->b);
}
