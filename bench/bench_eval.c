/* bench_eval.c — the evaluation rows of `make bench`: the Miettinen case stream
 * (miettinen_stream.h) through the hand-written lookup table (miettinen_hand.h) and through the
 * interpreter (library API), through the C that `guidec emit-c` writes for the same rule file
 * (compiled into this program by the Makefile) and through the same rules lowered to LLVM and
 * compiled in process by LLJIT; both backends are called as an embedding program calls them,
 * gist_miettinen_eval on the typed structs of gist_miettinen.h (one ABI for both), each with and
 * without trace. Every evaluator's outputs, the hand-written one's included, go through the same
 * encoding into the stream's checksum (ms_code), and the checksums are compared to the
 * hand-written one. A benchmark, not a test: it
 * prints and exits 0 unless the checksums differ.
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
#include "miettinen_hand.h"
#include "miettinen_stream.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double hand_ns; /* the baseline, ns per case */

static void row(const char *name, double ns, uint32_t sum, const char *note)
{
    printf("%-34s %14.0f %10.1f %9.2fx  %08x %s\n", name, 1e9 / ns, ns, ns / hand_ns, sum, note);
}

static void row_na(const char *name, const char *why)
{
    printf("%-34s %14s %10s %10s  %8s %s\n", name, "n/a", "n/a", "n/a", "-", why);
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
 * other types are left unknown. */
static int emit_sparse(const char *rules, int pct, long n)
{
    compilation comp;
    if (compile_file(&comp, rules, stderr, COMPILE_LOWER, 0)) {
        compile_free(&comp);
        return 2;
    }
    const guide_ruleset_info *rs = &comp.ir->info;
    uint32_t s = 0x2009;
    for (long i = 0; i < n; i++) {
        printf("{\"id\":\"c%ld\"", i);
        for (int v = 0; v < rs->nvars; v++) {
            const guide_var_info *x = &rs->vars[v];
            if (x->kind != GUIDE_VAR_INPUT || (int)(ms_draw(&s) % 100) >= pct)
                continue;
            uint32_t r = ms_draw(&s);
            double lo = isfinite(x->lo) ? x->lo : 0, hi = isfinite(x->hi) ? x->hi : lo + 30;
            switch (x->type) {
            case GUIDE_BOOL: printf(",\"%s\":%s", x->name, r % 2 ? "true" : "false"); break;
            case GUIDE_ENUM: printf(",\"%s\":\"%s\"", x->name, x->labels[r % (uint32_t)x->nlabels]); break;
            case GUIDE_NUMBER: printf(",\"%s\":%g", x->name, fmin(lo + (r % 61) * 0.5, hi)); break;
            case GUIDE_INTEGER: printf(",\"%s\":%g", x->name, fmin(ceil(lo) + r % 6, floor(hi))); break;
            default: break;
            }
        }
        puts("}");
    }
    compile_free(&comp);
    return 0;
}

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

/* Folds one result into the checksum: risk (a label of the rule file) and pct with their
 * states, as ms_code wants them (9: no risk concluded; -1: no percentage). */
static inline uint32_t fold_result(uint32_t h, const stream_labels *sl, const guide_output *r,
                                   int32_t risk, const guide_output *p, double pct)
{
    int ri = r->state == GUIDE_CONCLUDED ? sl->risk_of[risk] : 9;
    return ms_fold(h, ms_code(ri, p->state == GUIDE_CONCLUDED && !p->is_null ? pct : -1));
}

/* A backend's rows: eval (gist_miettinen_eval, from C or from the JIT) on the typed structs, best
 * of 3 passes. Returns nonzero if a checksum differs from hand_sum. */
static int abi_rows(const char *what, abi_eval eval, const ms_case *pool, uint32_t hand_sum,
                    guide_trace *tr, const stream_labels *sl)
{
    int bad = 0;
    for (int with_trace = 0; with_trace < 2; with_trace++) {
        double best = 1e30;
        uint32_t h = 0;
        for (int rep = 0; rep < 3; rep++) {
            double t0 = now();
            h = MS_FNV_BASIS;
            for (int i = 0; i < MS_POOL; i++) {
                const ms_case *c = &pool[i];
                gist_miettinen_input in = {{0}, sl->loc[c->location], c->size_cm, c->mitoses};
                gist_miettinen_output out;
                GIST_MIETTINEN_KNOW(&in, GIST_MIETTINEN_IN_location);
                GIST_MIETTINEN_KNOW(&in, GIST_MIETTINEN_IN_size_cm);
                GIST_MIETTINEN_KNOW(&in, GIST_MIETTINEN_IN_mitoses_per_5mm2);
                if (with_trace)
                    tr->len = 0, tr->overflow = 0;
                eval(&in, &out, with_trace ? tr : NULL);
                h = fold_result(h, sl, &out.state[GIST_MIETTINEN_OUT_miettinen_risk], out.miettinen_risk,
                                &out.state[GIST_MIETTINEN_OUT_recurrence_pct], out.recurrence_pct);
            }
            double t = now() - t0;
            if (t < best)
                best = t;
        }
        int same = h == hand_sum;
        bad |= !same;
        char name[64];
        snprintf(name, sizeof name, "%s, %s", what, with_trace ? "with trace" : "no trace");
        row(name, best * 1e9 / MS_POOL, h, same ? "= hand" : "DIFFERS from hand");
    }
    return bad;
}

/* The JIT rows: the rules lowered to LLVM and compiled by LLJIT (the compile time row), then
 * the JIT's gist_miettinen_eval through abi_rows. Returns nonzero if a checksum differs. */
static int jit_rows(const ir_program *p, const ms_case *pool, uint32_t hand_sum, guide_trace *tr,
                    const stream_labels *sl)
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
    int laid_out = emitll_layout(p, &l, &err) == 0 &&
                   l.in_size == sizeof(gist_miettinen_input) &&
                   l.out_size == sizeof(gist_miettinen_output);
    free(off);
    if (!sym || !laid_out) {
        const char *why = !sym ? sb_str(&err) : "the JIT's structs are not those of gist_miettinen.h";
        row_na("JIT (LLVM), no trace", why);
        row_na("JIT (LLVM), with trace", why);
        row_na("JIT compile time", why);
        emitll_jit_free(j);
        sb_free(&err);
        return 1;
    }
    sb_free(&err);
    abi_eval eval;
    memcpy(&eval, &sym, sizeof sym);
    int bad = abi_rows("JIT (LLVM)", eval, pool, hand_sum, tr, sl);
    printf("%-34s %14s %10s %10s  %8s %.1f ms (lower, verify, O2, LLJIT)\n", "JIT compile time", "-",
           "-", "-", "-", compile_ms);
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
    long n, pct;
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
    ms_case *pool = malloc(MS_POOL * sizeof *pool);
    if (!pool)
        return 2;
    ms_fill(pool);

    /* Hand-written: best of 5 passes over the pool, for each baseline. */
    uint32_t hand_sum = 0, code_sum = 0;
    double best = 1e30, best_code = 1e30;
    for (int rep = 0; rep < 5; rep++) {
        double t0 = now();
        uint32_t h = MS_FNV_BASIS;
        for (int i = 0; i < MS_POOL; i++) {
            mh_answer a = mh_eval(pool[i].mitoses, pool[i].size_cm, pool[i].location);
            h = ms_fold(h, ms_code(a.risk, a.pct));
        }
        double t = now() - t0;
        if (t < best)
            best = t;
        hand_sum = h;
        t0 = now();
        h = MS_FNV_BASIS;
        for (int i = 0; i < MS_POOL; i++)
            h = ms_fold(h, mh_code(pool[i].mitoses, pool[i].size_cm, pool[i].location));
        t = now() - t0;
        if (t < best_code)
            best_code = t;
        code_sum = h;
    }
    hand_ns = best * 1e9 / MS_POOL;
    printf("Miettinen stream: %d cases (LCG seed 0x2009), one core\n", MS_POOL);
    printf("%-34s %14s %10s %10s  %8s\n", "evaluator", "cases/s", "ns/case", "vs hand", "checksum");
    row("hand-written C lookup table", hand_ns, hand_sum, "(the baseline: risk and %, encoded as for every row)");
    row("hand-written, codes precomputed", best_code * 1e9 / MS_POOL, code_sum,
        code_sum == hand_sum ? "= hand (reference: skips the encoding)" : "DIFFERS from hand");

    compilation comp;
    if (compile_file(&comp, argv[1], stderr, COMPILE_LOWER, 0)) {
        compile_free(&comp);
        return 2;
    }
    const guide_ruleset_info *rs = &comp.ir->info;
    int v_loc = guide_var_index(rs, "location"), v_size = guide_var_index(rs, "size_cm");
    int v_mit = guide_var_index(rs, "mitoses_per_5mm2");
    int o_risk = guide_var_index(rs, "miettinen_risk"), o_pct = guide_var_index(rs, "recurrence_pct");
    int first = guide_first_output(rs);
    stream_labels sl;
    labels_of(rs, &sl);
    interp *ref = interp_new(comp.ir);
    interp *indexed = interp_new_indexed(comp.ir);
    guide_frame *f = guide_frame_new(rs);
    guide_trace *tr = guide_trace_new(4096 + 4 * (size_t)(rs->nclauses + rs->noutputs));
    int bad = code_sum != hand_sum;
    /* the reference interpreter without and with trace, then with its table lookups */
    for (int pass = 0; pass < 3; pass++) {
        interp *it = pass < 2 ? ref : indexed;
        int with_trace = pass == 1;
        double best_t = 1e30;
        uint32_t h = 0;
        for (int rep = 0; rep < 3; rep++) {
            double t0 = now();
            h = MS_FNV_BASIS;
            for (int i = 0; i < MS_POOL; i++) {
                const ms_case *c = &pool[i];
                guide_frame_clear(f);
                f->val[v_loc].label = sl.loc[c->location];
                f->val[v_size].num = c->size_cm;
                f->val[v_mit].num = c->mitoses;
                f->known[v_loc] = f->known[v_size] = f->known[v_mit] = 1;
                if (with_trace)
                    tr->len = 0, tr->overflow = 0;
                interp_eval(it, f, with_trace ? tr : NULL);
                h = fold_result(h, &sl, &f->out[o_risk - first], f->val[o_risk].label,
                                &f->out[o_pct - first], f->val[o_pct].num);
            }
            double t = now() - t0;
            if (t < best_t)
                best_t = t;
        }
        int same = h == hand_sum;
        bad |= !same;
        static const char *const names[] = {"interpreter, no trace", "interpreter, with trace",
                                            "interpreter + lookups, no trace"};
        row(names[pass], best_t * 1e9 / MS_POOL, h, same ? "= hand" : "DIFFERS from hand");
    }
    bad |= abi_rows("C backend", gist_miettinen_eval, pool, hand_sum, tr, &sl);
    bad |= jit_rows(comp.ir, pool, hand_sum, tr, &sl);
    guide_trace_free(tr);
    guide_frame_free(f);
    interp_free(ref);
    interp_free(indexed);
    compile_free(&comp);
    free(pool);
    return bad;
}
