/* guide_web.c — what the web page (`guidec web`) calls in its WebAssembly: libguide's own reading
 * of a value from text, evaluation through the ruleset's compiled NAME_eval_frame (called by the
 * page itself, an export of the ruleset's object) and the printers of `guidec run`, so that the
 * page shows the very bytes `guidec run --format json` writes for the same case.
 *
 * Built for wasm32-wasi only (make wasm); the page passes text in memory it asks gw_alloc for.
 * One case at a time: the messages and the printed result live here until the next call. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "case_value.h"
#include "guide.h"

#define GW_EXPORT(name) __attribute__((export_name(#name)))

static guide_case_error last_error; /* of the last gw_set / gw_check that failed */
static char *printed;               /* the last text gw_result / gw_error_record printed */
static size_t printed_len;

GW_EXPORT(gw_alloc) void *gw_alloc(size_t n)
{
    return malloc(n ? n : 1);
}

GW_EXPORT(gw_free) void gw_free(void *p)
{
    free(p);
}

/* A frame for the ruleset rs (the address of NAME_info), and a trace as large as `guidec run`'s. */
GW_EXPORT(gw_frame_new) guide_frame *gw_frame_new(const guide_ruleset_info *rs)
{
    return guide_frame_new(rs);
}

GW_EXPORT(gw_trace_new) guide_trace *gw_trace_new(const guide_ruleset_info *rs)
{
    return guide_trace_new(4096 + 4 * (size_t)(rs->nclauses + rs->noutputs));
}

/* Forgets the case in f and empties t, before the fields are set again. */
GW_EXPORT(gw_clear) void gw_clear(guide_frame *f, guide_trace *t)
{
    guide_frame_clear(f);
    t->len = 0;
    t->overflow = 0;
}

/* The case's id: text[0..len), or none when len is 0. Returns 0, or -1 out of memory. */
GW_EXPORT(gw_set_id) int gw_set_id(guide_frame *f, const char *text, size_t len)
{
    free(f->id);
    f->id = NULL;
    if (len == 0)
        return 0;
    f->id = malloc(len + 1);
    if (!f->id)
        return -1;
    memcpy(f->id, text, len);
    f->id[len] = '\0';
    return 0;
}

/* Input v from its text, as a CSV cell gives it ("" unknown, "35 mm", "true", a label, "2.5;6"
 * for a list): 0, or -1 with gw_error_field / gw_error_message saying why. */
GW_EXPORT(gw_set) int gw_set(guide_frame *f, int v, const char *text, size_t len)
{
    return rt_read_text_value(f, v, text, len, &last_error, NULL);
}

/* Whether the inputs set can belong to a real case (the ruleset's constraints), as the case
 * reader checks after a record: 0, or -1 with the error. */
GW_EXPORT(gw_check) int gw_check(const guide_frame *f)
{
    memset(&last_error, 0, sizeof last_error);
    return guide_check_case(f, &last_error);
}

GW_EXPORT(gw_error_field) const char *gw_error_field(void)
{
    return last_error.field;
}

GW_EXPORT(gw_error_message) const char *gw_error_message(void)
{
    return last_error.message;
}

/* Runs print into a fresh text in memory; returns it (NUL-terminated, gw_printed_len bytes), or
 * NULL out of memory. */
static const char *print_to_memory(void (*print)(FILE *, const void *, const void *),
                                   const void *a, const void *b)
{
    free(printed);
    printed = NULL;
    printed_len = 0;
    FILE *out = open_memstream(&printed, &printed_len);
    if (!out)
        return NULL;
    print(out, a, b);
    if (fclose(out) != 0) {
        free(printed);
        printed = NULL;
        printed_len = 0;
    }
    return printed;
}

static guide_print_opts result_opts;
static const guide_trace *result_trace;

static void print_result(FILE *out, const void *f, const void *unused)
{
    (void)unused;
    guide_print_result(out, f, result_trace, &result_opts);
}

/* The evaluated case in f as `guidec run --format json` prints it, with the trace t when trace
 * is a guide_trace_mode (--trace), with display texts when labels (--labels). */
GW_EXPORT(gw_result) const char *gw_result(const guide_frame *f, const guide_trace *t, int trace,
                                           int labels)
{
    result_opts.format = GUIDE_FMT_JSON;
    result_opts.trace = trace;
    result_opts.missing = 0;
    result_opts.labels = labels;
    result_trace = trace ? t : NULL;
    return print_to_memory(print_result, f, NULL);
}

static void print_error(FILE *out, const void *f, const void *unused)
{
    (void)unused;
    const guide_frame *fr = f;
    guide_print_case_error(out, fr->rs, fr->id, &last_error, 1, 1, &result_opts);
}

/* The error record `guidec run --format json` prints for the last error, in place of a case that
 * is the one record of its file. */
GW_EXPORT(gw_error_record) const char *gw_error_record(const guide_frame *f)
{
    result_opts.format = GUIDE_FMT_JSON;
    return print_to_memory(print_error, f, NULL);
}

GW_EXPORT(gw_printed_len) size_t gw_printed_len(void)
{
    return printed_len;
}
