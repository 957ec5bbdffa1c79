/* an_region.c — regions of cases: merging boxes of cells and writing them as conditions; see
 * an_region.h. */
#include "an_region.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* ---- cells of a variable -------------------------------------------------------------------- */

void an_dim_of_var(arena *a, const ir_program *p, int vi, an_dim *out)
{
    const ir_var *v = &p->vars[vi];
    an_cell *cells = arena_alloc(a, sizeof *cells * (size_t)(v->ncells + 1));
    int k = 0; /* the first cut not below the cell: the cells increase, so k only grows */
    for (int c = 0; c < v->ncells; c++) {
        an_cell *x = &cells[c];
        if (guide_type_repr(v->type) == GUIDE_REPR_LABEL) {
            x->label = v->labels[v->cells[c].label];
            continue;
        }
        if (!guide_type_is_numeric(v->type))
            continue;
        /* a cell is a cut, or lies strictly between two cuts (or a cut and an end of the range,
         * which the cell then includes): see ir.c's compute_cells */
        double num = v->cells[c].num;
        while (k < v->ncuts && v->cuts[k] < num)
            k++;
        if (k < v->ncuts && v->cuts[k] == num) {
            x->lo = x->hi = num;
            x->lo_closed = x->hi_closed = 1;
            continue;
        }
        x->lo = k > 0 ? v->cuts[k - 1] : v->lo;
        x->lo_closed = k == 0;
        x->hi = k < v->ncuts ? v->cuts[k] : v->hi;
        x->hi_closed = k == v->ncuts;
    }
    out->name = v->name;
    out->type = v->type;
    out->unit = v->unit ? v->unit->name : NULL;
    out->ncells = v->ncells;
    out->cells = cells;
}

int an_cell_from(const an_dim *d, double x, int closed)
{
    /* the first cell with a value at x or above (closed), or above x */
    int lo = 0, hi = d->ncells;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        const an_cell *c = &d->cells[mid];
        int past = c->hi > x || (c->hi == x && closed && c->hi_closed);
        if (past)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

int an_cell_to(const an_dim *d, double x, int closed)
{
    /* the last cell with a value at x or below (closed), or below x */
    int lo = 0, hi = d->ncells;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        const an_cell *c = &d->cells[mid];
        int before = c->lo < x || (c->lo == x && closed && c->lo_closed);
        if (before)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo - 1;
}

/* ---- merging -------------------------------------------------------------------------------- */

static int ndims_sort; /* qsort has no context argument: the dimensions, and the one being merged */
static int skip_dim_sort;

/* Orders two cell sets as the numbers whose bit i is cell i: the highest cell where they differ
 * decides. (The order of the regions printed follows from it.) */
static int cmp_cells(const an_cellset *a, const an_cellset *b)
{
    int i = a->n - 1, j = b->n - 1;
    for (; i >= 0 && j >= 0; i--, j--) {
        const an_run *x = &a->r[i], *y = &b->r[j];
        if (x->hi != y->hi)
            return x->hi < y->hi ? -1 : 1;
        /* runs are never adjacent: the one starting lower has the cell below the other's start */
        if (x->lo != y->lo)
            return x->lo > y->lo ? -1 : 1;
    }
    return (i >= 0) - (j >= 0);
}

static int cmp_box(const void *x, const void *y)
{
    const an_box *a = x, *b = y;
    if (a->tag != b->tag)
        return a->tag < b->tag ? -1 : 1;
    for (int d = 0; d < ndims_sort; d++) {
        if (d == skip_dim_sort)
            continue;
        int c = cmp_cells(&a->dim[d], &b->dim[d]);
        if (c)
            return c;
    }
    return 0;
}

static int cmp_run(const void *x, const void *y)
{
    const an_run *a = x, *b = y;
    return (a->lo > b->lo) - (a->lo < b->lo);
}

/* The union of dimension d of the boxes bx[0 .. n-1], in the arena; scratch is reused. */
static an_cellset union_cells(arena *a, const an_box *bx, int n, int d, an_run **scratch, size_t *cap)
{
    size_t total = 0;
    for (int i = 0; i < n; i++)
        total += (size_t)bx[i].dim[d].n;
    if (total > *cap) {
        *cap = 2 * total;
        *scratch = guide_xrealloc(*scratch, sizeof **scratch * *cap, "the analyses");
    }
    an_run *t = *scratch;
    size_t k = 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < bx[i].dim[d].n; j++)
            t[k++] = bx[i].dim[d].r[j];
    qsort(t, k, sizeof *t, cmp_run);
    size_t m = 0;
    for (size_t i = 0; i < k; i++) {
        if (m > 0 && t[i].lo <= t[m - 1].hi) {
            if (t[i].hi > t[m - 1].hi)
                t[m - 1].hi = t[i].hi;
        } else {
            t[m++] = t[i];
        }
    }
    an_cellset s = {(int)m, arena_alloc(a, sizeof *s.r * m)};
    memcpy(s.r, t, sizeof *s.r * m);
    return s;
}

/* Merges boxes that agree on every dimension but one, dimension by dimension: each merge is
 * exact (the union of two such boxes is a box), and a few passes leave few regions. A group of
 * k boxes is merged at once (its runs sorted together), so a pass costs O(n log n). */
int an_merge_boxes(arena *a, an_box *bx, int n, int ndims)
{
    if (n == 0)
        return 0; /* bx may be NULL then, and qsort must not see it */
    an_run *scratch = NULL;
    size_t cap = 0;
    ndims_sort = ndims;
    for (int pass = 0; pass < 3; pass++) {
        for (int d = 0; d < ndims; d++) {
            skip_dim_sort = d;
            qsort(bx, (size_t)n, sizeof *bx, cmp_box);
            int m = 0;
            for (int i = 0; i < n;) {
                int j = i + 1;
                while (j < n && cmp_box(&bx[i], &bx[j]) == 0)
                    j++;
                bx[m] = bx[i];
                if (j - i > 1)
                    bx[m].dim[d] = union_cells(a, &bx[i], j - i, d, &scratch, &cap);
                m++;
                i = j;
            }
            n = m;
        }
    }
    skip_dim_sort = -1;
    free(scratch);
    return n;
}

void an_region_text(strbuf *sb, const an_dim *d, const an_cellset *s)
{
    if (s->n == 1 && s->r[0].lo == 0 && s->r[0].hi == d->ncells)
        return;
    const char *sep = sb->len ? ", " : "";
    if (guide_type_repr(d->type) == GUIDE_REPR_TRUTH) {
        int has_true = s->r[0].lo <= 1 && 1 < s->r[0].hi;
        sb_printf(sb, "%s%s%s", sep, has_true ? "" : "not ", d->name);
        return;
    }
    if (guide_type_repr(d->type) == GUIDE_REPR_LABEL) {
        sb_printf(sb, "%s%s in {", sep, d->name);
        int first = 1;
        for (int i = 0; i < s->n; i++)
            for (int c = s->r[i].lo; c < s->r[i].hi; c++) {
                sb_printf(sb, "%s%s", first ? "" : ", ", d->cells[c].label);
                first = 0;
            }
        sb_putc(sb, '}');
        return;
    }
    /* numbers: each run of consecutive cells is an interval */
    /* mitoses_per_5mm2 <= 5, not mitoses_per_5mm2 <= 5 mitoses_per_5mm2 */
    int show_unit = d->unit && strcmp(d->unit, d->name) != 0;
    const char *u = show_unit ? d->unit : "";
    const char *us = show_unit ? " " : "";
    for (int i = 0; i < s->n; i++) {
        int c = s->r[i].lo, e = s->r[i].hi - 1;
        const an_cell *a = &d->cells[c], *b = &d->cells[e];
        sb_puts(sb, i == 0 ? sep : " or ");
        if (a->lo == b->hi)
            sb_printf(sb, "%s = %g%s%s", d->name, a->lo, us, u);
        else if (c == 0 && a->lo_closed)
            sb_printf(sb, "%s %s %g%s%s", d->name, b->hi_closed ? "<=" : "<", b->hi, us, u);
        else if (e == d->ncells - 1 && b->hi_closed)
            sb_printf(sb, "%s %s %g%s%s", d->name, a->lo_closed ? ">=" : ">", a->lo, us, u);
        else
            sb_printf(sb, "%s in %c%g, %g%c%s%s", d->name, a->lo_closed ? '[' : '(', a->lo, b->hi,
                      b->hi_closed ? ']' : ')', us, u);
    }
}

an_box *an_add_cell_box(arena *a, an_box *bx, int *nb, int *cap, int tag, const int *digit, int nd)
{
    if (*nb == *cap) {
        *cap = *cap ? 2 * *cap : 64;
        bx = guide_xrealloc(bx, sizeof *bx * (size_t)*cap, "the analyses");
    }
    an_box *b = &bx[(*nb)++];
    b->tag = tag;
    b->dim = arena_alloc(a, sizeof(an_cellset) * (size_t)(nd + 1));
    an_run *r = arena_alloc(a, sizeof *r * (size_t)(nd + 1));
    for (int k = 0; k < nd; k++) {
        r[k].lo = digit[k];
        r[k].hi = digit[k] + 1;
        b->dim[k].n = 1;
        b->dim[k].r = &r[k];
    }
    return bx;
}


void an_box_text(strbuf *sb, const an_dim *dims, int nd, const an_box *b)
{
    size_t start = sb->len;
    for (int k = 0; k < nd; k++) {
        /* an_region_text separates from what sb held before this box too: start it afresh */
        strbuf one = STRBUF_INIT;
        an_region_text(&one, &dims[k], &b->dim[k]);
        if (one.len)
            sb_printf(sb, "%s%s", sb->len > start ? ", " : "", sb_str(&one));
        sb_free(&one);
    }
    if (sb->len == start)
        sb_puts(sb, "every case");
}

/* ---- bands of a finding --------------------------------------------------------------------- */

/* Merges what was added since the last merge with the rest; past AN_MAX_BOXES regions, gives up. */
static void boxes_merge(arena *a, an_boxes *bs)
{
    if (bs->merged == bs->n)
        return;
    bs->n = bs->merged = an_merge_boxes(a, bs->bx, bs->n, bs->ndims);
    if (bs->n > AN_MAX_BOXES / 2) {
        bs->overflow = 1;
        free(bs->bx);
        bs->bx = NULL;
        bs->n = bs->cap = bs->merged = 0;
    }
}

static an_box *boxes_slot(arena *a, an_boxes *bs)
{
    if (bs->n >= AN_MAX_BOXES)
        boxes_merge(a, bs);
    if (bs->overflow)
        return NULL;
    if (bs->n == bs->cap) {
        bs->cap = bs->cap ? 2 * bs->cap : 16;
        bs->bx = guide_xrealloc(bs->bx, sizeof *bs->bx * (size_t)bs->cap, "the analyses");
    }
    an_box *b = &bs->bx[bs->n++];
    b->tag = 0;
    b->dim = arena_alloc(a, sizeof *b->dim * (size_t)(bs->ndims + 1));
    return b;
}

void an_boxes_add_cells(arena *a, an_boxes *bs, const int *digit)
{
    an_box *b = boxes_slot(a, bs);
    if (!b)
        return;
    an_run *r = arena_alloc(a, sizeof *r * (size_t)(bs->ndims + 1));
    for (int k = 0; k < bs->ndims; k++) {
        r[k].lo = digit[k];
        r[k].hi = digit[k] + 1;
        b->dim[k].n = 1;
        b->dim[k].r = &r[k];
    }
}

void an_boxes_add(arena *a, an_boxes *bs, const an_cellset *sets)
{
    an_box *b = boxes_slot(a, bs);
    if (!b)
        return;
    for (int k = 0; k < bs->ndims; k++) {
        b->dim[k].n = sets[k].n;
        b->dim[k].r = arena_alloc(a, sizeof *b->dim[k].r * (size_t)(sets[k].n + 1));
        memcpy(b->dim[k].r, sets[k].r, sizeof *b->dim[k].r * (size_t)sets[k].n);
    }
}

const char **an_boxes_texts(arena *a, an_boxes *bs, const an_dim *dims, int *n)
{
    boxes_merge(a, bs);
    *n = 0;
    if (bs->overflow) {
        const char **texts = arena_alloc(a, sizeof *texts);
        texts[(*n)++] = arena_printf(a, "more than %d regions: too many to list", AN_MAX_BOXES / 2);
        return texts;
    }
    if (bs->n == 0)
        return NULL;
    int shown = bs->n < AN_MAX_BANDS ? bs->n : AN_MAX_BANDS;
    const char **texts = arena_alloc(a, sizeof *texts * (size_t)(shown + 2));
    strbuf sb = STRBUF_INIT;
    for (int i = 0; i < shown; i++) {
        sb_clear(&sb);
        an_box_text(&sb, dims, bs->ndims, &bs->bx[i]);
        texts[(*n)++] = arena_strdup(a, sb_str(&sb));
    }
    if (bs->n > shown)
        texts[(*n)++] = arena_printf(a, "... and %d more region%s", bs->n - shown,
                                     bs->n - shown == 1 ? "" : "s");
    sb_free(&sb);
    free(bs->bx);
    bs->bx = NULL;
    bs->n = bs->cap = bs->merged = 0;
    return texts;
}
