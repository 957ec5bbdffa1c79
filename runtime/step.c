/* step.c — measurement precision: an input declared `step S` is recorded to the nearest multiple
 * of S, rounding half away from zero, as clinicians round (AJCC: Breslow 1.04 mm is 1.0 mm,
 * 1.05 mm is 1.1 mm).
 *
 * Binary floating point cannot hold 1.05 or 0.1, so the boundaries between two multiples are
 * taken as the nearest double to their decimal text: a value typed as 1.05 is that same double
 * and lands on the boundary, as the person who typed it meant. The compiler moves every threshold
 * compared with such an input to these same boundaries (lower_cond.c), so the rounding here and
 * the comparisons of every backend agree to the last bit. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "guide.h"

/* The nearest double to x written with 15 significant digits: the decimal a person means. */
static double decimal(double x)
{
    char buf[40];
    snprintf(buf, sizeof buf, "%.15g", x);
    return strtod(buf, NULL);
}

double guide_step_boundary(double k, double step)
{
    return decimal((k + 0.5) * step);
}

/* Whether x lies above the boundary b between two multiples: a boundary above zero belongs to
 * the multiple above it, one below zero to the multiple below it (half away from zero). */
static int above(double x, double b)
{
    return x > b || (x == b && b > 0);
}

double guide_step_round(double x, double step)
{
    if (!(step > 0) || !isfinite(x) || !isfinite(step))
        return x;
    double k = floor(x / step + 0.5);
    /* the division is off by an ulp at worst: move k until x lies between its boundaries */
    for (int i = 0; i < 4 && !above(x, guide_step_boundary(k - 1, step)); i++)
        k -= 1;
    for (int i = 0; i < 4 && above(x, guide_step_boundary(k, step)); i++)
        k += 1;
    double r = decimal(k * step);
    return r == 0 ? 0.0 : r; /* no -0 */
}

double guide_step_index(double x, double step, int up)
{
    double q = x / step, r = nearbyint(q);
    if (fabs(q - r) <= 1e-9 * fmax(1, fabs(q)))
        return r;
    return up ? ceil(q) : floor(q);
}
