#!/usr/bin/python3
"""bench/make_ocr_pages.py OUTDIR N — N degraded scans of known Vietnamese text
(pitfall 2's recipe) for bench/ocr_bench.sh.

Each page: a PDF of clean text (reportlab, DejaVu Serif 12 pt) rendered with
`pdftoppm -r 300 -gray`, then skewed 1–2.5°, blurred, salted with noise, some
on grey paper and some at 200 dpi, saved as JPEG q45–75 (seeded). Writes
pageNN.jpg, pageNN.gt.txt (the ground truth) and scans.pdf (the same JPEGs,
one per page, as a scanner would make them).
"""
import os
import random
import subprocess
import sys

from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

out, n = sys.argv[1], int(sys.argv[2])
os.makedirs(out, exist_ok=True)
pdfmetrics.registerFont(TTFont("Serif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
rnd = random.Random(2022)

SENTENCES = [
    "Ủy ban nhân dân huyện ban hành Kế hoạch cải cách hành chính năm 2022",
    "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ",
    "Tổ chức tuyên truyền về cải cách hành chính trên địa bàn huyện",
    "Kiểm soát thủ tục hành chính, công khai trên Cổng dịch vụ công",
    "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5% trong quý I năm 2022",
    "Số hóa kết quả giải quyết thủ tục hành chính theo quy định",
    "Đánh giá mức độ hài lòng của người dân, tổ chức đối với sự phục vụ",
    "Phòng Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị liên quan",
    "Báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 15 tháng 12",
    "Thực hiện cơ chế một cửa, một cửa liên thông tại Bộ phận tiếp nhận",
    "Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết",
    "Ứng dụng công nghệ thông tin, chuyển đổi số trong cơ quan nhà nước",
]


def page_lines(k):
    lines = ["ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN", f"Số: {100 + k}/KH-UBND",
             f"Quảng Điền, ngày {1 + k % 28} tháng {1 + k % 12} năm 2022", "KẾ HOẠCH"]
    body = SENTENCES[:]
    rnd.shuffle(body)
    return lines + body[:16]


for k in range(n):
    lines = page_lines(k)
    pdf = os.path.join(out, f"clean{k:02d}.pdf")
    c = canvas.Canvas(pdf, pagesize=A4)
    c.setFont("Serif", 12)
    y = A4[1] - 70
    for line in lines:
        c.drawString(60, y, line)
        y -= 22
    c.save()
    base = os.path.join(out, f"clean{k:02d}")
    subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", "-singlefile", pdf, base], check=True)
    img = Image.open(base + ".png").convert("L")
    if k % 3 == 1:  # grey paper, low contrast
        img = img.point(lambda v: int(70 + v * 0.68))
    angle = rnd.choice((-1, 1)) * rnd.uniform(1.0, 2.5)
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=img.getpixel((5, 5)))
    img = img.filter(ImageFilter.GaussianBlur(rnd.uniform(0.8, 1.4)))
    px = img.load()
    for _ in range(img.width * img.height // 200):
        px[rnd.randrange(img.width), rnd.randrange(img.height)] = rnd.choice((0, 255))
    dpi = 300
    if k % 3 == 2:
        img = img.resize((img.width * 2 // 3, img.height * 2 // 3), Image.LANCZOS)
        dpi = 200
    img.save(os.path.join(out, f"page{k:02d}.jpg"), quality=rnd.randint(45, 75), dpi=(dpi, dpi))
    with open(os.path.join(out, f"page{k:02d}.gt.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    os.remove(pdf)
    os.remove(base + ".png")

c = canvas.Canvas(os.path.join(out, "scans.pdf"), pagesize=A4)
for k in range(n):
    c.drawImage(os.path.join(out, f"page{k:02d}.jpg"), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
c.save()
