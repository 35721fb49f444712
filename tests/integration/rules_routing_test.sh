#!/usr/bin/env bash
# Routing submissions to rule sets (rules/README.md, "Routing by period";
# src/pipeline/route.h): with `rule_sets: [cchc-2022, cchc-2023]` configured
# (tests/fixtures/rules-routing), a plan "năm 2023" goes to cchc-2023, a plan
# "năm 2022" to cchc-2022, a report about 2022 that only the 2023 rules ask for
# goes to cchc-2023, and a document about 2030 received today falls back to the
# configured rules_id with RULE_SET_FALLBACK; the index says which rule set.
# `index` and `nightly` judge each submission with its routed rule set
# (rule_sets[] with each one's totals); `--rules` overrides that.
# Without `rule_sets` nothing is routed. `show-config` lists the rule sets.
set -euo pipefail

. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # here, src, bin, py

fail() { echo "FAIL: $*" >&2; exit 1; }
[ -x "$bin" ] || fail "binary not found: $bin"
tmp=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$tmp"' EXIT
fixture=$src/tests/fixtures/rules-routing
cd "$src"  # the default pipelines/ folder is relative to the working directory

"$bin" rules check "$fixture" >"$tmp/check.out" 2>&1 || fail "fixture rules do not load: $(cat "$tmp/check.out")"

# One plain-text document per drop, each with an administrative header.
doc() {  # FILE NUMBER/SYMBOL DATE-LINE TYPE SUBJECT
    mkdir -p "$(dirname "$1")"
    cat >"$1" <<TXT
ỦY BAN NHÂN DÂN
HUYỆN QUẢNG ĐIỀN
Số: $2
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
$3
$4
$5

Nội dung văn bản thử nghiệm, không có dữ liệu thật.
TXT
}
in=$tmp/in/phong-noi-vu
doc "$in/a-ke-hoach-2023.txt" "05/KH-UBND" "Quảng Điền, ngày 04 tháng 01 năm 2023" "KẾ HOẠCH" "Cải cách hành chính năm 2023"
doc "$in/b-ke-hoach-2022.txt" "191/KH-UBND" "Quảng Điền, ngày 30 tháng 12 năm 2021" "KẾ HOẠCH" "Cải cách hành chính năm 2022"
doc "$in/c-bao-cao-van-thu-2022.txt" "12/BC-UBND" "Quảng Điền, ngày 10 tháng 01 năm 2023" "BÁO CÁO" \
    "Tổng kết công tác văn thư, lưu trữ năm 2022"
doc "$in/d-ke-hoach-2030.txt" "01/KH-UBND" "Quảng Điền, ngày 04 tháng 01 năm 2030" "KẾ HOẠCH" "Cải cách hành chính năm 2030"

cat >"$tmp/kc.yaml" <<YAML
rules_dir: $fixture
rules_id: cchc-2022
rule_sets: [cchc-2022, cchc-2023]
state_dir: $tmp/state
pipelines_dir: $src/pipelines
YAML
"$bin" show-config --config "$tmp/kc.yaml" | grep -q '^rule_sets: cchc-2022, cchc-2023 ' || fail "show-config: no rule_sets line"

"$bin" ingest "$tmp/in" --config "$tmp/kc.yaml" --as-of 2023-02-01 >"$tmp/ingest.out" 2>&1 ||
    { rc=$?; [ "$rc" -eq 3 ] || { cat "$tmp/ingest.out" >&2; fail "ingest exited $rc"; }; }
rc=0; "$bin" index --config "$tmp/kc.yaml" --as-of 2023-02-01 --format json >"$tmp/index.json" 2>"$tmp/index.err" || rc=$?
[ "$rc" -eq 0 ] || [ "$rc" -eq 3 ] || fail "index exited $rc: $(cat "$tmp/index.err")"

"$py" - "$tmp/index.json" <<'PY' || fail "routing is not in the index as expected"
import json, sys
idx = json.load(open(sys.argv[1]))
by_file = {s["file"]: s for s in idx["submissions"]}
want = {
    "a-ke-hoach-2023.txt": "cchc-2023",        # about 2023
    "b-ke-hoach-2022.txt": "cchc-2022",        # about 2022
    "c-bao-cao-van-thu-2022.txt": "cchc-2023", # about 2022, but asked for by the 2023 rules only
    "d-ke-hoach-2030.txt": "cchc-2022",        # no rule set for 2030 nor for the year of receipt
}
for f, rules in want.items():
    assert f in by_file, (f, sorted(by_file))
    assert by_file[f]["rules"] == rules, (f, by_file[f]["rules"], rules)
codes = lambda s: [r["code"] for r in s["reasons"]]
assert "RULE_SET_FALLBACK" in codes(by_file["d-ke-hoach-2030.txt"]), by_file["d-ke-hoach-2030.txt"]
for f in ("a-ke-hoach-2023.txt", "b-ke-hoach-2022.txt", "c-bao-cao-van-thu-2022.txt"):
    assert "RULE_SET_FALLBACK" not in codes(by_file[f]), f
# classified against the rule set it was routed to: the 2023 report is 1.2/sp1, a product only cchc-2023 has
docs = {d["path_in_archive"]: d for d in idx["documents"]}
c = docs["c-bao-cao-van-thu-2022.txt"]
assert (c.get("classification") or {}).get("product") == "1.2/sp1", c.get("classification")
PY

# Each submission is judged with the rule set it was routed to (index and nightly):
# the 2023 plan is on time for cchc-2023's 1.1/sp1 (due 05/01/2023), the 2022 report on
# văn thư is 2023's 1.2/sp1; `rule_sets[]` gives each rule set's own submissions and totals.
"$py" - "$tmp/index.json" <<'PY' || fail "submissions are not judged with their routed rule set"
import json, sys
idx = json.load(open(sys.argv[1]))
docs = {d["path_in_archive"]: d for d in idx["documents"]}
sets = {r["id"]: r for r in idx["rule_sets"]}
assert [r["id"] for r in idx["rule_sets"]] == ["cchc-2022", "cchc-2023"], [r["id"] for r in idx["rule_sets"]]
assert sets["cchc-2022"]["submissions"] == 2 and sets["cchc-2023"]["submissions"] == 2, \
    {k: v["submissions"] for k, v in sets.items()}
assert idx["units"] == sets["cchc-2022"]["units"], "top-level units are the configured rule set's"
codes = lambda d: {r["code"] for r in d["reasons"]}
a = docs["a-ke-hoach-2023.txt"]
assert not codes(a) & {"LATE_DOCUMENT_DATE", "WRONG_PERIOD"}, codes(a)  # judged by 2022's rules it would be both
def evidence(rs, product):
    return {e["document"] for u in rs["units"] for c in u["criteria"] for p in c["products"] if p["id"] == product
            for e in p["evidence"]}
assert a["id"] in evidence(sets["cchc-2023"], "1.1/sp1")
assert a["id"] not in evidence(sets["cchc-2022"], "1.1/sp1")
assert docs["b-ke-hoach-2022.txt"]["id"] in evidence(sets["cchc-2022"], "1.1/sp1")
assert docs["c-bao-cao-van-thu-2022.txt"]["id"] in evidence(sets["cchc-2023"], "1.2/sp1")
assert all(u["points_max"] == 2 for u in sets["cchc-2023"]["units"]), [u["points_max"] for u in sets["cchc-2023"]["units"]]
PY
# index.csv is the configured rule set's; each other routed rule set has its rows in index.<id>.csv.
"$py" - "$tmp/state/index.csv" "$tmp/state/index.cchc-2023.csv" "$tmp/index.json" <<'PY' || fail "index.<rule set>.csv"
import csv, io, json, sys
def rows(p):
    b = open(p, "rb").read()
    assert b.startswith(b"\xef\xbb\xbf"), p
    return list(csv.DictReader(io.StringIO(b[3:].decode("utf-8"), newline="")))
main, other, idx = rows(sys.argv[1]), rows(sys.argv[2]), json.load(open(sys.argv[3]))
assert open(sys.argv[1], "rb").readline() == open(sys.argv[2], "rb").readline(), "same header"
sets = {r["id"]: r for r in idx["rule_sets"]}
def pairs(units): return {(u["unit"], c["code"], p["id"]) for u in units for c in u["criteria"] for p in c["products"]}
assert {(r["unit"], r["criterion"], r["product"]) for r in other if r["product"]} == pairs(sets["cchc-2023"]["units"])
assert {(r["unit"], r["criterion"], r["product"]) for r in main if r["product"]} == pairs(sets["cchc-2022"]["units"])
c = next(d for d in idx["documents"] if d["path_in_archive"] == "c-bao-cao-van-thu-2022.txt")
assert any(c["id"] in r["evidence_documents"] for r in other if r["product"] == "1.2/sp1"), "2023's evidence in its csv"
assert not any(c["id"] in r["evidence_documents"] for r in main), "not in the configured set's csv"
PY
# --rules stays an explicit override: everything judged with that one rule set.
rc=0; "$bin" index --config "$tmp/kc.yaml" --rules cchc-2022 --as-of 2023-02-01 --format json >"$tmp/forced.json" 2>/dev/null || rc=$?
[ "$rc" -eq 0 ] || [ "$rc" -eq 3 ] || fail "index --rules exited $rc"
"$py" - "$tmp/forced.json" <<'PY' || fail "--rules did not override the routing"
import json, sys
idx = json.load(open(sys.argv[1]))
assert [(r["id"], r["submissions"]) for r in idx["rule_sets"]] == [("cchc-2022", 4)], idx["rule_sets"]
a = next(d for d in idx["documents"] if d["path_in_archive"] == "a-ke-hoach-2023.txt")
assert {r["code"] for r in a["reasons"]} & {"LATE_DOCUMENT_DATE", "WRONG_PERIOD"}, a["reasons"]
PY
# nightly judges the same way: its dated index is the `index` output of that day.
rc=0; "$bin" nightly --config "$tmp/kc.yaml" --as-of 2023-02-01 >"$tmp/nightly.out" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || [ "$rc" -eq 3 ] || { cat "$tmp/nightly.out" >&2; fail "nightly exited $rc"; }
cmp -s "$tmp/state/nightly/2023-02-01/index.json" "$tmp/index.json" || fail "nightly's index differs from index's"
"$py" - "$tmp/state/catalog.sqlite" <<'PY' || fail "the nightly snapshot lacks the routed rule set's products"
import sqlite3, sys
v = sqlite3.connect(sys.argv[1]).execute("SELECT value FROM meta WHERE key = 'nightly.last'").fetchone()[0]
assert '"product cchc-2023:1.2/sp1"' in v, v[:300]
PY
# What the agency still owes covers the routed rule set too (nightly summary and digest), each entry naming it.
"$py" - "$tmp/state/nightly/2023-02-01.json" "$tmp/state/nightly/2023-02-01/digest/phong-noi-vu.json" \
    "$tmp/state/nightly/2023-02-01/digest/phong-noi-vu.txt" <<'PY' || fail "owed under the routed rule set"
import json, sys
summary, digest, text = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), open(sys.argv[3]).read()
owed = {(w["product"], w.get("rule_set")) for w in summary["owed"]["phong-noi-vu"]}
assert ("1.2/sp1", "cchc-2023") in owed and ("1.1/sp1", None) in owed, owed
owes = {(w["product"], w.get("rule_set")) for w in digest["owes"]}
assert owes == owed, (owes, owed)
assert "1.2/sp1 (cchc-2023)" in text, text
PY

# Without rule_sets every submission stays with rules_id.
cat >"$tmp/one.yaml" <<YAML
rules_dir: $fixture
rules_id: cchc-2022
state_dir: $tmp/state-one
pipelines_dir: $src/pipelines
YAML
"$bin" ingest "$tmp/in" --config "$tmp/one.yaml" --as-of 2023-02-01 >/dev/null 2>&1 || true
"$bin" index --config "$tmp/one.yaml" --as-of 2023-02-01 --format json >"$tmp/one.json" 2>/dev/null || true
"$py" - "$tmp/one.json" <<'PY' || fail "without rule_sets a submission was routed"
import json, sys
idx = json.load(open(sys.argv[1]))
assert len(idx["submissions"]) == 4, len(idx["submissions"])
assert {s["rules"] for s in idx["submissions"]} == {"cchc-2022"}, [s["rules"] for s in idx["submissions"]]
assert not any(r["code"] == "RULE_SET_FALLBACK" for s in idx["submissions"] for r in s["reasons"])
PY
echo "rules_routing_test: OK"
