/* an_worlds.c — enumerating the worlds the analyses look at. */
#include <string.h>

#include "analyse.h"

void an_worlds_for(arena *a, const ir_program *p, const int *clauses, int nclauses, an_worlds *w)
{
    memset(w, 0, sizeof *w);
    w->p = p;
    w->vars = arena_alloc(a, sizeof *w->vars * (size_t)(p->nvars + 1));
    w->pinned = arena_alloc(a, (size_t)p->nvars + 1);
    uint8_t *in = arena_alloc(a, (size_t)p->nvars + 1);
    uint8_t *need = arena_alloc(a, (size_t)p->nvars + 1);
    for (int k = 0; k < nclauses; k++) {
        const ir_clause *c = &p->clauses[clauses[k]];
        /* the clause is evaluated when the outputs it concludes are decided */
        for (int j = 0; j < c->nconcl; j++) {
            const ir_var *o = &p->vars[c->concl[j].var];
            for (int q = 0; q < o->ncone_vars; q++)
                need[o->cone_vars[q]] = 1;
        }
        vec deps = {0};
        ir_clause_deps(p, clauses[k], a, &deps);
        for (int r = 0; r < deps.len; r++) {
            const ir_var *v = &p->vars[(int)(intptr_t)deps.items[r]];
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

int an_enumerate(const an_worlds *w, interp *it, guide_frame *f, long budget, an_world_fn fn,
                 void *ctx)
{
    if (w->count > (double)budget)
        return 1;
    const ir_program *p = w->p;
    int digits[512] = {0};
    if (w->nvars > 512)
        return 1;
    long n = (long)w->count;
    for (long k = 0; k < n; k++) {
        guide_frame_clear(f);
        for (int i = 0; i < w->nvars; i++) {
            const ir_var *v = &p->vars[w->vars[i]];
            if (v->ncells == 0)
                continue;
            f->val[v->index] = v->cells[digits[i]];
            f->known[v->index] = 1;
        }
        interp_eval_some(it, f, w->pinned, w->eval, w->neval);
        if (fn(ctx, it, f))
            return 0;
        for (int i = 0; i < w->nvars; i++) {
            int nc = p->vars[w->vars[i]].ncells;
            if (++digits[i] < (nc ? nc : 1))
                break;
            digits[i] = 0;
        }
    }
    return 0;
}

void an_format_world(const an_worlds *w, const guide_frame *f, char *buf, size_t len)
{
    size_t o = 0;
    buf[0] = '\0';
    for (int i = 0; i < w->nvars && o + 1 < len; i++) {
        int v = w->vars[i];
        char val[128];
        guide_format_value(&w->p->info, v, &f->val[v], val, sizeof val);
        o += (size_t)snprintf(buf + o, len - o, "%s%s = %s", i ? ", " : "", w->p->vars[v].name, val);
    }
}
