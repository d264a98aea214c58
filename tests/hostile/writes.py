#!/usr/bin/env python3
"""Every file plancheck writes is written atomically, all or none, and never
over its input.

  writes.py --plancheck BIN

Covers `check --format NAME=PATH` (several at once), `summary --output` and
the $GITHUB_STEP_SUMMARY append (init and new-year create files all or none
with RENAME_NOREPLACE; tests/scaffold.py covers them):

- an output directory that cannot be written (as an unprivileged user when
  running as root, through setpriv): exit 2, nothing left in it;
- all or none: when one of several outputs cannot be written, none is
  (an older file there keeps its content);
- a full disk, simulated with RLIMIT_FSIZE (SIGXFSZ ignored, so that write()
  fails half-way with EFBIG): exit 2, the old file untouched, no temporary
  file left; the step summary cut back to what it held before;
- an output path that is one of the plan files (by another name, through a
  symbolic or hard link too): refused with exit 2, the file unchanged;
- an output through a symbolic link replaces the link's target, and the link
  stays; /proc/self/fd/1 (what /dev/stdout links to) is written through,
  not replaced; a FIFO without a reader is an error, not a hang;
- no input file is ever changed (contents and modification times).
"""

import argparse
import hashlib
import os
import resource
import shutil
import signal
import stat
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLE = os.path.join(ROOT, "examples", "lillehammer")

problems = []


def check(condition, text):
    if not condition:
        problems.append(text)
    return condition


def environment(**extra):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("LC_") and k not in ("GITHUB_STEP_SUMMARY", "LANGUAGE", "NO_COLOR")}
    env["LANG"] = "C.UTF-8"
    env.update(extra)
    return env


def file_size_limit(limit):
    """A preexec function: writes past `limit` bytes fail with EFBIG."""
    def apply():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def run(binary, args, cwd, env=None, prefix=(), preexec=None, timeout=120):
    try:
        proc = subprocess.run(list(prefix) + [binary, "--lang", "en"] + args, cwd=cwd,
                              capture_output=True, env=env or environment(), timeout=timeout,
                              preexec_fn=preexec, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        problems.append("no answer after %d s (a hang): %s" % (timeout, " ".join(args)))
        return b"", "", None
    check(proc.returncode >= 0, "killed by signal %d: %s" % (-proc.returncode, " ".join(args)))
    return proc.stdout, proc.stderr.decode("utf-8", "replace"), proc.returncode


def snapshot(folder):
    """Every file under `folder`: its content's hash and modification time."""
    found = {}
    for base, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(base, name)
            st = os.lstat(path)
            if stat.S_ISREG(st.st_mode):
                with open(path, "rb") as f:
                    found[os.path.relpath(path, folder)] = (hashlib.sha256(f.read()).hexdigest(),
                                                            st.st_mtime_ns)
    return found


def read(path):
    with open(path, "rb") as f:
        return f.read()


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def hidden(folder):
    return [n for n in os.listdir(folder) if n.startswith(".")]


def as_other_user():
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"] if setpriv else None


def unwritable_directory(binary, tmp, plans):
    prefix = as_other_user()
    if prefix is None:
        print("SKIP unwritable directory: running as root without setpriv (util-linux)")
        return
    locked = os.path.join(tmp, "locked")
    os.mkdir(locked, 0o555)
    os.chmod(locked, 0o555)
    for args in (["check", "--format", "json=" + os.path.join(locked, "report.json"), plans],
                 ["summary", "--output", os.path.join(locked, "summary.html"), "--format", "html",
                  plans]):
        out, err, code = run(binary, args, tmp, prefix=prefix)
        check(code == 2 and "cannot write" in err and "permission denied" in err,
              "unwritable directory (%s): exit %s, %r" % (args[0], code, err))
        check(os.listdir(locked) == [], "unwritable directory: left %s" % os.listdir(locked))


def all_or_none(binary, tmp, plans):
    ok = os.path.join(tmp, "ok")
    os.mkdir(ok)
    write(os.path.join(ok, "report.json"), b"old report\n")
    args = ["check", "--format", "text", "--format", "json=" + os.path.join(ok, "report.json"),
            "--format", "junit=" + os.path.join(ok, "junit.xml"),
            "--format", "sarif=" + os.path.join(tmp, "missing", "x.sarif"), plans]
    out, err, code = run(binary, args, tmp)
    check(code == 2 and "cannot write" in err and "x.sarif" in err,
          "all or none: exit %s, %r" % (code, err))
    check(out == b"", "all or none: standard output was written after a failed run: %r" % out[:100])
    check(read(os.path.join(ok, "report.json")) == b"old report\n",
          "all or none: the older report.json was replaced although the run failed")
    check(sorted(os.listdir(ok)) == ["report.json"],
          "all or none: left %s" % sorted(os.listdir(ok)))


def full_disk(binary, tmp, plans):
    disk = os.path.join(tmp, "disk")
    os.mkdir(disk)
    write(os.path.join(disk, "report.json"), b"old")
    write(os.path.join(disk, "summary.md"), b"old")
    limit = file_size_limit(200)
    for args, name in ((["check", "--format", "json=" + os.path.join(disk, "report.json"), plans],
                        "report.json"),
                       (["summary", "--format", "markdown", "--output",
                         os.path.join(disk, "summary.md"), plans], "summary.md")):
        _, err, code = run(binary, args, tmp, preexec=limit)
        check(code == 2 and "cannot write" in err and "the file is too large" in err,
              "full disk (%s): exit %s, %r" % (args[0], code, err))
        check(read(os.path.join(disk, name)) == b"old", "full disk: %s was changed" % name)
    check(hidden(disk) == [], "full disk: temporary files left: %s" % hidden(disk))
    # The step summary: appended to, and cut back when the append fails half-way.
    summary = os.path.join(disk, "step-summary.md")
    before = b"# An earlier step\n\n" + b"x" * 100 + b"\n"
    write(summary, before)
    _, err, code = run(binary, ["check", "--format", "github", plans], tmp,
                       env=environment(GITHUB_STEP_SUMMARY=summary), preexec=limit)
    check(code == 2 and "the file is too large" in err, "full disk, step summary: exit %s, %r" % (code, err))
    check(read(summary) == before, "full disk: the step summary holds a partial text: %r"
          % read(summary)[len(before):len(before) + 80])
    # Without a limit it is appended to, never overwritten.
    _, err, code = run(binary, ["check", "--format", "github", plans], tmp,
                       env=environment(GITHUB_STEP_SUMMARY=summary))
    check(code == 0 and read(summary).startswith(before) and len(read(summary)) > len(before) + 100,
          "step summary: exit %s, not appended to" % code)


def output_is_input(binary, tmp, plans):
    frame = os.path.join(plans, "strategisk-handlingsplan-2021-25.yaml")
    os.link(frame, os.path.join(tmp, "hard-link.yaml"))
    os.symlink(frame, os.path.join(tmp, "soft-link.yaml"))
    for target in (frame, os.path.join(plans, ".", os.path.basename(frame)),
                   os.path.join(tmp, "hard-link.yaml"), os.path.join(tmp, "soft-link.yaml")):
        for args in (["check", "--format", "text", "--format", "json=" + target, plans],
                     ["summary", "--output", target, plans]):
            out, err, code = run(binary, args, tmp)
            check(code == 2 and "one of the plan files being read" in err,
                  "output is input (%s %s): exit %s, %r" % (args[0], target, code, err))
            check(out == b"", "output is input: standard output written too")
    os.remove(os.path.join(tmp, "hard-link.yaml"))
    os.remove(os.path.join(tmp, "soft-link.yaml"))


def special_targets(binary, tmp, plans):
    links = os.path.join(tmp, "links")
    os.mkdir(links)
    os.symlink("real.json", os.path.join(links, "report.json"))
    write(os.path.join(links, "real.json"), b"old")
    _, err, code = run(binary, ["check", "--format", "json=" + os.path.join(links, "report.json"),
                                plans], tmp)
    check(code == 0 and os.path.islink(os.path.join(links, "report.json"))
          and read(os.path.join(links, "real.json")).startswith(b"{"),
          "a symbolic link as output: exit %s, the link replaced or its target not written" % code)
    # /proc/self/fd/1 named by the user (a rename of /dev/stdout itself would
    # break it for every program on the machine): written through, whether
    # standard output is a pipe or a file the shell opened with >>.
    stdout = "/proc/self/fd/1"
    out, err, code = run(binary, ["check", "--format", "json=" + stdout, plans], tmp)
    check(code == 0 and out.startswith(b"{"),
          "/proc/self/fd/1 (a pipe) as output: exit %s, %r, %r" % (code, out[:40], err))
    redirected = os.path.join(tmp, "redirected.txt")
    write(redirected, b"before\n")
    with open(redirected, "ab") as f:
        proc = subprocess.run([binary, "check", "--format", "json=" + stdout, plans], cwd=tmp,
                              stdout=f, env=environment(), timeout=120)
    check(proc.returncode == 0 and read(redirected).startswith(b"before\n{") and not hidden(tmp),
          "/proc/self/fd/1 (a file, >>) as output: exit %s, %r" % (proc.returncode,
                                                                  read(redirected)[:40]))
    # The same through a link inside the current directory leads outside
    # it: refused (tests/hostile/reliability.py has the other cases).
    link = os.path.join(tmp, "stdout")
    os.symlink("/proc/self/fd/1", link)
    out, err, code = run(binary, ["check", "--format", "json=" + link, plans], tmp)
    check(code == 2 and out == b"" and "points outside it" in err and os.path.islink(link),
          "a link to /proc/self/fd/1 in the tree: exit %s, %r" % (code, err))
    fifo = os.path.join(tmp, "fifo")
    os.mkfifo(fifo)
    _, err, code = run(binary, ["summary", "--output", fifo, plans], tmp, timeout=60)
    check(code == 2 and "nobody reads it" in err and stat.S_ISFIFO(os.lstat(fifo).st_mode),
          "a FIFO without a reader: exit %s, %r" % (code, err))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plancheck", required=True)
    args = parser.parse_args()
    binary = os.path.abspath(args.plancheck)
    tmp = tempfile.mkdtemp(prefix="plancheck-writes-")
    os.chmod(tmp, 0o755)
    try:
        plans = os.path.join(tmp, "plans")
        shutil.copytree(EXAMPLE, plans)
        for base, dirs, files in os.walk(plans):
            for d in dirs:
                os.chmod(os.path.join(base, d), 0o755)
        before = snapshot(plans)
        for test in (unwritable_directory, all_or_none, full_disk, output_is_input,
                     special_targets):
            count = len(problems)
            test(binary, tmp, plans)
            print("%s %s" % ("ok  " if len(problems) == count else "FAIL", test.__name__))
        check(snapshot(plans) == before, "an input file was changed")
    finally:
        shutil.rmtree(tmp)
    for p in problems:
        print("FAIL: " + p)
    print("writes: %d problems" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
