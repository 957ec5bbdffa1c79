/* cli.c — what the guidec verbs share: reading their options, and writing their output files
 * whole or not at all (cli.h). */
#define _XOPEN_SOURCE 700 /* realpath */
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "analyse.h"
#include "guide.h"
#include "strbuf.h"
#include "xalloc.h"

int cli_usage_error(const char *usage, const char *fmt, const char *arg)
{
    fprintf(stderr, "guidec: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n\n%s", usage);
    return CLI_EXIT_USAGE;
}

int cli_trace_mode(const char *arg, int *mode)
{
    if (!arg || strcmp(arg, "all") == 0)
        *mode = GUIDE_TRACE_ALL;
    else if (strcmp(arg, "fired") == 0)
        *mode = GUIDE_TRACE_FIRED;
    else
        return -1;
    return 0;
}

FILE *cli_open_cases(const char *path)
{
    FILE *in = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!in)
        fprintf(stderr, "guidec: cannot read cases from %s: %s\n", path, strerror(errno));
    return in;
}

int cli_backend(const char *name, int allow_auto, const char *usage, evaluator_kind *kind)
{
    strbuf err = STRBUF_INIT;
    int rc = evaluator_kind_parse(name, allow_auto, kind, &err);
    if (rc < 0)
        cli_usage_error(usage, "%s", sb_str(&err));
    sb_free(&err);
    return rc;
}

int cli_compile_rules(compilation *comp, const char *path)
{
    int rc = compile_file(comp, path, stderr, COMPILE_LOWER, 0);
    if (rc == 1)
        fprintf(stderr, "guidec: %s has errors; run 'guidec check %s'\n", path, path);
    return rc ? -1 : 0;
}

int cli_file_and_dir(int argc, char **argv, const char *usage, const char **file, const char **dir,
                     int *done, int *inl)
{
    static const struct option opts[] = {{"output", required_argument, 0, 'o'},
                                         {"help", no_argument, 0, 'h'},
                                         {"inline", no_argument, 0, 'i'}, {0, 0, 0, 0}};
    int c;
    *done = 0;
    *dir = NULL;
    while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
        switch (c) {
        case 'o': *dir = optarg; break;
        case 'i':
            if (!inl)
                return cli_usage_error(usage, "%s", "unknown option");
            *inl = 1;
            break;
        case 'h':
            fputs(usage, stdout);
            *done = 1;
            return 0;
        default: return cli_usage_error(usage, "%s", "unknown option");
        }
    }
    if (argc - optind != 1)
        return cli_usage_error(usage, "%s", "expected one rule file");
    if (!*dir || !**dir)
        return cli_usage_error(usage, "%s", "missing -o DIR: the directory to write into");
    *file = argv[optind];
    return 0;
}

int cli_compile_checked(compilation *comp, const char *path)
{
    int rc = compile_file(comp, path, stderr, COMPILE_ANALYSE, AN_DEFAULT_BUDGET);
    if (rc == 1)
        fprintf(stderr, "guidec: %s has errors; nothing written\n", path);
    return rc ? CLI_EXIT_USAGE : 0;
}

evaluator *cli_evaluator_open(evaluator_kind kind, const ir_program *p, const char *who)
{
    strbuf err = STRBUF_INIT;
    evaluator *ev = evaluator_open(kind, p, &err);
    if (!ev) {
        fprintf(stderr, "guidec: %s--backend %s: %s\n", who, evaluator_kind_name(kind), sb_str(&err));
    } else { /* AUTO: a line per backend passed over */
        const char *s = sb_str(&err);
        for (const char *nl; (nl = strchr(s, '\n')) != NULL; s = nl + 1)
            fprintf(stderr, "guidec: %s%.*s\n", who, (int)(nl - s), s);
    }
    sb_free(&err);
    return ev;
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

/* ---- Output files -------------------------------------------------------------------------- */

/* The file a write to path lands in: path itself, or what a symlink at path points to (so that
 * renaming onto it keeps the link). NULL (errno set) for a dangling link. */
static char *final_target(const char *path)
{
    struct stat st;
    if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode))
        return realpath(path, NULL);
    return guide_xstrdup(path, "a file name");
}

int cli_out_open(cli_out *o, const char *path)
{
    memset(o, 0, sizeof *o);
    if (!path || strcmp(path, "-") == 0) {
        o->f = stdout;
        o->name = guide_xstrdup("standard output", "a file name");
        return 0;
    }
    o->name = guide_xstrdup(path, "a file name");
    struct stat st;
    char *dest = final_target(path);
    /* Only a regular file, or none yet, is replaced by renaming: renaming onto /dev/full or a
     * FIFO would replace the device node itself. */
    if (dest && (stat(dest, &st) != 0 ? errno == ENOENT : S_ISREG(st.st_mode))) {
        const char *slash = strrchr(dest, '/');
        strbuf t = STRBUF_INIT;
        if (slash)
            sb_putn(&t, dest, (size_t)(slash - dest + 1));
        sb_printf(&t, ".%s.XXXXXX", slash ? slash + 1 : dest);
        char *tmp = sb_take(&t);
        int fd = mkstemp(tmp);
        if (fd >= 0) {
            /* mkstemp makes the file 0600; fopen would have made it 0666 less the umask. */
            mode_t mask = umask(0);
            umask(mask);
            mode_t mode = stat(dest, &st) == 0 ? st.st_mode & 07777 : 0666 & ~mask;
            if (fchmod(fd, mode) == 0 && (o->f = fdopen(fd, "w")) != NULL) {
                o->dest = dest;
                o->tmp = tmp;
                return 0;
            }
            close(fd);
            unlink(tmp);
        }
        free(tmp); /* no temporary file (a directory we may not write): write directly */
    }
    free(dest);
    o->f = fopen(path, "w");
    if (!o->f) {
        fprintf(stderr, "guidec: cannot write %s: %s\n", path, strerror(errno));
        free(o->name);
        o->name = NULL;
        return -1;
    }
    return 0;
}

int cli_out_open_stream(cli_out *o, const char *path)
{
    memset(o, 0, sizeof *o);
    if (!path || strcmp(path, "-") == 0)
        return cli_out_open(o, path);
    o->f = fopen(path, "w");
    if (!o->f) {
        fprintf(stderr, "guidec: cannot write %s: %s\n", path, strerror(errno));
        return -1;
    }
    o->name = guide_xstrdup(path, "a file name");
    struct stat st;
    if (fstat(fileno(o->f), &st) == 0 && S_ISREG(st.st_mode)) /* not /dev/full or a FIFO */
        o->gone = guide_xstrdup(path, "a file name");
    return 0;
}

int cli_out_failed(cli_out *o)
{
    if (!o->err && ferror(o->f))
        o->err = errno ? errno : EIO;
    return o->err != 0;
}

int cli_out_close(cli_out *o, int keep)
{
    if (!o->f)
        return 0;
    /* A write that failed just before leaves its reason in errno (a caller that goes on
     * writing after a failure calls cli_out_failed right after it); else the flush says. */
    cli_out_failed(o);
    errno = 0;
    if (fflush(o->f) != 0 && !o->err)
        o->err = errno ? errno : EIO;
    cli_out_failed(o);
    if (o->f == stdout) {
        /* stdout stays open (exit closes it); its error flag is cleared so that a later
         * check does not report the failure twice. */
        clearerr(o->f);
    } else {
        errno = 0;
        if (fclose(o->f) != 0 && !o->err)
            o->err = errno ? errno : EIO;
    }
    o->f = NULL;
    if (!o->err && keep && o->tmp && rename(o->tmp, o->dest) != 0)
        o->err = errno;
    if (o->tmp && (o->err || !keep))
        unlink(o->tmp);
    if (o->gone && o->err)
        unlink(o->gone);
    int bad = o->err != 0;
    if (bad)
        fprintf(stderr, "guidec: cannot write %s: %s\n", o->name, strerror(o->err));
    free(o->name);
    free(o->dest);
    free(o->tmp);
    free(o->gone);
    o->name = o->dest = o->tmp = o->gone = NULL;
    return bad ? -1 : 0;
}

int cli_same_file(int in_fd, const char *out_path)
{
    struct stat a, b;
    if (fstat(in_fd, &a) != 0 || !S_ISREG(a.st_mode))
        return 0;
    int r = !out_path || strcmp(out_path, "-") == 0 ? fstat(1, &b) : stat(out_path, &b);
    return r == 0 && S_ISREG(b.st_mode) && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}
