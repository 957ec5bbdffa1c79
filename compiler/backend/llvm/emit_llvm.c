/* emit_llvm.c — the LLVM backend: a ruleset's Decision IR lowered to LLVM IR through the LLVM-C
 * API, written as .ll / .bc / .o (`guidec emit-llvm`) or compiled in process by ORC LLJIT
 * (`--backend jit`). With the other emit_llvm*.c files, the only ones of guidec that
 * include llvm-c/.
 *
 * The module mirrors the C backend (emit_c.c), which mirrors the reference interpreter
 * (interp.c) step for step, so outputs, states, asks and trace events come out the same:
 *   - derived values and outputs in the IR's evaluation order;
 *   - an output folds every one of its concluders in source order; a rule or table is
 *     evaluated (and traced) when an output first needs it; a first-hit table all at once;
 *   - an output Kleene logic leaves open is decided, or found undetermined with its possible
 *     answers and the inputs to ask for, by libguide's walk of its decision diagram
 *     (guide_dd_walk, dd.h): the module holds every diagram as constant globals laid out as
 *     guide.h's structs (@dds, which NAME_info.dds points at) and calls the walk (walk).
 * A table whose columns split into few enough cells becomes a lookup, planned exactly as
 * emit_c.c plans it (the rows each combination of cells matches, computed by the interpreter's
 * own condition evaluator on one value per cell, and the answer of each output only that table
 * concludes); when a column is unknown the rows are tested one by one in Kleene logic.
 * When every output is answered by such a lookup on inputs alone (emit_plan.c plan_direct), the
 * module also has emit_c_direct.c's direct path: eval_direct computes each table's combination of
 * classes (cells no answer tells apart merged) from the input struct and copies the answers from
 * @direct.<table> into the output struct; NAME_eval tries it for an untraced case before
 * the general path, `evaluate`, kept noinline so that the direct path does not pay for its frame.
 * NAME_eval_many and NAME_eval_columns are emit_c_abi.c's batch entries: on the direct path, the
 * columns' rows go by blocks through a loop without branches or lookups in memory whose every
 * pointer is a noalias parameter, for the loop vectoriser, then through scalar loops copying
 * answers into the output columns.
 *
 * Functions and globals are named after the rules, tables and variables they evaluate; the
 * named metadata !guide.clauses lists each clause with its citation and source line, so the .ll
 * reads against the rule file, and !guide.direct the classes indexing each @direct.<table>.
 * Types are made in the module's context; builder calls are the typed ones (Load2, GEP2, Call2)
 * behind one-line wrappers. No call has two arguments, nor an initializer two elements, that
 * build instructions or globals: C leaves their order to the compiler, and the .ll must not
 * depend on which compiler built guidec (tests/diff/ll-same.sh).
 *
 * This file builds the module (build_module: which part is built when, an order the .ll keeps),
 * and holds the target, the optimisation, the writing, the JIT and the layout; the structs, entry
 * points and batches are built by emit_llvm_abi.c, the evaluation by emit_llvm_eval.c, the direct
 * path by emit_llvm_direct.c, NAME_info and the diagrams by emit_llvm_info.c, and the builder's
 * vocabulary is emit_llvm_internal.h's. */
#include "emit_llvm_internal.h"
#include "xalloc.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <llvm-c/Analysis.h>
#include <llvm-c/BitWriter.h>
#include <llvm-c/Error.h>
#include <llvm-c/LLJIT.h>
#include <llvm-c/Orc.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>

/* ---- Planning (as emit_c.c plan) --------------------------------------------------------------- */

/* The plan both backends compile from (emit_plan.h). */
static void plan(emitll *e)
{
    const ir_program *p = e->p;
    eplan_make(&e->plan, p, &e->a);
    e->tg = zalloc(e, sizeof(table_gen) * ((size_t)p->ntables + 1));
}

/* ---- The module -------------------------------------------------------------------------------- */

/* Builds the module for p in context cx with the target's data layout. */
static LLVMModuleRef build_module(const ir_program *p, LLVMContextRef cx, LLVMTargetMachineRef tm)
{
    emitll e;
    memset(&e, 0, sizeof e);
    e.p = p;
    e.cx = cx;
    arena_init(&e.a);
    e.m = LLVMModuleCreateWithNameInContext(p->name, cx);
    const char *path = p->info.path ? p->info.path : p->name;
    LLVMSetSourceFileName(e.m, path, strlen(path));
    char *triple = LLVMGetTargetMachineTriple(tm);
    LLVMSetTarget(e.m, triple);
    LLVMDisposeMessage(triple);
    LLVMTargetDataRef td = LLVMCreateTargetDataLayout(tm);
    LLVMSetModuleDataLayout(e.m, td);
    e.b = LLVMCreateBuilderInContext(cx);
    e.b2 = LLVMCreateBuilderInContext(cx);
    e.isz = LLVMIntPtrTypeInContext(cx, td);
    e.big_endian = LLVMByteOrder(td) == LLVMBigEndian;
    LLVMDisposeTargetData(td);
    e.nv = p->nvars;
    e.no = p->noutputs;
    e.nc = p->nclauses;
    e.first_out = guide_first_output(&p->info);
    e.words = guide_input_words(&p->info);
    e.wdim = imax(e.words, 1);
    plan(&e);
    el_make_types(&e);
    LLVMTypeRef dt = e.f64;
    unsigned id = LLVMLookupIntrinsicID("llvm.floor", 10);
    e.floor_fn = LLVMGetIntrinsicDeclaration(e.m, id, &dt, 1);
    el_make_metadata(&e);
    el_make_dds(&e);
    el_make_info(&e);
    el_make_trace_add(&e);
    size_t nv = (size_t)p->nvars + 1;
    e.derive = zalloc(&e, sizeof(LLVMValueRef) * nv);
    e.answer = zalloc(&e, sizeof(LLVMValueRef) * nv);
    e.map = zalloc(&e, sizeof(LLVMValueRef) * nv);
    e.unit_fn = zalloc(&e, sizeof(LLVMValueRef) * ((size_t)e.plan.nunits + 1));
    for (int i = p->ninputs; i < e.first_out; i++)
        el_make_derived(&e, i);
    if (el_any_cells_search(&e))
        el_make_gk_cell(&e);
    for (int t = 0; t < p->ntables; t++)
        if (e.plan.tp[t].fast)
            el_make_cells(&e, t);
    for (int u = 0; u < e.plan.nunits; u++)
        if (e.plan.unit_used[u])
            el_make_unit(&e, u);
    for (int i = e.first_out; i < p->nvars; i++)
        el_make_answer(&e, i);
    el_declare_dd_walk(&e);
    el_make_walk(&e);
    if (e.plan.direct)
        el_make_direct(&e);
    el_make_eval(&e);
    el_make_frame_glue(&e);
    el_make_eval_many(&e);
    el_make_eval_columns(&e);
    LLVMDisposeBuilder(e.b);
    LLVMDisposeBuilder(e.b2);
    arena_free(&e.a);
    sb_free(&e.nm);
    return e.m;
}

/* ---- Target, verification, optimisation -------------------------------------------------------- */

static void init_targets(int all)
{
    static int native, every;
    if (!native) {
        LLVMInitializeNativeTarget();
        LLVMInitializeNativeAsmPrinter();
        native = 1;
    }
    if (all && !every) {
        LLVMInitializeAllTargetInfos();
        LLVMInitializeAllTargets();
        LLVMInitializeAllTargetMCs();
        LLVMInitializeAllAsmPrinters();
        every = 1;
    }
}

/* Turns an LLVMErrorRef into a message in err (and consumes it). */
/* An LLVM error that is the JIT's memory mapper failing for want of memory (its message is
 * strerror(ENOMEM)) ends guidec as any other allocation failure does (xalloc.h). */
static void end_if_out_of_memory(const char *msg)
{
    if (strstr(msg, strerror(ENOMEM)))
        guide_out_of_memory("the JIT");
}

static void error_message(LLVMErrorRef er, const char *what, strbuf *err)
{
    char *msg = LLVMGetErrorMessage(er);
    end_if_out_of_memory(msg);
    sb_printf(err, "%s: %s", what, msg);
    LLVMDisposeErrorMessage(msg);
}

/* The JIT session's errors (a symbol it could not materialise), which LLVM prints by default
 * as "JIT session error: ..." before the lookup fails: out of memory is guidec's one line. */
static void jit_session_error(void *ctx, LLVMErrorRef er)
{
    (void)ctx;
    char *msg = LLVMGetErrorMessage(er);
    end_if_out_of_memory(msg);
    fprintf(stderr, "guidec: JIT session error: %s\n", msg);
    LLVMDisposeErrorMessage(msg);
}

/* LLVM has no C API to validate a CPU name, and an unknown one only warns on stderr (or aborts,
 * for x86-64): a child process makes a target machine for it and emits an empty module, and the
 * CPU is accepted when the child succeeds without complaining. Returns 0, or 2 with the reason. */
static int check_cpu(LLVMTargetMachineRef tm, const char *triple, const char *cpu, strbuf *err)
{
    int fd[2];
    if (pipe(fd) != 0) {
        sb_printf(err, "cannot check CPU '%s': no pipe", cpu);
        return 2;
    }
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        close(fd[0]);
        close(fd[1]);
        sb_printf(err, "cannot check CPU '%s': cannot fork", cpu);
        return 2;
    }
    if (pid == 0) {
        dup2(fd[1], 2);
        close(fd[0]);
        close(fd[1]);
        LLVMContextRef cx = LLVMContextCreate();
        LLVMModuleRef m = LLVMModuleCreateWithNameInContext("cpu_check", cx);
        char *t = LLVMGetTargetMachineTriple(tm);
        LLVMSetTarget(m, t);
        LLVMTypeRef ft = LLVMFunctionType(LLVMVoidTypeInContext(cx), NULL, 0, 0);
        LLVMValueRef f = LLVMAddFunction(m, "f", ft);
        LLVMBuilderRef b = LLVMCreateBuilderInContext(cx);
        LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(cx, f, "entry"));
        LLVMBuildRetVoid(b);
        LLVMMemoryBufferRef buf = NULL;
        char *msg = NULL;
        _exit(LLVMTargetMachineEmitToMemoryBuffer(tm, m, LLVMObjectFile, &msg, &buf) ? 1 : 0);
    }
    close(fd[1]);
    strbuf out = STRBUF_INIT; /* all of it: the complaint may come after other text */
    char chunk[4096];
    ssize_t got;
    while ((got = read(fd[0], chunk, sizeof chunk)) > 0)
        sb_putn(&out, chunk, (size_t)got);
    close(fd[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    int unknown = !WIFEXITED(status) || WEXITSTATUS(status) != 0 || strstr(sb_str(&out), "not a recognized");
    sb_free(&out);
    if (unknown) {
        sb_printf(err, "unknown CPU '%s' for target '%s'", cpu, triple);
        return 2;
    }
    return 0;
}

/* A target machine for triple (NULL: the host) and cpu (NULL: host CPU for the host, else
 * generic). NULL with the reason in err. */
static LLVMTargetMachineRef target_machine(const char *triple, const char *cpu, strbuf *err)
{
    char *host = LLVMGetDefaultTargetTriple();
    char *norm = triple ? LLVMNormalizeTargetTriple(triple) : NULL;
    const char *t = norm ? norm : host;
    init_targets(triple != NULL);
    LLVMTargetRef target;
    char *msg = NULL;
    LLVMTargetMachineRef tm = NULL;
    if (LLVMGetTargetFromTriple(t, &target, &msg)) {
        sb_printf(err, "unknown target '%s': %s", triple ? triple : t, msg ? msg : "");
    } else {
        char *hcpu = NULL, *hfeat = NULL;
        const char *c = cpu, *features = "";
        if (!c && !triple) {
            hcpu = LLVMGetHostCPUName();
            hfeat = LLVMGetHostCPUFeatures();
            c = hcpu;
            features = hfeat;
        } else if (!c) {
            c = "generic";
        }
        tm = LLVMCreateTargetMachine(target, t, c, features, LLVMCodeGenLevelDefault, LLVMRelocPIC,
                                     LLVMCodeModelDefault);
        if (!tm)
            sb_printf(err, "cannot make a target machine for '%s' (CPU '%s')", t, c);
        else if (cpu && strcmp(cpu, "generic") != 0 && check_cpu(tm, t, cpu, err)) {
            LLVMDisposeTargetMachine(tm);
            tm = NULL;
        }
        LLVMDisposeMessage(hcpu);
        LLVMDisposeMessage(hfeat);
    }
    LLVMDisposeMessage(msg);
    LLVMDisposeMessage(norm);
    LLVMDisposeMessage(host);
    return tm;
}

/* Verifies, then optimises with default<O2>. Returns 0, or 2 with the reason (an internal error of
 * guidec, said so in the message). */
static int verify_and_optimise(LLVMModuleRef m, LLVMTargetMachineRef tm, strbuf *err)
{
    char *msg = NULL;
    if (LLVMVerifyModule(m, LLVMReturnStatusAction, &msg)) {
        sb_printf(err, "internal error: the generated LLVM module does not verify: %s", msg ? msg : "");
        LLVMDisposeMessage(msg);
        return 2;
    }
    LLVMDisposeMessage(msg);
    LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions();
    LLVMErrorRef er = LLVMRunPasses(m, "default<O2>", tm, po);
    LLVMDisposePassBuilderOptions(po);
    if (er) {
        error_message(er, "internal error: optimising the generated module", err);
        return 2;
    }
    return 0;
}

/* Writes the n bytes at data to path. Returns 0, or 2 with the reason in err. LLVM's own file
 * writers abort the process on a write error (a full disk: "LLVM ERROR", exit 1), so the module
 * is written to memory first and the file here, with every call checked; a regular file left
 * incomplete is removed (a device such as /dev/stdout is not). */
static int write_file(const char *path, const char *data, size_t n, strbuf *err)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        sb_printf(err, "cannot write %s: %s", path, strerror(errno));
        return 2;
    }
    struct stat sb;
    int regular = fstat(fileno(f), &sb) == 0 && S_ISREG(sb.st_mode);
    errno = 0;
    int bad = fwrite(data, 1, n, f) != n || fflush(f) != 0;
    int saved = bad ? errno : 0;
    if (fclose(f) != 0 && !bad) {
        bad = 1;
        saved = errno;
    }
    if (!bad)
        return 0;
    sb_printf(err, "cannot write %s: %s", path, strerror(saved ? saved : EIO));
    if (regular)
        unlink(path);
    return 2;
}

int emitll_write(const ir_program *p, const char *path, const emitll_options *o, strbuf *err)
{
    LLVMTargetMachineRef tm = target_machine(o->triple, o->cpu, err);
    if (!tm)
        return 2;
    LLVMContextRef cx = LLVMContextCreate();
    LLVMModuleRef m = build_module(p, cx, tm);
    int rc = verify_and_optimise(m, tm, err);
    if (rc == 0) {
        char *msg = NULL;
        LLVMMemoryBufferRef mb = NULL;
        switch (o->kind) {
        case EMITLL_LL: {
            char *text = LLVMPrintModuleToString(m);
            rc = write_file(path, text, strlen(text), err);
            LLVMDisposeMessage(text);
            break;
        }
        case EMITLL_BC:
            mb = LLVMWriteBitcodeToMemoryBuffer(m);
            if (!mb) {
                sb_printf(err, "cannot write %s: the bitcode could not be made", path);
                rc = 2;
            }
            break;
        case EMITLL_OBJ:
            if (LLVMTargetMachineEmitToMemoryBuffer(tm, m, LLVMObjectFile, &msg, &mb)) {
                sb_printf(err, "cannot write %s: %s", path, msg ? msg : "the object could not be made");
                mb = NULL;
                rc = 2;
            }
            break;
        }
        if (mb) {
            rc = write_file(path, LLVMGetBufferStart(mb), LLVMGetBufferSize(mb), err);
            LLVMDisposeMemoryBuffer(mb);
        }
        LLVMDisposeMessage(msg);
    }
    LLVMDisposeModule(m);
    LLVMContextDispose(cx);
    LLVMDisposeTargetMachine(tm);
    return rc;
}

/* ---- JIT --------------------------------------------------------------------------------------- */

struct emitll_jit {
    LLVMOrcLLJITRef           jit;
    const guide_ruleset_info *info;
    int (*eval_frame)(guide_frame *, guide_trace *);
};

emitll_jit *emitll_jit_load(const ir_program *p, strbuf *err)
{
    LLVMTargetMachineRef tm = target_machine(NULL, NULL, err);
    if (!tm)
        return NULL;
    LLVMOrcThreadSafeContextRef tsc = LLVMOrcCreateNewThreadSafeContext();
    LLVMModuleRef m = build_module(p, LLVMOrcThreadSafeContextGetContext(tsc), tm);
    int rc = verify_and_optimise(m, tm, err);
    LLVMDisposeTargetMachine(tm);
    if (rc) {
        LLVMDisposeModule(m);
        LLVMOrcDisposeThreadSafeContext(tsc);
        return NULL;
    }
    emitll_jit *j = guide_xcalloc(1, sizeof *j, "the JIT");
    LLVMErrorRef er = LLVMOrcCreateLLJIT(&j->jit, NULL);
    if (er) {
        error_message(er, "cannot create the JIT", err);
        free(j);
        LLVMDisposeModule(m);
        LLVMOrcDisposeThreadSafeContext(tsc);
        return NULL;
    }
    LLVMOrcExecutionSessionSetErrorReporter(LLVMOrcLLJITGetExecutionSession(j->jit),
                                            jit_session_error, NULL);
    LLVMOrcJITDylibRef jd = LLVMOrcLLJITGetMainJITDylib(j->jit);
    /* memset, memcpy and floor come from the process (libc, libm); guide_dd_walk is given by
     * address, this process's own: a program linked without -rdynamic (the tests) does not
     * export it to a search of the process */
    LLVMOrcDefinitionGeneratorRef gen = NULL;
    er = LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(&gen, LLVMOrcLLJITGetGlobalPrefix(j->jit),
                                                              NULL, NULL);
    if (!er)
        LLVMOrcJITDylibAddGenerator(jd, gen);
    if (!er) {
        LLVMJITSymbolFlags flags = {LLVMJITSymbolGenericFlagsExported | LLVMJITSymbolGenericFlagsCallable, 0};
        LLVMOrcCSymbolMapPair walk[4] = {
            {LLVMOrcLLJITMangleAndIntern(j->jit, "guide_dd_walk"),
             {(LLVMOrcExecutorAddress)(uintptr_t)guide_dd_walk, flags}},
            {LLVMOrcLLJITMangleAndIntern(j->jit, "guide_step_round"),
             {(LLVMOrcExecutorAddress)(uintptr_t)guide_step_round, flags}},
            {LLVMOrcLLJITMangleAndIntern(j->jit, "guide_list_aggregate"),
             {(LLVMOrcExecutorAddress)(uintptr_t)guide_list_aggregate, flags}},
            {LLVMOrcLLJITMangleAndIntern(j->jit, "guide_list_valid"),
             {(LLVMOrcExecutorAddress)(uintptr_t)guide_list_valid, flags}}};
        LLVMOrcMaterializationUnitRef mu = LLVMOrcAbsoluteSymbols(walk, 4);
        er = LLVMOrcJITDylibDefine(jd, mu); /* takes mu, unless it fails */
        if (er)
            LLVMOrcDisposeMaterializationUnit(mu);
    }
    LLVMOrcThreadSafeModuleRef tsm = LLVMOrcCreateNewThreadSafeModule(m, tsc);
    LLVMOrcDisposeThreadSafeContext(tsc); /* the module keeps the context alive */
    if (!er) {
        er = LLVMOrcLLJITAddLLVMIRModule(j->jit, jd, tsm); /* takes tsm, even on failure */
    } else {
        LLVMOrcDisposeThreadSafeModule(tsm);
    }
    LLVMOrcExecutorAddress info = 0, fn = 0;
    if (!er) {
        char *sym = sb_format("%s_info", p->name);
        er = LLVMOrcLLJITLookup(j->jit, &info, sym);
        free(sym);
    }
    if (!er) {
        char *sym = sb_format("%s_eval_frame", p->name);
        er = LLVMOrcLLJITLookup(j->jit, &fn, sym);
        free(sym);
    }
    if (er) {
        error_message(er, "cannot JIT-compile the rules", err);
        LLVMOrcDisposeLLJIT(j->jit);
        free(j);
        return NULL;
    }
    j->info = (const guide_ruleset_info *)(uintptr_t)info;
    void *f = (void *)(uintptr_t)fn;
    memcpy(&j->eval_frame, &f, sizeof f); /* POSIX: a function's address as an object pointer */
    return j;
}

const guide_ruleset_info *emitll_jit_info(const emitll_jit *j)
{
    return j->info;
}

int emitll_jit_eval(const emitll_jit *j, guide_frame *f, guide_trace *t)
{
    return j->eval_frame(f, t);
}

void *emitll_jit_lookup(const emitll_jit *j, const char *name)
{
    LLVMOrcExecutorAddress a = 0;
    LLVMErrorRef er = LLVMOrcLLJITLookup(j->jit, &a, name);
    if (er) {
        LLVMConsumeError(er);
        return NULL;
    }
    return (void *)(uintptr_t)a;
}

void emitll_jit_free(emitll_jit *j)
{
    if (!j)
        return;
    LLVMErrorRef er = LLVMOrcDisposeLLJIT(j->jit);
    if (er)
        LLVMConsumeError(er);
    free(j);
}

/* ---- Layout ------------------------------------------------------------------------------------ */

int emitll_layout(const ir_program *p, emitll_layout_info *l, strbuf *err)
{
    LLVMTargetMachineRef tm = target_machine(NULL, NULL, err);
    if (!tm)
        return 2;
    emitll e;
    memset(&e, 0, sizeof e);
    e.p = p;
    e.cx = LLVMContextCreate();
    arena_init(&e.a);
    LLVMTargetDataRef td = LLVMCreateTargetDataLayout(tm);
    e.isz = LLVMIntPtrTypeInContext(e.cx, td);
    e.first_out = guide_first_output(&p->info);
    e.words = guide_input_words(&p->info);
    e.wdim = imax(e.words, 1);
    plan(&e);
    el_make_types(&e);
    l->in_size = (size_t)LLVMABISizeOfType(td, e.in);
    l->out_size = (size_t)LLVMABISizeOfType(td, e.out);
    l->state_off = (size_t)LLVMOffsetOfElement(td, e.out, (unsigned)e.state_field);
    l->asks_off = (size_t)LLVMOffsetOfElement(td, e.out, (unsigned)e.asks_field);
    l->dknown_off = e.dknown_field >= 0 ? (size_t)LLVMOffsetOfElement(td, e.out, (unsigned)e.dknown_field) : 0;
    l->possible_off = (size_t)LLVMOffsetOfElement(td, e.out, (unsigned)e.possible_field);
    l->possible_words = (size_t)imax(e.possible_at[p->noutputs], 1);
    for (int i = 0; i < p->nvars; i++)
        l->var_off[i] = (size_t)LLVMOffsetOfElement(td, i < p->ninputs ? e.in : e.out,
                                                    (unsigned)(i < p->ninputs ? e.in_field[i] : e.out_field[i]));
    LLVMDisposeTargetData(td);
    LLVMContextDispose(e.cx);
    LLVMDisposeTargetMachine(tm);
    arena_free(&e.a);
    sb_free(&e.nm);
    return 0;
}
