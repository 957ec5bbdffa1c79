/* strbuf.h — a growable string: the one way Guide builds text whose length it does not know in
 * advance (names, paths, conditions, messages), in the runtime and in the compiler alike.
 *
 * A fixed char[N] cut long names short, or wrote past its end; a strbuf grows instead. Out of
 * memory is reported and aborts, as the compiler's arena does, so callers never check. The text
 * is always NUL-terminated; sb_str of an empty builder is "". */
#ifndef GUIDE_STRBUF_H
#define GUIDE_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct strbuf {
    char  *data; /* the text, NUL-terminated; NULL until something is appended */
    size_t len;  /* bytes of text, the NUL excluded */
    size_t cap;  /* bytes allocated */
} strbuf;

#define STRBUF_INIT {NULL, 0, 0}

void sb_init(strbuf *sb);
/* Frees the text; the builder is empty again and may be reused. */
void sb_free(strbuf *sb);
/* Empties the text but keeps the storage. */
void sb_clear(strbuf *sb);
/* Cuts the text back to its first len bytes (len <= sb->len). */
void sb_truncate(strbuf *sb, size_t len);
void sb_putc(strbuf *sb, char c);
void sb_puts(strbuf *sb, const char *s);
void sb_putn(strbuf *sb, const char *s, size_t n);
void sb_printf(strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vprintf(strbuf *sb, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
/* The text ("" when empty); valid until the next change to the builder. */
const char *sb_str(const strbuf *sb);
/* The text, which the caller now owns and frees (never NULL); the builder is left empty. */
char *sb_take(strbuf *sb);
/* A newly allocated string (free it) from printf, of whatever length: for one-off messages. */
char *sb_format(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Length of the valid UTF-8 sequence at s[0..n) (n >= 1), or 0 if it is not one (overlong forms,
 * surrogates and code points past U+10FFFF are invalid): how the compiler checks a source file
 * and the case reader a value's text. */
size_t guide_utf8_len(const unsigned char *s, size_t n);

/* Levenshtein distance between a and b, for "did you mean" hints (the compiler's names, the case
 * reader's fields and labels). */
int guide_edit_distance(const char *a, const char *b);

#endif
