/* cli.h — guidec verbs that live in files of their own; main.c dispatches to them. Each takes
 * the arguments after the verb (argv[0] is the verb) and returns the exit status. Also what the
 * verbs share: option parsing helpers and the output file (cli_out) every writing verb uses. */
#ifndef GUIDE_CLI_H
#define GUIDE_CLI_H

#include <stdio.h>

int cmd_diff(int argc, char **argv);
int cmd_batch(int argc, char **argv);

enum { CLI_EXIT_USAGE = 2 };

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
