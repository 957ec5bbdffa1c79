/* ir.h — the Decision IR: the one representation every analysis and backend reads.
 *
 * Variables (inputs, then derived values, then outputs) are numbered as in the runtime's
 * guide_ruleset_info, so a frame indexes both the same way. Conditions are trees of atoms, each
 * comparing ONE variable with constants; that is what makes missing-data search and the
 * analyses finite. Rules and table rows are both clauses: a condition (plus an `unless`
 * exception) and the conclusions it draws. Every node keeps its span and citation. */
#ifndef GUIDE_IR_H
#define GUIDE_IR_H

#include <stdint.h>
#include <stdio.h>

#include "arena.h"
#include "diag.h"
#include "guide.h"
#include "strbuf.h"

/* ---- Conditions --------------------------------------------------------------------------- */

typedef enum { IR_A_INTERVAL, IR_A_LABELS, IR_A_BOOL } ir_atom_kind;

/* One comparison of one variable with constants. */
typedef struct ir_atom {
    ir_atom_kind kind;
    int          var;       /* the variable compared */
    double       lo, hi;    /* INTERVAL, in the variable's unit; -HUGE_VAL / HUGE_VAL for open ends */
    uint8_t      lo_closed; /* INTERVAL: lo included */
    uint8_t      hi_closed; /* INTERVAL: hi included */
    uint64_t     labels;    /* LABELS: the labels that satisfy it (bit per label) */
    int          b;         /* BOOL: the value that satisfies it */
} ir_atom;

typedef enum { IR_C_TRUE, IR_C_ATOM, IR_C_NOT, IR_C_AND, IR_C_OR } ir_cond_kind;

typedef struct ir_cond {
    ir_cond_kind     kind;
    span             sp;
    ir_atom          atom;  /* ATOM */
    int              nkids; /* NOT: 1; AND, OR: 2 or more */
    struct ir_cond **kids;
} ir_cond;

/* ---- Values and conclusions ---------------------------------------------------------------- */

typedef struct ir_value {
    guide_value v;
    uint8_t     is_null; /* ND */
} ir_value;

typedef struct ir_concl {
    int      var;  /* the output concluded */
    ir_value val;
    span     sp;
} ir_concl;

typedef struct ir_clause {
    int               index;
    guide_clause_kind kind;
    const char       *name;   /* rule name, or the table's name */
    int               table;  /* ROW: table index; -1 for rules */
    int               row;    /* ROW: 1-based row number as printed */
    const char       *column; /* ROW of a 2-D table: the column heading as written, else NULL */
    const char       *cite;
    span              sp;
    ir_cond          *when;   /* for rows: the table guard and every cell, as one AND */
    ir_cond          *unless; /* NULL if none */
    int               nconcl;
    ir_concl         *concl;
    int               nreads; /* variables read, as the author wrote them (for traces) */
    int              *reads;
    int               reading;      /* `reading N "..."` (a row: its table's); 0 if none */
    const char       *reading_text; /* NULL if none */
    const char       *cells;  /* ROW: "column: cell, ..." as written (guide_clause_info); NULL */
    int               shadowable; /* a row of a table that shadows (ir_table.shadows): it
                                     concludes only if no earlier row of its table matched */
} ir_clause;

typedef struct ir_table {
    const char *name;
    const char *cite;
    span        sp;
    guide_hit   hit;
    int         shadows;      /* rows are taken in order and a row that matches shadows every
                                 later one (hit first): decided by lowering from the policy, so
                                 that evaluators and analyses read this, not the policy */
    ir_cond    *guard;        /* `when`, or IR_C_TRUE */
    int         first_clause;
    int         nrows;
    int         nin;          /* input columns (after expanding the 2-D form) */
    int        *in_vars;
    int         nout;         /* output columns, marks included */
    int        *out_vars;
    int         reading;      /* `reading N "..."`; 0 if none */
    const char *reading_text; /* NULL if none */
} ir_table;

/* A constraint: every case with `when` has `then` (conditions on inputs and derived values). */
typedef struct ir_constraint {
    const char *name;
    const char *cite;  /* NULL if none */
    int         reading;      /* `reading N "..."`; 0 if none */
    const char *reading_text; /* NULL if none */
    span        sp;
    ir_cond    *when, *then;
} ir_constraint;

/* ---- Derived values ------------------------------------------------------------------------ */

typedef enum {
    IR_E_NUM, IR_E_VAR, IR_E_ADD, IR_E_SUB, IR_E_MUL, IR_E_DIV, IR_E_NEG,
    IR_E_AGG, /* an aggregate of a list input (guide_list_aggregate): unknown when the list is,
                 and when the aggregate has no value (the mean of no element) */
    IR_E_ELSE, /* l when l is known (not computable when l is), else r */
} ir_expr_kind;

typedef struct ir_expr {
    ir_expr_kind    kind;
    span            sp;
    double          num;      /* NUM, already in the unit the expression computes in */
    int             var;      /* VAR */
    double          step;     /* VAR: the input's step; its value is rounded to it (step.c), 0: none */
    double          scale;    /* VAR: factor from the variable's unit to the expression's */
    struct ir_expr *l, *r;
    guide_agg       agg;      /* AGG: which aggregate; var is the list, step its elements' */
    guide_elem_test test;     /* AGG: the elements it keeps (`x in L: cond`); holds NULL: all */
    ir_cond        *elem;     /* AGG: that condition as written, on the list's variable */
} ir_expr;

/* ---- Variables ----------------------------------------------------------------------------- */

typedef struct ir_var {
    int               index;
    const char       *name;
    span              sp;
    guide_var_kind    kind;
    guide_type        type;
    const guide_unit *unit;     /* NULL when unitless */
    double            lo, hi;   /* declared range; -HUGE_VAL / HUGE_VAL when none */
    double            step;     /* inputs: recorded to a multiple of step (`step S`), 0: none */
    int               nlabels;
    const char      **labels;
    const char       *display;       /* the guideline's words for the name, or NULL */
    const char      **label_display; /* [nlabels]: each label's, NULL where none; NULL if none */

    /* derived values */
    int               is_match;  /* 1: match, 0: arithmetic */
    int               src;       /* match: source variable */
    int              *map;       /* match: map[source label] = this variable's label */
    ir_expr          *expr;      /* arithmetic */

    /* outputs */
    int               nconcluders; /* clauses concluding it, in source order */
    int              *concluders;

    /* analysis data, computed by ir_finish */
    int               ncuts;     /* numeric: distinct constants compared with, sorted */
    double           *cuts;
    int               ncells;    /* values that represent every distinguishable case */
    guide_value      *cells;
    uint64_t         *cone;      /* [input words]: inputs this variable depends on */
    int               ncone_vars;/* derived values and outputs it depends on, in evaluation order */
    int              *cone_vars;

    /* decision diagrams (dd.h): the level testing this variable, or -1, and the value each of
     * its cells stands for (an input's cells; an arithmetic value's own, around every constant
     * it is compared with) */
    int               dd_level;
    int               dd_ncells;
    guide_value      *dd_cells;
} ir_var;

/* ---- Tests ---------------------------------------------------------------------------------- */

typedef enum {
    IR_X_VALUE, IR_X_UNDETERMINED, IR_X_NA, IR_X_CONFLICT, IR_X_FIRED, IR_X_NOT_FIRED,
    IR_X_FIRED_ALWAYS, /* the rule fires whatever the unknown inputs: its diagram (clause_dds) */
} ir_expect_kind;

typedef struct ir_expect {
    ir_expect_kind kind;
    int            target; /* output variable, or rule clause index */
    ir_value       val;    /* VALUE */
    span           sp;
} ir_expect;

typedef struct ir_test {
    const char *name;
    span        sp;
    int         ngiven;
    int        *given_vars;
    ir_value   *given_vals;
    int         nexpect;
    ir_expect  *expect;
} ir_test;

/* ---- The program ---------------------------------------------------------------------------- */

typedef struct ir_program {
    const src_file *file;
    const char     *name, *title, *version, *source;
    char            sha256[65];

    int             nvars, ninputs, nderived, noutputs;
    ir_var         *vars;        /* inputs, derived values, outputs */
    int            *order;       /* derived values and outputs in evaluation order */
    int             norder;

    int             nclauses;
    ir_clause      *clauses;
    int             ntables;
    ir_table       *tables;
    int             ntests;
    ir_test        *tests;
    int             nconstraints;
    ir_constraint  *constraints;
    int             nunits;
    guide_unit     *units;       /* user-declared units */

    guide_dd          *dds;       /* [noutputs]: each output's decision diagram (dd.h) */
    guide_dd          *constraint_dds; /* [nconstraints]: each constraint's truth */
    guide_dd          *consistent;     /* all constraints together; NULL when none */
    guide_dd         **clause_dds;/* [nclauses]: whether a clause fires, as a diagram whose leaves
                                     are bools (true: fired); built for the clauses a test expects
                                     to fire `in every case`, NULL for the others */
    int                nlevels;   /* the levels diagrams may test, in their order */
    guide_dd_level    *levels;
    guide_ruleset_info info;     /* the runtime's description of this program */
} ir_program;

/* Computes evaluation order, cones, cuts and cells, and fills prog->info. Reports a cycle among
 * derived values and outputs as an error. Returns 0 on success. */
int ir_finish(arena *a, diag_ctx *d, ir_program *prog);

/* Appends to deps the variables whose values decide whether clause concludes: its own reads, and
 * in a first-hit table those of the earlier rows. */
void ir_clause_deps(const ir_program *p, int clause, arena *a, vec *deps);

/* The finite interval bounds condition c compares variable var with, appended to cuts[*n..cap),
 * and the atoms of c (twice that bounds the bounds). */
void ir_cond_cuts(const ir_cond *c, int var, double *cuts, int *n, int cap);
int  ir_cond_atoms(const ir_cond *c);
/* Sorts cuts[0..n) and drops repeats; returns how many are left. */
int    ir_sort_cuts(double *cuts, int n);
/* A number at position k around the sorted cuts[0..n) (guide_cut_position): the cut itself
 * for odd k, else one strictly between its neighbours (0 when there is no cut). */
double ir_position_point(const double *cuts, int n, int k);

/* Whether atom a holds for the known value v (its comparison, interval bounds open or closed,
 * label set or bool): the one definition the interpreter, the lowering and the analyses use.
 * ir_interval_holds is its interval test, on a number. */
int ir_atom_holds(const ir_atom *a, const guide_value *v);
int ir_interval_holds(const ir_atom *a, double x);

/* Moves the bounds of an interval on the rounded value of an input recorded to step s onto the
 * recorded value (`<= 1.0` with step 0.1 becomes `< 1.05`), closing each as rounding half away
 * from zero does; step.c's guide_step_round agrees with the result to the last bit. */
void ir_step_bounds(double s, double *lo, int *loc, double *hi, int *hic);

/* Prints the decision logic output var depends on: the declarations of the inputs, derived
 * values and outputs it reads, the rules and tables (with every row and the hit policy) that
 * conclude it or them, and the constraints; no name of a rule, line, citation, reading or
 * display text. Two versions that print the same text give every case the same answer. */
void ir_dump_logic(FILE *out, const ir_program *p, int var);

/* Prints the IR (`guidec --dump-ir`), stable and diff-friendly. */
void ir_dump(FILE *out, const ir_program *prog);

/* Formats an IR value of variable v into buf (ND prints as ND). */
void ir_format_value(const ir_program *prog, int v, const ir_value *val, char *buf, size_t len);
/* The same text appended to sb, whole ("ND" for a null value). */
void ir_value_text(strbuf *sb, const ir_program *prog, int v, const ir_value *val);

/* Nonzero if two values of variable v are the same. */
int ir_value_equal(const ir_program *prog, int v, const ir_value *a, const ir_value *b);

#endif
