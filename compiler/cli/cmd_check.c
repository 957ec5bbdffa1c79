/* cmd_check.c — `guidec check`: diagnostics and analyses of a rule file, as text or JSON. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "analyse.h"
#include "cli.h"
#include "compile.h"
#include "dd.h"
#include "diag_json.h"

const char cmd_check_usage[] =
    "usage: guidec check [options] FILE\n"
    "\n"
    "Checks a rule file and reports every problem as file:line:col with the source line.\n"
    "Beyond names, types, units and ranges it looks for gaps and overlaps in 'hit unique'\n"
    "tables, rows of 'hit first' tables that can never match, and rules that can conclude\n"
    "different values for one output on the same case; each with an example case. A gap or\n"
    "an overlap also names its bands: the regions of cases, in the table's columns and units,\n"
    "that no row matches or that both rows match (\"band: size_cm in (2, 5] cm, rupture\").\n"
    "\n"
    "options:\n"
    "  --budget N          cases the whole check may try; it names what it left (default 10000000)\n"
    "  --stats             also print the size of each output's decision diagram (nodes,\n"
    "                      answers, levels); JSON: a \"diagrams\" array\n"
    "  --strict            warnings fail the check as errors do (exit status 1), such as a\n"
    "                      number compared without its unit (write 2 cm, not 2)\n"
    "  --format text|json  diagnostics as text on stderr (default) or as one JSON object on\n"
    "                      stdout: {file, ok, errors, warnings, ruleset, diagnostics: [{level,\n"
    "                      line, column, end_line, end_column, message, notes, hints,\n"
    "                      bands}]}\n"
    "  --help              print this help\n"
    "\n"
    "exit status: 0 no error (warnings allowed, unless --strict), 1 errors found, 2 file\n"
    "unreadable or bad usage\n";

int cmd_check(int argc, char **argv)
{
    static const struct option opts[] = {{"budget", required_argument, 0, 'b'},
                                         {"format", required_argument, 0, 'f'},
                                         {"stats", no_argument, 0, 's'},
                                         {"strict", no_argument, 0, 'S'},
                                         {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    long budget = AN_DEFAULT_BUDGET;
    int c, json = 0, stats = 0, strict = 0;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) { /* options may follow FILE */
        switch (c) {
        case 'b':
            if (cli_positive(optarg, &budget) < 0)
                return cli_usage_error(cmd_check_usage, "--budget needs a positive number, not '%s'", optarg);
            break;
        case 'f':
            if (strcmp(optarg, "json") && strcmp(optarg, "text"))
                return cli_usage_error(cmd_check_usage, "unknown format '%s' (expected text or json)", optarg);
            json = strcmp(optarg, "json") == 0;
            break;
        case 's': stats = 1; break;
        case 'S': strict = 1; break;
        case 'h': fputs(cmd_check_usage, stdout); return 0;
        default: return cli_usage_error(cmd_check_usage, "%s", "unknown option");
        }
    }
    if (argc - optind != 1)
        return cli_usage_error(cmd_check_usage, "%s", "check takes exactly one rule file");
    compilation comp;
    if (json) {
        json_t *records = json_array();
        int rc = compile_file_to(&comp, argv[optind], stderr, COMPILE_ANALYSE, budget,
                                 djson_attach_sink(), records);
        if (rc == 0 && strict && comp.d.warnings)
            rc = 1;
        if (rc != 2) {
            json_t *root = json_pack("{s:s,s:b,s:i,s:i,s:o}", "file", argv[optind], "ok", rc == 0,
                                     "errors", comp.d.errors, "warnings", comp.d.warnings,
                                     "diagnostics", records);
            if (comp.ir && comp.ir->name)
                json_object_set_new(root, "ruleset", json_pack("{s:s,s:s,s:s}", "name", comp.ir->name,
                                                               "version", comp.ir->version, "sha256",
                                                               comp.ir->sha256));
            if (stats && comp.ir && comp.ir->dds) {
                json_t *dds = json_array();
                for (int o = 0; o < comp.ir->noutputs; o++) {
                    const guide_dd *dd = &comp.ir->dds[o];
                    json_array_append_new(dds, json_pack("{s:s,s:i,s:i,s:i}", "output",
                                                         comp.ir->vars[dd->output].name, "nodes",
                                                         dd->nnodes, "answers", dd->nleaves,
                                                         "levels", dd->nlevels));
                }
                json_object_set_new(root, "diagrams", dds);
            }
            json_dumpf(root, stdout, JSON_COMPACT);
            fputc('\n', stdout);
            json_decref(root);
        } else {
            json_decref(records);
        }
        compile_free(&comp);
        return rc;
    }
    int rc = compile_file(&comp, argv[optind], stderr, COMPILE_ANALYSE, budget);
    if (rc == 0 && strict && comp.d.warnings) {
        fprintf(stderr, "%d warning%s, which --strict counts as errors\n", comp.d.warnings,
                comp.d.warnings == 1 ? "" : "s");
        rc = 1;
    } else if (rc == 0) {
        const ir_program *p = comp.ir;
        printf("%s: ok: %s %s, %d inputs, %d derived, %d outputs, %d tables, %d rules and rows, "
               "%d tests%s\n",
               argv[optind], p->name, p->version, p->ninputs, p->nderived, p->noutputs, p->ntables,
               p->nclauses, p->ntests, comp.d.warnings ? " (with warnings)" : "");
        if (stats) {
            long total = 0;
            int width = 0;
            for (int o = 0; o < p->noutputs; o++) {
                int n = (int)strlen(p->vars[p->dds[o].output].name);
                width = n > width ? n : width;
            }
            for (int o = 0; o < p->noutputs; o++) {
                const guide_dd *dd = &p->dds[o];
                printf("  %-*s  %6d nodes  %4d answers  %3d levels\n", width, p->vars[dd->output].name,
                       dd->nnodes, dd->nleaves, dd->nlevels);
                total += dd->nnodes;
            }
            printf("  decision diagrams: %ld nodes in all (at most %d per output)\n", total, DD_MAX_NODES);
        }
    } else if (rc == 1) {
        fprintf(stderr, "%d error%s, %d warning%s\n", comp.d.errors, comp.d.errors == 1 ? "" : "s",
                comp.d.warnings, comp.d.warnings == 1 ? "" : "s");
    }
    compile_free(&comp);
    return rc;
}
