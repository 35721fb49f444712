#!/usr/bin/python3
"""tests/ocr/make_gt_pages.py OUTDIR [KIND ...] — the OCR ground-truth set (issue 5).

Known Vietnamese administrative text is typeset (reportlab, DejaVu Serif 12 pt), rendered at
300 dpi with pdftoppm, then degraded one way per page. Writes <kind>.png|jpg and <kind>.gt.txt
(the text as typeset, NFC). Deterministic (seeded). Kinds:
  skew_pos3     rotated +3°                      skew_neg3_blur  rotated -3°, Gaussian blur
  rot90         page turned 90° (scanner)        rot180          page upside down
  noise_jpeg40  salt-and-pepper noise, JPEG q40  low_contrast    grey text on grey paper
  dpi200_jpeg70 scanned at 200 dpi, JPEG q70     red_seal        a red seal stamped over the signer block
  phone_photo   colour phone photo: perspective, uneven light, JPEG q70
"""
import os
import random
import subprocess
import sys
import tempfile
import unicodedata

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
KINDS = ["skew_pos3", "skew_neg3_blur", "rot90", "rot180", "noise_jpeg40", "low_contrast",
         "dpi200_jpeg70", "red_seal", "phone_photo"]

LINES = [
    "ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN",
    "Số: 191/KH-UBND",
    "Quảng Điền, ngày 30 tháng 12 năm 2021",
    "KẾ HOẠCH",
    "Nâng cao chỉ số cải cách hành chính năm 2022",
    "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ;",
    "Tổ chức tuyên truyền về cải cách hành chính trên địa bàn huyện.",
    "Kiểm soát thủ tục hành chính, công khai trên Cổng dịch vụ công.",
    "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5% trong quý I năm 2022.",
    "Đánh giá mức độ hài lòng của người dân, tổ chức đối với sự phục vụ.",
    "Phòng Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị liên quan.",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
    "Lê Ngọc Bảo",
]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def render(tmp, dpi):
    pdf = os.path.join(tmp, "page.pdf")
    pdfmetrics.registerFont(TTFont("Serif", FONT))
    c = canvas.Canvas(pdf, pagesize=A4)
    c.setFont("Serif", 12)
    y = 780
    for i, line in enumerate(LINES):
        x = 330 if i >= len(LINES) - 3 else 70  # the signer block sits on the right
        c.drawString(x, y, nfc(line))
        y -= 30 if i < len(LINES) - 3 else 22
    c.save()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-singlefile", pdf, os.path.join(tmp, "page")],
                   check=True)
    return Image.open(os.path.join(tmp, "page.png")).convert("L")


def salt(img, rnd, amount):
    px = img.load()
    w, h = img.size
    for _ in range(int(w * h * amount)):
        px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((0, 255))
    return img


def red_seal(img):
    page = img.convert("RGB")
    seal = Image.new("RGB", page.size, (255, 255, 255))
    d = ImageDraw.Draw(seal)
    w, h = page.size
    cx, cy, r = int(w * 0.66), int(h * 0.42), int(w * 0.11)  # over "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"
    red = (215, 40, 45)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=14)
    d.ellipse((cx - r + 40, cy - r + 40, cx + r - 40, cy + r - 40), outline=red, width=6)
    font = ImageFont.truetype(FONT, 44)
    d.text((cx - 170, cy - 30), "UBND HUYỆN", fill=red, font=font)
    d.regular_polygon((cx, cy + 80, 30), 5, fill=red)
    return ImageChops.multiply(page, seal)


def phone_photo(img, rnd):
    page = img.convert("RGB")
    w, h = page.size
    dx, dy = int(w * 0.08), int(h * 0.04)
    table = Image.new("RGB", (w + 2 * dx, h + 2 * dy), (120, 110, 95))
    table.paste(page, (dx, dy))
    # a phone held low: the source quad (upper-left, lower-left, lower-right, upper-right) is
    # wider at the top, so the page comes out narrower at the top than at the bottom
    W, H = table.size
    quad = (0, 0, dx, H, W - dx, H, W, 0)
    photo = table.transform(table.size, Image.QUAD, quad, Image.BICUBIC)
    # uneven light: darker towards the bottom
    shade = Image.linear_gradient("L").resize(photo.size).point(lambda v: 255 - v // 4)
    photo = ImageChops.multiply(photo, Image.merge("RGB", (shade, shade, shade)))
    return photo.filter(ImageFilter.GaussianBlur(0.8))


def make(kind, out, tmp, rnd):
    dpi = 200 if kind == "dpi200_jpeg70" else 300
    img = render(tmp, dpi)
    ext, quality = "png", None
    if kind == "skew_pos3":
        img = img.rotate(3, resample=Image.BICUBIC, fillcolor=255)
    elif kind == "skew_neg3_blur":
        img = img.rotate(-3, resample=Image.BICUBIC, fillcolor=255).filter(ImageFilter.GaussianBlur(1.2))
    elif kind == "rot90":
        img = img.rotate(90, expand=True)
    elif kind == "rot180":
        img = img.rotate(180)
    elif kind == "noise_jpeg40":
        img, ext, quality = salt(img, rnd, 0.004), "jpg", 40
    elif kind == "low_contrast":
        img = img.point(lambda v: 120 + v * 90 // 255)  # ink 120, paper 210
    elif kind == "dpi200_jpeg70":
        ext, quality = "jpg", 70
    elif kind == "red_seal":
        img = red_seal(img)
    elif kind == "phone_photo":
        img, ext, quality = phone_photo(img, rnd), "jpg", 70
    path = os.path.join(out, f"{kind}.{ext}")
    if quality:
        img.save(path, quality=quality, dpi=(dpi, dpi))
    else:
        img.save(path, dpi=(dpi, dpi))
    with open(os.path.join(out, f"{kind}.gt.txt"), "w", encoding="utf-8") as f:
        f.write(nfc("\n".join(LINES)) + "\n")
    return path


def main():
    out = sys.argv[1]
    kinds = sys.argv[2:] or KINDS
    os.makedirs(out, exist_ok=True)
    rnd = random.Random(2022)
    with tempfile.TemporaryDirectory() as tmp:
        for k in kinds:
            if k not in KINDS:
                sys.exit(f"unknown kind {k}; kinds: {' '.join(KINDS)}")
            print(make(k, out, tmp, rnd))


if __name__ == "__main__":
    main()
