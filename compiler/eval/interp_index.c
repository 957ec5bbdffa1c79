/* interp_index.c — table lookups for the interpreter (interp_index.h). */
#include "interp_index.h"

#include <stdlib.h>

#include "arena.h"
#include "emit_plan.h"
#include "guide_gen.h"
#include "xalloc.h"

struct interp_index {
    const ir_program *p;
    arena     a;
    eplan     plan;
    unsigned *gen;  /* [ntables]: the evaluation number the combination was computed for */
    long     *cell; /* [ntables]: that combination, or -1 when a column is unknown */
};

interp_index *interp_index_new(const ir_program *p)
{
    interp_index *ix = guide_xcalloc(1, sizeof *ix, "the interpreter");
    ix->p = p;
    arena_init(&ix->a);
    eplan_make(&ix->plan, p, &ix->a);
    ix->gen = arena_alloc(&ix->a, sizeof *ix->gen * ((size_t)p->ntables + 1));
    ix->cell = arena_alloc(&ix->a, sizeof *ix->cell * ((size_t)p->ntables + 1));
    return ix;
}

void interp_index_free(interp_index *ix)
{
    if (!ix)
        return;
    arena_free(&ix->a);
    free(ix);
}

/* Table tp's combination of cells in f, or -1 when a column is unknown. */
static long combination(const eplan_table *tp, const ir_program *p, const guide_frame *f)
{
    long cell = 0;
    for (int k = 0; k < tp->nv; k++) {
        int v = tp->vars[k];
        if (!f->known[v])
            return -1;
        cell *= tp->ncells[k];
        switch (guide_type_repr(p->vars[v].type)) {
        case GUIDE_REPR_TRUTH: cell += f->val[v].b; break;
        case GUIDE_REPR_LABEL: cell += f->val[v].label; break;
        default: cell += gk_cell(tp->cuts[k], tp->ncuts[k], f->val[v].num); break; /* as the generated code */
        }
    }
    return cell;
}

int interp_index_answer(interp_index *ix, const guide_frame *f, int var, unsigned gen)
{
    int t = ix->plan.fast_table[var];
    if (t < 0)
        return -1;
    const eplan_table *tp = &ix->plan.tp[t];
    if (ix->gen[t] != gen) {
        ix->gen[t] = gen;
        ix->cell[t] = combination(tp, ix->p, f);
    }
    return ix->cell[t] < 0 ? -1 : tp->ans[ix->plan.fast_slot[var]][ix->cell[t]];
}
