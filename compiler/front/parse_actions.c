/* parse_actions.c — what the grammar actions of parser.y call: node constructors, the items of
 * the program, the wording of syntax errors and their hints, and parse_program. */
#include "parse_actions.h"

#include <ctype.h>
#include <string.h>

#include "guide_limits.h"
#include "parser.h"
#include "lexer.h"

/* ---- Names and lists ---------------------------------------------------------------------- */

ast_ident *pa_ident(parse_state *ps, const char *name, span sp)
{
    ast_ident *id = arena_alloc(ps->a, sizeof *id);
    id->name = name;
    id->sp = sp;
    return id;
}

vec pa_list1(parse_state *ps, void *item)
{
    vec v = {0};
    vec_push(ps->a, &v, item);
    return v;
}

vec pa_list_add(parse_state *ps, vec list, void *item)
{
    vec_push(ps->a, &list, item);
    return list;
}

/* ---- Header, units, declarations ------------------------------------------------------------ */

void pa_header(parse_state *ps, ast_ident *name, const char *title, const char *version,
               const char *source, span sp)
{
    ast_header *h = arena_alloc(ps->a, sizeof *h);
    h->name = *name;
    h->title = title;
    h->version = version;
    h->source = source;
    h->sp = sp;
    if (ps->prog->header) {
        span kw = sp; /* just the keyword */
        kw.last_line = kw.first_line;
        kw.last_column = kw.first_column + 8;
        diag_error(ps->d, kw, "a second 'guideline' header");
        kw = ps->prog->header->sp;
        kw.last_line = kw.first_line;
        kw.last_column = kw.first_column + 8;
        diag_note(ps->d, kw, "the file's header is here");
        return;
    }
    /* A header after other items was reported as missing at the first token already. */
    ps->prog->header = h;
}

void pa_missing_header(parse_state *ps, span sp)
{
    ps->no_header_sp = sp;
    diag_error(ps->d, sp, "expected 'guideline' header");
    diag_hint(ps->d, "a file starts with: guideline NAME \"title\" version \"...\" source \"...\"");
}

void pa_unit(parse_state *ps, ast_ident *name, const char *desc, span sp)
{
    ast_unit *u = arena_alloc(ps->a, sizeof *u);
    u->name = *name;
    u->desc = desc;
    u->sp = sp;
    ast_add_item(ps->a, ps->prog, AST_ITEM_UNIT, u);
}

/* A display text is shown wherever the name is: it must say something, on one line. */
static void check_display(parse_state *ps, const char *display, span sp)
{
    if (!display[0]) {
        diag_error(ps->d, sp, "an empty display text");
        diag_hint(ps->d, "give the guideline's words, or leave the display text out");
    }
}

void pa_decl(parse_state *ps, int is_output, ast_ident *name, ast_type *type, span sp)
{
    ast_decl *d = arena_alloc(ps->a, sizeof *d);
    d->is_output = is_output;
    d->name = *name;
    d->type = type;
    d->sp = sp;
    ast_add_item(ps->a, ps->prog, AST_ITEM_DECL, d);
}

void pa_decl_display(parse_state *ps, int is_output, ast_ident *name, const char *display,
                     span display_sp, ast_type *type, span sp)
{
    pa_decl(ps, is_output, name, type, sp);
    const vec *decls = is_output ? &ps->prog->outputs : &ps->prog->inputs;
    ast_decl *d = decls->items[decls->len - 1];
    d->display = display;
    d->display_sp = display_sp;
    check_display(ps, display, display_sp);
}

void pa_label(parse_state *ps, const char *name, span name_sp, int qualified, const char *display,
              span display_sp, span sp)
{
    ast_label *l = arena_alloc(ps->a, sizeof *l);
    l->label.name = name;
    l->label.sp = name_sp;
    if (qualified) { /* QNAME is VAR.LABEL, both halves non-empty (lexer.l) */
        const char *dot = strchr(name, '.');
        l->var.name = arena_strndup(ps->a, name, (size_t)(dot - name));
        l->var.sp = name_sp;
        l->var.sp.last_column = name_sp.first_column + (int)(dot - name) - 1;
        l->label.name = dot + 1;
        l->label.sp.first_column = l->var.sp.last_column + 2;
    }
    l->display = display;
    l->display_sp = display_sp;
    l->sp = sp;
    check_display(ps, display, display_sp);
    ast_add_item(ps->a, ps->prog, AST_ITEM_LABEL, l);
}

ast_reading *pa_reading(parse_state *ps, double number, span number_sp, const char *text, span sp)
{
    ast_reading *r = arena_alloc(ps->a, sizeof *r);
    if (number < 1 || number > 9999 || number != (int)number) {
        diag_error(ps->d, number_sp, "a reading is numbered with a whole number from 1 to 9999");
        diag_hint(ps->d, "use the number of the interpretation in the file's reading notes (rules/README.md)");
        number = 0;
    }
    r->number = (int)number;
    r->text = text;
    r->number_sp = number_sp;
    r->sp = sp;
    if (!text[0]) {
        diag_error(ps->d, sp, "a reading with an empty text");
        diag_hint(ps->d, "say in a few words how the guideline is read here");
    }
    return r;
}

void pa_rule_reading(parse_state *ps, ast_reading *r)
{
    if (ps->rule)
        ps->rule->reading = r;
}

void pa_table_reading(parse_state *ps, ast_reading *r)
{
    if (ps->table)
        ps->table->reading = r;
}

void pa_decl_step(parse_state *ps, ast_ident *name, ast_type *type, double step, ast_ident *unit,
                  span step_sp, span sp)
{
    pa_decl(ps, 0, name, type, sp);
    ast_decl *d = ps->prog->inputs.items[ps->prog->inputs.len - 1];
    d->has_step = 1;
    d->step = step;
    if (unit)
        d->step_unit = *unit;
    d->step_sp = step_sp;
}

ast_type *pa_bounds(parse_state *ps, double lo, double hi, span open, span close)
{
    span sp = open;
    sp.last_line = close.last_line;
    sp.last_column = close.last_column;
    ast_type *t = arena_alloc(ps->a, sizeof *t);
    t->has_range = 1;
    t->lo = lo;
    t->hi = hi;
    t->range_sp = sp;
    return t;
}

ast_type *pa_type_bool(parse_state *ps, span sp)
{
    ast_type *t = arena_alloc(ps->a, sizeof *t);
    t->kind = GUIDE_BOOL;
    t->sp = sp;
    return t;
}

ast_type *pa_type_labels(parse_state *ps, ast_type_kind kind, vec labels, span sp)
{
    ast_type *t = arena_alloc(ps->a, sizeof *t);
    t->kind = kind;
    t->labels = labels;
    t->sp = sp;
    return t;
}

ast_type *pa_type_num(parse_state *ps, ast_type_kind kind, ast_ident *unit, ast_type *bounds,
                      span sp)
{
    ast_type *t = bounds ? bounds : arena_alloc(ps->a, sizeof *t);
    t->kind = kind;
    if (unit)
        t->unit = *unit;
    t->sp = sp;
    return t;
}

ast_type *pa_type_list(parse_state *ps, ast_ident *list, ast_ident *of, ast_type *elem, span sp)
{
    if (strcmp(list->name, "list") != 0 || strcmp(of->name, "of") != 0) {
        diag_error(ps->d, list->sp, "expected a type, found '%s %s'", list->name, of->name);
        diag_hint(ps->d, "a list input is written `list of UNIT in [lo, hi]`");
    } else if (elem->is_list || elem->kind != GUIDE_NUMBER) {
        diag_error(ps->d, elem->sp, "a list holds numbers");
        diag_hint(ps->d, "write `list of UNIT in [lo, hi]` (or `list of number`)");
    }
    elem->is_list = 1;
    elem->list_sp = list->sp;
    elem->list_sp.last_line = of->sp.last_line;
    elem->list_sp.last_column = of->sp.last_column;
    elem->sp = sp;
    return elem;
}

/* ---- Derived values ------------------------------------------------------------------------- */

ast_match_arm *pa_arm(parse_state *ps, vec from, ast_ident *to, span sp)
{
    ast_match_arm *m = arena_alloc(ps->a, sizeof *m);
    m->from = from;
    m->to = *to;
    m->sp = sp;
    return m;
}

void pa_derive_match(parse_state *ps, ast_ident *name, ast_ident *source, vec arms, span sp)
{
    ast_derive *d = arena_alloc(ps->a, sizeof *d);
    d->name = *name;
    d->is_match = 1;
    d->source = *source;
    d->arms = arms;
    d->sp = sp;
    ast_add_item(ps->a, ps->prog, AST_ITEM_DERIVE, d);
}

void pa_derive_expr(parse_state *ps, ast_ident *name, ast_type *type, ast_expr *e, span sp)
{
    ast_derive *d = arena_alloc(ps->a, sizeof *d);
    d->name = *name;
    d->type = type;
    d->expr = e;
    d->sp = sp;
    ast_add_item(ps->a, ps->prog, AST_ITEM_DERIVE, d);
}

static ast_expr *new_expr(parse_state *ps, ast_expr_kind kind, span sp)
{
    ast_expr *e = arena_alloc(ps->a, sizeof *e);
    e->kind = kind;
    e->sp = sp;
    e->depth = 1;
    return e;
}

/* Nonzero when a node of this depth would pass GUIDE_MAX_DEPTH: the first level past it is
 * reported at sp, and the caller returns its deeper operand instead, marked as past the limit
 * (depth GUIDE_MAX_DEPTH + 1) so that the levels above it are not reported again. No node
 * deeper than the limit is ever built, so no later phase recurses deeper. */
static int too_deep(parse_state *ps, int depth, span sp, const char *what, const char *hint)
{
    if (depth <= GUIDE_MAX_DEPTH)
        return 0;
    if (depth == GUIDE_MAX_DEPTH + 1) {
        diag_error(ps->d, sp, "%s nested more than %d levels deep", what, GUIDE_MAX_DEPTH);
        diag_hint(ps->d, "%s", hint);
    }
    return 1;
}

static int expr_depth(const ast_expr *e) { return e ? e->depth : 0; }

static int expr_too_deep(parse_state *ps, int depth, span sp)
{
    return too_deep(ps, depth, sp, "arithmetic",
                    "split the computation into several derived values");
}

ast_expr *pa_expr_bin(parse_state *ps, ast_expr_kind kind, ast_expr *l, ast_expr *r, span sp)
{
    int depth = 1 + (expr_depth(l) > expr_depth(r) ? expr_depth(l) : expr_depth(r));
    if (expr_too_deep(ps, depth, r ? r->sp : sp)) {
        ast_expr *keep = expr_depth(l) >= expr_depth(r) ? l : r;
        keep->depth = GUIDE_MAX_DEPTH + 1;
        return keep;
    }
    ast_expr *e = new_expr(ps, kind, sp);
    e->l = l;
    e->r = r;
    e->depth = depth;
    return e;
}

ast_expr *pa_expr_neg(parse_state *ps, ast_expr *l, span sp)
{
    if (expr_too_deep(ps, 1 + expr_depth(l), sp)) {
        l->depth = GUIDE_MAX_DEPTH + 1;
        return l;
    }
    ast_expr *e = new_expr(ps, AST_E_NEG, sp);
    e->l = l;
    e->depth = 1 + expr_depth(l);
    return e;
}

ast_expr *pa_expr_num(parse_state *ps, double num, ast_ident *unit, span sp)
{
    ast_expr *e = new_expr(ps, AST_E_NUM, sp);
    e->num = num;
    if (unit)
        e->unit = *unit;
    return e;
}

ast_expr *pa_expr_var(parse_state *ps, ast_ident *var)
{
    ast_expr *e = new_expr(ps, AST_E_VAR, var->sp);
    e->var = *var;
    return e;
}

ast_expr *pa_expr_agg(parse_state *ps, ast_ident *fn, ast_ident *elem, ast_ident *list,
                      ast_cond *test, span sp)
{
    ast_expr *e = new_expr(ps, AST_E_AGG, sp);
    e->fn = *fn;
    e->var = *list;
    if (elem)
        e->elem = *elem;
    e->test = test;
    return e;
}

/* ---- Values ------------------------------------------------------------------------------------ */

static ast_value *new_value(parse_state *ps, ast_value_kind kind, span sp)
{
    ast_value *v = arena_alloc(ps->a, sizeof *v);
    v->kind = kind;
    v->sp = sp;
    return v;
}

ast_value *pa_value_label(parse_state *ps, ast_ident *label)
{
    ast_value *v = new_value(ps, AST_V_LABEL, label->sp);
    v->label = label->name;
    return v;
}

ast_value *pa_value_num(parse_state *ps, double num, ast_ident *unit, span sp)
{
    ast_value *v = new_value(ps, AST_V_NUMBER, sp);
    v->num = num;
    if (unit)
        v->unit = *unit;
    return v;
}

ast_value *pa_value_bool(parse_state *ps, int b, span sp)
{
    ast_value *v = new_value(ps, AST_V_BOOL, sp);
    v->b = b;
    return v;
}

ast_value *pa_value_simple(parse_state *ps, ast_value_kind kind, span sp)
{
    return new_value(ps, kind, sp);
}

double *pa_number(parse_state *ps, double x)
{
    double *p = arena_alloc(ps->a, sizeof *p);
    *p = x;
    return p;
}

ast_value *pa_value_list(parse_state *ps, vec nums, ast_ident *unit, span sp)
{
    ast_value *v = new_value(ps, AST_V_LIST, sp);
    v->nums = nums;
    if (unit)
        v->unit = *unit;
    return v;
}

ast_value *pa_value_list3(parse_state *ps, double a, double b, vec rest, ast_ident *unit, span sp)
{
    vec nums = pa_list1(ps, pa_number(ps, a));
    nums = pa_list_add(ps, nums, pa_number(ps, b));
    for (int i = 0; i < rest.len; i++)
        nums = pa_list_add(ps, nums, rest.items[i]);
    return pa_value_list(ps, nums, unit, sp);
}

ast_value *pa_value_range(parse_state *ps, double lo, double hi, ast_ident *unit, span sp)
{
    ast_value *v = new_value(ps, AST_V_RANGE, sp);
    v->lo = lo;
    v->hi = hi;
    if (unit)
        v->unit = *unit;
    return v;
}

ast_value *pa_value_set(parse_state *ps, vec labels, span sp)
{
    ast_value *v = new_value(ps, AST_V_SET, sp);
    v->labels = labels;
    return v;
}

/* ---- Conditions ------------------------------------------------------------------------------ */

static ast_cond *new_cond(parse_state *ps, ast_cond_kind kind, ast_ident *var, span sp)
{
    ast_cond *c = arena_alloc(ps->a, sizeof *c);
    c->kind = kind;
    c->sp = sp;
    c->depth = 1;
    if (var)
        c->var = *var;
    return c;
}

static int cond_depth(const ast_cond *c) { return c ? c->depth : 0; }

static int cond_too_deep(parse_state *ps, int depth, span sp)
{
    return too_deep(ps, depth, sp, "condition",
                    "split it into several rules, or simplify it (a chain of 'and' or of 'or' "
                    "counts one level per operand)");
}

ast_cond *pa_cond_bin(parse_state *ps, ast_cond_kind kind, ast_cond *l, ast_cond *r, span sp)
{
    int depth = 1 + (cond_depth(l) > cond_depth(r) ? cond_depth(l) : cond_depth(r));
    if (cond_too_deep(ps, depth, r ? r->sp : sp)) {
        ast_cond *keep = cond_depth(l) >= cond_depth(r) ? l : r;
        keep->depth = GUIDE_MAX_DEPTH + 1;
        return keep;
    }
    ast_cond *c = new_cond(ps, kind, NULL, sp);
    c->lhs = l;
    c->rhs = r;
    c->depth = depth;
    return c;
}

ast_cond *pa_cond_not(parse_state *ps, ast_cond *x, span sp)
{
    if (cond_too_deep(ps, 1 + cond_depth(x), sp)) {
        x->depth = GUIDE_MAX_DEPTH + 1;
        return x;
    }
    ast_cond *c = new_cond(ps, AST_C_NOT, NULL, sp);
    c->lhs = x;
    c->depth = 1 + cond_depth(x);
    return c;
}

/* A label that starts with digits compared for order is a number glued to its unit (`20mm`). */
static void glued_unit(parse_state *ps, ast_cmp_op op, const ast_value *v)
{
    if (op == AST_EQ || op == AST_NE || v->kind != AST_V_LABEL || !(v->label[0] >= '0' && v->label[0] <= '9'))
        return;
    size_t n = strspn(v->label, "0123456789.");
    diag_error(ps->d, v->sp, "'%s' is a label, not a number", v->label);
    const char *rest = v->label + n;
    if ((rest[0] == 'e' || rest[0] == 'E') && rest[1] && strspn(rest + 1, "0123456789") == strlen(rest + 1))
        diag_hint(ps->d, "numbers are written without an exponent: write all the digits");
    else
        diag_hint(ps->d, "write a space between a number and its unit: %.*s %s", (int)n, v->label,
                  v->label + n);
}

ast_cond *pa_cond_cmp(parse_state *ps, ast_ident *var, ast_cmp_op op, ast_value *v, span sp)
{
    glued_unit(ps, op, v);
    ast_cond *c = new_cond(ps, AST_C_CMP, var, sp);
    c->op = op;
    c->value = v;
    return c;
}

ast_cond *pa_cond_typo(parse_state *ps, ast_ident *var, ast_value *v, span eq_sp, span sp)
{
    diag_error(ps->d, eq_sp, "use '==' to compare in a condition");
    ast_cond *c = pa_cond_cmp(ps, var, AST_EQ, v, sp);
    c->assign_typo = 1;
    return c;
}

ast_cond *pa_cond_set(parse_state *ps, ast_ident *var, vec labels, int negated, span sp)
{
    ast_cond *c = new_cond(ps, AST_C_SET, var, sp);
    c->labels = labels;
    c->negated = negated;
    return c;
}

ast_cond *pa_cond_label(parse_state *ps, ast_ident *label, int negated, span sp)
{
    return pa_cond_set(ps, NULL, pa_list1(ps, label), negated, sp);
}

ast_cond *pa_interval(parse_state *ps, int lo_closed, double lo, double hi, int hi_closed,
                      ast_ident *unit, span sp)
{
    ast_cond *c = new_cond(ps, AST_C_INTERVAL, NULL, sp);
    c->lo = lo;
    c->hi = hi;
    c->lo_closed = lo_closed;
    c->hi_closed = hi_closed;
    c->interval_sp = sp;
    if (unit)
        c->unit = *unit;
    return c;
}

ast_cond *pa_cond_in(parse_state *ps, ast_ident *var, ast_cond *interval, int negated, span sp)
{
    interval->var = *var;
    interval->sp = sp;
    return negated ? pa_cond_not(ps, interval, sp) : interval;
}

ast_cond *pa_cond_truth(parse_state *ps, ast_ident *var)
{
    return new_cond(ps, AST_C_TRUTH, var, var->sp);
}

ast_cond *pa_cond_any(parse_state *ps, span sp) { return new_cond(ps, AST_C_ANY, NULL, sp); }

/* ---- Rules ----------------------------------------------------------------------------------- */

void pa_eqeq_typo(parse_state *ps, span sp, int is_expect)
{
    if (is_expect)
        diag_error(ps->d, sp, "use '=' to state an expected value");
    else
        diag_error(ps->d, sp, "use '=' to assign a value");
    diag_hint(ps->d, "'==' compares, in conditions only");
}

ast_assign *pa_assign(parse_state *ps, ast_ident *output, ast_value *v, span sp)
{
    ast_assign *as = arena_alloc(ps->a, sizeof *as);
    as->output = *output;
    as->value = v;
    as->sp = sp;
    return as;
}

/* Counts a rule or row; past GUIDE_MAX_CLAUSES the first one is reported and none is kept. */
static int too_many_clauses(parse_state *ps, span sp)
{
    if (++ps->nclauses <= GUIDE_MAX_CLAUSES)
        return 0;
    if (ps->nclauses == GUIDE_MAX_CLAUSES + 1) {
        diag_error(ps->d, sp, "more than %d rules and table rows in one file", GUIDE_MAX_CLAUSES);
        diag_hint(ps->d, "split the guideline into several rule files");
    }
    return 1;
}

void pa_rule(parse_state *ps, ast_ident *name, const char *cite, span cite_sp, ast_cond *when,
             ast_cond *unless, vec assigns, span sp)
{
    ps->rule = NULL;
    if (too_many_clauses(ps, sp))
        return;
    ast_rule *r = arena_alloc(ps->a, sizeof *r);
    ps->rule = r;
    r->name = *name;
    r->cite = cite;
    if (cite)
        r->cite_sp = cite_sp;
    r->when = when;
    r->unless = unless;
    r->assigns = assigns;
    r->sp = sp;
    ast_add_item(ps->a, ps->prog, AST_ITEM_RULE, r);
}

void pa_constraint(parse_state *ps, ast_ident *name, const char *cite, span cite_sp,
                   ast_reading *reading, ast_cond *when, ast_cond *then, span sp)
{
    ast_constraint *k = arena_alloc(ps->a, sizeof *k);
    k->name = *name;
    k->reading = reading;
    k->cite = cite;
    if (cite)
        k->cite_sp = cite_sp;
    k->when = when;
    k->then = then;
    k->sp = sp;
    ast_add_item(ps->a, ps->prog, AST_ITEM_CONSTRAINT, k);
}

/* ---- Tables ---------------------------------------------------------------------------------- */

void pa_table_begin(parse_state *ps, ast_ident *name, const char *cite, span cite_sp, ast_hit hit,
                    span hit_sp, span sp)
{
    ast_table *t = arena_alloc(ps->a, sizeof *t);
    t->name = *name;
    t->cite = cite;
    if (cite)
        t->cite_sp = cite_sp;
    t->hit = hit;
    t->hit_sp = hit_sp;
    t->sp = sp;
    ps->table = t;
}

void pa_table_when(parse_state *ps, ast_cond *guard, span sp)
{
    if (ps->table->guard) {
        diag_error(ps->d, sp, "table '%s' has two 'when' lines", ps->table->name.name);
        diag_hint(ps->d, "join them with 'and'");
        return;
    }
    ps->table->guard = guard;
}

void pa_table_outputs(parse_state *ps, vec names, span sp)
{
    if (ps->table->outputs.len) {
        diag_error(ps->d, sp, "table '%s' has two 'outputs' lines", ps->table->name.name);
        return;
    }
    ps->table->outputs = names;
}

void pa_table_mark(parse_state *ps, const char *mark, span mark_sp, ast_ident *output,
                   const char *meaning, span sp)
{
    (void)mark_sp;
    ast_mark *m = arena_alloc(ps->a, sizeof *m);
    m->mark = mark;
    m->output = *output;
    m->meaning = meaning;
    m->sp = sp;
    vec_push(ps->a, &ps->table->marks, m);
}

void pa_table_columns(parse_state *ps, vec in_cols, vec out_cols)
{
    ps->table->in_cols = in_cols;
    ps->table->out_cols = out_cols;
}

void pa_table_across(parse_state *ps, vec in_cols, ast_ident *across, vec cells)
{
    ps->table->in_cols = in_cols;
    ps->table->across = *across;
    ps->table->across_cells = cells;
}

ast_out_cell *pa_out_cell(parse_state *ps, vec values, const char *mark, span mark_sp, span sp)
{
    ast_out_cell *c = arena_alloc(ps->a, sizeof *c);
    c->values = values;
    c->mark = mark;
    if (mark)
        c->mark_sp = mark_sp;
    c->sp = sp;
    return c;
}

void pa_row(parse_state *ps, vec in_cells, vec out_cells, const char *cite, span cite_sp, span sp)
{
    if (too_many_clauses(ps, sp))
        return;
    ast_row *r = arena_alloc(ps->a, sizeof *r);
    r->in_cells = in_cells;
    r->out_cells = out_cells;
    r->cite = cite;
    if (cite)
        r->cite_sp = cite_sp;
    r->sp = sp;
    vec_push(ps->a, &ps->table->rows, r);
}

void pa_table_end(parse_state *ps, span sp)
{
    ps->table->sp = sp;
    ast_add_item(ps->a, ps->prog, AST_ITEM_TABLE, ps->table);
    ps->table = NULL;
}

/* ---- Tests ----------------------------------------------------------------------------------- */

void pa_test_begin(parse_state *ps, const char *name, span name_sp, span sp)
{
    ast_test *t = arena_alloc(ps->a, sizeof *t);
    t->name = name;
    t->name_sp = name_sp;
    t->sp = sp;
    ps->test = t;
}

void pa_given(parse_state *ps, ast_ident *input, ast_value *v, span sp)
{
    ast_given *g = arena_alloc(ps->a, sizeof *g);
    g->input = *input;
    g->value = v;
    g->sp = sp;
    vec_push(ps->a, &ps->test->givens, g);
}

static ast_expect *new_expect(parse_state *ps, ast_expect_kind kind, ast_ident *name, span sp)
{
    ast_expect *x = arena_alloc(ps->a, sizeof *x);
    x->kind = kind;
    x->name = *name;
    x->sp = sp;
    vec_push(ps->a, &ps->test->expects, x);
    return x;
}

void pa_expect_value(parse_state *ps, ast_ident *name, ast_value *v, span sp)
{
    new_expect(ps, AST_X_VALUE, name, sp)->value = v;
}

void pa_expect_is(parse_state *ps, ast_ident *name, ast_expect_kind kind, span sp)
{
    new_expect(ps, kind, name, sp);
}

void pa_expect_rule(parse_state *ps, ast_ident *rule, int fired, span sp)
{
    new_expect(ps, fired ? AST_X_FIRED : AST_X_NOT_FIRED, rule, sp);
}

void pa_expect_rule_always(parse_state *ps, ast_ident *rule, const char *every, const char *cas,
                           span every_sp, span case_sp, span sp)
{
    if (strcmp(every, "every") != 0 || strcmp(cas, "case") != 0) {
        span both = every_sp;
        both.last_line = case_sp.last_line;
        both.last_column = case_sp.last_column;
        diag_error(ps->d, both, "expected 'in every case' after 'rule %s fired', found 'in %s %s'",
                   rule->name, every, cas);
        diag_hint(ps->d, "'rule %s fired in every case': it fires whatever the inputs the test "
                         "leaves unknown", rule->name);
        return;
    }
    new_expect(ps, AST_X_FIRED_ALWAYS, rule, sp);
}

void pa_test_end(parse_state *ps, span sp)
{
    ps->test->sp = sp;
    ast_add_item(ps->a, ps->prog, AST_ITEM_TEST, ps->test);
    ps->test = NULL;
}

/* ---- Syntax errors --------------------------------------------------------------------------- */

/* Token display names (the strings of parser.y's %token lines) the wording below relies on. */
static const char *const item_words[] = {"'input'", "'output'", "'derive'", "'table'",
                                         "'rule'",  "'test'",   "'unit'"};
enum { NITEM_WORDS = sizeof item_words / sizeof item_words[0] };

typedef struct name_set {
    const char *names[128];
    int         n;
} name_set;

static int set_has(const name_set *s, const char *name)
{
    for (int i = 0; i < s->n; i++)
        if (strcmp(s->names[i], name) == 0)
            return 1;
    return 0;
}

static void set_del(name_set *s, const char *name)
{
    for (int i = 0; i < s->n; i++) {
        if (strcmp(s->names[i], name) == 0) {
            memmove(&s->names[i], &s->names[i + 1], sizeof s->names[0] * (size_t)(s->n - i - 1));
            s->n--;
            return;
        }
    }
}

static int is_item_word(const char *name)
{
    for (int i = 0; i < NITEM_WORDS; i++)
        if (strcmp(item_words[i], name) == 0)
            return 1;
    return 0;
}

/* Replaces the members of group by one description when every member of must is present. */
static void group(name_set *s, const char *const *must, int nmust, const char *const *also,
                  int nalso, const char *desc)
{
    for (int i = 0; i < nmust; i++)
        if (!set_has(s, must[i]))
            return;
    int at = s->n;
    for (int i = 0; i < s->n; i++) {
        for (int j = 0; j < nmust; j++) {
            if (strcmp(s->names[i], must[j]) == 0 && i < at)
                at = i;
        }
    }
    for (int i = 0; i < nmust; i++)
        set_del(s, must[i]);
    for (int i = 0; i < nalso; i++)
        set_del(s, also[i]);
    if (at > s->n)
        at = s->n;
    memmove(&s->names[at + 1], &s->names[at], sizeof s->names[0] * (size_t)(s->n - at));
    s->names[at] = desc;
    s->n++;
}

/* Makes LAC's expected tokens readable: families of tokens become one phrase. */
static void condense(name_set *s)
{
    static const char *const next_item[] = {"'input'", "'output'", "'derive'", "'table'",
                                            "'rule'",  "'test'",   "'unit'"};
    static const char *const eof[] = {"end of file", "'guideline'"};
    group(s, next_item, 7, eof, 2, "the next item");

    static const char *const value_must[] = {"a name", "a number", "'true'", "'false'"};
    static const char *const value_also[] = {"a label", "'-'", "'ND'", "'unknown'", "'['", "'{'"};
    group(s, value_must, 4, value_also, 6, "a value");

    static const char *const type_must[] = {"'bool'", "'enum'", "'integer'", "'number'"};
    static const char *const type_also[] = {"'set'", "'range'", "a name", "'%'"};
    group(s, type_must, 4, type_also, 4, "a type");

    static const char *const op_must[] = {"'+'", "'-'", "'*'", "'/'"};
    group(s, op_must, 4, NULL, 0, "an operator");

    static const char *const cmp_must[] = {"'<'", "'<='", "'>'", "'>='", "'=='", "'!='"};
    static const char *const cmp_also[] = {"'='", "'in'", "'not'"};
    group(s, cmp_must, 6, cmp_also, 3, "a comparison");

    /* A row may end with `cites`, but after a row one expects the next row or `end`. */
    static const char *const end_must[] = {"'end'", "a table row"};
    static const char *const end_also[] = {"'cites'"};
    group(s, end_must, 2, end_also, 1, "'end' or a table row");

    static const char *const name_must[] = {"a name", "a label"};
    group(s, name_must, 2, NULL, 0, "a name");

    static const char *const mark_must[] = {"'*'", "a mark"};
    group(s, mark_must, 2, NULL, 0, "a mark");

    static const char *const bar_must[] = {"'|'", "'|' at the end of the row"};
    group(s, bar_must, 2, NULL, 0, "'|'");
}

/* How the lookahead is named after "found": its text when short, else its kind. */
static const char *found_text(parse_state *ps, span loc, const char *found)
{
    if (strcmp(found, "end of file") == 0 || strcmp(found, "a string") == 0)
        return found;
    if (strcmp(found, "a table row") == 0)
        return "'|' starting a row";
    if (loc.first_line != loc.last_line || loc.first_line < 1 || loc.first_line > ps->f->nlines)
        return found;
    int len;
    const char *line = src_line(ps->f, loc.first_line, &len);
    int col = 1, b = 0, start = -1, end = len;
    for (; b <= len; b++) {
        if (b < len && ((unsigned char)line[b] & 0xC0) == 0x80)
            continue;
        if (col == loc.first_column)
            start = b;
        if (col == loc.last_column + 1) {
            end = b;
            break;
        }
        col++;
    }
    if (start < 0 || end <= start || end - start > 32)
        return found;
    return arena_printf(ps->a, "'%.*s'", end - start, line + start);
}

/* Byte offset in its line of column col of line ln (columns count code points), or -1. */
static int column_byte(parse_state *ps, int ln, int col, const char **line, int *len)
{
    if (ln < 1 || ln > ps->f->nlines)
        return -1;
    *line = src_line(ps->f, ln, len);
    for (int b = 0, c = 1; b < *len; b++) {
        if (((unsigned char)(*line)[b] & 0xC0) == 0x80)
            continue;
        if (c++ == col)
            return b;
    }
    return -1;
}

static int is_number_char(char c) { return isdigit((unsigned char)c) || c == '.'; }

/* "2.0-4.0" written for a range of values: the '-' at loc between two numbers, no space around
 * it. Hints the interval forms, with the numbers as written. */
static int hint_dash_range(parse_state *ps, span loc)
{
    const char *line;
    int len, b = column_byte(ps, loc.first_line, loc.first_column, &line, &len);
    if (b < 1 || b + 1 >= len || line[b] != '-' || !isdigit((unsigned char)line[b - 1]) ||
        !is_number_char(line[b + 1]))
        return 0;
    int lo = b, hi = b + 1;
    while (lo > 0 && is_number_char(line[lo - 1]))
        lo--;
    while (hi < len && is_number_char(line[hi]))
        hi++;
    diag_hint(ps->d, "a range of values is an interval: write (%.*s, %.*s] or [%.*s, %.*s]", b - lo,
              line + lo, hi - b - 1, line + b + 1, b - lo, line + lo, hi - b - 1, line + b + 1);
    return 1;
}

/* A reserved word someone may have meant as a name or label (not one that structures items). */
static int name_like(const char *found)
{
    static const char *const structural[] = {
        "'when'", "'unless'", "'then'", "'and'", "'or'", "'not'", "'in'", "'end'", "'cites'",
        "'hit'", "'is'", "'given'", "'expect'", "'guideline'", "'match'", "'outputs'", "'mark'"};
    if (found[0] != '\'' || !isalpha((unsigned char)found[1]) || is_item_word(found))
        return 0;
    for (size_t i = 0; i < sizeof structural / sizeof structural[0]; i++)
        if (strcmp(found, structural[i]) == 0)
            return 0;
    return 1;
}

void pa_syntax_error(parse_state *ps, span loc, const char *found, const char *const *expected,
                     int nexpected)
{
    /* A first token that is not a header was reported as a missing header already. */
    if (ps->no_header_sp.first_line && loc.first_line == ps->no_header_sp.first_line &&
        loc.first_column == ps->no_header_sp.first_column)
        return;
    name_set s = {.n = 0};
    for (int i = 0; i < nexpected && s.n < 120; i++)
        s.names[s.n++] = expected[i];
    int end_expected = set_has(&s, "'end'");
    int brace_expected = set_has(&s, "'}'");
    int name_expected = set_has(&s, "a name");
    int row_end_expected = set_has(&s, "'|' at the end of the row");
    int when_expected = set_has(&s, "'when'");
    int row_expected = set_has(&s, "a table row");
    condense(&s);

    const char *what = found_text(ps, loc, found);
    if (s.n == 0 || s.n > 6) {
        diag_error(ps->d, loc, "unexpected %s", what);
    } else {
        strbuf sb = STRBUF_INIT;
        for (int i = 0; i < s.n; i++)
            sb_printf(&sb, "%s%s", i == 0 ? "" : i == s.n - 1 ? " or " : ", ", s.names[i]);
        diag_error(ps->d, loc, "expected %s, found %s", sb_str(&sb), what);
        sb_free(&sb);
    }

    /* Hints for the mistakes people make. */
    int item = is_item_word(found);
    if (item && end_expected) {
        if (ps->table)
            diag_hint(ps->d, "possibly missing 'end' after the table '%s' that starts at line %d",
                      ps->table->name.name, ps->table->sp.first_line);
        else
            diag_hint(ps->d, "possibly missing 'end'");
    } else if (item && brace_expected) {
        if (ps->test)
            diag_hint(ps->d, "possibly missing '}' after the test that starts at line %d",
                      ps->test->sp.first_line);
        else
            diag_hint(ps->d, "possibly missing '}'");
    } else if (strcmp(found, "a table row") == 0 && row_end_expected) {
        diag_hint(ps->d, "a row is one line that ends with '|'");
    } else if (strcmp(found, "'|'") == 0 && row_expected) {
        diag_hint(ps->d, "each table row is a line of its own, starting with '|'");
    } else if (strcmp(found, "'fired'") == 0 && when_expected) {
        diag_hint(ps->d, "'rule NAME fired' is an expectation: list it after 'expect', with a ','");
    } else if (name_expected && name_like(found)) {
        diag_hint(ps->d, "%s is a reserved word; it cannot be a name or a label", found);
    } else if (strcmp(found, "'='") == 0 && set_has(&s, "'->'")) {
        diag_hint(ps->d, "a match arm is written: label, label -> result");
    } else if (strcmp(found, "'-'") == 0) {
        hint_dash_range(ps, loc);
    }
}

void pa_parser_error(parse_state *ps, span loc, const char *msg)
{
    if (strcmp(msg, "memory exhausted") == 0)
        diag_error(ps->d, loc, "too deeply nested; the parser gives up here");
    else
        diag_error(ps->d, loc, "%s", msg);
}

/* ---- The whole file -------------------------------------------------------------------------- */

ast_program *parse_program(arena *a, diag_ctx *d, const src_file *f)
{
    ast_program *p = arena_alloc(a, sizeof *p);
    parse_state ps = {.a = a, .d = d, .f = f, .prog = p, .line = 1, .col = 1, .bol = 1};
    yyscan_t scanner;
    if (yylex_init_extra(&ps, &scanner) != 0) {
        span sp = {1, 1, 1, 0};
        diag_error(d, sp, "cannot start the scanner");
        return p;
    }
    YY_BUFFER_STATE buf = yy_scan_bytes(f->text, (int)f->len, scanner);
    yyparse(scanner, &ps);
    yy_delete_buffer(buf, scanner);
    yylex_destroy(scanner);
    return p;
}
