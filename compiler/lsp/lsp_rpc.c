/* lsp_rpc.c — JSON-RPC 2.0 messages over a byte stream, framed as LSP frames them: header lines
 * ("Content-Length: N", optionally "Content-Type: ..."), an empty line, then N bytes of JSON. */
#include "lsp.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "guide_limits.h"

/* A body may hold a whole rule file, escaped: its limit with room for the escapes. */
#define LSP_MAX_BODY ((long)GUIDE_MAX_FILE_BYTES * 2 + 65536)
enum { LSP_MAX_HEADER_LINE = 1024 };

void lsp_in_init(lsp_in *in, int fd)
{
    memset(in, 0, sizeof *in);
    in->fd = fd;
}

/* Makes sure a byte is buffered; returns 0, or -1 at the end of the input (a read error ends
 * it too). */
static int in_fill(lsp_in *in)
{
    if (in->pos < in->len)
        return 0;
    if (in->eof)
        return -1;
    ssize_t n;
    do
        n = read(in->fd, in->buf, sizeof in->buf);
    while (n < 0 && errno == EINTR);
    if (n <= 0) {
        in->eof = 1;
        return -1;
    }
    in->pos = 0;
    in->len = (size_t)n;
    return 0;
}

static int in_getc(lsp_in *in)
{
    return in_fill(in) ? EOF : (unsigned char)in->buf[in->pos++];
}

int lsp_in_ready(lsp_in *in)
{
    if (in->pos < in->len || in->eof)
        return 1;
    struct pollfd p = {.fd = in->fd, .events = POLLIN};
    return poll(&p, 1, 0) != 0;
}

/* Reads one header line without its "\r\n" (or "\n") into line. Returns its length, -1 at the
 * end of the input, -2 when it is longer than the buffer (the rest of it is skipped). */
static int read_header_line(lsp_in *in, char *line, int cap)
{
    int n = 0, c, over = 0;
    while ((c = in_getc(in)) != EOF && c != '\n') {
        if (n < cap - 1)
            line[n++] = (char)c;
        else
            over = 1;
    }
    if (c == EOF && n == 0)
        return -1;
    if (n > 0 && line[n - 1] == '\r')
        n--;
    line[n] = '\0';
    return over ? -2 : n;
}

/* Discards n bytes of the input; returns 0, or -1 when it ends first. */
static int skip_bytes(lsp_in *in, long n)
{
    for (; n > 0; n--)
        if (in_getc(in) == EOF)
            return -1;
    return 0;
}

int lsp_read_message(lsp_in *in, strbuf *body, strbuf *err)
{
    char line[LSP_MAX_HEADER_LINE];
    long length = -1;
    int lines = 0, bad = 0;
    for (;;) {
        int n = read_header_line(in, line, sizeof line);
        if (n == -1)
            return lines ? -2 : 0;
        lines++;
        if (n == 0)
            break;
        if (n == -2) {
            bad = 1;
            sb_printf(err, "a header line is longer than %d bytes", LSP_MAX_HEADER_LINE);
            continue;
        }
        if (strncasecmp(line, "Content-Length:", 15) == 0) {
            char *end;
            const char *v = line + 15;
            while (*v == ' ' || *v == '\t')
                v++;
            long k = strtol(v, &end, 10);
            if (end == v || *end != '\0' || k < 0) {
                if (!bad)
                    sb_printf(err, "bad Content-Length '%s'", v);
                bad = 1;
            } else {
                length = k;
            }
        }
        /* Content-Type and any other header: nothing to do (the body is UTF-8 JSON). */
    }
    if (length < 0) {
        if (!bad)
            sb_puts(err, "a message without a Content-Length header");
        return -1;
    }
    if (length > LSP_MAX_BODY) {
        sb_printf(err, "a message of %ld bytes, over the limit of %ld", length, LSP_MAX_BODY);
        return skip_bytes(in, length) ? -2 : -1;
    }
    sb_clear(body);
    for (long left = length; left > 0;) {
        if (in_fill(in))
            return -2;
        size_t n = in->len - in->pos;
        if ((long)n > left)
            n = (size_t)left;
        sb_putn(body, in->buf + in->pos, n);
        in->pos += n;
        left -= (long)n;
    }
    if (bad)
        return -1;
    return 1;
}

int lsp_send(FILE *out, json_t *msg)
{
    char *text = json_dumps(msg, JSON_COMPACT);
    json_decref(msg);
    if (!text)
        return -1;
    size_t n = strlen(text);
    int rc = fprintf(out, "Content-Length: %zu\r\n\r\n", n) < 0 || fwrite(text, 1, n, out) != n ||
                     fflush(out) != 0 ? -1 : 0;
    free(text);
    return rc;
}

json_t *lsp_result(json_t *id, json_t *result)
{
    return json_pack("{s:s,s:O,s:o}", "jsonrpc", "2.0", "id", id ? id : json_null(), "result",
                     result ? result : json_null());
}

json_t *lsp_error(json_t *id, int code, const char *message)
{
    return json_pack("{s:s,s:O,s:{s:i,s:s}}", "jsonrpc", "2.0", "id", id ? id : json_null(),
                     "error", "code", code, "message", message);
}

json_t *lsp_notification(const char *method, json_t *params)
{
    return json_pack("{s:s,s:s,s:o}", "jsonrpc", "2.0", "method", method, "params", params);
}
