/* emit_plan.h — what both backends (emit_c.c, emit_llvm.c) decide before they write any code,
 * from the Decision IR alone: the units of evaluation (each table, then each rule) and which are
 * used, the value classes of each output's concluders, where the trace records each rule and
 * row, and the lookup plan of each table. One plan, so that the two backends compile the same
 * evaluation, and a fix to it reaches both. */
#ifndef GUIDE_EMIT_PLAN_H
#define GUIDE_EMIT_PLAN_H

#include "arena.h"
#include "ir.h"

/* Beyond these a table is tested row by row instead of looked up. */
enum { EPLAN_MAX_COMBOS = 4096, EPLAN_MAX_ROWS = 65000 };

/* How a table is compiled. */
typedef struct eplan_table {
    int     used;       /* some output needs its rows */
    int     fast;       /* a lookup when every column is known */
    int     nv;         /* columns: the variables the rows read, in order of first mention */
    int    *vars;
    int    *ncuts;      /* numeric columns: the constants the rows compare them with, sorted */
    double **cuts;
    int    *ncells;     /* cells of each column */
    long    ncombos;    /* combinations of cells: the last column turns fastest */
    int    *combo_list; /* [ncombos]: index of the list of rows the combination matches */
    int     nlists;     /* distinct lists of (row, status) pairs */
    int   **lists;      /* each: pairs, then -1 */
    int    *list_off;   /* offset of each list in the flat array */
    int     nfast;      /* outputs only this table concludes: answered by the lookup */
    int    *fast_vars;
    int   **ans;        /* [nfast][ncombos]: 0 not applicable, 1 conflict, 2 + concluder position */
    int     ans_wide;   /* answers need 16 bits */
    int     off_wide;   /* list offsets need 32 bits */

    /* The direct path (eplan.direct): the cells of each column merged where no answer of this
     * table tells them apart; numeric cells merge only with their neighbours, so a class is a
     * count of thresholds passed. */
    int    *nclass;        /* [nv]: classes of each column */
    int   **class_of;      /* [nv][ncells]: the class of each cell */
    long    nclass_combos; /* combinations of classes: the last column turns fastest */
    int   **class_ans;     /* [nfast][nclass_combos]: the answer, coded as in ans */
} eplan_table;

typedef struct eplan {
    int          nunits;      /* tables, then rules */
    int         *unit_of;     /* [nclauses]: the unit evaluating each clause */
    int         *unit_clause; /* [nunits]: the rule, or -1 for a table (unit t is table t) */
    int         *unit_used;   /* [nunits]: some output needs it */
    int        **klass;       /* [nvars][nconcluders]: equal values share the first one's position */
    int        **emit;        /* [nvars], outputs: clause ranges lo, hi the output traces first, -1 */
    eplan_table *tp;          /* [ntables] */
    int         *fast_table;  /* [nvars]: the table whose lookup answers this output, or -1 */
    int         *fast_slot;   /* [nvars]: its index among that table's fast outputs */
    int          direct;      /* every output is answered by a lookup on inputs alone and every
                                 derived value is a match on an input: with every column known
                                 and no trace, a case needs nothing but the lookups */
} eplan;

/* Plans p, allocating from a (freed with it). A table's lookup is computed by the
 * interpreter's own condition evaluator on one value per cell, so that it agrees with row by
 * row evaluation by construction. */
void eplan_make(eplan *pl, const ir_program *p, arena *a);

/* Whether column k of table tp, on the direct path, finds its class in an array: an enum or
 * bool whose values are not each a class of their own, or a numeric column with more than
 * EPLAN_MAX_THRESHOLDS thresholds between classes (its cell found by binary search); else the
 * class is the value itself, or a sum of threshold comparisons. */
enum { EPLAN_MAX_THRESHOLDS = 8 };
int eplan_class_array(const ir_program *p, const eplan_table *tp, int k);

/* Whether table tp alone answers every output of p, in their order (its fast outputs are all of
 * p's): then a row of its answers on the direct path is laid out as NAME_output's first fields,
 * each output's value and then state[], and is copied into the output struct in one go. */
int eplan_answers_all(const ir_program *p, const eplan_table *tp);

/* Whether the direct path checks input v on its bits: a number in a range from +0 to *rhi (*hic:
 * *rhi included, after the step's rounding) is, as a double, exactly one whose bits read as an
 * unsigned integer are at most *rhi's (a negative number and -0 have the sign bit, infinity and
 * a NaN an exponent above any finite number's): one comparison instead of two. Past that test
 * the value's order is its bits' order, so its cuts from 0 up are compared on the bits too. */
int eplan_direct_by_bits(const ir_var *v, double *rhi, int *hic);

/* Whether numeric column k of table tp is compared with its cuts on its bits on the direct path:
 * its input is checked on its bits (eplan_direct_by_bits) and every cut between its classes is
 * >= 0, so that x > cut is bits(x) > bits(cut); an integer comparison is shorter than a double's
 * on the path a call waits for. */
int eplan_thresholds_on_bits(const ir_program *p, const eplan_table *tp, int k);

/* Rows in a block of NAME_eval_columns on the direct path: the combinations of classes of a
 * block's rows are kept on the stack, an int32_t per row and table. */
enum { EPLAN_COLUMN_BLOCK = 256 };

/* The value clause c concludes for var, or NULL. Inline: the interpreter folds with it. */
static inline const ir_value *eplan_concl_for(const ir_clause *c, int var)
{
    for (int k = 0; k < c->nconcl; k++)
        if (c->concl[k].var == var)
            return &c->concl[k].val;
    return NULL;
}

/* The value a lookup's answer code gives output var: that of its concluder code - 2, or NULL
 * for 0 (not applicable) and 1 (conflict). */
static inline const ir_value *eplan_answer(const ir_program *p, int var, int code)
{
    return code < 2 ? NULL : eplan_concl_for(&p->clauses[p->vars[var].concluders[code - 2]], var);
}

/* Splits a combination number into its digits, digits[0..n) in the radices radix[0..n), the last
 * turning fastest (how the plan numbers combinations of cells and of classes). */
void eplan_digits(long combo, const int *radix, int n, int *digits);

/* Prints the plan (`guidec dump --plan`): units, tables' lookups and classes, outputs. */
void eplan_dump(FILE *out, const ir_program *p, const eplan *pl);

#endif
