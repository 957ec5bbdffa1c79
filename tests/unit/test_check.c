/* test_check.c — the checker and the analyses: every kind of finding, with its location and,
 * for the semantic ones, an example case that really shows the problem. */
#include "compile_fixture.h"

#define HEADER "guideline g \"t\" version \"1\" source \"s\"\n"

/* Asserts that the diagnostics contain `needle`. */
static void assert_reported(const fixture *fx, const char *needle)
{
    if (!fx->diags || !strstr(fx->diags, needle)) {
        print_error("expected diagnostic containing \"%s\"; got:\n%s\n", needle,
                    fx->diags ? fx->diags : "(nothing)");
        fail();
    }
}

static void check__undeclared_name__error_with_hint(void **state)
{
    fixture fx;
    fx_compile(&fx, HEADER "input size_cm : cm in [0, 100]\noutput big : bool\n"
                           "rule r when sise_cm > 5 then big = true\n", 0);
    assert_int_equal(fx.d.errors, 1);
    assert_reported(&fx, "t.guide:4:13: error: unknown name 'sise_cm'");
    assert_reported(&fx, "did you mean 'size_cm'?");
    fx_free(&fx);
}

static void check__unknown_label__closest_label_hinted(void **state)
{
    fixture fx;
    fx_compile(&fx, HEADER "input site : enum { stomach, rectum }\noutput x : bool\n"
                           "rule r when site == stomac then x = true\n", 0);
    assert_int_equal(fx.d.errors, 1);
    assert_reported(&fx, "'stomac' is not a label of site");
    assert_reported(&fx, "did you mean 'stomach'?");
    fx_free(&fx);
}

static void check__unit_of_other_dimension__error(void **state)
{
    fixture fx;
    fx_compile(&fx, HEADER "input size_cm : cm in [0, 100]\noutput x : bool\n"
                           "rule r when size_cm > 3 mg then x = true\n", 0);
    assert_int_equal(fx.d.errors, 1);
    assert_reported(&fx, "cannot compare size_cm (cm, a length) with a value in mg (a mass)");
    fx_free(&fx);
}

static void check__millimetres_in_condition__converted_exactly(void **state)
{
    fixture fx;
    fx_compile(&fx, HEADER "input size_cm : cm in [0, 100]\noutput x : bool\n"
                           "rule r when size_cm > 20 mm then x = true\n", 0);
    assert_int_equal(fx.d.errors, 0);
    const ir_atom *a = &fx.ir->clauses[0].when->atom;
    assert_true(a->lo == 2.0); /* exactly 2 cm, not 2.0000000000000004 */
    assert_false(a->lo_closed);
    fx_free(&fx);
}

static void check__constant_outside_range__error(void **state)
{
    fixture fx;
    fx_compile(&fx, HEADER "input size_cm : cm in [0, 100]\noutput x : bool\n"
                           "rule r when size_cm > 200 then x = true\n", 0);
    assert_int_equal(fx.d.errors, 1);
    assert_reported(&fx, "200 cm is outside the declared range [0, 100] of size_cm");
    fx_free(&fx);
}

static void check__type_mismatch_in_conclusion__error(void **state)
{
    fixture fx;
    fx_compile(&fx, HEADER "input a : bool\noutput risk : enum { low, high }\n"
                           "rule r when a then risk = 3\n", 0);
    assert_int_equal(fx.d.errors, 1);
    assert_reported(&fx, "risk is an enum; this value is a number");
    fx_free(&fx);
}

static void check__concluding_an_input__error(void **state)
{
    fixture fx;
    fx_compile(&fx, HEADER "input a : bool\nrule r when a then a = false\n", 0);
    assert_reported(&fx, "'a' is an input, not an output");
    fx_free(&fx);
}

static void check__match_missing_label__error(void **state)
{
    fixture fx;
    fx_compile(&fx, HEADER "input loc : enum { stomach, jejunum, ileum }\n"
                           "derive site = match loc { stomach -> stomach; jejunum -> bowel }\n"
                           "output x : bool\nrule r when site == bowel then x = true\n", 0);
    assert_reported(&fx, "match on loc does not say what 'ileum' becomes");
    fx_free(&fx);
}

static void check__cycle__error_names_path(void **state)
{
    fixture fx;
    fx_compile(&fx, HEADER "output x : bool\noutput y : bool\n"
                           "rule r1 when y then x = true\nrule r2 when x then y = true\n", 0);
    assert_reported(&fx, "depends on itself");
    fx_free(&fx);
}

static void check__unique_table_gap__reported_with_example(void **state)
{
    fixture fx;
    fx_compile(&fx, HEADER "input size_cm : cm in [0, 100]\noutput c : enum { s, b }\n"
                           "table t hit unique\n"
                           "  | size_cm || c |\n"
                           "  | < 2     || s |\n"
                           "  | > 2     || b |\n"
                           "end\n", 1);
    assert_int_equal(fx.d.errors, 1);
    assert_reported(&fx, "table 't' (hit unique) has a gap");
    assert_reported(&fx, "for example: size_cm = 2 cm");
    fx_free(&fx);
}

static void check__unique_table_overlap__reported_with_rows(void **state)
{
    fixture fx;
    fx_compile(&fx, HEADER "input size_cm : cm in [0, 100]\noutput c : enum { s, b }\n"
                           "table t hit unique\n"
                           "  | size_cm || c |\n"
                           "  | <= 2    || s |\n"
                           "  | >= 2    || b |\n"
                           "end\n", 1);
    assert_int_equal(fx.d.errors, 1);
    assert_reported(&fx, "rows 1 and 2 of table 't' (hit unique) both match some cases");
    assert_reported(&fx, "for example: size_cm = 2 cm");
    fx_free(&fx);
}

static void check__first_table_masked_row__warning(void **state)
{
    fixture fx;
    fx_compile(&fx, HEADER "input n : integer in [0, 9]\noutput c : enum { s, b }\n"
                           "table t cites \"s\" hit first\n"
                           "  | n   || c |\n"
                           "  | -   || s |\n"
                           "  | > 2 || b |\n"
                           "end\n", 1);
    assert_int_equal(fx.d.errors, 0);
    assert_int_equal(fx.d.warnings, 1);
    assert_reported(&fx, "row 2 of table 't' can never match");
    fx_free(&fx);
}

static void check__rule_and_table_without_source__warning(void **state)
{
    fixture fx;
    fx_compile(&fx, HEADER "input n : integer in [0, 9]\noutput c : enum { s, b }\n"
                           "output d : bool\n"
                           "table t hit first\n"
                           "  | n   || c |\n"
                           "  | < 2 || s |\n"
                           "  | -   || b |\n"
                           "end\n"
                           "rule quoted cites \"§1\" when n > 5 then d = true\n"
                           "rule read reading 2 \"read so\" when n <= 5 then d = false\n", 1);
    assert_int_equal(fx.d.errors, 0);
    assert_int_equal(fx.d.warnings, 1);
    assert_reported(&fx, "warning: table 't' has neither 'cites' nor 'reading'");
    fx_free(&fx);
}

static void check__conflicting_rules__reported_with_example(void **state)
{
    fixture fx;
    fx_compile(&fx, HEADER "input size_cm : cm in [0, 100]\ninput r : bool\n"
                           "output x : enum { yes, no }\n"
                           "rule big when size_cm > 5 then x = yes\n"
                           "rule small when size_cm <= 10 and not r then x = no\n", 1);
    assert_int_equal(fx.d.errors, 1);
    assert_reported(&fx, "rule 'big' and rule 'small' can conclude different values for x "
                         "(yes and no) on the same case");
    assert_reported(&fx, "for example: size_cm = ");
    assert_reported(&fx, "r = false");
    fx_free(&fx);
}

static void check__exclusive_rules__no_conflict(void **state)
{
    fixture fx;
    fx_compile(&fx, HEADER "input size_cm : cm in [0, 100]\n"
                           "output x : enum { yes, no }\n"
                           "rule big when size_cm > 5 then x = yes\n"
                           "rule small when size_cm <= 5 then x = no\n", 1);
    assert_int_equal(fx.d.errors, 0);
    fx_free(&fx);
}

static void check__rule_that_cannot_hold__warning(void **state)
{
    fixture fx;
    fx_compile(&fx, HEADER "input size_cm : cm in [0, 100]\noutput x : bool\n"
                           "rule never cites \"s\" when size_cm > 5 cm and size_cm < 3 cm then x = true\n"
                           "rule fine cites \"s\" when size_cm > 5 cm then x = true\n", 1);
    assert_int_equal(fx.d.errors, 0);
    assert_int_equal(fx.d.warnings, 1);
    assert_reported(&fx, "t.guide:4:1: warning: rule 'never' can never fire");
    fx_free(&fx);
}

static void check__analysis_example__reproduces_with_interpreter(void **state)
{
    /* The conflict's example case, evaluated by the interpreter, really is a conflict. */
    fixture fx;
    fx_compile(&fx, HEADER "input size_cm : cm in [0, 100]\ninput r : bool\n"
                           "output x : enum { yes, no }\n"
                           "rule big when size_cm > 5 then x = yes\n"
                           "rule small when size_cm <= 10 and not r then x = no\n", 1);
    const char *ex = strstr(fx.diags, "for example: size_cm = ");
    assert_non_null(ex);
    double size = strtod(ex + strlen("for example: size_cm = "), NULL);
    interp *it = interp_new(fx.ir);
    guide_frame *f = guide_frame_new(&fx.ir->info);
    fx_num(&fx, f, "size_cm", size);
    fx_bool(&fx, f, "r", 0);
    interp_eval(it, f, NULL);
    assert_int_equal(fx_out(&fx, f, "x")->state, GUIDE_CONFLICT);
    guide_frame_free(f);
    interp_free(it);
    fx_free(&fx);
}

/* The examples of a gap and of an overlap, evaluated by the interpreter, really are a gap (the
 * output is not applicable) and an overlap (the output is a conflict). */
static void check__gap_and_overlap_examples__reproduce_with_interpreter(void **state)
{
    static const char *const srcs[2] = {
        HEADER "input size_cm : cm in [0, 100]\noutput c : enum { s, b }\n"
               "table t hit unique\n  | size_cm || c |\n  | < 2 || s |\n  | > 2 || b |\nend\n",
        HEADER "input size_cm : cm in [0, 100]\noutput c : enum { s, b }\n"
               "table t hit unique\n  | size_cm || c |\n  | <= 3 || s |\n  | > 2.5 || b |\nend\n"};
    static const guide_state expected[2] = {GUIDE_NOT_APPLICABLE, GUIDE_CONFLICT};
    for (int k = 0; k < 2; k++) {
        fixture fx;
        fx_compile(&fx, srcs[k], 1);
        assert_int_equal(fx.d.errors, 1);
        const char *ex = strstr(fx.diags, "for example: size_cm = ");
        assert_non_null(ex);
        double size = strtod(ex + strlen("for example: size_cm = "), NULL);
        interp *it = interp_new(fx.ir);
        guide_frame *f = guide_frame_new(&fx.ir->info);
        fx_num(&fx, f, "size_cm", size);
        interp_eval(it, f, NULL);
        assert_int_equal(fx_out(&fx, f, "c")->state, expected[k]);
        guide_frame_free(f);
        interp_free(it);
        fx_free(&fx);
    }
}

static void check__band_boundary_left_to_no_rule__warning(void **state)
{
    fixture fx;
    fx_compile(&fx, HEADER "input size_cm : cm in [0, 100]\noutput c : enum { s, b }\n"
                           "rule small cites \"s\" when size_cm < 2 cm then c = s\n"
                           "rule big reading 1 \"read so\" when size_cm > 2 cm then c = b\n", 1);
    assert_int_equal(fx.d.errors, 0);
    assert_int_equal(fx.d.warnings, 1);
    assert_reported(&fx, "no rule concludes c when size_cm is exactly 2 cm");
    fx_free(&fx);
    fx_compile(&fx, HEADER "input size_cm : cm in [0, 100]\noutput c : enum { s, b }\n"
                           "rule small cites \"s\" when size_cm <= 2 cm then c = s\n"
                           "rule big cites \"s\" when size_cm > 2 cm then c = b\n", 1);
    assert_int_equal(fx.d.warnings, 0);
    fx_free(&fx);
}

/* ---- conflicts and reachability by cells, against enumeration --------------------------------- */

static unsigned rng = 2024;
static unsigned next_rand(void) { return rng = rng * 1103515245u + 12345u, (rng >> 16) & 0x7fff; }

/* One random condition over x (number), n (integer), e (enum) and b (bool), as text. */
static void random_cond(char *buf, size_t len)
{
    static const char *const atoms[] = {"x > %d", "x <= %d", "x >= %d and x < %d", "n == %d",
                                        "n >= %d", "n < %d", "e == a", "e in {b, c}", "e != c",
                                        "b", "not b", "x > %d and x < %d"};
    size_t o = 0;
    int k = 1 + (int)(next_rand() % 3);
    for (int i = 0; i < k; i++) {
        int a = (int)(next_rand() % 8), c = a + (int)(next_rand() % 3);
        o += (size_t)snprintf(buf + o, len - o, "%s", i ? " and " : "");
        o += (size_t)snprintf(buf + o, len - o, atoms[next_rand() % 12], a, c);
    }
}

/* Runs the analyses both ways on src (already lowered) and returns the two texts. */
static void check_both_ways(const char *src, long budget, char **t1, char **t2)
{
    fixture fx;
    fx_compile(&fx, src, 0);
    if (fx.d.errors)
        fprintf(stderr, "%s\n%s\n", src, fx.diags);
    assert_int_equal(fx.d.errors, 0);
    size_t l1 = 0, l2 = 0;
    FILE *m1 = open_memstream(t1, &l1), *m2 = open_memstream(t2, &l2);
    diag_ctx d1, d2;
    diag_init(&d1, &fx.file, m1);
    diag_init(&d2, &fx.file, m2);
    an_check_with(&fx.a, &d1, fx.ir, budget, AN_BY_BOXES);
    an_check_with(&fx.a, &d2, fx.ir, budget, 0);
    fclose(m1);
    fclose(m2);
    fx_free(&fx);
}

static void check__conflicts_by_cells__same_text_as_enumeration(void **state)
{
    (void)state;
    int conflicts = 0, never = 0;
    for (int round = 0; round < 200; round++) {
        char src[8192], cond[256];
        size_t o = (size_t)snprintf(src, sizeof src, HEADER
                                    "input x : cm in [0, 10]\ninput n : integer in [0, 10]\n"
                                    "input e : enum { a, b, c }\ninput b : bool\n"
                                    "output r : enum { p, q, s }\n");
        int nrules = 2 + (int)(next_rand() % 6);
        for (int i = 0; i < nrules; i++) {
            random_cond(cond, sizeof cond);
            o += (size_t)snprintf(src + o, sizeof src - o, "rule r%d when %s", i, cond);
            if (next_rand() % 5 == 0) { /* an exception: enumerated either way */
                random_cond(cond, sizeof cond);
                o += (size_t)snprintf(src + o, sizeof src - o, " unless %s", cond);
            }
            o += (size_t)snprintf(src + o, sizeof src - o, " then r = %s\n",
                                  (const char *[]){"p", "q", "s"}[next_rand() % 3]);
        }
        o += (size_t)snprintf(src + o, sizeof src - o, "table t hit collect\n  | x | e || r |\n");
        for (int i = 0; i < 3; i++)
            o += (size_t)snprintf(src + o, sizeof src - o, "  | > %d | %s || %s |\n",
                                  (int)(next_rand() % 9), next_rand() % 2 ? "a" : "-",
                                  (const char *[]){"p", "q", "s"}[next_rand() % 3]);
        snprintf(src + o, sizeof src - o, "end\n");
        char *t1 = NULL, *t2 = NULL;
        check_both_ways(src, AN_DEFAULT_BUDGET, &t1, &t2);
        if (strcmp(t1, t2) != 0) {
            fprintf(stderr, "cells and enumeration disagree on:\n%s\ncells:\n%s\nenumeration:\n%s\n",
                    src, t1, t2);
            fail();
        }
        conflicts += strstr(t1, "can conclude different values") != NULL;
        never += strstr(t1, "can never fire") != NULL;
        free(t1);
        free(t2);
    }
    /* the random rules do meet both findings, often */
    assert_true(conflicts > 50);
    assert_true(never > 5);
}

/* One random condition for the rules on r below, over inputs, derived values (d arithmetic,
 * g a match) and the output m, as text. */
static void random_read_cond(char *buf, size_t len)
{
    static const char *const atoms[] = {"x > %d", "n >= %d", "e == a", "b", "not b",
                                        "d > %d", "d <= %d", "g == lo", "g != hi", "m == p",
                                        "m in {q}", "x >= %d and d < %d"};
    size_t o = 0;
    int k = 1 + (int)(next_rand() % 3);
    for (int i = 0; i < k; i++) {
        int a = (int)(next_rand() % 10), c = a + 1 + (int)(next_rand() % 6);
        o += (size_t)snprintf(buf + o, len - o, "%s", i ? " and " : "");
        o += (size_t)snprintf(buf + o, len - o, atoms[next_rand() % 12], a, c);
    }
}

/* In a world, a pair of clauses (or one rule) is decided by evaluating those clauses and what
 * they read (AN_BY_CLAUSE); before, every rule and row concluding the same output was. Both
 * must give the same text, on rules with exceptions, rows of first tables and conditions on
 * derived values and outputs, which the cells of inputs cannot decide. */
static void check__clause_evaluation__same_text_as_whole_outputs(void **state)
{
    (void)state;
    static const char *const vals[] = {"p", "q", "s"};
    int conflicts = 0, never = 0, masked = 0;
    for (int round = 0; round < 150; round++) {
        char src[8192], cond[256];
        size_t o = (size_t)snprintf(src, sizeof src, HEADER
                                    "input x : cm in [0, 10]\ninput n : integer in [0, 10]\n"
                                    "input e : enum { a, b, c }\ninput b : bool\n"
                                    "derive d : cm = x * 2 + 1 cm\n"
                                    "derive g = match e { a -> lo; b, c -> hi }\n"
                                    "output m : enum { p, q }\noutput r : enum { p, q, s }\n");
        for (int i = 0; i < 2; i++) {
            random_cond(cond, sizeof cond);
            o += (size_t)snprintf(src + o, sizeof src - o, "rule m%d when %s", i, cond);
            if (next_rand() % 2) {
                random_cond(cond, sizeof cond);
                o += (size_t)snprintf(src + o, sizeof src - o, " unless %s", cond);
            }
            o += (size_t)snprintf(src + o, sizeof src - o, " then m = %s\n", vals[i]);
        }
        int nrules = 2 + (int)(next_rand() % 5);
        for (int i = 0; i < nrules; i++) {
            random_read_cond(cond, sizeof cond);
            o += (size_t)snprintf(src + o, sizeof src - o, "rule r%d when %s", i, cond);
            if (next_rand() % 2) {
                random_read_cond(cond, sizeof cond);
                o += (size_t)snprintf(src + o, sizeof src - o, " unless %s", cond);
            }
            o += (size_t)snprintf(src + o, sizeof src - o, " then r = %s\n", vals[next_rand() % 3]);
        }
        o += (size_t)snprintf(src + o, sizeof src - o, "table t hit first\n  | d | g | m || r |\n");
        for (int i = 0; i < 4; i++)
            o += (size_t)snprintf(src + o, sizeof src - o, "  | %s %d | %s | %s || %s |\n",
                                  next_rand() % 2 ? ">" : "<=", 1 + (int)(next_rand() % 20),
                                  (const char *[]){"lo", "hi", "-"}[next_rand() % 3],
                                  (const char *[]){"p", "q", "-", "-"}[next_rand() % 4],
                                  vals[next_rand() % 3]);
        snprintf(src + o, sizeof src - o, "end\n");

        fixture fx;
        fx_compile(&fx, src, 0);
        if (fx.d.errors)
            fprintf(stderr, "%s\n%s\n", src, fx.diags);
        assert_int_equal(fx.d.errors, 0);
        static const unsigned hows[] = {AN_BY_BOXES | AN_BY_CLAUSE, AN_BY_BOXES, AN_BY_CLAUSE, 0};
        char *text[4];
        for (int h = 0; h < 4; h++) {
            size_t len = 0;
            FILE *m = open_memstream(&text[h], &len);
            diag_ctx d;
            diag_init(&d, &fx.file, m);
            an_check_with(&fx.a, &d, fx.ir, AN_DEFAULT_BUDGET, hows[h]);
            fclose(m);
        }
        fx_free(&fx);
        for (int h = 1; h < 4; h++)
            if (strcmp(text[0], text[h]) != 0) {
                fprintf(stderr, "by clause and by whole outputs (how %u) disagree on:\n%s\n"
                        "by clause:\n%s\nhow %u:\n%s\n", hows[h], src, text[0], hows[h], text[h]);
                fail();
            }
        conflicts += strstr(text[0], "can conclude different values") != NULL;
        never += strstr(text[0], "can never fire") != NULL;
        masked += strstr(text[0], "can never match") != NULL;
        for (int h = 0; h < 4; h++)
            free(text[h]);
    }
    /* the random rules meet every finding, often */
    assert_true(conflicts > 50);
    assert_true(never > 5);
    assert_true(masked > 5);
}

static void check__small_budget__names_what_was_not_checked(void **state)
{
    (void)state;
    char src[16384];
    size_t o = (size_t)snprintf(src, sizeof src, HEADER "input n : number in [0, 1000]\n"
                                "output o : bool\n");
    for (int i = 0; i < 40; i++)
        o += (size_t)snprintf(src + o, sizeof src - o,
                              "rule r%d when n >= %d and n < %d then o = %s\n", i, i, i + 1,
                              i % 2 ? "true" : "false");
    for (int boxes = 0; boxes < 2; boxes++) {
        char *t1 = NULL, *t2 = NULL;
        check_both_ways(src, 50, &t1, &t2);
        const char *t = boxes ? t1 : t2;
        /* 400 pairs conclude different values: the budget covers few of them, and says so */
        if (!strstr(t, "pairs of rules or rows that conclude different values for o were not "
                       "checked for a conflict: the budget of 50 cases to try ran out") ||
            !strstr(t, "rules were not checked for whether they can fire") ||
            strstr(t, "error:")) {
            fprintf(stderr, "budget 50 (%s):\n%s\n", boxes ? "cells" : "enumeration", t);
            fail();
        }
        free(t1);
        free(t2);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(check__undeclared_name__error_with_hint),
        cmocka_unit_test(check__unknown_label__closest_label_hinted),
        cmocka_unit_test(check__unit_of_other_dimension__error),
        cmocka_unit_test(check__millimetres_in_condition__converted_exactly),
        cmocka_unit_test(check__constant_outside_range__error),
        cmocka_unit_test(check__type_mismatch_in_conclusion__error),
        cmocka_unit_test(check__concluding_an_input__error),
        cmocka_unit_test(check__match_missing_label__error),
        cmocka_unit_test(check__cycle__error_names_path),
        cmocka_unit_test(check__unique_table_gap__reported_with_example),
        cmocka_unit_test(check__unique_table_overlap__reported_with_rows),
        cmocka_unit_test(check__first_table_masked_row__warning),
        cmocka_unit_test(check__rule_and_table_without_source__warning),
        cmocka_unit_test(check__conflicting_rules__reported_with_example),
        cmocka_unit_test(check__exclusive_rules__no_conflict),
        cmocka_unit_test(check__rule_that_cannot_hold__warning),
        cmocka_unit_test(check__analysis_example__reproduces_with_interpreter),
        cmocka_unit_test(check__gap_and_overlap_examples__reproduce_with_interpreter),
        cmocka_unit_test(check__band_boundary_left_to_no_rule__warning),
        cmocka_unit_test(check__conflicts_by_cells__same_text_as_enumeration),
        cmocka_unit_test(check__clause_evaluation__same_text_as_whole_outputs),
        cmocka_unit_test(check__small_budget__names_what_was_not_checked),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
