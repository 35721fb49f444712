#!/usr/bin/env bash
# Issue 5's bad-input list end to end, through the real `kiemchung ingest`
# (documents extracted many per child, pipeline/batch_extract.h): a
# password-protected PDF, a zero-page PDF, a damaged (truncated) PDF, a
# 5,000-page PDF, image decompression bombs (a JPEG and a PNG declaring
# 60,000² / 30,000² pixels), a truncated JPEG — each becomes a reason on its
# own document, none crashes or stalls the run, and the good document of the
# same submission is accepted.
set -euo pipefail
src=${KC_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
bin=${KC_BINARY:-$src/build/kiemchung}
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/drop/TC 1.1.1" "$work/good"
unzip -q -o "$src/sample_evidence/phong-noi-vu/nop-lan-1-2022-01-04.zip" -d "$work/good"
cp "$(find "$work/good" -name '191*.pdf')" "$work/drop/TC 1.1.1/"
/usr/bin/python3 - "$work/drop" <<'PY'
import io, os, struct, sys, zlib
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib import pdfencrypt
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
os.chdir(sys.argv[1])
def pdf(objs, path):
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    open(path, "wb").write(bytes(out))
pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"], "zero-pages.pdf")
n = 5000  # pages sharing one content stream: 0.8 MB
content = b"BT /F1 12 Tf 72 720 Td (Bao cao so lieu cai cach hanh chinh) Tj ET"
objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (5 + i) for i in range(n)) + b"] /Count %d >>" % n,
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
objs += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R "
         b"/Resources << /Font << /F1 4 0 R >> >> >>"] * n
pdf(objs, "5000-pages.pdf")
c = canvas.Canvas("password.pdf", pagesize=A4,
                  encrypt=pdfencrypt.StandardEncryption("secret", ownerPassword="owner", strength=128))
c.drawString(72, 760, "Ke hoach so 12/KH-UBND")
c.showPage()
c.save()
good = open([os.path.join(r, f) for r, _, fs in os.walk(".") for f in fs if f.startswith("191")][0], "rb").read()
open("damaged.pdf", "wb").write(good[: len(good) // 3])
img = Image.new("RGB", (1600, 500), "white")
ImageDraw.Draw(img).text((60, 100), "Biên bản kiểm tra 2022", fill="black",
                         font=ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 64))
buf = io.BytesIO()
img.save(buf, "JPEG", quality=80)
jpeg = buf.getvalue()
open("truncated.jpg", "wb").write(jpeg[: len(jpeg) // 2])
bomb = bytearray(jpeg)
sof = bomb.index(b"\xff\xc0")
bomb[sof + 5:sof + 9] = struct.pack(">HH", 60000, 60000)  # declared height, width
open("bomb.jpg", "wb").write(bytes(bomb))
def chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
rows = zlib.compress(b"\0" * (1 + 3 * 30000) * 200, 9)
open("bomb.png", "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 30000, 30000, 8, 2, 0, 0, 0))
                             + chunk(b"IDAT", rows) + chunk(b"IEND", b""))
PY
(cd "$work/drop" && zip -q -r "$work/bad.zip" .)
cat > "$work/kc.yaml" <<YAML
rules_dir: $src/rules
pipelines_dir: $src/pipelines
child:
  wall_seconds: 60
YAML
start=$(date +%s)
KC_LOG=quiet "$bin" ingest "$work/bad.zip" --unit phong-noi-vu --config "$work/kc.yaml" --state "$work/state" \
    --as-of 2022-11-30 --trust "$src/tests/fixtures/pki/trust" >/dev/null || true
end=$(date +%s)
/usr/bin/python3 - "$work/state/index.json" <<'PY'
import json, sys
idx = json.load(open(sys.argv[1]))
docs = {d["path_in_archive"]: d for d in idx["documents"]}
expect = {"password.pdf": "UNREADABLE", "zero-pages.pdf": "UNREADABLE", "damaged.pdf": "UNREADABLE",
          "5000-pages.pdf": "TOO_LARGE", "bomb.jpg": "TOO_LARGE", "bomb.png": "TOO_LARGE", "truncated.jpg": "UNREADABLE"}
bad = []
for name, code in expect.items():
    d = docs.get(name)
    if d is None:
        bad.append(f"{name}: not recorded"); continue
    codes = [r["code"] for r in d["reasons"]]
    if code not in codes: bad.append(f"{name}: expected {code}, got {codes}")
    if any(c.startswith("PARSER_") for c in codes): bad.append(f"{name}: a child died or stalled: {codes}")
if "encrypted" not in json.dumps(docs.get("password.pdf", {}).get("reasons", [])): bad.append("password.pdf: no 'encrypted' in its reason")
good = [d for p, d in docs.items() if p.endswith("191-KH-UBND Ke hoach CCHC 2022.pdf")]
if not good or good[0]["verdict"] != "accepted": bad.append(f"the good document was not accepted: {good[:1]}")
if bad:
    print("bad_documents_test FAILED:\n  " + "\n  ".join(bad)); sys.exit(1)
print("bad_documents_test: password, zero-page, damaged, 5,000-page PDFs, image bombs and a truncated JPEG "
      "each became a reason; the good document was accepted")
PY
[ $((end - start)) -lt 120 ] || { echo "bad_documents_test FAILED: took $((end - start)) s"; exit 1; }
