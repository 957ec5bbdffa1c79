/* oom.h — out of memory: one message, exit status 2; and the test hook that simulates it.
 *
 * GUIDE_FAIL_ALLOC_AFTER=N (a test hook, issue 22) makes every counted allocation after the
 * first N fail: the arena's blocks, strbuf's growth, the case reader's buffer and ids, batch's
 * buffers. The variable is read once, when the program starts; unset, the check is one load
 * and a branch on the allocation paths (never per value evaluated). */
#ifndef GUIDE_OOM_H
#define GUIDE_OOM_H

/* -1: the hook is off; else the number of counted allocations that succeed. */
extern long guide_fail_alloc_after;

/* Counts an allocation; 1 when the hook says it must fail. */
int guide_alloc_count(void);

/* 1 when the allocation about to be made must fail (the hook); else 0. */
static inline int guide_alloc_fails(void)
{
    return guide_fail_alloc_after >= 0 && guide_alloc_count();
}

/* "guidec: out of memory (WHAT)" on stderr, then _exit(2): no atexit handler, no flush of a
 * half-written stdout buffer, safe while batch's other threads run. */
_Noreturn void guide_out_of_memory(const char *what);

#endif
