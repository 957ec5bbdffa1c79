/* lsp_nav.c — textDocument/definition, textDocument/references and textDocument/documentSymbol:
 * where a name is declared, where it is written, and the outline of a document (inputs, outputs,
 * derived values, tables, rules, tests, in source order). */
#include "lsp.h"

#include <string.h>

/* The occurrence at an LSP position, or NULL. */
static const lsp_occ *occ_at(const lsp_doc *d, int line0, int utf16)
{
    if (!d->c.ast)
        return NULL;
    long off = lsp_offset(&d->c.file, line0, utf16);
    if (off < 0)
        return NULL;
    int line, col;
    lsp_line_col(&d->c.file, (size_t)off, &line, &col);
    return lsp_index_at(&d->ix, line, col);
}

static json_t *location(const lsp_doc *d, span sp)
{
    return json_pack("{s:s,s:o}", "uri", d->uri, "range", lsp_range(&d->c.file, sp));
}

json_t *lsp_definition(const lsp_doc *d, int line0, int utf16)
{
    const lsp_occ *o = occ_at(d, line0, utf16);
    const lsp_occ *decl = o ? lsp_index_decl(&d->ix, o->ns, o->name) : NULL;
    return decl ? location(d, decl->sp) : json_null();
}

json_t *lsp_references(const lsp_doc *d, int line0, int utf16, int include_decl)
{
    const lsp_occ *o = occ_at(d, line0, utf16);
    if (!o)
        return json_null();
    json_t *locs = json_array();
    for (int i = 0; i < d->ix.occs.len; i++) {
        const lsp_occ *r = d->ix.occs.items[i];
        if (r->ns == o->ns && strcmp(r->name, o->name) == 0 && (include_decl || !r->is_decl))
            json_array_append_new(locs, location(d, r->sp));
    }
    return locs;
}

/* LSP's SymbolKind numbers for what the outline shows. */
enum {
    SYM_METHOD = 6, SYM_FIELD = 8, SYM_FUNCTION = 12, SYM_VARIABLE = 13, SYM_EVENT = 24,
    SYM_STRUCT = 23, SYM_CONSTRAINT = 11, /* Interface: a contract every case keeps */
};

static json_t *symbol(const lsp_doc *d, const char *name, const char *detail, int kind, span whole,
                      span name_sp)
{
    if (name_sp.first_line < 1)
        name_sp = whole;
    return json_pack("{s:s,s:s,s:i,s:o,s:o}", "name", name, "detail", detail, "kind", kind,
                     "range", lsp_range(&d->c.file, whole), "selectionRange",
                     lsp_range(&d->c.file, name_sp));
}

static json_t *item_symbol(const lsp_doc *d, const ast_item *it)
{
    switch (it->kind) {
    case AST_ITEM_DECL: {
        const ast_decl *v = it->node;
        return v->name.name ? symbol(d, v->name.name, v->is_output ? "output" : "input",
                                     v->is_output ? SYM_FIELD : SYM_VARIABLE, v->sp, v->name.sp)
                            : NULL;
    }
    case AST_ITEM_DERIVE: {
        const ast_derive *v = it->node;
        return v->name.name ? symbol(d, v->name.name, "derived", SYM_FUNCTION, v->sp, v->name.sp) : NULL;
    }
    case AST_ITEM_TABLE: {
        const ast_table *t = it->node;
        return t->name.name ? symbol(d, t->name.name, t->cite ? t->cite : "table", SYM_STRUCT, t->sp,
                                     t->name.sp)
                            : NULL;
    }
    case AST_ITEM_RULE: {
        const ast_rule *r = it->node;
        return r->name.name ? symbol(d, r->name.name, r->cite ? r->cite : "rule", SYM_METHOD, r->sp,
                                     r->name.sp)
                            : NULL;
    }
    case AST_ITEM_TEST: {
        const ast_test *t = it->node;
        return t->name && t->name[0] ? symbol(d, t->name, "test", SYM_EVENT, t->sp, t->name_sp) : NULL;
    }
    case AST_ITEM_CONSTRAINT: {
        const ast_constraint *k = it->node;
        return k->name.name ? symbol(d, k->name.name, k->cite ? k->cite : "constraint", SYM_CONSTRAINT,
                                     k->sp, k->name.sp)
                            : NULL;
    }
    case AST_ITEM_UNIT:
    case AST_ITEM_LABEL: return NULL;
    }
    return NULL;
}

json_t *lsp_document_symbols(const lsp_doc *d)
{
    json_t *syms = json_array();
    for (int i = 0; d->c.ast && i < d->c.ast->items.len; i++) {
        json_t *s = item_symbol(d, d->c.ast->items.items[i]);
        if (s)
            json_array_append_new(syms, s);
    }
    return syms;
}
