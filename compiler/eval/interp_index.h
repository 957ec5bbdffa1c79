/* interp_index.h — table lookups for the interpreter: the same lookups the backends compile
 * (emit_plan.h), so that `run` and `batch` need not test a big table row by row when a case
 * knows its columns and no trace is asked for.
 *
 * The lookup of a table is computed by the reference condition evaluator (interp_cond) on one
 * value per cell, so it agrees with row-by-row evaluation by construction; the differential
 * test (tests/diff, backend interp) checks it against the reference interpreter all the same. */
#ifndef GUIDE_INTERP_INDEX_H
#define GUIDE_INTERP_INDEX_H

#include "guide.h"
#include "ir.h"

typedef struct interp_index interp_index;

interp_index *interp_index_new(const ir_program *p);
void          interp_index_free(interp_index *ix);

/* Output var's answer when one table alone concludes it, that table has a lookup and every
 * column of it is known in f: 0 not applicable, 1 conflict, 2 + k the value of its concluder k.
 * -1 when the lookup cannot say (the output must be evaluated row by row). The combination of
 * cells of a table is computed once per evaluation number gen. */
int interp_index_answer(interp_index *ix, const guide_frame *f, int var, unsigned gen);

#endif
