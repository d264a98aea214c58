#!/usr/bin/env python3
"""The YAML test suite as hostile plan files.

  yaml_suite.py --plancheck BIN [--suite DIR] [--list]

Runs every in.yaml of the YAML test suite (../shared/conformance/yaml-test-suite,
402 inputs, 94 of them invalid YAML) through `plancheck check --format json`
in two ways, each with a timeout:

- marked: the marker lines `plancheck: 1` and `kind: project-list` put in
  front, so that the input is a plan file found by walking a directory: what
  a merge request with a broken plan file looks like. Every input must end
  with exit 1 and at least one error finding, never a signal, a hang, exit 0
  or exit 2; an invalid input must get syntax/yaml, except the inputs listed
  in MARKED_ACCEPTED_INVALID, which yaml-cpp accepts (they still fail, on
  the plan-file schema).
- named: the input as it is, named on the command line. A valid input is no
  plan file (file/not-plan, exit 1); an invalid one must get syntax/yaml,
  except NAMED_ACCEPTED_INVALID (yaml-cpp accepts them: file/not-plan).
  Valid inputs that yaml-cpp rejects are listed in NAMED_REJECTED_VALID.

The lists record the verdicts of plancheck's parsers (Debian 12): libyaml
0.2.5 first, yaml-cpp 0.7 for every file libyaml gives back, so a valid
input yaml-cpp alone rejects but libyaml reads (652Z, JR7V) is read. Any
change, better or worse, fails the test so that the lists and docs/robustness.md stay true.
Exits 77 (ctest's SKIP_RETURN_CODE) when the suite is absent. --list prints
the current lists instead of checking them.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SUITE = os.path.join(os.path.dirname(ROOT), "shared", "conformance", "yaml-test-suite")
MARKER = b"plancheck: 1\nkind: project-list\n"
TIMEOUT = 60
SKIP = 77
# Under the sanitizers (make test-sanitize) each input is checked once, as a
# marked plan file: the named run parses the same bytes again and would double
# the slowest test of the sanitized suite.
SANITIZED = bool(os.environ.get("PLANCHECK_SANITIZED"))

# Invalid YAML that yaml-cpp parses without an error (test ids; a folder with
# cases inside is named "ID/NN").
MARKED_ACCEPTED_INVALID = {"236B", "7MNF", "9CWY", "9MMA", "DK95/01", "H7J7", "S98Z", "SU5Z", "X4QW"}
NAMED_ACCEPTED_INVALID = {"236B", "7MNF", "9C9N", "9CWY", "9JBA", "9MAG", "9MMA", "B63P",
                          "CTN5", "CVW2", "DK95/01", "G5U8", "G9HC", "H7J7", "HRE5", "QB6E", "S98Z",
                          "SU5Z", "X4QW", "Y79Y/003", "YJV2"}
# Valid YAML that yaml-cpp rejects (plancheck reports syntax/yaml).
NAMED_REJECTED_VALID = {"35KP", "4MUZ/00", "4MUZ/01", "4MUZ/02", "5MUD", "5TYM", "6WLZ",
                        "6XDY", "6ZKB", "7Z25", "8KB6", "9BXH", "9DXL", "9KAX", "9SA2", "9WXW",
                        "DK3J", "DK95/04", "FP8R", "HM87/01", "JHB9", "K3WX", "KSS4", "L383",
                        "M7A3", "NJ66", "NKF9", "PUW8", "RZT7", "U9NS", "UT92", "VJP3/01", "W4TN"}


def cases(suite):
    """(id, folder) of every case: folders with an in.yaml, sorted."""
    found = []
    for base, dirs, files in os.walk(suite):
        dirs.sort()
        if "in.yaml" in files:
            found.append((os.path.relpath(base, suite), base))
    return sorted(found)


def environment():
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("LC_") and k not in ("GITHUB_STEP_SUMMARY", "LANGUAGE")}
    env["LANG"] = "C.UTF-8"
    return env


class Runner:
    def __init__(self, binary, tmp):
        self.binary = binary
        self.tmp = tmp
        self.problems = []

    def fail(self, case, mode, text):
        self.problems.append("%s (%s): %s" % (case, mode, text))

    def run(self, case, mode, args, cwd):
        """The JSON report of one run, or None after recording what went wrong."""
        try:
            proc = subprocess.run([self.binary, "--lang", "en", "check", "--format", "json"] + args,
                                  cwd=cwd, capture_output=True, env=environment(), timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            self.fail(case, mode, "no answer after %d s (a hang)" % TIMEOUT)
            return None
        if proc.returncode < 0:
            self.fail(case, mode, "killed by signal %d" % -proc.returncode)
            return None
        if proc.returncode != 1:
            self.fail(case, mode, "exit %d, expected 1; stderr %r" % (proc.returncode, proc.stderr[:300]))
            return None
        if proc.stderr:
            self.fail(case, mode, "stderr not empty: %r" % proc.stderr[:300])
        try:
            report = json.loads(proc.stdout.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as e:
            self.fail(case, mode, "the JSON report does not parse: %s" % e)
            return None
        findings = report["findings"]
        if not any(f["fails"] for f in findings):
            self.fail(case, mode, "exit 1 without an error finding")
        for f in findings:
            if not f["message"].strip() or not f["rule"]:
                self.fail(case, mode, "a finding without a rule or message: %r" % f)
            if f["line"] is not None and (f["line"] < 1 or f["column"] < 1):
                self.fail(case, mode, "a position before the start of the file: %r" % f)
        return {f["rule"] for f in findings}

    def marked(self, case, folder, data):
        work = os.path.join(self.tmp, "marked")
        os.makedirs(work, exist_ok=True)
        with open(os.path.join(work, "plan.yaml"), "wb") as f:
            f.write(MARKER + data)
        return self.run(case, "marked", ["."], work)

    def named(self, case, folder, data):
        work = os.path.join(self.tmp, "named")
        os.makedirs(work, exist_ok=True)
        with open(os.path.join(work, "in.yaml"), "wb") as f:
            f.write(data)
        return self.run(case, "named", ["in.yaml"], work)


def compare(runner, label, expected, actual):
    for case in sorted(actual - expected):
        runner.problems.append("%s: %s is not in the list (update the list and docs/robustness.md)"
                               % (label, case))
    for case in sorted(expected - actual):
        runner.problems.append("%s: %s is listed but no longer so (update the list and "
                               "docs/robustness.md)" % (label, case))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plancheck", required=True)
    parser.add_argument("--suite", default=SUITE)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    if not os.path.isdir(args.suite):
        print("SKIP: the YAML test suite is absent (%s); nothing was checked" % args.suite)
        return SKIP
    tmp = tempfile.mkdtemp(prefix="plancheck-yaml-suite-")
    runner = Runner(os.path.abspath(args.plancheck), tmp)
    marked_accepted, named_accepted, named_rejected = set(), set(), set()
    all_cases = cases(args.suite)
    invalid = 0
    try:
        for case, folder in all_cases:
            with open(os.path.join(folder, "in.yaml"), "rb") as f:
                data = f.read()
            is_invalid = os.path.exists(os.path.join(folder, "error"))
            invalid += is_invalid
            rules = runner.marked(case, folder, data)
            if rules is not None and is_invalid and "syntax/yaml" not in rules:
                marked_accepted.add(case)
            rules = None if SANITIZED else runner.named(case, folder, data)
            if rules is None:
                continue
            if is_invalid and "syntax/yaml" not in rules:
                named_accepted.add(case)
                if rules != {"file/not-plan"}:
                    runner.fail(case, "named", "accepted invalid YAML gave %s" % sorted(rules))
            if not is_invalid and rules != {"file/not-plan"}:
                named_rejected.add(case)
                if rules != {"syntax/yaml"}:
                    runner.fail(case, "named", "valid YAML gave %s" % sorted(rules))
    finally:
        shutil.rmtree(tmp)
    if args.list:
        for name, found in (("MARKED_ACCEPTED_INVALID", marked_accepted),
                            ("NAMED_ACCEPTED_INVALID", named_accepted),
                            ("NAMED_REJECTED_VALID", named_rejected)):
            print("%s = %r  # %d" % (name, sorted(found), len(found)))
    else:
        compare(runner, "marked, invalid YAML without syntax/yaml", MARKED_ACCEPTED_INVALID,
                marked_accepted)
        if not SANITIZED:
            compare(runner, "named, invalid YAML accepted", NAMED_ACCEPTED_INVALID,
                    named_accepted)
            compare(runner, "named, valid YAML rejected", NAMED_REJECTED_VALID, named_rejected)
    for p in runner.problems:
        print("FAIL: " + p)
    print("yaml-test-suite: %d inputs (%d invalid), each run %s; %d invalid accepted by yaml-cpp "
          "(named), %d valid rejected; %d problems"
          % (len(all_cases), invalid, "once (sanitized: marked only)" if SANITIZED else "twice",
             len(named_accepted), len(named_rejected), len(runner.problems)))
    return 1 if runner.problems else 0


if __name__ == "__main__":
    sys.exit(main())
