# Molt: `make` builds the compiler (build/molt) and the runtime (build/libmolt.a).
# `make demo` and `make test` are the README's two set-up commands.
# `make wasm-runtime` builds build/libmolt-wasm.a for `--target wasm` (docs/wasm.md).

CC ?= cc
# -ffile-prefix-map: the objects (their debug information) name files from the
# checkout's root, so the libraries do not depend on where it sits.
CFLAGS_COMMON := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Wall -Wextra -Werror -g -ffile-prefix-map=$(CURDIR)=.
CFLAGS ?= -O2
BUILD := build

COMPILER_SOURCES := $(sort $(wildcard compiler/*/*.c))
RUNTIME_SOURCES := $(sort $(wildcard runtime/*/*.c))
COMPILER_OBJECTS := $(COMPILER_SOURCES:%.c=$(BUILD)/obj/%.o)
RUNTIME_OBJECTS := $(RUNTIME_SOURCES:%.c=$(BUILD)/obj/%.o)
RUNTIME_ASAN_OBJECTS := $(RUNTIME_SOURCES:%.c=$(BUILD)/asan/%.o)
RUNTIME_WASM_OBJECTS := $(RUNTIME_SOURCES:%.c=$(BUILD)/wasm/%.o)
HEADERS := $(wildcard include/molt/*.h include/molt/*.def compiler/*/*.h runtime/*/*.h)

# The runtime is built with the flags generated programs need for CPython-exact
# floats: no contraction into fused multiply-add, never fast-math.
RUNTIME_FLAGS := -ffp-contract=off -fno-strict-aliasing -ffunction-sections -fdata-sections -Iinclude

# The WebAssembly runtime: clang for wasm32-wasi against Debian's wasi-libc sysroot,
# archived by llvm-ar (GNU ar writes no symbol index for wasm objects, which wasm-ld
# requires). -O2 as the native one: the size of a program comes from --gc-sections.
WASM_CC ?= clang
WASI_SYSROOT ?= /usr
WASM_AR ?= $(or $(shell command -v llvm-ar-14 2>/dev/null),llvm-ar)
WASM_FLAGS := --target=wasm32-wasi --sysroot=$(WASI_SYSROOT)
WASM_CFLAGS ?= -O2

.PHONY: all demo test golden bench clean deps asan-runtime wasm-runtime warnings
all: $(BUILD)/molt $(BUILD)/libmolt.a

# The compiler links one runtime file: the digest kernels (runtime/core/digest.c,
# libc only, no Molt types), which hash its lockfile and SBOM entries.
COMPILER_SHARED_OBJECTS := $(BUILD)/obj/runtime/core/digest.o

$(BUILD)/molt: $(COMPILER_OBJECTS) $(COMPILER_SHARED_OBJECTS)
	$(CC) $(CFLAGS) -o $@ $^ -lm

$(BUILD)/libmolt.a: $(RUNTIME_OBJECTS)
	rm -f $@ && ar rcs $@ $^

$(BUILD)/libmolt-asan.a: $(RUNTIME_ASAN_OBJECTS)
	rm -f $@ && ar rcs $@ $^

$(BUILD)/libmolt-wasm.a: $(RUNTIME_WASM_OBJECTS)
	rm -f $@ && $(WASM_AR) rcs $@ $^

$(BUILD)/obj/compiler/%.o: compiler/%.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) $(CFLAGS) -c -o $@ $<

$(BUILD)/obj/runtime/%.o: runtime/%.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) $(CFLAGS) $(RUNTIME_FLAGS) -c -o $@ $<

$(BUILD)/asan/runtime/%.o: runtime/%.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) -O1 -fsanitize=address,undefined -fno-omit-frame-pointer $(RUNTIME_FLAGS) -c -o $@ $<

$(BUILD)/wasm/runtime/%.o: runtime/%.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(WASM_CC) $(WASM_FLAGS) $(CFLAGS_COMMON) $(WASM_CFLAGS) $(RUNTIME_FLAGS) -c -o $@ $<

asan-runtime: $(BUILD)/libmolt-asan.a

wasm-runtime: $(BUILD)/libmolt-wasm.a

clean:
	rm -rf $(BUILD)

# ---------------------------------------------------------------------------
# Tests, golden outputs, benchmarks and the demo. The build steps inside `test`
# may fail without stopping it: the suite then reports every check that could not
# run (and the warnings section shows the compile error), ending as always with
# its one summary line `N passed, N failed`.
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

deps:
	@bash scripts/install-deps.sh

test: deps
	-@$(MAKE) --no-print-directory -j$(JOBS) all
	-@$(MAKE) --no-print-directory -j$(JOBS) asan-runtime
	-@$(MAKE) --no-print-directory -j$(JOBS) wasm-runtime
	python3 tests/run_tests.py -j$(JOBS)

golden:
	bash scripts/golden.sh

bench:
	@bash scripts/install-deps.sh --bench
	@$(MAKE) --no-print-directory -j$(JOBS) all
	python3 bench/run.py

demo: deps
	@$(MAKE) --no-print-directory -j$(JOBS) all
	python3 bench/run.py --demo examples/nbody.py

warnings:
	python3 tests/run_tests.py warnings
