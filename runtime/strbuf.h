/* strbuf.h — a growable string: the one way Guide builds text whose length it does not know in
 * advance (names, paths, conditions, messages), in the runtime and in the compiler alike.
 *
 * A fixed char[N] cut long names short, or wrote past its end; a strbuf grows instead. The text
 * is always NUL-terminated; sb_str of an empty builder is "".
 *
 * Out of memory: libguide is embedded in other programs and must not end them, so a builder that
 * cannot grow fails instead, and the failure is sticky: it keeps the text it had, later appends
 * do nothing, sb_failed says so, and sb_take and sb_format return NULL. Whoever built text
 * checks sb_failed before using it, and returns its own error (never the text cut short). In
 * guidec, which asks for it (guide_set_out_of_memory_exit, oom.h), a builder that cannot grow
 * ends the program with "guidec: out of memory (a growing string)" and status 2 instead, so the
 * compiler's builders never fail. */
#ifndef GUIDE_STRBUF_H
#define GUIDE_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct strbuf {
    char  *data;   /* the text, NUL-terminated; NULL until something is appended */
    size_t len;    /* bytes of text, the NUL excluded */
    size_t cap;    /* bytes allocated */
    int    failed; /* 1 once growing failed: the text is incomplete, appends do nothing */
} strbuf;

#define STRBUF_INIT {NULL, 0, 0, 0}

void sb_init(strbuf *sb);
/* Frees the text; the builder is empty again, its failure forgotten, and may be reused. */
void sb_free(strbuf *sb);
/* Empties the text but keeps the storage; a failure is forgotten (a new text starts). */
void sb_clear(strbuf *sb);
/* Cuts the text back to its first len bytes (len <= sb->len); a failure stays. */
void sb_truncate(strbuf *sb, size_t len);
void sb_putc(strbuf *sb, char c);
void sb_puts(strbuf *sb, const char *s);
void sb_putn(strbuf *sb, const char *s, size_t n);
void sb_printf(strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vprintf(strbuf *sb, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
/* Appends the text of more, and its failure: for a part built in a builder of its own. */
void sb_append(strbuf *sb, const strbuf *more);
/* 1 when the builder could not grow: its text is incomplete and must not be used as whole. */
int sb_failed(const strbuf *sb);
/* The text ("" when empty); valid until the next change to the builder. */
const char *sb_str(const strbuf *sb);
/* The text, which the caller now owns and frees; the builder is left empty. NULL when the
 * builder failed (its text is freed), or when memory runs out for the text of an empty one. */
char *sb_take(strbuf *sb);
/* A newly allocated string (free it) from printf, of whatever length: for one-off messages.
 * NULL when memory runs out. */
char *sb_format(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Length of the valid UTF-8 sequence at s[0..n) (n >= 1), or 0 if it is not one (overlong forms,
 * surrogates and code points past U+10FFFF are invalid): how the compiler checks a source file
 * and the case reader a value's text. */
size_t guide_utf8_len(const unsigned char *s, size_t n);

/* Levenshtein distance between a and b, for "did you mean" hints (the compiler's names, the case
 * reader's fields and labels). */
int guide_edit_distance(const char *a, const char *b);

#endif
