/* emit_c_internal.h — what the files of the C backend share: the emitter's state (ec), and the
 * functions one file writes for another, prefixed ec_ (emit_c.c: names and text; emit_c_abi.c:
 * NAME.h, the entry points and batches; emit_c_eval.c: the evaluation; emit_c_direct.c: the
 * direct path; emit_c_info.c: NAME_info). */
#ifndef GUIDE_EMIT_C_INTERNAL_H
#define GUIDE_EMIT_C_INTERNAL_H

#include <stdint.h>
#include <stdio.h>

#include "emit_c.h"
#include "emit_plan.h"
#include "name_map.h"
#include "strbuf.h"

#define EMITC_VERSION "guidec 0.1.0"

/* A set of strings: the identifiers already used in one scope. */
typedef name_map names;

/* ---- Table plans ------------------------------------------------------------------------------ */

/* The generated names of a table (its plan is an eplan_table). */
typedef struct table_names {
    const char *fn, *cells_fn, *combos, *rows;
    const char  *direct;    /* the direct path's answers by combination of classes */
    const char  *tag;       /* their struct's tag */
    int          as_output; /* that struct is laid out as NAME_output's first fields (values,
                               then states: eplan_answers_all); else states first */
    const char  *state_bytes; /* their states as the columns entry writes them */
    const char **class_map; /* [nv]: its class array of a column, or NULL when none is needed */
} table_names;

/* The emitter's state: the program, the names it gives everything (made once by emit_c.c's plan,
 * so that every file uses the same), the plan both backends share, and the two files written. */
typedef struct ec {
    const ir_program *p;
    arena        a;
    names        ids;       /* file-scope identifiers of NAME.c and NAME.h */
    FILE        *c, *h;
    const char  *name;      /* the guideline name: prefix of public identifiers */
    const char  *upper;     /* the same in capitals */
    const char **in_field;  /* [nvars] field of NAME_input (inputs) */
    const char **out_field; /* [nvars] field of NAME_output (derived values, outputs) */
    const char **col_field; /* [nvars] field of NAME_columns (inputs, outputs) */
    const char **col_c;     /* [nvars] its block's pointer in columns_block (inputs, outputs) */
    const char **st_c;      /* [nvars] the pointer to an output's states in columns_block */
    const char **vc;        /* [nvars] V_ constant */
    const char **pub;       /* [nvars] NAME_IN_x, NAME_DER_x, NAME_OUT_x */
    const char ***lab;      /* [nvars][nlabels] label constants */
    const char **fn;        /* [nvars] derive_x or answer_x */
    int          agg_seq;   /* the aggregate tests of the derived value being written, numbered
                               in the order put_agg_tests and put_expr both visit them */
    const char **map_c;     /* [nvars] map_x: the labels a match derivation maps to */
    const char **at;        /* [nvars] NAME_POSSIBLE_AT_x (outputs) */
    const char **dd_cuts;   /* [nlevels] a numeric level's cuts, or NULL */
    const char **dd_cells;  /* [nlevels] a numeric level's cell of each position, or NULL */
    const char **dd_through;/* [nlevels] an arithmetic level's derived values, or NULL (their
                               operands: the same name with _at and _from) */
    const char **dd_levels; /* [nvars] (outputs) the levels of its diagram, in order */
    const char **dd_leaves; /* [nvars] (outputs) its answers */
    const char **dd_nlevel, **dd_nkids, **dd_kids; /* [nvars] (outputs) its nodes */
    int         *possible_at; /* [noutputs + 1] offset of each output's leaf set in possible[] */
    size_t       work;      /* int32_t of scratch the largest diagram's walk needs */
    eplan        plan;      /* units, value classes, trace order, lookups (emit_plan.h) */
    const char **unit_c;    /* [nunits] U_ constant */
    const char **unit_fn;   /* [nunits] table_x or rule_x */
    table_names *tn;        /* [ntables] */
    int          inl;       /* emit-c --inline: the direct path in the header, NAME_eval_inline */
    int          in_header; /* the direct path being written into the header */
    const char  *direct_fn; /* the direct path's function: eval_direct, or NAME__eval_direct */
} ec;

/* ---- emit_c.c: text that every part writes ---------------------------------------------------- */

/* The shortest decimal form of x that reads back as x, into buf. */
const char *ec_num(char *buf, size_t len, double x);
/* A C string literal (NULL: a null pointer), the same bytes whatever the compiler's charset. */
void ec_put_str(FILE *f, const char *s);
/* Text for inside a block comment: no comment delimiters, trigraphs or control bytes. */
void ec_put_comment(FILE *f, const char *s, size_t n);
/* The source lines of a span, in a comment opened indent columns in. */
void ec_put_source_lines(ec *e, FILE *f, span sp, int indent);
/* A value as Guide prints it, for comments; a guide_value initializer of var's type. */
void ec_put_value_comment(ec *e, FILE *f, int var, const ir_value *v);
void ec_put_value_init(ec *e, FILE *f, int var, const guide_value *v);
int ec_imax(int a, int b);
/* Words for comments, by guide_var_kind, guide_type and guide_hit. */
extern const char *const ec_kind_word[];
/* "rule r" / "table t row 3 [column]", for comments. */
void ec_put_clause_label(ec *e, FILE *f, int ci);

/* ---- emit_c_abi.c: NAME.h, the entry points and the batch entries ------------------------------ */

void ec_put_file_comment(ec *e, FILE *f, const char *what);
void ec_emit_header(ec *e);
/* The test that input i of the input struct `in` is not valid, for eval_direct. */
void ec_put_direct_reject(ec *e, FILE *c, int i);
/* load_inputs, save_outputs, evaluate / eval_with, NAME_eval and the frame glue. */
void ec_emit_entry(ec *e);
/* NAME_eval_many, column_row, columns_block (on the direct path) and NAME_eval_columns. */
void ec_emit_batches(ec *e);

/* ---- emit_c_eval.c: the evaluation of a case --------------------------------------------------- */

/* The evaluation machinery (eval_state, reset, set_clause, fold, walk ...), the helpers NAME.c
 * calls. */
void ec_emit_machinery(ec *e);
void ec_emit_derived(ec *e, int vi);
void ec_emit_rule(ec *e, int u);
/* "size_cm in (2, 5)" for cell `cell` of column k, for comments. */
void ec_put_cell_text(ec *e, FILE *c, const eplan_table *tp, int k, int cell);
/* " -> risk = high; pct = ND" for the answer codes of a table's fast outputs, for comments. */
void ec_put_answers_comment(ec *e, FILE *c, const eplan_table *tp, int *const *codes, long combo);
void ec_emit_table(ec *e, int t);
void ec_emit_answer(ec *e, int vi);

/* ---- emit_c_direct.c: the direct path ---------------------------------------------------------- */

/* Table t's combination of classes for the loop of columns_block, from x[i], input i's value. */
void ec_put_column_index(ec *e, FILE *c, int t, const char *const *x, int ind);
/* The inputs the tables on the direct path read (their columns), a set of WORDS words. */
uint64_t *ec_direct_need(ec *e);
/* The direct path: eval_direct (unless with_fn is 0), and the arrays it reads, into c. */
void ec_emit_direct(ec *e, FILE *c, int with_fn);

/* ---- emit_c_info.c: NAME_info ------------------------------------------------------------------ */

void ec_emit_info(ec *e);

#endif
