/* parser.y — the grammar of Guide (docs/LANGUAGE.md). bison 3.8 generates build/gen/parser.c
 * and parser.h from this file.
 *
 * Actions are one call each into parse_actions.c, which builds the AST (ast.h) and words the
 * diagnostics. Newlines are not tokens: the scanner marks the `|` that opens a table row
 * (ROW_BEGIN) and the one that closes it (ROW_END), so rows need no newline in the grammar.
 * After a syntax error the parser skips to the next top-level item (input, output, derive,
 * table, rule, test, unit) and goes on, so one file can report several errors. */

%define api.pure full
%locations
%define api.location.type {span}
%define parse.error custom
%define parse.lac full
%expect 0

%code requires {
#include "ast.h"
#include "parse_actions.h"
#ifndef YY_TYPEDEF_YY_SCANNER_T
#define YY_TYPEDEF_YY_SCANNER_T
typedef void *yyscan_t;
#endif
}

%code {
#include "lexer.h"
#include "xalloc.h"

/* The parser's stack, past its first 200 entries: out of memory is guidec's one message; bison's
 * own "memory exhausted" is left to mean its depth limit ("too deeply nested"). */
#define YYMALLOC(n) guide_xmalloc((n), "the parser's stack")

static void yyerror(YYLTYPE *loc, yyscan_t scanner, parse_state *ps, const char *msg);
}

%param {yyscan_t scanner}
%parse-param {parse_state *ps}

%union {
    double        num;
    const char   *str;
    int           ival;
    ast_ident    *id;
    vec           list;
    ast_type     *type;
    ast_value    *value;
    ast_cond     *cond;
    ast_expr     *expr;
    ast_out_cell *cell;
    void         *ptr;
}

/* Display names (the strings) are what syntax errors print. */
%token <str> IDENT  "a name"
%token <str> DLABEL "a label"
%token <num> NUMBER "a number"
%token <str> STRING "a string"
%token <str> STAR   "'*'"
%token <str> STARS  "a mark"
%token ROW_BEGIN "a table row"
%token ROW_END   "'|' at the end of the row"
%token BAR       "'|'"
%token SEP       "'||'"
%token LE "'<='" GE "'>='" EQ "'=='" NE "'!='" ARROW "'->'"
%token KW_GUIDELINE "'guideline'" KW_VERSION "'version'" KW_SOURCE "'source'" KW_UNIT "'unit'"
%token KW_INPUT "'input'" KW_OUTPUT "'output'" KW_DERIVE "'derive'" KW_MATCH "'match'"
%token KW_TABLE "'table'" KW_HIT "'hit'" KW_UNIQUE "'unique'" KW_FIRST "'first'"
%token KW_COLLECT "'collect'" KW_OUTPUTS "'outputs'" KW_MARK "'mark'" KW_WHEN "'when'"
%token KW_UNLESS "'unless'" KW_THEN "'then'" KW_RULE "'rule'" KW_TEST "'test'"
%token KW_GIVEN "'given'" KW_EXPECT "'expect'" KW_IS "'is'" KW_FIRED "'fired'" KW_NOT "'not'"
%token KW_AND "'and'" KW_OR "'or'" KW_IN "'in'" KW_END "'end'" KW_CITES "'cites'"
%token KW_BOOL "'bool'" KW_ENUM "'enum'" KW_NUMBER "'number'" KW_INTEGER "'integer'"
%token KW_RANGE "'range'" KW_SET "'set'" KW_TRUE "'true'" KW_FALSE "'false'" KW_ND "'ND'"
%token KW_UNDETERMINED "'undetermined'" KW_NOT_APPLICABLE "'not_applicable'"
%token KW_CONFLICT "'conflict'" KW_UNKNOWN "'unknown'" KW_CONSTRAINT "'constraint'"
%token KW_LABEL "'label'" KW_READING "'reading'"
%token <str> QNAME "a qualified label"
%token KW_STEP "'step'"
%token KW_ELSE "'else'"

/* Two readings in table output cells are settled here, both in favour of shifting: a name after
 * a number is its unit (`24 %`, `5 cm`), and `- 5` is the number -5, not `-` then 5. */
%precedence NO_UNIT NONE_CELL
%precedence IDENT NUMBER
%left KW_ELSE
%left KW_OR
%left KW_AND
%precedence KW_NOT
%left '+' '-'
%left STAR '/'
%precedence UMINUS

%type <id> label unit opt_unit
%type <list> numbers labels names arms col_names in_cells out_cells out_values across_cells assigns
%type <num> signed
%type <str> opt_cite opt_row_cite mark
%type <ival> cmp_op lbr rbr hit is_what
%type <type> type opt_bounds
%type <value> value cmp_value out_value
%type <cond> cond atom interval in_cell opt_unless
%type <expr> expr
%type <cell> out_cell
%type <ptr> arm assign reading

%%

/* The header is parsed as an item so that state 0 needs no lookahead and every error can be
 * recovered from; the scanner reports a file whose first token is not `guideline`, and
 * pa_header one that comes twice. */
program
    : items
    ;

items
    : %empty
    | items item
    ;

item
    : KW_GUIDELINE IDENT STRING KW_VERSION STRING KW_SOURCE STRING
                                              { pa_header(ps, pa_ident(ps, $2, @2), $3, $5, $7, @$); }
    | KW_UNIT IDENT STRING                    { pa_unit(ps, pa_ident(ps, $2, @2), $3, @$); }
    | KW_INPUT IDENT ':' type                 { pa_decl(ps, 0, pa_ident(ps, $2, @2), $4, @$); }
    | KW_INPUT IDENT ':' type KW_STEP signed opt_unit
                                              { pa_decl_step(ps, pa_ident(ps, $2, @2), $4, $6, $7, @6, @$); }
    | KW_OUTPUT IDENT ':' type                { pa_decl(ps, 1, pa_ident(ps, $2, @2), $4, @$); }
    | KW_INPUT IDENT STRING ':' type          { pa_decl_display(ps, 0, pa_ident(ps, $2, @2), $3, @3, $5, @$); }
    | KW_OUTPUT IDENT STRING ':' type         { pa_decl_display(ps, 1, pa_ident(ps, $2, @2), $3, @3, $5, @$); }
    | KW_LABEL label STRING                   { pa_label(ps, $2->name, @2, 0, $3, @3, @$); }
    | KW_LABEL QNAME STRING                   { pa_label(ps, $2, @2, 1, $3, @3, @$); }
    | derive
    | table
    | rule
    | constraint
    | test
    | error
    ;

/* ---- Names, labels, units, numbers ---------------------------------------------------------- */

label
    : IDENT                                   { $$ = pa_ident(ps, $1, @1); }
    | DLABEL                                  { $$ = pa_ident(ps, $1, @1); }
    ;

 numbers
    : signed                                  { $$ = pa_list1(ps, pa_number(ps, $1)); }
    | numbers ',' signed                      { $$ = pa_list_add(ps, $1, pa_number(ps, $3)); }
    ;

labels
    : label                                   { $$ = pa_list1(ps, $1); }
    | labels ',' label                        { $$ = pa_list_add(ps, $1, $3); }
    ;

unit
    : IDENT                                   { $$ = pa_ident(ps, $1, @1); }
    | '%'                                     { $$ = pa_ident(ps, "%", @1); }
    ;

opt_unit
    : %empty %prec NO_UNIT                    { $$ = NULL; }
    | unit
    ;

signed
    : NUMBER
    | '-' NUMBER                              { $$ = -$2; }
    ;

/* ---- Types ------------------------------------------------------------------------------------ */

type
    : KW_BOOL                                 { $$ = pa_type_bool(ps, @$); }
    | KW_ENUM '{' labels '}'                  { $$ = pa_type_labels(ps, GUIDE_ENUM, $3, @$); }
    | KW_SET '{' labels '}'                   { $$ = pa_type_labels(ps, GUIDE_SET, $3, @$); }
    | KW_RANGE unit                           { $$ = pa_type_num(ps, GUIDE_RANGE, $2, NULL, @$); }
    | KW_INTEGER opt_bounds                   { $$ = pa_type_num(ps, GUIDE_INTEGER, NULL, $2, @$); }
    | KW_NUMBER opt_bounds                    { $$ = pa_type_num(ps, GUIDE_NUMBER, NULL, $2, @$); }
    | KW_NUMBER unit opt_bounds               { $$ = pa_type_num(ps, GUIDE_NUMBER, $2, $3, @$); }
    | unit opt_bounds                         { $$ = pa_type_num(ps, GUIDE_NUMBER, $1, $2, @$); }
    | IDENT IDENT type                        { $$ = pa_type_list(ps, pa_ident(ps, $1, @1), pa_ident(ps, $2, @2), $3, @$); }
    ;

opt_bounds
    : %empty                                  { $$ = NULL; }
    | KW_IN '[' signed ',' signed ']'         { $$ = pa_bounds(ps, $3, $5, @2, @6); }
    ;

/* ---- Derived values -------------------------------------------------------------------------- */

derive
    : KW_DERIVE IDENT '=' KW_MATCH IDENT '{' arms opt_semi '}'
                                              { pa_derive_match(ps, pa_ident(ps, $2, @2), pa_ident(ps, $5, @5), $7, @$); }
    | KW_DERIVE IDENT ':' type '=' expr       { pa_derive_expr(ps, pa_ident(ps, $2, @2), $4, $6, @$); }
    ;

arms
    : arm                                     { $$ = pa_list1(ps, $1); }
    | arms ';' arm                            { $$ = pa_list_add(ps, $1, $3); }
    ;

arm
    : labels ARROW label                      { $$ = pa_arm(ps, $1, $3, @$); }
    ;

opt_semi
    : %empty
    | ';'
    ;

expr
    : expr KW_ELSE expr                       { $$ = pa_expr_bin(ps, AST_E_ELSE, $1, $3, @$); }
    | expr '+' expr                           { $$ = pa_expr_bin(ps, AST_E_ADD, $1, $3, @$); }
    | expr '-' expr                           { $$ = pa_expr_bin(ps, AST_E_SUB, $1, $3, @$); }
    | expr STAR expr                          { $$ = pa_expr_bin(ps, AST_E_MUL, $1, $3, @$); }
    | expr '/' expr                           { $$ = pa_expr_bin(ps, AST_E_DIV, $1, $3, @$); }
    | '-' expr %prec UMINUS                   { $$ = pa_expr_neg(ps, $2, @$); }
    | '(' expr ')'                            { $$ = $2; }
    | NUMBER opt_unit                         { $$ = pa_expr_num(ps, $1, $2, @$); }
    | IDENT                                   { $$ = pa_expr_var(ps, pa_ident(ps, $1, @1)); }
    | IDENT '(' IDENT ')'                     { $$ = pa_expr_agg(ps, pa_ident(ps, $1, @1), NULL, pa_ident(ps, $3, @3), NULL, @$); }
    | IDENT '(' IDENT KW_IN IDENT ':' cond ')'
                                              { $$ = pa_expr_agg(ps, pa_ident(ps, $1, @1), pa_ident(ps, $3, @3), pa_ident(ps, $5, @5), $7, @$); }
    ;

/* ---- Conditions ------------------------------------------------------------------------------ */

cond
    : cond KW_OR cond                         { $$ = pa_cond_bin(ps, AST_C_OR, $1, $3, @$); }
    | cond KW_AND cond                        { $$ = pa_cond_bin(ps, AST_C_AND, $1, $3, @$); }
    | KW_NOT cond                             { $$ = pa_cond_not(ps, $2, @$); }
    | '(' cond ')'                            { $$ = $2; }
    | atom
    ;

atom
    : IDENT cmp_op cmp_value                  { $$ = pa_cond_cmp(ps, pa_ident(ps, $1, @1), $2, $3, @$); }
    | IDENT '=' cmp_value                     { $$ = pa_cond_typo(ps, pa_ident(ps, $1, @1), $3, @2, @$); }
    | IDENT KW_IN '{' labels '}'              { $$ = pa_cond_set(ps, pa_ident(ps, $1, @1), $4, 0, @$); }
    | IDENT KW_NOT KW_IN '{' labels '}'       { $$ = pa_cond_set(ps, pa_ident(ps, $1, @1), $5, 1, @$); }
    | IDENT KW_IN interval                    { $$ = pa_cond_in(ps, pa_ident(ps, $1, @1), $3, 0, @$); }
    | IDENT KW_NOT KW_IN interval             { $$ = pa_cond_in(ps, pa_ident(ps, $1, @1), $4, 1, @$); }
    | IDENT                                   { $$ = pa_cond_truth(ps, pa_ident(ps, $1, @1)); }
    ;

cmp_op
    : '<'                                     { $$ = AST_LT; }
    | LE                                      { $$ = AST_LE; }
    | '>'                                     { $$ = AST_GT; }
    | GE                                      { $$ = AST_GE; }
    | EQ                                      { $$ = AST_EQ; }
    | NE                                      { $$ = AST_NE; }
    ;

cmp_value
    : label                                   { $$ = pa_value_label(ps, $1); }
    | signed opt_unit                         { $$ = pa_value_num(ps, $1, $2, @$); }
    | KW_TRUE                                 { $$ = pa_value_bool(ps, 1, @$); }
    | KW_FALSE                                { $$ = pa_value_bool(ps, 0, @$); }
    ;

interval
    : lbr signed ',' signed rbr opt_unit      { $$ = pa_interval(ps, $1, $2, $4, $5, $6, @$); }
    ;

lbr
    : '('                                     { $$ = 0; }
    | '['                                     { $$ = 1; }
    ;

rbr
    : ')'                                     { $$ = 0; }
    | ']'                                     { $$ = 1; }
    ;

/* ---- Values (conclusions, tests, output cells) ------------------------------------------------ */

value
    : cmp_value
    | KW_ND                                   { $$ = pa_value_simple(ps, AST_V_ND, @$); }
    | KW_UNKNOWN                              { $$ = pa_value_simple(ps, AST_V_UNKNOWN, @$); }
    | '[' signed ',' signed ']' opt_unit      { $$ = pa_value_range(ps, $2, $4, $6, @$); }
    | '[' ']' opt_unit                        { $$ = pa_value_list(ps, (vec){0}, $3, @$); }
    | '[' signed ']' opt_unit                 { $$ = pa_value_list(ps, pa_list1(ps, pa_number(ps, $2)), $4, @$); }
    | '[' signed ',' signed ',' numbers ']' opt_unit
                                              { $$ = pa_value_list3(ps, $2, $4, $6, $8, @$); }
    | '{' labels '}'                          { $$ = pa_value_set(ps, $2, @$); }
    | '{' '}'                                 { $$ = pa_value_set(ps, (vec){0}, @$); }
    ;

/* ---- Rules ----------------------------------------------------------------------------------- */

rule
    : KW_RULE IDENT opt_cite KW_WHEN cond opt_unless KW_THEN assigns
                                              { pa_rule(ps, pa_ident(ps, $2, @2), $3, @3, $5, $6, $8, @$); }
    | KW_RULE IDENT opt_cite reading KW_WHEN cond opt_unless KW_THEN assigns
                                              { pa_rule(ps, pa_ident(ps, $2, @2), $3, @3, $6, $7, $9, @$);
                                                pa_rule_reading(ps, $4); }
    ;

/* `reading N "text"`: an interpretation, numbered as in rules/README.md. */
reading
    : KW_READING NUMBER STRING                { $$ = pa_reading(ps, $2, @2, $3, @$); }
    ;

/* A relation between inputs that every case satisfies: `then` holds whenever `when` does. */
constraint
    : KW_CONSTRAINT IDENT opt_cite KW_WHEN cond KW_THEN cond
                                              { pa_constraint(ps, pa_ident(ps, $2, @2), $3, @3, NULL, $5, $7, @$); }
    | KW_CONSTRAINT IDENT opt_cite reading KW_WHEN cond KW_THEN cond
                                              { pa_constraint(ps, pa_ident(ps, $2, @2), $3, @3, $4, $6, $8, @$); }
    ;

opt_cite
    : %empty                                  { $$ = NULL; }
    | KW_CITES STRING                         { $$ = $2; }
    ;

opt_unless
    : %empty                                  { $$ = NULL; }
    | KW_UNLESS cond                          { $$ = $2; }
    ;

assigns
    : assign                                  { $$ = pa_list1(ps, $1); }
    | assigns ',' assign                      { $$ = pa_list_add(ps, $1, $3); }
    ;

assign
    : IDENT assign_op value                   { $$ = pa_assign(ps, pa_ident(ps, $1, @1), $3, @$); }
    ;

assign_op
    : '='
    | EQ                                      { pa_eqeq_typo(ps, @1, 0); }
    ;

/* ---- Tables ---------------------------------------------------------------------------------- */

table
    : table_head table_opts table_header rows KW_END
                                              { pa_table_end(ps, @$); }
    ;

table_head
    : KW_TABLE IDENT opt_cite KW_HIT hit      { pa_table_begin(ps, pa_ident(ps, $2, @2), $3, @3, $5, @5, @$); }
    | KW_TABLE IDENT opt_cite reading KW_HIT hit
                                              { pa_table_begin(ps, pa_ident(ps, $2, @2), $3, @3, $6, @6, @$);
                                                pa_table_reading(ps, $4); }
    ;

hit
    : KW_UNIQUE                               { $$ = GUIDE_HIT_UNIQUE; }
    | KW_FIRST                                { $$ = GUIDE_HIT_FIRST; }
    | KW_COLLECT                              { $$ = GUIDE_HIT_COLLECT; }
    ;

table_opts
    : %empty
    | table_opts table_opt
    ;

table_opt
    : KW_WHEN cond                            { pa_table_when(ps, $2, @$); }
    | KW_OUTPUTS names                        { pa_table_outputs(ps, $2, @$); }
    | KW_MARK mark ARROW IDENT STRING         { pa_table_mark(ps, $2, @2, pa_ident(ps, $4, @4), $5, @$); }
    ;

names
    : IDENT                                   { $$ = pa_list1(ps, pa_ident(ps, $1, @1)); }
    | names ',' IDENT                         { $$ = pa_list_add(ps, $1, pa_ident(ps, $3, @3)); }
    ;

mark
    : STAR
    | STARS
    ;

table_header
    : ROW_BEGIN col_names SEP col_names ROW_END
                                              { pa_table_columns(ps, $2, $4); }
    | ROW_BEGIN col_names SEP IDENT ':' across_cells ROW_END
                                              { pa_table_across(ps, $2, pa_ident(ps, $4, @4), $6); }
    ;

col_names
    : IDENT                                   { $$ = pa_list1(ps, pa_ident(ps, $1, @1)); }
    | col_names BAR IDENT                     { $$ = pa_list_add(ps, $1, pa_ident(ps, $3, @3)); }
    ;

across_cells
    : in_cell                                 { $$ = pa_list1(ps, $1); }
    | across_cells BAR in_cell                { $$ = pa_list_add(ps, $1, $3); }
    ;

rows
    : %empty
    | rows row
    ;

row
    : ROW_BEGIN in_cells SEP out_cells ROW_END opt_row_cite
                                              { pa_row(ps, $2, $4, $6, @6, @$); }
    ;

opt_row_cite
    : %empty                                  { $$ = NULL; }
    | KW_CITES STRING                         { $$ = $2; }
    ;

in_cells
    : in_cell                                 { $$ = pa_list1(ps, $1); }
    | in_cells BAR in_cell                    { $$ = pa_list_add(ps, $1, $3); }
    ;

in_cell
    : '-'                                     { $$ = pa_cond_any(ps, @$); }
    | cmp_op cmp_value                        { $$ = pa_cond_cmp(ps, NULL, $1, $2, @$); }
    | interval
    | signed opt_unit                         { $$ = pa_cond_cmp(ps, NULL, AST_EQ, pa_value_num(ps, $1, $2, @$), @$); }
    | KW_TRUE                                 { $$ = pa_cond_cmp(ps, NULL, AST_EQ, pa_value_bool(ps, 1, @$), @$); }
    | KW_FALSE                                { $$ = pa_cond_cmp(ps, NULL, AST_EQ, pa_value_bool(ps, 0, @$), @$); }
    | label                                   { $$ = pa_cond_label(ps, $1, 0, @$); }
    | KW_NOT label                            { $$ = pa_cond_label(ps, $2, 1, @$); }
    | '{' labels '}'                          { $$ = pa_cond_set(ps, NULL, $2, 0, @$); }
    | KW_NOT '{' labels '}'                   { $$ = pa_cond_set(ps, NULL, $3, 1, @$); }
    ;

out_cells
    : out_cell                                { $$ = pa_list1(ps, $1); }
    | out_cells BAR out_cell                  { $$ = pa_list_add(ps, $1, $3); }
    ;

out_cell
    : out_values                              { $$ = pa_out_cell(ps, $1, NULL, @$, @$); }
    | out_values mark                         { $$ = pa_out_cell(ps, $1, $2, @2, @$); }
    ;

out_values
    : out_value                               { $$ = pa_list1(ps, $1); }
    | out_values out_value                    { $$ = pa_list_add(ps, $1, $2); }
    ;

out_value
    : value
    | '-' %prec NONE_CELL                     { $$ = pa_value_simple(ps, AST_V_NONE, @$); }
    ;

/* ---- Tests ----------------------------------------------------------------------------------- */

test
    : test_head test_body                     { pa_test_end(ps, @$); }
    | test_head '{' test_body '}'             { pa_test_end(ps, @$); }
    ;

test_head
    : KW_TEST STRING                          { pa_test_begin(ps, $2, @2, @$); }
    ;

test_body
    : %empty
    | test_body KW_GIVEN givens
    | test_body KW_EXPECT expects
    ;

givens
    : given
    | givens ',' given
    ;

given
    : IDENT assign_op value                   { pa_given(ps, pa_ident(ps, $1, @1), $3, @$); }
    ;

expects
    : expect
    | expects ',' expect
    ;

expect
    : IDENT expect_op value                   { pa_expect_value(ps, pa_ident(ps, $1, @1), $3, @$); }
    | IDENT KW_IS is_what                     { pa_expect_is(ps, pa_ident(ps, $1, @1), $3, @$); }
    | KW_RULE IDENT KW_FIRED                  { pa_expect_rule(ps, pa_ident(ps, $2, @2), 1, @$); }
    | KW_RULE IDENT KW_NOT KW_FIRED           { pa_expect_rule(ps, pa_ident(ps, $2, @2), 0, @$); }
    | KW_RULE IDENT KW_FIRED KW_IN IDENT IDENT
                                              { pa_expect_rule_always(ps, pa_ident(ps, $2, @2), $5, $6, @5, @6, @$); }
    ;

expect_op
    : '='
    | EQ                                      { pa_eqeq_typo(ps, @1, 1); }
    ;

is_what
    : KW_UNDETERMINED                         { $$ = AST_X_UNDETERMINED; }
    | KW_NOT_APPLICABLE                       { $$ = AST_X_NA; }
    | KW_CONFLICT                             { $$ = AST_X_CONFLICT; }
    ;

%%

/* Hands the lookahead and the tokens LAC says could have come instead to pa_syntax_error, by
 * their display names (yysymbol_kind_t exists only in this file). */
static int yyreport_syntax_error(const yypcontext_t *ctx, yyscan_t scanner, parse_state *ps)
{
    (void)scanner;
    yysymbol_kind_t kinds[YYNTOKENS];
    const char *names[YYNTOKENS];
    int n = yypcontext_expected_tokens(ctx, kinds, YYNTOKENS);
    for (int i = 0; i < n; i++)
        names[i] = yysymbol_name(kinds[i]);
    yysymbol_kind_t found = yypcontext_token(ctx);
    pa_syntax_error(ps, *yypcontext_location(ctx), yysymbol_name(found), names, n < 0 ? 0 : n);
    return 0;
}

static void yyerror(YYLTYPE *loc, yyscan_t scanner, parse_state *ps, const char *msg)
{
    (void)scanner;
    pa_parser_error(ps, *loc, msg);
}
