/* fuzz_diff.c — libFuzzer differential harness: bytes become a case of rules/gist.guide, which
 * the reference interpreter and the C backend (the code `guidec emit-c rules/gist.guide`
 * generates, compiled into this program) both evaluate, with and without a trace. Values,
 * known flags, output states, how each output was decided, ND, asks, trace events and the
 * printed results (JSON and text, with traces) must be identical; any difference aborts. The
 * bytes are decoded as fuzz_decode.h says. */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "fuzz_decode.h"
#include "gist.h"
#include "interp.h"

#ifndef GUIDE_SOURCE_DIR
#define GUIDE_SOURCE_DIR "."
#endif

static compilation  comp;
static interp      *it;
static guide_frame *fi, *fc, *fu;
static guide_trace *ti, *tc;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    const char *path = GUIDE_SOURCE_DIR "/rules/gist.guide";
    if (compile_file(&comp, path, stderr, COMPILE_LOWER, 0) != 0) {
        fprintf(stderr, "fuzz_diff: %s does not compile\n", path);
        exit(1);
    }
    if (strcmp(comp.ir->sha256, gist_info.sha256) != 0) {
        fprintf(stderr, "fuzz_diff: %s is not the source of the generated gist.c\n", path);
        exit(1);
    }
    it = interp_new(comp.ir);
    fi = guide_frame_new(&comp.ir->info);
    fc = guide_frame_new(&gist_info);
    fu = guide_frame_new(&gist_info);
    ti = guide_trace_new(8192);
    tc = guide_trace_new(8192);
    return 0;
}

static void fail(const char *what)
{
    fprintf(stderr, "fuzz_diff: interpreter and C backend differ: %s\n", what);
    abort();
}

static int same_value(guide_type t, const guide_value *a, const guide_value *b)
{
    switch (t) {
    case GUIDE_BOOL: return a->b == b->b;
    case GUIDE_ENUM: return a->label == b->label;
    case GUIDE_NUMBER:
    case GUIDE_INTEGER: return a->num == b->num || (isnan(a->num) && isnan(b->num));
    case GUIDE_RANGE: return a->range.lo == b->range.lo && a->range.hi == b->range.hi;
    case GUIDE_SET: return a->set == b->set;
    case GUIDE_LIST: return a->list.n == b->list.n && a->list.items == b->list.items;
    }
    return 0;
}

static void compare_frames(const ir_program *p, const guide_frame *a, const guide_frame *b)
{
    int first_out = guide_first_output(&p->info), words = guide_input_words(&p->info);
    for (int v = 0; v < p->nvars; v++) {
        const ir_var *x = &p->vars[v];
        if (a->known[v] != b->known[v])
            fail(x->name);
        if (x->kind != GUIDE_VAR_OUTPUT) {
            if (a->known[v] && !same_value(x->type, &a->val[v], &b->val[v]))
                fail(x->name);
            continue;
        }
        int o = v - first_out;
        const guide_output *oa = &a->out[o], *ob = &b->out[o];
        if (oa->state != ob->state || oa->how != ob->how || oa->is_null != ob->is_null)
            fail(x->name);
        if (oa->state == GUIDE_CONCLUDED && !oa->is_null && !same_value(x->type, &a->val[v], &b->val[v]))
            fail(x->name);
        if (memcmp(guide_asks(a, o), guide_asks(b, o), sizeof(uint64_t) * (size_t)words) != 0)
            fail(x->name);
        if (memcmp(guide_possible(a, o), guide_possible(b, o),
                   sizeof(uint64_t) * (a->possible_at[o + 1] - a->possible_at[o])) != 0)
            fail(x->name);
    }
}

static char *printed(const guide_frame *f, const guide_trace *t, size_t *len)
{
    char *buf = NULL;
    FILE *m = open_memstream(&buf, len);
    if (!m)
        abort();
    guide_print_opts json = {GUIDE_FMT_JSON, 1, 1, 1}, text = {GUIDE_FMT_TEXT, 1, 1, 0};
    guide_print_result(m, f, t, &json);
    guide_print_result(m, f, t, &text);
    fclose(m);
    return buf;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ir_program *p = comp.ir;
    bytes b = {data, size};
    fuzz_decode_case(&b, fi, p);
    size_t nv = (size_t)p->nvars;
    guide_frame_clear(fc);
    guide_frame_clear(fu);
    memcpy(fc->val, fi->val, sizeof *fi->val * nv);
    memcpy(fc->known, fi->known, nv);
    memcpy(fu->val, fi->val, sizeof *fi->val * nv);
    memcpy(fu->known, fi->known, nv);
    ti->len = tc->len = 0;
    ti->overflow = tc->overflow = 0;
    interp_eval(it, fi, ti);
    if (gist_eval_frame(fc, tc) != 0 || gist_eval_frame(fu, NULL) != 0)
        fail("the compiled code rejected an admissible case");
    compare_frames(p, fi, fc);
    compare_frames(p, fi, fu);
    if (ti->len != tc->len || ti->overflow != tc->overflow)
        fail("trace lengths");
    for (size_t i = 0; i < ti->len; i++)
        if (ti->ev[i].kind != tc->ev[i].kind || ti->ev[i].status != tc->ev[i].status ||
            ti->ev[i].index != tc->ev[i].index)
            fail("trace events");
    size_t la, lc;
    char *a = printed(fi, ti, &la), *c = printed(fc, tc, &lc);
    if (la != lc || memcmp(a, c, la) != 0)
        fail("printed results");
    free(a);
    free(c);
    return 0;
}
