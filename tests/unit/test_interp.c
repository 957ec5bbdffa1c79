/* test_interp.c — the reference semantics: Kleene logic, the missing-data search, conflicts,
 * exceptions and hit policies. */
#include "compile_fixture.h"

static const char *const miettinen_src =
    "guideline g \"t\" version \"1\" source \"s\"\n"
    "unit mit \"mitoses\"\n"
    "input location : enum { stomach, jejunum, colon }\n"
    "input size_cm : cm in [0, 100]\n"
    "input mitoses : mit in [0, 1000]\n"
    "input resection : enum { R0, R2 }\n"
    "input rupture : bool\n"
    "input d842v : bool\n"
    "output risk : enum { low, high }\n"
    "output pct : % in [0, 100]\n"
    "output adjuvant : enum { recommended, not_recommended }\n"
    "table t cites \"§2.5\" hit unique\n"
    "  when location in {stomach, jejunum}\n"
    "  | mitoses | size_cm | location || risk | pct  |\n"
    "  | <= 5    | <= 10   | -        || low  | 2 %  |\n"
    "  | <= 5    | > 10    | stomach  || high | 12 % |\n"
    "  | <= 5    | > 10    | jejunum  || high | 52 % |\n"
    "  | > 5     | -       | -        || high | ND   |\n"
    "end\n"
    "rule yes cites \"§7.2\"\n"
    "  when resection == R0 and (risk == high or rupture)\n"
    "  unless d842v\n"
    "  then adjuvant = recommended\n"
    "rule no cites \"§7.2\"\n"
    "  when resection == R0 and risk == low and not rupture\n"
    "  then adjuvant = not_recommended\n";

static void interp__all_known__concludes_table_row(void **state)
{
    fixture fx;
    fx_compile(&fx, miettinen_src, 0);
    assert_int_equal(fx.d.errors, 0);
    interp *it = interp_new(fx.ir);
    guide_frame *f = guide_frame_new(&fx.ir->info);
    fx_label(&fx, f, "location", "jejunum");
    fx_num(&fx, f, "size_cm", 12);
    fx_num(&fx, f, "mitoses", 3);
    interp_eval(it, f, NULL);
    assert_string_equal(fx_out_label(&fx, f, "risk"), "high");
    assert_int_equal(fx_out(&fx, f, "risk")->how, GUIDE_HOW_DIRECT);
    int pct = guide_var_index(&fx.ir->info, "pct");
    assert_int_equal(fx_out(&fx, f, "pct")->state, GUIDE_CONCLUDED);
    assert_true(f->val[pct].num == 52);
    /* resection unknown: adjuvant depends on it */
    assert_int_equal(fx_out(&fx, f, "adjuvant")->state, GUIDE_UNDETERMINED);
    assert_true(fx_asks(&fx, f, "adjuvant", "resection"));
    guide_frame_free(f);
    interp_free(it);
    fx_free(&fx);
}

static void interp__missing_input_that_does_not_matter__decided_by_search(void **state)
{
    fixture fx;
    fx_compile(&fx, miettinen_src, 0);
    interp *it = interp_new(fx.ir);
    guide_frame *f = guide_frame_new(&fx.ir->info);
    fx_label(&fx, f, "location", "jejunum");
    fx_num(&fx, f, "size_cm", 12); /* mitoses unknown: high either way */
    interp_eval(it, f, NULL);
    assert_string_equal(fx_out_label(&fx, f, "risk"), "high");
    assert_int_equal(fx_out(&fx, f, "risk")->how, GUIDE_HOW_SEARCH);
    assert_true(fx_asks(&fx, f, "risk", "mitoses")); /* decided without it */
    /* pct is 52 or ND: undetermined, ask for the mitotic count only */
    assert_int_equal(fx_out(&fx, f, "pct")->state, GUIDE_UNDETERMINED);
    assert_int_equal(fx_out(&fx, f, "pct")->how, GUIDE_HOW_DEPENDS);
    assert_true(fx_asks(&fx, f, "pct", "mitoses"));
    assert_false(fx_asks(&fx, f, "pct", "location"));
    guide_frame_free(f);
    interp_free(it);
    fx_free(&fx);
}

static void interp__downstream_rule__sees_value_decided_by_search(void **state)
{
    fixture fx;
    fx_compile(&fx, miettinen_src, 0);
    interp *it = interp_new(fx.ir);
    guide_frame *f = guide_frame_new(&fx.ir->info);
    fx_label(&fx, f, "location", "stomach");
    fx_num(&fx, f, "size_cm", 30);
    fx_label(&fx, f, "resection", "R0");
    fx_bool(&fx, f, "rupture", 0);
    fx_bool(&fx, f, "d842v", 0);
    interp_eval(it, f, NULL);
    assert_string_equal(fx_out_label(&fx, f, "adjuvant"), "recommended");
    assert_int_equal(interp_clause_status(it)[fx.ir->nclauses - 2], GUIDE_CL_FIRED);
    guide_frame_free(f);
    interp_free(it);
    fx_free(&fx);
}

static void interp__unless_holds__rule_excepted_not_concluded(void **state)
{
    fixture fx;
    fx_compile(&fx, miettinen_src, 0);
    interp *it = interp_new(fx.ir);
    guide_frame *f = guide_frame_new(&fx.ir->info);
    fx_label(&fx, f, "location", "stomach");
    fx_num(&fx, f, "size_cm", 30);
    fx_num(&fx, f, "mitoses", 1);
    fx_label(&fx, f, "resection", "R0");
    fx_bool(&fx, f, "rupture", 0);
    fx_bool(&fx, f, "d842v", 1);
    interp_eval(it, f, NULL);
    assert_int_equal(interp_clause_status(it)[fx.ir->nclauses - 2], GUIDE_CL_EXCEPTED);
    assert_int_equal(fx_out(&fx, f, "adjuvant")->state, GUIDE_NOT_APPLICABLE);
    guide_frame_free(f);
    interp_free(it);
    fx_free(&fx);
}

static void interp__guard_false__output_not_applicable(void **state)
{
    fixture fx;
    fx_compile(&fx, miettinen_src, 0);
    interp *it = interp_new(fx.ir);
    guide_frame *f = guide_frame_new(&fx.ir->info);
    fx_label(&fx, f, "location", "colon");
    interp_eval(it, f, NULL);
    assert_int_equal(fx_out(&fx, f, "risk")->state, GUIDE_NOT_APPLICABLE);
    assert_int_equal(fx_out(&fx, f, "pct")->state, GUIDE_NOT_APPLICABLE);
    guide_frame_free(f);
    interp_free(it);
    fx_free(&fx);
}

static void interp__nd_cell__concluded_null(void **state)
{
    fixture fx;
    fx_compile(&fx, miettinen_src, 0);
    interp *it = interp_new(fx.ir);
    guide_frame *f = guide_frame_new(&fx.ir->info);
    fx_label(&fx, f, "location", "stomach");
    fx_num(&fx, f, "mitoses", 6);
    interp_eval(it, f, NULL); /* size unknown, but > 5 mitoses is high / ND at every size */
    assert_int_equal(fx_out(&fx, f, "pct")->state, GUIDE_CONCLUDED);
    assert_true(fx_out(&fx, f, "pct")->is_null);
    assert_string_equal(fx_out_label(&fx, f, "risk"), "high");
    guide_frame_free(f);
    interp_free(it);
    fx_free(&fx);
}

static const char *const conflict_src =
    "guideline g \"t\" version \"1\" source \"s\"\n"
    "input a : bool\n"
    "input b : bool\n"
    "output x : enum { p, q }\n"
    "rule r1 when a then x = p\n"
    "rule r2 when b then x = q\n";

static void interp__two_rules_disagree__conflict_state(void **state)
{
    fixture fx;
    fx_compile(&fx, conflict_src, 0);
    assert_int_equal(fx.d.errors, 0);
    interp *it = interp_new(fx.ir);
    guide_frame *f = guide_frame_new(&fx.ir->info);
    fx_bool(&fx, f, "a", 1);
    fx_bool(&fx, f, "b", 1);
    interp_eval(it, f, NULL);
    assert_int_equal(fx_out(&fx, f, "x")->state, GUIDE_CONFLICT);
    /* a true, b unknown: p or conflict -> undetermined, ask for b */
    guide_frame_clear(f);
    fx_bool(&fx, f, "a", 1);
    interp_eval(it, f, NULL);
    assert_int_equal(fx_out(&fx, f, "x")->state, GUIDE_UNDETERMINED);
    assert_true(fx_asks(&fx, f, "x", "b"));
    assert_false(fx_asks(&fx, f, "x", "a"));
    guide_frame_free(f);
    interp_free(it);
    fx_free(&fx);
}

static void interp__conflict__later_clauses_still_evaluated_and_traced(void **state)
{
    fixture fx;
    fx_compile(&fx, "guideline g \"t\" version \"1\" source \"s\"\n"
                    "input a : bool\ninput b : bool\ninput c : bool\noutput x : enum { p, q }\n"
                    "rule r1 when a then x = p\nrule r2 when b then x = q\nrule r3 when c then x = p\n", 0);
    interp *it = interp_new(fx.ir);
    guide_frame *f = guide_frame_new(&fx.ir->info);
    guide_trace *t = guide_trace_new(64);
    fx_bool(&fx, f, "a", 1);
    fx_bool(&fx, f, "b", 1);
    fx_bool(&fx, f, "c", 0);
    interp_eval(it, f, t);
    assert_int_equal(fx_out(&fx, f, "x")->state, GUIDE_CONFLICT);
    assert_int_equal(interp_clause_status(it)[2], GUIDE_CL_NOT_FIRED);
    int traced = 0;
    for (size_t i = 0; i < t->len; i++)
        traced += t->ev[i].kind == GUIDE_EV_CLAUSE;
    assert_int_equal(traced, 3);
    guide_trace_free(t);
    guide_frame_free(f);
    interp_free(it);
    fx_free(&fx);
}

/* A condition on an output that no rule concludes is false, not unknown: every input is known,
 * so nothing may be reported undetermined. */
static void interp__condition_on_not_applicable_output__false(void **state)
{
    fixture fx;
    fx_compile(&fx, "guideline g \"t\" version \"1\" source \"s\"\n"
                    "input a : bool\ninput b : bool\noutput o : enum { p, q }\noutput w : bool\n"
                    "rule r1 when a then o = p\nrule v when o == p and b then w = true\n"
                    "rule u when not (o == p) and b then w = false\n", 0);
    assert_int_equal(fx.d.errors, 0);
    interp *it = interp_new(fx.ir);
    guide_frame *f = guide_frame_new(&fx.ir->info);
    fx_bool(&fx, f, "a", 0);
    fx_bool(&fx, f, "b", 1);
    interp_eval(it, f, NULL);
    assert_int_equal(fx_out(&fx, f, "o")->state, GUIDE_NOT_APPLICABLE);
    assert_int_equal(fx_out(&fx, f, "w")->state, GUIDE_CONCLUDED);
    assert_int_equal(interp_clause_status(it)[1], GUIDE_CL_NOT_FIRED);
    assert_int_equal(interp_clause_status(it)[2], GUIDE_CL_FIRED);
    guide_frame_free(f);
    interp_free(it);
    fx_free(&fx);
}

/* In a first-hit table, a row that concludes nothing for an output still takes the cases it
 * matches: its inputs decide the output, so the search must ask for them. */
static void interp__first_table_row_without_value__its_inputs_decide(void **state)
{
    fixture fx;
    fx_compile(&fx, "guideline g \"t\" version \"1\" source \"s\"\n"
                    "input a : bool\ninput b : enum { x, y }\noutput o : enum { p, q }\noutput m : bool\n"
                    "table t hit first\n  | a | b || o | m |\n  | true | - || - | true |\n"
                    "  | - | x || p | false |\nend\n", 0);
    assert_int_equal(fx.d.errors, 0);
    interp *it = interp_new(fx.ir);
    guide_frame *f = guide_frame_new(&fx.ir->info);
    fx_label(&fx, f, "b", "x"); /* a unknown: o is p (a false) or not applicable (a true) */
    interp_eval(it, f, NULL);
    assert_int_equal(fx_out(&fx, f, "o")->state, GUIDE_UNDETERMINED);
    assert_true(fx_asks(&fx, f, "o", "a"));
    guide_frame_free(f);
    interp_free(it);
    fx_free(&fx);
}

static void interp__kleene__false_and_unknown_is_false(void **state)
{
    fixture fx;
    fx_compile(&fx, "guideline g \"t\" version \"1\" source \"s\"\n"
                    "input a : bool\ninput b : bool\noutput x : bool\n"
                    "rule r when a and b then x = true\n", 0);
    interp *it = interp_new(fx.ir);
    guide_frame *f = guide_frame_new(&fx.ir->info);
    fx_bool(&fx, f, "a", 0);
    interp_eval(it, f, NULL);
    assert_int_equal(interp_clause_status(it)[0], GUIDE_CL_NOT_FIRED);
    assert_int_equal(fx_out(&fx, f, "x")->state, GUIDE_NOT_APPLICABLE);
    assert_int_equal(fx_out(&fx, f, "x")->how, GUIDE_HOW_DIRECT);
    guide_frame_free(f);
    interp_free(it);
    fx_free(&fx);
}

static void interp__first_table__later_match_shadowed(void **state)
{
    fixture fx;
    fx_compile(&fx, "guideline g \"t\" version \"1\" source \"s\"\n"
                    "input n : integer in [0, 20]\noutput c : enum { small, big }\n"
                    "table t hit first\n"
                    "  | n    || c     |\n"
                    "  | <= 3 || small |\n"
                    "  | -    || big   |\n"
                    "end\n", 0);
    assert_int_equal(fx.d.errors, 0);
    interp *it = interp_new(fx.ir);
    guide_frame *f = guide_frame_new(&fx.ir->info);
    fx_num(&fx, f, "n", 2);
    interp_eval(it, f, NULL);
    assert_string_equal(fx_out_label(&fx, f, "c"), "small");
    assert_int_equal(interp_clause_status(it)[1], GUIDE_CL_SHADOWED);
    guide_frame_clear(f);
    fx_num(&fx, f, "n", 4);
    interp_eval(it, f, NULL);
    assert_string_equal(fx_out_label(&fx, f, "c"), "big");
    guide_frame_free(f);
    interp_free(it);
    fx_free(&fx);
}

static void interp__arithmetic_division_by_zero__unknown(void **state)
{
    fixture fx;
    fx_compile(&fx, "guideline g \"t\" version \"1\" source \"s\"\n"
                    "input before_cm : cm in [0, 100]\ninput after_cm : cm in [0, 100]\n"
                    "derive change : % = (after_cm - before_cm) / before_cm * 100\n"
                    "output shrank : bool\n"
                    "rule r when change <= -10 then shrank = true\n", 0);
    assert_int_equal(fx.d.errors, 0);
    interp *it = interp_new(fx.ir);
    guide_frame *f = guide_frame_new(&fx.ir->info);
    fx_num(&fx, f, "before_cm", 0);
    fx_num(&fx, f, "after_cm", 1);
    interp_eval(it, f, NULL);
    int ch = guide_var_index(&fx.ir->info, "change");
    assert_false(f->known[ch]);
    assert_int_equal(fx_out(&fx, f, "shrank")->state, GUIDE_UNDETERMINED);
    guide_frame_clear(f);
    fx_num(&fx, f, "before_cm", 10);
    fx_num(&fx, f, "after_cm", 8.5);
    interp_eval(it, f, NULL);
    assert_true(f->known[ch]);
    assert_true(f->val[ch].num < -14.9 && f->val[ch].num > -15.1);
    assert_int_equal(fx_out(&fx, f, "shrank")->state, GUIDE_CONCLUDED);
    guide_frame_free(f);
    interp_free(it);
    fx_free(&fx);
}

/* Nothing known: every answer of the table is possible, for pct each percentage, ND and "not
 * applicable" (the guard excludes the colon); each of the three columns matters. */
static void interp__nothing_known__possible_answers_and_asks_exact(void **state)
{
    fixture fx;
    fx_compile(&fx, miettinen_src, 0);
    interp *it = interp_new(fx.ir);
    guide_frame *f = guide_frame_new(&fx.ir->info);
    interp_eval(it, f, NULL);
    int pct = guide_var_index(&fx.ir->info, "pct") - guide_first_output(&fx.ir->info);
    assert_int_equal(f->out[pct].state, GUIDE_UNDETERMINED);
    assert_int_equal(f->out[pct].how, GUIDE_HOW_DEPENDS);
    const guide_dd *dd = &fx.ir->dds[pct];
    /* 2 %, 12 %, 52 %, ND, not applicable: all reachable */
    assert_int_equal(dd->nleaves, 5);
    assert_int_equal(guide_possible(f, pct)[0], 0x1f);
    assert_true(dd->leaves[0].state == GUIDE_CONCLUDED && dd->leaves[0].v.num == 2);
    assert_true(dd->leaves[3].state == GUIDE_CONCLUDED && dd->leaves[3].is_null);
    assert_int_equal(dd->leaves[4].state, GUIDE_NOT_APPLICABLE);
    uint64_t want = 0;
    want |= (uint64_t)1 << guide_var_index(&fx.ir->info, "location");
    want |= (uint64_t)1 << guide_var_index(&fx.ir->info, "size_cm");
    want |= (uint64_t)1 << guide_var_index(&fx.ir->info, "mitoses");
    assert_int_equal(guide_asks(f, pct)[0], want);
    /* with the colon known, the guard decides: not applicable, whatever the rest */
    fx_label(&fx, f, "location", "colon");
    interp_eval(it, f, NULL);
    assert_int_equal(f->out[pct].state, GUIDE_NOT_APPLICABLE);
    guide_frame_free(f);
    interp_free(it);
    fx_free(&fx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(interp__all_known__concludes_table_row),
        cmocka_unit_test(interp__missing_input_that_does_not_matter__decided_by_search),
        cmocka_unit_test(interp__downstream_rule__sees_value_decided_by_search),
        cmocka_unit_test(interp__unless_holds__rule_excepted_not_concluded),
        cmocka_unit_test(interp__guard_false__output_not_applicable),
        cmocka_unit_test(interp__nd_cell__concluded_null),
        cmocka_unit_test(interp__two_rules_disagree__conflict_state),
        cmocka_unit_test(interp__kleene__false_and_unknown_is_false),
        cmocka_unit_test(interp__condition_on_not_applicable_output__false),
        cmocka_unit_test(interp__first_table_row_without_value__its_inputs_decide),
        cmocka_unit_test(interp__conflict__later_clauses_still_evaluated_and_traced),
        cmocka_unit_test(interp__first_table__later_match_shadowed),
        cmocka_unit_test(interp__arithmetic_division_by_zero__unknown),
        cmocka_unit_test(interp__nothing_known__possible_answers_and_asks_exact),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
