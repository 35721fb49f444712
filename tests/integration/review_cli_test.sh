#!/usr/bin/env bash
# Reviewer decisions through the real binary on a real catalog (issue 8):
# `review accept|reject|reclassify|correct|withdraw|list|--help`. Each decision
# is appended with who/when/why and can never be changed or erased (SQLite
# refuses UPDATE/DELETE); the index shows it beside the automatic verdict and
# judges with it; the nightly run reports it (diff, exit 3 on a lost
# acceptance, digest, submission report); a decision on an unknown document or
# product is a bilingual error, exit 2, and records nothing.
set -euo pipefail

. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # here, src, bin, py

fail() { echo "FAIL: $*" >&2; exit 1; }
[ -x "$bin" ] || fail "binary not found: $bin"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
state=$tmp/state
cd "$src"
common=(--state "$state" --as-of 2022-11-30)
trust=(--trust tests/fixtures/pki/trust)
catalog=$state/catalog.sqlite

"$bin" ingest sample_evidence "${common[@]}" "${trust[@]}" >"$tmp/ingest.out" 2>&1 ||
    { cat "$tmp/ingest.out" >&2; fail "ingest"; }
rc=0; "$bin" nightly "${common[@]}" "${trust[@]}" >"$tmp/n0.out" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || { cat "$tmp/n0.out" >&2; fail "first nightly (nothing to compare with) exited $rc"; }
"$bin" index "${common[@]}" "${trust[@]}" --format json >"$tmp/before.json"

# --help: the command's own usage on stdout, exit 0, every action named, both languages.
"$bin" review --help >"$tmp/help.out" || fail "review --help exited $?"
for w in accept reject reclassify correct withdraw list "--by" "--comment" "Chấp nhận" "forever"; do
    grep -q -- "$w" "$tmp/help.out" || fail "review --help does not mention '$w'"
done

# The documents to decide on, by what sample_evidence/README.md says of them.
ids() {
    "$py" - "$tmp/before.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
def doc(suffix):
    return next(x for x in d["documents"] if x["path_in_archive"].endswith(suffix) and "DUPLICATE" not in [r["code"] for r in x["reasons"]])
a = doc("191-KH-UBND Ke hoach CCHC 2022.pdf")     # accepted
late = doc("Kế hoạch theo dõi THPL 2022.pdf")      # rejected: late
photo = doc("anh-hop-to-dan-pho.jpg")              # needs review, no product
unsigned = doc("Báo cáo theo dõi THPL 2022.pdf")   # rejected: unsigned
tb = doc("Thông báo khảo sát THPL.pdf")            # rejected: wrong kind
assert a["verdict"] == "accepted" and late["verdict"] == "rejected", (a["verdict"], late["verdict"])
print(a["id"], a["classification"]["product"], a["submission"], a["submitted_by"],
      late["id"], photo["id"], unsigned["id"], tb["id"], tb["classification"]["product"])
PY
}
read -r A PA SA UA LATE PHOTO UNSIGNED TB PTB < <(ids) || fail "sample documents not found in the index"
rows() { "$py" -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from decisions").fetchone()[0])' "$catalog"; }
[ "$(rows)" -eq 0 ] || fail "decisions before any review"

# ---- errors: exit 2, bilingual, nothing recorded ---------------------------------
expect_usage() {  # $1: what; rest: review arguments
    local what=$1 rc=0
    shift
    "$bin" review "$@" "${common[@]}" >"$tmp/err.out" 2>"$tmp/err.txt" || rc=$?
    [ "$rc" -eq 2 ] || fail "$what: exit $rc, expected 2"
    [ -s "$tmp/err.txt" ] || fail "$what: no message on stderr"
}
expect_usage "unknown document" reject D-khong-co --by "Trần Thị B" --comment "thử"
grep -q 'Không có tài liệu mã "D-khong-co"' "$tmp/err.txt" || fail "unknown document: no Vietnamese message: $(cat "$tmp/err.txt")"
grep -q 'Unknown document "D-khong-co"' "$tmp/err.txt" || fail "unknown document: no English message"
grep -q 'nothing recorded' "$tmp/err.txt" || fail "unknown document: does not say nothing was recorded"
expect_usage "unknown document (list)" list D-khong-co
grep -q 'Unknown document' "$tmp/err.txt" || fail "review list of an unknown document"
expect_usage "unknown product" reclassify "$PHOTO" --product 9.9.9/sp1 --by "Trần Thị B" --comment "thử"
grep -q 'Không có sản phẩm' "$tmp/err.txt" && grep -q 'Unknown product' "$tmp/err.txt" || fail "unknown product message"
expect_usage "no comment" reject "$A" --by "Trần Thị B"
expect_usage "blank comment" reject "$A" --by "Trần Thị B" --comment "  "
expect_usage "no reviewer" reject "$A" --comment "thiếu người"
expect_usage "reclassify without product" reclassify "$PHOTO" --by X --comment y
expect_usage "correct without field" correct "$LATE" --value 2022-01-14 --by X --comment y
expect_usage "correct of an unknown field" correct "$LATE" --field colour --value red --by X --comment y
expect_usage "correct with a bad date" correct "$LATE" --field date --value 14/01/2022 --by X --comment y
expect_usage "unknown action" approve "$A" --by X --comment y
expect_usage "two documents" reject "$A" "$LATE" --by X --comment y
[ "$(rows)" -eq 0 ] || fail "a refused review recorded something"

# ---- decisions ---------------------------------------------------------------------
review() { "$bin" review "$@" "${common[@]}" >>"$tmp/review.out" || fail "review $* exited $?"; }
review reject "$A" --by "Trần Thị B" --comment "bản chụp mờ, thiếu trang 2"
review correct "$LATE" --field date --value 2022-01-14 --by "Lê Văn C" --comment "OCR đọc nhầm ngày 14 thành 20"
review reclassify "$PHOTO" --product "$PA" --by "Trần Thị B" --comment "ảnh hội nghị triển khai kế hoạch"
review withdraw "$UNSIGNED" --by "Phòng Tư pháp" --comment "nộp nhầm bản chưa ký"
review accept "$TB" --product "$PTB" --by "Trần Thị B" --comment "thông báo kèm phương án khảo sát"
[ "$(grep -c '^Đã ghi / recorded: #' "$tmp/review.out")" -eq 5 ] || fail "each review prints what it recorded"
[ "$(rows)" -eq 5 ] || fail "5 decisions expected in the catalog, found $(rows)"

# Append-only: the catalog refuses to change or erase a decision.
"$py" - "$catalog" <<'PY' || fail "decisions are not append-only with who/when/why"
import re, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for sql in ("update decisions set comment = 'sửa' where seq = 1", "delete from decisions where seq = 1"):
    try:
        db.execute(sql)
        db.commit()
    except sqlite3.DatabaseError as e:
        assert "append-only" in str(e), e
    else:
        sys.exit("allowed: " + sql)
rows = db.execute("select seq, action, author, comment, at from decisions order by seq").fetchall()
assert [r[1] for r in rows] == ["reject", "correct", "reclassify", "withdraw", "accept"], rows
assert rows[0][2] == "Trần Thị B" and rows[0][3] == "bản chụp mờ, thiếu trang 2", rows[0]
for r in rows:
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", r[4]), r
PY

"$bin" review list "${common[@]}" >"$tmp/list.out"
[ "$(wc -l <"$tmp/list.out")" -eq 5 ] || fail "review list: 5 lines expected"
"$bin" review list "$A" "${common[@]}" >"$tmp/list-a.out"
[ "$(wc -l <"$tmp/list-a.out")" -eq 1 ] && grep -q "Trần Thị B" "$tmp/list-a.out" && grep -q "bản chụp mờ" "$tmp/list-a.out" ||
    fail "review list DOCUMENT: $(cat "$tmp/list-a.out")"

# ---- the index judges with them, the automatic verdict beside -----------------------
"$bin" index "${common[@]}" "${trust[@]}" --format json >"$tmp/after.json"
"$bin" index "${common[@]}" "${trust[@]}" --format json >"$tmp/after2.json"
cmp -s "$tmp/after.json" "$tmp/after2.json" || fail "the index with decisions is not reproducible"
"$bin" index "${common[@]}" "${trust[@]}" --format csv >"$tmp/after.csv"
"$py" "$here/check_index.py" json "$tmp/after.json" docs/index.schema.json
"$py" - "$tmp/after.json" "$A" "$PA" "$LATE" "$PHOTO" "$UNSIGNED" "$TB" "$PTB" <<'PY' || fail "the index does not reflect the decisions"
import json, sys
j = json.load(open(sys.argv[1]))
A, PA, LATE, PHOTO, UNSIGNED, TB, PTB = sys.argv[2:]
docs = {d["id"]: d for d in j["documents"]}
codes = lambda rs: [r["code"] for r in rs]
products = {p["id"]: p for u in j["units"] for c in u["criteria"] for p in c["products"]}
evidence = lambda pid: {e["document"]: e["status"] for e in products[pid]["evidence"]}

a = docs[A]
assert a["verdict"] == "rejected" and "REVIEWER_REJECTED" in codes(a["reasons"]), a["reasons"]
assert a["automatic"]["verdict"] == "accepted", a["automatic"]
d = a["decisions"][0]
assert (d["action"], d["by"], d["comment"]) == ("reject", "Trần Thị B", "bản chụp mờ, thiếu trang 2"), d
assert d["at"].endswith("+07:00") and d["seq"] >= 1
rr = next(r for r in a["reasons"] if r["code"] == "REVIEWER_REJECTED")
assert "Trần Thị B" in rr.get("detail", "") and "bản chụp mờ" in rr["detail"], rr
assert evidence(PA)[A] == "rejected"

late = docs[LATE]
assert late["header"]["date"] == "2022-01-14", late["header"]
assert "LATE_DOCUMENT_DATE" not in codes(late["reasons"]), late["reasons"]
assert "LATE_DOCUMENT_DATE" in codes(late["automatic"]["reasons"]), late["automatic"]
assert [(x["action"], x["field"], x["value"]) for x in late["decisions"]] == [("correct", "date", "2022-01-14")]

photo = docs[PHOTO]
assert photo["classification"]["product"] == PA and photo["classification"]["signals"] == ["reviewer"], photo["classification"]
assert PHOTO in evidence(PA), products[PA]["evidence"]
assert photo["automatic"]["product"] != PA

w = docs[UNSIGNED]
assert w["verdict"] == "rejected" and "WITHDRAWN" in codes(w["reasons"]), w["reasons"]
assert all(UNSIGNED not in evidence(p) for p in products), "a withdrawn document is still evidence"

tb = docs[TB]
assert tb["verdict"] == "accepted" and "REVIEWER_ACCEPTED" in codes(tb["reasons"]), tb["reasons"]
assert tb["automatic"]["verdict"] == "rejected" and "WRONG_DOCUMENT_KIND" in codes(tb["automatic"]["reasons"])
assert evidence(PTB)[TB] == "accepted" and products[PTB]["status"] in ("accepted", "partial"), products[PTB]

undecided = [d for d in j["documents"] if d["id"] not in (A, LATE, PHOTO, UNSIGNED, TB)]
assert all(d["decisions"] == [] and "automatic" not in d for d in undecided)
assert "D-khong-co" not in json.dumps(j)
PY
grep -q "$A:rejected" "$tmp/after.csv" || fail "index.csv: $A is not rejected"
grep -q "$TB:accepted" "$tmp/after.csv" || fail "index.csv: $TB is not accepted"

# ---- the nightly run reports them ---------------------------------------------------
rc=0; "$bin" nightly "${common[@]}" "${trust[@]}" >"$tmp/n1.out" 2>&1 || rc=$?
[ "$rc" -eq 3 ] || { cat "$tmp/n1.out" >&2; fail "nightly after a rejection of an accepted document should exit 3 (got $rc)"; }
grep -q "! document $A: accepted → rejected" "$tmp/n1.out" || fail "nightly output does not flag $A"
night=$state/nightly/2022-11-30
cmp -s "$night/index.json" "$tmp/after.json" || fail "nightly's index differs from 'index'"
"$py" - "$night" "$A" "$TB" "$PTB" "$UA" <<'PY' || fail "nightly files do not reflect the decisions"
import json, os, sys
night, A, TB, PTB, UA = sys.argv[1:]
diff = json.load(open(night + "/diff.json"))
assert diff["regression"] is True
changed = {(c["kind"], c["id"]): (c["before"], c["after"]) for c in diff["changed"]}
assert changed[("document", A)] == ("accepted", "rejected"), changed
assert changed[("document", TB)] == ("rejected", "accepted"), changed
assert any(c["id"] == TB for c in diff["newly_accepted"]), diff["newly_accepted"]
summary = json.load(open(night + ".json"))
assert any(c["id"] == A and c["regression"] for c in summary["changes"])
digest = night + "/digest/" + UA + ".json"
if os.path.exists(digest):  # the submitter leads products: its digest lists the rejection and why
    g = json.load(open(digest))
    r = next(x for x in g["rejected"] if x["document"] == A)
    assert "REVIEWER_REJECTED" in [x["code"] for x in r["reasons"]], r
PY
report=$state/outbox/$UA/$SA.report.html
[ -s "$report" ] || fail "no submission report $report"
grep -q "Trần Thị B" "$report" && grep -q "bản chụp mờ" "$report" || fail "the submission report does not show the decision"

# ---- nothing is erased: a later decision adds a row, the first stays ----------------
review accept "$A" --by "Nguyễn Văn A" --comment "đã nhận bản rõ"
"$bin" index "${common[@]}" "${trust[@]}" --format json >"$tmp/later.json"
"$py" - "$tmp/later.json" "$A" <<'PY' || fail "a later decision should add to the history"
import json, sys
j = json.load(open(sys.argv[1]))
a = next(d for d in j["documents"] if d["id"] == sys.argv[2])
assert [d["action"] for d in a["decisions"]] == ["reject", "accept"], a["decisions"]
assert a["decisions"][0]["comment"] == "bản chụp mờ, thiếu trang 2"
assert a["verdict"] == "accepted" and "REVIEWER_ACCEPTED" in [r["code"] for r in a["reasons"]]
PY
rc=0; "$bin" nightly "${common[@]}" "${trust[@]}" >"$tmp/n2.out" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || { cat "$tmp/n2.out" >&2; fail "nightly after the re-acceptance should exit 0 (got $rc)"; }
"$py" -c 'import json,sys; d=json.load(open(sys.argv[1])); assert any(c["id"]==sys.argv[2] for c in d["newly_accepted"]), d' \
    "$state/nightly/2022-11-30/diff.json" "$A" || fail "nightly: $A not newly accepted"
[ "$(rows)" -eq 6 ] || fail "6 decisions expected"
echo "review_cli_test: ok"
