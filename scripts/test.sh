#!/usr/bin/env bash
# Second README command: install what the tests need, build, run the fast
# suite (CTest + GoogleTest + integration tests driving the real binary).
#   scripts/test.sh          fast suite (label "fast", well under 30 min on 2 cores)
#   scripts/test.sh --full   also the slow suite (label "slow": corpora, benchmarks' checks)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/packages.sh
kc_install $KC_BUILD_PACKAGES $KC_TEST_PACKAGES
kc_build
label="fast"
[ "${1:-}" = "--full" ] && label="fast|slow"
cd build
ctest -L "$label" --output-on-failure -j"$(nproc)" --timeout 900
# A brief fuzz of the unpacker (25 s) and its name decoder (10 s) from their seed corpora,
# built with clang + libFuzzer in build/fuzz-build; skips cleanly without clang. The full
# suite's slow label fuzzes every target (fuzz.run_briefly).
if [ "$label" = "fast" ]; then
    KC_FUZZ_BUILD="$PWD/fuzz-build" bash ../tests/fuzz/run_fuzz.sh 25 unpack
    KC_FUZZ_BUILD="$PWD/fuzz-build" bash ../tests/fuzz/run_fuzz.sh 10 entry_name
fi
