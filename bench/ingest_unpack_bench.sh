#!/usr/bin/env bash
# bench/ingest_unpack_bench.sh [FILES] [MB] [BIG_GB] — the archive side of ingestion:
#  1. unpack + hash + store of a FILES-file (default 200), MB-megabyte (default 105 of content,
#     90 % random bytes like scans and PDFs, 10 % Vietnamese text: a ~95 MB zip) zip:
#     `kiemchung __child unpack` (the supervised unpack child of `ingest`: libarchive →
#     SHA-256 of each entry while it streams → blob temp file → fsync → rename into
#     blobs/<aa>/<sha256>) against the reference doing the same work with standard tools:
#     `bsdtar -xf` + `sha256sum` of each file + `sync`. 3 rounds each, interleaved, the
#     archive in the page cache for both; the median is reported. Aim: ≤ 1.5×.
#  2. peak RSS (GNU time %M, the largest process of the tree) of that unpack child and of a
#     whole `kiemchung ingest` (receive hash, unpack child, extract children, catalog,
#     index) for the MB archive and for a BIG_GB (default 2) GB one (8 stored entries of
#     random bytes named .bin: extraction only identifies them). Aim: ≤ 200 MB for both.
#     BIG_GB=0 skips the big archive.
# The archives are generated in /tmp at run time and removed afterwards (never committed).
# Needs bsdtar (Debian: libarchive-tools) for the reference; ~4.5 GB free in /tmp for BIG_GB=2.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${KC_BINARY:-build/kiemchung}
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
files=${1:-200} mb=${2:-105} big_gb=${3:-2}
py=/usr/bin/python3
[ -x "$bin" ] || { echo "no binary at $bin (set KC_BINARY)"; exit 2; }
command -v bsdtar >/dev/null || { echo "bsdtar not installed (Debian: apt-get install libarchive-tools)"; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time not installed (Debian: apt-get install time)"; exit 2; }
work=$(mktemp -d /tmp/kc-bench-unpack.XXXXXX)
trap 'rm -rf "$work"' EXIT

# --- the FILES-file archive: 90 % random bytes (scans, PDFs) + 10 % Vietnamese text per file
"$py" - "$work/docs.zip" "$files" "$mb" <<'PY'
import os, random, sys, zipfile
out, files, mb = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
size = mb * 1000 * 1000 // files
rng = random.Random(4)
line = "Báo cáo kết quả thực hiện công tác cải cách hành chính năm 2022 của UBND huyện Quảng Điền. ".encode()
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
    for i in range(files):
        rnd = rng.randbytes(size * 9 // 10)
        txt = (line * (size // len(line) + 1))[: size - len(rnd)]
        z.writestr("TC %d/Tài liệu %03d.pdf" % (i % 12 + 1, i), rnd + txt)
PY
zip_mb=$("$py" -c "import os,sys; print(round(os.path.getsize(sys.argv[1]) / 1e6, 1))" "$work/docs.zip")

ms() { "$py" -c "import sys; print(int((float(sys.argv[2]) - float(sys.argv[1])) * 1000))" "$1" "$2"; }
ours=() refs=()
for round in 1 2 3; do
    t0=$(date +%s.%N)
    "$bin" __child unpack --archive "$work/docs.zip" --store "$work/store-$round" >/dev/null
    t1=$(date +%s.%N)
    mkdir "$work/ref-$round"
    bsdtar -xf "$work/docs.zip" -C "$work/ref-$round"
    find "$work/ref-$round" -type f -print0 | xargs -0 sha256sum >/dev/null
    sync
    t2=$(date +%s.%N)
    ours+=("$(ms "$t0" "$t1")") refs+=("$(ms "$t1" "$t2")")
    rm -rf "$work/store-$round" "$work/ref-$round"
done
stored=$("$bin" __child unpack --archive "$work/docs.zip" --store "$work/store-check" |
    "$py" -c "import json,sys; r=json.load(sys.stdin); print(sum(1 for e in r['entries'] if e.get('sha256')))")
rm -rf "$work/store-check"

# --- peak RSS -----------------------------------------------------------------------------
peak() {  # peak LABEL COMMAND... → "LABEL: N MB"
    local label=$1; shift
    /usr/bin/time -f "%M" -o "$work/rss" "$@" >/dev/null 2>"$work/err" || { echo "$label: FAILED"; tail -3 "$work/err"; return; }
    echo "$label: $(( $(tail -1 "$work/rss") / 1024 )) MB"
}
cat >"$work/kc.yaml" <<YAML
rules_dir: $PWD/rules
pipelines_dir: $PWD/pipelines
YAML
rss_small_unpack=$(peak "unpack child, ${zip_mb} MB zip" "$bin" __child unpack --archive "$work/docs.zip" --store "$work/s1")
rss_small_ingest=$(KC_LOG=quiet peak "whole ingest, ${zip_mb} MB zip" "$bin" ingest "$work/docs.zip" --unit phong-noi-vu \
    --config "$work/kc.yaml" --state "$work/state1" --as-of 2022-11-30)
rm -rf "$work/s1" "$work/state1"

big=$("$py" -c "import sys; print(1 if float(sys.argv[1]) > 0 else 0)" "$big_gb")
[ "$big" -eq 1 ] && "$py" - "$work/big.zip" "$big_gb" <<'PY'
import os, sys, zipfile
out, gb = sys.argv[1], float(sys.argv[2])
entries, chunk = 8, 1 << 20
per = int(gb * 1e9) // entries
with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED, allowZip64=True) as z:
    for i in range(entries):
        with z.open("TC %d/scan-%d.bin" % (i + 1, i), "w", force_zip64=True) as f:
            left = per
            while left > 0:
                n = min(chunk, left)
                f.write(os.urandom(n))
                left -= n
PY
rm -f "$work/docs.zip"
rss_big_unpack="" rss_big_ingest="" t0=0 t1=0
if [ "$big" -eq 1 ]; then
    big_mb=$("$py" -c "import os,sys; print(round(os.path.getsize(sys.argv[1]) / 1e6))" "$work/big.zip")
    t0=$(date +%s.%N)
    rss_big_unpack=$(peak "unpack child, ${big_mb} MB zip" "$bin" __child unpack --archive "$work/big.zip" --store "$work/s2")
    t1=$(date +%s.%N)
    rm -rf "$work/s2"
    rss_big_ingest=$(KC_LOG=quiet peak "whole ingest, ${big_mb} MB zip" "$bin" ingest "$work/big.zip" --unit phong-noi-vu \
        --config "$work/kc.yaml" --state "$work/state2" --as-of 2022-11-30)
fi

"$py" - "$files" "$zip_mb" "$stored" "${ours[*]}" "${refs[*]}" <<'PY'
import statistics, sys
files, zip_mb, stored = sys.argv[1], sys.argv[2], sys.argv[3]
ours = [int(x) for x in sys.argv[4].split()]
refs = [int(x) for x in sys.argv[5].split()]
o, r = statistics.median(ours), statistics.median(refs)
print(f"archive: {files} files, {zip_mb} MB zip (deflate), {stored} entries stored")
print(f"kiemchung unpack + SHA-256 + store (fsync per blob), rounds {ours} ms: median {o / 1000:.2f} s")
print(f"reference bsdtar -xf + sha256sum + sync,            rounds {refs} ms: median {r / 1000:.2f} s")
print(f"ratio kiemchung / reference: {o / r:.2f} (aim <= 1.5)")
PY
echo "peak RSS (aim <= 200 MB):"
for l in "$rss_small_unpack" "$rss_small_ingest" "$rss_big_unpack" "$rss_big_ingest"; do [ -n "$l" ] && echo "  $l"; done
[ "$big" -eq 1 ] && echo "  (unpack of the ${big_mb} MB zip took $(ms "$t0" "$t1") ms)"
true
