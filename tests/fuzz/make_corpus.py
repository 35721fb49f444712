#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""make_corpus.py -- (re)write the seed corpora in tests/fuzz/corpus/<target>/, FOR TESTS ONLY.

Small on purpose (a few KB per target): real structures from the fixture tools with the
fixture PKI (tests/fixtures/pki), shrunk where size does not matter to the parser.
  byte_range/  signed PDFs whose CMS is a 5-byte stub (ByteRange, /Contents, revisions)
  byte_range/  … plus one with a DSS (/OCSPs, /CRLs)
  cms/         DER SignedData over fuzz_entries.h's k_cms_content: detached, SHA-1, timestamped,
               with an adbe-revocationInfoArchival attribute (CRL + OCSP response)
  revision/    a small PDF with later incremental updates (annotation, page content replaced)
Deterministic. Run with /usr/bin/python3.
"""
import datetime
import hashlib
import os
import sys

sys.dont_write_bytecode = True
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "tools"))
import make_signature_fixtures as mf  # noqa: E402
import pdf_mutate  # noqa: E402
import sign_pdf  # noqa: E402

CONTENT = b"kiemchung fuzz seed content"  # = k_cms_content in fuzz_entries.h
OCSP_STUB = b"\x30\x03\x0a\x01\x01"  # OCSPResponse { responseStatus malformedRequest }


def crl_der():
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    pem = open(os.path.join(here, "..", "fixtures", "pki", "trust", "issuing-ca.crl"), "rb").read()
    return x509.load_pem_x509_crl(pem[pem.index(b"-----BEGIN"):]).public_bytes(serialization.Encoding.DER)


def write(target, name, data):
    d = os.path.join(here, "corpus", target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def main():
    doc = mf.base_pdf("FUZZ SEED", ["FOR TESTS ONLY"])
    key, cert = mf.load("agency")
    stub = lambda *a, **k: b"\x30\x03\x02\x01\x01"  # noqa: E731 -- ByteRange seeds need no real CMS
    real_build = sign_pdf.build_cms
    sign_pdf.build_cms = stub
    try:
        signed = sign_pdf.sign(doc, key, cert, [], mf.T_SIGN, "adbe.pkcs7.detached", "Signature1",
                               contents_hex=64)
        write("byte_range", "signed.pdf", signed)
        write("byte_range", "extra-gap.pdf", sign_pdf.sign(doc, key, cert, [], mf.T_SIGN, "adbe.pkcs7.sha1",
                                                           "Signature1", contents_hex=64, extra_gap=8))
        write("byte_range", "rewritten.pdf", pdf_mutate.gap(signed))
        write("byte_range", "two-revisions.pdf", pdf_mutate.annotate(signed))
        # A DSS with an OCSP response (status malformedRequest) and the fixture CRL.
        write("byte_range", "dss.pdf", pdf_mutate.add_dss(signed, ocsps=[OCSP_STUB], crls=[crl_der()]))
    finally:
        sign_pdf.build_cms = real_build

    t = mf.T_SIGN
    write("cms", "detached.der", sign_pdf.build_cms(hashlib.sha256(CONTENT).digest(), key, cert, [], t,
                                                    cades=True, with_time_attr=True))
    write("cms", "sha1.der", sign_pdf.build_cms(hashlib.sha1(CONTENT).digest(), key, cert, [], t,
                                                cades=False, with_time_attr=False, sha1_legacy=True))
    tsa_key, tsa_cert = mf.load("tsa")
    write("cms", "timestamped.der", sign_pdf.build_cms(
        hashlib.sha256(CONTENT).digest(), key, cert, [], t, cades=False, with_time_attr=True,
        timestamp=(tsa_key, tsa_cert, [], t + datetime.timedelta(minutes=1))))

    write("cms", "revocation-archival.der", sign_pdf.build_cms(
        hashlib.sha256(CONTENT).digest(), key, cert, [], t, cades=False, with_time_attr=True,
        revocation=([OCSP_STUB], [crl_der()])))

    write("revision", "annotated.pdf", pdf_mutate.annotate(doc))
    write("revision", "content-replaced.pdf", pdf_mutate.modify(doc))
    write("revision", "annotated-twice.pdf", pdf_mutate.annotate(pdf_mutate.annotate(doc)))


if __name__ == "__main__":
    main()
