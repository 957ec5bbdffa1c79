/* case_value.c — one input's value into a frame: from what a JSON case gives for it (case_read.c
 * turns jansson's values into rt_given) or from its text (a CSV cell, a field of the web page), with
 * the messages that say what is wrong; and one JSON record (rt_read_record), read the same way
 * whoever parsed its JSON (jansson, or the web page). No JSON parser here: this builds for
 * WebAssembly too. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "case_value.h"
#include "guide.h"
#include "oom.h"
#include "strbuf.h"

/* ---- Small text helpers ------------------------------------------------------------------ */

/* Makes s valid UTF-8 without control characters (a message is one line of text): bad bytes
 * and controls become '?'; a sequence cut at the end (by truncation) is dropped. */
static void clean_text(char *s)
{
    unsigned char *p = (unsigned char *)s;
    size_t n = strlen(s);
    size_t i = 0;
    while (i < n) {
        size_t k = guide_utf8_len(p + i, n - i);
        if (k == 0) {
            if (p[i] >= 0xC2 && p[i] <= 0xF4 && n - i < 4) { /* cut sequence at the end */
                p[i] = '\0';
                return;
            }
            p[i++] = '?';
        } else {
            if (k == 1 && (p[i] < 0x20 || p[i] == 0x7F))
                p[i] = '?';
            i += k;
        }
    }
}

/* Appends s[0..slen), quoted, to sb: at most 60 bytes of it (cut at a code point, with "..."),
 * so that a message echoes what the case said without repeating a whole megabyte. */
void rt_put_quoted(strbuf *sb, const char *s, size_t slen)
{
    size_t max = 60, n = slen;
    int cut = 0;
    if (n > max) {
        n = max;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) /* do not split a code point */
            n--;
        cut = 1;
    }
    const char *nul = memchr(s, '\0', n); /* as "%.*s" did (no caller passes one) */
    if (nul)
        n = (size_t)(nul - s);
    sb_putc(sb, '"');
    sb_putn(sb, s, n);
    sb_puts(sb, cut ? "...\"" : "\"");
}

/* Copies src[0..n) into dst[size] in one bounded copy: whole when it fits; else cut at a code
 * point and ending with "..." so that the cut shows (the ABI's message fields are fixed arrays,
 * and so is the caller's buffer of guide_parse_quantity). */
static void copy_out(char *dst, size_t size, const char *src, size_t n)
{
    if (size == 0)
        return;
    if (n < size) {
        memcpy(dst, src, n);
        dst[n] = '\0';
        return;
    }
    size_t mark = size > 4 ? 3 : 0; /* "..." when there is room for it */
    n = size - 1 - mark;
    while (n > 0 && ((unsigned char)src[n] & 0xC0) == 0x80) /* do not split a code point */
        n--;
    memcpy(dst, src, n);
    memcpy(dst + n, "...", mark);
    dst[n + mark] = '\0';
}

/* The message when memory ran out building another: said plainly, never that one cut short. */
static const char out_of_memory[] = "out of memory";

/* Fills err from a finished message: the one place where a message meets the fixed arrays of
 * guide_case_error. A message that could not be built (sb_failed) is "out of memory". */
void rt_put_error(guide_case_error *err, const char *field, const strbuf *why)
{
    field = field ? field : "";
    copy_out(err->field, sizeof err->field, field, strlen(field));
    clean_text(err->field);
    if (sb_failed(why))
        copy_out(err->message, sizeof err->message, out_of_memory, strlen(out_of_memory));
    else
        copy_out(err->message, sizeof err->message, sb_str(why), why->len);
    clean_text(err->message);
}

void rt_set_error(guide_case_error *err, const char *field, const char *fmt, ...)
{
    strbuf why = STRBUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(&why, fmt, ap);
    va_end(ap);
    rt_put_error(err, field, &why);
    sb_free(&why);
}

/* guide_edit_distance, or a large number for names too long to be worth comparing. */
static int edit_distance(const char *a, const char *b)
{
    if (strlen(a) > 63 || strlen(b) > 63)
        return 1000;
    return guide_edit_distance(a, b);
}

/* Keeps in *best the candidate closest to s, within an edit distance of 2 (for "did you mean"). */
void rt_consider(const char *s, const char *cand, const char **best, int *bestd)
{
    if (!cand)
        return;
    int d = edit_distance(s, cand);
    if (d <= 2 && (!*best || d < *bestd))
        *best = cand, *bestd = d;
}

/* Appends "stomach, jejunum, ileum", all the labels of var, to sb. */
static void put_labels(strbuf *sb, const guide_var_info *var)
{
    for (int i = 0; i < var->nlabels; i++)
        sb_printf(sb, "%s%s", i ? ", " : "", var->labels[i]);
}

/* Appends "the string \"yes\"", "the number 3", "an object", ...: what the case gave. */
void rt_put_given(strbuf *sb, const rt_given *g)
{
    switch (g->kind) {
    case RT_GIVEN_STRING:
        sb_puts(sb, "the string ");
        rt_put_quoted(sb, g->str, g->len);
        return;
    case RT_GIVEN_NUMBER: sb_printf(sb, "the number %g", g->num); return;
    case RT_GIVEN_OBJECT: sb_puts(sb, "an object"); return;
    case RT_GIVEN_ARRAY: sb_puts(sb, "an array"); return;
    case RT_GIVEN_TRUE: sb_puts(sb, "true"); return;
    case RT_GIVEN_FALSE: sb_puts(sb, "false"); return;
    case RT_GIVEN_NULL: sb_puts(sb, "null"); return;
    }
}

/* Appends " cm", or nothing for a value without a unit. */
static void put_unit_suffix(strbuf *sb, const guide_var_info *var)
{
    if (var->unit)
        sb_printf(sb, " %s", var->unit);
}

/* Appends "mm, cm, m or km": the built-in units of u's dimension (u itself for a user unit). */
static void put_units_of_dimension(strbuf *sb, const guide_unit *u)
{
    int n = 0, k = 0;
    for (int i = 0; i < guide_builtin_unit_count; i++)
        n += guide_unit_same_dimension(&guide_builtin_units[i], u);
    if (n == 0) {
        sb_puts(sb, u->name);
        return;
    }
    for (int i = 0; i < guide_builtin_unit_count; i++)
        if (guide_unit_same_dimension(&guide_builtin_units[i], u)) {
            sb_puts(sb, k == 0 ? "" : k == n - 1 ? " or " : ", ");
            sb_puts(sb, guide_builtin_units[i].name);
            k++;
        }
}

/* Appends " (length)", or nothing for a unit that is its own dimension (a user unit). */
static void put_dimension_note(strbuf *sb, const guide_unit *u)
{
    if (u->dimension && strcmp(u->dimension, u->name) != 0)
        sb_printf(sb, " (%s)", u->dimension);
}

/* ---- Quantities -------------------------------------------------------------------------- */

/* The end of the number that starts at p: a sign, digits, a fraction, an exponent when digits
 * follow its 'e'. *digits: how many digits the number has before its exponent. */
static const char *number_end(const char *p, int *digits)
{
    *digits = 0;
    if (*p == '+' || *p == '-')
        p++;
    while (rt_is_digit(*p))
        p++, (*digits)++;
    if (*p == '.') {
        p++;
        while (rt_is_digit(*p))
            p++, (*digits)++;
    }
    if (*p == 'e' || *p == 'E') {
        const char *e = p + 1;
        if (*e == '+' || *e == '-')
            e++;
        if (rt_is_digit(*e)) {
            p = e;
            while (rt_is_digit(*p))
                p++;
        }
    }
    return p;
}

/* Converts *x, read from text, from the unit named u[0..ulen) to `to` (NULL: the value has no
 * unit). On error appends why to `why` and returns -1. */
static int convert_quantity(const guide_ruleset_info *rs, const char *text, const char *u,
                            size_t ulen, const guide_unit *to, double *x, strbuf *why)
{
    /* a unit's name is a name of the rule file, 100 bytes at most
     * (compiler/front/guide_limits.h), so one of more is no unit */
    char uname[128];
    size_t tlen = strlen(text);
    if (ulen >= sizeof uname) {
        sb_puts(why, "unknown unit in ");
        rt_put_quoted(why, text, tlen);
        return -1;
    }
    if (ulen == 6 && memcmp(u, "mg/day", 6) == 0) /* as people write mg_per_day */
        u = "mg_per_day", ulen = 10;
    memcpy(uname, u, ulen);
    uname[ulen] = '\0';
    if (!to) {
        rt_put_quoted(why, text, tlen);
        sb_puts(why, " gives a unit, but this value has none: give a plain number");
        return -1;
    }
    const guide_unit *from = guide_unit_find(uname, rs ? rs->units : NULL, rs ? rs->nunits : 0);
    if (!from && strcmp(uname, to->name) == 0)
        from = to;
    if (!from) {
        sb_printf(why, "unknown unit \"%s\" in ", uname);
        rt_put_quoted(why, text, tlen);
        sb_puts(why, ": give it in ");
        put_units_of_dimension(why, to);
        return -1;
    }
    if (!guide_unit_same_dimension(from, to)) {
        rt_put_quoted(why, text, tlen);
        sb_printf(why, " is in %s", from->name);
        put_dimension_note(why, from);
        sb_printf(why, ", which cannot be converted to %s", to->name);
        put_dimension_note(why, to);
        sb_puts(why, ": give it in ");
        put_units_of_dimension(why, to);
        return -1;
    }
    *x = guide_unit_convert(*x, from, to);
    if (!isfinite(*x)) {
        rt_put_quoted(why, text, tlen);
        sb_printf(why, " is not a finite number of %s", to->name);
        return -1;
    }
    return 0;
}

/* Parses text as a number followed by an optional unit and converts it to `to` (NULL: the value
 * has no unit). With require_unit, a bare number is refused: in a JSON case a number must be a
 * JSON number, and a string is there only to say the unit. On error appends why to `why` and
 * returns -1; on success appends nothing. */
static int parse_quantity(const guide_ruleset_info *rs, const char *text, const guide_unit *to,
                          int require_unit, double *out, strbuf *why)
{
    /* num is read only when short enough, and refused otherwise: a number of 63 characters is
     * already past any clinical value */
    char num[64];
    size_t tlen = strlen(text);
    const char *start = text;
    while (rt_is_space(*start))
        start++;
    int digits;
    const char *p = number_end(start, &digits);
    if (!digits) {
        rt_put_quoted(why, text, tlen);
        if (to)
            sb_printf(why, " is not a number with a unit (such as \"7.5 %s\")", to->name);
        else
            sb_puts(why, " is not a number");
        return -1;
    }
    size_t nlen = (size_t)(p - start);
    if (nlen >= sizeof num) {
        rt_put_quoted(why, text, tlen);
        sb_puts(why, " is too long a number");
        return -1;
    }
    memcpy(num, start, nlen);
    num[nlen] = '\0';
    double x = strtod(num, NULL);
    if (!isfinite(x)) {
        rt_put_quoted(why, text, tlen);
        sb_puts(why, " is not a finite number");
        return -1;
    }
    while (rt_is_space(*p))
        p++;
    const char *uend = p + strlen(p);
    while (uend > p && rt_is_space(uend[-1]))
        uend--;
    size_t ulen = (size_t)(uend - p);
    if (ulen == 0 && require_unit) {
        rt_put_quoted(why, text, tlen);
        if (to)
            sb_printf(why, " has no unit: give the unit (\"%s %s\") or a JSON number", num,
                      to->name);
        else
            sb_printf(why, " is a string: give a JSON number (%s)", num);
        return -1;
    }
    if (ulen > 0 && convert_quantity(rs, text, p, ulen, to, &x, why) < 0)
        return -1;
    *out = x;
    return 0;
}

int guide_parse_quantity(const guide_ruleset_info *rs, const char *text, const guide_unit *to,
                         double *out, char *err, size_t errlen)
{
    strbuf why = STRBUF_INIT; /* allocates only when there is something to say */
    int rc = -1;
    if (!text || !out)
        sb_puts(&why, "no text");
    else
        rc = parse_quantity(rs, text, to, 0, out, &why);
    if (err && sb_failed(&why))
        copy_out(err, errlen, out_of_memory, strlen(out_of_memory));
    else if (err)
        copy_out(err, errlen, sb_str(&why), why.len);
    sb_free(&why);
    return rc;
}

/* ---- One record -------------------------------------------------------------------------- */

/* Whether x is a value of numeric input var: integral for an integer, inside the range once
 * rounded to its step. */
int rt_number_fits(const guide_var_info *var, double x)
{
    double r = guide_step_round(x, var->step);
    return (!guide_type_is_integral(var->type) || x == floor(x)) && r >= var->lo && r <= var->hi;
}

/* The label of var spelled s[0..n), or -1. */
int rt_label_of(const guide_var_info *var, const char *s, size_t n)
{
    for (int l = 0; l < var->nlabels; l++)
        if (strncmp(var->labels[l], s, n) == 0 && var->labels[l][n] == '\0')
            return l;
    return -1;
}

/* Appends the value of numeric input var as a message shows it: the number the case gave, or
 * its text with the value in the declared unit ("\"1.5 m\" (150 cm)"). */
static void put_shown(strbuf *sb, const guide_var_info *var, const rt_given *j, double x)
{
    if (j->kind == RT_GIVEN_NUMBER) {
        sb_printf(sb, "%g", x);
        return;
    }
    rt_put_quoted(sb, j->str, j->len);
    sb_printf(sb, " (%g", x);
    put_unit_suffix(sb, var);
    sb_putc(sb, ')');
}

/* Reads a number of numeric var (an input, or a list's element: name says which) from j: a JSON
 * number, or a string with a unit ("35 mm"); checks it is whole for an integer and, rounded to
 * the step, inside the declared range. On error appends why and returns -1. */
static int read_number(const guide_ruleset_info *rs, const guide_var_info *var, const char *name,
                       const rt_given *j, strbuf *why, double *out)
{
    const char *what = guide_type_is_integral(var->type) ? "an integer" : "a number";
    double x;
    if (j->kind == RT_GIVEN_NUMBER) {
        x = j->num;
        if (!isfinite(x)) {
            sb_printf(why, "%s: not a finite number", name);
            return -1;
        }
    } else if (j->kind == RT_GIVEN_STRING && !memchr(j->str, '\0', j->len)) {
        guide_unit self = {var->unit, var->unit, 1, 1, NULL};
        const guide_unit *to = NULL;
        if (var->unit) {
            to = guide_unit_find(var->unit, rs->units, rs->nunits);
            if (!to)
                to = &self;
        }
        strbuf pq = STRBUF_INIT; /* allocates only on error */
        if (parse_quantity(rs, j->str, to, 1, &x, &pq) < 0) {
            sb_printf(why, "%s: ", name);
            sb_append(why, &pq);
            sb_free(&pq);
            return -1;
        }
    } else {
        sb_printf(why, "%s: expected %s%s%s, got ", name, what, var->unit ? " in " : "",
                  var->unit ? var->unit : "");
        rt_put_given(why, j);
        return -1;
    }
    if (guide_type_is_integral(var->type) && x != floor(x)) {
        sb_printf(why, "%s: ", name);
        put_shown(why, var, j, x);
        sb_printf(why, " is not a whole number (%s is an integer)", name);
        return -1;
    }
    double rounded = guide_step_round(x, var->step); /* the range holds recorded values */
    if (rounded < var->lo || rounded > var->hi) {
        sb_printf(why, "%s: ", name);
        put_shown(why, var, j, x);
        if (rounded != x)
            sb_printf(why, " (%g at its step of %g)", rounded, var->step);
        if (isfinite(var->lo) && isfinite(var->hi))
            sb_printf(why, " is outside the declared range [%g, %g]", var->lo, var->hi);
        else if (isfinite(var->lo))
            sb_printf(why, " is outside the declared range: at least %g", var->lo);
        else
            sb_printf(why, " is outside the declared range: at most %g", var->hi);
        put_unit_suffix(why, var);
        return -1;
    }
    *out = x == 0 ? 0.0 : x; /* no -0 */
    return 0;
}

/* Reads list input v from j, a JSON array of numbers as read_number takes them (an empty array
 * is a known, empty list; an unknown element is refused: leave the whole list out instead). */
static int read_list(guide_frame *f, int v, const rt_given *j, strbuf *why)
{
    const guide_var_info *var = &f->rs->vars[v];
    if (j->kind != RT_GIVEN_ARRAY) {
        sb_printf(why, "%s: expected a list of numbers%s%s ([2.5, 6]), got ", var->name,
                  var->unit ? " in " : "", var->unit ? var->unit : "");
        rt_put_given(why, j);
        return -1;
    }
    size_t n = j->len;
    if (n > GUIDE_LIST_MAX) {
        sb_printf(why, "%s: %zu elements; a list holds at most %d", var->name, n, GUIDE_LIST_MAX);
        return -1;
    }
    double *room = guide_frame_list_room(f, v, (int32_t)n);
    if (!room) {
        sb_printf(why, "%s: out of memory", var->name);
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        char name[160];
        snprintf(name, sizeof name, "%s[%zu]", var->name, i);
        rt_given e;
        j->elem(j->arr, i, &e);
        if (e.kind == RT_GIVEN_NULL) {
            sb_printf(why, "%s: an element cannot be unknown (null); leave the whole list out "
                      "when it is not known", name);
            return -1;
        }
        if (read_number(f->rs, var, name, &e, why, &room[i]) < 0)
            return -1;
    }
    f->val[v].list.items = room;
    f->val[v].list.n = (int32_t)n;
    return 0;
}

/* Reads the value of input v from j (not null) into f; on error appends why (the field is
 * v's name) and returns -1. */
int rt_read_value(guide_frame *f, int v, const rt_given *j, strbuf *why)
{
    const guide_ruleset_info *rs = f->rs;
    const guide_var_info *var = &rs->vars[v];
    const char *name = var->name;
    switch (guide_type_repr(var->type)) {
    case GUIDE_REPR_TRUTH:
        if (j->kind != RT_GIVEN_TRUE && j->kind != RT_GIVEN_FALSE) {
            sb_printf(why, "%s: expected true or false, got ", name);
            rt_put_given(why, j);
            return -1;
        }
        f->val[v].b = j->kind == RT_GIVEN_TRUE;
        break;
    case GUIDE_REPR_LABEL: {
        if (j->kind != RT_GIVEN_STRING) {
            sb_printf(why, "%s: expected a label (a string), got ", name);
            rt_put_given(why, j);
            sb_puts(why, "; declared labels: ");
            put_labels(why, var);
            return -1;
        }
        int l = guide_label_index(rs, v, j->str);
        if (l < 0) {
            const char *near = NULL;
            int d = 0;
            for (int i = 0; i < var->nlabels; i++)
                rt_consider(j->str, var->labels[i], &near, &d);
            sb_printf(why, "%s: ", name);
            rt_put_quoted(why, j->str, j->len);
            sb_puts(why, " is not a declared label");
            if (near)
                sb_printf(why, " (did you mean %s?)", near);
            sb_puts(why, "; declared labels: ");
            put_labels(why, var);
            return -1;
        }
        f->val[v].label = l;
        break;
    }
    case GUIDE_REPR_NUMBER:
        if (read_number(rs, var, name, j, why, &f->val[v].num) < 0)
            return -1;
        break;
    case GUIDE_REPR_LIST:
        if (read_list(f, v, j, why) < 0)
            return -1;
        break;
    case GUIDE_REPR_RANGE:
    case GUIDE_REPR_SET:
        sb_printf(why, "%s: a %s cannot be given in a case", name, guide_type_word(var->type));
        return -1;
    }
    f->known[v] = 1;
    return 0;
}

/* The member of rec named key, or 0 (there is at most one: a reader rejects duplicate keys). */
static int find_member(const rt_given *rec, const char *key, rt_given *out)
{
    const void *at = NULL;
    const char *k;
    while (rec->member(rec, &at, &k, out))
        if (strcmp(k, key) == 0)
            return 1;
    return 0;
}

/* Sets f->id from the record's "id" (absent or null: none); -1 with why when it is no string. */
static int read_id(guide_frame *f, const rt_given *rec, strbuf *why, guide_case_error *err)
{
    rt_given id;
    if (!find_member(rec, "id", &id) || id.kind == RT_GIVEN_NULL)
        return 0;
    if (id.kind != RT_GIVEN_STRING) {
        sb_puts(why, "id: expected a string, got ");
        rt_put_given(why, &id);
        rt_put_error(err, "id", why);
        return -1;
    }
    f->id = guide_malloc(id.len + 1);
    if (!f->id) {
        rt_set_error(err, "id", "id: out of memory");
        return -1;
    }
    memcpy(f->id, id.str, id.len + 1);
    return 0;
}

/* Appends why key, which is no input of rs, cannot be in a case: it names an output or a derived
 * value, or is unknown (with the input it may be a misspelling of). */
static void put_not_input(strbuf *why, const guide_ruleset_info *rs, const char *key)
{
    const char *name = rs->name ? rs->name : "this ruleset";
    int v = guide_var_index(rs, key);
    rt_put_quoted(why, key, strlen(key));
    if (v >= 0) {
        sb_printf(why, ": not an input of %s (it is %s); a case gives inputs only", name,
                  rs->vars[v].kind == GUIDE_VAR_OUTPUT ? "an output" : "a derived value");
        return;
    }
    const char *near = NULL;
    int d = 0;
    for (int i = 0; i < rs->ninputs; i++)
        rt_consider(key, rs->vars[i].name, &near, &d);
    sb_printf(why, ": not an input of %s%s%s%s", name, near ? " (did you mean " : "",
              near ? near : "", near ? "?)" : "");
}

int rt_read_record(guide_frame *f, const rt_given *rec, strbuf *why, guide_case_error *err)
{
    const guide_ruleset_info *rs = f->rs;
    if (rec->kind != RT_GIVEN_OBJECT) {
        sb_puts(why, "the record is ");
        rt_put_given(why, rec);
        sb_puts(why, ", not a JSON object: a case is one object keyed by input name");
        rt_put_error(err, "", why);
        return -1;
    }
    if (read_id(f, rec, why, err) < 0)
        return -1;
    const void *at = NULL;
    const char *key;
    rt_given val;
    while (rec->member(rec, &at, &key, &val)) {
        if (strcmp(key, "id") == 0)
            continue;
        int v = guide_var_index(rs, key);
        if (v < 0 || v >= rs->ninputs) {
            put_not_input(why, rs, key);
            rt_put_error(err, key, why);
            return -1;
        }
        if (val.kind == RT_GIVEN_NULL)
            continue; /* unknown: known stays 0 */
        if (rt_read_value(f, v, &val, why) < 0) {
            rt_put_error(err, rs->vars[v].name, why);
            return -1;
        }
    }
    return guide_check_case(f, err);
}

/* ---- A value as text --------------------------------------------------------------------- */

/* Nonzero if text[0..len) is a plain decimal number (what a CSV cell holds for a number given
 * in the declared unit); strtod alone would also take "inf", "nan" and hex. */
static int plain_number(const char *text, size_t len)
{
    int digits = 0;
    for (size_t i = 0; i < len; i++) {
        char c = text[i];
        if (rt_is_digit(c))
            digits++;
        else if (!(c == '+' || c == '-' || c == '.' || c == 'e' || c == 'E' || rt_is_space(c)))
            return 0;
    }
    return digits > 0;
}

/* Whether text[0..len) is a plain decimal number, finite, with nothing after it but blanks
 * (a CSV cell in the declared unit); *x gets it. */
static int plain_value(const char *text, size_t len, double *x)
{
    char num[64], *end;
    if (len >= sizeof num || !plain_number(text, len))
        return 0;
    memcpy(num, text, len);
    num[len] = '\0';
    *x = strtod(num, &end);
    while (rt_is_space(*end))
        end++;
    return *end == '\0' && isfinite(*x);
}

/* Whether s[0..n) is valid UTF-8 (what a JSON string must be). */
static int valid_utf8(const char *s, size_t n)
{
    for (size_t i = 0, k; i < n; i += k)
        if ((k = guide_utf8_len((const unsigned char *)s + i, n - i)) == 0)
            return 0;
    return 1;
}

static void given_elem(const void *arr, size_t i, rt_given *out)
{
    *out = ((const rt_given *)arr)[i];
}

/* A list's CSV cell, `2.0;6.0` (elements separated by `;`, each a plain number or a number with
 * a unit), as the array read_list takes: its elements in *items (to free), their strings in
 * *copy (the cell, each element cut by a NUL). -1 when out of memory. */
static int list_cell(const char *text, size_t len, rt_given *g, rt_given **items, char **copy)
{
    size_t n = 1;
    for (size_t i = 0; i < len; i++)
        n += text[i] == ';';
    *items = guide_malloc(n * sizeof **items);
    *copy = guide_malloc(len + 1);
    if (!*items || !*copy)
        return -1;
    memcpy(*copy, text, len);
    (*copy)[len] = '\0';
    size_t k = 0;
    for (size_t at = 0; at <= len; k++) {
        const char *sep = memchr(text + at, ';', len - at);
        size_t end = sep ? (size_t)(sep - text) : len, b = at, e = end;
        while (b < e && rt_is_space(text[b]))
            b++;
        while (e > b && rt_is_space(text[e - 1]))
            e--;
        rt_given *it = &(*items)[k];
        memset(it, 0, sizeof *it);
        if (plain_value(text + b, e - b, &it->num)) {
            it->kind = RT_GIVEN_NUMBER;
        } else {
            (*copy)[e] = '\0';
            it->kind = RT_GIVEN_STRING, it->str = *copy + b, it->len = e - b;
        }
        at = end + 1;
    }
    memset(g, 0, sizeof *g);
    g->kind = RT_GIVEN_ARRAY, g->len = k, g->arr = *items, g->elem = given_elem;
    return 0;
}

int rt_read_text_value(guide_frame *f, int v, const char *text, size_t len, guide_case_error *err,
                       const rt_json_cell *json)
{
    memset(err, 0, sizeof *err);
    const guide_ruleset_info *rs = f->rs;
    if (v < 0 || v >= rs->ninputs) {
        rt_set_error(err, "", "not an input");
        return -1;
    }
    if (len == 0)
        return 0; /* unknown: known stays 0 */
    const guide_var_info *var = &rs->vars[v];
    if (memchr(text, '\0', len)) { /* else the messages would quote the text up to the NUL */
        rt_set_error(err, var->name, "%s: the value holds a NUL byte", var->name);
        return -1;
    }
    rt_given g = {.kind = RT_GIVEN_STRING};
    rt_given *items = NULL; /* a list cell's elements, and the text they point into */
    char *copy = NULL;
    int from_json = 0, oom = 0;
    guide_repr repr = guide_type_repr(var->type);
    if (repr == GUIDE_REPR_TRUTH && len == 4 && memcmp(text, "true", 4) == 0)
        g.kind = RT_GIVEN_TRUE;
    else if (repr == GUIDE_REPR_TRUTH && len == 5 && memcmp(text, "false", 5) == 0)
        g.kind = RT_GIVEN_FALSE;
    else if (repr == GUIDE_REPR_NUMBER) {
        double x;
        if (plain_value(text, len, &x)) {
            if (rt_number_fits(var, x)) {
                f->val[v].num = x == 0 ? 0.0 : x; /* what rt_read_value does with the number */
                f->known[v] = 1;
                return 0;
            }
            g.kind = RT_GIVEN_NUMBER, g.num = x; /* rt_read_value says what is wrong with it */
        }
    } else if (repr == GUIDE_REPR_LIST && valid_utf8(text, len)) {
        size_t i = 0;
        while (i < len && rt_is_space(text[i]))
            i++;
        if (json && i < len && text[i] == '[')
            from_json = json->read(text, len, &g) == 0;
        else
            oom = list_cell(text, len, &g, &items, &copy) < 0;
    } else if (repr == GUIDE_REPR_LABEL) {
        int l = rt_label_of(var, text, len);
        if (l >= 0) {
            f->val[v].label = l;
            f->known[v] = 1;
            return 0;
        }
    }
    if (g.kind == RT_GIVEN_STRING && !oom) { /* the text itself, as a JSON string would hold it */
        if (!valid_utf8(text, len)) {
            rt_set_error(err, var->name, "%s: the value is not valid UTF-8 text", var->name);
            return -1;
        }
        copy = guide_malloc(len + 1);
        oom = !copy;
        if (copy) {
            memcpy(copy, text, len);
            copy[len] = '\0';
            g.str = copy, g.len = len;
        }
    }
    int rc = -1;
    if (oom) {
        rt_set_error(err, var->name, "%s: out of memory", var->name);
    } else {
        strbuf why = STRBUF_INIT; /* allocates only when the value is bad */
        rc = rt_read_value(f, v, &g, &why);
        if (rc < 0)
            rt_put_error(err, var->name, &why);
        sb_free(&why);
    }
    if (from_json)
        json->done(&g);
    free(items);
    free(copy);
    return rc;
}
