/* bench_lto.c — the row of bench_eval for the LLVM module linked into its caller: compiled by
 * clang to bitcode, linked with the bitcode of guidec emit-llvm --emit=bc (llvm-link), its
 * symbols but bench_eval_lto internalized and the whole optimized (opt, default<O2>), as a
 * program built with clang -flto links it; the loop below calls the module's gist_miettinen_eval,
 * which the optimizer inlines. */
#include "gist_miettinen.h" /* build/bench/gen: guidec emit-c, the ABI the module defines */

#include "bench_abi.h"

void bench_eval_lto(int n, const gist_miettinen_input *in, abi_rec *rec);

void bench_eval_lto(int n, const gist_miettinen_input *in, abi_rec *rec)
{
    ABI_LOOP(n, in, rec, gist_miettinen_eval);
}
