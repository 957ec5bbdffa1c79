/* test_print.c — results, traces and case errors in JSON and text, for frames filled by hand;
 * and the text form of single values and of an undetermined output's possible answers. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture_frame.h"
#include "fixture_ruleset.h"
#include "guide.h"
#include "value_text.h"

/* Runs print into a string (freed by the caller). */
static char *printed(const guide_frame *f, const guide_trace *t, guide_format fmt, int trace,
                     int missing)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    assert_non_null(out);
    guide_print_opts o = {fmt, trace, missing, 0};
    guide_print_result(out, f, t, &o);
    fclose(out);
    return buf;
}

static void assert_printed(char *got, const char *want)
{
    if (strcmp(got, want) != 0)
        fprintf(stderr, "--- got:\n%s--- want:\n%s", got, want);
    assert_string_equal(got, want);
    free(got);
}

#define RULESET_JSON "\"ruleset\":{\"name\":\"gist\",\"version\":\"2022-11-07\",\"sha256\":\"" \
                     FX_SHA256 "\"}"

/* ---- JSON -------------------------------------------------------------------------------- */

static void print_json__filled_frame__exact_line(void **state)
{
    (void)state;
    guide_frame *f = p17();
    assert_printed(printed(f, NULL, GUIDE_FMT_JSON, 0, 0),
                   "{\"id\":\"p17\"," RULESET_JSON ","
                   "\"outputs\":{\"miettinen_risk\":\"high\",\"recurrence_pct\":null,"
                   "\"neoadjuvant_duration_months\":[6,12],\"staging_exams\":[\"ct\",\"mri\"]},"
                   "\"undetermined\":{\"adjuvant_imatinib\":[\"mitoses_per_5mm2\","
                   "\"tumor_rupture\"]},\"not_applicable\":[\"miettinen_few_cases\"],"
                   "\"possible\":{\"adjuvant_imatinib\":[\"recommended\",\"not_recommended\"]},"
                   "\"conflicts\":[\"next_line\"]}\n");
    guide_frame_free(f);
}

static void print_json__numbers__integral_as_integers(void **state)
{
    (void)state;
    guide_frame *f = guide_frame_new(&fx_ruleset);
    f->val[FX_RECURRENCE].num = 1.9;
    conclude(f, FX_RECURRENCE, GUIDE_HOW_DIRECT);
    f->val[FX_NEXT_LINE].num = 24;
    conclude(f, FX_NEXT_LINE, GUIDE_HOW_DIRECT);
    f->val[FX_FEW_CASES].b = 0;
    conclude(f, FX_FEW_CASES, GUIDE_HOW_DIRECT);
    f->val[FX_NEOADJ_MONTHS].range.lo = 0.5, f->val[FX_NEOADJ_MONTHS].range.hi = 30.4375;
    conclude(f, FX_NEOADJ_MONTHS, GUIDE_HOW_DIRECT);
    f->val[FX_EXAMS].set = 0;
    conclude(f, FX_EXAMS, GUIDE_HOW_DIRECT);
    assert_printed(printed(f, NULL, GUIDE_FMT_JSON, 0, 0),
                   "{" RULESET_JSON ",\"outputs\":{\"recurrence_pct\":1.9,"
                   "\"neoadjuvant_duration_months\":[0.5,30.4375],\"staging_exams\":[],"
                   "\"miettinen_few_cases\":false,\"next_line\":24},\"undetermined\":{},"
                   "\"not_applicable\":[\"miettinen_risk\",\"adjuvant_imatinib\"]}\n");
    guide_frame_free(f);
}

static void print_json__with_trace__events_in_order(void **state)
{
    (void)state;
    guide_frame *f = p17();
    guide_trace *t = p17_trace(16);
    assert_printed(
        printed(f, t, GUIDE_FMT_JSON, 1, 0),
        "{\"id\":\"p17\"," RULESET_JSON ","
        "\"outputs\":{\"miettinen_risk\":\"high\",\"recurrence_pct\":null,"
        "\"neoadjuvant_duration_months\":[6,12],\"staging_exams\":[\"ct\",\"mri\"]},"
        "\"undetermined\":{\"adjuvant_imatinib\":[\"mitoses_per_5mm2\",\"tumor_rupture\"]},"
        "\"not_applicable\":[\"miettinen_few_cases\"],"
        "\"possible\":{\"adjuvant_imatinib\":[\"recommended\",\"not_recommended\"]},"
        "\"conflicts\":[\"next_line\"],"
        "\"trace\":["
        "{\"table\":\"miettinen\",\"row\":1,\"cite\":\"§2.5\",\"line\":42,\"status\":\"not matched\","
        "\"values\":{\"location\":\"jejunum\",\"size_cm\":12,\"mitoses_per_5mm2\":null}},"
        "{\"table\":\"miettinen\",\"row\":2,\"column\":\"duodenum\",\"cite\":\"§2.5 ND\",\"line\":43,\"status\":\"matched\","
        "\"values\":{\"site\":\"small_bowel\",\"size_cm\":12,\"mitoses_per_5mm2\":null}},"
        "{\"output\":\"miettinen_risk\",\"decided\":\"search\",\"value\":\"high\","
        "\"without\":[\"mitoses_per_5mm2\"]},"
        "{\"output\":\"recurrence_pct\",\"decided\":\"direct\",\"value\":null},"
        "{\"rule\":\"adjuvant_imatinib\",\"cite\":\"§7.2\",\"line\":60,\"status\":\"undetermined\","
        "\"values\":{\"tumor_rupture\":null,\"miettinen_risk\":\"high\"}},"
        "{\"rule\":\"no_adjuvant\",\"cite\":\"§7.2 situation adjuvante\",\"line\":64,"
        "\"status\":\"excepted\",\"values\":{\"miettinen_risk\":\"high\",\"tumor_rupture\":null}},"
        "{\"output\":\"adjuvant_imatinib\",\"decided\":\"depends\","
        "\"possible\":[\"recommended\",\"not_recommended\"],"
        "\"ask\":[\"mitoses_per_5mm2\",\"tumor_rupture\"]},"
        "{\"output\":\"next_line\",\"decided\":\"direct\",\"state\":\"conflict\"},"
        "{\"output\":\"miettinen_few_cases\",\"decided\":\"direct\",\"state\":\"not applicable\"}"
        "]}\n");
    guide_trace_free(t);
    guide_frame_free(f);
}

/* Undetermined outputs whose answers include ND, not applicable, undetermined and conflict; one
 * with more answers than a line of text names; one its evaluator gave no answers for. */
static guide_frame *answers(void)
{
    guide_frame *f = guide_frame_new(&fx_ruleset);
    assert_non_null(f);
    undetermined(f, FX_RECURRENCE);
    set_possible(f, FX_RECURRENCE, 0);
    set_possible(f, FX_RECURRENCE, 2);
    set_possible(f, FX_RECURRENCE, 3);
    undetermined(f, FX_ADJUVANT);
    for (int k = 1; k < 5; k++)
        set_possible(f, FX_ADJUVANT, k);
    undetermined(f, FX_NEOADJ_MONTHS);
    set_possible(f, FX_NEOADJ_MONTHS, 0);
    set_possible(f, FX_NEOADJ_MONTHS, 1);
    undetermined(f, FX_EXAMS);
    set_possible(f, FX_EXAMS, 0);
    set_possible(f, FX_EXAMS, 1);
    undetermined(f, FX_FEW_CASES);
    undetermined(f, FX_NEXT_LINE);
    for (int k = 0; k < 10; k++)
        set_possible(f, FX_NEXT_LINE, k);
    return f;
}

static void print_json__possible_answers__values_null_and_states(void **state)
{
    (void)state;
    guide_frame *f = answers();
    assert_printed(printed(f, NULL, GUIDE_FMT_JSON, 0, 0),
                   "{" RULESET_JSON ",\"outputs\":{},"
                   "\"undetermined\":{\"recurrence_pct\":[],\"adjuvant_imatinib\":[],"
                   "\"neoadjuvant_duration_months\":[],\"staging_exams\":[],"
                   "\"miettinen_few_cases\":[],\"next_line\":[]},"
                   "\"not_applicable\":[\"miettinen_risk\"],"
                   "\"possible\":{\"recurrence_pct\":[24,null,{\"state\":\"not applicable\"}],"
                   "\"adjuvant_imatinib\":[\"not_recommended\",{\"state\":\"not applicable\"},"
                   "{\"state\":\"undetermined\"},{\"state\":\"conflict\"}],"
                   "\"neoadjuvant_duration_months\":[[6,12],{\"state\":\"not applicable\"}],"
                   "\"staging_exams\":[[\"ct\"],[\"ct\",\"mri\"]],"
                   "\"next_line\":[1,2,3,4,5,6,7,8,9,10]}}\n");
    guide_frame_free(f);
}

static void print_json__nothing_undetermined__no_possible_key(void **state)
{
    (void)state;
    guide_frame *f = guide_frame_new(&fx_ruleset);
    char *got = printed(f, NULL, GUIDE_FMT_JSON, 0, 0);
    assert_null(strstr(got, "possible"));
    free(got);
    guide_frame_free(f);
}

/* A fresh frame concludes nothing: every output is listed as not applicable, in order. */
static void print_json__nothing_concluded__every_output_not_applicable(void **state)
{
    (void)state;
    guide_frame *f = guide_frame_new(&fx_ruleset);
    char *got = printed(f, NULL, GUIDE_FMT_JSON, 0, 0);
    assert_non_null(strstr(got, "\"undetermined\":{},\"not_applicable\":[\"miettinen_risk\","
                                "\"recurrence_pct\",\"adjuvant_imatinib\""));
    free(got);
    guide_frame_free(f);
}

static void print_json__trace_overflow__marked_truncated(void **state)
{
    (void)state;
    guide_frame *f = p17();
    guide_trace *t = p17_trace(1);
    assert_int_equal(t->len, 1);
    assert_true(t->overflow);
    char *got = printed(f, t, GUIDE_FMT_JSON, 1, 0);
    assert_non_null(strstr(got, "\"status\":\"not matched\",\"values\":{\"location\":\"jejunum\","
                                "\"size_cm\":12,\"mitoses_per_5mm2\":null}}],"
                                "\"trace_truncated\":true}\n"));
    free(got);
    guide_trace_free(t);
    guide_frame_free(f);
}

static void print_case_error__json__error_record(void **state)
{
    (void)state;
    guide_case_error err = {"size_cm", "size_cm: 150 is outside the declared range [0, 100] cm"};
    guide_print_opts o = {GUIDE_FMT_JSON, 0, 0, 0};
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    guide_print_case_error(out, &fx_ruleset, "p9", &err, 3, 7, &o);
    guide_case_error bad = {"", "invalid JSON at line 8, column 2: invalid token near 'x'"};
    guide_print_case_error(out, &fx_ruleset, NULL, &bad, 4, 8, &o);
    fclose(out);
    assert_printed(buf, "{\"id\":\"p9\",\"error\":{\"field\":\"size_cm\",\"message\":\"size_cm: 150 is "
                        "outside the declared range [0, 100] cm\",\"record\":3,\"line\":7}}\n"
                        "{\"error\":{\"field\":null,\"message\":\"invalid JSON at line 8, column 2: "
                        "invalid token near 'x'\",\"record\":4,\"line\":8}}\n");
}

/* ---- Text -------------------------------------------------------------------------------- */

static void print_text__filled_frame__outputs_by_state(void **state)
{
    (void)state;
    guide_frame *f = p17();
    assert_printed(printed(f, NULL, GUIDE_FMT_TEXT, 0, 0),
                   "case p17 — gist 2022-11-07 (sha256 " FX_SHA256 ")\n"
                   "  miettinen_risk               high            decided without mitoses_per_5mm2 (any value): "
                   "each gives the same answer\n"
                   "  recurrence_pct               ND              the guideline gives no value\n"
                   "  neoadjuvant_duration_months  [6, 12] months\n"
                   "  staging_exams                {ct, mri}\n"
                   "  next_line                    conflict        rules concluded different values\n"
                   "  adjuvant_imatinib            undetermined    recommended or not_recommended\n");
    guide_frame_free(f);
}

static void print_text__missing__asks_listed(void **state)
{
    (void)state;
    guide_frame *f = p17();
    char *got = printed(f, NULL, GUIDE_FMT_TEXT, 0, 1);
    assert_non_null(strstr(got, "  adjuvant_imatinib            undetermined    recommended or "
                                "not_recommended; ask for mitoses_per_5mm2, tumor_rupture\n"));
    free(got);
    guide_frame_free(f);
}

static void print_text__with_trace__aligned_events(void **state)
{
    (void)state;
    guide_frame *f = p17();
    guide_trace *t = p17_trace(16);
    assert_printed(
        printed(f, t, GUIDE_FMT_TEXT, 1, 1),
        "case p17 — gist 2022-11-07 (sha256 " FX_SHA256 ")\n"
        "  miettinen_risk               high            decided without mitoses_per_5mm2 (any value): "
        "each gives the same answer\n"
        "  recurrence_pct               ND              the guideline gives no value\n"
        "  neoadjuvant_duration_months  [6, 12] months\n"
        "  staging_exams                {ct, mri}\n"
        "  next_line                    conflict        rules concluded different values\n"
        "  adjuvant_imatinib            undetermined    recommended or not_recommended; ask for "
        "mitoses_per_5mm2, tumor_rupture\n"
        "  miettinen_few_cases          not applicable\n"
        "  trace:\n"
        "    table miettinen row 1            not matched     cites \"§2.5\" (line 42)                    "
        "location = jejunum, size_cm = 12 cm, mitoses_per_5mm2 = unknown\n"
        "    table miettinen row 2, duodenum  matched         cites \"§2.5 ND\" (line 43)                 "
        "site = small_bowel, size_cm = 12 cm, mitoses_per_5mm2 = unknown\n"
        "    output miettinen_risk            decided         = high, decided without mitoses_per_5mm2 (any value): "
        "each gives the same answer\n"
        "    output recurrence_pct            decided         = ND\n"
        "    rule adjuvant_imatinib           undetermined    cites \"§7.2\" (line 60)                    "
        "tumor_rupture = unknown, miettinen_risk = high\n"
        "    rule no_adjuvant                 excepted        cites \"§7.2 situation adjuvante\" (line 64)  "
        "miettinen_risk = high, tumor_rupture = unknown\n"
        "    output adjuvant_imatinib         undetermined    recommended or not_recommended; ask for "
        "mitoses_per_5mm2, tumor_rupture\n"
        "    output next_line                 conflict        rules concluded different values\n"
        "    output miettinen_few_cases       not applicable\n");
    guide_trace_free(t);
    guide_frame_free(f);
}

static void print_text__possible_answers__spelled_out(void **state)
{
    (void)state;
    guide_frame *f = answers();
    assert_printed(printed(f, NULL, GUIDE_FMT_TEXT, 0, 0),
                   "gist 2022-11-07 (sha256 " FX_SHA256 ")\n"
                   "  recurrence_pct               undetermined  24 %, no value or not applicable\n"
                   "  adjuvant_imatinib            undetermined  not_recommended, not applicable, "
                   "undetermined or conflict\n"
                   "  neoadjuvant_duration_months  undetermined  [6, 12] months or not applicable\n"
                   "  staging_exams                undetermined  {ct} or {ct, mri}\n"
                   "  miettinen_few_cases          undetermined\n"
                   "  next_line                    undetermined  1, 2, 3, 4, 5, 6, 7, 8 or 2 other "
                   "answers\n");
    guide_frame_free(f);
}

static void possible_text__one_and_one_more__no_comma(void **state)
{
    (void)state;
    guide_frame *f = answers();
    strbuf sb = STRBUF_INIT;
    assert_int_equal(guide_possible_text(&sb, f, FX_OUT(FX_NEXT_LINE), 9), 10);
    assert_string_equal(sb_str(&sb), "1, 2, 3, 4, 5, 6, 7, 8, 9 or 1 other answer");
    sb_clear(&sb);
    assert_int_equal(guide_possible_text(&sb, f, FX_OUT(FX_EXAMS), 1), 2);
    assert_string_equal(sb_str(&sb), "{ct} or 1 other answer");
    sb_clear(&sb);
    assert_int_equal(guide_possible_text(&sb, f, FX_OUT(FX_NEXT_LINE), 0), 10);
    assert_string_equal(sb_str(&sb), "1, 2, 3, 4, 5, 6, 7, 8, 9 or 10");
    sb_clear(&sb);
    assert_int_equal(guide_possible_text(&sb, f, FX_OUT(FX_FEW_CASES), 0), 0);
    assert_string_equal(sb_str(&sb), "");
    assert_int_equal(guide_possible_count(f, FX_OUT(FX_RISK)), 0);
    sb_free(&sb);
    guide_frame_free(f);
}

static void print_text__trace_overflow__says_truncated(void **state)
{
    (void)state;
    guide_frame *f = p17();
    guide_trace *t = p17_trace(2);
    char *got = printed(f, t, GUIDE_FMT_TEXT, 1, 0);
    assert_non_null(strstr(got, "\n  trace truncated: the trace buffer was full after 2 events\n"));
    free(got);
    guide_trace_free(t);
    guide_frame_free(f);
}

static void print_text__nothing_applies__says_so(void **state)
{
    (void)state;
    guide_frame *f = guide_frame_new(&fx_ruleset);
    assert_printed(printed(f, NULL, GUIDE_FMT_TEXT, 0, 0),
                   "gist 2022-11-07 (sha256 " FX_SHA256 ")\n"
                   "  no output applies to this case\n");
    guide_frame_free(f);
}

static void print_case_error__text__one_line(void **state)
{
    (void)state;
    guide_case_error err = {"location", "location: \"colon\" is not a declared label"};
    guide_print_opts o = {GUIDE_FMT_TEXT, 0, 0, 0};
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    guide_print_case_error(out, &fx_ruleset, "p9", &err, 3, 7, &o);
    guide_print_case_error(out, &fx_ruleset, NULL, &err, 4, 8, &o);
    fclose(out);
    assert_printed(buf, "case p9 (record 3, line 7): error: location: \"colon\" is not a declared "
                        "label\n"
                        "record 4 (line 8): error: location: \"colon\" is not a declared label\n");
}

/* ---- Values and lookups ------------------------------------------------------------------ */

/* Display texts: a copy of the fixture whose staging_exams has a text for two of its labels. */
static void format_value_shown__display_texts__text_then_identifier(void **state)
{
    (void)state;
    guide_var_info vars[FX_NVARS];
    memcpy(vars, fx_vars, sizeof vars);
    static const char *const exams[] = {"Scanner", NULL, "IRM \"*/\""};
    vars[FX_EXAMS].label_display = exams;
    vars[FX_EXAMS].display = "Bilan";
    guide_ruleset_info rs = fx_ruleset;
    rs.vars = vars;
    guide_value v = {.set = 7};
    char buf[64];
    guide_format_value_shown(&rs, FX_EXAMS, &v, buf, sizeof buf);
    assert_string_equal(buf, "{Scanner (ct), endoscopy, IRM \"*/\" (mri)}");
    guide_format_value(&rs, FX_EXAMS, &v, buf, sizeof buf); /* identifiers only */
    assert_string_equal(buf, "{ct, endoscopy, mri}");
    char small[24]; /* the texts do not fit: the identifiers, not a cut text */
    guide_format_value_shown(&rs, FX_EXAMS, &v, small, sizeof small);
    assert_string_equal(small, "{ct, endoscopy, mri}");
    strbuf sb = STRBUF_INIT;
    guide_name_text_shown(&sb, &rs, FX_EXAMS);
    guide_name_text_shown(&sb, &rs, FX_SIZE_CM);
    assert_string_equal(sb_str(&sb), "Bilan (staging_exams)size_cm");
    sb_free(&sb);
}

static void format_value__each_type__readable_text(void **state)
{
    (void)state;
    char buf[64];
    guide_value v;
    v.num = 12;
    guide_format_value(&fx_ruleset, FX_SIZE_CM, &v, buf, sizeof buf);
    assert_string_equal(buf, "12 cm");
    v.num = 1.9;
    guide_format_value(&fx_ruleset, FX_RECURRENCE, &v, buf, sizeof buf);
    assert_string_equal(buf, "1.9 %");
    v.num = 3;
    guide_format_value(&fx_ruleset, FX_LINES, &v, buf, sizeof buf);
    assert_string_equal(buf, "3");
    v.label = 1;
    guide_format_value(&fx_ruleset, FX_LOCATION, &v, buf, sizeof buf);
    assert_string_equal(buf, "jejunum");
    v.b = 1;
    guide_format_value(&fx_ruleset, FX_RUPTURE, &v, buf, sizeof buf);
    assert_string_equal(buf, "true");
    v.b = 0;
    guide_format_value(&fx_ruleset, FX_RUPTURE, &v, buf, sizeof buf);
    assert_string_equal(buf, "false");
    v.range.lo = 6, v.range.hi = 12;
    guide_format_value(&fx_ruleset, FX_NEOADJ_MONTHS, &v, buf, sizeof buf);
    assert_string_equal(buf, "[6, 12] months");
    v.set = 1 | 4;
    guide_format_value(&fx_ruleset, FX_EXAMS, &v, buf, sizeof buf);
    assert_string_equal(buf, "{ct, mri}");
    v.set = 0;
    guide_format_value(&fx_ruleset, FX_EXAMS, &v, buf, sizeof buf);
    assert_string_equal(buf, "{}");
}

/* Variable v's value val as guide_value_json writes it (checked, then freed). */
static void assert_value_json(const guide_frame *f, int v, const guide_value *val, const char *want)
{
    size_t n = 0;
    char *got = guide_value_json(f, v, val, &n);
    assert_non_null(got);
    assert_string_equal(got, want);
    assert_int_equal(n, strlen(want));
    free(got);
}

static void value_json__each_type__the_result_lines_text(void **state)
{
    (void)state;
    guide_frame *f = guide_frame_new(&fx_ruleset);
    assert_non_null(f);
    guide_value v;
    v.label = 4;
    assert_value_json(f, FX_RISK, &v, "\"high\"");
    v.num = 1.9;
    assert_value_json(f, FX_RECURRENCE, &v, "1.9");
    v.num = 12;
    assert_value_json(f, FX_RECURRENCE, &v, "12");
    v.num = 3;
    assert_value_json(f, FX_NEXT_LINE, &v, "3");
    v.b = 1;
    assert_value_json(f, FX_FEW_CASES, &v, "true");
    v.range.lo = 6, v.range.hi = 12.5;
    assert_value_json(f, FX_NEOADJ_MONTHS, &v, "[6,12.5]");
    v.set = 1 | 4;
    assert_value_json(f, FX_EXAMS, &v, "[\"ct\",\"mri\"]");
    v.set = 0;
    assert_value_json(f, FX_EXAMS, &v, "[]");
    guide_frame_free(f);
}

static void format_value__small_buffer__cut_and_terminated(void **state)
{
    (void)state;
    char buf[6];
    guide_value v;
    v.set = 7;
    guide_format_value(&fx_ruleset, FX_EXAMS, &v, buf, sizeof buf);
    assert_string_equal(buf, "{ct, ");
}

static void var_and_label_index__names__indices(void **state)
{
    (void)state;
    assert_int_equal(guide_var_index(&fx_ruleset, "size_cm"), FX_SIZE_CM);
    assert_int_equal(guide_var_index(&fx_ruleset, "next_line"), FX_NEXT_LINE);
    assert_int_equal(guide_var_index(&fx_ruleset, "nope"), -1);
    assert_int_equal(guide_label_index(&fx_ruleset, FX_LOCATION, "ileum"), 2);
    assert_int_equal(guide_label_index(&fx_ruleset, FX_LOCATION, "colon"), -1);
    assert_int_equal(guide_label_index(&fx_ruleset, FX_SIZE_CM, "ileum"), -1);
}

static void frame_clear__filled_frame__all_unknown(void **state)
{
    (void)state;
    guide_frame *f = p17();
    guide_frame_clear(f);
    assert_null(f->id);
    for (int v = 0; v < FX_NVARS; v++)
        assert_int_equal(f->known[v], 0);
    for (int o = 0; o < fx_ruleset.noutputs; o++) {
        assert_int_equal(f->out[o].state, GUIDE_NOT_APPLICABLE);
        assert_int_equal(guide_asks(f, o)[0], 0);
    }
    guide_frame_free(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(print_json__filled_frame__exact_line),
        cmocka_unit_test(print_json__numbers__integral_as_integers),
        cmocka_unit_test(print_json__with_trace__events_in_order),
        cmocka_unit_test(print_json__possible_answers__values_null_and_states),
        cmocka_unit_test(print_json__nothing_undetermined__no_possible_key),
        cmocka_unit_test(print_json__nothing_concluded__every_output_not_applicable),
        cmocka_unit_test(print_json__trace_overflow__marked_truncated),
        cmocka_unit_test(print_case_error__json__error_record),
        cmocka_unit_test(print_text__filled_frame__outputs_by_state),
        cmocka_unit_test(print_text__missing__asks_listed),
        cmocka_unit_test(print_text__with_trace__aligned_events),
        cmocka_unit_test(print_text__possible_answers__spelled_out),
        cmocka_unit_test(possible_text__one_and_one_more__no_comma),
        cmocka_unit_test(print_text__trace_overflow__says_truncated),
        cmocka_unit_test(print_text__nothing_applies__says_so),
        cmocka_unit_test(print_case_error__text__one_line),
        cmocka_unit_test(format_value__each_type__readable_text),
        cmocka_unit_test(format_value_shown__display_texts__text_then_identifier),
        cmocka_unit_test(value_json__each_type__the_result_lines_text),
        cmocka_unit_test(format_value__small_buffer__cut_and_terminated),
        cmocka_unit_test(var_and_label_index__names__indices),
        cmocka_unit_test(frame_clear__filled_frame__all_unknown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
