/* test_lists.c — list inputs: libguide's aggregates (runtime/lists.c), which every evaluator
 * calls; the case reader's lists (JSON arrays, CSV cells); and the interpreter on aggregates,
 * with an unknown list unknown and an empty list known and empty. */
#include "compile_fixture.h"

#include <float.h>
#include <math.h>

static double agg(guide_agg op, const double *xs, int32_t n, double step,
                  const guide_elem_test *t, int *has)
{
    double out = -12345;
    *has = guide_list_aggregate(op, xs, n, step, t, &out);
    return out;
}

static void aggregate__each_kind__as_defined(void **state)
{
    (void)state;
    const double xs[] = {2.0, 6.5, 4.0};
    int has;
    assert_true(agg(GUIDE_AGG_MEAN, xs, 3, 0, NULL, &has) == 12.5 / 3 && has);
    assert_true(agg(GUIDE_AGG_MIN, xs, 3, 0, NULL, &has) == 2.0 && has);
    assert_true(agg(GUIDE_AGG_MAX, xs, 3, 0, NULL, &has) == 6.5 && has);
    assert_true(agg(GUIDE_AGG_SUM, xs, 3, 0, NULL, &has) == 12.5 && has);
    assert_true(agg(GUIDE_AGG_COUNT, xs, 3, 0, NULL, &has) == 3 && has);
}

static void aggregate__empty_list__sum_and_count_zero_mean_min_max_none(void **state)
{
    (void)state;
    int has;
    assert_true(agg(GUIDE_AGG_SUM, NULL, 0, 0, NULL, &has) == 0 && has);
    assert_true(agg(GUIDE_AGG_COUNT, NULL, 0, 0, NULL, &has) == 0 && has);
    agg(GUIDE_AGG_MEAN, NULL, 0, 0, NULL, &has);
    assert_false(has); /* no value: not 0 */
    agg(GUIDE_AGG_MIN, NULL, 0, 0, NULL, &has);
    assert_false(has);
    agg(GUIDE_AGG_MAX, NULL, 0, 0, NULL, &has);
    assert_false(has);
    assert_true(agg(GUIDE_AGG_ANY, NULL, 0, 0, NULL, &has) == 0 && has);
    assert_true(agg(GUIDE_AGG_ALL, NULL, 0, 0, NULL, &has) == 1 && has); /* vacuously */
}

static void aggregate__element_test__keeps_positions_marked(void **state)
{
    (void)state;
    /* x >= 2.5: below 2.5 no, on it yes, above yes */
    const double cuts[] = {2.5};
    const uint8_t holds[] = {0, 1, 1};
    const guide_elem_test t = {1, cuts, holds};
    const double xs[] = {1.0, 2.5, 3.0, 2.4999};
    int has;
    assert_true(agg(GUIDE_AGG_COUNT, xs, 4, 0, &t, &has) == 2 && has);
    assert_true(agg(GUIDE_AGG_ANY, xs, 4, 0, &t, &has) == 1 && has);
    assert_true(agg(GUIDE_AGG_ALL, xs, 4, 0, &t, &has) == 0 && has);
    assert_true(agg(GUIDE_AGG_ALL, xs + 1, 2, 0, &t, &has) == 1 && has);
    assert_true(agg(GUIDE_AGG_ANY, xs, 1, 0, &t, &has) == 0 && has);
}

static void aggregate__step__elements_rounded_first(void **state)
{
    (void)state;
    /* recorded to 0.1: 2.45 is 2.5 (half away from zero), 2.44 is 2.4 */
    const double cuts[] = {2.5};
    const uint8_t holds[] = {0, 1, 1};
    const guide_elem_test t = {1, cuts, holds};
    const double xs[] = {2.45, 2.44};
    int has;
    assert_true(agg(GUIDE_AGG_COUNT, xs, 2, 0.1, &t, &has) == 1 && has);
    assert_true(agg(GUIDE_AGG_MAX, xs, 2, 0.1, NULL, &has) == 2.5 && has);
    assert_true(agg(GUIDE_AGG_MIN, xs, 2, 0.1, NULL, &has) == 2.4 && has);
}

static void aggregate__sum_not_finite__no_value(void **state)
{
    (void)state;
    const double xs[] = {DBL_MAX, DBL_MAX};
    int has;
    agg(GUIDE_AGG_SUM, xs, 2, 0, NULL, &has);
    assert_false(has);
}

static void list_valid__range_count_and_pointer__checked(void **state)
{
    (void)state;
    const double ok[] = {0, 50, 100}, bad[] = {0, 100.5}, nan[] = {NAN};
    assert_true(guide_list_valid(ok, 3, 0, 100, 0));
    assert_true(guide_list_valid(NULL, 0, 0, 100, 0));
    assert_false(guide_list_valid(bad, 2, 0, 100, 0));
    assert_false(guide_list_valid(bad, 2, 0, 100, 1)); /* at step 1, 100.5 is recorded as 101 */
    assert_true(guide_list_valid(bad, 2, 0, 100.5, 0.5));
    assert_false(guide_list_valid(nan, 1, -HUGE_VAL, HUGE_VAL, 0));
    assert_false(guide_list_valid(ok, -1, 0, 100, 0));
    assert_false(guide_list_valid(NULL, 2, 0, 100, 0));
}

static void cut_position__around_cuts__as_levels_number_them(void **state)
{
    (void)state;
    const double cuts[] = {1, 2};
    assert_int_equal(guide_cut_position(cuts, 2, 0.5), 0);
    assert_int_equal(guide_cut_position(cuts, 2, 1), 1);
    assert_int_equal(guide_cut_position(cuts, 2, 1.5), 2);
    assert_int_equal(guide_cut_position(cuts, 2, 2), 3);
    assert_int_equal(guide_cut_position(cuts, 2, 9), 4);
    assert_int_equal(guide_cut_position(cuts, 0, 9), 0);
}

/* ---- through the compiler, the case reader and the interpreter ---------------------------- */

static const char *const src =
    "guideline t \"t\" version \"1\" source \"s\"\n"
    "unit SUV \"standardized uptake value\"\n"
    "input suv : list of SUV in [0, 100] step 0.1\n"
    "output high : bool\n"
    "derive m : SUV = mean(suv)\n"
    "derive avid : bool = any (x in suv: x >= 2.5 SUV)\n"
    "rule h cites \"x\" when m > 10 SUV then high = true\n"
    "rule l cites \"x\" when m <= 10 SUV and not avid then high = false\n";

typedef struct read_ctx {
    guide_frame *f;
    int          v;
    guide_list   got;   /* its items point into items (the reader's frame ends with the read) */
    double       items[8];
    int          known, errors;
    char         message[512];
} read_ctx;

static int on_case(void *ctx, guide_frame *f, const guide_case_error *err, int record, int line)
{
    read_ctx *c = ctx;
    (void)record;
    (void)line;
    if (err) {
        c->errors++;
        snprintf(c->message, sizeof c->message, "%s", err->message);
        return 0;
    }
    c->known = f->known[c->v];
    c->got = f->val[c->v].list;
    for (int32_t i = 0; i < c->got.n && i < 8; i++)
        c->items[i] = c->got.items[i];
    c->got.items = c->items;
    return 0;
}

static void read_one(const fixture *fx, const char *json, read_ctx *c)
{
    memset(c, 0, sizeof *c);
    c->v = guide_var_index(&fx->ir->info, "suv");
    guide_read_cases(&fx->ir->info, json, strlen(json), on_case, c);
}

static void case_reader__json_array__elements_in_the_lists_unit(void **state)
{
    (void)state;
    fixture fx;
    fx_compile(&fx, src, 0);
    assert_non_null(fx.ir);
    read_ctx c;
    read_one(&fx, "{\"suv\": [2, \"3.5 SUV\", 0]}", &c);
    assert_int_equal(c.errors, 0);
    assert_int_equal(c.known, 1);
    assert_int_equal(c.got.n, 3);
    assert_true(c.got.items[0] == 2 && c.got.items[1] == 3.5 && c.got.items[2] == 0);

    read_one(&fx, "{\"suv\": []}", &c);
    assert_int_equal(c.errors, 0);
    assert_int_equal(c.known, 1); /* known and empty */
    assert_int_equal(c.got.n, 0);

    read_one(&fx, "{\"suv\": null}", &c);
    assert_int_equal(c.errors, 0);
    assert_int_equal(c.known, 0);
    fx_free(&fx);
}

static void case_reader__bad_lists__error_names_the_element(void **state)
{
    (void)state;
    fixture fx;
    fx_compile(&fx, src, 0);
    read_ctx c;
    read_one(&fx, "{\"suv\": [1, null]}", &c);
    assert_int_equal(c.errors, 1);
    assert_non_null(strstr(c.message, "suv[1]: an element cannot be unknown"));
    read_one(&fx, "{\"suv\": [1, 200]}", &c);
    assert_int_equal(c.errors, 1);
    assert_non_null(strstr(c.message, "suv[1]: 200 is outside the declared range"));
    read_one(&fx, "{\"suv\": 3}", &c);
    assert_int_equal(c.errors, 1);
    assert_non_null(strstr(c.message, "suv: expected a list of numbers"));
    read_one(&fx, "{\"suv\": [\"3 cm\"]}", &c);
    assert_int_equal(c.errors, 1);
    assert_non_null(strstr(c.message, "suv[0]"));
    fx_free(&fx);
}

static void case_reader__csv_cell__semicolons_or_json(void **state)
{
    (void)state;
    fixture fx;
    fx_compile(&fx, src, 0);
    guide_frame *f = guide_frame_new(&fx.ir->info);
    int v = guide_var_index(&fx.ir->info, "suv");
    guide_case_error err;
    const char *cell = " 2.0 ; 6.5 SUV;3";
    assert_int_equal(guide_read_text_value(f, v, cell, strlen(cell), &err), 0);
    assert_int_equal(f->known[v], 1);
    assert_int_equal(f->val[v].list.n, 3);
    assert_true(f->val[v].list.items[1] == 6.5);
    assert_int_equal(guide_read_text_value(f, v, "[]", 2, &err), 0);
    assert_int_equal(f->val[v].list.n, 0);
    assert_int_equal(guide_read_text_value(f, v, "1;;2", 4, &err), -1);
    assert_non_null(strstr(err.message, "suv[1]"));
    guide_frame_free(f);
    fx_free(&fx);
}

static void interp__aggregates__unknown_list_unknown_empty_list_known(void **state)
{
    (void)state;
    fixture fx;
    fx_compile(&fx, src, 1);
    assert_int_equal(fx.d.errors, 0);
    interp *it = interp_new(fx.ir);
    guide_frame *f = guide_frame_new(&fx.ir->info);
    int v = guide_var_index(&fx.ir->info, "suv");

    static const double high[] = {12, 9}; /* mean 10.5 */
    f->val[v].list = (guide_list){high, 2};
    f->known[v] = 1;
    interp_eval(it, f, NULL);
    assert_int_equal(fx_out(&fx, f, "high")->state, GUIDE_CONCLUDED);
    assert_int_equal(f->val[guide_var_index(&fx.ir->info, "high")].b, 1);

    static const double low[] = {1, 2.4}; /* mean 1.7, none at 2.5 or more */
    guide_frame_clear(f);
    f->val[v].list = (guide_list){low, 2};
    f->known[v] = 1;
    interp_eval(it, f, NULL);
    assert_int_equal(fx_out(&fx, f, "high")->state, GUIDE_CONCLUDED);
    assert_int_equal(f->val[guide_var_index(&fx.ir->info, "high")].b, 0);

    guide_frame_clear(f); /* unknown list: undetermined, ask for it */
    interp_eval(it, f, NULL);
    assert_int_equal(fx_out(&fx, f, "high")->state, GUIDE_UNDETERMINED);
    assert_true(fx_asks(&fx, f, "high", "suv"));

    guide_frame_clear(f); /* empty list: known, its mean has no value; nothing left to ask */
    f->val[v].list = (guide_list){NULL, 0};
    f->known[v] = 1;
    interp_eval(it, f, NULL);
    assert_int_equal(f->known[guide_var_index(&fx.ir->info, "m")], 0);
    assert_int_equal(f->known[guide_var_index(&fx.ir->info, "avid")], 1);
    assert_int_equal(fx_out(&fx, f, "high")->state, GUIDE_UNDETERMINED);
    assert_false(fx_asks(&fx, f, "high", "suv"));

    guide_frame_free(f);
    interp_free(it);
    fx_free(&fx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(aggregate__each_kind__as_defined),
        cmocka_unit_test(aggregate__empty_list__sum_and_count_zero_mean_min_max_none),
        cmocka_unit_test(aggregate__element_test__keeps_positions_marked),
        cmocka_unit_test(aggregate__step__elements_rounded_first),
        cmocka_unit_test(aggregate__sum_not_finite__no_value),
        cmocka_unit_test(list_valid__range_count_and_pointer__checked),
        cmocka_unit_test(cut_position__around_cuts__as_levels_number_them),
        cmocka_unit_test(case_reader__json_array__elements_in_the_lists_unit),
        cmocka_unit_test(case_reader__bad_lists__error_names_the_element),
        cmocka_unit_test(case_reader__csv_cell__semicolons_or_json),
        cmocka_unit_test(interp__aggregates__unknown_list_unknown_empty_list_known),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
