/* emit_llvm_abi.c — the LLVM backend's ABI: NAME_input and NAME_output laid out as NAME.h declares
 * them, the entry points (NAME_eval and the general path, the frame glue) and the batch entries
 * (NAME_eval_many, NAME_eval_columns and the column-at-a-time loops of columns_block). */
#include "emit_llvm_internal.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

/* ---- Types ------------------------------------------------------------------------------------- */


void el_make_types(emitll *e)
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

    /* NAME_input and NAME_output, field for field as emit_c_abi.c writes NAME.h. */
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

/* ---- Entry points ------------------------------------------------------------------------------ */

/* The known bit (i1) of input i in the input struct at in. */
LLVMValueRef el_input_known(emitll *e, LLVMValueRef in, int i)
{
    LLVMValueRef ix[3] = {c32(e, 0), c32(e, 0), c32(e, i / 64)};
    LLVMValueRef word = load(e, e->i64, gep(e, e->in, in, ix, 3), "known");
    return trunc_(e, LLVMBuildLShr(e->b, word, c64(e, i % 64), ""), e->i1);
}

/* The test (i1) that x holds a value of input v's type and declared range (emit_c_abi.c ec_put_valid):
 * a NaN fails every ordered comparison, so finite bounds need no test of finiteness. */
LLVMValueRef el_input_valid(emitll *e, const ir_var *v, LLVMValueRef x)
{
    LLVMValueRef lo, hi, ok = NULL;
    switch (guide_type_repr(v->type)) {
    case GUIDE_REPR_TRUTH:
        lo = eq(e, x, c32(e, 0));
        hi = eq(e, x, c32(e, 1));
        return or_(e, lo, hi);
    case GUIDE_REPR_LABEL:
        lo = LLVMBuildICmp(e->b, LLVMIntSGE, x, c32(e, 0), "");
        hi = LLVMBuildICmp(e->b, LLVMIntSLT, x, c32(e, v->nlabels), "");
        return and_(e, lo, hi);
    case GUIDE_REPR_LIST: {
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
    if (guide_type_is_integral(v->type)) {
        LLVMValueRef fl = call(e, e->floor_fn, &x, 1, "");
        LLVMValueRef whole = LLVMBuildFCmp(e->b, LLVMRealOEQ, x, fl, "");
        ok = and_(e, ok, whole);
    }
    return ok;
}

/* Copies the known inputs into s (emit_c_abi.c load_inputs); the builder continues in the block
 * where every input was good, and bad_bb receives 1 + the first bad input through phi. */
static void load_inputs(emitll *e, LLVMValueRef s, LLVMValueRef in, LLVMBasicBlockRef bad_bb,
                        LLVMValueRef bad_phi)
{
    const ir_program *p = e->p;
    int nvd = imax(p->nvars, 1);
    LLVMBuildMemSet(e->b, field(e, e->st, s, S_K), c8(e, 0), c64(e, nvd), 1);
    for (int i = 0; i < p->ninputs; i++) {
        const ir_var *v = &p->vars[i];
        LLVMValueRef kn = el_input_known(e, in, i);
        LLVMBasicBlockRef yes = block(e, v->name), no = block(e, "unknown"), next = block(e, "next");
        condbr(e, kn, yes, no);
        at(e, no);
        store(e, LLVMConstNull(e->val), s_v(e, s, i));
        br(e, next);
        at(e, yes);
        LLVMValueRef fp = field(e, e->in, in, e->in_field[i]);
        LLVMValueRef x = load(e, field_type(e, v->type), fp, v->name);
        LLVMValueRef ok = el_input_valid(e, v, x);
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
 * (emit_c_abi.c evaluate, or NAME_eval itself when there is no direct path). */
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
    el_reset(e, s);
    store(e, c8(e, 0), field(e, e->st, s, S_WORK_ZEROED));
    store(e, LLVMGetParam(f, 3), field(e, e->st, s, S_MEMO));
    LLVMValueRef six[3] = {c32(e, 0), c32(e, e->state_field), c32(e, 0)};
    LLVMValueRef states = gep(e, e->out, out, six, 3);
    store(e, states, field(e, e->st, s, S_OUT));
    store(e, trace, field(e, e->st, s, S_TRACE));
    /* asks and possible: zero, then written by the walks for the outputs they decide */
    LLVMValueRef ask_words = field(e, e->out, out, e->asks_field);
    LLVMBuildMemSet(e->b, ask_words, c8(e, 0), LLVMSizeOf(LLVMStructGetTypeAtIndex(e->out, (unsigned)e->asks_field)), 8);
    LLVMValueRef possible_words = field(e, e->out, out, e->possible_field);
    LLVMBuildMemSet(e->b, possible_words, c8(e, 0),
                    LLVMSizeOf(LLVMStructGetTypeAtIndex(e->out, (unsigned)e->possible_field)), 8);
    for (int k = 0; k < p->norder; k++) {
        int vi = p->order[k];
        const ir_var *v = &p->vars[vi];
        if (v->kind == GUIDE_VAR_DERIVED) {
            LLVMValueRef nc = call(e, e->derive[vi], &s, 1, "");
            LLVMBasicBlockRef after = if_begin(e, ne(e, nc, c32(e, 0)), "not_computable");
            el_trace_call(e, trace, GUIDE_EV_NOT_COMPUTABLE, c32(e, 0), c32(e, vi));
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
        el_trace_call(e, trace, GUIDE_EV_OUTPUT, how, c32(e, oi));
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

/* NAME_eval with a direct path: an untraced case tries it first, and the general path runs when
 * there is a trace or the direct path declines. The general path evaluates into a struct of its
 * own (it writes every field), copied to out after, so that out never escapes: where NAME_eval
 * is inlined into its caller (a program linked with the module's bitcode, -flto), the optimizer
 * may keep in registers the fields the caller reads, as emit-c --inline lets gcc do. */
static LLVMValueRef make_direct_entry(emitll *e, const char *name, LLVMValueRef general)
{
    LLVMValueRef f = eval_function(e, name, 1, 1);
    LLVMValueRef all = local(e, e->out, "all");
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
    LLVMValueRef gargs[4] = {args[0], all, args[2], args[3]};
    LLVMValueRef rc = call(e, general, gargs, 4, "rc");
    LLVMBuildMemCpy(e->b, args[1], 8, all, 8, LLVMSizeOf(e->out));
    LLVMBuildRet(e->b, rc);
    return f;
}

/* eval_with(in, out, trace, memo), and NAME_eval, which calls it without memos. With a direct
 * path, eval_with tries that for an untraced case and otherwise calls the general path, kept
 * out of line so that the direct path does not pay for its frame. */
void el_make_eval(emitll *e)
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

/* NAME_from_frame, NAME_to_frame, NAME_eval_frame (emit_c_abi.c ec_emit_entry). */
void el_make_frame_glue(emitll *e)
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
        LLVMValueRef st = el_output_state(e, sp);
        LLVMValueRef isn = load(e, e->i8, field(e, e->go, sp, 2), "");
        LLVMValueRef k8 = zext(e, el_answer_known(e, st, isn), e->i8);
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

/* ---- Batches (emit_c_abi.c ec_emit_batches) ---------------------------------------------------------- */

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

/* The inputs the tables on the direct path read (emit_c_direct.c ec_direct_need), word w. */
static uint64_t need_word(emitll *e, const uint8_t *column, int w)
{
    uint64_t need = 0;
    for (int i = 64 * w; i < e->p->ninputs && i < 64 * (w + 1); i++)
        need |= (uint64_t)column[i] << (i % 64);
    return need;
}

/* NAME_eval_many(n, in, out): eval_with on each case, without trace or memos; returns how many
 * had an input out of range. */
void el_make_eval_many(emitll *e)
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

/* column_row(c, i) (emit_c_abi.c column_row): row i of the columns through eval_with, its inputs
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

/* columns_loop.known / .all (emit_c_abi.c put_column_loop): the rows of a block on the direct path,
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
        LLVMValueRef valid = el_input_valid(e, &p->vars[k], x[k]);
        if (!column[k]) { /* an input no table reads: checked when known */
            LLVMValueRef kn = trunc_(e, LLVMBuildLShr(e->b, kw[k / 64], c64(e, k % 64), ""), e->i1);
            valid = or_(e, LLVMBuildNot(e->b, kn, ""), valid);
        }
        ok = and_(e, ok, valid);
    }
    el_named(ok, "ok");
    for (int d = 0; d < nt; d++) {
        LLVMValueRef cls = sel(e, ok, el_table_class_of(e, x, which[d], ok), c32(e, 0));
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

/* columns_loop's argument for each input: its column from row base; an input no table reads, its
 * column maybe not given, points at zeros then, never read as known. */
static void block_input_args(emitll *e, LLVMValueRef c, LLVMValueRef base, const uint8_t *column,
                             LLVMValueRef *args)
{
    const ir_program *p = e->p;
    int ni = p->ninputs;
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
}

/* @state_bytes.<table>: the states of each direct table's answers as bytes, by output and
 * combination. */
static void make_state_bytes(emitll *e, const int *which, int nt)
{
    const ir_program *p = e->p;
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
}

/* Each output column asked for, and its states, from the answers of each row's combination. */
static void copy_answer_columns(emitll *e, LLVMValueRef c, LLVMValueRef base, LLVMValueRef m,
                                const int *which, int nt, const LLVMValueRef *cls)
{
    const ir_program *p = e->p;
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
}

/* The slow rows (slow[i] set: a column unknown, an input out of range) through column_row, and
 * the return of how many had an input out of range. */
static void slow_rows(emitll *e, LLVMValueRef c, LLVMValueRef base, LLVMValueRef m, LLVMValueRef slow,
                      LLVMValueRef nslow, LLVMValueRef row_fn)
{
    LLVMValueRef bad = local(e, e->i64, "bad");
    store(e, c64(e, 0), bad);
    LLVMBasicBlockRef after = if_begin(e, ne(e, nslow, c64(e, 0)), "slow_rows");
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
}

/* columns_block(c, base, m) (emit_c_abi.c columns_block): rows base to base + m - 1 of the columns,
 * every column of the direct path's tables given, a column at a time: each row's combination
 * of classes in each table through columns_loop, then each output column asked for; the slow
 * rows then through column_row. Returns how many rows had an input out of range. */
static LLVMValueRef make_columns_block(emitll *e, LLVMValueRef row_fn)
{
    const ir_program *p = e->p;
    int *which = zalloc(e, sizeof(int) * ((size_t)p->ntables + 1));
    int ni = p->ninputs, nt = direct_tables(e, which), np = ni + 1 + nt + 2 + e->words;
    uint8_t *column = el_direct_columns(e);
    LLVMValueRef loops[2]; /* one call a statement: the .ll must not depend on C's order */
    loops[0] = make_columns_loop(e, column, 0);
    loops[1] = make_columns_loop(e, column, 1);
    LLVMTypeRef pt[3] = {e->ptr, e->i64, e->i64};
    LLVMValueRef f = function(e, "columns_block", e->i64, pt, 3, 1);
    begin(e, f);
    LLVMValueRef c = LLVMGetParam(f, 0), base = LLVMGetParam(f, 1), m = LLVMGetParam(f, 2);
    LLVMSetValueName2(c, "c", 1);
    LLVMSetValueName2(base, "base", 4);
    LLVMSetValueName2(m, "m", 1);
    LLVMValueRef *args = zalloc(e, sizeof(LLVMValueRef) * (size_t)np);
    block_input_args(e, c, base, column, args);
    LLVMValueRef *cls = zalloc(e, sizeof(LLVMValueRef) * ((size_t)nt + 1));
    make_state_bytes(e, which, nt);
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
    copy_answer_columns(e, c, base, m, which, nt, cls);
    LLVMValueRef rcs = col_ptr(e, c, col_asks(e) + 2, "rcs");
    LLVMBasicBlockRef after = if_begin(e, LLVMBuildIsNotNull(e->b, rcs, ""), "rc");
    LLVMValueRef bytes = LLVMBuildMul(e->b, m, c64(e, 4), "");
    LLVMBuildMemSet(e->b, at_i(e, e->i32, rcs, base), c8(e, 0), bytes, 4);
    if_end(e, after);
    slow_rows(e, c, base, m, slow, nslow, row_fn);
    return f;
}

/* NAME_eval_columns(n, c): with a direct path and every column of its tables given, blocks of
 * rows through columns_block; else each row through column_row. */
void el_make_eval_columns(emitll *e)
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
        uint8_t *column = el_direct_columns(e);
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
