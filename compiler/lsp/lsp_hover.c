/* lsp_hover.c — textDocument/hover. On a name: its declaration as written (type, unit, range,
 * labels) with what kind of name it is, and the description of a declared unit; on a rule or a
 * table name: the citation, the hit policy of a table; elsewhere in a rule or a table row: the
 * citation that rule or row carries (a row without one inherits its table's). */
#include "lsp.h"

#include <string.h>

#include "fmt.h"

static const char *type_kind(const ast_type *t)
{
    if (!t)
        return "enum (match)";
    return t->is_list ? guide_type_phrase(GUIDE_LIST) : guide_type_word((guide_type)t->kind);
}

static const ast_unit *find_unit(const ast_program *p, const char *name)
{
    for (int i = 0; p && name && i < p->units.len; i++) {
        const ast_unit *u = p->units.items[i];
        if (u->name.name && strcmp(u->name.name, name) == 0)
            return u;
    }
    return NULL;
}

/* The lines about a type: its kind, unit (with the description of a declared one), range and
 * labels. */
static void describe_type(strbuf *sb, const ast_program *p, const ast_type *t)
{
    sb_printf(sb, "\n\ntype: %s", type_kind(t));
    if (!t)
        return;
    if (t->unit.name) {
        const ast_unit *u = find_unit(p, t->unit.name);
        sb_printf(sb, "  \nunit: `%s`", t->unit.name);
        if (u && u->desc)
            sb_printf(sb, " (%s)", u->desc);
    }
    if (t->has_range)
        sb_printf(sb, "  \nrange: [%g, %g]", t->lo, t->hi);
    if (t->labels.len) {
        sb_puts(sb, "  \nlabels: ");
        for (int i = 0; i < t->labels.len; i++)
            sb_printf(sb, "%s`%s`", i ? ", " : "", ((ast_ident *)t->labels.items[i])->name);
    }
}

static void code_block(strbuf *sb, arena *a, const src_file *f, span sp)
{
    sb_printf(sb, "```guide\n%s\n```", fmt_span_text(a, f, sp));
}

static void cite_line(strbuf *sb, const char *what, const char *cite)
{
    if (cite)
        sb_printf(sb, "\n\n%s cites \"%s\"", what, cite);
    else
        sb_printf(sb, "\n\n%s cites nothing", what);
}

/* The hover text of a name whose declaration is decl; 0 when there is nothing to say. */
static int hover_name(strbuf *sb, arena *a, const lsp_doc *d, const lsp_occ *decl)
{
    const ast_program *p = d->c.ast;
    const src_file *f = &d->c.file;
    switch (decl->ns) {
    case LSP_NS_VAR: {
        const ast_decl *v = lsp_doc_decl(d, decl->name);
        if (v) {
            code_block(sb, a, f, v->sp);
            sb_printf(sb, "\n\n%s `%s`", v->is_output ? "output" : "input", decl->name);
            describe_type(sb, p, v->type);
            return 1;
        }
        const ast_derive *dv = lsp_doc_derive(d, decl->name);
        if (!dv)
            return 0;
        code_block(sb, a, f, dv->sp);
        sb_printf(sb, "\n\nderived value `%s`", decl->name);
        if (dv->is_match) {
            sb_printf(sb, "\n\ntype: enum, a match on `%s`  \nlabels: ", dv->source.name ? dv->source.name : "?");
            vec labels = lsp_doc_labels(d, decl->name, a);
            for (int i = 0; i < labels.len; i++)
                sb_printf(sb, "%s`%s`", i ? ", " : "", (const char *)labels.items[i]);
        } else {
            describe_type(sb, p, dv->type);
        }
        return 1;
    }
    case LSP_NS_RULE:
        for (int i = 0; i < p->rules.len; i++) {
            const ast_rule *r = p->rules.items[i];
            if (r->name.name && strcmp(r->name.name, decl->name) == 0) {
                sb_printf(sb, "rule `%s`", decl->name);
                cite_line(sb, "the rule", r->cite);
                return 1;
            }
        }
        return 0;
    case LSP_NS_TABLE:
        for (int i = 0; i < p->tables.len; i++) {
            const ast_table *t = p->tables.items[i];
            if (t->name.name && strcmp(t->name.name, decl->name) == 0) {
                sb_printf(sb, "table `%s`, hit %s, %d rows", decl->name,
                          guide_hit_word((guide_hit)t->hit), t->rows.len);
                cite_line(sb, "the table", t->cite);
                return 1;
            }
        }
        return 0;
    case LSP_NS_UNIT: {
        const ast_unit *u = find_unit(p, decl->name);
        sb_printf(sb, "unit `%s`", decl->name);
        if (u && u->desc)
            sb_printf(sb, ": %s", u->desc);
        return 1;
    }
    }
    return 0;
}

/* The citation of the rule or table row at (line, col); 0 when there is none there. */
static int hover_citation(strbuf *sb, const ast_program *p, int line, int col)
{
    for (int i = 0; i < p->rules.len; i++) {
        const ast_rule *r = p->rules.items[i];
        if (lsp_in_span(r->sp, line, col)) {
            sb_printf(sb, "rule `%s`", r->name.name ? r->name.name : "?");
            cite_line(sb, "the rule", r->cite);
            return 1;
        }
    }
    for (int i = 0; i < p->tables.len; i++) {
        const ast_table *t = p->tables.items[i];
        for (int k = 0; k < t->rows.len; k++) {
            const ast_row *row = t->rows.items[k];
            if (row->sp.first_line != line)
                continue;
            sb_printf(sb, "table `%s`, row %d", t->name.name ? t->name.name : "?", k + 1);
            if (row->cite)
                cite_line(sb, "the row", row->cite);
            else
                cite_line(sb, "the row (the table's citation)", t->cite);
            return 1;
        }
    }
    return 0;
}

json_t *lsp_hover(const lsp_doc *d, int line0, int utf16)
{
    if (!d->c.ast)
        return json_null();
    const src_file *f = &d->c.file;
    long off = lsp_offset(f, line0, utf16);
    if (off < 0)
        return json_null();
    int line, col;
    lsp_line_col(f, (size_t)off, &line, &col);
    arena a;
    arena_init(&a);
    strbuf sb = STRBUF_INIT;
    const lsp_occ *o = lsp_index_at(&d->ix, line, col);
    const lsp_occ *decl = o ? lsp_index_decl(&d->ix, o->ns, o->name) : NULL;
    json_t *result = json_null();
    if (o && !decl && o->ns == LSP_NS_UNIT) {
        sb_printf(&sb, "unit `%s` (built in)", o->name);
    } else if (o && !decl) {
        sb_printf(&sb, "`%s` is not declared in this file", o->name);
    }
    if (sb.len || (decl && hover_name(&sb, &a, d, decl)) || (!o && hover_citation(&sb, d->c.ast, line, col))) {
        result = json_pack("{s:{s:s,s:s}}", "contents", "kind", "markdown", "value", sb_str(&sb));
        if (o)
            json_object_set_new(result, "range", lsp_range(f, o->sp));
    }
    sb_free(&sb);
    arena_free(&a);
    return result;
}
