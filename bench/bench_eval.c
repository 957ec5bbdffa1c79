/* bench_eval.c — the evaluation rows of `make bench`: the Miettinen case stream
 * (miettinen_stream.h) through the hand-written lookup table (miettinen_hand.h), through the C
 * that `guidec emit-c` writes for the same rule file and the object `guidec emit-llvm` writes
 * (both compiled into this program by the Makefile, called as an embedding program calls them:
 * gist_miettinen_eval on the typed structs of gist_miettinen.h, one ABI for both), through the
 * same rules compiled in process by LLJIT, and through the interpreter (library API).
 *
 * Timing (issue 16): a timed loop evaluates each case of the pool and stores its result into an
 * array, nothing else: the inputs are prepared in the form each evaluator takes before the clock
 * starts (the pool of ms_case for the hand-written function, input structs for the ABI), and the
 * checksum of the stored results (the stream's code of each case, folded by FNV) is computed
 * after it stops. The fast rows (hand-written, generated code without trace, and the harness
 * floor: the same loop storing a constant) run in turns, one pass over the pool each per round,
 * for BENCH_ROUNDS rounds (default 31); each is reported by its median round and its best, and
 * compared with the hand-written function's: the ratio of the medians, and that of the best
 * rounds (the closer figure when other work on the machine slows some rounds). The slow rows (traces, the interpreter) are
 * the best of 3 passes. Every checksum must equal the hand-written one's. A benchmark, not a
 * test: it prints and exits 0 unless a checksum differs.
 *
 *   bench_eval RULES.guide          print the rows
 *   bench_eval --emit jsonl|csv N   write the first N cases of the stream (for batch rows)
 *   bench_eval --emit-sparse RULES.guide PERCENT N
 *                                   write N cases of RULES with PERCENT % of the inputs known */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "compile.h"
#include "emit_llvm.h"
#include "gist_miettinen.h" /* build/bench/gen: guidec emit-c bench/miettinen.guide */
#include "interp.h"
#include "bench_abi.h"
#include "miettinen_hand.h"
#include "miettinen_stream.h"

enum { MAX_ROUNDS = 201, SLOW_PASSES = 3 };

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int emit(const char *fmt, long n)
{
    if (strcmp(fmt, "csv") != 0 && strcmp(fmt, "jsonl") != 0) {
        fprintf(stderr, "bench_eval: --emit writes jsonl or csv, not '%s'\n", fmt);
        return 2;
    }
    ms_case *pool = malloc(MS_POOL * sizeof *pool);
    if (!pool)
        return 2;
    ms_fill(pool);
    int csv = strcmp(fmt, "csv") == 0;
    if (csv)
        puts("id,location,size_cm,mitoses_per_5mm2");
    for (long i = 0; i < n; i++) {
        const ms_case *c = &pool[i % MS_POOL];
        if (csv)
            printf("c%ld,%s,%g,%g\n", i, ms_location_names[c->location], c->size_cm, c->mitoses);
        else
            printf("{\"id\":\"c%ld\",\"location\":\"%s\",\"size_cm\":%g,\"mitoses_per_5mm2\":%g}\n",
                   i, ms_location_names[c->location], c->size_cm, c->mitoses);
    }
    free(pool);
    return 0;
}

/* JSON Lines cases of a rule file for the sparse batch rows: each input known with probability
 * pct / 100, drawn from the stream's LCG (seed 0x2009); a label, a bool, a number in the
 * first 30 units of its range (0.5 apart) or an integer among its first 6 values. Inputs of
 * other types are left unknown. A case that breaks one of the rules' constraints is drawn
 * again (the readers would refuse it), so the stream holds cases that can occur. */
static int emit_sparse(const char *rules, int pct, long n)
{
    compilation comp;
    if (compile_file(&comp, rules, stderr, COMPILE_LOWER, 0)) {
        compile_free(&comp);
        return 2;
    }
    const guide_ruleset_info *rs = &comp.ir->info;
    guide_frame *f = guide_frame_new(rs);
    if (!f) {
        compile_free(&comp);
        return 2;
    }
    uint32_t s = 0x2009;
    for (long i = 0; i < n; i++) {
        for (int tries = 0; tries < 1000; tries++) {
            guide_frame_clear(f);
            for (int v = 0; v < rs->nvars; v++) {
                const guide_var_info *x = &rs->vars[v];
                if (x->kind != GUIDE_VAR_INPUT || (int)(ms_draw(&s) % 100) >= pct)
                    continue;
                uint32_t r = ms_draw(&s);
                double lo = isfinite(x->lo) ? x->lo : 0, hi = isfinite(x->hi) ? x->hi : lo + 30;
                switch (x->type) {
                case GUIDE_BOOL: f->val[v].b = r % 2; break;
                case GUIDE_ENUM: f->val[v].label = (int32_t)(r % (uint32_t)x->nlabels); break;
                case GUIDE_NUMBER: f->val[v].num = fmin(lo + (r % 61) * 0.5, hi); break;
                case GUIDE_INTEGER: f->val[v].num = fmin(ceil(lo) + r % 6, floor(hi)); break;
                default: continue;
                }
                f->known[v] = 1;
            }
            if (guide_constraints_check(rs, f->val, f->known, f->check_work) < 0)
                break;
        }
        printf("{\"id\":\"c%ld\"", i);
        for (int v = 0; v < rs->ninputs; v++) {
            const guide_var_info *x = &rs->vars[v];
            if (!f->known[v])
                continue;
            if (x->type == GUIDE_BOOL)
                printf(",\"%s\":%s", x->name, f->val[v].b ? "true" : "false");
            else if (x->type == GUIDE_ENUM)
                printf(",\"%s\":\"%s\"", x->name, x->labels[f->val[v].label]);
            else
                printf(",\"%s\":%g", x->name, f->val[v].num);
        }
        puts("}");
    }
    guide_frame_free(f);
    compile_free(&comp);
    return 0;
}

/* The object `guidec emit-llvm bench/miettinen.guide` writes, its public symbols renamed from
 * gist_miettinen_* to llvm_gist_miettinen_* by the Makefile (objcopy), so that it links beside
 * the C backend's: the same ABI, declared by gist_miettinen.h. */
int llvm_gist_miettinen_eval(const gist_miettinen_input *in, gist_miettinen_output *out, guide_trace *trace);
size_t llvm_gist_miettinen_eval_many(size_t n, const gist_miettinen_input *in, gist_miettinen_output *out);
size_t llvm_gist_miettinen_eval_columns(size_t n, const gist_miettinen_columns *c);
/* The same module built with --cpu generic (SSE2, as the C is compiled here), its symbols
 * renamed to llvmg_gist_miettinen_*: what the columns row owes to this machine's CPU. */
size_t llvmg_gist_miettinen_eval_columns(size_t n, const gist_miettinen_columns *c);

/* bench_inline.c: the ABI loop over gist_miettinen_eval_inline, from the header of guidec emit-c
 * --inline (its slow path is the gist_miettinen_eval linked here). */
void bench_eval_inline(int n, const gist_miettinen_input *in, abi_rec *rec);
/* bench_lto.c: the ABI loop over the LLVM module's gist_miettinen_eval, the two linked as one
 * module and optimized together (the Makefile: clang -flto, llvm-link, opt, llc), so that the call
 * is inlined. */
void bench_eval_lto(int n, const gist_miettinen_input *in, abi_rec *rec);

typedef int (*abi_eval)(const gist_miettinen_input *, gist_miettinen_output *, guide_trace *);

/* The ruleset's label numbers of the stream's four sites, and the stream's risk index of each
 * miettinen_risk label (the same for every evaluator: one rule file). */
typedef struct stream_labels {
    int loc[4], risk_of[8];
} stream_labels;

static void labels_of(const guide_ruleset_info *rs, stream_labels *sl)
{
    int v_loc = guide_var_index(rs, "location"), o_risk = guide_var_index(rs, "miettinen_risk");
    for (int i = 0; i < 4; i++)
        sl->loc[i] = guide_label_index(rs, v_loc, ms_location_names[i]);
    for (int i = 0; i < rs->vars[o_risk].nlabels && i < 8; i++) {
        sl->risk_of[i] = -1;
        for (int k = 0; k < 6; k++)
            if (strcmp(rs->vars[o_risk].labels[i], ms_risk_names[k]) == 0)
                sl->risk_of[i] = k;
    }
}

/* The pool in the form each evaluator takes, and the arrays the timed loops store into. */
typedef struct bench {
    stream_labels         sl;
    const ms_case        *pool; /* [MS_POOL], the hand-written function's inputs */
    gist_miettinen_input *in;   /* [MS_POOL], the same cases as the ABI's input structs */
    mh_answer            *hand; /* [MS_POOL] */
    abi_rec              *rec;  /* [MS_POOL] */
    /* the columns entry's: the pool as one array per input, the risk and the percentage with
     * their states as one array each (the third output, miettinen_few_cases, not asked for) */
    gist_miettinen_columns cols;
    int32_t              *loc, *risk;
    double               *size, *mit, *pct;
    uint8_t              *risk_state, *pct_state; /* a byte a row: guide_state_byte */
} bench;

/* ---- checksums, after the clock ------------------------------------------------------------ */

/* The stream's code of one result: the risk (a label of the rule file) and the percentage with
 * their states, as ms_code wants them (9: no risk concluded; -1: no percentage). */
static uint32_t code_of(const stream_labels *sl, int risk_state, int32_t risk, int pct_state,
                        int pct_null, double pct)
{
    int ri = risk_state == GUIDE_CONCLUDED && risk >= 0 && risk < 8 ? sl->risk_of[risk] : 9;
    return ms_code(ri, pct_state == GUIDE_CONCLUDED && !pct_null ? pct : -1);
}

static uint32_t sum_hand(const bench *b)
{
    uint32_t h = MS_FNV_BASIS;
    for (int i = 0; i < MS_POOL; i++)
        h = ms_fold(h, ms_code(b->hand[i].risk, b->hand[i].pct));
    return h;
}

static uint32_t sum_rec(const bench *b)
{
    uint32_t h = MS_FNV_BASIS;
    for (int i = 0; i < MS_POOL; i++) {
        const abi_rec *r = &b->rec[i];
        h = ms_fold(h, code_of(&b->sl, r->risk_state, r->risk, r->pct_state, r->pct_null, r->pct));
    }
    return h;
}

static uint32_t sum_columns(const bench *b)
{
    uint32_t h = MS_FNV_BASIS;
    for (int i = 0; i < MS_POOL; i++)
    {
        guide_output rs = guide_state_of_byte(b->risk_state[i]), ps = guide_state_of_byte(b->pct_state[i]);
        h = ms_fold(h, code_of(&b->sl, rs.state, b->risk[i], ps.state, ps.is_null, b->pct[i]));
    }
    return h;
}

/* ---- the timed loops: evaluate each case and store its result, nothing else -------------- */

/* The harness floor: the same loop storing a constant (the empty asm keeps the compiler from
 * turning it into a memset, which no evaluator's loop could be). */
static void run_floor(bench *b)
{
    const mh_answer a = {4, 50};
    for (int i = 0; i < MS_POOL; i++) {
        b->hand[i] = a;
        __asm__ volatile("" ::"r"(b->hand) : "memory");
    }
}

static void run_hand(bench *b)
{
    const ms_case *restrict pool = b->pool;
    mh_answer *restrict out = b->hand;
    for (int i = 0; i < MS_POOL; i++)
        out[i] = mh_eval(pool[i].mitoses, pool[i].size_cm, pool[i].location);
}

static void run_hand_chain(bench *b)
{
    const ms_case *restrict pool = b->pool;
    mh_answer *restrict out = b->hand;
    for (int i = 0; i < MS_POOL; i++)
        out[i] = mh_eval_chain(pool[i].mitoses, pool[i].size_cm, pool[i].location);
}

static void run_c(bench *b)
{
    ABI_LOOP(MS_POOL, b->in, b->rec, gist_miettinen_eval);
}

static void run_c_inline(bench *b)
{
    bench_eval_inline(MS_POOL, b->in, b->rec);
}

static void run_llvm(bench *b)
{
    ABI_LOOP(MS_POOL, b->in, b->rec, llvm_gist_miettinen_eval);
}

static void run_llvm_lto(bench *b)
{
    bench_eval_lto(MS_POOL, b->in, b->rec);
}

/* NAME_eval_many on blocks of MANY_BLOCK cases into output structs (a block's stay in the
 * cache), then the fields a caller reads stored, as for NAME_eval. */
enum { MANY_BLOCK = 256 };
#define MANY_LOOP(b, eval_many)                                                                    \
    do {                                                                                           \
        static gist_miettinen_output out_[MANY_BLOCK];                                             \
        for (int base_ = 0; base_ < MS_POOL; base_ += MANY_BLOCK) {                                \
            eval_many(MANY_BLOCK, (b)->in + base_, out_);                                          \
            for (int i_ = 0; i_ < MANY_BLOCK; i_++)                                                \
                store_rec(&(b)->rec[base_ + i_], &out_[i_]);                                       \
        }                                                                                          \
    } while (0)

static void run_c_many(bench *b)
{
    MANY_LOOP(b, gist_miettinen_eval_many);
}

static void run_llvm_many(bench *b)
{
    MANY_LOOP(b, llvm_gist_miettinen_eval_many);
}

/* NAME_eval_columns on the whole pool: its results are the output columns themselves. */
static void run_c_columns(bench *b)
{
    gist_miettinen_eval_columns(MS_POOL, &b->cols);
}

static void run_llvm_columns(bench *b)
{
    llvm_gist_miettinen_eval_columns(MS_POOL, &b->cols);
}

static void run_llvm_generic_columns(bench *b)
{
    llvmg_gist_miettinen_eval_columns(MS_POOL, &b->cols);
}


/* ---- rows ------------------------------------------------------------------------------------- */

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(const double *t, int n)
{
    double s[MAX_ROUNDS];
    memcpy(s, t, sizeof *t * (size_t)n);
    qsort(s, (size_t)n, sizeof *s, cmp_double);
    return n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

static void header(void)
{
    printf("%-46s %9s %9s %8s %9s  %8s\n", "evaluator", "ns/case", "best", "vs hand", "best/hand", "checksum");
}

/* One line: ns per case (median, best), the ratio of the medians to the hand-written one's
 * (hand_ns; 0 for the hand-written row itself), the ratio of the best rounds (hand_best; 0: not
 * printed, for the rows timed by their best pass alone: other work on the machine slows some
 * rounds, and the best round is then the closer figure) and the checksum (has_sum 0: none). */
static void row(const char *name, double ns, double best, double hand_ns, double hand_best, int has_sum,
                uint32_t sum, const char *note)
{
    printf("%-46s %9.2f %9.2f ", name, ns, best);
    if (hand_ns > 0)
        printf("%7.2fx", ns / hand_ns);
    else
        printf("%8s", "-");
    if (hand_best > 0)
        printf(" %8.2fx", best / hand_best);
    else
        printf(" %9s", "-");
    if (has_sum)
        printf("  %08x %s\n", sum, note);
    else
        printf("  %8s %s\n", "-", note);
}

static void row_na(const char *name, const char *why)
{
    printf("%-46s %9s %9s %8s %9s  %8s %s\n", name, "n/a", "n/a", "n/a", "n/a", "-", why);
}

typedef struct fast_row {
    const char *name;
    void (*run)(bench *b);            /* one pass over the pool, timed */
    uint32_t (*sum)(const bench *b);  /* the checksum of what it stored; NULL: none */
    const char *note;
} fast_row;

static const fast_row fast[] = {
    {"harness floor (stores a constant)", run_floor, NULL, "(the loop alone)"},
    {"hand-written lookup, inlined", run_hand, sum_hand, "(the baseline)"},
    {"hand-written, ?: bands (branches)", run_hand_chain, sum_hand, ""},
    {"C backend: NAME_eval", run_c, sum_rec, ""},
    {"C backend: NAME_eval_inline (--inline)", run_c_inline, sum_rec, ""},
    {"C backend: NAME_eval_many (blocks of 256)", run_c_many, sum_rec, ""},
    {"C backend: NAME_eval_columns", run_c_columns, sum_columns, ""},
    {"LLVM object: NAME_eval", run_llvm, sum_rec, ""},
    {"LLVM bitcode, linked in (LTO): NAME_eval", run_llvm_lto, sum_rec, ""},
    {"LLVM object: NAME_eval_many (blocks of 256)", run_llvm_many, sum_rec, ""},
    {"LLVM object: NAME_eval_columns", run_llvm_columns, sum_columns, ""},
    {"LLVM object, --cpu generic: NAME_eval_columns", run_llvm_generic_columns, sum_columns, ""},
};
enum { NFAST = sizeof fast / sizeof *fast, HAND_ROW = 1 };

/* The fast rows, in turns: round r runs every row once, starting from row r mod NFAST. Returns
 * nonzero if a checksum differs from the hand-written one's; that checksum into *hand_sum and
 * its median into *hand_median. */
static int fast_rows(bench *b, int rounds, uint32_t *hand_sum, double *hand_median)
{
    static double t[NFAST][MAX_ROUNDS];
    uint32_t sum[NFAST] = {0};
    int differs[NFAST] = {0};
    for (int r = 0; r < rounds; r++)
        for (int j = 0; j < NFAST; j++) {
            int k = (r + j) % NFAST;
            double t0 = now();
            fast[k].run(b);
            t[k][r] = (now() - t0) * 1e9 / MS_POOL;
            if (!fast[k].sum)
                continue;
            uint32_t h = fast[k].sum(b);
            if (r > 0 && h != sum[k])
                differs[k] = 1;
            sum[k] = h;
        }
    *hand_sum = sum[HAND_ROW];
    double hand_ns = *hand_median = median(t[HAND_ROW], rounds);
    double best[NFAST];
    for (int k = 0; k < NFAST; k++) {
        best[k] = t[k][0];
        for (int r = 1; r < rounds; r++)
            best[k] = t[k][r] < best[k] ? t[k][r] : best[k];
    }
    int bad = 0;
    for (int k = 0; k < NFAST; k++) {
        const char *note = fast[k].note;
        if (fast[k].sum && k != HAND_ROW) {
            int same = !differs[k] && sum[k] == sum[HAND_ROW];
            bad |= !same;
            note = same ? "= hand" : "DIFFERS from hand";
        }
        row(fast[k].name, median(t[k], rounds), best[k], k == HAND_ROW ? 0 : hand_ns,
            k == HAND_ROW ? 0 : best[HAND_ROW], fast[k].sum != NULL, sum[k], note);
    }
    return bad;
}

/* A backend's NAME_eval with a trace, best of SLOW_PASSES passes. Returns nonzero if the
 * checksum differs. */
static int traced_row(const char *name, abi_eval eval, bench *b, guide_trace *tr, uint32_t hand_sum,
                      double hand_ns)
{
    double best = 1e30;
    for (int pass = 0; pass < SLOW_PASSES; pass++) {
        double t0 = now();
        for (int i = 0; i < MS_POOL; i++) {
            gist_miettinen_output out;
            tr->len = 0;
            tr->overflow = 0;
            eval(&b->in[i], &out, tr);
            store_rec(&b->rec[i], &out);
        }
        double t = (now() - t0) * 1e9 / MS_POOL;
        best = t < best ? t : best;
    }
    uint32_t h = sum_rec(b);
    row(name, best, best, hand_ns, 0, 1, h, h == hand_sum ? "= hand" : "DIFFERS from hand");
    return h != hand_sum;
}

/* The interpreter through a frame (the reference path, with and without trace, then with its
 * table lookups), best of SLOW_PASSES passes. Returns nonzero if a checksum differs. */
static int interp_rows(const ir_program *p, bench *b, guide_trace *tr, uint32_t hand_sum, double hand_ns)
{
    const guide_ruleset_info *rs = &p->info;
    int v_loc = guide_var_index(rs, "location"), v_size = guide_var_index(rs, "size_cm");
    int v_mit = guide_var_index(rs, "mitoses_per_5mm2");
    int o_risk = guide_var_index(rs, "miettinen_risk"), o_pct = guide_var_index(rs, "recurrence_pct");
    int first = guide_first_output(rs);
    interp *ref = interp_new(p), *indexed = interp_new_indexed(p);
    guide_frame *f = guide_frame_new(rs);
    int bad = 0;
    for (int pass = 0; pass < 3; pass++) {
        interp *it = pass < 2 ? ref : indexed;
        int with_trace = pass == 1;
        double best = 1e30;
        for (int rep = 0; rep < SLOW_PASSES; rep++) {
            double t0 = now();
            for (int i = 0; i < MS_POOL; i++) {
                const ms_case *c = &b->pool[i];
                guide_frame_clear(f);
                f->val[v_loc].label = b->sl.loc[c->location];
                f->val[v_size].num = c->size_cm;
                f->val[v_mit].num = c->mitoses;
                f->known[v_loc] = f->known[v_size] = f->known[v_mit] = 1;
                if (with_trace)
                    tr->len = 0, tr->overflow = 0;
                interp_eval(it, f, with_trace ? tr : NULL);
                abi_rec *r = &b->rec[i];
                r->pct = f->val[o_pct].num;
                r->risk = f->val[o_risk].label;
                r->risk_state = f->out[o_risk - first].state;
                r->pct_state = f->out[o_pct - first].state;
                r->pct_null = f->out[o_pct - first].is_null;
            }
            double t = (now() - t0) * 1e9 / MS_POOL;
            best = t < best ? t : best;
        }
        uint32_t h = sum_rec(b);
        bad |= h != hand_sum;
        static const char *const names[] = {"interpreter, no trace", "interpreter, with trace",
                                            "interpreter + lookups, no trace"};
        row(names[pass], best, best, hand_ns, 0, 1, h, h == hand_sum ? "= hand" : "DIFFERS from hand");
    }
    guide_frame_free(f);
    interp_free(ref);
    interp_free(indexed);
    return bad;
}

/* The JIT: the rules lowered to LLVM and compiled by LLJIT in this process (the compile time
 * row), then its gist_miettinen_eval with a trace. Returns nonzero if the checksum differs. */
static int jit_rows(const ir_program *p, bench *b, guide_trace *tr, uint32_t hand_sum, double hand_ns)
{
    strbuf err = STRBUF_INIT;
    double t0 = now();
    emitll_jit *j = emitll_jit_load(p, &err);
    double compile_ms = (now() - t0) * 1e3;
    char *name = sb_format("%s_eval", p->name);
    void *sym = j ? emitll_jit_lookup(j, name) : NULL;
    free(name);
    size_t *off = calloc((size_t)p->nvars + 1, sizeof *off);
    emitll_layout_info l = {0};
    l.var_off = off;
    int laid_out = emitll_layout(p, &l, &err) == 0 && l.in_size == sizeof(gist_miettinen_input) &&
                   l.out_size == sizeof(gist_miettinen_output);
    free(off);
    if (!sym || !laid_out) {
        const char *why = !sym ? sb_str(&err) : "the JIT's structs are not those of gist_miettinen.h";
        row_na("JIT (LLVM): NAME_eval, with trace", why);
        row_na("JIT compile time", why);
        emitll_jit_free(j);
        sb_free(&err);
        return 1;
    }
    sb_free(&err);
    abi_eval eval;
    memcpy(&eval, &sym, sizeof sym);
    int bad = traced_row("JIT (LLVM): NAME_eval, with trace", eval, b, tr, hand_sum, hand_ns);
    printf("%-46s %9s %9s %8s %9s  %8s %.1f ms (lower, verify, O2, LLJIT)\n", "JIT compile time", "-", "-", "-", "-",
           "-", compile_ms);
    emitll_jit_free(j);
    return bad;
}

/* The whole of text as a number in [lo, hi], into *out; else says which argument and returns 0. */
static int arg_long(const char *what, const char *text, long lo, long hi, long *out)
{
    char *end;
    errno = 0;
    long x = strtol(text, &end, 10);
    if (errno || end == text || *end || x < lo || x > hi) {
        fprintf(stderr, "bench_eval: %s must be a whole number in [%ld, %ld], not '%s'\n", what, lo, hi, text);
        return 0;
    }
    *out = x;
    return 1;
}

int main(int argc, char **argv)
{
    long n, pct, rounds = 31;
    if (argc == 4 && strcmp(argv[1], "--emit") == 0)
        return arg_long("N", argv[3], 0, LONG_MAX, &n) ? emit(argv[2], n) : 2;
    if (argc == 5 && strcmp(argv[1], "--emit-sparse") == 0)
        return arg_long("PERCENT", argv[3], 0, 100, &pct) && arg_long("N", argv[4], 0, LONG_MAX, &n)
                   ? emit_sparse(argv[2], (int)pct, n)
                   : 2;
    if (argc != 2) {
        fprintf(stderr, "usage: bench_eval RULES.guide | bench_eval --emit jsonl|csv N"
                        " | bench_eval --emit-sparse RULES.guide PERCENT N\n");
        return 2;
    }
    const char *r = getenv("BENCH_ROUNDS");
    if (r && !arg_long("BENCH_ROUNDS", r, 1, MAX_ROUNDS, &rounds))
        return 2;
    compilation comp;
    if (compile_file(&comp, argv[1], stderr, COMPILE_LOWER, 0)) {
        compile_free(&comp);
        return 2;
    }
    bench b;
    memset(&b, 0, sizeof b);
    labels_of(&comp.ir->info, &b.sl);
    ms_case *pool = malloc(MS_POOL * sizeof *pool);
    b.in = calloc(MS_POOL, sizeof *b.in);
    b.hand = calloc(MS_POOL, sizeof *b.hand);
    b.rec = calloc(MS_POOL, sizeof *b.rec);
    b.loc = calloc(MS_POOL, sizeof *b.loc);
    b.size = calloc(MS_POOL, sizeof *b.size);
    b.mit = calloc(MS_POOL, sizeof *b.mit);
    b.risk = calloc(MS_POOL, sizeof *b.risk);
    b.pct = calloc(MS_POOL, sizeof *b.pct);
    b.risk_state = calloc(MS_POOL, sizeof *b.risk_state);
    b.pct_state = calloc(MS_POOL, sizeof *b.pct_state);
    if (!pool || !b.in || !b.hand || !b.rec || !b.loc || !b.size || !b.mit || !b.risk || !b.pct ||
        !b.risk_state || !b.pct_state)
        return 2;
    b.cols.location = b.loc;
    b.cols.size_cm = b.size;
    b.cols.mitoses_per_5mm2 = b.mit;
    b.cols.miettinen_risk = b.risk;
    b.cols.recurrence_pct = b.pct;
    b.cols.state[GIST_MIETTINEN_OUT_miettinen_risk] = b.risk_state;
    b.cols.state[GIST_MIETTINEN_OUT_recurrence_pct] = b.pct_state;
    ms_fill(pool);
    b.pool = pool;
    for (int i = 0; i < MS_POOL; i++) {
        gist_miettinen_input *in = &b.in[i];
        in->location = b.sl.loc[pool[i].location];
        in->size_cm = pool[i].size_cm;
        in->mitoses_per_5mm2 = pool[i].mitoses;
        GIST_MIETTINEN_KNOW(in, GIST_MIETTINEN_IN_location);
        GIST_MIETTINEN_KNOW(in, GIST_MIETTINEN_IN_size_cm);
        GIST_MIETTINEN_KNOW(in, GIST_MIETTINEN_IN_mitoses_per_5mm2);
        b.loc[i] = in->location;
        b.size[i] = in->size_cm;
        b.mit[i] = in->mitoses_per_5mm2;
    }

    printf("Miettinen stream: %d cases (LCG seed 0x2009), one core; %ld rounds of the fast rows in turn,\n"
           "each a pass over the pool; ns/case: the median round, and the best\n",
           MS_POOL, rounds);
    header();
    uint32_t hand_sum;
    double hand_ns;
    int bad = fast_rows(&b, (int)rounds, &hand_sum, &hand_ns);
    const guide_ruleset_info *rs = &comp.ir->info;
    guide_trace *tr = guide_trace_new(4096 + 4 * (size_t)(rs->nclauses + rs->noutputs));
    bad |= traced_row("C backend: NAME_eval, with trace", gist_miettinen_eval, &b, tr, hand_sum, hand_ns);
    bad |= jit_rows(comp.ir, &b, tr, hand_sum, hand_ns);
    bad |= interp_rows(comp.ir, &b, tr, hand_sum, hand_ns);
    guide_trace_free(tr);
    compile_free(&comp);
    free(pool);
    free(b.in);
    free(b.hand);
    free(b.rec);
    free(b.loc);
    free(b.size);
    free(b.mit);
    free(b.risk);
    free(b.pct);
    free(b.risk_state);
    free(b.pct_state);
    return bad;
}
