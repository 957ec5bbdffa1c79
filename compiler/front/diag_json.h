/* diag_json.h — collects diagnostics as JSON records (`guidec check --format json`). */
#ifndef GUIDE_DIAG_JSON_H
#define GUIDE_DIAG_JSON_H

#include <jansson.h>

#include "diag.h"

/* Makes d report into an array of records: {level, line, column, end_line, end_column,
 * message, notes: [{line, column, message}], hints: [text], bands: [condition]}. */
void djson_attach(diag_ctx *d, json_t *records);
/* The sink itself, for compile_file_to (its context is the records array). */
diag_sink djson_attach_sink(void);

#endif
