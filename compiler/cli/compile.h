/* compile.h — the pipeline every verb starts with: load, parse, check and lower, analyse. */
#ifndef GUIDE_COMPILE_H
#define GUIDE_COMPILE_H

#include "ast.h"
#include "ir.h"

typedef struct compilation {
    arena        a;
    src_file     file;
    diag_ctx     d;
    ast_program *ast;
    ir_program  *ir;
    int          loaded; /* file was read */
} compilation;

typedef enum { COMPILE_PARSE, COMPILE_LOWER, COMPILE_ANALYSE } compile_stage;

/* Compiles path up to stage, reporting diagnostics to diag_out. Returns 0 when no error was
 * reported, 1 when the rule file has errors, 2 when it cannot be read at all. */
int  compile_file(compilation *c, const char *path, FILE *diag_out, compile_stage upto, long budget);
/* The same, with diagnostics sent to a sink (see diag.h) instead of printed. */
int  compile_file_to(compilation *c, const char *path, FILE *diag_out, compile_stage upto,
                     long budget, diag_sink sink, void *sink_ctx);
/* The same on text in memory (the language server's open documents), diagnostics to the sink
 * (required: nothing is printed). When the text cannot be a source file (invalid UTF-8, NUL,
 * too large) returns 2 with the reason in load_err. */
int  compile_text_to(compilation *c, const char *path, const char *text, size_t len,
                     strbuf *load_err, compile_stage upto, long budget, diag_sink sink,
                     void *sink_ctx);
void compile_free(compilation *c);

#endif
