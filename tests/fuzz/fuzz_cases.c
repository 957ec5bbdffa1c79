/* fuzz_cases.c — libFuzzer harness of the case reader: arbitrary bytes as a case file (one JSON
 * object, JSON Lines, or objects one after another) read against the ruleset of
 * rules/gist.guide (its generated C, compiled into this program). Every record read is
 * evaluated and printed with its trace, every bad one printed as an error record (to
 * /dev/null). The reader must call back exactly once per record and never crash or leak.
 * The same bytes are then read as a CSV cell (guide_read_text_value) of every input. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gist.h"

static FILE        *devnull;
static guide_trace *trace;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    devnull = fopen("/dev/null", "w");
    trace = guide_trace_new(4096);
    return devnull && trace ? 0 : 1;
}

/* One record: evaluate and print it, or print its error record. */
static int on_case(void *ctx, guide_frame *f, const guide_case_error *err, int record, int line)
{
    int *n = ctx;
    ++*n;
    guide_print_opts json = {GUIDE_FMT_JSON, 1, 1, 0}, text = {GUIDE_FMT_TEXT, 1, 1, 0};
    if (err) {
        if (!memchr(err->field, '\0', sizeof err->field) ||
            !memchr(err->message, '\0', sizeof err->message) || err->message[0] == '\0')
            abort(); /* an error must say why */
        guide_print_case_error(devnull, &gist_info, f ? f->id : NULL, err, record, line, &json);
        guide_print_case_error(devnull, &gist_info, f ? f->id : NULL, err, record, line, &text);
        return 0;
    }
    trace->len = 0;
    trace->overflow = 0;
    if (gist_eval_frame(f, trace) != 0)
        abort(); /* the reader accepted a value the compiled code rejects */
    guide_print_result(devnull, f, trace, &json);
    guide_print_result(devnull, f, trace, &text);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int n = 0;
    int bad = guide_read_cases(&gist_info, (const char *)data, size, on_case, &n);
    if (bad < 0 || bad > n)
        abort();
    static guide_frame *cell;
    if (!cell && !(cell = guide_frame_new(&gist_info)))
        abort();
    for (int v = 0; v < gist_info.ninputs; v++) {
        guide_case_error err;
        guide_frame_clear(cell);
        if (guide_read_text_value(cell, v, (const char *)data, size, &err) != 0 &&
            (err.message[0] == '\0' || !memchr(err.message, '\0', sizeof err.message)))
            abort(); /* an error must say why */
    }
    return 0;
}
