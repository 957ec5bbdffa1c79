/* fuzz_front.c — libFuzzer harness of the front end: arbitrary bytes as a rule file, loaded
 * from memory, parsed, checked and lowered, then analysed (gaps, overlaps, conflicts) with a
 * small search budget, and the IR printed. Diagnostics are printed (to /dev/null), so the caret
 * printer sees every span the phases report. Any crash, sanitizer report, leak or hang is a bug:
 * every input must end in IR or in diagnostics. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyse.h"
#include "ast.h"
#include "lower.h"

static FILE *devnull;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    devnull = fopen("/dev/null", "w");
    return devnull ? 0 : 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    src_file f;
    strbuf err = STRBUF_INIT;
    if (src_from_string(&f, "fuzz.guide", (const char *)data, size, &err))
        return sb_free(&err), 0; /* NUL byte or invalid UTF-8: rejected with a message, as it should be */
    arena a;
    arena_init(&a);
    diag_ctx d;
    diag_init(&d, &f, devnull);
    ast_program *ast = parse_program(&a, &d, &f);
    if (d.errors == 0) {
        ir_program *ir = lower_program(&a, &d, &f, ast);
        if (d.errors == 0) {
            an_check(&a, &d, ir, 1000);
            ir_dump(devnull, ir);
        }
    }
    arena_free(&a);
    src_free(&f);
    return 0;
}
