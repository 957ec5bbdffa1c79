/* main.c — the guidec command line: one function per verb, each with its --help.
 *
 * Exit status: 0 ok, 1 findings (diagnostics, failed tests), 2 usage or input errors. */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "analyse.h"
#include "cbackend.h"
#include "cli.h"
#include "dd.h"
#include "diag_json.h"
#include "emit_llvm.h"
#include "emit_plan.h"
#include "compile.h"
#include "fmt.h"
#include "graph.h"
#include "interp.h"
#include "lsp.h"
#include "oom.h"
#include "report.h"
#include "strbuf.h"
#include "testrun.h"
#include "web.h"

#define GUIDE_VERSION "0.1.0"

enum { EXIT_FINDINGS = 1, EXIT_USAGE = 2 };

static const char usage_main[] =
    "usage: guidec <verb> [options] FILE ...\n"
    "\n"
    "Guide compiles clinical-guideline decision logic (rule files, *.guide).\n"
    "\n"
    "verbs:\n"
    "  check FILE          check a rule file: syntax, names, types, units, ranges, table gaps\n"
    "                      and overlaps, conflicting rules\n"
    "  run FILE [CASES]    evaluate cases (JSON object, or one per line; '-' or none: stdin)\n"
    "  test FILE           run the tests embedded in a rule file\n"
    "  diff OLD NEW        what a new version of a ruleset changes, region by region\n"
    "  batch FILE          evaluate a stream of cases (JSON Lines or CSV, --in/--out), in order;\n"
    "                      --compare OLD: the cases a new version changes\n"
    "  graph FILE          the decision logic as a Graphviz flowchart (--case: one case's path)\n"
    "  report FILE CASES   an HTML page of the cases with their traces (-o OUT.html)\n"
    "  fmt FILE            print the file in canonical layout (--check, --in-place)\n"
    "  emit-c FILE -o DIR  write the rules as C: DIR/NAME.c and DIR/NAME.h\n"
    "  emit-llvm FILE -o OUT  write the rules as LLVM IR (.ll), bitcode (.bc) or an object\n"
    "                      (.o) with the C ABI (--emit=ll|bc|obj, --target, --cpu)\n"
    "  build FILE -o DIR   compile the rules into DIR/libNAME.a, DIR/libNAME.so, DIR/NAME.h\n"
    "  dump --dd FILE [OUTPUT]  each output's decision diagram (text, or --format dot)\n"
    "  dump --plan FILE    the plan the C and LLVM backends compile from\n"
    "  web FILE -o DIR     the tumour-board page: a form that decides in the browser\n"
    "                      (WebAssembly; open DIR/index.html, no network, no server)\n"
    "  lsp                 a language server on stdin/stdout, for editors (docs/LSP.md)\n"
    "  help VERB           show a verb's options\n"
    "\n"
    "options:\n"
    "  --version           print the version\n"
    "  --help              print this help\n"
    "\n"
    "A verb's options may come before or after its operands; '--' ends them.\n"
    "\n"
    "exit status: 0 ok, 1 findings or failed tests, 2 usage or input error\n";

static const char usage_check[] =
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

static const char usage_run[] =
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

static const char usage_test[] =
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

enum { BACKEND_INTERP, BACKEND_C, BACKEND_JIT };

/* Sets *backend; returns 0, or the exit status of a usage error. */
static int check_backend(const char *b, const char *usage, int *backend)
{
    if (strcmp(b, "interp") == 0)
        *backend = BACKEND_INTERP;
    else if (strcmp(b, "c") == 0)
        *backend = BACKEND_C;
    else if (strcmp(b, "jit") == 0)
        *backend = BACKEND_JIT;
    else
        return cli_usage_error(usage, "unknown backend '%s' (expected interp, c or jit)", b);
    return 0;
}

/* ---- check ------------------------------------------------------------------------------------- */

static int cmd_check(int argc, char **argv)
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
                return cli_usage_error(usage_check, "--budget needs a positive number, not '%s'", optarg);
            break;
        case 'f':
            if (strcmp(optarg, "json") && strcmp(optarg, "text"))
                return cli_usage_error(usage_check, "unknown format '%s' (expected text or json)", optarg);
            json = strcmp(optarg, "json") == 0;
            break;
        case 's': stats = 1; break;
        case 'S': strict = 1; break;
        case 'h': fputs(usage_check, stdout); return 0;
        default: return cli_usage_error(usage_check, "%s", "unknown option");
        }
    }
    if (argc - optind != 1)
        return cli_usage_error(usage_check, "%s", "check takes exactly one rule file");
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

/* ---- run --------------------------------------------------------------------------------------- */

typedef struct run_ctx {
    const guide_ruleset_info *rs;
    interp           *it;
    cb_ruleset       *cb;     /* --backend c: the compiled rules, else NULL */
    emitll_jit       *jit;    /* --backend jit: the JIT-compiled rules, else NULL */
    guide_trace      *trace;
    guide_print_opts  opts;
    int               errors;
    cli_out           out;    /* standard output: a failed write stops the run */
} run_ctx;

/* Evaluates and prints one case; returns nonzero (stop) once standard output fails. */
static int run_one(void *ctx, guide_frame *f, const guide_case_error *err, int record, int line)
{
    run_ctx *r = ctx;
    if (err || !f) {
        guide_case_error oom = {"", "out of memory"};
        guide_print_case_error(stdout, r->rs, f ? f->id : NULL, err ? err : &oom,
                               record, line, &r->opts);
        r->errors++;
        return cli_out_failed(&r->out);
    }
    if (r->trace) {
        r->trace->len = 0;
        r->trace->overflow = 0;
    }
    if (r->cb || r->jit) {
        int bad = r->cb ? cb_eval(r->cb, f, r->trace) : emitll_jit_eval(r->jit, f, r->trace);
        if (bad) { /* the case reader checks what the compiled code checks: not expected */
            guide_case_error e = {"", "the compiled rules reject this input value"};
            snprintf(e.field, sizeof e.field, "%s", r->rs->vars[bad - 1].name); /* a name: 100 bytes at most */
            guide_print_case_error(stdout, r->rs, f->id, &e, record, line, &r->opts);
            r->errors++;
            return cli_out_failed(&r->out);
        }
    } else {
        interp_eval(r->it, f, r->trace);
    }
    guide_print_result(stdout, f, r->trace, &r->opts);
    return cli_out_failed(&r->out);
}

static int cmd_run(int argc, char **argv)
{
    static const struct option opts[] = {
        {"format", required_argument, 0, 'f'}, {"trace", optional_argument, 0, 't'},
        {"missing", no_argument, 0, 'm'},      {"backend", required_argument, 0, 'B'},
        {"search-budget", required_argument, 0, 's'}, {"help", no_argument, 0, 'h'},
        {"labels", no_argument, 0, 'L'}, {0, 0, 0, 0}};
    run_ctx r = {0};
    r.opts.format = GUIDE_FMT_TEXT;
    long budget; /* --search-budget: checked, then ignored */
    int c, rc, use_c = BACKEND_INTERP;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) { /* options may follow FILE */
        switch (c) {
        case 'f':
            if (strcmp(optarg, "text") == 0)
                r.opts.format = GUIDE_FMT_TEXT;
            else if (strcmp(optarg, "json") == 0)
                r.opts.format = GUIDE_FMT_JSON;
            else
                return cli_usage_error(usage_run, "unknown format '%s' (expected text or json)", optarg);
            break;
        case 't':
            if (cli_trace_mode(optarg, &r.opts.trace) < 0)
                return cli_usage_error(usage_run, "unknown --trace '%s' (expected all or fired)", optarg);
            break;
        case 'm': r.opts.missing = 1; break;
        case 'L': r.opts.labels = 1; break;
        case 'B':
            if ((rc = check_backend(optarg, usage_run, &use_c)))
                return rc;
            break;
        case 's':
            if (cli_positive(optarg, &budget) < 0)
                return cli_usage_error(usage_run, "--search-budget needs a positive number, not '%s'", optarg);
            break;
        case 'h': fputs(usage_run, stdout); return 0;
        default: return cli_usage_error(usage_run, "%s", "unknown option");
        }
    }
    int nargs = argc - optind;
    if (nargs < 1 || nargs > 2)
        return cli_usage_error(usage_run, "%s", "run takes a rule file and at most one case file");
    const char *cases = nargs == 2 ? argv[optind + 1] : "-";
    FILE *in = strcmp(cases, "-") == 0 ? stdin : fopen(cases, "rb");
    if (!in) {
        fprintf(stderr, "guidec: cannot read cases from %s: %s\n", cases, strerror(errno));
        return EXIT_USAGE;
    }
    /* The cases are read as the results are written: appending to the very file read would
     * never end. */
    if (cli_same_file(fileno(in), "-")) {
        fprintf(stderr, "guidec: the output is the case file %s itself; write it elsewhere\n",
                strcmp(cases, "-") == 0 ? "(standard input)" : cases);
        if (in != stdin)
            fclose(in);
        return EXIT_USAGE;
    }
    compilation comp;
    rc = compile_file(&comp, argv[optind], stderr, COMPILE_LOWER, 0);
    if (rc) {
        if (rc == 1)
            fprintf(stderr, "guidec: %s has errors; run 'guidec check %s'\n", argv[optind], argv[optind]);
        compile_free(&comp);
        if (in != stdin)
            fclose(in);
        return EXIT_USAGE;
    }
    r.rs = &comp.ir->info;
    char *err = NULL;
    if (use_c == BACKEND_JIT) {
        strbuf msg = STRBUF_INIT;
        r.jit = emitll_jit_load(comp.ir, &msg);
        if (!r.jit)
            err = sb_format("--backend jit: %s", sb_str(&msg));
        else
            r.rs = emitll_jit_info(r.jit); /* the description the JIT'd code carries */
        sb_free(&msg);
    } else if (use_c == BACKEND_C) {
        strbuf msg = STRBUF_INIT;
        r.cb = cb_load(comp.ir, NULL, &msg);
        if (!r.cb)
            err = sb_format("--backend c: %s", sb_str(&msg));
        else
            r.rs = cb_info(r.cb); /* the description the generated code carries */
        sb_free(&msg);
    } else {
        r.it = interp_new_indexed(comp.ir);
    }
    rc = 0;
    if (err) {
        fprintf(stderr, "guidec: %s\n", err);
        free(err);
        rc = EXIT_USAGE;
    } else {
        if (r.opts.trace)
            r.trace = guide_trace_new(4096 + 4 * (size_t)(comp.ir->nclauses + comp.ir->noutputs));
        cli_out_open(&r.out, "-");
        guide_read_cases_file(r.rs, in, run_one, &r);
        if (cli_out_close(&r.out, 1) < 0) {
            rc = EXIT_USAGE;
        } else if (ferror(in)) {
            fprintf(stderr, "guidec: cannot read cases from %s\n",
                    strcmp(cases, "-") == 0 ? "standard input" : cases);
            rc = EXIT_USAGE;
        } else if (r.errors)
            rc = EXIT_USAGE;
    }
    if (in != stdin)
        fclose(in);
    guide_trace_free(r.trace);
    interp_free(r.it);
    cb_unload(r.cb);
    emitll_jit_free(r.jit);
    compile_free(&comp);
    return rc;
}

/* ---- test -------------------------------------------------------------------------------------- */

static int jit_eval_cb(const void *ctx, guide_frame *f, guide_trace *t)
{
    return emitll_jit_eval(ctx, f, t);
}

static int cmd_test(int argc, char **argv)
{
    static const struct option opts[] = {{"verbose", no_argument, 0, 'v'},
                                         {"coverage", no_argument, 0, 'c'},
                                         {"backend", required_argument, 0, 'B'},
                                         {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    int verbose = 0, coverage = 0, c, rc, use_c = BACKEND_INTERP;
    while ((c = getopt_long(argc, argv, "v", opts, NULL)) != -1) { /* options may follow FILE */
        switch (c) {
        case 'v': verbose = 1; break;
        case 'c': coverage = 1; break;
        case 'B':
            if ((rc = check_backend(optarg, usage_test, &use_c)))
                return rc;
            break;
        case 'h': fputs(usage_test, stdout); return 0;
        default: return cli_usage_error(usage_test, "%s", "unknown option");
        }
    }
    if (argc - optind != 1)
        return cli_usage_error(usage_test, "%s", "test takes exactly one rule file");
    compilation comp;
    rc = compile_file(&comp, argv[optind], stderr, COMPILE_LOWER, 0);
    if (rc) {
        compile_free(&comp);
        return EXIT_USAGE;
    }
    interp *it = NULL;
    cb_ruleset *cb = NULL;
    emitll_jit *jit = NULL;
    tr_summary s;
    if (use_c == BACKEND_JIT) {
        strbuf err = STRBUF_INIT;
        if (!(jit = emitll_jit_load(comp.ir, &err))) {
            fprintf(stderr, "guidec: --backend jit: %s\n", sb_str(&err));
            sb_free(&err);
            compile_free(&comp);
            return EXIT_USAGE;
        }
        tr_run_compiled(comp.ir, emitll_jit_info(jit), jit_eval_cb, jit, &comp.d, stdout, verbose, &s);
    } else if (use_c == BACKEND_C) {
        strbuf err = STRBUF_INIT;
        if (!(cb = cb_load(comp.ir, NULL, &err))) {
            fprintf(stderr, "guidec: --backend c: %s\n", sb_str(&err));
            sb_free(&err);
            compile_free(&comp);
            return EXIT_USAGE;
        }
        cb_test_run(comp.ir, cb, &comp.d, stdout, verbose, &s);
    } else {
        it = interp_new(comp.ir);
        tr_run(comp.ir, it, &comp.d, stdout, verbose, &s);
    }
    int missed = coverage ? tr_print_coverage(comp.ir, &s, stdout) : 0;
    printf("%s: %d passed, %d failed\n", argv[optind], s.passed, s.failed);
    tr_summary_free(&s);
    interp_free(it);
    cb_unload(cb);
    emitll_jit_free(jit);
    compile_free(&comp);
    return s.failed || missed ? EXIT_FINDINGS : 0;
}

/* ---- hidden dumps ------------------------------------------------------------------------------- */

static int cmd_dump(const char *what, int argc, char **argv)
{
    if (argc != 1) {
        fprintf(stderr, "guidec: --dump-%s takes exactly one rule file\n", what);
        return EXIT_USAGE;
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

/* ---- dump -------------------------------------------------------------------------------------- */

static const char usage_dump[] =
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

static int cmd_dump_verb(int argc, char **argv)
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
                return cli_usage_error(usage_dump, "unknown format '%s' (expected text or dot)", optarg);
            dot = strcmp(optarg, "dot") == 0;
            break;
        case 'h': fputs(usage_dump, stdout); return 0;
        default: return cli_usage_error(usage_dump, "%s", "unknown option");
        }
    }
    if (dd == plan)
        return cli_usage_error(usage_dump, "%s", dd ? "--dd and --plan are dumped one at a time"
                                                    : "say what to dump: --dd or --plan");
    if (argc - optind < 1)
        return cli_usage_error(usage_dump, "%s", "dump takes a rule file, then output names");
    if (plan && argc - optind > 1)
        return cli_usage_error(usage_dump, "%s", "--plan takes the rule file alone: the plan is the whole ruleset's");
    if (plan && dot)
        return cli_usage_error(usage_dump, "%s", "--format dot is for --dd");
    compilation comp;
    int rc = compile_file(&comp, argv[optind], stderr, COMPILE_LOWER, 0);
    if (rc) {
        if (rc == 1)
            fprintf(stderr, "guidec: %s has errors; run 'guidec check %s'\n", argv[optind], argv[optind]);
        compile_free(&comp);
        return EXIT_USAGE;
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
            return EXIT_USAGE;
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

static int dispatch(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage_main, stderr);
        return EXIT_USAGE;
    }
    const char *verb = argv[1];
    if (strcmp(verb, "--help") == 0 || strcmp(verb, "-h") == 0) {
        fputs(usage_main, stdout);
        return 0;
    }
    if (strcmp(verb, "--version") == 0) {
        printf("guidec %s\n", GUIDE_VERSION);
        return 0;
    }
    if (strcmp(verb, "--dump-ast") == 0)
        return cmd_dump("ast", argc - 2, argv + 2);
    if (strcmp(verb, "--dump-ir") == 0)
        return cmd_dump("ir", argc - 2, argv + 2);
    if (strcmp(verb, "help") == 0) {
        if (argc < 3) {
            fputs(usage_main, stdout);
            return 0;
        }
        /* `help VERB` is `VERB --help`. */
        char help[] = "--help";
        char *again[] = {argv[0], argv[2], help, NULL};
        return dispatch(3, again);
    }
    /* Each verb parses its own options; getopt starts after the verb. */
    argc--;
    argv++;
    optind = 1;
    if (strcmp(verb, "check") == 0)
        return cmd_check(argc, argv);
    if (strcmp(verb, "run") == 0)
        return cmd_run(argc, argv);
    if (strcmp(verb, "test") == 0)
        return cmd_test(argc, argv);
    if (strcmp(verb, "diff") == 0)
        return cmd_diff(argc, argv);
    if (strcmp(verb, "batch") == 0)
        return cmd_batch(argc, argv);
    if (strcmp(verb, "graph") == 0)
        return graph_main(argc, argv);
    if (strcmp(verb, "report") == 0)
        return report_main(argc, argv);
    if (strcmp(verb, "fmt") == 0)
        return fmt_main(argc, argv);
    if (strcmp(verb, "emit-c") == 0)
        return emitc_main(argc, argv);
    if (strcmp(verb, "emit-llvm") == 0)
        return emitll_main(argc, argv);
    if (strcmp(verb, "build") == 0)
        return build_main(argc, argv);
    if (strcmp(verb, "dump") == 0)
        return cmd_dump_verb(argc, argv);
    if (strcmp(verb, "lsp") == 0)
        return cmd_lsp(argc, argv);
    if (strcmp(verb, "web") == 0)
        return web_main(argc, argv);
    fprintf(stderr, "guidec: unknown verb '%s'\n\n%s", verb, usage_main);
    return EXIT_USAGE;
}

/* jansson's allocator for guidec: its lexer does not survive every failed allocation (a 10 MB
 * record under a memory limit crashed inside json_loadb), so a failure ends guidec as every
 * other allocation failure does (oom.h), and the GUIDE_FAIL_ALLOC_AFTER hook counts it too.
 * libguide itself leaves jansson's allocator alone: it is the embedding program's to set. */
static void *json_alloc(size_t n)
{
    void *p = guide_alloc_fails() ? NULL : malloc(n);
    if (!p)
        guide_out_of_memory("JSON values");
    return p;
}

int main(int argc, char **argv)
{
    json_set_alloc_funcs(json_alloc, free);
    /* Past a file size limit (ulimit -f) a write then fails with EFBIG, which every verb reports
     * naming the file and cleans up after, instead of SIGXFSZ killing guidec half way. */
    signal(SIGXFSZ, SIG_IGN);
    /* A reader that stops reading (guidec batch ... | head -1) ends guidec as it ends cat or
     * grep: SIGPIPE, quietly, status 141 in the shell. Even when the parent left SIGPIPE ignored,
     * which would turn the end of the reader into a "Broken pipe" error on every verb. */
    signal(SIGPIPE, SIG_DFL);
    int rc = dispatch(argc, argv);
    /* Whatever a verb printed on standard output must have reached it: a full disk or a closed
     * pipe is an error, not a success with a cut text. (Verbs that write through cli_out have
     * said so already, and cleared the flag.) */
    errno = 0;
    int bad = ferror(stdout);
    int e = errno;
    if (fflush(stdout) != 0) {
        bad = 1;
        e = errno;
    }
    if (bad) {
        if (rc != EXIT_USAGE)
            fprintf(stderr, "guidec: cannot write standard output: %s\n", strerror(e ? e : EIO));
        rc = EXIT_USAGE;
    }
    return rc;
}
