#!/usr/bin/python3
"""Checks a kiemchung index against its contract (docs/index-format.md).

  check_index.py json INDEX.json SCHEMA.json   schema + invariants the schema cannot say
  check_index.py csv  INDEX.json INDEX.csv FORMAT.md
                                               CSV: BOM, header (as documented), RFC 4180,
                                               one row per unit x criterion x product, same
                                               values as the JSON

Prints every problem found, then exits 1 if there was any. Run with /usr/bin/python3
(Debian's python3-jsonschema), not a pyenv shim.
"""
import csv
import io
import json
import re
import sys
import unicodedata

CSV_HEADER = [
    "unit", "criterion", "criterion_title", "criterion_points_max", "criterion_points_provisional",
    "criterion_status", "product", "product_title", "lead_agencies", "expected_issuers", "deadline_kind",
    "due", "product_status", "evidence_documents", "reasons",
]
POINTS_TEXT = re.compile(r"^(0|[1-9][0-9]*)(\.[0-9]{0,2}[1-9])?$")  # at most 3 decimals, no trailing 0, no exponent

problems = []


def problem(msg):
    problems.append(msg)


def finish(what):
    if problems:
        for p in problems[:50]:
            print(f"FAIL [{what}]: {p}", file=sys.stderr)
        if len(problems) > 50:
            print(f"FAIL [{what}]: ... and {len(problems) - 50} more", file=sys.stderr)
        sys.exit(1)
    print(f"ok [{what}]")


def load(path):
    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"FAIL: {path} is not UTF-8: {e}", file=sys.stderr)
        sys.exit(1)
    try:
        return text, json.loads(text)
    except json.JSONDecodeError as e:
        print(f"FAIL: {path} is not JSON: {e}", file=sys.stderr)
        sys.exit(1)


def check_json(index_path, schema_path):
    try:
        import jsonschema
    except ImportError:
        print("FAIL: /usr/bin/python3 has no jsonschema module (Debian package python3-jsonschema; "
              "scripts/packages.sh lists it)", file=sys.stderr)
        sys.exit(1)
    text, index = load(index_path)
    _, schema = load(schema_path)
    cls = jsonschema.validators.validator_for(schema)
    try:
        cls.check_schema(schema)
    except jsonschema.exceptions.SchemaError as e:
        print(f"FAIL: {schema_path} is not a valid schema: {e.message}", file=sys.stderr)
        sys.exit(1)
    for err in sorted(cls(schema).iter_errors(index), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in err.absolute_path) or "(root)"
        problem(f"schema: at {where}: {err.message[:300]}")

    # Points: rounded to 3 decimals and printed the same way every time. Checked on the
    # serialised text (a float's binary value cannot say how it was printed).
    for m in re.finditer(r'"(points_max|points_provisional)"\s*:\s*([^,\s}\]]+)', text):
        if not POINTS_TEXT.match(m.group(2)):
            problem(f"{m.group(1)} printed as {m.group(2)!r}: want a plain decimal, at most 3 decimals, "
                    "no trailing zeros, no exponent")

    if problems:  # the rest assumes the shape is right
        return
    sub_ids = {s["id"] for s in index["submissions"]}
    if len(sub_ids) != len(index["submissions"]):
        problem("submission ids are not unique")
    sub_file = {s["id"]: s["file"] for s in index["submissions"]}
    sub_unit = {s["id"]: s["unit"] for s in index["submissions"]}
    docs = {}
    for d in index["documents"]:
        if d["id"] in docs:
            problem(f"document id {d['id']} appears twice")
        docs[d["id"]] = d
        if d["submission"] not in sub_ids:
            problem(f"document {d['id']}: submission {d['submission']} is not in submissions[]")
            continue
        if d["submitted_by"] != sub_unit[d["submission"]]:
            problem(f"document {d['id']}: submitted_by {d['submitted_by']} but its submission is from "
                    f"{sub_unit[d['submission']]}")
        p = d["path_in_archive"]
        if not unicodedata.is_normalized("NFC", p):
            problem(f"document {d['id']}: path_in_archive {p!r} is not NFC")
        outer = sub_file[d["submission"]]
        if outer and (p == outer or p.startswith(outer + "/") or f"/{outer}/" in f"/{p}"):
            problem(f"document {d['id']}: path_in_archive {p!r} contains the outer archive's name {outer!r}")
        if d["sha256"] is None and d["verdict"] == "accepted":
            problem(f"document {d['id']}: accepted but its bytes could not be read (sha256 null)")
        for c in [d["classification"]] + d["classifications"]:
            if c["product"] and c["criterion"] and not c["product"].startswith(c["criterion"] + "/"):
                problem(f"document {d['id']}: classification product {c['product']} is not under "
                        f"criterion {c['criterion']}")

    for u in index["units"]:
        if u["points_provisional"] > u["points_max"] + 1e-9:
            problem(f"unit {u['unit']}: points_provisional > points_max")
        codes = [c["code"] for c in u["criteria"]]
        if len(set(codes)) != len(codes):
            problem(f"unit {u['unit']}: criterion codes repeat")
        for c in u["criteria"]:
            if c["points_provisional"] > c["points_max"] + 1e-9:
                problem(f"criterion {c['code']}: points_provisional {c['points_provisional']} > "
                        f"points_max {c['points_max']}")
            for p in c["products"]:
                if not p["id"].startswith(c["code"] + "/sp"):
                    problem(f"product {p['id']} is listed under criterion {c['code']}")
                for e in p["evidence"]:
                    d = docs.get(e["document"])
                    if d is None:
                        problem(f"product {p['id']}: evidence {e['document']} is not in documents[]")
                        continue
                    if e["sha256"] != d["sha256"]:
                        problem(f"product {p['id']}: evidence {e['document']} sha256 differs from the document's")
                    if e["status"] != d["verdict"]:
                        problem(f"product {p['id']}: evidence {e['document']} status {e['status']} but the "
                                f"document's verdict is {d['verdict']}")


def expected_rows(index):
    rows = []
    for u in index["units"]:
        for c in u["criteria"]:
            base = [u["unit"], c["code"], c["title"], None, None, c["status"]]
            creasons = [r["code"] for r in c["reasons"]]
            if not c["products"]:
                rows.append((base, c, None, creasons))
            for p in c["products"]:
                rows.append((base, c, p, creasons + [r["code"] for r in p["reasons"]]))
    return rows


def check_csv(index_path, csv_path, format_md):
    _, index = load(index_path)
    with open(csv_path, "rb") as f:
        raw = f.read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        problem("index.csv does not start with the UTF-8 BOM (EF BB BF)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        problem(f"index.csv is not UTF-8: {e}")
        return
    # RFC 4180: CRLF line ends; a strict parse must succeed.
    unquoted = re.sub(r'"(?:[^"]|"")*"', '""', text)
    if re.search(r"(?<!\r)\n", unquoted) or not text.endswith("\r\n"):
        problem("index.csv records must end with CRLF (RFC 4180), including the last one")
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as e:
        problem(f"index.csv is not RFC 4180 CSV: {e}")
        return
    if not rows:
        problem("index.csv is empty")
        return
    header = rows[0]
    if header != CSV_HEADER:
        problem(f"header row is {header}, want {CSV_HEADER}")
    with open(format_md, encoding="utf-8") as f:
        md = f.read()
    if ",".join(CSV_HEADER) not in md:
        problem(f"{format_md} does not document the header row {','.join(CSV_HEADER)!r}")
    body = rows[1:]
    for i, r in enumerate(body, start=2):
        if len(r) != len(CSV_HEADER):
            problem(f"index.csv line {i}: {len(r)} cells, want {len(CSV_HEADER)}")
    want = expected_rows(index)
    if len(body) != len(want):
        problem(f"index.csv has {len(body)} data rows; the JSON has {len(want)} unit x criterion x product "
                "rows (a criterion without products: one row)")
    for i, (r, (base, c, p, reasons)) in enumerate(zip(body, want), start=2):
        if len(r) != len(CSV_HEADER):
            continue
        cell = dict(zip(CSV_HEADER, r))
        for k, v in (("unit", base[0]), ("criterion", base[1]), ("criterion_title", base[2]),
                     ("criterion_status", base[5])):
            if cell[k] != v:
                problem(f"index.csv line {i}: {k} {cell[k]!r}, the JSON says {v!r}")
        for k, v in (("criterion_points_max", c["points_max"]), ("criterion_points_provisional",
                                                                c["points_provisional"])):
            if not POINTS_TEXT.match(cell[k]):
                problem(f"index.csv line {i}: {k} {cell[k]!r} is not printed as documented (dot decimal, "
                        "at most 3 decimals, no trailing zeros)")
            elif abs(float(cell[k]) - v) > 5e-4:
                problem(f"index.csv line {i}: {k} {cell[k]} but the JSON says {v}")
        if p is None:
            for k in ("product", "product_title", "lead_agencies", "expected_issuers", "deadline_kind", "due",
                      "product_status", "evidence_documents"):
                if cell[k] != "":
                    problem(f"index.csv line {i}: criterion {c['code']} has no products but {k} is {cell[k]!r}")
        else:
            exp = {
                "product": p["id"], "product_title": p["title"],
                "lead_agencies": ";".join(p["lead_agencies"]),
                "expected_issuers": ";".join(p["expected_issuers"]),
                "deadline_kind": p["deadline"]["kind"], "due": ";".join(p["deadline"]["due"]),
                "product_status": p["status"],
                "evidence_documents": ";".join(f"{e['document']}:{e['status']}" for e in p["evidence"]),
            }
            for k, v in exp.items():
                if cell[k] != v:
                    problem(f"index.csv line {i}: {k} {cell[k]!r}, the JSON says {v!r}")
        if cell["reasons"] != ";".join(reasons):
            problem(f"index.csv line {i}: reasons {cell['reasons']!r}, the JSON says {';'.join(reasons)!r}")


def main(argv):
    if len(argv) >= 4 and argv[1] == "json":
        check_json(argv[2], argv[3])
        finish("index.json")
    elif len(argv) >= 5 and argv[1] == "csv":
        check_csv(argv[2], argv[3], argv[4])
        finish("index.csv")
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main(sys.argv)
