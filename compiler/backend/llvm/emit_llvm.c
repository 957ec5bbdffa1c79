/* emit_llvm.c — the LLVM backend: a ruleset's Decision IR lowered to LLVM IR through the LLVM-C
 * API, written as .ll / .bc / .o (`guidec emit-llvm`) or compiled in process by ORC LLJIT
 * (`--backend jit`). The only file of guidec that includes llvm-c/.
 *
 * The module mirrors the C backend (emit_c.c), which mirrors the reference interpreter
 * (interp.c) step for step, so outputs, states, asks and trace events come out the same:
 *   - derived values and outputs in the IR's evaluation order;
 *   - an output folds every one of its concluders in source order; a rule or table is
 *     evaluated (and traced) when an output first needs it; a first-hit table all at once;
 *   - an output Kleene logic leaves open is decided, or found undetermined with its possible
 *     answers and the inputs to ask for, by libguide's walk of its decision diagram
 *     (guide_dd_walk, dd.h): the module holds every diagram as constant globals laid out as
 *     guide.h's structs (@dds, which NAME_info.dds points at) and calls the walk (walk).
 * A table whose columns split into few enough cells becomes a lookup, planned exactly as
 * emit_c.c plans it (the rows each combination of cells matches, computed by the interpreter's
 * own condition evaluator on one value per cell, and the answer of each output only that table
 * concludes); when a column is unknown the rows are tested one by one in Kleene logic.
 * When every output is answered by such a lookup on inputs alone (emit_plan.c plan_direct), the
 * module also has emit_c.c's direct path: eval_direct computes each table's combination of
 * classes (cells no answer tells apart merged) from the input struct and copies the answers from
 * @direct.<table> into the output struct; NAME_eval tries it for an untraced case before
 * the general path, `evaluate`, kept noinline so that the direct path does not pay for its frame.
 * NAME_eval_many and NAME_eval_columns are emit_c.c's batch entries: on the direct path, the
 * columns' rows go by blocks through a loop without branches or lookups in memory whose every
 * pointer is a noalias parameter, for the loop vectoriser, then through scalar loops copying
 * answers into the output columns.
 *
 * Functions and globals are named after the rules, tables and variables they evaluate; the
 * named metadata !guide.clauses lists each clause with its citation and source line, so the .ll
 * reads against the rule file, and !guide.direct the classes indexing each @direct.<table>.
 * Types are made in the module's context; builder calls are the typed ones (Load2, GEP2, Call2)
 * behind one-line wrappers. No call has two arguments, nor an initializer two elements, that
 * build instructions or globals: C leaves their order to the compiler, and the .ll must not
 * depend on which compiler built guidec (tests/diff/ll-same.sh). */
#include "emit_llvm.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <llvm-c/Analysis.h>
#include <llvm-c/BitWriter.h>
#include <llvm-c/Core.h>
#include <llvm-c/DebugInfo.h>
#include <llvm-c/Error.h>
#include <llvm-c/LLJIT.h>
#include <llvm-c/Orc.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>

#include "emit_plan.h"
#include "strbuf.h"
#include "interp.h"


/* Fields of the evaluation state (emit_c.c's eval_state, without the lookup cache): values and
 * known flags by variable, the output states, each clause's status and effect, which rules and
 * tables were evaluated, the trace, each lookup's cells; the diagram walks' scratch, and
 * whether it was zeroed in this evaluation (only the first walk needs it zeroed: guide.h). */
enum { S_V, S_K, S_OUT, S_ST, S_EFF, S_DONE, S_TRACE, S_COMBO, S_WORK, S_WORK_ZEROED, S_MEMO };
/* The end of a lookup's list of rows (as emit_c.c). */
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

/* printf into the emitter's scratch name: a name of a global or a function, of any length (a
 * variable's or table's name is up to GUIDE_MAX_NAME bytes, and some names join two). Valid
 * until the next call. */
__attribute__((format(printf, 2, 3))) static const char *name_of(emitll *e, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sb_clear(&e->nm);
    sb_vprintf(&e->nm, fmt, ap);
    va_end(ap);
    return sb_str(&e->nm);
}

/* ---- One-line wrappers ---------------------------------------------------------------------- */

static LLVMValueRef ci(LLVMTypeRef t, long long v) { return LLVMConstInt(t, (unsigned long long)v, 1); }
static LLVMValueRef c32(emitll *e, long long v) { return ci(e->i32, v); }
static LLVMValueRef c8(emitll *e, long long v) { return ci(e->i8, v); }
static LLVMValueRef c64(emitll *e, long long v) { return ci(e->i64, v); }
static LLVMValueRef load(emitll *e, LLVMTypeRef t, LLVMValueRef p, const char *n) { return LLVMBuildLoad2(e->b, t, p, n); }
static void store(emitll *e, LLVMValueRef v, LLVMValueRef p) { LLVMBuildStore(e->b, v, p); }
static LLVMValueRef gep(emitll *e, LLVMTypeRef t, LLVMValueRef p, LLVMValueRef *ix, unsigned n) { return LLVMBuildInBoundsGEP2(e->b, t, p, ix, n, ""); }
static LLVMValueRef call(emitll *e, LLVMValueRef f, LLVMValueRef *args, unsigned n, const char *name) { return LLVMBuildCall2(e->b, LLVMGlobalGetValueType(f), f, args, n, name); }
static LLVMValueRef sel(emitll *e, LLVMValueRef c, LLVMValueRef a, LLVMValueRef b) { return LLVMBuildSelect(e->b, c, a, b, ""); }
static LLVMValueRef eq(emitll *e, LLVMValueRef a, LLVMValueRef b) { return LLVMBuildICmp(e->b, LLVMIntEQ, a, b, ""); }
static LLVMValueRef ne(emitll *e, LLVMValueRef a, LLVMValueRef b) { return LLVMBuildICmp(e->b, LLVMIntNE, a, b, ""); }
static LLVMValueRef and_(emitll *e, LLVMValueRef a, LLVMValueRef b) { return LLVMBuildAnd(e->b, a, b, ""); }
static LLVMValueRef or_(emitll *e, LLVMValueRef a, LLVMValueRef b) { return LLVMBuildOr(e->b, a, b, ""); }
static LLVMValueRef zext(emitll *e, LLVMValueRef v, LLVMTypeRef t) { return LLVMBuildZExt(e->b, v, t, ""); }
static LLVMValueRef trunc_(emitll *e, LLVMValueRef v, LLVMTypeRef t) { return LLVMBuildTrunc(e->b, v, t, ""); }
static LLVMBasicBlockRef block(emitll *e, const char *n) { return LLVMAppendBasicBlockInContext(e->cx, e->fn, n); }
static void at(emitll *e, LLVMBasicBlockRef bb) { LLVMPositionBuilderAtEnd(e->b, bb); }
static void br(emitll *e, LLVMBasicBlockRef bb) { LLVMBuildBr(e->b, bb); }
static void condbr(emitll *e, LLVMValueRef c, LLVMBasicBlockRef t, LLVMBasicBlockRef f) { LLVMBuildCondBr(e->b, c, t, f); }

/* a == c && b == c, and a == c || b == c: a's comparison first (see the top of the file). */
static LLVMValueRef both_eq(emitll *e, LLVMValueRef a, LLVMValueRef b, LLVMValueRef c)
{
    LLVMValueRef ac = eq(e, a, c);
    return and_(e, ac, eq(e, b, c));
}

static LLVMValueRef any_eq(emitll *e, LLVMValueRef a, LLVMValueRef b, LLVMValueRef c)
{
    LLVMValueRef ac = eq(e, a, c);
    return or_(e, ac, eq(e, b, c));
}

/* Field f of the struct of type t at p. */
static LLVMValueRef field(emitll *e, LLVMTypeRef t, LLVMValueRef p, int f)
{
    return LLVMBuildStructGEP2(e->b, t, p, (unsigned)f, "");
}

/* Element i (a value) of the array field f of the struct of type t at p. */
static LLVMValueRef elem(emitll *e, LLVMTypeRef t, LLVMValueRef p, int f, LLVMValueRef i)
{
    LLVMValueRef ix[3] = {c32(e, 0), c32(e, f), i};
    return gep(e, t, p, ix, 3);
}

/* An alloca at the top of the entry block, so that mem2reg sees it. */
static LLVMValueRef local(emitll *e, LLVMTypeRef t, const char *name)
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
static LLVMValueRef function(emitll *e, const char *name, LLVMTypeRef ret, LLVMTypeRef *params,
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
static void add_attr(emitll *e, LLVMValueRef f, LLVMAttributeIndex idx, const char *name)
{
    unsigned kind = LLVMGetEnumAttributeKindForName(name, strlen(name));
    LLVMAddAttributeAtIndex(f, idx, LLVMCreateEnumAttribute(e->cx, kind, 0));
}

static void begin(emitll *e, LLVMValueRef f)
{
    e->fn = f;
    at(e, block(e, "entry"));
}

/* Starts the internal function `kind.name` of one pointer parameter, the evaluation state,
 * named s; returns the function and the state in *st. */
static LLVMValueRef state_function(emitll *e, const char *kind, const char *name, LLVMTypeRef ret,
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

static LLVMValueRef loop_begin(emitll *e, loop *l, LLVMTypeRef t, LLVMValueRef start, LLVMValueRef end)
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

static void loop_end(emitll *e, loop *l)
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
static void no_vectorize(emitll *e, const loop *l)
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
static LLVMBasicBlockRef if_begin(emitll *e, LLVMValueRef c, const char *name)
{
    LLVMBasicBlockRef then = block(e, name), after = block(e, "endif");
    condbr(e, c, then, after);
    at(e, then);
    return after;
}

static void if_end(emitll *e, LLVMBasicBlockRef after)
{
    if (!LLVMGetBasicBlockTerminator(LLVMGetInsertBlock(e->b)))
        br(e, after);
    at(e, after);
}

static uint64_t dbits(double x)
{
    uint64_t u;
    memcpy(&u, &x, sizeof u);
    return u;
}

static LLVMValueRef cdouble(emitll *e, double x) { return LLVMConstReal(e->f64, x); }

/* A private constant C string (NULL: a null pointer). */
static LLVMValueRef cstr(emitll *e, const char *s)
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
static LLVMValueRef cglobal(emitll *e, const char *name, LLVMValueRef init)
{
    LLVMValueRef g = LLVMAddGlobal(e->m, LLVMTypeOf(init), name);
    LLVMSetInitializer(g, init);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    return g;
}

/* Element ix (i32) of the constant array g. */
static LLVMValueRef global_elem(emitll *e, LLVMValueRef g, LLVMValueRef ix)
{
    LLVMValueRef i2[2] = {c32(e, 0), ix};
    return gep(e, LLVMGlobalGetValueType(g), g, i2, 2);
}

/* A node holding the string text, appended to the named metadata md. */
static void add_note(emitll *e, const char *md, const char *text)
{
    LLVMMetadataRef s = LLVMMDStringInContext2(e->cx, text, strlen(text));
    LLVMMetadataRef node = LLVMMDNodeInContext2(e->cx, &s, 1);
    LLVMAddNamedMetadataOperand(e->m, md, LLVMMetadataAsValue(e->cx, node));
}

/* A guide_value constant of variable var's type: [2 x i64] whose bytes are those of the C
 * union on the target, a bool's or label's int32_t in the first four of them. */
static LLVMValueRef cvalue(emitll *e, int var, const guide_value *v)
{
    uint64_t w[2] = {0, 0};
    int shift = e->big_endian ? 32 : 0;
    switch (var < 0 ? GUIDE_BOOL : e->p->vars[var].type) { /* var -1: a constraint's truth */
    case GUIDE_BOOL: w[0] = (uint64_t)(uint32_t)v->b << shift; break;
    case GUIDE_ENUM: w[0] = (uint64_t)(uint32_t)v->label << shift; break;
    case GUIDE_NUMBER:
    case GUIDE_INTEGER: w[0] = dbits(v->num); break;
    case GUIDE_RANGE:
        w[0] = dbits(v->range.lo);
        w[1] = dbits(v->range.hi);
        break;
    case GUIDE_SET: w[0] = v->set; break;
    case GUIDE_LIST: break; /* never a constant */
    }
    LLVMValueRef el[2] = {LLVMConstInt(e->i64, w[0], 0), LLVMConstInt(e->i64, w[1], 0)};
    return LLVMConstArray2(e->i64, el, 2);
}

/* The C type of a field of variable type t (emit_c.c c_type). */
static LLVMTypeRef field_type(emitll *e, guide_type t)
{
    switch (t) {
    case GUIDE_BOOL:
    case GUIDE_ENUM: return e->i32;
    case GUIDE_NUMBER:
    case GUIDE_INTEGER: return e->f64;
    case GUIDE_RANGE: return e->range;
    case GUIDE_SET: return e->i64;
    case GUIDE_LIST: return e->list;
    }
    return e->i32;
}

/* ---- The evaluation state -------------------------------------------------------------------- */

static LLVMValueRef s_v(emitll *e, LLVMValueRef s, int var) { return elem(e, e->st, s, S_V, c32(e, var)); }
static LLVMValueRef s_k(emitll *e, LLVMValueRef s, int var) { return elem(e, e->st, s, S_K, c32(e, var)); }
static LLVMValueRef known(emitll *e, LLVMValueRef s, int var) { return ne(e, load(e, e->i8, s_k(e, s, var), "k"), c8(e, 0)); }

/* &s->out[var - FIRST_OUTPUT] */
static LLVMValueRef s_out(emitll *e, LLVMValueRef s, LLVMValueRef oi)
{
    LLVMValueRef out = load(e, e->ptr, field(e, e->st, s, S_OUT), "out");
    return gep(e, e->go, out, &oi, 1);
}

/* *o = (guide_output){state, how, is_null, 0}: state and how are i32, is_null an i8; the
 * fields are bytes (runtime/guide.h). */
static void store_output(emitll *e, LLVMValueRef o, LLVMValueRef state, LLVMValueRef how, LLVMValueRef is_null)
{
    LLVMValueRef st8 = trunc_(e, state, e->i8);
    LLVMValueRef how8 = trunc_(e, how, e->i8);
    store(e, st8, field(e, e->go, o, 0));
    store(e, how8, field(e, e->go, o, 1));
    store(e, is_null, field(e, e->go, o, 2));
    store(e, c8(e, 0), field(e, e->go, o, 3));
}

/* o->state, as an i32. */
static LLVMValueRef output_state(emitll *e, LLVMValueRef o)
{
    return zext(e, load(e, e->i8, field(e, e->go, o, 0), "state"), e->i32);
}

static int imax(int a, int b) { return a > b ? a : b; }

/* Forgets which rules and tables were evaluated and the lookups' cells (emit_c.c reset). */
static void reset(emitll *e, LLVMValueRef s)
{
    LLVMBuildMemSet(e->b, field(e, e->st, s, S_DONE), c8(e, 0), c64(e, imax(e->plan.nunits, 1)), 1);
    LLVMBuildMemSet(e->b, field(e, e->st, s, S_COMBO), c8(e, 0xff), c64(e, 4LL * imax(e->p->ntables, 1)), 4);
}


/* The trace event helper (guide.h guide_trace_add). */
static void trace_call(emitll *e, LLVMValueRef t, int kind, LLVMValueRef status, LLVMValueRef index)
{
    LLVMValueRef args[4] = {t, c32(e, kind), status, index};
    call(e, e->trace_add, args, 4, "");
}

/* Whether an answer of this state (i32) and is_null (i8) gives its variable a known value. */
static LLVMValueRef answer_known(emitll *e, LLVMValueRef state, LLVMValueRef is_null)
{
    LLVMValueRef concluded = eq(e, state, c32(e, GUIDE_CONCLUDED));
    return and_(e, concluded, eq(e, is_null, c8(e, 0)));
}

/* interp.c store_answer / emit_c.c put: state, how, is_null, value (v: a guide_value) of output
 * oi (i32, among the outputs), variable var (i32). */
static void put_at(emitll *e, LLVMValueRef s, LLVMValueRef oi, LLVMValueRef var, LLVMValueRef state,
                   LLVMValueRef how, LLVMValueRef is_null, LLVMValueRef v)
{
    LLVMValueRef o = s_out(e, s, oi);
    store_output(e, o, state, how, is_null);
    store(e, v, elem(e, e->st, s, S_V, var));
    LLVMValueRef k8 = zext(e, answer_known(e, state, is_null), e->i8);
    store(e, k8, elem(e, e->st, s, S_K, var));
}

/* put_at for output variable var. */
static void put(emitll *e, LLVMValueRef s, int var, LLVMValueRef state, LLVMValueRef how,
                LLVMValueRef is_null, LLVMValueRef v)
{
    put_at(e, s, c32(e, var - e->first_out), c32(e, var), state, how, is_null, v);
}

static void put_state(emitll *e, LLVMValueRef s, int var, int state, int how)
{
    put(e, s, var, c32(e, state), c32(e, how), c8(e, 0), LLVMConstNull(e->val));
}

/* ---- Kleene logic: guide.h's truth tables (guide_k_and ...), on its i32 values 0, 1, 2 ---- */

static LLVMValueRef k_and(emitll *e, LLVMValueRef a, LLVMValueRef b)
{
    LLVMValueRef any_f = any_eq(e, a, b, c32(e, K_FALSE));
    LLVMValueRef both_t = both_eq(e, a, b, c32(e, K_TRUE));
    return sel(e, any_f, c32(e, K_FALSE), sel(e, both_t, c32(e, K_TRUE), c32(e, K_UNKNOWN)));
}

static LLVMValueRef k_or(emitll *e, LLVMValueRef a, LLVMValueRef b)
{
    LLVMValueRef any_t = any_eq(e, a, b, c32(e, K_TRUE));
    LLVMValueRef both_f = both_eq(e, a, b, c32(e, K_FALSE));
    return sel(e, any_t, c32(e, K_TRUE), sel(e, both_f, c32(e, K_FALSE), c32(e, K_UNKNOWN)));
}

static LLVMValueRef k_not(emitll *e, LLVMValueRef a)
{
    LLVMValueRef unknown = eq(e, a, c32(e, K_UNKNOWN));
    return sel(e, unknown, c32(e, K_UNKNOWN), LLVMBuildSub(e->b, c32(e, 1), a, ""));
}

static LLVMValueRef fcmp(emitll *e, LLVMRealPredicate pr, LLVMValueRef x, double c)
{
    return LLVMBuildFCmp(e->b, pr, x, cdouble(e, c), "");
}

/* interp.c interp_cond on an atom. */
static LLVMValueRef atom(emitll *e, LLVMValueRef s, const ir_atom *a)
{
    const ir_var *x = &e->p->vars[a->var];
    LLVMValueRef vp = s_v(e, s, a->var), holds;
    switch (a->kind) {
    case IR_A_BOOL:
        holds = eq(e, load(e, e->i32, vp, x->name), c32(e, a->b));
        break;
    case IR_A_LABELS: {
        LLVMValueRef l = load(e, e->i32, vp, x->name);
        l = zext(e, and_(e, l, c32(e, 63)), e->i64);
        LLVMValueRef bit = LLVMBuildLShr(e->b, LLVMConstInt(e->i64, a->labels, 0), l, "");
        holds = trunc_(e, bit, e->i1);
        break;
    }
    default: {
        LLVMValueRef v = load(e, e->f64, vp, x->name);
        int has_lo = isfinite(a->lo), has_hi = isfinite(a->hi);
        holds = LLVMConstInt(e->i1, 1, 0);
        if (has_lo && has_hi && a->lo == a->hi && a->lo_closed && a->hi_closed)
            holds = fcmp(e, LLVMRealOEQ, v, a->lo);
        else {
            if (has_lo)
                holds = fcmp(e, a->lo_closed ? LLVMRealOGE : LLVMRealOGT, v, a->lo);
            if (has_hi) {
                LLVMValueRef h = fcmp(e, a->hi_closed ? LLVMRealOLE : LLVMRealOLT, v, a->hi);
                holds = has_lo ? and_(e, holds, h) : h;
            }
        }
        break;
    }
    }
    LLVMValueRef kn = known(e, s, a->var);
    LLVMValueRef r = sel(e, kn, zext(e, holds, e->i32), c32(e, K_UNKNOWN));
    if (x->kind == GUIDE_VAR_OUTPUT) {
        /* An output no rule concludes for the case has no value: every test on it is false. */
        LLVMValueRef o = s_out(e, s, c32(e, a->var - e->first_out));
        LLVMValueRef na = eq(e, output_state(e, o), c32(e, GUIDE_NOT_APPLICABLE));
        r = sel(e, na, c32(e, K_FALSE), r);
    }
    return r;
}

static LLVMValueRef cond(emitll *e, LLVMValueRef s, const ir_cond *c)
{
    switch (c->kind) {
    case IR_C_TRUE: return c32(e, K_TRUE);
    case IR_C_ATOM: return atom(e, s, &c->atom);
    case IR_C_NOT: return k_not(e, cond(e, s, c->kids[0]));
    case IR_C_AND:
    case IR_C_OR: break;
    }
    LLVMValueRef r = c32(e, c->kind == IR_C_AND ? K_TRUE : K_FALSE);
    for (int i = 0; i < c->nkids; i++) {
        LLVMValueRef k = cond(e, s, c->kids[i]);
        r = c->kind == IR_C_AND ? k_and(e, r, k) : k_or(e, r, k);
    }
    return r;
}

/* ---- Planning (as emit_c.c plan) --------------------------------------------------------------- */

static void *zalloc(emitll *e, size_t n)
{
    return arena_alloc(&e->a, n ? n : 1);
}

/* The plan both backends compile from (emit_plan.h). */
static void plan(emitll *e)
{
    const ir_program *p = e->p;
    eplan_make(&e->plan, p, &e->a);
    e->tg = zalloc(e, sizeof(table_gen) * ((size_t)p->ntables + 1));
}

/* ---- Types ------------------------------------------------------------------------------------- */


static void make_types(emitll *e)
{
    const ir_program *p = e->p;
    LLVMContextRef cx = e->cx;
    e->vd = LLVMVoidTypeInContext(cx);
    e->i1 = LLVMInt1TypeInContext(cx);
    e->i8 = LLVMInt8TypeInContext(cx);
    e->i32 = LLVMInt32TypeInContext(cx);
    e->i64 = LLVMInt64TypeInContext(cx);
    e->f64 = LLVMDoubleTypeInContext(cx);
    e->ptr = LLVMPointerTypeInContext(cx, 0);
    e->val = LLVMArrayType2(e->i64, 2);
    LLVMTypeRef rf[2] = {e->f64, e->f64};
    e->range = LLVMStructTypeInContext(cx, rf, 2, 0);
    LLVMTypeRef lf[2] = {e->ptr, e->i32};
    e->list = LLVMStructTypeInContext(cx, lf, 2, 0);
    LLVMTypeRef gof[4] = {e->i8, e->i8, e->i8, e->i8};
    e->go = LLVMStructCreateNamed(cx, "guide_output");
    LLVMStructSetBody(e->go, gof, 4, 0);
    LLVMTypeRef evf[3] = {e->i8, e->i8, e->i32};
    e->ev = LLVMStructCreateNamed(cx, "guide_event");
    LLVMStructSetBody(e->ev, evf, 3, 0);
    LLVMTypeRef trf[4] = {e->ptr, e->isz, e->isz, e->i32};
    e->tr = LLVMStructCreateNamed(cx, "guide_trace");
    LLVMStructSetBody(e->tr, trf, 4, 0);
    LLVMTypeRef frf[11] = {e->ptr, e->ptr, e->ptr, e->ptr, e->ptr, e->ptr,
                           e->ptr, e->ptr, e->ptr, e->ptr, e->ptr};
    e->fr = LLVMStructCreateNamed(cx, "guide_frame");
    LLVMStructSetBody(e->fr, frf, 11, 0);
    /* the decision diagrams' structs (guide.h), laid out by the target's data layout as C
     * lays them out: guide_value is [2 x i64], 16 bytes aligned as uint64_t and double are */
    LLVMTypeRef lvf[10] = {e->i32, e->i32, e->i32, e->ptr, e->ptr, e->ptr, e->i32, e->ptr, e->ptr, e->ptr};
    e->ddlv = LLVMStructCreateNamed(cx, "guide_dd_level");
    LLVMStructSetBody(e->ddlv, lvf, 10, 0);
    LLVMTypeRef lff[3] = {e->i8, e->i8, e->val};
    e->ddleaf = LLVMStructCreateNamed(cx, "guide_dd_leaf");
    LLVMStructSetBody(e->ddleaf, lff, 3, 0);
    LLVMTypeRef ddf[12] = {e->i32, e->i32, e->ptr, e->i32, e->ptr, e->ptr, e->ptr, e->i32, e->i32,
                           e->ptr, e->ptr, e->i32};
    e->ddt = LLVMStructCreateNamed(cx, "guide_dd");
    LLVMStructSetBody(e->ddt, ddf, 12, 0);
    e->work = 1;
    for (int o = 0; p->dds && o < p->noutputs; o++)
        if (guide_dd_work_size(&p->dds[o]) > e->work)
            e->work = guide_dd_work_size(&p->dds[o]);
    int nvd = imax(p->nvars, 1), ncd = imax(p->nclauses, 1), nud = imax(e->plan.nunits, 1);
    LLVMTypeRef stf[11] = {LLVMArrayType2(e->val, (unsigned)nvd), LLVMArrayType2(e->i8, (unsigned)nvd),
                           e->ptr, LLVMArrayType2(e->i8, (unsigned)ncd), LLVMArrayType2(e->i8, (unsigned)ncd),
                           LLVMArrayType2(e->i8, (unsigned)nud), e->ptr,
                           LLVMArrayType2(e->i32, (unsigned)imax(p->ntables, 1)),
                           LLVMArrayType2(e->i32, (uint64_t)e->work), e->i8, e->ptr};
    e->st = LLVMStructCreateNamed(cx, "eval_state");
    LLVMStructSetBody(e->st, stf, 11, 0);

    /* NAME_input and NAME_output, field for field as emit_c.c writes NAME.h. */
    LLVMTypeRef *f = zalloc(e, sizeof(LLVMTypeRef) * ((size_t)p->nvars + 8));
    e->in_field = zalloc(e, sizeof(int) * ((size_t)p->nvars + 1));
    e->out_field = zalloc(e, sizeof(int) * ((size_t)p->nvars + 1));
    int n = 0;
    f[n++] = LLVMArrayType2(e->i64, (unsigned)e->wdim);
    for (int i = 0; i < p->ninputs; i++) {
        e->in_field[i] = n;
        f[n++] = field_type(e, p->vars[i].type);
    }
    name_of(e, "%s_input", p->name);
    e->in = LLVMStructCreateNamed(cx, sb_str(&e->nm));
    LLVMStructSetBody(e->in, f, (unsigned)n, 0);
    n = 0;
    for (int i = e->first_out; i < p->nvars; i++) {
        e->out_field[i] = n;
        f[n++] = field_type(e, p->vars[i].type);
    }
    e->state_field = n;
    f[n++] = LLVMArrayType2(e->go, (unsigned)imax(p->noutputs, 1));
    e->asks_field = n;
    f[n++] = LLVMArrayType2(LLVMArrayType2(e->i64, (unsigned)e->wdim), (unsigned)imax(p->noutputs, 1));
    /* the possible answers of every output: its diagram's leaf words, one after another */
    e->possible_at = zalloc(e, sizeof(int) * ((size_t)p->noutputs + 1));
    for (int o = 0; o < p->noutputs; o++)
        e->possible_at[o + 1] = e->possible_at[o] + (p->dds ? guide_dd_leaf_words(&p->dds[o]) : 0);
    e->possible_field = n;
    f[n++] = LLVMArrayType2(e->i64, (unsigned)imax(e->possible_at[p->noutputs], 1));
    for (int i = p->ninputs; i < e->first_out; i++) {
        e->out_field[i] = n;
        f[n++] = field_type(e, p->vars[i].type);
    }
    e->dknown_field = -1;
    if (p->nderived) {
        e->dknown_field = n;
        f[n++] = LLVMArrayType2(e->i64, (unsigned)((p->nderived + 63) / 64));
    }
    name_of(e, "%s_output", p->name);
    e->out = LLVMStructCreateNamed(cx, sb_str(&e->nm));
    LLVMStructSetBody(e->out, f, (unsigned)n, 0);
}

/* ---- Helpers (emit_c.c machinery) -------------------------------------------------------------- */

static void make_trace_add(emitll *e)
{
    LLVMTypeRef pt[4] = {e->ptr, e->i32, e->i32, e->i32};
    LLVMValueRef f = e->trace_add = function(e, "guide_trace_add", e->vd, pt, 4, 1);
    begin(e, f);
    LLVMValueRef t = LLVMGetParam(f, 0);
    LLVMBasicBlockRef ret = block(e, "ret"), some = block(e, "trace"), full = block(e, "full"),
                      add = block(e, "add");
    condbr(e, LLVMBuildIsNull(e->b, t, ""), ret, some);
    at(e, some);
    LLVMValueRef len = load(e, e->isz, field(e, e->tr, t, 1), "len");
    LLVMValueRef cap = load(e, e->isz, field(e, e->tr, t, 2), "cap");
    condbr(e, eq(e, len, cap), full, add);
    at(e, full);
    store(e, c32(e, 1), field(e, e->tr, t, 3));
    br(e, ret);
    at(e, add);
    LLVMValueRef ev = load(e, e->ptr, field(e, e->tr, t, 0), "ev");
    LLVMValueRef slot = gep(e, e->ev, ev, &len, 1);
    LLVMValueRef kind = trunc_(e, LLVMGetParam(f, 1), e->i8);
    store(e, kind, field(e, e->ev, slot, 0));
    LLVMValueRef status = trunc_(e, LLVMGetParam(f, 2), e->i8);
    store(e, status, field(e, e->ev, slot, 1));
    store(e, LLVMGetParam(f, 3), field(e, e->ev, slot, 2));
    LLVMValueRef len1 = LLVMBuildAdd(e->b, len, ci(e->isz, 1), "");
    store(e, len1, field(e, e->tr, t, 1));
    br(e, ret);
    at(e, ret);
    LLVMBuildRetVoid(e->b);
}

/* ---- Derived values ---------------------------------------------------------------------------- */

enum { X_NC = -1, X_UNKNOWN = 0, X_KNOWN = 1 };

/* An aggregate's element test (guide_elem_test) as a private constant, or a null pointer. */
static LLVMValueRef elem_test(emitll *e, const ir_expr *x)
{
    if (!x->test.holds)
        return LLVMConstNull(e->ptr);
    int n = x->test.ncuts, k = e->ntests++;
    LLVMValueRef *cuts = zalloc(e, sizeof(LLVMValueRef) * (size_t)(n + 1));
    LLVMValueRef *holds = zalloc(e, sizeof(LLVMValueRef) * (size_t)(2 * n + 1));
    for (int i = 0; i < n; i++)
        cuts[i] = cdouble(e, x->test.cuts[i]);
    for (int i = 0; i <= 2 * n; i++)
        holds[i] = c8(e, x->test.holds[i]);
    name_of(e, "test%d.cuts", k);
    LLVMValueRef gc = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->f64, cuts, (uint64_t)n));
    name_of(e, "test%d.holds", k);
    LLVMValueRef gh = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->i8, holds, (uint64_t)(2 * n + 1)));
    LLVMValueRef f[3] = {c32(e, n), gc, gh};
    name_of(e, "test%d", k);
    return cglobal(e, sb_str(&e->nm), LLVMConstStructInContext(e->cx, f, 3, 0));
}

/* libguide's guide_list_aggregate of a list input (interp.c eval_expr): *k the state. */
static LLVMValueRef aggregate(emitll *e, LLVMValueRef s, const ir_expr *x, LLVMValueRef *k)
{
    if (x->var < 0) {
        *k = c32(e, X_UNKNOWN);
        return cdouble(e, 0);
    }
    if (!e->list_agg) {
        LLVMTypeRef pt[6] = {e->i32, e->ptr, e->i32, e->f64, e->ptr, e->ptr};
        e->list_agg = function(e, "guide_list_aggregate", e->i32, pt, 6, 0);
    }
    LLVMValueRef kn = known(e, s, x->var);
    LLVMValueRef l = load(e, e->list, s_v(e, s, x->var), e->p->vars[x->var].name);
    LLVMValueRef items = LLVMBuildExtractValue(e->b, l, 0, "items");
    LLVMValueRef n = LLVMBuildExtractValue(e->b, l, 1, "n");
    n = sel(e, kn, n, c32(e, 0)); /* an unknown list is not read */
    LLVMValueRef out = local(e, e->f64, "agg");
    store(e, cdouble(e, 0), out);
    LLVMValueRef args[6] = {c32(e, (int)x->agg), items, n, cdouble(e, x->step), elem_test(e, x), out};
    LLVMValueRef ok = ne(e, call(e, e->list_agg, args, 6, "has"), c32(e, 0));
    *k = sel(e, kn, sel(e, ok, c32(e, X_KNOWN), c32(e, X_NC)), c32(e, X_UNKNOWN));
    LLVMValueRef has = eq(e, *k, c32(e, X_KNOWN)); /* one instruction per statement (above) */
    LLVMValueRef value = load(e, e->f64, out, "x");
    return sel(e, has, value, cdouble(e, 0));
}

/* interp.c eval_expr: *k gets the state (i32), the result the value (0 when not known). */
static LLVMValueRef expr(emitll *e, LLVMValueRef s, const ir_expr *x, LLVMValueRef *k)
{
    LLVMValueRef l, r, kl, kr;
    switch (x->kind) {
    case IR_E_NUM: *k = c32(e, X_KNOWN); return cdouble(e, x->num);
    case IR_E_VAR:
        if (x->var < 0) {
            *k = c32(e, X_UNKNOWN);
            return cdouble(e, 0);
        } else {
            LLVMValueRef kn = known(e, s, x->var);
            *k = sel(e, kn, c32(e, X_KNOWN), c32(e, X_UNKNOWN));
            LLVMValueRef v = load(e, e->f64, s_v(e, s, x->var), e->p->vars[x->var].name);
            if (x->step > 0) {
                /* libguide's rounding to the input's step (step.c), as interp.c and the C */
                if (!e->step_round) {
                    LLVMTypeRef pt[2] = {e->f64, e->f64};
                    e->step_round = function(e, "guide_step_round", e->f64, pt, 2, 0);
                }
                LLVMValueRef args[2] = {v, cdouble(e, x->step)};
                v = call(e, e->step_round, args, 2, "");
            }
            return sel(e, kn, v, cdouble(e, 0));
        }
    case IR_E_AGG:
        return aggregate(e, s, x, k);
    case IR_E_NEG:
        l = expr(e, s, x->l, k);
        return LLVMBuildFNeg(e->b, l, "");
    default: break;
    }
    l = expr(e, s, x->l, &kl);
    r = expr(e, s, x->r, &kr);
    if (x->kind == IR_E_ELSE) { /* l when known or not computable, else r (interp.c) */
        LLVMValueRef left = ne(e, kl, c32(e, X_UNKNOWN));
        *k = sel(e, left, kl, kr);
        return sel(e, left, l, r);
    }
    LLVMValueRef res;
    switch (x->kind) {
    case IR_E_ADD: res = LLVMBuildFAdd(e->b, l, r, ""); break;
    case IR_E_SUB: res = LLVMBuildFSub(e->b, l, r, ""); break;
    case IR_E_MUL: res = LLVMBuildFMul(e->b, l, r, ""); break;
    default: res = LLVMBuildFDiv(e->b, l, r, ""); break;
    }
    LLVMValueRef both = both_eq(e, kl, kr, c32(e, X_KNOWN));
    LLVMValueRef any_nc = any_eq(e, kl, kr, c32(e, X_NC));
    LLVMValueRef join = sel(e, any_nc, c32(e, X_NC), c32(e, X_UNKNOWN));
    LLVMValueRef below = fcmp(e, LLVMRealOLT, res, HUGE_VAL);
    LLVMValueRef finite = and_(e, below, fcmp(e, LLVMRealOGT, res, -HUGE_VAL));
    if (x->kind == IR_E_DIV)
        finite = and_(e, finite, fcmp(e, LLVMRealONE, r, 0));
    LLVMValueRef ok = sel(e, finite, c32(e, X_KNOWN), c32(e, X_NC));
    *k = sel(e, both, ok, join);
    return sel(e, both, res, cdouble(e, 0));
}

/* The label match derivation vi maps lab (i32) to when kn (i1), its source known; else 0. An
 * unknown source's label is not read: index 0. */
static LLVMValueRef mapped_label(emitll *e, int vi, LLVMValueRef kn, LLVMValueRef lab)
{
    LLVMValueRef ix = sel(e, kn, lab, c32(e, 0));
    LLVMValueRef mapped = load(e, e->i32, global_elem(e, e->map[vi], ix), "");
    return sel(e, kn, mapped, c32(e, 0));
}

static void make_derived(emitll *e, int vi)
{
    const ir_program *p = e->p;
    const ir_var *v = &p->vars[vi];
    LLVMValueRef s;
    e->derive[vi] = state_function(e, "derive", v->name, e->i32, &s);
    LLVMValueRef zero = LLVMConstNull(e->val);
    if (v->is_match) {
        if (v->src < 0) {
            store(e, c8(e, 0), s_k(e, s, vi));
            store(e, zero, s_v(e, s, vi));
            LLVMBuildRet(e->b, c32(e, 0));
            return;
        }
        const ir_var *src = &p->vars[v->src];
        int nl = imax(src->nlabels, 1);
        LLVMValueRef *el = zalloc(e, sizeof(LLVMValueRef) * (size_t)nl);
        for (int l = 0; l < nl; l++)
            el[l] = c32(e, l < src->nlabels ? v->map[l] : 0);
        name_of(e, "map.%s", v->name);
        e->map[vi] = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->i32, el, (uint64_t)nl));
        LLVMValueRef ks = load(e, e->i8, s_k(e, s, v->src), "k");
        store(e, ks, s_k(e, s, vi));
        LLVMValueRef lab = load(e, e->i32, s_v(e, s, v->src), src->name);
        LLVMValueRef kn = ne(e, ks, c8(e, 0));
        LLVMValueRef label = mapped_label(e, vi, kn, lab);
        store(e, zero, s_v(e, s, vi));
        store(e, label, s_v(e, s, vi));
        LLVMBuildRet(e->b, c32(e, 0));
        return;
    }
    if (!v->expr) {
        store(e, c8(e, 0), s_k(e, s, vi));
        store(e, zero, s_v(e, s, vi));
        LLVMBuildRet(e->b, c32(e, 0));
        return;
    }
    LLVMValueRef k, x = expr(e, s, v->expr, &k);
    LLVMValueRef kn = eq(e, k, c32(e, X_KNOWN));
    LLVMValueRef kn8 = zext(e, kn, e->i8);
    store(e, kn8, s_k(e, s, vi));
    store(e, zero, s_v(e, s, vi));
    LLVMValueRef xv = v->type == GUIDE_BOOL ? zext(e, and_(e, kn, fcmp(e, LLVMRealONE, x, 0)), e->i32) /* any, all */
                                            : sel(e, kn, x, cdouble(e, 0));
    store(e, xv, s_v(e, s, vi));
    LLVMBuildRet(e->b, zext(e, eq(e, k, c32(e, X_NC)), e->i32));
}

/* ---- Rules and tables -------------------------------------------------------------------------- */

/* A clause's truth t and, in *st, its status (emit_c.c set_clause). */
static LLVMValueRef set_clause(emitll *e, LLVMValueRef w, LLVMValueRef u, LLVMValueRef *st)
{
    LLVMValueRef t = k_and(e, w, k_not(e, u));
    LLVMValueRef not_fired = eq(e, w, c32(e, K_FALSE));
    LLVMValueRef excepted = eq(e, u, c32(e, K_TRUE));
    LLVMValueRef fired = eq(e, t, c32(e, K_TRUE));
    *st = sel(e, not_fired, c32(e, GUIDE_CL_NOT_FIRED),
              sel(e, excepted, c32(e, GUIDE_CL_EXCEPTED),
                  sel(e, fired, c32(e, GUIDE_CL_FIRED), c32(e, GUIDE_CL_UNDETERMINED))));
    return t;
}

static void store_clause(emitll *e, LLVMValueRef s, int ci, LLVMValueRef st, LLVMValueRef eff)
{
    LLVMValueRef st8 = trunc_(e, st, e->i8);
    store(e, st8, elem(e, e->st, s, S_ST, c32(e, ci)));
    LLVMValueRef eff8 = trunc_(e, eff, e->i8);
    store(e, eff8, elem(e, e->st, s, S_EFF, c32(e, ci)));
}


/* The cell (i32) of number x among the cuts of column k of table t, found by binary search in
 * a constant array of the cuts (gk_cell, as the C backend and the interpreter find it). */
static LLVMValueRef cell_by_search(emitll *e, int t, int k, LLVMValueRef x)
{
    const eplan_table *tp = &e->plan.tp[t];
    table_gen *tg = &e->tg[t];
    if (!tg->cuts_g)
        tg->cuts_g = zalloc(e, sizeof(LLVMValueRef) * ((size_t)tp->nv + 1));
    if (!tg->cuts_g[k]) {
        LLVMValueRef *el = zalloc(e, sizeof(LLVMValueRef) * (size_t)tp->ncuts[k]);
        for (int i = 0; i < tp->ncuts[k]; i++)
            el[i] = cdouble(e, tp->cuts[k][i]);
        name_of(e, "cuts.%s.%s", e->p->tables[t].name, e->p->vars[tp->vars[k]].name);
        tg->cuts_g[k] = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->f64, el, (uint64_t)tp->ncuts[k]));
    }
    LLVMValueRef args[3] = {tg->cuts_g[k], c32(e, tp->ncuts[k]), x};
    return call(e, e->gk_cell, args, 3, "cell");
}
/* The combination of cells table t's columns fall in, or -2 when a column is unknown, computed
 * once per evaluation (emit_c.c cells_x). */
static void make_cells(emitll *e, int t)
{
    const ir_program *p = e->p;
    eplan_table *tp = &e->plan.tp[t];
    table_gen *tg = &e->tg[t];
    LLVMValueRef s;
    tg->cells_fn = state_function(e, "cells", p->tables[t].name, e->i32, &s);
    LLVMValueRef cp = elem(e, e->st, s, S_COMBO, c32(e, t));
    LLVMValueRef c = load(e, e->i32, cp, "combo");
    LLVMBasicBlockRef after = if_begin(e, ne(e, c, c32(e, -1)), "cached");
    LLVMBuildRet(e->b, c);
    if_end(e, after);
    LLVMValueRef unknown = LLVMConstInt(e->i1, 0, 0);
    for (int k = 0; k < tp->nv; k++)
        unknown = or_(e, unknown, LLVMBuildNot(e->b, known(e, s, tp->vars[k]), ""));
    after = if_begin(e, unknown, "unknown");
    store(e, c32(e, -2), cp);
    LLVMBuildRet(e->b, c32(e, -2));
    if_end(e, after);
    LLVMValueRef cell = c32(e, 0);
    for (int k = 0; k < tp->nv; k++) {
        const ir_var *v = &p->vars[tp->vars[k]];
        LLVMValueRef vp = s_v(e, s, v->index), ix;
        if (v->type == GUIDE_BOOL || v->type == GUIDE_ENUM)
            ix = load(e, e->i32, vp, v->name);
        else {
            LLVMValueRef x = load(e, e->f64, vp, v->name);
            ix = c32(e, 0);
            if (tp->ncuts[k] > EMITLL_LINEAR_CUTS) {
                /* gk_cell gives the same cell: 2i between cuts i - 1 and i, 2i + 1 at cut i */
                ix = cell_by_search(e, t, k, x);
            }
            for (int i = 0; i < tp->ncuts[k] && tp->ncuts[k] <= EMITLL_LINEAR_CUTS; i++) {
                ix = LLVMBuildAdd(e->b, ix, zext(e, fcmp(e, LLVMRealOGT, x, tp->cuts[k][i]), e->i32), "");
                ix = LLVMBuildAdd(e->b, ix, zext(e, fcmp(e, LLVMRealOGE, x, tp->cuts[k][i]), e->i32), "");
            }
        }
        cell = LLVMBuildAdd(e->b, LLVMBuildMul(e->b, cell, c32(e, tp->ncells[k]), ""), ix, "");
    }
    store(e, cell, cp);
    LLVMBuildRet(e->b, cell);

    /* the rows each combination matches: (row, status) pairs, END_ROWS after each list */
    int total = 0;
    for (int li = 0; li < tp->nlists; li++) {
        int n = 0;
        while (tp->lists[li][n] >= 0)
            n++;
        total += n + 1;
    }
    LLVMValueRef *el = zalloc(e, sizeof(LLVMValueRef) * (size_t)(total + 1));
    int n = 0;
    for (int li = 0; li < tp->nlists; li++) {
        for (int k = 0; tp->lists[li][k] >= 0; k++)
            el[n++] = ci(LLVMInt16TypeInContext(e->cx), tp->lists[li][k]);
        el[n++] = LLVMConstInt(LLVMInt16TypeInContext(e->cx), EMITLL_END_ROWS, 0);
    }
    name_of(e, "rows.%s", p->tables[t].name);
    tg->rows = cglobal(e, sb_str(&e->nm), LLVMConstArray2(LLVMInt16TypeInContext(e->cx), el, (uint64_t)n));
    LLVMValueRef *off = zalloc(e, sizeof(LLVMValueRef) * (size_t)tp->ncombos);
    for (long cb = 0; cb < tp->ncombos; cb++)
        off[cb] = c32(e, tp->list_off[tp->combo_list[cb]]);
    name_of(e, "combos.%s", p->tables[t].name);
    tg->offs = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->i32, off, (uint64_t)tp->ncombos));
    tg->ansg = zalloc(e, sizeof(LLVMValueRef) * ((size_t)tp->nfast + 1));
    for (int j = 0; j < tp->nfast; j++) {
        for (long cb = 0; cb < tp->ncombos; cb++)
            off[cb] = c32(e, tp->ans[j][cb]);
        name_of(e, "answers.%s.%s", p->tables[t].name, p->vars[tp->fast_vars[j]].name);
        tg->ansg[j] = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->i32, off, (uint64_t)tp->ncombos));
    }
}

static LLVMValueRef int_list(emitll *e, const char *name, const int *v, int n)
{
    if (!n)
        return LLVMConstPointerNull(e->ptr);
    LLVMValueRef *el = zalloc(e, sizeof(LLVMValueRef) * (size_t)n);
    for (int i = 0; i < n; i++)
        el[i] = c32(e, v[i]);
    return cglobal(e, name, LLVMConstArray2(e->i32, el, (uint64_t)n));
}

/* Whether condition c is an atom the row loop evaluates: on an input or derived value (an
 * output's atom is false when no rule concludes it, which the loop does not test). */
static int plain_atom(const ir_program *p, const ir_cond *c)
{
    return c->kind == IR_C_ATOM && p->vars[c->atom.var].kind != GUIDE_VAR_OUTPUT;
}

/* Whether c is a plain atom or a conjunction of them. */
static int plain_and(const ir_program *p, const ir_cond *c)
{
    if (c->kind != IR_C_AND)
        return plain_atom(p, c);
    for (int i = 0; i < c->nkids; i++)
        if (!plain_and(p, c->kids[i]))
            return 0;
    return 1;
}

/* Whether row cl of a table is plain: no unless, and a when that is true, a plain atom or a
 * conjunction of plain atoms (a table row's cells, and its guard's). */
static int plain_row(const ir_program *p, const ir_clause *cl)
{
    const ir_cond *w = cl->when;
    return !cl->unless && w && (w->kind == IR_C_TRUE || plain_and(p, w));
}

/* The atoms of plain condition c. */
static int count_plain(const ir_cond *c)
{
    int n = c->kind == IR_C_ATOM;
    for (int i = 0; c->kind == IR_C_AND && i < c->nkids; i++)
        n += count_plain(c->kids[i]);
    return n;
}

/* Whether table t is evaluated row by row by the row loop (make_row_loop). */
static int row_loop(const ir_program *p, int t)
{
    const ir_table *tb = &p->tables[t];
    if (tb->nrows <= EMITLL_LOOP_ROWS)
        return 0;
    for (int r = 0; r < tb->nrows; r++)
        if (!plain_row(p, &p->clauses[tb->first_clause + r]))
            return 0;
    return 1;
}

/* Appends the atoms of plain condition c to the row loop's arrays at *n. */
static void row_atoms(emitll *e, const ir_cond *c, LLVMValueRef *var, LLVMValueRef *flags,
                      LLVMValueRef *lo, LLVMValueRef *hi, LLVMValueRef *bits, int *n)
{
    if (c->kind == IR_C_AND) {
        for (int i = 0; i < c->nkids; i++)
            row_atoms(e, c->kids[i], var, flags, lo, hi, bits, n);
        return;
    }
    if (c->kind != IR_C_ATOM)
        return;
    const ir_atom *a = &c->atom;
    int f = a->kind == IR_A_BOOL ? RA_BOOL : a->kind == IR_A_LABELS ? RA_LABELS : RA_INTERVAL;
    uint64_t b = a->kind == IR_A_BOOL ? (uint64_t)a->b : a->kind == IR_A_LABELS ? a->labels : 0;
    if (f == RA_INTERVAL) {
        f |= (isfinite(a->lo) ? RA_HAS_LO : 0) | (a->lo_closed ? RA_LO_CLOSED : 0);
        f |= (isfinite(a->hi) ? RA_HAS_HI : 0) | (a->hi_closed ? RA_HI_CLOSED : 0);
    }
    var[*n] = c32(e, a->var);
    flags[*n] = c32(e, f);
    lo[*n] = cdouble(e, isfinite(a->lo) ? a->lo : 0);
    hi[*n] = cdouble(e, isfinite(a->hi) ? a->hi : 0);
    bits[*n] = LLVMConstInt(e->i64, b, 0);
    (*n)++;
}


/* Whether x is within one bound of a row-loop atom: the bound is absent (flag has clear), or x
 * compares to it as `closed` when the flag closed is set, else as `open`. */
static LLVMValueRef bound_holds(emitll *e, LLVMValueRef fl, LLVMValueRef x, LLVMValueRef bound,
                                LLVMRealPredicate closed, LLVMRealPredicate open, int closed_flag,
                                int has_flag)
{
    LLVMValueRef if_closed = LLVMBuildFCmp(e->b, closed, x, bound, "");
    LLVMValueRef if_open = LLVMBuildFCmp(e->b, open, x, bound, "");
    LLVMValueRef is_closed = ne(e, and_(e, fl, c32(e, closed_flag)), c32(e, 0));
    LLVMValueRef within = sel(e, is_closed, if_closed, if_open);
    LLVMValueRef absent = eq(e, and_(e, fl, c32(e, has_flag)), c32(e, 0));
    return or_(e, absent, within);
}
/* The rows of table t in Kleene logic as a loop over constant arrays of their atoms (row_loop):
 * the same statuses and effects as the code make_unit writes for each row. */
static void make_row_loop(emitll *e, int t, LLVMValueRef s)
{
    const ir_program *p = e->p;
    const ir_table *tb = &p->tables[t];
    int natoms = 0;
    for (int r = 0; r < tb->nrows; r++) {
        natoms += count_plain(p->clauses[tb->first_clause + r].when);
    }
    size_t na = (size_t)natoms + 1;
    LLVMValueRef *start = zalloc(e, sizeof(LLVMValueRef) * ((size_t)tb->nrows + 1));
    LLVMValueRef *var = zalloc(e, sizeof(LLVMValueRef) * na), *flags = zalloc(e, sizeof(LLVMValueRef) * na);
    LLVMValueRef *lo = zalloc(e, sizeof(LLVMValueRef) * na), *hi = zalloc(e, sizeof(LLVMValueRef) * na);
    LLVMValueRef *bits = zalloc(e, sizeof(LLVMValueRef) * na);
    int n = 0;
    for (int r = 0; r < tb->nrows; r++) {
        start[r] = c32(e, n);
        row_atoms(e, p->clauses[tb->first_clause + r].when, var, flags, lo, hi, bits, &n);
    }
    start[tb->nrows] = c32(e, n);
    /* an empty array would have no element to point at: one unused atom at the end */
    var[n] = c32(e, 0);
    flags[n] = c32(e, RA_BOOL);
    lo[n] = hi[n] = cdouble(e, 0);
    bits[n] = LLVMConstInt(e->i64, 0, 0);
    name_of(e, "row_atoms.%s", tb->name);
    LLVMValueRef g_start = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->i32, start, (uint64_t)tb->nrows + 1));
    name_of(e, "atom_var.%s", tb->name);
    LLVMValueRef g_var = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->i32, var, na));
    name_of(e, "atom_flags.%s", tb->name);
    LLVMValueRef g_flags = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->i32, flags, na));
    name_of(e, "atom_lo.%s", tb->name);
    LLVMValueRef g_lo = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->f64, lo, na));
    name_of(e, "atom_hi.%s", tb->name);
    LLVMValueRef g_hi = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->f64, hi, na));
    name_of(e, "atom_bits.%s", tb->name);
    LLVMValueRef g_bits = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->i64, bits, na));

    int first_hit = tb->shadows;
    LLVMValueRef earlier = local(e, e->i32, "earlier");
    store(e, c32(e, K_FALSE), earlier);
    LLVMValueRef any_false = local(e, e->i1, "any_false"), any_unknown = local(e, e->i1, "any_unknown");
    loop rows;
    LLVMValueRef r = loop_begin(e, &rows, e->i32, c32(e, 0), c32(e, tb->nrows));
    store(e, LLVMConstInt(e->i1, 0, 0), any_false);
    store(e, LLVMConstInt(e->i1, 0, 0), any_unknown);
    LLVMValueRef a0 = load(e, e->i32, global_elem(e, g_start, r), "from");
    LLVMValueRef r1 = LLVMBuildAdd(e->b, r, c32(e, 1), "");
    LLVMValueRef a1 = load(e, e->i32, global_elem(e, g_start, r1), "to");
    {
        /* Kleene and of the atoms: false if one is false, else unknown if one is unknown */
        loop atoms;
        LLVMValueRef a = loop_begin(e, &atoms, e->i32, a0, a1);
        LLVMValueRef v = load(e, e->i32, global_elem(e, g_var, a), "var");
        LLVMValueRef fl = load(e, e->i32, global_elem(e, g_flags, a), "flags");
        LLVMValueRef k = load(e, e->i8, elem(e, e->st, s, S_K, v), "k");
        LLVMBasicBlockRef is_known = block(e, "known"), unk = block(e, "unknown");
        condbr(e, ne(e, k, c8(e, 0)), is_known, unk);
        at(e, unk);
        store(e, LLVMConstInt(e->i1, 1, 0), any_unknown);
        br(e, atoms.step);
        at(e, is_known);
        LLVMValueRef vp = elem(e, e->st, s, S_V, v);
        LLVMValueRef kind = and_(e, fl, c32(e, RA_KIND));
        LLVMValueRef holds = local(e, e->i1, "holds");
        LLVMBasicBlockRef b_bool = block(e, "bool"), b_labels = block(e, "labels"),
                          b_num = block(e, "interval"), b_done = block(e, "tested");
        LLVMValueRef sw = LLVMBuildSwitch(e->b, kind, b_num, 2);
        LLVMAddCase(sw, c32(e, RA_BOOL), b_bool);
        LLVMAddCase(sw, c32(e, RA_LABELS), b_labels);
        at(e, b_bool);
        LLVMValueRef bv = load(e, e->i32, vp, "b");
        LLVMValueRef want = load(e, e->i64, global_elem(e, g_bits, a), "want");
        LLVMValueRef want32 = trunc_(e, want, e->i32);
        store(e, eq(e, bv, want32), holds);
        br(e, b_done);
        at(e, b_labels);
        LLVMValueRef l = load(e, e->i32, vp, "label");
        LLVMValueRef l63 = and_(e, l, c32(e, 63));
        LLVMValueRef sh = zext(e, l63, e->i64);
        LLVMValueRef set = load(e, e->i64, global_elem(e, g_bits, a), "labels");
        LLVMValueRef bit = LLVMBuildLShr(e->b, set, sh, "");
        store(e, trunc_(e, bit, e->i1), holds);
        br(e, b_done);
        at(e, b_num);
        LLVMValueRef x = load(e, e->f64, vp, "x");
        LLVMValueRef lov = load(e, e->f64, global_elem(e, g_lo, a), "lo");
        LLVMValueRef hiv = load(e, e->f64, global_elem(e, g_hi, a), "hi");
        LLVMValueRef ok_lo = bound_holds(e, fl, x, lov, LLVMRealOGE, LLVMRealOGT, RA_LO_CLOSED, RA_HAS_LO);
        LLVMValueRef ok_hi = bound_holds(e, fl, x, hiv, LLVMRealOLE, LLVMRealOLT, RA_HI_CLOSED, RA_HAS_HI);
        store(e, and_(e, ok_lo, ok_hi), holds);
        br(e, b_done);
        at(e, b_done);
        LLVMValueRef h = load(e, e->i1, holds, "holds");
        LLVMBasicBlockRef is_false = block(e, "false");
        condbr(e, h, atoms.step, is_false);
        at(e, is_false);
        store(e, LLVMConstInt(e->i1, 1, 0), any_false);
        loop_end(e, &atoms);
    }
    LLVMValueRef f = load(e, e->i1, any_false, "any_false");
    LLVMValueRef u = load(e, e->i1, any_unknown, "any_unknown");
    LLVMValueRef tu = sel(e, u, c32(e, K_UNKNOWN), c32(e, K_TRUE));
    LLVMValueRef w = sel(e, f, c32(e, K_FALSE), tu), st;
    LLVMValueRef tr = set_clause(e, w, c32(e, K_FALSE), &st), eff = tr;
    if (first_hit) {
        /* as make_unit's code for each row */
        LLVMValueRef ea = load(e, e->i32, earlier, "earlier");
        eff = k_and(e, tr, k_not(e, ea));
        LLVMValueRef shadowed = both_eq(e, tr, ea, c32(e, K_TRUE));
        LLVMValueRef eff_unknown = eq(e, eff, c32(e, K_UNKNOWN));
        LLVMValueRef undet = and_(e, eff_unknown, eq(e, st, c32(e, GUIDE_CL_FIRED)));
        LLVMValueRef st2 = sel(e, undet, c32(e, GUIDE_CL_UNDETERMINED), st);
        st = sel(e, shadowed, c32(e, GUIDE_CL_SHADOWED), st2);
        store(e, k_or(e, ea, tr), earlier);
    }
    LLVMValueRef cl = LLVMBuildAdd(e->b, r, c32(e, tb->first_clause), "clause");
    LLVMValueRef st8 = trunc_(e, st, e->i8);
    store(e, st8, elem(e, e->st, s, S_ST, cl));
    LLVMValueRef eff8 = trunc_(e, eff, e->i8);
    store(e, eff8, elem(e, e->st, s, S_EFF, cl));
    loop_end(e, &rows);
}

static void make_unit(emitll *e, int u)
{
    const ir_program *p = e->p;
    int ci = e->plan.unit_clause[u];
    const ir_table *tb = ci < 0 ? &p->tables[u] : NULL;
    LLVMValueRef s;
    e->unit_fn[u] = state_function(e, tb ? "table" : "rule", tb ? tb->name : p->clauses[ci].name,
                                   e->vd, &s);
    store(e, c8(e, 1), elem(e, e->st, s, S_DONE, c32(e, u)));
    int first = tb ? tb->first_clause : ci, n = tb ? tb->nrows : 1;
    if (tb && e->plan.tp[u].fast) {
        LLVMTypeRef i16 = LLVMInt16TypeInContext(e->cx);
        /* every column known: the rows the lookup lists matched, were excepted or shadowed; the
         * others did not match (emit_c.c fill_rows) */
        table_gen *tg = &e->tg[u];
        LLVMValueRef cell = call(e, tg->cells_fn, &s, 1, "cell");
        LLVMBasicBlockRef after = if_begin(e, LLVMBuildICmp(e->b, LLVMIntSGE, cell, c32(e, 0), ""), "lookup");
        LLVMBuildMemSet(e->b, elem(e, e->st, s, S_ST, c32(e, first)), c8(e, GUIDE_CL_NOT_FIRED), c64(e, n), 1);
        LLVMBuildMemSet(e->b, elem(e, e->st, s, S_EFF, c32(e, first)), c8(e, K_FALSE), c64(e, n), 1);
        LLVMValueRef pos = local(e, e->i32, "pos");
        store(e, load(e, e->i32, global_elem(e, tg->offs, cell), "off"), pos);
        LLVMBasicBlockRef head = block(e, "pair"), body = block(e, "hit"), done = block(e, "filled");
        br(e, head);
        at(e, head);
        LLVMValueRef at_ = load(e, e->i32, pos, "");
        LLVMValueRef row = load(e, i16, global_elem(e, tg->rows, at_), "row");
        condbr(e, eq(e, row, LLVMConstInt(i16, EMITLL_END_ROWS, 0)), done, body);
        at(e, body);
        LLVMValueRef st = load(e, i16, global_elem(e, tg->rows, LLVMBuildAdd(e->b, at_, c32(e, 1), "")), "status");
        LLVMValueRef cl = LLVMBuildAdd(e->b, zext(e, row, e->i32), c32(e, first), "");
        LLVMValueRef st8 = trunc_(e, st, e->i8);
        store(e, st8, elem(e, e->st, s, S_ST, cl));
        LLVMValueRef fired = eq(e, st, LLVMConstInt(i16, GUIDE_CL_FIRED, 0));
        LLVMValueRef eff8 = sel(e, fired, c8(e, K_TRUE), c8(e, K_FALSE));
        store(e, eff8, elem(e, e->st, s, S_EFF, cl));
        store(e, LLVMBuildAdd(e->b, at_, c32(e, 2), ""), pos);
        br(e, head);
        at(e, done);
        LLVMBuildRetVoid(e->b);
        if_end(e, after);
        /* a column is unknown: each row in Kleene logic */
    }
    if (tb && row_loop(p, u)) {
        make_row_loop(e, u, s);
        LLVMBuildRetVoid(e->b);
        return;
    }
    int first_hit = tb && tb->shadows;
    LLVMValueRef earlier = c32(e, K_FALSE);
    for (int r = 0; r < n; r++) {
        const ir_clause *cl = &p->clauses[first + r];
        LLVMValueRef w = cond(e, s, cl->when);
        LLVMValueRef un = cl->unless ? cond(e, s, cl->unless) : c32(e, K_FALSE), st;
        LLVMValueRef t = set_clause(e, w, un, &st), eff = t;
        if (first_hit) {
            /* emit_c.c first_row / interp.c eval_first_table */
            eff = k_and(e, t, k_not(e, earlier));
            LLVMValueRef shadowed = both_eq(e, t, earlier, c32(e, K_TRUE));
            LLVMValueRef eff_unknown = eq(e, eff, c32(e, K_UNKNOWN));
            LLVMValueRef undet = and_(e, eff_unknown, eq(e, st, c32(e, GUIDE_CL_FIRED)));
            st = sel(e, shadowed, c32(e, GUIDE_CL_SHADOWED), sel(e, undet, c32(e, GUIDE_CL_UNDETERMINED), st));
            earlier = k_or(e, earlier, t);
        }
        store_clause(e, s, first + r, st, eff);
    }
    LLVMBuildRetVoid(e->b);
}

/* ---- Outputs ----------------------------------------------------------------------------------- */

/* interp.c kleene_answer / emit_c.c emit_answer. Returns nonzero (i32) when decided. */
static void make_answer(emitll *e, int vi)
{
    const ir_program *p = e->p;
    const ir_var *o = &p->vars[vi];
    LLVMValueRef s;
    e->answer[vi] = state_function(e, "answer", o->name, e->i32, &s);
    if (!o->nconcluders) {
        put_state(e, s, vi, GUIDE_NOT_APPLICABLE, GUIDE_HOW_DIRECT);
        LLVMBuildRet(e->b, c32(e, 1));
        return;
    }
    LLVMValueRef gv = NULL, gn = NULL;
    if (o->type != GUIDE_SET) {
        LLVMValueRef *vals = zalloc(e, sizeof(LLVMValueRef) * (size_t)o->nconcluders);
        LLVMValueRef *nulls = zalloc(e, sizeof(LLVMValueRef) * (size_t)o->nconcluders);
        for (int i = 0; i < o->nconcluders; i++) {
            const ir_value *val = eplan_concl_for(&p->clauses[o->concluders[i]], vi);
            vals[i] = cvalue(e, vi, &val->v);
            nulls[i] = c8(e, val->is_null);
        }
        name_of(e, "values.%s", o->name);
        gv = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->val, vals, (uint64_t)o->nconcluders));
        name_of(e, "nulls.%s", o->name);
        gn = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->i8, nulls, (uint64_t)o->nconcluders));
    }
    int ft = e->plan.fast_table[vi];
    if (ft >= 0 && e->plan.tp[ft].fast) {
        /* no trace and every column known: the answer is in the lookup (emit_c.c decode) */
        table_gen *tg = &e->tg[ft];
        LLVMValueRef t = load(e, e->ptr, field(e, e->st, s, S_TRACE), "trace");
        LLVMBasicBlockRef after = if_begin(e, LLVMBuildIsNull(e->b, t, ""), "untraced");
        LLVMValueRef cell = call(e, tg->cells_fn, &s, 1, "cell");
        LLVMBasicBlockRef a2 = if_begin(e, LLVMBuildICmp(e->b, LLVMIntSGE, cell, c32(e, 0), ""), "lookup");
        LLVMValueRef code = load(e, e->i32, global_elem(e, tg->ansg[e->plan.fast_slot[vi]], cell), "code");
        LLVMBasicBlockRef a3 = if_begin(e, LLVMBuildICmp(e->b, LLVMIntSLT, code, c32(e, 2), ""), "no_value");
        LLVMValueRef state = sel(e, eq(e, code, c32(e, 1)), c32(e, GUIDE_CONFLICT), c32(e, GUIDE_NOT_APPLICABLE));
        put(e, s, vi, state, c32(e, GUIDE_HOW_DIRECT), c8(e, 0), LLVMConstNull(e->val));
        LLVMBuildRet(e->b, c32(e, 1));
        if_end(e, a3);
        LLVMValueRef k = LLVMBuildSub(e->b, code, c32(e, 2), "");
        LLVMValueRef v = load(e, e->val, global_elem(e, gv, k), "value");
        LLVMValueRef isn = load(e, e->i8, global_elem(e, gn, k), "is_null");
        put(e, s, vi, c32(e, GUIDE_CONCLUDED), c32(e, GUIDE_HOW_DIRECT), isn, v);
        LLVMBuildRet(e->b, c32(e, 1));
        if_end(e, a2);
        if_end(e, after);
    }
    /* the rules and tables it needs, each once per evaluation */
    uint8_t *needed = zalloc(e, (size_t)e->plan.nunits + 1);
    for (int i = 0; i < o->nconcluders; i++) {
        int u = e->plan.unit_of[o->concluders[i]];
        if (needed[u])
            continue;
        needed[u] = 1;
        LLVMValueRef done = load(e, e->i8, elem(e, e->st, s, S_DONE, c32(e, u)), "done");
        LLVMBasicBlockRef after = if_begin(e, eq(e, done, c8(e, 0)), "eval");
        call(e, e->unit_fn[u], &s, 1, "");
        if_end(e, after);
    }
    /* the trace records each rule and row when an output first needs it */
    const int *em = e->plan.emit[vi];
    if (em[0] >= 0) {
        LLVMValueRef t = load(e, e->ptr, field(e, e->st, s, S_TRACE), "trace");
        LLVMBasicBlockRef after = if_begin(e, LLVMBuildIsNotNull(e->b, t, ""), "trace");
        for (int k = 0; em[k] >= 0; k += 2) {
            if (em[k] == em[k + 1]) {
                LLVMValueRef st = zext(e, load(e, e->i8, elem(e, e->st, s, S_ST, c32(e, em[k])), "st"), e->i32);
                trace_call(e, t, GUIDE_EV_CLAUSE, st, c32(e, em[k]));
                continue;
            }
            loop l;
            LLVMValueRef c = loop_begin(e, &l, e->i32, c32(e, em[k]), c32(e, em[k + 1] + 1));
            LLVMValueRef st = zext(e, load(e, e->i8, elem(e, e->st, s, S_ST, c), "st"), e->i32);
            trace_call(e, t, GUIDE_EV_CLAUSE, st, c);
            loop_end(e, &l);
        }
        if_end(e, after);
    }
    /* The fold is a loop over constant arrays (clause, value class or labels of each concluder),
     * with branches: most concluders do not hold, and a loop predicts well where a chain of
     * selects over every concluder would not. */
    int n = o->nconcluders, set = o->type == GUIDE_SET;
    int *conc = zalloc(e, sizeof(int) * (size_t)n);
    LLVMValueRef *bitsv = zalloc(e, sizeof(LLVMValueRef) * (size_t)n);
    for (int i = 0; i < n; i++) {
        conc[i] = o->concluders[i];
        bitsv[i] = LLVMConstInt(e->i64, eplan_concl_for(&p->clauses[conc[i]], vi)->v.set, 0);
    }
    name_of(e, "concluders.%s", o->name);
    LLVMValueRef gc = int_list(e, sb_str(&e->nm), conc, n);
    name_of(e, "classes.%s", o->name);
    LLVMValueRef gk = int_list(e, sb_str(&e->nm), e->plan.klass[vi], n);
    LLVMValueRef gb = NULL;
    if (set) {
        name_of(e, "labels.%s.concluded", o->name);
        gb = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->i64, bitsv, (uint64_t)n));
    }
    LLVMValueRef first = local(e, e->i32, "first"), cls = local(e, e->i32, "cls"),
                 clash = local(e, e->i1, "clash"), unknown = local(e, e->i1, "unknown"),
                 acc = local(e, e->i64, "set");
    store(e, c32(e, -1), first);
    store(e, c32(e, -1), cls);
    store(e, LLVMConstInt(e->i1, 0, 0), clash);
    store(e, LLVMConstInt(e->i1, 0, 0), unknown);
    store(e, c64(e, 0), acc);
    {
        loop l;
        LLVMValueRef i = loop_begin(e, &l, e->i32, c32(e, 0), c32(e, n));
        LLVMValueRef c = load(e, e->i32, global_elem(e, gc, i), "clause");
        LLVMValueRef ef = load(e, e->i8, elem(e, e->st, s, S_EFF, c), "eff");
        LLVMBasicBlockRef holds = block(e, "holds"), other = block(e, "other"), unk = block(e, "unknown");
        condbr(e, eq(e, ef, c8(e, K_TRUE)), holds, other);
        at(e, other);
        condbr(e, eq(e, ef, c8(e, K_UNKNOWN)), unk, l.step);
        at(e, unk);
        store(e, LLVMConstInt(e->i1, 1, 0), unknown);
        br(e, l.step);
        at(e, holds);
        if (set) {
            /* every concluder that holds adds its labels (emit_c.c fold_set) */
            LLVMValueRef bits = load(e, e->i64, global_elem(e, gb, i), "bits");
            store(e, or_(e, load(e, e->i64, acc, ""), bits), acc);
            store(e, c32(e, 0), first);
        } else {
            /* the first that holds gives the value; another class is a conflict (emit_c.c fold) */
            LLVMValueRef k = load(e, e->i32, global_elem(e, gk, i), "class");
            LLVMBasicBlockRef take = block(e, "take"), cmp = block(e, "compare");
            condbr(e, LLVMBuildICmp(e->b, LLVMIntSLT, load(e, e->i32, first, ""), c32(e, 0), ""), take, cmp);
            at(e, take);
            store(e, i, first);
            store(e, k, cls);
            br(e, l.step);
            at(e, cmp);
            LLVMValueRef other_class = ne(e, load(e, e->i32, cls, ""), k);
            store(e, or_(e, load(e, e->i1, clash, ""), other_class), clash);
        }
        loop_end(e, &l);
    }
    LLVMBasicBlockRef after;
    if (!set) {
        /* two rules or rows that hold disagree: more knowledge cannot undo that */
        after = if_begin(e, load(e, e->i1, clash, ""), "conflict");
        put_state(e, s, vi, GUIDE_CONFLICT, GUIDE_HOW_DIRECT);
        LLVMBuildRet(e->b, c32(e, 1));
        if_end(e, after);
    }
    LLVMValueRef none = LLVMBuildICmp(e->b, LLVMIntSLT, load(e, e->i32, first, "first"), c32(e, 0), "none");
    /* unknown rules and rows matter only if they could change the answer */
    after = if_begin(e, load(e, e->i1, unknown, ""), "some_unknown");
    {
        LLVMBasicBlockRef undet = block(e, "undetermined");
        LLVMBasicBlockRef scan = block(e, "scan");
        condbr(e, none, undet, scan);
        at(e, scan);
        LLVMValueRef got = set ? load(e, e->i64, acc, "set") : load(e, e->i32, cls, "cls");
        loop l;
        LLVMValueRef i = loop_begin(e, &l, e->i32, c32(e, 0), c32(e, n));
        LLVMValueRef c = load(e, e->i32, global_elem(e, gc, i), "clause");
        LLVMValueRef ef = load(e, e->i8, elem(e, e->st, s, S_EFF, c), "eff");
        LLVMValueRef changes;
        if (set) {
            LLVMValueRef bits = load(e, e->i64, global_elem(e, gb, i), "bits");
            changes = ne(e, and_(e, bits, LLVMBuildNot(e->b, got, "")), c64(e, 0));
        } else {
            changes = ne(e, got, load(e, e->i32, global_elem(e, gk, i), "class"));
        }
        LLVMBasicBlockRef cont = block(e, "cont");
        condbr(e, and_(e, eq(e, ef, c8(e, K_UNKNOWN)), changes), undet, cont);
        at(e, cont);
        loop_end(e, &l);
        br(e, after);
        at(e, undet);
        put_state(e, s, vi, GUIDE_UNDETERMINED, GUIDE_HOW_DIRECT);
        LLVMBuildRet(e->b, c32(e, 0));
    }
    at(e, after);
    after = if_begin(e, none, "not_applicable");
    put_state(e, s, vi, GUIDE_NOT_APPLICABLE, GUIDE_HOW_DIRECT);
    LLVMBuildRet(e->b, c32(e, 1));
    if_end(e, after);
    if (set) {
        LLVMValueRef v = LLVMBuildInsertValue(e->b, LLVMConstNull(e->val), load(e, e->i64, acc, ""), 0, "");
        put(e, s, vi, c32(e, GUIDE_CONCLUDED), c32(e, GUIDE_HOW_DIRECT), c8(e, 0), v);
        LLVMBuildRet(e->b, c32(e, 1));
        return;
    }
    LLVMValueRef fi = load(e, e->i32, first, "");
    LLVMValueRef v = load(e, e->val, global_elem(e, gv, fi), "value");
    LLVMValueRef isn = load(e, e->i8, global_elem(e, gn, fi), "is_null");
    put(e, s, vi, c32(e, GUIDE_CONCLUDED), c32(e, GUIDE_HOW_DIRECT), isn, v);
    LLVMBuildRet(e->b, c32(e, 1));
}

/* ---- Outputs Kleene logic leaves open: the decision diagrams ----------------------------------- */

/* guide_dd_walk (guide.h), libguide's one walk of a decision diagram: linked from libguide
 * with the object, and registered with the JIT. */
static void declare_dd_walk(emitll *e)
{
    LLVMTypeRef pt[9] = {e->ptr, e->i32, e->ptr, e->ptr, e->ptr, e->ptr, e->ptr, e->ptr, e->ptr};
    e->dd_walk = function(e, "guide_dd_walk", e->i32, pt, 9, 0);
}

/* walk(s, o, asks, possible) (interp.c walk_output): output o, which Kleene logic left open,
 * from its diagram @dds[o] walked for the case. One reachable answer is the answer, decided
 * without the unknown inputs of its cone (asks); with more, o is undetermined, and asks and
 * possible say which inputs matter and which answers remain. The first walk of an evaluation
 * zeroes the scratch; every walk leaves it zeroed. */
static void make_walk(emitll *e)
{
    static const char *const names[4] = {"s", "o", "asks", "possible"};
    LLVMTypeRef pt[4] = {e->ptr, e->i32, e->ptr, e->ptr};
    LLVMValueRef f = e->walk = function(e, "walk", e->vd, pt, 4, 1);
    /* one copy, not one per output: the walk itself costs far more than the call */
    add_attr(e, f, LLVMAttributeFunctionIndex, "noinline");
    begin(e, f);
    for (unsigned i = 0; i < 4; i++)
        LLVMSetValueName2(LLVMGetParam(f, i), names[i], strlen(names[i]));
    LLVMValueRef s = LLVMGetParam(f, 0), o = LLVMGetParam(f, 1), asks = LLVMGetParam(f, 2),
                 possible = LLVMGetParam(f, 3);
    LLVMValueRef leaf = local(e, e->i32, "leaf");
    LLVMValueRef work = field(e, e->st, s, S_WORK);
    LLVMValueRef zp = field(e, e->st, s, S_WORK_ZEROED);
    LLVMValueRef zeroed = load(e, e->i8, zp, "zeroed");
    LLVMBasicBlockRef after = if_begin(e, eq(e, zeroed, c8(e, 0)), "zero");
    LLVMBuildMemSet(e->b, work, c8(e, 0), c64(e, 4 * (long long)e->work), 4);
    store(e, c8(e, 1), zp);
    if_end(e, after);
    LLVMValueRef dx[2] = {c32(e, 0), o};
    LLVMValueRef dd = gep(e, LLVMGlobalGetValueType(e->dds), e->dds, dx, 2);
    LLVMValueRef val = field(e, e->st, s, S_V);
    LLVMValueRef kn = field(e, e->st, s, S_K);
    /* the frame's memo of this diagram, when the evaluation has the frame's memos */
    LLVMValueRef memos = load(e, e->ptr, field(e, e->st, s, S_MEMO), "memos");
    LLVMValueRef has = LLVMBuildIsNotNull(e->b, memos, "has_memos");
    LLVMBasicBlockRef get = block(e, "memo"), got = block(e, "walk");
    LLVMBasicBlockRef here = LLVMGetInsertBlock(e->b);
    condbr(e, has, get, got);
    at(e, get);
    LLVMValueRef m1 = load(e, e->ptr, gep(e, e->ptr, memos, &o, 1), "m");
    LLVMBuildBr(e->b, got);
    at(e, got);
    LLVMValueRef m = LLVMBuildPhi(e->b, e->ptr, "memo");
    LLVMValueRef inc[2] = {LLVMConstNull(e->ptr), m1};
    LLVMBasicBlockRef from[2] = {here, get};
    LLVMAddIncoming(m, inc, from, 2);
    LLVMValueRef args[9] = {dd, c32(e, e->p->ninputs), val, kn, work, m, possible, asks, leaf};
    LLVMValueRef n = call(e, e->dd_walk, args, 9, "n");
    LLVMValueRef var = LLVMBuildAdd(e->b, o, c32(e, e->first_out), "var");
    LLVMBasicBlockRef one = block(e, "decided"), more = block(e, "undetermined");
    condbr(e, eq(e, n, c32(e, 1)), one, more);
    at(e, one);
    LLVMValueRef leaves = load(e, e->ptr, field(e, e->ddt, dd, 9), "leaves");
    LLVMValueRef k = load(e, e->i32, leaf, "k");
    LLVMValueRef lf = gep(e, e->ddleaf, leaves, &k, 1);
    LLVMValueRef state = zext(e, load(e, e->i8, field(e, e->ddleaf, lf, 0), "state"), e->i32);
    LLVMValueRef isn = load(e, e->i8, field(e, e->ddleaf, lf, 1), "is_null");
    LLVMValueRef v = load(e, e->val, field(e, e->ddleaf, lf, 2), "value");
    put_at(e, s, o, var, state, c32(e, GUIDE_HOW_SEARCH), isn, v);
    /* decided: no possible answers to list (guide_dd_leaf_words of the diagram) */
    LLVMValueRef nl = load(e, e->i32, field(e, e->ddt, dd, 8), "nleaves");
    LLVMValueRef words = LLVMBuildUDiv(e->b, LLVMBuildAdd(e->b, nl, c32(e, 63), ""), c32(e, 64), "words");
    LLVMValueRef bytes = LLVMBuildMul(e->b, zext(e, words, e->i64), c64(e, 8), "");
    LLVMBuildMemSet(e->b, possible, c8(e, 0), bytes, 8);
    LLVMBuildRetVoid(e->b);
    at(e, more);
    put_at(e, s, o, var, c32(e, GUIDE_UNDETERMINED), c32(e, GUIDE_HOW_DEPENDS), c8(e, 0), LLVMConstNull(e->val));
    LLVMBuildRetVoid(e->b);
}

/* ---- Entry points ------------------------------------------------------------------------------ */

/* The known bit (i1) of input i in the input struct at in. */
static LLVMValueRef input_known(emitll *e, LLVMValueRef in, int i)
{
    LLVMValueRef ix[3] = {c32(e, 0), c32(e, 0), c32(e, i / 64)};
    LLVMValueRef word = load(e, e->i64, gep(e, e->in, in, ix, 3), "known");
    return trunc_(e, LLVMBuildLShr(e->b, word, c64(e, i % 64), ""), e->i1);
}

/* The test (i1) that x holds a value of input v's type and declared range (emit_c.c put_valid):
 * a NaN fails every ordered comparison, so finite bounds need no test of finiteness. */
static LLVMValueRef input_valid(emitll *e, const ir_var *v, LLVMValueRef x)
{
    LLVMValueRef lo, hi, ok = NULL;
    switch (v->type) {
    case GUIDE_BOOL:
        lo = eq(e, x, c32(e, 0));
        hi = eq(e, x, c32(e, 1));
        return or_(e, lo, hi);
    case GUIDE_ENUM:
        lo = LLVMBuildICmp(e->b, LLVMIntSGE, x, c32(e, 0), "");
        hi = LLVMBuildICmp(e->b, LLVMIntSLT, x, c32(e, v->nlabels), "");
        return and_(e, lo, hi);
    case GUIDE_LIST: {
        if (!e->list_valid) {
            LLVMTypeRef pt[5] = {e->ptr, e->i32, e->f64, e->f64, e->f64};
            e->list_valid = function(e, "guide_list_valid", e->i32, pt, 5, 0);
        }
        /* one instruction per statement: C leaves the order of an initializer list's (and a
         * call's arguments') evaluation open, and the module must not depend on the compiler */
        LLVMValueRef items = LLVMBuildExtractValue(e->b, x, 0, "items");
        LLVMValueRef n = LLVMBuildExtractValue(e->b, x, 1, "n");
        LLVMValueRef args[5] = {items, n, cdouble(e, v->lo), cdouble(e, v->hi), cdouble(e, v->step)};
        return ne(e, call(e, e->list_valid, args, 5, "valid"), c32(e, 0));
    }
    default: break;
    }
    if (!isfinite(v->lo) || !isfinite(v->hi)) {
        lo = fcmp(e, LLVMRealOGT, x, -HUGE_VAL);
        hi = fcmp(e, LLVMRealOLT, x, HUGE_VAL);
        ok = and_(e, lo, hi);
    }
    double rlo = v->lo, rhi = v->hi; /* the range of the recorded value (ir_step_bounds) */
    int loc = 1, hic = 1;
    if (v->step > 0)
        ir_step_bounds(v->step, &rlo, &loc, &rhi, &hic);
    if (isfinite(v->lo)) {
        lo = fcmp(e, loc ? LLVMRealOGE : LLVMRealOGT, x, rlo);
        ok = ok ? and_(e, ok, lo) : lo;
    }
    if (isfinite(v->hi)) {
        hi = fcmp(e, hic ? LLVMRealOLE : LLVMRealOLT, x, rhi);
        ok = ok ? and_(e, ok, hi) : hi;
    }
    if (v->type == GUIDE_INTEGER) {
        LLVMValueRef fl = call(e, e->floor_fn, &x, 1, "");
        LLVMValueRef whole = LLVMBuildFCmp(e->b, LLVMRealOEQ, x, fl, "");
        ok = and_(e, ok, whole);
    }
    return ok;
}

/* Copies the known inputs into s (emit_c.c load_inputs); the builder continues in the block
 * where every input was good, and bad_bb receives 1 + the first bad input through phi. */
static void load_inputs(emitll *e, LLVMValueRef s, LLVMValueRef in, LLVMBasicBlockRef bad_bb,
                        LLVMValueRef bad_phi)
{
    const ir_program *p = e->p;
    int nvd = imax(p->nvars, 1);
    LLVMBuildMemSet(e->b, field(e, e->st, s, S_K), c8(e, 0), c64(e, nvd), 1);
    for (int i = 0; i < p->ninputs; i++) {
        const ir_var *v = &p->vars[i];
        LLVMValueRef kn = input_known(e, in, i);
        LLVMBasicBlockRef yes = block(e, v->name), no = block(e, "unknown"), next = block(e, "next");
        condbr(e, kn, yes, no);
        at(e, no);
        store(e, LLVMConstNull(e->val), s_v(e, s, i));
        br(e, next);
        at(e, yes);
        LLVMValueRef fp = field(e, e->in, in, e->in_field[i]);
        LLVMValueRef x = load(e, field_type(e, v->type), fp, v->name);
        LLVMValueRef ok = input_valid(e, v, x);
        LLVMBasicBlockRef good = block(e, "good");
        LLVMValueRef one = c32(e, 1 + i);
        LLVMBasicBlockRef here = LLVMGetInsertBlock(e->b);
        LLVMAddIncoming(bad_phi, &one, &here, 1);
        condbr(e, ok, good, bad_bb);
        at(e, good);
        store(e, LLVMConstNull(e->val), s_v(e, s, i));
        store(e, x, s_v(e, s, i));
        store(e, c8(e, 1), s_k(e, s, i));
        br(e, next);
        at(e, next);
    }
}


/* A function of NAME_eval's parameters (in, out, trace), and with memo the frame's memos of
 * the diagram walks (guide_frame.memo, or null), named; the builder is placed in its entry
 * block. */
static LLVMValueRef eval_function(emitll *e, const char *name, int internal, int memo)
{
    static const char *const names[4] = {"in", "out", "trace", "memo"};
    LLVMTypeRef pt[4] = {e->ptr, e->ptr, e->ptr, e->ptr};
    unsigned n = memo ? 4 : 3;
    LLVMValueRef f = function(e, name, e->i32, pt, n, internal);
    begin(e, f);
    for (unsigned i = 0; i < n; i++)
        LLVMSetValueName2(LLVMGetParam(f, i), names[i], strlen(names[i]));
    return f;
}

/* The general path: the case evaluated step by step in an evaluation state, as interp.c does
 * (emit_c.c evaluate, or NAME_eval itself when there is no direct path). */
static LLVMValueRef make_general(emitll *e, const char *name, int internal)
{
    const ir_program *p = e->p;
    LLVMValueRef f = eval_function(e, name, internal, 1);
    LLVMValueRef in = LLVMGetParam(f, 0), out = LLVMGetParam(f, 1), trace = LLVMGetParam(f, 2);
    LLVMValueRef s = local(e, e->st, "s");
    LLVMBasicBlockRef bad_bb = block(e, "bad_input");
    LLVMBasicBlockRef cur = LLVMGetInsertBlock(e->b);
    at(e, bad_bb);
    LLVMValueRef bad = LLVMBuildPhi(e->b, e->i32, "bad");
    LLVMBuildMemSet(e->b, out, c8(e, 0), LLVMSizeOf(e->out), 8);
    for (int o = 0; o < p->noutputs; o++) {
        LLVMValueRef ix[4] = {c32(e, 0), c32(e, e->state_field), c32(e, o), c32(e, 0)};
        store(e, c8(e, GUIDE_UNDETERMINED), gep(e, e->out, out, ix, 4));
    }
    LLVMBuildRet(e->b, bad);
    at(e, cur);
    load_inputs(e, s, in, bad_bb, bad);
    reset(e, s);
    store(e, c8(e, 0), field(e, e->st, s, S_WORK_ZEROED));
    store(e, LLVMGetParam(f, 3), field(e, e->st, s, S_MEMO));
    LLVMValueRef six[3] = {c32(e, 0), c32(e, e->state_field), c32(e, 0)};
    LLVMValueRef states = gep(e, e->out, out, six, 3);
    store(e, states, field(e, e->st, s, S_OUT));
    store(e, trace, field(e, e->st, s, S_TRACE));
    /* asks and possible: written by the walks, for the outputs they decide */
    for (int k = 0; k < p->norder; k++) {
        int vi = p->order[k];
        const ir_var *v = &p->vars[vi];
        if (v->kind == GUIDE_VAR_DERIVED) {
            LLVMValueRef nc = call(e, e->derive[vi], &s, 1, "");
            LLVMBasicBlockRef after = if_begin(e, ne(e, nc, c32(e, 0)), "not_computable");
            trace_call(e, trace, GUIDE_EV_NOT_COMPUTABLE, c32(e, 0), c32(e, vi));
            if_end(e, after);
            continue;
        }
        int oi = vi - e->first_out;
        LLVMValueRef decided = call(e, e->answer[vi], &s, 1, "");
        /* left open: the diagram decides, or says what matters */
        LLVMBasicBlockRef after = if_begin(e, eq(e, decided, c32(e, 0)), "walk");
        LLVMValueRef aix[4] = {c32(e, 0), c32(e, e->asks_field), c32(e, oi), c32(e, 0)};
        LLVMValueRef asks = gep(e, e->out, out, aix, 4);
        LLVMValueRef pix[3] = {c32(e, 0), c32(e, e->possible_field), c32(e, e->possible_at[oi])};
        LLVMValueRef possible = gep(e, e->out, out, pix, 3);
        LLVMValueRef args[4] = {s, c32(e, oi), asks, possible};
        call(e, e->walk, args, 4, "");
        if_end(e, after);
        LLVMValueRef hix[4] = {c32(e, 0), c32(e, e->state_field), c32(e, oi), c32(e, 1)};
        LLVMValueRef how = zext(e, load(e, e->i8, gep(e, e->out, out, hix, 4), "how"), e->i32);
        trace_call(e, trace, GUIDE_EV_OUTPUT, how, c32(e, oi));
    }
    /* save_outputs */
    for (int i = e->first_out; i < p->nvars; i++) {
        LLVMTypeRef t = field_type(e, p->vars[i].type);
        LLVMValueRef x = load(e, t, s_v(e, s, i), p->vars[i].name);
        store(e, x, field(e, e->out, out, e->out_field[i]));
    }
    if (p->nderived) {
        LLVMValueRef dk = field(e, e->out, out, e->dknown_field);
        LLVMBuildMemSet(e->b, dk, c8(e, 0), c64(e, 8LL * ((p->nderived + 63) / 64)), 8);
        for (int i = p->ninputs; i < e->first_out; i++) {
            LLVMTypeRef t = field_type(e, p->vars[i].type);
            LLVMValueRef x = load(e, t, s_v(e, s, i), p->vars[i].name);
            store(e, x, field(e, e->out, out, e->out_field[i]));
            int d = i - p->ninputs;
            LLVMValueRef ix = c32(e, d / 64);
            LLVMValueRef wp = gep(e, e->i64, dk, &ix, 1);
            LLVMValueRef bit = LLVMBuildShl(e->b, zext(e, load(e, e->i8, s_k(e, s, i), ""), e->i64), c64(e, d % 64), "");
            store(e, or_(e, load(e, e->i64, wp, ""), bit), wp);
        }
    }
    LLVMBuildRet(e->b, c32(e, 0));
    return f;
}

/* ---- The direct path (emit_c.c emit_direct) ---------------------------------------------------- */

/* Names v when it is an instruction (a constant has no name); returns v. */
static LLVMValueRef named(LLVMValueRef v, const char *name)
{
    if (LLVMIsAInstruction(v))
        LLVMSetValueName2(v, name, strlen(name));
    return v;
}

/* Continues in a new block `name` when c (i1) holds; else to other. */
static void continue_if(emitll *e, LLVMValueRef c, const char *name, LLVMBasicBlockRef other)
{
    LLVMBasicBlockRef yes = block(e, name);
    condbr(e, c, yes, other);
    at(e, yes);
}

/* gk_cell(cuts, n, x) (guide_gen.h gk_cell): the cell of x among the n > 0 sorted cuts, 2i when
 * cuts[i - 1] < x < cuts[i] and 2i + 1 when x == cuts[i], by binary search. */
static void make_gk_cell(emitll *e)
{
    LLVMTypeRef pt[3] = {e->ptr, e->i32, e->f64};
    LLVMValueRef f = e->gk_cell = function(e, "gk_cell", e->i32, pt, 3, 1);
    begin(e, f);
    LLVMValueRef cuts = LLVMGetParam(f, 0), n = LLVMGetParam(f, 1), x = LLVMGetParam(f, 2);
    LLVMSetValueName2(cuts, "cuts", 4);
    LLVMSetValueName2(n, "n", 1);
    LLVMSetValueName2(x, "x", 1);
    /* the first cut >= x is in [lo, hi] */
    LLVMValueRef lo = local(e, e->i32, "lo"), hi = local(e, e->i32, "hi");
    store(e, c32(e, 0), lo);
    store(e, n, hi);
    LLVMBasicBlockRef head = block(e, "search"), halve = block(e, "halve"), found = block(e, "found");
    br(e, head);
    at(e, head);
    LLVMValueRef l = load(e, e->i32, lo, "lo");
    LLVMValueRef h = load(e, e->i32, hi, "hi");
    LLVMValueRef searching = LLVMBuildICmp(e->b, LLVMIntSLT, l, h, "");
    condbr(e, searching, halve, found);
    at(e, halve);
    LLVMValueRef width = LLVMBuildSub(e->b, h, l, "");
    LLVMValueRef half = LLVMBuildLShr(e->b, width, c32(e, 1), "");
    LLVMValueRef mid = LLVMBuildAdd(e->b, l, half, "mid");
    LLVMValueRef cut = load(e, e->f64, gep(e, e->f64, cuts, &mid, 1), "cut");
    LLVMValueRef below = LLVMBuildFCmp(e->b, LLVMRealOLT, cut, x, "");
    LLVMValueRef past = LLVMBuildAdd(e->b, mid, c32(e, 1), "");
    LLVMValueRef new_lo = sel(e, below, past, l);
    LLVMValueRef new_hi = sel(e, below, h, mid);
    store(e, new_lo, lo);
    store(e, new_hi, hi);
    br(e, head);
    at(e, found);
    l = load(e, e->i32, lo, "lo");
    LLVMValueRef twice = LLVMBuildShl(e->b, l, c32(e, 1), "");
    LLVMValueRef inside = LLVMBuildICmp(e->b, LLVMIntSLT, l, n, "");
    LLVMBasicBlockRef test = block(e, "test"), between = block(e, "between");
    condbr(e, inside, test, between);
    at(e, test);
    cut = load(e, e->f64, gep(e, e->f64, cuts, &l, 1), "cut");
    LLVMValueRef at_cut = LLVMBuildFCmp(e->b, LLVMRealOEQ, cut, x, "");
    LLVMValueRef odd = zext(e, at_cut, e->i32);
    LLVMBuildRet(e->b, LLVMBuildAdd(e->b, twice, odd, ""));
    at(e, between);
    LLVMBuildRet(e->b, twice);
}

/* A constant of var's field type in NAME_output holding x. */
static LLVMValueRef field_const(emitll *e, int var, const guide_value *x)
{
    switch (e->p->vars[var].type) {
    case GUIDE_BOOL: return c32(e, x->b);
    case GUIDE_ENUM: return c32(e, x->label);
    case GUIDE_NUMBER:
    case GUIDE_INTEGER: return cdouble(e, x->num);
    case GUIDE_RANGE: {
        LLVMValueRef r[2] = {cdouble(e, x->range.lo), cdouble(e, x->range.hi)};
        return LLVMConstStructInContext(e->cx, r, 2, 0);
    }
    case GUIDE_SET: return LLVMConstInt(e->i64, x->set, 0);
    case GUIDE_LIST: return LLVMConstNull(e->list); /* never a constant */
    }
    return c32(e, 0);
}

/* Output vi's answer coded as in eplan_table.ans: its state (a guide_output constant), and its
 * value in *value (0 when there is none). */
static LLVMValueRef coded_answer(emitll *e, int vi, int code, LLVMValueRef *value)
{
    const ir_var *o = &e->p->vars[vi];
    const ir_value *x = eplan_answer(e->p, vi, code);
    int state = x ? GUIDE_CONCLUDED : code == 1 ? GUIDE_CONFLICT : GUIDE_NOT_APPLICABLE;
    *value = x ? field_const(e, vi, &x->v) : LLVMConstNull(field_type(e, o->type));
    LLVMValueRef st[4] = {c8(e, state), c8(e, GUIDE_HOW_DIRECT), c8(e, x ? x->is_null : 0), c8(e, 0)};
    return LLVMConstNamedStruct(e->go, st, 4);
}

/* Table t's answers by combination of classes, @direct.<table> (emit_c.c direct_<table>): each
 * a %direct.<table>, the states of the outputs the table answers, then their values; or, when
 * the table answers every output (eplan_answers_all), each output's value and then the
 * states, as the first fields of NAME_output, so that a row is copied in one go. */
static void make_direct_answers(emitll *e, int t)
{
    const ir_program *p = e->p;
    const eplan_table *tp = &e->plan.tp[t];
    int nf = tp->nfast, whole = e->tg[t].whole = eplan_answers_all(p, tp);
    int st = whole ? nf : 0, v0 = whole ? 0 : 1; /* where the states are, and the first value */
    name_of(e, "direct.%s", p->tables[t].name);
    LLVMTypeRef *ft = zalloc(e, sizeof(LLVMTypeRef) * ((size_t)nf + 1));
    ft[st] = LLVMArrayType2(e->go, (uint64_t)nf);
    for (int j = 0; j < nf; j++)
        ft[v0 + j] = field_type(e, p->vars[tp->fast_vars[j]].type);
    LLVMTypeRef rt = LLVMStructCreateNamed(e->cx, sb_str(&e->nm));
    LLVMStructSetBody(rt, ft, (unsigned)nf + 1, 0);
    LLVMValueRef *rows = zalloc(e, sizeof(LLVMValueRef) * (size_t)tp->nclass_combos);
    LLVMValueRef *states = zalloc(e, sizeof(LLVMValueRef) * (size_t)nf);
    LLVMValueRef *fields = zalloc(e, sizeof(LLVMValueRef) * ((size_t)nf + 1));
    for (long cc = 0; cc < tp->nclass_combos; cc++) {
        for (int j = 0; j < nf; j++)
            states[j] = coded_answer(e, tp->fast_vars[j], tp->class_ans[j][cc], &fields[v0 + j]);
        fields[st] = LLVMConstArray2(e->go, states, (uint64_t)nf);
        rows[cc] = LLVMConstNamedStruct(rt, fields, (unsigned)nf + 1);
    }
    e->tg[t].direct = cglobal(e, sb_str(&e->nm), LLVMConstArray2(rt, rows, (uint64_t)tp->nclass_combos));
}

/* How many of the thresholds between classes of numeric column k the value x (f64) has passed:
 * x >= cut from the cell below a cut to the cut, x > cut from the cut to the cell above. */
static LLVMValueRef thresholds_passed(emitll *e, const eplan_table *tp, int k, LLVMValueRef x)
{
    LLVMValueRef sum = NULL;
    for (int j = 0; j + 1 < tp->ncells[k]; j++) {
        if (tp->class_of[k][j] == tp->class_of[k][j + 1])
            continue;
        LLVMValueRef passed = fcmp(e, j % 2 ? LLVMRealOGT : LLVMRealOGE, x, tp->cuts[k][j / 2]);
        LLVMValueRef one = zext(e, passed, e->i32);
        sum = sum ? LLVMBuildAdd(e->b, sum, one, "") : one;
    }
    return sum;
}

/* The class (i32) of value or cell ix of column k of table t, from its class array
 * @class.<table>.<column> (i8, or i16 past 255 classes). */
static LLVMValueRef class_in_array(emitll *e, int t, int k, LLVMValueRef ix)
{
    const eplan_table *tp = &e->plan.tp[t];
    table_gen *tg = &e->tg[t];
    LLVMTypeRef et = tp->nclass[k] > 255 ? LLVMInt16TypeInContext(e->cx) : e->i8;
    if (!tg->class_g)
        tg->class_g = zalloc(e, sizeof(LLVMValueRef) * ((size_t)tp->nv + 1));
    if (!tg->class_g[k]) {
        LLVMValueRef *el = zalloc(e, sizeof(LLVMValueRef) * (size_t)tp->ncells[k]);
        for (int j = 0; j < tp->ncells[k]; j++)
            el[j] = LLVMConstInt(et, (unsigned long long)tp->class_of[k][j], 0);
        name_of(e, "class.%s.%s", e->p->tables[t].name, e->p->vars[tp->vars[k]].name);
        tg->class_g[k] = cglobal(e, sb_str(&e->nm), LLVMConstArray2(et, el, (uint64_t)tp->ncells[k]));
    }
    LLVMValueRef c = load(e, et, global_elem(e, tg->class_g[k], ix), "");
    return zext(e, c, e->i32);
}

/* The class (i32) of column k of table t for x, the column's value; with ok (i1, or NULL), a
 * label or bool indexes the class array only where ok holds (else 0), for the loop of the
 * columns entry, which computes the class of every row and drops those that are not ok. */
static LLVMValueRef column_class_of(emitll *e, int t, int k, LLVMValueRef x, LLVMValueRef ok)
{
    const ir_program *p = e->p;
    const eplan_table *tp = &e->plan.tp[t];
    const ir_var *v = &p->vars[tp->vars[k]];
    int numeric = v->type == GUIDE_NUMBER || v->type == GUIDE_INTEGER;
    if (!eplan_class_array(p, tp, k))
        return numeric ? thresholds_passed(e, tp, k, x) : x;
    if (numeric)
        return class_in_array(e, t, k, cell_by_search(e, t, k, x));
    LLVMValueRef ix = ok ? sel(e, ok, x, c32(e, 0)) : x;
    int bits = 1;
    while ((1 << bits) < tp->nclass[k])
        bits++;
    if (!ok || tp->ncells[k] * bits > 64)
        return class_in_array(e, t, k, ix);
    /* the loop of the columns entry: the classes packed in a constant, bits to a label, so
     * that vector code shifts instead of gathering bytes */
    uint64_t packed = 0;
    for (int j = 0; j < tp->ncells[k]; j++)
        packed |= (uint64_t)tp->class_of[k][j] << (j * bits);
    LLVMValueRef sh = LLVMBuildMul(e->b, zext(e, ix, e->i64), c64(e, bits), "");
    LLVMValueRef word = LLVMBuildLShr(e->b, LLVMConstInt(e->i64, packed, 0), sh, "");
    return trunc_(e, and_(e, word, c64(e, (1 << bits) - 1)), e->i32);
}

/* Table t's combination of classes (i32, the last column turning fastest), named class.<table>,
 * from x[i], the value of input i (ok as in column_class_of); a column whose cells no answer
 * tells apart is a single class and is not read. */
static LLVMValueRef table_class_of(emitll *e, LLVMValueRef *x, int t, LLVMValueRef ok)
{
    const ir_program *p = e->p;
    const eplan_table *tp = &e->plan.tp[t];
    LLVMValueRef c = NULL;
    for (int k = 0; k < tp->nv; k++) {
        if (tp->nclass[k] == 1)
            continue;
        LLVMValueRef ck = column_class_of(e, t, k, x[tp->vars[k]], ok);
        name_of(e, "class.%s", p->vars[tp->vars[k]].name);
        named(ck, sb_str(&e->nm));
        if (c) {
            LLVMValueRef scaled = LLVMBuildMul(e->b, c, c32(e, tp->nclass[k]), "");
            c = LLVMBuildAdd(e->b, scaled, ck, "");
        } else {
            c = ck;
        }
    }
    if (!c)
        return c32(e, 0);
    name_of(e, "class.%s", p->tables[t].name);
    return named(c, sb_str(&e->nm));
}

/* The same for the case in the input struct at in. */
static LLVMValueRef table_class(emitll *e, LLVMValueRef in, int t)
{
    const ir_program *p = e->p;
    const eplan_table *tp = &e->plan.tp[t];
    LLVMValueRef *x = zalloc(e, sizeof(LLVMValueRef) * ((size_t)p->ninputs + 1));
    for (int k = 0; k < tp->nv; k++) {
        const ir_var *v = &p->vars[tp->vars[k]];
        if (tp->nclass[k] == 1 || x[v->index])
            continue;
        LLVMValueRef fp = field(e, e->in, in, e->in_field[v->index]);
        x[v->index] = load(e, field_type(e, v->type), fp, v->name);
    }
    return table_class_of(e, x, t, NULL);
}

/* Copies table t's answers for combination cls into the output struct at out: values and
 * states, in one memcpy when the rows are the struct's first fields. */
static void copy_answers(emitll *e, LLVMValueRef out, int t, LLVMValueRef cls)
{
    const eplan_table *tp = &e->plan.tp[t];
    LLVMValueRef g = e->tg[t].direct;
    LLVMTypeRef gt = LLVMGlobalGetValueType(g);
    if (e->tg[t].whole) {
        LLVMValueRef from = global_elem(e, g, cls);
        LLVMBuildMemCpy(e->b, out, 8, from, 4, LLVMSizeOf(LLVMGetElementType(gt)));
        return;
    }
    for (int j = 0; j < tp->nfast; j++) {
        const ir_var *o = &e->p->vars[tp->fast_vars[j]];
        LLVMValueRef fix[4] = {c32(e, 0), cls, c32(e, 0), c32(e, j)};
        LLVMValueRef from = gep(e, gt, g, fix, 4);
        LLVMValueRef tix[3] = {c32(e, 0), c32(e, e->state_field), c32(e, o->index - e->first_out)};
        LLVMValueRef to = gep(e, e->out, out, tix, 3);
        LLVMBuildMemCpy(e->b, to, 4, from, 4, LLVMSizeOf(e->go));
        LLVMValueRef vix[3] = {c32(e, 0), cls, c32(e, 1 + j)};
        from = gep(e, gt, g, vix, 3);
        LLVMValueRef v = load(e, field_type(e, o->type), from, o->name);
        to = field(e, e->out, out, e->out_field[o->index]);
        store(e, v, to);
    }
}

/* [ninputs]: 1 for each input a column of a table on the direct path reads. */
static uint8_t *direct_columns(emitll *e)
{
    uint8_t *column = zalloc(e, (size_t)e->p->ninputs + 1);
    for (int t = 0; t < e->p->ntables; t++)
        for (int k = 0; e->plan.tp[t].nfast && k < e->plan.tp[t].nv; k++)
            column[e->plan.tp[t].vars[k]] = 1;
    return column;
}

/* Goes to general unless every column is known and every known input holds a value of its type
 * and range (emit_c.c eval_direct); the builder continues where they do. */
static void direct_checks(emitll *e, LLVMValueRef in, const uint8_t *column, LLVMBasicBlockRef general)
{
    const ir_program *p = e->p;
    LLVMValueRef known = NULL, valid = NULL;
    for (int w = 0; w < e->words; w++) {
        uint64_t need = 0;
        for (int i = 64 * w; i < p->ninputs && i < 64 * (w + 1); i++)
            need |= (uint64_t)column[i] << (i % 64);
        if (!need)
            continue;
        LLVMValueRef ix[3] = {c32(e, 0), c32(e, 0), c32(e, w)};
        LLVMValueRef wp = gep(e, e->in, in, ix, 3);
        LLVMValueRef word = load(e, e->i64, wp, "known");
        LLVMValueRef mask = LLVMConstInt(e->i64, need, 0);
        LLVMValueRef have = and_(e, word, mask);
        LLVMValueRef all = eq(e, have, mask);
        known = known ? and_(e, known, all) : all;
    }
    if (known)
        continue_if(e, known, "columns_known", general);
    for (int i = 0; i < p->ninputs; i++) {
        const ir_var *v = &p->vars[i];
        LLVMValueRef fp = field(e, e->in, in, e->in_field[i]);
        LLVMValueRef x = load(e, field_type(e, v->type), fp, v->name);
        LLVMValueRef ok = input_valid(e, v, x);
        if (!column[i]) {
            /* an input no column reads may be unknown; a select, so that its value is not read then */
            LLVMValueRef kn = input_known(e, in, i);
            ok = sel(e, kn, ok, LLVMConstInt(e->i1, 1, 0));
        }
        valid = valid ? and_(e, valid, ok) : ok;
    }
    if (valid)
        continue_if(e, valid, "valid", general);
}

/* The derived values, each a match on an input, into the output struct at out: the label and
 * known bit when the input is known, else 0 (as derive.x and the general path leave them). */
static void direct_derived(emitll *e, LLVMValueRef in, LLVMValueRef out)
{
    const ir_program *p = e->p;
    int nwords = (p->nderived + 63) / 64;
    if (!nwords)
        return;
    LLVMValueRef *word = zalloc(e, sizeof(LLVMValueRef) * (size_t)nwords);
    for (int w = 0; w < nwords; w++)
        word[w] = c64(e, 0);
    for (int i = p->ninputs; i < e->first_out; i++) {
        const ir_var *v = &p->vars[i];
        LLVMValueRef to = field(e, e->out, out, e->out_field[i]);
        if (v->src < 0) {
            store(e, LLVMConstNull(field_type(e, v->type)), to);
            continue;
        }
        LLVMValueRef kn = input_known(e, in, v->src);
        LLVMValueRef fp = field(e, e->in, in, e->in_field[v->src]);
        LLVMValueRef lab = load(e, e->i32, fp, p->vars[v->src].name);
        LLVMValueRef label = mapped_label(e, i, kn, lab);
        store(e, label, to);
        int d = i - p->ninputs;
        LLVMValueRef k64 = zext(e, kn, e->i64);
        LLVMValueRef bit = LLVMBuildShl(e->b, k64, c64(e, d % 64), "");
        word[d / 64] = or_(e, word[d / 64], bit);
    }
    LLVMValueRef dk = field(e, e->out, out, e->dknown_field);
    for (int w = 0; w < nwords; w++) {
        LLVMValueRef ix = c32(e, w);
        LLVMValueRef wp = gep(e, e->i64, dk, &ix, 1);
        store(e, word[w], wp);
    }
}

/* !guide.direct: which classes index table t's answers, for people reading the .ll. */
static void direct_note(emitll *e, int t)
{
    const ir_program *p = e->p;
    const eplan_table *tp = &e->plan.tp[t];
    const char *tname = p->tables[t].name;
    strbuf buf = STRBUF_INIT;
    sb_printf(&buf, "table %s: @direct.%s[class.%s], classes of", tname, tname, tname);
    int columns = 0;
    for (int k = 0; k < tp->nv; k++)
        if (tp->nclass[k] > 1)
            sb_printf(&buf, "%s%s %d", columns++ ? ", " : " ", p->vars[tp->vars[k]].name, tp->nclass[k]);
    sb_printf(&buf, "%s (the last turns fastest); answers", columns ? "" : " no column");
    for (int j = 0; j < tp->nfast; j++)
        sb_printf(&buf, "%s%s", j ? ", " : " ", p->vars[tp->fast_vars[j]].name);
    add_note(e, "guide.direct", sb_str(&buf));
    sb_free(&buf);
}

/* Whether a numeric column on the direct path finds its cell by binary search (gk_cell). */
static int any_cell_search(emitll *e)
{
    const ir_program *p = e->p;
    for (int t = 0; t < p->ntables; t++)
        for (int k = 0; e->plan.tp[t].nfast && k < e->plan.tp[t].nv; k++) {
            guide_type ty = p->vars[e->plan.tp[t].vars[k]].type;
            if ((ty == GUIDE_NUMBER || ty == GUIDE_INTEGER) && eplan_class_array(p, &e->plan.tp[t], k))
                return 1;
        }
    return 0;
}

/* Whether a lookup's numeric column finds its cell by binary search (make_cells). */
static int any_cells_search(emitll *e)
{
    for (int t = 0; t < e->p->ntables; t++)
        for (int k = 0; e->plan.tp[t].fast && k < e->plan.tp[t].nv; k++)
            if (e->plan.tp[t].ncuts[k] > EMITLL_LINEAR_CUTS)
                return 1;
    return 0;
}

/* eval_direct(in, out) -> i1 (emit_c.c eval_direct): with every column known and every known
 * input valid, the lookups' answers written into the output struct; else false, with nothing
 * written: the general path runs and says which input is bad. in and out are distinct structs
 * (noalias), so that loading an input need not wait for the stores before it. */
static void make_direct(emitll *e)
{
    const ir_program *p = e->p;
    if (any_cell_search(e) && !e->gk_cell)
        make_gk_cell(e);
    for (int t = 0; t < p->ntables; t++)
        if (e->plan.tp[t].nfast) {
            make_direct_answers(e, t);
            direct_note(e, t);
        }
    LLVMTypeRef pt[2] = {e->ptr, e->ptr};
    LLVMValueRef f = e->direct = function(e, "eval_direct", e->i1, pt, 2, 1);
    add_attr(e, f, 1, "noalias");
    add_attr(e, f, 2, "noalias");
    begin(e, f);
    LLVMValueRef in = LLVMGetParam(f, 0), out = LLVMGetParam(f, 1);
    LLVMSetValueName2(in, "in", 2);
    LLVMSetValueName2(out, "out", 3);
    LLVMBasicBlockRef general = block(e, "general");
    direct_checks(e, in, direct_columns(e), general);
    for (int t = 0; t < p->ntables; t++)
        if (e->plan.tp[t].nfast) {
            LLVMValueRef cls = table_class(e, in, t);
            copy_answers(e, out, t, cls);
        }
    /* no asks and no possible answers: they are for outputs a diagram decided or left open */
    direct_derived(e, in, out);
    LLVMBuildRet(e->b, LLVMConstInt(e->i1, 1, 0));
    at(e, general);
    LLVMBuildRet(e->b, LLVMConstInt(e->i1, 0, 0));
}

/* NAME_eval with a direct path: an untraced case tries it first, and the general path runs when
 * there is a trace or the direct path declines. */
static LLVMValueRef make_direct_entry(emitll *e, const char *name, LLVMValueRef general)
{
    LLVMValueRef f = eval_function(e, name, 1, 1);
    LLVMValueRef args[4] = {LLVMGetParam(f, 0), LLVMGetParam(f, 1), LLVMGetParam(f, 2), LLVMGetParam(f, 3)};
    LLVMBasicBlockRef lookups = block(e, "untraced"), done = block(e, "direct"), rest = block(e, "general");
    LLVMValueRef untraced = LLVMBuildIsNull(e->b, args[2], "untraced");
    condbr(e, untraced, lookups, rest);
    at(e, lookups);
    LLVMValueRef answered = call(e, e->direct, args, 2, "answered");
    condbr(e, answered, done, rest);
    at(e, done);
    LLVMBuildRet(e->b, c32(e, 0));
    at(e, rest);
    LLVMValueRef rc = call(e, general, args, 4, "rc");
    LLVMBuildRet(e->b, rc);
    return f;
}

/* eval_with(in, out, trace, memo), and NAME_eval, which calls it without memos. With a direct
 * path, eval_with tries that for an untraced case and otherwise calls the general path, kept
 * out of line so that the direct path does not pay for its frame. */
static void make_eval(emitll *e)
{
    const ir_program *p = e->p;
    if (e->plan.direct) {
        LLVMValueRef general = make_general(e, "evaluate", 1);
        add_attr(e, general, LLVMAttributeFunctionIndex, "noinline");
        e->eval_with = make_direct_entry(e, "eval_with", general);
    } else {
        e->eval_with = make_general(e, "eval_with", 1);
    }
    LLVMValueRef f = e->eval = eval_function(e, name_of(e, "%s_eval", p->name), 0, 0);
    LLVMValueRef args[4] = {LLVMGetParam(f, 0), LLVMGetParam(f, 1), LLVMGetParam(f, 2), LLVMConstNull(e->ptr)};
    LLVMBuildRet(e->b, call(e, e->eval_with, args, 4, "rc"));
}

/* Frame variable i (in to_frame) from the struct sp of type st: known[i] from bit `bit` of its
 * word array, field wfield (the input struct's known, the output struct's derived_known), and
 * val[i] from its field number fieldno. */
static void frame_from_field(emitll *e, LLVMValueRef kn, LLVMValueRef val, LLVMTypeRef st,
                             LLVMValueRef sp, int wfield, int bit, int i, int fieldno)
{
    LLVMValueRef ix = c32(e, i);
    LLVMValueRef wx[3] = {c32(e, 0), c32(e, wfield), c32(e, bit / 64)};
    LLVMValueRef word = load(e, e->i64, gep(e, st, sp, wx, 3), "");
    LLVMValueRef known = trunc_(e, LLVMBuildAnd(e->b, LLVMBuildLShr(e->b, word, c64(e, bit % 64), ""), c64(e, 1), ""), e->i8);
    store(e, known, gep(e, e->i8, kn, &ix, 1));
    LLVMTypeRef t = field_type(e, e->p->vars[i].type);
    LLVMValueRef x = load(e, t, field(e, st, sp, fieldno), "");
    store(e, x, gep(e, e->val, val, &ix, 1));
}

/* NAME_from_frame, NAME_to_frame, NAME_eval_frame (emit_c.c emit_entry). */
static void make_frame_glue(emitll *e)
{
    const ir_program *p = e->p;
    LLVMTypeRef pt[3] = {e->ptr, e->ptr, e->ptr};
    name_of(e, "%s_from_frame", p->name);
    LLVMValueRef f = e->from_frame = function(e, sb_str(&e->nm), e->vd, pt, 2, 0);
    begin(e, f);
    LLVMValueRef fr = LLVMGetParam(f, 0), in = LLVMGetParam(f, 1);
    LLVMBuildMemSet(e->b, in, c8(e, 0), LLVMSizeOf(e->in), 8);
    LLVMValueRef val = load(e, e->ptr, field(e, e->fr, fr, 2), "val");
    LLVMValueRef kn = load(e, e->ptr, field(e, e->fr, fr, 3), "known");
    for (int i = 0; i < p->ninputs; i++) {
        LLVMValueRef ix = c32(e, i);
        LLVMValueRef k = load(e, e->i8, gep(e, e->i8, kn, &ix, 1), "");
        LLVMBasicBlockRef after = if_begin(e, ne(e, k, c8(e, 0)), p->vars[i].name);
        LLVMValueRef wx[3] = {c32(e, 0), c32(e, 0), c32(e, i / 64)};
        LLVMValueRef wp = gep(e, e->in, in, wx, 3);
        store(e, or_(e, load(e, e->i64, wp, ""), c64(e, (long long)(UINT64_C(1) << (i % 64)))), wp);
        LLVMTypeRef t = field_type(e, p->vars[i].type);
        LLVMValueRef x = load(e, t, gep(e, e->val, val, &ix, 1), "");
        store(e, x, field(e, e->in, in, e->in_field[i]));
        if_end(e, after);
    }
    LLVMBuildRetVoid(e->b);

    name_of(e, "%s_to_frame", p->name);
    f = e->to_frame = function(e, sb_str(&e->nm), e->vd, pt, 3, 0);
    begin(e, f);
    in = LLVMGetParam(f, 0);
    LLVMValueRef out = LLVMGetParam(f, 1);
    fr = LLVMGetParam(f, 2);
    val = load(e, e->ptr, field(e, e->fr, fr, 2), "val");
    kn = load(e, e->ptr, field(e, e->fr, fr, 3), "known");
    LLVMValueRef fout = load(e, e->ptr, field(e, e->fr, fr, 4), "out");
    LLVMValueRef fasks = load(e, e->ptr, field(e, e->fr, fr, 5), "asks");
    LLVMValueRef fposs = load(e, e->ptr, field(e, e->fr, fr, 6), "possible");
    for (int i = 0; i < p->ninputs; i++)
        frame_from_field(e, kn, val, e->in, in, 0, i, i, e->in_field[i]);
    for (int i = p->ninputs; i < e->first_out; i++)
        frame_from_field(e, kn, val, e->out, out, e->dknown_field, i - p->ninputs, i, e->out_field[i]);
    for (int i = e->first_out; i < p->nvars; i++) {
        int o = i - e->first_out;
        LLVMValueRef ix = c32(e, i), ox = c32(e, o);
        LLVMValueRef sx[3] = {c32(e, 0), c32(e, e->state_field), ox};
        LLVMValueRef sp = gep(e, e->out, out, sx, 3);
        LLVMBuildMemCpy(e->b, gep(e, e->go, fout, &ox, 1), 4, sp, 4, LLVMSizeOf(e->go));
        LLVMTypeRef t = field_type(e, p->vars[i].type);
        LLVMValueRef x = load(e, t, field(e, e->out, out, e->out_field[i]), "");
        store(e, x, gep(e, e->val, val, &ix, 1));
        LLVMValueRef st = output_state(e, sp);
        LLVMValueRef isn = load(e, e->i8, field(e, e->go, sp, 2), "");
        LLVMValueRef k8 = zext(e, answer_known(e, st, isn), e->i8);
        store(e, k8, gep(e, e->i8, kn, &ix, 1));
        /* asks and possible answers where a diagram was walked (how not DIRECT), else zeros;
         * the frame's possible_at are the offsets of the output struct's (guide.h) */
        LLVMValueRef off = c32(e, o * e->words);
        LLVMValueRef ax[3] = {c32(e, 0), c32(e, e->asks_field), ox};
        LLVMValueRef to = gep(e, e->i64, fasks, &off, 1);
        LLVMValueRef pat = c32(e, e->possible_at[o]);
        LLVMValueRef pto = gep(e, e->i64, fposs, &pat, 1);
        LLVMValueRef pwords = c64(e, 8LL * (e->possible_at[o + 1] - e->possible_at[o]));
        LLVMValueRef how = load(e, e->i8, field(e, e->go, sp, 1), "how");
        LLVMBasicBlockRef walked = block(e, "walked"), direct = block(e, "direct"), next = block(e, "next");
        condbr(e, ne(e, how, c8(e, GUIDE_HOW_DIRECT)), walked, direct);
        at(e, walked);
        LLVMBuildMemCpy(e->b, to, 8, gep(e, e->out, out, ax, 3), 8, c64(e, 8LL * e->wdim));
        LLVMValueRef px[3] = {c32(e, 0), c32(e, e->possible_field), pat};
        LLVMBuildMemCpy(e->b, pto, 8, gep(e, e->out, out, px, 3), 8, pwords);
        br(e, next);
        at(e, direct);
        LLVMBuildMemSet(e->b, to, c8(e, 0), c64(e, 8LL * e->wdim), 8);
        LLVMBuildMemSet(e->b, pto, c8(e, 0), pwords, 8);
        br(e, next);
        at(e, next);
    }
    LLVMBuildRetVoid(e->b);

    name_of(e, "%s_eval_frame", p->name);
    f = function(e, sb_str(&e->nm), e->i32, pt, 2, 0);
    begin(e, f);
    fr = LLVMGetParam(f, 0);
    in = local(e, e->in, "in");
    out = local(e, e->out, "out");
    LLVMValueRef a1[2] = {fr, in};
    call(e, e->from_frame, a1, 2, "");
    LLVMValueRef memo = load(e, e->ptr, field(e, e->fr, fr, 8), "memo");
    LLVMValueRef a2[4] = {in, out, LLVMGetParam(f, 1), memo};
    LLVMValueRef rc = call(e, e->eval_with, a2, 4, "rc");
    LLVMValueRef a3[3] = {in, out, fr};
    call(e, e->to_frame, a3, 3, "");
    LLVMBuildRet(e->b, rc);
}

/* ---- Batches (emit_c.c emit_batches) ---------------------------------------------------------- */

/* NAME_columns, as NAME.h declares it: only pointers, a pointer per input, known, a pointer per
 * output, one to the states of each output (at least one), asks, possible, rc. */
static int col_known(const emitll *e) { return e->p->ninputs; }
static int col_out(const emitll *e, int o) { return e->p->ninputs + 1 + o; }
static int col_state(const emitll *e, int o) { return e->p->ninputs + 1 + e->no + o; }
static int col_asks(const emitll *e) { return e->p->ninputs + 1 + e->no + imax(e->no, 1); }

static LLVMTypeRef cols_type(emitll *e)
{
    return LLVMArrayType2(e->ptr, (uint64_t)col_asks(e) + 3);
}

/* Field f, a pointer, of the columns struct at c. */
static LLVMValueRef col_ptr(emitll *e, LLVMValueRef c, int f, const char *name)
{
    LLVMValueRef ix[2] = {c32(e, 0), c32(e, f)};
    return load(e, e->ptr, gep(e, cols_type(e), c, ix, 2), name);
}

/* &p[i], p an array of t. */
static LLVMValueRef at_i(emitll *e, LLVMTypeRef t, LLVMValueRef p, LLVMValueRef i)
{
    return gep(e, t, p, &i, 1);
}

/* *p += v, p an i64 local. */
static void add_to(emitll *e, LLVMValueRef p, LLVMValueRef v)
{
    LLVMValueRef old = load(e, e->i64, p, "");
    store(e, LLVMBuildAdd(e->b, old, v, ""), p);
}

/* *p += (rc != 0), the count of rows out of range. */
static void count_bad(emitll *e, LLVMValueRef p, LLVMValueRef rc)
{
    add_to(e, p, zext(e, ne(e, rc, c32(e, 0)), e->i64));
}

/* The inputs the tables on the direct path read (emit_c.c direct_need), word w. */
static uint64_t need_word(emitll *e, const uint8_t *column, int w)
{
    uint64_t need = 0;
    for (int i = 64 * w; i < e->p->ninputs && i < 64 * (w + 1); i++)
        need |= (uint64_t)column[i] << (i % 64);
    return need;
}

/* NAME_eval_many(n, in, out): eval_with on each case, without trace or memos; returns how many
 * had an input out of range. */
static void make_eval_many(emitll *e)
{
    LLVMTypeRef pt[3] = {e->i64, e->ptr, e->ptr};
    LLVMValueRef f = function(e, name_of(e, "%s_eval_many", e->p->name), e->i64, pt, 3, 0);
    begin(e, f);
    static const char *const names[3] = {"n", "in", "out"};
    for (unsigned k = 0; k < 3; k++)
        LLVMSetValueName2(LLVMGetParam(f, k), names[k], strlen(names[k]));
    LLVMValueRef bad = local(e, e->i64, "bad");
    store(e, c64(e, 0), bad);
    loop l;
    LLVMValueRef i = loop_begin(e, &l, e->i64, c64(e, 0), LLVMGetParam(f, 0));
    LLVMValueRef args[4] = {NULL, NULL, LLVMConstNull(e->ptr), LLVMConstNull(e->ptr)};
    args[0] = at_i(e, e->in, LLVMGetParam(f, 1), i);
    args[1] = at_i(e, e->out, LLVMGetParam(f, 2), i);
    count_bad(e, bad, call(e, e->eval_with, args, 4, "rc"));
    loop_end(e, &l);
    LLVMBuildRet(e->b, load(e, e->i64, bad, "bad"));
}

/* The guide_output at o as one byte (guide.h guide_state_byte): state | how << 2 | is_null << 4. */
static LLVMValueRef state_byte(emitll *e, LLVMValueRef o)
{
    LLVMValueRef st = load(e, e->i8, field(e, e->go, o, 0), "state");
    LLVMValueRef how = load(e, e->i8, field(e, e->go, o, 1), "how");
    LLVMValueRef isn = load(e, e->i8, field(e, e->go, o, 2), "is_null");
    LLVMValueRef b = and_(e, st, c8(e, 3));
    LLVMValueRef h = LLVMBuildShl(e->b, and_(e, how, c8(e, 3)), c8(e, 2), "");
    b = or_(e, b, h);
    LLVMValueRef n = LLVMBuildShl(e->b, and_(e, isn, c8(e, 1)), c8(e, 4), "");
    return or_(e, b, n);
}

/* column_row(c, i) (emit_c.c column_row): row i of the columns through eval_with, its inputs
 * gathered into an input struct and its outputs scattered into the columns given; returns what
 * NAME_eval returns. */
static LLVMValueRef make_column_row(emitll *e)
{
    const ir_program *p = e->p;
    LLVMTypeRef pt[2] = {e->ptr, e->i64};
    LLVMValueRef f = function(e, "column_row", e->i32, pt, 2, 1);
    begin(e, f);
    LLVMValueRef c = LLVMGetParam(f, 0), i = LLVMGetParam(f, 1);
    LLVMSetValueName2(c, "c", 1);
    LLVMSetValueName2(i, "i", 1);
    LLVMValueRef in = local(e, e->in, "in"), out = local(e, e->out, "out");
    LLVMBuildMemSet(e->b, in, c8(e, 0), LLVMSizeOf(e->in), 8);
    /* each known word: the row's (a pointer to all ones when there are no masks), less the
     * inputs whose column is not given */
    LLVMValueRef known = col_ptr(e, c, col_known(e), "known");
    LLVMValueRef ones = cglobal(e, "all_known", LLVMConstAllOnes(e->i64));
    LLVMValueRef *word = zalloc(e, sizeof(LLVMValueRef) * (size_t)e->wdim);
    for (int w = 0; w < e->words; w++) {
        LLVMValueRef ix = LLVMBuildAdd(e->b, LLVMBuildMul(e->b, i, c64(e, e->words), ""), c64(e, w), "");
        LLVMValueRef given = LLVMBuildIsNotNull(e->b, known, "");
        LLVMValueRef wp = sel(e, given, at_i(e, e->i64, known, ix), ones);
        word[w] = load(e, e->i64, wp, "known");
    }
    for (int k = 0; k < p->ninputs; k++) {
        const ir_var *v = &p->vars[k];
        LLVMValueRef col = col_ptr(e, c, k, v->name);
        LLVMValueRef bit = trunc_(e, LLVMBuildLShr(e->b, word[k / 64], c64(e, k % 64), ""), e->i1);
        LLVMValueRef take = and_(e, LLVMBuildIsNotNull(e->b, col, ""), bit);
        LLVMBasicBlockRef after = if_begin(e, take, v->name);
        LLVMTypeRef t = field_type(e, v->type);
        LLVMValueRef x = load(e, t, at_i(e, t, col, i), "");
        store(e, x, field(e, e->in, in, e->in_field[k]));
        if_end(e, after);
        LLVMValueRef keep = sel(e, take, LLVMConstAllOnes(e->i64), c64(e, (long long)~(UINT64_C(1) << (k % 64))));
        word[k / 64] = and_(e, word[k / 64], keep);
    }
    for (int w = 0; w < e->words; w++) {
        uint64_t all = 0;
        for (int k = 64 * w; k < p->ninputs && k < 64 * (w + 1); k++)
            all |= UINT64_C(1) << (k % 64);
        LLVMValueRef ix[3] = {c32(e, 0), c32(e, 0), c32(e, w)};
        LLVMValueRef kw = and_(e, word[w], LLVMConstInt(e->i64, all, 0));
        store(e, kw, gep(e, e->in, in, ix, 3));
    }
    LLVMValueRef args[4] = {in, out, LLVMConstNull(e->ptr), LLVMConstNull(e->ptr)};
    LLVMValueRef rc = call(e, e->eval_with, args, 4, "rc");
    LLVMValueRef asks = col_ptr(e, c, col_asks(e), "asks"), possible = col_ptr(e, c, col_asks(e) + 1, "possible");
    int pwords = imax(e->possible_at[e->no], 1);
    for (int o = 0; o < e->no; o++) {
        int vi = e->first_out + o;
        LLVMTypeRef t = field_type(e, p->vars[vi].type);
        LLVMValueRef col = col_ptr(e, c, col_out(e, o), p->vars[vi].name);
        LLVMBasicBlockRef after = if_begin(e, LLVMBuildIsNotNull(e->b, col, ""), "value");
        LLVMValueRef x = load(e, t, field(e, e->out, out, e->out_field[vi]), "");
        store(e, x, at_i(e, t, col, i));
        if_end(e, after);
        LLVMValueRef sx[3] = {c32(e, 0), c32(e, e->state_field), c32(e, o)};
        LLVMValueRef sp = gep(e, e->out, out, sx, 3);
        LLVMValueRef st = col_ptr(e, c, col_state(e, o), "states");
        after = if_begin(e, LLVMBuildIsNotNull(e->b, st, ""), "state");
        LLVMValueRef sb = state_byte(e, sp);
        store(e, sb, at_i(e, e->i8, st, i));
        if_end(e, after);
        /* asks and possible answers where the diagram was walked */
        LLVMValueRef how = load(e, e->i8, field(e, e->go, sp, 1), "how");
        after = if_begin(e, ne(e, how, c8(e, GUIDE_HOW_DIRECT)), "walked");
        LLVMBasicBlockRef done = if_begin(e, LLVMBuildIsNotNull(e->b, asks, ""), "asks");
        LLVMValueRef ax = LLVMBuildAdd(e->b, LLVMBuildMul(e->b, i, c64(e, (long long)e->no * e->wdim), ""),
                                       c64(e, (long long)o * e->wdim), "");
        LLVMValueRef fx[3] = {c32(e, 0), c32(e, e->asks_field), c32(e, o)};
        LLVMValueRef to = at_i(e, e->i64, asks, ax);
        LLVMBuildMemCpy(e->b, to, 8, gep(e, e->out, out, fx, 3), 8, c64(e, 8LL * e->wdim));
        if_end(e, done);
        done = if_begin(e, LLVMBuildIsNotNull(e->b, possible, ""), "possible");
        LLVMValueRef px = LLVMBuildAdd(e->b, LLVMBuildMul(e->b, i, c64(e, pwords), ""), c64(e, e->possible_at[o]), "");
        LLVMValueRef ox[3] = {c32(e, 0), c32(e, e->possible_field), c32(e, e->possible_at[o])};
        to = at_i(e, e->i64, possible, px);
        LLVMBuildMemCpy(e->b, to, 8, gep(e, e->out, out, ox, 3), 8,
                        c64(e, 8LL * (e->possible_at[o + 1] - e->possible_at[o])));
        if_end(e, done);
        if_end(e, after);
    }
    LLVMValueRef rcp = col_ptr(e, c, col_asks(e) + 2, "rcs");
    LLVMBasicBlockRef after = if_begin(e, LLVMBuildIsNotNull(e->b, rcp, ""), "rc");
    store(e, rc, at_i(e, e->i32, rcp, i));
    if_end(e, after);
    LLVMBuildRet(e->b, rc);
    return f;
}

/* The direct path's tables, in order (the index of a table among them: its cls parameter). */
static int direct_tables(emitll *e, int *which)
{
    int n = 0;
    for (int t = 0; t < e->p->ntables; t++)
        if (e->plan.tp[t].nfast)
            which[n++] = t;
    return n;
}

/* columns_loop.known / .all (emit_c.c put_column_loop): the rows of a block on the direct path,
 * each checked as eval_direct checks a case (with the known masks, or every input whose column
 * is given known) and its combination of classes in each table stored, 0 for a row that is not
 * ok, which is marked slow; without a branch, so that the loop vectoriser can make vector code
 * of it (a label's class, looked up with a gather from an array of bytes in the per-case path,
 * is a shift of a 64-bit constant here when the classes fit). Every pointer is its own noalias
 * parameter: the columns and the block's arrays do not overlap. Parameters: a pointer per
 * input, known, a pointer per table of the direct path (its combinations), slow, the number of
 * rows m, then have, the inputs whose column is given, a word each. Returns the number of slow
 * rows. */
static LLVMValueRef make_columns_loop(emitll *e, const uint8_t *column, int with_known)
{
    const ir_program *p = e->p;
    int *which = zalloc(e, sizeof(int) * ((size_t)p->ntables + 1));
    int ni = p->ninputs, nt = direct_tables(e, which), np = ni + 1 + nt + 2 + e->words;
    LLVMTypeRef *pt = zalloc(e, sizeof(LLVMTypeRef) * (size_t)np);
    for (int k = 0; k < np; k++)
        pt[k] = k >= ni + 2 + nt ? e->i64 : e->ptr;
    LLVMValueRef f = function(e, with_known ? "columns_loop.known" : "columns_loop.all", e->i64, pt, (unsigned)np, 1);
    for (int k = 0; k < ni + 2 + nt; k++)
        add_attr(e, f, (LLVMAttributeIndex)k + 1, "noalias");
    begin(e, f);
    LLVMValueRef known = LLVMGetParam(f, (unsigned)ni), slow = LLVMGetParam(f, (unsigned)(ni + 1 + nt));
    LLVMValueRef m = LLVMGetParam(f, (unsigned)(ni + 2 + nt));
    LLVMSetValueName2(m, "m", 1);
    LLVMValueRef nslow = local(e, e->i64, "nslow");
    store(e, c64(e, 0), nslow);
    loop l;
    LLVMValueRef i = loop_begin(e, &l, e->i64, c64(e, 0), m);
    LLVMValueRef *x = zalloc(e, sizeof(LLVMValueRef) * ((size_t)ni + 1));
    for (int k = 0; k < ni; k++) {
        LLVMTypeRef t = field_type(e, p->vars[k].type);
        x[k] = load(e, t, at_i(e, t, LLVMGetParam(f, (unsigned)k), i), p->vars[k].name);
    }
    LLVMValueRef ok = LLVMConstInt(e->i1, 1, 0);
    LLVMValueRef *kw = zalloc(e, sizeof(LLVMValueRef) * (size_t)e->wdim);
    for (int w = 0; w < e->words; w++) {
        LLVMValueRef have = LLVMGetParam(f, (unsigned)(ni + 3 + nt + w));
        kw[w] = have;
        if (with_known) {
            LLVMValueRef ix = LLVMBuildAdd(e->b, LLVMBuildMul(e->b, i, c64(e, e->words), ""), c64(e, w), "");
            kw[w] = and_(e, load(e, e->i64, at_i(e, e->i64, known, ix), "known"), have);
            uint64_t need = need_word(e, column, w);
            if (need) {
                LLVMValueRef nm = LLVMConstInt(e->i64, need, 0);
                ok = and_(e, ok, eq(e, and_(e, kw[w], nm), nm));
            }
        }
    }
    for (int k = 0; k < ni; k++) {
        LLVMValueRef valid = input_valid(e, &p->vars[k], x[k]);
        if (!column[k]) { /* an input no table reads: checked when known */
            LLVMValueRef kn = trunc_(e, LLVMBuildLShr(e->b, kw[k / 64], c64(e, k % 64), ""), e->i1);
            valid = or_(e, LLVMBuildNot(e->b, kn, ""), valid);
        }
        ok = and_(e, ok, valid);
    }
    named(ok, "ok");
    for (int d = 0; d < nt; d++) {
        LLVMValueRef cls = sel(e, ok, table_class_of(e, x, which[d], ok), c32(e, 0));
        store(e, cls, at_i(e, e->i32, LLVMGetParam(f, (unsigned)(ni + 1 + d)), i));
    }
    LLVMValueRef notok = LLVMBuildNot(e->b, ok, "slow");
    LLVMValueRef flag = zext(e, notok, e->i8);
    store(e, flag, at_i(e, e->i8, slow, i));
    add_to(e, nslow, zext(e, notok, e->i64));
    loop_end(e, &l);
    LLVMBuildRet(e->b, load(e, e->i64, nslow, "nslow"));
    return f;
}

/* for i in [0, m): output j's value into value[i] and its state into state[i] (either may be
 * NULL, not both) from the answers of table t at combination cls[i]: one loop for the two, so
 * that a caller who wants both pays for one load of the combination. */
static void copy_columns(emitll *e, int t, int j, LLVMValueRef value, LLVMValueRef state, LLVMValueRef cls,
                         LLVMValueRef m)
{
    const eplan_table *tp = &e->plan.tp[t];
    LLVMValueRef g = e->tg[t].direct;
    LLVMTypeRef gt = LLVMGlobalGetValueType(g);
    int whole = e->tg[t].whole, vi = tp->fast_vars[j];
    LLVMTypeRef vt = field_type(e, e->p->vars[vi].type);
    loop l;
    LLVMValueRef i = loop_begin(e, &l, e->i64, c64(e, 0), m);
    LLVMValueRef c = load(e, e->i32, at_i(e, e->i32, cls, i), "cls");
    if (value) {
        LLVMValueRef ix[3] = {c32(e, 0), c, c32(e, whole ? j : 1 + j)};
        LLVMValueRef v = load(e, vt, gep(e, gt, g, ix, 3), e->p->vars[vi].name);
        store(e, v, at_i(e, vt, value, i));
    }
    if (state) { /* a byte, from @state_bytes.<table> */
        LLVMValueRef sb = e->tg[t].state_bytes;
        LLVMValueRef ix[3] = {c32(e, 0), c32(e, j), c};
        LLVMValueRef v = load(e, e->i8, gep(e, LLVMGlobalGetValueType(sb), sb, ix, 3), "state");
        store(e, v, at_i(e, e->i8, state, i));
    }
    loop_end(e, &l);
    no_vectorize(e, &l);
}

/* columns_block(c, base, m) (emit_c.c columns_block): rows base to base + m - 1 of the columns,
 * every column of the direct path's tables given, a column at a time: each row's combination
 * of classes in each table through columns_loop, then each output column asked for; the slow
 * rows then through column_row. Returns how many rows had an input out of range. */
static LLVMValueRef make_columns_block(emitll *e, LLVMValueRef row_fn)
{
    const ir_program *p = e->p;
    int *which = zalloc(e, sizeof(int) * ((size_t)p->ntables + 1));
    int ni = p->ninputs, nt = direct_tables(e, which), np = ni + 1 + nt + 2 + e->words;
    uint8_t *column = direct_columns(e);
    LLVMValueRef loops[2] = {make_columns_loop(e, column, 0), make_columns_loop(e, column, 1)};
    LLVMTypeRef pt[3] = {e->ptr, e->i64, e->i64};
    LLVMValueRef f = function(e, "columns_block", e->i64, pt, 3, 1);
    begin(e, f);
    LLVMValueRef c = LLVMGetParam(f, 0), base = LLVMGetParam(f, 1), m = LLVMGetParam(f, 2);
    LLVMSetValueName2(c, "c", 1);
    LLVMSetValueName2(base, "base", 4);
    LLVMSetValueName2(m, "m", 1);
    LLVMValueRef *args = zalloc(e, sizeof(LLVMValueRef) * (size_t)np);
    LLVMValueRef zeros_i = NULL, zeros_d = NULL;
    for (int k = 0; k < ni; k++) {
        const ir_var *v = &p->vars[k];
        LLVMTypeRef t = field_type(e, v->type);
        LLVMValueRef col = col_ptr(e, c, k, v->name);
        args[k] = at_i(e, t, col, base);
        if (column[k])
            continue;
        /* an input no table reads, its column maybe not given: zeros, never read as known */
        LLVMValueRef *z = t == e->i32 ? &zeros_i : &zeros_d;
        if (!*z)
            *z = cglobal(e, t == e->i32 ? "zeros.i32" : "zeros.f64",
                         LLVMConstNull(LLVMArrayType2(t, EPLAN_COLUMN_BLOCK)));
        args[k] = sel(e, LLVMBuildIsNotNull(e->b, col, ""), args[k], *z);
    }
    LLVMValueRef *cls = zalloc(e, sizeof(LLVMValueRef) * ((size_t)nt + 1));
    for (int d = 0; d < nt; d++) { /* the states of each table's answers as bytes */
        const eplan_table *tp = &e->plan.tp[which[d]];
        LLVMTypeRef row = LLVMArrayType2(e->i8, (uint64_t)tp->nclass_combos);
        LLVMValueRef *rows = zalloc(e, sizeof(LLVMValueRef) * (size_t)tp->nfast);
        LLVMValueRef *el = zalloc(e, sizeof(LLVMValueRef) * (size_t)tp->nclass_combos);
        for (int j = 0; j < tp->nfast; j++) {
            for (long cc = 0; cc < tp->nclass_combos; cc++) {
                int vi = tp->fast_vars[j], code = tp->class_ans[j][cc];
                guide_output o = {(uint8_t)(code == 0 ? GUIDE_NOT_APPLICABLE : code == 1 ? GUIDE_CONFLICT : GUIDE_CONCLUDED),
                                  GUIDE_HOW_DIRECT, (uint8_t)(code >= 2 && eplan_answer(p, vi, code)->is_null), 0};
                el[cc] = c8(e, guide_state_byte(o));
            }
            rows[j] = LLVMConstArray2(e->i8, el, (uint64_t)tp->nclass_combos);
        }
        name_of(e, "state_bytes.%s", p->tables[which[d]].name);
        e->tg[which[d]].state_bytes = cglobal(e, sb_str(&e->nm), LLVMConstArray2(row, rows, (uint64_t)tp->nfast));
    }
    for (int d = 0; d < nt; d++) {
        name_of(e, "cls.%s", p->tables[which[d]].name);
        cls[d] = args[ni + 1 + d] = local(e, LLVMArrayType2(e->i32, EPLAN_COLUMN_BLOCK), sb_str(&e->nm));
    }
    LLVMValueRef slow = local(e, LLVMArrayType2(e->i8, EPLAN_COLUMN_BLOCK), "slow");
    args[ni + 1 + nt] = slow;
    args[ni + 2 + nt] = m;
    for (int w = 0; w < e->words; w++) {
        LLVMValueRef have = LLVMConstInt(e->i64, need_word(e, column, w), 0);
        for (int k = 64 * w; k < ni && k < 64 * (w + 1); k++)
            if (!column[k]) {
                LLVMValueRef col = col_ptr(e, c, k, p->vars[k].name);
                LLVMValueRef bit = c64(e, (long long)(UINT64_C(1) << (k % 64)));
                have = or_(e, have, sel(e, LLVMBuildIsNotNull(e->b, col, ""), bit, c64(e, 0)));
            }
        args[ni + 3 + nt + w] = have;
    }
    /* the combinations, with the known masks or without */
    LLVMValueRef known = col_ptr(e, c, col_known(e), "known");
    LLVMBasicBlockRef masks = block(e, "masks"), none = block(e, "no_masks"), join = block(e, "rows");
    condbr(e, LLVMBuildIsNotNull(e->b, known, ""), masks, none);
    at(e, masks);
    args[ni] = at_i(e, e->i64, known, LLVMBuildMul(e->b, base, c64(e, e->words), ""));
    LLVMValueRef n1 = call(e, loops[1], args, (unsigned)np, "nslow");
    br(e, join);
    at(e, none);
    args[ni] = LLVMConstNull(e->ptr);
    LLVMValueRef n0 = call(e, loops[0], args, (unsigned)np, "nslow");
    br(e, join);
    at(e, join);
    LLVMValueRef nslow = LLVMBuildPhi(e->b, e->i64, "nslow");
    LLVMValueRef inc[2] = {n1, n0};
    LLVMBasicBlockRef from[2] = {masks, none};
    LLVMAddIncoming(nslow, inc, from, 2);
    /* each output column asked for, and its states */
    for (int d = 0; d < nt; d++) {
        const eplan_table *tp = &e->plan.tp[which[d]];
        for (int j = 0; j < tp->nfast; j++) {
            int vi = tp->fast_vars[j], o = vi - e->first_out;
            LLVMTypeRef t = field_type(e, p->vars[vi].type);
            LLVMValueRef col = col_ptr(e, c, col_out(e, o), p->vars[vi].name);
            LLVMValueRef st = col_ptr(e, c, col_state(e, o), "states");
            LLVMValueRef has_v = LLVMBuildIsNotNull(e->b, col, ""), has_s = LLVMBuildIsNotNull(e->b, st, "");
            LLVMValueRef to_v = at_i(e, t, col, base), to_s = at_i(e, e->i8, st, base);
            /* value and state in one loop, or either alone */
            LLVMBasicBlockRef after = if_begin(e, and_(e, has_v, has_s), "both");
            copy_columns(e, which[d], j, to_v, to_s, cls[d], m);
            LLVMBasicBlockRef done = block(e, "copied");
            br(e, done);
            at(e, after);
            after = if_begin(e, has_v, p->vars[vi].name);
            copy_columns(e, which[d], j, to_v, NULL, cls[d], m);
            if_end(e, after);
            after = if_begin(e, has_s, "states");
            copy_columns(e, which[d], j, NULL, to_s, cls[d], m);
            if_end(e, after);
            br(e, done);
            at(e, done);
        }
    }
    LLVMValueRef rcs = col_ptr(e, c, col_asks(e) + 2, "rcs");
    LLVMBasicBlockRef after = if_begin(e, LLVMBuildIsNotNull(e->b, rcs, ""), "rc");
    LLVMValueRef bytes = LLVMBuildMul(e->b, m, c64(e, 4), "");
    LLVMBuildMemSet(e->b, at_i(e, e->i32, rcs, base), c8(e, 0), bytes, 4);
    if_end(e, after);
    /* the slow rows */
    LLVMValueRef bad = local(e, e->i64, "bad");
    store(e, c64(e, 0), bad);
    after = if_begin(e, ne(e, nslow, c64(e, 0)), "slow_rows");
    loop l;
    LLVMValueRef i = loop_begin(e, &l, e->i64, c64(e, 0), m);
    LLVMValueRef is_slow = ne(e, load(e, e->i8, at_i(e, e->i8, slow, i), ""), c8(e, 0));
    LLVMBasicBlockRef next = if_begin(e, is_slow, "slow_row");
    LLVMValueRef ra[2] = {c, LLVMBuildAdd(e->b, base, i, "")};
    count_bad(e, bad, call(e, row_fn, ra, 2, "rc"));
    if_end(e, next);
    loop_end(e, &l);
    if_end(e, after);
    LLVMBuildRet(e->b, load(e, e->i64, bad, "bad"));
    return f;
}

/* NAME_eval_columns(n, c): with a direct path and every column of its tables given, blocks of
 * rows through columns_block; else each row through column_row. */
static void make_eval_columns(emitll *e)
{
    const ir_program *p = e->p;
    LLVMValueRef row_fn = make_column_row(e);
    int rows_max = EPLAN_COLUMN_BLOCK;
    LLVMValueRef block_fn = e->plan.direct ? make_columns_block(e, row_fn) : NULL;
    LLVMTypeRef pt[2] = {e->i64, e->ptr};
    LLVMValueRef f = function(e, name_of(e, "%s_eval_columns", p->name), e->i64, pt, 2, 0);
    begin(e, f);
    LLVMValueRef n = LLVMGetParam(f, 0), c = LLVMGetParam(f, 1);
    LLVMSetValueName2(n, "n", 1);
    LLVMSetValueName2(c, "c", 1);
    LLVMValueRef bad = local(e, e->i64, "bad");
    store(e, c64(e, 0), bad);
    LLVMBasicBlockRef rows = block(e, "rows");
    if (block_fn) {
        uint8_t *column = direct_columns(e);
        LLVMValueRef given = LLVMConstInt(e->i1, 1, 0);
        for (int k = 0; k < p->ninputs; k++)
            if (column[k])
                given = and_(e, given, LLVMBuildIsNotNull(e->b, col_ptr(e, c, k, p->vars[k].name), ""));
        LLVMBasicBlockRef blocks = block(e, "blocks");
        condbr(e, given, blocks, rows);
        at(e, blocks);
        LLVMValueRef nb = LLVMBuildUDiv(e->b, LLVMBuildAdd(e->b, n, c64(e, rows_max - 1), ""), c64(e, rows_max), "nblocks");
        loop l;
        LLVMValueRef b = loop_begin(e, &l, e->i64, c64(e, 0), nb);
        LLVMValueRef base = LLVMBuildMul(e->b, b, c64(e, rows_max), "base");
        LLVMValueRef left = LLVMBuildSub(e->b, n, base, "");
        LLVMValueRef m = sel(e, LLVMBuildICmp(e->b, LLVMIntULT, left, c64(e, rows_max), ""), left, c64(e, rows_max));
        LLVMValueRef args[3] = {c, base, m};
        add_to(e, bad, call(e, block_fn, args, 3, "nbad"));
        loop_end(e, &l);
        LLVMBuildRet(e->b, load(e, e->i64, bad, "bad"));
    } else {
        br(e, rows);
    }
    at(e, rows);
    loop l;
    LLVMValueRef i = loop_begin(e, &l, e->i64, c64(e, 0), n);
    LLVMValueRef args[2] = {c, i};
    count_bad(e, bad, call(e, row_fn, args, 2, "rc"));
    loop_end(e, &l);
    LLVMBuildRet(e->b, load(e, e->i64, bad, "bad"));
}

/* ---- Decision diagrams (guide.h guide_dd) ----------------------------------------------------- */

/* A private constant array of n i32 named name, or a null pointer when n is 0. */
static LLVMValueRef i32_array(emitll *e, const char *name, const int32_t *v, size_t n)
{
    if (!n)
        return LLVMConstPointerNull(e->ptr);
    LLVMValueRef *el = zalloc(e, sizeof(LLVMValueRef) * n);
    for (size_t i = 0; i < n; i++)
        el[i] = c32(e, v[i]);
    return cglobal(e, name, LLVMConstArray2(e->i32, el, (uint64_t)n));
}

/* A private constant set of inputs ([input words] i64, at least one) named name, from w (NULL:
 * empty). */
static LLVMValueRef input_set(emitll *e, const char *name, const uint64_t *w)
{
    LLVMValueRef *el = zalloc(e, sizeof(LLVMValueRef) * (size_t)e->wdim);
    for (int k = 0; k < e->wdim; k++)
        el[k] = LLVMConstInt(e->i64, w && k < e->words ? w[k] : 0, 0);
    return cglobal(e, name, LLVMConstArray2(e->i64, el, (uint64_t)e->wdim));
}

/* The guide_dd_level constant of lv. Its arrays, @dd.cuts.<var>, @dd.pos_cell.<var> and
 * @dd.inputs.<var>, are made once: every diagram testing the variable has the same level. */
static LLVMValueRef dd_level(emitll *e, const guide_dd_level *lv)
{
    const char *vname = e->p->vars[lv->var].name;
    LLVMValueRef *arr = &e->level_arrays[6 * lv->var];
    if (!arr[2]) {
        LLVMValueRef null = LLVMConstPointerNull(e->ptr);
        arr[0] = arr[1] = null;
        if (lv->ncuts) {
            LLVMValueRef *el = zalloc(e, sizeof(LLVMValueRef) * (size_t)lv->ncuts);
            for (int i = 0; i < lv->ncuts; i++)
                el[i] = cdouble(e, lv->cuts[i]);
            name_of(e, "dd.cuts.%s", vname);
            arr[0] = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->f64, el, (uint64_t)lv->ncuts));
        }
        if (lv->pos_cell) {
            name_of(e, "dd.pos_cell.%s", vname);
            arr[1] = i32_array(e, sb_str(&e->nm), lv->pos_cell, 2 * (size_t)lv->ncuts + 1);
        }
        name_of(e, "dd.inputs.%s", vname);
        arr[2] = input_set(e, sb_str(&e->nm), lv->inputs);
        arr[3] = arr[4] = arr[5] = null;
        if (lv->nderived) { /* the derived values it is computed through, for the walk's asks */
            name_of(e, "dd.through.%s", vname);
            arr[3] = i32_array(e, sb_str(&e->nm), lv->derived, (size_t)lv->nderived);
            name_of(e, "dd.through_at.%s", vname);
            arr[4] = i32_array(e, sb_str(&e->nm), lv->from_at, (size_t)lv->nderived + 1);
            name_of(e, "dd.through_from.%s", vname);
            arr[5] = i32_array(e, sb_str(&e->nm), lv->from, (size_t)lv->from_at[lv->nderived]);
        }
    }
    LLVMValueRef f[10] = {c32(e, lv->var), c32(e, lv->ncells), c32(e, lv->ncuts), arr[0], arr[1], arr[2],
                          c32(e, lv->nderived), arr[3], arr[4], arr[5]};
    return LLVMConstNamedStruct(e->ddlv, f, 10);
}

/* The guide_dd constant of a diagram, its arrays named after oname: an output's name, or
 * "constraint.NAME" for a constraint's. */
static LLVMValueRef dd_const(emitll *e, const guide_dd *dd, const char *oname)
{
    LLVMValueRef null = LLVMConstPointerNull(e->ptr), levels = null, leaves = null;
    if (dd->nlevels) {
        LLVMValueRef *el = zalloc(e, sizeof(LLVMValueRef) * (size_t)dd->nlevels);
        for (int l = 0; l < dd->nlevels; l++)
            el[l] = dd_level(e, &dd->levels[l]);
        name_of(e, "dd.levels.%s", oname);
        levels = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->ddlv, el, (uint64_t)dd->nlevels));
    }
    name_of(e, "dd.node_level.%s", oname);
    LLVMValueRef node_level = i32_array(e, sb_str(&e->nm), dd->node_level, (size_t)dd->nnodes);
    name_of(e, "dd.node_kids.%s", oname);
    LLVMValueRef node_kids = i32_array(e, sb_str(&e->nm), dd->node_kids, (size_t)dd->nnodes);
    size_t nkids = 0;
    for (int n = 0; n < dd->nnodes; n++)
        nkids += (size_t)dd->levels[dd->node_level[n]].ncells;
    name_of(e, "dd.kids.%s", oname);
    LLVMValueRef kids = i32_array(e, sb_str(&e->nm), dd->kids, nkids);
    if (dd->nleaves) {
        LLVMValueRef *el = zalloc(e, sizeof(LLVMValueRef) * (size_t)dd->nleaves);
        for (int k = 0; k < dd->nleaves; k++) {
            const guide_dd_leaf *lf = &dd->leaves[k];
            LLVMValueRef f[3] = {c8(e, lf->state), c8(e, lf->is_null), cvalue(e, dd->output, &lf->v)};
            el[k] = LLVMConstNamedStruct(e->ddleaf, f, 3);
        }
        name_of(e, "dd.leaves.%s", oname);
        leaves = cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->ddleaf, el, (uint64_t)dd->nleaves));
    }
    name_of(e, "dd.cone.%s", oname);
    LLVMValueRef cone = input_set(e, sb_str(&e->nm), dd->cone);
    LLVMValueRef f[12] = {c32(e, dd->output), c32(e, dd->nlevels), levels, c32(e, dd->nnodes), node_level,
                          node_kids, kids, c32(e, dd->root), c32(e, dd->nleaves), leaves, cone,
                          c32(e, dd->impossible)};
    return LLVMConstNamedStruct(e->ddt, f, 12);
}

/* @dds, every output's diagram (p->dds), for the walks and NAME_info.dds. */
static void make_dds(emitll *e)
{
    const ir_program *p = e->p;
    e->dds = LLVMConstPointerNull(e->ptr);
    if (!p->noutputs || !p->dds)
        return;
    e->level_arrays = zalloc(e, sizeof(LLVMValueRef) * 6 * (size_t)p->nvars);
    LLVMValueRef *el = zalloc(e, sizeof(LLVMValueRef) * (size_t)p->noutputs);
    for (int o = 0; o < p->noutputs; o++)
        el[o] = dd_const(e, &p->dds[o], p->vars[p->dds[o].output].name);
    e->dds = cglobal(e, "dds", LLVMConstArray2(e->ddt, el, (uint64_t)p->noutputs));
}

/* @constraints (guide.h guide_constraint_info) and @consistent, for libguide's case readers;
 * null pointers when the rules have no constraints. */
static void make_constraints(emitll *e, LLVMValueRef *list, LLVMValueRef *all)
{
    const ir_program *p = e->p;
    *list = *all = LLVMConstPointerNull(e->ptr);
    if (!p->nconstraints)
        return;
    if (!e->level_arrays)
        e->level_arrays = zalloc(e, sizeof(LLVMValueRef) * 6 * (size_t)p->nvars);
    LLVMTypeRef kf[6] = {e->ptr, e->ptr, e->i32, e->ddt, e->i32, e->ptr};
    LLVMTypeRef kt = LLVMStructCreateNamed(e->cx, "guide_constraint_info");
    LLVMStructSetBody(kt, kf, 6, 0);
    LLVMValueRef *el = zalloc(e, sizeof(LLVMValueRef) * (size_t)p->nconstraints);
    for (int k = 0; k < p->nconstraints; k++) {
        const ir_constraint *c = &p->constraints[k];
        char name[300];
        snprintf(name, sizeof name, "constraint.%s", c->name);
        LLVMValueRef f[6] = {cstr(e, c->name), c->cite ? cstr(e, c->cite) : LLVMConstPointerNull(e->ptr),
                             c32(e, c->sp.first_line), dd_const(e, &p->constraint_dds[k], name),
                             c32(e, c->reading),
                             c->reading_text ? cstr(e, c->reading_text) : LLVMConstPointerNull(e->ptr)};
        el[k] = LLVMConstNamedStruct(kt, f, 6);
    }
    *list = cglobal(e, "constraints", LLVMConstArray2(kt, el, (uint64_t)p->nconstraints));
    *all = cglobal(e, "consistent", dd_const(e, p->consistent, "constraints"));
}

/* ---- The ruleset description (emit_c.c emit_info) ---------------------------------------------- */

/* @KIND.NAME, a constant array of n strings: a variable's labels, or their display texts. */
static LLVMValueRef strings(emitll *e, const char *kind, const char *name, const char *const *s, int n)
{
    LLVMValueRef *l = zalloc(e, sizeof(LLVMValueRef) * (size_t)n);
    for (int k = 0; k < n; k++)
        l[k] = cstr(e, s[k]);
    name_of(e, "%s.%s", kind, name);
    return cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->ptr, l, (uint64_t)n));
}

static void make_info(emitll *e)
{
    /* each initializer's strings and lists made before it, in field order (see the top) */
    const ir_program *p = e->p;
    LLVMValueRef null = LLVMConstPointerNull(e->ptr);
    /* guide_var_info */
    LLVMTypeRef vf[12] = {e->ptr, e->i32, e->i32, e->ptr, e->f64, e->f64, e->i32, e->ptr, e->i32,
                          e->ptr, e->ptr, e->f64};
    LLVMTypeRef vt = LLVMStructCreateNamed(e->cx, "guide_var_info");
    LLVMStructSetBody(vt, vf, 12, 0);
    LLVMValueRef vars = null;
    if (p->nvars) {
        LLVMValueRef *el = zalloc(e, sizeof(LLVMValueRef) * (size_t)p->nvars);
        for (int i = 0; i < p->nvars; i++) {
            const ir_var *v = &p->vars[i];
            LLVMValueRef labels = v->nlabels ? strings(e, "labels", v->name, v->labels, v->nlabels) : null;
            LLVMValueRef label_display =
                v->label_display ? strings(e, "label_display", v->name, v->label_display, v->nlabels) : null;
            LLVMValueRef vname = cstr(e, v->name);
            LLVMValueRef unit = cstr(e, v->unit ? v->unit->name : NULL);
            LLVMValueRef display = cstr(e, v->display);
            LLVMValueRef f[12] = {vname, c32(e, v->kind), c32(e, v->type), unit, cdouble(e, v->lo),
                                  cdouble(e, v->hi), c32(e, v->nlabels), labels, c32(e, v->sp.first_line),
                                  display, label_display, cdouble(e, v->step)};
            el[i] = LLVMConstNamedStruct(vt, f, 12);
        }
        vars = cglobal(e, "vars", LLVMConstArray2(vt, el, (uint64_t)p->nvars));
    }
    /* guide_clause_info */
    LLVMTypeRef cf[12] = {e->i32, e->ptr, e->i32, e->i32, e->ptr, e->ptr, e->i32, e->i32, e->ptr,
                          e->i32, e->ptr, e->ptr};
    LLVMTypeRef ct = LLVMStructCreateNamed(e->cx, "guide_clause_info");
    LLVMStructSetBody(ct, cf, 12, 0);
    LLVMValueRef clauses = null;
    if (p->nclauses) {
        LLVMValueRef *el = zalloc(e, sizeof(LLVMValueRef) * (size_t)p->nclauses);
        for (int i = 0; i < p->nclauses; i++) {
            const ir_clause *c = &p->clauses[i];
            name_of(e, "reads.%d", i);
            LLVMValueRef cname = cstr(e, c->name);
            LLVMValueRef column = cstr(e, c->column);
            LLVMValueRef cite = cstr(e, c->cite);
            LLVMValueRef reads = int_list(e, sb_str(&e->nm), c->reads, c->nreads);
            LLVMValueRef reading_text = cstr(e, c->reading_text);
            LLVMValueRef cells = cstr(e, c->cells);
            LLVMValueRef f[12] = {c32(e, c->kind), cname, c32(e, c->table), c32(e, c->row), column, cite,
                                  c32(e, c->sp.first_line), c32(e, c->nreads), reads, c32(e, c->reading),
                                  reading_text, cells};
            el[i] = LLVMConstNamedStruct(ct, f, 12);
        }
        clauses = cglobal(e, "clauses", LLVMConstArray2(ct, el, (uint64_t)p->nclauses));
    }
    /* guide_table_info */
    LLVMTypeRef tf[6] = {e->ptr, e->ptr, e->i32, e->i32, e->i32, e->i32};
    LLVMTypeRef tt = LLVMStructCreateNamed(e->cx, "guide_table_info");
    LLVMStructSetBody(tt, tf, 6, 0);
    LLVMValueRef tables = null;
    if (p->ntables) {
        LLVMValueRef *el = zalloc(e, sizeof(LLVMValueRef) * (size_t)p->ntables);
        for (int t = 0; t < p->ntables; t++) {
            const ir_table *tb = &p->tables[t];
            LLVMValueRef tname = cstr(e, tb->name);
            LLVMValueRef cite = cstr(e, tb->cite);
            LLVMValueRef f[6] = {tname, cite, c32(e, tb->sp.first_line), c32(e, tb->hit),
                                 c32(e, tb->first_clause), c32(e, tb->nrows)};
            el[t] = LLVMConstNamedStruct(tt, f, 6);
        }
        tables = cglobal(e, "tables", LLVMConstArray2(tt, el, (uint64_t)p->ntables));
    }
    /* guide_unit */
    LLVMTypeRef uf[5] = {e->ptr, e->ptr, e->f64, e->f64, e->ptr};
    LLVMTypeRef ut = LLVMStructCreateNamed(e->cx, "guide_unit");
    LLVMStructSetBody(ut, uf, 5, 0);
    LLVMValueRef units = null;
    if (p->nunits) {
        LLVMValueRef *el = zalloc(e, sizeof(LLVMValueRef) * (size_t)p->nunits);
        for (int i = 0; i < p->nunits; i++) {
            const guide_unit *u = &p->units[i];
            LLVMValueRef uname = cstr(e, u->name);
            LLVMValueRef dim = cstr(e, u->dimension);
            LLVMValueRef desc = cstr(e, u->desc);
            LLVMValueRef f[5] = {uname, dim, cdouble(e, u->mul), cdouble(e, u->div), desc};
            el[i] = LLVMConstNamedStruct(ut, f, 5);
        }
        units = cglobal(e, "units", LLVMConstArray2(ut, el, (uint64_t)p->nunits));
    }
    LLVMValueRef constraints, consistent;
    make_constraints(e, &constraints, &consistent);
    LLVMTypeRef rf[21] = {e->ptr, e->ptr, e->ptr, e->ptr, e->ptr, e->ptr, e->i32, e->i32, e->i32,
                          e->i32, e->ptr, e->i32, e->ptr, e->i32, e->ptr, e->i32, e->ptr, e->ptr,
                          e->i32, e->ptr, e->ptr};
    LLVMTypeRef rt = LLVMStructCreateNamed(e->cx, "guide_ruleset_info");
    LLVMStructSetBody(rt, rf, 21, 0);
    const char *text[6] = {p->name, p->title, p->version, p->source, p->sha256, p->info.path};
    LLVMValueRef str[6];
    for (int i = 0; i < 6; i++)
        str[i] = cstr(e, text[i]);
    LLVMValueRef f[21] = {str[0], str[1], str[2], str[3], str[4], str[5], c32(e, p->nvars), c32(e, p->ninputs),
                          c32(e, p->nderived), c32(e, p->noutputs), vars, c32(e, p->nclauses), clauses,
                          c32(e, p->ntables), tables, c32(e, p->nunits), units, e->dds,
                          c32(e, p->nconstraints), constraints, consistent};
    name_of(e, "%s_info", p->name);
    LLVMValueRef g = LLVMAddGlobal(e->m, rt, sb_str(&e->nm));
    LLVMSetInitializer(g, LLVMConstNamedStruct(rt, f, 21));
    LLVMSetGlobalConstant(g, 1);
}

/* Named metadata: each clause with its citation and line, for people reading the .ll. */
static void make_metadata(emitll *e)
{
    const ir_program *p = e->p;
    strbuf buf = STRBUF_INIT;
    for (int i = 0; i < p->nclauses; i++) {
        const ir_clause *c = &p->clauses[i];
        sb_clear(&buf);
        if (c->kind == GUIDE_CLAUSE_RULE)
            sb_printf(&buf, "clause %d: rule %s (%s), line %d", i, c->name, c->cite, c->sp.first_line);
        else
            sb_printf(&buf, "clause %d: table %s row %d%s%s%s (%s), line %d", i, c->name, c->row,
                     c->column ? " [" : "", c->column ? c->column : "", c->column ? "]" : "", c->cite,
                     c->sp.first_line);
        add_note(e, "guide.clauses", sb_str(&buf));
    }
    sb_clear(&buf);
    sb_printf(&buf, "guideline %s \"%s\" version \"%s\", SHA-256 %s", p->name,
             p->title ? p->title : "", p->version ? p->version : "", p->sha256);
    add_note(e, "guide.ruleset", sb_str(&buf));
    sb_free(&buf);
}

/* ---- The module -------------------------------------------------------------------------------- */

/* Builds the module for p in context cx with the target's data layout. */
static LLVMModuleRef build_module(const ir_program *p, LLVMContextRef cx, LLVMTargetMachineRef tm)
{
    emitll e;
    memset(&e, 0, sizeof e);
    e.p = p;
    e.cx = cx;
    arena_init(&e.a);
    e.m = LLVMModuleCreateWithNameInContext(p->name, cx);
    const char *path = p->info.path ? p->info.path : p->name;
    LLVMSetSourceFileName(e.m, path, strlen(path));
    char *triple = LLVMGetTargetMachineTriple(tm);
    LLVMSetTarget(e.m, triple);
    LLVMDisposeMessage(triple);
    LLVMTargetDataRef td = LLVMCreateTargetDataLayout(tm);
    LLVMSetModuleDataLayout(e.m, td);
    e.b = LLVMCreateBuilderInContext(cx);
    e.b2 = LLVMCreateBuilderInContext(cx);
    e.isz = LLVMIntPtrTypeInContext(cx, td);
    e.big_endian = LLVMByteOrder(td) == LLVMBigEndian;
    LLVMDisposeTargetData(td);
    e.nv = p->nvars;
    e.no = p->noutputs;
    e.nc = p->nclauses;
    e.first_out = guide_first_output(&p->info);
    e.words = guide_input_words(&p->info);
    e.wdim = imax(e.words, 1);
    plan(&e);
    make_types(&e);
    LLVMTypeRef dt = e.f64;
    unsigned id = LLVMLookupIntrinsicID("llvm.floor", 10);
    e.floor_fn = LLVMGetIntrinsicDeclaration(e.m, id, &dt, 1);
    make_metadata(&e);
    make_dds(&e);
    make_info(&e);
    make_trace_add(&e);
    size_t nv = (size_t)p->nvars + 1;
    e.derive = zalloc(&e, sizeof(LLVMValueRef) * nv);
    e.answer = zalloc(&e, sizeof(LLVMValueRef) * nv);
    e.map = zalloc(&e, sizeof(LLVMValueRef) * nv);
    e.unit_fn = zalloc(&e, sizeof(LLVMValueRef) * ((size_t)e.plan.nunits + 1));
    for (int i = p->ninputs; i < e.first_out; i++)
        make_derived(&e, i);
    if (any_cells_search(&e))
        make_gk_cell(&e);
    for (int t = 0; t < p->ntables; t++)
        if (e.plan.tp[t].fast)
            make_cells(&e, t);
    for (int u = 0; u < e.plan.nunits; u++)
        if (e.plan.unit_used[u])
            make_unit(&e, u);
    for (int i = e.first_out; i < p->nvars; i++)
        make_answer(&e, i);
    declare_dd_walk(&e);
    make_walk(&e);
    if (e.plan.direct)
        make_direct(&e);
    make_eval(&e);
    make_frame_glue(&e);
    make_eval_many(&e);
    make_eval_columns(&e);
    LLVMDisposeBuilder(e.b);
    LLVMDisposeBuilder(e.b2);
    arena_free(&e.a);
    sb_free(&e.nm);
    return e.m;
}

/* ---- Target, verification, optimisation -------------------------------------------------------- */

static void init_targets(int all)
{
    static int native, every;
    if (!native) {
        LLVMInitializeNativeTarget();
        LLVMInitializeNativeAsmPrinter();
        native = 1;
    }
    if (all && !every) {
        LLVMInitializeAllTargetInfos();
        LLVMInitializeAllTargets();
        LLVMInitializeAllTargetMCs();
        LLVMInitializeAllAsmPrinters();
        every = 1;
    }
}

/* Turns an LLVMErrorRef into a message in err (and consumes it). */
static void error_message(LLVMErrorRef er, const char *what, strbuf *err)
{
    char *msg = LLVMGetErrorMessage(er);
    sb_printf(err, "%s: %s", what, msg);
    LLVMDisposeErrorMessage(msg);
}

/* LLVM has no C API to validate a CPU name, and an unknown one only warns on stderr (or aborts,
 * for x86-64): a child process makes a target machine for it and emits an empty module, and the
 * CPU is accepted when the child succeeds without complaining. Returns 0, or 2 with the reason. */
static int check_cpu(LLVMTargetMachineRef tm, const char *triple, const char *cpu, strbuf *err)
{
    int fd[2];
    if (pipe(fd) != 0) {
        sb_printf(err, "cannot check CPU '%s': no pipe", cpu);
        return 2;
    }
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        close(fd[0]);
        close(fd[1]);
        sb_printf(err, "cannot check CPU '%s': cannot fork", cpu);
        return 2;
    }
    if (pid == 0) {
        dup2(fd[1], 2);
        close(fd[0]);
        close(fd[1]);
        LLVMContextRef cx = LLVMContextCreate();
        LLVMModuleRef m = LLVMModuleCreateWithNameInContext("cpu_check", cx);
        char *t = LLVMGetTargetMachineTriple(tm);
        LLVMSetTarget(m, t);
        LLVMTypeRef ft = LLVMFunctionType(LLVMVoidTypeInContext(cx), NULL, 0, 0);
        LLVMValueRef f = LLVMAddFunction(m, "f", ft);
        LLVMBuilderRef b = LLVMCreateBuilderInContext(cx);
        LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(cx, f, "entry"));
        LLVMBuildRetVoid(b);
        LLVMMemoryBufferRef buf = NULL;
        char *msg = NULL;
        _exit(LLVMTargetMachineEmitToMemoryBuffer(tm, m, LLVMObjectFile, &msg, &buf) ? 1 : 0);
    }
    close(fd[1]);
    strbuf out = STRBUF_INIT; /* all of it: the complaint may come after other text */
    char chunk[4096];
    ssize_t got;
    while ((got = read(fd[0], chunk, sizeof chunk)) > 0)
        sb_putn(&out, chunk, (size_t)got);
    close(fd[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    int unknown = !WIFEXITED(status) || WEXITSTATUS(status) != 0 || strstr(sb_str(&out), "not a recognized");
    sb_free(&out);
    if (unknown) {
        sb_printf(err, "unknown CPU '%s' for target '%s'", cpu, triple);
        return 2;
    }
    return 0;
}

/* A target machine for triple (NULL: the host) and cpu (NULL: host CPU for the host, else
 * generic). NULL with the reason in err. */
static LLVMTargetMachineRef target_machine(const char *triple, const char *cpu, strbuf *err)
{
    char *host = LLVMGetDefaultTargetTriple();
    char *norm = triple ? LLVMNormalizeTargetTriple(triple) : NULL;
    const char *t = norm ? norm : host;
    init_targets(triple != NULL);
    LLVMTargetRef target;
    char *msg = NULL;
    LLVMTargetMachineRef tm = NULL;
    if (LLVMGetTargetFromTriple(t, &target, &msg)) {
        sb_printf(err, "unknown target '%s': %s", triple ? triple : t, msg ? msg : "");
    } else {
        char *hcpu = NULL, *hfeat = NULL;
        const char *c = cpu, *features = "";
        if (!c && !triple) {
            hcpu = LLVMGetHostCPUName();
            hfeat = LLVMGetHostCPUFeatures();
            c = hcpu;
            features = hfeat;
        } else if (!c) {
            c = "generic";
        }
        tm = LLVMCreateTargetMachine(target, t, c, features, LLVMCodeGenLevelDefault, LLVMRelocPIC,
                                     LLVMCodeModelDefault);
        if (!tm)
            sb_printf(err, "cannot make a target machine for '%s' (CPU '%s')", t, c);
        else if (cpu && strcmp(cpu, "generic") != 0 && check_cpu(tm, t, cpu, err)) {
            LLVMDisposeTargetMachine(tm);
            tm = NULL;
        }
        LLVMDisposeMessage(hcpu);
        LLVMDisposeMessage(hfeat);
    }
    LLVMDisposeMessage(msg);
    LLVMDisposeMessage(norm);
    LLVMDisposeMessage(host);
    return tm;
}

/* Verifies, then optimises with default<O2>. Returns 0, or 2 with the reason (an internal error of
 * guidec, said so in the message). */
static int verify_and_optimise(LLVMModuleRef m, LLVMTargetMachineRef tm, strbuf *err)
{
    char *msg = NULL;
    if (LLVMVerifyModule(m, LLVMReturnStatusAction, &msg)) {
        sb_printf(err, "internal error: the generated LLVM module does not verify: %s", msg ? msg : "");
        LLVMDisposeMessage(msg);
        return 2;
    }
    LLVMDisposeMessage(msg);
    LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions();
    LLVMErrorRef er = LLVMRunPasses(m, "default<O2>", tm, po);
    LLVMDisposePassBuilderOptions(po);
    if (er) {
        error_message(er, "internal error: optimising the generated module", err);
        return 2;
    }
    return 0;
}

/* Writes the n bytes at data to path. Returns 0, or 2 with the reason in err. LLVM's own file
 * writers abort the process on a write error (a full disk: "LLVM ERROR", exit 1), so the module
 * is written to memory first and the file here, with every call checked; a regular file left
 * incomplete is removed (a device such as /dev/stdout is not). */
static int write_file(const char *path, const char *data, size_t n, strbuf *err)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        sb_printf(err, "cannot write %s: %s", path, strerror(errno));
        return 2;
    }
    struct stat sb;
    int regular = fstat(fileno(f), &sb) == 0 && S_ISREG(sb.st_mode);
    errno = 0;
    int bad = fwrite(data, 1, n, f) != n || fflush(f) != 0;
    int saved = bad ? errno : 0;
    if (fclose(f) != 0 && !bad) {
        bad = 1;
        saved = errno;
    }
    if (!bad)
        return 0;
    sb_printf(err, "cannot write %s: %s", path, strerror(saved ? saved : EIO));
    if (regular)
        unlink(path);
    return 2;
}

int emitll_write(const ir_program *p, const char *path, const emitll_options *o, strbuf *err)
{
    LLVMTargetMachineRef tm = target_machine(o->triple, o->cpu, err);
    if (!tm)
        return 2;
    LLVMContextRef cx = LLVMContextCreate();
    LLVMModuleRef m = build_module(p, cx, tm);
    int rc = verify_and_optimise(m, tm, err);
    if (rc == 0) {
        char *msg = NULL;
        LLVMMemoryBufferRef mb = NULL;
        switch (o->kind) {
        case EMITLL_LL: {
            char *text = LLVMPrintModuleToString(m);
            rc = write_file(path, text, strlen(text), err);
            LLVMDisposeMessage(text);
            break;
        }
        case EMITLL_BC:
            mb = LLVMWriteBitcodeToMemoryBuffer(m);
            if (!mb) {
                sb_printf(err, "cannot write %s: the bitcode could not be made", path);
                rc = 2;
            }
            break;
        case EMITLL_OBJ:
            if (LLVMTargetMachineEmitToMemoryBuffer(tm, m, LLVMObjectFile, &msg, &mb)) {
                sb_printf(err, "cannot write %s: %s", path, msg ? msg : "the object could not be made");
                mb = NULL;
                rc = 2;
            }
            break;
        }
        if (mb) {
            rc = write_file(path, LLVMGetBufferStart(mb), LLVMGetBufferSize(mb), err);
            LLVMDisposeMemoryBuffer(mb);
        }
        LLVMDisposeMessage(msg);
    }
    LLVMDisposeModule(m);
    LLVMContextDispose(cx);
    LLVMDisposeTargetMachine(tm);
    return rc;
}

/* ---- JIT --------------------------------------------------------------------------------------- */

struct emitll_jit {
    LLVMOrcLLJITRef           jit;
    const guide_ruleset_info *info;
    int (*eval_frame)(guide_frame *, guide_trace *);
};

emitll_jit *emitll_jit_load(const ir_program *p, strbuf *err)
{
    LLVMTargetMachineRef tm = target_machine(NULL, NULL, err);
    if (!tm)
        return NULL;
    LLVMOrcThreadSafeContextRef tsc = LLVMOrcCreateNewThreadSafeContext();
    LLVMModuleRef m = build_module(p, LLVMOrcThreadSafeContextGetContext(tsc), tm);
    int rc = verify_and_optimise(m, tm, err);
    LLVMDisposeTargetMachine(tm);
    if (rc) {
        LLVMDisposeModule(m);
        LLVMOrcDisposeThreadSafeContext(tsc);
        return NULL;
    }
    emitll_jit *j = calloc(1, sizeof *j);
    LLVMErrorRef er = j ? LLVMOrcCreateLLJIT(&j->jit, NULL) : NULL;
    if (!j || er) {
        if (er)
            error_message(er, "cannot create the JIT", err);
        else
            sb_printf(err, "out of memory");
        free(j);
        LLVMDisposeModule(m);
        LLVMOrcDisposeThreadSafeContext(tsc);
        return NULL;
    }
    LLVMOrcJITDylibRef jd = LLVMOrcLLJITGetMainJITDylib(j->jit);
    /* memset, memcpy and floor come from the process (libc, libm); guide_dd_walk is given by
     * address, this process's own: a program linked without -rdynamic (the tests) does not
     * export it to a search of the process */
    LLVMOrcDefinitionGeneratorRef gen = NULL;
    er = LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(&gen, LLVMOrcLLJITGetGlobalPrefix(j->jit),
                                                              NULL, NULL);
    if (!er)
        LLVMOrcJITDylibAddGenerator(jd, gen);
    if (!er) {
        LLVMJITSymbolFlags flags = {LLVMJITSymbolGenericFlagsExported | LLVMJITSymbolGenericFlagsCallable, 0};
        LLVMOrcCSymbolMapPair walk[4] = {
            {LLVMOrcLLJITMangleAndIntern(j->jit, "guide_dd_walk"),
             {(LLVMOrcExecutorAddress)(uintptr_t)guide_dd_walk, flags}},
            {LLVMOrcLLJITMangleAndIntern(j->jit, "guide_step_round"),
             {(LLVMOrcExecutorAddress)(uintptr_t)guide_step_round, flags}},
            {LLVMOrcLLJITMangleAndIntern(j->jit, "guide_list_aggregate"),
             {(LLVMOrcExecutorAddress)(uintptr_t)guide_list_aggregate, flags}},
            {LLVMOrcLLJITMangleAndIntern(j->jit, "guide_list_valid"),
             {(LLVMOrcExecutorAddress)(uintptr_t)guide_list_valid, flags}}};
        LLVMOrcMaterializationUnitRef mu = LLVMOrcAbsoluteSymbols(walk, 4);
        er = LLVMOrcJITDylibDefine(jd, mu); /* takes mu, unless it fails */
        if (er)
            LLVMOrcDisposeMaterializationUnit(mu);
    }
    LLVMOrcThreadSafeModuleRef tsm = LLVMOrcCreateNewThreadSafeModule(m, tsc);
    LLVMOrcDisposeThreadSafeContext(tsc); /* the module keeps the context alive */
    if (!er) {
        er = LLVMOrcLLJITAddLLVMIRModule(j->jit, jd, tsm); /* takes tsm, even on failure */
    } else {
        LLVMOrcDisposeThreadSafeModule(tsm);
    }
    LLVMOrcExecutorAddress info = 0, fn = 0;
    if (!er) {
        char *sym = sb_format("%s_info", p->name);
        er = LLVMOrcLLJITLookup(j->jit, &info, sym);
        free(sym);
    }
    if (!er) {
        char *sym = sb_format("%s_eval_frame", p->name);
        er = LLVMOrcLLJITLookup(j->jit, &fn, sym);
        free(sym);
    }
    if (er) {
        error_message(er, "cannot JIT-compile the rules", err);
        LLVMOrcDisposeLLJIT(j->jit);
        free(j);
        return NULL;
    }
    j->info = (const guide_ruleset_info *)(uintptr_t)info;
    void *f = (void *)(uintptr_t)fn;
    memcpy(&j->eval_frame, &f, sizeof f); /* POSIX: a function's address as an object pointer */
    return j;
}

const guide_ruleset_info *emitll_jit_info(const emitll_jit *j)
{
    return j->info;
}

int emitll_jit_eval(const emitll_jit *j, guide_frame *f, guide_trace *t)
{
    return j->eval_frame(f, t);
}

void *emitll_jit_lookup(const emitll_jit *j, const char *name)
{
    LLVMOrcExecutorAddress a = 0;
    LLVMErrorRef er = LLVMOrcLLJITLookup(j->jit, &a, name);
    if (er) {
        LLVMConsumeError(er);
        return NULL;
    }
    return (void *)(uintptr_t)a;
}

void emitll_jit_free(emitll_jit *j)
{
    if (!j)
        return;
    LLVMErrorRef er = LLVMOrcDisposeLLJIT(j->jit);
    if (er)
        LLVMConsumeError(er);
    free(j);
}

/* ---- Layout ------------------------------------------------------------------------------------ */

int emitll_layout(const ir_program *p, emitll_layout_info *l, strbuf *err)
{
    LLVMTargetMachineRef tm = target_machine(NULL, NULL, err);
    if (!tm)
        return 2;
    emitll e;
    memset(&e, 0, sizeof e);
    e.p = p;
    e.cx = LLVMContextCreate();
    arena_init(&e.a);
    LLVMTargetDataRef td = LLVMCreateTargetDataLayout(tm);
    e.isz = LLVMIntPtrTypeInContext(e.cx, td);
    e.first_out = guide_first_output(&p->info);
    e.words = guide_input_words(&p->info);
    e.wdim = imax(e.words, 1);
    plan(&e);
    make_types(&e);
    l->in_size = (size_t)LLVMABISizeOfType(td, e.in);
    l->out_size = (size_t)LLVMABISizeOfType(td, e.out);
    l->state_off = (size_t)LLVMOffsetOfElement(td, e.out, (unsigned)e.state_field);
    l->asks_off = (size_t)LLVMOffsetOfElement(td, e.out, (unsigned)e.asks_field);
    l->dknown_off = e.dknown_field >= 0 ? (size_t)LLVMOffsetOfElement(td, e.out, (unsigned)e.dknown_field) : 0;
    l->possible_off = (size_t)LLVMOffsetOfElement(td, e.out, (unsigned)e.possible_field);
    l->possible_words = (size_t)imax(e.possible_at[p->noutputs], 1);
    for (int i = 0; i < p->nvars; i++)
        l->var_off[i] = (size_t)LLVMOffsetOfElement(td, i < p->ninputs ? e.in : e.out,
                                                    (unsigned)(i < p->ninputs ? e.in_field[i] : e.out_field[i]));
    LLVMDisposeTargetData(td);
    LLVMContextDispose(e.cx);
    LLVMDisposeTargetMachine(tm);
    arena_free(&e.a);
    sb_free(&e.nm);
    return 0;
}
