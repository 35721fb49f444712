#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""make_signature_fixtures.py OUTDIR [--copies N] -- the signed-PDF fixture set, FOR TESTS ONLY.

Writes OUTDIR/<name>.pdf for every fixture of issue 7 (names and expected verdicts in
EXPECTED below; tests/integration/signature_fixtures_test.sh checks them) with the fixture PKI
in tests/fixtures/pki. Signing time 2022-01-04 09:00 +07:00; validate as of 2022-01-10 with
--trust tests/fixtures/pki/trust (the root plus the issuing CA's CRL).

--copies N instead writes N valid agency-signed PDFs with distinct bytes (OUTDIR/bench-NNNN.pdf)
from a few base documents: the benchmark input.

Deterministic (reportlab invariant mode, fixed times). Run with /usr/bin/python3.
"""
import argparse
import datetime
import io
import os
import sys

sys.dont_write_bytecode = True
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import pdf_mutate  # noqa: E402
import sign_pdf  # noqa: E402
from cryptography.hazmat.primitives import serialization  # noqa: E402

PKI = os.path.join(here, "..", "fixtures", "pki")
VN = datetime.timezone(datetime.timedelta(hours=7))
T_SIGN = datetime.datetime(2022, 1, 4, 9, 0, 0, tzinfo=VN)

# name -> (document status, [signature statuses], what it shows)
EXPECTED = {
    "unsigned": ("absent", [], "no signature at all"),
    "valid": ("valid", ["valid"], "agency signature, chain to the test root"),
    "cades": ("valid", ["valid"], "ETSI.CAdES.detached with signingCertificateV2"),
    "byte-flipped": ("invalid", ["invalid"], "one byte of the signed range changed after signing"),
    "content-replaced": ("modified", ["modified"], "incremental update replacing page 1's content"),
    "annotated": ("valid", ["valid"], "incremental update adding only a sticky-note annotation"),
    "extra-gap": ("invalid", ["invalid"], "ByteRange leaves bytes before /Contents unsigned"),
    "byte-range-rewritten": ("invalid", ["invalid"], "ByteRange rewritten after signing"),
    "two-signatures": ("valid", ["valid", "valid"], "person (Signature1) then agency (Signature2)"),
    "sha1": ("valid", ["valid"], "legacy adbe.pkcs7.sha1 (encapsulated SHA-1 digest)"),
    "timestamped": ("valid", ["valid"], "RFC 3161 token from the test TSA, time_source timestamp"),
    "other-unit": ("valid", ["valid"], "certificate of another unit (UBND xã Quảng Thành)"),
    "other-root": ("untrusted", ["untrusted"], "chain to a root that is not in the trust dir"),
    "self-signed": ("untrusted", ["untrusted"], "self-signed end-entity certificate"),
    "expired": ("expired", ["expired"], "certificate valid 2019-2020, signed 2022"),
    "revoked": ("invalid", ["invalid"], "certificate revoked 2021-06-01 in trust/issuing-ca.crl"),
}


def base_pdf(title, lines):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica", 12)
    c.drawString(72, 780, title)
    for i, line in enumerate(lines):
        c.drawString(72, 750 - 16 * i, line)
    c.showPage()
    c.save()
    return buf.getvalue()


def load(who):
    key = serialization.load_pem_private_key(open(os.path.join(PKI, who + ".key.pem"), "rb").read(), None)
    cert = sign_pdf.load_certs(os.path.join(PKI, who + ".cert.pem"))[0]
    return key, cert


def chain(name="chain.pem"):
    return sign_pdf.load_certs(os.path.join(PKI, name))


def sign(data, who, subfilter="adbe.pkcs7.detached", chain_file="chain.pem", timestamp=False, **kw):
    key, cert = load(who)
    ts = None
    if timestamp:
        tsa_key, tsa_cert = load("tsa")
        ts = (tsa_key, tsa_cert, chain()[:1], T_SIGN + datetime.timedelta(minutes=1))
    return sign_pdf.sign(data, key, cert, chain(chain_file), T_SIGN, subfilter, "Signature1",
                         timestamp=ts, contents_hex=32768 if timestamp else 16384, **kw)


def fixtures():
    doc = base_pdf("BAO CAO (TEST FIXTURE)", ["Ket qua thuc hien cai cach hanh chinh nam 2021.",
                                             "FOR TESTS ONLY - kiemchung."])
    valid = sign(doc, "agency")
    return {
        "unsigned": doc,
        "valid": valid,
        "cades": sign(doc, "agency", subfilter="ETSI.CAdES.detached"),
        "byte-flipped": pdf_mutate.flip(valid),
        "content-replaced": pdf_mutate.modify(valid),
        "annotated": pdf_mutate.annotate(valid),
        "extra-gap": sign(doc, "agency", extra_gap=16),
        "byte-range-rewritten": pdf_mutate.gap(valid),
        "two-signatures": sign(sign(doc, "person"), "agency"),
        "sha1": sign(doc, "agency", subfilter="adbe.pkcs7.sha1"),
        "timestamped": sign(doc, "agency", timestamp=True),
        "other-unit": sign(doc, "commune"),
        "other-root": sign(doc, "other-signer", chain_file="other-chain.pem"),
        "self-signed": sign(doc, "untrusted"),
        "expired": sign(doc, "expired"),
        "revoked": sign(doc, "revoked"),
    }


def copies(out, n):
    bases = [base_pdf("BAO CAO SO %d (TEST)" % k, ["Noi dung mau %d." % k] * (5 + 10 * k)) for k in range(4)]
    for i in range(n):
        # The field name differs per copy, so every file has distinct bytes (and its own digest).
        key, cert = load("agency")
        data = sign_pdf.sign(bases[i % len(bases)], key, cert, chain(), T_SIGN, "adbe.pkcs7.detached",
                             "Signature%d" % (i + 1))
        with open(os.path.join(out, "bench-%04d.pdf" % i), "wb") as f:
            f.write(data)


def main():
    ap = argparse.ArgumentParser(description="FOR TESTS ONLY: write the signed-PDF fixtures")
    ap.add_argument("outdir")
    ap.add_argument("--copies", type=int, default=0)
    a = ap.parse_args()
    os.makedirs(a.outdir, exist_ok=True)
    if a.copies:
        copies(a.outdir, a.copies)
        return
    made = fixtures()
    assert set(made) == set(EXPECTED)
    for name, data in made.items():
        with open(os.path.join(a.outdir, name + ".pdf"), "wb") as f:
            f.write(data)
    with open(os.path.join(a.outdir, "expected.tsv"), "w", encoding="utf-8") as f:
        for name, (doc_status, statuses, why) in EXPECTED.items():
            # "-" for no signature: a shell `read` with IFS=tab merges empty fields.
            f.write("%s\t%s\t%s\t%s\n" % (name, doc_status, ",".join(statuses) or "-", why))


if __name__ == "__main__":
    main()
