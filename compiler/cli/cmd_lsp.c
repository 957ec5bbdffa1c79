/* cmd_lsp.c — `guidec lsp`: a language server (LSP 3.17) on standard input and output. The
 * session: initialize / initialized / shutdown / exit, the document notifications (didOpen,
 * didChange, didClose of lsp_sync.c) answered by publishDiagnostics once no other message is
 * waiting (and before shutdown is answered), and the requests of lsp_hover.c,
 * lsp_nav.c, lsp_complete.c and lsp_format.c. A malformed message, an unknown method or a request
 * on a document that is not open gets a JSON-RPC error, and the session goes on. */
#include "lsp.h"

#include <getopt.h>
#include <string.h>

#include "analyse.h"
#include "cli.h"

const char lsp_usage[] =
    "usage: guidec lsp [options]\n"
    "\n"
    "A language server (LSP 3.17) for rule files, on standard input and output (JSON-RPC with\n"
    "Content-Length headers), for an editor to start: the diagnostics of 'guidec check' as you\n"
    "type, hover (a name's type, unit, range and labels; a rule's or a table row's citation),\n"
    "go to definition, references, completion of names and of labels after '==' and 'in {',\n"
    "formatting as 'guidec fmt', and the outline (inputs, outputs, tables, rules, tests).\n"
    "docs/LSP.md says how to wire it into an editor; editors/ has Neovim's and Vim's files.\n"
    "\n"
    "options:\n"
    "  --budget N          cases the analyses may try per document version, as check's\n"
    "                      --budget (default 10000000)\n"
    "  --help              print this help\n"
    "\n"
    "exit status: 0 after shutdown then exit, 1 when the input ends or exit comes without\n"
    "shutdown, 2 bad usage\n";

typedef struct session {
    FILE    *out;
    lsp_docs docs;
    int      initialized; /* initialize was answered */
    int      shut_down;   /* shutdown was answered */
    int      write_failed;
} session;

static void send(session *s, json_t *msg)
{
    if (lsp_send(s->out, msg) != 0)
        s->write_failed = 1;
}

/* window/logMessage: what cannot be a reply (a bad notification) still reaches the user. */
static void log_error(session *s, const char *message)
{
    send(s, lsp_notification("window/logMessage", json_pack("{s:i,s:s}", "type", 1, "message",
                                                            message)));
}

/* The diagnostics of d, or none (d NULL: uri was closed). */
static void publish(session *s, const lsp_doc *d, const char *uri)
{
    json_t *diags = d ? json_incref(d->diags) : json_array();
    json_t *params = json_pack("{s:s,s:o}", "uri", uri, "diagnostics", diags);
    if (d)
        json_object_set_new(params, "version", json_integer(d->version));
    send(s, lsp_notification("textDocument/publishDiagnostics", params));
}

/* ---- parameters --------------------------------------------------------------------------- */

/* The result of a request handler: a result, or an error code and message. */
typedef struct reply {
    int    code; /* 0: result holds the result */
    strbuf why;
} reply;

/* The open document a request names; NULL with the error set. */
static lsp_doc *doc_of(session *s, json_t *params, reply *r)
{
    const char *uri = lsp_params_uri(params);
    if (!uri) {
        r->code = LSP_INVALID_PARAMS;
        sb_puts(&r->why, "params.textDocument.uri: expected a string");
        return NULL;
    }
    lsp_doc *d = lsp_doc_find(&s->docs, uri);
    if (!d) {
        r->code = LSP_REQUEST_FAILED;
        sb_printf(&r->why, "document not open: %s", uri);
        return NULL;
    }
    lsp_doc_compile(&s->docs, d, LSP_STAGE_LOWERED); /* its names; the analyses can wait */
    return d;
}

/* Runs the analyses of every document not analysed yet and publishes its diagnostics. */
static void analyse_pending(session *s)
{
    for (lsp_doc *d = s->docs.head; d; d = d->next)
        if (lsp_doc_compile(&s->docs, d, LSP_STAGE_ANALYSED))
            publish(s, d, d->uri);
}

/* The params.position of a request; -1 with the error set. */
static int position_of(json_t *params, int *line, int *character, reply *r)
{
    json_t *p = json_object_get(params, "position");
    json_t *l = json_object_get(p, "line"), *c = json_object_get(p, "character");
    if (!json_is_integer(l) || !json_is_integer(c) || json_integer_value(l) < 0 ||
        json_integer_value(c) < 0 || json_integer_value(l) > INT32_MAX ||
        json_integer_value(c) > INT32_MAX) {
        r->code = LSP_INVALID_PARAMS;
        sb_puts(&r->why, "params.position: expected {line, character}, non-negative integers");
        return -1;
    }
    *line = (int)json_integer_value(l);
    *character = (int)json_integer_value(c);
    return 0;
}

/* ---- requests ----------------------------------------------------------------------------- */

typedef json_t *(*request_fn)(session *s, json_t *params, reply *r);

static json_t *rq_initialize(session *s, json_t *params, reply *r)
{
    if (s->initialized) {
        r->code = LSP_INVALID_REQUEST;
        sb_puts(&r->why, "initialize was sent twice");
        return NULL;
    }
    s->initialized = 1;
    return json_pack("{s:{s:s,s:{s:b,s:i,s:b},s:b,s:b,s:b,s:{s:[s,s]},s:b,s:b},s:{s:s}}",
                     "capabilities", "positionEncoding", "utf-16", "textDocumentSync", "openClose", 1,
                     "change", 1, "save", 0, "hoverProvider", 1, "definitionProvider", 1,
                     "referencesProvider", 1, "completionProvider", "triggerCharacters", "=", "{",
                     "documentFormattingProvider", 1, "documentSymbolProvider", 1, "serverInfo",
                     "name", "guidec");
}

static json_t *rq_shutdown(session *s, json_t *params, reply *r)
{
    analyse_pending(s); /* what was opened or changed last still gets its diagnostics */
    s->shut_down = 1;
    return json_null();
}

/* hover, definition, completion: a document and a position. */
typedef json_t *(*at_fn)(const lsp_doc *d, int line0, int utf16);
static json_t *at_position(session *s, json_t *params, reply *r, at_fn fn)
{
    int line, character;
    lsp_doc *d = doc_of(s, params, r);
    if (!d || position_of(params, &line, &character, r) != 0)
        return NULL;
    return fn(d, line, character);
}

static json_t *rq_hover(session *s, json_t *params, reply *r)
{
    return at_position(s, params, r, lsp_hover);
}

static json_t *rq_definition(session *s, json_t *params, reply *r)
{
    return at_position(s, params, r, lsp_definition);
}

static json_t *rq_completion(session *s, json_t *params, reply *r)
{
    return at_position(s, params, r, lsp_completion);
}

static json_t *rq_references(session *s, json_t *params, reply *r)
{
    int line, character;
    lsp_doc *d = doc_of(s, params, r);
    if (!d || position_of(params, &line, &character, r) != 0)
        return NULL;
    json_t *incl = json_object_get(json_object_get(params, "context"), "includeDeclaration");
    return lsp_references(d, line, character, json_is_true(incl));
}

static json_t *rq_symbols(session *s, json_t *params, reply *r)
{
    lsp_doc *d = doc_of(s, params, r);
    return d ? lsp_document_symbols(d) : NULL;
}

static json_t *rq_formatting(session *s, json_t *params, reply *r)
{
    lsp_doc *d = doc_of(s, params, r);
    if (!d)
        return NULL;
    json_t *edits = lsp_formatting(d, &r->why);
    if (!edits)
        r->code = LSP_REQUEST_FAILED;
    return edits;
}

static const struct {
    const char *method;
    request_fn  fn;
} requests[] = {
    {"initialize", rq_initialize},
    {"shutdown", rq_shutdown},
    {"textDocument/hover", rq_hover},
    {"textDocument/definition", rq_definition},
    {"textDocument/references", rq_references},
    {"textDocument/completion", rq_completion},
    {"textDocument/documentSymbol", rq_symbols},
    {"textDocument/formatting", rq_formatting},
};

static void request(session *s, json_t *id, const char *method, json_t *params)
{
    size_t k = 0, n = sizeof requests / sizeof requests[0];
    while (k < n && strcmp(requests[k].method, method) != 0)
        k++;
    if (k == n) {
        strbuf m = STRBUF_INIT;
        sb_printf(&m, "unknown method: %s", method);
        send(s, lsp_error(id, LSP_METHOD_NOT_FOUND, sb_str(&m)));
        sb_free(&m);
        return;
    }
    if (!s->initialized && requests[k].fn != rq_initialize) {
        send(s, lsp_error(id, LSP_SERVER_NOT_INITIALIZED, "the server is not initialized yet"));
        return;
    }
    if (s->shut_down) {
        send(s, lsp_error(id, LSP_INVALID_REQUEST, "the server was shut down; only exit is left"));
        return;
    }
    reply r = {0, STRBUF_INIT};
    json_t *result = requests[k].fn(s, params, &r);
    if (r.code)
        send(s, lsp_error(id, r.code, sb_str(&r.why)));
    else
        send(s, lsp_result(id, result));
    if (r.code)
        json_decref(result);
    sb_free(&r.why);
}

/* ---- notifications ------------------------------------------------------------------------- */

static void notification(session *s, const char *method, json_t *params)
{
    if (!s->initialized || s->shut_down)
        return; /* dropped, as the protocol says (exit is handled by the loop) */
    const char *bad = NULL, *closed = NULL;
    if (strcmp(method, "textDocument/didOpen") == 0)
        bad = lsp_sync_open(&s->docs, params);
    else if (strcmp(method, "textDocument/didChange") == 0)
        bad = lsp_sync_change(&s->docs, params);
    else if (strcmp(method, "textDocument/didClose") == 0)
        bad = lsp_sync_close(&s->docs, params, &closed);
    /* initialized, didSave, $/cancelRequest, $/setTrace and any other: nothing to do. */
    if (bad)
        log_error(s, bad);
    if (closed)
        publish(s, NULL, closed); /* clears the closed document's diagnostics */
}

/* ---- the session -------------------------------------------------------------------------- */

/* Handles one message body. Returns 1 when it was exit. */
static int handle(session *s, const strbuf *body)
{
    json_error_t jerr;
    json_t *msg = json_loadb(body->data ? body->data : "", body->len, 0, &jerr);
    if (!msg) {
        strbuf m = STRBUF_INIT;
        sb_printf(&m, "malformed JSON at byte %d: %s", jerr.position, jerr.text);
        send(s, lsp_error(NULL, LSP_PARSE_ERROR, sb_str(&m)));
        sb_free(&m);
        return 0;
    }
    json_t *id = json_object_get(msg, "id");
    json_t *method = json_object_get(msg, "method");
    json_t *params = json_object_get(msg, "params");
    const char *why = NULL;
    if (!json_is_object(msg))
        why = "a message must be a JSON object";
    else if (!json_is_string(json_object_get(msg, "jsonrpc")) ||
             strcmp(json_string_value(json_object_get(msg, "jsonrpc")), "2.0") != 0)
        why = "\"jsonrpc\" must be \"2.0\"";
    else if (id && !json_is_integer(id) && !json_is_string(id))
        why = "\"id\" must be an integer or a string";
    else if (!method && id && (json_object_get(msg, "result") || json_object_get(msg, "error")))
        why = ""; /* a response: the server sends no requests, so there is nothing to match */
    else if (!json_is_string(method))
        why = "\"method\" must be a string";
    else if (params && !json_is_object(params) && !json_is_array(params))
        why = "\"params\" must be an object or an array";
    int exit_now = 0;
    if (why && *why)
        send(s, lsp_error(json_is_integer(id) || json_is_string(id) ? id : NULL,
                          LSP_INVALID_REQUEST, why));
    else if (!why && strcmp(json_string_value(method), "exit") == 0)
        exit_now = 1;
    else if (!why && id)
        request(s, id, json_string_value(method), params);
    else if (!why)
        notification(s, json_string_value(method), params);
    json_decref(msg);
    return exit_now;
}

int cmd_lsp(int argc, char **argv)
{
    static const struct option opts[] = {{"budget", required_argument, 0, 'b'},
                                         {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    session s = {.out = stdout, .docs = {.budget = AN_DEFAULT_BUDGET}};
    int c;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'b':
            if (cli_positive(optarg, &s.docs.budget) < 0)
                return cli_usage_error(lsp_usage, "--budget needs a positive number, not '%s'", optarg);
            break;
        case 'h': fputs(lsp_usage, stdout); return 0;
        default: return cli_usage_error(lsp_usage, "%s", "unknown option");
        }
    }
    if (optind != argc)
        return cli_usage_error(lsp_usage, "lsp takes no operands, not '%s'", argv[optind]);
    static lsp_in in; /* its buffer is large for the stack */
    lsp_in_init(&in, 0);
    strbuf body = STRBUF_INIT, err = STRBUF_INIT;
    int rc = 1; /* the input ended without exit */
    while (!s.write_failed) {
        /* Changes are analysed once no message is waiting: during a burst of them, only the
         * last version is. */
        if (!lsp_in_ready(&in))
            analyse_pending(&s);
        sb_clear(&err);
        int got = lsp_read_message(&in, &body, &err);
        if (got == 0 || got == -2)
            break;
        if (got == -1) {
            send(&s, lsp_error(NULL, LSP_PARSE_ERROR, sb_str(&err)));
            continue;
        }
        if (handle(&s, &body)) {
            rc = s.shut_down ? 0 : 1;
            break;
        }
    }
    sb_free(&body);
    sb_free(&err);
    lsp_docs_free(&s.docs);
    return rc;
}
