/* analyse.h — checks that need the rules' meaning, not just their types: gaps and overlaps in
 * `unique` tables, rows a `first` table can never reach, and rules that can conclude different
 * values for one output on the same case. Each finding comes with an example case.
 *
 * They work on the IR by enumerating worlds: every combination of the cells of the variables
 * involved (see ir_var.cells), evaluated by the reference interpreter. That is exact, and
 * bounded by a budget for the whole check. Tables and rules whose conditions are conjunctions of
 * atoms on inputs are checked without enumerating: a sweep for tables (an_sweep.c), and for
 * conflicts and rules that cannot fire a comparison of the cells each condition admits. */
#ifndef GUIDE_ANALYSE_H
#define GUIDE_ANALYSE_H

#include "interp.h"
#include "ir.h"

/* Cases the whole check may try (rules/gist.guide, 2,453 lines, tries about 4.5 million; a
 * world of a pair of clauses costs those clauses, so 10 million take about 0.6 s of CPU for
 * rules with `unless` or conditions on derived values). */
enum { AN_DEFAULT_BUDGET = 10000000 };

/* A world: values for some variables, the rest unknown. Called per world; return nonzero to
 * stop. */
typedef int (*an_world_fn)(void *ctx, interp *it, const guide_frame *f);

typedef struct an_worlds {
    const ir_program *p;
    int               nvars;
    int              *vars;   /* inputs and arithmetic values enumerated */
    uint8_t          *pinned; /* arithmetic values enumerated directly */
    double            count;  /* number of worlds */
    int               neval;  /* derived values and outputs to evaluate per world, in order */
    int              *eval;
} an_worlds;

/* What is evaluated in each world, besides the world's own variables. */
typedef enum an_eval {
    /* the derived values and outputs the clauses read, and for a row of a first-hit table those
     * the rows above it read: enough for interp_clause_status_in, at the cost of the clauses */
    AN_EVAL_READS,
    /* the outputs the clauses conclude, with every rule and row that concludes them: the
     * clauses' statuses are then interp_clause_status (the whole outputs' cost) */
    AN_EVAL_OUTPUTS
} an_eval;

/* The worlds over everything the given clauses read (and the table guard, if any). Which
 * worlds, and in what order, does not depend on `what`. */
void an_worlds_for(arena *a, const ir_program *p, const int *clauses, int nclauses, an_eval what,
                   an_worlds *w);
/* Evaluates the worlds in order until fn returns nonzero, and takes the number evaluated from
 * *left; returns 1, evaluating nothing, when there are more worlds than *left. */
int an_enumerate(const an_worlds *w, interp *it, guide_frame *f, long *left, an_world_fn fn,
                 void *ctx);
/* The values of the world's variables in f: "location = duodenum, size_cm = 1 cm". */
/* Whether a real case can be in world f (it breaks no constraint): a world no case is in has
 * no gap, overlap or conflict, so every scan asks this first. */
int an_world_possible(const guide_frame *f);
const char *an_format_world(arena *a, const an_worlds *w, const guide_frame *f);
/* The variables of w's worlds that have cells, as regions see them (an_region.h): dims gets
 * room for w->nvars; returns how many. */
struct an_dim;
int an_world_dims(arena *a, const an_worlds *w, struct an_dim *dims);
/* The cell of each of those variables in world f, in the same order. */
void an_world_cells(const an_worlds *w, const guide_frame *f, int *cell);

/* The regions of cases a finding is about, as conditions (an_region.h), one `band:` line each. */
typedef struct an_bands {
    int          n;
    const char **text;
} an_bands;

/* What a table analysis found; the sweep and the enumeration report it the same way. */
typedef struct an_table_findings {
    long               gaps;          /* cases the guard admits where no row matches */
    const char        *gap_example;
    an_bands           gap_bands;     /* where no row matches */
    int                npairs;        /* overlapping rows (unique tables) */
    const int         *pairs;         /* [2 * npairs]: 0-based row numbers */
    const char *const *pair_examples; /* [npairs] */
    const an_bands    *pair_bands;    /* [npairs]: where both rows match */
    long               more_pairs;    /* overlapping pairs found but not listed */
    const uint8_t     *reached;       /* first tables: [nrows], rows that conclude somewhere */
} an_table_findings;

void an_report_table(arena *a, diag_ctx *d, const ir_program *p, const ir_table *tb,
                     const an_table_findings *f);
/* "rule 'x'", "row 3 of table 't'", "row 3 (duodenum) of table 't'". */
const char *an_clause_label(arena *a, const ir_clause *c);

/* Checks a unique or first table by sweeping its rows (an_sweep.c); returns 0, reporting
 * nothing, when its rows are not all conjunctions of atoms on inputs, so that the caller falls
 * back to enumerating worlds. */
int an_sweep_table(arena *a, diag_ctx *d, const ir_program *p, const ir_table *tb);

/* Checks a table by evaluating every world of its inputs' cells (exact), taking them from
 * *left; when they are more than *left, warns that the table was not checked. */
void an_enum_table(arena *a, diag_ctx *d, const ir_program *p, const ir_table *tb, interp *it,
                   guide_frame *f, long *left, an_eval what);

/* Runs every analysis, reporting through d. The budget bounds the whole check: it is the number
 * of cases all the analyses together may try (a world enumerated, or a pair of rules compared
 * directly, counts one); what it leaves unexamined is named in a warning, never passed over as
 * if it had been checked. Tables whose rows are conjunctions of atoms on inputs are swept, in
 * time near-linear in their rows, outside the budget. */
void an_check(arena *a, diag_ctx *d, const ir_program *p, long budget);
/* Warns on each rule and table with neither `cites` nor `reading` (an_sources.c). */
void an_check_sources(diag_ctx *d, const ir_program *p);
/* How an_check_with checks conflicts and rules that cannot fire; an_check uses both. */
enum {
    AN_BY_BOXES = 1,  /* compare the cells conditions on inputs admit, where they can */
    AN_BY_CLAUSE = 2  /* in a world, evaluate the clauses and what they read (AN_EVAL_READS),
                       * not every rule and row concluding the same outputs (AN_EVAL_OUTPUTS) */
};
/* an_check, with some of the shortcuts above turned off: the unit tests check that every way
 * gives the same findings. */
void an_check_with(arena *a, diag_ctx *d, const ir_program *p, long budget, unsigned how);

#endif
