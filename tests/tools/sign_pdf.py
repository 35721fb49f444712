#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""sign_pdf.py -- a real (but FOR TESTS ONLY) PDF signer for kiemchung fixtures.

  sign_pdf.py IN.pdf OUT.pdf --key KEY.pem --cert CERT.pem [--chain CA.pem ...]
              [--signing-time 2022-01-04T09:00:00+07:00]
              [--subfilter adbe.pkcs7.detached|ETSI.CAdES.detached]
              [--field Signature1] [--reason TEXT] [--location TEXT]
              [--no-signing-time-attr] [--contents-size 16384] [--unsafe-extra-gap N]
              [--timestamp [--timestamp-time ISO] [--tsa-key K] [--tsa-cert C] [--tsa-chain CA.pem]]

--subfilter adbe.pkcs7.sha1 makes the legacy form (CMS encapsulating SHA-1 of the ByteRange).
--timestamp adds an RFC 3161 token of the fixture TSA (tsa.*.pem) as id-aa-timeStampToken.

Appends an incremental update after the original %%EOF (original bytes untouched): an invisible
signature field/widget on page 1 (/Rect [0 0 0 0]), an updated catalog /AcroForm (/SigFlags 3),
a /Sig dictionary (/Filter /Adobe.PPKLite, /SubFilter, /ByteRange, /Contents <hex>, /M), and an
xref section with /Prev. Then hashes the /ByteRange and writes a detached CMS SignedData (SHA-256,
signed attributes contentType, messageDigest, signingTime [, ESS signingCertificateV2 for CAdES])
DER-encoded by hand here, because python3-cryptography 38's PKCS7SignatureBuilder always stamps
the current time. Output is byte-deterministic for given inputs and --signing-time.

Fixture keys: tests/fixtures/pki/ (FOR TESTS ONLY). Run with /usr/bin/python3.
"""
import argparse
import datetime
import hashlib
import os
import re
import sys

sys.dont_write_bytecode = True  # keep __pycache__ out of the tree

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pdf_incremental import (IncrementalUpdate, Raw, Ref, add_to_array, json_string_value,  # noqa: E402
                             parse_ref, pdf_text_string)

from cryptography import x509  # noqa: E402
from cryptography.hazmat.primitives import hashes, serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa  # noqa: E402

# ---------------------------------------------------------------- minimal DER encoder


def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag, content):
    return bytes([tag]) + der_len(len(content)) + content


def seq(*items):
    return tlv(0x30, b"".join(items))


def set_of(*items, sort=True):
    items = sorted(items) if sort else items
    return tlv(0x31, b"".join(items))


def oid(dotted):
    parts = [int(x) for x in dotted.split(".")]
    body = bytes([parts[0] * 40 + parts[1]])
    for p in parts[2:]:
        chunk = [p & 0x7F]
        p >>= 7
        while p:
            chunk.append(0x80 | (p & 0x7F))
            p >>= 7
        body += bytes(reversed(chunk))
    return tlv(0x06, body)


def integer(n):
    b = n.to_bytes(n.bit_length() // 8 + 1, "big", signed=True)
    return tlv(0x02, b)


def octets(b):
    return tlv(0x04, b)


def null():
    return b"\x05\x00"


def explicit(n, content):
    return tlv(0xA0 + n, content)


def der_time(dt):
    dt = dt.astimezone(datetime.timezone.utc)
    if 1950 <= dt.year < 2050:
        return tlv(0x17, dt.strftime("%y%m%d%H%M%SZ").encode())
    return tlv(0x18, dt.strftime("%Y%m%d%H%M%SZ").encode())


def der_read(buf, pos):
    """Return (tag, start_of_content, end_of_element) of the TLV at pos."""
    tag = buf[pos]
    ln = buf[pos + 1]
    p = pos + 2
    if ln & 0x80:
        k = ln & 0x7F
        ln = int.from_bytes(buf[p:p + k], "big")
        p += k
    return tag, p, p + ln


def issuer_and_serial(cert_der):
    """Raw issuer Name TLV and serial INTEGER TLV, sliced out of the certificate."""
    _, c, _ = der_read(cert_der, 0)          # Certificate
    _, t, _ = der_read(cert_der, c)          # tbsCertificate
    tag, _, end = der_read(cert_der, t)
    if tag == 0xA0:                          # [0] version
        t = end
    _, _, end = der_read(cert_der, t)        # serialNumber
    serial = cert_der[t:end]
    _, _, end2 = der_read(cert_der, end)     # signature AlgorithmIdentifier
    _, _, end3 = der_read(cert_der, end2)    # issuer
    return cert_der[end2:end3], serial


OID_DATA = "1.2.840.113549.1.7.1"
OID_SIGNED_DATA = "1.2.840.113549.1.7.2"
OID_CONTENT_TYPE = "1.2.840.113549.1.9.3"
OID_MESSAGE_DIGEST = "1.2.840.113549.1.9.4"
OID_SIGNING_TIME = "1.2.840.113549.1.9.5"
OID_SIGNING_CERT_V2 = "1.2.840.113549.1.9.16.2.47"
OID_SHA256 = "2.16.840.1.101.3.4.2.1"
OID_RSA = "1.2.840.113549.1.1.1"
OID_ECDSA_SHA256 = "1.2.840.10045.4.3.2"
OID_SHA1 = "1.3.14.3.2.26"
OID_TST_INFO = "1.2.840.113549.1.9.16.1.4"
OID_TIMESTAMP_TOKEN = "1.2.840.113549.1.9.16.2.14"
OID_REVOCATION_INFO_ARCHIVAL = "1.2.840.113583.1.1.8"  # adbe-revocationInfoArchival
OID_TEST_TSA_POLICY = "1.3.6.1.4.1.55555.1.2"  # arbitrary test arc, like the certificate policy


def sign_attrs(key, signed_attrs_set, hash_alg):
    if isinstance(key, rsa.RSAPrivateKey):
        return key.sign(signed_attrs_set, padding.PKCS1v15(), hash_alg), seq(oid(OID_RSA), null())
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return key.sign(signed_attrs_set, ec.ECDSA(hashes.SHA256())), seq(oid(OID_ECDSA_SHA256))
    raise SystemExit("unsupported key type")


def ess_signing_cert_v2(cert_der):
    issuer, serial = issuer_and_serial(cert_der)
    ess_cert_id = seq(octets(hashlib.sha256(cert_der).digest()), seq(seq(tlv(0xA4, issuer)), serial))
    return seq(oid(OID_SIGNING_CERT_V2), set_of(seq(seq(ess_cert_id))))


def gen_time(dt):
    return tlv(0x18, dt.astimezone(datetime.timezone.utc).strftime("%Y%m%d%H%M%SZ").encode())


def build_timestamp_token(signature_value, tsa_key, tsa_cert, tsa_chain, when):
    """RFC 3161 TimeStampToken over SHA-256(signature_value) (RFC 3161 appendix A), signed by the
    FOR-TESTS-ONLY fixture TSA: a CMS SignedData whose eContent is a DER TSTInfo."""
    imprint = seq(seq(oid(OID_SHA256)), octets(hashlib.sha256(signature_value).digest()))
    serial = int.from_bytes(hashlib.sha256(signature_value).digest()[:8], "big")
    tst_info = seq(integer(1), oid(OID_TEST_TSA_POLICY), imprint, integer(serial), gen_time(when))
    tsa_der = tsa_cert.public_bytes(serialization.Encoding.DER)
    issuer, cert_serial = issuer_and_serial(tsa_der)
    attrs = [seq(oid(OID_CONTENT_TYPE), set_of(oid(OID_TST_INFO))),
             seq(oid(OID_MESSAGE_DIGEST), set_of(octets(hashlib.sha256(tst_info).digest()))),
             ess_signing_cert_v2(tsa_der)]
    signed_attrs_set = set_of(*attrs)
    sig, sig_alg = sign_attrs(tsa_key, signed_attrs_set, hashes.SHA256())
    sha256_alg = seq(oid(OID_SHA256))
    signer_info = seq(integer(1), seq(issuer, cert_serial), sha256_alg, b"\xA0" + signed_attrs_set[1:],
                      sig_alg, octets(sig))
    certs = [tsa_der] + [c.public_bytes(serialization.Encoding.DER) for c in tsa_chain]
    signed_data = seq(integer(3), set_of(sha256_alg),
                      seq(oid(OID_TST_INFO), explicit(0, octets(tst_info))),
                      tlv(0xA0, b"".join(certs)), set_of(signer_info))
    return seq(oid(OID_SIGNED_DATA), explicit(0, signed_data))


def revocation_info_archival(ocsps=(), crls=()):
    """Adobe's signed attribute (PDF 1.6+, ISO 32000-1 12.8.3.3.2):
    RevocationInfoArchival ::= SEQUENCE { crl [0] EXPLICIT SEQUENCE OF CRLs OPTIONAL,
    ocsp [1] EXPLICIT SEQUENCE OF OCSPResponse OPTIONAL, otherRevInfo [2] ... OPTIONAL }"""
    body = b""
    if crls:
        body += explicit(0, seq(*crls))
    if ocsps:
        body += explicit(1, seq(*ocsps))
    return seq(oid(OID_REVOCATION_INFO_ARCHIVAL), set_of(seq(body)))


def build_cms(digest, key, cert, chain, signing_time, cades, with_time_attr, sha1_legacy=False,
              timestamp=None, revocation=None):
    """Detached SignedData over `digest` (SHA-256 of the ByteRange), or for adbe.pkcs7.sha1
    (sha1_legacy) a SignedData encapsulating `digest` = SHA-1 of the ByteRange, hashed with SHA-1.
    `timestamp` = (tsa_key, tsa_cert, tsa_chain, datetime) adds an RFC 3161 token as the unsigned
    attribute id-aa-timeStampToken. `revocation` = (ocsp_ders, crl_ders) adds the signed attribute
    adbe-revocationInfoArchival (revocation data fetched before signing, covered by the signature)."""
    cert_der = cert.public_bytes(serialization.Encoding.DER)
    issuer, serial = issuer_and_serial(cert_der)
    sha256_alg = seq(oid(OID_SHA1)) if sha1_legacy else seq(oid(OID_SHA256))
    content_digest = hashlib.sha1(digest).digest() if sha1_legacy else digest
    attrs = [seq(oid(OID_CONTENT_TYPE), set_of(oid(OID_DATA))),
             seq(oid(OID_MESSAGE_DIGEST), set_of(octets(content_digest)))]
    if with_time_attr:
        attrs.append(seq(oid(OID_SIGNING_TIME), set_of(der_time(signing_time))))
    if cades:
        ess_cert_id = seq(octets(hashlib.sha256(cert_der).digest()),
                          seq(seq(tlv(0xA4, issuer)), serial))
        attrs.append(seq(oid(OID_SIGNING_CERT_V2), set_of(seq(seq(ess_cert_id)))))
    if revocation:
        attrs.append(revocation_info_archival(*revocation))
    signed_attrs_set = set_of(*attrs)              # what is signed: tag SET (0x31)
    signed_attrs_implicit = b"\xA0" + signed_attrs_set[1:]  # stored as [0] IMPLICIT
    sig, sig_alg = sign_attrs(key, signed_attrs_set, hashes.SHA1() if sha1_legacy else hashes.SHA256())
    unsigned = b""
    if timestamp:
        token = build_timestamp_token(sig, *timestamp)
        unsigned = tlv(0xA1, seq(oid(OID_TIMESTAMP_TOKEN), set_of(token)))  # [1] IMPLICIT SET
    signer_info = seq(integer(1), seq(issuer, serial), sha256_alg, signed_attrs_implicit,
                      sig_alg, octets(sig) + unsigned)
    certs = [cert_der] + [c.public_bytes(serialization.Encoding.DER) for c in chain]
    encap = seq(oid(OID_DATA), explicit(0, octets(digest))) if sha1_legacy else seq(oid(OID_DATA))
    signed_data = seq(integer(1), set_of(sha256_alg), encap,
                      tlv(0xA0, b"".join(certs)), set_of(signer_info))
    return seq(oid(OID_SIGNED_DATA), explicit(0, signed_data))

# ---------------------------------------------------------------- PDF side


def load_certs(path):
    data = open(path, "rb").read()
    blocks = re.findall(rb"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", data, re.S)
    return [x509.load_pem_x509_certificate(b) for b in blocks]


def pdf_date(dt):
    off = dt.utcoffset() or datetime.timedelta(0)
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return dt.strftime("D:%Y%m%d%H%M%S") + "%s%02d'%02d'" % (sign, mins // 60, mins % 60)


def existing_field_names(upd, acro):
    names = set()
    fields = upd.resolve(acro.get("/Fields", [])) if acro else []
    for f in fields:
        r = parse_ref(f)
        if r and r in upd.objects and "value" in upd.objects[r]:
            t = json_string_value(upd.value(r).get("/T"))
            if t:
                names.add(t)
    return names


def sign(data, key, cert, chain, signing_time, subfilter, field, reason=None, location=None,
         with_time_attr=True, contents_hex=16384, extra_gap=0, timestamp=None, revocation=None):
    upd = IncrementalUpdate(data)
    root_ref = upd.root_ref()
    catalog = dict(upd.value(root_ref))
    page_ref = upd.pages[0]
    page = dict(upd.value(page_ref))

    acro_raw = catalog.get("/AcroForm")
    acro_ref = parse_ref(acro_raw) if acro_raw is not None else None
    acro = dict(upd.value(acro_ref)) if acro_ref else (dict(acro_raw) if acro_raw else {})
    taken = existing_field_names(upd, acro)
    if field in taken:
        i = 1
        while "Signature%d" % i in taken:
            i += 1
        field = "Signature%d" % i

    sig_num = upd.alloc()
    widget_num = upd.alloc()

    cn = cert.subject.get_attributes_for_oid(x509.oid.NameOID.COMMON_NAME)
    placeholder_br = "[0 ********** ********** **********]"
    sig_body = ("<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /" + subfilter +
                " /ByteRange " + placeholder_br +
                " /Contents <" + "0" * contents_hex + ">" +
                " /M " + pdf_text_string(pdf_date(signing_time)))
    if cn:
        sig_body += " /Name " + pdf_text_string(cn[0].value)
    if reason:
        sig_body += " /Reason " + pdf_text_string(reason)
    if location:
        sig_body += " /Location " + pdf_text_string(location)
    sig_body += " >>"
    upd.put(sig_num, 0, sig_body)
    upd.put(widget_num, 0, "<< /Type /Annot /Subtype /Widget /FT /Sig /T %s /V %d 0 R /P %d %d R "
            "/Rect [0 0 0 0] /F 132 >>" % (pdf_text_string(field), sig_num, page_ref[0], page_ref[1]))

    add_to_array(upd, acro, "/Fields", Ref(widget_num))
    acro["/SigFlags"] = Raw("3")
    if acro_ref:
        upd.put_value(acro_ref, acro)
    else:
        catalog["/AcroForm"] = acro
    upd.put_value(root_ref, catalog)
    if add_to_array(upd, page, "/Annots", Ref(widget_num)):
        upd.put_value(page_ref, page)

    appended, offsets = upd.build()
    out = bytearray(data + appended)
    sig_off = offsets[sig_num]
    c_start = out.index(b"/Contents <", sig_off) + len(b"/Contents ")
    c_end = out.index(b">", c_start) + 1
    assert c_end - c_start == contents_hex + 2
    br = [0, c_start - extra_gap, c_end, len(out) - c_end]
    br_text = ("[%d %d %d %d]" % tuple(br)).encode()
    p = out.index(placeholder_br.encode(), sig_off)
    if len(br_text) > len(placeholder_br):
        raise SystemExit("ByteRange does not fit")
    out[p:p + len(placeholder_br)] = br_text.ljust(len(placeholder_br), b" ")
    sha1_legacy = subfilter == "adbe.pkcs7.sha1"
    signed = bytes(out[0:br[1]]) + bytes(out[c_end:])
    digest = hashlib.sha1(signed).digest() if sha1_legacy else hashlib.sha256(signed).digest()
    cms = build_cms(digest, key, cert, chain, signing_time,
                    cades=(subfilter == "ETSI.CAdES.detached"), with_time_attr=with_time_attr,
                    sha1_legacy=sha1_legacy, timestamp=timestamp, revocation=revocation)
    hexed = cms.hex().upper().encode()
    if len(hexed) > contents_hex:
        raise SystemExit("CMS (%d hex chars) does not fit in /Contents (%d)" % (len(hexed), contents_hex))
    out[c_start + 1:c_start + 1 + len(hexed)] = hexed
    return bytes(out)


def parse_time(s):
    if s is None:
        return datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=7))).replace(microsecond=0)
    dt = datetime.datetime.fromisoformat(s)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
    return dt


def main(argv=None):
    ap = argparse.ArgumentParser(description="FOR TESTS ONLY: sign a PDF (incremental update, detached CMS)")
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--key", required=True)
    ap.add_argument("--cert", required=True)
    ap.add_argument("--chain", action="append", default=[], help="PEM file(s) of CA certs to embed")
    ap.add_argument("--signing-time", help="ISO 8601, e.g. 2022-01-04T09:00:00+07:00 (default: now, +07:00)")
    ap.add_argument("--subfilter", default="adbe.pkcs7.detached",
                    choices=["adbe.pkcs7.detached", "ETSI.CAdES.detached", "adbe.pkcs7.sha1"])
    ap.add_argument("--timestamp", action="store_true",
                    help="embed an RFC 3161 token from the fixture TSA (--tsa-key/--tsa-cert)")
    ap.add_argument("--timestamp-time", help="genTime of the token, ISO 8601 (default: signing time + 60 s)")
    ap.add_argument("--tsa-key", help="TSA private key (default: tsa.key.pem next to --cert)")
    ap.add_argument("--tsa-cert", help="TSA certificate (default: tsa.cert.pem next to --cert)")
    ap.add_argument("--tsa-chain", action="append", default=[], help="CA certs embedded in the token")
    ap.add_argument("--ocsp-response", action="append", default=[], metavar="DER",
                    help="embed this OCSP response (DER) in the signed attribute adbe-revocationInfoArchival")
    ap.add_argument("--field", default="Signature1")
    ap.add_argument("--reason")
    ap.add_argument("--location")
    ap.add_argument("--no-signing-time-attr", action="store_true",
                    help="omit the CMS signingTime attribute (PAdES style: time only in /M)")
    ap.add_argument("--contents-size", type=int, default=16384, help="hex chars reserved for /Contents")
    ap.add_argument("--unsafe-extra-gap", type=int, default=0, metavar="N",
                    help="TEST ONLY: leave N extra unsigned bytes before /Contents in the ByteRange "
                         "(the signature is cryptographically valid over a range with a hole)")
    a = ap.parse_args(argv)
    key = serialization.load_pem_private_key(open(a.key, "rb").read(), None)
    cert = load_certs(a.cert)[0]
    chain = [c for p in a.chain for c in load_certs(p)]
    data = open(a.input, "rb").read()
    when = parse_time(a.signing_time)
    timestamp = None
    if a.timestamp:
        here = os.path.dirname(os.path.abspath(a.cert))
        tsa_key = serialization.load_pem_private_key(
            open(a.tsa_key or os.path.join(here, "tsa.key.pem"), "rb").read(), None)
        tsa_cert = load_certs(a.tsa_cert or os.path.join(here, "tsa.cert.pem"))[0]
        tsa_chain = [c for p in (a.tsa_chain or a.chain[:1]) for c in load_certs(p)][:1]
        ts_time = parse_time(a.timestamp_time) if a.timestamp_time else when + datetime.timedelta(seconds=60)
        timestamp = (tsa_key, tsa_cert, tsa_chain, ts_time)
    revocation = None
    if a.ocsp_response:
        revocation = ([open(p, "rb").read() for p in a.ocsp_response], [])
    contents_size = a.contents_size
    if timestamp and contents_size == 16384:
        contents_size = 32768  # the token carries the TSA's certificates
    out = sign(data, key, cert, chain, when, a.subfilter, a.field,
               a.reason, a.location, not a.no_signing_time_attr, contents_size, a.unsafe_extra_gap,
               timestamp, revocation)
    with open(a.output, "wb") as f:
        f.write(out)


if __name__ == "__main__":
    main()
