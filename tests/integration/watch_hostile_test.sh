#!/usr/bin/env bash
# Hostile drops through the real `kiemchung watch` (issue 4, "Tests and figures" and
# "Durability"): zip slip, absolute paths, a symlink pointing outside, a ratio bomb hidden
# beside a real document, an overlapping-entry bomb, a nested bomb, 20,000 entries, an
# encrypted entry, a truncated zip, CP437 / Windows-1258 / NFD names without the UTF-8 flag,
# duplicate names, a `.pdf` that is really an executable. All archives are made here.
# Each drop must carry its reason code; rejected ones are kept in the quarantine folder
# beside a bilingual reasons note (never deleted), the others in received/; nothing is
# written outside the state directory (the slip targets do not exist, the working folder
# stays empty, no file outside state/ and the inbox changes).
set -euo pipefail

. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"   # here, src, bin, py
[ -x "$bin" ] || { echo "FAIL: binary not found: $bin" >&2; exit 1; }

tmp=$(mktemp -d)   # everything the watcher may see: inbox, state, its working folder
meta=$(mktemp -d)  # the test's own bookkeeping, outside that tree
slip_target="kc-slip-$$-$RANDOM"
trap 'rm -rf "$tmp" "$meta" "/tmp/$slip_target"' EXIT
failures=0
bad() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

inbox=$tmp/inbox state=$tmp/state
mkdir -p "$inbox/phong-noi-vu" "$tmp/cwd"
cat >"$tmp/kc.yaml" <<YAML
state_dir: $state
inbox: $inbox
rules_dir: $src/rules
pipelines_dir: $src/pipelines
trust_dir: $src/tests/fixtures/pki/trust
watch:
  interval_seconds: 1
  settle_seconds: 1
YAML
export KC_LOG=${KC_LOG:-quiet}

# --- the hostile archives --------------------------------------------------------------
"$py" -B - "$inbox/phong-noi-vu" "$slip_target" "$src" <<'PY'
import io, os, shutil, struct, sys, zipfile, zlib
out, slip, src = sys.argv[1], sys.argv[2], sys.argv[3]

def raw_zip(members):
    """members: (name bytes, data bytes, flags, unix mode, deflate)"""
    body, central = b"", b""
    for name, data, flags, mode, deflate in members:
        crc = zlib.crc32(data) & 0xFFFFFFFF
        payload = data
        if deflate:
            c = zlib.compressobj(9, zlib.DEFLATED, -15); payload = c.compress(data) + c.flush()
        method = 8 if deflate else 0
        off = len(body)
        body += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, 0, 0x21, crc, len(payload), len(data), len(name), 0) + name + payload
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, (3 << 8) | 20, 20, flags, method, 0, 0x21, crc, len(payload),
                               len(data), len(name), 0, 0, 0, 0, mode << 16, off) + name
    return body + central + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(body), 0)

def m(name, data=b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n", flags=0, mode=0o100644, deflate=False):
    return (name if isinstance(name, bytes) else name.encode(), data, flags, mode, deflate)

def put(name, data):
    open(os.path.join(out, name), "wb").write(data)

ok = m("TC 1.1/Ke hoach.pdf")
put("slip.zip", raw_zip([m("../../../../../../../../tmp/" + slip), m("..\\..\\..\\..\\..\\..\\..\\..\\tmp\\" + slip), ok]))
put("absolute.zip", raw_zip([m("/tmp/" + slip), m("C:\\Windows\\" + slip), ok]))
put("symlink.zip", raw_zip([m("evil", ("/tmp/" + slip).encode(), mode=0o120777), m("evil/x.pdf"), ok]))
put("ratio-bomb.zip", raw_zip([m("scan.pdf", os.urandom(6 << 20)), m("zeros.txt", b"\0" * (40 << 20), deflate=True)]))
sys.path.insert(0, os.path.join(src, "tests/unit/unpack"))
import make_overlap_zip  # Fifield's quoted overlap: 1,000 entries sharing one 900 KB kernel
put("overlap-bomb.zip", make_overlap_zip.build(1000, 900000))
inner = raw_zip([m("z.bin", b"\0" * (20 << 20), deflate=True)])
put("nested-bomb.zip", raw_zip([m("outer.zip", raw_zip([m("p%d.zip" % i, inner) for i in range(10)]))]))
put("many.zip", raw_zip([m("d/%05d.txt" % i, b"%d" % i) for i in range(20000)]))
put("encrypted.zip", b"")  # replaced by `zip -P` below
full = raw_zip([m("a.pdf", b"%PDF first"), m("b.pdf", b"%PDF second"), m("c.pdf", b"c" * 40000)])
put("truncated.zip", full[: full.index(b"ccccc") + 20000])
put("names.zip", raw_zip([m(b"\x8e\x84\x94\x81.pdf", b"%PDF cp437"),                       # CP437 "ÄäöÅ"-ish bytes, no flag
                          m(b"B\xe1o c\xe1o/K\xea\xec hoa\xf2ch.pdf", b"%PDF 1258"),        # Windows-1258, no flag
                          m("Quye\u0302\u0301t \u0111i\u0323nh.pdf", b"%PDF nfd")]))       # NFD, no flag (macOS)
put("duplicates.zip", raw_zip([m("TC 2/Báo cáo.pdf", b"%PDF one", flags=0x800), m("TC 2/Báo cáo.pdf", b"%PDF two", flags=0x800),
                               m("TC 2/BÁO CÁO.pdf", b"%PDF three", flags=0x800)]))
put("exe.zip", raw_zip([m("Quyet dinh.pdf", open("/bin/true", "rb").read())]))
PY
( cd "$tmp/cwd" && printf '%%PDF-1.4 secret\n' > s.pdf && printf '%%PDF-1.4 open\n' > o.pdf &&
  rm -f "$inbox/phong-noi-vu/encrypted.zip" && zip -q -P 12345678 "$inbox/phong-noi-vu/encrypted.zip" s.pdf &&
  zip -q "$inbox/phong-noi-vu/encrypted.zip" o.pdf && rm s.pdf o.pdf )
touch -d '-1 hour' "$inbox"/phong-noi-vu/*.zip  # settled, and the truncated one is past its grace period

find "$tmp" -path "$state" -prune -o -path "$inbox" -prune -o -print | sort >"$meta/before.list"
touch "$meta/marker"
sleep 1
rc=0
(cd "$tmp/cwd" && "$bin" watch --config "$tmp/kc.yaml" --once --as-of 2022-11-30 >"$meta/watch.out" 2>&1) || rc=$?
[ "$rc" -eq 0 ] || { bad "watch --once: exit $rc"; tail -20 "$meta/watch.out" >&2; }

# --- nothing written outside the state directory --------------------------------------
[ -e "/tmp/$slip_target" ] && bad "a zip-slip / absolute entry was written to /tmp/$slip_target"
[ -z "$(ls -A "$tmp/cwd")" ] || bad "files appeared in the working folder: $(ls -A "$tmp/cwd")"
find "$tmp" -path "$state" -prune -o -path "$inbox" -prune -o -print | sort >"$meta/after.list"
diff -q "$meta/before.list" "$meta/after.list" >/dev/null ||
    bad "files outside state/ appeared or vanished: $(diff "$meta/before.list" "$meta/after.list" | head -5)"
changed=$(find "$tmp" -newer "$meta/marker" -type f ! -path "$state/*" | head -5)
[ -z "$changed" ] || bad "files outside the state directory were written: $changed"
[ -z "$(ls -A "$inbox/phong-noi-vu")" ] || bad "drops left in the inbox: $(ls "$inbox/phong-noi-vu")"

# --- reasons, quarantine, received -----------------------------------------------------
"$py" - "$state" <<'PY' || bad "reasons / quarantine (details above)"
import glob, json, os, sys
state = sys.argv[1]
ix = json.load(open(os.path.join(state, "index.json")))
subs = {s["file"]: s for s in ix["submissions"]}
docs = {}
for d in ix["documents"]:
    docs.setdefault(d["submission"], []).append(d)
def codes(name):
    s = subs[name]
    out = {r["code"] for r in s["reasons"]}
    for d in docs.get(s["id"], []):
        out |= {r["code"] for r in d["reasons"]}
    return out
# file → (a reason code that must appear, quarantined?)
expect = {
    "slip.zip": ("UNSAFE_PATH", True), "absolute.zip": ("UNSAFE_PATH", True), "symlink.zip": ("SYMLINK_ENTRY", True),
    "ratio-bomb.zip": ("COMPRESSION_RATIO", True), "nested-bomb.zip": ("COMPRESSION_RATIO", True),
    "many.zip": ("TOO_MANY_ENTRIES", True), "truncated.zip": ("ARCHIVE_DAMAGED", True),
    "encrypted.zip": ("ENCRYPTED_ENTRY", False), "names.zip": ("NAME_ENCODING", False),
    "duplicates.zip": ("DUPLICATE_NAME", False), "exe.zip": ("UNSUPPORTED_FORMAT", False),
}
bad = []
for name, (code, quarantined) in expect.items():
    if name not in subs:
        bad.append(f"{name}: not recorded"); continue
    c = codes(name)
    if code not in c: bad.append(f"{name}: expected {code}, got {sorted(c)}")
    sid, unit = subs[name]["id"], subs[name]["unit"]
    q = os.path.join(state, "quarantine", unit, sid, name)
    r = os.path.join(state, "received", sid, name)
    if quarantined:
        if not os.path.isfile(q): bad.append(f"{name}: not in the quarantine ({q})"); continue
        note = open(q + ".reasons.txt", encoding="utf-8").read() if os.path.isfile(q + ".reasons.txt") else ""
        for want in ("TỆP BỊ CÁCH LY", "QUARANTINED DROP", "[" + code + "]", sid, "never deleted", "không bao giờ bị xoá"):
            if want not in note: bad.append(f"{name}: the reasons note lacks {want!r}")
        if os.path.exists(r): bad.append(f"{name}: also in received/")
    else:
        if not os.path.isfile(r): bad.append(f"{name}: not kept in received/")
        if os.path.exists(os.path.dirname(q)): bad.append(f"{name}: quarantined but should not be")
# overlapping entries: stopped as a bomb, quarantined
ov = subs.get("overlap-bomb.zip")
if not ov or "COMPRESSION_RATIO" not in {r["code"] for r in ov["reasons"]}:
    bad.append(f"overlap-bomb.zip: {sorted(codes('overlap-bomb.zip')) if ov else 'not recorded'}")
elif not os.path.isfile(os.path.join(state, "quarantine", ov["unit"], ov["id"], "overlap-bomb.zip")):
    bad.append("overlap-bomb.zip: not in the quarantine")
# the good document beside the bomb is still recorded as a document
rb = [d for d in docs.get(subs["ratio-bomb.zip"]["id"], []) if d["path_in_archive"] == "scan.pdf"]
if not rb or not rb[0].get("sha256"): bad.append("ratio-bomb.zip: the real document beside the bomb was not kept")
# names decoded, NFC, raw kept in the record
names = {d["path_in_archive"] for d in docs.get(subs["names.zip"]["id"], [])}
for want in ("Báo cáo/Kế hoạch.pdf", "Quyết định.pdf"):
    if want not in names: bad.append(f"names.zip: {want!r} not among {sorted(names)}")
# receipts mention the quarantine
for name, (code, quarantined) in expect.items():
    sid = subs.get(name, {}).get("id")
    if not sid or not quarantined: continue
    rec = glob.glob(os.path.join(state, "outbox", "*", sid + ".receipt.txt"))
    if not rec or "cách ly" not in open(rec[0], encoding="utf-8").read(): bad.append(f"{name}: receipt does not mention the quarantine")
if bad:
    print("\n".join("  " + b for b in bad)); sys.exit(1)
print(f"watch_hostile: {len(expect) + 1} hostile drops recorded with their reasons")
PY

if [ "$failures" -gt 0 ]; then
    echo "watch_hostile_test: $failures failure(s)" >&2
    exit 1
fi
echo "watch_hostile_test: OK"
