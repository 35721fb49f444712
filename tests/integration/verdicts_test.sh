#!/usr/bin/env bash
# Issue 8 end to end on the sample evidence: facts and reviewer decisions land
# in the catalog and the index; the index is byte-identical for the same
# state, rules, trust dir and as-of (twice, and as written by `nightly` into
# its dated folder); the rule set's hash does not move with facts; the dated
# nightly folder holds index, diff and digests; `fsck` finds a corrupt blob
# and an orphan (exit 3) and is clean otherwise (exit 0).
set -euo pipefail

. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # here, src, bin, py

fail() { echo "FAIL: $*" >&2; exit 1; }
[ -x "$bin" ] || fail "binary not found: $bin"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
state=$tmp/state
cd "$src"
common=(--state "$state" --as-of 2022-11-30)

"$bin" ingest sample_evidence "${common[@]}" --trust tests/fixtures/pki/trust >"$tmp/ingest.out" 2>&1 ||
    { cat "$tmp/ingest.out" >&2; fail "ingest"; }

trust=(--trust tests/fixtures/pki/trust)
index() { "$bin" index "${common[@]}" "${trust[@]}" --format json >"$1"; }
index "$tmp/a.json"
index "$tmp/b.json"
cmp -s "$tmp/a.json" "$tmp/b.json" || fail "two index runs of the same state differ"

doc=$("$py" -c 'import json,sys; d=json.load(open(sys.argv[1])); print(next(x["id"] for x in d["documents"] if x["verdict"]!="refused"))' "$tmp/a.json")
"$bin" facts set metric 1.1.2 93.62 --document "$doc" --by "Nguyễn Văn A" --comment "theo báo cáo" "${common[@]}" >/dev/null
"$bin" facts set not_arising 1.3 --by "Nguyễn Văn A" --comment "không có đoàn kiểm tra" "${common[@]}" >/dev/null
"$bin" facts set event 1.3.1/sp4 2022-06-20 --by "Nguyễn Văn A" "${common[@]}" >/dev/null
"$bin" facts set event nothing 2022-01-01 --by "Nguyễn Văn A" "${common[@]}" >/dev/null
"$bin" facts unset event nothing --by "Nguyễn Văn A" --comment "nhập nhầm" "${common[@]}" >/dev/null
"$bin" review reject "$doc" --by "Trần Thị B" --comment "bản chụp mờ" "${common[@]}" >/dev/null
rc=0; "$bin" review accept "$doc" --by "Trần Thị B" "${common[@]}" >/dev/null 2>&1 || rc=$?
[ "$rc" -eq 2 ] || fail "review without --comment should be a usage error (got $rc)"
rc=0; "$bin" facts set metric 9.9.9 1 --by X "${common[@]}" >/dev/null 2>&1 || rc=$?
[ "$rc" -eq 2 ] || fail "a fact for an unknown criterion should be refused (got $rc)"
[ "$("$bin" facts list --all yes "${common[@]}" | wc -l)" -eq 5 ] || fail "facts list --all: every row kept"
[ "$("$bin" facts list "${common[@]}" | wc -l)" -eq 3 ] || fail "facts list: the unset fact is out of force"

index "$tmp/c.json"
index "$tmp/d.json"
cmp -s "$tmp/c.json" "$tmp/d.json" || fail "two index runs with facts and decisions differ"
"$py" - "$tmp/a.json" "$tmp/c.json" "$doc" <<'PY' || fail "facts and decisions are not in the index as expected"
import json, sys
a, c, doc = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), sys.argv[3]
assert a["rules"]["sha256"] == c["rules"]["sha256"], "the rule set's hash moved with facts"
d = next(x for x in c["documents"] if x["id"] == doc)
assert [x["action"] for x in d["decisions"]] == ["reject"], d["decisions"]
assert d["verdict"] == "rejected" and "automatic" in d, d
assert any(r["code"] == "REVIEWER_REJECTED" for r in d["reasons"])
assert all("decisions" in x for x in c["documents"])
u = c["units"][0]
assert u["provisional"] is True and "groups" in u and "points_at_risk" in u
crit = {x["code"]: x for x in u["criteria"]}
assert crit["1.1.2"].get("value") == "93.62", crit["1.1.2"]
assert crit["1.1.2"]["status"] in ("accepted", "rejected"), crit["1.1.2"]["status"]
assert crit["1.3"]["status"] == "not_applicable" and crit["1.3"]["points_max"] == 0, crit["1.3"]
assert u["points_max"] < json.load(open(sys.argv[1]))["units"][0]["points_max"], "not arising leaves the maximum"
assert sorted(f["kind"] for f in c["facts"]) == ["event", "metric", "not_arising"], c["facts"]
PY

rc=0; "$bin" nightly "${common[@]}" "${trust[@]}" >"$tmp/nightly.out" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || [ "$rc" -eq 3 ] || { cat "$tmp/nightly.out" >&2; fail "nightly exited $rc"; }
night=$state/nightly/2022-11-30
for f in index.json diff.json; do [ -s "$night/$f" ] || fail "nightly: $f missing"; done
ls "$night/digest/"*.json >/dev/null 2>&1 || fail "nightly: no digest"
ls "$night/digest/"*.txt >/dev/null 2>&1 || fail "nightly: no text digest"
index "$tmp/e.json"
cmp -s "$night/index.json" "$tmp/e.json" || fail "nightly's index differs from 'index' for the same state and day"
cmp -s "$tmp/c.json" "$tmp/e.json" || fail "a nightly run changed the judged index"
"$py" - "$night" <<'PY' || fail "nightly folder contents"
import json, sys, glob
d = json.load(open(sys.argv[1] + "/diff.json"))
for k in ("newly_missing", "newly_late", "newly_accepted", "changed"):
    assert isinstance(d[k], list), k
g = json.load(open(sorted(glob.glob(sys.argv[1] + "/digest/*.json"))[0]))
for k in ("owes", "due_within_horizon", "rejected"):
    assert isinstance(g[k], list), k
assert g["provisional"] is True and g["horizon_days"] == 14
PY

"$bin" fsck --state "$state" >"$tmp/fsck.out" || fail "fsck of a sound store: $(cat "$tmp/fsck.out")"
blob=$(find "$state/blobs" -type f -not -path "$state/blobs/tmp/*" | sort | head -1)
printf 'x' >>"$blob"
mkdir -p "$state/blobs/ab"
echo orphan >"$state/blobs/ab/$(printf 'ab%062d' 0)"
rc=0; "$bin" fsck --state "$state" >"$tmp/fsck2.out" || rc=$?
[ "$rc" -eq 3 ] || fail "fsck of a damaged store should exit 3 (got $rc)"
grep -q '^corrupt' "$tmp/fsck2.out" || fail "fsck: corrupt blob not reported"
grep -q '^orphaned' "$tmp/fsck2.out" || fail "fsck: orphan not reported"
echo "verdicts_test: ok"
