/* cli.c — what the guidec verbs share to read their options (cli.h). */
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

int cli_usage_error(const char *usage, const char *fmt, const char *arg)
{
    fprintf(stderr, "guidec: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n\n%s", usage);
    return CLI_EXIT_USAGE;
}

int cli_positive(const char *s, long *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || *end || end == s || v <= 0)
        return -1;
    *out = v;
    return 0;
}
