/* lsp_format.c — textDocument/formatting through `guidec fmt`'s own code (fmt_format): one
 * TextEdit replacing the whole document, or none when it is formatted already. Like fmt, only a
 * document that compiles is formatted, and never into one that would mean something else. */
#include "lsp.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "fmt.h"

/* Diagnostics of the second compilation: the document's own are published already. */
static void drop(void *ctx, diag_level lvl, span sp, const char *message) {}

json_t *lsp_formatting(const lsp_doc *d, strbuf *err)
{
    if (d->rc == 2) {
        sb_printf(err, "%s is not a rule file: %s", d->path, sb_str(&d->load_err));
        return NULL;
    }
    /* fmt_format clears the positions of the IR it is given: lower a copy of its own. Its
     * errors, not the document's, decide: like guidec fmt, a file whose analyses found errors
     * (conflicting rules) is formatted. */
    compilation c;
    strbuf load = STRBUF_INIT;
    const src_file *f = &d->c.file;
    int rc = compile_text_to(&c, d->path, f->text, f->len, &load, COMPILE_LOWER, 0, drop, NULL);
    sb_free(&load);
    char *out = NULL;
    size_t n = 0;
    json_t *edits = NULL;
    if (rc != 0)
        sb_printf(err, "%s has errors; fmt only formats files that compile", d->path);
    else if (fmt_format(d->path, c.ir, f->text, f->len, &out, &n, err) == 0) {
        edits = json_array();
        if (n != f->len || memcmp(out, f->text, n) != 0) {
            /* To the end of the last line (empty when the text ends with a newline). */
            json_t *range = json_pack("{s:{s:i,s:i},s:o}", "start", "line", 0, "character", 0,
                                      "end", lsp_position(f, f->nlines, INT_MAX));
            json_array_append_new(edits, json_pack("{s:o,s:s%}", "range", range, "newText", out, n));
        }
    }
    free(out);
    compile_free(&c);
    return edits;
}
