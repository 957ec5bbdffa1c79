/* test_jsonw.c — the streaming JSON writer of libguide (runtime/jsonw.c) against jansson: for
 * the same values it must write the bytes json_dumpf(JSON_COMPACT | JSON_REAL_PRECISION(15))
 * writes, which is what results were before the writer and what tools may have pinned. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "jsonw.h"

/* The line the writer gives (without its newline), in a string the caller frees. */
static char *written(jw *w)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    assert_int_equal(jw_flush_line(w, f), 0);
    fclose(f);
    assert_true(len > 0 && buf[len - 1] == '\n');
    buf[len - 1] = '\0';
    return buf;
}

static char *dumped(json_t *j)
{
    char *s = json_dumps(j, JSON_COMPACT | JSON_REAL_PRECISION(15) | JSON_ENCODE_ANY);
    assert_non_null(s);
    json_decref(j);
    return s;
}

/* jansson's value for a string as results gave it: bytes that are not UTF-8 become '?'. */
static json_t *jansson_string(const char *s)
{
    json_t *j = json_string(s);
    if (j)
        return j;
    char *c = strdup(s);
    for (char *p = c; *p; p++)
        if ((unsigned char)*p >= 0x80)
            *p = '?';
    j = json_string(c);
    free(c);
    return j;
}

/* jansson's value for a number as results gave it. */
static json_t *jansson_number(double x)
{
    if (!isfinite(x))
        return json_null();
    if (x == floor(x) && fabs(x) < 9007199254740992.0)
        return json_integer((json_int_t)x);
    return json_real(x);
}

static void same_string(const char *s)
{
    jw w;
    jw_init(&w);
    jw_string(&w, s);
    char *mine = written(&w), *theirs = dumped(jansson_string(s));
    assert_string_equal(mine, theirs);
    free(mine);
    free(theirs);
}

static void same_number(double x)
{
    jw w;
    jw_init(&w);
    jw_number(&w, x);
    char *mine = written(&w), *theirs = dumped(jansson_number(x));
    assert_string_equal(mine, theirs);
    free(mine);
    free(theirs);
}

static void jsonw__strings__escaped_as_jansson(void **state)
{
    (void)state;
    static const char *const cases[] = {
        "", "plain", "§7.2 situation adjuvante", "quote \" and \\ backslash", "a/b",
        "tab\tnew\nline\r\b\f", "\x01\x1f\x7f", "é — “curly” €", "\xf0\x9f\x98\x80 emoji",
        "bad \xff byte", "lone \xc3", "overlong \xc0\xaf", "surrogate \xed\xa0\x80",
        "too big \xf4\x90\x80\x80", "truncated \xe2\x82", NULL};
    for (int i = 0; cases[i]; i++)
        same_string(cases[i]);
}

static void jsonw__random_strings__escaped_as_jansson(void **state)
{
    (void)state;
    static const char *const pieces[] = {"a", "Z", " ", "\"", "\\", "/", "\n", "\x01", "\x1f",
                                         "é", "€", "\xf0\x9f\x98\x80", "\xff", "\xc3", "\xed\xa0\x80",
                                         "\xe2\x82", "§"};
    unsigned s = 2009;
    for (int n = 0; n < 5000; n++) {
        char buf[128] = "";
        int len = (int)(s % 12);
        for (int k = 0; k < len; k++) {
            s = s * 1664525u + 1013904223u;
            strcat(buf, pieces[(s >> 16) % (sizeof pieces / sizeof *pieces)]);
        }
        s = s * 1664525u + 1013904223u;
        same_string(buf);
    }
}

static void jsonw__numbers__formatted_as_jansson(void **state)
{
    (void)state;
    static const double cases[] = {0, -0.0, 1, -1, 24, 1.9, 4.3, 0.1 + 0.2, 1e-7, 1e-300, 2.5e-5,
                                   123456789.123456789, 9007199254740991.0, 9007199254740992.0,
                                   1e20, -1e21, 1.7976931348623157e308, 5e-324, 1.0 / 3};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        same_number(cases[i]);
    same_number(NAN);
    same_number(INFINITY);
    same_number(-INFINITY);
    unsigned s = 7;
    for (int n = 0; n < 20000; n++) {
        s = s * 1664525u + 1013904223u;
        double mant = (double)(s >> 8) / (double)(1u << 24);
        s = s * 1664525u + 1013904223u;
        int e = (int)(s >> 16) % 80 - 40;
        same_number((s & 1 ? -1 : 1) * mant * pow(10, e));
        same_number(round(mant * 1000) / 10); /* percentages as rules write them */
    }
}

static void jsonw__nested__commas_and_keys_as_jansson(void **state)
{
    (void)state;
    jw w;
    jw_init(&w);
    jw_open_object(&w);
    jw_key(&w, "id");
    jw_string(&w, "p17");
    jw_key(&w, "empty");
    jw_open_object(&w);
    jw_close_object(&w);
    jw_key(&w, "list");
    jw_open_array(&w);
    jw_integer(&w, 6);
    jw_number(&w, 12.5);
    jw_open_array(&w);
    jw_close_array(&w);
    jw_open_object(&w);
    jw_key(&w, "b");
    jw_bool(&w, 0);
    jw_key(&w, "n");
    jw_null(&w);
    jw_close_object(&w);
    jw_close_array(&w);
    jw_key(&w, "t");
    jw_bool(&w, 1);
    jw_close_object(&w);
    char *mine = written(&w);
    json_t *j = json_pack("{s:s,s:{},s:[i,f,[],{s:b,s:n}],s:b}", "id", "p17", "empty", "list", 6,
                          12.5, "b", 0, "n", "t", 1);
    char *theirs = dumped(j);
    assert_string_equal(mine, theirs);
    free(mine);
    free(theirs);
}

static void jsonw__long_line__grows_past_the_stack_buffer(void **state)
{
    (void)state;
    jw w;
    jw_init(&w);
    json_t *a = json_array();
    jw_open_array(&w);
    for (int i = 0; i < 3000; i++) {
        jw_string(&w, "miettinen_risk");
        json_array_append_new(a, json_string("miettinen_risk"));
    }
    jw_close_array(&w);
    char *mine = written(&w), *theirs = dumped(a);
    assert_true(strlen(mine) > JW_STACK);
    assert_string_equal(mine, theirs);
    free(mine);
    free(theirs);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(jsonw__strings__escaped_as_jansson),
        cmocka_unit_test(jsonw__random_strings__escaped_as_jansson),
        cmocka_unit_test(jsonw__numbers__formatted_as_jansson),
        cmocka_unit_test(jsonw__nested__commas_and_keys_as_jansson),
        cmocka_unit_test(jsonw__long_line__grows_past_the_stack_buffer),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
