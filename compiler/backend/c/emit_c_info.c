/* emit_c_info.c — the C backend's description of the ruleset, NAME_info, the constant libguide
 * reads and prints from: variables, clauses, tables, units, each output's decision diagram and
 * the constraints' diagrams. */
#include "emit_c_internal.h"

#include <stdint.h>
#include <string.h>

#include "dd.h"

/* ---- Decision diagrams ------------------------------------------------------------------------- */

/* An arithmetic level's derived values and their operands (guide_dd_level nderived): a walk
 * asks only for the unknown inputs read through unknown values. */
static void put_through(ec *e, FILE *c, int l)
{
    const guide_dd_level *lv = &e->p->levels[l];
    const char *t = e->dd_through[l];
    fprintf(c, "/* %s is computed through these derived values (itself first); operands: an input's\n"
               " * index, or -1 - k for the k-th of them. */\nstatic const int32_t %s[%d] = {",
            e->p->vars[lv->var].name, t, (int)lv->nderived);
    for (int k = 0; k < lv->nderived; k++)
        fprintf(c, "%s%s", k ? ", " : "", e->vc[lv->derived[k]]);
    fprintf(c, "};\nstatic const int32_t %s_at[%d] = {", t, (int)lv->nderived + 1);
    for (int k = 0; k <= lv->nderived; k++)
        fprintf(c, "%s%d", k ? ", " : "", (int)lv->from_at[k]);
    int n = lv->from_at[lv->nderived];
    fprintf(c, "};\nstatic const int32_t %s_from[%d] = {", t, n ? n : 1);
    for (int k = 0; k < n; k++) {
        int32_t x = lv->from[k];
        if (x >= 0)
            fprintf(c, "%s%s", k ? ", " : "", e->vc[x]);
        else
            fprintf(c, "%s%d", k ? ", " : "", (int)x);
    }
    fprintf(c, "%s};\n", n ? "" : "0");
}

/* A comment that ends the line: what (if not NULL), then the names of the inputs in set. */
static void put_inputs_comment(ec *e, FILE *c, const char *what, const uint64_t *set)
{
    const ir_program *p = e->p;
    fprintf(c, " /* %s%s", what ? what : "", what ? ": " : "");
    for (int i = 0, n = 0; i < p->ninputs; i++)
        if ((set[i / 64] >> (i % 64)) & 1)
            fprintf(c, "%s%s", n++ ? ", " : "", p->vars[i].name);
    fputs(" */\n", c);
}

/* A set of inputs ([input words]) as the initializer of a uint64_t[WORDS]. */
static void put_input_set(ec *e, FILE *c, const uint64_t *set)
{
    int words = guide_input_words(&e->p->info);
    fputc('{', c);
    for (int w = 0; w < ec_imax(words, 1); w++)
        fprintf(c, "%sUINT64_C(0x%llx)", w ? ", " : "", (unsigned long long)(w < words ? set[w] : 0));
    fputc('}', c);
}

/* A reference in a diagram: a node's number, or LEAF(k). */
static void put_ref(FILE *c, int32_t r)
{
    if (r < 0)
        fprintf(c, "LEAF(%d)", (int)(-1 - r));
    else
        fprintf(c, "%d", (int)r);
}

/* Diagram dd's levels, leaves and nodes, under names e->dd_*[ni]: output vi's (what names
 * it), or a constraint's (vi -1: its leaves are truths). */
static void emit_dd(ec *e, int ni, int vi, const char *what, const guide_dd *dd)
{
    const ir_program *p = e->p;
    FILE *c = e->c;
    static const char *const state_c[] = {"GUIDE_NOT_APPLICABLE", "GUIDE_CONCLUDED",
                                          "GUIDE_UNDETERMINED", "GUIDE_CONFLICT"};
    fprintf(c, "/* %s: %d node%s, %d lea%s, root ", what, dd->nnodes, dd->nnodes == 1 ? "" : "s",
            dd->nleaves, dd->nleaves == 1 ? "f" : "ves");
    if (dd->root < 0)
        fprintf(c, "L%d", (int)(-1 - dd->root));
    else
        fprintf(c, "n%d", (int)dd->root);
    fputs(" */\n", c);
    if (dd->nlevels) {
        fprintf(c, "static const guide_dd_level %s[%d] = {\n", e->dd_levels[ni], dd->nlevels);
        for (int l = 0; l < dd->nlevels; l++) {
            const guide_dd_level *lv = &dd->levels[l];
            int pl = p->vars[lv->var].dd_level;
            fprintf(c, "    {%s, %d, %d, %s, %s, dd_inputs[%d]", e->vc[lv->var], (int)lv->ncells,
                    (int)lv->ncuts, e->dd_cuts[pl] ? e->dd_cuts[pl] : "NULL",
                    e->dd_cells[pl] ? e->dd_cells[pl] : "NULL", pl);
            if (lv->nderived)
                fprintf(c, ", %d, %s, %s_at, %s_from},\n", (int)lv->nderived, e->dd_through[pl],
                        e->dd_through[pl], e->dd_through[pl]);
            else
                fputs(", 0, NULL, NULL, NULL},\n", c);
        }
        fputs("};\n", c);
    }
    fprintf(c, "static const guide_dd_leaf %s[%d] = {\n", e->dd_leaves[ni], ec_imax(dd->nleaves, 1));
    for (int k = 0; k < dd->nleaves; k++) {
        const guide_dd_leaf *lf = &dd->leaves[k];
        guide_value zero;
        memset(&zero, 0, sizeof zero);
        int st = lf->state <= GUIDE_CONFLICT ? lf->state : GUIDE_UNDETERMINED;
        fprintf(c, "    {%s, %d, ", state_c[st], (int)lf->is_null);
        if (vi < 0 && lf->v.b)
            fputs("{.b = 1}", c);
        else if (vi >= 0 && ((st == GUIDE_CONCLUDED && !lf->is_null) || memcmp(&lf->v, &zero, sizeof zero) != 0))
            ec_put_value_init(e, c, vi, &lf->v);
        else
            fputs("{0}", c);
        fprintf(c, "}, /* L%d: ", k);
        if (dd->impossible == k + 1) {
            fputs("impossible: a constraint is broken", c);
        } else if (vi < 0 && st == GUIDE_CONCLUDED) {
            fputs(lf->v.b ? "holds" : "broken", c);
        } else if (st == GUIDE_CONCLUDED) {
            ir_value val = {lf->v, lf->is_null};
            ec_put_value_comment(e, c, vi, &val);
        } else {
            fputs(guide_state_word(st), c);
        }
        fputs(" */\n", c);
    }
    if (!dd->nleaves)
        fputs("    {GUIDE_NOT_APPLICABLE, 0, {0}}\n", c);
    fputs("};\n", c);
    if (!dd->nnodes)
        return;
    fprintf(c, "static const int32_t %s[%d] = {", e->dd_nlevel[ni], dd->nnodes);
    for (int n = 0; n < dd->nnodes; n++)
        fprintf(c, "%s%d", n ? ", " : "", (int)dd->node_level[n]);
    fprintf(c, "};\nstatic const int32_t %s[%d] = {", e->dd_nkids[ni], dd->nnodes);
    for (int n = 0; n < dd->nnodes; n++)
        fprintf(c, "%s%d", n ? ", " : "", (int)dd->node_kids[n]);
    int nkids = 0;
    for (int n = 0; n < dd->nnodes; n++)
        nkids += dd->levels[dd->node_level[n]].ncells;
    fprintf(c, "};\nstatic const int32_t %s[%d] = {\n", e->dd_kids[ni], nkids);
    for (int n = 0; n < dd->nnodes; n++) {
        const guide_dd_level *lv = &dd->levels[dd->node_level[n]];
        fputs("   ", c);
        for (int k = 0; k < lv->ncells; k++) {
            fputc(' ', c);
            put_ref(c, dd->kids[dd->node_kids[n] + k]);
            fputc(',', c);
        }
        fprintf(c, " /* n%d: %s */\n", n, p->vars[lv->var].name);
    }
    fputs("};\n", c);
}

static void put_dd(ec *e, int ni, const char *output, const char *cone, const guide_dd *dd);

/* Every output's decision diagram (dd.h), as tables for guide_dd_walk, and dds[] naming them. */
static void emit_dds(ec *e)
{
    const ir_program *p = e->p;
    FILE *c = e->c;
    int first_out = guide_first_output(&p->info);
    char buf[48];
    fputs("\n/* ---- Decision diagrams (DESIGN.md item 8) ------------------------------------------ */\n\n"
          "/* Each output as a function of the inputs it depends on: a reduced ordered decision diagram\n"
          " * (guide.h guide_dd), which libguide's guide_dd_walk walks for a case with unknown inputs,\n"
          " * taking every branch of an unknown one. A level tests an input or an arithmetic value, cut\n"
          " * into the cells the rules tell apart; node n tests level node_level[n], and its child for\n"
          " * cell c is kids[node_kids[n] + c]: a node (numbered below its parent) or a leaf, an answer. */\n"
          "#define LEAF(k) (-1 - (k))\n\n", c);
    strbuf sb = STRBUF_INIT;
    fputs("/* The levels and their cells. A number's cells are positions around its cuts: below the\n"
          " * first, on it, between it and the next, ..., above the last; dd_cells_x gives the cell of\n"
          " * each position (-1 where no admissible value lies). */\n", c);
    for (int l = 0; l < p->nlevels; l++) {
        const guide_dd_level *lv = &p->levels[l];
        fprintf(c, "/* level %d, %s:", l, p->vars[lv->var].name);
        for (int k = 0; k < lv->ncells; k++) {
            sb_clear(&sb);
            dd_cell_text(&sb, p, lv, k);
            fputs(k ? " |" : "", c);
            fputc(' ', c);
            ec_put_comment(c, sb_str(&sb), sb.len);
        }
        fputs(" */\n", c);
        if (!e->dd_cuts[l])
            continue;
        fprintf(c, "static const double %s[%d] = {", e->dd_cuts[l], ec_imax(lv->ncuts, 1));
        for (int k = 0; k < lv->ncuts; k++)
            fprintf(c, "%s%s", k ? ", " : "", ec_num(buf, sizeof buf, lv->cuts[k]));
        fprintf(c, "%s};\nstatic const int32_t %s[%d] = {", lv->ncuts ? "" : "0", e->dd_cells[l],
                2 * lv->ncuts + 1);
        for (int k = 0; k <= 2 * lv->ncuts; k++)
            fprintf(c, "%s%d", k ? ", " : "", (int)lv->pos_cell[k]);
        fputs("};\n", c);
    }
    sb_free(&sb);
    if (p->nlevels) {
        fputs("/* The inputs each level stands for, asked for when it matters: an input itself, or those\n"
              " * an arithmetic value is computed from. */\n"
              "static const uint64_t dd_inputs[NLEVELS][WORDS] = {\n", c);
        for (int l = 0; l < p->nlevels; l++) {
            fputs("    ", c);
            put_input_set(e, c, p->levels[l].inputs);
            fputc(',', c);
            const ir_var *v = &p->vars[p->levels[l].var];
            put_inputs_comment(e, c, v->kind == GUIDE_VAR_INPUT ? NULL : v->name, p->levels[l].inputs);
        }
        fputs("};\n", c);
    }
    for (int l = 0; l < p->nlevels; l++)
        if (e->dd_through[l])
            put_through(e, c, l);
    fputs("/* The inputs each output depends on (its cone), by output. */\n"
          "static const uint64_t dd_cones[NOUTPUTS][WORDS] = {\n", c);
    for (int i = first_out; i < p->nvars; i++) {
        fputs("    ", c);
        put_input_set(e, c, p->dds[i - first_out].cone);
        fputc(',', c);
        put_inputs_comment(e, c, p->vars[i].name, p->dds[i - first_out].cone);
    }
    fputs("};\n\n", c);
    for (int i = first_out; i < p->nvars; i++) {
        char what[300];
        snprintf(what, sizeof what, "output %s", p->vars[i].name);
        emit_dd(e, i, i, what, &p->dds[i - first_out]);
    }
    fputs("\n/* By output: the output, its levels, nodes (levels, kids), root, leaves, cone, and the\n"
          " * impossible leaf + 1 (0: none). */\n"
          "static const guide_dd dds[NOUTPUTS] = {\n", c);
    for (int i = first_out; i < p->nvars; i++) {
        char cone[48];
        snprintf(cone, sizeof cone, "dd_cones[%d]", i - first_out);
        fputs("    ", c);
        put_dd(e, i, e->vc[i], cone, &p->dds[i - first_out]);
        fputs(",\n", c);
    }
    fputs("};\n", c);
}

/* The guide_dd initializer of dd, its tables under names e->dd_*[ni]. */
static void put_dd(ec *e, int ni, const char *output, const char *cone, const guide_dd *dd)
{
    FILE *c = e->c;
    fprintf(c, "{%s, %d, %s, %d, ", output, dd->nlevels, dd->nlevels ? e->dd_levels[ni] : "NULL",
            dd->nnodes);
    if (dd->nnodes)
        fprintf(c, "%s, %s, %s, ", e->dd_nlevel[ni], e->dd_nkids[ni], e->dd_kids[ni]);
    else
        fputs("NULL, NULL, NULL, ", c);
    put_ref(c, dd->root);
    fprintf(c, ", %d, %s, %s, %d}", dd->nleaves, e->dd_leaves[ni], cone, (int)dd->impossible);
}

/* The constraints (guide.h guide_constraint_info): each one's diagram of its truth, and that
 * of all of them together, which libguide's case readers walk to refuse an impossible case. */
static void emit_constraints(ec *e)
{
    const ir_program *p = e->p;
    FILE *c = e->c;
    int nv = p->nvars, nk = p->nconstraints;
    fputs("\n/* ---- Constraints ------------------------------------------------------------------ */\n\n"
          "/* What every real case satisfies: a case whose known inputs break one is refused, and\n"
          " * the answers above never count a world that breaks one (their impossible leaf). */\n"
          "static const uint64_t dd_constraint_cones[", c);
    fprintf(c, "%d][WORDS] = {\n", nk + 1);
    for (int k = 0; k <= nk; k++) {
        const guide_dd *dd = k < nk ? &p->constraint_dds[k] : p->consistent;
        fputs("    ", c);
        put_input_set(e, c, dd->cone);
        fputc(',', c);
        put_inputs_comment(e, c, k < nk ? p->constraints[k].name : "all", dd->cone);
    }
    fputs("};\n", c);
    for (int k = 0; k <= nk; k++) {
        char what[300];
        snprintf(what, sizeof what, "constraint %s", k < nk ? p->constraints[k].name : "all of them");
        emit_dd(e, nv + k, -1, what, k < nk ? &p->constraint_dds[k] : p->consistent);
    }
    fputs("\n/* By constraint: its name, citation, line, and its diagram. */\n", c);
    fprintf(c, "static const guide_constraint_info constraints[%d] = {\n", nk);
    for (int k = 0; k < nk; k++) {
        const ir_constraint *ic = &p->constraints[k];
        char cone[48];
        snprintf(cone, sizeof cone, "dd_constraint_cones[%d]", k);
        fputs("    {", c);
        ec_put_str(c, ic->name);
        fputs(", ", c);
        if (ic->cite)
            ec_put_str(c, ic->cite);
        else
            fputs("NULL", c);
        fprintf(c, ", %d, ", ic->sp.first_line);
        put_dd(e, nv + k, "-1", cone, &p->constraint_dds[k]);
        fprintf(c, ", %d, ", ic->reading);
        if (ic->reading_text)
            ec_put_str(c, ic->reading_text);
        else
            fputs("NULL", c);
        fputs("},\n", c);
    }
    char cone[48];
    snprintf(cone, sizeof cone, "dd_constraint_cones[%d]", nk);
    fputs("};\nstatic const guide_dd consistent = ", c);
    put_dd(e, nv + nk, "-1", cone, p->consistent);
    fputs(";\n", c);
}

/* ---- The ruleset description ------------------------------------------------------------------- */

/* `static const char *const KIND_I[N] = {...};`: a variable's labels, or their display texts. */
static void put_strings(FILE *c, const char *kind, int i, const char *const *s, int n)
{
    fprintf(c, "static const char *const %s_%d[%d] = {", kind, i, n);
    for (int l = 0; l < n; l++) {
        fputs(l ? ", " : "", c);
        ec_put_str(c, s[l]);
    }
    fputs("};\n", c);
}

/* Each variable's labels and their display texts, and vars[]: guide_var_info by variable. */
static void put_vars_info(ec *e)
{
    const ir_program *p = e->p;
    FILE *c = e->c;
    char lo[48], hi[48];
    for (int i = 0; i < p->nvars; i++) {
        const ir_var *v = &p->vars[i];
        if (v->nlabels)
            put_strings(c, "labels", i, v->labels, v->nlabels);
        if (v->nlabels && v->label_display)
            put_strings(c, "label_display", i, v->label_display, v->nlabels);
    }
    if (p->nvars) {
        fputs("\nstatic const guide_var_info vars[NVARS] = {\n", c);
        for (int i = 0; i < p->nvars; i++) {
            const ir_var *v = &p->vars[i];
            fprintf(c, "    {");
            ec_put_str(c, v->name);
            static const char *const kinds[] = {"GUIDE_VAR_INPUT", "GUIDE_VAR_DERIVED", "GUIDE_VAR_OUTPUT"};
            fprintf(c, ", %s, %s, ", kinds[v->kind], guide_type_enumerator(v->type));
            ec_put_str(c, v->unit ? v->unit->name : NULL);
            fprintf(c, ", %s, %s, %d, ", ec_num(lo, sizeof lo, v->lo), ec_num(hi, sizeof hi, v->hi), v->nlabels);
            if (v->nlabels)
                fprintf(c, "labels_%d", i);
            else
                fputs("NULL", c);
            fprintf(c, ", %d, ", v->sp.first_line);
            ec_put_str(c, v->display);
            if (v->label_display)
                fprintf(c, ", label_display_%d, %s},\n", i, ec_num(lo, sizeof lo, v->step));
            else
                fprintf(c, ", NULL, %s},\n", ec_num(lo, sizeof lo, v->step));
        }
        fputs("};\n", c);
    }
}

/* clause_reads[]: the variables each rule and row reads, clause after clause. */
static void put_clause_reads(ec *e)
{
    const ir_program *p = e->p;
    FILE *c = e->c;
    int nreads = 0;
    for (int i = 0; i < p->nclauses; i++)
        nreads += p->clauses[i].nreads;
    if (nreads) {
        fputs("\n/* The variables each rule and row reads, clause after clause. */\n"
              "static const int clause_reads[] = {\n", c);
        for (int i = 0; i < p->nclauses; i++) {
            const ir_clause *cl = &p->clauses[i];
            if (!cl->nreads)
                continue;
            fputs("   ", c);
            for (int k = 0; k < cl->nreads; k++)
                fprintf(c, " %s,", e->vc[cl->reads[k]]);
            fprintf(c, " /* %d */\n", i);
        }
        fputs("};\n", c);
    }
}

/* clauses[]: guide_clause_info by clause. */
static void put_clauses_info(ec *e)
{
    const ir_program *p = e->p;
    FILE *c = e->c;
    if (p->nclauses) {
        fputs("\nstatic const guide_clause_info clauses[NCLAUSES] = {\n", c);
        int off = 0;
        for (int i = 0; i < p->nclauses; i++) {
            const ir_clause *cl = &p->clauses[i];
            fprintf(c, "    {%s, ", cl->kind == GUIDE_CLAUSE_ROW ? "GUIDE_CLAUSE_ROW" : "GUIDE_CLAUSE_RULE");
            ec_put_str(c, cl->name);
            fprintf(c, ", %d, %d, ", cl->table, cl->row);
            ec_put_str(c, cl->column);
            fputs(", ", c);
            ec_put_str(c, cl->cite);
            fprintf(c, ", %d, %d, ", cl->sp.first_line, cl->nreads);
            if (cl->nreads)
                fprintf(c, "clause_reads + %d", off);
            else
                fputs("NULL", c);
            fprintf(c, ", %d, ", cl->reading);
            ec_put_str(c, cl->reading_text);
            fputs(", ", c);
            ec_put_str(c, cl->cells);
            fputs("},\n", c);
            off += cl->nreads;
        }
        fputs("};\n", c);
    }
}

/* tables[]: guide_table_info by table. */
static void put_tables_info(ec *e)
{
    const ir_program *p = e->p;
    FILE *c = e->c;
    if (p->ntables) {
        fputs("\nstatic const guide_table_info tables[NTABLES] = {\n", c);
        for (int t = 0; t < p->ntables; t++) {
            const ir_table *tb = &p->tables[t];
            fputs("    {", c);
            ec_put_str(c, tb->name);
            fputs(", ", c);
            ec_put_str(c, tb->cite);
            fprintf(c, ", %d, %s, %d, %d},\n", tb->sp.first_line, guide_hit_enumerator(tb->hit), tb->first_clause, tb->nrows);
        }
        fputs("};\n", c);
    }
}

/* units[]: the rule file's units. */
static void put_units_info(ec *e)
{
    const ir_program *p = e->p;
    FILE *c = e->c;
    char lo[48], hi[48];
    if (p->nunits) {
        fprintf(c, "\nstatic const guide_unit units[%d] = {\n", p->nunits);
        for (int i = 0; i < p->nunits; i++) {
            const guide_unit *u = &p->units[i];
            fputs("    {", c);
            ec_put_str(c, u->name);
            fputs(", ", c);
            ec_put_str(c, u->dimension);
            fprintf(c, ", %s, %s, ", ec_num(lo, sizeof lo, u->mul), ec_num(hi, sizeof hi, u->div));
            ec_put_str(c, u->desc);
            fputs("},\n", c);
        }
        fputs("};\n", c);
    }
}

/* NAME_info itself, pointing at the arrays above. */
static void put_ruleset_info(ec *e)
{
    const ir_program *p = e->p;
    FILE *c = e->c;
    fprintf(c, "\nconst guide_ruleset_info %s_info = {\n    ", e->name);
    ec_put_str(c, p->name);
    fputs(",\n    ", c);
    ec_put_str(c, p->title);
    fputs(",\n    ", c);
    ec_put_str(c, p->version);
    fputs(",\n    ", c);
    ec_put_str(c, p->source);
    fprintf(c, ",\n    \"%s\",\n    ", p->sha256);
    ec_put_str(c, p->info.path);
    fprintf(c, ",\n    NVARS, NINPUTS, NDERIVED, NOUTPUTS, %s,\n    NCLAUSES, %s,\n    NTABLES, %s,\n    %d, %s,\n    %s,\n",
            p->nvars ? "vars" : "NULL", p->nclauses ? "clauses" : "NULL",
            p->ntables ? "tables" : "NULL", p->nunits, p->nunits ? "units" : "NULL",
            p->noutputs ? "dds" : "NULL");
    if (p->nconstraints)
        fprintf(c, "    %d, constraints, &consistent,\n", p->nconstraints);
    else
        fputs("    0, NULL, NULL, /* no constraints */\n", c);
    fputs("};\n\n", c);
}

void ec_emit_info(ec *e)
{
    const ir_program *p = e->p;
    FILE *c = e->c;
    fputs("/* ---- The ruleset, for libguide ------------------------------------------------------ */\n\n", c);
    put_vars_info(e);
    put_clause_reads(e);
    put_clauses_info(e);
    put_tables_info(e);
    put_units_info(e);
    if (p->noutputs)
        emit_dds(e);
    if (p->nconstraints)
        emit_constraints(e);
    put_ruleset_info(e);
}
