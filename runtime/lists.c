/* lists.c — aggregates over list inputs (`mean(suv_lesions)`, `any (x in L: x > 2.5 SUV)`).
 *
 * The interpreter, the generated C and the LLVM module all call guide_list_aggregate, so an
 * aggregate means the same thing on every backend: elements rounded to the list's step first,
 * as a case's number is, and no value (not 0) for the mean, least or greatest of no element. */
#include <math.h>

#include "guide.h"

static const char *const agg_names[] = {"mean", "min", "max", "sum", "count", "any", "all"};

const char *guide_agg_name(guide_agg op)
{
    return (unsigned)op < sizeof agg_names / sizeof *agg_names ? agg_names[op] : "?";
}

static int kept(const guide_elem_test *t, double x)
{
    return !t || !t->holds || t->holds[guide_cut_position(t->cuts, t->ncuts, x)];
}

int guide_list_aggregate(guide_agg op, const double *items, int32_t len, double step,
                         const guide_elem_test *test, double *out)
{
    double sum = 0, least = HUGE_VAL, most = -HUGE_VAL;
    int32_t n = 0;
    for (int32_t i = 0; i < len; i++) {
        double x = guide_step_round(items[i], step);
        if (!kept(test, x))
            continue;
        n++;
        sum += x;
        least = x < least ? x : least;
        most = x > most ? x : most;
    }
    double r;
    switch (op) {
    case GUIDE_AGG_MEAN:  r = n ? sum / n : NAN; break;
    case GUIDE_AGG_MIN:   r = n ? least : NAN; break;
    case GUIDE_AGG_MAX:   r = n ? most : NAN; break;
    case GUIDE_AGG_SUM:   r = sum; break;
    case GUIDE_AGG_COUNT: r = n; break;
    case GUIDE_AGG_ANY:   r = n > 0; break;
    case GUIDE_AGG_ALL:   r = n == len; break;
    default:              r = NAN; break;
    }
    if (!isfinite(r))
        return 0;
    *out = r == 0 ? 0.0 : r; /* no -0 */
    return 1;
}

const char *guide_not_computable_reason(const struct guide_ruleset_info *rs)
{
    /* the type, not guide_type_repr: generated programs link this file without the rest of
     * libguide (guide_types.c) */
    for (int v = 0; rs && v < rs->ninputs; v++)
        if (rs->vars[v].type == GUIDE_LIST)
            return "division by zero, a result that is not a finite number, or the mean, min or "
                   "max of an empty list";
    return "division by zero, or a result that is not a finite number";
}

int guide_list_valid(const double *items, int32_t n, double lo, double hi, double step)
{
    if (n < 0 || (n > 0 && !items))
        return 0;
    for (int32_t i = 0; i < n; i++) {
        double x = guide_step_round(items[i], step);
        if (!(x >= lo && x <= hi))
            return 0;
    }
    return 1;
}
