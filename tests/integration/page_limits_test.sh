#!/usr/bin/env bash
# Per-page limits (issue 5): a scanned PDF's pages are OCR'd in batch
# children (`__child ocr_pages`, pipeline/page_ocr.h); a page over
# extract.seconds_per_page becomes PARSER_TIMEOUT naming that page, and the
# other pages keep their text. Page 2 is made to hang by the binary's fault
# injection (only with KC_ENABLE_FAULT_INJECTION=1, see
# src/pipeline/child_main.h). With --workers 1 all six pages go to one
# child: the limit must stop it 8 s into page 2 (the supervisor watches each
# page), not after 8 s × 6 pages, and pages 3-6 go on in a new child.
set -euo pipefail
src=${KC_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
bin=${KC_BINARY:-$src/build/kiemchung}
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

/usr/bin/python3 - "$work/scan.pdf" <<'PY'
import io, sys
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas
font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 56)
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setSubject("KC-FAULT:slowpage-2;")  # small file: the marker is in the first 64 KB
for n in (1, 2, 3, 4, 5, 6):
    img = Image.new("L", (1400, 300), 255)
    ImageDraw.Draw(img).text((60, 100), f"Trang {n}: Số {100 + n}/KH-UBND", font=font, fill=0)
    buf = io.BytesIO(); img.save(buf, "PNG")
    c.drawImage(ImageReader(buf), 40, 700, width=1400 * 72 / 300, height=300 * 72 / 300)
    c.showPage()
c.save()
PY
cat > "$work/kc.yaml" <<YAML
rules_dir: $src/rules
pipelines_dir: $src/pipelines
extract:
  seconds_per_page: 8
YAML
cd "$src"
start=$(date +%s)
KC_ENABLE_FAULT_INJECTION=1 KC_LOG=quiet "$bin" inspect "$work/scan.pdf" --config "$work/kc.yaml" --workers 1 \
    --trust tests/fixtures/pki/trust >"$work/out.json"
end=$(date +%s)
/usr/bin/python3 - "$work/out.json" <<'PY'
import json, sys
o = json.load(open(sys.argv[1]))
pages = {p["number"]: p for p in o["pages"]}
bad = []
if sorted(pages) != [1, 2, 3, 4, 5, 6]: bad.append(f"pages {sorted(pages)}")
for n in (1, 3, 4, 5, 6):
    p = pages.get(n, {})
    if p.get("source") != "ocr" or f"{100 + n}/KH-UBND" not in p.get("text", ""):
        bad.append(f"page {n}: {p.get('source')} {p.get('text', '')[:60]!r}")
    if "sauvola" not in p.get("preprocessing", []): bad.append(f"page {n}: preprocessing {p.get('preprocessing')}")
if pages.get(2, {}).get("source") != "none": bad.append(f"page 2: {pages.get(2)}")
timeouts = [r for r in o["reasons"] if r["code"] == "PARSER_TIMEOUT"]
if len(timeouts) != 1 or "page 2" not in timeouts[0].get("detail", "") + timeouts[0].get("en", ""):
    bad.append(f"reasons {o['reasons']}")
if o["text_source"] != "ocr": bad.append(f"text_source {o['text_source']}")
if bad:
    print("page_limits_test FAILED:\n  " + "\n  ".join(bad)); sys.exit(1)
print("page_limits_test: page 2 over its limit became PARSER_TIMEOUT; pages 1 and 3-6 were OCR'd")
PY
# one child for pages 1-6: killed 8 s into page 2, not at 6 × 8 = 48 s (what a per-child limit would give)
echo "page_limits_test: inspect took $((end - start)) s"
[ $((end - start)) -lt 40 ] || { echo "page_limits_test FAILED: took $((end - start)) s (per-page limit not enforced per page?)"; exit 1; }
