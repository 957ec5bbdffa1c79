/* graph.h — `guidec graph`: the decision logic as a Graphviz flowchart. Inputs, derived values
 * and tables feed rules, rules feed outputs; each rule and table is labelled with its name and
 * citation. With a case, the path it took is highlighted (fired rules, matched rows, concluded
 * outputs; undetermined ones in another style). The DOT is deterministic: IR order, no
 * timestamps. */
#ifndef GUIDE_GRAPH_H
#define GUIDE_GRAPH_H

#include <stdio.h>

#include "guide.h"
#include "ir.h"

/* Writes p as a DOT digraph. f and t, when not NULL, are an evaluated case and its trace: the
 * path it took is highlighted. */
void gr_write_dot(FILE *out, arena *a, const ir_program *p, const guide_frame *f,
                  const guide_trace *t);

/* `guidec graph`: the usage text and the verb (argv[0] is "graph"). */
extern const char graph_usage[];
int graph_main(int argc, char **argv);

#endif
