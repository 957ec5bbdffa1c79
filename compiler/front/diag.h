/* diag.h — source files and diagnostics: `file:line:col: error: message`, the source line, a
 * caret under the span, then optional notes and hints.
 *
 * Every compiler phase reports through here and goes on; the driver looks at the error count
 * at the end. Nothing here exits. */
#ifndef GUIDE_DIAG_H
#define GUIDE_DIAG_H

#include <stdio.h>

#include "strbuf.h"

/* A source file loaded whole into memory. */
typedef struct src_file {
    const char *path;   /* as given on the command line */
    const char *text;   /* contents, NUL-terminated (embedded NULs are rejected on load) */
    size_t      len;    /* bytes in text */
    int         nlines; /* number of lines */
    const int  *line_start; /* byte offset of each line's first byte, 0-based index */
} src_file;

/* A span in a source file: 1-based line and column (columns count UTF-8 code points), from
 * first to last inclusive, as bison's YYLTYPE. A zero-width span has last_column ==
 * first_column - 1 (used for "expected X at end of file"). */
typedef struct span {
    int first_line, first_column;
    int last_line, last_column;
} span;

typedef enum { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE, DIAG_HINT, DIAG_BAND } diag_level;

/* Receives each diagnostic instead of the text output when set (`--format json`); notes and
 * hints follow the error or warning they belong to. A hint or a band has no span (all zero). */
typedef void (*diag_sink)(void *ctx, diag_level lvl, span sp, const char *message);

typedef struct diag_ctx {
    const src_file *file;   /* file being compiled */
    FILE           *out;    /* where diagnostics go (stderr by default) */
    int             errors;
    int             warnings;
    int             color;  /* nonzero: ANSI colours */
    diag_sink       sink;   /* when set, diagnostics go here instead of to out */
    void           *sink_ctx;
} diag_ctx;

void diag_init(diag_ctx *d, const src_file *f, FILE *out);

/* Reports a diagnostic at sp with a printf-style message, prints the source line and a caret. */
void diag_at(diag_ctx *d, diag_level lvl, span sp, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* `error` / `warning` shorthands. */
void diag_error(diag_ctx *d, span sp, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void diag_warning(diag_ctx *d, span sp, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* A `note:` attached to the previous diagnostic, with its own location and caret. */
void diag_note(diag_ctx *d, span sp, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* A `hint:` line (no location) attached to the previous diagnostic. */
void diag_hint(diag_ctx *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A `band:` line (no location) attached to the previous diagnostic: a region of cases the
 * finding is about, written as a condition ("size_cm in (2, 5] cm, location in {rectum}"). */
void diag_band(diag_ctx *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Loads a file; on failure returns nonzero and appends the message to err (whole, however long
 * the path). Rejects NUL bytes and invalid UTF-8 with a message naming the byte offset's line
 * and column, and a file over GUIDE_MAX_FILE_BYTES. */
int src_load(src_file *f, const char *path, strbuf *err);
/* Makes a src_file from memory (tests, fuzzers, fmt). text is copied. */
int src_from_string(src_file *f, const char *path, const char *text, size_t len, strbuf *err);
void src_free(src_file *f);

/* The text of line n (1-based) without its newline; *len receives its length. */
const char *src_line(const src_file *f, int n, int *len);
/* Byte offset of 1-based code-point column col in line[0..len) (spans count code points). */
int src_byte_of_column(const char *line, int len, int col);

/* The source text a one-line span covers, copied into the arena (its first line only). */
struct arena;
char *src_span_text(struct arena *a, const src_file *f, span sp);


#endif
