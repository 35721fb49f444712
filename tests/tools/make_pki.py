#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""make_pki.py OUTDIR -- build the kiemchung FIXTURE PKI.

FOR TESTS ONLY. Every key and certificate written here is a test fixture:
the private keys are committed to the repository, so they protect nothing.
None of these certificates is, or imitates, a real Vietnamese CA.

Deterministic: RSA-2048 keys are derived from fixed seeds with a SHA-256
counter DRBG + Miller-Rabin (so re-running gives byte-identical PEM files),
serials and validity dates are fixed, and RSA PKCS#1 v1.5 signatures are
deterministic.

Layout written to OUTDIR:
  root-ca.cert.pem / root-ca.key.pem         self-signed root (2018..2040)
  issuing-ca.cert.pem / issuing-ca.key.pem   intermediate CA (2018..2038)
  agency.cert.pem / agency.key.pem           "UBND HUYỆN QUẢNG ĐIỀN (TEST)" (2021..2035)
  person.cert.pem / person.key.pem           person with UID=CCCD:001234567890 (fake)
  commune.cert.pem / commune.key.pem         "UBND XÃ QUẢNG THÀNH (TEST)" (2021..2035)
  expired.cert.pem / expired.key.pem         agency-like cert valid 2019..2020 only
  untrusted.cert.pem / untrusted.key.pem     self-signed, NOT chaining to the root
  other-root.cert.pem / other-root.key.pem   a second root nobody trusts (2018..2040)
  other-signer.cert.pem / .key.pem           agency-like cert issued by other-root
  revoked.cert.pem / revoked.key.pem         agency-like cert, revoked 2021-06-01 (in the CRL)
  tsa.cert.pem / tsa.key.pem                 RFC 3161 test TSA (EKU timeStamping, critical)
  ocsp.cert.pem / ocsp.key.pem               OCSP responder delegated by the issuing CA (EKU OCSPSigning)
  revoked-later.cert.pem / .key.pem          agency-like cert, revoked 2023-03-01 (OCSP only, not in the CRL)
  other-chain.pem                            other-root (for --chain with other-signer)
  trust/issuing-ca.crl                       CRL of the issuing CA (PEM) listing `revoked`
  chain.pem                                  issuing CA + root (for --chain)
  trust/root-ca.cert.pem                     only the root (for --trust)

Needs Debian's python3-cryptography: run with /usr/bin/python3.
"""
import datetime
import hashlib
import os
import sys

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from cryptography.x509.name import _ASN1Type

BANNER = (
    "# FOR TESTS ONLY - kiemchung fixture PKI (tests/tools/make_pki.py).\n"
    "# Not a real CA; this private material is public in the repository.\n"
)

SMALL_PRIMES = [p for p in range(3, 2000) if all(p % d for d in range(2, int(p ** 0.5) + 1))]


class Drbg:
    """SHA-256 counter-mode byte stream from a seed (deterministic, test use only)."""

    def __init__(self, seed):
        self.seed = seed.encode("utf-8")
        self.counter = 0

    def bytes(self, n):
        out = b""
        while len(out) < n:
            out += hashlib.sha256(self.seed + self.counter.to_bytes(8, "big")).digest()
            self.counter += 1
        return out[:n]

    def int_below(self, n):
        k = (n.bit_length() + 7) // 8 + 8
        return int.from_bytes(self.bytes(k), "big") % n


def is_probable_prime(n, drbg, rounds=40):
    if n < 2:
        return False
    for p in SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
        a = 2 + drbg.int_below(n - 3)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def gen_prime(drbg, bits, e):
    while True:
        c = int.from_bytes(drbg.bytes(bits // 8), "big")
        c |= (3 << (bits - 2)) | 1  # top two bits set -> n has exactly 2*bits bits
        while True:
            if c.bit_length() != bits:
                break
            if all(c % p for p in SMALL_PRIMES) and (c - 1) % e != 0 and is_probable_prime(c, drbg):
                return c
            c += 2


def det_rsa_key(seed, bits=2048, e=65537):
    drbg = Drbg("kiemchung-fixture-pki-v1/" + seed)
    p = gen_prime(drbg, bits // 2, e)
    q = gen_prime(drbg, bits // 2, e)
    while q == p:
        q = gen_prime(drbg, bits // 2, e)
    if p < q:
        p, q = q, p
    phi = (p - 1) * (q - 1)
    d = pow(e, -1, phi)
    pub = rsa.RSAPublicNumbers(e, p * q)
    priv = rsa.RSAPrivateNumbers(
        p=p, q=q, d=d,
        dmp1=rsa.rsa_crt_dmp1(d, p), dmq1=rsa.rsa_crt_dmq1(d, q),
        iqmp=rsa.rsa_crt_iqmp(p, q), public_numbers=pub)
    return priv.private_key()


def name(*pairs):
    attrs = []
    for oid, value in pairs:
        if oid == NameOID.COUNTRY_NAME:
            attrs.append(x509.NameAttribute(oid, value, _type=_ASN1Type.PrintableString))
        else:
            attrs.append(x509.NameAttribute(oid, value, _type=_ASN1Type.UTF8String))
    return x509.Name(attrs)


def utc(y, m, d, hh=0, mm=0, ss=0):
    return datetime.datetime(y, m, d, hh, mm, ss)


def make_cert(subject, subject_key, issuer, issuer_key, serial, not_before, not_after, ca, pathlen=None,
              tsa=False, ocsp=False, aia_ocsp=None):
    b = (x509.CertificateBuilder()
         .subject_name(subject)
         .issuer_name(issuer)
         .public_key(subject_key.public_key())
         .serial_number(serial)
         .not_valid_before(not_before)
         .not_valid_after(not_after))
    b = b.add_extension(x509.BasicConstraints(ca=ca, path_length=pathlen if ca else None), critical=True)
    if ca:
        ku = x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                           data_encipherment=False, key_agreement=False, key_cert_sign=True,
                           crl_sign=True, encipher_only=False, decipher_only=False)
    else:
        ku = x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                           data_encipherment=False, key_agreement=False, key_cert_sign=False,
                           crl_sign=False, encipher_only=False, decipher_only=False)
    b = b.add_extension(ku, critical=True)
    b = b.add_extension(x509.SubjectKeyIdentifier.from_public_key(subject_key.public_key()), critical=False)
    b = b.add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
                        critical=False)
    if tsa:  # RFC 3161 2.3: the only EKU, critical
        b = b.add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
    if ocsp:  # RFC 6960 4.2.2.2: a delegated responder carries id-kp-OCSPSigning; id-pkix-ocsp-nocheck
        b = b.add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.OCSP_SIGNING]), critical=False)
        b = b.add_extension(x509.OCSPNoCheck(), critical=False)
    if aia_ocsp:  # where an online validator may ask (only kiemchung with ocsp_fetch enabled does)
        b = b.add_extension(x509.AuthorityInformationAccess([x509.AccessDescription(
            x509.oid.AuthorityInformationAccessOID.OCSP, x509.UniformResourceIdentifier(aia_ocsp))]),
            critical=False)
    if not ca:
        b = b.add_extension(x509.CertificatePolicies([x509.PolicyInformation(
            x509.ObjectIdentifier("1.3.6.1.4.1.55555.1.1"),  # arbitrary test arc
            ["FOR TESTS ONLY - kiemchung fixture certificate, not a real CA"])]), critical=False)
    return b.sign(issuer_key, hashes.SHA256())


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def key_pem(k):
    return BANNER.encode() + k.private_bytes(serialization.Encoding.PEM,
                                             serialization.PrivateFormat.PKCS8,
                                             serialization.NoEncryption())


def cert_pem(c, label):
    head = BANNER + "# " + label + "\n"
    return head.encode("utf-8") + c.public_bytes(serialization.Encoding.PEM)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_pki.py OUTDIR")
    out = sys.argv[1]
    org = "kiemchung test"
    root_name = name((NameOID.COMMON_NAME, "kiemchung TEST Root CA (fixture — not a real CA)"),
                     (NameOID.ORGANIZATION_NAME, org), (NameOID.COUNTRY_NAME, "VN"))
    ica_name = name((NameOID.COMMON_NAME, "kiemchung TEST Issuing CA (fixture — not a real CA)"),
                    (NameOID.ORGANIZATION_NAME, org), (NameOID.COUNTRY_NAME, "VN"))
    agency_name = name((NameOID.COMMON_NAME, "UBND HUYỆN QUẢNG ĐIỀN (TEST)"),
                       (NameOID.ORGANIZATION_NAME, "UBND tỉnh Thừa Thiên Huế (TEST)"),
                       (NameOID.LOCALITY_NAME, "Quảng Điền"), (NameOID.COUNTRY_NAME, "VN"))
    person_name = name((NameOID.USER_ID, "CCCD:001234567890"),
                       (NameOID.COMMON_NAME, "Nguyễn Văn Thử (TEST)"),
                       (NameOID.ORGANIZATIONAL_UNIT_NAME, "Phòng Nội vụ"),
                       (NameOID.ORGANIZATION_NAME, "UBND huyện Quảng Điền (TEST)"),
                       (NameOID.LOCALITY_NAME, "Quảng Điền"), (NameOID.COUNTRY_NAME, "VN"))
    expired_name = name((NameOID.COMMON_NAME, "UBND HUYỆN QUẢNG ĐIỀN (TEST, EXPIRED)"),
                        (NameOID.ORGANIZATION_NAME, "UBND tỉnh Thừa Thiên Huế (TEST)"),
                        (NameOID.LOCALITY_NAME, "Quảng Điền"), (NameOID.COUNTRY_NAME, "VN"))
    commune_name = name((NameOID.COMMON_NAME, "UBND XÃ QUẢNG THÀNH (TEST)"),
                        (NameOID.ORGANIZATION_NAME, "UBND huyện Quảng Điền (TEST)"),
                        (NameOID.LOCALITY_NAME, "Quảng Điền"), (NameOID.COUNTRY_NAME, "VN"))
    untrusted_name = name((NameOID.COMMON_NAME, "UBND HUYỆN QUẢNG ĐIỀN (TEST, SELF-SIGNED UNTRUSTED)"),
                          (NameOID.ORGANIZATION_NAME, "nobody (TEST)"), (NameOID.COUNTRY_NAME, "VN"))

    other_root_name = name((NameOID.COMMON_NAME, "kiemchung OTHER TEST Root CA (fixture — trusted by nobody)"),
                           (NameOID.ORGANIZATION_NAME, "kiemchung other test"), (NameOID.COUNTRY_NAME, "VN"))
    other_signer_name = name((NameOID.COMMON_NAME, "UBND HUYỆN QUẢNG ĐIỀN (TEST, OTHER ROOT)"),
                             (NameOID.ORGANIZATION_NAME, "UBND tỉnh Thừa Thiên Huế (TEST)"),
                             (NameOID.LOCALITY_NAME, "Quảng Điền"), (NameOID.COUNTRY_NAME, "VN"))
    revoked_name = name((NameOID.COMMON_NAME, "UBND HUYỆN QUẢNG ĐIỀN (TEST, REVOKED)"),
                        (NameOID.ORGANIZATION_NAME, "UBND tỉnh Thừa Thiên Huế (TEST)"),
                        (NameOID.LOCALITY_NAME, "Quảng Điền"), (NameOID.COUNTRY_NAME, "VN"))
    tsa_name = name((NameOID.COMMON_NAME, "kiemchung TEST Time Stamping Authority (fixture)"),
                    (NameOID.ORGANIZATION_NAME, org), (NameOID.COUNTRY_NAME, "VN"))
    ocsp_name = name((NameOID.COMMON_NAME, "kiemchung TEST OCSP Responder (fixture)"),
                     (NameOID.ORGANIZATION_NAME, org), (NameOID.COUNTRY_NAME, "VN"))
    revoked_later_name = name((NameOID.COMMON_NAME, "UBND HUYỆN QUẢNG ĐIỀN (TEST, REVOKED 2023)"),
                              (NameOID.ORGANIZATION_NAME, "UBND tỉnh Thừa Thiên Huế (TEST)"),
                              (NameOID.LOCALITY_NAME, "Quảng Điền"), (NameOID.COUNTRY_NAME, "VN"))

    keys = {n: det_rsa_key(n) for n in ("root-ca", "issuing-ca", "agency", "person", "expired", "untrusted",
                                    "commune", "other-root", "other-signer", "revoked", "tsa", "ocsp",
                                    "revoked-later")}
    root = make_cert(root_name, keys["root-ca"], root_name, keys["root-ca"], 0x4B430001,
                     utc(2018, 1, 1), utc(2040, 12, 31, 23, 59, 59), ca=True, pathlen=1)
    ica = make_cert(ica_name, keys["issuing-ca"], root_name, keys["root-ca"], 0x4B430002,
                    utc(2018, 1, 1), utc(2038, 12, 31, 23, 59, 59), ca=True, pathlen=0)
    good_nb, good_na = utc(2021, 1, 1), utc(2035, 12, 31, 23, 59, 59)
    agency = make_cert(agency_name, keys["agency"], ica_name, keys["issuing-ca"], 0x4B431001,
                       good_nb, good_na, ca=False)
    person = make_cert(person_name, keys["person"], ica_name, keys["issuing-ca"], 0x4B431002,
                       good_nb, good_na, ca=False)
    expired = make_cert(expired_name, keys["expired"], ica_name, keys["issuing-ca"], 0x4B431003,
                        utc(2019, 1, 1), utc(2020, 12, 31, 23, 59, 59), ca=False)
    commune = make_cert(commune_name, keys["commune"], ica_name, keys["issuing-ca"], 0x4B431004,
                        good_nb, good_na, ca=False)
    untrusted = make_cert(untrusted_name, keys["untrusted"], untrusted_name, keys["untrusted"], 0x4B43FFFF,
                          good_nb, good_na, ca=False)

    other_root = make_cert(other_root_name, keys["other-root"], other_root_name, keys["other-root"], 0x4B440001,
                           utc(2018, 1, 1), utc(2040, 12, 31, 23, 59, 59), ca=True, pathlen=0)
    other_signer = make_cert(other_signer_name, keys["other-signer"], other_root_name, keys["other-root"],
                             0x4B441001, good_nb, good_na, ca=False)
    revoked = make_cert(revoked_name, keys["revoked"], ica_name, keys["issuing-ca"], 0x4B431005,
                        good_nb, good_na, ca=False)
    tsa = make_cert(tsa_name, keys["tsa"], ica_name, keys["issuing-ca"], 0x4B431006,
                    utc(2020, 1, 1), utc(2038, 12, 31, 23, 59, 59), ca=False, tsa=True)
    ocsp = make_cert(ocsp_name, keys["ocsp"], ica_name, keys["issuing-ca"], 0x4B431007,
                     utc(2020, 1, 1), utc(2038, 12, 31, 23, 59, 59), ca=False, ocsp=True)
    revoked_later = make_cert(revoked_later_name, keys["revoked-later"], ica_name, keys["issuing-ca"], 0x4B431008,
                              good_nb, good_na, ca=False)
    crl = (x509.CertificateRevocationListBuilder()
           .issuer_name(ica_name)
           .last_update(utc(2021, 7, 1))
           .next_update(utc(2040, 12, 31, 23, 59, 59))
           .add_revoked_certificate(x509.RevokedCertificateBuilder()
                                    .serial_number(0x4B431005)
                                    .revocation_date(utc(2021, 6, 1))
                                    .add_extension(x509.CRLReason(x509.ReasonFlags.key_compromise), critical=False)
                                    .build())
           .add_extension(x509.CRLNumber(1), critical=False)
           .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(keys["issuing-ca"].public_key()),
                          critical=False)
           .sign(keys["issuing-ca"], hashes.SHA256()))

    certs = {"root-ca": (root, "root CA (self-signed)"),
             "issuing-ca": (ica, "issuing CA, signed by the root"),
             "agency": (agency, "agency signing certificate, issued by the issuing CA"),
             "person": (person, "personal certificate (fake CCCD), issued by the issuing CA"),
             "expired": (expired, "EXPIRED certificate (2019-01-01..2020-12-31)"),
             "commune": (commune, "commune agency certificate (UBND xã Quảng Thành), issued by the issuing CA"),
             "untrusted": (untrusted, "self-signed end-entity certificate, does NOT chain to the root"),
             "other-root": (other_root, "a second root CA that no trust dir holds"),
             "other-signer": (other_signer, "agency-like certificate issued by the OTHER root (untrusted chain)"),
             "revoked": (revoked, "agency-like certificate REVOKED on 2021-06-01 (listed in trust/issuing-ca.crl)"),
             "tsa": (tsa, "RFC 3161 time stamping authority (EKU timeStamping, critical)"),
             "ocsp": (ocsp, "OCSP responder delegated by the issuing CA (EKU OCSPSigning, ocsp-nocheck)"),
             "revoked-later": (revoked_later, "agency-like certificate revoked on 2023-03-01 (OCSP index only; "
                                              "the 2021 CRL does not list it)")}
    for n, (c, label) in certs.items():
        write(os.path.join(out, n + ".cert.pem"), cert_pem(c, label))
        write(os.path.join(out, n + ".key.pem"), key_pem(keys[n]))
    write(os.path.join(out, "chain.pem"),
          cert_pem(ica, "issuing CA") + cert_pem(root, "root CA"))
    write(os.path.join(out, "trust", "root-ca.cert.pem"), cert_pem(root, "root CA - the only trust anchor"))
    write(os.path.join(out, "other-chain.pem"), cert_pem(other_root, "other root CA"))
    write(os.path.join(out, "trust", "issuing-ca.crl"),
          BANNER.encode() + b"# CRL of the issuing CA: revokes serial 4B431005 (revoked.cert.pem)\n" +
          crl.public_bytes(serialization.Encoding.PEM))
    print("fixture PKI written to", out)


if __name__ == "__main__":
    main()
