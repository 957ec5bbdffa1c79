/* lsp_index.c — every name a document writes, with where: the declarations of inputs, outputs,
 * derived values, rules, tables and units, and each use of them (conditions, arithmetic, table
 * columns, marks, assignments, tests). Hover, definition, references and rename-free navigation
 * all start from here. Built from the AST, which the parser returns even after syntax errors, so
 * a document being edited keeps most of its names. */
#include "lsp.h"

#include <string.h>

static void add(arena *a, lsp_index *ix, const ast_ident *id, lsp_ns ns, int is_decl)
{
    if (!id || !id->name || id->sp.first_line < 1)
        return;
    lsp_occ *o = arena_alloc(a, sizeof *o);
    o->name = id->name;
    o->ns = ns;
    o->is_decl = is_decl;
    o->sp = id->sp;
    vec_push(a, &ix->occs, o);
}

static void add_type(arena *a, lsp_index *ix, const ast_type *t)
{
    if (t)
        add(a, ix, &t->unit, LSP_NS_UNIT, 0);
}

static void add_value(arena *a, lsp_index *ix, const ast_value *v)
{
    if (v)
        add(a, ix, &v->unit, LSP_NS_UNIT, 0);
}

static void add_cond(arena *a, lsp_index *ix, const ast_cond *c)
{
    if (!c)
        return;
    add_cond(a, ix, c->lhs);
    add_cond(a, ix, c->rhs);
    add(a, ix, &c->var, LSP_NS_VAR, 0);
    add_value(a, ix, c->value);
    add(a, ix, &c->unit, LSP_NS_UNIT, 0);
}

static void add_expr(arena *a, lsp_index *ix, const ast_expr *e)
{
    if (!e)
        return;
    add_expr(a, ix, e->l);
    add_expr(a, ix, e->r);
    add(a, ix, &e->var, LSP_NS_VAR, 0);
    add(a, ix, &e->unit, LSP_NS_UNIT, 0);
}

static void add_idents(arena *a, lsp_index *ix, const vec *v, lsp_ns ns)
{
    for (int i = 0; i < v->len; i++)
        add(a, ix, v->items[i], ns, 0);
}

static void add_table(arena *a, lsp_index *ix, const ast_table *t)
{
    add(a, ix, &t->name, LSP_NS_TABLE, 1);
    add_cond(a, ix, t->guard);
    for (int i = 0; i < t->marks.len; i++)
        add(a, ix, &((ast_mark *)t->marks.items[i])->output, LSP_NS_VAR, 0);
    add_idents(a, ix, &t->outputs, LSP_NS_VAR);
    add_idents(a, ix, &t->in_cols, LSP_NS_VAR);
    add(a, ix, &t->across, LSP_NS_VAR, 0);
    for (int i = 0; i < t->across_cells.len; i++)
        add_cond(a, ix, t->across_cells.items[i]);
    add_idents(a, ix, &t->out_cols, LSP_NS_VAR);
    for (int r = 0; r < t->rows.len; r++) {
        const ast_row *row = t->rows.items[r];
        for (int i = 0; i < row->in_cells.len; i++)
            add_cond(a, ix, row->in_cells.items[i]);
        for (int i = 0; i < row->out_cells.len; i++) {
            const ast_out_cell *oc = row->out_cells.items[i];
            for (int k = 0; k < oc->values.len; k++)
                add_value(a, ix, oc->values.items[k]);
        }
    }
}

static void add_rule(arena *a, lsp_index *ix, const ast_rule *r)
{
    add(a, ix, &r->name, LSP_NS_RULE, 1);
    add_cond(a, ix, r->when);
    add_cond(a, ix, r->unless);
    for (int i = 0; i < r->assigns.len; i++) {
        const ast_assign *as = r->assigns.items[i];
        add(a, ix, &as->output, LSP_NS_VAR, 0);
        add_value(a, ix, as->value);
    }
}

static void add_test(arena *a, lsp_index *ix, const ast_test *t)
{
    for (int i = 0; i < t->givens.len; i++) {
        const ast_given *g = t->givens.items[i];
        add(a, ix, &g->input, LSP_NS_VAR, 0);
        add_value(a, ix, g->value);
    }
    for (int i = 0; i < t->expects.len; i++) {
        const ast_expect *x = t->expects.items[i];
        int rule = x->kind == AST_X_FIRED || x->kind == AST_X_NOT_FIRED;
        add(a, ix, &x->name, rule ? LSP_NS_RULE : LSP_NS_VAR, 0);
        add_value(a, ix, x->value);
    }
}

static void add_item(arena *a, lsp_index *ix, const ast_item *it)
{
    switch (it->kind) {
    case AST_ITEM_UNIT: add(a, ix, &((ast_unit *)it->node)->name, LSP_NS_UNIT, 1); break;
    case AST_ITEM_DECL: {
        const ast_decl *d = it->node;
        add(a, ix, &d->name, LSP_NS_VAR, 1);
        add_type(a, ix, d->type);
        break;
    }
    case AST_ITEM_DERIVE: {
        const ast_derive *d = it->node;
        add(a, ix, &d->name, LSP_NS_VAR, 1);
        add(a, ix, &d->source, LSP_NS_VAR, 0);
        add_type(a, ix, d->type);
        add_expr(a, ix, d->expr);
        break;
    }
    case AST_ITEM_TABLE: add_table(a, ix, it->node); break;
    case AST_ITEM_RULE: add_rule(a, ix, it->node); break;
    case AST_ITEM_TEST: add_test(a, ix, it->node); break;
    case AST_ITEM_CONSTRAINT: {
        const ast_constraint *k = it->node; /* its own name is referred to nowhere */
        add_cond(a, ix, k->when);
        add_cond(a, ix, k->then);
        break;
    }
    case AST_ITEM_LABEL: {
        const ast_label *l = it->node; /* `label var.name "..."` names a variable */
        if (l->var.name)
            add(a, ix, &l->var, LSP_NS_VAR, 0);
        break;
    }
    }
}

void lsp_index_build(arena *a, const ast_program *p, lsp_index *ix)
{
    memset(ix, 0, sizeof *ix);
    if (!p)
        return;
    for (int i = 0; i < p->items.len; i++)
        add_item(a, ix, p->items.items[i]);
}

/* The cursor just after a name (an editor's cursor after the last letter typed) is on it too,
 * unless it is on another name. */
const lsp_occ *lsp_index_at(const lsp_index *ix, int line, int col)
{
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < ix->occs.len; i++) {
            const lsp_occ *o = ix->occs.items[i];
            if (lsp_in_span(o->sp, line, col - pass))
                return o;
        }
    return NULL;
}

const lsp_occ *lsp_index_decl(const lsp_index *ix, lsp_ns ns, const char *name)
{
    for (int i = 0; i < ix->occs.len; i++) {
        const lsp_occ *o = ix->occs.items[i];
        if (o->is_decl && o->ns == ns && strcmp(o->name, name) == 0)
            return o;
    }
    return NULL;
}
