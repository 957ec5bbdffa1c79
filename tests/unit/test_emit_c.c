/* test_emit_c.c — the C backend's text: reproducible, names made C identifiers without clashes,
 * numbers exact, tables looked up only when small enough. (That the generated code computes
 * what the interpreter computes is tests/diff's job.) */
#include "compile_fixture.h"

#include "emit_c.h"

/* The generated source and header of src, as strings (freed by the caller). */
static void emit(const char *src, char **c, char **h)
{
    fixture fx;
    fx_compile(&fx, src, 0);
    assert_int_equal(fx.d.errors, 0);
    size_t clen, hlen;
    FILE *cf = open_memstream(c, &clen), *hf = open_memstream(h, &hlen);
    assert_int_equal(emitc_write(fx.ir, cf, hf), 0);
    fclose(cf);
    fclose(hf);
    fx_free(&fx);
}

static const char *const small_src =
    "guideline g \"t\" version \"1\" source \"s\"\n"
    "input site : enum { a, b }\n"
    "input size_cm : cm in [0, 100]\n"
    "input double : bool\n"
    "output state : enum { low, high }\n"
    "output pct : % in [0, 100]\n"
    "output dose : enum { 50mg, 37.5mg }\n"
    "table t cites \"§1\" hit unique\n"
    "  | size_cm | site || state | pct   |\n"
    "  | <= 0.1  | -    || low   | 1.9 % |\n"
    "  | > 0.1   | a    || high  | ND    |\n"
    "  | > 0.1   | b    || high  | 12 %  |\n"
    "end\n"
    "rule r cites \"§2 ?\?= */ /*\" when double unless state == high then dose = 37.5mg\n";

static void emitc__same_rules__same_bytes(void **state)
{
    char *c1, *h1, *c2, *h2;
    emit(small_src, &c1, &h1);
    emit(small_src, &c2, &h2);
    assert_string_equal(c1, c2);
    assert_string_equal(h1, h2);
    free(c1);
    free(h1);
    free(c2);
    free(h2);
}

static void emitc__names_not_c_identifiers__made_identifiers(void **state)
{
    char *c, *h;
    emit(small_src, &c, &h);
    /* a label with a dot, a field named after a C keyword and one named like a struct member */
    assert_non_null(strstr(h, "g_dose_37_5mg = 1"));
    assert_non_null(strstr(h, "double_;"));
    assert_non_null(strstr(h, "state_;")); /* not the state[] array */
    assert_non_null(strstr(h, "guide_output state[3];"));
    /* the label itself is kept for the reader and the printers */
    assert_non_null(strstr(c, "\"37.5mg\""));
    free(c);
    free(h);
}

static void emitc__numbers__exact_and_short(void **state)
{
    char *c, *h;
    emit(small_src, &c, &h);
    assert_non_null(strstr(c, "{.num = 1.9}"));
    assert_non_null(strstr(c, "cell += (x > 0.1) + (x >= 0.1);"));
    assert_non_null(strstr(c, "-HUGE_VAL, HUGE_VAL")); /* a variable without a range */
    free(c);
    free(h);
}

static void emitc__citation_with_comment_marks__comments_stay_closed(void **state)
{
    char *c, *h;
    emit(small_src, &c, &h);
    /* in a string: the trigraph is broken by an escape; in comments: the marks are split */
    assert_non_null(strstr(c, "\"\\302\\2472 ?\\?= */ /*\""));
    assert_null(strstr(c, "?\?="));
    assert_non_null(strstr(c, "(§2 ? ?= * / / *)"));
    free(c);
    free(h);
}

static void emitc__small_table__lookup_with_answers(void **state)
{
    char *c, *h;
    emit(small_src, &c, &h);
    assert_non_null(strstr(c, "static int cells_t(eval_state *s)"));
    assert_non_null(strstr(c, "} combos_t[6] = {"));
    assert_non_null(strstr(c, "/* 5: size_cm > 0.1, site b -> state = high; pct = 12 % */"));
    assert_non_null(strstr(c, "return decode(s, V_state, combos_t[cell].ans[0], values, nulls);"));
    free(c);
    free(h);
}

static void emitc__huge_table__tested_row_by_row(void **state)
{
    /* 3 numeric columns with 8 cuts each: 17^3 = 4913 combinations, more than a lookup takes */
    char src[4096];
    size_t o = (size_t)snprintf(src, sizeof src,
                                "guideline g \"t\" version \"1\" source \"s\"\n"
                                "input x : number in [0, 100]\ninput y : number in [0, 100]\n"
                                "input z : number in [0, 100]\noutput r : enum { p, q }\n"
                                "table big cites \"§1\" hit first\n  | x | y | z || r |\n");
    for (int i = 1; i <= 8; i++)
        o += (size_t)snprintf(src + o, sizeof src - o, "  | < %d | < %d | < %d || p |\n", 10 * i,
                              10 * i + 1, 10 * i + 2);
    snprintf(src + o, sizeof src - o, "  | - | - | - || q |\nend\n");
    char *c, *h;
    emit(src, &c, &h);
    assert_null(strstr(c, "combos_big"));
    assert_non_null(strstr(c, "static void table_big(eval_state *s)"));
    assert_non_null(strstr(c, "first_row(s, 8,"));
    free(c);
    free(h);
}

static void emitc__unwritable_directory__error_names_the_file(void **state)
{
    fixture fx;
    fx_compile(&fx, small_src, 0);
    strbuf err = STRBUF_INIT;
    assert_int_not_equal(emitc_to_dir(fx.ir, "/nonexistent/dir", &err), 0);
    assert_non_null(strstr(sb_str(&err), "/nonexistent/dir/g.c"));
    sb_free(&err);
    fx_free(&fx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(emitc__same_rules__same_bytes),
        cmocka_unit_test(emitc__names_not_c_identifiers__made_identifiers),
        cmocka_unit_test(emitc__numbers__exact_and_short),
        cmocka_unit_test(emitc__citation_with_comment_marks__comments_stay_closed),
        cmocka_unit_test(emitc__small_table__lookup_with_answers),
        cmocka_unit_test(emitc__huge_table__tested_row_by_row),
        cmocka_unit_test(emitc__unwritable_directory__error_names_the_file),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
