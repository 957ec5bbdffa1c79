/* fuzz_decode.h — bytes decoded into a case of a rule file (its inputs only), shared by the
 * libFuzzer harnesses that evaluate cases: fuzz_diff.c and fuzz_dd.c.
 *
 * Decoding, per input in order (missing bytes: unknown): enum and set labels from one byte
 * (0xFF: unknown), bools from one byte (mod 3, 2: unknown); numbers from a selector byte: 0
 * unknown, 1 one of the constants the rules compare it with, or the double just below or
 * above, 2 an end of its range or a point between two constants, 3 eight raw bytes folded
 * into the declared range (integers rounded down). Lists stay unknown. */
#ifndef GUIDE_FUZZ_DECODE_H
#define GUIDE_FUZZ_DECODE_H

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "guide.h"
#include "ir.h"

typedef struct bytes {
    const uint8_t *p;
    size_t         n;
} bytes;

static int take(bytes *b, uint8_t *out)
{
    if (b->n == 0)
        return 0;
    *out = *b->p++;
    b->n--;
    return 1;
}

/* A number for variable v, or 0 for unknown. */
static int decode_number(bytes *b, const ir_var *v, double *out)
{
    uint8_t sel, k;
    if (!take(b, &sel) || sel % 4 == 0)
        return 0;
    double lo = isfinite(v->lo) ? v->lo : -1e6, hi = isfinite(v->hi) ? v->hi : 1e6, x = lo;
    if (sel % 4 == 1 && v->ncuts > 0 && take(b, &k)) {
        x = v->cuts[k % v->ncuts];
        if (k / v->ncuts % 3 == 1)
            x = nextafter(x, -HUGE_VAL);
        else if (k / v->ncuts % 3 == 2)
            x = nextafter(x, HUGE_VAL);
    } else if (sel % 4 == 2 && take(b, &k)) {
        int n = v->ncuts + 2;
        int i = k % n;
        double a = i == 0 ? lo : i == n - 1 ? hi : v->cuts[i - 1];
        double c = i + 1 < n - 1 ? v->cuts[i] : hi;
        x = k / n % 2 ? a : a + (c - a) / 2;
    } else if (sel % 4 == 3) {
        uint64_t u = 0;
        for (int i = 0; i < 8; i++) {
            uint8_t c = 0;
            take(b, &c);
            u = u << 8 | c;
        }
        double r;
        memcpy(&r, &u, sizeof r);
        if (!isfinite(r))
            r = (double)(u >> 11) / 9007199254740992.0 * (hi - lo);
        x = lo + fmod(fabs(r), hi - lo > 0 ? hi - lo : 1);
    }
    if (v->type == GUIDE_INTEGER)
        x = floor(x);
    if (!(x >= v->lo && x <= v->hi) || !isfinite(x))
        return 0;
    *out = x;
    return 1;
}

/* Fills f (cleared first) with the case the bytes of b give p's inputs. */
static void fuzz_decode_case(bytes *b, guide_frame *f, const ir_program *p)
{
    guide_frame_clear(f);
    for (int i = 0; i < p->ninputs; i++) {
        const ir_var *v = &p->vars[i];
        uint8_t c;
        switch (v->type) {
        case GUIDE_ENUM:
            if (take(b, &c) && c != 0xFF) {
                f->val[i].label = c % v->nlabels;
                f->known[i] = 1;
            }
            break;
        case GUIDE_SET:
            if (take(b, &c) && c != 0xFF) {
                f->val[i].set = (uint64_t)c & ((v->nlabels >= 64) ? ~0ull : ((1ull << v->nlabels) - 1));
                f->known[i] = 1;
            }
            break;
        case GUIDE_BOOL:
            if (take(b, &c) && c % 3 != 2) {
                f->val[i].b = c % 3;
                f->known[i] = 1;
            }
            break;
        case GUIDE_NUMBER:
        case GUIDE_INTEGER:
            f->known[i] = (uint8_t)decode_number(b, v, &f->val[i].num);
            break;
        default:
            break; /* ranges are outputs only; lists stay unknown here (tests/diff covers them) */
        }
    }
}

#endif
