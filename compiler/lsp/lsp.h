/* lsp.h — `guidec lsp`, the language server: what its files share.
 *
 * One file per job: lsp_rpc.c (JSON-RPC over stdio with Content-Length framing), lsp_text.c
 * (LSP positions, UTF-16 code units on 0-based lines, to and from the compiler's spans),
 * lsp_doc.c (the open documents, each compiled by the same pipeline as `guidec check`),
 * lsp_sync.c (the notifications that open, change and close them), lsp_index.c (every name
 * written in a document, declared or used), lsp_diag.c (diagnostics as LSP Diagnostics),
 * lsp_hover.c, lsp_nav.c (definition, references, document symbols), lsp_complete.c,
 * lsp_format.c, and cmd_lsp.c (the session: lifecycle and dispatch). */
#ifndef GUIDE_LSP_H
#define GUIDE_LSP_H

#include <jansson.h>
#include <stdio.h>

#include "compile.h"
#include "strbuf.h"

/* ---- lsp_rpc.c: framing and replies ------------------------------------------------------ */

/* JSON-RPC and LSP error codes. */
enum {
    LSP_PARSE_ERROR = -32700,
    LSP_INVALID_REQUEST = -32600,
    LSP_METHOD_NOT_FOUND = -32601,
    LSP_INVALID_PARAMS = -32602,
    LSP_INTERNAL_ERROR = -32603,
    LSP_SERVER_NOT_INITIALIZED = -32002,
    LSP_REQUEST_FAILED = -32803,
};

/* The server's input: a file descriptor read through a buffer of its own, so that the server
 * can tell whether a message is waiting (lsp_in_ready) before it starts a long analysis. */
typedef struct lsp_in {
    int    fd;
    int    eof;      /* the input has ended (or failed) */
    size_t pos, len; /* buf[pos..len) is read and not consumed */
    char   buf[65536];
} lsp_in;

void lsp_in_init(lsp_in *in, int fd);
/* Whether a read would not wait: bytes are buffered, or waiting on the descriptor, or the input
 * has ended. */
int  lsp_in_ready(lsp_in *in);
/* Reads one message's body into body. Returns 1 with a body, 0 at the end of the input, -1 when
 * the header is malformed (err says why; the message was skipped, reading may go on), -2 when
 * the input ends inside a message. */
int  lsp_read_message(lsp_in *in, strbuf *body, strbuf *err);
/* Writes msg with its header and flushes; takes the reference. Returns 0, or -1 on a write error. */
int  lsp_send(FILE *out, json_t *msg);
/* {"jsonrpc":"2.0","id":id,"result":result}; takes result, not id. */
json_t *lsp_result(json_t *id, json_t *result);
/* {"jsonrpc":"2.0","id":id (null when NULL),"error":{code,message}}; not id. */
json_t *lsp_error(json_t *id, int code, const char *message);
/* {"jsonrpc":"2.0","method":method,"params":params}; takes params. */
json_t *lsp_notification(const char *method, json_t *params);

/* ---- lsp_text.c: positions ---------------------------------------------------------------- */

/* {"line","character"} of 1-based line and code-point column col of f (UTF-16 units). A
 * position past the end of a line is clamped to it. */
json_t *lsp_position(const src_file *f, int line, int col);
/* The range of a compiler span: the end is exclusive (after last_column); a zero-width span
 * gives an empty range. A span without a line (0) gives the start of the file. */
json_t *lsp_range(const src_file *f, span sp);
/* The byte offset in f->text of an LSP position; -1 when the line is not in the file. A
 * character past the end of its line gives the end of the line. */
long lsp_offset(const src_file *f, int line0, int utf16);
/* The 1-based line and code-point column of a byte offset of f. */
void lsp_line_col(const src_file *f, size_t off, int *line, int *col);
/* Whether 1-based (line, col) lies inside sp (its last column included). */
int  lsp_in_span(span sp, int line, int col);

/* ---- lsp_index.c: the names written in a document ----------------------------------------- */

typedef enum {
    LSP_NS_VAR,   /* inputs, outputs, derived values */
    LSP_NS_RULE,  /* rules */
    LSP_NS_TABLE, /* tables */
    LSP_NS_UNIT,  /* declared units */
} lsp_ns;

typedef struct lsp_occ {
    const char *name;
    lsp_ns      ns;
    int         is_decl; /* the declaration itself */
    span        sp;      /* the name as written */
} lsp_occ;

typedef struct lsp_index {
    vec occs; /* lsp_occ*, in the order of the AST walk */
} lsp_index;

void lsp_index_build(arena *a, const ast_program *p, lsp_index *ix);
/* The occurrence under (line, col), or NULL. */
const lsp_occ *lsp_index_at(const lsp_index *ix, int line, int col);
/* The declaration of (ns, name), or NULL. */
const lsp_occ *lsp_index_decl(const lsp_index *ix, lsp_ns ns, const char *name);

/* ---- lsp_doc.c: open documents ------------------------------------------------------------ */

/* How far a document's current text is compiled. Requests need its names (LOWERED: parsed,
 * checked and lowered, a tenth of a second on the largest rule file); its diagnostics need the
 * analyses too (ANALYSED: seconds), which the server runs when no message is waiting, so that
 * a burst of changes costs one analysis. */
typedef enum { LSP_STAGE_NONE, LSP_STAGE_LOWERED, LSP_STAGE_ANALYSED } lsp_stage;

typedef struct lsp_doc {
    char          *uri;
    char          *path;      /* the file path of a file: URI (else the URI), for messages */
    json_int_t     version;
    strbuf         text;      /* the current version's text */
    lsp_stage      stage;     /* how far text is compiled */
    compilation    c;         /* of text, to stage: its source, AST, IR and arena */
    int            rc;        /* compile_text_to's status: 0 ok, 1 errors, 2 not a source file */
    strbuf         load_err;  /* rc 2: why */
    json_t        *diags;     /* the LSP Diagnostics of c */
    lsp_index      ix;        /* in c.a */
    struct lsp_doc *next;
} lsp_doc;

typedef struct lsp_docs {
    lsp_doc *head;
    long     budget; /* the analyses' budget, as check's --budget */
} lsp_docs;

lsp_doc *lsp_doc_find(lsp_docs *s, const char *uri);
/* Opens uri or gives it a new text (both copied); the previous version's compilation is freed
 * and the new one is not compiled yet. NULL when out of memory. */
lsp_doc *lsp_doc_set(lsp_docs *s, const char *uri, json_int_t version, const char *text, size_t len);
/* Compiles d's text up to stage, if it is not that far yet. Returns 1 when this reached
 * LSP_STAGE_ANALYSED (its diagnostics are then to be published), else 0. */
int      lsp_doc_compile(lsp_docs *s, lsp_doc *d, lsp_stage stage);
void     lsp_doc_close(lsp_docs *s, const char *uri);
void     lsp_docs_free(lsp_docs *s);
/* The ast declarations of a document, found by name (NULL when absent). */
const ast_decl   *lsp_doc_decl(const lsp_doc *d, const char *name);
const ast_derive *lsp_doc_derive(const lsp_doc *d, const char *name);
/* The labels of a variable (const char*, in a): an enum or a set's, a match's targets in order
 * and each once, true and false for a bool; none for a number or an unknown name. */
vec lsp_doc_labels(const lsp_doc *d, const char *name, arena *a);

/* ---- lsp_sync.c: the document notifications -------------------------------------------------- */

/* params.textDocument.uri, or NULL. */
const char *lsp_params_uri(json_t *params);
/* didOpen, didChange, didClose: each returns NULL, or what was wrong with the notification (the
 * documents are then as they were). didClose sets *closed to the closed document's URI (which
 * lives in params). */
const char *lsp_sync_open(lsp_docs *s, json_t *params);
const char *lsp_sync_change(lsp_docs *s, json_t *params);
const char *lsp_sync_close(lsp_docs *s, json_t *params, const char **closed);

/* ---- lsp_diag.c ---------------------------------------------------------------------------- */

/* The diagnostic sink of a document's compilation: appends LSP Diagnostics to d->diags. */
void lsp_diag_sink(void *doc, diag_level lvl, span sp, const char *message);
/* The one diagnostic of a text that is not a source file. */
json_t *lsp_diag_load_error(const char *message);

/* ---- the request families: each returns the result (json null when nothing) --------------- */

json_t *lsp_hover(const lsp_doc *d, int line0, int utf16);
json_t *lsp_definition(const lsp_doc *d, int line0, int utf16);
json_t *lsp_references(const lsp_doc *d, int line0, int utf16, int include_decl);
json_t *lsp_document_symbols(const lsp_doc *d);
json_t *lsp_completion(const lsp_doc *d, int line0, int utf16);
/* The whole-document TextEdit of `guidec fmt`, [] when formatted already; NULL with err set when
 * the document cannot be formatted (it has errors). */
json_t *lsp_formatting(const lsp_doc *d, strbuf *err);

/* `guidec lsp` (cmd_lsp.c). */
extern const char lsp_usage[];
int cmd_lsp(int argc, char **argv);

#endif
