/* test_diag.c — unit tests of diag.c: source loading and checks, the diagnostic format with its
 * caret line (tabs, UTF-8, zero-width and multi-line spans), hints, notes, colours, and the
 * edit distance. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"

/* A source file and a diagnostic context writing into memory. */
typedef struct fixture {
    src_file f;
    diag_ctx d;
    char    *buf;
    size_t   len;
    FILE    *out;
} fixture;

static void open_src(fixture *fx, const char *text)
{
    strbuf err = STRBUF_INIT;
    assert_int_equal(src_from_string(&fx->f, "t.guide", text, strlen(text), &err), 0);
    fx->out = open_memstream(&fx->buf, &fx->len);
    assert_non_null(fx->out);
    diag_init(&fx->d, &fx->f, fx->out);
}

/* Everything printed so far; the fixture keeps ownership. */
static const char *printed(fixture *fx)
{
    fflush(fx->out);
    return fx->buf;
}

static void close_src(fixture *fx)
{
    fclose(fx->out);
    free(fx->buf);
    src_free(&fx->f);
}

static span sp(int l1, int c1, int l2, int c2)
{
    span s = {l1, c1, l2, c2};
    return s;
}

static void diag__error__location_message_line_and_caret(void **state)
{
    (void)state;
    fixture fx;
    open_src(&fx, "input x : bool\nrule r when x then y = a\n");
    diag_error(&fx.d, sp(2, 13, 2, 13), "unknown name '%s'", "x");
    assert_string_equal(printed(&fx), "t.guide:2:13: error: unknown name 'x'\n"
                                      "rule r when x then y = a\n"
                                      "            ^\n");
    assert_int_equal(fx.d.errors, 1);
    assert_int_equal(fx.d.warnings, 0);
    close_src(&fx);
}

static void diag__span__tildes_to_last_column(void **state)
{
    (void)state;
    fixture fx;
    open_src(&fx, "rule adjuvant when x then y = a\n");
    diag_error(&fx.d, sp(1, 6, 1, 13), "bad");
    assert_string_equal(printed(&fx), "t.guide:1:6: error: bad\n"
                                      "rule adjuvant when x then y = a\n"
                                      "     ^~~~~~~~\n");
    close_src(&fx);
}

static void diag__tabs_before_span__caret_line_copies_tabs(void **state)
{
    (void)state;
    fixture fx;
    open_src(&fx, "\t\tx = 1\n");
    diag_error(&fx.d, sp(1, 5, 1, 5), "e");
    assert_string_equal(printed(&fx), "t.guide:1:5: error: e\n"
                                      "\t\tx = 1\n"
                                      "\t\t  ^\n");
    close_src(&fx);
}

static void diag__utf8_before_span__columns_count_code_points(void **state)
{
    (void)state;
    fixture fx;
    /* "é€" are 2 code points (5 bytes): `x` is column 5. */
    open_src(&fx, "\"é€\" x\n");
    diag_error(&fx.d, sp(1, 6, 1, 6), "e");
    assert_string_equal(printed(&fx), "t.guide:1:6: error: e\n"
                                      "\"é€\" x\n"
                                      "     ^\n");
    close_src(&fx);
}

static void diag__utf8_inside_span__one_tilde_per_code_point(void **state)
{
    (void)state;
    fixture fx;
    open_src(&fx, "a ééé b\n");
    diag_error(&fx.d, sp(1, 3, 1, 5), "e");
    assert_string_equal(printed(&fx), "t.guide:1:3: error: e\n"
                                      "a ééé b\n"
                                      "  ^~~\n");
    close_src(&fx);
}

static void diag__zero_width_span__single_caret_after_text(void **state)
{
    (void)state;
    fixture fx;
    open_src(&fx, "rule r when x then\n");
    diag_error(&fx.d, sp(1, 19, 1, 18), "expected a name, found end of file");
    assert_string_equal(printed(&fx), "t.guide:1:19: error: expected a name, found end of file\n"
                                      "rule r when x then\n"
                                      "                  ^\n");
    close_src(&fx);
}

static void diag__empty_file_at_1_1__empty_line_and_caret(void **state)
{
    (void)state;
    fixture fx;
    open_src(&fx, "");
    diag_error(&fx.d, sp(1, 1, 1, 0), "expected 'guideline' header");
    assert_string_equal(printed(&fx), "t.guide:1:1: error: expected 'guideline' header\n"
                                      "\n"
                                      "^\n");
    close_src(&fx);
}

static void diag__multiline_span__underlines_to_end_of_first_line(void **state)
{
    (void)state;
    fixture fx;
    open_src(&fx, "table t hit unique\n  | a || b |\nend\n");
    diag_error(&fx.d, sp(1, 7, 3, 3), "e");
    assert_string_equal(printed(&fx), "t.guide:1:7: error: e\n"
                                      "table t hit unique\n"
                                      "      ^~~~~~~~~~~~\n");
    close_src(&fx);
}

static void diag__hint_and_note__follow_the_error_and_are_not_counted(void **state)
{
    (void)state;
    fixture fx;
    open_src(&fx, "input x : bool\ninput x : bool\n");
    diag_error(&fx.d, sp(2, 7, 2, 7), "'x' is declared twice");
    diag_note(&fx.d, sp(1, 7, 1, 7), "first declared here");
    diag_hint(&fx.d, "rename one of them");
    assert_string_equal(printed(&fx), "t.guide:2:7: error: 'x' is declared twice\n"
                                      "input x : bool\n"
                                      "      ^\n"
                                      "t.guide:1:7: note: first declared here\n"
                                      "input x : bool\n"
                                      "      ^\n"
                                      "hint: rename one of them\n");
    assert_int_equal(fx.d.errors, 1);
    assert_int_equal(fx.d.warnings, 0);
    close_src(&fx);
}

static void diag__warning__counted_as_warning(void **state)
{
    (void)state;
    fixture fx;
    open_src(&fx, "test \"t\"\n");
    diag_warning(&fx.d, sp(1, 1, 1, 4), "test \"%s\" expects nothing", "t");
    diag_at(&fx.d, DIAG_WARNING, sp(1, 6, 1, 8), "again");
    assert_string_equal(printed(&fx), "t.guide:1:1: warning: test \"t\" expects nothing\n"
                                      "test \"t\"\n"
                                      "^~~~\n"
                                      "t.guide:1:6: warning: again\n"
                                      "test \"t\"\n"
                                      "     ^~~\n");
    assert_int_equal(fx.d.errors, 0);
    assert_int_equal(fx.d.warnings, 2);
    close_src(&fx);
}

static void diag__line_zero__no_location_no_source(void **state)
{
    (void)state;
    fixture fx;
    open_src(&fx, "x\n");
    diag_error(&fx.d, sp(0, 0, 0, 0), "no tests");
    assert_string_equal(printed(&fx), "t.guide: error: no tests\n");
    close_src(&fx);
}

static void diag__color__ansi_codes_only_when_asked(void **state)
{
    (void)state;
    fixture fx;
    open_src(&fx, "x\n");
    fx.d.color = 1;
    diag_error(&fx.d, sp(1, 1, 1, 1), "e");
    assert_non_null(strstr(printed(&fx), "\033[1;31merror:"));
    assert_non_null(strstr(printed(&fx), "\033[1;32m^"));
    close_src(&fx);

    open_src(&fx, "x\n");
    diag_error(&fx.d, sp(1, 1, 1, 1), "e");
    assert_null(strchr(printed(&fx), '\033'));
    close_src(&fx);
}

static void src_from_string__invalid_utf8__rejected_with_line_and_column(void **state)
{
    (void)state;
    src_file f;
    strbuf err = STRBUF_INIT;
    const char text[] = "ok\nab\xE9z\n";
    assert_int_not_equal(src_from_string(&f, "t.guide", text, sizeof text - 1, &err), 0);
    /* the source line, the bad byte shown as \xE9, a caret under it */
    assert_string_equal(sb_str(&err), "t.guide:2:3: error: invalid UTF-8 (byte 0xE9)\nab\\xE9z\n  ^~~~");
    sb_free(&err);
}

static void src_from_string__nul_byte__rejected_with_line_and_column(void **state)
{
    (void)state;
    src_file f;
    strbuf err = STRBUF_INIT;
    const char text[] = "é\0x";
    assert_int_not_equal(src_from_string(&f, "t.guide", text, sizeof text - 1, &err), 0);
    assert_string_equal(sb_str(&err), "t.guide:1:2: error: NUL byte in the source file\né\\x00x\n ^~~~");
    sb_free(&err);
}

static void src_from_string__bad_byte_under_long_path__whole_path_and_line(void **state)
{
    (void)state;
    src_file f;
    strbuf err = STRBUF_INIT;
    char path[4000]; /* past the 2 KiB buffer the message once overran */
    memset(path, 'p', sizeof path - 1);
    path[sizeof path - 1] = '\0';
    char text[3000];
    memset(text, 'x', sizeof text);
    text[sizeof text - 1] = '\xFF';
    assert_int_not_equal(src_from_string(&f, path, text, sizeof text, &err), 0);
    const char *m = sb_str(&err);
    assert_memory_equal(m, path, sizeof path - 1);
    assert_string_equal(m + sizeof path - 1 + strlen(":1:3000: error: invalid UTF-8 (byte 0xFF)\n")
                            + sizeof text - 1 + strlen("\\xFF\n") + sizeof text - 1,
                        "^~~~");
    sb_free(&err);
}

static void src_from_string__overlong_and_surrogate__rejected(void **state)
{
    (void)state;
    src_file f;
    strbuf err = STRBUF_INIT;
    assert_int_not_equal(src_from_string(&f, "t", "\xC0\xAF", 2, &err), 0);
    assert_int_not_equal(src_from_string(&f, "t", "\xED\xA0\x80", 3, &err), 0);
    assert_int_not_equal(src_from_string(&f, "t", "\xF4\x90\x80\x80", 4, &err), 0);
    assert_int_not_equal(src_from_string(&f, "t", "\xE2\x89", 2, &err), 0);
    assert_int_equal(src_from_string(&f, "t", "\xF0\x9F\x98\x80", 4, &err), 0);
    src_free(&f);
    sb_free(&err);
}

static void src_line__lines_without_newline_or_cr(void **state)
{
    (void)state;
    src_file f;
    strbuf err = STRBUF_INIT;
    const char *text = "one\r\ntwo\nthree";
    assert_int_equal(src_from_string(&f, "t", text, strlen(text), &err), 0);
    assert_int_equal(f.nlines, 3);
    int len;
    const char *l = src_line(&f, 1, &len);
    assert_int_equal(len, 3);
    assert_memory_equal(l, "one", 3);
    l = src_line(&f, 3, &len);
    assert_int_equal(len, 5);
    assert_memory_equal(l, "three", 5);
    src_line(&f, 4, &len);
    assert_int_equal(len, 0);
    src_line(&f, 0, &len);
    assert_int_equal(len, 0);
    src_free(&f);
}

static void src_load__file_on_disk__text_and_lines(void **state)
{
    (void)state;
    char path[] = "/tmp/test_diag_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    const char *text = "guideline g \"t\"\n  version \"1\"\n";
    assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    src_file f;
    strbuf err = STRBUF_INIT;
    assert_int_equal(src_load(&f, path, &err), 0);
    assert_int_equal(f.len, strlen(text));
    assert_string_equal(f.text, text);
    assert_int_equal(f.nlines, 3);
    assert_int_equal(f.line_start[1], 16);
    src_free(&f);
    unlink(path);
}

static void src_load__missing_file__error_names_the_path(void **state)
{
    (void)state;
    src_file f;
    strbuf err = STRBUF_INIT;
    assert_int_not_equal(src_load(&f, "/nonexistent/x.guide", &err), 0);
    assert_string_equal(sb_str(&err), "/nonexistent/x.guide: error: cannot open: No such file or directory");
    sb_free(&err);
}

static void diag_edit_distance__levenshtein(void **state)
{
    (void)state;
    assert_int_equal(guide_edit_distance("", ""), 0);
    assert_int_equal(guide_edit_distance("abc", ""), 3);
    assert_int_equal(guide_edit_distance("", "ab"), 2);
    assert_int_equal(guide_edit_distance("kitten", "sitting"), 3);
    assert_int_equal(guide_edit_distance("stomach", "stomack"), 1);
    assert_int_equal(guide_edit_distance("size_cm", "sizecm"), 1);
    assert_int_equal(guide_edit_distance("ab", "ba"), 2);
    char a[200], b[200];
    memset(a, 'x', 150);
    a[150] = '\0';
    memset(b, 'x', 149);
    b[149] = 'y';
    b[150] = '\0';
    assert_int_equal(guide_edit_distance(a, b), 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(diag__error__location_message_line_and_caret),
        cmocka_unit_test(diag__span__tildes_to_last_column),
        cmocka_unit_test(diag__tabs_before_span__caret_line_copies_tabs),
        cmocka_unit_test(diag__utf8_before_span__columns_count_code_points),
        cmocka_unit_test(diag__utf8_inside_span__one_tilde_per_code_point),
        cmocka_unit_test(diag__zero_width_span__single_caret_after_text),
        cmocka_unit_test(diag__empty_file_at_1_1__empty_line_and_caret),
        cmocka_unit_test(diag__multiline_span__underlines_to_end_of_first_line),
        cmocka_unit_test(diag__hint_and_note__follow_the_error_and_are_not_counted),
        cmocka_unit_test(diag__warning__counted_as_warning),
        cmocka_unit_test(diag__line_zero__no_location_no_source),
        cmocka_unit_test(diag__color__ansi_codes_only_when_asked),
        cmocka_unit_test(src_from_string__invalid_utf8__rejected_with_line_and_column),
        cmocka_unit_test(src_from_string__nul_byte__rejected_with_line_and_column),
        cmocka_unit_test(src_from_string__bad_byte_under_long_path__whole_path_and_line),
        cmocka_unit_test(src_from_string__overlong_and_surrogate__rejected),
        cmocka_unit_test(src_line__lines_without_newline_or_cr),
        cmocka_unit_test(src_load__file_on_disk__text_and_lines),
        cmocka_unit_test(src_load__missing_file__error_names_the_path),
        cmocka_unit_test(diag_edit_distance__levenshtein),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
