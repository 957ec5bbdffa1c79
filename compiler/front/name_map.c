/* name_map.c — the hash table of name_map.h: open addressing, FNV-1a, at most half full. */
#include "name_map.h"

#include <string.h>

static size_t hash_name(const char *s)
{
    size_t h = 1469598103934665603u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

/* The slot of name, or the free slot where it would go. */
static size_t slot_of(const name_map *m, const char *name)
{
    size_t i = hash_name(name) & (m->cap - 1);
    while (m->key[i] && strcmp(m->key[i], name) != 0)
        i = (i + 1) & (m->cap - 1);
    return i;
}

int nmap_get(const name_map *m, const char *name)
{
    if (!m->cap)
        return -1;
    size_t i = slot_of(m, name);
    return m->key[i] ? m->val[i] : -1;
}

int nmap_put(arena *a, name_map *m, const char *name, int val)
{
    if (2 * (m->len + 1) > m->cap) { /* the old storage is left to the arena */
        name_map bigger = {NULL, NULL, m->cap ? 2 * m->cap : 64, 0};
        bigger.key = arena_alloc(a, sizeof *bigger.key * bigger.cap);
        bigger.val = arena_alloc(a, sizeof *bigger.val * bigger.cap);
        for (size_t i = 0; i < m->cap; i++)
            if (m->key[i])
                nmap_put(a, &bigger, m->key[i], m->val[i]);
        *m = bigger;
    }
    size_t i = slot_of(m, name);
    if (!m->key[i]) {
        m->key[i] = name;
        m->val[i] = val;
        m->len++;
    }
    return m->val[i];
}
