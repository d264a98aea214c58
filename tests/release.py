#!/usr/bin/env python3
"""The release workflow (.github/workflows/release.yml) and the Containerfile.

  release.py

GitHub cannot be reached here, and actionlint is no Debian package, so the
workflow is checked by reading it: it is YAML, runs on version tags only,
writes only in the job that publishes, builds each asset the action, the
GitLab template and docs/ci.md name with the make target that makes it,
every script passes `bash -n` and takes workflow values only through env:.
Then its two scripts run with stand-ins: the collecting step in a folder
holding fake build outputs (the SHA256SUMS it writes must verify, and name
exactly the assets), and the publishing step with a `gh` and a `git` that
log their calls (the version's release, the major tag moved, the major
release made, or updated with the old version's assets removed).

The Containerfile is checked the same way: debian:bookworm-slim, the .deb
`make package` makes copied in and installed with apt-get (the package test
shows that apt resolves it), the package lists removed.
"""

import os
import re
import stat
import subprocess
import sys
import tempfile

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ASSETS = ("plancheck-linux-x86_64", "plancheck_0.1.0_amd64.deb", "plancheck-windows.zip")
failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message, file=sys.stderr)


def expect(condition, message):
    if not condition:
        fail(message)
    return condition


def step(job, name_start):
    for s in job["steps"]:
        if s.get("name", "").startswith(name_start):
            return s
    fail("no step %r" % name_start)
    return {"run": "", "env": {}}


def check_structure(workflow):
    # PyYAML reads the key `on` as True (YAML 1.1).
    on = workflow.get("on", workflow.get(True))
    expect(on == {"push": {"tags": ["v[0-9]+.[0-9]+.[0-9]+"]}}, "the trigger is not version tags only: %s" % on)
    expect(workflow["permissions"] == {"contents": "read"}, "the workflow's default permissions are not read-only")
    build, publish = workflow["jobs"]["build"], workflow["jobs"]["publish"]
    expect(build["container"] == "debian:12", "the build does not run on Debian 12")
    expect("permissions" not in build, "the build job may write")
    expect(publish["needs"] == "build" and publish["permissions"] == {"contents": "write"},
           "the publish job: %s" % {k: publish.get(k) for k in ("needs", "permissions")})
    make = step(build, "Build the static binary")["run"]
    for target in ("static", "package", "windows-zip"):
        expect(re.search(r"^make %s\b" % target, make, re.M), "the build does not run make %s" % target)
        expect(re.search(r"^%s:" % target, makefile(), re.M) or target == "windows-zip",
               "the Makefile has no target %s" % target)
    for job in (build, publish):
        for s in job["steps"]:
            if "run" in s:
                expect("${{" not in s["run"], "step %r pastes an expression into its script" % s.get("name"))
                proc = subprocess.run(["bash", "-n"], input=s["run"], text=True, capture_output=True)
                expect(proc.returncode == 0, "step %r is no bash: %s" % (s.get("name"), proc.stderr))
    uses = [s["uses"] for j in (build, publish) for s in j["steps"] if "uses" in s]
    expect(uses == ["actions/checkout@v4", "actions/upload-artifact@v4", "actions/checkout@v4",
                    "actions/download-artifact@v4"], "the actions used: %s" % uses)
    # The asset names the downloads ask for.
    with open(os.path.join(ROOT, "action.yml"), encoding="utf-8") as f:
        expect("asset=plancheck-linux-x86_64" in f.read(), "action.yml downloads another asset")
    with open(os.path.join(ROOT, "ci", "gitlab", "plancheck.yml"), encoding="utf-8") as f:
        expect("/plancheck-linux-x86_64\"" in f.read(), "the GitLab template downloads another asset")
    with open(os.path.join(ROOT, "docs", "ci.md"), encoding="utf-8") as f:
        doc = f.read()
    for name in ("plancheck-linux-x86_64", "plancheck_X.Y.Z_amd64.deb", "plancheck-windows.zip", "SHA256SUMS"):
        expect("| `%s` |" % name in doc, "docs/ci.md's asset table has no %s" % name)


def makefile():
    with open(os.path.join(ROOT, "Makefile"), encoding="utf-8") as f:
        return f.read()


def bash(script, cwd, env):
    full = dict(os.environ)
    full.update(env)
    return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script], cwd=cwd,
                          env=full, capture_output=True, text=True)


def stand_in(folder, name, body):
    path = os.path.join(folder, name)
    with open(path, "w") as f:
        f.write("#!/bin/sh\nprintf '%s %%s\\n' \"$*\" >> \"%s/calls.log\"\n%s\n" % (name, folder, body))
    os.chmod(path, os.stat(path).st_mode | stat.S_IEXEC)


def check_collect(workflow, tmp):
    """The collecting step on fake build outputs: SHA256SUMS verifies and names the assets."""
    work = os.path.join(tmp, "collect")
    outputs = {"build-static/plancheck": "#!/bin/sh\nexit 0\n", "build-package/plancheck_0.1.0_amd64.deb": "deb",
               "build-windows/plancheck-windows.zip": "zip"}
    for path, content in outputs.items():
        os.makedirs(os.path.dirname(os.path.join(work, path)), exist_ok=True)
        with open(os.path.join(work, path), "w") as f:
            f.write(content)
    os.chmod(os.path.join(work, "build-static/plancheck"), 0o755)
    proc = bash(step(workflow["jobs"]["build"], "Collect")["run"], work, {})
    expect(proc.returncode == 0, "the collecting step: %s%s" % (proc.stdout, proc.stderr))
    with open(os.path.join(work, "dist", "SHA256SUMS")) as f:
        names = sorted(line.split("  ", 1)[1].strip() for line in f)
    expect(names == sorted(ASSETS), "SHA256SUMS names %s" % names)


def check_publish(workflow, tmp):
    """The publishing step with stand-ins: a first release of v0, then a later one."""
    script = step(workflow["jobs"]["publish"], "Attach")["run"]
    for exists in (False, True):
        work = os.path.join(tmp, "publish-%s" % exists)
        bin_dir = os.path.join(work, "bin")
        os.makedirs(os.path.join(work, "dist"))
        os.makedirs(bin_dir)
        for name in ASSETS:
            with open(os.path.join(work, "dist", name), "w") as f:
                f.write(name)
        subprocess.run("cd %s/dist && sha256sum -- * > SHA256SUMS" % work, shell=True, check=True)
        view = ("case \"$*\" in *--json*) printf '%s\\n' plancheck_0.0.9_amd64.deb plancheck-linux-x86_64;; esac"
                if exists else "case \"$*\" in 'release view v0') exit 1;; esac")
        stand_in(bin_dir, "gh", view)
        stand_in(bin_dir, "git", "")
        proc = bash(script, work, {"PATH": bin_dir + os.pathsep + os.environ["PATH"], "TAG": "v0.1.0",
                                   "GITHUB_SHA": "abc123", "GH_TOKEN": "t"})
        expect(proc.returncode == 0, "the publishing step: %s%s" % (proc.stdout, proc.stderr))
        with open(os.path.join(bin_dir, "calls.log")) as f:
            calls = f.read().splitlines()
        assets = " ".join("dist/" + n for n in sorted(ASSETS + ("SHA256SUMS",)))
        expected = ["gh release create v0.1.0 %s --verify-tag --title plancheck v0.1.0" % assets,
                    "git tag --force v0 abc123", "git push --force origin refs/tags/v0", "gh release view v0"]
        if exists:
            expected += ["gh release view v0 --json assets --jq .assets[].name",
                         "gh release delete-asset v0 plancheck_0.0.9_amd64.deb --yes",
                         "gh release upload v0 %s --clobber" % assets,
                         "gh release edit v0 --title plancheck v0 (now v0.1.0)"]
        else:
            expected += ["gh release create v0 %s --latest=false --title plancheck v0 (now v0.1.0)" % assets]
        got = [re.sub(r" --notes .*", "", c) for c in calls]
        expect(got == expected, "the calls (%s):\n%s\nexpected:\n%s"
               % ("later release" if exists else "first release", "\n".join(got), "\n".join(expected)))


def check_containerfile():
    with open(os.path.join(ROOT, "Containerfile"), encoding="utf-8") as f:
        text = f.read()
    # Instructions, with continued lines joined.
    lines = [l for l in re.sub(r"\\\n", " ", text).splitlines() if l.strip() and not l.startswith("#")]
    instructions = [l.split(None, 1) for l in lines]
    expect([i[0] for i in instructions] == ["FROM", "COPY", "RUN", "WORKDIR", "CMD"],
           "the Containerfile's instructions: %s" % [i[0] for i in instructions])
    expect(instructions[0][1] == "debian:bookworm-slim", "the image is not debian:bookworm-slim")
    expect(instructions[1][1] == "plancheck_*.deb /tmp/", "the .deb is not copied in")
    run = instructions[2][1]
    expect("apt-get install -y --no-install-recommends /tmp/plancheck_*.deb" in run
           and "rm -rf /var/lib/apt/lists/*" in run and run.rstrip().endswith("plancheck --version"),
           "the RUN instruction: %s" % run)
    # The name `make package` gives the .deb (CPack's DEB-DEFAULT) matches the COPY.
    with open(os.path.join(ROOT, "CMakeLists.txt"), encoding="utf-8") as f:
        expect("set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)" in f.read(), "the .deb is not named plancheck_*.deb")


def main():
    with open(os.path.join(ROOT, ".github", "workflows", "release.yml"), encoding="utf-8") as f:
        workflow = yaml.safe_load(f)
    check_structure(workflow)
    with tempfile.TemporaryDirectory() as tmp:
        check_collect(workflow, tmp)
        check_publish(workflow, tmp)
    check_containerfile()
    if failures:
        print("%d failure(s)" % len(failures), file=sys.stderr)
        return 1
    print("release.yml and Containerfile: every check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
