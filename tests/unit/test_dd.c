/* test_dd.c — the decision-diagram walk against its definition, by brute force: every
 * combination of cells of the unknown values an output depends on (its unknown inputs, and its
 * arithmetic values that are unknown, over their own cells) is evaluated in plain Kleene logic
 * (interp_eval_some), one world at a time, with no budget. The same answer in every world must
 * be the output's answer (decided, every unknown input of its cone in asks); otherwise the
 * output is undetermined, its possible answers are exactly those of the worlds, and asks holds
 * exactly the inputs whose value alone changes the answer between two worlds. An output Kleene
 * logic decides must have its answer in every world. With constraints, only the worlds that
 * break none count (guide_constraints_check, which walks the constraints' own diagrams). Run on
 * random partial cases of every rule file of rules/ and tests/. */
#include <math.h>

#include "compile_fixture.h"

/* Outputs of more worlds than this are not enumerated (the brute force would be slow); the
 * cases are drawn so that most are not. */
enum { BRUTE_MAX_WORLDS = 20000 };

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

/* Checks output o of case c (inputs only), evaluated into f by interp_eval. Returns 1 when it
 * was checked, 0 when it has too many worlds. */
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

static int check_output(const ir_program *p, interp *plain, const guide_frame *c, const guide_frame *f,
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
    assert_true(n <= 256);
    for (int k = 0; k < n; k++)
        worlds *= ncells(&p->vars[sv[k]]);
    if (worlds > BRUTE_MAX_WORLDS) {
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
        real[wi] = guide_constraints_check(&p->info, w->val, w->known, w->check_work) < 0;
        interp_eval_some(plain, w, pinned, o->cone_vars, o->ncone_vars);
        ans[wi].state = w->out[oi].state;
        ans[wi].is_null = w->out[oi].is_null;
        ans[wi].v = w->val[o->index];
    }
    long first = 0;
    while (first < nw && !real[first])
        first++;
    assert_true(first < nw); /* the case itself breaks no constraint */
    int same = 1;
    for (long wi = first + 1; wi < nw && same; wi++)
        same = !real[wi] || same_answer(p, o->index, &ans[first], &ans[wi]);
    /* the values to ask for: all of them when decided, else those that alone change it */
    uint64_t want[8] = {0};
    assert_true(words <= 8);
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
            fail();
        }
    } else if (same) {
        assert_int_equal(got->how, GUIDE_HOW_SEARCH);
        assert_int_equal(got->state, ans[first].state);
        assert_true(same_answer(p, o->index, &g, &ans[first]));
    } else {
        assert_int_equal(got->how, GUIDE_HOW_DEPENDS);
        assert_int_equal(got->state, GUIDE_UNDETERMINED);
        /* the possible answers: a leaf is set exactly when some world answers it */
        const uint64_t *possible = guide_possible(f, oi);
        for (int k = 0; k < p->dds[oi].nleaves; k++) {
            int set = (int)((possible[k / 64] >> (k % 64)) & 1), seen = 0;
            for (long wi = 0; wi < nw && !seen; wi++)
                seen = real[wi] && leaf_is(p, oi, k, &ans[wi]);
            if (set != seen) {
                fprintf(stderr, "dd: output %s: leaf %d possible %d, by brute force %d\n", o->name, k, set, seen);
                fail();
            }
        }
        for (long wi = 0; wi < nw; wi++) {
            int found = !real[wi];
            for (int k = 0; k < p->dds[oi].nleaves && !found; k++)
                found = leaf_is(p, oi, k, &ans[wi]);
            assert_true(found);
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
            fail();
        }
    guide_frame_free(w);
    free(ans);
    free(real);
    free(pinned);
    return 1;
}

static uint32_t lcg(uint32_t *s)
{
    *s = *s * 1664525u + 1013904223u;
    return *s >> 16;
}

/* Fills c with a random case: each input known with probability pct / 100, at one of its cells
 * (which is where the rules draw their lines) or, for a number, just beside one. */
static void random_case(const ir_program *p, guide_frame *c, int pct, uint32_t *s)
{
    /* a list: empty, or a few elements in its range (each list input its own storage) */
    static double lists[256][3];
    for (int i = 0; i < p->ninputs; i++) {
        const ir_var *v = &p->vars[i];
        if (v->type == GUIDE_LIST) {
            c->known[i] = (int)(lcg(s) % 100) < pct;
            double lo = isfinite(v->lo) ? v->lo : -10, hi = isfinite(v->hi) ? v->hi : 10;
            for (int k = 0; k < 3; k++)
                lists[i][k] = lo + (hi - lo) * (double)(lcg(s) % 41) / 40;
            c->val[i].list = (guide_list){lists[i], (int32_t)(lcg(s) % 4)};
            continue;
        }
        c->known[i] = (int)(lcg(s) % 100) < pct && v->ncells > 0;
        if (c->known[i])
            c->val[i] = v->cells[lcg(s) % (uint32_t)v->ncells];
    }
}

/* Checks every output of n random cases of p. Returns how many were checked. */
static long check_cases(const ir_program *p, int pct, int n, uint32_t seed)
{
    interp *it = interp_new(p), *plain = interp_new(p);
    guide_frame *c = guide_frame_new(&p->info), *f = guide_frame_new(&p->info);
    long checked = 0;
    uint32_t s = seed;
    for (int k = 0; k < n; k++) {
        random_case(p, c, pct, &s);
        if (guide_constraints_check(&p->info, c->val, c->known, c->check_work) >= 0)
            continue; /* a case that cannot occur: the readers refuse it */
        memcpy(f->val, c->val, sizeof *f->val * (size_t)p->nvars);
        memcpy(f->known, c->known, (size_t)p->nvars);
        interp_eval(it, f, NULL);
        for (int v = guide_first_output(&p->info); v < p->nvars; v++)
            checked += check_output(p, plain, c, f, &p->vars[v]);
    }
    guide_frame_free(c);
    guide_frame_free(f);
    interp_free(it);
    interp_free(plain);
    return checked;
}

/* Rules Kleene logic cannot see through with a value unknown (a or not a; rows that agree),
 * an output read by another, a first-hit table, an exception and an arithmetic value. */
static const char *const tricky_src =
    "guideline g \"t\" version \"1\" source \"s\"\n"
    "input a : bool\n"
    "input b : bool\n"
    "input site : enum { x, y, z }\n"
    "input size : cm in [0, 100]\n"
    "input depth : cm in [0, 100]\n"
    "derive ratio : % = size / depth * 100\n"
    "output tauto : enum { yes, no }\n"
    "output grade : enum { g1, g2, g3 }\n"
    "output plan : enum { watch, treat }\n"
    "output big : bool\n"
    "rule t1 cites \"§1\" when a or not a then tauto = yes\n"
    "table grades cites \"§2\" hit first\n"
    "  | site | size  | b     || grade |\n"
    "  | x    | <= 5  | -     || g1    |\n"
    "  | x    | > 5   | true  || g2    |\n"
    "  | x    | > 5   | false || g2    |\n"
    "  | y    | -     | -     || g3    |\n"
    "  | -    | <= 2  | -     || g1    |\n"
    "  | -    | -     | -     || g2    |\n"
    "end\n"
    "rule p1 cites \"§3\" when grade == g1 then plan = watch\n"
    "rule p2 cites \"§3\" when grade in {g2, g3} unless a and b then plan = treat\n"
    "rule p3 cites \"§3\" when grade in {g2, g3} and a and b then plan = watch\n"
    "rule b1 cites \"§4\" when ratio > 200 then big = true\n"
    "rule b2 cites \"§4\" when ratio <= 200 or site == z then big = false\n";

static void dd__tricky_rules__same_as_every_world_one_by_one(void **state)
{
    fixture fx;
    fx_compile(&fx, tricky_src, 0);
    assert_non_null(fx.ir);
    long checked = 0;
    for (int pct = 0; pct <= 80; pct += 20)
        checked += check_cases(fx.ir, pct, 200, 0x2009u + (uint32_t)pct);
    assert_true(checked > 100);
    fx_free(&fx);
}

/* The same rules, with constraints between their inputs (one on a number, one on three
 * inputs, one on an input only a constraint reads): answers and asks count only the worlds
 * that break none. */
static void dd__tricky_rules_with_constraints__same_as_every_real_world(void **state)
{
    strbuf src = STRBUF_INIT;
    sb_puts(&src, tricky_src);
    sb_puts(&src, "input stage : enum { early, late }\n"
                  "constraint c1 cites \"§5\" when site == y then a\n"
                  "constraint c2 cites \"§5\" when size > 5 then not b\n"
                  "constraint c3 cites \"§5\" when a and b then site != z and stage == early\n"
                  "constraint c4 cites \"§5\" when stage == late then size > 2\n");
    fixture fx;
    fx_compile(&fx, sb_str(&src), 0);
    if (!fx.ir)
        fprintf(stderr, "%s\n", fx.diags);
    assert_non_null(fx.ir);
    assert_int_equal(fx.ir->info.nconstraints, 4);
    long checked = 0;
    for (int pct = 0; pct <= 80; pct += 20)
        checked += check_cases(fx.ir, pct, 200, 0x2011u + (uint32_t)pct);
    assert_true(checked > 100);
    fx_free(&fx);
    sb_free(&src);
}

static char *read_text(const char *path)
{
    FILE *in = fopen(path, "r");
    if (!in)
        return NULL;
    size_t cap = 1 << 16, len = 0;
    char *s = malloc(cap);
    size_t n;
    while ((n = fread(s + len, 1, cap - len - 1, in)) > 0) {
        len += n;
        if (cap - len < 2)
            s = realloc(s, cap *= 2);
    }
    fclose(in);
    s[len] = 0;
    return s;
}

/* Every rule file of rules/ and tests/ that compiles, on sparse and dense random cases. */
static void dd__every_rule_file__same_as_every_world_one_by_one(void **state)
{
    FILE *list = popen("ls rules/*.guide tests/diff/*.guide tests/golden/ok/*.guide tests/golden/graph/*.guide", "r");
    assert_non_null(list);
    char path[4096];
    int files = 0;
    while (fgets(path, sizeof path, list)) {
        path[strcspn(path, "\n")] = 0;
        char *src = read_text(path);
        assert_non_null(src);
        fixture fx;
        fx_compile(&fx, src, 0);
        if (!fx.ir) {
            fprintf(stderr, "dd: %s does not compile:\n%s\n", path, fx.diags);
            fail();
        }
        long checked = 0;
        for (int pct = 10; pct <= 90; pct += 20)
            checked += check_cases(fx.ir, pct, 30, 0x5eedu + (uint32_t)pct);
        if (checked < 30) {
            fprintf(stderr, "dd: %s: only %ld outputs checked\n", path, checked);
            fail();
        }
        if (getenv("DD_VERBOSE"))
            fprintf(stderr, "dd: %s: %ld outputs checked\n", path, checked);
        files++;
        fx_free(&fx);
        free(src);
    }
    pclose(list);
    assert_true(files >= 8);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(dd__tricky_rules__same_as_every_world_one_by_one),
        cmocka_unit_test(dd__tricky_rules_with_constraints__same_as_every_real_world),
        cmocka_unit_test(dd__every_rule_file__same_as_every_world_one_by_one),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
