#!/usr/bin/env python3
"""Golden tests: run plancheck and compare its whole output with expected files.

  golden.py cli   --plancheck BIN   every case folder under tests/cli/
  golden.py rules --plancheck BIN   every rule fixture under tests/rules/

A CLI case is a folder with a file `cmd` (the arguments after `plancheck`,
one line, run in the case folder; LANG=C.UTF-8 unless a file `env` sets
variables, one NAME=VALUE a line) and `expected` (stdout, then stderr after
a line `[stderr]` when there is any, then `[exit N]`). A case may hold a
`setup.sh`; it then runs on a copy of the folder (for inputs that cannot be
committed, such as a 65 MB file). A file `stdin` is given to plancheck as
its standard input (otherwise it reads an empty one); a file `cwd` names the
subfolder of the case folder to run in.

A rule fixture is tests/rules/<area>/<name>/ with `fail/` (a plan set that
triggers the rule, and `expected`: the `--format short` output and exit
code; an `args` file may replace the arguments `check --format short
--lang en .`) and `pass/` (a near-identical set that does not trigger it). Every
rule that plancheck lists must have both, and every fixture folder must
name a rule.

Set PLANCHECK_UPDATE_GOLDEN=1 to rewrite the expected files instead.

For another system (make test-windows): --runner CMD runs plancheck through
CMD (Wine), --cases A,B runs only the named CLI cases, --skip FILE leaves out
the cases FILE names (one a line, each with its reason after a '#'), and
--normalise-paths reads an absolute Windows path (Z:\\tmp\\x) as the Unix path
it names under Wine (/tmp/x) and takes outputs that differ from the expected
ones only in path separators ('\\' for '/') as equal.
"""

import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UPDATE = os.environ.get("PLANCHECK_UPDATE_GOLDEN") == "1"
RUNNER = []             # a command that runs plancheck (Wine), from --runner
SOURCE_DATE_EPOCH = "1796212800"  # 2026-12-02T12:00:00Z
NORMALISE_PATHS = False  # from --normalise-paths

# An absolute Windows path (Wine's drive Z: is the Unix root): read as the
# Unix path it names, with slashes.
WINDOWS_PATH = re.compile(r"\b[A-Z]:[\\/][^\s\"'<>|]*")


def normalised(text):
    return WINDOWS_PATH.sub(lambda m: m.group(0)[2:].replace("\\", "/"), text)


def environment():
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k not in ("NO_COLOR", "GITHUB_STEP_SUMMARY", "LANGUAGE")}
    env["LANG"] = "C.UTF-8"
    env["TERM"] = "dumb"
    # The day the summaries say they were made (2 December 2026), so that they compare.
    env["SOURCE_DATE_EPOCH"] = SOURCE_DATE_EPOCH
    return env


def run(plancheck, args, cwd, extra_env=None, stdin=b""):
    env = environment()
    env.update(extra_env or {})
    proc = subprocess.run(RUNNER + [plancheck] + args, cwd=cwd, capture_output=True, env=env,
                          timeout=120, input=stdin)
    out = proc.stdout.decode("utf-8", "replace")
    err = proc.stderr.decode("utf-8", "replace")
    if NORMALISE_PATHS:
        out, err = normalised(out), normalised(err)
    text = out
    if err:
        text += "[stderr]\n" + err
    text += "[exit %d]\n" % proc.returncode
    return text, proc.returncode


def prepared(folder):
    """The folder to run in: a temporary copy with setup.sh run, when there is one."""
    setup = os.path.join(folder, "setup.sh")
    if not os.path.exists(setup):
        return folder, None
    tmp = tempfile.mkdtemp(prefix="plancheck-golden-")
    work = os.path.join(tmp, os.path.basename(folder))
    shutil.copytree(folder, work, symlinks=True)
    subprocess.run(["sh", "setup.sh"], cwd=work, check=True)
    return work, tmp


def separators_only(expected, actual):
    """Whether the texts differ only in path separators: paths plancheck makes
    itself (init's list of files, say) use the system's own, '\\' on Windows."""
    return expected.replace("\\", "/") == actual.replace("\\", "/")


def compare(expected_path, actual):
    # newline="": line ends are compared as written (the CSV summary's are CRLF).
    if UPDATE:
        with open(expected_path, "w", encoding="utf-8", newline="") as f:
            f.write(actual)
        return True
    try:
        with open(expected_path, encoding="utf-8", newline="") as f:
            expected = f.read()
    except FileNotFoundError:
        expected = "(missing %s)\n" % expected_path
    if expected == actual:
        return True
    if NORMALISE_PATHS and not UPDATE and separators_only(expected, actual):
        return True
    import difflib
    sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                               expected_path, "actual"))
    return False


def read_skip(path):
    """The case names a skip file lists, with their reasons."""
    skip = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            name, _, reason = line.partition("#")
            if name.strip():
                skip[name.strip()] = reason.strip()
    return skip


def cli_cases(plancheck, only=None, skip=None):
    base = os.path.join(ROOT, "tests", "cli")
    failures = 0
    count = 0
    skipped = 0
    for dirpath, dirnames, filenames in sorted(os.walk(base)):
        dirnames.sort()
        if "cmd" not in filenames:
            continue
        name = os.path.relpath(dirpath, base)
        if only is not None and name not in only:
            continue
        if skip and name in skip:
            print("SKIP: tests/cli/%s (%s)" % (name, skip[name]))
            skipped += 1
            continue
        with open(os.path.join(dirpath, "cmd"), encoding="utf-8") as f:
            args = shlex.split(f.read().strip())
        extra_env = {}
        if "env" in filenames:
            with open(os.path.join(dirpath, "env"), encoding="utf-8") as f:
                extra_env = dict(line.strip().split("=", 1) for line in f if "=" in line)
        stdin = b""
        if "stdin" in filenames:
            with open(os.path.join(dirpath, "stdin"), "rb") as f:
                stdin = f.read()
        subfolder = "."
        if "cwd" in filenames:
            with open(os.path.join(dirpath, "cwd"), encoding="utf-8") as f:
                subfolder = f.read().strip()
        work, tmp = prepared(dirpath)
        try:
            actual, _ = run(plancheck, args, os.path.join(work, subfolder), extra_env, stdin)
        finally:
            if tmp:
                shutil.rmtree(tmp)
        count += 1
        if not compare(os.path.join(dirpath, "expected"), actual):
            print("FAIL: %s" % os.path.relpath(dirpath, ROOT))
            failures += 1
    print("%d of %d CLI cases passed" % (count - failures, count)
          + (", %d skipped" % skipped if skipped else ""))
    if only is not None and count != len(only):
        print("FAIL: %d cases asked for, %d found" % (len(only), count))
        return False
    return failures == 0 and count > 0


def rule_ids(plancheck):
    out = subprocess.run(RUNNER + [plancheck, "rules", "--format", "json"], capture_output=True, check=True,
                         env=environment()).stdout
    return [r["id"] for r in json.loads(out)["rules"]]


def rule_fixtures(plancheck):
    base = os.path.join(ROOT, "tests", "rules")
    ids = rule_ids(plancheck)
    problems = []
    for rule in ids:
        folder = os.path.join(base, *rule.split("/"))
        for side in ("fail", "pass"):
            if not os.path.isdir(os.path.join(folder, side)):
                problems.append("rule %s has no %s/ fixture (%s)" % (rule, side, os.path.relpath(folder, ROOT)))
    for area in sorted(os.listdir(base)) if os.path.isdir(base) else []:
        for name in sorted(os.listdir(os.path.join(base, area))):
            if "%s/%s" % (area, name) not in ids:
                problems.append("fixture folder tests/rules/%s/%s names no rule" % (area, name))
    for rule in ids:
        folder = os.path.join(base, *rule.split("/"))
        for side in ("fail", "pass"):
            path = os.path.join(folder, side)
            if not os.path.isdir(path):
                continue
            args = ["check", "--format", "short", "--lang", "en", "."]
            if os.path.exists(os.path.join(path, "args")):
                with open(os.path.join(path, "args"), encoding="utf-8") as f:
                    args = shlex.split(f.read().strip())
            work, tmp = prepared(path)
            try:
                actual, code = run(plancheck, args, work)
            finally:
                if tmp:
                    shutil.rmtree(tmp)
            tag = "[%s]:" % rule
            hits = [l for l in actual.splitlines() if tag in l]
            if side == "fail":
                if not hits:
                    problems.append("%s/fail does not trigger %s" % (rule, rule))
                if not compare(os.path.join(path, "expected"), actual):
                    problems.append("%s/fail output differs from expected" % rule)
            elif hits:
                problems.append("%s/pass triggers %s:\n  %s" % (rule, rule, "\n  ".join(hits)))
    for p in problems:
        print("FAIL: " + p)
    print("%d rules checked, %d problems" % (len(ids), len(problems)))
    return not problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("suite", choices=["cli", "rules"])
    parser.add_argument("--plancheck", required=True)
    parser.add_argument("--runner", default="", help="a command that runs plancheck (wine64)")
    parser.add_argument("--cases", help="only these CLI cases (comma-separated)")
    parser.add_argument("--skip", help="a file naming CLI cases to leave out, with reasons")
    parser.add_argument("--normalise-paths", action="store_true")
    args = parser.parse_args()
    args.plancheck = os.path.abspath(args.plancheck)
    global NORMALISE_PATHS
    RUNNER.extend(shlex.split(args.runner))
    NORMALISE_PATHS = args.normalise_paths
    if args.suite == "cli":
        only = set(args.cases.split(",")) if args.cases else None
        ok = cli_cases(args.plancheck, only, read_skip(args.skip) if args.skip else None)
    else:
        ok = rule_fixtures(args.plancheck)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
