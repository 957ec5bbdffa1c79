/* case_read.c — reading cases (CASES.md "A case") into frames, with jansson.
 *
 * The buffer holds JSON values one after another: one pretty-printed object, JSON Lines, or
 * objects simply concatenated. Each value is one record and yields exactly one callback, with
 * the case or with an error that names the field and the reason. A JSON syntax error ends its
 * record; reading resumes at the line after the one the bad record started on, so in JSON Lines
 * every input line gives one result line, in order. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "guide.h"
#include "oom.h"
#include "strbuf.h"

#if defined(__GNUC__)
#define RT_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define RT_PRINTF(f, a)
#endif

/* ---- Small text helpers ------------------------------------------------------------------ */

/* Length of the valid UTF-8 sequence at s (at most n bytes), or 0 if it is not valid. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
    size_t k;
    unsigned min;
    unsigned c = s[0];
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        k = 2, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF)
        k = 3, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4)
        k = 4, min = 0x10000;
    else
        return 0;
    if (n < k)
        return 0;
    unsigned cp = c & (0x3Fu >> (k - 1));
    for (size_t i = 1; i < k; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = cp << 6 | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return k;
}

/* Makes s valid UTF-8 without control characters (a message is one line of text): bad bytes
 * and controls become '?'; a sequence cut at the end (by truncation) is dropped. */
static void clean_text(char *s)
{
    unsigned char *p = (unsigned char *)s;
    size_t n = strlen(s);
    size_t i = 0;
    while (i < n) {
        size_t k = utf8_seq(p + i, n - i);
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
static void put_quoted(strbuf *sb, const char *s, size_t slen)
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

/* Fills err from a finished message: the one place where a message meets the fixed arrays of
 * guide_case_error. */
static void put_error(guide_case_error *err, const char *field, const strbuf *why)
{
    field = field ? field : "";
    copy_out(err->field, sizeof err->field, field, strlen(field));
    clean_text(err->field);
    copy_out(err->message, sizeof err->message, sb_str(why), why->len);
    clean_text(err->message);
}

/* put_error of a message that is one printf. */
static void set_error(guide_case_error *err, const char *field, const char *fmt, ...)
    RT_PRINTF(3, 4);

static void set_error(guide_case_error *err, const char *field, const char *fmt, ...)
{
    strbuf why = STRBUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(&why, fmt, ap);
    va_end(ap);
    put_error(err, field, &why);
    sb_free(&why);
}

/* Levenshtein distance, or a large number for names too long to be worth comparing. */
static int edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 63 || lb > 63)
        return 1000;
    int row[64];
    for (size_t j = 0; j <= lb; j++)
        row[j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        int diag = row[0];
        row[0] = (int)i;
        for (size_t j = 1; j <= lb; j++) {
            int up = row[j];
            int best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

/* Keeps in *best the candidate closest to s, within an edit distance of 2 (for "did you mean"). */
static void consider(const char *s, const char *cand, const char **best, int *bestd)
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

static const char *json_kind(const json_t *j)
{
    switch (json_typeof(j)) {
    case JSON_OBJECT: return "an object";
    case JSON_ARRAY: return "an array";
    case JSON_STRING: return "a string";
    case JSON_INTEGER:
    case JSON_REAL: return "a number";
    case JSON_TRUE: return "true";
    case JSON_FALSE: return "false";
    case JSON_NULL: return "null";
    }
    return "?";
}

/* Appends "the string \"yes\"", "the number 3", "an object", ...: what the case gave. */
static void put_given(strbuf *sb, const json_t *j)
{
    if (json_is_string(j)) {
        sb_puts(sb, "the string ");
        put_quoted(sb, json_string_value(j), json_string_length(j));
    } else if (json_is_number(j))
        sb_printf(sb, "the number %g", json_number_value(j));
    else
        sb_puts(sb, json_kind(j));
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

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Parses text as a number followed by an optional unit and converts it to `to` (NULL: the value
 * has no unit). With require_unit, a bare number is refused: in a JSON case a number must be a
 * JSON number, and a string is there only to say the unit. On error appends why to `why` and
 * returns -1; on success appends nothing. */
static int parse_quantity(const guide_ruleset_info *rs, const char *text, const guide_unit *to,
                          int require_unit, double *out, strbuf *why)
{
    /* num and uname are read only when short enough, and refused otherwise: a number of 63
     * characters is already past any clinical value; a unit's name is a name of the rule file,
     * 100 bytes at most (compiler/guide_limits.h), so one of more is no unit */
    char num[64], uname[128];
    size_t tlen = strlen(text);
    const char *p = text;
    while (is_space(*p))
        p++;
    const char *start = p;
    if (*p == '+' || *p == '-')
        p++;
    int digits = 0;
    while (is_digit(*p))
        p++, digits++;
    if (*p == '.') {
        p++;
        while (is_digit(*p))
            p++, digits++;
    }
    if (!digits) {
        put_quoted(why, text, tlen);
        if (to)
            sb_printf(why, " is not a number with a unit (such as \"7.5 %s\")", to->name);
        else
            sb_puts(why, " is not a number");
        return -1;
    }
    if (*p == 'e' || *p == 'E') {
        const char *e = p + 1;
        if (*e == '+' || *e == '-')
            e++;
        if (is_digit(*e)) {
            p = e;
            while (is_digit(*p))
                p++;
        }
    }
    size_t nlen = (size_t)(p - start);
    if (nlen >= sizeof num) {
        put_quoted(why, text, tlen);
        sb_puts(why, " is too long a number");
        return -1;
    }
    memcpy(num, start, nlen);
    num[nlen] = '\0';
    double x = strtod(num, NULL);
    if (!isfinite(x)) {
        put_quoted(why, text, tlen);
        sb_puts(why, " is not a finite number");
        return -1;
    }
    while (is_space(*p))
        p++;
    const char *uend = p + strlen(p);
    while (uend > p && is_space(uend[-1]))
        uend--;
    size_t ulen = (size_t)(uend - p);
    if (ulen == 0) {
        if (require_unit) {
            put_quoted(why, text, tlen);
            if (to)
                sb_printf(why, " has no unit: give the unit (\"%s %s\") or a JSON number", num,
                          to->name);
            else
                sb_printf(why, " is a string: give a JSON number (%s)", num);
            return -1;
        }
        *out = x;
        return 0;
    }
    if (ulen >= sizeof uname) {
        sb_puts(why, "unknown unit in ");
        put_quoted(why, text, tlen);
        return -1;
    }
    if (ulen == 6 && memcmp(p, "mg/day", 6) == 0) /* as people write mg_per_day */
        p = "mg_per_day", ulen = 10;
    memcpy(uname, p, ulen);
    uname[ulen] = '\0';
    if (!to) {
        put_quoted(why, text, tlen);
        sb_puts(why, " gives a unit, but this value has none: give a plain number");
        return -1;
    }
    const guide_unit *from = guide_unit_find(uname, rs ? rs->units : NULL, rs ? rs->nunits : 0);
    if (!from && strcmp(uname, to->name) == 0)
        from = to;
    if (!from) {
        sb_printf(why, "unknown unit \"%s\" in ", uname);
        put_quoted(why, text, tlen);
        sb_puts(why, ": give it in ");
        put_units_of_dimension(why, to);
        return -1;
    }
    if (!guide_unit_same_dimension(from, to)) {
        put_quoted(why, text, tlen);
        sb_printf(why, " is in %s", from->name);
        put_dimension_note(why, from);
        sb_printf(why, ", which cannot be converted to %s", to->name);
        put_dimension_note(why, to);
        sb_puts(why, ": give it in ");
        put_units_of_dimension(why, to);
        return -1;
    }
    x = guide_unit_convert(x, from, to);
    if (!isfinite(x)) {
        put_quoted(why, text, tlen);
        sb_printf(why, " is not a finite number of %s", to->name);
        return -1;
    }
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
    if (err)
        copy_out(err, errlen, sb_str(&why), why.len);
    sb_free(&why);
    return rc;
}

/* ---- One record -------------------------------------------------------------------------- */

/* Whether x is a value of numeric input var: integral for an integer, inside the range once
 * rounded to its step. */
static int number_fits(const guide_var_info *var, double x)
{
    double r = guide_step_round(x, var->step);
    return (var->type != GUIDE_INTEGER || x == floor(x)) && r >= var->lo && r <= var->hi;
}

/* The label of var spelled s[0..n), or -1. */
static int label_of(const guide_var_info *var, const char *s, size_t n)
{
    for (int l = 0; l < var->nlabels; l++)
        if (strncmp(var->labels[l], s, n) == 0 && var->labels[l][n] == '\0')
            return l;
    return -1;
}

/* Appends the value of numeric input var as a message shows it: the number the case gave, or
 * its text with the value in the declared unit ("\"1.5 m\" (150 cm)"). */
static void put_shown(strbuf *sb, const guide_var_info *var, const json_t *j, double x)
{
    if (json_is_number(j)) {
        sb_printf(sb, "%g", x);
        return;
    }
    put_quoted(sb, json_string_value(j), json_string_length(j));
    sb_printf(sb, " (%g", x);
    put_unit_suffix(sb, var);
    sb_putc(sb, ')');
}

/* Reads a number of numeric var (an input, or a list's element: name says which) from j: a JSON
 * number, or a string with a unit ("35 mm"); checks it is whole for an integer and, rounded to
 * the step, inside the declared range. On error appends why and returns -1. */
static int read_number(const guide_ruleset_info *rs, const guide_var_info *var, const char *name,
                       const json_t *j, strbuf *why, double *out)
{
    const char *what = var->type == GUIDE_INTEGER ? "an integer" : "a number";
    double x;
    if (json_is_number(j)) {
        x = json_number_value(j);
        if (!isfinite(x)) {
            sb_printf(why, "%s: not a finite number", name);
            return -1;
        }
    } else if (json_is_string(j) && json_string_length(j) == strlen(json_string_value(j))) {
        guide_unit self = {var->unit, var->unit, 1, 1, NULL};
        const guide_unit *to = NULL;
        if (var->unit) {
            to = guide_unit_find(var->unit, rs->units, rs->nunits);
            if (!to)
                to = &self;
        }
        strbuf pq = STRBUF_INIT; /* allocates only on error */
        if (parse_quantity(rs, json_string_value(j), to, 1, &x, &pq) < 0) {
            sb_printf(why, "%s: %s", name, sb_str(&pq));
            sb_free(&pq);
            return -1;
        }
    } else {
        sb_printf(why, "%s: expected %s%s%s, got ", name, what, var->unit ? " in " : "",
                  var->unit ? var->unit : "");
        put_given(why, j);
        return -1;
    }
    if (var->type == GUIDE_INTEGER && x != floor(x)) {
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
static int read_list(guide_frame *f, int v, const json_t *j, strbuf *why)
{
    const guide_var_info *var = &f->rs->vars[v];
    if (!json_is_array(j)) {
        sb_printf(why, "%s: expected a list of numbers%s%s ([2.5, 6]), got ", var->name,
                  var->unit ? " in " : "", var->unit ? var->unit : "");
        put_given(why, j);
        return -1;
    }
    size_t n = json_array_size(j);
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
        const json_t *e = json_array_get(j, i);
        if (json_is_null(e)) {
            sb_printf(why, "%s: an element cannot be unknown (null); leave the whole list out "
                      "when it is not known", name);
            return -1;
        }
        if (read_number(f->rs, var, name, e, why, &room[i]) < 0)
            return -1;
    }
    f->val[v].list.items = room;
    f->val[v].list.n = (int32_t)n;
    return 0;
}

/* Reads the value of input v from j (not null) into f; on error appends why (the field is
 * v's name) and returns -1. */
static int read_value(guide_frame *f, int v, const json_t *j, strbuf *why)
{
    const guide_ruleset_info *rs = f->rs;
    const guide_var_info *var = &rs->vars[v];
    const char *name = var->name;
    switch (var->type) {
    case GUIDE_BOOL:
        if (!json_is_boolean(j)) {
            sb_printf(why, "%s: expected true or false, got ", name);
            put_given(why, j);
            return -1;
        }
        f->val[v].b = json_is_true(j);
        break;
    case GUIDE_ENUM: {
        if (!json_is_string(j)) {
            sb_printf(why, "%s: expected a label (a string), got ", name);
            put_given(why, j);
            sb_puts(why, "; declared labels: ");
            put_labels(why, var);
            return -1;
        }
        int l = guide_label_index(rs, v, json_string_value(j));
        if (l < 0) {
            const char *near = NULL;
            int d = 0;
            for (int i = 0; i < var->nlabels; i++)
                consider(json_string_value(j), var->labels[i], &near, &d);
            sb_printf(why, "%s: ", name);
            put_quoted(why, json_string_value(j), json_string_length(j));
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
    case GUIDE_NUMBER:
    case GUIDE_INTEGER:
        if (read_number(rs, var, name, j, why, &f->val[v].num) < 0)
            return -1;
        break;
    case GUIDE_LIST:
        if (read_list(f, v, j, why) < 0)
            return -1;
        break;
    case GUIDE_RANGE:
    case GUIDE_SET:
        sb_printf(why, "%s: a %s cannot be given in a case", name,
                  var->type == GUIDE_RANGE ? "range" : "set");
        return -1;
    }
    f->known[v] = 1;
    return 0;
}

/* Fills f from one JSON value; on error fills err and returns -1. why is scratch space for the
 * message, empty on entry. */
static int read_record(guide_frame *f, const json_t *root, strbuf *why, guide_case_error *err)
{
    const guide_ruleset_info *rs = f->rs;
    if (!json_is_object(root)) {
        sb_puts(why, "the record is ");
        put_given(why, root);
        sb_puts(why, ", not a JSON object: a case is one object keyed by input name");
        put_error(err, "", why);
        return -1;
    }
    const json_t *id = json_object_get(root, "id");
    if (id && !json_is_null(id)) {
        if (!json_is_string(id)) {
            sb_puts(why, "id: expected a string, got ");
            put_given(why, id);
            put_error(err, "id", why);
            return -1;
        }
        size_t n = json_string_length(id);
        f->id = guide_alloc_fails() ? NULL : malloc(n + 1);
        if (!f->id) {
            set_error(err, "id", "id: out of memory");
            return -1;
        }
        memcpy(f->id, json_string_value(id), n + 1);
    }
    const char *key;
    json_t *val;
    json_object_foreach((json_t *)root, key, val) {
        if (strcmp(key, "id") == 0)
            continue;
        int v = guide_var_index(rs, key);
        if (v < 0 || v >= rs->ninputs) {
            put_quoted(why, key, strlen(key));
            if (v >= 0)
                sb_printf(why, ": not an input of %s (it is %s); a case gives inputs only",
                          rs->name ? rs->name : "this ruleset",
                          rs->vars[v].kind == GUIDE_VAR_OUTPUT ? "an output" : "a derived value");
            else {
                const char *near = NULL;
                int d = 0;
                for (int i = 0; i < rs->ninputs; i++)
                    consider(key, rs->vars[i].name, &near, &d);
                sb_printf(why, ": not an input of %s%s%s%s", rs->name ? rs->name : "this ruleset",
                          near ? " (did you mean " : "", near ? near : "", near ? "?)" : "");
            }
            put_error(err, key, why);
            return -1;
        }
        if (json_is_null(val))
            continue; /* unknown: known stays 0 */
        if (read_value(f, v, val, why) < 0) {
            put_error(err, rs->vars[v].name, why);
            return -1;
        }
    }
    return guide_check_case(f, err);
}

/* ---- The buffer -------------------------------------------------------------------------- */

/* Code points from a to b, for columns. */
static int code_points(const char *a, const char *b)
{
    int n = 0;
    for (; a < b; a++)
        n += ((unsigned char)*a & 0xC0) != 0x80;
    return n;
}

/* Appends jansson's reason for rejecting a text, in the reader's words where jansson's name its
 * own flags or types ("without JSON_ALLOW_NUL", "too big integer"); its "near '...'" is kept. */
static void put_json_reason(strbuf *sb, const json_error_t *je)
{
    const char *what;
    switch (json_error_code(je)) {
    case json_error_null_character: what = "a string holds a \\u0000 (NUL) character"; break;
    case json_error_numeric_overflow: what = "a number too large to read"; break;
    default: sb_puts(sb, je->text); return;
    }
    const char *near = strstr(je->text, " near ");
    sb_puts(sb, what);
    if (near)
        sb_puts(sb, near);
}


/* The input as the reader sees it: all of it (a buffer), or a window on a stream that is
 * refilled as records are read, so that a stream of any length is read in one pass with the
 * memory of a few records. Offsets are into buf; refilling moves them all together. */
typedef struct cases_rd {
    const char *buf;        /* the window: input bytes [base, base + len) */
    char       *own;        /* buf, when it is ours (a stream), else NULL */
    size_t      len, cap;
    size_t      pos;        /* where the next record starts */
    size_t      line_start; /* where the line of pos starts (for columns) */
    size_t      scan;       /* [.., scan) holds no NUL byte (scanned once, not per record) */
    size_t      nul;        /* the first NUL at or after scan, when nul_found */
    int         nul_found;
    int         eof;        /* no more input beyond the window */
    FILE       *in;         /* the stream, or NULL */
} cases_rd;

/* Bytes kept ahead of a record before it is parsed: a record shorter than this is parsed once. */
enum { CASES_AHEAD = 1 << 16 };

/* Reads more of the stream into the window, dropping what lies before the current line.
 * Returns 1 when bytes were added, 0 at the end of the input (or on a read error: ferror). */
static int cases_more(cases_rd *r)
{
    if (r->eof)
        return 0;
    size_t keep = r->line_start < r->pos ? r->line_start : r->pos;
    if (keep > 0) {
        memmove(r->own, r->own + keep, r->len - keep);
        r->len -= keep;
        r->pos -= keep;
        r->line_start -= keep;
        r->scan = r->scan > keep ? r->scan - keep : 0;
        r->nul -= r->nul_found ? keep : 0;
    }
    if (r->cap - r->len < CASES_AHEAD) {
        size_t cap = r->cap ? r->cap * 2 : 4 * CASES_AHEAD;
        /* (it once set eof here: the rest of the cases were silently not read) */
        char *nb = guide_alloc_fails() ? NULL : realloc(r->own, cap);
        if (!nb)
            guide_out_of_memory("the case reader's buffer");
        r->own = nb;
        r->cap = cap;
    }
    size_t got = fread(r->own + r->len, 1, r->cap - r->len, r->in);
    r->buf = r->own;
    r->len += got;
    if (got == 0)
        r->eof = 1;
    return got > 0;
}

/* The offset of the first NUL byte at or after r->pos, or r->len. */
static size_t cases_nul(cases_rd *r)
{
    if (r->nul_found && r->nul >= r->pos)
        return r->nul;
    if (r->scan < r->pos)
        r->scan = r->pos;
    const char *p = r->scan < r->len ? memchr(r->buf + r->scan, '\0', r->len - r->scan) : NULL;
    r->nul_found = p != NULL;
    r->scan = p ? (size_t)(p - r->buf) : r->len;
    r->nul = r->scan;
    return r->scan;
}

/* Moves r->pos just after the next newline at or after it, reading more when the window ends
 * first; to r->len at the end of the input. */
static void cases_next_line(cases_rd *r)
{
    size_t from = r->pos;
    for (;;) {
        const char *nl = memchr(r->buf + from, '\n', r->len - from);
        if (nl) {
            r->pos = (size_t)(nl - r->buf) + 1;
            return;
        }
        size_t off = r->len - r->pos; /* searched so far; the window moves by the same amount */
        if (!cases_more(r)) {
            r->pos = r->len;
            return;
        }
        from = r->pos + off;
    }
}

static int read_cases(cases_rd *r, const guide_ruleset_info *rs, guide_case_fn fn, void *ctx)
{
    guide_frame *f = guide_frame_new(rs);
    guide_case_error err;
    strbuf why = STRBUF_INIT; /* the message of a bad record: reused, grown on errors only */
    int nerr = 0, record = 0;
    int line = 1;
    while (r->len - r->pos < 3 && cases_more(r))
        ;
    if (r->len >= 3 && memcmp(r->buf, "\xEF\xBB\xBF", 3) == 0) /* a byte-order mark */
        r->pos = r->line_start = 3;
    for (;;) {
        for (;;) {
            while (r->pos < r->len && is_space(r->buf[r->pos])) {
                if (r->buf[r->pos] == '\n')
                    line++, r->line_start = r->pos + 1;
                r->pos++;
            }
            if (r->pos < r->len || !cases_more(r))
                break;
        }
        if (r->pos >= r->len)
            break;
        while (r->len - r->pos < CASES_AHEAD && cases_more(r))
            ;
        record++;
        int rec_line = line, stop;
        memset(&err, 0, sizeof err);
        sb_clear(&why);
        if (!f) {
            set_error(&err, "", "out of memory");
            nerr++;
            stop = fn(ctx, NULL, &err, record, rec_line);
            break;
        }
        json_error_t je;
        json_t *root;
        size_t nul, avail;
        for (;;) {
            guide_frame_clear(f);
            /* jansson takes a NUL byte for the end of the text, and an object cut there for a
             * whole one: the record is read up to the NUL, and must end before it. */
            nul = cases_nul(r);
            avail = nul - r->pos;
            root = avail ? json_loadb(r->buf + r->pos, avail,
                                      JSON_DISABLE_EOF_CHECK | JSON_DECODE_ANY |
                                          JSON_REJECT_DUPLICATES,
                                      &je)
                         : NULL;
            /* A record that reaches (nearly) the end of the window may go on beyond it: read
             * more and parse it again. At the end of the input, or before a NUL, the answer is
             * final. The margin covers a token jansson reads ahead of. */
            if (r->eof || r->nul_found || (size_t)(je.position > 0 ? je.position : 0) + 64 < avail)
                break;
            if (!cases_more(r)) {
                nul = r->pos + avail; /* the window may have moved, its text has not */
                break;
            }
            json_decref(root);
        }
        if (!root && r->nul_found && (avail == 0 || (size_t)je.position >= avail)) {
            int nl = 0;
            for (size_t p = r->pos; p < nul; p++)
                if (r->buf[p] == '\n')
                    nl++, r->line_start = p + 1;
            line += nl;
            set_error(&err, "", "invalid JSON at line %d, column %d: a NUL byte; a case is JSON text",
                      line, code_points(r->buf + r->line_start, r->buf + nul) + 1);
            nerr++;
            stop = fn(ctx, f, &err, record, rec_line);
            r->pos = r->line_start = nul; /* nothing before it is needed again */
            cases_next_line(r);
            line++;
            r->line_start = r->pos;
        } else if (!root) {
            int el = je.line > 0 ? je.line : 1, ec = je.column > 0 ? je.column : 1;
            if (el == 1)
                ec += code_points(r->buf + r->line_start, r->buf + r->pos);
            sb_printf(&why, "invalid JSON at line %d, column %d: ", rec_line + el - 1, ec);
            put_json_reason(&why, &je);
            put_error(&err, "", &why);
            nerr++;
            stop = fn(ctx, f, &err, record, rec_line);
            /* Resume on the next line: in JSON Lines, the next record. */
            r->line_start = r->pos;
            cases_next_line(r);
            line++;
            r->line_start = r->pos;
        } else {
            size_t used = je.position > 0 ? (size_t)je.position : r->len - r->pos;
            if (used > r->len - r->pos)
                used = r->len - r->pos;
            for (const char *p = r->buf + r->pos, *end = r->buf + r->pos + used;
                 (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
                line++, r->line_start = (size_t)(p - r->buf) + 1;
            r->pos += used;
            int bad = read_record(f, root, &why, &err) < 0;
            json_decref(root);
            nerr += bad;
            stop = fn(ctx, f, bad ? &err : NULL, record, rec_line);
        }
        if (stop)
            break;
    }
    guide_frame_free(f);
    sb_free(&why);
    return nerr;
}

int guide_read_cases(const guide_ruleset_info *rs, const char *buf, size_t len, guide_case_fn fn,
                     void *ctx)
{
    if (!rs || !fn || (!buf && len))
        return 0;
    cases_rd r = {0};
    r.buf = buf ? buf : "";
    r.len = len;
    r.eof = 1;
    return read_cases(&r, rs, fn, ctx);
}

int guide_read_cases_file(const guide_ruleset_info *rs, FILE *in, guide_case_fn fn, void *ctx)
{
    if (!rs || !fn || !in)
        return 0;
    cases_rd r = {0};
    r.in = in;
    r.buf = "";
    int nerr = read_cases(&r, rs, fn, ctx);
    free(r.own);
    return nerr;
}

/* ---- One record at a time (guidec batch) ------------------------------------------------- */

/* The fast path of guide_read_case: one flat object of plain keys and values, read without
 * building a JSON tree. It accepts only what it can read exactly as the jansson path does (the
 * strict JSON number grammar, strings without escapes or bytes above 0x7f, values that fit their
 * input) and stores the same frame; anything else, every error included, returns 0 so that the
 * jansson path reads the record again and says what is wrong in its words. Returns 1 when the
 * record was read. */
typedef struct fast_rd {
    const char *p, *end;
} fast_rd;

static void fast_ws(fast_rd *r)
{
    while (r->p < r->end && is_space(*r->p))
        r->p++;
}

/* A string without escapes; *s, *n its bytes (not NUL-terminated). */
static int fast_string(fast_rd *r, const char **s, size_t *n)
{
    if (r->p >= r->end || *r->p != '"')
        return 0;
    const char *q = ++r->p;
    while (r->p < r->end && *r->p != '"') {
        unsigned char c = (unsigned char)*r->p;
        if (c < 0x20 || c >= 0x80 || c == '\\')
            return 0;
        r->p++;
    }
    if (r->p >= r->end)
        return 0;
    *s = q;
    *n = (size_t)(r->p++ - q);
    return 1;
}

/* A number by the JSON grammar, valued as jansson values it (an integer literal as a long long,
 * then a double; a real by strtod). */
static int fast_number(fast_rd *r, double *x)
{
    const char *q = r->p;
    int real = 0, digits = 0;
    if (r->p < r->end && *r->p == '-')
        r->p++;
    if (r->p < r->end && *r->p == '0')
        r->p++, digits = 1;
    else
        while (r->p < r->end && is_digit(*r->p))
            r->p++, digits++;
    if (!digits)
        return 0;
    if (r->p < r->end && *r->p == '.') {
        real = 1, r->p++;
        const char *d = r->p;
        while (r->p < r->end && is_digit(*r->p))
            r->p++;
        if (r->p == d)
            return 0;
    }
    if (r->p < r->end && (*r->p == 'e' || *r->p == 'E')) {
        real = 1, r->p++;
        if (r->p < r->end && (*r->p == '+' || *r->p == '-'))
            r->p++;
        const char *d = r->p;
        while (r->p < r->end && is_digit(*r->p))
            r->p++;
        if (r->p == d)
            return 0;
    }
    size_t n = (size_t)(r->p - q);
    if (n >= 64 || (!real && digits > 18)) /* longer: let jansson judge the overflow */
        return 0;
    char num[64];
    memcpy(num, q, n);
    num[n] = '\0';
    *x = real ? strtod(num, NULL) : (double)strtoll(num, NULL, 10);
    return isfinite(*x);
}

static int fast_case(guide_frame *f, const char *buf, size_t len)
{
    const guide_ruleset_info *rs = f->rs;
    fast_rd r = {buf, buf + len};
    uint64_t seen[4] = {0}; /* inputs given, to leave duplicate keys to jansson */
    int id_seen = 0;
    if (rs->ninputs > 256)
        return 0;
    fast_ws(&r);
    if (r.p >= r.end || *r.p++ != '{')
        return 0;
    fast_ws(&r);
    if (r.p < r.end && *r.p == '}')
        r.p++;
    else
        for (;;) {
            const char *key;
            size_t klen;
            fast_ws(&r);
            if (!fast_string(&r, &key, &klen))
                return 0;
            fast_ws(&r);
            if (r.p >= r.end || *r.p++ != ':')
                return 0;
            fast_ws(&r);
            if (r.p >= r.end)
                return 0;
            int v = -1;
            if (klen == 2 && memcmp(key, "id", 2) == 0) {
                if (id_seen++)
                    return 0;
            } else {
                for (int i = 0; i < rs->ninputs && v < 0; i++)
                    if (strncmp(rs->vars[i].name, key, klen) == 0 && rs->vars[i].name[klen] == '\0')
                        v = i;
                if (v < 0 || seen[v / 64] >> (v % 64) & 1)
                    return 0;
                seen[v / 64] |= UINT64_C(1) << (v % 64);
            }
            const guide_var_info *var = v >= 0 ? &rs->vars[v] : NULL;
            char c = *r.p;
            if (c == 'n' && r.end - r.p >= 4 && memcmp(r.p, "null", 4) == 0) {
                r.p += 4; /* unknown */
            } else if (c == '"') {
                const char *s;
                size_t n;
                if (!fast_string(&r, &s, &n))
                    return 0;
                if (!var) {
                    f->id = guide_alloc_fails() ? NULL : malloc(n + 1);
                    if (!f->id) /* the slow path says so */
                        return 0;
                    memcpy(f->id, s, n);
                    f->id[n] = '\0';
                } else if (var->type == GUIDE_ENUM) {
                    int l = label_of(var, s, n);
                    if (l < 0)
                        return 0;
                    f->val[v].label = l;
                    f->known[v] = 1;
                } else
                    return 0; /* a number with a unit, or a wrong type: the jansson path */
            } else if (var && var->type == GUIDE_BOOL && (c == 't' || c == 'f')) {
                int t = c == 't';
                size_t n = t ? 4 : 5;
                if ((size_t)(r.end - r.p) < n || memcmp(r.p, t ? "true" : "false", n) != 0)
                    return 0;
                r.p += n;
                f->val[v].b = t;
                f->known[v] = 1;
            } else if (var && (var->type == GUIDE_NUMBER || var->type == GUIDE_INTEGER) &&
                       (c == '-' || is_digit(c))) {
                double x;
                if (!fast_number(&r, &x))
                    return 0;
                if (!number_fits(var, x))
                    return 0;
                f->val[v].num = x == 0 ? 0.0 : x;
                f->known[v] = 1;
            } else
                return 0;
            fast_ws(&r);
            if (r.p >= r.end)
                return 0;
            if (*r.p == ',') {
                r.p++;
                continue;
            }
            if (*r.p++ != '}')
                return 0;
            break;
        }
    fast_ws(&r);
    return r.p == r.end;
}

int guide_read_case(guide_frame *f, const char *buf, size_t len, int line, guide_case_error *err)
{
    memset(err, 0, sizeof *err);
    guide_frame_clear(f);
    const char *nul = memchr(buf, '\0', len);
    if (nul) { /* jansson would stop reading there and take the rest for unsaid */
        set_error(err, "", "invalid JSON at line %d, column %d: a NUL byte; a case is JSON text", line,
                  code_points(buf, nul) + 1);
        return -1;
    }
    if (fast_case(f, buf, len))
        return guide_check_case(f, err);
    guide_frame_clear(f); /* what the fast path read before it gave up */
    json_error_t je;
    json_t *root = json_loadb(buf, len, JSON_DECODE_ANY | JSON_REJECT_DUPLICATES, &je);
    if (!root) {
        int el = je.line > 0 ? je.line : 1, ec = je.column > 0 ? je.column : 1;
        strbuf why = STRBUF_INIT;
        sb_printf(&why, "invalid JSON at line %d, column %d: ", line + el - 1, ec);
        put_json_reason(&why, &je);
        put_error(err, "", &why);
        sb_free(&why);
        return -1;
    }
    strbuf why = STRBUF_INIT; /* allocates only when the record is bad */
    int bad = read_record(f, root, &why, err) < 0;
    json_decref(root);
    sb_free(&why);
    return bad ? -1 : 0;
}

/* Nonzero if text[0..len) is a plain decimal number (what a CSV cell holds for a number given
 * in the declared unit); strtod alone would also take "inf", "nan" and hex. */
static int plain_number(const char *text, size_t len)
{
    int digits = 0;
    for (size_t i = 0; i < len; i++) {
        char c = text[i];
        if (is_digit(c))
            digits++;
        else if (!(c == '+' || c == '-' || c == '.' || c == 'e' || c == 'E' || is_space(c)))
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
    while (is_space(*end))
        end++;
    return *end == '\0' && isfinite(*x);
}

/* A list's CSV cell as the JSON array read_list takes: `2.0;6.0` (elements separated by `;`,
 * each a number or a number with a unit), or a JSON array as written in a case (`[]` for an
 * empty list). NULL when out of memory or the text is not such an array. */
static json_t *list_cell(const char *text, size_t len)
{
    size_t i = 0;
    while (i < len && is_space(text[i]))
        i++;
    if (i < len && text[i] == '[')
        return json_loadb(text, len, JSON_DECODE_ANY, NULL);
    json_t *a = json_array();
    for (size_t at = 0; a && at <= len;) {
        const char *sep = memchr(text + at, ';', len - at);
        size_t end = sep ? (size_t)(sep - text) : len, b = at, e = end;
        while (b < e && is_space(text[b]))
            b++;
        while (e > b && is_space(text[e - 1]))
            e--;
        double x = 0;
        int plain = plain_value(text + b, e - b, &x);
        if (json_array_append_new(a, plain ? json_real(x) : json_stringn(text + b, e - b)) < 0) {
            json_decref(a);
            return NULL;
        }
        at = end + 1;
    }
    return a;
}

int guide_read_text_value(guide_frame *f, int v, const char *text, size_t len,
                          guide_case_error *err)
{
    memset(err, 0, sizeof *err);
    const guide_ruleset_info *rs = f->rs;
    if (v < 0 || v >= rs->ninputs) {
        set_error(err, "", "not an input");
        return -1;
    }
    if (len == 0)
        return 0; /* unknown: known stays 0 */
    const guide_var_info *var = &rs->vars[v];
    if (memchr(text, '\0', len)) { /* else the messages would quote the text up to the NUL */
        set_error(err, var->name, "%s: the value holds a NUL byte", var->name);
        return -1;
    }
    json_t *j = NULL;
    if (var->type == GUIDE_BOOL && len == 4 && memcmp(text, "true", 4) == 0)
        j = json_true();
    else if (var->type == GUIDE_BOOL && len == 5 && memcmp(text, "false", 5) == 0)
        j = json_false();
    else if (var->type == GUIDE_NUMBER || var->type == GUIDE_INTEGER) {
        double x;
        if (plain_value(text, len, &x)) {
            if (number_fits(var, x)) {
                f->val[v].num = x == 0 ? 0.0 : x; /* what read_value does with json_real(x) */
                f->known[v] = 1;
                return 0;
            }
            j = json_real(x); /* read_value says what is wrong with it */
        }
    } else if (var->type == GUIDE_LIST) {
        j = list_cell(text, len);
    } else if (var->type == GUIDE_ENUM) {
        int l = label_of(var, text, len);
        if (l >= 0) {
            f->val[v].label = l;
            f->known[v] = 1;
            return 0;
        }
    }
    if (!j)
        j = json_stringn(text, len);
    if (!j) {
        set_error(err, var->name, "%s: the value is not valid UTF-8 text", var->name);
        return -1;
    }
    strbuf why = STRBUF_INIT; /* allocates only when the value is bad */
    int rc = read_value(f, v, j, &why);
    if (rc < 0)
        put_error(err, var->name, &why);
    json_decref(j);
    sb_free(&why);
    return rc;
}
