/* cli.h — guidec verbs that live in files of their own; main.c dispatches to them. Each takes
 * the arguments after the verb (argv[0] is the verb) and returns the exit status. */
#ifndef GUIDE_CLI_H
#define GUIDE_CLI_H

int cmd_diff(int argc, char **argv);
int cmd_batch(int argc, char **argv);

#endif
