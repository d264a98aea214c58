#!/usr/bin/env python3
"""The static Linux binary (make static): static, and running with nothing installed.

  static.py --plancheck build-static/plancheck

Shows that `ldd` calls it not a dynamic executable, that `file` calls it
statically linked with no interpreter, and that it has no dynamic section
(readelf). Then, as root, it runs in an empty root (chroot) holding only
the binary and a copy of the example: no C library, no loader, no
/usr/share, as on a bare Linux; there it checks the example (exit 0, the same
output as outside), a failing plan set (exit 1), and writes the summary's
Excel workbook (libxlsxwriter and zlib linked in). Without root, the chroot
part is skipped, with a message.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message, file=sys.stderr)


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


def check_static(binary):
    ldd = run(["ldd", binary])
    if "not a dynamic executable" not in ldd.stdout + ldd.stderr:
        fail("ldd: %s%s" % (ldd.stdout, ldd.stderr))
    described = run(["file", "-b", binary]).stdout
    if "statically linked" not in described or "interpreter" in described:
        fail("file: %s" % described)
    dynamic = run(["readelf", "--dynamic", binary]).stdout
    if "There is no dynamic section" not in dynamic:
        fail("readelf finds a dynamic section:\n%s" % dynamic[:2000])


def check_in_empty_root(binary, tmp):
    if os.geteuid() != 0:
        print("SKIP: not root, so the binary is not run in an empty root (chroot)")
        return
    root = os.path.join(tmp, "root")
    os.makedirs(os.path.join(root, "tmp"))
    shutil.copy(binary, os.path.join(root, "plancheck"))
    shutil.copytree(os.path.join(ROOT, "examples", "lillehammer"), os.path.join(root, "plans"))
    shutil.copytree(os.path.join(ROOT, "tests", "cli", "text-unknown-key", "plans"),
                    os.path.join(root, "failing"))
    env = {"LANG": "C.UTF-8", "PATH": "/"}
    chroot = shutil.which("chroot") or "/usr/sbin/chroot"

    def inside(*args):
        # chroot by its full path: PATH in env is the one inside the empty root.
        return run([chroot, root, "/plancheck", *args], env=env, cwd=root)

    outside = run([binary, "check", "--lang", "en", "plans"], cwd=root, env=env)
    proc = inside("check", "--lang", "en", "plans")
    if proc.returncode != 0 or proc.stdout != outside.stdout or not proc.stdout:
        fail("check of the example in the empty root: exit %d\n%s%s" % (proc.returncode, proc.stdout, proc.stderr))
    # The short format keeps the severity in English (problem matchers read it).
    proc = inside("check", "--lang", "nb", "--format", "short", "failing")
    if proc.returncode != 1 or "failing/2021-plan.yaml:27:5: error[schema/unknown-key]: ukjent nøkkel" not in proc.stdout:
        fail("check of a failing set in the empty root: exit %d\n%s%s" % (proc.returncode, proc.stdout, proc.stderr))
    proc = inside("summary", "--format", "xlsx", "--output", "/tmp/summary.xlsx", "plans")
    workbook = os.path.join(root, "tmp", "summary.xlsx")
    if proc.returncode != 0 or not os.path.exists(workbook):
        fail("summary --format xlsx in the empty root: exit %d\n%s" % (proc.returncode, proc.stderr))
    else:
        with open(workbook, "rb") as f:
            if f.read(4) != b"PK\x03\x04":
                fail("the workbook written in the empty root is no zip file")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plancheck", required=True)
    args = parser.parse_args()
    binary = os.path.abspath(args.plancheck)
    check_static(binary)
    with tempfile.TemporaryDirectory() as tmp:
        check_in_empty_root(binary, tmp)
    if failures:
        print("%d failure(s)" % len(failures), file=sys.stderr)
        return 1
    print("static binary: 1 passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
