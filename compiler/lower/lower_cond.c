/* lower_cond.c — conditions and table cells to IR atoms.
 *
 * Every atom ends up comparing one variable with constants in that variable's unit. An atom on a
 * `match` value is rewritten as an atom on its source (site == small_bowel becomes location in
 * {jejunum, ileum}), so the analyses and the missing-data search see the real input; the trace
 * still shows the name the author wrote. */
#include <math.h>
#include <string.h>

#include "lower_internal.h"

static ir_cond *new_cond(lower_ctx *c, ir_cond_kind k, span sp)
{
    ir_cond *n = arena_alloc(c->a, sizeof *n);
    n->kind = k;
    n->sp = sp;
    return n;
}

ir_cond *low_true(lower_ctx *c)
{
    span none = {0, 0, 0, 0};
    return new_cond(c, IR_C_TRUE, none);
}

ir_cond *low_and(lower_ctx *c, ir_cond **kids, int n, span sp)
{
    int m = 0;
    ir_cond **keep = arena_alloc(c->a, sizeof *keep * (size_t)(n + 1));
    for (int i = 0; i < n; i++)
        if (kids[i] && kids[i]->kind != IR_C_TRUE)
            keep[m++] = kids[i];
    if (m == 0)
        return low_true(c);
    if (m == 1)
        return keep[0];
    ir_cond *a = new_cond(c, IR_C_AND, sp);
    a->nkids = m;
    a->kids = keep;
    return a;
}

static ir_cond *unary(lower_ctx *c, ir_cond_kind k, ir_cond *kid, span sp)
{
    ir_cond *n = new_cond(c, k, sp);
    n->nkids = 1;
    n->kids = arena_alloc(c->a, sizeof *n->kids);
    n->kids[0] = kid;
    return n;
}

/* Records that the clause being lowered reads v (once). */
static void note_read(lower_ctx *c, int v)
{
    for (int i = 0; i < c->reads.len; i++)
        if ((int)(intptr_t)c->reads.items[i] == v)
            return;
    vec_push(c->a, &c->reads, (void *)(intptr_t)v);
}

static uint64_t all_labels(const ir_var *v)
{
    return v->nlabels >= 64 ? ~(uint64_t)0 : (((uint64_t)1 << v->nlabels) - 1);
}

/* An atom on labels of v; a match value is rewritten to its source, recursively. */
static ir_cond *label_atom(lower_ctx *c, int var, uint64_t mask, span sp)
{
    const ir_var *v = &c->p->vars[var];
    while (v->kind == GUIDE_VAR_DERIVED && v->is_match && v->src >= 0 && v->map) {
        const ir_var *src = &c->p->vars[v->src];
        uint64_t pre = 0;
        for (int l = 0; l < src->nlabels; l++)
            if (v->map[l] >= 0 && (mask >> v->map[l]) & 1)
                pre |= (uint64_t)1 << l;
        mask = pre;
        v = src;
    }
    ir_cond *n = new_cond(c, IR_C_ATOM, sp);
    n->atom.kind = IR_A_LABELS;
    n->atom.var = v->index;
    n->atom.labels = mask;
    return n;
}

static ir_cond *interval_atom(lower_ctx *c, int var, double lo, int loc, double hi, int hic, span sp)
{
    const ir_var *v = &c->p->vars[var];
    if (v->step > 0) {
        double l0 = lo, h0 = hi;
        int lc0 = loc, hc0 = hic;
        ir_step_bounds(v->step, &lo, &loc, &hi, &hic);
        if (lo > hi || (lo == hi && !(loc && hic))) {
            diag_warning(c->d, sp, "no multiple of %g, the step of %s, lies in %c%g, %g%c: this "
                         "comparison is the same for every case", v->step, v->name,
                         lc0 ? '[' : '(', l0, h0, hc0 ? ']' : ')');
            diag_hint(c->d, "compare %s with a multiple of %g", v->name, v->step);
        }
    }
    ir_cond *n = new_cond(c, IR_C_ATOM, sp);
    n->atom.kind = IR_A_INTERVAL;
    n->atom.var = var;
    n->atom.lo = lo;
    n->atom.hi = hi;
    n->atom.lo_closed = (uint8_t)loc;
    n->atom.hi_closed = (uint8_t)hic;
    return n;
}

static ir_cond *bool_atom(lower_ctx *c, int var, int b, span sp)
{
    ir_cond *n = new_cond(c, IR_C_ATOM, sp);
    n->atom.kind = IR_A_BOOL;
    n->atom.var = var;
    n->atom.b = b;
    return n;
}

static int is_numeric(const ir_var *v) { return guide_type_is_numeric(v->type); }

/* A constant compared with v must lie in v's declared range: outside it the comparison is
 * always true or always false, which is a mistake in the rule (a wrong unit, a typo). */
static int constant_in_range(lower_ctx *c, const ir_var *v, double x, span sp)
{
    if (x >= v->lo && x <= v->hi)
        return 1;
    diag_error(c->d, sp, "%g%s%s is outside the declared range [%g, %g] of %s", x,
               v->unit ? " " : "", v->unit ? v->unit->name : "", v->lo, v->hi, v->name);
    return 0;
}

static const char *const op_text[] = {"<", "<=", ">", ">=", "==", "!="};

/* A number compared with a value that has a unit must say its unit: read silently in the
 * declared unit, every threshold goes 10x off the day the input changes from cm to mm, and
 * nothing fails. `text` is the number or interval as written, at sp. */
static void warn_no_unit(lower_ctx *c, const ir_var *v, const ast_ident *u, span sp, const char *text)
{
    if (u->name || !v->unit)
        return;
    diag_warning(c->d, sp, "%s has no unit: it is read in %s, the unit of %s", text,
                 v->unit->name, v->name);
    diag_hint(c->d, "write %s %s", text, v->unit->name);
}

static ir_cond *lower_cmp(lower_ctx *c, const ast_cond *a, int var)
{
    const ir_var *v = &c->p->vars[var];
    const ast_value *val = a->value;
    int eq = a->op == AST_EQ, ne = a->op == AST_NE;
    switch (val->kind) {
    case AST_V_BOOL:
        if (guide_type_repr(v->type) != GUIDE_REPR_TRUTH)
            break;
        if (!eq && !ne) {
            diag_error(c->d, a->sp, "bools can only be compared with == or !=");
            return NULL;
        }
        return bool_atom(c, var, eq ? val->b : !val->b, a->sp);
    case AST_V_LABEL: {
        if (guide_type_repr(v->type) != GUIDE_REPR_LABEL)
            break;
        if (!eq && !ne) {
            diag_error(c->d, a->sp, "labels have no order; '%s' cannot be used with %s", v->name,
                       op_text[a->op]);
            diag_hint(c->d, "list the labels instead: %s in {...}", v->name);
            return NULL;
        }
        int l = low_label_or_error(c, v, val->label, val->sp);
        if (l < 0)
            return NULL;
        uint64_t m = (uint64_t)1 << l;
        return label_atom(c, var, eq ? m : all_labels(v) & ~m, a->sp);
    }
    case AST_V_NUMBER: {
        if (!is_numeric(v))
            break;
        double x;
        if (low_convert(c, v, val->num, &val->unit, val->sp, &x))
            return NULL;
        if (!constant_in_range(c, v, x, val->sp))
            return NULL;
        warn_no_unit(c, v, &val->unit, val->sp, src_span_text(c->a, c->d->file, val->sp));
        switch (a->op) {
        case AST_LT: return interval_atom(c, var, -HUGE_VAL, 0, x, 0, a->sp);
        case AST_LE: return interval_atom(c, var, -HUGE_VAL, 0, x, 1, a->sp);
        case AST_GT: return interval_atom(c, var, x, 0, HUGE_VAL, 0, a->sp);
        case AST_GE: return interval_atom(c, var, x, 1, HUGE_VAL, 0, a->sp);
        case AST_EQ: return interval_atom(c, var, x, 1, x, 1, a->sp);
        case AST_NE: return unary(c, IR_C_NOT, interval_atom(c, var, x, 1, x, 1, a->sp), a->sp);
        }
        return NULL;
    }
    default: break;
    }
    static const char *const kinds[] = {"a label", "a number", "a bool", "ND", "a range",
                                        "a set", "unknown", "-", "a list"};
    diag_error(c->d, val->sp, "cannot compare %s (%s) with %s", v->name, low_type_name(v),
               kinds[val->kind]);
    if (guide_type_repr(v->type) == GUIDE_REPR_TRUTH && val->kind == AST_V_LABEL)
        diag_hint(c->d, "a bool is true or false");
    if (guide_type_repr(v->type) == GUIDE_REPR_LIST)
        diag_hint(c->d, "compare an aggregate of it, declared first: `derive NAME : UNIT = mean(%s)` "
                  "(or min, max, sum, count, any, all)", v->name);
    return NULL;
}

static ir_cond *lower_atom(lower_ctx *c, const ast_cond *a, int colvar)
{
    int var = colvar;
    if (a->var.name) {
        var = low_var_or_error(c, &a->var, "name");
        if (var < 0)
            return NULL;
    }
    if (var < 0)
        return NULL;
    const ir_var *v = &c->p->vars[var];
    note_read(c, var);
    if (guide_type_repr(v->type) == GUIDE_REPR_SET || guide_type_repr(v->type) == GUIDE_REPR_RANGE) {
        diag_error(c->d, a->sp, "%s is %s; conditions cannot test it", v->name, low_type_name(v));
        return NULL;
    }
    switch (a->kind) {
    case AST_C_TRUTH:
        if (guide_type_repr(v->type) != GUIDE_REPR_TRUTH) {
            diag_error(c->d, a->sp, "%s is %s, not a bool; compare it with a value", v->name,
                       low_type_name(v));
            return NULL;
        }
        return bool_atom(c, var, 1, a->sp);
    case AST_C_CMP:
        return lower_cmp(c, a, var);
    case AST_C_SET: {
        if (guide_type_repr(v->type) != GUIDE_REPR_LABEL) {
            diag_error(c->d, a->sp, "%s is %s; only enums can be tested for labels", v->name,
                       low_type_name(v));
            return NULL;
        }
        uint64_t m = 0;
        int bad = 0;
        for (int i = 0; i < a->labels.len; i++) {
            const ast_ident *id = a->labels.items[i];
            int l = low_label_or_error(c, v, id->name, id->sp);
            if (l < 0)
                bad = 1;
            else
                m |= (uint64_t)1 << l;
        }
        if (bad)
            return NULL;
        return label_atom(c, var, a->negated ? all_labels(v) & ~m : m, a->sp);
    }
    case AST_C_INTERVAL: {
        if (!is_numeric(v)) {
            diag_error(c->d, a->sp, "%s is %s; intervals need a number", v->name, low_type_name(v));
            return NULL;
        }
        double lo, hi;
        if (low_convert(c, v, a->lo, &a->unit, a->sp, &lo) ||
            low_convert(c, v, a->hi, &a->unit, a->sp, &hi))
            return NULL;
        if (lo > hi || (lo == hi && !(a->lo_closed && a->hi_closed))) {
            diag_error(c->d, a->sp, "the interval is empty");
            return NULL;
        }
        if (!constant_in_range(c, v, lo, a->sp) || !constant_in_range(c, v, hi, a->sp))
            return NULL;
        warn_no_unit(c, v, &a->unit, a->interval_sp, src_span_text(c->a, c->d->file, a->interval_sp));
        return interval_atom(c, var, lo, a->lo_closed, hi, a->hi_closed, a->sp);
    }
    default: return NULL;
    }
}

ir_cond *low_cond(lower_ctx *c, const ast_cond *a, int colvar)
{
    if (!a)
        return NULL;
    switch (a->kind) {
    case AST_C_ANY:
        return low_true(c);
    case AST_C_NOT: {
        ir_cond *k = low_cond(c, a->lhs, colvar);
        return k ? unary(c, IR_C_NOT, k, a->sp) : NULL;
    }
    case AST_C_AND:
    case AST_C_OR: {
        ir_cond *l = low_cond(c, a->lhs, colvar);
        ir_cond *r = low_cond(c, a->rhs, colvar);
        if (!l || !r)
            return NULL;
        ir_cond_kind k = a->kind == AST_C_AND ? IR_C_AND : IR_C_OR;
        /* Flatten a and b and c into one node: shorter dumps, same meaning. */
        int n = (l->kind == k ? l->nkids : 1) + (r->kind == k ? r->nkids : 1);
        ir_cond *x = new_cond(c, k, a->sp);
        x->kids = arena_alloc(c->a, sizeof *x->kids * (size_t)n);
        ir_cond *sides[2] = {l, r};
        for (int s = 0; s < 2; s++) {
            if (sides[s]->kind == k)
                for (int i = 0; i < sides[s]->nkids; i++)
                    x->kids[x->nkids++] = sides[s]->kids[i];
            else
                x->kids[x->nkids++] = sides[s];
        }
        return x;
    }
    default:
        return lower_atom(c, a, colvar);
    }
}
