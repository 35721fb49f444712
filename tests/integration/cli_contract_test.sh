#!/usr/bin/env bash
# The command line contract (issue 2, "Contract"): exit codes 0 ran, 1 could not
# run, 2 usage or configuration error; --unit takes a code or any alias, case-
# and diacritic-insensitively; unknown units are listed; `inspect` prints JSON.
set -euo pipefail

. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # here, src, bin, py

[ -x "$bin" ] || { echo "FAIL: binary not found: $bin (set KC_BINARY or build build/kiemchung)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"  # the binary finds rules/ and pipelines/ relative to the working directory

failures=0
bad() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
# expect CODE DESCRIPTION -- COMMAND...: runs it, output in $tmp/out (stdout+stderr)
expect() {
    local want=$1 what=$2 rc=0
    shift 3
    "$@" >"$tmp/out" 2>&1 </dev/null || rc=$?
    if [ "$rc" -ne "$want" ]; then
        bad "$what: exit $rc, want $want (command: ${*#"$bin"})"
        sed 's/^/    | /' "$tmp/out" | head -8 >&2
        return 1
    fi
    return 0
}

zip1=sample_evidence/phong-noi-vu/nop-lan-2-2022-03-11.zip
trust=tests/fixtures/pki/trust

expect 2 "unknown command" -- "$bin" frobnicate || true
expect 2 "unknown option" -- "$bin" ingest "$zip1" --state "$tmp/s0" --no-such-option || true
expect 2 "unknown option (index)" -- "$bin" index --state "$tmp/s0" --no-such-option x --format json || true

if expect 2 "--unit with an unknown unit" -- "$bin" ingest "$zip1" --state "$tmp/s1" --unit "phong-khong-co" \
    --as-of 2022-11-30; then
    for u in ubnd-quang-dien phong-noi-vu phong-tu-phap xa-quang-thanh; do
        grep -q -- "$u" "$tmp/out" || bad "--unit with an unknown unit: the output does not list the known unit $u"
    done
fi

# Aliases: case-, diacritic- and đ-insensitive. A duplicate submission still records its unit.
state=$tmp/s2
for pair in "phong noi vu=phong-noi-vu" "PHÒNG NỘI VỤ=phong-noi-vu" "phong-noi-vu=phong-noi-vu" \
            "van phong hdnd va ubnd huyen=vp-hdnd-ubnd"; do
    alias=${pair%=*} code=${pair#*=}
    expect 0 "--unit \"$alias\"" -- "$bin" ingest "$zip1" --state "$state" --unit "$alias" --as-of 2022-11-30 \
        --trust "$trust" || continue
    "$py" - "$state/index.json" "$code" <<'PY' || bad "--unit \"$alias\": the new submission is not recorded for $code"
import json, sys
subs = json.load(open(sys.argv[1]))["submissions"]
sys.exit(0 if subs and subs[-1]["unit"] == sys.argv[2] else f"last submission: {subs[-1] if subs else None}")
PY
done

expect 1 "a missing PATH" -- "$bin" ingest "$tmp/no-such-file.zip" --state "$tmp/s3" --as-of 2022-11-30 || true
expect 2 "index --format xml" -- "$bin" index --state "$state" --format xml || true
expect 2 "--as-of 2022-02-30 (ingest)" -- "$bin" ingest "$zip1" --state "$tmp/s4" --as-of 2022-02-30 || true
expect 2 "--as-of 2022-02-30 (index)" -- "$bin" index --state "$state" --as-of 2022-02-30 --format json || true
expect 2 "--as-of 30/11/2022" -- "$bin" index --state "$state" --as-of 30/11/2022 --format json || true
[ ! -e "$tmp/s4/index.json" ] || bad "ingest with an invalid --as-of still wrote an index"
expect 0 "index --format csv" -- "$bin" index --state "$state" --as-of 2022-11-30 --format csv || true

# inspect: one file, nothing stored, JSON with the contract's keys.
"$py" - "$tmp/191.pdf" <<'PY'
import sys, zipfile
z = zipfile.ZipFile("sample_evidence/phong-noi-vu/nop-lan-1-2022-01-04.zip")
open(sys.argv[1], "wb").write(z.read("TC 1.1.1/191-KH-UBND Ke hoach CCHC 2022.pdf"))
PY
rc=0
"$bin" inspect "$tmp/191.pdf" --as-of 2022-11-30 --trust "$trust" >"$tmp/inspect.json" 2>"$tmp/inspect.err" || rc=$?
if [ "$rc" -ne 0 ]; then
    bad "inspect on a sample PDF: exit $rc"; sed 's/^/    | /' "$tmp/inspect.err" | head -8 >&2
else
    "$py" - "$tmp/inspect.json" <<'PY' || bad "inspect output does not follow the contract"
import json, sys
try:
    d = json.load(open(sys.argv[1], encoding="utf-8"))
except ValueError as e:
    sys.exit(f"inspect did not print JSON: {e}")
missing = [k for k in ("text", "pages", "header", "classification", "classifications", "signature") if k not in d]
if missing:
    sys.exit(f"inspect output lacks {missing}; keys: {sorted(d)}")
problems = []
if not isinstance(d["text"], str) or "191/KH-UBND" not in d["text"]:
    problems.append("text does not hold the document's text (no '191/KH-UBND')")
if not isinstance(d["pages"], list) or len(d["pages"]) != 2:
    problems.append(f"pages is not the list of the 2 pages: {type(d['pages']).__name__}")
if not isinstance(d["classifications"], list):
    problems.append("classifications is not a list")
for k in ("header", "classification", "signature"):
    if not isinstance(d[k], dict):
        problems.append(f"{k} is not an object")
if isinstance(d["signature"], dict) and "status" not in d["signature"]:
    problems.append("signature has no status")
if problems:
    sys.exit("; ".join(problems))
PY
fi
expect 1 "inspect on a missing file" -- "$bin" inspect "$tmp/no-such.pdf" || true

if [ "$failures" -ne 0 ]; then
    echo "cli_contract_test: $failures failure(s)" >&2
    exit 1
fi
echo "cli_contract_test: ok"
