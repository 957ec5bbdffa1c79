/* parse_actions.h — the parser's state and the helpers its grammar actions call (pa_ prefix).
 *
 * parser.y keeps one call per action; everything that builds a node, checks a detail or words a
 * diagnostic lives in parse_actions.c. The lexer (lexer.l) shares the same state through
 * yyextra: its position, and whether the current token starts its line. */
#ifndef GUIDE_PARSE_ACTIONS_H
#define GUIDE_PARSE_ACTIONS_H

#include "ast.h"

/* Everything the scanner and the parser share for one file. */
typedef struct parse_state {
    arena          *a;
    diag_ctx       *d;
    const src_file *f;
    ast_program    *prog;
    ast_table      *table;    /* the table being parsed (tables do not nest) */
    ast_test       *test;     /* the test being parsed */
    span            no_header_sp; /* where a missing header was reported (line 0: not) */
    /* scanner position */
    size_t          off;      /* byte offset just past the current token */
    int             line, col; /* position of the next character */
    int             bol;      /* nothing but blanks since the start of the line */
    int             tok_bol;  /* bol as it was before the current token */
    int             ntokens;  /* tokens returned so far */
    span            first_tok; /* the first token (ntokens > 0) */
    span            last_tok;  /* the last token before end of file */
    int             nclauses;  /* rules and table rows so far (GUIDE_MAX_CLAUSES) */
    vec             latin_seen; /* const char*: words with accents already reported */
    ast_rule       *rule;       /* the rule parsed last, NULL if it was dropped */
} parse_state;

/* ---- Names and lists ---------------------------------------------------------------------- */

ast_ident *pa_ident(parse_state *ps, const char *name, span sp);
vec        pa_list1(parse_state *ps, void *item);
vec        pa_list_add(parse_state *ps, vec list, void *item);

/* ---- Header, units, declarations ------------------------------------------------------------ */

void pa_header(parse_state *ps, ast_ident *name, const char *title, const char *version,
               const char *source, span sp);
/* The file does not start with `guideline`: reported by the scanner at the first token (or at
 * 1:1, zero-width, in a file without tokens). */
void pa_missing_header(parse_state *ps, span sp);
void pa_unit(parse_state *ps, ast_ident *name, const char *desc, span sp);
void pa_decl(parse_state *ps, int is_output, ast_ident *name, ast_type *type, span sp);
/* `input NAME "display" : type`: a declaration with the guideline's words for its name. */
void pa_decl_display(parse_state *ps, int is_output, ast_ident *name, const char *display,
                     span display_sp, ast_type *type, span sp);
/* `label NAME "display"` (every enum and set with that label) and `label VAR.NAME "display"`
 * (qualified: that variable's label only); qualified is the QNAME token's text. */
void pa_label(parse_state *ps, const char *name, span name_sp, int qualified, const char *display,
              span display_sp, span sp);
/* `reading N "text"` after a rule's or table's name (and `cites`, if any). */
ast_reading *pa_reading(parse_state *ps, double number, span number_sp, const char *text, span sp);
/* An input with `step S [UNIT]` (step_sp: that of S). */
void pa_decl_step(parse_state *ps, ast_ident *name, ast_type *type, double step, ast_ident *unit,
                  span step_sp, span sp);

/* `in [lo, hi]`: a type holding only the bounds (range_sp from `[` to `]`), completed by
 * pa_type_num. */
ast_type *pa_bounds(parse_state *ps, double lo, double hi, span open, span close);
ast_type *pa_type_bool(parse_state *ps, span sp);
ast_type *pa_type_labels(parse_state *ps, ast_type_kind kind, vec labels, span sp);
/* number / integer / range / a bare unit: unit and bounds may be NULL. */
ast_type *pa_type_num(parse_state *ps, ast_type_kind kind, ast_ident *unit, ast_type *bounds,
                      span sp);

/* ---- Derived values ------------------------------------------------------------------------- */

ast_match_arm *pa_arm(parse_state *ps, vec from, ast_ident *to, span sp);
void pa_derive_match(parse_state *ps, ast_ident *name, ast_ident *source, vec arms, span sp);
/* `list of T`: T must be a number type; `list` and `of` are checked here, so that both stay
 * usable as names elsewhere. */
ast_type *pa_type_list(parse_state *ps, ast_ident *list, ast_ident *of, ast_type *elem, span sp);
/* An aggregate: fn(list), or fn (elem in list: test). */
ast_expr *pa_expr_agg(parse_state *ps, ast_ident *fn, ast_ident *elem, ast_ident *list,
                      ast_cond *test, span sp);
void pa_derive_expr(parse_state *ps, ast_ident *name, ast_type *type, ast_expr *e, span sp);

ast_expr *pa_expr_bin(parse_state *ps, ast_expr_kind kind, ast_expr *l, ast_expr *r, span sp);
ast_expr *pa_expr_neg(parse_state *ps, ast_expr *l, span sp);
ast_expr *pa_expr_num(parse_state *ps, double num, ast_ident *unit, span sp);
ast_expr *pa_expr_var(parse_state *ps, ast_ident *var);

/* ---- Values ------------------------------------------------------------------------------------ */

ast_value *pa_value_label(parse_state *ps, ast_ident *label);
ast_value *pa_value_num(parse_state *ps, double num, ast_ident *unit, span sp);
ast_value *pa_value_bool(parse_state *ps, int b, span sp);
/* ND, unknown, `-`. */
ast_value *pa_value_simple(parse_state *ps, ast_value_kind kind, span sp);
/* A number kept in a list (numbers are boxed in the arena). */
double    *pa_number(parse_state *ps, double x);
/* A list value, `[]`, `[2.5] SUV`, `[2, 6, 4.5] SUV` (two numbers are a range's form, which a
 * list input also takes: see low_value). */
ast_value *pa_value_list(parse_state *ps, vec nums, ast_ident *unit, span sp);
ast_value *pa_value_list3(parse_state *ps, double a, double b, vec rest, ast_ident *unit, span sp);
ast_value *pa_value_range(parse_state *ps, double lo, double hi, ast_ident *unit, span sp);
ast_value *pa_value_set(parse_state *ps, vec labels, span sp);

/* ---- Conditions and input cells (var NULL in a cell) ----------------------------------------- */

ast_cond *pa_cond_bin(parse_state *ps, ast_cond_kind kind, ast_cond *l, ast_cond *r, span sp);
ast_cond *pa_cond_not(parse_state *ps, ast_cond *c, span sp);
ast_cond *pa_cond_cmp(parse_state *ps, ast_ident *var, ast_cmp_op op, ast_value *v, span sp);
/* `x = v` in a condition: reported at eq_sp, then read as `x == v`. */
ast_cond *pa_cond_typo(parse_state *ps, ast_ident *var, ast_value *v, span eq_sp, span sp);
ast_cond *pa_cond_set(parse_state *ps, ast_ident *var, vec labels, int negated, span sp);
/* A label alone in a cell: the set of that label; `not a`: its complement. */
ast_cond *pa_cond_label(parse_state *ps, ast_ident *label, int negated, span sp);
/* `(lo, hi] UNIT`, var NULL; closed flags from the brackets. */
ast_cond *pa_interval(parse_state *ps, int lo_closed, double lo, double hi, int hi_closed,
                      ast_ident *unit, span sp);
/* `x in INTERVAL` / `x not in INTERVAL`. */
ast_cond *pa_cond_in(parse_state *ps, ast_ident *var, ast_cond *interval, int negated, span sp);
ast_cond *pa_cond_truth(parse_state *ps, ast_ident *var);
ast_cond *pa_cond_any(parse_state *ps, span sp);

/* ---- Rules ----------------------------------------------------------------------------------- */

/* `==` written where `=` belongs (then, given: is_expect 0; expect: 1). */
void        pa_eqeq_typo(parse_state *ps, span sp, int is_expect);
ast_assign *pa_assign(parse_state *ps, ast_ident *output, ast_value *v, span sp);
void pa_constraint(parse_state *ps, ast_ident *name, const char *cite, span cite_sp,
                   ast_reading *reading, ast_cond *when, ast_cond *then, span sp);
void pa_rule(parse_state *ps, ast_ident *name, const char *cite, span cite_sp, ast_cond *when,
             ast_cond *unless, vec assigns, span sp);
/* The reading of the rule or table just parsed (rules are complete when their reading is set;
 * a table's is set at its head). */
void pa_rule_reading(parse_state *ps, ast_reading *r);
void pa_table_reading(parse_state *ps, ast_reading *r);

/* ---- Tables ---------------------------------------------------------------------------------- */

void pa_table_begin(parse_state *ps, ast_ident *name, const char *cite, span cite_sp, ast_hit hit,
                    span hit_sp, span sp);
void pa_table_when(parse_state *ps, ast_cond *guard, span sp);
void pa_table_outputs(parse_state *ps, vec names, span sp);
void pa_table_mark(parse_state *ps, const char *mark, span mark_sp, ast_ident *output,
                   const char *meaning, span sp);
/* Header row, 1-D form: input columns || output columns. */
void pa_table_columns(parse_state *ps, vec in_cols, vec out_cols);
/* Header row, 2-D form: input columns || NAME: cell | cell ... */
void pa_table_across(parse_state *ps, vec in_cols, ast_ident *across, vec cells);
ast_out_cell *pa_out_cell(parse_state *ps, vec values, const char *mark, span mark_sp, span sp);
void pa_row(parse_state *ps, vec in_cells, vec out_cells, const char *cite, span cite_sp, span sp);
void pa_table_end(parse_state *ps, span sp);

/* ---- Tests ----------------------------------------------------------------------------------- */

void pa_test_begin(parse_state *ps, const char *name, span name_sp, span sp);
void pa_given(parse_state *ps, ast_ident *input, ast_value *v, span sp);
void pa_expect_value(parse_state *ps, ast_ident *name, ast_value *v, span sp);
void pa_expect_is(parse_state *ps, ast_ident *name, ast_expect_kind kind, span sp);
void pa_expect_rule(parse_state *ps, ast_ident *rule, int fired, span sp);
/* `rule NAME fired in every case`: the two words after `in` must be `every case`. */
void pa_expect_rule_always(parse_state *ps, ast_ident *rule, const char *every, const char *cas,
                           span every_sp, span case_sp, span sp);
void pa_test_end(parse_state *ps, span sp);

/* ---- Errors ---------------------------------------------------------------------------------- */

/* A syntax error at loc: found is the lookahead's display name ("end of file", "a name", "'end'"),
 * expected the display names of the tokens that could have come instead (may be empty). */
void pa_syntax_error(parse_state *ps, span loc, const char *found, const char *const *expected,
                     int nexpected);
/* Any other parser failure (bison's "memory exhausted" on absurd nesting). */
void pa_parser_error(parse_state *ps, span loc, const char *msg);

#endif
