#!/usr/bin/python3
"""bench/ocr_cer.py GT OCR — character error rate of OCR against the ground
truth: Levenshtein distance / ground-truth length, both NFC with every run of
white space made one space (layout is not judged, letters and marks are)."""
import sys
import unicodedata


def norm(s):
    return " ".join(unicodedata.normalize("NFC", s).split())


def distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def cer(gt, ocr):
    gt, ocr = norm(gt), norm(ocr)
    return distance(gt, ocr) / max(1, len(gt))


if __name__ == "__main__":
    print(f"{cer(open(sys.argv[1], encoding='utf-8').read(), open(sys.argv[2], encoding='utf-8').read()):.4f}")
