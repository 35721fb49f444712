#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (-DKC_BUILD_FUZZ=ON, own build dir) and runs each
# for N seconds (default 20) starting from its committed seed corpus. New inputs go to a
# scratch copy, never into the repository. A crash, leak or timeout fails the run; the
# reproducer is kept in $KC_FUZZ_BUILD/artifacts/ (copy it into tests/fuzz/corpus/<target>/
# once fixed, so the replay test keeps it fixed).
#   tests/fuzz/run_fuzz.sh [SECONDS [TARGET...]]   env: KC_FUZZ_BUILD (default /tmp/kiemchung-fuzz-build)
# TARGET: byte_range cms revision unpack entry_name header (default: all). CI (scripts/test.sh) runs
# `run_fuzz.sh 25 unpack entry_name` when clang is installed.
# The signature targets run 4 s each as ctest fuzz.signature_short (label fast, tests/CMakeLists.txt).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../.." && pwd)
seconds=${1:-20}
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(byte_range cms revision unpack entry_name header)
build=${KC_FUZZ_BUILD:-/tmp/kiemchung-fuzz-build}

command -v clang++ >/dev/null || { echo "SKIP: clang++ not installed"; exit 0; }
probe=$(mktemp -d)
echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }' >"$probe/p.cpp"
if ! clang++ -fsanitize=fuzzer,address "$probe/p.cpp" -o "$probe/p" 2>/dev/null; then
    rm -rf "$probe"
    echo "SKIP: clang++ has no libFuzzer runtime (Debian: libclang-rt-dev)"
    exit 0
fi
rm -rf "$probe"
cmake -S "$src" -B "$build" -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKC_BUILD_FUZZ=ON -DKC_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target "${targets[@]/%/_fuzz}" -j"${KC_JOBS:-1}" >/dev/null

mkdir -p "$build/artifacts"
status=0
for target in "${targets[@]}"; do
    work=$(mktemp -d)
    cp "$here/corpus/$target/"* "$work/"
    log="$build/artifacts/$target.log"
    # -rss_limit_mb/-timeout: the verifier runs under the same kind of limits in its child.
    if LSAN_OPTIONS="suppressions=$here/lsan.supp" "$build/fuzz/${target}_fuzz" "$work" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$build/artifacts/${target}-" -print_final_stats=1 >"$log" 2>&1; then
        echo "$target: ok, $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$') runs in ${seconds}s"
    else
        echo "$target: FAILED (see $log)"
        grep -E "ERROR|SUMMARY|artifact" "$log" | head -5
        status=1
    fi
    rm -rf "$work"
done
exit $status
