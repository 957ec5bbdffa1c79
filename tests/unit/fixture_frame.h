/* fixture_frame.h — case p17 of fixture_ruleset.h filled by hand, as an evaluator would leave
 * it, and its trace: for the unit tests of the printers. */
#ifndef FIXTURE_FRAME_H
#define FIXTURE_FRAME_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "fixture_ruleset.h"
#include "guide.h"

static void set_ask(guide_frame *f, int output, int input)
{
    guide_asks(f, output)[input / 64] |= (uint64_t)1 << (input % 64);
}

/* Leaf k of output v's diagram (fixture_ruleset.h) is among its possible answers. */
static void set_possible(guide_frame *f, int v, int k)
{
    guide_possible(f, FX_OUT(v))[k / 64] |= (uint64_t)1 << (k % 64);
}

static void undetermined(guide_frame *f, int v)
{
    f->out[FX_OUT(v)].state = GUIDE_UNDETERMINED;
    f->out[FX_OUT(v)].how = GUIDE_HOW_DEPENDS;
}

static void conclude(guide_frame *f, int v, guide_how how)
{
    f->out[FX_OUT(v)].state = GUIDE_CONCLUDED;
    f->out[FX_OUT(v)].how = how;
    f->known[v] = 1;
}

/* Case p17: a jejunal GIST of 12 cm, mitotic count unknown. Its outputs cover every state: a
 * value decided by the walk of its diagram, ND, a range, a set, an undetermined output with its
 * possible answers and its asks, one not applicable and one in conflict. */
static guide_frame *p17(void)
{
    guide_frame *f = guide_frame_new(&fx_ruleset);
    assert_non_null(f);
    f->id = malloc(4);
    memcpy(f->id, "p17", 4);
    f->val[FX_LOCATION].label = 1, f->known[FX_LOCATION] = 1;
    f->val[FX_SIZE_CM].num = 12, f->known[FX_SIZE_CM] = 1;
    f->val[FX_LINES].num = 2, f->known[FX_LINES] = 1;
    f->val[FX_SITE].label = 1, f->known[FX_SITE] = 1;

    f->val[FX_RISK].label = 4;
    conclude(f, FX_RISK, GUIDE_HOW_SEARCH);
    set_ask(f, FX_OUT(FX_RISK), FX_MITOSES);
    conclude(f, FX_RECURRENCE, GUIDE_HOW_DIRECT);
    f->out[FX_OUT(FX_RECURRENCE)].is_null = 1;
    f->known[FX_RECURRENCE] = 0;
    f->val[FX_NEOADJ_MONTHS].range.lo = 6, f->val[FX_NEOADJ_MONTHS].range.hi = 12;
    conclude(f, FX_NEOADJ_MONTHS, GUIDE_HOW_DIRECT);
    f->val[FX_EXAMS].set = 1 | 4; /* ct, mri */
    conclude(f, FX_EXAMS, GUIDE_HOW_DIRECT);

    undetermined(f, FX_ADJUVANT);
    set_possible(f, FX_ADJUVANT, 0);
    set_possible(f, FX_ADJUVANT, 1);
    set_ask(f, FX_OUT(FX_ADJUVANT), FX_MITOSES);
    set_ask(f, FX_OUT(FX_ADJUVANT), FX_RUPTURE);
    f->out[FX_OUT(FX_NEXT_LINE)].state = GUIDE_CONFLICT;
    return f;
}

/* The trace of p17: the table's rows, the rules, and how each output was decided. */
static guide_trace *p17_trace(size_t cap)
{
    guide_trace *t = guide_trace_new(cap);
    assert_non_null(t);
    guide_trace_add(t, GUIDE_EV_CLAUSE, GUIDE_CL_NOT_FIRED, 2);
    guide_trace_add(t, GUIDE_EV_CLAUSE, GUIDE_CL_FIRED, 3);
    guide_trace_add(t, GUIDE_EV_OUTPUT, GUIDE_HOW_SEARCH, FX_OUT(FX_RISK));
    guide_trace_add(t, GUIDE_EV_OUTPUT, GUIDE_HOW_DIRECT, FX_OUT(FX_RECURRENCE));
    guide_trace_add(t, GUIDE_EV_CLAUSE, GUIDE_CL_UNDETERMINED, 0);
    guide_trace_add(t, GUIDE_EV_CLAUSE, GUIDE_CL_EXCEPTED, 1);
    guide_trace_add(t, GUIDE_EV_OUTPUT, GUIDE_HOW_DEPENDS, FX_OUT(FX_ADJUVANT));
    guide_trace_add(t, GUIDE_EV_OUTPUT, GUIDE_HOW_DIRECT, FX_OUT(FX_NEXT_LINE));
    guide_trace_add(t, GUIDE_EV_OUTPUT, GUIDE_HOW_DIRECT, FX_OUT(FX_FEW_CASES));
    return t;
}

#endif
