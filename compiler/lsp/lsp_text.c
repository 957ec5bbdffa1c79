/* lsp_text.c — LSP positions and the compiler's spans. The compiler counts 1-based lines and
 * columns in code points; LSP counts 0-based lines and characters in UTF-16 code units (the
 * default position encoding, the one every client supports): a code point past U+FFFF is two
 * units, every other one unit, whatever its UTF-8 length (é: 2 bytes, 1 unit). */
#include "lsp.h"

/* Bytes of the UTF-8 sequence that starts with byte c (the text is valid UTF-8). */
static int utf8_bytes(unsigned char c)
{
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* The line n (1-based) of f without its line end. */
static const char *line_of(const src_file *f, int n, int *len) { return src_line(f, n, len); }

json_t *lsp_position(const src_file *f, int line, int col)
{
    if (line < 1 || line > f->nlines)
        return json_pack("{s:i,s:i}", "line", line < 1 ? 0 : f->nlines - 1, "character", 0);
    int len;
    const char *s = line_of(f, line, &len);
    int units = 0, cp = 1;
    for (int i = 0; i < len && cp < col; cp++) {
        int k = utf8_bytes((unsigned char)s[i]);
        units += k == 4 ? 2 : 1;
        i += k;
    }
    return json_pack("{s:i,s:i}", "line", line - 1, "character", units);
}

json_t *lsp_range(const src_file *f, span sp)
{
    if (sp.first_line < 1) {
        span start = {1, 1, 1, 0};
        sp = start;
    }
    int last_line = sp.last_line >= sp.first_line ? sp.last_line : sp.first_line;
    int end_col = sp.last_column + 1; /* exclusive */
    if (last_line == sp.first_line && end_col < sp.first_column)
        end_col = sp.first_column;
    return json_pack("{s:o,s:o}", "start", lsp_position(f, sp.first_line, sp.first_column), "end",
                     lsp_position(f, last_line, end_col));
}

long lsp_offset(const src_file *f, int line0, int utf16)
{
    if (line0 < 0 || line0 >= f->nlines || utf16 < 0)
        return -1;
    int len;
    const char *s = line_of(f, line0 + 1, &len);
    int i = 0, units = 0;
    while (i < len && units < utf16) {
        int k = utf8_bytes((unsigned char)s[i]);
        units += k == 4 ? 2 : 1;
        i += k;
    }
    return (long)(s - f->text) + i;
}

void lsp_line_col(const src_file *f, size_t off, int *line, int *col)
{
    int lo = 0, hi = f->nlines - 1; /* the last line that starts at or before off */
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if ((size_t)f->line_start[mid] <= off)
            lo = mid;
        else
            hi = mid - 1;
    }
    *line = lo + 1;
    int c = 1;
    for (size_t i = (size_t)f->line_start[lo]; i < off && i < f->len;
         i += (size_t)utf8_bytes((unsigned char)f->text[i]))
        c++;
    *col = c;
}

int lsp_in_span(span sp, int line, int col)
{
    if (line < sp.first_line || line > sp.last_line)
        return 0;
    if (line == sp.first_line && col < sp.first_column)
        return 0;
    if (line == sp.last_line && col > sp.last_column)
        return 0;
    return 1;
}
