/* an_sources.c — `check` warns on a rule or table that says neither where it comes from
 * (`cites "..."`, a quotation) nor how the guideline was read (`reading N "..."`): a reviewer
 * must be able to trace every decision back to the guideline. The same for a constraint, which
 * refuses cases and decides answers with unknown inputs. */
#include "analyse.h"

/* The first word of a rule, table or constraint: where the warning points. */
static span keyword_of(span sp, int len)
{
    sp.last_line = sp.first_line;
    sp.last_column = sp.first_column + len - 1;
    return sp;
}

static void warn(diag_ctx *d, span sp, const char *what, const char *name)
{
    diag_warning(d, sp, "%s '%s' has neither 'cites' nor 'reading'", what, name);
    diag_hint(d, "say where it comes from: cites \"§...\" for a passage of the guideline, "
              "reading N \"...\" for an interpretation (numbered as in the reading notes)");
}

void an_check_sources(diag_ctx *d, const ir_program *p)
{
    for (int i = 0; i < p->nclauses; i++) {
        const ir_clause *c = &p->clauses[i];
        if (c->kind == GUIDE_CLAUSE_RULE && !c->cite[0] && !c->reading)
            warn(d, keyword_of(c->sp, 4), "rule", c->name);
    }
    for (int t = 0; t < p->ntables; t++) {
        const ir_table *tb = &p->tables[t];
        int uncited = 0; /* rows inherit the table's citation, or cite their own */
        for (int k = tb->first_clause; k < tb->first_clause + tb->nrows && k < p->nclauses; k++)
            uncited |= !p->clauses[k].cite[0] && !p->clauses[k].reading;
        if (uncited)
            warn(d, keyword_of(tb->sp, 5), "table", tb->name);
    }
    for (int k = 0; k < p->nconstraints; k++) {
        const ir_constraint *c = &p->constraints[k];
        if (!c->cite && !c->reading)
            warn(d, keyword_of(c->sp, 10), "constraint", c->name);
    }
}
