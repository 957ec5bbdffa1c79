/* diag.c — source files and diagnostics (diag.h): loading and checking a file, printing
 * `file:line:col: level: message`, the source line and a caret line under the span, and the
 * edit distance behind "did you mean" hints. */
#include "diag.h"
#include "arena.h"
#include "guide_limits.h"
#include "xalloc.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ---- Source files ---------------------------------------------------------------------------- */

/* The message for a byte that cannot be in a source file, at text[bad] (line, col): the
 * diagnostic line, then the source line with every byte that is not valid UTF-8 (NUL included)
 * shown as \xHH, then a caret under the first one. */
static void bad_byte(strbuf *err, const char *path, const char *text, size_t len, size_t bad,
                     int line, int col)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t bol = bad, eol = bad;
    while (bol > 0 && s[bol - 1] != '\n')
        bol--;
    while (eol < len && s[eol] != '\n')
        eol++;
    if (s[bad])
        sb_printf(err, "%s:%d:%d: error: invalid UTF-8 (byte 0x%02X)\n", path, line, col,
                  (unsigned)s[bad]);
    else
        sb_printf(err, "%s:%d:%d: error: NUL byte in the source file\n", path, line, col);
    if (eol > bol && s[eol - 1] == '\r')
        eol--;
    for (size_t i = bol; i < eol;) {
        size_t k = s[i] ? guide_utf8_len(s + i, eol - i) : 0;
        if (k == 0 || s[i] == '\r') {
            sb_printf(err, "\\x%02X", (unsigned)s[i]);
            i++;
        } else {
            sb_putn(err, text + i, k);
            i += k;
        }
    }
    sb_putc(err, '\n');
    for (size_t i = bol; i < bad; i++)
        if ((s[i] & 0xC0) != 0x80)
            sb_putc(err, s[i] == '\t' ? '\t' : ' ');
    sb_puts(err, "^~~~");
}

/* Checks the text (no NUL, valid UTF-8) and builds the line table. Takes ownership of text. */
static int src_init(src_file *f, const char *path, char *text, size_t len, strbuf *err)
{
    const unsigned char *s = (const unsigned char *)text;
    int line = 1, col = 1;
    for (size_t i = 0; i < len;) {
        size_t n = s[i] ? guide_utf8_len(s + i, len - i) : 0;
        if (n == 0) {
            bad_byte(err, path, text, len, i, line, col);
            free(text);
            return 1;
        }
        if (s[i] == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
        i += n;
    }
    int *starts = guide_xmalloc(sizeof *starts * (size_t)line, "a source file");
    int k = 0;
    starts[k++] = 0;
    for (size_t i = 0; i < len; i++)
        if (text[i] == '\n')
            starts[k++] = (int)(i + 1);
    f->path = path;
    f->text = text;
    f->len = len;
    f->nlines = line;
    f->line_start = starts;
    return 0;
}

int src_load(src_file *f, const char *path, strbuf *err)
{
    memset(f, 0, sizeof *f);
    FILE *in = fopen(path, "rb");
    if (!in) {
        sb_printf(err, "%s: error: cannot open: %s", path, strerror(errno));
        return 1;
    }
    size_t len = 0, cap = 4096;
    char *text = guide_xmalloc(cap + 1, "a source file");
    for (;;) {
        len += fread(text + len, 1, cap - len, in);
        if (len < cap || len > (size_t)GUIDE_MAX_FILE_BYTES)
            break;
        text = guide_xrealloc(text, cap * 2 + 1, "a source file");
        cap *= 2;
    }
    int bad = ferror(in);
    fclose(in);
    if (!bad && len > (size_t)GUIDE_MAX_FILE_BYTES) {
        sb_printf(err, "%s: error: file too large: more than %d MiB, the limit for a rule file",
                 path, GUIDE_MAX_FILE_BYTES >> 20);
        free(text);
        return 1;
    }
    if (bad) {
        sb_printf(err, "%s: error: cannot read: %s", path, strerror(errno));
        free(text);
        return 1;
    }
    text[len] = '\0';
    return src_init(f, path, text, len, err);
}

int src_from_string(src_file *f, const char *path, const char *text, size_t len, strbuf *err)
{
    memset(f, 0, sizeof *f);
    if (len > (size_t)GUIDE_MAX_FILE_BYTES) {
        sb_printf(err, "%s: error: file too large: more than %d MiB, the limit for a rule file",
                 path, GUIDE_MAX_FILE_BYTES >> 20);
        return 1;
    }
    char *copy = guide_xmalloc(len + 1, "a source file");
    memcpy(copy, text, len);
    copy[len] = '\0';
    return src_init(f, path, copy, len, err);
}

void src_free(src_file *f)
{
    free((void *)f->text);
    free((void *)f->line_start);
    memset(f, 0, sizeof *f);
}

const char *src_line(const src_file *f, int n, int *len)
{
    if (!f || !f->text || n < 1 || n > f->nlines) {
        *len = 0;
        return "";
    }
    const char *s = f->text + f->line_start[n - 1];
    const char *end = n < f->nlines ? f->text + f->line_start[n] - 1 : f->text + f->len;
    if (end > s && end[-1] == '\r')
        end--;
    *len = (int)(end - s);
    return s;
}

/* ---- Diagnostics ----------------------------------------------------------------------------- */

void diag_init(diag_ctx *d, const src_file *f, FILE *out)
{
    memset(d, 0, sizeof *d);
    d->file = f;
    d->out = out ? out : stderr;
}

#define C_BOLD  "\033[1m"
#define C_RED   "\033[1;31m"
#define C_MAG   "\033[1;35m"
#define C_CYAN  "\033[1;36m"
#define C_GREEN "\033[1;32m"
#define C_OFF   "\033[0m"

/* The source line of sp and a caret line under it. The caret line copies the tabs that come
 * before the span, so it stays aligned whatever the tab width; every other code point becomes
 * one space. The underline stops at the end of the first line of a multi-line span; a zero-width
 * span gets a lone '^'. */
static void print_caret(diag_ctx *d, span sp)
{
    const src_file *f = d->file;
    if (!f || sp.first_line < 1 || sp.first_line > f->nlines || sp.first_column < 1)
        return;
    int len;
    const char *line = src_line(f, sp.first_line, &len);
    fprintf(d->out, "%.*s\n", len, line);
    int ncols = 0; /* code points in the line */
    for (int i = 0; i < len; i++)
        ncols += ((unsigned char)line[i] & 0xC0) != 0x80;
    int last = sp.last_line > sp.first_line ? ncols : sp.last_column;
    if (last < sp.first_column)
        last = sp.first_column; /* zero-width (or empty) span: a lone caret */
    if (d->color)
        fputs(C_GREEN, d->out);
    int col = 1;
    for (int i = 0; i < len && col < sp.first_column; i++) {
        unsigned char c = (unsigned char)line[i];
        if ((c & 0xC0) == 0x80)
            continue;
        fputc(c == '\t' ? '\t' : ' ', d->out);
        col++;
    }
    for (; col < sp.first_column; col++)
        fputc(' ', d->out);
    fputc('^', d->out);
    for (col++; col <= last; col++)
        fputc('~', d->out);
    if (d->color)
        fputs(C_OFF, d->out);
    fputc('\n', d->out);
}

static void vreport(diag_ctx *d, diag_level lvl, span sp, const char *fmt, va_list ap)
{
    static const char *const names[] = {"error", "warning", "note"};
    if (lvl == DIAG_ERROR)
        d->errors++;
    else if (lvl == DIAG_WARNING)
        d->warnings++;
    if (d->sink) {
        strbuf msg = STRBUF_INIT;
        sb_vprintf(&msg, fmt, ap);
        d->sink(d->sink_ctx, lvl, sp, sb_str(&msg));
        sb_free(&msg);
        return;
    }
    static const char *const colors[] = {C_RED, C_MAG, C_CYAN};
    const char *path = d->file && d->file->path ? d->file->path : "guidec";
    if (d->color)
        fputs(C_BOLD, d->out);
    if (sp.first_line > 0)
        fprintf(d->out, "%s:%d:%d: ", path, sp.first_line, sp.first_column);
    else
        fprintf(d->out, "%s: ", path);
    if (d->color)
        fprintf(d->out, C_OFF "%s%s:" C_OFF C_BOLD " ", colors[lvl], names[lvl]);
    else
        fprintf(d->out, "%s: ", names[lvl]);
    vfprintf(d->out, fmt, ap);
    if (d->color)
        fputs(C_OFF, d->out);
    fputc('\n', d->out);
    print_caret(d, sp);
}

void diag_at(diag_ctx *d, diag_level lvl, span sp, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport(d, lvl, sp, fmt, ap);
    va_end(ap);
}

void diag_error(diag_ctx *d, span sp, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport(d, DIAG_ERROR, sp, fmt, ap);
    va_end(ap);
}

void diag_warning(diag_ctx *d, span sp, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport(d, DIAG_WARNING, sp, fmt, ap);
    va_end(ap);
}

void diag_note(diag_ctx *d, span sp, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport(d, DIAG_NOTE, sp, fmt, ap);
    va_end(ap);
}

/* A line without a location (a hint, a band) attached to the previous diagnostic. */
static void vreport_line(diag_ctx *d, diag_level lvl, const char *fmt, va_list ap)
{
    if (d->sink) {
        strbuf msg = STRBUF_INIT;
        span none = {0, 0, 0, 0};
        sb_vprintf(&msg, fmt, ap);
        d->sink(d->sink_ctx, lvl, none, sb_str(&msg));
        sb_free(&msg);
        return;
    }
    const char *name = lvl == DIAG_BAND ? "band:" : "hint:";
    if (d->color)
        fprintf(d->out, C_BOLD "%s" C_OFF " ", name);
    else
        fprintf(d->out, "%s ", name);
    vfprintf(d->out, fmt, ap);
    fputc('\n', d->out);
}

void diag_hint(diag_ctx *d, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport_line(d, DIAG_HINT, fmt, ap);
    va_end(ap);
}

void diag_band(diag_ctx *d, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport_line(d, DIAG_BAND, fmt, ap);
    va_end(ap);
}

int src_byte_of_column(const char *line, int len, int col)
{
    int b = 0;
    for (int c = 1; c < col && b < len; c++) {
        b++;
        while (b < len && ((unsigned char)line[b] & 0xC0) == 0x80)
            b++;
    }
    return b;
}

char *src_span_text(struct arena *a, const src_file *f, span sp)
{
    int len;
    const char *line = src_line(f, sp.first_line, &len);
    if (!line)
        return arena_strdup(a, "");
    int from = src_byte_of_column(line, len, sp.first_column);
    int to = sp.last_line == sp.first_line ? src_byte_of_column(line, len, sp.last_column + 1) : len;
    if (to < from)
        to = from;
    return arena_strndup(a, line + from, (size_t)(to - from));
}
