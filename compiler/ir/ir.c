/* ir.c — finishing the IR (evaluation order, dependency cones, the cells each variable splits
 * into, the runtime description) and printing it. */
#include "ir.h"

#include <math.h>
#include <nettle/sha2.h>
#include <stdlib.h>
#include <string.h>

#include "dd.h"
#include "strbuf.h"
#include "value_text.h"
#include "xalloc.h"

/* ---- dependencies ---------------------------------------------------------------------------- */

/* Marks shared by every var_deps call, so that the dependencies of an output are each listed
 * once: a first-hit table's rows all read what the earlier rows read, and an output concluded
 * by 20,000 such rows would otherwise list 2 * 10^8 reads. A mark holds the variable's number
 * plus one, so nothing is cleared between calls. */
typedef struct dep_marks {
    int *clause; /* [nclauses]: this clause's reads are listed already */
    int *var;    /* [nvars]: this variable is listed already */
} dep_marks;

static void push_dep(arena *a, vec *deps, dep_marks *m, int stamp, int var)
{
    if (m->var[var] == stamp)
        return;
    m->var[var] = stamp;
    vec_push(a, deps, (void *)(intptr_t)var);
}

static void expr_deps(const ir_expr *e, arena *a, vec *deps, dep_marks *m, int stamp)
{
    if (!e)
        return;
    if ((e->kind == IR_E_VAR || e->kind == IR_E_AGG) && e->var >= 0)
        push_dep(a, deps, m, stamp, e->var);
    expr_deps(e->l, a, deps, m, stamp);
    expr_deps(e->r, a, deps, m, stamp);
}

/* The variables v is computed from, each once. */
static vec var_deps(arena *a, const ir_program *p, const ir_var *v, dep_marks *m)
{
    vec deps = {0};
    int stamp = v->index + 1;
    if (v->kind == GUIDE_VAR_DERIVED) {
        if (v->is_match && v->src >= 0)
            push_dep(a, &deps, m, stamp, v->src);
        else
            expr_deps(v->expr, a, &deps, m, stamp);
    } else if (v->kind == GUIDE_VAR_OUTPUT) {
        for (int i = 0; i < v->nconcluders; i++) {
            int clause = v->concluders[i];
            const ir_clause *cl = &p->clauses[clause];
            int from = clause;
            if (cl->shadowable)
                from = p->tables[cl->table].first_clause;
            /* Going back from the row, the first row already listed means every earlier one
             * of the same table is listed too. */
            for (int k = clause; k >= from && m->clause[k] != stamp; k--) {
                m->clause[k] = stamp;
                for (int j = 0; j < p->clauses[k].nreads; j++)
                    push_dep(a, &deps, m, stamp, p->clauses[k].reads[j]);
            }
        }
    }
    return deps;
}

void ir_clause_deps(const ir_program *p, int clause, arena *a, vec *deps)
{
    const ir_clause *cl = &p->clauses[clause];
    int from = clause;
    /* In a first-hit table a row concludes only if no earlier row matched, whatever the earlier
     * rows conclude: what they read decides this row too. */
    if (cl->shadowable)
        from = p->tables[cl->table].first_clause;
    for (int k = from; k <= clause; k++)
        for (int j = 0; j < p->clauses[k].nreads; j++)
            vec_push(a, deps, (void *)(intptr_t)p->clauses[k].reads[j]);
}

enum { WHITE, GREY, BLACK };

/* "a -> b -> c -> a": the cycle that closes on v, from the path being explored. */
static void report_cycle(diag_ctx *d, const ir_program *p, const int *path, int depth, int v)
{
    strbuf sb = STRBUF_INIT;
    int from = 0;
    while (from < depth && path[from] != v)
        from++;
    for (int i = from; i < depth; i++)
        sb_printf(&sb, "%s -> ", p->vars[path[i]].name);
    sb_puts(&sb, p->vars[v].name);
    diag_error(d, p->vars[v].sp, "'%s' depends on itself: %s", p->vars[v].name, sb_str(&sb));
    sb_free(&sb);
}

/* Depth-first from every variable, with an explicit stack (a chain of derived values may be as
 * long as the file allows, deeper than the C stack): each variable comes in the order after
 * what it depends on; a dependency still on the path closes a cycle. Returns 1 on a cycle. */
static int topo_order(arena *a, diag_ctx *d, ir_program *p, const vec *deps)
{
    int *color = arena_alloc(a, sizeof(int) * (size_t)(p->nvars + 1));
    int *path = arena_alloc(a, sizeof(int) * (size_t)(p->nvars + 1));
    int *next = arena_alloc(a, sizeof(int) * (size_t)(p->nvars + 1)); /* next dep to visit */
    for (int root = 0; root < p->nvars; root++) {
        if (color[root] != WHITE)
            continue;
        int depth = 0;
        path[depth++] = root;
        color[root] = GREY;
        next[root] = 0;
        while (depth > 0) {
            int v = path[depth - 1];
            if (next[v] < deps[v].len) {
                int w = (int)(intptr_t)deps[v].items[next[v]++];
                if (color[w] == GREY) {
                    report_cycle(d, p, path, depth, w);
                    return 1;
                }
                if (color[w] == WHITE) {
                    color[w] = GREY;
                    next[w] = 0;
                    path[depth++] = w;
                }
                continue;
            }
            depth--;
            color[v] = BLACK;
            if (p->vars[v].kind != GUIDE_VAR_INPUT)
                p->order[p->norder++] = v;
        }
    }
    return 0;
}

static int compute_order(arena *a, diag_ctx *d, ir_program *p)
{
    vec *deps = arena_alloc(a, sizeof(vec) * (size_t)(p->nvars + 1));
    dep_marks marks = {arena_alloc(a, sizeof(int) * (size_t)(p->nclauses + 1)),
                       arena_alloc(a, sizeof(int) * (size_t)(p->nvars + 1))};
    p->order = arena_alloc(a, sizeof(int) * (size_t)(p->nvars + 1));
    for (int v = 0; v < p->nvars; v++)
        deps[v] = var_deps(a, p, &p->vars[v], &marks);
    if (topo_order(a, d, p, deps))
        return 1;
    /* Cones: the inputs each variable depends on, and what must be recomputed to evaluate it. */
    int words = (p->ninputs + 63) / 64;
    for (int v = 0; v < p->nvars; v++)
        p->vars[v].cone = arena_alloc(a, sizeof(uint64_t) * (size_t)(words + 1));
    for (int v = 0; v < p->ninputs; v++)
        p->vars[v].cone[v / 64] |= (uint64_t)1 << (v % 64);
    uint8_t *in_cone = arena_alloc(a, (size_t)p->nvars + 1);
    for (int i = 0; i < p->norder; i++) {
        ir_var *v = &p->vars[p->order[i]];
        memset(in_cone, 0, (size_t)p->nvars);
        for (int j = 0; j < deps[v->index].len; j++) {
            int dep = (int)(intptr_t)deps[v->index].items[j];
            const ir_var *dv = &p->vars[dep];
            for (int w = 0; w < words; w++)
                v->cone[w] |= dv->cone[w];
            in_cone[dep] = 1;
            for (int k = 0; k < dv->ncone_vars; k++)
                in_cone[dv->cone_vars[k]] = 1;
        }
        in_cone[v->index] = 1;
        int n = 0;
        for (int k = 0; k < p->norder; k++)
            n += in_cone[p->order[k]];
        v->cone_vars = arena_alloc(a, sizeof(int) * (size_t)(n + 1));
        for (int k = 0; k < p->norder; k++)
            if (in_cone[p->order[k]])
                v->cone_vars[v->ncone_vars++] = p->order[k];
    }
    return 0;
}

/* The bounds of an interval on an input recorded to a step (step s), moved onto the recorded value: the
 * rounded value is <= 1.0 (step 0.1) exactly when the recorded one is below the boundary 1.05.
 * Every backend, analysis and diagram then compares the recorded value with these boundaries,
 * which is rounding it first, with no rounding code of their own (step.c). */
void ir_step_bounds(double s, double *lo, int *loc, double *hi, int *hic)
{
    if (isfinite(*hi)) {
        /* the largest multiple k * s that the rounded value may take */
        double k = guide_step_index(*hi, s, 0);
        if (!*hic && guide_step_index(*hi, s, 1) == k)
            k -= 1; /* `< 1.0`: 1.0 itself is out */
        *hi = guide_step_boundary(k, s);
        *hic = *hi < 0; /* a boundary below zero rounds down, away from zero */
    }
    if (isfinite(*lo)) {
        double k = guide_step_index(*lo, s, 1);
        if (!*loc && guide_step_index(*lo, s, 0) == k)
            k += 1; /* `> 1.0`: 1.0 itself is out */
        *lo = guide_step_boundary(k - 1, s);
        *loc = *lo > 0;
    }
}

/* ---- cells ------------------------------------------------------------------------------------ */

static void collect_cuts(const ir_cond *c, ir_program *p, arena *a, vec *cuts)
{
    if (!c)
        return;
    if (c->kind == IR_C_ATOM && c->atom.kind == IR_A_INTERVAL) {
        double *lo = arena_alloc(a, sizeof *lo), *hi = arena_alloc(a, sizeof *hi);
        *lo = c->atom.lo;
        *hi = c->atom.hi;
        if (isfinite(*lo))
            vec_push(a, &cuts[c->atom.var], lo);
        if (isfinite(*hi))
            vec_push(a, &cuts[c->atom.var], hi);
    }
    for (int i = 0; i < c->nkids; i++)
        collect_cuts(c->kids[i], p, a, cuts);
}

static int cmp_double(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return (a > b) - (a < b);
}

int ir_sort_cuts(double *cuts, int n)
{
    qsort(cuts, (size_t)n, sizeof *cuts, cmp_double);
    int u = 0;
    for (int i = 0; i < n; i++)
        if (u == 0 || cuts[u - 1] != cuts[i])
            cuts[u++] = cuts[i];
    return u;
}

int ir_interval_holds(const ir_atom *a, double x)
{
    int lo_ok = a->lo_closed ? x >= a->lo : x > a->lo;
    int hi_ok = a->hi_closed ? x <= a->hi : x < a->hi;
    return lo_ok && hi_ok;
}

int ir_atom_holds(const ir_atom *a, const guide_value *v)
{
    switch (a->kind) {
    case IR_A_BOOL: return v->b == a->b;
    case IR_A_LABELS: return (int)((a->labels >> v->label) & 1);
    case IR_A_INTERVAL: return ir_interval_holds(a, v->num);
    }
    return 0;
}

double ir_position_point(const double *cuts, int n, int k)
{
    if (k % 2)
        return cuts[k / 2];
    if (n == 0)
        return 0;
    if (k == 0)
        return cuts[0] - 1;
    if (k == 2 * n)
        return cuts[n - 1] + 1;
    double lo = cuts[k / 2 - 1], hi = cuts[k / 2];
    return hi - lo > 2 ? lo + 1 : lo + (hi - lo) / 2;
}

/* A value strictly between a and b (either may be infinite), inside the range, preferring
 * round numbers so example cases read naturally; integers for integer variables. Returns 0 if
 * the open interval holds no admissible value. */
static int pick_between(const ir_var *v, double a, int a_cut, double b, int b_cut, double *out)
{
    double x;
    if (!isfinite(a) && !isfinite(b))
        x = 0;
    else if (!isfinite(a))
        x = b - 1;
    else if (!isfinite(b))
        x = a + 1;
    else if (a_cut && b - a > 2)
        x = a + 1;
    else if (b_cut && !a_cut && b - a > 2)
        x = b - 1;
    else
        x = (a + b) / 2;
    if (guide_type_is_integral(v->type)) {
        x = floor(x);
        if (!(x > a || (!a_cut && x == a)))
            x = floor(a) + 1;
        if (!(x < b || (!b_cut && x == b)))
            return 0;
        if (x < a || (a_cut && x == a))
            return 0;
    }
    *out = x;
    return 1;
}

static void compute_cells(arena *a, ir_program *p)
{
    vec *cuts = arena_alloc(a, sizeof(vec) * (size_t)(p->nvars + 1));
    for (int i = 0; i < p->nclauses; i++) {
        collect_cuts(p->clauses[i].when, p, a, cuts);
        collect_cuts(p->clauses[i].unless, p, a, cuts);
    }
    for (int i = 0; i < p->ntables; i++)
        collect_cuts(p->tables[i].guard, p, a, cuts);
    for (int i = 0; i < p->nconstraints; i++) {
        collect_cuts(p->constraints[i].when, p, a, cuts);
        collect_cuts(p->constraints[i].then, p, a, cuts);
    }
    for (int vi = 0; vi < p->nvars; vi++) {
        ir_var *v = &p->vars[vi];
        if (guide_type_repr(v->type) == GUIDE_REPR_TRUTH) {
            v->ncells = 2;
            v->cells = arena_alloc(a, sizeof *v->cells * 2);
            v->cells[0].b = 0;
            v->cells[1].b = 1;
        } else if (guide_type_repr(v->type) == GUIDE_REPR_LABEL) {
            v->ncells = v->nlabels;
            v->cells = arena_alloc(a, sizeof *v->cells * (size_t)(v->nlabels + 1));
            for (int l = 0; l < v->nlabels; l++)
                v->cells[l].label = l;
        } else if (guide_type_is_numeric(v->type)) {
            int n = cuts[vi].len;
            double *c = arena_alloc(a, sizeof *c * (size_t)(n + 1));
            int m = 0;
            for (int i = 0; i < n; i++) {
                double x = *(double *)cuts[vi].items[i];
                if (x >= v->lo && x <= v->hi)
                    c[m++] = x;
            }
            qsort(c, (size_t)m, sizeof *c, cmp_double);
            int u = 0;
            for (int i = 0; i < m; i++)
                if (u == 0 || c[u - 1] != c[i])
                    c[u++] = c[i];
            v->ncuts = u;
            v->cuts = c;
            /* cells: [lo, c0), {c0}, (c0, c1), {c1}, ..., (ck, hi] */
            v->cells = arena_alloc(a, sizeof *v->cells * (size_t)(2 * u + 2));
            double prev = v->lo;
            int prev_cut = 0;
            for (int i = 0; i <= u; i++) {
                double next = i < u ? c[i] : v->hi;
                int next_cut = i < u;
                double x;
                int nonempty = prev < next || (!prev_cut && !next_cut && prev == next);
                if (i == 0 && !isfinite(prev) && next_cut)
                    nonempty = 1;
                if (nonempty && pick_between(v, prev, prev_cut, next, next_cut, &x))
                    v->cells[v->ncells++].num = x;
                if (i < u && (!guide_type_is_integral(v->type) || c[i] == floor(c[i])))
                    v->cells[v->ncells++].num = c[i];
                prev = next;
                prev_cut = 1;
            }
        }
    }
}

/* ---- runtime description ---------------------------------------------------------------------- */

static void fill_info(arena *a, ir_program *p)
{
    guide_ruleset_info *in = &p->info;
    in->name = p->name;
    in->title = p->title;
    in->version = p->version;
    in->source = p->source;
    in->sha256 = p->sha256;
    in->path = p->file ? p->file->path : "";
    in->nvars = p->nvars;
    in->ninputs = p->ninputs;
    in->nderived = p->nderived;
    in->noutputs = p->noutputs;
    guide_var_info *vars = arena_alloc(a, sizeof *vars * (size_t)(p->nvars + 1));
    for (int i = 0; i < p->nvars; i++) {
        const ir_var *v = &p->vars[i];
        vars[i].name = v->name;
        vars[i].kind = v->kind;
        vars[i].type = v->type;
        vars[i].unit = v->unit ? v->unit->name : NULL;
        vars[i].lo = v->lo;
        vars[i].hi = v->hi;
        vars[i].nlabels = v->nlabels;
        vars[i].labels = v->labels;
        vars[i].line = v->sp.first_line;
        vars[i].display = v->display;
        vars[i].label_display = v->label_display;
        vars[i].step = v->step;
    }
    in->vars = vars;
    guide_clause_info *cl = arena_alloc(a, sizeof *cl * (size_t)(p->nclauses + 1));
    for (int i = 0; i < p->nclauses; i++) {
        const ir_clause *c = &p->clauses[i];
        cl[i].kind = c->kind;
        cl[i].name = c->name;
        cl[i].table = c->table;
        cl[i].row = c->row;
        cl[i].column = c->column;
        cl[i].cite = c->cite;
        cl[i].line = c->sp.first_line;
        cl[i].nreads = c->nreads;
        cl[i].reads = c->reads;
        cl[i].reading = c->reading;
        cl[i].reading_text = c->reading_text;
        cl[i].cells = c->cells;
    }
    in->nclauses = p->nclauses;
    in->clauses = cl;
    guide_table_info *tb = arena_alloc(a, sizeof *tb * (size_t)(p->ntables + 1));
    for (int i = 0; i < p->ntables; i++) {
        tb[i].name = p->tables[i].name;
        tb[i].cite = p->tables[i].cite;
        tb[i].line = p->tables[i].sp.first_line;
        tb[i].hit = p->tables[i].hit;
        tb[i].first_clause = p->tables[i].first_clause;
        tb[i].nrows = p->tables[i].nrows;
    }
    in->ntables = p->ntables;
    in->tables = tb;
    in->nunits = p->nunits;
    in->units = p->units;
}

static void hash_source(ir_program *p)
{
    struct sha256_ctx ctx;
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_init(&ctx);
    if (p->file)
        sha256_update(&ctx, p->file->len, (const uint8_t *)p->file->text);
    sha256_digest(&ctx, sizeof digest, digest);
    for (int i = 0; i < SHA256_DIGEST_SIZE; i++)
        snprintf(p->sha256 + 2 * i, 3, "%02x", digest[i]);
}

int ir_finish(arena *a, diag_ctx *d, ir_program *p)
{
    /* Concluders of each output, in source order. */
    for (int v = 0; v < p->nvars; v++)
        p->vars[v].concluders = arena_alloc(a, sizeof(int) * (size_t)(p->nclauses + 1));
    for (int i = 0; i < p->nclauses; i++) {
        const ir_clause *c = &p->clauses[i];
        for (int k = 0; k < c->nconcl; k++) {
            ir_var *v = &p->vars[c->concl[k].var];
            if (v->nconcluders == 0 || v->concluders[v->nconcluders - 1] != i)
                v->concluders[v->nconcluders++] = i;
        }
    }
    hash_source(p);
    if (compute_order(a, d, p))
        return 1;
    compute_cells(a, p);
    fill_info(a, p);
    return dd_build(a, d, p);
}

void ir_cond_cuts(const ir_cond *c, int var, double *cuts, int *n, int cap)
{
    if (!c)
        return;
    if (c->kind == IR_C_ATOM && c->atom.kind == IR_A_INTERVAL && c->atom.var == var) {
        if (isfinite(c->atom.lo) && *n < cap)
            cuts[(*n)++] = c->atom.lo;
        if (isfinite(c->atom.hi) && *n < cap)
            cuts[(*n)++] = c->atom.hi;
    }
    for (int i = 0; i < c->nkids; i++)
        ir_cond_cuts(c->kids[i], var, cuts, n, cap);
}

int ir_cond_atoms(const ir_cond *c)
{
    if (!c)
        return 0;
    int n = c->kind == IR_C_ATOM;
    for (int i = 0; i < c->nkids; i++)
        n += ir_cond_atoms(c->kids[i]);
    return n;
}

/* ---- values ----------------------------------------------------------------------------------- */

int ir_value_equal(const ir_program *prog, int v, const ir_value *a, const ir_value *b)
{
    if (a->is_null || b->is_null)
        return a->is_null == b->is_null;
    switch (guide_type_repr(prog->vars[v].type)) {
    case GUIDE_REPR_TRUTH: return a->v.b == b->v.b;
    case GUIDE_REPR_LABEL: return a->v.label == b->v.label;
    case GUIDE_REPR_NUMBER: return a->v.num == b->v.num;
    case GUIDE_REPR_RANGE: return a->v.range.lo == b->v.range.lo && a->v.range.hi == b->v.range.hi;
    case GUIDE_REPR_SET: return a->v.set == b->v.set;
    case GUIDE_REPR_LIST:
        if (a->v.list.n != b->v.list.n)
            return 0;
        for (int32_t i = 0; i < a->v.list.n; i++)
            if (a->v.list.items[i] != b->v.list.items[i])
                return 0;
        return 1;
    }
    return 0;
}

void ir_value_text(strbuf *sb, const ir_program *prog, int v, const ir_value *val)
{
    if (val->is_null)
        sb_puts(sb, "ND");
    else
        guide_value_text(sb, &prog->info, v, &val->v);
}

void ir_format_value(const ir_program *prog, int v, const ir_value *val, char *buf, size_t len)
{
    if (val->is_null) {
        snprintf(buf, len, "ND");
        return;
    }
    guide_format_value(&prog->info, v, &val->v, buf, len);
}

/* ---- dump ------------------------------------------------------------------------------------- */

static const char *const kind_names[] = {"input", "derived", "output"};

static void dump_num(FILE *out, double x)
{
    if (isinf(x))
        fputs(x < 0 ? "-inf" : "inf", out);
    else
        fprintf(out, "%.17g", x);
}

static void dump_cond(FILE *out, const ir_program *p, const ir_cond *c)
{
    switch (c->kind) {
    case IR_C_TRUE: fputs("true", out); return;
    case IR_C_NOT:
        fputs("(not ", out);
        dump_cond(out, p, c->kids[0]);
        fputc(')', out);
        return;
    case IR_C_AND:
    case IR_C_OR:
        fputs(c->kind == IR_C_AND ? "(and" : "(or", out);
        for (int i = 0; i < c->nkids; i++) {
            fputc(' ', out);
            dump_cond(out, p, c->kids[i]);
        }
        fputc(')', out);
        return;
    case IR_C_ATOM: break;
    }
    const ir_atom *a = &c->atom;
    const ir_var *v = &p->vars[a->var];
    switch (a->kind) {
    case IR_A_BOOL: fprintf(out, "%s is %s", v->name, a->b ? "true" : "false"); return;
    case IR_A_LABELS:
        fprintf(out, "%s in {", v->name);
        for (int l = 0, first = 1; l < v->nlabels; l++)
            if ((a->labels >> l) & 1) {
                fprintf(out, "%s%s", first ? "" : ", ", v->labels[l]);
                first = 0;
            }
        fputc('}', out);
        return;
    case IR_A_INTERVAL:
        fprintf(out, "%s in %c", v->name, a->lo_closed ? '[' : '(');
        dump_num(out, a->lo);
        fputs(", ", out);
        dump_num(out, a->hi);
        fputc(a->hi_closed ? ']' : ')', out);
        return;
    }
}

static void dump_concl(FILE *out, const ir_program *p, const ir_clause *c)
{
    for (int k = 0; k < c->nconcl; k++) {
        strbuf sb = STRBUF_INIT;
        ir_value_text(&sb, p, c->concl[k].var, &c->concl[k].val);
        fprintf(out, "%s%s = %s", k ? ", " : "", p->vars[c->concl[k].var].name, sb_str(&sb));
        sb_free(&sb);
    }
}

static void dump_expr(FILE *out, const ir_program *p, const ir_expr *e)
{
    static const char *const ops[] = {"?", "?", "+", "-", "*", "/", "?", "?", "else"};
    switch (e->kind) {
    case IR_E_NUM: fprintf(out, "%.17g", e->num); return;
    case IR_E_VAR: fputs(e->var >= 0 ? p->vars[e->var].name : "?", out); return;
    case IR_E_AGG:
        fprintf(out, "(%s %s", guide_agg_name(e->agg), e->var >= 0 ? p->vars[e->var].name : "?");
        /* the positions around the cuts an element is kept at (+) or not (-) */
        for (int k = 0; e->test.holds && k <= 2 * e->test.ncuts; k++) {
            if (k % 2)
                fprintf(out, " %.17g", e->test.cuts[k / 2]);
            fputs(e->test.holds[k] ? " +" : " -", out);
        }
        fputc(')', out);
        return;
    case IR_E_NEG:
        fputs("(- ", out);
        dump_expr(out, p, e->l);
        fputc(')', out);
        return;
    default:
        fprintf(out, "(%s ", ops[e->kind]);
        dump_expr(out, p, e->l);
        fputc(' ', out);
        dump_expr(out, p, e->r);
        fputc(')', out);
        return;
    }
}

/* A variable's display texts, on lines of their own (printed only when there are some). */
static void dump_display(FILE *out, const ir_var *v)
{
    if (v->display)
        fprintf(out, "  display \"%s\"\n", v->display);
    for (int l = 0; v->label_display && l < v->nlabels; l++)
        if (v->label_display[l])
            fprintf(out, "  label %s \"%s\"\n", v->labels[l], v->label_display[l]);
}

/* A variable's declaration: kind, name, type, unit, range, step, labels and derivation. */
static void dump_decl(FILE *out, const ir_program *p, const ir_var *v)
{
    fprintf(out, "%s %s : %s", kind_names[v->kind], v->name, guide_type_word(v->type));
    if (v->unit)
        fprintf(out, " %s", v->unit->name);
    if (isfinite(v->lo) || isfinite(v->hi)) {
        fputs(" in [", out);
        dump_num(out, v->lo);
        fputs(", ", out);
        dump_num(out, v->hi);
        fputc(']', out);
    }
    if (v->step > 0) {
        fputs(" step ", out);
        dump_num(out, v->step);
    }
    if (v->nlabels) {
        fputs(" {", out);
        for (int l = 0; l < v->nlabels; l++)
            fprintf(out, "%s%s", l ? ", " : "", v->labels[l]);
        fputc('}', out);
    }
    if (v->kind == GUIDE_VAR_DERIVED && v->is_match && v->src >= 0) {
        const ir_var *s = &p->vars[v->src];
        fprintf(out, " = match %s {", s->name);
        for (int l = 0; l < s->nlabels; l++)
            fprintf(out, "%s%s -> %s", l ? "; " : "", s->labels[l], v->labels[v->map[l]]);
        fputc('}', out);
    } else if (v->kind == GUIDE_VAR_DERIVED && v->expr) {
        fputs(" = ", out);
        dump_expr(out, p, v->expr);
    }
}

void ir_dump(FILE *out, const ir_program *p)
{
    fprintf(out, "ruleset %s version \"%s\" source \"%s\"\n", p->name, p->version, p->source);
    for (int i = 0; i < p->nunits; i++)
        fprintf(out, "unit %s \"%s\"\n", p->units[i].name, p->units[i].desc ? p->units[i].desc : "");
    for (int i = 0; i < p->nvars; i++) {
        const ir_var *v = &p->vars[i];
        fprintf(out, "var %d ", i);
        dump_decl(out, p, v);
        if (v->ncuts) {
            fputs(" cuts", out);
            for (int k = 0; k < v->ncuts; k++) {
                fputc(' ', out);
                dump_num(out, v->cuts[k]);
            }
        }
        fputc('\n', out);
        dump_display(out, v);
    }
    fputs("order", out);
    for (int i = 0; i < p->norder; i++)
        fprintf(out, " %s", p->vars[p->order[i]].name);
    fputc('\n', out);
    for (int t = 0; t < p->ntables; t++) {
        const ir_table *tb = &p->tables[t];
        fprintf(out, "table %s hit %s cites \"%s\" line %d rows %d..%d\n  when ", tb->name,
                guide_hit_word(tb->hit), tb->cite, tb->sp.first_line, tb->first_clause,
                tb->first_clause + tb->nrows - 1);
        dump_cond(out, p, tb->guard);
        fputc('\n', out);
        if (tb->reading)
            fprintf(out, "  reading %d \"%s\"\n", tb->reading, tb->reading_text);
    }
    for (int i = 0; i < p->nclauses; i++) {
        const ir_clause *c = &p->clauses[i];
        if (c->kind == GUIDE_CLAUSE_ROW && c->column)
            fprintf(out, "clause %d row %s#%d [%s]", i, c->name, c->row, c->column);
        else if (c->kind == GUIDE_CLAUSE_ROW)
            fprintf(out, "clause %d row %s#%d", i, c->name, c->row);
        else
            fprintf(out, "clause %d rule %s", i, c->name);
        fprintf(out, " cites \"%s\" line %d\n  when ", c->cite, c->sp.first_line);
        dump_cond(out, p, c->when);
        if (c->unless) {
            fputs("\n  unless ", out);
            dump_cond(out, p, c->unless);
        }
        fputs("\n  then ", out);
        dump_concl(out, p, c);
        fputc('\n', out);
        if (c->reading)
            fprintf(out, "  reading %d \"%s\"\n", c->reading, c->reading_text);
    }
    for (int i = 0; i < p->nconstraints; i++) {
        const ir_constraint *k = &p->constraints[i];
        fprintf(out, "constraint %s", k->name);
        if (k->cite)
            fprintf(out, " cites \"%s\"", k->cite);
        if (k->reading)
            fprintf(out, " reading %d \"%s\"", k->reading, k->reading_text);
        fprintf(out, " line %d\n  when ", k->sp.first_line);
        dump_cond(out, p, k->when);
        fputs("\n  then ", out);
        dump_cond(out, p, k->then);
        fputc('\n', out);
    }
    for (int i = 0; i < p->ntests; i++) {
        const ir_test *t = &p->tests[i];
        fprintf(out, "test \"%s\" given", t->name);
        for (int g = 0; g < t->ngiven; g++) {
            strbuf sb = STRBUF_INIT;
            ir_value_text(&sb, p, t->given_vars[g], &t->given_vals[g]);
            fprintf(out, "%s %s = %s", g ? "," : "", p->vars[t->given_vars[g]].name, sb_str(&sb));
            sb_free(&sb);
        }
        fprintf(out, " expects %d\n", t->nexpect);
    }
}

/* A rule's or row's condition and conclusions, without its name, line, citation or reading. */
static void dump_clause_logic(FILE *out, const ir_program *p, const ir_clause *c)
{
    fputs("  when ", out);
    dump_cond(out, p, c->when);
    if (c->unless) {
        fputs(" unless ", out);
        dump_cond(out, p, c->unless);
    }
    fputs(" then ", out);
    dump_concl(out, p, c);
    fputc('\n', out);
}

void ir_dump_logic(FILE *out, const ir_program *p, int var)
{
    const ir_var *o = &p->vars[var];
    for (int i = 0; i < p->ninputs; i++)
        if ((o->cone[i / 64] >> (i % 64)) & 1) {
            dump_decl(out, p, &p->vars[i]);
            fputc('\n', out);
        }
    uint8_t *done = guide_xcalloc((size_t)p->ntables + 1, 1, "the IR dump");
    for (int k = 0; k <= o->ncone_vars; k++) {
        const ir_var *u = k < o->ncone_vars ? &p->vars[o->cone_vars[k]] : o;
        if (k < o->ncone_vars && u == o)
            continue;
        dump_decl(out, p, u);
        fputc('\n', out);
        for (int i = 0; i < u->nconcluders; i++) {
            const ir_clause *c = &p->clauses[u->concluders[i]];
            if (c->table < 0) {
                fputs("rule\n", out);
                dump_clause_logic(out, p, c);
                continue;
            }
            if (done[c->table])
                continue;
            done[c->table] = 1;
            const ir_table *tb = &p->tables[c->table];
            fprintf(out, "table hit %s when ", guide_hit_word(tb->hit));
            dump_cond(out, p, tb->guard);
            fputc('\n', out);
            for (int r = 0; r < tb->nrows; r++)
                dump_clause_logic(out, p, &p->clauses[tb->first_clause + r]);
        }
    }
    free(done);
    for (int i = 0; i < p->nconstraints; i++) {
        fputs("constraint when ", out);
        dump_cond(out, p, p->constraints[i].when);
        fputs(" then ", out);
        dump_cond(out, p, p->constraints[i].then);
        fputc('\n', out);
    }
}
