/* miettinen_hand.h — the hand-written baseline of `make bench`: the Miettinen table of GIST
 * (§2.5, as in examples/versions/gist_v1.guide) as a C lookup table, for the four sites of the
 * case stream. Returns the code of bench/miettinen_stream.h (risk * 1000 + pct * 10, 999: ND). */
#ifndef MIETTINEN_HAND_H
#define MIETTINEN_HAND_H

#include <stdint.h>

/* [mitoses > 5][size band][site]: risk * 1000 + percentage * 10, or + 999 when ND. */
static const uint16_t mh_table[2][4][4] = {
    {{0, 0, 0, 0}, {1019, 2043, 2083, 2085}, {2036, 3240, 4999, 4999}, {3120, 4520, 4340, 4570}},
    {{0, 4500, 5999, 4540}, {3160, 4730, 4500, 4520}, {4550, 4850, 4999, 4999},
     {4860, 4900, 4860, 4710}},
};

static inline uint32_t mh_eval(double mitoses, double size_cm, int site)
{
    int band = size_cm <= 2 ? 0 : size_cm <= 5 ? 1 : size_cm <= 10 ? 2 : 3;
    return mh_table[mitoses > 5][band][site];
}

#endif
