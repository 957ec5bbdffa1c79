/* sql_output.c — one output of an evaluated case for the SQL extensions (sql_output.h). */
#include "sql_output.h"

#include "value_text.h"

int sqlo_output_index(const guide_ruleset_info *rs, const char *name)
{
    int v = name ? guide_var_index(rs, name) : -1;
    int first = guide_first_output(rs);
    return v >= first && v < first + rs->noutputs ? v - first : -1;
}

const char *sqlo_state(const guide_frame *f, int o)
{
    switch (f->out[o].state) {
    case GUIDE_CONCLUDED: return "concluded";
    case GUIDE_UNDETERMINED: return "undetermined";
    case GUIDE_CONFLICT: return "conflict";
    default: return "not applicable";
    }
}

sqlo_kind sqlo_value_kind(const guide_frame *f, int o)
{
    const guide_ruleset_info *rs = f->rs;
    int v = guide_first_output(rs) + o;
    const guide_var_info *var = &rs->vars[v];
    if (f->out[o].state != GUIDE_CONCLUDED || f->out[o].is_null)
        return SQLO_NULL;
    switch (guide_type_repr(var->type)) {
    case GUIDE_REPR_TRUTH: return SQLO_BOOL;
    case GUIDE_REPR_LABEL:
        return f->val[v].label >= 0 && f->val[v].label < var->nlabels ? SQLO_LABEL : SQLO_NULL;
    case GUIDE_REPR_NUMBER: return guide_type_is_integral(var->type) ? SQLO_INTEGER : SQLO_REAL;
    case GUIDE_REPR_RANGE:
    case GUIDE_REPR_SET: return SQLO_JSON;
    case GUIDE_REPR_LIST: break; /* an input's type: outputs are never lists */
    }
    return SQLO_NULL;
}

const char *sqlo_label(const guide_frame *f, int o)
{
    int v = guide_first_output(f->rs) + o;
    return f->rs->vars[v].labels[f->val[v].label];
}

char *sqlo_json(const guide_frame *f, int o)
{
    int v = guide_first_output(f->rs) + o;
    size_t n;
    return guide_value_json(f, v, &f->val[v], &n);
}
