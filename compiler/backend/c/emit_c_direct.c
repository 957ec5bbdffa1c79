/* emit_c_direct.c — the C backend's direct path (emit_plan.c plan_direct): each table's answers by
 * combination of classes, the class of a column's value, and eval_direct, which with every
 * column known and no trace copies the lookups' answers straight into the output struct. */
#include "emit_c_internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- The direct path --------------------------------------------------------------------------- */

/* "size_cm in (2, 5]" for class cls of column k of a table on the direct path, for comments. */
static void put_class_text(ec *e, FILE *c, const eplan_table *tp, int k, int cls)
{
    const ir_var *v = &e->p->vars[tp->vars[k]];
    char a[48], b[48];
    if (tp->nclass[k] == 1) {
        fprintf(c, "%s any", v->name);
        return;
    }
    if (guide_type_is_discrete(v->type)) {
        int n = 0;
        for (int j = 0; j < tp->ncells[k]; j++)
            n += tp->class_of[k][j] == cls;
        fprintf(c, "%s %s", v->name, n > 1 ? "in {" : "");
        for (int j = 0, m = 0; j < tp->ncells[k]; j++)
            if (tp->class_of[k][j] == cls)
                fprintf(c, "%s%s", m++ ? ", " : "",
                        guide_type_repr(v->type) == GUIDE_REPR_TRUTH ? (j ? "true" : "false") : v->labels[j]);
        fputs(n > 1 ? "}" : "", c);
        return;
    }
    int lo = 0, hi = tp->ncells[k] - 1; /* the cells of the class: lo to hi */
    while (tp->class_of[k][lo] != cls)
        lo++;
    while (tp->class_of[k][hi] != cls)
        hi--;
    const double *cuts = tp->cuts[k];
    if (lo == hi && lo % 2)
        fprintf(c, "%s = %s", v->name, ec_num(a, sizeof a, cuts[lo / 2]));
    else if (lo == 0)
        fprintf(c, "%s %s %s", v->name, hi % 2 ? "<=" : "<", ec_num(b, sizeof b, cuts[hi / 2]));
    else if (hi == tp->ncells[k] - 1)
        fprintf(c, "%s %s %s", v->name, lo % 2 ? ">=" : ">", ec_num(a, sizeof a, cuts[(lo - 1) / 2]));
    else
        fprintf(c, "%s in %c%s, %s%c", v->name, lo % 2 ? '[' : '(', ec_num(a, sizeof a, cuts[(lo - 1) / 2]),
                ec_num(b, sizeof b, cuts[hi / 2]), hi % 2 ? ']' : ')');
}

/* Output var's value in a C initializer: that of concluder code - 2, or 0 (codes 0 and 1). */
static void put_answer_value(ec *e, FILE *c, int var, int code)
{
    const ir_var *v = &e->p->vars[var];
    if (code < 2) {
        fputs(guide_type_repr(v->type) == GUIDE_REPR_RANGE ? "{0, 0}" : "0", c);
        return;
    }
    const guide_value *x = &eplan_answer(e->p, var, code)->v;
    char a[48], b[48];
    switch (guide_type_repr(v->type)) {
    case GUIDE_REPR_TRUTH: fprintf(c, "%d", (int)x->b); break;
    case GUIDE_REPR_LABEL:
        if (x->label >= 0 && x->label < v->nlabels)
            fputs(e->lab[var][x->label], c);
        else
            fprintf(c, "%d", (int)x->label);
        break;
    case GUIDE_REPR_RANGE: fprintf(c, "{%s, %s}", ec_num(a, sizeof a, x->range.lo), ec_num(b, sizeof b, x->range.hi)); break;
    default: fputs(ec_num(a, sizeof a, x->num), c); break;
    }
}

/* Whether the loop of columns_block reads the class array of column k of table t: a label's
 * classes there are a sum of thresholds, unless they change at too many labels. */
static int column_reads_class_array(ec *e, int t, int k)
{
    const eplan_table *tp = &e->plan.tp[t];
    guide_type ty = e->p->vars[tp->vars[k]].type;
    if (!e->tn[t].class_map[k])
        return 0;
    if (!guide_type_is_discrete(ty))
        return 1;
    int changes = 0;
    for (int j = 1; j < tp->ncells[k]; j++)
        changes += tp->class_of[k][j] != tp->class_of[k][j - 1];
    return changes > EPLAN_MAX_THRESHOLDS;
}

/* Table t's class arrays (only those the columns loop reads, unless for_direct: eval_direct
 * reads them all) and its answers by combination of classes. */
static void emit_direct_table(ec *e, int t, int for_direct)
{
    const ir_program *p = e->p;
    const eplan_table *tp = &e->plan.tp[t];
    const table_names *tn = &e->tn[t];
    FILE *c = e->c;
    for (int k = 0; k < tp->nv; k++) {
        if (!tn->class_map[k] || (!for_direct && !column_reads_class_array(e, t, k)))
            continue;
        const ir_var *v = &p->vars[tp->vars[k]];
        fprintf(c, "/* table %s: the class of each %s of %s. */\nstatic const %s %s[%d] = {\n",
                p->tables[t].name, guide_type_repr(v->type) == GUIDE_REPR_LABEL   ? "label"
                : guide_type_repr(v->type) == GUIDE_REPR_TRUTH ? "value"
                                                               : "cell",
                v->name, tp->nclass[k] > 255 ? "uint16_t" : "uint8_t", tn->class_map[k], tp->ncells[k]);
        for (int j = 0; j < tp->ncells[k]; j++) {
            fprintf(c, "    %d, /* ", tp->class_of[k][j]);
            ec_put_cell_text(e, c, tp, k, j);
            fputs(" */\n", c);
        }
        fputs("};\n\n", c);
    }
    fprintf(c, "/* table %s: per combination of classes (", p->tables[t].name);
    int any = 0;
    for (int k = 0; k < tp->nv; k++)
        if (tp->nclass[k] > 1)
            fprintf(c, "%s%s %d", any++ ? ", " : "", p->vars[tp->vars[k]].name, tp->nclass[k]);
    fprintf(c, "%s classes;\n * the last turns fastest), the state and value of each output it answers%s. */\n",
            any ? "" : "none", tn->as_output ? ":\n * every output, laid out as the first fields of the output struct" : "");
    if (tn->as_output) {
        fprintf(c, "struct %s {\n", tn->tag);
        for (int j = 0; j < tp->nfast; j++) {
            int vi = tp->fast_vars[j];
            fprintf(c, "    %-11s %s;\n", guide_type_c_type(p->vars[vi].type), e->out_field[vi]);
        }
        fprintf(c, "    guide_output state[%d];\n};\n", tp->nfast);
        fprintf(c, "_Static_assert(offsetof(struct %s, state) == offsetof(%s_output, state) &&\n"
                   "                   sizeof(struct %s) <= offsetof(%s_output, asks),\n"
                   "               \"struct %s is the start of %s_output\");\n",
                tn->tag, e->name, tn->tag, e->name, tn->tag, e->name);
        fprintf(c, "static const struct %s %s[%ld] = {\n", tn->tag, tn->direct, tp->nclass_combos);
    } else {
        fprintf(c, "struct %s {\n    guide_output state[%d]; /* ", tn->tag, tp->nfast);
        for (int j = 0; j < tp->nfast; j++)
            fprintf(c, "%s%s", j ? ", " : "", p->vars[tp->fast_vars[j]].name);
        fputs(" */\n", c);
        for (int j = 0; j < tp->nfast; j++) {
            int vi = tp->fast_vars[j];
            fprintf(c, "    %-11s %s;\n", guide_type_c_type(p->vars[vi].type), e->out_field[vi]);
        }
        fprintf(c, "};\nstatic const struct %s %s[%ld] = {\n", tn->tag, tn->direct, tp->nclass_combos);
    }
    static const char *const state_c[] = {"GUIDE_NOT_APPLICABLE", "GUIDE_CONFLICT"};
    int *cls = arena_alloc(&e->a, sizeof(int) * ((size_t)tp->nv + 1));
    for (long cc = 0; cc < tp->nclass_combos; cc++) {
        eplan_digits(cc, tp->nclass, tp->nv, cls);
        fputs("    {", c);
        for (int j = 0; tn->as_output && j < tp->nfast; j++) {
            put_answer_value(e, c, tp->fast_vars[j], tp->class_ans[j][cc]);
            fputs(", ", c);
        }
        fputs("{", c);
        for (int j = 0; j < tp->nfast; j++) {
            int vi = tp->fast_vars[j], code = tp->class_ans[j][cc];
            int nd = code >= 2 && eplan_answer(p, vi, code)->is_null;
            fprintf(c, "%s{%s, GUIDE_HOW_DIRECT, %d, 0}", j ? ", " : "", code < 2 ? state_c[code] : "GUIDE_CONCLUDED", nd);
        }
        fputs("}", c);
        for (int j = 0; !tn->as_output && j < tp->nfast; j++) {
            fputs(", ", c);
            put_answer_value(e, c, tp->fast_vars[j], tp->class_ans[j][cc]);
        }
        fprintf(c, "}, /* %ld: ", cc);
        any = 0;
        for (int k = 0; k < tp->nv; k++)
            if (tp->nclass[k] > 1) {
                fputs(any++ ? ", " : "", c);
                put_class_text(e, c, tp, k, cls[k]);
            }
        fputs(any ? "" : "any case", c);
        ec_put_answers_comment(e, c, tp, tp->class_ans, cc);
        fputs(" */\n", c);
    }
    fputs("};\n\n", c);
}

/* The class of label (or bool) f in column k of table t, for the loop of columns_block: as a sum
 * of thresholds passed when the classes change at few labels, so that it vectorises, else from
 * the class array; a value outside the type (a row the loop sends to the general path) gives a
 * class in range. */
static void put_label_class_sum(ec *e, FILE *c, int t, int k, const char *f)
{
    const eplan_table *tp = &e->plan.tp[t];
    const int *cl = tp->class_of[k];
    int n = tp->ncells[k], changes = 0;
    if (!e->tn[t].class_map[k]) { /* each label its own class */
        fprintf(c, "((uint32_t)%s < %d ? %s : 0)", f, n, f);
        return;
    }
    for (int j = 1; j < n; j++)
        changes += cl[j] != cl[j - 1];
    if (column_reads_class_array(e, t, k)) {
        fprintf(c, "%s[(uint32_t)%s < %d ? %s : 0]", e->tn[t].class_map[k], f, n, f);
        return;
    }
    int several = changes + (cl[0] != 0) > 1;
    fputs(several ? "(" : "", c);
    if (cl[0])
        fprintf(c, "%d", cl[0]);
    for (int j = 1, m = cl[0] != 0; j < n; j++) {
        int d = cl[j] - cl[j - 1];
        if (!d)
            continue;
        fprintf(c, "%s", m++ ? (d > 0 ? " + " : " - ") : (d > 0 ? "" : "-"));
        if (abs(d) != 1)
            fprintf(c, "%d * ", abs(d));
        fprintf(c, "(%s >= %d)", f, j);
    }
    fputs(several ? ")" : "", c);
}

/* The class of number f in column k of table t as the thresholds it passes: "(f >= 2) + (f > 5)",
 * each wrapped in wrap (GK_IS) when given. A threshold between cell j and j + 1: f >= cut when j
 * is below the cut, f > cut when j is at it. */
static void put_thresholds(ec *e, FILE *c, int t, int k, const char *f, const char *wrap)
{
    const eplan_table *tp = &e->plan.tp[t];
    char buf[48];
    for (int j = 0, m = 0; j + 1 < tp->ncells[k]; j++)
        if (tp->class_of[k][j] != tp->class_of[k][j + 1])
            fprintf(c, "%s%s(%s %s %s)", m++ ? " + " : "", wrap, f, j % 2 ? ">" : ">=",
                    ec_num(buf, sizeof buf, tp->cuts[k][j / 2]));
}

/* Table t's numeric columns with many cuts: their cuts, for gk_cell. */
static void put_cut_arrays(ec *e, FILE *c, int t, int ind)
{
    const eplan_table *tp = &e->plan.tp[t];
    char buf[48];
    for (int k = 0; k < tp->nv; k++)
        if (e->tn[t].class_map[k] && !guide_type_is_discrete(e->p->vars[tp->vars[k]].type)) {
            fprintf(c, "%*sstatic const double cuts_%d_%d[%d] = {", ind, "", t, k, tp->ncuts[k]);
            for (int i = 0; i < tp->ncuts[k]; i++)
                fprintf(c, "%s%s", i ? ", " : "", ec_num(buf, sizeof buf, tp->cuts[k][i]));
            fputs("};\n", c);
        }
}

/* The class of number f in column k of table t, for eval_direct, as the thresholds it passes
 * compared on f's bits (eplan_thresholds_on_bits): "(gk_bits(f) > UINT64_C(0x4000000000000000)
 * /\* > 2 *\/) + ...". Returns 0, writing nothing, when the plan says they are not. */
static int put_bit_thresholds(ec *e, FILE *c, int t, int k, const char *f)
{
    const eplan_table *tp = &e->plan.tp[t];
    if (!eplan_thresholds_on_bits(e->p, tp, k))
        return 0;
    char buf[48];
    for (int j = 0, m = 0; j + 1 < tp->ncells[k]; j++) {
        if (tp->class_of[k][j] == tp->class_of[k][j + 1])
            continue;
        double cut = tp->cuts[k][j / 2] + 0.0; /* -0 as +0 */
        uint64_t bits;
        memcpy(&bits, &cut, sizeof bits);
        fprintf(c, "%s(gk_bits(%s) %s UINT64_C(0x%016llx) /* %s %s */)", m++ ? " + " : "", f,
                j % 2 ? ">" : ">=", (unsigned long long)bits, j % 2 ? ">" : ">=", ec_num(buf, sizeof buf, cut));
    }
    return 1;
}

/* Table t's combination of classes into c<t>, declared at indentation ind, from x[i], the text of
 * input i's value (in->x): each column's class times its stride (the last column turns
 * fastest), summed, so that the terms (a class array's load, comparisons) are computed side by
 * side rather than each waiting for the one before. */
static void put_direct_index(ec *e, FILE *c, int t, const char *const *x, int ind)
{
    const ir_program *p = e->p;
    const eplan_table *tp = &e->plan.tp[t];
    const table_names *tn = &e->tn[t];
    long *stride = arena_alloc(&e->a, sizeof(long) * ((size_t)tp->nv + 1));
    for (int k = tp->nv - 1, s = 1; k >= 0; k--) {
        stride[k] = s;
        s *= tp->nclass[k];
    }
    fprintf(c, "%*s/* table %s */\n", ind, "", p->tables[t].name);
    put_cut_arrays(e, c, t, ind);
    fprintf(c, "%*ssize_t c%d =", ind, "", t);
    const char *sep = " ", *next = arena_printf(&e->a, "\n%*s+ ", ind + 7 + (t > 9), "");
    for (int k = 0; k < tp->nv; k++) {
        const ir_var *v = &p->vars[tp->vars[k]];
        const char *f = x[v->index];
        if (tp->nclass[k] == 1)
            continue;
        fputs(sep, c);
        sep = next;
        if (stride[k] > 1)
            fprintf(c, "%ld * ", stride[k]);
        if (guide_type_is_discrete(v->type) && tn->class_map[k])
            fprintf(c, "%s[%s]", tn->class_map[k], f);
        else if (guide_type_is_discrete(v->type))
            fputs(f, c);
        else if (tn->class_map[k])
            fprintf(c, "%s[gk_cell(cuts_%d_%d, %d, %s)]", tn->class_map[k], t, k, tp->ncuts[k], f);
        else {
            int several = tp->nclass[k] > 2; /* more than one threshold: a sum */
            fputs(several ? "(" : "", c);
            if (!put_bit_thresholds(e, c, t, k, f))
                put_thresholds(e, c, t, k, f, "");
            fputs(several ? ")" : "", c);
        }
    }
    if (strcmp(sep, " ") == 0)
        fputs(" 0; /* no column tells its answers apart */\n", c);
    else
        fputs(";\n", c);
}

/* The same combination for the loop of columns_block, as a sum of each column's class times its
 * stride: the labels' and the class arrays' in int, the numbers' thresholds in one double
 * (GK_IS), which gcc vectorises; in range for every row, also those the loop sends to the
 * general path. */
void ec_put_column_index(ec *e, FILE *c, int t, const char *const *x, int ind)
{
    const ir_program *p = e->p;
    const eplan_table *tp = &e->plan.tp[t];
    const table_names *tn = &e->tn[t];
    long *stride = arena_alloc(&e->a, sizeof(long) * ((size_t)tp->nv + 1));
    for (int k = tp->nv - 1, s = 1; k >= 0; k--) {
        stride[k] = s;
        s *= tp->nclass[k];
    }
    fprintf(c, "%*s/* table %s */\n", ind, "", p->tables[t].name);
    put_cut_arrays(e, c, t, ind);
    fprintf(c, "%*sint32_t c%d =", ind, "", t);
    const char *sep = " ", *next = arena_printf(&e->a, "\n%*s+ ", ind + 11, "");
    for (int pass = 0; pass < 2; pass++) { /* the int terms, then the double ones in one cast */
        int any = 0;
        for (int k = 0; k < tp->nv; k++) {
            const ir_var *v = &p->vars[tp->vars[k]];
            const char *f = x[v->index];
            int label = guide_type_is_discrete(v->type);
            if (tp->nclass[k] == 1 || pass != (!label && !tn->class_map[k]))
                continue;
            fprintf(c, "%s%s", pass && any ? " + " : sep, pass && !any ? "(int32_t)(" : "");
            sep = next;
            any = 1;
            if (stride[k] > 1)
                fprintf(c, "%ld * ", stride[k]);
            if (label)
                put_label_class_sum(e, c, t, k, f);
            else if (tn->class_map[k])
                fprintf(c, "%s[gk_cell(cuts_%d_%d, %d, %s)]", tn->class_map[k], t, k, tp->ncuts[k], f);
            else {
                fputc('(', c);
                put_thresholds(e, c, t, k, f, "GK_IS");
                fputc(')', c);
            }
        }
        if (pass && any)
            fputc(')', c);
    }
    if (strcmp(sep, " ") == 0)
        fputs(" 0", c);
    fputs(";\n", c);
}

/* The inputs the tables on the direct path read (their columns), a set of WORDS words. */
uint64_t *ec_direct_need(ec *e)
{
    int words = ec_imax(guide_input_words(&e->p->info), 1);
    uint64_t *need = arena_alloc(&e->a, sizeof(uint64_t) * (size_t)words);
    for (int t = 0; t < e->p->ntables; t++)
        for (int k = 0; e->plan.tp[t].nfast && k < e->plan.tp[t].nv; k++)
            need[e->plan.tp[t].vars[k] / 64] |= UINT64_C(1) << (e->plan.tp[t].vars[k] % 64);
    return need;
}

/* The direct path: eval_direct (unless with_fn is 0), and the arrays it reads, into c. */
void ec_emit_direct(ec *e, FILE *c, int with_fn)
{
    const ir_program *p = e->p;
    int first_out = guide_first_output(&p->info), words = ec_imax(guide_input_words(&p->info), 1);
    FILE *saved = e->c;
    e->c = c; /* emit_direct_table writes to e->c */
    fputs("/* ---- The direct path: every column known, no trace ------------------------------- */\n\n"
          "/* Every output of this ruleset is answered by a table's lookup, and every derived value is\n"
          " * a match on an input. So when every column of those tables is known and no trace is\n"
          " * asked for, a case needs nothing but the lookups: eval_direct writes their answers\n"
          " * straight into the output struct, the values and states the general path below\n"
          " * writes, and the derived values. It writes no asks and no possible answers: they are\n"
          " * for outputs a diagram decided or left open (how GUIDE_HOW_SEARCH or DEPENDS). Cells\n"
          " * that no answer tells apart are merged into classes. */\n\n", c);
    for (int t = 0; t < p->ntables; t++)
        if (e->plan.tp[t].nfast)
            emit_direct_table(e, t, with_fn);
    e->c = saved;
    if (!with_fn)
        return;
    uint64_t *need = ec_direct_need(e);
    const char **in_text = arena_alloc(&e->a, sizeof(char *) * ((size_t)p->ninputs + 1));
    for (int i = 0; i < p->ninputs; i++)
        in_text[i] = arena_printf(&e->a, "in->%s", e->in_field[i]);
    fprintf(c, "/* Evaluates the case on the direct path and returns 1; or returns 0, having written nothing,\n"
               " * when the general path must: a column unknown, or a known input outside its type or\n"
               " * range (the general path says which). */\nstatic inline int %s(const %s_input *restrict in, %s_output *restrict out)\n{\n",
            e->direct_fn, e->name, e->name);
    for (int w = 0; w < words; w++)
        if (need[w])
            fprintf(c, "    if ((in->known[%d] & UINT64_C(0x%llx)) != UINT64_C(0x%llx))\n        return 0;\n", w,
                    (unsigned long long)need[w], (unsigned long long)need[w]);
    /* One test and branch per input: in the common case, every branch falls through. */
    for (int i = 0; i < p->ninputs; i++) {
        int column = (int)((need[i / 64] >> (i % 64)) & 1);
        fputs("    if (", c);
        if (!column)
            fprintf(c, "%s_KNOWS(in, %s) && ", e->upper, e->pub[i]);
        ec_put_direct_reject(e, c, i);
        fputs(")\n        return 0;\n", c);
    }
    for (int t = 0; t < p->ntables; t++) {
        const eplan_table *tp = &e->plan.tp[t];
        if (!tp->nfast)
            continue;
        put_direct_index(e, c, t, in_text, 4);
        if (e->tn[t].as_output && !e->in_header) {
            fprintf(c, "    memcpy(out, &%s[c%d], sizeof %s[c%d]); /* values and states */\n",
                    e->tn[t].direct, t, e->tn[t].direct, t);
            continue;
        }
        /* field by field (inline in the caller: a field it never reads is not stored), from a
         * copy of the row, which gcc loads whole rather than field by field */
        fprintf(c, "    const struct %s r%d = %s[c%d];\n", e->tn[t].tag, t, e->tn[t].direct, t);
        for (int j = 0; j < tp->nfast; j++) {
            int vi = tp->fast_vars[j];
            fprintf(c, "    out->state[%s] = r%d.state[%d];\n    out->%s = r%d.%s;\n", e->pub[vi], t, j,
                    e->out_field[vi], t, e->out_field[vi]);
        }
    }
    /* derived values: each word of derived_known in one store, its constant bits those of the
     * values whose input is a column (known: tested above) */
    int dwords = (p->nderived + 63) / 64;
    uint64_t *dconst = arena_alloc(&e->a, sizeof(uint64_t) * (size_t)(dwords + 1));
    for (int i = p->ninputs; i < first_out; i++) {
        const ir_var *v = &p->vars[i];
        int d = i - p->ninputs;
        if (v->src < 0) {
            fprintf(c, "    out->%s = 0;\n", e->out_field[i]);
        } else if ((need[v->src / 64] >> (v->src % 64)) & 1) {
            fprintf(c, "    out->%s = %s[in->%s];\n", e->out_field[i], e->map_c[i], e->in_field[v->src]);
            dconst[d / 64] |= UINT64_C(1) << (d % 64);
        } else {
            fprintf(c, "    out->%s = %s_KNOWS(in, %s) ? %s[in->%s] : 0;\n", e->out_field[i], e->upper,
                    e->pub[v->src], e->map_c[i], e->in_field[v->src]);
        }
    }
    for (int w = 0; w < dwords; w++) {
        fprintf(c, "    out->derived_known[%d] = UINT64_C(0x%llx)", w, (unsigned long long)dconst[w]);
        for (int i = p->ninputs + 64 * w; i < first_out && i < p->ninputs + 64 * (w + 1); i++) {
            const ir_var *v = &p->vars[i];
            if (v->src >= 0 && !((need[v->src / 64] >> (v->src % 64)) & 1))
                fprintf(c, "\n        | (uint64_t)%s_KNOWS(in, %s) << (%s %% 64)", e->upper, e->pub[v->src], e->pub[i]);
        }
        fputs(";\n", c);
    }
    fputs("    return 1;\n}\n\n", c);
}
