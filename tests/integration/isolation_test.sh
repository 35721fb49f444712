#!/usr/bin/env bash
# A crafted file that crashes, hangs or exhausts the memory of its parsing child
# must become a reason on that file while the rest of the run goes on
# (issue 2: isolation). Uses the binary's fault injection, which only exists
# when KC_ENABLE_FAULT_INJECTION=1 (see src/pipeline/child_main.h).
set -euo pipefail
src=${KC_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
bin=${KC_BINARY:-$src/build/kiemchung}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/drop/TC 1.1.1"
unzip -q -o "$src/sample_evidence/phong-noi-vu/nop-lan-1-2022-01-04.zip" -d "$work/good"
cp "$(find "$work/good" -name '191*.pdf')" "$work/drop/TC 1.1.1/"
printf '%%PDF-1.4\n%% KC-FAULT:segv\n' > "$work/drop/crash.pdf"
printf '%%PDF-1.4\n%% KC-FAULT:hang\n' > "$work/drop/hang.pdf"
printf '%%PDF-1.4\n%% KC-FAULT:oom\n' > "$work/drop/oom.pdf"
(cd "$work/drop" && zip -q -r "$work/crafted.zip" .)

cat > "$work/kc.yaml" <<YAML
rules_dir: $src/rules
pipelines_dir: $src/pipelines
child:
  wall_seconds: 20
  memory_bytes: 402653184   # 384 MiB: enough for a real PDF, reached fast by the hog
YAML
start=$(date +%s)
KC_ENABLE_FAULT_INJECTION=1 KC_LOG=quiet "$bin" ingest "$work/crafted.zip" --unit phong-noi-vu \
    --config "$work/kc.yaml" --state "$work/state" --as-of 2022-11-30 --trust "$src/tests/fixtures/pki/trust" >/dev/null
end=$(date +%s)

/usr/bin/python3 - "$work/state/index.json" <<'PY'
import json, sys
idx = json.load(open(sys.argv[1]))
docs = {d["path_in_archive"]: d for d in idx["documents"]}
def codes(name): return [r["code"] for r in docs[name]["reasons"]]
expect = {"crash.pdf": "PARSER_CRASHED", "hang.pdf": "PARSER_TIMEOUT", "oom.pdf": "PARSER_OUT_OF_MEMORY"}
bad = []
for name, code in expect.items():
    if name not in docs: bad.append(f"{name}: not recorded")
    elif code not in codes(name): bad.append(f"{name}: expected {code}, got {codes(name)}")
    elif docs[name]["verdict"] != "rejected": bad.append(f"{name}: verdict {docs[name]['verdict']}")
good = [d for p, d in docs.items() if p.endswith("191-KH-UBND Ke hoach CCHC 2022.pdf")]
if not good or good[0]["verdict"] != "accepted": bad.append(f"the good document was not accepted: {good}")
if len(idx["submissions"]) != 1 or idx["submissions"][0]["status"] != "accepted": bad.append("submission not recorded as accepted")
if bad:
    print("isolation_test FAILED:\n  " + "\n  ".join(bad)); sys.exit(1)
print("isolation_test: crash, hang and OOM children became reasons; the good document was accepted")
PY
# the hang is killed after the 20 s wall clock, not waited for
[ $((end - start)) -lt 60 ] || { echo "isolation_test FAILED: took $((end - start)) s"; exit 1; }
