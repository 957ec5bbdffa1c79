/* case_read.c — reading cases (CASES.md "A case") into frames, with jansson.
 *
 * The buffer holds JSON values one after another: one pretty-printed object, JSON Lines, or
 * objects simply concatenated. Each value is one record and yields exactly one callback, with
 * the case or with an error that names the field and the reason. A JSON syntax error ends its
 * record; reading resumes at the line after the one the bad record started on, so in JSON Lines
 * every input line gives one result line, in order. Each record is read by case_value.c's
 * rt_read_record, from the rt_given this file makes of jansson's value. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "case_value.h"
#include "guide.h"
#include "oom.h"
#include "strbuf.h"

/* ---- jansson's values as rt_given ---------------------------------------------------------- */

static void given_of_json(const json_t *j, rt_given *g);

static void json_elem(const void *arr, size_t i, rt_given *out)
{
    given_of_json(json_array_get(arr, i), out);
}

static int json_member(const rt_given *obj, const void **at, const char **key, rt_given *out)
{
    json_t *o = (json_t *)obj->arr; /* jansson's iterators are not const */
    void *it = *at ? json_object_iter_next(o, (void *)*at) : json_object_iter(o);
    if (!it)
        return 0;
    *at = it;
    *key = json_object_iter_key(it);
    given_of_json(json_object_iter_value(it), out);
    return 1;
}

/* What j is, for case_value.c (j stays alive as long as g is read). */
static void given_of_json(const json_t *j, rt_given *g)
{
    memset(g, 0, sizeof *g);
    switch (json_typeof(j)) {
    case JSON_OBJECT:
        g->kind = RT_GIVEN_OBJECT, g->len = json_object_size(j), g->arr = j, g->member = json_member;
        break;
    case JSON_ARRAY:
        g->kind = RT_GIVEN_ARRAY, g->len = json_array_size(j), g->arr = j, g->elem = json_elem;
        break;
    case JSON_STRING:
        g->kind = RT_GIVEN_STRING, g->str = json_string_value(j), g->len = json_string_length(j);
        break;
    case JSON_INTEGER:
    case JSON_REAL: g->kind = RT_GIVEN_NUMBER, g->num = json_number_value(j); break;
    case JSON_TRUE: g->kind = RT_GIVEN_TRUE; break;
    case JSON_FALSE: g->kind = RT_GIVEN_FALSE; break;
    case JSON_NULL: g->kind = RT_GIVEN_NULL; break;
    }
}

/* ---- One record -------------------------------------------------------------------------- */

/* Fills f from one JSON value, by rt_read_record; on error fills err and returns -1. why is
 * scratch space for the message, empty on entry. */
static int read_record(guide_frame *f, const json_t *root, strbuf *why, guide_case_error *err)
{
    rt_given rec;
    given_of_json(root, &rec);
    return rt_read_record(f, &rec, why, err);
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
    int         oom;        /* the window could not grow: the rest of the input is not read */
    FILE       *in;         /* the stream, or NULL */
} cases_rd;

/* Bytes kept ahead of a record before it is parsed: a record shorter than this is parsed once. */
enum { CASES_AHEAD = 1 << 16 };

/* Reads more of the stream into the window, dropping what lies before the current line.
 * Returns 1 when bytes were added, 0 at the end of the input (or on a read error: ferror), or
 * when memory runs out: r->oom, which read_cases reports in place of the record. */
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
        char *nb = guide_realloc(r->own, cap);
        if (!nb) { /* (eof alone once stopped here: the rest of the cases silently not read) */
            guide_alloc_failed("the case reader's buffer");
            r->oom = r->eof = 1;
            return 0;
        }
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

/* Skips the blanks before the next record, counting lines. Returns whether a record follows. */
static int cases_skip_blanks(cases_rd *r, int *line)
{
    for (;;) {
        while (r->pos < r->len && rt_is_space(r->buf[r->pos])) {
            if (r->buf[r->pos] == '\n')
                (*line)++, r->line_start = r->pos + 1;
            r->pos++;
        }
        if (r->pos < r->len || !cases_more(r))
            break;
    }
    return r->pos < r->len;
}

/* Parses the record at r->pos (NULL when it is not JSON: je says why). *nul: where the text
 * ends for jansson; *avail: how much of it there is from r->pos. */
static json_t *cases_parse(cases_rd *r, json_error_t *je, size_t *nul, size_t *avail)
{
    json_t *root;
    for (;;) {
        /* jansson takes a NUL byte for the end of the text, and an object cut there for a
         * whole one: the record is read up to the NUL, and must end before it. */
        *nul = cases_nul(r);
        *avail = *nul - r->pos;
        root = *avail ? json_loadb(r->buf + r->pos, *avail,
                                   JSON_DISABLE_EOF_CHECK | JSON_DECODE_ANY |
                                       JSON_REJECT_DUPLICATES,
                                   je)
                      : NULL;
        /* A record that reaches (nearly) the end of the window may go on beyond it: read
         * more and parse it again. At the end of the input, or before a NUL, the answer is
         * final. The margin covers a token jansson reads ahead of. */
        if (r->eof || r->nul_found || (size_t)(je->position > 0 ? je->position : 0) + 64 < *avail)
            break;
        if (!cases_more(r)) {
            *nul = r->pos + *avail; /* the window may have moved, its text has not */
            break;
        }
        json_decref(root);
    }
    return root;
}

/* The error of a record that runs into a NUL byte at nul (lines counted up to it). */
static void cases_nul_error(cases_rd *r, size_t nul, int *line, guide_case_error *err)
{
    int nl = 0;
    for (size_t p = r->pos; p < nul; p++)
        if (r->buf[p] == '\n')
            nl++, r->line_start = p + 1;
    *line += nl;
    rt_set_error(err, "", "invalid JSON at line %d, column %d: a NUL byte; a case is JSON text",
                 *line, code_points(r->buf + r->line_start, r->buf + nul) + 1);
}

/* The error of a record jansson refused (je), which starts on line rec_line. */
static void cases_json_error(const cases_rd *r, const json_error_t *je, int rec_line, strbuf *why,
                             guide_case_error *err)
{
    int el = je->line > 0 ? je->line : 1, ec = je->column > 0 ? je->column : 1;
    if (el == 1)
        ec += code_points(r->buf + r->line_start, r->buf + r->pos);
    sb_printf(why, "invalid JSON at line %d, column %d: ", rec_line + el - 1, ec);
    put_json_reason(why, je);
    rt_put_error(err, "", why);
}

/* Resumes after a bad record on the line after offset `from`: in JSON Lines, the next record. */
static void cases_resume(cases_rd *r, size_t from, int *line)
{
    r->pos = r->line_start = from;
    cases_next_line(r);
    (*line)++;
    r->line_start = r->pos;
}

/* Moves past the record jansson read (je), counting its lines. */
static void cases_pass(cases_rd *r, const json_error_t *je, int *line)
{
    size_t used = je->position > 0 ? (size_t)je->position : r->len - r->pos;
    if (used > r->len - r->pos)
        used = r->len - r->pos;
    for (const char *p = r->buf + r->pos, *end = r->buf + r->pos + used;
         (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
        (*line)++, r->line_start = (size_t)(p - r->buf) + 1;
    r->pos += used;
}

/* The error of record `record`, which starts on `line`, when the reader's window could not grow
 * to hold it: that record and the rest of the input are not read. */
static void cases_oom(guide_frame *f, guide_case_fn fn, void *ctx, int record, int line)
{
    guide_case_error err;
    memset(&err, 0, sizeof err);
    /* copied, not formatted: formatting would need memory */
    snprintf(err.message, sizeof err.message, "%s",
             "out of memory reading the cases: this record and those after it are not read");
    if (f)
        guide_frame_clear(f);
    fn(ctx, f, &err, record, line);
}

/* Reads record after record, each into one frame given to fn with its error (NULL when good),
 * until the input ends or fn returns nonzero. Returns the number of bad records; a record the
 * window could not grow to hold ends the reading with an error (cases_oom). */
static int read_cases(cases_rd *r, const guide_ruleset_info *rs, guide_case_fn fn, void *ctx)
{
    guide_frame *f = guide_frame_new(rs);
    guide_case_error err;
    strbuf why = STRBUF_INIT; /* the message of a bad record: reused, grown on errors only */
    int nerr = 0, record = 0, stop = 0;
    int line = 1;
    while (r->len - r->pos < 3 && cases_more(r))
        ;
    if (r->len >= 3 && memcmp(r->buf, "\xEF\xBB\xBF", 3) == 0) /* a byte-order mark */
        r->pos = r->line_start = 3;
    while (cases_skip_blanks(r, &line)) {
        while (r->len - r->pos < CASES_AHEAD && cases_more(r))
            ;
        record++;
        int rec_line = line;
        memset(&err, 0, sizeof err);
        sb_clear(&why);
        if (!f) {
            rt_set_error(&err, "", "out of memory");
            nerr++;
            fn(ctx, NULL, &err, record, rec_line);
            stop = 1;
            break;
        }
        guide_frame_clear(f);
        json_error_t je;
        size_t nul, avail;
        json_t *root = cases_parse(r, &je, &nul, &avail);
        if (r->oom) { /* the record may lie partly beyond the window: not read, not guessed */
            json_decref(root);
            record--; /* cases_oom, below, says it */
            break;
        }
        if (!root && r->nul_found && (avail == 0 || (size_t)je.position >= avail)) {
            cases_nul_error(r, nul, &line, &err);
            nerr++;
            stop = fn(ctx, f, &err, record, rec_line);
            cases_resume(r, nul, &line); /* nothing before the NUL is needed again */
        } else if (!root) {
            cases_json_error(r, &je, rec_line, &why, &err);
            nerr++;
            stop = fn(ctx, f, &err, record, rec_line);
            cases_resume(r, r->pos, &line);
        } else {
            cases_pass(r, &je, &line);
            int bad = read_record(f, root, &why, &err) < 0;
            json_decref(root);
            nerr += bad;
            stop = fn(ctx, f, bad ? &err : NULL, record, rec_line);
        }
        if (stop)
            break;
    }
    if (r->oom && !stop) {
        cases_oom(f, fn, ctx, record + 1, line);
        nerr++;
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
    while (r->p < r->end && rt_is_space(*r->p))
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
        while (r->p < r->end && rt_is_digit(*r->p))
            r->p++, digits++;
    if (!digits)
        return 0;
    if (r->p < r->end && *r->p == '.') {
        real = 1, r->p++;
        const char *d = r->p;
        while (r->p < r->end && rt_is_digit(*r->p))
            r->p++;
        if (r->p == d)
            return 0;
    }
    if (r->p < r->end && (*r->p == 'e' || *r->p == 'E')) {
        real = 1, r->p++;
        if (r->p < r->end && (*r->p == '+' || *r->p == '-'))
            r->p++;
        const char *d = r->p;
        while (r->p < r->end && rt_is_digit(*r->p))
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
            /* asked once a field; not read for the id (var NULL) */
            guide_repr repr = var ? guide_type_repr(var->type) : GUIDE_REPR_TRUTH;
            char c = *r.p;
            if (c == 'n' && r.end - r.p >= 4 && memcmp(r.p, "null", 4) == 0) {
                r.p += 4; /* unknown */
            } else if (c == '"') {
                const char *s;
                size_t n;
                if (!fast_string(&r, &s, &n))
                    return 0;
                if (!var) {
                    f->id = guide_malloc(n + 1);
                    if (!f->id) /* the slow path says so */
                        return 0;
                    memcpy(f->id, s, n);
                    f->id[n] = '\0';
                } else if (repr == GUIDE_REPR_LABEL) {
                    int l = rt_label_of(var, s, n);
                    if (l < 0)
                        return 0;
                    f->val[v].label = l;
                    f->known[v] = 1;
                } else
                    return 0; /* a number with a unit, or a wrong type: the jansson path */
            } else if (var && repr == GUIDE_REPR_TRUTH && (c == 't' || c == 'f')) {
                int t = c == 't';
                size_t n = t ? 4 : 5;
                if ((size_t)(r.end - r.p) < n || memcmp(r.p, t ? "true" : "false", n) != 0)
                    return 0;
                r.p += n;
                f->val[v].b = t;
                f->known[v] = 1;
            } else if (var && repr == GUIDE_REPR_NUMBER &&
                       (c == '-' || rt_is_digit(c))) {
                double x;
                if (!fast_number(&r, &x))
                    return 0;
                if (!rt_number_fits(var, x))
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
        rt_set_error(err, "", "invalid JSON at line %d, column %d: a NUL byte; a case is JSON text", line,
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
        rt_put_error(err, "", &why);
        sb_free(&why);
        return -1;
    }
    strbuf why = STRBUF_INIT; /* allocates only when the record is bad */
    int bad = read_record(f, root, &why, err) < 0;
    json_decref(root);
    sb_free(&why);
    return bad ? -1 : 0;
}

/* ---- A value as text --------------------------------------------------------------------- */

/* A list's CSV cell written as a JSON array ("[2.5, \"6 mm\"]"), through jansson. */
static int json_cell_read(const char *text, size_t len, rt_given *g)
{
    json_t *j = json_loadb(text, len, JSON_DECODE_ANY, NULL);
    if (!j)
        return -1;
    given_of_json(j, g);
    g->arr = j; /* for json_cell_done, whatever j is */
    return 0;
}

static void json_cell_done(rt_given *g)
{
    json_decref((json_t *)g->arr);
}

int guide_read_text_value(guide_frame *f, int v, const char *text, size_t len,
                          guide_case_error *err)
{
    static const rt_json_cell json = {json_cell_read, json_cell_done};
    return rt_read_text_value(f, v, text, len, err, &json);
}
