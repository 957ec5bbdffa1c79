/* cli.h — guidec verbs that live in files of their own; main.c dispatches to them. Each takes
 * the arguments after the verb (argv[0] is the verb) and returns the exit status. */
#ifndef GUIDE_CLI_H
#define GUIDE_CLI_H

int cmd_diff(int argc, char **argv);
int cmd_batch(int argc, char **argv);

enum { CLI_EXIT_USAGE = 2 };

/* Says "guidec: " fmt (with arg) on stderr, then the verb's usage; returns CLI_EXIT_USAGE. */
int cli_usage_error(const char *usage, const char *fmt, const char *arg);
/* Reads a positive decimal number, all of s, into *out; returns 0, or -1 (then *out is kept). */
int cli_positive(const char *s, long *out);

#endif
