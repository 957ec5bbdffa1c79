/* dd.h — each output's decision diagram, built once from the IR (DESIGN.md item 8).
 *
 * An output's diagram is a reduced ordered decision diagram over levels (inputs, and arithmetic
 * derived values that conditions compare), each cut into the cells the rules tell apart, whose
 * leaves are the output's answers: a value, ND, not applicable, conflict (and undetermined,
 * where a condition reads an output that is itself ND or in conflict). It is the answer every
 * fully known world gets, so that libguide's guide_dd_walk decides a case with unknown inputs
 * exactly: the interpreter, the generated C and the LLVM module all walk it. */
#ifndef GUIDE_DD_H
#define GUIDE_DD_H

#include <stdio.h>

#include "arena.h"
#include "diag.h"
#include "ir.h"

/* Past this many nodes an output's diagram is a compile error: a walk costs up to its size,
 * and the generated code's evaluation holds the walk's scratch (guide_dd_work_size, about 30
 * bytes a node) on its stack: 300 KB at most. The largest diagram of rules/ has 161 nodes. */
enum { DD_MAX_NODES = 10000 };
/* Past this many nodes, or children of nodes, under construction (every output and condition
 * together) the build stops, and the output being built is reported. */
enum { DD_MAX_BUILD_NODES = 2000000, DD_MAX_BUILD_KIDS = 20000000 };
/* A level has one child per cell: an input compared with more constants than make this many
 * cells is a compile error (a real guideline draws a few lines per value). */
enum { DD_MAX_CELLS = 4096 };

/* Builds p->dds (and p->info.dds): one diagram per output, in output order. Reports an output
 * whose diagram would pass DD_MAX_NODES, with the inputs it branches on most. Returns 0 on
 * success. */
int dd_build(arena *a, diag_ctx *d, ir_program *p);

/* The value each cell of a level stands for (ir_var.dd_cells): what a test enumerating every
 * world gives the variable, and what `guidec dump --dd` prints. */
void dd_cell_text(strbuf *sb, const ir_program *p, const guide_dd_level *lv, int cell);

/* Writes output o's diagram (o among the outputs) as text, or as Graphviz DOT. */
void dd_dump(FILE *out, const ir_program *p, int o, int dot);

#endif
