#!/usr/bin/env python3
"""Hostile inputs: each one generated into a temporary directory and checked.

  hostile.py --plancheck BIN [--only NAME...] [--list]

Every case runs `plancheck` with a timeout and expects a clear finding (by
rule id and message) or a clear usage error, with its exit code; never a
signal, a hang or a silent pass. Large inputs are made here, never
committed. Limits and the reasoning behind them: docs/robustness.md.

The million-item cases also report the peak memory (ru_maxrss of the run)
and fail when it is far beyond what the input's size explains; there is no
timing assertion, only a generous timeout.
"""

import argparse
import json
import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time

# A small plan set without findings; the cases change it.
FRAME = """\
plancheck: 1
kind: frame
id: rad-2021-24
title: Strategisk handlingsplan 2021–24
council:
  name: Eksempelregionen interkommunale politiske råd
  members:
    - {role: ordfører, organisation: Eksempel kommune, count: 3}
  business-unit: {id: ERV, name: Eksempelregionen Vekst}
period: {from: 2021, to: 2024}
goal: Videreutvikle regionen som et attraktivt sted å bo, besøke, arbeide og drive næring.
anchoring:
  - id: naeringsplan
    title: Strategisk næringsplan 2020–2030
    focus-areas:
      - {id: fremtidens-naeringsliv, title: Fremtidens næringsliv}
      - {id: kompetanse, title: Kompetanse og samarbeid}
priorities:
  - id: naering
    title: Realisere næringsplanen
    business-development: true
    anchored-in: naeringsplan
    share: {target: 80, tolerance: 5}
  - id: idrett
    title: Videreutvikle idrettsregionen
    share: {target: 10, tolerance: 5}
  - id: ovrig
    title: Øvrige tiltak
    share: {target: 10, tolerance: 5}
reserve: {title: Ramme for uforutsette muligheter, min: 100 000, max: 500 000, counts-toward: ovrig}
funding:
  partners:
    - {id: fylket, name: Fylkeskommunen, amount: 2 500 000}
    - {id: kommunene, name: Kommunene, amount: 1 000 000}
  administration: {max: 500 000}
  expected-measure-funds: 3 000 000
commitments:
  - {id: markedsforer, title: Regionmarkedsfører, from: 2021, to: 2022, amount: 300 000}
"""

PLAN = """\
plancheck: 1
kind: yearly-plan
frame: rad-2021-24
year: 2021
title: Budsjett- og tiltaksplan 2021
income:
  partners:
    - {partner: fylket, amount: 2 500 000}
    - {partner: kommunene, amount: 1 000 000}
  carried-over: 0
administration:
  amount: 500 000
measures:
  - id: klynge
    title: Reiselivsklyngen
    priority: naering
    focus-areas: [fremtidens-naeringsliv]
    responsible: ERV
    amount: 2 100 000
  - id: markedsforer
    title: Regionmarkedsfører
    priority: naering
    focus-areas: [kompetanse]
    responsible: ERV
    amount: 300 000
    commitment: markedsforer
  - {id: arrangement, title: Arrangementsstøtte idrett, priority: idrett, amount: 300 000}
  - {id: ungdom, title: Regionale ungdomstiltak, priority: ovrig, amount: 100 000}
reserve:
  amount: 200 000
strategic-issues:
  - {title: Dobbeltspor på jernbanen}
"""

PROJECTS = """\
plancheck: 1
kind: project-list
frame: rad-2021-24
year: 2021
status: open
projects:
  - id: 2021-01
    title: Vintermarkedsføring
    applicant: Reiselivsklyngen
    measure: klynge
    amount: 400 000
    decision: {case: "PS 3/21", date: 2021-02-12}
    status: granted
    justification: Gjør regionen til et helårsreisemål, jf. næringsplanen.
  - id: 2021-02
    title: Ungdomsfestival
    applicant: Ungdomsrådet
    measure: reserve
    amount: 50 000
    decision: {case: "PS 9/21", date: 2021-05-07}
    status: paid
    goal-contribution: Gjør regionen mer attraktiv for ungdom.
  - id: 2021-03
    title: Skiarrangement
    applicant: Skiklubben
    measure: arrangement
    amount: 50 000
    decision: {case: "PS 10/21", date: 2021-05-07}
    status: granted
"""

MARKER = "plancheck: 1\nkind: project-list\nframe: rad-2021-24\nyear: 2021\nstatus: open\n"

# Runs plancheck as the child of a fresh, small interpreter and writes its
# peak memory (KiB) to the file descriptor in argv[1]: a child of this test
# process would count this process's own peak too (the high-water mark
# survives fork and exec).
MEASURE = """
import os, signal, sys
fd = int(sys.argv[1])
pid = os.fork()
if pid == 0:
    os.close(fd)
    os.execv(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
os.write(fd, str(usage.ru_maxrss).encode())
if os.WIFSIGNALED(status):
    signal.signal(os.WTERMSIG(status), signal.SIG_DFL)
    os.kill(os.getpid(), os.WTERMSIG(status))
sys.exit(os.waitstatus_to_exitcode(status))
"""
MIB = 1 << 20
TIMEOUT = 600  # seconds: generous, for sanitizer builds on a busy machine
# Under the sanitizers (PLANCHECK_SANITIZED, set by the sanitize build's
# ctest) the million-item and 60 MB inputs are ten times smaller: the same
# code paths at a tenth of the time, and memory is not bounded.
SANITIZED = bool(os.environ.get("PLANCHECK_SANITIZED"))
SCALE = 10 if SANITIZED else 1

problems = []
cases = []


def case(function):
    cases.append(function)
    return function


def environment():
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("LC_") and k not in ("GITHUB_STEP_SUMMARY", "LANGUAGE", "NO_COLOR")}
    env["LANG"] = "C.UTF-8"
    env["TERM"] = "dumb"
    return env


class Result:
    def __init__(self, out, err, code, rss_kib, seconds, fmt=None):
        self.out, self.err, self.code, self.rss_kib, self.seconds = out, err, code, rss_kib, seconds
        self.fmt = fmt  # the --format of a check run

    def report(self):
        """The JSON report on stdout, or None."""
        try:
            return json.loads(self.out.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return None


class Context:
    def __init__(self, binary, tmp, name):
        self.binary = binary
        self.name = name
        self.dir = os.path.join(tmp, name)
        os.makedirs(self.dir)

    def fail(self, text):
        problems.append("%s: %s" % (self.name, text))
        return False

    def path(self, *parts):
        return os.path.join(self.dir, *parts)

    def write(self, name, content, mode="w"):
        path = self.path(name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if isinstance(content, str):
            content = content.encode("utf-8")
        with open(path, "wb") as f:
            f.write(content)
        return path

    def base(self, folder="", frame=FRAME, plan=PLAN, projects=PROJECTS):
        """Writes the clean plan set (or the given variants) into `folder`."""
        self.write(os.path.join(folder, "frame.yaml"), frame)
        self.write(os.path.join(folder, "2021-plan.yaml"), plan)
        self.write(os.path.join(folder, "2021-projects.yaml"), projects)

    def run(self, args, cwd=None, fmt="json", prefix=(), timeout=TIMEOUT):
        """Runs plancheck with a timeout, measuring its peak memory (MEASURE)."""
        command = [self.binary, "--lang", "en"] + args
        if fmt and args and args[0] == "check":
            command[4:4] = ["--format", fmt]
        start = time.monotonic()
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            rss_read, rss_write = os.pipe()
            command = list(prefix) + [sys.executable, "-c", MEASURE, str(rss_write)] + command
            proc = subprocess.Popen(command, cwd=cwd or self.dir, stdout=out, stderr=err,
                                    stdin=subprocess.DEVNULL, env=environment(),
                                    pass_fds=(rss_write,), start_new_session=True)
            os.close(rss_write)
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                os.close(rss_read)
                self.fail("no answer after %d s (a hang): %s" % (timeout, " ".join(args)))
                return Result(b"", b"", None, 0, timeout, fmt)
            with os.fdopen(rss_read, "rb") as f:
                rss = f.read()
            out.seek(0)
            err.seek(0)
            result = Result(out.read(), err.read(), proc.returncode, int(rss or 0),
                            time.monotonic() - start, fmt)
        if result.code is not None and result.code < 0:
            self.fail("killed by signal %s: %s" % (signal.Signals(-result.code).name, " ".join(args)))
        return result

    def expect(self, result, code, rules=(), message=None, absent=()):
        """Exit code `code`; findings of each rule in `rules` (one of them with
        `message` in its text when given); none of the rules in `absent`."""
        if result.code is None or result.code < 0:
            return False
        if result.code != code:
            return self.fail("exit %d, expected %d; stderr %r; stdout %r"
                             % (result.code, code, result.err[:300], result.out[:300]))
        if code == 2 or result.fmt != "json":
            return True
        report = result.report()
        if report is None:
            return self.fail("the JSON report does not parse: %r" % result.out[:300])
        found = {f["rule"] for f in report["findings"]}
        for rule in rules:
            if rule not in found:
                return self.fail("no %s finding; found %s" % (rule, sorted(found)))
        for rule in absent:
            if rule in found:
                return self.fail("an unexpected %s finding" % rule)
        if message and not any(message in f["message"] for f in report["findings"]
                               if not rules or f["rule"] in rules):
            return self.fail("no finding says %r: %s" % (message, [f["message"][:200] for f in
                                                                     report["findings"][:5]]))
        return True

    def usage_error(self, result, text):
        if result.code != 2:
            return self.fail("exit %s, expected the usage error %r" % (result.code, text))
        if text.encode() not in result.err:
            return self.fail("stderr %r does not say %r" % (result.err[:300], text))
        return True


# --- the base set ------------------------------------------------------------------------

@case
def clean_base(c):
    """The base set is clean, so every finding below comes from the change."""
    c.base()
    c.expect(c.run(["check", "."]), 0)


# --- depth, aliases, size, counts ---------------------------------------------------------

@case
def nesting_100000_deep(c):
    deep = 100000
    c.write("flow-seq.yaml", MARKER + "projects: " + "[" * deep + "]" * deep + "\n")
    c.write("flow-map.yaml", MARKER + "projects: " + "{a: " * deep + "b" + "}" * deep + "\n")
    c.write("block-seq.yaml", MARKER + "projects:\n" + "- " * deep + "x\n")
    for name in ("flow-seq.yaml", "flow-map.yaml", "block-seq.yaml"):
        c.expect(c.run(["check", name]), 1, ["syntax/yaml"], "nested too deeply")
    # Block maps nest by indentation: 5000 levels make a 12 MB file.
    lines = "".join(" " * i + "a:\n" for i in range(5000))
    c.write("block-map.yaml", MARKER + "projects:\n" + lines.replace("a:", " a:"))
    c.expect(c.run(["check", "block-map.yaml"]), 1, ["syntax/yaml"], "nested too deeply")


@case
def alias_bomb(c):
    """Nine levels of ten aliases each: 10^9 nodes if expanded. Aliases stay
    references in the tree, so the bomb costs what it is written with."""
    lines = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in range(1, 10):
        lines.append("l%d: &l%d [%s]" % (level, level, ", ".join(["*l%d" % (level - 1)] * 10)))
    c.write("bomb.yaml", MARKER + "\n".join(lines) + "\nprojects: *l9\n")
    result = c.run(["check", "bomb.yaml"], timeout=120)
    if c.expect(result, 1, ["schema/type"], "expected a map of keys and values, found a list"):
        if len(result.report()["findings"]) > 50:
            c.fail("%d findings: the bomb was expanded" % len(result.report()["findings"]))
    # The decoder follows aliases where a plan element is expected: 1000
    # measures naming one measure whose focus areas name 1000 ids would be
    # read as a million nodes. Past the budget: one finding, the file unused.
    ids = "[" + ", ".join("f%d" % i for i in range(1000)) + "]"
    c.write("amplified.yaml", "plancheck: 1\nkind: yearly-plan\nframe: rad-2021-24\nyear: 2021\n"
            "f: &f %s\nm: &m {id: a, title: t, priority: naering, focus-areas: *f, amount: 1}\n"
            "measures: [%s]\n" % (ids, ", ".join(["*m"] * 1000)))
    result = c.run(["check", "amplified.yaml"], timeout=120)
    if c.expect(result, 1, ["syntax/yaml"], "aliases expand to more than 100000 nodes"):
        rules = sorted(f["rule"] for f in result.report()["findings"])
        if rules != ["schema/missing", "schema/unknown-key", "schema/unknown-key", "syntax/yaml"]:
            c.fail("past the alias budget the file was still used: %s" % rules)


@case
def alias_cycles(c):
    c.write("seq.yaml", MARKER + "projects: &a [1, *a]\n")
    c.expect(c.run(["check", "seq.yaml"]), 1, ["syntax/yaml"], "refers to the node that contains it")
    c.write("map.yaml", MARKER + "projects:\n  - &p {id: x, title: *p}\n")
    c.expect(c.run(["check", "map.yaml"]), 1, ["syntax/yaml"], "refers to the node that contains it")
    c.write("unknown.yaml", MARKER + "projects: *nowhere\n")
    c.expect(c.run(["check", "unknown.yaml"]), 1, ["syntax/yaml"])


def check_memory(c, result, input_bytes, factor):
    """Peak memory within `factor` times the input plus a fixed allowance."""
    limit_kib = (input_bytes * factor) // 1024 + 200 * 1024
    print("  %s: %.1f MB input, %.0f MB peak memory, %.1f s"
          % (c.name, input_bytes / 1e6, result.rss_kib / 1024, result.seconds))
    if result.rss_kib > limit_kib and not SANITIZED:
        c.fail("peak memory %d MiB for %d MiB of input" % (result.rss_kib // 1024, input_bytes // MIB))


@case
def million_items(c):
    """A million list items, on a line each and on one line, each item wrong
    (a number where a project belongs): a finding each, in linear time."""
    n = 1000000 // SCALE
    block = MARKER + "projects:\n" + "  - 1\n" * n
    c.write("block.yaml", block)
    result = c.run(["check", "block.yaml"])
    if c.expect(result, 1, ["schema/type"]):
        findings = result.report()["findings"]
        cap = [f for f in findings if f["rule"] == "file/too-many-findings"]
        if len(findings) != 1001 or len(cap) != 1 or not cap[0]["message"].startswith(
                "%d more findings" % (n + 1 - 1000)):
            c.fail("%d findings for a million wrong items, the last %r"
                   % (len(findings), findings[-1]["message"]))
        check_memory(c, result, len(block), 400)
    flow = MARKER + "projects: [" + ", ".join(["1"] * n) + "]\n"
    c.write("flow.yaml", flow)
    result = c.run(["check", "flow.yaml"])
    if c.expect(result, 1, ["schema/type"]):
        check_memory(c, result, len(flow), 400)
    text = c.run(["check", "flow.yaml"], fmt="text")
    if c.expect(text, 1) and len(text.out) > 1000000:
        c.fail("%d bytes of text output" % len(text.out))


@case
def million_valid_ids(c):
    """A million strategic issues in a yearly plan: valid, so no finding each."""
    n = 1000000 // SCALE
    plan = PLAN.replace("strategic-issues:\n  - {title: Dobbeltspor på jernbanen}\n",
                        "strategic-issues:\n" + "".join("  - {title: Sak %d}\n" % i for i in range(n)))
    c.base(plan=plan)
    result = c.run(["check", "."])
    if c.expect(result, 0):
        check_memory(c, result, len(plan), 60)


@case
def file_of_100_mb(c):
    """Past the size limit (64 MiB): one finding, the file never read. A sparse
    file, so that the test writes nothing to the disk."""
    c.base()
    with open(c.path("big.yaml"), "wb") as f:
        f.write(MARKER.encode())
        f.truncate(100 * 1000 * 1000)
    result = c.run(["check", "."])
    c.expect(result, 1, ["file/too-large"], "larger than the limit of 64 MiB")
    if result.rss_kib > 64 * 1024 and not SANITIZED:
        c.fail("%d MiB of memory for a file that should not be read" % (result.rss_kib // 1024))
    c.expect(c.run(["check", "big.yaml"]), 1, ["file/too-large"])
    # Without the marker a large file found by walking is no plan file: skipped.
    with open(c.path("big.yaml"), "r+b") as f:
        f.write(b"#" * len(MARKER))
    c.expect(c.run(["check", "."]), 0)


@case
def scalar_of_60_mb(c):
    """A 60 MB title, just under the size limit: read and checked, in bounded memory."""
    c.base()
    size = 60 * 1000 * 1000 // SCALE
    with open(c.path("2021-plan.yaml"), "w", encoding="utf-8") as f:
        f.write(PLAN.replace("title: Budsjett- og tiltaksplan 2021",
                             "title: " + "x" * size))
    result = c.run(["check", "."])
    if c.expect(result, 0):
        check_memory(c, result, size, 8)
    # A typo after a long scalar on its line: the finding shows a window of
    # the line (a tenth of the size shows that as well, in a tenth of the time).
    with open(c.path("2021-plan.yaml"), "w", encoding="utf-8") as f:
        f.write(PLAN.replace("title: Budsjett- og tiltaksplan 2021",
                             "title: {text: %s, typo: 1}" % ("y" * (size // 10))))
    result = c.run(["check", "."], fmt="text")
    if c.expect(result, 1) and len(result.out) > 10000:
        c.fail("the text output holds %d bytes for one finding on a long line" % len(result.out))


@case
def lines_of_a_megabyte(c):
    """Megabyte lines: a long title, a long unknown key (an explicit key:
    YAML limits implicit ones to 1024 characters), and a finding at the end
    of a long line, which the text formats show as a window of the line."""
    c.base()
    long = "å" * 500000  # 1 MB of UTF-8
    plan = (PLAN.replace("title: Reiselivsklyngen", "title: " + long)
            .replace("    responsible: ERV\n    amount: 2 100 000",
                     "    responsible: ERV\n    ? %s\n    : 1\n    amount: 2 100 000" % long)
            .replace("{id: ungdom, title: Regionale ungdomstiltak,",
                     "{id: ungdom, title: %s, typo: 1," % long))
    c.write("2021-plan.yaml", plan)
    for fmt in ("json", "text", "sarif", "junit", "github", "gitlab", "short"):
        result = c.run(["check", "."], fmt=fmt)
        if not c.expect(result, 1, ["schema/unknown-key"]):
            continue
        # The long key is quoted in its finding's message; nothing is repeated.
        if len(result.out) > 3 * len(plan.encode()):
            c.fail("%s: %d bytes of output for a %d byte file" % (fmt, len(result.out), len(plan)))
        if fmt == "text":
            typo = [l for l in result.out.decode().split("\n") if "'typo'" in l]
            following = result.out.decode().split("\n")[result.out.decode().split("\n").index(typo[0]) + 1]
            if len(following) > 400:
                c.fail("text: the line of the typo is shown whole (%d characters)" % len(following))
    result = c.run(["summary", "--format", "text", "."], fmt=None)
    if result.code != 0:
        c.fail("summary: exit %s, %r" % (result.code, result.err[:200]))


# --- numbers and dates --------------------------------------------------------------------

@case
def sums_past_64_bits(c):
    """Amounts that each fit in 64 bits but whose sums do not."""
    big = "9 223 372 036 854 775 000"
    variants = {
        "measures": (PLAN.replace("amount: 2 100 000", "amount: " + big), PROJECTS),
        "partners": (PLAN.replace("amount: 2 500 000}", "amount: %s}" % big)
                     .replace("amount: 1 000 000}", "amount: %s}" % big), PROJECTS),
        "carried-over": (PLAN.replace("carried-over: 0", "carried-over: " + big), PROJECTS),
        "grants": (PLAN, PROJECTS.replace("amount: 400 000", "amount: " + big)
                   .replace("amount: 50 000", "amount: " + big)),
    }
    for label, (plan, projects) in variants.items():
        sub = os.path.join(c.dir, label)
        c.base(label, plan=plan, projects=projects)
        result = c.run(["check", "."], cwd=sub)
        if not c.expect(result, 1, ["budget/overflow"], "too large to compute"):
            c.fail("(in the variant %s)" % label)
    # The largest amount there is, and one more.
    c.base("limit", plan=PLAN.replace("amount: 2 100 000", "amount: 9223372036854775807"))
    c.expect(c.run(["check", "."], cwd=c.path("limit")), 1, ["budget/overflow"])
    c.base("past", plan=PLAN.replace("amount: 2 100 000", "amount: 9223372036854775808"))
    c.expect(c.run(["check", "."], cwd=c.path("past")), 1, ["schema/money"])
    # A frame whose yearly figures overflow only over the period.
    frame = FRAME.replace("expected-measure-funds: 3 000 000",
                          "expected-measure-funds: 4 611 686 018 427 387 904")
    c.base("period", frame=frame)
    result = c.run(["check", "."], cwd=c.path("period"))
    if result.code not in (0, 1) or result.report() is None:
        c.fail("period overflow: exit %s" % result.code)


@case
def negative_amounts_and_shares(c):
    c.base("amount", plan=PLAN.replace("amount: 2 100 000", "amount: -2 100 000"))
    c.expect(c.run(["check", "."], cwd=c.path("amount")), 1, ["schema/money"], "negative")
    c.base("share", frame=FRAME.replace("share: {target: 10, tolerance: 5}\n  - id: ovrig",
                                        "share: {target: -10, tolerance: 5}\n  - id: ovrig"))
    c.expect(c.run(["check", "."], cwd=c.path("share")), 1, ["schema/type"], "-10")
    c.base("tolerance", frame=FRAME.replace("tolerance: 5}\n  - id: idrett",
                                            "tolerance: -5}\n  - id: idrett"))
    c.expect(c.run(["check", "."], cwd=c.path("tolerance")), 1, ["schema/type"], "-5")


@case
def nan_and_infinite_shares(c):
    for i, value in enumerate([".nan", ".NaN", ".NAN", ".inf", "-.inf", "+.inf", ".Inf", "1e400",
                               "101", "80.00001", "0x50"]):
        folder = "v%d" % i
        c.base(folder, frame=FRAME.replace("target: 80,", "target: %s," % value))
        if not c.expect(c.run(["check", "."], cwd=c.path(folder)), 1, ["schema/type"], value):
            c.fail("(the share %s)" % value)


@case
def impossible_dates(c):
    for i, value in enumerate(["2024-02-30", "2023-02-29", "2021-13-01", "2021-00-10", "2021-04-31",
                               "2021-02-12T10:00:00", "99999-01-01", "0000-00-00"]):
        folder = "v%d" % i
        c.base(folder, projects=PROJECTS.replace("date: 2021-02-12", "date: " + value))
        if not c.expect(c.run(["check", "."], cwd=c.path(folder)), 1, ["schema/type"], value):
            c.fail("(the date %s)" % value)
    c.base("leap", projects=PROJECTS.replace("date: 2021-02-12", "date: 2021-02-28"))
    c.expect(c.run(["check", "."], cwd=c.path("leap")), 0)


# --- the file system ----------------------------------------------------------------------

@case
def link_loops(c):
    c.base("plans")
    os.symlink("..", c.path("plans", "up"))          # a directory link back up
    os.symlink(".", c.path("plans", "here"))         # and to itself
    os.symlink("b.yaml", c.path("plans", "a.yaml"))  # file links in a loop
    os.symlink("a.yaml", c.path("plans", "b.yaml"))
    os.symlink("missing.yaml", c.path("plans", "dangling.yaml"))
    result = c.run(["check", "plans"], timeout=60)
    if c.expect(result, 1, ["file/link-loop", "file/unreadable"]):
        paths = sorted({f["file"] for f in result.report()["findings"]})
        # plans/up leads to the folder above, whose plans/ was walked already.
        if paths != ["plans/a.yaml", "plans/b.yaml", "plans/dangling.yaml", "plans/here",
                     "plans/up/plans"]:
            c.fail("findings for %s" % paths)


def as_other_user():
    """A command prefix that runs as an unprivileged user, so that permissions
    apply, or None (with the reason) when there is no way to."""
    if os.geteuid() != 0:
        return [], None
    setpriv = shutil.which("setpriv")
    if not setpriv:
        return None, "running as root without setpriv (util-linux): chmod does not stop root"
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"], None


@case
def unreadable_files(c):
    prefix, reason = as_other_user()
    if prefix is None:
        print("  SKIP unreadable_files: " + reason)
        return
    os.chmod(c.dir, 0o755)
    for parent in (os.path.dirname(c.dir), os.path.dirname(os.path.dirname(c.dir))):
        os.chmod(parent, os.stat(parent).st_mode | 0o005)
    c.base("plans")
    os.chmod(c.path("plans"), 0o755)
    secret = c.write("plans/secret.yaml", MARKER + "projects: []\n")
    os.chmod(secret, 0)
    os.makedirs(c.path("plans", "locked"))
    c.write("plans/locked/inside.yaml", MARKER)
    os.chmod(c.path("plans", "locked"), 0)
    for path in (c.path("plans"), c.path("plans", "frame.yaml"), c.path("plans", "2021-plan.yaml"),
                 c.path("plans", "2021-projects.yaml")):
        os.chmod(path, 0o755 if os.path.isdir(path) else 0o644)
    result = c.run(["check", "plans"], prefix=prefix, timeout=60)
    if c.expect(result, 1, ["file/unreadable"], "permission denied"):
        paths = sorted({f["file"] for f in result.report()["findings"]
                        if f["rule"] == "file/unreadable"})
        if paths != ["plans/locked", "plans/secret.yaml"]:
            c.fail("file/unreadable for %s" % paths)
    named = c.run(["check", "plans/secret.yaml"], prefix=prefix, timeout=60)
    c.usage_error(named, "cannot read plans/secret.yaml")


@case
def fifos_devices_sockets(c):
    """Skipped unread when walking (a FIFO would block a reader for ever);
    refused when named."""
    c.base("plans")
    os.mkfifo(c.path("plans", "pipe.yaml"))
    os.symlink("/dev/zero", c.path("plans", "zero.yaml"))
    os.symlink("/dev/null", c.path("plans", "null.yaml"))
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(c.path("plans", "sock.yaml"))
        result = c.run(["check", "plans"], timeout=60)
        c.expect(result, 0)
        for name in ("pipe.yaml", "zero.yaml", "sock.yaml"):
            c.expect(c.run(["check", os.path.join("plans", name)], timeout=60), 1,
                     ["file/unreadable"], "not a regular file")
    finally:
        sock.close()


@case
def invalid_utf8(c):
    c.base()
    c.write("2021-plan.yaml", PLAN.encode().replace(b"Reiselivsklyngen", b"Reiseliv\xff\xfeklyngen"))
    c.expect(c.run(["check", "."]), 1, ["syntax/yaml"], "not valid UTF-8")
    # Overlong encodings and UTF-16 surrogates are not UTF-8 either.
    for i, bad in enumerate([b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xe2\x82"]):
        c.write("2021-plan.yaml", PLAN.encode().replace(b"Reiselivsklyngen", b"R" + bad + b"x"))
        if not c.expect(c.run(["check", "."]), 1, ["syntax/yaml"], "not valid UTF-8"):
            c.fail("(the bytes %r)" % bad)


@case
def invalid_utf8_in_names(c):
    """File and directory names that are not UTF-8: every format stays valid,
    the name shown with U+FFFD."""
    base = os.fsencode(c.dir)
    folder = os.path.join(base, b"plans-\xff")
    os.makedirs(folder)
    for name, text in ((b"frame\xfe.yaml", FRAME), (b"plan-\xc3.yaml", PLAN + "typo: 1\n"),
                       (b"projects.yaml", PROJECTS)):
        with open(os.path.join(folder, name), "wb") as f:
            f.write(text.encode())
    for fmt in ("json", "sarif", "gitlab"):
        result = c.run(["check", "."], fmt=fmt)
        doc = result.report()
        shown = "%FF" if fmt == "sarif" else "\ufffd"  # SARIF's URIs percent-encode the bytes
        if result.code != 1 or doc is None:
            c.fail("%s: exit %s or not JSON: %r" % (fmt, result.code, result.out[:200]))
        elif shown not in json.dumps(doc, ensure_ascii=False):
            c.fail("%s: the invalid name is not shown as %s" % (fmt, shown))
    for fmt in ("text", "short", "github", "junit"):
        result = c.run(["check", "."], fmt=fmt)
        try:
            text = result.out.decode("utf-8")
        except UnicodeDecodeError:
            c.fail("%s: the output is not UTF-8" % fmt)
            continue
        if result.code != 1 or "plans-\ufffd" not in text:
            c.fail("%s: exit %s, the name not shown with U+FFFD" % (fmt, result.code))
    summary = c.run(["summary", "--format", "json", "."], fmt=None)
    if summary.code != 0 or summary.report() is None:
        c.fail("summary: exit %s" % summary.code)


@case
def nul_bytes(c):
    c.base()
    for i, (old, new) in enumerate([(b"Reiselivsklyngen", b"Reiseliv\x00klyngen"),
                                    (b"title: Reiselivsklyngen", b"title: \"Reise\x00\""),
                                    (b"plancheck: 1\n", b"plancheck: 1\n# \x00 in a comment\n"),
                                    (b"strategic-issues:", b"\x00strategic-issues:")]):
        c.write("2021-plan.yaml", PLAN.encode().replace(old, new, 1))
        if not c.expect(c.run(["check", "."]), 1, ["syntax/yaml"], "U+0000"):
            c.fail("(variant %d)" % i)
    # A NUL written as an escape in a quoted string is valid YAML: a value like any other.
    c.write("2021-plan.yaml", PLAN.replace("title: Reiselivsklyngen", 'title: "Reise\\0liv"'))
    c.expect(c.run(["check", "."]), 0)


@case
def control_characters(c):
    """Raw control characters other than tab, line feed and carriage return
    are not allowed in YAML; escaped in a double-quoted string they are."""
    c.base()
    for raw in (b"\x1b[31m", b"\x07", b"\x7f", b"\xc2\x9b"):
        c.write("2021-plan.yaml", PLAN.encode().replace(b"Reiselivsklyngen", b"R" + raw + b"x", 1))
        c.expect(c.run(["check", "."]), 1, ["syntax/yaml"], "is not allowed in a YAML file")
    c.write("2021-plan.yaml", PLAN.replace("title: Reiselivsklyngen", 'title: "R\\e[31m\\a"'))
    c.expect(c.run(["check", "."]), 0)


# --- running them -------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plancheck", required=True)
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    if args.list:
        for f in cases:
            print(f.__name__)
        return 0
    binary = os.path.abspath(args.plancheck)
    tmp = tempfile.mkdtemp(prefix="plancheck-hostile-")
    try:
        for function in cases:
            if args.only and function.__name__ not in args.only:
                continue
            before = len(problems)
            start = time.monotonic()
            function(Context(binary, tmp, function.__name__))
            print("%s %s (%.1f s)" % ("ok  " if len(problems) == before else "FAIL",
                                      function.__name__, time.monotonic() - start), flush=True)
    finally:
        for base, dirs, files in os.walk(tmp):
            for d in dirs:
                path = os.path.join(base, d)
                if not os.path.islink(path):
                    os.chmod(path, 0o755)
        shutil.rmtree(tmp)
    for p in problems:
        print("FAIL: " + p)
    print("hostile: %d problems" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
