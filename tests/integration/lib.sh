# tests/integration/lib.sh — sourced by every *_test.sh here: where the sources and the
# binary under test are (KC_SOURCE_DIR, KC_BINARY as set by ctest, else the defaults of a
# build in ./build), and the Debian python (the `python3` on PATH may be a pyenv shim
# without python3-jsonschema / reportlab).
here=$(cd "$(dirname "${BASH_SOURCE[1]}")" && pwd)
src=${KC_SOURCE_DIR:-$(cd "$here/../.." && pwd)}
bin=${KC_BINARY:-$src/build/kiemchung}
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
py=/usr/bin/python3
