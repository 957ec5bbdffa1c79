/* emit_c.h — the C backend: a ruleset's Decision IR as a C source and header (`guidec emit-c`).
 *
 * NAME.h declares the ABI (DESIGN.md "Generated C ABI"): NAME_input, NAME_output, NAME_eval,
 * NAME_info, the batch entries (NAME_eval_many on structs, NAME_columns and NAME_eval_columns
 * on columns), and the glue with libguide frames (NAME_from_frame, NAME_to_frame,
 * NAME_eval_frame). NAME.c includes NAME.h, guide.h and guide_gen.h (all three on the include
 * path: runtime/ for the last two) and holds each output's decision diagram as static tables;
 * it calls one function of libguide, guide_dd_walk, for an output Kleene logic leaves open. */
#ifndef GUIDE_EMIT_C_H
#define GUIDE_EMIT_C_H

#include <stddef.h>
#include <stdio.h>

#include "ir.h"

/* Writes the header to h and the source to c. The text depends on the IR alone (and the source
 * text its comments quote): the same rule file gives the same bytes. Returns 0, or nonzero if
 * a write failed. */
int emitc_write(const ir_program *p, FILE *c, FILE *h);
/* The same; with inline_header (emit-c --inline) and a direct path, the header also holds the
 * direct path and NAME_eval_inline, a static inline NAME_eval (NAME.c takes its direct path
 * from there). */
int emitc_write_opts(const ir_program *p, FILE *c, FILE *h, int inline_header);

/* Whether the C backend can write this ruleset: 0, or 1 with the reason in err when its name
 * would make a header that shadows one the generated code includes (guide.h, math.h...). */
int emitc_name_ok(const ir_program *p, strbuf *err);
/* Writes DIR/NAME.c and DIR/NAME.h (into the temporary folder of build and --backend c; the
 * emit-c verb writes each through cli_out). Returns 0, or nonzero with the reason in err. */
int emitc_to_dir(const ir_program *p, const char *dir, strbuf *err);
/* The same, with the header of emit-c --inline when inline_header. */
int emitc_to_dir_opts(const ir_program *p, const char *dir, int inline_header, strbuf *err);

#endif
