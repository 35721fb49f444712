#!/usr/bin/env bash
# The per-submission reports in a real browser (issue 9, "Tests in a real browser"):
# ingest Phòng Tư pháp's zip of sample_evidence, then Debian's chromium, headless, reads
# outbox/<unit>/<submission>.report.html from the disk:
#   - the rendered DOM keeps the Vietnamese text (unit name from the registry, a file
#     name with diacritics, a reason message, its fix hint, a deadline), and the
#     personal identifiers of the sample stay masked;
#   - a screenshot (A4 at 150 dpi: 1240x1754) and a PDF print are saved as artifacts
#     under $KC_ARTIFACT_DIR (ctest: <build>/artifacts/browser);
#   - the print is A4 (595x842 pt), has the expected number of pages, and its text
#     (pdftotext) still says who sent what;
#   - the file refers to nothing outside itself (no http:, no src=, no script, no link);
#   - the nightly run rewrites the reports for its day, and --lang en puts English first.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=${KC_SOURCE_DIR:-$(cd "$here/../.." && pwd)}
bin=${KC_BINARY:-$src/build/kiemchung}
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
art=${KC_ARTIFACT_DIR:-$PWD/artifacts/browser}

fail() { echo "FAIL: $*" >&2; exit 1; }
[ -x "$bin" ] || fail "binary not found: $bin (set KC_BINARY or build build/kiemchung)"
browser=$(command -v chromium || true)
[ -n "$browser" ] || fail "chromium is not installed (scripts/packages.sh KC_TEST_PACKAGES; apt-get install chromium)"
command -v pdfinfo >/dev/null || fail "pdfinfo is not installed (poppler-utils)"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$art"
state=$tmp/state

cd "$src"  # rules/ and pipelines/ relative to the working directory
rc=0
# Phòng Tư pháp's zip only (the others add nothing to its report and cost OCR time).
"$bin" ingest sample_evidence/phong-tu-phap/nop-2022-11-20.zip --unit phong-tu-phap --state "$state" \
    --as-of 2022-11-30 --trust tests/fixtures/pki/trust >"$tmp/ingest.out" 2>"$tmp/ingest.err" || rc=$?
[ "$rc" -eq 0 ] || { cat "$tmp/ingest.out" "$tmp/ingest.err" >&2; fail "ingest exited $rc"; }

# Phòng Tư pháp's submission: rejected files with reasons, names with diacritics, personal data.
report=$(ls "$state"/outbox/phong-tu-phap/*.report.html | head -1)
[ -s "$report" ] || fail "no report for phong-tu-phap in $state/outbox"
[ -s "${report%.html}.json" ] || fail "no JSON beside $report"

chrome() {  # its own profile: other tests may run chromium at the same time
    timeout 60 "$browser" --headless=new --no-sandbox --disable-gpu --no-first-run --disable-extensions \
        --user-data-dir="$tmp/profile" "$@" 2>>"$tmp/chromium.err"
}

# ---- no external reference: readable offline ------------------------------------------
if grep -Eno 'https?:|src=|<script|<link|@import|url\(|<iframe|<object' "$report" >"$tmp/ext"; then
    cat "$tmp/ext" >&2
    fail "the report refers to something outside itself"
fi

# ---- one headless run: the rendered DOM, a screenshot and the print ---------------------------
# (one browser start instead of three: each costs seconds on a loaded machine)
rm -f "$art/report.png" "$art/report.pdf"
chrome --hide-scrollbars --window-size=1240,1754 --dump-dom --screenshot="$art/report.png" \
    --print-to-pdf="$art/report.pdf" --no-pdf-header-footer "file://$report" >"$tmp/dom.html" ||
    { cat "$tmp/chromium.err" >&2; fail "chromium (dump-dom, screenshot, print-to-pdf) failed"; }

# ---- the rendered DOM ------------------------------------------------------------------
[ -s "$tmp/dom.html" ] || fail "empty DOM"
expect() {  # $1: what, $2: text that must be in the DOM
    grep -qF -- "$2" "$tmp/dom.html" || fail "rendered DOM lacks $1: '$2'"
}
expect "the title" "Kết quả kiểm tra tài liệu kiểm chứng"
expect "the unit name from the registry" "Phòng Tư pháp"
expect "a file name with diacritics" "TC 2.1.1/Kế hoạch theo dõi THPL 2022.pdf"
expect "a reason message" "Văn bản chưa được ký số"
expect "its fix hint" "Ký số văn bản qua hệ thống quản lý văn bản và gửi lại bản đã ký"
expect "the received time (UTC+7)" "Thời điểm nhận (giờ Việt Nam, UTC+7)"
expect "the provisional points" "Điểm tạm tính"
expect "a deadline in dd/mm/yyyy" "Hạn: 15/01/2022"
expect "the owed section" "Tài liệu đơn vị còn phải nộp (theo hạn)"
expect "a status as a symbol and words" "✘ Không đạt"
expect "the English text under it" "Evidence check result"
if grep -Eq '00123456780[1-4]' "$tmp/dom.html"; then fail "a CCCD of the sample is unmasked in the DOM"; fi
# The DOM is what the file says: the decoded text came through as UTF-8 NFC (no mojibake).
if grep -q 'Ã' "$tmp/dom.html"; then fail "mojibake (UTF-8 read as Latin-1) in the rendered DOM"; fi

# ---- screenshot and print ----------------------------------------------------------------
[ -s "$art/report.png" ] || fail "no screenshot"
[ "$(head -c 8 "$art/report.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "the screenshot is not a PNG"

[ -s "$art/report.pdf" ] || fail "no PDF print"
pdfinfo "$art/report.pdf" >"$tmp/pdfinfo"
pages=$(awk '/^Pages:/ {print $2}' "$tmp/pdfinfo")
size=$(awk -F': *' '/^Page size:/ {print $2}' "$tmp/pdfinfo")
# A4 is 595.276 x 841.89 pt; chromium writes 594.96 x 841.92.
echo "$size" | grep -Eq '^59[45](\.[0-9]+)? x 84[12](\.[0-9]+)? pts' || fail "print page size '$size', want A4 (595x842 pts)"
# 6 files with reasons, hints and deadlines + what the unit owes: 5 A4 pages here; 2..6 leaves room
# for other fonts, and still catches a print that does not paginate (1) or runs away (a row per page).
[ "$pages" -ge 2 ] && [ "$pages" -le 6 ] || fail "print has $pages pages, want 2..6"
pdftotext -layout "$art/report.pdf" "$tmp/print.txt"
grep -qF "Phòng Tư pháp" "$tmp/print.txt" || fail "the print lacks the unit name (fonts without Vietnamese?)"
grep -qF "Không đạt" "$tmp/print.txt" || fail "the print lacks the verdict words"
# The files table's header row is repeated on every page the table runs onto.
"${PYTHON:-/usr/bin/python3}" - "$art/report.pdf" "$tmp" <<'PY' || fail "the files table header is not repeated on each page of the table"
import subprocess, sys
pdf, tmp = sys.argv[1], sys.argv[2]
pages = int(next(l.split()[1] for l in subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout.splitlines() if l.startswith("Pages:")))
text = [subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), pdf, "-"], capture_output=True, text=True).stdout for p in range(1, pages + 1)]
start = next(i for i, t in enumerate(text) if "Danh sách tệp" in t)
end = next(i for i, t in enumerate(text) if "Tài liệu đơn vị còn phải nộp" in t)
for i in range(start + 1, end + 1):
    before = text[i].split("Tài liệu đơn vị còn phải nộp")[0] if i == end else text[i]
    if before.strip():  # the files table runs onto this page
        assert "Tên tệp" in before, f"page {i + 1}: rows without the 'Tên tệp' header row"
print(f"files table on pages {start + 1}..{end + 1}")
PY

# ---- the nightly run rewrites it for its day; English first on request ------------------------
rc=0
"$bin" nightly --state "$state" --as-of 2022-12-01 --trust tests/fixtures/pki/trust --lang en \
    >"$tmp/nightly.out" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || [ "$rc" -eq 3 ] || { cat "$tmp/nightly.out" >&2; fail "nightly exited $rc"; }
# (the file, not a 4th browser run: the DOM checks above cover the rendering)
grep -qF '<html lang="en">' "$report" || fail "nightly --lang en: the report is not English-first"
grep -qF "As of 01/12/2022" "$report" || fail "nightly did not date the report 01/12/2022"
grep -qF "Văn bản chưa được ký số" "$report" || fail "the English report lost the Vietnamese text"
[ "$(grep -o '"as_of": *"[0-9-]*"' "${report%.html}.json" | head -1 | grep -o '[0-9-]\{10\}')" = 2022-12-01 ] ||
    fail "nightly did not rewrite the JSON report for 2022-12-01"
rc=0
"$bin" nightly --state "$state" --as-of 2022-12-01 --lang fr >/dev/null 2>&1 || rc=$?
[ "$rc" -eq 2 ] || fail "--lang fr: exit $rc, want 2"

echo "report_browser_test: ok ($pages pages; artifacts in $art)"
