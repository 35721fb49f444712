#!/usr/bin/python3
"""Checks the index of sample_evidence/ against what sample_evidence/README.md promises.

  check_sample.py first STATE_DIR LOG_FILE...   after one ingest of sample_evidence/
  check_sample.py rerun FIRST_INDEX.json STATE_DIR
                                                after a second ingest of the same folder

Assertions that depend on a working signature stage (the sample PDFs are signed with the
test PKI and valid under --trust tests/fixtures/pki/trust) are tagged [signature].
Every failed assertion is printed; the exit status is 1 if any failed.
"""
import datetime
import json
import os
import sys
import unicodedata

failures = []


def check(cond, msg, tag=""):
    if not cond:
        failures.append(f"[{tag}] {msg}" if tag else msg)
    return cond


def finish(what):
    if failures:
        for f in failures:
            print(f"FAIL [{what}]: {f}", file=sys.stderr)
        print(f"{len(failures)} assertion(s) failed", file=sys.stderr)
        sys.exit(1)
    print(f"ok [{what}]")


SIG = "signature"
CCCD = [f"00123456780{i}" for i in range(1, 5)]   # fake Số CCCD in 'danh sach can bo.xlsx'
PHONES = [f"090512340{i}" for i in range(1, 5)]   # fake phone numbers in the same sheet

# zip file -> (submitting unit, expected submission status, entries recorded as documents)
SUBMISSIONS = {
    "nop-lan-1-2022-01-04.zip": ("phong-noi-vu", "accepted", [
        "TC 1.1.1/191-KH-UBND Ke hoach CCHC 2022.pdf",
        "TC 1.3.1/KH kiem tra CCHC 2022.pdf",
        "Tieu chi 1.2/BC quy I-2022.pdf",
    ]),
    "nop-lan-2-2022-03-11.zip": ("phong-noi-vu", "accepted", [
        "TC 1.1.1/191-KH-UBND Ke hoach CCHC 2022.pdf",
        "TC 1.3.1/QD thanh lap doan kiem tra.pdf",
    ]),
    "nop-2022-11-20.zip": ("phong-tu-phap", "accepted", [
        "TC 2.1.1/Kế hoạch theo dõi THPL 2022.pdf",
        "TC 2.1.2/Thông báo khảo sát THPL.pdf",
        "TC 2.1.2/Thumbs.db",
        "Tiêu chí 2.1.3/Báo cáo theo dõi THPL 2022.pdf",
        "anh-hop-to-dan-pho.jpg",
        "danh sach can bo.xlsx",
    ]),
    "bao-cao-3-2-2.zip": ("xa-quang-thanh", "damaged", [
        "TC 3.2.2/BC niem yet TTHC xa Quang Thanh.pdf",
        "TC 3.2.2/Anh niem yet bo phan mot cua.jpg",
    ]),
}

# (zip, entry) -> expectations for signed PDFs: header, primary classification, signing time.
SIGNED = {
    ("nop-lan-1-2022-01-04.zip", "TC 1.1.1/191-KH-UBND Ke hoach CCHC 2022.pdf"):
        dict(number="191", symbol="KH-UBND", type="KH", date="2021-12-30", product="1.1.1/sp1",
             signed="2021-12-30T16:05:12+07:00"),
    ("nop-lan-1-2022-01-04.zip", "TC 1.3.1/KH kiem tra CCHC 2022.pdf"):
        dict(number="12", symbol="KH-UBND", type="KH", date="2022-01-10", product="1.3.1/sp1",
             signed="2022-01-10T09:12:40+07:00"),
    ("nop-lan-1-2022-01-04.zip", "Tieu chi 1.2/BC quy I-2022.pdf"):
        dict(number="45", symbol="BC-UBND", type="BC", date="2022-03-10", criterion_prefix="1.2",
             signed="2022-03-10T15:20:05+07:00"),
    ("nop-lan-2-2022-03-11.zip", "TC 1.1.1/191-KH-UBND Ke hoach CCHC 2022.pdf"):
        dict(number="191", symbol="KH-UBND", type="KH", date="2021-12-30", product="1.1.1/sp1",
             signed="2021-12-30T16:05:12+07:00"),
    ("nop-lan-2-2022-03-11.zip", "TC 1.3.1/QD thanh lap doan kiem tra.pdf"):
        dict(number="215", symbol="QĐ-UBND", type="QĐ", date="2022-02-25", criterion_prefix="1.3.1",
             signed="2022-02-25T10:45:00+07:00"),
    ("nop-2022-11-20.zip", "TC 2.1.1/Kế hoạch theo dõi THPL 2022.pdf"):
        dict(number="25", symbol="KH-UBND", type="KH", date="2022-01-20", product="2.1.1/sp1",
             signed="2022-01-20T14:02:33+07:00"),
    ("nop-2022-11-20.zip", "TC 2.1.2/Thông báo khảo sát THPL.pdf"):
        dict(number="180", symbol="TB-UBND", type="TB", date="2022-08-15", criterion_prefix="2.1.2",
             signed=None),
    ("bao-cao-3-2-2.zip", "TC 3.2.2/BC niem yet TTHC xa Quang Thanh.pdf"):
        dict(number="28", symbol="BC-UBND", type="BC", date="2022-10-05", criterion_prefix="3.2.2",
             signed="2022-10-05T10:00:00+07:00"),
}


def codes(x):
    return [r["code"] for r in x["reasons"]]


def instant(s):
    try:
        return datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return None


class Index:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.j = json.load(f)
        self.subs = self.j["submissions"]
        self.sub_by_id = {s["id"]: s for s in self.subs}
        self.docs = self.j["documents"]
        self.products = {}
        self.criteria = {}
        for u in self.j["units"]:
            for c in u["criteria"]:
                self.criteria[c["code"]] = c
                for p in c["products"]:
                    self.products[p["id"]] = p

    def doc(self, zip_name, entry):
        found = [d for d in self.docs if self.sub_by_id.get(d["submission"], {}).get("file") == zip_name
                 and d["path_in_archive"] == entry]
        return found

    def one_doc(self, zip_name, entry):
        found = self.doc(zip_name, entry)
        check(len(found) == 1, f"{zip_name} → {entry!r}: want one document record, found {len(found)}")
        return found[0] if found else None

    def product_of(self, d):
        return self.products.get(d["classification"]["product"] or "")


def check_first(state, logs):
    ix = Index(os.path.join(state, "index.json"))
    j = ix.j
    check(j["as_of"] == "2022-11-30", f"as_of is {j['as_of']}, want 2022-11-30")

    # Submissions: 4, one per zip, with the README's statuses.
    check(len(ix.subs) == 4, f"{len(ix.subs)} submissions, want 4")
    for zip_name, (unit, status, entries) in SUBMISSIONS.items():
        subs = [s for s in ix.subs if s["file"] == zip_name]
        if not check(len(subs) == 1, f"{zip_name}: {len(subs)} submissions, want 1"):
            continue
        s = subs[0]
        check(s["unit"] == unit, f"{zip_name}: unit {s['unit']}, want {unit}")
        check(s["status"] == status, f"{zip_name}: status {s['status']}, want {status}")
        # Documents: exactly the README's entries (no directory entries, nothing lost, nothing invented).
        got = sorted(d["path_in_archive"] for d in ix.docs if d["submission"] == s["id"])
        check(got == sorted(entries), f"{zip_name}: document paths {got}, want {sorted(entries)}")
        for d in ix.docs:
            if d["submission"] != s["id"]:
                continue
            p = d["path_in_archive"]
            check(unicodedata.is_normalized("NFC", p), f"{p!r} is not NFC")
            check("\\" not in p and not p.startswith("/"), f"{p!r} is not a relative '/'-separated path")
            check(zip_name not in p and os.path.splitext(zip_name)[0] not in p,
                  f"{p!r} contains the zip's name {zip_name}")
    damaged = [s for s in ix.subs if s["file"] == "bao-cao-3-2-2.zip"]
    if damaged:
        check("ARCHIVE_DAMAGED" in codes(damaged[0]),
              f"bao-cao-3-2-2.zip: reasons {codes(damaged[0])}, want ARCHIVE_DAMAGED")
    check(len(ix.docs) == 13, f"{len(ix.docs)} document records, want 13")

    # Headers and classifications the README states, and the signatures.
    for (zip_name, entry), e in SIGNED.items():
        d = ix.one_doc(zip_name, entry)
        if d is None:
            continue
        where = f"{zip_name} → {entry}"
        h = d["header"]
        for k in ("number", "symbol", "type", "date"):
            check(h[k] == e[k], f"{where}: header.{k} {h[k]!r}, want {e[k]!r}")
        c = d["classification"]
        if "product" in e:
            check(c["product"] == e["product"], f"{where}: classified as {c['product']}, want {e['product']}")
        else:
            cp = e["criterion_prefix"]
            check((c["criterion"] or "") == cp or (c["criterion"] or "").startswith(cp + "."),
                  f"{where}: classified under {c['criterion']}, want {cp}")
        sig = d["signature"]
        check(sig["status"] == "valid", f"{where}: signature {sig['status']}, want valid "
              f"(signed with the test PKI, valid under tests/fixtures/pki/trust)", SIG)
        check(len(sig["signers"]) >= 1, f"{where}: no signer recorded", SIG)
        for si in sig["signers"][:1]:
            check(si["status"] == "valid", f"{where}: signer status {si['status']}, want valid", SIG)
            if e["signed"]:
                check(si["time_source"] == "signing_time",
                      f"{where}: time_source {si['time_source']}, want signing_time (CMS signingTime, "
                      "no timestamp token)", SIG)
                got, want = instant(si["signed_at"]), instant(e["signed"])
                check(got is not None and got == want, f"{where}: signed_at {si['signed_at']!r}, want {e['signed']}",
                      SIG)

    def verdict(zip_name, entry, want, tag="", reason=None, not_reason=None):
        d = ix.one_doc(zip_name, entry)
        if d is None:
            return None
        wants = want if isinstance(want, (list, tuple)) else [want]
        blocked = [c for c in codes(d) if c.startswith("PARSER_") or c == "INTERNAL_ERROR"]
        note = f" (not judged: a supervised child failed with {', '.join(blocked)})" if blocked else ""
        check(d["verdict"] in wants, f"{zip_name} → {entry}: verdict {d['verdict']} {codes(d)}, want "
              f"{' or '.join(wants)}{note}", tag)
        if reason:
            check(reason in codes(d), f"{zip_name} → {entry}: reasons {codes(d)}, want {reason}{note}", tag)
        if not_reason:
            check(not_reason not in codes(d), f"{zip_name} → {entry}: reasons {codes(d)} include {not_reason}",
                  tag)
        return d

    # phong-noi-vu, lan 1: a good submission.
    lan1 = "nop-lan-1-2022-01-04.zip"
    d191a = verdict(lan1, "TC 1.1.1/191-KH-UBND Ke hoach CCHC 2022.pdf", "accepted", SIG, not_reason="DUPLICATE")
    verdict(lan1, "TC 1.3.1/KH kiem tra CCHC 2022.pdf", "accepted", SIG)
    d45 = verdict(lan1, "Tieu chi 1.2/BC quy I-2022.pdf", "accepted", SIG)
    # lan 2: the resubmitted 191/KH-UBND is a duplicate occurrence, counted once.
    lan2 = "nop-lan-2-2022-03-11.zip"
    d191b = verdict(lan2, "TC 1.1.1/191-KH-UBND Ke hoach CCHC 2022.pdf", "accepted", SIG, reason="DUPLICATE")
    # A checker that cannot resolve the relative deadline may say needs_review (README).
    verdict(lan2, "TC 1.3.1/QD thanh lap doan kiem tra.pdf", ["accepted", "needs_review"], SIG)
    if d191a and d191b:
        check(d191a["sha256"] == d191b["sha256"] and (d191a["sha256"] or "").startswith("9cb502f17c3eca6f"),
              f"the two 191/KH-UBND occurrences: sha256 {d191a['sha256']} / {d191b['sha256']}, want one "
              "sha256 starting 9cb502f17c3eca6f")
        check(d191a["id"] != d191b["id"], "the two 191/KH-UBND occurrences share a document id")
        p = ix.products.get("1.1.1/sp1")
        if check(p is not None, "product 1.1.1/sp1 is not in the index"):
            ev = [e["document"] for e in p["evidence"]]
            check(d191a["id"] in ev and d191b["id"] in ev,
                  f"1.1.1/sp1 evidence {ev}: want both 191/KH-UBND occurrences listed")
            check(len({e["sha256"] for e in p["evidence"]}) == 1,
                  f"1.1.1/sp1 evidence has several sha256 values: {[e['sha256'] for e in p['evidence']]}")
            check(p["status"] == "accepted", f"1.1.1/sp1 status {p['status']} {codes(p)}, want accepted", SIG)
        c = ix.criteria.get("1.1.1")
        if c:
            check(c["points_provisional"] <= c["points_max"],
                  f"criterion 1.1.1 counts more than its points: {c['points_provisional']} > {c['points_max']}")
            check(c["points_provisional"] == c["points_max"],
                  f"criterion 1.1.1: {c['points_provisional']} of {c['points_max']} points, want all "
                  "(its one product is accepted)", SIG)
    for pid in ("1.3.1/sp1",):
        p = ix.products.get(pid)
        check(p is not None and p["status"] == "accepted",
              f"{pid} status {p and p['status']}, want accepted", SIG)
    if d45 and ix.product_of(d45):
        p = ix.product_of(d45)
        check(p["status"] == "accepted", f"{p['id']} (quý I report) status {p['status']}, want accepted", SIG)
    units = j["units"]
    if units:
        check(units[0]["points_provisional"] > 0,
              f"unit {units[0]['unit']}: 0 provisional points although 1.1.1, 1.3.1 and 1.2 quý I are met", SIG)

    # phong-tu-phap: a submission with problems.
    tp = "nop-2022-11-20.zip"
    verdict(tp, "TC 2.1.1/Kế hoạch theo dõi THPL 2022.pdf", "rejected", reason="LATE_DOCUMENT_DATE")
    verdict(tp, "TC 2.1.2/Thông báo khảo sát THPL.pdf", "rejected", reason="WRONG_DOCUMENT_KIND")
    verdict(tp, "TC 2.1.2/Thumbs.db", "refused", reason="IGNORED_SYSTEM_FILE")
    d310 = verdict(tp, "Tiêu chí 2.1.3/Báo cáo theo dõi THPL 2022.pdf", "rejected", reason="UNSIGNED",
                   not_reason="LATE_DOCUMENT_DATE")
    if d310:
        check(d310["signature"]["status"] == "absent",
              f"310/BC-UBND: signature {d310['signature']['status']}, want absent")
        check(d310["header"]["date"] == "2022-11-10", f"310/BC-UBND: header.date {d310['header']['date']}")
    # README: "needs review"; the index vocabulary has `unclassified` for "matches no product",
    # which also goes to a person. Either is honest; accepted/rejected is not.
    djpg = verdict(tp, "anh-hop-to-dan-pho.jpg", ["needs_review", "unclassified"])
    dxlsx = verdict(tp, "danh sach can bo.xlsx", ["needs_review", "unclassified"])
    # "matches no required product": such a file is not evidence for (and cannot reject) a product.
    for d, name in ((djpg, "anh-hop-to-dan-pho.jpg"), (dxlsx, "danh sach can bo.xlsx")):
        if d and d["verdict"] == "unclassified":
            holders = [pid for pid, p in ix.products.items() if any(e["document"] == d["id"] for e in p["evidence"])]
            check(not holders, f"{name} is unclassified but is listed as evidence of {holders} "
                  f"(statuses {[ix.products[h]['status'] for h in holders]})")
    for pid, want in (("2.1.1/sp1", "rejected"), ("2.1.2/sp1", "rejected"), ("2.1.3/sp1", "rejected")):
        p = ix.products.get(pid)
        check(p is not None and p["status"] == want, f"{pid} status {p and p['status']}, want {want}")

    # xa-quang-thanh: a damaged archive; entry 1 recovered, entry 2 truncated, entry 3 lost.
    xa = "bao-cao-3-2-2.zip"
    d28 = verdict(xa, "TC 3.2.2/BC niem yet TTHC xa Quang Thanh.pdf", "needs_review", SIG)
    if d28:
        check(d28["sha256"] is not None and d28["format"] == "pdf",
              f"damaged zip's first entry: sha256 {d28['sha256']}, format {d28['format']}: want its bytes read")
        p = ix.product_of(d28)
        check(p is not None and p["status"] == "needs_review",
              f"3.2.2 product of the recovered report: status {p and p['status']}, want needs_review", SIG)
    verdict(xa, "TC 3.2.2/Anh niem yet bo phan mot cua.jpg", "refused")

    # Reports: one per submission, HTML + JSON.
    for s in ix.subs:
        base = os.path.join(state, "outbox", s["unit"], s["id"] + ".report")
        for ext in (".html", ".json"):
            check(os.path.isfile(base + ext) and os.path.getsize(base + ext) > 0, f"missing report {base + ext}")
        if os.path.isfile(base + ".json"):
            with open(base + ".json", encoding="utf-8") as f:
                r = json.load(f)
            sid = r.get("submission", {}).get("id") if isinstance(r.get("submission"), dict) else r.get("submission")
            check(sid == s["id"], f"{base}.json is about submission {sid}, want {s['id']}")

    # Personal data: the fake CCCD and phone numbers never appear unmasked.
    files = [os.path.join(state, "index.json"), os.path.join(state, "index.csv")] + list(logs)
    for root, _, names in os.walk(os.path.join(state, "outbox")):
        files += [os.path.join(root, n) for n in names]
    for path in files:
        with open(path, "rb") as f:
            data = f.read()
        for secret in CCCD + PHONES:
            check(secret.encode() not in data, f"personal identifier {secret} appears unmasked in {path}")


def check_rerun(first_path, state):
    first = Index(first_path)
    again = Index(os.path.join(state, "index.json"))
    old_ids = {s["id"] for s in first.subs}
    new = [s for s in again.subs if s["id"] not in old_ids]
    check(len(again.subs) == len(first.subs) + 4, f"{len(again.subs)} submissions after the 2nd ingest, want "
          f"{len(first.subs) + 4}")
    check(all(s["id"] in {x["id"] for x in again.subs} for s in first.subs), "a first-run submission vanished")
    check(sorted(s["file"] for s in new) == sorted(s["file"] for s in first.subs),
          f"the new submissions are {sorted(s['file'] for s in new)}")
    for s in new:
        check(s["status"] == "duplicate", f"2nd {s['file']}: status {s['status']}, want duplicate")
        check("DUPLICATE_SUBMISSION" in codes(s), f"2nd {s['file']}: reasons {codes(s)}, want DUPLICATE_SUBMISSION")
        base = os.path.join(state, "outbox", s["unit"], s["id"] + ".report")
        for ext in (".html", ".json"):
            check(os.path.isfile(base + ext), f"missing report {base + ext}")
    check(len(again.docs) == len(first.docs), f"{len(again.docs)} documents after the 2nd ingest, want "
          f"{len(first.docs)} (a duplicate submission adds no documents)")

    def verdicts(ix):
        return {d["id"]: (d["verdict"], codes(d)) for d in ix.docs}

    a, b = verdicts(first), verdicts(again)
    for k in a:
        check(a[k] == b.get(k), f"document {k}: {a[k]} before, {b.get(k)} after the 2nd ingest")
    count = lambda ix, v: sum(1 for d in ix.docs if d["verdict"] == v)
    check(count(first, "accepted") == count(again, "accepted"),
          f"accepted documents {count(first, 'accepted')} → {count(again, 'accepted')}")
    for u1, u2 in zip(first.j["units"], again.j["units"]):
        check(u1["points_provisional"] == u2["points_provisional"],
              f"{u1['unit']}: points {u1['points_provisional']} → {u2['points_provisional']}")
    for pid, p in first.products.items():
        q = again.products.get(pid)
        check(q is not None and q["status"] == p["status"] and len(q["evidence"]) == len(p["evidence"]),
              f"{pid}: {p['status']} ({len(p['evidence'])} evidence) → "
              f"{q and q['status']} ({q and len(q['evidence'])} evidence)")


def main(argv):
    if len(argv) >= 3 and argv[1] == "first":
        check_first(argv[2], argv[3:])
        finish("sample, first ingest")
    elif len(argv) == 4 and argv[1] == "rerun":
        check_rerun(argv[2], argv[3])
        finish("sample, second ingest")
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main(sys.argv)
