/* emit_ll.c — the .ll `guidec emit-llvm FILE --emit=ll --target x86_64-unknown-linux-gnu
 * --cpu generic` writes, for a rule file that is only lowered, not analysed: as the
 * differential test takes them, so that the rule files written to have conflicts (stress.guide,
 * direct.guide) are emitted too. tests/diff/ll-same.sh compares what two builds write.
 *
 * usage: emit_ll FILE OUT.ll */
#include <stdio.h>

#include "compile.h"
#include "emit_llvm.h"

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: emit_ll FILE OUT.ll\n");
        return 2;
    }
    compilation comp;
    int rc = compile_file(&comp, argv[1], stderr, COMPILE_LOWER, 0);
    if (rc == 0) {
        emitll_options o = {EMITLL_LL, "x86_64-unknown-linux-gnu", "generic"};
        strbuf err = STRBUF_INIT;
        rc = emitll_write(comp.ir, argv[2], &o, &err);
        if (rc)
            fprintf(stderr, "emit_ll: %s: %s\n", argv[1], sb_str(&err));
        sb_free(&err);
    }
    compile_free(&comp);
    return rc;
}
