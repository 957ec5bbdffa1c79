/* fmt.c — `guidec fmt`, and the source-text helpers graph.c and report.c share with it.
 *
 * The formatter is line-based because the parser drops comments: a comment must come out where
 * it went in. It makes two passes. The first spaces declarations as the docs do (`input x :
 * bool`, `cm in [0, 100]`, `enum { a, b }`) and puts each clause of a rule, constraint, test or
 * table head written on one line (when, unless, then; given, expect; when, outputs, mark) on a
 * line of its own. The second re-aligns table rows as columns, puts declarations at column 0 and
 * their clauses (version, when, then, given, ...) at column 2, shifts continuation lines with
 * the line they continue, removes trailing blanks, keeps at most one blank line in a row and
 * puts one before each rule, table and test. Everything else on a line is left as written.
 * Before writing, the formatted text is compiled and its IR dump compared with the original's
 * (source positions cleared): a formatting that would change the meaning is refused. */
#include "fmt.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "compile.h"
#include "guide_limits.h"
#include "lower.h"
#include "strbuf.h"
#include "xalloc.h"

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
        int from = l == sp.first_line ? src_byte_of_column(line, n, sp.first_column) : 0;
        int to = l == last && sp.last_line == last ? src_byte_of_column(line, n, sp.last_column + 1) : n;
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

fmt_view_columns fmt_table_view_columns(const fmt_table_view *v)
{
    fmt_view_columns c = {v->header->nin, v->header->ncells - v->header->nin, v->header->has_sep, 0};
    for (int i = 0; i < v->nrows; i++) {
        const fmt_row *row = v->rows[i];
        if (!row)
            continue;
        c.nin = row->nin > c.nin ? row->nin : c.nin;
        c.nout = row->ncells - row->nin > c.nout ? row->ncells - row->nin : c.nout;
        c.sep |= row->has_sep;
        c.tail |= fmt_strip_comment(row->tail.s, row->tail.n).n > 0;
    }
    return c;
}

/* ---- the formatter --------------------------------------------------------------------------- */

/* How a line is laid out. */
typedef enum { L_BLANK, L_COMMENT, L_ROW, L_TOP, L_CLAUSE, L_CONT } line_kind;

typedef struct fline {
    const char *s;      /* the line, trailing blanks removed */
    int         n;
    line_kind   kind;
    int         indent; /* columns of leading white space (tabs to multiples of 8) */
    int         body;   /* byte offset of the first non-blank character */
    fmt_row    *row;    /* L_ROW */
} fline;

/* Declarations start at column 0 ... */
static const char *const top_words[] = {"guideline", "unit", "input", "output", "derive",
                                        "table", "end", "rule", "constraint", "test", "label"};
/* ... and the clauses that continue them at column 2. */
static const char *const clause_words[] = {"version", "source", "when", "unless", "then", "given",
                                           "expect", "outputs", "mark", "hit", "cites", "reading"};

static int word_in(const char *w, int n, const char *const *set, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if ((int)strlen(set[i]) == n && memcmp(set[i], w, (size_t)n) == 0)
            return 1;
    return 0;
}

static int is_word_char(char c)
{
    return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static void classify(arena *a, fline *l)
{
    int i = 0, col = 0;
    while (i < l->n && is_blank(l->s[i])) {
        col = l->s[i] == '\t' ? (col / 8 + 1) * 8 : col + 1;
        i++;
    }
    l->indent = col;
    l->body = i;
    if (i == l->n) {
        l->kind = L_BLANK;
        return;
    }
    if (l->s[i] == '#') {
        l->kind = L_COMMENT;
        return;
    }
    if (l->s[i] == '|') {
        l->row = arena_alloc(a, sizeof *l->row);
        if (fmt_split_row(l->s, l->n, l->row) == 0 && l->row->ncells > 0) {
            l->kind = L_ROW;
            return;
        }
    }
    int e = i;
    while (e < l->n && is_word_char(l->s[e]))
        e++;
    if (word_in(l->s + i, e - i, top_words, sizeof top_words / sizeof *top_words)) {
        l->kind = L_TOP;
        /* `rule NAME fired` / `rule NAME not fired` continue an `expect`. */
        if (e - i == 4 && memcmp(l->s + i, "rule", 4) == 0) {
            int k = e;
            for (int w = 0; w < 2; w++) {
                while (k < l->n && is_blank(l->s[k]))
                    k++;
                int ws = k;
                while (k < l->n && is_word_char(l->s[k]))
                    k++;
                if (w == 1 && ((k - ws == 5 && memcmp(l->s + ws, "fired", 5) == 0) ||
                               (k - ws == 3 && memcmp(l->s + ws, "not", 3) == 0)))
                    l->kind = L_CONT;
            }
        }
    }
    else if (word_in(l->s + i, e - i, clause_words, sizeof clause_words / sizeof *clause_words))
        l->kind = L_CLAUSE;
    else
        l->kind = L_CONT;
}

/* A declaration that starts a block of its own: rule, table, test. */
static int opens_block(const fline *l)
{
    static const char *const block_words[] = {"rule", "table", "constraint", "test"};
    int e = l->body;
    while (e < l->n && is_word_char(l->s[e]))
        e++;
    return l->kind == L_TOP && word_in(l->s + l->body, e - l->body, block_words, 4);
}

static void put_spaces(FILE *out, int n)
{
    for (; n > 0; n--)
        fputc(' ', out);
}

/* Writes the rows of lines[from..to) (rows and comments) with their cells aligned as columns. */
static void put_table_rows(FILE *out, const fline *lines, int from, int to)
{
    int width[FMT_MAX_CELLS] = {0};
    for (int i = from; i < to; i++) {
        const fmt_row *r = lines[i].row;
        if (lines[i].kind != L_ROW)
            continue;
        for (int j = 0; j < r->ncells; j++) {
            int w = fmt_width(r->cell[j].s, r->cell[j].n);
            width[j] = w > width[j] ? w : width[j];
        }
    }
    for (int i = from; i < to; i++) {
        const fline *l = &lines[i];
        if (l->kind != L_ROW) {
            fwrite(l->s, 1, (size_t)l->n, out);
            fputc('\n', out);
            continue;
        }
        const fmt_row *r = l->row;
        fputs("  |", out);
        for (int j = 0; j < r->ncells; j++) {
            if (j > 0)
                fputs(r->has_sep && j == r->nin ? " ||" : " |", out);
            fputc(' ', out);
            fwrite(r->cell[j].s, 1, (size_t)r->cell[j].n, out);
            put_spaces(out, width[j] - fmt_width(r->cell[j].s, r->cell[j].n));
        }
        fputs(r->has_sep && r->nin == r->ncells ? " ||" : " |", out);
        if (r->tail.n) {
            fputc(' ', out);
            fwrite(r->tail.s, 1, (size_t)r->tail.n, out);
        }
        fputc('\n', out);
    }
}

/* text[0..len) as classified lines (pointing into text), in a; *count is set. */
static fline *split_lines(arena *a, const char *text, size_t len, int *count)
{
    int nlines = 0;
    for (size_t i = 0; i < len; i++)
        nlines += text[i] == '\n';
    fline *lines = arena_alloc(a, sizeof *lines * (size_t)(nlines + 2));
    int n = 0;
    for (size_t i = 0; i < len;) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - text) : len;
        fline *l = &lines[n++];
        l->s = text + i;
        l->n = (int)(e - i);
        while (l->n > 0 && is_blank(l->s[l->n - 1]))
            l->n--;
        classify(a, l);
        i = e + 1;
    }
    *count = n;
    return lines;
}

/* ---- the first pass: spacing in declarations, one clause per line ------------------------- */

/* Whether the first word of line l is w. */
static int first_word_is(const fline *l, const char *w)
{
    int e = l->body;
    while (e < l->n && is_word_char(l->s[e]))
        e++;
    return e - l->body == (int)strlen(w) && memcmp(l->s + l->body, w, strlen(w)) == 0;
}

/* Index just past the string that opens at s[i] ('"'), or n when it is not closed. */
static int string_end(const char *s, int n, int i)
{
    for (i++; i < n; i++) {
        if (s[i] == '\\' && i + 1 < n)
            i++;
        else if (s[i] == '"')
            return i + 1;
    }
    return n;
}

/* The blanks to write before c, which follows prev (0 at the start of the text) after `blanks`
 * blank characters: -1 keeps them as written, else that many spaces. The layout of the docs:
 * `input x : enum { a, b }`, `cm in [0, 100]`, `(a - b)`; blanks before ':' are kept, since
 * authors align the colons of a block of declarations. */
static int spaces_before(char prev, char c, int blanks)
{
    if (!prev)
        return -1;
    if (c == ',' || c == ']' || c == ')' || prev == '[' || prev == '(')
        return 0;
    if (prev == ',' || prev == ':' || prev == '{')
        return 1;
    if (c == ':')
        return blanks ? -1 : 1;
    if (c == '{' || c == '}' || c == '[')
        return 1;
    return blanks ? 1 : 0;
}

/* Appends line l to sb with its declaration spacing normalised (spaces_before) outside strings;
 * its indentation, and a trailing comment with the blanks before it, are kept as written. */
static void put_decl_spacing(strbuf *sb, const fline *l)
{
    const char *s = l->s;
    int code = comment_start(s, l->n), end = code;
    while (end > l->body && is_blank(s[end - 1]))
        end--;
    sb_putn(sb, s, (size_t)l->body);
    char prev = 0;
    for (int i = l->body; i < end;) {
        int j = i;
        while (j < end && is_blank(s[j]))
            j++;
        int spaces = 0;
        while (i + spaces < j && s[i + spaces] == ' ')
            spaces++;
        int sp = spaces_before(prev, s[j], j - i);
        if (sp < 0 && spaces < j - i)
            sp = 1; /* a run with a tab aligns nothing reliably */
        if (sp < 0)
            sb_putn(sb, s + i, (size_t)(j - i));
        else
            for (int k = 0; k < sp; k++)
                sb_putc(sb, ' ');
        int next = s[j] == '"' ? string_end(s, end, j) : j + 1;
        sb_putn(sb, s + j, (size_t)(next - j));
        prev = s[next - 1];
        i = next;
    }
    sb_putn(sb, s + end, (size_t)(l->n - end));
}

/* Display column of byte b of line l (tabs to multiples of 8, one column per code point). */
static int column_of(const fline *l, int b)
{
    int col = 0;
    for (int i = 0; i < b; i++) {
        if (l->s[i] == '\t')
            col = (col / 8 + 1) * 8;
        else
            col += ((unsigned char)l->s[i] & 0xC0) != 0x80;
    }
    return col;
}

/* What splitting a block into clauses needs to know across its lines. */
typedef struct clause_split {
    const char *const *words; /* the keywords that open a clause */
    size_t             count;
    int                seen;  /* a keyword was met in the block */
    int                depth; /* braces open in the block (tests: `test "x" { ... }`) */
    int                test;  /* the block is a test */
    int                braces; /* ... in braces: its closing '}' gets a line of its own */
} clause_split;

/* Offset of the next place in l's code at or after byte from where a line of its own starts (a
 * keyword of cs, or the '}' closing a test in braces), outside strings and not at the line's
 * start; or -1. The braces before it are counted in cs. */
static int next_clause(const fline *l, int from, clause_split *cs)
{
    int code = comment_start(l->s, l->n);
    for (int i = from; i < code;) {
        char c = l->s[i];
        if (c == '"') {
            i = string_end(l->s, code, i);
            continue;
        }
        if (c == '{' || c == '}') {
            cs->braces |= cs->test && c == '{' && cs->depth == 0 && !cs->seen;
            cs->depth += c == '{' ? 1 : -1;
            if (c == '}' && cs->depth == 0 && cs->braces && i > l->body)
                return i;
            i++;
            continue;
        }
        if (!is_word_char(c)) {
            i++;
            continue;
        }
        int e = i;
        while (e < code && is_word_char(l->s[e]))
            e++;
        if (word_in(l->s + i, e - i, cs->words, cs->count)) {
            cs->seen = 1;
            if (i > l->body)
                return i;
        }
        i = e;
    }
    return -1;
}

/* Appends line l to sb with each clause (next_clause) after its start moved to a line of its
 * own: `rule r cites "x" when a then b` becomes three lines. A middle piece is indented by 2,
 * the clauses' column; the last one keeps its column as written, so that the second pass shifts
 * the lines continuing it by as much as it moves. */
static void put_clauses(strbuf *sb, const fline *l, clause_split *cs)
{
    int at = next_clause(l, l->body, cs);
    int from = 0;
    while (at >= 0) {
        int end = at;
        while (end > from && is_blank(l->s[end - 1]))
            end--;
        sb_putn(sb, l->s + from, (size_t)(end - from));
        sb_putc(sb, '\n');
        int after = at + 1;
        while (after < l->n && is_word_char(l->s[after - 1]) && is_word_char(l->s[after]))
            after++;
        int next = next_clause(l, after, cs);
        int pad = next < 0 ? column_of(l, at) : 2;
        for (int k = 0; k < pad; k++)
            sb_putc(sb, ' ');
        from = at;
        at = next;
    }
    sb_putn(sb, l->s + from, (size_t)(l->n - from));
}

/* The first pass: text with declarations spaced as the docs show (put_decl_spacing: `input`,
 * `output` and the lines continuing them, the first line of a `derive`) and rules, constraints,
 * the heads of tables and tests written one clause a line (put_clauses), appended to sb. Other
 * lines, table rows among them, are copied. */
static void normalise_text(const fline *lines, int n, strbuf *sb)
{
    static const char *const rule_words[] = {"when", "unless", "then"};
    static const char *const table_words[] = {"when", "outputs", "mark"};
    static const char *const test_words[] = {"given", "expect"};
    enum { B_OTHER, B_DECL, B_CLAUSES } block = B_OTHER;
    clause_split cs = {0};
    for (int i = 0; i < n; i++) {
        const fline *l = &lines[i];
        if (l->kind == L_TOP) {
            int rule = first_word_is(l, "rule") || first_word_is(l, "constraint");
            int table = first_word_is(l, "table");
            int test = first_word_is(l, "test");
            block = first_word_is(l, "input") || first_word_is(l, "output") ? B_DECL
                    : rule || table || test ? B_CLAUSES : B_OTHER;
            clause_split fresh = {rule_words, 3, 0, 0, test, 0};
            if (table)
                fresh.words = table_words;
            if (test)
                fresh.words = test_words, fresh.count = 2;
            cs = fresh;
        }
        if (l->kind == L_BLANK || l->kind == L_COMMENT || l->kind == L_ROW)
            sb_putn(sb, l->s, (size_t)l->n);
        else if (block == B_DECL || (l->kind == L_TOP && first_word_is(l, "derive")))
            put_decl_spacing(sb, l);
        else if (block == B_CLAUSES)
            put_clauses(sb, l, &cs);
        else
            sb_putn(sb, l->s, (size_t)l->n);
        sb_putc(sb, '\n');
    }
}

/* ---- the second pass: indentation, blank lines, tables ------------------------------------- */

/* The canonical layout of lines[0..n), malloc'ed. */
static char *layout_lines(fline *lines, int n, size_t *out_len)
{
    char *buf = NULL;
    size_t blen = 0;
    FILE *out = guide_xmemstream(&buf, &blen, "the formatted text");
    int delta = 0;           /* indentation change of the declaration or clause being continued */
    line_kind prev = L_BLANK; /* the last line written (L_BLANK at the start: no blank lines there) */
    int pending_blank = 0;
    for (int i = 0; i < n; i++) {
        fline *l = &lines[i];
        if (l->kind == L_BLANK) {
            pending_blank = prev != L_BLANK;
            continue;
        }
        /* A rule, table or test opens a block: a blank line before it, or before the comments
         * that introduce it. */
        if ((l->kind == L_TOP || l->kind == L_COMMENT) && prev != L_BLANK && prev != L_COMMENT) {
            int j = i;
            while (j < n && lines[j].kind == L_COMMENT)
                j++;
            if (j < n && opens_block(&lines[j]))
                pending_blank = 1;
        }
        if (pending_blank)
            fputc('\n', out);
        pending_blank = 0;
        if (l->kind == L_ROW) {
            int j = i + 1, last = i;
            for (; j < n && (lines[j].kind == L_ROW || lines[j].kind == L_COMMENT); j++)
                if (lines[j].kind == L_ROW)
                    last = j;
            put_table_rows(out, lines, i, last + 1);
            i = last;
            prev = L_ROW;
            continue;
        }
        int indent = l->indent;
        if (l->kind == L_CONT && l->s[l->body] == '}') {
            indent = 0; /* closes a test or a match at the level of its declaration */
        } else if (l->kind == L_TOP || l->kind == L_CLAUSE) {
            indent = l->kind == L_TOP ? 0 : 2;
            delta = indent - l->indent;
        } else if (l->kind == L_CONT) {
            /* a line continuing a clause moved left stays right of the clauses' column */
            int least = l->indent < 4 ? l->indent : 4;
            indent = delta < 0 && l->indent + delta < least ? least : l->indent + delta;
        }
        if (l->kind == L_COMMENT)
            fwrite(l->s, 1, (size_t)l->n, out);
        else {
            put_spaces(out, indent);
            fwrite(l->s + l->body, 1, (size_t)(l->n - l->body), out);
        }
        fputc('\n', out);
        prev = l->kind;
    }
    guide_xmemstream_close(out, "the formatted text");
    *out_len = blen;
    return buf;
}

/* The canonical layout of text[0..len), malloc'ed: the two passes. */
static char *format_text(arena *a, const char *text, size_t len, size_t *out_len)
{
    int n;
    fline *lines = split_lines(a, text, len, &n);
    strbuf first = STRBUF_INIT;
    normalise_text(lines, n, &first);
    lines = split_lines(a, first.data ? first.data : "", first.len, &n);
    char *out = layout_lines(lines, n, out_len);
    sb_free(&first);
    return out;
}

/* The IR dump of ir with every source position cleared, malloc'ed.
 * Formatting moves lines, so positions may differ and nothing else may. They are cleared in the
 * IR rather than masked in the text: a mask that kept the number's width ("line 9" -> "line #",
 * "line 10" -> "line ##") refused any file whose formatting moved a line across a power of ten,
 * and a text mask would also hide a change to a citation that says " line 12". ir is changed. */
static char *ir_dump_text(ir_program *ir)
{
    static const span nowhere;
    for (int i = 0; i < ir->nvars; i++)
        ir->vars[i].sp = nowhere;
    for (int i = 0; i < ir->nclauses; i++)
        ir->clauses[i].sp = nowhere;
    for (int i = 0; i < ir->ntables; i++)
        ir->tables[i].sp = nowhere;
    for (int i = 0; i < ir->nconstraints; i++)
        ir->constraints[i].sp = nowhere;
    for (int i = 0; i < ir->ntests; i++) {
        ir->tests[i].sp = nowhere;
        for (int k = 0; k < ir->tests[i].nexpect; k++)
            ir->tests[i].expect[k].sp = nowhere;
    }
    char *dump = NULL;
    size_t dlen = 0;
    FILE *m = guide_xmemstream(&dump, &dlen, "the IR dump");
    ir_dump(m, ir);
    guide_xmemstream_close(m, "the IR dump");
    return dump;
}

/* The position-free IR dump of the formatted text (see ir_dump_text), malloc'ed; NULL when it
 * does not compile. Its diagnostics are not shown: the caller reports the refusal. */
static char *ir_of_text(const char *path, const char *text, size_t len)
{
    src_file file;
    strbuf err = STRBUF_INIT; /* not shown (see above): the caller reports the refusal */
    int bad = src_from_string(&file, path, text, len, &err);
    sb_free(&err);
    if (bad)
        return NULL;
    FILE *sink = fopen("/dev/null", "w");
    if (!sink) {
        src_free(&file);
        return NULL;
    }
    arena a;
    arena_init(&a);
    diag_ctx d;
    diag_init(&d, &file, sink);
    ast_program *ast = parse_program(&a, &d, &file);
    ir_program *ir = d.errors ? NULL : lower_program(&a, &d, &file, ast);
    char *dump = ir && !d.errors ? ir_dump_text(ir) : NULL;
    fclose(sink);
    arena_free(&a);
    src_free(&file);
    return dump;
}

int fmt_format(const char *path, ir_program *ir, const char *text, size_t len, char **out,
               size_t *out_len, strbuf *why)
{
    *out = NULL;
    char *before = ir_dump_text(ir);
    arena a;
    arena_init(&a);
    size_t flen = 0;
    char *formatted = format_text(&a, text, len, &flen);
    char *after = flen <= (size_t)GUIDE_MAX_FILE_BYTES ? ir_of_text(path, formatted, flen) : NULL;
    int rc = -1;
    if (flen > (size_t)GUIDE_MAX_FILE_BYTES)
        sb_printf(why, "formatted, the file would be over the %d MiB limit for a rule file; "
                       "nothing written", GUIDE_MAX_FILE_BYTES >> 20);
    else if (!after || strcmp(before, after) != 0)
        sb_puts(why, "formatting would change the meaning of the file (its IR differs); nothing "
                     "written. Please report this as a bug of guidec fmt.");
    else
        rc = 0;
    if (rc == 0) {
        *out = formatted;
        *out_len = flen;
    } else {
        free(formatted);
    }
    free(after);
    free(before);
    arena_free(&a);
    return rc;
}

const char fmt_usage[] =
    "usage: guidec fmt [options] FILE ...\n"
    "\n"
    "Prints a rule file in the canonical layout: table rows aligned as columns, declarations\n"
    "at column 0 and their clauses (version, when, unless, then, given, expect, ...) at column 2,\n"
    "each clause of a rule, constraint, test or table head on a line of its own (a rule written\n"
    "on one line is wrapped), continuation lines shifted with them, no trailing blanks, at most\n"
    "one blank line in a row and one before each rule, table and test. input, output and derive\n"
    "declarations are spaced as 'input x : bool', 'cm in [0, 100]', 'enum { a, b }' (the\n"
    "blanks before a ':' are kept, to align a block). Comments are kept where they are. Formatting\n"
    "twice changes nothing. fmt checks that the formatted file means the same (same IR as\n"
    "'guidec --dump-ir', source positions aside) and refuses to write otherwise.\n"
    "\n"
    "options:\n"
    "  --check             write nothing; list the files that are not formatted (exit 1 if any)\n"
    "  --in-place          rewrite the files that are not formatted (through a new file\n"
    "                      renamed over each: a failed write leaves the file as it was)\n"
    "  --help              print this help\n"
    "\n"
    "exit status: 0 ok, 1 --check found a file not formatted, 2 a file cannot be read, has\n"
    "errors, or would change meaning, or bad usage\n";

enum { FMT_EXIT_FINDINGS = 1, FMT_EXIT_USAGE = 2 };

static int fmt_usage_error(const char *msg)
{
    fprintf(stderr, "guidec: %s\n\n%s", msg, fmt_usage);
    return FMT_EXIT_USAGE;
}

/* Replaces path's contents with text[0..len): a fresh file made by mkstemp in path's directory
 * (never a name someone could have planted a symlink at), given path's permission bits, filled,
 * synced, then renamed over path, so that a reader sees the old file or the new one, never half
 * of one. On any failure the temporary file is removed, path is left as it was, and the error
 * is reported naming path. Returns 0 or FMT_EXIT_USAGE. */
static int replace_file(const char *path, const char *text, size_t len)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "guidec: cannot write %s: %s\n", path, strerror(errno));
        return FMT_EXIT_USAGE;
    }
    strbuf tmp = STRBUF_INIT;
    const char *slash = strrchr(path, '/');
    if (slash)
        sb_putn(&tmp, path, (size_t)(slash - path) + 1);
    sb_puts(&tmp, ".guidec-fmt-XXXXXX");
    const char *step = "cannot create a temporary file beside it";
    int fd = mkstemp(tmp.data);
    int ok = fd >= 0;
    if (ok) {
        step = "cannot write the temporary file";
        for (size_t done = 0; ok && done < len;) {
            ssize_t w = write(fd, text + done, len - done);
            if (w > 0)
                done += (size_t)w;
            else if (w < 0 && errno == EINTR)
                continue;
            else {
                if (w == 0)
                    errno = EIO;
                ok = 0;
            }
        }
        if (ok && fchmod(fd, st.st_mode & 07777) != 0) {
            step = "cannot give the temporary file the file's permissions";
            ok = 0;
        }
        /* A full disk may only show when the data reaches it. */
        if (ok && fsync(fd) != 0)
            ok = 0;
        if (close(fd) != 0)
            ok = 0;
        if (ok && rename(tmp.data, path) != 0) {
            step = "cannot rename the temporary file over it";
            ok = 0;
        }
    }
    if (!ok) {
        int e = errno;
        fprintf(stderr, "guidec: cannot write %s: %s (%s): %s; the file is unchanged\n", path, step,
                tmp.data, strerror(e));
        if (fd >= 0)
            unlink(tmp.data);
    }
    sb_free(&tmp);
    return ok ? 0 : FMT_EXIT_USAGE;
}

/* Drops a diagnostic: formatting is no place for warnings (`guidec check` reports them). */
static void drop_diag(void *ctx, diag_level lvl, span sp, const char *message)
{
    (void)ctx, (void)lvl, (void)sp, (void)message;
}

/* Formats one file: mode 0 prints, 'c' checks, 'i' rewrites. Returns an exit status. */
static int fmt_file(const char *path, int mode)
{
    /* The same reader, size limit and messages as every other verb; a file with errors is
     * compiled again to show them. */
    compilation c;
    int crc = compile_file_to(&c, path, stderr, COMPILE_LOWER, 0, drop_diag, NULL);
    if (crc == 1) {
        compile_free(&c);
        crc = compile_file(&c, path, stderr, COMPILE_LOWER, 0);
    }
    if (crc != 0) {
        if (crc == 1)
            fprintf(stderr, "guidec: %s has errors; fmt only formats files that compile\n", path);
        compile_free(&c);
        return FMT_EXIT_USAGE;
    }
    const char *text = c.file.text;
    size_t len = c.file.len;
    size_t flen = 0;
    char *formatted = NULL;
    strbuf why = STRBUF_INIT;
    int rc = 0;
    if (fmt_format(path, c.ir, text, len, &formatted, &flen, &why) != 0) {
        fprintf(stderr, "guidec: %s: %s\n", path, sb_str(&why));
        rc = FMT_EXIT_USAGE;
    } else if (mode == 0) {
        errno = 0;
        if (fwrite(formatted, 1, flen, stdout) != flen || fflush(stdout) != 0 || ferror(stdout)) {
            fprintf(stderr, "guidec: cannot write the formatted %s to standard output: %s\n", path,
                    errno ? strerror(errno) : "write error");
            rc = FMT_EXIT_USAGE;
        }
    } else if (flen != len || memcmp(formatted, text, len) != 0) {
        if (mode == 'c') {
            int line = 1;
            for (size_t i = 0; i < len && i < flen && text[i] == formatted[i]; i++)
                line += text[i] == '\n';
            fprintf(stderr, "%s:%d: not formatted (guidec fmt --in-place %s)\n", path, line, path);
            rc = FMT_EXIT_FINDINGS;
        } else
            rc = replace_file(path, formatted, flen);
    }
    sb_free(&why);
    free(formatted);
    compile_free(&c);
    return rc;
}

int fmt_main(int argc, char **argv)
{
    static const struct option opts[] = {{"check", no_argument, 0, 'c'},
                                         {"in-place", no_argument, 0, 'i'},
                                         {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    int mode = 0, c;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'c':
        case 'i':
            if (mode && mode != c)
                return fmt_usage_error("--check and --in-place cannot be used together");
            mode = c;
            break;
        case 'h': fputs(fmt_usage, stdout); return 0;
        default: return fmt_usage_error("unknown option");
        }
    }
    int nfiles = argc - optind;
    if (nfiles < 1)
        return fmt_usage_error("fmt takes a rule file");
    if (mode == 0 && nfiles != 1)
        return fmt_usage_error("fmt prints one file; use --check or --in-place for several");
    int rc = 0;
    for (int i = optind; i < argc; i++) {
        int r = fmt_file(argv[i], mode);
        rc = r > rc ? r : rc;
    }
    return rc;
}
