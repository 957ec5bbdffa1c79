# tests/sql/pg_server.sh — sourced by tests/sql/postgres.sh and bench/sql_rate.sh: a PostgreSQL 15
# server of their own, with the extension of this build installed for CREATE EXTENSION guide,
# touching neither the system's PostgreSQL directories nor any system cluster.
#
# The caller sets tmp (a directory of its own, chmod 755, that it removes) and B (the build
# directory), then:
#   pg_tree    a private install tree in $tmp/root: the server finds its share and pkglib
#              directories relative to the real path of its own binary, so postgres, initdb and
#              pg_ctl are copied (not linked) into $tmp/root/usr/lib/postgresql/15/bin, and the
#              share and lib directories beside them are real directories of symlinks to the
#              system's entries, except extension/ and bitcode/, themselves real directories of
#              symlinks, where `make -C ext/postgres install DESTDIR=$tmp/root` puts guide.so,
#              guide.control and guide--0.1.sql (and the bitcode of the server's JIT)
#   pg_start   initdb in $tmp/data and pg_ctl start on a Unix socket in $tmp (no TCP), as nobody
#              when run as root; the log in $tmp/log
#   pg_stop    stops it (call it from the caller's EXIT trap)
#   psql ...   the system's psql (a client: nothing of it is loaded by the server) as the
#              superuser guide on the database postgres
PG_PORT=5499
PG_SYSBIN=$(pg_config --bindir)
PG_ROOT=$tmp/root
PG_BIN=$PG_ROOT$PG_SYSBIN
PG_PKGLIB=$PG_ROOT$(pg_config --pkglibdir)
PG_RUN=""
[ "$(id -u)" -eq 0 ] && PG_RUN="runuser -u nobody --"

# pg_mirror SRC DST: DST a real directory holding a symlink to every entry of SRC
pg_mirror() {
    mkdir -p "$2"
    for e in "$1"/*; do
        ln -s "$e" "$2/"
    done
}

pg_tree() {
    share=$(pg_config --sharedir) lib=$(pg_config --pkglibdir)
    mkdir -p "$PG_BIN"
    # initdb runs postgres from its own directory, pg_ctl too; nothing else of bindir is needed
    cp "$PG_SYSBIN/postgres" "$PG_SYSBIN/initdb" "$PG_SYSBIN/pg_ctl" "$PG_BIN/"
    pg_mirror "$share" "$PG_ROOT$share"
    rm "$PG_ROOT$share/extension"
    pg_mirror "$share/extension" "$PG_ROOT$share/extension"
    pg_mirror "$lib" "$PG_ROOT$lib"
    if [ -d "$lib/bitcode" ]; then
        rm "$PG_ROOT$lib/bitcode"
        pg_mirror "$lib/bitcode" "$PG_ROOT$lib/bitcode"
    fi
    make --no-print-directory -s -C ext/postgres B="$(cd "$B" && pwd)" DESTDIR="$PG_ROOT" install \
        > "$tmp/install.log" 2>&1 || { cat "$tmp/install.log" >&2; return 1; }
}

pg_start() {
    mkdir "$tmp/data"
    [ -z "$PG_RUN" ] || chown nobody "$tmp" "$tmp/data" # the log, the socket and the data
    $PG_RUN "$PG_BIN/initdb" -D "$tmp/data" -A trust -U guide > "$tmp/initdb.log" 2>&1 ||
        { cat "$tmp/initdb.log" >&2; return 1; }
    $PG_RUN "$PG_BIN/pg_ctl" -D "$tmp/data" -l "$tmp/log" -w -o "-c listen_addresses='' \
        -k $tmp -p $PG_PORT -c max_worker_processes=4 -c jit=off ${PG_OPTIONS:-}" start > /dev/null
}

pg_stop() {
    [ -f "$tmp/data/postmaster.pid" ] &&
        $PG_RUN "$PG_BIN/pg_ctl" -D "$tmp/data" -m immediate stop > /dev/null 2>&1
    return 0
}

psql() {
    $PG_RUN "$PG_SYSBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$tmp" -p $PG_PORT -U guide -d postgres "$@"
}
