/* lsp_diag.c — the diagnostics of `guidec check` as LSP Diagnostics: an error or a warning with
 * its span as the range; its notes (which point elsewhere in the file) as relatedInformation;
 * its hints and bands (which have no place) appended to the message, as the terminal prints them
 * after it. */
#include "lsp.h"

enum { LSP_SEVERITY_ERROR = 1, LSP_SEVERITY_WARNING = 2 };

void lsp_diag_sink(void *ctx, diag_level lvl, span sp, const char *message)
{
    lsp_doc *d = ctx;
    size_t n = json_array_size(d->diags);
    json_t *last = n ? json_array_get(d->diags, n - 1) : NULL;
    if (lvl == DIAG_HINT || lvl == DIAG_BAND || lvl == DIAG_NOTE) {
        if (!last)
            return; /* every note, hint and band follows its error or warning */
        if (lvl != DIAG_NOTE) {
            const char *m = json_string_value(json_object_get(last, "message"));
            json_object_set_new(last, "message", json_sprintf("%s\n%s: %s", m,
                                                              lvl == DIAG_HINT ? "hint" : "band",
                                                              message));
            return;
        }
        json_t *rel = json_object_get(last, "relatedInformation");
        if (!rel) {
            rel = json_array();
            json_object_set_new(last, "relatedInformation", rel);
        }
        json_array_append_new(rel, json_pack("{s:{s:s,s:o},s:s}", "location", "uri", d->uri,
                                             "range", lsp_range(&d->c.file, sp), "message", message));
        return;
    }
    json_array_append_new(d->diags,
                          json_pack("{s:o,s:i,s:s,s:s}", "range", lsp_range(&d->c.file, sp),
                                    "severity", lvl == DIAG_ERROR ? LSP_SEVERITY_ERROR
                                                                  : LSP_SEVERITY_WARNING,
                                    "source", "guidec", "message", message));
}

json_t *lsp_diag_load_error(const char *message)
{
    return json_pack("{s:{s:{s:i,s:i},s:{s:i,s:i}},s:i,s:s,s:s}", "range", "start", "line", 0,
                     "character", 0, "end", "line", 0, "character", 0, "severity",
                     LSP_SEVERITY_ERROR, "source", "guidec", "message", message);
}
