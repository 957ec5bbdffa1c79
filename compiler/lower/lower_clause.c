/* lower_clause.c — tables and rules become clauses; tests become IR tests; lower_program ties
 * the lowering together. */
#include <math.h>
#include <string.h>

#include "lower_internal.h"
#include "strbuf.h"

/* Clauses are collected here while lowering, then copied into the program. */
typedef struct clause_buf {
    vec clauses; /* ir_clause* */
    vec tables;  /* ir_table* */
} clause_buf;

/* Starts the clause's read list as a copy of `from` (the table guard's or the row's reads), with
 * room for `extra` more, so each row and cell records its own reads. */
static void reads_from(lower_ctx *c, const vec *from, int extra)
{
    vec r = {arena_alloc(c->a, sizeof(void *) * (size_t)(from->len + extra + 1)), from->len,
             from->len + extra + 1};
    if (from->len)
        memcpy(r.items, from->items, sizeof(void *) * (size_t)from->len);
    c->reads = r;
}

static int *reads_array(lower_ctx *c, int *n)
{
    *n = c->reads.len;
    int *r = arena_alloc(c->a, sizeof *r * (size_t)(c->reads.len + 1));
    for (int i = 0; i < c->reads.len; i++)
        r[i] = (int)(intptr_t)c->reads.items[i];
    return r;
}

/* Resolves an output name that a table or rule concludes. */
static int output_or_error(lower_ctx *c, const ast_ident *id)
{
    int v = low_var_or_error(c, id, "output");
    if (v < 0)
        return -1;
    if (c->p->vars[v].kind != GUIDE_VAR_OUTPUT) {
        diag_error(c->d, id->sp, "'%s' is %s, not an output; only outputs can be concluded", id->name,
                   c->p->vars[v].kind == GUIDE_VAR_INPUT ? "an input" : "a derived value");
        return -1;
    }
    return v;
}

static ir_clause *new_clause(lower_ctx *c, clause_buf *b, guide_clause_kind kind, const char *name,
                             const char *cite, span sp)
{
    ir_clause *cl = arena_alloc(c->a, sizeof *cl);
    cl->index = b->clauses.len;
    cl->kind = kind;
    cl->name = name;
    cl->table = -1;
    cl->cite = cite ? cite : "";
    cl->sp = sp;
    vec_push(c->a, &b->clauses, cl);
    if (kind == GUIDE_CLAUSE_RULE && name)
        nmap_put(c->a, &c->rules, name, cl->index);
    return cl;
}

/* ---- tables ---------------------------------------------------------------------------------- */

typedef struct table_shape {
    int        nin;
    int       *in_vars;   /* input columns */
    int        across;    /* 2-D: the variable across the top, else -1 */
    int        nacross;
    ir_cond  **across_conds;
    int        nout;
    int       *out_vars;  /* outputs each cell value goes to, in order */
    int        nmarks;
    const ast_mark **marks;
    int       *mark_vars;
} table_shape;

static void table_marks(lower_ctx *c, const ast_table *t, table_shape *s)
{
    s->nmarks = t->marks.len;
    s->marks = arena_alloc(c->a, sizeof *s->marks * (size_t)(s->nmarks + 1));
    s->mark_vars = arena_alloc(c->a, sizeof *s->mark_vars * (size_t)(s->nmarks + 1));
    for (int i = 0; i < s->nmarks; i++) {
        const ast_mark *m = t->marks.items[i];
        s->marks[i] = m;
        s->mark_vars[i] = output_or_error(c, &m->output);
        if (s->mark_vars[i] >= 0 && guide_type_repr(c->p->vars[s->mark_vars[i]].type) != GUIDE_REPR_TRUTH) {
            diag_error(c->d, m->output.sp, "a mark sets a bool output; %s is %s", m->output.name,
                       low_type_name(&c->p->vars[s->mark_vars[i]]));
            s->mark_vars[i] = -1;
        }
    }
}

static int mark_index(const table_shape *s, const char *mark)
{
    for (int i = 0; i < s->nmarks; i++)
        if (strcmp(s->marks[i]->mark, mark) == 0)
            return i;
    return -1;
}

/* Resolves the columns; returns nonzero if the table cannot be lowered further. */
static int table_columns(lower_ctx *c, const ast_table *t, table_shape *s)
{
    int bad = 0;
    s->nin = t->in_cols.len;
    s->in_vars = arena_alloc(c->a, sizeof *s->in_vars * (size_t)(s->nin + 1));
    for (int i = 0; i < s->nin; i++) {
        s->in_vars[i] = low_var_or_error(c, t->in_cols.items[i], "name");
        bad |= s->in_vars[i] < 0;
    }
    const vec *outs = t->across.name ? &t->outputs : &t->out_cols;
    if (t->across.name && outs->len == 0) {
        diag_error(c->d, t->across.sp, "a two-dimensional table needs an 'outputs' line naming "
                   "what each cell holds");
        bad = 1;
    }
    s->nout = outs->len;
    s->out_vars = arena_alloc(c->a, sizeof *s->out_vars * (size_t)(s->nout + 1));
    for (int i = 0; i < s->nout; i++) {
        s->out_vars[i] = output_or_error(c, outs->items[i]);
        bad |= s->out_vars[i] < 0;
    }
    s->across = -1;
    if (t->across.name) {
        s->across = low_var_or_error(c, &t->across, "name");
        bad |= s->across < 0;
        s->nacross = t->across_cells.len;
        s->across_conds = arena_alloc(c->a, sizeof *s->across_conds * (size_t)(s->nacross + 1));
        for (int i = 0; i < s->nacross && s->across >= 0; i++) {
            s->across_conds[i] = low_cond(c, t->across_cells.items[i], s->across);
            bad |= !s->across_conds[i];
        }
    }
    return bad;
}

/* One output cell: its values go to the outputs in order, its mark to the mark outputs. */
static void cell_conclusions(lower_ctx *c, const table_shape *s, const ast_out_cell *cell,
                             int first_out, int nvals, ir_clause *cl, vec *concl)
{
    if (cell->values.len != nvals) {
        diag_error(c->d, cell->sp, "this cell has %d value%s; expected %d", cell->values.len,
                   cell->values.len == 1 ? "" : "s", nvals);
        if (nvals > 1) {
            strbuf names = STRBUF_INIT;
            for (int i = 0; i < nvals; i++)
                sb_printf(&names, "%s%s", i ? ", " : "", c->p->vars[s->out_vars[first_out + i]].name);
            diag_hint(c->d, "each cell gives, in order: %s", sb_str(&names));
            sb_free(&names);
        }
        return;
    }
    for (int i = 0; i < nvals; i++) {
        const ast_value *val = cell->values.items[i];
        if (val->kind == AST_V_NONE)
            continue;
        int var = s->out_vars[first_out + i];
        ir_concl *k = arena_alloc(c->a, sizeof *k);
        k->var = var;
        k->sp = val->sp;
        if (low_value(c, &c->p->vars[var], val, &k->val, 1) == 0)
            vec_push(c->a, concl, k);
    }
    (void)cl;
}

static void mark_conclusions(lower_ctx *c, const table_shape *s, const char *mark, span mark_sp,
                             span row_sp, vec *concl)
{
    int m = mark ? mark_index(s, mark) : -1;
    if (mark && m < 0) {
        diag_error(c->d, mark_sp, "mark '%s' is not declared in this table", mark);
        diag_hint(c->d, "declare it: mark %s -> OUTPUT \"what it means\"", mark);
    }
    for (int i = 0; i < s->nmarks; i++) {
        if (s->mark_vars[i] < 0)
            continue;
        ir_concl *k = arena_alloc(c->a, sizeof *k);
        k->var = s->mark_vars[i];
        k->val.v.b = i == m;
        k->sp = i == m ? mark_sp : row_sp;
        vec_push(c->a, concl, k);
    }
}

static void finish_clause(lower_ctx *c, ir_clause *cl, vec *concl)
{
    cl->nconcl = concl->len;
    cl->concl = arena_alloc(c->a, sizeof *cl->concl * (size_t)(concl->len + 1));
    for (int i = 0; i < concl->len; i++)
        cl->concl[i] = *(ir_concl *)concl->items[i];
    cl->reads = reads_array(c, &cl->nreads);
}

/* A row's input cells as the author wrote them, each after its column's name ("size_cm: (2, 5]"),
 * then, in a two-dimensional table, the heading of the column across the top (heading, or NULL):
 * what a trace shows of the row that matched. */
static const char *row_cells(lower_ctx *c, const ast_table *t, const ast_row *row,
                             const char *heading)
{
    strbuf sb = STRBUF_INIT;
    for (int i = 0; i < row->in_cells.len; i++) {
        const ast_ident *col = t->in_cols.items[i];
        const ast_cond *cell = row->in_cells.items[i];
        sb_printf(&sb, "%s%s: %s", i ? ", " : "", col->name,
                  src_span_text(c->a, c->p->file, cell->sp));
    }
    if (heading)
        sb_printf(&sb, "%s%s: %s", row->in_cells.len ? ", " : "", t->across.name, heading);
    char *text = arena_strdup(c->a, sb_str(&sb));
    sb_free(&sb);
    return text;
}

/* A table being lowered: its shape, its IR table, what each of its rows shares. */
typedef struct table_low {
    const ast_table *t;
    table_shape      s;
    ir_table        *tb;
    int              table_index; /* in clause_buf.tables */
    ir_cond         *guard;
    vec              guard_reads; /* the variables the guard reads */
    int              ncells_out;  /* output cells a row has: across the top, or outputs */
    const char     **headings;    /* [nacross]: the columns across the top as written, or NULL */
    int              row_no;      /* rows lowered so far */
} table_low;

/* The IR table of tl->t (its clauses follow in b), added to b->tables. */
static void new_table(lower_ctx *c, clause_buf *b, table_low *tl)
{
    const ast_table *t = tl->t;
    const table_shape *s = &tl->s;
    ir_table *tb = arena_alloc(c->a, sizeof *tb);
    tb->name = t->name.name;
    tb->cite = t->cite ? t->cite : "";
    tb->sp = t->sp;
    tb->hit = t->hit;
    tb->shadows = tb->hit == GUIDE_HIT_FIRST; /* the one place the policy decides shadowing */
    tb->guard = tl->guard;
    tb->first_clause = b->clauses.len;
    tb->nin = s->nin + (s->across >= 0);
    tb->in_vars = arena_alloc(c->a, sizeof *tb->in_vars * (size_t)(tb->nin + 1));
    memcpy(tb->in_vars, s->in_vars, sizeof *s->in_vars * (size_t)s->nin);
    if (s->across >= 0)
        tb->in_vars[s->nin] = s->across;
    tb->nout = s->nout + s->nmarks;
    tb->out_vars = arena_alloc(c->a, sizeof *tb->out_vars * (size_t)(tb->nout + 1));
    memcpy(tb->out_vars, s->out_vars, sizeof *s->out_vars * (size_t)s->nout);
    for (int i = 0; i < s->nmarks; i++)
        tb->out_vars[s->nout + i] = s->mark_vars[i];
    tl->tb = tb;
    tl->table_index = b->tables.len;
    vec_push(c->a, &b->tables, tb);
}

/* The columns across the top of a two-dimensional table, as written. */
static const char **across_headings(lower_ctx *c, const ast_table *t, const table_shape *s)
{
    const char **headings = arena_alloc(c->a, sizeof *headings * (size_t)(s->nacross + 1));
    for (int k = 0; k < s->nacross; k++)
        headings[k] = src_span_text(c->a, c->p->file, ((ast_cond *)t->across_cells.items[k])->sp);
    return headings;
}

/* Whether row has as many input and output cells as the table has columns (else an error). */
static int row_fits(lower_ctx *c, const table_low *tl, const ast_row *row)
{
    const table_shape *s = &tl->s;
    if (row->in_cells.len != s->nin) {
        diag_error(c->d, row->sp, "this row has %d input cell%s; the table has %d input column%s",
                   row->in_cells.len, row->in_cells.len == 1 ? "" : "s", s->nin,
                   s->nin == 1 ? "" : "s");
        return 0;
    }
    if (row->out_cells.len != tl->ncells_out) {
        diag_error(c->d, row->sp, "this row has %d output cell%s; the table has %d %s",
                   row->out_cells.len, row->out_cells.len == 1 ? "" : "s", tl->ncells_out,
                   s->across >= 0 ? "columns across the top" : "output columns");
        return 0;
    }
    return 1;
}

/* The row's mark and where it is written: of the one cell `only`, or of the whole row (NULL). */
static const char *row_mark(const ast_row *row, const ast_out_cell *only, span *mark_sp)
{
    const char *mark = NULL;
    *mark_sp = row->sp;
    for (int i = 0; i < row->out_cells.len; i++) {
        const ast_out_cell *oc = row->out_cells.items[i];
        if (only && oc != only)
            continue;
        if (oc->mark) {
            mark = oc->mark;
            *mark_sp = oc->mark_sp;
        }
    }
    return mark;
}

/* Clause k of a row (the row itself in the 1-D form, its cell k across the top in the 2-D
   form); conds: the guard and the cells down the side, with room for the column across. */
static void row_clause(lower_ctx *c, clause_buf *b, table_low *tl, const ast_row *row,
                       ir_cond **conds, const vec *row_reads, int k)
{
    const table_shape *s = &tl->s;
    const ast_out_cell *cell = row->out_cells.items[k];
    ir_clause *cl = new_clause(c, b, GUIDE_CLAUSE_ROW, tl->tb->name,
                               row->cite ? row->cite : tl->tb->cite, row->sp);
    cl->table = tl->table_index;
    cl->shadowable = tl->tb->shadows;
    cl->row = tl->row_no;
    cl->column = tl->headings ? tl->headings[k] : NULL;
    cl->cells = row_cells(c, tl->t, row, cl->column);
    reads_from(c, row_reads, 1);
    vec concl = {0};
    if (s->across >= 0) {
        conds[1 + s->nin] = s->across_conds[k];
        int seen = 0;
        for (int i = 0; i < c->reads.len; i++)
            seen |= (int)(intptr_t)c->reads.items[i] == s->across;
        if (!seen)
            vec_push(c->a, &c->reads, (void *)(intptr_t)s->across);
        cl->when = low_and(c, conds, s->nin + 2, row->sp);
        cell_conclusions(c, s, cell, 0, s->nout, cl, &concl);
    } else {
        cl->when = low_and(c, conds, s->nin + 1, row->sp);
        /* In the 1-D form the row's cells are its outputs: gather them in one pass. */
        for (int i = 0; i < s->nout; i++) {
            const ast_out_cell *oc = row->out_cells.items[i];
            table_shape one = *s;
            one.out_vars = &s->out_vars[i];
            cell_conclusions(c, &one, oc, 0, 1, cl, &concl);
        }
    }
    span mark_sp;
    const char *mark = row_mark(row, s->across >= 0 ? cell : NULL, &mark_sp);
    mark_conclusions(c, s, mark, mark_sp, row->sp, &concl);
    finish_clause(c, cl, &concl);
}

/* A row's clauses: one per 1-D row, one per cell across the top in the 2-D form. */
static void lower_row(lower_ctx *c, clause_buf *b, table_low *tl, const ast_row *row)
{
    const table_shape *s = &tl->s;
    if (!row_fits(c, tl, row))
        return;
    /* Cells down the side, lowered once per row (reads start from the guard's). */
    reads_from(c, &tl->guard_reads, tl->tb->nin);
    ir_cond **conds = arena_alloc(c->a, sizeof *conds * (size_t)(tl->tb->nin + 2));
    int bad = 0;
    conds[0] = tl->guard;
    for (int i = 0; i < s->nin; i++) {
        conds[1 + i] = low_cond(c, row->in_cells.items[i], s->in_vars[i]);
        bad |= !conds[1 + i];
    }
    if (bad)
        return;
    vec row_reads = c->reads;
    tl->row_no++;
    int nclauses = s->across >= 0 ? tl->ncells_out : tl->ncells_out > 0;
    for (int k = 0; k < nclauses; k++)
        row_clause(c, b, tl, row, conds, &row_reads, k);
}

/* A decision table: its IR table, then a clause per row (per cell across the top in 2-D). */
static void lower_table(lower_ctx *c, clause_buf *b, const ast_table *t)
{
    table_low tl;
    memset(&tl, 0, sizeof tl);
    tl.t = t;
    table_marks(c, t, &tl.s);
    c->reads.len = 0;
    tl.guard = t->guard ? low_cond(c, t->guard, -1) : low_true(c);
    tl.guard_reads = c->reads;
    if (table_columns(c, t, &tl.s) || !tl.guard)
        return;
    new_table(c, b, &tl);
    tl.ncells_out = tl.s.across >= 0 ? tl.s.nacross : tl.s.nout;
    if (tl.s.across >= 0)
        tl.headings = across_headings(c, t, &tl.s);
    for (int r = 0; r < t->rows.len; r++)
        lower_row(c, b, &tl, t->rows.items[r]);
    tl.tb->nrows = b->clauses.len - tl.tb->first_clause;
}

/* ---- rules ----------------------------------------------------------------------------------- */

static void lower_rule(lower_ctx *c, clause_buf *b, const ast_rule *r)
{
    int first = nmap_get(&c->rules, r->name.name);
    if (first >= 0) {
        const ir_clause *o = b->clauses.items[first];
        diag_error(c->d, r->name.sp, "rule '%s' is defined twice", r->name.name);
        diag_note(c->d, o->sp, "first defined here");
        return;
    }
    c->reads.len = 0;
    c->reads.items = NULL;
    c->reads.cap = 0;
    ir_cond *when = low_cond(c, r->when, -1);
    ir_cond *unless = r->unless ? low_cond(c, r->unless, -1) : NULL;
    vec concl = {0};
    for (int i = 0; i < r->assigns.len; i++) {
        const ast_assign *as = r->assigns.items[i];
        int v = output_or_error(c, &as->output);
        if (v < 0)
            continue;
        for (int j = 0; j < concl.len; j++) {
            if (((ir_concl *)concl.items[j])->var == v) {
                diag_error(c->d, as->sp, "rule '%s' concludes %s twice", r->name.name, as->output.name);
                v = -1;
                break;
            }
        }
        if (v < 0)
            continue;
        ir_concl *k = arena_alloc(c->a, sizeof *k);
        k->var = v;
        k->sp = as->sp;
        if (as->value->kind == AST_V_NONE) {
            diag_error(c->d, as->value->sp, "a rule must conclude a value ('-' only stands in tables)");
            continue;
        }
        if (low_value(c, &c->p->vars[v], as->value, &k->val, 1) == 0)
            vec_push(c->a, &concl, k);
    }
    if (!when || (r->unless && !unless)) {
        /* reported already: a test naming the rule must not add "no rule is named" */
        nmap_put(c->a, &c->broken_rules, r->name.name, 1);
        return;
    }
    ir_clause *cl = new_clause(c, b, GUIDE_CLAUSE_RULE, r->name.name, r->cite, r->sp);
    cl->when = when;
    cl->unless = unless;
    finish_clause(c, cl, &concl);
}

void low_clauses(lower_ctx *c)
{
    clause_buf b = {{0}, {0}};
    for (int i = 0; i < c->ast->items.len; i++) {
        const ast_item *it = c->ast->items.items[i];
        if (it->kind == AST_ITEM_TABLE) {
            const ast_table *t = it->node;
            for (int j = 0; j < b.tables.len; j++)
                if (strcmp(((ir_table *)b.tables.items[j])->name, t->name.name) == 0)
                    diag_error(c->d, t->name.sp, "table '%s' is defined twice", t->name.name);
            lower_table(c, &b, t);
        } else if (it->kind == AST_ITEM_RULE) {
            lower_rule(c, &b, it->node);
        }
    }
    ir_program *p = c->p;
    p->nclauses = b.clauses.len;
    p->clauses = arena_alloc(c->a, sizeof *p->clauses * (size_t)(b.clauses.len + 1));
    for (int i = 0; i < b.clauses.len; i++)
        p->clauses[i] = *(ir_clause *)b.clauses.items[i];
    p->ntables = b.tables.len;
    p->tables = arena_alloc(c->a, sizeof *p->tables * (size_t)(b.tables.len + 1));
    for (int i = 0; i < b.tables.len; i++)
        p->tables[i] = *(ir_table *)b.tables.items[i];
}

/* ---- tests ----------------------------------------------------------------------------------- */

static int find_rule(const lower_ctx *c, const char *name)
{
    return nmap_get(&c->rules, name);
}

static void lower_test(lower_ctx *c, const ast_test *t, ir_test *out)
{
    out->name = t->name;
    out->sp = t->sp;
    out->given_vars = arena_alloc(c->a, sizeof *out->given_vars * (size_t)(t->givens.len + 1));
    out->given_vals = arena_alloc(c->a, sizeof *out->given_vals * (size_t)(t->givens.len + 1));
    for (int i = 0; i < t->givens.len; i++) {
        const ast_given *g = t->givens.items[i];
        int v = low_var_or_error(c, &g->input, "input");
        if (v < 0)
            continue;
        if (c->p->vars[v].kind != GUIDE_VAR_INPUT) {
            diag_error(c->d, g->input.sp, "'%s' is %s; a test gives inputs only", g->input.name,
                       c->p->vars[v].kind == GUIDE_VAR_OUTPUT ? "an output" : "a derived value");
            continue;
        }
        for (int j = 0; j < out->ngiven; j++)
            if (out->given_vars[j] == v)
                diag_error(c->d, g->sp, "%s is given twice", g->input.name);
        if (g->value->kind == AST_V_UNKNOWN)
            continue; /* unknown is simply not given */
        ir_value val;
        if (low_value(c, &c->p->vars[v], g->value, &val, 0))
            continue;
        out->given_vars[out->ngiven] = v;
        out->given_vals[out->ngiven++] = val;
    }
    out->expect = arena_alloc(c->a, sizeof *out->expect * (size_t)(t->expects.len + 1));
    for (int i = 0; i < t->expects.len; i++) {
        const ast_expect *x = t->expects.items[i];
        ir_expect *e = &out->expect[out->nexpect];
        e->sp = x->sp;
        if (x->kind == AST_X_FIRED || x->kind == AST_X_NOT_FIRED || x->kind == AST_X_FIRED_ALWAYS) {
            e->kind = x->kind == AST_X_FIRED ? IR_X_FIRED
                    : x->kind == AST_X_NOT_FIRED ? IR_X_NOT_FIRED : IR_X_FIRED_ALWAYS;
            e->target = find_rule(c, x->name.name);
            if (e->target < 0) {
                if (nmap_get(&c->broken_rules, x->name.name) < 0)
                    diag_error(c->d, x->name.sp, "no rule is named '%s'", x->name.name);
                continue;
            }
            out->nexpect++;
            continue;
        }
        int v = output_or_error(c, &x->name);
        if (v < 0)
            continue;
        e->target = v;
        switch (x->kind) {
        case AST_X_VALUE:
            e->kind = IR_X_VALUE;
            if (low_value(c, &c->p->vars[v], x->value, &e->val, 1))
                continue;
            break;
        case AST_X_UNDETERMINED: e->kind = IR_X_UNDETERMINED; break;
        case AST_X_NA: e->kind = IR_X_NA; break;
        default: e->kind = IR_X_CONFLICT; break;
        }
        out->nexpect++;
    }
    if (t->expects.len == 0)
        diag_warning(c->d, t->sp, "test \"%s\" expects nothing", t->name);
}

void low_tests(lower_ctx *c)
{
    ir_program *p = c->p;
    p->tests = arena_alloc(c->a, sizeof *p->tests * (size_t)(c->ast->tests.len + 1));
    for (int i = 0; i < c->ast->tests.len; i++) {
        const ast_test *t = c->ast->tests.items[i];
        for (int j = 0; j < p->ntests; j++)
            if (strcmp(p->tests[j].name, t->name) == 0)
                diag_error(c->d, t->name_sp, "two tests are named \"%s\"", t->name);
        lower_test(c, t, &p->tests[p->ntests++]);
    }
}

ir_program *lower_program(arena *a, diag_ctx *d, const src_file *f, const ast_program *ast)
{
    ir_program *p = arena_alloc(a, sizeof *p);
    p->file = f;
    lower_ctx c = {.a = a, .d = d, .ast = ast, .p = p};
    if (!ast->header) {
        p->name = "unnamed";
        p->title = p->version = p->source = "";
    }
    if (low_declarations(&c))
        return p;
    low_clauses(&c);
    low_constraints(&c);
    low_texts(&c);
    low_tests(&c);
    if (d->errors == 0)
        ir_finish(a, d, p);
    return p;
}
