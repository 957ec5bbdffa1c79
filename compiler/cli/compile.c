/* compile.c — the front-to-IR pipeline shared by every verb. */
#include "compile.h"

#include <string.h>

#include "analyse.h"
#include "lower.h"
#include "oom.h"

int compile_file(compilation *c, const char *path, FILE *diag_out, compile_stage upto, long budget)
{
    return compile_file_to(c, path, diag_out, upto, budget, NULL, NULL);
}

/* Parses, lowers and analyses c->file, loaded already. */
static int compile_loaded(compilation *c, FILE *diag_out, compile_stage upto, long budget,
                          diag_sink sink, void *sink_ctx)
{
    c->loaded = 1;
    diag_init(&c->d, &c->file, diag_out);
    c->d.sink = sink;
    c->d.sink_ctx = sink_ctx;
    c->ast = parse_program(&c->a, &c->d, &c->file);
    if (c->d.errors || upto == COMPILE_PARSE)
        return c->d.errors ? 1 : 0;
    c->ir = lower_program(&c->a, &c->d, &c->file, c->ast);
    if (c->d.errors || upto == COMPILE_LOWER)
        return c->d.errors ? 1 : 0;
    an_check(&c->a, &c->d, c->ir, budget);
    return c->d.errors ? 1 : 0;
}

int compile_file_to(compilation *c, const char *path, FILE *diag_out, compile_stage upto,
                    long budget, diag_sink sink, void *sink_ctx)
{
    memset(c, 0, sizeof *c);
    arena_init(&c->a);
    strbuf err = STRBUF_INIT;
    guide_oom_exit_begin(); /* compiler code: out of memory ends the program (oom.h) */
    int rc = 2;
    if (src_load(&c->file, path, &err))
        fprintf(diag_out, "%s\n", sb_str(&err));
    else
        rc = compile_loaded(c, diag_out, upto, budget, sink, sink_ctx);
    guide_oom_exit_end();
    sb_free(&err);
    return rc;
}

int compile_text_to(compilation *c, const char *path, const char *text, size_t len,
                    strbuf *load_err, compile_stage upto, long budget, diag_sink sink,
                    void *sink_ctx)
{
    memset(c, 0, sizeof *c);
    arena_init(&c->a);
    guide_oom_exit_begin(); /* compiler code: out of memory ends the program (oom.h) */
    int rc = src_from_string(&c->file, path, text, len, load_err)
                 ? 2
                 : compile_loaded(c, NULL, upto, budget, sink, sink_ctx);
    guide_oom_exit_end();
    return rc;
}

void compile_free(compilation *c)
{
    if (c->loaded)
        src_free(&c->file);
    arena_free(&c->a);
}
