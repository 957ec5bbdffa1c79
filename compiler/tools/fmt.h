/* fmt.h — `guidec fmt` (the canonical layout of a rule file) and the source-text helpers the
 * graph and the report share with it: table rows split into cells, a span's text, and a table
 * as the author printed it.
 *
 * The parser drops comments, so fmt works on lines: it spaces declarations, puts each clause of
 * a rule, constraint, test or table head on a line of its own, re-aligns table rows, normalises
 * indentation and blank lines, leaves every other character alone, and refuses to write when the
 * formatted text would lower to a different IR. */
#ifndef GUIDE_FMT_H
#define GUIDE_FMT_H

#include <stdio.h>

#include "arena.h"
#include "ir.h"

enum { FMT_MAX_CELLS = 128 };

/* A piece of a source line: s[0..n), not NUL-terminated. */
typedef struct fmt_cell {
    const char *s;
    int         n;
} fmt_cell;

/* One table row (or header row) as written. */
typedef struct fmt_row {
    int      ncells;
    int      nin;     /* cells before the "||" separator (ncells when there is none) */
    int      has_sep; /* the row has a "||" */
    fmt_cell cell[FMT_MAX_CELLS]; /* trimmed cell texts */
    fmt_cell tail;    /* after the last '|', trimmed: `cites "..."` and / or a comment */
} fmt_row;

/* Splits line[0..len) at the '|' outside strings and comments. Returns 0 when the line is a
 * table row (its first non-blank character is '|'), -1 when it is not or has too many cells. */
int fmt_split_row(const char *line, int len, fmt_row *r);

/* The text a span covers, over several lines if need be, with comments removed and each run of
 * white space made one space. Allocated in a. */
char *fmt_span_text(arena *a, const src_file *f, span sp);

/* Text with any trailing comment ('#' outside a string) removed, trimmed. */
fmt_cell fmt_strip_comment(const char *s, int n);

/* A decision table as printed in the source, for display. */
typedef struct fmt_table_view {
    int        nextra;     /* lines between `table ...` and the header row (when, outputs, mark) */
    fmt_cell  *extra;      /* their text without comments */
    fmt_row   *header;     /* the header row; NULL when it cannot be found */
    int        nrows;      /* rows as printed */
    fmt_row  **rows;       /* [nrows]: the row's cells; NULL when its line is not a row */
    int       *first;      /* [nrows]: the row's first clause */
    int       *nclauses;   /* [nrows]: 1, or one clause per column across the top (2-D form) */
    int        two_d;      /* the two-dimensional form: output cell k is clause first + k */
} fmt_table_view;

/* Builds the view of table t of p. Returns 0, or -1 when the source does not show the table as
 * expected (the caller then falls back to the IR). */
int fmt_table_view_build(arena *a, const ir_program *p, int t, fmt_table_view *v);

/* The columns a table view needs: the most input and output cells of any row, whether a row has
 * the "||" separator, whether a row has a trailing comment. */
typedef struct fmt_view_columns {
    int nin, nout, sep, tail;
} fmt_view_columns;

fmt_view_columns fmt_table_view_columns(const fmt_table_view *v);

/* Display width of s[0..n) in columns (UTF-8 code points). */
int fmt_width(const char *s, int n);

/* The canonical layout of text[0..len), a rule file that compiles to ir (whose source positions
 * this clears), checked to lower to the same IR: returns 0 with the malloc'ed text in *out, or
 * -1 with the reason in why (too large, meaning would change). */
int fmt_format(const char *path, ir_program *ir, const char *text, size_t len, char **out,
               size_t *out_len, strbuf *why);

/* `guidec fmt`: the usage text and the verb (argv[0] is "fmt"). */
extern const char fmt_usage[];
int fmt_main(int argc, char **argv);

#endif
