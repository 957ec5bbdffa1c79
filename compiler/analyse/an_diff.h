/* an_diff.h — the semantic difference of two versions of a ruleset (`guidec diff`).
 *
 * Inputs added, removed or retyped come first. Then, per output, the input space of the
 * output's cone (in either version) is split at every constant either version mentions; both
 * versions evaluate every cell, and the cells whose answer changed are merged into as few
 * regions as the greedy box merge finds, each printed as a condition with old -> new values and
 * one example case. Answers are compared as values (labels by name). Nothing is of fixed size;
 * the one limit is the budget of cells per output: an output over it is listed as not compared,
 * and the versions are then not called equivalent (exit 1, "the versions may differ"). The
 * outputs compared whose answers did not change are listed as unchanged. */
#ifndef GUIDE_AN_DIFF_H
#define GUIDE_AN_DIFF_H

#include "ir.h"

#include <jansson.h>

typedef enum diff_format { DIFF_TEXT, DIFF_JSON, DIFF_MD } diff_format;

typedef struct diff_opts {
    diff_format format; /* --format text|json|md */
    long        budget; /* cells per output; past it the output is not compared */
    FILE       *err;    /* where warnings go (both versions with one version string); NULL: none */
} diff_opts;

/* Writes the difference to out; returns 0 when the versions are equivalent, 1 when they differ.
 * Besides the changes it lists the outputs whose answers did not change, and warns when both
 * versions carry the same version string but differ. */
int an_diff(const ir_program *old, const ir_program *neu, const diff_opts *o, FILE *out);

/* Writes the JSON result of a diff (what --format json prints) as a Markdown release note
 * (an_diff_md.c). */
void an_diff_md(const json_t *root, FILE *out);

#endif
