/* ast.c — the program's item lists and the stable text dump of the tree (`guidec --dump-ast`).
 *
 * The dump is one node per line, children indented by two spaces; conditions and values are
 * printed in Guide's own syntax where that is unambiguous, with the node kind first. Numbers use
 * %g, strings are quoted with `"` and `\` escaped. Spans are not printed. */
#include "ast.h"

void ast_add_item(arena *a, ast_program *p, ast_item_kind kind, void *node)
{
    ast_item *it = arena_alloc(a, sizeof *it);
    it->kind = kind;
    it->node = node;
    vec_push(a, &p->items, it);
    switch (kind) {
    case AST_ITEM_UNIT: vec_push(a, &p->units, node); break;
    case AST_ITEM_DECL:
        vec_push(a, ((ast_decl *)node)->is_output ? &p->outputs : &p->inputs, node);
        break;
    case AST_ITEM_DERIVE: vec_push(a, &p->derives, node); break;
    case AST_ITEM_TABLE: vec_push(a, &p->tables, node); break;
    case AST_ITEM_RULE: vec_push(a, &p->rules, node); break;
    case AST_ITEM_CONSTRAINT: vec_push(a, &p->constraints, node); break;
    case AST_ITEM_TEST: vec_push(a, &p->tests, node); break;
    case AST_ITEM_LABEL: vec_push(a, &p->labels, node); break;
    }
}

/* ---- Pieces ---------------------------------------------------------------------------------- */

static void indent(FILE *out, int depth)
{
    for (int i = 0; i < depth; i++)
        fputs("  ", out);
}

static void dump_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (; s && *s; s++) {
        if (*s == '"' || *s == '\\')
            fputc('\\', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

static const char *name_or(const char *name) { return name ? name : "?"; }

static void dump_unit(FILE *out, const ast_ident *unit)
{
    if (unit->name)
        fprintf(out, " %s", unit->name);
}

/* {a, b}: a vector of ast_ident*. */
static void dump_labels(FILE *out, const vec *labels)
{
    fputc('{', out);
    for (int i = 0; i < labels->len; i++)
        fprintf(out, "%s%s", i ? ", " : "", name_or(((const ast_ident *)labels->items[i])->name));
    fputc('}', out);
}

/* a, b: a vector of ast_ident*. */
static void dump_names(FILE *out, const vec *names)
{
    for (int i = 0; i < names->len; i++)
        fprintf(out, "%s%s", i ? ", " : "", name_or(((const ast_ident *)names->items[i])->name));
}

static void dump_value(FILE *out, const ast_value *v)
{
    if (!v) {
        fputs("?", out);
        return;
    }
    switch (v->kind) {
    case AST_V_LABEL: fputs(name_or(v->label), out); break;
    case AST_V_NUMBER:
        fprintf(out, "%g", v->num);
        dump_unit(out, &v->unit);
        break;
    case AST_V_BOOL: fputs(v->b ? "true" : "false", out); break;
    case AST_V_ND: fputs("ND", out); break;
    case AST_V_RANGE:
        fprintf(out, "[%g, %g]", v->lo, v->hi);
        dump_unit(out, &v->unit);
        break;
    case AST_V_SET: dump_labels(out, &v->labels); break;
    case AST_V_UNKNOWN: fputs("unknown", out); break;
    case AST_V_NONE: fputs("-", out); break;
    case AST_V_LIST:
        fputc('[', out);
        for (int i = 0; i < v->nums.len; i++)
            fprintf(out, "%s%g", i ? ", " : "", *(double *)v->nums.items[i]);
        fputc(']', out);
        dump_unit(out, &v->unit);
        break;
    }
}

static void dump_type(FILE *out, const ast_type *t)
{
    if (!t) {
        fputs("?", out);
        return;
    }
    if (t->is_list)
        fputs("list of ", out);
    fputs(guide_type_word((guide_type)t->kind), out);
    switch (guide_type_repr((guide_type)t->kind)) {
    case GUIDE_REPR_TRUTH:
    case GUIDE_REPR_LIST: break; /* a list is a kind's is_list */
    case GUIDE_REPR_LABEL:
    case GUIDE_REPR_SET:
        fputc(' ', out);
        dump_labels(out, &t->labels);
        break;
    case GUIDE_REPR_NUMBER:
    case GUIDE_REPR_RANGE:
        dump_unit(out, &t->unit);
        if (t->has_range)
            fprintf(out, " in [%g, %g]", t->lo, t->hi);
        break;
    }
}

static void dump_cond_inline(FILE *out, const ast_cond *c);

static void dump_expr(FILE *out, const ast_expr *e)
{
    if (!e) {
        fputs("?", out);
        return;
    }
    static const char *const ops[] = {"?", "?", "+", "-", "*", "/", "-", "?", "else"};
    switch (e->kind) {
    case AST_E_NUM:
        fprintf(out, "%g", e->num);
        dump_unit(out, &e->unit);
        break;
    case AST_E_VAR: fputs(name_or(e->var.name), out); break;
    case AST_E_AGG:
        fprintf(out, "%s(%s%s%s", name_or(e->fn.name), e->test ? name_or(e->elem.name) : "",
                e->test ? " in " : "", name_or(e->var.name));
        if (e->test) {
            fputs(": ", out);
            dump_cond_inline(out, e->test);
        }
        fputc(')', out);
        break;
    case AST_E_NEG:
        fputs("(-", out);
        dump_expr(out, e->l);
        fputc(')', out);
        break;
    default:
        fputc('(', out);
        dump_expr(out, e->l);
        fprintf(out, " %s ", ops[e->kind]);
        dump_expr(out, e->r);
        fputc(')', out);
        break;
    }
}

static const char *const cmp_ops[] = {"<", "<=", ">", ">=", "==", "!="};

/* One condition on one line: atoms as `kind [var] ...`, compound ones as `(and A B)`. In a table
 * cell the variable is the column's and is not printed. */
static void dump_cond_inline(FILE *out, const ast_cond *c)
{
    if (!c) {
        fputs("?", out);
        return;
    }
    const char *var = c->var.name;
    switch (c->kind) {
    case AST_C_AND:
    case AST_C_OR:
        fprintf(out, "(%s ", c->kind == AST_C_AND ? "and" : "or");
        dump_cond_inline(out, c->lhs);
        fputc(' ', out);
        dump_cond_inline(out, c->rhs);
        fputc(')', out);
        break;
    case AST_C_NOT:
        fputs("(not ", out);
        dump_cond_inline(out, c->lhs);
        fputc(')', out);
        break;
    case AST_C_CMP:
        fprintf(out, "cmp %s%s%s ", var ? var : "", var ? " " : "", cmp_ops[c->op]);
        dump_value(out, c->value);
        if (c->assign_typo)
            fputs(" (written '=')", out);
        break;
    case AST_C_SET:
        fprintf(out, "set %s%s%s ", var ? var : "", var ? " " : "", c->negated ? "not in" : "in");
        dump_labels(out, &c->labels);
        break;
    case AST_C_INTERVAL:
        fprintf(out, "interval %s%s%c%g, %g%c", var ? var : "", var ? " " : "",
                c->lo_closed ? '[' : '(', c->lo, c->hi, c->hi_closed ? ']' : ')');
        dump_unit(out, &c->unit);
        break;
    case AST_C_TRUTH: fprintf(out, "truth %s", name_or(var)); break;
    case AST_C_ANY: fputs("any", out); break;
    }
}

/* A condition as an indented tree: and / or / not on their own lines, atoms inline. */
static void dump_cond(FILE *out, const ast_cond *c, int depth)
{
    indent(out, depth);
    if (c && (c->kind == AST_C_AND || c->kind == AST_C_OR || c->kind == AST_C_NOT)) {
        fputs(c->kind == AST_C_AND ? "and\n" : c->kind == AST_C_OR ? "or\n" : "not\n", out);
        dump_cond(out, c->lhs, depth + 1);
        if (c->kind != AST_C_NOT)
            dump_cond(out, c->rhs, depth + 1);
        return;
    }
    dump_cond_inline(out, c);
    fputc('\n', out);
}

static void dump_out_cell(FILE *out, const ast_out_cell *cell)
{
    for (int i = 0; i < cell->values.len; i++) {
        if (i)
            fputc(' ', out);
        dump_value(out, cell->values.items[i]);
    }
    if (cell->mark)
        fprintf(out, " %s", cell->mark);
}

/* ---- Items ----------------------------------------------------------------------------------- */

static void dump_reading(FILE *out, const ast_reading *r)
{
    if (!r)
        return;
    fprintf(out, " reading %d ", r->number);
    dump_string(out, r->text);
}

static void dump_table(FILE *out, const ast_table *t)
{
    fprintf(out, "  table %s", name_or(t->name.name));
    if (t->cite) {
        fputs(" cites ", out);
        dump_string(out, t->cite);
    }
    dump_reading(out, t->reading);
    fprintf(out, " hit %s\n", guide_hit_word((guide_hit)t->hit));
    if (t->guard) {
        fputs("    when\n", out);
        dump_cond(out, t->guard, 3);
    }
    if (t->outputs.len) {
        fputs("    outputs ", out);
        dump_names(out, &t->outputs);
        fputc('\n', out);
    }
    for (int i = 0; i < t->marks.len; i++) {
        const ast_mark *m = t->marks.items[i];
        fprintf(out, "    mark %s -> %s ", m->mark, name_or(m->output.name));
        dump_string(out, m->meaning);
        fputc('\n', out);
    }
    fputs("    columns ", out);
    dump_names(out, &t->in_cols);
    fputs(" ||", out);
    if (t->across.name) {
        fprintf(out, " across %s:", t->across.name);
        for (int i = 0; i < t->across_cells.len; i++) {
            fputs(i ? " | " : " ", out);
            dump_cond_inline(out, t->across_cells.items[i]);
        }
    } else {
        fputc(' ', out);
        dump_names(out, &t->out_cols);
    }
    fputc('\n', out);
    for (int i = 0; i < t->rows.len; i++) {
        const ast_row *r = t->rows.items[i];
        fputs("    row", out);
        for (int j = 0; j < r->in_cells.len; j++) {
            fputs(j ? " | " : " ", out);
            dump_cond_inline(out, r->in_cells.items[j]);
        }
        fputs(" ||", out);
        for (int j = 0; j < r->out_cells.len; j++) {
            fputs(j ? " | " : " ", out);
            dump_out_cell(out, r->out_cells.items[j]);
        }
        if (r->cite) {
            fputs(" cites ", out);
            dump_string(out, r->cite);
        }
        fputc('\n', out);
    }
}

static void dump_rule(FILE *out, const ast_rule *r)
{
    fprintf(out, "  rule %s", name_or(r->name.name));
    if (r->cite) {
        fputs(" cites ", out);
        dump_string(out, r->cite);
    }
    dump_reading(out, r->reading);
    fputs("\n    when\n", out);
    dump_cond(out, r->when, 3);
    if (r->unless) {
        fputs("    unless\n", out);
        dump_cond(out, r->unless, 3);
    }
    fputs("    then\n", out);
    for (int i = 0; i < r->assigns.len; i++) {
        const ast_assign *as = r->assigns.items[i];
        fprintf(out, "      %s = ", name_or(as->output.name));
        dump_value(out, as->value);
        fputc('\n', out);
    }
}

static void dump_constraint(FILE *out, const ast_constraint *k)
{
    fprintf(out, "  constraint %s", name_or(k->name.name));
    if (k->cite) {
        fputs(" cites ", out);
        dump_string(out, k->cite);
    }
    dump_reading(out, k->reading);
    fputs("\n    when\n", out);
    dump_cond(out, k->when, 3);
    fputs("    then\n", out);
    dump_cond(out, k->then, 3);
}

static void dump_test(FILE *out, const ast_test *t)
{
    static const char *const is_what[] = {"", "undetermined", "not_applicable", "conflict"};
    fputs("  test ", out);
    dump_string(out, t->name);
    fputc('\n', out);
    for (int i = 0; i < t->givens.len; i++) {
        const ast_given *g = t->givens.items[i];
        fprintf(out, "    given %s = ", name_or(g->input.name));
        dump_value(out, g->value);
        fputc('\n', out);
    }
    for (int i = 0; i < t->expects.len; i++) {
        const ast_expect *x = t->expects.items[i];
        switch (x->kind) {
        case AST_X_VALUE:
            fprintf(out, "    expect %s = ", name_or(x->name.name));
            dump_value(out, x->value);
            fputc('\n', out);
            break;
        case AST_X_UNDETERMINED:
        case AST_X_NA:
        case AST_X_CONFLICT:
            fprintf(out, "    expect %s is %s\n", name_or(x->name.name), is_what[x->kind]);
            break;
        case AST_X_FIRED:
        case AST_X_NOT_FIRED:
        case AST_X_FIRED_ALWAYS:
            fprintf(out, "    expect rule %s %s\n", name_or(x->name.name),
                    x->kind == AST_X_FIRED ? "fired" : x->kind == AST_X_NOT_FIRED ? "not fired"
                                                                                 : "fired in every case");
            break;
        }
    }
}

void ast_dump(FILE *out, const ast_program *p)
{
    fputs("program\n", out);
    if (p->header) {
        fprintf(out, "  guideline %s ", name_or(p->header->name.name));
        dump_string(out, p->header->title);
        fputs(" version ", out);
        dump_string(out, p->header->version);
        fputs(" source ", out);
        dump_string(out, p->header->source);
        fputc('\n', out);
    }
    for (int i = 0; i < p->items.len; i++) {
        const ast_item *it = p->items.items[i];
        switch (it->kind) {
        case AST_ITEM_UNIT: {
            const ast_unit *u = it->node;
            fprintf(out, "  unit %s ", name_or(u->name.name));
            dump_string(out, u->desc);
            fputc('\n', out);
            break;
        }
        case AST_ITEM_DECL: {
            const ast_decl *d = it->node;
            fprintf(out, "  %s %s ", d->is_output ? "output" : "input", name_or(d->name.name));
            if (d->display) {
                dump_string(out, d->display);
                fputc(' ', out);
            }
            fputs(": ", out);
            dump_type(out, d->type);
            fputc('\n', out);
            break;
        }
        case AST_ITEM_DERIVE: {
            const ast_derive *d = it->node;
            if (d->is_match) {
                fprintf(out, "  derive %s = match %s\n", name_or(d->name.name),
                        name_or(d->source.name));
                for (int j = 0; j < d->arms.len; j++) {
                    const ast_match_arm *arm = d->arms.items[j];
                    fputs("    arm ", out);
                    dump_names(out, &arm->from);
                    fprintf(out, " -> %s\n", name_or(arm->to.name));
                }
            } else {
                fprintf(out, "  derive %s : ", name_or(d->name.name));
                dump_type(out, d->type);
                fputs(" = ", out);
                dump_expr(out, d->expr);
                fputc('\n', out);
            }
            break;
        }
        case AST_ITEM_TABLE: dump_table(out, it->node); break;
        case AST_ITEM_RULE: dump_rule(out, it->node); break;
        case AST_ITEM_CONSTRAINT: dump_constraint(out, it->node); break;
        case AST_ITEM_TEST: dump_test(out, it->node); break;
        case AST_ITEM_LABEL: {
            const ast_label *l = it->node;
            fputs("  label ", out);
            if (l->var.name)
                fprintf(out, "%s.", l->var.name);
            fprintf(out, "%s ", name_or(l->label.name));
            dump_string(out, l->display);
            fputc('\n', out);
            break;
        }
        }
    }
}
