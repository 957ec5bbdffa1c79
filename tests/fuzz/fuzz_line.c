/* fuzz_line.c — libFuzzer harness of the one-record reader of `guidec batch` against the reader
 * of `guidec run`: arbitrary bytes (one line: no newline, no byte-order mark, which batch strips
 * before) read by guide_read_case, whose fast path reads flat records without jansson, and by
 * guide_read_cases, which always uses jansson, against the ruleset of rules/gist.guide. Both
 * must read the same case, or both reject it with the same field and message (syntax errors
 * only need to be errors in both: their positions are counted per buffer). */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gist.h"

/* What guide_read_cases gave for the first value of the bytes. */
typedef struct seen {
    int              count, error;
    guide_case_error err;
    char            *id;
    guide_value      val[GIST_NINPUTS];
    uint8_t          known[GIST_NINPUTS];
} seen;

static int on_case(void *ctx, guide_frame *f, const guide_case_error *err, int record, int line)
{
    (void)record, (void)line;
    seen *s = ctx;
    if (s->count++)
        return 0;
    s->error = err != NULL;
    if (err) {
        s->err = *err;
        return 0;
    }
    s->id = f->id ? strdup(f->id) : NULL;
    memcpy(s->val, f->val, sizeof s->val);
    memcpy(s->known, f->known, sizeof s->known);
    return 0;
}

static int syntax(const char *message)
{
    return strncmp(message, "invalid JSON", 12) == 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    if (memchr(data, '\n', size) || (size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0))
        return 0;
    static guide_frame *f;
    if (!f && !(f = guide_frame_new(&gist_info)))
        abort();
    seen s;
    memset(&s, 0, sizeof s);
    guide_read_cases(&gist_info, text, size, on_case, &s);
    guide_case_error err;
    int bad = guide_read_case(f, text, size, 1, &err) < 0;
    if (s.count == 0) { /* only blanks: no record for run, and for batch a blank line is none */
        free(s.id);
        return 0;
    }
    if (s.count > 1 && !bad)
        abort(); /* several values on one line read as one case */
    if (s.count == 1) {
        if (bad != s.error)
            abort();
        if (bad && !(syntax(err.message) && syntax(s.err.message)) &&
            (strcmp(err.field, s.err.field) != 0 || strcmp(err.message, s.err.message) != 0))
            abort();
        if (!bad) {
            if ((f->id == NULL) != (s.id == NULL) || (f->id && strcmp(f->id, s.id) != 0))
                abort();
            for (int v = 0; v < GIST_NINPUTS; v++)
                if (f->known[v] != s.known[v] ||
                    (f->known[v] && memcmp(&f->val[v], &s.val[v], sizeof f->val[v]) != 0))
                    abort();
        }
    }
    free(s.id);
    return 0;
}
