/* value_text.h — the text form of one value, of any length, for the runtime's printers and the
 * compiler (libguide's own, not part of the embedding ABI of guide.h). */
#ifndef GUIDE_VALUE_TEXT_H
#define GUIDE_VALUE_TEXT_H

#include "guide.h"
#include "strbuf.h"

/* Appends the value of variable v ("12 cm", "jejunum", "true", "[6, 12] months", "{a, b}") to
 * sb, whole: a set of 64 labels of 100 bytes is 6.5 KB. Nothing for a bad v or NULL val. */
void guide_value_text(strbuf *sb, const guide_ruleset_info *rs, int v, const guide_value *val);

#endif
