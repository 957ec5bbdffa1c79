/* miettinen_hand.h — the hand-written baselines of `make bench`: the Miettinen table of GIST
 * (§2.5, as in examples/versions/gist_v1.guide) as C lookup tables, for the four sites of the
 * case stream (bench/miettinen_stream.h).
 *
 * mh_eval is the baseline every evaluator is compared with: it returns what the table says, the
 * risk (stream order) and the percentage (-1: ND), as a 16-byte struct the caller stores. Its
 * size band is a sum of comparisons, without a branch, as one would write it to be fast:
 * mh_eval_chain, the same lookup with the band as a chain of ?: (the baseline until issue 16),
 * is compiled by gcc 12 -O2 into branches that the stream's random sizes mispredict, and is
 * printed for reference. Neither checks that an input is known or in range: the generated code
 * must. mh_code is the same table with the stream's code precomputed in each cell
 * (risk * 1000 + pct * 10, 999: ND), for programs that want the code itself. */
#ifndef MIETTINEN_HAND_H
#define MIETTINEN_HAND_H

#include <stdint.h>

/* The size band: 0 up to 2 cm, 1 up to 5, 2 up to 10, 3 above. */
static inline int mh_band(double size_cm)
{
    return (size_cm > 2) + (size_cm > 5) + (size_cm > 10);
}

static inline int mh_band_chain(double size_cm)
{
    return size_cm <= 2 ? 0 : size_cm <= 5 ? 1 : size_cm <= 10 ? 2 : 3;
}

typedef struct mh_answer {
    int    risk; /* 0 none, 1 very_low, 2 low, 3 moderate, 4 high, 5 insufficient_data */
    double pct;  /* recurrence percentage; -1: ND */
} mh_answer;

/* [mitoses > 5][size band][site]: risk, percentage. */
static const mh_answer mh_table[2][4][4] = {
    {{{0, 0}, {0, 0}, {0, 0}, {0, 0}},
     {{1, 1.9}, {2, 4.3}, {2, 8.3}, {2, 8.5}},
     {{2, 3.6}, {3, 24}, {4, -1}, {4, -1}},
     {{3, 12}, {4, 52}, {4, 34}, {4, 57}}},
    {{{0, 0}, {4, 50}, {5, -1}, {4, 54}},
     {{3, 16}, {4, 73}, {4, 50}, {4, 52}},
     {{4, 55}, {4, 85}, {4, -1}, {4, -1}},
     {{4, 86}, {4, 90}, {4, 86}, {4, 71}}},
};

static inline mh_answer mh_eval(double mitoses, double size_cm, int site)
{
    return mh_table[mitoses > 5][mh_band(size_cm)][site];
}

static inline mh_answer mh_eval_chain(double mitoses, double size_cm, int site)
{
    return mh_table[mitoses > 5][mh_band_chain(size_cm)][site];
}

/* [mitoses > 5][size band][site]: the stream's code, precomputed. */
static const uint16_t mh_code_table[2][4][4] = {
    {{0, 0, 0, 0}, {1019, 2043, 2083, 2085}, {2036, 3240, 4999, 4999}, {3120, 4520, 4340, 4570}},
    {{0, 4500, 5999, 4540}, {3160, 4730, 4500, 4520}, {4550, 4850, 4999, 4999},
     {4860, 4900, 4860, 4710}},
};

static inline uint32_t mh_code(double mitoses, double size_cm, int site)
{
    return mh_code_table[mitoses > 5][mh_band(size_cm)][site];
}

#endif
