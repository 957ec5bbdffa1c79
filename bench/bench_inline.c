/* bench_inline.c — the row of bench_eval for gist_miettinen_eval_inline: compiled against the
 * header guidec emit-c --inline writes (build/bench/gen-inline), whose static inline function
 * the loop below inlines; its slow path calls gist_miettinen_eval, the C backend's that
 * bench_eval links (the same evaluation). */
#include "gist_miettinen.h" /* build/bench/gen-inline: guidec emit-c --inline */

#include "bench_abi.h"

void bench_eval_inline(int n, const gist_miettinen_input *in, abi_rec *rec);

void bench_eval_inline(int n, const gist_miettinen_input *in, abi_rec *rec)
{
    ABI_LOOP(n, in, rec, gist_miettinen_eval_inline);
}
