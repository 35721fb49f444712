#!/usr/bin/env bash
# `kiemchung watch` (issue 4, "Watching") driven for real: temp names ignored,
# unknown unit folders left in place with a note, a nested-folder drop
# attributed to the first folder, the same bytes twice → one accepted + one
# duplicate counted once, a zip still being appended not taken until complete,
# a kill right after the catalog commit not ingested twice, bilingual receipts,
# SIGTERM ends it cleanly.
set -euo pipefail

. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # here, src, bin, py
[ -x "$bin" ] || { echo "FAIL: binary not found: $bin" >&2; exit 1; }

tmp=$(mktemp -d)
watch_pid=
writer_pid=
cleanup() {
    [ -n "$writer_pid" ] && kill "$writer_pid" 2>/dev/null || true
    [ -n "$watch_pid" ] && kill "$watch_pid" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT
failures=0
bad() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

inbox=$tmp/inbox state=$tmp/state outbox=$tmp/state/outbox
mkdir -p "$inbox"/{phong-noi-vu,phong-tu-phap,xa-quang-thanh,phong-khong-co}
cat >"$tmp/kc.yaml" <<YAML
state_dir: $state
inbox: $inbox
rules_dir: $src/rules
pipelines_dir: $src/pipelines
trust_dir: $src/tests/fixtures/pki/trust
watch:
  interval_seconds: 1
  settle_seconds: 2
YAML
se=$src/sample_evidence
export KC_LOG=${KC_LOG:-quiet}

# --- one pass (--once): what is complete and old enough is taken ---------------
mkdir -p "$inbox/phong-noi-vu/2022/quy1" "$inbox/phong-tu-phap/2022"
cp "$se/phong-noi-vu/nop-lan-1-2022-01-04.zip" "$inbox/phong-noi-vu/2022/quy1/x.zip"
cp "$se/phong-noi-vu/nop-lan-1-2022-01-04.zip" "$inbox/phong-noi-vu/x.zip.part"
cp "$se/phong-noi-vu/nop-lan-1-2022-01-04.zip" "$inbox/phong-noi-vu/~\$x.docx"
cp "$se/phong-tu-phap/nop-2022-11-20.zip" "$inbox/phong-tu-phap/nop.zip"
cp "$se/phong-tu-phap/nop-2022-11-20.zip" "$inbox/phong-tu-phap/2022/nop-lai.zip"
cp "$se/phong-tu-phap/nop-2022-11-20.zip" "$inbox/phong-khong-co/a.zip"
touch -d '-1 hour' "$inbox/phong-tu-phap/nop.zip"
touch -d '-30 minutes' "$inbox/phong-tu-phap/2022/nop-lai.zip" "$inbox/phong-noi-vu/2022/quy1/x.zip"

rc=0
"$bin" watch --config "$tmp/kc.yaml" --once --as-of 2022-11-30 >"$tmp/once.out" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || { bad "watch --once: exit $rc"; sed 's/^/    | /' "$tmp/once.out" | tail -20 >&2; }

[ -e "$inbox/phong-noi-vu/x.zip.part" ] || bad "*.part was taken"
[ -e "$inbox/phong-noi-vu/~\$x.docx" ] || bad "~\$x.docx was taken"
[ -e "$inbox/phong-noi-vu/2022/quy1/x.zip" ] && bad "the nested drop was not taken"
[ -e "$inbox/phong-khong-co/a.zip" ] || bad "a drop in an unknown unit folder was taken"
note=$outbox/_unknown/phong-khong-co.txt
if [ -f "$note" ]; then
    grep -q "KHÔNG XÁC ĐỊNH" "$note" && grep -q "UNKNOWN UNIT" "$note" && grep -q "phong-khong-co/a.zip" "$note" ||
        bad "the unknown-unit note is not bilingual or does not name the file"
else
    bad "no note in outbox/_unknown/ for the unknown unit folder"
fi

nv=$(ls "$outbox/phong-noi-vu/"*.receipt.txt 2>/dev/null | wc -l)
[ "$nv" -eq 1 ] || bad "phong-noi-vu: $nv receipts, want 1 (nested drop attributed to the first folder)"
r=$(ls "$outbox/phong-noi-vu/"*.receipt.txt 2>/dev/null | head -1)
if [ -n "$r" ]; then
    for want in "BIÊN NHẬN" "RECEIPT" "Thời điểm nhận" "Received at" "(UTC+7)" "SHA-256" "2022/quy1/x.zip" \
                "Bước tiếp theo" "What happens next"; do
        grep -qF "$want" "$r" || bad "receipt $r lacks '$want'"
    done
    grep -qE "[0-3][0-9]/[01][0-9]/20[0-9]{2} [0-2][0-9]:[0-5][0-9] \(UTC\+7\)" "$r" || bad "receipt time is not dd/mm/yyyy HH:MM"
    sha=$(sha256sum "$se/phong-noi-vu/nop-lan-1-2022-01-04.zip" | cut -d' ' -f1)
    grep -q "$sha" "$r" || bad "receipt does not carry the drop's SHA-256"
    [ -f "${r%.receipt.txt}.report.html" ] || bad "no report next to the receipt"
fi

tp=$(ls "$outbox/phong-tu-phap/"*.receipt.txt 2>/dev/null | wc -l)
[ "$tp" -eq 2 ] || bad "phong-tu-phap: $tp receipts, want 2 (accepted + duplicate)"
grep -l "not counted twice" "$outbox/phong-tu-phap/"*.receipt.txt >/dev/null 2>&1 || bad "no duplicate receipt"
grep -l "không tính hai lần" "$outbox/phong-tu-phap/"*.receipt.txt >/dev/null 2>&1 || bad "duplicate receipt not in Vietnamese"
$py - "$state/index.json" <<'PY' || bad "index: duplicates are not counted once"
import json, sys
ix = json.load(open(sys.argv[1]))
tp = [s for s in ix["submissions"] if s["unit"] == "phong-tu-phap"]
st = sorted(s["status"] for s in tp)
assert len(tp) == 2 and st.count("duplicate") == 1, st
first = [s for s in tp if s["status"] != "duplicate"][0]
dup = [s for s in tp if s["status"] == "duplicate"][0]
assert first["received_at"] <= dup["received_at"], "the older drop (arrival order) must be the original"
docs = [d for d in ix["documents"] if d["submitted_by"] == "phong-tu-phap"]
assert docs and all(d["submission"] == first["id"] for d in docs), "documents counted from the duplicate"
PY

# --- crash right after the catalog commit, before the journal: not ingested twice
cp "$se/phong-noi-vu/nop-lan-2-2022-03-11.zip" "$inbox/phong-noi-vu/lan2.zip"
touch -d '-10 minutes' "$inbox/phong-noi-vu/lan2.zip"
rc=0
KC_WATCH_FAULT=ingest.recorded "$bin" watch --config "$tmp/kc.yaml" --once --as-of 2022-11-30 >"$tmp/crash.out" 2>&1 || rc=$?
[ "$rc" -eq 86 ] || bad "fault injection: exit $rc, want 86"
rc=0
"$bin" watch --config "$tmp/kc.yaml" --once --as-of 2022-11-30 >"$tmp/resume.out" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || bad "resume after the crash: exit $rc"
$py - "$state/index.json" <<'PY' || bad "after a crash at ingest.recorded the drop was recorded twice or not at all"
import json, sys
ix = json.load(open(sys.argv[1]))
subs = [s for s in ix["submissions"] if s.get("file") == "lan2.zip"]
assert len(subs) == 1 and subs[0]["status"] != "duplicate", [(s["id"], s["status"]) for s in subs]
PY
[ "$(ls "$outbox/phong-noi-vu/"*.receipt.txt | wc -l)" -eq 2 ] || bad "no receipt after resuming the crashed claim"

# --- the daemon: a zip being appended is not taken until complete; SIGTERM ------
"$bin" watch --config "$tmp/kc.yaml" --as-of 2022-11-30 >"$tmp/daemon.out" 2>&1 &
watch_pid=$!
zip=$se/phong-noi-vu/nop-lan-2-2022-03-11.zip  # complete (the xa-quang-thanh sample is truncated on purpose)
size=$(stat -c %s "$zip")
chunk=$(( (size + 7) / 8 ))
target=$inbox/xa-quang-thanh/bao-cao.zip
dd if="$zip" bs="$chunk" count=1 status=none >"$target"  # the first chunk is there before we look
(
    for i in 1 2 3 4 5 6 7; do
        sleep 0.7
        dd if="$zip" bs="$chunk" skip="$i" count=1 status=none >>"$target"
    done
) &
writer_pid=$!
taken_early=0
while kill -0 "$writer_pid" 2>/dev/null; do
    [ -e "$target" ] || taken_early=1
    ls "$outbox/xa-quang-thanh/"*.receipt.txt >/dev/null 2>&1 && taken_early=1
    sleep 0.2
done
writer_pid=
[ "$taken_early" -eq 0 ] || bad "a zip still being appended was taken"
cmp -s "$zip" "$target" || bad "the test writer did not produce the whole zip"
for _ in $(seq 1 120); do
    ls "$outbox/xa-quang-thanh/"*.receipt.txt >/dev/null 2>&1 && break
    sleep 0.5
done
ls "$outbox/xa-quang-thanh/"*.receipt.txt >/dev/null 2>&1 ||
    { bad "the completed zip was not taken within 60 s"; tail -15 "$tmp/daemon.out" >&2; }
[ -e "$target" ] && bad "the completed zip is still in the inbox"
# A truncated zip never passes the probe: taken as damaged once unchanged for 10 settle periods (20 s).
cp "$se/xa-quang-thanh/bao-cao-3-2-2.zip" "$inbox/xa-quang-thanh/hong.zip"
sleep 6
[ -e "$inbox/xa-quang-thanh/hong.zip" ] || bad "a truncated zip was taken before the grace period"
for _ in $(seq 1 90); do [ -e "$inbox/xa-quang-thanh/hong.zip" ] || break; sleep 0.5; done
[ -e "$inbox/xa-quang-thanh/hong.zip" ] && bad "a truncated zip was never taken (it must be recorded as damaged)"
for _ in $(seq 1 60); do [ "$(ls "$outbox/xa-quang-thanh/"*.receipt.txt 2>/dev/null | wc -l)" -ge 2 ] && break; sleep 0.5; done
grep -l "hong.zip" "$outbox/xa-quang-thanh/"*.receipt.txt 2>/dev/null | xargs -r grep -q "tệp hỏng" ||
    bad "the truncated zip's receipt does not say it is damaged"
grep -q "^state: ok" "$state/watch-status.txt" 2>/dev/null || bad "watch-status.txt missing or not ok"

kill -TERM "$watch_pid"
rc=0
for _ in $(seq 1 60); do kill -0 "$watch_pid" 2>/dev/null || break; sleep 0.5; done
if kill -0 "$watch_pid" 2>/dev/null; then
    bad "SIGTERM did not end the watcher within 30 s"
else
    wait "$watch_pid" || rc=$?
    [ "$rc" -eq 0 ] || bad "watcher ended with exit $rc after SIGTERM"
    grep -q "stopped on request" "$tmp/daemon.out" || bad "the watcher did not report a clean stop"
fi
watch_pid=

# nothing half-done: every claim in the journal is done or abandoned
$py - "$state/spool/journal.log" <<'PY' || bad "journal: a claim was left unfinished"
import sys
last = {}
for line in open(sys.argv[1], encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    if len(f) >= 2: last[f[1]] = f[0]
assert all(v in ("done", "abandoned") for v in last.values()), last
PY

if [ "$failures" -gt 0 ]; then
    echo "watch_test: $failures failure(s)" >&2
    exit 1
fi
echo "watch_test: OK"
