/* fuzz_check.c — libFuzzer harness of the `check` pipeline with long names and long paths.
 *
 * The first two bytes steer, the rest is a rule file:
 *   byte 0   the length L = 60 + byte % 80 (60 .. 139) names are padded to, around the limit of
 *            GUIDE_MAX_NAME (100) bytes
 *   byte 1   bit 0: pad every name of 4 bytes or more (keywords excepted), else only names with
 *            an underscore; bit 1: diagnostics as JSON records (`check --format json`), else as
 *            text with carets; bits 2-7: the source path is 512 + 128 * that bytes long (up to
 *            ~8.5 KiB), folders of ASCII and of UTF-8, so every "file:line:col" carries it
 * A padded name is the name, '_' and 'x's up to L bytes (the same name always the same way, so a
 * file stays valid but for the limit); strings and comments are left alone. The file is then
 * loaded from memory, parsed, checked, lowered and analysed (small budget), the IR printed,
 * and every diagnostic printed to /dev/null. Any crash, sanitizer report, leak or hang is a bug. */
#include <jansson.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyse.h"
#include "ast.h"
#include "diag_json.h"
#include "lower.h"
#include "strbuf.h"

static FILE *devnull;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    devnull = fopen("/dev/null", "w");
    return devnull ? 0 : 1;
}

static const char *const keywords[] = {
    "guideline", "version", "source", "unit", "input", "output", "derive", "match", "table",
    "hit", "unique", "first", "collect", "outputs", "mark", "when", "unless", "then", "rule",
    "test", "given", "expect", "fired", "number", "integer", "range", "true", "false",
    "undetermined", "not_applicable", "conflict", "unknown", "bool", "enum", "cites", "set",
};

static int is_keyword(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (strlen(keywords[i]) == n && memcmp(keywords[i], s, n) == 0)
            return 1;
    return 0;
}

static int word_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
static int word_char(char c) { return word_start(c) || (c >= '0' && c <= '9'); }

/* The rule text with its names padded to target bytes. */
static void expand(strbuf *out, const char *s, size_t n, size_t target, int all)
{
    for (size_t i = 0; i < n;) {
        char c = s[i];
        if (c == '#' || c == '"') { /* a comment or a string: copied as it is */
            size_t j = i + 1;
            while (j < n && s[j] != '\n' && !(c == '"' && s[j] == '"'))
                j++;
            if (j < n && s[j] == '"')
                j++;
            sb_putn(out, s + i, j - i);
            i = j;
        } else if (word_start(c) && (i == 0 || !word_char(s[i - 1]))) {
            size_t j = i;
            while (j < n && word_char(s[j]))
                j++;
            size_t len = j - i;
            sb_putn(out, s + i, len);
            int pad = !is_keyword(s + i, len) && (all ? len >= 4 : memchr(s + i, '_', len) != NULL);
            if (pad && len + 1 < target) {
                sb_putc(out, '_');
                for (size_t k = len + 1; k < target; k++)
                    sb_putc(out, 'x');
            }
            i = j;
        } else {
            sb_putc(out, c);
            i++;
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    size_t target = 60 + data[0] % 80;
    int all = data[1] & 1, json = (data[1] >> 1) & 1;
    size_t pathlen = 512 + 128 * (size_t)(data[1] >> 2);
    strbuf text = STRBUF_INIT, path = STRBUF_INIT;
    expand(&text, (const char *)data + 2, size - 2, target, all);
    for (int k = 0; path.len < pathlen; k++)
        sb_printf(&path, k % 3 == 2 ? "r\xc3\xa8gles_%d/" : "guidelines_folder_%d/", k);
    sb_puts(&path, "fuzz.guide");

    src_file f;
    strbuf err = STRBUF_INIT;
    if (src_from_string(&f, sb_str(&path), sb_str(&text), text.len, &err)) {
        /* NUL byte or invalid UTF-8: rejected with a message, whole however long the path */
        fprintf(devnull, "%s\n", sb_str(&err));
        sb_free(&err);
    } else {
        arena a;
        arena_init(&a);
        diag_ctx d;
        diag_init(&d, &f, devnull);
        json_t *records = json ? json_array() : NULL;
        if (json)
            djson_attach(&d, records);
        ast_program *ast = parse_program(&a, &d, &f);
        if (d.errors == 0) {
            ir_program *ir = lower_program(&a, &d, &f, ast);
            if (d.errors == 0) {
                an_check(&a, &d, ir, 1000);
                ir_dump(devnull, ir);
            }
        }
        if (json) {
            json_dumpf(records, devnull, JSON_COMPACT);
            json_decref(records);
        }
        arena_free(&a);
        src_free(&f);
    }
    sb_free(&text);
    sb_free(&path);
    return 0;
}
