/* test_units.c — built-in units, exact conversions and quantities written with a unit. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "fixture_ruleset.h"
#include "guide.h"

static const guide_unit *unit(const char *name)
{
    const guide_unit *u = guide_unit_find(name, fx_units, 1);
    assert_non_null(u);
    return u;
}

static void unit_find__builtins_and_user__found(void **state)
{
    (void)state;
    static const char *const names[] = {"mm", "cm", "m", "km", "day", "days", "week", "weeks",
                                        "month", "months", "year", "years", "mg", "g", "kg", "%",
                                        "mg_per_day"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        assert_string_equal(unit(names[i])->name, names[i]);
    assert_string_equal(unit("cm")->dimension, "length");
    assert_string_equal(unit("weeks")->dimension, "time");
    assert_string_equal(unit("g")->dimension, "mass");
    assert_string_equal(unit("%")->dimension, "percentage");
    assert_ptr_equal(unit("mitoses_per_5mm2"), &fx_units[0]);
    assert_int_equal(guide_builtin_unit_count, 17);
}

static void unit_find__unknown_name__null(void **state)
{
    (void)state;
    assert_null(guide_unit_find("inch", fx_units, 1));
    assert_null(guide_unit_find("CM", NULL, 0));
    assert_null(guide_unit_find("mitoses_per_5mm2", NULL, 0));
    assert_null(guide_unit_find(NULL, fx_units, 1));
}

static void unit_convert__35_mm_to_cm__exactly_3_5(void **state)
{
    (void)state;
    double cm = guide_unit_convert(35, unit("mm"), unit("cm"));
    assert_true(cm == 3.5);
    assert_true(guide_unit_convert(3.5, unit("cm"), unit("mm")) == 35);
    assert_true(guide_unit_convert(75, unit("mm"), unit("cm")) == 7.5);
    assert_true(guide_unit_convert(1.5, unit("m"), unit("cm")) == 150);
    assert_true(guide_unit_convert(5, unit("km"), unit("cm")) == 500000);
    assert_true(guide_unit_convert(0.5, unit("kg"), unit("g")) == 500);
    assert_true(guide_unit_convert(3, unit("mm"), unit("cm")) == 0.3);
}

static void unit_convert__12_months_to_years__exactly_1(void **state)
{
    (void)state;
    assert_true(guide_unit_convert(12, unit("months"), unit("years")) == 1);
    assert_true(guide_unit_convert(6, unit("month"), unit("year")) == 0.5);
    assert_true(guide_unit_convert(18, unit("months"), unit("years")) == 1.5);
    assert_true(guide_unit_convert(3, unit("years"), unit("months")) == 36);
    assert_true(guide_unit_convert(1, unit("month"), unit("days")) == 30.4375);
    assert_true(guide_unit_convert(1, unit("year"), unit("day")) == 365.25);
    assert_true(guide_unit_convert(2, unit("weeks"), unit("days")) == 14);
    assert_true(guide_unit_convert(1.5, unit("g"), unit("mg")) == 1500);
}

static void unit_same_dimension__pairs__as_declared(void **state)
{
    (void)state;
    assert_true(guide_unit_same_dimension(unit("cm"), unit("mm")));
    assert_true(guide_unit_same_dimension(unit("days"), unit("years")));
    assert_false(guide_unit_same_dimension(unit("cm"), unit("mg")));
    assert_false(guide_unit_same_dimension(unit("%"), unit("mg_per_day")));
    assert_true(guide_unit_same_dimension(unit("mitoses_per_5mm2"), unit("mitoses_per_5mm2")));
    assert_false(guide_unit_same_dimension(unit("mitoses_per_5mm2"), unit("mm")));
}

/* Parses text into `to`, asserting success. */
static double quantity(const char *text, const char *to)
{
    char err[256] = "";
    double x = -1;
    int rc = guide_parse_quantity(&fx_ruleset, text, to ? unit(to) : NULL, &x, err, sizeof err);
    if (rc != 0)
        fail_msg("%s: %s", text, err);
    return x;
}

/* Parses text into `to`, asserting failure with this message. */
static void quantity_error(const char *text, const char *to, const char *want)
{
    char err[256] = "";
    double x = -1;
    assert_int_equal(guide_parse_quantity(&fx_ruleset, text, to ? unit(to) : NULL, &x, err,
                                          sizeof err),
                     -1);
    assert_string_equal(err, want);
}

static void parse_quantity__number_and_unit__converted(void **state)
{
    (void)state;
    assert_true(quantity("35 mm", "cm") == 3.5);
    assert_true(quantity("5 km", "cm") == 500000);
    assert_true(quantity("0.07 kg", "g") == 70);
    assert_true(quantity("7.5cm", "cm") == 7.5);
    assert_true(quantity("  75 mm  ", "cm") == 7.5);
    assert_true(quantity("3 weeks", "days") == 21);
    assert_true(quantity("12 months", "years") == 1);
    assert_true(quantity("-2.5e1 %", "%") == -25);
    assert_true(quantity("400 mg/day", "mg_per_day") == 400);
    assert_true(quantity("5 mitoses_per_5mm2", "mitoses_per_5mm2") == 5);
}

static void parse_quantity__bare_number__taken_in_target_unit(void **state)
{
    (void)state;
    assert_true(quantity("3.5", "cm") == 3.5);
    assert_true(quantity("42", NULL) == 42);
}

static void parse_quantity__bad_text__error_says_why(void **state)
{
    (void)state;
    quantity_error("3 mg", "cm",
                   "\"3 mg\" is in mg (mass), which cannot be converted to cm (length): give it "
                   "in mm, cm, m or km");
    quantity_error("3 inch", "cm",
                   "unknown unit \"inch\" in \"3 inch\": give it in mm, cm, m or km");
    quantity_error("3 lb", "mg", "unknown unit \"lb\" in \"3 lb\": give it in mg, g or kg");
    quantity_error("5 cm", "mitoses_per_5mm2",
                   "\"5 cm\" is in cm (length), which cannot be converted to mitoses_per_5mm2: "
                   "give it in mitoses_per_5mm2");
    quantity_error("abc", "cm", "\"abc\" is not a number with a unit (such as \"7.5 cm\")");
    quantity_error("abc", NULL, "\"abc\" is not a number");
    quantity_error("1e999 mm", "cm", "\"1e999 mm\" is not a finite number");
    quantity_error("3 mm", NULL, "\"3 mm\" gives a unit, but this value has none: give a plain "
                                 "number");
    quantity_error(".", "cm", "\".\" is not a number with a unit (such as \"7.5 cm\")");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(unit_find__builtins_and_user__found),
        cmocka_unit_test(unit_find__unknown_name__null),
        cmocka_unit_test(unit_convert__35_mm_to_cm__exactly_3_5),
        cmocka_unit_test(unit_convert__12_months_to_years__exactly_1),
        cmocka_unit_test(unit_same_dimension__pairs__as_declared),
        cmocka_unit_test(parse_quantity__number_and_unit__converted),
        cmocka_unit_test(parse_quantity__bare_number__taken_in_target_unit),
        cmocka_unit_test(parse_quantity__bad_text__error_says_why),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
