#!/usr/bin/env python3
"""Installation tests: what `make install` puts where, the man page, the completions.

  install.py install     --build DIR --plancheck BIN
      cmake --install into a temporary DESTDIR, with the prefixes /usr/local
      and /usr: the exact file list, the installed binary runs, the zsh
      completion goes where that prefix's zsh looks.
  install.py man         --build DIR --plancheck BIN
      man/plancheck.1 renders with groff and with man-db without a single
      warning, and names every command, option and format the program has.
  install.py completions --build DIR --plancheck BIN
      the generated completions, run by bash and by an interactive zsh on a
      pseudo-terminal, offer exactly the program's commands, options,
      formats, rule ids and file kinds; the zsh one registers with compinit.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAN_PAGE = os.path.join(ROOT, "man", "plancheck.1")
MAN_PAGE_NB = os.path.join(ROOT, "man", "plancheck.nb.1")
# Each page's section headings, the EXIT STATUS one last.
MAN_HEADINGS = {
    MAN_PAGE: ("NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS", "ENVIRONMENT", "FILES",
               "EXAMPLES", "SEE ALSO", "EXIT STATUS"),
    MAN_PAGE_NB: ("NAVN", "OVERSIKT", "BESKRIVELSE", "KOMMANDOER", "VALG", "MILJØ", "FILER",
                  "EKSEMPLER", "SE OGSÅ", "AVSLUTNINGSSTATUS"),
}
FAILURES = []


def fail(message):
    FAILURES.append(message)
    print("FAIL: " + message)


def env():
    e = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "LANGUAGE"}
    e["LANG"] = "C.UTF-8"
    return e


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, env=kw.pop("env", env()), **kw)


def plancheck(binary, *args):
    proc = run([binary] + list(args))
    if proc.returncode != 0:
        fail("plancheck %s exited %d: %s" % (" ".join(args), proc.returncode, proc.stderr))
    return proc.stdout


# --- what the program says about itself -------------------------------------------------


def commands(binary):
    """The subcommands --help lists, plus the hidden `completions`."""
    text = plancheck(binary, "--help")
    section = text.split("Subcommands:")[1].split("\n\n")[0]
    names = [line.split()[0] for line in section.strip().splitlines()]
    return names + ["completions"]


def options(binary, command=None):
    """Every option name of plancheck (command None) or of a command, from its --help."""
    text = plancheck(binary, *([command, "--help"] if command else ["--help"]))
    section = text.split("Options:")[1].split("\n\n")[0]
    names = []
    for line in section.splitlines():
        m = re.match(r"\s+(-[^\s]+)", line)
        if m:
            names += [n for n in m.group(1).split(",") if n.startswith("-")]
    return names


def check_formats(binary):
    return [line.split()[0] for line in plancheck(binary, "check", "--format", "list").splitlines()]


def rule_ids(binary):
    return [r["id"] for r in json.loads(plancheck(binary, "rules", "--format", "json"))["rules"]]


def choices(binary, command, option):
    """The {a,b,c} choices --help shows for an option."""
    text = plancheck(binary, command, "--help")
    m = re.search(re.escape(option) + r" TEXT:\{([^}]*)\}", text)
    return m.group(1).split(",") if m else []


# --- install ------------------------------------------------------------------------------


def installed_files(build, prefix):
    dest = tempfile.mkdtemp(prefix="plancheck-destdir-")
    e = env()
    e["DESTDIR"] = dest
    proc = run(["cmake", "--install", build, "--prefix", prefix], env=e)
    if proc.returncode != 0:
        fail("cmake --install --prefix %s failed:\n%s%s" % (prefix, proc.stdout, proc.stderr))
    found = set()
    for dirpath, _, filenames in os.walk(dest):
        for name in filenames:
            found.add("/" + os.path.relpath(os.path.join(dirpath, name), dest))
    return dest, found


def expected_files(prefix, zsh_dir):
    files = {
        prefix + "/bin/plancheck",
        prefix + "/share/man/man1/plancheck.1.gz",
        prefix + "/share/man/nb/man1/plancheck.1.gz",
        prefix + "/share/bash-completion/completions/plancheck",
        prefix + "/" + zsh_dir + "/_plancheck",
        prefix + "/share/doc/plancheck/README.md",
    }
    for name in sorted(os.listdir(os.path.join(ROOT, "schemas"))):
        if name.endswith(".schema.json"):
            files.add(prefix + "/share/plancheck/schemas/" + name)
    for name in sorted(os.listdir(os.path.join(ROOT, "schemas", "en"))):
        if name.endswith(".schema.json"):
            files.add(prefix + "/share/plancheck/schemas/en/" + name)
    for name in sorted(os.listdir(os.path.join(ROOT, "docs"))):
        if name.endswith(".md"):
            files.add(prefix + "/share/doc/plancheck/" + name)
    return files


def test_install(build, binary):
    for prefix, zsh_dir in (("/usr/local", "share/zsh/site-functions"),
                            ("/usr", "share/zsh/vendor-completions")):
        dest, found = installed_files(build, prefix)
        try:
            expected = expected_files(prefix, zsh_dir)
            for path in sorted(expected - found):
                fail("prefix %s: %s was not installed" % (prefix, path))
            for path in sorted(found - expected):
                fail("prefix %s: %s was installed but is not expected" % (prefix, path))
            if prefix + "/bin/plancheck" in found:
                installed = dest + prefix + "/bin/plancheck"
                if not os.access(installed, os.X_OK):
                    fail("the installed plancheck is not executable")
                version = run([installed, "--version"]).stdout
                if version != plancheck(binary, "--version"):
                    fail("the installed plancheck says %r" % version)
                proc = run([installed, "check", os.path.join(ROOT, "examples", "lillehammer")])
                if proc.returncode != 0:
                    fail("the installed plancheck does not pass the example:\n" + proc.stdout)
            schemas = dest + prefix + "/share/plancheck/schemas/"
            for kind in ("frame", "yearly-plan", "project-list"):
                for lang, path in (("nb", schemas + kind + ".schema.json"),
                                   ("en", schemas + "en/" + kind + ".schema.json")):
                    if os.path.exists(path) and open(path).read() != plancheck(
                            binary, "schema", kind, "--lang", lang):
                        fail("the installed %s differs from `plancheck schema %s --lang %s`"
                             % (path, kind, lang))
        finally:
            shutil.rmtree(dest)


# --- man page -----------------------------------------------------------------------------


def rendered_man(source, path):
    """The page as man-db renders it, and every warning groff or man gave."""
    warnings = []
    groff = run(["groff", "-man", "-Tutf8", "-ww", "-z", source])
    if groff.returncode != 0 or groff.stderr:
        warnings.append("groff: " + groff.stderr)
    e = env()
    e["MANWIDTH"] = "80"
    e["MAN_KEEP_FORMATTING"] = "0"
    man = run(["man", "--warnings", "-l", path], env=e)
    if man.returncode != 0 or man.stderr:
        warnings.append("man: " + man.stderr)
    text = re.sub(r".\x08", "", man.stdout)  # overstriking, should man emit it
    return text.replace("\u2010", "-").replace("\u2212", "-"), warnings


def test_man(build, binary):
    for source, built in ((MAN_PAGE, "plancheck.1.gz"), (MAN_PAGE_NB, "plancheck.nb.1.gz")):
        test_man_page(binary, source, os.path.join(build, "share", "man", built))


def test_man_page(binary, source, built):
    """One page, English or Norwegian: it renders cleanly and names everything."""
    version = plancheck(binary, "--version").strip()
    name = os.path.relpath(source, ROOT)
    if not re.search(r'^\.TH PLANCHECK 1 \S+ "%s"' % re.escape(version), open(source).read(), re.M):
        fail("%s's .TH line does not name %r (the version changed?)" % (name, version))
    headings = MAN_HEADINGS[source]
    for path in (source, built):
        text, warnings = rendered_man(source, path)
        for w in warnings:
            fail("%s: %s" % (path, w))
        for heading in headings:
            if not re.search(r"^" + heading + r"$", text, re.M):
                fail("%s has no section %s" % (path, heading))
    words = set(re.findall(r"[\w./=-]+", text))
    for command in commands(binary):
        if command not in words:
            fail("the man page does not name the command %s" % command)
        for option in options(binary, command):
            if option not in words:
                fail("the man page does not name %s %s" % (command, option))
    for option in options(binary):
        if option not in words:
            fail("the man page does not name %s" % option)
    for fmt in check_formats(binary) + choices(binary, "rules", "--format"):
        if fmt not in words:
            fail("the man page does not name the format %s" % fmt)
    for variable in ("LANG", "LC_ALL", "LC_MESSAGES", "NO_COLOR", "GITHUB_STEP_SUMMARY"):
        if variable not in words:
            fail("the man page does not name the environment variable %s" % variable)
    for code in ("0", "1", "2"):
        if not re.search(r"^\s+%s\s" % code, text.split(headings[-1])[1], re.M):
            fail("%s does not explain exit status %s" % (name, code))


# --- completions --------------------------------------------------------------------------

BASH_DRIVER = r"""
source "$1"; shift
COMP_WORDS=("$@")
COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
_plancheck
printf '%s\n' "${COMPREPLY[@]}"
"""


def bash_complete(script, words):
    """What the bash completion offers for the command line `words` (the last one is completed)."""
    proc = run(["bash", "-c", BASH_DRIVER, "driver", script] + words)
    if proc.returncode != 0 or proc.stderr:
        fail("bash completion of %r: exit %d, %s" % (words, proc.returncode, proc.stderr))
    return sorted(line for line in proc.stdout.splitlines() if line)


def expect(script, words, wanted):
    got = bash_complete(script, words)
    if got != sorted(wanted):
        fail("bash completion of %r offers %r, expected %r" % (words, got, sorted(wanted)))


def test_completions(build, binary):
    bash = os.path.join(build, "share", "bash", "plancheck")
    zsh = os.path.join(build, "share", "zsh", "_plancheck")
    for path, shell in ((bash, "bash"), (zsh, "zsh")):
        if not os.path.exists(path) or open(path).read() != plancheck(binary, "completions", shell):
            fail("%s is not what `plancheck completions %s` prints" % (path, shell))
    cmds = commands(binary)
    rules = rule_ids(binary)
    kinds = ["frame", "yearly-plan", "project-list"]
    expect(bash, ["plancheck", ""], cmds)
    expect(bash, ["plancheck", "--lang", "nb", "ch"], ["check"])
    expect(bash, ["plancheck", "--"], [o for o in options(binary) if o.startswith("--")])
    expect(bash, ["plancheck", "--lang", ""], choices(binary, "check", "--lang") or ["en", "nb"])
    expect(bash, ["plancheck", "explain", ""], rules)
    expect(bash, ["plancheck", "explain", "share/"], [r for r in rules if r.startswith("share/")])
    expect(bash, ["plancheck", "schema", ""], kinds)
    expect(bash, ["plancheck", "check", "--format", ""], check_formats(binary) + ["list"])
    expect(bash, ["plancheck", "check", "-f", "s"], [f for f in check_formats(binary) if f.startswith("s")])
    expect(bash, ["plancheck", "check", "--format", "=", ""], check_formats(binary) + ["list"])
    expect(bash, ["plancheck", "check", "--color", ""], choices(binary, "check", "--color"))
    expect(bash, ["plancheck", "rules", "--format", ""], choices(binary, "rules", "--format"))
    expect(bash, ["plancheck", "summary", "--format", ""], ["csv", "html", "json", "markdown", "text", "xlsx"])
    expect(bash, ["plancheck", "completions", ""], ["bash", "zsh"])
    for command in cmds:
        wanted = [o for o in options(binary, command) + options(binary)
                  if o.startswith("--") and o not in ("--help", "--version")] + ["--help"]
        got = bash_complete(bash, ["plancheck", command, "--"])
        if sorted(set(got)) != sorted(set(wanted)):
            fail("bash completion of 'plancheck %s --' offers %r, expected %r" % (command, got, sorted(set(wanted))))
    # Files after check, directories after init (in a folder with one of each).
    tmp = tempfile.mkdtemp(prefix="plancheck-completion-")
    try:
        os.mkdir(os.path.join(tmp, "plans"))
        open(os.path.join(tmp, "plan.yaml"), "w").close()
        proc = run(["bash", "-c", "cd \"$0\" && " + BASH_DRIVER.replace("$1", "$2").replace("shift", "shift 2"),
                    tmp, "driver", bash, "plancheck", "init", ""])
        if sorted(proc.stdout.split()) != ["plans"]:
            fail("bash completion after 'plancheck init' offers %r, expected the directory" % proc.stdout)
        proc = run(["bash", "-c", "cd \"$0\" && " + BASH_DRIVER.replace("$1", "$2").replace("shift", "shift 2"),
                    tmp, "driver", bash, "plancheck", "check", "--strict", ""])
        if sorted(proc.stdout.split()) != ["plan.yaml", "plans"]:
            fail("bash completion after 'plancheck check' offers %r, expected the files" % proc.stdout)
    finally:
        shutil.rmtree(tmp)
    test_zsh(zsh, cmds, rules, binary)


# Types a command line and TAB into an interactive zsh on a pseudo-terminal
# (zsh/zpty), with compadd wrapped to record what the completion offers.
ZSH_DRIVER = r"""
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z "PS1=''; PS2=''; fpath=($2 \$fpath); autoload -U compinit; compinit -u -d $3/zcompdump"
zpty -w z 'compadd () { builtin compadd -O __hits "$@"; print -r -l -- $__hits >> '$3'/hits; builtin compadd "$@" }'
zpty -n -w z "$1"$'\t'
integer i
for (( i = 0; i < 300; i++ )); do [[ -s $3/hits ]] && break; sleep 0.1; done
sleep 0.5
zpty -d z
[[ -e $3/hits ]] && cat $3/hits
"""


def zsh_complete(path, line):
    """What zsh's completion offers after `line`, as a sorted set."""
    work = tempfile.mkdtemp(prefix="plancheck-zsh-")
    try:
        e = env()
        e["HOME"] = work
        proc = run(["zsh", "-f", "-c", ZSH_DRIVER, "driver", line, os.path.dirname(path), work],
                   env=e, timeout=60)
        return sorted(set(proc.stdout.split()))
    finally:
        shutil.rmtree(work)


def zsh_expect(path, line, wanted):
    got = zsh_complete(path, line)
    if got != sorted(set(wanted)):
        fail("zsh completion of %r offers %r, expected %r" % (line, got, sorted(set(wanted))))


def test_zsh(path, cmds, rules, binary):
    if not shutil.which("zsh"):
        fail("zsh is not installed (the Makefile's deps target installs it)")
        return
    proc = run(["zsh", "-n", path])
    if proc.returncode != 0 or proc.stderr:
        fail("zsh -n %s: %s" % (path, proc.stderr))
    home = tempfile.mkdtemp(prefix="plancheck-zsh-")
    try:
        e = env()
        e["HOME"] = home
        e["ZDOTDIR"] = home
        script = "fpath=(%s $fpath); autoload -U compinit; compinit -u -d %s/.zcompdump; print -r -- $_comps[plancheck]" % (
            os.path.dirname(path), home)
        proc = run(["zsh", "-f", "-c", script], env=e)
        if proc.stdout.strip() != "_plancheck":
            fail("compinit does not register _plancheck for plancheck: %r %s" % (proc.stdout, proc.stderr))
    finally:
        shutil.rmtree(home)
    zsh_expect(path, "plancheck ", cmds)
    zsh_expect(path, "plancheck explain share/", [r for r in rules if r.startswith("share/")])
    zsh_expect(path, "plancheck explain ", rules)
    zsh_expect(path, "plancheck schema ", ["frame", "yearly-plan", "project-list"])
    zsh_expect(path, "plancheck check --format ", check_formats(binary) + ["list"])
    zsh_expect(path, "plancheck check --color ", choices(binary, "check", "--color"))
    zsh_expect(path, "plancheck --lang ", ["en", "nb"])
    zsh_expect(path, "plancheck rules --format ", choices(binary, "rules", "--format"))
    zsh_expect(path, "plancheck summary --format ", ["csv", "html", "json", "markdown", "text", "xlsx"])
    text = open(path).read()
    listed = re.findall(r"^      '([a-z-]+):", text, re.M)
    if sorted(listed) != sorted(cmds):
        fail("the zsh completion lists the commands %r, expected %r" % (listed, cmds))
    m = re.search(r"'1:rule:\(([^)]*)\)'", text)
    if not m or m.group(1).split() != rules:
        fail("the zsh completion's rule ids differ from `plancheck rules --format json`")
    m = re.search(r"'\*--format=\[.*?\]:format:\(([^)]*)\)'", text)
    if not m or m.group(1).split() != check_formats(binary) + ["list"]:
        fail("the zsh completion's check formats differ from `plancheck check --format list`")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["install", "man", "completions"])
    parser.add_argument("--build", required=True)
    parser.add_argument("--plancheck", required=True)
    args = parser.parse_args()
    {"install": test_install, "man": test_man, "completions": test_completions}[args.what](
        os.path.abspath(args.build), os.path.abspath(args.plancheck))
    print("%s: %d problems" % (args.what, len(FAILURES)))
    sys.exit(1 if FAILURES else 0)


if __name__ == "__main__":
    main()
