#!/usr/bin/env bash
# libarchive's own test archives (../shared/corpora/libarchive, uuencoded; issue 4) through the
# real `kiemchung ingest` — the supervised unpack and extract children included, not only the
# in-process unpacker (tests/unit/unpack/corpus_test.cpp does that). Every archive must be
# recorded as a submission (nothing lost), the run must end (exit 0 or 3, no crash, no hang),
# every submission that is not accepted and every refused document must carry a reason code,
# and nothing may be written outside the state directory. Skips cleanly when the corpus is
# absent (a fresh clone without ../shared). Label slow: ~340 archives.
set -euo pipefail

. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # here, src, bin, py
corpus=${KC_LIBARCHIVE_CORPUS:-$src/../shared/corpora/libarchive}
if [ ! -d "$corpus" ]; then
    echo "SKIP: no libarchive corpus at $corpus"
    exit 0
fi
[ -x "$bin" ] || { echo "FAIL: binary not found: $bin" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/in" "$tmp/work"

# decode every .uu into $tmp/in under a safe name of our own (index + the upstream base name)
"$py" - "$corpus" "$tmp/in" <<'PY'
import binascii, os, re, sys
src, out = sys.argv[1], sys.argv[2]
n = 0
for root, _, files in sorted(os.walk(src)):
    for f in sorted(files):
        if not f.endswith(".uu"):
            continue
        lines = open(os.path.join(root, f), "rb").read().split(b"\n")
        try:
            i = next(k for k, l in enumerate(lines) if l.startswith(b"begin"))
        except StopIteration:
            continue
        data = b""
        for l in lines[i + 1:]:
            l = l.rstrip(b"\r")
            if not l.strip() or l.strip() == b"end":
                continue
            try:
                data += binascii.a2b_uu(l[: ((l[0] - 32) % 64 * 4 + 5) // 3])
            except binascii.Error:
                data += binascii.a2b_uu(l)
        n += 1
        name = "%03d-%s" % (n, re.sub(r"[^A-Za-z0-9._-]", "_", f[:-3]))
        open(os.path.join(out, name), "wb").write(data)
print(n, "archives decoded", file=sys.stderr)
PY
count=$(ls "$tmp/in" | wc -l)

cat >"$tmp/kc.yaml" <<YAML
rules_dir: $src/rules
pipelines_dir: $src/pipelines
state_dir: $tmp/state
YAML
cd "$tmp/work"   # anything written relative to the working directory would show up here
rc=0
timeout 1800 "$bin" ingest "$tmp/in"/* --config "$tmp/kc.yaml" --unit phong-noi-vu --as-of 2022-11-30 \
    >"$tmp/ingest.out" 2>"$tmp/ingest.err" || rc=$?
if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then
    tail -20 "$tmp/ingest.err" >&2
    echo "FAIL: ingest exited $rc (timeout is 124)" >&2
    exit 1
fi
[ -z "$(ls -A "$tmp/work")" ] || { echo "FAIL: files written outside the state directory: $(ls -A "$tmp/work")" >&2; exit 1; }

"$bin" index --config "$tmp/kc.yaml" --as-of 2022-11-30 --format json >"$tmp/index.json" 2>/dev/null || true
"$py" - "$tmp/index.json" "$count" <<'PY'
import collections, json, sys
idx = json.load(open(sys.argv[1]))
want = int(sys.argv[2])
subs = idx["submissions"]
files = {s["file"] for s in subs}
assert len(files) >= want - sum(1 for s in subs if s["status"] == "duplicate"), (len(files), want)
status = collections.Counter(s["status"] for s in subs)
bad = [s["file"] for s in subs if s["status"] not in ("accepted", "duplicate") and not s["reasons"]]
assert not bad, ("not accepted without a reason", bad[:10])
refused = [d["path_in_archive"] for d in idx["documents"] if d.get("refused") and not d["reasons"]]
assert not refused, ("refused without a reason", refused[:10])
codes = collections.Counter(r["code"] for s in subs for r in s["reasons"])
codes.update(r["code"] for d in idx["documents"] for r in d["reasons"] if d.get("refused"))
print("submissions:", len(subs), dict(status))
print("reason codes:", dict(codes.most_common(12)))
PY
echo "libarchive_ingest_corpus_test: OK ($count archives)"
