/* guide_pg.c — the PostgreSQL extension: Guide rulesets evaluated where the cases live.
 *
 *   guide_eval(ruleset text, c jsonb) returns jsonb               the result of guidec run
 *   guide_output(ruleset text, c jsonb, output text) returns text  one output's value, or NULL
 *   guide_state(ruleset text, c jsonb, output text) returns text   concluded, undetermined, ...
 *
 * ruleset is the path of a rule file (absolute, or relative to the server's data directory).
 * Each backend process (parallel workers included) compiles a ruleset the first time it meets
 * it and keeps it for its life, for the interpreter (no LLVM inside the server, whose own JIT
 * may load another LLVM). guide_eval's result is the JSON line of `guidec run --format json`,
 * read back as jsonb (the same value; jsonb orders keys its own way). guide_output and
 * guide_state mean what they mean in the SQLite extension (ext/common/sql_output.h): the value
 * as the JSON result writes it, a label without its quotes, NULL unless concluded with a value;
 * the state says why. The last case evaluated is remembered per ruleset, so that several
 * outputs of one row evaluate it once. A case that cannot be read, an unknown output, a rule
 * file that cannot be compiled: an error naming the field, the output or the file. Nothing here
 * is shared between processes, so the functions are PARALLEL SAFE; they are IMMUTABLE as long
 * as the rule file is not changed under a running backend (name a version's file, e.g.
 * gist-2022-11-07.guide). The C functions of the last two are pg_guide_output and
 * pg_guide_state: guide.h names its types guide_output and guide_state. */
/* open_memstream: PGXS compiles with _GNU_SOURCE */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "postgres.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"

#include "compile.h"
#include "interp.h"
#include "sql_output.h"

PG_MODULE_MAGIC;

/* One compiled ruleset of this backend. */
typedef struct pg_rules {
    struct pg_rules *next;
    char            *path;  /* as the SQL call named it */
    compilation      comp;  /* the IR */
    interp          *it;    /* its interpreter */
    guide_frame     *f;     /* the frame cases are read into */
    Jsonb           *last;  /* a copy of the case f holds (malloc'd), NULL when none */
} pg_rules;

static pg_rules *rules; /* this backend's, for its life */

/* The ruleset of the rule file at path, compiled on first use; an ERROR when it cannot be. */
static pg_rules *rules_get(const char *fn, const char *path)
{
    pg_rules *r;
    char *diag = NULL;
    size_t ndiag = 0;
    FILE *d;
    int rc;
    for (r = rules; r; r = r->next)
        if (strcmp(r->path, path) == 0)
            return r;
    r = calloc(1, sizeof *r);
    d = open_memstream(&diag, &ndiag);
    if (!r || !d || !(r->path = strdup(path))) {
        if (d)
            fclose(d);
        free(diag);
        free(r ? r->path : NULL);
        free(r);
        ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("%s: out of memory", fn)));
    }
    rc = compile_file(&r->comp, path, d, COMPILE_LOWER, 0);
    fclose(d);
    if (rc == 0) {
        r->it = interp_new_indexed(r->comp.ir);
        r->f = guide_frame_new(&r->comp.ir->info);
    }
    if (rc || !r->it || !r->f) {
        char msg[2048];
        snprintf(msg, sizeof msg, "%s", diag ? diag : "");
        free(diag);
        interp_free(r->it);
        guide_frame_free(r->f);
        if (r->comp.loaded || r->comp.ir || r->comp.ast)
            compile_free(&r->comp);
        free(r->path);
        free(r);
        ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                        errmsg("%s: %s %s", fn, path,
                               rc == 1 ? "has errors" : rc ? "cannot be read" : "out of memory"),
                        errdetail("%s", msg)));
    }
    free(diag);
    r->next = rules;
    rules = r;
    return r;
}

/* The ERROR of a case that cannot be read or breaks a constraint, naming the field. */
static void case_error(const char *fn, const guide_case_error *err)
{
    if (err->field[0])
        ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                        errmsg("%s: field '%s': %s", fn, err->field, err->message)));
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("%s: %s", fn, err->message)));
}

/* Reads case c into r->f and evaluates it, unless f holds it already (the same jsonb bytes);
 * an ERROR naming the field when it cannot be read, or the constraint it breaks. */
static void rules_eval(const char *fn, pg_rules *r, Jsonb *c)
{
    char *json;
    guide_case_error err;
    if (r->last && VARSIZE(r->last) == VARSIZE(c) && memcmp(r->last, c, VARSIZE(c)) == 0)
        return;
    free(r->last);
    r->last = NULL;
    json = JsonbToCString(NULL, &c->root, VARSIZE(c));
    if (guide_read_case(r->f, json, strlen(json), 1, &err) < 0)
        case_error(fn, &err);
    interp_eval(r->it, r->f, NULL);
    if (guide_check_evaluated(r->f, &err) < 0)
        case_error(fn, &err);
    r->last = malloc(VARSIZE(c)); /* when it cannot be had, the next call evaluates again */
    if (r->last)
        memcpy(r->last, c, VARSIZE(c));
    pfree(json);
}

/* The index of the output named by argument arg, or an ERROR naming it. */
static int arg_output(const char *fn, pg_rules *r, int arg, FunctionCallInfo fcinfo)
{
    char *name = text_to_cstring(PG_GETARG_TEXT_PP(arg));
    int o = sqlo_output_index(&r->comp.ir->info, name);
    if (o < 0)
        ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                        errmsg("%s: %s has no output named '%s'", fn, r->path, name)));
    return o;
}

PG_FUNCTION_INFO_V1(guide_eval);

/* guide_eval(ruleset text, c jsonb) returns jsonb */
Datum guide_eval(PG_FUNCTION_ARGS)
{
    pg_rules *r = rules_get("guide_eval", text_to_cstring(PG_GETARG_TEXT_PP(0)));
    guide_print_opts opts = {GUIDE_FMT_JSON, 0, 0, 0};
    char *buf = NULL, *s;
    size_t n = 0;
    FILE *o;
    int oom;
    rules_eval("guide_eval", r, PG_GETARG_JSONB_P(1));
    o = open_memstream(&buf, &n);
    if (!o)
        ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("guide_eval: out of memory")));
    oom = guide_print_result(o, r->f, NULL, &opts) < 0; /* its line is an error record, not a result */
    if (fclose(o) != 0 || !buf || oom) {
        free(buf);
        ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("guide_eval: out of memory")));
    }
    s = pstrdup(buf);
    free(buf);
    PG_RETURN_DATUM(DirectFunctionCall1(jsonb_in, CStringGetDatum(s)));
}

PG_FUNCTION_INFO_V1(pg_guide_output);

/* guide_output(ruleset text, c jsonb, output text) returns text: the value as the JSON result
 * writes it (12, true, [6,12], ["a","b"]), a label without its quotes; NULL unless concluded
 * with a value (guide_state says why). */
Datum pg_guide_output(PG_FUNCTION_ARGS)
{
    pg_rules *r = rules_get("guide_output", text_to_cstring(PG_GETARG_TEXT_PP(0)));
    int o = arg_output("guide_output", r, 2, fcinfo);
    sqlo_kind kind;
    char *json;
    text *t;
    rules_eval("guide_output", r, PG_GETARG_JSONB_P(1));
    kind = sqlo_value_kind(r->f, o);
    if (kind == SQLO_NULL)
        PG_RETURN_NULL();
    if (kind == SQLO_LABEL)
        PG_RETURN_TEXT_P(cstring_to_text(sqlo_label(r->f, o)));
    json = sqlo_json(r->f, o);
    if (!json)
        ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("guide_output: out of memory")));
    t = cstring_to_text(json);
    free(json);
    PG_RETURN_TEXT_P(t);
}

PG_FUNCTION_INFO_V1(pg_guide_state);

/* guide_state(ruleset text, c jsonb, output text) returns text: 'concluded', 'undetermined',
 * 'not applicable' or 'conflict' (concluded with a NULL value: the guideline gives none, ND). */
Datum pg_guide_state(PG_FUNCTION_ARGS)
{
    pg_rules *r = rules_get("guide_state", text_to_cstring(PG_GETARG_TEXT_PP(0)));
    int o = arg_output("guide_state", r, 2, fcinfo);
    rules_eval("guide_state", r, PG_GETARG_JSONB_P(1));
    PG_RETURN_TEXT_P(cstring_to_text(sqlo_state(r->f, o)));
}
