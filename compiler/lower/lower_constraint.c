/* lower_constraint.c — constraints between inputs (`constraint NAME when C then D`) into the IR.
 *
 * A constraint states what every real case satisfies; it concludes nothing. So it may read only
 * what a case gives: inputs, and the derived values computed from them. An output is refused,
 * since whether a case is possible must not depend on the rules being judged. */
#include <string.h>

#include "lower_internal.h"

/* Reports the first atom of cond that reads an output; returns nonzero if there is one. */
static int reads_output(lower_ctx *c, const ir_cond *cond, const char *name)
{
    if (cond->kind == IR_C_ATOM) {
        const ir_var *v = &c->p->vars[cond->atom.var];
        if (v->kind != GUIDE_VAR_OUTPUT)
            return 0;
        diag_error(c->d, cond->sp, "constraint '%s' reads the output %s", name, v->name);
        diag_hint(c->d, "a constraint relates what a case gives: inputs and derived values");
        return 1;
    }
    for (int i = 0; i < cond->nkids; i++)
        if (reads_output(c, cond->kids[i], name))
            return 1;
    return 0;
}

void low_constraints(lower_ctx *c)
{
    ir_program *p = c->p;
    const vec *ks = &c->ast->constraints;
    p->constraints = arena_alloc(c->a, sizeof *p->constraints * (size_t)(ks->len + 1));
    for (int i = 0; i < ks->len; i++) {
        const ast_constraint *k = ks->items[i];
        int twice = 0;
        for (int j = 0; j < p->nconstraints && !twice; j++)
            if (strcmp(p->constraints[j].name, k->name.name) == 0) {
                diag_error(c->d, k->name.sp, "constraint '%s' is defined twice", k->name.name);
                diag_note(c->d, p->constraints[j].sp, "first defined here");
                twice = 1;
            }
        c->reads.len = 0; /* read for traces of clauses; a constraint has none */
        ir_cond *when = low_cond(c, k->when, -1);
        ir_cond *then = low_cond(c, k->then, -1);
        if (twice || !when || !then || reads_output(c, when, k->name.name) ||
            reads_output(c, then, k->name.name))
            continue;
        ir_constraint *out = &p->constraints[p->nconstraints++];
        out->name = k->name.name;
        out->cite = k->cite;
        out->sp = k->sp;
        out->when = when;
        out->then = then;
    }
}
