/* ruleset.c — lookups in a guide_ruleset_info and the text form of one value. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "guide.h"

int guide_var_index(const guide_ruleset_info *rs, const char *name)
{
    if (!rs || !name)
        return -1;
    for (int i = 0; i < rs->nvars; i++)
        if (rs->vars[i].name && strcmp(rs->vars[i].name, name) == 0)
            return i;
    return -1;
}

int guide_label_index(const guide_ruleset_info *rs, int v, const char *label)
{
    if (!rs || !label || v < 0 || v >= rs->nvars)
        return -1;
    const guide_var_info *var = &rs->vars[v];
    for (int i = 0; i < var->nlabels; i++)
        if (var->labels[i] && strcmp(var->labels[i], label) == 0)
            return i;
    return -1;
}

#if defined(__GNUC__)
#define RT_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define RT_PRINTF(f, a)
#endif

/* Appends with snprintf semantics, never running past the end of buf (the text is cut). */
static void put(char *buf, size_t len, size_t *o, const char *fmt, ...) RT_PRINTF(4, 5);

static void put(char *buf, size_t len, size_t *o, const char *fmt, ...)
{
    if (*o >= len)
        return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf + *o, len - *o, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    *o = (size_t)n >= len - *o ? len : *o + (size_t)n;
}

/* %g, with -0 printed as 0. */
static void put_num(char *buf, size_t len, size_t *o, double x)
{
    put(buf, len, o, "%g", x == 0 ? 0.0 : x);
}

static const char *label_name(const guide_var_info *var, int64_t l)
{
    if (l < 0 || l >= var->nlabels || !var->labels[l])
        return "?";
    return var->labels[l];
}

void guide_format_value(const guide_ruleset_info *rs, int v, const guide_value *val, char *buf,
                        size_t len)
{
    if (!buf || len == 0)
        return;
    buf[0] = '\0';
    if (!rs || !val || v < 0 || v >= rs->nvars)
        return;
    const guide_var_info *var = &rs->vars[v];
    size_t o = 0;
    switch (var->type) {
    case GUIDE_BOOL:
        put(buf, len, &o, "%s", val->b ? "true" : "false");
        break;
    case GUIDE_ENUM:
        put(buf, len, &o, "%s", label_name(var, val->label));
        break;
    case GUIDE_NUMBER:
    case GUIDE_INTEGER:
        put_num(buf, len, &o, val->num);
        if (var->unit)
            put(buf, len, &o, " %s", var->unit);
        break;
    case GUIDE_RANGE:
        put(buf, len, &o, "[");
        put_num(buf, len, &o, val->range.lo);
        put(buf, len, &o, ", ");
        put_num(buf, len, &o, val->range.hi);
        put(buf, len, &o, "]");
        if (var->unit)
            put(buf, len, &o, " %s", var->unit);
        break;
    case GUIDE_SET: {
        int first = 1;
        put(buf, len, &o, "{");
        for (int i = 0; i < 64 && i < var->nlabels; i++)
            if (val->set >> i & 1) {
                put(buf, len, &o, "%s%s", first ? "" : ", ", label_name(var, i));
                first = 0;
            }
        put(buf, len, &o, "}");
        break;
    }
    }
}
