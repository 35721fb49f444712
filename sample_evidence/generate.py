#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Regenerate the demo evidence zips in sample_evidence/ (kiemchung).

FICTIONAL DEMO DATA, FOR TESTS ONLY: documents are rendered from templates.py, signed with the
committed FIXTURE PKI (tests/fixtures/pki, test keys), and zipped per unit. Deterministic:
reportlab invariant=1, fixed signing times, fixed zip timestamps -> byte-stable outputs.

  python3 sample_evidence/generate.py [--keep-pdfs DIR]

Needs Debian's python3-reportlab, python3-cryptography, python3-pil, fonts-dejavu-core, qpdf.
If the `python3` on PATH lacks them (e.g. a pyenv shim), the script re-executes itself with
/usr/bin/python3.
"""
import os
import sys

sys.dont_write_bytecode = True  # keep __pycache__ out of the tree

try:
    import reportlab  # noqa: F401
    import PIL  # noqa: F401
    import cryptography  # noqa: F401
except ImportError:
    if sys.executable != "/usr/bin/python3" and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    raise

import argparse
import copy
import io
import shutil
import tempfile
import unicodedata
import zipfile
import zlib

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "tools"))
from templates import TEMPLATES  # noqa: E402
import sign_pdf  # noqa: E402

PKI = os.path.join(ROOT, "tests", "fixtures", "pki")
# Liberation Serif 1.07 (Debian's fonts-liberation) has NO glyphs for Vietnamese letters in
# U+1EA0..U+1EF9 (ạ ả ấ … ộ ủ ự ỹ): text still extracts (ToUnicode) but renders blank. So the
# default is DejaVu Serif (fonts-dejavu-core, installed); `--font liberation2` uses Liberation
# Serif 2.x (Times metrics, full Vietnamese) from the fonts-liberation2 package if installed.
FONTS = {
    "dejavu": ("/usr/share/fonts/truetype/dejavu",
               ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf")),
    "liberation2": ("/usr/share/fonts/truetype/liberation2",
                    ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
                     "LiberationSerif-BoldItalic.ttf")),
    "liberation": ("/usr/share/fonts/truetype/liberation",
                   ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
                    "LiberationSerif-BoldItalic.ttf")),
}


def nfc(s):
    s = unicodedata.normalize("NFC", s)
    for fname in ("TNR", "TNR-B", "TNR-I", "TNR-BI"):  # refuse to draw invisible (.notdef) letters
        try:
            cmap = pdfmetrics.getFont(fname).face.charToGlyph
        except KeyError:
            continue
        missing = sorted({c for c in s if ord(c) > 0x7F and ord(c) not in cmap})
        if missing:
            raise SystemExit("font %s has no glyph for %r: use another --font" % (fname, "".join(missing)))
    return s


def esc(s):
    return nfc(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def register_fonts(which):
    d, files = FONTS[which]
    for name, f in zip(("TNR", "TNR-B", "TNR-I", "TNR-BI"), files):
        pdfmetrics.registerFont(TTFont(name, os.path.join(d, f)))
    pdfmetrics.registerFontFamily("TNR", normal="TNR", bold="TNR-B", italic="TNR-I", boldItalic="TNR-BI")


SCALE = [1.0]  # DejaVu Serif is ~12% wider than Times metrics: scale sizes down


def st(name, size=13, font="TNR", align=TA_CENTER, leading=None, **kw):
    size, leading = size * SCALE[0], (leading or size * 1.2) * SCALE[0]
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading,
                          alignment=align, **kw)


S = {}


def styles():
    S.update({
        "hdr": st("hdr", 12.5), "hdr_b": st("hdr_b", 12.5, "TNR-B"),
        "motto": st("motto", 12, "TNR-B"), "motto2": st("motto2", 13, "TNR-B"),
        "so": st("so", 13), "date": st("date", 13, "TNR-I"),
        "type": st("type", 14, "TNR-B"), "subj": st("subj", 14, "TNR-B"),
        "body": st("body", 14, align=TA_JUSTIFY, leading=19, firstLineIndent=12.7 * mm, spaceAfter=5),
        "h": st("h", 14, "TNR-B", align=TA_LEFT, leading=19, firstLineIndent=12.7 * mm, spaceAfter=4),
        "c": st("c", 14, "TNR-B", leading=19, spaceBefore=4, spaceAfter=6),
        "nn": st("nn", 12, "TNR-BI", align=TA_LEFT), "nn_i": st("nn_i", 11, align=TA_LEFT, leading=13),
        "sig": st("sig", 14, "TNR-B", leading=17),
        "stamp": st("stamp", 7, align=TA_LEFT, leading=8.5),
    })


class Rule(Flowable):
    """A short centred horizontal line (under the issuer, the motto, the trích yếu)."""

    def __init__(self, width, avail):
        super().__init__()
        self.w, self.avail = width, avail

    def wrap(self, aw, ah):
        return self.avail, 3

    def draw(self):
        x = (self.avail - self.w) / 2
        self.canv.setLineWidth(0.6)
        self.canv.line(x, 1.5, x + self.w, 1.5)


def vn_date(place, d):
    """'Quảng Điền, ngày 05 tháng 01 năm 2022' -- NĐ 30/2020 leading-zero rule."""
    y, m, day = d
    dd = "%02d" % day
    mm_ = "%02d" % m if m <= 2 else str(m)
    return "%s, ngày %s tháng %s năm %d" % (place, dd, mm_, y)


def render(doc, path):
    """doc: a filled template. Writes a PDF (byte-stable)."""
    left, right, top, bottom = 30 * mm, 15 * mm, 20 * mm, 20 * mm
    width = A4[0] - left - right
    colw = [width * 0.42, width * 0.58]
    iss = doc["issuer"]
    lcol = []
    if iss["governing"]:
        lcol.append(Paragraph(esc(iss["governing"]), S["hdr"]))
    for line in iss["issuer"]:
        lcol.append(Paragraph(esc(line), S["hdr_b"]))
    lcol.append(Rule(22 * mm, colw[0]))
    rcol = [Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", S["motto"]),
            Paragraph("Độc lập - Tự do - Hạnh phúc", S["motto2"]), Rule(58 * mm, colw[1])]
    number = "Số: %s/%s-%s" % (doc["number"], doc["type_code"], iss["code"]) if doc["number"] \
        else "Số:      /%s-%s" % (doc["type_code"], iss["code"])
    header = Table([[lcol, rcol],
                    [Paragraph(esc(number), S["so"]),
                     Paragraph(esc(vn_date(iss["place"], doc["date"])), S["date"])]],
                   colWidths=colw)
    header.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 1), (-1, 1), 6)]))
    story = [header, Spacer(1, 8 * mm), Paragraph(esc(doc["type"]), S["type"])]
    for line in doc["subject"]:
        story.append(Paragraph(esc(line), S["subj"]))
    story += [Rule(40 * mm, width), Spacer(1, 5 * mm)]
    for item in doc["body"]:
        kind = item[0]
        if kind == "p":
            story.append(Paragraph(esc(item[1]), S["body"]))
        elif kind == "h":
            story.append(Paragraph(esc(item[1]), S["h"]))
        elif kind == "c":
            story.append(Paragraph(esc(item[1]), S["c"]))
        elif kind == "article":
            story.append(Paragraph("<b>%s</b> %s" % (esc(item[1]), esc(item[2])), S["body"]))
    nn = [Paragraph("Nơi nhận:", S["nn"])] + [Paragraph("- " + esc(r), S["nn_i"]) for r in doc["recipients"]]
    sig = [Paragraph(esc(x), S["sig"]) for x in doc["signer"]]
    sig += [Spacer(1, 22 * mm), Paragraph(esc(doc["signer_name"]), S["sig"])]
    foot = Table([[nn, sig]], colWidths=[width * 0.45, width * 0.55])
    foot.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story += [Spacer(1, 4 * mm), KeepTogether([foot])]

    stamp = doc.get("stamp")

    def first_page(canv, _doc):
        if stamp:  # visible signature text as signing tools stamp it (agency signature, top right)
            canv.saveState()
            x, y, w, h = A4[0] - right - 70 * mm, A4[1] - 14 * mm, 70 * mm, 11 * mm
            canv.setStrokeColorRGB(0.8, 0.1, 0.1)
            canv.setLineWidth(0.5)
            canv.rect(x, y - 1, w, h)
            p = Paragraph("<br/>".join(esc(s) for s in stamp), S["stamp"])
            p.wrapOn(canv, w - 4, h)
            p.drawOn(canv, x + 2, y + 1)
            canv.restoreState()

    pdf = SimpleDocTemplate(path, pagesize=A4, leftMargin=left, rightMargin=right, topMargin=top,
                            bottomMargin=bottom, invariant=1, title=nfc(doc["type"] + " " + " ".join(doc["subject"])),
                            author=nfc(" ".join(iss["issuer"])), creator="kiemchung sample_evidence/generate.py",
                            subject="FICTIONAL DEMO DOCUMENT - FOR TESTS ONLY")
    pdf.build(story, onFirstPage=first_page)


def make_doc(template, number, date, stamp_time=None, stamp_org=None):
    d = copy.deepcopy(TEMPLATES[template])
    d["number"], d["date"] = number, date
    if stamp_time:
        d["stamp"] = ["Ký bởi: " + stamp_org, "Cơ quan: Tỉnh Thừa Thiên Huế",
                      "Thời gian ký: " + stamp_time]
    return d


def build_pdf(tmp, name, template, number, date, sign_time=None, cert="agency"):
    """Render; sign with the fixture agency cert if sign_time (ISO 8601, +07:00) is given."""
    org = "Ủy ban Nhân dân huyện Quảng Điền" if cert == "agency" else "Ủy ban Nhân dân xã Quảng Thành"
    stamp = None
    if sign_time:
        y, mo, d = sign_time[0:4], sign_time[5:7], sign_time[8:10]
        stamp = "%s.%s.%s %s +07:00" % (d, mo, y, sign_time[11:19])
    raw = os.path.join(tmp, name + ".unsigned.pdf")
    render(make_doc(template, number, date, stamp, org), raw)
    data = open(raw, "rb").read()
    if sign_time:
        key = sign_pdf.serialization.load_pem_private_key(
            open(os.path.join(PKI, cert + ".key.pem"), "rb").read(), None)
        crt = sign_pdf.load_certs(os.path.join(PKI, cert + ".cert.pem"))[0]
        chain = sign_pdf.load_certs(os.path.join(PKI, "chain.pem"))
        data = sign_pdf.sign(data, key, crt, chain, sign_pdf.parse_time(sign_time),
                             "adbe.pkcs7.detached", "Signature1")
    return data


def jpeg_photo():
    """A photo of nothing relevant (a blurry 'meeting room'), with EXIF DateTimeOriginal."""
    from PIL import Image, ImageDraw, ImageFilter
    im = Image.new("RGB", (480, 320), (196, 182, 160))
    dr = ImageDraw.Draw(im)
    dr.rectangle([0, 200, 480, 320], fill=(120, 90, 60))          # floor
    dr.rectangle([40, 60, 200, 170], fill=(230, 230, 225))        # window
    for i in range(6):                                            # chairs / people blobs
        x = 60 + i * 65
        dr.ellipse([x, 150, x + 40, 190], fill=(60 + i * 20, 70, 90))
        dr.rectangle([x + 5, 185, x + 35, 250], fill=(40, 50, 70 + i * 15))
    dr.rectangle([260, 40, 450, 120], fill=(180, 30, 30))         # a banner, no readable text
    im = im.filter(ImageFilter.GaussianBlur(1.5))
    exif = Image.Exif()
    exif[0x010F] = "Samsung"
    exif[0x0110] = "SM-A125F"
    exif[0x0132] = "2022:06:18 08:31:02"
    exif[0x8769] = {0x9003: "2022:06:18 08:31:02", 0x9004: "2022:06:18 08:31:02"}
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=55, exif=exif.tobytes())
    return buf.getvalue()


def niem_yet_photo():
    """A 'photo' of a TTHC notice board (for the damaged archive)."""
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (640, 420), (210, 205, 190))
    dr = ImageDraw.Draw(im)
    dr.rectangle([60, 40, 580, 380], fill=(250, 250, 245), outline=(30, 60, 140), width=6)
    for r in range(14):
        dr.rectangle([90, 80 + r * 20, 550 - (r * 37) % 120, 90 + r * 20], fill=(90, 90, 100))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=70)
    return buf.getvalue()


def xlsx_personnel():
    """A minimal .xlsx (hand-written OOXML) with fake personnel rows and FAKE CCCD numbers."""
    rows = [["STT", "Họ và tên", "Chức vụ", "Số CCCD", "Ngày sinh", "Điện thoại"],
            ["1", "Nguyễn Thị Lan", "Trưởng phòng", "001234567801", "12/04/1978", "0905123401"],
            ["2", "Trần Văn Bình", "Phó Trưởng phòng", "001234567802", "03/09/1983", "0905123402"],
            ["3", "Lê Thị Mai", "Chuyên viên", "001234567803", "25/12/1990", "0905123403"],
            ["4", "Hồ Văn Sơn", "Chuyên viên", "001234567804", "07/07/1995", "0905123404"]]

    def cell(ref, v):
        v = nfc(v).replace("&", "&amp;").replace("<", "&lt;")
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, v)

    sheet = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for i, r in enumerate(rows, 1):
        sheet.append('<row r="%d">' % i + "".join(cell("%s%d" % ("ABCDEF"[j], i), v) for j, v in enumerate(r))
                     + "</row>")
    sheet.append("</sheetData></worksheet>")
    parts = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '</Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>',
        "xl/workbook.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '</Relationships>',
        "xl/worksheets/sheet1.xml": "".join(sheet),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, v in parts.items():
            zi = zipfile.ZipInfo(n, (2022, 11, 18, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, v.encode("utf-8"))
    return buf.getvalue()


def thumbs_db():
    """A tiny stand-in for Windows' Thumbs.db: OLE2 compound-file magic + padding."""
    return bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + \
        b"\x06\x00" + b"\x00" * 470


def write_zip(path, entries, dirs=()):
    """entries: [(name, bytes, (y, m, d, H, M, S))]; names are NFC UTF-8 (flag 0x800 if non-ASCII)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, ts in dirs:
            zi = zipfile.ZipInfo(nfc(name), ts)
            zi.external_attr = 0o40755 << 16 | 0x10
            z.writestr(zi, b"")
        for name, data, ts in entries:
            zi = zipfile.ZipInfo(nfc(name), ts)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data, compresslevel=9)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--keep-pdfs", help="also copy the individual PDFs to this folder")
    ap.add_argument("--font", choices=sorted(FONTS), default="dejavu",
                    help="serif family (default dejavu; the committed zips were made with it)")
    a = ap.parse_args()
    register_fonts(a.font)
    SCALE[0] = 0.88 if a.font == "dejavu" else 1.0
    styles()
    tmp = tempfile.mkdtemp(prefix="kc-sample-")
    try:
        pdfs = {}
        # --- phong-noi-vu
        pdfs["kh191"] = build_pdf(tmp, "kh191", "kh-cchc-2022", "191", (2021, 12, 30), "2021-12-30T16:05:12+07:00")
        pdfs["kh12"] = build_pdf(tmp, "kh12", "kh-kiem-tra-cchc-2022", "12", (2022, 1, 10), "2022-01-10T09:12:40+07:00")
        pdfs["bc45"] = build_pdf(tmp, "bc45", "bc-cchc-quy-1-2022", "45", (2022, 3, 10), "2022-03-10T15:20:05+07:00")
        pdfs["qd215"] = build_pdf(tmp, "qd215", "qd-doan-kiem-tra-2022", "215", (2022, 2, 25), "2022-02-25T10:45:00+07:00")
        # --- phong-tu-phap
        pdfs["kh25"] = build_pdf(tmp, "kh25", "kh-theo-doi-thpl-2022", "25", (2022, 1, 20), "2022-01-20T14:02:33+07:00")
        pdfs["bc310"] = build_pdf(tmp, "bc310", "bc-theo-doi-thpl-2022", "310", (2022, 11, 10), None)
        pdfs["tb180"] = build_pdf(tmp, "tb180", "tb-khao-sat-thpl-2022", "180", (2022, 8, 15), "2022-08-15T08:30:00+07:00")
        # --- xa-quang-thanh
        pdfs["bc28"] = build_pdf(tmp, "bc28", "bc-niem-yet-tthc-quang-thanh", "28", (2022, 10, 5),
                                 "2022-10-05T10:00:00+07:00", cert="commune")

        out = HERE
        pnv = os.path.join(out, "phong-noi-vu")
        write_zip(os.path.join(pnv, "nop-lan-1-2022-01-04.zip"), [
            ("TC 1.1.1/191-KH-UBND Ke hoach CCHC 2022.pdf", pdfs["kh191"], (2021, 12, 30, 16, 10, 0)),
            ("TC 1.3.1/KH kiem tra CCHC 2022.pdf", pdfs["kh12"], (2022, 1, 10, 9, 20, 0)),
            ("Tieu chi 1.2/BC quy I-2022.pdf", pdfs["bc45"], (2022, 3, 10, 15, 30, 0)),
        ], dirs=[("TC 1.1.1/", (2022, 1, 4, 8, 0, 0)), ("TC 1.3.1/", (2022, 1, 4, 8, 0, 0)),
                 ("Tieu chi 1.2/", (2022, 3, 10, 15, 30, 0))])
        write_zip(os.path.join(pnv, "nop-lan-2-2022-03-11.zip"), [
            ("TC 1.1.1/191-KH-UBND Ke hoach CCHC 2022.pdf", pdfs["kh191"], (2021, 12, 30, 16, 10, 0)),
            ("TC 1.3.1/QD thanh lap doan kiem tra.pdf", pdfs["qd215"], (2022, 2, 25, 11, 0, 0)),
        ])
        write_zip(os.path.join(out, "phong-tu-phap", "nop-2022-11-20.zip"), [
            ("TC 2.1.1/Kế hoạch theo dõi THPL 2022.pdf", pdfs["kh25"], (2022, 1, 20, 14, 30, 0)),
            ("TC 2.1.2/Thông báo khảo sát THPL.pdf", pdfs["tb180"], (2022, 8, 15, 9, 0, 0)),
            ("TC 2.1.2/Thumbs.db", thumbs_db(), (2022, 11, 19, 17, 0, 0)),
            ("Tiêu chí 2.1.3/Báo cáo theo dõi THPL 2022.pdf", pdfs["bc310"], (2022, 11, 10, 16, 0, 0)),
            ("anh-hop-to-dan-pho.jpg", jpeg_photo(), (2022, 6, 18, 8, 31, 2)),
            ("danh sach can bo.xlsx", xlsx_personnel(), (2022, 11, 18, 10, 0, 0)),
        ])
        # damaged archive: valid zip of 3 entries, cut in the middle of the 2nd entry's data
        xqt = os.path.join(out, "xa-quang-thanh", "bao-cao-3-2-2.zip")
        full = os.path.join(tmp, "full.zip")
        write_zip(full, [
            ("TC 3.2.2/BC niem yet TTHC xa Quang Thanh.pdf", pdfs["bc28"], (2022, 10, 5, 10, 30, 0)),
            ("TC 3.2.2/Anh niem yet bo phan mot cua.jpg", niem_yet_photo(), (2022, 10, 4, 15, 0, 0)),
            ("TC 3.2.2/Danh muc TTHC niem yet.txt",
             nfc("Danh mục 112 TTHC cấp xã đã niêm yết (dữ liệu minh họa).\n").encode("utf-8"),
             (2022, 10, 4, 15, 5, 0)),
        ])
        with zipfile.ZipFile(full) as z:
            second = z.infolist()[1]
            hdr_len = 30 + len(second.filename.encode("utf-8")) + len(second.extra)
            cut = second.header_offset + hdr_len + second.compress_size // 2
        data = open(full, "rb").read()[:cut]
        os.makedirs(os.path.dirname(xqt), exist_ok=True)
        with open(xqt, "wb") as f:
            f.write(data)
        if a.keep_pdfs:
            os.makedirs(a.keep_pdfs, exist_ok=True)
            for k, v in pdfs.items():
                with open(os.path.join(a.keep_pdfs, k + ".pdf"), "wb") as f:
                    f.write(v)
    finally:
        shutil.rmtree(tmp)
    print("sample evidence written under", HERE)


if __name__ == "__main__":
    main()
