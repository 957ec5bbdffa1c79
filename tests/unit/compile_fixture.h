/* compile_fixture.h — compiles rule text held in a string, for unit tests of the checker,
 * interpreter and analyses; the diagnostics are captured as text. */
#ifndef GUIDE_COMPILE_FIXTURE_H
#define GUIDE_COMPILE_FIXTURE_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyse.h"
#include "ast.h"
#include "interp.h"
#include "lower.h"

typedef struct fixture {
    arena       a;
    src_file    file;
    diag_ctx    d;
    ir_program *ir;
    char       *diags;  /* everything reported */
    size_t      ndiags;
    FILE       *out;
} fixture;

/* Parses, checks and lowers src; with analyse, runs the analyses too. */
static inline void fx_compile(fixture *fx, const char *src, int analyse)
{
    memset(fx, 0, sizeof *fx);
    arena_init(&fx->a);
    strbuf err = STRBUF_INIT;
    assert_int_equal(src_from_string(&fx->file, "t.guide", src, strlen(src), &err), 0);
    fx->out = open_memstream(&fx->diags, &fx->ndiags);
    diag_init(&fx->d, &fx->file, fx->out);
    ast_program *ast = parse_program(&fx->a, &fx->d, &fx->file);
    if (fx->d.errors == 0)
        fx->ir = lower_program(&fx->a, &fx->d, &fx->file, ast);
    if (fx->d.errors == 0 && analyse)
        an_check(&fx->a, &fx->d, fx->ir, AN_DEFAULT_BUDGET);
    fflush(fx->out);
}

static inline void fx_free(fixture *fx)
{
    fclose(fx->out);
    free(fx->diags);
    src_free(&fx->file);
    arena_free(&fx->a);
}

/* Sets input `name` of frame f to a label, number or bool. */
static inline void fx_label(const fixture *fx, guide_frame *f, const char *name, const char *label)
{
    int v = guide_var_index(&fx->ir->info, name);
    assert_true(v >= 0);
    int l = guide_label_index(&fx->ir->info, v, label);
    assert_true(l >= 0);
    f->val[v].label = l;
    f->known[v] = 1;
}
static inline void fx_num(const fixture *fx, guide_frame *f, const char *name, double x)
{
    int v = guide_var_index(&fx->ir->info, name);
    assert_true(v >= 0);
    f->val[v].num = x;
    f->known[v] = 1;
}
static inline void fx_bool(const fixture *fx, guide_frame *f, const char *name, int b)
{
    int v = guide_var_index(&fx->ir->info, name);
    assert_true(v >= 0);
    f->val[v].b = b;
    f->known[v] = 1;
}
/* The output record of `name`. */
static inline const guide_output *fx_out(const fixture *fx, const guide_frame *f, const char *name)
{
    int v = guide_var_index(&fx->ir->info, name);
    assert_true(v >= guide_first_output(&fx->ir->info));
    return &f->out[v - guide_first_output(&fx->ir->info)];
}
/* The label an enum output concluded. */
static inline const char *fx_out_label(const fixture *fx, const guide_frame *f, const char *name)
{
    int v = guide_var_index(&fx->ir->info, name);
    const guide_output *o = fx_out(fx, f, name);
    if (o->state != GUIDE_CONCLUDED)
        return "(not concluded)";
    return fx->ir->vars[v].labels[f->val[v].label];
}
/* Nonzero if input `input` is in the asks of output `name`. */
static inline int fx_asks(const fixture *fx, const guide_frame *f, const char *name, const char *input)
{
    int v = guide_var_index(&fx->ir->info, name);
    int i = guide_var_index(&fx->ir->info, input);
    const uint64_t *a = guide_asks(f, v - guide_first_output(&fx->ir->info));
    return (int)((a[i / 64] >> (i % 64)) & 1);
}

#endif
