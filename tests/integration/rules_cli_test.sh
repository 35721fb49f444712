#!/usr/bin/env bash
# `kiemchung rules check|show|list` on the real rules/ and on a broken copy:
# warnings exit 0, errors exit 2 with file:line:column, `show` resolves deadlines.
set -euo pipefail

. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # here, src, bin, py

fail() { echo "FAIL: $*" >&2; exit 1; }
[ -x "$bin" ] || fail "binary not found: $bin"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"

# The real rules: clean apart from warnings about the seed itself.
"$bin" rules check >"$tmp/check.out" 2>"$tmp/check.err" || fail "rules check exited $? : $(cat "$tmp/check.err")"
grep -q '^cchc-2022: .* criteria, .* warnings, sha256 [0-9a-f]\{64\} — OK$' "$tmp/check.out" || fail "no OK line"
grep -q 'warning: 1.1.2: threshold: .*trên 95%' "$tmp/check.out" || fail "1.1.2 95%/90% not warned"
grep -q 'warning: 5.6: threshold: .*trên 85%' "$tmp/check.out" || fail "5.6 85%/80% not warned"
grep -q 'warning: 2.1.1/sp1: year: .*15/01/2021' "$tmp/check.out" || fail "2.1.1 year not warned"
grep -q 'warning: 1.4.1/sp3: no deadline' "$tmp/check.out" || fail "1.4.1 sp3 not warned"
grep -q 'legal reference: .*43/2005/NĐ-CP' "$tmp/check.out" || fail "43/2005 not warned"
[ ! -s "$tmp/check.err" ] || fail "stderr not empty: $(cat "$tmp/check.err")"
# DIR may name the rule set's folder.
"$bin" rules check rules/cchc-2022 >"$tmp/check2.out" || fail "rules check rules/cchc-2022 exited $?"
grep -q '^cchc-2022: .* — OK$' "$tmp/check2.out" || fail "rules check DIR: no OK line"

# A broken copy: exit 2, errors with file:line:column.
cp -r rules "$tmp/rules"
sed -i '0,/dates: \[2022-01-05\]/s//dates: [2022-02-30]/' "$tmp/rules/cchc-2022/criteria/group-1.yaml"
rc=0
"$bin" rules check "$tmp/rules" >"$tmp/bad.out" 2>"$tmp/bad.err" || rc=$?
[ "$rc" -eq 2 ] || fail "broken rules: exit $rc, not 2"
grep -Eq "group-1\.yaml:[0-9]+:[0-9]+: 1\.1\.1/sp1: '2022-02-30' không phải ngày có thật viết YYYY-MM-DD / '2022-02-30' is not a real date" "$tmp/bad.err" ||
    fail "no bilingual file:line:column error: $(cat "$tmp/bad.err")"
# A hand-in milestone that names no real day, and a photo judged on a date it cannot carry.
cp -r rules "$tmp/rules2"
sed -i 's/date: 2022-06-30/date: 2022-06-31/; s/photo: exif_date /photo: signing_time /' "$tmp/rules2/cchc-2022/ruleset.yaml"
rc=0
"$bin" rules check "$tmp/rules2" >"$tmp/bad2.out" 2>"$tmp/bad2.err" || rc=$?
[ "$rc" -eq 2 ] || fail "broken hand_in: exit $rc, not 2"
grep -Eq "ruleset\.yaml:[0-9]+:[0-9]+: hand_in: '2022-06-31' không phải ngày có thật .* / hand_in: '2022-06-31' is not a real date" "$tmp/bad2.err" ||
    fail "hand_in date error: $(cat "$tmp/bad2.err")"
grep -Eq "ruleset\.yaml:[0-9]+:[0-9]+: ruleset\.yaml: .* / evidence_dates: a photo carries no digital signature" "$tmp/bad2.err" ||
    fail "evidence_dates error: $(cat "$tmp/bad2.err")"
# Every warning is bilingual: "<category>: <vi> / <en>".
grep 'warning:' "$tmp/check.out" | grep -v ' / ' && fail "a warning without its English half"

# show: the catalogue as loaded, deadlines resolved where they can be.
"$bin" rules show --format json >"$tmp/all.json" || fail "rules show exited $?"
"$bin" rules show 1.3 --format json >"$tmp/one.json" || fail "rules show 1.3 exited $?"
"$py" - "$tmp/all.json" "$tmp/one.json" <<'PY'
import json, sys
full = json.load(open(sys.argv[1]))
one = json.load(open(sys.argv[2]))
assert full["id"] == "cchc-2022" and full["year"] == 2022, full["id"]
codes = [c["code"] for c in full["criteria"]]
assert len(codes) > 100 and codes[0] == "1", len(codes)
groups = {c.split(".")[0] for c in codes}
assert groups == {str(g) for g in range(1, 10)}, groups
prod = {p["id"]: p for c in full["criteria"] for p in c["products"]}
p = prod["1.1.1/sp1"]
assert p["deadline"]["resolved"] and p["deadline"]["due"] == ["2022-01-05"], p["deadline"]
for k in ("quantifier", "lead_agencies", "expected_issuers", "kinds", "period"):
    assert k in p, k
q = prod["1.2.a/sp1"] if "1.2.a/sp1" in prod else None
rel = prod["1.3.2/sp1"]["deadline"]
assert rel["kind"] == "relative" and not rel["resolved"] and rel["due"] == [], rel
assert "1.3.1/sp4" in rel["explanation_en"], rel
assert [c["code"] for c in one["criteria"]][0] == "1.3", one["criteria"][0]["code"]
assert all(c["code"] == "1.3" or c["code"].startswith("1.3.") for c in one["criteria"])
# Hand-in deadlines (seed part III) and the date that counts per kind.
h = full["hand_in"]
assert [(m["id"], m["date"]) for m in h["milestones"]] == [("first-half", "2022-06-30"), ("self-assessment", "2022-11-15")], h
assert h["default"] == "auto" and h["milestones"][0]["seed_line"] == 402, h
assert full["evidence_dates"] == {"default": "document_date", "link": "entered_date", "photo": "exif_date"}, full["evidence_dates"]
assert p["hand_in"]["due"] == "2022-06-30" and p["hand_in"]["source"] == "first-half", p["hand_in"]
assert prod["2.1.3/sp1"]["hand_in"]["due"] == "2022-11-15", prod["2.1.3/sp1"]["hand_in"]
assert prod["3.1.1/sp1"]["hand_in"]["source"] == "product_deadline", prod["3.1.1/sp1"]["hand_in"]
assert prod["1.3.2/sp1"]["hand_in"]["due"] == "2022-11-15", "no due date yet: the dossier"
for q in prod.values():
    assert set(q["evidence_dates"]) == set(q["kinds"]), q["id"]
    if "photo" in q["kinds"]:
        assert q["evidence_dates"]["photo"] == "exif_date", q["id"]
PY
"$bin" rules show 1.3.1/sp4 >"$tmp/p.txt" || fail "rules show PRODUCT exited $?"
grep -q '1.3.1/sp4' "$tmp/p.txt" || fail "product not shown"
grep -q 'nộp nội bộ / hand-in: ' "$tmp/p.txt" || fail "text show: no hand-in line"
grep -q 'ngày tính / date that counts: TB: ngày văn bản' "$tmp/p.txt" || fail "text show: no date-that-counts line"
rc=0; "$bin" rules show 99.9 >/dev/null 2>&1 || rc=$?
[ "$rc" -eq 2 ] || fail "unknown code: exit $rc, not 2"
"$bin" rules list | grep -q '^cchc-2022 \*' || fail "rules list"
echo "rules_cli_test: OK"
