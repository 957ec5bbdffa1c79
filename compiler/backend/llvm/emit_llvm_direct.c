/* emit_llvm_direct.c — the LLVM backend's direct path (emit_plan.c plan_direct, as emit_c_direct.c):
 * each table's answers by combination of classes (@direct.<table>), the class of a column's
 * value, and eval_direct, which with every column known copies the answers into the output
 * struct. */
#include "emit_llvm_internal.h"

#include <stdint.h>
#include <string.h>

/* ---- The direct path (emit_c_direct.c ec_emit_direct) ---------------------------------------------------- */

/* Names v when it is an instruction (a constant has no name); returns v. */
LLVMValueRef el_named(LLVMValueRef v, const char *name)
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
void el_make_gk_cell(emitll *e)
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
    switch (guide_type_repr(e->p->vars[var].type)) {
    case GUIDE_REPR_TRUTH: return c32(e, x->b);
    case GUIDE_REPR_LABEL: return c32(e, x->label);
    case GUIDE_REPR_NUMBER: return cdouble(e, x->num);
    case GUIDE_REPR_RANGE: {
        LLVMValueRef r[2] = {cdouble(e, x->range.lo), cdouble(e, x->range.hi)};
        return LLVMConstStructInContext(e->cx, r, 2, 0);
    }
    case GUIDE_REPR_SET: return LLVMConstInt(e->i64, x->set, 0);
    case GUIDE_REPR_LIST: return LLVMConstNull(e->list); /* never a constant */
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

/* Table t's answers by combination of classes, @direct.<table> (emit_c_direct.c direct_<table>): each
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
 * x >= cut from the cell below a cut to the cut, x > cut from the cut to the cell above; on
 * x's bits when on_bits. */
static LLVMValueRef thresholds_passed(emitll *e, const eplan_table *tp, int k, LLVMValueRef x, int on_bits)
{
    LLVMValueRef sum = NULL;
    for (int j = 0; j + 1 < tp->ncells[k]; j++) {
        if (tp->class_of[k][j] == tp->class_of[k][j + 1])
            continue;
        double cut = tp->cuts[k][j / 2];
        LLVMValueRef passed = on_bits ? bits_cmp(e, j % 2 ? LLVMIntUGT : LLVMIntUGE, x, cut)
                                      : fcmp(e, j % 2 ? LLVMRealOGT : LLVMRealOGE, x, cut);
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
    int numeric = guide_type_is_numeric(v->type);
    if (!eplan_class_array(p, tp, k))
        return numeric ? thresholds_passed(e, tp, k, x, !ok && eplan_thresholds_on_bits(p, tp, k)) : x;
    if (numeric)
        return class_in_array(e, t, k, el_cell_by_search(e, t, k, x));
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
 * tells apart is a single class and is not read. The sum of each column's class times its
 * stride, as emit_c_direct.c writes it. */
LLVMValueRef el_table_class_of(emitll *e, LLVMValueRef *x, int t, LLVMValueRef ok)
{
    const ir_program *p = e->p;
    const eplan_table *tp = &e->plan.tp[t];
    LLVMValueRef c = NULL;
    long stride = 1;
    for (int k = 0; k < tp->nv; k++)
        stride *= tp->nclass[k];
    for (int k = 0; k < tp->nv; k++) {
        stride /= tp->nclass[k];
        if (tp->nclass[k] == 1)
            continue;
        LLVMValueRef ck = column_class_of(e, t, k, x[tp->vars[k]], ok);
        name_of(e, "class.%s", p->vars[tp->vars[k]].name);
        el_named(ck, sb_str(&e->nm));
        if (stride > 1)
            ck = LLVMBuildMul(e->b, ck, c32(e, (int)stride), "");
        c = c ? LLVMBuildAdd(e->b, c, ck, "") : ck;
    }
    if (!c)
        return c32(e, 0);
    name_of(e, "class.%s", p->tables[t].name);
    return el_named(c, sb_str(&e->nm));
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
    return el_table_class_of(e, x, t, NULL);
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
uint8_t *el_direct_columns(emitll *e)
{
    uint8_t *column = zalloc(e, (size_t)e->p->ninputs + 1);
    for (int t = 0; t < e->p->ntables; t++)
        for (int k = 0; e->plan.tp[t].nfast && k < e->plan.tp[t].nv; k++)
            column[e->plan.tp[t].vars[k]] = 1;
    return column;
}

/* Goes to general unless every column is known and every known input holds a value of its type
 * and range (emit_c_direct.c eval_direct); the builder continues where they do. */
static void direct_checks(emitll *e, LLVMValueRef in, const uint8_t *column, LLVMBasicBlockRef general)
{
    const ir_program *p = e->p;
    LLVMValueRef known = NULL;
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
        double rhi;
        int hic;
        LLVMValueRef ok = eplan_direct_by_bits(v, &rhi, &hic)
                              ? bits_cmp(e, hic ? LLVMIntULE : LLVMIntULT, x, rhi)
                              : el_input_valid(e, v, x);
        if (!column[i]) {
            /* an input no column reads may be unknown; a select, so that its value is not read then */
            LLVMValueRef kn = el_input_known(e, in, i);
            ok = sel(e, kn, ok, LLVMConstInt(e->i1, 1, 0));
        }
        continue_if(e, ok, "valid", general);
    }
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
        LLVMValueRef kn = el_input_known(e, in, v->src);
        LLVMValueRef fp = field(e, e->in, in, e->in_field[v->src]);
        LLVMValueRef lab = load(e, e->i32, fp, p->vars[v->src].name);
        LLVMValueRef label = el_mapped_label(e, i, kn, lab);
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
            if (guide_type_is_numeric(ty) && eplan_class_array(p, &e->plan.tp[t], k))
                return 1;
        }
    return 0;
}

/* Whether a lookup's numeric column finds its cell by binary search (el_make_cells). */
int el_any_cells_search(emitll *e)
{
    for (int t = 0; t < e->p->ntables; t++)
        for (int k = 0; e->plan.tp[t].fast && k < e->plan.tp[t].nv; k++)
            if (e->plan.tp[t].ncuts[k] > EMITLL_LINEAR_CUTS)
                return 1;
    return 0;
}

/* eval_direct(in, out) -> i1 (emit_c_direct.c eval_direct): with every column known and every known
 * input valid, the lookups' answers written into the output struct; else false, with nothing
 * written: the general path runs and says which input is bad. in and out are distinct structs
 * (noalias), so that loading an input need not wait for the stores before it. */
void el_make_direct(emitll *e)
{
    const ir_program *p = e->p;
    if (any_cell_search(e) && !e->gk_cell)
        el_make_gk_cell(e);
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
    direct_checks(e, in, el_direct_columns(e), general);
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
