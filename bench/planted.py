#!/usr/bin/python3
"""Checks that plancheck reports exactly the findings generate.py planted.

    planted.py --plancheck BIN [--keep DIR]

Generates small plan repositories (a few shapes and seeds, in a temporary
folder) and runs `plancheck check --format short --lang en .` on each:

- with the planted findings: every reported finding matches one planted
  finding (same rule, a file it may be reported in, and the same line and
  column where planted.json gives them) and every planted one is reported;
- without them (--no-planted): nothing at all is reported, not even a note,
  and the exit code is 0.

This is a correctness test of the generator (the benchmark data are valid
plan sets), not a timing test. bench/run.py uses compare() on the data it
measures too.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
# file:line:col: severity[rule]: message
SHORT = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<column>\d+): \w+\[(?P<rule>[^\]]+)\]: ")
SHAPES = [  # councils, years, projects per council-year, seed
    (1, 4, 40, 8),
    (2, 3, 25, 1),
    (3, 5, 60, 2024),
    (1, 1, 20, 3),
]


def check_output(plancheck, data):
    proc = subprocess.run([plancheck, "check", "--format", "short", "--lang", "en", "."], cwd=data,
                          capture_output=True, text=True, env=dict(os.environ, LANG="C.UTF-8"))
    return proc.stdout, proc.stderr, proc.returncode


def compare(planted, output):
    """Problems (as text) between the planted findings and plancheck's short output."""
    problems = []
    left = list(planted)
    for line in output.splitlines():
        m = SHORT.match(line)
        if not m:
            problems.append("unexpected output line: " + line)
            continue
        found = {"rule": m["rule"], "file": m["file"], "line": int(m["line"]),
                 "column": int(m["column"])}
        match = next((p for p in left if p["rule"] == found["rule"] and found["file"] in p["files"]
                      and p.get("line", found["line"]) == found["line"]
                      and p.get("column", found["column"]) == found["column"]), None)
        if match is None:
            problems.append("not planted: " + line)
        else:
            left.remove(match)
    for p in left:
        problems.append("planted but not reported: %s in %s%s" % (
            p["rule"], " or ".join(p["files"]), " at %d:%d" % (p["line"], p["column"])
            if "line" in p else ""))
    return problems


def generate(out, councils, years, projects, seed, planted):
    argv = [PYTHON, os.path.join(HERE, "generate.py"), "--councils", str(councils), "--years",
            str(years), "--projects", str(projects), "--seed", str(seed), "--out", out]
    subprocess.run(argv + ([] if planted else ["--no-planted"]), check=True)


def run(plancheck, root):
    failures = 0
    for councils, years, projects, seed in SHAPES:
        for planted in (True, False):
            name = "%dx%dx%d-seed%d-%s" % (councils, years, projects, seed,
                                            "planted" if planted else "clean")
            data = os.path.join(root, name)
            generate(data, councils, years, projects, seed, planted)
            with open(os.path.join(data, "planted.json"), encoding="utf-8") as f:
                expected = json.load(f)
            out, err, code = check_output(plancheck, data)
            problems = compare(expected, out)
            want_code = 1 if expected else 0
            if code != want_code:
                problems.append("exit code %d, expected %d" % (code, want_code))
            if err:
                problems.append("stderr: " + err)
            if planted and councils == 1 and years >= 3 and len(expected) != 7:
                problems.append("expected all 7 planted findings, the generator planted %d"
                                % len(expected))
            status = "ok" if not problems else "FAIL"
            print("%-30s %s (%d planted)" % (name, status, len(expected)))
            for p in problems:
                print("    " + p)
            failures += bool(problems)
    return failures


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--plancheck", required=True)
    ap.add_argument("--keep", help="generate into this folder and keep it")
    a = ap.parse_args()
    if a.keep:
        os.makedirs(a.keep, exist_ok=True)
        failures = run(os.path.abspath(a.plancheck), a.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="plancheck-bench-") as root:
            failures = run(os.path.abspath(a.plancheck), root)
    print("%d passed, %d failed" % (len(SHAPES) * 2 - failures, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
