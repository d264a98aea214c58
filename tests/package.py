#!/usr/bin/env python3
"""The Debian package: `cpack -G DEB` from a build directory, then checked.

  package.py --build DIR [--keep DIR]

Checks the control fields (Package, Version, Architecture, Maintainer,
Section, Priority, Description, and Depends on every shared library the
binary needs, as dpkg-shlibdeps found them), the file list, that apt would
install it here (`apt-get install --simulate`, which resolves the Depends
against Debian's packages without installing anything), and that the
plancheck inside it, unpacked with dpkg-deb, runs and passes the example.
Installing it for real is `make package-install-test` (it changes the
system, so it is not part of ctest).
"""

import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAILURES = []


def fail(message):
    FAILURES.append(message)
    print("FAIL: " + message)


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


def project_version():
    text = open(os.path.join(ROOT, "CMakeLists.txt"), encoding="utf-8").read()
    return re.search(r"project\(plancheck VERSION ([0-9.]+)", text).group(1)


def build_package(build, out):
    proc = run(["cpack", "-G", "DEB", "-B", out, "--config", os.path.join(build, "CPackConfig.cmake")])
    if proc.returncode != 0:
        fail("cpack failed:\n" + proc.stdout + proc.stderr)
        return None
    debs = glob.glob(os.path.join(out, "*.deb"))
    if len(debs) != 1:
        fail("cpack made %r, expected one .deb" % debs)
        return None
    return debs[0]


def control_fields(deb):
    proc = run(["dpkg-deb", "--field", deb])
    fields = {}
    key = None
    for line in proc.stdout.splitlines():
        if line.startswith(" ") and key:
            fields[key] += "\n" + line
        else:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return fields


def needed_libraries(binary):
    """The sonames the binary links, from its ELF dynamic section."""
    proc = run(["objdump", "-p", binary])
    return re.findall(r"NEEDED\s+(\S+)", proc.stdout)


def package_of(soname):
    proc = run(["dpkg", "-S", "*/" + soname])
    return proc.stdout.split(":")[0].strip() if proc.returncode == 0 else None


def check_control(deb, unpacked):
    fields = control_fields(deb)
    arch = run(["dpkg", "--print-architecture"]).stdout.strip()
    expected = {"Package": "plancheck", "Version": project_version(), "Architecture": arch,
                "Section": "utils", "Priority": "optional"}
    for key, value in expected.items():
        if fields.get(key) != value:
            fail("control field %s is %r, expected %r" % (key, fields.get(key), value))
    if not re.match(r".+ <[^@\s]+@[^@\s]+>$", fields.get("Maintainer", "")):
        fail("Maintainer %r is not 'Name <address>'" % fields.get("Maintainer"))
    description = fields.get("Description", "")
    lines = description.splitlines()
    if len(lines) < 2 or any(len(l) > 80 for l in lines) or any(not l.startswith(" ") or l[1:2] in (";", " ")
                                                               for l in lines[1:]):
        fail("Description needs a synopsis and a long text in lines of at most 80 characters: %r" % description)
    depends = [d.strip().split(" ")[0] for d in fields.get("Depends", "").split(",") if d.strip()]
    for soname in needed_libraries(os.path.join(unpacked, "usr", "bin", "plancheck")):
        package = package_of(soname)
        if package is None:
            fail("no installed package has %s, which plancheck needs" % soname)
        elif package.split(":")[0] not in depends:
            fail("plancheck needs %s (package %s), but Depends is %r" % (soname, package, depends))


def check_files(deb):
    listing = run(["dpkg-deb", "--contents", deb]).stdout
    files = sorted(line.split()[-1].lstrip(".") for line in listing.splitlines() if not line.startswith("d"))
    expected = ["/usr/bin/plancheck", "/usr/share/bash-completion/completions/plancheck",
                "/usr/share/doc/plancheck/README.md", "/usr/share/man/man1/plancheck.1.gz",
                "/usr/share/man/nb/man1/plancheck.1.gz",
                "/usr/share/zsh/vendor-completions/_plancheck"]
    expected += ["/usr/share/plancheck/schemas/" + n for n in os.listdir(os.path.join(ROOT, "schemas"))
                 if n.endswith(".schema.json")]
    expected += ["/usr/share/plancheck/schemas/en/" + n
                 for n in os.listdir(os.path.join(ROOT, "schemas", "en")) if n.endswith(".schema.json")]
    expected += ["/usr/share/doc/plancheck/" + n for n in os.listdir(os.path.join(ROOT, "docs"))
                 if n.endswith(".md")]
    if files != sorted(expected):
        fail("the package holds %r, expected %r" % (files, sorted(expected)))
    for line in listing.splitlines():
        owner = line.split()[1]
        if owner != "root/root":
            fail("%s is owned by %s, not root/root" % (line.split()[-1], owner))


def check_binary(unpacked):
    binary = os.path.join(unpacked, "usr", "bin", "plancheck")
    proc = run([binary, "--version"])
    if proc.returncode != 0 or proc.stdout.strip() != "plancheck " + project_version():
        fail("the packaged plancheck --version says %r" % proc.stdout)
    proc = run([binary, "check", os.path.join(ROOT, "examples", "lillehammer")])
    if proc.returncode != 0:
        fail("the packaged plancheck fails the example:\n" + proc.stdout + proc.stderr)
    if "not stripped" in run(["file", binary]).stdout:
        fail("the packaged plancheck is not stripped")


def check_apt(deb):
    if not shutil.which("apt-get"):
        print("skip: no apt-get to resolve the package's Depends")
        return
    proc = run(["apt-get", "install", "--simulate", "--no-install-recommends", deb])
    if proc.returncode != 0:
        fail("apt-get install --simulate %s failed:\n%s%s" % (deb, proc.stdout, proc.stderr))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", required=True)
    parser.add_argument("--keep", help="leave the package in this directory")
    args = parser.parse_args()
    for tool in ("cpack", "dpkg-deb", "dpkg-shlibdeps", "objdump", "file"):
        if not shutil.which(tool):
            fail("%s is not installed (the Makefile's deps target installs it)" % tool)
    if FAILURES:
        sys.exit(1)
    out = args.keep or tempfile.mkdtemp(prefix="plancheck-package-")
    unpacked = tempfile.mkdtemp(prefix="plancheck-unpacked-")
    try:
        deb = build_package(os.path.abspath(args.build), os.path.abspath(out))
        if deb:
            run(["dpkg-deb", "--extract", deb, unpacked], check=True)
            check_control(deb, unpacked)
            check_files(deb)
            check_binary(unpacked)
            check_apt(deb)
    finally:
        shutil.rmtree(unpacked)
        if not args.keep:
            shutil.rmtree(out)
    print("package: %d problems" % len(FAILURES))
    sys.exit(1 if FAILURES else 0)


if __name__ == "__main__":
    main()
