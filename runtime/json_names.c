/* json_names.c — see json_names.h. */
#include "json_names.h"
#include "oom.h"

#include <stdlib.h>

#include "jsonw.h"

void guide_json_names_free(struct guide_json_names *j)
{
    if (!j)
        return;
    for (int v = 0; j->var && v < j->nvars; v++) { /* var is NULL when its calloc failed */
        free(j->var[v].s);
        if (j->label && j->label[v]) {
            for (int l = 0; j->label[v][l].s; l++)
                free(j->label[v][l].s);
            free(j->label[v]);
        }
    }
    free(j->var);
    free(j->label);
    free(j);
}

struct guide_json_names *guide_json_names_new(const guide_ruleset_info *rs)
{
    struct guide_json_names *j = guide_calloc(1, sizeof *j);
    if (!j)
        return NULL;
    j->nvars = rs->nvars;
    j->var = guide_calloc((size_t)rs->nvars + 1, sizeof *j->var);
    j->label = guide_calloc((size_t)rs->nvars + 1, sizeof *j->label);
    int ok = j->var && j->label;
    for (int v = 0; ok && v < rs->nvars; v++) {
        const guide_var_info *x = &rs->vars[v];
        ok = (j->var[v].s = jw_quoted(x->name, &j->var[v].n)) != NULL;
        if (!ok || !guide_type_has_labels(x->type))
            continue;
        /* one more, zeroed: the end of the list for guide_json_names_free */
        j->label[v] = guide_calloc((size_t)x->nlabels + 1, sizeof *j->label[v]);
        ok = j->label[v] != NULL;
        for (int l = 0; ok && l < x->nlabels; l++)
            ok = (j->label[v][l].s = jw_quoted(x->labels[l], &j->label[v][l].n)) != NULL;
    }
    if (!ok) {
        guide_json_names_free(j);
        return NULL;
    }
    return j;
}
