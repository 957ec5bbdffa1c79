#!/bin/sh
# tests/lsp/run.sh GUIDEC — guidec lsp in a real editor: Neovim's built-in LSP client, headless,
# runs nvim_test.lua on a copy of sample.guide. Skips (status 0, with a message) when Neovim is
# not installed (make check-lsp installs it through scripts/install-deps.sh lsp).
set -u
guidec=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
if ! command -v nvim > /dev/null; then
    echo "check-lsp: skipped: Neovim (nvim) is not installed and could not be installed"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$here/sample.guide" "$tmp/sample.guide"
# No user configuration, no shada or swap files; a time limit in case the client hangs.
GUIDEC="$guidec" GUIDE_ROOT="$root" SAMPLE="$tmp/sample.guide" HOME="$tmp" XDG_STATE_HOME="$tmp" \
    timeout 120 nvim --headless --clean -n -i NONE -u NONE -c "luafile $here/nvim_test.lua" < /dev/null
rc=$?
if [ $rc -ne 0 ]; then
    echo "check-lsp: failed (status $rc)"
    [ -f "$tmp/lsp.log" ] && tail -20 "$tmp/lsp.log"
    exit 1
fi
