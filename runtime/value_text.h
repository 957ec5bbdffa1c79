/* value_text.h — the text form of one value, and of an undetermined output's possible answers,
 * of any length, for the runtime's printers and the compiler (libguide's own, not part of the
 * embedding ABI of guide.h). */
#ifndef GUIDE_VALUE_TEXT_H
#define GUIDE_VALUE_TEXT_H

#include "guide.h"
#include "strbuf.h"

/* Appends the value of variable v ("12 cm", "jejunum", "true", "[6, 12] months", "{a, b}") to
 * sb, whole: a set of 64 labels of 100 bytes is 6.5 KB. Nothing for a bad v or NULL val. These
 * appenders, like every one below, leave a failure to sb (sb_failed): the caller checks. */
void guide_value_text(strbuf *sb, const guide_ruleset_info *rs, int v, const guide_value *val);
/* The same for people: a label that has a display text is written "Très faible (very_low)". */
void guide_value_text_shown(strbuf *sb, const guide_ruleset_info *rs, int v, const guide_value *val);
/* guide_format_value with display texts; when they do not fit buf, the identifiers (never a
 * cut display text). GUIDE_FORMAT_FAILED, with buf empty, when memory runs out. */
size_t guide_format_value_shown(const guide_ruleset_info *rs, int v, const guide_value *val,
                                char *buf, size_t len);
/* The value val of variable v of f as the JSON result line writes it ("jejunum" quoted, 12, true,
 * [6,12], ["a","b"]), in a new malloc'd text of *n bytes; NULL when memory runs out. */
char *guide_value_json(const guide_frame *f, int v, const guide_value *val, size_t *n);
/* A variable's name for people: "Taille tumorale (size_cm)", or the name alone. */
void guide_name_text_shown(strbuf *sb, const guide_ruleset_info *rs, int v);

/* The possible answers of output o (0-based among outputs) of f: the leaves of its decision
 * diagram set in guide_possible(f, o), in the diagram's order. Their number; 0 when f holds none
 * (the output is not undetermined, or its evaluator did not say). */
int guide_possible_count(const guide_frame *f, int o);
/* Appends them as one phrase for people, the same in every printer: "T3", "T3 or T4",
 * "T2, T3 or T4"; ND as "no value", the other answers as "not applicable", "conflict" and
 * "undetermined" (a condition reads an output that is itself ND or in conflict). With max > 0
 * and more answers than max, the first max and "or N other answers". Returns the number of
 * answers; appends nothing when it is 0. */
int guide_possible_text(strbuf *sb, const guide_frame *f, int o, int max);
/* Appends, for output o of f decided by the walk of its diagram without some unknown inputs
 * (guide_asks), each of those inputs with the values the walk tried, as the diagram tells them
 * apart: "mitoses_per_5mm2 (<= 5, (5, 10], > 10), tumor_rupture (false, true)"; an input the
 * diagram never tests is "(any value)", one only an arithmetic value reads "(through NAME)". At
 * most GUIDE_POSSIBLE_SHOWN values of one input, then how many there are; the names alone when
 * the ruleset has no diagrams. Returns the number of inputs. */
int guide_without_text(strbuf *sb, const guide_frame *f, int o);

/* The answers a line of text names before it counts the rest: a set output can have dozens
 * (poor_prognostic_factors in rules/gist.guide, 80), and JSON lists them all. */
enum { GUIDE_POSSIBLE_SHOWN = 8 };

#endif
