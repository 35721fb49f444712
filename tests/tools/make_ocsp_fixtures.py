#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""make_ocsp_fixtures.py OUTDIR [--aia-port P] -- signed PDFs carrying OCSP revocation data,
FOR TESTS ONLY (fixture PKI of tests/fixtures/pki, responder ocsp.*.pem).

OCSP responses are made by `openssl ocsp` itself at fixture time (a real responder's output:
`-reqout` a request, then `-index` + `-rsigner` answer it), so their thisUpdate/producedAt are
the current clock N and nextUpdate N + 7 days. Signing times are placed around N (or in 2022 with
the response added later in a DSS, the PAdES-LTV way). Validate every fixture with
`--trust OUTDIR/trust-ocsp --as-of $(cat OUTDIR/as_of)` (the root only, no CRL, so OCSP is the
only revocation source; as_of = N + 11 days).

Writes
  OUTDIR/<name>.pdf and OUTDIR/expected.tsv: name, document status, signature statuses,
      a text the notes must contain, trust dir to use (trust-ocsp | trust-online), what it shows;
  OUTDIR/ocsp/index.txt (the responder's database: `openssl ca` index format),
      OUTDIR/ocsp/*.resp.der (the responses), OUTDIR/ocsp/*.req.der;
  OUTDIR/trust-ocsp/root-ca.cert.pem, OUTDIR/trust-online/{root-ca.cert.pem,revocation.conf}
      (`ocsp_fetch: yes`: the deployment allows network);
  OUTDIR/as_of.
With --aia-port P also the online fixtures: certificates issued now with an AIA OCSP URL
http://127.0.0.1:P/ (agency and revoked keys re-used) and signed without revocation data; the
caller runs `openssl ocsp -port P -index OUTDIR/ocsp/index.txt -CA .. -rsigner .. -rkey ..`
(see tests/integration/signature_ocsp_test.sh) and stops it.
Run with /usr/bin/python3; needs the openssl CLI.
"""
import argparse
import datetime
import os
import shutil
import subprocess
import sys

sys.dont_write_bytecode = True
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import make_pki  # noqa: E402
import make_signature_fixtures as mf  # noqa: E402
import pdf_mutate  # noqa: E402
import sign_pdf  # noqa: E402
from cryptography import x509  # noqa: E402
from cryptography.hazmat.primitives import serialization  # noqa: E402

PKI = mf.PKI
UTC = datetime.timezone.utc

# serial (hex) -> (file stem, index status, revocation "YYMMDDHHMMSSZ[,reason]")
INDEX = [
    ("4B431001", "agency", "V", ""),
    ("4B431005", "revoked", "R", "210601000000Z,keyCompromise"),
    ("4B431008", "revoked-later", "R", "230301000000Z,superseded"),
    ("4B431009", "aia-agency", "V", ""),
    ("4B43100A", "aia-revoked", "R", "210601000000Z,keyCompromise"),
]


def pem(path):
    return os.path.join(PKI, path)


def openssl(*args):
    subprocess.run(["openssl", *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def write_index(path):
    with open(path, "w") as f:
        for serial, stem, status, revoked in INDEX:
            f.write("%s\t351231235959Z\t%s\t%s\tunknown\t/CN=%s (TEST)\n" % (status, revoked, serial, stem))
    with open(path + ".attr", "w") as f:
        f.write("unique_subject = no\n")


def respond(work, cert_file, name, rsigner="ocsp", nonce=False):
    """A request for `cert_file` and the fixture responder's answer (DER), both by openssl ocsp."""
    req = os.path.join(work, name + ".req.der")
    resp = os.path.join(work, name + ".resp.der")
    openssl("ocsp", "-issuer", pem("issuing-ca.cert.pem"), "-cert", cert_file, "-reqout", req,
            *([] if nonce else ["-no_nonce"]))
    openssl("ocsp", "-index", os.path.join(work, "index.txt"), "-CA", pem("issuing-ca.cert.pem"),
            "-rsigner", pem(rsigner + ".cert.pem"), "-rkey", pem(rsigner + ".key.pem"),
            "-reqin", req, "-respout", resp, "-ndays", "7")
    return open(resp, "rb").read()


def aia_cert(out, stem, key_stem, serial, port):
    """A certificate issued now by the fixture issuing CA with an AIA OCSP URL on localhost."""
    issuer_key = serialization.load_pem_private_key(open(pem("issuing-ca.key.pem"), "rb").read(), None)
    issuer = sign_pdf.load_certs(pem("issuing-ca.cert.pem"))[0]
    key, base = mf.load(key_stem)
    subject = x509.Name([a for a in base.subject if a.oid != x509.oid.NameOID.COMMON_NAME] +
                        [x509.NameAttribute(x509.oid.NameOID.COMMON_NAME, "UBND HUYỆN QUẢNG ĐIỀN (TEST, AIA %s)"
                                            % stem)])
    cert = make_pki.make_cert(subject, key, issuer.subject, issuer_key, serial,
                              datetime.datetime(2021, 1, 1), datetime.datetime(2035, 12, 31, 23, 59, 59),
                              ca=False, aia_ocsp="http://127.0.0.1:%d/" % port)
    path = os.path.join(out, stem + ".cert.pem")
    with open(path, "wb") as f:
        f.write(make_pki.cert_pem(cert, "FOR TESTS ONLY: %s with AIA OCSP on localhost" % stem))
    return key, cert, path


def main():
    ap = argparse.ArgumentParser(description="FOR TESTS ONLY: signed PDFs with OCSP revocation data")
    ap.add_argument("outdir")
    ap.add_argument("--aia-port", type=int, default=0)
    a = ap.parse_args()
    out = a.outdir
    work = os.path.join(out, "ocsp")
    os.makedirs(work, exist_ok=True)
    for d, conf in (("trust-ocsp", None), ("trust-online", "ocsp_fetch: yes\nocsp_timeout_seconds: 5\n")):
        os.makedirs(os.path.join(out, d), exist_ok=True)
        shutil.copy(pem("trust/root-ca.cert.pem"), os.path.join(out, d, "root-ca.cert.pem"))
        if conf:
            with open(os.path.join(out, d, "revocation.conf"), "w") as f:
                f.write("# FOR TESTS ONLY: this deployment lets the verifier ask OCSP responders\n" + conf)
    write_index(os.path.join(work, "index.txt"))

    now = datetime.datetime.now(UTC).replace(microsecond=0)
    t_soon = (now + datetime.timedelta(minutes=5)).astimezone(mf.VN)  # right after the response
    t_late = (now + datetime.timedelta(days=10)).astimezone(mf.VN)    # after nextUpdate (N + 7 d)
    as_of = (now + datetime.timedelta(days=11)).astimezone(mf.VN).date()
    with open(os.path.join(out, "as_of"), "w") as f:
        f.write(as_of.isoformat() + "\n")

    good = respond(work, pem("agency.cert.pem"), "agency")
    revoked = respond(work, pem("revoked.cert.pem"), "revoked")
    revoked_later = respond(work, pem("revoked-later.cert.pem"), "revoked-later")
    bad_responder = respond(work, pem("agency.cert.pem"), "agency-by-agency", rsigner="agency")
    doc = mf.base_pdf("BAO CAO (TEST FIXTURE, OCSP)", ["Ket qua thuc hien cai cach hanh chinh.",
                                                       "FOR TESTS ONLY - kiemchung."])
    chain = mf.chain()

    def sign(who, when, revocation=None, timestamp=False, key_cert=None):
        key, cert = key_cert or mf.load(who)
        ts = None
        if timestamp:
            tsa_key, tsa_cert = mf.load("tsa")
            ts = (tsa_key, tsa_cert, chain[:1], when + datetime.timedelta(minutes=1))
        return sign_pdf.sign(doc, key, cert, chain, when, "adbe.pkcs7.detached", "Signature1",
                             contents_hex=32768, timestamp=ts, revocation=revocation)

    # name -> (pdf, document status, signature statuses, note text, trust dir, what it shows)
    made = {
        "ocsp-archival-good": (sign("agency", t_soon, revocation=([good], [])), "valid", "valid",
                               "not revoked (OCSP", "trust-ocsp",
                               "good response in the signed attribute adbe-revocationInfoArchival, "
                               "current at the signing time"),
        "ocsp-dss-good": (pdf_mutate.add_dss(sign("agency", mf.T_SIGN), ocsps=[good]), "valid", "valid",
                          "not revoked (OCSP", "trust-ocsp",
                          "signed 2022, good response added later in a DSS (LTV)"),
        "ocsp-revoked": (pdf_mutate.add_dss(sign("revoked", t_soon), ocsps=[revoked]), "invalid", "invalid",
                         "keyCompromise", "trust-ocsp",
                         "DSS response: revoked 2021-06-01 (keyCompromise), before the signing time"),
        "ocsp-revoked-later-ts": (pdf_mutate.add_dss(sign("revoked-later", mf.T_SIGN, timestamp=True),
                                                     ocsps=[revoked_later]), "valid", "valid",
                                  "after the signing time", "trust-ocsp",
                                  "timestamped 2022, revoked 2023-03-01 (superseded): still valid, noted"),
        "ocsp-revoked-later": (pdf_mutate.add_dss(sign("revoked-later", mf.T_SIGN), ocsps=[revoked_later]),
                               "indeterminate", "indeterminate", "not proven without a trusted timestamp",
                               "trust-ocsp", "same without a timestamp: signing before 2023 is only claimed"),
        "ocsp-bad-responder": (pdf_mutate.add_dss(sign("agency", mf.T_SIGN), ocsps=[bad_responder]), "valid",
                               "valid", "revocation not checked", "trust-ocsp",
                               "response signed by a key that is not an authorised responder: ignored"),
        "ocsp-stale": (sign("agency", t_late, revocation=([good], [])), "valid", "valid",
                       "revocation not checked", "trust-ocsp",
                       "archived response whose nextUpdate is before the signing time: not current"),
    }
    if a.aia_port:
        for stem, key_stem, serial, status in (("aia-agency", "agency", 0x4B431009, "valid"),
                                                ("aia-revoked", "revoked", 0x4B43100A, "invalid")):
            key, cert, path = aia_cert(out, stem, key_stem, serial, a.aia_port)
            pdf = sign(None, t_soon, key_cert=(key, cert))
            note = "OCSP, online" if status == "valid" else "keyCompromise"
            made["online-" + stem] = (pdf, status, status, note, "trust-online",
                                      "no embedded data; the AIA responder is asked (network allowed)")
            # The same file with the network not allowed: nothing to go on.
            made["offline-" + stem] = (pdf, "valid", "valid", "revocation not checked", "trust-ocsp",
                                       "same file, network not allowed: not checked")
    with open(os.path.join(out, "expected.tsv"), "w", encoding="utf-8") as f:
        for name, (pdf, doc_status, sigs, note, trust, why) in made.items():
            with open(os.path.join(out, name + ".pdf"), "wb") as p:
                p.write(pdf)
            f.write("\t".join((name, doc_status, sigs, note, trust, why)) + "\n")


if __name__ == "__main__":
    main()
