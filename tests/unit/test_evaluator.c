/* test_evaluator.c — the evaluator interface (evaluator.h): every kind opens on a small rule set
 * and gives the interpreter's answers, a shared evaluator gives them too, every kind computes the
 * derived value a constraint tests (guide_check_evaluated), and the names of the kinds parse
 * through one table. */
#include "compile_fixture.h"
#include "evaluator.h"

static const char *const rules_src =
    "guideline g \"t\" version \"1\" source \"s\"\n"
    "input size_cm : cm in [0, 100]\n"
    "input site : enum { stomach, colon }\n"
    "input rupture : bool\n"
    "output risk : enum { low, high }\n"
    "output treat : enum { yes, no }\n"
    "table t cites \"§1\" hit unique\n"
    "  | size_cm | site    || risk |\n"
    "  | <= 5    | -       || low  |\n"
    "  | > 5     | stomach || low  |\n"
    "  | > 5     | colon   || high |\n"
    "end\n"
    "rule r1 cites \"§2\" when risk == high or rupture then treat = yes\n"
    "rule r2 cites \"§2\" when risk == low and not rupture then treat = no\n";

/* A case: size (negative: unknown), site (NULL: unknown), rupture (-1: unknown). */
typedef struct tcase {
    double      size;
    const char *site;
    int         rupture;
} tcase;

static const tcase cases[] = {
    {3, "colon", 0},    /* all known: low, no */
    {12, "colon", 0},   /* all known: high, yes */
    {3, NULL, 0},       /* site unknown but does not matter */
    {12, NULL, -1},     /* undetermined */
    {-1, "stomach", 1}, /* risk decided without size; rupture decides treat */
};
enum { NCASES = sizeof cases / sizeof *cases };

static void load_case(const fixture *fx, guide_frame *f, const tcase *c)
{
    guide_frame_clear(f);
    if (c->size >= 0)
        fx_num(fx, f, "size_cm", c->size);
    if (c->site)
        fx_label(fx, f, "site", c->site);
    if (c->rupture >= 0)
        fx_bool(fx, f, "rupture", c->rupture);
}

/* Evaluates every case with ev into states[case][output] and labels[case][output]. */
static void eval_all(const fixture *fx, evaluator *ev, int states[NCASES][2], int labels[NCASES][2])
{
    guide_frame *f = guide_frame_new(evaluator_info(ev));
    assert_non_null(f);
    for (int i = 0; i < NCASES; i++) {
        load_case(fx, f, &cases[i]);
        assert_int_equal(evaluator_eval(ev, f, NULL), 0);
        for (int o = 0; o < 2; o++) {
            states[i][o] = f->out[o].state;
            labels[i][o] = f->out[o].state == GUIDE_CONCLUDED
                               ? f->val[guide_first_output(&fx->ir->info) + o].label : -1;
        }
    }
    guide_frame_free(f);
}

static void check_kind_agrees(evaluator_kind kind)
{
    fixture fx;
    fx_compile(&fx, rules_src, 0);
    assert_int_equal(fx.d.errors, 0);
    strbuf err = STRBUF_INIT;
    evaluator *ref = evaluator_open(EVALUATOR_INTERP, fx.ir, &err);
    evaluator *ev = evaluator_open(kind, fx.ir, &err);
    if (!ev)
        fail_msg("%s: %s", evaluator_kind_name(kind), sb_str(&err));
    assert_non_null(ref);
    assert_int_equal(evaluator_kind_of(ev), kind);
    assert_string_equal(evaluator_info(ev)->name, "g");
    int want_s[NCASES][2], want_l[NCASES][2], got_s[NCASES][2], got_l[NCASES][2];
    eval_all(&fx, ref, want_s, want_l);
    eval_all(&fx, ev, got_s, got_l);
    assert_memory_equal(want_s, got_s, sizeof want_s);
    assert_memory_equal(want_l, got_l, sizeof want_l);
    evaluator *shared = evaluator_share(ev); /* another thread's: the same answers */
    assert_non_null(shared);
    eval_all(&fx, shared, got_s, got_l);
    assert_memory_equal(want_s, got_s, sizeof want_s);
    evaluator_close(shared);
    /* the answers themselves: low/no, high/yes, low/no, undetermined, low/yes */
    assert_int_equal(want_s[0][0], GUIDE_CONCLUDED);
    assert_int_equal(want_s[2][1], GUIDE_CONCLUDED);
    assert_int_equal(want_s[3][0], GUIDE_UNDETERMINED);
    assert_int_equal(want_s[4][0], GUIDE_CONCLUDED);
    assert_int_not_equal(want_l[0][0], want_l[1][0]);
    evaluator_close(ev);
    evaluator_close(ref);
    sb_free(&err);
    fx_free(&fx);
}

static void evaluator__interp__answers_the_cases(void **state)
{
    check_kind_agrees(EVALUATOR_INTERP);
}

static void evaluator__jit__agrees_with_interp(void **state)
{
    check_kind_agrees(EVALUATOR_JIT);
}

static void evaluator__c__agrees_with_interp(void **state)
{
    check_kind_agrees(EVALUATOR_C);
}

static void evaluator__auto__opens_a_real_kind(void **state)
{
    fixture fx;
    fx_compile(&fx, rules_src, 0);
    strbuf err = STRBUF_INIT;
    evaluator *ev = evaluator_open(EVALUATOR_AUTO, fx.ir, &err);
    assert_non_null(ev);
    assert_int_not_equal(evaluator_kind_of(ev), EVALUATOR_AUTO);
    assert_null(evaluator_symbol(ev, "no_such_symbol"));
    evaluator_close(ev);
    sb_free(&err);
    fx_free(&fx);
}

/* A constraint on a sum: unknown when the case is read, known once evaluated. */
static const char *const sum_src =
    "guideline g \"t\" version \"1\" source \"s\"\n"
    "input a : cm in [0, 100]\n"
    "input b : cm in [0, 100]\n"
    "input flag : bool\n"
    "derive d : cm = a + b\n"
    "output o : bool\n"
    "constraint big_needs_flag cites \"x\" when d > 10 cm then flag\n"
    "rule r cites \"y\" when flag then o = true\n"
    "rule r2 cites \"y\" when not flag then o = false\n";

/* Whether the case a, b (negative: unknown), flag = false, read and evaluated with ev, is
 * refused after evaluation; its reading (guide_check_case) must let it through. */
static int refused_once_evaluated(const fixture *fx, evaluator *ev, double a, double b)
{
    guide_frame *f = guide_frame_new(evaluator_info(ev));
    assert_non_null(f);
    fx_num(fx, f, "a", a);
    if (b >= 0)
        fx_num(fx, f, "b", b);
    fx_bool(fx, f, "flag", 0);
    guide_case_error err;
    assert_int_equal(guide_check_case(f, &err), 0);
    int refused = evaluator_eval_checked(ev, f, NULL, &err) < 0;
    if (refused)
        assert_string_equal(err.message, "the case breaks constraint big_needs_flag (line 7, "
                                         "cites \"x\"): a = 8 cm, b = 7 cm, flag = false");
    guide_frame_free(f);
    return refused;
}

static void evaluator__constraint_on_a_sum__refused_once_evaluated_by_every_kind(void **state)
{
    fixture fx;
    fx_compile(&fx, sum_src, 0);
    assert_int_equal(fx.d.errors, 0);
    assert_true(guide_constraints_read_derived(&fx.ir->info));
    static const evaluator_kind kinds[] = {EVALUATOR_INTERP, EVALUATOR_C, EVALUATOR_JIT};
    for (int k = 0; k < 3; k++) {
        strbuf err = STRBUF_INIT;
        evaluator *ev = evaluator_open(kinds[k], fx.ir, &err);
        if (!ev)
            fail_msg("%s: %s", evaluator_kind_name(kinds[k]), sb_str(&err));
        assert_true(refused_once_evaluated(&fx, ev, 8, 7));
        assert_false(refused_once_evaluated(&fx, ev, 3, 4));
        assert_false(refused_once_evaluated(&fx, ev, 11, -1)); /* b unknown: d is unknown */
        evaluator_close(ev);
        sb_free(&err);
    }
    fx_free(&fx);
}

/* A value outside its range that reached the compiled code (a frame filled without the case
 * reader's check) is refused by it, and evaluator_eval_checked names the input. */
static void evaluator__compiled_code_rejects_a_value__checked_eval_names_the_input(void **state)
{
    fixture fx;
    fx_compile(&fx, sum_src, 0);
    assert_int_equal(fx.d.errors, 0);
    static const evaluator_kind kinds[] = {EVALUATOR_C, EVALUATOR_JIT};
    for (int k = 0; k < 2; k++) {
        strbuf err = STRBUF_INIT;
        evaluator *ev = evaluator_open(kinds[k], fx.ir, &err);
        if (!ev)
            fail_msg("%s: %s", evaluator_kind_name(kinds[k]), sb_str(&err));
        guide_frame *f = guide_frame_new(evaluator_info(ev));
        assert_non_null(f);
        fx_num(&fx, f, "a", 500); /* a in [0, 100] */
        fx_num(&fx, f, "b", 1);
        fx_bool(&fx, f, "flag", 1);
        guide_case_error e;
        assert_int_equal(evaluator_eval_checked(ev, f, NULL, &e), -1);
        assert_string_equal(e.field, "a");
        assert_string_equal(e.message, "the compiled rules reject this value");
        guide_frame_free(f);
        evaluator_close(ev);
        sb_free(&err);
    }
    fx_free(&fx);
}

/* Without a constraint on a derived value, the check after evaluation is never made. */
static void evaluator__constraint_on_inputs__no_check_once_evaluated(void **state)
{
    strbuf src = STRBUF_INIT;
    sb_puts(&src, rules_src);
    sb_puts(&src, "constraint c cites \"§3\" when size_cm > 5 cm then rupture\n");
    fixture fx;
    fx_compile(&fx, sb_str(&src), 0);
    assert_int_equal(fx.d.errors, 0);
    assert_false(guide_constraints_read_derived(&fx.ir->info));
    guide_frame *f = guide_frame_new(&fx.ir->info);
    assert_non_null(f);
    assert_int_equal(f->check_evaluated, 0);
    guide_frame_free(f);
    fx_free(&fx);
    sb_free(&src);
}

static void evaluator__kind_names__parse_through_one_table(void **state)
{
    static const char *const names[] = {"auto", "interp", "c", "jit"};
    for (int k = 0; k < 4; k++) {
        evaluator_kind kind = EVALUATOR_INTERP;
        strbuf err = STRBUF_INIT;
        assert_int_equal(evaluator_kind_parse(names[k], 1, &kind, &err), 0);
        assert_int_equal(kind, k);
        assert_string_equal(evaluator_kind_name(kind), names[k]);
        sb_free(&err);
    }
}

static void evaluator__unknown_name__error_lists_the_kinds(void **state)
{
    evaluator_kind kind = EVALUATOR_C;
    strbuf err = STRBUF_INIT;
    assert_int_equal(evaluator_kind_parse("llvm", 0, &kind, &err), -1);
    assert_string_equal(sb_str(&err), "unknown backend 'llvm' (expected interp, c or jit)");
    assert_int_equal(kind, EVALUATOR_C);
    sb_clear(&err);
    assert_int_equal(evaluator_kind_parse("auto", 0, &kind, &err), -1); /* run, test: no auto */
    sb_clear(&err);
    assert_int_equal(evaluator_kind_parse("JIT", 1, &kind, &err), -1);
    assert_string_equal(sb_str(&err), "unknown backend 'JIT' (expected auto, interp, c or jit)");
    sb_free(&err);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(evaluator__interp__answers_the_cases),
        cmocka_unit_test(evaluator__jit__agrees_with_interp),
        cmocka_unit_test(evaluator__c__agrees_with_interp),
        cmocka_unit_test(evaluator__auto__opens_a_real_kind),
        cmocka_unit_test(evaluator__constraint_on_a_sum__refused_once_evaluated_by_every_kind),
        cmocka_unit_test(evaluator__compiled_code_rejects_a_value__checked_eval_names_the_input),
        cmocka_unit_test(evaluator__constraint_on_inputs__no_check_once_evaluated),
        cmocka_unit_test(evaluator__kind_names__parse_through_one_table),
        cmocka_unit_test(evaluator__unknown_name__error_lists_the_kinds),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
