/* case_value.h — reading one input's value into a frame, whatever the case was written in (a JSON
 * case, a CSV cell, the fields of the web page): libguide's own, not part of the embedding ABI of
 * guide.h. case_value.c holds no JSON parser, so that it builds where jansson does not (the page's
 * WebAssembly); case_read.c turns jansson's values into the rt_given this reads. */
#ifndef GUIDE_CASE_VALUE_H
#define GUIDE_CASE_VALUE_H

#include <stddef.h>

#include "guide.h"
#include "strbuf.h"

#if defined(__GNUC__)
#define RT_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define RT_PRINTF(f, a)
#endif

/* What a case gives for an input, as JSON would type it. */
typedef enum rt_given_kind {
    RT_GIVEN_NULL,
    RT_GIVEN_TRUE,
    RT_GIVEN_FALSE,
    RT_GIVEN_NUMBER,
    RT_GIVEN_STRING,
    RT_GIVEN_ARRAY,
    RT_GIVEN_OBJECT,
} rt_given_kind;

typedef struct rt_given rt_given;
struct rt_given {
    rt_given_kind kind;
    double        num;  /* NUMBER */
    const char   *str;  /* STRING: its bytes, NUL-terminated (they may hold a NUL before len) */
    size_t        len;  /* STRING: bytes; ARRAY: elements; OBJECT: members */
    const void   *arr;  /* ARRAY: the elements, read through elem; OBJECT: the members */
    void        (*elem)(const void *arr, size_t i, rt_given *out); /* ARRAY: element i */
    /* OBJECT: the member after *at (NULL: the first), in the record's order: 1 with its key
     * (NUL-terminated) and value, 0 after the last. */
    int         (*member)(const rt_given *obj, const void **at, const char **key, rt_given *out);
};

/* Reads the value of input v from g (not null) into f; on error appends why (the field is v's
 * name) and returns -1. */
int rt_read_value(guide_frame *f, int v, const rt_given *g, strbuf *why);

/* Fills f (cleared) from one record of a JSON case: an object whose "id" is a string or null and
 * whose other keys are inputs, each null (unknown) or read by rt_read_value in the record's
 * order, then the ruleset's constraints. The first error wins: fills err and returns -1. why is
 * scratch space for the message, empty on entry. */
int rt_read_record(guide_frame *f, const rt_given *rec, strbuf *why, guide_case_error *err);

/* Reads list cell text[0..len) as the JSON array it is written as ("[2.5, \"6 mm\"]"); 0 with
 * *g set, or -1 when it is no such array (then the cell is read as a string, and refused).
 * done(g) is called once the value is read. */
typedef struct rt_json_cell {
    int  (*read)(const char *text, size_t len, rt_given *g);
    void (*done)(rt_given *g);
} rt_json_cell;

/* guide_read_text_value; a list cell that opens with '[' goes to json (NULL: the cell is read
 * as `;`-separated elements like any other). */
int rt_read_text_value(guide_frame *f, int v, const char *text, size_t len, guide_case_error *err,
                       const rt_json_cell *json);

/* ---- What the JSON reader shares ----------------------------------------------------------- */

/* Fills err from a finished message (cleaned to one line of valid UTF-8, cut to fit). */
void rt_put_error(guide_case_error *err, const char *field, const strbuf *why);
/* rt_put_error of a message that is one printf. */
void rt_set_error(guide_case_error *err, const char *field, const char *fmt, ...) RT_PRINTF(3, 4);
/* Appends s[0..slen), quoted, at most 60 bytes of it. */
void rt_put_quoted(strbuf *sb, const char *s, size_t slen);
/* Appends "the string \"yes\"", "the number 3", "an object", ...: what the case gave. */
void rt_put_given(strbuf *sb, const rt_given *g);
/* Keeps in *best the candidate closest to s, within an edit distance of 2 ("did you mean"). */
void rt_consider(const char *s, const char *cand, const char **best, int *bestd);
/* The label of var spelled s[0..n), or -1. */
int rt_label_of(const guide_var_info *var, const char *s, size_t n);
/* Whether x is a value of numeric input var: integral for an integer, inside the range once
 * rounded to its step. */
int rt_number_fits(const guide_var_info *var, double x);

static inline int rt_is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static inline int rt_is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

#endif
