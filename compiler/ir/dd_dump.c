/* dd_dump.c — an output's decision diagram for people (`guidec dump --dd`): text, or DOT. */
#include "dd.h"

#include <math.h>

#include "strbuf.h"
#include "value_text.h"

void dd_cell_text(strbuf *sb, const ir_program *p, const guide_dd_level *lv, int cell)
{
    const ir_var *v = &p->vars[lv->var];
    if (!lv->pos_cell) {
        guide_value_text(sb, &p->info, lv->var, &v->dd_cells[cell]);
        return;
    }
    int pos = -1;
    for (int k = 0; k <= 2 * lv->ncuts && pos < 0; k++)
        if (lv->pos_cell[k] == cell)
            pos = k;
    const char *unit = v->unit ? v->unit->name : NULL;
    if (lv->ncuts == 0 || pos < 0)
        sb_puts(sb, "any");
    else if (pos % 2)
        sb_printf(sb, "= %.17g", lv->cuts[pos / 2]);
    else if (pos == 0)
        sb_printf(sb, "< %.17g", lv->cuts[0]);
    else if (pos == 2 * lv->ncuts)
        sb_printf(sb, "> %.17g", lv->cuts[lv->ncuts - 1]);
    else
        sb_printf(sb, "in (%.17g, %.17g)", lv->cuts[pos / 2 - 1], lv->cuts[pos / 2]);
    if (unit && lv->ncuts > 0 && pos >= 0)
        sb_printf(sb, " %s", unit);
}

static void leaf_text(strbuf *sb, const ir_program *p, const guide_dd *dd, int k)
{
    const guide_dd_leaf *l = &dd->leaves[k];
    if (dd->impossible == k + 1) {
        sb_puts(sb, "impossible (a constraint is broken)");
        return;
    }
    if (dd->output < 0) { /* a constraint's truth */
        sb_puts(sb, l->state != GUIDE_CONCLUDED ? guide_state_word(GUIDE_UNDETERMINED)
                    : l->v.b                    ? "holds"
                                                : "broken");
        return;
    }
    if (l->state != GUIDE_CONCLUDED)
        sb_puts(sb, guide_state_word(l->state));
    else if (l->is_null)
        sb_puts(sb, "ND");
    else
        guide_value_text(sb, &p->info, dd->output, &l->v);
}

static void ref_text(strbuf *sb, int32_t r)
{
    if (r < 0)
        sb_printf(sb, "L%d", -1 - r);
    else
        sb_printf(sb, "n%d", r);
}

/* DOT string: quotes and backslashes escaped. */
static void dot_quoted(FILE *out, const char *s)
{
    fputc('"', out);
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            fputc('\\', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

void dd_dump(FILE *out, const ir_program *p, int o, int dot)
{
    const guide_dd *dd = &p->dds[o];
    const char *name = p->vars[dd->output].name;
    strbuf sb;
    sb_init(&sb);
    if (dot) {
        fputs("digraph ", out);
        dot_quoted(out, name);
        fputs(" {\n  node [fontname=\"Helvetica\"];\n", out);
        for (int k = 0; k < dd->nleaves; k++) {
            sb_clear(&sb);
            leaf_text(&sb, p, dd, k);
            fprintf(out, "  L%d [shape=box, label=", k);
            dot_quoted(out, sb.data);
            fputs("];\n", out);
        }
        for (int n = dd->nnodes - 1; n >= 0; n--) {
            const guide_dd_level *lv = &dd->levels[dd->node_level[n]];
            fprintf(out, "  n%d [shape=ellipse, label=", n);
            dot_quoted(out, p->vars[lv->var].name);
            fputs("];\n", out);
            for (int c = 0; c < lv->ncells; c++) {
                sb_clear(&sb);
                ref_text(&sb, dd->kids[dd->node_kids[n] + c]);
                fprintf(out, "  n%d -> %s [label=", n, sb.data);
                sb_clear(&sb);
                dd_cell_text(&sb, p, lv, c);
                dot_quoted(out, sb.data);
                fputs("];\n", out);
            }
        }
        fputs("}\n", out);
        sb_free(&sb);
        return;
    }
    fprintf(out, "dd %s: %d nodes, %d answers, %d levels\n", name, dd->nnodes, dd->nleaves, dd->nlevels);
    for (int l = 0; l < dd->nlevels; l++) {
        const guide_dd_level *lv = &dd->levels[l];
        fprintf(out, "  level %d %s:", l, p->vars[lv->var].name);
        for (int c = 0; c < lv->ncells; c++) {
            sb_clear(&sb);
            dd_cell_text(&sb, p, lv, c);
            fprintf(out, "%s %s", c ? " |" : "", sb.data);
        }
        fputc('\n', out);
    }
    for (int k = 0; k < dd->nleaves; k++) {
        sb_clear(&sb);
        leaf_text(&sb, p, dd, k);
        fprintf(out, "  L%d = %s\n", k, sb.data);
    }
    sb_clear(&sb);
    ref_text(&sb, dd->root);
    fprintf(out, "  root %s\n", sb.data);
    for (int n = dd->nnodes - 1; n >= 0; n--) {
        const guide_dd_level *lv = &dd->levels[dd->node_level[n]];
        fprintf(out, "  n%d %s:", n, p->vars[lv->var].name);
        for (int c = 0; c < lv->ncells; c++) {
            sb_clear(&sb);
            ref_text(&sb, dd->kids[dd->node_kids[n] + c]);
            fprintf(out, " %s", sb.data);
        }
        fputc('\n', out);
    }
    sb_free(&sb);
}
