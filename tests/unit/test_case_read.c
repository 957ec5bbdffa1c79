/* test_case_read.c — reading cases: good records, every kind of bad one, and the buffer forms
 * (one pretty-printed object, JSON Lines with a bad line in the middle). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "case_value.h"
#include "fixture_ruleset.h"
#include "guide.h"

/* What one callback saw. */
typedef struct seen {
    int         record, line, error;
    char        id[32];    /* "" when f->id was NULL */
    char        field[128];
    char        message[512];
    guide_value val[FX_NVARS];
    uint8_t     known[FX_NVARS];
} seen;

typedef struct collector {
    seen n[8];
    int  count;
    int  stop_after; /* return nonzero after this many callbacks (0: never) */
} collector;

static int collect(void *ctx, guide_frame *f, const guide_case_error *err, int record, int line)
{
    collector *c = ctx;
    assert_true(c->count < 8);
    seen *s = &c->n[c->count++];
    memset(s, 0, sizeof *s);
    s->record = record;
    s->line = line;
    s->error = err != NULL;
    assert_non_null(f);
    if (f->id)
        snprintf(s->id, sizeof s->id, "%s", f->id);
    if (err) {
        snprintf(s->field, sizeof s->field, "%s", err->field);
        snprintf(s->message, sizeof s->message, "%s", err->message);
    } else {
        memcpy(s->val, f->val, sizeof s->val);
        memcpy(s->known, f->known, sizeof s->known);
    }
    return c->stop_after && c->count >= c->stop_after;
}

static int read_text(const char *text, collector *c)
{
    memset(c, 0, sizeof *c);
    return guide_read_cases(&fx_ruleset, text, strlen(text), collect, c);
}

/* Reads one record that must fail, and checks its field and message. */
static void bad_case(const char *text, const char *field, const char *message)
{
    collector c;
    assert_int_equal(read_text(text, &c), 1);
    assert_int_equal(c.count, 1);
    assert_true(c.n[0].error);
    assert_string_equal(c.n[0].field, field);
    assert_string_equal(c.n[0].message, message);
}

/* Reads one record that must succeed. */
static seen good_case(const char *text)
{
    collector c;
    assert_int_equal(read_text(text, &c), 0);
    assert_int_equal(c.count, 1);
    if (c.n[0].error)
        fail_msg("%s", c.n[0].message);
    return c.n[0];
}

static void read_cases__pretty_printed_object__one_case_with_values(void **state)
{
    (void)state;
    collector c;
    const char *text = "\n"
                       "{\n"
                       "  \"id\": \"p17\",\n"
                       "  \"location\": \"jejunum\",\n"
                       "  \"size_cm\": 12,\n"
                       "  \"mitoses_per_5mm2\": 3.5,\n"
                       "  \"previous_lines\": 2,\n"
                       "  \"tumor_rupture\": false,\n"
                       "  \"years_since_surgery\": 1.5\n"
                       "}\n";
    assert_int_equal(read_text(text, &c), 0);
    assert_int_equal(c.count, 1);
    seen *s = &c.n[0];
    assert_false(s->error);
    assert_int_equal(s->record, 1);
    assert_int_equal(s->line, 2);
    assert_string_equal(s->id, "p17");
    for (int v = 0; v < 6; v++)
        assert_int_equal(s->known[v], 1);
    assert_int_equal(s->val[FX_LOCATION].label, 1);
    assert_true(s->val[FX_SIZE_CM].num == 12);
    assert_true(s->val[FX_MITOSES].num == 3.5);
    assert_true(s->val[FX_LINES].num == 2);
    assert_int_equal(s->val[FX_RUPTURE].b, 0);
    assert_true(s->val[FX_YEARS].num == 1.5);
    for (int v = FX_SITE; v < FX_NVARS; v++)
        assert_int_equal(s->known[v], 0);
}

static void read_cases__absent_or_null__unknown(void **state)
{
    (void)state;
    seen s = good_case("{\"location\": null, \"tumor_rupture\": true, \"id\": null}");
    assert_string_equal(s.id, "");
    assert_int_equal(s.known[FX_LOCATION], 0);
    assert_int_equal(s.known[FX_SIZE_CM], 0);
    assert_int_equal(s.known[FX_RUPTURE], 1);
    assert_int_equal(s.val[FX_RUPTURE].b, 1);
}

static void read_cases__string_with_unit__converted_to_declared_unit(void **state)
{
    (void)state;
    seen s = good_case("{\"size_cm\": \"75 mm\", \"years_since_surgery\": \"18 months\", "
                       "\"mitoses_per_5mm2\": \"4 mitoses_per_5mm2\", \"previous_lines\": 3.0}");
    assert_true(s.val[FX_SIZE_CM].num == 7.5);
    assert_true(s.val[FX_YEARS].num == 1.5);
    assert_true(s.val[FX_MITOSES].num == 4);
    assert_true(s.val[FX_LINES].num == 3);
    s = good_case("{\"size_cm\": \"7.5cm\", \"years_since_surgery\": \"12 months\"}");
    assert_true(s.val[FX_SIZE_CM].num == 7.5);
    assert_true(s.val[FX_YEARS].num == 1);
}

static void read_cases__jsonl_with_bad_line__one_callback_per_line(void **state)
{
    (void)state;
    collector c;
    const char *text = "{\"id\": \"a\", \"size_cm\": 3}\n"
                       "{\"id\": \"b\", \"size_cm\": 3, oops}\n"
                       "\n"
                       "{\"id\": \"c\", \"location\": \"colon\"}\n"
                       "{\"id\": \"d\", \"location\": \"ileum\"}\n";
    assert_int_equal(read_text(text, &c), 2);
    assert_int_equal(c.count, 4);
    for (int i = 0; i < 4; i++)
        assert_int_equal(c.n[i].record, i + 1);
    assert_false(c.n[0].error);
    assert_string_equal(c.n[0].id, "a");
    assert_int_equal(c.n[0].line, 1);
    assert_true(c.n[1].error);
    assert_int_equal(c.n[1].line, 2);
    assert_string_equal(c.n[1].id, "");
    assert_string_equal(c.n[1].field, "");
    assert_string_equal(c.n[1].message,
                        "invalid JSON at line 2, column 30: string or '}' expected near 'oops'");
    assert_true(c.n[2].error);
    assert_int_equal(c.n[2].line, 4);
    assert_string_equal(c.n[2].id, "c");
    assert_string_equal(c.n[2].field, "location");
    assert_false(c.n[3].error);
    assert_int_equal(c.n[3].line, 5);
    assert_string_equal(c.n[3].id, "d");
    assert_int_equal(c.n[3].val[FX_LOCATION].label, 2);
}

static void read_cases__unterminated_record__next_line_still_read(void **state)
{
    (void)state;
    collector c;
    assert_int_equal(read_text("{\"id\": \"a\", \"size_cm\": 3\n{\"id\": \"b\"}\n", &c), 1);
    assert_int_equal(c.count, 2);
    assert_true(c.n[0].error);
    assert_string_equal(c.n[0].message,
                        "invalid JSON at line 2, column 1: '}' expected near '{'");
    assert_false(c.n[1].error);
    assert_string_equal(c.n[1].id, "b");
    assert_int_equal(c.n[1].line, 2);
}

static void read_cases__values_on_one_line__each_a_record(void **state)
{
    (void)state;
    collector c;
    assert_int_equal(read_text("{\"id\": \"x\"} {\"id\": \"é\" x}\n{\"id\": \"y\"}", &c), 1);
    assert_int_equal(c.count, 3);
    assert_false(c.n[0].error);
    /* The column counts code points, from the start of the line. */
    assert_string_equal(c.n[1].message,
                        "invalid JSON at line 1, column 24: '}' expected near 'x'");
    assert_int_equal(c.n[1].line, 1);
    assert_false(c.n[2].error);
    assert_int_equal(c.n[2].line, 2);
}

static void read_cases__empty_buffer__no_callback(void **state)
{
    (void)state;
    collector c;
    assert_int_equal(read_text("", &c), 0);
    assert_int_equal(c.count, 0);
    assert_int_equal(read_text(" \n\t\r\n ", &c), 0);
    assert_int_equal(c.count, 0);
}

static void read_cases__callback_returns_nonzero__stops(void **state)
{
    (void)state;
    collector c;
    memset(&c, 0, sizeof c);
    c.stop_after = 1;
    const char *text = "{}\n{}\n{}\n";
    assert_int_equal(guide_read_cases(&fx_ruleset, text, strlen(text), collect, &c), 0);
    assert_int_equal(c.count, 1);
}

static void read_cases__unknown_key__error_with_hint(void **state)
{
    (void)state;
    bad_case("{\"sise_cm\": 3}", "sise_cm",
             "\"sise_cm\": not an input of gist (did you mean size_cm?)");
    bad_case("{\"weight_kg\": 70}", "weight_kg", "\"weight_kg\": not an input of gist");
}

/* A record's members as two arrays, read without jansson (as the web page gives a case file). */
typedef struct table_record {
    const char    **keys;
    const rt_given *vals;
    size_t          n;
} table_record;

static int table_member(const rt_given *obj, const void **at, const char **key, rt_given *out)
{
    const table_record *t = obj->arr;
    size_t i = *at ? (size_t)((const rt_given *)*at - t->vals) + 1 : 0;
    if (i >= t->n)
        return 0;
    *at = &t->vals[i];
    *key = t->keys[i];
    *out = t->vals[i];
    return 1;
}

static void read_record__members_without_jansson__same_error_as_the_json_reader(void **state)
{
    (void)state;
    const char *keys[] = {"location", "sise_cm", "id"};
    const rt_given vals[] = {{.kind = RT_GIVEN_NUMBER, .num = 3},
                             {.kind = RT_GIVEN_NUMBER, .num = 3},
                             {.kind = RT_GIVEN_STRING, .str = "p1", .len = 2}};
    table_record t = {keys, vals, 3};
    rt_given rec = {.kind = RT_GIVEN_OBJECT, .len = 3, .arr = &t, .member = table_member};
    guide_frame *f = guide_frame_new(&fx_ruleset);
    assert_non_null(f);
    guide_case_error err;
    memset(&err, 0, sizeof err);
    strbuf why = STRBUF_INIT;
    assert_int_equal(rt_read_record(f, &rec, &why, &err), -1);
    collector c; /* the same record through jansson: the first error in the record's order wins */
    assert_int_equal(read_text("{\"location\": 3, \"sise_cm\": 3, \"id\": \"p1\"}", &c), 1);
    assert_string_equal(err.field, "location");
    assert_string_equal(err.field, c.n[0].field);
    assert_string_equal(err.message, c.n[0].message);
    assert_string_equal(f->id, "p1");
    assert_string_equal(c.n[0].id, "p1");
    sb_free(&why);
    guide_frame_free(f);
}

static void read_cases__derived_or_output_key__error(void **state)
{
    (void)state;
    bad_case("{\"miettinen_risk\": \"high\"}", "miettinen_risk",
             "\"miettinen_risk\": not an input of gist (it is an output); a case gives inputs "
             "only");
    bad_case("{\"site\": \"stomach\"}", "site",
             "\"site\": not an input of gist (it is a derived value); a case gives inputs only");
}

static void read_cases__non_string_id__error(void **state)
{
    (void)state;
    bad_case("{\"id\": 17, \"size_cm\": 3}", "id", "id: expected a string, got the number 17");
}

static void read_cases__error_after_id__id_given_to_callback(void **state)
{
    (void)state;
    collector c;
    assert_int_equal(read_text("{\"size_cm\": 300, \"id\": \"p9\"}", &c), 1);
    assert_string_equal(c.n[0].id, "p9");
}

static void read_cases__wrong_json_type__error(void **state)
{
    (void)state;
    bad_case("{\"tumor_rupture\": \"yes\"}", "tumor_rupture",
             "tumor_rupture: expected true or false, got the string \"yes\"");
    bad_case("{\"tumor_rupture\": 1}", "tumor_rupture",
             "tumor_rupture: expected true or false, got the number 1");
    bad_case("{\"size_cm\": true}", "size_cm", "size_cm: expected a number in cm, got true");
    bad_case("{\"previous_lines\": false}", "previous_lines",
             "previous_lines: expected an integer, got false");
    bad_case("{\"location\": 3}", "location",
             "location: expected a label (a string), got the number 3; declared labels: "
             "stomach, jejunum, ileum");
}

static void read_cases__undeclared_label__error_names_labels(void **state)
{
    (void)state;
    bad_case("{\"location\": \"jejunem\"}", "location",
             "location: \"jejunem\" is not a declared label (did you mean jejunum?); declared "
             "labels: stomach, jejunum, ileum");
    bad_case("{\"location\": \"colon\"}", "location",
             "location: \"colon\" is not a declared label; declared labels: stomach, jejunum, "
             "ileum");
}

static void read_cases__bool_as_string__error(void **state)
{
    (void)state;
    bad_case("{\"tumor_rupture\": \"true\"}", "tumor_rupture",
             "tumor_rupture: expected true or false, got the string \"true\"");
}

static void read_cases__out_of_range__error_gives_range_and_unit(void **state)
{
    (void)state;
    bad_case("{\"size_cm\": 150}", "size_cm",
             "size_cm: 150 is outside the declared range [0, 100] cm");
    bad_case("{\"size_cm\": -0.5}", "size_cm",
             "size_cm: -0.5 is outside the declared range [0, 100] cm");
    bad_case("{\"size_cm\": \"1.5 m\"}", "size_cm",
             "size_cm: \"1.5 m\" (150 cm) is outside the declared range [0, 100] cm");
    /* a known unit of the dimension converts, then meets the range (issue 22: it said
     * "unknown unit") */
    bad_case("{\"size_cm\": \"5 km\"}", "size_cm",
             "size_cm: \"5 km\" (500000 cm) is outside the declared range [0, 100] cm");
    bad_case("{\"previous_lines\": 21}", "previous_lines",
             "previous_lines: 21 is outside the declared range [0, 20]");
}

static void read_cases__non_integral_integer__error(void **state)
{
    (void)state;
    bad_case("{\"previous_lines\": 2.5}", "previous_lines",
             "previous_lines: 2.5 is not a whole number (previous_lines is an integer)");
}

static void read_cases__unit_of_other_dimension__error(void **state)
{
    (void)state;
    bad_case("{\"size_cm\": \"3 mg\"}", "size_cm",
             "size_cm: \"3 mg\" is in mg (mass), which cannot be converted to cm (length): give "
             "it in mm, cm, m or km");
    bad_case("{\"years_since_surgery\": \"3 cm\"}", "years_since_surgery",
             "years_since_surgery: \"3 cm\" is in cm (length), which cannot be converted to "
             "years (time): give it in days, day, weeks, week, months, month, years or year");
}

static void read_cases__unknown_unit__error(void **state)
{
    (void)state;
    bad_case("{\"size_cm\": \"3 inch\"}", "size_cm",
             "size_cm: unknown unit \"inch\" in \"3 inch\": give it in mm, cm, m or km");
}

static void read_cases__string_without_unit__error_says_give_the_unit(void **state)
{
    (void)state;
    bad_case("{\"size_cm\": \"7.5\"}", "size_cm",
             "size_cm: \"7.5\" has no unit: give the unit (\"7.5 cm\") or a JSON number");
    bad_case("{\"previous_lines\": \"3\"}", "previous_lines",
             "previous_lines: \"3\" is a string: give a JSON number (3)");
    bad_case("{\"size_cm\": \"big\"}", "size_cm",
             "size_cm: \"big\" is not a number with a unit (such as \"7.5 cm\")");
}

static void read_cases__non_finite_quantity__error(void **state)
{
    (void)state;
    bad_case("{\"size_cm\": \"1e999 mm\"}", "size_cm",
             "size_cm: \"1e999 mm\" is not a finite number");
}

/* The longest message of a quantity: a quote cut at 60 bytes (with "..."), two units with their
 * dimensions and the list of the target's units, all of it and nothing more. */
static void read_cases__long_quote_and_unit_list__message_whole(void **state)
{
    (void)state;
    const char *digits = "3.00000000000000000000000000000000000000000000000000000000";
    char rec[200];
    snprintf(rec, sizeof rec, "{\"years_since_surgery\": \"%s cm\"}", digits);
    const char *want =
        "years_since_surgery: \"3.00000000000000000000000000000000000000000000000000000000 "
        "c...\" is in cm (length), which cannot be converted to years (time): give it in "
        "days, day, weeks, week, months, month, years or year";
    bad_case(rec, "years_since_surgery", want);
    guide_frame *f = guide_frame_new(&fx_ruleset);
    guide_case_error err;
    char text[100];
    snprintf(text, sizeof text, "%s cm", digits);
    int v = guide_var_index(&fx_ruleset, "years_since_surgery");
    assert_int_equal(guide_read_text_value(f, v, text, strlen(text), &err), -1);
    assert_string_equal(err.field, "years_since_surgery");
    assert_string_equal(err.message, want);
    guide_frame_free(f);
}

/* guide_parse_quantity fills a buffer of any size: whole when the message fits, else cut at a
 * code point and marked with "..." (never a split character, never past the end). */
static void parse_quantity__small_buffer__cut_with_dots(void **state)
{
    (void)state;
    const char *want = "unknown unit \"\xc3\xa9t\xc3\xa9\" in \"3 \xc3\xa9t\xc3\xa9\": give it "
                       "in days, day, weeks, week, months, month, years or year";
    const guide_unit *years = guide_unit_find("years", NULL, 0);
    char big[512], small[19];
    double x;
    assert_int_equal(guide_parse_quantity(&fx_ruleset, "3 \xc3\xa9t\xc3\xa9", years, &x, big,
                                          sizeof big),
                     -1);
    assert_string_equal(big, want);
    memset(small, 'x', sizeof small);
    assert_int_equal(guide_parse_quantity(&fx_ruleset, "3 \xc3\xa9t\xc3\xa9", years, &x, small,
                                          sizeof small),
                     -1);
    /* 18 bytes: 15 of text, but the 15th is inside the "é", so 14, then "..." */
    assert_string_equal(small, "unknown unit \"...");
    assert_int_equal(guide_parse_quantity(&fx_ruleset, "3 years", years, &x, small, sizeof small),
                     0);
    assert_string_equal(small, "");
}

static void read_cases__object_or_array_value__error(void **state)
{
    (void)state;
    bad_case("{\"size_cm\": {\"value\": 3}}", "size_cm",
             "size_cm: expected a number in cm, got an object");
    bad_case("{\"location\": [\"jejunum\"]}", "location",
             "location: expected a label (a string), got an array; declared labels: stomach, "
             "jejunum, ileum");
}

static void read_cases__record_not_object__error(void **state)
{
    (void)state;
    bad_case("[1, 2]", "",
             "the record is an array, not a JSON object: a case is one object keyed by input "
             "name");
    bad_case("42", "",
             "the record is the number 42, not a JSON object: a case is one object keyed by "
             "input name");
}

static void read_cases__syntax_error__message_with_line_and_column(void **state)
{
    (void)state;
    bad_case("{\"size_cm\": 3, \"location\": tru}", "",
             "invalid JSON at line 1, column 30: invalid token near 'tru'");
    bad_case("{\"size_cm\": 3, \"size_cm\": 4}", "",
             "invalid JSON at line 1, column 24: duplicate object key near '\"size_cm\"'");
}

/* Reading resumes on the line after the one the bad record started on (one result per line in
 * JSON Lines), so the rest of a broken pretty-printed object gives further error records: the
 * first one points at the real mistake. */
static void read_cases__syntax_error_in_pretty_object__first_error_points_at_it(void **state)
{
    (void)state;
    collector c;
    int n = read_text("{\n  \"size_cm\": 3,\n  \"location\": tru\n}\n", &c);
    assert_int_equal(n, c.count);
    assert_true(c.n[0].error);
    assert_int_equal(c.n[0].line, 1);
    assert_string_equal(c.n[0].message,
                        "invalid JSON at line 3, column 17: invalid token near 'tru'");
}

/* A NUL byte ends jansson's text: an object cut there must not pass for a whole one. The record
 * holding it is an error, and reading goes on with the next line. */
static void read_cases__nul_byte__error_and_the_next_line_read(void **state)
{
    (void)state;
    static const char text[] = "{\"id\": \"a\", \"size_cm\": 3\0}\n{\"id\": \"b\"}\n";
    collector c;
    memset(&c, 0, sizeof c);
    guide_read_cases(&fx_ruleset, text, sizeof text - 1, collect, &c);
    assert_int_equal(c.count, 2);
    assert_true(c.n[0].error);
    assert_string_equal(c.n[0].message,
                        "invalid JSON at line 1, column 25: a NUL byte; a case is JSON text");
    assert_false(c.n[1].error);
    assert_string_equal(c.n[1].id, "b");

    guide_frame *f = guide_frame_new(&fx_ruleset);
    guide_case_error err;
    assert_int_equal(guide_read_case(f, text, 27, 4, &err), -1);
    assert_string_equal(err.message, "invalid JSON at line 4, column 25: a NUL byte; a case is JSON text");
    guide_frame_free(f);
}

/* One record through guide_read_case (its fast path, or jansson when that gives up) and through
 * guide_read_cases (jansson always): the same frame, or the same error. Syntax errors are only
 * required to be errors in both: their positions are counted per buffer. */
static int oracle_cb(void *ctx, guide_frame *f, const guide_case_error *err, int record, int line)
{
    (void)record, (void)line;
    collector *c = ctx;
    if (c->count++)
        return 0; /* the first value is the one compared */
    seen *s = &c->n[0];
    memset(s, 0, sizeof *s);
    s->error = err != NULL;
    if (err) {
        snprintf(s->field, sizeof s->field, "%s", err->field);
        snprintf(s->message, sizeof s->message, "%s", err->message);
    } else {
        snprintf(s->id, sizeof s->id, "%s", f->id ? f->id : "");
        memcpy(s->val, f->val, sizeof s->val);
        memcpy(s->known, f->known, sizeof s->known);
    }
    return 0;
}

static void same_as_jansson(guide_frame *f, const char *rec)
{
    collector c = {0};
    guide_read_cases(&fx_ruleset, rec, strlen(rec), oracle_cb, &c);
    const seen *want = &c.n[0];
    guide_case_error err;
    int bad = guide_read_case(f, rec, strlen(rec), 1, &err) < 0;
    if (c.count != 1) { /* more than one value on the line: not one case */
        if (!bad)
            fail_msg("%s: read as one case, but it holds %d values", rec, c.count);
        return;
    }
    if (bad != want->error)
        fail_msg("%s: read_case %s, read_cases %s", rec, bad ? err.message : "ok",
                 want->error ? want->message : "ok");
    if (bad) {
        if (strncmp(err.message, "invalid JSON", 12) == 0 &&
            strncmp(want->message, "invalid JSON", 12) == 0)
            return;
        assert_string_equal(err.field, want->field);
        assert_string_equal(err.message, want->message);
        return;
    }
    assert_string_equal(f->id ? f->id : "", want->id);
    for (int v = 0; v < FX_NVARS; v++) {
        assert_int_equal(f->known[v], want->known[v]);
        if (f->known[v])
            assert_memory_equal(&f->val[v], &want->val[v], sizeof f->val[v]);
    }
}

static void read_case__random_records__same_as_jansson(void **state)
{
    (void)state;
    static const char *const keys[] = {"id", "location", "size_cm", "mitoses_per_5mm2",
                                       "previous_lines", "tumor_rupture", "years_since_surgery",
                                       "site", "miettinen_risk", "bogus", "Location"};
    static const char *const vals[] = {
        "\"stomach\"", "\"jejunum\"", "\"stomak\"", "\"\"", "3", "3.5", "-0", "-0.0", "0.0",
        "1e2", "1E+1", "2.5e-3", "1e400", "-1", "101", "1000", "20", "21", "7.5",
        "12345678901234567890", "123456789012345678", "true", "false", "null", "\"35 mm\"",
        "\"3 mg\"", "[1]", "{}", "{\"a\": 1}", "01", "1.", ".5", "+1", "-", "\"a\\\"b\"",
        "\"\u00e9\"", "\"\\u0041\"", "\"p17\"", "nul", "tru", "\"unterminated"};
    guide_frame *f = guide_frame_new(&fx_ruleset);
    unsigned s = 2009;
#define NEXT() (s = s * 1664525u + 1013904223u, s >> 16)
    for (int n = 0; n < 20000; n++) {
        char rec[512];
        size_t len = 0;
        int nkeys = (int)(NEXT() % 5);
        const char *sp = NEXT() % 3 ? "" : " \t";
        len += (size_t)snprintf(rec + len, sizeof rec - len, "%s{", sp);
        for (int k = 0; k < nkeys; k++) {
            const char *key = keys[NEXT() % (sizeof keys / sizeof *keys)];
            const char *val = vals[NEXT() % (sizeof vals / sizeof *vals)];
            len += (size_t)snprintf(rec + len, sizeof rec - len, "%s%s\"%s\"%s:%s%s", k ? "," : "",
                                    sp, key, sp, sp, val);
        }
        switch (NEXT() % 12) {
        case 0: len += (size_t)snprintf(rec + len, sizeof rec - len, ",}"); break;
        case 1: len += (size_t)snprintf(rec + len, sizeof rec - len, "} x"); break;
        case 2: break; /* no closing brace */
        default: len += (size_t)snprintf(rec + len, sizeof rec - len, "}%s", sp); break;
        }
        same_as_jansson(f, rec);
    }
#undef NEXT
    guide_frame_free(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(read_cases__pretty_printed_object__one_case_with_values),
        cmocka_unit_test(read_cases__absent_or_null__unknown),
        cmocka_unit_test(read_cases__string_with_unit__converted_to_declared_unit),
        cmocka_unit_test(read_cases__jsonl_with_bad_line__one_callback_per_line),
        cmocka_unit_test(read_cases__unterminated_record__next_line_still_read),
        cmocka_unit_test(read_cases__values_on_one_line__each_a_record),
        cmocka_unit_test(read_cases__empty_buffer__no_callback),
        cmocka_unit_test(read_cases__callback_returns_nonzero__stops),
        cmocka_unit_test(read_cases__unknown_key__error_with_hint),
        cmocka_unit_test(read_cases__derived_or_output_key__error),
        cmocka_unit_test(read_cases__non_string_id__error),
        cmocka_unit_test(read_cases__error_after_id__id_given_to_callback),
        cmocka_unit_test(read_cases__wrong_json_type__error),
        cmocka_unit_test(read_cases__undeclared_label__error_names_labels),
        cmocka_unit_test(read_cases__bool_as_string__error),
        cmocka_unit_test(read_cases__out_of_range__error_gives_range_and_unit),
        cmocka_unit_test(read_cases__non_integral_integer__error),
        cmocka_unit_test(read_cases__unit_of_other_dimension__error),
        cmocka_unit_test(read_cases__unknown_unit__error),
        cmocka_unit_test(read_cases__string_without_unit__error_says_give_the_unit),
        cmocka_unit_test(read_cases__non_finite_quantity__error),
        cmocka_unit_test(read_cases__long_quote_and_unit_list__message_whole),
        cmocka_unit_test(parse_quantity__small_buffer__cut_with_dots),
        cmocka_unit_test(read_cases__object_or_array_value__error),
        cmocka_unit_test(read_cases__record_not_object__error),
        cmocka_unit_test(read_cases__syntax_error__message_with_line_and_column),
        cmocka_unit_test(read_cases__syntax_error_in_pretty_object__first_error_points_at_it),
        cmocka_unit_test(read_cases__nul_byte__error_and_the_next_line_read),
        cmocka_unit_test(read_case__random_records__same_as_jansson),
        cmocka_unit_test(read_record__members_without_jansson__same_error_as_the_json_reader),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
