/* cmd_emit_llvm.c — `guidec emit-llvm`: the rules of a file as LLVM IR text, bitcode or a native
 * object (the LLVM work itself is in emit_llvm.c). */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "emit_llvm.h"

const char cmd_emit_llvm_usage[] =
    "usage: guidec emit-llvm [options] FILE -o OUT\n"
    "\n"
    "Lowers the rules of FILE to LLVM IR (through the LLVM 19 C API), verifies and optimises it\n"
    "(default<O2>), and writes OUT: LLVM IR text (.ll), bitcode (.bc) or a native object (.o).\n"
    "The module defines what 'guidec emit-c' writes in NAME.c, with the same ABI and struct\n"
    "layout, so the header NAME.h from 'guidec emit-c' declares it: NAME_eval, NAME_eval_many,\n"
    "NAME_eval_columns, NAME_from_frame, NAME_to_frame, NAME_eval_frame and NAME_info\n"
    "(self-contained: names, labels, citations, version, SHA-256, each output's decision\n"
    "diagram). Link the object with libguide (its guide_dd_walk decides outputs with unknown\n"
    "inputs; it also reads cases and prints results) and -lm. It computes what 'guidec run'\n"
    "computes: same outputs, states, asks, possible answers and trace. FILE is checked first,\n"
    "as by 'guidec check'.\n"
    "\n"
    "options:\n"
    "  -o, --output OUT    file to write\n"
    "  --emit=ll|bc|obj    what to write (default: from OUT's extension .ll, .bc, else obj)\n"
    "  --target TRIPLE     target triple (default: this machine's), e.g. aarch64-linux-gnu\n"
    "  --cpu NAME          target CPU; 'generic' for a portable object (default: this\n"
    "                      machine's CPU for the host triple, generic for another triple)\n"
    "  --help              print this help\n"
    "\n"
    "exit status: 0 written, 2 the rule file has errors, bad usage, an unknown target or CPU,\n"
    "a file cannot be written, or an internal error (the generated module does not verify)\n";

static int usage(const char *msg, const char *arg)
{
    return cli_usage_error(cmd_emit_llvm_usage, msg, arg);
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

int cmd_emit_llvm(int argc, char **argv)
{
    static const struct option opts[] = {{"output", required_argument, 0, 'o'},
                                         {"emit", required_argument, 0, 'e'},
                                         {"target", required_argument, 0, 't'},
                                         {"cpu", required_argument, 0, 'c'},
                                         {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *out = NULL;
    emitll_options o = {EMITLL_OBJ, NULL, NULL};
    int c, kind = -1;
    while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
        switch (c) {
        case 'o': out = optarg; break;
        case 'e':
            if (strcmp(optarg, "ll") == 0)
                kind = EMITLL_LL;
            else if (strcmp(optarg, "bc") == 0)
                kind = EMITLL_BC;
            else if (strcmp(optarg, "obj") == 0)
                kind = EMITLL_OBJ;
            else
                return usage("unknown --emit '%s' (expected ll, bc or obj)", optarg);
            break;
        case 't':
            if (!*optarg)
                return usage("%s", "--target needs a triple");
            o.triple = optarg;
            break;
        case 'c':
            if (!*optarg)
                return usage("%s", "--cpu needs a CPU name");
            o.cpu = optarg;
            break;
        case 'h': fputs(cmd_emit_llvm_usage, stdout); return 0;
        default: return usage("%s", "unknown option");
        }
    }
    if (argc - optind != 1)
        return usage("%s", "expected one rule file");
    if (!out || !*out)
        return usage("%s", "missing -o OUT: the file to write");
    if (kind >= 0)
        o.kind = (emitll_kind)kind;
    else
        o.kind = ends_with(out, ".ll") ? EMITLL_LL : ends_with(out, ".bc") ? EMITLL_BC : EMITLL_OBJ;
    const char *file = argv[optind];
    compilation comp;
    int rc = cli_compile_checked(&comp, file);
    if (rc) {
        compile_free(&comp);
        return rc;
    }
    strbuf err = STRBUF_INIT;
    rc = emitll_write(comp.ir, out, &o, &err);
    if (rc)
        fprintf(stderr, "guidec: emit-llvm: %s\n", sb_str(&err));
    sb_free(&err);
    compile_free(&comp);
    return rc;
}
