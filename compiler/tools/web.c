/* web.c — `guidec web RULES -o DIR`: the tumour-board page. A folder that works from file://
 * with no network and no server: index.html, page.css, page.js and NAME.wasm, the ruleset's
 * WebAssembly object (emit_llvm.c, wasm32-wasi) linked with libguide built for WebAssembly and
 * the page's glue (web/guide_web.c), by clang (GUIDE_WASM_CC, default clang-19) with wasi-libc.
 *
 * page.js opens with what this file writes: the ruleset's description for the form (inputs with
 * their types, units, ranges, steps, labels and display texts) and the bytes of NAME.wasm in
 * base64 (a page opened from file:// may not fetch a file beside it); the page's own code,
 * web/page.js, follows. The kit (libguide.a, guide_web.o and web/'s files, made by `make wasm`)
 * is found by web_kit_dir. */
#include <errno.h>
#include <math.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "cbackend.h"
#include "cli.h"
#include "compile.h"
#include "emit_llvm.h"
#include "strbuf.h"
#include "web.h"

const char web_usage[] =
    "usage: guidec web [options] FILE -o DIR\n"
    "\n"
    "Writes the tumour-board page of the rules of FILE into DIR (created if missing): a form with\n"
    "one field per input (its unit, range and labels; every field may stay empty: unknown) whose\n"
    "decisions are computed in the browser by the compiled rules in WebAssembly, so that no case\n"
    "leaves the machine. It shows the decisions with their citations, what is undetermined with\n"
    "the inputs to ask for, and the trace; its JSON view is what 'guidec run --format json'\n"
    "prints for the same case, byte for byte. It opens case files, read as 'guidec run' reads\n"
    "them (a file it refuses shows its error record), downloads the case and the result, and\n"
    "prints on one A4 page. DIR holds index.html, page.js, page.css and NAME.wasm; open\n"
    "DIR/index.html (file:// is fine, no network is used).\n"
    "\n"
    "options:\n"
    "  -o, --output DIR    the folder to write (required)\n"
    "  --help              print this help\n"
    "\n"
    "environment:\n"
    "  GUIDE_WASM_CC       the compiler that links the WebAssembly (default clang-19; it needs\n"
    "                      wasi-libc and compiler-rt for wasm32: 'make wasm' installs them)\n"
    "  GUIDE_WASM_DIR      the kit made by 'make wasm' (default: wasm/ beside guidec, as in\n"
    "                      build/wasm/, then ../lib/guide/wasm from guidec's folder)\n"
    "\n"
    "exit status: 0 ok, 2 the rule file has errors, the kit or the compiler is missing, DIR\n"
    "cannot be written, or bad usage\n";

static const char *const kit_files[] = {"libguide.a", "guide_web.o", "index.html", "page.js",
                                        "page.css"};

static int kit_complete(const char *dir)
{
    for (size_t i = 0; i < sizeof kit_files / sizeof *kit_files; i++) {
        char *path = sb_format("%s/%s", dir, kit_files[i]);
        int ok = access(path, R_OK) == 0;
        free(path);
        if (!ok)
            return 0;
    }
    return 1;
}

/* The folder of the running program, malloc'ed, or NULL. */
static char *exe_dir(void)
{
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0)
        return NULL;
    buf[n] = '\0';
    char *slash = strrchr(buf, '/');
    if (!slash)
        return NULL;
    *slash = '\0';
    return sb_format("%s", buf);
}

char *web_kit_dir(void)
{
    const char *env = getenv("GUIDE_WASM_DIR");
    if (env && *env)
        return kit_complete(env) ? sb_format("%s", env) : NULL;
    char *exe = exe_dir();
    if (!exe)
        return NULL;
    static const char *const rel[] = {"/wasm", "/../lib/guide/wasm"};
    char *found = NULL;
    for (size_t i = 0; i < sizeof rel / sizeof *rel && !found; i++) {
        char *dir = sb_format("%s%s", exe, rel[i]);
        if (kit_complete(dir))
            found = dir;
        else
            free(dir);
    }
    free(exe);
    return found;
}

/* ---- The ruleset for the form -------------------------------------------------------------- */

static json_t *string_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

static json_t *number_or_null(double x)
{
    return isfinite(x) ? json_real(x) : json_null();
}

/* The units a value in unit name may be given in: those of its dimension ("mm", "cm", "m",
 * "km"), or the unit alone (a user unit, its own dimension). */
static json_t *units_of(const guide_ruleset_info *rs, const char *name)
{
    json_t *a = json_array();
    const guide_unit *u = name ? guide_unit_find(name, rs->units, rs->nunits) : NULL;
    if (!u) {
        if (name)
            json_array_append_new(a, json_string(name));
        return a;
    }
    for (int i = 0; i < guide_builtin_unit_count; i++)
        if (guide_unit_same_dimension(&guide_builtin_units[i], u))
            json_array_append_new(a, json_string(guide_builtin_units[i].name));
    if (json_array_size(a) == 0)
        json_array_append_new(a, json_string(u->name));
    return a;
}

static json_t *var_json(const guide_ruleset_info *rs, int v)
{
    const guide_var_info *var = &rs->vars[v];
    const guide_unit *u = var->unit ? guide_unit_find(var->unit, rs->units, rs->nunits) : NULL;
    json_t *labels = json_array();
    for (int l = 0; l < var->nlabels; l++)
        json_array_append_new(labels, json_pack("[s,o]", var->labels[l],
                                                string_or_null(var->label_display
                                                                   ? var->label_display[l]
                                                                   : NULL)));
    return json_pack("{s:s,s:o,s:s,s:o,s:o,s:o,s:o,s:o,s:f,s:o,s:i}", "name", var->name,
                     "display", string_or_null(var->display), "type", guide_type_word(var->type),
                     "unit", string_or_null(var->unit),
                     "unit_desc", string_or_null(u ? u->desc : NULL), "units",
                     units_of(rs, var->unit), "lo", number_or_null(var->lo), "hi",
                     number_or_null(var->hi), "step", var->step, "labels", labels, "line",
                     var->line);
}

/* The description of the ruleset the page builds its form from. */
static json_t *ruleset_json(const guide_ruleset_info *rs, const char *wasm_name)
{
    json_t *inputs = json_array(), *outputs = json_array();
    for (int v = 0; v < rs->ninputs; v++)
        json_array_append_new(inputs, var_json(rs, v));
    for (int v = guide_first_output(rs); v < rs->nvars; v++)
        json_array_append_new(outputs, var_json(rs, v));
    const char *base = rs->path ? strrchr(rs->path, '/') : NULL;
    return json_pack("{s:s,s:o,s:o,s:o,s:s,s:o,s:s,s:o,s:o}", "name", rs->name, "title",
                     string_or_null(rs->title), "version", string_or_null(rs->version), "source",
                     string_or_null(rs->source), "sha256", rs->sha256, "file",
                     string_or_null(base ? base + 1 : rs->path), "wasm", wasm_name, "inputs",
                     inputs, "outputs", outputs);
}

/* ---- Files --------------------------------------------------------------------------------- */

/* The whole of file path, malloc'ed, its length in *len; NULL with the reason in err. */
static char *read_whole(const char *path, size_t *len, strbuf *err)
{
    FILE *in = fopen(path, "rb");
    if (!in) {
        sb_printf(err, "cannot read %s: %s", path, strerror(errno));
        return NULL;
    }
    strbuf sb = STRBUF_INIT;
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        sb_putn(&sb, buf, n);
    int bad = ferror(in);
    fclose(in);
    if (bad) {
        sb_printf(err, "cannot read %s", path);
        sb_free(&sb);
        return NULL;
    }
    *len = sb.len;
    return sb_take(&sb);
}

/* Appends bytes[0..n) in base64 (RFC 4648, with padding). */
static void put_base64(strbuf *sb, const unsigned char *bytes, size_t n)
{
    static const char digits[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (size_t i = 0; i < n; i += 3) {
        unsigned long w = (unsigned long)bytes[i] << 16;
        if (i + 1 < n)
            w |= (unsigned long)bytes[i + 1] << 8;
        if (i + 2 < n)
            w |= bytes[i + 2];
        sb_putc(sb, digits[w >> 18 & 63]);
        sb_putc(sb, digits[w >> 12 & 63]);
        sb_putc(sb, i + 1 < n ? digits[w >> 6 & 63] : '=');
        sb_putc(sb, i + 2 < n ? digits[w & 63] : '=');
    }
}

/* Writes text[0..len) to dir/name, whole or not at all (cli_out). Returns 0 or -1 (said). */
static int write_file(const char *dir, const char *name, const char *text, size_t len)
{
    char *path = sb_format("%s/%s", dir, name);
    cli_out out;
    int rc = cli_out_open(&out, path);
    if (rc == 0) {
        fwrite(text, 1, len, out.f);
        rc = cli_out_close(&out, 1);
    }
    free(path);
    return rc;
}

/* index.html of the kit with its placeholders filled: {{TITLE}} (escaped for HTML). */
static char *page_html(const char *kit_html, const guide_ruleset_info *rs)
{
    strbuf sb = STRBUF_INIT;
    const char *at = kit_html, *mark;
    while ((mark = strstr(at, "{{TITLE}}"))) {
        sb_putn(&sb, at, (size_t)(mark - at));
        for (const char *c = rs->title ? rs->title : rs->name; *c; c++)
            switch (*c) {
            case '<': sb_puts(&sb, "&lt;"); break;
            case '>': sb_puts(&sb, "&gt;"); break;
            case '&': sb_puts(&sb, "&amp;"); break;
            case '"': sb_puts(&sb, "&quot;"); break;
            default: sb_putc(&sb, *c);
            }
        at = mark + strlen("{{TITLE}}");
    }
    sb_puts(&sb, at);
    return sb_take(&sb);
}

/* Links the ruleset's object with the kit into wasm_path. */
static int link_wasm(const char *kit, const char *obj, const char *name, const char *wasm_path,
                     strbuf *err)
{
    static const cb_tool tool = {"WebAssembly compiler", "GUIDE_WASM_CC",
                                 "the ruleset's WebAssembly object"};
    const char *cc = getenv("GUIDE_WASM_CC");
    char *glue = sb_format("%s/guide_web.o", kit), *lib = sb_format("%s/libguide.a", kit);
    char *x_eval = sb_format("-Wl,--export=%s_eval_frame", name);
    char *x_info = sb_format("-Wl,--export=%s_info", name);
    char *argv[] = {(char *)(cc && *cc ? cc : "clang-19"), "--target=wasm32-wasi",
                    "-mexec-model=reactor", "-O2", "-s", "-o", (char *)wasm_path, (char *)obj,
                    glue, lib, x_eval, x_info, NULL};
    int rc = cb_spawn(argv, 0, &tool, err);
    free(glue);
    free(lib);
    free(x_eval);
    free(x_info);
    return rc;
}

/* Writes the page of p into dir from the kit. Returns 0, or 2 with the reason in err. */
static int write_page(const ir_program *p, const char *kit, const char *dir, strbuf *err)
{
    const guide_ruleset_info *rs = &p->info;
    char *tmp = cb_make_tmpdir(err);
    if (!tmp)
        return 2;
    char *obj = sb_format("%s/%s.o", tmp, rs->name), *wasm = sb_format("%s/%s.wasm", tmp, rs->name);
    char *wasm_name = sb_format("%s.wasm", rs->name);
    char *bytes = NULL, *html = NULL, *js = NULL, *css = NULL;
    size_t nbytes = 0, nhtml = 0, njs = 0, ncss = 0;
    emitll_options eo = {EMITLL_OBJ, "wasm32-wasi", "generic"};
    int rc = emitll_write(p, obj, &eo, err) ? 2 : 0;
    if (rc == 0 && link_wasm(kit, obj, rs->name, wasm, err))
        rc = 2;
    if (rc == 0) {
        char *h = sb_format("%s/index.html", kit), *j = sb_format("%s/page.js", kit),
             *c = sb_format("%s/page.css", kit);
        if (!(bytes = read_whole(wasm, &nbytes, err)) || !(html = read_whole(h, &nhtml, err)) ||
            !(js = read_whole(j, &njs, err)) || !(css = read_whole(c, &ncss, err)))
            rc = 2;
        free(h);
        free(j);
        free(c);
    }
    if (rc == 0 && cb_ensure_dir(dir, err))
        rc = 2;
    if (rc == 0) {
        json_t *info = ruleset_json(rs, wasm_name);
        char *info_text = json_dumps(info, JSON_COMPACT);
        json_decref(info);
        strbuf script = STRBUF_INIT;
        sb_printf(&script, "/* page.js: written by guidec web from %s (%s %s, sha256 %s) */\n"
                           "\"use strict\";\nconst GUIDE_RULESET = %s;\nconst GUIDE_WASM = \"",
                  rs->path ? rs->path : rs->name, rs->name, rs->version ? rs->version : "",
                  rs->sha256, info_text);
        free(info_text);
        put_base64(&script, (const unsigned char *)bytes, nbytes);
        sb_puts(&script, "\";\n");
        sb_putn(&script, js, njs);
        char *page = page_html(html, rs);
        if (write_file(dir, wasm_name, bytes, nbytes) || write_file(dir, "page.css", css, ncss) ||
            write_file(dir, "page.js", sb_str(&script), script.len) ||
            write_file(dir, "index.html", page, strlen(page)))
            rc = -2; /* said already */
        free(page);
        sb_free(&script);
    }
    unlink(obj);
    unlink(wasm);
    rmdir(tmp);
    free(tmp);
    free(obj);
    free(wasm);
    free(wasm_name);
    free(bytes);
    free(html);
    free(js);
    free(css);
    return rc;
}

int web_main(int argc, char **argv)
{
    static const struct option opts[] = {{"output", required_argument, 0, 'o'},
                                         {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *dir = NULL;
    int c;
    while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) { /* options may follow FILE */
        switch (c) {
        case 'o': dir = optarg; break;
        case 'h': fputs(web_usage, stdout); return 0;
        default: return cli_usage_error(web_usage, "%s", "unknown option");
        }
    }
    if (argc - optind != 1)
        return cli_usage_error(web_usage, "%s", "web takes one rule file");
    if (!dir)
        return cli_usage_error(web_usage, "%s", "say where to write the page: -o DIR");
    char *kit = web_kit_dir();
    if (!kit) {
        fprintf(stderr, "guidec: web: cannot find the WebAssembly kit (libguide.a, guide_web.o "
                        "and the page's files): run 'make wasm', or set GUIDE_WASM_DIR\n");
        return CLI_EXIT_USAGE;
    }
    compilation comp;
    if (cli_compile_rules(&comp, argv[optind]) < 0) {
        compile_free(&comp);
        free(kit);
        return CLI_EXIT_USAGE;
    }
    strbuf err = STRBUF_INIT;
    int rc = write_page(comp.ir, kit, dir, &err);
    if (rc == 2)
        fprintf(stderr, "guidec: web: %s\n", sb_str(&err));
    sb_free(&err);
    compile_free(&comp);
    free(kit);
    return rc ? CLI_EXIT_USAGE : 0;
}
