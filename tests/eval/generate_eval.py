#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generate the understanding evaluation set (kiemchung). FICTIONAL DATA, FOR TESTS ONLY.

  tests/eval/generate_eval.py OUTDIR [--count N] [--scans K] [--manifest-only] [--part base|more|third]

Writes OUTDIR/manifest.json (ground truth) and, unless --manifest-only, the documents:
OUTDIR/text/<path> (PDFs with a text layer, Nghị định 30/2020 layout, rendered with
sample_evidence/generate.py's fonts and styles) and OUTDIR/scan/<id>.pdf (image-only PDFs of
every K-th document: pdftoppm at 150 dpi → skew, blur, noise, red seal, JPEG, PIL → PDF).
Deterministic: a fixed random seed; reportlab invariant=1. The committed copy of the manifest
(tests/eval/manifest.json) is regenerated with --manifest-only and must not drift (the eval
test compares it).

Every document's truth: number, symbol, type, date, issuer, period, signer, place, recipients
count, products (set: any counts as right), path style (code | nocode | misleading).
Needs Debian's python3-reportlab, python3-pil, poppler-utils (pdftoppm).
"""
import os
import sys

sys.dont_write_bytecode = True
if sys.executable != "/usr/bin/python3" and os.path.exists("/usr/bin/python3"):
    try:
        import reportlab  # noqa: F401
    except ImportError:
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)

import argparse
import io
import json
import random
import subprocess
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "sample_evidence"))
import specs  # noqa: E402

SP = specs          # the spec module of the part being generated (--part)
PART = {"base": ("d", 20220615, 0.45), "more": ("m", 20221128, 0.0), "third": ("t", 20221129, 0.0)}   # id prefix, seed, share of coded paths
CUR = ["base"]

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Võ", "Đặng", "Hồ", "Ngô", "Dương", "Trương"]
MIDDLE = ["Văn", "Thị", "Đình", "Ngọc", "Quang", "Thanh", "Hữu", "Minh", "Xuân", "Đức"]
GIVEN = ["Minh", "Hạnh", "Bảo", "Thành", "Lợi", "Phúc", "Hòa", "Thủy", "Khoa", "Tuấn", "Dũng", "Hương", "Quý",
         "Nghĩa", "Thắng", "Lực", "Uyên", "Vỹ", "Kiệt", "Huyền"]
GENERIC = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "Thực hiện chỉ đạo của cấp trên, {body} triển khai thực hiện như sau:",
    "Các cơ quan, đơn vị căn cứ nội dung trên tổ chức thực hiện nghiêm túc, hiệu quả; trong quá trình thực hiện, "
    "nếu có khó khăn, vướng mắc, báo cáo về cơ quan thường trực để tổng hợp./.",
]
RECIPIENTS = ["Như trên;", "Sở Nội vụ tỉnh;", "TT Huyện ủy, TT HĐND huyện;", "CT, các PCT UBND huyện;",
              "Các phòng, ban, đơn vị thuộc huyện;", "UBND các xã, thị trấn;"]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def period_words(p):
    if not p:
        return ""
    y = p[:4]
    if p.endswith("-Q1") or p.endswith("-Q3") or p.endswith("-Q2") or p.endswith("-Q4"):
        return "quý %s năm %s" % (ROMAN[int(p[-1])], y)
    if p.endswith("-H1"):
        return "6 tháng đầu năm %s" % y
    return "năm %s" % y


def issue_date(rng, sp):
    """A plausible date of issue for the period the document is about."""
    p = sp["period"]
    y = int(p[:4]) if p else 2022
    if sp["issued"] == "before":       # plans: December of the year before, or early January
        return rng.choice([(y - 1, 12, rng.randint(10, 31)), (y, 1, rng.randint(2, 14))])
    if p.endswith("-Q1"):
        return (y, 3, rng.randint(10, 31))
    if p.endswith("-H1"):
        return (y, 6, rng.randint(10, 30))
    if p.endswith("-Q3"):
        return (y, 9, rng.randint(10, 30))
    if p and sp["type"] == "BC":       # yearly reports: end of the year or early the next
        return rng.choice([(y, 12, rng.randint(1, 28)), (y + 1, 1, rng.randint(5, 25)), (y, 11, rng.randint(10, 30))])
    if p:
        return (y, rng.randint(2, 11), rng.randint(1, 28))
    return (2022, rng.randint(1, 12), rng.randint(1, 28))


def vn_date(place, d, style):
    y, m, day = d
    if style == 0:    # NĐ 30/2020: leading zero for days < 10 and months 1, 2
        return "%s, ngày %02d tháng %s năm %d" % (place, day, "%02d" % m if m <= 2 else m, y)
    if style == 1:    # no leading zeros
        return "%s, ngày %d tháng %d năm %d" % (place, day, m, y)
    return "%s, ngày %02d/%02d/%d" % (place, day, m, y)   # numeric form


def make_case(rng, idx, sp, issuer_key):
    iss = SP.ISSUERS[issuer_key]
    d = issue_date(rng, sp)
    number = rng.randint(1, 420)
    num_s = ("%02d" % number) if number < 10 and rng.random() < 0.7 else str(number)
    type_code = sp["type"]
    if type_code == "CV":
        unit = rng.choice(iss["cv_units"] or [iss["code"]])
        symbol = "%s-%s" % (iss["code"], unit) if unit != iss["code"] else iss["code"]
    else:
        symbol = "%s-%s" % (type_code, iss["code"])
    if sp["normative"]:
        num_s = "%s/%d" % (num_s, d[0])
    fam = SP.SIGNER_FAMILY[issuer_key]
    role = rng.choice(SP.SIGNERS[fam])
    signer = "%s %s %s" % (rng.choice(SURNAMES), rng.choice(MIDDLE), rng.choice(GIVEN))
    subject = sp["subject"].replace("{P}", period_words(sp["period"])).strip()
    if type_code == "CV" and not subject.startswith("V/v"):
        subject = "V/v " + subject[0].lower() + subject[1:]
    products = ([sp["product"]] + sp["also"]) if sp["product"] else []
    recipients = rng.sample(RECIPIENTS, rng.randint(2, 4)) + ["Lưu: VT."]
    issuer_truth = " ".join(iss["lines"])
    return {
        "id": PART[CUR[0]][0] + "%03d" % idx, "spec_product": sp["product"], "products": products,
        "criteria": sorted({p.split("/")[0] for p in products}),
        "number": num_s, "symbol": symbol, "type": type_code, "type_name": sp.get("type_name", ""),
        "date": "%04d-%02d-%02d" % d, "issuer": issuer_truth, "issuer_key": issuer_key, "unit": iss["unit"],
        "governing": iss["governing"] or "", "place": iss["place"], "period": sp["period"] if sp.get("truth_period") is None else sp["truth_period"], "signer": signer,
        "signer_role": " / ".join(role), "subject": subject, "recipients": len(recipients),
        "_role": role, "_recipients": recipients, "_body": sp["body"], "_date_style": rng.choice([0, 0, 0, 1, 2]),
        "_d": d, "_layout": rng.choice(["plain", "plain", "wide", "compact"]),
        "_stamp": rng.random() < 0.35,
    }


TYPE_NAMES = {"KH": "KẾ HOẠCH", "QĐ": "QUYẾT ĐỊNH", "BC": "BÁO CÁO", "TB": "THÔNG BÁO", "BB": "BIÊN BẢN",
              "TTr": "TỜ TRÌNH", "PA": "PHƯƠNG ÁN", "NQ": "NGHỊ QUYẾT", "GM": "GIẤY MỜI", "CĐ": "CÔNG ĐIỆN",
              "CT": "CHỈ THỊ", "QC": "QUY CHẾ", "ĐA": "ĐỀ ÁN", "KL": "KẾT LUẬN"}


def ascii_name(s):
    s = unicodedata.normalize("NFD", s).replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in s if not unicodedata.combining(c))


def make_path(rng, case, all_criteria):
    """code | nocode | misleading: where a unit would have put the file."""
    crit = case["criteria"][0] if case["criteria"] else None
    sym = case["symbol"].replace("/", "-")
    num = case["number"].replace("/", "-")
    short = ascii_name(case["subject"])[:40].strip().replace(" ", " ")
    r = rng.random()
    if crit and r < PART[CUR[0]][2]:
        style = "code"
        form = rng.choice(["TC {c}/{n}-{s}.pdf", "{u}/Tieu chi {c}/{short}.pdf", "{c_} {short}.pdf",
                           "TC{c} - {short}.pdf", "{u}/{c}/{n} {s}.pdf"])
        path = form.format(c=crit, c_=crit.replace(".", "_"), n=num, s=sym, short=short, u=case["unit"])
    elif r < 0.85 or not all_criteria:
        style = "nocode"
        form = rng.choice(["{n}-{s}.pdf", "{short}.pdf", "scan{k:04d}.pdf", "{u}/{short} {n}.pdf"])
        path = form.format(n=num, s=sym, short=short, k=rng.randint(1, 9999), u=case["unit"])
    else:
        style = "misleading"
        wrong = rng.choice([c for c in all_criteria if c not in case["criteria"]])
        form = rng.choice(["TC {w}/{n}-{s}.pdf", "Tieu chi {w}/{short}.pdf"])
        path = form.format(w=wrong, n=num, s=sym, short=short)
        case["path_criterion"] = wrong
    case["path"] = path
    case["path_style"] = style


def render(case, out_path):
    import generate as G
    from reportlab.lib.units import mm
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    iss = SP.ISSUERS[case["issuer_key"]]
    left, right = 30 * mm, 15 * mm
    width = A4[0] - left - right
    split = {"plain": 0.42, "wide": 0.45, "compact": 0.40}[case["_layout"]]
    colw = [width * split, width * (1 - split)]
    lcol = []
    if iss["governing"]:
        lcol.append(Paragraph(G.esc(iss["governing"]), G.S["hdr"]))
    for line in iss["lines"]:
        lcol.append(Paragraph(G.esc(line), G.S["hdr_b"]))
    lcol.append(G.Rule(22 * mm, colw[0]))
    rcol = [Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", G.S["motto"]),
            Paragraph("Độc lập - Tự do - Hạnh phúc", G.S["motto2"]), G.Rule(58 * mm, colw[1])]
    so = [Paragraph(G.esc("Số: %s/%s" % (case["number"], case["symbol"])), G.S["so"])]
    if case["type"] == "CV":
        so.append(Paragraph(G.esc(case["subject"]), G.S["hdr"]))
    header = Table([[lcol, rcol], [so, Paragraph(G.esc(vn_date(iss["place"], case["_d"], case["_date_style"])),
                                                 G.S["date"])]], colWidths=colw)
    header.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 1), (-1, 1), 6)]))
    story = [header, Spacer(1, 8 * mm)]
    if case["type"] != "CV":
        story.append(Paragraph(G.esc(TYPE_NAMES[case["type"]]), G.S["type"]))
        subj = case["subject"]
        if case["type"] in ("QĐ", "NQ", "CT", "CĐ") and not subj.lower().startswith(("về", "v/v")):
            subj = "Về việc " + subj[0].lower() + subj[1:] if case["_layout"] != "compact" else subj
        for line in [subj]:
            story.append(Paragraph(G.esc(line), G.S["subj"]))
        story += [G.Rule(40 * mm, width)]
    else:
        story.append(Paragraph(G.esc("Kính gửi: Các phòng, ban, đơn vị thuộc huyện"), G.S["c"]))
    story.append(Spacer(1, 5 * mm))
    body = [GENERIC[0], GENERIC[1].format(body=iss["body"])] + case["_body"] + [GENERIC[2]]
    for p in body:
        story.append(Paragraph(G.esc(p.replace("{P}", period_words(case["period"]))), G.S["body"]))
    nn = [Paragraph("Nơi nhận:", G.S["nn"])] + [Paragraph("- " + G.esc(r), G.S["nn_i"]) for r in case["_recipients"]]
    sig = [Paragraph(G.esc(x), G.S["sig"]) for x in case["_role"]]
    sig += [Spacer(1, 20 * mm), Paragraph(G.esc(case["signer"]), G.S["sig"])]
    foot = Table([[nn, sig]], colWidths=[width * 0.45, width * 0.55])
    foot.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story += [Spacer(1, 4 * mm), KeepTogether([foot])]
    stamp = None
    if case["_stamp"]:
        y, m, dd = case["_d"]
        stamp = ["Ký bởi: " + case["signer"], "Cơ quan: " + " ".join(iss["lines"]).title(),
                 "Thời gian ký: %02d.%02d.%d 15:21:07 +07:00" % (dd, m, y)]

    def first_page(canv, _doc):
        if stamp:
            canv.saveState()
            x, y0, w, h = A4[0] - right - 70 * mm, A4[1] - 14 * mm, 70 * mm, 11 * mm
            canv.setStrokeColorRGB(0.8, 0.1, 0.1)
            canv.rect(x, y0 - 1, w, h)
            p = Paragraph("<br/>".join(G.esc(s) for s in stamp), G.S["stamp"])
            p.wrapOn(canv, w - 4, h)
            p.drawOn(canv, x + 2, y0 + 1)
            canv.restoreState()

    pdf = SimpleDocTemplate(out_path, pagesize=A4, leftMargin=left, rightMargin=right, topMargin=20 * mm,
                            bottomMargin=20 * mm, invariant=1, creator="kiemchung tests/eval/generate_eval.py",
                            subject="FICTIONAL EVALUATION DOCUMENT - FOR TESTS ONLY")
    pdf.build(story, onFirstPage=first_page)


def degrade(pdf, out_pdf, rng):
    """Scan imitation: 150 dpi grey render, skew ±2°, blur, noise, a red seal near the signer, JPEG."""
    from PIL import Image, ImageDraw, ImageFilter
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "150", "-png", pdf, os.path.join(tmp, "p")], check=True)
        pages = []
        files = sorted(f for f in os.listdir(tmp) if f.endswith(".png"))
        for i, f in enumerate(files):
            im = Image.open(os.path.join(tmp, f)).convert("RGB")
            if i == len(files) - 1:   # red seal over the right half of the last page's lower part
                dr = ImageDraw.Draw(im, "RGBA")
                cx, cy = int(im.width * rng.uniform(0.6, 0.75)), int(im.height * rng.uniform(0.45, 0.8))
                r = int(im.width * 0.09)
                for k in range(3):
                    dr.ellipse([cx - r + k * 6, cy - r + k * 6, cx + r - k * 6, cy + r - k * 6],
                               outline=(210, 30, 40, 150), width=4)
                dr.regular_polygon((cx, cy, r // 3), 5, fill=(210, 30, 40, 140))
            im = im.rotate(rng.uniform(-2.0, 2.0), resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
            im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.9)))
            noise = Image.effect_noise(im.size, rng.uniform(8, 20)).convert("RGB")
            im = Image.blend(im, noise, 0.08)
            buf = io.BytesIO()
            im.save(buf, "JPEG", quality=rng.randint(35, 65))
            pages.append(Image.open(io.BytesIO(buf.getvalue())))
        pages[0].save(out_pdf, "PDF", resolution=150.0, save_all=True, append_images=pages[1:])


def build_manifest(count, scans):
    rng = random.Random(PART[CUR[0]][1])
    all_specs = SP.S
    all_criteria = sorted({sp["product"].split("/")[0] for sp in all_specs if sp["product"]})
    cases = []
    i = 0
    while len(cases) < count:
        sp = all_specs[i % len(all_specs)]
        issuer_key = sp["issuers"][(i // len(all_specs)) % len(sp["issuers"])]
        c = make_case(rng, len(cases) + 1, sp, issuer_key)
        make_path(rng, c, all_criteria)
        c["scan"] = scans > 0 and (len(cases) % scans == 0)
        cases.append(c)
        i += 1
    return cases


def public(c):
    return {k: v for k, v in c.items() if not k.startswith("_")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--scans", type=int, default=5, help="every K-th document also as a degraded scan (0: none)")
    ap.add_argument("--manifest-only", action="store_true")
    ap.add_argument("--part", choices=["base", "more", "third"], default="base",
                    help="base: specs.py (d001…); more: specs_more.py (m001…, no criterion codes in paths); "
                         "third: specs_third.py (t001…, siblings, new layouts, off-topic; no codes in paths)")
    a = ap.parse_args()
    global SP
    if a.part == "more":
        import specs_more
        SP = specs_more
        CUR[0] = "more"
    elif a.part == "third":
        import specs_third
        SP = specs_third
        CUR[0] = "third"
    cases = build_manifest(a.count, a.scans)
    os.makedirs(a.outdir, exist_ok=True)
    if not a.manifest_only:
        import generate as G
        G.register_fonts("dejavu")
        G.SCALE[0] = 0.9
        G.styles()
        for c in cases:
            p = os.path.join(a.outdir, "text", c["id"] + ".pdf")
            os.makedirs(os.path.dirname(p), exist_ok=True)
            render(c, p)
            if c["scan"]:
                s = os.path.join(a.outdir, "scan", c["id"] + ".pdf")
                os.makedirs(os.path.dirname(s), exist_ok=True)
                degrade(p, s, random.Random(c["id"]))
    with open(os.path.join(a.outdir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"generator": "tests/eval/generate_eval.py", "count": len(cases),
                   "documents": [public(c) for c in cases]}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d documents, %d scans, %d products, %d criteria" % (
        len(cases), sum(c["scan"] for c in cases), len({p for c in cases for p in c["products"]}),
        len({x for c in cases for x in c["criteria"]})))


if __name__ == "__main__":
    main()
