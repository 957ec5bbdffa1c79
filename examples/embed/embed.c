/* embed.c — a program that embeds the GIST rules compiled to C.
 *
 * The rules come from `guidec build rules/gist.guide -o DIR` (DIR/libgist.a and DIR/gist.h;
 * `make` does it; `guidec emit-c` gives the same code as source), or, for
 * build/examples/embed_llvm, from the object `guidec emit-llvm rules/gist.guide` writes (the same
 * ABI, declared by the same gist.h); the program links them with libguide, whose case reader
 * reads the cases and whose printers print each result with its trace, exactly as
 * `guidec run --trace` does. In between, each case goes
 * through the typed ABI: gist_input in, gist_eval, gist_output out, which a program would read
 * directly (--summary shows how).
 *
 *   usage: embed [--json] [--summary] [CASES]     (no CASES or '-': standard input)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gist.h"

typedef struct run {
    guide_trace     *trace;
    guide_print_opts opts;
    int              summary;
    int              errors;
} run;

/* The fields a program would use, read from the typed output. */
static void print_summary(const guide_frame *f, const gist_output *out)
{
    const guide_output *risk = &out->state[GIST_OUT_miettinen_risk];
    const guide_output *adj = &out->state[GIST_OUT_adjuvant_imatinib];
    printf("%s: Miettinen risk ", f->id ? f->id : "case");
    if (risk->state == GUIDE_CONCLUDED)
        printf("%s", out->miettinen_risk == gist_miettinen_risk_high ? "high" : "not high");
    else if (risk->state == GUIDE_UNDETERMINED) {
        printf("undetermined, ask for:");
        for (int i = 0; i < GIST_NINPUTS; i++)
            if (out->asks[GIST_OUT_miettinen_risk][i / 64] >> (i % 64) & 1)
                printf(" %s", gist_info.vars[i].name);
    } else
        printf("not applicable");
    printf("; adjuvant imatinib %s\n",
           adj->state != GUIDE_CONCLUDED ? "not concluded"
           : out->adjuvant_imatinib == gist_adjuvant_imatinib_recommended ? "recommended"
                                                                          : "not recommended");
}

static int one_case(void *ctx, guide_frame *f, const guide_case_error *err, int record, int line)
{
    run *r = ctx;
    if (err || !f) {
        guide_case_error oom = {"", "out of memory"};
        guide_print_case_error(stdout, &gist_info, f ? f->id : NULL, err ? err : &oom, record,
                               line, &r->opts);
        r->errors++;
        return 0;
    }
    gist_input in;
    gist_output out;
    gist_from_frame(f, &in); /* the case reader's frame, as typed inputs */
    r->trace->len = 0;
    r->trace->overflow = 0;
    if (gist_eval(&in, &out, r->trace) != 0) { /* the reader checks ranges: not expected */
        fprintf(stderr, "embed: record %d: an input is outside its range\n", record);
        r->errors++;
        return 0;
    }
    /* back into a frame, for libguide's printers and for the check that gist_eval does not
     * make: a constraint on a derived value (`derive d = a + b`, `when d > 10 cm then flag`) can
     * be broken only by values evaluation computes (gist.guide has none: then this costs a
     * test); the reader has checked the constraints on inputs */
    gist_to_frame(&in, &out, f);
    guide_case_error broken;
    if (guide_check_evaluated(f, &broken) < 0) {
        guide_print_case_error(stdout, &gist_info, f->id, &broken, record, line, &r->opts);
        r->errors++;
        return 0;
    }
    if (r->summary) {
        print_summary(f, &out);
        return 0;
    }
    guide_print_result(stdout, f, r->trace, &r->opts);
    return 0;
}

static char *read_all(FILE *in, size_t *len)
{
    size_t cap = 1 << 16, n = 0, got;
    char *buf = malloc(cap);
    while (buf && (got = fread(buf + n, 1, cap - n, in)) > 0) {
        n += got;
        if (n == cap) {
            char *bigger = realloc(buf, cap *= 2);
            if (!bigger)
                free(buf);
            buf = bigger;
        }
    }
    *len = n;
    return buf;
}

int main(int argc, char **argv)
{
    run r = {NULL, {GUIDE_FMT_TEXT, 1, 1, 0}, 0, 0};
    const char *path = "-";
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--json") == 0)
            r.opts.format = GUIDE_FMT_JSON;
        else if (strcmp(argv[i], "--summary") == 0)
            r.summary = 1;
        else
            path = argv[i];
    }
    FILE *in = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!in) {
        perror(path);
        return 2;
    }
    size_t len;
    char *buf = read_all(in, &len);
    if (in != stdin)
        fclose(in);
    /* Each rule, row, derived value and output is traced at most once per case. */
    r.trace = guide_trace_new((size_t)gist_info.nvars + (size_t)gist_info.nclauses);
    if (!buf || !r.trace) {
        fprintf(stderr, "embed: out of memory\n");
        return 2;
    }
    guide_read_cases(&gist_info, buf, len, one_case, &r);
    guide_trace_free(r.trace);
    free(buf);
    return r.errors ? 2 : 0;
}
