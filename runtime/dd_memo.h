/* dd_memo.h — the memo of a diagram's walks (guide.h guide_dd_memo): its layout, shared by the
 * walk that reads and fills it (dd_walk.c) and the allocation that makes it (frame.c).
 *
 * dd_walk.c depends on no other file of libguide, because a program that links generated code
 * may take it alone (tests/e2e links dd_walk.c, lists.c and step.c from source); allocating
 * through oom.h's hook would tie it to oom.c, so the memo is allocated in frame.c, beside the
 * frames it belongs to. */
#ifndef GUIDE_DD_MEMO_H
#define GUIDE_DD_MEMO_H

#include <stddef.h>
#include <stdint.h>

#include "guide.h"

enum { MEMO_SLOTS = 256, MEMO_PROBES = 4 };

/* An entry, in uint64_t: the answer (0 when empty: 1 + leaves reachable, and the lowest in the
 * high half), the cells of the levels (+1, 16 bits each: 0 is unknown), the reachable leaves
 * and the levels that matter. */
struct guide_dd_memo {
    const guide_dd *dd;
    size_t          keyw, lw, levw, stride;
    uint64_t       *e;
};

/* The levels that matter are a set of 32-bit words, as the scratch holds int32_t (and the
 * generated code's scratch is aligned for no more). */
static inline size_t guide_dd_level_words(const guide_dd *dd)
{
    return ((size_t)dd->nlevels + 31) / 32;
}

#endif
