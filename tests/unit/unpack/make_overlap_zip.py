#!/usr/bin/python3
"""make_overlap_zip.py OUT [FILES] [KERNEL_BYTES] -- an overlapping-entry zip bomb, FOR TESTS ONLY.

David Fifield's "quoted overlap" construction (https://www.bamsoftware.com/hacks/zipbomb/):
FILES local file headers, each followed by a non-final stored deflate block that quotes the
next local header; the last one is followed by one deflated kernel (KERNEL_BYTES zeros). The
compressed data of every file therefore runs on to the end of the shared kernel, so each file
inflates to about KERNEL_BYTES while the archive holds the kernel once. Distinct local-header
offsets: libarchive cannot collapse the entries (as it does when central-directory records
simply repeat one offset). CRCs are correct. Used by tests/unit/unpack/bomb_test.cpp and
tests/integration/watch_hostile_test.sh.
"""
import struct
import sys
import zlib


def build(files, kernel_bytes):
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    kernel = c.compress(b"\0" * kernel_bytes) + c.flush()
    names = [b"%06d.txt" % i for i in range(files)]

    def lfh(name, crc, csize, usize):
        return struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, csize, usize, len(name), 0) + name

    # Back to front: file i inflates to LFH(i+1) + … + LFH(n-1) + the kernel's output, and its
    # compressed data is quote(LFH(i+1)) + the compressed data of file i+1.
    headers = [b""] * files
    quoted = b""  # LFH(i+1) … LFH(n-1): what the quotes of file i output
    csize = len(kernel)
    for i in range(files - 1, -1, -1):
        if i < files - 1:
            quoted = headers[i + 1] + quoted
            csize += 5 + len(headers[i + 1])
        crc = zlib.crc32(b"\0" * kernel_bytes, zlib.crc32(quoted))
        headers[i] = lfh(names[i], crc, csize, len(quoted) + kernel_bytes)

    body, offsets = headers[0], [0]
    for i in range(1, files):
        body += struct.pack("<BHH", 0, len(headers[i]), len(headers[i]) ^ 0xFFFF)  # non-final stored block
        offsets.append(len(body))
        body += headers[i]
    body += kernel
    central = b""
    for i in range(files):
        _, _, _, _, _, _, crc, csz, usz, _, _ = struct.unpack("<IHHHHHIIIHH", headers[i][:30])
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, (3 << 8) | 20, 20, 0, 8, 0, 0x21, crc, csz, usz,
                               len(names[i]), 0, 0, 0, 0, 0o100644 << 16, offsets[i]) + names[i]
    return body + central + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, files, files, len(central), len(body), 0)


if __name__ == "__main__":
    out = sys.argv[1]
    files = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    kernel_bytes = int(sys.argv[3]) if len(sys.argv) > 3 else 900000
    with open(out, "wb") as f:
        f.write(build(files, kernel_bytes))
