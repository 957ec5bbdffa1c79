/* emit_llvm_internal.h — what the files of the LLVM backend share: the emitter's state (emitll),
 * the builder's vocabulary (one-line typed wrappers over LLVM-C, loops, constants and globals,
 * static inline as PostgreSQL's llvmjit_emit.h has them), and the functions one file builds for
 * another, prefixed el_ (emit_llvm.c: the module, target and JIT; emit_llvm_abi.c: the structs,
 * entry points and batches; emit_llvm_eval.c: the evaluation; emit_llvm_direct.c: the direct
 * path; emit_llvm_info.c: NAME_info and the diagrams). Only these files include llvm-c/. */
#ifndef GUIDE_EMIT_LLVM_INTERNAL_H
#define GUIDE_EMIT_LLVM_INTERNAL_H

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <string.h>

#include <llvm-c/Core.h>
#include <llvm-c/DebugInfo.h>

#include "emit_llvm.h"
#include "emit_plan.h"
#include "interp.h"
#include "strbuf.h"

/* Fields of the evaluation state (emit_c_eval.c's eval_state, without the lookup cache): values
 * and known flags by variable, the output states, each clause's status and effect, which rules
 * and tables were evaluated, the trace, each lookup's cells; the diagram walks' scratch, and
 * whether it was zeroed in this evaluation (only the first walk needs it zeroed: guide.h). */
enum { S_V, S_K, S_OUT, S_ST, S_EFF, S_DONE, S_TRACE, S_COMBO, S_WORK, S_WORK_ZEROED, S_MEMO };
/* The end of a lookup's list of rows (as emit_c_eval.c). */
enum { EMITLL_END_ROWS = 0xffff };

/* A table of more rows than this, every row plain (plain_row), is evaluated row by row by a loop
 * over constant arrays of its atoms instead of by code for each row: LLVM's optimiser takes time
 * worse than linear in a function's size (10,000 rows of code took 57 s and 980 MB). */
enum { EMITLL_LOOP_ROWS = 64 };
/* A lookup's numeric column of more cuts than this finds its cell by binary search (gk_cell)
 * instead of a sum of two comparisons per cut, for the same reason. */
enum { EMITLL_LINEAR_CUTS = 64 };
/* An atom's flags in the row loop's arrays: its kind, then which bounds an interval has. */
enum { RA_BOOL, RA_LABELS, RA_INTERVAL, RA_KIND = 3, RA_HAS_LO = 4, RA_LO_CLOSED = 8,
       RA_HAS_HI = 16, RA_HI_CLOSED = 32 };

/* What is generated for a table whose lookup plan (an eplan_table) makes it a lookup. */
typedef struct table_gen {
    LLVMValueRef cells_fn, rows, offs, *ansg;
    LLVMValueRef direct; /* the direct path's answers by combination of classes, or NULL */
    int          whole;  /* its rows are NAME_output's first fields (eplan_answers_all) */
    LLVMValueRef *class_g, *cuts_g; /* [nv]: each column's class array and cuts, once made */
    LLVMValueRef state_bytes; /* [nfast][combos] i8: the answers' states as columns hold them */
} table_gen;

typedef struct emitll {
    const ir_program *p;
    arena             a;
    LLVMContextRef    cx;
    LLVMModuleRef     m;
    LLVMBuilderRef    b, b2; /* b2: allocas at the top of the entry block */
    LLVMValueRef      fn;    /* the function being built */
    LLVMTypeRef       vd, i1, i8, i32, i64, f64, ptr;
    LLVMTypeRef       isz;   /* C's size_t on the target */
    int               big_endian; /* the target's byte order */
    LLVMTypeRef       val;   /* guide_value: [2 x i64] */
    LLVMTypeRef       st, go, tr, ev, in, out, range;
    LLVMTypeRef       list;          /* guide_list: {ptr items, i32 n} */
    LLVMValueRef      list_agg, list_valid; /* guide_list_aggregate, guide_list_valid (libguide) */
    int               ntests;        /* element tests of aggregates made so far */
    LLVMTypeRef       fr;    /* guide_frame */
    LLVMTypeRef       ddlv, ddleaf, ddt; /* guide_dd_level, guide_dd_leaf, guide_dd */
    int               nv, no, nc, first_out, words, wdim;
    eplan             plan;  /* units, value classes, trace order, lookups (emit_plan.h) */
    int              *in_field, *out_field; /* [nvars] index of the field in NAME_input / output */
    int               state_field, asks_field, dknown_field, possible_field;
    int              *possible_at; /* [noutputs + 1]: each output's first word of possible */
    size_t            work;        /* int32_t words of the largest diagram walk's scratch */
    LLVMValueRef     *derive, *answer, *unit_fn;
    LLVMValueRef      trace_add, floor_fn;
    LLVMValueRef      dd_walk, walk; /* guide_dd_walk (libguide), and walk, which calls it */
    LLVMValueRef      step_round;    /* guide_step_round (libguide), declared when an expression needs it */
    LLVMValueRef      dds;        /* [noutputs] guide_dd, or a null pointer when no outputs */
    LLVMValueRef     *level_arrays; /* [6 * nvars]: cuts, pos_cell, inputs, derived, from_at, from of the level testing
                                       each variable, made when a diagram first tests it */
    LLVMValueRef      eval, eval_with, from_frame, to_frame;
    LLVMValueRef     *map;        /* [nvars] map.x: the labels a match derivation maps to */
    LLVMValueRef      direct, gk_cell; /* the direct path (eplan.direct) and its cell search */
    table_gen        *tg;         /* [ntables] */
    strbuf            nm;         /* scratch for names of globals and functions (name_of) */
} emitll;

/* ---- The builder's vocabulary -------------------------------------------------------------------- */

/* printf into the emitter's scratch name: a name of a global or a function, of any length (a
 * variable's or table's name is up to GUIDE_MAX_NAME bytes, and some names join two). Valid
 * until the next call. */
__attribute__((format(printf, 2, 3))) static inline const char *name_of(emitll *e, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sb_clear(&e->nm);
    sb_vprintf(&e->nm, fmt, ap);
    va_end(ap);
    return sb_str(&e->nm);
}

/* ---- One-line wrappers ---------------------------------------------------------------------- */

static inline LLVMValueRef ci(LLVMTypeRef t, long long v) { return LLVMConstInt(t, (unsigned long long)v, 1); }
static inline LLVMValueRef c32(emitll *e, long long v) { return ci(e->i32, v); }
static inline LLVMValueRef c8(emitll *e, long long v) { return ci(e->i8, v); }
static inline LLVMValueRef c64(emitll *e, long long v) { return ci(e->i64, v); }
static inline LLVMValueRef load(emitll *e, LLVMTypeRef t, LLVMValueRef p, const char *n) { return LLVMBuildLoad2(e->b, t, p, n); }
static inline void store(emitll *e, LLVMValueRef v, LLVMValueRef p) { LLVMBuildStore(e->b, v, p); }
static inline LLVMValueRef gep(emitll *e, LLVMTypeRef t, LLVMValueRef p, LLVMValueRef *ix, unsigned n) { return LLVMBuildInBoundsGEP2(e->b, t, p, ix, n, ""); }
static inline LLVMValueRef call(emitll *e, LLVMValueRef f, LLVMValueRef *args, unsigned n, const char *name) { return LLVMBuildCall2(e->b, LLVMGlobalGetValueType(f), f, args, n, name); }
static inline LLVMValueRef sel(emitll *e, LLVMValueRef c, LLVMValueRef a, LLVMValueRef b) { return LLVMBuildSelect(e->b, c, a, b, ""); }
static inline LLVMValueRef eq(emitll *e, LLVMValueRef a, LLVMValueRef b) { return LLVMBuildICmp(e->b, LLVMIntEQ, a, b, ""); }
static inline LLVMValueRef ne(emitll *e, LLVMValueRef a, LLVMValueRef b) { return LLVMBuildICmp(e->b, LLVMIntNE, a, b, ""); }
static inline LLVMValueRef and_(emitll *e, LLVMValueRef a, LLVMValueRef b) { return LLVMBuildAnd(e->b, a, b, ""); }
static inline LLVMValueRef or_(emitll *e, LLVMValueRef a, LLVMValueRef b) { return LLVMBuildOr(e->b, a, b, ""); }
static inline LLVMValueRef zext(emitll *e, LLVMValueRef v, LLVMTypeRef t) { return LLVMBuildZExt(e->b, v, t, ""); }
static inline LLVMValueRef trunc_(emitll *e, LLVMValueRef v, LLVMTypeRef t) { return LLVMBuildTrunc(e->b, v, t, ""); }
static inline LLVMBasicBlockRef block(emitll *e, const char *n) { return LLVMAppendBasicBlockInContext(e->cx, e->fn, n); }
static inline void at(emitll *e, LLVMBasicBlockRef bb) { LLVMPositionBuilderAtEnd(e->b, bb); }
static inline void br(emitll *e, LLVMBasicBlockRef bb) { LLVMBuildBr(e->b, bb); }
static inline void condbr(emitll *e, LLVMValueRef c, LLVMBasicBlockRef t, LLVMBasicBlockRef f) { LLVMBuildCondBr(e->b, c, t, f); }

/* a == c && b == c, and a == c || b == c: a's comparison first (see emit_llvm.c's first comment). */
static inline LLVMValueRef both_eq(emitll *e, LLVMValueRef a, LLVMValueRef b, LLVMValueRef c)
{
    LLVMValueRef ac = eq(e, a, c);
    return and_(e, ac, eq(e, b, c));
}

static inline LLVMValueRef any_eq(emitll *e, LLVMValueRef a, LLVMValueRef b, LLVMValueRef c)
{
    LLVMValueRef ac = eq(e, a, c);
    return or_(e, ac, eq(e, b, c));
}

/* Field f of the struct of type t at p. */
static inline LLVMValueRef field(emitll *e, LLVMTypeRef t, LLVMValueRef p, int f)
{
    return LLVMBuildStructGEP2(e->b, t, p, (unsigned)f, "");
}

/* Element i (a value) of the array field f of the struct of type t at p. */
static inline LLVMValueRef elem(emitll *e, LLVMTypeRef t, LLVMValueRef p, int f, LLVMValueRef i)
{
    LLVMValueRef ix[3] = {c32(e, 0), c32(e, f), i};
    return gep(e, t, p, ix, 3);
}

/* An alloca at the top of the entry block, so that mem2reg sees it. */
static inline LLVMValueRef local(emitll *e, LLVMTypeRef t, const char *name)
{
    LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(e->fn);
    LLVMValueRef first = LLVMGetFirstInstruction(entry);
    if (first)
        LLVMPositionBuilderBefore(e->b2, first);
    else
        LLVMPositionBuilderAtEnd(e->b2, entry);
    return LLVMBuildAlloca(e->b2, t, name);
}

/* A new function; the builder is placed in its entry block. */
static inline LLVMValueRef function(emitll *e, const char *name, LLVMTypeRef ret, LLVMTypeRef *params,
                             unsigned n, int internal)
{
    LLVMTypeRef ft = LLVMFunctionType(ret, params, n, 0);
    LLVMValueRef f = LLVMAddFunction(e->m, name, ft);
    if (internal)
        LLVMSetLinkage(f, LLVMInternalLinkage);
    LLVMSetFunctionCallConv(f, LLVMCCallConv);
    return f;
}

/* Adds the enum attribute `name` to function f at idx (LLVMAttributeFunctionIndex, or a
 * parameter counted from 1). */
static inline void add_attr(emitll *e, LLVMValueRef f, LLVMAttributeIndex idx, const char *name)
{
    unsigned kind = LLVMGetEnumAttributeKindForName(name, strlen(name));
    LLVMAddAttributeAtIndex(f, idx, LLVMCreateEnumAttribute(e->cx, kind, 0));
}

static inline void begin(emitll *e, LLVMValueRef f)
{
    e->fn = f;
    at(e, block(e, "entry"));
}

/* Starts the internal function `kind.name` of one pointer parameter, the evaluation state,
 * named s; returns the function and the state in *st. */
static inline LLVMValueRef state_function(emitll *e, const char *kind, const char *name, LLVMTypeRef ret,
                                   LLVMValueRef *st)
{
    LLVMValueRef f = function(e, name_of(e, "%s.%s", kind, name), ret, &e->ptr, 1, 1);
    begin(e, f);
    *st = LLVMGetParam(f, 0);
    LLVMSetValueName2(*st, "s", 1);
    return f;
}

/* A counted loop over [start, end) of type t: returns the counter's value in the body.
 * loop_next jumps to the next round (continue); loop_end closes the body. */
typedef struct loop {
    LLVMValueRef      var;
    LLVMTypeRef       t;
    LLVMBasicBlockRef cond, step, done;
    LLVMValueRef      latch; /* the branch back, once closed */
} loop;

static inline LLVMValueRef loop_begin(emitll *e, loop *l, LLVMTypeRef t, LLVMValueRef start, LLVMValueRef end)
{
    l->t = t;
    l->var = local(e, t, "i");
    store(e, start, l->var);
    l->cond = block(e, "loop");
    LLVMBasicBlockRef body = block(e, "body");
    l->step = block(e, "next");
    l->done = block(e, "done");
    br(e, l->cond);
    at(e, l->cond);
    LLVMValueRef i = load(e, t, l->var, "");
    condbr(e, LLVMBuildICmp(e->b, LLVMIntSLT, i, end, ""), body, l->done);
    at(e, body);
    return load(e, t, l->var, "");
}

static inline void loop_end(emitll *e, loop *l)
{
    br(e, l->step);
    at(e, l->step);
    LLVMValueRef i = load(e, l->t, l->var, "");
    store(e, LLVMBuildAdd(e->b, i, ci(l->t, 1), ""), l->var);
    l->latch = LLVMBuildBr(e->b, l->cond);
    at(e, l->done);
}

/* Marks the loop just closed not to be vectorised (llvm.loop.vectorize.enable false, as
 * `#pragma clang loop vectorize(disable)`): a loop of lookups in a small constant table, which
 * scalar loads do faster than gathers (on Zen 5, 0.2 ns a lookup against 0.3). The loop's
 * metadata node refers to itself, made through a temporary node. */
static inline void no_vectorize(emitll *e, const loop *l)
{
    const char *key = "llvm.loop.vectorize.enable";
    LLVMMetadataRef opt[2] = {LLVMMDStringInContext2(e->cx, key, strlen(key)),
                              LLVMValueAsMetadata(LLVMConstInt(e->i1, 0, 0))};
    LLVMMetadataRef tmp = LLVMTemporaryMDNode(e->cx, NULL, 0);
    LLVMMetadataRef ops[2] = {tmp, LLVMMDNodeInContext2(e->cx, opt, 2)};
    LLVMMetadataRef id = LLVMMDNodeInContext2(e->cx, ops, 2);
    LLVMMetadataReplaceAllUsesWith(tmp, id);
    LLVMSetMetadata(l->latch, LLVMGetMDKindIDInContext(e->cx, "llvm.loop", 9), LLVMMetadataAsValue(e->cx, id));
}

/* if (c) { ... }: returns the block after; the builder is in the then block. */
static inline LLVMBasicBlockRef if_begin(emitll *e, LLVMValueRef c, const char *name)
{
    LLVMBasicBlockRef then = block(e, name), after = block(e, "endif");
    condbr(e, c, then, after);
    at(e, then);
    return after;
}

static inline void if_end(emitll *e, LLVMBasicBlockRef after)
{
    if (!LLVMGetBasicBlockTerminator(LLVMGetInsertBlock(e->b)))
        br(e, after);
    at(e, after);
}

static inline uint64_t dbits(double x)
{
    uint64_t u;
    memcpy(&u, &x, sizeof u);
    return u;
}

static inline LLVMValueRef cdouble(emitll *e, double x) { return LLVMConstReal(e->f64, x); }

/* A private constant C string (NULL: a null pointer). */
static inline LLVMValueRef cstr(emitll *e, const char *s)
{
    if (!s)
        return LLVMConstPointerNull(e->ptr);
    LLVMValueRef init = LLVMConstStringInContext2(e->cx, s, strlen(s), 0);
    LLVMValueRef g = LLVMAddGlobal(e->m, LLVMTypeOf(init), ".str");
    LLVMSetInitializer(g, init);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
    LLVMSetAlignment(g, 1);
    return g;
}

/* A private constant global holding init. */
static inline LLVMValueRef cglobal(emitll *e, const char *name, LLVMValueRef init)
{
    LLVMValueRef g = LLVMAddGlobal(e->m, LLVMTypeOf(init), name);
    LLVMSetInitializer(g, init);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    return g;
}

/* Element ix (i32) of the constant array g. */
static inline LLVMValueRef global_elem(emitll *e, LLVMValueRef g, LLVMValueRef ix)
{
    LLVMValueRef i2[2] = {c32(e, 0), ix};
    return gep(e, LLVMGlobalGetValueType(g), g, i2, 2);
}

/* A node holding the string text, appended to the named metadata md. */
static inline void add_note(emitll *e, const char *md, const char *text)
{
    LLVMMetadataRef s = LLVMMDStringInContext2(e->cx, text, strlen(text));
    LLVMMetadataRef node = LLVMMDNodeInContext2(e->cx, &s, 1);
    LLVMAddNamedMetadataOperand(e->m, md, LLVMMetadataAsValue(e->cx, node));
}

/* A guide_value constant of variable var's type: [2 x i64] whose bytes are those of the C
 * union on the target, a bool's or label's int32_t in the first four of them. */
static inline LLVMValueRef cvalue(emitll *e, int var, const guide_value *v)
{
    uint64_t w[2] = {0, 0};
    int shift = e->big_endian ? 32 : 0;
    guide_repr r = var < 0 ? GUIDE_REPR_TRUTH : guide_type_repr(e->p->vars[var].type); /* var -1: a constraint's truth */
    switch (r) {
    case GUIDE_REPR_TRUTH: w[0] = (uint64_t)(uint32_t)v->b << shift; break;
    case GUIDE_REPR_LABEL: w[0] = (uint64_t)(uint32_t)v->label << shift; break;
    case GUIDE_REPR_NUMBER: w[0] = dbits(v->num); break;
    case GUIDE_REPR_RANGE:
        w[0] = dbits(v->range.lo);
        w[1] = dbits(v->range.hi);
        break;
    case GUIDE_REPR_SET: w[0] = v->set; break;
    case GUIDE_REPR_LIST: break; /* never a constant */
    }
    LLVMValueRef el[2] = {LLVMConstInt(e->i64, w[0], 0), LLVMConstInt(e->i64, w[1], 0)};
    return LLVMConstArray2(e->i64, el, 2);
}

/* The C type of a field of variable type t (guide_type_c_type). */
static inline LLVMTypeRef field_type(emitll *e, guide_type t)
{
    switch (guide_type_repr(t)) {
    case GUIDE_REPR_TRUTH:
    case GUIDE_REPR_LABEL: return e->i32;
    case GUIDE_REPR_NUMBER: return e->f64;
    case GUIDE_REPR_RANGE: return e->range;
    case GUIDE_REPR_SET: return e->i64;
    case GUIDE_REPR_LIST: return e->list;
    }
    return e->i32;
}

/* ---- The evaluation state's fields, sizes, the arena ------------------------------------------- */

static inline LLVMValueRef s_v(emitll *e, LLVMValueRef s, int var) { return elem(e, e->st, s, S_V, c32(e, var)); }
static inline LLVMValueRef s_k(emitll *e, LLVMValueRef s, int var) { return elem(e, e->st, s, S_K, c32(e, var)); }
static inline LLVMValueRef known(emitll *e, LLVMValueRef s, int var) { return ne(e, load(e, e->i8, s_k(e, s, var), "k"), c8(e, 0)); }
static inline int imax(int a, int b) { return a > b ? a : b; }

static inline LLVMValueRef fcmp(emitll *e, LLVMRealPredicate pr, LLVMValueRef x, double c)
{
    return LLVMBuildFCmp(e->b, pr, x, cdouble(e, c), "");
}

/* x (f64) compared with c >= 0 on their bits read as unsigned integers (i1): for an x the direct
 * path has checked on its bits (eplan_direct_by_bits: a double from +0 up) the order of the
 * values; pr an unsigned predicate (LLVMIntUGT for x > c, and so on). */
static inline LLVMValueRef bits_cmp(emitll *e, LLVMIntPredicate pr, LLVMValueRef x, double c)
{
    double pos = c + 0.0; /* -0 as +0 */
    uint64_t bits;
    memcpy(&bits, &pos, sizeof bits);
    LLVMValueRef xb = LLVMBuildBitCast(e->b, x, e->i64, "");
    return LLVMBuildICmp(e->b, pr, xb, LLVMConstInt(e->i64, bits, 0), "");
}

static inline void *zalloc(emitll *e, size_t n)
{
    return arena_alloc(&e->a, n ? n : 1);
}

/* ---- emit_llvm_abi.c: the structs, the entry points, the batch entries ------------------------- */

/* The types: LLVM's, libguide's structs, eval_state, NAME_input and NAME_output. */
void el_make_types(emitll *e);
/* The known bit (i1) of input i in the input struct at in. */
LLVMValueRef el_input_known(emitll *e, LLVMValueRef in, int i);
/* The test (i1) that x holds a value of input v's type and declared range. */
LLVMValueRef el_input_valid(emitll *e, const ir_var *v, LLVMValueRef x);
/* eval_with (through the direct path when there is one) and NAME_eval. */
void el_make_eval(emitll *e);
void el_make_frame_glue(emitll *e);
void el_make_eval_many(emitll *e);
void el_make_eval_columns(emitll *e);

/* ---- emit_llvm_eval.c: the evaluation of a case ------------------------------------------------ */

/* o->state, as an i32. */
LLVMValueRef el_output_state(emitll *e, LLVMValueRef o);
/* Forgets which rules and tables were evaluated and the lookups' cells. */
void el_reset(emitll *e, LLVMValueRef s);
/* The trace event helper (guide.h guide_trace_add). */
void el_trace_call(emitll *e, LLVMValueRef t, int kind, LLVMValueRef status, LLVMValueRef index);
/* Whether an answer of this state (i32) and is_null (i8) gives its variable a known value. */
LLVMValueRef el_answer_known(emitll *e, LLVMValueRef state, LLVMValueRef is_null);
void el_make_trace_add(emitll *e);
/* The label match derivation vi maps lab (i32) to when kn (i1), its source known; else 0. */
LLVMValueRef el_mapped_label(emitll *e, int vi, LLVMValueRef kn, LLVMValueRef lab);
void el_make_derived(emitll *e, int vi);
/* The cell (i32) of number x among the cuts of column k of table t, by binary search. */
LLVMValueRef el_cell_by_search(emitll *e, int t, int k, LLVMValueRef x);
/* cells.<table> (the combination of cells of a lookup) and its constant arrays. */
void el_make_cells(emitll *e, int t);
/* A private constant array of n i32 named name, or a null pointer when n is 0. */
LLVMValueRef el_int_list(emitll *e, const char *name, const int *v, int n);
/* table.<name> or rule.<name>: a unit evaluated at once. */
void el_make_unit(emitll *e, int u);
/* answer.<output>: its concluders folded (interp.c kleene_answer). */
void el_make_answer(emitll *e, int vi);
void el_declare_dd_walk(emitll *e);
void el_make_walk(emitll *e);

/* ---- emit_llvm_direct.c: the direct path ------------------------------------------------------- */

/* Names v when it is an instruction; returns v. */
LLVMValueRef el_named(LLVMValueRef v, const char *name);
/* gk_cell: the cell of a number among sorted cuts, by binary search. */
void el_make_gk_cell(emitll *e);
/* Table t's combination of classes (i32) from x[i], the value of input i. */
LLVMValueRef el_table_class_of(emitll *e, LLVMValueRef *x, int t, LLVMValueRef ok);
/* [ninputs]: 1 for each input a column of a table on the direct path reads. */
uint8_t *el_direct_columns(emitll *e);
/* Whether a lookup's numeric column finds its cell by binary search. */
int el_any_cells_search(emitll *e);
/* eval_direct and the answers it copies. */
void el_make_direct(emitll *e);

/* ---- emit_llvm_info.c: NAME_info, the decision diagrams, the metadata -------------------------- */

/* @dds, every output's diagram. */
void el_make_dds(emitll *e);
void el_make_info(emitll *e);
void el_make_metadata(emitll *e);

#endif
