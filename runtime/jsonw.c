/* jsonw.c — the streaming JSON writer of jsonw.h: jansson's compact form, byte for byte. */
#include "jsonw.h"
#include "oom.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void jw_init(jw *w)
{
    w->p = w->stack;
    w->len = 0;
    w->cap = sizeof w->stack;
    w->oom = 0;
    w->depth = 0;
    w->after_key = 0;
    w->need[0] = 0;
}

/* Grows the buffer for n more bytes; returns 0, or -1 (and w->oom) when memory runs out. */
static int grow(jw *w, size_t n)
{
    if (w->oom)
        return -1;
    size_t cap = w->cap * 2;
    while (cap < w->len + n)
        cap *= 2;
    char *p = w->p == w->stack ? guide_malloc(cap) : guide_realloc(w->p, cap);
    if (!p) {
        w->oom = 1;
        return -1;
    }
    if (w->p == w->stack)
        memcpy(p, w->stack, w->len);
    w->p = p;
    w->cap = cap;
    return 0;
}

/* Makes room for n more bytes; returns 0, or -1 when memory ran out (the line is dropped). */
static inline int reserve(jw *w, size_t n)
{
    return w->len + n <= w->cap ? 0 : grow(w, n);
}

static void put(jw *w, const char *s, size_t n)
{
    if (reserve(w, n) == 0) {
        memcpy(w->p + w->len, s, n);
        w->len += n;
    }
}

static void put_ch(jw *w, char c)
{
    if (reserve(w, 1) == 0)
        w->p[w->len++] = c;
}

int jw_flush_line(jw *w, FILE *out)
{
    put_ch(w, '\n');
    int rc = w->oom ? -1 : 0;
    if (!w->oom)
        fwrite(w->p, 1, w->len, out);
    if (w->p != w->stack)
        free(w->p);
    jw_init(w);
    return rc;
}

/* Before a value or a key: the comma between items. */
static void sep(jw *w)
{
    if (w->after_key) {
        w->after_key = 0;
        return;
    }
    if (w->need[w->depth])
        put_ch(w, ',');
    w->need[w->depth] = 1;
}

static void push(jw *w, char c)
{
    sep(w);
    put_ch(w, c);
    if (w->depth + 1 < JW_MAX_DEPTH)
        w->need[++w->depth] = 0;
    else
        w->oom = 1; /* deeper than any result: a bug, and the line is dropped, not mangled */
}

static void pop(jw *w, char c)
{
    put_ch(w, c);
    if (w->depth > 0)
        w->depth--;
}

void jw_open_object(jw *w) { push(w, '{'); }
void jw_open_array(jw *w) { push(w, '['); }
void jw_close_object(jw *w) { pop(w, '}'); }
void jw_close_array(jw *w) { pop(w, ']'); }

/* Length of the UTF-8 sequence at s (jansson's utf8_check_first / utf8_check_full: no
 * overlong forms, no surrogates, nothing above U+10FFFF), or 0 if it is not one. */
static size_t utf8_len(const unsigned char *s)
{
    unsigned c = s[0];
    size_t n;
    uint32_t cp;
    if (c < 0x80)
        return 1;
    if (c < 0xC2 || c > 0xF4)
        return 0;
    if (c < 0xE0)
        n = 2, cp = c & 0x1F;
    else if (c < 0xF0)
        n = 3, cp = c & 0x0F;
    else
        n = 4, cp = c & 0x07;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = cp << 6 | (s[i] & 0x3F);
    }
    if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return n;
}

static int valid_utf8(const unsigned char *s)
{
    while (*s) {
        if (*s < 0x80) { /* names and labels are ASCII: no call for them */
            s++;
            continue;
        }
        size_t n = utf8_len(s);
        if (!n)
            return 0;
        s += n;
    }
    return 1;
}

void jw_raw(jw *w, const char *json, size_t n)
{
    sep(w);
    put(w, json, n);
}

void jw_raw_key(jw *w, const char *json, size_t n)
{
    sep(w);
    put(w, json, n);
    put_ch(w, ':');
    w->after_key = 1;
}

char *jw_quoted(const char *s, size_t *n)
{
    jw w;
    jw_init(&w);
    jw_string(&w, s);
    char *t = w.oom ? NULL : guide_malloc(w.len + 1);
    if (t) {
        memcpy(t, w.p, w.len);
        t[w.len] = 0;
        *n = w.len;
    }
    if (w.p != w.stack)
        free(w.p);
    return t;
}

void jw_key(jw *w, const char *key)
{
    jw_string(w, key);
    put_ch(w, ':');
    w->after_key = 1;
}

/* 1 for the ASCII bytes a JSON string holds as they are. */
static const unsigned char plain_ascii[256] = { /* 0x00-0x7f; the rest are 0 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

void jw_string(jw *w, const char *s)
{
    if (!s) {
        jw_null(w);
        return;
    }
    sep(w);
    const unsigned char *c = (const unsigned char *)s;
    /* names and labels: plain ASCII through and through, one copy with their quotes */
    while (plain_ascii[*c])
        c++;
    if (!*c) {
        size_t n = (size_t)(c - (const unsigned char *)s);
        if (reserve(w, n + 2) == 0) {
            w->p[w->len] = '"';
            memcpy(w->p + w->len + 1, s, n);
            w->p[w->len + 1 + n] = '"';
            w->len += n + 2;
        }
        return;
    }
    c = (const unsigned char *)s;
    int ok = -1; /* valid UTF-8: found out at the first byte above 0x7f */
    put_ch(w, '"');
    for (;;) {
        const unsigned char *run = c; /* bytes written as they are */
        for (;;) {
            while (plain_ascii[*c])
                c++;
            if (*c < 0x80)
                break;
            if (ok < 0)
                ok = valid_utf8((const unsigned char *)s);
            if (!ok)
                break;
            c++;
        }
        put(w, (const char *)run, (size_t)(c - run));
        if (!*c)
            break;
        const char *esc = NULL;
        switch (*c) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        }
        if (esc)
            put(w, esc, 2);
        else if (*c < 0x20) {
            char u[8];
            snprintf(u, sizeof u, "\\u%04X", (unsigned)*c);
            put(w, u, 6);
        } else
            put_ch(w, '?'); /* not UTF-8 */
        c++;
    }
    put_ch(w, '"');
}

/* The decimal digits of x into the end of buf[0..32); returns where they start. */
static char *digits(char *end, unsigned long long x)
{
    do
        *--end = (char)('0' + x % 10);
    while (x /= 10);
    return end;
}

void jw_integer(jw *w, long long x)
{
    char buf[32], *end = buf + sizeof buf;
    unsigned long long u = x < 0 ? 0ull - (unsigned long long)x : (unsigned long long)x;
    char *p = digits(end, u);
    if (x < 0)
        *--p = '-';
    sep(w);
    put(w, p, (size_t)(end - p));
}

/* x in fixed notation when it is k / 10^d for some d <= 6 and |k| < 10^15, and 1e-3 <= |x| <
 * 1e15: then "%.15g" rounds x to exactly that decimal (x is within half an ulp of it, far less
 * than the 15-digit spacing), writes it without exponent, and strips the trailing zeros, which
 * is what this writes, without printf. Returns 0 when x is not of that form. */
static int short_decimal(jw *w, double x)
{
    double a = fabs(x), scale = 1;
    if (!(a >= 1e-3 && a < 1e15))
        return 0;
    for (int d = 1; d <= 6; d++) {
        scale *= 10;
        double k = round(a * scale);
        if (k >= 1e15 || k / scale != a)
            continue;
        char buf[40], *end = buf + sizeof buf;
        unsigned long long u = (unsigned long long)k;
        int frac = d;
        while (frac > 0 && u % 10 == 0) /* trailing zeros of the fraction */
            u /= 10, frac--;
        if (frac == 0)
            return 0; /* an integer: jw_number writes those (and jansson would add ".0") */
        char *p = end;
        for (int i = 0; i < frac; i++, u /= 10)
            *--p = (char)('0' + u % 10);
        if (frac)
            *--p = '.';
        p = digits(p, u);
        if (x < 0)
            *--p = '-';
        sep(w);
        put(w, p, (size_t)(end - p));
        return 1;
    }
    return 0;
}

/* jansson's jsonp_dtostr with precision 15: "%.15g", ".0" when it reads as an integer, and no
 * '+' or leading zeros in the exponent. */
static void real(jw *w, double x)
{
    char buf[48];
    int n = snprintf(buf, sizeof buf, "%.15g", x);
    if (n < 0 || n >= (int)sizeof buf - 3) {
        w->oom = 1;
        return;
    }
    size_t len = (size_t)n;
    if (!strchr(buf, '.') && !strchr(buf, 'e')) {
        memcpy(buf + len, ".0", 3);
        len += 2;
    }
    char *start = strchr(buf, 'e');
    if (start) {
        start++;
        char *end = start + 1;
        if (*start == '-')
            start++;
        while (*end == '0')
            end++;
        if (end != start) {
            memmove(start, end, len - (size_t)(end - buf) + 1);
            len -= (size_t)(end - start);
        }
    }
    sep(w);
    put(w, buf, len);
}

void jw_number(jw *w, double x)
{
    if (!isfinite(x))
        jw_null(w);
    else if (x == floor(x) && fabs(x) < 9007199254740992.0)
        jw_integer(w, (long long)x);
    else if (!short_decimal(w, x))
        real(w, x);
}

void jw_bool(jw *w, int b)
{
    sep(w);
    if (b)
        put(w, "true", 4);
    else
        put(w, "false", 5);
}

void jw_null(jw *w)
{
    sep(w);
    put(w, "null", 4);
}
