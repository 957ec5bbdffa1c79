/* jsonw.h — a small streaming JSON writer for the result lines of libguide (runtime/print.c).
 *
 * Results are written one line per case, often millions of them (`guidec batch`): building a
 * jansson tree for each and dumping it costs more than evaluating the case. This writer
 * appends to one buffer and writes it with a single fwrite, and produces exactly the bytes
 * jansson's json_dumpf(JSON_COMPACT | JSON_REAL_PRECISION(15)) gives for the same values, so
 * that results do not depend on the writer (tests/unit/test_print.c re-dumps its output with
 * jansson and compares). Internal to libguide: not part of the ABI. */
#ifndef GUIDE_JSONW_H
#define GUIDE_JSONW_H

#include <stddef.h>
#include <stdio.h>

enum { JW_MAX_DEPTH = 16, JW_STACK = 16384 };

typedef struct jw {
    char  *p;                        /* the text so far: stack, or heap once it outgrows it */
    size_t len, cap;
    int    oom;                      /* an allocation failed: the line is dropped */
    int    depth;                    /* open objects and arrays */
    int    after_key;                /* the next value follows a key: no comma */
    unsigned char need[JW_MAX_DEPTH]; /* a comma is due before the next item at this depth */
    char   stack[JW_STACK];
} jw;

void jw_init(jw *w);
/* Writes the text and a newline to out and frees what the writer holds. Returns 0, or -1 if
 * memory ran out (nothing is written then). */
int jw_flush_line(jw *w, FILE *out);

void jw_open_object(jw *w);
void jw_open_array(jw *w);
void jw_close_object(jw *w);
void jw_close_array(jw *w);
/* A key of the object being written; the value follows. */
void jw_key(jw *w, const char *key);

/* A value, or a key, already written as JSON (a name quoted once by jw_quoted, say). */
void jw_raw(jw *w, const char *json, size_t n);
void jw_raw_key(jw *w, const char *json, size_t n);
/* s as a JSON string, quotes included, in a new malloc'd text of *n bytes (NULL when memory
 * runs out). */
char *jw_quoted(const char *s, size_t *n);

/* A string (null when s is NULL); bytes that are not UTF-8 become '?', as in a result. */
void jw_string(jw *w, const char *s);
/* A number: null when not finite, an integer when integral (24, not 24.0), else 15
 * significant digits. */
void jw_number(jw *w, double x);
void jw_integer(jw *w, long long x);
void jw_bool(jw *w, int b);
void jw_null(jw *w);

#endif
