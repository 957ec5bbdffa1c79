/* oom.c — out of memory, and the GUIDE_FAIL_ALLOC_AFTER test hook; see oom.h. */
#include "oom.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

long guide_fail_alloc_after = -1;
static atomic_long allocs;
/* guide_set_out_of_memory_exit: set once by main, before threads, then only read. */
static int out_of_memory_exits;

/* Read once, before main and before any thread: the allocation paths only test a long. */
__attribute__((constructor)) static void read_hook(void)
{
    const char *s = getenv("GUIDE_FAIL_ALLOC_AFTER");
    char *end;
    if (!s || !*s)
        return;
    long n = strtol(s, &end, 10);
    if (*end == '\0' && n >= 0)
        guide_fail_alloc_after = n;
}

int guide_alloc_count(void)
{
    return atomic_fetch_add(&allocs, 1) >= guide_fail_alloc_after;
}

void guide_fail_alloc_reset(long n)
{
    atomic_store(&allocs, 0);
    guide_fail_alloc_after = n < 0 ? -1 : n;
}

void guide_out_of_memory(const char *what)
{
    /* stderr is unbuffered: the message is out before _exit */
    fprintf(stderr, "guidec: out of memory (%s)\n", what);
    _exit(2);
}

void guide_set_out_of_memory_exit(int on) { out_of_memory_exits = on != 0; }

/* Depth of guide_oom_exit_begin on this thread. */
static _Thread_local int compiler_depth;

void guide_oom_exit_begin(void) { compiler_depth++; }
void guide_oom_exit_end(void) { compiler_depth--; }

void guide_alloc_failed(const char *what)
{
    if (out_of_memory_exits || compiler_depth > 0)
        guide_out_of_memory(what);
}
