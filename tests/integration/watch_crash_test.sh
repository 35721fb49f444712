#!/usr/bin/env bash
# kill -9 at every step of the watcher (issue 4, "Durability"): KC_WATCH_FAULT makes the
# process _exit(86) at a named point, as a power cut would. After each crash a restart
# must leave exactly one submission per drop (never none, never two), a receipt, nothing
# in the inbox or half-done in the journal — for a good drop and for a rejected one
# (quarantined: its reasons note and the drop itself end up together in the quarantine).
set -euo pipefail

. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # here, src, bin, py
[ -x "$bin" ] || { echo "FAIL: binary not found: $bin" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
bad() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
export KC_LOG=${KC_LOG:-quiet}
good=$src/sample_evidence/phong-noi-vu/nop-lan-1-2022-01-04.zip
damaged=$src/sample_evidence/xa-quang-thanh/bao-cao-3-2-2.zip  # truncated on purpose: quarantined

# Points reached on one file system (rename); the copy-path points are covered by
# tests/unit/watch/spool_test.cpp.
for point in claim.begun claim.claimed ingest.recorded claim.recorded quarantine.noted receipt.written; do
    for kind in good damaged; do
        w=$tmp/$point-$kind
        mkdir -p "$w/inbox/phong-noi-vu"
        cat >"$w/kc.yaml" <<YAML
state_dir: $w/state
inbox: $w/inbox
rules_dir: $src/rules
pipelines_dir: $src/pipelines
trust_dir: $src/tests/fixtures/pki/trust
watch:
  interval_seconds: 1
  settle_seconds: 1
YAML
        cp "${!kind}" "$w/inbox/phong-noi-vu/drop.zip"
        touch -d '-1 hour' "$w/inbox/phong-noi-vu/drop.zip"
        rc=0
        KC_WATCH_FAULT=$point "$bin" watch --config "$w/kc.yaml" --once --as-of 2022-11-30 >"$w/crash.out" 2>&1 || rc=$?
        reached=1
        [ "$rc" -eq 86 ] || reached=0
        if [ "$point" = quarantine.noted ] && [ "$kind" = good ]; then
            [ "$rc" -eq 0 ] || bad "$point/$kind: exit $rc (a good drop is not quarantined)"
        else
            [ "$reached" -eq 1 ] || { bad "$point/$kind: the fault point was not reached (exit $rc)"; continue; }
        fi
        rc=0
        "$bin" watch --config "$w/kc.yaml" --once --as-of 2022-11-30 >"$w/resume.out" 2>&1 || rc=$?
        [ "$rc" -eq 0 ] || bad "$point/$kind: restart exit $rc"
        "$py" - "$w/state" "$kind" "$point" <<'PY' || bad "$point/$kind: after the restart (details above)"
import glob, json, os, sys
state, kind, point = sys.argv[1:4]
bad = []
ix = json.load(open(os.path.join(state, "index.json")))
subs = ix["submissions"]
if len(subs) != 1: bad.append(f"{len(subs)} submissions, want exactly 1: {[(s['id'], s['status']) for s in subs]}")
last = {}
for line in open(os.path.join(state, "spool", "journal.log"), encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    if len(f) >= 2: last[f[1]] = f[0]
if not all(v in ("done", "abandoned") for v in last.values()): bad.append(f"journal not finished: {last}")
if subs:
    s = subs[0]
    if not os.path.isfile(os.path.join(state, "outbox", "phong-noi-vu", s["id"] + ".receipt.txt")): bad.append("no receipt")
    q = os.path.join(state, "quarantine", "phong-noi-vu", s["id"], "drop.zip")
    r = os.path.join(state, "received", s["id"], "drop.zip")
    if kind == "damaged":
        if not (os.path.isfile(q) and os.path.isfile(q + ".reasons.txt")): bad.append("the damaged drop and its note are not both in the quarantine")
        if os.path.exists(r): bad.append("the damaged drop is also in received/")
    elif not os.path.isfile(r):
        bad.append("the good drop is not kept in received/")
spool_left = [d for d in os.listdir(os.path.join(state, "spool")) if d != "journal.log"]
if spool_left: bad.append(f"left in the spool: {spool_left}")
if bad:
    print("  " + "\n  ".join(bad)); sys.exit(1)
PY
        [ -z "$(ls -A "$w/inbox/phong-noi-vu")" ] || bad "$point/$kind: the drop is still in the inbox"
    done
done

if [ "$failures" -gt 0 ]; then
    echo "watch_crash_test: $failures failure(s)" >&2
    exit 1
fi
echo "watch_crash_test: OK (6 fault points × good and quarantined drops)"
