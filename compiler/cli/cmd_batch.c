/* cmd_batch.c — `guidec batch`: registry-scale evaluation of a stream of cases, and change-impact
 * replay of two versions (`--compare`).
 *
 * The input is read record by record (JSON Lines, or CSV with a header row) into chunks; the
 * chunks of one round are evaluated in parallel, each thread with its own interpreter (or sharing
 * the rules compiled by the JIT or to C, which are reentrant), each into its own output buffer, and the buffers are written in input order. Memory stays constant (a round
 * holds threads * BATCH_CHUNK records), every input record gives exactly one output record, and
 * the output does not depend on the number of threads. SIGINT stops the reading: the records
 * already read are finished and written, so the output is a complete prefix of the input. */
/* fopencookie: the chunks' output streams (work) */
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "cbackend.h"
#include "cli.h"
#include "strbuf.h"
#include "compile.h"
#include "emit_llvm.h"
#include "interp.h"
#include "oom.h"

enum { EXIT_DIFFER = 1, EXIT_USAGE = 2, EXIT_INTERRUPTED = 130 };
enum { BATCH_CHUNK = 512 }; /* records per chunk: one unit of work for a thread */

static const char usage_batch[] =
    "usage: guidec batch [options] FILE [--in CASES] [--out RESULTS]\n"
    "       guidec batch [options] NEW.guide --compare OLD.guide [--in CASES] [--out FILE]\n"
    "\n"
    "Evaluates a stream of cases with the rules of FILE, reading one record at a time (constant\n"
    "memory), and writes exactly one result record per input record, in input order. A record\n"
    "that cannot be read gives an error record naming its line and field, and the run goes on.\n"
    "Blank input lines are not records. '-' (the default) is standard input / output.\n"
    "\n"
    "Formats (from the file extension .jsonl/.json/.ndjson/.csv, else JSON Lines):\n"
    "  JSON Lines in   one case object per line (docs/CASES-FORMAT.md: JSON and CSV cases)\n"
    "  CSV in          a header row of input names (and optionally id); then one case per row;\n"
    "                  RFC 4180 quoting; an empty cell is unknown; cells are read like JSON\n"
    "                  values: true / false, numbers with an optional unit (\"35 mm\"), labels\n"
    "  JSON Lines out  per case exactly the line of 'guidec run --format json'; an error record\n"
    "                  is {\"id\", \"error\": {\"field\", \"message\", \"record\", \"line\"}}\n"
    "  CSV out         columns id, one per output, error. A value is a label, a number in the\n"
    "                  output's unit, true / false, a range \"[lo, hi]\", labels joined by ';'.\n"
    "                  Markers (never an empty cell): #undetermined, #not_applicable, #conflict,\n"
    "                  #null (the guideline gives no value, ND), #empty (empty set), #error (the\n"
    "                  record could not be read; the error column says where and why)\n"
    "\n"
    "--compare OLD.guide evaluates each case with both versions and writes only the cases whose\n"
    "outputs differ, one JSON line each: {\"id\", \"line\", \"changes\": {OUTPUT: {\"old\": V,\n"
    "\"new\": V}}}, where V is the output's JSON value, or \"#undetermined\", \"#not_applicable\"\n"
    "or \"#conflict\"; records that cannot be read are written as error records. The flips per\n"
    "output are summed up on stderr (miettinen_risk: moderate→high 312).\n"
    "\n"
    "options:\n"
    "  --in CASES              cases to read (default '-')\n"
    "  --out RESULTS           where to write the results (default '-')\n"
    "  --in-format jsonl|csv   input format (default: from the extension)\n"
    "  --out-format jsonl|csv  output format (default: from the extension)\n"
    "  --backend B             evaluator, the same results with each: jit (the rules lowered to\n"
    "                          LLVM and compiled in process), c (compiled to C with $CC or cc,\n"
    "                          and loaded), interp (the reference interpreter), or auto\n"
    "                          (default): the first of jit, c and interp that can be had\n"
    "  --trace[=all|fired]     include the trace in each JSON result; fired: only the rules\n"
    "                          that fired, the rows that matched and the outputs' events\n"
    "  --labels                add the display texts of names and labels to each JSON result\n"
    "                          (\"labels\", \"label\", \"value_label\"; docs/LANGUAGE.md)\n"
    "  --threads N             evaluate on N threads; the output is the same as with one\n"
    "  --search-budget N       accepted and ignored, for one release: answers with unknown\n"
    "                          inputs are exact, from each output's decision diagram\n"
    "  --compare OLD.guide     change-impact replay against an older version (see above)\n"
    "  --help                  print this help\n"
    "\n"
    "On a terminal, a progress line (records, rate, time left) is shown on stderr; at the end a\n"
    "summary: records, errors, undetermined count per output, time. On SIGINT (Ctrl-C) the\n"
    "records already read are finished, the output ends after a complete record, and the\n"
    "summary says how far it got.\n"
    "\n"
    "exit status: 0 ok (--compare: no difference), 1 --compare found differences, 2 a record\n"
    "could not be read, the rule file has errors, or bad usage, 130 interrupted\n";

static volatile sig_atomic_t interrupted;

static void on_sigint(int sig)
{
    (void)sig;
    interrupted = 1;
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* ---- Chunks ------------------------------------------------------------------------------ */

typedef enum { CSV_OK, CSV_QUOTE, CSV_EOF_QUOTE } csv_status;

/* One input record as read: its bytes (JSON Lines) or its fields (CSV) live in the chunk. */
typedef struct rec {
    long       record;  /* 1-based record number */
    int        line;    /* line the record starts on */
    int        last_line; /* CSV: line it ends on (a quoted field may hold line breaks) */
    size_t     off;     /* JSON: offset of the line in text; CSV: index of its first field */
    size_t     len;     /* JSON: length of the line; CSV: number of fields */
    csv_status csv;     /* CSV: how the quoting went */
} rec;

typedef struct field_span {
    size_t off, len;
} field_span;

/* Up to BATCH_CHUNK records, and what evaluating them gave. */
typedef struct chunk {
    rec   *recs;
    int    nrecs;
    char  *text;      /* bytes of the records (CSV fields NUL-terminated) */
    size_t tlen, tcap;
    field_span *fields;    /* CSV fields */
    size_t nfields, fcap;
    char  *out;       /* the output records, in order */
    size_t outlen, outcap; /* the buffer is kept from chunk to chunk */
    long   errors;    /* records that could not be read */
    long   differ;    /* --compare: records whose outputs differ */
    long  *undet;     /* [noutputs of the new version] undetermined counts */
    char  *flips;     /* --compare: "output\told→new\0" per change, one after another */
    size_t flen, fcap2;
} chunk;

static void *xrealloc(void *p, size_t n)
{
    void *q = guide_alloc_fails() ? NULL : realloc(p, n ? n : 1);
    if (!q)
        guide_out_of_memory("batch's buffers");
    return q;
}

static size_t text_add(chunk *c, const char *s, size_t n)
{
    if (c->tlen + n + 1 > c->tcap) {
        while (c->tlen + n + 1 > c->tcap)
            c->tcap = c->tcap ? c->tcap * 2 : 1 << 16;
        c->text = xrealloc(c->text, c->tcap);
    }
    size_t off = c->tlen;
    memcpy(c->text + off, s, n);
    c->text[off + n] = '\0';
    c->tlen += n + 1;
    return off;
}

/* ---- Reading ----------------------------------------------------------------------------- */

typedef struct reader {
    FILE  *in;
    int    csv;
    int    line;   /* lines read so far */
    long   record; /* records read so far */
    int    eof;
    char  *buf;    /* JSON Lines: getline buffer; CSV: the field being read */
    size_t cap, len;
} reader;

static void buf_put(reader *r, char ch)
{
    if (r->len + 1 >= r->cap) {
        r->cap = r->cap ? r->cap * 2 : 256;
        r->buf = xrealloc(r->buf, r->cap);
    }
    r->buf[r->len++] = ch;
}

/* Reads the next non-blank line into c; returns 0, or -1 at the end of the input. */
static int read_json_line(reader *r, chunk *c)
{
    for (;;) {
        ssize_t n = getline(&r->buf, &r->cap, r->in);
        if (n < 0) {
            /* Neither the end nor a read error: getline could not grow its buffer for a long
             * line. Taken for the end, the records after it would be lost without a word. */
            if (!feof(r->in) && !ferror(r->in))
                guide_out_of_memory("a line of the cases");
            r->eof = 1;
            return -1;
        }
        if (interrupted) /* a line cut by the signal is not a record */
            return -1;
        r->line++;
        const char *s = r->buf;
        if (r->line == 1 && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
            s += 3, n -= 3;
        while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r'))
            n--;
        ssize_t i = 0;
        while (i < n && (s[i] == ' ' || s[i] == '\t'))
            i++;
        if (i == n)
            continue; /* a blank line is not a record */
        rec *x = &c->recs[c->nrecs++];
        x->record = ++r->record;
        x->line = r->line;
        x->off = text_add(c, s, (size_t)n);
        x->len = (size_t)n;
        x->csv = CSV_OK;
        return 0;
    }
}

static void field_end(reader *r, chunk *c)
{
    if (c->nfields == c->fcap) {
        c->fcap = c->fcap ? c->fcap * 2 : 1024;
        c->fields = xrealloc(c->fields, c->fcap * sizeof *c->fields);
    }
    c->fields[c->nfields].len = r->len;
    c->fields[c->nfields].off = text_add(c, r->buf ? r->buf : "", r->len);
    c->nfields++;
    r->len = 0;
}

/* Reads the next CSV record (RFC 4180: fields quoted with "", "" for a quote, line breaks
 * inside quotes; CRLF or LF) into c; blank lines are skipped. Returns 0, or -1 at the end. */
static int read_csv_record(reader *r, chunk *c)
{
    FILE *in = r->in;
    for (;;) {
        int ch = getc_unlocked(in);
        if (ch == EOF || interrupted) {
            r->eof = ch == EOF;
            return -1;
        }
        r->line++;
        int start_line = r->line;
        size_t first = c->nfields;
        csv_status st = CSV_OK;
        r->len = 0;
        int quoted = 0, was_quoted = 0, any = 0;
        for (;;) {
            if (quoted) {
                if (ch == EOF) {
                    st = CSV_EOF_QUOTE;
                    field_end(r, c);
                    break;
                }
                if (ch == '"') {
                    int nx = getc_unlocked(in);
                    if (nx == '"') {
                        buf_put(r, '"');
                    } else {
                        quoted = 0;
                        ch = nx;
                        continue;
                    }
                } else {
                    if (ch == '\n')
                        r->line++;
                    buf_put(r, (char)ch);
                }
                ch = getc_unlocked(in);
                continue;
            }
            if (ch == EOF || ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    int nx = getc_unlocked(in);
                    if (nx != '\n' && nx != EOF)
                        ungetc(nx, in);
                }
                if (!any && r->len == 0 && c->nfields == first)
                    break; /* blank line */
                field_end(r, c);
                break;
            }
            any = 1;
            if (ch == ',') {
                field_end(r, c);
                was_quoted = 0;
            } else if (ch == '"' && r->len == 0 && !was_quoted) {
                quoted = was_quoted = 1;
            } else {
                if (ch == '"' || was_quoted)
                    st = CSV_QUOTE; /* a quote inside an unquoted field, or text after one */
                buf_put(r, (char)ch);
            }
            ch = getc_unlocked(in);
        }
        if (c->nfields == first) { /* blank line */
            if (ch == EOF) {
                r->eof = 1;
                return -1;
            }
            continue;
        }
        rec *x = &c->recs[c->nrecs++];
        x->record = ++r->record;
        x->line = start_line;
        x->last_line = r->line;
        x->off = first;
        x->len = c->nfields - first;
        x->csv = st;
        if (r->line == 1 && x->len > 0) { /* strip a byte-order mark from the header */
            field_span *f0 = &c->fields[first];
            if (f0->len >= 3 && memcmp(c->text + f0->off, "\xEF\xBB\xBF", 3) == 0)
                f0->off += 3, f0->len -= 3;
        }
        if (ch == EOF)
            r->eof = 1;
        return 0;
    }
}

/* Fills c with up to BATCH_CHUNK records. */
static void fill_chunk(reader *r, chunk *c)
{
    c->nrecs = 0;
    c->tlen = c->nfields = 0;
    while (c->nrecs < BATCH_CHUNK && !r->eof && !interrupted) {
        if ((r->csv ? read_csv_record(r, c) : read_json_line(r, c)) < 0)
            break;
    }
}

/* ---- One version of the rules ---------------------------------------------------------- */

typedef struct version {
    compilation               comp;
    const guide_ruleset_info *rs;
    int                      *col; /* CSV: input index per column; -2 id */
    emitll_jit               *jit; /* the rules compiled by LLJIT, or NULL */
    cb_ruleset               *cb;  /* the rules compiled to C, or NULL */
} version;                         /* neither: the interpreter */

/* Shared, read-only while the workers run. */
typedef struct batch {
    version          nw, old;  /* old: --compare only */
    int              compare;
    int              csv_in, csv_out;
    int              ncols;
    guide_print_opts opts;
    size_t           trace_cap;
    /* --compare: the outputs of both versions; index in each, -1 when absent */
    int              nunion;
    const char     **uname;
    int             *unew, *uold;
} batch;

/* Maps the CSV header onto the inputs of v; returns 0, or -1 after saying what is wrong. */
static int map_header(version *v, chunk *c, const rec *h, const char *what)
{
    v->col = xrealloc(NULL, h->len * sizeof *v->col);
    for (size_t i = 0; i < h->len; i++) {
        const char *name = c->text + c->fields[h->off + i].off;
        if (strcmp(name, "id") == 0) {
            v->col[i] = -2;
        } else {
            int k = guide_var_index(v->rs, name);
            if (k < 0 || k >= v->rs->ninputs) {
                fprintf(stderr, "guidec: %s: CSV column %zu, '%s', is not an input of %s\n",
                        what, i + 1, name, v->rs->name ? v->rs->name : "the ruleset");
                return -1;
            }
            v->col[i] = k;
        }
        for (size_t j = 0; j < i; j++)
            if (strcmp(name, c->text + c->fields[h->off + j].off) == 0) {
                fprintf(stderr, "guidec: %s: CSV column '%s' appears twice (columns %zu and %zu)\n",
                        what, name, j + 1, i + 1);
                return -1;
            }
    }
    return 0;
}

/* Reads record x of c into f with the rules of v; returns 0 or -1 with err. */
static int read_rec(const batch *b, const version *v, const chunk *c, const rec *x,
                    guide_frame *f, guide_case_error *err)
{
    if (!b->csv_in)
        return guide_read_case(f, c->text + x->off, x->len, x->line, err);
    memset(err, 0, sizeof *err);
    guide_frame_clear(f);
    const field_span *fl = &c->fields[x->off];
    if ((int)x->len == b->ncols) /* the id first, so that an error record names the case */
        for (int i = 0; i < b->ncols; i++)
            if (v->col[i] == -2 && fl[i].len > 0) {
                f->id = xrealloc(NULL, fl[i].len + 1);
                memcpy(f->id, c->text + fl[i].off, fl[i].len + 1);
            }
    /* A quote left open swallows the lines after it into one record: say which, so that no
     * case is lost without a word. */
    char lines[96] = "";
    if (x->last_line > x->line)
        snprintf(lines, sizeof lines, " (a quoted field makes this record run from line %d to "
                 "line %d)", x->line, x->last_line);
    if (x->csv != CSV_OK) {
        snprintf(err->message, sizeof err->message, "%s%s",
                 x->csv == CSV_EOF_QUOTE
                     ? "invalid CSV: a quoted field is not closed before the end of the input"
                     : "invalid CSV: a quote inside a field that is not quoted, or text after a "
                       "closing quote (RFC 4180: quote the whole field, double inner quotes)",
                 lines);
        return -1;
    }
    if ((int)x->len != b->ncols) {
        snprintf(err->message, sizeof err->message,
                 "invalid CSV: the record has %zu field%s, the header has %d%s", x->len,
                 x->len == 1 ? "" : "s", b->ncols, lines);
        return -1;
    }
    for (int i = 0; i < b->ncols; i++)
        if (v->col[i] >= 0 &&
            guide_read_text_value(f, v->col[i], c->text + fl[i].off, fl[i].len, err) < 0)
            return -1;
    return guide_check_case(f, err);
}

/* ---- Writing ------------------------------------------------------------------------------ */

/* Integral numbers without a fraction (24), others with 15 significant digits: as in JSON.
 * An integer below 2^53 has at most 16 digits, so %.17g prints it whole and exactly, as %.0f
 * would, and the text is bounded (24 bytes at most) where %.0f of a double is not. */
static void fmt_num(double x, char *buf, size_t len)
{
    if (!isfinite(x))
        snprintf(buf, len, "#null");
    else if (x == floor(x) && fabs(x) < 9007199254740992.0)
        snprintf(buf, len, "%.17g", x == 0 ? 0.0 : x);
    else
        snprintf(buf, len, "%.15g", x);
}

static void csv_cell(FILE *o, const char *s)
{
    if (!strpbrk(s, ",\"\r\n") && s[0] != ' ' && (!*s || s[strlen(s) - 1] != ' ')) {
        fputs(s, o);
        return;
    }
    fputc('"', o);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', o);
        fputc(*s, o);
    }
    fputc('"', o);
}

/* The CSV text of output o (0-based) of f, appended to sb: whole, however many labels a set
 * holds. */
static void csv_value(const guide_frame *f, int o, strbuf *sb)
{
    const guide_ruleset_info *rs = f->rs;
    int v = guide_first_output(rs) + o;
    const guide_var_info *var = &rs->vars[v];
    const guide_value *val = &f->val[v];
    char a[40], b[40];
    switch (f->out[o].state) {
    case GUIDE_NOT_APPLICABLE: sb_puts(sb, "#not_applicable"); return;
    case GUIDE_UNDETERMINED: sb_puts(sb, "#undetermined"); return;
    case GUIDE_CONFLICT: sb_puts(sb, "#conflict"); return;
    case GUIDE_CONCLUDED: break;
    }
    if (f->out[o].is_null) {
        sb_puts(sb, "#null");
        return;
    }
    switch (var->type) {
    case GUIDE_BOOL: sb_puts(sb, val->b ? "true" : "false"); return;
    case GUIDE_ENUM:
        sb_puts(sb, val->label >= 0 && val->label < var->nlabels ? var->labels[val->label] : "#null");
        return;
    case GUIDE_NUMBER:
    case GUIDE_INTEGER:
        fmt_num(val->num, a, sizeof a);
        sb_puts(sb, a);
        return;
    case GUIDE_RANGE:
        fmt_num(val->range.lo, a, sizeof a);
        fmt_num(val->range.hi, b, sizeof b);
        sb_printf(sb, "[%s, %s]", a, b);
        return;
    case GUIDE_SET: {
        size_t start = sb->len;
        for (int i = 0; i < var->nlabels && i < 64; i++)
            if (val->set >> i & 1)
                sb_printf(sb, "%s%s", sb->len > start ? ";" : "", var->labels[i]);
        if (sb->len == start)
            sb_puts(sb, "#empty");
        return;
    }
    case GUIDE_LIST: return; /* an input's type: outputs are never lists */
    }
}

static void csv_header(FILE *o, const guide_ruleset_info *rs)
{
    fputs("id", o);
    for (int i = 0; i < rs->noutputs; i++) {
        fputc(',', o);
        csv_cell(o, rs->vars[guide_first_output(rs) + i].name);
    }
    fputs(",error\n", o);
}

static void csv_row(FILE *o, const guide_frame *f, const guide_case_error *err, const rec *x)
{
    const guide_ruleset_info *rs = f->rs;
    strbuf sb = STRBUF_INIT;
    csv_cell(o, f->id ? f->id : "");
    for (int i = 0; i < rs->noutputs; i++) {
        fputc(',', o);
        if (err)
            fputs("#error", o);
        else {
            sb_clear(&sb);
            csv_value(f, i, &sb);
            csv_cell(o, sb_str(&sb));
        }
    }
    fputc(',', o);
    if (err) {
        sb_clear(&sb);
        sb_printf(&sb, "line %d%s%s: %s", x->line, err->field[0] ? ", field " : "", err->field,
                  err->message);
        csv_cell(o, sb_str(&sb));
    }
    fputc('\n', o);
    sb_free(&sb);
}

/* The JSON value of output o for --compare: its value, or a #marker for its state. */
static json_t *compare_value(const guide_frame *f, int o)
{
    if (o < 0)
        return json_string("#not_applicable");
    switch (f->out[o].state) {
    case GUIDE_NOT_APPLICABLE: return json_string("#not_applicable");
    case GUIDE_UNDETERMINED: return json_string("#undetermined");
    case GUIDE_CONFLICT: return json_string("#conflict");
    case GUIDE_CONCLUDED: break;
    }
    if (f->out[o].is_null)
        return json_null();
    const guide_ruleset_info *rs = f->rs;
    int v = guide_first_output(rs) + o;
    const guide_var_info *var = &rs->vars[v];
    const guide_value *val = &f->val[v];
    char a[40];
    switch (var->type) {
    case GUIDE_BOOL: return json_boolean(val->b);
    case GUIDE_ENUM:
        return val->label >= 0 && val->label < var->nlabels ? json_string(var->labels[val->label])
                                                             : json_null();
    case GUIDE_NUMBER:
    case GUIDE_INTEGER:
        fmt_num(val->num, a, sizeof a);
        return strchr(a, '#') ? json_null() : json_loads(a, JSON_DECODE_ANY, NULL);
    case GUIDE_RANGE:
    case GUIDE_SET: {
        if (var->type == GUIDE_RANGE) {
            strbuf sb = STRBUF_INIT;
            csv_value(f, o, &sb);
            json_t *j = json_loads(sb_str(&sb), 0, NULL);
            sb_free(&sb);
            return j;
        }
        json_t *arr = json_array();
        for (int i = 0; i < var->nlabels && i < 64; i++)
            if (val->set >> i & 1)
                json_array_append_new(arr, json_string(var->labels[i]));
        return arr;
    }
    case GUIDE_LIST: break; /* an input's type: outputs are never lists */
    }
    return json_null();
}

/* "moderate", "12", "null", "#undetermined": a compare value for the summary. */
static char *value_text(const json_t *j)
{
    if (json_is_string(j))
        return strdup(json_string_value(j));
    return json_dumps(j, JSON_ENCODE_ANY | JSON_COMPACT | JSON_REAL_PRECISION(15));
}

static void flip_add(chunk *c, const char *output, const json_t *o, const json_t *n)
{
    char *a = value_text(o), *b = value_text(n);
    size_t need = strlen(output) + strlen(a) + strlen(b) + 8;
    if (c->flen + need > c->fcap2) {
        while (c->flen + need > c->fcap2)
            c->fcap2 = c->fcap2 ? c->fcap2 * 2 : 4096;
        c->flips = xrealloc(c->flips, c->fcap2);
    }
    c->flen += (size_t)sprintf(c->flips + c->flen, "%s\t%s\xE2\x86\x92%s", output, a, b) + 1;
    free(a);
    free(b);
}

/* ---- Workers ----------------------------------------------------------------------------- */

/* Evaluates the case in f with v's backend. Returns 0, or -1 with err filled when the compiled
 * code rejects a value the case reader let through (not expected: both check the same). */
static int evaluate(const batch *b, const version *v, interp *it, guide_frame *f, guide_trace *t,
                    guide_case_error *err)
{
    if (!v->cb && !v->jit) {
        interp_eval(it, f, t);
        return 0;
    }
    int bad = v->jit ? emitll_jit_eval(v->jit, f, t) : cb_eval(v->cb, f, t);
    if (!bad)
        return 0;
    memset(err, 0, sizeof *err);
    snprintf(err->field, sizeof err->field, "%s", v->rs->vars[bad - 1].name);
    snprintf(err->message, sizeof err->message, "%s: the compiled rules reject this value",
             v->rs->vars[bad - 1].name);
    return -1;
}

typedef struct worker {
    const batch *b;
    interp      *it, *it_old;
    guide_frame *f, *f_old;
    guide_trace *trace;
    chunk       *c;
    pthread_t    th;
    int          th_started;
} worker;

static void eval_compare(worker *w, const rec *x, FILE *o)
{
    const batch *b = w->b;
    chunk *c = w->c;
    guide_case_error err;
    int bad = read_rec(b, &b->nw, c, x, w->f, &err) < 0;
    if (!bad && read_rec(b, &b->old, c, x, w->f_old, &err) < 0) {
        bad = 1;
        char m[sizeof err.message];
        snprintf(m, sizeof m, "%s", err.message);
        snprintf(err.message, sizeof err.message, "the old version cannot read it: %.400s", m);
    }
    if (bad) {
        c->errors++;
        guide_print_case_error(o, b->nw.rs, w->f->id, &err, (int)x->record, x->line, &b->opts);
        return;
    }
    if (evaluate(b, &b->nw, w->it, w->f, NULL, &err) < 0 ||
        evaluate(b, &b->old, w->it_old, w->f_old, NULL, &err) < 0) {
        c->errors++;
        guide_print_case_error(o, b->nw.rs, w->f->id, &err, (int)x->record, x->line, &b->opts);
        return;
    }
    json_t *changes = NULL;
    for (int u = 0; u < b->nunion; u++) {
        json_t *nv = w->f ? compare_value(w->f, b->unew[u]) : NULL;
        json_t *ov = compare_value(w->f_old, b->uold[u]);
        if (nv && ov && !json_equal(nv, ov)) {
            if (!changes)
                changes = json_object();
            flip_add(c, b->uname[u], ov, nv);
            json_object_set_new(changes, b->uname[u], json_pack("{s:o,s:o}", "old", ov, "new", nv));
        } else {
            json_decref(nv);
            json_decref(ov);
        }
    }
    if (!changes)
        return;
    c->differ++;
    json_t *obj = json_object();
    json_object_set_new(obj, "id", w->f->id ? json_string(w->f->id) : json_null());
    json_object_set_new(obj, "line", json_integer(x->line));
    json_object_set_new(obj, "changes", changes);
    json_dumpf(obj, o, JSON_COMPACT | JSON_REAL_PRECISION(15));
    fputc('\n', o);
    json_decref(obj);
}

/* The chunk's output as a stream: appended to c->out, whose buffer is kept from one chunk to
 * the next (open_memstream would allocate, grow and zero a new one for every chunk). */
static ssize_t out_write(void *cookie, const char *s, size_t n)
{
    chunk *c = cookie;
    if (c->outlen + n > c->outcap) {
        size_t cap = c->outcap ? c->outcap : 1 << 16;
        while (c->outlen + n > cap)
            cap *= 2;
        c->out = xrealloc(c->out, cap);
        c->outcap = cap;
    }
    memcpy(c->out + c->outlen, s, n);
    c->outlen += n;
    return (ssize_t)n;
}

static void *work(void *arg)
{
    worker *w = arg;
    const batch *b = w->b;
    chunk *c = w->c;
    c->outlen = 0;
    FILE *o = fopencookie(c, "w", (cookie_io_functions_t){NULL, out_write, NULL, NULL});
    if (!o) {
        fputs("guidec: out of memory\n", stderr);
        exit(EXIT_USAGE);
    }
    c->errors = c->differ = 0;
    c->flen = 0;
    int nout = b->nw.rs->noutputs;
    memset(c->undet, 0, (size_t)nout * sizeof *c->undet);
    guide_case_error err;
    for (int i = 0; i < c->nrecs; i++) {
        const rec *x = &c->recs[i];
        if (b->compare) {
            eval_compare(w, x, o);
            continue;
        }
        if (w->trace)
            w->trace->len = 0, w->trace->overflow = 0;
        if (read_rec(b, &b->nw, c, x, w->f, &err) < 0 ||
            evaluate(b, &b->nw, w->it, w->f, w->trace, &err) < 0) {
            c->errors++;
            if (b->csv_out)
                csv_row(o, w->f, &err, x);
            else
                guide_print_case_error(o, b->nw.rs, w->f->id, &err, (int)x->record, x->line,
                                       &b->opts);
            continue;
        }
        for (int k = 0; k < nout; k++)
            c->undet[k] += w->f->out[k].state == GUIDE_UNDETERMINED;
        if (b->csv_out)
            csv_row(o, w->f, NULL, x);
        else
            guide_print_result(o, w->f, w->trace, &b->opts);
    }
    fclose(o);
    return NULL;
}

/* ---- Summary ----------------------------------------------------------------------------- */

typedef struct flip {
    char *text; /* "output\told→new" */
    long  count;
} flip;

typedef struct flips {
    flip  *v;
    size_t n, cap;
} flips;

static void flips_add(flips *fs, const char *text)
{
    for (size_t i = 0; i < fs->n; i++)
        if (strcmp(fs->v[i].text, text) == 0) {
            fs->v[i].count++;
            return;
        }
    if (fs->n == fs->cap) {
        fs->cap = fs->cap ? fs->cap * 2 : 64;
        fs->v = xrealloc(fs->v, fs->cap * sizeof *fs->v);
    }
    fs->v[fs->n].text = strdup(text);
    fs->v[fs->n++].count = 1;
}

static const batch *sort_batch;

static int union_index(const char *text)
{
    size_t n = strcspn(text, "\t");
    for (int u = 0; u < sort_batch->nunion; u++)
        if (strlen(sort_batch->uname[u]) == n && strncmp(sort_batch->uname[u], text, n) == 0)
            return u;
    return sort_batch->nunion;
}

static int flip_cmp(const void *pa, const void *pb)
{
    const flip *a = pa, *b = pb;
    int ua = union_index(a->text), ub = union_index(b->text);
    if (ua != ub)
        return ua < ub ? -1 : 1;
    if (a->count != b->count)
        return a->count > b->count ? -1 : 1;
    return strcmp(a->text, b->text);
}

/* ---- The verb ---------------------------------------------------------------------------- */

static int usage_error(const char *fmt, const char *arg)
{
    return cli_usage_error(usage_batch, fmt, arg);
}

/* 1 for CSV, 0 for JSON Lines, from a --*-format value or a file's extension. */
static int format_of(const char *fmt, const char *path)
{
    if (fmt)
        return strcmp(fmt, "csv") == 0;
    const char *dot = path ? strrchr(path, '.') : NULL;
    return dot && strcmp(dot, ".csv") == 0;
}

enum { BACKEND_AUTO, BACKEND_INTERP, BACKEND_C, BACKEND_JIT };

/* Compiles the rule file at path and, for a compiled backend, compiles and loads it: with
 * BACKEND_AUTO the JIT, else the C backend (a C compiler may be missing), else the interpreter,
 * saying why when it falls back. */
static int load_version(version *v, const char *path, int backend)
{
    int rc = compile_file(&v->comp, path, stderr, COMPILE_LOWER, 0);
    if (rc) {
        if (rc == 1)
            fprintf(stderr, "guidec: %s has errors; run 'guidec check %s'\n", path, path);
        return -1;
    }
    v->rs = &v->comp.ir->info;
    if (backend == BACKEND_INTERP)
        return 0;
    if (backend == BACKEND_JIT || backend == BACKEND_AUTO) {
        strbuf err = STRBUF_INIT;
        v->jit = emitll_jit_load(v->comp.ir, &err);
        if (v->jit)
            v->rs = emitll_jit_info(v->jit);
        else if (backend == BACKEND_JIT)
            fprintf(stderr, "guidec: batch: --backend jit: %s\n", sb_str(&err));
        else
            fprintf(stderr, "guidec: batch: the jit backend is not available (%s); trying c\n",
                    sb_str(&err));
        sb_free(&err);
        if (v->jit || backend == BACKEND_JIT)
            return v->jit ? 0 : -1;
    }
    cb_options o = {NULL, NULL, backend == BACKEND_AUTO, 0};
    strbuf why = STRBUF_INIT;
    v->cb = cb_load(v->comp.ir, &o, &why);
    if (v->cb)
        v->rs = cb_info(v->cb); /* the description the generated code carries */
    else if (backend == BACKEND_C)
        fprintf(stderr, "guidec: batch: --backend c: %s\n", sb_str(&why));
    else
        fprintf(stderr, "guidec: batch: the C backend is not available (%s); using the interpreter\n",
                sb_str(&why));
    sb_free(&why);
    return v->cb || backend != BACKEND_C ? 0 : -1;
}

static void progress(const batch *b, FILE *in, off_t size, long done, double t0, int final)
{
    double el = now_seconds() - t0;
    if (final) {
        fputs("\r\033[K", stderr);
        return;
    }
    double rate = el > 0 ? (double)done / el : 0;
    fprintf(stderr, "\r\033[K%ld records, %.0f records/s", done, rate);
    off_t pos = size > 0 ? ftello(in) : -1;
    if (size > 0 && pos > 0 && el > 0) {
        double left = el * (double)(size - pos) / (double)pos;
        fprintf(stderr, ", %.0f%%, about %.0f s left", 100.0 * (double)pos / (double)size, left);
    }
    (void)b;
}

int cmd_batch(int argc, char **argv)
{
    static const struct option opts[] = {
        {"in", required_argument, 0, 'i'},        {"out", required_argument, 0, 'o'},
        {"in-format", required_argument, 0, 'I'}, {"out-format", required_argument, 0, 'O'},
        {"backend", required_argument, 0, 'B'},   {"trace", optional_argument, 0, 't'},
        {"threads", required_argument, 0, 'j'},   {"search-budget", required_argument, 0, 's'},
        {"compare", required_argument, 0, 'c'},   {"help", no_argument, 0, 'h'},
        {"labels", no_argument, 0, 'L'},          {0, 0, 0, 0}};
    const char *in_path = "-", *out_path = "-", *in_fmt = NULL, *out_fmt = NULL, *old_path = NULL;
    long threads = 1, budget; /* --search-budget: checked, then ignored */
    int trace = 0, labels = 0, c, backend = BACKEND_AUTO;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) { /* options may follow FILE */
        switch (c) {
        case 'i': in_path = optarg; break;
        case 'o': out_path = optarg; break;
        case 'I':
        case 'O':
            if (strcmp(optarg, "jsonl") && strcmp(optarg, "csv"))
                return usage_error("unknown format '%s' (expected jsonl or csv)", optarg);
            *(c == 'I' ? &in_fmt : &out_fmt) = optarg;
            break;
        case 'B':
            if (strcmp(optarg, "auto") == 0)
                backend = BACKEND_AUTO;
            else if (strcmp(optarg, "interp") == 0)
                backend = BACKEND_INTERP;
            else if (strcmp(optarg, "c") == 0)
                backend = BACKEND_C;
            else if (strcmp(optarg, "jit") == 0)
                backend = BACKEND_JIT;
            else
                return usage_error("unknown backend '%s' (expected auto, jit, c or interp)", optarg);
            break;
        case 't':
            if (cli_trace_mode(optarg, &trace) < 0)
                return usage_error("unknown --trace '%s' (expected all or fired)", optarg);
            break;
        case 'L': labels = 1; break;
        case 'j':
            if (cli_positive(optarg, &threads) < 0 || threads > 256)
                return usage_error("--threads needs a number from 1 to 256, not '%s'", optarg);
            break;
        case 's':
            if (cli_positive(optarg, &budget) < 0)
                return usage_error("--search-budget needs a positive number, not '%s'", optarg);
            break;
        case 'c': old_path = optarg; break;
        case 'h': fputs(usage_batch, stdout); return 0;
        default: return usage_error("%s", "unknown option");
        }
    }
    if (argc - optind != 1)
        return usage_error("%s", "batch takes exactly one rule file (and --in, --out)");
    batch b;
    memset(&b, 0, sizeof b);
    b.compare = old_path != NULL;
    b.csv_in = format_of(in_fmt, in_path);
    b.csv_out = format_of(out_fmt, out_path);
    b.opts.format = GUIDE_FMT_JSON;
    b.opts.trace = trace;
    b.opts.labels = labels;
    if (b.csv_out && labels)
        return usage_error("%s", "--labels needs JSON Lines output (CSV columns stay identifiers)");
    if (b.compare && labels)
        return usage_error("%s", "--compare writes identifiers only: leave out --labels");
    if (b.csv_out && trace)
        return usage_error("%s", "--trace needs JSON Lines output (a trace does not fit in CSV)");
    if (b.compare && (b.csv_out || trace))
        return usage_error("%s", "--compare writes JSON Lines, without traces");

    FILE *in = strcmp(in_path, "-") == 0 ? stdin : fopen(in_path, "rb");
    if (!in) {
        fprintf(stderr, "guidec: cannot read cases from %s: %s\n", in_path, strerror(errno));
        return EXIT_USAGE;
    }
    /* Writing the results over the cases would empty the input before it is read (or, when
     * appending, read the results back as cases without end): refuse it, whatever the names. */
    if (cli_same_file(fileno(in), out_path)) {
        fprintf(stderr, "guidec: the output %s is the input %s itself; write the results to "
                "another file\n", strcmp(out_path, "-") == 0 ? "(standard output)" : out_path,
                strcmp(in_path, "-") == 0 ? "(standard input)" : in_path);
        if (in != stdin)
            fclose(in);
        return EXIT_USAGE;
    }
    int rc = EXIT_USAGE;
    FILE *out = NULL;
    cli_out co = {0};
    worker *ws = NULL;
    chunk *cs = NULL;
    reader r = {in, b.csv_in, 0, 0, 0, NULL, 0, 0};
    int nt = 0, sigint_set = 0;
    struct sigaction old_sa;
    if (load_version(&b.nw, argv[optind], backend) < 0 ||
        (b.compare && load_version(&b.old, old_path, backend) < 0))
        goto done;
    if (cli_out_open_stream(&co, out_path) < 0) /* written as it goes: SIGINT keeps a prefix */
        goto done;
    out = co.f;
    if (b.compare) { /* the outputs of both versions, the new one's first */
        const guide_ruleset_info *n = b.nw.rs, *o = b.old.rs;
        int max = n->noutputs + o->noutputs;
        b.uname = xrealloc(NULL, (size_t)max * sizeof *b.uname);
        b.unew = xrealloc(NULL, (size_t)max * sizeof *b.unew);
        b.uold = xrealloc(NULL, (size_t)max * sizeof *b.uold);
        for (int i = 0; i < n->noutputs; i++) {
            const char *name = n->vars[guide_first_output(n) + i].name;
            int k = guide_var_index(o, name);
            b.uname[b.nunion] = name;
            b.unew[b.nunion] = i;
            b.uold[b.nunion++] = k >= guide_first_output(o) ? k - guide_first_output(o) : -1;
        }
        for (int i = 0; i < o->noutputs; i++) {
            const char *name = o->vars[guide_first_output(o) + i].name;
            int k = guide_var_index(n, name);
            if (k >= guide_first_output(n))
                continue;
            b.uname[b.nunion] = name;
            b.unew[b.nunion] = -1;
            b.uold[b.nunion++] = i;
        }
    }

    json_object_seed(0); /* before any thread builds a JSON object */
    b.trace_cap = 4096 + 4 * (size_t)(b.nw.comp.ir->nclauses + b.nw.comp.ir->noutputs);
    nt = (int)threads;
    ws = calloc((size_t)nt, sizeof *ws);
    cs = calloc((size_t)nt, sizeof *cs);
    if (!ws || !cs) {
        fputs("guidec: out of memory\n", stderr);
        goto done;
    }
    for (int i = 0; i < nt; i++) {
        cs[i].recs = xrealloc(NULL, BATCH_CHUNK * sizeof *cs[i].recs);
        cs[i].undet = calloc((size_t)b.nw.rs->noutputs + 1, sizeof *cs[i].undet);
        ws[i].b = &b;
        ws[i].c = &cs[i];
        ws[i].it = b.nw.cb || b.nw.jit ? NULL : interp_new_indexed(b.nw.comp.ir);
        ws[i].f = guide_frame_new(b.nw.rs);
        if (b.compare) {
            ws[i].it_old = b.old.cb || b.old.jit ? NULL : interp_new_indexed(b.old.comp.ir);
            ws[i].f_old = guide_frame_new(b.old.rs);
        }
        if (trace)
            ws[i].trace = guide_trace_new(b.trace_cap);
        if (!cs[i].undet || (!ws[i].it && !b.nw.cb && !b.nw.jit) || !ws[i].f ||
            (trace && !ws[i].trace) ||
            (b.compare && ((!ws[i].it_old && !b.old.cb && !b.old.jit) || !ws[i].f_old))) {
            fputs("guidec: out of memory\n", stderr);
            goto done;
        }
    }

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint; /* no SA_RESTART: a blocked read returns, and reading stops */
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &old_sa);
    sigint_set = 1;

    if (b.csv_in) { /* the header row: input names */
        chunk *h = &cs[0];
        h->nrecs = 0;
        h->tlen = h->nfields = 0;
        if (read_csv_record(&r, h) < 0) {
            fprintf(stderr, "guidec: %s: %s\n", in_path,
                    interrupted ? "interrupted" : "no CSV header row (input names)");
            rc = interrupted ? EXIT_INTERRUPTED : EXIT_USAGE;
            goto done;
        }
        if (h->recs[0].csv != CSV_OK) {
            fprintf(stderr, "guidec: %s: the CSV header row is not valid CSV\n", in_path);
            goto done;
        }
        b.ncols = (int)h->recs[0].len;
        if (map_header(&b.nw, h, &h->recs[0], in_path) < 0 ||
            (b.compare && map_header(&b.old, h, &h->recs[0], in_path) < 0))
            goto done;
    }
    if (b.csv_out)
        csv_header(out, b.nw.rs);

    struct stat st;
    off_t size = fstat(fileno(in), &st) == 0 && S_ISREG(st.st_mode) ? st.st_size : 0;
    int tty = isatty(2);
    double t0 = now_seconds(), shown = t0;
    long done_recs = 0, errors = 0, differ = 0;
    long *undet = calloc((size_t)b.nw.rs->noutputs + 1, sizeof *undet);
    flips fs = {0};
    while (!r.eof && !interrupted) {
        int filled = 0;
        for (; filled < nt; filled++) {
            fill_chunk(&r, &cs[filled]);
            if (cs[filled].nrecs == 0)
                break;
            if (r.eof || interrupted) {
                filled++;
                break;
            }
        }
        if (filled == 0)
            break;
        for (int i = 1; i < filled; i++)
            if (pthread_create(&ws[i].th, NULL, work, &ws[i]) != 0)
                work(&ws[i]); /* no thread: do it here, the order is kept all the same */
            else
                ws[i].th_started = 1;
        work(&ws[0]);
        for (int i = 1; i < filled; i++)
            if (ws[i].th_started) {
                pthread_join(ws[i].th, NULL);
                ws[i].th_started = 0;
            }
        for (int i = 0; i < filled; i++) {
            chunk *ch = &cs[i];
            fwrite(ch->out, 1, ch->outlen, out);
            ch->outlen = 0;
            done_recs += ch->nrecs;
            errors += ch->errors;
            differ += ch->differ;
            for (int k = 0; k < b.nw.rs->noutputs; k++)
                undet[k] += ch->undet[k];
            for (size_t p = 0; p < ch->flen; p += strlen(ch->flips + p) + 1)
                flips_add(&fs, ch->flips + p);
        }
        fflush(out);
        if (cli_out_failed(&co))
            break; /* the disk is full: reading on would only lose more */
        if (tty && now_seconds() - shown >= 0.25) {
            shown = now_seconds();
            progress(&b, in, size, done_recs, t0, 0);
        }
    }
    if (tty)
        progress(&b, in, size, done_recs, t0, 1);
    /* Interrupted, the output keeps the records done, each complete (as the summary says). */
    int werr = cli_out_close(&co, 1) < 0; /* says why */
    double el = now_seconds() - t0;

    /* The summary. */
    fprintf(stderr, "guidec batch: %ld record%s, %ld error%s", done_recs, done_recs == 1 ? "" : "s",
            errors, errors == 1 ? "" : "s");
    if (b.compare)
        fprintf(stderr, ", %ld with different outputs", differ);
    fprintf(stderr, ", %.2f s (%.0f records/s, %s)\n", el, el > 0 ? (double)done_recs / el : 0.0,
            b.nw.jit ? "rules compiled by the JIT" : b.nw.cb ? "rules compiled to C" : "interpreter");
    if (b.compare) {
        sort_batch = &b;
        if (fs.n) /* fs.v is NULL when nothing flipped, and qsort must not see it */
            qsort(fs.v, fs.n, sizeof *fs.v, flip_cmp);
        if (fs.n == 0)
            fputs("no output changed\n", stderr);
        for (size_t i = 0; i < fs.n; i++) {
            char *tab = strchr(fs.v[i].text, '\t');
            fprintf(stderr, "%.*s: %s %ld\n", (int)(tab - fs.v[i].text), fs.v[i].text, tab + 1,
                    fs.v[i].count);
            free(fs.v[i].text);
        }
        free(fs.v);
    } else {
        int any = 0;
        fputs("undetermined:", stderr);
        for (int k = 0; k < b.nw.rs->noutputs; k++)
            if (undet[k]) {
                fprintf(stderr, "%s %s %ld", any ? "," : "",
                        b.nw.rs->vars[guide_first_output(b.nw.rs) + k].name, undet[k]);
                any = 1;
            }
        fputs(any ? "\n" : " none\n", stderr);
    }
    free(undet);
    if (interrupted) {
        fprintf(stderr, "guidec: interrupted: the output holds the results of the first %ld "
                "record%s (input up to line %d), each complete\n", done_recs,
                done_recs == 1 ? "" : "s", r.line);
        rc = EXIT_INTERRUPTED;
    } else if (werr) {
        rc = EXIT_USAGE;
    } else if (ferror(in)) {
        fprintf(stderr, "guidec: cannot read cases from %s\n", in_path);
        rc = EXIT_USAGE;
    } else {
        rc = errors ? EXIT_USAGE : b.compare && differ ? EXIT_DIFFER : 0;
    }

done:
    if (sigint_set)
        sigaction(SIGINT, &old_sa, NULL);
    for (int i = 0; ws && i < nt; i++) {
        interp_free(ws[i].it);
        interp_free(ws[i].it_old);
        guide_frame_free(ws[i].f);
        guide_frame_free(ws[i].f_old);
        guide_trace_free(ws[i].trace);
    }
    for (int i = 0; cs && i < nt; i++) {
        free(cs[i].recs);
        free(cs[i].text);
        free(cs[i].fields);
        free(cs[i].out);
        free(cs[i].undet);
        free(cs[i].flips);
    }
    free(ws);
    free(cs);
    free(r.buf);
    free(b.nw.col);
    free(b.old.col);
    free(b.uname);
    free(b.unew);
    free(b.uold);
    if (co.f && cli_out_close(&co, 0) < 0) /* an early failure, before any record */
        rc = EXIT_USAGE;
    if (in != stdin)
        fclose(in);
    cb_unload(b.nw.cb);
    cb_unload(b.old.cb);
    emitll_jit_free(b.nw.jit);
    emitll_jit_free(b.old.jit);
    compile_free(&b.nw.comp);
    compile_free(&b.old.comp);
    return rc;
}
