/* cmd_diff.c — `guidec diff OLD NEW`: what a new version of a ruleset changes for patients. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "an_diff.h"
#include "cli.h"
#include "compile.h"

const char cmd_diff_usage[] =
    "usage: guidec diff [options] OLD.guide NEW.guide\n"
    "\n"
    "Shows what a new version of a ruleset changes: inputs and outputs added, removed or\n"
    "retyped, then, per output, the regions of cases whose answer changed, each as a readable\n"
    "condition with the old and the new value and one example case. The input space is split\n"
    "at every constant either version mentions, so the comparison is exact for the inputs the\n"
    "rules compare with constants. Then it lists the outputs whose answers did not change\n"
    "(\"unchanged: a, b\"), and warns on stderr when both versions carry the same version\n"
    "string but differ (a trace names its ruleset's version: each must have its own).\n"
    "\n"
    "options:\n"
    "  --format text|json|md\n"
    "                      output format: text (default); json, one object {equivalent,\n"
    "                      verdict, rulesets, warnings, inputs, outputs, changes, unchanged,\n"
    "                      not_compared}; md, a Markdown release note to paste (the versions,\n"
    "                      the verdict, the changed inputs and outputs, per output a table of\n"
    "                      the regions old -> new with an example case, the unchanged outputs)\n"
    "  --budget N          cells compared per output before giving up on it (default 4000000)\n"
    "  --help              print this help\n"
    "\n"
    "exit status: 0 equivalent, 1 the versions differ (or an output has more cells than the\n"
    "budget and was not compared), 2 a file has errors or bad usage\n";

int cmd_diff(int argc, char **argv)
{
    static const struct option opts[] = {{"format", required_argument, 0, 'f'},
                                         {"budget", required_argument, 0, 'b'},
                                         {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    diff_opts o = {DIFF_TEXT, 4000000, stderr};
    int c;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) { /* options may follow OLD NEW */
        switch (c) {
        case 'f':
            if (strcmp(optarg, "json") == 0)
                o.format = DIFF_JSON;
            else if (strcmp(optarg, "md") == 0)
                o.format = DIFF_MD;
            else if (strcmp(optarg, "text") == 0)
                o.format = DIFF_TEXT;
            else {
                fprintf(stderr, "guidec: unknown format '%s' (expected text, json or md)\n\n%s",
                        optarg, cmd_diff_usage);
                return 2;
            }
            break;
        case 'b': {
            char *end;
            errno = 0;
            o.budget = strtol(optarg, &end, 10);
            if (errno || *end || end == optarg || o.budget <= 0) {
                fprintf(stderr, "guidec: --budget needs a positive number, not '%s'\n", optarg);
                return 2;
            }
            break;
        }
        case 'h': fputs(cmd_diff_usage, stdout); return 0;
        default: fprintf(stderr, "\n%s", cmd_diff_usage); return 2;
        }
    }
    if (argc - optind != 2) {
        fprintf(stderr, "guidec: diff takes two rule files: the old and the new version\n\n%s",
                cmd_diff_usage);
        return 2;
    }
    compilation a, b;
    int ra = compile_file(&a, argv[optind], stderr, COMPILE_LOWER, 0);
    int rb = compile_file(&b, argv[optind + 1], stderr, COMPILE_LOWER, 0);
    int rc = 2;
    if (ra == 0 && rb == 0)
        rc = an_diff(a.ir, b.ir, &o, stdout);
    else
        fprintf(stderr, "guidec: cannot compare: %s has errors\n", ra ? argv[optind] : argv[optind + 1]);
    compile_free(&a);
    compile_free(&b);
    return rc;
}
