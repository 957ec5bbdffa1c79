/* cmd_test.c — `guidec test`: runs the tests embedded in a rule file (testrun.h), with the
 * reference interpreter or a compiled evaluator, and reports coverage. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "compile.h"
#include "evaluator.h"
#include "testrun.h"

const char cmd_test_usage[] =
    "usage: guidec test [options] FILE\n"
    "\n"
    "Runs the tests written in FILE ('test \"name\" given ... expect ...') and reports each\n"
    "failed expectation at its line, with the value expected and the value obtained.\n"
    "\n"
    "options:\n"
    "  --verbose           print every test with ok / FAIL\n"
    "  --coverage          list the rules, table rows and citations no test makes fire or\n"
    "                      match, with the percentage covered (exit 1 if any)\n"
    "  --backend B         evaluator: interp (the reference interpreter, default), c (the\n"
    "                      rules compiled to C with $CC or cc, and loaded) or jit (lowered to\n"
    "                      LLVM IR and compiled in process by LLJIT)\n"
    "  --help              print this help\n"
    "\n"
    "Tests run without the analyses of 'guidec check', so that a test can pin what happens at\n"
    "run time when two rules conflict (expect X is conflict); run 'guidec check' as well.\n"
    "\n"
    "exit status: 0 all passed, 1 a test failed (or, with --coverage, something is not\n"
    "covered), 2 the rule file does not compile, or bad usage\n";

/* tr_run_compiled's evaluation: a compiled evaluator's (the runner does not change it). */
static int test_eval(const void *ctx, guide_frame *f, guide_trace *t)
{
    /* tr_eval_fn passes it const; C and JIT code is not changed by evaluating */
    return evaluator_eval((evaluator *)ctx, f, t);
}

/* Runs p's tests into *s with kind: the reference interpreter reads each clause's status from
 * itself (tr_run), a compiled evaluator from its trace (tr_run_compiled). Returns 0, or -1 when
 * the evaluator cannot be had (said why). */
static int test_run(evaluator_kind kind, compilation *comp, int verbose, tr_summary *s)
{
    if (kind == EVALUATOR_INTERP) {
        interp *it = interp_new(comp->ir);
        tr_run(comp->ir, it, &comp->d, stdout, verbose, s);
        interp_free(it);
        return 0;
    }
    evaluator *ev = cli_evaluator_open(kind, comp->ir, "");
    if (!ev)
        return -1;
    tr_run_compiled(comp->ir, evaluator_info(ev), test_eval, ev, &comp->d, stdout, verbose, s);
    evaluator_close(ev);
    return 0;
}

int cmd_test(int argc, char **argv)
{
    static const struct option opts[] = {{"verbose", no_argument, 0, 'v'},
                                         {"coverage", no_argument, 0, 'c'},
                                         {"backend", required_argument, 0, 'B'},
                                         {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    int verbose = 0, coverage = 0, c;
    evaluator_kind kind = EVALUATOR_INTERP;
    while ((c = getopt_long(argc, argv, "v", opts, NULL)) != -1) { /* options may follow FILE */
        switch (c) {
        case 'v': verbose = 1; break;
        case 'c': coverage = 1; break;
        case 'B':
            if (cli_backend(optarg, 0, cmd_test_usage, &kind) < 0)
                return CLI_EXIT_USAGE;
            break;
        case 'h': fputs(cmd_test_usage, stdout); return 0;
        default: return cli_usage_error(cmd_test_usage, "%s", "unknown option");
        }
    }
    if (argc - optind != 1)
        return cli_usage_error(cmd_test_usage, "%s", "test takes exactly one rule file");
    compilation comp;
    tr_summary s;
    if (compile_file(&comp, argv[optind], stderr, COMPILE_LOWER, 0) != 0 ||
        test_run(kind, &comp, verbose, &s) < 0) {
        compile_free(&comp);
        return CLI_EXIT_USAGE;
    }
    int missed = coverage ? tr_print_coverage(comp.ir, &s, stdout) : 0;
    printf("%s: %d passed, %d failed\n", argv[optind], s.passed, s.failed);
    tr_summary_free(&s);
    compile_free(&comp);
    return s.failed || missed ? CLI_EXIT_FINDINGS : 0;
}
