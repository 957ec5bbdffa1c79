/* ruleset.c — lookups in a guide_ruleset_info and the text form of one value. */
#include <stdio.h>
#include <string.h>

#include "guide.h"
#include "value_text.h"

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

static const char *label_name(const guide_var_info *var, int64_t l)
{
    if (l < 0 || l >= var->nlabels || !var->labels[l])
        return "?";
    return var->labels[l];
}

/* %g, with -0 printed as 0. */
static void put_num(strbuf *sb, double x) { sb_printf(sb, "%g", x == 0 ? 0.0 : x); }

/* Label l as people read it: its display text and the identifier, "Très faible (very_low)". */
static void put_label(strbuf *sb, const guide_var_info *var, int64_t l, int shown)
{
    const char *display = shown && var->label_display && l >= 0 && l < var->nlabels
                              ? var->label_display[l] : NULL;
    if (display)
        sb_printf(sb, "%s (%s)", display, label_name(var, l));
    else
        sb_puts(sb, label_name(var, l));
}

/* A list as text shows it, "list (2.5; 6) SUV" or "empty list", its first LIST_SHOWN elements
 * and then how many there are in all, so that the text stays within GUIDE_VALUE_TEXT_MAX. */
enum { LIST_SHOWN = 16 };
static void put_list(strbuf *sb, const guide_var_info *var, guide_list l)
{
    if (l.n == 0) {
        sb_puts(sb, "empty list");
        return;
    }
    sb_puts(sb, "list (");
    for (int32_t i = 0; i < l.n && i < LIST_SHOWN; i++) {
        sb_puts(sb, i ? "; " : "");
        put_num(sb, l.items[i]);
    }
    if (l.n > LIST_SHOWN)
        sb_printf(sb, "; ... %d values in all", (int)l.n);
    sb_puts(sb, ")");
    if (var->unit)
        sb_printf(sb, " %s", var->unit);
}

static void value_text(strbuf *sb, const guide_ruleset_info *rs, int v, const guide_value *val,
                       int shown)
{
    if (!rs || !val || v < 0 || v >= rs->nvars)
        return;
    const guide_var_info *var = &rs->vars[v];
    switch (guide_type_repr(var->type)) {
    case GUIDE_REPR_TRUTH:
        sb_puts(sb, val->b ? "true" : "false");
        break;
    case GUIDE_REPR_LABEL:
        put_label(sb, var, val->label, shown);
        break;
    case GUIDE_REPR_NUMBER:
        put_num(sb, val->num);
        if (var->unit)
            sb_printf(sb, " %s", var->unit);
        break;
    case GUIDE_REPR_RANGE:
        sb_puts(sb, "[");
        put_num(sb, val->range.lo);
        sb_puts(sb, ", ");
        put_num(sb, val->range.hi);
        sb_puts(sb, "]");
        if (var->unit)
            sb_printf(sb, " %s", var->unit);
        break;
    case GUIDE_REPR_SET: {
        int first = 1;
        sb_puts(sb, "{");
        for (int i = 0; i < 64 && i < var->nlabels; i++)
            if (val->set >> i & 1) {
                sb_puts(sb, first ? "" : ", ");
                put_label(sb, var, i, shown);
                first = 0;
            }
        sb_puts(sb, "}");
        break;
    }
    case GUIDE_REPR_LIST:
        put_list(sb, var, val->list);
        break;
    }
}

void guide_value_text(strbuf *sb, const guide_ruleset_info *rs, int v, const guide_value *val)
{
    value_text(sb, rs, v, val, 0);
}

void guide_value_text_shown(strbuf *sb, const guide_ruleset_info *rs, int v, const guide_value *val)
{
    value_text(sb, rs, v, val, 1);
}

/* What the guide_format_ functions do when memory runs out: buf empty, GUIDE_FORMAT_FAILED. */
static size_t format_failed(char *buf, size_t len)
{
    if (buf && len > 0)
        buf[0] = '\0';
    return GUIDE_FORMAT_FAILED;
}

size_t guide_format_value_shown(const guide_ruleset_info *rs, int v, const guide_value *val,
                                char *buf, size_t len)
{
    if (v < rs->ninputs && rs->vars[v].step > 0) /* a number, which has no display text */
        return guide_format_compared(rs, v, val, buf, len);
    strbuf sb = STRBUF_INIT;
    guide_value_text_shown(&sb, rs, v, val);
    if (sb_failed(&sb)) {
        sb_free(&sb);
        return format_failed(buf, len);
    }
    size_t need = sb.len;
    if (buf && len > 0 && need < len)
        memcpy(buf, sb_str(&sb), need + 1);
    sb_free(&sb);
    if (need < len)
        return need;
    /* display texts too long for buf: the identifiers, which always fit, rather than a cut */
    return guide_format_value(rs, v, val, buf, len);
}

size_t guide_format_value(const guide_ruleset_info *rs, int v, const guide_value *val, char *buf,
                          size_t len)
{
    strbuf sb = STRBUF_INIT;
    guide_value_text(&sb, rs, v, val);
    if (sb_failed(&sb)) {
        sb_free(&sb);
        return format_failed(buf, len);
    }
    if (buf && len > 0) { /* cut to fit, as snprintf would: the result tells the caller */
        size_t n = sb.len < len - 1 ? sb.len : len - 1;
        memcpy(buf, sb_str(&sb), n);
        buf[n] = '\0';
    }
    size_t need = sb.len;
    sb_free(&sb);
    return need;
}

void guide_name_text_shown(strbuf *sb, const guide_ruleset_info *rs, int v)
{
    if (!rs || v < 0 || v >= rs->nvars)
        return;
    const guide_var_info *var = &rs->vars[v];
    if (var->display)
        sb_printf(sb, "%s (%s)", var->display, var->name ? var->name : "?");
    else
        sb_puts(sb, var->name ? var->name : "?");
}

size_t guide_format_compared(const guide_ruleset_info *rs, int v, const guide_value *val, char *buf,
                             size_t len)
{
    const guide_var_info *var = &rs->vars[v];
    guide_value r = *val;
    if (v >= rs->ninputs || !(var->step > 0) ||
        (r.num = guide_step_round(val->num, var->step)) == val->num)
        return guide_format_value(rs, v, val, buf, len);
    /* the value the rules compared, then the value the case recorded (step.c) */
    char raw[GUIDE_VALUE_TEXT_MAX], rounded[GUIDE_VALUE_TEXT_MAX];
    if (guide_format_value(rs, v, &r, rounded, sizeof rounded) == GUIDE_FORMAT_FAILED ||
        guide_format_value(rs, v, val, raw, sizeof raw) == GUIDE_FORMAT_FAILED)
        return format_failed(buf, len);
    int n = snprintf(buf, len, "%s (recorded %s, step %g)", rounded, raw, var->step);
    return n < 0 ? 0 : (size_t)n;
}
