#!/usr/bin/env python3
"""The GitHub Action (action.yml) run here as GitHub's runner runs it.

  action.py --plancheck BIN [--from-source]

action.yml is read with PyYAML and its steps run by tests/ci_runner.py:
`if:` and `${{ }}` evaluated, each `run:` step with bash and the files and
variables the runner sets (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STEP_SUMMARY,
GITHUB_ACTION_PATH, RUNNER_TEMP), in a workspace holding a copy of the
example or of a failing plan set. GitHub cannot be reached here, so the
release the action downloads from is a folder of this machine
(PLANCHECK_RELEASE_URL=file://...) holding BIN as the static binary and its
SHA256SUMS; actions/cache is emulated by a folder per key.

Each case asserts the annotations, the job summary, the outputs, the files
written and the exit status. --from-source also runs the fallback build for
real (a second full build; .ci/run does it, ctest does not): without it,
that path is taken through a restored cache.
"""

import argparse
import hashlib
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ci_runner  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLE = os.path.join(ROOT, "examples", "lillehammer")
FAILING = os.path.join(ROOT, "tests", "cli", "text-unknown-key", "plans")
WARNINGS = os.path.join(ROOT, "tests", "rules", "budget", "unallocated", "fail")
ASSET = "plancheck-linux-x86_64"
failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message, file=sys.stderr)


def expect(condition, message, result=None):
    if not condition:
        if result is not None:
            message += "\n--- log ---\n" + "".join(
                "[%s] exit %d\n%s%s" % (n, c, o, e) for n, o, e, c in result.log)
        fail(message)
    return condition


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def source_key():
    """The cache key the action computes: system, architecture and a hash of the sources."""
    names = []
    for top in ("CMakeLists.txt", "cmake", "src", "examples/ci"):
        path = os.path.join(ROOT, top)
        if os.path.isfile(path):
            names.append(top)
        for folder, _, files in os.walk(path):
            names += [os.path.relpath(os.path.join(folder, f), ROOT) for f in files]
    lines = "".join("%s  %s\n" % (sha256(os.path.join(ROOT, n)), n)
                    for n in sorted(names, key=lambda n: n.encode()))
    digest = hashlib.sha256(lines.encode()).hexdigest()[:32]
    system = {}
    if os.path.exists("/etc/os-release"):
        with open("/etc/os-release") as f:
            for line in f:
                if "=" in line:
                    k, v = line.rstrip("\n").split("=", 1)
                    system[k] = v.strip('"')
    return "plancheck-%s-%s-X64-%s" % (system.get("ID", "linux"), system.get("VERSION_ID", "0"), digest)


class Case:
    """One run of the action: a workspace, a release folder, a cache and the runner's files."""

    def __init__(self, tmp, name, plans, plancheck):
        self.dir = os.path.join(tmp, name)
        self.workspace = os.path.join(self.dir, "workspace")
        self.temp = os.path.join(self.dir, "runner-temp")
        self.home = os.path.join(self.dir, "home")
        self.releases = os.path.join(self.dir, "releases")
        self.summary = os.path.join(self.dir, "step-summary.md")
        self.cache = {}
        self.cache_calls = []
        for d in (self.temp, self.home, self.releases):
            os.makedirs(d)
        shutil.copytree(plans, os.path.join(self.workspace, "plans"))
        with open(self.summary, "w") as f:
            f.write("Written by an earlier step.\n")
        self.plancheck = plancheck
        self.action_path = ROOT

    def publish(self, ref, tamper=False):
        folder = os.path.join(self.releases, ref)
        os.makedirs(folder)
        shutil.copy(self.plancheck, os.path.join(folder, ASSET))
        digest = sha256(self.plancheck)
        if tamper:
            digest = digest[::-1]
        with open(os.path.join(folder, "SHA256SUMS"), "w") as f:
            f.write("%s  %s\n0000000000000000000000000000000000000000000000000000000000000000  other.zip\n"
                    % (digest, ASSET))

    def seed_cache(self, key):
        folder = os.path.join(self.dir, "cache-store", key)
        os.makedirs(folder)
        shutil.copy(self.plancheck, os.path.join(folder, "plancheck"))
        self.cache[key] = folder

    def uses(self, name, action, with_values):
        if action.startswith("actions/cache@"):
            self.cache_calls.append(with_values)
            stored = self.cache.get(with_values["key"])
            if stored:
                shutil.copytree(stored, with_values["path"], dirs_exist_ok=True)

    def run(self, action, inputs, github=None, runner_os="Linux", release_url=None, path=None):
        context = {"action_ref": "v0", "action_repository": "owner/plancheck", "event_name": "push",
                   "repository": "owner/plans", "token": "t0ken", "workspace": self.workspace,
                   "event": {}}
        context.update(github or {})
        env = {"PATH": path or os.environ["PATH"], "HOME": self.home, "LANG": "C.UTF-8",
               "RUNNER_TEMP": self.temp, "GITHUB_STEP_SUMMARY": self.summary,
               "GITHUB_WORKSPACE": self.workspace, "GITHUB_ACTIONS": "true", "CI": "true",
               "PLANCHECK_RELEASE_URL": release_url or "file://" + self.releases}
        runner = {"os": runner_os, "arch": "X64", "temp": self.temp}
        return ci_runner.run_composite(action, inputs, context, runner, self.workspace, self.action_path,
                                       env, self.uses)

    def summary_text(self):
        with open(self.summary, encoding="utf-8") as f:
            return f.read()


def check_structure(action):
    """What the runner requires of a composite action, and what the documentation promises."""
    expect(action.get("runs", {}).get("using") == "composite", "action.yml is not a composite action")
    steps = action["runs"]["steps"]
    ids = [s["id"] for s in steps if "id" in s]
    expect(len(ids) == len(set(ids)), "step ids repeat: %s" % ids)
    for s in steps:
        expect(("run" in s) != ("uses" in s), "step %r needs exactly one of run: and uses:" % s.get("name"))
        if "run" in s:
            expect(s.get("shell") == "bash", "run step %r has no shell: bash (composite actions need one)"
                   % s.get("name"))
            # Inputs reach scripts only through env:, never pasted into the script.
            expect("${{" not in s["run"], "run step %r pastes an expression into its script" % s.get("name"))
    for name, spec in action["inputs"].items():
        expect(spec.get("description"), "input %s has no description" % name)
    for name in ("paths", "strict", "language", "formats", "sarif", "diff", "comment", "binary"):
        expect(name in action["inputs"], "input %s is missing" % name)
    expect(action["inputs"]["sarif"]["default"] == "false", "the SARIF upload is not off by default")
    for name, spec in action["outputs"].items():
        m = re.fullmatch(r"\$\{\{ steps\.([a-z-]+)\.outputs\.[a-z-]+ \}\}", spec["value"])
        expect(m and m.group(1) in ids, "output %s names no step: %s" % (name, spec["value"]))
    with open(os.path.join(ROOT, "docs", "ci.md"), encoding="utf-8") as f:
        doc = f.read()
    for name in list(action["inputs"]) + list(action["outputs"]):
        expect("| `%s` |" % name in doc, "docs/ci.md's tables do not describe `%s`" % name)


def annotations(result):
    return [l for l in result.stdout().splitlines() if l.startswith("::")]


def case_release_passes(action, tmp, plancheck):
    """The release asset of the action's ref; the example passes; nothing optional runs."""
    case = Case(tmp, "release", EXAMPLE, plancheck)
    case.publish("v0")
    r = case.run(action, {"paths": "plans"})
    expect(r.status == "success", "the example fails the action", r)
    expect(r.outputs["source"] == "release", "source is %r, not release" % r.outputs["source"], r)
    expect(r.outputs["plancheck"] == os.path.join(case.temp, "plancheck-release", ASSET),
           "the binary is %r" % r.outputs["plancheck"])
    expect(r.outputs["exit-code"] == "0", "exit-code output %r" % r.outputs["exit-code"])
    expect(r.outputs["sarif"] == "" and not os.path.exists(os.path.join(case.workspace, "plancheck.sarif")),
           "a SARIF file was written without sarif: true")
    expect(r.outputs["diff-exit-code"] == "", "diff ran on a push")
    for skipped in ("Restore the plancheck build", "Build plancheck", "Upload the findings to code scanning",
                    "Compare with the base commit", "Comment on the pull request"):
        expect(skipped in r.skipped, "step %r ran" % skipped, r)
    expect(not r.uses, "uses: steps ran: %s" % r.uses)
    expect(not any(a.startswith("::error") for a in annotations(r)), "error annotations for the example", r)
    with open(r.outputs["report"], encoding="utf-8") as f:
        report = json.load(f)
    expect(report["failed"] is False and report["language"] == "nb", "the JSON report: %s" % report.get("failed"))
    summary = case.summary_text()
    expect(summary.startswith("Written by an earlier step.\n## Plankontroll"),
           "the job summary was not appended in Norwegian: %r" % summary[:200])
    expect("Kontrollen er bestått" in summary, "the summary does not say the check passed: %r" % summary[:400])


def case_failing_fixture(action, tmp, plancheck):
    """A failing plan set: annotations at the line, the summary's table, the extra reports, exit 1.
    github.action_ref empty (as composite actions see it): the ref comes from the action's folder."""
    case = Case(tmp, "failing", FAILING, plancheck)
    folder = os.path.join(case.dir, "_actions", "owner", "plancheck", "v0.1")
    os.makedirs(os.path.dirname(folder))
    os.symlink(ROOT, folder)
    case.action_path = folder
    case.publish("v0.1")
    r = case.run(action, {"paths": "plans", "language": "en",
                          "formats": "junit=plancheck-junit.xml\ngitlab=gl-code-quality-report.json"},
                 github={"action_ref": "", "action_repository": ""})
    expect(r.status == "failure", "a failing plan set does not fail the action", r)
    expect(r.outputs["source"] == "release", "source %r with the ref from the action's folder"
           % r.outputs["source"], r)
    expect(r.outputs["exit-code"] == "1", "exit-code output %r" % r.outputs["exit-code"], r)
    expect(r.log[-1][0] == "Fail when the check or the diff failed" and r.log[-1][3] == 1,
           "the last step did not fail with 1", r)
    errors = [a for a in annotations(r) if a.startswith("::error ")]
    expect(len(errors) == 1 and errors[0].startswith(
        "::error file=plans/2021-plan.yaml,line=27,col=5,endLine=27,endColumn=15,title=schema/unknown-key"),
        "annotations: %s" % errors, r)
    expect("unknown key 'descripton' in a measure" in errors[0] if errors else False, "the message is not English")
    summary = case.summary_text()
    expect(summary.startswith("Written by an earlier step.\n## Plan check\n") and "| error | schema/unknown-key | plans/2021-plan.yaml:27:5 |"
           in summary, "the summary's table has no row for the finding: %r" % summary)
    junit = ET.parse(os.path.join(case.workspace, "plancheck-junit.xml")).getroot()
    expect(len(junit.findall(".//failure")) == 1, "the JUnit report does not hold one failure")
    with open(os.path.join(case.workspace, "gl-code-quality-report.json"), encoding="utf-8") as f:
        quality = json.load(f)
    expect([q["check_name"] for q in quality] == ["schema/unknown-key"], "the Code Quality report: %s" % quality)


def case_build_fallback(action, tmp, plancheck, from_source):
    """A tampered asset (its checksum does not match) and a ref without a release: the action
    builds from source, through the cache (the key is checked) or, with --from-source, for real."""
    case = Case(tmp, "tampered", EXAMPLE, plancheck)
    case.publish("v0", tamper=True)
    key = source_key()
    case.seed_cache(key)
    r = case.run(action, {"paths": "plans"})
    expect(r.status == "success" and r.outputs["source"] == "cache",
           "a tampered asset: status %s, source %r" % (r.status, r.outputs["source"]), r)
    expect(any(a.startswith("::notice title=plancheck::no usable release asset") for a in annotations(r)),
           "no notice that the action builds from source", r)
    expect(case.cache_calls == [{"path": os.path.join(case.home, ".cache", "plancheck-action"), "key": key}],
           "actions/cache got %s, expected key %s" % (case.cache_calls, key))
    expect(not os.path.exists(os.path.join(case.temp, "plancheck-build")), "a build ran despite the cache")

    case = Case(tmp, "branch", EXAMPLE, plancheck)
    case.publish("v0")
    if not from_source:
        case.seed_cache(key)
    r = case.run(action, {"paths": "plans"}, github={"action_ref": "main"},
                 release_url="file://" + os.path.join(case.dir, "unreachable"))
    expect(r.steps["get"]["outputs"].get("build") == "true", "a ref without a release does not build", r)
    if not from_source:
        expect(r.status == "success" and r.outputs["source"] == "cache", "a ref without a release: status %s, "
               "source %r" % (r.status, r.outputs["source"]), r)
        return
    expect(r.status == "success" and r.outputs["source"] == "build",
           "the build from source: status %s, source %r" % (r.status, r.outputs["source"]), r)
    built = os.path.join(case.home, ".cache", "plancheck-action", "plancheck")
    expect(r.outputs["plancheck"] == built and os.access(built, os.X_OK), "the built binary is not cached")
    expect(r.outputs["exit-code"] == "0", "the built plancheck does not pass the example", r)


def case_binary_and_strict(action, tmp, plancheck):
    """A binary given as input; strict makes a warning fail; a bad strict value is a usage error;
    another system than Linux x64 builds instead of downloading."""
    case = Case(tmp, "strict", WARNINGS, plancheck)
    for strict, status, code in (("false", "success", "0"), ("true", "failure", "1")):
        r = case.run(action, {"paths": "plans", "binary": plancheck, "strict": strict})
        expect(r.outputs["source"] == "input" and r.outputs["plancheck"] == plancheck,
               "the binary input is not used: %r" % r.outputs["source"], r)
        has_warning = any(a.startswith("::warning ") for a in annotations(r))
        if strict == "false":
            expect(has_warning, "the plan set gives no warning to test strict with", r)
        expect(r.status == status and r.outputs["exit-code"] == code,
               "strict %s: status %s, exit-code %r" % (strict, r.status, r.outputs["exit-code"]), r)
    r = case.run(action, {"paths": "plans", "binary": plancheck, "strict": "yes"})
    expect(r.status == "failure" and r.steps["check"]["outcome"] == "failure"
           and "strict is 'true' or 'false'" in r.stdout(), "strict: yes is not refused", r)
    r = case.run(action, {"paths": "plans", "binary": os.path.join(case.dir, "missing")})
    expect(r.status == "failure" and "does not run" in r.stdout(), "a missing binary input is not refused", r)
    case = Case(tmp, "windows", EXAMPLE, plancheck)
    case.publish("v0")
    r = case.run(action, {"paths": "plans"}, runner_os="Windows")
    expect(r.steps["get"]["outputs"].get("build") == "true", "Windows downloaded the Linux binary", r)
    expect(r.status == "failure" and "runs on Linux runners" in r.stdout() and r.steps["check"]["outcome"] == "skipped",
           "Windows without a binary input is not refused", r)


def case_sarif(action, tmp, plancheck):
    """sarif: true writes plancheck.sarif and hands it to upload-sarif, also when the check fails."""
    case = Case(tmp, "sarif", FAILING, plancheck)
    r = case.run(action, {"paths": "plans", "binary": plancheck, "sarif": "true"})
    expect(r.status == "failure", "the failing set passes with sarif", r)
    expect(r.uses == [("Upload the findings to code scanning", "github/codeql-action/upload-sarif@v3",
                       {"sarif_file": "plancheck.sarif", "category": "plancheck"})],
           "the SARIF upload: %s" % r.uses, r)
    with open(os.path.join(case.workspace, "plancheck.sarif"), encoding="utf-8") as f:
        sarif = json.load(f)
    expect(sarif["version"] == "2.1.0" and len(sarif["runs"][0]["results"]) == 1, "the SARIF file")


def git(cwd, *args):
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "init.defaultBranch=main",
                    *args], cwd=cwd, check=True, capture_output=True)


def fake_gh(folder, existing_id):
    """A gh on PATH that logs its arguments and finds comment `existing_id` (or none)."""
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "gh")
    with open(path, "w") as f:
        f.write("#!/bin/sh\nprintf '%%s\\n' \"$*\" >> \"%s/gh.log\"\n"
                "for a; do case \"$a\" in body=@*) cp \"${a#body=@}\" \"%s/body.md\";; esac; done\n"
                "case \"$*\" in *--jq*) %s;; esac\n"
                % (folder, folder, "echo %s" % existing_id if existing_id else "true"))
    os.chmod(path, os.stat(path).st_mode | stat.S_IEXEC)


def case_diff(action, tmp, plancheck):
    """On a pull request with diff and comment: plancheck diff against the base in the summary,
    one comment created, then updated; a diff that introduces an error fails the action."""
    if subprocess.run([plancheck, "diff", "--help"], capture_output=True).returncode != 0:
        print("SKIP: this plancheck has no diff command; the diff and comment steps are not run")
        return
    case = Case(tmp, "diff", EXAMPLE, plancheck)
    git(case.workspace, "init", "-q")
    git(case.workspace, "add", ".")
    git(case.workspace, "commit", "-q", "-m", "base")
    base = subprocess.run(["git", "rev-parse", "HEAD"], cwd=case.workspace, capture_output=True,
                          text=True).stdout.strip()
    # The change: the unknown key of the failing fixture, an error finding the base does not have.
    frame = os.path.join(case.workspace, "plans", "strategisk-handlingsplan-2021-25.yaml")
    with open(frame, encoding="utf-8") as f:
        text = f.read()
    with open(frame, "w", encoding="utf-8") as f:
        f.write(text.replace("\nperiod:", "\nperiode: 1\nperiod:", 1))
    bin_dir = os.path.join(case.dir, "bin")
    github = {"event_name": "pull_request",
              "event": {"pull_request": {"number": 7, "base": {"sha": base}}}}
    for existing, method in (("", "POST"), ("4711", "PATCH")):
        shutil.rmtree(bin_dir, ignore_errors=True)
        fake_gh(bin_dir, existing)
        r = case.run(action, {"paths": "plans", "binary": plancheck, "diff": "true", "comment": "true"},
                     github=github, path=bin_dir + os.pathsep + os.environ["PATH"])
        expect(r.outputs["diff-exit-code"] == "1" and r.status == "failure",
               "a change that introduces an error: diff-exit-code %r, status %s"
               % (r.outputs["diff-exit-code"], r.status), r)
        with open(os.path.join(bin_dir, "gh.log")) as f:
            calls = f.read().splitlines()
        target = ("repos/owner/plans/issues/comments/4711" if existing else "repos/owner/plans/issues/7/comments")
        expect(len(calls) == 2 and calls[0].startswith("api --paginate repos/owner/plans/issues/7/comments")
               and calls[1].startswith("api --method %s %s" % (method, target)),
               "gh calls: %s" % calls, r)
        with open(os.path.join(bin_dir, "body.md"), encoding="utf-8") as f:
            body = f.read()
        expect(body.startswith("<!-- plancheck diff -->\n") and len(body) > 40, "the comment: %r" % body)
        expect(body.split("\n", 1)[1] in case.summary_text(), "the diff is not in the job summary")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plancheck", required=True)
    parser.add_argument("--from-source", action="store_true")
    args = parser.parse_args()
    plancheck = os.path.abspath(args.plancheck)
    with open(os.path.join(ROOT, "action.yml"), encoding="utf-8") as f:
        action = yaml.safe_load(f)
    check_structure(action)
    with tempfile.TemporaryDirectory() as tmp:
        case_release_passes(action, tmp, plancheck)
        case_failing_fixture(action, tmp, plancheck)
        case_build_fallback(action, tmp, plancheck, args.from_source)
        case_binary_and_strict(action, tmp, plancheck)
        case_sarif(action, tmp, plancheck)
        case_diff(action, tmp, plancheck)
    if failures:
        print("%d failure(s)" % len(failures), file=sys.stderr)
        return 1
    print("action.yml: every case passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
