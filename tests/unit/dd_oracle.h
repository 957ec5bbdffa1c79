/* dd_oracle.h — the decision-diagram walk checked against its definition, by brute force: every
 * combination of cells of the unknown values an output depends on (its unknown inputs, and its
 * arithmetic values that are unknown, over their own cells) is evaluated in plain Kleene logic
 * (interp_eval_some), one world at a time, with no budget. The same answer in every world must
 * be the output's answer (decided, every unknown input of its cone in asks); otherwise the
 * output is undetermined, its possible answers are exactly those of the worlds, and asks holds
 * exactly the inputs whose value alone changes the answer between two worlds. An output Kleene
 * logic decides must have its answer in every world. With constraints, only the worlds that
 * break none count (guide_constraints_check, which walks the constraints' own diagrams).
 *
 * Shared by the unit test (tests/unit/test_dd.c) and the fuzzer (tests/fuzz/fuzz_dd.c): the
 * includer defines DD_FAIL() (cmocka's fail(), or abort()) before including it. */
#ifndef GUIDE_DD_ORACLE_H
#define GUIDE_DD_ORACLE_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "interp.h"

#ifndef DD_FAIL
#error "define DD_FAIL() before including dd_oracle.h"
#endif

/* A property the brute force relies on or checks, reported with its text and line. */
#define DD_REQUIRE(cond)                                                                     \
    do {                                                                                     \
        if (!(cond)) {                                                                       \
            fprintf(stderr, "dd: %s:%d: %s does not hold\n", __FILE__, __LINE__, #cond);     \
            DD_FAIL();                                                                       \
        }                                                                                    \
    } while (0)

/* Outputs of more worlds than this are not enumerated (the brute force would be slow); the
 * cases are drawn so that most are not. The fuzzer sets a smaller bound, to run more cases. */
#ifndef DD_MAX_WORLDS
#define DD_MAX_WORLDS 20000
#endif

typedef struct world_answer {
    uint8_t     state;
    uint8_t     is_null;
    guide_value v;
} world_answer;

static int same_answer(const ir_program *p, int var, const world_answer *a, const world_answer *b)
{
    if (a->state != b->state)
        return 0;
    if (a->state != GUIDE_CONCLUDED)
        return 1;
    ir_value x = {a->v, a->is_null}, y = {b->v, b->is_null};
    return ir_value_equal(p, var, &x, &y);
}

/* The cells a world gives a value: an input's, or an arithmetic value's own (ir.h dd_cells). */
static int ncells(const ir_var *v)
{
    if (v->kind == GUIDE_VAR_DERIVED)
        return v->dd_ncells ? v->dd_ncells : 1;
    return v->ncells ? v->ncells : 1;
}
static guide_value cell(const ir_var *v, int c)
{
    const guide_value *cells = v->kind == GUIDE_VAR_DERIVED ? v->dd_cells : v->cells;
    guide_value zero;
    memset(&zero, 0, sizeof zero);
    return cells ? cells[c] : zero;
}

/* Whether leaf k of output o's diagram is answer a. */
static int leaf_is(const ir_program *p, int oi, int k, const world_answer *a)
{
    const guide_dd_leaf *l = &p->dds[oi].leaves[k];
    world_answer b = {l->state, l->is_null, l->v};
    return same_answer(p, p->dds[oi].output, &b, a);
}

/* Adds to want the unknown inputs expression x reads, directly or through derived values that
 * are unknown in the evaluated frame f. */
static void unknown_behind(const ir_program *p, const guide_frame *f, const ir_expr *x, uint64_t *want)
{
    if (!x)
        return;
    if ((x->kind == IR_E_VAR || x->kind == IR_E_AGG) && x->var >= 0 && !f->known[x->var]) {
        if (x->var < p->ninputs)
            want[x->var / 64] |= (uint64_t)1 << (x->var % 64);
        else
            unknown_behind(p, f, p->vars[x->var].expr, want);
    }
    unknown_behind(p, f, x->l, want);
    unknown_behind(p, f, x->r, want);
}

/* Checks output o of case c (inputs only, breaking no constraint), evaluated into f by
 * interp_eval; plain is a second interpreter of p. Returns 1 when it was checked, 0 when it has
 * too many worlds; a difference is reported on stderr, then DD_FAIL(). */
static int dd_oracle_check_output(const ir_program *p, interp *plain, const guide_frame *c, const guide_frame *f,
                        const ir_var *o)
{
    int oi = o->index - guide_first_output(&p->info), words = guide_input_words(&p->info);
    const guide_output *got = &f->out[oi];
    int sv[256], n = 0;
    double worlds = 1;
    uint8_t *pinned = calloc((size_t)p->nvars + 1, 1);
    /* a list is no cell of its own: its aggregates, arithmetic values, stand for it */
    for (int i = 0; i < p->ninputs; i++)
        if (((o->cone[i / 64] >> (i % 64)) & 1) && !c->known[i] && p->vars[i].type != GUIDE_LIST)
            sv[n++] = i;
    for (int k = 0; k < o->ncone_vars; k++) {
        const ir_var *v = &p->vars[o->cone_vars[k]];
        if (v->kind == GUIDE_VAR_DERIVED && !v->is_match && !f->known[v->index])
            sv[n++] = v->index, pinned[v->index] = 1;
    }
    DD_REQUIRE(n <= 256);
    for (int k = 0; k < n; k++)
        worlds *= ncells(&p->vars[sv[k]]);
    if (worlds > DD_MAX_WORLDS) {
        free(pinned);
        return 0;
    }
    long nw = (long)worlds;
    world_answer *ans = calloc((size_t)nw, sizeof *ans);
    uint8_t *real = calloc((size_t)nw, 1); /* the world breaks no constraint */
    guide_frame *w = guide_frame_new(&p->info);
    for (long wi = 0; wi < nw; wi++) {
        memcpy(w->val, c->val, sizeof *w->val * (size_t)p->nvars);
        memcpy(w->known, c->known, (size_t)p->nvars);
        long rest = wi;
        for (int k = 0; k < n; k++) { /* the first turns fastest */
            const ir_var *v = &p->vars[sv[k]];
            w->val[v->index] = cell(v, (int)(rest % ncells(v)));
            w->known[v->index] = 1;
            rest /= ncells(v);
        }
        /* the derived values the case's known inputs give (a constraint may test one): the
         * same in every world */
        for (int v = p->ninputs; v < guide_first_output(&p->info); v++)
            if (f->known[v] && !pinned[v]) {
                w->val[v] = f->val[v];
                w->known[v] = 1;
            }
        real[wi] = guide_constraints_check(&p->info, w->val, w->known, w->check_work) < 0;
        interp_eval_some(plain, w, pinned, o->cone_vars, o->ncone_vars);
        ans[wi].state = w->out[oi].state;
        ans[wi].is_null = w->out[oi].is_null;
        ans[wi].v = w->val[o->index];
    }
    long first = 0;
    while (first < nw && !real[first])
        first++;
    DD_REQUIRE(first < nw); /* the case itself breaks no constraint */
    int same = 1;
    for (long wi = first + 1; wi < nw && same; wi++)
        same = !real[wi] || same_answer(p, o->index, &ans[first], &ans[wi]);
    /* the values to ask for: all of them when decided, else those that alone change it */
    uint64_t want[8] = {0};
    DD_REQUIRE(words <= 8);
    long stride = 1;
    for (int k = 0; k < n; k++) {
        const ir_var *v = &p->vars[sv[k]];
        int matters = same;
        for (long wi = 0; wi < nw && !matters; wi++)
            if ((wi / stride) % ncells(v) != ncells(v) - 1 && real[wi] && real[wi + stride])
                matters = !same_answer(p, o->index, &ans[wi], &ans[wi + stride]);
        stride *= ncells(v);
        if (!matters)
            continue;
        if (v->kind == GUIDE_VAR_INPUT)
            want[v->index / 64] |= (uint64_t)1 << (v->index % 64);
        else if (same) { /* decided: without every unknown input of the cone */
            for (int i = 0; i < p->ninputs; i++)
                if (((v->cone[i / 64] >> (i % 64)) & 1) && !c->known[i])
                    want[i / 64] |= (uint64_t)1 << (i % 64);
        } else { /* the unknown inputs read through unknown values (`A else B` known from A: not B) */
            unknown_behind(p, f, v->expr, want);
        }
    }
    world_answer g = {got->state, got->is_null, f->val[o->index]};
    if (got->how == GUIDE_HOW_DIRECT) {
        /* Kleene logic is sound: its answer is every world's */
        if (!same || !same_answer(p, o->index, &g, &ans[first])) {
            fprintf(stderr, "dd: output %s: decided directly, but not so in every world\n", o->name);
            DD_FAIL();
        }
    } else if (same) {
        DD_REQUIRE(got->how == GUIDE_HOW_SEARCH);
        DD_REQUIRE(got->state == ans[first].state);
        DD_REQUIRE(same_answer(p, o->index, &g, &ans[first]));
    } else {
        DD_REQUIRE(got->how == GUIDE_HOW_DEPENDS);
        DD_REQUIRE(got->state == GUIDE_UNDETERMINED);
        /* the possible answers: a leaf is set exactly when some world answers it */
        const uint64_t *possible = guide_possible(f, oi);
        for (int k = 0; k < p->dds[oi].nleaves; k++) {
            int set = (int)((possible[k / 64] >> (k % 64)) & 1), seen = 0;
            for (long wi = 0; wi < nw && !seen; wi++)
                seen = real[wi] && leaf_is(p, oi, k, &ans[wi]);
            if (set != seen) {
                fprintf(stderr, "dd: output %s: leaf %d possible %d, by brute force %d\n", o->name, k, set, seen);
                DD_FAIL();
            }
        }
        for (long wi = 0; wi < nw; wi++) {
            int found = !real[wi];
            for (int k = 0; k < p->dds[oi].nleaves && !found; k++)
                found = leaf_is(p, oi, k, &ans[wi]);
            DD_REQUIRE(found);
        }
    }
    /* With constraints the walk may also ask for an input that, with the constraints, only
     * narrows the answers (dd_walk.c): never less than the brute force, never outside the
     * cone's unknown inputs. */
    const uint64_t *asks = guide_asks(f, oi);
    int loose = p->info.nconstraints > 0 && !same;
    for (int i = 0; i < words && got->how != GUIDE_HOW_DIRECT; i++)
        if (loose ? (want[i] & ~asks[i]) || (asks[i] & ~o->cone[i]) : asks[i] != want[i]) {
            fprintf(stderr, "dd: output %s: asks word %d is %llx, by brute force %llx; known:", o->name, i,
                    (unsigned long long)asks[i], (unsigned long long)want[i]);
            for (int v = 0; v < p->ninputs; v++)
                if (c->known[v]) {
                    char t[GUIDE_VALUE_TEXT_MAX];
                    guide_format_value(&p->info, v, &c->val[v], t, sizeof t);
                    fprintf(stderr, " %s = %s", p->vars[v].name, t);
                }
            fputc('\n', stderr);
            DD_FAIL();
        }
    guide_frame_free(w);
    free(ans);
    free(real);
    free(pinned);
    return 1;
}

#endif
