#!/usr/bin/python3
"""tests/pg/index_compare.py A.json B.json — the two `kiemchung index --format json`
outputs hold the same content, ignoring volatile fields: submission/document ids
(they embed the receipt time), timestamps, and the order of list items.
Exit 0 when equal; else prints the first differences and exits 1."""
import json, re, sys

VOLATILE_KEYS = {"received_at", "generated_at", "created_at", "recorded_at", "at", "catalog", "state_dir"}
ID = re.compile(r"\b[SD]\d{6,}[-\w]*")
TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[^\s\"]*")


def norm(v):
    if isinstance(v, dict):
        return {k: norm(x) for k, x in v.items() if k not in VOLATILE_KEYS}
    if isinstance(v, list):
        return sorted((norm(x) for x in v), key=lambda x: json.dumps(x, sort_keys=True, ensure_ascii=False))
    if isinstance(v, str):
        return TIME.sub("T", ID.sub("ID", v))
    return v


def flat(v, path=""):
    if isinstance(v, dict):
        for k, x in v.items():
            yield from flat(x, f"{path}.{k}")
    elif isinstance(v, list):
        for i, x in enumerate(v):
            yield from flat(x, f"{path}[{i}]")
    else:
        yield path, v


a = norm(json.load(open(sys.argv[1])))
b = norm(json.load(open(sys.argv[2])))
if a == b:
    n = len(json.dumps(a))
    print(f"indexes equal ({n} chars after normalising)")
    sys.exit(0)
fa, fb = dict(flat(a)), dict(flat(b))
diffs = [(p, fa.get(p), fb.get(p)) for p in sorted(set(fa) | set(fb)) if fa.get(p) != fb.get(p)]
for p, x, y in diffs[:15]:
    print(f"DIFF {p}: {x!r} != {y!r}")
print(f"{len(diffs)} differences")
sys.exit(1)
