/* lower_texts.c — the texts for people, which change no decision: display texts of names and
 * labels (`input NAME "..." : ...`, `label NAME "..."`, `label VAR.NAME "..."`) and readings
 * (`reading N "..."` on a rule or a table). Runs after the clauses, so that every variable, rule
 * and table has its number. */
#include <stdio.h>
#include <string.h>

#include "lower_internal.h"
#include "strbuf.h"

/* ---- Display texts of inputs and outputs ------------------------------------------------------ */

static void decl_displays(lower_ctx *c, const vec *decls)
{
    for (int i = 0; i < decls->len; i++) {
        const ast_decl *d = decls->items[i];
        int v = d->display && d->name.name ? low_find_var(c, d->name.name) : -1;
        /* a name declared twice keeps its first declaration (reported by lower_decl.c) */
        if (v < 0 || memcmp(&c->p->vars[v].sp, &d->name.sp, sizeof d->name.sp) != 0)
            continue;
        c->p->vars[v].display = d->display;
    }
}

/* ---- Display texts of labels ---------------------------------------------------------------- */

/* Sets label l of variable v to the text of decl (the array is made on first use). */
static void set_label(lower_ctx *c, ir_var *v, int l, const char *display)
{
    if (!v->label_display)
        v->label_display = arena_alloc(c->a, sizeof *v->label_display * (size_t)(v->nlabels + 1));
    v->label_display[l] = display;
}

/* A second display text for the same label: an error at it, a note at the first. */
static int given_twice(lower_ctx *c, name_map *seen, vec *decls, const char *key, const ast_label *l)
{
    int first = nmap_put(c->a, seen, key, decls->len);
    if (first == decls->len) {
        vec_push(c->a, decls, (void *)l);
        return 0;
    }
    const ast_label *f = decls->items[first];
    diag_error(c->d, l->label.sp, "label '%s' is given a display text twice", key);
    diag_note(c->d, f->label.sp, "first given here");
    return 1;
}

/* Every label of every enum and set, once each, for "did you mean". */
static const char **all_labels(lower_ctx *c, int *n)
{
    name_map seen = {0};
    int total = 0;
    for (int v = 0; v < c->p->nvars; v++)
        total += c->p->vars[v].nlabels;
    const char **out = arena_alloc(c->a, sizeof *out * (size_t)(total + 1));
    *n = 0;
    for (int v = 0; v < c->p->nvars; v++)
        for (int l = 0; l < c->p->vars[v].nlabels; l++)
            if (nmap_put(c->a, &seen, c->p->vars[v].labels[l], *n) == *n)
                out[(*n)++] = c->p->vars[v].labels[l];
    return out;
}

/* `label NAME "..."`: every enum and set that has the label. */
static void plain_label(lower_ctx *c, const ast_label *l)
{
    int found = 0;
    for (int v = 0; v < c->p->nvars; v++) {
        ir_var *var = &c->p->vars[v];
        int k = var->nlabels ? low_find_label(var, l->label.name) : -1;
        if (k >= 0 && !(var->label_display && var->label_display[k])) {
            set_label(c, var, k, l->display);
            found = 1;
        } else
            found |= k >= 0;
    }
    if (found)
        return;
    diag_error(c->d, l->label.sp, "unknown label '%s': no enum or set has it", l->label.name);
    int v = low_find_var(c, l->label.name);
    if (v >= 0 && c->p->vars[v].kind != GUIDE_VAR_DERIVED) {
        diag_hint(c->d, "'%s' is declared on line %d: give it its display text there, %s %s \"...\" : ...",
                  l->label.name, c->p->vars[v].sp.first_line,
                  c->p->vars[v].kind == GUIDE_VAR_OUTPUT ? "output" : "input", l->label.name);
        return;
    }
    int n;
    const char **labels = all_labels(c, &n);
    const char *near = low_closest(l->label.name, labels, n);
    if (near)
        diag_hint(c->d, "did you mean '%s'?", near);
}

/* `label VAR.NAME "..."`: that variable's label only; it wins over `label NAME`. */
static void qualified_label(lower_ctx *c, const ast_label *l)
{
    int v = low_var_or_error(c, &l->var, "name");
    if (v < 0)
        return;
    ir_var *var = &c->p->vars[v];
    if (!var->nlabels) {
        diag_error(c->d, l->var.sp, "'%s' is %s: it has no labels", var->name, low_type_name(var));
        diag_hint(c->d, "give a display text for its name in its declaration: input NAME \"...\" : ...");
        return;
    }
    int k = low_label_or_error(c, var, l->label.name, l->label.sp);
    if (k >= 0)
        set_label(c, var, k, l->display);
}

static void label_displays(lower_ctx *c)
{
    name_map seen = {0};
    vec decls = {0};
    const vec *labels = &c->ast->labels;
    /* In source order: a plain one sets only labels without a text yet, a qualified one sets its
     * label whatever came before, so the qualified one wins in either order. */
    for (int i = 0; i < labels->len; i++) {
        const ast_label *l = labels->items[i];
        if (!l->label.name)
            continue;
        const char *key = l->label.name;
        if (l->var.name) {
            strbuf sb = STRBUF_INIT;
            sb_printf(&sb, "%s.%s", l->var.name, l->label.name);
            key = arena_strndup(c->a, sb_str(&sb), sb.len);
            sb_free(&sb);
        }
        if (given_twice(c, &seen, &decls, key, l))
            continue;
        if (l->var.name)
            qualified_label(c, l);
        else
            plain_label(c, l);
    }
}

/* ---- Readings -------------------------------------------------------------------------------- */

/* The same number with two different texts: an error at the second, a note at the first. */
static void check_reading(lower_ctx *c, name_map *seen, vec *firsts, const ast_reading *r)
{
    char key[16];
    snprintf(key, sizeof key, "%d", r->number);
    int first = nmap_put(c->a, seen, arena_strndup(c->a, key, strlen(key)), firsts->len);
    if (first == firsts->len) {
        vec_push(c->a, firsts, (void *)r);
        return;
    }
    const ast_reading *f = firsts->items[first];
    if (strcmp(f->text, r->text) == 0)
        return;
    diag_error(c->d, r->sp, "reading %d is given two different texts", r->number);
    diag_note(c->d, f->sp, "reading %d is first given here", r->number);
    diag_hint(c->d, "one number is one interpretation: use the same text, or the interpretation's own "
              "number (rules/README.md)");
}

static void set_reading(ir_clause *cl, const ast_reading *r)
{
    cl->reading = r->number;
    cl->reading_text = r->text;
}

static void readings(lower_ctx *c)
{
    name_map seen = {0};
    vec firsts = {0};
    ir_program *p = c->p;
    int table = 0;
    for (int i = 0; i < c->ast->items.len; i++) {
        const ast_item *it = c->ast->items.items[i];
        if (it->kind == AST_ITEM_TABLE) {
            const ast_table *t = it->node;
            /* tables are lowered in order; one that failed has no ir_table */
            int found = table < p->ntables && memcmp(&p->tables[table].sp, &t->sp, sizeof t->sp) == 0;
            ir_table *tb = found ? &p->tables[table++] : NULL;
            if (!t->reading || t->reading->number <= 0)
                continue;
            check_reading(c, &seen, &firsts, t->reading);
            if (!tb)
                continue;
            tb->reading = t->reading->number;
            tb->reading_text = t->reading->text;
            for (int k = tb->first_clause; k < tb->first_clause + tb->nrows && k < p->nclauses; k++)
                set_reading(&p->clauses[k], t->reading);
        } else if (it->kind == AST_ITEM_CONSTRAINT) {
            const ast_constraint *k = it->node;
            if (!k->reading || k->reading->number <= 0)
                continue;
            check_reading(c, &seen, &firsts, k->reading);
            for (int j = 0; j < p->nconstraints; j++)
                if (memcmp(&p->constraints[j].sp, &k->sp, sizeof k->sp) == 0) {
                    p->constraints[j].reading = k->reading->number;
                    p->constraints[j].reading_text = k->reading->text;
                }
        } else if (it->kind == AST_ITEM_RULE) {
            const ast_rule *r = it->node;
            if (!r->reading || r->reading->number <= 0)
                continue;
            check_reading(c, &seen, &firsts, r->reading);
            int k = r->name.name ? nmap_get(&c->rules, r->name.name) : -1;
            if (k >= 0 && memcmp(&p->clauses[k].sp, &r->sp, sizeof r->sp) == 0)
                set_reading(&p->clauses[k], r->reading);
        }
    }
}

void low_texts(lower_ctx *c)
{
    decl_displays(c, &c->ast->inputs);
    decl_displays(c, &c->ast->outputs);
    label_displays(c);
    readings(c);
}
