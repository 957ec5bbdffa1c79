/* graph.c — `guidec graph`: the Decision IR drawn as a flowchart in Graphviz DOT (or SVG
 * through `dot -Tsvg`).
 *
 * Left to right: inputs (parallelograms, the case data), derived values, decision tables (drawn
 * as the author printed them, from the source lines) and rules (name, citation, when / unless /
 * then), outputs (double boxes). An edge runs from every variable a rule or row reads to it, and
 * from it to every output it concludes. With --case the interpreter evaluates the case and the
 * path it took is drawn in green (fired rules, matched rows and cells, concluded outputs, the
 * values read), what stayed undetermined in dashed orange (an output with the answers it can
 * still take), and the rest in grey.
 *
 * Labels are Graphviz HTML-like labels (escaped as HTML: UTF-8 passes through unchanged);
 * identifiers and tooltips are DOT quoted strings (escaped with backslashes). Everything is
 * written in IR order and nothing depends on the clock, so the output is reproducible. */
#include "cli.h"
#include "graph.h"

#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "compile.h"
#include "fmt.h"
#include "interp.h"
#include "report.h"
#include "strbuf.h"
#include "value_text.h"
#include "xalloc.h"

enum { EXIT_USAGE = 2, WRAP = 56, NOT_SEEN = 0xFF };

/* Colours: the case's path, what stayed undetermined, the rest. */
#define C_PATH      "#2e7d32"
#define C_PATH_FILL "#c8e6c9"
#define C_PATH_CELL "#a5d6a7"
#define C_PATH_ROW  "#e8f5e9"
#define C_UND       "#e65100"
#define C_UND_FILL  "#ffe0b2"
#define C_OFF       "#bdbdbd"
#define C_OFF_TEXT  "#757575"
#define C_OFF_FILL  "#fafafa"

typedef struct gr {
    FILE             *out;
    arena            *a;
    const ir_program *p;
    const guide_frame *f;          /* the case, or NULL */
    uint8_t          *status;      /* [nclauses] guide_clause_status from the trace, or NOT_SEEN */
    uint8_t          *not_computable; /* [nvars] derived values the trace says are not computable */
} gr;

/* ---- escaping -------------------------------------------------------------------------------- */

/* A DOT quoted string: backslash and double quote escaped, control characters dropped. */
static void dot_quoted(FILE *out, const char *s)
{
    fputc('"', out);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') {
            fputc('\\', out);
            fputc(c, out);
        } else if (c == '\n')
            fputs("\\n", out);
        else if (c >= 0x20 && c != 0x7F)
            fputc(c, out);
    }
    fputc('"', out);
}

/* HTML text broken at spaces into lines of at most `width` columns, left-aligned. */
static void html_wrapped(FILE *out, const char *s, int width)
{
    int col = 0;
    while (*s) {
        const char *w = s;
        while (*w == ' ')
            w++;
        const char *e = w;
        while (*e && *e != ' ')
            e++;
        int ww = fmt_width(w, (int)(e - w));
        if (col > 0 && col + 1 + ww > width) {
            fputs("<br align=\"left\"/>", out);
            col = 0;
        } else if (col > 0) {
            fputc(' ', out);
            col++;
        }
        rpt_html_n(out, w, (size_t)(e - w));
        col += ww;
        s = e;
    }
}

/* ---- text of types and values -------------------------------------------------------------- */

static void put_num(FILE *out, double x)
{
    if (isinf(x))
        fputs(x < 0 ? "-∞" : "∞", out);
    else
        fprintf(out, "%.15g", x);
}

/* "cm in [0, 100]", "stomach, jejunum, …", "true / false". */
static void type_text(FILE *out, const ir_var *v)
{
    switch (guide_type_repr(v->type)) {
    case GUIDE_REPR_TRUTH: fputs("true / false", out); return;
    case GUIDE_REPR_LABEL:
    case GUIDE_REPR_SET: {
        char *buf = NULL;
        size_t len = 0;
        FILE *m = guide_xmemstream(&buf, &len, "the graph");
        fputs(guide_type_repr(v->type) == GUIDE_REPR_SET ? "set of: " : "", m);
        for (int l = 0; l < v->nlabels; l++)
            fprintf(m, "%s%s", l ? ", " : "", v->labels[l]);
        guide_xmemstream_close(m, "the graph");
        html_wrapped(out, buf, WRAP - 10);
        free(buf);
        return;
    }
    case GUIDE_REPR_RANGE: fprintf(out, "range%s%s", v->unit ? " in " : "", v->unit ? v->unit->name : ""); break;
    case GUIDE_REPR_NUMBER:
    case GUIDE_REPR_LIST:
        if (guide_type_repr(v->type) == GUIDE_REPR_LIST)
            fputs("list of ", out);
        if (guide_type_is_integral(v->type))
            fputs(guide_type_word(v->type), out);
        else
            rpt_html(out, v->unit ? v->unit->name : "number");
        if (isfinite(v->lo) || isfinite(v->hi)) {
            fputs(" in [", out);
            put_num(out, v->lo);
            fputs(", ", out);
            put_num(out, v->hi);
            fputc(']', out);
        }
        break;
    }
}

/* Inputs named in output o's asks, ", "-separated, into an HTML label. */
static void put_asks(gr *g, int o)
{
    const uint64_t *asks = guide_asks(g->f, o);
    for (int i = 0, n = 0; i < g->p->ninputs; i++)
        if (asks[i / 64] >> (i % 64) & 1)
            fprintf(g->out, "%s%s", n++ ? ", " : "", g->p->vars[i].name);
}

static int has_asks(gr *g, int o)
{
    const uint64_t *asks = guide_asks(g->f, o);
    for (int w = 0; w < guide_input_words(g->f->rs); w++)
        if (asks[w])
            return 1;
    return 0;
}

/* Nonzero when input i is among the inputs to ask for of an undetermined output. */
static int asked_for(gr *g, int i)
{
    for (int o = 0; o < g->p->noutputs; o++)
        if (g->f->out[o].state == GUIDE_UNDETERMINED && (guide_asks(g->f, o)[i / 64] >> (i % 64) & 1))
            return 1;
    return 0;
}

/* ---- nodes ---------------------------------------------------------------------------------- */

static void var_id(gr *g, int v) { fprintf(g->out, "\"v:%s\"", g->p->vars[v].name); }
static void clause_node_id(gr *g, const ir_clause *c)
{
    fprintf(g->out, c->kind == GUIDE_CLAUSE_ROW ? "\"t:%s\"" : "\"r:%s\"", c->name);
}

/* How a variable's node looks: its shape and colours, and the case's value line (HTML). */
typedef struct var_look {
    const char *shape, *style, *fill, *color, *fontcolor;
    const char *value; /* the case's value line, or NULL */
} var_look;

/* An input's or derived value's look in the case: its value, or why it has none. */
static void look_of_value(gr *g, int vi, var_look *lk, char *buf, size_t size)
{
    const ir_var *v = &g->p->vars[vi];
    if (g->f->known[vi]) {
        guide_format_value_shown(&g->p->info, vi, &g->f->val[vi], buf, size);
        lk->value = buf;
        lk->color = C_PATH;
        return;
    }
    lk->style = v->kind == GUIDE_VAR_INPUT ? "filled,dashed" : "rounded,filled,dashed";
    lk->fill = "#ffffff";
    int ask = v->kind == GUIDE_VAR_INPUT && asked_for(g, vi);
    lk->color = ask ? C_UND : C_OFF;
    lk->fontcolor = ask ? "#000000" : C_OFF_TEXT;
    lk->value = g->not_computable[vi] ? "not computable" : ask ? "unknown: ask for it" : "unknown";
}

/* An output's look in the case, by its state (und: the line of an undetermined output, with
   its possible answers). */
static void look_of_output(gr *g, int vi, var_look *lk, char *buf, size_t size, strbuf *und)
{
    int o = vi - guide_first_output(&g->p->info);
    const guide_output *st = &g->f->out[o];
    switch (st->state) {
    case GUIDE_CONCLUDED:
        if (st->is_null)
            snprintf(buf, size, "ND (the guideline gives no value)");
        else
            guide_format_value_shown(&g->p->info, vi, &g->f->val[vi], buf, size);
        lk->value = buf;
        lk->fill = C_PATH_FILL;
        lk->color = C_PATH;
        lk->style = "rounded,filled,bold";
        break;
    case GUIDE_UNDETERMINED:
        sb_puts(und, guide_state_word(GUIDE_UNDETERMINED));
        if (guide_possible_count(g->f, o)) {
            sb_puts(und, ": ");
            guide_possible_text(und, g->f, o, GUIDE_POSSIBLE_SHOWN);
        }
        lk->value = sb_str(und);
        lk->fill = C_UND_FILL;
        lk->color = C_UND;
        lk->style = "rounded,filled,dashed,bold";
        break;
    case GUIDE_CONFLICT:
        lk->value = "conflict: rules concluded different values";
        lk->fill = "#ffcdd2";
        lk->color = "#c62828";
        lk->style = "rounded,filled,bold";
        break;
    case GUIDE_NOT_APPLICABLE:
        lk->value = guide_state_word(GUIDE_NOT_APPLICABLE);
        lk->fill = C_OFF_FILL;
        lk->color = C_OFF;
        lk->fontcolor = C_OFF_TEXT;
        break;
    }
}

/* The small line under a variable's name: its definition (match or expression) or its type. */
static void var_definition(gr *g, const ir_var *v)
{
    FILE *out = g->out;
    if (v->kind == GUIDE_VAR_DERIVED && v->is_match && v->src >= 0) {
        const ir_var *s = &g->p->vars[v->src];
        fputs("= match ", out);
        rpt_html(out, s->name);
        for (int t = 0; t < v->nlabels; t++) {
            fputs("<br align=\"left\"/>", out);
            for (int l = 0, n = 0; l < s->nlabels; l++)
                if (v->map[l] == t) {
                    fputs(n++ ? ", " : "", out);
                    rpt_html(out, s->labels[l]);
                }
            fputs(" → ", out);
            rpt_html(out, v->labels[t]);
        }
    } else if (v->kind == GUIDE_VAR_DERIVED && v->expr) {
        fputs("= ", out);
        html_wrapped(out, fmt_span_text(g->a, g->p->file, v->expr->sp), WRAP);
        if (v->unit) {
            fputs(" (", out);
            rpt_html(out, v->unit->name);
            fputc(')', out);
        }
    } else
        type_text(out, v);
}

/* The case's value line of variable vi; for an output, the inputs to ask for or decided
   without. */
static void var_value_line(gr *g, int vi, const char *value)
{
    FILE *out = g->out;
    const ir_var *v = &g->p->vars[vi];
    int o = vi - guide_first_output(&g->p->info);
    fputs("<br/><b>", out);
    if (v->kind != GUIDE_VAR_OUTPUT ? g->f->known[vi] : g->f->out[o].state == GUIDE_CONCLUDED)
        fputs("= ", out);
    html_wrapped(out, value, WRAP);
    fputs("</b>", out);
    if (o >= 0 && has_asks(g, o)) {
        const guide_output *st = &g->f->out[o];
        fputs(st->state == GUIDE_UNDETERMINED ? "<br/>ask for: " : "<br/>decided without: ", out);
        put_asks(g, o);
    }
}

/* The node of variable vi: its kind, name, display name, definition and, with a case, value. */
static void var_node(gr *g, int vi)
{
    const ir_var *v = &g->p->vars[vi];
    FILE *out = g->out;
    static const char *const kind[] = {"input", "derived", "output"};
    fprintf(out, "  ");
    var_id(g, vi);
    fprintf(out, " [id=\"v_%s\", tooltip=", v->name);
    char *tip = sb_format("%s %s (line %d)", kind[v->kind], v->name, v->sp.first_line);
    dot_quoted(out, tip);
    free(tip);
    var_look lk = {
        .shape = v->kind == GUIDE_VAR_INPUT ? "parallelogram" : "box",
        .style = v->kind == GUIDE_VAR_INPUT ? "filled" : "rounded,filled",
        .fill = v->kind == GUIDE_VAR_INPUT ? "#e3f2fd" : v->kind == GUIDE_VAR_DERIVED
                ? "#ede7f6" : "#fff8e1",
        .color = "#455a64",
        .fontcolor = "#000000",
    };
    char buf[GUIDE_VALUE_TEXT_MAX];
    strbuf und = STRBUF_INIT;
    if (g->f && v->kind != GUIDE_VAR_OUTPUT)
        look_of_value(g, vi, &lk, buf, sizeof buf);
    else if (g->f)
        look_of_output(g, vi, &lk, buf, sizeof buf, &und);
    fprintf(out, ", shape=%s, style=\"%s\", fillcolor=\"%s\", color=\"%s\", fontcolor=\"%s\"%s",
            lk.shape, lk.style, lk.fill, lk.color, lk.fontcolor,
            v->kind == GUIDE_VAR_OUTPUT ? ", peripheries=2" : "");
    fprintf(out, ", label=<");
    if (v->kind != GUIDE_VAR_INPUT)
        fprintf(out, "<font point-size=\"9\">%s</font><br/>", kind[v->kind]);
    fputs("<b>", out);
    rpt_html(out, v->name);
    fputs("</b>", out);
    if (v->display) {
        fputs("<br/><i>", out);
        html_wrapped(out, v->display, WRAP);
        fputs("</i>", out);
    }
    fputs("<br/><font point-size=\"9\">", out);
    var_definition(g, v);
    fputs("</font>", out);
    if (lk.value)
        var_value_line(g, vi, lk.value);
    fputs(">];\n", out);
    sb_free(&und);
}

/* A node's status stands alone, so it is the phrase that explains itself. */
static const char *status_word(const ir_clause *c, int st)
{
    return st == NOT_SEEN ? "not evaluated" : guide_status_phrase(st, c->kind == GUIDE_CLAUSE_ROW);
}

/* The node style for a rule or table whose most telling status is st. */
static void case_style(gr *g, int st, int table)
{
    if (!g->f)
        return;
    FILE *out = g->out;
    if (table) {
        /* A table is drawn by its HTML label; only the outline follows the status. */
        fprintf(out, ", color=\"%s\", penwidth=%s", st == GUIDE_CL_FIRED ? C_PATH
                : st == GUIDE_CL_UNDETERMINED ? C_UND : C_OFF,
                st == GUIDE_CL_FIRED || st == GUIDE_CL_UNDETERMINED ? "2.5" : "1");
        return;
    }
    switch (st) {
    case GUIDE_CL_FIRED:
        fprintf(out, ", style=\"filled,bold\", fillcolor=\"" C_PATH_FILL "\", color=\"" C_PATH "\", penwidth=2");
        break;
    case GUIDE_CL_UNDETERMINED:
        fprintf(out, ", style=\"filled,dashed,bold\", fillcolor=\"" C_UND_FILL "\", color=\"" C_UND "\", penwidth=2");
        break;
    case GUIDE_CL_EXCEPTED:
        fprintf(out, ", style=\"filled,dashed\", fillcolor=\"#eeeeee\", color=\"#616161\"");
        break;
    default:
        fprintf(out, ", style=\"filled\", fillcolor=\"" C_OFF_FILL "\", color=\"" C_OFF "\", fontcolor=\"" C_OFF_TEXT "\"");
    }
}

/* A node's source line: `cites "§7.2"` for a quotation, `reading 13 "..."` for an
 * interpretation (in another colour), or both; then the line number. */
static void sources_line(FILE *out, const char *cite, int reading, const char *text, int line)
{
    if (cite && *cite) {
        fputs("<font color=\"#1a237e\"><i>cites \xE2\x80\x9C", out);
        html_wrapped(out, cite, WRAP);
        fputs("\xE2\x80\x9D</i></font> ", out);
    }
    if (reading) {
        fprintf(out, "<font color=\"#6a1b9a\"><i>reading %d \xE2\x80\x9C", reading);
        html_wrapped(out, text ? text : "", WRAP);
        fputs("\xE2\x80\x9D</i></font> ", out);
    }
    fprintf(out, "<font color=\"#1a237e\">(line %d)</font><br align=\"left\"/>", line);
}

static void rule_node(gr *g, const ir_clause *c)
{
    FILE *out = g->out;
    fputs("  ", out);
    clause_node_id(g, c);
    fprintf(out, " [id=\"r_%s\", shape=box, tooltip=", c->name);
    char *tip = sb_format("rule %s — %s (line %d)", c->name, c->cite ? c->cite : "", c->sp.first_line);
    dot_quoted(out, tip); /* the whole citation: up to 4096 bytes */
    free(tip);
    int st = g->f ? g->status[c->index] : NOT_SEEN;
    if (!g->f)
        fputs(", style=\"filled\", fillcolor=\"#ffffff\", color=\"#37474f\"", out);
    case_style(g, st, 0);
    fputs(", label=<<b>rule ", out);
    rpt_html(out, c->name);
    fputs("</b><br align=\"left\"/>", out);
    sources_line(out, c->cite, c->reading, c->reading_text, c->sp.first_line);
    if (c->when && c->when->sp.first_line > 0) {
        fputs("<b>when</b> ", out);
        html_wrapped(out, fmt_span_text(g->a, g->p->file, c->when->sp), WRAP);
        fputs("<br align=\"left\"/>", out);
    }
    if (c->unless && c->unless->sp.first_line > 0) {
        fputs("<b>unless</b> ", out);
        html_wrapped(out, fmt_span_text(g->a, g->p->file, c->unless->sp), WRAP);
        fputs("<br align=\"left\"/>", out);
    }
    fputs("<b>then</b> ", out);
    for (int k = 0; k < c->nconcl; k++) {
        char buf[GUIDE_VALUE_TEXT_MAX];
        ir_format_value(g->p, c->concl[k].var, &c->concl[k].val, buf, sizeof buf);
        char *line = sb_format("%s = %s%s", g->p->vars[c->concl[k].var].name, buf,
                               k + 1 < c->nconcl ? "," : "");
        html_wrapped(out, line, WRAP);
        free(line);
        fputs("<br align=\"left\"/>", out);
        if (k + 1 < c->nconcl)
            fputs("     ", out);
    }
    if (g->f) {
        fputs("<b>", out);
        rpt_html(out, status_word(c, st));
        fputs("</b><br align=\"left\"/>", out);
    }
    fputs(">];\n", out);
}

/* A table's most telling status: matched if a row matched, else undetermined if one was. */
static int table_status(gr *g, const ir_table *tb)
{
    int st = NOT_SEEN;
    for (int k = 0; k < tb->nrows; k++) {
        int s = g->status[tb->first_clause + k];
        if (s == GUIDE_CL_FIRED)
            return s;
        if (s == GUIDE_CL_UNDETERMINED)
            st = s;
        else if (st == NOT_SEEN)
            st = s;
    }
    return st;
}

static const char *cell_fill(gr *g, int clause)
{
    if (!g->f)
        return NULL;
    switch (g->status[clause]) {
    case GUIDE_CL_FIRED: return C_PATH_CELL;
    case GUIDE_CL_UNDETERMINED: return C_UND_FILL;
    }
    return NULL;
}

static void td(FILE *out, const char *fill, const char *attrs)
{
    fputs("<td", out);
    if (fill)
        fprintf(out, " bgcolor=\"%s\"", fill);
    if (attrs)
        fprintf(out, " %s", attrs);
    fputc('>', out);
}

static void put_cell(FILE *out, const fmt_cell *c)
{
    if (c->n)
        rpt_html_n(out, c->s, (size_t)c->n);
    else
        fputc(' ', out);
}

/* The status line of table tb in the case (st: its most telling status): the rows that matched,
   or why none did. */
static void table_case_line(gr *g, const ir_table *tb, int st)
{
    FILE *out = g->out;
    fputs("<b>", out);
    if (st == GUIDE_CL_FIRED) {
        int n = 0;
        for (int k = 0; k < tb->nrows; k++) {
            const ir_clause *c = &g->p->clauses[tb->first_clause + k];
            if (g->status[c->index] != GUIDE_CL_FIRED)
                continue;
            fprintf(out, "%srow %d", n++ ? "; " : "matched: ", c->row);
            if (c->column) {
                fputs(", ", out);
                rpt_html(out, c->column);
            }
        }
    } else
        fputs(st == GUIDE_CL_UNDETERMINED ? "undetermined" : st == NOT_SEEN ? "not evaluated" : "no row matched", out);
    fputs("</b><br align=\"left\"/>", out);
}

/* The opening of table tb's HTML label and its title cell, ncols wide: name, hit policy,
   sources and, with a case, its status line. */
static void table_title(gr *g, const ir_table *tb, int st, int ncols)
{
    FILE *out = g->out;
    const char *border = !g->f ? "#37474f" : st == GUIDE_CL_FIRED ? C_PATH : st == GUIDE_CL_UNDETERMINED ? C_UND : C_OFF;
    fprintf(out, "<table border=\"%d\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"3\" color=\"%s\" bgcolor=\"#ffffff\">",
            g->f && (st == GUIDE_CL_FIRED || st == GUIDE_CL_UNDETERMINED) ? 3 : 1, border);
    fprintf(out, "<tr><td colspan=\"%d\" bgcolor=\"#cfd8dc\" align=\"left\"><b>table ", ncols);
    rpt_html(out, tb->name);
    fprintf(out, "</b> (hit %s)<br align=\"left\"/>", guide_hit_word(tb->hit));
    sources_line(out, tb->cite, tb->reading, tb->reading_text, tb->sp.first_line);
    if (g->f)
        table_case_line(g, tb, st);
    fputs("</td></tr>", out);
}

/* Table tb's rows from the IR, for when the source does not show the table as expected. */
static void table_ir_rows(gr *g, const ir_table *tb)
{
    FILE *out = g->out;
    for (int k = 0; k < tb->nrows; k++) {
        const ir_clause *c = &g->p->clauses[tb->first_clause + k];
        fputs("<tr>", out);
        td(out, cell_fill(g, c->index), "align=\"left\"");
        fprintf(out, "row %d", c->row);
        if (c->column) {
            fputs(", ", out);
            rpt_html(out, c->column);
        }
        fputs(": ", out);
        rpt_concl_html(out, g->p, c);
        fputs("</td></tr>", out);
    }
}

/* The fills of printed row r (-1: the header) in the case: of the whole row, and of its input
   cells (in the 2-D form, the input cells show the best status of the row's clauses). */
static void view_row_fills(gr *g, const fmt_table_view *v, int r, const char **row_fill,
                           const char **in_fill)
{
    *row_fill = *in_fill = NULL;
    if (r < 0)
        *row_fill = *in_fill = "#eceff1";
    else if (g->f && !v->two_d)
        *row_fill = *in_fill = cell_fill(g, v->first[r]);
    else if (g->f) {
        for (int k = 0; k < v->nclauses[r]; k++) {
            if (g->status[v->first[r] + k] == GUIDE_CL_FIRED)
                *in_fill = C_PATH_ROW;
            else if (g->status[v->first[r] + k] == GUIDE_CL_UNDETERMINED && !*in_fill)
                *in_fill = "#fff3e0";
        }
    }
}

/* Output cell i of printed row r (-1: the header): in the 2-D form each cell is a clause and
   shows its status; a matched clause's cell is bold. */
static void view_out_cell(gr *g, const fmt_table_view *v, const fmt_row *row, int r, int i,
                          const char *row_fill)
{
    FILE *out = g->out;
    const char *fill = row_fill;
    int bold = r < 0;
    if (r >= 0 && v->two_d && i < v->nclauses[r])
        fill = cell_fill(g, v->first[r] + i);
    if (r >= 0 && g->f && i < v->nclauses[r])
        bold = g->status[v->first[r] + (v->two_d ? i : 0)] == GUIDE_CL_FIRED;
    td(out, fill, NULL);
    if (bold)
        fputs("<b>", out);
    if (row->nin + i < row->ncells)
        put_cell(out, &row->cell[row->nin + i]);
    if (bold)
        fputs("</b>", out);
    fputs("</td>", out);
}

/* Printed row r (-1: the header) of a table; "||" is drawn as a dark narrow column. */
static void view_row(gr *g, const fmt_table_view *v, const fmt_view_columns *cols, int r)
{
    FILE *out = g->out;
    const fmt_row *row = r < 0 ? v->header : v->rows[r];
    const char *row_fill, *in_fill;
    view_row_fills(g, v, r, &row_fill, &in_fill);
    fputs("<tr>", out);
    for (int i = 0; i < cols->nin; i++) {
        td(out, in_fill, NULL);
        if (r < 0)
            fputs("<b>", out);
        if (i < row->nin)
            put_cell(out, &row->cell[i]);
        if (r < 0)
            fputs("</b>", out);
        fputs("</td>", out);
    }
    if (cols->sep)
        fputs("<td bgcolor=\"#546e7a\" width=\"2\"></td>", out);
    for (int i = 0; i < cols->nout; i++)
        view_out_cell(g, v, row, r, i, row_fill);
    if (cols->tail) {
        fmt_cell c = fmt_strip_comment(row->tail.s, row->tail.n);
        td(out, row_fill, "align=\"left\"");
        fputs("<font point-size=\"9\">", out);
        put_cell(out, &c);
        fputs("</font></td>", out);
    }
    fputs("</tr>", out);
}

/* Table v's guard lines (when, outputs, mark), then its header row and rows. */
static void table_view_rows(gr *g, const fmt_table_view *v, const fmt_view_columns *cols, int ncols)
{
    FILE *out = g->out;
    for (int i = 0; i < v->nextra; i++) {
        fprintf(out, "<tr><td colspan=\"%d\" align=\"left\"><font point-size=\"9\">", ncols);
        rpt_html_n(out, v->extra[i].s, (size_t)v->extra[i].n);
        fputs("</font></td></tr>", out);
    }
    for (int r = -1; r < v->nrows; r++)
        if (r < 0 || v->rows[r])
            view_row(g, v, cols, r);
}

/* The node of table t, drawn as printed in the source (or from the IR when the source does
   not show it as expected), its rows coloured by their status in the case. */
static void table_node(gr *g, int t)
{
    const ir_table *tb = &g->p->tables[t];
    FILE *out = g->out;
    int st = g->f ? table_status(g, tb) : NOT_SEEN;
    fprintf(out, "  \"t:%s\" [id=\"t_%s\", shape=plain, tooltip=", tb->name, tb->name);
    char *tip = sb_format("table %s — %s (line %d)", tb->name, tb->cite ? tb->cite : "", tb->sp.first_line);
    dot_quoted(out, tip);
    free(tip);
    fputs(", label=<", out);

    fmt_table_view v;
    int ok = fmt_table_view_build(g->a, g->p, t, &v) == 0;
    fmt_view_columns cols = {0, 0, 0, 0};
    if (ok)
        cols = fmt_table_view_columns(&v);
    int ncols = ok ? cols.nin + cols.sep + cols.nout + cols.tail : 1;
    table_title(g, tb, st, ncols);
    if (ok)
        table_view_rows(g, &v, &cols, ncols);
    else
        table_ir_rows(g, tb);
    fputs("</table>>];\n", out);
}

/* ---- edges ---------------------------------------------------------------------------------- */

/* How an edge is drawn: on the case's path, undetermined, off it, or (no case) plain. */
enum { E_PLAIN, E_PATH, E_UND, E_OFF };

static void edge_style(FILE *out, int e)
{
    switch (e) {
    case E_PATH: fputs(" [color=\"" C_PATH "\", penwidth=2.2]", out); break;
    case E_UND: fputs(" [color=\"" C_UND "\", style=dashed, penwidth=1.6]", out); break;
    case E_OFF: fputs(" [color=\"" C_OFF "\"]", out); break;
    }
    fputs(";\n", out);
}

static int output_reached(gr *g, int v)
{
    int o = v - guide_first_output(&g->p->info);
    return o >= 0 && (g->f->out[o].state == GUIDE_CONCLUDED || g->f->out[o].state == GUIDE_CONFLICT);
}

static int output_undetermined(gr *g, int v)
{
    int o = v - guide_first_output(&g->p->info);
    return o >= 0 && g->f->out[o].state == GUIDE_UNDETERMINED;
}

static int output_searched(gr *g, int v)
{
    int o = v - guide_first_output(&g->p->info);
    return o >= 0 && g->f->out[o].state == GUIDE_CONCLUDED && g->f->out[o].how == GUIDE_HOW_SEARCH;
}

/* Edges into and out of the clauses [first, first + n) drawn as one node. */
static void clause_edges(gr *g, int first, int n)
{
    const ir_program *p = g->p;
    FILE *out = g->out;
    int *read = arena_alloc(g->a, sizeof *read * (size_t)(p->nvars + 1));
    int *concl = arena_alloc(g->a, sizeof *concl * (size_t)(p->nvars + 1));
    /* Per variable: E_PLAIN not seen yet, then the best style among the clauses using it. */
    for (int k = first; k < first + n; k++) {
        const ir_clause *c = &p->clauses[k];
        int st = g->f ? g->status[k] : NOT_SEEN;
        int e = !g->f ? E_PLAIN : st == GUIDE_CL_FIRED ? E_PATH : st == GUIDE_CL_UNDETERMINED ? E_UND : E_OFF;
        for (int i = 0; i < c->nreads; i++) {
            int v = c->reads[i], old = read[v];
            read[v] = !old ? e + 1 : (old - 1 == E_PATH || e == E_PATH) ? E_PATH + 1
                    : (old - 1 == E_UND || e == E_UND) ? E_UND + 1 : old;
        }
        for (int i = 0; i < c->nconcl; i++) {
            int v = c->concl[i].var, old = concl[v], ce = e;
            if (ce == E_PATH && !output_reached(g, v))
                ce = output_undetermined(g, v) ? E_UND : E_OFF;
            /* An undetermined rule leads to an output that stayed undetermined, or that the
             * search decided whatever the unknown inputs are. */
            if (ce == E_UND && !output_undetermined(g, v) && !output_searched(g, v))
                ce = E_OFF;
            concl[v] = !old ? ce + 1 : (old - 1 == E_PATH || ce == E_PATH) ? E_PATH + 1
                     : (old - 1 == E_UND || ce == E_UND) ? E_UND + 1 : old;
        }
    }
    for (int v = 0; v < p->nvars; v++)
        if (read[v]) {
            fputs("  ", out);
            var_id(g, v);
            fputs(" -> ", out);
            clause_node_id(g, &p->clauses[first]);
            edge_style(out, read[v] - 1);
        }
    for (int v = 0; v < p->nvars; v++)
        if (concl[v]) {
            fputs("  ", out);
            clause_node_id(g, &p->clauses[first]);
            fputs(" -> ", out);
            var_id(g, v);
            edge_style(out, concl[v] - 1);
        }
}

static void expr_vars(const ir_expr *e, uint8_t *seen)
{
    if (!e)
        return;
    if (e->kind == IR_E_VAR && e->var >= 0)
        seen[e->var] = 1;
    expr_vars(e->l, seen);
    expr_vars(e->r, seen);
}

static void derived_edges(gr *g, int vi)
{
    const ir_var *v = &g->p->vars[vi];
    uint8_t *seen = arena_alloc(g->a, (size_t)g->p->nvars + 1);
    if (v->is_match && v->src >= 0)
        seen[v->src] = 1;
    else
        expr_vars(v->expr, seen);
    for (int s = 0; s < g->p->nvars; s++)
        if (seen[s]) {
            fputs("  ", g->out);
            var_id(g, s);
            fputs(" -> ", g->out);
            var_id(g, vi);
            edge_style(g->out, !g->f ? E_PLAIN : g->f->known[vi] ? E_PATH : E_OFF);
        }
}

/* ---- the graph ------------------------------------------------------------------------------ */

static void legend(gr *g)
{
    fputs("  legend [shape=plain, label=<<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" "
          "cellpadding=\"3\"><tr><td colspan=\"2\"><b>this case</b></td></tr>"
          "<tr><td bgcolor=\"" C_PATH_FILL "\">   </td><td align=\"left\">fired rule, matched row, concluded output</td></tr>"
          "<tr><td bgcolor=\"" C_UND_FILL "\">   </td><td align=\"left\">undetermined (depends on unknown inputs)</td></tr>"
          "<tr><td bgcolor=\"#ffcdd2\">   </td><td align=\"left\">conflict</td></tr>"
          "<tr><td bgcolor=\"" C_OFF_FILL "\">   </td><td align=\"left\">not fired, not matched, not applicable</td></tr>"
          "</table>>];\n", g->out);
}

void gr_write_dot(FILE *out, arena *a, const ir_program *p, const guide_frame *f,
                  const guide_trace *t)
{
    gr g = {out, a, p, f, arena_alloc(a, (size_t)p->nclauses + 1), arena_alloc(a, (size_t)p->nvars + 1)};
    memset(g.status, NOT_SEEN, (size_t)p->nclauses + 1);
    for (size_t i = 0; f && t && i < t->len; i++) {
        const guide_event *e = &t->ev[i];
        if (e->kind == GUIDE_EV_CLAUSE && e->index >= 0 && e->index < p->nclauses)
            g.status[e->index] = e->status;
        else if (e->kind == GUIDE_EV_NOT_COMPUTABLE && e->index >= 0 && e->index < p->nvars)
            g.not_computable[e->index] = 1;
    }

    fprintf(out, "// %s %s, sha256 %s: decision graph written by guidec graph", p->name, p->version, p->sha256);
    if (f)
        fputs(", with the path of one case", out);
    fputs("\ndigraph ", out);
    dot_quoted(out, p->name);
    fputs(" {\n  graph [rankdir=LR, ranksep=0.7, nodesep=0.3, fontname=\"Helvetica\", labelloc=t, "
          "fontsize=16, label=<<b>", out);
    rpt_html(out, p->title ? p->title : p->name);
    fputs("</b><br/><font point-size=\"11\">", out);
    rpt_html(out, p->name);
    fputs(" version ", out);
    rpt_html(out, p->version);
    fprintf(out, ", sha256 %.16s…", p->sha256);
    if (f) {
        fputs("<br/>case ", out);
        rpt_html(out, f->id ? f->id : "(no id)");
    }
    fputs("</font>>];\n  node [fontname=\"Helvetica\", fontsize=11, margin=\"0.12,0.06\"];\n"
          "  edge [color=\"#607d8b\", arrowsize=0.7];\n", out);

    fputs("\n  // inputs\n  { rank=source;\n", out);
    for (int v = 0; v < p->ninputs; v++)
        var_node(&g, v);
    fputs("  }\n\n  // derived values\n", out);
    for (int v = p->ninputs; v < p->ninputs + p->nderived; v++)
        var_node(&g, v);
    fputs("\n  // tables\n", out);
    for (int i = 0; i < p->ntables; i++)
        table_node(&g, i);
    fputs("\n  // rules\n", out);
    for (int i = 0; i < p->nclauses; i++)
        if (p->clauses[i].kind == GUIDE_CLAUSE_RULE)
            rule_node(&g, &p->clauses[i]);
    fputs("\n  // outputs\n", out);
    for (int v = p->ninputs + p->nderived; v < p->nvars; v++)
        var_node(&g, v);
    if (f) {
        fputs("\n", out);
        legend(&g);
    }

    fputs("\n  // what each derived value, table and rule reads and concludes\n", out);
    for (int v = p->ninputs; v < p->ninputs + p->nderived; v++)
        derived_edges(&g, v);
    for (int i = 0; i < p->ntables; i++)
        clause_edges(&g, p->tables[i].first_clause, p->tables[i].nrows);
    for (int i = 0; i < p->nclauses; i++)
        if (p->clauses[i].kind == GUIDE_CLAUSE_RULE)
            clause_edges(&g, i, 1);
    fputs("}\n", out);
}

/* ---- the verb ------------------------------------------------------------------------------- */

const char graph_usage[] =
    "usage: guidec graph [options] FILE\n"
    "\n"
    "Draws the decision logic of FILE as a flowchart in Graphviz DOT: inputs, derived values\n"
    "and decision tables feed the rules, rules feed the outputs; every rule and table shows its\n"
    "name and citation, tables as printed. With --case, evaluates that one case and highlights\n"
    "the path it took: fired rules, matched rows, concluded outputs (green); undetermined ones\n"
    "(dashed orange); the rest in grey. The output is reproducible (no timestamps).\n"
    "\n"
    "options:\n"
    "  -o, --output OUT    write to OUT ('-' or none: standard output)\n"
    "  --format dot|svg    DOT text (default), or SVG drawn by Graphviz 'dot -Tsvg'\n"
    "  --case CASE.json    highlight the path of the one case in CASE.json\n"
    "  --help              print this help\n"
    "\n"
    "exit status: 0 ok, 2 the rule file has errors, the case cannot be read, or bad usage\n";

typedef struct case_ctx {
    interp      *it;
    guide_trace *trace;
    int          records;
    int          eval;    /* second pass: evaluate the first record */
    guide_frame *frame;   /* a copy of the evaluated case */
    char         error[800];
} case_ctx;

/* Copies into k the lists of f's inputs: their elements live in f, the reader's frame, which
   the reader frees once the callback returns. Returns -1 when memory runs out. */
static int keep_lists(guide_frame *k, const guide_frame *f)
{
    const guide_ruleset_info *rs = f->rs;
    for (int v = 0; v < rs->ninputs; v++) {
        if (guide_type_repr(rs->vars[v].type) != GUIDE_REPR_LIST || !f->known[v])
            continue;
        const guide_list *l = &f->val[v].list;
        double *room = guide_frame_list_room(k, v, l->n);
        if (!room)
            return -1;
        if (l->n)
            memcpy(room, l->items, sizeof *room * (size_t)l->n);
        k->val[v].list.items = room;
    }
    return 0;
}

/* Keeps the first error of the case file: err of record `record`, which starts on line. */
static void note_error(case_ctx *c, const guide_frame *f, const guide_case_error *err, int record,
                       int line)
{
    if (!c->error[0])
        snprintf(c->error, sizeof c->error, "record %d (line %d)%s%s: %s%s%s", record, line,
                 f && f->id ? ", case " : "", f && f->id ? f->id : "", err->field[0] ? err->field : "",
                 err->field[0] ? ": " : "", err->message);
}

static int count_case(void *ctx, guide_frame *f, const guide_case_error *err, int record, int line)
{
    case_ctx *c = ctx;
    c->records++;
    if (err)
        note_error(c, f, err, record, line);
    if (!c->eval || c->records > 1 || err || !f)
        return c->eval;
    interp_eval(c->it, f, c->trace);
    guide_case_error broken;
    if (guide_check_evaluated(f, &broken) < 0) {
        note_error(c, f, &broken, record, line);
        return 1;
    }
    /* The reader owns f: keep a copy of what the graph needs. */
    const guide_ruleset_info *rs = f->rs;
    guide_frame *k = c->frame;
    memcpy(k->val, f->val, sizeof *f->val * (size_t)rs->nvars);
    if (keep_lists(k, f) < 0)
        snprintf(c->error, sizeof c->error, "out of memory");
    memcpy(k->known, f->known, (size_t)rs->nvars);
    memcpy(k->out, f->out, sizeof *f->out * (size_t)rs->noutputs);
    memcpy(k->asks, f->asks, sizeof *f->asks * (size_t)rs->noutputs * (size_t)guide_input_words(rs));
    memcpy(k->possible, f->possible, sizeof *f->possible * f->possible_at[rs->noutputs]);
    k->id = f->id ? guide_xstrdup(f->id, "the graph") : NULL;
    return 1;
}

/* Pipes the DOT text through `dot -Tsvg`, whose output goes to out (named name). */
static int run_dot(const char *dot, size_t len, FILE *out, const char *name)
{
    int fds[2];
    if (pipe(fds)) {
        fprintf(stderr, "guidec: cannot start Graphviz: %s\n", strerror(errno));
        return EXIT_USAGE;
    }
    fflush(out);
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "guidec: cannot start Graphviz: %s\n", strerror(errno));
        return EXIT_USAGE;
    }
    if (pid == 0) {
        dup2(fds[0], 0);
        if (fileno(out) != 1)
            dup2(fileno(out), 1);
        close(fds[0]);
        close(fds[1]);
        execlp("dot", "dot", "-Tsvg", (char *)NULL);
        _exit(127);
    }
    close(fds[0]);
    void (*old)(int) = signal(SIGPIPE, SIG_IGN);
    size_t off = 0;
    while (off < len) {
        ssize_t n = write(fds[1], dot + off, len - off);
        if (n <= 0)
            break;
        off += (size_t)n;
    }
    close(fds[1]);
    signal(SIGPIPE, old);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    if (!WIFEXITED(status) || WEXITSTATUS(status) == 127) {
        fprintf(stderr, "guidec: cannot run Graphviz 'dot' (install the graphviz package)\n");
        return EXIT_USAGE;
    }
    if (WEXITSTATUS(status) != 0 || off < len) {
        fprintf(stderr, "guidec: cannot write %s: Graphviz 'dot -Tsvg' failed (exit status %d)\n",
                name, WEXITSTATUS(status));
        return EXIT_USAGE;
    }
    return 0;
}

/* Reads the one case of --case (cases[0..len), from case_path) into cc: a first pass counts
   the records, a second evaluates the only one. Returns 0, or EXIT_USAGE said on stderr. */
static int read_the_case(const ir_program *p, const char *cases, size_t len, const char *case_path,
                         case_ctx *cc)
{
    guide_read_cases(&p->info, cases, len, count_case, cc);
    if (!cc->error[0] && cc->records != 1) {
        fprintf(stderr, "guidec: %s holds %d cases; graph --case takes exactly one\n", case_path,
                cc->records);
        return EXIT_USAGE;
    }
    if (!cc->error[0]) {
        cc->it = interp_new(p);
        cc->trace = guide_xcheck(guide_trace_new(4096 + 4 * (size_t)(p->nclauses + p->noutputs)),
                                 "a trace");
        cc->frame = guide_xcheck(guide_frame_new(&p->info), "a case's values");
        cc->records = 0;
        cc->eval = 1;
        guide_read_cases(&p->info, cases, len, count_case, cc);
    }
    if (cc->error[0]) {
        fprintf(stderr, "guidec: %s: %s\n", case_path, cc->error);
        return EXIT_USAGE;
    }
    return 0;
}

int graph_main(int argc, char **argv)
{
    static const struct option opts[] = {{"output", required_argument, 0, 'o'},
                                         {"format", required_argument, 0, 'f'},
                                         {"case", required_argument, 0, 'c'},
                                         {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *output = NULL, *case_path = NULL;
    int svg = 0, c;
    while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
        switch (c) {
        case 'o': output = optarg; break;
        case 'f':
            if (strcmp(optarg, "dot") == 0)
                svg = 0;
            else if (strcmp(optarg, "svg") == 0)
                svg = 1;
            else
                return cli_usage_error(graph_usage, "unknown format '%s' (expected dot or svg)", optarg);
            break;
        case 'c': case_path = optarg; break;
        case 'h': fputs(graph_usage, stdout); return 0;
        default: return cli_usage_error(graph_usage, "%s", "unknown option");
        }
    }
    if (argc - optind != 1)
        return cli_usage_error(graph_usage, "%s", "graph takes exactly one rule file");
    if (output && strcmp(output, "-") == 0)
        output = NULL;
    const char *path = argv[optind];

    char *cases = NULL;
    size_t cases_len = 0;
    if (case_path && !(cases = rpt_read_file(case_path, &cases_len))) {
        fprintf(stderr, "guidec: cannot read the case from %s: %s\n", case_path, strerror(errno));
        return EXIT_USAGE;
    }
    compilation comp;
    if (cli_compile_rules(&comp, path) < 0) {
        compile_free(&comp);
        free(cases);
        return EXIT_USAGE;
    }
    const ir_program *p = comp.ir;
    case_ctx cc = {0};
    int rc = cases ? read_the_case(p, cases, cases_len, case_path, &cc) : 0;
    char *dot = NULL;
    size_t dot_len = 0;
    if (!rc) {
        FILE *m = guide_xmemstream(&dot, &dot_len, "the graph");
        gr_write_dot(m, &comp.a, p, cc.frame, cc.trace);
        guide_xmemstream_close(m, "the graph");
        cli_out out;
        if (cli_out_open(&out, output) < 0)
            rc = EXIT_USAGE;
        else {
            if (svg)
                rc = run_dot(dot, dot_len, out.f, out.name);
            else
                fwrite(dot, 1, dot_len, out.f);
            if (cli_out_close(&out, rc == 0) < 0) /* dot failed: no file */
                rc = EXIT_USAGE;
        }
    }
    free(dot);
    guide_frame_free(cc.frame);
    guide_trace_free(cc.trace);
    if (cc.it)
        interp_free(cc.it);
    compile_free(&comp);
    free(cases);
    return rc;
}
