/* an_diff.h — the semantic difference of two versions of a ruleset (`guidec diff`).
 *
 * Inputs added, removed or retyped come first. Then, per output, the input space of the
 * output's cone (in either version) is split at every constant either version mentions; both
 * versions evaluate every cell, and the cells whose answer changed are merged into as few
 * regions as the greedy box merge finds, each printed as a condition with old -> new values and
 * one example case. Answers are compared as values (labels by name). Nothing is of fixed size;
 * the one limit is the budget of cells per output: an output over it is listed as not compared,
 * and the versions are then not called equivalent (exit 1, "the versions may differ"). */
#ifndef GUIDE_AN_DIFF_H
#define GUIDE_AN_DIFF_H

#include "ir.h"

typedef struct diff_opts {
    int  json;   /* --format json */
    long budget; /* cells per output; past it the output is not compared */
} diff_opts;

/* Writes the difference to out; returns 0 when the versions are equivalent, 1 when they differ. */
int an_diff(const ir_program *old, const ir_program *neu, const diff_opts *o, FILE *out);

#endif
