/* guide_sqlite.c — a SQLite loadable extension: Guide rulesets evaluated where the cases live.
 *
 *   SELECT guide_load('gist', 'rules/gist.guide' [, 'auto' | 'jit' | 'c' | 'interp']);
 *   SELECT guide_eval('gist', case_json) FROM cases;            -- the line of guidec run --format json
 *   SELECT guide_output('gist', case_json, 'miettinen_risk');   -- one output's value, or NULL
 *   SELECT guide_state('gist', case_json, 'miettinen_risk');    -- concluded, undetermined, ...
 *   CREATE VIRTUAL TABLE d USING guide_batch(gist, 'SELECT case_json FROM cases');
 *
 * A ruleset is compiled once per connection for the evaluator guide_load names (evaluator.h;
 * auto, the default: the JIT when it can be had, else C, else the interpreter; 'c' needs a
 * C compiler, and code that finds libguide's guide_dd_walk, which this extension does not
 * export, so it fails here with that reason) and kept under its name until the connection closes or guide_load replaces it.
 * Cases are read by libguide's reader and results written by its printer, so every byte is the
 * byte `guidec run` and `guidec batch` write. A case that cannot be read is a SQL error naming
 * the field, as guidec's error record does. The last case evaluated is remembered per ruleset,
 * so that several guide_output calls on one row evaluate it once. */
#define _GNU_SOURCE /* open_memstream */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1

#include "compile.h"
#include "evaluator.h"
#include "sql_output.h"
#include "strbuf.h"

/* One compiled ruleset of a connection. */
typedef struct gs_rules {
    struct gs_rules          *next;
    char                     *name;  /* the name guide_load gave it */
    compilation               comp;  /* the front end's result: the IR the backends read */
    evaluator                *ev;    /* what evaluates its cases */
    const guide_ruleset_info *rs;    /* the description the evaluator carries */
    guide_frame              *f;     /* the frame every case is read into */
    char                     *last;  /* the text of the case f holds, NULL when none */
    int                       nlast; /* its length */
    int                       refs;  /* guide_batch tables that use it (it outlives them) */
} gs_rules;

/* What one connection holds: its rulesets. */
typedef struct gs_conn {
    sqlite3  *db;
    gs_rules *rules;
} gs_conn;

static void rules_free(gs_rules *r)
{
    if (!r)
        return;
    guide_frame_free(r->f);
    evaluator_close(r->ev);
    if (r->comp.loaded || r->comp.ir || r->comp.ast)
        compile_free(&r->comp);
    free(r->last);
    free(r->name);
    free(r);
}

static void conn_free(void *p)
{
    gs_conn *c = p;
    for (gs_rules *r = c->rules, *nx; r; r = nx) {
        nx = r->next;
        rules_free(r);
    }
    free(c);
}

static gs_rules *rules_find(gs_conn *c, const char *name)
{
    for (gs_rules *r = c->rules; r; r = r->next)
        if (strcmp(r->name, name) == 0)
            return r;
    return NULL;
}

/* Sets ctx's result to the error message m (sqlite3_malloc'd, freed here), or to SQLITE_NOMEM
 * when m is NULL: the message could not be had, or there was none because memory ran out. */
static void result_error(sqlite3_context *ctx, char *m)
{
    if (m)
        sqlite3_result_error(ctx, m, -1);
    else
        sqlite3_result_error_nomem(ctx);
    sqlite3_free(m);
}

/* Compiles the rule file at path for the evaluator named backend (evaluator_kind_parse).
 * Returns the ruleset, or NULL with a message for the SQL error in *err (sqlite3_malloc'd;
 * NULL when memory ran out: the caller reports SQLITE_NOMEM). */
static gs_rules *rules_load(const char *name, const char *path, const char *backend, char **err)
{
    *err = NULL;
    evaluator_kind kind;
    strbuf why = STRBUF_INIT;
    if (evaluator_kind_parse(backend, 1, &kind, &why) < 0) {
        *err = sqlite3_mprintf("guide_load: %s", sb_str(&why));
        sb_free(&why);
        return NULL;
    }
    gs_rules *r = calloc(1, sizeof *r);
    char *diag = NULL;
    size_t ndiag = 0;
    FILE *d = open_memstream(&diag, &ndiag);
    if (!r || !d || !(r->name = strdup(name))) {
        if (d)
            fclose(d);
        free(diag);
        rules_free(r);
        return NULL;
    }
    int rc = compile_file(&r->comp, path, d, COMPILE_LOWER, 0);
    fclose(d);
    if (rc) {
        while (ndiag > 0 && diag[ndiag - 1] == '\n')
            diag[--ndiag] = '\0';
        *err = sqlite3_mprintf("guide_load: %s %s%s%s", path,
                               rc == 1 ? "has errors" : "cannot be read", ndiag ? ":\n" : "",
                               diag ? diag : "");
        free(diag);
        rules_free(r);
        return NULL;
    }
    free(diag);
    r->ev = evaluator_open(kind, r->comp.ir, &why); /* auto: what it passed over is not said */
    if (!r->ev && kind != EVALUATOR_INTERP) {
        *err = sqlite3_mprintf("guide_load: %s: the %s backend is not available: %s", path,
                               evaluator_kind_name(kind), sb_str(&why));
        sb_free(&why);
        rules_free(r);
        return NULL;
    }
    sb_free(&why);
    r->rs = r->ev ? evaluator_info(r->ev) : NULL; /* the description the compiled code carries */
    r->f = r->rs ? guide_frame_new(r->rs) : NULL;
    if (!r->ev || !r->f) {
        rules_free(r);
        return NULL;
    }
    return r;
}

/* Evaluates the case text into r->f, unless f holds it already. Returns 0, or -1 with the
 * SQL error set on ctx (the field named, as guidec's error records do). */
static int rules_eval(sqlite3_context *ctx, gs_rules *r, const char *fn, sqlite3_value *arg)
{
    const char *text = (const char *)sqlite3_value_text(arg);
    int n = sqlite3_value_bytes(arg);
    if (!text || sqlite3_value_type(arg) == SQLITE_NULL) {
        result_error(ctx, sqlite3_mprintf("%s: the case is NULL, not a JSON object", fn));
        return -1;
    }
    if (r->last && r->nlast == n && memcmp(r->last, text, (size_t)n) == 0)
        return 0;
    free(r->last);
    r->last = NULL;
    guide_case_error err;
    if (guide_read_case(r->f, text, (size_t)n, 1, &err) < 0 ||
        evaluator_eval_checked(r->ev, r->f, NULL, &err) < 0) {
        result_error(ctx, err.field[0] ? sqlite3_mprintf("%s: %s: field '%s': %s", fn, r->name,
                                                         err.field, err.message)
                                       : sqlite3_mprintf("%s: %s: %s", fn, r->name, err.message));
        return -1;
    }
    r->last = malloc((size_t)n + 1);
    if (r->last) {
        memcpy(r->last, text, (size_t)n);
        r->nlast = n;
    }
    return 0;
}

/* The ruleset named by argument 0, or NULL with the SQL error set. */
static gs_rules *arg_rules(sqlite3_context *ctx, const char *fn, sqlite3_value *arg)
{
    gs_conn *c = sqlite3_user_data(ctx);
    const char *name = (const char *)sqlite3_value_text(arg);
    gs_rules *r = name ? rules_find(c, name) : NULL;
    if (!r)
        result_error(ctx, sqlite3_mprintf("%s: no ruleset named '%s' is loaded (SELECT "
                                          "guide_load('%s', 'FILE.guide') first)",
                                          fn, name ? name : "", name ? name : ""));
    return r;
}

/* guide_load(name, path [, backend]): compiles path under name (replacing an earlier one) and
 * returns which evaluator runs it: 'jit', 'c' or 'interp'. */
static void fn_load(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    gs_conn *c = sqlite3_user_data(ctx);
    const char *name = (const char *)sqlite3_value_text(argv[0]);
    const char *path = (const char *)sqlite3_value_text(argv[1]);
    const char *backend = argc > 2 ? (const char *)sqlite3_value_text(argv[2]) : "auto";
    if (!name || !path || !backend) {
        sqlite3_result_error(ctx, "guide_load: the name, the path and the backend must not be NULL", -1);
        return;
    }
    gs_rules *old = rules_find(c, name);
    if (old && old->refs) {
        result_error(ctx, sqlite3_mprintf("guide_load: '%s' is in use by a guide_batch table; "
                                          "drop it first", name));
        return;
    }
    char *err = NULL;
    gs_rules *r = rules_load(name, path, backend, &err);
    if (!r) {
        result_error(ctx, err);
        return;
    }
    gs_rules **pp = &c->rules;
    while (*pp && *pp != old)
        pp = &(*pp)->next;
    if (old) {
        r->next = old->next;
        rules_free(old);
    }
    *pp = r;
    sqlite3_result_text(ctx, evaluator_kind_name(evaluator_kind_of(r->ev)), -1, SQLITE_STATIC);
}

/* guide_eval(name, case): the JSON line `guidec run --format json` prints, without its
 * newline. */
static void fn_eval(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    gs_rules *r = arg_rules(ctx, "guide_eval", argv[0]);
    if (!r || rules_eval(ctx, r, "guide_eval", argv[1]) < 0)
        return;
    char *buf = NULL;
    size_t n = 0;
    FILE *o = open_memstream(&buf, &n);
    if (!o) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    guide_print_opts opts = {GUIDE_FMT_JSON, 0, 0, 0};
    int oom = guide_print_result(o, r->f, NULL, &opts) < 0; /* its line is an error record */
    if (fclose(o) != 0 || !buf || oom) {
        free(buf);
        sqlite3_result_error_nomem(ctx);
        return;
    }
    if (n > 0 && buf[n - 1] == '\n')
        n--;
    sqlite3_result_text(ctx, buf, (int)n, free);
}

/* The output index of argument arg, or -1 with the SQL error set. */
static int arg_output(sqlite3_context *ctx, const char *fn, gs_rules *r, sqlite3_value *arg)
{
    const char *name = (const char *)sqlite3_value_text(arg);
    int o = sqlo_output_index(r->rs, name);
    if (o < 0)
        result_error(ctx, sqlite3_mprintf("%s: %s has no output named '%s'", fn, r->name,
                                          name ? name : ""));
    return o;
}

/* Output o of f as a SQL value: TEXT for a label, REAL for a number, INTEGER for a boolean
 * (and an integer count), JSON text for a range ([6,12]) or a set (["a","b"]); NULL unless
 * concluded with a value. */
static void result_output(sqlite3_context *ctx, const guide_frame *f, int o)
{
    const guide_value *val = &f->val[guide_first_output(f->rs) + o];
    char *json;
    switch (sqlo_value_kind(f, o)) {
    case SQLO_NULL: sqlite3_result_null(ctx); return;
    case SQLO_BOOL: sqlite3_result_int(ctx, val->b != 0); return;
    case SQLO_INTEGER: sqlite3_result_int64(ctx, (sqlite3_int64)val->num); return;
    case SQLO_REAL: sqlite3_result_double(ctx, val->num); return;
    case SQLO_LABEL: sqlite3_result_text(ctx, sqlo_label(f, o), -1, SQLITE_STATIC); return;
    case SQLO_JSON:
        if (!(json = sqlo_json(f, o)))
            sqlite3_result_error_nomem(ctx);
        else
            sqlite3_result_text(ctx, json, -1, free);
        return;
    }
}

/* guide_output(name, case, output): its value, NULL when it has none (guide_state says why). */
static void fn_output(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    gs_rules *r = arg_rules(ctx, "guide_output", argv[0]);
    int o;
    if (!r || (o = arg_output(ctx, "guide_output", r, argv[2])) < 0 ||
        rules_eval(ctx, r, "guide_output", argv[1]) < 0)
        return;
    result_output(ctx, r->f, o);
}

/* guide_state(name, case, output): 'concluded', 'undetermined', 'not applicable' or
 * 'conflict', the words of the JSON result. Concluded with a NULL value: the guideline gives
 * no value (ND). */
static void fn_state(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    gs_rules *r = arg_rules(ctx, "guide_state", argv[0]);
    int o;
    if (!r || (o = arg_output(ctx, "guide_state", r, argv[2])) < 0 ||
        rules_eval(ctx, r, "guide_state", argv[1]) < 0)
        return;
    sqlite3_result_text(ctx, sqlo_state(r->f, o), -1, SQLITE_STATIC);
}

/* ---- guide_batch: one row per case, a column per output --------------------------------- */

/* CREATE VIRTUAL TABLE d USING guide_batch(RULESET, 'SELECT case_json FROM cases'): RULESET is
 * a name guide_load gave, or else the path of a rule file (loaded under that path). The query's
 * first column is the case. Columns: id (the case's), one per output typed from the ruleset,
 * and error (NULL, or why the case could not be read: its outputs are NULL then). */
typedef struct gs_vtab {
    sqlite3_vtab base;
    gs_conn     *conn;
    gs_rules    *r;
    char        *query;
} gs_vtab;

typedef struct gs_cursor {
    sqlite3_vtab_cursor base;
    sqlite3_stmt       *st;
    sqlite3_int64       rowid;
    int                 eof;
    int                 ok;   /* the current case was read and evaluated */
    char               *error; /* why it could not be, or NULL */
    guide_frame        *f;    /* the cursor's own: guide_eval in the same query uses the ruleset's */
} gs_cursor;

static const char *sql_type(const guide_var_info *v)
{
    switch (guide_type_repr(v->type)) {
    case GUIDE_REPR_TRUTH: return "INTEGER";
    case GUIDE_REPR_NUMBER: return guide_type_is_integral(v->type) ? "INTEGER" : "REAL";
    default: return "TEXT"; /* labels, sets, ranges, lists: as guide_output writes them */
    }
}

/* A vtab argument without the quotes SQL put around it. */
static char *unquote(const char *s)
{
    size_t n = strlen(s);
    if (n >= 2 && (s[0] == '\'' || s[0] == '"') && s[n - 1] == s[0]) {
        char *t = sqlite3_malloc((int)n);
        if (!t)
            return NULL;
        size_t k = 0;
        for (size_t i = 1; i + 1 < n; i++) {
            t[k++] = s[i];
            if (s[i] == s[0] && s[i + 1] == s[0])
                i++;
        }
        t[k] = '\0';
        return t;
    }
    return sqlite3_mprintf("%s", s);
}

static int vt_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                      sqlite3_vtab **out, char **err)
{
    gs_conn *c = aux;
    if (argc != 5) {
        *err = sqlite3_mprintf("guide_batch: expected guide_batch(RULESET, 'SELECT case_json "
                               "FROM ...')");
        return SQLITE_ERROR;
    }
    char *name = unquote(argv[3]), *query = unquote(argv[4]);
    if (!name || !query) {
        sqlite3_free(name);
        sqlite3_free(query);
        return SQLITE_NOMEM;
    }
    gs_rules *r = rules_find(c, name);
    if (!r) {
        r = rules_load(name, name, "auto", err);
        if (!r) {
            sqlite3_free(name);
            sqlite3_free(query);
            return *err ? SQLITE_ERROR : SQLITE_NOMEM;
        }
        r->next = c->rules;
        c->rules = r;
    }
    sqlite3_free(name);
    strbuf sb = STRBUF_INIT;
    sb_puts(&sb, "CREATE TABLE x(id TEXT");
    const guide_ruleset_info *rs = r->rs;
    for (int i = 0; i < rs->noutputs; i++) {
        const guide_var_info *v = &rs->vars[guide_first_output(rs) + i];
        sb_printf(&sb, ", \"%s\" %s", v->name, sql_type(v));
    }
    sb_puts(&sb, ", error TEXT)");
    int rc = sb_failed(&sb) ? SQLITE_NOMEM : sqlite3_declare_vtab(db, sb_str(&sb));
    sb_free(&sb);
    gs_vtab *t = rc == SQLITE_OK ? sqlite3_malloc(sizeof *t) : NULL;
    if (!t) {
        sqlite3_free(query);
        return rc == SQLITE_OK ? SQLITE_NOMEM : rc;
    }
    memset(t, 0, sizeof *t);
    t->conn = c;
    t->r = r;
    t->query = query;
    r->refs++;
    *out = &t->base;
    return SQLITE_OK;
}

static int vt_disconnect(sqlite3_vtab *vt)
{
    gs_vtab *t = (gs_vtab *)vt;
    t->r->refs--;
    sqlite3_free(t->query);
    sqlite3_free(t);
    return SQLITE_OK;
}

static int vt_best_index(sqlite3_vtab *vt, sqlite3_index_info *ix)
{
    ix->estimatedCost = 1e6;
    return SQLITE_OK;
}

static int vt_open(sqlite3_vtab *vt, sqlite3_vtab_cursor **out)
{
    gs_cursor *cu = sqlite3_malloc(sizeof *cu);
    if (!cu)
        return SQLITE_NOMEM;
    memset(cu, 0, sizeof *cu);
    cu->f = guide_frame_new(((gs_vtab *)vt)->r->rs);
    if (!cu->f) {
        sqlite3_free(cu);
        return SQLITE_NOMEM;
    }
    *out = &cu->base;
    return SQLITE_OK;
}

static int vt_close(sqlite3_vtab_cursor *cur)
{
    gs_cursor *cu = (gs_cursor *)cur;
    sqlite3_finalize(cu->st);
    sqlite3_free(cu->error);
    guide_frame_free(cu->f);
    sqlite3_free(cu);
    return SQLITE_OK;
}

/* The error column's text for a case that cannot be read or breaks a constraint. */
static char *case_error_text(const guide_case_error *err)
{
    return err->field[0] ? sqlite3_mprintf("field '%s': %s", err->field, err->message)
                         : sqlite3_mprintf("%s", err->message);
}

/* Steps the query to the next case and evaluates it (an unreadable case fills error). */
static int vt_next(sqlite3_vtab_cursor *cur)
{
    gs_cursor *cu = (gs_cursor *)cur;
    gs_vtab *t = (gs_vtab *)cur->pVtab;
    gs_rules *r = t->r;
    sqlite3_free(cu->error);
    cu->error = NULL;
    cu->ok = 0;
    int rc = sqlite3_step(cu->st);
    if (rc == SQLITE_DONE) {
        cu->eof = 1;
        return SQLITE_OK;
    }
    if (rc != SQLITE_ROW) {
        sqlite3_free(t->base.zErrMsg);
        t->base.zErrMsg = sqlite3_mprintf("guide_batch: %s", sqlite3_errmsg(sqlite3_db_handle(cu->st)));
        return rc;
    }
    cu->rowid++;
    const char *text = (const char *)sqlite3_column_text(cu->st, 0);
    size_t n = (size_t)sqlite3_column_bytes(cu->st, 0);
    guide_case_error err;
    if (!text) {
        cu->error = sqlite3_mprintf("the case is NULL, not a JSON object");
        guide_frame_clear(cu->f);
        return cu->error ? SQLITE_OK : SQLITE_NOMEM;
    }
    if (guide_read_case(cu->f, text, n, 1, &err) < 0) {
        cu->error = case_error_text(&err);
        return cu->error ? SQLITE_OK : SQLITE_NOMEM;
    }
    if (evaluator_eval_checked(r->ev, cu->f, NULL, &err) < 0) {
        cu->error = case_error_text(&err);
        return cu->error ? SQLITE_OK : SQLITE_NOMEM;
    }
    cu->ok = 1;
    return SQLITE_OK;
}

static int vt_filter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr, int argc,
                     sqlite3_value **argv)
{
    gs_cursor *cu = (gs_cursor *)cur;
    gs_vtab *t = (gs_vtab *)cur->pVtab;
    sqlite3_finalize(cu->st);
    cu->st = NULL;
    cu->rowid = 0;
    cu->eof = 0;
    int rc = sqlite3_prepare_v2(t->conn->db, t->query, -1, &cu->st, NULL);
    if (rc != SQLITE_OK) {
        sqlite3_free(t->base.zErrMsg);
        t->base.zErrMsg = sqlite3_mprintf("guide_batch: %s", sqlite3_errmsg(t->conn->db));
        return rc;
    }
    if (sqlite3_column_count(cu->st) < 1) {
        sqlite3_free(t->base.zErrMsg);
        t->base.zErrMsg = sqlite3_mprintf("guide_batch: the query returns no column");
        return SQLITE_ERROR;
    }
    return vt_next(cur);
}

static int vt_eof(sqlite3_vtab_cursor *cur)
{
    return ((gs_cursor *)cur)->eof;
}

static int vt_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col)
{
    gs_cursor *cu = (gs_cursor *)cur;
    gs_rules *r = ((gs_vtab *)cur->pVtab)->r;
    int nout = r->rs->noutputs;
    if (col == 0) {
        if (cu->f->id)
            sqlite3_result_text(ctx, cu->f->id, -1, SQLITE_TRANSIENT);
    } else if (col <= nout) {
        if (cu->ok)
            result_output(ctx, cu->f, col - 1);
    } else if (cu->error) {
        sqlite3_result_text(ctx, cu->error, -1, SQLITE_TRANSIENT);
    }
    return SQLITE_OK;
}

static int vt_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid)
{
    *rowid = ((gs_cursor *)cur)->rowid;
    return SQLITE_OK;
}

static sqlite3_module batch_module = {
    .iVersion = 0,
    .xCreate = vt_connect,
    .xConnect = vt_connect,
    .xBestIndex = vt_best_index,
    .xDisconnect = vt_disconnect,
    .xDestroy = vt_disconnect,
    .xOpen = vt_open,
    .xClose = vt_close,
    .xFilter = vt_filter,
    .xNext = vt_next,
    .xEof = vt_eof,
    .xColumn = vt_column,
    .xRowid = vt_rowid,
};

/* ---- Registration --------------------------------------------------------------------------- */

int sqlite3_guide_init(sqlite3 *db, char **err, const sqlite3_api_routines *api);
int sqlite3_guidesqlite_init(sqlite3 *db, char **err, const sqlite3_api_routines *api);

/* The entry point: the functions and the module, for this connection. sqlite3_load_extension
 * derives sqlite3_guidesqlite_init from the file name guide_sqlite.so (letters only). */
int sqlite3_guide_init(sqlite3 *db, char **err, const sqlite3_api_routines *api)
{
    SQLITE_EXTENSION_INIT2(api);
    gs_conn *c = calloc(1, sizeof *c);
    if (!c)
        return SQLITE_NOMEM;
    c->db = db;
    json_object_seed(0); /* as guidec batch does, before any object is built */
    const int fl = SQLITE_UTF8; /* not deterministic: guide_load may change what a name means */
    int rc = sqlite3_create_function_v2(db, "guide_load", 2, fl, c, fn_load, NULL, NULL, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db, "guide_load", 3, fl, c, fn_load, NULL, NULL, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db, "guide_eval", 2, fl, c, fn_eval, NULL, NULL, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db, "guide_output", 3, fl, c, fn_output, NULL, NULL, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db, "guide_state", 3, fl, c, fn_state, NULL, NULL, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_module_v2(db, "guide_batch", &batch_module, c, conn_free);
    else
        conn_free(c);
    if (rc != SQLITE_OK)
        *err = sqlite3_mprintf("guide: cannot register the functions: %s", sqlite3_errmsg(db));
    return rc;
}

int sqlite3_guidesqlite_init(sqlite3 *db, char **err, const sqlite3_api_routines *api)
{
    return sqlite3_guide_init(db, err, api);
}
