/* evaluator.c — the evaluator interface (evaluator.h): one table of kinds, and each kind's
 * open, eval and close over interp.h, cbackend.h and emit_llvm.h. */
#include "evaluator.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emit_llvm.h"
#include "interp.h"
#include "oom.h"
#include "xalloc.h"

struct evaluator {
    evaluator_kind   kind;  /* INTERP, C or JIT */
    const ir_program *p;
    interp           *it;   /* INTERP: this evaluator's own */
    cb_ruleset       *cb;   /* C */
    emitll_jit       *jit;  /* JIT */
    int               owns; /* cb or jit is closed with this evaluator (not a shared one) */
};

/* The one table of kinds: the name an option gives, and what evaluates. */
static const struct {
    const char *name, *text;
} kinds[] = {
    [EVALUATOR_AUTO] = {"auto", "the first of jit, c and interp that can be had"},
    [EVALUATOR_INTERP] = {"interp", "interpreter"},
    [EVALUATOR_C] = {"c", "rules compiled to C"},
    [EVALUATOR_JIT] = {"jit", "rules compiled by the JIT"},
};
enum { NKINDS = sizeof kinds / sizeof *kinds };

int evaluator_kind_parse(const char *name, int allow_auto, evaluator_kind *kind, strbuf *err)
{
    int first = allow_auto ? EVALUATOR_AUTO : EVALUATOR_INTERP;
    for (int k = first; k < NKINDS; k++)
        if (strcmp(name, kinds[k].name) == 0) {
            *kind = (evaluator_kind)k;
            return 0;
        }
    sb_printf(err, "unknown backend '%s' (expected ", name);
    for (int k = first; k < NKINDS; k++)
        sb_printf(err, "%s%s", k == first ? "" : k == NKINDS - 1 ? " or " : ", ", kinds[k].name);
    sb_puts(err, ")");
    return -1;
}

const char *evaluator_kind_name(evaluator_kind kind)
{
    return kinds[kind].name;
}

const char *evaluator_kind_text(evaluator_kind kind)
{
    return kinds[kind].text;
}

static evaluator *evaluator_new(evaluator_kind kind, const ir_program *p)
{
    evaluator *ev = guide_xcalloc(1, sizeof *ev, "an evaluator");
    ev->kind = kind;
    ev->p = p;
    ev->owns = 1;
    return ev;
}

static evaluator *open_interp(const ir_program *p)
{
    evaluator *ev = evaluator_new(EVALUATOR_INTERP, p);
    ev->it = interp_new_indexed(p);
    return ev;
}

/* An evaluator of kind over compiled code just loaded (cb or jit; both NULL: the load failed,
 * and NULL is returned). */
static evaluator *open_compiled(evaluator_kind kind, const ir_program *p, cb_ruleset *cb,
                                emitll_jit *jit)
{
    evaluator *ev = cb || jit ? evaluator_new(kind, p) : NULL;
    if (!ev) {
        cb_unload(cb);
        emitll_jit_free(jit);
        return NULL;
    }
    ev->cb = cb;
    ev->jit = jit;
    return ev;
}

static evaluator *open_c(const ir_program *p, const cb_options *o, strbuf *err)
{
    return open_compiled(EVALUATOR_C, p, cb_load(p, o, err), NULL);
}

static evaluator *open_jit(const ir_program *p, strbuf *err)
{
    return open_compiled(EVALUATOR_JIT, p, NULL, emitll_jit_load(p, err));
}

/* AUTO: the JIT, else C (quietly: a missing compiler is no error here), else the interpreter;
 * a line in err for each passed over. */
static evaluator *open_auto(const ir_program *p, const cb_options *c_opts, strbuf *err)
{
    strbuf why = STRBUF_INIT;
    evaluator *ev = open_jit(p, &why);
    if (!ev) {
        sb_printf(err, "the jit backend is not available (%s); trying c\n", sb_str(&why));
        sb_clear(&why);
        cb_options quiet = c_opts ? *c_opts : (cb_options){NULL, NULL, 1, 0};
        ev = open_c(p, &quiet, &why);
        if (!ev) {
            sb_printf(err, "the C backend is not available (%s); using the interpreter\n",
                      sb_str(&why));
            ev = open_interp(p);
        }
    }
    sb_free(&why);
    return ev;
}

evaluator *evaluator_open_with(evaluator_kind kind, const ir_program *p, const cb_options *c_opts,
                               strbuf *err)
{
    evaluator *ev = NULL;
    guide_oom_exit_begin(); /* compiler code: out of memory ends the program (oom.h) */
    switch (kind) {
    case EVALUATOR_AUTO: ev = open_auto(p, c_opts, err); break;
    case EVALUATOR_INTERP: ev = open_interp(p); break;
    case EVALUATOR_C: ev = open_c(p, c_opts, err); break;
    case EVALUATOR_JIT: ev = open_jit(p, err); break;
    }
    guide_oom_exit_end();
    return ev;
}

evaluator *evaluator_open(evaluator_kind kind, const ir_program *p, strbuf *err)
{
    return evaluator_open_with(kind, p, NULL, err);
}

evaluator *evaluator_share(const evaluator *ev)
{
    if (ev->kind == EVALUATOR_INTERP)
        return open_interp(ev->p);
    evaluator *copy = evaluator_new(ev->kind, ev->p);
    copy->cb = ev->cb;
    copy->jit = ev->jit;
    copy->owns = 0;
    return copy;
}

void evaluator_close(evaluator *ev)
{
    if (!ev)
        return;
    interp_free(ev->it);
    if (ev->owns) {
        cb_unload(ev->cb);
        emitll_jit_free(ev->jit);
    }
    free(ev);
}

evaluator_kind evaluator_kind_of(const evaluator *ev)
{
    return ev->kind;
}

const guide_ruleset_info *evaluator_info(const evaluator *ev)
{
    switch (ev->kind) {
    case EVALUATOR_C: return cb_info(ev->cb);
    case EVALUATOR_JIT: return emitll_jit_info(ev->jit);
    default: return &ev->p->info;
    }
}

int evaluator_eval(evaluator *ev, guide_frame *f, guide_trace *t)
{
    switch (ev->kind) {
    case EVALUATOR_C: return cb_eval(ev->cb, f, t);
    case EVALUATOR_JIT: return emitll_jit_eval(ev->jit, f, t);
    default: interp_eval(ev->it, f, t); return 0;
    }
}

int evaluator_eval_checked(evaluator *ev, guide_frame *f, guide_trace *t, guide_case_error *err)
{
    int bad = evaluator_eval(ev, f, t);
    if (!bad)
        return guide_check_evaluated(f, err);
    /* the case reader checks what the compiled code checks: not expected */
    memset(err, 0, sizeof *err);
    snprintf(err->field, sizeof err->field, "%s", f->rs->vars[bad - 1].name);
    snprintf(err->message, sizeof err->message, "the compiled rules reject this value");
    return -1;
}

void *evaluator_symbol(const evaluator *ev, const char *name)
{
    switch (ev->kind) {
    case EVALUATOR_C: return cb_symbol(ev->cb, name);
    case EVALUATOR_JIT: return emitll_jit_lookup(ev->jit, name);
    default: return NULL;
    }
}
