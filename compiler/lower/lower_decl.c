/* lower_decl.c — the header, units, inputs, derived values and outputs: names, types, units,
 * labels and ranges, and the values written for them. */
#include <math.h>
#include <string.h>

#include "guide_limits.h"
#include "lower_internal.h"
#include "strbuf.h"

int low_find_var(const lower_ctx *c, const char *name)
{
    if (c->elem_name && strcmp(name, c->elem_name) == 0)
        return c->elem_var;
    return nmap_get(&c->vars, name);
}

/* The declared name closest to `name`, or NULL when none is close enough to suggest. */
static const char *closest(const char *name, const char *const *cands, int n)
{
    const char *best = NULL;
    int         bestd = 1 << 30;
    int         limit = (int)strlen(name) / 3 + 1;
    if (limit > 3)
        limit = 3;
    for (int i = 0; i < n; i++) {
        if (!cands[i])
            continue;
        int dist = guide_edit_distance(name, cands[i]);
        if (dist < bestd) {
            bestd = dist;
            best = cands[i];
        }
    }
    return bestd <= limit ? best : NULL;
}

int low_var_or_error(lower_ctx *c, const ast_ident *id, const char *what)
{
    int v = low_find_var(c, id->name);
    if (v >= 0)
        return v;
    /* Derived values are lowered in order, before the outputs: a name declared further down is
     * not known yet. Saying so is clearer than "unknown", and it is why no definition can be
     * circular. */
    const vec *later[2] = {&c->ast->derives, &c->ast->outputs};
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < later[k]->len; i++) {
            const ast_ident *n = k == 0 ? &((const ast_derive *)later[k]->items[i])->name
                                        : &((const ast_decl *)later[k]->items[i])->name;
            if (n->name && strcmp(n->name, id->name) == 0) {
                diag_error(c->d, id->sp, "'%s' is %s declared on line %d: a derived value can "
                           "only use the inputs and derived values declared before it",
                           id->name, k == 0 ? "a derived value" : "an output", n->sp.first_line);
                if (k == 0)
                    diag_hint(c->d, "a value cannot depend on itself, directly or through others");
                return -1;
            }
        }
    diag_error(c->d, id->sp, "unknown %s '%s'", what, id->name);
    const char **names = arena_alloc(c->a, sizeof *names * (size_t)(c->p->nvars + 1));
    for (int i = 0; i < c->p->nvars; i++)
        names[i] = c->p->vars[i].name;
    const char *near = closest(id->name, names, c->p->nvars);
    if (near)
        diag_hint(c->d, "did you mean '%s'?", near);
    return -1;
}

int low_find_label(const ir_var *v, const char *label)
{
    for (int i = 0; i < v->nlabels; i++)
        if (strcmp(v->labels[i], label) == 0)
            return i;
    return -1;
}

/* Whether label is one of the labels declared past the 64th (labels_of kept the names after
 * v->labels[v->nlabels], up to a NULL): its declaration is the error already reported. */
static int label_past_limit(const ir_var *v, const char *label)
{
    for (int i = v->nlabels; v->labels && v->labels[i]; i++)
        if (strcmp(v->labels[i], label) == 0)
            return 1;
    return 0;
}

int low_label_or_error(lower_ctx *c, const ir_var *v, const char *label, span sp)
{
    int l = low_find_label(v, label);
    if (l >= 0)
        return l;
    if (label_past_limit(v, label))
        return -1;
    diag_error(c->d, sp, "'%s' is not a label of %s", label, v->name);
    const char *near = closest(label, v->labels, v->nlabels);
    if (near)
        diag_hint(c->d, "did you mean '%s'?", near);
    else {
        strbuf labels = STRBUF_INIT;
        for (int i = 0; i < v->nlabels; i++)
            sb_printf(&labels, "%s%s", i ? ", " : "", v->labels[i]);
        diag_hint(c->d, "%s is one of: %s", v->name, sb_str(&labels));
        sb_free(&labels);
    }
    return -1;
}

const char *low_type_name(const ir_var *v)
{
    return guide_type_noun(v->type);
}

static const guide_unit *find_unit(const lower_ctx *c, const char *name)
{
    return guide_unit_find(name, c->p->units, c->p->nunits);
}

static const guide_unit *unit_or_error(lower_ctx *c, const ast_ident *u)
{
    const guide_unit *unit = find_unit(c, u->name);
    if (!unit) {
        diag_error(c->d, u->sp, "unknown unit '%s'", u->name);
        diag_hint(c->d, "declare it first: unit %s \"what it measures\"", u->name);
    }
    return unit;
}

int low_convert(lower_ctx *c, const ir_var *v, double n, const ast_ident *u, span sp, double *out)
{
    if (!u->name) {
        *out = n;
        return 0;
    }
    const guide_unit *from = unit_or_error(c, u);
    if (!from)
        return 1;
    if (!v->unit) {
        diag_error(c->d, u->sp, "%s has no unit, but the value is given in %s", v->name, from->name);
        return 1;
    }
    if (!guide_unit_same_dimension(from, v->unit)) {
        diag_error(c->d, sp, "cannot compare %s (%s, a %s) with a value in %s (a %s)", v->name,
                   v->unit->name, v->unit->dimension, from->name, from->dimension);
        return 1;
    }
    *out = guide_unit_convert(n, from, v->unit);
    return 0;
}

/* Reports a number outside the declared range of v. */
static int check_in_range(lower_ctx *c, const ir_var *v, double x, span sp)
{
    if (x >= v->lo && x <= v->hi)
        return 0;
    diag_error(c->d, sp, "%g%s%s is outside the declared range [%g, %g] of %s", x,
               v->unit ? " " : "", v->unit ? v->unit->name : "", v->lo, v->hi, v->name);
    return 1;
}

/* A list input's value, `[2.5, 6] SUV` (a range's two-number form included): each element
 * converted to the list's unit and checked against its range. */
static int list_value(lower_ctx *c, const ir_var *v, const ast_value *val, ir_value *out)
{
    int n = val->kind == AST_V_RANGE ? 2 : val->nums.len;
    double *items = arena_alloc(c->a, sizeof *items * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        double x = val->kind == AST_V_RANGE ? (i ? val->hi : val->lo) : *(double *)val->nums.items[i];
        if (low_convert(c, v, x, &val->unit, val->sp, &items[i]) ||
            check_in_range(c, v, guide_step_round(items[i], v->step), val->sp))
            return 1;
    }
    out->v.list.items = items;
    out->v.list.n = n;
    return 0;
}

int low_value(lower_ctx *c, const ir_var *v, const ast_value *val, ir_value *out, int allow_nd)
{
    memset(out, 0, sizeof *out);
    switch (val->kind) {
    case AST_V_ND:
        if (!allow_nd) {
            diag_error(c->d, val->sp, "ND (no value in the guideline) cannot be given as a case value");
            diag_hint(c->d, "an input that is not known is written 'unknown', or left out");
            return 1;
        }
        out->is_null = 1;
        return 0;
    case AST_V_LABEL:
        if (guide_type_repr(v->type) == GUIDE_REPR_LABEL) {
            int l = low_label_or_error(c, v, val->label, val->sp);
            out->v.label = l;
            return l < 0;
        }
        if (guide_type_repr(v->type) == GUIDE_REPR_SET) {
            int l = low_label_or_error(c, v, val->label, val->sp);
            out->v.set = l < 0 ? 0 : (uint64_t)1 << l;
            return l < 0;
        }
        break;
    case AST_V_BOOL:
        if (guide_type_repr(v->type) == GUIDE_REPR_TRUTH) {
            out->v.b = val->b;
            return 0;
        }
        break;
    case AST_V_NUMBER:
        if (guide_type_is_numeric(v->type)) {
            double x;
            if (low_convert(c, v, val->num, &val->unit, val->sp, &x))
                return 1;
            if (check_in_range(c, v, guide_step_round(x, v->step), val->sp))
                return 1;
            if (guide_type_is_integral(v->type) && x != floor(x)) {
                diag_error(c->d, val->sp, "%s is an integer; %g is not", v->name, x);
                return 1;
            }
            out->v.num = x;
            return 0;
        }
        break;
    case AST_V_LIST:
    case AST_V_RANGE:
        if (guide_type_repr(v->type) == GUIDE_REPR_LIST)
            return list_value(c, v, val, out);
        if (guide_type_repr(v->type) == GUIDE_REPR_RANGE && val->kind == AST_V_LIST) {
            diag_error(c->d, val->sp, "%s is a range: write [lo, hi]", v->name);
            return 1;
        }
        if (guide_type_repr(v->type) == GUIDE_REPR_RANGE) {
            double lo, hi;
            if (low_convert(c, v, val->lo, &val->unit, val->sp, &lo) ||
                low_convert(c, v, val->hi, &val->unit, val->sp, &hi))
                return 1;
            if (lo > hi) {
                diag_error(c->d, val->sp, "empty range: %g is greater than %g", lo, hi);
                return 1;
            }
            out->v.range.lo = lo;
            out->v.range.hi = hi;
            return 0;
        }
        break;
    case AST_V_SET:
        if (guide_type_repr(v->type) == GUIDE_REPR_SET) {
            int bad = 0;
            for (int i = 0; i < val->labels.len; i++) {
                const ast_ident *id = val->labels.items[i];
                int l = low_label_or_error(c, v, id->name, id->sp);
                if (l < 0)
                    bad = 1;
                else
                    out->v.set |= (uint64_t)1 << l;
            }
            return bad;
        }
        break;
    case AST_V_UNKNOWN:
        diag_error(c->d, val->sp, "'unknown' may only be given as a test input");
        return 1;
    case AST_V_NONE:
        diag_error(c->d, val->sp, "'-' (no conclusion) may only stand in a table's output cell");
        return 1;
    }
    static const char *const kinds[] = {"a label", "a number", "a bool", "ND", "a range",
                                        "a set", "unknown", "-", "a list"};
    diag_error(c->d, val->sp, "%s is %s; this value is %s", v->name, low_type_name(v),
               kinds[val->kind]);
    if (guide_type_has_labels(v->type)) {
        strbuf labels = STRBUF_INIT;
        for (int i = 0; i < v->nlabels; i++)
            sb_printf(&labels, "%s%s", i ? ", " : "", v->labels[i]);
        diag_hint(c->d, "%s is one of: %s", v->name, sb_str(&labels));
        sb_free(&labels);
    }
    return 1;
}

/* ---- declarations ---------------------------------------------------------------------------- */

/* Reports a name declared twice; returns nonzero if it is. */
static int duplicate(lower_ctx *c, const ast_ident *id)
{
    int first = id->name ? low_find_var(c, id->name) : -1;
    if (first < 0)
        return 0;
    diag_error(c->d, id->sp, "'%s' is declared twice", id->name);
    diag_note(c->d, c->p->vars[first].sp, "first declared here");
    return 1;
}

static void labels_of(lower_ctx *c, ir_var *v, const vec *labels)
{
    v->nlabels = labels->len;
    v->labels = arena_alloc(c->a, sizeof *v->labels * (size_t)(labels->len + 1));
    if (labels->len > 64) {
        const ast_ident *id = labels->items[64];
        diag_error(c->d, id->sp, "%s has %d labels; at most 64 are allowed", v->name, labels->len);
    }
    for (int i = 0; i < labels->len; i++) {
        const ast_ident *id = labels->items[i];
        for (int j = 0; j < i; j++) {
            if (strcmp(v->labels[j], id->name) == 0) {
                diag_error(c->d, id->sp, "label '%s' appears twice in %s", id->name, v->name);
                break;
            }
        }
        v->labels[i] = id->name;
    }
    /* Past 64 labels the declaration is an error, and what follows sees only the first 64: a
     * label is a bit of a 64-bit word (sets, condition masks), so a later one must never be
     * lowered. Its uses are not reported again (label_past_limit). */
    if (v->nlabels > 64)
        v->nlabels = 64;
}

/* Fills a variable's type from its declaration. */
static void type_of(lower_ctx *c, ir_var *v, const ast_type *t, int is_output)
{
    v->lo = -HUGE_VAL;
    v->hi = HUGE_VAL;
    v->type = t->kind;
    switch (t->kind) {
    case GUIDE_BOOL:
    case GUIDE_LIST: /* never declared so: a list is a number with is_list, below */
        break;
    case GUIDE_ENUM:
        labels_of(c, v, &t->labels);
        break;
    case GUIDE_SET:
        labels_of(c, v, &t->labels);
        if (!is_output)
            diag_error(c->d, t->sp, "only outputs can be sets; %s is an input", v->name);
        break;
    case GUIDE_NUMBER:
    case GUIDE_INTEGER:
    case GUIDE_RANGE:
        if (t->unit.name)
            v->unit = unit_or_error(c, &t->unit);
        if (t->kind == GUIDE_RANGE && !is_output)
            diag_error(c->d, t->sp, "only outputs can be ranges; %s is an input", v->name);
        if (t->has_range) {
            if (t->lo > t->hi)
                diag_error(c->d, t->range_sp, "empty range: %g is greater than %g", t->lo, t->hi);
            v->lo = t->lo;
            v->hi = t->hi;
        }
        if (t->is_list) {
            v->type = GUIDE_LIST;
            if (is_output || c->lowering_derived)
                diag_error(c->d, t->list_sp, "only inputs can be lists; %s is %s", v->name,
                           is_output ? "an output" : "a derived value");
        }
        break;
    }
}

/* `step S [UNIT]` of an input: a number recorded to a multiple of S (step.c). */
static void step_of(lower_ctx *c, ir_var *v, const ast_decl *dcl)
{
    if (!guide_type_is_numeric(v->type) && guide_type_repr(v->type) != GUIDE_REPR_LIST) {
        diag_error(c->d, dcl->step_sp, "%s is %s; only numbers can have a step", v->name,
                   low_type_name(v));
        return;
    }
    const guide_unit *u = dcl->step_unit.name ? find_unit(c, dcl->step_unit.name) : NULL;
    if (u && v->unit && !guide_unit_same_dimension(u, v->unit)) {
        diag_error(c->d, dcl->step_unit.sp, "the step of %s is in %s (a %s), but %s is in %s (a %s)",
                   v->name, u->name, u->dimension, v->name, v->unit->name, v->unit->dimension);
        return;
    }
    double s;
    if (low_convert(c, v, dcl->step, &dcl->step_unit, dcl->step_sp, &s))
        return;
    if (!(s > 0)) {
        diag_error(c->d, dcl->step_sp, "the step of %s must be greater than 0", v->name);
        diag_hint(c->d, "the step is the precision values are recorded to, such as 0.1");
        return;
    }
    if (guide_type_is_integral(v->type) && s != floor(s)) {
        diag_error(c->d, dcl->step_sp, "%s is an integer; its step must be a whole number, not %g",
                   v->name, s);
        return;
    }
    v->step = s;
}

static ir_var *new_var(lower_ctx *c, const ast_ident *name, guide_var_kind kind, span sp)
{
    ir_var *v = &c->p->vars[c->p->nvars];
    v->index = c->p->nvars++;
    v->name = name->name;
    if (v->name)
        nmap_put(c->a, &c->vars, v->name, v->index);
    v->sp = name->sp;
    v->kind = kind;
    (void)sp;
    return v;
}

static void lower_match(lower_ctx *c, ir_var *v, const ast_derive *dv)
{
    v->is_match = 1;
    v->type = GUIDE_ENUM;
    v->src = low_find_var(c, dv->source.name);
    if (v->src < 0 || v->src >= v->index) {
        if (v->src < 0)
            low_var_or_error(c, &dv->source, "name");
        else
            diag_error(c->d, dv->source.sp, "'%s' must be declared before %s", dv->source.name, v->name);
        v->src = -1;
    } else if (guide_type_repr(c->p->vars[v->src].type) != GUIDE_REPR_LABEL) {
        diag_error(c->d, dv->source.sp, "match needs an enum; %s is %s", dv->source.name,
                   low_type_name(&c->p->vars[v->src]));
        v->src = -1;
    }
    /* The derived labels are the arms' targets, in order of first appearance. */
    vec targets = {0};
    for (int i = 0; i < dv->arms.len; i++) {
        const ast_match_arm *arm = dv->arms.items[i];
        int seen = 0;
        for (int j = 0; j < targets.len; j++)
            seen |= strcmp(((ast_ident *)targets.items[j])->name, arm->to.name) == 0;
        if (!seen)
            vec_push(c->a, &targets, (void *)&arm->to);
    }
    labels_of(c, v, &targets);
    if (v->src < 0)
        return;
    const ir_var *src = &c->p->vars[v->src];
    v->map = arena_alloc(c->a, sizeof *v->map * (size_t)(src->nlabels + 1));
    for (int l = 0; l < src->nlabels; l++)
        v->map[l] = -1;
    for (int i = 0; i < dv->arms.len; i++) {
        const ast_match_arm *arm = dv->arms.items[i];
        int to = low_find_label(v, arm->to.name);
        for (int j = 0; j < arm->from.len; j++) {
            const ast_ident *from = arm->from.items[j];
            int l = low_label_or_error(c, src, from->name, from->sp);
            if (l < 0)
                continue;
            if (v->map[l] >= 0) {
                diag_error(c->d, from->sp, "'%s' is matched twice", from->name);
                continue;
            }
            v->map[l] = to;
        }
    }
    for (int l = 0; l < src->nlabels; l++) {
        if (v->map[l] < 0) {
            diag_error(c->d, dv->sp, "match on %s does not say what '%s' becomes", src->name,
                       src->labels[l]);
            diag_hint(c->d, "every label of %s needs an arm: %s -> ...", src->name, src->labels[l]);
        }
    }
}

/* An arithmetic expression's unit: the unit its value is computed in (NULL: a pure number);
 * is_bool: it is `any (...)` or `all (...)`, true or false rather than a number. */
typedef struct { const guide_unit *unit; int bad; int is_bool; } expr_unit;

static ir_expr *new_expr(lower_ctx *c, ir_expr_kind k, span sp)
{
    ir_expr *e = arena_alloc(c->a, sizeof *e);
    e->kind = k;
    e->sp = sp;
    return e;
}

/* Multiplies e by the factor that converts `from` into `to`. */
static ir_expr *rescale(lower_ctx *c, ir_expr *e, const guide_unit *from, const guide_unit *to)
{
    if (!from || !to || from == to)
        return e;
    ir_expr *k = new_expr(c, IR_E_NUM, e->sp);
    k->num = guide_unit_convert(1.0, from, to);
    ir_expr *m = new_expr(c, IR_E_MUL, e->sp);
    m->l = e;
    m->r = k;
    return m;
}

/* ---- Aggregates ------------------------------------------------------------------------------ */

/* Whether the condition of an aggregate, on one number, holds for x: an element is always known,
 * so the logic here is two-valued, not Kleene. */
static int elem_holds(const ir_cond *c, double x)
{
    switch (c->kind) {
    case IR_C_TRUE: return 1;
    case IR_C_ATOM: {
        const ir_atom *a = &c->atom;
        return a->kind == IR_A_INTERVAL && ir_interval_holds(a, x);
    }
    case IR_C_NOT: return !elem_holds(c->kids[0], x);
    case IR_C_AND:
        for (int i = 0; i < c->nkids; i++)
            if (!elem_holds(c->kids[i], x))
                return 0;
        return 1;
    case IR_C_OR:
        for (int i = 0; i < c->nkids; i++)
            if (elem_holds(c->kids[i], x))
                return 1;
        return 0;
    }
    return 0;
}

/* The first variable other than var that c reads, or -1. */
static int other_read(const ir_cond *c, int var)
{
    if (c->kind == IR_C_ATOM && c->atom.var != var)
        return c->atom.var;
    for (int i = 0; i < c->nkids; i++) {
        int o = other_read(c->kids[i], var);
        if (o >= 0)
            return o;
    }
    return -1;
}

/* Lowers the condition of `count (x in L: cond)` on the elements of list variable `list` into
 * e->elem and the table every evaluator tests an element with (e->test). */
static void lower_elem_test(lower_ctx *c, const ast_expr *x, int list, ir_expr *e, expr_unit *u)
{
    ir_var *lv = &c->p->vars[list];
    vec reads = c->reads;
    c->reads = (vec){0};
    c->elem_name = x->elem.name;
    c->elem_var = list;
    lv->type = GUIDE_NUMBER; /* the element: a number in the list's unit, range and step */
    ir_cond *cond = low_cond(c, x->test, -1);
    lv->type = GUIDE_LIST;
    c->elem_name = NULL;
    c->reads = reads;
    int other = cond ? other_read(cond, list) : -1;
    if (!cond || other >= 0) {
        if (other >= 0) {
            diag_error(c->d, x->test->sp, "the condition of %s(...) may read only its element, "
                       "%s; it reads %s", x->fn.name, x->elem.name, c->p->vars[other].name);
            diag_hint(c->d, "an aggregate depends on its list alone: test %s in a rule instead",
                      c->p->vars[other].name);
        }
        u->bad = 1;
        return;
    }
    int max = 2 * ir_cond_atoms(cond), n = 0;
    double *cuts = arena_alloc(c->a, sizeof *cuts * (size_t)(max + 1));
    ir_cond_cuts(cond, list, cuts, &n, max);
    n = ir_sort_cuts(cuts, n);
    uint8_t *holds = arena_alloc(c->a, (size_t)(2 * n + 1));
    for (int k = 0; k <= 2 * n; k++)
        holds[k] = (uint8_t)elem_holds(cond, ir_position_point(cuts, n, k));
    e->elem = cond;
    e->test.ncuts = n;
    e->test.cuts = cuts;
    e->test.holds = holds;
}

static int agg_of(const char *name)
{
    for (int op = GUIDE_AGG_MEAN; op <= GUIDE_AGG_ALL; op++)
        if (strcmp(name, guide_agg_name((guide_agg)op)) == 0)
            return op;
    return -1;
}

static ir_expr *lower_agg(lower_ctx *c, const ast_expr *x, expr_unit *u)
{
    ir_expr *e = new_expr(c, IR_E_AGG, x->sp);
    int op = agg_of(x->fn.name);
    e->var = low_var_or_error(c, &x->var, "name");
    u->bad = op < 0 || e->var < 0;
    if (op < 0) {
        diag_error(c->d, x->fn.sp, "unknown aggregate '%s'", x->fn.name);
        diag_hint(c->d, "the aggregates of a list are mean, min, max, sum, count, any and all");
    }
    if (u->bad)
        return e;
    e->agg = (guide_agg)op;
    const ir_var *v = &c->p->vars[e->var];
    if (guide_type_repr(v->type) != GUIDE_REPR_LIST) {
        diag_error(c->d, x->var.sp, "%s(...) takes a list input; %s is %s", x->fn.name, v->name,
                   low_type_name(v));
        u->bad = 1;
        return e;
    }
    e->step = v->step;
    u->is_bool = op == GUIDE_AGG_ANY || op == GUIDE_AGG_ALL;
    u->unit = op <= GUIDE_AGG_SUM ? v->unit : NULL;
    if (x->test && op <= GUIDE_AGG_SUM) {
        diag_error(c->d, x->sp, "%s(...) takes the whole list; only count, any and all take a "
                   "condition", x->fn.name);
        diag_hint(c->d, "write %s(%s)", x->fn.name, v->name);
        u->bad = 1;
    } else if (!x->test && u->is_bool) {
        diag_error(c->d, x->sp, "%s needs a condition on the elements", x->fn.name);
        diag_hint(c->d, "write %s (x in %s: x > ...)", x->fn.name, v->name);
        u->bad = 1;
    } else if (x->test) {
        lower_elem_test(c, x, e->var, e, u);
    }
    return e;
}

static ir_expr *lower_expr(lower_ctx *c, const ast_expr *x, expr_unit *u, int self);

/* A number, with its unit when it has one. */
static ir_expr *lower_num(lower_ctx *c, const ast_expr *x, expr_unit *u)
{
    ir_expr *e = new_expr(c, IR_E_NUM, x->sp);
    e->num = x->num;
    if (x->unit.name) {
        u->unit = unit_or_error(c, &x->unit);
        u->bad = !u->unit;
    }
    return e;
}

/* A variable in arithmetic: declared before the value being defined (self), and a number. */
static ir_expr *lower_var_ref(lower_ctx *c, const ast_expr *x, expr_unit *u, int self)
{
    ir_expr *e = new_expr(c, IR_E_VAR, x->sp);
    e->var = low_var_or_error(c, &x->var, "name");
    if (e->var >= 0 && e->var >= self) {
        diag_error(c->d, x->var.sp, "'%s' must be declared before the value that uses it",
                   x->var.name);
        if (e->var == self)
            diag_hint(c->d, "a value cannot depend on itself, directly or through others");
        e->var = -1;
    }
    if (e->var >= 0)
        e->step = c->p->vars[e->var].step;
    if (e->var < 0) {
        u->bad = 1;
        return e;
    }
    const ir_var *v = &c->p->vars[e->var];
    if (!guide_type_is_numeric(v->type)) {
        diag_error(c->d, x->sp, "arithmetic needs numbers; %s is %s", v->name, low_type_name(v));
        if (guide_type_repr(v->type) == GUIDE_REPR_LIST)
            diag_hint(c->d, "compute with an aggregate of it: mean(%s), min, max, sum or count",
                      v->name);
        u->bad = 1;
    }
    u->unit = v->unit;
    return e;
}

/* A negated number. */
static ir_expr *lower_neg(lower_ctx *c, const ast_expr *x, expr_unit *u, int self)
{
    ir_expr *e = new_expr(c, IR_E_NEG, x->sp);
    e->l = lower_expr(c, x->l, u, self);
    if (u->is_bool && !u->bad) {
        diag_error(c->d, x->sp, "any and all are true or false, not numbers");
        u->bad = 1;
    }
    return e;
}

/* The unit of binary operation k on sides in units lu and ru (same: of one dimension), or why
   they do not combine; returns r, rescaled to the left side's unit where the operation needs
   it. */
static ir_expr *binary_unit(lower_ctx *c, const ast_expr *x, ir_expr_kind k, const expr_unit *lu,
                            const expr_unit *ru, ir_expr *r, expr_unit *u)
{
    int same = lu->unit && ru->unit && guide_unit_same_dimension(lu->unit, ru->unit);
    if (lu->unit && ru->unit && !same && k != IR_E_MUL) {
        diag_error(c->d, x->sp, "cannot %s a value in %s (a %s) and a value in %s (a %s)",
                   k == IR_E_DIV ? "divide" : k == IR_E_ELSE ? "give by 'else'" : "combine", lu->unit->name, lu->unit->dimension,
                   ru->unit->name, ru->unit->dimension);
        u->bad = 1;
    }
    switch (k) {
    case IR_E_ELSE: /* the same fact two ways: the same dimension, or both pure numbers */
        if (!u->bad && !lu->unit != !ru->unit) {
            diag_error(c->d, x->sp, "'else' joins two ways of giving one value; %s",
                       lu->unit ? "the right side has no unit" : "the left side has no unit");
            u->bad = 1;
        }
        u->unit = lu->unit;
        return rescale(c, r, ru->unit, lu->unit);
    case IR_E_ADD:
    case IR_E_SUB:
        /* A plain number added to a quantity takes the quantity's unit. */
        u->unit = lu->unit ? lu->unit : ru->unit;
        return rescale(c, r, ru->unit, lu->unit);
    case IR_E_MUL:
        if (lu->unit && ru->unit) {
            diag_error(c->d, x->sp, "cannot multiply a value in %s by a value in %s: Guide has no "
                       "compound units", lu->unit->name, ru->unit->name);
            u->bad = 1;
        }
        u->unit = lu->unit ? lu->unit : ru->unit;
        return r;
    default: /* DIV: a ratio of one dimension is a pure number */
        if (same) {
            u->unit = NULL;
            return rescale(c, r, ru->unit, lu->unit);
        }
        if (ru->unit) {
            diag_error(c->d, x->sp, "cannot divide by a value in %s", ru->unit->name);
            u->bad = 1;
        } else {
            u->unit = lu->unit;
        }
        return r;
    }
}

/* A binary operation: + - * / or 'else'. */
static ir_expr *lower_binary(lower_ctx *c, const ast_expr *x, expr_unit *u, int self)
{
    expr_unit lu, ru;
    ir_expr *l = lower_expr(c, x->l, &lu, self);
    ir_expr *r = lower_expr(c, x->r, &ru, self);
    ir_expr_kind k = x->kind == AST_E_ADD ? IR_E_ADD : x->kind == AST_E_SUB ? IR_E_SUB
                   : x->kind == AST_E_MUL ? IR_E_MUL : x->kind == AST_E_ELSE ? IR_E_ELSE : IR_E_DIV;
    ir_expr *e = new_expr(c, k, x->sp);
    u->bad = lu.bad || ru.bad;
    if (!u->bad && (lu.is_bool || ru.is_bool)) {
        diag_error(c->d, (lu.is_bool ? x->l : x->r)->sp, "any and all are true or false, not "
                   "numbers; use count (x in L: ...) to compute with");
        u->bad = 1;
    }
    if (!u->bad)
        r = binary_unit(c, x, k, &lu, &ru, r, u);
    e->l = l;
    e->r = r;
    return e;
}

/* An arithmetic expression of a derived value declared at index self; u gets its unit, whether
   it is bad, whether it is true or false (any, all). */
static ir_expr *lower_expr(lower_ctx *c, const ast_expr *x, expr_unit *u, int self)
{
    u->unit = NULL;
    u->bad = 0;
    u->is_bool = 0;
    switch (x->kind) {
    case AST_E_AGG: return lower_agg(c, x, u);
    case AST_E_NUM: return lower_num(c, x, u);
    case AST_E_VAR: return lower_var_ref(c, x, u, self);
    case AST_E_NEG: return lower_neg(c, x, u, self);
    default: return lower_binary(c, x, u, self);
    }
}

static void lower_arith(lower_ctx *c, ir_var *v, const ast_derive *dv)
{
    v->is_match = 0;
    c->lowering_derived = 1;
    type_of(c, v, dv->type, 0);
    c->lowering_derived = 0;
    if (!guide_type_is_numeric(v->type) && guide_type_repr(v->type) != GUIDE_REPR_TRUTH) {
        diag_error(c->d, dv->type->sp, "an arithmetic value must be a number; %s is %s", v->name,
                   low_type_name(v));
        return;
    }
    expr_unit u;
    v->expr = lower_expr(c, dv->expr, &u, v->index);
    if (u.bad)
        return;
    if (u.is_bool != (guide_type_repr(v->type) == GUIDE_REPR_TRUTH)) {
        if (u.is_bool)
            diag_error(c->d, dv->expr->sp, "%s is %s, but any and all are true or false", v->name,
                       low_type_name(v));
        else
            diag_error(c->d, dv->expr->sp, "%s is a bool: compute it with any (x in L: ...) or "
                       "all (x in L: ...)", v->name);
        if (u.is_bool)
            diag_hint(c->d, "declare it `derive %s : bool = ...`", v->name);
        else
            diag_hint(c->d, "declare it as a number: `derive %s : UNIT = ...`", v->name);
        return;
    }
    if (u.is_bool)
        return;
    if (u.unit && v->unit && !guide_unit_same_dimension(u.unit, v->unit)) {
        diag_error(c->d, dv->expr->sp, "%s is declared in %s (a %s) but computes a value in %s (a %s)",
                   v->name, v->unit->name, v->unit->dimension, u.unit->name, u.unit->dimension);
        return;
    }
    if (u.unit && !v->unit) {
        diag_error(c->d, dv->expr->sp, "%s has no unit but computes a value in %s", v->name,
                   u.unit->name);
        return;
    }
    v->expr = rescale(c, v->expr, u.unit, v->unit);
}

int low_declarations(lower_ctx *c)
{
    const ast_program *ast = c->ast;
    ir_program *p = c->p;

    if (ast->header) {
        p->name = ast->header->name.name;
        p->title = ast->header->title;
        p->version = ast->header->version;
        p->source = ast->header->source;
    }
    p->units = arena_alloc(c->a, sizeof *p->units * (size_t)(ast->units.len + 1));
    for (int i = 0; i < ast->units.len; i++) {
        const ast_unit *u = ast->units.items[i];
        if (find_unit(c, u->name.name)) {
            diag_error(c->d, u->name.sp, "unit '%s' is already defined", u->name.name);
            continue;
        }
        guide_unit *nu = &p->units[p->nunits++];
        nu->name = u->name.name;
        nu->dimension = u->name.name;
        nu->mul = nu->div = 1;
        nu->desc = u->desc;
    }

    int total = ast->inputs.len + ast->derives.len + ast->outputs.len;
    if (total > GUIDE_MAX_VARS) { /* past it, nothing else is lowered: see guide_limits.h */
        int k = GUIDE_MAX_VARS;
        const vec *kinds[3] = {&ast->inputs, &ast->derives, &ast->outputs};
        int which = 0;
        while (k >= kinds[which]->len)
            k -= kinds[which++]->len;
        const ast_ident *n = which == 1 ? &((const ast_derive *)kinds[1]->items[k])->name
                                        : &((const ast_decl *)kinds[which]->items[k])->name;
        diag_error(c->d, n->sp, "more than %d inputs, derived values and outputs in one file",
                   GUIDE_MAX_VARS);
        return 1;
    }
    p->vars = arena_alloc(c->a, sizeof *p->vars * (size_t)(total + 1));
    for (int i = 0; i < ast->inputs.len; i++) {
        const ast_decl *dcl = ast->inputs.items[i];
        if (duplicate(c, &dcl->name))
            continue;
        ir_var *v = new_var(c, &dcl->name, GUIDE_VAR_INPUT, dcl->sp);
        type_of(c, v, dcl->type, 0);
        if (dcl->has_step)
            step_of(c, v, dcl);
        p->ninputs++;
    }
    for (int i = 0; i < ast->derives.len; i++) {
        const ast_derive *dv = ast->derives.items[i];
        if (duplicate(c, &dv->name))
            continue;
        ir_var *v = new_var(c, &dv->name, GUIDE_VAR_DERIVED, dv->sp);
        if (dv->is_match)
            lower_match(c, v, dv);
        else
            lower_arith(c, v, dv);
        v->lo = dv->is_match ? -HUGE_VAL : v->lo;
        v->hi = dv->is_match ? HUGE_VAL : v->hi;
        p->nderived++;
    }
    for (int i = 0; i < ast->outputs.len; i++) {
        const ast_decl *dcl = ast->outputs.items[i];
        if (duplicate(c, &dcl->name))
            continue;
        ir_var *v = new_var(c, &dcl->name, GUIDE_VAR_OUTPUT, dcl->sp);
        type_of(c, v, dcl->type, 1);
        p->noutputs++;
    }
    if (p->ninputs > 256)
        diag_error(c->d, ((ast_decl *)ast->inputs.items[256])->sp,
                   "too many inputs (%d); at most 256 are supported", p->ninputs);
    return 0;
}

const char *low_closest(const char *name, const char *const *cands, int n)
{
    return closest(name, cands, n);
}
