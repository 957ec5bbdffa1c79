/* test_words.c — the facts kept once for every evaluator and printer: libguide's words of its
 * enumerations (runtime/guide_words.c), Kleene logic (guide.h guide_k_*, which guide_gen.h's
 * gk_* are), and first-hit shadowing as lowering decides it (ir_table.shadows,
 * ir_clause.shadowable). */
#include "compile_fixture.h"

#include "guide_gen.h"

static void words__every_value__has_its_word(void **state)
{
    (void)state;
    assert_string_equal(guide_hit_word(GUIDE_HIT_UNIQUE), "unique");
    assert_string_equal(guide_hit_word(GUIDE_HIT_FIRST), "first");
    assert_string_equal(guide_hit_word(GUIDE_HIT_COLLECT), "collect");
    for (int t = GUIDE_BOOL; t <= GUIDE_LIST; t++) {
        assert_string_not_equal(guide_type_word((guide_type)t), "?");
        assert_string_not_equal(guide_type_phrase((guide_type)t), "?");
    }
    assert_string_equal(guide_type_word(GUIDE_LIST), "list");
    assert_string_equal(guide_type_phrase(GUIDE_LIST), "list of numbers");
    assert_string_equal(guide_type_phrase(GUIDE_NUMBER), "number");
    for (int s = GUIDE_CL_NOT_FIRED; s <= GUIDE_CL_SHADOWED; s++) {
        assert_string_not_equal(guide_status_word(s, 0), "?");
        assert_string_not_equal(guide_status_phrase(s, 1), "?");
        assert_string_not_equal(guide_status_class(s), "?");
    }
    for (int s = GUIDE_NOT_APPLICABLE; s <= GUIDE_CONFLICT; s++) {
        assert_string_not_equal(guide_state_word(s), "?");
        assert_string_not_equal(guide_state_class(s), "?");
    }
}

static void words__outside_the_enumeration__question_mark(void **state)
{
    (void)state;
    assert_string_equal(guide_hit_word((guide_hit)3), "?");
    assert_string_equal(guide_type_word((guide_type)-1), "?");
    assert_string_equal(guide_status_word(GUIDE_CL_SHADOWED + 1, 0), "?");
    assert_string_equal(guide_status_phrase(0xFF, 1), "?");
    assert_string_equal(guide_status_class(-1), "?");
    assert_string_equal(guide_state_word(GUIDE_CONFLICT + 1), "?");
}

static void words__status__rule_row_phrase_and_class(void **state)
{
    (void)state;
    assert_string_equal(guide_status_word(GUIDE_CL_FIRED, 0), "fired");
    assert_string_equal(guide_status_word(GUIDE_CL_FIRED, 1), "matched");
    assert_string_equal(guide_status_word(GUIDE_CL_NOT_FIRED, 1), "not matched");
    assert_string_equal(guide_status_word(GUIDE_CL_EXCEPTED, 0), "excepted");
    assert_string_equal(guide_status_phrase(GUIDE_CL_EXCEPTED, 0), "excepted (its unless held)");
    assert_string_equal(guide_status_phrase(GUIDE_CL_SHADOWED, 1), "shadowed by an earlier row");
    assert_string_equal(guide_status_phrase(GUIDE_CL_NOT_FIRED, 1), "not matched");
    assert_string_equal(guide_status_class(GUIDE_CL_NOT_FIRED), "not-fired");
    assert_string_equal(guide_status_class(GUIDE_CL_SHADOWED), "not-fired");
    assert_string_equal(guide_state_class(GUIDE_NOT_APPLICABLE), "na");
}

/* Each type's row agrees with the guide_value member it names: its field is that member's. */
static void types__every_type__field_is_its_member(void **state)
{
    (void)state;
    guide_value v;
    for (int t = GUIDE_BOOL; t <= GUIDE_LIST; t++) {
        const char *m = guide_type_member((guide_type)t);
        size_t size = strcmp(m, "b") == 0       ? sizeof v.b
                      : strcmp(m, "label") == 0 ? sizeof v.label
                      : strcmp(m, "num") == 0   ? sizeof v.num
                      : strcmp(m, "range") == 0 ? sizeof v.range
                      : strcmp(m, "set") == 0   ? sizeof v.set
                      : strcmp(m, "list") == 0  ? sizeof v.list
                                                : 0;
        assert_int_equal(guide_type_c_size((guide_type)t), size);
        assert_true(guide_type_is_numeric((guide_type)t) == (strcmp(m, "num") == 0));
        assert_true(guide_type_is_discrete((guide_type)t) == (size == 4));
    }
    assert_true(guide_type_is_integral(GUIDE_INTEGER));
    assert_false(guide_type_is_integral(GUIDE_NUMBER));
    assert_true(guide_type_has_labels(GUIDE_ENUM) && guide_type_has_labels(GUIDE_SET));
    assert_false(guide_type_has_labels(GUIDE_BOOL));
    assert_string_equal(guide_type_c_type(GUIDE_SET), "uint64_t");
    assert_string_equal(guide_type_noun(GUIDE_INTEGER), "an integer");
}

/* The full truth tables, and the generated C's names for the same functions. */
static void kleene__truth_tables__as_kleene_defines_them(void **state)
{
    (void)state;
    enum { F = GUIDE_K_FALSE, T = GUIDE_K_TRUE, U = GUIDE_K_UNKNOWN };
    static const int and_table[3][3] = {{F, F, F}, {F, T, U}, {F, U, U}};
    static const int or_table[3][3] = {{F, T, U}, {T, T, T}, {U, T, U}};
    static const int not_table[3] = {T, F, U};
    for (int a = 0; a < 3; a++) {
        for (int b = 0; b < 3; b++) {
            assert_int_equal(guide_k_and(a, b), and_table[a][b]);
            assert_int_equal(guide_k_or(a, b), or_table[a][b]);
            assert_int_equal(gk_and(a, b), and_table[a][b]);
            assert_int_equal(gk_or(a, b), or_table[a][b]);
        }
        assert_int_equal(guide_k_not(a), not_table[a]);
        assert_int_equal(gk_not(a), not_table[a]);
    }
    assert_int_equal(K_FALSE, GK_F);
    assert_int_equal(K_TRUE, GK_T);
    assert_int_equal(K_UNKNOWN, GK_U);
}

/* Lowering decides shadowing from the hit policy: the rows of a first-hit table, no others. */
static void lower__hit_policies__only_first_hit_rows_shadowable(void **state)
{
    (void)state;
    fixture fx;
    fx_compile(&fx, "guideline g \"t\" version \"1\" source \"s\"\n"
                    "input a : bool\noutput o : enum { p, q }\noutput m : bool\noutput s : set { x, y }\n"
                    "table f hit first\n  | a || o |\n  | true || p |\n  | - || q |\nend\n"
                    "table u hit unique\n  | a || m |\n  | true || true |\n  | false || false |\nend\n"
                    "table c hit collect\n  | a || s |\n  | true || x |\n  | - || y |\nend\n"
                    "rule r when a then m = true\n",
               0);
    assert_int_equal(fx.d.errors, 0);
    const ir_program *p = fx.ir;
    assert_int_equal(p->ntables, 3);
    for (int t = 0; t < p->ntables; t++) {
        const ir_table *tb = &p->tables[t];
        assert_int_equal(tb->shadows, tb->hit == GUIDE_HIT_FIRST);
        for (int r = 0; r < tb->nrows; r++)
            assert_int_equal(p->clauses[tb->first_clause + r].shadowable, tb->shadows);
    }
    int rules = 0;
    for (int i = 0; i < p->nclauses; i++)
        if (p->clauses[i].table < 0) {
            rules++;
            assert_false(p->clauses[i].shadowable);
        }
    assert_int_equal(rules, 1);
    fx_free(&fx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(words__every_value__has_its_word),
        cmocka_unit_test(words__outside_the_enumeration__question_mark),
        cmocka_unit_test(words__status__rule_row_phrase_and_class),
        cmocka_unit_test(types__every_type__field_is_its_member),
        cmocka_unit_test(kleene__truth_tables__as_kleene_defines_them),
        cmocka_unit_test(lower__hit_policies__only_first_hit_rows_shadowable),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
