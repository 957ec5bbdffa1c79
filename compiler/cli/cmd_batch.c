/* cmd_batch.c — `guidec batch`: registry-scale evaluation of a stream of cases, and change-impact
 * replay of two versions (`--compare`).
 *
 * The input is read record by record (JSON Lines, or CSV with a header row) into chunks; the
 * chunks of one round are evaluated in parallel, each thread with its own evaluator
 * (evaluator_share: its own interpreter, or the rules compiled by the JIT or to C, which are
 * reentrant, shared), each into its own output buffer, and the buffers are written in input
 * order. Memory stays constant (a round
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

#include "cli.h"
#include "compile.h"
#include "evaluator.h"
#include "oom.h"
#include "strbuf.h"
#include "xalloc.h"

enum { EXIT_DIFFER = 1, EXIT_USAGE = 2, EXIT_INTERRUPTED = 130 };
enum { BATCH_CHUNK = 512 }; /* records per chunk: one unit of work for a thread */

const char cmd_batch_usage[] =
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

static void *xrealloc(void *p, size_t n) { return guide_xrealloc(p, n, "batch's buffers"); }

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
    evaluator                *ev;  /* the first thread's; the others share it */
} version;

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
    switch (guide_type_repr(var->type)) {
    case GUIDE_REPR_TRUTH: sb_puts(sb, val->b ? "true" : "false"); return;
    case GUIDE_REPR_LABEL:
        sb_puts(sb, val->label >= 0 && val->label < var->nlabels ? var->labels[val->label] : "#null");
        return;
    case GUIDE_REPR_NUMBER:
        fmt_num(val->num, a, sizeof a);
        sb_puts(sb, a);
        return;
    case GUIDE_REPR_RANGE:
        fmt_num(val->range.lo, a, sizeof a);
        fmt_num(val->range.hi, b, sizeof b);
        sb_printf(sb, "[%s, %s]", a, b);
        return;
    case GUIDE_REPR_SET: {
        size_t start = sb->len;
        for (int i = 0; i < var->nlabels && i < 64; i++)
            if (val->set >> i & 1)
                sb_printf(sb, "%s%s", sb->len > start ? ";" : "", var->labels[i]);
        if (sb->len == start)
            sb_puts(sb, "#empty");
        return;
    }
    case GUIDE_REPR_LIST: return; /* an input's type: outputs are never lists */
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
    switch (guide_type_repr(var->type)) {
    case GUIDE_REPR_TRUTH: return json_boolean(val->b);
    case GUIDE_REPR_LABEL:
        return val->label >= 0 && val->label < var->nlabels ? json_string(var->labels[val->label])
                                                             : json_null();
    case GUIDE_REPR_NUMBER:
        fmt_num(val->num, a, sizeof a);
        return strchr(a, '#') ? json_null() : json_loads(a, JSON_DECODE_ANY, NULL);
    case GUIDE_REPR_RANGE: {
        strbuf sb = STRBUF_INIT;
        csv_value(f, o, &sb);
        json_t *j = json_loads(sb_str(&sb), 0, NULL);
        sb_free(&sb);
        return j;
    }
    case GUIDE_REPR_SET: {
        json_t *arr = json_array();
        for (int i = 0; i < var->nlabels && i < 64; i++)
            if (val->set >> i & 1)
                json_array_append_new(arr, json_string(var->labels[i]));
        return arr;
    }
    case GUIDE_REPR_LIST: break; /* an input's type: outputs are never lists */
    }
    return json_null();
}

/* "moderate", "12", "null", "#undetermined": a compare value for the summary. */
static char *value_text(const json_t *j)
{
    if (json_is_string(j))
        return guide_xstrdup(json_string_value(j), "JSON values");
    return guide_xcheck(json_dumps(j, JSON_ENCODE_ANY | JSON_COMPACT | JSON_REAL_PRECISION(15)),
                        "JSON values");
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

typedef struct worker {
    const batch *b;
    evaluator   *ev, *ev_old; /* this thread's: shared from the versions' (evaluator_share) */
    guide_frame *f, *f_old;
    guide_trace *trace;
    chunk       *c;
    pthread_t    th;
    int          th_started;
} worker;

/* Says in err's message that the old version of --compare, not the new, did that (`did`). */
static void old_version_did(guide_case_error *err, const char *did)
{
    char m[sizeof err->message];
    snprintf(m, sizeof m, "%s", err->message);
    snprintf(err->message, sizeof err->message, "the old version %s: %.400s", did, m);
}

static void eval_compare(worker *w, const rec *x, FILE *o)
{
    const batch *b = w->b;
    chunk *c = w->c;
    guide_case_error err;
    int bad = read_rec(b, &b->nw, c, x, w->f, &err) < 0;
    if (!bad && read_rec(b, &b->old, c, x, w->f_old, &err) < 0) {
        bad = 1;
        old_version_did(&err, "cannot read it");
    }
    if (bad) {
        c->errors++;
        guide_print_case_error(o, b->nw.rs, w->f->id, &err, (int)x->record, x->line, &b->opts);
        return;
    }
    bad = evaluator_eval_checked(w->ev, w->f, NULL, &err) < 0;
    if (!bad && evaluator_eval_checked(w->ev_old, w->f_old, NULL, &err) < 0) {
        bad = 1;
        old_version_did(&err, "refuses it");
    }
    if (bad) {
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
    cookie_io_functions_t io = {NULL, out_write, NULL, NULL};
    FILE *o = guide_xcheck(fopencookie(c, "w", io), "batch's buffers");
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
            evaluator_eval_checked(w->ev, w->f, w->trace, &err) < 0) {
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
    fs->v[fs->n].text = guide_xstrdup(text, "batch's buffers");
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
    return cli_usage_error(cmd_batch_usage, fmt, arg);
}

/* 1 for CSV, 0 for JSON Lines, from a --*-format value or a file's extension. */
static int format_of(const char *fmt, const char *path)
{
    if (fmt)
        return strcmp(fmt, "csv") == 0;
    const char *dot = path ? strrchr(path, '.') : NULL;
    return dot && strcmp(dot, ".csv") == 0;
}

/* Compiles the rule file at path and opens its evaluator of kind: with AUTO the JIT, else the C
 * backend (a C compiler may be missing), else the interpreter, saying why when it falls back. */
static int load_version(version *v, const char *path, evaluator_kind kind)
{
    if (cli_compile_rules(&v->comp, path) < 0)
        return -1;
    v->ev = cli_evaluator_open(kind, v->comp.ir, "batch: ");
    if (!v->ev)
        return -1;
    v->rs = evaluator_info(v->ev); /* the description the compiled code carries */
    return 0;
}

static void progress(FILE *in, off_t size, long done, double t0, int final)
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
}

/* What the command line asks of batch. */
typedef struct batch_args {
    const char    *in_path, *out_path, *in_fmt, *out_fmt, *old_path;
    long           threads;
    int            trace, labels;
    evaluator_kind kind;
} batch_args;

/* Reads the options into a; returns -1 when they were read, else the exit status (0 after
 * --help, 2 for a usage error). */
static int batch_options(int argc, char **argv, batch_args *a)
{
    static const struct option opts[] = {
        {"in", required_argument, 0, 'i'},        {"out", required_argument, 0, 'o'},
        {"in-format", required_argument, 0, 'I'}, {"out-format", required_argument, 0, 'O'},
        {"backend", required_argument, 0, 'B'},   {"trace", optional_argument, 0, 't'},
        {"threads", required_argument, 0, 'j'},   {"search-budget", required_argument, 0, 's'},
        {"compare", required_argument, 0, 'c'},   {"help", no_argument, 0, 'h'},
        {"labels", no_argument, 0, 'L'},          {0, 0, 0, 0}};
    long budget; /* --search-budget: checked, then ignored */
    int c;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) { /* options may follow FILE */
        switch (c) {
        case 'i': a->in_path = optarg; break;
        case 'o': a->out_path = optarg; break;
        case 'I':
        case 'O':
            if (strcmp(optarg, "jsonl") && strcmp(optarg, "csv"))
                return usage_error("unknown format '%s' (expected jsonl or csv)", optarg);
            *(c == 'I' ? &a->in_fmt : &a->out_fmt) = optarg;
            break;
        case 'B':
            if (cli_backend(optarg, 1, cmd_batch_usage, &a->kind) < 0)
                return CLI_EXIT_USAGE;
            break;
        case 't':
            if (cli_trace_mode(optarg, &a->trace) < 0)
                return usage_error("unknown --trace '%s' (expected all or fired)", optarg);
            break;
        case 'L': a->labels = 1; break;
        case 'j':
            if (cli_positive(optarg, &a->threads) < 0 || a->threads > 256)
                return usage_error("--threads needs a number from 1 to 256, not '%s'", optarg);
            break;
        case 's':
            if (cli_positive(optarg, &budget) < 0)
                return usage_error("--search-budget needs a positive number, not '%s'", optarg);
            break;
        case 'c': a->old_path = optarg; break;
        case 'h': fputs(cmd_batch_usage, stdout); return 0;
        default: return usage_error("%s", "unknown option");
        }
    }
    if (argc - optind != 1)
        return usage_error("%s", "batch takes exactly one rule file (and --in, --out)");
    return -1;
}

/* Sets b's formats and printing options from a; returns -1, or the exit status of a usage
 * error (options that do not go together). */
static int batch_setup(batch *b, const batch_args *a)
{
    memset(b, 0, sizeof *b);
    b->compare = a->old_path != NULL;
    b->csv_in = format_of(a->in_fmt, a->in_path);
    b->csv_out = format_of(a->out_fmt, a->out_path);
    b->opts.format = GUIDE_FMT_JSON;
    b->opts.trace = a->trace;
    b->opts.labels = a->labels;
    if (b->csv_out && a->labels)
        return usage_error("%s", "--labels needs JSON Lines output (CSV columns stay identifiers)");
    if (b->compare && a->labels)
        return usage_error("%s", "--compare writes identifiers only: leave out --labels");
    if (b->csv_out && a->trace)
        return usage_error("%s", "--trace needs JSON Lines output (a trace does not fit in CSV)");
    if (b->compare && (b->csv_out || a->trace))
        return usage_error("%s", "--compare writes JSON Lines, without traces");
    return -1;
}

/* Opens the cases; NULL after saying why (unreadable, or the very file the output is). */
static FILE *open_cases(const char *in_path, const char *out_path)
{
    FILE *in = cli_open_cases(in_path);
    if (!in)
        return NULL;
    /* Writing the results over the cases would empty the input before it is read (or, when
     * appending, read the results back as cases without end): refuse it, whatever the names. */
    if (cli_same_file(fileno(in), out_path)) {
        fprintf(stderr, "guidec: the output %s is the input %s itself; write the results to "
                "another file\n", strcmp(out_path, "-") == 0 ? "(standard output)" : out_path,
                strcmp(in_path, "-") == 0 ? "(standard input)" : in_path);
        if (in != stdin)
            fclose(in);
        return NULL;
    }
    return in;
}

/* --compare: the outputs of both versions, the new one's first, with their index in each. */
static void union_outputs(batch *b)
{
    const guide_ruleset_info *n = b->nw.rs, *o = b->old.rs;
    int max = n->noutputs + o->noutputs;
    b->uname = xrealloc(NULL, (size_t)max * sizeof *b->uname);
    b->unew = xrealloc(NULL, (size_t)max * sizeof *b->unew);
    b->uold = xrealloc(NULL, (size_t)max * sizeof *b->uold);
    for (int i = 0; i < n->noutputs; i++) {
        const char *name = n->vars[guide_first_output(n) + i].name;
        int k = guide_var_index(o, name);
        b->uname[b->nunion] = name;
        b->unew[b->nunion] = i;
        b->uold[b->nunion++] = k >= guide_first_output(o) ? k - guide_first_output(o) : -1;
    }
    for (int i = 0; i < o->noutputs; i++) {
        const char *name = o->vars[guide_first_output(o) + i].name;
        int k = guide_var_index(n, name);
        if (k >= guide_first_output(n))
            continue;
        b->uname[b->nunion] = name;
        b->unew[b->nunion] = -1;
        b->uold[b->nunion++] = i;
    }
}

/* The threads' workers and chunks: each worker an evaluator per version (the first thread's
 * the versions' own, the others sharing them), a frame per version, a trace. */
typedef struct crew {
    worker *ws;
    chunk  *cs;
    int     n;
} crew;

/* Makes n workers for b. */
static void crew_new(crew *cr, batch *b, int n, int trace)
{
    cr->n = n;
    cr->ws = guide_xcalloc((size_t)n, sizeof *cr->ws, "batch's buffers");
    cr->cs = guide_xcalloc((size_t)n, sizeof *cr->cs, "batch's buffers");
    for (int i = 0; i < n; i++) {
        worker *w = &cr->ws[i];
        chunk *c = &cr->cs[i];
        c->recs = xrealloc(NULL, BATCH_CHUNK * sizeof *c->recs);
        c->undet =
            guide_xcalloc((size_t)b->nw.rs->noutputs + 1, sizeof *c->undet, "batch's buffers");
        w->b = b;
        w->c = c;
        w->ev = i == 0 ? b->nw.ev : evaluator_share(b->nw.ev);
        w->f = guide_xcheck(guide_frame_new(b->nw.rs), "a case's values");
        if (b->compare) {
            w->ev_old = i == 0 ? b->old.ev : evaluator_share(b->old.ev);
            w->f_old = guide_xcheck(guide_frame_new(b->old.rs), "a case's values");
        }
        if (trace)
            w->trace = guide_xcheck(guide_trace_new(b->trace_cap), "a trace");
    }
}

static void crew_free(crew *cr)
{
    for (int i = 0; cr->ws && i < cr->n; i++) {
        worker *w = &cr->ws[i];
        if (i > 0) { /* the first thread's evaluators are the versions' */
            evaluator_close(w->ev);
            evaluator_close(w->ev_old);
        }
        guide_frame_free(w->f);
        guide_frame_free(w->f_old);
        guide_trace_free(w->trace);
    }
    for (int i = 0; cr->cs && i < cr->n; i++) {
        chunk *c = &cr->cs[i];
        free(c->recs);
        free(c->text);
        free(c->fields);
        free(c->out);
        free(c->undet);
        free(c->flips);
    }
    free(cr->ws);
    free(cr->cs);
}

/* CSV input: reads the header row and maps its columns onto each version's inputs. Returns
 * -1, or the exit status after saying what is wrong. */
static int read_header(batch *b, reader *r, chunk *h, const char *in_path)
{
    h->nrecs = 0;
    h->tlen = h->nfields = 0;
    if (read_csv_record(r, h) < 0) {
        fprintf(stderr, "guidec: %s: %s\n", in_path,
                interrupted ? "interrupted" : "no CSV header row (input names)");
        return interrupted ? EXIT_INTERRUPTED : EXIT_USAGE;
    }
    if (h->recs[0].csv != CSV_OK) {
        fprintf(stderr, "guidec: %s: the CSV header row is not valid CSV\n", in_path);
        return EXIT_USAGE;
    }
    b->ncols = (int)h->recs[0].len;
    if (map_header(&b->nw, h, &h->recs[0], in_path) < 0 ||
        (b->compare && map_header(&b->old, h, &h->recs[0], in_path) < 0))
        return EXIT_USAGE;
    return -1;
}

/* What the rounds came to, for the summary. */
typedef struct totals {
    long   done, errors, differ;
    long  *undet; /* [noutputs of the new version] */
    flips  fs;
} totals;

/* Fills up to cr->n chunks from r; returns how many hold records. */
static int fill_round(reader *r, crew *cr)
{
    int filled = 0;
    for (; filled < cr->n; filled++) {
        fill_chunk(r, &cr->cs[filled]);
        if (cr->cs[filled].nrecs == 0)
            break;
        if (r->eof || interrupted)
            return filled + 1;
    }
    return filled;
}

/* Evaluates the filled chunks, one thread each (the first on this one). */
static void work_round(crew *cr, int filled)
{
    worker *ws = cr->ws;
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
}

/* Writes the chunks' output in input order and adds up what they counted. */
static void write_round(const batch *b, crew *cr, int filled, FILE *out, totals *t)
{
    for (int i = 0; i < filled; i++) {
        chunk *ch = &cr->cs[i];
        fwrite(ch->out, 1, ch->outlen, out);
        ch->outlen = 0;
        t->done += ch->nrecs;
        t->errors += ch->errors;
        t->differ += ch->differ;
        for (int k = 0; k < b->nw.rs->noutputs; k++)
            t->undet[k] += ch->undet[k];
        for (size_t p = 0; p < ch->flen; p += strlen(ch->flips + p) + 1)
            flips_add(&t->fs, ch->flips + p);
    }
}

/* Reads, evaluates and writes round after round until the end of the input, SIGINT or a
 * failed write; a progress line on a terminal. */
static void run_rounds(const batch *b, reader *r, crew *cr, cli_out *co, totals *t)
{
    struct stat st;
    off_t size = fstat(fileno(r->in), &st) == 0 && S_ISREG(st.st_mode) ? st.st_size : 0;
    int tty = isatty(2);
    double t0 = now_seconds(), shown = t0;
    while (!r->eof && !interrupted) {
        int filled = fill_round(r, cr);
        if (filled == 0)
            break;
        work_round(cr, filled);
        write_round(b, cr, filled, co->f, t);
        fflush(co->f);
        if (cli_out_failed(co))
            break; /* the disk is full: reading on would only lose more */
        if (tty && now_seconds() - shown >= 0.25) {
            shown = now_seconds();
            progress(r->in, size, t->done, t0, 0);
        }
    }
    if (tty)
        progress(r->in, size, t->done, t0, 1);
}

/* --compare's summary: the flips per output, most frequent first. */
static void print_flips(const batch *b, flips *fs)
{
    sort_batch = b;
    if (fs->n) /* fs->v is NULL when nothing flipped, and qsort must not see it */
        qsort(fs->v, fs->n, sizeof *fs->v, flip_cmp);
    if (fs->n == 0)
        fputs("no output changed\n", stderr);
    for (size_t i = 0; i < fs->n; i++) {
        char *tab = strchr(fs->v[i].text, '\t');
        fprintf(stderr, "%.*s: %s %ld\n", (int)(tab - fs->v[i].text), fs->v[i].text, tab + 1,
                fs->v[i].count);
        free(fs->v[i].text);
    }
    free(fs->v);
}

/* The summary on stderr: records, errors, time, evaluator; then the flips (--compare) or the
 * undetermined count per output. */
static void print_summary(const batch *b, totals *t, double el)
{
    fprintf(stderr, "guidec batch: %ld record%s, %ld error%s", t->done, t->done == 1 ? "" : "s",
            t->errors, t->errors == 1 ? "" : "s");
    if (b->compare)
        fprintf(stderr, ", %ld with different outputs", t->differ);
    fprintf(stderr, ", %.2f s (%.0f records/s, %s)\n", el, el > 0 ? (double)t->done / el : 0.0,
            evaluator_kind_text(evaluator_kind_of(b->nw.ev)));
    if (b->compare) {
        print_flips(b, &t->fs);
        return;
    }
    int any = 0;
    fputs("undetermined:", stderr);
    for (int k = 0; k < b->nw.rs->noutputs; k++)
        if (t->undet[k]) {
            fprintf(stderr, "%s %s %ld", any ? "," : "",
                    b->nw.rs->vars[guide_first_output(b->nw.rs) + k].name, t->undet[k]);
            any = 1;
        }
    fputs(any ? "\n" : " none\n", stderr);
}

/* Evaluates every record of in into the output opened in co, then says how it went. Returns the
 * exit status. */
static int batch_stream(batch *b, crew *cr, reader *r, cli_out *co, const char *in_path)
{
    if (b->csv_in) { /* the header row: input names */
        int rc = read_header(b, r, &cr->cs[0], in_path);
        if (rc >= 0)
            return rc;
    }
    if (b->csv_out)
        csv_header(co->f, b->nw.rs);
    totals t = {0};
    t.undet = guide_xcalloc((size_t)b->nw.rs->noutputs + 1, sizeof *t.undet, "batch's buffers");
    double t0 = now_seconds();
    run_rounds(b, r, cr, co, &t);
    /* Interrupted, the output keeps the records done, each complete (as the summary says). */
    int werr = cli_out_close(co, 1) < 0; /* says why */
    print_summary(b, &t, now_seconds() - t0);
    free(t.undet);
    if (interrupted) {
        fprintf(stderr, "guidec: interrupted: the output holds the results of the first %ld "
                "record%s (input up to line %d), each complete\n", t.done,
                t.done == 1 ? "" : "s", r->line);
        return EXIT_INTERRUPTED;
    }
    if (werr)
        return EXIT_USAGE;
    if (ferror(r->in)) {
        fprintf(stderr, "guidec: cannot read cases from %s\n", in_path);
        return EXIT_USAGE;
    }
    return t.errors ? EXIT_USAGE : b->compare && t.differ ? EXIT_DIFFER : 0;
}

/* Loads the versions, opens the output, makes the workers and streams the cases, with SIGINT
 * caught so that it ends the reading only. Returns the exit status. */
static int batch_run(batch *b, const batch_args *a, const char *path, FILE *in)
{
    int rc = EXIT_USAGE;
    cli_out co = {0};
    crew cr = {0};
    reader r = {in, b->csv_in, 0, 0, 0, NULL, 0, 0};
    if (load_version(&b->nw, path, a->kind) < 0 ||
        (b->compare && load_version(&b->old, a->old_path, a->kind) < 0))
        goto done;
    if (cli_out_open_stream(&co, a->out_path) < 0) /* written as it goes: SIGINT keeps a prefix */
        goto done;
    if (b->compare)
        union_outputs(b);
    json_object_seed(0); /* before any thread builds a JSON object */
    b->trace_cap = 4096 + 4 * (size_t)(b->nw.comp.ir->nclauses + b->nw.comp.ir->noutputs);
    crew_new(&cr, b, (int)a->threads, a->trace);
    struct sigaction sa, old_sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint; /* no SA_RESTART: a blocked read returns, and reading stops */
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &old_sa);
    rc = batch_stream(b, &cr, &r, &co, a->in_path);
    sigaction(SIGINT, &old_sa, NULL);
done:
    crew_free(&cr);
    free(r.buf);
    if (co.f && cli_out_close(&co, 0) < 0) /* an early failure, before any record */
        rc = EXIT_USAGE;
    return rc;
}

static void version_free(version *v)
{
    free(v->col);
    evaluator_close(v->ev);
    compile_free(&v->comp);
}

int cmd_batch(int argc, char **argv)
{
    batch_args a = {"-", "-", NULL, NULL, NULL, 1, 0, 0, EVALUATOR_AUTO};
    int rc = batch_options(argc, argv, &a);
    if (rc >= 0)
        return rc;
    batch b;
    if ((rc = batch_setup(&b, &a)) >= 0)
        return rc;
    FILE *in = open_cases(a.in_path, a.out_path);
    if (!in)
        return EXIT_USAGE;
    rc = batch_run(&b, &a, argv[optind], in);
    free(b.uname);
    free(b.unew);
    free(b.uold);
    if (in != stdin)
        fclose(in);
    version_free(&b.nw);
    version_free(&b.old);
    return rc;
}
