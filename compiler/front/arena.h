/* arena.h — the compilation arena: every compiler allocation lives here and is freed at once.
 *
 * Out of memory is the one failure the compiler cannot report as a diagnostic; arena_alloc
 * exits with a message and status 2 then (xalloc.h), so callers never check for NULL. */
#ifndef GUIDE_ARENA_H
#define GUIDE_ARENA_H

#include <stddef.h>

typedef struct arena_block arena_block;

typedef struct arena {
    arena_block *head; /* newest block; allocation bumps inside it */
} arena;

void  arena_init(arena *a);
void  arena_free(arena *a);
/* Zeroed memory of n bytes, aligned for any type. */
void *arena_alloc(arena *a, size_t n);
char *arena_strndup(arena *a, const char *s, size_t n);
char *arena_strdup(arena *a, const char *s);
/* printf into the arena. */
char *arena_printf(arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A growable array of pointers, allocated in an arena (old storage is simply abandoned). */
typedef struct vec {
    void **items;
    int    len;
    int    cap;
} vec;

void vec_push(arena *a, vec *v, void *item);

#endif
