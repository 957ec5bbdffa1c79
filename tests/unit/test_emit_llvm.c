/* test_emit_llvm.c — the LLVM backend's ABI: the structs it lays out are those NAME.h from
 * emit-c declares (tests/golden/ok/emitc.h, included here), and NAME_eval, JIT-compiled and
 * called through those C types, gives the interpreter's answers. (That every evaluation agrees
 * with the interpreter is tests/diff's job.) */
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
    interp *it = interp_new(p, INTERP_DEFAULT_BUDGET);
    guide_frame *f = guide_frame_new(&p->info);
    const guide_ruleset_info *rs = &p->info;
    int first = guide_first_output(rs);
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
                if (rupture >= 0) { /* else unknown: the search decides or asks */
                    in.rupture = rupture;
                    EMITC_KNOW(&in, EMITC_IN_rupture);
                    f->val[EMITC_IN_rupture].b = rupture;
                    f->known[EMITC_IN_rupture] = 1;
                }
                emitc_output out;
                assert_int_equal(eval(&in, &out, NULL), 0);
                interp_eval(it, f, NULL);
                for (int o = 0; o < EMITC_NOUTPUTS; o++) {
                    assert_int_equal(out.state[o].state, f->out[o].state);
                    assert_int_equal(out.state[o].how, f->out[o].how);
                    assert_int_equal(out.state[o].is_null, f->out[o].is_null);
                    assert_memory_equal(out.asks[o], guide_asks(f, o), sizeof out.asks[o]);
                }
                if (out.state[EMITC_OUT_risk].state == GUIDE_CONCLUDED)
                    assert_int_equal(out.risk, f->val[first + EMITC_OUT_risk].label);
                if (out.state[EMITC_OUT_exams].state == GUIDE_CONCLUDED)
                    assert_int_equal(out.exams, f->val[first + EMITC_OUT_exams].set);
            }
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
        cmocka_unit_test(emitll__unknown_target__error_not_crash),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
