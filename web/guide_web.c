/* guide_web.c — what the web page (`guidec web`) calls in its WebAssembly: libguide's own reading
 * of a value from text and of a case file's record (the JSON values page.js read, written into
 * memory as rows), its constraint checks, evaluation through the ruleset's compiled
 * NAME_eval_frame (called by the page itself, an export of the ruleset's object) and the
 * printers of `guidec run`, so that the page shows the very bytes `guidec run --format json`
 * writes for the same case.
 *
 * Built for wasm32-wasi only (make wasm); the page passes text and rows in memory it asks
 * gw_alloc for.
 * One case at a time: the messages and the printed result live here until the next call. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "case_value.h"
#include "guide.h"

#define GW_EXPORT(name) __attribute__((export_name(#name)))

static guide_case_error last_error; /* of the last gw_set / gw_check / gw_read_case that failed */
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

/* The case's id: text[0..len) when given (a case file's id may be ""), else none. Returns 0, or
 * -1 out of memory. */
GW_EXPORT(gw_set_id) int gw_set_id(guide_frame *f, const char *text, size_t len, int given)
{
    free(f->id);
    f->id = NULL;
    if (!given)
        return 0;
    f->id = malloc(len + 1);
    if (!f->id)
        return -1;
    memcpy(f->id, text, len);
    f->id[len] = '\0';
    return 0;
}


/* One JSON value of a case file (or of a list's field), as the page read it: page.js's
 * Engine.withJson writes these rows, 32 bytes each, into memory it asked gw_alloc for. The value
 * is row 0; an array's elements and an object's members are consecutive rows from `kids`. */
typedef struct gw_json {
    int32_t               kind; /* rt_given_kind */
    uint32_t              len;  /* STRING: bytes; ARRAY: elements; OBJECT: members */
    double                num;  /* NUMBER */
    const char           *str;  /* STRING: its bytes, NUL-terminated */
    const char           *key;  /* a member of an OBJECT: its key, NUL-terminated */
    const struct gw_json *kids; /* ARRAY, OBJECT: the first element or member */
    uint32_t              unused;
} gw_json;

_Static_assert(sizeof(gw_json) == 32 && offsetof(gw_json, num) == 8 &&
                   offsetof(gw_json, str) == 16 && offsetof(gw_json, key) == 20 &&
                   offsetof(gw_json, kids) == 24,
               "page.js writes gw_json rows at these offsets");

static void given_of_row(const gw_json *row, rt_given *g);

static void row_elem(const void *arr, size_t i, rt_given *out)
{
    given_of_row((const gw_json *)arr + i, out);
}

static int row_member(const rt_given *obj, const void **at, const char **key, rt_given *out)
{
    const gw_json *row = *at ? (const gw_json *)*at + 1 : obj->arr;
    if (row == (const gw_json *)obj->arr + obj->len)
        return 0;
    *at = row;
    *key = row->key;
    given_of_row(row, out);
    return 1;
}

/* What row is, for case_value.c (as case_read.c's given_of_json is for jansson's values). */
static void given_of_row(const gw_json *row, rt_given *g)
{
    memset(g, 0, sizeof *g);
    g->kind = (rt_given_kind)row->kind;
    g->num = row->num;
    g->str = row->str;
    g->len = row->len;
    g->arr = row->kids;
    if (g->kind == RT_GIVEN_ARRAY)
        g->elem = row_elem;
    else if (g->kind == RT_GIVEN_OBJECT)
        g->member = row_member;
}

/* Fills f from the case file the page read into rows, as `guidec run` reads a record
 * (rt_read_record: the same messages, the first error wins, then the constraints): 0, or -1 with
 * the error. The page makes sure first that the file is one JSON text that jansson would take. */
GW_EXPORT(gw_read_case) int gw_read_case(guide_frame *f, const gw_json *rows)
{
    memset(&last_error, 0, sizeof last_error);
    guide_frame_clear(f);
    rt_given rec;
    given_of_row(rows, &rec);
    strbuf why = STRBUF_INIT;
    int rc = rt_read_record(f, &rec, &why, &last_error);
    sb_free(&why);
    return rc;
}

/* The JSON value page.js read from the text gw_set is reading, or NULL when it is no JSON. */
static const gw_json *cell_json;

static int cell_json_read(const char *text, size_t len, rt_given *g)
{
    (void)text, (void)len; /* cell_json is what page.js read from them */
    if (!cell_json)
        return -1;
    given_of_row(cell_json, g);
    return 0;
}

static void cell_json_done(rt_given *g)
{
    (void)g;
}

/* Input v from its text, as a CSV cell gives it ("" unknown, "35 mm", "true", a label, "2.5;6"
 * or a JSON array "[2.5, 6]" for a list, of which json is what page.js read, NULL when the text
 * is no JSON): 0, or -1 with gw_error_field / gw_error_message saying why. */
GW_EXPORT(gw_set) int gw_set(guide_frame *f, int v, const char *text, size_t len,
                             const gw_json *json)
{
    static const rt_json_cell cell = {cell_json_read, cell_json_done};
    cell_json = json;
    int rc = rt_read_text_value(f, v, text, len, &last_error, &cell);
    cell_json = NULL;
    return rc;
}

/* Whether the inputs set can belong to a real case (the ruleset's constraints), as the case
 * reader checks after a record: 0, or -1 with the error. */
GW_EXPORT(gw_check) int gw_check(const guide_frame *f)
{
    memset(&last_error, 0, sizeof last_error);
    return guide_check_case(f, &last_error);
}

/* Whether the case evaluated in f still can belong to a real case, once the derived values a
 * constraint tests are known (guide_check_evaluated), as `guidec run` checks after evaluating:
 * 0, or -1 with the error. */
GW_EXPORT(gw_check_evaluated) int gw_check_evaluated(const guide_frame *f)
{
    memset(&last_error, 0, sizeof last_error);
    return guide_check_evaluated(f, &last_error);
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
 * NULL out of memory (print returning -1 included: what it wrote is an error record in place of
 * the text asked for). */
static const char *print_to_memory(int (*print)(FILE *, const void *, const void *),
                                   const void *a, const void *b)
{
    free(printed);
    printed = NULL;
    printed_len = 0;
    FILE *out = open_memstream(&printed, &printed_len);
    if (!out)
        return NULL;
    int failed = print(out, a, b) < 0;
    if (fclose(out) != 0 || failed) {
        free(printed);
        printed = NULL;
        printed_len = 0;
    }
    return printed;
}

static guide_print_opts result_opts;
static const guide_trace *result_trace;

static int print_result(FILE *out, const void *f, const void *unused)
{
    (void)unused;
    return guide_print_result(out, f, result_trace, &result_opts);
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

static int print_error(FILE *out, const void *f, const void *line)
{
    const guide_frame *fr = f;
    return guide_print_case_error(out, fr->rs, fr->id, &last_error, 1, *(const int *)line, &result_opts);
}

/* The error record `guidec run --format json` prints for the last error, in place of a case that
 * is the one record of its file, starting on line `line`. */
GW_EXPORT(gw_error_record) const char *gw_error_record(const guide_frame *f, int line)
{
    result_opts.format = GUIDE_FMT_JSON;
    return print_to_memory(print_error, f, &line);
}

GW_EXPORT(gw_printed_len) size_t gw_printed_len(void)
{
    return printed_len;
}
