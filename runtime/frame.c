/* frame.c — allocation of frames (the values of one case), the memos of their walks (dd_memo.h)
 * and trace buffers.
 *
 * All are allocated once, outside the evaluation path: evaluation only writes into them. */
#include <stdlib.h>
#include <string.h>

#include "dd_memo.h"
#include "guide.h"
#include "json_names.h"
#include "oom.h"

/* calloc that never returns NULL for a zero size, so "no outputs" is not an allocation failure. */
static void *zalloc(size_t n, size_t size)
{
    return guide_calloc(n ? n : 1, size ? size : 1);
}

guide_dd_memo *guide_dd_memo_new(const guide_dd *dd)
{
    guide_dd_memo *m = guide_calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->dd = dd;
    m->keyw = ((size_t)dd->nlevels + 3) / 4;
    m->lw = (size_t)guide_dd_leaf_words(dd);
    m->levw = (guide_dd_level_words(dd) + 1) / 2; /* uint64_t words holding the 32-bit ones */
    m->stride = 1 + m->keyw + m->lw + m->levw;
    m->e = guide_calloc(MEMO_SLOTS * m->stride, sizeof *m->e);
    if (!m->e) {
        free(m);
        return NULL;
    }
    return m;
}

void guide_dd_memo_free(guide_dd_memo *m)
{
    if (!m)
        return;
    free(m->e);
    free(m);
}

guide_frame *guide_frame_new(const guide_ruleset_info *rs)
{
    if (!rs)
        return NULL;
    guide_frame *f = guide_calloc(1, sizeof *f);
    if (!f)
        return NULL;
    f->rs = rs;
    f->val = zalloc((size_t)rs->nvars, sizeof *f->val);
    f->known = zalloc((size_t)rs->nvars, sizeof *f->known);
    f->out = zalloc((size_t)rs->noutputs, sizeof *f->out);
    f->asks = zalloc((size_t)rs->noutputs * (size_t)guide_input_words(rs), sizeof *f->asks);
    f->possible_at = zalloc((size_t)rs->noutputs + 1, sizeof *f->possible_at);
    if (f->possible_at)
        for (int o = 0; o < rs->noutputs; o++)
            f->possible_at[o + 1] = f->possible_at[o] + (rs->dds ? (size_t)guide_dd_leaf_words(&rs->dds[o]) : 0);
    f->possible = zalloc(f->possible_at ? f->possible_at[rs->noutputs] : 0, sizeof *f->possible);
    f->json = guide_json_names_new(rs);
    f->memo = zalloc((size_t)rs->noutputs, sizeof *f->memo);
    for (int o = 0; f->memo && rs->dds && o < rs->noutputs; o++)
        f->memo[o] = guide_dd_memo_new(&rs->dds[o]);
    f->check_work = zalloc(guide_constraints_work_size(rs), sizeof *f->check_work);
    f->check_evaluated = guide_constraints_read_derived(rs);
    int lists = 0;
    for (int v = 0; v < rs->ninputs; v++)
        lists |= guide_type_repr(rs->vars[v].type) == GUIDE_REPR_LIST;
    if (lists) {
        f->list_room = zalloc((size_t)rs->ninputs, sizeof *f->list_room);
        f->list_cap = zalloc((size_t)rs->ninputs, sizeof *f->list_cap);
        if (!f->list_room || !f->list_cap) {
            guide_frame_free(f);
            return NULL;
        }
    }
    if (!f->val || !f->known || !f->out || !f->asks || !f->possible_at || !f->possible || !f->memo ||
        !f->check_work) {
        guide_frame_free(f);
        return NULL;
    }
    return f;
}

void guide_frame_free(guide_frame *f)
{
    if (!f)
        return;
    free(f->id);
    free(f->val);
    free(f->known);
    free(f->out);
    free(f->asks);
    free(f->possible);
    free(f->possible_at);
    for (int o = 0; f->memo && o < f->rs->noutputs; o++)
        guide_dd_memo_free(f->memo[o]);
    free(f->memo);
    free(f->check_work);
    for (int v = 0; f->list_room && v < f->rs->ninputs; v++)
        free(f->list_room[v]);
    free(f->list_room);
    free(f->list_cap);
    guide_json_names_free(f->json);
    free(f);
}

void guide_frame_clear(guide_frame *f)
{
    if (!f)
        return;
    const guide_ruleset_info *rs = f->rs;
    free(f->id);
    f->id = NULL;
    memset(f->val, 0, (size_t)rs->nvars * sizeof *f->val);
    memset(f->known, 0, (size_t)rs->nvars * sizeof *f->known);
    /* All zero is GUIDE_NOT_APPLICABLE, GUIDE_HOW_DIRECT, not null. */
    memset(f->out, 0, (size_t)rs->noutputs * sizeof *f->out);
    memset(f->asks, 0, (size_t)rs->noutputs * (size_t)guide_input_words(rs) * sizeof *f->asks);
    memset(f->possible, 0, f->possible_at[rs->noutputs] * sizeof *f->possible);
}

double *guide_frame_list_room(guide_frame *f, int v, int32_t n)
{
    if (!f->list_room || v < 0 || v >= f->rs->ninputs || n < 0)
        return NULL;
    if (n > f->list_cap[v]) {
        int32_t cap = f->list_cap[v] ? f->list_cap[v] : 8;
        while (cap < n)
            cap = cap > INT32_MAX / 2 ? n : cap * 2;
        double *p = guide_realloc(f->list_room[v], sizeof *p * (size_t)cap);
        if (!p)
            return NULL;
        f->list_room[v] = p;
        f->list_cap[v] = cap;
    }
    return f->list_room[v] ? f->list_room[v] : (double *)f->list_cap; /* n == 0: any pointer */
}

guide_trace *guide_trace_new(size_t cap)
{
    guide_trace *t = guide_calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->ev = guide_calloc(cap ? cap : 1, sizeof *t->ev);
    if (!t->ev) {
        free(t);
        return NULL;
    }
    t->cap = cap;
    return t;
}

void guide_trace_free(guide_trace *t)
{
    if (!t)
        return;
    free(t->ev);
    free(t);
}
