/* fuzz_fmt.c — libFuzzer harness of `guidec fmt`: bytes as a rule file; when it compiles, its
 * formatting (fmt_format, which itself checks that the formatted text lowers to the same IR and
 * refuses otherwise) must be accepted, and formatting the formatted text again must give the
 * same bytes (fmt is idempotent). A refusal, a difference or a crash aborts: fmt's own message
 * calls a refusal of a file that compiles a bug. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "fmt.h"
#include "lower.h"

static FILE *devnull;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    devnull = fopen("/dev/null", "w");
    return devnull ? 0 : 1;
}

/* The formatting of text[0..len) when it compiles (malloc'ed, its length in *out_len), or NULL
 * when it does not; aborts when fmt refuses a file that compiles. */
static char *formatted(const char *text, size_t len, size_t *out_len)
{
    src_file f;
    strbuf err = STRBUF_INIT;
    int bad = src_from_string(&f, "fuzz.guide", text, len, &err);
    sb_free(&err);
    if (bad)
        return NULL; /* NUL byte or invalid UTF-8: rejected with a message, as it should be */
    arena a;
    arena_init(&a);
    diag_ctx d;
    diag_init(&d, &f, devnull);
    ast_program *ast = parse_program(&a, &d, &f);
    ir_program *ir = d.errors ? NULL : lower_program(&a, &d, &f, ast);
    char *out = NULL;
    if (ir && d.errors == 0) {
        strbuf why = STRBUF_INIT;
        if (fmt_format("fuzz.guide", ir, f.text, f.len, &out, out_len, &why) != 0) {
            fprintf(stderr, "fuzz_fmt: fmt refuses a file that compiles: %s\n", sb_str(&why));
            abort();
        }
        sb_free(&why);
    }
    arena_free(&a);
    src_free(&f);
    return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t once_len = 0, twice_len = 0;
    char *once = formatted((const char *)data, size, &once_len);
    if (!once)
        return 0;
    char *twice = formatted(once, once_len, &twice_len);
    if (!twice) {
        fprintf(stderr, "fuzz_fmt: the formatted file does not compile:\n%.*s\n", (int)once_len,
                once);
        abort();
    }
    if (twice_len != once_len || memcmp(once, twice, once_len) != 0) {
        fprintf(stderr, "fuzz_fmt: formatting twice changes the text; once:\n%.*s\ntwice:\n%.*s\n",
                (int)once_len, once, (int)twice_len, twice);
        abort();
    }
    free(once);
    free(twice);
    return 0;
}
