/* cbackend.h — compiling generated C with the system compiler: `guidec build` (static and
 * shared library plus header) and `--backend c` (a shared object built in a temporary
 * directory, loaded with dlopen, evaluated through NAME_eval_frame).
 *
 * The generated source includes guide.h and guide_gen.h; cb_runtime_dir says where they are
 * found. The compiler is $CC (words split on blanks), else `cc`. */
#ifndef GUIDE_CBACKEND_H
#define GUIDE_CBACKEND_H

#include <stddef.h>

#include "guide.h"
#include "ir.h"

typedef struct cb_options {
    const char *cc;     /* compiler command (may hold options); NULL: $CC, else "cc" */
    const char *cflags; /* extra flags, blank-separated (e.g. "-Wall -Werror"); may be NULL */
    int         quiet;  /* nonzero: the compiler's own messages are not shown */
    int         inline_header; /* emit-c --inline: the direct path in the header, and the .so
                                  of cb_load exports NAME_eval_inline as NAME_eval_inline_test
                                  (the tests) */
} cb_options;

/* The directory holding guide.h and guide_gen.h, first of: $GUIDE_RUNTIME_DIR; runtime/ in the
 * parent of the running program's directory (build/guidec -> runtime/), or two levels up; the
 * source tree guidec was built from (GUIDE_SOURCE_DIR, set by the Makefile). NULL if none. */
const char *cb_runtime_dir(void);

/* Compiles p into DIR/libNAME.a and DIR/libNAME.so and writes DIR/NAME.h (DIR is created if
 * missing); a program using either links libguide too (guide_dd_walk). Returns 0, or nonzero
 * with the reason appended to err. */
int cb_build(const ir_program *p, const char *dir, const cb_options *o, strbuf *err);

/* A program guidec runs: what it is ("C compiler"), the variable that names it ("CC"), and what it
 * is run on ("the generated C"), for messages. */
typedef struct cb_tool {
    const char *what, *env, *on;
} cb_tool;
/* Runs argv (argv[0] looked up in PATH), its messages on our stderr (none with quiet); returns 0
 * when it exits with status 0, else 1 with the reason appended to err. */
int cb_spawn(char *const *argv, int quiet, const cb_tool *tool, strbuf *err);

/* Copies file from to file to. Returns 0, or nonzero with the reason appended to err. */
int cb_copy_file(const char *from, const char *to, strbuf *err);
/* A fresh folder in $TMPDIR (else /tmp), malloc'ed; NULL with the reason in err. */
char *cb_make_tmpdir(strbuf *err);

/* Creates directory dir unless it exists. Returns 0, or nonzero with the reason appended to err. */
int cb_ensure_dir(const char *dir, strbuf *err);

/* A ruleset compiled to a shared object and loaded. */
typedef struct cb_ruleset cb_ruleset;

/* Emits p into a fresh temporary directory, compiles it, loads it, and removes the directory.
 * Returns NULL with the reason appended to err when the compiler is missing or fails. The
 * generated code calls libguide's guide_dd_walk, which the loading program must export: link
 * it with libguide and -rdynamic, as guidec is, or loading fails with an undefined symbol. */
cb_ruleset *cb_load(const ir_program *p, const cb_options *o, strbuf *err);
/* The ruleset description the generated code carries (NAME_info). */
const guide_ruleset_info *cb_info(const cb_ruleset *r);
/* Evaluates the case held in f (NAME_eval_frame): the same frame and trace the interpreter
 * fills. Returns 0, or nonzero for an input outside its type or range. */
int cb_eval(const cb_ruleset *r, guide_frame *f, guide_trace *t);
/* The address of a symbol of the loaded code (NAME_eval_many, ...), or NULL. */
void *cb_symbol(const cb_ruleset *r, const char *name);
void cb_unload(cb_ruleset *r);

#endif
