# Guide — build, run the examples, test.
#   make          build build/guidec and build/libguide.{a,so}
#   make run      install missing packages, build, evaluate examples/cases with traces
#   make check    install missing packages, build, run every test
CC      ?= cc
CFLAGS  ?= -O2 -g
WARN    := -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wno-unused-parameter
CPPFLAGS += -D_POSIX_C_SOURCE=200809L -Iruntime -Icompiler -Ibuild/gen
LDLIBS  := -ljansson -lnettle -lm
B       := build

RT_SRC  := $(wildcard runtime/*.c)
RT_OBJ  := $(RT_SRC:%.c=$(B)/%.o)
RT_PIC  := $(RT_SRC:%.c=$(B)/pic/%.o)
CC_SRC  := $(filter-out compiler/main.c,$(wildcard compiler/*.c))
CC_OBJ  := $(CC_SRC:%.c=$(B)/%.o) $(B)/gen/parser.o $(B)/gen/lexer.o
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)

.PHONY: all deps run check unit golden e2e render bench clean
all: $(B)/guidec $(B)/libguide.a $(B)/libguide.so

deps:
	@./scripts/install-deps.sh

# Generated front end: bison writes the parser and its header, flex the scanner.
$(B)/gen/parser.c $(B)/gen/parser.h &: compiler/parser.y
	@mkdir -p $(B)/gen
	bison -Wall -Werror --defines=$(B)/gen/parser.h -o $(B)/gen/parser.c $<
$(B)/gen/lexer.c $(B)/gen/lexer.h &: compiler/lexer.l $(B)/gen/parser.h
	@mkdir -p $(B)/gen
	flex --header-file=$(B)/gen/lexer.h -o $(B)/gen/lexer.c $<
$(B)/gen/%.o: $(B)/gen/%.c $(B)/gen/parser.h $(B)/gen/lexer.h
	$(CC) $(CPPFLAGS) $(CFLAGS) -std=c11 -w -c $< -o $@

$(B)/runtime/%.o: runtime/%.c $(wildcard runtime/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -c $< -o $@
$(B)/compiler/%.o: compiler/%.c $(B)/gen/parser.h $(B)/gen/lexer.h $(wildcard compiler/*.h runtime/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -c $< -o $@
$(B)/pic/%.o: %.c $(wildcard runtime/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -fPIC -c $< -o $@

$(B)/libguide.a: $(RT_OBJ)
	rm -f $@ && ar rcs $@ $^
$(B)/libguide.so: $(RT_PIC)
	$(CC) -shared -o $@ $^ -ljansson -lm
$(B)/libguidec.a: $(CC_OBJ)
	rm -f $@ && ar rcs $@ $^
$(B)/guidec: $(B)/compiler/main.o $(B)/libguidec.a $(B)/libguide.a
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(B)/tests/%: tests/unit/%.c $(B)/libguidec.a $(B)/libguide.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -o $@ $< $(B)/libguidec.a $(B)/libguide.a $(LDLIBS) -lcmocka

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
# The HTML report drawn by headless Chromium (installed for this test only).
render: $(B)/guidec
	@./scripts/install-deps.sh render
	@./tests/e2e/render.sh $(B)/guidec

check: deps
	@$(MAKE) --no-print-directory all $(UNIT_BIN)
	@$(MAKE) --no-print-directory unit golden e2e render

# A benchmark, not a test: prints a table of timings.
bench: deps
	@$(MAKE) --no-print-directory all
	@./bench/check_scale.sh $(B)/guidec

clean:
	rm -rf $(B)
