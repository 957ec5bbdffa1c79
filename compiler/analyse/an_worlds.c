/* an_worlds.c — enumerating the worlds the analyses look at. */
#include <stdlib.h>
#include <string.h>

#include "guide_limits.h"
#include "strbuf.h"

#include "an_region.h"
#include "analyse.h"
#include "xalloc.h"

void an_worlds_for(arena *a, const ir_program *p, const int *clauses, int nclauses, an_eval what,
                   an_worlds *w)
{
    memset(w, 0, sizeof *w);
    w->p = p;
    w->vars = arena_alloc(a, sizeof *w->vars * (size_t)(p->nvars + 1));
    w->pinned = arena_alloc(a, (size_t)p->nvars + 1);
    uint8_t *in = arena_alloc(a, (size_t)p->nvars + 1);
    uint8_t *need = arena_alloc(a, (size_t)p->nvars + 1);
    uint8_t *seen = arena_alloc(a, (size_t)p->nvars + 1); /* variables already read */
    /* per first-hit table, the last row whose reads (and those of the rows before it) are in:
     * a row depends on what every earlier row reads, and adding those again for each row would
     * cost n * n / 2 for a table of n rows */
    int *done = arena_alloc(a, sizeof *done * (size_t)(p->ntables + 1));
    for (int t = 0; t < p->ntables; t++)
        done[t] = -1;
    vec deps = {0};
    for (int k = 0; k < nclauses; k++) {
        const ir_clause *c = &p->clauses[clauses[k]];
        /* the clause is evaluated when the outputs it concludes are decided */
        for (int j = 0; j < c->nconcl && what == AN_EVAL_OUTPUTS; j++) {
            const ir_var *o = &p->vars[c->concl[j].var];
            for (int q = 0; q < o->ncone_vars; q++)
                need[o->cone_vars[q]] = 1;
        }
        int from = clauses[k];
        if (c->shadowable) {
            from = p->tables[c->table].first_clause;
            if (done[c->table] >= from)
                from = done[c->table] + 1;
            if (clauses[k] > done[c->table])
                done[c->table] = clauses[k];
        }
        deps.len = 0;
        for (int q = from; q <= clauses[k]; q++)
            for (int j = 0; j < p->clauses[q].nreads; j++)
                if (!seen[p->clauses[q].reads[j]]) {
                    seen[p->clauses[q].reads[j]] = 1;
                    vec_push(a, &deps, (void *)(intptr_t)p->clauses[q].reads[j]);
                }
        for (int r = 0; r < deps.len; r++) {
            const ir_var *v = &p->vars[(int)(intptr_t)deps.items[r]];
            /* what the condition reads, and what that is computed from (a derived value or an
             * output is in its own cone_vars) */
            for (int q = 0; q < v->ncone_vars && what == AN_EVAL_READS; q++)
                need[v->cone_vars[q]] = 1;
            for (int i = 0; i < p->ninputs; i++)
                if ((v->cone[i / 64] >> (i % 64)) & 1)
                    in[i] = 1;
            /* arithmetic values are enumerated over their own cells */
            if (v->kind == GUIDE_VAR_DERIVED && !v->is_match)
                in[v->index] = w->pinned[v->index] = 1;
            for (int j = 0; j < v->ncone_vars; j++) {
                const ir_var *u = &p->vars[v->cone_vars[j]];
                if (u->kind == GUIDE_VAR_DERIVED && !u->is_match)
                    in[u->index] = w->pinned[u->index] = 1;
            }
        }
    }
    w->eval = arena_alloc(a, sizeof *w->eval * (size_t)(p->norder + 1));
    for (int k = 0; k < p->norder; k++)
        if (need[p->order[k]])
            w->eval[w->neval++] = p->order[k];
    w->count = 1;
    for (int v = 0; v < p->nvars; v++) {
        if (!in[v])
            continue;
        w->vars[w->nvars++] = v;
        w->count *= p->vars[v].ncells ? p->vars[v].ncells : 1;
    }
}

int an_enumerate(const an_worlds *w, interp *it, guide_frame *f, long *left, an_world_fn fn,
                 void *ctx)
{
    if (w->count > (double)*left)
        return 1;
    const ir_program *p = w->p;
    int *digits = guide_xcalloc((size_t)w->nvars + 1, sizeof *digits, "the analyses");
    long n = (long)w->count, k;
    for (k = 0; k < n; k++) {
        guide_frame_clear(f);
        for (int i = 0; i < w->nvars; i++) {
            const ir_var *v = &p->vars[w->vars[i]];
            if (v->ncells == 0)
                continue;
            f->val[v->index] = v->cells[digits[i]];
            f->known[v->index] = 1;
        }
        if (w->neval)
            interp_eval_some(it, f, w->pinned, w->eval, w->neval);
        if (fn(ctx, it, f)) {
            k++;
            break;
        }
        for (int i = 0; i < w->nvars; i++) {
            int nc = p->vars[w->vars[i]].ncells;
            if (++digits[i] < (nc ? nc : 1))
                break;
            digits[i] = 0;
        }
    }
    free(digits);
    *left -= k;
    return 0;
}

int an_world_possible(const guide_frame *f)
{
    return !f->rs->nconstraints || guide_constraints_check(f->rs, f->val, f->known, f->check_work) < 0;
}

const char *an_format_world(arena *a, const an_worlds *w, const guide_frame *f)
{
    strbuf sb = STRBUF_INIT;
    for (int i = 0; i < w->nvars; i++) {
        int v = w->vars[i];
        /* a world holds cells: a label (at most GUIDE_MAX_NAME bytes), a bool, or a number with
         * its unit's name */
        char val[4 * GUIDE_MAX_NAME];
        guide_format_value(&w->p->info, v, &f->val[v], val, sizeof val);
        sb_printf(&sb, "%s%s = %s", i ? ", " : "", w->p->vars[v].name, val);
    }
    const char *text = arena_strdup(a, sb_str(&sb));
    sb_free(&sb);
    return text;
}

int an_world_dims(arena *a, const an_worlds *w, an_dim *dims)
{
    int n = 0;
    for (int i = 0; i < w->nvars; i++)
        if (w->p->vars[w->vars[i]].ncells)
            an_dim_of_var(a, w->p, w->vars[i], &dims[n++]);
    return n;
}

void an_world_cells(const an_worlds *w, const guide_frame *f, int *cell)
{
    int n = 0;
    for (int i = 0; i < w->nvars; i++) {
        const ir_var *v = &w->p->vars[w->vars[i]];
        if (!v->ncells)
            continue;
        const guide_value *x = &f->val[v->index];
        int c = 0;
        if (guide_type_repr(v->type) == GUIDE_REPR_LABEL)
            c = x->label;
        else if (guide_type_repr(v->type) == GUIDE_REPR_TRUTH)
            c = x->b;
        else { /* the world holds one of the cells' values: find it (they increase) */
            int hi = v->ncells - 1;
            while (c < hi) {
                int mid = c + (hi - c) / 2;
                if (v->cells[mid].num < x->num)
                    c = mid + 1;
                else
                    hi = mid;
            }
        }
        cell[n++] = c;
    }
}
