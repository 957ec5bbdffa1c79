/* guide_pg.c — the PostgreSQL extension: guide_eval(ruleset text, c jsonb) returns jsonb.
 *
 * ruleset is the path of a rule file (absolute, or relative to the server's data directory).
 * Each backend process (parallel workers included) compiles a ruleset the first time it meets
 * it and keeps it for its life, for the interpreter (no LLVM inside the server, whose own JIT
 * may load another LLVM). The result is the JSON line of `guidec run --format json`, read back
 * as jsonb (the same value; jsonb orders keys its own way). A case that cannot be read is an
 * error naming the field. Nothing here is shared between processes, so the function is
 * PARALLEL SAFE; it is IMMUTABLE as long as the rule file is not changed under a running
 * backend (name a version's file, e.g. gist-2022-11-07.guide). */
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

PG_MODULE_MAGIC;

/* One compiled ruleset of this backend. */
typedef struct pg_rules {
    struct pg_rules *next;
    char            *path;  /* as the SQL call named it */
    compilation      comp;  /* the IR */
    interp          *it;    /* its interpreter */
    guide_frame     *f;     /* the frame cases are read into */
} pg_rules;

static pg_rules *rules; /* this backend's, for its life */

static pg_rules *rules_get(const char *path)
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
        ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("guide_eval: out of memory")));
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
                        errmsg("guide_eval: %s %s", path,
                               rc == 1 ? "has errors" : rc ? "cannot be read" : "out of memory"),
                        errdetail("%s", msg)));
    }
    free(diag);
    r->next = rules;
    rules = r;
    return r;
}

PG_FUNCTION_INFO_V1(guide_eval);

/* guide_eval(ruleset text, c jsonb) returns jsonb */
Datum guide_eval(PG_FUNCTION_ARGS)
{
    char *path = text_to_cstring(PG_GETARG_TEXT_PP(0));
    Jsonb *jb = PG_GETARG_JSONB_P(1);
    char *json = JsonbToCString(NULL, &jb->root, VARSIZE(jb));
    pg_rules *r = rules_get(path);
    guide_case_error err;
    guide_print_opts opts = {GUIDE_FMT_JSON, 0, 0, 0};
    char *buf = NULL, *s;
    size_t n = 0;
    FILE *o;
    if (guide_read_case(r->f, json, strlen(json), 1, &err) < 0) {
        if (err.field[0])
            ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                            errmsg("guide_eval: field '%s': %s", err.field, err.message)));
        ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                        errmsg("guide_eval: %s", err.message)));
    }
    interp_eval(r->it, r->f, NULL);
    o = open_memstream(&buf, &n);
    if (!o)
        ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("guide_eval: out of memory")));
    guide_print_result(o, r->f, NULL, &opts);
    if (fclose(o) != 0 || !buf) {
        free(buf);
        ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("guide_eval: out of memory")));
    }
    s = pstrdup(buf);
    free(buf);
    PG_RETURN_DATUM(DirectFunctionCall1(jsonb_in, CStringGetDatum(s)));
}
