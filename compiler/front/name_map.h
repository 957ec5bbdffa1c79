/* name_map.h — names to numbers in a hash table kept in an arena: the declared variables, rules
 * and tables of a file, and the identifiers of generated code, found in constant time (a file
 * may hold a million rules; a linear search per name made lowering quadratic). */
#ifndef GUIDE_NAME_MAP_H
#define GUIDE_NAME_MAP_H

#include <stddef.h>

#include "arena.h"

typedef struct name_map {
    const char **key; /* [cap]: the names (not copied: they live as long as the map), NULL = free */
    int         *val; /* [cap]: the number of each */
    size_t       cap; /* a power of two, or 0 */
    size_t       len;
} name_map;

/* The number of name, or -1 when it is not in the map. */
int nmap_get(const name_map *m, const char *name);
/* Maps name to val, unless name is there already (the first stays: "declared twice" points at
 * it). Returns the number name has now. */
int nmap_put(arena *a, name_map *m, const char *name, int val);

#endif
