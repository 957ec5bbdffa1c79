/* report.h — `guidec report`: one self-contained HTML page for a batch of cases (ruleset name,
 * version and SHA-256; per case the inputs, outputs, undetermined outputs with the inputs to ask
 * for, conflicts, and the trace with citations, source lines and tables as printed).
 *
 * Also the small helpers the graph shares: reading a whole file and escaping text for HTML
 * (Graphviz's HTML-like labels take the same escapes). */
#ifndef GUIDE_REPORT_H
#define GUIDE_REPORT_H

#include <stddef.h>
#include <stdio.h>

#include "ir.h"

/* Reads a whole file ("-": standard input). NULL on failure, with errno set. */
char *rpt_read_file(const char *path, size_t *len);

/* Writes s[0..n) escaped for HTML: & < > " ' as entities, control characters as '?'. */
void rpt_html_n(FILE *out, const char *s, size_t n);
void rpt_html(FILE *out, const char *s);
/* Writes what clause c concludes, escaped for HTML: "risk = high, pct = 12 %". */
void rpt_concl_html(FILE *out, const ir_program *p, const ir_clause *c);

/* Writes the HTML report of the cases in buf (read with guide_read_cases) to out. cases_name
 * names the case file in the page. Returns the number of records that could not be read. */
int rpt_write(FILE *out, arena *a, const ir_program *p, const char *cases_name, const char *buf,
              size_t len);

/* `guidec report`: the usage text and the verb (argv[0] is "report"). */
extern const char report_usage[];
int report_main(int argc, char **argv);

#endif
