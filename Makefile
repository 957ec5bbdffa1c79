# Guide — build, run the examples, test.
#   make          build build/guidec and build/libguide.{a,so}
#   make run      install missing packages, build, evaluate examples/cases with traces
#   make check    install missing packages, build, run every test
CC      ?= cc
CFLAGS  ?= -O2 -g
WARN    := -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wno-unused-parameter
# gcc proves where a snprintf may cut its text or a write may run past its buffer; either is an
# error here (text of unknown length goes through runtime/strbuf.h). clang has no such warnings.
ifeq ($(findstring clang,$(shell $(CC) --version 2>/dev/null)),)
WARN    += -Werror=format-truncation=2 -Werror=format-overflow=2 -Werror=stringop-overflow=4
endif
# The compiler's folders follow its pipeline (docs/ARCHITECTURE.md); each is on the include path,
# so a file includes a header by its name alone.
CC_DIRS := compiler/front compiler/lower compiler/ir compiler/analyse compiler/eval \
           compiler/backend/plan compiler/backend/c compiler/backend/llvm compiler/tools \
           compiler/lsp compiler/cli
CC_HDR  := $(wildcard $(addsuffix /*.h,$(CC_DIRS)))
CPPFLAGS += -D_POSIX_C_SOURCE=200809L -Iruntime $(addprefix -I,$(CC_DIRS)) -I$(B)/gen
LDLIBS  := -ljansson -lnettle -lm -ldl
# The build directory: build/, or another one for the sanitizer and fuzzing builds below.
B       ?= build
# LLVM 19 through its C API: only compiler/backend/llvm/emit_llvm*.c include llvm-c/. The CLI is
# linked with -rdynamic so that JIT'd code could reach the process's symbols.
LLVM_CONFIG ?= llvm-config-19
LLVM_CFLAGS := $(shell $(LLVM_CONFIG) --cflags 2>/dev/null)
LLVM_LIBS   := $(shell $(LLVM_CONFIG) --ldflags 2>/dev/null) $(shell $(LLVM_CONFIG) --libs 2>/dev/null)
LDLIBS  += $(LLVM_LIBS)

RT_SRC  := $(wildcard runtime/*.c)
RT_OBJ  := $(RT_SRC:%.c=$(B)/%.o)
RT_PIC  := $(RT_SRC:%.c=$(B)/pic/%.o)
CC_SRC  := $(filter-out compiler/cli/main.c,$(wildcard $(addsuffix /*.c,$(CC_DIRS))))
CC_OBJ  := $(CC_SRC:%.c=$(B)/%.o) $(B)/gen/parser.o $(B)/gen/lexer.o
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)

.PHONY: all deps run check unit golden e2e render bench clean diff-c diff-llvm diff-interp embed ll-same check-lsp
all: $(B)/guidec $(B)/libguide.a $(B)/libguide.so

deps:
	@./scripts/install-deps.sh

# Generated front end: bison writes the parser and its header, flex the scanner.
$(B)/gen/parser.c $(B)/gen/parser.h &: compiler/front/parser.y
	@mkdir -p $(B)/gen
	bison -Wall -Werror --defines=$(B)/gen/parser.h -o $(B)/gen/parser.c $<
$(B)/gen/lexer.c $(B)/gen/lexer.h &: compiler/front/lexer.l $(B)/gen/parser.h
	@mkdir -p $(B)/gen
	flex --header-file=$(B)/gen/lexer.h -o $(B)/gen/lexer.c $<
# (the scanner and the parser include the compiler's and libguide's headers: a struct that
# changes there must rebuild them too)
$(B)/gen/%.o: $(B)/gen/%.c $(B)/gen/parser.h $(B)/gen/lexer.h $(CC_HDR) $(wildcard runtime/*.h)
	$(CC) $(CPPFLAGS) $(CFLAGS) -std=c11 -w -c $< -o $@

$(B)/runtime/%.o: runtime/%.c $(wildcard runtime/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -c $< -o $@
$(B)/compiler/%.o: compiler/%.c $(B)/gen/parser.h $(B)/gen/lexer.h $(CC_HDR) $(wildcard runtime/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -c $< -o $@
# `--backend c` compiles generated C that includes runtime/guide.h: the source tree is the last
# place guidec looks for it (after $GUIDE_RUNTIME_DIR and runtime/ beside build/).
$(B)/compiler/backend/c/cbackend_build.o: CPPFLAGS += -DGUIDE_SOURCE_DIR='"$(CURDIR)"'
# LLVM's headers, for the files of the LLVM backend (-isystem: their warnings are not ours).
$(B)/compiler/backend/llvm/%.o: CPPFLAGS += $(patsubst -I%,-isystem %,$(filter -I%,$(LLVM_CFLAGS)))
$(B)/pic/%.o: %.c $(wildcard runtime/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -fPIC -c $< -o $@

$(B)/libguide.a: $(RT_OBJ)
	rm -f $@ && ar rcs $@ $^
# The soname names the ABI (make install: libguide.so.$(GUIDE_ABI) and the libguide.so link).
GUIDE_ABI := 1
$(B)/libguide.so: $(RT_PIC)
	$(CC) -shared -Wl,-soname,libguide.so.$(GUIDE_ABI) -o $@ $^ -ljansson -lm
$(B)/libguidec.a: $(CC_OBJ)
	rm -f $@ && ar rcs $@ $^
$(B)/guidec: $(B)/compiler/cli/main.o $(B)/libguidec.a $(B)/libguide.a
	$(CC) $(LDFLAGS) -rdynamic -o $@ $^ $(LDLIBS)

$(B)/tests/%: tests/unit/%.c $(B)/libguidec.a $(B)/libguide.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -o $@ $< $(B)/libguidec.a $(B)/libguide.a $(LDLIBS) -lcmocka
$(B)/tests/test_dd: tests/unit/dd_oracle.h
$(B)/tests/test_print $(B)/tests/test_oom: tests/unit/fixture_frame.h
# test_evaluator loads rules compiled to C, which call libguide's guide_dd_walk: -rdynamic.
$(B)/tests/test_evaluator: tests/unit/test_evaluator.c $(B)/libguidec.a $(B)/libguide.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -rdynamic -o $@ $< $(B)/libguidec.a $(B)/libguide.a $(LDLIBS) -lcmocka

# The differential test of the C backend (every rule file and golden ruleset, compiled with gcc
# and clang, -Werror) and of the LLVM backend (LLJIT), against the interpreter on boundary and
# random cases. emit_ll writes the .ll of a rule file lowered without analysis, for ll-same.
# -rdynamic: the generated C that diff_c loads with dlopen calls libguide's guide_dd_walk.
$(B)/tests/diff_c: tests/diff/diff.c
$(B)/tests/emit_ll: tests/diff/emit_ll.c
$(B)/tests/diff_c $(B)/tests/emit_ll: $(B)/libguidec.a $(B)/libguide.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -rdynamic -o $@ $(filter %.c,$^) $(B)/libguidec.a $(B)/libguide.a $(LDLIBS)

# examples/embed: a program linked with the library `guidec build rules/gist.guide` makes, and
# libguide. `make embed` checks that it prints what `guidec run --trace --missing` prints.
$(B)/embed/libgist.a $(B)/embed/gist.h &: rules/gist.guide $(B)/guidec
	@mkdir -p $(B)/embed
	$(B)/guidec build rules/gist.guide -o $(B)/embed
$(B)/examples/embed: examples/embed/embed.c $(B)/embed/libgist.a $(B)/embed/gist.h $(B)/libguide.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -I$(B)/embed $(CFLAGS) $(WARN) -o $@ $< $(B)/embed/libgist.a $(B)/libguide.a -ljansson -lm

# examples/embed linked against the native object from `guidec emit-llvm` instead of the C: the
# same program and header (NAME.h from emit-c declares the ABI both backends implement).
$(B)/embed/gist_llvm.o: rules/gist.guide $(B)/guidec
	@mkdir -p $(B)/embed
	$(B)/guidec emit-llvm rules/gist.guide --emit=obj -o $@
$(B)/examples/embed_llvm: examples/embed/embed.c $(B)/embed/gist.h $(B)/embed/gist_llvm.o $(B)/libguide.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -I$(B)/embed $(CFLAGS) $(WARN) -o $@ $< $(B)/embed/gist_llvm.o $(B)/libguide.a -ljansson -lm

run: deps
	@$(MAKE) --no-print-directory all
	@for f in examples/cases/*.json; do \
	    echo "== $$f (rules/gist.guide)"; $(B)/guidec run --trace rules/gist.guide $$f; \
	done
	@for g in sarcoma net; do for f in examples/$$g/*.json; do \
	    echo "== $$f (rules/$$g.guide)"; $(B)/guidec run --trace rules/$$g.guide $$f; \
	done; done

unit: $(UNIT_BIN)
	@./tests/run-unit.sh $(UNIT_BIN)
golden: $(B)/guidec
	@./tests/golden/run.sh $(B)/guidec
e2e: $(B)/guidec
	@./tests/e2e/run.sh $(B)/guidec
	@./tests/e2e/lsp.sh $(B)/guidec
embed: $(B)/examples/embed $(B)/examples/embed_llvm $(B)/guidec
	@for e in embed embed_llvm; do for f in examples/cases/*.json; do \
	    $(B)/examples/$$e $$f > $(B)/embed/out.txt && \
	    $(B)/guidec run --trace --missing rules/gist.guide $$f | cmp -s - $(B)/embed/out.txt || \
	    { echo "embed: $$f: the embedding program ($$e) and guidec run disagree"; exit 1; }; \
	done; echo "embed: $$(ls examples/cases/*.json | wc -l) cases, $$e: same results and traces as guidec run"; done
# Every rule file of the differential tests and of ll-same.
DIFF_GUIDES := $(wildcard rules/*.guide) $(wildcard tests/golden/ok/*.guide) $(wildcard tests/diff/*.guide) \
               bench/miettinen.guide
diff-c: $(B)/tests/diff_c
	@$(B)/tests/diff_c --backend c $(DIFF_GUIDES)
# The same differential test of the LLVM backend (lowered through LLVM-C, compiled by LLJIT).
diff-llvm: $(B)/tests/diff_c
	@$(B)/tests/diff_c --backend jit $(DIFF_GUIDES)
# The same differential test of the interpreter's table lookups (interp_new_indexed, used by run and batch).
diff-interp: $(B)/tests/diff_c
	@$(B)/tests/diff_c --backend interp $(DIFF_GUIDES)
# The .ll must not depend on the compiler that built guidec: this build's emit_ll and that of
# $(LL_B) (make check: the clang sanitizer build, made by sanitize-build) write the same text.
LL_B ?= $(SAN_B)
ll-same: $(B)/tests/emit_ll
	@./tests/diff/ll-same.sh $(B)/tests/emit_ll $(LL_B)/tests/emit_ll $(DIFF_GUIDES)
# The HTML report drawn by headless Chromium (installed for this test only).
render: $(B)/guidec
	@./scripts/install-deps.sh render
	@./tests/e2e/render.sh $(B)/guidec
# guidec lsp in a real editor: headless Neovim's LSP client (installed for this test only; the
# test says it skips when it cannot be).
check-lsp: $(B)/guidec
	@./scripts/install-deps.sh lsp || echo "check-lsp: could not install neovim"
	@./tests/lsp/run.sh $(B)/guidec

check: deps
	@$(MAKE) --no-print-directory all $(UNIT_BIN) $(B)/tests/diff_c $(B)/tests/emit_ll $(B)/examples/embed $(B)/examples/embed_llvm
	@$(MAKE) --no-print-directory unit golden check-web e2e embed diff-c diff-llvm diff-interp render check-lsp hostile
	@$(MAKE) --no-print-directory check-hostile
	@$(MAKE) --no-print-directory check-tsan TSAN_RECORDS=20000
	@$(MAKE) --no-print-directory check-sqlite check-postgres check-install

# A benchmark, not a test: prints a table of timings.
# The SQL rows (bench/sql_rate.sh) need both extensions; PostgreSQL's is built when pg_config is
# there, and its row says so when it is not.
bench: deps
	@$(MAKE) --no-print-directory all $(B)/bench/bench_eval $(B)/tests/diff_c $(B)/guide_sqlite.so
	@if command -v pg_config > /dev/null; then $(MAKE) --no-print-directory postgres; fi
	@./bench/run.sh $(B)/guidec $(B)/bench/bench_eval $(B)/tests/diff_c
# bench_eval links the C that guidec emit-c writes for bench/miettinen.guide, as an embedder
# would; bench_inline.c, compiled against the header of guidec emit-c --inline (its
# NAME_eval_inline); and the object guidec emit-llvm writes for it (for this machine's CPU), its
# public symbols renamed gist_miettinen_* -> llvm_gist_miettinen_* so that both link into one
# program.
$(B)/bench/gen/gist_miettinen.c $(B)/bench/gen/gist_miettinen.h &: bench/miettinen.guide $(B)/guidec
	@mkdir -p $(B)/bench/gen
	$(B)/guidec emit-c bench/miettinen.guide -o $(B)/bench/gen
$(B)/bench/gen-inline/gist_miettinen.h: bench/miettinen.guide $(B)/guidec
	@mkdir -p $(B)/bench/gen-inline
	$(B)/guidec emit-c --inline bench/miettinen.guide -o $(B)/bench/gen-inline
$(B)/bench/bench_inline.o: bench/bench_inline.c bench/bench_abi.h $(B)/bench/gen-inline/gist_miettinen.h
	$(CC) $(CPPFLAGS) -I$(B)/bench/gen-inline $(CFLAGS) $(WARN) -c $< -o $@
BENCH_SYMS := eval eval_many eval_columns from_frame to_frame eval_frame info
$(B)/bench/gen/gist_miettinen_llvm.o: bench/miettinen.guide $(B)/guidec
	@mkdir -p $(B)/bench/gen
	$(B)/guidec emit-llvm bench/miettinen.guide --emit=obj -o $@.tmp
	objcopy $(foreach s,$(BENCH_SYMS),--redefine-sym gist_miettinen_$(s)=llvm_gist_miettinen_$(s)) $@.tmp $@
	@rm -f $@.tmp
# The same for a generic x86-64 CPU (SSE2, as the C above is compiled), renamed llvmg_*: the
# columns row's vector code is this machine's (AVX2, AVX-512), and this row shows what that is
# worth.
$(B)/bench/gen/gist_miettinen_llvm_generic.o: bench/miettinen.guide $(B)/guidec
	@mkdir -p $(B)/bench/gen
	$(B)/guidec emit-llvm bench/miettinen.guide --cpu generic --emit=obj -o $@.tmp
	objcopy $(foreach s,$(BENCH_SYMS),--redefine-sym gist_miettinen_$(s)=llvmg_gist_miettinen_$(s)) $@.tmp $@
	@rm -f $@.tmp
# The LLVM module linked into its caller, as clang -flto would: bench_lto.c to bitcode (clang),
# linked with the module's bitcode (llvm-link), everything but bench_eval_lto internalized and
# optimized as one module (opt: NAME_eval is inlined into the loop), then compiled (llc).
LLVM_BIN := $(shell $(LLVM_CONFIG) --bindir 2>/dev/null)
$(B)/bench/gen/gist_miettinen.bc: bench/miettinen.guide $(B)/guidec
	@mkdir -p $(B)/bench/gen
	$(B)/guidec emit-llvm bench/miettinen.guide --emit=bc -o $@
$(B)/bench/bench_lto.o: bench/bench_lto.c bench/bench_abi.h $(B)/bench/gen/gist_miettinen.h $(B)/bench/gen/gist_miettinen.bc
	clang $(CPPFLAGS) -I$(B)/bench/gen -O2 -flto -c $< -o $@.caller.bc
	$(LLVM_BIN)/llvm-link $@.caller.bc $(B)/bench/gen/gist_miettinen.bc -o $@.linked.bc
	$(LLVM_BIN)/opt -passes='internalize,default<O2>' --internalize-public-api-list=bench_eval_lto \
	    $@.linked.bc -o $@.opt.bc
	$(LLVM_BIN)/llc -O2 -relocation-model=pic -filetype=obj $@.opt.bc -o $@
	@rm -f $@.caller.bc $@.linked.bc $@.opt.bc
BENCH_OBJS := $(B)/bench/bench_inline.o $(B)/bench/bench_lto.o $(B)/bench/gen/gist_miettinen_llvm.o $(B)/bench/gen/gist_miettinen_llvm_generic.o
$(B)/bench/bench_eval: bench/bench_eval.c $(wildcard bench/*.h) $(B)/bench/gen/gist_miettinen.c $(BENCH_OBJS) $(B)/libguidec.a $(B)/libguide.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -I$(B)/bench/gen $(CFLAGS) $(WARN) -o $@ $< $(B)/bench/gen/gist_miettinen.c $(BENCH_OBJS) $(B)/libguidec.a $(B)/libguide.a $(LDLIBS)

clean:
	rm -rf $(B)

# ---- hostile input (issue 7): sanitizers, fuzzing, valgrind, limits ------------------------
# make check-sanitize  every unit, golden, e2e and hostile test with ASan + UBSan, in build-san/
# make fuzz            builds the libFuzzer harnesses of tests/fuzz in build-fuzz/ and runs each
#                      for FUZZ_SECONDS seconds
# make hostile         the limits and hostile inputs of tests/hostile
# make valgrind        the CLI under valgrind on every rule file and example (several minutes)
# make check runs hostile, then check-hostile: the unit, golden and hostile tests under ASan +
# UBSan (the e2e tests add about 5 minutes under the sanitizers: make check-sanitize has them),
# ll-same (the sanitizer build is clang's: its .ll must be the gcc build's) and the quick part
# of tests/hostile/valgrind.sh; about 2 minutes in all on two cores.
.PHONY: check-sanitize sanitize-build sanitize-run fuzz fuzz-build hostile valgrind check-hostile check-tsan
SAN_B     := build-san
# With ASan and UBSan, glibc's checked string functions (_FORTIFY_SOURCE=3) and stack canaries:
# a write past a buffer is caught by whichever sees it first.
SAN_FLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all \
             -D_FORTIFY_SOURCE=3 -fstack-protector-strong
# Any report stops the program (exit status 1 or abort) and is also written to
# $(SAN_B)/reports/, which must stay empty: a report swallowed by a test script still fails.
SAN_ENV   := ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1:log_path=$(CURDIR)/$(SAN_B)/reports/asan \
             UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_stacktrace=1:log_path=$(CURDIR)/$(SAN_B)/reports/ubsan
FUZZ_B    := build-fuzz
FUZZ_FLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
FUZZ_SECONDS ?= 20
FUZZ_BIN  := $(FUZZ_B)/fuzz/fuzz_front $(FUZZ_B)/fuzz/fuzz_cases $(FUZZ_B)/fuzz/fuzz_line \
             $(FUZZ_B)/fuzz/fuzz_diff $(FUZZ_B)/fuzz/fuzz_versions $(FUZZ_B)/fuzz/fuzz_check \
             $(FUZZ_B)/fuzz/fuzz_csv $(FUZZ_B)/fuzz/fuzz_fmt $(FUZZ_B)/fuzz/fuzz_dd

SAN_TESTS ?= unit golden e2e hostile

hostile: $(B)/guidec
	@./tests/hostile/run.sh $(B)/guidec
valgrind: $(B)/guidec
	@./tests/hostile/valgrind.sh $(B)/guidec
check-hostile:
	@$(MAKE) --no-print-directory sanitize-build
	@$(MAKE) --no-print-directory sanitize-run SAN_TESTS="unit golden hostile"
	@$(MAKE) --no-print-directory ll-same
	@./tests/hostile/valgrind.sh $(B)/guidec quick

# The sanitized build is its own tree (clang; B=$(SAN_B)), so it never clobbers build/.
sanitize-build:
	@$(MAKE) --no-print-directory B=$(SAN_B) CC=clang CFLAGS="$(SAN_FLAGS)" \
	    LDFLAGS="-fsanitize=address,undefined" all $(UNIT_SRC:tests/unit/%.c=$(SAN_B)/tests/%) $(SAN_B)/tests/emit_ll
sanitize-run:
	@rm -rf $(SAN_B)/reports && mkdir -p $(SAN_B)/reports
	@$(SAN_ENV) $(MAKE) --no-print-directory B=$(SAN_B) CC=clang CFLAGS="$(SAN_FLAGS)" \
	    LDFLAGS="-fsanitize=address,undefined" $(SAN_TESTS); rc=$$?; \
	if [ -n "$$(ls $(SAN_B)/reports)" ]; then \
	    echo "check-sanitize: sanitizer reports:"; cat $(SAN_B)/reports/*; exit 1; fi; \
	[ $$rc -eq 0 ] && echo "check-sanitize: no ASan / UBSan report"
check-sanitize: deps
	@$(MAKE) --no-print-directory sanitize-build
	@$(MAKE) --no-print-directory sanitize-run

# ThreadSanitizer (issue 22): guidec built with clang -fsanitize=thread in $(TSAN_B), then
# `batch --threads 1/2/4/8` on 100,000 mixed good and bad records with the interpreter and the
# JIT (tests/threads/run.sh). Any report fails it, even one a script would swallow: reports go to
# $(TSAN_B)/reports/, which must stay empty. About 6 minutes on two cores once built (the build:
# 1 more). make check runs it on 20,000 records (TSAN_RECORDS=20000: about 2 minutes, build
# included), and make hostile the same comparison without TSan on 100,000.
TSAN_B       := build-tsan
TSAN_FLAGS   := -O1 -g -fno-omit-frame-pointer -fsanitize=thread
TSAN_RECORDS ?= 100000
check-tsan: deps
	@$(MAKE) --no-print-directory B=$(TSAN_B) CC=clang CFLAGS="$(TSAN_FLAGS)" LDFLAGS="-fsanitize=thread" $(TSAN_B)/guidec
	@rm -rf $(TSAN_B)/reports && mkdir -p $(TSAN_B)/reports
	@TSAN_OPTIONS=halt_on_error=1:exitcode=66:second_deadlock_stack=1:log_path=$(CURDIR)/$(TSAN_B)/reports/tsan \
	    ./tests/threads/run.sh $(TSAN_B)/guidec $(TSAN_RECORDS) "interp jit"; rc=$$?; \
	if [ -n "$$(ls $(TSAN_B)/reports)" ]; then \
	    echo "check-tsan: ThreadSanitizer reports:"; cat $(TSAN_B)/reports/*; exit 1; fi; \
	[ $$rc -eq 0 ] && echo "check-tsan: no ThreadSanitizer report"

# libFuzzer: the libraries instrumented for coverage (B=$(FUZZ_B)), each harness linked with
# -fsanitize=fuzzer; gist.c is what `guidec emit-c rules/gist.guide` writes.
fuzz-build: deps
	@$(MAKE) --no-print-directory B=$(FUZZ_B) CC=clang CFLAGS="$(FUZZ_FLAGS)" \
	    LDFLAGS="-fsanitize=address,undefined" $(FUZZ_BIN)
fuzz: fuzz-build
	@./tests/fuzz/run.sh $(FUZZ_B) $(FUZZ_SECONDS)

$(FUZZ_B)/fuzz/gist.c $(FUZZ_B)/fuzz/gist.h &: rules/gist.guide $(B)/guidec
	@mkdir -p $(dir $@)
	$(B)/guidec emit-c rules/gist.guide -o $(FUZZ_B)/fuzz
$(FUZZ_B)/fuzz/fuzz_front: tests/fuzz/fuzz_front.c $(B)/libguidec.a $(B)/libguide.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -fsanitize=fuzzer -o $@ $< $(B)/libguidec.a $(B)/libguide.a $(LDLIBS)
$(FUZZ_B)/fuzz/fuzz_versions: tests/fuzz/fuzz_versions.c $(B)/libguidec.a $(B)/libguide.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -fsanitize=fuzzer -o $@ $< $(B)/libguidec.a $(B)/libguide.a $(LDLIBS)
$(FUZZ_B)/fuzz/fuzz_check: tests/fuzz/fuzz_check.c $(B)/libguidec.a $(B)/libguide.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -fsanitize=fuzzer -o $@ $< $(B)/libguidec.a $(B)/libguide.a $(LDLIBS)
$(FUZZ_B)/fuzz/fuzz_csv: tests/fuzz/fuzz_csv.c $(B)/libguidec.a $(B)/libguide.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -fsanitize=fuzzer -o $@ $< $(B)/libguidec.a $(B)/libguide.a $(LDLIBS)
$(FUZZ_B)/fuzz/fuzz_cases: tests/fuzz/fuzz_cases.c $(FUZZ_B)/fuzz/gist.c $(B)/libguide.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -I$(FUZZ_B)/fuzz $(CFLAGS) $(WARN) -fsanitize=fuzzer -o $@ $< $(FUZZ_B)/fuzz/gist.c $(B)/libguide.a $(LDLIBS)
$(FUZZ_B)/fuzz/fuzz_line: tests/fuzz/fuzz_line.c $(FUZZ_B)/fuzz/gist.c $(B)/libguide.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -I$(FUZZ_B)/fuzz $(CFLAGS) $(WARN) -fsanitize=fuzzer -o $@ $< $(FUZZ_B)/fuzz/gist.c $(B)/libguide.a $(LDLIBS)
$(FUZZ_B)/fuzz/fuzz_diff: tests/fuzz/fuzz_diff.c tests/fuzz/fuzz_decode.h $(FUZZ_B)/fuzz/gist.c $(B)/libguidec.a $(B)/libguide.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -I$(FUZZ_B)/fuzz -DGUIDE_SOURCE_DIR='"$(CURDIR)"' $(CFLAGS) $(WARN) -fsanitize=fuzzer -o $@ $< \
	    $(FUZZ_B)/fuzz/gist.c $(B)/libguidec.a $(B)/libguide.a $(LDLIBS)
$(FUZZ_B)/fuzz/fuzz_fmt: tests/fuzz/fuzz_fmt.c $(B)/libguidec.a $(B)/libguide.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -fsanitize=fuzzer -o $@ $< $(B)/libguidec.a $(B)/libguide.a $(LDLIBS)
# fuzz_dd: the brute-force oracle of the unit test tests/unit/test_dd.c, on fuzzed cases
$(FUZZ_B)/fuzz/fuzz_dd: tests/fuzz/fuzz_dd.c tests/fuzz/fuzz_decode.h tests/unit/dd_oracle.h $(B)/libguidec.a $(B)/libguide.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -DGUIDE_SOURCE_DIR='"$(CURDIR)"' $(CFLAGS) $(WARN) -fsanitize=fuzzer -o $@ $< \
	    $(B)/libguidec.a $(B)/libguide.a $(LDLIBS)
# ---- end of hostile input ------------------------------------------------------------------

# ---- the SQL extensions and make install (issue 19) -----------------------------------------
# build/guide_sqlite.so   the SQLite loadable extension (ext/sqlite): the compiler, libguide and
#                         the JIT in one shared object, built from position-independent objects
#                         in $(B)/pic/; it exports only its entry point, sqlite3_guide_init.
# make check-sqlite       tests/sql/sqlite.sh: SQL_CASES sparse and as many complete cases of
#                         rules/gist.guide (and SQL_PATHOLOGY_CASES pathology-only ones) through
#                         the extension, by the JIT and by the interpreter, every result compared
#                         byte for byte with guidec batch, every output's value and state with it
# SQL_CASES=3000 for a quick run. With the defaults, check-sqlite took 3.4 min and check-postgres
# 3.9 min on the 2-core machine of the README's figures, shared with other work.
SQL_CASES ?= 100000
SQL_PATHOLOGY_CASES ?= 10000
.PHONY: sqlite check-sqlite
CC_PIC  := $(CC_SRC:%.c=$(B)/pic/%.o) $(B)/pic/gen/parser.o $(B)/pic/gen/lexer.o
$(B)/pic/compiler/%.o: compiler/%.c $(B)/gen/parser.h $(B)/gen/lexer.h $(CC_HDR) $(wildcard runtime/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -fPIC -c $< -o $@
$(B)/pic/gen/%.o: $(B)/gen/%.c $(B)/gen/parser.h $(B)/gen/lexer.h $(CC_HDR) $(wildcard runtime/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -std=c11 -w -fPIC -c $< -o $@
$(B)/pic/compiler/backend/c/cbackend_build.o: CPPFLAGS += -DGUIDE_SOURCE_DIR='"$(CURDIR)"'
$(B)/pic/compiler/backend/llvm/%.o: CPPFLAGS += $(patsubst -I%,-isystem %,$(filter -I%,$(LLVM_CFLAGS)))
# ext/common: what both extensions do alike (one output of a result: its value and state).
EXT_PIC := $(B)/pic/ext/common/sql_output.o
$(B)/pic/ext/%.o: ext/%.c $(B)/gen/parser.h $(CC_HDR) $(wildcard runtime/*.h ext/common/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -Iext/common $(CFLAGS) $(WARN) -fPIC -c $< -o $@
$(B)/guide_sqlite.so: $(B)/pic/ext/sqlite/guide_sqlite.o $(EXT_PIC) $(CC_PIC) $(RT_PIC) ext/sqlite/exports.map
	$(CC) $(LDFLAGS) -shared -Wl,--version-script=ext/sqlite/exports.map -o $@ \
	    $(filter %.o,$^) $(LDLIBS)
sqlite: $(B)/guide_sqlite.so
check-sqlite: deps
	@$(MAKE) --no-print-directory $(B)/guidec $(B)/guide_sqlite.so $(B)/bench/bench_eval
	@./tests/sql/sqlite.sh $(B) $(SQL_CASES) $(SQL_PATHOLOGY_CASES)
# The PostgreSQL extension (ext/postgres, PGXS) links the compiler and libguide from this
# archive of position-independent objects (with ext/common's); only what it calls is taken (the
# interpreter, no LLVM).
# make check-postgres: tests/sql/postgres.sh installs the extension into a private copy of the
# server's tree and starts a server of its own from it, all in a temporary directory; the same
# streams, guide_eval in one process and with two parallel workers, guide_output and guide_state.
.PHONY: postgres check-postgres
$(B)/libguidec_pic.a: $(EXT_PIC) $(CC_PIC) $(RT_PIC)
	rm -f $@ && ar rcs $@ $^
postgres: $(B)/libguidec_pic.a
	@$(MAKE) --no-print-directory -C ext/postgres B=$(abspath $(B))
check-postgres: deps
	@$(MAKE) --no-print-directory $(B)/guidec $(B)/bench/bench_eval postgres
	@./tests/sql/postgres.sh $(B) $(SQL_CASES) $(SQL_PATHOLOGY_CASES)
# ---- end of the SQL extensions -------------------------------------------------------------

# ---- make install (issue 19) ----------------------------------------------------------------
# make install [PREFIX=/usr/local] [DESTDIR=]   guidec, libguide.{a,so} (soname
#     libguide.so.$(GUIDE_ABI)), the headers in include/guide, guide.pc for pkg-config, the SQLite
#     extension in lib/sqlite3/, the man page guidec(1) made by help2man from the --help texts,
#     and guidec web's kit in lib/guide/wasm/ when make wasm has built it
# make check-install   installs into a temporary DESTDIR and builds examples/embed from there
.PHONY: install uninstall check-install
PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
LIBDIR  ?= $(PREFIX)/lib
INCDIR  ?= $(PREFIX)/include
MANDIR  ?= $(PREFIX)/share/man
GUIDE_VERSION := 0.1.0
$(B)/guide.pc: Makefile
	@mkdir -p $(dir $@)
	printf '%s\n' 'prefix=$(PREFIX)' 'libdir=$(LIBDIR)' 'includedir=$(INCDIR)' '' \
	    'Name: guide' 'Description: Guide runtime: the library code made by guidec build links against' \
	    'Version: $(GUIDE_VERSION)' 'Requires.private: jansson' \
	    'Cflags: -I$${includedir}/guide' 'Libs: -L$${libdir} -lguide -lm' > $@
# help2man asks guidec --help and --version; the verbs' own --help texts follow as sections.
$(B)/guidec.1: $(B)/guidec
	@mkdir -p $(dir $@)
	{ for v in check run test diff batch graph report fmt emit-c emit-llvm build dump lsp web; do \
	    printf '[verb: %s]\n.nf\n' "$$v"; \
	    $(B)/guidec help $$v 2>&1 | sed -e 's/\\/\\e/g' -e "s/^[.']/\\\\\&&/"; printf '.fi\n'; done; \
	} > $(B)/guidec.h2m
	help2man -N --no-discard-stderr -n 'the compiler of Guide, a language for clinical-guideline decision logic' \
	    -i $(B)/guidec.h2m -o $@ $(B)/guidec
install: all $(B)/guide_sqlite.so $(B)/guide.pc $(B)/guidec.1
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR)/pkgconfig $(DESTDIR)$(LIBDIR)/sqlite3 \
	    $(DESTDIR)$(INCDIR)/guide $(DESTDIR)$(MANDIR)/man1
	install -m 755 $(B)/guidec $(DESTDIR)$(BINDIR)/guidec
	install -m 644 $(B)/libguide.a $(DESTDIR)$(LIBDIR)/libguide.a
	install -m 755 $(B)/libguide.so $(DESTDIR)$(LIBDIR)/libguide.so.$(GUIDE_ABI)
	ln -sf libguide.so.$(GUIDE_ABI) $(DESTDIR)$(LIBDIR)/libguide.so
	install -m 644 runtime/guide.h runtime/guide_gen.h $(DESTDIR)$(INCDIR)/guide/
	install -m 644 $(B)/guide.pc $(DESTDIR)$(LIBDIR)/pkgconfig/guide.pc
	install -m 755 $(B)/guide_sqlite.so $(DESTDIR)$(LIBDIR)/sqlite3/guide_sqlite.so
	install -m 644 $(B)/guidec.1 $(DESTDIR)$(MANDIR)/man1/guidec.1
	@# guidec web's kit, when make wasm has built it (guidec looks in ../lib/guide/wasm)
	if [ -f $(B)/wasm/libguide.a ]; then install -d $(DESTDIR)$(LIBDIR)/guide/wasm && \
	    install -m 644 $(WASM_KIT) $(DESTDIR)$(LIBDIR)/guide/wasm/; fi
	@# the PostgreSQL extension in the server's own directories (pg_config's), under DESTDIR
	if command -v pg_config > /dev/null; then $(MAKE) --no-print-directory postgres && \
	    $(MAKE) --no-print-directory -C ext/postgres B=$(abspath $(B)) DESTDIR=$(abspath $(DESTDIR)) install; fi
uninstall:
	rm -f $(DESTDIR)$(BINDIR)/guidec $(DESTDIR)$(LIBDIR)/libguide.a $(DESTDIR)$(LIBDIR)/libguide.so \
	    $(DESTDIR)$(LIBDIR)/libguide.so.$(GUIDE_ABI) $(DESTDIR)$(LIBDIR)/pkgconfig/guide.pc \
	    $(DESTDIR)$(LIBDIR)/sqlite3/guide_sqlite.so $(DESTDIR)$(MANDIR)/man1/guidec.1 \
	    $(DESTDIR)$(INCDIR)/guide/guide.h $(DESTDIR)$(INCDIR)/guide/guide_gen.h
	rm -f $(addprefix $(DESTDIR)$(LIBDIR)/guide/wasm/,$(notdir $(WASM_KIT)))
	-rmdir $(DESTDIR)$(LIBDIR)/guide/wasm $(DESTDIR)$(LIBDIR)/guide
	-rmdir $(DESTDIR)$(INCDIR)/guide
check-install: deps
	@./tests/sql/install.sh
# ---- end of make install ---------------------------------------------------------------------

# ---- the tumour-board page (issue 24) --------------------------------------------------------
# make wasm       libguide for WebAssembly (wasm32-wasi, clang-19 and wasi-libc) in $(B)/wasm/,
#                 with the page's glue (web/guide_web.c) and assets: the kit `guidec web` links
#                 a ruleset's wasm object with and copies the page from. case_read.c (jansson)
#                 is left out: the page reads each field as text (case_value.c).
# make check-web  builds the GIST, sarcoma and NET pages and drives each in headless Chromium
#                 (tests/web/run.py): fields filled for example cases, with unknown inputs
#                 among them; the JSON the page shows compared byte for byte with guidec run
#                 --format json; screenshots in $(B)/web/. About 40 s (make check runs it; the
#                 packages are installed for it only, as render's are).
.PHONY: wasm check-web
WASM_CC     ?= clang-19
WASM_AR     ?= llvm-ar-19
WASM_CFLAGS := --target=wasm32-wasi -O2 -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Wno-unused-parameter -Iruntime
WASM_RT_SRC := $(filter-out runtime/case_read.c,$(RT_SRC))
WASM_RT_OBJ := $(WASM_RT_SRC:%.c=$(B)/wasm/%.o)
WASM_KIT    := $(B)/wasm/libguide.a $(B)/wasm/guide_web.o \
               $(addprefix $(B)/wasm/,index.html page.js page.css)
$(B)/wasm/runtime/%.o: runtime/%.c $(wildcard runtime/*.h)
	@mkdir -p $(dir $@)
	$(WASM_CC) $(WASM_CFLAGS) -c $< -o $@
$(B)/wasm/guide_web.o: web/guide_web.c $(wildcard runtime/*.h)
	@mkdir -p $(dir $@)
	$(WASM_CC) $(WASM_CFLAGS) -c $< -o $@
$(B)/wasm/libguide.a: $(WASM_RT_OBJ)
	rm -f $@ && $(WASM_AR) rcs $@ $^
$(B)/wasm/%: web/%
	@mkdir -p $(dir $@)
	cp $< $@
wasm:
	@./scripts/install-deps.sh web
	@$(MAKE) --no-print-directory $(WASM_KIT)
check-web: $(B)/guidec
	@$(MAKE) --no-print-directory wasm
	@python3 tests/web/run.py $(B)
# ---- end of the tumour-board page ------------------------------------------------------------
