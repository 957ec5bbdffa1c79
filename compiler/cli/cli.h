/* cli.h — the guidec verbs, one cmd_<verb>.c each; main.c dispatches to them from its table.
 * Each takes the arguments after the verb (argv[0] is the verb) and returns the exit status;
 * its usage text is what --help prints. Also what the verbs share: option parsing helpers,
 * opening the rules and their evaluator, and the output file (cli_out) every writing verb uses. */
#ifndef GUIDE_CLI_H
#define GUIDE_CLI_H

#include <stdio.h>

#include "compile.h"
#include "evaluator.h"

extern const char cmd_check_usage[], cmd_run_usage[], cmd_test_usage[], cmd_diff_usage[],
    cmd_batch_usage[], cmd_emit_c_usage[], cmd_emit_llvm_usage[], cmd_build_usage[],
    cmd_dump_usage[];
int cmd_check(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_test(int argc, char **argv);
int cmd_diff(int argc, char **argv);
int cmd_batch(int argc, char **argv);
int cmd_emit_c(int argc, char **argv);
int cmd_emit_llvm(int argc, char **argv);
int cmd_build(int argc, char **argv);
int cmd_dump(int argc, char **argv);
/* `guidec --dump-ast FILE`, `--dump-ir FILE` (what: "ast" or "ir"; argv holds FILE alone): the
 * hidden dumps the golden tests pin. */
int cmd_dump_hidden(const char *what, int argc, char **argv);
/* graph, report, fmt, web and lsp are wired the same way from their own modules (graph.h,
 * report.h, fmt.h, web.h, lsp.h). */

enum { CLI_EXIT_FINDINGS = 1, CLI_EXIT_USAGE = 2 };

/* Opens the cases at path for reading ('-': standard input). NULL after saying "guidec: cannot
 * read cases from PATH: REASON". */
FILE *cli_open_cases(const char *path);
/* Reads a --backend value into *kind (evaluator_kind_parse; auto only with allow_auto).
 * Returns 0, or says "guidec: unknown backend ..." and the verb's usage and returns -1. */
int cli_backend(const char *name, int allow_auto, const char *usage, evaluator_kind *kind);
/* Compiles the rule file at path as far as the IR (no analyses) into comp, which the caller
 * frees either way. Returns 0, or -1 after the diagnostics and, for errors, "guidec: PATH has
 * errors; run 'guidec check PATH'". */
int cli_compile_rules(compilation *comp, const char *path);
/* Opens an evaluator of kind on p (evaluator_open). When it cannot be had, says "guidec:
 * WHO--backend KIND: WHY" and returns NULL; with AUTO, says each backend passed over
 * ("guidec: WHO" and the reason). who is "" or "VERB: ". */
evaluator *cli_evaluator_open(evaluator_kind kind, const ir_program *p, const char *who);
/* Reads the operands and options of a verb that writes into a directory, FILE -o DIR in any
 * order, and --inline when inl is not NULL (emit-c). Returns 0 with *file and *dir set, or
 * with *done set after --help; else the exit status of a usage error. */
int cli_file_and_dir(int argc, char **argv, const char *usage, const char **file, const char **dir,
                     int *done, int *inl);
/* Compiles the rule file at path with every analysis, as `check` does, for the verbs that write
 * code. Returns 0, or the exit status after saying "guidec: PATH has errors; nothing written". */
int cli_compile_checked(compilation *comp, const char *path);

/* Says "guidec: " fmt (with arg) on stderr, then the verb's usage; returns CLI_EXIT_USAGE. */
int cli_usage_error(const char *usage, const char *fmt, const char *arg);
/* Reads the argument of --trace[=all|fired] (NULL: --trace alone, all) into *mode
 * (guide_trace_mode); returns 0, or -1 for another word. */
int cli_trace_mode(const char *arg, int *mode);
/* Reads a positive decimal number, all of s, into *out; returns 0, or -1 (then *out is kept). */
int cli_positive(const char *s, long *out);

/* An output of a verb: standard output, or a file written whole or not at all. A regular file
 * (or a new one) is written to a fresh temporary file in its directory (mkstemp) and renamed
 * onto it by cli_out_close only when every write succeeded, so a full disk or an interrupted
 * run leaves the old file, never a partial one; a device or a pipe (/dev/null, /dev/full) is
 * written directly. */
typedef struct cli_out {
    FILE *f;    /* where to write */
    char *name; /* the path as given, or "standard output": for messages */
    char *dest; /* the file the temporary one is renamed to, or NULL (written directly) */
    char *tmp;  /* the temporary file, or NULL */
    char *gone; /* cli_out_open_stream: the file removed if a write fails, or NULL */
    int   err;  /* errno of the first failure seen, or 0 */
} cli_out;

/* Opens path for writing ("-" or NULL: standard output). Returns 0, or says "guidec: cannot
 * write PATH: REASON" and returns -1. */
int cli_out_open(cli_out *o, const char *path);
/* Opens path for writing as it goes, for a stream of records that a reader may follow and that
 * SIGINT may cut after a complete record (batch --out): the file itself is written, and removed
 * by cli_out_close if a write failed, so a full disk leaves no partial file either. */
int cli_out_open_stream(cli_out *o, const char *path);
/* Whether a write to o has failed so far (a verb stops early then). */
int cli_out_failed(cli_out *o);
/* Flushes and closes o. With keep and no write error the file takes its place; otherwise the
 * temporary file is removed. On a write error says "guidec: cannot write NAME: REASON" once.
 * Returns 0, or -1 on a write error. */
int cli_out_close(cli_out *o, int keep);
/* Whether the output path ("-": standard output) is the very file the input descriptor reads:
 * the same device and inode, however it is named (a symlink, a hard link). Only regular files
 * count: /dev/null in and out is fine. */
int cli_same_file(int in_fd, const char *out_path);

#endif
