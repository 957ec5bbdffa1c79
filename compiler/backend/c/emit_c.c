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
 * numbers in the shortest decimal form that reads back to the same double. */
#include "emit_c.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dd.h"
#include "emit_plan.h"
#include "interp.h"
#include "name_map.h"
#include "strbuf.h"


#define EMITC_VERSION "guidec 0.1.0"


/* ---- Identifiers ------------------------------------------------------------------------------ */

/* A set of strings: the identifiers already used in one scope. */
typedef name_map names;

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

/* ---- Table plans ------------------------------------------------------------------------------ */

/* How a table is compiled. */
/* The generated names of a table (its plan is an eplan_table). */
typedef struct table_names {
    const char *fn, *cells_fn, *combos, *rows;
    const char  *direct;    /* the direct path's answers by combination of classes */
    const char  *row;       /* their struct tag when laid out as NAME_output's first fields
                               (eplan_answers_all), else NULL */
    const char  *state_bytes; /* their states as the columns entry writes them */
    const char **class_map; /* [nv]: its class array of a column, or NULL when none is needed */
} table_names;

typedef struct ec {
    const ir_program *p;
    arena        a;
    names        ids;       /* file-scope identifiers of NAME.c and NAME.h */
    FILE        *c, *h;
    const char  *name;      /* the guideline name: prefix of public identifiers */
    const char  *upper;     /* the same in capitals */
    const char **in_field;  /* [nvars] field of NAME_input (inputs) */
    const char **out_field; /* [nvars] field of NAME_output (derived values, outputs) */
    const char **col_field; /* [nvars] field of NAME_columns (inputs, outputs) */
    const char **col_c;     /* [nvars] its block's pointer in columns_block (inputs, outputs) */
    const char **st_c;      /* [nvars] the pointer to an output's states in columns_block */
    const char **vc;        /* [nvars] V_ constant */
    const char **pub;       /* [nvars] NAME_IN_x, NAME_DER_x, NAME_OUT_x */
    const char ***lab;      /* [nvars][nlabels] label constants */
    const char **fn;        /* [nvars] derive_x or answer_x */
    int          agg_seq;   /* the aggregate tests of the derived value being written, numbered
                               in the order put_agg_tests and put_expr both visit them */
    const char **map_c;     /* [nvars] map_x: the labels a match derivation maps to */
    const char **at;        /* [nvars] NAME_POSSIBLE_AT_x (outputs) */
    const char **dd_cuts;   /* [nlevels] a numeric level's cuts, or NULL */
    const char **dd_cells;  /* [nlevels] a numeric level's cell of each position, or NULL */
    const char **dd_through;/* [nlevels] an arithmetic level's derived values, or NULL (their
                               operands: the same name with _at and _from) */
    const char **dd_levels; /* [nvars] (outputs) the levels of its diagram, in order */
    const char **dd_leaves; /* [nvars] (outputs) its answers */
    const char **dd_nlevel, **dd_nkids, **dd_kids; /* [nvars] (outputs) its nodes */
    int         *possible_at; /* [noutputs + 1] offset of each output's leaf set in possible[] */
    size_t       work;      /* int32_t of scratch the largest diagram's walk needs */
    eplan        plan;      /* units, value classes, trace order, lookups (emit_plan.h) */
    const char **unit_c;    /* [nunits] U_ constant */
    const char **unit_fn;   /* [nunits] table_x or rule_x */
    table_names *tn;        /* [ntables] */
    int          inl;       /* emit-c --inline: the direct path in the header, NAME_eval_inline */
    int          in_header; /* the direct path being written into the header */
    const char  *direct_fn; /* the direct path's function: eval_direct, or NAME__eval_direct */
} ec;

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
static const char *num(char *buf, size_t len, double x)
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
static void put_str(FILE *f, const char *s)
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
static void put_comment(FILE *f, const char *s, size_t n)
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
static void put_source_lines(ec *e, FILE *f, span sp, int indent)
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
        put_comment(f, t, (size_t)len);
    }
}

/* A value as Guide prints it, for comments. */
static void put_value_comment(ec *e, FILE *f, int var, const ir_value *v)
{
    strbuf sb = STRBUF_INIT;
    ir_value_text(&sb, e->p, var, v);
    put_comment(f, sb_str(&sb), sb.len);
    sb_free(&sb);
}

/* A guide_value initializer for variable var's type. */
static void put_value_init(ec *e, FILE *f, int var, const guide_value *v)
{
    char a[48], b[48];
    const ir_var *x = &e->p->vars[var];
    switch (x->type) {
    case GUIDE_BOOL: fprintf(f, "{.b = %d}", (int)v->b); break;
    case GUIDE_ENUM:
        if (v->label >= 0 && v->label < x->nlabels)
            fprintf(f, "{.label = %s}", e->lab[var][v->label]);
        else
            fprintf(f, "{.label = %d}", (int)v->label);
        break;
    case GUIDE_NUMBER:
    case GUIDE_INTEGER: fprintf(f, "{.num = %s}", num(a, sizeof a, v->num)); break;
    case GUIDE_RANGE:
        fprintf(f, "{.range = {%s, %s}}", num(a, sizeof a, v->range.lo), num(b, sizeof b, v->range.hi));
        break;
    case GUIDE_SET: fprintf(f, "{.set = UINT64_C(0x%llx)}", (unsigned long long)v->set); break;
    case GUIDE_LIST: fputs("{.list = {NULL, 0}}", f); break; /* never a constant */
    }
}

static const char *c_type(guide_type t)
{
    switch (t) {
    case GUIDE_BOOL:
    case GUIDE_ENUM: return "int32_t";
    case GUIDE_NUMBER:
    case GUIDE_INTEGER: return "double";
    case GUIDE_RANGE: return "guide_range";
    case GUIDE_SET: return "uint64_t";
    case GUIDE_LIST: return "guide_list";
    }
    return "int";
}

/* The member of guide_value a type uses. */
static const char *member(guide_type t)
{
    switch (t) {
    case GUIDE_BOOL: return "b";
    case GUIDE_ENUM: return "label";
    case GUIDE_NUMBER:
    case GUIDE_INTEGER: return "num";
    case GUIDE_RANGE: return "range";
    case GUIDE_SET: return "set";
    case GUIDE_LIST: return "list";
    }
    return "num";
}

static int imax(int a, int b)
{
    return a > b ? a : b;
}

static const char *const kind_word[] = {"input", "derived", "output"};

/* "rule r" / "table t row 3 [column]", for comments. */
static void put_clause_label(ec *e, FILE *f, int ci)
{
    const ir_clause *c = &e->p->clauses[ci];
    if (c->kind == GUIDE_CLAUSE_RULE) {
        fprintf(f, "rule %s", c->name);
        return;
    }
    fprintf(f, "table %s row %d", c->name, c->row);
    if (c->column) {
        fputs(" [", f);
        put_comment(f, c->column, strlen(c->column));
        fputc(']', f);
    }
}

/* ---- Conditions ------------------------------------------------------------------------------- */

static void put_atom(ec *e, FILE *f, const ir_atom *a)
{
    const char *v = e->vc[a->var];
    const ir_var *x = &e->p->vars[a->var];
    /* An output no rule concludes for the case has no value: every test on it is false. */
    const char *out = x->kind == GUIDE_VAR_OUTPUT ? "OUT_" : "";
    char lo[48], hi[48];
    switch (a->kind) {
    case IR_A_BOOL: fprintf(f, "%sIS(%s, %d)", out, v, a->b ? 1 : 0); return;
    case IR_A_LABELS: {
        fprintf(f, "%sIN(%s, ", out, v);
        int n = 0;
        for (int l = 0; l < 64; l++)
            if ((a->labels >> l) & 1) {
                if (l < x->nlabels)
                    fprintf(f, "%sBIT(%s)", n ? " | " : "", e->lab[a->var][l]);
                else
                    fprintf(f, "%sBIT(%d)", n ? " | " : "", l);
                n++;
            }
        fputs(n ? ")" : "0)", f);
        return;
    }
    case IR_A_INTERVAL: break;
    }
    /* Values are finite (inputs are checked, arithmetic results are finite or not computable),
     * so an infinite bound always holds and is left out. */
    int has_lo = isfinite(a->lo), has_hi = isfinite(a->hi);
    fprintf(f, "%sTEST(%s, ", out, v);
    if (has_lo && has_hi && a->lo == a->hi && a->lo_closed && a->hi_closed)
        fprintf(f, "NUM(%s) == %s", v, num(lo, sizeof lo, a->lo));
    else if (has_lo && has_hi)
        fprintf(f, "NUM(%s) %s %s && NUM(%s) %s %s", v, a->lo_closed ? ">=" : ">",
                num(lo, sizeof lo, a->lo), v, a->hi_closed ? "<=" : "<", num(hi, sizeof hi, a->hi));
    else if (has_lo)
        fprintf(f, "NUM(%s) %s %s", v, a->lo_closed ? ">=" : ">", num(lo, sizeof lo, a->lo));
    else if (has_hi)
        fprintf(f, "NUM(%s) %s %s", v, a->hi_closed ? "<=" : "<", num(hi, sizeof hi, a->hi));
    else
        fputs("1", f);
    fputc(')', f);
}

static void put_indent(FILE *f, int n)
{
    fputc('\n', f);
    for (int i = 0; i < n; i++)
        fputc(' ', f);
}

/* A Kleene expression (0, 1, 2) for a condition; and / or with several operands are folded to
 * the right, one operand per line at the top level (indent >= 0). */
static void put_cond(ec *e, FILE *f, const ir_cond *c, int indent)
{
    switch (c->kind) {
    case IR_C_TRUE: fputs("GK_T", f); return;
    case IR_C_ATOM: put_atom(e, f, &c->atom); return;
    case IR_C_NOT:
        fputs("gk_not(", f);
        put_cond(e, f, c->kids[0], -1);
        fputc(')', f);
        return;
    case IR_C_AND:
    case IR_C_OR: break;
    }
    const char *op = c->kind == IR_C_AND ? "gk_and" : "gk_or";
    if (c->nkids == 0) {
        fputs(c->kind == IR_C_AND ? "GK_T" : "GK_F", f);
        return;
    }
    for (int i = 0; i < c->nkids; i++) {
        if (i > 0 && indent >= 0)
            put_indent(f, indent);
        else if (i > 0)
            fputc(' ', f);
        if (i < c->nkids - 1)
            fprintf(f, "%s(", op);
        put_cond(e, f, c->kids[i], -1);
        if (i < c->nkids - 1)
            fputc(',', f);
    }
    for (int i = 0; i < c->nkids - 1; i++)
        fputc(')', f);
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
    if (eplan_answers_all(e->p, tp))
        tn->row = uniq(e, "direct_%s_row", tname);
    tn->class_map = arena_alloc(&e->a, sizeof(char *) * ((size_t)tp->nv + 1));
    for (int k = 0; k < tp->nv; k++)
        if (eplan_class_array(e->p, tp, k))
            tn->class_map[k] = uniq(e, "class_%s_%s", tname, e->p->vars[tp->vars[k]].name);
}

static void plan(ec *e)
{
    const ir_program *p = e->p;
    int nv = p->nvars;
    eplan_make(&e->plan, p, &e->a);
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

    names in_scope = {0}, out_scope = {0}, col_scope = {0};
    static const char *const col_fixed[] = {"known", "state", "asks", "possible", "rc", NULL};
    for (int i = 0; col_fixed[i]; i++)
        names_add(&e->a, &col_scope, col_fixed[i]);
    names_add(&e->a, &in_scope, "known");
    names_add(&e->a, &out_scope, "state");
    names_add(&e->a, &out_scope, "asks");
    names_add(&e->a, &out_scope, "possible");
    names_add(&e->a, &out_scope, "derived_known");
    int first_out = guide_first_output(&p->info);
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
            if (tn->row)
                uniq(e, "%s__%s", e->name, tn->row);
            for (int k = 0; k < e->plan.tp[t].nv; k++)
                if (tn->class_map[k])
                    uniq(e, "%s__%s", e->name, tn->class_map[k]);
        }
        for (int i = p->ninputs; i < first_out; i++)
            if (e->map_c[i])
                uniq(e, "%s__%s", e->name, e->map_c[i]);
    }

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

/* ---- The header ------------------------------------------------------------------------------- */

static void put_file_comment(ec *e, FILE *f, const char *what)
{
    const ir_program *p = e->p;
    fprintf(f, "/* %s.%s — generated by %s emit-c from ", e->name, what, EMITC_VERSION);
    const char *path = p->info.path ? p->info.path : "";
    put_comment(f, path, strlen(path));
    fputs("; do not edit.\n *\n * Guideline ", f);
    put_comment(f, p->name, strlen(p->name));
    fputs(" \"", f);
    put_comment(f, p->title ? p->title : "", strlen(p->title ? p->title : ""));
    fputs("\", version \"", f);
    put_comment(f, p->version ? p->version : "", strlen(p->version ? p->version : ""));
    fprintf(f, "\"\n * SHA-256 of the rule file: %s\n", p->sha256);
}

/* A field of NAME_output (an output or a derived value) with its type in a comment. */
static void put_out_field(ec *e, FILE *h, int i)
{
    const ir_var *v = &e->p->vars[i];
    fprintf(h, "    %-11s %s; /* %s", c_type(v->type), e->out_field[i], guide_type_phrase(v->type));
    if (v->unit)
        fprintf(h, ", %s", v->unit->name);
    if (v->nlabels)
        fprintf(h, ": %s_%s_*", e->name, v->name);
    fputs(" */\n", h);
}

static void emit_direct(ec *e, FILE *c, int with_fn);

/* With --inline: the direct path in the header, its arrays and function named NAME__x (the
 * names the source uses for its own, swapped for the time of the emission), and
 * NAME_eval_inline, for a caller whose compiler should inline it. */
static void emit_inline_header(ec *e)
{
    const ir_program *p = e->p;
    FILE *h = e->h;
    int first_out = guide_first_output(&p->info);
    fprintf(h,
            "/* ---- Inline (guidec emit-c --inline) ------------------------------------------------- */\n\n"
            "/* %s_eval_inline(in, out, trace) is %s_eval, for a caller whose compiler should inline\n"
            " * the lookups: with every column known and no trace, the direct path below, here; else\n"
            " * %s_eval, into a struct of its own that is then copied to out, so that out never\n"
            " * escapes and the compiler may keep in registers the fields the caller reads. %s.c\n"
            " * takes its direct path from here too. C11 (restrict, _Static_assert): not for C++. */\n"
            "#ifndef __cplusplus\n\n",
            e->name, e->name, e->name, e->name);
    /* the names of the arrays, as the header has them */
    const char **saved = arena_alloc(&e->a, sizeof(char *) * ((size_t)p->nvars + 3 * (size_t)p->ntables + 1));
    int n = 0;
    for (int t = 0; t < p->ntables; t++) {
        table_names *tn = &e->tn[t];
        if (!e->plan.tp[t].nfast)
            continue;
        saved[n++] = tn->direct;
        saved[n++] = tn->row;
        tn->direct = arena_printf(&e->a, "%s__%s", e->name, tn->direct);
        if (tn->row)
            tn->row = arena_printf(&e->a, "%s__%s", e->name, tn->row);
        const char **cm = arena_alloc(&e->a, sizeof(char *) * ((size_t)e->plan.tp[t].nv + 1));
        for (int k = 0; k < e->plan.tp[t].nv; k++)
            cm[k] = tn->class_map[k] ? arena_printf(&e->a, "%s__%s", e->name, tn->class_map[k]) : NULL;
        saved[n++] = (const char *)tn->class_map;
        tn->class_map = cm;
    }
    const char **maps = e->map_c;
    e->map_c = arena_alloc(&e->a, sizeof(char *) * ((size_t)p->nvars + 1));
    for (int i = p->ninputs; i < first_out; i++) {
        const ir_var *v = &p->vars[i];
        if (!maps[i])
            continue;
        e->map_c[i] = arena_printf(&e->a, "%s__%s", e->name, maps[i]);
        const ir_var *src = &p->vars[v->src];
        fprintf(h, "/* derived %s: its label for each label of %s. */\nstatic const int32_t %s[%d] = {\n",
                v->name, src->name, e->map_c[i], imax(src->nlabels, 1));
        for (int l = 0; l < src->nlabels; l++)
            fprintf(h, "    %s, /* %s */\n", e->lab[i][v->map[l]], src->labels[l]);
        fputs(src->nlabels ? "};\n\n" : "    0\n};\n\n", h);
    }
    e->in_header = 1;
    emit_direct(e, h, 1);
    e->in_header = 0;
    e->map_c = maps;
    n = 0;
    for (int t = 0; t < p->ntables; t++) {
        table_names *tn = &e->tn[t];
        if (!e->plan.tp[t].nfast)
            continue;
        tn->direct = saved[n++];
        tn->row = saved[n++];
        tn->class_map = (const char **)saved[n++];
    }
    fprintf(h, "static inline int %s_eval_inline(const %s_input *in, %s_output *out, guide_trace *trace)\n{\n"
               "    if (!trace && %s(in, out))\n        return 0;\n"
               "    %s_output all;\n    int rc = %s_eval(in, &all, trace);\n    *out = all;\n    return rc;\n}\n\n"
               "#endif\n\n",
            e->name, e->name, e->name, e->direct_fn, e->name, e->name);
}

/* NAME_columns and NAME_eval_columns, in the header. */
static void emit_columns_header(ec *e)
{
    const ir_program *p = e->p;
    FILE *h = e->h;
    int first_out = guide_first_output(&p->info);
    fprintf(h,
            "/* n cases in columns, for %s_eval_columns: one array of n values per input and per\n"
            " * output, row i at [i]. A row is evaluated as %s_eval evaluates a case: the same\n"
            " * values, states, asks and possible answers. */\n"
            "typedef struct %s_columns {\n"
            "    /* inputs, typed as in %s_input; NULL: that input is unknown in every row */\n",
            e->name, e->name, e->name, e->name);
    for (int i = 0; i < p->ninputs; i++)
        fprintf(h, "    const %-8s *%s;\n", c_type(p->vars[i].type), e->col_field[i]);
    fprintf(h,
            "    /* known[i * %s_WORDS + N / 64], bit N %% 64: input N is known in row i (as in\n"
            "     * %s_input); NULL: every input whose array is given is known in every row */\n"
            "    const uint64_t *known;\n"
            "    /* outputs, typed as in %s_output; NULL: not written */\n",
            e->upper, e->name, e->name);
    for (int i = first_out; i < p->nvars; i++)
        fprintf(h, "    %-14s *%s;\n", c_type(p->vars[i].type), e->col_field[i]);
    fprintf(h,
            "    /* by %s_OUT_x: n states of output x, a byte each (guide_state_byte: state, how,\n"
            "     * is_null); NULL: not written */\n"
            "    uint8_t        *state[%d];\n"
            "    /* row i's asks and possible answers as in %s_output, written for an output\n"
            "     * whose diagram was walked (how not GUIDE_HOW_DIRECT): output x's at\n"
            "     * asks + (i * %s_NOUTPUTS + x) * %s_WORDS and at\n"
            "     * possible + i * %s_POSSIBLE_WORDS + %s_POSSIBLE_AT_x; NULL: not written */\n"
            "    uint64_t       *asks;\n"
            "    uint64_t       *possible;\n"
            "    /* rc[i]: what %s_eval returns for row i; NULL: not written */\n"
            "    int32_t        *rc;\n"
            "} %s_columns;\n\n",
            e->upper, imax(p->noutputs, 1), e->name, e->upper, e->upper, e->upper, e->upper, e->name, e->name);
    fprintf(h,
            "/* Evaluates the n rows of c. Returns the number of rows for which %s_eval would return\n"
            " * nonzero (an input outside its range: every output undetermined). */\n"
            "size_t %s_eval_columns(size_t n, const %s_columns *c);\n\n",
            e->name, e->name, e->name);
}

static void emit_header(ec *e)
{
    const ir_program *p = e->p;
    FILE *h = e->h;
    int words = guide_input_words(&p->info), dwords = (p->nderived + 63) / 64;
    int first_out = guide_first_output(&p->info);
    put_file_comment(e, h, "h");
    fprintf(h,
            " *\n"
            " * The C ABI of this ruleset (DESIGN.md \"Generated C ABI\"):\n"
            " *   %s_input: a field per input and a mask of the known ones (%s_KNOW); an\n"
            " *     unknown input is never read, and never taken as 0, false or none.\n"
            " *   %s_output: per output a field, its state (concluded, not applicable,\n"
            " *     undetermined, conflict), how it was decided, is_null for ND; for an output\n"
            " *     its decision diagram decided or left open, the inputs to ask for and the\n"
            " *     answers it could still have; and the derived values, as the trace shows them.\n"
            " *   %s_eval: evaluates one case; the trace may be NULL, and then costs nothing.\n"
            " *   %s_eval_many, %s_eval_columns: the same for n cases, as structs or in columns.\n"
            " *   %s_info: the ruleset for libguide (case reader, result and trace printers),\n"
            " *     with each output's decision diagram.\n"
            " * An output that unknown inputs leave open is decided by walking its decision\n"
            " * diagram (DESIGN.md item 8) with libguide's guide_dd_walk. Evaluation allocates\n"
            " * nothing and is reentrant. Compile %s.c with guide.h and guide_gen.h (runtime/) on\n"
            " * the include path; link with libguide and -lm.\n"
            " */\n",
            e->name, e->upper, e->name, e->name, e->name, e->name, e->name, e->name);
    fprintf(h, "#ifndef GUIDE_GENERATED_%s_H\n#define GUIDE_GENERATED_%s_H\n\n", e->upper, e->upper);
    if (e->inl && e->plan.direct) /* the direct path, inline */
        fputs("#include <math.h>\n#include <stdint.h>\n#include <string.h>\n\n#include \"guide.h\"\n"
              "#include \"guide_gen.h\"\n\n#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n", h);
    else
        fputs("#include <stdint.h>\n\n#include \"guide.h\"\n\n#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n", h);
    fprintf(h, "#define %s_VERSION ", e->upper);
    put_str(h, p->version);
    fprintf(h, "\n#define %s_SHA256 \"%s\"\n\n", e->upper, p->sha256);

    fputs("/* Inputs, numbered as in the info (bit N of known[N / 64] in the input struct). */\nenum {\n", h);
    for (int i = 0; i < p->ninputs; i++)
        fprintf(h, "    %s = %d,\n", e->pub[i], i);
    fprintf(h, "    %s_NINPUTS = %d,\n    %s_WORDS = %d /* 64-bit words of a set of inputs */\n};\n\n",
            e->upper, p->ninputs, e->upper, imax(words, 1));
    if (p->nderived) {
        fputs("/* Derived values (bit N of derived_known[N / 64] in the output struct). */\nenum {\n", h);
        for (int i = p->ninputs; i < first_out; i++)
            fprintf(h, "    %s = %d,\n", e->pub[i], i - p->ninputs);
        fprintf(h, "    %s_NDERIVED = %d\n};\n\n", e->upper, p->nderived);
    }
    fputs("/* Outputs (index of state[] and asks[] in the output struct). */\nenum {\n", h);
    for (int i = first_out; i < p->nvars; i++)
        fprintf(h, "    %s = %d,\n", e->pub[i], i - first_out);
    fprintf(h, "    %s_NOUTPUTS = %d\n};\n\n", e->upper, p->noutputs);
    fprintf(h, "/* Where each output's possible answers start in possible[] of the output struct: a set of\n"
               " * the leaves of its decision diagram (%s_info.dds[%s_OUT_x].leaves), bit k of\n"
               " * possible[%s_POSSIBLE_AT_x + k / 64] for leaf k. */\nenum {\n",
            e->name, e->upper, e->upper);
    for (int i = first_out; i < p->nvars; i++)
        fprintf(h, "    %s = %d,\n", e->at[i], e->possible_at[i - first_out]);
    fprintf(h, "    %s_POSSIBLE_WORDS = %d\n};\n\n", e->upper, imax(e->possible_at[p->noutputs], 1));

    for (int i = 0; i < p->nvars; i++) {
        const ir_var *v = &p->vars[i];
        if (!v->nlabels)
            continue;
        fprintf(h, "/* %s %s: %s */\nenum {\n", kind_word[v->kind], v->name,
                v->type == GUIDE_SET ? "set labels (bit N of the set)" : "labels");
        for (int l = 0; l < v->nlabels; l++)
            fprintf(h, "    %s = %d%s\n", e->lab[i][l], l, l + 1 < v->nlabels ? "," : "");
        fputs("};\n", h);
    }
    if (p->nvars)
        fputc('\n', h);

    fprintf(h, "/* Marks input N (%s_IN_x) known; tests whether it is. */\n", e->upper);
    fprintf(h, "#define %s_KNOW(in, n) ((in)->known[(n) / 64] |= UINT64_C(1) << ((n) %% 64))\n", e->upper);
    fprintf(h, "#define %s_KNOWS(in, n) ((int)(((in)->known[(n) / 64] >> ((n) %% 64)) & 1u))\n\n", e->upper);

    fputs("/* One case. Set a field, then mark it known; fields of unknown inputs are ignored. */\n", h);
    fprintf(h, "typedef struct %s_input {\n    uint64_t known[%d];\n", e->name, imax(words, 1));
    for (int i = 0; i < p->ninputs; i++) {
        const ir_var *v = &p->vars[i];
        char lo[48], hi[48];
        fprintf(h, "    %-11s %s; /* %s", c_type(v->type), e->in_field[i], guide_type_phrase(v->type));
        if (v->unit)
            fprintf(h, ", %s", v->unit->name);
        if (isfinite(v->lo) || isfinite(v->hi))
            fprintf(h, ", in [%s, %s]", num(lo, sizeof lo, v->lo), num(hi, sizeof hi, v->hi));
        if (v->type == GUIDE_ENUM)
            fprintf(h, ": %s_%s_*", e->name, v->name);
        if (v->type == GUIDE_BOOL)
            fputs(": 0 or 1", h);
        fputs(" */\n", h);
    }
    fprintf(h, "} %s_input;\n\n", e->name);

    fputs("/* What a case came to. A value is meaningful when its state is GUIDE_CONCLUDED and\n"
          " * is_null (ND: the guideline gives no value) is 0. */\n", h);
    fprintf(h, "typedef struct %s_output {\n", e->name);
    for (int i = first_out; i < p->nvars; i++) {
        put_out_field(e, h, i);
    }
    fprintf(h,
            "    /* by %s_OUT_x: state, how it was decided (guide_how), is_null */\n"
            "    guide_output state[%d];\n"
            "    /* asks and possible are written only for an output whose decision diagram was\n"
            "     * walked, that is whose state[x].how is not GUIDE_HOW_DIRECT; for one decided\n"
            "     * directly there is nothing to ask, and they hold what they held before the call.\n"
            "     * by %s_OUT_x: for an undetermined output (how GUIDE_HOW_DEPENDS), the unknown\n"
            "     * inputs that would decide it; for one its diagram decided (how\n"
            "     * GUIDE_HOW_SEARCH), the unknown inputs it was decided without */\n"
            "    uint64_t    asks[%d][%d];\n"
            "    /* from %s_POSSIBLE_AT_x: for an undetermined output (how GUIDE_HOW_DEPENDS), the\n"
            "     * answers it could still have (leaves of its diagram); empty for one its diagram\n"
            "     * decided (how GUIDE_HOW_SEARCH) */\n"
            "    uint64_t    possible[%s_POSSIBLE_WORDS];\n",
            e->upper, imax(p->noutputs, 1), e->upper, imax(p->noutputs, 1), imax(words, 1),
            e->upper, e->upper);
    if (p->nderived) {
        fputs("    /* derived values, as the trace shows them; known when their bit is set */\n", h);
        for (int i = p->ninputs; i < first_out; i++) {
            put_out_field(e, h, i);
        }
        fprintf(h, "    uint64_t    derived_known[%d];\n", dwords);
    }
    fprintf(h, "} %s_output;\n\n", e->name);

    fprintf(h,
            "/* The ruleset: names, labels, units, ranges, rules and rows with citations and lines,\n"
            " * version, SHA-256 of the rule file. */\n"
            "extern const guide_ruleset_info %s_info;\n\n"
            "/* Evaluates one case. Returns 0; or N > 0 when known input N - 1 (%s_IN_x + 1) holds a\n"
            " * value outside its type or declared range (not finite, not a whole number, not a\n"
            " * label): then every output is undetermined and nothing is traced. Events are\n"
            " * appended to trace (NULL: none). */\n"
            "int %s_eval(const %s_input *in, %s_output *out, guide_trace *trace);\n\n"
            "/* Evaluates n cases: out[i] as %s_eval(&in[i], &out[i], NULL) leaves it. Returns the\n"
            " * number of cases for which %s_eval would return nonzero. */\n"
            "size_t %s_eval_many(size_t n, const %s_input *in, %s_output *out);\n\n"
            "/* Glue with libguide frames (guide_read_cases, guide_print_result): the known inputs\n"
            " * of f; the whole evaluated case into f (a frame of %s_info); and the two around an\n"
            " * evaluation. */\n"
            "void %s_from_frame(const guide_frame *f, %s_input *in);\n"
            "void %s_to_frame(const %s_input *in, const %s_output *out, guide_frame *f);\n"
            "int  %s_eval_frame(guide_frame *f, guide_trace *trace);\n\n",
            e->name, e->upper, e->name, e->name, e->name, e->name, e->name, e->name, e->name, e->name,
            e->name, e->name, e->name, e->name, e->name, e->name, e->name);
    emit_columns_header(e);
    fputs("#ifdef __cplusplus\n}\n#endif\n\n", h);
    if (e->inl && e->plan.direct)
        emit_inline_header(e);
    fputs("#endif\n", h);
}

/* ---- Decision diagrams ------------------------------------------------------------------------- */

/* An arithmetic level's derived values and their operands (guide_dd_level nderived): a walk
 * asks only for the unknown inputs read through unknown values. */
static void put_through(ec *e, FILE *c, int l)
{
    const guide_dd_level *lv = &e->p->levels[l];
    const char *t = e->dd_through[l];
    fprintf(c, "/* %s is computed through these derived values (itself first); operands: an input's\n"
               " * index, or -1 - k for the k-th of them. */\nstatic const int32_t %s[%d] = {",
            e->p->vars[lv->var].name, t, (int)lv->nderived);
    for (int k = 0; k < lv->nderived; k++)
        fprintf(c, "%s%s", k ? ", " : "", e->vc[lv->derived[k]]);
    fprintf(c, "};\nstatic const int32_t %s_at[%d] = {", t, (int)lv->nderived + 1);
    for (int k = 0; k <= lv->nderived; k++)
        fprintf(c, "%s%d", k ? ", " : "", (int)lv->from_at[k]);
    int n = lv->from_at[lv->nderived];
    fprintf(c, "};\nstatic const int32_t %s_from[%d] = {", t, n ? n : 1);
    for (int k = 0; k < n; k++) {
        int32_t x = lv->from[k];
        if (x >= 0)
            fprintf(c, "%s%s", k ? ", " : "", e->vc[x]);
        else
            fprintf(c, "%s%d", k ? ", " : "", (int)x);
    }
    fprintf(c, "%s};\n", n ? "" : "0");
}

/* A comment that ends the line: what (if not NULL), then the names of the inputs in set. */
static void put_inputs_comment(ec *e, FILE *c, const char *what, const uint64_t *set)
{
    const ir_program *p = e->p;
    fprintf(c, " /* %s%s", what ? what : "", what ? ": " : "");
    for (int i = 0, n = 0; i < p->ninputs; i++)
        if ((set[i / 64] >> (i % 64)) & 1)
            fprintf(c, "%s%s", n++ ? ", " : "", p->vars[i].name);
    fputs(" */\n", c);
}

/* A set of inputs ([input words]) as the initializer of a uint64_t[WORDS]. */
static void put_input_set(ec *e, FILE *c, const uint64_t *set)
{
    int words = guide_input_words(&e->p->info);
    fputc('{', c);
    for (int w = 0; w < imax(words, 1); w++)
        fprintf(c, "%sUINT64_C(0x%llx)", w ? ", " : "", (unsigned long long)(w < words ? set[w] : 0));
    fputc('}', c);
}

/* A reference in a diagram: a node's number, or LEAF(k). */
static void put_ref(FILE *c, int32_t r)
{
    if (r < 0)
        fprintf(c, "LEAF(%d)", (int)(-1 - r));
    else
        fprintf(c, "%d", (int)r);
}

/* Diagram dd's levels, leaves and nodes, under names e->dd_*[ni]: output vi's (what names
 * it), or a constraint's (vi -1: its leaves are truths). */
static void emit_dd(ec *e, int ni, int vi, const char *what, const guide_dd *dd)
{
    const ir_program *p = e->p;
    FILE *c = e->c;
    static const char *const state_c[] = {"GUIDE_NOT_APPLICABLE", "GUIDE_CONCLUDED",
                                          "GUIDE_UNDETERMINED", "GUIDE_CONFLICT"};
    fprintf(c, "/* %s: %d node%s, %d lea%s, root ", what, dd->nnodes, dd->nnodes == 1 ? "" : "s",
            dd->nleaves, dd->nleaves == 1 ? "f" : "ves");
    if (dd->root < 0)
        fprintf(c, "L%d", (int)(-1 - dd->root));
    else
        fprintf(c, "n%d", (int)dd->root);
    fputs(" */\n", c);
    if (dd->nlevels) {
        fprintf(c, "static const guide_dd_level %s[%d] = {\n", e->dd_levels[ni], dd->nlevels);
        for (int l = 0; l < dd->nlevels; l++) {
            const guide_dd_level *lv = &dd->levels[l];
            int pl = p->vars[lv->var].dd_level;
            fprintf(c, "    {%s, %d, %d, %s, %s, dd_inputs[%d]", e->vc[lv->var], (int)lv->ncells,
                    (int)lv->ncuts, e->dd_cuts[pl] ? e->dd_cuts[pl] : "NULL",
                    e->dd_cells[pl] ? e->dd_cells[pl] : "NULL", pl);
            if (lv->nderived)
                fprintf(c, ", %d, %s, %s_at, %s_from},\n", (int)lv->nderived, e->dd_through[pl],
                        e->dd_through[pl], e->dd_through[pl]);
            else
                fputs(", 0, NULL, NULL, NULL},\n", c);
        }
        fputs("};\n", c);
    }
    fprintf(c, "static const guide_dd_leaf %s[%d] = {\n", e->dd_leaves[ni], imax(dd->nleaves, 1));
    for (int k = 0; k < dd->nleaves; k++) {
        const guide_dd_leaf *lf = &dd->leaves[k];
        guide_value zero;
        memset(&zero, 0, sizeof zero);
        int st = lf->state <= GUIDE_CONFLICT ? lf->state : GUIDE_UNDETERMINED;
        fprintf(c, "    {%s, %d, ", state_c[st], (int)lf->is_null);
        if (vi < 0 && lf->v.b)
            fputs("{.b = 1}", c);
        else if (vi >= 0 && ((st == GUIDE_CONCLUDED && !lf->is_null) || memcmp(&lf->v, &zero, sizeof zero) != 0))
            put_value_init(e, c, vi, &lf->v);
        else
            fputs("{0}", c);
        fprintf(c, "}, /* L%d: ", k);
        if (dd->impossible == k + 1) {
            fputs("impossible: a constraint is broken", c);
        } else if (vi < 0 && st == GUIDE_CONCLUDED) {
            fputs(lf->v.b ? "holds" : "broken", c);
        } else if (st == GUIDE_CONCLUDED) {
            ir_value val = {lf->v, lf->is_null};
            put_value_comment(e, c, vi, &val);
        } else {
            fputs(guide_state_word(st), c);
        }
        fputs(" */\n", c);
    }
    if (!dd->nleaves)
        fputs("    {GUIDE_NOT_APPLICABLE, 0, {0}}\n", c);
    fputs("};\n", c);
    if (!dd->nnodes)
        return;
    fprintf(c, "static const int32_t %s[%d] = {", e->dd_nlevel[ni], dd->nnodes);
    for (int n = 0; n < dd->nnodes; n++)
        fprintf(c, "%s%d", n ? ", " : "", (int)dd->node_level[n]);
    fprintf(c, "};\nstatic const int32_t %s[%d] = {", e->dd_nkids[ni], dd->nnodes);
    for (int n = 0; n < dd->nnodes; n++)
        fprintf(c, "%s%d", n ? ", " : "", (int)dd->node_kids[n]);
    int nkids = 0;
    for (int n = 0; n < dd->nnodes; n++)
        nkids += dd->levels[dd->node_level[n]].ncells;
    fprintf(c, "};\nstatic const int32_t %s[%d] = {\n", e->dd_kids[ni], nkids);
    for (int n = 0; n < dd->nnodes; n++) {
        const guide_dd_level *lv = &dd->levels[dd->node_level[n]];
        fputs("   ", c);
        for (int k = 0; k < lv->ncells; k++) {
            fputc(' ', c);
            put_ref(c, dd->kids[dd->node_kids[n] + k]);
            fputc(',', c);
        }
        fprintf(c, " /* n%d: %s */\n", n, p->vars[lv->var].name);
    }
    fputs("};\n", c);
}

static void put_dd(ec *e, int ni, const char *output, const char *cone, const guide_dd *dd);

/* Every output's decision diagram (dd.h), as tables for guide_dd_walk, and dds[] naming them. */
static void emit_dds(ec *e)
{
    const ir_program *p = e->p;
    FILE *c = e->c;
    int first_out = guide_first_output(&p->info);
    char buf[48];
    fputs("\n/* ---- Decision diagrams (DESIGN.md item 8) ------------------------------------------ */\n\n"
          "/* Each output as a function of the inputs it depends on: a reduced ordered decision diagram\n"
          " * (guide.h guide_dd), which libguide's guide_dd_walk walks for a case with unknown inputs,\n"
          " * taking every branch of an unknown one. A level tests an input or an arithmetic value, cut\n"
          " * into the cells the rules tell apart; node n tests level node_level[n], and its child for\n"
          " * cell c is kids[node_kids[n] + c]: a node (numbered below its parent) or a leaf, an answer. */\n"
          "#define LEAF(k) (-1 - (k))\n\n", c);
    strbuf sb = STRBUF_INIT;
    fputs("/* The levels and their cells. A number's cells are positions around its cuts: below the\n"
          " * first, on it, between it and the next, ..., above the last; dd_cells_x gives the cell of\n"
          " * each position (-1 where no admissible value lies). */\n", c);
    for (int l = 0; l < p->nlevels; l++) {
        const guide_dd_level *lv = &p->levels[l];
        fprintf(c, "/* level %d, %s:", l, p->vars[lv->var].name);
        for (int k = 0; k < lv->ncells; k++) {
            sb_clear(&sb);
            dd_cell_text(&sb, p, lv, k);
            fputs(k ? " |" : "", c);
            fputc(' ', c);
            put_comment(c, sb_str(&sb), sb.len);
        }
        fputs(" */\n", c);
        if (!e->dd_cuts[l])
            continue;
        fprintf(c, "static const double %s[%d] = {", e->dd_cuts[l], imax(lv->ncuts, 1));
        for (int k = 0; k < lv->ncuts; k++)
            fprintf(c, "%s%s", k ? ", " : "", num(buf, sizeof buf, lv->cuts[k]));
        fprintf(c, "%s};\nstatic const int32_t %s[%d] = {", lv->ncuts ? "" : "0", e->dd_cells[l],
                2 * lv->ncuts + 1);
        for (int k = 0; k <= 2 * lv->ncuts; k++)
            fprintf(c, "%s%d", k ? ", " : "", (int)lv->pos_cell[k]);
        fputs("};\n", c);
    }
    sb_free(&sb);
    if (p->nlevels) {
        fputs("/* The inputs each level stands for, asked for when it matters: an input itself, or those\n"
              " * an arithmetic value is computed from. */\n"
              "static const uint64_t dd_inputs[NLEVELS][WORDS] = {\n", c);
        for (int l = 0; l < p->nlevels; l++) {
            fputs("    ", c);
            put_input_set(e, c, p->levels[l].inputs);
            fputc(',', c);
            const ir_var *v = &p->vars[p->levels[l].var];
            put_inputs_comment(e, c, v->kind == GUIDE_VAR_INPUT ? NULL : v->name, p->levels[l].inputs);
        }
        fputs("};\n", c);
    }
    for (int l = 0; l < p->nlevels; l++)
        if (e->dd_through[l])
            put_through(e, c, l);
    fputs("/* The inputs each output depends on (its cone), by output. */\n"
          "static const uint64_t dd_cones[NOUTPUTS][WORDS] = {\n", c);
    for (int i = first_out; i < p->nvars; i++) {
        fputs("    ", c);
        put_input_set(e, c, p->dds[i - first_out].cone);
        fputc(',', c);
        put_inputs_comment(e, c, p->vars[i].name, p->dds[i - first_out].cone);
    }
    fputs("};\n\n", c);
    for (int i = first_out; i < p->nvars; i++) {
        char what[300];
        snprintf(what, sizeof what, "output %s", p->vars[i].name);
        emit_dd(e, i, i, what, &p->dds[i - first_out]);
    }
    fputs("\n/* By output: the output, its levels, nodes (levels, kids), root, leaves, cone, and the\n"
          " * impossible leaf + 1 (0: none). */\n"
          "static const guide_dd dds[NOUTPUTS] = {\n", c);
    for (int i = first_out; i < p->nvars; i++) {
        char cone[48];
        snprintf(cone, sizeof cone, "dd_cones[%d]", i - first_out);
        fputs("    ", c);
        put_dd(e, i, e->vc[i], cone, &p->dds[i - first_out]);
        fputs(",\n", c);
    }
    fputs("};\n", c);
}

/* The guide_dd initializer of dd, its tables under names e->dd_*[ni]. */
static void put_dd(ec *e, int ni, const char *output, const char *cone, const guide_dd *dd)
{
    FILE *c = e->c;
    fprintf(c, "{%s, %d, %s, %d, ", output, dd->nlevels, dd->nlevels ? e->dd_levels[ni] : "NULL",
            dd->nnodes);
    if (dd->nnodes)
        fprintf(c, "%s, %s, %s, ", e->dd_nlevel[ni], e->dd_nkids[ni], e->dd_kids[ni]);
    else
        fputs("NULL, NULL, NULL, ", c);
    put_ref(c, dd->root);
    fprintf(c, ", %d, %s, %s, %d}", dd->nleaves, e->dd_leaves[ni], cone, (int)dd->impossible);
}

/* The constraints (guide.h guide_constraint_info): each one's diagram of its truth, and that
 * of all of them together, which libguide's case readers walk to refuse an impossible case. */
static void emit_constraints(ec *e)
{
    const ir_program *p = e->p;
    FILE *c = e->c;
    int nv = p->nvars, nk = p->nconstraints;
    fputs("\n/* ---- Constraints ------------------------------------------------------------------ */\n\n"
          "/* What every real case satisfies: a case whose known inputs break one is refused, and\n"
          " * the answers above never count a world that breaks one (their impossible leaf). */\n"
          "static const uint64_t dd_constraint_cones[", c);
    fprintf(c, "%d][WORDS] = {\n", nk + 1);
    for (int k = 0; k <= nk; k++) {
        const guide_dd *dd = k < nk ? &p->constraint_dds[k] : p->consistent;
        fputs("    ", c);
        put_input_set(e, c, dd->cone);
        fputc(',', c);
        put_inputs_comment(e, c, k < nk ? p->constraints[k].name : "all", dd->cone);
    }
    fputs("};\n", c);
    for (int k = 0; k <= nk; k++) {
        char what[300];
        snprintf(what, sizeof what, "constraint %s", k < nk ? p->constraints[k].name : "all of them");
        emit_dd(e, nv + k, -1, what, k < nk ? &p->constraint_dds[k] : p->consistent);
    }
    fputs("\n/* By constraint: its name, citation, line, and its diagram. */\n", c);
    fprintf(c, "static const guide_constraint_info constraints[%d] = {\n", nk);
    for (int k = 0; k < nk; k++) {
        const ir_constraint *ic = &p->constraints[k];
        char cone[48];
        snprintf(cone, sizeof cone, "dd_constraint_cones[%d]", k);
        fputs("    {", c);
        put_str(c, ic->name);
        fputs(", ", c);
        if (ic->cite)
            put_str(c, ic->cite);
        else
            fputs("NULL", c);
        fprintf(c, ", %d, ", ic->sp.first_line);
        put_dd(e, nv + k, "-1", cone, &p->constraint_dds[k]);
        fprintf(c, ", %d, ", ic->reading);
        if (ic->reading_text)
            put_str(c, ic->reading_text);
        else
            fputs("NULL", c);
        fputs("},\n", c);
    }
    char cone[48];
    snprintf(cone, sizeof cone, "dd_constraint_cones[%d]", nk);
    fputs("};\nstatic const guide_dd consistent = ", c);
    put_dd(e, nv + nk, "-1", cone, p->consistent);
    fputs(";\n", c);
}

/* ---- The ruleset description ------------------------------------------------------------------- */

/* `static const char *const KIND_I[N] = {...};`: a variable's labels, or their display texts. */
static void put_strings(FILE *c, const char *kind, int i, const char *const *s, int n)
{
    fprintf(c, "static const char *const %s_%d[%d] = {", kind, i, n);
    for (int l = 0; l < n; l++) {
        fputs(l ? ", " : "", c);
        put_str(c, s[l]);
    }
    fputs("};\n", c);
}

static void emit_info(ec *e)
{
    const ir_program *p = e->p;
    FILE *c = e->c;
    char lo[48], hi[48];
    fputs("/* ---- The ruleset, for libguide ------------------------------------------------------ */\n\n", c);
    for (int i = 0; i < p->nvars; i++) {
        const ir_var *v = &p->vars[i];
        if (v->nlabels)
            put_strings(c, "labels", i, v->labels, v->nlabels);
        if (v->nlabels && v->label_display)
            put_strings(c, "label_display", i, v->label_display, v->nlabels);
    }
    if (p->nvars) {
        fputs("\nstatic const guide_var_info vars[NVARS] = {\n", c);
        for (int i = 0; i < p->nvars; i++) {
            const ir_var *v = &p->vars[i];
            fprintf(c, "    {");
            put_str(c, v->name);
            static const char *const kinds[] = {"GUIDE_VAR_INPUT", "GUIDE_VAR_DERIVED", "GUIDE_VAR_OUTPUT"};
            static const char *const types[] = {"GUIDE_BOOL", "GUIDE_ENUM", "GUIDE_NUMBER",
                                                "GUIDE_INTEGER", "GUIDE_RANGE", "GUIDE_SET",
                                                "GUIDE_LIST"};
            fprintf(c, ", %s, %s, ", kinds[v->kind], types[v->type]);
            put_str(c, v->unit ? v->unit->name : NULL);
            fprintf(c, ", %s, %s, %d, ", num(lo, sizeof lo, v->lo), num(hi, sizeof hi, v->hi), v->nlabels);
            if (v->nlabels)
                fprintf(c, "labels_%d", i);
            else
                fputs("NULL", c);
            fprintf(c, ", %d, ", v->sp.first_line);
            put_str(c, v->display);
            if (v->label_display)
                fprintf(c, ", label_display_%d, %s},\n", i, num(lo, sizeof lo, v->step));
            else
                fprintf(c, ", NULL, %s},\n", num(lo, sizeof lo, v->step));
        }
        fputs("};\n", c);
    }
    int nreads = 0;
    for (int i = 0; i < p->nclauses; i++)
        nreads += p->clauses[i].nreads;
    if (nreads) {
        fputs("\n/* The variables each rule and row reads, clause after clause. */\n"
              "static const int clause_reads[] = {\n", c);
        for (int i = 0; i < p->nclauses; i++) {
            const ir_clause *cl = &p->clauses[i];
            if (!cl->nreads)
                continue;
            fputs("   ", c);
            for (int k = 0; k < cl->nreads; k++)
                fprintf(c, " %s,", e->vc[cl->reads[k]]);
            fprintf(c, " /* %d */\n", i);
        }
        fputs("};\n", c);
    }
    if (p->nclauses) {
        fputs("\nstatic const guide_clause_info clauses[NCLAUSES] = {\n", c);
        int off = 0;
        for (int i = 0; i < p->nclauses; i++) {
            const ir_clause *cl = &p->clauses[i];
            fprintf(c, "    {%s, ", cl->kind == GUIDE_CLAUSE_ROW ? "GUIDE_CLAUSE_ROW" : "GUIDE_CLAUSE_RULE");
            put_str(c, cl->name);
            fprintf(c, ", %d, %d, ", cl->table, cl->row);
            put_str(c, cl->column);
            fputs(", ", c);
            put_str(c, cl->cite);
            fprintf(c, ", %d, %d, ", cl->sp.first_line, cl->nreads);
            if (cl->nreads)
                fprintf(c, "clause_reads + %d", off);
            else
                fputs("NULL", c);
            fprintf(c, ", %d, ", cl->reading);
            put_str(c, cl->reading_text);
            fputs(", ", c);
            put_str(c, cl->cells);
            fputs("},\n", c);
            off += cl->nreads;
        }
        fputs("};\n", c);
    }
    if (p->ntables) {
        fputs("\nstatic const guide_table_info tables[NTABLES] = {\n", c);
        for (int t = 0; t < p->ntables; t++) {
            const ir_table *tb = &p->tables[t];
            static const char *const hits[] = {"GUIDE_HIT_UNIQUE", "GUIDE_HIT_FIRST", "GUIDE_HIT_COLLECT"};
            fputs("    {", c);
            put_str(c, tb->name);
            fputs(", ", c);
            put_str(c, tb->cite);
            fprintf(c, ", %d, %s, %d, %d},\n", tb->sp.first_line, hits[tb->hit], tb->first_clause, tb->nrows);
        }
        fputs("};\n", c);
    }
    if (p->nunits) {
        fprintf(c, "\nstatic const guide_unit units[%d] = {\n", p->nunits);
        for (int i = 0; i < p->nunits; i++) {
            const guide_unit *u = &p->units[i];
            fputs("    {", c);
            put_str(c, u->name);
            fputs(", ", c);
            put_str(c, u->dimension);
            fprintf(c, ", %s, %s, ", num(lo, sizeof lo, u->mul), num(hi, sizeof hi, u->div));
            put_str(c, u->desc);
            fputs("},\n", c);
        }
        fputs("};\n", c);
    }
    if (p->noutputs)
        emit_dds(e);
    if (p->nconstraints)
        emit_constraints(e);
    fprintf(c, "\nconst guide_ruleset_info %s_info = {\n    ", e->name);
    put_str(c, p->name);
    fputs(",\n    ", c);
    put_str(c, p->title);
    fputs(",\n    ", c);
    put_str(c, p->version);
    fputs(",\n    ", c);
    put_str(c, p->source);
    fprintf(c, ",\n    \"%s\",\n    ", p->sha256);
    put_str(c, p->info.path);
    fprintf(c, ",\n    NVARS, NINPUTS, NDERIVED, NOUTPUTS, %s,\n    NCLAUSES, %s,\n    NTABLES, %s,\n    %d, %s,\n    %s,\n",
            p->nvars ? "vars" : "NULL", p->nclauses ? "clauses" : "NULL",
            p->ntables ? "tables" : "NULL", p->nunits, p->nunits ? "units" : "NULL",
            p->noutputs ? "dds" : "NULL");
    if (p->nconstraints)
        fprintf(c, "    %d, constraints, &consistent,\n", p->nconstraints);
    else
        fputs("    0, NULL, NULL, /* no constraints */\n", c);
    fputs("};\n\n", c);
}

/* ---- Evaluation machinery (the same in every generated file) ---------------------------------- */

static const char *const machinery[] = {
    "/* ---- Evaluation state --------------------------------------------------------------- */\n",
    "\n",
    "/* One evaluation's working values, as the interpreter's frame: each variable's value and\n",
    " * known flag, each output's state, and what each rule and row came to; and the scratch of\n",
    " * the diagram walks. It lives on the stack of the evaluation. */\n",
    "typedef struct eval_state {\n",
    "    guide_value   v[DIM(NVARS)];\n",
    "    uint8_t       k[DIM(NVARS)];       /* known */\n",
    "    guide_output *out;                 /* [NOUTPUTS]: the caller's */\n",
    "    uint8_t       st[DIM(NCLAUSES)];   /* guide_clause_status */\n",
    "    uint8_t       eff[DIM(NCLAUSES)];  /* concludes: GK_T, GK_F or GK_U, after shadowing */\n",
    "    uint8_t       done[DIM(NUNITS)];   /* this table or rule is evaluated */\n",
    "    int32_t       combo[DIM(NTABLES)]; /* lookup: -1 not yet computed, -2 a column unknown */\n",
    "    guide_trace  *trace;               /* NULL: no trace */\n",
    "    int           work_zeroed;         /* work is zero: set by the first walk */\n",
    "    int32_t       work[DIM(WORK)];     /* guide_dd_walk's scratch, for the largest diagram */\n",
    "    guide_dd_memo *const *memo;        /* [NOUTPUTS]: the frame's memos of the walks, or NULL */\n",
    "} eval_state;\n",
    "\n",
    "/* Forgets which rules and tables were evaluated, and that the walks' scratch is zero: a new\n",
    " * evaluation. */\n",
    "static void reset(eval_state *s)\n",
    "{\n",
    "    memset(s->done, 0, sizeof s->done);\n",
    "    memset(s->combo, 0xff, sizeof s->combo);\n",
    "    s->work_zeroed = 0;\n",
    "}\n",
    "\n",
    "@set_clause",
    "/* A rule, or a row of a table without first hit: `when` w, `unless` u (interp.c eval_one). */\n",
    "static inline void set_clause(eval_state *s, int ci, int w, int u)\n",
    "{\n",
    "    int t = gk_and(w, gk_not(u));\n",
    "    s->eff[ci] = (uint8_t)t;\n",
    "    s->st[ci] = (uint8_t)(w == GK_F ? GUIDE_CL_NOT_FIRED : u == GK_T ? GUIDE_CL_EXCEPTED\n",
    "                          : t == GK_T ? GUIDE_CL_FIRED : GUIDE_CL_UNDETERMINED);\n",
    "}\n",
    "\n",
    "@first_row",
    "/* A row of a first-hit table (interp.c eval_first_table): it concludes only if no earlier\n",
    " * row matched, which *earlier tells. */\n",
    "static inline void first_row(eval_state *s, int ci, int w, int u, int *earlier)\n",
    "{\n",
    "    set_clause(s, ci, w, u);\n",
    "    int t = s->eff[ci];\n",
    "    s->eff[ci] = (uint8_t)gk_and(t, gk_not(*earlier));\n",
    "    if (t == GK_T && *earlier == GK_T)\n",
    "        s->st[ci] = GUIDE_CL_SHADOWED;\n",
    "    else if (s->eff[ci] == GK_U && s->st[ci] == GUIDE_CL_FIRED)\n",
    "        s->st[ci] = GUIDE_CL_UNDETERMINED;\n",
    "    *earlier = gk_or(*earlier, t);\n",
    "}\n",
    "\n",
    "@fill_rows",
    "/* A table whose columns are all known: the rows the lookup lists (row, status) matched,\n",
    " * were excepted or shadowed; the others did not match. */\n",
    "static inline void fill_rows(eval_state *s, int first, int n, const uint16_t *hits)\n",
    "{\n",
    "    memset(s->st + first, GUIDE_CL_NOT_FIRED, (size_t)n);\n",
    "    memset(s->eff + first, GK_F, (size_t)n);\n",
    "    for (; hits[0] != END_ROWS; hits += 2) {\n",
    "        s->st[first + hits[0]] = (uint8_t)hits[1];\n",
    "        s->eff[first + hits[0]] = hits[1] == GUIDE_CL_FIRED ? GK_T : GK_F;\n",
    "    }\n",
    "}\n",
    "\n",
    "@put",
    "/* An output's answer into the state (interp.c store_answer). Returns nonzero when it is\n",
    " * decided, that is not undetermined. */\n",
    "static inline int put(eval_state *s, int var, guide_state state, guide_how how, int is_null,\n",
    "                      guide_value v)\n",
    "{\n",
    "    s->out[var - FIRST_OUTPUT] = (guide_output){(uint8_t)state, (uint8_t)how, (uint8_t)is_null, 0};\n",
    "    s->v[var] = v;\n",
    "    s->k[var] = state == GUIDE_CONCLUDED && !is_null;\n",
    "    return state != GUIDE_UNDETERMINED;\n",
    "}\n",
    "\n",
    "/* An answer without a value: not applicable, undetermined or conflict. */\n",
    "static inline int put_state(eval_state *s, int var, guide_state state, guide_how how)\n",
    "{\n",
    "    guide_value none;\n",
    "    memset(&none, 0, sizeof none);\n",
    "    return put(s, var, state, how, 0, none);\n",
    "}\n",
    "\n",
    "@fold",
    "/* Folds a concluder into an output's answer (interp.c kleene_answer): the first one that\n",
    " * holds gives the value; a later one of another value class is a conflict (*clash). */\n",
    "static inline void fold(int eff, int pos, int klass, int *first, int *cls, int *clash,\n",
    "                        int *unknown)\n",
    "{\n",
    "    if (eff == GK_T) {\n",
    "        if (*first < 0) {\n",
    "            *first = pos;\n",
    "            *cls = klass;\n",
    "        } else if (*cls != klass)\n",
    "            *clash = 1;\n",
    "    } else if (eff == GK_U)\n",
    "        *unknown = 1;\n",
    "}\n",
    "\n",
    "@fold_set",
    "/* The same for a set output: every concluder that holds adds its labels. */\n",
    "static inline void fold_set(int eff, uint64_t bits, int *any, uint64_t *set, int *unknown)\n",
    "{\n",
    "    if (eff == GK_T) {\n",
    "        *any = 1;\n",
    "        *set |= bits;\n",
    "    } else if (eff == GK_U)\n",
    "        *unknown = 1;\n",
    "}\n",
    "\n",
    "@decode",
    "/* A lookup's answer: 0 not applicable, 1 conflict, 2 + p the value of concluder p. */\n",
    "static inline int decode(eval_state *s, int var, int code, const guide_value *values,\n",
    "                         const uint8_t *nulls)\n",
    "{\n",
    "    if (code < 2)\n",
    "        return put_state(s, var, code ? GUIDE_CONFLICT : GUIDE_NOT_APPLICABLE, GUIDE_HOW_DIRECT);\n",
    "    return put(s, var, GUIDE_CONCLUDED, GUIDE_HOW_DIRECT, nulls[code - 2], values[code - 2]);\n",
    "}\n",
    "\n",
    "@walk",
    "/* Output o, left open by Kleene logic: its decision diagram walked for the case (interp.c\n",
    " * walk_output). One reachable answer is the answer, decided without the unknown inputs of its\n",
    " * cone (asks); with more, o is undetermined, possible holds its possible answers and asks the\n",
    " * inputs that matter. The scratch is zeroed by the first walk of an evaluation, so that a\n",
    " * case Kleene logic decides never touches it; every walk leaves it zero. */\n",
    "static void walk(eval_state *s, int o, uint64_t *possible, uint64_t *asks)\n",
    "{\n",
    "    const guide_dd *dd = &dds[o];\n",
    "    int leaf;\n",
    "    if (!s->work_zeroed) {\n",
    "        memset(s->work, 0, sizeof s->work);\n",
    "        s->work_zeroed = 1;\n",
    "    }\n",
    "    guide_dd_memo *memo = s->memo ? s->memo[o] : NULL;\n",
    "    if (guide_dd_walk(dd, NINPUTS, s->v, s->k, s->work, memo, possible, asks, &leaf) == 1) {\n",
    "        const guide_dd_leaf *l = &dd->leaves[leaf];\n",
    "        memset(possible, 0, sizeof *possible * (size_t)guide_dd_leaf_words(dd));\n",
    "        put(s, FIRST_OUTPUT + o, (guide_state)l->state, GUIDE_HOW_SEARCH, l->is_null, l->v);\n",
    "    } else {\n",
    "        put_state(s, FIRST_OUTPUT + o, GUIDE_UNDETERMINED, GUIDE_HOW_DEPENDS);\n",
    "    }\n",
    "}\n",
    "\n",
    NULL};

/* Whether the generated code calls a helper of the machinery. */
static int helper_wanted(const ec *e, const char *name)
{
    const ir_program *p = e->p;
    int any_unit = 0, first_used = 0, fill = 0, fast_out = 0, plain = 0, set = 0;
    for (int u = 0; u < e->plan.nunits; u++)
        any_unit |= e->plan.unit_used[u];
    for (int t = 0; t < p->ntables; t++) {
        first_used |= e->plan.tp[t].used && p->tables[t].shadows;
        fill |= e->plan.tp[t].used && e->plan.tp[t].fast;
        fast_out |= e->plan.tp[t].fast && e->plan.tp[t].nfast > 0;
    }
    for (int v = guide_first_output(&p->info); v < p->nvars; v++) {
        if (!p->vars[v].nconcluders)
            continue;
        if (p->vars[v].type == GUIDE_SET)
            set = 1;
        else
            plain = 1;
    }
    if (strcmp(name, "set_clause") == 0)
        return any_unit;
    if (strcmp(name, "first_row") == 0)
        return first_used;
    if (strcmp(name, "fill_rows") == 0)
        return fill;
    if (strcmp(name, "put") == 0)
        return p->noutputs > 0;
    if (strcmp(name, "fold") == 0)
        return plain;
    if (strcmp(name, "fold_set") == 0)
        return set;
    if (strcmp(name, "decode") == 0)
        return fast_out;
    if (strcmp(name, "walk") == 0)
        return p->noutputs > 0;
    return 1;
}

/* ---- Derived values --------------------------------------------------------------------------- */

/* The enumerator of op in guide.h (GUIDE_AGG_MEAN): its name there, upper-cased. */
static const char *agg_upper(ec *e, guide_agg op)
{
    char *w = arena_strdup(&e->a, guide_agg_name(op));
    for (char *p = w; *p; p++)
        *p = (char)toupper((unsigned char)*p);
    return w;
}

/* The element tests of the aggregates in x (`count (x in L: x > 2)`), as static tables inside
 * the derived value's function: the cuts, and whether an element at each position around them
 * is kept (guide_cut_position). */
static void put_agg_tests(ec *e, FILE *c, const ir_expr *x, int *seq)
{
    if (!x)
        return;
    put_agg_tests(e, c, x->l, seq);
    put_agg_tests(e, c, x->r, seq);
    if (x->kind != IR_E_AGG || !x->test.holds)
        return;
    char buf[48];
    int n = x->test.ncuts, k = (*seq)++;
    fprintf(c, "    static const double cuts%d[%d] = {", k, n ? n : 1);
    for (int i = 0; i < n; i++)
        fprintf(c, "%s%s", i ? ", " : "", num(buf, sizeof buf, x->test.cuts[i]));
    fprintf(c, "%s};\n    /* kept below the first cut, on it, between it and the next, ..., above the last */\n"
               "    static const uint8_t holds%d[%d] = {", n ? "" : "0", k, 2 * n + 1);
    for (int i = 0; i <= 2 * n; i++)
        fprintf(c, "%s%d", i ? ", " : "", x->test.holds[i]);
    fprintf(c, "};\n    static const guide_elem_test test%d = {%d, cuts%d, holds%d};\n", k, n, k, k);
}

/* Writes the expression as a sequence of temporaries; returns the number of the last one. */
static int put_expr(ec *e, FILE *c, const ir_expr *x, int *next)
{
    char buf[48];
    int l, r, me;
    switch (x->kind) {
    case IR_E_NUM:
        me = (*next)++;
        fprintf(c, "    int k%d = gx_num(%s, &x%d);\n", me, num(buf, sizeof buf, x->num), me);
        return me;
    case IR_E_VAR:
        me = (*next)++;
        if (x->var < 0)
            fprintf(c, "    int k%d = GX_UNKNOWN;\n", me);
        else if (x->step > 0)
            fprintf(c, "    int k%d = gx_var(KNOWN(%s), guide_step_round(NUM(%s), %s), &x%d);\n", me,
                    e->vc[x->var], e->vc[x->var], num(buf, sizeof buf, x->step), me);
        else
            fprintf(c, "    int k%d = gx_var(KNOWN(%s), NUM(%s), &x%d);\n", me, e->vc[x->var],
                    e->vc[x->var], me);
        return me;
    case IR_E_AGG:
        me = (*next)++;
        fprintf(c, "    int k%d = gx_agg(KNOWN(%s), GUIDE_AGG_%s, s->v[%s].list, %s, %s, &x%d);\n", me,
                e->vc[x->var], agg_upper(e, x->agg), e->vc[x->var], num(buf, sizeof buf, x->step),
                x->test.holds ? arena_printf(&e->a, "&test%d", e->agg_seq++) : "NULL", me);
        return me;
    case IR_E_NEG:
        l = put_expr(e, c, x->l, next);
        me = (*next)++;
        fprintf(c, "    int k%d = gx_neg(k%d, x%d, &x%d);\n", me, l, l, me);
        return me;
    default: break;
    }
    l = put_expr(e, c, x->l, next);
    r = put_expr(e, c, x->r, next);
    me = (*next)++;
    const char *op = x->kind == IR_E_ADD ? "add" : x->kind == IR_E_SUB ? "sub"
                   : x->kind == IR_E_MUL ? "mul" : x->kind == IR_E_ELSE ? "else" : "div";
    fprintf(c, "    int k%d = gx_%s(k%d, x%d, k%d, x%d, &x%d);\n", me, op, l, l, r, r, me);
    return me;
}

static int count_expr(const ir_expr *x)
{
    return x ? 1 + count_expr(x->l) + count_expr(x->r) : 0;
}

static void emit_derived(ec *e, int vi)
{
    const ir_program *p = e->p;
    const ir_var *v = &p->vars[vi];
    FILE *c = e->c;
    if (v->is_match && v->src >= 0) {
        const ir_var *src = &p->vars[v->src];
        fprintf(c, "/* derived %s: its label for each label of %s. */\nstatic const int32_t %s[%d] = {\n",
                v->name, src->name, e->map_c[vi], imax(src->nlabels, 1));
        for (int l = 0; l < src->nlabels; l++)
            fprintf(c, "    %s, /* %s */\n", e->lab[vi][v->map[l]], src->labels[l]);
        if (!src->nlabels)
            fputs("    0\n", c);
        fputs("};\n\n", c);
    }
    fprintf(c, "/* derived %s, line %d:", v->name, v->sp.first_line);
    put_source_lines(e, c, v->sp, 0);
    fprintf(c, " */\nstatic int %s(eval_state *s)\n{\n", e->fn[vi]);
    if (v->is_match) {
        if (v->src < 0) {
            fprintf(c, "    s->k[%s] = 0;\n    s->v[%s].label = 0;\n    return 0;\n}\n\n", e->vc[vi], e->vc[vi]);
            return;
        }
        fprintf(c, "    s->k[%s] = s->k[%s];\n"
                   "    s->v[%s].label = s->k[%s] ? %s[s->v[%s].label] : 0;\n    return 0;\n}\n\n",
                e->vc[vi], e->vc[v->src], e->vc[vi], e->vc[vi], e->map_c[vi], e->vc[v->src]);
        return;
    }
    if (!v->expr) {
        fprintf(c, "    s->k[%s] = 0;\n    s->v[%s].num = 0;\n    return 0;\n}\n\n", e->vc[vi], e->vc[vi]);
        return;
    }
    int n = count_expr(v->expr), seq = 0;
    put_agg_tests(e, c, v->expr, &seq);
    e->agg_seq = 0;
    fputs("    /* each operation as interp.c eval_expr: unknown, known, or not computable */\n", c);
    fputs("    double", c);
    for (int i = 0; i < n; i++)
        fprintf(c, "%s x%d = 0", i ? "," : "", i);
    fputs(";\n", c);
    int next = 0, last = put_expr(e, c, v->expr, &next);
    if (v->type == GUIDE_BOOL) /* any, all */
        fprintf(c, "    s->k[%s] = k%d == GX_KNOWN;\n    s->v[%s].b = k%d == GX_KNOWN && x%d != 0;\n"
                   "    return k%d == GX_NOT_COMPUTABLE;\n}\n\n",
                e->vc[vi], last, e->vc[vi], last, last, last);
    else
        fprintf(c, "    s->k[%s] = k%d == GX_KNOWN;\n    s->v[%s].num = k%d == GX_KNOWN ? x%d : 0;\n"
                   "    return k%d == GX_NOT_COMPUTABLE;\n}\n\n",
                e->vc[vi], last, e->vc[vi], last, last, last);
}

/* ---- Rules and tables ------------------------------------------------------------------------- */

static void put_clause_comment(ec *e, FILE *c, int ci, const char *indent)
{
    const ir_clause *cl = &e->p->clauses[ci];
    fprintf(c, "%s/* ", indent);
    put_clause_label(e, c, ci);
    fputs(" (", c);
    put_comment(c, cl->cite, strlen(cl->cite));
    fprintf(c, "), line %d", cl->sp.first_line);
}

static void put_clause_call(ec *e, FILE *c, int ci, int first_hit)
{
    const ir_clause *cl = &e->p->clauses[ci];
    const char *fn = first_hit ? "first_row" : "set_clause";
    int ind = 4 + (int)strlen(fn) + 1;
    fprintf(c, "    %s(s, %d,\n%*s", fn, ci, ind, "");
    put_cond(e, c, cl->when, ind);
    fprintf(c, ",\n%*s", ind, "");
    if (cl->unless)
        put_cond(e, c, cl->unless, ind);
    else
        fputs("GK_F", c);
    fputs(first_hit ? ", &earlier);\n" : ");\n", c);
}

static void emit_rule(ec *e, int u)
{
    int ci = e->plan.unit_clause[u];
    const ir_clause *cl = &e->p->clauses[ci];
    FILE *c = e->c;
    put_clause_comment(e, c, ci, "");
    fputc(':', c);
    put_source_lines(e, c, cl->sp, 0);
    fprintf(c, " */\nstatic void %s(eval_state *s)\n{\n    s->done[%s] = 1;\n", e->unit_fn[u], e->unit_c[u]);
    put_clause_call(e, c, ci, 0);
    fputs("}\n\n", c);
}

/* The cell a value falls in: 2i below cut i (and above cut i - 1), 2i + 1 on it. A sum of
 * comparisons against the sorted cuts, without branches, for a few cuts; a binary search
 * (gg_cell) for many. */
static void put_chain(FILE *c, const double *cuts, int n)
{
    char buf[48];
    if (n == 0) {
        fputs("0", c);
        return;
    }
    if (n > 8) {
        fputs("gk_cell(cuts, n, x)", c);
        return;
    }
    for (int i = 0; i < n; i++) {
        num(buf, sizeof buf, cuts[i]);
        fprintf(c, "%s(x > %s) + (x >= %s)", i ? " + " : "", buf, buf);
    }
}

/* "size_cm in (2, 5)" for cell `cell` of column k, for comments. */
static void put_cell_text(ec *e, FILE *c, const eplan_table *tp, int k, int cell)
{
    const ir_var *v = &e->p->vars[tp->vars[k]];
    char a[48], b[48];
    if (v->type == GUIDE_BOOL) {
        fprintf(c, "%s %s", v->name, cell ? "true" : "false");
        return;
    }
    if (v->type == GUIDE_ENUM) {
        fprintf(c, "%s %s", v->name, cell < v->nlabels ? v->labels[cell] : "?");
        return;
    }
    int n = tp->ncuts[k];
    const double *cuts = tp->cuts[k];
    if (n == 0)
        fprintf(c, "%s any", v->name);
    else if (cell % 2)
        fprintf(c, "%s = %s", v->name, num(a, sizeof a, cuts[cell / 2]));
    else if (cell == 0)
        fprintf(c, "%s < %s", v->name, num(a, sizeof a, cuts[0]));
    else if (cell == 2 * n)
        fprintf(c, "%s > %s", v->name, num(a, sizeof a, cuts[n - 1]));
    else
        fprintf(c, "%s in (%s, %s)", v->name, num(a, sizeof a, cuts[cell / 2 - 1]),
                num(b, sizeof b, cuts[cell / 2]));
}

/* " -> risk = high; pct = ND" for the answer codes of a table's fast outputs, for comments. */
static void put_answers_comment(ec *e, FILE *c, const eplan_table *tp, int *const *codes, long combo)
{
    for (int j = 0; j < tp->nfast; j++) {
        int vi = tp->fast_vars[j], code = codes[j][combo];
        fprintf(c, "%s%s ", j ? "; " : " -> ", e->p->vars[vi].name);
        if (code < 2)
            fputs(code ? "conflict" : "not applicable", c);
        else {
            fputs("= ", c);
            put_value_comment(e, c, vi, eplan_answer(e->p, vi, code));
        }
    }
}

static void emit_table(ec *e, int t)
{
    const ir_program *p = e->p;
    const ir_table *tb = &p->tables[t];
    eplan_table *tp = &e->plan.tp[t];
    const table_names *tn = &e->tn[t];
    FILE *c = e->c;
    if (!tp->used && !tp->fast)
        return;
    if (tp->fast) {
        /* the cell index */
        fprintf(c, "/* table %s: the combination of cells its columns fall in, or -2 when a column is\n"
                   " * unknown. Cells:", tb->name);
        for (int k = 0; k < tp->nv; k++)
            fprintf(c, "%s %s %d", k ? "," : "", p->vars[tp->vars[k]].name, tp->ncells[k]);
        fprintf(c, "%s (the last turns fastest). */\nstatic int %s(eval_state *s)\n{\n",
                tp->nv ? "" : " none", tn->cells_fn);
        fprintf(c, "    if (s->combo[%d] != -1)\n        return s->combo[%d];\n", t, t);
        if (tp->nv) {
            fputs("    if (", c);
            for (int k = 0; k < tp->nv; k++)
                fprintf(c, "%s!KNOWN(%s)", k ? " || " : "", e->vc[tp->vars[k]]);
            fprintf(c, ")\n        return s->combo[%d] = -2;\n", t);
        }
        int need_x = 0;
        for (int k = 0; k < tp->nv; k++)
            need_x |= p->vars[tp->vars[k]].type == GUIDE_NUMBER || p->vars[tp->vars[k]].type == GUIDE_INTEGER;
        if (need_x)
            fputs("    double x;\n", c);
        fputs("    int cell = 0;\n", c);
        for (int k = 0; k < tp->nv; k++) {
            const ir_var *v = &p->vars[tp->vars[k]];
            if (k > 0)
                fprintf(c, "    cell *= %d;\n", tp->ncells[k]);
            if (v->type == GUIDE_BOOL)
                fprintf(c, "    cell += BOOLV(%s);\n", e->vc[v->index]);
            else if (v->type == GUIDE_ENUM)
                fprintf(c, "    cell += LABEL(%s);\n", e->vc[v->index]);
            else if (tp->ncuts[k] > 8) {
                fprintf(c, "    {\n        static const double cuts[%d] = {", tp->ncuts[k]);
                for (int i = 0; i < tp->ncuts[k]; i++) {
                    char buf[48];
                    fprintf(c, "%s%s", i ? ", " : "", num(buf, sizeof buf, tp->cuts[k][i]));
                }
                fprintf(c, "};\n        x = NUM(%s);\n        cell += gk_cell(cuts, %d, x);\n    }\n",
                        e->vc[v->index], tp->ncuts[k]);
            } else {
                fprintf(c, "    x = NUM(%s);\n    cell += ", e->vc[v->index]);
                put_chain(c, tp->cuts[k], tp->ncuts[k]);
                fputs(";\n", c);
            }
        }
        fprintf(c, "    return s->combo[%d] = cell;\n}\n\n", t);

        /* the rows each combination matches */
        fprintf(c, "/* table %s: lists of (row, status) pairs, rows counted from its first clause; the\n"
                   " * rows not listed do not match. */\nstatic const uint16_t %s[] = {\n", tb->name, tn->rows);
        for (int li = 0; li < tp->nlists; li++) {
            const int *l = tp->lists[li];
            fprintf(c, "    /* %d */", tp->list_off[li]);
            for (int k = 0; l[k] >= 0; k += 2) {
                static const char *const stn[] = {"GUIDE_CL_NOT_FIRED", "GUIDE_CL_FIRED",
                                                  "GUIDE_CL_UNDETERMINED", "GUIDE_CL_EXCEPTED",
                                                  "GUIDE_CL_SHADOWED"};
                fprintf(c, " %d, %s,", l[k], stn[l[k + 1]]);
            }
            fputs(" END_ROWS,", c);
            for (int k = 0; l[k] >= 0; k += 2) {
                fputs(k ? "," : " /*", c);
                fputc(' ', c);
                put_clause_label(e, c, tb->first_clause + l[k]);
            }
            fputs(l[0] >= 0 ? " */\n" : " /* no row */\n", c);
        }
        fputs("};\n\n", c);
        fprintf(c, "/* table %s: per combination of cells, the offset of its rows", tb->name);
        if (tp->nfast) {
            fputs(" and the answer of\n * each output only this table concludes (", c);
            for (int j = 0; j < tp->nfast; j++)
                fprintf(c, "%s%s", j ? ", " : "", p->vars[tp->fast_vars[j]].name);
            fputs("): 0 not applicable, 1 conflict,\n * 2 + N the value of its concluder N", c);
        }
        fprintf(c, ". */\nstatic const struct {\n    %s rows;\n", tp->off_wide ? "uint32_t" : "uint16_t");
        if (tp->nfast)
            fprintf(c, "    %s ans[%d];\n", tp->ans_wide ? "uint16_t" : "uint8_t", tp->nfast);
        fprintf(c, "} %s[%ld] = {\n", tn->combos, tp->ncombos);
        int *cellv = arena_alloc(&e->a, sizeof(int) * ((size_t)tp->nv + 1));
        for (long cb = 0; cb < tp->ncombos; cb++) {
            eplan_digits(cb, tp->ncells, tp->nv, cellv);
            fprintf(c, "    {%d", tp->list_off[tp->combo_list[cb]]);
            if (tp->nfast) {
                fputs(", {", c);
                for (int j = 0; j < tp->nfast; j++)
                    fprintf(c, "%s%d", j ? ", " : "", tp->ans[j][cb]);
                fputc('}', c);
            }
            fprintf(c, "}, /* %ld: ", cb);
            for (int k = 0; k < tp->nv; k++) {
                fputs(k ? ", " : "", c);
                put_cell_text(e, c, tp, k, cellv[k]);
            }
            if (!tp->nv)
                fputs("any case", c);
            put_answers_comment(e, c, tp, tp->ans, cb);
            fputs(" */\n", c);
        }
        fputs("};\n\n", c);
    }
    if (!tp->used)
        return;
    int u = e->plan.unit_of[tb->first_clause];
    fprintf(c, "/* table %s (", tb->name);
    put_comment(c, tb->cite, strlen(tb->cite));
    fprintf(c, "), line %d, hit %s: rows 1 to %d are clauses %d to %d", tb->sp.first_line,
            guide_hit_word(tb->hit), tb->nrows ? p->clauses[tb->first_clause + tb->nrows - 1].row : 0,
            tb->first_clause, tb->first_clause + tb->nrows - 1);
    put_source_lines(e, c, (span){tb->sp.first_line, 0, tb->sp.first_line, 0}, 0);
    fprintf(c, " */\nstatic void %s(eval_state *s)\n{\n    s->done[%s] = 1;\n", tn->fn, e->unit_c[u]);
    if (tp->fast) {
        fprintf(c, "    int cell = %s(s);\n    if (cell >= 0) {\n"
                   "        fill_rows(s, %d, %d, %s + %s[cell].rows);\n        return;\n    }\n"
                   "    /* a column is unknown: each row in Kleene logic */\n",
                tn->cells_fn, tb->first_clause, tb->nrows, tn->rows, tn->combos);
    }
    if (tb->shadows)
        fputs("    int earlier = GK_F;\n", c);
    for (int r = 0; r < tb->nrows; r++) {
        int ci = tb->first_clause + r;
        put_clause_comment(e, c, ci, "    ");
        fputc(':', c);
        put_source_lines(e, c, (span){p->clauses[ci].sp.first_line, 0, p->clauses[ci].sp.first_line, 0}, 4);
        fputs(" */\n", c);
        put_clause_call(e, c, ci, tb->shadows);
    }
    fputs("}\n\n", c);
}

/* ---- Outputs ---------------------------------------------------------------------------------- */

static void emit_answer(ec *e, int vi)
{
    const ir_program *p = e->p;
    const ir_var *o = &p->vars[vi];
    FILE *c = e->c;
    const char *V = e->vc[vi];
    fprintf(c, "/* output %s (%s, line %d): ", o->name, guide_type_phrase(o->type), o->sp.first_line);
    if (!o->nconcluders)
        fputs("no rule or row concludes it", c);
    else
        fprintf(c, "the %d rules and rows that conclude it, folded in\n * source order (interp.c "
                   "kleene_answer)", o->nconcluders);
    fprintf(c, ". Returns nonzero when Kleene logic decides it. */\nstatic int %s(eval_state *s)\n{\n",
            e->fn[vi]);
    if (!o->nconcluders) {
        fprintf(c, "    return put_state(s, %s, GUIDE_NOT_APPLICABLE, GUIDE_HOW_DIRECT);\n}\n\n", V);
        return;
    }
    int set = o->type == GUIDE_SET;
    if (!set) {
        fprintf(c, "    static const guide_value values[%d] = {\n", o->nconcluders);
        for (int i = 0; i < o->nconcluders; i++) {
            const ir_value *val = eplan_concl_for(&p->clauses[o->concluders[i]], vi);
            fputs("        ", c);
            put_value_init(e, c, vi, &val->v);
            fprintf(c, "%s/* %d: ", i + 1 < o->nconcluders ? ", " : "  ", i);
            put_clause_label(e, c, o->concluders[i]);
            fputs(" */\n", c);
        }
        fprintf(c, "    };\n    static const uint8_t nulls[%d] = {", o->nconcluders);
        for (int i = 0; i < o->nconcluders; i++)
            fprintf(c, "%s%d", i ? ", " : "", eplan_concl_for(&p->clauses[o->concluders[i]], vi)->is_null);
        fputs("};\n", c);
    }
    int t = e->plan.fast_table[vi];
    if (t >= 0)
        fprintf(c, "    if (!s->trace) { /* every column known: the answer is in the lookup */\n"
                   "        int cell = %s(s);\n        if (cell >= 0)\n"
                   "            return decode(s, %s, %s[cell].ans[%d], values, nulls);\n    }\n",
                e->tn[t].cells_fn, V, e->tn[t].combos, e->plan.fast_slot[vi]);
    /* the rules and tables it needs, each evaluated once per evaluation */
    uint8_t *needed = arena_alloc(&e->a, (size_t)e->plan.nunits + 1);
    for (int i = 0; i < o->nconcluders; i++) {
        int u = e->plan.unit_of[o->concluders[i]];
        if (!needed[u]) {
            fprintf(c, "    if (!s->done[%s])\n        %s(s);\n", e->unit_c[u], e->unit_fn[u]);
            needed[u] = 1;
        }
    }
    /* the trace records each rule and row when an output first needs it (interp.c eval_clause) */
    const int *em = e->plan.emit[vi];
    if (em[0] >= 0) {
        fputs("    if (s->trace) {\n", c);
        for (int k = 0; em[k] >= 0; k += 2) {
            if (em[k] == em[k + 1])
                fprintf(c, "        guide_trace_add(s->trace, GUIDE_EV_CLAUSE, s->st[%d], %d);\n", em[k], em[k]);
            else
                fprintf(c, "        for (int ci = %d; ci <= %d; ci++)\n"
                           "            guide_trace_add(s->trace, GUIDE_EV_CLAUSE, s->st[ci], ci);\n",
                        em[k], em[k + 1]);
        }
        fputs("    }\n", c);
    }
    if (set)
        fputs("    int any = 0, unknown = 0;\n    uint64_t set = 0;\n", c);
    else
        fputs("    int first = -1, cls = -1, clash = 0, unknown = 0;\n", c);
    for (int i = 0; i < o->nconcluders; i++) {
        int ci = o->concluders[i];
        const ir_value *val = eplan_concl_for(&p->clauses[ci], vi);
        if (set)
            fprintf(c, "    fold_set(s->eff[%d], UINT64_C(0x%llx), &any, &set, &unknown); /* ", ci,
                    (unsigned long long)val->v.set);
        else
            fprintf(c, "    fold(s->eff[%d], %d, %d, &first, &cls, &clash, &unknown); /* ", ci, i,
                    e->plan.klass[vi][i]);
        put_clause_label(e, c, ci);
        fputs(": ", c);
        put_value_comment(e, c, vi, val);
        fputs(" */\n", c);
    }
    if (!set)
        fprintf(c, "    /* two rules or rows that hold disagree: more knowledge cannot undo that */\n"
                   "    if (clash)\n        return put_state(s, %s, GUIDE_CONFLICT, GUIDE_HOW_DIRECT);\n", V);
    fputs("    /* unknown rules and rows matter only if they could change the answer */\n    if (unknown) {\n", c);
    /* the line that ends each test below; V is a name of any length */
    char *undet = sb_format("            return put_state(s, %s, GUIDE_UNDETERMINED, GUIDE_HOW_DIRECT);\n", V);
    if (set) {
        fprintf(c, "        if (!any)\n%s", undet);
        for (int i = 0; i < o->nconcluders; i++) {
            int ci = o->concluders[i];
            fprintf(c, "        if (s->eff[%d] == GK_U && (UINT64_C(0x%llx) & ~set))\n%s", ci,
                    (unsigned long long)eplan_concl_for(&p->clauses[ci], vi)->v.set, undet);
        }
        fprintf(c, "    }\n    if (!any)\n        return put_state(s, %s, GUIDE_NOT_APPLICABLE, GUIDE_HOW_DIRECT);\n"
                   "    guide_value v;\n    memset(&v, 0, sizeof v);\n    v.set = set;\n"
                   "    return put(s, %s, GUIDE_CONCLUDED, GUIDE_HOW_DIRECT, 0, v);\n}\n\n", V, V);
        free(undet);
        return;
    }
    fprintf(c, "        if (first < 0)\n%s", undet);
    for (int i = 0; i < o->nconcluders; i++)
        fprintf(c, "        if (s->eff[%d] == GK_U && cls != %d)\n%s", o->concluders[i], e->plan.klass[vi][i], undet);
    fprintf(c, "    }\n    if (first < 0)\n        return put_state(s, %s, GUIDE_NOT_APPLICABLE, GUIDE_HOW_DIRECT);\n"
               "    return put(s, %s, GUIDE_CONCLUDED, GUIDE_HOW_DIRECT, nulls[first], values[first]);\n}\n\n", V, V);
    free(undet);
}

/* ---- Inputs ---------------------------------------------------------------------------------- */

/* The conditions a number x of input i must meet to hold a value of its type and declared range
 * (a NaN fails every comparison, so finite bounds need no isfinite), as texts into t[0..3].
 * Returns how many. */
static int number_terms(ec *e, int i, const char *x, const char *t[4])
{
    const ir_var *v = &e->p->vars[i];
    char lo[48], hi[48];
    double rlo = v->lo, rhi = v->hi; /* the range of the recorded value (ir_step_bounds) */
    int loc = 1, hic = 1, n = 0;
    if (v->step > 0)
        ir_step_bounds(v->step, &rlo, &loc, &rhi, &hic);
    if (!isfinite(v->lo) || !isfinite(v->hi))
        t[n++] = arena_printf(&e->a, "isfinite(%s)", x);
    if (isfinite(v->lo))
        t[n++] = arena_printf(&e->a, "%s %s %s", x, loc ? ">=" : ">", num(lo, sizeof lo, rlo));
    if (isfinite(v->hi))
        t[n++] = arena_printf(&e->a, "%s %s %s", x, hic ? "<=" : "<", num(hi, sizeof hi, rhi));
    if (v->type == GUIDE_INTEGER)
        t[n++] = arena_printf(&e->a, "%s == floor(%s)", x, x);
    return n;
}

/* The test that x, the text of a value of input i, holds a value of its type and declared
 * range. */
static void put_valid_of(ec *e, FILE *c, int i, const char *x)
{
    const ir_var *v = &e->p->vars[i];
    char lo[48], hi[48], st[48];
    switch (v->type) {
    case GUIDE_BOOL: fprintf(c, "(%s == 0 || %s == 1)", x, x); return;
    case GUIDE_ENUM: fprintf(c, "(%s >= 0 && %s < %d)", x, x, v->nlabels); return;
    case GUIDE_LIST:
        fprintf(c, "guide_list_valid(%s.items, %s.n, %s, %s, %s)", x, x, num(lo, sizeof lo, v->lo),
                num(hi, sizeof hi, v->hi), num(st, sizeof st, v->step));
        return;
    default: break;
    }
    const char *t[4];
    int n = number_terms(e, i, x, t);
    fputc('(', c);
    for (int k = 0; k < n; k++)
        fprintf(c, "%s%s", k ? " && " : "", t[k]);
    fputc(')', c);
}

/* The conditions number x of input i fails, counted in double: "GK_NOT(x >= 0) + GK_NOT(x <= 100)".
 * Returns how many terms. */
static int put_number_failures(ec *e, FILE *c, int i, const char *x)
{
    const char *t[4];
    int n = number_terms(e, i, x, t);
    for (int k = 0; k < n; k++)
        fprintf(c, "%sGK_NOT(%s)", k ? " + " : "", t[k]);
    return n;
}

/* The same test as a count for the loop of columns_block: a uint32_t, 0 when x is valid. A
 * number's conditions are counted in double (GK_NOT), as gcc vectorises them: it does not
 * vectorise a comparison of doubles turned into an integer. */
static void put_invalid_count(ec *e, FILE *c, int i, const char *x)
{
    const ir_var *v = &e->p->vars[i];
    switch (v->type) {
    case GUIDE_BOOL: fprintf(c, "((uint32_t)%s > 1)", x); return;
    case GUIDE_ENUM: fprintf(c, "((uint32_t)%s >= %d)", x, v->nlabels); return;
    case GUIDE_LIST:
        fputs("(uint32_t)!", c);
        put_valid_of(e, c, i, x);
        return;
    default: break;
    }
    fputs("(uint32_t)(", c);
    if (!put_number_failures(e, c, i, x))
        fputc('0', c);
    fputc(')', c);
}

/* The same for input i of the input struct `in`. */
static void put_valid(ec *e, FILE *c, int i)
{
    put_valid_of(e, c, i, arena_printf(&e->a, "in->%s", e->in_field[i]));
}

/* The test that input i of the input struct `in` is not valid, for eval_direct. A number in a
 * range from 0 to a finite bound is tested on its bits (gk_bits): a double from +0 to the bound
 * is exactly one whose bits, read as an unsigned integer, are at most the bound's (a negative
 * number and -0 have the sign bit, the top one; infinity and a NaN an exponent above any finite
 * number's); -0, which the range holds, then goes to the general path, which answers as this
 * path would. One comparison with a constant instead of two. */
static void put_direct_reject(ec *e, FILE *c, int i)
{
    const ir_var *v = &e->p->vars[i];
    double rlo = v->lo, rhi = v->hi;
    int loc = 1, hic = 1;
    if (v->type == GUIDE_NUMBER && v->step > 0)
        ir_step_bounds(v->step, &rlo, &loc, &rhi, &hic);
    if (v->type == GUIDE_NUMBER && rlo == 0 && !signbit(rlo) && loc && isfinite(rhi) && rhi > 0) {
        uint64_t bits;
        char hi[48];
        memcpy(&bits, &rhi, sizeof bits);
        fprintf(c, "gk_bits(in->%s) %s UINT64_C(0x%016llx) /* not in [0, %s%c */", e->in_field[i], hic ? ">" : ">=",
                (unsigned long long)bits, num(hi, sizeof hi, rhi), hic ? ']' : ')');
        return;
    }
    fputc('!', c);
    put_valid(e, c, i);
}

/* ---- The direct path --------------------------------------------------------------------------- */

/* "size_cm in (2, 5]" for class cls of column k of a table on the direct path, for comments. */
static void put_class_text(ec *e, FILE *c, const eplan_table *tp, int k, int cls)
{
    const ir_var *v = &e->p->vars[tp->vars[k]];
    char a[48], b[48];
    if (tp->nclass[k] == 1) {
        fprintf(c, "%s any", v->name);
        return;
    }
    if (v->type == GUIDE_BOOL || v->type == GUIDE_ENUM) {
        int n = 0;
        for (int j = 0; j < tp->ncells[k]; j++)
            n += tp->class_of[k][j] == cls;
        fprintf(c, "%s %s", v->name, n > 1 ? "in {" : "");
        for (int j = 0, m = 0; j < tp->ncells[k]; j++)
            if (tp->class_of[k][j] == cls)
                fprintf(c, "%s%s", m++ ? ", " : "",
                        v->type == GUIDE_BOOL ? (j ? "true" : "false") : v->labels[j]);
        fputs(n > 1 ? "}" : "", c);
        return;
    }
    int lo = 0, hi = tp->ncells[k] - 1; /* the cells of the class: lo to hi */
    while (tp->class_of[k][lo] != cls)
        lo++;
    while (tp->class_of[k][hi] != cls)
        hi--;
    const double *cuts = tp->cuts[k];
    if (lo == hi && lo % 2)
        fprintf(c, "%s = %s", v->name, num(a, sizeof a, cuts[lo / 2]));
    else if (lo == 0)
        fprintf(c, "%s %s %s", v->name, hi % 2 ? "<=" : "<", num(b, sizeof b, cuts[hi / 2]));
    else if (hi == tp->ncells[k] - 1)
        fprintf(c, "%s %s %s", v->name, lo % 2 ? ">=" : ">", num(a, sizeof a, cuts[(lo - 1) / 2]));
    else
        fprintf(c, "%s in %c%s, %s%c", v->name, lo % 2 ? '[' : '(', num(a, sizeof a, cuts[(lo - 1) / 2]),
                num(b, sizeof b, cuts[hi / 2]), hi % 2 ? ']' : ')');
}

/* Output var's value in a C initializer: that of concluder code - 2, or 0 (codes 0 and 1). */
static void put_answer_value(ec *e, FILE *c, int var, int code)
{
    const ir_var *v = &e->p->vars[var];
    if (code < 2) {
        fputs(v->type == GUIDE_RANGE ? "{0, 0}" : "0", c);
        return;
    }
    const guide_value *x = &eplan_answer(e->p, var, code)->v;
    char a[48], b[48];
    switch (v->type) {
    case GUIDE_BOOL: fprintf(c, "%d", (int)x->b); break;
    case GUIDE_ENUM:
        if (x->label >= 0 && x->label < v->nlabels)
            fputs(e->lab[var][x->label], c);
        else
            fprintf(c, "%d", (int)x->label);
        break;
    case GUIDE_RANGE: fprintf(c, "{%s, %s}", num(a, sizeof a, x->range.lo), num(b, sizeof b, x->range.hi)); break;
    default: fputs(num(a, sizeof a, x->num), c); break;
    }
}

/* Whether the loop of columns_block reads the class array of column k of table t: a label's
 * classes there are a sum of thresholds, unless they change at too many labels. */
static int column_reads_class_array(ec *e, int t, int k)
{
    const eplan_table *tp = &e->plan.tp[t];
    guide_type ty = e->p->vars[tp->vars[k]].type;
    if (!e->tn[t].class_map[k])
        return 0;
    if (ty != GUIDE_BOOL && ty != GUIDE_ENUM)
        return 1;
    int changes = 0;
    for (int j = 1; j < tp->ncells[k]; j++)
        changes += tp->class_of[k][j] != tp->class_of[k][j - 1];
    return changes > EPLAN_MAX_THRESHOLDS;
}

/* Table t's class arrays (only those the columns loop reads, unless for_direct: eval_direct
 * reads them all) and its answers by combination of classes. */
static void emit_direct_table(ec *e, int t, int for_direct)
{
    const ir_program *p = e->p;
    const eplan_table *tp = &e->plan.tp[t];
    const table_names *tn = &e->tn[t];
    FILE *c = e->c;
    for (int k = 0; k < tp->nv; k++) {
        if (!tn->class_map[k] || (!for_direct && !column_reads_class_array(e, t, k)))
            continue;
        const ir_var *v = &p->vars[tp->vars[k]];
        fprintf(c, "/* table %s: the class of each %s of %s. */\nstatic const %s %s[%d] = {\n",
                p->tables[t].name, v->type == GUIDE_ENUM ? "label" : v->type == GUIDE_BOOL ? "value" : "cell",
                v->name, tp->nclass[k] > 255 ? "uint16_t" : "uint8_t", tn->class_map[k], tp->ncells[k]);
        for (int j = 0; j < tp->ncells[k]; j++) {
            fprintf(c, "    %d, /* ", tp->class_of[k][j]);
            put_cell_text(e, c, tp, k, j);
            fputs(" */\n", c);
        }
        fputs("};\n\n", c);
    }
    fprintf(c, "/* table %s: per combination of classes (", p->tables[t].name);
    int any = 0;
    for (int k = 0; k < tp->nv; k++)
        if (tp->nclass[k] > 1)
            fprintf(c, "%s%s %d", any++ ? ", " : "", p->vars[tp->vars[k]].name, tp->nclass[k]);
    fprintf(c, "%s classes;\n * the last turns fastest), the state and value of each output it answers%s. */\n",
            any ? "" : "none", tn->row ? ":\n * every output, laid out as the first fields of the output struct" : "");
    if (tn->row) {
        fprintf(c, "struct %s {\n", tn->row);
        for (int j = 0; j < tp->nfast; j++) {
            int vi = tp->fast_vars[j];
            fprintf(c, "    %-11s %s;\n", c_type(p->vars[vi].type), e->out_field[vi]);
        }
        fprintf(c, "    guide_output state[%d];\n};\n", tp->nfast);
        fprintf(c, "_Static_assert(offsetof(struct %s, state) == offsetof(%s_output, state) &&\n"
                   "                   sizeof(struct %s) <= offsetof(%s_output, asks),\n"
                   "               \"struct %s is the start of %s_output\");\n",
                tn->row, e->name, tn->row, e->name, tn->row, e->name);
        fprintf(c, "static const struct %s %s[%ld] = {\n", tn->row, tn->direct, tp->nclass_combos);
    } else {
        fprintf(c, "static const struct {\n    guide_output state[%d]; /* ", tp->nfast);
        for (int j = 0; j < tp->nfast; j++)
            fprintf(c, "%s%s", j ? ", " : "", p->vars[tp->fast_vars[j]].name);
        fputs(" */\n", c);
        for (int j = 0; j < tp->nfast; j++) {
            int vi = tp->fast_vars[j];
            fprintf(c, "    %-11s %s;\n", c_type(p->vars[vi].type), e->out_field[vi]);
        }
        fprintf(c, "} %s[%ld] = {\n", tn->direct, tp->nclass_combos);
    }
    static const char *const state_c[] = {"GUIDE_NOT_APPLICABLE", "GUIDE_CONFLICT"};
    int *cls = arena_alloc(&e->a, sizeof(int) * ((size_t)tp->nv + 1));
    for (long cc = 0; cc < tp->nclass_combos; cc++) {
        eplan_digits(cc, tp->nclass, tp->nv, cls);
        fputs("    {", c);
        for (int j = 0; tn->row && j < tp->nfast; j++) {
            put_answer_value(e, c, tp->fast_vars[j], tp->class_ans[j][cc]);
            fputs(", ", c);
        }
        fputs("{", c);
        for (int j = 0; j < tp->nfast; j++) {
            int vi = tp->fast_vars[j], code = tp->class_ans[j][cc];
            int nd = code >= 2 && eplan_answer(p, vi, code)->is_null;
            fprintf(c, "%s{%s, GUIDE_HOW_DIRECT, %d, 0}", j ? ", " : "", code < 2 ? state_c[code] : "GUIDE_CONCLUDED", nd);
        }
        fputs("}", c);
        for (int j = 0; !tn->row && j < tp->nfast; j++) {
            fputs(", ", c);
            put_answer_value(e, c, tp->fast_vars[j], tp->class_ans[j][cc]);
        }
        fprintf(c, "}, /* %ld: ", cc);
        any = 0;
        for (int k = 0; k < tp->nv; k++)
            if (tp->nclass[k] > 1) {
                fputs(any++ ? ", " : "", c);
                put_class_text(e, c, tp, k, cls[k]);
            }
        fputs(any ? "" : "any case", c);
        put_answers_comment(e, c, tp, tp->class_ans, cc);
        fputs(" */\n", c);
    }
    fputs("};\n\n", c);
}

/* The class of label (or bool) f in column k of table t, for the loop of columns_block: as a sum
 * of thresholds passed when the classes change at few labels, so that it vectorises, else from
 * the class array; a value outside the type (a row the loop sends to the general path) gives a
 * class in range. */
static void put_label_class_sum(ec *e, FILE *c, int t, int k, const char *f)
{
    const eplan_table *tp = &e->plan.tp[t];
    const int *cl = tp->class_of[k];
    int n = tp->ncells[k], changes = 0;
    if (!e->tn[t].class_map[k]) { /* each label its own class */
        fprintf(c, "((uint32_t)%s < %d ? %s : 0)", f, n, f);
        return;
    }
    for (int j = 1; j < n; j++)
        changes += cl[j] != cl[j - 1];
    if (column_reads_class_array(e, t, k)) {
        fprintf(c, "%s[(uint32_t)%s < %d ? %s : 0]", e->tn[t].class_map[k], f, n, f);
        return;
    }
    int several = changes + (cl[0] != 0) > 1;
    fputs(several ? "(" : "", c);
    if (cl[0])
        fprintf(c, "%d", cl[0]);
    for (int j = 1, m = cl[0] != 0; j < n; j++) {
        int d = cl[j] - cl[j - 1];
        if (!d)
            continue;
        fprintf(c, "%s", m++ ? (d > 0 ? " + " : " - ") : (d > 0 ? "" : "-"));
        if (abs(d) != 1)
            fprintf(c, "%d * ", abs(d));
        fprintf(c, "(%s >= %d)", f, j);
    }
    fputs(several ? ")" : "", c);
}

/* The class of number f in column k of table t as the thresholds it passes: "(f >= 2) + (f > 5)",
 * each wrapped in wrap (GK_IS) when given. A threshold between cell j and j + 1: f >= cut when j
 * is below the cut, f > cut when j is at it. */
static void put_thresholds(ec *e, FILE *c, int t, int k, const char *f, const char *wrap)
{
    const eplan_table *tp = &e->plan.tp[t];
    char buf[48];
    for (int j = 0, m = 0; j + 1 < tp->ncells[k]; j++)
        if (tp->class_of[k][j] != tp->class_of[k][j + 1])
            fprintf(c, "%s%s(%s %s %s)", m++ ? " + " : "", wrap, f, j % 2 ? ">" : ">=",
                    num(buf, sizeof buf, tp->cuts[k][j / 2]));
}

/* Table t's numeric columns with many cuts: their cuts, for gk_cell. */
static void put_cut_arrays(ec *e, FILE *c, int t, int ind)
{
    const eplan_table *tp = &e->plan.tp[t];
    char buf[48];
    for (int k = 0; k < tp->nv; k++)
        if (e->tn[t].class_map[k] && e->p->vars[tp->vars[k]].type != GUIDE_BOOL &&
            e->p->vars[tp->vars[k]].type != GUIDE_ENUM) {
            fprintf(c, "%*sstatic const double cuts_%d_%d[%d] = {", ind, "", t, k, tp->ncuts[k]);
            for (int i = 0; i < tp->ncuts[k]; i++)
                fprintf(c, "%s%s", i ? ", " : "", num(buf, sizeof buf, tp->cuts[k][i]));
            fputs("};\n", c);
        }
}

/* Table t's combination of classes into c<t>, declared at indentation ind, from x[i], the text of
 * input i's value (in->x, or an element of its column). */
static void put_direct_index(ec *e, FILE *c, int t, const char *const *x, int ind)
{
    const ir_program *p = e->p;
    const eplan_table *tp = &e->plan.tp[t];
    const table_names *tn = &e->tn[t];
    fprintf(c, "%*s/* table %s */\n", ind, "", p->tables[t].name);
    put_cut_arrays(e, c, t, ind);
    int first = 1;
    for (int k = 0; k < tp->nv; k++) {
        const ir_var *v = &p->vars[tp->vars[k]];
        const char *f = x[v->index];
        if (tp->nclass[k] == 1)
            continue;
        if (first)
            fprintf(c, "%*sint c%d = ", ind, "", t);
        else
            fprintf(c, "%*sc%d = c%d * %d + ", ind, "", t, t, tp->nclass[k]);
        first = 0;
        if ((v->type == GUIDE_BOOL || v->type == GUIDE_ENUM) && tn->class_map[k])
            fprintf(c, "%s[%s]", tn->class_map[k], f);
        else if (v->type == GUIDE_BOOL || v->type == GUIDE_ENUM)
            fputs(f, c);
        else if (tn->class_map[k])
            fprintf(c, "%s[gk_cell(cuts_%d_%d, %d, %s)]", tn->class_map[k], t, k, tp->ncuts[k], f);
        else
            put_thresholds(e, c, t, k, f, "");
        fputs(";\n", c);
    }
    if (first)
        fprintf(c, "%*sint c%d = 0; /* no column tells its answers apart */\n", ind, "", t);
}

/* The same combination for the loop of columns_block, as a sum of each column's class times its
 * stride: the labels' and the class arrays' in int, the numbers' thresholds in one double
 * (GK_IS), which gcc vectorises; in range for every row, also those the loop sends to the
 * general path. */
static void put_column_index(ec *e, FILE *c, int t, const char *const *x, int ind)
{
    const ir_program *p = e->p;
    const eplan_table *tp = &e->plan.tp[t];
    const table_names *tn = &e->tn[t];
    long *stride = arena_alloc(&e->a, sizeof(long) * ((size_t)tp->nv + 1));
    for (int k = tp->nv - 1, s = 1; k >= 0; k--) {
        stride[k] = s;
        s *= tp->nclass[k];
    }
    fprintf(c, "%*s/* table %s */\n", ind, "", p->tables[t].name);
    put_cut_arrays(e, c, t, ind);
    fprintf(c, "%*sint32_t c%d =", ind, "", t);
    const char *sep = " ", *next = arena_printf(&e->a, "\n%*s+ ", ind + 11, "");
    for (int pass = 0; pass < 2; pass++) { /* the int terms, then the double ones in one cast */
        int any = 0;
        for (int k = 0; k < tp->nv; k++) {
            const ir_var *v = &p->vars[tp->vars[k]];
            const char *f = x[v->index];
            int label = v->type == GUIDE_BOOL || v->type == GUIDE_ENUM;
            if (tp->nclass[k] == 1 || pass != (!label && !tn->class_map[k]))
                continue;
            fprintf(c, "%s%s", pass && any ? " + " : sep, pass && !any ? "(int32_t)(" : "");
            sep = next;
            any = 1;
            if (stride[k] > 1)
                fprintf(c, "%ld * ", stride[k]);
            if (label)
                put_label_class_sum(e, c, t, k, f);
            else if (tn->class_map[k])
                fprintf(c, "%s[gk_cell(cuts_%d_%d, %d, %s)]", tn->class_map[k], t, k, tp->ncuts[k], f);
            else {
                fputc('(', c);
                put_thresholds(e, c, t, k, f, "GK_IS");
                fputc(')', c);
            }
        }
        if (pass && any)
            fputc(')', c);
    }
    if (strcmp(sep, " ") == 0)
        fputs(" 0", c);
    fputs(";\n", c);
}

/* The inputs the tables on the direct path read (their columns), a set of WORDS words. */
static uint64_t *direct_need(ec *e)
{
    int words = imax(guide_input_words(&e->p->info), 1);
    uint64_t *need = arena_alloc(&e->a, sizeof(uint64_t) * (size_t)words);
    for (int t = 0; t < e->p->ntables; t++)
        for (int k = 0; e->plan.tp[t].nfast && k < e->plan.tp[t].nv; k++)
            need[e->plan.tp[t].vars[k] / 64] |= UINT64_C(1) << (e->plan.tp[t].vars[k] % 64);
    return need;
}

/* The direct path: eval_direct (unless with_fn is 0), and the arrays it reads, into c. */
static void emit_direct(ec *e, FILE *c, int with_fn)
{
    const ir_program *p = e->p;
    int first_out = guide_first_output(&p->info), words = imax(guide_input_words(&p->info), 1);
    FILE *saved = e->c;
    e->c = c; /* emit_direct_table writes to e->c */
    fputs("/* ---- The direct path: every column known, no trace ------------------------------- */\n\n"
          "/* Every output of this ruleset is answered by a table's lookup, and every derived value is\n"
          " * a match on an input. So when every column of those tables is known and no trace is\n"
          " * asked for, a case needs nothing but the lookups: eval_direct writes their answers\n"
          " * straight into the output struct, the values and states the general path below\n"
          " * writes, and the derived values. It writes no asks and no possible answers: they are\n"
          " * for outputs a diagram decided or left open (how GUIDE_HOW_SEARCH or DEPENDS). Cells\n"
          " * that no answer tells apart are merged into classes. */\n\n", c);
    for (int t = 0; t < p->ntables; t++)
        if (e->plan.tp[t].nfast)
            emit_direct_table(e, t, with_fn);
    e->c = saved;
    if (!with_fn)
        return;
    uint64_t *need = direct_need(e);
    const char **in_text = arena_alloc(&e->a, sizeof(char *) * ((size_t)p->ninputs + 1));
    for (int i = 0; i < p->ninputs; i++)
        in_text[i] = arena_printf(&e->a, "in->%s", e->in_field[i]);
    fprintf(c, "/* Evaluates the case on the direct path and returns 1; or returns 0, having written nothing,\n"
               " * when the general path must: a column unknown, or a known input outside its type or\n"
               " * range (the general path says which). */\nstatic inline int %s(const %s_input *restrict in, %s_output *restrict out)\n{\n",
            e->direct_fn, e->name, e->name);
    for (int w = 0; w < words; w++)
        if (need[w])
            fprintf(c, "    if ((in->known[%d] & UINT64_C(0x%llx)) != UINT64_C(0x%llx))\n        return 0;\n", w,
                    (unsigned long long)need[w], (unsigned long long)need[w]);
    /* One test and branch per input: in the common case, every branch falls through. */
    for (int i = 0; i < p->ninputs; i++) {
        int column = (int)((need[i / 64] >> (i % 64)) & 1);
        fputs("    if (", c);
        if (!column)
            fprintf(c, "%s_KNOWS(in, %s) && ", e->upper, e->pub[i]);
        put_direct_reject(e, c, i);
        fputs(")\n        return 0;\n", c);
    }
    for (int t = 0; t < p->ntables; t++) {
        const eplan_table *tp = &e->plan.tp[t];
        if (!tp->nfast)
            continue;
        put_direct_index(e, c, t, in_text, 4);
        if (e->tn[t].row && !e->in_header) {
            fprintf(c, "    memcpy(out, &%s[c%d], sizeof %s[c%d]); /* values and states */\n",
                    e->tn[t].direct, t, e->tn[t].direct, t);
            continue;
        }
        /* field by field (inline in the caller: a field it never reads is not stored) */
        for (int j = 0; j < tp->nfast; j++) {
            int vi = tp->fast_vars[j];
            fprintf(c, "    out->state[%s] = %s[c%d].state[%d];\n    out->%s = %s[c%d].%s;\n", e->pub[vi],
                    e->tn[t].direct, t, j, e->out_field[vi], e->tn[t].direct, t, e->out_field[vi]);
        }
    }
    /* derived values: each word of derived_known in one store, its constant bits those of the
     * values whose input is a column (known: tested above) */
    int dwords = (p->nderived + 63) / 64;
    uint64_t *dconst = arena_alloc(&e->a, sizeof(uint64_t) * (size_t)(dwords + 1));
    for (int i = p->ninputs; i < first_out; i++) {
        const ir_var *v = &p->vars[i];
        int d = i - p->ninputs;
        if (v->src < 0) {
            fprintf(c, "    out->%s = 0;\n", e->out_field[i]);
        } else if ((need[v->src / 64] >> (v->src % 64)) & 1) {
            fprintf(c, "    out->%s = %s[in->%s];\n", e->out_field[i], e->map_c[i], e->in_field[v->src]);
            dconst[d / 64] |= UINT64_C(1) << (d % 64);
        } else {
            fprintf(c, "    out->%s = %s_KNOWS(in, %s) ? %s[in->%s] : 0;\n", e->out_field[i], e->upper,
                    e->pub[v->src], e->map_c[i], e->in_field[v->src]);
        }
    }
    for (int w = 0; w < dwords; w++) {
        fprintf(c, "    out->derived_known[%d] = UINT64_C(0x%llx)", w, (unsigned long long)dconst[w]);
        for (int i = p->ninputs + 64 * w; i < first_out && i < p->ninputs + 64 * (w + 1); i++) {
            const ir_var *v = &p->vars[i];
            if (v->src >= 0 && !((need[v->src / 64] >> (v->src % 64)) & 1))
                fprintf(c, "\n        | (uint64_t)%s_KNOWS(in, %s) << (%s %% 64)", e->upper, e->pub[v->src], e->pub[i]);
        }
        fputs(";\n", c);
    }
    fputs("    return 1;\n}\n\n", c);
}

/* ---- Entry points ----------------------------------------------------------------------------- */

static void emit_entry(ec *e)
{
    const ir_program *p = e->p;
    FILE *c = e->c;
    int first_out = guide_first_output(&p->info);
    fputs("/* ---- Entry points ------------------------------------------------------------------ */\n\n", c);
    fprintf(c, "/* Copies the known inputs into s. Returns 0, or 1 + the number of the first known input\n"
               " * whose value is outside its type or declared range. */\n"
               "static int load_inputs(eval_state *s, const %s_input *in)\n{\n"
               "    memset(s->k, 0, sizeof s->k);\n",
            e->name);
    if (!p->ninputs)
        fputs("    (void)in;\n", c);
    for (int i = 0; i < p->ninputs; i++) {
        const ir_var *v = &p->vars[i];
        const char *f = e->in_field[i];
        fprintf(c, "    if (%s_KNOWS(in, %s)) {\n        if (!", e->upper, e->pub[i]);
        put_valid(e, c, i);
        fprintf(c, ")\n            return 1 + %s;\n        s->v[%s].%s = in->%s;\n        s->k[%s] = 1;\n"
                   "    } else {\n        memset(&s->v[%s], 0, sizeof s->v[%s]);\n    }\n",
                e->pub[i], e->vc[i], member(v->type), f, e->vc[i], e->vc[i], e->vc[i]);
    }
    fputs("    return 0;\n}\n\n", c);

    fprintf(c, "static void save_outputs(const eval_state *s, %s_output *out)\n{\n", e->name);
    for (int i = first_out; i < p->nvars; i++)
        fprintf(c, "    out->%s = s->v[%s].%s;\n", e->out_field[i], e->vc[i], member(p->vars[i].type));
    if (!p->noutputs && !p->nderived)
        fputs("    (void)s;\n    (void)out;\n", c);
    if (p->nderived) {
        fputs("    memset(out->derived_known, 0, sizeof out->derived_known);\n", c);
        for (int i = p->ninputs; i < first_out; i++) {
            fprintf(c, "    out->%s = s->v[%s].%s;\n", e->out_field[i], e->vc[i], member(p->vars[i].type));
            fprintf(c, "    if (s->k[%s])\n        out->derived_known[%s / 64] |= UINT64_C(1) << (%s %% 64);\n",
                    e->vc[i], e->pub[i], e->pub[i]);
        }
    }
    fputs("}\n\n", c);

    if (e->plan.direct)
        fprintf(c, "/* The general path; memo: the frame's memos of the diagram walks, or NULL. */\n"
                   "static GUIDE_GEN_NOINLINE int evaluate(const %s_input *in, %s_output *out, "
                   "guide_trace *trace,\n                                      guide_dd_memo *const *memo)\n{\n",
                e->name, e->name);
    else
        fprintf(c, "/* memo: the frame's memos of the diagram walks, or NULL. */\n"
                   "static int eval_with(const %s_input *in, %s_output *out, guide_trace *trace,\n"
                   "                     guide_dd_memo *const *memo)\n{\n",
                e->name, e->name);
    fputs("    eval_state s;\n", c);
    fputs("    int bad = load_inputs(&s, in);\n    if (bad) {\n        memset(out, 0, sizeof *out);\n"
          "        for (int o = 0; o < NOUTPUTS; o++)\n            out->state[o].state = GUIDE_UNDETERMINED;\n"
          "        return bad;\n    }\n"
          "    reset(&s);\n    s.out = out->state; /* states are written in place */\n    s.trace = trace;\n"
          "    s.memo = memo; /* the walks write asks and possible of the outputs they decide */\n", c);
    fputs("    /* derived values and outputs, in evaluation order (interp.c run); an output Kleene logic\n"
          "     * leaves open walks its decision diagram */\n", c);
    for (int k = 0; k < p->norder; k++) {
        int vi = p->order[k];
        const ir_var *v = &p->vars[vi];
        if (v->kind == GUIDE_VAR_DERIVED)
            fprintf(c, "    if (%s(&s))\n        guide_trace_add(trace, GUIDE_EV_NOT_COMPUTABLE, 0, %s);\n",
                    e->fn[vi], e->vc[vi]);
        else
            fprintf(c, "    if (!%s(&s))\n        walk(&s, %s, out->possible + %s, out->asks[%s]);\n"
                       "    guide_trace_add(trace, GUIDE_EV_OUTPUT, out->state[%s].how, %s);\n",
                    e->fn[vi], e->pub[vi], e->at[vi], e->pub[vi], e->pub[vi], e->pub[vi]);
    }
    fputs("    save_outputs(&s, out);\n    return 0;\n}\n\n", c);
    if (e->plan.direct)
        fprintf(c, "/* Inline, so that NAME_eval and the batch entries try the lookups without a call. */\n"
                   "static inline int eval_with(const %s_input *in, %s_output *out, guide_trace *trace,\n"
                   "                            guide_dd_memo *const *memo)\n{\n"
                   "    if (!trace && %s(in, out)) /* the lookups alone */\n        return 0;\n"
                   "    return evaluate(in, out, trace, memo);\n}\n\n",
                e->name, e->name, e->direct_fn);
    fprintf(c, "int %s_eval(const %s_input *in, %s_output *out, guide_trace *trace)\n{\n"
               "    return eval_with(in, out, trace, NULL);\n}\n\n",
            e->name, e->name, e->name);

    fprintf(c, "void %s_from_frame(const guide_frame *f, %s_input *in)\n{\n    memset(in, 0, sizeof *in);\n",
            e->name, e->name);
    if (!p->ninputs)
        fputs("    (void)f;\n", c);
    for (int i = 0; i < p->ninputs; i++)
        fprintf(c, "    if (f->known[%s]) {\n        %s_KNOW(in, %s);\n        in->%s = f->val[%s].%s;\n    }\n",
                e->vc[i], e->upper, e->pub[i], e->in_field[i], e->vc[i], member(p->vars[i].type));
    fputs("}\n\n", c);

    fprintf(c, "void %s_to_frame(const %s_input *in, const %s_output *out, guide_frame *f)\n{\n",
            e->name, e->name, e->name);
    if (!p->ninputs)
        fputs("    (void)in;\n", c);
    if (!p->nderived && !p->noutputs)
        fputs("    (void)out;\n", c);
    if (!p->nvars)
        fputs("    (void)f;\n", c);
    for (int i = 0; i < p->ninputs; i++)
        fprintf(c, "    f->known[%s] = (uint8_t)%s_KNOWS(in, %s);\n    f->val[%s].%s = in->%s;\n", e->vc[i],
                e->upper, e->pub[i], e->vc[i], member(p->vars[i].type), e->in_field[i]);
    for (int i = p->ninputs; i < first_out; i++)
        fprintf(c, "    f->known[%s] = (uint8_t)((out->derived_known[%s / 64] >> (%s %% 64)) & 1);\n"
                   "    f->val[%s].%s = out->%s;\n",
                e->vc[i], e->pub[i], e->pub[i], e->vc[i], member(p->vars[i].type), e->out_field[i]);
    if (p->noutputs)
        fputs("    /* asks and possible answers only where a diagram was walked (how not DIRECT); the\n"
              "     * frame's possible[] is laid out as the struct's (guide_frame possible_at) */\n", c);
    for (int i = first_out; i < p->nvars; i++) {
        const char *o = e->pub[i];
        int words = e->possible_at[i - first_out + 1] - e->possible_at[i - first_out];
        fprintf(c, "    f->out[%s] = out->state[%s];\n    f->val[%s].%s = out->%s;\n"
                   "    f->known[%s] = out->state[%s].state == GUIDE_CONCLUDED && !out->state[%s].is_null;\n",
                o, o, e->vc[i], member(p->vars[i].type), e->out_field[i], e->vc[i], o, o);
        fprintf(c, "    if (out->state[%s].how != GUIDE_HOW_DIRECT) {\n"
                   "        memcpy(guide_asks(f, %s), out->asks[%s], sizeof out->asks[%s]);\n"
                   "        memcpy(guide_possible(f, %s), out->possible + %s, sizeof *out->possible * %d);\n"
                   "    } else {\n"
                   "        memset(guide_asks(f, %s), 0, sizeof out->asks[%s]);\n"
                   "        memset(guide_possible(f, %s), 0, sizeof *out->possible * %d);\n"
                   "    }\n",
                o, o, o, o, o, e->at[i], words, o, o, o, words);
    }
    fputs("}\n\n", c);

    fprintf(c, "int %s_eval_frame(guide_frame *f, guide_trace *trace)\n{\n"
               "    %s_input in;\n    %s_output out;\n    %s_from_frame(f, &in);\n"
               "    int rc = eval_with(&in, &out, trace, f->memo);\n    %s_to_frame(&in, &out, f);\n"
               "    return rc;\n}\n",
            e->name, e->name, e->name, e->name, e->name);
}

/* ---- Batches: NAME_eval_many, NAME_eval_columns ------------------------------------------------- */

/* column_row: row i of the columns through eval_with, its inputs gathered into an input struct
 * and its outputs scattered into the columns given. */
static void emit_column_row(ec *e)
{
    const ir_program *p = e->p;
    FILE *c = e->c;
    int first_out = guide_first_output(&p->info), words = imax(guide_input_words(&p->info), 1);
    fprintf(c, "/* Row i of the columns through the general entry: its inputs gathered into an input\n"
               " * struct, its outputs scattered into the columns given. Returns what %s_eval returns. */\n"
               "static int column_row(const %s_columns *c, size_t i)\n{\n"
               "    %s_input in;\n    %s_output out;\n    memset(&in, 0, sizeof in);\n",
            e->name, e->name, e->name, e->name);
    for (int w = 0; w < words; w++) {
        uint64_t all = 0;
        for (int i = 64 * w; i < p->ninputs && i < 64 * (w + 1); i++)
            all |= UINT64_C(1) << (i % 64);
        fprintf(c, "    in.known[%d] = (c->known ? c->known[i * %s_WORDS + %d] : ~UINT64_C(0)) & UINT64_C(0x%llx);\n",
                w, e->upper, w, (unsigned long long)all);
    }
    for (int i = 0; i < p->ninputs; i++)
        fprintf(c, "    if (c->%s && %s_KNOWS(&in, %s))\n        in.%s = c->%s[i];\n"
                   "    else\n        in.known[%s / 64] &= ~(UINT64_C(1) << (%s %% 64));\n",
                e->col_field[i], e->upper, e->pub[i], e->in_field[i], e->col_field[i], e->pub[i], e->pub[i]);
    fputs("    int rc = eval_with(&in, &out, NULL, NULL);\n", c);
    for (int i = first_out; i < p->nvars; i++) {
        const char *o = e->pub[i];
        int pw = e->possible_at[i - first_out + 1] - e->possible_at[i - first_out];
        fprintf(c, "    if (c->%s)\n        c->%s[i] = out.%s;\n"
                   "    if (c->state[%s])\n        c->state[%s][i] = guide_state_byte(out.state[%s]);\n"
                   "    if (out.state[%s].how != GUIDE_HOW_DIRECT) {\n"
                   "        if (c->asks)\n"
                   "            memcpy(c->asks + (i * %s_NOUTPUTS + %s) * %s_WORDS, out.asks[%s], sizeof out.asks[%s]);\n"
                   "        if (c->possible)\n"
                   "            memcpy(c->possible + i * %s_POSSIBLE_WORDS + %s, out.possible + %s, sizeof *out.possible * %d);\n"
                   "    }\n",
                e->col_field[i], e->col_field[i], e->out_field[i], o, o, o, o, e->upper, o, e->upper, o, o,
                e->upper, e->at[i], e->at[i], pw);
    }
    fputs("    if (c->rc)\n        c->rc[i] = rc;\n    return rc;\n}\n\n", c);
}

/* One loop of columns_block over the rows of a block: each row's inputs checked as eval_direct
 * checks them (with the known masks when with_known), into bad (0: the row is ok), and its
 * combination of classes in each table computed, without a branch and in a form gcc vectorises
 * when m is COLUMN_BLOCK; a row that is not ok is marked slow: its combination, in range
 * whatever its inputs, has its answers copied, which the general path then overwrites. */
static void put_column_loop(ec *e, const uint64_t *need, const char *const *x, int with_known)
{
    const ir_program *p = e->p;
    FILE *c = e->c;
    int words = imax(guide_input_words(&p->info), 1);
    fputs("        for (size_t i = 0; i < m; i++) {\n", c);
    for (int w = 0; w < words; w++) {
        int others = 0; /* inputs no table reads, checked when known */
        for (int i = 64 * w; i < p->ninputs && i < 64 * (w + 1); i++)
            others |= !((need[w] >> (i % 64)) & 1);
        if (with_known && others)
            fprintf(c, "            uint64_t k%d = kn[i * %s_WORDS + %d] & have[%d];\n", w, e->upper, w, w);
        else if (with_known && need[w])
            fprintf(c, "            uint64_t k%d = kn[i * %s_WORDS + %d];\n", w, e->upper, w);
        else if (others)
            fprintf(c, "            uint64_t k%d = have[%d];\n", w, w);
    }
    fputs("            uint32_t bad =", c);
    const char *sep = " ";
    /* a column unknown: the missing bits themselves when they fit in 31 bits of one word (a
     * form gcc vectorises, and no sum of them wraps to 0) */
    for (int w = 0; w < words && with_known; w++) {
        if (need[w] && words == 1 && need[w] < UINT64_C(1) << 31)
            fprintf(c, "%s(uint32_t)(~k%d & UINT64_C(0x%llx))", sep, w, (unsigned long long)need[w]);
        else if (need[w])
            fprintf(c, "%s((k%d & UINT64_C(0x%llx)) != UINT64_C(0x%llx))", sep, w, (unsigned long long)need[w],
                    (unsigned long long)need[w]);
        if (need[w])
            sep = "\n                         + ";
    }
    /* the inputs, the numbers the tables read last and in one cast */
    for (int i = 0; i < p->ninputs; i++) {
        int numeric = p->vars[i].type == GUIDE_NUMBER || p->vars[i].type == GUIDE_INTEGER;
        if (((need[i / 64] >> (i % 64)) & 1) && numeric)
            continue;
        fputs(sep, c);
        sep = "\n                         + ";
        if (!((need[i / 64] >> (i % 64)) & 1)) /* checked when known */
            fprintf(c, "(uint32_t)((k%d >> %d) & 1) * ", i / 64, i % 64);
        put_invalid_count(e, c, i, x[i]);
    }
    int numbers = 0;
    for (int i = 0; i < p->ninputs; i++)
        if (((need[i / 64] >> (i % 64)) & 1) && (p->vars[i].type == GUIDE_NUMBER || p->vars[i].type == GUIDE_INTEGER)) {
            fprintf(c, "%s", numbers++ ? "\n                                      + " : sep);
            if (numbers == 1)
                fputs("(uint32_t)(", c);
            if (!put_number_failures(e, c, i, x[i]))
                fputc('0', c);
            sep = "";
        }
    if (numbers)
        fputc(')', c);
    if (strcmp(sep, " ") == 0)
        fputs(" 0", c);
    fputs(";\n", c);
    for (int t = 0; t < p->ntables; t++) {
        if (!e->plan.tp[t].nfast)
            continue;
        put_column_index(e, c, t, x, 12);
        fprintf(c, "            cls%d[i] = c%d;\n", t, t);
    }
    fputs("            slow[i] = bad;\n            anyslow |= bad;\n        }\n", c);
}

/* columns_block: a block of rows on the direct path, column at a time: one loop without branches
 * computes each row's combination of classes, then one loop per output column asked for copies
 * the answers; the rows it cannot answer (a column unknown, an input out of range) then go
 * through column_row. */
static void emit_columns_block(ec *e)
{
    const ir_program *p = e->p;
    FILE *c = e->c;
    int words = imax(guide_input_words(&p->info), 1);
    uint64_t *need = direct_need(e);
    int zeros_i = 0, zeros_d = 0;
    const char **x = arena_alloc(&e->a, sizeof(char *) * ((size_t)p->ninputs + 1));
    for (int i = 0; i < p->ninputs; i++) {
        x[i] = arena_printf(&e->a, "%s[i]", e->col_c[i]);
        if (!((need[i / 64] >> (i % 64)) & 1))
            *(p->vars[i].type == GUIDE_BOOL || p->vars[i].type == GUIDE_ENUM ? &zeros_i : &zeros_d) = 1;
    }
    fprintf(c, "enum { COLUMN_BLOCK = %d }; /* rows of a block */\n\n", EPLAN_COLUMN_BLOCK);
    for (int t = 0; t < p->ntables; t++) {
        const eplan_table *tp = &e->plan.tp[t];
        if (!tp->nfast)
            continue;
        fprintf(c, "/* table %s: the states of its answers as the state columns hold them (guide_state_byte),\n"
                   " * by output and combination of classes. */\nstatic const uint8_t %s[%d][%ld] = {\n",
                p->tables[t].name, e->tn[t].state_bytes, tp->nfast, tp->nclass_combos);
        for (int j = 0; j < tp->nfast; j++) {
            fprintf(c, "    {");
            for (long cc = 0; cc < tp->nclass_combos; cc++) {
                int vi = tp->fast_vars[j], code = tp->class_ans[j][cc];
                guide_output o = {(uint8_t)(code == 0 ? GUIDE_NOT_APPLICABLE : code == 1 ? GUIDE_CONFLICT : GUIDE_CONCLUDED),
                                  GUIDE_HOW_DIRECT, (uint8_t)(code >= 2 && eplan_answer(p, vi, code)->is_null), 0};
                fprintf(c, "%s%s%d", cc ? "," : "", cc && cc % 20 == 0 ? "\n     " : "", guide_state_byte(o));
            }
            fprintf(c, "}, /* %s */\n", p->vars[tp->fast_vars[j]].name);
        }
        fputs("};\n\n", c);
    }
    fprintf(c, "/* Rows base to base + m - 1 (m <= COLUMN_BLOCK) on the direct path, every column of its\n"
               " * tables given, a column at a time: the combination of classes of each row in each table,\n"
               " * computed without a branch, then each output column asked for; the rows that are not ok\n"
               " * (a column unknown, an input outside its range) then go through column_row. Returns the\n"
               " * number of rows whose input is out of range. Inlined, so that a full block runs its loops\n"
               " * COLUMN_BLOCK times, a count gcc -O2 vectorises. */\n"
               "static GUIDE_GEN_INLINE size_t columns_block(const %s_columns *c, size_t base, size_t m)\n{\n", e->name);
    for (int t = 0; t < p->ntables; t++)
        if (e->plan.tp[t].nfast)
            fprintf(c, "    int32_t cls%d[COLUMN_BLOCK]; /* table %s */\n", t, p->tables[t].name);
    if (zeros_i)
        fputs("    static const int32_t zeros_i[COLUMN_BLOCK]; /* an input unknown in every row */\n", c);
    if (zeros_d)
        fputs("    static const double zeros_d[COLUMN_BLOCK];\n", c);
    fputs("    uint32_t slow[COLUMN_BLOCK], anyslow = 0;\n", c);
    for (int i = 0; i < p->ninputs; i++) {
        const ir_var *v = &p->vars[i];
        int z = v->type == GUIDE_BOOL || v->type == GUIDE_ENUM;
        if ((need[i / 64] >> (i % 64)) & 1)
            fprintf(c, "    const %s *restrict %s = c->%s + base;\n", c_type(v->type), e->col_c[i], e->col_field[i]);
        else
            fprintf(c, "    const %s *restrict %s = c->%s ? c->%s + base : %s;\n", c_type(v->type), e->col_c[i],
                    e->col_field[i], e->col_field[i], z ? "zeros_i" : "zeros_d");
    }
    /* the inputs no table reads whose column is given (the tables' are, by the caller) */
    int others = 0;
    for (int i = 0; i < p->ninputs; i++)
        others |= !((need[i / 64] >> (i % 64)) & 1);
    if (others)
        fprintf(c, "    uint64_t have[%d];\n", words);
    for (int w = 0; w < words && others; w++) {
        fprintf(c, "    have[%d] = 0", w);
        for (int i = 64 * w; i < p->ninputs && i < 64 * (w + 1); i++)
            if (!((need[i / 64] >> (i % 64)) & 1))
                fprintf(c, "\n        | (c->%s ? UINT64_C(1) << %d : 0)", e->col_field[i], i % 64);
        fputs(";\n", c);
    }
    fputs("    if (c->known) {\n        const uint64_t *restrict kn = c->known + base * ", c);
    fprintf(c, "%s_WORDS;\n", e->upper);
    put_column_loop(e, need, x, 1);
    fputs("    } else {\n", c);
    put_column_loop(e, need, x, 0);
    fputs("    }\n", c);
    for (int t = 0; t < p->ntables; t++) {
        const eplan_table *tp = &e->plan.tp[t];
        for (int j = 0; j < tp->nfast; j++) {
            int vi = tp->fast_vars[j];
            const char *o = e->pub[vi];
            /* value and state in one loop, or either alone */
            fprintf(c, "    if (c->%s && c->state[%s]) {\n"
                       "        %s *restrict %s = c->%s + base;\n"
                       "        uint8_t *restrict %s = c->state[%s] + base;\n"
                       "        for (size_t i = 0; i < m; i++) {\n"
                       "            %s[i] = %s[cls%d[i]].%s;\n"
                       "            %s[i] = %s[%d][cls%d[i]];\n"
                       "        }\n",
                    e->col_field[vi], o, c_type(p->vars[vi].type), e->col_c[vi], e->col_field[vi], e->st_c[vi], o,
                    e->col_c[vi], e->tn[t].direct, t, e->out_field[vi], e->st_c[vi], e->tn[t].state_bytes, j, t);
            fprintf(c, "    } else if (c->%s) {\n        %s *restrict %s = c->%s + base;\n"
                       "        for (size_t i = 0; i < m; i++)\n            %s[i] = %s[cls%d[i]].%s;\n",
                    e->col_field[vi], c_type(p->vars[vi].type), e->col_c[vi], e->col_field[vi], e->col_c[vi],
                    e->tn[t].direct, t, e->out_field[vi]);
            fprintf(c, "    } else if (c->state[%s]) {\n        uint8_t *restrict %s = c->state[%s] + base;\n"
                       "        for (size_t i = 0; i < m; i++)\n            %s[i] = %s[%d][cls%d[i]];\n    }\n",
                    o, e->st_c[vi], o, e->st_c[vi], e->tn[t].state_bytes, j, t);
        }
    }
    fputs("    if (c->rc)\n        memset(c->rc + base, 0, sizeof *c->rc * m);\n", c);
    fputs("    size_t bad = 0;\n    if (anyslow)\n        for (size_t i = 0; i < m; i++)\n"
          "            if (slow[i])\n                bad += column_row(c, base + i) != 0;\n    return bad;\n}\n\n", c);
}

static void emit_batches(ec *e)
{
    const ir_program *p = e->p;
    FILE *c = e->c;
    fputs("/* ---- Batches ----------------------------------------------------------------------- */\n\n", c);
    fprintf(c, "size_t %s_eval_many(size_t n, const %s_input *in, %s_output *out)\n{\n"
               "    size_t bad = 0;\n    for (size_t i = 0; i < n; i++)\n"
               "        bad += eval_with(&in[i], &out[i], NULL, NULL) != 0;\n    return bad;\n}\n\n",
            e->name, e->name, e->name);
    emit_column_row(e);
    if (e->plan.direct)
        emit_columns_block(e);
    fprintf(c, "size_t %s_eval_columns(size_t n, const %s_columns *c)\n{\n    size_t bad = 0;\n", e->name, e->name);
    if (e->plan.direct) {
        uint64_t *need = direct_need(e);
        fputs("    /* the direct path wants every column of its tables */\n    if (", c);
        int any = 0;
        for (int i = 0; i < p->ninputs; i++)
            if ((need[i / 64] >> (i % 64)) & 1)
                fprintf(c, "%sc->%s", any++ ? " && " : "", e->col_field[i]);
        fprintf(c, "%s) {\n        size_t base = 0;\n"
                   "        for (; n - base >= COLUMN_BLOCK; base += COLUMN_BLOCK) /* a constant count of rows */\n"
                   "            bad += columns_block(c, base, COLUMN_BLOCK);\n"
                   "        if (base < n)\n            bad += columns_block(c, base, n - base);\n"
                   "        return bad;\n    }\n", any ? "" : "1");
    }
    fputs("    for (size_t i = 0; i < n; i++)\n        bad += column_row(c, i) != 0;\n    return bad;\n}\n", c);
}

/* ---- The source file -------------------------------------------------------------------------- */

static void emit_source(ec *e)
{
    const ir_program *p = e->p;
    FILE *c = e->c;
    int first_out = guide_first_output(&p->info);
    put_file_comment(e, c, "c");
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
            e->plan.nunits, p->nlevels, imax(guide_input_words(&p->info), 1), e->work);
    fputs("/* Variables, numbered as in the info: inputs, derived values, outputs. */\nenum {\n", c);
    for (int i = 0; i < p->nvars; i++)
        fprintf(c, "    %s = %d,%s /* %s */\n", e->vc[i], i, i < 10 ? " " : "", kind_word[p->vars[i].kind]);
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
    emit_info(e);
    /* Each helper only where it is used: clang warns about unused static inline functions. */
    int on = 1;
    for (int i = 0; machinery[i]; i++) {
        if (machinery[i][0] == '@')
            on = helper_wanted(e, machinery[i] + 1);
        else if (on)
            fputs(machinery[i], c);
    }
    if (p->nderived) {
        fputs("/* ---- Derived values ----------------------------------------------------------------- */\n\n", c);
        for (int i = p->ninputs; i < first_out; i++)
            emit_derived(e, i);
    }
    if (e->plan.nunits) {
        fputs("/* ---- Tables and rules --------------------------------------------------------------- */\n\n", c);
        for (int t = 0; t < p->ntables; t++)
            emit_table(e, t);
        for (int u = p->ntables; u < e->plan.nunits; u++)
            if (e->plan.unit_used[u])
                emit_rule(e, u);
    }
    if (p->noutputs) {
        fputs("/* ---- Outputs ------------------------------------------------------------------------ */\n\n", c);
        for (int i = first_out; i < p->nvars; i++)
            emit_answer(e, i);
    }
    if (e->plan.direct) /* with --inline, its function is the header's; its arrays also serve the columns */
        emit_direct(e, c, !e->inl);
    emit_entry(e);
    fputc('\n', c);
    emit_batches(e);
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
    emit_header(&e);
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
