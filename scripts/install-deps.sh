#!/bin/sh
# Installs the Debian packages Guide builds and tests with, and only those that are missing.
# Does nothing (no apt-get update, no network) when every package is already present.
set -eu

PACKAGES="make gcc clang flex bison pkg-config llvm-19-dev libcmocka-dev libjansson-dev nettle-dev graphviz jq time"
# make check-sanitize and make fuzz (clang's ASan, UBSan and libFuzzer runtimes); make valgrind
PACKAGES="$PACKAGES libclang-rt-14-dev valgrind"
# tests/hostile/probe/gen_large.py writes the large hostile inputs that make hostile checks
PACKAGES="$PACKAGES python3-minimal"
# ---- issue 19: the SQL extensions and make install ----
# make check-sqlite (the SQLite extension and the sqlite3 shell), make check-postgres (a server of
# its own, PGXS to build the extension), make install (the man page guidec(1) from --help)
PACKAGES="$PACKAGES libsqlite3-dev sqlite3 postgresql-15 postgresql-server-dev-15 help2man"
# ---- end of issue 19 ----
# `install-deps.sh render`: only what the rendering test of the HTML report needs (headless
# Chromium, about 100 MB), so that `make run` stays light.
if [ "${1:-}" = render ]; then
    PACKAGES="chromium"
fi
# `install-deps.sh web`: what the tumour-board page needs (make wasm, guidec web, make check-web):
# clang-19 and wasm-ld for WebAssembly, wasi-libc, compiler-rt's builtins for wasm32, and
# headless Chromium with Python to drive it.
if [ "${1:-}" = web ]; then
    PACKAGES="clang-19 lld-19 wasi-libc libclang-rt-19-dev-wasm32 chromium python3-minimal"
fi
# `install-deps.sh lsp`: the editor make check-lsp drives guidec lsp from (Neovim's built-in LSP
# client, headless).
if [ "${1:-}" = lsp ]; then
    PACKAGES="neovim"
fi

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing="$missing $p"
    fi
done

[ -z "$missing" ] && exit 0

echo "install-deps: installing:$missing" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >&2
