/* print.c — results, traces and case errors, as JSON (one compact line per case, the shape of
 * CASES.md) and as text for a clinician-reviewer.
 *
 * Both forms walk the same frame and trace: outputs by state (an undetermined one with the
 * answers it can still take, the leaves of its decision diagram that the walk reached), then the
 * trace events in order (each rule or table row with its status, citation, line and the values
 * it read; each output with how it was decided). Values read from the final frame: inputs do not
 * change during an evaluation, and derived values and outputs are the ones the case ended with. */
#include <math.h>
#include "oom.h"
#include <stdlib.h>
#include <string.h>

#include "guide.h"
#include "json_names.h"
#include "jsonw.h"
#include "value_text.h"

/* ---- Shared ------------------------------------------------------------------------------ */

static const char *clause_status_word(const guide_clause_info *c, int status)
{
    return guide_status_word(status, c->kind == GUIDE_CLAUSE_ROW);
}

static const char *how_word(int how)
{
    switch (how) {
    case GUIDE_HOW_DIRECT: return "direct";
    case GUIDE_HOW_SEARCH: return "search";
    case GUIDE_HOW_DEPENDS: return "depends";
    }
    return "?";
}


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

/* Whether the trace shows e: a valid event that the trace mode keeps. */
static int event_shown(const guide_ruleset_info *rs, const guide_event *e, int mode)
{
    if (!event_ok(rs, e))
        return 0;
    return mode != GUIDE_TRACE_FIRED || e->kind != GUIDE_EV_CLAUSE || e->status == GUIDE_CL_FIRED;
}

/* Whether the trace shows the cells of the row of event e: a row that matched, so that a reader
 * sees which line of the printed table applies, not only its number. */
static int row_cells_shown(const guide_clause_info *c, const guide_event *e)
{
    return c->kind == GUIDE_CLAUSE_ROW && e->status == GUIDE_CL_FIRED && c->cells && *c->cells;
}

static int asks_bit(const guide_frame *f, int output, int input)
{
    return (int)(guide_asks(f, output)[input / 64] >> (input % 64) & 1);
}

/* The leaves of output o's diagram that f has bits for: none for a ruleset without diagrams. */
static int possible_leaves(const guide_frame *f, int o)
{
    if (!f->rs->dds || !f->possible || !f->possible_at)
        return 0;
    size_t words = f->possible_at[o + 1] - f->possible_at[o];
    int n = f->rs->dds[o].nleaves;
    return (size_t)n > words * 64 ? (int)(words * 64) : n;
}

/* Leaf k of output o's diagram, if it is among the possible answers f holds, else NULL. */
static const guide_dd_leaf *possible_leaf(const guide_frame *f, int o, int k)
{
    if (!(guide_possible(f, o)[k / 64] >> (k % 64) & 1))
        return NULL;
    return &f->rs->dds[o].leaves[k];
}

int guide_possible_count(const guide_frame *f, int o)
{
    if (f->out[o].state != GUIDE_UNDETERMINED)
        return 0;
    int n = 0, leaves = possible_leaves(f, o);
    for (int k = 0; k < leaves; k++)
        n += possible_leaf(f, o, k) != NULL;
    return n;
}

static void leaf_text(strbuf *sb, const guide_frame *f, int o, const guide_dd_leaf *l)
{
    if (l->state != GUIDE_CONCLUDED)
        sb_puts(sb, guide_state_word(l->state));
    else if (l->is_null)
        sb_puts(sb, "no value");
    else
        guide_value_text_shown(sb, f->rs, guide_first_output(f->rs) + o, &l->v);
}

int guide_possible_text(strbuf *sb, const guide_frame *f, int o, int max)
{
    int n = guide_possible_count(f, o), leaves = possible_leaves(f, o);
    int shown = max > 0 && n > max ? max : n, i = 0;
    for (int k = 0; k < leaves && i < shown; k++) {
        const guide_dd_leaf *l = possible_leaf(f, o, k);
        if (!l)
            continue;
        if (i)
            sb_puts(sb, i == n - 1 ? " or " : ", ");
        leaf_text(sb, f, o, l);
        i++;
    }
    if (shown < n)
        sb_printf(sb, " or %d other answer%s", n - shown, n - shown == 1 ? "" : "s");
    return n;
}

/* The level of output o's diagram that tests variable v, or NULL. */
static const guide_dd_level *dd_level_of(const guide_frame *f, int o, int v)
{
    if (!f->rs->dds)
        return NULL;
    const guide_dd *dd = &f->rs->dds[o];
    for (int k = 0; k < dd->nlevels; k++)
        if (dd->levels[k].var == v)
            return &dd->levels[k];
    return NULL;
}

/* An arithmetic value of output o's diagram that reads input i (its level stands for i), or -1. */
static int dd_through(const guide_frame *f, int o, int i)
{
    if (!f->rs->dds)
        return -1;
    const guide_dd *dd = &f->rs->dds[o];
    for (int k = 0; k < dd->nlevels; k++)
        if (dd->levels[k].var != i && dd->levels[k].inputs &&
            (dd->levels[k].inputs[i / 64] >> (i % 64) & 1))
            return dd->levels[k].var;
    return -1;
}

/* An interval of a number level's positions: position p is below cuts[0] (0), on cuts[k]
 * (2k + 1), between cuts[k] and cuts[k + 1] (2k + 2) or above the last (2 * ncuts). */
typedef struct positions {
    int    has_lo, has_hi;   /* bounded below, above */
    double lo, hi;
    int    lo_open, hi_open;
    int    point;            /* one cut: lo == hi, both closed */
} positions;

static positions positions_of(const guide_dd_level *l, int from, int to)
{
    positions p = {from > 0, to < 2 * l->ncuts, 0, 0, from % 2 == 0, to % 2 == 0,
                   from == to && from % 2 == 1};
    if (p.has_lo)
        p.lo = l->cuts[(from - 1) / 2];
    if (p.has_hi)
        p.hi = l->cuts[to / 2];
    return p;
}

/* Whether an interval holds a value of var's declared range. */
static int positions_admissible(const guide_var_info *var, const positions *p)
{
    if (p->has_lo && (p->lo > var->hi || (p->lo == var->hi && p->lo_open)))
        return 0;
    return !p->has_hi || !(p->hi < var->lo || (p->hi == var->lo && p->hi_open));
}

/* "5", "<= 5", "> 10", "(5, 10]", as a table cell writes it. */
static void positions_text(strbuf *sb, const positions *p)
{
    double lo = p->lo == 0 ? 0.0 : p->lo, hi = p->hi == 0 ? 0.0 : p->hi; /* no -0 */
    if (p->point)
        sb_printf(sb, "%g", lo);
    else if (!p->has_lo && !p->has_hi)
        sb_puts(sb, "any value");
    else if (!p->has_lo)
        sb_printf(sb, "%s %g", p->hi_open ? "<" : "<=", hi);
    else if (!p->has_hi)
        sb_printf(sb, "%s %g", p->lo_open ? ">" : ">=", lo);
    else
        sb_printf(sb, "%c%g, %g%c", p->lo_open ? '(' : '[', lo, hi, p->hi_open ? ')' : ']');
}

/* The values level l of input v tells apart, at most max of them, then how many there are:
 * labels, false and true, or the intervals of positions that fall in one cell. */
static void level_values(strbuf *sb, const guide_var_info *var, const guide_dd_level *l, int max)
{
    int n = 0, total = 0;
    if (guide_type_is_discrete(var->type)) {
        int truth = guide_type_repr(var->type) == GUIDE_REPR_TRUTH;
        total = truth ? 2 : var->nlabels;
        for (; n < total && n < max; n++)
            sb_printf(sb, "%s%s", n ? ", " : "", truth ? (n ? "true" : "false") : var->labels[n]);
    } else {
        int npos = 2 * l->ncuts + 1;
        for (int from = 0; from < npos;) {
            int to = from;
            while (to + 1 < npos && l->pos_cell[to + 1] == l->pos_cell[from])
                to++;
            positions p = positions_of(l, from, to);
            if (l->pos_cell[from] >= 0 && positions_admissible(var, &p)) {
                if (n < max) {
                    sb_puts(sb, n ? ", " : "");
                    positions_text(sb, &p);
                    n++;
                }
                total++;
            }
            from = to + 1;
        }
    }
    if (total > n)
        sb_printf(sb, ", %d in all", total);
}

int guide_without_text(strbuf *sb, const guide_frame *f, int o)
{
    const guide_ruleset_info *rs = f->rs;
    const uint64_t *asks = guide_asks(f, o);
    int n = 0;
    for (int i = 0; i < rs->ninputs; i++) {
        if (!(asks[i / 64] >> (i % 64) & 1))
            continue;
        sb_printf(sb, "%s%s", n++ ? ", " : "", rs->vars[i].name);
        if (!rs->dds)
            continue; /* a description without diagrams: the names alone */
        sb_puts(sb, " (");
        const guide_dd_level *l = dd_level_of(f, o, i);
        int through = l ? -1 : dd_through(f, o, i);
        if (l)
            level_values(sb, &rs->vars[i], l, GUIDE_POSSIBLE_SHOWN);
        else if (through >= 0)
            sb_printf(sb, "through %s", rs->vars[through].name);
        else
            sb_puts(sb, "any value");
        sb_puts(sb, ")");
    }
    return n;
}

/* ---- JSON -------------------------------------------------------------------------------- */

/* Label l of variable v as JSON: quoted once when the frame has its names (json_names.h). */
static void label_json(jw *w, const guide_frame *f, int v, int l)
{
    if (f->json && f->json->label[v])
        jw_raw(w, f->json->label[v][l].s, f->json->label[v][l].n);
    else
        jw_string(w, f->rs->vars[v].labels[l]);
}

/* Variable v's name as a JSON string, or as a key. */
static void name_json(jw *w, const guide_frame *f, int v)
{
    if (f->json)
        jw_raw(w, f->json->var[v].s, f->json->var[v].n);
    else
        jw_string(w, f->rs->vars[v].name);
}
static void name_key(jw *w, const guide_frame *f, int v)
{
    if (f->json)
        jw_raw_key(w, f->json->var[v].s, f->json->var[v].n);
    else
        jw_key(w, f->rs->vars[v].name);
}

static void value_json(jw *w, const guide_frame *f, int v, const guide_value *val)
{
    const guide_ruleset_info *rs = f->rs;
    const guide_var_info *var = &rs->vars[v];
    switch (guide_type_repr(var->type)) {
    case GUIDE_REPR_TRUTH: jw_bool(w, val->b); return;
    case GUIDE_REPR_LABEL:
        if (val->label < 0 || val->label >= var->nlabels)
            jw_null(w);
        else
            label_json(w, f, v, val->label);
        return;
    case GUIDE_REPR_NUMBER: jw_number(w, val->num); return;
    case GUIDE_REPR_RANGE:
        jw_open_array(w);
        jw_number(w, val->range.lo);
        jw_number(w, val->range.hi);
        jw_close_array(w);
        return;
    case GUIDE_REPR_SET:
        jw_open_array(w);
        for (int i = 0; i < var->nlabels && i < 64; i++)
            if (val->set >> i & 1)
                label_json(w, f, v, i);
        jw_close_array(w);
        return;
    case GUIDE_REPR_LIST:
        jw_open_array(w);
        for (int32_t i = 0; i < val->list.n; i++)
            jw_number(w, val->list.items[i]);
        jw_close_array(w);
        return;
    }
    jw_null(w);
}

char *guide_value_json(const guide_frame *f, int v, const guide_value *val, size_t *n)
{
    jw w;
    jw_init(&w);
    value_json(&w, f, v, val);
    char *s = w.oom ? NULL : guide_malloc(w.len + 1);
    if (s) {
        memcpy(s, w.p, w.len);
        s[w.len] = '\0';
        *n = w.len;
    }
    if (w.p != w.stack)
        free(w.p);
    return s;
}

/* Whether v is a known input recorded to a step whose value the rounding changed; r gets the
 * rounded value, the one the rules compared (step.c). */
static int rounded_input(const guide_frame *f, int v, guide_value *r)
{
    const guide_var_info *var = &f->rs->vars[v];
    if (v >= f->rs->ninputs || !(var->step > 0) || !f->known[v])
        return 0;
    r->num = guide_step_round(f->val[v].num, var->step);
    return r->num != f->val[v].num;
}

/* A variable's value as the case ended: null when unknown, undetermined, not applicable or ND. */
static void var_json(jw *w, const guide_frame *f, int v)
{
    const guide_ruleset_info *rs = f->rs;
    int o = v - guide_first_output(rs);
    if (o >= 0) {
        const guide_output *out = &f->out[o];
        if (out->state != GUIDE_CONCLUDED || out->is_null)
            jw_null(w);
        else
            value_json(w, f, v, &f->val[v]);
        return;
    }
    if (f->known[v])
        value_json(w, f, v, &f->val[v]);
    else
        jw_null(w);
}

/* An undetermined output's possible answers: each as `outputs` writes a value, ND as null, and
 * an answer that is no value as {"state": "not applicable"} ("conflict", "undetermined"). */
static void possible_json(jw *w, const guide_frame *f, int o)
{
    const guide_ruleset_info *rs = f->rs;
    int leaves = possible_leaves(f, o);
    jw_open_array(w);
    for (int k = 0; k < leaves; k++) {
        const guide_dd_leaf *l = possible_leaf(f, o, k);
        if (!l)
            continue;
        if (l->state == GUIDE_CONCLUDED) {
            if (l->is_null)
                jw_null(w);
            else
                value_json(w, f, guide_first_output(rs) + o, &l->v);
            continue;
        }
        jw_open_object(w);
        jw_key(w, "state");
        jw_string(w, guide_state_word(l->state));
        jw_close_object(w);
    }
    jw_close_array(w);
}

static void asks_json(jw *w, const guide_frame *f, int output)
{
    jw_open_array(w);
    const uint64_t *asks = guide_asks(f, output);
    for (int k = 0; k < guide_input_words(f->rs); k++)
        for (uint64_t b = asks[k]; b; b &= b - 1)
            name_json(w, f, k * 64 + __builtin_ctzll(b));
    jw_close_array(w);
}

/* Whether constraint k relates an input output was decided without: the answer may hold only
 * because the constraint excludes the cases that would change it. */
static int constraint_relates(const guide_frame *f, int output, int k)
{
    int meets = 0, words = guide_input_words(f->rs);
    const uint64_t *asks = guide_asks(f, output);
    for (int w = 0; w < words; w++)
        meets |= (asks[w] & f->rs->constraints[k].dd.cone[w]) != 0;
    return meets;
}

/* "constraints": the names constraint_relates gives, after "without"; left out when none. */
static void constraints_json(jw *w, const guide_frame *f, int output)
{
    int n = 0;
    for (int k = 0; k < f->rs->nconstraints; k++) {
        if (!constraint_relates(f, output, k))
            continue;
        if (!n++) {
            jw_key(w, "constraints");
            jw_open_array(w);
        }
        jw_string(w, f->rs->constraints[k].name);
    }
    if (n)
        jw_close_array(w);
}

/* The values a clause read, each variable once (where it is first read). */
static void reads_json(jw *w, const guide_frame *f, const guide_clause_info *c)
{
    const guide_ruleset_info *rs = f->rs;
    jw_open_object(w);
    for (int i = 0; i < c->nreads; i++) {
        int v = c->reads[i], seen = 0;
        if (v < 0 || v >= rs->nvars)
            continue;
        for (int k = 0; k < i && !seen; k++)
            seen = c->reads[k] == v;
        if (seen)
            continue;
        jw_key(w, rs->vars[v].name);
        guide_value r;
        if (rounded_input(f, v, &r))
            value_json(w, f, v, &r);
        else
            var_json(w, f, v);
    }
    jw_close_object(w);
}

/* "recorded": the values of the inputs in c's "values" that were rounded to their step, as the
 * case gave them; nothing when none was. */
static void recorded_json(jw *w, const guide_frame *f, const guide_clause_info *c)
{
    int open = 0;
    for (int i = 0; i < c->nreads; i++) {
        int v = c->reads[i], seen = 0;
        guide_value r;
        if (v < 0 || v >= f->rs->ninputs || !rounded_input(f, v, &r))
            continue;
        for (int k = 0; k < i && !seen; k++)
            seen = c->reads[k] == v;
        if (seen)
            continue;
        if (!open++) {
            jw_key(w, "recorded");
            jw_open_object(w);
        }
        jw_key(w, f->rs->vars[v].name);
        value_json(w, f, v, &f->val[v]);
    }
    if (open)
        jw_close_object(w);
}

/* The value of v as the case ended, when it is a label (enum) or labels (set). */
static int label_value(const guide_frame *f, int v)
{
    const guide_var_info *var = &f->rs->vars[v];
    int o = v - guide_first_output(f->rs);
    if (!guide_type_has_labels(var->type))
        return 0;
    if (o >= 0)
        return f->out[o].state == GUIDE_CONCLUDED && !f->out[o].is_null;
    return f->known[v];
}

/* Label l of v for people: its display text, else its identifier. */
static void label_display_json(jw *w, const guide_var_info *var, int l)
{
    const char *d = var->label_display ? var->label_display[l] : NULL;
    jw_string(w, d ? d : var->labels[l]);
}

/* Whether `--labels` has anything to say about v in this case. */
static int has_labels(const guide_frame *f, int v)
{
    const guide_var_info *var = &f->rs->vars[v];
    if (var->kind == GUIDE_VAR_DERIVED)
        return 0;
    if (v >= guide_first_output(f->rs) ? f->out[v - guide_first_output(f->rs)].state != GUIDE_CONCLUDED
                                       : !f->known[v])
        return 0;
    return var->display || (var->label_display && label_value(f, v));
}

/* `--labels`: "label" (v's display text) and "value_label" (its value's, an array for a set),
 * each when there is one; a label without display text is given by its identifier. */
static void labels_json(jw *w, const guide_frame *f, int v)
{
    const guide_var_info *var = &f->rs->vars[v];
    if (var->display) {
        jw_key(w, "label");
        jw_string(w, var->display);
    }
    if (!var->label_display || !label_value(f, v))
        return;
    const guide_value *val = &f->val[v];
    jw_key(w, "value_label");
    if (guide_type_repr(var->type) == GUIDE_REPR_LABEL) {
        if (val->label >= 0 && val->label < var->nlabels)
            label_display_json(w, var, val->label);
        else
            jw_null(w);
        return;
    }
    jw_open_array(w);
    for (int i = 0; i < var->nlabels && i < 64; i++)
        if (val->set >> i & 1)
            label_display_json(w, var, i);
    jw_close_array(w);
}

static void event_json(jw *w, const guide_frame *f, const guide_event *e, int labels)
{
    const guide_ruleset_info *rs = f->rs;
    jw_open_object(w);
    if (e->kind == GUIDE_EV_CLAUSE) {
        const guide_clause_info *c = &rs->clauses[e->index];
        if (c->kind == GUIDE_CLAUSE_ROW) {
            jw_key(w, "table");
            jw_string(w, c->name);
            jw_key(w, "row");
            jw_integer(w, c->row);
            if (c->column) {
                jw_key(w, "column");
                jw_string(w, c->column);
            }
        } else {
            jw_key(w, "rule");
            jw_string(w, c->name);
        }
        jw_key(w, "cite");
        jw_string(w, c->cite);
        if (c->reading) {
            jw_key(w, "reading");
            jw_open_object(w);
            jw_key(w, "number");
            jw_integer(w, c->reading);
            jw_key(w, "text");
            jw_string(w, c->reading_text ? c->reading_text : "");
            jw_close_object(w);
        }
        jw_key(w, "line");
        jw_integer(w, c->line);
        jw_key(w, "status");
        jw_string(w, clause_status_word(c, e->status));
        jw_key(w, "values");
        reads_json(w, f, c);
        recorded_json(w, f, c);
        if (row_cells_shown(c, e)) {
            jw_key(w, "cells");
            jw_string(w, c->cells);
        }
    } else if (e->kind == GUIDE_EV_NOT_COMPUTABLE) {
        jw_key(w, "derived");
        jw_string(w, rs->vars[e->index].name);
        jw_key(w, "state");
        jw_string(w, "not computable");
        jw_key(w, "reason");
        jw_string(w, guide_not_computable_reason(rs));
    } else {
        int o = e->index, v = guide_first_output(rs) + o;
        const guide_output *out = &f->out[o];
        jw_key(w, "output");
        jw_string(w, rs->vars[v].name);
        if (labels)
            labels_json(w, f, v);
        jw_key(w, "decided");
        jw_string(w, how_word(e->status));
        if (out->state == GUIDE_CONCLUDED) {
            jw_key(w, "value");
            var_json(w, f, v);
        } else if (out->state != GUIDE_UNDETERMINED) {
            jw_key(w, "state");
            jw_string(w, guide_state_word(out->state));
        }
        if (guide_possible_count(f, o)) {
            jw_key(w, "possible");
            possible_json(w, f, o);
        }
        if (e->status == GUIDE_HOW_SEARCH) {
            jw_key(w, "without");
            asks_json(w, f, o);
            constraints_json(w, f, o);
        } else if (e->status == GUIDE_HOW_DEPENDS) {
            jw_key(w, "ask");
            asks_json(w, f, o);
        }
    }
    jw_close_object(w);
}

/* "not_applicable": the outputs no rule concludes for this case, in the ruleset's order, so that
 * a reader can tell "no decision needed" from "output missing"; left out when there is none, as
 * "possible" and "conflicts" are. */
static void not_applicable_json(jw *w, const guide_frame *f)
{
    const guide_ruleset_info *rs = f->rs;
    int open = 0;
    for (int i = 0; i < rs->noutputs; i++) {
        if (f->out[i].state != GUIDE_NOT_APPLICABLE)
            continue;
        if (!open++) {
            jw_key(w, "not_applicable");
            jw_open_array(w);
        }
        name_json(w, f, guide_first_output(rs) + i);
    }
    if (open)
        jw_close_array(w);
}

/* Writes the line built in w; when memory ran out building it, a line that says so instead:
 * one line per record, always (batch and run --format json rely on it). Returns 0, or -1 then. */
static int flush_record_line(jw *w, FILE *out)
{
    if (jw_flush_line(w, out) == 0)
        return 0;
    fputs("{\"error\":{\"field\":null,\"message\":\"out of memory writing the result\"}}\n", out);
    return -1;
}

static int print_result_json(FILE *out, const guide_frame *f, const guide_trace *t,
                             const guide_print_opts *o)
{
    const guide_ruleset_info *rs = f->rs;
    int first = guide_first_output(rs), nconflicts = 0, npossible = 0;
    jw w;
    jw_init(&w);
    jw_open_object(&w);
    if (f->id) {
        jw_key(&w, "id");
        jw_string(&w, f->id);
    }
    jw_key(&w, "ruleset");
    jw_open_object(&w);
    jw_key(&w, "name");
    jw_string(&w, rs->name);
    jw_key(&w, "version");
    jw_string(&w, rs->version);
    jw_key(&w, "sha256");
    jw_string(&w, rs->sha256);
    jw_close_object(&w);

    jw_key(&w, "outputs");
    jw_open_object(&w);
    for (int i = 0; i < rs->noutputs; i++)
        if (f->out[i].state == GUIDE_CONCLUDED) {
            name_key(&w, f, first + i);
            var_json(&w, f, first + i);
        }
    jw_close_object(&w);
    jw_key(&w, "undetermined");
    jw_open_object(&w);
    for (int i = 0; i < rs->noutputs; i++) {
        nconflicts += f->out[i].state == GUIDE_CONFLICT;
        npossible += guide_possible_count(f, i) > 0;
        if (f->out[i].state == GUIDE_UNDETERMINED) {
            name_key(&w, f, first + i);
            asks_json(&w, f, i);
        }
    }
    jw_close_object(&w);
    not_applicable_json(&w, f);
    if (o->labels) {
        jw_key(&w, "labels");
        jw_open_object(&w);
        for (int v = 0; v < rs->nvars; v++)
            if (has_labels(f, v)) {
                name_key(&w, f, v);
                jw_open_object(&w);
                labels_json(&w, f, v);
                jw_close_object(&w);
            }
        jw_close_object(&w);
    }
    if (npossible) {
        jw_key(&w, "possible");
        jw_open_object(&w);
        for (int i = 0; i < rs->noutputs; i++)
            if (guide_possible_count(f, i)) {
                name_key(&w, f, first + i);
                possible_json(&w, f, i);
            }
        jw_close_object(&w);
    }
    if (nconflicts) {
        jw_key(&w, "conflicts");
        jw_open_array(&w);
        for (int i = 0; i < rs->noutputs; i++)
            if (f->out[i].state == GUIDE_CONFLICT)
                jw_string(&w, rs->vars[first + i].name);
        jw_close_array(&w);
    }

    if (o->trace) {
        jw_key(&w, "trace");
        jw_open_array(&w);
        for (size_t i = 0; t && i < t->len; i++)
            if (event_shown(rs, &t->ev[i], o->trace))
                event_json(&w, f, &t->ev[i], o->labels);
        jw_close_array(&w);
        if (t && t->overflow) {
            jw_key(&w, "trace_truncated");
            jw_bool(&w, 1);
        }
    }
    jw_close_object(&w);
    return flush_record_line(&w, out);
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

/* Written in place of a text that memory ran out building: the line shows that it is not
 * whole, and the printer returns -1 (*oom set). */
static const char oom_mark[] = "(out of memory)";

/* The text of a variable's value as the case ended; oom_mark, with *oom set, when memory runs
 * out. */
static const char *var_text(const guide_frame *f, int v, char *buf, size_t len, int *oom)
{
    const guide_ruleset_info *rs = f->rs;
    int o = v - guide_first_output(rs);
    if (o >= 0) {
        if (f->out[o].state != GUIDE_CONCLUDED)
            return guide_state_word(f->out[o].state);
        if (f->out[o].is_null)
            return "ND";
    } else if (!f->known[v])
        return "unknown";
    if (guide_format_value_shown(rs, v, &f->val[v], buf, len) == GUIDE_FORMAT_FAILED) {
        *oom = 1;
        return oom_mark;
    }
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

/* After "decided without ...": " (constraints: A, B)", those constraint_relates names. */
static void put_constraints_note(FILE *out, const guide_frame *f, int output)
{
    int n = 0;
    for (int k = 0; k < f->rs->nconstraints; k++)
        if (constraint_relates(f, output, k))
            fprintf(out, "%s%s", n++ ? ", " : " (constraints: ", f->rs->constraints[k].name);
    if (n)
        fputc(')', out);
}

/* Writes the text sb built, or oom_mark (with *oom set) when memory ran out building it. */
static void put_built(FILE *out, const strbuf *sb, int *oom)
{
    if (sb_failed(sb)) {
        *oom = 1;
        fputs(oom_mark, out);
    } else
        put_clean(out, sb_str(sb));
}

/* "decided without mitoses_per_5mm2 (<= 5, (5, 10], > 10): each gives the same answer": the
 * unknown inputs output o was decided without, with the values the walk of its diagram tried
 * (guide_without_text), then the constraints that answer may owe to. */
static void put_decided_without(FILE *out, const guide_frame *f, int o, int *oom)
{
    strbuf sb = STRBUF_INIT;
    int n = guide_without_text(&sb, f, o);
    fputs("decided without ", out);
    put_built(out, &sb, oom);
    fputs(n > 1 ? ": each combination gives the same answer" : ": each gives the same answer", out);
    sb_free(&sb);
    put_constraints_note(out, f, o);
}

/* "T3 or T4": output o's possible answers, at most GUIDE_POSSIBLE_SHOWN of them. Returns how
 * many there are. */
static int put_possible(FILE *out, const guide_frame *f, int o, int *oom)
{
    strbuf sb = STRBUF_INIT;
    int n = guide_possible_text(&sb, f, o, GUIDE_POSSIBLE_SHOWN);
    put_built(out, &sb, oom);
    sb_free(&sb);
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
static const char *output_value_text(const guide_frame *f, int o, char *buf, size_t len, int *oom)
{
    const guide_output *out = &f->out[o];
    if (out->state == GUIDE_CONCLUDED && out->is_null)
        return "ND";
    return var_text(f, guide_first_output(f->rs) + o, buf, len, oom);
}

/* Whether the output line has a note after the value, and writes it when out is not NULL. */
static int output_note(FILE *out, const guide_frame *f, int o, const guide_print_opts *opts,
                       int *oom)
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
                fputs(st->is_null ? "; " : "", out);
                put_decided_without(out, f, o, oom);
            }
        }
        return 1;
    case GUIDE_CONFLICT:
        if (out)
            fputs("rules concluded different values", out);
        return 1;
    case GUIDE_UNDETERMINED: {
        int possible = guide_possible_count(f, o) > 0, ask = opts->missing && asks;
        if (st->how == GUIDE_HOW_SEARCH) {
            /* undetermined whatever the missing inputs: never "nothing to do" */
            if (out)
                fputs("whatever the missing inputs: a rule reads an output that has no value or is in "
                      "conflict; the guideline does not decide this case", out);
            return 1;
        }
        if (!possible && !ask)
            return 0;
        if (out) {
            if (possible)
                put_possible(out, f, o, oom);
            if (ask) {
                fputs(possible ? "; ask for " : "ask for ", out);
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
    int state = f->out[e->index].state;
    return state == GUIDE_CONCLUDED ? "decided" : guide_state_word(state);
}

/* Where a decision comes from: a quotation, `cites "§2.5"`, a reading, `reading 13 "..."`, or
 * both; then its line. buf holds GUIDE_VALUE_TEXT_MAX bytes: a citation and a reading of 4096
 * bytes each are cut there (the JSON trace has them whole). */
static const char *cite_text(const guide_clause_info *c, char *buf, size_t len)
{
    const char *cite = c->cite ? c->cite : "";
    if (c->reading && *cite)
        snprintf(buf, len, "cites \"%s\", reading %d \"%s\" (line %d)", cite, c->reading,
                 c->reading_text ? c->reading_text : "", c->line);
    else if (c->reading)
        snprintf(buf, len, "reading %d \"%s\" (line %d)", c->reading,
                 c->reading_text ? c->reading_text : "", c->line);
    else if (*cite)
        snprintf(buf, len, "cites \"%s\" (line %d)", cite, c->line);
    else
        snprintf(buf, len, "(line %d)", c->line);
    return buf;
}

/* "Risque de récidive (miettinen_risk)": a name with its display text, for people; oom_mark,
 * with *oom set, when memory runs out. */
static const char *name_shown(const guide_ruleset_info *rs, int v, char *buf, size_t len,
                              int *oom)
{
    strbuf sb = STRBUF_INIT;
    guide_name_text_shown(&sb, rs, v);
    const char *name = buf;
    if (sb_failed(&sb))
        *oom = 1, name = oom_mark;
    else
        snprintf(buf, len, "%s", sb_str(&sb));
    sb_free(&sb);
    return name;
}

static int imax(int a, int b)
{
    return a > b ? a : b;
}

/* Writes the trace of f; *oom set when memory ran out for a text (its place shows oom_mark). */
static void print_trace_text(FILE *out, const guide_frame *f, const guide_trace *t, int mode,
                             int *oom)
{
    const guide_ruleset_info *rs = f->rs;
    /* Holds a value, a label of names, or a citation (4096 bytes at most) and its line, whole. */
    char buf[GUIDE_VALUE_TEXT_MAX];
    if (!t || t->len == 0) {
        fputs("  trace: no events\n", out);
        if (t && t->overflow)
            fputs("  trace truncated: the trace buffer holds no events\n", out);
        return;
    }
    int lw = 0, sw = 0, cw = 0;
    for (size_t i = 0; i < t->len; i++) {
        const guide_event *e = &t->ev[i];
        if (!event_shown(rs, e, mode))
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
        if (!event_shown(rs, e, mode))
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
                put_clean(out, var_text(f, v, buf, sizeof buf, oom));
            }
            if (row_cells_shown(c, e)) { /* under the status: "cells: size_cm: (2, 5], ..." */
                fprintf(out, "\n    %*s  cells: ", lw, "");
                put_clean(out, c->cells);
            }
        } else if (e->kind == GUIDE_EV_NOT_COMPUTABLE) {
            put_padded(out, event_status(f, e), sw);
            fprintf(out, "  %s", guide_not_computable_reason(rs));
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
                put_clean(out, output_value_text(f, o, buf, sizeof buf, oom));
                if (e->status == GUIDE_HOW_SEARCH && asks) {
                    fputs(", ", out);
                    put_decided_without(out, f, o, oom);
                }
            } else if (st->state == GUIDE_CONFLICT)
                fputs("rules concluded different values", out);
            else if (st->state == GUIDE_UNDETERMINED) {
                int possible = put_possible(out, f, o, oom) > 0;
                if (asks) {
                    fputs(possible ? "; ask for " : "ask for ", out);
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

/* Writes f's result for people: 0, or -1 when memory ran out for a text (oom_mark shows where). */
static int print_result_text(FILE *out, const guide_frame *f, const guide_trace *t,
                             const guide_print_opts *o)
{
    int oom = 0;
    const guide_ruleset_info *rs = f->rs;
    int first = guide_first_output(rs);
    static const guide_state order[] = {GUIDE_CONCLUDED, GUIDE_CONFLICT, GUIDE_UNDETERMINED,
                                        GUIDE_NOT_APPLICABLE};
    int ngroups = o->trace ? 4 : 3;
    char buf[GUIDE_VALUE_TEXT_MAX];
    print_header_text(out, rs, f->id);

    int nw = 0, vw = 0, rows = 0;
    for (int g = 0; g < ngroups; g++)
        for (int i = 0; i < rs->noutputs; i++)
            if (f->out[i].state == order[g]) {
                nw = imax(nw, width(name_shown(rs, first + i, buf, sizeof buf, &oom)));
                vw = imax(vw, width(output_value_text(f, i, buf, sizeof buf, &oom)));
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
            put_padded(out, name_shown(rs, first + i, buf, sizeof buf, &oom), nw);
            const char *value = output_value_text(f, i, buf, sizeof buf, &oom);
            fputs("  ", out);
            if (output_note(NULL, f, i, o, &oom)) {
                put_padded(out, value, vw);
                fputs("  ", out);
                output_note(out, f, i, o, &oom);
            } else
                put_clean(out, value);
            fputc('\n', out);
        }
    if (o->trace)
        print_trace_text(out, f, t, o->trace, &oom);
    return oom ? -1 : 0;
}

/* ---- Entry points ------------------------------------------------------------------------ */

int guide_print_result(FILE *out, const guide_frame *f, const guide_trace *t,
                       const guide_print_opts *o)
{
    static const guide_print_opts defaults = {GUIDE_FMT_TEXT, 0, 0, 0};
    if (!out || !f || !f->rs)
        return 0;
    if (!o)
        o = &defaults;
    if (o->format == GUIDE_FMT_JSON)
        return print_result_json(out, f, t, o);
    return print_result_text(out, f, t, o);
}

int guide_print_case_error(FILE *out, const guide_ruleset_info *rs, const char *id,
                           const guide_case_error *err, int record, int line,
                           const guide_print_opts *o)
{
    (void)rs;
    if (!out || !err)
        return 0;
    if (o && o->format == GUIDE_FMT_JSON) {
        jw w;
        jw_init(&w);
        jw_open_object(&w);
        if (id) {
            jw_key(&w, "id");
            jw_string(&w, id);
        }
        jw_key(&w, "error");
        jw_open_object(&w);
        jw_key(&w, "field");
        jw_string(&w, err->field[0] ? err->field : NULL);
        jw_key(&w, "message");
        jw_string(&w, err->message);
        jw_key(&w, "record");
        jw_integer(&w, record);
        jw_key(&w, "line");
        jw_integer(&w, line);
        jw_close_object(&w);
        jw_close_object(&w);
        return flush_record_line(&w, out);
    }
    if (id) {
        fputs("case ", out);
        put_clean(out, id);
        fprintf(out, " (record %d, line %d): error: ", record, line);
    } else
        fprintf(out, "record %d (line %d): error: ", record, line);
    put_clean(out, err->message);
    fputc('\n', out);
    return 0;
}
