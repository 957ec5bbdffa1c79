/* print.c — results, traces and case errors, as JSON (one compact line per case, the shape of
 * CASES.md) and as text for a clinician-reviewer.
 *
 * Both forms walk the same frame and trace: outputs by state, then the trace events in order
 * (each rule or table row with its status, citation, line and the values it read; each output
 * with how it was decided). Values read from the final frame: inputs do not change during an
 * evaluation, and derived values and outputs are the ones the case ended with. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "guide.h"

/* ---- Shared ------------------------------------------------------------------------------ */

static const char *clause_status_word(const guide_clause_info *c, int status)
{
    int row = c->kind == GUIDE_CLAUSE_ROW;
    switch (status) {
    case GUIDE_CL_NOT_FIRED: return row ? "not matched" : "not fired";
    case GUIDE_CL_FIRED: return row ? "matched" : "fired";
    case GUIDE_CL_UNDETERMINED: return "undetermined";
    case GUIDE_CL_EXCEPTED: return "excepted";
    case GUIDE_CL_SHADOWED: return "shadowed";
    }
    return "?";
}

static const char *how_word(int how)
{
    switch (how) {
    case GUIDE_HOW_DIRECT: return "direct";
    case GUIDE_HOW_SEARCH: return "search";
    case GUIDE_HOW_DEPENDS: return "depends";
    case GUIDE_HOW_BUDGET: return "budget";
    }
    return "?";
}

#define NOT_COMPUTABLE_REASON "division by zero, or a result that is not a finite number"

static int event_ok(const guide_ruleset_info *rs, const guide_event *e)
{
    if (e->kind == GUIDE_EV_CLAUSE)
        return e->index >= 0 && e->index < rs->nclauses;
    if (e->kind == GUIDE_EV_OUTPUT)
        return e->index >= 0 && e->index < rs->noutputs;
    if (e->kind == GUIDE_EV_NOT_COMPUTABLE)
        return e->index >= 0 && e->index < rs->nvars;
    return 0;
}

static int asks_bit(const guide_frame *f, int output, int input)
{
    return (int)(guide_asks(f, output)[input / 64] >> (input % 64) & 1);
}

/* ---- JSON -------------------------------------------------------------------------------- */

/* A string, or null; bytes that are not UTF-8 become '?' rather than losing the key. */
static json_t *jstr(const char *s)
{
    if (!s)
        return json_null();
    json_t *j = json_string(s);
    if (j)
        return j;
    char *c = malloc(strlen(s) + 1);
    if (!c)
        return json_null();
    size_t i = 0;
    for (; s[i]; i++)
        c[i] = (unsigned char)s[i] < 0x80 ? s[i] : '?';
    c[i] = '\0';
    j = json_string(c);
    free(c);
    return j ? j : json_null();
}

/* Integral numbers as JSON integers (24, not 24.0); others with 15 significant digits. */
static json_t *jnum(double x)
{
    if (!isfinite(x))
        return json_null();
    if (x == floor(x) && fabs(x) < 9007199254740992.0)
        return json_integer((json_int_t)x);
    return json_real(x);
}

static void jset(json_t *obj, const char *key, json_t *val)
{
    json_object_set_new(obj, key, val ? val : json_null());
}

static json_t *value_json(const guide_ruleset_info *rs, int v, const guide_value *val)
{
    const guide_var_info *var = &rs->vars[v];
    switch (var->type) {
    case GUIDE_BOOL: return json_boolean(val->b);
    case GUIDE_ENUM:
        if (val->label < 0 || val->label >= var->nlabels)
            return json_null();
        return jstr(var->labels[val->label]);
    case GUIDE_NUMBER:
    case GUIDE_INTEGER: return jnum(val->num);
    case GUIDE_RANGE: {
        json_t *a = json_array();
        json_array_append_new(a, jnum(val->range.lo));
        json_array_append_new(a, jnum(val->range.hi));
        return a;
    }
    case GUIDE_SET: {
        json_t *a = json_array();
        for (int i = 0; i < var->nlabels && i < 64; i++)
            if (val->set >> i & 1)
                json_array_append_new(a, jstr(var->labels[i]));
        return a;
    }
    }
    return json_null();
}

/* A variable's value as the case ended: null when unknown, undetermined, not applicable or ND. */
static json_t *var_json(const guide_frame *f, int v)
{
    const guide_ruleset_info *rs = f->rs;
    int o = v - guide_first_output(rs);
    if (o >= 0) {
        const guide_output *out = &f->out[o];
        if (out->state != GUIDE_CONCLUDED || out->is_null)
            return json_null();
        return value_json(rs, v, &f->val[v]);
    }
    return f->known[v] ? value_json(rs, v, &f->val[v]) : json_null();
}

static json_t *asks_json(const guide_frame *f, int output)
{
    json_t *a = json_array();
    for (int i = 0; i < f->rs->ninputs; i++)
        if (asks_bit(f, output, i))
            json_array_append_new(a, jstr(f->rs->vars[i].name));
    return a;
}

static json_t *event_json(const guide_frame *f, const guide_event *e)
{
    const guide_ruleset_info *rs = f->rs;
    json_t *j = json_object();
    if (e->kind == GUIDE_EV_CLAUSE) {
        const guide_clause_info *c = &rs->clauses[e->index];
        if (c->kind == GUIDE_CLAUSE_ROW) {
            jset(j, "table", jstr(c->name));
            jset(j, "row", json_integer(c->row));
            if (c->column)
                jset(j, "column", jstr(c->column));
        } else
            jset(j, "rule", jstr(c->name));
        jset(j, "cite", jstr(c->cite));
        jset(j, "line", json_integer(c->line));
        jset(j, "status", jstr(clause_status_word(c, e->status)));
        json_t *vals = json_object();
        for (int i = 0; i < c->nreads; i++)
            if (c->reads[i] >= 0 && c->reads[i] < rs->nvars)
                jset(vals, rs->vars[c->reads[i]].name, var_json(f, c->reads[i]));
        jset(j, "values", vals);
        return j;
    }
    if (e->kind == GUIDE_EV_NOT_COMPUTABLE) {
        jset(j, "derived", jstr(rs->vars[e->index].name));
        jset(j, "state", jstr("not computable"));
        jset(j, "reason", jstr(NOT_COMPUTABLE_REASON));
        return j;
    }
    int o = e->index, v = guide_first_output(rs) + o;
    const guide_output *out = &f->out[o];
    jset(j, "output", jstr(rs->vars[v].name));
    jset(j, "decided", jstr(how_word(e->status)));
    if (out->state == GUIDE_CONCLUDED)
        jset(j, "value", var_json(f, v));
    else if (out->state == GUIDE_CONFLICT)
        jset(j, "state", jstr("conflict"));
    else if (out->state == GUIDE_NOT_APPLICABLE)
        jset(j, "state", jstr("not applicable"));
    if (e->status == GUIDE_HOW_SEARCH)
        jset(j, "without", asks_json(f, o));
    else if (e->status == GUIDE_HOW_DEPENDS || e->status == GUIDE_HOW_BUDGET)
        jset(j, "ask", asks_json(f, o));
    return j;
}

static void dump_line(FILE *out, json_t *obj)
{
    json_dumpf(obj, out, JSON_COMPACT | JSON_REAL_PRECISION(15));
    fputc('\n', out);
    json_decref(obj);
}

static void print_result_json(FILE *out, const guide_frame *f, const guide_trace *t,
                              const guide_print_opts *o)
{
    const guide_ruleset_info *rs = f->rs;
    int first = guide_first_output(rs);
    json_t *obj = json_object();
    if (f->id)
        jset(obj, "id", jstr(f->id));
    json_t *r = json_object();
    jset(r, "name", jstr(rs->name));
    jset(r, "version", jstr(rs->version));
    jset(r, "sha256", jstr(rs->sha256));
    jset(obj, "ruleset", r);

    json_t *outputs = json_object(), *undet = json_object(), *conflicts = json_array();
    for (int i = 0; i < rs->noutputs; i++) {
        const char *name = rs->vars[first + i].name;
        switch (f->out[i].state) {
        case GUIDE_CONCLUDED: jset(outputs, name, var_json(f, first + i)); break;
        case GUIDE_UNDETERMINED: jset(undet, name, asks_json(f, i)); break;
        case GUIDE_CONFLICT: json_array_append_new(conflicts, jstr(name)); break;
        case GUIDE_NOT_APPLICABLE: break;
        }
    }
    jset(obj, "outputs", outputs);
    jset(obj, "undetermined", undet);
    if (json_array_size(conflicts))
        jset(obj, "conflicts", conflicts);
    else
        json_decref(conflicts);

    if (o->trace) {
        json_t *tr = json_array();
        for (size_t i = 0; t && i < t->len; i++)
            if (event_ok(rs, &t->ev[i]))
                json_array_append_new(tr, event_json(f, &t->ev[i]));
        jset(obj, "trace", tr);
        if (t && t->overflow)
            jset(obj, "trace_truncated", json_true());
    }
    dump_line(out, obj);
}

/* ---- Text -------------------------------------------------------------------------------- */

/* Width in columns, counting code points (citations are French: "§", "é"). */
static int width(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* Writes s with control characters (a case id may hold "\n") shown as '?'. */
static void put_clean(FILE *out, const char *s)
{
    for (; *s; s++)
        fputc((unsigned char)*s < 0x20 || *s == 0x7F ? '?' : *s, out);
}

/* Writes s, then spaces up to w columns. */
static void put_padded(FILE *out, const char *s, int w)
{
    put_clean(out, s);
    for (int n = width(s); n < w; n++)
        fputc(' ', out);
}

/* The text of a variable's value as the case ended. */
static const char *var_text(const guide_frame *f, int v, char *buf, size_t len)
{
    const guide_ruleset_info *rs = f->rs;
    int o = v - guide_first_output(rs);
    if (o >= 0) {
        switch (f->out[o].state) {
        case GUIDE_CONCLUDED:
            if (f->out[o].is_null)
                return "ND";
            break;
        case GUIDE_UNDETERMINED: return "undetermined";
        case GUIDE_CONFLICT: return "conflict";
        case GUIDE_NOT_APPLICABLE: return "not applicable";
        }
    } else if (!f->known[v])
        return "unknown";
    guide_format_value(rs, v, &f->val[v], buf, len);
    return buf;
}

/* "a, b, c": the inputs whose bit is set in the output's asks. Returns how many. */
static int put_asks(FILE *out, const guide_frame *f, int output)
{
    int n = 0;
    for (int i = 0; i < f->rs->ninputs; i++)
        if (asks_bit(f, output, i)) {
            fprintf(out, "%s%s", n ? ", " : "", f->rs->vars[i].name);
            n++;
        }
    return n;
}

static int count_asks(const guide_frame *f, int output)
{
    int n = 0;
    for (int i = 0; i < f->rs->ninputs; i++)
        n += asks_bit(f, output, i);
    return n;
}

/* The value column of an output line. */
static const char *output_value_text(const guide_frame *f, int o, char *buf, size_t len)
{
    const guide_output *out = &f->out[o];
    if (out->state == GUIDE_CONCLUDED && out->is_null)
        return "ND";
    return var_text(f, guide_first_output(f->rs) + o, buf, len);
}

/* Whether the output line has a note after the value, and writes it when out is not NULL. */
static int output_note(FILE *out, const guide_frame *f, int o, const guide_print_opts *opts)
{
    const guide_output *st = &f->out[o];
    int asks = count_asks(f, o);
    switch (st->state) {
    case GUIDE_CONCLUDED:
        if (!st->is_null && !(st->how == GUIDE_HOW_SEARCH && asks))
            return 0;
        if (out) {
            if (st->is_null)
                fputs("the guideline gives no value", out);
            if (st->how == GUIDE_HOW_SEARCH && asks) {
                fputs(st->is_null ? "; decided without " : "decided without ", out);
                put_asks(out, f, o);
            }
        }
        return 1;
    case GUIDE_CONFLICT:
        if (out)
            fputs("rules concluded different values", out);
        return 1;
    case GUIDE_UNDETERMINED: {
        int budget = st->how == GUIDE_HOW_BUDGET, ask = opts->missing && asks;
        if (!budget && !ask)
            return 0;
        if (out) {
            if (budget)
                fputs(ask ? "search budget ran out; " : "search budget ran out", out);
            if (ask) {
                fputs("ask for ", out);
                put_asks(out, f, o);
            }
        }
        return 1;
    }
    case GUIDE_NOT_APPLICABLE: return 0;
    }
    return 0;
}

/* The label column of a trace line: "rule adjuvant_imatinib", "table miettinen row 7". */
static const char *event_label(const guide_ruleset_info *rs, const guide_event *e, char *buf,
                               size_t len)
{
    if (e->kind == GUIDE_EV_CLAUSE) {
        const guide_clause_info *c = &rs->clauses[e->index];
        if (c->kind == GUIDE_CLAUSE_ROW && c->column)
            snprintf(buf, len, "table %s row %d, %s", c->name, c->row, c->column);
        else if (c->kind == GUIDE_CLAUSE_ROW)
            snprintf(buf, len, "table %s row %d", c->name, c->row);
        else
            snprintf(buf, len, "rule %s", c->name);
    } else if (e->kind == GUIDE_EV_NOT_COMPUTABLE)
        snprintf(buf, len, "derived %s", rs->vars[e->index].name);
    else
        snprintf(buf, len, "output %s", rs->vars[guide_first_output(rs) + e->index].name);
    return buf;
}

static const char *event_status(const guide_frame *f, const guide_event *e)
{
    if (e->kind == GUIDE_EV_CLAUSE)
        return clause_status_word(&f->rs->clauses[e->index], e->status);
    if (e->kind == GUIDE_EV_NOT_COMPUTABLE)
        return "not computable";
    switch (f->out[e->index].state) {
    case GUIDE_CONCLUDED: return "decided";
    case GUIDE_UNDETERMINED: return "undetermined";
    case GUIDE_CONFLICT: return "conflict";
    case GUIDE_NOT_APPLICABLE: return "not applicable";
    }
    return "?";
}

static const char *cite_text(const guide_clause_info *c, char *buf, size_t len)
{
    snprintf(buf, len, "%s (line %d)", c->cite ? c->cite : "", c->line);
    return buf;
}

static int imax(int a, int b)
{
    return a > b ? a : b;
}

static void print_trace_text(FILE *out, const guide_frame *f, const guide_trace *t)
{
    const guide_ruleset_info *rs = f->rs;
    char buf[1024];
    if (!t || t->len == 0) {
        fputs("  trace: no events\n", out);
        if (t && t->overflow)
            fputs("  trace truncated: the trace buffer holds no events\n", out);
        return;
    }
    int lw = 0, sw = 0, cw = 0;
    for (size_t i = 0; i < t->len; i++) {
        const guide_event *e = &t->ev[i];
        if (!event_ok(rs, e))
            continue;
        lw = imax(lw, width(event_label(rs, e, buf, sizeof buf)));
        sw = imax(sw, width(event_status(f, e)));
        if (e->kind == GUIDE_EV_CLAUSE)
            cw = imax(cw, width(cite_text(&rs->clauses[e->index], buf, sizeof buf)));
    }
    if (cw > 40) /* one long citation should not push every line to the right */
        cw = 40;
    fputs("  trace:\n", out);
    for (size_t i = 0; i < t->len; i++) {
        const guide_event *e = &t->ev[i];
        if (!event_ok(rs, e))
            continue;
        fputs("    ", out);
        put_padded(out, event_label(rs, e, buf, sizeof buf), lw);
        fputs("  ", out);
        if (e->kind == GUIDE_EV_CLAUSE) {
            const guide_clause_info *c = &rs->clauses[e->index];
            put_padded(out, event_status(f, e), sw);
            fputs("  ", out);
            if (c->nreads == 0)
                put_clean(out, cite_text(c, buf, sizeof buf));
            else {
                put_padded(out, cite_text(c, buf, sizeof buf), cw);
                fputs("  ", out);
            }
            for (int k = 0; k < c->nreads; k++) {
                int v = c->reads[k];
                if (v < 0 || v >= rs->nvars)
                    continue;
                fprintf(out, "%s%s = ", k ? ", " : "", rs->vars[v].name);
                put_clean(out, var_text(f, v, buf, sizeof buf));
            }
        } else if (e->kind == GUIDE_EV_NOT_COMPUTABLE) {
            put_padded(out, event_status(f, e), sw);
            fputs("  " NOT_COMPUTABLE_REASON, out);
        } else {
            int o = e->index;
            const guide_output *st = &f->out[o];
            const char *status = event_status(f, e);
            int asks = count_asks(f, o);
            if (st->state == GUIDE_NOT_APPLICABLE)
                put_clean(out, status);
            else {
                put_padded(out, status, sw);
                fputs("  ", out);
            }
            if (st->state == GUIDE_CONCLUDED) {
                fputs("= ", out);
                put_clean(out, output_value_text(f, o, buf, sizeof buf));
                if (e->status == GUIDE_HOW_SEARCH && asks) {
                    fputs(", decided without ", out);
                    put_asks(out, f, o);
                }
            } else if (st->state == GUIDE_CONFLICT)
                fputs("rules concluded different values", out);
            else if (st->state == GUIDE_UNDETERMINED) {
                if (e->status == GUIDE_HOW_BUDGET)
                    fputs(asks ? "search budget ran out; " : "search budget ran out", out);
                if (asks) {
                    fputs("ask for ", out);
                    put_asks(out, f, o);
                }
            }
        }
        fputc('\n', out);
    }
    if (t->overflow)
        fprintf(out, "  trace truncated: the trace buffer was full after %zu events\n", t->len);
}

static void print_header_text(FILE *out, const guide_ruleset_info *rs, const char *id)
{
    if (id) {
        fputs("case ", out);
        put_clean(out, id);
        fputs(" \xE2\x80\x94 ", out); /* an em dash */
    }
    put_clean(out, rs->name ? rs->name : "?");
    if (rs->version) {
        fputc(' ', out);
        put_clean(out, rs->version);
    }
    fprintf(out, " (sha256 %s)\n", rs->sha256 ? rs->sha256 : "unknown");
}

static void print_result_text(FILE *out, const guide_frame *f, const guide_trace *t,
                              const guide_print_opts *o)
{
    const guide_ruleset_info *rs = f->rs;
    int first = guide_first_output(rs);
    static const guide_state order[] = {GUIDE_CONCLUDED, GUIDE_CONFLICT, GUIDE_UNDETERMINED,
                                        GUIDE_NOT_APPLICABLE};
    int ngroups = o->trace ? 4 : 3;
    char buf[1024];
    print_header_text(out, rs, f->id);

    int nw = 0, vw = 0, rows = 0;
    for (int g = 0; g < ngroups; g++)
        for (int i = 0; i < rs->noutputs; i++)
            if (f->out[i].state == order[g]) {
                nw = imax(nw, width(rs->vars[first + i].name));
                vw = imax(vw, width(output_value_text(f, i, buf, sizeof buf)));
                rows++;
            }
    if (vw > 32)
        vw = 32;
    if (rows == 0)
        fputs("  no output applies to this case\n", out);
    for (int g = 0; g < ngroups; g++)
        for (int i = 0; i < rs->noutputs; i++) {
            if (f->out[i].state != order[g])
                continue;
            fputs("  ", out);
            const char *value = output_value_text(f, i, buf, sizeof buf);
            put_padded(out, rs->vars[first + i].name, nw);
            fputs("  ", out);
            if (output_note(NULL, f, i, o)) {
                put_padded(out, value, vw);
                fputs("  ", out);
                output_note(out, f, i, o);
            } else
                put_clean(out, value);
            fputc('\n', out);
        }
    if (o->trace)
        print_trace_text(out, f, t);
}

/* ---- Entry points ------------------------------------------------------------------------ */

void guide_print_result(FILE *out, const guide_frame *f, const guide_trace *t,
                        const guide_print_opts *o)
{
    static const guide_print_opts defaults = {GUIDE_FMT_TEXT, 0, 0};
    if (!out || !f || !f->rs)
        return;
    if (!o)
        o = &defaults;
    if (o->format == GUIDE_FMT_JSON)
        print_result_json(out, f, t, o);
    else
        print_result_text(out, f, t, o);
}

void guide_print_case_error(FILE *out, const guide_ruleset_info *rs, const char *id,
                            const guide_case_error *err, int record, int line,
                            const guide_print_opts *o)
{
    (void)rs;
    if (!out || !err)
        return;
    if (o && o->format == GUIDE_FMT_JSON) {
        json_t *obj = json_object(), *e = json_object();
        if (id)
            jset(obj, "id", jstr(id));
        jset(e, "field", err->field[0] ? jstr(err->field) : json_null());
        jset(e, "message", jstr(err->message));
        jset(e, "record", json_integer(record));
        jset(e, "line", json_integer(line));
        jset(obj, "error", e);
        dump_line(out, obj);
        return;
    }
    if (id) {
        fputs("case ", out);
        put_clean(out, id);
        fprintf(out, " (record %d, line %d): error: ", record, line);
    } else
        fprintf(out, "record %d (line %d): error: ", record, line);
    put_clean(out, err->message);
    fputc('\n', out);
}
