#!/usr/bin/env bash
# bench/text_bench.sh [DOCS] — text-layer extraction of PDFs: documents per
# second of kiemchung's extract child (`kiemchung __child extract --file F`:
# libmagic by content, poppler text per page, legacy TCVN3/VNI check and
# conversion, annotation check, JSON answer — what `ingest` runs per document)
# against `pdftotext F out.txt` on the same files, one process per file for
# both, sequentially and then 2 at a time (xargs -P2); and
# `kiemchung __child extract_batch --files "F1\nF2…"` (what `ingest` runs
# since batching, pipeline/batch_extract.h: up to 16 documents per child,
# one process start per batch) over the same files in batches of 16.
#
# DOCS (default 60) distinct PDFs are made first (reportlab, DejaVu Serif,
# seeded): 1–8 pages of Vietnamese administrative text each; every 5th typed
# in TCVN3 (a font without ToUnicode, as old .VnTime documents are), every 7th
# with a signing tool's FreeText annotation. Characters extracted by each tool
# are printed as a check that both did the same work. Aim (issue 5): ≥ 0.8×
# pdftotext's throughput.
set -euo pipefail
cd "$(dirname "$0")/.."
docs=${1:-60}
bin=$(realpath "${KC_BINARY:-build/kiemchung}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

/usr/bin/python3 - "$work" "$docs" <<'PY'
import os, random, sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
out, n = sys.argv[1], int(sys.argv[2])
pdfmetrics.registerFont(TTFont("Serif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
rnd = random.Random(2022)
WORDS = ("cải cách hành chính kế hoạch thực hiện nhiệm vụ ủy ban nhân dân huyện xã phường thủ tục "
         "hồ sơ giải quyết đúng hạn tỷ lệ đạt công khai minh bạch dịch vụ công trực tuyến mức độ "
         "người dân doanh nghiệp hài lòng kiểm tra báo cáo quý năm tổ chức bộ máy công chức viên chức").split()
TCVN3 = ("c¶i c¸ch hµnh chÝnh kÕ ho¹ch thùc hiÖn nhiÖm vô ñy ban nh©n d©n huyÖn x· ph­êng thñ tôc "
         "hå s¬ gi¶i quyÕt ®óng h¹n tû lÖ ®¹t c«ng khai minh b¹ch").split()
for k in range(n):
    legacy = k % 5 == 4
    c = canvas.Canvas(os.path.join(out, f"doc{k:03d}.pdf"), pagesize=A4)
    for page in range(rnd.randint(1, 8)):
        c.setFont("Helvetica" if legacy else "Serif", 12)
        y = A4[1] - 60
        c.drawString(60, y, f"Số: {k * 10 + page}/KH-UBND" if not legacy else f"Sè: {k * 10 + page}/KH-UBND")
        for line in range(40):
            y -= 18
            words = TCVN3 if legacy else WORDS
            c.drawString(60, y, " ".join(rnd.choice(words) for _ in range(12)))
        c.showPage()
    c.save()
PY
ls "$work"/doc*.pdf >"$work/list"
# every 7th document gets a FreeText annotation, as a signing tool adds the number
/usr/bin/python3 - "$work" <<'PY'
import glob, os, sys
sys.dont_write_bytecode = True
sys.path.insert(0, "tests/tools")
from pdf_incremental import IncrementalUpdate, Ref, add_to_array
for i, f in enumerate(sorted(glob.glob(os.path.join(sys.argv[1], "doc*.pdf")))):
    if i % 7 != 6:
        continue
    data = open(f, "rb").read()
    upd = IncrementalUpdate(data)
    ref = upd.pages[0]
    page = dict(upd.value(ref))
    n = upd.alloc()
    upd.put(n, 0, "<< /Type /Annot /Subtype /FreeText /Rect [100 770 160 786] /Contents (%d) "
            "/DA (/Helv 11 Tf 0 0 1 rg) /F 4 /P %d %d R >>" % (1000 + i, *ref))
    if add_to_array(upd, page, "/Annots", Ref(n)):
        upd.put_value(ref, page)
    appended, _ = upd.build()
    open(f, "wb").write(data + appended)
PY
pages=$(for f in $(cat "$work/list"); do pdfinfo "$f" | awk '/^Pages:/ {print $2}'; done | paste -sd+ | bc)
export OMP_THREAD_LIMIT=1
now() { date +%s.%N; }
mkdir -p "$work/ref" "$work/kc"
# warm the page cache and both binaries once
cat "$work"/doc*.pdf >/dev/null
pdftotext "$work/doc000.pdf" /dev/null
KC_LOG=quiet "$bin" __child extract --file "$work/doc000.pdf" >/dev/null

t0=$(now)
while read -r f; do pdftotext -enc UTF-8 "$f" "$work/ref/$(basename "$f" .pdf).txt"; done <"$work/list"
t1=$(now)
xargs -P2 -I{} sh -c 'pdftotext -enc UTF-8 "$1" /dev/null' _ {} <"$work/list"
t2=$(now)
while read -r f; do KC_LOG=quiet "$bin" __child extract --file "$f" >"$work/kc/$(basename "$f" .pdf).json"; done <"$work/list"
t3=$(now)
xargs -P2 -I{} sh -c 'KC_LOG=quiet "$2" __child extract --file "$1" >/dev/null' _ {} "$bin" <"$work/list"
t4=$(now)
# the same number of kiemchung processes doing nothing (`__child env`): what
# starting the binary costs (79 shared libraries), whatever the stage does
while read -r f; do "$bin" __child env >/dev/null; done <"$work/list"
t5=$(now)
# batches of 16 documents per child, as ingest cuts them (pipeline/batch_extract.h)
mkdir -p "$work/batches" "$work/kcb"
split -l 16 -d "$work/list" "$work/batches/b"
t6=$(now)
for b in "$work"/batches/b*; do KC_LOG=quiet "$bin" __child extract_batch --files "$(cat "$b")" >"$work/kcb/$(basename "$b").jsonl"; done
t7=$(now)
ls "$work"/batches/b* | xargs -P2 -I{} sh -c 'KC_LOG=quiet "$2" __child extract_batch --files "$(cat "$1")" >/dev/null' _ {} "$bin"
t8=$(now)

/usr/bin/python3 - "$work" "$docs" "$pages" "$t0" "$t1" "$t2" "$t3" "$t4" "$t5" "$t6" "$t7" "$t8" <<'PY'
import glob, json, os, re, sys
work, docs, pages = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
t0, t1, t2, t3, t4, t5, t6, t7, t8 = map(float, sys.argv[4:13])
def visible(s):
    return len(re.sub(r"\s+", "", s))
ref_chars = sum(visible(open(f, encoding="utf-8").read()) for f in glob.glob(f"{work}/ref/*.txt"))
kc_chars, legacy, stamped, sources = 0, 0, 0, set()
for f in glob.glob(f"{work}/kc/*.json"):
    a = json.load(open(f, encoding="utf-8"))
    sources.add(a["text_source"])
    for p in a["pages"]:
        kc_chars += visible(p["text"])
        legacy += any(s.startswith("legacy:") for s in p.get("preprocessing", []))
        stamped += any(s.startswith("stamped(") for s in p.get("preprocessing", []))
kcb_chars, kcb_docs = 0, 0
for f in glob.glob(f"{work}/kcb/*.jsonl"):
    for line in open(f, encoding="utf-8"):
        o = json.loads(line)
        if "result" in o:
            kcb_docs += 1
            kcb_chars += sum(visible(p["text"]) for p in o["result"]["pages"])
assert kcb_docs == docs, f"extract_batch answered {kcb_docs} of {docs} documents"
print(f"documents: {docs} PDFs, {pages} pages (every 5th in TCVN3, every 7th with a FreeText stamp)")
print(f"{'':34} {'docs/s 1 proc':>14} {'docs/s 2 procs':>15} {'chars':>10}")
print(f"{'pdftotext':34} {docs / (t1 - t0):14.1f} {docs / (t2 - t1):15.1f} {ref_chars:10d}")
print(f"{'kiemchung __child extract':34} {docs / (t3 - t2):14.1f} {docs / (t4 - t3):15.1f} {kc_chars:10d}")
print(f"{'kiemchung process start alone':34} {docs / (t5 - t4):14.1f}")
print(f"{'kiemchung __child extract_batch':34} {docs / (t7 - t6):14.1f} {docs / (t8 - t7):15.1f} {kcb_chars:10d}")
print(f"per document: pdftotext {1000 * (t1 - t0) / docs:.0f} ms; kiemchung {1000 * (t3 - t2) / docs:.0f} ms, of which "
      f"process start {1000 * (t5 - t4) / docs:.0f} ms and the stage {1000 * ((t3 - t2) - (t5 - t4)) / docs:.0f} ms")
print(f"kiemchung pages converted from TCVN3/VNI: {legacy}; pages with stamped words added: {stamped}; "
      f"text_source: {','.join(sorted(sources))}")
print(f"throughput kiemchung / pdftotext, one child per document: 1 proc {(t1 - t0) / (t3 - t2):.2f}x, "
      f"2 procs {(t2 - t1) / (t4 - t3):.2f}x")
print(f"throughput kiemchung / pdftotext, 16 documents per child (ingest): 1 proc {(t1 - t0) / (t7 - t6):.2f}x, "
      f"2 procs {(t2 - t1) / (t8 - t7):.2f}x")
PY
