/* emit_llvm.h — the LLVM backend: a ruleset's Decision IR as LLVM IR built with the LLVM-C API
 * (`guidec emit-llvm`: .ll, .bc or a native object), and the same module compiled in process
 * by ORC LLJIT (`guidec run|test --backend jit`).
 *
 * The module defines exactly what the C backend's NAME.c defines, with the same ABI and struct
 * layout (NAME.h from `guidec emit-c` declares it): NAME_eval, NAME_eval_many,
 * NAME_eval_columns, NAME_from_frame, NAME_to_frame, NAME_eval_frame and the constant NAME_info,
 * with each output's decision diagram. It needs no
 * C compiler and links against libguide's guide_dd_walk, libc's memset / memcpy and libm's
 * floor; the JIT is given guide_dd_walk by its address in this process. This header does not
 * include llvm-c/: only the emit_llvm*.c files do (emit_llvm_cli.c aside). */
#ifndef GUIDE_EMIT_LLVM_H
#define GUIDE_EMIT_LLVM_H

#include <stddef.h>

#include "guide.h"
#include "ir.h"

typedef enum emitll_kind { EMITLL_LL, EMITLL_BC, EMITLL_OBJ } emitll_kind;

typedef struct emitll_options {
    emitll_kind kind;
    const char *triple; /* target triple; NULL: the host's */
    const char *cpu;    /* CPU name ("generic" for portable objects); NULL: the host's for the
                           host triple, else "generic" */
} emitll_options;

/* Builds, verifies, optimises (default<O2>) and writes the module to path. Returns 0, or 2 with
 * the reason in err: a bad target or CPU, a file that cannot be written, or a module that does
 * not verify (an internal error of guidec: the message says so and gives LLVM's). */
int emitll_write(const ir_program *p, const char *path, const emitll_options *o, strbuf *err);

/* Makes LLVM's allocation failures guide_out_of_memory's message and exit status 2, and its
 * fatal errors an "internal error in LLVM" message and status 2, instead of an abort
 * (emit_llvm_oom.c). For guidec's main; a library leaves these to its host. */
void emitll_install_error_handlers(void);

/* A ruleset compiled by LLJIT in this process. */
typedef struct emitll_jit emitll_jit;

/* Builds, verifies, optimises and JIT-compiles p for this machine. NULL with the reason in
 * err. */
emitll_jit *emitll_jit_load(const ir_program *p, strbuf *err);
/* NAME_info as the JIT'd code carries it. */
const guide_ruleset_info *emitll_jit_info(const emitll_jit *j);
/* NAME_eval_frame: evaluates the case in f. Returns 0, or nonzero for a bad input value. */
int emitll_jit_eval(const emitll_jit *j, guide_frame *f, guide_trace *t);
/* The address of a symbol of the module (NAME_eval, ...), or NULL. */
void *emitll_jit_lookup(const emitll_jit *j, const char *name);
void emitll_jit_free(emitll_jit *j);

/* The layout of NAME_input and NAME_output on this machine, as the module defines them (and
 * NAME.h from emit-c declares them): sizes, and each field's offset. */
typedef struct emitll_layout_info {
    size_t  in_size, out_size;
    size_t  state_off;  /* NAME_output.state */
    size_t  asks_off;   /* NAME_output.asks */
    size_t  dknown_off; /* NAME_output.derived_known (0 when no derived values) */
    size_t  possible_off; /* NAME_output.possible, the last field */
    size_t  possible_words; /* its words: each output's leaf words, at least 1 in all */
    size_t *var_off;    /* [nvars], the caller's: the field of each variable, in NAME_input for
                           inputs and in NAME_output for derived values and outputs */
} emitll_layout_info;

/* Fills l for p. Returns 0, or 2 with the reason in err. */
int emitll_layout(const ir_program *p, emitll_layout_info *l, strbuf *err);

#endif
