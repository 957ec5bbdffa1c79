/* strbuf.c — the growable string of strbuf.h. */
#include "strbuf.h"
#include "oom.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void sb_init(strbuf *sb) { *sb = (strbuf)STRBUF_INIT; }

void sb_free(strbuf *sb)
{
    free(sb->data);
    sb_init(sb);
}

void sb_clear(strbuf *sb)
{
    sb_truncate(sb, 0);
    sb->failed = 0;
}

void sb_truncate(strbuf *sb, size_t len)
{
    if (sb->data && len < sb->len) {
        sb->len = len;
        sb->data[len] = '\0';
    }
}

/* The builder cannot grow: it fails, unless the program asked to end then (guidec). Returns 0. */
static int grow_failed(strbuf *sb)
{
    guide_alloc_failed("a growing string");
    sb->failed = 1;
    return 0;
}

/* Room for `more` bytes of text and the NUL: 1, or 0 when the builder has failed. */
static int reserve(strbuf *sb, size_t more)
{
    if (sb->failed)
        return 0;
    if (more >= (size_t)-1 - sb->len - 1) /* a text that would outgrow the address space */
        return grow_failed(sb);
    size_t need = sb->len + more + 1;
    if (need <= sb->cap)
        return 1;
    size_t cap = sb->cap ? sb->cap : 64;
    while (cap < need)
        cap = cap > (size_t)-1 / 2 ? need : cap * 2;
    char *p = guide_realloc(sb->data, cap);
    if (!p)
        return grow_failed(sb);
    sb->data = p;
    sb->cap = cap;
    return 1;
}

void sb_putn(strbuf *sb, const char *s, size_t n)
{
    if (!reserve(sb, n))
        return;
    if (n)
        memcpy(sb->data + sb->len, s, n);
    sb->len += n;
    sb->data[sb->len] = '\0';
}

void sb_putc(strbuf *sb, char c) { sb_putn(sb, &c, 1); }

void sb_puts(strbuf *sb, const char *s) { sb_putn(sb, s, strlen(s)); }

void sb_vprintf(strbuf *sb, const char *fmt, va_list ap)
{
    va_list again;
    va_copy(again, ap);
    char probe[1];
    int n = vsnprintf(probe, 0, fmt, ap);
    if (n < 0) { /* an encoding error: nothing is appended rather than garbage */
        va_end(again);
        return;
    }
    if (!reserve(sb, (size_t)n)) {
        va_end(again);
        return;
    }
    vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, again);
    va_end(again);
    sb->len += (size_t)n;
}

void sb_printf(strbuf *sb, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(sb, fmt, ap);
    va_end(ap);
}

void sb_append(strbuf *sb, const strbuf *more)
{
    if (more->failed && !sb->failed)
        grow_failed(sb);
    sb_putn(sb, sb_str(more), more->len);
}

int sb_failed(const strbuf *sb) { return sb->failed; }

const char *sb_str(const strbuf *sb) { return sb->data ? sb->data : ""; }

char *sb_take(strbuf *sb)
{
    if (!sb->data && reserve(sb, 0))
        sb->data[0] = '\0';
    char *s = sb->failed ? NULL : sb->data;
    if (!s)
        free(sb->data);
    sb_init(sb);
    return s;
}

char *sb_format(const char *fmt, ...)
{
    strbuf sb = STRBUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(&sb, fmt, ap);
    va_end(ap);
    return sb_take(&sb);
}

size_t guide_utf8_len(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    size_t len;
    unsigned int min;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        min = 0x10000;
    } else {
        return 0;
    }
    if (n < len)
        return 0;
    unsigned int cp = c & (0x7F >> len);
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = cp << 6 | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

int guide_edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    int small[64];
    int *row = lb + 1 <= 64 ? small : guide_malloc(sizeof *row * (lb + 1));
    if (!row)
        return (int)(la > lb ? la : lb);
    for (size_t j = 0; j <= lb; j++)
        row[j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        int diag = row[0]; /* row[i-1][j-1] */
        row[0] = (int)i;
        for (size_t j = 1; j <= lb; j++) {
            int up = row[j]; /* row[i-1][j] */
            int best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    int dist = row[lb];
    if (row != small)
        free(row);
    return dist;
}
