#!/usr/bin/env bash
# Installs, on Debian 12, what building and testing Molt needs and is not yet present:
# gcc and make (build), gcc's ASan/UBSan runtimes (diff-asan), clang (warnings check),
# python3 (test runner), and for the WebAssembly target (docs/wasm.md) the WASI C library
# (wasi-libc: sysroot), clang's wasm32 builtins (libclang-rt-14-dev-wasm32), the wasm
# linker (lld: wasm-ld), llvm-ar (llvm-14: archives the wasm runtime with the symbol index
# wasm-ld needs, which GNU ar does not write) and node (runs the .wasm through node:wasi);
# with --bench also pypy3. Idempotent and silent when all is there.
set -euo pipefail

bench=0
for argument in "$@"; do
    case "$argument" in
        --bench) bench=1 ;;
        *) echo "usage: $0 [--bench]" >&2; exit 2 ;;
    esac
done

missing=()
need_command() {  # need_command COMMAND PACKAGE
    command -v "$1" >/dev/null 2>&1 || missing+=("$2")
}
need_package() {  # need_package PACKAGE (installed = dpkg says "install ok installed")
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed" || missing+=("$1")
}

need_command gcc gcc
need_command cc gcc
need_command make make
need_command ar binutils
need_command clang clang
need_command python3 python3
if command -v dpkg-query >/dev/null 2>&1; then
    # Generated programs under MOLT_SANITIZE=1 link with the default cc (gcc): they need
    # gcc's libasan and libubsan; clang's own sanitizer runtime comes with libclang-rt-14-dev.
    gcc_major=$(gcc -dumpversion 2>/dev/null | cut -d. -f1 || true)
    if [ "${gcc_major:-12}" = "12" ]; then
        need_package libasan8
        need_package libubsan1
        need_package libgcc-12-dev
    fi
    need_package libclang-rt-14-dev
    # --target wasm: clang --target=wasm32-wasi with this sysroot and builtins, wasm-ld.
    need_package wasi-libc
    need_package libclang-rt-14-dev-wasm32
    need_package lld
fi
need_command wasm-ld lld
command -v llvm-ar-14 >/dev/null 2>&1 || need_command llvm-ar llvm-14
need_command node nodejs
if [ "$bench" = 1 ]; then
    need_command pypy3 pypy3
fi

[ "${#missing[@]}" -eq 0 ] && exit 0

# Sort and de-duplicate (gcc may be listed twice, for gcc and cc).
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-deps.sh: missing ${missing[*]}, and apt-get is not available: install them by hand." >&2
    exit 1
fi
sudo_prefix=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo_prefix=(sudo)
    else
        echo "install-deps.sh: missing ${missing[*]}; run as root or install sudo." >&2
        exit 1
    fi
fi
echo "install-deps.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_prefix[@]}" apt-get update -qq
"${sudo_prefix[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps.sh: done"
