/* guide_types.c — what each value type is: one row per guide_type giving its words, its
 * representation (guide_repr) and whether its values are whole numbers, and one row per
 * representation giving what follows from it (the C type and member of its field).
 *
 * Readers, printers, analyses and both backends ask these functions instead of naming types, so
 * that a new type held as an existing representation (a date as a number of days) is a row here,
 * and only code that handles a representation differently switches, on the representation. */
#include "guide.h"

#define COUNT(a) (sizeof (a) / sizeof *(a))

static const struct type_row {
    const char *word;   /* as a declaration writes it (a list: `list of T`, said "list") */
    const char *phrase; /* for a reader: what the value holds */
    const char *noun;   /* the word with its article, for messages */
    const char *enumerator; /* its guide_type enumerator, as generated C names it */
    guide_repr  repr;
    int         integral; /* whole numbers only */
} types[] = {
    [GUIDE_BOOL] = {"bool", "bool", "a bool", "GUIDE_BOOL", GUIDE_REPR_TRUTH, 0},
    [GUIDE_ENUM] = {"enum", "enum", "an enum", "GUIDE_ENUM", GUIDE_REPR_LABEL, 0},
    [GUIDE_NUMBER] = {"number", "number", "a number", "GUIDE_NUMBER", GUIDE_REPR_NUMBER, 0},
    [GUIDE_INTEGER] = {"integer", "integer", "an integer", "GUIDE_INTEGER", GUIDE_REPR_NUMBER, 1},
    [GUIDE_RANGE] = {"range", "range", "a range", "GUIDE_RANGE", GUIDE_REPR_RANGE, 0},
    [GUIDE_SET] = {"set", "set", "a set", "GUIDE_SET", GUIDE_REPR_SET, 0},
    [GUIDE_LIST] = {"list", "list of numbers", "a list", "GUIDE_LIST", GUIDE_REPR_LIST, 0},
};

/* A type outside the enumeration (a corrupt description): words that say so. */
static const struct type_row unknown_type = {"?", "?", "?", "?", GUIDE_REPR_TRUTH, 0};

static const struct {
    const char *c_type; /* its field's C type in the ABI structs */
    size_t      c_size;
    const char *member; /* guide_value's member */
} reprs[] = {
    [GUIDE_REPR_TRUTH] = {"int32_t", sizeof(int32_t), "b"},
    [GUIDE_REPR_LABEL] = {"int32_t", sizeof(int32_t), "label"},
    [GUIDE_REPR_NUMBER] = {"double", sizeof(double), "num"},
    [GUIDE_REPR_RANGE] = {"guide_range", sizeof(guide_range), "range"},
    [GUIDE_REPR_SET] = {"uint64_t", sizeof(uint64_t), "set"},
    [GUIDE_REPR_LIST] = {"guide_list", sizeof(guide_list), "list"},
};

static const struct type_row *row(guide_type t)
{
    return (unsigned)t < COUNT(types) ? &types[t] : &unknown_type;
}

const char *guide_type_word(guide_type t) { return row(t)->word; }
const char *guide_type_phrase(guide_type t) { return row(t)->phrase; }
const char *guide_type_noun(guide_type t) { return row(t)->noun; }
const char *guide_type_enumerator(guide_type t) { return row(t)->enumerator; }
guide_repr  guide_type_repr(guide_type t) { return row(t)->repr; }
int         guide_type_is_integral(guide_type t) { return row(t)->integral; }

int guide_type_is_numeric(guide_type t)
{
    return row(t)->repr == GUIDE_REPR_NUMBER;
}

int guide_type_is_discrete(guide_type t)
{
    return row(t)->repr == GUIDE_REPR_TRUTH || row(t)->repr == GUIDE_REPR_LABEL;
}

int guide_type_has_labels(guide_type t)
{
    return row(t)->repr == GUIDE_REPR_LABEL || row(t)->repr == GUIDE_REPR_SET;
}

const char *guide_type_c_type(guide_type t) { return reprs[row(t)->repr].c_type; }
size_t      guide_type_c_size(guide_type t) { return reprs[row(t)->repr].c_size; }
const char *guide_type_member(guide_type t) { return reprs[row(t)->repr].member; }
