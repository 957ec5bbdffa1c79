/* report.c — `guidec report`: a batch of cases evaluated by the interpreter, written as one
 * self-contained HTML page for reviewers and clinicians.
 *
 * The page names the ruleset exactly (name, version, source, SHA-256 of the rule file), lists
 * the cases in a summary table, then gives each case its own section: the inputs (unknown ones
 * marked, those to ask for flagged), the derived values, the outputs with how each was decided,
 * the undetermined outputs with the answers they can still take and the inputs to ask for, the
 * conflicts with the rules behind them,
 * and the trace in order: each rule with its status, citation, the values it read and its source
 * lines; each table as the author printed it with the matched row (and cell) highlighted. A case
 * that cannot be read is shown as an error in its place. No JavaScript, no external resource:
 * the CSS is inline and has a print layout. Every text is escaped. */
#include "cli.h"
#include "report.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "fmt.h"
#include "interp.h"
#include "value_text.h"
#include "xalloc.h"

enum { EXIT_USAGE = 2, NOT_SEEN = 0xFF, MAX_SOURCE_LINES = 24 };

/* ---- shared helpers ------------------------------------------------------------------------- */

char *rpt_read_file(const char *path, size_t *len)
{
    FILE *in = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!in)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = guide_xmalloc(cap + 1, "the cases");
    for (;;) {
        if (n == cap)
            buf = guide_xrealloc(buf, (cap *= 2) + 1, "the cases");
        size_t got = fread(buf + n, 1, cap - n, in);
        n += got;
        if (got == 0)
            break;
    }
    int bad = ferror(in);
    if (in != stdin)
        fclose(in);
    if (bad) {
        free(buf);
        errno = EIO;
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

void rpt_html_n(FILE *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '"': fputs("&quot;", out); break;
        case '\'': fputs("&#39;", out); break;
        default: fputc(c < 0x20 && c != '\t' ? '?' : c == 0x7F ? '?' : c, out);
        }
    }
}

void rpt_html(FILE *out, const char *s)
{
    if (s)
        rpt_html_n(out, s, strlen(s));
}

void rpt_concl_html(FILE *out, const ir_program *p, const ir_clause *c)
{
    for (int j = 0; j < c->nconcl; j++) {
        char buf[GUIDE_VALUE_TEXT_MAX];
        ir_format_value(p, c->concl[j].var, &c->concl[j].val, buf, sizeof buf);
        fprintf(out, "%s%s = ", j ? ", " : "", p->vars[c->concl[j].var].name);
        rpt_html(out, buf);
    }
}

/* ---- the page ------------------------------------------------------------------------------- */

static const char css[] =
    "body{font-family:'DejaVu Sans',Helvetica,Arial,sans-serif;font-size:14px;color:#212121;"
    "margin:24px auto;max-width:1100px;padding:0 16px;line-height:1.4}\n"
    "h1{font-size:22px;margin:0 0 8px}h2{font-size:18px;margin:0 0 8px;padding:6px 10px;"
    "background:#eceff1;border-left:6px solid #455a64}h3{font-size:15px;margin:14px 0 6px}\n"
    "table{border-collapse:collapse;margin:4px 0 10px}th,td{border:1px solid #b0bec5;"
    "padding:3px 8px;text-align:left;vertical-align:top}th{background:#eceff1}\n"
    "table.meta th{width:9em}code,pre,.mono{font-family:'DejaVu Sans Mono',Menlo,monospace;"
    "font-size:12px}\n"
    "section.case{margin:28px 0;break-before:auto}\n"
    ".cols{display:flex;flex-wrap:wrap;gap:24px}.cols>div{flex:1 1 380px}\n"
    ".unknown{color:#757575;font-style:italic}.ask{color:#e65100;font-weight:bold}\n"
    "tr.concluded td{background:#e8f5e9}tr.undetermined td{background:#fff3e0}"
    "tr.conflict td{background:#ffebee}tr.na td{color:#757575}\n"
    ".box{border:1px solid #b0bec5;border-left:6px solid #e65100;padding:6px 10px;margin:8px 0;"
    "background:#fff8f0}.box.conflict{border-left-color:#c62828;background:#fff5f5}\n"
    ".error{border:1px solid #c62828;border-left:6px solid #c62828;background:#ffebee;"
    "padding:8px 12px}\n"
    "ol.trace{padding-left:28px}ol.trace>li{margin:6px 0;padding:4px 8px;border-left:4px solid "
    "#cfd8dc}\n"
    "ol.trace>li.fired{border-left-color:#2e7d32;background:#f1f8e9}"
    "ol.trace>li.undetermined{border-left-color:#e65100;background:#fff8f0}"
    "ol.trace>li.excepted{border-left-color:#616161;background:#f5f5f5}"
    "ol.trace>li.not-fired{color:#616161}ol.trace>li.output{border-left-color:#1565c0}\n"
    ".st{display:inline-block;min-width:7em;font-weight:bold;font-size:12px;text-transform:"
    "uppercase}.fired .st{color:#2e7d32}.undetermined .st{color:#e65100}\n"
    ".cite{color:#1a237e;font-style:italic}.line{color:#757575;font-size:12px}\n"
    ".reading{color:#6a1b9a;font-style:italic}.display{color:#37474f}\n"
    "pre.src{background:#fafafa;border:1px solid #e0e0e0;padding:4px 8px;margin:4px 0;"
    "white-space:pre-wrap}\n"
    ".read{font-size:12px;color:#455a64}\n"
    "table.dt td,table.dt th{font-family:'DejaVu Sans Mono',Menlo,monospace;font-size:12px;"
    "padding:2px 8px}table.dt td.sep,table.dt th.sep{background:#546e7a;padding:0;width:3px}\n"
    "table.dt tr.matched td{background:#e8f5e9}table.dt tr.matched td.out{background:#a5d6a7;"
    "font-weight:bold}table.dt td.hit{background:#a5d6a7!important;font-weight:bold;outline:2px "
    "solid #2e7d32}table.dt tr.und td{background:#fff3e0}table.dt td.undcell{background:#ffe0b2}"
    "\ntable.dt td.rowno{color:#757575}.guard{font-family:monospace;font-size:12px;color:#455a64}\n"
    "@media print{body{margin:0;max-width:none;font-size:10pt}section.case{break-before:page}"
    "section.case:first-of-type{break-before:auto}table,pre,li{break-inside:avoid}"
    "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}a{color:inherit;"
    "text-decoration:none}}\n";

typedef struct rpt {
    FILE             *out;      /* the case sections */
    FILE             *summary;  /* the rows of the summary table */
    arena            *a;
    const ir_program *p;
    interp           *it;
    guide_trace      *trace;
    const char       *cases_name;
    int               n;        /* sections written */
    int               errors;
    uint8_t          *status;   /* [nclauses] per case, from the trace */
    uint8_t          *shown;    /* [ntables] per case: already drawn in the trace */
    uint8_t          *not_computable; /* [nvars] */
} rpt;

static int asks_bit(const guide_frame *f, int o, int i)
{
    return (int)(guide_asks(f, o)[i / 64] >> (i % 64) & 1);
}

static int count_asks(const guide_frame *f, int o)
{
    int n = 0;
    for (int i = 0; i < f->rs->ninputs; i++)
        n += asks_bit(f, o, i);
    return n;
}

/* "a", "a and b", "a, b and c": the inputs in output o's asks, in words. Returns how many. */
static int put_asks(FILE *out, const guide_frame *f, int o)
{
    int total = count_asks(f, o), n = 0;
    for (int i = 0; i < f->rs->ninputs; i++)
        if (asks_bit(f, o, i)) {
            fputs(n == 0 ? "" : n == total - 1 ? " and " : ", ", out);
            fputs("<code>", out);
            rpt_html(out, f->rs->vars[i].name);
            fputs("</code>", out);
            n++;
        }
    return n;
}

/* How output o, decided by the walk of its diagram, was decided without its unknown inputs:
 * "decided whatever mitoses_per_5mm2 is (values tried: mitoses_per_5mm2 (< 5, 5, > 5))". */
static void put_whatever(FILE *out, const guide_frame *f, int o)
{
    fputs("decided whatever ", out);
    fputs(put_asks(out, f, o) > 1 ? " are" : " is", out);
    strbuf sb = STRBUF_INIT;
    guide_without_text(&sb, f, o);
    fputs(" <span class=\"read\">(values tried: ", out);
    rpt_html(out, sb_str(&sb));
    fputs(")</span>", out);
    sb_free(&sb);
}

static int has_asks(const guide_frame *f, int o)
{
    for (int i = 0; i < f->rs->ninputs; i++)
        if (asks_bit(f, o, i))
            return 1;
    return 0;
}

static int asked_for(const guide_frame *f, int i)
{
    for (int o = 0; o < f->rs->noutputs; o++)
        if (f->out[o].state == GUIDE_UNDETERMINED && asks_bit(f, o, i))
            return 1;
    return 0;
}

/* The answers undetermined output o can still take, all of them, in the words of `guidec run`
 * ("T3 or T4"), after sep. Returns how many; writes nothing when there are none. */
static int put_possible(FILE *out, const guide_frame *f, int o, const char *sep)
{
    strbuf sb = STRBUF_INIT;
    int n = guide_possible_text(&sb, f, o, 0);
    if (n) {
        fputs(sep, out);
        rpt_html(out, sb_str(&sb));
    }
    sb_free(&sb);
    return n;
}

/* A variable's value as the case ended, as HTML. */
static void put_value(rpt *r, const guide_frame *f, int v)
{
    char buf[GUIDE_VALUE_TEXT_MAX];
    int o = v - guide_first_output(f->rs);
    if (o >= 0) {
        switch (f->out[o].state) {
        case GUIDE_CONCLUDED:
            if (f->out[o].is_null) {
                fputs("ND <span class=\"unknown\">(the guideline gives no value)</span>", r->out);
                return;
            }
            break;
        case GUIDE_UNDETERMINED: fputs("<span class=\"ask\">undetermined</span>", r->out); return;
        case GUIDE_CONFLICT: fputs("<b>conflict</b>", r->out); return;
        case GUIDE_NOT_APPLICABLE: fputs("<span class=\"unknown\">not applicable</span>", r->out); return;
        }
    } else if (!f->known[v]) {
        fputs(r->not_computable[v] ? "<span class=\"unknown\">not computable</span>"
                                   : "<span class=\"unknown\">unknown</span>", r->out);
        return;
    }
    guide_format_value_shown(f->rs, v, &f->val[v], buf, sizeof buf);
    rpt_html(r->out, buf);
}

/* Where a decision comes from, so that a reviewer tells a quotation (cites "§7.2") from a reading
 * of the guideline (reading 13 "..."); both when a passage is read a certain way. */
static void put_sources(FILE *out, const char *cite, int reading, const char *text)
{
    if (cite && *cite) {
        fputs(" <span class=\"cite\">cites \xE2\x80\x9C", out);
        rpt_html(out, cite);
        fputs("\xE2\x80\x9D</span>", out);
    }
    if (reading) {
        fprintf(out, " <span class=\"reading\">reading %d \xE2\x80\x9C", reading);
        rpt_html(out, text ? text : "");
        fputs("\xE2\x80\x9D</span>", out);
    }
}

static const char *status_word(const ir_clause *c, int st)
{
    return st == NOT_SEEN ? "not evaluated" : guide_status_word(st, c->kind == GUIDE_CLAUSE_ROW);
}

static const char *status_class(int st)
{
    return guide_status_class(st == NOT_SEEN ? GUIDE_CL_NOT_FIRED : st);
}

/* "name = value, ..." for the variables read. */
static void put_reads(rpt *r, const guide_frame *f, const int *reads, int n)
{
    if (!n)
        return;
    fputs("<div class=\"read\">values read: ", r->out);
    for (int i = 0; i < n; i++) {
        fputs(i ? ", " : "", r->out);
        fputs("<code>", r->out);
        rpt_html(r->out, r->p->vars[reads[i]].name);
        fputs("</code> = ", r->out);
        put_value(r, f, reads[i]);
    }
    fputs("</div>", r->out);
}

/* The source lines from..to of the rule file, numbered. */
static void put_source(rpt *r, int from, int to)
{
    const src_file *sf = r->p->file;
    if (!sf || from <= 0)
        return;
    if (to < from)
        to = from;
    if (to > sf->nlines)
        to = sf->nlines;
    if (to - from >= MAX_SOURCE_LINES)
        to = from + MAX_SOURCE_LINES - 1;
    fputs("<pre class=\"src\">", r->out);
    for (int l = from; l <= to; l++) {
        int n;
        const char *line = src_line(sf, l, &n);
        while (n > 0 && (line[n - 1] == '\r' || line[n - 1] == ' '))
            n--;
        fprintf(r->out, "<span class=\"line\">%4d</span>  ", l);
        rpt_html_n(r->out, line, (size_t)n);
        fputc('\n', r->out);
    }
    fputs("</pre>", r->out);
}

static void put_cell(FILE *out, const fmt_cell *c) { rpt_html_n(out, c->s, (size_t)c->n); }

/* The rows of table tb that matched, with their columns and, when they differ, their sources. */
static void put_matched_rows(rpt *r, const ir_table *tb)
{
    FILE *out = r->out;
    fputs("<div>matched: ", out);
    for (int k = 0, n = 0; k < tb->nrows; k++) {
        const ir_clause *c = &r->p->clauses[tb->first_clause + k];
        if (r->status[c->index] != GUIDE_CL_FIRED)
            continue;
        fprintf(out, "%srow %d", n++ ? "; " : "", c->row);
        if (c->column) {
            fputs(", column <code>", out);
            rpt_html(out, c->column);
            fputs("</code>", out);
        }
        fprintf(out, " <span class=\"line\">(line %d)</span>", c->sp.first_line);
        if (strcmp(c->cite, tb->cite) != 0)
            put_sources(out, c->cite, 0, NULL);
    }
    fputs("</div>", out);
}

/* The heading of table tb in the trace: whether it matched, its hit policy, its sources. */
static void put_table_heading(rpt *r, const ir_table *tb)
{
    FILE *out = r->out;
    int matched = 0, und = 0;
    for (int k = 0; k < tb->nrows; k++) {
        matched |= r->status[tb->first_clause + k] == GUIDE_CL_FIRED;
        und |= r->status[tb->first_clause + k] == GUIDE_CL_UNDETERMINED;
    }
    int table_st = matched ? GUIDE_CL_FIRED : und ? GUIDE_CL_UNDETERMINED : GUIDE_CL_NOT_FIRED;
    fprintf(out, "<li class=\"%s\"><span class=\"st\">%s</span> table <b>", guide_status_class(table_st),
            matched ? "matched" : und ? "undetermined" : "no match");
    rpt_html(out, tb->name);
    fprintf(out, "</b> (hit %s)", guide_hit_word(tb->hit));
    put_sources(out, tb->cite, tb->reading, tb->reading_text);
    fprintf(out, " <span class=\"line\">line %d</span>", tb->sp.first_line);
    if (matched)
        put_matched_rows(r, tb);
}

/* The variables table tb read, in order of first mention, with their values. */
static void put_table_reads(rpt *r, const guide_frame *f, const ir_table *tb)
{
    int *reads = arena_alloc(r->a, sizeof *reads * (size_t)(r->p->nvars + 1)), nreads = 0;
    uint8_t *seen = arena_alloc(r->a, (size_t)r->p->nvars + 1);
    for (int k = 0; k < tb->nrows; k++) {
        const ir_clause *c = &r->p->clauses[tb->first_clause + k];
        for (int i = 0; i < c->nreads; i++)
            if (!seen[c->reads[i]]) {
                seen[c->reads[i]] = 1;
                reads[nreads++] = c->reads[i];
            }
    }
    put_reads(r, f, reads, nreads);
}

/* Table tb's rows from the IR, for when the source does not show the table as expected. */
static void put_ir_rows(rpt *r, const ir_table *tb)
{
    FILE *out = r->out;
    fputs("<table class=\"dt\"><tr><th>row</th><th>concludes</th></tr>", out);
    for (int k = 0; k < tb->nrows; k++) {
        const ir_clause *c = &r->p->clauses[tb->first_clause + k];
        int st = r->status[c->index];
        fprintf(out, "<tr class=\"%s\"><td class=\"rowno\">%d", st == GUIDE_CL_FIRED ? "matched"
                : st == GUIDE_CL_UNDETERMINED ? "und" : "", c->row);
        if (c->column) {
            fputs(" ", out);
            rpt_html(out, c->column);
        }
        fputs("</td><td class=\"out\">", out);
        rpt_concl_html(out, r->p, c);
        fputs("</td></tr>", out);
    }
    fputs("</table>", out);
}

/* The class of printed row i (-1: the header): matched, undetermined or neither. */
static const char *view_row_class(const rpt *r, const fmt_table_view *v, int i)
{
    if (i < 0)
        return "";
    int any = 0, anyund = 0;
    for (int k = 0; k < v->nclauses[i]; k++) {
        any |= r->status[v->first[i] + k] == GUIDE_CL_FIRED;
        anyund |= r->status[v->first[i] + k] == GUIDE_CL_UNDETERMINED;
    }
    return any ? "matched" : anyund ? "und" : "";
}

/* The class of output cell k of printed row i: in a two-dimensional table each cell is a row of
   its own and shows its status. */
static const char *view_out_class(const rpt *r, const fmt_table_view *v, int i, int k)
{
    if (i < 0)
        return "";
    if (!v->two_d || k >= v->nclauses[i])
        return "out";
    int st = r->status[v->first[i] + k];
    return st == GUIDE_CL_FIRED ? "hit" : st == GUIDE_CL_UNDETERMINED ? "undcell" : "";
}

/* Printed row i (-1: the header) of a table, cells as in the source. */
static void put_view_row(rpt *r, const fmt_table_view *v, const fmt_view_columns *sh, int i)
{
    FILE *out = r->out;
    const fmt_row *row = i < 0 ? v->header : v->rows[i];
    const char *cell = i < 0 ? "th" : "td";
    fprintf(out, "<tr class=\"%s\">", view_row_class(r, v, i));
    if (i < 0)
        fputs("<th>row</th>", out);
    else
        fprintf(out, "<td class=\"rowno\">%d</td>", i + 1);
    for (int k = 0; k < sh->nin; k++) {
        fprintf(out, "<%s>", cell);
        if (k < row->nin)
            put_cell(out, &row->cell[k]);
        fprintf(out, "</%s>", cell);
    }
    if (sh->sep)
        fprintf(out, "<%s class=\"sep\"></%s>", cell, cell);
    for (int k = 0; k < sh->nout; k++) {
        fprintf(out, "<%s class=\"%s\">", cell, view_out_class(r, v, i, k));
        if (row->nin + k < row->ncells)
            put_cell(out, &row->cell[row->nin + k]);
        fprintf(out, "</%s>", cell);
    }
    if (sh->tail) {
        fmt_cell c = fmt_strip_comment(row->tail.s, row->tail.n);
        fprintf(out, "<%s>", cell);
        put_cell(out, &c);
        fprintf(out, "</%s>", cell);
    }
    fputs("</tr>", out);
}

/* Table v as in the source: its guard lines, then its rows. */
static void put_view(rpt *r, const fmt_table_view *v)
{
    FILE *out = r->out;
    for (int i = 0; i < v->nextra; i++) {
        fputs("<div class=\"guard\">", out);
        put_cell(out, &v->extra[i]);
        fputs("</div>", out);
    }
    fmt_view_columns sh = fmt_table_view_columns(v);
    fputs("<table class=\"dt\">", out);
    for (int i = -1; i < v->nrows; i++)
        if (i < 0 || v->rows[i])
            put_view_row(r, v, &sh, i);
    fputs("</table>", out);
}

/* Table t as printed, its rows coloured by their status in this case. */
static void put_table(rpt *r, const guide_frame *f, int t)
{
    const ir_table *tb = &r->p->tables[t];
    put_table_heading(r, tb);
    put_table_reads(r, f, tb);
    fmt_table_view v;
    if (fmt_table_view_build(r->a, r->p, t, &v) != 0)
        put_ir_rows(r, tb);
    else
        put_view(r, &v);
    fputs("</li>\n", r->out);
}

static void put_rule(rpt *r, const guide_frame *f, const ir_clause *c, int st)
{
    FILE *out = r->out;
    fprintf(out, "<li class=\"%s\"><span class=\"st\">%s</span> rule <b>", status_class(st), status_word(c, st));
    rpt_html(out, c->name);
    fputs("</b>", out);
    put_sources(out, c->cite, c->reading, c->reading_text);
    fprintf(out, " <span class=\"line\">line %d</span>", c->sp.first_line);
    if (st == GUIDE_CL_EXCEPTED)
        fputs("<div>its condition held, but so did its <code>unless</code> exception</div>", out);
    put_reads(r, f, c->reads, c->nreads);
    put_source(r, c->sp.first_line, c->sp.last_line);
    fputs("</li>\n", out);
}

/* The "how" of an undetermined output: the inputs to ask for, or why none would help. */
static void put_undetermined_how(FILE *out, const guide_frame *f, int o)
{
    if (f->out[o].how == GUIDE_HOW_SEARCH)
        fputs("undetermined whatever the missing inputs are: a rule reads an output that has no value "
              "or is in conflict", out);
    else if (has_asks(f, o)) {
        fputs("undetermined: ask for ", out);
        put_asks(out, f, o);
    } else
        fputs("undetermined: no unknown input decides it", out);
}

static void put_output_event(rpt *r, const guide_frame *f, int o, int how)
{
    FILE *out = r->out;
    int v = guide_first_output(f->rs) + o;
    const guide_output *st = &f->out[o];
    fputs("<li class=\"output\"><span class=\"st\">output</span> <b>", out);
    rpt_html(out, r->p->vars[v].name);
    fputs("</b>", out);
    if (r->p->vars[v].display) {
        fputs(" <span class=\"display\">(", out);
        rpt_html(out, r->p->vars[v].display);
        fputs(")</span>", out);
    }
    fputs(" = ", out);
    put_value(r, f, v);
    if (how == GUIDE_HOW_SEARCH && has_asks(f, o)) {
        fputs(", ", out);
        put_whatever(out, f, o);
    } else if (st->state == GUIDE_UNDETERMINED) {
        put_possible(out, f, o, ": ");
        if (has_asks(f, o)) {
            fputs(" <span class=\"read\">ask for ", out);
            put_asks(out, f, o);
            fputs("</span>", out);
        }
    }
    fputs("</li>\n", out);
}

/* The rules or rows that fired and concluded output variable v, with their values. */
static void put_conflict(rpt *r, int v)
{
    FILE *out = r->out;
    const ir_var *var = &r->p->vars[v];
    fputs("<li><code>", out);
    rpt_html(out, var->name);
    fputs("</code>: ", out);
    int n = 0;
    for (int i = 0; i < var->nconcluders; i++) {
        const ir_clause *c = &r->p->clauses[var->concluders[i]];
        if (r->status[c->index] != GUIDE_CL_FIRED)
            continue;
        for (int k = 0; k < c->nconcl; k++) {
            if (c->concl[k].var != v)
                continue;
            char buf[GUIDE_VALUE_TEXT_MAX];
            ir_format_value(r->p, v, &c->concl[k].val, buf, sizeof buf);
            fputs(n++ ? "; " : "", out);
            fputs(c->kind == GUIDE_CLAUSE_ROW ? "table <b>" : "rule <b>", out);
            rpt_html(out, c->name);
            fputs("</b>", out);
            if (c->kind == GUIDE_CLAUSE_ROW)
                fprintf(out, " row %d", c->row);
            fputs(" concludes <b>", out);
            rpt_html(out, buf);
            fputs("</b>", out);
            put_sources(out, c->cite, c->reading, c->reading_text);
            fprintf(out, " <span class=\"line\">line %d</span>", c->sp.first_line);
        }
    }
    if (!n)
        fputs("rules that may fire conclude different values", out);
    fputs("</li>", out);
}

static void summary_row(rpt *r, const guide_frame *f, const char *id, const char *error)
{
    FILE *s = r->summary;
    fprintf(s, "<tr><td><a href=\"#case-%d\">%d</a></td><td>", r->n, r->n);
    rpt_html(s, id ? id : "");
    fputs("</td>", s);
    if (error) {
        fputs("<td colspan=\"3\"><b>could not be read:</b> ", s);
        rpt_html(s, error);
        fputs("</td></tr>\n", s);
        return;
    }
    int concluded = 0;
    for (int o = 0; o < f->rs->noutputs; o++)
        concluded += f->out[o].state == GUIDE_CONCLUDED;
    fprintf(s, "<td>%d of %d</td><td>", concluded, f->rs->noutputs);
    for (int o = 0, n = 0; o < f->rs->noutputs; o++)
        if (f->out[o].state == GUIDE_UNDETERMINED) {
            fputs(n++ ? ", " : "", s);
            rpt_html(s, f->rs->vars[guide_first_output(f->rs) + o].name);
        }
    fputs("</td><td>", s);
    for (int o = 0, n = 0; o < f->rs->noutputs; o++)
        if (f->out[o].state == GUIDE_CONFLICT) {
            fputs(n++ ? ", " : "", s);
            rpt_html(s, f->rs->vars[guide_first_output(f->rs) + o].name);
        }
    fputs("</td></tr>\n", s);
}

static void case_heading(rpt *r, const char *id, int record, int line)
{
    fprintf(r->out, "<section class=\"case\" id=\"case-%d\">\n<h2>Case %d: ", r->n, r->n);
    rpt_html(r->out, id ? id : "(no id)");
    fputs("</h2>\n<div class=\"line\">", r->out);
    rpt_html(r->out, r->cases_name);
    fprintf(r->out, ", record %d, line %d</div>\n", record, line);
}

/* The section and summary row of a case that could not be read. */
static int report_unreadable(rpt *r, const guide_frame *f, const guide_case_error *err,
                             int record, int line)
{
    /* The reader's message usually starts with the field already. */
    size_t fl = strlen(err->field);
    int named = fl == 0 || strncmp(err->message, err->field, fl) == 0;
    char msg[800];
    snprintf(msg, sizeof msg, "%s%s%s", named ? "" : err->field, named ? "" : ": ", err->message);
    r->errors++;
    case_heading(r, f ? f->id : NULL, record, line);
    fputs("<p class=\"error\"><b>This case could not be read.</b> ", r->out);
    rpt_html(r->out, msg);
    fputs("</p>\n</section>\n", r->out);
    summary_row(r, NULL, f ? f->id : NULL, msg);
    return 0;
}

/* Evaluates case f with a trace, and notes from it each clause's status and the derived
   variables that could not be computed. */
static void trace_case(rpt *r, guide_frame *f)
{
    const ir_program *p = r->p;
    r->trace->len = 0;
    r->trace->overflow = 0;
    interp_eval(r->it, f, r->trace);
    memset(r->status, NOT_SEEN, (size_t)p->nclauses + 1);
    memset(r->shown, 0, (size_t)p->ntables + 1);
    memset(r->not_computable, 0, (size_t)p->nvars + 1);
    for (size_t i = 0; i < r->trace->len; i++) {
        const guide_event *e = &r->trace->ev[i];
        if (e->kind == GUIDE_EV_CLAUSE && e->index >= 0 && e->index < p->nclauses)
            r->status[e->index] = e->status;
        else if (e->kind == GUIDE_EV_NOT_COMPUTABLE && e->index >= 0 && e->index < p->nvars)
            r->not_computable[e->index] = 1;
    }
}

/* The rows of variables from..to) with their values; ask: say which unknown ones to ask for. */
static void put_value_rows(rpt *r, const guide_frame *f, int from, int to, int ask)
{
    FILE *out = r->out;
    for (int v = from; v < to; v++) {
        fputs("<tr><td><code>", out);
        rpt_html(out, r->p->vars[v].name);
        fputs("</code></td><td>", out);
        put_value(r, f, v);
        if (ask && !f->known[v] && asked_for(f, v))
            fputs(" <span class=\"ask\">ask for it</span>", out);
        fputs("</td></tr>\n", out);
    }
}

/* The tables of the case's inputs and derived values. */
static void put_inputs(rpt *r, const guide_frame *f)
{
    const ir_program *p = r->p;
    FILE *out = r->out;
    fputs("<div class=\"cols\"><div>\n<h3>Inputs</h3>\n<table><tr><th>input</th><th>value</th></tr>\n", out);
    put_value_rows(r, f, 0, p->ninputs, 1);
    fputs("</table>\n", out);
    if (p->nderived) {
        fputs("<h3>Derived values</h3>\n<table><tr><th>derived</th><th>value</th></tr>\n", out);
        put_value_rows(r, f, p->ninputs, p->ninputs + p->nderived, 0);
        fputs("</table>\n", out);
    }
}

/* How output o got its state, in words. */
static void put_output_how(FILE *out, const guide_frame *f, int o)
{
    const guide_output *st = &f->out[o];
    switch (st->state) {
    case GUIDE_CONCLUDED:
        if (st->how == GUIDE_HOW_SEARCH && has_asks(f, o))
            put_whatever(out, f, o);
        else
            fputs("decided from the case", out);
        break;
    case GUIDE_UNDETERMINED: put_undetermined_how(out, f, o); break;
    case GUIDE_CONFLICT: fputs("conflict: rules concluded different values", out); break;
    case GUIDE_NOT_APPLICABLE:
        fputs("not applicable: no rule concludes it for this case, no decision is needed", out);
        break;
    }
}

/* The table of the case's outputs: value and how. */
static void put_outputs(rpt *r, const guide_frame *f)
{
    const ir_program *p = r->p;
    FILE *out = r->out;
    fputs("</div><div>\n<h3>Outputs</h3>\n<table><tr><th>output</th><th>value</th><th>how</th></tr>\n", out);
    for (int o = 0; o < p->noutputs; o++) {
        int v = guide_first_output(&p->info) + o;
        const guide_output *st = &f->out[o];
        fprintf(out, "<tr class=\"%s\"><td><code>", guide_state_class(st->state));
        rpt_html(out, p->vars[v].name);
        fputs("</code></td><td>", out);
        put_value(r, f, v);
        if (st->state == GUIDE_UNDETERMINED)
            put_possible(out, f, o, ": ");
        fputs("</td><td>", out);
        put_output_how(out, f, o);
        fputs("</td></tr>\n", out);
    }
    fputs("</table>\n", out);
}

/* Whether some output of case f is in the given state. */
static int some_output(const guide_frame *f, int state)
{
    for (int o = 0; o < f->rs->noutputs; o++)
        if (f->out[o].state == state)
            return 1;
    return 0;
}

/* The box of undetermined outputs: the answers each can take, the inputs to ask for. */
static void put_undetermined_box(rpt *r, const guide_frame *f)
{
    const ir_program *p = r->p;
    FILE *out = r->out;
    fputs("<div class=\"box\"><b>Undetermined: the answers they can take, the inputs to ask for</b><ul>", out);
    for (int o = 0; o < p->noutputs; o++) {
        if (f->out[o].state != GUIDE_UNDETERMINED)
            continue;
        fputs("<li><code>", out);
        rpt_html(out, p->vars[guide_first_output(&p->info) + o].name);
        fputs("</code>: ", out);
        int possible = put_possible(out, f, o, "");
        if (has_asks(f, o)) {
            fputs(possible ? "; ask for " : "ask for ", out);
            put_asks(out, f, o);
        } else
            fputs(possible ? "; no unknown input decides it" : "no unknown input decides it", out);
        fputs("</li>", out);
    }
    fputs("</ul></div>\n", out);
}

/* The box of outputs in conflict, with the rules and rows that concluded them. */
static void put_conflict_box(rpt *r, const guide_frame *f)
{
    const ir_program *p = r->p;
    fputs("<div class=\"box conflict\"><b>Conflicts</b><ul>", r->out);
    for (int o = 0; o < p->noutputs; o++)
        if (f->out[o].state == GUIDE_CONFLICT)
            put_conflict(r, guide_first_output(&p->info) + o);
    fputs("</ul></div>\n", r->out);
}

/* The trace of the case, event by event; each table once, where it is first met. */
static void put_trace(rpt *r, const guide_frame *f)
{
    const ir_program *p = r->p;
    FILE *out = r->out;
    fputs("<h3>Trace</h3>\n<ol class=\"trace\">\n", out);
    for (size_t i = 0; i < r->trace->len; i++) {
        const guide_event *e = &r->trace->ev[i];
        if (e->kind == GUIDE_EV_CLAUSE && e->index >= 0 && e->index < p->nclauses) {
            const ir_clause *c = &p->clauses[e->index];
            if (c->kind == GUIDE_CLAUSE_RULE)
                put_rule(r, f, c, e->status);
            else if (c->table >= 0 && !r->shown[c->table]) {
                r->shown[c->table] = 1;
                put_table(r, f, c->table);
            }
        } else if (e->kind == GUIDE_EV_OUTPUT && e->index >= 0 && e->index < p->noutputs) {
            put_output_event(r, f, e->index, e->status);
        } else if (e->kind == GUIDE_EV_NOT_COMPUTABLE && e->index >= 0 && e->index < p->nvars) {
            fputs("<li class=\"undetermined\"><span class=\"st\">not computable</span> derived <b>", out);
            rpt_html(out, p->vars[e->index].name);
            fprintf(out, "</b>: %s</li>\n", guide_not_computable_reason(&p->info));
        }
    }
    fputs("</ol>\n", out);
    if (r->trace->overflow)
        fputs("<p class=\"error\">The trace was truncated.</p>\n", out);
}

/* One case's section of the report and its summary row (the case reader's callback). */
static int report_case(void *ctx, guide_frame *f, const guide_case_error *err, int record, int line)
{
    rpt *r = ctx;
    r->n++;
    if (!f) /* the reader could not make its frame: out of memory, guidec's end (xalloc.h) */
        guide_out_of_memory("the case reader");
    if (err)
        return report_unreadable(r, f, err, record, line);
    trace_case(r, f);
    guide_case_error broken;
    if (guide_check_evaluated(f, &broken) < 0)
        return report_unreadable(r, f, &broken, record, line);
    summary_row(r, f, f->id, NULL);
    case_heading(r, f->id, record, line);
    put_inputs(r, f);
    put_outputs(r, f);
    if (some_output(f, GUIDE_UNDETERMINED))
        put_undetermined_box(r, f);
    if (some_output(f, GUIDE_CONFLICT))
        put_conflict_box(r, f);
    fputs("</div></div>\n", r->out);
    put_trace(r, f);
    fputs("</section>\n", r->out);
    return 0;
}

int rpt_write(FILE *out, arena *a, const ir_program *p, const char *cases_name, const char *buf,
              size_t len)
{
    char *body = NULL, *sum = NULL;
    size_t body_len = 0, sum_len = 0;
    rpt r = {0};
    r.a = a;
    r.p = p;
    r.cases_name = cases_name;
    r.out = guide_xmemstream(&body, &body_len, "the report");
    r.summary = guide_xmemstream(&sum, &sum_len, "the report");
    r.it = interp_new(p);
    r.trace =
        guide_xcheck(guide_trace_new(4096 + 4 * (size_t)(p->nclauses + p->noutputs)), "a trace");
    r.status = arena_alloc(a, (size_t)p->nclauses + 1);
    r.shown = arena_alloc(a, (size_t)p->ntables + 1);
    r.not_computable = arena_alloc(a, (size_t)p->nvars + 1);
    guide_read_cases(&p->info, buf, len, report_case, &r);
    guide_xmemstream_close(r.out, "the report");
    guide_xmemstream_close(r.summary, "the report");

    fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>", out);
    rpt_html(out, p->name);
    fputs(" ", out);
    rpt_html(out, p->version);
    fputs(": report of ", out);
    rpt_html(out, cases_name);
    fprintf(out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<header>\n<h1>", css);
    rpt_html(out, p->title ? p->title : p->name);
    fputs("</h1>\n<table class=\"meta\">\n<tr><th>ruleset</th><td><code>", out);
    rpt_html(out, p->name);
    fputs("</code></td></tr>\n<tr><th>version</th><td>", out);
    rpt_html(out, p->version);
    fputs("</td></tr>\n<tr><th>source</th><td>", out);
    rpt_html(out, p->source);
    fputs("</td></tr>\n<tr><th>SHA-256</th><td><code>", out);
    rpt_html(out, p->sha256);
    fputs("</code> (of the rule file)</td></tr>\n<tr><th>rule file</th><td><code>", out);
    rpt_html(out, p->file ? p->file->path : "");
    fputs("</code></td></tr>\n<tr><th>cases</th><td><code>", out);
    rpt_html(out, cases_name);
    fprintf(out, "</code>: %d record%s, %d could not be read</td></tr>\n</table>\n</header>\n",
            r.n, r.n == 1 ? "" : "s", r.errors);
    fputs("<h3>Summary</h3>\n<table>\n<tr><th>#</th><th>case</th><th>outputs concluded</th>"
          "<th>undetermined</th><th>conflicts</th></tr>\n", out);
    fwrite(sum, 1, sum_len, out);
    fputs("</table>\n", out);
    fwrite(body, 1, body_len, out);
    fputs("</body>\n</html>\n", out);
    free(body);
    free(sum);
    guide_trace_free(r.trace);
    interp_free(r.it);
    return r.errors;
}

/* ---- the verb ------------------------------------------------------------------------------- */

const char report_usage[] =
    "usage: guidec report [options] FILE CASES -o OUT.html\n"
    "\n"
    "Evaluates each case of CASES (a JSON object, or JSON objects one after another, e.g. one\n"
    "per line; '-' reads standard input) with the rules of FILE and writes one self-contained\n"
    "HTML page: the ruleset's name, version and SHA-256; per case the inputs (unknown ones\n"
    "marked), the outputs, each with how it was decided (from the case; whatever an unknown\n"
    "input is, with the values tried; undetermined: the inputs to ask for; not applicable),\n"
    "the undetermined outputs with the answers they can still take and\n"
    "the inputs to ask for, conflicts, and the trace with each rule's citation and source\n"
    "lines and each table as printed, its matched row highlighted. A case that cannot be read\n"
    "is shown as an error in its place.\n"
    "The page has no script and loads nothing; it prints well.\n"
    "\n"
    "options:\n"
    "  -o, --output OUT    the HTML file to write ('-': standard output); required\n"
    "  --help              print this help\n"
    "\n"
    "exit status: 0 ok, 2 a case could not be read (the page shows it), the rule file has\n"
    "errors, or bad usage\n";

int report_main(int argc, char **argv)
{
    static const struct option opts[] = {{"output", required_argument, 0, 'o'},
                                         {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *output = NULL;
    int c;
    /* Options may follow the file names (`report FILE CASES -o OUT`). */
    while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
        switch (c) {
        case 'o': output = optarg; break;
        case 'h': fputs(report_usage, stdout); return 0;
        default: return cli_usage_error(report_usage, "%s", "unknown option");
        }
    }
    if (argc - optind != 2)
        return cli_usage_error(report_usage, "%s", "report takes a rule file and a case file");
    if (!output)
        return cli_usage_error(report_usage, "%s", "report needs -o OUT.html (or -o - for standard output)");
    const char *path = argv[optind], *cases = argv[optind + 1];
    size_t len = 0;
    char *buf = rpt_read_file(cases, &len);
    if (!buf) {
        fprintf(stderr, "guidec: cannot read cases from %s: %s\n", cases, strerror(errno));
        return EXIT_USAGE;
    }
    compilation comp;
    if (cli_compile_rules(&comp, path) < 0) {
        compile_free(&comp);
        free(buf);
        return EXIT_USAGE;
    }
    cli_out out;
    if (cli_out_open(&out, output) < 0) {
        compile_free(&comp);
        free(buf);
        return EXIT_USAGE;
    }
    int errors = rpt_write(out.f, &comp.a, comp.ir, strcmp(cases, "-") == 0 ? "standard input" : cases, buf, len);
    if (cli_out_close(&out, 1) < 0) /* says why; no partial page is left */
        errors = 1;
    else if (errors > 0)
        fprintf(stderr, "guidec: %d case%s of %s could not be read (shown in the report)\n", errors,
                errors == 1 ? "" : "s", cases);
    compile_free(&comp);
    free(buf);
    return errors ? EXIT_USAGE : 0;
}
