/* constraints.c — whether a case's known values can belong to a real case (guide.h
 * guide_constraints_check): each constraint's diagram, then all of them together, walked with
 * the one walk every evaluator uses (dd_walk.c); when the case is read, and once more when it
 * is evaluated if a constraint tests a derived value (guide_check_evaluated). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "guide.h"
#include "strbuf.h"
#include "value_text.h"

/* The walk's scratch, then its possible leaves (one word: a truth has three) and asks. */
size_t guide_constraints_work_size(const guide_ruleset_info *rs)
{
    size_t most = 0;
    for (int k = 0; k < rs->nconstraints; k++)
        if (guide_dd_work_size(&rs->constraints[k].dd) > most)
            most = guide_dd_work_size(&rs->constraints[k].dd);
    if (rs->consistent && guide_dd_work_size(rs->consistent) > most)
        most = guide_dd_work_size(rs->consistent);
    return most + 2 * (1 + (size_t)guide_input_words(rs));
}

/* Whether some world of the unknown inputs reaches a leaf other than `false`. */
static int may_hold(const guide_ruleset_info *rs, const guide_dd *dd, const guide_value *val,
                    const uint8_t *known, int32_t *work)
{
    /* asks after the walk's scratch, on the next 8-byte boundary (the size counts the slack) */
    uintptr_t at = ((uintptr_t)(work + guide_dd_work_size(dd)) + 7) & ~(uintptr_t)7;
    uint64_t possible, *asks = (uint64_t *)at;
    int leaf;
    guide_dd_walk(dd, rs->ninputs, val, known, work, NULL, &possible, asks, &leaf);
    memset(asks, 0, sizeof *asks * (size_t)guide_input_words(rs));
    for (int l = 0; l < dd->nleaves; l++) {
        const guide_dd_leaf *lf = &dd->leaves[l];
        if ((possible >> l & 1) && !(lf->state == GUIDE_CONCLUDED && !lf->v.b))
            return 1;
    }
    return 0;
}

int guide_constraints_check(const guide_ruleset_info *rs, const guide_value *val,
                            const uint8_t *known, int32_t *work)
{
    /* A world that satisfies them all satisfies each: one walk for a case that can occur, the
     * usual one; each constraint's own only to name the one a case breaks. */
    if (!rs->consistent || may_hold(rs, rs->consistent, val, known, work))
        return -1;
    for (int k = 0; k < rs->nconstraints; k++)
        if (!may_hold(rs, &rs->constraints[k].dd, val, known, work))
            return k;
    return rs->nconstraints;
}

int guide_constraints_read_derived(const guide_ruleset_info *rs)
{
    /* A world that satisfies them all satisfies each (guide_constraints_check): when this
     * diagram tests no derived value, no derived value changes the check's answer. */
    const guide_dd *dd = rs->consistent;
    for (int n = 0; dd && n < dd->nnodes; n++)
        if (dd->levels[dd->node_level[n]].var >= rs->ninputs)
            return 1;
    return 0;
}

/* Appends the known inputs in set to sb, as "name = value". */
static void put_values(const guide_frame *f, const uint64_t *set, strbuf *sb)
{
    const guide_ruleset_info *rs = f->rs;
    const char *sep = "";
    for (int v = 0; v < rs->ninputs; v++) {
        if (!(set[v / 64] >> (v % 64) & 1) || !f->known[v])
            continue;
        sb_printf(sb, "%s%s = ", sep, rs->vars[v].name);
        guide_value_text(sb, rs, v, &f->val[v]);
        sep = ", ";
    }
}

int guide_check_case(const guide_frame *f, guide_case_error *err)
{
    const guide_ruleset_info *rs = f->rs;
    if (!rs->nconstraints)
        return 0;
    int k = guide_constraints_check(rs, f->val, f->known, f->check_work);
    if (k < 0)
        return 0;
    strbuf sb = STRBUF_INIT;
    if (k < rs->nconstraints) {
        const guide_constraint_info *c = &rs->constraints[k];
        sb_printf(&sb, "the case breaks constraint %s (line %d", c->name, c->line);
        if (c->cite)
            sb_printf(&sb, ", cites \"%s\"", c->cite);
        if (c->reading)
            sb_printf(&sb, ", reading %d \"%s\"", c->reading, c->reading_text);
        sb_puts(&sb, "): ");
        put_values(f, c->dd.cone, &sb);
    } else {
        sb_puts(&sb, "no case satisfies every constraint (");
        for (int i = 0; i < rs->nconstraints; i++)
            sb_printf(&sb, "%s%s", i ? ", " : "", rs->constraints[i].name);
        sb_puts(&sb, ") with ");
        put_values(f, rs->consistent->cone, &sb);
    }
    memset(err, 0, sizeof *err);
    /* a message that could not be built says so rather than naming half the values */
    snprintf(err->message, sizeof err->message, "%s",
             sb_failed(&sb) ? "out of memory" : sb_str(&sb));
    sb_free(&sb);
    return -1;
}

int guide_check_evaluated(const guide_frame *f, guide_case_error *err)
{
    return f->check_evaluated ? guide_check_case(f, err) : 0;
}
