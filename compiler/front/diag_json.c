/* diag_json.c — diagnostics as JSON records; see diag_json.h. */
#include "diag_json.h"

static void sink(void *ctx, diag_level lvl, span sp, const char *message)
{
    json_t *records = ctx;
    size_t n = json_array_size(records);
    json_t *last = n ? json_array_get(records, n - 1) : NULL;
    if ((lvl == DIAG_NOTE || lvl == DIAG_HINT || lvl == DIAG_BAND) && last) {
        if (lvl != DIAG_NOTE) {
            json_array_append_new(json_object_get(last, lvl == DIAG_HINT ? "hints" : "bands"),
                                  json_string(message));
            return;
        }
        json_array_append_new(json_object_get(last, "notes"),
                              json_pack("{s:i,s:i,s:s}", "line", sp.first_line, "column",
                                        sp.first_column, "message", message));
        return;
    }
    static const char *const names[] = {"error", "warning", "note", "hint", "band"};
    json_array_append_new(records,
                          json_pack("{s:s,s:i,s:i,s:i,s:i,s:s,s:[],s:[],s:[]}", "level", names[lvl],
                                    "line", sp.first_line, "column", sp.first_column, "end_line",
                                    sp.last_line, "end_column", sp.last_column, "message", message,
                                    "notes", "hints", "bands"));
}

void djson_attach(diag_ctx *d, json_t *records)
{
    d->sink = sink;
    d->sink_ctx = records;
}

diag_sink djson_attach_sink(void) { return sink; }
