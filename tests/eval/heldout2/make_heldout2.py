#!/usr/bin/python3
"""Second held-out evaluation set for the understanding stage (issue 6, "Evaluation (honest)").

    /usr/bin/python3 tests/eval/heldout2/make_heldout2.py OUT_DIR [--manifest-only] [--verify]

Writes the documents as text-layer PDFs under OUT_DIR (relative paths as in the manifest) and
OUT_DIR/manifest.json in the format of tests/eval/manifest.json and tests/eval/heldout. With
--manifest-only only the manifest is written: the committed tests/eval/heldout2/manifest.json is
that output, and tests/eval/heldout2/run_heldout2.sh regenerates and compares it. --verify runs
pdftotext on every PDF and checks that the printed number line, date line, subject, issuer lines
and signer name occur in the text layer (whitespace folded) and that the text is NFC.

The documents (docs_a.py, docs_b.py, docs_c.py) were written by hand by helper "heldout2" from
the seed plan's appendix, WITHOUT reading the classifier, the rules' phrases, the development
set's generator or the first held-out set's documents: see README.md. Deterministic: no clock,
no randomness beyond a fixed seed, reportlab invariant mode -> byte-stable PDFs.

Product ids "<criterion>/sp<n>": n counts, in seed order, the products listed in the criterion's
"Sản phẩm đầu ra" cell (rules/README.md); rows without a code are "<parent>.a". Documents that
serve several products list them all (scoring counts set membership); README.md lists the calls
that could be disputed.
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
from issuers2 import ISSUERS  # noqa: E402
import docs_a  # noqa: E402
import docs_b  # noqa: E402
import docs_c  # noqa: E402

SEED = 20221128
GENERATOR = "tests/eval/heldout2/make_heldout2.py"

TITLES = {"KH": "KẾ HOẠCH", "BC": "BÁO CÁO", "QĐ": "QUYẾT ĐỊNH", "TB": "THÔNG BÁO", "TTr": "TỜ TRÌNH",
          "BB": "BIÊN BẢN", "PA": "PHƯƠNG ÁN", "NQ": "NGHỊ QUYẾT", "KL": "KẾT LUẬN", "ĐA": "ĐỀ ÁN",
          "HD": "HƯỚNG DẪN", "CV": None}
MOTTOS = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
          ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
          ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc")]


def all_docs():
    docs = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS
    seen = set()
    for d in docs:
        assert d["id"] not in seen, d["id"]
        seen.add(d["id"])
        check_nfc(d)
        assert d["pstyle"] in ("nocode", "code", "misleading"), d["id"]
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


# ------------------------------------------------------------------ header fields (shared by the
# manifest and the renderer: the truth is what is printed)
def issuer_of(d):
    base = ISSUERS[d["iss"]]
    return d.get("gov", base["gov"]), d.get("lines", base["lines"]), base


def symbol_of(d):
    _, _, base = issuer_of(d)
    return d.get("sym") or "%s-%s" % (d["type"], base["code"])


def number_line(d):
    return "Số: %s/%s" % (d["num"], symbol_of(d))


def date_text(d):
    _, _, base = issuer_of(d)
    y, m, day = d["date"]
    place = d.get("place", base["place"])
    st = d.get("dstyle", "words")
    if st == "numeric":
        return "%s, ngày %02d/%02d/%d" % (place, day, m, y)
    mm = "%02d" % m if m <= 2 else str(m)
    if st == "nozero":
        return "%s, ngày %d tháng %d năm %d" % (place, day, m, y)
    return "%s, ngày %02d tháng %s năm %d" % (place, day, mm, y)


def criteria_of(products):
    out = []
    for p in products:
        c = p.split("/")[0]
        if c not in out:
            out.append(c)
    return out


def manifest_entry(d):
    gov, lines, base = issuer_of(d)
    y, m, day = d["date"]
    return {
        "id": d["id"],
        "spec_product": d["products"][0] if d["products"] else None,
        "products": list(d["products"]),
        "criteria": criteria_of(d["products"]),
        "number": d["num"],
        "symbol": symbol_of(d),
        "type": d["type"],
        "type_name": "",
        "date": "%04d-%02d-%02d" % (y, m, day),
        "issuer": " ".join(lines),
        "issuer_key": d["iss"],
        "unit": base["unit"],
        "governing": gov or "",
        "place": d.get("place", base["place"]),
        "period": d["period"],
        "signer": d["name"],
        "signer_role": " / ".join(d["sign"]),
        "subject": " ".join(d["subj"]),
        "recipients": sum(1 for r in d.get("rec", []) if not r.startswith("Lưu")),
        "path": d["path"],
        "path_style": d["pstyle"],
        "scan": False,
    }


def manifest(docs):
    return {"generator": GENERATOR, "count": len(docs), "documents": [manifest_entry(d) for d in docs]}


# ------------------------------------------------------------------ PDF rendering
def render_all(docs, out):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    fdir = "/usr/share/fonts/truetype/dejavu"
    fams = {"serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
            "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
            "cond": ("DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf", "DejaVuSerifCondensed-Italic.ttf",
                     "DejaVuSerifCondensed-BoldItalic.ttf")}
    for fam, files in fams.items():
        names = [fam + s for s in ("", "-B", "-I", "-BI")]
        for n, f in zip(names, files):
            pdfmetrics.registerFont(TTFont(n, os.path.join(fdir, f)))
        pdfmetrics.registerFontFamily(fam, normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3])

    def esc(s):
        s = unicodedata.normalize("NFC", s)
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    class Rule(Flowable):
        def __init__(self, w, avail):
            super().__init__()
            self.w, self.avail = w, avail

        def wrap(self, aw, ah):
            return self.avail, 7

        def draw(self):  # a little below the descenders (dấu nặng) of the line above
            x = (self.avail - self.w) / 2
            self.canv.setLineWidth(0.6)
            self.canv.line(x, 3, x + self.w, 3)

    left_m, right_m, top_m, bot_m = 30 * mm, 15 * mm, 18 * mm, 20 * mm
    width = A4[0] - left_m - right_m

    def styles(fam, k):
        def st(name, size, font="", align=TA_CENTER, leading=None, **kw):
            return ParagraphStyle(name, fontName=fam + font, fontSize=size * k,
                                  leading=(leading or size * 1.2) * k, alignment=align, **kw)
        return {
            "gov": st("gov", 12), "iss": st("iss", 12, "-B"), "m1": st("m1", 11.5, "-B"), "m2": st("m2", 12.5, "-B"),
            "so": st("so", 12.5), "date": st("date", 12.5, "-I"), "dater": st("dater", 12.5, "-I", TA_RIGHT),
            "vv": st("vv", 11.5), "title": st("title", 14, "-B"), "subj": st("subj", 13.5, "-B"),
            "auth": st("auth", 13.5, "-B", leading=17),
            "kgl": st("kgl", 13.5, align=TA_LEFT, leftIndent=25 * mm),
            "p": st("p", 13.5, align=TA_JUSTIFY, leading=18, firstLineIndent=10 * mm, spaceAfter=4),
            "l": st("l", 13.5, align=TA_JUSTIFY, leading=18, leftIndent=10 * mm, spaceAfter=2),
            "i": st("i", 13.5, "-I", TA_JUSTIFY, leading=18, firstLineIndent=10 * mm, spaceAfter=2),
            "h": st("h", 13.5, "-B", TA_LEFT, leading=18, firstLineIndent=10 * mm, spaceAfter=3, spaceBefore=2),
            "c": st("c", 13.5, "-B", leading=18, spaceBefore=4, spaceAfter=5),
            "td": st("td", 10.5, align=TA_LEFT, leading=12.5), "th": st("th", 10.5, "-B", leading=12.5),
            "nn": st("nn", 11.5, "-BI", TA_LEFT), "nni": st("nni", 10.5, align=TA_LEFT, leading=12.5),
            "sig": st("sig", 13, "-B", leading=16), "stamp": st("stamp", 6.8, align=TA_LEFT, leading=8.2),
        }

    for d in docs:
        gov, lines, base = issuer_of(d)
        fam = d.get("font", "serif")
        S = styles(fam, {"serif": 0.92, "sans": 0.88, "cond": 0.98}[fam])
        layout = d.get("layout", "std")
        m1, m2 = MOTTOS[d.get("motto", 0)]
        so, dline = number_line(d), date_text(d)
        lw = d.get("lw", 0.42)
        colw = [width * lw, width * (1 - lw)]

        def fit(text, key, colw=colw):
            st = S[key]
            w = pdfmetrics.stringWidth(text, st.fontName, st.fontSize)
            if w <= colw[0] - 2:
                return Paragraph(esc(text), st)
            k = (colw[0] - 2) / w
            return Paragraph(esc(text), ParagraphStyle(key + "-fit", parent=st, fontSize=st.fontSize * k,
                                                       leading=st.leading * k))

        lcol = []
        if gov:
            lcol.append(fit(gov, "gov"))
        lcol += [fit(x, "iss") for x in lines]
        lcol.append(Rule(18 * mm, colw[0]))
        rcol = [Paragraph(esc(m1), S["m1"]), Paragraph(esc(m2), S["m2"]), Rule(52 * mm, colw[1])]
        tstyle = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
        after = []
        if layout == "cv":
            lcol += [Spacer(1, 2 * mm), Paragraph(esc(so), S["so"])]
            lcol += [Paragraph(esc(x), S["vv"]) for x in d["subj"]]
            rcol += [Spacer(1, 3 * mm), Paragraph(esc(dline), S["date"])]
            rows = [[lcol, rcol]]
        elif layout == "split":
            lcol += [Spacer(1, 1.5 * mm), Paragraph(esc(so), S["so"])]
            rcol += [Spacer(1, 1.5 * mm), Paragraph(esc(dline), S["date"])]
            rows = [[lcol, rcol]]
        elif layout == "daterow":
            rows = [[lcol, rcol], [Paragraph(esc(so), S["so"]), ""]]
            after = [Spacer(1, 1 * mm), Paragraph(esc(dline), S["dater"])]
        else:
            rows = [[lcol, rcol], [Paragraph(esc(so), S["so"]), Paragraph(esc(dline), S["date"])]]
            tstyle.append(("TOPPADDING", (0, 1), (-1, 1), 4))
        header = Table(rows, colWidths=colw)
        header.setStyle(TableStyle(tstyle))
        story = [header] + after + [Spacer(1, 6 * mm)]

        title = TITLES[d["type"]]
        if title:
            story.append(Paragraph(esc(title), S["title"]))
            story += [Paragraph(esc(x), S["subj"]) for x in d["subj"]]
            story += [Rule(40 * mm, width), Spacer(1, 4 * mm)]
        if d.get("kg"):
            if len(d["kg"]) == 1:
                story += [Paragraph("Kính gửi: " + esc(d["kg"][0]), S["auth"]), Spacer(1, 3 * mm)]
            else:
                story.append(Paragraph("Kính gửi:", S["kgl"]))
                story += [Paragraph("- " + esc(x), S["kgl"]) for x in d["kg"]]
                story.append(Spacer(1, 3 * mm))

        for kind, val in d["body"]:
            if kind == "t":
                ncol = len(val[0])
                widths = [width * 0.08] + [width * 0.92 / (ncol - 1)] * (ncol - 1) if ncol > 2 else [width / ncol] * ncol
                data = [[Paragraph(esc(c), S["th"] if i == 0 else S["td"]) for c in row] for i, row in enumerate(val)]
                t = Table(data, colWidths=widths, repeatRows=1)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                                       ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
                story += [Spacer(1, 2 * mm), t, Spacer(1, 3 * mm)]
            elif kind == "d":
                label, text = val
                story.append(Paragraph("<b>%s</b> %s" % (esc(label), esc(text)), S["p"]))
            elif kind == "l":
                story.append(Paragraph("- " + esc(val), S["l"]))
            else:
                story.append(Paragraph(esc(val), S[kind]))

        sig = [Paragraph(esc(x), S["sig"]) for x in d["sign"]]
        sig += [Spacer(1, 22 * mm), Paragraph(esc(d["name"]), S["sig"])]
        if d.get("left_sign"):
            ls, lname = d["left_sign"]
            lsig = [Paragraph(esc(x), S["sig"]) for x in ls] + [Spacer(1, 22 * mm), Paragraph(esc(lname), S["sig"])]
            foot = Table([[lsig, sig]], colWidths=[width * 0.5, width * 0.5])
        else:
            nn = [Paragraph("Nơi nhận:", S["nn"])] + [Paragraph("- " + esc(r), S["nni"]) for r in d.get("rec", [])]
            foot = Table([[nn, sig]], colWidths=[width * 0.45, width * 0.55])
        foot.setStyle(TableStyle(tstyle))
        story += [Spacer(1, 4 * mm), KeepTogether([foot])]

        stamp = None
        if d.get("stamp"):
            h = int(hashlib.sha256(("%d/%s" % (SEED, d["id"])).encode()).hexdigest(), 16)
            y, m, day = d["date"]
            when = "%d-%02d-%02d %02d:%02d:%02d +07:00" % (y, m, day, 8 + h % 9, (h >> 8) % 60, (h >> 16) % 60)
            stamp = ["Ký bởi: " + d["stamp"], "Cơ quan: Tỉnh Thừa Thiên Huế", "Ngày ký: " + when]

        def first_page(canv, _doc, stamp=stamp, S=S):
            if stamp:
                canv.saveState()
                x, y, w, h = A4[0] - right_m - 64 * mm, A4[1] - 13 * mm, 64 * mm, 10.5 * mm
                canv.setStrokeColorRGB(0.1, 0.2, 0.7)
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
                                creator="kiemchung " + GENERATOR, subject="FICTIONAL TEST DOCUMENT - HELD-OUT SET 2")
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
        want = [number_line(d), date_text(d), e["subject"], e["signer"]] + issuer_of(d)[1] + d["sign"]
        if e["governing"]:
            want.append(e["governing"])
        missing = [w for w in want if " ".join(w.split()) not in flat]
        if not unicodedata.is_normalized("NFC", txt) or missing:
            bad += 1
            print("%s %s: not NFC or missing %r" % (d["id"], d["path"], missing), file=sys.stderr)
    print("verified %d PDFs, %d with problems" % (len(docs), bad))
    return bad == 0


def summary(docs):
    from collections import Counter
    prods, crits = set(), set()
    for d in docs:
        prods.update(d["products"])
        crits.update(criteria_of(d["products"]))
    ps = Counter(d["pstyle"] for d in docs)
    off = sum(1 for d in docs if not d["products"])
    print("documents %d, on topic %d, products: [] %d, distinct products %d, criteria %d, paths %s"
          % (len(docs), len(docs) - off, off, len(prods), len(crits), dict(sorted(ps.items()))))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--manifest-only", action="store_true")
    ap.add_argument("--verify", action="store_true", help="check the PDFs' text layers with pdftotext")
    ap.add_argument("--summary", action="store_true", help="print the counts README.md states")
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
    if a.summary:
        summary(docs)
    if a.verify and not a.manifest_only and not verify(docs, a.out):
        sys.exit(1)


if __name__ == "__main__":
    main()
