/* test_step.c — rounding to a measurement step (runtime/step.c): half away from zero, as a
 * person rounds the decimal text, whatever binary floating point makes of it; and the
 * thresholds the compiler moves onto the recorded value (ir.c ir_step_bounds) agree with it. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>

#include "guide.h"
#include "ir.h"

/* Whether x lies in the interval (lo, hi) with the closed ends given. */
static int within(double x, double lo, int loc, double hi, int hic)
{
    return (loc ? x >= lo : x > lo) && (hic ? x <= hi : x < hi);
}

static void step_round__awkward_decimals__as_written(void **state)
{
    (void)state;
    /* 1.05 is 1.0499999999999998 in binary, 2.675 is 2.67499999999999982 */
    assert_true(guide_step_round(1.05, 0.1) == 1.1);
    assert_true(guide_step_round(1.04, 0.1) == 1.0);
    assert_true(guide_step_round(1.15, 0.1) == 1.2);
    assert_true(guide_step_round(0.35, 0.1) == 0.4);
    assert_true(guide_step_round(2.675, 0.01) == 2.68);
    assert_true(guide_step_round(0.3, 0.1) == 0.3); /* not 0.30000000000000004 */
    assert_true(guide_step_round(2.25, 0.5) == 2.5);
    assert_true(guide_step_round(2.24, 0.5) == 2.0);
    assert_true(guide_step_round(1.0499999, 0.1) == 1.0);
}

static void step_round__halves_below_zero__away_from_zero(void **state)
{
    (void)state;
    assert_true(guide_step_round(-1.05, 0.1) == -1.1);
    assert_true(guide_step_round(-1.04, 0.1) == -1.0);
    assert_true(guide_step_round(-2.25, 0.5) == -2.5);
    double z = guide_step_round(-0.04, 0.1);
    assert_true(z == 0 && !signbit(z)); /* no -0 */
}

static void step_round__whole_steps__integers(void **state)
{
    (void)state;
    assert_true(guide_step_round(14, 10) == 10);
    assert_true(guide_step_round(15, 10) == 20);
    assert_true(guide_step_round(7.5, 1) == 8);
    assert_true(guide_step_round(123456.5, 1) == 123457);
}

static void step_round__no_step_or_not_finite__unchanged(void **state)
{
    (void)state;
    assert_true(guide_step_round(1.04, 0) == 1.04);
    assert_true(isnan(guide_step_round(NAN, 0.1)));
    assert_true(guide_step_round(HUGE_VAL, 0.1) == HUGE_VAL);
}

static void step_boundary__decimal_halves__nearest_double(void **state)
{
    (void)state;
    assert_true(guide_step_boundary(10, 0.1) == 1.05);
    assert_true(guide_step_boundary(-11, 0.1) == -1.05);
    assert_true(guide_step_boundary(4, 0.5) == 2.25);
}

/* Every value on either side of every boundary rounds to the multiple on its side: the
 * boundaries the compiler compares with and this rounding agree to the last bit. */
static void step_round__around_each_boundary__agrees_with_boundary(void **state)
{
    (void)state;
    static const double steps[] = {0.1, 0.5, 0.01, 0.25, 1, 5, 0.2};
    for (size_t s = 0; s < sizeof steps / sizeof steps[0]; s++)
        for (int k = -300; k < 300; k++) {
            double b = guide_step_boundary(k, steps[s]);
            double below = nextafter(b, -HUGE_VAL), above = nextafter(b, HUGE_VAL);
            double lo = guide_step_round(k * steps[s], steps[s]);
            double hi = guide_step_round((k + 1) * steps[s], steps[s]);
            assert_true(guide_step_round(below, steps[s]) == lo);
            assert_true(guide_step_round(above, steps[s]) == hi);
            assert_true(guide_step_round(b, steps[s]) == (b > 0 ? hi : lo));
        }
}

static void step_index__on_and_off_step__as_asked(void **state)
{
    (void)state;
    assert_true(guide_step_index(1.0, 0.1, 0) == 10);
    assert_true(guide_step_index(1.0, 0.1, 1) == 10);
    assert_true(guide_step_index(1.05, 0.1, 0) == 10);
    assert_true(guide_step_index(1.05, 0.1, 1) == 11);
    assert_true(guide_step_index(-1.05, 0.1, 0) == -11);
}

/* The compiler's moved thresholds (ir_step_bounds) and the rounding agree on every value: a
 * value passes `op c` on the recorded value exactly when its rounding passes it, for thresholds
 * on and off the step, both signs, and the values either side of every boundary. */
static void step_bounds__every_threshold__agrees_with_rounding(void **state)
{
    (void)state;
    static const double steps[] = {0.1, 0.5, 0.25, 1, 10};
    static const double cs[] = {1.0, 1.05, 1.04, -1.05, 0, 2.25, 0.3, -0.3, 7, 14, 15, 100};
    for (size_t s = 0; s < sizeof steps / sizeof steps[0]; s++)
        for (size_t i = 0; i < sizeof cs / sizeof cs[0]; i++)
            for (int op = 0; op < 4; op++) { /* <, <=, >, >= */
                double c = cs[i], lo = -HUGE_VAL, hi = HUGE_VAL;
                int loc = 0, hic = 0;
                if (op < 2) {
                    hi = c;
                    hic = op == 1;
                } else {
                    lo = c;
                    loc = op == 3;
                }
                double mlo = lo, mhi = hi;
                int mloc = loc, mhic = hic;
                ir_step_bounds(steps[s], &mlo, &mloc, &mhi, &mhic);
                for (int k = -300; k <= 300; k++) {
                    double b = guide_step_boundary(k, steps[s]);
                    double xs[] = {b, nextafter(b, -HUGE_VAL), nextafter(b, HUGE_VAL), k * steps[s]};
                    for (int j = 0; j < 4; j++) {
                        double r = guide_step_round(xs[j], steps[s]);
                        assert_int_equal(within(xs[j], mlo, mloc, mhi, mhic), within(r, lo, loc, hi, hic));
                    }
                }
            }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(step_round__awkward_decimals__as_written),
        cmocka_unit_test(step_round__halves_below_zero__away_from_zero),
        cmocka_unit_test(step_round__whole_steps__integers),
        cmocka_unit_test(step_round__no_step_or_not_finite__unchanged),
        cmocka_unit_test(step_boundary__decimal_halves__nearest_double),
        cmocka_unit_test(step_round__around_each_boundary__agrees_with_boundary),
        cmocka_unit_test(step_index__on_and_off_step__as_asked),
        cmocka_unit_test(step_bounds__every_threshold__agrees_with_rounding),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
