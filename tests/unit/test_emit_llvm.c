/* test_emit_llvm.c — the LLVM backend's ABI: the structs it lays out are those NAME.h from
 * emit-c declares (tests/golden/ok/emitc.h, included here), the decision diagrams it holds are
 * the compiler's as guide.h's C structs read them, and NAME_eval, JIT-compiled and called
 * through those C types, gives the interpreter's answers, possible answers included. (That
 * every evaluation agrees with the interpreter is tests/diff's job.) */
#include "compile_fixture.h"

#include <stddef.h>

#include "compile.h"
#include "emit_llvm.h"
#include "../golden/ok/emitc.h"

static const char *const golden = "tests/golden/ok/emitc.guide";

static void emitll__golden_ruleset__struct_layout_is_the_c_header_s(void **state)
{
    (void)state;
    compilation comp;
    assert_int_equal(compile_file(&comp, golden, stderr, COMPILE_LOWER, 0), 0);
    const ir_program *p = comp.ir;
    size_t off[64];
    emitll_layout_info l = {0};
    l.var_off = off;
    strbuf err = STRBUF_INIT;
    assert_true(p->nvars <= 64);
    assert_int_equal(emitll_layout(p, &l, &err), 0);
    assert_int_equal(l.in_size, sizeof(emitc_input));
    assert_int_equal(l.out_size, sizeof(emitc_output));
    assert_int_equal(l.state_off, offsetof(emitc_output, state));
    assert_int_equal(l.asks_off, offsetof(emitc_output, asks));
    assert_int_equal(l.dknown_off, offsetof(emitc_output, derived_known));
    assert_int_equal(l.possible_off, offsetof(emitc_output, possible));
    assert_int_equal(l.possible_words, sizeof(((emitc_output *)0)->possible) / sizeof(uint64_t));
    const guide_ruleset_info *rs = &p->info;
    assert_int_equal(off[guide_var_index(rs, "site")], offsetof(emitc_input, site));
    assert_int_equal(off[guide_var_index(rs, "size_cm")], offsetof(emitc_input, size_cm));
    assert_int_equal(off[guide_var_index(rs, "before_cm")], offsetof(emitc_input, before_cm));
    assert_int_equal(off[guide_var_index(rs, "lines")], offsetof(emitc_input, lines));
    assert_int_equal(off[guide_var_index(rs, "rupture")], offsetof(emitc_input, rupture));
    assert_int_equal(off[guide_var_index(rs, "risk")], offsetof(emitc_output, risk));
    assert_int_equal(off[guide_var_index(rs, "pct")], offsetof(emitc_output, pct));
    assert_int_equal(off[guide_var_index(rs, "line")], offsetof(emitc_output, line));
    assert_int_equal(off[guide_var_index(rs, "exams")], offsetof(emitc_output, exams));
    assert_int_equal(off[guide_var_index(rs, "treat")], offsetof(emitc_output, treat));
    assert_int_equal(off[guide_var_index(rs, "change")], offsetof(emitc_output, change));
    compile_free(&comp);
}

typedef int (*eval_fn)(const emitc_input *, emitc_output *, guide_trace *);

static void emitll__jit_eval_through_c_types__interpreter_answers(void **state)
{
    (void)state;
    compilation comp;
    assert_int_equal(compile_file(&comp, golden, stderr, COMPILE_LOWER, 0), 0);
    const ir_program *p = comp.ir;
    strbuf err = STRBUF_INIT;
    emitll_jit *j = emitll_jit_load(p, &err);
    assert_non_null(j);
    void *sym = emitll_jit_lookup(j, "emitc_eval");
    assert_non_null(sym);
    eval_fn eval;
    memcpy(&eval, &sym, sizeof sym);
    interp *it = interp_new(p);
    guide_frame *f = guide_frame_new(&p->info);
    const guide_ruleset_info *rs = &p->info;
    int first = guide_first_output(rs), undetermined = 0;
    for (int site = 0; site < 3; site++)
        for (double size = 0; size <= 30; size += 2.5)
            for (int rupture = -1; rupture <= 1; rupture++) {
                emitc_input in;
                memset(&in, 0, sizeof in);
                guide_frame_clear(f);
                in.site = site;
                EMITC_KNOW(&in, EMITC_IN_site);
                in.size_cm = size;
                EMITC_KNOW(&in, EMITC_IN_size_cm);
                f->val[EMITC_IN_site].label = site;
                f->val[EMITC_IN_size_cm].num = size;
                f->known[EMITC_IN_site] = f->known[EMITC_IN_size_cm] = 1;
                if (rupture >= 0) { /* else unknown: the diagram decides or asks */
                    in.rupture = rupture;
                    EMITC_KNOW(&in, EMITC_IN_rupture);
                    f->val[EMITC_IN_rupture].b = rupture;
                    f->known[EMITC_IN_rupture] = 1;
                }
                emitc_output out;
                assert_int_equal(eval(&in, &out, NULL), 0);
                interp_eval(it, f, NULL);
                size_t at = 0; /* output o's possible answers: after the words of those before */
                for (int o = 0; o < EMITC_NOUTPUTS; o++) {
                    assert_int_equal(out.state[o].state, f->out[o].state);
                    assert_int_equal(out.state[o].how, f->out[o].how);
                    assert_int_equal(out.state[o].is_null, f->out[o].is_null);
                    size_t words = (size_t)guide_dd_leaf_words(&p->dds[o]);
                    assert_int_equal(f->possible_at[o], at);
                    /* asks and possible answers are written where the diagram was walked */
                    if (out.state[o].how != GUIDE_HOW_DIRECT) {
                        assert_memory_equal(out.asks[o], guide_asks(f, o), sizeof out.asks[o]);
                        assert_memory_equal(out.possible + at, guide_possible(f, o), sizeof *out.possible * words);
                    }
                    at += words;
                }
                undetermined += out.state[EMITC_OUT_exams].how == GUIDE_HOW_DEPENDS;
                if (out.state[EMITC_OUT_risk].state == GUIDE_CONCLUDED)
                    assert_int_equal(out.risk, f->val[first + EMITC_OUT_risk].label);
                if (out.state[EMITC_OUT_exams].state == GUIDE_CONCLUDED)
                    assert_int_equal(out.exams, f->val[first + EMITC_OUT_exams].set);
            }
    /* exams above 10 cm with rupture unknown: the walk finds it undetermined, {ct} or {ct, mri} */
    assert_true(undetermined > 0);
    /* an input outside its range: rejected, every output undetermined */
    emitc_input in;
    memset(&in, 0, sizeof in);
    in.size_cm = 31;
    EMITC_KNOW(&in, EMITC_IN_size_cm);
    emitc_output out;
    assert_int_equal(eval(&in, &out, NULL), 1 + EMITC_IN_size_cm);
    assert_int_equal(out.state[EMITC_OUT_risk].state, GUIDE_UNDETERMINED);
    guide_frame_free(f);
    interp_free(it);
    emitll_jit_free(j);
    compile_free(&comp);
}

static void emitll__jit_info__diagrams_are_the_compilers(void **state)
{
    (void)state;
    compilation comp;
    assert_int_equal(compile_file(&comp, golden, stderr, COMPILE_LOWER, 0), 0);
    const ir_program *p = comp.ir;
    strbuf err = STRBUF_INIT;
    emitll_jit *j = emitll_jit_load(p, &err);
    assert_non_null(j);
    const guide_ruleset_info *rs = emitll_jit_info(j);
    assert_non_null(rs->dds);
    size_t words = (size_t)guide_input_words(rs);
    for (int o = 0; o < p->noutputs; o++) {
        const guide_dd *want = &p->dds[o], *got = &rs->dds[o];
        assert_int_equal(got->output, want->output);
        assert_int_equal(got->nlevels, want->nlevels);
        for (int l = 0; l < want->nlevels; l++) {
            const guide_dd_level *a = &got->levels[l], *b = &want->levels[l];
            assert_int_equal(a->var, b->var);
            assert_int_equal(a->ncells, b->ncells);
            assert_int_equal(a->ncuts, b->ncuts);
            if (b->ncuts)
                assert_memory_equal(a->cuts, b->cuts, sizeof *b->cuts * (size_t)b->ncuts);
            assert_int_equal(a->pos_cell != NULL, b->pos_cell != NULL);
            if (b->pos_cell)
                assert_memory_equal(a->pos_cell, b->pos_cell, sizeof *b->pos_cell * (2 * (size_t)b->ncuts + 1));
            assert_memory_equal(a->inputs, b->inputs, sizeof *b->inputs * words);
            assert_int_equal(a->nderived, b->nderived);
            if (b->nderived) {
                assert_memory_equal(a->derived, b->derived, sizeof *b->derived * (size_t)b->nderived);
                assert_memory_equal(a->from_at, b->from_at, sizeof *b->from_at * ((size_t)b->nderived + 1));
                assert_memory_equal(a->from, b->from, sizeof *b->from * (size_t)b->from_at[b->nderived]);
            }
        }
        assert_int_equal(got->nnodes, want->nnodes);
        size_t nkids = 0;
        for (int n = 0; n < want->nnodes; n++) {
            assert_int_equal(got->node_level[n], want->node_level[n]);
            assert_int_equal(got->node_kids[n], want->node_kids[n]);
            nkids += (size_t)want->levels[want->node_level[n]].ncells;
        }
        if (nkids)
            assert_memory_equal(got->kids, want->kids, sizeof *want->kids * nkids);
        assert_int_equal(got->root, want->root);
        assert_int_equal(got->nleaves, want->nleaves);
        for (int k = 0; k < want->nleaves; k++) {
            assert_int_equal(got->leaves[k].state, want->leaves[k].state);
            assert_int_equal(got->leaves[k].is_null, want->leaves[k].is_null);
            ir_value a = {got->leaves[k].v, got->leaves[k].is_null};
            ir_value b = {want->leaves[k].v, want->leaves[k].is_null};
            assert_true(want->leaves[k].state != GUIDE_CONCLUDED || ir_value_equal(p, want->output, &a, &b));
        }
        assert_memory_equal(got->cone, want->cone, sizeof *want->cone * words);
        assert_int_equal(guide_dd_work_size(got), guide_dd_work_size(want));
    }
    emitll_jit_free(j);
    compile_free(&comp);
}

/* o is x whatever a and b are, though no rule says so for unknown a and b; o2 is x or y as a
 * is true or false. */
static const char *const walked =
    "guideline walked \"diagram walks\" version \"1\" source \"t\"\n"
    "input a : bool\n"
    "input b : bool\n"
    "output o : enum { x, y }\n"
    "output o2 : enum { x, y }\n"
    "rule r1 cites \"1\" when a then o = x\n"
    "rule r2 cites \"1\" when not a and b then o = x\n"
    "rule r3 cites \"1\" when not a and not b then o = x\n"
    "rule r4 cites \"1\" when a then o2 = x\n"
    "rule r5 cites \"1\" when not a then o2 = y\n";

static void emitll__unknown_inputs__walk_decides_or_lists_possible_answers(void **state)
{
    (void)state;
    fixture fx;
    fx_compile(&fx, walked, 0);
    assert_non_null(fx.ir);
    strbuf err = STRBUF_INIT;
    emitll_jit *j = emitll_jit_load(fx.ir, &err);
    assert_non_null(j);
    guide_frame *fj = guide_frame_new(emitll_jit_info(j)), *fi = guide_frame_new(&fx.ir->info);
    guide_trace *tj = guide_trace_new(64), *ti = guide_trace_new(64);
    assert_int_equal(emitll_jit_eval(j, fj, tj), 0);
    interp *it = interp_new(fx.ir);
    interp_eval(it, fi, ti);
    /* o: the one answer of every world, decided without a and b */
    const guide_output *o = fx_out(&fx, fj, "o");
    assert_int_equal(o->state, GUIDE_CONCLUDED);
    assert_int_equal(o->how, GUIDE_HOW_SEARCH);
    assert_int_equal(guide_asks(fj, 0)[0], 3);
    assert_int_equal(guide_possible(fj, 0)[0], 0);
    /* o2: undetermined, a to ask for, x and y possible */
    o = fx_out(&fx, fj, "o2");
    assert_int_equal(o->state, GUIDE_UNDETERMINED);
    assert_int_equal(o->how, GUIDE_HOW_DEPENDS);
    assert_int_equal(guide_asks(fj, 1)[0], 1);
    assert_int_equal(__builtin_popcountll(guide_possible(fj, 1)[0]), 2);
    /* and all of it as the interpreter has it */
    assert_int_equal(fj->possible_at[2], fi->possible_at[2]);
    assert_memory_equal(fj->out, fi->out, sizeof *fi->out * 2);
    assert_memory_equal(fj->known, fi->known, (size_t)fx.ir->nvars);
    assert_memory_equal(fj->asks, fi->asks, sizeof *fi->asks * 2);
    assert_memory_equal(fj->possible, fi->possible, sizeof *fi->possible * fi->possible_at[2]);
    assert_int_equal(tj->len, ti->len);
    assert_memory_equal(tj->ev, ti->ev, sizeof *ti->ev * ti->len);
    guide_trace_free(tj);
    guide_trace_free(ti);
    guide_frame_free(fj);
    guide_frame_free(fi);
    interp_free(it);
    emitll_jit_free(j);
    fx_free(&fx);
}

static void emitll__unknown_target__error_not_crash(void **state)
{
    (void)state;
    compilation comp;
    assert_int_equal(compile_file(&comp, golden, stderr, COMPILE_LOWER, 0), 0);
    emitll_options o = {EMITLL_OBJ, "nonsense-cpu-os", NULL};
    strbuf err = STRBUF_INIT;
    assert_int_equal(emitll_write(comp.ir, "/nonexistent/x.o", &o, &err), 2);
    assert_non_null(strstr(sb_str(&err), "unknown target 'nonsense-cpu-os'"));
    sb_free(&err);
    compile_free(&comp);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(emitll__golden_ruleset__struct_layout_is_the_c_header_s),
        cmocka_unit_test(emitll__jit_eval_through_c_types__interpreter_answers),
        cmocka_unit_test(emitll__jit_info__diagrams_are_the_compilers),
        cmocka_unit_test(emitll__unknown_inputs__walk_decides_or_lists_possible_answers),
        cmocka_unit_test(emitll__unknown_target__error_not_crash),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
