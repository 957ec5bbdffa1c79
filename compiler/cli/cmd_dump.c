/* cmd_dump.c — `guidec dump --dd|--plan` (the decision diagrams, the backends' plan) and the
 * hidden `guidec --dump-ast|--dump-ir` the golden tests pin. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "compile.h"
#include "dd.h"
#include "emit_plan.h"

const char cmd_dump_usage[] =
    "usage: guidec dump --dd [--format text|dot] FILE [OUTPUT ...]\n"
    "       guidec dump --plan FILE\n"
    "\n"
    "--dd prints the decision diagram of each OUTPUT of FILE (default: every output, in\n"
    "declaration order): what a case with unknown inputs is decided by. A diagram tests one input\n"
    "(or one arithmetic value) per level, cut into the cells the rules tell apart; every path from\n"
    "the root is a combination of cells, and ends at the answer every case with those values gets.\n"
    "Text lists the levels with their cells, the leaves (the answers) and the nodes, root first;\n"
    "DOT is one digraph per output for Graphviz (dot -Tsvg).\n"
    "\n"
    "--plan prints what the C and LLVM backends (and the interpreter's table lookups) compile\n"
    "from: the units of evaluation (tables, then rules) and whether an output needs each; per\n"
    "table, whether it is looked up or tested row by row, its columns' cuts and cells, the answer\n"
    "of each combination of cells (n/a: no row concludes; at most 4,096 shown) and, on the direct\n"
    "path (every column an input, every output a lookup), the classes of cells it merges; per\n"
    "output, the lookup that answers it, which concluders give the same value, and the clauses its\n"
    "trace records first.\n"
    "\n"
    "options:\n"
    "  --dd                the decision diagrams\n"
    "  --plan              the backends' plan\n"
    "  --format text|dot   with --dd: text (default) or Graphviz DOT\n"
    "  --help              print this help\n"
    "\n"
    "exit status: 0 ok, 2 the rule file has errors, an OUTPUT is not an output, or bad usage\n";

int cmd_dump_hidden(const char *what, int argc, char **argv)
{
    if (argc != 1) {
        fprintf(stderr, "guidec: --dump-%s takes exactly one rule file\n", what);
        return CLI_EXIT_USAGE;
    }
    compilation comp;
    int ast = strcmp(what, "ast") == 0;
    int rc = compile_file(&comp, argv[0], stderr, ast ? COMPILE_PARSE : COMPILE_LOWER, 0);
    if (rc == 0) {
        if (ast)
            ast_dump(stdout, comp.ast);
        else
            ir_dump(stdout, comp.ir);
    }
    compile_free(&comp);
    return rc;
}

int cmd_dump(int argc, char **argv)
{
    static const struct option opts[] = {{"dd", no_argument, 0, 'd'},
                                         {"plan", no_argument, 0, 'p'},
                                         {"format", required_argument, 0, 'f'},
                                         {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    int c, dot = 0, dd = 0, plan = 0;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) { /* options may follow FILE */
        switch (c) {
        case 'd': dd = 1; break;
        case 'p': plan = 1; break;
        case 'f':
            if (strcmp(optarg, "text") && strcmp(optarg, "dot"))
                return cli_usage_error(cmd_dump_usage, "unknown format '%s' (expected text or dot)", optarg);
            dot = strcmp(optarg, "dot") == 0;
            break;
        case 'h': fputs(cmd_dump_usage, stdout); return 0;
        default: return cli_usage_error(cmd_dump_usage, "%s", "unknown option");
        }
    }
    if (dd == plan)
        return cli_usage_error(cmd_dump_usage, "%s", dd ? "--dd and --plan are dumped one at a time"
                                                    : "say what to dump: --dd or --plan");
    if (argc - optind < 1)
        return cli_usage_error(cmd_dump_usage, "%s", "dump takes a rule file, then output names");
    if (plan && argc - optind > 1)
        return cli_usage_error(cmd_dump_usage, "%s", "--plan takes the rule file alone: the plan is the whole ruleset's");
    if (plan && dot)
        return cli_usage_error(cmd_dump_usage, "%s", "--format dot is for --dd");
    compilation comp;
    if (cli_compile_rules(&comp, argv[optind]) < 0) {
        compile_free(&comp);
        return CLI_EXIT_USAGE;
    }
    const ir_program *p = comp.ir;
    if (plan) {
        eplan pl;
        arena a;
        arena_init(&a);
        eplan_make(&pl, p, &a);
        eplan_dump(stdout, p, &pl);
        arena_free(&a);
        compile_free(&comp);
        return 0;
    }
    int first = guide_first_output(&p->info);
    for (int k = optind + 1; k < argc; k++) {
        int v = guide_var_index(&p->info, argv[k]);
        if (v < first) {
            fprintf(stderr, "guidec: dump: '%s' is not an output of %s\n", argv[k], argv[optind]);
            compile_free(&comp);
            return CLI_EXIT_USAGE;
        }
    }
    for (int o = 0; o < p->noutputs; o++) {
        int want = optind + 1 == argc;
        for (int k = optind + 1; k < argc && !want; k++)
            want = strcmp(argv[k], p->vars[first + o].name) == 0;
        if (want)
            dd_dump(stdout, p, o, dot);
    }
    compile_free(&comp);
    return 0;
}
