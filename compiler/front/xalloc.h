/* xalloc.h — the compiler's malloc, calloc, realloc and strdup: they never return NULL.
 *
 * Out of memory ends guidec with "guidec: out of memory (WHAT)" and status 2, as the arena does
 * (runtime/oom.h), so callers never check. They live in compiler/, not in libguide, because
 * they exit: libguide is embedded in other programs and reports NULL instead (guide_malloc and
 * its siblings, which these are built on, so the GUIDE_FAIL_ALLOC_AFTER hook counts both). The
 * SQL extensions link the compiler too and get the same end, as from the arena.
 *
 * WHAT names what was being allocated, for the message: "the decision diagrams". A size of 0
 * allocates one byte, so NULL always means out of memory. */
#ifndef GUIDE_XALLOC_H
#define GUIDE_XALLOC_H

#include <stddef.h>
#include <stdio.h>

#include "oom.h" /* guide_out_of_memory, for a failure these do not see */

void *guide_xmalloc(size_t n, const char *what);
/* Zeroed; n * size past SIZE_MAX is out of memory too. */
void *guide_xcalloc(size_t n, size_t size, const char *what);
void *guide_xrealloc(void *p, size_t n, const char *what);
char *guide_xstrdup(const char *s, const char *what);
/* p, or the out-of-memory end when p is NULL: for what a library call returned NULL only when
 * memory ran out (guide_frame_new, guide_trace_new, open_memstream). */
void *guide_xcheck(void *p, const char *what);
/* open_memstream, and the fclose of its stream, which says whether every write reached the
 * buffer: writing to memory fails only when memory runs out, so these end guidec then too. */
FILE *guide_xmemstream(char **buf, size_t *len, const char *what);
void  guide_xmemstream_close(FILE *m, const char *what);

#endif
