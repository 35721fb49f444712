#!/usr/bin/env bash
# bench/ocr_bench.sh [PAGES] — OCR of degraded scans (pitfall 2's recipe, made
# by bench/make_ocr_pages.py from known Vietnamese text): seconds per page and
# character error rate against the ground truth, for
#   - the reference: `tesseract page.jpg out -l vie`, OMP_THREAD_LIMIT=1, on
#     the page images, 1 process then 2 in parallel (xargs -P2);
#   - kiemchung: `kiemchung inspect scans.pdf` (the same JPEGs as a scanned
#     PDF: each page's JPEG taken from the PDF as it is, colour-cleaned,
#     preprocessed and OCR'd; pages in batches to `ocr_pages` children) with
#     --workers 1 then 2;
#   - kiemchung's OCR child alone, one process for all pages
#     (`kiemchung __child ocr_pages --file scans.pdf --pages 1,…,N`), with
#     Leptonica preprocessing and without it (`--preprocess 0`, bench only):
#     what the preprocessing costs and what it wins, on the same pages, in
#     the same run as the CLI;
# wall and CPU seconds (user + system of all processes) per page, plus the
# peak memory of one OCR process of each.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-6}
bin=$(realpath "${KC_BINARY:-build/kiemchung}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 bench/make_ocr_pages.py "$work" "$pages"
export OMP_THREAD_LIMIT=1
# run NAME CMD…: wall seconds and CPU seconds (user + system, the command and
# every process it waited for) into $work/NAME.time — on a shared machine the
# CPU figure is the steadier one.
run() {
    local name=$1
    shift
    local TIMEFORMAT='%R %U %S'
    { time "$@" >/dev/null 2>&1; } 2>"$work/$name.time"
}

mkdir -p "$work/ref1" "$work/ref2"
ref_seq() { for f in "$work"/page*.jpg; do tesseract "$f" "$work/ref1/$(basename "$f" .jpg)" -l vie; done; }
ref_par() { ls "$work"/page*.jpg | xargs -P2 -I{} sh -c 'tesseract "$1" "$2/ref2/$(basename "$1" .jpg)" -l vie' _ {} "$work"; }
kc() { KC_LOG=quiet "$bin" inspect "$work/scans.pdf" --workers "$1" --trust tests/fixtures/pki/trust >"$work/k$1.json"; }
run ref1 ref_seq
run ref2 ref_par
run kc1 kc 1
run kc2 kc 2
page_list=$(seq -s, 1 "$pages")
kc_child() { KC_LOG=quiet "$bin" __child ocr_pages --file "$work/scans.pdf" --pages "$page_list" --preprocess "$1" >"$work/child$1.jsonl"; }
run pre1 kc_child 1
run pre0 kc_child 0
# peak RSS (KiB) of one command, from getrusage of its children
peak_kib() {
    /usr/bin/python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' "$@"
}
mem_ref=$(peak_kib tesseract "$work/page00.jpg" "$work/mem" -l vie)
mem_kc=$(peak_kib "$bin" __child ocr_page --file "$work/scans.pdf" --page 1)

/usr/bin/python3 - "$work" "$pages" "$mem_ref" "$mem_kc" <<'PY'
import json, os, sys
sys.path.insert(0, "bench")
from ocr_cer import cer
work, n = sys.argv[1], int(sys.argv[2])
mem_ref, mem_kc = int(sys.argv[3]), int(sys.argv[4])
def timing(name):
    real, user, system = map(float, open(f"{work}/{name}.time").read().split())
    return real, user + system
(w_r1, c_r1), (w_r2, c_r2), (w_k1, c_k1), (w_k2, c_k2) = map(timing, ("ref1", "ref2", "kc1", "kc2"))
(w_p1, c_p1), (w_p0, c_p0) = map(timing, ("pre1", "pre0"))
def child_pages(name):
    got = {}
    for line in open(f"{work}/{name}.jsonl", encoding="utf-8"):
        o = json.loads(line)
        if "result" in o:
            got[o["page"]] = o["result"]["pages"][0]["text"]
    return [got.get(k + 1, "") for k in range(n)]
gt = [open(f"{work}/page{k:02d}.gt.txt", encoding="utf-8").read() for k in range(n)]
ref = [open(f"{work}/ref1/page{k:02d}.txt", encoding="utf-8").read() for k in range(n)]
ours = json.load(open(f"{work}/k1.json", encoding="utf-8"))["pages"]
assert len(ours) == n, f"kiemchung returned {len(ours)} pages"
c_ref = [cer(g, r) for g, r in zip(gt, ref)]
c_kc = [cer(g, p["text"]) for g, p in zip(gt, ours)]
print(f"pages: {n} (degraded: skew 1-2.5°, blur, salt noise, JPEG q45-75, every 3rd grey paper, every 3rd at 200 dpi)")
print(f"{'':38} {'s/page 1 proc':>14} {'s/page 2 procs':>15} {'CPU s/page':>11} {'CER avg':>8} {'CER worst':>10}")
print(f"{'tesseract -l vie (OMP_THREAD_LIMIT=1)':38} {w_r1 / n:14.2f} {w_r2 / n:15.2f} {c_r1 / n:11.2f} "
      f"{100 * sum(c_ref) / n:7.2f}% {100 * max(c_ref):9.2f}%")
print(f"{'kiemchung inspect (preprocessing on)':38} {w_k1 / n:14.2f} {w_k2 / n:15.2f} {c_k1 / n:11.2f} "
      f"{100 * sum(c_kc) / n:7.2f}% {100 * max(c_kc):9.2f}%")
c_pre = [cer(g, t) for g, t in zip(gt, child_pages("child1"))]
c_raw = [cer(g, t) for g, t in zip(gt, child_pages("child0"))]
print(f"{'ocr_pages child, preprocessing on':38} {w_p1 / n:14.2f} {'-':>15} {c_p1 / n:11.2f} "
      f"{100 * sum(c_pre) / n:7.2f}% {100 * max(c_pre):9.2f}%")
print(f"{'ocr_pages child, preprocessing off':38} {w_p0 / n:14.2f} {'-':>15} {c_p0 / n:11.2f} "
      f"{100 * sum(c_raw) / n:7.2f}% {100 * max(c_raw):9.2f}%")
print("per page CER tesseract / kiemchung: " + "  ".join(f"{100 * a:.1f}/{100 * b:.1f}" for a, b in zip(c_ref, c_kc)))
print("per page CER preprocessing on / off: " + "  ".join(f"{100 * a:.1f}/{100 * b:.1f}" for a, b in zip(c_pre, c_raw)))
print("kiemchung steps page 1: " + ",".join(ours[0].get("preprocessing", [])))
print(f"throughput kiemchung / tesseract (wall): 1 proc {w_r1 / w_k1:.2f}x, 2 procs {w_r2 / w_k2:.2f}x; "
      f"CPU per page: {c_r1 / c_k1:.2f}x")
print(f"peak RSS of one OCR process: tesseract {mem_ref / 1024:.0f} MB, kiemchung ocr_page child {mem_kc / 1024:.0f} MB")
PY
