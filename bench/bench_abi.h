/* bench_abi.h — what the rows of bench_eval that call the ABI store of each case, and their
 * timed loop; include gist_miettinen.h (either header of guidec emit-c) first. */
#ifndef BENCH_ABI_H
#define BENCH_ABI_H

#include <stdint.h>

/* What a caller reads of the output struct to use the risk and the percentage (their values,
 * states and ND), in 16 bytes as the hand-written answer. */
typedef struct abi_rec {
    double  pct;
    int32_t risk;
    uint8_t risk_state, pct_state, pct_null, spare;
} abi_rec;

static inline void store_rec(abi_rec *r, const gist_miettinen_output *out)
{
    const guide_output *rs = &out->state[GIST_MIETTINEN_OUT_miettinen_risk];
    const guide_output *ps = &out->state[GIST_MIETTINEN_OUT_recurrence_pct];
    r->pct = out->recurrence_pct;
    r->risk = out->miettinen_risk;
    r->risk_state = rs->state;
    r->pct_state = ps->state;
    r->pct_null = ps->is_null;
}

/* One call of the ABI per case, into an output struct on the stack, and the fields a caller
 * reads stored. A macro, so that each row calls its function directly, as a program does. */
#define ABI_LOOP(n, in, rec, eval)                                                                 \
    do {                                                                                           \
        const gist_miettinen_input *restrict in_ = (in);                                           \
        abi_rec *restrict rec_ = (rec);                                                            \
        for (int i_ = 0; i_ < (n); i_++) {                                                         \
            gist_miettinen_output out_;                                                            \
            eval(&in_[i_], &out_, NULL);                                                           \
            store_rec(&rec_[i_], &out_);                                                           \
        }                                                                                          \
    } while (0)

#endif
