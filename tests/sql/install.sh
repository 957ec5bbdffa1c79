#!/bin/sh
# tests/sql/install.sh — make install into a temporary DESTDIR, then build examples/embed from the
# installed copy alone: the installed guidec compiles rules/gist.guide (with the installed
# headers), and the program is compiled and linked with `pkg-config --cflags --libs guide`. It
# must print what guidec run --trace --missing prints for every example case. The installed
# SQLite extension, PostgreSQL extension (when pg_config is there) and man page are checked too.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "check-install: $*" >&2; exit 1; }
PREFIX=/usr/local
D=$tmp/root

make --no-print-directory -s install DESTDIR="$D" PREFIX=$PREFIX > "$tmp/install.log" 2>&1 ||
    { cat "$tmp/install.log" >&2; fail "make install failed"; }
for f in bin/guidec lib/libguide.a lib/libguide.so lib/libguide.so.1 lib/pkgconfig/guide.pc \
         lib/sqlite3/guide_sqlite.so include/guide/guide.h include/guide/guide_gen.h \
         share/man/man1/guidec.1; do
    [ -e "$D$PREFIX/$f" ] || fail "$PREFIX/$f was not installed"
done
# The PostgreSQL extension, where PGXS puts it: the server's directories (pg_config's) under
# DESTDIR (tests/sql/postgres.sh loads it from such a tree with CREATE EXTENSION guide).
pg=""
if command -v pg_config > /dev/null; then
    for f in "$(pg_config --pkglibdir)/guide.so" "$(pg_config --sharedir)/extension/guide.control" \
             "$(pg_config --sharedir)/extension/guide--0.1.sql"; do
        [ -f "$D$f" ] || fail "$f was not installed under DESTDIR"
    done
    nm -D "$D$(pg_config --pkglibdir)/guide.so" | grep -q ' T pg_guide_output$' ||
        fail "the installed guide.so has no guide_output"
    pg="; the PostgreSQL extension in $(pg_config --pkglibdir) and $(pg_config --sharedir)/extension"
fi
soname=$(objdump -p "$D$PREFIX/lib/libguide.so" | awk '$1 == "SONAME" { print $2 }')
[ "$soname" = libguide.so.1 ] || fail "libguide.so has soname '$soname', not libguide.so.1"
man -l "$D$PREFIX/share/man/man1/guidec.1" 2>/dev/null | grep -q 'guidec batch' ||
    fail "the man page does not show the verbs' help"

# pkg-config with the DESTDIR as its sysroot: -I and -L point into it.
export PKG_CONFIG_PATH="$D$PREFIX/lib/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$D"
flags=$(pkg-config --cflags --libs guide) || fail "pkg-config does not know guide"
# Nothing from the source tree: the installed guidec finds its headers in PREFIX/include/guide.
env -u GUIDE_RUNTIME_DIR "$D$PREFIX/bin/guidec" build rules/gist.guide -o "$tmp/gist" > /dev/null ||
    fail "the installed guidec cannot build rules/gist.guide"
${CC:-cc} -std=c11 -Wall -Wextra -Werror -I"$tmp/gist" -o "$tmp/embed" examples/embed/embed.c \
    "$tmp/gist/libgist.a" $flags || fail "examples/embed does not build with: $flags"
n=0
for f in examples/cases/*.json; do
    LD_LIBRARY_PATH="$D$PREFIX/lib" "$tmp/embed" "$f" > "$tmp/out.txt" ||
        fail "$f: the embedding program failed"
    build/guidec run --trace --missing rules/gist.guide "$f" | cmp -s - "$tmp/out.txt" ||
        fail "$f: the program built from the installed copy and guidec run disagree"
    n=$((n + 1))
done
[ "$(sqlite3 :memory: ".load $D$PREFIX/lib/sqlite3/guide_sqlite" \
      "SELECT guide_load('gist', 'rules/gist.guide') IS NOT NULL")" = 1 ] ||
    fail "the installed SQLite extension does not load"
echo "check-install: make install DESTDIR=... PREFIX=$PREFIX; examples/embed built with 'pkg-config --cflags --libs guide' from it gives guidec run's output on $n cases$pg"
