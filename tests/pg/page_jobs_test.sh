#!/usr/bin/env bash
# tests/pg/page_jobs_test.sh [PAGES] [SLOW_PAGE] — run under tests/pg/pg_cluster.sh (KC_PG_URL set).
# Page-level OCR jobs (queue/page_jobs.h): one drop holding one scanned PDF of PAGES
# pages (default 4; images of typeset Vietnamese text, no text layer) goes through
# three `kiemchung worker` processes. The extract job splits it into one ocr_page job
# per page and an extract_merge job; the record job waits for the merge. Jobs are
# slowed with KC_TEST_JOB_DELAY_MS; the worker that holds the first running ocr_page
# job is SIGKILLed in the middle of it, its lease (2 s) expires and another worker
# takes the page again. SLOW_PAGE (optional, e.g. 3): that page hangs in the OCR child
# (fault injection), so both paths must give it PARSER_TIMEOUT.
# Then: the pages were OCR'd by ≥ 2 workers; every page once (one page cache row and
# one fence key per ocr_page job); the killed page job on its 2nd attempt; one merge,
# one submission; the document's extraction (cache "extract": text, sources, reasons)
# and the index equal what the single-process SQLite path (`kiemchung ingest`) gives.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # here, src, bin, py, q, fail
pages=${1:-4}
slow=${2:-}

work=$(mktemp -d /tmp/kc-page-jobs-XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
export KC_ENABLE_FAULT_INJECTION=1  # only acts on a file carrying a KC-FAULT marker

# The scan: PAGES pages, each one image of a line of text (as tests/integration/page_limits_test.sh).
mkdir -p "$work/drops/phong-noi-vu" "$work/scan"
"$py" - "$work/scan/ban-quet.pdf" "$pages" "$slow" <<'PY'
import io, sys
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas
out, n, slow = sys.argv[1], int(sys.argv[2]), sys.argv[3]
font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 56)
c = canvas.Canvas(out, pagesize=A4)
if slow:
    c.setSubject(f"KC-FAULT:slowpage-{slow};")
for p in range(1, n + 1):
    img = Image.new("L", (1400, 300), 255)  # small: the fault marker must stay in the first 64 KB
    ImageDraw.Draw(img).text((60, 100), f"Trang {p}: Số {100 + p}/KH-UBND", font=font, fill=0)
    buf = io.BytesIO(); img.save(buf, "PNG")
    c.drawImage(ImageReader(buf), 40, 700, width=1400 * 72 / 300, height=300 * 72 / 300)
    c.showPage()
c.save()
if slow:
    assert b"KC-FAULT:slowpage-" in open(out, "rb").read(65536), "fault marker beyond 64 KB"
PY
(cd "$work/scan" && "$py" -c "import zipfile; z = zipfile.ZipFile('../drops/phong-noi-vu/ban-quet.zip', 'w'); z.write('ban-quet.pdf'); z.close()")
sha=$(sha256sum "$work/scan/ban-quet.pdf" | cut -d' ' -f1)

cat > "$work/kiemchung.yaml" <<YAML
state_dir: $work/state
rules_dir: $src/rules
pipelines_dir: $src/pipelines
catalog: $KC_PG_URL
workers: 1
extract:
  seconds_per_page: 8
queue:
  lease_seconds: 2
  max_attempts: 3
YAML

"$bin" enqueue "$work/drops" --config "$work/kiemchung.yaml" >"$work/enqueue.out" 2>"$work/enqueue.err" ||
  { cat "$work/enqueue.err"; fail "enqueue"; }

declare -A pid_of
for w in 1 2 3; do
  KC_TEST_JOB_DELAY_MS=800 "$bin" worker --config "$work/kiemchung.yaml" --id "w$w" --once \
    >"$work/w$w.out" 2>"$work/w$w.err" &
  pids+=($!)
  pid_of[w$w]=$!
done

# Wait until a worker holds an ocr_page job, then kill that worker in the middle of it
# (OCR of the page, then 0.8 s inside the transaction).
victim="" killed_job=""
for _ in $(seq 1 600); do
  row=$(q "SELECT id || ' ' || worker FROM kc_jobs WHERE state = 'running' AND kind = 'ocr_page' ORDER BY id LIMIT 1" || true)
  if [ -n "$row" ]; then killed_job=${row%% *}; victim=${row#* }; break; fi
  sleep 0.1
done
[ -n "$killed_job" ] || { tail -5 "$work"/w*.err; fail "no worker ever took an ocr_page job"; }
sleep 0.3
kill -9 "${pid_of[$victim]}"
echo "killed $victim (pid ${pid_of[$victim]}) during ocr_page job $killed_job"

for w in w1 w2 w3; do
  [ "$w" = "$victim" ] && continue
  wait "${pid_of[$w]}" || { tail -20 "$work/$w.err"; fail "surviving worker $w failed"; }
done

echo "--- jobs"
q "SELECT id, kind, state, worker, attempts, left(result, 50) FROM kc_jobs ORDER BY id"

echo "--- spread and exactly once"
[ "$(q "SELECT COUNT(*) FROM kc_jobs WHERE state <> 'done'")" = 0 ] || fail "not every job done"
[ "$(q "SELECT COUNT(*) FROM kc_jobs WHERE kind = 'ocr_page'")" = "$pages" ] || fail "expected $pages ocr_page jobs"
[ "$(q "SELECT COUNT(*) FROM kc_jobs WHERE kind = 'extract_merge'")" = 1 ] || fail "expected one merge job"
n_ocr_workers=$(q "SELECT COUNT(DISTINCT worker) FROM kc_jobs WHERE kind = 'ocr_page'")
[ "$n_ocr_workers" -ge 2 ] || fail "the pages were not OCR'd by 2 workers"
[ "$(q "SELECT attempts FROM kc_jobs WHERE id = $killed_job")" = 2 ] || fail "the killed page job was not taken again exactly once"
[ "$(q "SELECT worker FROM kc_jobs WHERE id = $killed_job")" != "$victim" ] || fail "the killed page job finished by its dead worker?"
[ "$(q "SELECT COUNT(*) FROM kc_jobs j JOIN meta m ON m.key = 'queue.job.' || j.id AND m.value = j.result
        WHERE j.kind = 'ocr_page'")" = "$pages" ] || fail "ocr_page fence keys"
[ "$(q "SELECT COUNT(*) FROM cache WHERE stage = 'extract.page' AND sha256 = '$sha'")" = "$pages" ] || fail "page cache rows"
[ "$(q "SELECT COUNT(*) FROM cache WHERE stage = 'extract' AND sha256 = '$sha'")" = 1 ] || fail "no merged extraction"
# the record job waited for the merge (it was handed over by the extract job)
[ "$(q "SELECT COUNT(*) FROM kc_job_deps d JOIN kc_jobs r ON r.id = d.job JOIN kc_jobs m ON m.id = d.dep
        WHERE r.kind = 'record' AND m.kind = 'extract_merge'")" = 1 ] || fail "record does not wait for the merge"
[ "$(q "SELECT COUNT(*) FROM kc_jobs r JOIN kc_jobs m ON m.kind = 'extract_merge'
        WHERE r.kind = 'record' AND r.started_at >= m.finished_at")" = 1 ] || fail "record ran before the merge finished"
[ "$(q "SELECT COUNT(*) FROM submissions")" = 1 ] || fail "submissions"

echo "--- same extraction and index as the single-process SQLite path"
q "SELECT json FROM cache WHERE stage = 'extract' AND sha256 = '$sha'" >"$work/extract-pg.json"
cat > "$work/sqlite.yaml" <<YAML
state_dir: $work/sqlite-state
rules_dir: $src/rules
pipelines_dir: $src/pipelines
workers: 1
extract:
  seconds_per_page: 8
YAML
"$bin" ingest "$work/drops" --config "$work/sqlite.yaml" >"$work/sqlite-ingest.out" 2>&1 || [ $? = 3 ] ||
  { tail "$work/sqlite-ingest.out"; fail "sqlite ingest"; }
"$py" - "$work/sqlite-state/catalog.sqlite" "$sha" >"$work/extract-sqlite.json" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
print(c.execute("SELECT json FROM cache WHERE stage = 'extract' AND sha256 = ?", (sys.argv[2],)).fetchone()[0])
PY
"$py" - "$work/extract-pg.json" "$work/extract-sqlite.json" "$pages" "$slow" <<'PY'
import json, sys
pg, lite = (json.load(open(p)) for p in sys.argv[1:3])
n, slow = int(sys.argv[3]), sys.argv[4]
assert pg == lite, f"extractions differ:\n{json.dumps(pg, ensure_ascii=False)[:800]}\n{json.dumps(lite, ensure_ascii=False)[:800]}"
assert len(pg["pages"]) == n, len(pg["pages"])
for p in pg["pages"]:
    k = p["number"]
    if str(k) == slow:
        assert p["source"] == "none", p
        continue
    assert p["source"] == "ocr" and f"{100 + k}/KH-UBND" in p["text"], (k, p["source"], p["text"][:80])
codes = [r["code"] for r in pg["reasons"]]
if slow:
    assert codes.count("PARSER_TIMEOUT") == 1 and f"page {slow}" in json.dumps(pg["reasons"]), pg["reasons"]
print(f"extractions equal: {n} pages, text_source {pg['text_source']}, reasons {codes}")
PY
"$bin" index --config "$work/kiemchung.yaml" --format json --as-of 2022-12-31 >"$work/index-pg.json" || [ $? = 3 ] || fail "index pg"
"$bin" index --config "$work/sqlite.yaml" --format json --as-of 2022-12-31 >"$work/index-sqlite.json" || [ $? = 3 ] || fail "index sqlite"
"$py" "$here/index_compare.py" "$work/index-pg.json" "$work/index-sqlite.json" || fail "indexes differ"
echo "OK: $pages pages OCR'd as page jobs by $n_ocr_workers workers, page job $killed_job redone after SIGKILL of $victim"
