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
#include "strbuf.h"
#include "xalloc.h"

extern char **environ;

/* Flags every compilation of generated code gets: the C standard it is written in, and no
 * contraction of a*b+c into one rounding, so that arithmetic rounds as in the interpreter. */
#define CB_STD_FLAGS "-std=c11 -O2 -fPIC -ffp-contract=off"

struct cb_ruleset {
    void                     *so;
    const guide_ruleset_info *info;
    int (*eval_frame)(guide_frame *f, guide_trace *t);
};

/* ---- Finding the runtime headers -------------------------------------------------------------- */

static int has_headers(const char *dir)
{
    char *h = sb_format("%s/guide.h", dir), *gen = sb_format("%s/guide_gen.h", dir);
    int ok = access(h, R_OK) == 0 && access(gen, R_OK) == 0;
    free(h);
    free(gen);
    return ok;
}

const char *cb_runtime_dir(void)
{
    static char *found; /* the first answer, kept for the life of the process */
    if (found)
        return found;
    const char *env = getenv("GUIDE_RUNTIME_DIR");
    if (env && *env && has_headers(env))
        return found = sb_format("%s", env);
    /* /proc/self/exe names the program: its folder, then runtime/ one or two levels up */
    strbuf exe = STRBUF_INIT;
    for (size_t cap = 256; cap <= ((size_t)1 << 20); cap *= 2) {
        char *buf = guide_xmalloc(cap, "the C backend");
        ssize_t n = readlink("/proc/self/exe", buf, cap);
        if (n >= 0 && (size_t)n < cap)
            sb_putn(&exe, buf, (size_t)n);
        free(buf);
        if (n < 0 || (size_t)n < cap)
            break;
    }
    char *slash = exe.len ? strrchr(exe.data, '/') : NULL;
    if (slash) {
        sb_truncate(&exe, (size_t)(slash - exe.data));
        /* build/guidec: the source tree's runtime/; PREFIX/bin/guidec: what make install put in
         * PREFIX/include/guide */
        static const char *const rel[] = {"/../runtime", "/../../runtime", "/../include/guide"};
        for (size_t i = 0; i < sizeof rel / sizeof *rel && !found; i++) {
            char *dir = sb_format("%s%s", sb_str(&exe), rel[i]);
            if (has_headers(dir))
                found = dir;
            else
                free(dir);
        }
    }
    sb_free(&exe);
#ifdef GUIDE_SOURCE_DIR
    if (!found && has_headers(GUIDE_SOURCE_DIR "/runtime"))
        found = sb_format("%s", GUIDE_SOURCE_DIR "/runtime");
#endif
    return found;
}

/* ---- Running the compiler --------------------------------------------------------------------- */

/* An argument vector of any length (CFLAGS may hold many words), NULL-terminated, and the
 * strings it owns. */
typedef struct argv_buf {
    char **words;
    int    n, cap;
    char **owned; /* copies split into words, and paths made for the call: freed at the end */
    int    nowned, capowned;
} argv_buf;

static void *grow(void *items, int *cap, size_t size)
{
    int c = *cap ? *cap * 2 : 16;
    void *p = guide_xrealloc(items, (size_t)c * size, "the C backend");
    *cap = c;
    return p;
}

static void arg(argv_buf *a, const char *s)
{
    if (a->n + 2 > a->cap)
        a->words = grow(a->words, &a->cap, sizeof *a->words);
    a->words[a->n++] = (char *)s;
    a->words[a->n] = NULL;
}

/* Keeps s (malloc'ed) until args_free, and returns it. */
static char *own(argv_buf *a, char *s)
{
    if (a->nowned + 1 > a->capowned)
        a->owned = grow(a->owned, &a->capowned, sizeof *a->owned);
    return a->owned[a->nowned++] = s;
}

/* Appends the blank-separated words of s. */
static void args_split(argv_buf *a, const char *s)
{
    if (!s)
        return;
    char *copy = own(a, sb_format("%s", s)), *save = NULL;
    for (char *w = strtok_r(copy, " \t\n", &save); w; w = strtok_r(NULL, " \t\n", &save))
        arg(a, w);
}

static void args_free(argv_buf *a)
{
    for (int i = 0; i < a->nowned; i++)
        free(a->owned[i]);
    free(a->owned);
    free(a->words);
}

static const char *cc_command(const cb_options *o)
{
    if (o && o->cc && *o->cc)
        return o->cc;
    const char *env = getenv("CC");
    return env && *env ? env : "cc";
}

int cb_spawn(char *const *argv, int quiet, const cb_tool *tool, strbuf *err)
{
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    if (quiet)
        posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    /* The tool's messages go to our stderr, never into our stdout (results). */
    posix_spawn_file_actions_adddup2(&fa, 2, 1);
    pid_t pid;
    int rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0) {
        sb_printf(err, "cannot run the %s '%s': %s (set %s to a %s)", tool->what, argv[0],
                  strerror(rc), tool->env, tool->what);
        return 1;
    }
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) {
            sb_printf(err, "waiting for '%s': %s", argv[0], strerror(errno));
            return 1;
        }
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
        return 0;
    if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
        sb_printf(err, "cannot run '%s' (exit status 127: not found?; set %s to a %s)", argv[0],
                  tool->env, tool->what);
    else if (WIFEXITED(status))
        sb_printf(err, "'%s' failed with exit status %d on %s", argv[0], WEXITSTATUS(status),
                  tool->on);
    else
        sb_printf(err, "'%s' was killed by signal %d", argv[0], WTERMSIG(status));
    return 1;
}

/* Runs the C compiler's argv; returns 0 when it exits with status 0, else fills err. */
static int run(argv_buf *a, int quiet, strbuf *err)
{
    static const cb_tool cc = {"C compiler", "CC", "the generated C"};
    return cb_spawn(a->words, quiet, &cc, err);
}

/* ---- Temporary directories -------------------------------------------------------------------- */

/* A fresh folder in $TMPDIR (else /tmp), malloc'ed; NULL with the reason in err. */
char *cb_make_tmpdir(strbuf *err)
{
    const char *base = getenv("TMPDIR");
    base = base && *base ? base : "/tmp";
    char *dir = sb_format("%s/guidec-XXXXXX", base);
    if (!mkdtemp(dir)) {
        sb_printf(err, "cannot create a temporary directory in %s: %s", base, strerror(errno));
        free(dir);
        return NULL;
    }
    return dir;
}

/* Removes the files generated into dir, then dir. */
static void remove_tmpdir(const char *dir, const char *name)
{
    static const char *const files[] = {"%s/%s.c", "%s/%s.h", "%s/%s.o", "%s/lib%s.so", "%s/%s_inline.c"};
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        strbuf path = STRBUF_INIT;
        sb_printf(&path, files[i], dir, name);
        unlink(sb_str(&path));
        sb_free(&path);
    }
    rmdir(dir);
}

int cb_ensure_dir(const char *dir, strbuf *err)
{
    struct stat st;
    if (stat(dir, &st) == 0) {
        if (!S_ISDIR(st.st_mode)) {
            sb_printf(err, "%s is not a directory", dir);
            return 1;
        }
        return 0;
    }
    if (mkdir(dir, 0777) != 0) {
        sb_printf(err, "cannot create directory %s: %s", dir, strerror(errno));
        return 1;
    }
    return 0;
}

int cb_copy_file(const char *from, const char *to, strbuf *err)
{
    FILE *in = fopen(from, "rb");
    if (!in) {
        sb_printf(err, "cannot read %s: %s", from, strerror(errno));
        return 1;
    }
    FILE *out = fopen(to, "wb");
    if (!out) {
        sb_printf(err, "cannot write %s: %s", to, strerror(errno));
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
        sb_printf(err, "cannot write %s: %s", to, strerror(errno));
    return bad;
}

/* ---- build -------------------------------------------------------------------------------------- */

int cb_build(const ir_program *p, const char *dir, const cb_options *o, strbuf *err)
{
    const char *rt = cb_runtime_dir();
    if (!rt) {
        sb_printf(err, "cannot find the runtime headers guide.h and guide_gen.h (set GUIDE_RUNTIME_DIR)");
        return 1;
    }
    if (emitc_name_ok(p, err) || cb_ensure_dir(dir, err))
        return 1;
    char *tmp = cb_make_tmpdir(err);
    if (!tmp)
        return 1;
    int rc = emitc_to_dir(p, tmp, err);
    argv_buf a = {0}; /* owns every path below */
    char *src = own(&a, sb_format("%s/%s.c", tmp, p->name));
    char *obj = own(&a, sb_format("%s/%s.o", tmp, p->name));
    char *hdr = own(&a, sb_format("%s/%s.h", tmp, p->name));
    char *inc_rt = own(&a, sb_format("-I%s", rt));
    char *inc_tmp = own(&a, sb_format("-I%s", tmp));
    char *lib = own(&a, sb_format("%s/lib%s.a", dir, p->name));
    char *so = own(&a, sb_format("%s/lib%s.so", dir, p->name));
    char *out_h = own(&a, sb_format("%s/%s.h", dir, p->name));
    if (rc == 0) {
        a.n = 0;
        args_split(&a, cc_command(o));
        args_split(&a, CB_STD_FLAGS);
        args_split(&a, o ? o->cflags : NULL);
        arg(&a, inc_rt);
        arg(&a, inc_tmp);
        arg(&a, "-c");
        arg(&a, src);
        arg(&a, "-o");
        arg(&a, obj);
        rc = run(&a, o && o->quiet, err);
    }
    if (rc == 0) {
        a.n = 0;
        const char *ar = getenv("AR");
        args_split(&a, ar && *ar ? ar : "ar");
        arg(&a, "rcs");
        arg(&a, lib);
        arg(&a, obj);
        unlink(lib); /* ar would add to an old archive */
        rc = run(&a, o && o->quiet, err);
    }
    if (rc == 0) {
        a.n = 0;
        args_split(&a, cc_command(o));
        arg(&a, "-shared");
        arg(&a, "-o");
        arg(&a, so);
        arg(&a, obj);
        arg(&a, "-lm");
        rc = run(&a, o && o->quiet, err);
    }
    if (rc == 0)
        rc = cb_copy_file(hdr, out_h, err);
    args_free(&a);
    remove_tmpdir(tmp, p->name);
    free(tmp);
    return rc;
}

/* ---- load --------------------------------------------------------------------------------------- */

/* With inline_header: DIR/NAME_inline.c, NAME_eval_inline of the header out of line as
 * NAME_eval_inline_test, so that the differential test can call what a program inlines. */
static char *write_inline_wrapper(const ir_program *p, const char *dir, strbuf *err)
{
    char *path = sb_format("%s/%s_inline.c", dir, p->name);
    FILE *f = fopen(path, "w");
    if (!f) {
        sb_printf(err, "cannot write %s: %s", path, strerror(errno));
        free(path);
        return NULL;
    }
    const char *n = p->name;
    fprintf(f, "#include \"%s.h\"\n\n"
               "int %s_eval_inline_test(const %s_input *in, %s_output *out, guide_trace *trace);\n\n"
               "int %s_eval_inline_test(const %s_input *in, %s_output *out, guide_trace *trace)\n{\n"
               "    return %s_eval_inline(in, out, trace);\n}\n",
            n, n, n, n, n, n, n, n);
    if (fclose(f) != 0) {
        sb_printf(err, "cannot write %s: %s", path, strerror(errno));
        free(path);
        return NULL;
    }
    return path;
}

cb_ruleset *cb_load(const ir_program *p, const cb_options *o, strbuf *err)
{
    const char *rt = cb_runtime_dir();
    if (!rt) {
        sb_printf(err, "cannot find the runtime headers guide.h and guide_gen.h (set GUIDE_RUNTIME_DIR)");
        return NULL;
    }
    char *tmp = cb_make_tmpdir(err);
    if (!tmp)
        return NULL;
    int rc = emitc_to_dir_opts(p, tmp, o && o->inline_header, err);
    argv_buf a = {0}; /* owns every path below */
    char *src = own(&a, sb_format("%s/%s.c", tmp, p->name));
    char *so = own(&a, sb_format("%s/lib%s.so", tmp, p->name));
    char *wrapper = NULL;
    if (rc == 0 && o && o->inline_header) {
        wrapper = write_inline_wrapper(p, tmp, err);
        rc = wrapper ? 0 : 1;
        own(&a, wrapper);
    }
    if (rc == 0) {
        args_split(&a, cc_command(o));
        args_split(&a, CB_STD_FLAGS);
        args_split(&a, o ? o->cflags : NULL);
        arg(&a, "-shared");
        arg(&a, own(&a, sb_format("-I%s", rt)));
        arg(&a, own(&a, sb_format("-I%s", tmp)));
        arg(&a, "-o");
        arg(&a, so);
        arg(&a, src);
        if (wrapper)
            arg(&a, wrapper);
        arg(&a, "-lm");
        rc = run(&a, o && o->quiet, err);
    }
    cb_ruleset *r = NULL;
    if (rc == 0) {
        r = guide_xcalloc(1, sizeof *r, "the C backend");
        r->so = dlopen(so, RTLD_NOW | RTLD_LOCAL);
        if (r->so) {
            char *sym = sb_format("%s_info", p->name);
            r->info = dlsym(r->so, sym);
            free(sym);
            sym = sb_format("%s_eval_frame", p->name);
            void *fn = dlsym(r->so, sym); /* POSIX: a function's address as an object pointer */
            free(sym);
            memcpy(&r->eval_frame, &fn, sizeof fn);
        }
        if (!r->so || !r->info || !r->eval_frame) {
            const char *why = dlerror();
            sb_printf(err, "cannot load the compiled ruleset %s: %s", so,
                      why ? why : "a symbol is missing");
            if (r->so)
                dlclose(r->so);
            free(r);
            r = NULL;
        }
    }
    args_free(&a);
    remove_tmpdir(tmp, p->name);
    free(tmp);
    return r;
}

const guide_ruleset_info *cb_info(const cb_ruleset *r)
{
    return r->info;
}

int cb_eval(const cb_ruleset *r, guide_frame *f, guide_trace *t)
{
    return r->eval_frame(f, t);
}

void *cb_symbol(const cb_ruleset *r, const char *name)
{
    return dlsym(r->so, name);
}

void cb_unload(cb_ruleset *r)
{
    if (!r)
        return;
    dlclose(r->so);
    free(r);
}
