/* test_parser.c — unit tests of the front end (lexer.l, parser.y, parse_actions.c, ast.c): the
 * tree built for each construct of docs/LANGUAGE.md, source spans, and the exact text of syntax
 * errors, their hints and the recovery that goes on to the next item. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"

#define HDR "guideline g \"t\" version \"1\" source \"s\"\n"

/* One parse: the source, the arena, and the diagnostics captured in memory. */
typedef struct fixture {
    src_file     f;
    arena        a;
    diag_ctx     d;
    char        *buf;
    size_t       len;
    FILE        *out;
    ast_program *p;
} fixture;

static fixture *parse(const char *text)
{
    fixture *fx = calloc(1, sizeof *fx);
    assert_non_null(fx);
    strbuf err = STRBUF_INIT;
    assert_int_equal(src_from_string(&fx->f, "t.guide", text, strlen(text), &err), 0);
    arena_init(&fx->a);
    fx->out = open_memstream(&fx->buf, &fx->len);
    assert_non_null(fx->out);
    diag_init(&fx->d, &fx->f, fx->out);
    fx->p = parse_program(&fx->a, &fx->d, &fx->f);
    fflush(fx->out);
    assert_non_null(fx->p);
    return fx;
}

static void done(fixture *fx)
{
    fclose(fx->out);
    free(fx->buf);
    arena_free(&fx->a);
    src_free(&fx->f);
    free(fx);
}

/* Parses text that must have no error and returns it. */
static fixture *parse_ok(const char *text)
{
    fixture *fx = parse(text);
    if (fx->d.errors)
        fail_msg("unexpected diagnostics:\n%s", fx->buf);
    assert_string_equal(fx->buf, "");
    return fx;
}

static const char *ident_at(const vec *v, int i) { return ((const ast_ident *)v->items[i])->name; }

static void assert_span(span s, int l1, int c1, int l2, int c2)
{
    assert_int_equal(s.first_line, l1);
    assert_int_equal(s.first_column, c1);
    assert_int_equal(s.last_line, l2);
    assert_int_equal(s.last_column, c2);
}

/* ---- Declarations ----------------------------------------------------------------------------- */

static void parse__header__fields_and_span(void **state)
{
    (void)state;
    fixture *fx = parse_ok("guideline gist \"GIST\"\n  version \"2022-11-07\"\n  source \"a \\\"b\\\" \\\\ c\"\n");
    const ast_header *h = fx->p->header;
    assert_non_null(h);
    assert_string_equal(h->name.name, "gist");
    assert_span(h->name.sp, 1, 11, 1, 14);
    assert_string_equal(h->title, "GIST");
    assert_string_equal(h->version, "2022-11-07");
    assert_string_equal(h->source, "a \"b\" \\ c");
    assert_span(h->sp, 1, 1, 3, 23);
    assert_int_equal(fx->p->items.len, 0);
    done(fx);
}

static void parse__input_types__kind_unit_and_range(void **state)
{
    (void)state;
    fixture *fx = parse_ok(HDR "unit SUV \"standardized uptake value\"\n"
                               "input loc : enum { stomach, jejunum }\n"
                               "input size_cm : cm in [0, 100]\n"
                               "input n : integer in [0, 20]\n"
                               "input k : integer\n"
                               "input x : number\n"
                               "input y : number mg in [-5, 2.5]\n"
                               "input ok : bool\n");
    assert_int_equal(fx->p->units.len, 1);
    assert_int_equal(fx->p->inputs.len, 7);
    assert_int_equal(fx->p->items.len, 8);
    const ast_unit *u = fx->p->units.items[0];
    assert_string_equal(u->name.name, "SUV");
    assert_string_equal(u->desc, "standardized uptake value");

    const ast_decl *d = fx->p->inputs.items[0];
    assert_int_equal(d->is_output, 0);
    assert_string_equal(d->name.name, "loc");
    assert_int_equal(d->type->kind, GUIDE_ENUM);
    assert_int_equal(d->type->labels.len, 2);
    assert_string_equal(ident_at(&d->type->labels, 1), "jejunum");

    d = fx->p->inputs.items[1];
    assert_int_equal(d->type->kind, GUIDE_NUMBER);
    assert_string_equal(d->type->unit.name, "cm");
    assert_true(d->type->has_range);
    assert_true(d->type->lo == 0 && d->type->hi == 100);
    assert_span(d->type->range_sp, 4, 23, 4, 30);

    d = fx->p->inputs.items[2];
    assert_int_equal(d->type->kind, GUIDE_INTEGER);
    assert_null(d->type->unit.name);
    assert_true(d->type->has_range && d->type->hi == 20);

    d = fx->p->inputs.items[3];
    assert_int_equal(d->type->kind, GUIDE_INTEGER);
    assert_false(d->type->has_range);

    d = fx->p->inputs.items[4];
    assert_int_equal(d->type->kind, GUIDE_NUMBER);
    assert_null(d->type->unit.name);

    d = fx->p->inputs.items[5];
    assert_string_equal(d->type->unit.name, "mg");
    assert_true(d->type->lo == -5 && d->type->hi == 2.5);

    d = fx->p->inputs.items[6];
    assert_int_equal(d->type->kind, GUIDE_BOOL);
    done(fx);
}

static void parse__output_types__percent_range_and_set(void **state)
{
    (void)state;
    fixture *fx = parse_ok(HDR "output pct : % in [0, 100]\n"
                               "output months : range months\n"
                               "output exams : set { ct, 50mg_daily_4w_on_2w_off }\n");
    assert_int_equal(fx->p->outputs.len, 3);
    const ast_decl *d = fx->p->outputs.items[0];
    assert_int_equal(d->is_output, 1);
    assert_int_equal(d->type->kind, GUIDE_NUMBER);
    assert_string_equal(d->type->unit.name, "%");
    d = fx->p->outputs.items[1];
    assert_int_equal(d->type->kind, GUIDE_RANGE);
    assert_string_equal(d->type->unit.name, "months");
    d = fx->p->outputs.items[2];
    assert_int_equal(d->type->kind, GUIDE_SET);
    assert_string_equal(ident_at(&d->type->labels, 1), "50mg_daily_4w_on_2w_off");
    done(fx);
}

static void parse__derive_match__arms_in_order_trailing_semicolon(void **state)
{
    (void)state;
    fixture *fx = parse_ok(HDR "derive site = match location {\n"
                               "  stomach -> stomach;\n"
                               "  jejunum, ileum -> small_bowel;\n"
                               "}\n");
    assert_int_equal(fx->p->derives.len, 1);
    const ast_derive *d = fx->p->derives.items[0];
    assert_true(d->is_match);
    assert_string_equal(d->name.name, "site");
    assert_string_equal(d->source.name, "location");
    assert_int_equal(d->arms.len, 2);
    const ast_match_arm *arm = d->arms.items[1];
    assert_int_equal(arm->from.len, 2);
    assert_string_equal(ident_at(&arm->from, 0), "jejunum");
    assert_string_equal(ident_at(&arm->from, 1), "ileum");
    assert_string_equal(arm->to.name, "small_bowel");
    assert_span(arm->sp, 4, 3, 4, 31);
    done(fx);
}

static void parse__derive_expr__precedence_and_units(void **state)
{
    (void)state;
    fixture *fx = parse_ok(HDR "derive c : % = (a - b) / b * 100 - -x + 2 mm\n");
    const ast_derive *d = fx->p->derives.items[0];
    assert_false(d->is_match);
    assert_string_equal(d->type->unit.name, "%");
    /* ((((a - b) / b) * 100) - (-x)) + 2 mm */
    const ast_expr *e = d->expr;
    assert_int_equal(e->kind, AST_E_ADD);
    assert_int_equal(e->r->kind, AST_E_NUM);
    assert_true(e->r->num == 2);
    assert_string_equal(e->r->unit.name, "mm");
    const ast_expr *sub = e->l;
    assert_int_equal(sub->kind, AST_E_SUB);
    assert_int_equal(sub->r->kind, AST_E_NEG);
    assert_string_equal(sub->r->l->var.name, "x");
    const ast_expr *mul = sub->l;
    assert_int_equal(mul->kind, AST_E_MUL);
    assert_null(mul->r->unit.name);
    assert_int_equal(mul->l->kind, AST_E_DIV);
    assert_int_equal(mul->l->l->kind, AST_E_SUB);
    assert_string_equal(mul->l->l->l->var.name, "a");
    done(fx);
}

/* ---- Conditions and rules ---------------------------------------------------------------------- */

static const ast_rule *only_rule(fixture *fx)
{
    assert_int_equal(fx->p->rules.len, 1);
    return fx->p->rules.items[0];
}

static void parse__cond_precedence__not_then_and_then_or(void **state)
{
    (void)state;
    fixture *fx = parse_ok(HDR "rule r when a or not b and c then o = x\n");
    const ast_cond *c = only_rule(fx)->when;
    assert_int_equal(c->kind, AST_C_OR);
    assert_int_equal(c->lhs->kind, AST_C_TRUTH);
    assert_string_equal(c->lhs->var.name, "a");
    assert_int_equal(c->rhs->kind, AST_C_AND);
    assert_int_equal(c->rhs->lhs->kind, AST_C_NOT);
    assert_string_equal(c->rhs->lhs->lhs->var.name, "b");
    assert_string_equal(c->rhs->rhs->var.name, "c");
    done(fx);
}

static void parse__cond_parentheses__group_first(void **state)
{
    (void)state;
    fixture *fx = parse_ok(HDR "rule r when (a or b) and c then o = x\n");
    const ast_cond *c = only_rule(fx)->when;
    assert_int_equal(c->kind, AST_C_AND);
    assert_int_equal(c->lhs->kind, AST_C_OR);
    done(fx);
}

static void parse__cond_atoms__every_form(void **state)
{
    (void)state;
    fixture *fx = parse_ok(HDR "rule r when s <= 5 and t > 20 mm and u in (2, 5] cm and v in [2, 5)"
                               " and w ≥ 1 and x ≠ rectum and y == true and z in {R0, R1}"
                               " and q not in {R2, none} and p <= -10 then o = x\n");
    const ast_cond *c = only_rule(fx)->when;
    const ast_cond *atoms[10];
    for (int i = 9; i > 0; i--) {
        assert_int_equal(c->kind, AST_C_AND);
        atoms[i] = c->rhs;
        c = c->lhs;
    }
    atoms[0] = c;
    assert_int_equal(atoms[0]->kind, AST_C_CMP);
    assert_int_equal(atoms[0]->op, AST_LE);
    assert_int_equal(atoms[0]->value->kind, AST_V_NUMBER);
    assert_true(atoms[0]->value->num == 5);
    assert_null(atoms[0]->value->unit.name);
    assert_int_equal(atoms[1]->op, AST_GT);
    assert_string_equal(atoms[1]->value->unit.name, "mm");
    assert_int_equal(atoms[2]->kind, AST_C_INTERVAL);
    assert_string_equal(atoms[2]->var.name, "u");
    assert_true(atoms[2]->lo == 2 && atoms[2]->hi == 5);
    assert_false(atoms[2]->lo_closed);
    assert_true(atoms[2]->hi_closed);
    assert_string_equal(atoms[2]->unit.name, "cm");
    assert_true(atoms[3]->lo_closed);
    assert_false(atoms[3]->hi_closed);
    assert_null(atoms[3]->unit.name);
    assert_int_equal(atoms[4]->op, AST_GE);
    assert_int_equal(atoms[5]->op, AST_NE);
    assert_int_equal(atoms[5]->value->kind, AST_V_LABEL);
    assert_string_equal(atoms[5]->value->label, "rectum");
    assert_int_equal(atoms[6]->value->kind, AST_V_BOOL);
    assert_int_equal(atoms[6]->value->b, 1);
    assert_int_equal(atoms[7]->kind, AST_C_SET);
    assert_false(atoms[7]->negated);
    assert_string_equal(ident_at(&atoms[7]->labels, 1), "R1");
    assert_true(atoms[8]->negated);
    assert_true(atoms[9]->value->num == -10);
    assert_int_equal(atoms[0]->assign_typo, 0);
    done(fx);
}

static void parse__cond_not_in_interval__negated_interval(void **state)
{
    (void)state;
    fixture *fx = parse_ok(HDR "rule r when x not in [1, 2] then o = x\n");
    const ast_cond *c = only_rule(fx)->when;
    assert_int_equal(c->kind, AST_C_NOT);
    assert_int_equal(c->lhs->kind, AST_C_INTERVAL);
    assert_string_equal(c->lhs->var.name, "x");
    done(fx);
}

static void parse__cond_spans__atom_from_name_to_value(void **state)
{
    (void)state;
    fixture *fx = parse_ok(HDR "rule r cites \"§7.2 é\" when size_cm <= 5 cm then o = x\n");
    const ast_rule *r = only_rule(fx);
    /* "§7.2 é" is 8 code points with its quotes: `when` is at column 23. cite_sp covers
     * `cites "..."`. */
    assert_span(r->cite_sp, 2, 8, 2, 21);
    assert_span(r->when->sp, 2, 28, 2, 42);
    assert_span(r->when->var.sp, 2, 28, 2, 34);
    assert_span(r->when->value->sp, 2, 39, 2, 42);
    done(fx);
}

static void parse__rule__cite_unless_and_assignments(void **state)
{
    (void)state;
    fixture *fx = parse_ok(HDR "rule adj cites \"§7.2\"\n"
                               "  when resection in {R0, R1}\n"
                               "  unless pdgfra == D842V\n"
                               "  then a = recommended, d = [6, 12] months, s = {x, y}, p = 1.9 %,"
                               " b = false, n = ND\n");
    const ast_rule *r = only_rule(fx);
    assert_string_equal(r->name.name, "adj");
    assert_string_equal(r->cite, "§7.2");
    assert_non_null(r->unless);
    assert_string_equal(r->unless->value->label, "D842V");
    assert_int_equal(r->assigns.len, 6);
    const ast_assign *as = r->assigns.items[0];
    assert_string_equal(as->output.name, "a");
    assert_string_equal(as->value->label, "recommended");
    as = r->assigns.items[1];
    assert_int_equal(as->value->kind, AST_V_RANGE);
    assert_true(as->value->lo == 6 && as->value->hi == 12);
    assert_string_equal(as->value->unit.name, "months");
    as = r->assigns.items[2];
    assert_int_equal(as->value->kind, AST_V_SET);
    assert_int_equal(as->value->labels.len, 2);
    as = r->assigns.items[3];
    assert_true(as->value->num == 1.9);
    assert_string_equal(as->value->unit.name, "%");
    as = r->assigns.items[4];
    assert_int_equal(as->value->kind, AST_V_BOOL);
    assert_int_equal(as->value->b, 0);
    as = r->assigns.items[5];
    assert_int_equal(as->value->kind, AST_V_ND);
    assert_span(r->sp, 2, 1, 5, 84);
    done(fx);
}

static void parse__assign_typo_in_condition__read_as_eq_and_reported(void **state)
{
    (void)state;
    fixture *fx = parse(HDR "rule r when x = 5 and y then o = a\n");
    assert_string_equal(fx->buf, "t.guide:2:15: error: use '==' to compare in a condition\n"
                                 "rule r when x = 5 and y then o = a\n"
                                 "              ^\n");
    assert_int_equal(fx->d.errors, 1);
    const ast_cond *c = only_rule(fx)->when->lhs;
    assert_int_equal(c->kind, AST_C_CMP);
    assert_int_equal(c->op, AST_EQ);
    assert_int_equal(c->assign_typo, 1);
    done(fx);
}

static void parse__eqeq_in_then_and_given__reported_and_kept(void **state)
{
    (void)state;
    fixture *fx = parse(HDR "rule r when x then o == a\ntest \"t\" given x == 1 expect o == a\n");
    assert_string_equal(fx->buf, "t.guide:2:22: error: use '=' to assign a value\n"
                                 "rule r when x then o == a\n"
                                 "                     ^~\n"
                                 "hint: '==' compares, in conditions only\n"
                                 "t.guide:3:18: error: use '=' to assign a value\n"
                                 "test \"t\" given x == 1 expect o == a\n"
                                 "                 ^~\n"
                                 "hint: '==' compares, in conditions only\n"
                                 "t.guide:3:32: error: use '=' to state an expected value\n"
                                 "test \"t\" given x == 1 expect o == a\n"
                                 "                               ^~\n"
                                 "hint: '==' compares, in conditions only\n");
    assert_int_equal(fx->d.errors, 3);
    assert_int_equal(fx->p->rules.len, 1);
    assert_int_equal(fx->p->tests.len, 1);
    done(fx);
}

/* ---- Tables ------------------------------------------------------------------------------------ */

static const ast_table *only_table(fixture *fx)
{
    assert_int_equal(fx->p->tables.len, 1);
    return fx->p->tables.items[0];
}

static void parse__table_1d__columns_rows_and_cell_kinds(void **state)
{
    (void)state;
    fixture *fx = parse_ok(HDR "table t cites \"§2\" hit first\n"
                               "  when site in {a, b}\n"
                               "  | x | y | z | w || o1 | o2 |\n"
                               "  | - | (2, 5] cm | not {a, b} | true || - | 0 % |\n"
                               "  | <= 5 | 7 | stomach | false || {p, q} | ND |   # comment\n"
                               "  | > -1 | [1, 2) | not c | == k || [6, 12] months | -2 |\n"
                               "end\n");
    const ast_table *t = only_table(fx);
    assert_string_equal(t->name.name, "t");
    assert_string_equal(t->cite, "§2");
    assert_int_equal(t->hit, GUIDE_HIT_FIRST);
    assert_non_null(t->guard);
    assert_null(t->across.name);
    assert_int_equal(t->in_cols.len, 4);
    assert_string_equal(ident_at(&t->in_cols, 3), "w");
    assert_int_equal(t->out_cols.len, 2);
    assert_string_equal(ident_at(&t->out_cols, 1), "o2");
    assert_int_equal(t->rows.len, 3);

    const ast_row *r = t->rows.items[0];
    assert_int_equal(r->in_cells.len, 4);
    const ast_cond *c = r->in_cells.items[0];
    assert_int_equal(c->kind, AST_C_ANY);
    c = r->in_cells.items[1];
    assert_int_equal(c->kind, AST_C_INTERVAL);
    assert_null(c->var.name);
    assert_string_equal(c->unit.name, "cm");
    c = r->in_cells.items[2];
    assert_int_equal(c->kind, AST_C_SET);
    assert_true(c->negated);
    assert_int_equal(c->labels.len, 2);
    c = r->in_cells.items[3];
    assert_int_equal(c->kind, AST_C_CMP);
    assert_int_equal(c->op, AST_EQ);
    assert_int_equal(c->value->kind, AST_V_BOOL);
    const ast_out_cell *oc = r->out_cells.items[0];
    assert_int_equal(oc->values.len, 1);
    assert_int_equal(((ast_value *)oc->values.items[0])->kind, AST_V_NONE);
    assert_null(oc->mark);
    oc = r->out_cells.items[1];
    assert_string_equal(((ast_value *)oc->values.items[0])->unit.name, "%");
    assert_span(r->sp, 5, 3, 5, 50);

    r = t->rows.items[1];
    c = r->in_cells.items[0];
    assert_int_equal(c->op, AST_LE);
    assert_null(c->var.name);
    c = r->in_cells.items[1];
    assert_int_equal(c->kind, AST_C_CMP);
    assert_true(c->value->num == 7);
    c = r->in_cells.items[2];
    assert_int_equal(c->kind, AST_C_SET);
    assert_false(c->negated);
    assert_int_equal(c->labels.len, 1);
    assert_string_equal(ident_at(&c->labels, 0), "stomach");
    oc = r->out_cells.items[0];
    assert_int_equal(((ast_value *)oc->values.items[0])->kind, AST_V_SET);
    oc = r->out_cells.items[1];
    assert_int_equal(((ast_value *)oc->values.items[0])->kind, AST_V_ND);

    r = t->rows.items[2];
    c = r->in_cells.items[0];
    assert_true(c->value->num == -1);
    c = r->in_cells.items[2];
    assert_true(c->negated);
    assert_string_equal(ident_at(&c->labels, 0), "c");
    c = r->in_cells.items[3];
    assert_int_equal(c->value->kind, AST_V_LABEL);
    oc = r->out_cells.items[0];
    assert_int_equal(((ast_value *)oc->values.items[0])->kind, AST_V_RANGE);
    oc = r->out_cells.items[1];
    assert_true(((ast_value *)oc->values.items[0])->num == -2);
    done(fx);
}

static void parse__table_with_mark__row_has_mark(void **state)
{
    (void)state;
    fixture *fx = parse_ok(HDR "table m hit unique\n"
                               "  mark ** -> few \"Très faible nombre de cas\"\n"
                               "  mark * -> one \"one star\"\n"
                               "  | a || risk | pct |\n"
                               "  | <= 5 || high ** | ND * |\n"
                               "  | > 5 || low | 3 % |\n"
                               "end\n");
    const ast_table *t = only_table(fx);
    assert_int_equal(t->marks.len, 2);
    const ast_mark *m = t->marks.items[0];
    assert_string_equal(m->mark, "**");
    assert_string_equal(m->output.name, "few");
    assert_string_equal(m->meaning, "Très faible nombre de cas");
    assert_string_equal(((ast_mark *)t->marks.items[1])->mark, "*");
    const ast_row *r = t->rows.items[0];
    const ast_out_cell *oc = r->out_cells.items[0];
    assert_string_equal(oc->mark, "**");
    assert_span(oc->mark_sp, 6, 18, 6, 19);
    assert_string_equal(((ast_value *)oc->values.items[0])->label, "high");
    oc = r->out_cells.items[1];
    assert_string_equal(oc->mark, "*");
    r = t->rows.items[1];
    assert_null(((ast_out_cell *)r->out_cells.items[0])->mark);
    done(fx);
}

static void parse__table_2d__across_header_and_value_lists(void **state)
{
    (void)state;
    fixture *fx = parse_ok(HDR "table miettinen cites \"§2.5\" hit unique\n"
                               "  when site in {stomach, rectum}\n"
                               "  outputs miettinen_risk, recurrence_pct\n"
                               "  mark ** -> few \"rare\"\n"
                               "  | mitoses | size_cm || site: stomach | rectum | not duodenum |\n"
                               "  | <= 5    | <= 2    || none 0 %     | high ND ** | - - |\n"
                               "  | > 5     | > 10    || low 1.9 %    | high 50 % ** | moderate 24 % | cites \"§2.5 x\"\n"
                               "end\n");
    const ast_table *t = only_table(fx);
    assert_int_equal(t->outputs.len, 2);
    assert_string_equal(ident_at(&t->outputs, 1), "recurrence_pct");
    assert_int_equal(t->in_cols.len, 2);
    assert_string_equal(t->across.name, "site");
    assert_int_equal(t->out_cols.len, 0);
    assert_int_equal(t->across_cells.len, 3);
    const ast_cond *c = t->across_cells.items[0];
    assert_int_equal(c->kind, AST_C_SET);
    assert_string_equal(ident_at(&c->labels, 0), "stomach");
    c = t->across_cells.items[2];
    assert_true(c->negated);

    const ast_row *r = t->rows.items[0];
    assert_int_equal(r->out_cells.len, 3);
    const ast_out_cell *oc = r->out_cells.items[0];
    assert_int_equal(oc->values.len, 2);
    assert_string_equal(((ast_value *)oc->values.items[0])->label, "none");
    assert_true(((ast_value *)oc->values.items[1])->num == 0);
    assert_string_equal(((ast_value *)oc->values.items[1])->unit.name, "%");
    oc = r->out_cells.items[1];
    assert_int_equal(((ast_value *)oc->values.items[1])->kind, AST_V_ND);
    assert_string_equal(oc->mark, "**");
    oc = r->out_cells.items[2];
    assert_int_equal(oc->values.len, 2);
    assert_int_equal(((ast_value *)oc->values.items[0])->kind, AST_V_NONE);
    assert_int_equal(((ast_value *)oc->values.items[1])->kind, AST_V_NONE);
    assert_null(r->cite);

    r = t->rows.items[1];
    assert_string_equal(r->cite, "§2.5 x");
    assert_span(r->cite_sp, 8, 72, 8, 85);
    assert_span(r->sp, 8, 3, 8, 85);
    done(fx);
}

static void parse__dash_before_number_in_cell__negative_number(void **state)
{
    (void)state;
    fixture *fx = parse_ok(HDR "table t hit unique outputs a, b\n"
                               "  | x || y: p |\n"
                               "  | 1 || - 5 |\n"
                               "end\n");
    const ast_out_cell *oc = ((ast_row *)only_table(fx)->rows.items[0])->out_cells.items[0];
    assert_int_equal(oc->values.len, 1);
    assert_true(((ast_value *)oc->values.items[0])->num == -5);
    done(fx);
}

static void parse__number_then_name_in_cell__name_is_the_unit(void **state)
{
    (void)state;
    fixture *fx = parse_ok(HDR "table t hit unique outputs a, b\n"
                               "  | x || y: p |\n"
                               "  | 1 || 3 low |\n"
                               "end\n");
    const ast_out_cell *oc = ((ast_row *)only_table(fx)->rows.items[0])->out_cells.items[0];
    assert_int_equal(oc->values.len, 1);
    assert_string_equal(((ast_value *)oc->values.items[0])->unit.name, "low");
    done(fx);
}

static void parse__digit_labels__one_label_token(void **state)
{
    (void)state;
    fixture *fx = parse_ok(HDR "rule r when dose in {50mg_daily_4w_on_2w_off, 37.5mg_daily_continuous}"
                               " and m == D842V and t != T1 then o = 400mg_daily\n");
    const ast_rule *r = only_rule(fx);
    const ast_cond *set = r->when->lhs->lhs;
    assert_string_equal(ident_at(&set->labels, 0), "50mg_daily_4w_on_2w_off");
    assert_string_equal(ident_at(&set->labels, 1), "37.5mg_daily_continuous");
    assert_string_equal(r->when->lhs->rhs->value->label, "D842V");
    assert_string_equal(r->when->rhs->value->label, "T1");
    assert_string_equal(((ast_assign *)r->assigns.items[0])->value->label, "400mg_daily");
    done(fx);
}

static void parse__number_glued_to_unit__label_reported(void **state)
{
    (void)state;
    fixture *fx = parse(HDR "rule r when x > 20mm then o = a\n");
    assert_string_equal(fx->buf, "t.guide:2:17: error: '20mm' is a label, not a number\n"
                                 "rule r when x > 20mm then o = a\n"
                                 "                ^~~~\n"
                                 "hint: write a space between a number and its unit: 20 mm\n");
    done(fx);
}

static void parse__crlf_line_endings__rows_still_delimited(void **state)
{
    (void)state;
    fixture *fx = parse_ok("guideline g \"t\" version \"1\" source \"s\"\r\n"
                           "table t hit unique\r\n  | a || b |\r\n  | 1 || x |\r\nend\r\n");
    assert_int_equal(only_table(fx)->rows.len, 1);
    done(fx);
}

/* ---- Tests ------------------------------------------------------------------------------------- */

static void parse__test_with_braces__givens_and_expectations(void **state)
{
    (void)state;
    fixture *fx = parse_ok(HDR "test \"stomach 3 cm\" {\n"
                               "  given location = stomach, size_cm = 3, m = unknown, t = true\n"
                               "  expect risk = very_low, pct = 1.9 %\n"
                               "  expect pct is undetermined, a is not_applicable, b is conflict,\n"
                               "         rule r1 fired, rule r2 not fired\n"
                               "}\n"
                               "test \"no braces\"\n"
                               "  given x = 1\n"
                               "  expect y = ND\n");
    assert_int_equal(fx->p->tests.len, 2);
    const ast_test *t = fx->p->tests.items[0];
    assert_string_equal(t->name, "stomach 3 cm");
    assert_span(t->name_sp, 2, 6, 2, 19);
    assert_int_equal(t->givens.len, 4);
    const ast_given *g = t->givens.items[2];
    assert_string_equal(g->input.name, "m");
    assert_int_equal(g->value->kind, AST_V_UNKNOWN);
    assert_int_equal(t->expects.len, 7);
    static const ast_expect_kind kinds[] = {AST_X_VALUE, AST_X_VALUE, AST_X_UNDETERMINED,
                                            AST_X_NA, AST_X_CONFLICT, AST_X_FIRED,
                                            AST_X_NOT_FIRED};
    for (int i = 0; i < 7; i++)
        assert_int_equal(((ast_expect *)t->expects.items[i])->kind, kinds[i]);
    const ast_expect *x = t->expects.items[1];
    assert_string_equal(x->name.name, "pct");
    assert_true(x->value->num == 1.9);
    x = t->expects.items[6];
    assert_string_equal(x->name.name, "r2");
    assert_span(x->sp, 6, 25, 6, 41);
    assert_span(t->sp, 2, 1, 7, 1);
    t = fx->p->tests.items[1];
    assert_int_equal(t->givens.len, 1);
    assert_int_equal(((ast_expect *)t->expects.items[0])->value->kind, AST_V_ND);
    done(fx);
}

static void parse__test_missing_brace__error_with_hint(void **state)
{
    (void)state;
    fixture *fx = parse(HDR "test \"a\" {\n  given x = 1\n  expect y = a\ntest \"b\" given x = 2\n");
    assert_string_equal(fx->buf,
                        "t.guide:5:1: error: expected 'given', 'expect', ',' or '}', found 'test'\n"
                        "test \"b\" given x = 2\n"
                        "^~~~\n"
                        "hint: possibly missing '}' after the test that starts at line 2\n");
    assert_int_equal(fx->p->tests.len, 1);
    assert_string_equal(((ast_test *)fx->p->tests.items[0])->name, "b");
    done(fx);
}

/* ---- Errors and recovery ------------------------------------------------------------------------ */

static void parse__empty_file__header_error_at_zero_width_1_1(void **state)
{
    (void)state;
    fixture *fx = parse("");
    assert_string_equal(fx->buf, "t.guide:1:1: error: expected 'guideline' header\n"
                                 "\n"
                                 "^\n"
                                 "hint: a file starts with: guideline NAME \"title\" version \"...\""
                                 " source \"...\"\n");
    assert_int_equal(fx->d.errors, 1);
    assert_null(fx->p->header);
    done(fx);
}

static void parse__no_header__reported_once_items_still_parsed(void **state)
{
    (void)state;
    fixture *fx = parse("# c\nfoo\ninput x : bool\n");
    assert_string_equal(fx->buf, "t.guide:2:1: error: expected 'guideline' header\n"
                                 "foo\n"
                                 "^~~\n"
                                 "hint: a file starts with: guideline NAME \"title\" version \"...\""
                                 " source \"...\"\n");
    assert_int_equal(fx->d.errors, 1);
    assert_int_equal(fx->p->inputs.len, 1);
    done(fx);
}

static void parse__second_header__error_with_note(void **state)
{
    (void)state;
    fixture *fx = parse(HDR HDR);
    assert_string_equal(fx->buf, "t.guide:2:1: error: a second 'guideline' header\n"
                                 "guideline g \"t\" version \"1\" source \"s\"\n"
                                 "^~~~~~~~~\n"
                                 "t.guide:1:1: note: the file's header is here\n"
                                 "guideline g \"t\" version \"1\" source \"s\"\n"
                                 "^~~~~~~~~\n");
    done(fx);
}

static void parse__table_without_end__hint_and_next_rule_parsed(void **state)
{
    (void)state;
    fixture *fx = parse(HDR "table t hit unique\n  | a || b |\n  | 1 || x |\n"
                            "rule r when a then b = y\n");
    assert_string_equal(fx->buf, "t.guide:5:1: error: expected 'end' or a table row, found 'rule'\n"
                                 "rule r when a then b = y\n"
                                 "^~~~\n"
                                 "hint: possibly missing 'end' after the table 't' that starts at"
                                 " line 2\n");
    assert_int_equal(fx->d.errors, 1);
    assert_int_equal(fx->p->tables.len, 0);
    assert_int_equal(fx->p->rules.len, 1);
    done(fx);
}

static void parse__row_without_closing_bar__hint(void **state)
{
    (void)state;
    fixture *fx = parse(HDR "table t hit unique\n  | a || b |\n  | 1 || x\n  | 2 || y |\nend\n");
    assert_string_equal(fx->buf,
                        "t.guide:5:3: error: expected a value, a mark or '|', found '|' starting a row\n"
                        "  | 2 || y |\n"
                        "  ^\n"
                        "hint: a row is one line that ends with '|'\n");
    done(fx);
}

static void parse__unterminated_string__error_at_quote_and_parse_goes_on(void **state)
{
    (void)state;
    fixture *fx = parse(HDR "unit u \"abc\ninput x : bool\n");
    assert_string_equal(fx->buf, "t.guide:2:8: error: unterminated string\n"
                                 "unit u \"abc\n"
                                 "       ^\n"
                                 "hint: a string ends on the line it starts: add the closing '\"'\n");
    assert_int_equal(fx->d.errors, 1);
    assert_string_equal(((ast_unit *)fx->p->units.items[0])->desc, "abc");
    assert_int_equal(fx->p->inputs.len, 1);
    done(fx);
}

static void parse__stray_character__reported_and_skipped(void **state)
{
    (void)state;
    fixture *fx = parse(HDR "input x : bool $\n");
    assert_string_equal(fx->buf, "t.guide:2:16: error: stray character '$'\n"
                                 "input x : bool $\n"
                                 "               ^\n");
    assert_int_equal(fx->d.errors, 1);
    assert_int_equal(fx->p->inputs.len, 1);
    done(fx);
}

static void parse__unicode_arrow__reported_and_read_as_arrow(void **state)
{
    (void)state;
    fixture *fx = parse(HDR "derive s = match loc { a → b }\n");
    assert_string_equal(fx->buf, "t.guide:2:26: error: stray character '→'\n"
                                 "derive s = match loc { a → b }\n"
                                 "                         ^\n"
                                 "hint: write '->'\n");
    assert_int_equal(fx->d.errors, 1);
    assert_int_equal(fx->p->derives.len, 1);
    const ast_match_arm *arm = ((ast_derive *)fx->p->derives.items[0])->arms.items[0];
    assert_string_equal(arm->to.name, "b");
    done(fx);
}

static void parse__times_sign_as_mark__reported_and_read_as_star(void **state)
{
    (void)state;
    fixture *fx = parse(HDR "table t hit unique\n  | a || b |\n  | 1 || high × |\nend\n");
    assert_string_equal(fx->buf, "t.guide:4:15: error: stray character '×'\n"
                                 "  | 1 || high × |\n"
                                 "              ^\n"
                                 "hint: write '*'\n");
    const ast_row *r = only_table(fx)->rows.items[0];
    assert_string_equal(((ast_out_cell *)r->out_cells.items[0])->mark, "*");
    done(fx);
}

static void parse__accented_name__one_error_with_ascii_spelling(void **state)
{
    (void)state;
    fixture *fx = parse(HDR "output risque : enum { faible, élevé_ou_très }\n");
    assert_string_equal(fx->buf, "t.guide:2:32: error: 'élevé_ou_très': names and labels are"
                                 " written with ASCII letters, digits and '_'\n"
                                 "output risque : enum { faible, élevé_ou_très }\n"
                                 "                               ^~~~~~~~~~~~~\n"
                                 "hint: write 'eleve_ou_tres', and give the guideline's words"
                                 " \"élevé_ou_très\" as its display text\n");
    assert_int_equal(fx->d.errors, 1);
    assert_int_equal(fx->p->outputs.len, 1);
    done(fx);
}

static void parse__accented_name_used_again__one_error_for_the_file(void **state)
{
    (void)state;
    fixture *fx = parse(HDR "input taille : enum { petite, élevée }\n"
                            "rule r cites \"x\" when taille == élevée or taille == élevée then o = élevée\n"
                            "output o : enum { élevée, forte }\n");
    assert_int_equal(fx->d.errors, 1);
    assert_non_null(strstr(fx->buf, "t.guide:2:31: error: 'élevée'"));
    done(fx);
}

static void parse__display_texts_and_readings__kept_in_the_tree(void **state)
{
    (void)state;
    fixture *fx = parse(HDR "input size_cm \"Taille tumorale\" : cm in [0, 100]\n"
                            "label resection.R0 \"Résection R0\"\n"
                            "label very_low \"Très faible\"\n"
                            "rule r cites \"§7.2\" reading 13 \"read so\" when size_cm > 2 then o = very_low\n");
    assert_int_equal(fx->d.errors, 0);
    assert_string_equal(((ast_decl *)fx->p->inputs.items[0])->display, "Taille tumorale");
    const ast_label *q = fx->p->labels.items[0], *u = fx->p->labels.items[1];
    assert_string_equal(q->var.name, "resection");
    assert_string_equal(q->label.name, "R0");
    assert_string_equal(q->display, "Résection R0");
    assert_null(u->var.name);
    assert_string_equal(u->label.name, "very_low");
    const ast_rule *r = fx->p->rules.items[0];
    assert_int_equal(r->reading->number, 13);
    assert_string_equal(r->reading->text, "read so");
    assert_string_equal(r->cite, "§7.2");
    done(fx);
}

static void parse__error_at_end_of_file__zero_width_after_last_token(void **state)
{
    (void)state;
    fixture *fx = parse(HDR "rule r when x <= 5 then\n\n# trailing comment\n");
    assert_string_equal(fx->buf, "t.guide:2:24: error: expected a name, found end of file\n"
                                 "rule r when x <= 5 then\n"
                                 "                       ^\n");
    done(fx);
}

static void parse__reserved_word_as_name__hint(void **state)
{
    (void)state;
    fixture *fx = parse(HDR "input first : bool\n");
    assert_string_equal(fx->buf, "t.guide:2:7: error: expected a name, found 'first'\n"
                                 "input first : bool\n"
                                 "      ^~~~~\n"
                                 "hint: 'first' is a reserved word; it cannot be a name or a label\n");
    done(fx);
}

static void parse__several_errors__each_item_recovers(void **state)
{
    (void)state;
    fixture *fx = parse(HDR "input a : enum { x y }\n"
                            "input b : bool\n"
                            "rule r when b < then o = x\n"
                            "rule s when b then o = x\n"
                            "output o : enum { x }\n");
    assert_string_equal(fx->buf, "t.guide:2:20: error: expected ',' or '}', found 'y'\n"
                                 "input a : enum { x y }\n"
                                 "                   ^\n"
                                 "t.guide:4:17: error: expected a value, found 'then'\n"
                                 "rule r when b < then o = x\n"
                                 "                ^~~~\n");
    assert_int_equal(fx->d.errors, 2);
    assert_int_equal(fx->p->inputs.len, 1);
    assert_string_equal(((ast_decl *)fx->p->inputs.items[0])->name.name, "b");
    assert_int_equal(fx->p->rules.len, 1);
    assert_string_equal(((ast_rule *)fx->p->rules.items[0])->name.name, "s");
    assert_int_equal(fx->p->outputs.len, 1);
    done(fx);
}

static void parse__garbage__never_crashes_always_returns(void **state)
{
    (void)state;
    static const char *const inputs[] = {
        "|", "||||", "\"", "\\", "end end end", "table", "table t hit unique | ",
        "rule r when ((((", "test \"x\" { { } }", "derive d = match x { a -> ; }",
        "guideline", "- - - -", "**** * ***", "# only\n#", "≤≥≠", "input x : enum {",
        "table t hit unique\n| a || b: |\nend", "rule r when x in (1, then",
    };
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        fixture *fx = parse(inputs[i]);
        assert_true(fx->d.errors > 0);
        done(fx);
    }
}

/* ---- Dump ---------------------------------------------------------------------------------------- */

static void ast_dump__small_program__stable_text(void **state)
{
    (void)state;
    fixture *fx = parse_ok(HDR "input s : cm in [0, 100]\n"
                               "output r : enum { low, high }\n"
                               "derive d : % = (s - 1) * 2\n"
                               "table t cites \"x\" hit unique\n"
                               "  mark ** -> f \"m\"\n"
                               "  | s || r |\n"
                               "  | <= 2.5 || low ** |\n"
                               "  | (2.5, 100] || high | cites \"y\"\n"
                               "end\n"
                               "rule q when not s > 5 or s in {a} then r = high\n"
                               "test \"t\" given s = 1 expect r = low, rule q not fired\n");
    char *buf;
    size_t len;
    FILE *out = open_memstream(&buf, &len);
    ast_dump(out, fx->p);
    fclose(out);
    assert_string_equal(buf, "program\n"
                             "  guideline g \"t\" version \"1\" source \"s\"\n"
                             "  input s : number cm in [0, 100]\n"
                             "  output r : enum {low, high}\n"
                             "  derive d : number % = ((s - 1) * 2)\n"
                             "  table t cites \"x\" hit unique\n"
                             "    mark ** -> f \"m\"\n"
                             "    columns s || r\n"
                             "    row cmp <= 2.5 || low **\n"
                             "    row interval (2.5, 100] || high cites \"y\"\n"
                             "  rule q\n"
                             "    when\n"
                             "      or\n"
                             "        not\n"
                             "          cmp s > 5\n"
                             "        set s in {a}\n"
                             "    then\n"
                             "      r = high\n"
                             "  test \"t\"\n"
                             "    given s = 1\n"
                             "    expect r = low\n"
                             "    expect rule q not fired\n");
    free(buf);
    done(fx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(parse__header__fields_and_span),
        cmocka_unit_test(parse__input_types__kind_unit_and_range),
        cmocka_unit_test(parse__output_types__percent_range_and_set),
        cmocka_unit_test(parse__derive_match__arms_in_order_trailing_semicolon),
        cmocka_unit_test(parse__derive_expr__precedence_and_units),
        cmocka_unit_test(parse__cond_precedence__not_then_and_then_or),
        cmocka_unit_test(parse__cond_parentheses__group_first),
        cmocka_unit_test(parse__cond_atoms__every_form),
        cmocka_unit_test(parse__cond_not_in_interval__negated_interval),
        cmocka_unit_test(parse__cond_spans__atom_from_name_to_value),
        cmocka_unit_test(parse__rule__cite_unless_and_assignments),
        cmocka_unit_test(parse__assign_typo_in_condition__read_as_eq_and_reported),
        cmocka_unit_test(parse__eqeq_in_then_and_given__reported_and_kept),
        cmocka_unit_test(parse__table_1d__columns_rows_and_cell_kinds),
        cmocka_unit_test(parse__table_with_mark__row_has_mark),
        cmocka_unit_test(parse__table_2d__across_header_and_value_lists),
        cmocka_unit_test(parse__dash_before_number_in_cell__negative_number),
        cmocka_unit_test(parse__number_then_name_in_cell__name_is_the_unit),
        cmocka_unit_test(parse__digit_labels__one_label_token),
        cmocka_unit_test(parse__number_glued_to_unit__label_reported),
        cmocka_unit_test(parse__crlf_line_endings__rows_still_delimited),
        cmocka_unit_test(parse__test_with_braces__givens_and_expectations),
        cmocka_unit_test(parse__test_missing_brace__error_with_hint),
        cmocka_unit_test(parse__empty_file__header_error_at_zero_width_1_1),
        cmocka_unit_test(parse__no_header__reported_once_items_still_parsed),
        cmocka_unit_test(parse__second_header__error_with_note),
        cmocka_unit_test(parse__table_without_end__hint_and_next_rule_parsed),
        cmocka_unit_test(parse__row_without_closing_bar__hint),
        cmocka_unit_test(parse__unterminated_string__error_at_quote_and_parse_goes_on),
        cmocka_unit_test(parse__stray_character__reported_and_skipped),
        cmocka_unit_test(parse__unicode_arrow__reported_and_read_as_arrow),
        cmocka_unit_test(parse__times_sign_as_mark__reported_and_read_as_star),
        cmocka_unit_test(parse__accented_name__one_error_with_ascii_spelling),
        cmocka_unit_test(parse__accented_name_used_again__one_error_for_the_file),
        cmocka_unit_test(parse__display_texts_and_readings__kept_in_the_tree),
        cmocka_unit_test(parse__error_at_end_of_file__zero_width_after_last_token),
        cmocka_unit_test(parse__reserved_word_as_name__hint),
        cmocka_unit_test(parse__several_errors__each_item_recovers),
        cmocka_unit_test(parse__garbage__never_crashes_always_returns),
        cmocka_unit_test(ast_dump__small_program__stable_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
