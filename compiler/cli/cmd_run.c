/* cmd_run.c — `guidec run`: evaluates cases one after another and prints each result (text or
 * JSON), with the evaluator --backend names. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "compile.h"
#include "evaluator.h"
#include "strbuf.h"
#include "xalloc.h"

const char cmd_run_usage[] =
    "usage: guidec run [options] FILE [CASES]\n"
    "\n"
    "Evaluates each case of CASES (a JSON object, or JSON objects one after another, e.g. one\n"
    "per line; '-' or no CASES reads standard input) with the rules of FILE and prints, per\n"
    "case, the outputs concluded, those undetermined because inputs are missing, and with\n"
    "--trace every rule and table row considered. A case with an input error yields an error\n"
    "record in its place and the run goes on. docs/CASES-FORMAT.md says what a case may hold\n"
    "(units inside values, \"35 mm\"; null = unknown; labels; booleans; integers).\n"
    "\n"
    "options:\n"
    "  --format text|json  output format (default text; json: one line per case, with\n"
    "                      \"outputs\", \"undetermined\" and, when there are some,\n"
    "                      \"not_applicable\": the outputs no rule concludes for the case)\n"
    "  --trace[=all|fired] include the trace: rules and rows, their status, the values read,\n"
    "                      the cells of each row that matched; --trace=fired keeps only the\n"
    "                      rules that fired, the rows that matched and the outputs' lines\n"
    "  --missing           list, per undetermined output, the inputs to ask for\n"
    "  --labels            json: add the display texts of names and labels (\"labels\",\n"
    "                      \"label\", \"value_label\"; text always shows them)\n"
    "  --backend B         evaluator: interp (the reference interpreter, default), c (the\n"
    "                      rules compiled to C with $CC or cc, loaded, giving the same results\n"
    "                      and traces; 'guidec help build' says where the headers come from) or\n"
    "                      jit (the rules lowered to LLVM IR and compiled in process by LLJIT,\n"
    "                      the same results and traces)\n"
    "  --search-budget N   accepted and ignored, for one release: answers with unknown inputs\n"
    "                      are exact, from each output's decision diagram, with no budget\n"
    "  --help              print this help\n"
    "\n"
    "exit status: 0 ok, 2 a case could not be read, the rule file has errors, or bad usage\n";

typedef struct run_ctx {
    const guide_ruleset_info *rs;
    evaluator        *ev;
    guide_trace      *trace;
    guide_print_opts  opts;
    int               errors;
    cli_out           out;    /* standard output: a failed write stops the run */
} run_ctx;

/* Prints an error record in place of a case; returns nonzero (stop) once standard output fails. */
static int run_error(run_ctx *r, const char *id, const guide_case_error *err, int record, int line)
{
    guide_print_case_error(stdout, r->rs, id, err, record, line, &r->opts);
    r->errors++;
    return cli_out_failed(&r->out);
}

/* Evaluates and prints one case; returns nonzero (stop) once standard output fails. */
static int run_one(void *ctx, guide_frame *f, const guide_case_error *err, int record, int line)
{
    run_ctx *r = ctx;
    if (!f) /* the reader could not make its frame: out of memory, guidec's end (xalloc.h) */
        guide_out_of_memory("the case reader");
    if (err)
        return run_error(r, f->id, err, record, line);
    if (r->trace) {
        r->trace->len = 0;
        r->trace->overflow = 0;
    }
    guide_case_error broken;
    if (evaluator_eval_checked(r->ev, f, r->trace, &broken) < 0)
        return run_error(r, f->id, &broken, record, line);
    guide_print_result(stdout, f, r->trace, &r->opts);
    return cli_out_failed(&r->out);
}

/* Reads run's options into r and *kind; returns -1 when they were read, else the exit status
 * (0 after --help, 2 for a usage error). */
static int run_options(int argc, char **argv, run_ctx *r, evaluator_kind *kind)
{
    static const struct option opts[] = {
        {"format", required_argument, 0, 'f'}, {"trace", optional_argument, 0, 't'},
        {"missing", no_argument, 0, 'm'},      {"backend", required_argument, 0, 'B'},
        {"search-budget", required_argument, 0, 's'}, {"help", no_argument, 0, 'h'},
        {"labels", no_argument, 0, 'L'}, {0, 0, 0, 0}};
    long budget; /* --search-budget: checked, then ignored */
    int c;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) { /* options may follow FILE */
        switch (c) {
        case 'f':
            if (strcmp(optarg, "text") == 0)
                r->opts.format = GUIDE_FMT_TEXT;
            else if (strcmp(optarg, "json") == 0)
                r->opts.format = GUIDE_FMT_JSON;
            else
                return cli_usage_error(cmd_run_usage, "unknown format '%s' (expected text or json)", optarg);
            break;
        case 't':
            if (cli_trace_mode(optarg, &r->opts.trace) < 0)
                return cli_usage_error(cmd_run_usage, "unknown --trace '%s' (expected all or fired)", optarg);
            break;
        case 'm': r->opts.missing = 1; break;
        case 'L': r->opts.labels = 1; break;
        case 'B':
            if (cli_backend(optarg, 0, cmd_run_usage, kind) < 0)
                return CLI_EXIT_USAGE;
            break;
        case 's':
            if (cli_positive(optarg, &budget) < 0)
                return cli_usage_error(cmd_run_usage, "--search-budget needs a positive number, not '%s'", optarg);
            break;
        case 'h': fputs(cmd_run_usage, stdout); return 0;
        default: return cli_usage_error(cmd_run_usage, "%s", "unknown option");
        }
    }
    int nargs = argc - optind;
    if (nargs < 1 || nargs > 2)
        return cli_usage_error(cmd_run_usage, "%s", "run takes a rule file and at most one case file");
    return -1;
}

/* Opens the case file ('-': standard input); NULL after saying why. */
static FILE *run_open_cases(const char *cases)
{
    FILE *in = cli_open_cases(cases);
    if (!in)
        return NULL;
    /* The cases are read as the results are written: appending to the very file read would
     * never end. */
    if (cli_same_file(fileno(in), "-")) {
        fprintf(stderr, "guidec: the output is the case file %s itself; write it elsewhere\n",
                strcmp(cases, "-") == 0 ? "(standard input)" : cases);
        if (in != stdin)
            fclose(in);
        return NULL;
    }
    return in;
}

/* Evaluates every case of in with r->ev and prints the results; returns the exit status. */
static int run_cases(run_ctx *r, const ir_program *p, FILE *in, const char *cases)
{
    if (r->opts.trace)
        r->trace = guide_xcheck(guide_trace_new(4096 + 4 * (size_t)(p->nclauses + p->noutputs)),
                                "a trace");
    cli_out_open(&r->out, "-");
    guide_read_cases_file(r->rs, in, run_one, r);
    int rc = 0;
    if (cli_out_close(&r->out, 1) < 0) {
        rc = CLI_EXIT_USAGE;
    } else if (ferror(in)) {
        fprintf(stderr, "guidec: cannot read cases from %s\n",
                strcmp(cases, "-") == 0 ? "standard input" : cases);
        rc = CLI_EXIT_USAGE;
    } else if (r->errors)
        rc = CLI_EXIT_USAGE;
    guide_trace_free(r->trace);
    return rc;
}

int cmd_run(int argc, char **argv)
{
    run_ctx r = {0};
    r.opts.format = GUIDE_FMT_TEXT;
    evaluator_kind kind = EVALUATOR_INTERP;
    int rc = run_options(argc, argv, &r, &kind);
    if (rc >= 0)
        return rc;
    const char *cases = argc - optind == 2 ? argv[optind + 1] : "-";
    FILE *in = run_open_cases(cases);
    if (!in)
        return CLI_EXIT_USAGE;
    compilation comp;
    rc = CLI_EXIT_USAGE;
    if (cli_compile_rules(&comp, argv[optind]) == 0 &&
        (r.ev = cli_evaluator_open(kind, comp.ir, "")) != NULL) {
        r.rs = evaluator_info(r.ev); /* the description the compiled code carries */
        rc = run_cases(&r, comp.ir, in, cases);
    }
    if (in != stdin)
        fclose(in);
    evaluator_close(r.ev);
    compile_free(&comp);
    return rc;
}
