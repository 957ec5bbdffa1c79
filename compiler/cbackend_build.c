/* cbackend_build.c — runs the system C compiler on generated code: libraries for `guidec build`,
 * and a shared object loaded with dlopen for `--backend c`. See cbackend.h. */
#include "cbackend.h"

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "emit_c.h"

extern char **environ;

/* Flags every compilation of generated code gets: the C standard it is written in, and no
 * contraction of a*b+c into one rounding, so that arithmetic rounds as in the interpreter. */
#define CB_STD_FLAGS "-std=c11 -O2 -fPIC -ffp-contract=off"

struct cb_ruleset {
    void                     *so;
    const guide_ruleset_info *info;
    int (*eval_frame)(guide_frame *f, guide_trace *t, long budget);
};

/* ---- Finding the runtime headers -------------------------------------------------------------- */

static int has_headers(const char *dir)
{
    char path[PATH_MAX + 32];
    snprintf(path, sizeof path, "%s/guide.h", dir);
    if (access(path, R_OK) != 0)
        return 0;
    snprintf(path, sizeof path, "%s/guide_gen.h", dir);
    return access(path, R_OK) == 0;
}

const char *cb_runtime_dir(void)
{
    static char found[PATH_MAX + 64];
    const char *env = getenv("GUIDE_RUNTIME_DIR");
    if (env && *env && has_headers(env)) {
        snprintf(found, sizeof found, "%s", env);
        return found;
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            static const char *const rel[] = {"/../runtime", "/../../runtime"};
            for (size_t i = 0; i < sizeof rel / sizeof *rel; i++) {
                char dir[PATH_MAX + 32];
                snprintf(dir, sizeof dir, "%s%s", exe, rel[i]);
                if (has_headers(dir)) {
                    snprintf(found, sizeof found, "%s", dir);
                    return found;
                }
            }
        }
    }
#ifdef GUIDE_SOURCE_DIR
    if (has_headers(GUIDE_SOURCE_DIR "/runtime")) {
        snprintf(found, sizeof found, "%s", GUIDE_SOURCE_DIR "/runtime");
        return found;
    }
#endif
    return NULL;
}

/* ---- Running the compiler --------------------------------------------------------------------- */

typedef struct argv_buf {
    char *words[256];
    int   n;
    char *copies[8]; /* strings split into words, freed at the end */
    int   ncopies;
} argv_buf;

static void arg(argv_buf *a, const char *s)
{
    if (a->n < (int)(sizeof a->words / sizeof *a->words) - 1)
        a->words[a->n++] = (char *)s;
    a->words[a->n] = NULL;
}

/* Appends the blank-separated words of s. */
static void args_split(argv_buf *a, const char *s)
{
    if (!s || a->ncopies == (int)(sizeof a->copies / sizeof *a->copies))
        return;
    char *copy = strdup(s);
    if (!copy)
        return;
    a->copies[a->ncopies++] = copy;
    for (char *w = strtok(copy, " \t\n"); w; w = strtok(NULL, " \t\n"))
        arg(a, w);
}

static void args_free(argv_buf *a)
{
    for (int i = 0; i < a->ncopies; i++)
        free(a->copies[i]);
}

static const char *cc_command(const cb_options *o)
{
    if (o && o->cc && *o->cc)
        return o->cc;
    const char *env = getenv("CC");
    return env && *env ? env : "cc";
}

/* Runs argv; returns 0 when it exits with status 0, else fills err. */
static int run(argv_buf *a, int quiet, char *err, size_t errlen)
{
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    if (quiet)
        posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    /* The compiler's messages go to our stderr, never into our stdout (results). */
    posix_spawn_file_actions_adddup2(&fa, 2, 1);
    pid_t pid;
    int rc = posix_spawnp(&pid, a->words[0], &fa, NULL, a->words, environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0) {
        snprintf(err, errlen, "cannot run the C compiler '%s': %s (set CC to a C compiler)",
                 a->words[0], strerror(rc));
        return 1;
    }
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) {
            snprintf(err, errlen, "waiting for '%s': %s", a->words[0], strerror(errno));
            return 1;
        }
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
        return 0;
    if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
        snprintf(err, errlen, "cannot run '%s' (exit status 127: not found?; set CC to a C compiler)",
                 a->words[0]);
    else if (WIFEXITED(status))
        snprintf(err, errlen, "'%s' failed with exit status %d on the generated C", a->words[0],
                 WEXITSTATUS(status));
    else
        snprintf(err, errlen, "'%s' was killed by signal %d", a->words[0], WTERMSIG(status));
    return 1;
}

/* ---- Temporary directories -------------------------------------------------------------------- */

static int make_tmpdir(char *dir, size_t len, char *err, size_t errlen)
{
    const char *base = getenv("TMPDIR");
    snprintf(dir, len, "%s/guidec-XXXXXX", base && *base ? base : "/tmp");
    if (!mkdtemp(dir)) {
        snprintf(err, errlen, "cannot create a temporary directory in %s: %s",
                 base && *base ? base : "/tmp", strerror(errno));
        return 1;
    }
    return 0;
}

/* Removes the files generated into dir, then dir. */
static void remove_tmpdir(const char *dir, const char *name)
{
    static const char *const files[] = {"%s/%s.c", "%s/%s.h", "%s/%s.o", "%s/lib%s.so"};
    char path[PATH_MAX + 300];
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        snprintf(path, sizeof path, files[i], dir, name);
        unlink(path);
    }
    rmdir(dir);
}

int cb_ensure_dir(const char *dir, char *err, size_t errlen)
{
    struct stat st;
    if (stat(dir, &st) == 0) {
        if (!S_ISDIR(st.st_mode)) {
            snprintf(err, errlen, "%s is not a directory", dir);
            return 1;
        }
        return 0;
    }
    if (mkdir(dir, 0777) != 0) {
        snprintf(err, errlen, "cannot create directory %s: %s", dir, strerror(errno));
        return 1;
    }
    return 0;
}

static int copy_file(const char *from, const char *to, char *err, size_t errlen)
{
    FILE *in = fopen(from, "rb");
    if (!in) {
        snprintf(err, errlen, "cannot read %s: %s", from, strerror(errno));
        return 1;
    }
    FILE *out = fopen(to, "wb");
    if (!out) {
        snprintf(err, errlen, "cannot write %s: %s", to, strerror(errno));
        fclose(in);
        return 1;
    }
    char buf[8192];
    size_t n;
    int bad = 0;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        bad |= fwrite(buf, 1, n, out) != n;
    bad |= ferror(in);
    fclose(in);
    bad |= fclose(out) != 0;
    if (bad)
        snprintf(err, errlen, "cannot write %s: %s", to, strerror(errno));
    return bad;
}

/* ---- build -------------------------------------------------------------------------------------- */

int cb_build(const ir_program *p, const char *dir, const cb_options *o, char *err, size_t errlen)
{
    const char *rt = cb_runtime_dir();
    if (!rt) {
        snprintf(err, errlen, "cannot find the runtime headers guide.h and guide_gen.h (set GUIDE_RUNTIME_DIR)");
        return 1;
    }
    if (cb_ensure_dir(dir, err, errlen))
        return 1;
    char tmp[PATH_MAX], src[PATH_MAX + 300], obj[PATH_MAX + 300], inc_rt[PATH_MAX + 8],
        inc_tmp[PATH_MAX + 8], lib[PATH_MAX + 300], so[PATH_MAX + 300], hdr[PATH_MAX + 300],
        out_h[PATH_MAX + 300];
    if (make_tmpdir(tmp, sizeof tmp, err, errlen))
        return 1;
    int rc = emitc_to_dir(p, tmp, err, errlen);
    snprintf(src, sizeof src, "%s/%s.c", tmp, p->name);
    snprintf(obj, sizeof obj, "%s/%s.o", tmp, p->name);
    snprintf(hdr, sizeof hdr, "%s/%s.h", tmp, p->name);
    snprintf(inc_rt, sizeof inc_rt, "-I%s", rt);
    snprintf(inc_tmp, sizeof inc_tmp, "-I%s", tmp);
    snprintf(lib, sizeof lib, "%s/lib%s.a", dir, p->name);
    snprintf(so, sizeof so, "%s/lib%s.so", dir, p->name);
    snprintf(out_h, sizeof out_h, "%s/%s.h", dir, p->name);
    if (rc == 0) {
        argv_buf a = {0};
        args_split(&a, cc_command(o));
        args_split(&a, CB_STD_FLAGS);
        args_split(&a, o ? o->cflags : NULL);
        arg(&a, inc_rt);
        arg(&a, inc_tmp);
        arg(&a, "-c");
        arg(&a, src);
        arg(&a, "-o");
        arg(&a, obj);
        rc = run(&a, o && o->quiet, err, errlen);
        args_free(&a);
    }
    if (rc == 0) {
        argv_buf a = {0};
        const char *ar = getenv("AR");
        args_split(&a, ar && *ar ? ar : "ar");
        arg(&a, "rcs");
        arg(&a, lib);
        arg(&a, obj);
        unlink(lib); /* ar would add to an old archive */
        rc = run(&a, o && o->quiet, err, errlen);
        args_free(&a);
    }
    if (rc == 0) {
        argv_buf a = {0};
        args_split(&a, cc_command(o));
        arg(&a, "-shared");
        arg(&a, "-o");
        arg(&a, so);
        arg(&a, obj);
        arg(&a, "-lm");
        rc = run(&a, o && o->quiet, err, errlen);
        args_free(&a);
    }
    if (rc == 0)
        rc = copy_file(hdr, out_h, err, errlen);
    remove_tmpdir(tmp, p->name);
    return rc;
}

/* ---- load --------------------------------------------------------------------------------------- */

cb_ruleset *cb_load(const ir_program *p, const cb_options *o, char *err, size_t errlen)
{
    const char *rt = cb_runtime_dir();
    if (!rt) {
        snprintf(err, errlen, "cannot find the runtime headers guide.h and guide_gen.h (set GUIDE_RUNTIME_DIR)");
        return NULL;
    }
    char tmp[PATH_MAX], src[PATH_MAX + 300], so[PATH_MAX + 300], inc_rt[PATH_MAX + 8],
        inc_tmp[PATH_MAX + 8], sym[512];
    if (make_tmpdir(tmp, sizeof tmp, err, errlen))
        return NULL;
    int rc = emitc_to_dir(p, tmp, err, errlen);
    snprintf(src, sizeof src, "%s/%s.c", tmp, p->name);
    snprintf(so, sizeof so, "%s/lib%s.so", tmp, p->name);
    snprintf(inc_rt, sizeof inc_rt, "-I%s", rt);
    snprintf(inc_tmp, sizeof inc_tmp, "-I%s", tmp);
    if (rc == 0) {
        argv_buf a = {0};
        args_split(&a, cc_command(o));
        args_split(&a, CB_STD_FLAGS);
        args_split(&a, o ? o->cflags : NULL);
        arg(&a, "-shared");
        arg(&a, inc_rt);
        arg(&a, inc_tmp);
        arg(&a, "-o");
        arg(&a, so);
        arg(&a, src);
        arg(&a, "-lm");
        rc = run(&a, o && o->quiet, err, errlen);
        args_free(&a);
    }
    cb_ruleset *r = NULL;
    if (rc == 0) {
        r = calloc(1, sizeof *r);
        r->so = r ? dlopen(so, RTLD_NOW | RTLD_LOCAL) : NULL;
        if (r && r->so) {
            snprintf(sym, sizeof sym, "%s_info", p->name);
            r->info = dlsym(r->so, sym);
            snprintf(sym, sizeof sym, "%s_eval_frame", p->name);
            void *fn = dlsym(r->so, sym); /* POSIX: a function's address as an object pointer */
            memcpy(&r->eval_frame, &fn, sizeof fn);
        }
        if (!r || !r->so || !r->info || !r->eval_frame) {
            const char *why = dlerror();
            snprintf(err, errlen, "cannot load the compiled ruleset %s: %s", so, why ? why : "out of memory");
            if (r && r->so)
                dlclose(r->so);
            free(r);
            r = NULL;
        }
    }
    remove_tmpdir(tmp, p->name);
    return r;
}

const guide_ruleset_info *cb_info(const cb_ruleset *r)
{
    return r->info;
}

int cb_eval(const cb_ruleset *r, guide_frame *f, guide_trace *t, long budget)
{
    return r->eval_frame(f, t, budget);
}

void cb_unload(cb_ruleset *r)
{
    if (!r)
        return;
    dlclose(r->so);
    free(r);
}
