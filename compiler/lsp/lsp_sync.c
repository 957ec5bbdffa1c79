/* lsp_sync.c — the document notifications: textDocument/didOpen, didChange (a whole new text,
 * or ranges replaced one after the other, in UTF-16 positions of the text as it is at each step)
 * and didClose. The text is kept; compiling it is lsp_doc_compile's job, when the session asks. */
#include "lsp.h"

#include <string.h>

const char *lsp_params_uri(json_t *params)
{
    return json_string_value(json_object_get(json_object_get(params, "textDocument"), "uri"));
}

const char *lsp_sync_open(lsp_docs *s, json_t *params)
{
    json_t *td = json_object_get(params, "textDocument");
    const char *uri = json_string_value(json_object_get(td, "uri"));
    json_t *text = json_object_get(td, "text");
    if (!uri || !json_is_string(text))
        return "textDocument/didOpen: expected textDocument {uri, text}";
    if (!lsp_doc_set(s, uri, json_integer_value(json_object_get(td, "version")),
                     json_string_value(text), json_string_length(text)))
        return "textDocument/didOpen: out of memory";
    return NULL;
}

/* Applies one content change to the text in t: a whole new text, or (should a client send one
 * though the server asked for full sync) a range replaced. Returns 0, or -1 on a bad change. */
static int apply_change(const lsp_doc *d, strbuf *t, json_t *change)
{
    json_t *text = json_object_get(change, "text");
    json_t *range = json_object_get(change, "range");
    if (!json_is_string(text))
        return -1;
    if (!range) {
        sb_clear(t);
        sb_putn(t, json_string_value(text), json_string_length(text));
        return 0;
    }
    /* Positions in the text as it is now, which is the document's own only for the first change. */
    src_file f;
    strbuf err = STRBUF_INIT;
    int bad = src_from_string(&f, d->path, sb_str(t), t->len, &err);
    sb_free(&err);
    if (bad)
        return -1;
    json_t *a = json_object_get(range, "start"), *b = json_object_get(range, "end");
    long from = lsp_offset(&f, (int)json_integer_value(json_object_get(a, "line")),
                           (int)json_integer_value(json_object_get(a, "character")));
    long to = lsp_offset(&f, (int)json_integer_value(json_object_get(b, "line")),
                         (int)json_integer_value(json_object_get(b, "character")));
    src_free(&f);
    if (from < 0 || to < from)
        return -1;
    strbuf next = STRBUF_INIT;
    sb_putn(&next, sb_str(t), (size_t)from);
    sb_putn(&next, json_string_value(text), json_string_length(text));
    sb_putn(&next, sb_str(t) + to, t->len - (size_t)to);
    sb_free(t);
    *t = next;
    return 0;
}

const char *lsp_sync_change(lsp_docs *s, json_t *params)
{
    const char *uri = lsp_params_uri(params);
    lsp_doc *d = uri ? lsp_doc_find(s, uri) : NULL;
    json_t *changes = json_object_get(params, "contentChanges");
    if (!d)
        return "textDocument/didChange: the document is not open";
    if (!json_is_array(changes))
        return "textDocument/didChange: expected contentChanges: [...]";
    strbuf t = STRBUF_INIT;
    sb_putn(&t, d->text.data ? d->text.data : "", d->text.len);
    size_t i;
    json_t *change;
    json_array_foreach(changes, i, change) {
        if (apply_change(d, &t, change) != 0) {
            sb_free(&t);
            return "textDocument/didChange: a change without text or with a bad range; the "
                   "document is left as it was";
        }
    }
    json_int_t version = json_integer_value(json_object_get(json_object_get(params, "textDocument"),
                                                            "version"));
    lsp_doc *set = lsp_doc_set(s, uri, version, sb_str(&t), t.len);
    sb_free(&t);
    return set ? NULL : "textDocument/didChange: out of memory";
}

const char *lsp_sync_close(lsp_docs *s, json_t *params, const char **closed)
{
    const char *uri = lsp_params_uri(params);
    if (!uri || !lsp_doc_find(s, uri))
        return "textDocument/didClose: the document is not open";
    lsp_doc_close(s, uri);
    *closed = uri;
    return NULL;
}
