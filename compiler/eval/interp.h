/* interp.h — the reference interpreter: the semantics every backend must reproduce.
 *
 * Evaluation is Kleene three-valued logic over the case's known inputs, then, for each output
 * it leaves open, a walk of that output's decision diagram (dd.h, guide.h guide_dd_walk): the
 * same answer for every value of the unknown inputs is the answer, otherwise the output is
 * undetermined, with its possible answers, and the inputs whose value alone changes it
 * somewhere are the ones to ask for. */
#ifndef GUIDE_INTERP_H
#define GUIDE_INTERP_H

#include "guide.h"
#include "ir.h"

typedef struct interp interp;

/* Kleene truth values: libguide's (guide.h guide_k_and ...), under the compiler's short names. */
enum { K_FALSE = GUIDE_K_FALSE, K_TRUE = GUIDE_K_TRUE, K_UNKNOWN = GUIDE_K_UNKNOWN };

interp *interp_new(const ir_program *p);
/* The same semantics, faster: an output one table alone concludes is answered by that table's
 * lookup (interp_index.h) when the case knows the
 * table's columns and no trace is asked for.
 * The clause statuses of such a table are then not computed (interp_clause_status). */
interp *interp_new_indexed(const ir_program *p);
void    interp_free(interp *it);

/* Evaluates the case held in f (inputs and their known flags): fills derived values, outputs,
 * states and asks, and appends the trace to t (NULL: no trace). */
void interp_eval(interp *it, guide_frame *f, guide_trace *t);

/* Kleene evaluation only, no diagram walk and no trace: what the analyses use on fully known worlds.
 * Derived values flagged in pinned (may be NULL) keep the value the caller put in f. */
void interp_eval_plain(interp *it, guide_frame *f, const uint8_t *pinned);

/* interp_eval_plain restricted to the derived values and outputs in order[0..n), which must be
 * in evaluation order and closed under dependencies (as ir_var.cone_vars are): what an analysis
 * needs to know about a few clauses, without evaluating the whole ruleset. */
void interp_eval_some(interp *it, guide_frame *f, const uint8_t *pinned, const int *order, int n);

/* interp_eval restricted to order[0..n) (as interp_eval_some), the outputs left open decided by
 * their diagrams, without a trace: what `guidec diff` compares of cases with unknown inputs. */
void interp_eval_cone(interp *it, guide_frame *f, const int *order, int n);

/* After an evaluation: each clause's status (guide_clause_status), and its own truth
 * (`when` and not `unless`, before first-hit shadowing) as K_FALSE / K_TRUE / K_UNKNOWN. */
const uint8_t *interp_clause_status(const interp *it);
const uint8_t *interp_clause_truth(const interp *it);

/* The status (guide_clause_status) clause i has in an evaluation of the case in f, computed from
 * f alone: its `when` and `unless`, and for a row of a first-hit table the rows above it, which
 * may shadow it. f must hold every value they read (derived values and outputs included, as
 * interp_eval_some leaves them); nothing else is evaluated, so the cost is that of the clause,
 * not that of the outputs it concludes. */
int interp_clause_status_in(const ir_program *p, const guide_frame *f, int i);

/* Kleene truth of a condition on a frame. */
int interp_cond(const ir_program *p, const guide_frame *f, const ir_cond *c);

#endif
