/* cmd_emit_c.c — `guidec emit-c`: the rules of a file as C source, NAME.c and NAME.h (the C
 * itself is emit_c.c's). */
#include <stdlib.h>

#include "cbackend.h"
#include "cli.h"
#include "emit_c.h"
#include "strbuf.h"

const char cmd_emit_c_usage[] =
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

int cmd_emit_c(int argc, char **argv)
{
    const char *file, *dir;
    int done, inl = 0, rc = cli_file_and_dir(argc, argv, cmd_emit_c_usage, &file, &dir, &done, &inl);
    if (rc || done)
        return rc;
    compilation comp;
    if ((rc = cli_compile_checked(&comp, file)) == 0) {
        strbuf err = STRBUF_INIT;
        if (emitc_name_ok(comp.ir, &err) || cb_ensure_dir(dir, &err)) {
            fprintf(stderr, "guidec: %s\n", sb_str(&err));
            rc = CLI_EXIT_USAGE;
        } else if (emitc_files(comp.ir, dir, inl) < 0)
            rc = CLI_EXIT_USAGE;
        sb_free(&err);
    }
    compile_free(&comp);
    return rc;
}

