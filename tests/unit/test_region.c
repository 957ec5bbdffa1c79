/* test_region.c — regions of cases (an_region.c): the interval each cell of an input stands for,
 * cells found one by one merged into few regions, and the text of a region. */
#include "compile_fixture.h"

#include "an_region.h"

static const char *const src =
    "guideline g \"t\" version \"1\" source \"s\"\n"
    "input x : cm in [0, 10]\ninput e : enum { a, b, c }\ninput r : bool\n"
    "output o : enum { p, q }\n"
    "rule one when x <= 2 cm and e == a then o = p\n"
    "rule two when x > 5 cm and r then o = q\n"
    "input y : cm in [0, 10]\ninput z : cm in [0, 10]\n"
    "rule three when y > 1 cm and y > 2 cm and y > 3 cm and y > 4 cm and y > 5 cm\n"
    "  and z > 1 cm and z > 2 cm and z > 3 cm and z > 4 cm and z > 5 cm then o = p\n";

static int var(const fixture *fx, const char *name)
{
    int v = guide_var_index(&fx->ir->info, name);
    assert_true(v >= 0);
    return v;
}

static void region__cells_of_a_number__intervals_between_its_cuts(void **state)
{
    fixture fx;
    fx_compile(&fx, src, 0);
    an_dim d;
    an_dim_of_var(&fx.a, fx.ir, var(&fx, "x"), &d);
    /* [0, 2), {2}, (2, 5), {5}, (5, 10] */
    assert_int_equal(d.ncells, 5);
    assert_true(d.cells[0].lo == 0 && d.cells[0].lo_closed && d.cells[0].hi == 2 && !d.cells[0].hi_closed);
    assert_true(d.cells[1].lo == 2 && d.cells[1].hi == 2 && d.cells[1].lo_closed && d.cells[1].hi_closed);
    assert_true(d.cells[2].lo == 2 && !d.cells[2].lo_closed && d.cells[2].hi == 5 && !d.cells[2].hi_closed);
    assert_true(d.cells[4].lo == 5 && !d.cells[4].lo_closed && d.cells[4].hi == 10 && d.cells[4].hi_closed);
    /* the cells a bound reaches, closed or open */
    assert_int_equal(an_cell_from(&d, 2, 1), 1);
    assert_int_equal(an_cell_from(&d, 2, 0), 2);
    assert_int_equal(an_cell_to(&d, 5, 1), 3);
    assert_int_equal(an_cell_to(&d, 5, 0), 2);
    fx_free(&fx);
}

static void region__cells_one_by_one__merged_into_one_region(void **state)
{
    fixture fx;
    fx_compile(&fx, src, 0);
    an_dim dims[2];
    an_dim_of_var(&fx.a, fx.ir, var(&fx, "x"), &dims[0]);
    an_dim_of_var(&fx.a, fx.ir, var(&fx, "e"), &dims[1]);
    an_boxes bs = {.ndims = 2};
    /* x in (2, 10] (cells 2, 3, 4) and e in {b, c} (cells 1, 2): six cells, one region */
    for (int c = 2; c < 5; c++)
        for (int l = 1; l < 3; l++)
            an_boxes_add_cells(&fx.a, &bs, (int[]){c, l});
    int n;
    const char **texts = an_boxes_texts(&fx.a, &bs, dims, &n);
    assert_int_equal(n, 1);
    assert_string_equal(texts[0], "x > 2 cm, e in {b, c}");
    fx_free(&fx);
}

static void region__whole_domain__every_case(void **state)
{
    fixture fx;
    fx_compile(&fx, src, 0);
    an_dim dims[1];
    an_dim_of_var(&fx.a, fx.ir, var(&fx, "r"), &dims[0]);
    an_boxes bs = {.ndims = 1};
    an_boxes_add_cells(&fx.a, &bs, (int[]){0});
    an_boxes_add_cells(&fx.a, &bs, (int[]){1});
    int n;
    const char **texts = an_boxes_texts(&fx.a, &bs, dims, &n);
    assert_int_equal(n, 1);
    assert_string_equal(texts[0], "every case");
    fx_free(&fx);
}

static void region__more_than_listed__says_how_many_more(void **state)
{
    fixture fx;
    fx_compile(&fx, src, 0);
    an_dim dims[2];
    an_dim_of_var(&fx.a, fx.ir, var(&fx, "y"), &dims[0]);
    an_dim_of_var(&fx.a, fx.ir, var(&fx, "z"), &dims[1]);
    assert_int_equal(dims[0].ncells, 11); /* cut at 1, 2, 3, 4, 5 */
    assert_int_equal(dims[1].ncells, 11);
    an_boxes bs = {.ndims = 2};
    /* the diagonal: no two cells agree on either input, so none merge; each added twice */
    for (int k = 0; k < 22; k++)
        an_boxes_add_cells(&fx.a, &bs, (int[]){k % 11, k % 11});
    int n;
    const char **texts = an_boxes_texts(&fx.a, &bs, dims, &n);
    assert_int_equal(n, AN_MAX_BANDS + 1);
    assert_string_equal(texts[0], "y < 1 cm, z < 1 cm");
    assert_string_equal(texts[AN_MAX_BANDS], "... and 3 more regions");
    fx_free(&fx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(region__cells_of_a_number__intervals_between_its_cuts),
        cmocka_unit_test(region__cells_one_by_one__merged_into_one_region),
        cmocka_unit_test(region__whole_domain__every_case),
        cmocka_unit_test(region__more_than_listed__says_how_many_more),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
