/* lsp_complete.c — textDocument/completion. After `NAME ==`, `NAME !=`, `NAME =` (then, given,
 * expect) or inside `NAME in {` / `NAME not in {` / `NAME = {`, and in a table cell whose column
 * is NAME: the labels of NAME (an enum or set declaration, the targets of a match, true / false
 * for a bool). After `rule` (expect rule NAME fired): the rules. Anywhere else, a table's header
 * row included: the inputs, outputs and derived values. The context is read
 * from the text of the line before the cursor, since the line being typed rarely parses. */
#include "lsp.h"

#include <string.h>

#include "fmt.h"

/* LSP's CompletionItemKind numbers. */
enum { ITEM_FUNCTION = 3, ITEM_FIELD = 5, ITEM_VARIABLE = 6, ITEM_ENUM_MEMBER = 20 };

static int is_name_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.';
}

/* s[0..*n) with trailing blanks dropped. */
static void rtrim(const char *s, int *n)
{
    while (*n > 0 && (s[*n - 1] == ' ' || s[*n - 1] == '\t'))
        (*n)--;
}

/* The name that ends s[0..*n), removed from it; NULL when none. */
static const char *take_name(arena *a, const char *s, int *n)
{
    rtrim(s, n);
    int e = *n;
    while (*n > 0 && is_name_char(s[*n - 1]))
        (*n)--;
    return e > *n ? arena_strndup(a, s + *n, (size_t)(e - *n)) : NULL;
}

static int ends_with(const char *s, int n, const char *w)
{
    int k = (int)strlen(w);
    return n >= k && memcmp(s + n - k, w, (size_t)k) == 0;
}

/* The variable whose labels fit before the cursor: line[0..n) is the text before the word being
 * typed. NULL when the context is not a comparison nor a set. */
static const char *labels_context(arena *a, const char *line, int n)
{
    rtrim(line, &n);
    int k = n; /* inside `{ a, b, ` : back to the brace */
    while (k > 0 && (is_name_char(line[k - 1]) || line[k - 1] == ',' || line[k - 1] == ' ' ||
                     line[k - 1] == '\t'))
        k--;
    if (k > 0 && line[k - 1] == '{') {
        n = k - 1;
        rtrim(line, &n);
        if (n > 0 && line[n - 1] == '=' && !ends_with(line, n, "==")) {
            n--; /* `exams = {` */
        } else {
            const char *in = take_name(a, line, &n);
            if (!in || strcmp(in, "in") != 0)
                return NULL;
            int m = n;
            const char *not = take_name(a, line, &m);
            if (not && strcmp(not, "not") == 0)
                n = m;
        }
        return take_name(a, line, &n);
    }
    if (ends_with(line, n, "==") || ends_with(line, n, "!="))
        n -= 2;
    else if (ends_with(line, n, "\xe2\x89\xa0")) /* ≠ */
        n -= 3;
    else if (n > 0 && line[n - 1] == '=' && !ends_with(line, n, "<=") && !ends_with(line, n, ">="))
        n -= 1;
    else
        return NULL;
    return take_name(a, line, &n);
}

/* The column of a table row being typed, line[0..n) the text before the cursor. Returns 0 when
 * the line is not in a table, 2 on its header row (which names columns), 1 on a row: then *var
 * is the variable of the cell's column, NULL in an output cell of a two-dimensional table
 * (which holds a value per output). */
static int cell_context(const lsp_doc *d, int line_no, const char *line, int n, const char **var)
{
    *var = NULL;
    int i = 0;
    while (i < n && (line[i] == ' ' || line[i] == '\t'))
        i++;
    if (i == n || line[i] != '|')
        return 0;
    int in_bars = 0, sep = 0, out_bars = 0, in_string = 0;
    for (; i < n; i++) {
        if (line[i] == '"')
            in_string = !in_string;
        else if (in_string || line[i] != '|')
            continue;
        else if (i + 1 < n && line[i + 1] == '|') {
            sep = 1;
            i++;
        } else if (sep)
            out_bars++;
        else
            in_bars++;
    }
    const ast_program *p = d->c.ast;
    for (int t = 0; t < p->tables.len; t++) {
        const ast_table *tb = p->tables.items[t];
        if (line_no < tb->sp.first_line || line_no > tb->sp.last_line)
            continue;
        int header = 1; /* the first row line of the table names the columns */
        for (int k = 0; k < tb->rows.len && header; k++)
            header = ((ast_row *)tb->rows.items[k])->sp.first_line > line_no;
        if (header)
            return 2;
        const ast_ident *col = NULL;
        if (!sep && in_bars >= 1 && in_bars <= tb->in_cols.len)
            col = tb->in_cols.items[in_bars - 1];
        else if (sep && !tb->across.name && out_bars < tb->out_cols.len)
            col = tb->out_cols.items[out_bars];
        *var = col ? col->name : NULL;
        return 1;
    }
    return 0;
}

static void add_item(json_t *items, const char *label, int kind, const char *detail)
{
    json_t *it = json_pack("{s:s,s:i}", "label", label, "kind", kind);
    if (detail)
        json_object_set_new(it, "detail", json_string(detail));
    json_array_append_new(items, it);
}

/* Appends the labels of var. */
static void add_labels(json_t *items, const lsp_doc *d, const char *var, arena *a)
{
    vec labels = lsp_doc_labels(d, var, a);
    for (int i = 0; i < labels.len; i++)
        add_item(items, labels.items[i], ITEM_ENUM_MEMBER, var);
}

static void add_names(json_t *items, const lsp_doc *d, arena *a)
{
    const ast_program *p = d->c.ast;
    for (int k = 0; k < 2; k++) {
        const vec *v = k ? &p->outputs : &p->inputs;
        for (int i = 0; i < v->len; i++) {
            const ast_decl *decl = v->items[i];
            if (decl->name.name)
                add_item(items, decl->name.name, k ? ITEM_FIELD : ITEM_VARIABLE,
                         fmt_span_text(a, &d->c.file, decl->sp));
        }
    }
    for (int i = 0; i < p->derives.len; i++) {
        const ast_derive *dv = p->derives.items[i];
        if (dv->name.name)
            add_item(items, dv->name.name, ITEM_FUNCTION, "derived value");
    }
}

json_t *lsp_completion(const lsp_doc *d, int line0, int utf16)
{
    json_t *items = json_array();
    const src_file *f = &d->c.file;
    long off = d->c.ast ? lsp_offset(f, line0, utf16) : -1;
    if (off < 0)
        return items;
    const char *line = f->text + f->line_start[line0];
    int n = (int)(off - f->line_start[line0]);
    while (n > 0 && is_name_char(line[n - 1])) /* the word being typed: the client filters on it */
        n--;
    arena a;
    arena_init(&a);
    const char *var = NULL;
    int row = cell_context(d, line0 + 1, line, n, &var);
    if (!row)
        var = labels_context(&a, line, n);
    int m = n;
    rtrim(line, &m);
    const char *word = take_name(&a, line, &m);
    if (var) {
        add_labels(items, d, var, &a);
    } else if (row == 1) {
        /* a number column, or a cell of several outputs: no label to offer */
    } else if (word && strcmp(word, "rule") == 0) {
        for (int i = 0; i < d->c.ast->rules.len; i++) {
            const ast_rule *r = d->c.ast->rules.items[i];
            if (r->name.name)
                add_item(items, r->name.name, ITEM_FUNCTION, r->cite);
        }
    } else {
        add_names(items, d, &a);
    }
    arena_free(&a);
    return items;
}
