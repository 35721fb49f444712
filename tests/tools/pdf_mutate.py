#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""pdf_mutate.py -- damage or extend a signed PDF, FOR TESTS ONLY (kiemchung fixtures).

  pdf_mutate.py flip      IN.pdf OUT.pdf [--offset N]
      flip one byte inside the first signed range (default: a letter inside the first
      comment/Producer-like text, so the file still parses) -> signature INVALID (digest mismatch)
  pdf_mutate.py modify    IN.pdf OUT.pdf
      incremental update after signing that replaces page 1's /Contents with a new stream
      (a filled rectangle + "MODIFIED" drawn with no font) -> signature valid over its range,
      but the document was MODIFIED after signing (not an allowed change)
  pdf_mutate.py annotate  IN.pdf OUT.pdf
      incremental update adding only a /Text (sticky note) annotation to page 1
      -> an ALLOWED change after an approval signature
  pdf_mutate.py gap       IN.pdf OUT.pdf
      rewrite the last signature's /ByteRange (first range 8 bytes shorter) without re-signing
      -> digest mismatch, INVALID. For a hole that is still cryptographically valid, sign with
      `sign_pdf.py --unsafe-extra-gap N` instead.

From Python also add_dss(data, ocsps, crls, certs): an incremental update adding a Document
Security Store (/DSS with /OCSPs, /CRLs, /Certs streams) -> an ALLOWED change (PAdES LTV).

Run with /usr/bin/python3; needs qpdf.
"""
import argparse
import os
import re
import sys

sys.dont_write_bytecode = True  # keep __pycache__ out of the tree

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pdf_incremental import IncrementalUpdate, Ref, add_to_array  # noqa: E402


def last_byterange(data):
    m = list(re.finditer(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data))
    if not m:
        raise SystemExit("no /ByteRange found: is the input signed?")
    return m[-1], [int(x) for x in m[-1].groups()]


def flip(data, offset=None):
    _, br = last_byterange(data)
    if offset is None:
        # a letter in the first "ReportLab"/"Producer" text or the header comment line
        m = re.search(rb"ReportLab|Producer|Creator", data[:br[1]])
        offset = m.start() + 1 if m else min(10, br[1] - 1)
    if not (br[0] <= offset < br[0] + br[1] or br[2] <= offset < br[2] + br[3]):
        raise SystemExit("offset %d is outside the signed ranges" % offset)
    out = bytearray(data)
    out[offset] ^= 0x01
    return bytes(out)


def modify(data):
    upd = IncrementalUpdate(data)
    page_ref = upd.pages[0]
    page = dict(upd.value(page_ref))
    n = upd.alloc()
    # no font needed: a red box and the word drawn as rectangles would be overkill; a box suffices
    content = b"q 1 0 0 rg 72 600 300 120 re f Q q 0 0 0 RG 4 w 72 600 m 372 720 l S Q\n"
    upd.put_stream(n, 0, "", content)
    page["/Contents"] = Ref(n)
    upd.put_value(page_ref, page)
    appended, _ = upd.build()
    return data + appended


def annotate(data):
    upd = IncrementalUpdate(data)
    page_ref = upd.pages[0]
    page = dict(upd.value(page_ref))
    n = upd.alloc()
    upd.put(n, 0, "<< /Type /Annot /Subtype /Text /Rect [20 800 40 820] /Contents (Da xem - test note) "
            "/Name /Comment /F 4 /P %d %d R /M (D:20220105080000+07'00') >>" % page_ref)
    if add_to_array(upd, page, "/Annots", Ref(n)):
        upd.put_value(page_ref, page)
    appended, _ = upd.build()
    return data + appended


def add_dss(data, ocsps=(), crls=(), certs=()):
    """Incremental update adding a Document Security Store (ISO 32000-2 12.8.4.3, PAdES LTV):
    catalog /DSS << /OCSPs [..] /CRLs [..] /Certs [..] >>, one stream per DER object. An allowed
    change after signing."""
    upd = IncrementalUpdate(data)
    root_ref = upd.root_ref()
    catalog = dict(upd.value(root_ref))
    dss = {}
    for key, items in (("/OCSPs", ocsps), ("/CRLs", crls), ("/Certs", certs)):
        refs = []
        for der in items:
            n = upd.alloc()
            upd.put_stream(n, 0, "", der)
            refs.append(Ref(n))
        if refs:
            dss[key] = refs
    n = upd.alloc()
    upd.put_value((n, 0), dss)
    catalog["/DSS"] = Ref(n)
    upd.put_value(root_ref, catalog)
    appended, _ = upd.build()
    return data + appended


def gap(data):
    m, br = last_byterange(data)
    new = "[%d %d %d %d]" % (br[0], br[1] - 8, br[2], br[3])
    old = m.group(0)[len(b"/ByteRange"):]
    old_s = old.lstrip()
    lead = len(old) - len(old_s)
    new_b = new.encode().ljust(len(old_s), b" ")
    out = bytearray(data)
    s = m.start() + len(b"/ByteRange") + lead
    out[s:s + len(old_s)] = new_b
    return bytes(out)


def main():
    ap = argparse.ArgumentParser(description="FOR TESTS ONLY: mutate a signed PDF")
    ap.add_argument("mode", choices=["flip", "modify", "annotate", "gap"])
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--offset", type=int)
    a = ap.parse_args()
    data = open(a.input, "rb").read()
    if a.mode == "flip":
        out = flip(data, a.offset)
    elif a.mode == "modify":
        out = modify(data)
    elif a.mode == "annotate":
        out = annotate(data)
    else:
        out = gap(data)
    with open(a.output, "wb") as f:
        f.write(out)


if __name__ == "__main__":
    main()
