#!/usr/bin/env bash
# Issue 11 end to end on the sample evidence: `dossier` writes one folder per
# criterion with the accepted evidence as the original bytes, a note where only
# some pages apply, the XLSX/DOCX table (read back by LibreOffice headless, an
# independent reader), a manifest every file verifies against, and a zip that
# lists every file; signatures of the exported PDFs verify exactly as before
# export; an officer's explanation (facts) is in the regenerated table; the
# province's appraisal (CSV, then XLSX) lands in the index with the difference per
# criterion and group, keeps its history, and `appraisal report` lists the
# criteria where points were lost with the evidence submitted for them.
set -euo pipefail

. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # here, src, bin, py

fail() { echo "FAIL: $*" >&2; exit 1; }
[ -x "$bin" ] || fail "binary not found: $bin"
command -v soffice >/dev/null || fail "soffice not installed (scripts/packages.sh: libreoffice-calc-nogui libreoffice-writer-nogui)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
state=$tmp/state
cd "$src"
common=(--state "$state" --as-of 2022-11-30 --trust tests/fixtures/pki/trust)
fcommon=(--state "$state" --as-of 2022-11-30)  # `facts` takes no --trust

"$bin" ingest sample_evidence "${common[@]}" >"$tmp/ingest.out" 2>&1 || { cat "$tmp/ingest.out" >&2; fail "ingest"; }
"$bin" index "${common[@]}" --format json >"$tmp/before.json"

# The accepted 45/BC-UBND report: only page 1 applies (a note), and an officer's explanation for 2.1.1.
bc=$("$py" -c 'import json,sys; d=json.load(open(sys.argv[1])); print(next(x["id"] for x in d["documents"] if x["header"].get("number")=="45" and x["verdict"]=="accepted"))' "$tmp/before.json")
"$bin" facts set pages "$bc" 1 --by "Nguyễn Văn A" "${fcommon[@]}" >/dev/null
rc=0; "$bin" facts set pages "$bc" "trang 1" --by X "${fcommon[@]}" >/dev/null 2>&1 || rc=$?
[ "$rc" -eq 2 ] || fail "pages that are not page numbers should be refused (got $rc)"
"$bin" facts set explanation 2.1.1 "Kế hoạch ban hành chậm 5 ngày do chờ ý kiến Sở Tư pháp; đã khắc phục." \
    --by "Nguyễn Văn A" "${fcommon[@]}" >/dev/null

out=$tmp/out/ho-so
"$bin" dossier "${common[@]}" --out "$out" >"$tmp/dossier.out" 2>&1 || { cat "$tmp/dossier.out" >&2; fail "dossier"; }
[ -f "$out.zip" ] || fail "no zip beside the dossier"
ls -a "$tmp/out" | grep -q '\.tmp' && fail "a temp folder was left behind"

# Original bytes: every evidence file is the blob it came from, under the Windows-safe name.
kh="$out/1.1.1/1.1.1 - 191-KH-UBND - Cải cách hành chính năm 2022.pdf"
[ -f "$kh" ] || { find "$out" -type f >&2; fail "1.1.1 evidence not named '<code> - <số ký hiệu> - <trích yếu>.pdf'"; }
"$py" - "$out" "$state" "$tmp/before.json" <<'PY' || fail "dossier folders are not the accepted evidence, byte for byte"
import hashlib, json, os, re, sys
out, state, idx = sys.argv[1], sys.argv[2], json.load(open(sys.argv[3]))
accepted = {}
for u in idx["units"]:
    for c in u["criteria"]:
        for p in c["products"]:
            for e in p["evidence"]:
                if e["status"] == "accepted":
                    accepted.setdefault(c["code"], set()).add(e["sha256"])
assert accepted, "the sample has accepted evidence"
for code, shas in accepted.items():
    folder = os.path.join(out, code)
    files = [f for f in os.listdir(folder) if not f.endswith(".txt")]
    got = {hashlib.sha256(open(os.path.join(folder, f), "rb").read()).hexdigest() for f in files}
    assert got == shas, (code, got, shas)
    for f in files:
        assert not re.search(r'[<>:"/\\|?*]', f) and not f.endswith((".", " ")), f
        assert f.startswith(code + " - "), f
        sha = hashlib.sha256(open(os.path.join(folder, f), "rb").read()).hexdigest()
        blob = os.path.join(state, "blobs", sha[:2], sha)
        assert open(blob, "rb").read() == open(os.path.join(folder, f), "rb").read(), f
import glob
notes = glob.glob(os.path.join(out, "*", "*Ghi chú trang.txt"))
assert len(notes) == 1, notes
note = open(notes[0], encoding="utf-8").read()
assert "chỉ áp dụng các trang 1" in note and "45/BC-UBND" in note, note
g = open(os.path.join(out, "2.1.1", "Giải trình.txt"), encoding="utf-8").read()
assert "chậm 5 ngày do chờ ý kiến Sở Tư pháp" in g, g
PY

# Manifest: sha256sum -c over every file, and every file is in it.
(cd "$out" && sha256sum --quiet -c MANIFEST.sha256) || fail "a dossier file does not verify against the manifest"
(cd "$out" && find . -type f ! -name MANIFEST.sha256 | sed 's|^\./||' | sort) >"$tmp/files"
cut -c67- "$out/MANIFEST.sha256" | sort >"$tmp/manifest.files"
cmp -s "$tmp/files" "$tmp/manifest.files" || { diff "$tmp/files" "$tmp/manifest.files" >&2; fail "manifest does not list every file"; }
# Zip: lists every file (and the manifest) under the dossier's folder name; bytes equal.
unzip -Z1 "$out.zip" | sort >"$tmp/zip.files"
(sed 's|^|ho-so/|' "$tmp/files"; echo ho-so/MANIFEST.sha256) | sort >"$tmp/want.files"
cmp -s "$tmp/zip.files" "$tmp/want.files" || { diff "$tmp/zip.files" "$tmp/want.files" >&2; fail "zip does not list every file"; }
mkdir "$tmp/unz" && (cd "$tmp/unz" && unzip -q "$out.zip") && (cd "$tmp/unz/ho-so" && sha256sum --quiet -c MANIFEST.sha256) ||
    fail "the zip's files do not verify against the manifest"

# Signatures verify exactly as before export: the original from the sample zip and the exported copy.
unzip -p sample_evidence/phong-noi-vu/nop-lan-1-2022-01-04.zip "TC 1.1.1/191-KH-UBND Ke hoach CCHC 2022.pdf" >"$tmp/orig.pdf"
sig() { "$bin" verify-signature "$1" --trust tests/fixtures/pki/trust --as-of 2022-11-30 --format json >"$2" || true; }
sig "$tmp/orig.pdf" "$tmp/sig.orig.json"
sig "$kh" "$tmp/sig.export.json"
"$py" - "$tmp/sig.orig.json" "$tmp/sig.export.json" <<'PY' || fail "signature verdicts differ after export"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
def strip(x):
    if isinstance(x, dict): return {k: strip(v) for k, v in x.items() if k not in ("file", "path")}
    if isinstance(x, list): return [strip(v) for v in x]
    return x
assert strip(a) == strip(b), (a, b)
assert "valid" in json.dumps(a), a
PY

# The table through an independent reader: LibreOffice opens both files and writes them
# as HTML in one run (HTML export exists for Calc and Writer alike; copies with distinct
# names, as both become .html); the cells' text is then checked.
mkdir "$tmp/lo-in"
cp "$out/Bảng tự chấm điểm.xlsx" "$tmp/lo-in/bang.xlsx"
cp "$out/Bảng tự chấm điểm.docx" "$tmp/lo-in/bang-word.docx"
HOME=$tmp soffice -env:UserInstallation="file://$tmp/lo-profile" --headless --convert-to html --outdir "$tmp/lo" \
    "$tmp/lo-in/bang.xlsx" "$tmp/lo-in/bang-word.docx" >"$tmp/lo.log" 2>&1 || { cat "$tmp/lo.log" >&2; fail "soffice"; }
"$py" - "$tmp/lo/bang.html" "$tmp/lo/bang-word.html" "$tmp/before.json" <<'PY' || fail "LibreOffice does not read the expected table"
import html, json, re, sys
u = json.load(open(sys.argv[3]))["units"][0]
crit = {c["code"]: c for c in u["criteria"]}
def fmt(v): return ("%.3f" % v).rstrip("0").rstrip(".")
for path in sys.argv[1:3]:
    raw = open(path, encoding="utf-8").read()
    body = raw[raw.find("<body"):]
    text = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", body)))
    for want in ["Mã tiêu chí", "Điểm tự chấm", "Giải trình", "1.1.1", "Ban hành kế hoạch CCHC", "191/KH-UBND ngày 30/12/2021",
                 "Kế hoạch ban hành chậm 5 ngày do chờ ý kiến Sở Tư pháp; đã khắc phục.", "Tổng cộng"]:
        assert want in text, (path, want, text[:2000])
    # the row of 1.1.1: code, title, maximum, self-score in that order
    row = "1.1.1 Ban hành kế hoạch CCHC %s %s" % (fmt(crit["1.1.1"]["points_max"]), fmt(crit["1.1.1"]["points_provisional"]))
    assert row in text, (path, row)
    total = "Tổng cộng %s %s" % (fmt(u["points_max"]), fmt(u["points_provisional"]))
    assert total in text, (path, total)
PY

# The officer changes the explanation; the dossier is regenerated in place.
"$bin" facts set explanation 2.1.1 "Đã giải trình lại: kế hoạch chậm do dịch bệnh." --by "Nguyễn Văn A" "${fcommon[@]}" >/dev/null
"$bin" dossier "${common[@]}" --out "$out" >/dev/null 2>&1 || fail "dossier (regenerated)"
unzip -p "$out/Bảng tự chấm điểm.xlsx" xl/worksheets/sheet1.xml >"$tmp/sheet1.xml"
unzip -p "$out/Bảng tự chấm điểm.docx" word/document.xml >"$tmp/document.xml"
grep -qF "Đã giải trình lại: kế hoạch chậm do dịch bệnh." "$tmp/sheet1.xml" || fail "regenerated XLSX lacks the new explanation"
grep -qF "Đã giải trình lại: kế hoạch chậm do dịch bệnh." "$tmp/document.xml" || fail "regenerated DOCX lacks the new explanation"
grep -qF "chậm 5 ngày" "$tmp/document.xml" && fail "the old explanation is still in the DOCX"
(cd "$out" && sha256sum --quiet -c MANIFEST.sha256) || fail "regenerated dossier does not verify"
# The regenerated zip is the regenerated folder (same manifest), and no temp file is left beside them.
unzip -p "$out.zip" "$(basename "$out")/MANIFEST.sha256" | cmp -s - "$out/MANIFEST.sha256" || fail "zip and folder differ after regeneration"
[ -z "$(find "$(dirname "$out")" -maxdepth 1 -name '.*' \( -name '*.next' -o -name '*.tmp*' \))" ] || fail "temp files left beside the dossier"

# The province's appraisal: CSV first, then an XLSX that supersedes two criteria.
rc=0; printf 'Mã tiêu chí,Điểm thẩm định\n1.1.1,7\n9.9.9,1\n' >"$tmp/bad.csv"
"$bin" appraisal import "$tmp/bad.csv" "${common[@]}" >/dev/null 2>"$tmp/bad.err" || rc=$?
[ "$rc" -eq 3 ] || fail "a bad appraisal file should exit 3 (got $rc)"
grep -q "bad.csv:2:" "$tmp/bad.err" && grep -q "bad.csv:3:" "$tmp/bad.err" || { cat "$tmp/bad.err" >&2; fail "file:line errors"; }
# The file is parsed in a supervised child: a reader that crashes is a reason, nothing imported.
rc=0; printf 'Mã tiêu chí,Điểm thẩm định\n1.1.1,0.5\nKC-FAULT:segv\n' >"$tmp/crash.csv"
KC_ENABLE_FAULT_INJECTION=1 "$bin" appraisal import "$tmp/crash.csv" "${common[@]}" >/dev/null 2>"$tmp/crash.err" || rc=$?
[ "$rc" -eq 3 ] || fail "a crashing appraisal reader should exit 3 (got $rc)"
grep -q "PARSER_CRASHED" "$tmp/crash.err" || { cat "$tmp/crash.err" >&2; fail "the crash's reason code"; }
"$bin" appraisal import docs/appraisal-example.csv --by "Trần Thị B" "${common[@]}" >"$tmp/imp1.out" || fail "import CSV"
! grep -q "superseding" "$tmp/imp1.out" || fail "the crashed import must not have recorded anything"
"$bin" index "${common[@]}" --format json >"$tmp/a1.json"
"$py" -c 'import json, jsonschema, sys
s = json.load(open(sys.argv[2])); jsonschema.validators.validator_for(s)(s).validate(json.load(open(sys.argv[1])))' \
    "$tmp/a1.json" docs/index.schema.json || fail "the index with appraisals does not validate against docs/index.schema.json"
"$bin" appraisal report "${common[@]}" >"$tmp/report1.vi"
"$bin" appraisal report "${common[@]}" --lang en >"$tmp/report1.en"
"$bin" appraisal import docs/appraisal-example.xlsx --by "Trần Thị B" "${common[@]}" >"$tmp/imp2.out" || fail "import XLSX"
grep -q "superseding 2" "$tmp/imp2.out" || { cat "$tmp/imp2.out" >&2; fail "re-import should supersede 2 criteria"; }
"$bin" index "${common[@]}" --format json >"$tmp/a2.json"
"$py" - "$tmp/before.json" "$tmp/a1.json" "$tmp/a2.json" "$state/catalog.sqlite" <<'PY' || fail "appraisal not in the index as expected"
import json, sqlite3, sys
before, a1, a2 = (json.load(open(p)) for p in sys.argv[1:4])
assert all("appraisal" not in c for u in before["units"] for c in u["criteria"]), "no appraisal before import"
def crit(idx): return {c["code"]: c for c in idx["units"][0]["criteria"]}
c1, c2 = crit(a1), crit(a2)
x = c1["1.1.1"]["appraisal"]
assert x["points_appraised"] == 0.25 and x["derived"] is False and x["by"] == "Trần Thị B", x
assert abs(x["difference"] - (0.25 - c1["1.1.1"]["points_provisional"])) < 1e-9, x
assert x["source"] == "appraisal-example.csv" and "sản phẩm" in x["comment"], x
assert c1["2.1.1"]["appraisal"]["points_appraised"] == 0
assert c2["1.3.1"]["appraisal"]["points_appraised"] == 0.25 and "kết luận" in c2["1.3.1"]["appraisal"]["comment"]
y = c2["1.1.1"]["appraisal"]
assert y["points_appraised"] == 0.5 and y["source"] == "appraisal-example.xlsx", y
assert c2["1.2"]["appraisal"]["source"] == "appraisal-example.csv", "criteria not in the new file keep their score"
u = a2["units"][0]
assert "appraisal" in u and u["appraisal"]["complete"] is False, u.get("appraisal")
g1 = u["groups"]["1"]
assert g1["points_appraised"] == 6.5 and abs(g1["difference"] - (6.5 - g1["points_provisional"])) < 1e-9, g1
assert u["appraisal"]["points_appraised"] == 6.5, u["appraisal"]
# group 1 is derived only when all its sub-criteria are appraised; differences are consistent where present
for code, g in u["groups"].items():
    if "points_appraised" in g:
        assert abs(g["difference"] - (g["points_appraised"] - g["points_provisional"])) < 1e-9, (code, g)
db = sqlite3.connect(sys.argv[4])
n = db.execute("SELECT COUNT(*) FROM appraisals").fetchone()[0]
assert n == 7, n  # 5 + 2 rows: the history stays
PY
grep -q "Các tiêu chí bị trừ điểm" "$tmp/report1.vi" || fail "report (vi) heading"
grep -q "Criteria where points were lost" "$tmp/report1.en" || fail "report (en) heading"
grep -q "^  1.1.1 " "$tmp/report1.vi" || { cat "$tmp/report1.vi" >&2; fail "1.1.1 lost points (0.5 → 0.25) and is not listed"; }
grep -q "191/KH-UBND ngày 30/12/2021" "$tmp/report1.vi" || { cat "$tmp/report1.vi" >&2; fail "the evidence submitted for 1.1.1 is not listed"; }
grep -q "Nhận xét của tỉnh: Kế hoạch chưa xác định rõ sản phẩm" "$tmp/report1.vi" || fail "the province's remark is not in the report"
grep -q "191/KH-UBND of 30/12/2021" "$tmp/report1.en" || fail "the English report lists no evidence"
# Every criterion listed lost points by the index, and every one that did is listed.
"$py" - "$tmp/a1.json" "$tmp/report1.vi" <<'PY' || fail "the report's list differs from the index"
import json, re, sys
u = json.load(open(sys.argv[1]))["units"][0]
lost = {c["code"] for c in u["criteria"] if "appraisal" in c and not c["appraisal"]["derived"] and c["appraisal"]["difference"] < 0}
listed = set(re.findall(r"^  (\S+) ", open(sys.argv[2], encoding="utf-8").read().split("Các tiêu chí bị trừ điểm")[1], re.M))
assert lost == listed and "1.1.1" in lost, (lost, listed)
PY
"$bin" appraisal report "${common[@]}" >"$tmp/report2.vi"
grep -q "^  1.1.1 " "$tmp/report2.vi" && fail "1.1.1 was restored to its self-score by the XLSX; it should not be listed"
echo "dossier_test: ok"
