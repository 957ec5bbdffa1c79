/* bench_eval.c — the evaluation rows of `make bench`: the Miettinen case stream
 * (miettinen_stream.h) through the hand-written lookup table (miettinen_hand.h) and through the
 * interpreter (library API, with and without trace), and through the LLVM backend's JIT, with
 * checksums compared to the hand-written one. A benchmark, not a test: it prints and exits 0 unless the checksums differ.
 *
 *   bench_eval RULES.guide          print the rows
 *   bench_eval --emit jsonl|csv N   write the first N cases of the stream (for batch rows) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "compile.h"
#include "emit_llvm.h"
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

/* The JIT rows: the rules lowered to LLVM and compiled by LLJIT (timed: the compile time row),
 * then NAME_eval called through NAME_input / NAME_output as a C program would, the structs laid
 * out as emitll_layout says (the layout of NAME.h). Returns nonzero if a checksum differs. */
static int jit_rows(const ir_program *p, const ms_case *pool, uint32_t hand_sum, guide_trace *tr,
                    const int *loc_label, const int *risk_of)
{
    char err[2048], name[300];
    double t0 = now();
    emitll_jit *j = emitll_jit_load(p, NULL, err, sizeof err);
    double compile_ms = (now() - t0) * 1e3;
    size_t *off = calloc((size_t)p->nvars + 1, sizeof *off);
    emitll_layout_info l = {0};
    l.var_off = off;
    snprintf(name, sizeof name, "%s_eval", p->name);
    void *sym = j ? emitll_jit_lookup(j, name) : NULL;
    if (!sym || emitll_layout(p, &l, err, sizeof err)) {
        row_na("JIT (LLVM), no trace", err);
        row_na("JIT (LLVM), with trace", err);
        row_na("JIT compile time", err);
        emitll_jit_free(j);
        free(off);
        return 0;
    }
    int (*eval)(const void *, void *, guide_trace *);
    memcpy(&eval, &sym, sizeof sym);
    const guide_ruleset_info *rs = &p->info;
    int v_loc = guide_var_index(rs, "location"), v_size = guide_var_index(rs, "size_cm");
    int v_mit = guide_var_index(rs, "mitoses_per_5mm2"), first = guide_first_output(rs);
    int o_risk = guide_var_index(rs, "miettinen_risk"), o_pct = guide_var_index(rs, "recurrence_pct");
    uint64_t *in = calloc(l.in_size / 8 + 1, 8), *out = calloc(l.out_size / 8 + 1, 8);
    char *inb = (char *)in, *outb = (char *)out;
    int bad = 0;
    for (int with_trace = 0; with_trace < 2; with_trace++) {
        t0 = now();
        uint32_t h = MS_FNV_BASIS;
        for (int i = 0; i < MS_POOL; i++) {
            const ms_case *c = &pool[i];
            int32_t label = loc_label[c->location];
            in[0] = (UINT64_C(1) << v_loc) | (UINT64_C(1) << v_size) | (UINT64_C(1) << v_mit);
            memcpy(inb + off[v_loc], &label, sizeof label);
            memcpy(inb + off[v_size], &c->size_cm, sizeof c->size_cm);
            memcpy(inb + off[v_mit], &c->mitoses, sizeof c->mitoses);
            if (with_trace)
                tr->len = 0, tr->overflow = 0;
            eval(in, out, with_trace ? tr : NULL);
            guide_output r, q;
            memcpy(&r, outb + l.state_off + sizeof r * (size_t)(o_risk - first), sizeof r);
            memcpy(&q, outb + l.state_off + sizeof q * (size_t)(o_pct - first), sizeof q);
            int32_t rl;
            double pct = -1;
            memcpy(&rl, outb + off[o_risk], sizeof rl);
            if (q.state == GUIDE_CONCLUDED && !q.is_null)
                memcpy(&pct, outb + off[o_pct], sizeof pct);
            h = ms_fold(h, ms_code(r.state == GUIDE_CONCLUDED ? risk_of[rl] : 9, pct));
        }
        double ns = (now() - t0) * 1e9 / MS_POOL;
        int same = h == hand_sum;
        bad |= !same;
        row(with_trace ? "JIT (LLVM), with trace" : "JIT (LLVM), no trace", ns, h,
            same ? "= hand" : "DIFFERS from hand");
    }
    printf("%-34s %14s %10s %10s  %8s %.1f ms (lower, verify, O2, LLJIT)\n", "JIT compile time", "-",
           "-", "-", "-", compile_ms);
    free(in);
    free(out);
    free(off);
    emitll_jit_free(j);
    return bad;
}

int main(int argc, char **argv)
{
    if (argc == 4 && strcmp(argv[1], "--emit") == 0)
        return emit(argv[2], atol(argv[3]));
    if (argc != 2) {
        fprintf(stderr, "usage: bench_eval RULES.guide | bench_eval --emit jsonl|csv N\n");
        return 2;
    }
    ms_case *pool = malloc(MS_POOL * sizeof *pool);
    if (!pool)
        return 2;
    ms_fill(pool);

    /* Hand-written: best of 5 passes over the pool. */
    uint32_t hand_sum = 0;
    double best = 1e30;
    for (int rep = 0; rep < 5; rep++) {
        double t0 = now();
        uint32_t h = MS_FNV_BASIS;
        for (int i = 0; i < MS_POOL; i++)
            h = ms_fold(h, mh_eval(pool[i].mitoses, pool[i].size_cm, pool[i].location));
        double t = now() - t0;
        if (t < best)
            best = t;
        hand_sum = h;
    }
    hand_ns = best * 1e9 / MS_POOL;
    printf("Miettinen stream: %d cases (LCG seed 0x2009), one core\n", MS_POOL);
    printf("%-34s %14s %10s %10s  %8s\n", "evaluator", "cases/s", "ns/case", "vs hand", "checksum");
    row("hand-written C lookup table", hand_ns, hand_sum, "");

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
    int loc_label[4], risk_of[8];
    for (int i = 0; i < 4; i++)
        loc_label[i] = guide_label_index(rs, v_loc, ms_location_names[i]);
    for (int i = 0; i < rs->vars[o_risk].nlabels && i < 8; i++) {
        risk_of[i] = -1;
        for (int k = 0; k < 6; k++)
            if (strcmp(rs->vars[o_risk].labels[i], ms_risk_names[k]) == 0)
                risk_of[i] = k;
    }
    interp *it = interp_new(comp.ir, INTERP_DEFAULT_BUDGET);
    guide_frame *f = guide_frame_new(rs);
    guide_trace *tr = guide_trace_new(4096 + 4 * (size_t)(rs->nclauses + rs->noutputs));
    int bad = 0;
    for (int with_trace = 0; with_trace < 2; with_trace++) {
        double t0 = now();
        uint32_t h = MS_FNV_BASIS;
        for (int i = 0; i < MS_POOL; i++) {
            const ms_case *c = &pool[i];
            guide_frame_clear(f);
            f->val[v_loc].label = loc_label[c->location];
            f->val[v_size].num = c->size_cm;
            f->val[v_mit].num = c->mitoses;
            f->known[v_loc] = f->known[v_size] = f->known[v_mit] = 1;
            if (with_trace)
                tr->len = 0, tr->overflow = 0;
            interp_eval(it, f, with_trace ? tr : NULL);
            const guide_output *r = &f->out[o_risk - first], *p = &f->out[o_pct - first];
            int risk = r->state == GUIDE_CONCLUDED ? risk_of[f->val[o_risk].label] : 9;
            double pct = p->state == GUIDE_CONCLUDED && !p->is_null ? f->val[o_pct].num : -1;
            h = ms_fold(h, ms_code(risk, pct));
        }
        double ns = (now() - t0) * 1e9 / MS_POOL;
        int same = h == hand_sum;
        bad |= !same;
        row(with_trace ? "interpreter, with trace" : "interpreter, no trace", ns, h,
            same ? "= hand" : "DIFFERS from hand");
    }
    row_na("C backend, no trace", "(not measured yet)");
    row_na("C backend, with trace", "(not measured yet)");
    bad |= jit_rows(comp.ir, pool, hand_sum, tr, loc_label, risk_of);
    guide_trace_free(tr);
    guide_frame_free(f);
    interp_free(it);
    compile_free(&comp);
    free(pool);
    return bad;
}
