/* main.c — the guidec command line: the table of verbs, each a cmd_<verb>.c (cli.h) or a
 * module's own verb (graph, report, fmt, web, lsp), and the dispatch to them.
 *
 * Exit status: 0 ok, 1 findings (diagnostics, failed tests), 2 usage or input errors. */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "cli.h"
#include "emit_llvm.h"
#include "fmt.h"
#include "graph.h"
#include "lsp.h"
#include "report.h"
#include "web.h"
#include "xalloc.h"

#define GUIDE_VERSION "0.1.0"

/* The verbs, in the order `guidec --help` lists them. The summary is the verb's line in that
 * list: its synopsis, then what it does (a continuation line carries its own indent). */
static const struct verb {
    const char *name;
    int (*run)(int argc, char **argv); /* NULL: help, which dispatch answers itself */
    const char *summary;
} verbs[] = {
    {"check", cmd_check,
     "check FILE          check a rule file: syntax, names, types, units, ranges, table gaps\n"
     "                      and overlaps, conflicting rules"},
    {"run", cmd_run,
     "run FILE [CASES]    evaluate cases (JSON object, or one per line; '-' or none: stdin)"},
    {"test", cmd_test, "test FILE           run the tests embedded in a rule file"},
    {"diff", cmd_diff, "diff OLD NEW        what a new version of a ruleset changes, region by region"},
    {"batch", cmd_batch,
     "batch FILE          evaluate a stream of cases (JSON Lines or CSV, --in/--out), in order;\n"
     "                      --compare OLD: the cases a new version changes"},
    {"graph", graph_main,
     "graph FILE          the decision logic as a Graphviz flowchart (--case: one case's path)"},
    {"report", report_main,
     "report FILE CASES   an HTML page of the cases with their traces (-o OUT.html)"},
    {"fmt", fmt_main, "fmt FILE            print the file in canonical layout (--check, --in-place)"},
    {"emit-c", cmd_emit_c, "emit-c FILE -o DIR  write the rules as C: DIR/NAME.c and DIR/NAME.h"},
    {"emit-llvm", cmd_emit_llvm,
     "emit-llvm FILE -o OUT  write the rules as LLVM IR (.ll), bitcode (.bc) or an object\n"
     "                      (.o) with the C ABI (--emit=ll|bc|obj, --target, --cpu)"},
    {"build", cmd_build,
     "build FILE -o DIR   compile the rules into DIR/libNAME.a, DIR/libNAME.so, DIR/NAME.h"},
    {"dump", cmd_dump,
     "dump --dd FILE [OUTPUT]  each output's decision diagram (text, or --format dot)\n"
     "  dump --plan FILE    the plan the C and LLVM backends compile from"},
    {"web", web_main,
     "web FILE -o DIR     the tumour-board page: a form that decides in the browser\n"
     "                      (WebAssembly; open DIR/index.html, no network, no server)"},
    {"lsp", cmd_lsp,
     "lsp                 a language server on stdin/stdout, for editors (docs/LSP.md)"},
    {"help", NULL, "help VERB           show a verb's options"},
};
enum { NVERBS = sizeof verbs / sizeof *verbs };

/* `guidec --help`: what Guide is, the verbs, the options. */
static void usage_main(FILE *out)
{
    fputs("usage: guidec <verb> [options] FILE ...\n"
          "\n"
          "Guide compiles clinical-guideline decision logic (rule files, *.guide).\n"
          "\n"
          "verbs:\n", out);
    for (int i = 0; i < NVERBS; i++)
        fprintf(out, "  %s\n", verbs[i].summary);
    fputs("\n"
          "options:\n"
          "  --version           print the version\n"
          "  --help              print this help\n"
          "\n"
          "A verb's options may come before or after its operands; '--' ends them.\n"
          "\n"
          "exit status: 0 ok, 1 findings or failed tests, 2 usage or input error\n", out);
}

static int dispatch(int argc, char **argv)
{
    if (argc < 2) {
        usage_main(stderr);
        return CLI_EXIT_USAGE;
    }
    const char *verb = argv[1];
    if (strcmp(verb, "--help") == 0 || strcmp(verb, "-h") == 0) {
        usage_main(stdout);
        return 0;
    }
    if (strcmp(verb, "--version") == 0) {
        printf("guidec %s\n", GUIDE_VERSION);
        return 0;
    }
    if (strcmp(verb, "--dump-ast") == 0)
        return cmd_dump_hidden("ast", argc - 2, argv + 2);
    if (strcmp(verb, "--dump-ir") == 0)
        return cmd_dump_hidden("ir", argc - 2, argv + 2);
    if (strcmp(verb, "help") == 0) {
        if (argc < 3) {
            usage_main(stdout);
            return 0;
        }
        /* `help VERB` is `VERB --help`. */
        char help[] = "--help";
        char *again[] = {argv[0], argv[2], help, NULL};
        return dispatch(3, again);
    }
    for (int i = 0; i < NVERBS; i++)
        if (verbs[i].run && strcmp(verb, verbs[i].name) == 0) {
            /* Each verb parses its own options; getopt starts after the verb. */
            optind = 1;
            return verbs[i].run(argc - 1, argv + 1);
        }
    fprintf(stderr, "guidec: unknown verb '%s'\n\n", verb);
    usage_main(stderr);
    return CLI_EXIT_USAGE;
}

/* jansson's allocator for guidec: its lexer does not survive every failed allocation (a 10 MB
 * record under a memory limit crashed inside json_loadb), so a failure ends guidec as every
 * other allocation failure does (xalloc.h), and the GUIDE_FAIL_ALLOC_AFTER hook counts it too.
 * libguide itself leaves jansson's allocator alone: it is the embedding program's to set. */
static void *json_alloc(size_t n) { return guide_xmalloc(n, "JSON values"); }

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
    /* LLVM running out of memory (emit-llvm, build, --backend jit) ends guidec with a message
     * and status 2, as any other allocation failure does, not with an abort. */
    emitll_install_error_handlers();
    /* libguide's growing strings and case reader return an error when memory runs out, for the
     * programs that embed it; in guidec they end it the same way, so the compiler never checks. */
    guide_set_out_of_memory_exit(1);
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
        if (rc != CLI_EXIT_USAGE)
            fprintf(stderr, "guidec: cannot write standard output: %s\n", strerror(e ? e : EIO));
        rc = CLI_EXIT_USAGE;
    }
    return rc;
}
