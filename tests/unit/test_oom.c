/* test_oom.c — libguide when memory runs out: each entry point that builds text in a growing
 * string (strbuf.h), and the case reader's window, returns its error and never ends the
 * process. Each scenario is swept over which allocation fails (oom.h's hook, reset for each
 * run), from the first until a run needs no more than the hook allows: at every step the
 * result is the one without the hook, or the entry point's error saying "out of memory" (never
 * a text cut short). That this program ends at all is the other half of the test. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

#include "compile_fixture.h"
#include "fixture_frame.h"
#include "fixture_ruleset.h"
#include "guide.h"
#include "jsonw.h"
#include "oom.h"
#include "strbuf.h"
#include "value_text.h"

/* More allocations than any scenario here makes: a sweep that reaches it never ran clean. */
enum { SWEEP_MAX = 2000 };

/* Whether message is what an entry point says when memory ran out: "out of memory", after a
 * field name ("size_cm: out of memory") or before what could not be read; never a cut text. */
static int says_out_of_memory(const char *message)
{
    const char *at = strstr(message, "out of memory");
    if (!at)
        return 0;
    return at == message || (at - message >= 2 && strncmp(at - 2, ": ", 2) == 0);
}

/* ---- strbuf ------------------------------------------------------------------------------ */

static void strbuf__growth_fails__text_kept_appends_ignored_take_null(void **state)
{
    (void)state;
    int failed_once = 0;
    for (long n = 0; n < 8; n++) {
        strbuf sb = STRBUF_INIT;
        guide_fail_alloc_reset(n);
        for (int i = 0; i < 200; i++)
            sb_printf(&sb, "piece %03d of a text that must grow;", i);
        guide_fail_alloc_reset(-1);
        size_t piece = strlen("piece 000 of a text that must grow;");
        assert_int_equal(sb.len % piece, 0); /* whole pieces: nothing half appended */
        assert_int_equal(strlen(sb_str(&sb)), sb.len);
        if (sb_failed(&sb)) {
            failed_once = 1;
            size_t len = sb.len;
            sb_puts(&sb, "more"); /* memory is back, but the text stays incomplete */
            assert_int_equal(sb.len, len);
            assert_null(sb_take(&sb));
            assert_false(sb_failed(&sb)); /* sb_take leaves the builder empty and new */
        } else {
            assert_int_equal(sb.len, 200 * piece);
            free(sb_take(&sb));
        }
    }
    assert_true(failed_once);
}

/* Status of a child process that grows a string with no memory, inside `depth` scopes of
 * compiler code (guide_oom_exit_begin); its message in msg. */
static int grow_in_child(int depth, char *msg, size_t len)
{
    int fd[2];
    assert_int_equal(pipe(fd), 0);
    fflush(NULL);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        dup2(fd[1], 2);
        for (int i = 0; i < depth; i++)
            guide_oom_exit_begin();
        if (depth > 1)
            guide_oom_exit_end(); /* they nest: one left */
        strbuf sb = STRBUF_INIT;
        guide_fail_alloc_reset(0);
        sb_puts(&sb, "a text");
        _exit(sb_failed(&sb) ? 0 : 1);
    }
    close(fd[1]);
    ssize_t got = read(fd[0], msg, len - 1);
    msg[got > 0 ? got : 0] = '\0';
    close(fd[0]);
    int st = 0;
    assert_int_equal(waitpid(pid, &st, 0), pid);
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

/* Outside compiler code a string that cannot grow fails and says so; inside (the SQL extensions
 * compiling rules), it ends the program as the compiler's own allocations do. */
static void strbuf__growth_fails_in_compiler_code__the_compiler_s_end(void **state)
{
    (void)state;
    char msg[256];
    assert_int_equal(grow_in_child(0, msg, sizeof msg), 0);
    assert_string_equal(msg, "");
    assert_int_equal(grow_in_child(1, msg, sizeof msg), 2);
    assert_string_equal(msg, "guidec: out of memory (a growing string)\n");
    assert_int_equal(grow_in_child(2, msg, sizeof msg), 2);
}

static void strbuf__outgrowing_the_address_space__fails_without_abort(void **state)
{
    (void)state;
    strbuf sb = STRBUF_INIT;
    sb_puts(&sb, "x");
    sb_putn(&sb, "y", (size_t)-2); /* refused before a byte is read */
    assert_true(sb_failed(&sb));
    assert_string_equal(sb_str(&sb), "x");
    sb_clear(&sb); /* a new text: the failure is forgotten */
    assert_false(sb_failed(&sb));
    sb_puts(&sb, "z");
    assert_string_equal(sb_str(&sb), "z");
    sb_free(&sb);
}

static void strbuf__format_without_memory__null(void **state)
{
    (void)state;
    guide_fail_alloc_reset(0);
    char *s = sb_format("%s %d", "a message", 42);
    guide_fail_alloc_reset(-1);
    assert_null(s);
    s = sb_format("%s %d", "a message", 42);
    assert_string_equal(s, "a message 42");
    free(s);
}

static void strbuf__append_of_a_failed_part__fails_the_whole(void **state)
{
    (void)state;
    strbuf whole = STRBUF_INIT, part = STRBUF_INIT;
    sb_putn(&part, "p", (size_t)-2);
    sb_puts(&whole, "name: ");
    sb_append(&whole, &part);
    assert_true(sb_failed(&whole));
    sb_free(&whole);
    sb_free(&part);
}

/* ---- Reading cases ----------------------------------------------------------------------- */

/* What one callback of the case reader saw. */
typedef struct seen {
    int  error, record;
    char field[128], message[512];
} seen;

typedef struct seen_all {
    seen n[16];
    int  count;
} seen_all;

static int collect(void *ctx, guide_frame *f, const guide_case_error *err, int record, int line)
{
    (void)f, (void)line;
    seen_all *c = ctx;
    assert_true(c->count < 16);
    seen *s = &c->n[c->count++];
    memset(s, 0, sizeof *s);
    s->record = record;
    s->error = err != NULL;
    if (err) {
        snprintf(s->field, sizeof s->field, "%s", err->field);
        snprintf(s->message, sizeof s->message, "%s", err->message);
    }
    return 0;
}

/* Whether run differs from ref only by records refused for lack of memory; 1 when it is ref. A
 * reader that could not go on ends with such a record. */
static int same_or_out_of_memory(const seen_all *run, const seen_all *ref)
{
    int same = run->count == ref->count;
    assert_true(run->count <= ref->count + 1);
    for (int i = 0; i < run->count; i++) {
        const seen *a = &run->n[i];
        if (i < ref->count && a->error == ref->n[i].error &&
            strcmp(a->message, ref->n[i].message) == 0)
            continue;
        same = 0;
        if (!a->error || !says_out_of_memory(a->message))
            fail_msg("record %d: \"%s\" (without the hook: \"%s\")", a->record, a->message,
                     i < ref->count ? ref->n[i].message : "no record");
    }
    return same;
}

/* One good record and one of each kind of error, whose messages case_value.c builds. */
static const char cases_text[] =
    "{\"id\": \"ok\", \"location\": \"jejunum\", \"size_cm\": \"35 mm\"}\n"
    "{\"id\": \"typo\", \"sise_cm\": 3}\n"
    "{\"size_cm\": 300}\n"
    "{\"size_cm\": \"3 parsecs\"}\n"
    "{\"location\": \"colon\"}\n"
    "{\"tumor_rupture\": \"yes\"}\n"
    "{\"id\": 7}\n"
    "[1, 2]\n"
    "{\"size_cm\": 3,,}\n";

/* Sweeps read(ctx) over the allocation that fails, from the first until a run is clean. */
static void sweep_reader(void (*read)(seen_all *))
{
    seen_all ref, run;
    memset(&ref, 0, sizeof ref);
    read(&ref);
    long n = 0;
    int ran_out = 0;
    for (; n < SWEEP_MAX; n++) {
        memset(&run, 0, sizeof run);
        guide_fail_alloc_reset(n);
        read(&run);
        guide_fail_alloc_reset(-1);
        if (same_or_out_of_memory(&run, &ref))
            break;
        ran_out = 1;
    }
    assert_true(n < SWEEP_MAX);
    assert_true(ran_out);
}

static void read_text(seen_all *c)
{
    guide_read_cases(&fx_ruleset, cases_text, strlen(cases_text), collect, c);
}

static void read_cases__out_of_memory__each_record_same_or_said(void **state)
{
    (void)state;
    sweep_reader(read_text);
}

/* A stream with a record longer than the reader's first window (4 * 64 KiB): the window must
 * grow to hold it. */
static char *long_record_stream(size_t *len)
{
    strbuf sb = STRBUF_INIT;
    sb_puts(&sb, "{\"id\": \"first\", \"size_cm\": 3}\n{\"id\": \"");
    for (int i = 0; i < 300 * 1024; i++)
        sb_putc(&sb, 'x');
    sb_puts(&sb, "\", \"size_cm\": 4}\n{\"size_cm\": 300}\n");
    assert_false(sb_failed(&sb));
    *len = sb.len;
    return sb_take(&sb);
}

static char *stream_text;
static size_t stream_len;

static void read_stream(seen_all *c)
{
    FILE *in = fmemopen(stream_text, stream_len, "r");
    assert_non_null(in);
    guide_read_cases_file(&fx_ruleset, in, collect, c);
    fclose(in);
}

static void read_cases_file__window_cannot_grow__error_record_then_the_end(void **state)
{
    (void)state;
    stream_text = long_record_stream(&stream_len);
    sweep_reader(read_stream);
    /* the window's failure itself, whatever allocation comes before it */
    seen_all c;
    int window = 0;
    for (long n = 0; n < SWEEP_MAX && !window; n++) {
        memset(&c, 0, sizeof c);
        guide_fail_alloc_reset(n);
        read_stream(&c);
        guide_fail_alloc_reset(-1);
        window = c.count > 0 && strstr(c.n[c.count - 1].message, "reading the cases") != NULL;
    }
    assert_true(window);
    free(stream_text);
}

/* guide_read_case, guide_read_text_value and guide_parse_quantity, one bad value each. */
static void read_single(seen_all *c)
{
    static const char *const records[] = {"{\"sise_cm\": 3}", "{\"size_cm\": \"3 parsecs\"}",
                                          "{\"location\": \"colon\"}"};
    guide_frame *f = guide_frame_new(&fx_ruleset);
    guide_case_error err;
    for (int i = 0; i < 3; i++) {
        if (!f) { /* the frame itself: the caller's own out of memory */
            collect(c, NULL, &(guide_case_error){"", "out of memory"}, i + 1, 1);
            continue;
        }
        int bad = guide_read_case(f, records[i], strlen(records[i]), 1, &err) < 0;
        collect(c, f, bad ? &err : NULL, i + 1, 1);
    }
    if (f) {
        int bad = guide_read_text_value(f, FX_SIZE_CM, "12 parsecs", 10, &err) < 0;
        collect(c, f, bad ? &err : NULL, 4, 1);
    }
    guide_frame_free(f);
    double x;
    err = (guide_case_error){"", ""};
    guide_parse_quantity(&fx_ruleset, "3 parsecs", guide_unit_find("years", NULL, 0), &x,
                         err.message, sizeof err.message);
    collect(c, NULL, &err, 5, 1);
}

static void read_case__out_of_memory__each_value_same_or_said(void **state)
{
    (void)state;
    sweep_reader(read_single);
}

/* ---- Constraints ------------------------------------------------------------------------- */

static const char *const constrained_src =
    "guideline g \"t\" version \"1\" source \"s\"\n"
    "input size : cm in [0, 100]\n"
    "input site : enum { stomach, small_bowel_with_a_long_name }\n"
    "input flag : bool\n"
    "output o : bool\n"
    "constraint big_needs_flag cites \"x\" when size > 10 cm then flag\n"
    "rule r cites \"y\" when flag then o = true\n"
    "rule r2 cites \"y\" when not flag then o = false\n";

static const guide_ruleset_info *constrained;

static void check_case(seen_all *c)
{
    guide_frame *f = guide_frame_new(constrained);
    if (!f) {
        collect(c, NULL, &(guide_case_error){"", "out of memory"}, 1, 1);
        return;
    }
    int size = guide_var_index(constrained, "size"), site = guide_var_index(constrained, "site"),
        flag = guide_var_index(constrained, "flag");
    f->val[size].num = 12, f->known[size] = 1;
    f->val[site].label = 1, f->known[site] = 1;
    f->val[flag].b = 0, f->known[flag] = 1;
    guide_case_error err;
    int bad = guide_check_case(f, &err) < 0;
    collect(c, f, bad ? &err : NULL, 1, 1);
    guide_frame_free(f);
}

static void check_case__out_of_memory__constraint_error_same_or_said(void **state)
{
    (void)state;
    fixture fx;
    fx_compile(&fx, constrained_src, 0);
    assert_int_equal(fx.d.errors, 0);
    constrained = &fx.ir->info;
    seen_all ref = {0};
    check_case(&ref);
    assert_true(ref.n[0].error); /* the case breaks the constraint */
    sweep_reader(check_case);
    fx_free(&fx);
}

/* ---- Values and results as text ---------------------------------------------------------- */

/* The output of print(f, t, out), and its return value in *rc; NULL for the caller to free. */
static char *printed(int (*print)(FILE *, const guide_frame *, const guide_trace *), int *rc,
                     const guide_frame *f, const guide_trace *t)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    assert_non_null(out);
    *rc = print(out, f, t);
    fclose(out);
    return buf;
}

static int print_text(FILE *out, const guide_frame *f, const guide_trace *t)
{
    guide_print_opts o = {GUIDE_FMT_TEXT, GUIDE_TRACE_ALL, 1, 0};
    return guide_print_result(out, f, t, &o);
}

static int print_json(FILE *out, const guide_frame *f, const guide_trace *t)
{
    guide_print_opts o = {GUIDE_FMT_JSON, GUIDE_TRACE_ALL, 1, 1};
    return guide_print_result(out, f, t, &o);
}

static int print_error_json(FILE *out, const guide_frame *f, const guide_trace *t)
{
    (void)t;
    guide_print_opts o = {GUIDE_FMT_JSON, 0, 0, 0};
    guide_case_error err = {"size_cm", "size_cm: 300 is outside the declared range [0, 100]"};
    return guide_print_case_error(out, f->rs, f->id, &err, 3, 7, &o);
}

/* Sweeps print over the allocation that fails: the text without the hook, or -1 and a text
 * that shows where memory ran out (oom_mark in the text, the error record in JSON). With
 * id_len, case p17 has an id that long: a JSON line longer than the writer's stack buffer. */
static void sweep_printer(int (*print)(FILE *, const guide_frame *, const guide_trace *),
                          const char *mark, size_t id_len)
{
    guide_frame *f = p17();
    guide_trace *t = p17_trace(64);
    if (id_len) {
        free(f->id);
        f->id = malloc(id_len + 1);
        assert_non_null(f->id);
        memset(f->id, 'i', id_len);
        f->id[id_len] = '\0';
    }
    int rc;
    char *ref = printed(print, &rc, f, t);
    assert_int_equal(rc, 0);
    long n = 0;
    int ran_out = 0;
    for (; n < SWEEP_MAX; n++) {
        guide_fail_alloc_reset(n);
        char *got = printed(print, &rc, f, t);
        guide_fail_alloc_reset(-1);
        int same = rc == 0 && strcmp(got, ref) == 0;
        if (!same && (rc != -1 || !strstr(got, mark)))
            fail_msg("N=%ld: rc %d, \"%s\"", n, rc, got);
        free(got);
        if (same)
            break;
        ran_out = 1;
    }
    assert_true(n < SWEEP_MAX);
    assert_true(ran_out);
    free(ref);
    guide_trace_free(t);
    guide_frame_free(f);
}

static void print_result_text__out_of_memory__minus_one_and_the_gap_shown(void **state)
{
    (void)state;
    sweep_printer(print_text, "(out of memory)", 0);
}

static void print_result_json__out_of_memory__minus_one_and_an_error_record(void **state)
{
    (void)state;
    sweep_printer(print_json, "out of memory writing the result", JW_STACK);
    sweep_printer(print_error_json, "out of memory writing the result", JW_STACK);
}

static void format_value__out_of_memory__failed_and_empty(void **state)
{
    (void)state;
    guide_value set = {.set = 1 | 2 | 4};
    char want[GUIDE_VALUE_TEXT_MAX], got[GUIDE_VALUE_TEXT_MAX];
    size_t (*const formats[])(const guide_ruleset_info *, int, const guide_value *, char *,
                              size_t) = {guide_format_value, guide_format_value_shown,
                                         guide_format_compared};
    for (int k = 0; k < 3; k++) {
        size_t n = formats[k](&fx_ruleset, FX_EXAMS, &set, want, sizeof want);
        assert_int_equal(n, strlen("{ct, endoscopy, mri}"));
        guide_fail_alloc_reset(0);
        size_t m = formats[k](&fx_ruleset, FX_EXAMS, &set, got, sizeof got);
        guide_fail_alloc_reset(-1);
        assert_true(m == GUIDE_FORMAT_FAILED);
        assert_string_equal(got, "");
    }
}

/* Turns the hook off after each test, even one that failed with the hook on. */
static int hook_off(void **state)
{
    (void)state;
    guide_fail_alloc_reset(-1);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_teardown(strbuf__growth_fails__text_kept_appends_ignored_take_null, hook_off),
        cmocka_unit_test_teardown(strbuf__growth_fails_in_compiler_code__the_compiler_s_end, hook_off),
        cmocka_unit_test_teardown(strbuf__outgrowing_the_address_space__fails_without_abort, hook_off),
        cmocka_unit_test_teardown(strbuf__format_without_memory__null, hook_off),
        cmocka_unit_test_teardown(strbuf__append_of_a_failed_part__fails_the_whole, hook_off),
        cmocka_unit_test_teardown(read_cases__out_of_memory__each_record_same_or_said, hook_off),
        cmocka_unit_test_teardown(read_cases_file__window_cannot_grow__error_record_then_the_end, hook_off),
        cmocka_unit_test_teardown(read_case__out_of_memory__each_value_same_or_said, hook_off),
        cmocka_unit_test_teardown(check_case__out_of_memory__constraint_error_same_or_said, hook_off),
        cmocka_unit_test_teardown(print_result_text__out_of_memory__minus_one_and_the_gap_shown, hook_off),
        cmocka_unit_test_teardown(print_result_json__out_of_memory__minus_one_and_an_error_record, hook_off),
        cmocka_unit_test_teardown(format_value__out_of_memory__failed_and_empty, hook_off),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
