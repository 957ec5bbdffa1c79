/* oom.h — out of memory: one message, exit status 2; the test hook that simulates it; and
 * malloc, calloc, realloc and strdup through that hook.
 *
 * GUIDE_FAIL_ALLOC_AFTER=N (a test hook, issue 22) makes every counted allocation after the
 * first N fail: every allocation of libguide and of the compiler goes through guide_malloc and
 * its siblings below (the compiler's through xalloc.h, which ends guidec on NULL), the arena's
 * blocks and jansson's values in guidec included. The variable is read once, when the program
 * starts; unset, the check is one load and a branch on the allocation paths (never per value
 * evaluated). */
#ifndef GUIDE_OOM_H
#define GUIDE_OOM_H

#include <stdlib.h>
#include <string.h>

/* -1: the hook is off; else the number of counted allocations that succeed. */
extern long guide_fail_alloc_after;

/* Counts an allocation; 1 when the hook says it must fail. */
int guide_alloc_count(void);

/* 1 when the allocation about to be made must fail (the hook); else 0. */
static inline int guide_alloc_fails(void)
{
    return guide_fail_alloc_after >= 0 && guide_alloc_count();
}

/* malloc, calloc, realloc and strdup, except that they fail when the hook says so: NULL is
 * theirs to handle. libguide is embedded in other programs and must not exit, so it uses these
 * and returns an error; the compiler uses xalloc.h's, which exit. */
static inline void *guide_malloc(size_t n) { return guide_alloc_fails() ? NULL : malloc(n); }
static inline void *guide_calloc(size_t n, size_t size)
{
    return guide_alloc_fails() ? NULL : calloc(n, size);
}
static inline void *guide_realloc(void *p, size_t n)
{
    return guide_alloc_fails() ? NULL : realloc(p, n);
}
static inline char *guide_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = guide_malloc(n);
    return d ? memcpy(d, s, n) : NULL;
}

/* "guidec: out of memory (WHAT)" on stderr, then _exit(2): no atexit handler, no flush of a
 * half-written stdout buffer, safe while batch's other threads run. */
_Noreturn void guide_out_of_memory(const char *what);

#endif
