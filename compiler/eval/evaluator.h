/* evaluator.h — one interface over the ways guidec evaluates a case: the reference interpreter,
 * the rules compiled to C and loaded, the rules compiled in process by LLJIT. Every --backend
 * option and the SQL guide_load() name their kind through evaluator_kind_parse; `run`, `test`,
 * `batch`, the SQLite extension and the differential tests open one with evaluator_open.
 *
 * Each kind gives the same outputs, states and trace for a case (the differential tests hold
 * them to it); what differs is the cost of opening (the C compiler, LLVM) and of evaluating. */
#ifndef GUIDE_EVALUATOR_H
#define GUIDE_EVALUATOR_H

#include "cbackend.h"
#include "guide.h"
#include "ir.h"
#include "strbuf.h"

typedef enum evaluator_kind {
    EVALUATOR_AUTO,   /* the first of JIT, C and interpreter that can be had */
    EVALUATOR_INTERP, /* the reference interpreter, with its table lookups */
    EVALUATOR_C,      /* the rules compiled to C with $CC or cc, loaded with dlopen */
    EVALUATOR_JIT,    /* the rules lowered to LLVM IR and compiled in process by LLJIT */
} evaluator_kind;

typedef struct evaluator evaluator;

/* The kind named name ("auto", "interp", "c", "jit") into *kind; returns 0. For another name,
 * or "auto" when allow_auto is 0, returns -1 with "unknown backend 'NAME' (expected interp, c
 * or jit)" (auto listed first when allowed) appended to err. */
int evaluator_kind_parse(const char *name, int allow_auto, evaluator_kind *kind, strbuf *err);
/* The name a --backend option gives kind ("jit"). */
const char *evaluator_kind_name(evaluator_kind kind);
/* What evaluates with kind, for a summary ("rules compiled by the JIT"). */
const char *evaluator_kind_text(evaluator_kind kind);

/* Opens an evaluator of kind on p, which must outlive it. Returns NULL with the reason
 * appended to err when kind cannot be had (no C compiler, no LLVM target). AUTO tries the JIT,
 * then C (its compiler's messages not shown), then the interpreter, which is always had: for
 * each it passes over it appends a line to err ("the jit backend is not available (WHY);
 * trying c") and still succeeds, so err is the caller's to show. */
evaluator *evaluator_open(evaluator_kind kind, const ir_program *p, strbuf *err);
/* evaluator_open with the options of the C compilation (compiler, flags, --inline; NULL: the
 * defaults), for the differential tests. */
evaluator *evaluator_open_with(evaluator_kind kind, const ir_program *p, const cb_options *c_opts,
                               strbuf *err);
/* Another evaluator on ev's rules, for another thread: evaluator_eval is not thread-safe on one
 * evaluator (the interpreter keeps its work inside), but the compiled code of C and JIT is
 * reentrant and is shared; an interpreter gets its own. Close it before ev. */
evaluator *evaluator_share(const evaluator *ev);
void evaluator_close(evaluator *ev);

/* The kind that was opened (never AUTO). */
evaluator_kind evaluator_kind_of(const evaluator *ev);
/* The ruleset description the evaluator carries: the IR's, or the one the compiled code holds
 * (NAME_info); frames for evaluator_eval are made for it. */
const guide_ruleset_info *evaluator_info(const evaluator *ev);
/* Evaluates the case held in f, appending its trace to t (NULL: none). Returns 0, or 1 + the
 * index of an input the compiled code rejects (outside its type or range: the case reader
 * checks the same, so not expected); the interpreter always returns 0. */
int evaluator_eval(evaluator *ev, guide_frame *f, guide_trace *t);
/* evaluator_eval, then the constraints on the values evaluation computed
 * (guide_check_evaluated): what every reader of cases does with a case guide_check_case let
 * through. Returns 0, or -1 with err filled: the constraint the evaluated case breaks, or the
 * input the compiled code rejects (its name in err->field). */
int evaluator_eval_checked(evaluator *ev, guide_frame *f, guide_trace *t, guide_case_error *err);
/* The address of a symbol of the compiled code (NAME_eval_many, ...); NULL for the
 * interpreter or a missing symbol. */
void *evaluator_symbol(const evaluator *ev, const char *name);

#endif
