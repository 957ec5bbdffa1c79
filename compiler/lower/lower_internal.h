/* lower_internal.h — what the lowering files (lower_decl.c, lower_cond.c, lower_clause.c) share. */
#ifndef GUIDE_LOWER_INTERNAL_H
#define GUIDE_LOWER_INTERNAL_H

#include "lower.h"

#include "name_map.h"

typedef struct lower_ctx {
    arena             *a;
    diag_ctx          *d;
    const ast_program *ast;
    ir_program        *p;
    /* the clause being lowered: variables its conditions read, for traces */
    vec                reads;
    name_map           vars;  /* declared names -> variable numbers */
    name_map           rules; /* rule names -> clause numbers */
    name_map           broken_rules; /* rules left out for an error already reported */
    /* the condition of an aggregate being lowered (`x in L: x > 2`): the element's name, which
     * stands for the list's variable, read as a number */
    const char        *elem_name;
    int                elem_var;
    int                lowering_derived; /* type_of is typing a derived value */
} lower_ctx;

/* lower_decl.c */
int  low_find_var(const lower_ctx *c, const char *name);
/* Reports "unknown name" with a did-you-mean hint; returns -1. */
int  low_var_or_error(lower_ctx *c, const ast_ident *id, const char *what);
int  low_find_label(const ir_var *v, const char *label);
/* Reports an unknown label of v with the closest declared one; returns -1. */
int  low_label_or_error(lower_ctx *c, const ir_var *v, const char *label, span sp);
/* Converts number n written with unit u (name NULL: the variable's own unit) into v's unit.
 * Reports a dimension or unknown-unit error and returns nonzero. */
int  low_convert(lower_ctx *c, const ir_var *v, double n, const ast_ident *u, span sp, double *out);
/* Lowers a value for variable v (conclusion, test given or expectation). */
int  low_value(lower_ctx *c, const ir_var *v, const ast_value *val, ir_value *out, int allow_nd);
const char *low_type_name(const ir_var *v);
/* The candidate closest to name, or NULL when none is close enough to suggest. */
const char *low_closest(const char *name, const char *const *cands, int n);
/* Returns nonzero when nothing more can be lowered (more variables than the limit). */
int  low_declarations(lower_ctx *c);

/* lower_cond.c */
ir_cond *low_cond(lower_ctx *c, const ast_cond *cond, int colvar);
ir_cond *low_and(lower_ctx *c, ir_cond **kids, int n, span sp);
ir_cond *low_true(lower_ctx *c);

/* lower_clause.c */
void low_clauses(lower_ctx *c);
void low_tests(lower_ctx *c);
/* lower_constraint.c */
void low_constraints(lower_ctx *c);

/* lower_texts.c: display texts (`input NAME "..."`, `label`) and readings, after the clauses */
void low_texts(lower_ctx *c);

#endif
