/* an_diff_md.c — `guidec diff --format md`: the result of a diff as a Markdown release note an
 * author can paste: what changed in the inputs and outputs, per output a table of the regions
 * whose answer changed (old -> new, with an example case), then the outputs that did not change.
 * It is written from the JSON result, so both formats say the same. */
#include <stdlib.h>
#include <string.h>

#include "an_diff.h"

/* Writes s with the characters that would end a table cell or start Markdown markup escaped
 * (an underscore inside a name, `<=` and the brackets of an interval are plain text already). */
static void md_text(FILE *out, const char *s)
{
    for (; *s; s++) {
        if (strchr("|\\`*", *s))
            fputc('\\', out);
        fputc(*s == '\n' ? ' ' : *s, out);
    }
}

static const char *str(const json_t *o, const char *key)
{
    const char *s = json_string_value(json_object_get(o, key));
    return s ? s : "";
}

/* A bullet per string of array arr, under a heading; nothing when it is empty. */
static void md_list(FILE *out, const char *heading, const json_t *arr)
{
    if (!json_array_size(arr))
        return;
    fprintf(out, "## %s\n\n", heading);
    for (size_t i = 0; i < json_array_size(arr); i++) {
        fputs("- ", out);
        md_text(out, json_string_value(json_array_get(arr, i)));
        fputc('\n', out);
    }
    fputc('\n', out);
}

/* The table of the changes of one output, on cases with every input known (partial 0) or with
 * some unknown (partial 1); nothing when there are none. */
static void md_changes(FILE *out, const json_t *changes, const char *output, int partial)
{
    int rows = 0;
    for (size_t i = 0; i < json_array_size(changes); i++) {
        const json_t *c = json_array_get(changes, i);
        if (strcmp(str(c, "output"), output) != 0 ||
            json_is_true(json_object_get(c, "unknown_inputs")) != partial)
            continue;
        if (rows++ == 0)
            fprintf(out, "%s| cases | old | new | example |\n| --- | --- | --- | --- |\n",
                    partial ? "With some inputs unknown:\n\n" : "");
        fputs("| ", out);
        md_text(out, str(c, "condition"));
        fputs(" | ", out);
        md_text(out, str(c, "old"));
        fputs(" | ", out);
        md_text(out, str(c, "new"));
        char *ex = json_dumps(json_object_get(c, "example"), JSON_COMPACT | JSON_REAL_PRECISION(15));
        fputs(" | `", out);
        /* inside a code span only the cell's bar needs escaping */
        for (const char *p = ex ? ex : ""; *p; p++)
            fprintf(out, *p == '|' ? "\\|" : "%c", *p);
        fputs("` |\n", out);
        free(ex);
    }
    if (rows)
        fputc('\n', out);
}

void an_diff_md(const json_t *root, FILE *out)
{
    const json_t *rs = json_object_get(root, "rulesets");
    const json_t *old = json_object_get(rs, "old"), *neu = json_object_get(rs, "new");
    fputs("# ", out);
    md_text(out, str(neu, "name"));
    fputs(" ", out);
    md_text(out, str(neu, "version"));
    fputs(": what changed since ", out);
    md_text(out, str(old, "version"));
    fputs("\n\n", out);
    for (int k = 0; k < 2; k++) {
        const json_t *r = k ? neu : old;
        fprintf(out, "- %s: `", k ? "new" : "old");
        md_text(out, str(r, "file"));
        fputs("`, ", out);
        md_text(out, str(r, "name"));
        fputs(" ", out);
        md_text(out, str(r, "version"));
        fprintf(out, ", SHA-256 `%s`\n", str(r, "sha256"));
    }
    fputc('\n', out);
    const json_t *warn = json_object_get(root, "warnings");
    for (size_t i = 0; i < json_array_size(warn); i++) {
        fputs("> **Warning:** ", out);
        md_text(out, json_string_value(json_array_get(warn, i)));
        fputs("\n\n", out);
    }
    fputs("**Verdict:** ", out);
    md_text(out, str(root, "verdict"));
    fputs(".\n\n", out);
    md_list(out, "Inputs", json_object_get(root, "inputs"));
    md_list(out, "Outputs", json_object_get(root, "outputs"));

    /* the changed outputs, in the order their changes come */
    const json_t *changes = json_object_get(root, "changes");
    json_t *seen = json_object();
    for (size_t i = 0; i < json_array_size(changes); i++) {
        const char *o = str(json_array_get(changes, i), "output");
        if (json_object_get(seen, o))
            continue;
        json_object_set_new(seen, o, json_true());
        if (json_object_size(seen) == 1)
            fputs("## Changed answers\n\n", out);
        fputs("### ", out);
        md_text(out, o);
        fputs("\n\n", out);
        md_changes(out, changes, o, 0);
        md_changes(out, changes, o, 1);
    }
    json_decref(seen);

    const json_t *same = json_object_get(root, "unchanged");
    if (json_array_size(same)) {
        fputs("## Unchanged outputs\n\n", out);
        for (size_t i = 0; i < json_array_size(same); i++) {
            fputs(i ? ", " : "", out);
            md_text(out, json_string_value(json_array_get(same, i)));
        }
        fputs("\n\n", out);
    }
    md_list(out, "Not compared", json_object_get(root, "not_compared"));
}
