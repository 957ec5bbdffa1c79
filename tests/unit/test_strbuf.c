/* test_strbuf.c — the growable string of runtime/strbuf.h: text of any length, never cut. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "strbuf.h"

static void strbuf__empty__reads_as_empty_string(void **state)
{
    (void)state;
    strbuf sb = STRBUF_INIT;
    assert_string_equal(sb_str(&sb), "");
    assert_int_equal(sb.len, 0);
    char *s = sb_take(&sb);
    assert_string_equal(s, "");
    free(s);
    sb_free(&sb);
}

static void strbuf__printf_past_any_initial_size__keeps_every_byte(void **state)
{
    (void)state;
    strbuf sb = STRBUF_INIT;
    char name[101];
    memset(name, 'n', 100);
    name[100] = '\0';
    for (int i = 0; i < 1000; i++)
        sb_printf(&sb, "%s%d -> ", name, i);
    assert_int_equal(sb.len, strlen(sb_str(&sb)));
    /* 1000 names of 100 bytes, their numbers (10 + 90*2 + 900*3 digits) and the arrows */
    assert_int_equal(sb.len, 1000 * 100 + 10 + 180 + 2700 + 1000 * 4);
    assert_memory_equal(sb_str(&sb) + sb.len - 4 - 3 - 100, name, 100);
    assert_string_equal(sb_str(&sb) + sb.len - 7, "999 -> ");
    sb_free(&sb);
}

static void strbuf__putn_with_nul__counts_it(void **state)
{
    (void)state;
    strbuf sb = STRBUF_INIT;
    sb_putn(&sb, "a\0b", 3);
    sb_putc(&sb, 'c');
    assert_int_equal(sb.len, 4);
    assert_memory_equal(sb_str(&sb), "a\0bc", 5);
    sb_free(&sb);
}

static void strbuf__truncate_and_clear__keep_text_terminated(void **state)
{
    (void)state;
    strbuf sb = STRBUF_INIT;
    sb_puts(&sb, "a region, then more");
    sb_truncate(&sb, 8);
    assert_string_equal(sb_str(&sb), "a region");
    sb_truncate(&sb, 100); /* longer than the text: nothing changes */
    assert_string_equal(sb_str(&sb), "a region");
    sb_clear(&sb);
    assert_string_equal(sb_str(&sb), "");
    sb_puts(&sb, "again");
    assert_string_equal(sb_str(&sb), "again");
    sb_free(&sb);
}

static void strbuf__format__allocates_whole_message(void **state)
{
    (void)state;
    char path[5000];
    memset(path, '/', sizeof path - 1);
    path[sizeof path - 1] = '\0';
    char *m = sb_format("%s: invalid UTF-8 byte 0x%02X", path, 0xff);
    assert_int_equal(strlen(m), sizeof path - 1 + strlen(": invalid UTF-8 byte 0xFF"));
    assert_string_equal(m + sizeof path - 1, ": invalid UTF-8 byte 0xFF");
    free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(strbuf__empty__reads_as_empty_string),
        cmocka_unit_test(strbuf__printf_past_any_initial_size__keeps_every_byte),
        cmocka_unit_test(strbuf__putn_with_nul__counts_it),
        cmocka_unit_test(strbuf__truncate_and_clear__keep_text_terminated),
        cmocka_unit_test(strbuf__format__allocates_whole_message),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
