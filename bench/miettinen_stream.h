/* miettinen_stream.h — the benchmark's Miettinen case stream and checksum (issue 9), so that
 * figures can be compared with other engines run on the same stream.
 *
 * A pool of 2^20 cases from the LCG s = s * 1664525 + 1013904223 (mod 2^32), seed 0x2009, each
 * draw using s >> 16; per case three draws in order: mitoses = (r % 25) * 0.5,
 * size = (r % 60 + 1) * 0.25, location = r % 4 over (stomach, jejunum, duodenum, rectum); case i
 * is pool[i mod 2^20]. Checksum: per case the code risk_index * 1000 + round(pct * 10) (999 for
 * the percentage part when it is null; risk order none, very_low, low, moderate, high,
 * insufficient_data), folded in case order as h = (h ^ code) * 16777619 (mod 2^32) from
 * h = 2166136261. */
#ifndef MIETTINEN_STREAM_H
#define MIETTINEN_STREAM_H

#include <math.h>
#include <stdint.h>

enum { MS_POOL = 1 << 20 };

typedef struct ms_case {
    double mitoses;  /* per 5 mm² */
    double size_cm;
    int    location; /* 0 stomach, 1 jejunum, 2 duodenum, 3 rectum */
} ms_case;

static const char *const ms_location_names[4] = {"stomach", "jejunum", "duodenum", "rectum"};
static const char *const ms_risk_names[6] = {"none", "very_low", "low", "moderate", "high",
                                             "insufficient_data"};

static inline uint32_t ms_draw(uint32_t *s)
{
    *s = *s * 1664525u + 1013904223u;
    return *s >> 16;
}

/* Fills pool[0 .. MS_POOL). */
static inline void ms_fill(ms_case *pool)
{
    uint32_t s = 0x2009;
    for (int i = 0; i < MS_POOL; i++) {
        uint32_t r = ms_draw(&s);
        pool[i].mitoses = (double)(r % 25) * 0.5;
        r = ms_draw(&s);
        pool[i].size_cm = (double)(r % 60 + 1) * 0.25;
        r = ms_draw(&s);
        pool[i].location = (int)(r % 4);
    }
}

#define MS_FNV_BASIS 2166136261u
#define MS_FNV_PRIME 16777619u

/* The 16-bit code of one result; pct < 0 means null. */
static inline uint32_t ms_code(int risk, double pct)
{
    return (uint32_t)risk * 1000u + (pct < 0 ? 999u : (uint32_t)lround(pct * 10));
}

static inline uint32_t ms_fold(uint32_t h, uint32_t code)
{
    return (h ^ code) * MS_FNV_PRIME;
}

#endif
