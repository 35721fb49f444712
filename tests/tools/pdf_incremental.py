# -*- coding: utf-8 -*-
"""pdf_incremental.py -- append an incremental update to a PDF without touching its bytes.

FOR TESTS ONLY (kiemchung test tooling; used by sign_pdf.py and pdf_mutate.py).

How it works: `qpdf --json=2` tells us the current state of the document (trailer, catalog,
page objects, highest object number), the original file's `startxref` tells us the /Prev.
Objects we change are re-serialised from qpdf's JSON form and appended after the original
%%EOF, followed by a classic xref table (or an uncompressed xref stream when the original
ends with an xref stream) with /Prev, and a new trailer.
"""
import json
import re
import subprocess
import tempfile

REF_RE = re.compile(r"^(\d+) (\d+) R$")


class Raw:
    """Already-serialised PDF syntax, written as is."""

    def __init__(self, data):
        self.data = data if isinstance(data, bytes) else data.encode("latin-1")


class Ref:
    def __init__(self, num, gen=0):
        self.num, self.gen = num, gen


def pdf_name(n):
    out = "/"
    for ch in n.encode("utf-8"):
        c = chr(ch)
        if 0x21 <= ch <= 0x7E and c not in "#()<>[]{}/%":
            out += c
        else:
            out += "#%02X" % ch
    return out


def pdf_text_string(s):
    """A text string: literal if printable ASCII, else UTF-16BE with BOM as hex."""
    if all(0x20 <= ord(c) < 0x7F for c in s):
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


def serialize(v):
    """Serialise a qpdf-JSON-v2 value (or Raw/Ref) to PDF syntax (str, latin-1 safe)."""
    if isinstance(v, Raw):
        return v.data.decode("latin-1")
    if isinstance(v, Ref):
        return "%d %d R" % (v.num, v.gen)
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, dict):
        if "stream" in v:
            raise ValueError("cannot re-serialise a stream object from JSON")
        return "<<" + "".join(" %s %s" % (pdf_name(k[1:]), serialize(x)) for k, x in v.items()) + " >>"
    if isinstance(v, list):
        return "[" + " ".join(serialize(x) for x in v) + "]"
    if isinstance(v, Number):
        return v.text
    if isinstance(v, str):
        if REF_RE.match(v):
            return v
        if v.startswith("/"):
            return pdf_name(v[1:])
        if v.startswith("n:/"):
            return v[2:]  # qpdf already wrote #xx escapes
        if v.startswith("u:"):
            return pdf_text_string(v[2:])
        if v.startswith("b:"):
            return "<" + v[2:] + ">"
        raise ValueError("unknown qpdf JSON string form: %r" % v)
    raise TypeError("cannot serialise %r" % (v,))


class Number:
    def __init__(self, text):
        self.text = text


def parse_ref(v):
    m = REF_RE.match(v) if isinstance(v, str) else None
    return (int(m.group(1)), int(m.group(2))) if m else None


def json_string_value(v):
    if isinstance(v, str) and v.startswith("u:"):
        return v[2:]
    if isinstance(v, str) and v.startswith("b:"):
        return bytes.fromhex(v[2:]).decode("latin-1")
    return None


class IncrementalUpdate:
    def __init__(self, data):
        self.data = data
        with tempfile.NamedTemporaryFile(suffix=".pdf") as tmp:
            tmp.write(data)
            tmp.flush()
            res = subprocess.run(["qpdf", "--json=2", "--json-key=pages", "--json-key=qpdf",
                                  "--json-stream-data=none", tmp.name],
                                 capture_output=True)
            if res.returncode not in (0, 3):  # 3 = warnings
                raise RuntimeError("qpdf --json failed: " + res.stderr.decode("utf-8", "replace"))
        doc = json.loads(res.stdout, parse_int=Number, parse_float=Number)
        self.pages = [parse_ref(p["object"]) for p in doc["pages"]]
        meta, objs = doc["qpdf"][0], doc["qpdf"][1]
        self.objects = {}
        for k, v in objs.items():
            if k == "trailer":
                self.trailer = v["value"]
            else:
                self.objects[parse_ref(k[4:])] = v
        if "/Encrypt" in self.trailer:
            raise RuntimeError("encrypted PDFs are not supported")
        size = int(self.trailer["/Size"].text) if "/Size" in self.trailer else 0
        self.next_num = max(size, int(meta["maxobjectid"].text) + 1)
        tail = data[-2048:]
        m = list(re.finditer(rb"startxref\s+(\d+)", tail))
        if not m:
            raise RuntimeError("no startxref in the last 2 KiB")
        self.prev = int(m[-1].group(1))
        self.xref_stream = not data[self.prev:self.prev + 4] == b"xref"
        self.new = []  # (num, gen, body bytes)

    def value(self, ref):
        o = self.objects[ref]
        if "value" not in o:
            raise ValueError("object %r is a stream" % (ref,))
        return o["value"]

    def resolve(self, v):
        r = parse_ref(v)
        return self.value(r) if r else v

    def root_ref(self):
        return parse_ref(self.trailer["/Root"])

    def alloc(self):
        n = self.next_num
        self.next_num += 1
        return n

    def put(self, num, gen, body):
        """body: bytes of the object's content (between 'obj' and 'endobj')."""
        if isinstance(body, str):
            body = body.encode("latin-1")
        self.new = [x for x in self.new if x[0] != num]
        self.new.append((num, gen, body))

    def put_value(self, ref, value):
        self.put(ref[0], ref[1], serialize(value))

    def put_stream(self, num, gen, dict_entries, payload):
        head = "<<" + dict_entries + " /Length %d >>\nstream\n" % len(payload)
        self.put(num, gen, head.encode("latin-1") + payload + b"\nendstream")

    def build(self):
        """Return (appended bytes, {objnum: offset in the full file})."""
        out = bytearray()
        if not self.data.endswith(b"\n") and not self.data.endswith(b"\r"):
            out += b"\n"
        offsets = {}
        for num, gen, body in self.new:
            offsets[num] = (len(self.data) + len(out), gen)
            out += b"%d %d obj\n" % (num, gen) + body + b"\nendobj\n"
        keep = {}
        for k in ("/Root", "/Info", "/ID"):
            if k in self.trailer:
                keep[k] = self.trailer[k]
        if not self.xref_stream:
            xref_off = len(self.data) + len(out)
            out += b"xref\n"
            for start, nums in self._runs(sorted(offsets)):
                out += b"%d %d\n" % (start, len(nums))
                for n in nums:
                    out += b"%010d %05d n\r\n" % (offsets[n][0], offsets[n][1])
            trailer = {"/Size": Number(str(self.next_num)), **keep, "/Prev": Number(str(self.prev))}
            out += b"trailer\n" + serialize(trailer).encode("latin-1") + b"\n"
        else:
            xnum = self.alloc()
            xref_off = len(self.data) + len(out)
            offsets[xnum] = (xref_off, 0)
            index, rows = [], bytearray()
            for start, nums in self._runs(sorted(offsets)):
                index += [start, len(nums)]
                for n in nums:
                    rows += bytes([1]) + offsets[n][0].to_bytes(4, "big") + offsets[n][1].to_bytes(2, "big")
            d = {"/Type": "/XRef", "/Size": Number(str(self.next_num)), **keep,
                 "/Prev": Number(str(self.prev)), "/W": Raw("[1 4 2]"),
                 "/Index": Raw("[" + " ".join(map(str, index)) + "]"),
                 "/Length": Number(str(len(rows)))}
            out += (b"%d 0 obj\n" % xnum + serialize(d).encode("latin-1") + b"\nstream\n" + bytes(rows)
                    + b"\nendstream\nendobj\n")
        out += b"startxref\n%d\n%%%%EOF\n" % xref_off
        return bytes(out), {n: o for n, (o, g) in offsets.items()}

    @staticmethod
    def _runs(nums):
        runs = []
        for n in nums:
            if runs and runs[-1][0] + len(runs[-1][1]) == n:
                runs[-1][1].append(n)
            else:
                runs.append((n, [n]))
        return runs


def add_to_array(upd, holder, key, item, holder_ref=None):
    """Append item to holder[key] (a direct array, an indirect array, or absent).
    Returns True if holder itself was modified (caller must rewrite it)."""
    cur = holder.get(key)
    r = parse_ref(cur) if cur is not None else None
    if r is not None:
        arr = list(upd.value(r))
        arr.append(item)
        upd.put_value(r, arr)
        return False
    arr = list(cur) if cur is not None else []
    arr.append(item)
    holder[key] = arr
    return True
