#!/usr/bin/env python3
"""Writes the fuzzer's seed corpus and dictionary from the repository's plan sets.

  make_seeds.py [--check]

Seeds (tests/fuzz/seeds/): one input per plan set, its files joined by the
fuzz target's separator line: the examples, every rule fixture (fail/ and
pass/) and the CLI golden cases that hold YAML. Dictionary
(fuzz/plancheck.dict): every key of the plan-file schemas, the enum values,
the separator and YAML's indicators, so that mutations speak the format.
`make fuzz` runs this first; --check only reports whether the committed
files are up to date (exit 1 when not).
"""

import glob
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "tests", "fuzz", "seeds")
DICT = os.path.join(ROOT, "fuzz", "plancheck.dict")
SEPARATOR = b"#--- file ---\n"  # fuzz/target.cpp's kSeparator

YAML_TOKENS = [b"---", b"...", b"- ", b": ", b"? ", b"&a ", b"*a", b"!!str ", b"!tag ", b"|", b">-",
               b"|+", b"[", b"]", b"{", b"}", b", ", b"#", b"\"", b"'", b"\\u2028", b"\\x1b",
               b"%YAML 1.2", b"<<: ", b"~", b"null", b"true", b"false", b".nan", b".inf", b"-.inf",
               b"0x10", b"1e6", b"9223372036854775807", b"9 223 372 036 854 775 807", b"2024-02-29",
               b"2024-02-30", b"2021-13", b"\t", b"\r\n", b"\xef\xbb\xbf", b"\xc2\x85",
               b"\xe2\x80\xa8", b"\x00", b"\xff"]


def plan_sets():
    """(name, folder) of every plan set to seed from."""
    sets = [("examples-" + os.path.basename(d), d)
            for d in sorted(glob.glob(os.path.join(ROOT, "examples", "*"))) if os.path.isdir(d)]
    for d in sorted(glob.glob(os.path.join(ROOT, "tests", "rules", "*", "*", "*"))):
        if os.path.isdir(d):
            sets.append(("rules-" + os.path.relpath(d, os.path.join(ROOT, "tests", "rules"))
                         .replace(os.sep, "-"), d))
    for d in sorted(glob.glob(os.path.join(ROOT, "tests", "cli", "*"))):
        if os.path.isdir(d):
            sets.append(("cli-" + os.path.basename(d), d))
    return sets


def yaml_files(folder):
    found = []
    for base, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(base, name)
            if name.endswith((".yaml", ".yml")) and os.path.isfile(path):  # no dangling links
                found.append(path)
    return found


def seeds():
    out = {}
    for name, folder in plan_sets():
        files = yaml_files(folder)
        if files:
            parts = []
            for path in files:
                with open(path, "rb") as f:
                    parts.append(f.read())
            out[name] = SEPARATOR.join(parts)
    return out


def schema_words():
    keys, values = set(), set()

    def walk(node):
        if isinstance(node, dict):
            keys.update(node.get("properties", {}).keys())
            values.update(v for v in node.get("enum", []) if isinstance(v, str))
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    for kind in ("frame", "yearly-plan", "project-list"):
        with open(os.path.join(ROOT, "schemas", kind + ".schema.json"), encoding="utf-8") as f:
            walk(json.load(f))
    return sorted(keys), sorted(values)


def dictionary():
    keys, values = schema_words()
    lines = ["# libFuzzer dictionary for plancheck (written by fuzz/make_seeds.py).",
             "separator=" + quoted(SEPARATOR)]
    lines += ["key_%s=%s" % (k.replace("-", "_"), quoted((k + ": ").encode())) for k in keys]
    lines += ["value_%s=%s" % (v.replace("-", "_"), quoted(v.encode())) for v in values]
    lines += ["yaml_%d=%s" % (i, quoted(t)) for i, t in enumerate(YAML_TOKENS)]
    return ("\n".join(lines) + "\n").encode()


def quoted(data):
    """A dictionary entry's value: printable ASCII as is, other bytes as \\xNN."""
    out = ""
    for b in data:
        if 0x20 <= b < 0x7F and b not in (0x22, 0x5C):
            out += chr(b)
        else:
            out += "\\x%02X" % b
    return '"' + out + '"'


def main():
    wanted = {os.path.join(SEEDS, name): data for name, data in seeds().items()}
    wanted[DICT] = dictionary()
    stale = []
    for path, data in sorted(wanted.items()):
        current = open(path, "rb").read() if os.path.exists(path) else None
        if current != data:
            stale.append(os.path.relpath(path, ROOT))
            if "--check" not in sys.argv:
                with open(path, "wb") as f:
                    f.write(data)
    extra = [p for p in glob.glob(os.path.join(SEEDS, "*")) if p not in wanted]
    for path in extra:
        stale.append(os.path.relpath(path, ROOT))
        if "--check" not in sys.argv:
            os.remove(path)
    if "--check" in sys.argv:
        for path in stale:
            print("out of date: " + path)
        return 1 if stale else 0
    print("fuzz seeds: %d inputs in %s, %d updated" % (len(wanted) - 1, os.path.relpath(SEEDS, ROOT),
                                                        len(stale)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
