#!/usr/bin/python3
"""Makes the extract tests' input files in the directory given as argv[1].

Run by the test binary once (system python3: reportlab and PIL are Debian
packages). Every file is made here so the repository holds no binary fixture.
"""
import io
import os
import struct
import sys
import zipfile

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

out = sys.argv[1]
SOURCE_DIR = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../.."))
sys.dont_write_bytecode = True  # keep __pycache__ out of the tree
sys.path.insert(0, os.path.join(SOURCE_DIR, "tests/tools"))
import sign_pdf  # noqa: E402
from pdf_incremental import IncrementalUpdate, Raw, Ref, add_to_array, pdf_text_string  # noqa: E402
# DejaVu, not Liberation: Debian 12's Liberation 1.07 has no glyphs for
# Vietnamese letters with two marks (Ế, Ạ, Ố…) and draws boxes instead.
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
pdfmetrics.registerFont(TTFont("Serif", FONT))
pdfmetrics.registerFont(TTFont("SerifBold", FONT_BOLD))


def p(name):
    return os.path.join(out, name)


def header_page(c):
    """A Nghị định 30/2020 header. The right column is drawn first so that the
    content-stream order differs from the reading order."""
    w, h = A4
    c.setFont("SerifBold", 13)
    c.drawCentredString(390, h - 60, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    c.drawCentredString(390, h - 78, "Độc lập - Tự do - Hạnh phúc")
    c.setFont("Serif", 13)
    c.drawCentredString(390, h - 110, "Quảng Điền, ngày 30 tháng 12 năm 2021")
    c.drawCentredString(130, h - 60, "ỦY BAN NHÂN DÂN")
    c.setFont("SerifBold", 13)
    c.drawCentredString(130, h - 78, "HUYỆN QUẢNG ĐIỀN")
    c.setFont("Serif", 13)
    c.drawCentredString(130, h - 110, "Số: 191/KH-UBND")
    c.setFont("SerifBold", 14)
    c.drawCentredString(w / 2, h - 160, "KẾ HOẠCH")
    c.drawCentredString(w / 2, h - 178, "Cải cách hành chính năm 2022")
    c.setFont("Serif", 13)
    y = h - 220
    for line in ["Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ;",
                 "Ủy ban nhân dân huyện ban hành Kế hoạch cải cách hành chính năm 2022",
                 "với các nội dung chủ yếu sau đây."]:
        c.drawString(70, y, line)
        y -= 18


def make_pdfs():
    c = canvas.Canvas(p("header.pdf"), pagesize=A4)
    header_page(c)
    c.showPage()
    c.save()

    c = canvas.Canvas(p("multi.pdf"), pagesize=A4)
    for i in range(1, 4):
        c.setFont("Serif", 14)
        c.drawString(72, 760, f"Trang số {i} của báo cáo tổng hợp")
        c.showPage()
    c.save()

    from reportlab.lib import pdfencrypt
    enc = pdfencrypt.StandardEncryption("secret", ownerPassword="owner", strength=128)
    c = canvas.Canvas(p("encrypted.pdf"), pagesize=A4, encrypt=enc)
    header_page(c)
    c.showPage()
    c.save()

    data = open(p("header.pdf"), "rb").read()
    open(p("truncated.pdf"), "wb").write(data[: len(data) // 3])
    open(p("garbage.pdf"), "wb").write(b"%PDF-1.4\n" + os.urandom(3000))

    # Page 1 has a text layer; page 2 is a "scan": an image with no text layer.
    c = canvas.Canvas(p("scanned.pdf"), pagesize=A4)
    c.setFont("Serif", 14)
    c.drawString(72, 760, "Trang có lớp văn bản")
    c.showPage()
    c.drawImage(p("text.png"), 0, A4[1] - 400, width=A4[0], height=A4[0] * 1100 / 2480)
    c.showPage()
    c.save()

    # Same header saved under a misleading name: detection must use content.
    open(p("really_pdf.docx"), "wb").write(open(p("header.pdf"), "rb").read())


def text_image(lines, size=(2480, 1100), font_px=56):
    img = Image.new("L", size, 255)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, font_px)
    y = 80
    for line in lines:
        d.text((150, y), line, font=f, fill=0)
        y += int(font_px * 1.6)
    return img


def exif_app1(date, offset=None):
    """A big-endian TIFF/EXIF block: IFD0 → ExifIFD with DateTimeOriginal."""
    def ascii_entry(tag, value, off):
        return struct.pack(">HHII", tag, 2, len(value), off)
    date_b = date.encode() + b"\0"          # 20 bytes
    entries_exif = [(0x9003, date_b)]
    if offset:
        entries_exif.append((0x9011, offset.encode() + b"\0"))
    # layout: header(8) IFD0(2+12+4) ExifIFD(2+12n+4) data
    ifd0_off = 8
    exif_off = ifd0_off + 2 + 12 + 4
    data_off = exif_off + 2 + 12 * len(entries_exif) + 4
    ifd0 = struct.pack(">H", 1) + struct.pack(">HHII", 0x8769, 4, 1, exif_off) + struct.pack(">I", 0)
    exif = struct.pack(">H", len(entries_exif))
    data = b""
    for tag, val in entries_exif:
        exif += ascii_entry(tag, val, data_off + len(data))
        data += val
    exif += struct.pack(">I", 0)
    return b"Exif\0\0" + b"MM\0*" + struct.pack(">I", ifd0_off) + ifd0 + exif + data


def png_header_only(w, h):
    """A PNG whose header claims w×h pixels but holds one row: enough for
    libmagic and for a header check, without making a 400 MB image here."""
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * (w + 1)))
            + chunk(b"IEND", b""))


def degraded_scan():
    """Pitfall 2's ordinary scan: grey paper, low contrast, skewed 1.8°,
    blurred, salt-and-pepper noise, 200 dpi, JPEG q50 (seeded: reproducible)."""
    import random
    from PIL import ImageFilter
    rnd = random.Random(7)
    img = text_image(["ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN", "Số: 191/KH-UBND",
                      "Quảng Điền, ngày 30 tháng 12 năm 2021", "KẾ HOẠCH",
                      "Cải cách hành chính năm 2022 trên địa bàn huyện"], size=(2480, 1200), font_px=46)
    img = img.point(lambda v: int(60 + v * 0.7))
    img = img.rotate(1.8, resample=Image.BICUBIC, fillcolor=235)
    img = img.filter(ImageFilter.GaussianBlur(1.3))
    px = img.load()
    for _ in range(50000):
        px[rnd.randrange(img.width), rnd.randrange(img.height)] = rnd.choice((0, 255))
    return img.resize((img.width * 2 // 3, img.height * 2 // 3))


def make_images():
    img = text_image(["KẾ HOẠCH", "Số: 191/KH-UBND", "Quảng Điền, ngày 30 tháng 12 năm 2021"])
    img.info["dpi"] = (300, 300)
    img.save(p("text.png"), dpi=(300, 300))
    # a PNG under a .pdf name
    img.save(p("image_named.pdf"), format="PNG", dpi=(300, 300))

    small = text_image(["Biên bản kiểm tra 2022"], size=(1400, 260), font_px=56)
    buf = io.BytesIO()
    small.convert("RGB").save(buf, format="JPEG", quality=85, exif=exif_app1("2022:03:15 09:41:07", "+07:00"))
    open(p("photo.jpg"), "wb").write(buf.getvalue())

    degraded_scan().save(p("degraded.jpg"), quality=50, dpi=(200, 200))

    page2 = text_image(["Trang hai 2022"], size=(1400, 260), font_px=56)
    small.save(p("two.tiff"), save_all=True, append_images=[page2], compression="tiff_lzw", dpi=(300, 300))
    small.save(p("one.bmp"))
    try:
        small.save(p("one.webp"), format="WEBP", lossless=True)
    except Exception:
        pass
    open(p("huge.png"), "wb").write(png_header_only(20000, 20000))


def make_office():
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    doc = (f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>'
           '<w:p><w:r><w:t>ỦY BAN NHÂN DÂN</w:t></w:r></w:p>'
           '<w:p><w:r><w:t xml:space="preserve">Số: </w:t></w:r><w:r><w:t>191/KH-UBND</w:t></w:r></w:p>'
           '<w:p><w:r><w:delText>bị xóa</w:delText></w:r><w:r><w:t>Quảng Điền, ngày 30</w:t><w:tab/><w:t>tháng 12 năm 2021</w:t></w:r></w:p>'
           '<w:p><w:pPr><w:sectPr/></w:pPr><w:r><w:t>Hết phần một</w:t></w:r></w:p>'
           '<w:p><w:r><w:t>Phần hai</w:t></w:r></w:p>'
           '</w:body></w:document>')
    with zipfile.ZipFile(p("plan.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", doc)

    S = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    wb = (f'<?xml version="1.0" encoding="UTF-8"?><workbook {S} {R}><sheets>'
          '<sheet name="Tổng hợp" sheetId="1" r:id="rId2"/><sheet name="Chi tiết" sheetId="2" r:id="rId1"/>'
          '</sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>'
              '</Relationships>')
    sst = (f'<?xml version="1.0" encoding="UTF-8"?><sst {S} count="3" uniqueCount="3">'
           '<si><t>Tiêu chí</t></si><si><r><t>Tỷ lệ </t></r><r><t>hồ sơ đúng hạn</t></r><rPh><t>x</t></rPh></si>'
           '<si><t>Xã Quảng Phú</t></si></sst>')
    sheet1 = (f'<?xml version="1.0" encoding="UTF-8"?><worksheet {S}><sheetData>'
              '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
              '<row r="2"><c r="A2" t="inlineStr"><is><t>1.1.1</t></is></c><c r="B2"><v>98.5</v></c></row>'
              '</sheetData></worksheet>')
    sheet2 = (f'<?xml version="1.0" encoding="UTF-8"?><worksheet {S}><sheetData>'
              '<row r="1"><c r="A1" t="s"><v>2</v></c><c r="B1" t="b"><v>1</v></c></row>'
              '</sheetData></worksheet>')
    ctx = ('<?xml version="1.0" encoding="UTF-8"?>'
           '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
           '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
           '<Default Extension="xml" ContentType="application/xml"/>'
           '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
           '</Types>')
    with zipfile.ZipFile(p("table.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ctx)
        z.writestr("_rels/.rels", rels.replace("word/document.xml", "xl/workbook.xml"))
        z.writestr("xl/workbook.xml", wb)
        z.writestr("xl/_rels/workbook.xml.rels", wbrels)
        z.writestr("xl/sharedStrings.xml", sst)
        z.writestr("xl/worksheets/sheet1.xml", sheet1)
        z.writestr("xl/worksheets/sheet2.xml", sheet2)

    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')
    odt = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:body><office:text>'
           '<text:h>KẾ HOẠCH</text:h><text:p>Số:<text:s/>191/KH-UBND</text:p>'
           '<text:p>Quảng Điền,<text:s text:c="2"/>ngày 30</text:p></office:text></office:body></office:document-content>')
    ods = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:body><office:spreadsheet>'
           '<table:table table:name="Bảng 1"><table:table-row><table:table-cell><text:p>Đơn vị</text:p></table:table-cell>'
           '<table:table-cell table:number-columns-repeated="3"/><table:table-cell><text:p>98</text:p></table:table-cell></table:table-row>'
           '<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
           '</table:table><table:table table:name="Bảng 2"><table:table-row><table:table-cell><text:p>Hai</text:p></table:table-cell></table:table-row></table:table>'
           '</office:spreadsheet></office:body></office:document-content>')
    for name, mime, content in [("plan.odt", "application/vnd.oasis.opendocument.text", odt),
                                ("table.ods", "application/vnd.oasis.opendocument.spreadsheet", ods)]:
        with zipfile.ZipFile(p(name), "w") as z:
            z.writestr(zipfile.ZipInfo("mimetype"), mime, compress_type=zipfile.ZIP_STORED)
            z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)

    with zipfile.ZipFile(p("plain.zip"), "w") as z:
        z.writestr("a.txt", "xin chào")

    # A DOCX whose issuer and page footer are in header/footer parts.
    hrels = ('<?xml version="1.0" encoding="UTF-8"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
             '<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
             '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>'
             '</Relationships>')
    header = f'<?xml version="1.0" encoding="UTF-8"?><w:hdr {W}><w:p><w:r><w:t>UBND HUYỆN QUẢNG ĐIỀN</w:t></w:r></w:p></w:hdr>'
    footer = f'<?xml version="1.0" encoding="UTF-8"?><w:ftr {W}><w:p><w:r><w:t>Trang 1/1 - Văn phòng HĐND và UBND</w:t></w:r></w:p></w:ftr>'
    with zipfile.ZipFile(p("header_footer.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", doc)
        z.writestr("word/_rels/document.xml.rels", hrels)
        z.writestr("word/header1.xml", header)
        z.writestr("word/header2.xml", header)  # first-page and default header alike: once
        z.writestr("word/footer1.xml", footer)

    # An XLSX with dates: built-in format 14, a custom dd/mm/yyyy, a number.
    dwbrels = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
               '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
               '</Relationships>')
    dwb = (f'<?xml version="1.0" encoding="UTF-8"?><workbook {S} {R}><sheets>'
           '<sheet name="Ngày" sheetId="1" r:id="rId1"/></sheets></workbook>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><styleSheet {S}>'
              '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0.00"/></numFmts>'
              '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
              '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>'
              '</styleSheet>')
    dsheet = (f'<?xml version="1.0" encoding="UTF-8"?><worksheet {S}><sheetData>'
              '<row r="1"><c r="A1" s="1"><v>44561</v></c><c r="B1" s="2"><v>44635</v></c>'
              '<c r="C1" s="3"><v>44561</v></c><c r="D1"><v>44561</v></c></row>'
              '</sheetData></worksheet>')
    with zipfile.ZipFile(p("dates.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ctx)
        z.writestr("_rels/.rels", rels.replace("word/document.xml", "xl/workbook.xml"))
        z.writestr("xl/workbook.xml", dwb)
        z.writestr("xl/_rels/workbook.xml.rels", dwbrels)
        z.writestr("xl/styles.xml", styles)
        z.writestr("xl/worksheets/sheet1.xml", dsheet)


def make_cfb():
    """A minimal OLE2 compound file holding a 4096-byte "WordDocument" stream:
    what libmagic recognises as a legacy Word .doc."""
    END, FREE, FATSECT, NOSTREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    hdr = bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 16
    hdr += struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
    hdr += struct.pack("<IIIIIIII", 0, 1, 1, 0, 4096, END, 0, END) + struct.pack("<I", 0)
    hdr += struct.pack("<I", 0) + struct.pack("<108I", *([FREE] * 108))
    assert len(hdr) == 512
    fat = [FATSECT, END] + list(range(3, 10)) + [END]
    fat += [FREE] * (128 - len(fat))
    fat_b = struct.pack("<128I", *fat)

    def entry(name, typ, child, start, size):
        n = (name.encode("utf-16-le") + b"\0\0") if name else b""
        return (n.ljust(64, b"\0") + struct.pack("<HBB", len(n), typ, 1)
                + struct.pack("<III", NOSTREAM, NOSTREAM, child) + b"\0" * 16 + b"\0" * 4
                + b"\0" * 16 + struct.pack("<IQ", start, size))
    d = entry("Root Entry", 5, 1, END, 0) + entry("WordDocument", 2, NOSTREAM, 2, 4096)
    d += entry("", 0, NOSTREAM, 0, 0) * 2
    assert len(d) == 512
    stream = struct.pack("<H", 0xA5EC) + b"\0" * 4094
    open(p("legacy.doc"), "wb").write(hdr + fat_b + d + stream)


os.makedirs(out, exist_ok=True)
open(p("notes.txt"), "w", encoding="utf-8").write("Báo cáo số 12/BC-UBND\n")
open(p("random.bin"), "wb").write(bytes((i * 7919 + 13) % 251 for i in range(4096)))
def make_legacy_pdfs():
    """Text layers in legacy encodings, as a PDF typed with a .VnTime (TCVN3)
    or VNI-Times font and no ToUnicode map gives them: the font's byte codes
    read through WinAnsiEncoding (here Helvetica's, the same bytes)."""
    w, h = A4
    for name, lines in [
        ("tcvn3.pdf", ["UBND TØNH NINH B×NH", "Sè: 12/Q§-UBND",
                       "Ninh B×nh, ngµy 15 th¸ng 3 n¨m 2022",
                       "QuyÕt ®Þnh vÒ viÖc ban hµnh kÕ ho¹ch c¶i c¸ch hµnh chÝnh"]),
        ("vni.pdf", ["UÛY BAN NHAÂN DAÂN", "Thöøa Thieân Hueá, ngaøy 20 thaùng 5 naêm 2022",
                     "Xin chaøo Vieät Nam"]),
    ]:
        c = canvas.Canvas(p(name), pagesize=A4)
        c.setFont("Helvetica", 13)
        y = h - 80
        for line in lines:
            c.drawString(70, y, line)
            y -= 20
        c.showPage()
        c.save()

    # Page 1: a real text layer. Page 2: a scan whose invisible text layer is
    # glyph-index garbage (a font without ToUnicode): it must be OCR'd.
    scan = text_image(["KẾ HOẠCH", "Số: 191/KH-UBND", "Quảng Điền, ngày 30 tháng 12 năm 2021"])
    scan_path = p("scan_page.png")
    scan.save(scan_path, dpi=(300, 300))
    c = canvas.Canvas(p("mixed_garbage.pdf"), pagesize=A4)
    header_page(c)
    c.showPage()
    c.drawImage(scan_path, 0, h - 1100 * 72 / 300, width=w, height=1100 * 72 / 300)
    t = c.beginText(70, h - 80)
    t.setTextRenderMode(3)  # invisible, as OCR'd or broken layers are
    t.setFont("Helvetica", 13)
    t.textLine("!\"#$% &'()*+ ,-./:; <=>?@ [\\]^_` {|}~!\" #$%&'( )*+,- ./:;< =>?@[")
    c.drawText(t)
    c.showPage()
    c.save()
    os.remove(scan_path)


def make_colour_and_rotation():
    """A signer block with a red seal over the date and a blue signature over
    the name; and text pages turned by 90 and 180 degrees."""
    from PIL import ImageChops
    block = text_image(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Quảng Điền, ngày 15 tháng 3 năm 2022",
                        "Nguyễn Văn An"], size=(2480, 900), font_px=56).convert("RGB")
    ink = Image.new("RGB", block.size, (255, 255, 255))
    d = ImageDraw.Draw(ink)
    cx, cy, r = 700, 360, 260  # the seal's ring crosses the date line
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(220, 30, 40), width=22)
    d.ellipse((cx - r + 45, cy - r + 45, cx + r - 45, cy + r - 45), outline=(220, 30, 40), width=8)
    f = ImageFont.truetype(FONT_BOLD, 44)
    d.text((cx - 200, cy - 120), "UBND HUYỆN", font=f, fill=(225, 40, 50))
    d.text((cx - 150, cy - 10), "* * *", font=f, fill=(225, 40, 50))
    d.text((cx - 230, cy + 80), "QUẢNG ĐIỀN", font=f, fill=(225, 40, 50))
    d.line([(180, 560), (420, 500), (520, 600), (760, 520)], fill=(30, 50, 200), width=9)  # signature
    ImageChops.multiply(block, ink).save(p("seal.png"), dpi=(300, 300))

    page = text_image(["ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN", "Số: 191/KH-UBND",
                       "Quảng Điền, ngày 30 tháng 12 năm 2021", "KẾ HOẠCH",
                       "Cải cách hành chính năm 2022 trên địa bàn huyện"], size=(2480, 1300), font_px=56)
    page.rotate(90, expand=True).save(p("rot90.png"), dpi=(300, 300))
    page.rotate(180, expand=True).save(p("rot180.png"), dpi=(300, 300))


def exif_orientation_app1(orientation):
    """A little-endian TIFF/EXIF block whose IFD0 holds only Orientation (SHORT)."""
    ifd0 = struct.pack("<H", 1) + struct.pack("<HHIHH", 0x0112, 3, 1, orientation, 0) + struct.pack("<I", 0)
    return b"Exif\0\0" + b"II*\0" + struct.pack("<I", 8) + ifd0


def make_phone_photos():
    """Phone photos stored as the sensor saw them, with EXIF orientation 6
    (view turned 90° clockwise) and 8 (90° counter-clockwise)."""
    page = text_image(["Biên bản niêm yết công khai", "Số: 27/BB-UBND", "ngày 15 tháng 3 năm 2022"],
                      size=(1900, 420), font_px=56).convert("RGB")
    for orientation, stored in [(6, page.rotate(90, expand=True)), (8, page.rotate(-90, expand=True))]:
        buf = io.BytesIO()
        stored.save(buf, format="JPEG", quality=88, dpi=(300, 300), exif=exif_orientation_app1(orientation))
        open(p(f"photo_orient{orientation}.jpg"), "wb").write(buf.getvalue())


def tiff_bytes(pages):
    """A little-endian multi-page TIFF written by hand: each page is
    (width, height, grey bytes or None). None: the header claims the size but
    the strip is one byte — only a reader that trusts the header decodes it."""
    out = bytearray(b"II*\0" + b"\0\0\0\0")
    first_ifd_at = 4
    prev_next_at = first_ifd_at
    for w, h, data in pages:
        strip = data if data is not None else b"\0"
        strip_at = len(out)
        out += strip
        if len(out) % 2:
            out += b"\0"
        ifd_at = len(out)
        struct.pack_into("<I", out, prev_next_at, ifd_at)
        entries = [(256, 4, 1, w), (257, 4, 1, h), (258, 3, 1, 8), (259, 3, 1, 1), (262, 3, 1, 1),
                   (273, 4, 1, strip_at), (277, 3, 1, 1), (278, 4, 1, h), (279, 4, 1, len(strip)),
                   (282, 5, 1, 0), (283, 5, 1, 0), (296, 3, 1, 2)]
        ifd = bytearray(struct.pack("<H", len(entries)))
        rational_at = ifd_at + 2 + 12 * len(entries) + 4
        for tag, typ, count, value in entries:
            if typ == 5:
                ifd += struct.pack("<HHII", tag, typ, count, rational_at)
            elif typ == 3:
                ifd += struct.pack("<HHIHH", tag, typ, count, value, 0)
            else:
                ifd += struct.pack("<HHII", tag, typ, count, value)
        prev_next_at = ifd_at + len(ifd)
        ifd += struct.pack("<I", 0)
        ifd += struct.pack("<II", 300, 1)  # 300 dpi, shared by X and Y
        out += ifd
    return bytes(out)


def make_tiffs():
    def grey(lines):
        img = text_image(lines, size=(1400, 260), font_px=56)
        return (img.width, img.height, img.tobytes())
    # page 2's header claims 30000×30000 (900 Mpx): refused by its header, pages 1 and 3 still read
    open(p("bomb_page.tiff"), "wb").write(tiff_bytes([grey(["Trang một 2022"]), (30000, 30000, None),
                                                      grey(["Trang ba 2023"])]))
    # five small pages: the page-count limit names the real count
    blank = (64, 64, b"\xff" * 64 * 64)
    open(p("five.tiff"), "wb").write(tiff_bytes([blank] * 5))
    # a directory chain that points back at itself: counted once, no hang
    loop = bytearray(tiff_bytes([blank]))
    first = struct.unpack_from("<I", loop, 4)[0]
    n = struct.unpack_from("<H", loop, first)[0]
    struct.pack_into("<I", loop, first + 2 + 12 * n, first)
    open(p("loop.tiff"), "wb").write(bytes(loop))


def scan_jpeg(lines, path, size=(2480, 3508), rotate=0):
    """A grey full-page scan (A4 at 300 dpi) as a scanner's JPEG."""
    img = Image.new("L", size, 250)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 50)
    y = 200
    for line in lines:
        d.text((200, y), line, font=f, fill=10)
        y += 90
    if rotate:
        img = img.rotate(rotate, expand=True)
    img.save(path, quality=80, dpi=(300, 300))


def make_mixed_pdf():
    """Five pages, each needing its own route: a Unicode text layer, a scanned
    page (full-page JPEG), a TCVN3 layer, a VNI layer, a scanned page stored
    sideways and turned back by the page's /Rotate."""
    w, h = A4
    scan_jpeg(["ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN", "Số: 305/BC-UBND", "Quảng Điền, ngày 20 tháng 11 năm 2022",
               "BÁO CÁO", "Kết quả cải cách hành chính năm 2022"], p("mixed_scan.jpg"))
    scan_jpeg(["Trang quét xoay bằng /Rotate", "Số: 306/BC-UBND", "ngày 21 tháng 11 năm 2022"],
              p("mixed_sideways.jpg"), rotate=90)
    c = canvas.Canvas(p("mixed_routes.pdf"), pagesize=A4)
    c.setFont("Serif", 13)
    c.drawString(70, h - 80, "Trang một có lớp văn bản Unicode: Kế hoạch số 12/KH-UBND")
    c.showPage()
    c.drawImage(p("mixed_scan.jpg"), 0, 0, width=w, height=h)
    c.showPage()
    c.setFont("Helvetica", 13)
    c.drawString(70, h - 80, "UBND TØNH NINH B×NH")
    c.drawString(70, h - 100, "Ninh B×nh, ngµy 15 th¸ng 3 n¨m 2022")
    c.showPage()
    c.setFont("Helvetica", 13)
    c.drawString(70, h - 80, "Thöøa Thieân Hueá, ngaøy 20 thaùng 5 naêm 2022")
    c.drawString(70, h - 100, "Xin chaøo Vieät Nam")
    c.showPage()
    c.setPageSize((h, w))  # the sideways scan fills a landscape page …
    c.drawImage(p("mixed_sideways.jpg"), 0, 0, width=h, height=w)
    c.showPage()
    c.save()
    # … which /Rotate 90 turns upright for display.
    data = open(p("mixed_routes.pdf"), "rb").read()
    upd = IncrementalUpdate(data)
    ref = upd.pages[4]
    page = dict(upd.value(ref))
    page["/Rotate"] = Raw("90")
    upd.put_value(ref, page)
    appended, _ = upd.build()
    open(p("mixed_routes.pdf"), "wb").write(data + appended)
    os.remove(p("mixed_scan.jpg"))
    os.remove(p("mixed_sideways.jpg"))


def make_signed_scan():
    """A scanned page (full-page JPEG) with a visible signature widget whose
    appearance reads "KY SO 2022 UBND" in large type: drawn over the scan, so
    the page must be rendered, not taken from its JPEG."""
    w, h = A4
    scan_jpeg(["Biên bản kiểm tra", "Số: 77/BB-UBND"], p("signed_scan.jpg"))
    c = canvas.Canvas(p("signed_scan.pdf"), pagesize=A4)
    c.drawImage(p("signed_scan.jpg"), 0, 0, width=w, height=h)
    c.showPage()
    c.save()
    os.remove(p("signed_scan.jpg"))
    data = open(p("signed_scan.pdf"), "rb").read()
    upd = IncrementalUpdate(data)
    pref = upd.pages[0]
    page = dict(upd.value(pref))
    font = upd.alloc()
    upd.put(font, 0, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    ap = upd.alloc()
    upd.put_stream(ap, 0, " /Type /XObject /Subtype /Form /BBox [0 0 320 40] /Resources << /Font << /Helv %d 0 R >> >>"
                   % font, b"BT /Helv 24 Tf 0 0 0 rg 4 10 Td (KY SO 2022 UBND) Tj ET")
    n = upd.alloc()
    upd.put(n, 0, "<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature1) /Rect [200 300 520 340] /F 4 "
            "/AP << /N %d 0 R >> /P %d %d R >>" % (ap, *pref))
    if add_to_array(upd, page, "/Annots", Ref(n)):
        upd.put_value(pref, page)
    appended, _ = upd.build()
    open(p("signed_scan.pdf"), "wb").write(data + appended)


def make_stamped_pdf():
    """What a signing tool leaves on an issued document: the number and the
    date typed into the gaps of "Số: …" and "ngày … tháng …" as FreeText
    annotations (one with an appearance stream, one without), the seal as a
    Stamp annotation whose appearance is only a red ring (its words only in
    /Contents), a text field holding the issue date without an appearance,
    a visible signature widget, and a line appended to the page content by an
    incremental update; then the file is signed (sign_pdf.py)."""
    w, h = A4
    c = canvas.Canvas(p("stamp_base.pdf"), pagesize=A4)
    c.setFont("Serif", 13)
    c.drawString(70, h - 60, "ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN")
    c.drawString(70, h - 82, "Số:        /QĐ-UBND")
    c.drawString(300, h - 82, "Quảng Điền, ngày      tháng      năm 2022")
    c.drawString(70, h - 140, "Quyết định ban hành Kế hoạch cải cách hành chính năm 2022")
    c.showPage()
    c.save()
    data = open(p("stamp_base.pdf"), "rb").read()
    os.remove(p("stamp_base.pdf"))
    upd = IncrementalUpdate(data)
    pref = upd.pages[0]
    page = dict(upd.value(pref))
    font = upd.alloc()
    upd.put(font, 0, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")

    def form(text, width, height):
        n = upd.alloc()
        upd.put_stream(n, 0, " /Type /XObject /Subtype /Form /BBox [0 0 %d %d] /Resources << /Font << /Helv %d 0 R >> >>"
                       % (width, height, font), b"BT /Helv 11 Tf 0 0 1 rg 2 4 Td (" + text.encode() + b") Tj ET")
        return n

    def annot(body):
        n = upd.alloc()
        upd.put(n, 0, "<< /Type /Annot %s /P %d %d R >>" % (body, *pref))
        add_to_array(upd, page, "/Annots", Ref(n))
        return n

    y = h - 86
    annot("/Subtype /FreeText /Rect [96 %d 136 %d] /Contents (1234) /DA (/Helv 11 Tf 0 0 1 rg) /F 4 /AP << /N %d 0 R >>"
          % (y, y + 16, form("1234", 40, 16)))
    annot("/Subtype /FreeText /Rect [400 %d 560 %d] /Contents %s /DA (/Helv 11 Tf 0 0 1 rg) /F 4"
          % (y, y + 16, pdf_text_string("ngày 16 tháng 3")))
    ring = upd.alloc()
    upd.put_stream(ring, 0, " /Type /XObject /Subtype /Form /BBox [0 0 100 100]", b"1 0 0 RG 4 w 50 50 m 90 50 l S")
    annot("/Subtype /Stamp /Rect [300 500 400 600] /Contents %s /F 4 /AP << /N %d 0 R >>"
          % (pdf_text_string("ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN - TỈNH THỪA THIÊN HUẾ"), ring))
    annot("/Subtype /Stamp /Rect [0 0 10 10] /Contents (HIDDEN-STAMP-TEXT) /F 2")
    field = annot("/Subtype /Widget /FT /Tx /T (NgayBanHanh) /Rect [70 200 270 216] /F 4 /V %s"
                  % pdf_text_string("Ngày ban hành: 16/03/2022"))
    annot("/Subtype /Widget /FT /Sig /T (Stamp1) /Rect [70 400 370 416] /F 4 /AP << /N %d 0 R >>"
          % form("Signed by: UBND HUYEN QUANG DIEN", 300, 16))
    root_ref = upd.root_ref()
    root = dict(upd.value(root_ref))
    root["/AcroForm"] = Raw("<< /Fields [%d 0 R] >>" % field)
    upd.put_value(root_ref, root)
    extra = upd.alloc()
    upd.put_stream(extra, 0, "", b"BT /KCStamp 11 Tf 70 300 Td (Appended: So 1234 / 2022-03-16) Tj ET")
    old = page["/Contents"]
    page["/Contents"] = Raw("[%s %d 0 R]" % (old, extra))
    res = dict(upd.resolve(page["/Resources"]))
    fonts = dict(upd.resolve(res.get("/Font", {})))
    fonts["/KCStamp"] = Ref(font)
    res["/Font"] = fonts
    page["/Resources"] = res
    upd.put_value(pref, page)
    appended, _ = upd.build()
    stamped = data + appended
    pki = os.path.join(SOURCE_DIR, "tests/fixtures/pki")
    import datetime
    signed = sign_pdf.sign(stamped, sign_pdf.serialization.load_pem_private_key(
        open(os.path.join(pki, "agency.key.pem"), "rb").read(), None),
        sign_pdf.load_certs(os.path.join(pki, "agency.cert.pem"))[0],
        sign_pdf.load_certs(os.path.join(pki, "chain.pem")),
        datetime.datetime(2022, 3, 16, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=7))),
        "adbe.pkcs7.detached", "Signature1")
    open(p("stamped.pdf"), "wb").write(signed)


# Scanned PDFs whose page image is under a codec qpdf cannot decode (so the
# page is rendered by poppler, not taken as it is): CCITT G4, JBIG2, JPEG 2000.
# Each page: three lines of known text at 300 dpi, ground truth beside it.
def codec_pdf(path, w, h, bpc, filt, parms, data):
    pw, ph = w * 72 / 300, h * 72 / 300
    content = ("q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph)).encode()
    image = ("<< /Type /XObject /Subtype /Image /Width %d /Height %d /BitsPerComponent %d /ColorSpace /DeviceGray "
             "/Filter /%s %s/Length %d >>" % (w, h, bpc, filt, ("/DecodeParms " + parms + " ") if parms else "",
                                               len(data))).encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 5 0 R >> >> "
             "/Contents 4 0 R >>" % (pw, ph)).encode(),
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            image + b"\nstream\n" + data + b"\nendstream"]
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
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


def g4_strip(img):
    """T.6 (CCITT Group 4) coding of a bilevel page by libtiff, in one strip."""
    from PIL import ImageOps, TiffImagePlugin
    old = TiffImagePlugin.STRIP_SIZE
    TiffImagePlugin.STRIP_SIZE = 1 << 30
    try:
        buf = io.BytesIO()
        # libtiff codes runs of 0 bits as white runs: 0 must be the paper
        ImageOps.invert(img).convert("1").save(buf, "TIFF", compression="group4")
    finally:
        TiffImagePlugin.STRIP_SIZE = old
    t = Image.open(io.BytesIO(buf.getvalue()))
    offsets, counts = t.tag_v2[273], t.tag_v2[279]
    assert len(offsets) == 1, offsets
    return buf.getvalue()[offsets[0]:offsets[0] + counts[0]]


def jbig2_generic_mmr(w, h, mmr):
    """Embedded JBIG2 (no file header): page information + one immediate
    generic region, MMR-coded (MMR is T.6 with 1 = black)."""
    def segment(number, kind, data):
        return struct.pack(">IBBBI", number, kind, 0, 1, len(data)) + data
    page = struct.pack(">IIIIBH", w, h, 0, 0, 0, 0)
    region = struct.pack(">IIIIB", w, h, 0, 0, 0) + bytes([1])
    return segment(0, 48, page) + segment(1, 38, region + mmr)


def make_scan_codecs():
    font = ImageFont.truetype(FONT, 56)
    def page(lines, height):
        img = Image.new("L", (2000, height), 255)
        d = ImageDraw.Draw(img)
        for i, line in enumerate(lines):
            d.text((80, 80 + i * 140), line, font=font, fill=0)
        return img
    lines = ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH", "Số: 191/KH-UBND", "Quảng Điền, ngày 30 tháng 12 năm 2021"]
    img = page(lines, 560)
    w, h = img.size
    codec_pdf(p("scan_ccitt.pdf"), w, h, 1, "CCITTFaxDecode",
              "<< /K -1 /Columns %d /Rows %d /BlackIs1 false >>" % (w, h), g4_strip(img))
    buf = io.BytesIO()
    img.save(buf, "JPEG2000", quality_mode="rates", quality_layers=[20])
    codec_pdf(p("scan_jpx.pdf"), w, h, 8, "JPXDecode", None, buf.getvalue())
    for name in ("scan_ccitt", "scan_jpx"):
        open(p(name + ".gt.txt"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    # poppler 22's JBIG2 MMR decoder draws every stroke of the last text row
    # on down to the bottom of the region (its CCITT decoder, same bits, does
    # not): the page ends just under its last line, which has no descender.
    lines = ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH", "Số: 191/KH-UBND", "THỪA THIÊN HUẾ NĂM 2021"]
    img = page(lines, 450)
    w, h = img.size
    codec_pdf(p("scan_jbig2.pdf"), w, h, 1, "JBIG2Decode", None, jbig2_generic_mmr(w, h, g4_strip(img)))
    open(p("scan_jbig2.gt.txt"), "w", encoding="utf-8").write("\n".join(lines) + "\n")


make_images()
make_legacy_pdfs()
make_colour_and_rotation()
make_pdfs()
make_office()
make_cfb()
make_phone_photos()
make_tiffs()
make_mixed_pdf()
make_stamped_pdf()
make_signed_scan()
make_scan_codecs()
