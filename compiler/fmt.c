/* fmt.c — `guidec fmt`, and the source-text helpers graph.c and report.c share with it.
 *
 * The formatter is line-based because the parser drops comments: a comment must come out where
 * it went in. It re-aligns table rows as columns, puts declarations at column 0 and their
 * clauses (version, when, then, given, ...) at column 2, shifts continuation lines with the
 * line they continue, removes trailing blanks, keeps at most one blank line in a row and puts
 * one before each rule, table and test. Everything else on a line is left as written. Before
 * writing, the formatted text is compiled and its IR dump compared with the original's (line
 * numbers aside): a formatting that would change the meaning is refused. */
#include "fmt.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "lower.h"

/* ---- source-text helpers ------------------------------------------------------------------- */

static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

static fmt_cell trim(const char *s, int n)
{
    while (n > 0 && is_blank(*s)) {
        s++;
        n--;
    }
    while (n > 0 && is_blank(s[n - 1]))
        n--;
    fmt_cell c = {s, n};
    return c;
}

int fmt_width(const char *s, int n)
{
    int w = 0;
    for (int i = 0; i < n; i++)
        w += ((unsigned char)s[i] & 0xC0) != 0x80;
    return w;
}

/* Index of the first '#' outside a string in s[0..n), or n. */
static int comment_start(const char *s, int n)
{
    int in_str = 0;
    for (int i = 0; i < n; i++) {
        if (in_str) {
            if (s[i] == '\\' && i + 1 < n)
                i++;
            else if (s[i] == '"')
                in_str = 0;
        } else if (s[i] == '"')
            in_str = 1;
        else if (s[i] == '#')
            return i;
    }
    return n;
}

fmt_cell fmt_strip_comment(const char *s, int n) { return trim(s, comment_start(s, n)); }

int fmt_split_row(const char *line, int len, fmt_row *r)
{
    int i = 0;
    r->ncells = r->nin = r->has_sep = 0;
    r->tail.s = line + len;
    r->tail.n = 0;
    while (i < len && is_blank(line[i]))
        i++;
    if (i >= len || line[i] != '|')
        return -1;
    i++;
    for (;;) {
        int start = i, in_str = 0;
        while (i < len) {
            char c = line[i];
            if (in_str) {
                if (c == '\\' && i + 1 < len)
                    i++;
                else if (c == '"')
                    in_str = 0;
            } else if (c == '"')
                in_str = 1;
            else if (c == '|' || c == '#')
                break;
            i++;
        }
        if (i >= len || line[i] == '#') {
            /* After the last bar: `cites "..."`, a comment, or nothing. */
            r->tail = trim(line + start, len - start);
            break;
        }
        if (r->ncells == FMT_MAX_CELLS)
            return -1;
        r->cell[r->ncells++] = trim(line + start, i - start);
        if (i + 1 < len && line[i + 1] == '|' && !r->has_sep) {
            r->has_sep = 1;
            r->nin = r->ncells;
            i += 2;
        } else
            i++;
    }
    if (!r->has_sep)
        r->nin = r->ncells;
    return 0;
}

/* Byte offset of 1-based column col (code points) in line[0..len). */
static int byte_of_col(const char *line, int len, int col)
{
    int b = 0;
    for (int c = 1; c < col && b < len; c++) {
        b++;
        while (b < len && ((unsigned char)line[b] & 0xC0) == 0x80)
            b++;
    }
    return b;
}

char *fmt_span_text(arena *a, const src_file *f, span sp)
{
    if (sp.first_line <= 0 || sp.first_line > f->nlines)
        return arena_strdup(a, "");
    int last = sp.last_line < sp.first_line ? sp.first_line : sp.last_line;
    if (last > f->nlines)
        last = f->nlines;
    size_t cap = 1;
    for (int l = sp.first_line; l <= last; l++) {
        int n;
        src_line(f, l, &n);
        cap += (size_t)n + 1;
    }
    char *out = arena_alloc(a, cap);
    size_t o = 0;
    for (int l = sp.first_line; l <= last; l++) {
        int n;
        const char *line = src_line(f, l, &n);
        int from = l == sp.first_line ? byte_of_col(line, n, sp.first_column) : 0;
        int to = l == last && sp.last_line == last ? byte_of_col(line, n, sp.last_column + 1) : n;
        if (to < from)
            to = from;
        fmt_cell c = fmt_strip_comment(line + from, to - from);
        for (int i = 0; i < c.n; i++) {
            if (is_blank(c.s[i])) {
                if (o > 0 && out[o - 1] != ' ')
                    out[o++] = ' ';
            } else
                out[o++] = c.s[i];
        }
        if (o > 0 && out[o - 1] != ' ')
            out[o++] = ' ';
    }
    while (o > 0 && out[o - 1] == ' ')
        o--;
    out[o] = '\0';
    return out;
}

int fmt_table_view_build(arena *a, const ir_program *p, int t, fmt_table_view *v)
{
    const ir_table *tb = &p->tables[t];
    const src_file *f = p->file;
    memset(v, 0, sizeof *v);
    if (!f || tb->nrows <= 0)
        return -1;
    const ir_clause *cl = &p->clauses[tb->first_clause];
    int first_row_line = cl->sp.first_line;
    int nrows = p->clauses[tb->first_clause + tb->nrows - 1].row;
    v->rows = arena_alloc(a, sizeof *v->rows * (size_t)(nrows + 1));
    v->first = arena_alloc(a, sizeof *v->first * (size_t)(nrows + 1));
    v->nclauses = arena_alloc(a, sizeof *v->nclauses * (size_t)(nrows + 1));
    v->nrows = nrows;
    for (int k = 0; k < tb->nrows; k++) {
        const ir_clause *c = &p->clauses[tb->first_clause + k];
        int r = c->row - 1;
        if (r < 0 || r >= nrows)
            return -1;
        if (v->nclauses[r]++ == 0)
            v->first[r] = tb->first_clause + k;
        v->two_d |= c->column != NULL;
    }
    /* The header row is the first row-shaped line of the table; the lines before it (after the
     * `table` line) are its guard, outputs and marks. */
    v->extra = arena_alloc(a, sizeof *v->extra * (size_t)(first_row_line - tb->sp.first_line + 1));
    for (int l = tb->sp.first_line + 1; l < first_row_line; l++) {
        int n;
        const char *line = src_line(f, l, &n);
        fmt_row *row = arena_alloc(a, sizeof *row);
        if (fmt_split_row(line, n, row) == 0) {
            v->header = row;
            break;
        }
        fmt_cell c = fmt_strip_comment(line, n);
        if (c.n)
            v->extra[v->nextra++] = c;
    }
    for (int r = 0; r < nrows; r++) {
        if (!v->nclauses[r])
            continue;
        int n;
        const char *line = src_line(f, p->clauses[v->first[r]].sp.first_line, &n);
        fmt_row *row = arena_alloc(a, sizeof *row);
        if (line && fmt_split_row(line, n, row) == 0)
            v->rows[r] = row;
    }
    return v->header ? 0 : -1;
}
