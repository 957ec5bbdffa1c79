/* test_dd.c — the decision-diagram walk against its definition, by brute force (the oracle of
 * dd_oracle.h, which says what is compared), on random partial cases of every rule file of
 * rules/ and tests/, and of rules written to be hard for Kleene logic. */
#include <math.h>

#include "compile_fixture.h"

#define DD_FAIL() fail()
#include "dd_oracle.h"

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
        guide_case_error err;
        if (guide_check_evaluated(f, &err) < 0)
            continue; /* its derived values break one: the readers refuse it too */
        for (int v = guide_first_output(&p->info); v < p->nvars; v++)
            checked += dd_oracle_check_output(p, plain, c, f, &p->vars[v]);
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
