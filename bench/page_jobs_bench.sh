#!/usr/bin/env bash
# bench/page_jobs_bench.sh [PAGES] — one multi-page scanned PDF (one drop, one document)
# through the PostgreSQL queue with 1 and with 2 workers: the extract job splits it
# into one ocr_page job per page (queue/page_jobs.h), so 2 workers share one document.
# In the same run, for reference: the tesseract CLI on the same page images, one after
# the other (OMP_THREAD_LIMIT=1, pitfall 1), and the single-process SQLite path
# (`kiemchung ingest`, `workers: 1` and `workers: 2`: the in-process page batches).
# Pages: A4 at 300 dpi, 14 lines of typeset Vietnamese administrative text, a little
# noise and JPEG q75 (a plausible office scan), each page one full-page image.
# `workers: 1` in the queue configs: one child at a time per worker process.
# Runs itself under tests/pg/pg_cluster.sh (throwaway cluster) when KC_PG_URL is unset.
# Usage from the source root: KC_BINARY=build/kiemchung bash bench/page_jobs_bench.sh 8
set -euo pipefail
. "$(dirname "$0")/pg_lib.sh" "$@"   # here, src, bin; under a throwaway cluster; pq
pages=${1:-8}

work=$(mktemp -d /tmp/kc-page-bench-XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/drops/phong-noi-vu" "$work/img"
/usr/bin/python3 - "$work/img" "$work/ban-quet.pdf" "$pages" <<'PY'
import random, sys, unicodedata
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
outdir, pdf, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
LINES = ["ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN", "Số: {n}/KH-UBND", "Quảng Điền, ngày 30 tháng 12 năm 2021",
         "KẾ HOẠCH", "Nâng cao chỉ số cải cách hành chính năm 2022",
         "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ;",
         "Tổ chức tuyên truyền về cải cách hành chính trên địa bàn huyện.",
         "Kiểm soát thủ tục hành chính, công khai trên Cổng dịch vụ công.",
         "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5% trong quý I năm 2022.",
         "Đánh giá mức độ hài lòng của người dân, tổ chức đối với sự phục vụ.",
         "Phòng Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị liên quan.",
         "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Ngọc Bảo"]
font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 50)
rnd = random.Random(7)
c = canvas.Canvas(pdf, pagesize=A4)
for p in range(1, n + 1):
    img = Image.new("L", (2480, 3508), 250)
    d = ImageDraw.Draw(img)
    y = 250
    for i, line in enumerate(LINES):
        d.text((1300 if i >= len(LINES) - 3 else 250, y), unicodedata.normalize("NFC", line.format(n=100 + p)), font=font, fill=20)
        y += 150
    img = img.rotate(rnd.uniform(-1.2, 1.2), fillcolor=250, resample=Image.BICUBIC).filter(ImageFilter.GaussianBlur(0.6))
    px = img.load()
    for _ in range(20000):
        px[rnd.randrange(2480), rnd.randrange(3508)] = rnd.choice((0, 255))
    path = f"{outdir}/p{p:02d}.jpg"
    img.save(path, "JPEG", quality=75, dpi=(300, 300))
    c.drawImage(path, 0, 0, width=A4[0], height=A4[1])
    c.showPage()
c.save()
PY
(cd "$work" && /usr/bin/python3 -c "import zipfile; z = zipfile.ZipFile('drops/phong-noi-vu/ban-quet.zip', 'w'); z.write('ban-quet.pdf'); z.close()")

config() {  # config NAME WORKERS CATALOG
  cat > "$work/$1.yaml" <<YAML
state_dir: $work/state-$1
rules_dir: $src/rules
pipelines_dir: $src/pipelines
workers: $2
${3:+catalog: $3}
YAML
}
now() { date +%s.%N; }

# reference: the tesseract CLI on the same page images, one after the other, one thread each
t0=$(now)
for f in "$work"/img/*.jpg; do OMP_THREAD_LIMIT=1 tesseract "$f" - -l vie >/dev/null 2>&1; done
tess_s=$(echo "$(now) - $t0" | bc)

sqlite_run() {  # sqlite_run WORKERS → seconds
  config "sqlite$1" "$1" ""
  local s; s=$(now)
  "$bin" ingest "$work/drops" --config "$work/sqlite$1.yaml" >/dev/null 2>"$work/sqlite$1.err" || [ $? = 3 ]
  echo "$(now) - $s" | bc
}
sqlite1_s=$(sqlite_run 1)
sqlite2_s=$(sqlite_run 2)

run_pg() {  # run_pg WORKERS → seconds
  local n=$1 db="pagebench$1"
  pq postgres "CREATE DATABASE $db" >/dev/null
  local url="${KC_PG_URL/\/kc\?//$db?}"
  config "pg$n" 1 "$url"
  "$bin" enqueue "$work/drops" --config "$work/pg$n.yaml" >/dev/null 2>&1
  local s e pids=()
  s=$(now)
  for w in $(seq 1 "$n"); do
    "$bin" worker --config "$work/pg$n.yaml" --id "w$w" --once >/dev/null 2>"$work/pg$n-w$w.err" &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p"; done
  e=$(now)
  local split
  split=$(pq "$db" "SELECT COUNT(*) || ' ocr_page jobs over ' || COUNT(DISTINCT worker) || ' workers' FROM kc_jobs WHERE kind = 'ocr_page' AND state = 'done'")
  [ "$(pq "$db" "SELECT COUNT(*) FROM kc_jobs WHERE kind = 'record' AND state = 'done'")" = 1 ] ||
    { echo "pg $n workers: the drop was not recorded" >&2; exit 1; }
  echo "pg $n workers: $split; job seconds by kind (count, sum, max):" \
    "$(pq "$db" "SELECT string_agg(kind || ' ' || n || ' ' || s || ' ' || m, ', ' ORDER BY kind) FROM (SELECT kind,
       COUNT(*) AS n, round(SUM(EXTRACT(EPOCH FROM finished_at - started_at))::numeric, 1) AS s,
       round(MAX(EXTRACT(EPOCH FROM finished_at - started_at))::numeric, 1) AS m FROM kc_jobs GROUP BY kind) x")" >&2
  # from the first claim to the merge's commit: the document's extraction alone (the record
  # job and what it enqueues after it — judge, report — are not part of it)
  pq "$db" "SELECT EXTRACT(EPOCH FROM MAX(finished_at) FILTER (WHERE kind = 'extract_merge') - MIN(started_at))
            FROM kc_jobs" >"$work/pg$n.merge"
  echo "$e - $s" | bc
}
pg1_s=$(run_pg 1)
pg2_s=$(run_pg 2)
pg1_m=$(cat "$work/pg1.merge")
pg2_m=$(cat "$work/pg2.merge")

per() { echo "scale=2; $1 / $pages" | bc; }
r1() { printf "%.1f" "$1"; }
echo "one scanned PDF, $pages pages (A4 300 dpi JPEG); $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
printf "%-46s %8s s  %6s s/page\n" "tesseract CLI, pages one after the other" "$(r1 "$tess_s")" "$(per "$tess_s")"
printf "%-46s %8s s  %6s s/page\n" "single process, SQLite (ingest, workers: 1)" "$(r1 "$sqlite1_s")" "$(per "$sqlite1_s")"
printf "%-46s %8s s  %6s s/page\n" "single process, SQLite (ingest, workers: 2)" "$(r1 "$sqlite2_s")" "$(per "$sqlite2_s")"
printf "%-46s %8s s  %6s s/page\n" "PostgreSQL queue, 1 worker (page jobs)" "$(r1 "$pg1_s")" "$(per "$pg1_s")"
printf "%-46s %8s s  %6s s/page\n" "PostgreSQL queue, 2 workers (page jobs)" "$(r1 "$pg2_s")" "$(per "$pg2_s")"
printf "%-46s %8s s  %6s s/page\n" "  1 worker: first claim → extraction merged" "$(r1 "$pg1_m")" "$(per "$pg1_m")"
printf "%-46s %8s s  %6s s/page\n" "  2 workers: first claim → extraction merged" "$(r1 "$pg2_m")" "$(per "$pg2_m")"
echo "scaling 1 → 2 workers on one document: $(echo "scale=2; $pg1_s / $pg2_s" | bc)× whole drop, $(echo "scale=2; $pg1_m / $pg2_m" | bc)× to the merged extraction;  1 worker vs tesseract CLI: $(echo "scale=2; $pg1_m / $tess_s" | bc)× (to the merge)"
