/* cmd_build.c — `guidec build`: the rules of a file compiled with the system C compiler into a
 * static and a shared library plus header (cbackend_build.c does the work). */
#include <stdio.h>

#include "cbackend.h"
#include "cli.h"
#include "strbuf.h"

const char cmd_build_usage[] =
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

int cmd_build(int argc, char **argv)
{
    const char *file, *dir;
    int done, rc = cli_file_and_dir(argc, argv, cmd_build_usage, &file, &dir, &done, NULL);
    if (rc || done)
        return rc;
    compilation comp;
    if ((rc = cli_compile_checked(&comp, file)) == 0) {
        strbuf err = STRBUF_INIT;
        if (cb_build(comp.ir, dir, NULL, &err)) {
            fprintf(stderr, "guidec: build: %s\n", sb_str(&err));
            rc = CLI_EXIT_USAGE;
        }
        sb_free(&err);
    }
    compile_free(&comp);
    return rc;
}
