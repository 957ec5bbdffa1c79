/* emit_llvm_info.c — the LLVM backend's description of the ruleset: NAME_info, the constant
 * libguide reads and prints from (variables, clauses, tables, units), each output's decision
 * diagram (@dds) and the constraints', and the named metadata for people reading the .ll. */
#include "emit_llvm_internal.h"

#include <stdint.h>

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
void el_make_dds(emitll *e)
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

/* ---- The ruleset description (emit_c_info.c ec_emit_info) ---------------------------------------------- */

/* @KIND.NAME, a constant array of n strings: a variable's labels, or their display texts. */
static LLVMValueRef strings(emitll *e, const char *kind, const char *name, const char *const *s, int n)
{
    LLVMValueRef *l = zalloc(e, sizeof(LLVMValueRef) * (size_t)n);
    for (int k = 0; k < n; k++)
        l[k] = cstr(e, s[k]);
    name_of(e, "%s.%s", kind, name);
    return cglobal(e, sb_str(&e->nm), LLVMConstArray2(e->ptr, l, (uint64_t)n));
}

/* @vars: guide_var_info by variable (a null pointer when none), its strings made before it. */
static LLVMValueRef vars_info(emitll *e)
{
    const ir_program *p = e->p;
    LLVMValueRef null = LLVMConstPointerNull(e->ptr);
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
    return vars;
}

/* @clauses: guide_clause_info by clause. */
static LLVMValueRef clauses_info(emitll *e)
{
    const ir_program *p = e->p;
    LLVMValueRef null = LLVMConstPointerNull(e->ptr);
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
            LLVMValueRef reads = el_int_list(e, sb_str(&e->nm), c->reads, c->nreads);
            LLVMValueRef reading_text = cstr(e, c->reading_text);
            LLVMValueRef cells = cstr(e, c->cells);
            LLVMValueRef f[12] = {c32(e, c->kind), cname, c32(e, c->table), c32(e, c->row), column, cite,
                                  c32(e, c->sp.first_line), c32(e, c->nreads), reads, c32(e, c->reading),
                                  reading_text, cells};
            el[i] = LLVMConstNamedStruct(ct, f, 12);
        }
        clauses = cglobal(e, "clauses", LLVMConstArray2(ct, el, (uint64_t)p->nclauses));
    }
    return clauses;
}

/* @tables: guide_table_info by table. */
static LLVMValueRef tables_info(emitll *e)
{
    const ir_program *p = e->p;
    LLVMValueRef null = LLVMConstPointerNull(e->ptr);
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
    return tables;
}

/* @units: the rule file's units. */
static LLVMValueRef units_info(emitll *e)
{
    const ir_program *p = e->p;
    LLVMValueRef null = LLVMConstPointerNull(e->ptr);
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
    return units;
}

/* NAME_info: the ruleset for libguide; each initializer's strings and lists are made before it, in
 * field order (see emit_llvm.c's first comment). */
void el_make_info(emitll *e)
{
    const ir_program *p = e->p;
    LLVMValueRef vars = vars_info(e);
    LLVMValueRef clauses = clauses_info(e);
    LLVMValueRef tables = tables_info(e);
    LLVMValueRef units = units_info(e);
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
void el_make_metadata(emitll *e)
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
