/* cbackend_cli.c — the verbs of the C backend: `guidec emit-c`, `guidec build`, and the test
 * runner behind `guidec test --backend c`. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "analyse.h"
#include "cbackend.h"
#include "cli.h"
#include "compile.h"
#include "emit_c.h"
#include "interp.h"
#include "strbuf.h"

enum { EXIT_USAGE = 2 };

const char emitc_usage[] =
    "usage: guidec emit-c [options] FILE -o DIR\n"
    "\n"
    "Writes the rules of FILE as C: DIR/NAME.c and DIR/NAME.h, NAME being the guideline's\n"
    "name. The header declares the ABI: NAME_input (a field per input and a mask of the known\n"
    "ones), NAME_output (per output a field, its state, how it was decided, ND, and the inputs\n"
    "to ask for), NAME_eval (the trace may be NULL), NAME_eval_many and NAME_eval_columns (n\n"
    "cases, as structs or in columns) and NAME_info (names, labels, units, citations, version,\n"
    "SHA-256) for libguide's case reader and printers. The code computes\n"
    "what 'guidec run' computes, allocates nothing, compiles with guide.h and guide_gen.h\n"
    "(runtime/) on the include path and links against nothing but -lm; the same rule file\n"
    "always gives the same bytes. FILE is checked first, as by 'guidec check'.\n"
    "\n"
    "options:\n"
    "  -o, --output DIR    directory to write into (created if missing)\n"
    "  --inline            when the rules have a direct path (every output a table's lookup), put\n"
    "                      it in NAME.h with NAME_eval_inline, a static inline NAME_eval that a\n"
    "                      caller's compiler can inline (NAME.h then includes guide_gen.h)\n"
    "  --help              print this help\n"
    "\n"
    "exit status: 0 written, 2 the rule file has errors, a file cannot be written, or bad usage\n";

const char build_usage[] =
    "usage: guidec build [options] FILE -o DIR\n"
    "\n"
    "Compiles the rules of FILE with the system C compiler into DIR/libNAME.a and\n"
    "DIR/libNAME.so and writes DIR/NAME.h ('guidec help emit-c' describes the ABI). Link a\n"
    "program with libNAME.a (or -lNAME), libguide (the walk of the decision diagrams, which\n"
    "decides a case with unknown inputs; the case reader and the printers) and -lm. The\n"
    "compiler is $CC, else cc. The runtime headers are taken from\n"
    "$GUIDE_RUNTIME_DIR, else runtime/ beside the directory of guidec (build/guidec), else\n"
    "include/guide/ beside it (as make install puts them), else the source tree guidec was\n"
    "built from. FILE is checked first, as by 'guidec check'.\n"
    "\n"
    "options:\n"
    "  -o, --output DIR    directory to write into (created if missing)\n"
    "  --help              print this help\n"
    "\n"
    "exit status: 0 built, 2 the rule file has errors, the C compiler is missing or fails, a\n"
    "file cannot be written, or bad usage\n";

static int usage(const char *text, const char *msg)
{
    fprintf(stderr, "guidec: %s\n\n%s", msg, text);
    return EXIT_USAGE;
}

/* Parses FILE -o DIR (in any order), and --inline when inl is not NULL (emit-c); returns 0, or
 * the exit status of a usage error. */
static int parse(int argc, char **argv, const char *text, const char **file, const char **dir, int *done,
                 int *inl)
{
    static const struct option opts[] = {{"output", required_argument, 0, 'o'},
                                         {"help", no_argument, 0, 'h'},
                                         {"inline", no_argument, 0, 'i'}, {0, 0, 0, 0}};
    int c;
    *done = 0;
    *dir = NULL;
    while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
        switch (c) {
        case 'o': *dir = optarg; break;
        case 'i':
            if (!inl)
                return usage(text, "unknown option");
            *inl = 1;
            break;
        case 'h':
            fputs(text, stdout);
            *done = 1;
            return 0;
        default: return usage(text, "unknown option");
        }
    }
    if (argc - optind != 1)
        return usage(text, "expected one rule file");
    if (!*dir || !**dir)
        return usage(text, "missing -o DIR: the directory to write into");
    *file = argv[optind];
    return 0;
}

/* Compiles path with every check; returns 0, or prints why not and returns the exit status. */
static int compile_checked(compilation *comp, const char *path)
{
    int rc = compile_file(comp, path, stderr, COMPILE_ANALYSE, AN_DEFAULT_BUDGET);
    if (rc == 1)
        fprintf(stderr, "guidec: %s has errors; nothing written\n", path);
    return rc ? EXIT_USAGE : 0;
}

/* Writes DIR/NAME.c and DIR/NAME.h, each through a temporary file renamed into place only when
 * both were written whole: a full disk leaves the files as they were, never a cut one. Returns
 * 0, or says why not (naming the file) and returns -1. */
static int emitc_files(const ir_program *p, const char *dir, int inl)
{
    char *cpath = sb_format("%s/%s.c", dir, p->name), *hpath = sb_format("%s/%s.h", dir, p->name);
    cli_out c, h;
    int rc = -1;
    if (cli_out_open(&c, cpath) == 0) {
        if (cli_out_open(&h, hpath) == 0) {
            emitc_write_opts(p, c.f, h.f, inl); /* its failures show in the streams' error flags */
            fflush(c.f);
            cli_out_failed(&c);
            fflush(h.f);
            cli_out_failed(&h);
            int ok = !cli_out_failed(&c) && !cli_out_failed(&h);
            int bad = cli_out_close(&c, ok) < 0;
            bad |= cli_out_close(&h, ok) < 0;
            rc = bad ? -1 : 0;
        } else
            cli_out_close(&c, 0);
    }
    free(cpath);
    free(hpath);
    return rc;
}

int emitc_main(int argc, char **argv)
{
    const char *file, *dir;
    int done, inl = 0, rc = parse(argc, argv, emitc_usage, &file, &dir, &done, &inl);
    if (rc || done)
        return rc;
    compilation comp;
    if ((rc = compile_checked(&comp, file)) == 0) {
        strbuf err = STRBUF_INIT;
        if (emitc_name_ok(comp.ir, &err) || cb_ensure_dir(dir, &err)) {
            fprintf(stderr, "guidec: %s\n", sb_str(&err));
            rc = EXIT_USAGE;
        } else if (emitc_files(comp.ir, dir, inl) < 0)
            rc = EXIT_USAGE;
        sb_free(&err);
    }
    compile_free(&comp);
    return rc;
}

int build_main(int argc, char **argv)
{
    const char *file, *dir;
    int done, rc = parse(argc, argv, build_usage, &file, &dir, &done, NULL);
    if (rc || done)
        return rc;
    compilation comp;
    if ((rc = compile_checked(&comp, file)) == 0) {
        strbuf err = STRBUF_INIT;
        if (cb_build(comp.ir, dir, NULL, &err)) {
            fprintf(stderr, "guidec: build: %s\n", sb_str(&err));
            rc = EXIT_USAGE;
        }
        sb_free(&err);
    }
    compile_free(&comp);
    return rc;
}

/* ---- test --backend c ---------------------------------------------------------------------------- */

/* The runner is testrun.c's, shared with --backend jit; here the results come from the compiled
 * code loaded by cb_load. */

static int cb_eval_cb(const void *ctx, guide_frame *f, guide_trace *t)
{
    return cb_eval(ctx, f, t);
}

void cb_test_run(const ir_program *p, const cb_ruleset *cb, diag_ctx *d, FILE *out, int verbose,
                 tr_summary *s)
{
    tr_run_compiled(p, cb_info(cb), cb_eval_cb, cb, d, out, verbose, s);
}
