/* emit_c.c — the C backend (`guidec emit-c`): a ruleset's Decision IR as NAME.c and NAME.h.
 *
 * The generated code evaluates a case the way the reference interpreter does (interp.c), step
 * for step, so that outputs, states, asks and trace events come out the same:
 *   - derived values and outputs in the IR's evaluation order;
 *   - an output folds every one of its concluders (rules and table rows) in source order; a
 *     rule or row is evaluated, and traced, when an output first needs it;
 *   - an output Kleene logic leaves open is decided by its decision diagram (dd.h), written
 *     here as static tables and walked by libguide's guide_dd_walk (interp.c walk_output):
 *     the same answer, asks and possible answers.
 * A table whose columns split into few enough cells becomes a lookup: an interval index per
 * column (comparisons against its sorted cuts), then a static table giving, for each
 * combination of cells, the rows that match and, for each output only that table concludes, the
 * answer itself. The lookup is computed here by the interpreter's own condition evaluator on one
 * representative value per cell, so it agrees with row-by-row evaluation by construction; when
 * a column is unknown the rows are tested one by one, in Kleene logic.
 *
 * When every output is answered by such a lookup on inputs alone (emit_plan.c plan_direct), the
 * file also has a direct path: with every column known and no trace, eval_direct computes each
 * table's combination of classes (cells no answer tells apart merged) straight from the input
 * struct and copies the answers into the output struct, skipping the evaluation state.
 *
 * NAME_eval_many evaluates an array of input structs; NAME_eval_columns one array per input and
 * per output: on the direct path, blocks of rows a column at a time (the combinations of
 * classes in one loop without branches, then a loop per output column asked for), and the rows
 * it cannot answer one by one through the general path.
 *
 * Only the IR is read. The output is byte-for-byte reproducible: no time stamps, no addresses,
 * numbers in the shortest decimal form that reads back to the same double.
 *
 * This file holds the backend's entry points (emitc_*), the names it gives everything (plan) and
 * the text every part writes; NAME.h, NAME.c's entry points and its batch entries are written by
 * emit_c_abi.c, the evaluation by emit_c_eval.c, the direct path by emit_c_direct.c and NAME_info
 * by emit_c_info.c (emit_c_internal.h: what they share). */
#include "emit_c_internal.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- Identifiers ------------------------------------------------------------------------------ */

static int names_has(const names *n, const char *s) { return nmap_get(n, s) >= 0; }

static void names_add(arena *a, names *n, const char *s) { nmap_put(a, n, s, 1); }

/* Words a struct field or other bare identifier must not be: C keywords, and names the standard
 * headers may define as macros. */
static const char *const c_reserved[] = {
    "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else",
    "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long", "register",
    "restrict", "return", "short", "signed", "sizeof", "static", "struct", "switch", "typedef",
    "union", "unsigned", "void", "volatile", "while", "bool", "true", "false", "errno", "stdin",
    "stdout", "stderr", "NULL", "EOF", "INFINITY", "NAN", "HUGE_VAL", "I", "complex",
    "imaginary", "alignas", "alignof", "noreturn", "static_assert", "thread_local", "unix",
    "linux", "i386", NULL};


/* Makes the text in sb a C identifier unique in scope, kept in the arena: every byte that is
 * not a letter or digit becomes _, then (with avoid_reserved) a C keyword gains a _, and a
 * name already taken gains _2, _3... Names are as long as the rule file's (100 bytes at most)
 * and are never cut, so two names never collapse into one. */
static const char *unique_ident(ec *e, names *scope, strbuf *sb, int avoid_reserved)
{
    for (size_t i = 0; i < sb->len; i++) {
        char ch = sb->data[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')))
            sb->data[i] = '_';
    }
    int clash = 0;
    for (int i = 0; avoid_reserved && c_reserved[i]; i++)
        clash |= strcmp(sb_str(sb), c_reserved[i]) == 0;
    if (clash || (avoid_reserved && names_has(scope, sb_str(sb))))
        sb_putc(sb, '_');
    size_t n = sb->len;
    for (int k = 2; names_has(scope, sb_str(sb)); k++) {
        sb_truncate(sb, n);
        sb_printf(sb, "_%d", k);
    }
    const char *s = arena_strdup(&e->a, sb_str(sb));
    names_add(&e->a, scope, s);
    return s;
}

/* An identifier made of base (sanitized), unique in the file. */
static const char *uniq(ec *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static const char *uniq(ec *e, const char *fmt, ...)
{
    strbuf sb = STRBUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(&sb, fmt, ap);
    va_end(ap);
    const char *s = unique_ident(e, &e->ids, &sb, 0);
    sb_free(&sb);
    return s;
}

/* A struct field for variable name, unique in its struct (scope). */
static const char *field_name(ec *e, names *scope, const char *name)
{
    strbuf sb = STRBUF_INIT;
    /* a leading _ and a capital or a second _ is reserved to the implementation */
    if (name[0] == '_' && (name[1] == '_' || (name[1] >= 'A' && name[1] <= 'Z')))
        sb_putc(&sb, 'v');
    sb_puts(&sb, name);
    const char *s = unique_ident(e, scope, &sb, 1);
    sb_free(&sb);
    return s;
}

/* ---- Text ------------------------------------------------------------------------------------- */

/* The shortest decimal form of x that reads back as x ("2", "1.9", "-0.0", "1e+300"); exact. */
const char *ec_num(char *buf, size_t len, double x)
{
    if (isinf(x)) {
        snprintf(buf, len, "%s", x < 0 ? "-HUGE_VAL" : "HUGE_VAL");
        return buf;
    }
    if (x == 0) {
        snprintf(buf, len, "%s", signbit(x) ? "-0.0" : "0");
        return buf;
    }
    if (x == floor(x) && fabs(x) < 9007199254740992.0) {
        snprintf(buf, len, "%.17g", x); /* at most 16 digits: no exponent, no point */
        return buf;
    }
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(buf, len, "%.*g", prec, x);
        if (strtod(buf, NULL) == x)
            break;
    }
    if (!strpbrk(buf, ".e"))
        strncat(buf, ".0", len - strlen(buf) - 1);
    return buf;
}

/* A C string literal (NULL for a null pointer): non-ASCII and control bytes as octal escapes,
 * so the text is the same bytes whatever the compiler's source character set; no trigraphs. */
void ec_put_str(FILE *f, const char *s)
{
    if (!s) {
        fputs("NULL", f);
        return;
    }
    fputc('"', f);
    for (const unsigned char *q = (const unsigned char *)s; *q; q++) {
        if (*q == '"' || *q == '\\')
            fprintf(f, "\\%c", *q);
        else if (*q == '?' && q[1] == '?')
            fputs("?\\", f);
        else if (*q < 0x20 || *q >= 0x7f)
            fprintf(f, "\\%03o", *q);
        else
            fputc(*q, f);
    }
    fputc('"', f);
}

/* Text for inside a block comment: no comment delimiters, no trigraphs, no control bytes. */
void ec_put_comment(FILE *f, const char *s, size_t n)
{
    for (size_t i = 0; i < n && s[i]; i++) {
        char ch = s[i];
        if ((ch == '*' && s[i + 1] == '/') || (ch == '/' && s[i + 1] == '*') ||
            (ch == '?' && s[i + 1] == '?')) {
            fputc(ch, f);
            fputc(' ', f);
        } else if ((unsigned char)ch < 0x20 || ch == 0x7f)
            fputc(' ', f);
        else
            fputc(ch, f);
    }
}

/* The source lines of a span, each as " *   text" (trailing white space dropped), in a comment
 * opened `indent` columns in. */
void ec_put_source_lines(ec *e, FILE *f, span sp, int indent)
{
    const src_file *file = e->p->file;
    if (!file || sp.first_line <= 0)
        return;
    int last = sp.last_line >= sp.first_line ? sp.last_line : sp.first_line;
    if (last - sp.first_line > 12)
        last = sp.first_line + 12;
    for (int l = sp.first_line; l <= last && l <= file->nlines; l++) {
        int len = 0;
        const char *t = src_line(file, l, &len);
        while (len > 0 && (t[len - 1] == ' ' || t[len - 1] == '\t' || t[len - 1] == '\r'))
            len--;
        fprintf(f, "\n%*s *   ", indent, "");
        ec_put_comment(f, t, (size_t)len);
    }
}

/* A value as Guide prints it, for comments. */
void ec_put_value_comment(ec *e, FILE *f, int var, const ir_value *v)
{
    strbuf sb = STRBUF_INIT;
    ir_value_text(&sb, e->p, var, v);
    ec_put_comment(f, sb_str(&sb), sb.len);
    sb_free(&sb);
}

/* A guide_value initializer for variable var's type. */
void ec_put_value_init(ec *e, FILE *f, int var, const guide_value *v)
{
    char a[48], b[48];
    const ir_var *x = &e->p->vars[var];
    switch (guide_type_repr(x->type)) {
    case GUIDE_REPR_TRUTH: fprintf(f, "{.b = %d}", (int)v->b); break;
    case GUIDE_REPR_LABEL:
        if (v->label >= 0 && v->label < x->nlabels)
            fprintf(f, "{.label = %s}", e->lab[var][v->label]);
        else
            fprintf(f, "{.label = %d}", (int)v->label);
        break;
    case GUIDE_REPR_NUMBER: fprintf(f, "{.num = %s}", ec_num(a, sizeof a, v->num)); break;
    case GUIDE_REPR_RANGE:
        fprintf(f, "{.range = {%s, %s}}", ec_num(a, sizeof a, v->range.lo), ec_num(b, sizeof b, v->range.hi));
        break;
    case GUIDE_REPR_SET: fprintf(f, "{.set = UINT64_C(0x%llx)}", (unsigned long long)v->set); break;
    case GUIDE_REPR_LIST: fputs("{.list = {NULL, 0}}", f); break; /* never a constant */
    }
}


int ec_imax(int a, int b)
{
    return a > b ? a : b;
}

const char *const ec_kind_word[] = {"input", "derived", "output"};

/* "rule r" / "table t row 3 [column]", for comments. */
void ec_put_clause_label(ec *e, FILE *f, int ci)
{
    const ir_clause *c = &e->p->clauses[ci];
    if (c->kind == GUIDE_CLAUSE_RULE) {
        fprintf(f, "rule %s", c->name);
        return;
    }
    fprintf(f, "table %s row %d", c->name, c->row);
    if (c->column) {
        fputs(" [", f);
        ec_put_comment(f, c->column, strlen(c->column));
        fputc(']', f);
    }
}

/* ---- Planning --------------------------------------------------------------------------------- */

/* Names of table t's arrays on the direct path: its answers, and the class array of each column
 * that has one (emit_plan.c eplan_class_array). */
static void direct_names(ec *e, int t)
{
    const eplan_table *tp = &e->plan.tp[t];
    const char *tname = e->p->tables[t].name;
    table_names *tn = &e->tn[t];
    if (!tp->nfast)
        return;
    tn->direct = uniq(e, "direct_%s", tname);
    tn->state_bytes = uniq(e, "state_bytes_%s", tname);
    tn->as_output = eplan_answers_all(e->p, tp);
    tn->tag = uniq(e, tn->as_output ? "direct_%s_row" : "direct_%s_cells", tname);
    tn->class_map = arena_alloc(&e->a, sizeof(char *) * ((size_t)tp->nv + 1));
    for (int k = 0; k < tp->nv; k++)
        if (eplan_class_array(e->p, tp, k))
            tn->class_map[k] = uniq(e, "class_%s_%s", tname, e->p->vars[tp->vars[k]].name);
}

/* The arrays of names, by variable, level and diagram. */
static void alloc_name_arrays(ec *e)
{
    const ir_program *p = e->p;
    int nv = p->nvars;
    e->in_field = arena_alloc(&e->a, sizeof(char *) * ((size_t)nv + 1));
    e->out_field = arena_alloc(&e->a, sizeof(char *) * ((size_t)nv + 1));
    e->col_field = arena_alloc(&e->a, sizeof(char *) * ((size_t)nv + 1));
    e->col_c = arena_alloc(&e->a, sizeof(char *) * ((size_t)nv + 1));
    e->st_c = arena_alloc(&e->a, sizeof(char *) * ((size_t)nv + 1));
    e->vc = arena_alloc(&e->a, sizeof(char *) * ((size_t)nv + 1));
    e->pub = arena_alloc(&e->a, sizeof(char *) * ((size_t)nv + 1));
    e->lab = arena_alloc(&e->a, sizeof(char **) * ((size_t)nv + 1));
    e->fn = arena_alloc(&e->a, sizeof(char *) * ((size_t)nv + 1));
    e->map_c = arena_alloc(&e->a, sizeof(char *) * ((size_t)nv + 1));
    e->at = arena_alloc(&e->a, sizeof(char *) * ((size_t)nv + 1));
    e->dd_cuts = arena_alloc(&e->a, sizeof(char *) * ((size_t)p->nlevels + 1));
    e->dd_cells = arena_alloc(&e->a, sizeof(char *) * ((size_t)p->nlevels + 1));
    e->dd_through = arena_alloc(&e->a, sizeof(char *) * ((size_t)p->nlevels + 1));
    e->dd_levels = arena_alloc(&e->a, sizeof(char *) * ((size_t)(nv + p->nconstraints) + 2));
    e->dd_leaves = arena_alloc(&e->a, sizeof(char *) * ((size_t)(nv + p->nconstraints) + 2));
    e->dd_nlevel = arena_alloc(&e->a, sizeof(char *) * ((size_t)(nv + p->nconstraints) + 2));
    e->dd_nkids = arena_alloc(&e->a, sizeof(char *) * ((size_t)(nv + p->nconstraints) + 2));
    e->dd_kids = arena_alloc(&e->a, sizeof(char *) * ((size_t)(nv + p->nconstraints) + 2));
}

/* The names the generated code fixes (its helpers, sizes, macros) and the public ones, taken
 * before any made from the rule file. */
static void reserve_fixed_names(ec *e)
{
    const ir_program *p = e->p;
    /* Fixed names first, so that names from the rule file yield to them. */
    static const char *const fixed[] = {
        "eval_state", "clause_reads", "vars", "clauses", "tables", "units", "dds", "constraints",
        "consistent", "dd_constraint_cones",
        "dd_inputs", "dd_cones", "set_clause", "first_row", "fill_rows", "put", "put_state",
        "fold", "fold_set", "decode", "walk", "load_inputs", "save_outputs", "reset", "map",
        "eval_direct", "evaluate", "eval_with", "column_row", "columns_block", "COLUMN_BLOCK", "NVARS", "NINPUTS", "NDERIVED", "NOUTPUTS", "FIRST_OUTPUT",
        "NCLAUSES", "NTABLES", "NUNITS", "NLEVELS", "WORDS", "WORK", "END_ROWS", "DIM", "LEAF",
        "KNOWN", "NUM", "LABEL", "BOOLV", "BIT", "IN", "IS", "TEST", "NA", "OUT_IN", "OUT_IS",
        "OUT_TEST", "V_END_", NULL};
    for (int i = 0; fixed[i]; i++)
        names_add(&e->a, &e->ids, fixed[i]);
    /* The public prefix is the guideline name as written (a Guide name is a C identifier);
     * the public names are taken first, so generated internal names yield to them. */
    e->name = p->name;
    char *up = arena_strdup(&e->a, e->name);
    for (char *s = up; *s; s++)
        if (*s >= 'a' && *s <= 'z')
            *s = (char)(*s - 'a' + 'A');
    e->upper = up;
    static const char *const pub_fixed[] = {"input", "output", "info", "eval", "from_frame",
                                            "to_frame", "eval_frame", "eval_many", "columns",
                                            "eval_columns", NULL};
    for (int i = 0; pub_fixed[i]; i++)
        uniq(e, "%s_%s", e->name, pub_fixed[i]);
    static const char *const pub_upper[] = {"NINPUTS", "NDERIVED", "NOUTPUTS", "WORDS",
                                            "POSSIBLE_WORDS", "KNOW", "KNOWS", "SHA256",
                                            "VERSION", NULL};
    for (int i = 0; pub_upper[i]; i++)
        uniq(e, "%s_%s", e->upper, pub_upper[i]);
    uniq(e, "GUIDE_GENERATED_%s_H", e->upper);
}

/* Each variable's names: its V_ constant, its fields in the structs (unique in each struct), its
 * public constant, its labels' constants, its function. */
static void name_variables(ec *e)
{
    const ir_program *p = e->p;
    int nv = p->nvars;
    names in_scope = {0}, out_scope = {0}, col_scope = {0};
    static const char *const col_fixed[] = {"known", "state", "asks", "possible", "rc", NULL};
    for (int i = 0; col_fixed[i]; i++)
        names_add(&e->a, &col_scope, col_fixed[i]);
    names_add(&e->a, &in_scope, "known");
    names_add(&e->a, &out_scope, "state");
    names_add(&e->a, &out_scope, "asks");
    names_add(&e->a, &out_scope, "possible");
    names_add(&e->a, &out_scope, "derived_known");
    for (int i = 0; i < nv; i++) {
        const ir_var *v = &p->vars[i];
        e->vc[i] = uniq(e, "V_%s", v->name);
        if (v->kind != GUIDE_VAR_DERIVED) {
            e->col_field[i] = field_name(e, &col_scope, v->name);
            e->col_c[i] = uniq(e, "col_%s", v->name);
        }
        if (v->kind == GUIDE_VAR_OUTPUT)
            e->st_c[i] = uniq(e, "st_%s", v->name);
        if (v->kind == GUIDE_VAR_INPUT) {
            e->in_field[i] = field_name(e, &in_scope, v->name);
            e->pub[i] = uniq(e, "%s_IN_%s", e->upper, v->name);
        } else {
            e->out_field[i] = field_name(e, &out_scope, v->name);
            e->pub[i] = uniq(e, "%s_%s_%s", e->upper, v->kind == GUIDE_VAR_DERIVED ? "DER" : "OUT",
                             v->name);
        }
        e->lab[i] = arena_alloc(&e->a, sizeof(char *) * ((size_t)v->nlabels + 1));
        for (int l = 0; l < v->nlabels; l++)
            e->lab[i][l] = uniq(e, "%s_%s_%s", e->name, v->name, v->labels[l]);
        if (v->kind == GUIDE_VAR_DERIVED) {
            e->fn[i] = uniq(e, "derive_%s", v->name);
            if (v->is_match && v->src >= 0)
                e->map_c[i] = uniq(e, "map_%s", v->name);
        } else if (v->kind == GUIDE_VAR_OUTPUT) {
            e->fn[i] = uniq(e, "answer_%s", v->name);
            e->at[i] = uniq(e, "%s_POSSIBLE_AT_%s", e->upper, v->name);
        }
    }
}

/* Each table's and rule's names, each lookup's arrays, and the direct path's. */
static void name_units(ec *e)
{
    const ir_program *p = e->p;
    int first_out = guide_first_output(&p->info);
    /* Names: each table's unit, then each rule's, then each lookup's tables. */
    e->unit_c = arena_alloc(&e->a, sizeof(char *) * ((size_t)e->plan.nunits + 1));
    e->unit_fn = arena_alloc(&e->a, sizeof(char *) * ((size_t)e->plan.nunits + 1));
    e->tn = arena_alloc(&e->a, sizeof(table_names) * ((size_t)p->ntables + 1));
    for (int t = 0; t < p->ntables; t++) { /* unit t is table t */
        e->unit_c[t] = uniq(e, "U_%s", p->tables[t].name);
        e->unit_fn[t] = e->tn[t].fn = uniq(e, "table_%s", p->tables[t].name);
    }
    for (int u = p->ntables; u < e->plan.nunits; u++) {
        const ir_clause *c = &p->clauses[e->plan.unit_clause[u]];
        e->unit_c[u] = uniq(e, "U_%s", c->name);
        e->unit_fn[u] = uniq(e, "rule_%s", c->name);
    }
    for (int t = 0; t < p->ntables; t++)
        if (e->plan.tp[t].fast) {
            e->tn[t].cells_fn = uniq(e, "cells_%s", p->tables[t].name);
            e->tn[t].combos = uniq(e, "combos_%s", p->tables[t].name);
            e->tn[t].rows = uniq(e, "rows_%s", p->tables[t].name);
        }
    if (e->plan.direct)
        for (int t = 0; t < p->ntables; t++)
            direct_names(e, t);
    e->direct_fn = e->inl && e->plan.direct ? uniq(e, "%s__eval_direct", e->name) : "eval_direct";
    if (e->inl && e->plan.direct) { /* the header's names of the direct path's arrays */
        for (int t = 0; t < p->ntables; t++) {
            const table_names *tn = &e->tn[t];
            if (!e->plan.tp[t].nfast)
                continue;
            uniq(e, "%s__%s", e->name, tn->direct);
            uniq(e, "%s__%s", e->name, tn->tag);
            for (int k = 0; k < e->plan.tp[t].nv; k++)
                if (tn->class_map[k])
                    uniq(e, "%s__%s", e->name, tn->class_map[k]);
        }
        for (int i = p->ninputs; i < first_out; i++)
            if (e->map_c[i])
                uniq(e, "%s__%s", e->name, e->map_c[i]);
    }
}

/* The decision diagrams' arrays, each output's offset in possible[], and the walk's scratch. */
static void name_diagrams(ec *e)
{
    const ir_program *p = e->p;
    int nv = p->nvars, first_out = guide_first_output(&p->info);
    /* Decision diagrams: the cuts of each numeric level, then each output's tables; the
     * offset of each output's set of possible answers, and the walk's scratch. */
    for (int l = 0; l < p->nlevels; l++)
        if (p->levels[l].pos_cell) {
            const char *vn = p->vars[p->levels[l].var].name;
            e->dd_cuts[l] = uniq(e, "dd_cuts_%s", vn);
            e->dd_cells[l] = uniq(e, "dd_cells_%s", vn);
        }
    for (int l = 0; l < p->nlevels; l++)
        if (p->levels[l].nderived) {
            const char *vn = p->vars[p->levels[l].var].name;
            e->dd_through[l] = uniq(e, "dd_through_%s", vn);
            uniq(e, "%s_at", e->dd_through[l]);
            uniq(e, "%s_from", e->dd_through[l]);
        }
    e->possible_at = arena_alloc(&e->a, sizeof(int) * ((size_t)p->noutputs + 1));
    for (int i = first_out; i < nv; i++) {
        const ir_var *o = &p->vars[i];
        const guide_dd *dd = &p->dds[i - first_out];
        e->dd_levels[i] = uniq(e, "dd_levels_%s", o->name);
        e->dd_leaves[i] = uniq(e, "dd_leaves_%s", o->name);
        e->dd_nlevel[i] = uniq(e, "dd_node_level_%s", o->name);
        e->dd_nkids[i] = uniq(e, "dd_node_kids_%s", o->name);
        e->dd_kids[i] = uniq(e, "dd_kids_%s", o->name);
        e->possible_at[i - first_out + 1] = e->possible_at[i - first_out] + guide_dd_leaf_words(dd);
        if (guide_dd_work_size(dd) > e->work)
            e->work = guide_dd_work_size(dd);
    }
    /* The constraints' diagrams at nv + k, all of them together at nv + nconstraints. */
    for (int k = 0; k <= p->nconstraints && p->nconstraints; k++) {
        const char *n = k < p->nconstraints ? p->constraints[k].name : "all";
        int i = nv + k;
        e->dd_levels[i] = uniq(e, "dd_levels_constraint_%s", n);
        e->dd_leaves[i] = uniq(e, "dd_leaves_constraint_%s", n);
        e->dd_nlevel[i] = uniq(e, "dd_node_level_constraint_%s", n);
        e->dd_nkids[i] = uniq(e, "dd_node_kids_constraint_%s", n);
        e->dd_kids[i] = uniq(e, "dd_kids_constraint_%s", n);
    }
}

/* Every name NAME.c and NAME.h use, made once, each unique in its scope. */
static void plan(ec *e)
{
    eplan_make(&e->plan, e->p, &e->a);
    alloc_name_arrays(e);
    reserve_fixed_names(e);
    name_variables(e);
    name_units(e);
    name_diagrams(e);
}

/* ---- The source file -------------------------------------------------------------------------- */

static void emit_source(ec *e)
{
    const ir_program *p = e->p;
    FILE *c = e->c;
    int first_out = guide_first_output(&p->info);
    ec_put_file_comment(e, c, "c");
    fputs(" *\n"
          " * Evaluation follows the reference interpreter (compiler/eval/interp.c) step for step: derived\n"
          " * values and outputs in dependency order; each output folds the rules and table rows that\n"
          " * conclude it, evaluating (and tracing) each when first needed; an output Kleene logic\n"
          " * leaves open is decided by walking its decision diagram (libguide's guide_dd_walk).\n"
          " */\n", c);
    fprintf(c, "#include <math.h>\n#include <stddef.h>\n#include <stdint.h>\n#include <string.h>\n\n#include \"guide_gen.h\"\n#include \"%s.h\"\n\n",
            e->name);
    fprintf(c, "/* Sizes, as in %s_info. */\n#define DIM(n) ((n) > 0 ? (n) : 1) /* array sizes */\nenum {\n"
               "    NVARS = %d,\n    NINPUTS = %d,\n    NDERIVED = %d,\n    NOUTPUTS = %d,\n    FIRST_OUTPUT = %d,\n"
               "    NCLAUSES = %d,\n    NTABLES = %d,\n    NUNITS = %d, /* what is evaluated at once: each table, each rule */\n"
               "    NLEVELS = %d, /* what decision diagrams test */\n"
               "    WORDS = %d, /* 64-bit words of a set of inputs */\n"
               "    WORK = %zu, /* int32_t of scratch the walk of the largest diagram needs */\n"
               "    END_ROWS = 0xffff\n};\n",
            e->name, p->nvars, p->ninputs, p->nderived, p->noutputs, first_out, p->nclauses, p->ntables,
            e->plan.nunits, p->nlevels, ec_imax(guide_input_words(&p->info), 1), e->work);
    fputs("/* Variables, numbered as in the info: inputs, derived values, outputs. */\nenum {\n", c);
    for (int i = 0; i < p->nvars; i++)
        fprintf(c, "    %s = %d,%s /* %s */\n", e->vc[i], i, i < 10 ? " " : "", ec_kind_word[p->vars[i].kind]);
    fputs("    V_END_ = -1\n};\n", c);
    if (e->plan.nunits) {
        fputs("/* Tables and rules, each evaluated at once. */\nenum {\n", c);
        for (int u = 0; u < e->plan.nunits; u++)
            fprintf(c, "    %s = %d%s\n", e->unit_c[u], u, u + 1 < e->plan.nunits ? "," : "");
        fputs("};\n", c);
    }
    fputs("\n/* A variable's value and known flag, in the state s of the function using them. */\n"
          "#define KNOWN(x) (s->k[x])\n#define NUM(x) (s->v[x].num)\n#define LABEL(x) (s->v[x].label)\n"
          "#define BOOLV(x) (s->v[x].b)\n#define BIT(label) (UINT64_C(1) << (label))\n"
          "/* Atoms in Kleene logic: x in {labels}, x is true / false, a numeric test on x. */\n"
          "#define IN(x, mask) gk_label(KNOWN(x), LABEL(x), (mask))\n"
          "#define IS(x, b) gk_bool(KNOWN(x), BOOLV(x), (b))\n"
          "#define TEST(x, holds) gk_test(KNOWN(x), (holds))\n"
          "/* The same on an output: one no rule concludes for the case (not applicable) has no value,\n"
          " * so every test on it is false; undetermined, conflicting and ND ones are unknown. */\n"
          "#define NA(x) (s->out[(x) - FIRST_OUTPUT].state == GUIDE_NOT_APPLICABLE)\n"
          "#define OUT_IN(x, mask) (NA(x) ? GK_F : IN(x, mask))\n"
          "#define OUT_IS(x, b) (NA(x) ? GK_F : IS(x, b))\n"
          "#define OUT_TEST(x, holds) (NA(x) ? GK_F : TEST(x, holds))\n\n", c);
    ec_emit_info(e);
    ec_emit_machinery(e);
    if (p->nderived) {
        fputs("/* ---- Derived values ----------------------------------------------------------------- */\n\n", c);
        for (int i = p->ninputs; i < first_out; i++)
            ec_emit_derived(e, i);
    }
    if (e->plan.nunits) {
        fputs("/* ---- Tables and rules --------------------------------------------------------------- */\n\n", c);
        for (int t = 0; t < p->ntables; t++)
            ec_emit_table(e, t);
        for (int u = p->ntables; u < e->plan.nunits; u++)
            if (e->plan.unit_used[u])
                ec_emit_rule(e, u);
    }
    if (p->noutputs) {
        fputs("/* ---- Outputs ------------------------------------------------------------------------ */\n\n", c);
        for (int i = first_out; i < p->nvars; i++)
            ec_emit_answer(e, i);
    }
    if (e->plan.direct) /* with --inline, its function is the header's; its arrays also serve the columns */
        ec_emit_direct(e, c, !e->inl);
    ec_emit_entry(e);
    fputc('\n', c);
    ec_emit_batches(e);
}

int emitc_write(const ir_program *p, FILE *c, FILE *h)
{
    return emitc_write_opts(p, c, h, 0);
}

int emitc_write_opts(const ir_program *p, FILE *c, FILE *h, int inline_header)
{
    ec e;
    memset(&e, 0, sizeof e);
    e.p = p;
    e.c = c;
    e.h = h;
    e.inl = inline_header;
    arena_init(&e.a);
    plan(&e);
    ec_emit_header(&e);
    emit_source(&e);
    arena_free(&e.a);
    return fflush(c) || fflush(h) || ferror(c) || ferror(h);
}

/* The headers the generated C and libguide's own headers include: a ruleset named after one
 * would write NAME.h beside the generated C, and `#include "guide.h"` (or <math.h>, with the
 * output folder on the include path) would then find the ruleset's header instead. */
static const char *const taken_header_names[] = {"guide", "guide_gen", "math", "stdint", "stddef",
                                                 "stdio", "string", NULL};

int emitc_name_ok(const ir_program *p, strbuf *err)
{
    for (int i = 0; taken_header_names[i]; i++)
        if (strcmp(p->name, taken_header_names[i]) == 0) {
            sb_printf(err,
                      "the guideline is named '%s': the C backend would write %s.h, a header the "
                      "generated code includes from %s; rename the guideline",
                      p->name, p->name, i < 2 ? "libguide" : "the C library");
            return 1;
        }
    return 0;
}

int emitc_to_dir(const ir_program *p, const char *dir, strbuf *err)
{
    return emitc_to_dir_opts(p, dir, 0, err);
}

int emitc_to_dir_opts(const ir_program *p, const char *dir, int inline_header, strbuf *err)
{
    if (emitc_name_ok(p, err))
        return 1;
    char *cpath = sb_format("%s/%s.c", dir, p->name), *hpath = sb_format("%s/%s.h", dir, p->name);
    FILE *c = fopen(cpath, "w"), *h = c ? fopen(hpath, "w") : NULL;
    int bad = !c || !h;
    if (bad)
        sb_printf(err, "cannot write %s: %s", !c ? cpath : hpath, strerror(errno));
    else {
        bad = emitc_write_opts(p, c, h, inline_header);
        bad |= fflush(c) != 0 || ferror(c) || fflush(h) != 0 || ferror(h);
        if (bad)
            sb_printf(err, "cannot write %s and %s: %s", cpath, hpath, strerror(errno));
    }
    if (c)
        bad |= fclose(c) != 0;
    if (h)
        bad |= fclose(h) != 0;
    if (bad) {
        remove(cpath);
        remove(hpath);
    }
    free(cpath);
    free(hpath);
    return bad;
}
