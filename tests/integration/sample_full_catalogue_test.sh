#!/usr/bin/env bash
# The sample evidence is judged with the full catalogue: the index names the rule
# set `rules check` loads (same sha256) and scores every criterion `rules show` lists.
set -euo pipefail

. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # here, src, bin, py

fail() { echo "FAIL: $*" >&2; exit 1; }
[ -x "$bin" ] || fail "binary not found: $bin"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"

"$bin" rules show --format json >"$tmp/catalogue.json" || fail "rules show exited $?"
"$bin" ingest sample_evidence --state "$tmp/state" --as-of 2022-11-30 --trust tests/fixtures/pki/trust \
    >"$tmp/ingest.out" 2>"$tmp/ingest.err" || { cat "$tmp/ingest.err" >&2; fail "ingest exited $?"; }
"$py" - "$tmp/catalogue.json" "$tmp/state/index.json" <<'PY'
import json, sys
cat = json.load(open(sys.argv[1]))
ix = json.load(open(sys.argv[2]))
assert ix["rules"]["id"] == cat["id"] and ix["rules"]["sha256"] == cat["sha256"], (ix["rules"], cat["sha256"])
want = [c["code"] for c in cat["criteria"]]
assert len(want) > 100, len(want)
assert ix["units"], "no assessed unit in the index"
for u in ix["units"]:
    got = [c["code"] for c in u["criteria"]]
    missing = [c for c in want if c not in got]
    assert not missing, f"unit {u.get('unit')}: criteria not judged: {missing[:10]}"
    products = {p["id"] for c in u["criteria"] for p in c.get("products", [])}
    want_products = {p["id"] for c in cat["criteria"] for p in c["products"]}
    assert want_products <= products, f"products not judged: {sorted(want_products - products)[:10]}"
print(f"ok [{len(want)} criteria, {len(want_products)} products judged]")
PY
echo "sample_full_catalogue_test: ok"
