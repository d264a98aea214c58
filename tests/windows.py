#!/usr/bin/env python3
"""plancheck.exe under Wine (make test-windows, make test-windows-example).

  windows.py --exe build-windows/plancheck.exe --wine /usr/lib/wine/wine64 \\
             --prefix build-windows/wine [--example-only]

Runs Wine quietly (WINEDEBUG=-all) in a prefix of its own, made once with
wineboot and kept (making it takes a minute). Then:
1. the example: the golden cases lillehammer-nb and lillehammer-en (exit 0,
   output word for word), and the exe with a Windows path (backslashes and
   a drive letter), a plan folder and a plan file named with æøå and CRLF
   plan files: the same findings as the example itself; a summary written
   with --output over an existing file, twice: the file holds what the exe
   writes to standard output; sjekk-planene.bat beside the exe in a plans
   folder (the example: exit 0; a failing set: exit 1), each with its line;
2. unless --example-only, every golden CLI case through tests/golden.py,
   with Wine as the runner, but those tests/windows/skip names (each with
   the reason it cannot match under Wine).
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests"))
import golden  # noqa: E402


def prepare_wine(wine, prefix):
    os.environ["WINEDEBUG"] = "-all"
    os.environ["WINEPREFIX"] = prefix
    os.environ["WINEARCH"] = "win64"
    os.environ.pop("DISPLAY", None)  # no windows, no dialogs
    # No Mono or Gecko installer prompts: plancheck needs neither.
    os.environ["WINEDLLOVERRIDES"] = "mscoree=;mshtml="
    if not os.path.exists(os.path.join(prefix, "system.reg")):
        print("Making the Wine prefix %s (once)" % prefix, flush=True)
        os.makedirs(prefix, exist_ok=True)
        subprocess.run([wine, "wineboot", "--init"], check=True, timeout=900,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # One wineserver for the whole run instead of one per process.
    server = os.path.join(os.path.dirname(wine), "wineserver")
    subprocess.run([server, "-p"], check=False)
    # The first program Wine runs starts its services (services.exe,
    # winedevice.exe...), which inherit that program's standard output and
    # keep it open: started here, with no pipes, they cannot hold up a test.
    subprocess.run([wine, "cmd", "/c", "exit"], check=False, timeout=300, stdin=subprocess.DEVNULL,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return server


def run(wine, exe, args, cwd):
    env = golden.environment()
    proc = subprocess.run([wine, exe] + args, cwd=cwd, capture_output=True, env=env, timeout=300)
    return proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"), proc.returncode


def windows_paths(wine, exe):
    """The example through a Windows path, a folder named with æøå, and CRLF files."""
    problems = []
    example = os.path.join(ROOT, "examples", "lillehammer")
    want, want_err, want_code = run(wine, exe, ["check", "--lang", "nb", "--format", "short", "."], example)
    if want_code != 0 or not want or want_err:
        return ["the example itself: exit %d, stderr %r" % (want_code, want_err)]
    tmp = tempfile.mkdtemp(prefix="plancheck-windows-")
    try:
        folder = os.path.join(tmp, "planer for rådet æøå")
        shutil.copytree(example, folder)
        # A plan file named with æøå too (the findings then name it so).
        renamed = ("2023/budsjett-og-tiltaksplan-2023.yaml", "2023/budsjett-og-tiltaksplan-2023 for rådet æøå.yaml")
        os.rename(os.path.join(folder, renamed[0]), os.path.join(folder, renamed[1]))
        for dirpath, _, filenames in os.walk(folder):
            for name in filenames:
                if name.endswith((".yaml", ".yml")):
                    path = os.path.join(dirpath, name)
                    with open(path, "rb") as f:
                        data = f.read()
                    with open(path, "wb") as f:
                        f.write(data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
        # Wine's Z: drive is the Unix root: Z:\tmp\...\planer for rådet æøå
        windows_path = "Z:" + folder.replace("/", "\\")
        out, err, code = run(wine, exe, ["check", "--lang", "nb", "--format", "short", windows_path], tmp)
        prefix = windows_path + "\\"
        got = "".join(line[len(prefix):] if line.startswith(prefix) else line
                      for line in out.splitlines(True)).replace("\\", "/").replace(renamed[1], renamed[0])
        if code != 0 or err or got != want:
            problems.append("a Windows path with æøå to CRLF files: exit %d, stderr %r, output:\n%s\n"
                            "expected:\n%s" % (code, err, out, want))
        # Written where asked: a summary beside the plans, replacing the file
        # that is there (MoveFileExW), twice, with what it writes to stdout.
        summary_args = ["summary", "--lang", "nb", "--format", "markdown"]
        want_summary, _, _ = run(wine, exe, summary_args + [windows_path], tmp)
        written = os.path.join(folder, "sammendrag æøå.md")
        with open(written, "w", encoding="utf-8") as f:
            f.write("an older summary\n")
        target = windows_path + "\\sammendrag æøå.md"
        for attempt in range(2):
            out, err, code = run(wine, exe, summary_args + ["--output", target, windows_path], tmp)
            with open(written, encoding="utf-8", newline="") as f:
                got = f.read()
            if code != 0 or err or not want_summary or got != want_summary:
                problems.append("summary --output %s (run %d): exit %d, stderr %r, the file holds:\n%s"
                                % (target, attempt + 1, code, err, got[:500]))
        left = [n for n in os.listdir(folder) if n.startswith(".")]
        if left:
            problems.append("temporary files left beside the summary: %s" % left)
    finally:
        shutil.rmtree(tmp)
    return problems


def batch_file(wine, exe):
    """sjekk-planene.bat (with Windows line ends, as in the zip) beside the
    exe in a plans folder: it checks that folder and tells the result."""
    problems = []
    with open(os.path.join(ROOT, "windows", "sjekk-planene.bat"), "rb") as f:
        bat = f.read().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    cases = [(os.path.join(ROOT, "examples", "lillehammer"), 0, "Ferdig: ingen feil i planene."),
             (os.path.join(ROOT, "tests", "cli", "text-unknown-key", "plans"), 1,
              "Ferdig: plancheck fant feil i planene, se over.")]
    for plans, want_code, want_line in cases:
        tmp = tempfile.mkdtemp(prefix="plancheck-bat-")
        try:
            folder = os.path.join(tmp, "planer")
            shutil.copytree(plans, folder)
            shutil.copy(exe, folder)
            with open(os.path.join(folder, "sjekk-planene.bat"), "wb") as f:
                f.write(bat)
            # pause reads a key from standard input: an empty one ends it.
            proc = subprocess.run([wine, "cmd", "/c", "sjekk-planene.bat"], cwd=folder, capture_output=True,
                                  env=golden.environment(), timeout=300, stdin=subprocess.DEVNULL)
            out = proc.stdout.decode("utf-8", "replace")
            err = proc.stderr.decode("utf-8", "replace")
            if proc.returncode != want_code or want_line not in out.splitlines() or err:
                problems.append("sjekk-planene.bat in %s: exit %d (expected %d), stderr %r, output:\n%s"
                                % (os.path.relpath(plans, ROOT), proc.returncode, want_code, err, out[-1500:]))
        finally:
            shutil.rmtree(tmp)
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--exe", required=True)
    parser.add_argument("--wine", required=True)
    parser.add_argument("--prefix", required=True)
    parser.add_argument("--example-only", action="store_true")
    args = parser.parse_args()
    exe = os.path.abspath(args.exe)
    server = prepare_wine(args.wine, os.path.abspath(args.prefix))
    try:
        golden.RUNNER.append(args.wine)
        ok = golden.cli_cases(exe, {"lillehammer-nb", "lillehammer-en"})
        problems = windows_paths(args.wine, exe)
        for p in problems:
            print("FAIL: " + p)
        print("Windows paths, æøå and CRLF: %s" % ("passed" if not problems else "failed"))
        bat_problems = batch_file(args.wine, exe)
        for p in bat_problems:
            print("FAIL: " + p)
        print("sjekk-planene.bat: %s" % ("passed" if not bat_problems else "failed"))
        problems += bat_problems
        ok = ok and not problems
        if not args.example_only:
            golden.NORMALISE_PATHS = True
            skip = golden.read_skip(os.path.join(ROOT, "tests", "windows", "skip"))
            ok = golden.cli_cases(exe, None, skip) and ok
    finally:
        subprocess.run([server, "-k"], check=False)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
