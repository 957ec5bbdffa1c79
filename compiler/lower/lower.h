/* lower.h — the checker and lowering: resolves every name, type, unit, label and range of the
 * AST and builds the Decision IR. Reports every problem it finds (several per file) and goes on;
 * the IR is only usable when the diagnostic context counts no error. */
#ifndef GUIDE_LOWER_H
#define GUIDE_LOWER_H

#include "ast.h"
#include "ir.h"

/* Checks and lowers a parsed program. Always returns an IR (partial after errors). */
ir_program *lower_program(arena *a, diag_ctx *d, const src_file *f, const ast_program *ast);

#endif
