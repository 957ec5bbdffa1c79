/* sql_output.h — one output of an evaluated case as the SQL extensions return it (ext/sqlite and
 * ext/postgres): found by name, its state in the words of the JSON result, and what its value is.
 * A value exists only when the output is concluded with one: an undetermined, not applicable or
 * conflicting output, and one concluded with no value (ND), is SQL NULL, and its state says
 * which. */
#ifndef GUIDE_SQL_OUTPUT_H
#define GUIDE_SQL_OUTPUT_H

#include "guide.h"

/* What an output's value is, which decides its SQL type. */
typedef enum sqlo_kind {
    SQLO_NULL,    /* no value: see sqlo_state */
    SQLO_BOOL,    /* val->b */
    SQLO_INTEGER, /* val->num, an integer count */
    SQLO_REAL,    /* val->num */
    SQLO_LABEL,   /* a label of an enum: sqlo_label */
    SQLO_JSON,    /* a range or a set of labels: its JSON text (sqlo_json) */
} sqlo_kind;

/* The index among the outputs (0-based) of the output named name, or -1 when rs has none. */
int sqlo_output_index(const guide_ruleset_info *rs, const char *name);
/* "concluded", "undetermined", "not applicable" or "conflict": the state of output o of f. */
const char *sqlo_state(const guide_frame *f, int o);
/* What the value of output o of f is (SQLO_NULL unless concluded with a value). */
sqlo_kind sqlo_value_kind(const guide_frame *f, int o);
/* Its label, for SQLO_LABEL (the ruleset's text, not a copy). */
const char *sqlo_label(const guide_frame *f, int o);
/* Its value as the JSON result writes it ([6,12], ["a","b"], 12, true, "jejunum"), in a new
 * malloc'd text; NULL when memory runs out. */
char *sqlo_json(const guide_frame *f, int o);

#endif
