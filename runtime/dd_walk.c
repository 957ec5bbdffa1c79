/* dd_walk.c — the one walk of an output's decision diagram for a case with unknown inputs
 * (guide.h guide_dd_walk). Every evaluator calls it: the interpreter, the generated C and the
 * LLVM module.
 *
 * The walk has two passes over the part of the diagram the known values reach. The first, a
 * depth-first search, takes the one child of a known level and every child of an unknown one,
 * marks the reachable leaves and lists the nodes children first. The second builds the
 * diagram restricted to the known values, reduced: a node on a known level is its child; a node
 * on an unknown level whose children are all the same restricted node is that node; any other
 * is looked up in a unique table, so that two nodes with the same level and restricted
 * children are one. A level matters exactly when a restricted node on it is not its own child:
 * its children differ, and since every path of an ordered diagram is a consistent assignment,
 * some two worlds that differ in that level alone get different answers. */
#include <string.h>

#include "guide.h"

/* The scratch, in int32_t: seen, rid and order per node, the search stack (node and next
 * child; a path visits each level once), the used slots of the unique table, the cell of each
 * level, and the unique table (a power of two of at least twice the nodes). */
static size_t table_size(const guide_dd *dd)
{
    size_t n = 2;
    while (n < 2 * (size_t)dd->nnodes)
        n *= 2;
    return n;
}

size_t guide_dd_work_size(const guide_dd *dd)
{
    size_t nodes = (size_t)dd->nnodes, levels = (size_t)dd->nlevels + 1;
    return 4 * nodes + 2 * levels + levels + table_size(dd);
}

/* The cell of level lv for the case, or -1 when its variable is unknown (or, which a checked
 * case never has, its value lies in no cell). */
static int cell_of(const guide_dd_level *lv, const guide_value *val, const uint8_t *known)
{
    if (!known[lv->var])
        return -1;
    const guide_value *x = &val[lv->var];
    int c;
    if (lv->pos_cell) {
        int lo = 0, hi = lv->ncuts; /* the number of cuts below x */
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (lv->cuts[mid] < x->num)
                lo = mid + 1;
            else
                hi = mid;
        }
        int pos = 2 * lo + (lo < lv->ncuts && lv->cuts[lo] == x->num);
        c = lv->pos_cell[pos];
    } else {
        c = x->label; /* an enum's label, or a bool's 0 / 1: the same int32_t */
    }
    return c >= 0 && c < lv->ncells ? c : -1;
}

static uint32_t mix(uint32_t h, uint32_t x)
{
    h ^= x + 0x9e3779b9u + (h << 6) + (h >> 2);
    return h;
}

typedef struct walk {
    const guide_dd *dd;
    int32_t        *rid, *cell;
} walk;

/* The restricted node a reference stands for: a leaf stays itself. */
static inline int32_t restricted(const walk *w, int32_t ref)
{
    return ref < 0 ? ref : w->rid[ref];
}

/* Whether nodes a and b, on the same unknown level, have the same restricted children. */
static int same_children(const walk *w, int32_t a, int32_t b, int ncells)
{
    const int32_t *ka = w->dd->kids + w->dd->node_kids[a], *kb = w->dd->kids + w->dd->node_kids[b];
    for (int c = 0; c < ncells; c++)
        if (restricted(w, ka[c]) != restricted(w, kb[c]))
            return 0;
    return 1;
}

/* Zeroes what a walk wrote, so that the scratch is zero for the next walk of any diagram. */
static void clean(const guide_dd *dd, int32_t *work, int norder, int nslots)
{
    size_t nodes = (size_t)dd->nnodes, levels = (size_t)dd->nlevels + 1;
    int32_t *seen = work, *rid = seen + nodes, *order = rid + nodes, *slots = order + nodes;
    int32_t *table = slots + nodes + 3 * levels;
    for (int i = 0; i < nslots; i++) {
        table[slots[i]] = 0;
        slots[i] = 0;
    }
    for (int i = 0; i < norder; i++) {
        int32_t n = order[i];
        seen[n] = rid[n] = order[i] = 0;
    }
    memset(slots + nodes, 0, sizeof *work * 3 * levels);
}

int guide_dd_walk(const guide_dd *dd, int ninputs, const guide_value *val, const uint8_t *known,
                  int32_t *work, uint64_t *possible, uint64_t *asks, int *leaf)
{
    int words = (ninputs + 63) / 64;
    memset(possible, 0, sizeof *possible * (size_t)guide_dd_leaf_words(dd));
    memset(asks, 0, sizeof *asks * (size_t)words);
    size_t nodes = (size_t)dd->nnodes, levels = (size_t)dd->nlevels + 1;
    int32_t *seen = work, *rid = seen + nodes, *order = rid + nodes, *slots = order + nodes;
    int32_t *stack = slots + nodes, *next = stack + levels, *cell = next + levels;
    int32_t *table = cell + levels;
    uint32_t mask = (uint32_t)table_size(dd) - 1;
    walk w = {dd, rid, cell};

    for (int l = 0; l < dd->nlevels; l++)
        cell[l] = cell_of(&dd->levels[l], val, known);

    /* Depth-first from the root: reachable leaves, and the reachable nodes children first. */
    int norder = 0;
    if (dd->root < 0) {
        possible[(-1 - dd->root) / 64] |= (uint64_t)1 << ((-1 - dd->root) % 64);
    } else {
        int top = 0;
        stack[0] = dd->root;
        next[0] = 0;
        seen[dd->root] = 1;
        while (top >= 0) {
            int32_t n = stack[top];
            int lvl = dd->node_level[n], c = cell[lvl], nc = dd->levels[lvl].ncells;
            int k = c >= 0 ? (next[top] == 0 ? c : nc) : next[top];
            if (k >= nc) {
                order[norder++] = n;
                top--;
                continue;
            }
            next[top] = c >= 0 ? 1 : k + 1;
            int32_t r = dd->kids[dd->node_kids[n] + k];
            if (r < 0) {
                possible[(-1 - r) / 64] |= (uint64_t)1 << ((-1 - r) % 64);
            } else if (!seen[r]) {
                seen[r] = 1;
                top++;
                stack[top] = r;
                next[top] = 0;
            }
        }
    }

    int nleaves = 0, first = -1;
    for (int i = 0; i < guide_dd_leaf_words(dd); i++) {
        nleaves += __builtin_popcountll(possible[i]);
        if (first < 0 && possible[i])
            first = i * 64 + __builtin_ctzll(possible[i]);
    }
    *leaf = first;

    if (nleaves == 1) {
        /* Decided: without every unknown input of the cone. */
        for (int i = 0; i < words; i++)
            asks[i] = dd->cone[i];
        for (int i = 0; i < ninputs; i++)
            if (known[i])
                asks[i / 64] &= ~((uint64_t)1 << (i % 64));
        clean(dd, work, norder, 0);
        return nleaves;
    }

    /* The restricted diagram, children first. */
    int nslots = 0;
    for (int i = 0; i < norder; i++) {
        int32_t n = order[i];
        int lvl = dd->node_level[n], nc = dd->levels[lvl].ncells;
        const int32_t *kid = dd->kids + dd->node_kids[n];
        if (cell[lvl] >= 0) {
            rid[n] = restricted(&w, kid[cell[lvl]]);
            continue;
        }
        int32_t r0 = restricted(&w, kid[0]);
        uint32_t h = mix(0, (uint32_t)lvl);
        int differ = 0;
        for (int c = 0; c < nc; c++) {
            int32_t rc = restricted(&w, kid[c]);
            differ |= rc != r0;
            h = mix(h, (uint32_t)rc);
        }
        if (!differ) {
            rid[n] = r0;
            continue;
        }
        const guide_dd_level *lv = &dd->levels[lvl];
        for (int k = 0; k < words; k++)
            asks[k] |= lv->inputs[k];
        uint32_t s = h & mask;
        while (table[s] && !(dd->node_level[table[s] - 1] == lvl && same_children(&w, table[s] - 1, n, nc)))
            s = (s + 1) & mask;
        if (table[s]) {
            rid[n] = table[s] - 1;
        } else {
            table[s] = n + 1;
            slots[nslots++] = (int32_t)s;
            rid[n] = n;
        }
    }
    for (int i = 0; i < ninputs; i++)
        if (known[i])
            asks[i / 64] &= ~((uint64_t)1 << (i % 64));
    clean(dd, work, norder, nslots);
    return nleaves;
}
