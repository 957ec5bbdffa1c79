/* emit_llvm_oom.c — LLVM's allocation failures and fatal errors end guidec as its own do.
 *
 * LLVM allocates with C++'s operator new, which throws std::bad_alloc when memory runs out
 * (under `ulimit -v`, say): nothing catches it across the LLVM-C boundary, so guidec died of
 * std::terminate, an abort with a C++ message (issue 22). LLVM's own malloc wrappers call
 * llvm::report_bad_alloc_error, which aborts too. LLVM offers two hooks, in C++ only: one makes
 * a failed operator new call report_bad_alloc_error, the other replaces what that does. Both
 * are declared here by their mangled names, exported by libLLVM (LLVM 19's Itanium ABI), since
 * guidec is C; with them a failed allocation anywhere in LLVM is guide_out_of_memory's one
 * message and exit status 2. The fatal-error hook of LLVM-C does the same for report_fatal_error.
 *
 * Only guidec installs them (main.c): a program that loads the SQLite extension keeps its own
 * handlers, as a library must leave them to its host. */
#include <stdbool.h>
#include <stdio.h>
#include <unistd.h>

#include <llvm-c/ErrorHandling.h>

#include "emit_llvm.h"
#include "oom.h"

/* llvm::install_out_of_memory_new_handler() and llvm::install_bad_alloc_error_handler(
 * void (*)(void *, const char *, bool), void *), from llvm/Support/ErrorHandling.h. */
void _ZN4llvm33install_out_of_memory_new_handlerEv(void);
void _ZN4llvm31install_bad_alloc_error_handlerEPFvPvPKcbES0_(void (*handler)(void *, const char *, bool),
                                                           void *data);

static void on_bad_alloc(void *data, const char *reason, bool gen_crash_diag)
{
    (void)data;
    (void)reason;
    (void)gen_crash_diag;
    guide_out_of_memory("LLVM");
}

static void on_fatal_error(const char *reason)
{
    /* LLVM's own errors are guidec's internal errors: said as such, status 2, no core dump */
    fprintf(stderr, "guidec: internal error in LLVM: %s\n", reason);
    _exit(2);
}

void emitll_install_error_handlers(void)
{
    _ZN4llvm31install_bad_alloc_error_handlerEPFvPvPKcbES0_(on_bad_alloc, NULL);
    _ZN4llvm33install_out_of_memory_new_handlerEv();
    LLVMInstallFatalErrorHandler(on_fatal_error);
}
