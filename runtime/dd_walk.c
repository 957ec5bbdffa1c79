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
 * some two worlds that differ in that level alone get different answers.
 *
 * A ruleset with constraints has an impossible leaf (dd->impossible): the worlds that break
 * one. The walk never offers it, and restricting treats it as "any answer": a node whose other
 * children are all one restricted node is that node, so a level does not matter when what
 * tells its cells apart is only which worlds cannot occur. That choice is greedy: an input
 * that, with the constraints, narrows the answers without changing one between two possible
 * worlds that differ in it alone may still be asked for (never one outside the output's cone;
 * tests/unit/test_dd.c checks both bounds). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dd_memo.h"
#include "guide.h"

/* The scratch, in int32_t: seen, rid and order per node, the used slots of the unique table,
 * the search stack (node and next child; a path visits each level once), the cell of each
 * level, the levels that matter (a bit set), and the unique table (a power of two of at least
 * twice the nodes). */
static size_t table_size(const guide_dd *dd)
{
    size_t n = 2;
    while (n < 2 * (size_t)dd->nnodes)
        n *= 2;
    return n;
}

static size_t level_words(const guide_dd *dd) { return guide_dd_level_words(dd); }

/* The most derived values one level is computed through (the marks of level_asks). */
static size_t most_derived(const guide_dd *dd)
{
    size_t n = 0;
    for (int l = 0; l < dd->nlevels; l++)
        if ((size_t)dd->levels[l].nderived > n)
            n = (size_t)dd->levels[l].nderived;
    return n;
}

size_t guide_dd_work_size(const guide_dd *dd)
{
    size_t nodes = (size_t)dd->nnodes, levels = (size_t)dd->nlevels + 1;
    return 4 * nodes + 3 * levels + level_words(dd) + table_size(dd) + most_derived(dd);
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
        int pos = guide_cut_position(lv->cuts, lv->ncuts, x->num);
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

typedef struct walk_ctx {
    const guide_dd *dd;
    int32_t        *rid, *cell;
} walk_ctx;

/* The restricted node a reference stands for: a leaf stays itself. */
static inline int32_t restricted(const walk_ctx *w, int32_t ref)
{
    return ref < 0 ? ref : w->rid[ref];
}

/* Whether nodes a and b, on the same unknown level, have the same restricted children. */
static int same_children(const walk_ctx *w, int32_t a, int32_t b, int ncells)
{
    const int32_t *ka = w->dd->kids + w->dd->node_kids[a], *kb = w->dd->kids + w->dd->node_kids[b];
    for (int c = 0; c < ncells; c++)
        if (restricted(w, ka[c]) != restricted(w, kb[c]))
            return 0;
    return 1;
}

/* Removes the known inputs from a set of inputs. */
static void drop_known(uint64_t *set, int words, const uint8_t *known)
{
    for (int w = 0; w < words; w++)
        for (uint64_t b = set[w]; b; b &= b - 1) {
            int i = w * 64 + __builtin_ctzll(b);
            if (known[i])
                set[w] &= ~((uint64_t)1 << (i % 64));
        }
}

/* The walk's scratch, cut into its parts. */
typedef struct parts {
    int32_t  *seen, *rid, *order, *slots, *stack, *next, *cell;
    uint32_t *matters;
    int32_t  *table;
    int32_t  *needed; /* level_asks' marks, one per derived value of a level */
} parts;

static parts cut(const guide_dd *dd, int32_t *work)
{
    size_t nodes = (size_t)dd->nnodes, levels = (size_t)dd->nlevels + 1;
    parts p;
    p.seen = work;
    p.rid = p.seen + nodes;
    p.order = p.rid + nodes;
    p.slots = p.order + nodes;
    p.stack = p.slots + nodes;
    p.next = p.stack + levels;
    p.cell = p.next + levels;
    p.matters = (uint32_t *)(void *)(p.cell + levels);
    p.table = (int32_t *)(p.matters + level_words(dd));
    p.needed = p.table + table_size(dd);
    return p;
}

/* Zeroes what a walk wrote, so that the scratch is zero for the next walk of any diagram. */
static void clean(const guide_dd *dd, const parts *w, int norder, int nslots)
{
    for (int i = 0; i < nslots; i++) {
        w->table[w->slots[i]] = 0;
        w->slots[i] = 0;
    }
    for (int i = 0; i < norder; i++) {
        int32_t n = w->order[i];
        w->seen[n] = w->rid[n] = w->order[i] = 0;
    }
    size_t levels = (size_t)dd->nlevels + 1;
    memset(w->stack, 0, sizeof *w->stack * 3 * levels);
    memset(w->matters, 0, sizeof *w->matters * level_words(dd));
}

/* The reachable leaves into possible, and the levels that matter into w->matters. Returns the
 * number of reachable leaves. */
static int walk(const guide_dd *dd, const parts *w, uint64_t *possible)
{
    walk_ctx wc = {dd, w->rid, w->cell};
    int32_t *seen = w->seen, *order = w->order, *stack = w->stack, *next = w->next;
    const int32_t *cell = w->cell;

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
    if (dd->impossible)
        possible[(dd->impossible - 1) / 64] &= ~((uint64_t)1 << ((dd->impossible - 1) % 64));
    int nleaves = 0;
    for (int i = 0; i < guide_dd_leaf_words(dd); i++)
        nleaves += __builtin_popcountll(possible[i]);

    /* Undetermined: the restricted diagram, children first, says which levels matter. */
    int nslots = 0;
    uint32_t mask = (uint32_t)table_size(dd) - 1;
    for (int i = 0; i < norder && nleaves > 1; i++) {
        int32_t n = order[i];
        int lvl = dd->node_level[n], nc = dd->levels[lvl].ncells;
        const int32_t *kid = dd->kids + dd->node_kids[n];
        if (cell[lvl] >= 0) {
            w->rid[n] = restricted(&wc, kid[cell[lvl]]);
            continue;
        }
        int32_t imp = dd->impossible ? -dd->impossible : INT32_MIN; /* its reference, if any */
        int32_t r0 = imp;
        uint32_t h = mix(0, (uint32_t)lvl);
        int differ = 0;
        for (int c = 0; c < nc; c++) {
            int32_t rc = restricted(&wc, kid[c]);
            if (rc != imp && r0 == imp)
                r0 = rc;
            differ |= rc != imp && rc != r0;
            h = mix(h, (uint32_t)rc);
        }
        if (!differ) {
            w->rid[n] = r0;
            continue;
        }
        w->matters[lvl / 32] |= (uint32_t)1 << (lvl % 32);
        uint32_t s = h & mask;
        int32_t *table = w->table;
        while (table[s] && !(dd->node_level[table[s] - 1] == lvl && same_children(&wc, table[s] - 1, n, nc)))
            s = (s + 1) & mask;
        if (table[s]) {
            w->rid[n] = table[s] - 1;
        } else {
            table[s] = n + 1;
            w->slots[nslots++] = (int32_t)s;
            w->rid[n] = n;
        }
    }
    /* the levels that matter stay for the caller: clean() clears them */
    for (int i = 0; i < nslots; i++) {
        w->table[w->slots[i]] = 0;
        w->slots[i] = 0;
    }
    for (int i = 0; i < norder; i++) {
        int32_t n = order[i];
        seen[n] = w->rid[n] = order[i] = 0;
    }
    return nleaves;
}

/* ---- the memo (dd_memo.h; made by guide_dd_memo_new, in frame.c) ---------------------------- */

static uint64_t key_word(const int32_t *cell, int nlevels, size_t k)
{
    uint64_t x = 0;
    for (int j = 0; j < 4 && (int)(4 * k) + j < nlevels; j++)
        x |= (uint64_t)(uint16_t)(cell[4 * k + j] + 1) << (16 * j);
    return x;
}

/* The entry holding the case's cells, or NULL; *slot is where to store them otherwise. */
static uint64_t *memo_find(const guide_dd_memo *m, const int32_t *cell, uint64_t **slot)
{
    const guide_dd *dd = m->dd;
    uint32_t h = 0;
    for (int l = 0; l < dd->nlevels; l++)
        h = mix(h, (uint32_t)cell[l]);
    *slot = NULL;
    for (int p = 0; p < MEMO_PROBES; p++) {
        uint64_t *e = m->e + ((h + (uint32_t)p) & (MEMO_SLOTS - 1)) * m->stride;
        if (!e[0]) {
            if (!*slot)
                *slot = e;
            continue;
        }
        size_t k = 0;
        while (k < m->keyw && e[1 + k] == key_word(cell, dd->nlevels, k))
            k++;
        if (k == m->keyw)
            return e;
    }
    if (!*slot)
        *slot = m->e + (h & (MEMO_SLOTS - 1)) * m->stride;
    return NULL;
}

/* Adds to asks the inputs level lv stands for in this case: for an arithmetic value, the
 * inputs read through its unknown derived values only (a value known from the left of `else`
 * needs nothing of its right); the caller drops the known inputs. needed: nderived zeroed
 * int32_t, left zeroed. */
static void level_asks(const guide_dd_level *lv, const uint8_t *known, int words, int32_t *needed,
                       uint64_t *asks)
{
    if (lv->nderived == 0) {
        for (int i = 0; i < words; i++)
            asks[i] |= lv->inputs[i];
        return;
    }
    needed[0] = 1;
    for (int32_t k = 0; k < lv->nderived; k++) {
        if (!needed[k])
            continue;
        needed[k] = 0;
        if (known[lv->derived[k]])
            continue;
        for (int32_t j = lv->from_at[k]; j < lv->from_at[k + 1]; j++) {
            int32_t x = lv->from[j];
            if (x >= 0)
                asks[x / 64] |= (uint64_t)1 << (x % 64);
            else
                needed[-1 - x] = 1; /* later in the list: its readers come first */
        }
    }
}

int guide_dd_walk(const guide_dd *dd, int ninputs, const guide_value *val, const uint8_t *known,
                  int32_t *work, guide_dd_memo *memo, uint64_t *possible, uint64_t *asks, int *leaf)
{
    int words = (ninputs + 63) / 64;
    size_t lw = (size_t)guide_dd_leaf_words(dd), levw = level_words(dd);
    memset(possible, 0, sizeof *possible * lw);
    memset(asks, 0, sizeof *asks * (size_t)words);
    parts w = cut(dd, work);
    for (int l = 0; l < dd->nlevels; l++)
        w.cell[l] = cell_of(&dd->levels[l], val, known);

    uint64_t *slot = NULL, *e = memo && memo->dd == dd ? memo_find(memo, w.cell, &slot) : NULL;
    int nleaves;
    if (e) {
        memcpy(possible, e + 1 + memo->keyw, sizeof *possible * lw);
        memcpy(w.matters, e + 1 + memo->keyw + lw, sizeof *w.matters * levw);
        nleaves = (int)(uint32_t)e[0] - 1;
    } else {
        nleaves = walk(dd, &w, possible);
        if (slot) {
            slot[0] = (uint64_t)(uint32_t)(nleaves + 1);
            for (size_t k = 0; k < memo->keyw; k++)
                slot[1 + k] = key_word(w.cell, dd->nlevels, k);
            memcpy(slot + 1 + memo->keyw, possible, sizeof *possible * lw);
            memcpy(slot + 1 + memo->keyw + lw, w.matters, sizeof *w.matters * levw);
        }
    }
    *leaf = -1;
    for (size_t i = 0; i < lw && *leaf < 0; i++)
        if (possible[i])
            *leaf = (int)i * 64 + __builtin_ctzll(possible[i]);

    if (nleaves == 1) {
        /* Decided: without every unknown input of the cone. */
        memcpy(asks, dd->cone, sizeof *asks * (size_t)words);
    } else {
        for (size_t k = 0; k < levw; k++)
            for (uint32_t b = w.matters[k]; b; b &= b - 1)
                level_asks(&dd->levels[k * 32 + (size_t)__builtin_ctz(b)], known, words, w.needed, asks);
        /* An input only a constraint reads may narrow the answers, but it does not decide
         * them: ask for what the output depends on. */
        for (int i = 0; i < words && dd->impossible; i++)
            asks[i] &= dd->cone[i];
    }
    drop_known(asks, words, known);
    clean(dd, &w, 0, 0);
    return nleaves;
}
