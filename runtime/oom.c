/* oom.c — out of memory, and the GUIDE_FAIL_ALLOC_AFTER test hook; see oom.h. */
#include "oom.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

long guide_fail_alloc_after = -1;
static atomic_long allocs;

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

void guide_out_of_memory(const char *what)
{
    /* stderr is unbuffered: the message is out before _exit */
    fprintf(stderr, "guidec: out of memory (%s)\n", what);
    _exit(2);
}
