#!/usr/bin/env python3
"""Fails on a PNG that shows an empty page: one that cannot be decoded, or
where almost every pixel has the page's background colour, or that has too
few colours to hold text and a chart. Standard library only (zlib).

  png_check.py FILE.png
"""

import struct
import sys
import zlib

CHANNELS = {0: 1, 2: 3, 4: 2, 6: 4}  # colour type -> samples per pixel


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def pixels(path):
    """The rows of an 8-bit, non-interlaced PNG as lists of pixel tuples."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in CHANNELS or interlace:
        raise ValueError("unsupported PNG (depth %d, colour type %d, interlace %d)" % (depth, colour, interlace))
    step = CHANNELS[colour]
    raw = zlib.decompress(idat)
    stride = width * step
    previous = bytearray(stride)
    rows = []
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - step] if i >= step else 0
            up = previous[i]
            corner = previous[i - step] if i >= step else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                line[i] = (line[i] + paeth(left, up, corner)) & 0xFF
        rows.append([tuple(line[x:x + step]) for x in range(0, stride, step)])
        previous = line
    return width, height, rows


def main():
    path = sys.argv[1]
    width, height, rows = pixels(path)
    counts = {}
    for row in rows:
        for p in row:
            counts[p] = counts.get(p, 0) + 1
    background, most = max(counts.items(), key=lambda item: item[1])
    inked = 1 - most / (width * height)
    print("%s: %dx%d, %d colours, %.1f%% of the page differs from the background %s"
          % (path, width, height, len(counts), 100 * inked, background))
    if len(counts) < 16 or inked < 0.02:
        print("FAIL: the page is (nearly) empty")
        sys.exit(1)


if __name__ == "__main__":
    main()
