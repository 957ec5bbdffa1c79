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

/* The hook from now on, for a test that sweeps it in one process: the next n counted
 * allocations succeed and every one after fails; n < 0 turns it off. */
void guide_fail_alloc_reset(long n);

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
 * half-written stdout buffer, safe while batch's other threads run. The compiler's end
 * (xalloc.h); libguide calls it only through guide_alloc_failed, when the program asked. */
_Noreturn void guide_out_of_memory(const char *what);

/* What libguide does when memory runs out where its callers could not go on (a growing string,
 * strbuf.h; the case reader's window): by default it returns an error, which the caller checks;
 * after guide_set_out_of_memory_exit(1) it ends the program with guide_out_of_memory instead.
 * guidec's main asks for that, so that inside guidec libguide ends as the compiler does (one
 * message, status 2); a program that embeds libguide keeps the default. Set it once, before any
 * thread starts. */
void guide_set_out_of_memory_exit(int on);

/* An allocation of libguide failed (WHAT, for the message): ends the program when it asked for
 * that (guide_set_out_of_memory_exit) or when this thread runs compiler code (below), else
 * returns, and the caller reports the error. */
void guide_alloc_failed(const char *what);

/* The compiler does not check its growing strings: it ends on out of memory (xalloc.h). Its
 * entry points that other programs call (compile.c's, evaluator_open_with: the SQL extensions
 * load rules through them) run between these two, so that there, on this thread only, a growing
 * string that cannot grow ends the program as the compiler's own allocations do, rather than
 * leaving compiler code a NULL or a cut text. They nest. */
void guide_oom_exit_begin(void);
void guide_oom_exit_end(void);

#endif
