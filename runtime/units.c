/* units.c — the built-in units and conversions between units of one dimension.
 *
 * A unit is value_in_base = value * mul / div. Conversions multiply the integer factors first
 * and divide once, so the conversions people check by hand are exact: 35 mm is 3.5 cm, not
 * 3.5000000000000004, and 12 months is 1 year. */
#include <string.h>

#include "guide.h"

/* Bases: mm for length, days for time, mg for mass. A month is 1/12 of a 365.25-day year. */
const guide_unit guide_builtin_units[] = {
    {"mm", "length", 1, 1, "millimetre"},
    {"cm", "length", 10, 1, "centimetre"},
    {"m", "length", 1000, 1, "metre"},
    {"km", "length", 1000000, 1, "kilometre"},
    {"days", "time", 1, 1, "days"},
    {"day", "time", 1, 1, "day"},
    {"weeks", "time", 7, 1, "weeks"},
    {"week", "time", 7, 1, "week"},
    {"months", "time", 487, 16, "months (30.4375 days)"},
    {"month", "time", 487, 16, "month (30.4375 days)"},
    {"years", "time", 1461, 4, "years (365.25 days)"},
    {"year", "time", 1461, 4, "year (365.25 days)"},
    {"mg", "mass", 1, 1, "milligram"},
    {"g", "mass", 1000, 1, "gram"},
    {"kg", "mass", 1000000, 1, "kilogram"},
    {"%", "percentage", 1, 1, "percent"},
    {"mg_per_day", "dose rate", 1, 1, "milligrams per day"},
};
const int guide_builtin_unit_count = (int)(sizeof guide_builtin_units / sizeof guide_builtin_units[0]);

const guide_unit *guide_unit_find(const char *name, const guide_unit *user, int nuser)
{
    if (!name)
        return NULL;
    for (int i = 0; i < guide_builtin_unit_count; i++)
        if (strcmp(guide_builtin_units[i].name, name) == 0)
            return &guide_builtin_units[i];
    for (int i = 0; i < nuser; i++)
        if (user[i].name && strcmp(user[i].name, name) == 0)
            return &user[i];
    return NULL;
}

double guide_unit_convert(double v, const guide_unit *from, const guide_unit *to)
{
    if (from == to || !from || !to)
        return v;
    /* Left to right on purpose: v * (integer product) is exact for the usual magnitudes, and
     * the single division is then correctly rounded. */
    return v * (from->mul * to->div) / (from->div * to->mul);
}

/* A unit without a dimension (should not happen) is its own dimension, like a user unit. */
static const char *dimension_of(const guide_unit *u)
{
    return u->dimension ? u->dimension : u->name;
}

int guide_unit_same_dimension(const guide_unit *a, const guide_unit *b)
{
    if (!a || !b)
        return 0;
    if (a == b)
        return 1;
    const char *da = dimension_of(a), *db = dimension_of(b);
    return da && db && strcmp(da, db) == 0;
}
