#!/usr/bin/env bash
# tests/eval/heldout2/run_heldout2.sh KIEMCHUNG_BINARY SOURCE_DIR WORK_DIR
# The second held-out set (tests/eval/heldout2/README.md): checks that the committed manifest is the
# generator's output, generates the PDFs into WORK_DIR/heldout2 (when missing or stale), checks
# their text layers (--verify) and runs `kiemchung eval … --set text`. Figures are printed and
# reported separately; there are NO floors: the set is never used for tuning.
set -euo pipefail
bin=$1 src=$2 work=$3
gen="$src/tests/eval/heldout2/make_heldout2.py"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 "$gen" "$tmp" --manifest-only >/dev/null
cmp -s "$tmp/manifest.json" "$src/tests/eval/heldout2/manifest.json" || {
    echo "tests/eval/heldout2/manifest.json is stale: /usr/bin/python3 $gen DIR --manifest-only, copy DIR/manifest.json"; exit 1; }
mkdir -p "$work"
set_dir="$work/heldout2"
if [ ! -f "$set_dir/manifest.json" ] || ! cmp -s "$set_dir/manifest.json" "$src/tests/eval/heldout2/manifest.json" \
    || [ -n "$(find "$src/tests/eval/heldout2" -name '*.py' -newer "$set_dir/manifest.json")" ]; then
    rm -rf "$set_dir"
    /usr/bin/python3 "$gen" "$set_dir" --verify >/dev/null
fi
printf 'rules_dir: %s\nrules_id: cchc-2022\n' "$src/rules" > "$work/eval-heldout2.yaml"
# Totals only: per-document details would invite tuning on the set.
"$bin" eval --config "$work/eval-heldout2.yaml" "$set_dir" --set text
