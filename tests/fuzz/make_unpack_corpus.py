#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""make_unpack_corpus.py -- (re)write the seed corpora of the unpack fuzz targets, FOR TESTS ONLY.

  corpus/unpack/      small archives, each reaching one path of the unpacker: UTF-8 / legacy /
                      NFD names, zip slip, symlink, ZipCrypto entry, nested zips, duplicate
                      names, truncation, a ratio bomb, 20 entries over a low limit is left to the
                      unit tests; tar.gz and 7z (7z only when the `7z` CLI is installed).
  corpus/entry_name/  a selector byte (bit 0: UTF-8 flag; bits 1-2: code page 1258/437/none/1252)
                      then raw name bytes.
Byte-deterministic except the 7z seed. Expected results: corpus/<target>.expected (replay_main.cpp).
Run with /usr/bin/python3.
"""
import binascii
import gzip
import io
import os
import shutil
import struct
import subprocess
import sys
import tarfile
import tempfile
import zlib

here = os.path.dirname(os.path.abspath(__file__))


def write(target, name, data):
    d = os.path.join(here, "corpus", target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


# --- zip writer (stored or deflated, optional ZipCrypto, raw names) ---------------------

def _zipcrypto(data, crc):
    k = [0x12345678, 0x23456789, 0x34567890]

    def crc_byte(c, b):
        return (zlib.crc32(bytes([b]), c ^ 0xFFFFFFFF) ^ 0xFFFFFFFF) & 0xFFFFFFFF

    def update(b):
        k[0] = crc_byte(k[0], b)
        k[1] = ((k[1] + (k[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k[2] = crc_byte(k[2], (k[1] >> 24) & 0xFF)

    for b in b"12345678":
        update(b)
    out = bytearray()
    for p in bytes(range(11)) + bytes([crc >> 24]) + data:
        t = (k[2] | 2) & 0xFFFF
        out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
        update(p)
    return bytes(out)


def build_zip(members):
    """members: dicts name(bytes), data(bytes), flag_utf8, deflate, mode, encrypt."""
    body, central = b"", b""
    for m in members:
        data, name = m["data"], m["name"]
        crc = zlib.crc32(data) & 0xFFFFFFFF
        method = 8 if m.get("deflate") else 0
        payload = data
        if method == 8:
            c = zlib.compressobj(9, zlib.DEFLATED, -15)
            payload = c.compress(data) + c.flush()
        flags = (0x0800 if m.get("flag_utf8") else 0) | (1 if m.get("encrypt") else 0)
        if m.get("encrypt"):
            payload = _zipcrypto(payload, crc)
        off = len(body)
        body += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, 0, 0x21, crc, len(payload), len(data),
                            len(name), 0) + name + payload
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, (3 << 8) | 20, 20, flags, method, 0, 0x21, crc,
                               len(payload), len(data), len(name), 0, 0, 0, 0, m.get("mode", 0o100644) << 16,
                               off) + name
    return body + central + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central),
                                        len(body), 0)


def z(name, data=b"%PDF-1.4 seed\n%%EOF\n", **kw):
    d = dict(name=name if isinstance(name, bytes) else name.encode("utf-8"), data=data)
    d.update(kw)
    return d


def unpack_seeds():
    write("unpack", "plain.zip", build_zip([z("TC 1.1/", b"", mode=0o040755), z("TC 1.1/Báo cáo.pdf", flag_utf8=True),
                                            z("Kế hoạch.txt", "Kế hoạch 2022\n".encode() * 20, deflate=True, flag_utf8=True)]))
    write("unpack", "cp1258.zip", build_zip([z(b"B\xe1o c\xe1o/K\xea\xec hoa\xf2ch.pdf")]))
    write("unpack", "nfd.zip", build_zip([z("Ke\u0302\u0301 hoa\u0323ch.pdf")]))
    write("unpack", "slip.zip", build_zip([z("../../etc/x"), z("/abs"), z("C:\\win.ini"), z("a\\..\\..\\b"),
                                           z("ok/./good.pdf")]))
    write("unpack", "symlink.zip", build_zip([z("passwd", b"/etc/passwd", mode=0o120777), z("a.pdf")]))
    write("unpack", "encrypted.zip", build_zip([z("secret.pdf", encrypt=True), z("open.pdf")]))
    inner = build_zip([z("doc.pdf")])
    for level in (3, 2, 1):
        inner = build_zip([z("l%d.zip" % level, inner)])
    write("unpack", "nested.zip", inner)
    write("unpack", "dup.zip", build_zip([z("a/Báo cáo.pdf", b"1", flag_utf8=True), z("a/Báo cáo.pdf", b"2", flag_utf8=True),
                                          z("a/BÁO CÁO.pdf", b"3", flag_utf8=True)]))
    full = build_zip([z("a.pdf", b"first"), z("b.pdf", b"second"), z("c.pdf", b"c" * 4000)])
    write("unpack", "truncated.zip", full[: full.index(b"ccccc") + 1000])
    write("unpack", "bomb.zip", build_zip([z("zeros.bin", b"\0" * (3 << 20), deflate=True)]))
    write("unpack", "docx-inside.zip", build_zip([z("bao cao.docx", build_zip([z("[Content_Types].xml", b"<Types/>"),
                                                                                 z("word/document.xml", b"<w/>")]))]))
    write("unpack", "empty.zip", build_zip([]))

    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as t:
        for name, data in (("TC 2.1/Quyết định.pdf", b"%PDF-7"), ("link", None)):
            info = tarfile.TarInfo(name)
            info.mtime = 1668933000
            if data is None:
                info.type, info.linkname = tarfile.SYMTYPE, "../../etc/passwd"
                t.addfile(info)
            else:
                info.size = len(data)
                t.addfile(info, io.BytesIO(data))
    gz = io.BytesIO()
    with gzip.GzipFile(fileobj=gz, mode="wb", mtime=0) as g:
        g.write(buf.getvalue())
    write("unpack", "pax.tar.gz", gz.getvalue())

    if shutil.which("7z"):
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "src")
            os.makedirs(os.path.join(src, "TC 3"))
            for i, text in enumerate(["Báo cáo quý %d\n" % q * 50 for q in range(1, 4)]):
                p = os.path.join(src, "TC 3", "bc%d.txt" % i)
                open(p, "w", encoding="utf-8").write(text)
                os.utime(p, (1668933000, 1668933000))
            subprocess.run(["7z", "a", "-bd", "-y", "-ms=on", os.path.join(tmp, "s.7z"), "."], cwd=src, check=True,
                           stdout=subprocess.DEVNULL)
            write("unpack", "solid.7z", open(os.path.join(tmp, "s.7z"), "rb").read())


def entry_name_seeds():
    seeds = {
        "utf8-flag": b"\x01" + "TC 1.1/Báo cáo.pdf".encode(),
        "nfd": b"\x00" + "Ke\u0302\u0301 hoa\u0323ch.pdf".encode(),
        "cp1258": b"\x00" + b"B\xe1o c\xe1o/K\xea\xec hoa\xf2ch.pdf",
        "cp437": b"\x02" + b"\xa5and\xa3.txt",
        "no-legacy": b"\x04" + b"\xff\xfe bad.pdf",
        "cp1252": b"\x06" + b"R\xe9sum\xe9.docx",
        "dotdot": b"\x00" + b"a/../../etc/passwd",
        "backslash-dotdot": b"\x00" + b"a\\..\\..\\b",
        "absolute": b"\x00" + b"/etc/passwd",
        "drive": b"\x00" + b"C:\\Windows\\win.ini",
        "fullwidth": b"\x01" + "a\uff0f\uff0e\uff0e\uff0fb".encode(),
        "trailing-dots": b"\x00" + b"a/.. /x",
        "control": b"\x00" + b"a\x07b.pdf",
        "macosx": b"\x00" + b"__MACOSX/._a.pdf",
        "office-lock": b"\x00" + b"TC/~$bao cao.docx",
        "docx": b"\x00" + b"TC/bao cao.docx",
        "dot-slash": b"\x00" + b"./TC//x/./y.pdf",
        "long": b"\x00" + b"a/" * 2100,
    }
    for name, data in seeds.items():
        write("entry_name", name, data)


def main():
    for target in ("unpack", "entry_name"):
        shutil.rmtree(os.path.join(here, "corpus", target), ignore_errors=True)
    unpack_seeds()
    entry_name_seeds()


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    main()
