/* guide_words.c — the words of libguide's enumerations, one table per fact: hit policies, clause
 * statuses and output states (a type's words are a column of guide_types.c's table).
 *
 * Every printer takes its words from here: the trace printers (print.c), the report and the
 * graph, the test runner, the IR and AST dumps, the comments of generated code and the language
 * server. Where a printer needs another form of the same word (an HTML class, a phrase that
 * explains itself out of context), that form is a column of the same table. */
#include "guide.h"

#define COUNT(a) (sizeof (a) / sizeof *(a))

/* As a table's `hit` is written, and the enumerator generated C names it by. */
static const struct {
    const char *word, *enumerator;
} hit_words[] = {
    [GUIDE_HIT_UNIQUE] = {"unique", "GUIDE_HIT_UNIQUE"},
    [GUIDE_HIT_FIRST] = {"first", "GUIDE_HIT_FIRST"},
    [GUIDE_HIT_COLLECT] = {"collect", "GUIDE_HIT_COLLECT"},
};

static const struct {
    const char *rule, *row; /* in a trace, next to the rule or row it is the status of */
    const char *phrase;     /* explained, for a reader who sees it alone (NULL: the word) */
    const char *html_class; /* the report's class: the colour of the item */
} status_words[] = {
    [GUIDE_CL_NOT_FIRED] = {"not fired", "not matched", NULL, "not-fired"},
    [GUIDE_CL_FIRED] = {"fired", "matched", NULL, "fired"},
    [GUIDE_CL_UNDETERMINED] = {"undetermined", "undetermined", NULL, "undetermined"},
    [GUIDE_CL_EXCEPTED] = {"excepted", "excepted", "excepted (its unless held)", "excepted"},
    [GUIDE_CL_SHADOWED] = {"shadowed", "shadowed", "shadowed by an earlier row", "not-fired"},
};

static const struct {
    const char *word;
    const char *html_class;
} state_words[] = {
    [GUIDE_NOT_APPLICABLE] = {"not applicable", "na"},
    [GUIDE_CONCLUDED] = {"concluded", "concluded"},
    [GUIDE_UNDETERMINED] = {"undetermined", "undetermined"},
    [GUIDE_CONFLICT] = {"conflict", "conflict"},
};

const char *guide_hit_word(guide_hit h)
{
    return (unsigned)h < COUNT(hit_words) ? hit_words[h].word : "?";
}

const char *guide_hit_enumerator(guide_hit h)
{
    return (unsigned)h < COUNT(hit_words) ? hit_words[h].enumerator : "?";
}

const char *guide_status_word(int status, int row)
{
    if ((unsigned)status >= COUNT(status_words))
        return "?";
    return row ? status_words[status].row : status_words[status].rule;
}

const char *guide_status_phrase(int status, int row)
{
    if ((unsigned)status < COUNT(status_words) && status_words[status].phrase)
        return status_words[status].phrase;
    return guide_status_word(status, row);
}

const char *guide_status_class(int status)
{
    return (unsigned)status < COUNT(status_words) ? status_words[status].html_class : "?";
}

const char *guide_state_word(int state)
{
    return (unsigned)state < COUNT(state_words) ? state_words[state].word : "?";
}

const char *guide_state_class(int state)
{
    return (unsigned)state < COUNT(state_words) ? state_words[state].html_class : "?";
}
