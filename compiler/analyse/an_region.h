/* an_region.h — regions of cases as boxes of cells, merged and written as readable conditions
 * ("location in {duodenum}, size_cm in (5, 10] cm"). `guidec diff` writes the regions whose
 * answer changed with them, and `guidec check` the bands of a gap or an overlap in a table.
 *
 * An input splits into cells (an interval or a point of a number, a label, a bool); a region is,
 * per input, a set of cells, kept as runs of cell indices. Boxes that agree on every input but
 * one are merged, which is exact (their union is a box), so a set of cells found one by one
 * comes out as a few regions. */
#ifndef GUIDE_AN_REGION_H
#define GUIDE_AN_REGION_H

#include "arena.h"
#include "ir.h"
#include "strbuf.h"

/* One cell of an input: an interval (or a point) of a number, or one label (a bool's cell c is
 * c: 0 false, 1 true). */
typedef struct an_cell {
    double      lo, hi;
    uint8_t     lo_closed, hi_closed;
    const char *label; /* enum: the label */
} an_cell;

/* An input as a region sees it: its name, type and unit, and its cells in increasing order. */
typedef struct an_dim {
    const char    *name;
    guide_type     type;
    const char    *unit;   /* its name, NULL when unitless */
    int            ncells;
    const an_cell *cells;
} an_dim;

/* The cells lo .. hi - 1 of one input. */
typedef struct an_run {
    int lo, hi;
} an_run;

/* A set of cells of one input: runs sorted, disjoint and never adjacent (so each run is a
 * maximal interval, and two equal sets have equal runs). */
typedef struct an_cellset {
    int     n;
    an_run *r;
} an_cellset;

/* A region: a set of cells per input, and a tag (what the region stands for: diff's old -> new
 * change); boxes with different tags are never merged. */
typedef struct an_box {
    int         tag;
    an_cellset *dim; /* [dimensions] */
} an_box;

/* The cells of variable v of p (ir_var.cells), with the interval each stands for. */
void an_dim_of_var(arena *a, const ir_program *p, int v, an_dim *out);
/* The index of the first cell of d from x on (x itself when closed), or the last cell up to x;
 * cells are numbers here. */
int an_cell_from(const an_dim *d, double x, int closed);
int an_cell_to(const an_dim *d, double x, int closed);

/* Merges boxes bx[0 .. n-1] of ndims dimensions in place; returns how many are left. Their
 * union is unchanged. */
int an_merge_boxes(arena *a, an_box *bx, int n, int ndims);
/* Appends to bx (of *nb, room for *cap; realloc'd) a box with tag `tag`, its cells in the arena:
 * in dimension k the single cell digit[k]. Returns bx. */
an_box *an_add_cell_box(arena *a, an_box *bx, int *nb, int *cap, int tag, const int *digit, int nd);

/* Appends the condition a region puts on one input ("size_cm in (5, 10] cm"), after ", " when sb
 * is not empty, or nothing when the region allows every cell of d. */
void an_region_text(strbuf *sb, const an_dim *d, const an_cellset *s);
/* The condition of a whole region over dims[0 .. nd-1], "every case" when it allows them all. */
void an_box_text(strbuf *sb, const an_dim *dims, int nd, const an_box *b);

/* Regions collected one box at a time and merged as they come, for a finding of `guidec check`
 * (a gap, an overlap): every AN_MAX_BOXES boxes they are merged, and when more than half that
 * many regions are left, it stops collecting and says so: the bands are then not listed, never
 * listed in part as if whole. */
enum { AN_MAX_BOXES = 1 << 14, AN_MAX_BANDS = 8 };
typedef struct an_boxes {
    int     ndims;
    an_box *bx;
    int     n, cap;
    int     merged;   /* boxes known merged: bx[0 .. merged-1] */
    int     overflow; /* too many regions to keep */
} an_boxes;

/* Adds a box of one cell per dimension (digit) or of a set of cells (sets, copied). */
void an_boxes_add_cells(arena *a, an_boxes *bs, const int *digit);
void an_boxes_add(arena *a, an_boxes *bs, const an_cellset *sets);
/* The bands as text: at most AN_MAX_BANDS conditions, then one saying how many more, or one
 * saying that they were too many to keep; NULL (and *n 0) when there are none. Frees the
 * boxes. */
const char **an_boxes_texts(arena *a, an_boxes *bs, const an_dim *dims, int *n);

#endif
