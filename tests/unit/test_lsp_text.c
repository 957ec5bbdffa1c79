/* test_lsp_text.c — the language server's positions (lsp_text.c): the compiler's 1-based
 * code-point columns against LSP's 0-based UTF-16 units, both ways, on text with two-, three-
 * and four-byte characters, a CRLF line, a zero-width span and positions past a line or the
 * file. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "lsp.h"

/* Line 1: "é" (2 bytes, 1 unit), "—" (3 bytes, 1 unit), "😀" (4 bytes, 2 units), then "x".
 * Line 2 ends with CRLF; line 3 is empty (the text ends with a newline). */
static const char text[] = "a\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80x = 1\nbc\r\n";

static src_file load(void)
{
    src_file f;
    strbuf err = STRBUF_INIT;
    assert_int_equal(src_from_string(&f, "t.guide", text, strlen(text), &err), 0);
    sb_free(&err);
    return f;
}

static int json_int(json_t *o, const char *k) { return (int)json_integer_value(json_object_get(o, k)); }

static void position_is(const src_file *f, int line, int col, int want_line, int want_char)
{
    json_t *p = lsp_position(f, line, col);
    assert_int_equal(json_int(p, "line"), want_line);
    assert_int_equal(json_int(p, "character"), want_char);
    json_decref(p);
}

static void lsp_text__position__counts_utf16_units(void **state)
{
    src_file f = load();
    position_is(&f, 1, 1, 0, 0); /* a */
    position_is(&f, 1, 2, 0, 1); /* é */
    position_is(&f, 1, 3, 0, 2); /* — */
    position_is(&f, 1, 4, 0, 3); /* 😀: two units */
    position_is(&f, 1, 5, 0, 5); /* x */
    position_is(&f, 1, 99, 0, 10); /* past the end: the end of the line */
    position_is(&f, 2, 3, 1, 2);   /* the end of "bc", the CR not counted */
    src_free(&f);
}

static void lsp_text__offset__inverse_of_position(void **state)
{
    src_file f = load();
    assert_int_equal(lsp_offset(&f, 0, 0), 0);
    assert_int_equal(lsp_offset(&f, 0, 1), 1);  /* before é */
    assert_int_equal(lsp_offset(&f, 0, 3), 6);  /* before 😀 */
    assert_int_equal(lsp_offset(&f, 0, 5), 10); /* before x */
    assert_int_equal(lsp_offset(&f, 0, 99), 15); /* the end of line 1 */
    assert_int_equal(lsp_offset(&f, 1, 2), 18); /* the end of "bc", before the CR */
    assert_int_equal(lsp_offset(&f, 2, 0), (long)strlen(text));
    assert_int_equal(lsp_offset(&f, 3, 0), -1); /* no such line */
    assert_int_equal(lsp_offset(&f, -1, 0), -1);
    int line, col;
    lsp_line_col(&f, 10, &line, &col);
    assert_int_equal(line, 1);
    assert_int_equal(col, 5);
    lsp_line_col(&f, 17, &line, &col);
    assert_int_equal(line, 2);
    assert_int_equal(col, 2);
    src_free(&f);
}

static void range_is(const src_file *f, span sp, int l0, int c0, int l1, int c1)
{
    json_t *r = lsp_range(f, sp);
    json_t *s = json_object_get(r, "start"), *e = json_object_get(r, "end");
    assert_int_equal(json_int(s, "line"), l0);
    assert_int_equal(json_int(s, "character"), c0);
    assert_int_equal(json_int(e, "line"), l1);
    assert_int_equal(json_int(e, "character"), c1);
    json_decref(r);
}

static void lsp_text__range__end_exclusive_zero_width_empty(void **state)
{
    src_file f = load();
    range_is(&f, (span){1, 4, 1, 5}, 0, 3, 0, 6);   /* "😀x" */
    range_is(&f, (span){1, 5, 1, 4}, 0, 5, 0, 5);   /* zero width before x */
    range_is(&f, (span){1, 2, 2, 1}, 0, 1, 1, 1);   /* over two lines */
    range_is(&f, (span){0, 0, 0, 0}, 0, 0, 0, 0);   /* no place: the start of the file */
    assert_true(lsp_in_span((span){1, 4, 1, 5}, 1, 5));
    assert_false(lsp_in_span((span){1, 4, 1, 5}, 1, 6));
    assert_false(lsp_in_span((span){1, 4, 1, 5}, 2, 4));
    src_free(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(lsp_text__position__counts_utf16_units),
        cmocka_unit_test(lsp_text__offset__inverse_of_position),
        cmocka_unit_test(lsp_text__range__end_exclusive_zero_width_empty),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
