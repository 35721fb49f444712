#!/usr/bin/env bash
# tests/eval/run_eval.sh fast|slow EVAL_BINARY SOURCE_DIR WORK_DIR
# fast: 40 generated text-layer PDFs, floors on header fields and on confident errors.
# slow: the full set (200 documents) + its 40 degraded scans (OCR), text and scan floors.
# Floors are what was measured (docs/understand-evaluation.md), rounded down: raise them when
# the figures improve, never lower them to pass.
set -euo pipefail
mode=$1 bin=$2 src=$3 work=$4
export OMP_THREAD_LIMIT=1   # Tesseract: read by libgomp at load
gen() {  # $1 dir, $2 count, $3 scans
    if [ ! -f "$1/manifest.json" ] || [ "$src/tests/eval/generate_eval.py" -nt "$1/manifest.json" ] \
        || [ "$src/tests/eval/specs.py" -nt "$1/manifest.json" ]; then
        rm -rf "$1"
        /usr/bin/python3 "$src/tests/eval/generate_eval.py" "$1" --count "$2" --scans "$3" >/dev/null
    fi
}
# the committed manifest is the generator's output: no drift
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 "$src/tests/eval/generate_eval.py" "$tmp" --count 200 --scans 5 --manifest-only >/dev/null
cmp -s "$tmp/manifest.json" "$src/tests/eval/manifest.json" || { echo "tests/eval/manifest.json is stale: regenerate it"; exit 1; }
rules="$src/rules/cchc-2022"
case "$mode" in
fast)
    gen "$work/evalset-fast" 40 0
    "$bin" --dir "$work/evalset-fast" --rules "$rules" --set text \
        --floor number=1.0 --floor symbol=1.0 --floor type=1.0 --floor signer=1.0 --floor date=0.97 \
        --floor period=0.97 --floor issuer=0.6 --floor top1=0.87 --max-confident-wrong 0.9
    ;;
slow)
    gen "$work/evalset" 200 5
    "$bin" --dir "$work/evalset" --rules "$rules" --set text --floor number=1.0 --floor symbol=1.0 --floor type=1.0 \
        --floor signer=1.0 --floor date=0.97 --floor period=0.93 --floor issuer=0.69 --floor top1=0.92 --floor top3=1.0 \
        --max-confident-wrong 0.9
    # scans: figures printed; floors to be set from the first full OCR measurement (see the doc)
    "$bin" --dir "$work/evalset" --rules "$rules" --set scan
    ;;
*) echo "usage: run_eval.sh fast|slow BIN SRC WORK"; exit 2 ;;
esac
