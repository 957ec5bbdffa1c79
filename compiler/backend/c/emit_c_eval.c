/* emit_c_eval.c — the C backend's evaluation of a case, as NAME.c writes it: conditions in
 * Kleene logic, the evaluation machinery every file holds (eval_state, set_clause, fold, walk),
 * derived values, rules and tables (with their lookups), and each output's answer. */
#include "emit_c_internal.h"

#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- Conditions ------------------------------------------------------------------------------- */

static void put_atom(ec *e, FILE *f, const ir_atom *a)
{
    const char *v = e->vc[a->var];
    const ir_var *x = &e->p->vars[a->var];
    /* An output no rule concludes for the case has no value: every test on it is false. */
    const char *out = x->kind == GUIDE_VAR_OUTPUT ? "OUT_" : "";
    char lo[48], hi[48];
    switch (a->kind) {
    case IR_A_BOOL: fprintf(f, "%sIS(%s, %d)", out, v, a->b ? 1 : 0); return;
    case IR_A_LABELS: {
        fprintf(f, "%sIN(%s, ", out, v);
        int n = 0;
        for (int l = 0; l < 64; l++)
            if ((a->labels >> l) & 1) {
                if (l < x->nlabels)
                    fprintf(f, "%sBIT(%s)", n ? " | " : "", e->lab[a->var][l]);
                else
                    fprintf(f, "%sBIT(%d)", n ? " | " : "", l);
                n++;
            }
        fputs(n ? ")" : "0)", f);
        return;
    }
    case IR_A_INTERVAL: break;
    }
    /* Values are finite (inputs are checked, arithmetic results are finite or not computable),
     * so an infinite bound always holds and is left out. */
    int has_lo = isfinite(a->lo), has_hi = isfinite(a->hi);
    fprintf(f, "%sTEST(%s, ", out, v);
    if (has_lo && has_hi && a->lo == a->hi && a->lo_closed && a->hi_closed)
        fprintf(f, "NUM(%s) == %s", v, ec_num(lo, sizeof lo, a->lo));
    else if (has_lo && has_hi)
        fprintf(f, "NUM(%s) %s %s && NUM(%s) %s %s", v, a->lo_closed ? ">=" : ">",
                ec_num(lo, sizeof lo, a->lo), v, a->hi_closed ? "<=" : "<", ec_num(hi, sizeof hi, a->hi));
    else if (has_lo)
        fprintf(f, "NUM(%s) %s %s", v, a->lo_closed ? ">=" : ">", ec_num(lo, sizeof lo, a->lo));
    else if (has_hi)
        fprintf(f, "NUM(%s) %s %s", v, a->hi_closed ? "<=" : "<", ec_num(hi, sizeof hi, a->hi));
    else
        fputs("1", f);
    fputc(')', f);
}

static void put_indent(FILE *f, int n)
{
    fputc('\n', f);
    for (int i = 0; i < n; i++)
        fputc(' ', f);
}

/* A Kleene expression (0, 1, 2) for a condition; and / or with several operands are folded to
 * the right, one operand per line at the top level (indent >= 0). */
static void put_cond(ec *e, FILE *f, const ir_cond *c, int indent)
{
    switch (c->kind) {
    case IR_C_TRUE: fputs("GK_T", f); return;
    case IR_C_ATOM: put_atom(e, f, &c->atom); return;
    case IR_C_NOT:
        fputs("gk_not(", f);
        put_cond(e, f, c->kids[0], -1);
        fputc(')', f);
        return;
    case IR_C_AND:
    case IR_C_OR: break;
    }
    const char *op = c->kind == IR_C_AND ? "gk_and" : "gk_or";
    if (c->nkids == 0) {
        fputs(c->kind == IR_C_AND ? "GK_T" : "GK_F", f);
        return;
    }
    for (int i = 0; i < c->nkids; i++) {
        if (i > 0 && indent >= 0)
            put_indent(f, indent);
        else if (i > 0)
            fputc(' ', f);
        if (i < c->nkids - 1)
            fprintf(f, "%s(", op);
        put_cond(e, f, c->kids[i], -1);
        if (i < c->nkids - 1)
            fputc(',', f);
    }
    for (int i = 0; i < c->nkids - 1; i++)
        fputc(')', f);
}

/* ---- Evaluation machinery (the same in every generated file) ---------------------------------- */

static const char *const machinery[] = {
    "/* ---- Evaluation state --------------------------------------------------------------- */\n",
    "\n",
    "/* One evaluation's working values, as the interpreter's frame: each variable's value and\n",
    " * known flag, each output's state, and what each rule and row came to; and the scratch of\n",
    " * the diagram walks. It lives on the stack of the evaluation. */\n",
    "typedef struct eval_state {\n",
    "    guide_value   v[DIM(NVARS)];\n",
    "    uint8_t       k[DIM(NVARS)];       /* known */\n",
    "    guide_output *out;                 /* [NOUTPUTS]: the caller's */\n",
    "    uint8_t       st[DIM(NCLAUSES)];   /* guide_clause_status */\n",
    "    uint8_t       eff[DIM(NCLAUSES)];  /* concludes: GK_T, GK_F or GK_U, after shadowing */\n",
    "    uint8_t       done[DIM(NUNITS)];   /* this table or rule is evaluated */\n",
    "    int32_t       combo[DIM(NTABLES)]; /* lookup: -1 not yet computed, -2 a column unknown */\n",
    "    guide_trace  *trace;               /* NULL: no trace */\n",
    "    int           work_zeroed;         /* work is zero: set by the first walk */\n",
    "    int32_t       work[DIM(WORK)];     /* guide_dd_walk's scratch, for the largest diagram */\n",
    "    guide_dd_memo *const *memo;        /* [NOUTPUTS]: the frame's memos of the walks, or NULL */\n",
    "} eval_state;\n",
    "\n",
    "/* Forgets which rules and tables were evaluated, and that the walks' scratch is zero: a new\n",
    " * evaluation. */\n",
    "static void reset(eval_state *s)\n",
    "{\n",
    "    memset(s->done, 0, sizeof s->done);\n",
    "    memset(s->combo, 0xff, sizeof s->combo);\n",
    "    s->work_zeroed = 0;\n",
    "}\n",
    "\n",
    "@set_clause",
    "/* A rule, or a row of a table without first hit: `when` w, `unless` u (interp.c eval_one). */\n",
    "static inline void set_clause(eval_state *s, int ci, int w, int u)\n",
    "{\n",
    "    int t = gk_and(w, gk_not(u));\n",
    "    s->eff[ci] = (uint8_t)t;\n",
    "    s->st[ci] = (uint8_t)(w == GK_F ? GUIDE_CL_NOT_FIRED : u == GK_T ? GUIDE_CL_EXCEPTED\n",
    "                          : t == GK_T ? GUIDE_CL_FIRED : GUIDE_CL_UNDETERMINED);\n",
    "}\n",
    "\n",
    "@first_row",
    "/* A row of a first-hit table (interp.c eval_first_table): it concludes only if no earlier\n",
    " * row matched, which *earlier tells. */\n",
    "static inline void first_row(eval_state *s, int ci, int w, int u, int *earlier)\n",
    "{\n",
    "    set_clause(s, ci, w, u);\n",
    "    int t = s->eff[ci];\n",
    "    s->eff[ci] = (uint8_t)gk_and(t, gk_not(*earlier));\n",
    "    if (t == GK_T && *earlier == GK_T)\n",
    "        s->st[ci] = GUIDE_CL_SHADOWED;\n",
    "    else if (s->eff[ci] == GK_U && s->st[ci] == GUIDE_CL_FIRED)\n",
    "        s->st[ci] = GUIDE_CL_UNDETERMINED;\n",
    "    *earlier = gk_or(*earlier, t);\n",
    "}\n",
    "\n",
    "@fill_rows",
    "/* A table whose columns are all known: the rows the lookup lists (row, status) matched,\n",
    " * were excepted or shadowed; the others did not match. */\n",
    "static inline void fill_rows(eval_state *s, int first, int n, const uint16_t *hits)\n",
    "{\n",
    "    memset(s->st + first, GUIDE_CL_NOT_FIRED, (size_t)n);\n",
    "    memset(s->eff + first, GK_F, (size_t)n);\n",
    "    for (; hits[0] != END_ROWS; hits += 2) {\n",
    "        s->st[first + hits[0]] = (uint8_t)hits[1];\n",
    "        s->eff[first + hits[0]] = hits[1] == GUIDE_CL_FIRED ? GK_T : GK_F;\n",
    "    }\n",
    "}\n",
    "\n",
    "@put",
    "/* An output's answer into the state (interp.c store_answer). Returns nonzero when it is\n",
    " * decided, that is not undetermined. */\n",
    "static inline int put(eval_state *s, int var, guide_state state, guide_how how, int is_null,\n",
    "                      guide_value v)\n",
    "{\n",
    "    s->out[var - FIRST_OUTPUT] = (guide_output){(uint8_t)state, (uint8_t)how, (uint8_t)is_null, 0};\n",
    "    s->v[var] = v;\n",
    "    s->k[var] = state == GUIDE_CONCLUDED && !is_null;\n",
    "    return state != GUIDE_UNDETERMINED;\n",
    "}\n",
    "\n",
    "/* An answer without a value: not applicable, undetermined or conflict. */\n",
    "static inline int put_state(eval_state *s, int var, guide_state state, guide_how how)\n",
    "{\n",
    "    guide_value none;\n",
    "    memset(&none, 0, sizeof none);\n",
    "    return put(s, var, state, how, 0, none);\n",
    "}\n",
    "\n",
    "@fold",
    "/* Folds a concluder into an output's answer (interp.c kleene_answer): the first one that\n",
    " * holds gives the value; a later one of another value class is a conflict (*clash). */\n",
    "static inline void fold(int eff, int pos, int klass, int *first, int *cls, int *clash,\n",
    "                        int *unknown)\n",
    "{\n",
    "    if (eff == GK_T) {\n",
    "        if (*first < 0) {\n",
    "            *first = pos;\n",
    "            *cls = klass;\n",
    "        } else if (*cls != klass)\n",
    "            *clash = 1;\n",
    "    } else if (eff == GK_U)\n",
    "        *unknown = 1;\n",
    "}\n",
    "\n",
    "@fold_set",
    "/* The same for a set output: every concluder that holds adds its labels. */\n",
    "static inline void fold_set(int eff, uint64_t bits, int *any, uint64_t *set, int *unknown)\n",
    "{\n",
    "    if (eff == GK_T) {\n",
    "        *any = 1;\n",
    "        *set |= bits;\n",
    "    } else if (eff == GK_U)\n",
    "        *unknown = 1;\n",
    "}\n",
    "\n",
    "@decode",
    "/* A lookup's answer: 0 not applicable, 1 conflict, 2 + p the value of concluder p. */\n",
    "static inline int decode(eval_state *s, int var, int code, const guide_value *values,\n",
    "                         const uint8_t *nulls)\n",
    "{\n",
    "    if (code < 2)\n",
    "        return put_state(s, var, code ? GUIDE_CONFLICT : GUIDE_NOT_APPLICABLE, GUIDE_HOW_DIRECT);\n",
    "    return put(s, var, GUIDE_CONCLUDED, GUIDE_HOW_DIRECT, nulls[code - 2], values[code - 2]);\n",
    "}\n",
    "\n",
    "@walk",
    "/* Output o, left open by Kleene logic: its decision diagram walked for the case (interp.c\n",
    " * walk_output). One reachable answer is the answer, decided without the unknown inputs of its\n",
    " * cone (asks); with more, o is undetermined, possible holds its possible answers and asks the\n",
    " * inputs that matter. The scratch is zeroed by the first walk of an evaluation, so that a\n",
    " * case Kleene logic decides never touches it; every walk leaves it zero. */\n",
    "static void walk(eval_state *s, int o, uint64_t *possible, uint64_t *asks)\n",
    "{\n",
    "    const guide_dd *dd = &dds[o];\n",
    "    int leaf;\n",
    "    if (!s->work_zeroed) {\n",
    "        memset(s->work, 0, sizeof s->work);\n",
    "        s->work_zeroed = 1;\n",
    "    }\n",
    "    guide_dd_memo *memo = s->memo ? s->memo[o] : NULL;\n",
    "    if (guide_dd_walk(dd, NINPUTS, s->v, s->k, s->work, memo, possible, asks, &leaf) == 1) {\n",
    "        const guide_dd_leaf *l = &dd->leaves[leaf];\n",
    "        memset(possible, 0, sizeof *possible * (size_t)guide_dd_leaf_words(dd));\n",
    "        put(s, FIRST_OUTPUT + o, (guide_state)l->state, GUIDE_HOW_SEARCH, l->is_null, l->v);\n",
    "    } else {\n",
    "        put_state(s, FIRST_OUTPUT + o, GUIDE_UNDETERMINED, GUIDE_HOW_DEPENDS);\n",
    "    }\n",
    "}\n",
    "\n",
    NULL};

/* Whether the generated code calls a helper of the machinery. */
static int helper_wanted(const ec *e, const char *name)
{
    const ir_program *p = e->p;
    int any_unit = 0, first_used = 0, fill = 0, fast_out = 0, plain = 0, set = 0;
    for (int u = 0; u < e->plan.nunits; u++)
        any_unit |= e->plan.unit_used[u];
    for (int t = 0; t < p->ntables; t++) {
        first_used |= e->plan.tp[t].used && p->tables[t].shadows;
        fill |= e->plan.tp[t].used && e->plan.tp[t].fast;
        fast_out |= e->plan.tp[t].fast && e->plan.tp[t].nfast > 0;
    }
    for (int v = guide_first_output(&p->info); v < p->nvars; v++) {
        if (!p->vars[v].nconcluders)
            continue;
        if (guide_type_repr(p->vars[v].type) == GUIDE_REPR_SET)
            set = 1;
        else
            plain = 1;
    }
    if (strcmp(name, "set_clause") == 0)
        return any_unit;
    if (strcmp(name, "first_row") == 0)
        return first_used;
    if (strcmp(name, "fill_rows") == 0)
        return fill;
    if (strcmp(name, "put") == 0)
        return p->noutputs > 0;
    if (strcmp(name, "fold") == 0)
        return plain;
    if (strcmp(name, "fold_set") == 0)
        return set;
    if (strcmp(name, "decode") == 0)
        return fast_out;
    if (strcmp(name, "walk") == 0)
        return p->noutputs > 0;
    return 1;
}

/* The evaluation machinery, each helper only where it is used: clang warns about unused static
 * inline functions. */
void ec_emit_machinery(ec *e)
{
    int on = 1;
    for (int i = 0; machinery[i]; i++) {
        if (machinery[i][0] == '@')
            on = helper_wanted(e, machinery[i] + 1);
        else if (on)
            fputs(machinery[i], e->c);
    }
}

/* ---- Derived values --------------------------------------------------------------------------- */

/* The enumerator of op in guide.h (GUIDE_AGG_MEAN): its name there, upper-cased. */
static const char *agg_upper(ec *e, guide_agg op)
{
    char *w = arena_strdup(&e->a, guide_agg_name(op));
    for (char *p = w; *p; p++)
        *p = (char)toupper((unsigned char)*p);
    return w;
}

/* The element tests of the aggregates in x (`count (x in L: x > 2)`), as static tables inside
 * the derived value's function: the cuts, and whether an element at each position around them
 * is kept (guide_cut_position). */
static void put_agg_tests(ec *e, FILE *c, const ir_expr *x, int *seq)
{
    if (!x)
        return;
    put_agg_tests(e, c, x->l, seq);
    put_agg_tests(e, c, x->r, seq);
    if (x->kind != IR_E_AGG || !x->test.holds)
        return;
    char buf[48];
    int n = x->test.ncuts, k = (*seq)++;
    fprintf(c, "    static const double cuts%d[%d] = {", k, n ? n : 1);
    for (int i = 0; i < n; i++)
        fprintf(c, "%s%s", i ? ", " : "", ec_num(buf, sizeof buf, x->test.cuts[i]));
    fprintf(c, "%s};\n    /* kept below the first cut, on it, between it and the next, ..., above the last */\n"
               "    static const uint8_t holds%d[%d] = {", n ? "" : "0", k, 2 * n + 1);
    for (int i = 0; i <= 2 * n; i++)
        fprintf(c, "%s%d", i ? ", " : "", x->test.holds[i]);
    fprintf(c, "};\n    static const guide_elem_test test%d = {%d, cuts%d, holds%d};\n", k, n, k, k);
}

/* Writes the expression as a sequence of temporaries; returns the number of the last one. */
static int put_expr(ec *e, FILE *c, const ir_expr *x, int *next)
{
    char buf[48];
    int l, r, me;
    switch (x->kind) {
    case IR_E_NUM:
        me = (*next)++;
        fprintf(c, "    int k%d = gx_num(%s, &x%d);\n", me, ec_num(buf, sizeof buf, x->num), me);
        return me;
    case IR_E_VAR:
        me = (*next)++;
        if (x->var < 0)
            fprintf(c, "    int k%d = GX_UNKNOWN;\n", me);
        else if (x->step > 0)
            fprintf(c, "    int k%d = gx_var(KNOWN(%s), guide_step_round(NUM(%s), %s), &x%d);\n", me,
                    e->vc[x->var], e->vc[x->var], ec_num(buf, sizeof buf, x->step), me);
        else
            fprintf(c, "    int k%d = gx_var(KNOWN(%s), NUM(%s), &x%d);\n", me, e->vc[x->var],
                    e->vc[x->var], me);
        return me;
    case IR_E_AGG:
        me = (*next)++;
        fprintf(c, "    int k%d = gx_agg(KNOWN(%s), GUIDE_AGG_%s, s->v[%s].list, %s, %s, &x%d);\n", me,
                e->vc[x->var], agg_upper(e, x->agg), e->vc[x->var], ec_num(buf, sizeof buf, x->step),
                x->test.holds ? arena_printf(&e->a, "&test%d", e->agg_seq++) : "NULL", me);
        return me;
    case IR_E_NEG:
        l = put_expr(e, c, x->l, next);
        me = (*next)++;
        fprintf(c, "    int k%d = gx_neg(k%d, x%d, &x%d);\n", me, l, l, me);
        return me;
    default: break;
    }
    l = put_expr(e, c, x->l, next);
    r = put_expr(e, c, x->r, next);
    me = (*next)++;
    const char *op = x->kind == IR_E_ADD ? "add" : x->kind == IR_E_SUB ? "sub"
                   : x->kind == IR_E_MUL ? "mul" : x->kind == IR_E_ELSE ? "else" : "div";
    fprintf(c, "    int k%d = gx_%s(k%d, x%d, k%d, x%d, &x%d);\n", me, op, l, l, r, r, me);
    return me;
}

static int count_expr(const ir_expr *x)
{
    return x ? 1 + count_expr(x->l) + count_expr(x->r) : 0;
}

void ec_emit_derived(ec *e, int vi)
{
    const ir_program *p = e->p;
    const ir_var *v = &p->vars[vi];
    FILE *c = e->c;
    if (v->is_match && v->src >= 0) {
        const ir_var *src = &p->vars[v->src];
        fprintf(c, "/* derived %s: its label for each label of %s. */\nstatic const int32_t %s[%d] = {\n",
                v->name, src->name, e->map_c[vi], ec_imax(src->nlabels, 1));
        for (int l = 0; l < src->nlabels; l++)
            fprintf(c, "    %s, /* %s */\n", e->lab[vi][v->map[l]], src->labels[l]);
        if (!src->nlabels)
            fputs("    0\n", c);
        fputs("};\n\n", c);
    }
    fprintf(c, "/* derived %s, line %d:", v->name, v->sp.first_line);
    ec_put_source_lines(e, c, v->sp, 0);
    fprintf(c, " */\nstatic int %s(eval_state *s)\n{\n", e->fn[vi]);
    if (v->is_match) {
        if (v->src < 0) {
            fprintf(c, "    s->k[%s] = 0;\n    s->v[%s].label = 0;\n    return 0;\n}\n\n", e->vc[vi], e->vc[vi]);
            return;
        }
        fprintf(c, "    s->k[%s] = s->k[%s];\n"
                   "    s->v[%s].label = s->k[%s] ? %s[s->v[%s].label] : 0;\n    return 0;\n}\n\n",
                e->vc[vi], e->vc[v->src], e->vc[vi], e->vc[vi], e->map_c[vi], e->vc[v->src]);
        return;
    }
    if (!v->expr) {
        fprintf(c, "    s->k[%s] = 0;\n    s->v[%s].num = 0;\n    return 0;\n}\n\n", e->vc[vi], e->vc[vi]);
        return;
    }
    int n = count_expr(v->expr), seq = 0;
    put_agg_tests(e, c, v->expr, &seq);
    e->agg_seq = 0;
    fputs("    /* each operation as interp.c eval_expr: unknown, known, or not computable */\n", c);
    fputs("    double", c);
    for (int i = 0; i < n; i++)
        fprintf(c, "%s x%d = 0", i ? "," : "", i);
    fputs(";\n", c);
    int next = 0, last = put_expr(e, c, v->expr, &next);
    if (guide_type_repr(v->type) == GUIDE_REPR_TRUTH) /* any, all */
        fprintf(c, "    s->k[%s] = k%d == GX_KNOWN;\n    s->v[%s].b = k%d == GX_KNOWN && x%d != 0;\n"
                   "    return k%d == GX_NOT_COMPUTABLE;\n}\n\n",
                e->vc[vi], last, e->vc[vi], last, last, last);
    else
        fprintf(c, "    s->k[%s] = k%d == GX_KNOWN;\n    s->v[%s].num = k%d == GX_KNOWN ? x%d : 0;\n"
                   "    return k%d == GX_NOT_COMPUTABLE;\n}\n\n",
                e->vc[vi], last, e->vc[vi], last, last, last);
}

/* ---- Rules and tables ------------------------------------------------------------------------- */

static void put_clause_comment(ec *e, FILE *c, int ci, const char *indent)
{
    const ir_clause *cl = &e->p->clauses[ci];
    fprintf(c, "%s/* ", indent);
    ec_put_clause_label(e, c, ci);
    fputs(" (", c);
    ec_put_comment(c, cl->cite, strlen(cl->cite));
    fprintf(c, "), line %d", cl->sp.first_line);
}

static void put_clause_call(ec *e, FILE *c, int ci, int first_hit)
{
    const ir_clause *cl = &e->p->clauses[ci];
    const char *fn = first_hit ? "first_row" : "set_clause";
    int ind = 4 + (int)strlen(fn) + 1;
    fprintf(c, "    %s(s, %d,\n%*s", fn, ci, ind, "");
    put_cond(e, c, cl->when, ind);
    fprintf(c, ",\n%*s", ind, "");
    if (cl->unless)
        put_cond(e, c, cl->unless, ind);
    else
        fputs("GK_F", c);
    fputs(first_hit ? ", &earlier);\n" : ");\n", c);
}

void ec_emit_rule(ec *e, int u)
{
    int ci = e->plan.unit_clause[u];
    const ir_clause *cl = &e->p->clauses[ci];
    FILE *c = e->c;
    put_clause_comment(e, c, ci, "");
    fputc(':', c);
    ec_put_source_lines(e, c, cl->sp, 0);
    fprintf(c, " */\nstatic void %s(eval_state *s)\n{\n    s->done[%s] = 1;\n", e->unit_fn[u], e->unit_c[u]);
    put_clause_call(e, c, ci, 0);
    fputs("}\n\n", c);
}

/* The cell a value falls in: 2i below cut i (and above cut i - 1), 2i + 1 on it. A sum of
 * comparisons against the sorted cuts, without branches, for a few cuts; a binary search
 * (gg_cell) for many. */
static void put_chain(FILE *c, const double *cuts, int n)
{
    char buf[48];
    if (n == 0) {
        fputs("0", c);
        return;
    }
    if (n > 8) {
        fputs("gk_cell(cuts, n, x)", c);
        return;
    }
    for (int i = 0; i < n; i++) {
        ec_num(buf, sizeof buf, cuts[i]);
        fprintf(c, "%s(x > %s) + (x >= %s)", i ? " + " : "", buf, buf);
    }
}

/* "size_cm in (2, 5)" for cell `cell` of column k, for comments. */
void ec_put_cell_text(ec *e, FILE *c, const eplan_table *tp, int k, int cell)
{
    const ir_var *v = &e->p->vars[tp->vars[k]];
    char a[48], b[48];
    if (guide_type_repr(v->type) == GUIDE_REPR_TRUTH) {
        fprintf(c, "%s %s", v->name, cell ? "true" : "false");
        return;
    }
    if (guide_type_repr(v->type) == GUIDE_REPR_LABEL) {
        fprintf(c, "%s %s", v->name, cell < v->nlabels ? v->labels[cell] : "?");
        return;
    }
    int n = tp->ncuts[k];
    const double *cuts = tp->cuts[k];
    if (n == 0)
        fprintf(c, "%s any", v->name);
    else if (cell % 2)
        fprintf(c, "%s = %s", v->name, ec_num(a, sizeof a, cuts[cell / 2]));
    else if (cell == 0)
        fprintf(c, "%s < %s", v->name, ec_num(a, sizeof a, cuts[0]));
    else if (cell == 2 * n)
        fprintf(c, "%s > %s", v->name, ec_num(a, sizeof a, cuts[n - 1]));
    else
        fprintf(c, "%s in (%s, %s)", v->name, ec_num(a, sizeof a, cuts[cell / 2 - 1]),
                ec_num(b, sizeof b, cuts[cell / 2]));
}

/* " -> risk = high; pct = ND" for the answer codes of a table's fast outputs, for comments. */
void ec_put_answers_comment(ec *e, FILE *c, const eplan_table *tp, int *const *codes, long combo)
{
    for (int j = 0; j < tp->nfast; j++) {
        int vi = tp->fast_vars[j], code = codes[j][combo];
        fprintf(c, "%s%s ", j ? "; " : " -> ", e->p->vars[vi].name);
        if (code < 2)
            fputs(code ? "conflict" : "not applicable", c);
        else {
            fputs("= ", c);
            ec_put_value_comment(e, c, vi, eplan_answer(e->p, vi, code));
        }
    }
}

/* cells_<table>: the combination of cells a lookup's columns fall in, or -2 when one is unknown. */
static void put_cells_fn(ec *e, int t)
{
    const ir_program *p = e->p;
    const ir_table *tb = &p->tables[t];
    const eplan_table *tp = &e->plan.tp[t];
    const table_names *tn = &e->tn[t];
    FILE *c = e->c;
    fprintf(c, "/* table %s: the combination of cells its columns fall in, or -2 when a column is\n"
               " * unknown. Cells:", tb->name);
    for (int k = 0; k < tp->nv; k++)
        fprintf(c, "%s %s %d", k ? "," : "", p->vars[tp->vars[k]].name, tp->ncells[k]);
    fprintf(c, "%s (the last turns fastest). */\nstatic int %s(eval_state *s)\n{\n",
            tp->nv ? "" : " none", tn->cells_fn);
    fprintf(c, "    if (s->combo[%d] != -1)\n        return s->combo[%d];\n", t, t);
    if (tp->nv) {
        fputs("    if (", c);
        for (int k = 0; k < tp->nv; k++)
            fprintf(c, "%s!KNOWN(%s)", k ? " || " : "", e->vc[tp->vars[k]]);
        fprintf(c, ")\n        return s->combo[%d] = -2;\n", t);
    }
    int need_x = 0;
    for (int k = 0; k < tp->nv; k++)
        need_x |= guide_type_is_numeric(p->vars[tp->vars[k]].type);
    if (need_x)
        fputs("    double x;\n", c);
    fputs("    int cell = 0;\n", c);
    for (int k = 0; k < tp->nv; k++) {
        const ir_var *v = &p->vars[tp->vars[k]];
        if (k > 0)
            fprintf(c, "    cell *= %d;\n", tp->ncells[k]);
        if (guide_type_repr(v->type) == GUIDE_REPR_TRUTH)
            fprintf(c, "    cell += BOOLV(%s);\n", e->vc[v->index]);
        else if (guide_type_repr(v->type) == GUIDE_REPR_LABEL)
            fprintf(c, "    cell += LABEL(%s);\n", e->vc[v->index]);
        else if (tp->ncuts[k] > 8) {
            fprintf(c, "    {\n        static const double cuts[%d] = {", tp->ncuts[k]);
            for (int i = 0; i < tp->ncuts[k]; i++) {
                char buf[48];
                fprintf(c, "%s%s", i ? ", " : "", ec_num(buf, sizeof buf, tp->cuts[k][i]));
            }
            fprintf(c, "};\n        x = NUM(%s);\n        cell += gk_cell(cuts, %d, x);\n    }\n",
                    e->vc[v->index], tp->ncuts[k]);
        } else {
            fprintf(c, "    x = NUM(%s);\n    cell += ", e->vc[v->index]);
            put_chain(c, tp->cuts[k], tp->ncuts[k]);
            fputs(";\n", c);
        }
    }
    fprintf(c, "    return s->combo[%d] = cell;\n}\n\n", t);
}

/* rows_<table>: the rows each combination matches, as (row, status) lists. */
static void put_rows_list(ec *e, int t)
{
    const ir_program *p = e->p;
    const ir_table *tb = &p->tables[t];
    const eplan_table *tp = &e->plan.tp[t];
    const table_names *tn = &e->tn[t];
    FILE *c = e->c;
    fprintf(c, "/* table %s: lists of (row, status) pairs, rows counted from its first clause; the\n"
               " * rows not listed do not match. */\nstatic const uint16_t %s[] = {\n", tb->name, tn->rows);
    for (int li = 0; li < tp->nlists; li++) {
        const int *l = tp->lists[li];
        fprintf(c, "    /* %d */", tp->list_off[li]);
        for (int k = 0; l[k] >= 0; k += 2) {
            static const char *const stn[] = {"GUIDE_CL_NOT_FIRED", "GUIDE_CL_FIRED",
                                              "GUIDE_CL_UNDETERMINED", "GUIDE_CL_EXCEPTED",
                                              "GUIDE_CL_SHADOWED"};
            fprintf(c, " %d, %s,", l[k], stn[l[k + 1]]);
        }
        fputs(" END_ROWS,", c);
        for (int k = 0; l[k] >= 0; k += 2) {
            fputs(k ? "," : " /*", c);
            fputc(' ', c);
            ec_put_clause_label(e, c, tb->first_clause + l[k]);
        }
        fputs(l[0] >= 0 ? " */\n" : " /* no row */\n", c);
    }
    fputs("};\n\n", c);
}

/* combos_<table>: per combination of cells, the offset of its rows and the answers of the outputs
 * only this table concludes. */
static void put_combos(ec *e, int t)
{
    const ir_program *p = e->p;
    const ir_table *tb = &p->tables[t];
    const eplan_table *tp = &e->plan.tp[t];
    const table_names *tn = &e->tn[t];
    FILE *c = e->c;
    fprintf(c, "/* table %s: per combination of cells, the offset of its rows", tb->name);
    if (tp->nfast) {
        fputs(" and the answer of\n * each output only this table concludes (", c);
        for (int j = 0; j < tp->nfast; j++)
            fprintf(c, "%s%s", j ? ", " : "", p->vars[tp->fast_vars[j]].name);
        fputs("): 0 not applicable, 1 conflict,\n * 2 + N the value of its concluder N", c);
    }
    fprintf(c, ". */\nstatic const struct {\n    %s rows;\n", tp->off_wide ? "uint32_t" : "uint16_t");
    if (tp->nfast)
        fprintf(c, "    %s ans[%d];\n", tp->ans_wide ? "uint16_t" : "uint8_t", tp->nfast);
    fprintf(c, "} %s[%ld] = {\n", tn->combos, tp->ncombos);
    int *cellv = arena_alloc(&e->a, sizeof(int) * ((size_t)tp->nv + 1));
    for (long cb = 0; cb < tp->ncombos; cb++) {
        eplan_digits(cb, tp->ncells, tp->nv, cellv);
        fprintf(c, "    {%d", tp->list_off[tp->combo_list[cb]]);
        if (tp->nfast) {
            fputs(", {", c);
            for (int j = 0; j < tp->nfast; j++)
                fprintf(c, "%s%d", j ? ", " : "", tp->ans[j][cb]);
            fputc('}', c);
        }
        fprintf(c, "}, /* %ld: ", cb);
        for (int k = 0; k < tp->nv; k++) {
            fputs(k ? ", " : "", c);
            ec_put_cell_text(e, c, tp, k, cellv[k]);
        }
        if (!tp->nv)
            fputs("any case", c);
        ec_put_answers_comment(e, c, tp, tp->ans, cb);
        fputs(" */\n", c);
    }
    fputs("};\n\n", c);
}

/* table_<table>: a table evaluated at once, by its lookup when every column is known, else row by
 * row in Kleene logic. */
static void put_table_fn(ec *e, int t)
{
    const ir_program *p = e->p;
    const ir_table *tb = &p->tables[t];
    const eplan_table *tp = &e->plan.tp[t];
    const table_names *tn = &e->tn[t];
    FILE *c = e->c;
    int u = e->plan.unit_of[tb->first_clause];
    fprintf(c, "/* table %s (", tb->name);
    ec_put_comment(c, tb->cite, strlen(tb->cite));
    fprintf(c, "), line %d, hit %s: rows 1 to %d are clauses %d to %d", tb->sp.first_line,
            guide_hit_word(tb->hit), tb->nrows ? p->clauses[tb->first_clause + tb->nrows - 1].row : 0,
            tb->first_clause, tb->first_clause + tb->nrows - 1);
    ec_put_source_lines(e, c, (span){tb->sp.first_line, 0, tb->sp.first_line, 0}, 0);
    fprintf(c, " */\nstatic void %s(eval_state *s)\n{\n    s->done[%s] = 1;\n", tn->fn, e->unit_c[u]);
    if (tp->fast) {
        fprintf(c, "    int cell = %s(s);\n    if (cell >= 0) {\n"
                   "        fill_rows(s, %d, %d, %s + %s[cell].rows);\n        return;\n    }\n"
                   "    /* a column is unknown: each row in Kleene logic */\n",
                tn->cells_fn, tb->first_clause, tb->nrows, tn->rows, tn->combos);
    }
    if (tb->shadows)
        fputs("    int earlier = GK_F;\n", c);
    for (int r = 0; r < tb->nrows; r++) {
        int ci = tb->first_clause + r;
        put_clause_comment(e, c, ci, "    ");
        fputc(':', c);
        ec_put_source_lines(e, c, (span){p->clauses[ci].sp.first_line, 0, p->clauses[ci].sp.first_line, 0}, 4);
        fputs(" */\n", c);
        put_clause_call(e, c, ci, tb->shadows);
    }
    fputs("}\n\n", c);
}

void ec_emit_table(ec *e, int t)
{
    const eplan_table *tp = &e->plan.tp[t];
    if (!tp->used && !tp->fast)
        return;
    if (tp->fast) {
        put_cells_fn(e, t);
        put_rows_list(e, t);
        put_combos(e, t);
    }
    if (tp->used)
        put_table_fn(e, t);
}

/* ---- Outputs ---------------------------------------------------------------------------------- */

/* An output's values and is_null by concluder, static in its function. */
static void put_values_table(ec *e, int vi)
{
    const ir_program *p = e->p;
    const ir_var *o = &p->vars[vi];
    FILE *c = e->c;
    fprintf(c, "    static const guide_value values[%d] = {\n", o->nconcluders);
    for (int i = 0; i < o->nconcluders; i++) {
        const ir_value *val = eplan_concl_for(&p->clauses[o->concluders[i]], vi);
        fputs("        ", c);
        ec_put_value_init(e, c, vi, &val->v);
        fprintf(c, "%s/* %d: ", i + 1 < o->nconcluders ? ", " : "  ", i);
        ec_put_clause_label(e, c, o->concluders[i]);
        fputs(" */\n", c);
    }
    fprintf(c, "    };\n    static const uint8_t nulls[%d] = {", o->nconcluders);
    for (int i = 0; i < o->nconcluders; i++)
        fprintf(c, "%s%d", i ? ", " : "", eplan_concl_for(&p->clauses[o->concluders[i]], vi)->is_null);
    fputs("};\n", c);
}

/* The rules and tables an output needs, each evaluated once per evaluation. */
static void put_units_needed(ec *e, int vi)
{
    const ir_program *p = e->p;
    const ir_var *o = &p->vars[vi];
    FILE *c = e->c;
    uint8_t *needed = arena_alloc(&e->a, (size_t)e->plan.nunits + 1);
    for (int i = 0; i < o->nconcluders; i++) {
        int u = e->plan.unit_of[o->concluders[i]];
        if (!needed[u]) {
            fprintf(c, "    if (!s->done[%s])\n        %s(s);\n", e->unit_c[u], e->unit_fn[u]);
            needed[u] = 1;
        }
    }
}

/* The trace records each rule and row when an output first needs it (interp.c eval_clause). */
static void put_trace_clauses(ec *e, int vi)
{
    FILE *c = e->c;
    const int *em = e->plan.emit[vi];
    if (em[0] >= 0) {
        fputs("    if (s->trace) {\n", c);
        for (int k = 0; em[k] >= 0; k += 2) {
            if (em[k] == em[k + 1])
                fprintf(c, "        guide_trace_add(s->trace, GUIDE_EV_CLAUSE, s->st[%d], %d);\n", em[k], em[k]);
            else
                fprintf(c, "        for (int ci = %d; ci <= %d; ci++)\n"
                           "            guide_trace_add(s->trace, GUIDE_EV_CLAUSE, s->st[ci], ci);\n",
                        em[k], em[k + 1]);
        }
        fputs("    }\n", c);
    }
}

/* Each concluder folded into the answer, in source order (fold, or fold_set for a set). */
static void put_fold(ec *e, int vi)
{
    const ir_program *p = e->p;
    const ir_var *o = &p->vars[vi];
    FILE *c = e->c;
    int set = guide_type_repr(o->type) == GUIDE_REPR_SET;
    if (set)
        fputs("    int any = 0, unknown = 0;\n    uint64_t set = 0;\n", c);
    else
        fputs("    int first = -1, cls = -1, clash = 0, unknown = 0;\n", c);
    for (int i = 0; i < o->nconcluders; i++) {
        int ci = o->concluders[i];
        const ir_value *val = eplan_concl_for(&p->clauses[ci], vi);
        if (set)
            fprintf(c, "    fold_set(s->eff[%d], UINT64_C(0x%llx), &any, &set, &unknown); /* ", ci,
                    (unsigned long long)val->v.set);
        else
            fprintf(c, "    fold(s->eff[%d], %d, %d, &first, &cls, &clash, &unknown); /* ", ci, i,
                    e->plan.klass[vi][i]);
        ec_put_clause_label(e, c, ci);
        fputs(": ", c);
        ec_put_value_comment(e, c, vi, val);
        fputs(" */\n", c);
    }
}

/* The answer the fold comes to: a conflict, undetermined when an unknown concluder could change
 * it, not applicable, or the value. */
static void put_fold_result(ec *e, int vi)
{
    const ir_program *p = e->p;
    const ir_var *o = &p->vars[vi];
    FILE *c = e->c;
    const char *V = e->vc[vi];
    int set = guide_type_repr(o->type) == GUIDE_REPR_SET;
    if (!set)
        fprintf(c, "    /* two rules or rows that hold disagree: more knowledge cannot undo that */\n"
                   "    if (clash)\n        return put_state(s, %s, GUIDE_CONFLICT, GUIDE_HOW_DIRECT);\n", V);
    fputs("    /* unknown rules and rows matter only if they could change the answer */\n    if (unknown) {\n", c);
    /* the line that ends each test below; V is a name of any length */
    char *undet = sb_format("            return put_state(s, %s, GUIDE_UNDETERMINED, GUIDE_HOW_DIRECT);\n", V);
    if (set) {
        fprintf(c, "        if (!any)\n%s", undet);
        for (int i = 0; i < o->nconcluders; i++) {
            int ci = o->concluders[i];
            fprintf(c, "        if (s->eff[%d] == GK_U && (UINT64_C(0x%llx) & ~set))\n%s", ci,
                    (unsigned long long)eplan_concl_for(&p->clauses[ci], vi)->v.set, undet);
        }
        fprintf(c, "    }\n    if (!any)\n        return put_state(s, %s, GUIDE_NOT_APPLICABLE, GUIDE_HOW_DIRECT);\n"
                   "    guide_value v;\n    memset(&v, 0, sizeof v);\n    v.set = set;\n"
                   "    return put(s, %s, GUIDE_CONCLUDED, GUIDE_HOW_DIRECT, 0, v);\n}\n\n", V, V);
        free(undet);
        return;
    }
    fprintf(c, "        if (first < 0)\n%s", undet);
    for (int i = 0; i < o->nconcluders; i++)
        fprintf(c, "        if (s->eff[%d] == GK_U && cls != %d)\n%s", o->concluders[i], e->plan.klass[vi][i], undet);
    fprintf(c, "    }\n    if (first < 0)\n        return put_state(s, %s, GUIDE_NOT_APPLICABLE, GUIDE_HOW_DIRECT);\n"
               "    return put(s, %s, GUIDE_CONCLUDED, GUIDE_HOW_DIRECT, nulls[first], values[first]);\n}\n\n", V, V);
    free(undet);
}

void ec_emit_answer(ec *e, int vi)
{
    const ir_program *p = e->p;
    const ir_var *o = &p->vars[vi];
    FILE *c = e->c;
    const char *V = e->vc[vi];
    fprintf(c, "/* output %s (%s, line %d): ", o->name, guide_type_phrase(o->type), o->sp.first_line);
    if (!o->nconcluders)
        fputs("no rule or row concludes it", c);
    else
        fprintf(c, "the %d rules and rows that conclude it, folded in\n * source order (interp.c "
                   "kleene_answer)", o->nconcluders);
    fprintf(c, ". Returns nonzero when Kleene logic decides it. */\nstatic int %s(eval_state *s)\n{\n",
            e->fn[vi]);
    if (!o->nconcluders) {
        fprintf(c, "    return put_state(s, %s, GUIDE_NOT_APPLICABLE, GUIDE_HOW_DIRECT);\n}\n\n", V);
        return;
    }
    int set = guide_type_repr(o->type) == GUIDE_REPR_SET;
    if (!set)
        put_values_table(e, vi);
    int t = e->plan.fast_table[vi];
    if (t >= 0)
        fprintf(c, "    if (!s->trace) { /* every column known: the answer is in the lookup */\n"
                   "        int cell = %s(s);\n        if (cell >= 0)\n"
                   "            return decode(s, %s, %s[cell].ans[%d], values, nulls);\n    }\n",
                e->tn[t].cells_fn, V, e->tn[t].combos, e->plan.fast_slot[vi]);
    put_units_needed(e, vi);
    put_trace_clauses(e, vi);
    put_fold(e, vi);
    put_fold_result(e, vi);
}
