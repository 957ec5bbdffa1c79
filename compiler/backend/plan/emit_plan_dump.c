/* emit_plan_dump.c — `guidec dump --plan`: the plan both backends compile from (emit_plan.h),
 * as text, so that the golden tests pin it directly rather than through the C and the .ll. */
#include "emit_plan.h"

#include <stdio.h>

/* Answer tables longer than this are summed up by their length. */
enum { PLAN_DUMP_MAX_ANSWERS = 4096 };

static const char *var_name(const ir_program *p, int v)
{
    return p->vars[v].name;
}

static void dump_clause(FILE *out, const ir_program *p, int ci)
{
    const ir_clause *c = &p->clauses[ci];
    if (c->table < 0)
        fprintf(out, "rule %s", c->name);
    else if (c->column)
        fprintf(out, "table %s row %d, %s", c->name, c->row, c->column);
    else
        fprintf(out, "table %s row %d", c->name, c->row);
}

/* "0 n/a", "1 conflict" or the concluder the answer code names (eplan_answer). */
static void dump_answer(FILE *out, const ir_program *p, int var, int code)
{
    if (code == 0)
        fputs("n/a", out);
    else if (code == 1)
        fputs("conflict", out);
    else {
        char buf[128];
        ir_format_value(p, var, eplan_answer(p, var, code), buf, sizeof buf);
        fputs(buf, out);
    }
}

/* The answers of n combinations, a line per `width` of them (the cells of the last column,
 * which turns fastest). */
static void dump_answers(FILE *out, const ir_program *p, int var, const int *ans, long n, int width)
{
    if (n > PLAN_DUMP_MAX_ANSWERS) {
        fprintf(out, " (%ld answers)\n", n);
        return;
    }
    fputc('\n', out);
    for (long k = 0; k < n; k++) {
        fputs(k % width == 0 ? "        " : " ", out);
        dump_answer(out, p, var, ans[k]);
        if (k % width == width - 1 || k == n - 1)
            fputc('\n', out);
    }
}

static void dump_column(FILE *out, const ir_program *p, const eplan *pl, const eplan_table *tp, int k)
{
    fprintf(out, "    column %s: %d cells", var_name(p, tp->vars[k]), tp->ncells[k]);
    if (tp->ncuts && tp->ncuts[k]) {
        fputs(", cut at", out);
        for (int j = 0; j < tp->ncuts[k]; j++)
            fprintf(out, " %.17g", tp->cuts[k][j]);
    }
    if (pl->direct && tp->nfast && tp->nclass) {
        fprintf(out, "; %d classes (%s):", tp->nclass[k],
                eplan_class_array(p, tp, k) ? "found in an array" : "computed");
        for (int j = 0; j < tp->ncells[k]; j++)
            fprintf(out, " %d", tp->class_of[k][j]);
    }
    fputc('\n', out);
}

static void dump_table(FILE *out, const ir_program *p, const eplan *pl, int t)
{
    const eplan_table *tp = &pl->tp[t];
    fprintf(out, "table %s: %s, %s", p->tables[t].name, tp->used ? "used" : "unused",
            tp->fast ? "looked up" : "row by row");
    if (!tp->fast) {
        fputc('\n', out);
        return;
    }
    fprintf(out, ", %ld combinations, %d lists of rows%s%s\n", tp->ncombos, tp->nlists,
            tp->ans_wide ? ", 16-bit answers" : "", tp->off_wide ? ", 32-bit offsets" : "");
    for (int k = 0; k < tp->nv; k++)
        dump_column(out, p, pl, tp, k);
    int last = tp->nv - 1;
    for (int s = 0; s < tp->nfast; s++) {
        int v = tp->fast_vars[s];
        fprintf(out, "    answers of %s, by cells:", var_name(p, v));
        dump_answers(out, p, v, tp->ans[s], tp->ncombos, last >= 0 ? tp->ncells[last] : 1);
        if (pl->direct && tp->class_ans) {
            fprintf(out, "    answers of %s, by classes:", var_name(p, v));
            dump_answers(out, p, v, tp->class_ans[s], tp->nclass_combos, last >= 0 ? tp->nclass[last] : 1);
        }
    }
    if (pl->direct && eplan_answers_all(p, tp))
        fputs("    answers every output: its row is copied into the output struct whole\n", out);
}

/* Each output: the lookup that answers it, its concluders' value classes, and the clause ranges
 * its trace records first. */
static void dump_output(FILE *out, const ir_program *p, const eplan *pl, int v)
{
    const ir_var *o = &p->vars[v];
    fprintf(out, "output %s:", o->name);
    if (pl->fast_table[v] >= 0)
        fprintf(out, " answered by the lookup of table %s (slot %d)", p->tables[pl->fast_table[v]].name,
                pl->fast_slot[v]);
    else
        fputs(" evaluated clause by clause", out);
    fputc('\n', out);
    for (int x = 0; x < o->nconcluders; x++) {
        char buf[128];
        ir_format_value(p, v, eplan_concl_for(&p->clauses[o->concluders[x]], v), buf, sizeof buf);
        fprintf(out, "    concluder %d: ", x);
        dump_clause(out, p, o->concluders[x]);
        fprintf(out, ": %s", buf);
        if (pl->klass[v][x] != x)
            fprintf(out, " (the value of concluder %d)", pl->klass[v][x]);
        fputc('\n', out);
    }
    if (pl->emit[v] && pl->emit[v][0] >= 0) {
        fputs("    traces first:", out);
        for (const int *r = pl->emit[v]; *r >= 0; r += 2)
            fprintf(out, " clauses %d-%d", r[0], r[1]);
        fputc('\n', out);
    }
}

void eplan_dump(FILE *out, const ir_program *p, const eplan *pl)
{
    fprintf(out, "plan of %s: %d units (tables, then rules), direct path: %s\n", p->info.name,
            pl->nunits, pl->direct ? "yes" : "no");
    for (int u = 0; u < pl->nunits; u++) {
        fprintf(out, "unit %d: ", u);
        if (pl->unit_clause[u] < 0)
            fprintf(out, "table %s", p->tables[u].name);
        else
            dump_clause(out, p, pl->unit_clause[u]);
        fputs(pl->unit_used[u] ? "\n" : " (unused)\n", out);
    }
    for (int t = 0; t < p->ntables; t++)
        dump_table(out, p, pl, t);
    for (int v = guide_first_output(&p->info); v < p->nvars; v++)
        dump_output(out, p, pl, v);
}
