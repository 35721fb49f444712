#!/usr/bin/python3
"""Held-out evaluation set for the understanding stage (issue 6, "Evaluation (honest)").

    /usr/bin/python3 tests/eval/heldout/make_heldout.py OUT_DIR [--manifest-only]

Writes the held-out documents as text-layer PDFs under OUT_DIR (relative paths as in the
manifest) and OUT_DIR/manifest.json in the format of tests/eval/manifest.json. With
--manifest-only only the manifest is written (the committed tests/eval/heldout/manifest.json is
this output: a test regenerates it and compares, so it cannot go stale).

The documents (documents_1.py, documents_2.py) were written by hand by a different author from
the seed plan's appendix, WITHOUT reading the classifier's phrases, the rules' phrases or the
development set's generator: see README.md. Deterministic: no clock, no randomness beyond a
fixed seed, reportlab invariant mode -> byte-stable PDFs.

Product numbering ("<criterion>/sp<n>"): n counts, in the seed appendix's order, the products
listed in the "Sản phẩm đầu ra" cell of that criterion row; a bullet ("- …") is one product,
and a bullet naming several distinct documents separated by ";" counts each of them (4.2.1:
"Quyết định phân bổ biên chế năm 2022 của Sở Nội vụ; Quyết định phân bổ biên chế của đơn vị;
số lượng người hợp đồng…" = sp3, sp4, sp5, so "Báo cáo CCHC hoặc báo cáo sử dụng biên chế" =
sp6; 4.2.2: 0203b = sp1, 0204 = sp2, QĐ of Sở Nội vụ = sp3, QĐ of UBND huyện = sp4, báo cáo
CCHC = sp5). Sub-items "+ …" under a bullet count as products of their own (4.3.1: "+ Kế hoạch
kiểm tra; + Quyết định thành lập Đoàn kiểm tra; + Biên bản kiểm tra; + Kết luận kiểm tra" =
sp1-sp4, "Báo cáo thực hiện các quy định về phân cấp" = sp5). 1.3.1's "Biên bản, thông báo
kết luận" is two products (sp3 biên bản, sp4 thông báo kết luận; sp5 báo cáo sau kiểm tra).
Rows without a code of their own are "<parent>.a", ".b" in seed order (rules/README.md): the
periodic reports under 1.2 are 1.2.a, whose four deadlines (quý I, 6 tháng, quý III, năm) are
sp1-sp4; the two rows under 1.4.2 are 1.4.2.a (mass media list) and 1.4.2.b (other forms).
Other numbering used here, read straight off the appendix: 1.1.2 sp2 = báo cáo CCHC năm;
1.4.1 sp1 kế hoạch, sp2 bảng tổng hợp, sp3 báo cáo; 2.1.2 sp1 phương án, sp2 mẫu phiếu, sp3
báo cáo; 2.2 sp1 báo cáo rà soát năm 2021, sp2 văn bản xử lý/kiến nghị xử lý, sp3 văn bản
UBND huyện ban hành; 2.3 sp1 báo cáo kết quả xử lý; 3.1.1 sp1 báo cáo kiểm soát TTHC, sp2
báo cáo rà soát; 3.3.1 sp1 báo cáo kiểm soát TTHC, sp2 bảng thống kê; 3.3.2/3.3.3 sp1 danh
mục liên thông, sp2 văn bản UBND tỉnh, sp3 báo cáo kiểm soát TTHC; 3.4.2 sp1 công văn đề nghị
của UBND huyện; 3.5.2 sp1 bảng tổng hợp, sp2 văn bản xin lỗi; 4.1.1 sp1 báo cáo CCHC/chuyên
đề, sp2 quyết định chức năng nhiệm vụ; 4.3.2 sp1 QĐ đoàn, sp2 kế hoạch, sp3 kết luận/biên
bản/báo cáo; 4.3.3 sp1 kế hoạch, sp2 biên bản/kết luận, sp3 báo cáo kết quả kiểm tra, sp4
báo cáo phân cấp; 5.1.2 sp4 báo cáo tình hình thực hiện Đề án VTVL; 5.2.x sp1 văn bản kỳ
tuyển dụng, sp2 báo cáo tuyển dụng; 5.5.1 sp1 báo cáo đánh giá; 5.5.2 sp2 báo cáo kỷ luật,
kỷ cương; 5.6 sp1 kế hoạch đào tạo; 6.2.1 sp1 báo cáo giải ngân năm, sp2 báo cáo 10 tháng;
6.2.2 sp2 báo cáo thực hiện kiến nghị; 7.3.x sp1-sp3 the three statistics; 8.2 sp1 báo cáo
KTXH 2021, sp2 báo cáo KTXH 2022, sp3 thống kê doanh nghiệp; 8.3 sp1 báo cáo thu ngân sách,
sp2 báo cáo 10 tháng, sp3 nghị quyết HĐND tỉnh. Documents that serve several products list
them all (scoring counts set membership).
"""
import argparse
import hashlib
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, HERE)
from issuers import ISSUERS  # noqa: E402
import documents_1  # noqa: E402
import documents_2  # noqa: E402

SEED = 20221115  # fixed: the few derived values (signing times) come from it and the id

TYPE_TITLES = {"KH": "KẾ HOẠCH", "BC": "BÁO CÁO", "QĐ": "QUYẾT ĐỊNH", "TB": "THÔNG BÁO", "TTr": "TỜ TRÌNH",
               "BB": "BIÊN BẢN", "PA": "PHƯƠNG ÁN", "NQ": "NGHỊ QUYẾT", "GM": "GIẤY MỜI", "CV": None}
STAMP_NAMES = {"huyen": "Ủy ban nhân dân huyện Quảng Điền", "tinh": "Ủy ban nhân dân tỉnh Thừa Thiên Huế",
               "tnmt": "Phòng Tài nguyên và Môi trường huyện Quảng Điền"}
MOTTOS = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
          ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc"),
          ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập-Tự do-Hạnh phúc"),
          ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập — Tự do — Hạnh phúc")]


def all_docs():
    docs = documents_1.DOCS + documents_2.DOCS
    seen = set()
    for d in docs:
        assert d["id"] not in seen, d["id"]
        seen.add(d["id"])
        check_nfc(d)
    return docs


def check_nfc(x):
    if isinstance(x, str):
        assert unicodedata.is_normalized("NFC", x), "not NFC: %r" % x
    elif isinstance(x, (list, tuple)):
        for y in x:
            check_nfc(y)
    elif isinstance(x, dict):
        for y in x.values():
            check_nfc(y)


# ------------------------------------------------------------------ header fields (shared by
# the manifest and the renderer, so the truth is what is printed)
def issuer_of(d):
    base = ISSUERS[d["iss"]]
    return d.get("gov", base["gov"]), d.get("lines", base["lines"]), base


def number_line(d):
    _, _, base = issuer_of(d)
    sym = d.get("sym") or "%s-%s" % (d["type"], base["code"])
    return sym, "Số: %s/%s" % (d["num"], sym)


def date_text(place, date, style):
    y, m, day = date
    if style == "numeric":
        return "%s, ngày %02d/%s/%d" % (place, day, "%02d" % m if m <= 2 else str(m), y)
    if style == "nozero":
        return "%s, ngày %d tháng %d năm %d" % (place, day, m, y)
    return "%s, ngày %02d tháng %s năm %d" % (place, day, "%02d" % m if m <= 2 else str(m), y)


def criteria_of(products):
    out = []
    for p in products:
        c = p.split("/")[0]
        if c not in out:
            out.append(c)
    return out


def manifest_entry(d):
    gov, lines, base = issuer_of(d)
    sym, _ = number_line(d)
    y, m, day = d["date"]
    return {
        "id": d["id"],
        "spec_product": d["products"][0] if d["products"] else None,
        "products": list(d["products"]),
        "criteria": criteria_of(d["products"]),
        "number": d["num"],
        "symbol": sym,
        "type": d["type"],
        "type_name": "",
        "date": "%04d-%02d-%02d" % (y, m, day),
        "issuer": " ".join(lines),
        "issuer_key": d["iss"],
        "unit": base["unit"],
        "governing": gov or "",
        "place": base["place"],
        "period": d["period"],
        "signer": d["name"],
        "signer_role": " / ".join(d["sign"]),
        "subject": " ".join(d["subj"]),
        # "Nơi nhận" lines, not counting the archive line "Lưu: …"
        "recipients": sum(1 for r in d["rec"] if not r.startswith("Lưu")),
        "path": d["path"],
        "path_style": d["pstyle"],
        "scan": False,
    }


def manifest(docs):
    return {"generator": "tests/eval/heldout/make_heldout.py", "count": len(docs),
            "documents": [manifest_entry(d) for d in docs]}


# ------------------------------------------------------------------ PDF rendering
def render_all(docs, out):
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    d_ = "/usr/share/fonts/truetype/dejavu"
    fams = {"serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf",
                      "DejaVuSerif-BoldItalic.ttf"),
            "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                     "DejaVuSans-BoldOblique.ttf")}
    for fam, files in fams.items():
        names = [fam + s for s in ("", "-B", "-I", "-BI")]
        for n, f in zip(names, files):
            pdfmetrics.registerFont(TTFont(n, os.path.join(d_, f)))
        pdfmetrics.registerFontFamily(fam, normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3])

    def esc(s):
        s = unicodedata.normalize("NFC", s)
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    class Rule(Flowable):
        def __init__(self, w, avail):
            super().__init__()
            self.w, self.avail = w, avail

        def wrap(self, aw, ah):
            return self.avail, 3

        def draw(self):
            x = (self.avail - self.w) / 2
            self.canv.setLineWidth(0.6)
            self.canv.line(x, 1.5, x + self.w, 1.5)

    left_m, right_m, top_m, bot_m = 30 * mm, 15 * mm, 20 * mm, 20 * mm
    width = A4[0] - left_m - right_m

    def styles(fam, k):  # k: size factor (DejaVu is wide: scale down a little)
        def st(name, size, font="", align=TA_CENTER, leading=None, **kw):
            return ParagraphStyle(name, fontName=fam + font, fontSize=size * k,
                                  leading=(leading or size * 1.2) * k, alignment=align, **kw)
        return {
            "gov": st("gov", 12), "iss": st("iss", 12, "-B"), "m1": st("m1", 11.5, "-B"), "m2": st("m2", 12.5, "-B"),
            "so": st("so", 12.5), "date": st("date", 12.5, "-I"),
            "datew": st("datew", 12.5, "-I", leftIndent=12 * mm, rightIndent=12 * mm), "dater": st("dater", 12.5, "-I", TA_RIGHT),
            "vv": st("vv", 11.5), "title": st("title", 13.5, "-B"), "subj": st("subj", 13.5, "-B"),
            "kg": st("kg", 13.5, align=TA_CENTER), "kgl": st("kgl", 13.5, align=TA_LEFT, leftIndent=30 * mm),
            "p": st("p", 13.5, align=TA_JUSTIFY, leading=18, firstLineIndent=12 * mm, spaceAfter=4),
            "i": st("i", 13.5, "-I", TA_JUSTIFY, leading=18, firstLineIndent=12 * mm, spaceAfter=2),
            "h": st("h", 13.5, "-B", TA_LEFT, leading=18, firstLineIndent=12 * mm, spaceAfter=3),
            "c": st("c", 13.5, "-B", leading=18, spaceBefore=3, spaceAfter=5),
            "td": st("td", 10.5, align=TA_LEFT, leading=12.5), "th": st("th", 10.5, "-B", leading=12.5),
            "nn": st("nn", 11.5, "-BI", TA_LEFT), "nni": st("nni", 10.5, align=TA_LEFT, leading=12.5),
            "sig": st("sig", 13, "-B", leading=16), "stamp": st("stamp", 6.8, align=TA_LEFT, leading=8.2),
        }

    for d in docs:
        gov, lines, base = issuer_of(d)
        fam = d.get("font", "serif")
        S = styles(fam, 0.92 if fam == "serif" else 0.88)
        layout = d.get("layout", "std")
        m1, m2 = MOTTOS[d.get("motto", 0)]
        _, so = number_line(d)
        place = base["place"]
        dline = date_text(place, d["date"], d.get("dstyle", "words"))
        dstyle = "datew" if len(place) > 12 else "date"   # long place names: the date line wraps
        if layout == "narrow":
            colw = [width * 0.36, width * 0.64]      # narrow left column: the issuer wraps
        elif layout == "split":
            colw = [width * 0.45, width * 0.55]
        else:
            colw = [width * 0.42, width * 0.58]

        def fit(text, key):  # a clerk shrinks a long name rather than break it (a break at " - " is lost)
            st = S[key]
            w = pdfmetrics.stringWidth(text, st.fontName, st.fontSize)
            if w <= colw[0] - 2:
                return Paragraph(esc(text), st)
            k = (colw[0] - 2) / w
            return Paragraph(esc(text), ParagraphStyle(key + "-fit", parent=st, fontSize=st.fontSize * k,
                                                       leading=st.leading * k))

        lcol = []
        if gov:
            lcol.append(Paragraph(esc(gov), S["gov"]) if len(gov) > 30 else fit(gov, "gov"))
        lcol += [fit(x, "iss") for x in lines]
        lcol.append(Rule(20 * mm, colw[0]))
        rcol = [Paragraph(esc(m1), S["m1"]), Paragraph(esc(m2), S["m2"]), Rule(55 * mm, colw[1])]

        tstyle = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
        after = []
        if layout == "cv":
            lcol += [Spacer(1, 2 * mm), Paragraph(esc(so), S["so"])]
            lcol.append(Paragraph(esc(" ".join(d["subj"])), S["vv"]))
            rcol += [Spacer(1, 3 * mm), Paragraph(esc(dline), S[dstyle])]
            rows = [[lcol, rcol]]
        elif layout == "split":
            lcol += [Spacer(1, 2 * mm), Paragraph(esc(so), S["so"])]
            rcol += [Spacer(1, 2 * mm), Paragraph(esc(dline), S[dstyle])]
            rows = [[lcol, rcol]]
        elif layout == "daterow":
            rows = [[lcol, rcol], [Paragraph(esc(so), S["so"]), ""]]
            after = [Spacer(1, 1 * mm), Paragraph(esc(dline), S["dater"])]
        else:  # std, narrow, bb
            rows = [[lcol, rcol], [Paragraph(esc(so), S["so"]), Paragraph(esc(dline), S[dstyle])]]
            tstyle.append(("TOPPADDING", (0, 1), (-1, 1), 5))
        header = Table(rows, colWidths=colw)
        header.setStyle(TableStyle(tstyle))
        story = [header] + after + [Spacer(1, 7 * mm)]

        title = TYPE_TITLES[d["type"]]
        if title:
            story.append(Paragraph(esc(title), S["title"]))
            story += [Paragraph(esc(x), S["subj"]) for x in d["subj"]]
            story += [Rule(38 * mm, width), Spacer(1, 4 * mm)]
        if d.get("kg"):
            if len(d["kg"]) == 1:
                story += [Paragraph("Kính gửi: " + esc(d["kg"][0]), S["kg"]), Spacer(1, 3 * mm)]
            else:
                story.append(Paragraph("Kính gửi:", S["kgl"]))
                story += [Paragraph(esc(x), S["kgl"]) for x in d["kg"]]
                story.append(Spacer(1, 3 * mm))

        for kind, val in d["body"]:
            if kind == "t":
                data = [[Paragraph(esc(c), S["th"] if i == 0 else S["td"]) for c in row]
                        for i, row in enumerate(val)]
                t = Table(data, colWidths=[width / len(val[0])] * len(val[0]), repeatRows=1)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                                       ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
                story += [Spacer(1, 2 * mm), t, Spacer(1, 3 * mm)]
            else:
                story.append(Paragraph(esc(val), S[kind]))

        sig = [Paragraph(esc(x), S["sig"]) for x in d["sign"]]
        sig += [Spacer(1, 20 * mm), Paragraph(esc(d["name"]), S["sig"])]
        if d["type"] == "BB":
            ls, lname = d["left_sign"]
            lsig = [Paragraph(esc(x), S["sig"]) for x in ls] + [Spacer(1, 20 * mm), Paragraph(esc(lname), S["sig"])]
            foot = Table([[lsig, sig]], colWidths=[width * 0.5, width * 0.5])
        else:
            nn = [Paragraph("Nơi nhận:", S["nn"])] + [Paragraph("- " + esc(r), S["nni"]) for r in d["rec"]]
            foot = Table([[nn, sig]], colWidths=[width * 0.45, width * 0.55])
        foot.setStyle(TableStyle(tstyle))
        story += [Spacer(1, 4 * mm), KeepTogether([foot])]

        stamp = None
        if d.get("stamp"):
            h = int(hashlib.sha256(("%d/%s" % (SEED, d["id"])).encode()).hexdigest(), 16)
            y, m, day = d["date"]
            when = "%02d.%02d.%d %02d:%02d:%02d +07:00" % (day, m, y, 8 + h % 9, (h >> 8) % 60, (h >> 16) % 60)
            who = STAMP_NAMES[d["iss"]]
            stamp = ["Ký bởi: " + who, "Cơ quan: Tỉnh Thừa Thiên Huế", "Thời gian ký: " + when]

        def first_page(canv, _doc, stamp=stamp, S=S):
            if stamp:
                canv.saveState()
                x, y, w, h = A4[0] - right_m - 66 * mm, A4[1] - 14 * mm, 66 * mm, 10.5 * mm
                canv.setStrokeColorRGB(0.8, 0.1, 0.1)
                canv.setLineWidth(0.5)
                canv.rect(x, y - 1, w, h)
                p = Paragraph("<br/>".join(esc(s) for s in stamp), S["stamp"])
                p.wrapOn(canv, w - 4, h)
                p.drawOn(canv, x + 2, y + 1)
                canv.restoreState()

        path = os.path.join(out, d["path"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        pdf = SimpleDocTemplate(path, pagesize=A4, leftMargin=left_m, rightMargin=right_m, topMargin=top_m,
                                bottomMargin=bot_m, invariant=1, title="", author="",
                                creator="kiemchung tests/eval/heldout/make_heldout.py",
                                subject="FICTIONAL TEST DOCUMENT - HELD-OUT SET")
        pdf.build(story, onFirstPage=first_page)


def verify(docs, out):
    """pdftotext every PDF: NFC text, and the printed header fields found in it (whitespace folded)."""
    import subprocess
    bad = 0
    for d in docs:
        e = manifest_entry(d)
        txt = subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(out, d["path"]), "-"],
                             check=True, capture_output=True).stdout.decode("utf-8")
        flat = " ".join(txt.split())
        want = [number_line(d)[1], date_text(e["place"], d["date"], d.get("dstyle", "words")), e["subject"],
                e["signer"]] + issuer_of(d)[1] + d["sign"] + ([e["governing"]] if e["governing"] else [])
        missing = [w for w in want if " ".join(w.split()) not in flat]
        if not unicodedata.is_normalized("NFC", txt) or missing:
            bad += 1
            print("%s %s: not NFC or missing %r" % (d["id"], d["path"], missing), file=sys.stderr)
    print("verified %d PDFs, %d with problems" % (len(docs), bad))
    return bad == 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--manifest-only", action="store_true")
    ap.add_argument("--verify", action="store_true", help="check the PDFs' text layers with pdftotext")
    a = ap.parse_args()
    docs = all_docs()
    paths = [d["path"] for d in docs]
    assert len(set(paths)) == len(paths), "duplicate paths"
    os.makedirs(a.out, exist_ok=True)
    if not a.manifest_only:
        render_all(docs, a.out)
    with open(os.path.join(a.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest(docs), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d documents -> %s" % (len(docs), a.out))
    if a.verify and not a.manifest_only and not verify(docs, a.out):
        sys.exit(1)


if __name__ == "__main__":
    main()
