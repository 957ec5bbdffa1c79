/* json_names.h — a ruleset's names and labels quoted for JSON once, so that a result of a
 * stream of cases copies them instead of escaping each again (print.c). A frame holds one. */
#ifndef GUIDE_JSON_NAMES_H
#define GUIDE_JSON_NAMES_H

#include <stddef.h>

#include "guide.h"

typedef struct guide_json_text {
    char  *s; /* quotes included */
    size_t n;
} guide_json_text;

struct guide_json_names {
    int               nvars;
    guide_json_text  *var;   /* [nvars]: each variable's name */
    guide_json_text **label; /* [nvars]: each label of an enum or set, else NULL */
};

/* NULL when memory runs out: the printers then quote as they go. */
struct guide_json_names *guide_json_names_new(const guide_ruleset_info *rs);
void                     guide_json_names_free(struct guide_json_names *j);

#endif
