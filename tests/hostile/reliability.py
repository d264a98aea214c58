#!/usr/bin/env python3
"""Reliability classes of docs/robustness.md, one case each, on generated inputs.

  reliability.py --plancheck BIN [--only NAME...]

Each case builds its inputs in a temporary directory, runs plancheck and
checks the guarantee: memory bounded by the input, out of memory as a
message, failed writes, all-or-none outputs, output paths, interruptions,
CI commands in names, look-alike ids, bidi and invisible characters, the
new-year emitter, a FIFO as the step summary, a closed pipe. Under the
sanitizers (PLANCHECK_SANITIZED) the address-space limits are skipped (the
sanitizers reserve terabytes of address space).
"""

import argparse
import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import hostile  # noqa: E402
from hostile import FRAME, PLAN, PROJECTS  # noqa: E402  (the base plan set)

SANITIZED = bool(os.environ.get("PLANCHECK_SANITIZED"))
MIB = 1 << 20

problems = []
cases = []


def case(function):
    cases.append(function)
    return function


def environment(**extra):
    """hostile.py's environment (English, no colour, no step summary) and `extra`."""
    env = hostile.environment()
    env.update(extra)
    return env


class Context:
    def __init__(self, binary, tmp, name):
        self.binary, self.name = binary, name
        self.dir = os.path.join(tmp, name)
        os.makedirs(self.dir)

    def fail(self, text):
        problems.append("%s: %s" % (self.name, text))
        return False

    def check(self, condition, text):
        return condition or self.fail(text)

    def path(self, *parts):
        return os.path.join(self.dir, *parts)

    def write(self, name, content):
        path = self.path(name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    def base(self, folder="", frame=FRAME, plan=PLAN, projects=PROJECTS):
        self.write(os.path.join(folder, "frame.yaml"), frame)
        self.write(os.path.join(folder, "2021-plan.yaml"), plan)
        self.write(os.path.join(folder, "2021-projects.yaml"), projects)

    def run(self, args, cwd=None, env=None, preexec=None, timeout=300, stdout=subprocess.PIPE):
        """Runs plancheck (English); (stdout bytes, stderr text, exit code)."""
        try:
            proc = subprocess.run([self.binary, "--lang", "en"] + args, cwd=cwd or self.dir,
                                  stdout=stdout, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                                  env=env or environment(), timeout=timeout, preexec_fn=preexec)
        except subprocess.TimeoutExpired:
            self.fail("no answer after %d s: %s" % (timeout, " ".join(args)))
            return b"", "", None
        if proc.returncode < 0:
            self.fail("killed by signal %d: %s" % (-proc.returncode, " ".join(args)))
        return proc.stdout or b"", proc.stderr.decode("utf-8", "replace"), proc.returncode

    def leftovers(self, folder=None):
        """Hidden files plancheck may have left (temporary files, old copies)."""
        found = []
        for base, _, files in os.walk(folder or self.dir):
            found += [os.path.join(base, f) for f in files if f.startswith(".")]
        return found


def address_limit(megabytes):
    def apply():
        resource.setrlimit(resource.RLIMIT_AS, (megabytes * MIB, megabytes * MIB))
    return apply


# --- 1. memory amplification through aliases -------------------------------------------------

@case
def alias_bytes(c):
    """A 1 MB anchored scalar aliased 3000 times: budgeted by decoded bytes,
    a finding past it; check and summary stay within an address-space limit
    proportional to the input (the unbudgeted run took gigabytes)."""
    big = "x" * (1000 * 1000)
    measures = "".join("  - {id: m%d, title: *t, priority: naering, amount: 1}\n" % i
                       for i in range(3000))
    plan = PLAN.replace("measures:\n", "t: &t %s\nmeasures:\n%s" % (big, measures), 1)
    c.base(plan=plan)
    limit = None if SANITIZED else address_limit(600)
    out, err, code = c.run(["check", "--format", "json", "."], preexec=limit)
    if c.check(code == 1, "check: exit %s, %r" % (code, err[:300])):
        report = json.loads(out)
        c.check(any(f["rule"] == "syntax/yaml" and "bytes" in f["message"]
                    for f in report["findings"]),
                "no syntax/yaml finding about the alias budget: %s"
                % [f["message"][:80] for f in report["findings"][:5]])
    _, err, code = c.run(["summary", "--format", "html", "."], preexec=limit)
    c.check(code in (0, 1) and "out of memory" not in err, "summary: exit %s, %r" % (code, err[:300]))
    # Under the budget aliases are fine: a small anchored text used 100 times.
    small = "".join("  - {id: s%d, title: *s, priority: ovrig, amount: 1000}\n" % i
                    for i in range(100))
    c.base("small", plan=PLAN.replace("measures:\n", "s: &s Felles tittel\nmeasures:\n%s" % small, 1))
    _, err, code = c.run(["check", "--format", "json", "."], cwd=c.path("small"))
    c.check(code in (0, 1) and "budget" not in err, "small aliases: exit %s" % code)


# --- 2. out of memory ------------------------------------------------------------------------

@case
def out_of_memory(c):
    """Two million wrong items under a 300 MB address space: a message and
    exit 2, no output file, nothing on standard output, nothing left behind."""
    if SANITIZED:
        print("  out_of_memory: skipped under the sanitizers (no address-space limit)")
        return
    c.write("big.yaml", "plancheck: 1\nkind: project-list\nframe: x\nyear: 2021\nstatus: open\n"
            "projects:\n" + "  - 1\n" * 2000000)
    out, err, code = c.run(["check", "--format", "text", "--format", "json=out.json", "big.yaml"],
                           preexec=address_limit(300))
    c.check(code == 2 and "out of memory" in err and out == b"",
            "exit %s, stdout %r, stderr %r" % (code, out[:100], err[:300]))
    c.check(not os.path.exists(c.path("out.json")) and not c.leftovers(),
            "files left: %s" % os.listdir(c.dir))


# --- 3. failed writes to standard output -----------------------------------------------------

@case
def stdout_failures(c):
    """/dev/full, a closed standard output: exit 2 with a message, for every command."""
    c.base()
    for args in (["check", "."], ["check", "--format", "json", "."], ["summary", "."],
                 ["rules"], ["explain", "share/year"], ["schema", "frame"]):
        with open("/dev/full", "wb") as full:
            _, err, code = c.run(args, stdout=full)
        c.check(code == 2 and "cannot write to standard output" in err,
                "%s > /dev/full: exit %s, %r" % (" ".join(args), code, err[:200]))
        proc = subprocess.run([c.binary, "--lang", "en"] + args, cwd=c.dir, env=environment(),
                              stdin=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              preexec_fn=lambda: os.close(1), timeout=120)
        c.check(proc.returncode == 2 and b"cannot write to standard output" in proc.stderr,
                "%s >&-: exit %s, %r" % (" ".join(args), proc.returncode, proc.stderr[:200]))


# --- 4. all or none --------------------------------------------------------------------------

def unshare_works():
    try:
        return subprocess.run(["unshare", "-rm", "true"], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@case
def all_or_none(c):
    """A rename that fails half-way (EBUSY: the second target is a bind mount
    point): the first output, already renamed, is rolled back to its old
    content and inode; nothing hidden is left. Then a sticky folder holding
    another user's file: refused before any rename."""
    c.base("plans")
    plans = c.path("plans")
    first, second = c.write("out/first.json", "old first\n"), c.write("out/second.json", "old second\n")
    inode = os.stat(first).st_ino
    if unshare_works():
        other = c.write("elsewhere.txt", "mounted\n")
        script = 'mount --bind "$1" "$2" && exec "$3" --lang en check --format json="$4" --format sarif="$2" "$5"'
        proc = subprocess.run(["unshare", "-rm", "sh", "-c", script, "sh", other, second, c.binary,
                               first, plans], capture_output=True, env=environment(), timeout=120)
        c.check(proc.returncode == 2 and b"the file is in use" in proc.stderr,
                "EBUSY: exit %s, %r" % (proc.returncode, proc.stderr[:300]))
        with open(first) as f:
            c.check(f.read() == "old first\n" and os.stat(first).st_ino == inode,
                    "the first output was not rolled back")
        c.check(not c.leftovers(c.path("out")), "left behind: %s" % c.leftovers(c.path("out")))
    else:
        print("  all_or_none: EBUSY part skipped (unshare -rm is not allowed here)")
    setpriv = shutil.which("setpriv")
    if os.geteuid() == 0 and setpriv:
        sticky = c.path("sticky")
        os.mkdir(sticky)
        os.chmod(sticky, 0o1777)
        mine = os.path.join(sticky, "mine.json")
        theirs = c.write("sticky/theirs.json", "root's\n")
        os.chmod(theirs, 0o666)
        for d in (c.dir, plans):
            os.chmod(d, 0o755)
        for name in os.listdir(plans):
            os.chmod(os.path.join(plans, name), 0o644)
        proc = subprocess.run([setpriv, "--reuid=65534", "--regid=65534", "--clear-groups",
                               c.binary, "--lang", "en", "check", "--format", "json=" + mine,
                               "--format", "sarif=" + theirs, plans], cwd=sticky,
                              capture_output=True, env=environment(), timeout=120)
        c.check(proc.returncode == 2 and b"theirs.json" in proc.stderr
                and not os.path.exists(mine) and open(theirs).read() == "root's\n",
                "sticky folder: exit %s, %r, %s" % (proc.returncode, proc.stderr[:300],
                                                    os.listdir(sticky)))
    else:
        print("  all_or_none: sticky part skipped (needs root and setpriv)")


# --- 5. output paths -------------------------------------------------------------------------

@case
def output_paths(c):
    c.base("plans")
    plans = c.path("plans")
    outside = tempfile.mkdtemp(prefix="plancheck-outside-")
    try:
        victim = os.path.join(outside, "victim.txt")
        with open(victim, "w") as f:
            f.write("keep\n")
        # Links inside the tree that lead outside it: to a file, a dangling
        # one, a folder on the way, /proc/self/fd/1.
        os.symlink(victim, c.path("to-file.json"))
        os.symlink(os.path.join(outside, "new.json"), c.path("dangling.json"))
        os.symlink(outside, c.path("folder"))
        for target in ("to-file.json", "dangling.json", "folder/x.json"):
            for args in (["check", "--format", "json=" + target, plans],
                         ["summary", "--output", target, plans]):
                out, err, code = c.run(args)
                c.check(code == 2 and "points outside it" in err and out == b"",
                        "%s: exit %s, %r" % (" ".join(args), code, err[:200]))
        c.check(open(victim).read() == "keep\n" and sorted(os.listdir(outside)) == ["victim.txt"],
                "outside the tree: %s" % os.listdir(outside))
        # Named outside the tree by the user: written.
        _, err, code = c.run(["check", "--format", "json=" + victim, plans])
        c.check(code == 0 and open(victim).read().startswith("{"), "an explicit path: %s %r" % (code, err))
        # Links inside the tree that stay inside: followed, also dangling ones.
        os.makedirs(c.path("reports"))
        os.symlink("reports/real.json", c.path("inside.json"))
        _, err, code = c.run(["check", "--format", "json=inside.json", plans])
        c.check(code == 0 and os.path.islink(c.path("inside.json"))
                and open(c.path("reports/real.json")).read().startswith("{"),
                "a dangling link inside the tree: %s %r" % (code, err))
        # Two outputs naming the same file, by any name.
        for pair in (("a.json", "./a.json"), ("a.json", "reports/../a.json"),
                     ("inside.json", "reports/real.json"), ("", "/dev/stdout"),
                     ("", "/proc/self/fd/1")):
            specs = ["--format", "json" + ("=" + pair[0] if pair[0] else ""),
                     "--format", "sarif=" + pair[1]]
            out, err, code = c.run(["check"] + specs + [plans])
            c.check(code == 2 and "are the same file" in err and out == b"",
                    "same file %s: exit %s, %r" % (pair, code, err[:200]))
        summary = c.path("step-summary.md")
        _, err, code = c.run(["check", "--format", "github=" + summary, plans],
                             env=environment(GITHUB_STEP_SUMMARY=summary))
        c.check(code == 2 and "are the same file" in err, "the step summary: %s %r" % (code, err))
        # Long names: the temporary name stays within NAME_MAX.
        long = "n" * 250 + ".json"
        _, err, code = c.run(["check", "--format", "json=" + long, plans])
        c.check(code == 0 and os.path.exists(c.path(long)) and not c.leftovers(),
                "a 255-byte name: exit %s, %r" % (code, err[:200]))
    finally:
        shutil.rmtree(outside)


# --- 6. interruptions ------------------------------------------------------------------------

@case
def interrupted(c):
    """SIGINT, SIGTERM and SIGKILL while a large output is staged and another
    waits for a FIFO's reader: no temporary file is left beside the target."""
    c.base("plans")
    titles = "".join("  - {title: %s}\n" % ("Sak %d " % i + "y" * 200) for i in range(20000))
    c.write("plans/2021-plan.yaml", PLAN.replace(
        "strategic-issues:\n  - {title: Dobbeltspor på jernbanen}\n", "strategic-issues:\n" + titles))
    fifo = c.path("fifo")
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGKILL):
        os.mkfifo(fifo)
        reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader that never reads
        proc = subprocess.Popen([c.binary, "check", "--format", "json=big.json",
                                 "--format", "sarif=fifo", "plans"], cwd=c.dir,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                stdin=subprocess.DEVNULL, env=environment())
        # Wait until plancheck blocks on the full FIFO (its pipe buffer is 64 KiB).
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with open("/proc/%d/wchan" % proc.pid) as f:
                    if "pipe" in f.read():
                        break
            except OSError:
                pass
            time.sleep(0.05)
        proc.send_signal(sig)
        proc.wait(60)
        os.close(reader)
        os.remove(fifo)
        c.check(proc.returncode == -sig, "%s: exit %s" % (signal.Signals(sig).name, proc.returncode))
        c.check(not c.leftovers() and not os.path.exists(c.path("big.json")),
                "%s left: %s" % (signal.Signals(sig).name, os.listdir(c.dir)))


# --- 7. CI commands in file names and texts -------------------------------------------------

def text_outputs(c, plans):
    """Every output a person reads, as (name, text), run inside `plans`."""
    found = []
    for command in (["check", "--format", "text"], ["check", "--format", "short"],
                    ["check", "--format", "github"], ["summary", "--format", "text"],
                    ["summary", "--format", "markdown"], ["summary", "--format", "html"]):
        out, err, code = c.run(command + ["."], cwd=plans)
        c.check(code in (0, 1), "%s: exit %s %r" % (" ".join(command), code, err[:200]))
        found.append((" ".join(command[::2][:1] + command[2:]), out.decode("utf-8", "replace")))
    return found


@case
def ci_commands(c):
    """Plan files whose names start with '::' (also after a space, in a
    folder) and texts that would start a line with '::' or hold '##[':
    no line of the text formats starts a command."""
    plan = PLAN.replace("title: Reiselivsklyngen", "title: \"::error::klynge ##[add-mask]x\"").replace(
        "amount: 100 000}", "amount: 100 000, typo: 1}")
    c.base("plans", plan=plan)
    os.rename(c.path("plans", "2021-plan.yaml"), c.path("plans", "::error file=x::plan.yaml"))
    os.makedirs(c.path("plans", " ::group::folder"))
    c.write("plans/ ::group::folder/::warning::typo.yaml",
            "plancheck: 1\nkind: project-list\nframe: rad-2021-24\nyear: 2021\nstatus: open\n"
            "projects:\n  - {id: x, typo: 1}\n")
    for name, text in text_outputs(c, c.path("plans")):
        lines = text.split("\n")
        commands = ("::error ", "::warning ", "::notice ") if "github" in name else ()
        bad = [l for l in lines if (l.lstrip(" \t").startswith("::") or "##[" in l)
               and not (commands and l.startswith(commands))]
        c.check(not bad, "%s: %s" % (name, bad[:3]))
        c.check("summary" in name or "github" in name or "::plan.yaml" in text,
                "%s: the file is not named" % name)


# --- 8. look-alike identifiers ---------------------------------------------------------------

@case
def look_alike_ids(c):
    """Ids that differ only in NFC/NFD or in invisible characters are one id
    (id/duplicate); an id holding invisible characters is id/invisible; a
    reference in another normal form still finds its target."""
    nfc, nfd = "b\u00e5t", "ba\u030at"  # å precomposed and decomposed
    frame = FRAME.replace("id: ovrig", "id: %s" % json.dumps(nfc)).replace(
        "counts-toward: ovrig", "counts-toward: %s" % json.dumps(nfd))
    variants = {
        "nfc-nfd": (nfd, ["id/duplicate"]),
        "zero-width-space": ("klynge\u200b", ["id/duplicate", "id/invisible"]),
        "no-break-space": ("kly\u00a0nge", ["id/duplicate", "id/invisible"]),
        "soft-hyphen": ("kly\u00adnge", ["id/duplicate", "id/invisible"]),
        "bidi-override": ("\u202eklynge", ["id/duplicate", "id/invisible"]),
        "bidi-isolate": ("klynge\u2066", ["id/duplicate", "id/invisible"]),
    }
    for label, (measure_id, rules) in variants.items():
        if label == "nfc-nfd":
            plan = PLAN.replace("priority: ovrig", "priority: %s" % json.dumps(nfd)).replace(
                "id: arrangement", "id: %s" % json.dumps(nfc)).replace(
                "id: ungdom", "id: %s" % json.dumps(nfd))
            # A grant on the renamed measure names it in the other normal form.
            projects = PROJECTS.replace("measure: arrangement", "measure: %s" % json.dumps(nfd))
        else:
            plan = PLAN.replace("priority: ovrig", "priority: %s" % json.dumps(nfd)).replace(
                "id: ungdom", "id: %s" % json.dumps(measure_id))
            projects = PROJECTS
        c.base(label, frame=frame, plan=plan, projects=projects)
        out, err, code = c.run(["check", "--format", "json", "."], cwd=c.path(label))
        if not c.check(code == 1, "%s: exit %s %r" % (label, code, err[:200])):
            continue
        found = {f["rule"] for f in json.loads(out)["findings"]}
        for rule in rules:
            c.check(rule in found, "%s: no %s finding; found %s" % (label, rule, sorted(found)))
        c.check(not any(r.startswith("ref/") for r in found),
                "%s: a reference in another normal form did not resolve: %s" % (label, sorted(found)))


# --- 9. bidi and invisible characters --------------------------------------------------------

INVISIBLE = ["\u202e", "\u2066", "\u2069", "\u200b", "\u00ad", "\u200f", "\u061c", "\ufeff", "\u2028"]


@case
def bidi_escaped(c):
    """Plan texts and a file name with bidi controls and invisible characters:
    none reaches any output a person reads raw; each shows as its escape."""
    texts = "".join(INVISIBLE)
    plan = PLAN.replace("title: Reiselivsklyngen", "title: \"Reise%s livsklyngen\"" % texts).replace(
        "amount: 300 000}", "amount: 300 000, typo: \"x%s\"}" % texts)
    c.base("plans", plan=plan)
    os.rename(c.path("plans", "2021-plan.yaml"), c.path("plans", "plan\u202egpj.yaml"))
    for name, text in text_outputs(c, c.path("plans")):
        raw = sorted({"U+%04X" % ord(ch) for ch in INVISIBLE if ch in text})
        c.check(not raw, "%s: raw %s" % (name, raw))
        c.check("\\u202E" in text, "%s: no visible \\u202E" % name)
        c.check("summary" in name or "gpj.yaml" in text, "%s: the file is not named" % name)


# --- 10. the new-year emitter ----------------------------------------------------------------

ALPHABET = "abcxyz019\u00e6\u00f8\u00e5" + ",[]{}:#&*!|>'\"%@`-?=<~\\/.;()^$"
SPECIAL = ["yes", "No", "null", "~", "1e3", "0x1F", ".inf", "-", "---", "...", "<<", "=", "true",
           "Y", "on", "- a", "? b", "a: b", "a #b", "[a]", "{a: 1}", "&x", "*x", "!tag", "|", ">",
           "'q'", '"q"', "%TAG", "@x", "`x", "1_000", "12:30", "2021-01-01", "+1", "0o7"]


def fuzzed_id(rng, taken):
    while True:
        text = rng.choice(SPECIAL) if rng.random() < 0.3 else "".join(
            rng.choice(ALPHABET) for _ in range(rng.randint(1, 8)))
        text = text.replace(" ", "")
        if text and text not in taken and text != "reserve":
            taken.add(text)
            return text


@case
def new_year_round_trip(c):
    """Drafts made from plan sets with fuzzed ids (flow indicators, quotes,
    YAML keywords, numbers) read back through the loader with the same ids."""
    import re
    import yaml
    rng = random.Random(15)
    names = ["naering", "idrett", "ovrig", "fylket", "kommunene", "fremtidens-naeringsliv",
             "kompetanse", "klynge", "arrangement", "ungdom"]
    pattern = re.compile(r"\b(id|priority|partner|counts-toward|measure): (%s)\b" % "|".join(names))
    rounds = 8 if SANITIZED else 25
    for n in range(rounds):
        taken = set()
        ids = {name: fuzzed_id(rng, taken) for name in names}

        def swap(text):
            text = pattern.sub(lambda m: "%s: %s" % (m.group(1), json.dumps(ids[m.group(2)])), text)
            return re.sub(r"focus-areas: \[(fremtidens-naeringsliv|kompetanse)\]",
                          lambda m: "focus-areas: [%s]" % json.dumps(ids[m.group(1)]), text)
        folder = "round%d" % n
        c.base(folder, frame=swap(FRAME), plan=swap(PLAN), projects=swap(PROJECTS))
        _, err, code = c.run(["new-year", "2022", "--plans", ".", "draft.yaml"], cwd=c.path(folder))
        if not c.check(code in (0, 1), "round %d: new-year exit %s %r (ids %r)" % (n, code, err[:300], ids)):
            continue
        out, err, code = c.run(["check", "--format", "json", "."], cwd=c.path(folder))
        report = json.loads(out)
        broken = [(f["rule"], f["message"][:120]) for f in report["findings"]
                  if f.get("location", {}).get("file", f.get("file", "")).endswith("draft.yaml")
                  and f["rule"].split("/")[0] in ("syntax", "schema", "ref", "id")]
        c.check(not broken, "round %d: the draft reads differently: %s (ids %r)" % (n, broken, ids))
        with open(c.path(folder, "draft.yaml"), encoding="utf-8") as f:
            draft = yaml.safe_load(f)
        measures = {m["id"] for m in draft["measures"]}
        partners = {p["partner"] for p in draft["income"]["partners"]}
        areas = {a for m in draft["measures"] for a in m.get("focus-areas", [])}
        priorities = {m["priority"] for m in draft["measures"]}
        expected = {ids[k] for k in ("klynge", "arrangement", "ungdom")}
        c.check(expected <= measures, "round %d: measures %r, expected %r" % (n, measures, expected))
        c.check(partners == {ids["fylket"], ids["kommunene"]}, "round %d: partners %r" % (n, partners))
        c.check(areas <= {ids["fremtidens-naeringsliv"], ids["kompetanse"]} and areas,
                "round %d: focus areas %r" % (n, areas))
        c.check(priorities <= {ids["naering"], ids["idrett"], ids["ovrig"]},
                "round %d: priorities %r" % (n, priorities))


# --- 11. a FIFO as GITHUB_STEP_SUMMARY -------------------------------------------------------

@case
def step_summary_fifo(c):
    """No reader, or a reader: never a wait; a warning, the check's own exit code."""
    c.base()
    fifo = c.path("summary-fifo")
    os.mkfifo(fifo)
    _, err, code = c.run(["check", "--format", "github", "."], timeout=60,
                         env=environment(GITHUB_STEP_SUMMARY=fifo))
    c.check(code == 0 and "warning: GITHUB_STEP_SUMMARY" in err, "no reader: exit %s, %r" % (code, err))
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        _, err, code = c.run(["check", "--format", "github", "."], timeout=60,
                             env=environment(GITHUB_STEP_SUMMARY=fifo))
        c.check(code == 0 and "not a regular file" in err, "a reader: exit %s, %r" % (code, err))
    finally:
        os.close(reader)
    _, err, code = c.run(["check", "--format", "github", "."], timeout=60,
                         env=environment(GITHUB_STEP_SUMMARY="/dev/null"))
    c.check(code == 0 and "not a regular file" in err, "/dev/null: exit %s, %r" % (code, err))


# --- 12. a closed pipe -----------------------------------------------------------------------

@case
def closed_pipe(c):
    """| head: no signal exit, no message, the run's own exit code."""
    c.write("many.yaml", "plancheck: 1\nkind: project-list\nframe: x\nyear: 2021\nstatus: open\n"
            "projects:\n" + "  - 1\n" * 3000)
    for args, expected in ((["check", "many.yaml"], 1), (["check", "--format", "json", "many.yaml"], 1),
                           (["rules"], 0)):
        proc = subprocess.Popen([c.binary, "--lang", "en"] + args, cwd=c.dir, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=environment())
        proc.stdout.read(10)
        proc.stdout.close()  # the reader goes away, as head does
        err = proc.stderr.read()
        proc.wait(120)
        c.check(proc.returncode == expected and err == b"",
                "%s | head: exit %s, %r" % (" ".join(args), proc.returncode, err[:200]))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plancheck", required=True)
    parser.add_argument("--only", nargs="*")
    args = parser.parse_args()
    binary = os.path.abspath(args.plancheck)
    tmp = tempfile.mkdtemp(prefix="plancheck-reliability-")
    os.chmod(tmp, 0o755)
    try:
        for function in cases:
            if args.only and function.__name__ not in args.only:
                continue
            count, start = len(problems), time.monotonic()
            function(Context(binary, tmp, function.__name__))
            print("%s %s (%.1f s)" % ("ok  " if len(problems) == count else "FAIL",
                                      function.__name__, time.monotonic() - start))
    finally:
        if os.environ.get("PLANCHECK_KEEP"):
            print("kept " + tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    for p in problems:
        print("FAIL: " + p)
    print("reliability: %d problems" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
