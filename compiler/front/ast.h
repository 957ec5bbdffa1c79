/* ast.h — the syntax tree the parser builds and the checker reads.
 *
 * The tree is untyped: names are still strings, values still carry the unit the author wrote.
 * Every node keeps its source span so later phases can point at the source. Only the checker
 * and the lowering read the AST; everything after them reads the IR (ir.h). */
#ifndef GUIDE_AST_H
#define GUIDE_AST_H

#include <stdio.h>

#include "arena.h"
#include "diag.h"
#include "guide.h"

/* A name as written, with where. */
typedef struct ast_ident {
    const char *name; /* NULL when absent */
    span        sp;
} ast_ident;

/* ---- Types ---------------------------------------------------------------------------- */

/* A declared type is libguide's (guide.h; a list is a number with is_list): a new type needs
 * no kind of its own here. */
typedef guide_type ast_type_kind;

typedef struct ast_type {
    ast_type_kind kind;
    span          sp;
    vec           labels;    /* ast_ident*: enum and set labels */
    ast_ident     unit;      /* number and range: unit name, name == NULL if none */
    int           has_range; /* number and integer: `in [lo, hi]` given */
    double        lo, hi;    /* the declared closed range */
    span          range_sp;  /* span of `[lo, hi]` */
    int           is_list;   /* `list of T`: the type above is the elements' */
    span          list_sp;   /* `list of` as written (is_list) */
} ast_type;

/* ---- Values --------------------------------------------------------------------------- */

typedef enum {
    AST_V_LABEL,   /* an enum label */
    AST_V_NUMBER,  /* a number with optional unit */
    AST_V_BOOL,    /* true / false */
    AST_V_ND,      /* ND: the guideline gives no value */
    AST_V_RANGE,   /* [lo, hi] UNIT */
    AST_V_SET,     /* { labels } */
    AST_V_UNKNOWN, /* unknown (test `given` only) */
    AST_V_NONE,    /* `-` in an output cell: no conclusion */
    AST_V_LIST,    /* [a, b, c] UNIT, [a] UNIT, []: a list input's value (test `given`) */
} ast_value_kind;

typedef struct ast_value {
    ast_value_kind kind;
    span           sp;
    const char    *label;  /* AST_V_LABEL */
    double         num;    /* AST_V_NUMBER */
    int            b;      /* AST_V_BOOL: 1 true, 0 false */
    double         lo, hi; /* AST_V_RANGE */
    ast_ident      unit;   /* AST_V_NUMBER, AST_V_RANGE: unit written after, name NULL if none */
    vec            labels; /* AST_V_SET: ast_ident* */
    vec            nums;   /* AST_V_LIST: double* */
} ast_value;

/* ---- Conditions and table cells --------------------------------------------------------- */

typedef enum {
    AST_C_AND,      /* lhs and rhs */
    AST_C_OR,       /* lhs or rhs */
    AST_C_NOT,      /* not lhs */
    AST_C_CMP,      /* var OP value */
    AST_C_SET,      /* var in {labels} / var not in {labels} */
    AST_C_INTERVAL, /* var in (lo, hi] UNIT */
    AST_C_TRUTH,    /* var alone: a bool that holds */
    AST_C_ANY,      /* `-` table cell: any value */
} ast_cond_kind;

typedef enum { AST_LT, AST_LE, AST_GT, AST_GE, AST_EQ, AST_NE } ast_cmp_op;

/* A condition, or an input cell of a table. In a cell the variable is the column's, so var.name
 * is NULL; a bare label in a cell is AST_C_SET with one label, `not a` a negated set, a bare
 * number or bool an AST_EQ comparison. */
typedef struct ast_cond {
    ast_cond_kind    kind;
    span             sp;
    struct ast_cond *lhs, *rhs;   /* AND, OR (both), NOT (lhs) */
    ast_ident        var;         /* atoms: the compared name */
    ast_cmp_op       op;          /* CMP */
    ast_value       *value;       /* CMP */
    int              assign_typo; /* CMP written with `=` (already reported by the parser) */
    vec              labels;      /* SET: ast_ident* */
    int              negated;     /* SET: `not in` / `not {..}` */
    double           lo, hi;      /* INTERVAL bounds */
    int              lo_closed;   /* INTERVAL: `[` */
    int              hi_closed;   /* INTERVAL: `]` */
    ast_ident        unit;        /* INTERVAL: unit after the interval, name NULL if none */
    span             interval_sp; /* INTERVAL: the interval itself, `(2, 5]` */
    int              depth;       /* levels of and / or / not, this node included (atoms: 1) */
} ast_cond;

/* ---- Arithmetic (derived values) --------------------------------------------------------- */

typedef enum {
    AST_E_NUM, AST_E_VAR, AST_E_ADD, AST_E_SUB, AST_E_MUL, AST_E_DIV, AST_E_NEG,
    AST_E_AGG, /* NAME(list) or NAME (x in list: cond): an aggregate over a list input */
    AST_E_ELSE, /* a else b: a when it is known, else b (the same fact given two ways) */
} ast_expr_kind;

typedef struct ast_expr {
    ast_expr_kind    kind;
    span             sp;
    double           num;  /* NUM */
    ast_ident        unit; /* NUM: unit written after, name NULL if none */
    ast_ident        var;  /* VAR */
    struct ast_expr *l, *r; /* binary (both), NEG (l) */
    ast_ident        fn;   /* AGG: the aggregate's name as written (mean, count, any, ...) */
    ast_ident        elem; /* AGG with a condition: the element's name (`x`), else name NULL */
    struct ast_cond *test; /* AGG: the condition on the element, or NULL */
    int              depth; /* levels of operators, this node included (leaves: 1) */
} ast_expr;

/* ---- Declarations ------------------------------------------------------------------------ */

typedef struct ast_header {
    ast_ident   name;    /* guideline NAME */
    const char *title;   /* the string after the name */
    const char *version; /* version "..." */
    const char *source;  /* source "..." */
    span        sp;
} ast_header;

typedef struct ast_unit {
    ast_ident   name;
    const char *desc;
    span        sp;
} ast_unit;

typedef struct ast_decl {
    int        is_output; /* 0 input, 1 output */
    ast_ident  name;
    ast_type  *type;
    span       sp;
    const char *display;   /* `input NAME "display" : ...`: the guideline's words, or NULL */
    span        display_sp;
    int        has_step;  /* input: `step S [UNIT]` given */
    double     step;
    ast_ident  step_unit; /* name == NULL if none */
    span       step_sp;   /* span of S */
} ast_decl;

/* `label NAME "display"`, or `label VAR.NAME "display"` for one variable's label. */
typedef struct ast_label {
    ast_ident   var;   /* qualified form: the variable; name NULL when not qualified */
    ast_ident   label; /* the label */
    const char *display;
    span        display_sp;
    span        sp;
} ast_label;

/* `reading N "text"`: the author's interpretation number N of the guideline (rules/README.md). */
typedef struct ast_reading {
    int         number;
    const char *text;
    span        number_sp;
    span        sp;
} ast_reading;

typedef struct ast_match_arm {
    vec       from; /* ast_ident*: source labels */
    ast_ident to;   /* target label */
    span      sp;
} ast_match_arm;

typedef struct ast_derive {
    ast_ident  name;
    int        is_match; /* 1: match; 0: arithmetic */
    ast_ident  source;   /* match: the enum being mapped */
    vec        arms;     /* match: ast_match_arm* */
    ast_type  *type;     /* arithmetic: declared result type (unit, optional range) */
    ast_expr  *expr;     /* arithmetic */
    span       sp;
} ast_derive;

/* A table's hit policy is libguide's (guide.h), so that its words (guide_hit_word) serve the
 * AST and a new policy needs no kind of its own here. */
typedef guide_hit ast_hit;

typedef struct ast_mark {
    const char *mark;    /* the mark's characters, e.g. "**" */
    ast_ident   output;  /* the bool output it sets */
    const char *meaning; /* what the guideline says it means */
    span        sp;
} ast_mark;

/* An output cell: one value (1-D tables) or one value per `outputs` name (2-D tables), and an
 * optional mark. */
typedef struct ast_out_cell {
    vec         values; /* ast_value* */
    const char *mark;   /* NULL if none */
    span        mark_sp;
    span        sp;
} ast_out_cell;

typedef struct ast_row {
    vec         in_cells;  /* ast_cond*: one per input column */
    vec         out_cells; /* ast_out_cell*: one per output column (1-D) or across cell (2-D) */
    const char *cite;      /* row citation, NULL to inherit the table's */
    span        cite_sp;
    span        sp;        /* the whole row line */
} ast_row;

typedef struct ast_table {
    ast_ident   name;
    const char *cite;
    span        cite_sp;
    ast_hit     hit;
    span        hit_sp;
    ast_cond   *guard;        /* `when`, NULL if none */
    vec         marks;        /* ast_mark* */
    vec         outputs;      /* ast_ident*: `outputs a, b` (2-D form), empty for 1-D */
    vec         in_cols;      /* ast_ident*: input column names */
    ast_ident   across;       /* 2-D: the variable across the top; name NULL for 1-D */
    vec         across_cells; /* 2-D: ast_cond* per column */
    vec         out_cols;     /* 1-D: ast_ident* output column names */
    vec         rows;         /* ast_row* */
    span        sp;           /* from `table` to `end` */
    ast_reading *reading;     /* NULL if none */
} ast_table;

typedef struct ast_assign {
    ast_ident  output;
    ast_value *value;
    span       sp;
} ast_assign;

typedef struct ast_rule {
    ast_ident   name;
    const char *cite;
    span        cite_sp;
    ast_cond   *when;
    ast_cond   *unless; /* NULL if none */
    vec         assigns; /* ast_assign* */
    span        sp;
    ast_reading *reading; /* NULL if none */
} ast_rule;

/* constraint NAME cites "..." when COND then COND: no case has `when` without `then`. */
typedef struct ast_constraint {
    ast_ident    name;
    ast_reading *reading; /* NULL if none */
    const char  *cite;
    span        cite_sp;
    ast_cond   *when;
    ast_cond   *then;
    span        sp;
} ast_constraint;

typedef struct ast_given {
    ast_ident  input;
    ast_value *value; /* AST_V_UNKNOWN for `unknown` */
    span       sp;
} ast_given;

typedef enum {
    AST_X_VALUE,        /* NAME = VALUE */
    AST_X_UNDETERMINED, /* NAME is undetermined */
    AST_X_NA,           /* NAME is not_applicable */
    AST_X_CONFLICT,     /* NAME is conflict */
    AST_X_FIRED,        /* rule NAME fired */
    AST_X_NOT_FIRED,    /* rule NAME not fired */
    AST_X_FIRED_ALWAYS, /* rule NAME fired in every case (of the unknown inputs) */
} ast_expect_kind;

typedef struct ast_expect {
    ast_expect_kind kind;
    ast_ident       name;
    ast_value      *value; /* AST_X_VALUE */
    span            sp;
} ast_expect;

typedef struct ast_test {
    const char *name;
    span        name_sp;
    vec         givens;  /* ast_given* */
    vec         expects; /* ast_expect* */
    span        sp;
} ast_test;

typedef enum {
    AST_ITEM_UNIT, AST_ITEM_DECL, AST_ITEM_DERIVE, AST_ITEM_TABLE, AST_ITEM_RULE, AST_ITEM_TEST,
    AST_ITEM_LABEL, AST_ITEM_CONSTRAINT
} ast_item_kind;

typedef struct ast_item {
    ast_item_kind kind;
    void         *node; /* ast_unit*, ast_decl*, ast_derive*, ast_table*, ast_rule*, ast_test*,
                           ast_label* */
} ast_item;

/* A whole file. The per-kind vectors hold the same nodes as items, grouped. */
typedef struct ast_program {
    ast_header *header; /* NULL if missing (reported) */
    vec         items;  /* ast_item*, in source order */
    vec         units, inputs, outputs, derives, tables, rules, constraints, tests;
    vec         labels; /* ast_label*: `label` declarations */
} ast_program;

/* Parses a whole file (parser.y). Always returns a program, partial after syntax errors, which
 * are reported through d (several per file, thanks to error recovery). */
ast_program *parse_program(arena *a, diag_ctx *d, const src_file *f);

/* Prints the tree in a stable, indented form (`guidec --dump-ast`). */
void ast_dump(FILE *out, const ast_program *p);

/* Adds an item to the program, in order, and to its per-kind vector. */
void ast_add_item(arena *a, ast_program *p, ast_item_kind kind, void *node);

#endif
