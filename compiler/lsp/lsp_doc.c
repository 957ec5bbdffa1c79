/* lsp_doc.c — the documents the client has open. Each version is compiled whole by the pipeline
 * of `guidec check` (parse, lower, analyses), its diagnostics collected as LSP Diagnostics; the
 * previous version's compilation, index and diagnostics are freed when the next one arrives, so a
 * long session holds one text and one compilation per open document. */
#include "lsp.h"
#include "oom.h"

#include <stdlib.h>
#include <string.h>

lsp_doc *lsp_doc_find(lsp_docs *s, const char *uri)
{
    for (lsp_doc *d = s->head; d; d = d->next)
        if (strcmp(d->uri, uri) == 0)
            return d;
    return NULL;
}

/* Frees the compilation of d's text. */
static void doc_clear(lsp_doc *d)
{
    if (d->stage != LSP_STAGE_NONE)
        compile_free(&d->c);
    d->stage = LSP_STAGE_NONE;
    memset(&d->c, 0, sizeof d->c);
    sb_free(&d->load_err);
    json_decref(d->diags);
    d->diags = NULL;
    memset(&d->ix, 0, sizeof d->ix);
}

static int hex(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                          : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* The path of a file: URI, percent-decoded ("file:///tmp/a%20b.guide" -> "/tmp/a b.guide");
 * any other URI as it is. Only used to name the document in messages. */
static char *uri_path(const char *uri)
{
    if (strncmp(uri, "file://", 7) != 0)
        return guide_strdup(uri);
    const char *s = uri + 7;
    char *p = guide_malloc(strlen(s) + 1), *o = p;
    if (!p)
        return NULL;
    for (; *s; s++) {
        if (*s == '%' && hex(s[1]) >= 0 && hex(s[2]) >= 0) {
            *o++ = (char)(hex(s[1]) * 16 + hex(s[2]));
            s += 2;
        } else {
            *o++ = *s;
        }
    }
    *o = '\0';
    return p;
}

lsp_doc *lsp_doc_set(lsp_docs *s, const char *uri, json_int_t version, const char *text, size_t len)
{
    lsp_doc *d = lsp_doc_find(s, uri);
    if (d) {
        doc_clear(d);
    } else {
        d = guide_calloc(1, sizeof *d);
        char *u = guide_strdup(uri), *p = uri_path(uri);
        if (!d || !u || !p) {
            free(d);
            free(u);
            free(p);
            return NULL;
        }
        d->uri = u;
        d->path = p;
        d->next = s->head;
        s->head = d;
    }
    d->version = version;
    sb_clear(&d->text);
    sb_putn(&d->text, text, len);
    return d;
}

int lsp_doc_compile(lsp_docs *s, lsp_doc *d, lsp_stage stage)
{
    if (d->stage >= stage)
        return 0;
    doc_clear(d);
    d->diags = json_array();
    sb_init(&d->load_err);
    d->rc = compile_text_to(&d->c, d->path, d->text.data ? d->text.data : "", d->text.len,
                            &d->load_err, stage == LSP_STAGE_ANALYSED ? COMPILE_ANALYSE : COMPILE_LOWER,
                            s->budget, lsp_diag_sink, d);
    d->stage = stage;
    if (d->rc == 2)
        json_array_append_new(d->diags, lsp_diag_load_error(sb_str(&d->load_err)));
    else
        lsp_index_build(&d->c.a, d->c.ast, &d->ix);
    return stage == LSP_STAGE_ANALYSED;
}

void lsp_doc_close(lsp_docs *s, const char *uri)
{
    for (lsp_doc **p = &s->head; *p; p = &(*p)->next) {
        if (strcmp((*p)->uri, uri) == 0) {
            lsp_doc *d = *p;
            *p = d->next;
            doc_clear(d);
            sb_free(&d->text);
            free(d->uri);
            free(d->path);
            free(d);
            return;
        }
    }
}

void lsp_docs_free(lsp_docs *s)
{
    while (s->head)
        lsp_doc_close(s, s->head->uri);
}

const ast_decl *lsp_doc_decl(const lsp_doc *d, const char *name)
{
    const ast_program *p = d->c.ast;
    if (!p)
        return NULL;
    for (int k = 0; k < 2; k++) {
        const vec *v = k ? &p->outputs : &p->inputs;
        for (int i = 0; i < v->len; i++) {
            const ast_decl *decl = v->items[i];
            if (decl->name.name && strcmp(decl->name.name, name) == 0)
                return decl;
        }
    }
    return NULL;
}

const ast_derive *lsp_doc_derive(const lsp_doc *d, const char *name)
{
    const ast_program *p = d->c.ast;
    if (!p)
        return NULL;
    for (int i = 0; i < p->derives.len; i++) {
        const ast_derive *dv = p->derives.items[i];
        if (dv->name.name && strcmp(dv->name.name, name) == 0)
            return dv;
    }
    return NULL;
}

vec lsp_doc_labels(const lsp_doc *d, const char *name, arena *a)
{
    vec out = {0};
    const ast_decl *v = lsp_doc_decl(d, name);
    const ast_derive *dv = v ? NULL : lsp_doc_derive(d, name);
    if (v && v->type && v->type->kind == GUIDE_BOOL) {
        vec_push(a, &out, "true");
        vec_push(a, &out, "false");
    } else if (v && v->type) {
        for (int i = 0; i < v->type->labels.len; i++)
            vec_push(a, &out, (void *)((ast_ident *)v->type->labels.items[i])->name);
    } else if (dv && dv->is_match) {
        for (int i = 0; i < dv->arms.len; i++) {
            const char *to = ((ast_match_arm *)dv->arms.items[i])->to.name;
            int seen = !to;
            for (int k = 0; k < out.len && !seen; k++)
                seen = strcmp(out.items[k], to) == 0;
            if (!seen)
                vec_push(a, &out, (void *)to);
        }
    }
    return out;
}
