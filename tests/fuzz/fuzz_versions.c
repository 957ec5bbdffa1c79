/* fuzz_versions.c — libFuzzer harness of `guidec diff`: the bytes are two versions of a rule
 * file, OLD and NEW, separated by the line "----8<----" (without it, the file is diffed with
 * itself). Both are loaded from memory, parsed, checked and lowered; when both compile, the
 * semantic diff runs on them with a small budget, as text or (odd sizes) as JSON, to /dev/null.
 * Any crash, sanitizer report, leak or hang is a bug. A file diffed with itself must never be
 * reported as differing (it may only have outputs over the budget, "not compared"). */
#define _GNU_SOURCE /* memmem */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "an_diff.h"
#include "ast.h"
#include "lower.h"

static FILE *devnull;
static const char sep[] = "\n----8<----\n";

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    devnull = fopen("/dev/null", "w");
    return devnull ? 0 : 1;
}

/* One version: its source and what it compiled to (ir NULL when it has errors). */
typedef struct version {
    src_file    f;
    int         loaded;
    arena       a;
    ir_program *ir;
} version;

static void compile(version *v, const char *path, const char *text, size_t len)
{
    strbuf err = STRBUF_INIT;
    memset(v, 0, sizeof *v);
    arena_init(&v->a);
    int bad = src_from_string(&v->f, path, text, len, &err);
    sb_free(&err);
    if (bad)
        return; /* NUL byte or invalid UTF-8: rejected with a message, as it should be */
    v->loaded = 1;
    diag_ctx d;
    diag_init(&d, &v->f, devnull);
    ast_program *ast = parse_program(&v->a, &d, &v->f);
    if (d.errors == 0) {
        ir_program *ir = lower_program(&v->a, &d, &v->f, ast);
        if (d.errors == 0)
            v->ir = ir;
    }
}

static void release(version *v)
{
    arena_free(&v->a);
    if (v->loaded)
        src_free(&v->f);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    const char *cut = size >= sizeof sep - 1 ? memmem(text, size, sep, sizeof sep - 1) : NULL;
    size_t nold = cut ? (size_t)(cut - text) + 1 : size; /* OLD keeps its last newline */
    const char *newtext = cut ? cut + sizeof sep - 1 : text;
    size_t nnew = cut ? size - (size_t)(newtext - text) : size;
    version old, neu;
    compile(&old, "old.guide", text, nold);
    compile(&neu, "new.guide", newtext, nnew);
    if (old.ir && neu.ir) {
        diff_opts o = {(diff_format)(size % 3), 4096, NULL}; /* text, JSON or Markdown */
        if (!cut && o.format == DIFF_TEXT) {
            /* the same file twice: whatever is printed, never "the versions differ" */
            char *buf = NULL;
            size_t len = 0;
            FILE *mem = open_memstream(&buf, &len);
            if (!mem)
                abort();
            int rc = an_diff(old.ir, neu.ir, &o, mem);
            fclose(mem);
            if (strstr(buf, "\nthe versions differ\n") || (rc && !strstr(buf, "not compared"))) {
                fprintf(stderr, "fuzz_versions: a file differs from itself:\n%s\n", buf);
                abort();
            }
            free(buf);
        } else {
            an_diff(old.ir, neu.ir, &o, devnull);
        }
    }
    release(&old);
    release(&neu);
    return 0;
}
