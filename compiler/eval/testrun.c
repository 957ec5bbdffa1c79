/* testrun.c — embedded tests: give the inputs, evaluate with the reference interpreter, compare
 * every expectation. */
#include "testrun.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

/* What an output came to, for a failure message. */
static void describe(const ir_program *p, const guide_frame *f, int var, strbuf *sb)
{
    int oi = var - guide_first_output(&p->info);
    const guide_output *o = &f->out[oi];
    if (o->state != GUIDE_CONCLUDED) {
        sb_puts(sb, guide_state_word(o->state));
        return;
    }
    ir_value v = {f->val[var], o->is_null};
    ir_value_text(sb, p, var, &v);
}

/* `rule R fired in every case`: R's diagram (dd_build.c clause_dds) walked for the case as an
 * output's is, taking every branch of an unknown input: the one answer it reaches must be
 * "fired". Otherwise says what it reached and the inputs that would decide it. */
static int fired_always(const ir_program *p, const ir_test *t, const ir_expect *e,
                        const guide_frame *f, diag_ctx *d)
{
    const guide_dd *dd = p->clause_dds[e->target];
    int words = guide_input_words(&p->info);
    int32_t *work = guide_xcalloc(guide_dd_work_size(dd) + 1, sizeof *work, "the tests");
    uint64_t *possible =
        guide_xcalloc((size_t)guide_dd_leaf_words(dd) + 1, sizeof *possible, "the tests");
    uint64_t *asks = guide_xcalloc((size_t)words + 1, sizeof *asks, "the tests");
    int leaf = 0;
    int n = guide_dd_walk(dd, p->ninputs, f->val, f->known, work, NULL, possible, asks, &leaf);
    const guide_dd_leaf *l = &dd->leaves[leaf];
    int ok = n == 1 && l->state == GUIDE_CONCLUDED && l->v.b;
    if (!ok) {
        strbuf why = STRBUF_INIT;
        if (n == 1)
            sb_puts(&why, l->state == GUIDE_CONCLUDED ? "it never fires for this case"
                                                      : "whether it fires is undetermined");
        else
            sb_puts(&why, "whether it fires depends on");
        for (int i = 0, k = 0; n > 1 && i < p->ninputs; i++)
            if (asks[i / 64] >> (i % 64) & 1)
                sb_printf(&why, "%s%s", k++ ? ", " : " ", p->vars[i].name);
        diag_error(d, e->sp, "test \"%s\": rule %s was expected to fire in every case, but %s",
                   t->name, p->clauses[e->target].name, sb_str(&why));
        sb_free(&why);
    }
    free(work);
    free(possible);
    free(asks);
    return ok;
}

/* Returns nonzero if the expectation holds; otherwise reports why. */
static int check_expect(const ir_program *p, const ir_test *t, const ir_expect *e, const guide_frame *f,
                        const uint8_t *status, diag_ctx *d)
{
    if (e->kind == IR_X_FIRED_ALWAYS)
        return fired_always(p, t, e, f, d);
    if (e->kind == IR_X_FIRED || e->kind == IR_X_NOT_FIRED) {
        int fired = status[e->target] == GUIDE_CL_FIRED;
        if (fired == (e->kind == IR_X_FIRED))
            return 1;
        diag_error(d, e->sp, "test \"%s\": rule %s was expected %s, but it was %s", t->name,
                   p->clauses[e->target].name, e->kind == IR_X_FIRED ? "to fire" : "not to fire",
                   guide_status_phrase(status[e->target], 0));
        return 0;
    }
    const ir_var *v = &p->vars[e->target];
    const guide_output *o = &f->out[e->target - guide_first_output(&p->info)];
    int ok;
    switch (e->kind) {
    case IR_X_VALUE: {
        ir_value actual = {f->val[e->target], o->is_null};
        ok = o->state == GUIDE_CONCLUDED && ir_value_equal(p, e->target, &actual, &e->val);
        break;
    }
    case IR_X_UNDETERMINED: ok = o->state == GUIDE_UNDETERMINED; break;
    case IR_X_NA: ok = o->state == GUIDE_NOT_APPLICABLE; break;
    default: ok = o->state == GUIDE_CONFLICT; break;
    }
    if (ok)
        return 1;
    strbuf want = STRBUF_INIT, got = STRBUF_INIT;
    switch (e->kind) {
    case IR_X_VALUE: ir_value_text(&want, p, e->target, &e->val); break;
    case IR_X_UNDETERMINED: sb_puts(&want, guide_state_word(GUIDE_UNDETERMINED)); break;
    case IR_X_NA: sb_puts(&want, guide_state_word(GUIDE_NOT_APPLICABLE)); break;
    default: sb_puts(&want, guide_state_word(GUIDE_CONFLICT)); break;
    }
    describe(p, f, e->target, &got);
    diag_error(d, e->sp, "test \"%s\": expected %s = %s, got %s", t->name, v->name, sb_str(&want),
               sb_str(&got));
    sb_free(&want);
    sb_free(&got);
    return 0;
}

/* Reports and returns nonzero when the case of test t in f breaks a constraint (a test of a
 * case that cannot occur proves nothing): its givens, or once evaluated (evaluated) the derived
 * values computed from them (guide_check_evaluated). */
static int breaks_constraint(const ir_test *t, const guide_frame *f, int evaluated, diag_ctx *d)
{
    guide_case_error err;
    if ((evaluated ? guide_check_evaluated(f, &err) : guide_check_case(f, &err)) == 0)
        return 0;
    diag_error(d, t->sp, "test \"%s\": %s", t->name, err.message);
    diag_hint(d, "a test gives a case that can occur: change the givens, or the constraint");
    return 1;
}

/* Puts test t's givens into f; reports and returns nonzero when they break a constraint. */
static int load_given(const ir_test *t, guide_frame *f, diag_ctx *d)
{
    guide_frame_clear(f);
    for (int g = 0; g < t->ngiven; g++) {
        f->val[t->given_vars[g]] = t->given_vals[g].v;
        f->known[t->given_vars[g]] = 1;
    }
    return breaks_constraint(t, f, 0, d);
}

/* Counts test t as failed, and says so when verbose. */
static void test_failed(const ir_test *t, FILE *out, int verbose, tr_summary *s)
{
    s->failed++;
    if (verbose)
        fprintf(out, "%-4s %s\n", "FAIL", t->name);
}

void tr_run(const ir_program *p, interp *it, diag_ctx *d, FILE *out, int verbose, tr_summary *s)
{
    guide_frame *f = guide_xcheck(guide_frame_new(&p->info), "a case's values");
    memset(s, 0, sizeof *s);
    s->covered = guide_xcalloc((size_t)p->nclauses + 1, 1, "the tests");
    for (int i = 0; i < p->ntests; i++) {
        const ir_test *t = &p->tests[i];
        if (load_given(t, f, d)) {
            test_failed(t, out, verbose, s);
            continue;
        }
        interp_eval(it, f, NULL);
        if (breaks_constraint(t, f, 1, d)) {
            test_failed(t, out, verbose, s);
            continue;
        }
        const uint8_t *status = interp_clause_status(it);
        for (int c = 0; c < p->nclauses; c++)
            if (status[c] == GUIDE_CL_FIRED)
                s->covered[c] = 1;
        int ok = 1;
        for (int k = 0; k < t->nexpect; k++)
            ok &= check_expect(p, t, &t->expect[k], f, status, d);
        if (ok)
            s->passed++;
        else
            s->failed++;
        if (verbose)
            fprintf(out, "%-4s %s\n", ok ? "ok" : "FAIL", t->name);
    }
    guide_frame_free(f);
}

void tr_run_compiled(const ir_program *p, const guide_ruleset_info *rs, tr_eval_fn eval,
                     const void *ctx, diag_ctx *d, FILE *out, int verbose, tr_summary *s)
{
    guide_frame *f = guide_xcheck(guide_frame_new(rs), "a case's values");
    /* Each rule, row, derived value and output appears at most once in one evaluation's trace. */
    guide_trace *t =
        guide_xcheck(guide_trace_new((size_t)p->nvars + (size_t)p->nclauses + 1), "a trace");
    uint8_t *status = guide_xcalloc((size_t)p->nclauses + 1, 1, "the tests");
    memset(s, 0, sizeof *s);
    s->covered = guide_xcalloc((size_t)p->nclauses + 1, 1, "the tests");
    for (int i = 0; i < p->ntests; i++) {
        const ir_test *test = &p->tests[i];
        if (load_given(test, f, d)) {
            test_failed(test, out, verbose, s);
            continue;
        }
        t->len = 0;
        t->overflow = 0;
        int bad = eval(ctx, f, t);
        if (!bad && breaks_constraint(test, f, 1, d)) {
            test_failed(test, out, verbose, s);
            continue;
        }
        memset(status, GUIDE_CL_NOT_FIRED, (size_t)p->nclauses);
        for (size_t k = 0; k < t->len; k++)
            if (t->ev[k].kind == GUIDE_EV_CLAUSE)
                status[t->ev[k].index] = t->ev[k].status;
        for (int c = 0; c < p->nclauses; c++)
            if (status[c] == GUIDE_CL_FIRED)
                s->covered[c] = 1;
        int ok = 1;
        if (bad) {
            diag_error(d, test->sp, "test \"%s\": the compiled code rejects input %s", test->name,
                       p->vars[bad - 1].name);
            ok = 0;
        }
        for (int k = 0; k < test->nexpect; k++)
            ok &= check_expect(p, test, &test->expect[k], f, status, d);
        if (ok)
            s->passed++;
        else
            s->failed++;
        if (verbose)
            fprintf(out, "%-4s %s\n", ok ? "ok" : "FAIL", test->name);
    }
    free(status);
    guide_trace_free(t);
    guide_frame_free(f);
}

void tr_summary_free(tr_summary *s)
{
    free(s->covered);
    s->covered = NULL;
}

int tr_print_coverage(const ir_program *p, const tr_summary *s, FILE *out)
{
    int missed = 0;
    for (int c = 0; c < p->nclauses; c++) {
        const ir_clause *cl = &p->clauses[c];
        if (s->covered[c])
            continue;
        missed++;
        if (cl->kind == GUIDE_CLAUSE_RULE)
            fprintf(out, "%s:%d: not covered: rule %s (%s)\n", p->file->path, cl->sp.first_line,
                    cl->name, cl->cite);
        else if (cl->column)
            fprintf(out, "%s:%d: not covered: table %s row %d, %s (%s)\n", p->file->path,
                    cl->sp.first_line, cl->name, cl->row, cl->column, cl->cite);
        else
            fprintf(out, "%s:%d: not covered: table %s row %d (%s)\n", p->file->path,
                    cl->sp.first_line, cl->name, cl->row, cl->cite);
    }
    /* A citation is covered when some rule or row citing it is. */
    int ncites = 0, cites_missed = 0;
    for (int c = 0; c < p->nclauses; c++) {
        int first = 1, any = 0;
        for (int k = 0; k < p->nclauses; k++) {
            if (strcmp(p->clauses[k].cite, p->clauses[c].cite) != 0)
                continue;
            if (k < c)
                first = 0;
            any |= s->covered[k];
        }
        if (!first)
            continue;
        ncites++;
        if (!any) {
            cites_missed++;
            fprintf(out, "%s: not covered: citation \"%s\"\n", p->file->path, p->clauses[c].cite);
        }
    }
    double pct = p->nclauses ? 100.0 * (p->nclauses - missed) / p->nclauses : 100.0;
    fprintf(out, "%s: coverage %.1f%% of rules and rows (%d of %d), %d of %d citations\n",
            p->file->path, pct, p->nclauses - missed, p->nclauses, ncites - cites_missed, ncites);
    return missed;
}
