/* dd_build.c — each output's decision diagram, built once from the IR (dd.h).
 *
 * The construction is the classic one for multi-terminal diagrams over multi-valued levels: a
 * unique table makes every node canonical (a node whose children are all the same is that
 * child), and `apply` combines two diagrams level by level with a memo. Conditions are
 * diagrams whose leaves are Kleene truth values; a clause's effect is its `when` and not its
 * `unless`, shadowed in a first-hit table by the rows above; an output's diagram folds its
 * concluders' effects with the rule of interp.c kleene_answer (a summary leaf: conflict, a true
 * value, the values still unknown) and ends with the answer. A condition on an output reads
 * that output's diagram, so outputs are built in evaluation order.
 *
 * Every leaf is thus the answer interp_eval_plain gives the world its path describes: the
 * interpreter's semantics, not a second copy of them (tests/unit/test_dd.c checks it world by
 * world). */
#include "dd.h"

#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "emit_plan.h"
#include "interp.h"
#include "xalloc.h"

/* ---- leaves ----------------------------------------------------------------------------------- */

enum { T_K, T_SUM, T_ANS, T_IMPOSSIBLE };
enum { UNK_NONE, UNK_ONE, UNK_MANY };

/* A leaf of a diagram under construction, compared by its bytes (always built zeroed). */
typedef struct term {
    uint8_t     kind;
    uint8_t     k;                    /* T_K: K_FALSE, K_TRUE, K_UNKNOWN */
    uint8_t     conflict, has_true;   /* T_SUM */
    uint8_t     unk_kind;             /* T_SUM, not a set: UNK_* */
    uint8_t     state, is_null, pad;  /* T_ANS */
    int32_t     cur, unk;             /* T_SUM, not a set: concluder classes */
    guide_value v;                    /* T_ANS: the value; T_SUM of a set: the union of trues */
    uint64_t    unk_set;              /* T_SUM of a set: the union of unknowns */
} term;

/* The operations apply knows, with what they need. */
enum { OP_AND, OP_OR, OP_NOT, OP_ATOM_OUT, OP_STEP, OP_FINAL, OP_CARE, OP_TRUTH };
typedef struct opdef {
    int            kind;
    const ir_atom *atom; /* OP_ATOM_OUT */
    int            var;  /* OP_STEP, OP_FINAL: the output */
    int            cls;  /* OP_STEP: the concluder's class */
    const ir_value *val; /* OP_STEP: its value; OP_FINAL: of each class, in cls_val */
    const ir_value **cls_val;
} opdef;

typedef struct memo_entry {
    int32_t op, f, g, r;
} memo_entry;

typedef struct mgr {
    const ir_program *p;
    const guide_dd_level *lv;
    int32_t *nlev, *noff;      /* nodes: level, offset of the children */
    int      nn, capn;
    int32_t *kids;
    size_t   nk, capk;
    int32_t *utab;             /* unique table: node + 1 */
    size_t   ucap;
    term    *terms;
    int      nt, capt;
    int32_t *ttab;             /* terms: term + 1 */
    size_t   tcap;
    memo_entry *memo;
    size_t   mcap, mn;
    opdef   *ops;
    int      nops, capops;
    int32_t *ks;               /* children being computed, a frame per apply */
    size_t   ksn, kscap;
    int      blown;
} mgr;

static void *grow(void *p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return p;
    size_t n = *cap ? *cap : 64;
    while (n < need)
        n *= 2;
    void *q = guide_xrealloc(p, n * size, "the decision diagrams");
    *cap = n;
    return q;
}

static uint32_t mix(uint32_t h, uint32_t x)
{
    h ^= x + 0x9e3779b9u + (h << 6) + (h >> 2);
    return h;
}

static uint32_t hash_bytes(const void *b, size_t n)
{
    const unsigned char *s = b;
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ s[i]) * 16777619u;
    return h;
}

static int32_t leaf_ref(int t) { return -1 - t; }
static int     ref_leaf(int32_t r) { return -1 - r; }

static void rehash_terms(mgr *m)
{
    size_t cap = m->tcap ? m->tcap * 2 : 256;
    free(m->ttab);
    m->ttab = guide_xcalloc(cap, sizeof *m->ttab, "the decision diagrams");
    m->tcap = cap;
    for (int t = 0; t < m->nt; t++) {
        size_t s = hash_bytes(&m->terms[t], sizeof(term)) & (cap - 1);
        while (m->ttab[s])
            s = (s + 1) & (cap - 1);
        m->ttab[s] = t + 1;
    }
}

/* The reference of a leaf, interned. */
static int32_t intern(mgr *m, const term *t)
{
    if (2 * ((size_t)m->nt + 1) > m->tcap)
        rehash_terms(m);
    size_t s = hash_bytes(t, sizeof *t) & (m->tcap - 1);
    while (m->ttab[s]) {
        if (memcmp(&m->terms[m->ttab[s] - 1], t, sizeof *t) == 0)
            return leaf_ref(m->ttab[s] - 1);
        s = (s + 1) & (m->tcap - 1);
    }
    size_t cap = (size_t)m->capt;
    m->terms = grow(m->terms, &cap, (size_t)m->nt + 1, sizeof *m->terms);
    m->capt = (int)cap;
    m->terms[m->nt] = *t;
    m->ttab[s] = ++m->nt;
    return leaf_ref(m->nt - 1);
}

static int32_t kleene(mgr *m, int k)
{
    term t;
    memset(&t, 0, sizeof t);
    t.kind = T_K;
    t.k = (uint8_t)k;
    return intern(m, &t);
}

/* ---- nodes ------------------------------------------------------------------------------------ */

static int level_of(const mgr *m, int32_t r) { return r < 0 ? INT_MAX : m->nlev[r]; }

static uint32_t node_hash(int lvl, const int32_t *k, int nc)
{
    uint32_t h = mix(0, (uint32_t)lvl);
    for (int c = 0; c < nc; c++)
        h = mix(h, (uint32_t)k[c]);
    return h;
}

static void rehash_nodes(mgr *m)
{
    size_t cap = m->ucap ? m->ucap * 2 : 1024;
    free(m->utab);
    m->utab = guide_xcalloc(cap, sizeof *m->utab, "the decision diagrams");
    m->ucap = cap;
    for (int n = 0; n < m->nn; n++) {
        int nc = m->lv[m->nlev[n]].ncells;
        size_t s = node_hash(m->nlev[n], m->kids + m->noff[n], nc) & (cap - 1);
        while (m->utab[s])
            s = (s + 1) & (cap - 1);
        m->utab[s] = n + 1;
    }
}

/* The node on level lvl with children k (which may be m->ks: it is not grown here). */
static int32_t mk(mgr *m, int lvl, const int32_t *k)
{
    int nc = m->lv[lvl].ncells;
    int same = 1;
    for (int c = 1; c < nc && same; c++)
        same = k[c] == k[0];
    if (same)
        return k[0];
    if (2 * ((size_t)m->nn + 1) > m->ucap)
        rehash_nodes(m);
    size_t s = node_hash(lvl, k, nc) & (m->ucap - 1);
    while (m->utab[s]) {
        int n = m->utab[s] - 1;
        if (m->nlev[n] == lvl && memcmp(m->kids + m->noff[n], k, sizeof *k * (size_t)nc) == 0)
            return n;
        s = (s + 1) & (m->ucap - 1);
    }
    if (m->nn >= DD_MAX_BUILD_NODES || m->nk + (size_t)nc > DD_MAX_BUILD_KIDS) {
        m->blown = 1;
        return k[0];
    }
    size_t capn = (size_t)m->capn;
    m->nlev = grow(m->nlev, &capn, (size_t)m->nn + 1, sizeof *m->nlev);
    capn = (size_t)m->capn;
    m->noff = grow(m->noff, &capn, (size_t)m->nn + 1, sizeof *m->noff);
    m->capn = (int)capn;
    m->kids = grow(m->kids, &m->capk, m->nk + (size_t)nc, sizeof *m->kids);
    memcpy(m->kids + m->nk, k, sizeof *k * (size_t)nc);
    m->nlev[m->nn] = lvl;
    m->noff[m->nn] = (int32_t)m->nk;
    m->nk += (size_t)nc;
    m->utab[s] = ++m->nn;
    return m->nn - 1;
}

/* ---- apply ------------------------------------------------------------------------------------ */

static int new_op(mgr *m, opdef d)
{
    size_t cap = (size_t)m->capops;
    m->ops = grow(m->ops, &cap, (size_t)m->nops + 1, sizeof *m->ops);
    m->capops = (int)cap;
    m->ops[m->nops] = d;
    return m->nops++;
}

static uint32_t memo_hash(int32_t op, int32_t f, int32_t g)
{
    return mix(mix(mix(0, (uint32_t)op), (uint32_t)f), (uint32_t)g);
}

static void memo_grow(mgr *m)
{
    size_t cap = m->mcap ? m->mcap * 2 : 4096;
    memo_entry *old = m->memo;
    size_t oldcap = m->mcap;
    m->memo = guide_xmalloc(cap * sizeof *m->memo, "the decision diagrams");
    for (size_t i = 0; i < cap; i++)
        m->memo[i].op = -1;
    m->mcap = cap;
    for (size_t i = 0; i < oldcap; i++) {
        if (old[i].op < 0)
            continue;
        size_t s = memo_hash(old[i].op, old[i].f, old[i].g) & (cap - 1);
        while (m->memo[s].op >= 0)
            s = (s + 1) & (cap - 1);
        m->memo[s] = old[i];
    }
    free(old);
}

static int answer_truth(const term *a, const ir_atom *atom)
{
    if (a->state == GUIDE_NOT_APPLICABLE)
        return K_FALSE; /* interp.c atom_truth: no rule concluded it, no test holds */
    if (a->state != GUIDE_CONCLUDED || a->is_null)
        return K_UNKNOWN;
    return ir_atom_holds(atom, &a->v) ? K_TRUE : K_FALSE;
}

/* The output's answer from a summary of its concluders: interp.c kleene_answer's last step. */
static term final_answer(const mgr *m, const opdef *d, const term *s)
{
    term a;
    memset(&a, 0, sizeof a);
    a.kind = T_ANS;
    int is_set = guide_type_repr(m->p->vars[d->var].type) == GUIDE_REPR_SET;
    if (s->conflict) {
        a.state = GUIDE_CONFLICT;
        return a;
    }
    int definite = 1;
    if (is_set ? s->unk_set != 0 || (s->unk_kind != UNK_NONE) : s->unk_kind != UNK_NONE) {
        if (!s->has_true)
            definite = 0;
        else if (is_set)
            definite = (s->unk_set & ~s->v.set) == 0;
        else
            definite = s->unk_kind == UNK_ONE && s->unk == s->cur;
    }
    if (!definite) {
        a.state = GUIDE_UNDETERMINED;
        return a;
    }
    if (!s->has_true) {
        a.state = GUIDE_NOT_APPLICABLE;
        return a;
    }
    a.state = GUIDE_CONCLUDED;
    if (is_set) {
        a.v.set = s->v.set;
    } else {
        const ir_value *val = d->cls_val[s->cur];
        a.is_null = val->is_null;
        if (!val->is_null)
            a.v = val->v;
    }
    return a;
}

/* The leaf an operation makes of two leaves. */
static int32_t leaf_op(mgr *m, const opdef *d, int32_t f, int32_t g)
{
    const term *a = &m->terms[ref_leaf(f)], *b = &m->terms[ref_leaf(g)];
    switch (d->kind) {
    case OP_AND: return kleene(m, guide_k_and(a->k, b->k));
    case OP_OR: return kleene(m, guide_k_or(a->k, b->k));
    case OP_NOT: return kleene(m, guide_k_not(a->k));
    case OP_ATOM_OUT: return kleene(m, answer_truth(a, d->atom));
    case OP_FINAL: {
        term t = final_answer(m, d, a);
        return intern(m, &t);
    }
    case OP_CARE: {
        /* f where the constraints may hold, the impossible answer where they cannot */
        if (b->k != K_FALSE)
            return f;
        term t;
        memset(&t, 0, sizeof t);
        t.kind = T_IMPOSSIBLE;
        return intern(m, &t);
    }
    case OP_TRUTH: {
        /* a constraint's truth as an answer: true, false, or undetermined */
        term t;
        memset(&t, 0, sizeof t);
        t.kind = T_ANS;
        t.state = a->k == K_UNKNOWN ? GUIDE_UNDETERMINED : GUIDE_CONCLUDED;
        t.v.b = a->k == K_TRUE;
        return intern(m, &t);
    }
    case OP_STEP: {
        term s = *a;
        int e = b->k;
        if (s.conflict || e == K_FALSE)
            return f;
        if (guide_type_repr(m->p->vars[d->var].type) == GUIDE_REPR_SET) {
            if (e == K_TRUE)
                s.v.set |= d->val->v.set, s.has_true = 1;
            else
                s.unk_set |= d->val->v.set, s.unk_kind = UNK_ONE;
        } else if (e == K_TRUE) {
            if (!s.has_true)
                s.has_true = 1, s.cur = d->cls;
            else if (s.cur != d->cls)
                s.conflict = 1;
        } else if (s.unk_kind == UNK_NONE) {
            s.unk_kind = UNK_ONE, s.unk = d->cls;
        } else if (s.unk_kind == UNK_ONE && s.unk != d->cls) {
            s.unk_kind = UNK_MANY, s.unk = 0;
        }
        if (s.conflict) {
            /* Nothing later changes a conflict: one leaf for all of them. */
            memset(&s, 0, sizeof s);
            s.kind = T_SUM;
            s.conflict = 1;
        }
        return intern(m, &s);
    }
    }
    return f;
}

static int32_t cofactor(const mgr *m, int32_t r, int lvl, int c)
{
    return r >= 0 && m->nlev[r] == lvl ? m->kids[m->noff[r] + c] : r;
}

/* Operation op on diagrams f and g (g a leaf for a unary one), level by level. */
static int32_t apply(mgr *m, int op, int32_t f, int32_t g)
{
    if (f < 0 && g < 0)
        return leaf_op(m, &m->ops[op], f, g);
    if (m->blown)
        return f < 0 ? f : g;
    if (2 * (m->mn + 1) > m->mcap)
        memo_grow(m);
    size_t s = memo_hash(op, f, g) & (m->mcap - 1);
    while (m->memo[s].op >= 0) {
        if (m->memo[s].op == op && m->memo[s].f == f && m->memo[s].g == g)
            return m->memo[s].r;
        s = (s + 1) & (m->mcap - 1);
    }
    int lf = level_of(m, f), lg = level_of(m, g), lvl = lf < lg ? lf : lg;
    int nc = m->lv[lvl].ncells;
    size_t base = m->ksn;
    m->ks = grow(m->ks, &m->kscap, base + (size_t)nc, sizeof *m->ks);
    m->ksn = base + (size_t)nc;
    for (int c = 0; c < nc; c++) {
        int32_t r = apply(m, op, cofactor(m, f, lvl, c), cofactor(m, g, lvl, c));
        m->ks[base + (size_t)c] = r;
    }
    int32_t r = mk(m, lvl, m->ks + base);
    m->ksn = base;
    /* the table may have grown in the recursion: look the slot up again */
    if (2 * (m->mn + 1) > m->mcap)
        memo_grow(m);
    s = memo_hash(op, f, g) & (m->mcap - 1);
    while (m->memo[s].op >= 0)
        s = (s + 1) & (m->mcap - 1);
    m->memo[s] = (memo_entry){op, f, g, r};
    m->mn++;
    return r;
}

/* ---- conditions and clauses -------------------------------------------------------------------- */

typedef struct build {
    mgr       m;
    arena    *a;
    int       op_and, op_or, op_not;
    int32_t  *eff;      /* [nclauses]: a clause's effect, once built; INT32_MIN before */
    int32_t  *out_root; /* [nvars]: an output's diagram, once built */
    int       op_care, op_truth;
    int32_t  *constraint_root;  /* [nconstraints]: each constraint's truth, as answers */
    uint64_t **constraint_cone; /* [nconstraints]: the inputs each reads */
    uint64_t *all_cone;         /* the inputs any reads */
    int32_t   allowed;          /* true where every constraint may hold */
} build;

/* The value a cell of the level of variable `root` gives variable v (a match of a match ... of
 * root, or root itself). */
static guide_value through(const ir_program *p, int v, int root, guide_value x)
{
    if (v == root)
        return x;
    const ir_var *d = &p->vars[v];
    guide_value s = through(p, d->src, root, x);
    guide_value r;
    memset(&r, 0, sizeof r);
    r.label = d->map[s.label];
    return r;
}

/* The variable whose level tests v: v itself, or for a match the input it maps. */
static int level_var(const ir_program *p, int v)
{
    while (p->vars[v].kind == GUIDE_VAR_DERIVED && p->vars[v].is_match && p->vars[v].src >= 0)
        v = p->vars[v].src;
    return v;
}

static int32_t atom_dd(build *b, const ir_atom *at)
{
    mgr *m = &b->m;
    const ir_program *p = m->p;
    const ir_var *v = &p->vars[at->var];
    if (v->kind == GUIDE_VAR_OUTPUT)
        return apply(m, new_op(m, (opdef){.kind = OP_ATOM_OUT, .atom = at}), b->out_root[v->index],
                     kleene(m, K_FALSE));
    int root = level_var(p, at->var), lvl = p->vars[root].dd_level;
    if (lvl < 0)
        return kleene(m, K_UNKNOWN); /* a variable no value can be given (never in a checked program) */
    const ir_var *rv = &p->vars[root];
    int nc = m->lv[lvl].ncells;
    size_t base = m->ksn;
    m->ks = grow(m->ks, &m->kscap, base + (size_t)nc, sizeof *m->ks);
    m->ksn = base + (size_t)nc;
    for (int c = 0; c < nc; c++) {
        guide_value x = through(p, at->var, root, rv->dd_cells[c]);
        m->ks[base + (size_t)c] = kleene(m, ir_atom_holds(at, &x) ? K_TRUE : K_FALSE);
    }
    int32_t r = mk(m, lvl, m->ks + base);
    m->ksn = base;
    return r;
}

static int32_t cond_dd(build *b, const ir_cond *c)
{
    mgr *m = &b->m;
    switch (c->kind) {
    case IR_C_TRUE: return kleene(m, K_TRUE);
    case IR_C_ATOM: return atom_dd(b, &c->atom);
    case IR_C_NOT: return apply(m, b->op_not, cond_dd(b, c->kids[0]), kleene(m, K_FALSE));
    case IR_C_AND:
    case IR_C_OR: {
        int op = c->kind == IR_C_AND ? b->op_and : b->op_or;
        int32_t r = cond_dd(b, c->kids[0]);
        for (int i = 1; i < c->nkids; i++)
            r = apply(m, op, r, cond_dd(b, c->kids[i]));
        return r;
    }
    }
    return kleene(m, K_UNKNOWN);
}

/* `when` and not `unless` (interp.c own_status's truth). */
static int32_t truth_dd(build *b, const ir_clause *c)
{
    mgr *m = &b->m;
    int32_t w = cond_dd(b, c->when);
    if (!c->unless)
        return w;
    return apply(m, b->op_and, w, apply(m, b->op_not, cond_dd(b, c->unless), kleene(m, K_FALSE)));
}

/* Clause i's effect: its truth, and in a first-hit table no earlier row matching
 * (interp.c first_hit). */
static int32_t eff_dd(build *b, int i)
{
    if (b->eff[i] != INT32_MIN)
        return b->eff[i];
    mgr *m = &b->m;
    const ir_program *p = m->p;
    const ir_clause *c = &p->clauses[i];
    if (!c->shadowable) {
        b->eff[i] = truth_dd(b, c);
        return b->eff[i];
    }
    const ir_table *tb = &p->tables[c->table];
    int32_t earlier = kleene(m, K_FALSE);
    for (int r = 0; r < tb->nrows && !m->blown; r++) {
        int k = tb->first_clause + r;
        int32_t t = truth_dd(b, &p->clauses[k]);
        b->eff[k] = apply(m, b->op_and, t, apply(m, b->op_not, earlier, kleene(m, K_FALSE)));
        earlier = apply(m, b->op_or, earlier, t);
    }
    return b->eff[i];
}

/* Output o's diagram: its concluders' effects folded into a summary, then the answer. */
static int32_t output_dd(build *b, const ir_var *o)
{
    mgr *m = &b->m;
    const ir_program *p = m->p;
    int n = o->nconcluders;
    const ir_value **cls_val = arena_alloc(b->a, sizeof *cls_val * (size_t)(n + 1));
    int *cls = arena_alloc(b->a, sizeof *cls * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        cls_val[i] = eplan_concl_for(&p->clauses[o->concluders[i]], o->index);
        cls[i] = i;
        for (int j = 0; j < i; j++)
            if (cls[j] == j && ir_value_equal(p, o->index, cls_val[j], cls_val[i])) {
                cls[i] = j;
                break;
            }
    }
    term s0;
    memset(&s0, 0, sizeof s0);
    s0.kind = T_SUM;
    int32_t s = intern(m, &s0);
    for (int i = 0; i < n && !m->blown; i++) {
        int op = new_op(m, (opdef){.kind = OP_STEP, .var = o->index, .cls = cls[i], .val = cls_val[i]});
        s = apply(m, op, s, eff_dd(b, o->concluders[i]));
    }
    return apply(m, new_op(m, (opdef){.kind = OP_FINAL, .var = o->index, .cls_val = cls_val}), s,
                 kleene(m, K_FALSE));
}

/* ---- levels ----------------------------------------------------------------------------------- */

static void note_var(const ir_program *p, int v, int *rank, int *next)
{
    if (p->vars[v].kind == GUIDE_VAR_OUTPUT)
        return;
    v = level_var(p, v);
    if (rank[v] < 0)
        rank[v] = (*next)++;
}

/* Variables in order of first mention in a condition, in source order: the level order. */
static void mention_order(const ir_program *p, const ir_cond *c, int *rank, int *next)
{
    if (!c)
        return;
    if (c->kind == IR_C_ATOM)
        note_var(p, c->atom.var, rank, next);
    for (int i = 0; i < c->nkids; i++)
        mention_order(p, c->kids[i], rank, next);
}

/* An arithmetic value's cells: every position around every constant it is compared with,
 * whatever its declared range (nothing checks a computed value against it). */
static void arith_cells(arena *a, const ir_program *p, ir_var *v, guide_dd_level *lv)
{
    int max = 0;
    for (int i = 0; i < p->nclauses; i++)
        max += 2 * (ir_cond_atoms(p->clauses[i].when) + ir_cond_atoms(p->clauses[i].unless));
    for (int i = 0; i < p->ntables; i++)
        max += 2 * ir_cond_atoms(p->tables[i].guard);
    for (int i = 0; i < p->nconstraints; i++)
        max += 2 * (ir_cond_atoms(p->constraints[i].when) + ir_cond_atoms(p->constraints[i].then));
    double *cuts = arena_alloc(a, sizeof *cuts * (size_t)(max + 1));
    int n = 0;
    for (int i = 0; i < p->nclauses; i++) {
        ir_cond_cuts(p->clauses[i].when, v->index, cuts, &n, max);
        ir_cond_cuts(p->clauses[i].unless, v->index, cuts, &n, max);
    }
    for (int i = 0; i < p->ntables; i++)
        ir_cond_cuts(p->tables[i].guard, v->index, cuts, &n, max);
    for (int i = 0; i < p->nconstraints; i++) {
        ir_cond_cuts(p->constraints[i].when, v->index, cuts, &n, max);
        ir_cond_cuts(p->constraints[i].then, v->index, cuts, &n, max);
    }
    int u = ir_sort_cuts(cuts, n);
    lv->ncuts = u;
    lv->cuts = cuts;
    lv->ncells = 2 * u + 1;
    int32_t *pc = arena_alloc(a, sizeof *pc * (size_t)(2 * u + 1));
    v->dd_cells = arena_alloc(a, sizeof *v->dd_cells * (size_t)(2 * u + 1));
    for (int k = 0; k <= 2 * u; k++) {
        pc[k] = k;
        v->dd_cells[k].num = ir_position_point(cuts, u, k);
    }
    lv->pos_cell = pc;
    v->dd_ncells = lv->ncells;
}

/* Appends the variables expression x reads to ops (each once). */
static void expr_operands(const ir_expr *x, int32_t *ops, int *n)
{
    if (!x)
        return;
    if ((x->kind == IR_E_VAR || x->kind == IR_E_AGG) && x->var >= 0) {
        for (int i = 0; i < *n; i++)
            if (ops[i] == x->var)
                return;
        ops[(*n)++] = x->var;
    }
    expr_operands(x->l, ops, n);
    expr_operands(x->r, ops, n);
}

static int expr_size(const ir_expr *x) { return x ? 1 + expr_size(x->l) + expr_size(x->r) : 0; }

/* The derived values arithmetic value v is computed through, for a walk's asks (guide_dd_level
 * nderived): v, then those of its cone in reverse evaluation order (each after its readers),
 * with their operands. Left empty when the chain reads something else than inputs and
 * arithmetic values (the level then asks for all its unknown inputs, as before). */
static void derived_chain(arena *a, const ir_program *p, const ir_var *v, guide_dd_level *lv)
{
    int n = 1, nops = 0;
    int32_t *vars = arena_alloc(a, sizeof *vars * (size_t)(v->ncone_vars + 2));
    vars[0] = v->index;
    for (int k = v->ncone_vars - 1; k >= 0; k--) {
        const ir_var *u = &p->vars[v->cone_vars[k]];
        if (u->index == v->index)
            continue;
        if (u->kind != GUIDE_VAR_DERIVED || u->is_match || !u->expr)
            return;
        vars[n++] = u->index;
    }
    for (int k = 0; k < n; k++) {
        if (p->vars[vars[k]].kind != GUIDE_VAR_DERIVED || p->vars[vars[k]].is_match || !p->vars[vars[k]].expr)
            return;
        nops += expr_size(p->vars[vars[k]].expr);
    }
    int32_t *at = arena_alloc(a, sizeof *at * (size_t)(n + 1));
    int32_t *from = arena_alloc(a, sizeof *from * (size_t)(nops + 1));
    int m = 0;
    for (int k = 0; k < n; k++) {
        at[k] = m;
        int first = m;
        expr_operands(p->vars[vars[k]].expr, from, &m);
        for (int j = first; j < m; j++) {
            if (from[j] < p->ninputs)
                continue;
            int found = -1;
            for (int i = k + 1; i < n && found < 0; i++)
                if (vars[i] == from[j])
                    found = i;
            if (found < 0)
                return; /* not in the chain (an output, a match value): keep the inputs */
            from[j] = -1 - found;
        }
    }
    at[n] = m;
    lv->nderived = n;
    lv->derived = vars;
    lv->from_at = at;
    lv->from = from;
}

/* The levels: every input or arithmetic value a condition tests, in order of first mention.
 * Returns nonzero after reporting a level of more than DD_MAX_CELLS cells. */
static int make_levels(arena *a, diag_ctx *d, ir_program *p)
{
    int err = 0;
    int words = guide_input_words(&p->info);
    int *rank = arena_alloc(a, sizeof *rank * (size_t)(p->nvars + 1)), next = 0;
    for (int v = 0; v < p->nvars; v++) {
        rank[v] = -1;
        p->vars[v].dd_level = -1;
    }
    for (int i = 0; i < p->ntables; i++)
        mention_order(p, p->tables[i].guard, rank, &next);
    for (int i = 0; i < p->nclauses; i++) {
        mention_order(p, p->clauses[i].when, rank, &next);
        mention_order(p, p->clauses[i].unless, rank, &next);
    }
    /* after the rules' own: a ruleset without constraints keeps its diagrams */
    for (int i = 0; i < p->nconstraints; i++) {
        mention_order(p, p->constraints[i].when, rank, &next);
        mention_order(p, p->constraints[i].then, rank, &next);
    }
    p->levels = arena_alloc(a, sizeof *p->levels * (size_t)(next + 1));
    p->nlevels = 0;
    for (int r = 0; r < next; r++) {
        int vi = 0;
        while (rank[vi] != r)
            vi++;
        ir_var *v = &p->vars[vi];
        guide_dd_level *lv = &p->levels[p->nlevels];
        memset(lv, 0, sizeof *lv);
        lv->var = vi;
        uint64_t *in = arena_alloc(a, sizeof *in * (size_t)(words + 1));
        if (v->kind == GUIDE_VAR_INPUT) {
            in[vi / 64] |= (uint64_t)1 << (vi % 64);
            if (v->ncells == 0)
                continue; /* no admissible value: nothing to branch on */
            lv->ncells = v->ncells;
            v->dd_ncells = v->ncells;
            v->dd_cells = v->cells;
            if (guide_type_is_numeric(v->type)) {
                lv->ncuts = v->ncuts;
                lv->cuts = v->cuts;
                int32_t *pc = arena_alloc(a, sizeof *pc * (size_t)(2 * v->ncuts + 1));
                for (int k = 0; k <= 2 * v->ncuts; k++)
                    pc[k] = -1;
                for (int c = 0; c < v->ncells; c++)
                    pc[guide_cut_position(v->cuts, v->ncuts, v->cells[c].num)] = c;
                lv->pos_cell = pc;
            } else if (!guide_type_is_discrete(v->type)) {
                continue; /* ranges and sets are not tested by atoms */
            }
        } else if (guide_type_repr(v->type) == GUIDE_REPR_TRUTH) {
            /* any, all: true or false, known with the list */
            memcpy(in, v->cone, sizeof *in * (size_t)words);
            lv->ncells = v->ncells;
            v->dd_ncells = v->ncells;
            v->dd_cells = v->cells;
            derived_chain(a, p, v, lv);
        } else {
            memcpy(in, v->cone, sizeof *in * (size_t)words);
            arith_cells(a, p, v, lv);
            derived_chain(a, p, v, lv);
        }
        lv->inputs = in;
        if (lv->ncells > DD_MAX_CELLS) {
            diag_error(d, v->sp, "%s is compared with %d different constants, which cut it into %d cells; a "
                       "decision diagram tests at most %d cells of one value",
                       v->name, lv->ncuts, lv->ncells, DD_MAX_CELLS);
            diag_hint(d, "merge neighbouring rows into ranges, or compare %s with fewer constants", v->name);
            err = 1;
            continue;
        }
        v->dd_level = p->nlevels++;
    }
    return err;
}

/* ---- one output's diagram, as libguide holds it ------------------------------------------------ */

typedef struct extract {
    const mgr *m;
    int32_t   *newid;   /* [manager nodes]: number in this diagram + 1, 0 when not yet */
    int        nnodes;
    int32_t   *order;   /* manager nodes, children first */
    int       *leafid;  /* [manager leaves]: leaf number + 1, 0 when not reached */
    int       *leaves;  /* reached manager leaves */
    int        nleaves;
    int       *count;   /* [levels]: nodes on each */
} extract;

static void visit(extract *x, int32_t r)
{
    if (r < 0) {
        if (!x->leafid[ref_leaf(r)]) {
            x->leaves[x->nleaves++] = ref_leaf(r);
            x->leafid[ref_leaf(r)] = 1;
        }
        return;
    }
    if (x->newid[r])
        return;
    x->newid[r] = -1;
    const mgr *m = x->m;
    int nc = m->lv[m->nlev[r]].ncells;
    for (int c = 0; c < nc; c++)
        visit(x, m->kids[m->noff[r] + c]);
    x->order[x->nnodes++] = r;
    x->newid[r] = x->nnodes;
    x->count[m->nlev[r]]++;
}

/* Leaves in the order they are printed: values (by label, number, set), ND, then not
 * applicable, undetermined and conflict. */
static const term *sort_terms;
static guide_type sort_type;
static int leaf_rank(const term *t)
{
    if (t->kind == T_IMPOSSIBLE)
        return 5;
    if (t->state == GUIDE_CONCLUDED)
        return t->is_null;
    return t->state == GUIDE_NOT_APPLICABLE ? 2 : t->state == GUIDE_UNDETERMINED ? 3 : 4;
}
static int cmp_leaf(const void *x, const void *y)
{
    const term *a = &sort_terms[*(const int *)x], *b = &sort_terms[*(const int *)y];
    int ra = leaf_rank(a), rb = leaf_rank(b);
    if (ra != rb || ra != 0)
        return ra - rb;
    switch (guide_type_repr(sort_type)) {
    case GUIDE_REPR_TRUTH: return a->v.b - b->v.b;
    case GUIDE_REPR_LABEL: return a->v.label - b->v.label;
    case GUIDE_REPR_SET: return (a->v.set > b->v.set) - (a->v.set < b->v.set);
    case GUIDE_REPR_RANGE:
        if (a->v.range.lo != b->v.range.lo)
            return (a->v.range.lo > b->v.range.lo) - (a->v.range.lo < b->v.range.lo);
        return (a->v.range.hi > b->v.range.hi) - (a->v.range.hi < b->v.range.hi);
    default: return (a->v.num > b->v.num) - (a->v.num < b->v.num);
    }
}

static void report_too_big(diag_ctx *d, const ir_program *p, const char *name, span sp,
                           const mgr *m, const int *count, long nodes)
{
    strbuf sb;
    sb_init(&sb);
    /* the three levels with most nodes */
    int top[3] = {-1, -1, -1};
    for (int l = 0; l < p->nlevels; l++) {
        if (!count || !count[l])
            continue;
        for (int k = 0; k < 3; k++) {
            if (top[k] < 0 || count[l] > count[top[k]]) {
                for (int j = 2; j > k; j--)
                    top[j] = top[j - 1];
                top[k] = l;
                break;
            }
        }
    }
    for (int k = 0; k < 3 && top[k] >= 0; k++)
        sb_printf(&sb, "%s%s (%d nodes)", k ? ", " : "", p->vars[m->lv[top[k]].var].name, count[top[k]]);
    if (count)
        diag_error(d, sp, "the decision diagram of %s has %ld nodes, more than the %d allowed; it branches most on %s",
                   name, nodes, DD_MAX_NODES, sb.len ? sb.data : "its inputs");
    else
        diag_error(d, sp, "building the decision diagram of %s takes more than %d nodes or %d children",
                   name, DD_MAX_BUILD_NODES, DD_MAX_BUILD_KIDS);
    diag_hint(d, "%s", count ? "a diagram tests inputs in the order the rules first mention them, and a path is a "
                                "combination of their cells: mention together the inputs read together, compare "
                                "them with fewer constants, or split the output"
                              : "a long first-hit table or many rules over an input cut into many cells cost the "
                                "most; merge rows into ranges, or split the table");
    sb_free(&sb);
}

/* The diagram at root as libguide holds it, into dd: an output's (its variable and cone), or a
 * constraint's or a clause's (output -1, type bool, the inputs it reads), whose leaves are
 * truths: true, false, and undetermined. */
static void emit_dd(arena *a, const ir_program *p, const mgr *m, extract *x, int32_t root,
                    int output, guide_type type, const uint64_t *cone, guide_dd *dd)
{
    dd->output = output;
    dd->cone = cone;
    /* levels used, compacted in order */
    int *lmap = arena_alloc(a, sizeof *lmap * (size_t)(p->nlevels + 1)), nl = 0;
    for (int l = 0; l < p->nlevels; l++)
        lmap[l] = x->count[l] ? nl++ : -1;
    guide_dd_level *lv = arena_alloc(a, sizeof *lv * (size_t)(nl + 1));
    for (int l = 0; l < p->nlevels; l++)
        if (lmap[l] >= 0)
            lv[lmap[l]] = p->levels[l];
    dd->nlevels = nl;
    dd->levels = lv;
    /* leaves, sorted */
    sort_terms = m->terms;
    sort_type = type;
    qsort(x->leaves, (size_t)x->nleaves, sizeof *x->leaves, cmp_leaf);
    guide_dd_leaf *leaves = arena_alloc(a, sizeof *leaves * (size_t)(x->nleaves + 1));
    for (int i = 0; i < x->nleaves; i++) {
        const term *t = &m->terms[x->leaves[i]];
        x->leafid[x->leaves[i]] = i + 1;
        leaves[i].state = t->state;
        leaves[i].is_null = t->is_null;
        leaves[i].v = t->v;
        if (t->kind == T_IMPOSSIBLE) {
            leaves[i].state = GUIDE_UNDETERMINED; /* never offered: dd->impossible names it */
            dd->impossible = i + 1;
        } else if (t->kind == T_K) { /* a clause's Kleene truth */
            leaves[i].state = t->k == K_UNKNOWN ? GUIDE_UNDETERMINED : GUIDE_CONCLUDED;
            leaves[i].v.b = t->k == K_TRUE;
        }
    }
    dd->nleaves = x->nleaves;
    dd->leaves = leaves;
    /* nodes, children first */
    size_t nkids = 0;
    for (int i = 0; i < x->nnodes; i++)
        nkids += (size_t)m->lv[m->nlev[x->order[i]]].ncells;
    int32_t *nlev = arena_alloc(a, sizeof *nlev * (size_t)(x->nnodes + 1));
    int32_t *noff = arena_alloc(a, sizeof *noff * (size_t)(x->nnodes + 1));
    int32_t *kids = arena_alloc(a, sizeof *kids * (nkids + 1));
    size_t at = 0;
    for (int i = 0; i < x->nnodes; i++) {
        int32_t r = x->order[i];
        int nc = m->lv[m->nlev[r]].ncells;
        nlev[i] = lmap[m->nlev[r]];
        noff[i] = (int32_t)at;
        for (int c = 0; c < nc; c++) {
            int32_t k = m->kids[m->noff[r] + c];
            kids[at++] = k < 0 ? -x->leafid[ref_leaf(k)] : x->newid[k] - 1;
        }
    }
    dd->nnodes = x->nnodes;
    dd->node_level = nlev;
    dd->node_kids = noff;
    dd->kids = kids;
    dd->root = root < 0 ? -x->leafid[ref_leaf(root)] : x->newid[root] - 1;
}

/* ---- constraints ------------------------------------------------------------------------------ */

/* Adds the inputs condition c reads (a derived value's through its cone) to set. */
static void cond_inputs(const ir_program *p, const ir_cond *c, uint64_t *set)
{
    if (c->kind == IR_C_ATOM) {
        const uint64_t *cone = p->vars[c->atom.var].cone;
        for (int w = 0; w < guide_input_words(&p->info); w++)
            set[w] |= cone[w];
    }
    for (int i = 0; i < c->nkids; i++)
        cond_inputs(p, c->kids[i], set);
}

/* Each constraint's diagram (`when` implies `then`, in Kleene logic), and the diagram of all of
 * them: true where every one holds, false where one is broken. */
static int32_t constraints_dd(build *b, arena *a)
{
    mgr *m = &b->m;
    const ir_program *p = m->p;
    int words = guide_input_words(&p->info);
    int32_t all = kleene(m, K_TRUE);
    b->constraint_root = arena_alloc(a, sizeof *b->constraint_root * (size_t)(p->nconstraints + 1));
    b->constraint_cone = arena_alloc(a, sizeof *b->constraint_cone * (size_t)(p->nconstraints + 1));
    b->all_cone = arena_alloc(a, sizeof *b->all_cone * (size_t)(words + 1));
    for (int k = 0; k < p->nconstraints && !m->blown; k++) {
        const ir_constraint *c = &p->constraints[k];
        int32_t not_when = apply(m, b->op_not, cond_dd(b, c->when), kleene(m, K_FALSE));
        int32_t holds = apply(m, b->op_or, not_when, cond_dd(b, c->then));
        b->constraint_root[k] = apply(m, b->op_truth, holds, kleene(m, K_FALSE));
        all = apply(m, b->op_and, all, holds);
        uint64_t *cone = arena_alloc(a, sizeof *cone * (size_t)(words + 1));
        cond_inputs(p, c->when, cone);
        cond_inputs(p, c->then, cone);
        for (int w = 0; w < words; w++)
            b->all_cone[w] |= cone[w];
        b->constraint_cone[k] = cone;
    }
    return all;
}

/* The diagram at root, checked against DD_MAX_NODES and made into dd. Returns nonzero past it,
 * reported when name is not NULL (the caller reports a clause's). */
static int extract_dd(build *b, diag_ctx *d, int32_t root, const char *name, span sp, int output,
                      guide_type type, const uint64_t *cone, guide_dd *dd)
{
    const mgr *m = &b->m;
    extract x;
    memset(&x, 0, sizeof x);
    x.m = m;
    x.newid = guide_xcalloc((size_t)m->nn + 1, sizeof *x.newid, "the decision diagrams");
    x.order = guide_xmalloc(sizeof *x.order * ((size_t)m->nn + 1), "the decision diagrams");
    x.leafid = guide_xcalloc((size_t)m->nt + 1, sizeof *x.leafid, "the decision diagrams");
    x.leaves = guide_xmalloc(sizeof *x.leaves * ((size_t)m->nt + 1), "the decision diagrams");
    x.count = guide_xcalloc((size_t)m->p->nlevels + 1, sizeof *x.count, "the decision diagrams");
    visit(&x, root);
    int err = x.nnodes > DD_MAX_NODES;
    if (err && name)
        report_too_big(d, m->p, name, sp, m, x.count, x.nnodes);
    else if (!err)
        emit_dd(b->a, m->p, m, &x, root, output, type, cone, dd);
    free(x.newid);
    free(x.order);
    free(x.leafid);
    free(x.leaves);
    free(x.count);
    return err;
}

/* The inputs whose values decide whether clause i fires: those of what it and, in a first-hit
 * table, the rows above it read. */
static const uint64_t *clause_cone(arena *a, const ir_program *p, int i)
{
    int words = guide_input_words(&p->info);
    uint64_t *cone = arena_alloc(a, sizeof *cone * (size_t)(words + 1));
    vec deps = {0};
    ir_clause_deps(p, i, a, &deps);
    for (int k = 0; k < deps.len; k++) {
        int v = (int)(intptr_t)deps.items[k];
        if (v < p->ninputs)
            cone[v / 64] |= (uint64_t)1 << (v % 64);
        else if (p->vars[v].cone)
            for (int w = 0; w < words; w++)
                cone[w] |= p->vars[v].cone[w];
    }
    return cone;
}

/* p->clause_dds: whether each clause a test expects to fire `in every case` fires, as a diagram
 * over the same levels as the outputs', walked like theirs (testrun.c). */
static int build_clause_dds(arena *a, diag_ctx *d, ir_program *p, build *b)
{
    for (int t = 0; t < p->ntests; t++)
        for (int k = 0; k < p->tests[t].nexpect; k++) {
            const ir_expect *e = &p->tests[t].expect[k];
            if (e->kind != IR_X_FIRED_ALWAYS)
                continue;
            if (!p->clause_dds)
                p->clause_dds = arena_alloc(a, sizeof *p->clause_dds * (size_t)(p->nclauses + 1));
            if (p->clause_dds[e->target])
                continue;
            int32_t root = eff_dd(b, e->target);
            if (p->nconstraints) /* in every case that can occur */
                root = apply(&b->m, b->op_care, root, b->allowed);
            if (b->m.blown) {
                diag_error(d, e->sp, "building the decision diagram of whether rule %s fires takes "
                           "more than %d nodes or %d children", p->clauses[e->target].name,
                           DD_MAX_BUILD_NODES, DD_MAX_BUILD_KIDS);
                return 1;
            }
            guide_dd *dd = arena_alloc(a, sizeof *dd);
            if (extract_dd(b, d, root, NULL, e->sp, -1, GUIDE_BOOL, clause_cone(a, p, e->target), dd)) {
                diag_error(d, e->sp, "the decision diagram of whether rule %s fires has more than "
                           "%d nodes", p->clauses[e->target].name, DD_MAX_NODES);
                return 1;
            }
            p->clause_dds[e->target] = dd;
        }
    return 0;
}

/* The manager with its operations and the Kleene leaves 0, 1, 2, and room for the clauses'
   effects and the outputs' diagrams. */
static void build_init(build *b, arena *a, ir_program *p)
{
    memset(b, 0, sizeof *b);
    b->a = a;
    b->m.p = p;
    b->m.lv = p->levels;
    b->op_and = new_op(&b->m, (opdef){.kind = OP_AND});
    b->op_or = new_op(&b->m, (opdef){.kind = OP_OR});
    b->op_not = new_op(&b->m, (opdef){.kind = OP_NOT});
    b->op_care = new_op(&b->m, (opdef){.kind = OP_CARE});
    b->op_truth = new_op(&b->m, (opdef){.kind = OP_TRUTH});
    for (int k = K_FALSE; k <= K_UNKNOWN; k++)
        kleene(&b->m, k); /* leaves 0, 1, 2 */
    b->eff = guide_xmalloc(sizeof *b->eff * (size_t)(p->nclauses + 1), "the decision diagrams");
    b->out_root = guide_xcalloc((size_t)p->nvars + 1, sizeof *b->out_root, "the decision diagrams");
    for (int i = 0; i < p->nclauses; i++)
        b->eff[i] = INT32_MIN;
}

static void build_free(build *b)
{
    free(b->eff);
    free(b->out_root);
    free(b->m.nlev);
    free(b->m.noff);
    free(b->m.kids);
    free(b->m.utab);
    free(b->m.terms);
    free(b->m.ttab);
    free(b->m.memo);
    free(b->m.ops);
    free(b->m.ks);
}

/* Each output's own diagram, in b->out_root (outputs read the others' below them in p->order).
   Returns nonzero, reported, when the manager outgrows its limits. */
static int build_outputs(build *b, diag_ctx *d, const ir_program *p)
{
    for (int k = 0; k < p->norder; k++) {
        const ir_var *o = &p->vars[p->order[k]];
        if (o->kind != GUIDE_VAR_OUTPUT)
            continue;
        int32_t root = output_dd(b, o);
        if (b->m.blown) {
            report_too_big(d, p, o->name, o->sp, &b->m, NULL, 0);
            return 1;
        }
        b->out_root[o->index] = root;
    }
    return 0;
}

/* p->dds: each output's diagram, answering only for the worlds the constraints allow. */
static int extract_outputs(build *b, diag_ctx *d, ir_program *p)
{
    int first = guide_first_output(&p->info), err = 0;
    for (int k = 0; k < p->norder && !err; k++) {
        const ir_var *o = &p->vars[p->order[k]];
        if (o->kind != GUIDE_VAR_OUTPUT)
            continue;
        int32_t root = b->out_root[o->index];
        if (p->nconstraints)
            root = apply(&b->m, b->op_care, root, b->allowed);
        if (b->m.blown) {
            report_too_big(d, p, o->name, o->sp, &b->m, NULL, 0);
            return 1;
        }
        err = extract_dd(b, d, root, o->name, o->sp, o->index, o->type, o->cone, &p->dds[o->index - first]);
    }
    return err;
}

/* p->constraint_dds, each constraint's diagram, and p->consistent, where they hold together. */
static int extract_constraints(build *b, diag_ctx *d, ir_program *p, arena *a)
{
    int err = 0;
    for (int k = 0; k < p->nconstraints && !err; k++) {
        const ir_constraint *c = &p->constraints[k];
        err = extract_dd(b, d, b->constraint_root[k], c->name, c->sp, -1, GUIDE_BOOL,
                         b->constraint_cone[k], &p->constraint_dds[k]);
    }
    if (b->m.blown && !err) {
        report_too_big(d, p, "the constraints", p->constraints[0].sp, &b->m, NULL, 0);
        err = 1;
    }
    if (p->nconstraints && !err) {
        p->consistent = arena_alloc(a, sizeof *p->consistent);
        err = extract_dd(b, d, apply(&b->m, b->op_truth, b->allowed, kleene(&b->m, K_FALSE)),
                         "the constraints together", p->constraints[0].sp, -1, GUIDE_BOOL, b->all_cone,
                         p->consistent);
    }
    return err;
}

/* Whether diagram dd is the one leaf true (want 1) or false (want 0). */
static int dd_is_constant(const guide_dd *dd, int want)
{
    return dd->root < 0 && dd->leaves[-1 - dd->root].state == GUIDE_CONCLUDED &&
           !dd->leaves[-1 - dd->root].v.b == !want;
}

/* A warning for each constraint that excludes nothing; an error when together they exclude
   every case. */
static int check_constraints(diag_ctx *d, const ir_program *p)
{
    for (int k = 0; k < p->nconstraints; k++)
        if (dd_is_constant(&p->constraint_dds[k], 1))
            diag_warning(d, p->constraints[k].sp, "constraint %s holds in every case: it excludes nothing",
                         p->constraints[k].name);
    const guide_dd *all = p->consistent;
    if (all && dd_is_constant(all, 0)) {
        diag_error(d, p->constraints[0].sp, "no case satisfies every constraint: together they exclude "
                   "every case");
        diag_hint(d, "a constraint states what every real case has; check each one's 'when' and 'then'");
        return 1;
    }
    return 0;
}

/* The constraints as libguide describes them. */
static guide_constraint_info *constraint_info(arena *a, const ir_program *p)
{
    guide_constraint_info *ci = arena_alloc(a, sizeof *ci * (size_t)(p->nconstraints + 1));
    for (int k = 0; k < p->nconstraints; k++) {
        ci[k].name = p->constraints[k].name;
        ci[k].cite = p->constraints[k].cite;
        ci[k].line = p->constraints[k].sp.first_line;
        ci[k].dd = p->constraint_dds[k];
        ci[k].reading = p->constraints[k].reading;
        ci[k].reading_text = p->constraints[k].reading_text;
    }
    return ci;
}

int dd_build(arena *a, diag_ctx *d, ir_program *p)
{
    if (make_levels(a, d, p))
        return 1;
    build b;
    build_init(&b, a, p);
    p->dds = arena_alloc(a, sizeof *p->dds * (size_t)(p->noutputs + 1));
    p->constraint_dds = arena_alloc(a, sizeof *p->constraint_dds * (size_t)(p->nconstraints + 1));
    int err = build_outputs(&b, d, p);
    /* Outputs read the others' own diagrams above; what is printed and walked answers only
     * for the worlds the constraints allow. */
    b.allowed = err ? kleene(&b.m, K_TRUE) : constraints_dd(&b, a);
    if (!err)
        err = extract_outputs(&b, d, p);
    if (!err)
        err = extract_constraints(&b, d, p, a);
    if (!err)
        err = build_clause_dds(a, d, p, &b);
    build_free(&b);
    if (err) {
        p->dds = NULL;
        return 1;
    }
    p->info.dds = p->dds;
    guide_constraint_info *ci = constraint_info(a, p);
    if (check_constraints(d, p))
        return 1;
    p->info.nconstraints = p->nconstraints;
    p->info.constraints = ci;
    p->info.consistent = p->consistent;
    return 0;
}
