#!/usr/bin/env python3
"""The GitLab CI template (ci/gitlab/plancheck.yml) run here as a GitLab runner runs its job.

  gitlab_ci.py --plancheck BIN

The template and the .gitlab-ci.yml `plancheck init --ci gitlab` writes are
read with PyYAML and merged as GitLab merges an include (the including
file's top-level variables win). The job's `script:` lines then run as the
runner's shell executor runs them: one bash with `set -eo pipefail`, the
lines in order, the variables in the environment, in a copy of the example
or of a failing plan set. GitLab cannot be reached here: plancheck comes
from PATH (an image with plancheck installed) or from a folder of this
machine standing in for the release (PLANCHECK_RELEASE_URL=file://...),
with BIN as the static binary and its SHA256SUMS. Asserted: the exit
status, the text in the log, and the JUnit and Code Quality reports the job
declares as artifacts.
"""

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEMPLATE = os.path.join(ROOT, "ci", "gitlab", "plancheck.yml")
EXAMPLE = os.path.join(ROOT, "examples", "lillehammer")
FAILING = os.path.join(ROOT, "tests", "cli", "text-unknown-key", "plans")
WARNINGS = os.path.join(ROOT, "tests", "rules", "budget", "unallocated", "fail")
failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message, file=sys.stderr)


def expect(condition, message):
    if not condition:
        fail(message)
    return condition


def major_tag():
    with open(os.path.join(ROOT, "CMakeLists.txt"), encoding="utf-8") as f:
        version = re.search(r"project\(plancheck VERSION (\d+)\.", f.read()).group(1)
    return "v" + version


def merged(template, including):
    """The configuration GitLab makes of `including` with its include of `template`."""
    config = dict(template)
    for key, value in including.items():
        if key == "include":
            continue
        if isinstance(value, dict) and isinstance(config.get(key), dict):
            config[key] = {**config[key], **value}
        else:
            config[key] = value
    return config


def check_template(template):
    job = template.get("check-plans")
    expect(isinstance(job, dict), "the template has no job check-plans")
    expect("plancheck" not in template, "a top-level plancheck: key would make the template a plan file")
    expect(template["variables"]["PLANCHECK_VERSION"] == major_tag(),
           "PLANCHECK_VERSION %r is not the major version's tag %s"
           % (template["variables"]["PLANCHECK_VERSION"], major_tag()))
    expect(job["image"] == "$PLANCHECK_IMAGE" and template["variables"]["PLANCHECK_IMAGE"]
           == "debian:bookworm-slim", "the job's image")
    artifacts = job.get("artifacts", {})
    expect(artifacts.get("when") == "always", "the reports are not uploaded when the check fails")
    reports = artifacts.get("reports", {})
    script = "\n".join(job["script"])
    for kind, name in (("junit", "junit"), ("codequality", "gitlab")):
        path = reports.get(kind)
        expect(path and ("--format %s=%s" % (name, path)) in script,
               "artifacts:reports:%s (%r) is not the file the script writes" % (kind, path))
    with open(os.path.join(ROOT, "docs", "ci.md"), encoding="utf-8") as f:
        doc = f.read()
    for name in template["variables"]:
        expect("| `%s` |" % name in doc, "docs/ci.md does not describe %s" % name)


def init_gitlab(binary, tmp):
    """The .gitlab-ci.yml `plancheck init --ci gitlab` writes, parsed, and its text."""
    repo = os.path.join(tmp, "init-gitlab")
    proc = subprocess.run([binary, "--lang", "en", "init", "--ci", "gitlab", "--year", "2025", repo],
                          capture_output=True, text=True)
    expect(proc.returncode == 0, "init --ci gitlab: %s" % proc.stderr)
    expect(not os.path.exists(os.path.join(repo, ".github")), "init --ci gitlab wrote a GitHub workflow")
    with open(os.path.join(repo, ".gitlab-ci.yml"), encoding="utf-8") as f:
        text = f.read()
    with open(os.path.join(ROOT, "examples", "ci", "gitlab-ci.yml"), encoding="utf-8") as f:
        expect(f.read() == text, "examples/ci/gitlab-ci.yml is not what init --ci gitlab writes")
    including = yaml.safe_load(text)
    remote = including["include"][0]["remote"]
    expect(remote.endswith("/%s/ci/gitlab/plancheck.yml" % major_tag()),
           "the include is not the template at the major version: %s" % remote)
    expect("submodule" not in text.lower(), "the .gitlab-ci.yml mentions a submodule")
    return including


class Job:
    """One run of the job's script in a workspace, as the shell executor runs it."""

    def __init__(self, tmp, name, plans, binary):
        self.dir = os.path.join(tmp, name)
        self.workspace = os.path.join(self.dir, "project")
        self.releases = os.path.join(self.dir, "releases")
        os.makedirs(self.releases)
        shutil.copytree(plans, os.path.join(self.workspace, "plans"))
        self.binary = binary

    def publish(self, version, tamper=False):
        folder = os.path.join(self.releases, version)
        os.makedirs(folder)
        shutil.copy(self.binary, os.path.join(folder, "plancheck-linux-x86_64"))
        with open(self.binary, "rb") as f:
            digest = hashlib.sha256(f.read()).hexdigest()
        if tamper:
            digest = digest[::-1]
        with open(os.path.join(folder, "SHA256SUMS"), "w") as f:
            f.write("%s  plancheck-linux-x86_64\n" % digest)

    def run(self, config, variables=None, path=None):
        job = config["check-plans"]
        env = {"PATH": path or "/usr/local/bin:/usr/bin:/bin", "HOME": self.dir, "LANG": "C.UTF-8",
               "TMPDIR": self.dir, "CI": "true", "GITLAB_CI": "true", "CI_PROJECT_DIR": self.workspace}
        values = dict(config.get("variables", {}))
        values["PLANCHECK_RELEASE_URL"] = "file://" + self.releases
        values.update(variables or {})
        env.update({k: str(v) for k, v in values.items()})
        script = "set -eo pipefail\n" + "\n".join(job["script"]) + "\n"
        proc = subprocess.run(["bash", "--noprofile", "--norc"], input=script.encode(), cwd=self.workspace,
                              env=env, capture_output=True, timeout=300)
        self.log = proc.stdout.decode("utf-8", "replace") + proc.stderr.decode("utf-8", "replace")
        return proc.returncode

    def report(self, name):
        return os.path.join(self.workspace, name)


def on_path(binary, tmp):
    """A folder holding only plancheck, and the system's folders without one."""
    folder = os.path.join(tmp, "image-bin")
    os.makedirs(folder, exist_ok=True)
    target = os.path.join(folder, "plancheck")
    if not os.path.exists(target):
        os.symlink(binary, target)
    return folder + ":/usr/local/bin:/usr/bin:/bin"


def run_cases(config, binary, tmp):
    if not expect(shutil.which("plancheck", path="/usr/local/bin:/usr/bin:/bin") is None,
                  "a plancheck is installed in /usr/bin or /usr/local/bin; the download cannot be tested"):
        return
    # The release download; the example passes; the reports are written.
    job = Job(tmp, "release", EXAMPLE, binary)
    job.publish(major_tag())
    code = job.run(config)
    expect(code == 0, "the example fails the job: exit %d\n%s" % (code, job.log))
    junit = ET.parse(job.report("plancheck-junit.xml")).getroot()
    expect(not junit.findall(".//failure"), "the example's JUnit report has failures")
    with open(job.report("gl-code-quality-report.json"), encoding="utf-8") as f:
        quality = json.load(f)
    expect(all(q["severity"] in ("minor", "info") for q in quality), "the example's Code Quality report: %s"
           % quality)
    expect(os.path.exists(os.path.join(job.dir, "plancheck-release", "bin", "plancheck")),
           "the binary was not taken from the release")

    # A failing plan set, in English, with plancheck on PATH (an image with it installed):
    # exit 1, the finding in the log and in both reports.
    job = Job(tmp, "failing", FAILING, binary)
    code = job.run(config, {"PLANCHECK_LANGUAGE": "en", "PLANCHECK_PATHS": "plans",
                            "PLANCHECK_FORMATS": "json=plancheck.json"}, path=on_path(binary, tmp))
    expect(code == 1, "a failing plan set: exit %d\n%s" % (code, job.log))
    expect("plans/2021-plan.yaml:27:5: error[schema/unknown-key]: unknown key 'descripton' in a measure"
           in job.log, "the finding is not in the log:\n" + job.log)
    expect(not os.path.exists(os.path.join(job.dir, "plancheck-release")), "plancheck on PATH was downloaded")
    failures_ = ET.parse(job.report("plancheck-junit.xml")).getroot().findall(".//failure")
    expect(len(failures_) == 1, "the JUnit report holds %d failures" % len(failures_))
    with open(job.report("gl-code-quality-report.json"), encoding="utf-8") as f:
        quality = json.load(f)
    expect([(q["check_name"], q["severity"], q["location"]["lines"]["begin"]) for q in quality]
           == [("schema/unknown-key", "major", 27)], "the Code Quality report: %s" % quality)
    with open(job.report("plancheck.json"), encoding="utf-8") as f:
        expect(json.load(f)["failed"] is True, "PLANCHECK_FORMATS's JSON report")

    # strict: warnings fail the job (they do not without it); a bad value is refused.
    job = Job(tmp, "strict", WARNINGS, binary)
    code = job.run(config, {"PLANCHECK_PATHS": "plans"}, path=on_path(binary, tmp))
    expect(code == 0 and "advarsel[budget/unallocated]" in job.log, "warnings without strict: exit %d\n%s" % (code, job.log))
    code = job.run(config, {"PLANCHECK_STRICT": "true", "PLANCHECK_PATHS": "plans"}, path=on_path(binary, tmp))
    expect(code == 1 and "advarsel[budget/unallocated]" in job.log, "strict with warnings: exit %d\n%s" % (code, job.log))
    code = job.run(config, {"PLANCHECK_STRICT": "yes"}, path=on_path(binary, tmp))
    expect(code == 2 and "PLANCHECK_STRICT is true or false" in job.log, "strict: yes: exit %d" % code)

    # A tampered asset and a missing release stop the job before any check.
    job = Job(tmp, "tampered", EXAMPLE, binary)
    job.publish(major_tag(), tamper=True)
    code = job.run(config)
    expect(code != 0 and "plancheck-linux-x86_64: FAILED" in job.log
           and not os.path.exists(job.report("plancheck-junit.xml")), "a tampered asset: exit %d\n%s" % (code, job.log))
    job = Job(tmp, "missing", EXAMPLE, binary)
    code = job.run(config, {"PLANCHECK_VERSION": "v99"})
    expect(code != 0 and not os.path.exists(job.report("plancheck-junit.xml")),
           "a missing release: exit %d\n%s" % (code, job.log))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plancheck", required=True)
    args = parser.parse_args()
    binary = os.path.abspath(args.plancheck)
    with open(TEMPLATE, encoding="utf-8") as f:
        template = yaml.safe_load(f)
    check_template(template)
    with tempfile.TemporaryDirectory() as tmp:
        including = init_gitlab(binary, tmp)
        config = merged(template, including)
        expect(config["variables"]["PLANCHECK_LANGUAGE"] == "nb", "the including file's variables do not win")
        run_cases(config, binary, tmp)
    if failures:
        print("%d failure(s)" % len(failures), file=sys.stderr)
        return 1
    print("ci/gitlab/plancheck.yml: every case passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
