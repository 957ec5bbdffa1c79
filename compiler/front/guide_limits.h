/* guide_limits.h — the limits of a rule file. Past each one guidec reports an error at the place it
 * is crossed (file:line:col, caret) instead of crashing, truncating or exhausting memory; the
 * values are documented in README.md ("Limits") and pinned by tests/hostile. */
#ifndef GUIDE_GUIDE_LIMITS_H
#define GUIDE_GUIDE_LIMITS_H

enum {
    /* Bytes in a rule file (64 MiB; rules/gist.guide is about 150 KB). */
    GUIDE_MAX_FILE_BYTES = 64 << 20,
    /* Levels of nesting in one condition or arithmetic expression: every and / or / not and
     * every operator counts (parentheses do not). It keeps the recursive phases within the
     * stack and the generated C within what C compilers accept. */
    GUIDE_MAX_DEPTH = 100,
    /* Bytes in a name or label. */
    GUIDE_MAX_NAME = 100,
    /* Bytes in a string (title, citation, description), quotes excluded. */
    GUIDE_MAX_STRING = 4096,
    /* Characters in a number as written (digits and point). */
    GUIDE_MAX_NUMBER = 100,
    /* Inputs, derived values and outputs in one file, together. What each value depends on is
     * kept per value (its cone), which grows with the square of their number on a long chain
     * of derived values: 4096 keeps that within 32 MiB (rules/gist.guide has about 200). */
    GUIDE_MAX_VARS = 4096,
    /* Rules and table rows in one file, together. */
    GUIDE_MAX_CLAUSES = 1000000,
};

#endif
