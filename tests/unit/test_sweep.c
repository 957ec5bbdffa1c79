/* test_sweep.c — the sweep finds exactly what exhaustive enumeration finds: random tables over
 * a number, an integer and an enum, each checked both ways, must give the same findings, an
 * overlap with the same band (the region of cases both rows match). */
#include "compile_fixture.h"

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The findings of a diagnostics text (error/warning headers, an overlap with its `band:`
 * line), sorted, examples left out: the two methods meet the findings in another order and may
 * pick other example cases. A gap's bands are left out too: the sweep finds them as larger
 * pieces than the enumeration's cells, and the merge, exact but greedy, may cut the same union
 * into other regions; an overlap's band is one box either way. */
static void findings(const char *diags, char *out, size_t len)
{
    char *copy = strdup(diags ? diags : ""), *lines[512];
    int n = 0;
    for (char *line = strtok(copy, "\n"); line; line = strtok(NULL, "\n")) {
        if ((strstr(line, ": error: ") || strstr(line, ": warning: ")) && n < 512) {
            lines[n++] = strdup(line);
        } else if (strncmp(line, "band: ", 6) == 0 && n > 0 && strstr(lines[n - 1], "both match")) {
            size_t k = strlen(lines[n - 1]), m = strlen(line);
            lines[n - 1] = realloc(lines[n - 1], k + m + 2);
            lines[n - 1][k] = '|';
            memcpy(lines[n - 1] + k + 1, line, m + 1);
        }
    }
    qsort(lines, (size_t)n, sizeof *lines, cmp_str);
    size_t o = 0;
    out[0] = '\0';
    for (int i = 0; i < n; i++) {
        if (o + strlen(lines[i]) + 2 < len)
            o += (size_t)snprintf(out + o, len - o, "%s\n", lines[i]);
        free(lines[i]);
    }
    free(copy);
}

static unsigned rng = 12345;
static unsigned next(void) { return rng = rng * 1103515245u + 12345u, (rng >> 16) & 0x7fff; }

static void cell_number(char *buf, size_t len)
{
    static const char *const forms[] = {"-", "<= %d", "< %d", "> %d", ">= %d", "(%d, %d]", "[%d, %d)", "%d"};
    int f = (int)(next() % 8), a = (int)(next() % 6), b = a + 1 + (int)(next() % 4);
    snprintf(buf, len, forms[f], a, b);
}

static void cell_enum(char *buf, size_t len)
{
    static const char *const forms[] = {"-", "a", "b", "c", "{a, b}", "not a", "{b, c}"};
    snprintf(buf, len, "%s", forms[next() % 7]);
}

static void sweep__random_tables__same_findings_as_enumeration(void **state)
{
    for (int round = 0; round < 300; round++) {
        char src[8192];
        int nrows = 2 + (int)(next() % 6);
        const char *hit = next() % 2 ? "unique" : "first";
        size_t o = (size_t)snprintf(src, sizeof src,
                                    "guideline g \"t\" version \"1\" source \"s\"\n"
                                    "input x : cm in [0, 10]\ninput n : integer in [0, 10]\n"
                                    "input e : enum { a, b, c }\noutput r : enum { p, q }\n"
                                    "table t hit %s\n%s  | x | n | e || r |\n", hit,
                                    next() % 3 == 0 ? "  when e != c\n" : "");
        for (int r = 0; r < nrows; r++) {
            char cx[32], cn[32], ce[32];
            cell_number(cx, sizeof cx);
            cell_number(cn, sizeof cn);
            cell_enum(ce, sizeof ce);
            o += (size_t)snprintf(src + o, sizeof src - o, "  | %s | %s | %s || %s |\n", cx, cn, ce,
                                  r % 2 ? "p" : "q");
        }
        snprintf(src + o, sizeof src - o, "end\n");

        fixture fx;
        fx_compile(&fx, src, 0);
        assert_int_equal(fx.d.errors, 0);
        const ir_table *tb = &fx.ir->tables[0];

        char *t1 = NULL, *t2 = NULL;
        size_t l1 = 0, l2 = 0;
        FILE *m1 = open_memstream(&t1, &l1), *m2 = open_memstream(&t2, &l2);
        diag_ctx d1, d2;
        diag_init(&d1, &fx.file, m1);
        diag_init(&d2, &fx.file, m2);
        assert_true(an_sweep_table(&fx.a, &d1, fx.ir, tb));
        interp *it = interp_new(fx.ir);
        guide_frame *f = guide_frame_new(&fx.ir->info);
        long left = AN_DEFAULT_BUDGET;
        an_enum_table(&fx.a, &d2, fx.ir, tb, it, f, &left, AN_EVAL_READS);
        fclose(m1);
        fclose(m2);
        char f1[8192], f2[8192];
        findings(t1, f1, sizeof f1);
        findings(t2, f2, sizeof f2);
        if (strcmp(f1, f2) != 0) {
            fprintf(stderr, "sweep and enumeration disagree on:\n%s\nsweep:\n%s\nenumeration:\n%s\n", src, f1, f2);
            fail();
        }
        free(t1);
        free(t2);
        guide_frame_free(f);
        interp_free(it);
        fx_free(&fx);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sweep__random_tables__same_findings_as_enumeration),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
