#!/usr/bin/env python3
"""The output is the same, byte for byte, whatever the number of threads.

  parallel.py --plancheck BIN

plancheck reads, parses and decodes plan files on -j N threads and merges
them in the order of their paths (src/model/load.cpp); then it computes
each frame's figures and runs each frame's rules on as many threads and
merges their findings in frame order (src/rules/engine.cpp). This runs `check`
(text, JSON and SARIF) and `summary --year all` (text and JSON) with -j 1
and with more threads, also through PLANCHECK_JOBS, and compares standard
output, standard error and the exit code, on:

- the Lillehammer example (small: read on one thread whatever N is);
- every rule fixture of tests/rules as one plan set, and every CLI fixture
  of tests/cli as one (broken, hostile and odd files among them);
- a generated plan set of three councils (bench/generate.py) with the
  benchmark's planted findings;
- a generated set past the limits on findings: 12 project lists of 250
  broken grants each (12 000 findings kept of them, more than the 10 000
  kept in all) between
  files with syntax errors, invalid UTF-8, an alias bomb and a file that is
  not a plan file, so that the findings past the limit are counted the
  same whichever thread loaded their file.

Also: a bad PLANCHECK_JOBS or -j is a usage error (exit 2).
"""

import argparse
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARKER = "plancheck: 1\nkind: project-list\nframe: rad\nyear: 2022\n"

problems = []


def environment(**extra):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("LC_") and k not in ("GITHUB_STEP_SUMMARY", "LANGUAGE", "NO_COLOR",
                                                     "PLANCHECK_JOBS")}
    env["LANG"] = "C.UTF-8"
    env["SOURCE_DATE_EPOCH"] = "1796212800"  # summaries made around midnight still compare
    env.update(extra)
    return env


def run(binary, args, env=None):
    proc = subprocess.run([binary, *args], capture_output=True, env=env or environment(),
                          timeout=600)
    return proc.returncode, proc.stdout, proc.stderr


def first_difference(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return "byte %d: %r against %r" % (i, a[max(0, i - 40):i + 40], b[max(0, i - 40):i + 40])
    return "lengths %d and %d" % (len(a), len(b))


def compare(binary, name, path, every_format=True):
    commands = [
        ["check", "--lang", "en", path],
        ["check", "--lang", "nb", "--format", "json", path],
        ["check", "--lang", "en", "--format", "sarif", path],
        ["summary", "--lang", "nb", "--year", "all", path],
        ["summary", "--lang", "en", "--year", "all", "--format", "json", path],
    ]
    if not every_format:  # 10 000 findings: text and JSON say it all
        commands = commands[:2] + commands[3:4]
    for command in commands:
        one = run(binary, command + ["-j", "1"])
        if one[0] not in (0, 1):
            problems.append("%s: %s -j 1 exited with %d: %s"
                            % (name, " ".join(command[:-1]), one[0], one[2][-500:]))
            continue
        others = {"-j 2": run(binary, command + ["-j", "2"]),
                  "-j 7": run(binary, command + ["--jobs", "7"]),
                  "PLANCHECK_JOBS=3": run(binary, command, environment(PLANCHECK_JOBS="3"))}
        for how, other in others.items():
            for part, label in ((0, "exit code"), (1, "standard output"), (2, "standard error")):
                if one[part] != other[part]:
                    detail = (first_difference(one[part], other[part]) if part else
                              "%d against %d" % (one[0], other[0]))
                    problems.append("%s: %s: %s differs between -j 1 and %s: %s"
                                    % (name, " ".join(command[:-1]), label, how, detail))
    print("  %s: the same with 1, 2, 3 and 7 threads" % name)


def generated(out):
    subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate.py"), "--councils", "3",
                    "--years", "4", "--projects", "60", "--out", out], check=True,
                   stdout=subprocess.DEVNULL)
    return out


def past_the_limits(out):
    """More findings than plancheck keeps, spread over files of every kind of trouble."""
    os.makedirs(out)
    grant = ("  - id: p{i}\n    titel: Prosjekt {i}\n    amount: mange\n    measure: [m]\n"
             "    decision: {{case: x, date: 2022-13-01}}\n")
    for n in range(12):
        with open(os.path.join(out, "list-%02d.yaml" % n), "w") as f:
            f.write(MARKER + "projects:\n" + "".join(grant.format(i=i) for i in range(250)))
        if n % 4 == 0:
            with open(os.path.join(out, "list-%02d-syntax.yaml" % n), "w") as f:
                f.write(MARKER + "projects: [\n  - {id: x\n")
        if n % 4 == 1:
            with open(os.path.join(out, "list-%02d-utf8.yaml" % n), "wb") as f:
                f.write(MARKER.encode() + b"projects:\n  - id: \xff\xfe\n")
        if n % 4 == 2:
            lines = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
            for level in range(1, 8):
                lines.append("l%d: &l%d [%s]" % (level, level, ", ".join(["*l%d" % (level - 1)] * 10)))
            with open(os.path.join(out, "list-%02d-bomb.yaml" % n), "w") as f:
                f.write(MARKER + "\n".join(lines) + "\nprojects: *l7\n")
        if n % 4 == 3:
            with open(os.path.join(out, "list-%02d-other.yaml" % n), "w") as f:
                f.write("on: push\njobs: {}\n")
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--plancheck", required=True)
    args = ap.parse_args()
    binary = os.path.abspath(args.plancheck)
    with tempfile.TemporaryDirectory(prefix="plancheck-parallel-") as tmp:
        sets = [
            ("the example", os.path.join(ROOT, "examples", "lillehammer")),
            ("tests/rules as one set", os.path.join(ROOT, "tests", "rules")),
            ("tests/cli as one set", os.path.join(ROOT, "tests", "cli")),
            ("a generated set of three councils", generated(os.path.join(tmp, "generated"))),
            ("a set past the limits on findings", past_the_limits(os.path.join(tmp, "limits"))),
        ]
        for name, path in sets:
            compare(binary, name, path, every_format=path != sets[-1][1])
        code, out, _ = run(binary, ["check", "--format", "json", sets[-1][1]])
        if b"file/too-many-findings" not in out:
            problems.append("the set past the limits did not reach them (no file/too-many-findings)")
        example = sets[0][1]
        for value in ("0", "-1", "two", "2x", "1025", " 2"):
            code, _, err = run(binary, ["check", example], environment(PLANCHECK_JOBS=value))
            if code != 2 or b"PLANCHECK_JOBS" not in err:
                problems.append("PLANCHECK_JOBS=%r: exit %d, %r" % (value, code, err[-200:]))
        for value in ("0", "1025", "x"):
            code, _, err = run(binary, ["check", "-j", value, example])
            if code != 2:
                problems.append("-j %s: exit %d, %r" % (value, code, err[-200:]))
        code, _, _ = run(binary, ["check", example], environment(PLANCHECK_JOBS=""))
        if code != 0:
            problems.append("an empty PLANCHECK_JOBS is not taken as unset: exit %d" % code)
    for p in problems:
        print("FAIL:", p)
    print("parallel: %d problems" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
